/*
 * relate_far.c - products whose rate was stated earlier: a figure P of
 * money or a measure and, in P's sentence, a count C of things, where a
 * rate of P's unit said of ONE of those things was stated before P, in
 * P's sentence or sentences or paragraphs back ("$21 a tyre ... to buy
 * 20,000 tyres, $440,000"; "2.4 tons a sortie ... 984 sorties and some
 * 2,360 tons"; "$410 a mine ... some $2.4 million for the 4,870 mines")
 * -> PRODUCT (R x C), looked_back when R is in another sentence.
 *
 * Guards, since a product paired with the wrong rate reads as a false
 * inconsistency:
 *   - the rate is said per one thing right after its figure ("$21 a tyre",
 *     "2.4 tons a sortie", "83 schillings an outfit", "$21 each" of the
 *     count just before it in its sentence), never per a period ("a day",
 *     "a month": other rules, with the span, own those);
 *   - the thing is the count's unit; the rate taken is the NEAREST one of
 *     P's unit said of that thing: when it does not fit, no older one is
 *     tried;
 *   - no relation of any rule already states P, and P is no part of one;
 *   - among the counts of the thing in P's sentence the nearest to P that
 *     is no rate per a period ("984 sorties, an average of 24 a day, some
 *     2,360 tons": the 984), else the nearest;
 *   - a rate of P's unit said in P's own sentence of things it does not
 *     count ("the wages to $5.20 a shift, the bill to $11.9 million") is
 *     P's own: nothing is looked back for;
 *   - R x C must lie within half to twice P, else the rate is likely not
 *     the one meant and nothing is said;
 *   - a count said "to a" thing closing its clause ("nine vans to a
 *     company,") is a rate, never the count C;
 *   - no product when P is a bill of more than C counts ("income from all
 *     crops", rel_broader_bill) or R is of another written year;
 *   - no product when P, a measure, is one lot moved ("a cargo of 1,200
 *     tons", "900 tons took six hours", "in 12 trips"): a carrier's size
 *     is a capacity per load, and a lot is no multiple of it (round 433).
 *
 * Also capacities (rel_rule_capacity): a load R said of one carrier ("a /
 * each <carrier> held / carried / took [on average] R", "... R1 or R") and
 * a count P of carriers in R's sentence or the next; of several loads the
 * one whose unit P's clause names ("the letters ... filled 4,000 bags").
 * The load X carried: the nearest figure of R's unit before P in P's
 * sentence, else of the three sentences before R's in its paragraph the
 * one whose next words share most words with P's clause (a tie: none).
 * X / R within half to twice P -> PRODUCT (average: P = X / R, X stated).
 * "up to R" only bounds the load: nothing.
 *
 * Also rates of exchange stated elsewhere (rel_rule_xrate, round 370): a
 * sum restated at once in another currency ("£24m ..., worth about $97
 * million") converted at the one rate of that pair quoted in its sentence,
 * an earlier one or an endnote; an endnote's "At 4 crowns to the dollar
 * the grant was worth 9.6 million crowns" of the sum cited -> PRODUCT.
 *
 * Also rates of the subject (rel_rule_subject_rate): a sentence opening
 * "A / An / Each / Every <thing>" whose first figure R of its unit is
 * followed in the sentence by a figure P of R's unit and period ("A column
 * ... about 2,300 litres a day, and the 112 columns ... some 285,000
 * litres a day"); the count C of the thing is the one between R and P,
 * else, when the words between R and P name the thing again ("and all
 * the bakeries ..."), the nearest in R's paragraph before R; C no rate,
 * bound or part of another relation; R x C within half to twice P ->
 * PRODUCT.  A count in another paragraph is never taken.
 *
 * Also averages over a count stated earlier (rel_rule_far_average): a
 * figure Z said of one thing ("about 1,440 for each pit", "300 guilders a
 * place") apposed to the figure X of its unit right before it (", or
 * about"), no count of the thing in Z's sentence: the latest count C of
 * the thing (its unit, or a word of its noun: "24 deep tunnel shelters")
 * in X's paragraph or the two before, no rate, bound or figure a product
 * states; X / C within half to twice Z -> PRODUCT (average).  A load "at
 * R a <carrier>" (no money, no bound) is a capacity too.
 *
 * Also prices of goods counted earlier (rel_rule_far_named): a sum P whose
 * clause names goods ("the copper brought 1.3 million crowns") and, in
 * P's sentence or the one before, a price R of P's currency said of one
 * thing and paid "for" those goods ("42 crowns a ton for copper scrap");
 * no count of the thing in P's sentence.  The count C: of the NAMED_BACK
 * figures before R, the count of the thing whose next words name most of
 * R's goods ("31,000 tons were copper"; a tie: the latest), no rate, bound
 * or figure a product states; R x C within half to twice P -> PRODUCT.
 * P may be a part of a total ("..., 3.2 million in all").
 *
 * Also rates and counts both stated before the product (rel_rule_far_both):
 * P, no rate said of one thing; R the nearest figure of P's unit before P
 * in P's sentence or the one before, said of one thing ("$350 a mine", "A
 * generator costs ...") over P's period, at most two thirds of P; no
 * count of the thing in R's or P's sentence; the count C in R's paragraph
 * or the two before (as for averages), no part of a sum, the latest whose
 * own words share one with those between R and P, else the latest;
 * the words between R and P say P is of them all (the thing, "whole",
 * "all", "total", or a word of C's own: "the wheat harvest" for "hectares
 * of wheat"); R x C within half to twice P -> PRODUCT.  First, though,
 * the count of the sentence right before R's whose words share one (not
 * the thing's noun) with R's clause ("4,000 tons were bought from ...
 * The ... pipe was bought at $62 a ton"), a part of a sum or not, P
 * maybe an operand of another product; two such counts: nothing.  Every look-back is bounded in figures and bytes.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "relate_int.h"

/* How many figures back the rate is looked for (REL_LOOK_BACK_MAX bounds it). */
#define FAR_BACK 400
/* How many of the latest relations are searched for one holding P. */
#define CLAIM_BACK 48

/* The start of the next word from i (spaces skipped), or NOPOS at a mark
 * or the end. */
static size_t next_word(const ctx *c, size_t i, size_t end)
{
    while (i < end && c->t[i] == ' ')
        i++;
    return i < end && rel_wch((unsigned char)c->t[i]) ? i : NOPOS;
}

/* 1 when word w names the unit `unit` (its lexicon unit, or w itself, less
 * a plural "s"). */
static int names_unit(const ctx *c, const char *w, const char *unit)
{
    char u[48], cat[16];
    size_t n = strlen(w);
    if (!unit[0] || !n)
        return 0;
    if (rel_lookup_word(c->lex, w, u, cat) && strcmp(u, unit) == 0)
        return 1;
    if (strcmp(w, unit) == 0)
        return 1;
    return n > 1 && w[n - 1] == 's' && strlen(unit) == n - 1 && strncmp(w, unit, n - 1) == 0;
}

/* The unit of the one thing rate R is said of, into thing[48]: "a" / "an"
 * / "per" / "for each" / "for every" + a word right after R's figure (one
 * word of R's own unit may come between: "2.4 tons a sortie"), or "each" /
 * "apiece" there of the count before R in its sentence ("12,000 tyres a
 * year at $21 each").  0 when R is said of no one thing, or of a period. */
static int rate_thing(const ctx *c, size_t R, char thing[48])
{
    const tally_fact *f = &c->f->v[R];
    size_t si = f->sent_index, send = c->seg->sents[si].end;
    char w[48];
    size_t i = next_word(c, f->tend, send);
    for (int k = 0; k < 2 && i != NOPOS; k++) {
        size_t e = rel_word_at(c->t, i, send, w, sizeof w);
        if (strcmp(w, "for") == 0) {
            size_t j = next_word(c, e, send);
            if (j == NOPOS)
                return 0;
            e = rel_word_at(c->t, j, send, w, sizeof w);
            if (strcmp(w, "each") && strcmp(w, "every"))
                return 0;
            strcpy(w, "per");
        }
        if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0 || strcmp(w, "per") == 0 ||
            strcmp(w, "each") == 0 || strcmp(w, "every") == 0) {
            size_t j = next_word(c, e, send);
            char n[48];
            if (j != NOPOS) {
                size_t ne = rel_word_at(c->t, j, send, n, sizeof n);
                size_t x = next_word(c, ne, send);
                char w2[48];
                if (x != NOPOS) {
                    rel_word_at(c->t, x, send, w2, sizeof w2);
                    if (!strcmp(w2, "a") || !strcmp(w2, "an") || !strcmp(w2, "per") ||
                        !strcmp(w2, "each") || !strcmp(w2, "every"))
                        return 0;   /* "1,500 gulden a man a year": over a span */
                }
                char u[48], cat[16];
                if (!rel_lookup_word(c->lex, n, u, cat))
                    snprintf(u, sizeof u, "%s", n);
                snprintf(thing, 48, "%s", u);
                return 1;
            }
            if (strcmp(w, "each"))
                return 0;
        }
        if (strcmp(w, "each") == 0 || strcmp(w, "apiece") == 0) {
            size_t lo, hi;
            rel_sent_range(c, si, &lo, &hi);
            if (R == lo || c->fi[R - 1].share || !c->fi[R - 1].unit[0] ||
                rel_same_unit(&c->fi[R - 1], &c->fi[R]))
                return 0;
            snprintf(thing, 48, "%s", c->fi[R - 1].unit);
            return 1;
        }
        /* one word of R's own unit may stand between ("tons a sortie") */
        if (k > 0 || !names_unit(c, w, c->fi[R].unit))
            return 0;
        i = next_word(c, e, send);
    }
    return 0;
}

/* 1 when figure R is said as an average ("an average of 2.3 tons a
 * sortie", "about 4,400 tons a hull on average", "their mean load"): the
 * figure of one set of things, no rate to carry over to another. */
static int averaged(const ctx *c, size_t R)
{
    static const char *const cue[] = {"average", "averaged", "averaging", "mean",
                                       "on average", "on the average", NULL};
    const tally_fact *f = &c->f->v[R];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t a = f->tstart > s->start + 40 ? f->tstart - 40 : s->start;
    size_t b = f->tend + 40 < s->end ? f->tend + 40 : s->end;
    return rel_phrase_in(c->t, a, b, cue);
}

/* 1 when a relation found so far states figure P or has it as an operand
 * (but of a conversion into another currency: "£14,500 each, or £540,000
 * in all, ... at 18 crowns to the pound, 9.72 million crowns" may still
 * be a product). */
static int claimed(const ctx *c, size_t P)
{
    if (c->fi[P].used || c->fi[P].part)
        return 1;
    /* relations come a sentence at a time: only the last ones can hold P */
    size_t from = c->out->n > CLAIM_BACK ? c->out->n - CLAIM_BACK : 0;
    for (size_t k = from; k < c->out->n; k++) {
        const tally_relation *r = &c->out->v[k];
        if (r->stated == P)
            return 1;
        if (r->cue && strcmp(r->cue, "rate of exchange") == 0 && r->nparts == 1)
            continue;
        for (size_t q = 0; q < r->nparts; q++)
            if (r->parts[q].fact == P)
                return 1;
    }
    return 0;
}

/* The count of `thing` in sentence [lo,hi) to multiply for P: the nearest
 * to P that is no rate per a period, else the nearest; never R or P. */
static size_t count_of(const ctx *c, const char *thing, size_t lo, size_t hi, size_t P, size_t R)
{
    size_t best = NOPOS, bestp = NOPOS;
    size_t dbest = 0, dbestp = 0;
    for (size_t j = lo; j < hi; j++) {
        if (j == P || j == R || c->fi[j].share || strcmp(c->fi[j].unit, thing))
            continue;
        int period;
        int per = rel_rate_of(c, j, &period) && period >= 0;
        size_t d = j < P ? P - j : j - P;
        if (!per && (best == NOPOS || d < dbest)) {
            best = j;
            dbest = d;
        } else if (per && (bestp == NOPOS || d < dbestp)) {
            bestp = j;
            dbestp = d;
        }
    }
    return best != NOPOS ? best : bestp;
}

/* 1 when sentence [lo,hi) holds a count of `thing` other than P. */
/* 1 when the last word of fact j's noun as written is thing or its plural
 * ("136 machines" for "a machine", though counted as typewriters). */
static int noun_head_is(const ctx *c, size_t j, const char *thing)
{
    const char *n = c->f->v[j].noun;
    size_t len = n ? strlen(n) : 0, t = strlen(thing), k = len;
    while (k > 0 && n[k - 1] != ' ')
        k--;
    size_t h = len - k;
    return t > 0 && (h == t || (h == t + 1 && tolower((unsigned char)n[len - 1]) == 's')) &&
           strncasecmp(n + k, thing, t) == 0;
}

static int has_count(const ctx *c, const char *thing, size_t lo, size_t hi, size_t P)
{
    for (size_t j = lo; j < hi; j++)
        if (j != P && !c->fi[j].share &&
            (strcmp(c->fi[j].unit, thing) == 0 || noun_head_is(c, j, thing)))
            return 1;   /* "The 136 machines will need 272 ribbons": the noun as
                           written names the thing */
    return 0;
}

/* PRODUCT P = R x C when R x C lies within half to twice P (a rate and a
 * count found far from each other pair only when they come near P);
 * looked_back when `far` (a factor outside P's sentence).  0, or -1 when
 * out of memory. */
static size_t own_end(const ctx *c, size_t P);

static int far_product(ctx *c, size_t P, size_t R, size_t C, int far, const char *cue)
{
    size_t K = rel_carrier_of(c, R, C);   /* "two hospitals of 150 beds for each
                                             division": the two too */
    double v = c->f->v[R].value * c->f->v[C].value * (K != NOPOS ? c->f->v[K].value : 1),
           p = c->f->v[P].value;
    if (far && (c->f->v[P].qual == TALLY_Q_AT_LEAST || c->f->v[P].qual == TALLY_Q_AT_MOST))
        return 0;   /* "have fired more than 5,000 shells" (a minister's claim): a bound
                       set against figures from far off is no product of them */
    if (!isfinite(v) || v < p / 2 || v > p * 2 || rel_rate_apart(c, R, P) ||
        rel_broader_bill(c, P, C) || rel_order_not_had(c, C, P) || rel_lot_part_bill(c, P))
        return 0;   /* another year, a promise against what came, a bill of more
                       than the things counted ("income from all crops") or of one
                       lot ("the first shipment cost", round 423) */
    if (rel_product_stated(c, v, R > C ? R : C, P))
        return 0;   /* the product stated before P ("should have counted 189; the
                       returns list 162") */
    size_t pe = c->f->v[P].tend, se = c->seg->sents[c->f->v[P].sent_index].end;
    while (pe < se && c->t[pe] != ';')
        pe++;
    if (far && rel_phrase_in(c->t, c->f->v[P].tend, pe, (const char *const[]){"and for", NULL}))
        return 0;   /* "a credit of about 100,000 crowns, for the Brede sets and for the
                       234 sets still to be made": a bill of two lots */
    for (size_t j = P, n = 0; far && j-- > 0 && n < 60; n++)
        if (c->f->v[j].value == p && rel_same_unit(&c->fi[j], &c->fi[P]) && !c->fi[j].share)
            return 0;   /* "release 562,400 crowns for the Lindqvist contract": the sum
                           stated before, restated, not a product of the 1,200 horses
                           asked for and the price of one */
    static const char *const for_w[] = {"for", NULL};
    for (size_t j = R + 1; j < P && c->f->v[j].sent_index == c->f->v[R].sent_index; j++)
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[R]) &&
            rel_word_within(c, c->f->v[j].tend, own_end(c, j), 1, for_w))
            return 0;   /* "26 crowns a ton for the Morvan coal, 21 for the Tessan and 15
                           for the local coal, so that the year's coal cost 900,000": a
                           bill at several prices */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, cue);
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    if (K != NOPOS)
        rel_part(c, &r, K);
    r.looked_back = far;
    return rel_add(c, &r);
}

/* The average Q = X / D as a PRODUCT stating X (Q x D, Q rounded) when X / D
 * lies within half to twice Q; looked_back when `far`.  0, or -1 when out
 * of memory. */
static int far_quotient(ctx *c, size_t X, size_t Q, size_t D, int far, const char *cue)
{
    double q = c->f->v[X].value / c->f->v[D].value, z = c->f->v[Q].value;
    if (!isfinite(q) || q < z / 2 || q > z * 2)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, X, cue);
    r.average = 1;   /* Q is X / D, rounded */
    rel_part(c, &r, Q);
    rel_part(c, &r, D);
    r.looked_back = far;
    return rel_add(c, &r);
}

/* 1 when sentence [lo,hi) holds a count of things other than P's unit. */
static int any_count(const ctx *c, size_t P, size_t lo, size_t hi)
{
    for (size_t j = lo; j < hi; j++)
        if (j != P && !c->fi[j].share && c->fi[j].unit[0] && !rel_same_unit(&c->fi[j], &c->fi[P]))
            return 1;
    return 0;
}

/* 1 when the words right before P (one qualifier such as "about"
 * passed over) are "a / an <noun> of", the noun no total ("a cargo of",
 * "a bunkering of"; not "a total of", "a capacity of"). */
static int lot_of_before(const ctx *c, size_t P)
{
    static const char *const qual[] = {"about", "some", "nearly", "roughly", "around",
                                       "almost", "over", "only", "just", NULL};
    static const char *const whole[] = {"total", "sum", "aggregate", "capacity", "tonnage",
                                        "lift", "whole", "combined", NULL};
    const tally_fact *pf = &c->f->v[P];
    size_t start = c->seg->sents[pf->sent_index].start, i = pf->tstart;
    char w[48];
    if (rel_word_before_is(c, i, start, qual))
        i = rel_word_back(c, i, start);
    if (!rel_word_ending_at(c, i, start, w, sizeof w) || strcmp(w, "of"))
        return 0;
    i = rel_word_back(c, i, start);
    if (!rel_word_ending_at(c, i, start, w, sizeof w) || rel_word_is(w, whole))
        return 0;
    i = rel_word_back(c, i, start);
    return rel_word_ending_at(c, i, start, w, sizeof w) &&
           (strcmp(w, "a") == 0 || strcmp(w, "an") == 0);
}

/* 1 when P, a measure (no money), is "a <noun> of" one lot ("took a
 * cargo of 1,800 tons", round 448): for rules of relate_rate.c. */
int rel_lot_of_before(const ctx *c, size_t P)
{
    return strcmp(c->fi[P].cat, "money") != 0 && lot_of_before(c, P);
}

/* 1 when P, a measure (no money), is one lot moved rather than what a
 * count of carriers holds: "a <noun> of" right before it, or a duration
 * or a count of trips in its clause after it, at most eight words on
 * ("1,200 tons took five hours", "... in 30 trips"), or a part named as
 * such after it ("the rest", "the remainder", "the balance").  Also used by
 * rel_rule_each (relate_rate.c) for a lot in the count's own sentence. */
int rel_moved_lot(const ctx *c, size_t P)
{
    static const char *const trips[] = {"trip", "voyage", "journey", "run", "sortie",
                                        "shift", NULL};
    const tally_fact *pf = &c->f->v[P];
    if (strcmp(c->fi[P].cat, "money") == 0)
        return 0;
    if (lot_of_before(c, P))
        return 1;
    static const char *const rest[] = {"the rest", "the remainder", "the balance", NULL};
    if (rel_phrase_in(c->t, pf->tend, c->seg->sents[pf->sent_index].end, rest))
        return 1;   /* "landed 12,000 tons at Toulon, the rest held at Malta": a part
                       (round 461) */
    for (size_t j = P + 1; j < c->f->n && c->f->v[j].sent_index == pf->sent_index; j++) {
        int w = rel_words_between(c->t, pf->tend, c->f->v[j].tstart, ";:()");
        if (w < 0 || w > 8)
            return 0;
        if (!c->fi[j].share && !rel_is_rate(c, j) &&
            (strcmp(c->fi[j].cat, "duration") == 0 || rel_word_is(c->fi[j].unit, trips)))
            return 1;
    }
    return 0;
}

/* 1 when Q follows rate R with only "each" or "apiece" (and R's noun)
 * and a comma between them: "at 7 pounds each, 450 pounds" states R's
 * product, whatever its value. */
static int stated_right_after(const ctx *c, size_t R, size_t Q)
{
    static const char *const each[] = {"each", "apiece", NULL};
    size_t a = c->f->v[R].tend, b = c->f->v[Q].tstart;
    int w = rel_words_between(c->t, a, b, ";:.()");
    while (b > a && c->t[b - 1] == ' ')
        b--;
    return w >= 1 && w <= 3 && b > a && c->t[b - 1] == ',' && rel_phrase_in(c->t, a, b, each);
}

/* 1 when rate R's own sentence already states its product: a figure Q of
 * R's unit after R that equals R times a count of that sentence ("60
 * theodolites at 35 pounds each, 2,100 pounds", "10 kitchens at 3,200
 * crowns each, 32,000 crowns").  R is then bound to that count; a later
 * total is no R x C of another count (round 451); so does the first
 * figure of R's unit right after "R each," whatever its value (round 461). */
static int rate_spent(const ctx *c, size_t R, size_t P)
{
    const tally_fact *rf = &c->f->v[R];
    for (size_t Q = R + 1; Q < P && c->f->v[Q].sent_index == rf->sent_index; Q++) {
        if (c->fi[Q].share || !rel_same_unit(&c->fi[Q], &c->fi[R]))
            continue;
        if (Q == R + 1 && stated_right_after(c, R, Q))
            return 1;   /* "60 stoves at 7 pounds each, 450 pounds": R's own product,
                           even when it does not hold (round 461) */
        double q = c->f->v[Q].value;
        for (size_t C = R; C-- > 0 && c->f->v[C].sent_index == rf->sent_index;) {
            double v = rf->value * c->f->v[C].value;
            if (!c->fi[C].share && c->fi[C].unit[0] && !rel_same_unit(&c->fi[C], &c->fi[R]) &&
                isfinite(v) && q > 0 && fabs(v - q) <= q * 0.005)
                return 1;
        }
    }
    return 0;
}

/* 1 when the words right before P name it what is left of a whole ("and
 * the rest, 3.6 million talers", "the remaining 400"): at most two words
 * between, no figure, ";", ":" or bracket.  Such a figure is a remainder, no
 * product of a rate stated before. */
static int rest_before(const ctx *c, size_t P)
{
    static const char *const rest[] = {"the rest", "the remainder", "the balance", "remaining",
                                       NULL};
    const tally_fact *pf = &c->f->v[P];
    size_t lo = c->seg->sents[pf->sent_index].start;
    if (P > 0 && c->f->v[P - 1].sent_index == pf->sent_index && c->f->v[P - 1].tend > lo)
        lo = c->f->v[P - 1].tend;
    for (size_t i = lo; i < pf->tstart; i++) {
        if (i > 0 && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        for (size_t q = 0; rest[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, pf->tstart, rest[q]);
            int w = e ? rel_words_between(c->t, e, pf->tstart, ";:()") : -1;
            if (w >= 0 && w <= 2)
                return 1;
        }
    }
    return 0;
}

int rel_rule_far_rate(ctx *c, size_t P, size_t lo, size_t hi)
{
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share || pi->formation || !isfinite(pf->value) ||
        pf->value <= 0 || claimed(c, P) || rest_before(c, P))
        return 0;
    if (strcmp(pi->cat, "money") && strcmp(pi->cat, "materiel") && strcmp(pi->cat, "munition"))
        return 0;
    if (!any_count(c, P, lo, hi))
        return 0;
    char own[48];
    int pp;
    if (rate_thing(c, P, own) && !(rel_rate_of(c, P, &pp) && pp >= 0))
        return 0;   /* "four guns apiece": P is itself said of one thing */
    size_t stop = P > FAR_BACK ? P - FAR_BACK : 0;
    int own_sum = 0;   /* a sum of P's unit in P's sentence before P, said of no one thing */
    for (size_t R = P; R-- > stop;) {
        if (!rel_same_unit(&c->fi[R], pi) || c->fi[R].share)
            continue;
        char thing[48];
        int period, said = rate_thing(c, R, thing);
        if (!said && c->f->v[R].sent_index == pf->sent_index)
            own_sum = 1;
        if (said && own_sum && c->f->v[R].sent_index != pf->sent_index)
            return 0;   /* "Each of the 50 lorries cost 1,000 pounds, and the 50 lorries
                           ... cost 90,000 pounds": P's own sentence prices the things;
                           a rate sentences back is a guess (round 417) */
        if (said && c->f->v[R].sent_index == pf->sent_index && strcmp(thing, pi->unit) &&
            !has_count(c, thing, lo, hi, P))
            return 0;   /* "the wages to $5.20 a shift": P's own rate, of other things */
        if (!said || strcmp(thing, pi->unit) == 0 ||
            !has_count(c, thing, lo, hi, P) || averaged(c, R) ||
            (rel_rate_of(c, R, &period) && period >= 0))
            continue;
        /* the nearest rate of P's unit said of a thing P's sentence counts */
        size_t C = count_of(c, thing, lo, hi, P, R);
        if (C == NOPOS || rel_moved_lot(c, P) || rel_on_count_foreign(c, R, C, P) ||
            rate_spent(c, R, P))
            return 0;
        return far_product(c, P, R, C, c->f->v[R].sent_index != pf->sent_index,
                           "rate stated earlier");
    }
    return 0;
}

/* ---- capacities: "a bag held 350 letters ... 1.4 million letters filled
 * some 4,000 bags" ---- */

/* How many sentences before the capacity's the load is looked for. */
#define CAP_SENTS_BACK 3

/* The start of the word before offset i in [start, i), or NOPOS. */
static size_t word_back(const ctx *c, size_t i, size_t start, char w[48])
{
    while (i > start && c->t[i - 1] == ' ')
        i--;
    if (i <= start || !rel_wch((unsigned char)c->t[i - 1]))
        return NOPOS;
    size_t b = i;
    while (b > start && rel_wch((unsigned char)c->t[b - 1]))
        b--;
    rel_word_at(c->t, b, i, w, 48);
    return b;
}

/* Round 414 (helper ver113): the unit of the one thing a conversion
 * rate R is said of when rate_thing cannot read it: "20,000 sheets to
 * the ton", "25 planks a cubic metre" -- after R's figure (and one word
 * of R's own unit), "to the" / "to a" / "to one" / "to each" / "a" /
 * "an" / "per", then a unit of one or two words (a two-word lexicon unit
 * first: "cubic metre").  0 when no unit is named there. */
static int conv_thing(const ctx *c, size_t R, char thing[48])
{
    static const char *const one[] = {"the", "a", "one", "each", "every", NULL};
    const tally_fact *f = &c->f->v[R];
    size_t send = c->seg->sents[f->sent_index].end, e = f->tend;
    char w[48], u[48], cat[16];
    size_t i = next_word(c, e, send);
    if (i == NOPOS)
        return 0;
    e = rel_word_at(c->t, i, send, w, sizeof w);
    if (names_unit(c, w, c->fi[R].unit)) {   /* past R's own noun */
        if ((i = next_word(c, e, send)) == NOPOS)
            return 0;
        e = rel_word_at(c->t, i, send, w, sizeof w);
    }
    if (strcmp(w, "to") == 0) {
        if ((i = next_word(c, e, send)) == NOPOS)
            return 0;
        e = rel_word_at(c->t, i, send, w, sizeof w);
        if (!rel_word_is(w, one))
            return 0;
    } else if (strcmp(w, "a") && strcmp(w, "an") && strcmp(w, "per"))
        return 0;
    if ((i = next_word(c, e, send)) == NOPOS)
        return 0;
    e = rel_word_at(c->t, i, send, w, sizeof w);
    size_t j = next_word(c, e, send);
    if (j != NOPOS) {   /* a unit of two words */
        char w2[48], two[100];
        rel_word_at(c->t, j, send, w2, sizeof w2);
        snprintf(two, sizeof two, "%s %s", w, w2);
        if (strlen(two) < 48 && rel_lookup_word(c->lex, two, u, cat)) {
            snprintf(thing, 48, "%s", u);
            return 1;
        }
    }
    if (!rel_lookup_word(c->lex, w, u, cat))
        return 0;   /* a word no lexicon names ("the load") is no unit */
    snprintf(thing, 48, "%s", u);
    return 1;
}

/* The unit of the one thing figure R is the load of, into thing[48]:
 * "a / an / each / every <one to three words> held / carried / took /
 * could take ... R" (words of degree "on average", "up to", "about" may
 * stand before R), or "... R1 or R" when R1 is such a load.  0 else. */
static int capacity_thing(const ctx *c, size_t R, char thing[48])
{
    static const char *const hedge[] = {"on", "average", "up", "to", "about", "some", "around",
                                        "nearly", "roughly", "at", "most", "the", NULL};
    static const char *const verb[] = {"held", "holds", "hold", "carried", "carries", "carry",
                                       "took", "takes", "take", NULL};
    static const char *const modal[] = {"could", "would", "can", "might", "normally",
                                        "usually", NULL};
    static const char *const one[] = {"a", "an", "each", "every", "one", NULL};
    const tally_fact *f = &c->f->v[R];
    size_t start = c->seg->sents[f->sent_index].start, i = f->tstart;
    char w[48];
    size_t b = word_back(c, i, start, w);
    if (b != NOPOS && strcmp(w, "at") == 0 && strcmp(c->fi[R].cat, "money") &&
        f->qual != TALLY_Q_AT_MOST) {   /* "At 15 tons a wagon, ..." */
        int period;
        if (rel_rate_of(c, R, &period) && period >= 0)
            return 0;
        char conv[48];   /* "At 20,000 sheets to the ton", "a cubic metre" */
        if (conv_thing(c, R, conv) && strcmp(conv, c->fi[R].unit)) {
            snprintf(thing, 48, "%s", conv);
            return 1;
        }
        return rate_thing(c, R, thing) && strcmp(thing, c->fi[R].unit);
    }
    if (b != NOPOS && strcmp(w, "or") == 0) {   /* "350 letters or 14 parcels" */
        if (R == 0 || c->f->v[R - 1].sent_index != f->sent_index ||
            rel_words_between(c->t, c->f->v[R - 1].tend, b, ",;:.()") != 1 ||
            rel_same_unit(&c->fi[R - 1], &c->fi[R]))
            return 0;
        return capacity_thing(c, R - 1, thing);
    }
    for (int k = 0; k < 3 && b != NOPOS && rel_word_is(w, hedge); k++) {
        i = b;
        b = word_back(c, i, start, w);
    }
    if (b == NOPOS || !rel_word_is(w, verb))
        return 0;
    b = word_back(c, b, start, w);
    if (b != NOPOS && rel_word_is(w, modal))
        b = word_back(c, b, start, w);
    if (b == NOPOS)
        return 0;
    char head[48];
    snprintf(head, sizeof head, "%s", w);   /* the word before the verb names the thing */
    for (int k = 0; k < 3 && b != NOPOS; k++) {
        b = word_back(c, b, start, w);
        if (b != NOPOS && rel_word_is(w, one)) {
            char u[48], cat[16];
            if (!rel_lookup_word(c->lex, head, u, cat))
                snprintf(u, sizeof u, "%s", head);
            if (strcmp(u, c->fi[R].unit) == 0 || rel_word_is(head, one))
                return 0;
            snprintf(thing, 48, "%s", u);
            return 1;
        }
    }
    return 0;
}

/* 1 when a word of t[a,b) names unit `unit`. */
static int names_in(const ctx *c, size_t a, size_t b, const char *unit)
{
    char w[48];
    for (size_t i = a; rel_next_word(c->t, &i, b, w, sizeof w);) {
        if (names_unit(c, w, unit))
            return 1;
    }
    return 0;
}

/* Where the clause of figure P begins: the end of the figure before it
 * in its sentence (and of its noun), else the sentence's start. */
static size_t clause_start(const ctx *c, size_t P)
{
    const tally_fact *pf = &c->f->v[P];
    size_t s = c->seg->sents[pf->sent_index].start;
    if (P > 0 && c->f->v[P - 1].sent_index == pf->sent_index && c->f->v[P - 1].tend > s) {
        s = c->f->v[P - 1].tend;
        char w[48];
        size_t i = next_word(c, s, pf->tstart);
        if (i != NOPOS) {   /* past the figure's own noun ("14 parcels, so ...") */
            size_t e = rel_word_at(c->t, i, pf->tstart, w, sizeof w);
            if (names_unit(c, w, c->fi[P - 1].unit))
                s = e;
        }
    }
    return s;
}

/* 1 when the (lower-cased) word w occurs as a word in t[x,y). */
static int word_occurs(const ctx *c, const char *w, size_t x, size_t y)
{
    char v[48];
    for (size_t j = x; rel_next_word(c->t, &j, y, v, sizeof v);) {
        if (strcmp(v, w) == 0)
            return 1;
    }
    return 0;
}

/* How many words of four letters or more of t[a,b) occur in t[x,y). */
static int shared_words(const ctx *c, size_t a, size_t b, size_t x, size_t y)
{
    char w[48];
    int n = 0;
    for (size_t i = a; rel_next_word(c->t, &i, b, w, sizeof w);) {
        size_t lw = strlen(w);
        if (lw > 2 && w[lw - 2] == '\'' && w[lw - 1] == 's')
            w[lw -= 2] = '\0';   /* "the week's letters": week */
        if (lw >= 4)
            n += word_occurs(c, w, x, y);
    }
    return n;
}

/* 1 when a product found so far states figure P (a part of a sum may
 * still be the count of carriers: "4,000 bags and another 15,000"). */
static int stated_product(const ctx *c, size_t P)
{
    size_t from = c->out->n > CLAIM_BACK ? c->out->n - CLAIM_BACK : 0;
    for (size_t k = from; k < c->out->n; k++)
        if (c->out->v[k].stated == P && c->out->v[k].kind == TALLY_REL_PRODUCT)
            return 1;
    return 0;
}

/* The load X the count P of carriers holds at R each: the nearest figure
 * of R's unit before P in P's sentence (no R, share or other load), else
 * the one such figure in the CAP_SENTS_BACK sentences before R's of its
 * paragraph, or of several the one whose next words share most words with
 * P's clause (a tie: none). */
static size_t load_of(const ctx *c, size_t P, size_t R)
{
    const tally_fact *pf = &c->f->v[P], *rf = &c->f->v[R];
    char th[48];
    for (size_t j = P; j-- > 0 && c->f->v[j].sent_index == pf->sent_index;)
        if (j != R && !c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[R]) &&
            c->f->v[j].value > rf->value && !capacity_thing(c, j, th))
            return j;
    size_t best = NOPOS, a = clause_start(c, P);
    int bests = -1, tie = 0;
    int para = c->seg->sents[rf->sent_index].para;
    for (size_t j = R; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + CAP_SENTS_BACK < rf->sent_index ||
            c->seg->sents[jf->sent_index].para != para)
            break;
        if (jf->sent_index == rf->sent_index || c->fi[j].share ||
            !rel_same_unit(&c->fi[j], &c->fi[R]) || !(jf->value > rf->value))
            continue;
        size_t y = jf->tend + 60 < c->seg->sents[jf->sent_index].end
                       ? jf->tend + 60 : c->seg->sents[jf->sent_index].end;
        int s = shared_words(c, a, pf->tstart, jf->tend, y);
        if (s > bests) {
            best = j;
            bests = s;
            tie = 0;
        } else if (s == bests)
            tie = 1;
    }
    return tie ? NOPOS : best;
}

/* The end of figure P's own words: the next mark, "and", "or" or figure
 * of its sentence. */
static size_t own_end(const ctx *c, size_t P)
{
    size_t i = c->f->v[P].tend, end = c->seg->sents[c->f->v[P].sent_index].end;
    if (P + 1 < c->f->n && c->f->v[P + 1].tstart < end)
        end = c->f->v[P + 1].tstart;
    while (i < end && !strchr(",;:.()", c->t[i]) &&
           !rel_phrase_at(c->t, i, end, " and ") && !rel_phrase_at(c->t, i, end, " or "))
        i++;
    return i;   /* "128 of parcels"; not "1,200 crates and the grenades" */
}

int rel_rule_capacity(ctx *c, size_t P, size_t lo, size_t hi)
{
    (void)hi;
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share || !isfinite(pf->value) || !(pf->value > 1) ||
        stated_product(c, P))
        return 0;
    /* the loads said of one of P's things, in P's sentence or the one before */
    size_t cand[4], n = 0;
    char thing[48];
    for (size_t j = P; j-- > 0 && n < 4;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < pf->sent_index)
            break;
        if (j < lo && c->seg->sents[jf->sent_index].para != c->seg->sents[pf->sent_index].para)
            break;
        if (!c->fi[j].share && c->fi[j].unit[0] && !rel_same_unit(&c->fi[j], pi) &&
            !c->fi[j].used && capacity_thing(c, j, thing) && strcmp(thing, pi->unit) == 0)
            cand[n++] = j;
    }
    if (!n)
        return 0;
    /* of several, the one whose unit P's own words name ("128 of parcels"),
     * else the one P's clause names */
    size_t R = n == 1 ? cand[0] : NOPOS, a = clause_start(c, P), e = own_end(c, P);
    for (size_t k = 0; n > 1 && k < n; k++)
        if (names_in(c, pf->tend, e, c->fi[cand[k]].unit)) {
            if (R != NOPOS)
                return 0;
            R = cand[k];
        }
    for (size_t k = 0; n > 1 && R == NOPOS && k < n; k++)
        if (names_in(c, a, pf->tstart, c->fi[cand[k]].unit)) {
            if (R != NOPOS)
                return 0;
            R = cand[k];
        }
    if (R == NOPOS || c->f->v[R].qual == TALLY_Q_AT_MOST)
        return 0;   /* "took up to 120 bags" only bounds the load: no quotient */
    if (rel_widened_after(c, P))
        return 0;   /* "some 40,000 tons of ammunition, much of it from other
                       plants": P takes in more than X makes (round 423) */
    size_t X = load_of(c, P, R);
    if (X == NOPOS)
        return 0;
    return far_quotient(c, X, P, R, c->f->v[X].sent_index != pf->sent_index, "capacity");
}

/* ---- a rate said of the subject, times a count of it: "A column ...
 * consumes about 2,300 litres a day, and the 112 columns ... would need
 * some 285,000 litres a day" ---- */

/* How many figures back the rule reads (a run-on sentence stays linear). */
#define SUBJECT_BACK 64

/* The unit of the one thing the sentence of figure R opens with ("A
 * column", "Each medium lorry", "Every battalion", after a paragraph
 * number "4."), into thing[48]: "a" /
 * "an" / "each" / "every" and, among the next three words, the first one
 * the lexicon knows, no figure before R's; 0 when none, when it names a
 * period or R's own unit, or when a figure of R's unit or a share comes
 * before R in its sentence. */
static int subject_thing(const ctx *c, size_t R, char thing[48])
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    const tally_fact *f = &c->f->v[R];
    size_t s = c->seg->sents[f->sent_index].start;
    for (size_t j = R, n = 0; j-- > 0 && n < SUBJECT_BACK && c->f->v[j].sent_index == f->sent_index;
         n++)
        if (rel_same_unit(&c->fi[j], &c->fi[R]) || c->fi[j].share)
            return 0;   /* R is not the first figure of its kind said of the subject */
    char w[48];
    size_t i = next_word(c, s, f->tstart);
    if (i == NOPOS)
        return 0;
    i = rel_word_at(c->t, i, f->tstart, w, sizeof w);
    if (isdigit((unsigned char)w[0]) && strspn(w, "0123456789") == strlen(w) && i < f->tstart &&
        (c->t[i] == '.' || c->t[i] == ')')) {   /* "4. A generator costs ...": a memo's paragraph number */
        i = next_word(c, i + 1, f->tstart);
        if (i == NOPOS)
            return 0;
        i = rel_word_at(c->t, i, f->tstart, w, sizeof w);
    }
    if (!rel_word_is(w, one))
        return 0;
    for (int k = 0; k < 3; k++) {
        size_t j = next_word(c, i, f->tstart);
        if (j == NOPOS)
            return 0;
        i = rel_word_at(c->t, j, f->tstart, w, sizeof w);
        char u[48], cat[16];
        if (rel_lookup_word(c->lex, w, u, cat)) {
            if (!strcmp(cat, "duration") || !strcmp(u, c->fi[R].unit))
                return 0;
            snprintf(thing, 48, "%s", u);
            return 1;
        }
    }
    return 0;
}

/* 1 when figures R and P are rates over the same period, or neither is
 * one per a period. */
/* 1 when the words of R's clause before it say one period p: "A smith
 * working a full day can shoe about 8 horses" ("a", "per", "each" or
 * "every", at most one word, then the period). */
static int period_before(const ctx *c, size_t R, int p)
{
    const tally_fact *rf = &c->f->v[R];
    size_t a = rel_sent_open(c, rf->sent_index);
    if (R > 0 && c->f->v[R - 1].sent_index == rf->sent_index && c->f->v[R - 1].tend > a)
        a = c->f->v[R - 1].tend;
    for (size_t k = rf->tstart; k > a; k--)
        if (strchr(";:()", c->t[k - 1])) {
            a = k;
            break;
        }
    return rel_period_in(c, a, rf->tstart, p, 1);
}

static int same_period(const ctx *c, size_t R, size_t P)
{
    int pr = -1, pp = -1;
    if (!rel_rate_of(c, R, &pr))
        pr = -1;
    if (!rel_rate_of(c, P, &pp))
        pp = -1;
    return pr == pp || (pr < 0 && pp >= 0 && period_before(c, R, pp));
}

/* The nearest figure of P's unit before it in its sentence (no share),
 * from lo; NOPOS when none. */
static size_t unit_before(const ctx *c, size_t P, size_t lo)
{
    for (size_t j = P; j-- > lo;)
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[P]))
            return j;
    return NOPOS;
}

/* The count of `thing` for P: the one figure of that unit between R and
 * P (two: none), else, when the words between R and P name the thing
 * again ("and all the bakeries ..."), the nearest one before R in R's
 * paragraph; never a
 * share, a rate, a bound or a part of another relation. */
/* The modifier of the subject rate R is said of, when its sentence opens
 * "A field battery ..." (article, one word, then a word naming thing):
 * into mod, 1; else 0. */
static int subject_mod_word(const ctx *c, size_t R, const char *thing, char mod[48])
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    const tally_fact *f = &c->f->v[R];
    size_t i = rel_sent_open(c, f->sent_index);
    char w[3][48], u[48], cat[16];
    for (int k = 0; k < 3; k++)
        if (!rel_next_word(c->t, &i, f->tstart, w[k], sizeof w[k]))
            return 0;
    if (!rel_word_is(w[0], one) || !rel_lookup_word(c->lex, w[2], u, cat) ||
        strcmp(u, thing) != 0 || rel_lookup_word(c->lex, w[1], u, cat))
        return 0;
    snprintf(mod, 48, "%s", w[1]);
    return 1;
}

/* 1 when the noun of fact j holds word w ("field batteries" for "field"). */
static int noun_has_word(const ctx *c, size_t j, const char *w)
{
    const char *n = c->f->v[j].noun;
    size_t m = strlen(w);
    for (const char *p = n ? strstr(n, w) : NULL; p; p = strstr(p + 1, w))
        if ((p == n || p[-1] == ' ' || p[-1] == '-') && (p[m] == ' ' || p[m] == '\0'))
            return 1;
    return 0;
}

static size_t subject_count(const ctx *c, const char *thing, size_t R, size_t P)
{
    size_t C = NOPOS;
    for (size_t j = R + 1; j < P; j++)
        if (!c->fi[j].share && strcmp(c->fi[j].unit, thing) == 0) {
            if (C != NOPOS)
                return NOPOS;
            C = j;
        }
    int para = c->seg->sents[c->f->v[R].sent_index].para;
    if (C == NOPOS && !names_in(c, c->f->v[R].tend, c->f->v[P].tstart, thing))
        return NOPOS;   /* "the front as a whole called for ...": not said of them all */
    char mod[48];
    int modded = C == NOPOS && subject_mod_word(c, R, thing, mod);
    for (size_t j = R, n = 0; C == NOPOS && j-- > 0 && n < SUBJECT_BACK; n++) {
        if (c->seg->sents[c->f->v[j].sent_index].para != para)
            break;
        if (!c->fi[j].share && strcmp(c->fi[j].unit, thing) == 0 &&
            (!modded || noun_has_word(c, j, mod)))
            C = j;   /* "A field battery served six ...": the 64 field batteries, not
                        the 82 batteries in all */
    }
    if (C == NOPOS || c->fi[C].part || rel_is_rate(c, C) || !(c->f->v[C].value > 1))
        return NOPOS;
    tally_qualifier q = c->f->v[C].qual;
    return q == TALLY_Q_EXACT || q == TALLY_Q_APPROX ? C : NOPOS;
}

int rel_rule_subject_rate(ctx *c, size_t P, size_t lo, size_t hi)
{
    (void)hi;
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share || pi->formation || !isfinite(pf->value) ||
        pf->value <= 0 || claimed(c, P))
        return 0;
    size_t R = unit_before(c, P, lo);
    char thing[48];
    if (R == NOPOS || c->fi[R].used || !(c->f->v[R].value * 1.5 <= pf->value) ||
        averaged(c, R) || !same_period(c, R, P) || !subject_thing(c, R, thing))
        return 0;
    size_t C = subject_count(c, thing, R, P);
    if (C == NOPOS)
        return 0;
    size_t R2;
    if (rel_coordinated_total(c, P, R, &R2))
        return 0;   /* "needed 52 towers and huts": R counts one of the two */
    return far_product(c, P, R, C, c->f->v[C].sent_index != pf->sent_index,
                       "rate of the subject");
}

/* The period a figure of labour counts in ("man-month" -> "month",
 * "person-days" -> "day", "manday" -> "day") into per; 0 when P's unit is
 * no labour unit. */
static int labour_period(const ctx *c, size_t P, char per[48])
{
    static const char *const heads[] = {"man", "person", "worker", NULL};
    if (strcmp(c->fi[P].cat, "labor") != 0)
        return 0;
    const char *u = c->fi[P].unit, *dash = strchr(u, '-');
    if (dash)
        u = dash + 1;
    else
        for (size_t q = 0; heads[q]; q++)
            if (strncmp(u, heads[q], strlen(heads[q])) == 0) {
                u += strlen(heads[q]);
                break;
            }
    snprintf(per, 48, "%s", u);
    return per[0] != '\0';
}

/* Round 396 (helper ver102): 1 when duration D is a working rate, "at"
 * right before it and said per a period ("who at 48 hours a week could
 * put in about 120,000 man-hours"), and labour P is per no other period
 * (P is then the labour of one such period). */
static int working_rate(const ctx *c, size_t D, size_t P)
{
    static const char *const at[] = {"at", NULL};
    int dp, pp;
    if (!rel_word_before_is(c, c->f->v[D].tstart, c->seg->sents[c->f->v[D].sent_index].start, at) ||
        !rel_rate_of(c, D, &dp) || dp < 0)
        return 0;
    return !rel_rate_of(c, P, &pp) || pp < 0 || pp == dp;
}

/* Round 286 (helper ver66): "kept 2,100 men at work for 14 months, some
 * 29,400 man-months": a figure P of labour (man-days, person-months), the
 * nearest duration D before it in its sentence in P's period (at most six
 * words and no ";" between), and the nearest count M of persons (or of
 * things the lexicon does not class) before D
 * (at most eight words between, no ";") -> PRODUCT P = M x D.  Nothing is
 * claimed of P yet; D and M no rates, shares or parts of relations, but
 * D may be a working rate "at 48 hours a week" (round 396). */
/* The first year (1500-2099) written as a word of four digits in t[a,b),
 * 0 when none. */
static int year_between(const ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i + 4 <= b; i++)
        if ((i == 0 || !rel_wch((unsigned char)c->t[i - 1])) && isdigit((unsigned char)c->t[i])) {
            char w[8];
            size_t e = rel_word_at(c->t, i, b, w, sizeof w);
            int y = atoi(w);
            if (e == i + 4 && strlen(w) == 4 && y >= 1500 && y < 2100)
                return y;
        }
    return 0;
}

int rel_rule_labour(ctx *c, size_t P, size_t lo, size_t hi)
{
    (void)hi;
    char per[48];
    const tally_fact *pf = &c->f->v[P];
    if (P == lo || !labour_period(c, P, per) || !isfinite(pf->value) || pf->value <= 0 ||
        claimed(c, P))
        return 0;
    size_t D = P - 1, M = NOPOS;
    if (strcmp(c->fi[D].cat, "duration") != 0 || strcmp(c->fi[D].unit, per) != 0 ||
        claimed(c, D) || (rel_is_rate(c, D) && !working_rate(c, D, P)))
        return 0;
    int w = rel_words_between(c->t, c->f->v[D].tend, pf->tstart, ";:()");
    if (w < 0 || w > 6)
        return 0;
    for (size_t j = D; j-- > lo && M == NOPOS;)
        if (!c->fi[j].share && (strcmp(c->fi[j].cat, "personnel") == 0 ||
                                strcmp(c->fi[j].cat, "other") == 0))
            M = j;   /* persons, or a plain count ("240 sappers") */
    if (M == NOPOS || claimed(c, M) || rel_is_rate(c, M) || !(c->f->v[M].value >= 1))
        return 0;
    w = rel_words_between(c->t, c->f->v[M].tend, c->f->v[D].tstart, ";:()");
    if (w < 0 || w > 8)
        return 0;
    for (size_t j = M + 1; j < D; j++)
        if (!c->fi[j].share && c->fi[j].unit[0])
            return 0;   /* a figure between: not one phrase of men and months */
    int ym = year_between(c, c->f->v[M].tend, pf->tstart);
    int yp = year_between(c, pf->tend, c->seg->sents[pf->sent_index].end);
    if (ym && yp && ym != yp)
        return 0;   /* "1,500 riveters in 1940 ... some 96,000 man-hours by 1943": the
                       count of one year, the labour of another (round 417) */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "persons for a span");
    rel_part(c, &r, M);
    rel_part(c, &r, D);
    return rel_add(c, &r);
}

/* ---- an average over a count stated earlier: "71,000 cubic metres of it
 * went into the tunnels, or about 2,960 for each tunnel" (the 24 tunnels
 * counted paragraphs before) ---- */

/* How many paragraphs before the average's the count may stand. */
#define AVG_PARAS_BACK 2

/* 1 when figure j is said "to a" thing right after its noun, that thing
 * closing the clause ("nine vans to a company,", "five tanks to each
 * squadron;"; one word of its unit may come between): a rate, no count
 * of the things. */
static int to_one(const ctx *c, size_t j)
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    size_t send = c->seg->sents[c->f->v[j].sent_index].end;
    char w[48];
    size_t i = next_word(c, c->f->v[j].tend, send);
    for (int k = 0; k < 2 && i != NOPOS; k++) {
        size_t e = rel_word_at(c->t, i, send, w, sizeof w);
        if (strcmp(w, "to") == 0) {
            size_t x = next_word(c, e, send);
            if (x == NOPOS)
                return 0;
            size_t y = rel_word_at(c->t, x, send, w, sizeof w);
            if (!rel_word_is(w, one) || (y = next_word(c, y, send)) == NOPOS)
                return 0;
            y = rel_word_at(c->t, y, send, w, sizeof w);
            return next_word(c, y, send) == NOPOS;   /* the thing ends its clause:
                                                       "sent 40 trucks to a depot
                                                       near X" is no rate */
        }
        if (k > 0 || !names_unit(c, w, c->fi[j].unit))
            return 0;
        i = next_word(c, e, send);
    }
    return 0;
}

/* 1 when figure j is a rate or a bound: said of one thing, per a period,
 * "up to" / "more than" it. */
static int rate_or_bound(const ctx *c, size_t j)
{
    char th[48];
    int period;
    const tally_fact *f = &c->f->v[j];
    return f->qual == TALLY_Q_AT_MOST || f->qual == TALLY_Q_AT_LEAST ||
           f->qual == TALLY_Q_VAGUE || rate_thing(c, j, th) || to_one(c, j) ||
           (rel_rate_of(c, j, &period) && period >= 0);
}

/* 1 when a product found so far states figure j (a derived figure is no
 * count to divide by). */
static int product_stated(const ctx *c, size_t j)
{
    size_t from = c->out->n > 8 * CLAIM_BACK ? c->out->n - 8 * CLAIM_BACK : 0;
    for (size_t k = from; k < c->out->n; k++)
        if (c->out->v[k].stated == j && c->out->v[k].kind == TALLY_REL_PRODUCT)
            return 1;
    return 0;
}

/* 1 when only an apposition leads from the figure before Z to Z: a comma,
 * then at most "or" and a word of degree ("..., or about 2,960"). */
static int apposed(const ctx *c, size_t X, size_t Z)
{
    static const char *const ok[] = {"or", "about", "some", "roughly", "nearly", "around",
                                     "almost", "approximately", "just", "over", "under", NULL};
    size_t i = c->f->v[Z].tstart, start = c->f->v[X].tend;
    char w[48];
    for (int k = 0; k < 3; k++) {
        while (i > start && c->t[i - 1] == ' ')
            i--;
        if (i > start && c->t[i - 1] == ',')
            return 1;
        size_t b = word_back(c, i, start, w);
        if (b == NOPOS || !rel_word_is(w, ok))
            return 0;
        i = b;
    }
    return 0;
}

/* 1 when figure j counts `thing`: its unit, or a word of its noun names
 * it ("24 deep tunnel shelters" count tunnels). */
static int counts_thing(const ctx *c, size_t j, const char *thing)
{
    const char *n = c->f->v[j].noun;
    if (strcmp(c->fi[j].unit, thing) == 0)
        return 1;
    if (!n)
        return 0;
    char w[48];
    size_t len = strlen(n);
    for (size_t i = 0; i < len;) {
        if (!rel_wch((unsigned char)n[i])) {
            i++;
            continue;
        }
        i = rel_word_at(n, i, len, w, sizeof w);
        if (names_unit(c, w, thing))
            return 1;
    }
    return 0;
}

/* 1 for the categories of measures and sums, never counts of things. */
static int measure_cat(const char *cat)
{
    static const char *const m[] = {"distance", "duration", "speed", "money", "labor", NULL};
    return rel_word_is(cat, m);
}

/* The latest count of `thing` before figure X, in X's paragraph or the
 * AVG_PARAS_BACK before it: the exact unit, no share, rate, bound or
 * figure a product states; NOPOS when none. */
static size_t earlier_count(const ctx *c, const char *thing, size_t X)
{
    int para = c->seg->sents[c->f->v[X].sent_index].para;
    size_t stop = X > FAR_BACK ? X - FAR_BACK : 0;
    for (size_t j = X; j-- > stop;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index >= c->seg->nsents ||
            c->seg->sents[jf->sent_index].para + AVG_PARAS_BACK < para)
            break;
        if (c->fi[j].share || !counts_thing(c, j, thing) || !isfinite(jf->value) ||
            !(jf->value > 1))
            continue;
        if (rate_or_bound(c, j) || product_stated(c, j) || measure_cat(c->fi[j].cat) ||
            rel_stated_by(c, TALLY_REL_SUBSET, j))
            continue;   /* "45 km left": a length is no count of things; "148 guns, 96
                           of them on the landward front": a subset, not all */
        if (j > 0 && c->f->v[j - 1].sent_index == jf->sent_index &&
            counts_thing(c, j - 1, thing) && !c->fi[j - 1].share &&
            rel_word_before_is(c, jf->tstart, c->seg->sents[jf->sent_index].start,
                               (const char *const[]){"from", NULL}))
            continue;   /* "down to 1,240 boats from 1,610 before the war": the old level;
                           the count is the new one before it */
        return j;
    }
    return NOPOS;
}

int rel_rule_far_average(ctx *c, size_t Z, size_t lo, size_t hi)
{
    const tally_fact *zf = &c->f->v[Z];
    const finfo *zi = &c->fi[Z];
    char thing[48];
    int period;
    if (Z == lo || !zi->unit[0] || zi->share || !isfinite(zf->value) || !(zf->value > 0) ||
        claimed(c, Z) || !rate_thing(c, Z, thing) || strcmp(thing, zi->unit) == 0 ||
        (rel_rate_of(c, Z, &period) && period >= 0) || has_count(c, thing, lo, hi, Z))
        return 0;
    /* the total: the figure right before Z, of its unit, apposed to it */
    size_t X = Z - 1;
    const tally_fact *xf = &c->f->v[X];
    if (c->fi[X].share || !rel_same_unit(&c->fi[X], zi) || !(xf->value > zf->value) ||
        rate_or_bound(c, X) || product_stated(c, X) || !apposed(c, X, Z))
        return 0;
    size_t C = earlier_count(c, thing, X);
    if (C == NOPOS)
        return 0;
    return far_quotient(c, X, Z, C, 1, "average over a count stated earlier");
}

/* ---- a price named by its goods: "pays 42 crowns a ton for copper
 * scrap ... the copper brought 1.3 million crowns", the tonnage of the
 * goods counted paragraphs before ("31,000 tons were copper") ---- */

/* How many figures before the rate its count may stand. */
#define NAMED_BACK 64
/* How many figures before P its rate may stand (in P's sentence or the one before). */
#define NAMED_RATE_BACK 12
/* How many bytes of words a span (goods, P's clause, a count's words) may hold. */
#define NAMED_SPAN 80

/* The goods rate R is paid for: the span [*a,*b) of words after "for"
 * within four words after R's figure, up to a mark, a figure or six words
 * ("42 crowns a ton for copper and brass scrap; ..."); 0 when none, or
 * when it is "for each / every" (a rate of one thing). */
static int goods_span(const ctx *c, size_t R, size_t *a, size_t *b)
{
    const tally_fact *f = &c->f->v[R];
    size_t send = c->seg->sents[f->sent_index].end, i = f->tend;
    char w[48];
    for (int k = 0; k < 4; k++) {
        i = next_word(c, i, send);
        if (i == NOPOS || isdigit((unsigned char)c->t[i]))
            return 0;
        size_t e = rel_word_at(c->t, i, send, w, sizeof w);
        if (strcmp(w, "for") == 0) {
            size_t j = next_word(c, e, send);
            if (j == NOPOS)
                return 0;
            rel_word_at(c->t, j, send, w, sizeof w);
            if (!strcmp(w, "each") || !strcmp(w, "every"))
                return 0;
            *a = j;
            for (int n = 0; n < 6 && j != NOPOS && !isdigit((unsigned char)c->t[j]); n++)
                e = rel_word_at(c->t, j, send, w, sizeof w), j = next_word(c, e, send);
            *b = e;
            return *b > *a;
        }
        i = e;
    }
    return 0;
}

/* The words after count j up to a mark, the next figure or NAMED_SPAN
 * bytes ("31,000 tons were copper, ..."): their span [*a,*b). */
static void count_words(const ctx *c, size_t j, size_t *a, size_t *b)
{
    const tally_fact *f = &c->f->v[j];
    size_t end = c->seg->sents[f->sent_index].end, lim = f->tend + NAMED_SPAN;
    if (j + 1 < c->f->n && c->f->v[j + 1].tstart < end)
        end = c->f->v[j + 1].tstart;
    if (lim < end)
        end = lim;
    size_t i = f->tend;
    while (i < end && !strchr(",;:.()", c->t[i]))
        i++;
    *a = f->tend;
    *b = i;
}

/* The count of rate R's thing whose words name most of R's goods [ga,gb)
 * (a tie: the latest), in the NAMED_BACK figures before R and not in
 * P's sentence: no share, rate, bound or figure a product states. */
static size_t named_count(const ctx *c, size_t R, const char *thing, size_t ga, size_t gb)
{
    size_t best = NOPOS, stop = R > NAMED_BACK ? R - NAMED_BACK : 0;
    int most = 0;
    for (size_t j = R; j-- > stop;) {
        const tally_fact *jf = &c->f->v[j];
        if (c->fi[j].share || strcmp(c->fi[j].unit, thing) || !isfinite(jf->value) ||
            !(jf->value > 1) || rate_or_bound(c, j) || product_stated(c, j))
            continue;
        size_t a, b;
        count_words(c, j, &a, &b);
        int n = shared_words(c, ga, gb, a, b);
        if (n > most) {
            most = n;
            best = j;
        }
    }
    return best;
}

/* 1 when the words before P in its clause (from the figure before it or
 * the sentence start, at most NAMED_SPAN bytes) name a word of R's goods
 * [ga,gb) ("the copper brought 1.3 million"). */
static int names_goods(const ctx *c, size_t P, size_t lo, size_t ga, size_t gb)
{
    const tally_fact *pf = &c->f->v[P];
    size_t a = P > lo ? c->f->v[P - 1].tend : c->seg->sents[pf->sent_index].start;
    if (pf->tstart > NAMED_SPAN && a < pf->tstart - NAMED_SPAN)
        a = pf->tstart - NAMED_SPAN;
    return shared_words(c, ga, gb, a, pf->tstart) > 0;
}

/* 1 when a relation found so far states P or has it as an operand of
 * anything but a SUM (a part of a total, "1.3 million and 1.9 million,
 * 3.2 million in all", may still be a product). */
static int claimed_not_part(const ctx *c, size_t P)
{
    if (c->fi[P].used)
        return 1;
    size_t from = c->out->n > CLAIM_BACK ? c->out->n - CLAIM_BACK : 0;
    for (size_t k = from; k < c->out->n; k++) {
        const tally_relation *r = &c->out->v[k];
        if (r->stated == P)
            return 1;
        for (size_t q = 0; q < r->nparts && r->kind != TALLY_REL_SUM; q++)
            if (r->parts[q].fact == P)
                return 1;
    }
    return 0;
}

int rel_rule_far_named(ctx *c, size_t P, size_t lo, size_t hi)
{
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    int period;
    if (strcmp(pi->cat, "money") || pi->share || !isfinite(pf->value) || !(pf->value > 0) ||
        claimed_not_part(c, P) || rate_or_bound(c, P))
        return 0;
    size_t stop = P > NAMED_RATE_BACK ? P - NAMED_RATE_BACK : 0;
    for (size_t R = P; R-- > stop;) {
        const tally_fact *rf = &c->f->v[R];
        if (rf->sent_index + 1 < pf->sent_index)
            break;
        char thing[48];
        size_t ga, gb;
        if (!rel_same_unit(&c->fi[R], pi) || c->fi[R].share || !rate_thing(c, R, thing) ||
            !strcmp(thing, pi->unit) || (rel_rate_of(c, R, &period) && period >= 0) ||
            averaged(c, R) || !goods_span(c, R, &ga, &gb) || !names_goods(c, P, lo, ga, gb))
            continue;
        if (has_count(c, thing, lo, hi, P))
            return 0;   /* P's own sentence counts the thing: far_rate's */
        size_t C = named_count(c, R, thing, ga, gb);
        if (C == NOPOS || c->f->v[C].sent_index == pf->sent_index)
            return 0;
        return far_product(c, P, R, C, 1, "price of goods counted earlier");
    }
    return 0;
}

/* ---- a rate and its count both stated before the product: "300 gulden
 * a mine, or some 1.6 million for the whole field" (the 5,400 mines
 * counted paragraphs before) ---- */

/* How many bytes may stand between the rate and the product. */
#define BOTH_GAP 400

/* 1 when the words between rate R and product P say P is of all the
 * things: they name the thing, a whole ("the whole", "all", "in all",
 * "total"), or a word of count C's own words ("the wheat harvest" for
 * "5,000 hectares of wheat"). */
static int said_of_all(const ctx *c, size_t R, size_t P, size_t C, const char *thing)
{
    static const char *const whole[] = {"whole", "all", "total", "entire", NULL};
    size_t a = c->f->v[R].tend, b = c->f->v[P].tstart, ca, cb;
    if (names_in(c, a, b, thing) || rel_phrase_in(c->t, a, b, whole))
        return 1;
    count_words(c, C, &ca, &cb);
    return shared_words(c, ca, cb, a, b) > 0;
}

/* The count of `thing` for rate R and product P: as earlier_count, but
 * the latest whose own words share a word with those between R and P
 * ("96,000 hectares of wheat ... the wheat harvest") before the latest. */
/* 1 when another count of `thing` (no share, rate or bound) stands before
 * count C in C's sentence and C is not set against it as what came of a
 * promise (a promised lot before C's "only" is no second lot): "ordered
 * 1,000 lorries, but only 600 had arrived" counts two lots, and a bill
 * after them may be of either (round 417). */
static int two_lots(const ctx *c, size_t C, const char *thing)
{
    const char *m = c->f->v[C].modality;
    int had = !m || !m[0] || !strcmp(m, "actual") || !strcmp(m, "estimated");
    for (size_t j = C; j-- > 0 && c->f->v[j].sent_index == c->f->v[C].sent_index;) {
        const char *mj = c->f->v[j].modality;
        int promised = mj && mj[0] && strcmp(mj, "actual") && strcmp(mj, "estimated");
        if (!c->fi[j].share && counts_thing(c, j, thing) && !rate_or_bound(c, j) &&
            !(had && promised))
            return 1;
    }
    return 0;
}

static int shared_verb(const ctx *c, const char *thing, size_t x, size_t y, size_t a, size_t b);

static size_t both_count(const ctx *c, const char *thing, size_t R, size_t P)
{
    int para = c->seg->sents[c->f->v[R].sent_index].para;
    size_t stop = R > FAR_BACK ? R - FAR_BACK : 0, latest = NOPOS;
    int flow = 0;   /* a flow of the thing whose words the bill's share */
    for (size_t j = R; j-- > stop;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index >= c->seg->nsents ||
            c->seg->sents[jf->sent_index].para + AVG_PARAS_BACK < para)
            break;
        if (c->fi[j].share || !counts_thing(c, j, thing) || !isfinite(jf->value) ||
            !(jf->value > 1) || measure_cat(c->fi[j].cat))
            continue;
        size_t a, b;
        count_words(c, j, &a, &b);
        int shares = shared_verb(c, thing, a, b, c->f->v[R].tend, c->f->v[P].tstart);
        if (product_stated(c, j) && !(rate_or_bound(c, j) && shares))
            continue;   /* a flow stated as a product ("9,600 filters a month, about 320
                           a day") still names the lot */
        if (rate_or_bound(c, j)) {
            flow |= shares;   /* "the filters now replaced each month cost 43,200" after
                                 "replaced on average 9,600 filters a month": the lot
                                 the bill names is that flow, not the works' 12,000
                                 filters of a later sentence: no check */
            continue;
        }
        if (shares)
            return flow ? NOPOS : j;
        if (latest == NOPOS)
            latest = j;
    }
    return flow || (latest != NOPOS && two_lots(c, latest, thing)) ? NOPOS : latest;
}

/* The thing rate R is said of: its own ("$350 a mine"), else the
 * subject's of R's sentence, taken at the first figure of R's unit there
 * ("A generator costs 1,450 daler ... and 350 ..., 1,850 daler in all"). */
static int both_thing(const ctx *c, size_t R, char thing[48])
{
    if (rate_thing(c, R, thing))
        return 1;
    size_t lo, hi, F = R;
    rel_sent_range(c, c->f->v[R].sent_index, &lo, &hi);
    for (size_t j = lo; j < R && F == R; j++)
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[R]))
            F = j;
    return subject_thing(c, F, thing);
}

/* 1 when a relation found so far states figure P (an operand, "$268,000
 * ... 938,000 crowns", may still be a product itself). */
static int stated_by_any(const ctx *c, size_t P)
{
    size_t from = c->out->n > CLAIM_BACK ? c->out->n - CLAIM_BACK : 0;
    for (size_t k = from; k < c->out->n; k++)
        if (c->out->v[k].stated == P)
            return 1;
    return 0;
}

/* 1 when a word of four letters or more of t[x,y) that does not name
 * `thing` ("tons", "saddles": every count of it has that) occurs in
 * t[a,b). */
static int shared_verb(const ctx *c, const char *thing, size_t x, size_t y, size_t a, size_t b)
{
    char w[48];
    for (size_t i = x; rel_next_word(c->t, &i, y, w, sizeof w);) {
        if (strlen(w) >= 4 && !names_unit(c, w, thing) && word_occurs(c, w, a, b))
            return 1;
    }
    return 0;
}

#define VERB_COUNT_BACK 48      /* figures looked at before R */
#define VERB_CLAUSE_BYTES 400   /* bytes of R's clause searched for the shared word */

/* The count of `thing` for rate R said in the sentence right before R's:
 * the one count there (no share, rate or bound) whose own words share a
 * word of four letters or more, not the thing's noun, with R's clause before R ("Of this, 4,000
 * tons were bought from ... / The ... pipe was bought at $62 a ton"); a
 * part of a sum may be it.  NOPOS when none, or two do (*tie set). */
static size_t verb_count(const ctx *c, const char *thing, size_t R, int *tie)
{
    size_t rs = c->f->v[R].sent_index, C = NOPOS;
    *tie = 0;
    if (rs == 0)
        return NOPOS;
    size_t a = rel_sent_open(c, rs), b = c->f->v[R].tstart;
    size_t floor = R > VERB_COUNT_BACK ? R - VERB_COUNT_BACK : 0;
    if (b > a + VERB_CLAUSE_BYTES)
        a = b - VERB_CLAUSE_BYTES;   /* R's clause: its last bytes before R */
    for (size_t j = R; j-- > floor && c->f->v[j].sent_index + 1 >= rs;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index == rs || c->fi[j].share || strcmp(c->fi[j].unit, thing) ||
            !isfinite(jf->value) || !(jf->value > 1) || rate_or_bound(c, j))
            continue;
        size_t x, y;
        count_words(c, j, &x, &y);
        if (!shared_verb(c, thing, x, y, a, b))
            continue;
        if (C != NOPOS) {
            *tie = 1;
            return NOPOS;   /* two counts of the thing name R's clause: none */
        }
        C = j;
    }
    return C;
}

int rel_rule_far_both(ctx *c, size_t P, size_t lo, size_t hi)
{
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    char thing[48];
    static const char *const gap[] = {"excess", "overrun", "difference", "saving", "savings",
                                      "increase", "rise", "shortfall", "deficit", NULL};
    if (!pi->unit[0] || pi->share || pi->formation || !isfinite(pf->value) ||
        !(pf->value > 0) || stated_by_any(c, P) || rate_thing(c, P, thing) ||
        (pf->qual != TALLY_Q_EXACT && pf->qual != TALLY_Q_APPROX) ||
        (pf->tstart < c->seg->sents[pf->sent_index].start + 40 &&
         rel_phrase_in(c->t, c->seg->sents[pf->sent_index].start, pf->tstart, gap)))
        return 0;   /* "The excess, some 4.9 million marks": a difference named at the
                       opening of P's sentence, no product */
    /* R: the nearest figure of P's unit before P said of one thing, in P's
     * sentence or the one before */
    size_t R = NOPOS, stop = P > NAMED_RATE_BACK ? P - NAMED_RATE_BACK : 0;
    for (size_t j = P; j-- > stop && c->f->v[j].sent_index + 1 >= pf->sent_index;)
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], pi) && both_thing(c, j, thing)) {
            R = j;
            break;
        }
    if (R == NOPOS || c->fi[R].used || pf->tstart > c->f->v[R].tend + BOTH_GAP ||
        !(c->f->v[R].value * 1.5 <= pf->value) || averaged(c, R) || !same_period(c, R, P) ||
        !strcmp(thing, pi->unit))
        return 0;
    size_t rlo, rhi;
    rel_sent_range(c, c->f->v[R].sent_index, &rlo, &rhi);
    if (has_count(c, thing, rlo, rhi, P) || has_count(c, thing, lo, hi, P))
        return 0;   /* a count beside the rate or P: the other rules' */
    int tie;
    size_t C = verb_count(c, thing, R, &tie);
    if (tie)
        return 0;   /* "2,000 tons were sold to ... and 1,500 tons were sold to ...": which? */
    if (C != NOPOS)   /* the count the sentence before says was bought, sent, ... */
        return said_of_all(c, R, P, C, thing)
                   ? far_product(c, P, R, C, 1, "rate and count stated earlier")
                   : 0;
    if (claimed(c, P))
        return 0;   /* an operand of another relation: only the count named above */
    C = both_count(c, thing, R, P);
    if (C == NOPOS || c->fi[C].part || !said_of_all(c, R, P, C, thing))
        return 0;
    return far_product(c, P, R, C, 1, "rate and count stated earlier");
}

/* Round 343 (helper ver83): a ration times a strength stated earlier.
 * "A labourer drew 600 grams of rice a day.  At full strength the corps'
 * rice came to 11.8 tons a day": the weight of a ration R (of one person)
 * converted to P's unit names no count of persons in its sentence; the
 * strength is looked back for (P's paragraph and the three before), and
 * taken only when it is unambiguous:
 *   - P's sentence names the noun of one or more earlier counts of persons
 *     ("for the soldiers alone", "11,900 soldiers"): the latest of them
 *     when all have one value; two values: none (no guess);
 *   - else P's sentence before P says "full strength", "whole", "all the":
 *     the latest count of persons whose value is the largest of the span,
 *     when it (or an earlier count of its value) is closed by a total cue
 *     ("18,000 men in all", "4,800 strong") or is the total of a relation
 *     found ("6 battalions of 800"): the total
 *     strength, never a largest part ("2,400 prisoners and 300 guards").
 * NOPOS when neither holds. */

/* 1 when count j is a count of persons a strength may be: no share, rate
 * or part of a sum, at least two, exact or about. */
static int strength_count(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    return strcmp(c->fi[j].cat, "personnel") == 0 && !c->fi[j].share && !c->fi[j].part &&
           f->value >= 2 && (f->qual == TALLY_Q_EXACT || f->qual == TALLY_Q_APPROX) &&
           !rel_is_rate(c, j);
}

/* 1 when the first word of count j's noun (of at least four letters) is a
 * word of t[a..b), case aside ("soldiers"). */
static int strength_noun_in(const ctx *c, size_t j, size_t a, size_t b)
{
    const char *s = c->f->v[j].noun;
    if (!s)
        return 0;
    while (*s && !isalpha((unsigned char)*s))
        s++;
    size_t n = 0;
    while (isalpha((unsigned char)s[n]))
        n++;
    if (n < 4)
        return 0;
    for (size_t i = a; i + n <= b; i++)
        if (strncasecmp(c->t + i, s, n) == 0 && (i == a || !rel_wch((unsigned char)c->t[i - 1])) &&
            (i + n == b || !rel_wch((unsigned char)c->t[i + n])))
            return 1;
    return 0;
}

size_t rel_strength_back(const ctx *c, size_t R, size_t P)
{
    static const char *const whole[] = {"full strength", "whole", "all the", "all its", NULL};
    const tally_fact *pf = &c->f->v[P];
    const tally_sentence *ps = &c->seg->sents[pf->sent_index];
    int para = ps->para;
    size_t named = NOPOS, top = NOPOS;
    for (size_t j = R; j-- > 0;) {
        const tally_sentence *js = &c->seg->sents[c->f->v[j].sent_index];
        if (js->para + 3 < para)
            break;
        if (!strength_count(c, j))
            continue;
        if (strength_noun_in(c, j, ps->start, ps->end)) {
            if (named == NOPOS)
                named = j;   /* the latest */
            else if (c->f->v[j].value != c->f->v[named].value)
                return NOPOS;   /* two strengths of that noun: no guess */
        }
        if (top == NOPOS || c->f->v[j].value > c->f->v[top].value)
            top = j;   /* the latest of the largest (scanning back, strictly larger) */
    }
    if (named != NOPOS)
        return named;
    if (top == NOPOS || !rel_phrase_in(c->t, ps->start, pf->tstart, whole))
        return NOPOS;
    static const char *const total[] = {"in all", "in total", "altogether", "all told", "strong",
                                        NULL};
    for (size_t j = top + 1; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (c->seg->sents[jf->sent_index].para + 3 < para)
            break;
        size_t e = jf->tend + (jf->noun ? strlen(jf->noun) : 0) + 14;
        size_t js = c->seg->sents[jf->sent_index].end;
        if (jf->value == c->f->v[top].value && strcmp(c->fi[j].cat, "personnel") == 0 &&
            rel_phrase_in(c->t, jf->tend, e < js ? e : js, total))
            return top;   /* "18,000 men in all" */
    }
    for (size_t k = c->out->n; k-- > 0;) {
        size_t x = c->out->v[k].stated;
        if (x < top && c->seg->sents[c->f->v[x].sent_index].para + 3 < para)
            break;
        if (x <= top && c->f->v[x].value == c->f->v[top].value &&
            strcmp(c->fi[x].cat, "personnel") == 0)
            return top;   /* the strength is a total found ("18,000 men in all") */
    }
    return NOPOS;   /* "2,400 prisoners and 300 guards ... the whole camp": no total */
}

/* Round 344 (helper ver83): "16 of 152 mm and 12 of 120 mm ...; the 152
 * mm guns of the sea front ... had 420 rounds each, 6,270 in all": a rate
 * R "each" right before a total P of its unit closed by a cue, no count
 * in R's clause, whose subject names its thing with a modifier ("the 152
 * mm guns"); the count C of that thing stated earlier (P's paragraph and
 * the three before) whose own words carry the modifier as text ("16 of
 * 152 mm", "16 heavy guns"; a calibre read as a figure is matched as
 * text too) -> PRODUCT R x C, looked back.  Two such counts of different
 * values: nothing. */

/* The span [*ma, *mb) of the modifier in R's clause before the word
 * starting with unit u or read as u by the lexicon ("152 mm" in "the 152
 * mm guns of ..."; "lorries" for lorry), the clause
 * opening at most two words before it after an article; 0 when none. */
static int subject_modifier(const ctx *c, size_t cs, size_t R, const char *u, size_t *ma,
                            size_t *mb)
{
    static const char *const art[] = {"the", "its", "their", "his", "her", "all", NULL};
    size_t ul = strlen(u), i = cs;
    while (i < c->f->v[R].tstart && !rel_wch((unsigned char)c->t[i]))
        i++;
    char w[48];
    size_t e = rel_word_at(c->t, i, c->f->v[R].tstart, w, sizeof w);
    int isart = 0;
    for (size_t q = 0; art[q] && e > i; q++)
        isart |= strcasecmp(w, art[q]) == 0;
    if (!isart || ul < 3)
        return 0;
    size_t a = e;
    while (a < c->f->v[R].tstart && c->t[a] == ' ')
        a++;
    size_t k = a;
    for (int nw = 0; nw < 3; nw++) {
        while (k < c->f->v[R].tstart && c->t[k] == ' ')
            k++;
        size_t we = rel_word_at(c->t, k, c->f->v[R].tstart, w, sizeof w);
        if (we == k)
            return 0;
        char lu[48], lcat[16];
        if (nw > 0 && (strncasecmp(w, u, u[ul - 1] == 'y' ? ul - 1 : ul) == 0 ||
                       (rel_lookup_word(c->lex, w, lu, lcat) && strcmp(lu, u) == 0))) {
            size_t b = k;
            while (b > a && c->t[b - 1] == ' ')
                b--;
            *ma = a;
            *mb = b;
            return 1;
        }
        k = we;
    }
    return 0;
}

/* 1 when t[a..a+n) occurs in t[x..y) on word boundaries, '-' matching ' '. */
static int text_in(const char *t, size_t a, size_t n, size_t x, size_t y)
{
    for (size_t i = x; i + n <= y; i++) {
        if (i > x && rel_wch((unsigned char)t[i - 1]) && t[i - 1] != '-')
            continue;
        size_t k = 0;
        while (k < n && (tolower((unsigned char)t[i + k]) == tolower((unsigned char)t[a + k]) ||
                         ((t[i + k] == '-' || t[i + k] == ' ') && (t[a + k] == '-' || t[a + k] == ' '))))
            k++;
        if (k == n && (i + n == y || !rel_wch((unsigned char)t[i + n]) || t[i + n] == '-'))
            return 1;
    }
    return 0;
}

int rel_rule_each_named(ctx *c, size_t P, size_t lo, size_t hi)
{
    static const char *const each[] = {"each", "apiece", NULL};
    static const char *const cue[] = {"in all", "in total", "altogether", "all told", NULL};
    (void)hi;
    if (P <= lo)
        return 0;
    size_t R = P - 1;
    const tally_fact *pf = &c->f->v[P], *rf = &c->f->v[R];
    if (!c->fi[P].unit[0] || c->fi[P].share || claimed(c, P) || claimed(c, R) ||
        c->fi[R].share || !rel_same_unit(&c->fi[R], &c->fi[P]) || !(pf->value > rf->value) ||
        rel_words_between(c->t, rf->tend, pf->tstart, ";:()") > 4 ||
        !rel_phrase_in(c->t, rf->tend, pf->tstart, each))
        return 0;
    size_t send = c->seg->sents[pf->sent_index].end;
    size_t ce = pf->tend + 16 < send ? pf->tend + 16 : send;
    if (!rel_phrase_in(c->t, pf->tend, ce, cue))
        return 0;
    size_t cs = c->seg->sents[rf->sent_index].start;   /* R's clause: after a ';' */
    for (size_t i = rf->tstart; i > cs; i--)
        if (c->t[i - 1] == ';') {
            cs = i;
            break;
        }
    if (R > lo && c->f->v[R - 1].tend > cs)
        return 0;   /* a figure in R's clause: other rules own it */
    int para = c->seg->sents[pf->sent_index].para;
    size_t C = NOPOS, ma = 0, mb = 0;
    for (size_t j = R; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (c->seg->sents[jf->sent_index].para + 3 < para)
            break;
        const finfo *ji = &c->fi[j];
        if (!ji->unit[0] || ji->share || rel_same_unit(ji, &c->fi[P]) || !(jf->value >= 2) ||
            (jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX) || rel_is_rate(c, j) ||
            !subject_modifier(c, cs, R, ji->unit, &ma, &mb))
            continue;
        size_t y = jf->tend + (jf->noun ? strlen(jf->noun) : 0) + 16;
        size_t js = c->seg->sents[jf->sent_index].end;
        if (!text_in(c->t, ma, mb - ma, jf->tend, y < js ? y : js))
            continue;
        if (C == NOPOS)
            C = j;   /* the latest */
        else if (jf->value != c->f->v[C].value)
            return 0;   /* two counts of that thing: no guess */
    }
    if (C == NOPOS)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each, the count named earlier");
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    r.looked_back = 1;
    return rel_add(c, &r);
}

/* ---- rates of exchange stated elsewhere (round 370-372, helper ver92) ---- */

/* 1 when figure j is a sum of money of a known currency. */
static int xmoney(const ctx *c, size_t j)
{
    return strcmp(c->fi[j].cat, "money") == 0 && c->fi[j].unit[0] && !c->fi[j].share;
}

/* The currency of a longer term of the unit table that starts with word
 * w or its plural ("pound": "pounds sterling", GBP) into den; 1 when
 * exactly one currency is found so. */
static int xlonger(const ctx *c, const char *w, char den[48])
{
    const tally_table *t = tally_lexicon_table(c->lex, "units");
    int ku = t ? tally_table_col(t, "unit") : -1, kc = t ? tally_table_col(t, "category") : -1;
    size_t n = strlen(w);
    den[0] = '\0';
    if (ku < 0 || kc < 0)
        return 0;
    for (size_t i = 0; i < t->nrows; i++) {
        const char *k = t->rows[i][0];
        if (strncmp(k, w, n) != 0 || strcmp(t->rows[i][kc], "money") != 0)
            continue;
        if (k[n] == 's')
            k++;
        if (k[n] != ' ')
            continue;   /* not w's own longer term */
        if (den[0] && strcmp(den, t->rows[i][ku]) != 0)
            return 0;   /* two currencies */
        snprintf(den, 48, "%s", t->rows[i][ku]);
    }
    return den[0] != '\0';
}

/* 1 when figure R quotes a rate of exchange: R's currency (num) per one of
 * the currency named after "to the" / "to one" / "to a" ("3.8 crowns to
 * the dollar", "$4.04 to the pound").  den gets that currency's unit; a
 * word the unit table reads otherwise ("pound", a weight there) that the
 * "actorwords" table calls a currency takes the unit of its longer term
 * ("pounds sterling"). */
static int xrate(const ctx *c, size_t R, char den[48])
{
    static const char *const to[] = {"to the", "to one", "to a", NULL};
    const tally_fact *rf = &c->f->v[R];
    size_t end = c->seg->sents[rf->sent_index].end, i = rf->tend, e = 0;
    char w[48], u[48], cat[16];
    if (!xmoney(c, R))
        return 0;
    while (i < end && c->t[i] == ' ')
        i++;
    size_t k = rel_word_at(c->t, i, end, w, sizeof w);   /* "3.8 crowns to": past "crowns" */
    if (k > i && ((rel_lookup_word(c->lex, w, u, cat) && strcmp(u, c->fi[R].unit) == 0) ||
                  strcmp(w, c->fi[R].unit) == 0)) {   /* or a currency the lexicon lacks */
        i = k;
        while (i < end && c->t[i] == ' ')
            i++;
    }
    for (size_t q = 0; to[q] && !e; q++)
        e = rel_phrase_at(c->t, i, end, to[q]);
    if (!e)
        return 0;
    while (e < end && c->t[e] == ' ')
        e++;
    if (!rel_word_at(c->t, e, end, w, sizeof w))
        return 0;
    if (rel_lookup_word(c->lex, w, u, cat) && strcmp(cat, "money") == 0) {
        snprintf(den, 48, "%s", u);
        return strcmp(u, c->fi[R].unit) != 0;
    }
    const char *kind = c->lex ? tally_lexicon_get(c->lex, "actorwords", w, "kind") : NULL;
    if (!kind || strcmp(kind, "currency") != 0 || !xlonger(c, w, den))
        return 0;
    return strcmp(den, c->fi[R].unit) != 0;
}

/* 1 when rate R (den as xrate gives it) converts between currencies a and
 * b; *mul 1 when b = a x R (R is b's currency per one of a's), 0 when
 * b = a / R. */
static int xpair(const ctx *c, size_t R, const char *den, const char *a, const char *b, int *mul)
{
    const char *num = c->fi[R].unit;
    if (strcmp(num, b) == 0 && strcmp(den, a) == 0) {
        *mul = 1;
        return 1;
    }
    if (strcmp(num, a) == 0 && strcmp(den, b) == 0) {
        *mul = 0;
        return 1;
    }
    return 0;
}

/* The rate of exchange between currencies a and b for a conversion of
 * sum A: one of A's sentence when it quotes one, else every rate quoting
 * that pair (in the body before, or in an endnote; within 600 figures
 * before A and 2,400 after) must have one value, and the nearest is taken.  NOPOS when none or two
 * values (a rate that changed: "14 to the pound ... 17.5 in October"). */
static size_t xrate_for(const ctx *c, size_t A, const char *a, const char *b, int *mul)
{
    size_t best = NOPOS, here = NOPOS;
    int bm = 0, hm = 0, n = 0;
    double v = 0;
    size_t si = c->f->v[A].sent_index, from = A > REL_LOOK_BACK_MAX ? A - REL_LOOK_BACK_MAX : 0,
           to = c->f->n - A > 4 * REL_LOOK_BACK_MAX ? A + 4 * REL_LOOK_BACK_MAX : c->f->n;
    for (size_t j = from; j < to; j++) {
        const tally_fact *jf = &c->f->v[j];
        char den[48];
        int m;
        if (!(c->f->v[j].value > 0) || !xrate(c, j, den) || !xpair(c, j, den, a, b, &m))
            continue;
        if (jf->sent_index == si) {
            if (here != NOPOS)
                return NOPOS;   /* two rates in the sentence: not one conversion */
            here = j, hm = m;
            continue;
        }
        if (jf->section != TALLY_SECTION_ENDNOTE && jf->sent_index > si)
            continue;   /* a rate stated after the conversion, in the body */
        if (n && fabs(jf->value - v) > 1e-9 * fabs(v))
            n = -1000;   /* two values */
        if (n >= 0)
            v = jf->value, n++;
        if (best == NOPOS || jf->section != TALLY_SECTION_ENDNOTE)
            best = j, bm = m;   /* the latest in the body, else a note's */
    }
    if (here != NOPOS) {
        *mul = hm;
        return here;
    }
    if (n <= 0)
        return NOPOS;
    *mul = bm;
    return best;
}

/* Sum of money Q restating at once the sum A before it in another
 * currency ("£24m ... at 5 per cent, worth about $97 million at the rate
 * of the day"; "12 million dinars ..., worth some £857,000 at the rate of
 * 14 dinars to the pound"): "worth", "or", "equal to", "equivalent to" or
 * "came to" among the two words before Q, A the nearest sum of money
 * before Q in its sentence (other figures, a share or a count, skipped)
 * within twelve words (no ; : between), neither a rate of exchange, Q
 * unused (A may be a total found already: "3.86 million crowns in all, or
 * some $920,000"); the rate that of xrate_for -> PRODUCT stated Q = A x R, or
 * stated A with Q = A / R its quotient (average).  0, or -1 when out of
 * memory. */
/* Add the conversion of sum A into sum Q at rate R (mul as xpair gives
 * it); 0, or -1 when out of memory. */
static int xadd(ctx *c, size_t A, size_t Q, size_t R, int mul)
{
    tally_relation r;   /* a quotient is checked as add_exchange does: the dividend stated */
    rel_init(&r, TALLY_REL_PRODUCT, mul ? Q : A, "rate of exchange");
    r.average = !mul;
    rel_part(c, &r, mul ? A : Q);
    rel_part(c, &r, R);
    if (c->f->v[R].sent_index != c->f->v[A].sent_index)
        r.looked_back = 1;
    c->fi[Q].used = 1;
    return rel_add(c, &r);
}

/* The currency rate R (den as xrate gives it) converts sum Q from: R's
 * own when Q is in the currency R is said per, den when Q is in R's;
 * NULL when Q is in neither. */
static const char *xother(const ctx *c, size_t R, const char *den, size_t Q)
{
    return strcmp(c->fi[R].unit, c->fi[Q].unit) == 0 ? den
           : strcmp(den, c->fi[Q].unit) == 0         ? c->fi[R].unit
                                                     : NULL;
}

/* An endnote converting the sum of the body sentence that cites it: "At 4
 * crowns to the dollar the grant was worth 9.6 million crowns" in note N,
 * rate R the one sum of money before Q in Q's sentence, and A the one sum
 * (no price, no rate) of R's other currency among the body figures citing
 * note N (within 2,400 figures back), of several the one total of a SUM
 * ("the grant", "the bill": $1.8 million + $600,000 = $2.4 million) ->
 * PRODUCT as rel_rule_xrate.  0, or
 * -1 when out of memory. */
static int xrate_note(ctx *c, size_t Q, size_t lo)
{
    static const char *const per[] = {"a", "an", "per", "each", "apiece", NULL};
    const tally_fact *qf = &c->f->v[Q];
    size_t R = NOPOS, A = NOPOS;
    char den[48];
    int mul = 0;
    for (size_t j = lo; j < Q; j++)
        if (strcmp(c->fi[j].cat, "money") == 0) {
            if (R != NOPOS)
                return 0;
            R = j;
        }
    if (R == NOPOS) {   /* "the sum was booked at 1,530,000 thalers, at the rate of 25
                           thalers to the pound": the rate after the sum */
        for (size_t j = Q + 1; j < c->f->n && c->f->v[j].sent_index == qf->sent_index; j++)
            if (strcmp(c->fi[j].cat, "money") == 0) {
                if (R != NOPOS)
                    return 0;
                R = j;
            }
        int w = R == NOPOS ? -1 : rel_words_between(c->t, qf->tend, c->f->v[R].tstart, ";:()");
        if (w < 0 || w > 8)
            return 0;
    }
    if (R == NOPOS || !xrate(c, R, den))
        return 0;
    const char *other = xother(c, R, den, Q);
    if (!other)
        return 0;
    size_t n_a = 0;
    for (size_t j = Q, n = 0; j-- > 0 && n < 4 * REL_LOOK_BACK_MAX; n++) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->section == TALLY_SECTION_ENDNOTE || jf->note != qf->note || !xmoney(c, j) ||
            strcmp(c->fi[j].unit, other) != 0 || rel_is_rate(c, j) ||
            rel_word_within(c, jf->tend, c->seg->sents[jf->sent_index].end, 1, per))
            continue;
        n_a++;
        if (A == NOPOS || (rel_stated_by(c, TALLY_REL_SUM, j) && !rel_stated_by(c, TALLY_REL_SUM, A)))
            A = j;
        else if (rel_stated_by(c, TALLY_REL_SUM, j))
            A = NOPOS, n_a = 1000;   /* two totals */
    }
    if (n_a > 1 && (A == NOPOS || !rel_stated_by(c, TALLY_REL_SUM, A) || n_a >= 1000))
        return 0;   /* two sums the note may convert, neither the one total */
    if (A == NOPOS || !(c->f->v[A].value > 0) || !xpair(c, R, den, c->fi[A].unit, c->fi[Q].unit, &mul))
        return 0;
    return xadd(c, A, Q, R, mul);
}

/* 1 when sum Q is hedged ("about", "some", "roughly", "nearly") right
 * before it (or opening its mention) and "at the rate of" / "at a rate of" follows it (past its
 * currency word): "9,000 francs in all, about 3,600 crowns at the rate of
 * 2.5 francs to the crown" restates the sum before it. */
static int xrate_after(const ctx *c, size_t Q)
{
    static const char *const hedge[] = {"about", "some", "roughly", "nearly", "approximately", NULL};
    static const char *const at[] = {"at the rate of", "at a rate of", NULL};
    const tally_fact *qf = &c->f->v[Q];
    size_t start = c->seg->sents[qf->sent_index].start, end = c->seg->sents[qf->sent_index].end;
    size_t i = qf->tend, e = 0;
    char w[48], u[48], cat[16];
    int hedged = rel_word_before_is(c, qf->tstart, start, hedge);
    for (size_t q = 0; hedge[q] && !hedged; q++)
        hedged = rel_phrase_at(c->t, qf->tstart, qf->tend, hedge[q]) != 0;   /* "about 3,600" */
    if (!hedged)
        return 0;
    while (i < end && c->t[i] == ' ')
        i++;
    size_t k = rel_word_at(c->t, i, end, w, sizeof w);   /* "3,600 crowns at": past "crowns" */
    if (k > i && rel_lookup_word(c->lex, w, u, cat) && strcmp(u, c->fi[Q].unit) == 0)
        for (i = k; i < end && c->t[i] == ' ';)
            i++;
    for (size_t q = 0; at[q] && !e; q++)
        e = rel_phrase_at(c->t, i, end, at[q]);
    return e != 0;
}

/* A sentence that opens with its rate of exchange and converts the sum
 * of the sentence before: "...: 1,500 km of cable at £38 a km, or £57,000.
 * At 8 korun to the pound the order would cost 465,000 korun": the rate R
 * the first figure of Q's sentence, right after "At", quoting Q's
 * currency and another, and Q the first sum after it; A the last sum of that other currency in the
 * sentence before (same paragraph), no rate or price ("£38 a km") ->
 * PRODUCT as rel_rule_xrate.  0, or -1 when out of memory. */
static int xrate_opening(ctx *c, size_t Q, size_t lo)
{
    static const char *const per[] = {"a", "an", "per", "each", "apiece", NULL};
    const tally_fact *qf = &c->f->v[Q];
    size_t start = c->seg->sents[qf->sent_index].start, R = lo, A = NOPOS;
    char den[48], w[24];
    int mul = 0;
    if (R >= Q || c->f->v[R].sent_index != qf->sent_index || !xrate(c, R, den) ||
        rel_words_between(c->t, start, c->f->v[R].tstart, "") != 1 ||
        !rel_word_at(c->t, start, c->f->v[R].tstart, w, sizeof w) || strcmp(w, "at") != 0)
        return 0;
    const char *other = xother(c, R, den, Q);
    if (!other)
        return 0;
    for (size_t j = R + 1; j < Q; j++)
        if (xmoney(c, j))
            return 0;   /* the converted sum is the first after the rate */
    for (size_t j = R; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 != qf->sent_index)
            break;
        if (c->seg->sents[jf->sent_index].para != c->seg->sents[qf->sent_index].para)
            break;
        if (!xmoney(c, j) || strcmp(c->fi[j].unit, other) != 0 || rel_is_rate(c, j) ||
            rel_word_within(c, jf->tend, c->seg->sents[jf->sent_index].end, 1, per))
            continue;
        A = j;
        break;
    }
    if (A == NOPOS || !(c->f->v[A].value > 0) ||
        !xpair(c, R, den, c->fi[A].unit, c->fi[Q].unit, &mul))
        return 0;
    return xadd(c, A, Q, R, mul);
}

int rel_rule_xrate(ctx *c, size_t Q, size_t lo, size_t hi)
{
    static const char *const join[] = {"worth", "or", "equal to", "equivalent to", "came to", NULL};
    size_t A = NOPOS;
    char den[48];
    int mul = 0;
    (void)hi;
    if (!xmoney(c, Q) || c->fi[Q].used)
        return 0;
    const tally_fact *qf = &c->f->v[Q];
    if (qf->section == TALLY_SECTION_ENDNOTE && qf->note > 0) {
        int made = xrate_note(c, Q, lo);
        if (made)
            return made < 0 ? -1 : 0;
    }
    if (Q == lo)
        return 0;
    size_t start = c->seg->sents[qf->sent_index].start, b = rel_word_back(c, qf->tstart, start);
    b = b > start ? rel_word_back(c, b, start) : b;   /* two words back */
    if (!rel_phrase_in(c->t, b, qf->tstart, join) && !xrate_after(c, Q))
        return xrate_opening(c, Q, lo);
    for (size_t j = Q; j-- > lo && A == NOPOS;)
        if (strcmp(c->fi[j].cat, "money") == 0)
            A = j;
    if (A == NOPOS || !xmoney(c, A) || rel_same_unit(&c->fi[A], &c->fi[Q]) ||
        !(c->f->v[A].value > 0) || xrate(c, A, den) || xrate(c, Q, den))
        return 0;
    const tally_fact *af = &c->f->v[A];
    int w = rel_words_between(c->t, af->tend, qf->tstart, ";:");
    if (w < 1 || w > 12)
        return 0;
    size_t R = xrate_for(c, A, c->fi[A].unit, c->fi[Q].unit, &mul);
    if (R == NOPOS)
        return 0;
    return xadd(c, A, Q, R, mul);
}

/* ---- chains of counts "each ... each" (round 426, helper ver124) ---- */

/* The figure a link "each <word> ..." ends in X hangs from: the last
 * "each" before X in its sentence (nothing but X's list between: no
 * ";"), the word after it naming the unit of the latest figure Y before
 * that "each", at most six words before it ("four sectors around the
 * capital, each sector with three batteries": the four for the three).
 * NOPOS when there is no such link. */
static size_t each_link(const ctx *c, size_t X, size_t lo)
{
    const tally_fact *xf = &c->f->v[X];
    size_t s = c->seg->sents[xf->sent_index].start;
    for (size_t i = xf->tstart; i-- > s;) {
        size_t e = rel_phrase_at(c->t, i, xf->tstart, "each");
        if (!e)
            continue;
        if (rel_words_between(c->t, e, xf->tstart, ";:()") < 0)
            return NOPOS;
        size_t ws = next_word(c, e, xf->tstart);
        char w[48];
        if (ws == NOPOS || rel_word_at(c->t, ws, xf->tstart, w, sizeof w) == ws)
            return NOPOS;
        size_t Y = NOPOS;
        for (size_t j = X; j-- > lo;)
            if (c->f->v[j].tend <= i) {
                Y = j;
                break;
            }
        if (Y == NOPOS || c->f->v[Y].sent_index != xf->sent_index ||
            !names_unit(c, w, c->fi[Y].unit))
            return NOPOS;
        int n = rel_words_between(c->t, c->f->v[Y].tend, i, ";:()");
        return n >= 0 && n <= 6 ? Y : NOPOS;
    }
    return NOPOS;
}

/* 1 when t[a..b) holds a word that says a figure is a whole ("thus",
 * "in all", "the full programme"): without one, only an exact product is
 * taken (round 426). */
static int whole_cue(const ctx *c, size_t a, size_t b)
{
    static const char *const cue[] = {"thus", "so", "therefore", "in all", "altogether",
                                      "all told", "in total", "total", "together", "whole",
                                      "full", "entire", NULL};
    return rel_phrase_in(c->t, a, b, cue);
}

/* 1 when figure j is a plain whole count of two or more things. */
static int chain_count(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    return c->fi[j].unit[0] && !c->fi[j].share && f->qual == TALLY_Q_EXACT && f->value >= 2 &&
           f->value == floor(f->value) && !rel_is_rate(c, j);
}

int rel_rule_each_chain(ctx *c, size_t P, size_t lo, size_t hi)
{
    (void)lo;
    (void)hi;
    if (!chain_count(c, P) || claimed(c, P))
        return 0;
    const tally_fact *pf = &c->f->v[P];
    size_t K = NOPOS;   /* the latest figure of P's unit before P */
    for (size_t j = P; j-- > 0;) {
        if (pf->sent_index - c->f->v[j].sent_index > 2)
            break;
        if (rel_same_unit(&c->fi[j], &c->fi[P])) {
            K = j;
            break;
        }
    }
    if (K == NOPOS || c->seg->sents[c->f->v[K].sent_index].para != c->seg->sents[pf->sent_index].para ||
        !chain_count(c, K) || !(pf->value > c->f->v[K].value))
        return 0;
    size_t klo = K;   /* K's sentence's first figure */
    while (klo > 0 && c->f->v[klo - 1].sent_index == c->f->v[K].sent_index)
        klo--;
    size_t B = each_link(c, K, klo);
    size_t A = B == NOPOS ? NOPOS : each_link(c, B, klo);
    if (A == NOPOS || !chain_count(c, A) || !chain_count(c, B) ||
        rel_same_unit(&c->fi[A], &c->fi[B]) || rel_same_unit(&c->fi[A], &c->fi[K]) ||
        rel_same_unit(&c->fi[B], &c->fi[K]))
        return 0;
    double v = c->f->v[A].value * c->f->v[B].value * c->f->v[K].value;
    if (v < pf->value / 2 || v > pf->value * 2 ||
        (v != pf->value && !whole_cue(c, c->seg->sents[pf->sent_index].start, pf->tstart)))
        return 0;   /* "flew 70 crews to the coast": some of them, not the whole */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each ... each: a chain of counts");
    rel_part(c, &r, A);
    rel_part(c, &r, B);
    rel_part(c, &r, K);
    r.looked_back = c->f->v[K].sent_index != pf->sent_index;
    return rel_add(c, &r);
}

/* ---- rates of a subject named the sentence before (round 426) ---- */

/* 1 when figure R's clause has a pronoun "he" / "she" / "it" as its
 * subject right before R's verb ("... he uses some 225 litres"): the
 * pronoun, one word, then R, no mark between. */
static int pronoun_subject(const ctx *c, size_t R)
{
    static const char *const pron[] = {"he", "she", "it", NULL};
    size_t s = c->seg->sents[c->f->v[R].sent_index].start, i = c->f->v[R].tstart;
    char w[48];
    for (int k = 0; k < 2; k++) {   /* back over the verb, then the pronoun */
        while (i > s && c->t[i - 1] == ' ')
            i--;
        size_t e = i;
        while (i > s && rel_wch((unsigned char)c->t[i - 1]))
            i--;
        if (i == e)
            return 0;   /* a mark, or the sentence's start */
        if (k == 1) {
            rel_word_at(c->t, i, e, w, sizeof w);
            return rel_word_is(w, pron);
        }
    }
    return 0;
}

/* 1 when the sentence before sentence si, in its paragraph, opens with
 * "A" / "An" / "Each" / "Every" (after a memo's paragraph number "6."):
 * one thing of a kind, which the pronoun of sentence si then names. */
static int one_subject_before(const ctx *c, size_t si)
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    if (si == 0 || c->seg->sents[si - 1].para != c->seg->sents[si].para)
        return 0;
    size_t s = c->seg->sents[si - 1].start, end = c->seg->sents[si - 1].end;
    char w[48];
    size_t i = next_word(c, s, end);
    if (i == NOPOS)
        return 0;
    i = rel_word_at(c->t, i, end, w, sizeof w);
    if (isdigit((unsigned char)w[0]) && strspn(w, "0123456789") == strlen(w) && i < end &&
        (c->t[i] == '.' || c->t[i] == ')')) {   /* "6. A trainee ...": a paragraph number */
        i = next_word(c, i + 1, end);
        if (i == NOPOS)
            return 0;
        rel_word_at(c->t, i, end, w, sizeof w);
    }
    return rel_word_is(w, one);
}

/* "A trainee drives about 900 km.  ... he uses some 225 litres, and the
 * programme of 3,840 places needs some 846,000 litres": R said of the one
 * thing the sentence before opens with (a pronoun its subject), the one
 * count C between R and P in P's sentence, R x C within half to twice P
 * -> PRODUCT. */
int rel_rule_pronoun_rate(ctx *c, size_t P, size_t lo, size_t hi)
{
    (void)hi;
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share || pi->formation || !isfinite(pf->value) ||
        pf->value <= 0 || P < lo + 2 || claimed(c, P))
        return 0;
    size_t R = unit_before(c, P, lo);
    if (R == NOPOS || R + 2 != P || c->fi[R].used || rel_is_rate(c, R) ||
        !(c->f->v[R].value * 1.5 <= pf->value) || !pronoun_subject(c, R) ||
        !one_subject_before(c, pf->sent_index))
        return 0;
    size_t C = R + 1;   /* the one figure between R and P: a plain count */
    const tally_fact *cf = &c->f->v[C];
    if (!c->fi[C].unit[0] || c->fi[C].share || c->fi[C].part || rel_is_rate(c, C) ||
        (cf->qual != TALLY_Q_EXACT && cf->qual != TALLY_Q_APPROX) || !(cf->value > 1) ||
        cf->value != floor(cf->value))
        return 0;
    if (c->f->v[R].value * cf->value != pf->value && !whole_cue(c, c->f->v[R].tend, pf->tstart))
        return 0;   /* no word makes P the whole of the C things: exact only */
    return far_product(c, P, R, C, 0, "rate of the subject named before");
}

/* 1 when word w tells nothing of whose sum a figure is: shorter than four
 * letters, a verb of paying, a common word or a word naming unit u or v. */
static int pay_word(const ctx *c, const char *w, const char *u, const char *v)
{
    static const char *const pay[] = {"paid", "pays", "cost", "costs", "charged", "spent",
                                      "earned", "received", "were", "was", "came", "that",
                                      "this", "with", "from", "then", "their", NULL};
    return strlen(w) < 4 || rel_word_is(w, pay) || (u[0] && names_unit(c, w, u)) ||
           (v[0] && names_unit(c, w, v));
}

/* Round 448 (helper ver142): 1 when the money figure P after a count C
 * said "on (the)" ("...; on the 50,000 tons it shipped, the mines earned
 * 900,000 crowns") is no sum of the price R before C: P's clause (from
 * the last mark between C and P) has no word of R's clause (its sentence
 * part before the ";" or C: the payer, "the difference", "the dues"), no
 * word of a bill ("the loss", "the subsidy", "the bill") and no pronoun
 * of the payer ("it", "they").  Someone else's money ("the dockers were
 * paid", "the owners claimed") is then no check.  0 when C is no "on"
 * count. */
int rel_on_count_foreign(const ctx *c, size_t R, size_t C, size_t P)
{
    static const char *const the[] = {"the", "these", "those", "all", NULL};
    static const char *const on[] = {"on", NULL};
    static const char *const bill[] = {"loss", "losses", "bill", "subsidy", "subsidies",
                                       "outlay", "expense", "expenses", "charge", "charges",
                                       "total", "sum", "payment", "payments", "cost", "costs",
                                       "it", "they", "difference", NULL};
    const tally_fact *cf = &c->f->v[C], *pf = &c->f->v[P], *rf = &c->f->v[R];
    if (R >= C || C >= P || strcmp(c->fi[P].cat, "money") != 0 ||
        pf->sent_index != cf->sent_index)
        return 0;
    size_t s0 = c->seg->sents[cf->sent_index].start, w = cf->tstart;
    if (rel_word_before_is(c, w, s0, the))
        w = rel_word_back(c, w, s0);
    if (!rel_word_before_is(c, w, s0, on))
        return 0;
    size_t pa = cf->tend;   /* P's clause: from the last mark between C and P */
    for (size_t i = cf->tend; i < pf->tstart; i++)
        if (c->t[i] == ',' || c->t[i] == ';' || c->t[i] == ':')
            pa = i + 1;
    size_t ra = c->seg->sents[rf->sent_index].start, rb = w;   /* R's clause */
    if (rf->sent_index != cf->sent_index)
        rb = c->seg->sents[rf->sent_index].end;
    for (size_t i = rf->tend; i < rb; i++)
        if (c->t[i] == ';') {
            rb = i;
            break;
        }
    char x[48];
    for (size_t i = pa; rel_next_word(c->t, &i, pf->tstart, x, sizeof x);) {
        if (rel_word_is(x, bill))
            return 0;
        if (!pay_word(c, x, c->fi[P].unit, c->fi[C].unit) && word_occurs(c, x, ra, rb))
            return 0;
    }
    return 1;
}

/* Rule 7o (round 444, helper ver139): a bill on a count, "... paid the
 * difference of 0.60 florins; on the 930,000 tins that arrived, the
 * subsidy cost it 558,000 florins": C right after "on the" / "on" (no
 * money, no share, no rate), P the next figure of its sentence after it,
 * money, no ";" between; R the nearest figure of P's unit before C (C's
 * sentence or the one before, its paragraph), no share, no rate per a
 * period, below P; R x C within half to twice P -> PRODUCT.  The price
 * needs no "a tin": the count said "on" names what it is paid on.  No
 * check when R is a price of a base ("15 marks a thousand loaves") or P
 * is someone else's money (rel_on_count_foreign, round 448). */
int rel_rule_on_count(ctx *c, size_t C, size_t lo, size_t hi)
{
    static const char *const the[] = {"the", "these", "those", "all", NULL};
    static const char *const on[] = {"on", NULL};
    const tally_fact *cf = &c->f->v[C];
    const finfo *ci = &c->fi[C];
    (void)lo;
    if (C + 1 >= hi || ci->share || !ci->unit[0] || strcmp(ci->cat, "money") == 0 ||
        rel_is_rate(c, C) || !(cf->value > 1) ||
        (cf->qual != TALLY_Q_EXACT && cf->qual != TALLY_Q_APPROX))
        return 0;
    size_t s0 = c->seg->sents[cf->sent_index].start;
    size_t w = cf->tstart;
    if (rel_word_before_is(c, w, s0, the))
        w = rel_word_back(c, w, s0);
    if (!rel_word_before_is(c, w, s0, on))
        return 0;
    size_t P = C + 1;
    const tally_fact *pf = &c->f->v[P];
    if (strcmp(c->fi[P].cat, "money") != 0 || c->fi[P].share || c->fi[P].used ||
        rel_is_rate(c, P) || rel_words_between(c->t, cf->tend, pf->tstart, ";") < 0)
        return 0;
    for (size_t R = C; R-- > 0;) {
        const tally_fact *rf = &c->f->v[R];
        if (rf->sent_index + 1 < cf->sent_index || rf->para != cf->para)
            break;
        if (!rel_same_unit(&c->fi[R], &c->fi[P]) || c->fi[R].share)
            continue;
        int period;
        static const char *const base[] = {"hundred", "thousand", "million", "1,000", NULL};
        if ((rel_rate_of(c, R, &period) && period >= 0) || !(rf->value < pf->value) ||
            rel_word_within(c, rf->tend, c->seg->sents[rf->sent_index].end, 3, base))
            return 0;   /* "15 marks a thousand loaves": a price of a base, no check */
        if (rel_on_count_foreign(c, R, C, P))
            return 0;   /* someone else's money on the count (round 448) */
        return far_product(c, P, R, C, 0, "on a count");
    }
    return 0;
}

/* The thing named right after "each" / "every" in t[a..b) ("each bicycle
 * two tyres"), copied into w; the offset after it, 0 when none. */
static size_t each_thing(const ctx *c, size_t a, size_t b, char *w, size_t cap)
{
    static const char *const one[] = {"each", "every", NULL};
    return rel_cue_word(c, &a, b, one, w, cap);
}

/* 1 when a count of unit u reads as the thing w ("bicycles" for
 * "bicycle"), by its stem or through the lexicon. */
static int norm_thing(const ctx *c, const char *u, const char *w)
{
    char lu[48], cat[16];
    size_t wl = strlen(w);
    if (wl >= 4 && strncasecmp(u, w, wl - 1) == 0)
        return 1;
    return rel_lookup_word(c->lex, w, lu, cat) && strcmp(lu, u) == 0;
}

/* "The norm gave each bicycle two tyres and four tubes a year. For the
 * whole establishment this meant 6,240 tyres, 12,480 tubes": P in a
 * sentence whose words before it say "for the whole / full / entire"; the
 * sentence before (same paragraph) gives "each <thing>" a figure R of P's
 * unit; C the largest exact count of <thing> stated earlier in the
 * document (within FAR_BACK figures: "the whole" is the largest) -> PRODUCT P = R x C, looked back, when R x C
 * lies within half to twice P.  0 when none, -1 when out of memory. */
int rel_rule_norm_whole(ctx *c, size_t P, size_t lo, size_t hi)
{
    static const char *const whole[] = {"for the whole", "for the full", "for the entire",
                                        "for all the", NULL};
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    (void)hi;
    size_t si = pf->sent_index;
    if (!pi->unit[0] || pi->share || pi->used || claimed(c, P) || si == 0 || lo == 0 ||
        !(pf->value > 1) || c->seg->sents[si - 1].para != c->seg->sents[si].para ||
        !rel_phrase_in(c->t, c->seg->sents[si].start, pf->tstart, whole))
        return 0;
    size_t plo, phi;
    rel_sent_range(c, si - 1, &plo, &phi);
    char w[48];
    size_t e = each_thing(c, c->seg->sents[si - 1].start, c->seg->sents[si - 1].end, w, sizeof w);
    if (!e)
        return 0;
    size_t R = NOPOS;
    for (size_t j = plo; j < phi && R == NOPOS; j++)
        if (c->f->v[j].tstart >= e && rel_same_unit(&c->fi[j], pi) && !c->fi[j].share &&
            c->f->v[j].qual == TALLY_Q_EXACT)
            R = j;
    if (R == NOPOS)
        return 0;
    size_t C = NOPOS, stop = plo > FAR_BACK ? plo - FAR_BACK : 0;
    for (size_t j = plo; j-- > stop;)   /* the whole: the largest exact count */
        if (c->fi[j].unit[0] && !c->fi[j].share && c->f->v[j].value > 1 &&
            c->f->v[j].qual == TALLY_Q_EXACT && norm_thing(c, c->fi[j].unit, w) &&
            (C == NOPOS || c->f->v[j].value > c->f->v[C].value))
            C = j;
    if (C == NOPOS)
        return 0;
    double x = c->f->v[R].value * c->f->v[C].value;
    if (x < pf->value / 2 || x > pf->value * 2)
        return 0;
    return rel_add_product_back(c, P, R, C, "each");
}
