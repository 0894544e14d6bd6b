/*
 * relate_back.c - looking up a figure stated earlier in the document: the
 * whole of "60 per cent of the promised total", the base of "22 per cent
 * more than the estimate" or of "twice what the road carried".  The
 * candidates are earlier figures comparable with the stated one (same
 * unit, or both people, both aircraft); each is scored by the content
 * words its clause shares with the cue and with the stated figure's clause
 * (the stated figure's own noun and unit left out); the best is trusted
 * when it shares a word with the cue itself or is the only candidate.  A
 * plan or promise named in the cue (the "modality" lexicon table) rules
 * out actual figures; a cue naming a quantity of a plan ("the number the
 * plan had foreseen") takes the one candidate stated as planned even when
 * no word is shared.  A cue word of scope "need" in that table ("needed")
 * names no plan.  A sibling of the stated figure in its own clause
 * ("another 4,400 went to the army, and 3,600, 7 per cent of the
 * collection") scores by the cue's words only.  Nothing here makes a
 * relation: the rules of relate_share.c ask.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "relate_int.h"

/* 1 when offset i lies inside the number of a figure of sentence si. */
static int in_figure(const ctx *c, size_t si, size_t i)
{
    size_t lo, hi;
    rel_sent_range(c, si, &lo, &hi);
    for (size_t j = lo; j < hi; j++)
        if (i >= c->f->v[j].tstart && i < c->f->v[j].tend)
            return 1;
    return 0;
}

/* Add the content words of t[a..b) (sentence si) to ws: words of four
 * letters or more, not numbers, not grammar words. */
static void words_of(const ctx *c, size_t si, size_t a, size_t b, wordset *ws)
{
    static const char *const stop[] = {
        "that", "this", "these", "those", "which", "what", "whom", "whose", "with", "from",
        "into", "onto", "than", "then", "them", "they", "their", "there", "here", "were",
        "been", "being", "have", "having", "would", "could", "should", "shall", "will", "only",
        "some", "about", "more", "less", "most", "least", "also", "each", "every", "other",
        "such", "over", "under", "after", "before", "while", "when", "where", "ever", "never",
        "still", "even", "much", "many", "very", "just", "almost", "nearly", "roughly",
        "around", "cent", "percent", "said", "says", "time", "total", "whole", "both", "either",
        "neither", "again", "against", "through", "within", "without", "upon", "because",
        "thus", "therefore", "hence", NULL};
    for (size_t i = a; i < b && ws->n < WS_MAX;) {
        if (!isalpha((unsigned char)c->t[i])) {
            i++;
            continue;
        }
        char w[48];
        size_t e = rel_word_at(c->t, i, b, w, sizeof w);
        size_t len = strlen(w);
        int keep = len >= 4 && !in_figure(c, si, i);
        for (size_t q = 0; keep && stop[q]; q++)
            keep = strcmp(w, stop[q]) != 0;
        if (keep)
            snprintf(ws->w[ws->n++], 24, "%.23s", w);
        const char *kin = keep && c->lex && ws->n < WS_MAX
                              ? tally_lexicon_get(c->lex, "kin", w, "kin") : NULL;
        if (kin && *kin)   /* "killed" also counts as "~death" (kin lexicon table) */
            snprintf(ws->w[ws->n++], 24, "~%.22s", kin);
        i = e > i ? e : i + 1;
    }
}

/* Two words match when they share their first five letters (all of the
 * shorter when it has four): "delivered" and "deliver", "ship" and
 * "shipped", but not "rails" and "railway". */
static int wmatch(const char *x, const char *y)
{
    if (x[0] == '~' || y[0] == '~')   /* a family of the kin table: by name */
        return strcmp(x, y) == 0;
    size_t lx = strlen(x), ly = strlen(y), m = lx < ly ? lx : ly;
    if (m < 4)
        return 0;
    return strncmp(x, y, m < 5 ? m : 5) == 0;
}

/* 1 when word x matches some word of w. */
static int wmatch_any(const char *x, const wordset *w)
{
    for (size_t j = 0; j < w->n; j++)
        if (wmatch(x, w->w[j]))
            return 1;
    return 0;
}

/* How many words of q match some word of w; the forms of one word count
 * once ("division" and "divisions" in the query are one word). */
static int wscore(const wordset *q, const wordset *w)
{
    int n = 0;
    for (size_t i = 0; i < q->n; i++) {
        int hit = 0;
        for (size_t k = 0; k < i && !hit; k++)
            hit = strcmp(q->w[k], q->w[i]) == 0 || wmatch(q->w[k], q->w[i]);
        if (hit)
            continue;
        if (q->w[i][0] == '~' && i > 0 && q->w[i - 1][0] != '~' &&
            wmatch_any(q->w[i - 1], w))
            continue;   /* its own word matched already: the family counts once */
        for (size_t j = 0; j < w->n; j++)
            if (wmatch(q->w[i], w->w[j])) {
                n++;
                break;
            }
    }
    return n;
}

/* 1 when the byte at i ends a clause: ; : ( ) and a comma followed by a
 * space (not the comma of "12,000"). */
static int clause_mark(const char *t, size_t i, size_t end)
{
    char ch = t[i];
    if (ch == ';' || ch == ':' || ch == '(' || ch == ')')
        return 1;
    return ch == ',' && (i + 1 >= end || isspace((unsigned char)t[i + 1]));
}

/* The clause of fact j: back to the previous clause mark or "and" (or the
 * sentence start), forward to the next one (or the sentence end). */
static void clause_of(const ctx *c, size_t j, size_t *a, size_t *b)
{
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t x = f->tstart, y = f->tend;
    while (x > s->start && !clause_mark(c->t, x - 1, s->end) &&
           !(x >= s->start + 4 && rel_phrase_at(c->t, x - 4, s->end, "and ")))
        x--;
    while (y < s->end && !clause_mark(c->t, y, s->end) && !rel_phrase_at(c->t, y, s->end, " and"))
        y++;
    *a = x;
    *b = y;
}

/* Words up to the next clause mark after offset a (the cue's own words:
 * "the promised total", "what the road had carried"). */
static void cue_words(const ctx *c, size_t si, size_t a, wordset *ws)
{
    const tally_sentence *s = &c->seg->sents[si];
    size_t b = a;   /* a decimal point ("24.4 million") ends no cue */
    while (b < s->end && !clause_mark(c->t, b, s->end) &&
           !(c->t[b] == '.' && !(b > a && isdigit((unsigned char)c->t[b - 1]) &&
                                 isdigit((unsigned char)c->t[b + 1]))))
        b++;
    words_of(c, si, a, b, ws);
}

static void stated_span(const ctx *c, size_t j, size_t *a, size_t *b);

/* The words of stated figure j's clause, back to the previous ; or : (or
 * the sentence start) and on to the next clause mark: what it is about. */
static void stated_words(const ctx *c, size_t j, wordset *ws)
{
    size_t x, y;
    stated_span(c, j, &x, &y);
    words_of(c, c->f->v[j].sent_index, x, y, ws);
}

/* The text t[*a..*b) stated_words() reads for figure j. */
static void stated_span(const ctx *c, size_t j, size_t *a, size_t *b)
{
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t x = f->tstart, y = f->tend;
    while (x > s->start && c->t[x - 1] != ';' && c->t[x - 1] != ':' && c->t[x - 1])
        x--;
    while (y < s->end && !clause_mark(c->t, y, s->end))
        y++;
    *a = x;
    *b = y;
}


/* Drop from ws the words matching a word of s. */
static void drop_words(wordset *ws, const char *s)
{
    while (s && *s) {
        while (*s && !isalpha((unsigned char)*s))
            s++;
        char w[24];
        size_t k = 0;
        while (*s && (isalpha((unsigned char)*s) || *s == '-')) {
            if (k + 1 < sizeof w)
                w[k++] = (char)tolower((unsigned char)*s);
            s++;
        }
        w[k] = '\0';
        if (k < 3)
            continue;
        size_t n = 0;
        int dropped = 0;   /* a word's family ("~capacity") goes with it */
        for (size_t i = 0; i < ws->n; i++) {
            int fam = ws->w[i][0] == '~';
            if (fam ? !dropped : !(dropped = wmatch(ws->w[i], w)))
                memmove(ws->w[n++], ws->w[i], 24);
        }
        ws->n = n;
    }
}

/* The query for a figure to look up: the cue's words from offset cue (in
 * the stated figure's sentence) and the stated figure j's clause. */
void rel_make_query(const ctx *c, size_t j, size_t cue, query *q)
{
    rel_make_query_in(c, j, c->f->v[j].sent_index, cue, q);
}

/* rel_make_query with the cue at offset cue of sentence si (not j's: "the
 * dead alone made up 6 per cent of the intake" asks for 48 killed). */
void rel_make_query_in(const ctx *c, size_t j, size_t si, size_t cue, query *q)
{
    memset(q, 0, sizeof *q);
    wordset cw = {.n = 0};
    cue_words(c, si, cue, &cw);
    for (size_t i = 0; i < cw.n && c->lex; i++) {
        const char *m = tally_lexicon_get(c->lex, "modality", cw.w[i], "modality");
        if (!m || strcmp(m, "actual") == 0)
            continue;
        /* "what it needed": a need (scope "need") may be a thing's actual norm */
        const char *sc = tally_lexicon_get(c->lex, "modality", cw.w[i], "scope");
        if (!(sc && strcmp(sc, "need") == 0))
            q->intended = 1;
    }
    q->w = cw;
    stated_words(c, j, &q->w);
    drop_words(&q->w, c->f->v[j].noun);
    drop_words(&q->w, c->fi[j].unit);
    q->cue = cw;
    drop_words(&q->cue, c->f->v[j].noun);
    drop_words(&q->cue, c->fi[j].unit);
}

/* Whether the best candidate of a look-up is good enough: it shares a
 * word with the cue itself, or it is the only candidate there is (and
 * shares a word with the stated clause). */
static int trusted(int score, int cue_score, int ncand)
{
    return score > 0 && (cue_score > 0 || ncand == 1);
}

/* 1 when fact j may be what query q looks up: not an actual figure when q
 * names a plan or a promise. */
static int may_be(const ctx *c, const query *q, size_t j)
{
    const char *m = c->f->v[j].modality;
    return !q->intended || !m || !*m || strcmp(m, "actual") != 0;
}

/* Units that name the same things under different nouns: a figure of
 * these categories may be compared with another of the same category
 * ("12,000 labourers" and "24,000 men"). */
int rel_comparable(const finfo *a, const finfo *b)
{
    static const char *const same_thing[] = {"personnel", "aircraft", NULL};
    if (rel_same_unit(a, b))
        return 1;
    if (!a->cat[0] || strcmp(a->cat, b->cat) != 0)
        return 0;
    for (size_t q = 0; same_thing[q]; q++)
        if (strcmp(a->cat, same_thing[q]) == 0)
            return 1;
    return 0;
}

/* The figure before fact index `before` comparable with fact `like` and
 * larger than `above`, whose clause the words q describe best (at least
 * one word in common); ties go to a figure whose clause has every word of
 * the cue, then to one that is no part of a breakdown, then to the
 * nearest.  NOPOS when none. */
/* 1 when facts a and b are figures of one relation found already, or one
 * restates the other (", or" between them in one sentence: "11,800 rounds
 * in five days, or 2,360 a day"): they cannot be a share's whole and part. */
static int related(const ctx *c, size_t a, size_t b)
{
    if (rel_together(c, a, b))
        return 1;
    /* "fired 11,800 rounds in five days, or 2,360 a day": a restatement */
    size_t x = a < b ? a : b, y = a < b ? b : a;
    if (c->f->v[x].sent_index != c->f->v[y].sent_index)
        return 0;
    for (size_t k = c->f->v[x].tend; k + 4 <= c->f->v[y].tstart; k++)
        if (rel_phrase_at(c->t, k, c->f->v[y].tstart, ", or"))
            return 1;
    return 0;
}

/* 1 when fact j stands inside quotation marks in its sentence (straight
 * or curly): someone's words ("claimed \"a thousand aircraft\""), not a
 * figure the writer states. */
static int quoted(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    if (f->sent_index >= c->seg->nsents)
        return 0;
    size_t a = c->seg->sents[f->sent_index].start;
    int straight = 0, open = 0;
    for (size_t k = a; k < f->tstart; k++) {
        unsigned char ch = (unsigned char)c->t[k];
        if (ch == '"')
            straight ^= 1;
        else if (ch == 0xE2 && k + 2 < f->tstart && (unsigned char)c->t[k + 1] == 0x80) {
            unsigned char d = (unsigned char)c->t[k + 2];
            open += d == 0x9C ? 1 : d == 0x9D && open > 0 ? -1 : 0;
        }
    }
    return straight || open > 0;
}

/* Where the words about candidate j end when j is the part of a share
 * found already that stands after it in its sentence ("2,100 prisoners or
 * 18 per cent of those held"): the share's whole phrase names what j is a
 * part of, not j, so its words end at the share; else b. */
static size_t before_own_share(const ctx *c, size_t j, size_t b)
{
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        if (r->kind != TALLY_REL_FRACTION || r->stated != j || r->nparts < 1 ||
            r->parts[0].fact == TALLY_NO_FACT)
            continue;
        const tally_fact *q = &c->f->v[r->parts[0].fact];
        if (q->sent_index == c->f->v[j].sent_index && q->tstart > c->f->v[j].tend &&
            q->tstart < b)
            return q->tstart;
    }
    return b;
}

/* 1 when finfo a counts places for persons ("126,000 places", "beds";
 * the kin lexicon table's family "capacity") and b counts persons: a
 * share of "the population" or of "those who came" may be said of places. */
static int places_for(const ctx *c, const finfo *a, const finfo *b)
{
    if (strcmp(b->cat, "personnel") != 0 || !a->unit[0] || !c->lex)
        return 0;
    const char *k = tally_lexicon_get(c->lex, "kin", a->unit, "kin");
    return k && strcmp(k, "capacity") == 0;
}

/* rel_comparable for a look-up: also places against persons, either way. */
static int look_comparable(const ctx *c, const finfo *a, const finfo *b)
{
    return rel_comparable(a, b) || places_for(c, a, b) || places_for(c, b, a);
}

/* 1 when the cue of q names a quantity a plan or promise qualifies ("the
 * number the plan had foreseen", "the ammunition promised"): its first
 * word is no word of a plan, a later one is.  A bare "the programme" or
 * "the promise" names a thing of its own, stated elsewhere. */
static int qualified_plan(const ctx *c, const query *q)
{
    if (!c->lex || q->cue.n < 2 || q->cue.w[0][0] == '~')
        return 0;
    const char *m = tally_lexicon_get(c->lex, "modality", q->cue.w[0], "modality");
    return !(m && *m && strcmp(m, "actual") != 0);
}

/* The earlier figure query q describes (relate_int.h); when none is
 * trusted, the one candidate stated as planned for a cue that names a
 * quantity of a plan (qualified_plan()). */
static size_t look_back_as(const ctx *c, size_t like, size_t before, const query *q,
                           double above, int persons);

/* The start of the clause before fact j's clause t[a..b) when that is a
 * short apposition of it ("the Ninth Army, some 90,000 men strong": the
 * army is what is counted), else a. */
static size_t noun_of_apposition(const ctx *c, size_t j, size_t a, size_t b)
{
    const tally_sentence *s = &c->seg->sents[c->f->v[j].sent_index];
    if (a <= s->start || c->t[a - 1] != ',' || rel_words_between(c->t, a, b, "") > 5)
        return a;
    size_t x = a - 1;
    while (x > s->start && !clause_mark(c->t, x - 1, s->end))
        x--;
    return x;
}


/* 1 when figure j is an item of a list that figure like closes after
 * "and" ("another 4,400 went to the army, and 3,600"): a sibling of like,
 * not what like is a part of. */
static int sibling(const ctx *c, size_t j, size_t like)
{
    for (size_t k = c->f->v[j].tend; k + 5 <= c->f->v[like].tstart; k++)
        if (rel_phrase_at(c->t, k, c->f->v[like].tstart, " and "))
            return 1;
    return 0;
}

size_t rel_look_back(const ctx *c, size_t like, size_t before, const query *q, double above)
{
    return look_back_as(c, like, before, q, above, 0);
}

/* rel_look_back for a whole of persons, whatever like's unit: "288 baths,
 * enough for some 80 per cent of the garrison" (one bath a man). */
size_t rel_persons_back(const ctx *c, size_t like, size_t before, const query *q, double above)
{
    return look_back_as(c, like, before, q, above, 1);
}

/* The total of the list whose first item j is, when the words q shares
 * with j's clause stand before j, as the subject of the whole list: "The
 * requirement is therefore 40.32 million rounds for the rifles and 18.14
 * million for the machine guns, some 58.5 million in all" is the 58.5
 * million for "a third of the requirement", while "58,000 men, 40,000
 * infantry and 18,000 gunners" gives the 40,000 for "the infantry".  The
 * total is a SUM found already, stated in j's sentence, comparable with
 * like and above `above`; else j. */
static size_t list_total(const ctx *c, size_t j, size_t like, const query *q, double above)
{
    if (j == NOPOS || !c->fi[j].part)
        return j;
    for (size_t k = 0; k < c->out->n; k++) {
        const tally_relation *r = &c->out->v[k];
        size_t T = r->stated, first = NOPOS;
        int has = 0;
        if (r->kind != TALLY_REL_SUM || r->products || T == TALLY_NO_FACT ||
            c->f->v[T].sent_index != c->f->v[j].sent_index)
            continue;
        for (size_t p = 0; p < r->nparts; p++) {
            size_t f = r->parts[p].fact;
            if (f == TALLY_NO_FACT)
                continue;
            has |= f == j;
            if (first == NOPOS || c->f->v[f].tstart < c->f->v[first].tstart)
                first = f;
        }
        if (!has || first != j || c->fi[T].share || !look_comparable(c, &c->fi[T], &c->fi[like]) ||
            !(c->f->v[T].value > above))
            continue;
        size_t a, b;
        clause_of(c, j, &a, &b);
        wordset w = {.n = 0};
        words_of(c, c->f->v[j].sent_index, a, c->f->v[j].tstart, &w);
        return wscore(&q->w, &w) > 0 ? T : j;
    }
    return j;
}

/* rel_look_back; with persons set, the candidates are counts of persons
 * (category "personnel") instead of figures comparable with like. */
static size_t look_back_as(const ctx *c, size_t like, size_t before, const query *q,
                           double above, int persons)
{
    int like_quoted = -1;   /* computed when a quoted candidate comes up */
    size_t best = NOPOS, planned = NOPOS, lone = NOPOS;
    int best_score = 0, best_part = 1, best_cue = 0, ncand = 0, nplanned = 0;
    size_t floor = before > REL_LOOK_BACK_MAX ? before - REL_LOOK_BACK_MAX : 0;
    size_t own_a, own_b;   /* the stated figure's own words: a sibling among them
                              ("another 4,400 went to the army, and 3,600") shares
                              them with it by standing there, not by being its whole */
    stated_span(c, like, &own_a, &own_b);
    for (size_t j = before; j-- > floor;) {
        const finfo *ji = &c->fi[j];
        double k = q->spans ? rel_span_factor(c, like, j) : 1;
        if (ji->share ||
            (persons ? strcmp(ji->cat, "personnel") != 0 || rel_is_rate(c, j)
                     : !look_comparable(c, ji, &c->fi[like])) ||
            !(k > 0) ||
            !(c->f->v[j].value * k > above) ||
            c->f->v[j].sent_index >= c->seg->nsents || !may_be(c, q, j) || related(c, j, like))
            continue;
        if (quoted(c, j)) {   /* a quoted claim is no whole of the writer's figure */
            if (like_quoted < 0)
                like_quoted = quoted(c, like);
            if (!like_quoted)
                continue;
        }
        ncand++;
        const char *m = c->f->v[j].modality;
        if (q->intended && m && *m && strcmp(m, "actual") != 0) {
            planned = j;   /* a figure stated as planned or promised */
            nplanned++;
        }
        size_t a, b;
        clause_of(c, j, &a, &b);
        if (persons)
            a = noun_of_apposition(c, j, a, b);
        wordset w = {.n = 0};
        words_of(c, c->f->v[j].sent_index, a, b, &w);
        int sc = wscore(&q->w, &w), cs = wscore(&q->cue, &w);
        size_t b2;
        if (sc > 0 && sc >= best_score && (b2 = before_own_share(c, j, b)) < b) {
            w.n = 0;   /* "2,100 or 18 per cent of those held" is not the held */
            words_of(c, c->f->v[j].sent_index, a, b2, &w);
            sc = wscore(&q->w, &w);
            cs = wscore(&q->cue, &w);
        }
        if (sc > 0)
            lone = j;   /* trusted if it is the only candidate */
        if (c->f->v[j].sent_index == c->f->v[like].sent_index && c->f->v[j].tstart >= own_a &&
            c->f->v[j].tstart < own_b && sibling(c, j, like))
            sc = cs;   /* a sibling in the stated clause: only the cue's words count */
        if (sc > best_score ||
            (sc == best_score && sc > 0 &&
             ((cs > best_cue && (size_t)cs == q->cue.n) ||
              (cs == best_cue && best_part && !ji->part)))) {
            best = j;   /* a tie goes to the figure whose clause has every word
                           of the cue ("of what the Air Ministry had promised":
                           "the Air Ministry promised Veluria 10,000 tons"), then
                           to one that is no part, then to the nearest */
            best_score = sc;
            best_part = ji->part;
            best_cue = cs;
        }
    }
    if (trusted(best_score, best_cue, ncand))
        return list_total(c, best, like, q, above);
    if (ncand == 1 && lone != NOPOS)
        return lone;   /* the one candidate, in the stated clause itself */
    /* "70 per cent of the number the plan had foreseen", "less than half
     * of the ammunition promised", the one candidate a figure the document
     * states as planned: the plan's, though its clause shares no word with
     * the cue */
    return ncand == 1 && nplanned == 1 && qualified_plan(c, q) ? planned : NOPOS;
}

/* For a list of parts (different units: "85 tanks and 36 fighters"): the
 * list of an earlier sentence that states figures of every one of their
 * units, best described by q; its figures of those units (not the sizes
 * of formations or rates it states: "four battalions of six mortars")
 * go to out[].
 * Returns how many (0 when none). */
size_t rel_look_back_list(const ctx *c, const size_t *parts, size_t np, const query *q,
                             double above, size_t *out, size_t cap)
{
    if (np == 0)
        return 0;
    size_t first = c->f->v[parts[0]].sent_index, best_n = 0;
    int best_score = 0, best_cue = 0, ncand = 0;
    size_t floor = first > REL_LOOK_BACK_MAX ? first - REL_LOOK_BACK_MAX : 0;   /* sentences */
    for (size_t si = first; si-- > floor;) {
        size_t lo, hi, got[TALLY_REL_MAXPARTS], n = 0;
        rel_sent_range(c, si, &lo, &hi);
        if (lo == hi)
            continue;
        int covered = 1;
        for (size_t k = 0; k < np && covered; k++) {
            covered = 0;
            for (size_t j = lo; j < hi && !covered; j++)
                covered = !c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[parts[k]]);
        }
        if (!covered)
            continue;
        double sum = 0;
        int ok = 1;
        for (size_t j = lo; j < hi && n < TALLY_REL_MAXPARTS && n < cap; j++) {
            int fits = 0;
            for (size_t k = 0; k < np && !fits; k++)
                fits = !c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[parts[k]]);
            for (size_t k = 0; k < c->nsizes && fits; k++)
                fits = c->sizes[k].fact != j;   /* "battalions of six mortars": a size */
            fits = fits && !rel_is_rate(c, j);
            if (fits) {
                got[n++] = j;
                sum += c->f->v[j].value;
                ok &= may_be(c, q, j);
            }
        }
        if (!ok || !(sum > above))
            continue;
        ncand++;
        wordset w = {.n = 0};
        words_of(c, si, c->seg->sents[si].start, c->seg->sents[si].end, &w);
        int sc = wscore(&q->w, &w);
        if (sc > best_score) {
            best_score = sc;
            best_cue = wscore(&q->cue, &w);
            best_n = n;
            memcpy(out, got, n * sizeof *got);
        }
    }
    return trusted(best_score, best_cue, ncand) ? best_n : 0;
}

/* 1 when fact j may stand for a whole in rel_total_back: same unit as
 * `like`, not a share, not a rate, in the body, exact or approximate. */
static int total_candidate(const ctx *c, size_t j, size_t like)
{
    const tally_fact *jf = &c->f->v[j];
    return !c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[like]) && !rel_is_rate(c, j) &&
           jf->section == TALLY_SECTION_BODY &&
           (jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX);
}

/* For a part named by a qualified partitive ("2,700 of the mines swept by
 * the end of 1948, 65 per cent of the total"): the nearest earlier figure
 * of its unit, larger, not itself a part, at most two sentences back
 * and in the part's paragraph or the one before (the total of the things
 * so qualified the text has just stated, at most REL_SENT_FACTS figures
 * back); NOPOS when the part is no such partitive or a figure of the unit
 * between them is larger. */
static size_t qualified_total(const ctx *c, size_t like, size_t before, double above)
{
    const tally_fact *lf = &c->f->v[like];
    const char *m = lf->mention, *of = m ? strstr(m, " of the ") : NULL;
    if (!of || lf->sent_index >= c->seg->nsents)
        return NOPOS;
    const tally_sentence *ls = &c->seg->sents[lf->sent_index];
    size_t e = lf->tend;
    int words = 0;   /* words of the qualifier after "N of the <noun>" */
    for (size_t k = e; k < ls->end && k < e + 200 && !clause_mark(c->t, k, ls->end) && c->t[k] != '.';
         k++)
        words += isalpha((unsigned char)c->t[k]) && !isalpha((unsigned char)c->t[k - 1]);
    if (words < 1)
        return NOPOS;
    for (size_t j = before, n = 0; j-- > 0 && n < REL_SENT_FACTS; n++) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index >= c->seg->nsents || jf->sent_index + 2 < lf->sent_index)
            return NOPOS;
        if (!total_candidate(c, j, like) || !(jf->value > above))
            continue;
        if (c->seg->sents[jf->sent_index].para + 1 < ls->para || c->fi[j].part)
            return NOPOS;
        return j;
    }
    return NOPOS;
}

/* The document's total of fact `like`'s unit for a bare "the total": the
 * largest figure before fact index `before` of the same unit, above
 * `above`, not a share, not a rate, not a bound ("up to"), in the body.
 * NOPOS when none, when two earlier figures tie for largest, or when the
 * part restates an earlier figure and the largest is no stated total of a
 * sum ("12 heavy and 20 light batteries ... the 12 heavy batteries, three
 * quarters of the total": the total of 12 and 20 is not stated). */
size_t rel_total_back(const ctx *c, size_t like, size_t before, double above)
{
    size_t near = qualified_total(c, like, before, above);
    if (near != NOPOS)
        return near;
    size_t best = NOPOS;
    int tie = 0, restated = 0;
    for (size_t j = before; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (c->fi[j].share || !rel_same_unit(&c->fi[j], &c->fi[like]) || rel_is_rate(c, j) ||
            jf->section != TALLY_SECTION_BODY ||
            (jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX))
            continue;
        if (jf->value == above)
            restated = 1;   /* "12 heavy and 20 light batteries ... the 12 heavy batteries" */
        if (!(jf->value > above))
            continue;
        if (best == NOPOS || jf->value > c->f->v[best].value) {
            best = j;
            tie = 0;
        } else if (jf->value == c->f->v[best].value) {
            tie = 1;
        }
    }
    if (tie || (restated && best != NOPOS && !rel_stated_by(c, TALLY_REL_SUM, best)))
        return NOPOS;   /* the part is one of the figures: their total is not stated */
    return best;
}

/* The figure a share's part named only in words (t[a..b): "the dead",
 * "iron and steel") stands for: the figure before fact q, in q's sentence
 * or the three sentences before it in its paragraph (or, when q's sentence
 * opens its paragraph, the paragraph before: a numbered memorandum's "2."
 * goes on from "1."), no share, whose
 * clause shares the most words with them (the kin lexicon table's
 * families count: "dead" and "killed"); NOPOS when none shares a word or
 * two tie. */
static size_t named_back(const ctx *c, size_t q, size_t a, size_t b, int prev_para)
{
    size_t si = c->f->v[q].sent_index;
    wordset nw = {.n = 0};
    words_of(c, si, a, b, &nw);
    if (!nw.n)
        return NOPOS;
    size_t best = NOPOS;
    int best_score = 0, tie = 0, para = c->seg->sents[si].para;
    if (prev_para || (si > 0 && c->seg->sents[si - 1].para + 1 == para))
        para--;   /* "2. Iron and steel made up ...": opening its paragraph */
    for (size_t j = q; j-- > 0;) {
        const tally_fact *f = &c->f->v[j];
        if (f->sent_index >= c->seg->nsents || f->sent_index + 3 < si ||
            c->seg->sents[f->sent_index].para < para)
            break;
        if (c->fi[j].share)
            continue;
        size_t x, y;
        clause_of(c, j, &x, &y);
        wordset w = {.n = 0};
        words_of(c, f->sent_index, x, y, &w);
        int sc = wscore(&nw, &w);
        if (sc > best_score) {
            best = j;
            best_score = sc;
            tie = 0;
        } else if (sc == best_score && sc > 0) {
            tie = 1;
        }
    }
    return tie ? NOPOS : best;
}

size_t rel_named_back(const ctx *c, size_t q, size_t a, size_t b)
{
    return named_back(c, q, a, b, 0);
}

/* rel_named_back for words that head a sentence before a colon ("Fur caps
 * are hardly better: the stock covers 65 per cent of the army"): a topic
 * the colon's clause goes on about, so the paragraph before is read too
 * (still the three sentences before at most: a list of stocks just
 * given). */
size_t rel_named_back_topic(const ctx *c, size_t q, size_t a, size_t b)
{
    return named_back(c, q, a, b, 1);
}

/* 1 when sentence si or one of the three before it in its paragraph
 * names the word h (at the start of a word, its first five letters or all
 * of it): "the programme" for "The whole came to 109,400 tons" after "the
 * largest building programme".  Sentence si is read within NAMES_NEAR
 * bytes of byte `at` (a figure of it), the others in their last
 * 2 x NAMES_NEAR bytes: a one-"sentence" file is not read whole each time. */
#define NAMES_NEAR 600
static int names_head(const ctx *c, size_t si, const char *h, size_t at)
{
    size_t n = strlen(h);
    n = n > 5 ? 5 : n;
    for (size_t s = si + 1; s-- > 0 && s + 4 > si;) {
        const tally_sentence *x = &c->seg->sents[s];
        if (x->para != c->seg->sents[si].para)
            break;
        size_t from = x->start, to = x->end;
        if (s == si) {
            from = at > from + NAMES_NEAR ? at - NAMES_NEAR : from;
            to = to > at + NAMES_NEAR ? at + NAMES_NEAR : to;
        } else if (to > from + 2 * NAMES_NEAR) {
            from = to - 2 * NAMES_NEAR;
        }
        for (size_t k = from; k + n <= to; k++)
            if (strncasecmp(c->t + k, h, n) == 0 &&
                (k == x->start || !isalpha((unsigned char)c->t[k - 1])))
                return 1;
    }
    return 0;
}

/* How far back rel_sole_back goes, in figures (a third of a look-up's). */
#define REL_SOLE_BACK_MAX (REL_LOOK_BACK_MAX / 3)

/* Rule 5s (round 333): the one figure a whole no word matched can be:
 * the earlier figures comparable with `like` (places for persons too),
 * above `above`, actual when like is (a plan is no whole of a count
 * done: round 333 found a false alarm when plans were let in), no share, rate, part of a sum or
 * quoted claim, none a figure of like's own relations; with head (the
 * whole's noun, "programme") only those whose sentence or one of the
 * three before in its paragraph names it; the REL_SOLE_BACK_MAX figures
 * before at most.  Returns the latest when they all have one value ("168,000"
 * stated twice), but not a SUM's total when the value is also stated
 * outside a breakdown (the plain statement vouches for it); NOPOS when
 * none or two values: a whole found far back must be unambiguous. */
size_t rel_sole_back(const ctx *c, size_t like, size_t before, const char *head, double above)
{
    size_t best = NOPOS;
    size_t floor = before > REL_SOLE_BACK_MAX ? before - REL_SOLE_BACK_MAX : 0;
    const char *lm = c->f->v[like].modality;
    int like_actual = !lm || !*lm || strcmp(lm, "actual") == 0;
    if (head && strlen(head) < 4)
        return NOPOS;
    size_t sent = NOPOS;
    int named = 0;
    for (size_t j = before; j-- > floor;) {
        const finfo *ji = &c->fi[j];
        const tally_fact *f = &c->f->v[j];
        const char *m = f->modality;
        if (ji->share || ji->part || !(f->value > above) || f->sent_index >= c->seg->nsents ||
            !look_comparable(c, ji, &c->fi[like]) ||
            (like_actual && m && *m && strcmp(m, "actual") != 0) ||
            c->seg->sents[f->sent_index].section != c->seg->sents[c->f->v[like].sent_index].section ||
            (best != NOPOS && c->f->v[best].value == f->value && !rel_stated_by(c, TALLY_REL_SUM, best)))
            continue;   /* the cheap tests first: a value seen needs no more */
        if (head && f->sent_index != sent) {
            sent = f->sent_index;   /* once a sentence */
            named = names_head(c, sent, head, f->tstart);
        }
        if ((head && !named) || rel_is_rate(c, j) || quoted(c, j) ||
            related(c, j, like))
            continue;
        if (best != NOPOS && c->f->v[best].value == f->value) {
            if (!rel_stated_by(c, TALLY_REL_SUM, j))
                best = j;   /* the same figure stated plainly before its breakdown */
            continue;
        }
        if (best != NOPOS)
            return NOPOS;   /* two values: ambiguous */
        best = j;
    }
    return best;
}

/* 1 when t[k..k+4) is a year of four digits standing alone ("1938"). */
static int year_word(const char *t, size_t k, size_t end)
{
    if (k + 4 > end || (k > 0 && isalnum((unsigned char)t[k - 1])) ||
        (k + 4 < end && isalnum((unsigned char)t[k + 4])))
        return 0;
    for (size_t i = k; i < k + 4; i++)
        if (!isdigit((unsigned char)t[i]))
            return 0;
    return (t[k] == '1' && t[k + 1] >= '7') || (t[k] == '2' && t[k + 1] == '0');
}

/* 1 when sentence si names the year y (four digits) as a word. */
static int sentence_names_year(const ctx *c, size_t si, const char *y)
{
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t k = s->start; k + 4 <= s->end; k++)
        if (c->t[k] == y[0] && memcmp(c->t + k, y, 4) == 0 && year_word(c->t, k, s->end))
            return 1;
    return 0;
}

/* Round 439: the subject figure j's clause names before j, lower-cased
 * into w (24 bytes): the first word of four letters or more after "the",
 * "its" or "their" (past possessives: "the colony's mills" -> "mills";
 * past figures: "the 1930s"), or a capitalised word that neither opens
 * the sentence nor follows a preposition ("In 1935 Germany built", not
 * "In May"); -1 when a pronoun comes first ("In 1934 it held": said of
 * what was named before), 0 when none is found. */
static int subject_of(const ctx *c, size_t j, char w[24])
{
    static const char *const det[] = {"the", "its", "their", NULL};
    static const char *const pron[] = {"it", "they", "he", "she", "we", "this", "these", NULL};
    static const char *const prep[] = {"in", "by", "on", "at", "of", "from", "until", "till",
                                       "to", "during", "after", "before", "since", "for", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t x, y, i, sstart = c->seg->sents[f->sent_index].start;
    stated_span(c, j, &x, &y);
    char wd[48], prev[48] = "";
    int after_det = 0;
    for (i = x; i < f->tstart;) {
        if (!rel_wch((unsigned char)c->t[i])) {
            i++;
            continue;
        }
        size_t e = rel_word_at(c->t, i, f->tstart, wd, sizeof wd);
        size_t len = strlen(wd);
        int cap = isupper((unsigned char)c->t[i]) && i > sstart;
        if (isalpha((unsigned char)wd[0]) && !in_figure(c, f->sent_index, i)) {
            int q, is_det = 0, is_pron = 0, is_prep = 0;
            for (q = 0; det[q]; q++)
                is_det |= strcmp(wd, det[q]) == 0;
            for (q = 0; pron[q]; q++)
                is_pron |= strcmp(wd, pron[q]) == 0;
            for (q = 0; prep[q]; q++)
                is_prep |= strcmp(prev, prep[q]) == 0;
            if (is_pron && !after_det)
                return -1;
            int poss = len > 2 && wd[len - 2] == '\'' && wd[len - 1] == 's';
            if (is_det)
                after_det = 1;
            else if ((after_det && len >= 4 && !poss) || (!after_det && cap && len >= 4 && !is_prep)) {
                snprintf(w, 24, "%.23s", wd);
                return 1;
            }
        }
        snprintf(prev, sizeof prev, "%s", wd);
        i = e > i ? e : i + 1;
    }
    return 0;
}

/* 1 when candidate level j is said of subject subj (its clause holds the
 * word); subj "-" (a pronoun) takes any; subj empty, j's clause names no
 * subject either. */
static int same_subject(const ctx *c, size_t j, const char *subj)
{
    char w[24];
    if (!strcmp(subj, "-"))
        return 1;
    if (!*subj)
        return subject_of(c, j, w) != 1;
    size_t x, y;
    stated_span(c, j, &x, &y);
    wordset ws = {.n = 0};
    words_of(c, c->f->v[j].sent_index, x, y, &ws);
    return wmatch_any(subj, &ws);
}

static size_t level_back(const ctx *c, size_t like, size_t before, size_t a, size_t b, int dir,
                         double v, int subj);

/* Round 430: the earlier level a difference is measured against when the
 * cue after its comparative names it but states no figure ("7,100 men,
 * 2,000 below their establishment", "8,900 hands, 3,000 more than in
 * 1931", "2,500 tons a month more than promised").  The cue t[a..b) names
 * a year ("in 1931": the candidate's sentence names it) or content words
 * (the candidate's clause shares one: "establishment", "promised").  The
 * candidates are the figures before fact `before`, REL_SOLE_BACK_MAX at
 * most (a cue's noun may take up a level of an earlier section): same unit (persons
 * with persons), a rate when like is one, no share, part or quoted claim,
 * above like when dir > 0 ("below", "fewer than"), below it when dir < 0.
 * The one value they have, else NOPOS: two readings are no check. */
size_t rel_level_back(const ctx *c, size_t like, size_t before, size_t a, size_t b, int dir)
{
    return level_back(c, like, before, a, b, dir, c->f->v[like].value, 1);
}

/* Round 436: rel_level_back with the bound the level is compared with
 * given (v: above it when dir > 0, below it when dir < 0, any when dir is
 * 0), like giving the unit only ("an increase of 320 huts on last year":
 * last year's level is below the new one, not below the 320). */
size_t rel_level_back_v(const ctx *c, size_t like, size_t before, size_t a, size_t b, int dir,
                        double v)
{
    return level_back(c, like, before, a, b, dir, v, 0);
}

/* The search of rel_level_back_v; with subj set (round 439) a level named
 * by its year only counts when said of like's subject (same_subject):
 * "In 1931 the mills employed 5,200 ... the docks employed 8,000, 1,500
 * more than in 1931" compares the docks with no figure stated. */
static size_t level_back(const ctx *c, size_t like, size_t before, size_t a, size_t b, int dir,
                         double v, int subj)
{
    char sw[24] = "";
    char year[5] = "";
    size_t k = a;
    while (k < b && !isalnum((unsigned char)c->t[k]))
        k++;
    if (k + 3 < b && strncasecmp(c->t + k, "in ", 3) == 0)
        k += 3;
    if (year_word(c->t, k, b))
        memcpy(year, c->t + k, 4);
    size_t lsi = c->f->v[like].sent_index;
    int sk = subj && *year ? subject_of(c, like, sw) : 1;
    if (sk < 0)
        snprintf(sw, sizeof sw, "-");   /* a pronoun: said of what came before */
    else if (sk == 0)
        sw[0] = '\0';   /* no subject named: the earlier level names none either */
    wordset cw = {.n = 0};
    if (!*year) {
        words_of(c, lsi, a, b, &cw);
        drop_words(&cw, c->f->v[like].noun);
        drop_words(&cw, c->fi[like].unit);
        if (!cw.n)
            return NOPOS;
    }
    size_t best = NOPOS, floor = before > REL_SOLE_BACK_MAX ? before - REL_SOLE_BACK_MAX : 0;
    int rate = rel_is_rate(c, like);
    for (size_t j = before; j-- > floor;) {
        const tally_fact *f = &c->f->v[j];
        const finfo *ji = &c->fi[j];
        if (f->sent_index >= c->seg->nsents)
            break;
        if (ji->share || ji->part || (dir > 0 && !(f->value > v)) ||
            (dir < 0 && !(f->value < v)) ||
            f->value <= 0 || !look_comparable(c, ji, &c->fi[like]) ||
            f->qual == TALLY_Q_AT_LEAST || f->qual == TALLY_Q_AT_MOST ||
            (best != NOPOS && c->f->v[best].value == f->value))
            continue;   /* the cheap tests first */
        if (rel_is_rate(c, j) != rate || quoted(c, j))
            continue;
        if (*year) {
            if (!sentence_names_year(c, f->sent_index, year))
                continue;
            if (subj && !same_subject(c, j, sw))
                continue;
        } else {
            size_t x, y;   /* "an establishment of 12,000 men each, some 216,000 men" */
            stated_span(c, j, &x, &y);
            wordset w = {.n = 0};
            words_of(c, f->sent_index, x, y, &w);
            if (wscore(&cw, &w) == 0)   /* its clause, back to a ; or : */
                continue;
        }
        if (best != NOPOS)
            return NOPOS;   /* two values: ambiguous */
        best = j;
    }
    return best;
}
