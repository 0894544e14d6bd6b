/*
 * relate_stock.c - stocks and flows: a stock stated at the start and at
 * the end of a span, and what was drawn from it in between ("the fort
 * began the day with 4,800 rounds and ended it with 4,200", the 600 fired
 * stated before).  Rules of the relate module (relate_int.h):
 *
 *  - rel_rule_stock (per sentence): a figure A after "with" whose clause
 *    says it began ("began", "begun", "started", "opened") and a later
 *    figure B of A's unit (or of none) in the same sentence after "with" whose clause
 *    says it ended ("ended", "finished", "closed"), B below A.  The flow D
 *    is the nearest figure of their unit between them, else before A in
 *    its paragraph or the two before (no rate, share or bound, not the
 *    part of a subset: "408 of them"), below A, with A - D within a tenth
 *    of B (an exact fit is taken first).  DIFFERENCE: B = A - D, so that a
 *    slip in the end stock is flagged.
 *  - rel_rule_balance (per sentence): a stock concluded with "therefore",
 *    "thus" or "accordingly" ("the fleet therefore numbered 175 ships")
 *    from its start, the largest loss and the largest gain stated since
 *    (see the rule's own comment).  SUM with the loss negative.
 *  - rel_rule_each_load (per sentence, round 379): the flow a fleet of
 *    carriers moves: "40 lorries, each loading 5 cubic metres and making
 *    two trips a day, ... 400 cubic metres a day" -> PRODUCT C x R (x K).
 *  - rel_rule_over_count (per sentence, round 398): an average per one of
 *    the things a total came in ("5,000 men in 20 trains, some 250 a
 *    train") -> PRODUCT (average).
 *  - rel_rule_more_after (per sentence, round 529): "N more" (fewer,
 *    less; not "more than") right after a level B, a comma between, is
 *    the rise from the level A stated before B ("by 1916 at 1,260
 *    million, 700 million more in a single year") -> DIFFERENCE N = B - A.
 *
 * The rules allocate nothing except through rel_add() and look back at
 * most STOCK_BACK figures and STOCK_CLAUSE bytes, so they stay linear in
 * the document.
 */
#include <math.h>
#include <string.h>

#include "relate_int.h"

/* How far A - D may be from the end stock B and still be read as its
 * arithmetic (a slip); farther off D is some other figure. */
#define STOCK_NEAR 0.10
/* How many bytes before a figure its verb of holding, loss or gain may
 * stand, and how many figures back the start of a balance may be. */
#define STOCK_CLAUSE 160
#define STOCK_BACK 80
/* How many words before "with" the verb of beginning or ending may stand. */
#define STOCK_VERB_WORDS 6

static const char *const begin_verbs[] = {"began", "begun", "started", "opened", NULL};
static const char *const end_verbs[] = {"ended", "finished", "closed", NULL};

/* 1 when fact j stands right after "with" and one of verbs stands within
 * STOCK_VERB_WORDS words before it, after `from` (no clause mark between). */
static int stock_said(const ctx *c, size_t j, size_t from, const char *const *verbs)
{
    static const char *const with[] = {"with", NULL};
    size_t s = c->f->v[j].tstart;
    if (!rel_word_before_is(c, s, from, with))
        return 0;
    size_t a = s, k;
    for (k = 0; k < STOCK_VERB_WORDS + 1 && a > from; k++) {
        size_t b = rel_word_back(c, a, from);
        if (b >= a)
            break;
        a = b;
        if (a > from && strchr(";:.", c->t[a - 1]))
            break;
    }
    return rel_phrase_in(c->t, a, s, verbs);
}

/* 1 when fact k may be the flow drawn from stock A to B. */
static int stock_flow(const ctx *c, size_t k, size_t A, size_t B)
{
    const tally_fact *f = &c->f->v[k];
    if (k == A || k == B || c->fi[k].share || !rel_same_unit(&c->fi[k], &c->fi[A]))
        return 0;
    if (f->qual != TALLY_Q_EXACT && f->qual != TALLY_Q_APPROX)
        return 0;
    if (!(f->value > 0) || f->value >= c->f->v[A].value)
        return 0;
    return !rel_is_rate(c, k);
}

/* How well A - D makes B: 0 exact, else the relative gap, 2 when too far. */
static double stock_fit(const ctx *c, size_t A, size_t D, size_t B)
{
    double want = c->f->v[A].value - c->f->v[D].value, got = c->f->v[B].value;
    double gap = fabs(want - got) / got;
    return gap <= STOCK_NEAR ? gap : 2;
}

/* The flow between stocks A and B: between them first, then back from A
 * through its paragraph and the two before (at most STOCK_BACK figures);
 * NOPOS when none fits.  The part of a subset ("408 of them") is no flow;
 * that is asked last, of a figure that would fit better. */
static size_t stock_find_flow(const ctx *c, size_t A, size_t B)
{
    size_t best = NOPOS;
    double bestfit = 2;
    for (size_t k = A + 1; k < B; k++)
        if (stock_flow(c, k, A, B) && stock_fit(c, A, k, B) < bestfit && !rel_stated_by(c, TALLY_REL_SUBSET, k)) {
            best = k;
            bestfit = stock_fit(c, A, k, B);
        }
    if (best != NOPOS)
        return best;
    int para = c->seg->sents[c->f->v[A].sent_index].para;
    for (size_t n = 0, k = A; k-- > 0 && n < STOCK_BACK; n++) {
        size_t ks = c->f->v[k].sent_index;
        if (ks >= c->seg->nsents || c->seg->sents[ks].section != TALLY_SECTION_BODY)
            continue;
        if (c->seg->sents[ks].para + 2 < para)
            break;
        if (stock_flow(c, k, A, B)) {
            double fit = stock_fit(c, A, k, B);
            if (fit < bestfit && !rel_stated_by(c, TALLY_REL_SUBSET, k)) {
                best = k;
                bestfit = fit;
                if (fit == 0)
                    break;
            }
        }
    }
    return best;
}

/* "began the day with 4,800 rounds and ended it with 4,200": B = A - D. */
int rel_rule_stock(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t from = rel_sent_open(c, si);
    for (size_t A = lo; A < hi; A++) {
        if (c->fi[A].share || !c->fi[A].unit[0] || !stock_said(c, A, from, begin_verbs))
            continue;
        for (size_t B = A + 1; B < hi; B++) {
            if ((c->fi[B].unit[0] && !rel_same_unit(&c->fi[A], &c->fi[B])) ||
                !(c->f->v[B].value > 0) ||
                c->f->v[B].value >= c->f->v[A].value ||
                !stock_said(c, B, c->f->v[A].tend, end_verbs))
                continue;
            size_t D = stock_find_flow(c, A, B);
            if (D == NOPOS)
                break;
            tally_relation r;
            rel_init(&r, TALLY_REL_DIFFERENCE, B, "began with ... ended with");
            rel_part(c, &r, A);
            rel_part(c, &r, D);
            r.looked_back = D < A;
            if (rel_add(c, &r))
                return -1;
            break;
        }
    }
    return 0;
}

/* Words that hold a stock, mark a conclusion, and take from or add to it. */
static const char *const hold_verbs[] = {"numbered", "had", "stood at", "totalled", "totaled",
                                         "comprised", NULL};
static const char *const so_words[] = {"therefore", "thus", "accordingly", NULL};
static const char *const loss_verbs[] = {"lost", "sank", "sunk", "destroyed", "written off",
                                         "scrapped", "fired", "expended", "consumed", NULL};
static const char *const gain_verbs[] = {"built", "bought", "received", "delivered", "added",
                                         "acquired", "purchased", NULL};

/* Where the last of ws starts in t[a..b) on a word boundary, NOPOS none;
 * only the STOCK_CLAUSE bytes before b are read (a verb of holding, loss
 * or gain stands near its figure), so a run-on sentence stays linear. */
static size_t last_of(const ctx *c, size_t a, size_t b, const char *const *ws)
{
    if (b > a + STOCK_CLAUSE)
        a = b - STOCK_CLAUSE;
    for (size_t i = b; i-- > a;) {
        if (i > a && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        for (size_t q = 0; ws[q]; q++)
            if (rel_phrase_at(c->t, i, b, ws[q]))
                return i;
    }
    return NOPOS;
}

/* How fact k's clause says its figure moved the stock: -1 taken away (the
 * last verb of loss or gain before it in its sentence is one of loss; with
 * none before it, one right after it: "with 27 ships lost"), +1 added, 0
 * neither (a holding). */
static int flow_sign(const ctx *c, size_t k)
{
    const tally_fact *f = &c->f->v[k];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t a = rel_sent_open(c, f->sent_index);
    size_t l = last_of(c, a, f->tstart, loss_verbs), g = last_of(c, a, f->tstart, gain_verbs);
    if (l != NOPOS || g != NOPOS)
        return g == NOPOS || (l != NOPOS && l > g) ? -1 : 1;
    size_t e = f->tend, stop = k + 1 < c->f->n && c->f->v[k + 1].sent_index == f->sent_index
                                   ? c->f->v[k + 1].tstart
                                   : s->end;
    size_t mark = e + strcspn(c->t + e, ",;:()");   /* its clause only */
    if (mark < stop)
        stop = mark;
    if (rel_phrase_in(c->t, e, stop, loss_verbs))
        return -1;
    return rel_phrase_in(c->t, e, stop, gain_verbs) ? 1 : 0;
}

/* 1 when the sentence of fact k says one of ws before it. */
static int says_before(const ctx *c, size_t k, const char *const *ws)
{
    size_t a = rel_sent_open(c, c->f->v[k].sent_index);
    return last_of(c, a, c->f->v[k].tstart, ws) != NOPOS;
}

/* 1 when fact k may be a stock or a flow of E's: E's unit, a body figure,
 * exact or about, positive, no share or rate, not a part of a total. */
static int balance_term(const ctx *c, size_t k, size_t E)
{
    const tally_fact *f = &c->f->v[k];
    if (f->sent_index >= c->seg->nsents ||
        c->seg->sents[f->sent_index].section != TALLY_SECTION_BODY)
        return 0;
    if ((f->qual != TALLY_Q_EXACT && f->qual != TALLY_Q_APPROX) || !(f->value > 0))
        return 0;
    return !c->fi[k].share && !c->fi[k].part && rel_same_unit(&c->fi[k], &c->fi[E]) &&
           !rel_is_rate(c, k);
}

/* The hold verb of E's sentence before E (an index of hold_verbs), -1 none. */
static int balance_verb(const ctx *c, size_t E, size_t from)
{
    if (c->f->v[E].tstart > from + STOCK_CLAUSE)
        from = c->f->v[E].tstart - STOCK_CLAUSE;
    for (int v = 0; hold_verbs[v]; v++) {
        const char *const one[] = {hold_verbs[v], NULL};
        if (rel_phrase_in(c->t, from, c->f->v[E].tstart, one))
            return v;
    }
    return -1;
}

/* Rule: a stock concluded from its start and its flows: "On 1 May the fleet
 * therefore numbered 175 ships", after "the fleet numbered 212 ships",
 * "lost 87 ships" and "bought 50 ships".  E follows "therefore" / "thus" /
 * "accordingly" and a verb of holding in its sentence; the start S is the
 * earliest figure of E's unit looked back (STOCK_BACK figures) with the
 * same verb before it in its sentence and no verb of loss or gain
 * (flow_sign); between S and E the largest figure said to be lost L and the
 * largest said to be added G (not parts of a total); S - L + G within a
 * tenth of E -> SUM, L negative. */
int rel_rule_balance(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t from = rel_sent_open(c, si);
    const tally_sentence *s = &c->seg->sents[si];
    if (s->section != TALLY_SECTION_BODY || !rel_phrase_in(c->t, from, s->end, so_words))
        return 0;
    for (size_t E = lo; E < hi; E++) {
        int v;
        if (!c->fi[E].unit[0] || c->fi[E].share || c->f->v[E].qual != TALLY_Q_EXACT ||
            (v = balance_verb(c, E, from)) < 0)
            continue;
        const char *const one[] = {hold_verbs[v], NULL};
        size_t S = NOPOS, L = NOPOS, G = NOPOS;
        for (size_t n = 0, k = lo; k-- > 0 && n < STOCK_BACK; n++)
            if (balance_term(c, k, E) && says_before(c, k, one) && flow_sign(c, k) == 0)
                S = k;   /* the earliest such: the start of the span */
        for (size_t k = S == NOPOS ? lo : S + 1; k < lo; k++) {
            if (!balance_term(c, k, E))
                continue;
            int sign = flow_sign(c, k);
            if (sign < 0 && (L == NOPOS || c->f->v[k].value > c->f->v[L].value))
                L = k;
            else if (sign > 0 && (G == NOPOS || c->f->v[k].value > c->f->v[G].value))
                G = k;
        }
        if (S == NOPOS || L == NOPOS)
            continue;
        double want = c->f->v[S].value - c->f->v[L].value + (G != NOPOS ? c->f->v[G].value : 0);
        double got = c->f->v[E].value;
        if (!(c->f->v[L].value < c->f->v[S].value) || fabs(want - got) > STOCK_NEAR * got)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, E, "therefore, start - lost + added");
        rel_part(c, &r, S);
        rel_part(c, &r, L);
        r.parts[r.nparts - 1].negative = 1;
        if (G != NOPOS)
            rel_part(c, &r, G);
        r.looked_back = 1;
        int ps = c->fi[S].part, pl = c->fi[L].part, pg = G != NOPOS ? c->fi[G].part : 0;
        if (rel_add(c, &r))
            return -1;
        c->fi[S].part = ps;   /* stocks and flows are no items of a list: */
        c->fi[L].part = pl;   /* "34 of the 87 lost" may still take them */
        if (G != NOPOS)
            c->fi[G].part = pg;
    }
    return 0;
}

/* The nouns of a count of round trips a carrier makes in a period ("two
 * trips a day", "three runs", "four sorties"): the factor of its load. */
static const char *const trip_nouns[] = {"trip", "trips", "run", "runs", "journey", "journeys",
                                         "turn", "turns", "round", "rounds", "rotation",
                                         "rotations", "shuttle", "shuttles", "sortie",
                                         "sorties", "lift", "lifts", "shift", "shifts", NULL};

/* 1 when the word right after fact j's number is one of trip_nouns. */
static int trips_noun(const ctx *c, size_t j)
{
    size_t send = c->seg->sents[c->f->v[j].sent_index].end;
    return rel_word_within(c, c->f->v[j].tend, send, 1, trip_nouns);
}

/* 1 when count C and load R read "C lorries, each loading R": a comma,
 * then "each" and at most two more words before R, no other mark. */
static int each_load(const ctx *c, size_t C, size_t R)
{
    const finfo *ci = &c->fi[C], *ri = &c->fi[R];
    size_t a = c->f->v[C].tend, b = c->f->v[R].tstart;
    if (!ci->unit[0] || !ri->unit[0] || ci->share || ri->share || ci->used || ri->used ||
        rel_same_unit(ci, ri) || rel_is_rate(c, C))
        return 0;
    const char *comma = memchr(c->t + a, ',', b - a);
    int w = rel_words_between(c->t, a, b, ";:.()");
    if (!comma || w < 2 || w > 5 || memchr(comma + 1, ',', c->t + b - comma - 1))
        return 0;
    size_t e = (size_t)(comma - c->t) + 1;
    while (e < b && c->t[e] == ' ')
        e++;
    return rel_phrase_at(c->t, e, b, "each") && rel_words_between(c->t, e, b, "") <= 3;
}

/* Rule "each load" (per sentence): "a column of 40 lorries, each loading
 * 5 cubic metres and making two trips a day, so that the column moves 400
 * cubic metres a day": a count C, ", each" and a load R of another unit,
 * optionally "and" and a count K of trips (trip_nouns: runs, sorties,
 * shifts ...) within six words (R's noun, "and", a verb), no mark between, then the first later figure P of R's unit
 * in the sentence (at most sixteen words on, no ; : ( ) between), C x R (x
 * K) within half to twice P -> PRODUCT, so that a slip in P is flagged;
 * with no count of trips, not when P is one lot moved (rel_moved_lot). */
int rel_rule_each_load(ctx *c, size_t si, size_t lo, size_t hi)
{
    (void)si;
    for (size_t C = lo; C + 2 < hi; C++) {
        size_t R = C + 1;
        if (!each_load(c, C, R))
            continue;
        size_t K = R + 1, last = R;
        static const char *const and_[] = {"and", NULL};
        if (K < hi && !c->fi[K].used && !c->fi[K].share && trips_noun(c, K) &&
            rel_phrase_in(c->t, c->f->v[R].tend, c->f->v[K].tstart, and_) &&
            rel_words_between(c->t, c->f->v[R].tend, c->f->v[K].tstart, ",;:.()") >= 0 &&
            rel_words_between(c->t, c->f->v[R].tend, c->f->v[K].tstart, "") <= 6)
            last = K;
        size_t P = last + 1;
        if (P >= hi || !rel_same_unit(&c->fi[P], &c->fi[R]) || c->fi[P].share ||
            c->fi[P].used || rel_words_between(c->t, c->f->v[last].tend, c->f->v[P].tstart,
                                               ";:()") < 0 ||
            rel_words_between(c->t, c->f->v[last].tend, c->f->v[P].tstart, "") > 16)
            continue;
        double prod = c->f->v[C].value * c->f->v[R].value *
                      (last == K ? c->f->v[K].value : 1.0);
        double p = c->f->v[P].value;
        if (!(prod >= 0.5 * p && prod <= 2 * p) || (last != K && rel_moved_lot(c, P)))
            continue;   /* "Twelve barges, each of 200 tons, took a cargo of 1,800
                           tons": one lot, no multiple of their size */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, P, "each ... load");
        rel_part(c, &r, C);
        rel_part(c, &r, R);
        if (last == K)
            rel_part(c, &r, K);
        c->fi[C].used = c->fi[R].used = c->fi[P].used = 1;
        if (last == K)
            c->fi[K].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* 1 when fact j is said to be added: "twelve more units", "400 extra
 * men", "another 300", "a further 80". */
static int added_said(const ctx *c, size_t j)
{
    static const char *const after[] = {"more", "additional", "extra", "further", NULL};
    static const char *const before[] = {"another", "further", "additional", "extra", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t s = c->seg->sents[f->sent_index].start;
    return rel_word_within(c, f->tend, c->seg->sents[f->sent_index].end, 1, after) ||
           rel_word_before_is(c, f->tstart, s, before);
}

/* The figure N said to be added (added_said) of B's unit (or both
 * persons: "400 more riflemen ... 1,600 men") in the one or
 * two sentences of B's paragraph before B's sentence, with A + N = B
 * exactly; NOPOS when there is none or more than one. */
static size_t added_before(const ctx *c, size_t A, size_t B)
{
    const tally_fact *fb = &c->f->v[B];
    int para = c->seg->sents[fb->sent_index].para;
    size_t found = NOPOS;
    for (size_t j = A, n = 0; j-- > 0 && n < STOCK_BACK; n++) {
        const tally_fact *f = &c->f->v[j];
        if (f->sent_index == fb->sent_index)
            continue;
        if (f->sent_index + 2 < fb->sent_index || c->seg->sents[f->sent_index].para != para)
            break;
        if (c->fi[j].used || c->fi[j].share || rel_is_rate(c, j) ||
            !(rel_same_unit(&c->fi[j], &c->fi[B]) ||
              (strcmp(c->fi[j].cat, "personnel") == 0 &&
               strcmp(c->fi[B].cat, "personnel") == 0)) ||
            !added_said(c, j) ||
            f->value + c->f->v[A].value != fb->value)
            continue;
        if (found != NOPOS)
            return NOPOS;
        found = j;
    }
    return found;
}

/* rel_rule_more_rose (per sentence, round 389): "asked for twelve more
 * units ... the units rose from 24 to 36": a level rising "from A to B"
 * and, in the one or two sentences before in its paragraph, a figure N
 * of its unit said to be added, A + N = B exactly -> SUM (B over A, N).
 * Only an exact fit: the addition is not stated as such, so a gap is no
 * slip of the text. */
int rel_rule_more_rose(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const from[] = {"from", NULL};
    static const char *const to[] = {"to", NULL};
    size_t s = c->seg->sents[si].start;
    for (size_t A = lo; A + 1 < hi; A++) {
        size_t B = A + 1;
        const tally_fact *fa = &c->f->v[A], *fb = &c->f->v[B];
        if (fa->sent_index != si || fb->sent_index != si || !(fb->value > fa->value) ||
            c->fi[A].share || c->fi[B].share || !rel_same_unit(&c->fi[A], &c->fi[B]) ||
            !rel_word_before_is(c, fa->tstart, s, from) ||
            !rel_word_before_is(c, fb->tstart, fa->tend, to) ||
            rel_words_between(c->t, fa->tend, fb->tstart, ",;:()") < 1 ||
            rel_words_between(c->t, fa->tend, fb->tstart, ",;:()") > 3)
            continue;
        size_t N = added_before(c, A, B);
        if (N == NOPOS)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, B, "more");
        rel_part(c, &r, A);
        rel_part(c, &r, N);
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* How many words a count's noun may run to before "," and its average. */
#define OVER_WORDS 4
/* How many words (verb, "home by sea from ...") may stand between the
 * total and "in" its count. */
#define OVER_VERB_WORDS 8

/* 1 when word w (lower case) is the plural of singular s ("trains" of
 * "train", "batches" of "batch", "convoys" of "convoy"). */
static int plural_of(const char *w, const char *s)
{
    size_t n = strlen(s), m = strlen(w);
    if (n == 0 || m <= n || strncmp(w, s, n) != 0)
        return 0;
    return strcmp(w + n, "s") == 0 || strcmp(w + n, "es") == 0;
}

/* The offset right after the word that follows "a", "per" or "each"
 * within the first three words after fact Z (Z's noun, no mark between:
 * "820 men a sailing", "250 a train"), its singular copied to s; 0 when
 * there is none. */
static size_t per_thing(const ctx *c, size_t Z, size_t send, char *s, size_t cap)
{
    size_t e = c->f->v[Z].tend;
    char w[48];
    for (int nw = 0; nw < 3 && e < send; nw++) {
        while (e < send && c->t[e] == ' ')
            e++;
        size_t n = rel_word_at(c->t, e, send, w, sizeof w);
        if (n == e)
            return 0;
        e = n;
        if (strcmp(w, "a") == 0 || strcmp(w, "per") == 0 || strcmp(w, "each") == 0) {
            while (e < send && c->t[e] == ' ')
                e++;
            n = rel_word_at(c->t, e, send, s, cap);
            return n > e ? n : 0;
        }
    }
    return 0;
}

/* 1 when count K is written "in|over K <plural of s>", the count's noun
 * right after its number, and "in" or "over" right before it. */
static int over_count(const ctx *c, size_t K, size_t send, const char *s)
{
    static const char *const in[] = {"in", "over", NULL};
    const tally_fact *k = &c->f->v[K];
    char w[48];
    size_t e = k->tend;
    while (e < send && c->t[e] == ' ')
        e++;
    return rel_word_at(c->t, e, send, w, sizeof w) > e && plural_of(w, s) &&
           rel_word_before_is(c, k->tstart, c->seg->sents[k->sent_index].start, in);
}

/* 1 when the words between the comma after count K and fact Z (t[a..b))
 * only say Z is an average ("some", "about", "on average", "or"): a
 * figure after "the largest", "at the peak" or "never more than" is a
 * maximum, no average of the count (round 416). */
static int average_words(const ctx *c, size_t a, size_t b)
{
    static const char *const ok[] = {"some", "about", "around", "roughly", "approximately",
                                     "nearly", "almost", "or", "say", "an", "average", "of",
                                     "averaging", "on", "just", "over", "under", "that",
                                     "is", NULL};
    char w[48];
    for (size_t i = a; rel_next_word(c->t, &i, b, w, sizeof w);) {
        int known = 0;
        for (size_t k = 0; ok[k] && !known; k++)
            known = strcmp(w, ok[k]) == 0;
        if (!known)
            return 0;
    }
    return 1;
}

/* rel_rule_over_count (per sentence, round 398): "moved 5,000 men in 20
 * trains, some 250 a train", "7,400 men in nine sailings, about 820 men
 * a sailing": a total X, "in" / "over" a count K of things, then after a
 * comma (at most OVER_WORDS words on) a figure Z said per one of those
 * things ("a", "per" or "each" and the singular of K's noun), Z of X's
 * unit, bare, or persons of persons ("7,400 prisoners ... 820 men"),
 * no bound and nothing but words of an average between the comma and Z;
 * X / K within half to twice Z -> PRODUCT (average), so that a slip in
 * the average is flagged.  Only figures no rule has used. */
int rel_rule_over_count(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t send = c->seg->sents[si].end;
    for (size_t X = lo; X + 2 < hi; X++) {
        size_t K = X + 1, Z = X + 2;
        const tally_fact *fx = &c->f->v[X], *fk = &c->f->v[K], *fz = &c->f->v[Z];
        if (c->fi[X].used || c->fi[K].used || c->fi[Z].used || c->fi[X].share ||
            c->fi[K].share || c->fi[Z].share || !c->fi[X].unit[0] || rel_is_rate(c, X) ||
            !(fk->value >= 2) || !(fx->value > fk->value) || !(fz->value > 0))
            continue;
        /* Z bare ("some 250 a train") may carry K's unit, read from the
         * thing it is said of. */
        int persons = strcmp(c->fi[Z].cat, "personnel") == 0 &&
                      strcmp(c->fi[X].cat, "personnel") == 0;
        if (c->fi[Z].unit[0] && !rel_same_unit(&c->fi[Z], &c->fi[X]) &&
            !rel_same_unit(&c->fi[Z], &c->fi[K]) && !persons)
            continue;
        int wxk = rel_words_between(c->t, fx->tend, fk->tstart, ",;:()");
        int wkz = rel_words_between(c->t, fk->tend, fz->tstart, ";:()");
        const char *comma = memchr(c->t + fk->tend, ',', fz->tstart - fk->tend);
        if (wxk < 1 || wxk > OVER_VERB_WORDS || wkz < 1 || wkz > OVER_WORDS + 1 || !comma ||
            fz->qual == TALLY_Q_AT_LEAST || fz->qual == TALLY_Q_AT_MOST ||
            !average_words(c, (size_t)(comma - c->t) + 1, fz->tstart))
            continue;   /* "up to 3,000 a day", "the largest 3,000 a sailing": no average */
        char s[48];
        if (!per_thing(c, Z, send, s, sizeof s) || !over_count(c, K, send, s))
            continue;
        double q = fx->value / fk->value;
        if (!(q >= 0.5 * fz->value && q <= 2 * fz->value))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, X, "in N things, R a thing");
        r.average = 1;
        rel_part(c, &r, Z);
        rel_part(c, &r, K);
        c->fi[X].used = c->fi[K].used = c->fi[Z].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* The level before level B: the nearest figure of B's unit before it in
 * its sentence or the one before (same paragraph), no rate, share, bound
 * or range, below B; NOPOS when none or when a figure of another kind of
 * B's unit would be as near. */
static size_t level_before(const ctx *c, size_t B)
{
    const tally_fact *bf = &c->f->v[B];
    for (size_t j = B; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < bf->sent_index ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[bf->sent_index].para)
            return NOPOS;
        if (!rel_same_unit(&c->fi[j], &c->fi[B]) || c->fi[j].share || rel_is_rate(c, j))
            continue;
        if ((jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX) || !(jf->value < bf->value))
            return NOPOS;
        return j;
    }
    return NOPOS;
}

/* "by 1916 they stood at 1,260 million, 700 million more in a single
 * year": a figure N right after level B (a comma between, nothing else
 * but B's noun), followed by "more" (or "fewer", "less") and no "than":
 * the rise (fall) from the level A stated before B (level_before) ->
 * DIFFERENCE N = B - A.  A figure "more than" something names its own
 * base and is left to the other rules. */
int rel_rule_more_after(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const more[] = {"more", "fewer", "less", NULL};
    size_t send = c->seg->sents[si].end;
    for (size_t N = lo + 1; N < hi; N++) {
        size_t B = N - 1;
        const tally_fact *nf = &c->f->v[N];
        if (c->fi[N].used || c->fi[N].share || !rel_same_unit(&c->fi[N], &c->fi[B]) ||
            c->fi[B].share || rel_is_rate(c, B) || rel_is_rate(c, N) ||
            (nf->qual != TALLY_Q_EXACT && nf->qual != TALLY_Q_APPROX))
            continue;
        int w = rel_words_between(c->t, c->f->v[B].tend, nf->tstart, ";:()");
        int comma = 0;
        for (size_t k = c->f->v[B].tend; k < nf->tstart; k++)
            comma |= c->t[k] == ',';
        if (w < 0 || w > 1 || !comma)
            continue;
        size_t k = nf->tend, e = k;
        char x[24];
        if (!rel_next_word(c->t, &e, send, x, sizeof x))
            continue;
        if (!rel_word_is(x, more)) {   /* past N's own noun: "700 million ducats more" */
            k = e;
            if (!rel_next_word(c->t, &e, send, x, sizeof x) || !rel_word_is(x, more))
                continue;
        }
        char y[24];
        size_t f = e;
        if (rel_next_word(c->t, &f, send, y, sizeof y) && strcmp(y, "than") == 0)
            continue;   /* "1,200 more than the plan": its own base */
        size_t A = level_before(c, B);
        if (A == NOPOS || !(nf->value < c->f->v[B].value))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_DIFFERENCE, N, "more after a level");
        rel_part(c, &r, B);
        rel_part(c, &r, A);
        c->fi[N].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}
