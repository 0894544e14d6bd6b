/*
 * actor.c - actors named in text and the owner of each figure (see actor.h).
 * Matching is done on tokens (words.h) against the "actors" lexicon table;
 * the owner is chosen by a fixed order of places to look: the figure's noun
 * phrase, its clause, its sentence, the sentences before it.  The tokens and
 * actors of a sentence are kept in a cache (annot.h) for all its figures.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "annot.h"
#include "buf.h"
#include "words.h"
#include "tally/actor.h"

/* Prepositions after which an actor is a recipient or a place, not an owner
 * ("to the Chinese", "from Manchuria", "against the US"). */
static const char *const preps[] = {
    "to", "from", "into", "against", "with", "for", "toward", "towards", "in", "inside",
    "over", "at", "on", "onto", "upon", "across", "within", "near", "than", "between",
    "among", "via", "through", "behind", "beyond", "outside", "under", "about", NULL};

/* Capitalised at the start of a sentence, these do not make the next word
 * part of a name ("The Ruritanian army"). */
static const char *const determiners[] = {"the", "a", "an", "this", "that", "these", "those",
                                          "its", "their", "his", "her", "our", "every", "each",
                                          "some", "all", "both", "when", "while", "after",
                                          "before", "in", "by", NULL};

/* Words that may stand in a noun phrase before its number. */
static const char *const np_words[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "some", "about", "only",
    "nearly", "almost", "over", "approximately", "around", "roughly", "all", "total",
    "another", "additional", "these", "those", "just", "at", "least", "most", "as", "many",
    "up", "more", "than", "no", "fewer", "less", "estimated", "further", "new", "other", NULL};

/* Words that end a noun phrase after its number. */
static const char *const np_stop[] = {
    "to", "from", "that", "which", "who", "whom", "and", "or", "but", "in", "at", "on",
    "for", "with", "by", "of", "into", "was", "were", "had", "have", "has", "is", "are",
    "would", "could", "should", "will", "might", "must", "be", "been", "being", "each",
    "per", "as", "than", "while", "when", "after", "before", "during", "inside", "over",
    "against", "under", "until", "since", "if", "because", "so", NULL};

/* Words that open a clause. */
static const char *const clause_words[] = {
    "while", "whereas", "although", "though", "because", "when", "but", "if", "unless",
    "whether", "which", "who", NULL};

/* Verbs of saying and showing: the actor before them is a source, not an
 * owner ("Chinese records show that the UN planes ..."). */
static const char *const report_verbs[] = {
    "show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "indicate",
    "indicates", "indicated", "suggest", "suggests", "suggested", "say", "says", "said",
    "state", "states", "stated", "report", "reports", "reported", "note", "notes", "noted",
    "claim", "claims", "claimed", "declare", "declared", "declares", "wrote", "write",
    "writes", "argue", "argued", "argues", "recall", "recalled", "recalls", "told",
    "complained", "insisted", "acknowledged", "asserted", "explained", "informed",
    "announced", "stressed", "emphasized", "emphasised", "estimated", "believed", "thought",
    "felt", "knew", "learned", "learnt", "advised", NULL};

/* 1 when every letter of s is an upper-case ASCII letter and it has two. */
static int all_caps(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        if (islower((unsigned char)*s))
            return 0;
        if (isupper((unsigned char)*s))
            letters++;
    }
    return letters >= 2;
}

/* The lookup key of tokens [a, b): their text with white space folded and a
 * possessive on the last token dropped. */
static void key_of(const char *t, const words *w, size_t a, size_t b, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = a; i < b && o + 1 < cap; i++) {
        const tok *k = &w->v[i];
        if (i > a && k->start > w->v[i - 1].end && o + 1 < cap)
            out[o++] = ' ';
        size_t len = i + 1 == b ? tok_len_noposs(t, k) : k->end - k->start;
        for (size_t j = 0; j < len && o + 1 < cap; j++)
            out[o++] = t[k->start + j];
    }
    out[o] = '\0';
}

/* 1 when the text of tokens [a, b) (possessive dropped) equals key exactly. */
static int same_case(const char *t, const words *w, size_t a, size_t b, const char *key)
{
    char got[160];
    key_of(t, w, a, b, got, sizeof got);
    return strcmp(got, key) == 0;
}

/* A country name from an adjective the lexicon does not know: "Ruritanian"
 * -> "Ruritania", "Freedonese" -> "Freedon"; 0 when the word does not look
 * like a nationality. */
static int derive_name(const char *t, const tok *k, char *out, size_t cap)
{
    char word[48];
    size_t n = tok_len_noposs(t, k);
    if (n != (size_t)(k->end - k->start) || n < 5 || n >= sizeof word)
        return 0;
    tok_copy(t, k, 0, word, sizeof word);
    for (size_t i = 1; i < n; i++)
        if (!islower((unsigned char)word[i]))
            return 0;
    if (n > 3 && strcmp(word + n - 3, "ian") == 0)
        word[n - 1] = '\0';                 /* Ruritanian -> Ruritania */
    else if (n > 3 && strcmp(word + n - 3, "ean") == 0)
        word[n - 1] = '\0';                 /* -ean -> -ea */
    else if (n > 3 && strcmp(word + n - 3, "ese") == 0)
        word[n - 3] = '\0';                 /* Freedonese -> Freedon */
    else if (n > 2 && strcmp(word + n - 2, "an") == 0)
        word[n - 1] = '\0';                 /* -an -> -a */
    else
        return 0;
    if (strlen(word) + 1 > cap)
        return 0;
    strcpy(out, word);
    return 1;
}

/* 1 when token i is preceded by a preposition (with "the" between allowed). */
static int after_prep(const char *t, const words *w, size_t i)
{
    if (i == 0)
        return 0;
    size_t j = i - 1;
    if (tok_eq(t, &w->v[j], "the") && j > 0)
        j--;
    return tok_in(t, &w->v[j], preps);
}

/* Actors over the tokens of w (a span of t). */
static int find_in(const char *t, const words *w, const tally_lexicon *lex,
                   tally_actor_mention **out, size_t *n, size_t *cap)
{
    const tally_lextab *tab = tally_lexicon_tab(lex, "actors");
    int col = tab ? tally_table_col(tally_lextab_table(tab), "actor") : -1;
    for (size_t i = 0; i < w->n;) {
        const tok *k = &w->v[i];
        if (!tok_cap(t, k)) {
            i++;
            continue;
        }
        size_t used = 0;
        const char *code = NULL;
        char key[160];
        /* one probe says whether any term can start here */
        int look = col >= 0 && tok_may_start(t, w, i, tab, 1, sizeof key);
        for (size_t len = 5; len >= 1 && look && !used; len--) {
            if (i + len > w->n || w->v[i + len - 1].kind == TOK_PUNCT)
                continue;
            key_of(t, w, i, i + len, key, sizeof key);
            const char *const *rows[4];
            size_t nr = tally_lextab_find(tab, key, strlen(key), rows, 4);
            for (size_t r = 0; r < nr && r < 4 && !used; r++) {
                const char *const *row = rows[r];
                if (all_caps(row[0]) && !same_case(t, w, i, i + len, row[0]))
                    continue;
                used = len;
                code = row[col];
            }
        }
        char derived[48];
        if (!used && i + 1 < w->n && derive_name(t, k, derived, sizeof derived) &&
            (w->v[i + 1].kind == TOK_WORD) &&
            !(i > 0 && tok_cap(t, &w->v[i - 1]) && !tok_in(t, &w->v[i - 1], determiners))) {
            used = 1;
            code = derived;
        }
        if (!used) {
            i++;
            continue;
        }
        if (code && *code) {
            if (grow_array((void **)out, cap, *n + 1, sizeof **out) < 0)
                return -1;
            tally_actor_mention *m = &(*out)[(*n)++];
            memset(m, 0, sizeof *m);
            m->start = k->start;
            m->end = w->v[i + used - 1].end;
            snprintf(m->code, sizeof m->code, "%s", code);
            m->known = code != derived;
            m->after_prep = after_prep(t, w, i);
            /* "between Beijing and Pyongyang": the second is after the preposition too */
            if (!m->after_prep && *n >= 2 && i >= 2 &&
                (tok_eq(t, &w->v[i - 1], "and") || tok_eq(t, &w->v[i - 1], "or")) &&
                (*out)[*n - 2].end == w->v[i - 2].end)
                m->after_prep = (*out)[*n - 2].after_prep;
        }
        i += used;
    }
    return 0;
}

tally_status tally_actors_find(const char *text, size_t start, size_t end,
                               const tally_lexicon *lex, tally_actor_mention **out,
                               size_t *n, tally_error *err)
{
    words w;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    if (words_split(text, start, end, &w) < 0)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    int rc = find_in(text, &w, lex, out, n, &cap);
    words_free(&w);
    if (rc < 0) {
        free(*out);
        *out = NULL;
        *n = 0;
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    return TALLY_OK;
}

/* ---- choosing the owner ---- */

/* A sentence's tokens and actors (annot.h), as the owner choice sees it. */
typedef annot_sent sview;

void annot_sent_free(annot_sent *v)
{
    words_free(&v->w);
    free(v->m);
    free(v->mtok);
    for (size_t r = 0; r < sizeof v->back / sizeof *v->back; r++)
        free(v->back[r]);
    free(v->cues);
    memset(v, 0, sizeof *v);
}

/* Split sentence s into v and find its actors.  0 or -1 (OOM). */
static int sview_load(const char *t, const tally_sentence *s, const tally_lexicon *lex, sview *v)
{
    memset(v, 0, sizeof *v);
    if (words_split(t, s->start, s->end, &v->w) < 0)
        return -1;
    if (find_in(t, &v->w, lex, &v->m, &v->nm, &v->cap) < 0 ||
        !(v->mtok = malloc((v->nm ? v->nm : 1) * sizeof *v->mtok))) {
        annot_sent_free(v);
        return -1;
    }
    for (size_t k = 0; k < v->nm; k++)
        v->mtok[k] = words_at(&v->w, v->m[k].start);
    return 0;
}

void annot_cache_init(annot_cache *c)
{
    memset(c, 0, sizeof *c);
}

annot_sent *annot_cache_sent(annot_cache *c, const char *text, const tally_segments *seg,
                             size_t si, const tally_lexicon *lex)
{
    size_t lru = 0;
    c->clock++;
    for (size_t i = 0; i < ANNOT_CACHE; i++) {
        if (c->si[i] == si + 1) {
            c->used[i] = c->clock;
            return &c->s[i];
        }
        if (c->used[i] < c->used[lru])
            lru = i;
    }
    annot_sent_free(&c->s[lru]);
    c->si[lru] = 0;
    if (sview_load(text, &seg->sents[si], lex, &c->s[lru]) < 0)
        return NULL;
    c->si[lru] = si + 1;
    c->used[lru] = c->clock;
    return &c->s[lru];
}

void annot_cache_free(annot_cache *c)
{
    for (size_t i = 0; i < ANNOT_CACHE; i++)
        annot_sent_free(&c->s[i]);
    memset(c, 0, sizeof *c);
}

/* 1 when token i is "that" opening a clause ("declared that the ..."). */
static int that_clause(const char *t, const words *w, size_t i)
{
    static const char *const next[] = {"the", "he", "she", "they", "it", "we", "i", "there",
                                       "a", "an", "if", "its", "their", "his", NULL};
    if (!tok_eq(t, &w->v[i], "that") || i + 1 >= w->n)
        return 0;
    return tok_cap(t, &w->v[i + 1]) || tok_in(t, &w->v[i + 1], next);
}

/* 1 when token i starts a new clause ("so" only before a subject). */
static int clause_break(const char *t, const words *w, size_t i)
{
    const tok *k = &w->v[i];
    if (tok_eq(t, k, "so") && i + 1 < w->n &&
        (tok_cap(t, &w->v[i + 1]) || tok_eq(t, &w->v[i + 1], "the")))
        return 1;
    return tok_punct(t, k, ";") || tok_punct(t, k, ":") || that_clause(t, w, i) ||
           tok_in(t, k, clause_words);
}

/* The first actor of v whose first token is at or after token a (v->nm if
 * none): actors are in order, so bisect. */
static size_t first_actor(const sview *v, size_t a)
{
    size_t lo = 0, hi = v->nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->mtok[mid] < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first actor of tokens [a, b) that is not after a preposition,
 * skipping a source before a verb of saying ("X records show that ...").
 * Returns its index in v->m or -1. */
static long subject_in(const char *t, const sview *v, size_t a, size_t b, int strict)
{
    for (size_t k = first_actor(v, a); k < v->nm && v->mtok[k] < b; k++) {
        const tally_actor_mention *m = &v->m[k];
        if (m->after_prep)
            continue;
        /* a source: an actor then a verb of saying then "that" */
        size_t e = words_at(&v->w, m->end);
        int source = 0;
        for (size_t j = e + (strict ? 0 : 1); j < b && j < e + 5; j++) {
            if (tok_in(t, &v->w.v[j], report_verbs)) {
                for (size_t q = j + 1; q < b && q < j + 4; q++)
                    if (that_clause(t, &v->w, q))
                        source = 1;
            }
            if (source)
                break;
        }
        if (source)
            continue;
        return (long)k;
    }
    return -1;
}

/* The nearest actor in tokens [a, b), preferring the one closest to b. */
static long nearest_in(const sview *v, size_t a, size_t b)
{
    size_t k = first_actor(v, b);   /* the actors before b end at k */
    return k > 0 && v->mtok[k - 1] >= a && a < b ? (long)k - 1 : -1;
}

/* Kinds of backward walks over a sentence's tokens (see back_from()). */
enum { WALK_CLAUSE, WALK_PAREN, WALK_PHRASE };

/* 1 when a walk of kind r goes on over token k (it stops after a token for
 * which this is 0). */
static int walk_over(const char *t, const words *w, size_t k, int r)
{
    const tok *x = &w->v[k];
    switch (r) {
    case WALK_CLAUSE:   /* to the start of the clause */
        return !clause_break(t, w, k);
    case WALK_PAREN:    /* to the last parenthesis */
        return !tok_punct(t, x, "(") && !tok_punct(t, x, ")");
    default:            /* over the words that may stand before a figure */
        return tok_in(t, x, np_words) || tok_cap(t, x) || tok_punct(t, x, "-") ||
               (x->kind == TOK_WORD && tok_len_noposs(t, x) != x->end - x->start);
    }
}

/* Walks this long are just walked; a longer one finds the stops of every
 * token of the sentence at once. */
#define SHORT_WALK 48

/* Where a walk of kind r from token i back to the sentence start stops:
 * the smallest p <= i with walk_over() true for tokens p .. i-1.  A walk
 * longer than SHORT_WALK finds the stops of every token and keeps them in v
 * (so each figure of a long sentence does not walk it again).  (size_t)-1
 * when out of memory. */
static size_t back_from(const char *t, sview *v, size_t i, int r)
{
    size_t *b = v->back[r];
    if (!b) {
        size_t p = i;
        while (p > 0 && i - p < SHORT_WALK && walk_over(t, &v->w, p - 1, r))
            p--;
        if (p == 0 || i - p < SHORT_WALK)
            return p;   /* stopped early: a short walk */
        if (!(b = malloc((v->w.n + 1) * sizeof *b)))
            return (size_t)-1;
        b[0] = 0;
        for (size_t k = 1; k <= v->w.n; k++)
            b[k] = walk_over(t, &v->w, k - 1, r) ? b[k - 1] : k;
        v->back[r] = b;
    }
    return b[i];
}

/* Fill the choice from mention k of view v. */
static void choose(tally_actor_choice *out, const sview *v, long k, const char *rule,
                   size_t si)
{
    snprintf(out->code, sizeof out->code, "%s", v->m[k].code);
    out->cue_start = v->m[k].start;
    out->cue_end = v->m[k].end;
    out->rule = rule;
    out->cue_sent = si;
}

/* The owner from the figure's own noun phrase, or -1.  fi..li are the
 * tokens of the figure and its noun. */
static long noun_phrase(const char *t, sview *v, size_t fi, size_t li, int *oom)
{
    const words *w = &v->w;
    size_t a = back_from(t, v, fi, WALK_PHRASE);
    if (a == (size_t)-1) {
        *oom = 1;
        return -1;
    }
    size_t b = li + 1;
    for (size_t n = 0; b < w->n && n < 4; n++, b++) {
        const tok *k = &w->v[b];
        if (k->kind == TOK_PUNCT && !tok_punct(t, k, "-"))
            break;
        if (tok_in(t, k, np_stop))
            break;
    }
    long m = nearest_in(v, a, b);
    if (m >= 0)   /* the first actor of the phrase, not the nearest: "Chinese MiG units" */
        return (long)first_actor(v, a);
    /* "the 150 projected by the Chinese", "the aircraft that the Chinese could" */
    size_t j = b;
    if (j < w->n && w->v[j].kind == TOK_WORD && !tok_in(t, &w->v[j], np_stop) && j < b + 1)
        j++;
    if (j < w->n && (tok_eq(t, &w->v[j], "by") || tok_eq(t, &w->v[j], "of") ||
                     that_clause(t, w, j))) {
        j++;
        if (j < w->n && tok_eq(t, &w->v[j], "the"))
            j++;
        size_t k = first_actor(v, j);
        if (k < v->nm && v->mtok[k] == j)
            return (long)k;
    }
    /* "Chinese pilots of three air divisions": the phrase before "of" */
    if (a > 1 && tok_eq(t, &w->v[a - 1], "of")) {
        size_t s = a - 1;
        while (s > 0 && a - 1 - s < 3 && w->v[s - 1].kind == TOK_WORD &&
               !tok_in(t, &w->v[s - 1], np_stop) && !tok_in(t, &w->v[s - 1], preps))
            s--;
        if ((m = nearest_in(v, s, a - 1)) >= 0)
            return m;
    }
    /* "the CPV's antiaircraft units (eleven regiments)", "a division (three
       regiments and 90 MiG-15s)": the phrase before the parenthesis */
    size_t p = back_from(t, v, fi, WALK_PAREN);
    if (p == (size_t)-1) {
        *oom = 1;
        return -1;
    }
    if (p > 0 && tok_punct(t, &w->v[p - 1], "(")) {
        size_t s = p - 1;
        while (s > 0 && !tok_punct(t, &w->v[s - 1], ",") && !tok_punct(t, &w->v[s - 1], ";") &&
               !tok_punct(t, &w->v[s - 1], ":") && p - s < 12)
            s--;
        return nearest_in(v, s, p - 1);
    }
    return -1;
}

tally_status tally_actor_pick(const char *text, const tally_segments *seg, size_t si,
                              size_t fstart, size_t fend, size_t mend,
                              const tally_lexicon *lex, tally_actor_choice *out,
                              tally_error *err)
{
    annot_cache c;
    annot_cache_init(&c);
    tally_status st = annot_actor_pick(text, seg, si, fstart, fend, mend, lex, &c, out, err);
    annot_cache_free(&c);
    return st;
}

tally_status annot_actor_pick(const char *text, const tally_segments *seg, size_t si,
                              size_t fstart, size_t fend, size_t mend, const tally_lexicon *lex,
                              annot_cache *cache, tally_actor_choice *out, tally_error *err)
{
    memset(out, 0, sizeof *out);
    out->rule = "";
    if (si >= seg->nsents)
        return TALLY_OK;
    sview *const v = annot_cache_sent(cache, text, seg, si, lex);
    if (!v)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    int oom = 0;
    size_t fi = words_at(&v->w, fstart);
    size_t li = fi;
    size_t stop = mend > fend ? mend : fend;
    while (li + 1 < v->w.n && v->w.v[li + 1].end <= stop)
        li++;
    long k = fi < v->w.n ? noun_phrase(text, v, fi, li, &oom) : -1;
    if (oom)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    if (k >= 0) {
        choose(out, v, k, "noun phrase", si);
        return TALLY_OK;
    }
    /* the clause of the figure, then the clauses around it */
    size_t c = fi < v->w.n ? fi : v->w.n, end = c;
    for (int level = 0; level < 3; level++) {
        if ((c = back_from(text, v, c, WALK_CLAUSE)) == (size_t)-1)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        if (c == 0)
            break;
        if ((k = subject_in(text, v, c, end, 1)) >= 0) {
            choose(out, v, k, "clause", si);
            return TALLY_OK;
        }
        /* "one Soviet division which had 90 MiGs": the antecedent owns it */
        const tok *b = &v->w.v[c - 1];
        if ((tok_eq(text, b, "which") || tok_eq(text, b, "who") || tok_eq(text, b, "that")) &&
            (k = nearest_in(v, c > 6 ? c - 6 : 0, c - 1)) >= 0) {
            choose(out, v, k, "relative clause", si);
            return TALLY_OK;
        }
        end = --c;
    }
    if ((k = subject_in(text, v, 0, v->w.n, 1)) >= 0) {
        choose(out, v, k, "sentence", si);
        return TALLY_OK;
    }
    const tally_sentence *s = &seg->sents[si];
    for (size_t back = 1; back <= 2 && back <= si; back++) {
        const tally_sentence *p = &seg->sents[si - back];
        if (p->section != s->section || (s->section == TALLY_SECTION_ENDNOTE &&
                                         p->endnote != s->endnote))
            break;
        const sview *pv = annot_cache_sent(cache, text, seg, si - back, lex);
        if (!pv)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        k = subject_in(text, pv, 0, pv->w.n, 0);
        if (k >= 0) {
            choose(out, pv, k, "previous sentence", si - back);
            return TALLY_OK;
        }
    }
    return TALLY_OK;
}
