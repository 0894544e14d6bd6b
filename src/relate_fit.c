/*
 * relate_fit.c - relations that no cue gives away but the figures do.
 *
 * Historians often let the arithmetic speak for itself: "146,000 combat
 * troops and 36,000 in the rear services; the ration strength was
 * 182,000", "25 wagons of 10 tons made a train of 250 tons", "93,000 tons
 * in 90 days, about 1,030 tons a day", "47 of the 140 locomotives, one in
 * three".  After every cue rule has run, rel_rule_fit() reads each figure
 * no relation states yet against the figures just before it (its own
 * sentence and the two before, in the same paragraph and section; at most
 * FIT_BACK of them) and takes a relation when exactly one way of making it
 * from two of them fits to the figure's own rounding:
 *
 *   sum         A + B, all three of one unit;
 *   difference  |A - B|, all three of one unit, smaller than the larger,
 *               to the unit when R is stated exactly ("1,760 ... 300 ...
 *               1,500 tons" is no 1,460), and not R listed after B ("28
 *               trawlers and 14 drifters");
 *   product     A x B, the result of the unit of one of them only (the
 *               rate), the other a count of something else;
 *   average     A / B, the result of A's unit, B a count of another;
 *   fraction    a share equal to part / whole (two figures of one unit,
 *               on either side of the share in its sentence), or a figure
 *               equal to a share of a whole stated before it.
 *
 * When no way of these fits, an exact product may still: R, stated
 * exactly and 100 or more, is a x b to the last unit whatever their units
 * ("16 camps with room for 2,500 people, 40,000 places"), its factors
 * before it or after it in its sentence ("112 guns in 28 batteries of
 * four"; not a figure of R's unit a tenth of R or more, which is set
 * against it); or a x b x d, at most one factor outside R's sentence and
 * then in the sentence just before ("two regiments of three battalions of
 * 35 lorries ... 210 lorries").  A period is a factor only of a unit made
 * of it (person-days), and no two factors are of one unit but R's (where
 * a count's own noun was left out: "520 beds ... the 31 open held 16,120").
 *
 * A second pass, once every pair is taken, tries runs for the figures no
 * pair made: three or more consecutive figures of its kind right before
 * it, or two or more right after it in its sentence, adding up to it
 * exactly (a SUM); the run after it may go on into the next sentence of
 * its paragraph (then three parts or more: "212 ships of 614,000 tons.
 * Of these 148 were steamers and 51 motor ships; the remaining 13 were
 * tankers"), passing over R's own attribute and each part's ("four
 * battleships of 18,500 tons, six cruisers of 4,200 tons ...").
 *
 * The amount of a change a cue names ("went up by 11", "a reduction of
 * 40") is fitted only from levels near it, one in its sentence and the
 * other there or in the sentence before: two figures of another list
 * further off could pass a slip as consistent.
 *
 * A product may convert its rate's weight to R's ("16 containers of 150
 * kg ... 2.4 tons": 16 x 150 / 1000; "410,000 townspeople ... 225 grams
 * ... about 92 tons"), by the lexicon's measures table.
 *
 * A figure said of each of some things ("Each station had four observers,
 * 168 in all"; "every", "per", "to every battalion", "a kitchen burns 60
 * kg") may multiply with a count of those things stated anywhere before
 * it in its section, one of the last EACH_COUNTS (fit_each, cue "fit
 * each"): the document's "42 stations" a paragraph before.  Tried only
 * when no other way fits; two counts that fit make none.
 *
 * Last, once every near fit is made, a figure whose own words say it is
 * what others leave or make ("the remaining 470 tons", "36 short",
 * "brought the fleet to 118") may be a sum or difference of two exact
 * figures of its unit up to FAR_SENTS sentences back, in earlier
 * paragraphs too (fit_far, cue "fit far").
 *
 * A figure under 10 is fitted only as the days (weeks, months) a stock
 * lasts at a rate said per that period ("9,500 tons ... 1,900 tons a day
 * ... five days"), or as such a converted product.
 *
 * Before both, a share a cue rule found with its part but no whole takes
 * as its whole the one figure near it that fits (fit_whole, cue "fit
 * whole").
 *
 * A fit can only find arithmetic that holds, and verify keeps its check
 * only when it is consistent (verify.c, keep_fit), so fits add checks a
 * reader can confirm without any risk of a false alarm; a slip is found
 * only by the cue rules.  Guards against chance: the result is 10 or more
 * (a share excepted) and no item of a list of bare figures ("30, 50, 70 and
 * 150"), no operand is 1 or equal to the result, bounds, ranges and vague
 * amounts take no part, no two of the figures are already in one relation,
 * and two different ways of making the same figure make none, unless
 * only one of the two has both its figures in R's own sentence: that one
 * is taken.  A sum of a total and one of its own parts counts that part
 * twice and is no way at all ("64 pieces" after "48 guns: 8, 12, 16 and
 * 12" is not 48 + 16, and may be the run after it).  A share a cue rule
 * found keeps no sum from its part and whole ("11,500 ... 29,500, of
 * which some 45 per cent": 18,000 + 11,500), and the part of such a share
 * may be made from two figures of its own sentence ("84 ... added 61, so
 * 145 against the 216 planned, about two-thirds").  A rate restated after "or" ("350 grams, or 50 grams a day")
 * is no operand of a sum or a difference.  The relations carry the cue
 * "fit".
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "relate_int.h"
#include "tally/verify.h"

#define FIT_BACK 12        /* figures before the result read as operands */
#define FIT_SENTS 2        /* sentences before the result's own */
#define FIT_MIN 10.0       /* the smallest result (not a share) taken */
#define SLIP_DIGITS 3      /* the fewest significant digits of a slip */

/* One way of making a figure: the relation it would be. */
typedef struct fit {
    tally_relation r;
    size_t a, b;           /* the two operands */
} fit;

/* 1 when fact i is a plain figure that can take part in a fit: a value,
 * stated exactly or approximately (a share: as a ratio), not a bound, a
 * range or a vague amount, and not zero. */
static int plain(const ctx *c, size_t i)
{
    const tally_fact *f = &c->f->v[i];
    if (isnan(f->value) || f->value <= 0)
        return 0;
    if (c->fi[i].share)
        return f->qual == TALLY_Q_RATIO || f->qual == TALLY_Q_EXACT || f->qual == TALLY_Q_APPROX;
    return f->qual == TALLY_Q_EXACT || f->qual == TALLY_Q_APPROX;
}

/* A share as a fraction of one (40 per cent -> 0.4). */
static double share_of_one(const ctx *c, size_t i)
{
    const tally_fact *f = &c->f->v[i];
    return strcmp(c->fi[i].unit, "percent") == 0 ? f->value / 100 : f->value;
}

/* How far a computed value may lie from figure i and still be it: the
 * figure's rounding allowance (verify.h), and for a quotient or a share
 * at least half its last digit ("about 1,030" for 1,033.3; "69 per cent"
 * for 68.9).  A share in words ("one in three", "a third") allows a tenth
 * of itself, as verify reads such shares. */
static double allowance(const ctx *c, size_t i, int quotient)
{
    const tally_fact *f = &c->f->v[i];
    int percent = strcmp(c->fi[i].unit, "percent") == 0;
    double a = tally_rounding_allowance(f->value, f->qual, percent);
    if (c->fi[i].share && !percent)
        return 0.1 * f->value;
    if (quotient) {
        double p = 1;   /* the last digit's place */
        while (p > 1e-6 && fabs(f->value / p - round(f->value / p)) > 1e-6 * (f->value / p))
            p /= 10;
        if (a < p / 2)
            a = p / 2;
    }
    return a;
}

/* 1 when v, written to the last significant digit of want (want's own
 * digits: 11,840 -> 1184, 5.7 -> 57), differs from want's digits in one
 * digit or by two neighbouring digits swapped (tally_digits_swapped):
 * 11,480 for "11,840", 1,440 for "1,540", 7.49 for "5.7".  want must have
 * SLIP_DIGITS significant digits or more (a single digit is any other's
 * slip). */
static int digit_slip(double want, double v)
{
    if (want <= 0 || v <= 0)
        return 0;
    double p = 1e12;   /* want's last significant digit's place */
    while (p > 1e-6 && fabs(want / p - round(want / p)) > 1e-6 * (want / p))
        p /= 10;
    if (want / p > 1e15 || v / p > 1e15)
        return 0;
    double wa = round(want / p), vb = round(v / p);
    char a[24], b[24];
    snprintf(a, sizeof a, "%.0f", wa);
    snprintf(b, sizeof b, "%.0f", vb);
    size_t n = strlen(a), nd = 0;
    if (n < SLIP_DIGITS || strlen(b) != n)
        return 0;
    for (size_t k = 0; k < n; k++)
        nd += a[k] != b[k];
    return nd == 1 || tally_digits_swapped(wa, vb);
}

/* 1 when v is figure i to its rounding (shares compared as fractions of one). */
static int near_to(const ctx *c, size_t i, double v, int quotient)
{
    double want = c->fi[i].share ? share_of_one(c, i) : c->f->v[i].value;
    double tol = allowance(c, i, quotient);
    if (c->fi[i].share && strcmp(c->fi[i].unit, "percent") == 0)
        tol /= 100;
    if (tol == 0)
        return fabs(v - want) <= 1e-9 * fabs(want);
    return fabs(v - want) < tol - 1e-9 * fabs(want);   /* 2.85 is not "2.8" */
}

/* near_to(), but while a slip is sought for figure i (c->slip), 1 instead
 * when v is not figure i but figure i's digits with one of them wrong
 * (digit_slip). */
static int near(const ctx *c, size_t i, double v, int quotient)
{
    if (c->slip != i + 1)
        return near_to(c, i, v, quotient);
    int percent = c->fi[i].share && strcmp(c->fi[i].unit, "percent") == 0;
    return !near_to(c, i, v, quotient) &&
           digit_slip(c->f->v[i].value, percent ? v * 100 : v);
}

/* Which relations each fact is in (as the stated figure or a part), made
 * once from the relations the cue rules found: rel[at[i] .. at[i + 1]) are
 * the indexes of fact i's relations; stated[i] has STATED when one states
 * it (or has it as its share), PART_OF_SHARE when it is the part of a
 * FRACTION.  So the look-ups stay linear in the document. */
enum { STATED = 1, PART_OF_SHARE = 2 };   /* index.stated flags */

typedef struct index {
    size_t *at, *rel;
    unsigned char *stated;
    size_t n;               /* the relations it holds: c->out->v[0 .. n) */
} index;

/* Call f(at, rel, fact, relation) for every fact of relation r (number k). */
static void each_fact(const tally_relation *r, size_t k, size_t *at, size_t *rel,
                      void (*f)(size_t *, size_t *, size_t, size_t))
{
    f(at, rel, r->stated, k);
    for (size_t p = 0; p < r->nparts; p++)
        if (r->parts[p].fact != TALLY_NO_FACT && r->parts[p].fact != r->stated)
            f(at, rel, r->parts[p].fact, k);
}

/* Count one relation of fact (in at[fact + 1]). */
static void count_one(size_t *at, size_t *rel, size_t fact, size_t k)
{
    (void)rel, (void)k;
    at[fact + 1]++;
}

/* Put relation k in fact's run at its cursor. */
static void place_one(size_t *cur, size_t *rel, size_t fact, size_t k)
{
    rel[cur[fact]++] = k;
}

/* Build the index over the n facts; -1 when out of memory. */
static int index_build(const ctx *c, index *x)
{
    size_t n = c->f->n;
    x->at = calloc(n + 1, sizeof *x->at);
    x->stated = calloc(n, 1);
    x->n = c->out->n;
    if (!x->at || !x->stated)
        return -1;
    for (size_t k = 0; k < c->out->n; k++) {
        const tally_relation *r = &c->out->v[k];
        x->stated[r->stated] |= r->kind == TALLY_REL_FRACTION ? PART_OF_SHARE : STATED;
        if (r->kind == TALLY_REL_FRACTION && r->nparts > 0 && r->parts[0].fact < n)
            x->stated[r->parts[0].fact] |= STATED;
        each_fact(r, k, x->at, NULL, count_one);
    }
    for (size_t i = 1; i <= n; i++)   /* at[i] = where fact i's run starts */
        x->at[i] += x->at[i - 1];
    size_t *cur = malloc((n + 1) * sizeof *cur);
    x->rel = malloc((x->at[n] + 1) * sizeof *x->rel);
    if (!cur || !x->rel) {
        free(cur);
        return -1;
    }
    memcpy(cur, x->at, (n + 1) * sizeof *cur);
    for (size_t k = 0; k < c->out->n; k++)
        each_fact(&c->out->v[k], k, cur, x->rel, place_one);
    free(cur);
    return 0;
}

static void index_free(index *x)
{
    free(x->at);
    free(x->rel);
    free(x->stated);
}

/* 1 when relation r has both facts a and b. */
static int has_both(const tally_relation *r, size_t a, size_t b)
{
    int ha = r->stated == a, hb = r->stated == b;
    for (size_t p = 0; p < r->nparts; p++) {
        ha |= r->parts[p].fact == a;
        hb |= r->parts[p].fact == b;
    }
    return ha && hb;
}

/* 1 when relation r binds facts a and b: has both, and is no share of
 * a whole when shares is 0. */
static int binds(const tally_relation *r, size_t a, size_t b, int shares)
{
    return (shares || r->kind != TALLY_REL_FRACTION) && has_both(r, a, b);
}

/* 1 when facts a and b are already together in one relation (with
 * shares 0: one that is no FRACTION): one the index holds, or one of the
 * last FIT_BACK fits (those after x->n, the only ones that can reach back
 * to figures this near). */
static int together_in(const ctx *c, const index *x, size_t a, size_t b, int shares)
{
    for (size_t j = x->at[a]; j < x->at[a + 1]; j++)
        if (binds(&c->out->v[x->rel[j]], a, b, shares))
            return 1;
    for (size_t k = c->out->n; k > x->n && k + FIT_BACK > c->out->n; k--)
        if (binds(&c->out->v[k - 1], a, b, shares))
            return 1;
    return 0;
}

/* 1 when facts a and b are already together in any relation. */
static int together(const ctx *c, const index *x, size_t a, size_t b)
{
    return together_in(c, x, a, b, 1);
}

/* 1 when relation r states a total t with p among its parts (no share). */
static int totals(const tally_relation *r, size_t t, size_t p)
{
    if (r->kind == TALLY_REL_FRACTION || r->stated != t)
        return 0;
    for (size_t k = 0; k < r->nparts; k++)
        if (r->parts[k].fact == p)
            return 1;
    return 0;
}

/* 1 when one of facts a and b is a total the other is a part of, in a
 * relation the index holds or a fit just made: their sum counts the part
 * twice ("64 pieces ... 48 guns: 8, 12, 16 and 12" is not 48 + 16), so
 * it is no way of making a figure; it neither makes the figure ambiguous
 * nor keeps the run pass from it (40 + 24 after it).  Their difference,
 * the rest of the total, still is one. */
static int part_and_total(const ctx *c, const index *x, size_t a, size_t b)
{
    for (size_t j = x->at[a]; j < x->at[a + 1]; j++) {
        const tally_relation *r = &c->out->v[x->rel[j]];
        if (totals(r, a, b) || totals(r, b, a))
            return 1;
    }
    for (size_t k = c->out->n; k > x->n && k + FIT_BACK > c->out->n; k--)
        if (totals(&c->out->v[k - 1], a, b) || totals(&c->out->v[k - 1], b, a))
            return 1;
    return 0;
}

/* 1 when the units of a and b are one unit (both known). */
static int one_unit(const ctx *c, size_t a, size_t b)
{
    return rel_same_unit(&c->fi[a], &c->fi[b]);
}

/* Record a way of making a figure in ways[] (up to 2: more is as
 * ambiguous as two). */
static void note_fit(fit ways[2], int *n, const tally_relation *r, size_t a, size_t b)
{
    if (*n < 2)
        ways[*n] = (fit){*r, a, b};
    (*n)++;
}

/* 1 when figure R only closes a list its operand b opens or continues
 * ("30, 50 and 80 lorries"; "12, 18, 30"): items side by side, not a
 * total. */
static int listed(const ctx *c, size_t b, size_t R)
{
    static const char *const more[] = {"more", "less", "fewer", "higher", "lower", NULL};
    const tally_fact *fb = &c->f->v[b], *fr = &c->f->v[R];
    if (fb->sent_index != fr->sent_index ||
        rel_word_within(c, fr->tend, c->seg->sents[fr->sent_index].end, 2, more))
        return 0;   /* "at 1,260 million, 700 million more in a year": a difference */
    size_t k = fb->tend;
    while (k < fr->tstart && (c->t[k] == ' ' || c->t[k] == ','))
        k++;
    size_t w = rel_phrase_at(c->t, k, fr->tstart, "and");
    if (!w)
        w = rel_phrase_at(c->t, k, fr->tstart, "or");
    if (w)
        k = w;
    while (k < fr->tstart && c->t[k] == ' ')
        k++;
    return k == fr->tstart;
}

/* 1 when a and b are of one kind: one unit, or one category that names
 * a kind of thing ("8,400 riflemen and 2,600 gunners": personnel).  Two
 * measures of one quantity in different units ("100 grams" and "350
 * tons") are not: they add up only converted. */
static int one_kind(const ctx *c, size_t a, size_t b)
{
    static const char *const loose[] = {"", "other", "share", "duration", "event", NULL};
    if (one_unit(c, a, b))
        return 1;
    if (strcmp(c->fi[a].cat, c->fi[b].cat) != 0 ||
        rel_weight_ratio(c, c->fi[a].unit, c->fi[b].unit) > 0)
        return 0;
    for (size_t k = 0; loose[k]; k++)
        if (strcmp(c->fi[a].cat, loose[k]) == 0)
            return 0;
    return 1;
}

/* 1 when operand a may multiply into R with no rate between them: a
 * period does only into a unit made of it ("5,400 men for 150 days, 810,000
 * person-days"), not into a count ("40 bombers over three years" are no
 * 120 pilots). */
static int times_ok(const ctx *c, size_t a, size_t R)
{
    if (strcmp(c->fi[a].cat, "duration") != 0)
        return 1;
    return c->fi[a].unit[0] && strstr(c->fi[R].unit, c->fi[a].unit) != NULL;
}

/* 1 when operand a may be a factor of R even when it follows R: a
 * figure after R of R's own unit and a tenth of it or more is set against
 * R ("asked for 400 tanks; 200 were promised, enough for two regiments"),
 * while a small one is its size ("112 guns in 28 batteries of four"). */
static int factor_after_ok(const ctx *c, size_t a, size_t R)
{
    return a < R || !one_unit(c, a, R) || c->f->v[a].value * 10 <= c->f->v[R].value;
}

/* 1 when R is a x b to the last unit, all three stated exactly: the
 * product of two figures whose units do not show which is the rate. */
static int exact_product(const ctx *c, size_t R, size_t a, size_t b)
{
    const tally_fact *fr = &c->f->v[R], *fa = &c->f->v[a], *fb = &c->f->v[b];
    if (fr->qual != TALLY_Q_EXACT || fa->qual != TALLY_Q_EXACT || fb->qual != TALLY_Q_EXACT)
        return 0;
    if (fr->value < 100 || fabs(fa->value * fb->value - fr->value) > 1e-9 * fr->value ||
        (one_unit(c, a, b) && !one_unit(c, a, R)))
        return 0;   /* two figures of one unit ("20 litres a lorry, 5 a motorcycle") make no count */
    return times_ok(c, a, R) && times_ok(c, b, R);
}

/* 1 when factors a < b < d of R lie close enough to be read as one
 * chain: at most one of them outside R's sentence, in the sentence right
 * before it (three figures from three sentences that happen to multiply
 * to R are chance: "three battalions of six pieces ... 11 divisions ...
 * 60 rounds ... 3,960"). */
static int near_chain(const ctx *c, size_t R, size_t a, size_t b, size_t d)
{
    size_t s = c->f->v[R].sent_index;
    size_t v[3] = {a, b, d};
    int out = 0;
    for (int i = 0; i < 3; i++) {
        size_t si = c->f->v[v[i]].sent_index;
        if (si != s && (si + 1 != s || ++out > 1))
            return 0;
    }
    return 1;
}

/* 1 when R is coordinated with b, the figure right before it: the words
 * between end in "and" or "or" ("28 converted trawlers and 14 drifters"):
 * an item of a list, not what is left of b. */
static int coordinated(const ctx *c, size_t b, size_t R)
{
    static const char *const andor[] = {"and", "or", NULL};
    const tally_fact *fb = &c->f->v[b], *fr = &c->f->v[R];
    if (fb->sent_index != fr->sent_index)
        return 0;
    return rel_word_before_is(c, fr->tstart, fb->tend, andor);
}

/* 1 when figure b restates the figure before it in its sentence as a
 * rate, after "or" ("350 grams a week, or 50 grams a day"): the same
 * quantity again, not one to add to or subtract from another ("250 tons a
 * division, or 1,500 tons for the army" is a new figure). */
static int restates(const ctx *c, size_t b)
{
    static const char *const orw[] = {"or", NULL};
    const tally_fact *fb = &c->f->v[b];
    return b > 0 && c->f->v[b - 1].sent_index == fb->sent_index && rel_is_rate(c, b) &&
           rel_word_before_is(c, fb->tstart, c->f->v[b - 1].tend, orw);
}

/* A product whose rate is a weight in another unit than R's ("16
 * containers of 150 kg ... 2.4 tons a sortie": 16 x 150 / 1000): exactly
 * one of a, b a weight (the rate), the other a count of no weight and no
 * period, and R a weight; the relation carries the conversion as its
 * factor (the lexicon's measures table, rel_weight_ratio). */
static void fit_converted(const ctx *c, size_t R, size_t a, size_t b, fit ways[2], int *n)
{
    double wa = rel_weight_ratio(c, c->fi[a].unit, c->fi[R].unit);
    double wb = rel_weight_ratio(c, c->fi[b].unit, c->fi[R].unit);
    if ((wa > 0) == (wb > 0) || wa == 1 || wb == 1)
        return;
    size_t rate = wa > 0 ? a : b, count = wa > 0 ? b : a;
    double w = wa > 0 ? wa : wb;
    if (strcmp(c->fi[count].cat, "duration") == 0 ||
        !near(c, R, c->f->v[rate].value * c->f->v[count].value * w, 0))
        return;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, R, "fit");
    r.factor = w;
    r.parts[0].fact = rate, r.parts[1].fact = count, r.nparts = 2;
    note_fit(ways, n, &r, a, b);
}

/* The ways of making result R (no share) from operands a < b. */
static void fit_plain(const ctx *c, const index *x, size_t R, size_t a, size_t b, int loose,
                      fit ways[2], int *n)
{
    double va = c->f->v[a].value, vb = c->f->v[b].value;
    tally_relation r;
    if (c->fi[a].share || c->fi[b].share)
        return;
    if (loose) {
        if (va > 1 && vb > 1 && exact_product(c, R, a, b) && factor_after_ok(c, a, R) &&
            factor_after_ok(c, b, R)) {
            rel_init(&r, TALLY_REL_PRODUCT, R, "fit");   /* 14 camps x 9,000 = 126,000 places */
            r.parts[0].fact = va > vb ? a : b, r.parts[1].fact = va > vb ? b : a, r.nparts = 2;
            note_fit(ways, n, &r, a, b);
        }
        return;
    }
    if (one_kind(c, a, R) && one_kind(c, b, R) && !restates(c, a) &&
        !restates(c, b)) {
        if (near(c, R, va + vb, 0) && !listed(c, b, R)) {
            if (part_and_total(c, x, a, b))
                return;   /* counts a part twice: no way at all */
            rel_init(&r, TALLY_REL_SUM, R, "fit");
            r.parts[0].fact = a, r.parts[1].fact = b, r.nparts = 2;
            note_fit(ways, n, &r, a, b);
        } else if (near(c, R, fabs(va - vb), 0) && !(b + 1 == R && coordinated(c, b, R)) &&
                   (c->f->v[R].qual != TALLY_Q_EXACT || fabs(va - vb) == c->f->v[R].value ||
                    c->slip == R + 1)) {   /* a slip's digits: near() */
            rel_init(&r, TALLY_REL_DIFFERENCE, R, "fit");
            r.parts[0].fact = va > vb ? a : b, r.parts[1].fact = va > vb ? b : a, r.nparts = 2;
            note_fit(ways, n, &r, a, b);
        }
        if (one_unit(c, a, R) && one_unit(c, b, R))
            return;
    }
    int ra = one_unit(c, a, R), rb = one_unit(c, b, R);
    if (!ra && !rb && va > 1 && vb > 1) {
        fit_converted(c, R, a, b, ways, n);
        return;
    }
    if (ra == rb || va <= 1 || vb <= 1)
        return;
    size_t rate = ra ? a : b, count = ra ? b : a;
    if (near(c, R, va * vb, 0)) {   /* 25 wagons x 10 tons = 250 tons */
        rel_init(&r, TALLY_REL_PRODUCT, R, "fit");
        r.parts[0].fact = rate, r.parts[1].fact = count, r.nparts = 2;
        note_fit(ways, n, &r, a, b);
    } else if (c->f->v[rate].value > c->f->v[R].value &&
               near(c, R, c->f->v[rate].value / c->f->v[count].value, 1)) {
        /* 93,000 tons / 90 days = about 1,030 tons: an average, stated as
         * the total with the average and the count as its parts */
        rel_init(&r, TALLY_REL_PRODUCT, rate, "fit");
        r.average = 1;
        r.parts[0].fact = R, r.parts[1].fact = count, r.nparts = 2;
        note_fit(ways, n, &r, a, b);
    }
}

/* 1 when share S names its whole in words and no figure follows to state
 * it ("45 per cent of the credit"): then a whole that is itself one part of
 * a breakdown (one account of the credit) is not taken for it. */
static int names_whole(const ctx *c, size_t S)
{
    const tally_fact *f = &c->f->v[S];
    size_t end = c->seg->sents[f->sent_index].end, k = f->tend;
    while (k < end && c->t[k] == ' ')
        k++;
    if (!rel_phrase_at(c->t, k, end, "of"))
        return 0;
    return S + 1 >= c->f->n || c->f->v[S + 1].sent_index != f->sent_index ||
           rel_words_between(c->t, f->tend, c->f->v[S + 1].tstart, ",;:.") < 0 ||
           rel_words_between(c->t, f->tend, c->f->v[S + 1].tstart, ",;:.") > 3;
}

/* The ways of making share S as part / whole from two figures of one unit. */
static void fit_share(const ctx *c, size_t S, size_t a, size_t b, fit ways[2], int *n)
{
    if (c->fi[a].share || c->fi[b].share || !one_unit(c, a, b))
        return;
    double va = c->f->v[a].value, vb = c->f->v[b].value;
    size_t part = va < vb ? a : b, whole = va < vb ? b : a;
    if (va == vb || !near(c, S, c->f->v[part].value / c->f->v[whole].value, 1))
        return;
    if (c->fi[whole].part && names_whole(c, S))
        return;
    tally_relation r;
    rel_init(&r, TALLY_REL_FRACTION, part, "fit");
    r.parts[0].fact = S, r.parts[1].fact = whole, r.nparts = 2;
    note_fit(ways, n, &r, a, b);
}

/* The ways of making figure R as share a of whole b stated before it. */
static void fit_share_of(const ctx *c, size_t R, size_t a, size_t b, fit ways[2], int *n)
{
    size_t s = c->fi[a].share ? a : b, w = s == a ? b : a;
    if (c->fi[w].share || !c->fi[s].share || !one_unit(c, w, R))
        return;
    if (c->f->v[w].value <= c->f->v[R].value ||
        !near(c, R, share_of_one(c, s) * c->f->v[w].value, 1))
        return;
    tally_relation r;
    rel_init(&r, TALLY_REL_FRACTION, R, "fit");
    r.parts[0].fact = s, r.parts[1].fact = w, r.nparts = 2;
    note_fit(ways, n, &r, a, b);
}

/* The paragraph of fact i (its sentence's), 0 when it has none. */
static int para_of(const ctx *c, size_t i)
{
    size_t si = c->f->v[i].sent_index;
    return si < c->seg->nsents ? c->seg->sents[si].para : 0;
}

/* The first figure the fit of R may read: FIT_SENTS sentences back in
 * R's paragraph and section, at most FIT_BACK figures. */
static size_t window_start(const ctx *c, size_t R)
{
    const tally_fact *r = &c->f->v[R];
    size_t lo = R;
    while (lo > 0 && R - lo < FIT_BACK) {
        const tally_fact *p = &c->f->v[lo - 1];
        if (para_of(c, lo - 1) != para_of(c, R) || p->section != r->section ||
            p->sent_index + FIT_SENTS < r->sent_index || p->sent_index > r->sent_index)
            break;
        lo--;
    }
    return lo;
}

/* The end of R's sentence in the facts (a share's part and whole may follow it). */
static size_t sentence_end(const ctx *c, size_t R)
{
    size_t lo = 0, hi = 0;
    rel_sent_range(c, c->f->v[R].sent_index, &lo, &hi);
    return hi;
}

/* The end of the sentence after R's in the facts, when it is in R's
 * paragraph and section; else the end of R's own ("212 ships at the
 * outbreak. 148 were steamers, 51 motor ships and 13 tankers."). */
static size_t next_sentence_end(const ctx *c, size_t R)
{
    size_t hi = sentence_end(c, R);
    if (hi >= c->f->n || c->f->v[hi].sent_index != c->f->v[R].sent_index + 1 ||
        para_of(c, hi) != para_of(c, R) || c->f->v[hi].section != c->f->v[R].section)
        return hi;
    size_t lo2 = 0, hi2 = 0;
    rel_sent_range(c, c->f->v[hi].sent_index, &lo2, &hi2);
    return hi2;
}

/* 1 when figure j, after "of", is an attribute of the item before it in
 * a run rather than an item ("four battleships of 18,500 tons apiece, six
 * cruisers of 4,200 tons"): not of R's unit. */
static int attribute(const ctx *c, size_t j, size_t R)
{
    static const char *const of[] = {"of", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t start = f->sent_index < c->seg->nsents ? c->seg->sents[f->sent_index].start : 0;
    return !one_unit(c, j, R) && rel_word_before_is(c, f->tstart, start, of);
}

/* 1 when figure j may be one part of a run that adds up to R: a plain
 * figure of R's kind, no share, smaller than R, and no restatement after
 * "or" ("350 grams, or 50 grams a day, and ... 300 grams" is no run). */
static int run_part(const ctx *c, size_t j, size_t R)
{
    static const char *const orw[] = {"or", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t start = f->sent_index < c->seg->nsents ? c->seg->sents[f->sent_index].start : 0;
    return plain(c, j) && !c->fi[j].share && one_kind(c, j, R) &&
           f->value < c->f->v[R].value && !rel_word_before_is(c, f->tstart, start, orw);
}

/* 1 when no two of the n facts v[] (and R) are in one relation already. */
static int all_new(const ctx *c, const index *x, const size_t *v, size_t n, size_t R)
{
    for (size_t i = 0; i < n; i++) {
        if (together(c, x, v[i], R))
            return 0;
        for (size_t j = i + 1; j < n; j++)
            if (together(c, x, v[i], v[j]))
                return 0;
    }
    return 1;
}

/* A run of consecutive figures that adds up to R exactly, with no cue:
 * three or more right before it ("96 ..., 118 ... and 198 ...; 412 that
 * year"), or two or more right after it in its sentence ("Of the 1,460
 * accidents, 920 were cuts, 410 burns and 130 poisonings").  A figure that
 * only continues or opens a list of bare items ("30, 50, 70 and 150"; "150,
 * 30, 50 and 70") is no total.  Noted as a SUM in ways. */
static void fit_run(const ctx *c, const index *x, size_t R, size_t lo, fit ways[2], int *n)
{
    size_t v[TALLY_REL_MAXPARTS], k = 0;
    double sum = 0;
    if (R > lo && !listed(c, R - 1, R))
        for (size_t j = R; j > lo && k < TALLY_REL_MAXPARTS && run_part(c, j - 1, R); j--) {
            v[k++] = j - 1;
            sum += c->f->v[j - 1].value;
            if (k >= 3 && near(c, R, sum, 0))
                break;
        }
    if (k < 3 || !near(c, R, sum, 0)) {   /* no run before: try after */
        size_t hi = next_sentence_end(c, R);
        k = 0, sum = 0;
        size_t j0 = R + 1;   /* "212 ships of 614,000 tons. Of these 148 ...": past R's attribute */
        while (j0 < hi && c->f->v[j0].sent_index == c->f->v[R].sent_index && !run_part(c, j0, R) &&
               !one_unit(c, j0, R))
            j0++;
        if (j0 < hi && !listed(c, R, j0))
            for (size_t j = j0; j < hi && k < TALLY_REL_MAXPARTS; j++) {
                if (k > 0 && attribute(c, j, R))
                    continue;   /* "four battleships of 18,500 tons, six cruisers ..." */
                if (!run_part(c, j, R))
                    break;
                v[k++] = j;
                sum += c->f->v[j].value;
                if (k >= 2 + (c->f->v[j].sent_index != c->f->v[R].sent_index) && near(c, R, sum, 0))
                    break;
            }
        if (k < 2 || k < 2 + (c->f->v[v[k - 1]].sent_index != c->f->v[R].sent_index) ||
            !near(c, R, sum, 0))
            return;
    }
    if (!all_new(c, x, v, k, R))
        return;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, R, "fit");
    for (size_t i = 0; i < k; i++)   /* in text order: a run before R was read backwards */
        r.parts[i].fact = v[0] > R ? v[i] : v[k - 1 - i];
    r.nparts = k;
    note_fit(ways, n, &r, v[0], v[1]);
}

/* The words that open a breakdown of the figure before them. */
static const char *const breakdown_cues[] = {"made up of", "comprised", "comprising",
                                             "consisting of", "consisted of", "divided into",
                                             "as follows", "namely", NULL};

/* A total broken down right after it, its parts of any kind: a ":" or
 * words that open a breakdown between R and the first figure after it
 * ("a staff of 24, made up of two medical officers, 4 corporals and 18
 * bathmen"; "The 142 men comprised 96 pontoniers, 30 drivers and 16 cooks";
 * "nine bridges across the river: four at Kiravo, three at Dolna and two
 * ..."), then consecutive figures of its sentence, stated exactly, no
 * share, rate, sum of money or span of time, adding up to R (three or
 * more when R is under 10).  Noted as a SUM in ways, cue "fit breakdown". */
static void fit_breakdown(const ctx *c, const index *x, size_t R, fit ways[2], int *n)
{
    const tally_fact *fr = &c->f->v[R];
    size_t hi = sentence_end(c, R), j0 = R + 1, v[TALLY_REL_MAXPARTS], k = 0;
    if (j0 >= hi || rel_words_between(c->t, fr->tend, c->f->v[j0].tstart, ";()") < 0)
        return;
    int colon = 0;
    for (size_t m = fr->tend; m < c->f->v[j0].tstart; m++)
        colon |= c->t[m] == ':';
    if (!colon && !rel_phrase_in(c->t, fr->tend, c->f->v[j0].tstart, breakdown_cues))
        return;
    double sum = 0;
    for (size_t j = j0; j < hi && k < TALLY_REL_MAXPARTS; j++) {
        const tally_fact *f = &c->f->v[j];
        if (!plain(c, j) || f->qual != TALLY_Q_EXACT || c->fi[j].share || rel_is_rate(c, j) ||
            !(f->value < fr->value) || strcmp(c->fi[j].cat, "money") == 0 ||
            strcmp(c->fi[j].cat, "duration") == 0)
            return;
        v[k++] = j;
        sum += f->value;
        if (k >= 2 + (fr->value < FIT_MIN) && sum == fr->value)
            break;
    }
    if (k < 2 + (fr->value < FIT_MIN) || sum != fr->value || !all_new(c, x, v, k, R))
        return;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, R, "fit breakdown");
    for (size_t i = 0; i < k; i++)
        r.parts[i].fact = v[i];
    r.nparts = k;
    note_fit(ways, n, &r, v[0], v[1]);
}

/* The ways of making R from two figures of lo .. hi: typed by their
 * units (loose 0) or, when none is, an exact product (loose 1). */
static void fit_pairs(const ctx *c, const index *x, size_t R, size_t lo, size_t hi, int loose,
                      fit ways[2], int *n)
{
    int share = c->fi[R].share;
    for (size_t a = lo; a < hi && *n < 2; a++) {
        if (a == R || !plain(c, a) || c->f->v[a].value == c->f->v[R].value)
            continue;
        for (size_t b = a + 1; b < hi && *n < 2; b++) {
            if (b == R || !plain(c, b) || c->f->v[b].value == c->f->v[R].value)
                continue;
            if (loose)
                fit_plain(c, x, R, a, b, loose, ways, n);
            else if (share)
                fit_share(c, R, a, b, ways, n);
            else if (c->fi[a].share || c->fi[b].share)
                fit_share_of(c, R, a, b, ways, n);
            else
                fit_plain(c, x, R, a, b, 0, ways, n);
        }
    }
}

/* 1 when fact j may be one factor of an exact product R (loose). */
static int factor(const ctx *c, size_t j, size_t R)
{
    return j != R && plain(c, j) && !c->fi[j].share && c->f->v[j].value > 1 &&
           c->f->v[j].qual == TALLY_Q_EXACT && c->f->v[j].value < c->f->v[R].value &&
           times_ok(c, j, R) && factor_after_ok(c, j, R);
}

/* The ways of making R as an exact product of three figures of lo .. hi
 * ("12 ships of 4,500 tons sailed twice a month: 108,000 tons"; "two
 * divisions of two regiments of 94 tanks, 376 tanks"), R and all three
 * stated exactly. */
static void fit_triple(const ctx *c, size_t R, size_t lo, size_t hi, fit ways[2], int *n)
{
    const tally_fact *fr = &c->f->v[R];
    if (fr->qual != TALLY_Q_EXACT || fr->value < 100)
        return;
    for (size_t a = lo; a < hi && *n < 2; a++) {
        if (!factor(c, a, R) || fmod(fr->value, c->f->v[a].value) != 0)
            continue;
        for (size_t b = a + 1; b < hi && *n < 2; b++) {
            if (!factor(c, b, R) || one_unit(c, a, b))
                continue;
            double ab = c->f->v[a].value * c->f->v[b].value;
            for (size_t d = b + 1; d < hi && *n < 2; d++) {
                if (!factor(c, d, R) || one_unit(c, a, d) || one_unit(c, b, d) ||
                    fabs(ab * c->f->v[d].value - fr->value) > 1e-9 * fr->value || !near_chain(c, R, a, b, d))
                    continue;
                tally_relation r;
                rel_init(&r, TALLY_REL_PRODUCT, R, "fit");
                r.parts[0].fact = a, r.parts[1].fact = b, r.parts[2].fact = d, r.nparts = 3;
                note_fit(ways, n, &r, a, b);
            }
        }
    }
}

/* A product whose count follows it after "for": "A motorcycle uses about
 * 90 litres a month, 13,500 for the 150" (90 x 150), "some 1,150 rounds
 * for the 24 guns".  The count C is the figure right after R, "for",
 * "for the" or "for its" between them and nothing else but C's own noun,
 * no rate, share or duration, a whole number above 1; the rate a figure of
 * R's unit in R's window before it that times C makes R to its rounding
 * (the nearest such). */
static void fit_for_count(const ctx *c, size_t R, size_t lo, fit ways[2], int *n)
{
    static const char *const fors[] = {"for the", "for its", "for their", "for", NULL};
    size_t C = R + 1;
    if (C >= c->f->n || c->f->v[C].sent_index != c->f->v[R].sent_index || !plain(c, C) ||
        c->fi[C].share || rel_is_rate(c, C) || strcmp(c->fi[C].cat, "duration") == 0 ||
        c->f->v[C].value <= 1 || c->f->v[C].value != floor(c->f->v[C].value) ||
        one_unit(c, C, R))
        return;
    size_t k = c->f->v[R].tend, e = 0;
    int w = rel_words_between(c->t, k, c->f->v[C].tstart, ",;:()");
    if (w < 1 || w > 4)
        return;
    for (size_t i = k; i < c->f->v[C].tstart && !e; i++)
        for (size_t q = 0; fors[q] && !e; q++)
            if ((i == 0 || !rel_wch((unsigned char)c->t[i - 1])) &&
                (e = rel_phrase_at(c->t, i, c->f->v[C].tstart, fors[q])) != 0 &&
                rel_words_between(c->t, e, c->f->v[C].tstart, "") != 0)
                e = 0;   /* "for" right before C, no other word between */
    if (!e)
        return;
    for (size_t a = R; a-- > lo;) {
        if (!plain(c, a) || c->fi[a].share || !one_unit(c, a, R) || c->f->v[a].value <= 1 ||
            !near(c, R, c->f->v[a].value * c->f->v[C].value, 0))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, R, "fit");
        r.parts[0].fact = a, r.parts[1].fact = C, r.nparts = 2;
        note_fit(ways, n, &r, a, C);
        return;
    }
}

/* 1 when figure a counts one of the ne things of e (rel_each_things) as a
 * plain whole figure of two or more, no share. */
static int each_count(const ctx *c, size_t a, char e[2][48], int ne)
{
    int match = 0;
    for (int k = 0; k < ne; k++)
        match |= strcmp(c->fi[a].unit, e[k]) == 0;
    return match && plain(c, a) && !c->fi[a].share && c->f->v[a].value >= 2;
}

/* The most earlier counts of that thing tried as the rate's multiplier. */
#define EACH_COUNTS 8

/* A product whose count the document stated earlier, anywhere before it:
 * a figure b of R's window said of each of some thing ("Each station had
 * four observers, 168 in all"; "two kitchens to every battalion. The corps
 * therefore requires 66 kitchens"), times one of the last EACH_COUNTS
 * counts of that thing before it, in its section ("42 stations" a
 * paragraph before), makes R to its rounding.  The rate is of R's unit,
 * or both are stated exactly ("eight observations a day ... 336 reports");
 * two counts that fit are as ambiguous as two ways. */
static void fit_each(const ctx *c, size_t R, size_t lo, fit ways[2], int *n)
{
    static const char *const extra[] = {"another", "further", NULL};
    const tally_fact *fr = &c->f->v[R];
    if (rel_word_before_is(c, fr->tstart, c->seg->sents[fr->sent_index].start, extra))
        return;   /* "8 litres a lorry ... the staff cars used another 200": an addition */
    for (size_t b = lo; b < R && *n < 2; b++) {
        const tally_fact *fb = &c->f->v[b];
        char e[2][48];
        if (!plain(c, b) || c->fi[b].share || fb->value == 1 || !times_ok(c, b, R) ||
            (!one_unit(c, b, R) && (fb->qual != TALLY_Q_EXACT ||
                                    c->f->v[R].qual != TALLY_Q_EXACT ||
                                    (strcmp(c->fi[b].cat, c->fi[R].cat) != 0 &&
                                     rel_weight_ratio(c, c->fi[b].unit, c->fi[R].unit) <= 0))))
            continue;
        int ne = rel_each_things(c, b, e), tried = 0;
        double seen = -1;
        double w = one_unit(c, b, R) ? 1 : rel_weight_ratio(c, c->fi[b].unit, c->fi[R].unit);
        if (w <= 0)
            w = 1;   /* "5 kg a day to every camel ... 24 tons a day": kg to tons */
        for (size_t a = b; a-- > 0 && tried < EACH_COUNTS && *n < 2;) {
            const tally_fact *fa = &c->f->v[a];
            if (b - a > REL_LOOK_BACK_MAX || fa->section != fb->section)
                break;
            if (!each_count(c, a, e, ne))
                continue;
            tried++;
            if (fa->value == seen || !near(c, R, fa->value * fb->value * w, 0))
                continue;
            seen = fa->value;
            tally_relation r;
            rel_init(&r, TALLY_REL_PRODUCT, R, "fit each");
            if (w != 1)
                r.factor = w;
            r.parts[0].fact = b, r.parts[1].fact = a, r.nparts = 2;
            note_fit(ways, n, &r, a, b);
        }
    }
}

/* An average said of each of some things: "62,000 rounds ... some 420 for
 * each gun" with "148 guns" a paragraph before, "18,600 refugees ... 775 a
 * kitchen" with the 24 kitchens counted earlier.  R is said of each of a
 * thing (rel_each_things); A, the one figure of R's unit in R's window
 * before it and larger, divided by a count of that thing among the last
 * EACH_COUNTS before A in its section makes R to its rounding.  The
 * relation states A (average, as fit_plain's): A = R x C. */
static void fit_each_average(const ctx *c, size_t R, size_t lo, fit ways[2], int *n)
{
    char e[2][48];
    const tally_fact *fr = &c->f->v[R];
    int ne = rel_each_things(c, R, e);
    if (ne == 0)
        return;
    size_t A = NOPOS;
    for (size_t j = lo; j < R; j++)
        if (plain(c, j) && !c->fi[j].share && one_unit(c, j, R) &&
            c->f->v[j].value > fr->value && !rel_is_rate(c, j)) {
            if (A != NOPOS)
                return;   /* two dividends: which is not said */
            A = j;
        }
    if (A == NOPOS)
        return;
    int tried = 0;
    double seen = -1;
    for (size_t C = A; C-- > 0 && tried < EACH_COUNTS && *n < 2;) {
        const tally_fact *fc = &c->f->v[C];
        if (A - C > REL_LOOK_BACK_MAX || fc->section != fr->section)
            break;
        if (!each_count(c, C, e, ne) || rel_is_rate(c, C))
            continue;
        tried++;
        if (fc->value == seen || !near(c, R, c->f->v[A].value / fc->value, 1))
            continue;
        seen = fc->value;
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, A, "fit each average");
        r.average = 1;
        r.parts[0].fact = R, r.parts[1].fact = C, r.nparts = 2;
        note_fit(ways, n, &r, A, C);
    }
}

/* 1 when both operands of way w stand in R's sentence. */
static int in_sentence(const ctx *c, size_t R, const fit *w)
{
    size_t s = c->f->v[R].sent_index;
    return c->f->v[w->a].sent_index == s && c->f->v[w->b].sent_index == s;
}

/* Of exactly two ways of making R, the one whose operands both stand in
 * R's sentence when the other's do not ("14 of the 60 were lost, nearly a
 * quarter", not two figures of the sentence before): moved to ways[0].
 * The ways left: 1, or 2 when neither is nearer. */
static int nearer_way(const ctx *c, size_t R, fit ways[2])
{
    int i0 = in_sentence(c, R, &ways[0]), i1 = in_sentence(c, R, &ways[1]);
    if (i0 == i1)
        return 2;
    if (i1)
        ways[0] = ways[1];
    return 1;
}

/* Add the relation of way w for figure R unless its figures are already
 * together (a share's part and whole are often a breakdown's part and
 * total already, "$1.45m of the $3.6m": only the share must be new to
 * them; a part of a sum may be a share of it too, "11,500 ... 29,500, of
 * which some 45 per cent"); mark what it states.  0, or -1 when out of
 * memory. */
static int add_fit(ctx *c, index *x, const fit *w, size_t R)
{
    int shares = w->r.kind != TALLY_REL_SUM;
    if ((!c->fi[R].share && together(c, x, w->a, w->b)) ||
        together_in(c, x, w->a, R, shares) || together_in(c, x, w->b, R, shares))
        return 0;
    size_t before = c->out->n;
    if (rel_add(c, &w->r) < 0)
        return -1;
    if (c->out->n > before) {   /* what it states is stated now */
        x->stated[w->r.stated] = 1;
        if (w->r.kind == TALLY_REL_FRACTION || w->r.average)
            x->stated[w->r.parts[0].fact] = 1;
    }
    return 0;
}

/* 1 when figure j is said per the period R counts ("1,760 tons of fuel a
 * day" for a figure in days): "a", "per", "each" or "every" and R's unit
 * within the few words after j. */
static int per_period_of(const ctx *c, size_t j, size_t R)
{
    static const char *const per[] = {"a", "per", "each", "every", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t end = c->seg->sents[f->sent_index].end, k = f->tend;
    if (end > k + 40)
        end = k + 40;
    const char *u = c->fi[R].unit;
    size_t n = strlen(u);
    for (; k + n < end; k++) {
        if (strncmp(c->t + k, u, n) != 0 || rel_wch((unsigned char)c->t[k + n]) ||
            (k > 0 && rel_wch((unsigned char)c->t[k - 1])))
            continue;
        size_t e = k;
        while (e > f->tend && c->t[e - 1] == ' ')
            e--;
        return rel_word_before_is(c, e + 1, f->tend, per);
    }
    return 0;
}

/* Days of a stock: R a period (days, weeks, months) equal to a stock
 * over a rate per that period, both of one unit ("9,500 tons in the
 * depots ... 1,760 tons a day ... little more than five days"), noted as
 * an average: the stock over the rate gives the days. */
static void fit_stock(const ctx *c, size_t R, size_t a, size_t b, fit ways[2], int *n)
{
    if (strcmp(c->fi[R].cat, "duration") != 0 || !plain(c, a) || !plain(c, b) ||
        c->fi[a].share || c->fi[b].share || !one_unit(c, a, b))
        return;
    int ra = per_period_of(c, a, R), rb = per_period_of(c, b, R);
    if (ra == rb)
        return;
    size_t rate = ra ? a : b, stock = ra ? b : a;
    double vr = c->f->v[rate].value, vs = c->f->v[stock].value;
    if (vs <= vr || !near(c, R, vs / vr, 1))
        return;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, stock, "fit");
    r.average = 1;   /* days = stock / rate: the stock stated, the days its average */
    r.parts[0].fact = R, r.parts[1].fact = rate, r.nparts = 2;
    note_fit(ways, n, &r, a, b);
}

/* 1 when figure R is the amount of a change a cue names ("an increase of
 * eleven", "went up by 11", "a fall of 250"). */
static int change_amount(const ctx *c, size_t R)
{
    static const char *const prep[] = {"of", "by", NULL};
    static const char *const change[] = {
        "increase", "rise", "fall", "drop", "decline", "growth", "gain", "loss", "cut",
        "reduction", "decrease", "up", "down", "rose", "fell", "grew", "dropped", "declined",
        "increased", "decreased", "risen", "fallen", "grown", "climbed", "sank", NULL};
    const tally_fact *f = &c->f->v[R];
    size_t start = f->sent_index < c->seg->nsents ? c->seg->sents[f->sent_index].start : 0;
    size_t k = f->tstart;
    if (!rel_word_before_is(c, k, start, prep))
        return 0;
    return rel_word_before_is(c, rel_word_back(c, k, start), start, change);
}

/* 1 when the levels of way w stand near R: one in R's sentence, the other
 * there or in the sentence before ("some 150 hours ... cut to 110, a
 * reduction of 40"). */
static int near_levels(const ctx *c, size_t R, const fit *w)
{
    size_t s = c->f->v[R].sent_index, sa = c->f->v[w->a].sent_index, sb = c->f->v[w->b].sent_index;
    return (sa == s && sb + 1 >= s) || (sb == s && sa + 1 >= s);
}

/* The part of a share a cue rule found ("3,200 in all, or less than half
 * of the service") may also be an exact product, of two or three figures
 * ("five battalions, each of 640 men ...: 3,200"), or, when neither is,
 * made from two figures before it in its own sentence ("84 had qualified
 * and the school added 61, so it had 145 against the 216 planned, about
 * two-thirds"); nothing from further off is fitted to it, as its
 * sentence already says what it is. */
static int fit_part_of_share(ctx *c, index *x, size_t R)
{
    fit ways[2];
    int n = 0;
    size_t lo = window_start(c, R), first = 0, end = 0;
    if (c->f->v[R].value < FIT_MIN)
        return 0;
    fit_pairs(c, x, R, lo, sentence_end(c, R), 1, ways, &n);
    if (n == 0)
        fit_triple(c, R, lo, sentence_end(c, R), ways, &n);
    if (n == 0) {
        rel_sent_range(c, c->f->v[R].sent_index, &first, &end);
        fit_pairs(c, x, R, first > lo ? first : lo, R, 0, ways, &n);
    }
    if (n == 2)
        n = nearer_way(c, R, ways);
    return n == 1 ? add_fit(c, x, &ways[0], R) : 0;
}

/* Fit figure R; add the relation when exactly one way makes it.  The
 * first pass (runs 0) tries pairs; the second (runs 1) runs of figures
 * for a figure no pair made, once every pair is taken ("from 410,000 to
 * 140,000, a fall of 270,000" is the fall's difference, not 410,000 as the
 * run of the two after it). */
static int fit_one(ctx *c, index *x, size_t R, int runs)
{
    if (!plain(c, R) || (x->stated[R] & STATED) || c->fi[R].unit[0] == '\0')
        return 0;
    int share = c->fi[R].share;
    if (x->stated[R] == PART_OF_SHARE)
        return share || runs ? 0 : fit_part_of_share(c, x, R);
    if (!share && R > 0 && listed(c, R - 1, R))
        return 0;   /* "30, 50, 70 and 150 lorries": an item of a list is no result */
    size_t lo = window_start(c, R), hi = share ? sentence_end(c, R) : R;
    fit ways[2];
    int n = 0;
    if (!share && c->f->v[R].value < FIT_MIN) {   /* small: only days of a stock */
        if (runs) {   /* or a breakdown right after it */
            fit_breakdown(c, x, R, ways, &n);
            return n == 1 ? add_fit(c, x, &ways[0], R) : 0;
        }
        for (size_t a = lo; a < R && n < 2; a++)
            for (size_t b = a + 1; b < R && n < 2; b++) {
                fit_stock(c, R, a, b, ways, &n);
                if (plain(c, a) && plain(c, b) && c->f->v[a].value > 1 &&
                    c->f->v[b].value > 1 && !c->fi[a].share && !c->fi[b].share)
                    fit_converted(c, R, a, b, ways, &n);   /* "16 containers of 150 kg,
                                                                2.4 tons" */
            }
        return n == 1 ? add_fit(c, x, &ways[0], R) : 0;
    }
    for (int loose = 0; loose <= !share && n == 0 && !runs; loose++)   /* an exact product's factors may follow it */
        fit_pairs(c, x, R, lo, loose ? sentence_end(c, R) : hi, loose, ways, &n);
    if (!share && n == 0 && !runs)
        fit_for_count(c, R, lo, ways, &n);
    if (!share && n == 0 && !runs)
        fit_triple(c, R, lo, sentence_end(c, R), ways, &n);
    if (!share && n == 0 && !runs)
        fit_each(c, R, lo, ways, &n);
    if (!share && n == 0 && !runs)
        fit_each_average(c, R, lo, ways, &n);
    if (runs)
        fit_pairs(c, x, R, lo, hi, 0, ways, &n);
    if (runs && !share && n == 0)
        fit_run(c, x, R, lo, ways, &n);
    if (runs && !share && n == 0)
        fit_breakdown(c, x, R, ways, &n);
    if (n == 2)
        n = nearer_way(c, R, ways);
    if (runs && (n != 1 || ways[0].r.nparts < 3 - (ways[0].r.parts[0].fact > R)))
        return 0;   /* the second pass adds runs only: its pairs were the first's */
    if (n == 1 && change_amount(c, R) && !near_levels(c, R, &ways[0]))
        return 0;   /* "an increase of eleven": levels from further off are the cue rules'
                       to find; two of another list could pass a slip as consistent */
    return n == 1 ? add_fit(c, x, &ways[0], R) : 0;
}

/* How far back fit_far reads: figures, and sentences before R's own. */
#define FAR_BACK 40
#define FAR_SENTS 8

/* The first figure fit_far reads before R: at most FAR_BACK figures and
 * FAR_SENTS sentences back, in R's section. */
static size_t far_start(const ctx *c, size_t R)
{
    size_t lo = R;
    while (lo > 0 && R - (lo - 1) <= FAR_BACK && c->f->v[lo - 1].section == c->f->v[R].section &&
           c->f->v[lo - 1].sent_index + FAR_SENTS >= c->f->v[R].sent_index)
        lo--;
    return lo;
}

/* A sum or difference whose operands lie further back than a fit's
 * window, in earlier paragraphs of R's section ("864 pieces in total" a
 * paragraph before "the 648 howitzers and 216 guns"; "The depots held 41
 * kitchens" ... "the remaining 15 kitchens" after "the 25 kitchens" and
 * "10 kitchens"): R and both operands stated exactly and of one unit (no
 * kind of thing: "8,400 riflemen and 2,600 gunners" must stand near), R
 * 10 or more, at most FAR_BACK figures and FAR_SENTS sentences back, and
 * R's own words saying it is what others leave (a difference) or make (a
 * sum), and the way of that kind (far_cued): two
 * figures of one unit a few paragraphs apart that happen to add up are
 * common ("Lunde took 47,000 ... 42,000 had returned ... to take 5,000").
 * Tried, cue "fit far", once every near fit is made, for a figure none
 * states; two ways make none, unless only one has both operands in R's
 * sentence. */
/* The words that say a figure is what is left of others or what they
 * make ("the remaining 15", "the balance, 6,000", "brought the fleet to
 * 118", "which would give it 70", "the gap of 1.42bn", "36 short"). */
static const char *const far_less[] = {
    "remaining", "rest", "balance", "left", "leaving", "leaves", "short", "shortfall",
    "gap", "deficit", "difference", "still", NULL};
static const char *const far_more[] = {
    "brought", "bringing", "brings", "raised", "raising", "give", "gave", "given", "giving",
    "total", "totalling", "totaling", "all", "together", "altogether", "combined", NULL};
/* Of far_more, the words that say so only with "to" right before R
 * ("brought the glider fleet to 118"; "a courier brought 300 rifles" is a
 * load carried). */
static const char *const far_to[] = {"brought", "bringing", "brings", "raised", "raising",
                                     NULL};

/* What R's clause says R is made of: TALLY_REL_DIFFERENCE for what is left
 * ("the remaining 15", "36 short", "the gap of"), TALLY_REL_SUM for what
 * others make ("brought the fleet to 118", "in all", "would give it 70"),
 * by the first such word among the FAR_CUE_WORDS words before R (back to a
 * ";", ":" or bracket, or the figure before it) or the three after it (to
 * a mark); -1 when none. */
#define FAR_CUE_WORDS 6
static int far_kind(const char *w)
{
    for (size_t q = 0; far_less[q]; q++)
        if (strcmp(w, far_less[q]) == 0)
            return TALLY_REL_DIFFERENCE;
    for (size_t q = 0; far_more[q]; q++)
        if (strcmp(w, far_more[q]) == 0)
            return TALLY_REL_SUM;
    return -1;
}

static int far_cued(const ctx *c, size_t R)
{
    const tally_fact *fr = &c->f->v[R];
    size_t si = fr->sent_index, a = c->seg->sents[si].start, end = c->seg->sents[si].end;
    if (R > 0 && c->f->v[R - 1].sent_index == si && c->f->v[R - 1].tend > a)
        a = c->f->v[R - 1].tend;
    size_t k = rel_words_back(c, fr->tstart, a, FAR_CUE_WORDS);
    static const char *const to[] = {"to", NULL};
    int to_r = rel_word_before_is(c, fr->tstart, k, to);
    for (size_t i = k; i < fr->tstart;) {
        char w[24];
        if (!rel_next_word(c->t, &i, fr->tstart, w, sizeof w))
            break;
        int needs_to = 0;
        for (size_t q = 0; far_to[q]; q++)
            needs_to |= strcmp(w, far_to[q]) == 0;
        if (far_kind(w) >= 0 && (!needs_to || to_r))
            return far_kind(w);
    }
    size_t i = fr->tend;
    for (int n = 0; n < 3 && i < end; n++) {
        char w[24];
        size_t s0 = i;
        while (s0 < end && c->t[s0] == ' ')
            s0++;
        if (s0 >= end || strchr(",;:.()", c->t[s0]) || !rel_next_word(c->t, &i, end, w, sizeof w))
            break;
        if (far_kind(w) >= 0)
            return far_kind(w);
    }
    return -1;
}

static unsigned slip_cued(const ctx *c, size_t R);

static int fit_far(ctx *c, index *x, size_t R)
{
    const tally_fact *fr = &c->f->v[R];
    int kind;
    if (!plain(c, R) || (x->stated[R] & STATED) || c->fi[R].unit[0] == '\0' ||
        c->fi[R].share || fr->qual != TALLY_Q_EXACT || fr->value < FIT_MIN ||
        (R > 0 && listed(c, R - 1, R)))
        return 0;
    if ((kind = far_cued(c, R)) < 0) {
        if (slip_cued(c, R) == ~0u)
            kind = TALLY_REL_PRODUCT;   /* "is therefore", "thus", "needs": only a
                                           product of a figure said of each, below */
        else
            return 0;
    }
    size_t v[FAR_BACK], nv = 0, lo = far_start(c, R);
    for (size_t j = R; j-- > lo;) {
        const tally_fact *fj = &c->f->v[j];
        if (plain(c, j) && fj->qual == TALLY_Q_EXACT && !c->fi[j].share &&
            fj->value != fr->value && one_unit(c, j, R))
            v[nv++] = j;
    }
    fit ways[2];
    int n = 0;
    for (size_t p = kind == TALLY_REL_PRODUCT ? 0 : nv; p-- > 0 && n < 2;)
        /* v[] runs backwards: a < b */
        for (size_t q = p; q-- > 0 && n < 2;) {
            fit w[2];
            int m = 0;
            fit_plain(c, x, R, v[p], v[q], 0, w, &m);
            if (m == 1 && (int)w[0].r.kind == kind)   /* what is left, or what they make */
                note_fit(ways, &n, &w[0].r, w[0].a, w[0].b);
        }
    if (n == 2)
        n = nearer_way(c, R, ways);
    if (n == 0 && kind != TALLY_REL_DIFFERENCE) {
        /* "300 rounds for every rifle ... 134,400 rifles ... The requirement
         * is therefore 40.32 million rounds": a figure said of each, times
         * a count of its thing, both further back than R's window */
        fit_each(c, R, lo, ways, &n);
        if (n == 1 && ways[0].r.nparts == 2 && !(fr->value >= 100))
            n = 0;
    }
    if (n != 1 || (change_amount(c, R) && !near_levels(c, R, &ways[0])))
        return 0;
    if (ways[0].r.kind != TALLY_REL_PRODUCT)
        ways[0].r.cue = "fit far";
    return add_fit(c, x, &ways[0], R);
}

/* A figure in no relation that two figures before it would make, but
 * for one digit: "820 tons a cargo ... the 14 salt ships ... 11,840 tons
 * in all" is 11,480 with two digits swapped, "380 reals a horse ... 444
 * horses ... would cost 186,720" likewise (digit_slip).  Such slips of the
 * pen or of the press are how most wrong figures in print look, and
 * nothing else finds them when no words link the figures to R.  Chance
 * makes such near misses easily, so every one of these must hold:
 *
 *   - R is stated exactly, in digits, with SLIP_DIGITS significant digits
 *     or more, and no relation holds it yet;
 *   - R's own words say it is a result (slip_cued): what others make ("in
 *     all", "together": a sum or a product), what they leave ("the
 *     remaining", "short": a difference), or what follows from them ("so",
 *     "thus", "would cost", "meant", "needs": any way);
 *   - exactly one way of fit_pairs or fit_each in R's window fits R as a
 *     slip, of the kind R's words say;
 *   - no two or three figures of R's window and sentence make R exactly
 *     in any way (made_exactly): then R is what they make, and the way
 *     the slip found is another's.
 *
 * Read last of all, cue "fit slip"; verify keeps the check only when it
 * is inconsistent (keep_fit). */
static const char *const slip_result[] = {
    "so", "thus", "therefore", "hence", "meant", "means", "cost", "costs", "came", "comes",
    "need", "needs", "needed", "required", "requires", "amounted", "amounts", NULL};

/* Which ways R's words allow a slip to be: a mask of 1 << kind; 0 none. */
static unsigned slip_cued(const ctx *c, size_t R)
{
    int far = far_cued(c, R);
    if (far == TALLY_REL_DIFFERENCE)
        return 1u << TALLY_REL_DIFFERENCE;
    if (far == TALLY_REL_SUM)
        return 1u << TALLY_REL_SUM | 1u << TALLY_REL_PRODUCT;
    const tally_fact *fr = &c->f->v[R];
    size_t si = fr->sent_index, a = c->seg->sents[si].start;
    if (R > 0 && c->f->v[R - 1].sent_index == si && c->f->v[R - 1].tend > a)
        a = c->f->v[R - 1].tend;
    size_t k = rel_words_back(c, fr->tstart, a, FAR_CUE_WORDS);
    for (size_t i = k; i < fr->tstart;) {
        char w[24];
        if (!rel_next_word(c->t, &i, fr->tstart, w, sizeof w))
            break;
        for (size_t q = 0; slip_result[q]; q++)
            if (strcmp(w, slip_result[q]) == 0)
                return ~0u;
    }
    return 0;
}

/* 1 when two or three figures of lo .. hi other than R make R exactly, to
 * its rounding, whatever their units: a + b, a - b, a x b, a + b + d,
 * a + b - d; or two figures further back, as far as fit_far reads ("180
 * built at home" two paragraphs before "together ... 275 gliders" with
 * "95 bought abroad"). */
static int made_exactly(const ctx *c, size_t R, size_t lo, size_t hi)
{
    size_t far = far_start(c, R);
    if (far > lo)
        far = lo;
    for (size_t a = far; a < hi; a++) {
        if (a == R || isnan(c->f->v[a].value))
            continue;
        double va = c->f->v[a].value;
        for (size_t b = a + 1; b < hi; b++) {
            if (b == R || isnan(c->f->v[b].value))
                continue;
            double vb = c->f->v[b].value;
            if (near_to(c, R, va + vb, 0) || near_to(c, R, fabs(va - vb), 0) ||
                near_to(c, R, va * vb, 0))
                return 1;
            for (size_t d = lo; a >= lo && d < hi; d++) {
                if (d == R || d == a || d == b || isnan(c->f->v[d].value))
                    continue;
                double vd = c->f->v[d].value;
                if ((d > b && near_to(c, R, va + vb + vd, 0)) ||
                    near_to(c, R, va + vb - vd, 0))
                    return 1;
            }
        }
    }
    return 0;
}

/* 1 when figure i is written in digits ("11,840", not "two thirds"). */
static int in_digits(const ctx *c, size_t i)
{
    for (size_t k = c->f->v[i].tstart; k < c->f->v[i].tend; k++)
        if (c->t[k] >= '0' && c->t[k] <= '9')
            return 1;
    return 0;
}

/* For fit_slip: what is left ("which left 126 on the road") of the whole
 * stated last before R's window, however far back in R's section (the
 * nearest exact figure of R's unit larger than R: "150 cars" paragraphs
 * before), less a part in R's window ("34 cars were out of action"): the
 * ways W - P that make R but for one digit. */
static void far_rest_slip(const ctx *c, const index *x, size_t R, size_t lo, fit ways[2],
                          int *n)
{
    size_t w = NOPOS;
    for (size_t j = lo; j-- > 0 && c->f->v[j].section == c->f->v[R].section;)
        if (plain(c, j) && c->f->v[j].qual == TALLY_Q_EXACT && one_unit(c, j, R) &&
            !rel_is_rate(c, j) && c->f->v[j].value > c->f->v[R].value) {
            w = j;
            break;
        }
    fit best;
    size_t bp = NOPOS;   /* of several parts, the largest: "34 cars ..., 21 with broken
                            springs and 13 with burst tyres, which left 126" */
    for (size_t p = lo; w != NOPOS && p < R; p++) {
        if (!plain(c, p) || c->f->v[p].qual != TALLY_Q_EXACT || !one_unit(c, p, R))
            continue;
        fit f[2];
        int m = 0;
        fit_plain(c, x, R, w, p, 0, f, &m);
        if (m == 1 && f[0].r.kind == TALLY_REL_DIFFERENCE &&
            (bp == NOPOS || c->f->v[p].value > c->f->v[bp].value)) {
            best = f[0];
            bp = p;
        }
    }
    if (bp != NOPOS)
        note_fit(ways, n, &best.r, best.a, best.b);
}

static int fit_slip(ctx *c, index *x, size_t R)
{
    int share = c->fi[R].share;
    unsigned kinds;
    if (!plain(c, R) || x->stated[R] || x->at[R] != x->at[R + 1] ||
        c->f->v[R].qual != TALLY_Q_EXACT || !in_digits(c, R) ||
        c->fi[R].unit[0] == '\0' || (!share && c->f->v[R].value < FIT_MIN) ||
        (!share && R > 0 && listed(c, R - 1, R)) || !(kinds = slip_cued(c, R)))
        return 0;
    size_t lo = window_start(c, R), hi = share ? sentence_end(c, R) : R;
    fit ways[2];
    int n = 0;
    c->slip = R + 1;
    fit_pairs(c, x, R, lo, hi, 0, ways, &n);
    if (!share && n < 2)
        fit_each(c, R, lo, ways, &n);
    int kept = 0;
    for (int k = 0; k < n; k++)
        if (kinds & 1u << ways[k].r.kind)
            ways[kept++] = ways[k];   /* a way R's words do not say is no candidate */
    if (kept == 0 && n < 2 && far_cued(c, R) == TALLY_REL_DIFFERENCE)
        far_rest_slip(c, x, R, lo, ways, &kept);
    n = kept;
    c->slip = 0;
    if (n != 1 || !(kinds & 1u << ways[0].r.kind) || ways[0].r.average ||
        (change_amount(c, R) && !near_levels(c, R, &ways[0])) ||
        made_exactly(c, R, lo, sentence_end(c, R)))
        return 0;
    ways[0].r.cue = "fit slip";
    return add_fit(c, x, &ways[0], R);
}

/* A FRACTION a cue rule found with its part and share but no whole ("410
 * tons, some 60 per cent of what was asked"): when exactly one figure of
 * the part's unit near it (the part's window and sentence, larger than the
 * part) is the whole to the share's rounding, it becomes the whole, with
 * the cue "fit whole": verify keeps the check when it is consistent and
 * otherwise checks the share as it was, without a whole. */
static void fit_whole(ctx *c, tally_relation *r)
{
    if (r->kind != TALLY_REL_FRACTION || r->nparts < 1 || r->nparts > 2 || r->factor > 0 ||
        (r->nparts == 2 && r->parts[1].fact != TALLY_NO_FACT))
        return;
    size_t P = r->stated, S = r->parts[0].fact, W = TALLY_NO_FACT;
    if (S == TALLY_NO_FACT || !plain(c, P) || !plain(c, S) || c->fi[P].share || !c->fi[S].share)
        return;
    size_t lo = window_start(c, P), hi = sentence_end(c, P);
    for (size_t j = lo; j < hi; j++) {
        if (j == P || j == S || !plain(c, j) || c->fi[j].share || !one_unit(c, j, P) ||
            c->f->v[j].value <= c->f->v[P].value ||
            !near(c, S, c->f->v[P].value / c->f->v[j].value, 1))
            continue;
        if (W != TALLY_NO_FACT)
            return;   /* two wholes fit: none */
        W = j;
    }
    if (W == TALLY_NO_FACT)
        return;
    r->parts[1].fact = W;
    r->parts[1].role = TALLY_OP_MAIN;
    r->parts[1].formation[0] = '\0';
    r->nparts = 2;
    r->cue = "fit whole";
}

int rel_rule_fit(ctx *c)
{
    for (size_t k = 0; k < c->out->n; k++)
        fit_whole(c, &c->out->v[k]);
    index x = {0};
    int rc = index_build(c, &x);
    for (int runs = 0; runs <= 1 && !rc; runs++) {
        if (runs) {   /* the pairs found are in the index of the second pass */
            index_free(&x);
            memset(&x, 0, sizeof x);
            rc = index_build(c, &x);
        }
        for (size_t R = 0; !rc && R < c->f->n; R++)
            rc = fit_one(c, &x, R, runs);
    }
    index_free(&x);   /* last, figures further off: every near fit is in the index */
    memset(&x, 0, sizeof x);
    if (!rc)
        rc = index_build(c, &x);
    for (size_t R = 0; !rc && R < c->f->n; R++)
        rc = fit_far(c, &x, R);
    index_free(&x);   /* last of all, slips: every fit is in the index */
    memset(&x, 0, sizeof x);
    if (!rc)
        rc = index_build(c, &x);
    for (size_t R = 0; !rc && R < c->f->n; R++)
        rc = fit_slip(c, &x, R);
    index_free(&x);
    return rc;
}
