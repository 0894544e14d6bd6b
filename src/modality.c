/*
 * modality.c - the kind of claim a figure is (see modality.h): cue words and
 * phrases from the "modality" lexicon table, found on tokens (words.h)
 * around the figure, with negation and reported speech.  The cues of a
 * clause chain are scanned once and kept with the sentence (annot.h) for
 * all the figures in it.  A verb of need inside an estimate ("reckoned the
 * need at 550 tons; the air force needed 1,700 more") is estimated; a
 * participle in the subject of "was" governs the appositions after it
 * ("Its planned capacity was 24 trains, each of 30 wagons"); a verb of need
 * with an object after a figure ("19 needed new boilers") is no cue; a
 * counterfactual inside an estimate ("reckoned that the army could have
 * kept 120 tanks") stays hypothetical.  A verb of estimating, promising or
 * asking governs the bare modal verb of its that-clause, a leading "if"
 * clause makes the main clause's modal verb hypothetical, and a negated cue
 * or a condition stays before a semicolon or colon (see modality.h).  A cue
 * of scope "clause" (a verb of saying: "told parliament on 4 May that")
 * never counts by itself: it makes the bare modal verb or the verb of need
 * of its that-clause an estimate, unless a deadline follows the figure
 * ("would carry 700 wagons by the spring of 1948" stays planned), and
 * unless the that-clause has the speaker's own government give, lend,
 * send or deliver ("told parliament that the government would lend $6
 * million" is promised).  "would
 * have" before a count ("would have twenty divisions") is possession, so
 * only its "would" counts, not a counterfactual.
 * A relative clause right after the figure lends its cue when it is more
 * than a bare modal ("the 120 pilots who were to be trained").
 * Allocation verbs (scope "alloc": "gave", "provided", "came to") count as
 * planned only after a source (scope "source" or "owner": a law, programme,
 * budget) in their own clause or when the sentence before names one; verbs
 * of taking a share (scope "share": "took", "received") only in the
 * sentence after such an allocation (annot_modality_frame(), annot.h).
 * A past necessity (scope "past": "had to") counts only when reported
 * after "that" or for a rate of time; nouns of a pledge (scope "pledge":
 * "loan", "debt") count only in "the loan was worth N" (pledge_worth();
 * annot_modality_frame() sets bit 32 when a sentence holds one).  A verb
 * of estimating right after a source noun gives the source's own plan ("The
 * law put the cost at 148 million" is planned), and "Should" opening a
 * sentence is a condition, like "Had" ("Should the frost harden, ...").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annot.h"
#include "buf.h"
#include "words.h"
#include "tally/modality.h"
#include "tally/number.h"

static const char *const modalities[] = {"actual", "planned", "promised", "requested",
                                         "estimated", "hypothetical", NULL};

/* Modal verbs: a figure right before one is its subject. */
static const char *const modals[] = {"would", "could", "should", "will", "might", "may",
                                     "shall", "must", "can", NULL};

/* Words after the noun phrase that make the figure the subject of a cue:
 * modal verbs and auxiliaries ("three airfields had to be built"). */
static const char *const after_words[] = {"would", "could", "should", "will", "might", "may",
                                          "shall", "must", "can", "had", "has", "have",
                                          "was", "were", NULL};

/* Words that end the noun phrase after a figure. */
static const char *const np_stop[] = {
    "to", "from", "that", "which", "who", "and", "or", "but", "in", "at", "on", "for",
    "with", "by", "of", "into", "was", "were", "had", "have", "has", "is", "are", "would",
    "could", "should", "will", "might", "may", "must", "can", "shall", "be", "been", "per",
    "as", "than", "while", "when", "after", "before", "during", "if", NULL};

/* Words that stop the backward search for a cue. */
static const char *const breaks[] = {"but", "although", "though", "while", "whereas",
                                     "because", NULL};

static const char *const negations[] = {"not", "never", "no", "n't", "neither", "nor", NULL};

/* Verbs of a thing done: between a cue and the figure, in a finite past
 * form, they report what happened, not what was promised or planned ("of
 * the 60 promised, Marrow delivered 22": 22 is actual). */
static const char *const done_verbs[] = {
    "received", "delivered", "arrived", "completed", "shipped", "sent", "paid", "spent",
    "handed", "produced", "built", "carried", "moved", "reached", "finished", "lost",
    "collected", "supplied", "transferred", "rose", "fell", "grew", "dropped", "declined",
    "climbed", "sank", "took", "managed", "achieved", "printed", "issued", "missed",
    "exceeded", "given", NULL};

/* Words before a verb that keep it from being a thing done ("to be
 * delivered", "would have produced"), or that make it part of a compound
 * ("home-built"). */
static const char *const not_done[] = {"to", "be", "would", "will", "could", "should", "might",
                                       "must", "shall", "can", "may", "have", "-", NULL};

/* Words before a participle that make it an adjective ("the promised
 * total", "what had been promised"). */
static const char *const determiners[] = {"the", "a", "an", "its", "their", "his", "her",
                                          "our", "this", "that", "these", "those", "been",
                                          NULL};

/* Words right before a figure that make it the figure that was expected
 * ("46 trucks instead of 50", "twice a week rather than three times"). */
static const char *const contrast_first[] = {"instead", "rather", NULL};

void annot_mwords_init(annot_mwords *mw)
{
    wordset_init(&mw->modals, modals);
    wordset_init(&mw->after, after_words);
    wordset_init(&mw->np_stop, np_stop);
    wordset_init(&mw->breaks, breaks);
    wordset_init(&mw->negations, negations);
    wordset_init(&mw->done, done_verbs);
    wordset_init(&mw->not_done, not_done);
    wordset_init(&mw->determiners, determiners);
    wordset_init(&mw->contrast, contrast_first);
    mw->lex = NULL;
    mw->tab = NULL;
    mw->col = -1;
    mw->scol = -1;
    mw->first_all = 1;   /* rules out nothing until a table is found */
}

int tally_modality_valid(const char *name)
{
    for (size_t i = 0; modalities[i]; i++)
        if (strcmp(name, modalities[i]) == 0)
            return 1;
    return 0;
}

/* snprintf(out, cap, "%s", m) without the format machinery: m cut to
 * cap - 1 bytes. */
static void set_modality(char *out, size_t cap, const char *m)
{
    size_t n = strlen(m);
    if (n >= cap)
        n = cap - 1;
    memcpy(out, m, n);
    out[n] = '\0';
}

/* A cue found in the tokens. */
typedef struct cue {
    size_t a, b;                /* tokens [a, b) */
    const char *modality;       /* borrowed from the lexicon */
} cue;

/* The "modality" table and its column, found once per figure. */
typedef struct cues {
    const tally_lextab *tab;    /* NULL when the lexicon has none */
    int col;                    /* column "modality", -1 if none */
    int scol;                   /* column "scope", -1 if none */
    const annot_mwords *mw;     /* its first words (first_at()), NULL none */
} cues;

/* The scope of the row of key in the table: 1 when its cue only governs
 * the bare modal verb of its that-clause (scope "clause": a verb of saying,
 * "told parliament that the loan would carry"), 2 when it only names the
 * owner of a figure right after it (scope "owner": "the 60 the programme
 * had promised", see owner_after()), else 0. */
static int clause_scope(const cues *cs, const char *key, size_t len)
{
    const char *sc = cs->scol >= 0 ? tally_lextab_get(cs->tab, key, len, cs->scol) : NULL;
    if (!sc || !*sc)   /* most cues have no scope */
        return 0;
    return strcmp(sc, "clause") == 0   ? 1
           : strcmp(sc, "owner") == 0  ? 2
           : strcmp(sc, "alloc") == 0  ? 3
           : strcmp(sc, "source") == 0 ? 4
           : strcmp(sc, "share") == 0  ? 5
           : strcmp(sc, "ability") == 0 ? 6
           : strcmp(sc, "past") == 0    ? 7
           : strcmp(sc, "pledge") == 0  ? 8
                                       : 0;
}

/* A cue with a gap of one to four words, written "required ... to" in the
 * table, starting at token i: the number of tokens from i to its last word,
 * or 0.  The gap holds words only ("required the Chinese to build" is an
 * obligation; "required 24,000 person-days to" is a need, no cue). */
static size_t gapped_cue_at(const char *t, const words *w, size_t i, const cues *cs,
                            const char **modality, int *clause)
{
    char key[96];
    size_t n = w->v[i].end - w->v[i].start;
    if (n + 6 >= sizeof key)
        return 0;
    memcpy(key, t + w->v[i].start, n);
    memcpy(key + n, " ... ", 5);
    for (size_t j = i + 1; j < w->n && j <= i + 5; j++) {
        if (w->v[j].kind != TOK_WORD)
            return 0;
        size_t l = w->v[j].end - w->v[j].start;
        if (j < i + 2 || n + 5 + l >= sizeof key)
            continue;
        memcpy(key + n + 5, t + w->v[j].start, l);
        key[n + 5 + l] = '\0';
        const char *m = tally_lextab_get(cs->tab, key, n + 5 + l, cs->col);
        if (m && tally_modality_valid(m)) {
            *modality = m;
            *clause = clause_scope(cs, key, n + 5 + l);
            return j - i + 1;
        }
    }
    return 0;
}

/* 1 when token k of w (after an opening quote, if any) starts a count:
 * a numeral or a number in words ("would have twenty divisions",
 * "would have \"20 divisions"). */
static int count_at(const char *t, const words *w, size_t k)
{
    static const char *const quotes[] = {"\"", "\u201c", "'", "\u2018", NULL};
    if (k < w->n && w->v[k].kind == TOK_PUNCT && tok_in(t, &w->v[k], quotes))
        k++;
    if (k >= w->n || w->v[k].kind == TOK_PUNCT)
        return 0;
    if (w->v[k].kind == TOK_NUM)
        return 1;
    tally_number *nums = NULL;
    size_t n = 0;
    tally_error err;
    int found = tally_numbers_find(t, w->v[k].start, w->v[k].end, NULL, &nums, &n, &err) ==
                    TALLY_OK && n > 0 && nums[0].start == w->v[k].start &&
                nums[0].kind == TALLY_NK_FIGURE;
    free(nums);
    return found;
}

/* 1 when the cue of len tokens at i is a counterfactual "X have" whose
 * "have" owns a count rather than a participle: "the army would have
 * twenty divisions" is a plan, not a "would have produced". */
static int have_owns_count(const char *t, const words *w, size_t i, size_t len,
                           const char *m)
{
    return len == 2 && strcmp(m, "hypothetical") == 0 && tok_eq(t, &w->v[i + 1], "have") &&
           count_at(t, w, i + 2);
}

static int first_at(const annot_mwords *mw, const char *t, const tok *k, size_t *words,
                    int *gap);

/* The longest cue starting at token i, or 0 tokens: a cue with a gap
 * ("could ... only") before a shorter one without ("could").  *clause
 * (may be NULL) is set to the cue's scope (clause_scope()); a caller that
 * passes NULL never gets an allocation verb or a source noun.  "would have"
 * before a count is no counterfactual: the shorter cue ("would") holds. */
static size_t cue_at(const char *t, const words *w, size_t i, const cues *cs,
                     const char **modality, int *clause)
{
    char key[96];
    int dummy;
    int framed = clause != NULL;   /* the caller takes allocation frames and shares */
    if (!clause)
        clause = &dummy;
    *clause = 0;
    if (w->v[i].kind != TOK_WORD)
        return 0;
    /* the first word rules out most tokens; then no key has more words
       than the longest it starts */
    size_t most = 4;
    int gapped = 1;
    int fw = cs->mw ? first_at(cs->mw, t, &w->v[i], &most, &gapped) : -1;
    if (fw == 0 || (fw < 0 && !tok_may_start(t, w, i, cs->tab, 0, sizeof key)))
        return 0;
    size_t last = i + 3 < w->n ? i + 3 : w->n - 1;
    if (w->v[last].end - w->v[i].start + 8 >= sizeof key)
        most = 4, gapped = 1;   /* a key cut short: any may match it */
    size_t gap = gapped ? gapped_cue_at(t, w, i, cs, modality, clause) : 0;
    if (gap && (framed || *clause < 3))
        return gap;
    *clause = 0;
    for (size_t len = most < 4 ? most : 4; len >= 1; len--) {
        if (i + len > w->n)
            continue;
        size_t o = 0;
        for (size_t k = i; k < i + len && o + 1 < sizeof key; k++) {
            if (k > i && o + 1 < sizeof key)
                key[o++] = ' ';
            for (size_t j = w->v[k].start; j < w->v[k].end && o + 1 < sizeof key; j++)
                key[o++] = t[j];
        }
        key[o] = '\0';
        const char *m = tally_lextab_get(cs->tab, key, strlen(key), cs->col);
        if (m && tally_modality_valid(m) && !have_owns_count(t, w, i, len, m)) {
            int sc = clause_scope(cs, key, strlen(key));
            if (((sc >= 3 && sc < 6) || sc == 8) && !framed)
                continue;
            *modality = m;
            *clause = sc;
            return len;
        }
    }
    return 0;
}

/* 1 when the cue at tokens [a, b) is negated: "not" just before it (one
 * auxiliary between allowed: "did not plan") or right after a modal
 * ("would not"). */
static int negated_at(const char *t, const words *w, size_t a, size_t b,
                      const annot_mwords *mw)
{
    for (size_t k = a, n = 0; k > 0 && n < 2; k--, n++)
        if (tok_in_set(t, &w->v[k - 1], &mw->negations))
            return 1;
    if (b - a == 1 && tok_in_set(t, &w->v[a], &mw->modals) && b < w->n &&
        tok_in_set(t, &w->v[b], &mw->negations))
        return 1;
    return 0;
}

/* Fill out from cue c. */
static void take(tally_modality_choice *out, const char *t, const words *w, const cue *c,
                 int neg, const char *rule)
{
    (void)t;
    set_modality(out->modality, sizeof out->modality, c->modality);
    out->cue_start = w->v[c->a].start;
    out->cue_end = w->v[c->b - 1].end;
    out->negated = neg;
    out->rule = rule;
}

/* 1 when modality m is a kind that negation cancels (a plan not made). */
static int cancellable(const char *m)
{
    return strcmp(m, "planned") == 0 || strcmp(m, "promised") == 0 ||
           strcmp(m, "requested") == 0 || strcmp(m, "estimated") == 0;
}

tally_status tally_modality_pick(const char *text, const tally_sentence *s, size_t fstart,
                                 size_t fend, size_t mend, const tally_lexicon *lex,
                                 tally_modality_choice *out, tally_error *err)
{
    annot_sent v;
    memset(&v, 0, sizeof v);
    memset(out, 0, sizeof *out);
    set_modality(out->modality, sizeof out->modality, "actual");
    out->rule = "default";
    annot_mwords *mw = malloc(sizeof *mw);   /* word sets are a few kilobytes each */
    if (mw)
        annot_mwords_init(mw);
    if (!mw || words_split(text, s->start, s->end, &v.w) < 0 ||
        annot_modality_pick(text, &v, fstart, fend, mend, lex, mw, out) < 0) {
        free(mw);
        annot_sent_free(&v);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    free(mw);
    annot_sent_free(&v);
    return TALLY_OK;
}

/* 1 when a clause of result (", so that") opens in tokens [a, fi) of w: a
 * plan's or ability's cue before it does not reach the figure after it
 * ("had to be moved, so that the pass took nearly half": actual). */
static int result_between(const char *text, const words *w, size_t a, size_t fi)
{
    for (size_t j = a > 0 ? a : 1; j + 1 < fi && j + 1 < w->n; j++)
        if (tok_eq(text, &w->v[j], "so") && tok_eq(text, &w->v[j + 1], "that") &&
            tok_punct(text, &w->v[j - 1], ","))
            return 1;
    return 0;
}

/* Prepositions of place before "the target": the place aimed at, not a
 * goal ("carried 4 tons of bombs to the target"). */
static const char *const place_preps[] = {"to", "over", "on", "at", "near", "above", "from",
                                          "against",
                                          "onto", "toward", "towards", "reached", "hit",
                                          NULL};

/* 1 when the cue at token i of w is "target" or "targets" after "the" and
 * a preposition of place, or "targets" after such a preposition and one
 * or two words ("sorties against oil targets"): a place, not a plan. */
static int target_place(const char *text, const words *w, size_t i)
{
    if (i < 2 || !(tok_eq(text, &w->v[i], "target") || tok_eq(text, &w->v[i], "targets")))
        return 0;
    if (tok_eq(text, &w->v[i - 1], "the") && tok_in(text, &w->v[i - 2], place_preps))
        return 1;
    if (!tok_eq(text, &w->v[i], "targets"))
        return 0;
    for (size_t j = i - 1, n = 0; j > 0 && n < 2 && w->v[j].kind == TOK_WORD; j--, n++)
        if (tok_in(text, &w->v[j - 1], place_preps))
            return 1;
    return 0;
}

/* The first token of w after a paragraph's number ("4. If the convoy
 * sails, ..." opens at "If"): 2 after a number and a full stop, else 0. */
static size_t head_tok(const char *text, const words *w)
{
    return w->n > 2 && w->v[0].kind == TOK_NUM && tok_punct(text, &w->v[1], ".") ? 2 : 0;
}

/* 1 when the sentence in w opens with an inverted condition: "Had" or
 * "Should" and then a subject, "the", a pronoun, a possessive or "all",
 * "both", "every", "any" ("Had all six sweepers come", "Had the
 * council kept the old ration, ..." is "If the council had kept ...";
 * "Should the frost harden, ..." is "If the frost hardens ..."). */
static int inverted_condition(const char *text, const words *w)
{
    static const char *const subj[] = {"the", "it", "they", "we", "he", "she", "its", "their",
                                       "his", "her", "our", "this", "these", "those", "there",
                                       "all", "both", "every", "any", NULL};
    size_t h = head_tok(text, w);
    return w->n > h + 2 && (tok_eq(text, &w->v[h], "had") || tok_eq(text, &w->v[h], "should")) &&
           w->v[h + 1].kind == TOK_WORD &&
           tok_in(text, &w->v[h + 1], subj);
}

/* Words that may stand between a verb of need and its subject: "had
 * needed", "also needed", "still needed". */
static const char *const need_adverbs[] = {"had", "has", "have", "also", "still", "only",
                                           "alone", "then", "now", "urgently", "badly", NULL};
/* Personal pronouns: a person or a side as the subject of a verb of need. */
static const char *const need_persons[] = {"he", "she", "they", "we", "i", "you", NULL};

/* 1 when the cue at token i (from lo, the clause chain's first token) is a
 * bare verb of need that says "requested" of a thing's norm: its subject is
 * a common noun ("A standard tug needed 14 men", "so that the corps needed
 * 900 litres"), not a person, a side or a name ("he needed", "the Ostrans
 * needed"), a figure ("the 400 needed") or "each" (norm_of_each()), and no
 * "that" of reported speech stands before it ("wired that the garrison
 * needed 40"; "so that" is a result, not speech).  Looks back at most eight
 * tokens. */
static int need_of_thing(const char *t, const words *w, size_t lo, size_t i, size_t len,
                         const char *m)
{
    static const char *const needs[] = {"needed", "needs", "need", NULL};
    if (len != 1 || strcmp(m, "requested") != 0 || !tok_in(t, &w->v[i], needs))
        return 0;
    size_t j = i;
    for (size_t n = 0; j > lo && n < 2 && tok_in(t, &w->v[j - 1], need_adverbs); n++)
        j--;
    if (j == lo || w->v[j - 1].kind != TOK_WORD)
        return 0;
    const tok *h = &w->v[j - 1];
    if (tok_in(t, h, need_persons) || tok_cap(t, h) || count_at(t, w, j - 1))
        return 0;
    for (size_t k = j - 1, n = 0; k > lo && n < 8; n++) {
        k--;
        if (tok_eq(t, &w->v[k], "each"))
            return 0;
        if (tok_eq(t, &w->v[k], "that") && !(k > lo && tok_eq(t, &w->v[k - 1], "so")))
            return 0;
        if (w->v[k].kind != TOK_WORD)
            break;
    }
    return 1;
}

/* Scan the clause chain from token lo of s for cues into s->cues: from lo,
 * the longest cue at each token, going on after it, up to the first word
 * that stops the search.  Each cue notes whether it counts (a negated plan
 * does not) and the last one that counts so far.  0 or -1 (OOM). */
static int scan_cues(const char *text, annot_sent *s, size_t lo, const cues *cs,
                     const annot_mwords *mw)
{
    const words *w = &s->w;
    size_t end = lo;
    while (end < w->n && !tok_in_set(text, &w->v[end], &mw->breaks))
        end++;
    s->ncues = 0;
    s->cue_valid = 0;
    long last = -1;
    const char *m;
    size_t len;
    int src = 0;   /* a source noun seen */
    size_t src_end = 0;   /* the token after the last source noun */
    size_t inv = inverted_condition(text, w) ? head_tok(text, w) : (size_t)-1;
    for (size_t i = lo; i < end;) {
        int clause;
        if (tok_punct(text, &w->v[i], ";") || tok_punct(text, &w->v[i], ":"))
            src = 0;   /* a source is the subject of its own clause only */
        if (i == inv) {
            len = 1;   /* "Had the ministry kept ...": a condition, as "if" */
            m = "hypothetical";
            clause = 0;
        } else if (!(len = cue_at(text, w, i, cs, &m, &clause)) || target_place(text, w, i)) {
            i += len ? len : 1;
            continue;
        }
        if (!clause && need_of_thing(text, w, lo, i, len, m)) {
            i += len;   /* a thing's norm, not a request: no cue */
            continue;
        }
        if (clause == 2 || clause == 4)   /* a law, programme or budget: */
            src = 1, src_end = i + len;  /* allocations after it count */
        if (!clause && src && src_end == i && strcmp(m, "estimated") == 0)
            m = "planned";   /* "The law put the cost at": a plan's own figure */
        /* an owner noun counts only after a figure, an allocation verb only
           after a source or in a sentence after one, a verb of taking a
           share ("took", "received") only in a sentence after one */
        if (clause == 2 || clause == 4 || clause == 8 || (clause == 3 && !src && !s->frame_ctx) ||
            (clause == 5 && !(s->frame_ctx & 2))) {
            i += len;
            continue;
        }
        if (clause >= 3)   /* an allocation, a share or an ability counts like */
            clause = 0;    /* any cue from here on */
        if (grow_array((void **)&s->cues, &s->cuecap, s->ncues + 1, sizeof *s->cues) < 0)
            return -1;
        annot_cue *c = &s->cues[s->ncues];
        c->a = i;
        c->b = i + len;
        c->modality = m;
        c->neg = negated_at(text, w, i, i + len, mw);
        c->clause = clause;
        /* a cue of scope "clause" never counts by itself: it only governs */
        if (!clause &&
            !(c->neg && cancellable(m) && !(len == 1 && tok_in_set(text, &w->v[i], &mw->modals))))
            last = (long)s->ncues;
        c->last = last;
        s->ncues++;
        i += len;
    }
    s->cue_lo = lo;
    s->cue_end = end;
    s->cue_valid = 1;
    return 0;
}

/* 1 when a verb of a thing done (done_verbs) stands in tokens (a, b) of w
 * in a finite form: not after "to", "be", "have" or a modal, nor after a
 * hyphen. */
static int done_between(const char *t, const words *w, size_t a, size_t b,
                        const annot_mwords *mw)
{
    for (size_t j = a + 1; j < b && j < w->n; j++)
        if (tok_in_set(t, &w->v[j], &mw->done) && !tok_in_set(t, &w->v[j - 1], &mw->not_done))
            return 1;
    return 0;
}

/* 1 when the cue at token a of w (one word) is "ordered" with a count as
 * its object, a qualifier word between allowed, and not after "to", "be"
 * or a modal: an order placed for goods is a thing done ("The ministry
 * ordered 40 lorries, at £900 a lorry"), unlike "ordered the staff to
 * plan" or "40 lorries were to be ordered". */
static int order_placed(const char *t, const words *w, size_t a, size_t b,
                        const annot_mwords *mw)
{
    if (b != a + 1 || a + 1 >= w->n || !tok_eq(t, &w->v[a], "ordered") ||
        (a > 0 && tok_in_set(t, &w->v[a - 1], &mw->not_done)))
        return 0;
    return count_at(t, w, a + 1) ||
           (a + 2 < w->n && w->v[a + 1].kind == TOK_WORD && count_at(t, w, a + 2));
}

/* 1 when t is a mark that closes a phrase: , ; : . ) (not a currency
 * sign or a hyphen). */
static int tok_in_closers(const char *t, const tok *k)
{
    return k->kind == TOK_PUNCT && k->end == k->start + 1 && strchr(",;:.)", t[k->start]);
}

/* Relative pronouns that open a clause about the figure's phrase. */
static const char *const relatives[] = {"who", "which", "that", NULL};

/* Forms of "to be" after a subject. */
static const char *const copulas[] = {"was", "were", "is", "are", NULL};

/* 1 when the cue at tokens [a, b) is a participle used as an adjective
 * ("the promised total", "the money pledged,", "what had been promised,")
 * and a punctuation mark closes its phrase before the figure at token fi. */
static int attributive_closed(const char *t, const words *w, size_t a, size_t b, size_t fi,
                              const annot_mwords *mw)
{
    size_t n = w->v[a].end - w->v[a].start;
    if (b != a + 1 || n < 4 || t[w->v[a].end - 1] != 'd' || t[w->v[a].end - 2] != 'e')
        return 0;
    int attr = (a > 0 && tok_in_set(t, &w->v[a - 1], &mw->determiners)) ||
               (b < w->n && tok_in_closers(t, &w->v[b]));
    if (!attr)
        return 0;
    for (size_t j = b; j < fi && j < w->n; j++) {
        if (tok_in_closers(t, &w->v[j]))
            return 1;
        /* the phrase is the subject of a copula: what follows, appositions
           after commas too, says what was planned ("Its planned capacity
           was 24 trains a day, each of 30 wagons, that is 450 tons") */
        if (j <= b + 2 && tok_in(t, &w->v[j], copulas))
            return 0;
    }
    return 0;
}

/* 1 when the cue at tokens [a, b) closes a reporting clause set between
 * commas or opening the sentence, a few words with its subject ("Across the
 * river, the staff believed, the enemy had 40 battalions"): the clause
 * after it is what was believed, not a phrase the participle qualifies. */
static int parenthetical_report(const char *t, const words *w, size_t a, size_t b)
{
    if (b >= w->n || !tok_punct(t, &w->v[b], ",") || a == 0)
        return 0;
    for (size_t j = a, n = 0; j-- > 0 && n < 6; n++) {
        if (w->v[j].kind != TOK_WORD)
            return tok_punct(t, &w->v[j], ",") && n >= 1;
        if (j == 0)
            return n >= 1;
    }
    return 0;
}

/* Verbs of need: what they say inside an estimate ("the staff reckoned
 * the need at 550 tons; the air force needed 1,700 more") is part of the
 * estimate. */
static const char *const need_words[] = {"need", "needs", "needed", "require", "requires",
                                         "required", "had", "has", "have", NULL};

/* 1 when the cue at token k (a past form right after a figure's phrase)
 * is the finite verb of the figure with an object of its own: "19 needed
 * new boilers" says what 19 engines lacked, not that 19 were needed ("the
 * 40 tons needed by", "the 40 needed, ..." are). */
static int verb_with_object(const char *t, const words *w, size_t k, const annot_mwords *mw)
{
    if (!tok_in(t, &w->v[k], need_words) || k + 1 >= w->n)
        return 0;
    const tok *x = &w->v[k + 1];
    return x->kind == TOK_WORD && !tok_in_set(t, x, &mw->np_stop) &&
           !tok_in_set(t, x, &mw->breaks);
}

/* 1 when the figure at token fi comes right after "instead of" or "rather
 * than" (an article between allowed). */
static int contrasted(const char *t, const words *w, size_t fi, const annot_mwords *mw)
{
    size_t j = fi;
    if (j > 0 && (tok_eq(t, &w->v[j - 1], "the") || tok_eq(t, &w->v[j - 1], "a")))
        j--;
    return j >= 2 && tok_in_set(t, &w->v[j - 2], &mw->contrast) &&
           (tok_eq(t, &w->v[j - 1], "of") || tok_eq(t, &w->v[j - 1], "than"));
}

/* 1 when "actually" or "really" stands within five words after the
 * figure's last token li, before any punctuation: "instead of the 80 it
 * could actually field" is the figure that came true. */
static int actually_after(const char *t, const words *w, size_t li)
{
    for (size_t j = li + 1; j < w->n && j <= li + 5 && w->v[j].kind == TOK_WORD; j++)
        if (tok_eq(t, &w->v[j], "actually") || tok_eq(t, &w->v[j], "really"))
            return 1;
    return 0;
}

/* 1 when cue g, a verb of saying (scope "clause"), opens a that-clause
 * holding token at: "that" within eight words after g, no punctuation
 * before it nor a semicolon or colon after it ("told the committee in
 * August that every convoy needed six escorts"). */
static int said_that(const char *t, const words *w, const annot_cue *g, size_t at)
{
    size_t j = g->b;
    for (; j < at && j <= g->b + 8; j++) {
        if (tok_eq(t, &w->v[j], "that"))
            break;
        if (w->v[j].kind == TOK_PUNCT)
            return 0;
    }
    if (j >= at || j > g->b + 8)
        return 0;
    for (; j < at; j++)
        if (tok_punct(t, &w->v[j], ";") || tok_punct(t, &w->v[j], ":"))
            return 0;
    return 1;
}

/* When the cue chosen for the figure at token fi (out; its first token at)
 * is a verb of need and an estimate opens the figure's clause chain before
 * it, the need is what was estimated: out becomes that estimate ("The
 * staff reckoned each division's need at 550 tons; the air force needed a
 * further 1,700, so that 12,500 tons had to arrive": all estimated). */
static void estimate_frame(const char *t, const annot_sent *s, size_t fi, size_t at,
                           tally_modality_choice *out)
{
    if (!s->cue_valid || !(s->cue_lo <= fi && fi <= s->cue_end) ||
        !tok_in(t, &s->w.v[at], need_words))
        return;
    for (size_t j = 0; j < s->ncues && s->cues[j].a < at; j++) {
        const annot_cue *g = &s->cues[j];
        if (!g->neg && strcmp(g->modality, "estimated") == 0 &&
            (!g->clause || said_that(t, &s->w, g, at))) {
            set_modality(out->modality, sizeof out->modality, "estimated");
            out->cue_start = s->w.v[g->a].start;
            out->cue_end = s->w.v[g->b - 1].end;
            out->rule = "estimate of a need";
            return;
        }
    }
}

/* 1 when cue c is a single modal verb that says "planned" by itself
 * ("would", "will", "could"): the weakest cue, which a verb of saying
 * before it or a condition overrides. */
static int bare_modal(const char *t, const words *w, const annot_cue *c,
                      const annot_mwords *mw)
{
    return c->b == c->a + 1 && tok_in_set(t, &w->v[c->a], &mw->modals) &&
           strcmp(c->modality, "planned") == 0;
}

/* 1 when cue c opens with a modal verb and says a plan or a promise: a
 * bare modal or a modal with its verb ("would give", "will send"), which
 * a condition before it makes the condition's outcome ("If the term were
 * cut, the same intake would give a force of 9,200"). */
static int modal_led(const char *t, const words *w, const annot_cue *c,
                     const annot_mwords *mw)
{
    return tok_in_set(t, &w->v[c->a], &mw->modals) &&
           (strcmp(c->modality, "planned") == 0 || strcmp(c->modality, "promised") == 0);
}

/* 1 when cue g, a verb of estimating, promising or asking, opens a clause
 * that holds cue c: "that" right after g or after up to four words of its
 * own ("estimated in 1925 that", "promised parliament that"), or, for an
 * estimate, a comma after g ("the bank estimated, could be sustained").
 * An estimate governs every cue but a counterfactual ("reckoned that the
 * army could have kept 120 tanks" stays hypothetical); a promise or a
 * request governs only a bare modal ("promised that they would be cleared
 * within five years" is a promise). */
static int governs(const char *t, const words *w, const annot_cue *g, const annot_cue *c,
                   const annot_mwords *mw)
{
    if (g->neg || g->b >= c->a)
        return 0;
    int est = strcmp(g->modality, "estimated") == 0;
    if (g->clause)   /* a verb of saying: its that-clause may name the hearer and a date */
        return bare_modal(t, w, c, mw) && said_that(t, w, g, c->a);
    if (est ? (strcmp(c->modality, "hypothetical") == 0 && !c->neg)
            : !((strcmp(g->modality, "promised") == 0 || strcmp(g->modality, "requested") == 0) &&
                bare_modal(t, w, c, mw)))
        return 0;
    if (est && tok_punct(t, &w->v[g->b], ",") && g->b + 1 == c->a)
        return 1;
    for (size_t j = g->b; j < c->a && j <= g->b + 4; j++) {
        if (tok_eq(t, &w->v[j], "that"))
            return 1;
        if (w->v[j].kind == TOK_PUNCT)
            return 0;
    }
    return 0;
}

/* 1 when the that-clause that cue g (a verb of saying) opens, before token
 * fi, has the speaker's own government for subject and a verb of giving
 * after its modal verb: "told parliament that the government would lend
 * Kelvask $6 million" is a promise, not an estimate.  The subject is
 * "the", "his", "her", "its" or "our" and "government", or "we"; the verb
 * one of lend, give, send, deliver, grant, provide, supply, advance. */
static int promise_told(const char *t, const words *w, const annot_cue *g, size_t fi,
                        const annot_mwords *mw)
{
    static const char *const owners[] = {"the", "his", "her", "its", "our", "their", NULL};
    static const char *const gifts[] = {"lend", "give", "send", "deliver", "grant", "provide",
                                        "supply", "advance", NULL};
    size_t j = g->b;
    while (j < fi && j <= g->b + 8 && !tok_eq(t, &w->v[j], "that"))
        j++;
    if (j >= fi || !tok_eq(t, &w->v[j], "that"))
        return 0;
    j++;
    if (j + 1 < fi && tok_in(t, &w->v[j], owners) && tok_eq(t, &w->v[j + 1], "government"))
        j += 2;
    else if (j < fi && tok_eq(t, &w->v[j], "we"))
        j++;
    else
        return 0;
    if (j >= fi || !tok_in_set(t, &w->v[j], &mw->modals))
        return 0;
    j++;
    if (j < fi && (tok_eq(t, &w->v[j], "also") || tok_eq(t, &w->v[j], "now")))
        j++;
    return j < fi && tok_in(t, &w->v[j], gifts);
}

/* 1 when the cue c, the last before token fi, is a modal of ability
 * (scope "ability": "could") with an active verb after it, in a main
 * clause of the narrative: what a force could do then it did ("with 120
 * trucks the committee could run convoys of 60"; "the school could train
 * 150 a year").  Not before "be", "have" or "not" ("could be cleared in 25
 * days" is a plan, "could have" a counterfactual), nor inside a
 * that-clause, a relative clause or after "if". */
static int ability_at(const char *t, const annot_sent *s, const annot_cue *c, size_t fi,
                      const cues *cs, const annot_mwords *mw)
{
    const words *w = &s->w;
    const char *m;
    int sc = 0;
    if (c->b != c->a + 1 || c->neg || c->b >= w->n || fi <= c->b || fi > c->b + 6)
        return 0;
    if (!cue_at(t, w, c->a, cs, &m, &sc) || sc != 6)
        return 0;
    if (w->v[c->b].kind != TOK_WORD || tok_in_set(t, &w->v[c->b], &mw->np_stop) ||
        tok_in_set(t, &w->v[c->b], &mw->negations))
        return 0;
    for (size_t j = c->b + 1; j < fi; j++)   /* the verb's object, particle or adverb */
        if (w->v[j].kind == TOK_PUNCT ||
            (tok_in_set(t, &w->v[j], &mw->np_stop) && !tok_eq(t, &w->v[j], "of")))
            return 0;
    for (size_t j = s->cue_lo; j < c->a; j++)
        if ((tok_in(t, &w->v[j], relatives) && !(j > 0 && tok_eq(t, &w->v[j - 1], "so"))) ||
            tok_eq(t, &w->v[j], "if") || tok_eq(t, &w->v[j], "unless"))
            return 0;   /* "so that" opens a result, not a reported clause */
    return 1;
}

/* 1 when the sentence's clause chain opens with "if" or "unless" (or
 * "even if", "only if") and a comma closes that clause before token at. */
static int conditional_head(const char *t, const annot_sent *s, size_t at)
{
    const words *w = &s->w;
    size_t h = s->cue_lo;
    if (h == 0)
        h = head_tok(t, w);   /* "4. If ...": past the paragraph's number */
    if (h < w->n && (tok_eq(t, &w->v[h], "even") || tok_eq(t, &w->v[h], "only")))
        h++;
    if (h >= at || !(tok_eq(t, &w->v[h], "if") || tok_eq(t, &w->v[h], "unless") ||
                     (h == head_tok(t, w) && inverted_condition(t, w))))
        return 0;
    for (size_t j = h + 1; j < at; j++)
        if (tok_punct(t, &w->v[j], ","))
            return 1;
    return 0;
}

/* 1 when the that-clause of governing cue g opens with "if" or "unless"
 * and a comma closes that condition before token at: "estimated that if
 * the ration were cut, the need would fall to 80 tons" is the condition's
 * outcome, not the estimate's. */
static int that_if_head(const char *t, const words *w, const annot_cue *g, size_t at)
{
    size_t h = g->b;
    while (h < w->n && h < g->b + 5 && h < at && !tok_eq(t, &w->v[h], "that"))
        h++;
    if (h + 1 >= at || !tok_eq(t, &w->v[h], "that"))
        return 0;
    h++;
    if (tok_eq(t, &w->v[h], "even"))
        h++;
    if (h >= at || !(tok_eq(t, &w->v[h], "if") || tok_eq(t, &w->v[h], "unless")))
        return 0;
    for (size_t j = h + 1; j < at; j++)
        if (tok_punct(t, &w->v[j], ","))
            return 1;
    return 0;
}

/* 1 when the sentence opens with "At" and a rate ("At 120 daler a
 * month, ...", "At the rate of 9 to the dollar, ...") closed by a comma
 * before token at: a modal verb after it says what would follow from
 * that rate ("At 120 daler a month, 2,000 more conscripts would add 2.9
 * million": hypothetical). */
static int rate_head(const char *t, const words *w, size_t at)
{
    if (w->n < 3 || !tok_eq(t, &w->v[0], "at"))
        return 0;
    int num = count_at(t, w, 1) ||
              (w->n > 4 && tok_eq(t, &w->v[1], "the") && tok_eq(t, &w->v[2], "rate"));
    for (size_t j = 2; num && j < at && j < 12; j++)
        if (tok_punct(t, &w->v[j], ","))
            return 1;
    return 0;
}

/* 1 when a semicolon or a colon stands in tokens [a, fi) of w. */
static int clause_closed(const char *t, const words *w, size_t a, size_t fi)
{
    for (size_t j = a; j < fi && j < w->n; j++)
        if (tok_punct(t, &w->v[j], ";") || tok_punct(t, &w->v[j], ":"))
            return 1;
    return 0;
}

/* 1 when "by" stands within six tokens from token i, before any
 * punctuation, with a year (a four-digit number) within four tokens after
 * it, or "by the end of" or "by next" after it: a deadline ("by the
 * spring of 1948", "by the end of the year"). */
static int deadline_after(const char *t, const words *w, size_t i)
{
    for (size_t j = i; j < w->n && j < i + 6 && w->v[j].kind != TOK_PUNCT; j++) {
        if (!tok_eq(t, &w->v[j], "by"))
            continue;
        for (size_t k = j + 1; k < w->n && k <= j + 4; k++)
            if (w->v[k].kind == TOK_NUM && w->v[k].end - w->v[k].start == 4)
                return 1;
        /* "by the end of the year", "by next spring" */
        return (j + 3 < w->n && tok_eq(t, &w->v[j + 1], "the") && tok_eq(t, &w->v[j + 2], "end") &&
                tok_eq(t, &w->v[j + 3], "of")) ||
               (j + 1 < w->n && tok_eq(t, &w->v[j + 1], "next"));
    }
    return 0;
}

/* 1 when the sentence opens with "Of" and its first comma stands after
 * token a and before the figure at token fi: the cue at a is inside the
 * opening frame ("Of the 65 tanks that could be recovered, the battalions
 * put 52 back into service"). */
static int of_frame_closed(const char *t, const annot_sent *s, size_t a, size_t fi)
{
    const words *w = &s->w;
    if (s->cue_lo != 0 || w->n == 0 || !tok_eq(t, &w->v[0], "of"))
        return 0;
    for (size_t j = 1; j < fi && j < w->n; j++)
        if (tok_punct(t, &w->v[j], ","))
            return j >= a;
    return 0;
}

/* The plan, programme or treaty that a figure after "the" is measured
 * against, named right after it: "the 144 the plan had called for", "the 60
 * that the agreement had scheduled", "the three tons the planners had
 * assumed", "the 216 of the plan".  From token k (after the figure), one or
 * two words of its noun, then "that", "which" or "of" (may be left out
 * before a verb), then "the" and a cue (of scope "owner" or any other
 * single word that is no modal verb) followed by a verb or, after "of", by
 * the end of the clause.  Fills *c and returns 1, or 0. */
static int owner_after(const char *t, const words *w, size_t fi, size_t k, const cues *cs,
                       const annot_mwords *mw, cue *c)
{
    if (fi == 0 || !tok_eq(t, &w->v[fi - 1], "the"))
        return 0;
    for (size_t n = 0; n < 3 && k < w->n && w->v[k].kind == TOK_WORD; n++, k++) {
        int of = tok_eq(t, &w->v[k], "of");
        size_t j = k + (of || tok_eq(t, &w->v[k], "that") || tok_eq(t, &w->v[k], "which"));
        if (j + 1 >= w->n || !tok_eq(t, &w->v[j], "the"))
            continue;
        const char *m;
        int scope;
        size_t len = cue_at(t, w, j + 1, cs, &m, &scope);
        if (len != 1 || scope == 1 || scope >= 3 || tok_in_set(t, &w->v[j + 1], &mw->modals) ||
            strcmp(m, "actual") == 0 || strcmp(m, "hypothetical") == 0)
            return 0;
        size_t after = j + 2;
        if (of ? after < w->n && w->v[after].kind == TOK_WORD
               : after >= w->n || w->v[after].kind != TOK_WORD)
            return 0;
        c->a = j + 1, c->b = j + 2, c->modality = m;
        return 1;
    }
    return 0;
}

/* Words after which a plan noun is a phrase of its own: a preposition or
 * a verb that opens a frame for what follows ("Under the plan, 60 tanks
 * ...", "According to the plan, ..."). */
static const char *const frame_preps[] = {"under", "in", "to", "by", "with", "per",
                                          "following", "after", "within", "for", NULL};

/* Possessives and articles before a plan noun that make it a thing
 * referred to ("half its target", "part of the plan"). */
static const char *const noun_dets[] = {"the", "its", "their", "his", "her", "our", NULL};

/* 1 when the cue c before the figure at token fi is a plan noun ("plan",
 * "target", not a participle nor a modal) after an article or possessive,
 * whose phrase a punctuation mark closes before the figure (one past form
 * may stand between: "the 40 the plan required, and"): the noun names the
 * plan a figure before it is measured against, not the figure after it
 * ("averaged 14,000, a little over half its target, and in 1973 about
 * 19,000": actual); so does a noun of a demand ("three quarters of the
 * quota, leaving a gap of 900 tons": actual).  Not in an opening frame
 * ("Under the plan, ..."). */
static int plan_noun_closed(const char *t, const words *w, const annot_cue *c, size_t fi,
                            const annot_mwords *mw)
{
    size_t a = c->a, b = c->b;
    size_t n = w->v[a].end - w->v[a].start;
    if (b != a + 1 || a < 2 ||
        (strcmp(c->modality, "planned") != 0 && strcmp(c->modality, "requested") != 0) ||
        (n > 2 && t[w->v[a].end - 1] == 'd' && t[w->v[a].end - 2] == 'e') ||
        tok_in_set(t, &w->v[a], &mw->modals) || !tok_in(t, &w->v[a - 1], noun_dets) ||
        tok_in(t, &w->v[a - 2], frame_preps) || w->v[a - 2].kind == TOK_PUNCT)
        return 0;
    size_t j = b;
    if (j < fi && w->v[j].kind == TOK_WORD && w->v[j].end - w->v[j].start > 2 &&
        t[w->v[j].end - 1] == 'd' && t[w->v[j].end - 2] == 'e')
        j++;   /* "the plan required," */
    return j < fi && tok_in_closers(t, &w->v[j]);
}

/* 1 when the figure's phrase, ending at token e, is the subject of a verb
 * of a thing done in a perfect or passive form ("fewer than 600 had
 * finished the course", "40 were delivered"). */
static int done_after(const char *t, const words *w, size_t e, const annot_mwords *mw)
{
    static const char *const aux[] = {"had", "has", "have", "was", "were", NULL};
    if (e >= w->n || !tok_in(t, &w->v[e], aux))
        return 0;
    e++;
    if (e < w->n && (tok_eq(t, &w->v[e], "been") || tok_eq(t, &w->v[e], "already")))
        e++;
    return e < w->n && tok_in_set(t, &w->v[e], &mw->done);
}

/* 1 when the figure, its last token at li and its phrase ending at token
 * e, is the subject of a verb of a thing done in the simple past ("; only
 * 5,400 tons arrived"): the verb right after the figure's words, no mark
 * between. */
static int done_at(const char *t, const words *w, size_t li, size_t e, const annot_mwords *mw)
{
    for (size_t j = li + 1; j <= e && j < w->n; j++) {
        if (w->v[j].kind == TOK_PUNCT)
            return 0;
        if (tok_in_set(t, &w->v[j], &mw->done))
            return 1;
    }
    return 0;
}

/* 1 when the cue c is a verb of need whose subject is "each" and a noun
 * (one or two words): a norm for each unit is a plan's figure, not a
 * request ("Each barge needed a crew of 14, some 200 men for the fleet"). */
static int norm_of_each(const char *t, const words *w, const annot_cue *c)
{
    static const char *const needs[] = {"needed", "needs", "need", "required", "requires",
                                        NULL};
    if (c->b != c->a + 1 || !tok_in(t, &w->v[c->a], needs))
        return 0;
    return (c->a >= 2 && tok_eq(t, &w->v[c->a - 2], "each")) ||
           (c->a >= 3 && tok_eq(t, &w->v[c->a - 3], "each") && w->v[c->a - 2].kind == TOK_WORD);
}

/* 1 when the figure whose last token is li is a rate of time ("500 tons
 * a day", "30 per month"): a per-day or per-month figure after a past
 * necessity is the norm to be met. */
static int rate_of_time(const char *t, const words *w, size_t li)
{
    static const char *const per[] = {"a", "an", "per", "each", "every", NULL};
    static const char *const spans[] = {"day", "week", "month", "year", "hour", "night",
                                        NULL};
    for (size_t j = li + 1; j + 1 < w->n && j <= li + 4 && w->v[j].kind == TOK_WORD; j++)
        if (tok_in(t, &w->v[j], per) && tok_in(t, &w->v[j + 1], spans))
            return 1;
    return 0;
}

/* 1 when the cue at tokens [a, b) is a past necessity (scope "past":
 * "had to") told in the narrative: no "that" before it in its sentence
 * (so not reported: "learned that three airfields had to be built" is a
 * plan) and the figure at li no rate of time.  What had to be done then
 * was done: "the gap of 1.4bn had to be borrowed", "had to keep the
 * army in the three provinces" are actual. */
static int past_necessity(const char *t, const words *w, size_t a, size_t b, size_t li,
                          const cues *cs)
{
    char key[64];
    size_t o = 0;
    if (b < a + 2 || b > a + 4)   /* "had to": a phrase, never a bare modal */
        return 0;
    for (size_t k = a; k < b; k++) {
        size_t n = w->v[k].end - w->v[k].start;
        if (o + n + 2 > sizeof key)
            return 0;
        if (k > a)
            key[o++] = ' ';
        memcpy(key + o, t + w->v[k].start, n);
        o += n;
    }
    key[o] = '\0';
    if (clause_scope(cs, key, o) != 7 || rate_of_time(t, w, li))
        return 0;
    for (size_t j = a; j > 0 && a - j < 40; j--)   /* reported after "that"? */
        if (tok_eq(t, &w->v[j - 1], "that"))
            return 0;
    return 1;
}

/* 1 when the cue at token a stands in a relative clause set off by commas
 * (", which could fire inland as well," or ", who was to lead it,") that
 * closes before the figure at token fi, the main clause's verb (an
 * auxiliary, a modal or a thing done) right after: the cue is about the relative's
 * noun, not the figure ("the guns, which could fire inland, had 420 rounds
 * each": actual). */
static int relative_closed(const char *t, const words *w, size_t a, size_t fi,
                           const annot_mwords *mw)
{
    static const char *const rel[] = {"which", "who", "whom", "whose", "where", NULL};
    size_t j = a;
    while (j > 0 && !tok_punct(t, &w->v[j - 1], ",") && a - j < 10)
        j--;
    if (j == 0 || !tok_punct(t, &w->v[j - 1], ",") || !tok_in(t, &w->v[j], rel))
        return 0;
    for (size_t k = a + 1; k + 1 < fi && k + 1 < w->n; k++)   /* the main verb after it */
        if (tok_punct(t, &w->v[k], ",") && (tok_in_set(t, &w->v[k + 1], &mw->after) ||
                                            tok_in_set(t, &w->v[k + 1], &mw->done)))
            return 1;
    return 0;
}

/* 1 when token k is a ";" or a ":". */
static int semi_or_colon(const char *t, const tok *k)
{
    return k->kind == TOK_PUNCT && k->end == k->start + 1 &&
           (t[k->start] == ';' || t[k->start] == ':');
}

/* 1 when the figure at token fi stands in a clause "the loan was worth
 * N" whose subject holds a noun of a pledge (scope "pledge": a loan, a
 * debt, an annuity): the sum and its conversion are the pledge's ("At 12
 * florins to the dollar the loan was worth 1.8bn florins", "the 80
 * million of a full annuity was worth about $19 million").  The clause
 * runs from the sentence (or the last ";" or ":") to the next ";", ":"
 * or a thing done; *c gets the pledge noun. */
static int pledge_worth(const char *t, const words *w, size_t fi, const cues *cs,
                        const annot_mwords *mw, cue *c)
{
    static const char *const be[] = {"was", "is", "were", "are", NULL};
    size_t worth = 0;   /* "worth" within eight words of the figure */
    for (size_t j = fi > 8 ? fi - 8 : 1; j < w->n && j <= fi + 8 && !worth; j++) {
        const tok *k = &w->v[j];
        if (k->end - k->start == 5 && (t[k->start] | 0x20) == 'w' && tok_eq(t, k, "worth") &&
            tok_in(t, &w->v[j - 1], be))
            worth = j;
    }
    if (!worth)
        return 0;
    size_t a = fi < worth ? fi : worth, b = fi < worth ? worth : fi;
    for (size_t j = a; j < b; j++)   /* one clause: no ";" or ":" between */
        if (semi_or_colon(t, &w->v[j]))
            return 0;
    size_t lo = worth;   /* the subject: back to ";" or ":", 40 words at most */
    while (lo > 0 && worth - lo < 40 && !semi_or_colon(t, &w->v[lo - 1]))
        lo--;
    for (size_t j = lo; j < worth; j++) {
        const char *m;
        int sc = 0;
        if (w->v[j].kind != TOK_WORD || !cue_at(t, w, j, cs, &m, &sc) || sc != 8)
            continue;
        if (fi <= j || done_between(t, w, j, fi, mw))
            return 0;
        c->a = j, c->b = j + 1, c->modality = m;
        return 1;
    }
    return 0;
}

/* 1 when "only if" follows the figure at token li (its last) within eight
 * tokens, no punctuation between: the figure holds on a condition ("can
 * be supplied for an advance of up to 150 km only if the depots are
 * full"). */
static int only_if_after(const char *t, const words *w, size_t li)
{
    for (size_t j = li + 2; j < w->n && j <= li + 9; j++) {
        const tok *k = &w->v[j];
        if (w->v[j - 1].kind == TOK_PUNCT)
            return 0;
        if (k->end - k->start == 2 && (t[k->start] | 0x20) == 'i' &&
            (t[k->start + 1] | 0x20) == 'f')   /* "if", cheaply, then "only" before it */
            return tok_eq(t, &w->v[j - 1], "only");
    }
    return 0;
}

/* 1 when a cue of a participle or an adjective of obligation stands right
 * after the comma that closes the figure's phrase at token e: "4.2 million
 * roubles, payable over five years", "300 lorries, promised for May".  The
 * cue's first word ends in "-ed" or "-able", and the figure (at token fi)
 * opens no relative clause after a comma; *c is filled. */
static int apposed_cue(const char *t, const words *w, size_t fi, size_t e, const cues *cs,
                       cue *c)
{
    static const char *const rel_openers[] = {"whose", "which", "who", NULL};
    const char *m;
    int sc = 0;
    if (e + 1 >= w->n || !tok_punct(t, &w->v[e], ","))
        return 0;
    /* a figure in a relative clause between commas: the verb after the
       closing comma is the main clause's ("The treasury, whose revenue was
       some 11 million, asked ...") */
    size_t p = fi;
    while (p > 0 && !tok_punct(t, &w->v[p - 1], ","))
        p--;
    if (p > 0 && p < fi && tok_in(t, &w->v[p], rel_openers))
        return 0;
    const tok *k = &w->v[e + 1];
    size_t n = k->end - k->start;
    int form = (n > 3 && t[k->end - 1] == 'd' && t[k->end - 2] == 'e') ||
               (n > 5 && memcmp(t + k->end - 4, "able", 4) == 0);
    size_t len;
    if (!form || !(len = cue_at(t, w, e + 1, cs, &m, &sc)) || sc != 0 ||
        strcmp(m, "actual") == 0 || strcmp(m, "hypothetical") == 0)
        return 0;
    c->a = e + 1, c->b = e + 1 + len, c->modality = m;
    return 1;
}

/* Look up mw's table in lex when lex changes. */
/* Subject pronouns that may open a relative clause with no "that" ("20,000
 * tons it hoped to buy"). */
static const char *const rel_pronouns[] = {"it", "they", "he", "she", "we", NULL};

/* 1 when token k is "that" or "which", 2 when a word of rel_pronouns, 0
 * else (its length looked at first). */
static int rel_word(const char *t, const tok *k)
{
    size_t n = k->end - k->start;
    if (n < 2 || n > 5)
        return 0;
    if ((n == 4 && tok_eq(t, k, "that")) || (n == 5 && tok_eq(t, k, "which")))
        return 1;
    return n <= 4 && tok_in(t, k, rel_pronouns) ? 2 : 0;
}

/* 1 when a relative clause opens after the figure's last token li, at
 * most at the end e of its noun phrase (or three words on), and its verb is a cue of asking, promising or planning that is
 * more than a bare modal or a verb of saying: "that" or "which" and a
 * subject of at most three words ("that the government requested"), or a
 * pronoun with no "that" ("it hoped to buy"); the cue into *c. */
static int relative_cue(const char *t, const words *w, size_t li, size_t e, const cues *cs,
                        const annot_mwords *mw, cue *c)
{
    size_t j = li + 1;   /* the first word of a relative clause, up to e */
    if (e < li + 4)
        e = li + 4;   /* past a rate's "a month" */
    int rel = 0;
    while (j <= e && j < w->n && w->v[j].kind == TOK_WORD && !(rel = rel_word(t, &w->v[j])))
        j++;
    if (!rel)
        return 0;
    rel = rel == 1;
    /* a pronoun with no "that" right after the noun phrase or its rate
       ("tons a month it hoped"), not after "if" or "what" */
    if (!rel && j != li + 1 && !(j >= li + 3 && (tok_eq(t, &w->v[j - 2], "a") ||
                                                 tok_eq(t, &w->v[j - 2], "per"))))
        return 0;
    size_t to = j + (rel ? 4 : 1);
    for (j++; j < w->n && j <= to; j++) {
        if (w->v[j].kind != TOK_WORD)
            return 0;
        const char *m;
        int sc;
        size_t len = cue_at(t, w, j, cs, &m, &sc);
        if (!len)
            continue;
        if (sc != 0 || (len == 1 && tok_in_set(t, &w->v[j], &mw->modals)) ||
            !(strcmp(m, "requested") == 0 || strcmp(m, "promised") == 0 ||
              strcmp(m, "planned") == 0) ||
            negated_at(t, w, j, j + len, mw))
            return 0;
        c->a = j, c->b = j + len, c->modality = m;
        return 1;
    }
    return 0;
}

void annot_lead_init(annot_lead *f, const tally_lextab *tab)
{
    memset(f, 0, sizeof *f);
    const tally_table *t = tally_lextab_table(tab);
    f->all = !t;
    for (size_t r = 0; t && r < t->nrows; r++) {
        const unsigned char *key = (const unsigned char *)t->rows[r][0];
        size_t n = 0;
        while (key[n] && annot_lead_class(key[n]))
            n++;
        if (n == 0) {
            f->empty = 1;
            continue;
        }
        unsigned a = annot_lead_class(key[0]), b = n > 1 ? annot_lead_class(key[1]) : 0;
        f->pair[a] |= 1u << b;
        f->lens[a] |= 1ull << (n < 63 ? n : 63);
    }
}

/* The hash of a first word s[0..n) (ASCII case folded, never 0). */
static uint64_t first_hash(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ words_lower((unsigned char)s[i])) * 1099511628211ull;
    return h ? h : 1;
}

/* Fill mw's first words from the keys of mw->tab (see annot_mwords). */
static void first_init(annot_mwords *mw)
{
    const tally_table *t = tally_lextab_table(mw->tab);
    memset(mw->first_hash, 0, sizeof mw->first_hash);
    memset(mw->first_words, 0, sizeof mw->first_words);
    memset(mw->first_gap, 0, sizeof mw->first_gap);
    mw->first_all = !t;
    for (size_t r = 0, used = 0; t && r < t->nrows && !mw->first_all; r++) {
        const char *key = t->rows[r][0];
        size_t n = strcspn(key, " "), words = 1;
        for (const char *p = key; (p = strchr(p, ' ')); p++)
            words++;
        uint64_t h = first_hash(key, n);
        size_t j = (size_t)h & (ANNOT_FIRSTS - 1);
        while (mw->first_hash[j] && mw->first_hash[j] != h)
            j = (j + 1) & (ANNOT_FIRSTS - 1);
        if (!mw->first_hash[j] && ++used > ANNOT_FIRSTS / 2) {
            mw->first_all = 1;   /* too many: look the slow way */
            break;
        }
        mw->first_hash[j] = h;
        if (words > mw->first_words[j])   /* a key with a gap counts its "..." too */
            mw->first_words[j] = (unsigned char)(words < 255 ? words : 255);
        if (strstr(key, " ... "))
            mw->first_gap[j] = 1;
    }
}

/* Whether a cue may start at token k by its first word: 0 none does, 1 one
 * may (*words: the most words it has; *gap: 1 when one has a gap), -1 not
 * known (the slow way then: a long word, a word with a space, no table). */
static int first_at(const annot_mwords *mw, const char *t, const tok *k, size_t *words,
                    int *gap)
{
    size_t n = k->end - k->start;
    if (mw->first_all || n > 80)
        return -1;
    uint64_t h = 14695981039346656037ull;   /* first_hash(), and no space in the word */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[k->start + i];
        if (c == ' ')
            return -1;
        h = (h ^ words_lower(c)) * 1099511628211ull;
    }
    h = h ? h : 1;
    size_t j = (size_t)h & (ANNOT_FIRSTS - 1);
    while (mw->first_hash[j] && mw->first_hash[j] != h)
        j = (j + 1) & (ANNOT_FIRSTS - 1);
    if (!mw->first_hash[j])
        return 0;
    *words = mw->first_words[j];
    *gap = mw->first_gap[j];
    return 1;
}

static void mw_table(annot_mwords *mw, const tally_lexicon *lex)
{
    if (!mw->lex || mw->lex != lex) {   /* the table, looked up once per lexicon */
        mw->lex = lex;
        mw->tab = tally_lexicon_tab(lex, "modality");
        mw->col = mw->tab ? tally_table_col(tally_lextab_table(mw->tab), "modality") : -1;
        mw->scol = mw->tab ? tally_table_col(tally_lextab_table(mw->tab), "scope") : -1;
        first_init(mw);
    }
}

/* 1 when the figure at token fi, whose noun phrase ends at token e with a
 * comma, stands in the subject of its sentence and the cue of that
 * subject's verb comes after a closing comma: "The monitors, of 480 tons
 * each, were to form ...".  The words before the figure hold no verb (no
 * auxiliary, cue or thing done) and do not open with a preposition or a
 * conjunction ("After 50 sorties, the crews were to rest" is no subject);
 * the words from e to the cue hold no clause of their own.  The cue, at an
 * auxiliary or modal, fills *c. */
static int subject_cue(const char *t, const annot_sent *s, size_t fi, size_t e,
                       const cues *cs, const annot_mwords *mw, cue *c)
{
    const words *w = &s->w;
    const char *m, *m2;
    if (fi == 0 || fi > 8)   /* a subject opens its sentence */
        return 0;
    for (size_t n = 0; n < 2 && e < w->n && w->v[e].kind == TOK_WORD &&   /* "480 tons each" */
                       !tok_in_set(t, &w->v[e], &mw->np_stop);
         n++)
        e++;
    if (e >= w->n || !tok_punct(t, &w->v[e], ","))
        return 0;
    if (tok_in_set(t, &w->v[0], &mw->np_stop) || tok_in_set(t, &w->v[0], &mw->breaks))
        return 0;
    for (size_t j = e + 1; j < w->n && j < e + 12; j++) {
        const tok *k = &w->v[j];
        if (tok_in_set(t, k, &mw->after)) {
            size_t len;
            if (!tok_punct(t, &w->v[j - 1], ",") || !(len = cue_at(t, w, j, cs, &m, NULL)) ||
                len < 2 || negated_at(t, w, j, j + len, mw))
                return 0;
            for (size_t i = 0; i < fi; i++)   /* no verb before the figure */
                if (tok_in_set(t, &w->v[i], &mw->after) || tok_in_set(t, &w->v[i], &mw->done) ||
                    tok_in(t, &w->v[i], relatives) || tok_punct(t, &w->v[i], ";") ||
                    tok_punct(t, &w->v[i], ":") || cue_at(t, w, i, cs, &m2, NULL))
                    return 0;
            c->a = j, c->b = j + len, c->modality = m;
            return 1;
        }
        if (tok_in(t, k, relatives) || tok_in_set(t, k, &mw->done) ||
            tok_in_set(t, k, &mw->breaks) || tok_eq(t, k, "and") || tok_eq(t, k, "or") ||
            (k->kind == TOK_PUNCT && !tok_punct(t, k, ",") && !tok_punct(t, k, "-")))
            return 0;
    }
    return 0;
}

int annot_modality_frame(const char *text, annot_sent *s, const tally_lexicon *lex,
                         annot_mwords *mw)
{
    if (s->frame)
        return s->frame & ~4;
    mw_table(mw, lex);
    cues cs = {mw->tab, mw->col, mw->scol, mw};
    int f = 0;
    for (size_t i = 0; i < s->w.n;) {
        const char *m;
        int scope;
        size_t len = cue_at(text, &s->w, i, &cs, &m, &scope);
        if (tok_punct(text, &s->w.v[i], ";") || tok_punct(text, &s->w.v[i], ":"))
            f &= ~1;   /* a source names the subject of its own clause only */
        if (scope == 2 || scope == 4)
            f |= 1;
        else if (scope == 3)
            f |= 8 | (f & 1 ? 2 : 0);
        else if (scope == 5)
            f |= 16;   /* a verb of taking a share: the sentences before matter */
        else if (scope == 8)
            f |= 32;   /* a loan or a debt: its worth is its promise (pledge_worth()) */
        i += len ? len : 1;
    }
    s->frame = f | 4;
    return f;
}

int annot_modality_pick(const char *text, annot_sent *s, size_t fstart, size_t fend,
                        size_t mend, const tally_lexicon *lex, annot_mwords *mw,
                        tally_modality_choice *out)
{
    const words w = s->w;   /* borrowed */
    mw_table(mw, lex);
    cues cs = {mw->tab, mw->col, mw->scol, mw};
    memset(out, 0, sizeof *out);
    set_modality(out->modality, sizeof out->modality, "actual");
    out->rule = "default";
    size_t fi = words_at(&w, fstart);
    size_t li = fi;
    size_t stop = mend > fend ? mend : fend;
    while (li + 1 < w.n && w.v[li + 1].end <= stop)
        li++;
    /* the end of the noun phrase: a few words that are not function words */
    size_t e = li + 1;
    for (size_t n = 0; e < w.n && n < 4 && !(mend > fend); n++, e++)
        if ((w.v[e].kind == TOK_PUNCT && !tok_punct(text, &w.v[e], "-")) ||
            tok_in_set(text, &w.v[e], &mw->np_stop))
            break;
    if (e < w.n && tok_punct(text, &w.v[e], ")"))
        e++;
    const char *m;
    size_t len;
    cue c;
    /* 0. the figure set against the one that came true: "46 instead of 50" */
    if (fi < w.n && contrasted(text, &w, fi, mw)) {
        if (actually_after(text, &w, li)) {
            out->rule = "what came true";   /* "instead of the 80 it could actually field" */
            return 0;
        }
        c.a = fi - 2 - (tok_eq(text, &w.v[fi - 1], "the") || tok_eq(text, &w.v[fi - 1], "a"));
        c.b = c.a + 2;
        c.modality = "planned";
        take(out, text, &w, &c, 0, "contrast");
        return 0;
    }
    /* 2. a participle inside or right after the phrase: "the 150 projected by" */
    for (size_t k = li + 1; k <= e && k < w.n; k++) {
        size_t l = w.v[k].end - w.v[k].start;
        if (l > 2 && text[w.v[k].end - 1] == 'd' && text[w.v[k].end - 2] == 'e' &&
            (len = cue_at(text, &w, k, &cs, &m, NULL)) == 1 && !verb_with_object(text, &w, k, mw)) {
            c.a = k, c.b = k + 1, c.modality = m;
            take(out, text, &w, &c, 0, "after the figure");
            return 0;
        }
    }
    /* 2b. the plan or treaty it is measured against: "the 144 the plan
     * had called for" */
    if (owner_after(text, &w, fi, fi + 1, &cs, mw, &c)) {
        take(out, text, &w, &c, 0, "owner after the figure");
        return 0;
    }
    /* the clause chain of the figure is scanned once for all the figures
     * in it */
    if (!(s->cue_valid && s->cue_lo <= fi && fi <= s->cue_end)) {
        size_t lo = fi;
        while (lo > 0 && !tok_in_set(text, &w.v[lo - 1], &mw->breaks))
            lo--;
        if (scan_cues(text, s, lo, &cs, mw) < 0)
            return -1;
    }
    /* 1. a modal verb after the phrase: the figure is its subject; or the
     * subject of a relative clause right after it whose cue is more than a
     * bare modal ("the 120 pilots who were to be trained") */
    if (e + 1 < w.n && tok_in(text, &w.v[e], relatives) &&
        tok_in_set(text, &w.v[e + 1], &mw->after) &&
        (len = cue_at(text, &w, e + 1, &cs, &m, NULL)) &&
        !(len == 1 && tok_in_set(text, &w.v[e + 1], &mw->modals)))
        e++;
    /* the subject of an allocation after a source: "The 3bn were divided
       among four ministries" after a programme's heading */
    int sc;
    if (e < w.n && tok_in_set(text, &w.v[e], &mw->after) && (s->frame_ctx & 1) &&
        cue_at(text, &w, e, &cs, &m, &sc) && sc == 3) {
        c.a = e, c.b = e + 1, c.modality = m;
        take(out, text, &w, &c, 0, "allocation after the figure");
        return 0;
    }
    if (e < w.n && tok_in_set(text, &w.v[e], &mw->after) &&
        (len = cue_at(text, &w, e, &cs, &m, NULL))) {
        c.a = e, c.b = e + len, c.modality = m;
        int neg = negated_at(text, &w, c.a, c.b, mw);
        take(out, text, &w, &c, neg, "after the figure");
        annot_cue ac = {.a = c.a, .b = c.b, .modality = c.modality};
        if (!neg && modal_led(text, &w, &ac, mw) && rate_head(text, &w, fi)) {
            set_modality(out->modality, sizeof out->modality, "hypothetical");
            out->rule = "after a rate";
        } else if (!neg && past_necessity(text, &w, c.a, c.b, li, &cs)) {
            set_modality(out->modality, sizeof out->modality, "actual");
            out->rule = "a past necessity in the narrative";
        } else if (neg && len == 1)
            set_modality(out->modality, sizeof out->modality, "hypothetical");
        else if (!neg)
            estimate_frame(text, s, fi, e, out);
        return 0;
    }
    /* 1a. a relative clause on the figure's noun whose own verb asks,
     * promises or plans: "50,000 tons that the government requested from
     * Y", "20,000 tons it hoped to buy" (it overrides a cue before the
     * figure: the relative clause says whose wish the figure is) */
    if (relative_cue(text, &w, li, e, &cs, mw, &c)) {
        take(out, text, &w, &c, 0, "relative clause after the figure");
        return 0;
    }
    /* 1b. a participle or an adjective of obligation after a comma:
     * "4.2 million roubles, payable over five years" */
    if (apposed_cue(text, &w, fi, e, &cs, &c)) {
        take(out, text, &w, &c, 0, "after the figure's comma");
        return 0;
    }
    /* 1c. a figure inside a subject that an apposition or a phrase
     * between commas parts from its verb: "Convoys of 50 trucks, each
     * carrying 8 tons, were to leave" */
    if (subject_cue(text, s, fi, e, &cs, mw, &c)) {
        take(out, text, &w, &c, 0, "after the subject");
        return 0;
    }
    /* 3. the nearest cue before the figure, within its clause chain */
    /* the cues before the figure; one that runs into the figure ends the search */
    size_t a = 0, b = s->ncues;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (s->cues[mid].a < fi)
            a = mid + 1;
        else
            b = mid;
    }
    if (a > 0 && s->cues[a - 1].b > fi)
        a--;
    long k = a > 0 ? s->cues[a - 1].last : -1;
    const long k0 = k;   /* the nearest cue, before a verb governs it */
    int hyp = 0;
    /* a verb of estimating, promising or asking before a that-clause
       governs the cues inside it (governs()) */
    int gov = 0;
    for (long j = k - 1; k >= 0 && j >= 0; j--)
        if (governs(text, &w, &s->cues[j], &s->cues[k], mw)) {
            k = j;
            gov = 1;
            break;
        }
    /* what a speaker said would happen by a given year is a plan, not an
       estimate: "told the assembly that the line would carry 700 wagons a
       day by the spring of 1948" */
    if (gov && s->cues[k].clause && deadline_after(text, &w, li + 1)) {
        k = a > 0 ? s->cues[a - 1].last : -1;
        gov = 0;
    }
    /* what a minister told of his own government's giving is a promise */
    int promise = gov && s->cues[k].clause && promise_told(text, &w, &s->cues[k], fi, mw);
    /* a clause opened by "if" or "unless" at the head of the sentence makes
       the modal verb of the main clause after it a condition's outcome:
       "If the trucks arrive, the columns will lift 3,000 tons" */
    if (k >= 0 && modal_led(text, &w, &s->cues[k], mw) && !s->cues[k].neg &&
        (conditional_head(text, s, s->cues[k].a) || rate_head(text, &w, s->cues[k].a)))
        hyp = 1;
    /* an estimate of a condition's outcome: "estimated that if the ration
       were cut, the need would fall to 80 tons" */
    if (gov && !promise && k0 >= 0 && modal_led(text, &w, &s->cues[k0], mw) &&
        !s->cues[k0].neg && that_if_head(text, &w, &s->cues[k], s->cues[k0].a))
        hyp = 1;
    /* a thing done between the cue and the figure reports what happened:
       "of the 60 promised, Marrow delivered 22" */
    if (k >= 0 && done_between(text, &w, s->cues[k].b - 1, fi, mw))
        k = -1;
    /* a plan's or a condition's cue does not reach past ", so that" into
       the result it brought: "could move 400 tons, so that the ten moved
       4,000"; an estimate or a request governs it still */
    if (k >= 0 && !gov && (strcmp(s->cues[k].modality, "planned") == 0 ||
                           strcmp(s->cues[k].modality, "hypothetical") == 0) &&
        result_between(text, &w, s->cues[k].b, fi))
        k = -1;
    /* "ordered 48 guns ... at £7,800 a gun": the order was placed */
    if (k >= 0 && !gov && order_placed(text, &w, s->cues[k].a, s->cues[k].b, mw))
        k = -1;
    /* an attributive participle qualifies its own phrase only: "the
       promised total, and they owed 96 million" */
    if (k >= 0 && !gov && attributive_closed(text, &w, s->cues[k].a, s->cues[k].b, fi, mw) &&
        !(strcmp(s->cues[k].modality, "estimated") == 0 &&
          parenthetical_report(text, &w, s->cues[k].a, s->cues[k].b)))
        k = -1;
    /* a condition or a thing not done stays in its own clause: "The yards
       could not keep pace: they launched 14 ships" */
    if (k >= 0 && (s->cues[k].neg || strcmp(s->cues[k].modality, "hypothetical") == 0) &&
        !hyp && clause_closed(text, &w, s->cues[k].b, fi))
        k = -1;
    /* a plan noun that names the plan of an earlier figure stays in its
       phrase: "half its target, and in 1973 about 19,000" */
    if (k >= 0 && !gov && plan_noun_closed(text, &w, &s->cues[k], fi, mw))
        k = -1;
    /* a relative clause between commas keeps its cue: "the guns, which
       could fire inland, had 420 rounds each" */
    if (k >= 0 && !gov && relative_closed(text, &w, s->cues[k].a, fi, mw))
        k = -1;
    /* past a semicolon or colon, a figure that did a thing is actual:
       "estimated that ... would need 2,000; fewer than 600 had finished" */
    if (k >= 0 && (done_after(text, &w, e, mw) || done_at(text, &w, li, e, mw)) &&
        clause_closed(text, &w, s->cues[k].b, fi))
        k = -1;
    /* the cue of the opening "Of the N that were to be trained," frame
       qualifies that N only: "..., 84 had qualified" is actual */
    if (k >= 0 && !gov && of_frame_closed(text, s, s->cues[k].b, fi))
        k = -1;
    if (k >= 0) {
        const annot_cue *bc = &s->cues[k];
        cue best = {bc->a, bc->b, bc->modality};
        take(out, text, &w, &best, bc->neg, "before the figure");
        if (promise) {
            set_modality(out->modality, sizeof out->modality, "promised");
            out->rule = "a promise of the speaker's government";
        } else if (hyp) {
            set_modality(out->modality, sizeof out->modality, "hypothetical");
            out->rule = "after a condition";
        } else if (bc->neg && best.b - best.a == 1 && tok_in_set(text, &w.v[best.a], &mw->modals))
            set_modality(out->modality, sizeof out->modality, "hypothetical");
        else if (!bc->neg)
            estimate_frame(text, s, fi, bc->a, out);
        if (!gov && !bc->neg && !hyp && past_necessity(text, &w, bc->a, bc->b, li, &cs)) {
            set_modality(out->modality, sizeof out->modality, "actual");
            out->rule = "a past necessity in the narrative";
        }
        if (!gov && !bc->neg && norm_of_each(text, &w, bc) &&
            strcmp(out->modality, "requested") == 0) {
            set_modality(out->modality, sizeof out->modality, "planned");
            out->rule = "a norm for each";
        }
        if (!gov && !hyp && strcmp(out->modality, "planned") == 0 &&
            ability_at(text, s, bc, fi, &cs, mw)) {
            set_modality(out->modality, sizeof out->modality, "actual");
            out->rule = "a modal of ability in the narrative";
        }
    }
    /* "the loan was worth 1.8bn florins": a pledge's sum */
    if (k < 0 && (annot_modality_frame(text, s, lex, mw) & 32) &&
        pledge_worth(text, &w, fi, &cs, mw, &c)) {
        take(out, text, &w, &c, 0, "the worth of a pledge");
        return 0;
    }
    /* "... up to 150 km only if the depots are full": a condition */
    if (only_if_after(text, &w, li)) {
        set_modality(out->modality, sizeof out->modality, "hypothetical");
        out->rule = "before a condition";
    }
    return 0;
}
