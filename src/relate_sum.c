/*
 * relate_sum.c - totals and their parts (rules 1, 1b, 2 and 3 of
 * relate.c): a figure broken down in the parenthesis after it, a total
 * opening a list after a colon, a list closed by a total cue ("totaling",
 * "in all", "together"; its parts in the sentence or, for a total opening
 * its sentence, in the one to three sentences before), a figure followed by
 * its parts after a comma ("23 lost, 15 to weather and eight to fighters"),
 * sums of money in two currencies added up at a stated rate of exchange,
 * and formations stated against aircraft counts (NORM: "(three regiments
 * and 90 MiG-15s)", "twelve regiments with 360 planes", ", or about 350
 * planes").  Makes SUM and NORM relations.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "relate_int.h"
#include "tally/isodate.h"

static int same_kind(const finfo *a, const finfo *b);
static int next_part(const ctx *c, size_t j, size_t T);

/* 1 when count i of formations (any formation noun: "battalions",
 * "flotillas") and the one figure j of its parenthesis state what those
 * formations hold: j counts another unit (not a share, not a rate), both
 * whole numbers, j more than i ("three battalions (36 guns)", "two
 * divisions (six ships)"). */
static int formation_holding(const ctx *c, size_t i, size_t j)
{
    const finfo *T = &c->fi[i], *P = &c->fi[j];
    const tally_fact *tf = &c->f->v[i], *pf = &c->f->v[j];
    if (strcmp(T->cat, "formation") != 0 || !P->unit[0] || P->share ||
        strcmp(P->unit, T->unit) == 0 || rel_is_rate(c, j) || rel_is_rate(c, i))
        return 0;
    return tf->value >= 1 && tf->value == floor(tf->value) && pf->value > tf->value &&
           pf->value == floor(pf->value);
}

/* 1 when the words t[a..b) between two figures of a parenthesis take the
 * second away from the first: "(the 1,240 less the 310 under repair)",
 * "minus", "after deducting", "without", "excluding" (at most four words,
 * no ; : between): a difference, never a sum. */
static int paren_taken_away(const ctx *c, size_t a, size_t b)
{
    static const char *const minus[] = {"less", "minus", "deducting", "excluding", "without",
                                        NULL};
    int w = rel_words_between(c->t, a, b, ";:()");
    return w >= 1 && w <= 4 && rel_phrase_in(c->t, a, b, minus);
}

/* Add a SUM of total T and parts[0..np) (in that order, none marked used)
 * with cue; 0, or -1 when out of memory. */
static int add_sum(ctx *c, size_t T, const size_t *parts, size_t np, const char *cue)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, T, cue);
    for (size_t m = 0; m < np; m++)
        rel_part(c, &r, parts[m]);
    return rel_add(c, &r);
}

/* Rule 1: a figure and the parenthesis after it. */
int rel_rule_breakdown(ctx *c, size_t i, size_t lo, size_t hi, size_t send)
{
    finfo *T = &c->fi[i];
    size_t p = rel_paren_after(c, i, send);
    int far = 0;   /* "21 ships sunk on the Kessel fields in 1916 (14 ..., six ... and
                      three ...)": a list of parts after a longer clause */
    if (p == NOPOS && (p = rel_paren_within(c, i, send, 10)) != NOPOS)
        far = 1;
    if (p == NOPOS || T->share)
        return 0;
    size_t kids[TALLY_REL_MAXPARTS], k = 0;
    double ksum = 0;
    for (size_t j = lo; j < hi; j++)
        if (c->fi[j].popen == p && k < TALLY_REL_MAXPARTS) {
            kids[k++] = j;
            ksum += c->f->v[j].value;
        }
    if (k == 0 || (far && (k < 2 || !(fabs(ksum - c->f->v[i].value) <= 0.1 * c->f->v[i].value))))
        return 0;
    tally_relation r;
    if (k >= 2) {
        int same = 1, formish = 1, kinds = 1;
        double sum = 0;
        for (size_t m = 0; m < k; m++) {
            const finfo *P = &c->fi[kids[m]];
            /* a part whose noun the lexicon does not know ("five Wellington")
             * names a type of what the total counts */
            int known = P->unit[0] && P->cat[0] && strcmp(P->cat, "other") != 0;
            if (known && !rel_same_unit(P, T))
                same = 0;
            if (P->share)
                same = formish = 0;
            if (known && !P->aircraft && !P->formation)
                formish = 0;
            if (known && !rel_same_unit(P, T) && !same_kind(P, T))
                kinds = 0;
            sum += c->f->v[kids[m]].value;
        }
        if (!same && formish && T->formation) {
            /* parts named by aircraft type: count formations when their sum
             * is far below the aircraft the formations would hold */
            const char *lowc = tally_lexicon_get(c->lex, "norms", T->unit, "low");
            int ok = 0;
            double low = lowc ? tally_cell_num(lowc, &ok) : 0;
            double n = c->f->v[i].value;
            if (ok && n > 0 && sum / n < low / 2)
                same = 1;
        }
        if (!same && kinds)
            same = 1;   /* "22 escort vessels (eight destroyers, ten corvettes and four
                           trawlers)": kinds of the things the total counts */
        if (!same)
            return 0;
        rel_init(&r, TALLY_REL_SUM, i, "parenthesis");
        for (size_t m = 0; m < k; m++) {
            rel_part(c, &r, kids[m]);
            c->fi[kids[m]].used = 1;
            /* "930 at work (the 1,240 less the 310 under repair)": taken away */
            if (m > 0)
                r.parts[m].negative =
                    paren_taken_away(c, c->f->v[kids[m - 1]].tend, c->f->v[kids[m]].tstart);
        }
        return rel_add(c, &r);
    }
    size_t j = kids[0];
    finfo *P = &c->fi[j];
    if (T->formation && P->aircraft) {
        rel_init(&r, TALLY_REL_NORM, j, "parenthesis");
        rel_part(c, &r, i);
    } else if (T->aircraft && P->formation) {
        rel_init(&r, TALLY_REL_NORM, i, "parenthesis");
        rel_part(c, &r, j);
    } else if (P->share && !T->share) {
        rel_init(&r, TALLY_REL_FRACTION, i, "parenthesis");
        rel_part(c, &r, j);
        rel_part(c, &r, TALLY_NO_FACT);
    } else if (formation_holding(c, i, j)) {
        /* "three battalions (36 guns)": checked with the document's norm */
        rel_init(&r, TALLY_REL_NORM, j, "parenthesis");
        rel_part(c, &r, i);
        snprintf(r.parts[0].formation, sizeof r.parts[0].formation, "%.23s", T->unit);
    } else {
        return 0;
    }
    P->used = 1;
    return rel_add(c, &r);
}

/* Rule 2: "(three regiments and 90 MiG-15s)": formations and one aircraft
 * count together in a parenthesis that breaks down no figure. */
int rel_rule_paren_norm(ctx *c, size_t lo, size_t hi)
{
    for (size_t j = lo; j < hi; j++) {
        size_t p = c->fi[j].popen;
        if (p == NOPOS || c->fi[j].used || (j > lo && c->fi[j - 1].popen == p))
            continue;   /* once per parenthesis, at its first figure */
        size_t air = NOPOS, nair = 0, nform = 0, other = 0;
        for (size_t m = j; m < hi && c->fi[m].popen == p; m++) {
            if (c->fi[m].used)
                other++;
            else if (c->fi[m].aircraft)
                air = m, nair++;
            else if (c->fi[m].formation)
                nform++;
            else
                other++;
        }
        if (nair != 1 || nform == 0 || other)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_NORM, air, "parenthesis");
        for (size_t m = j; m < hi && c->fi[m].popen == p; m++)
            if (m != air) {
                rel_part(c, &r, m);
                c->fi[m].used = 1;
            }
        c->fi[air].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* CUE_LATE: the cue closes a list of the sentences before, never of its
 * own ("Together the two yards launched 23"); the total may come a few
 * words after it. */

/* CUE_OPEN: only opening its sentence and followed by "," or ":" ("Total,
 * 87." after a list in a note or a table). */
enum { CUE_AFTER = 1, CUE_BEFORE = 2, CUE_RESTATE = 4, CUE_LATE = 8, CUE_OPEN = 16 };
static const struct {
    const char *p;
    int how;
} total_cues[] = {
    {"totaling", CUE_AFTER},     {"totalling", CUE_AFTER},   {"amounting to", CUE_AFTER},
    {"a total of", CUE_AFTER},   {"adding up to", CUE_AFTER}, {"in all", CUE_BEFORE},
    {"all told", CUE_BEFORE},    {"in total", CUE_BEFORE},   {"altogether", CUE_BEFORE | CUE_AFTER},
    {"combined", CUE_BEFORE | CUE_AFTER}, {"together", CUE_AFTER | CUE_LATE},
    {"between them", CUE_AFTER | CUE_LATE},  {"total", CUE_AFTER | CUE_LATE | CUE_OPEN},
    {", or about", CUE_RESTATE}, {", or some", CUE_RESTATE}, {", or roughly", CUE_RESTATE},
    {", or around", CUE_RESTATE}, {", or approximately", CUE_RESTATE},
    {", or nearly", CUE_RESTATE}, {", or almost", CUE_RESTATE},
};

/* 1 when a and b count things of one kind under different nouns: people
 * ("14,200 killed ... 58,900 men in all"), aircraft, materiel
 * or munitions ("24 escorts, 30 minesweepers and 6 chasers, 60 hulls in
 * all"); not money (currencies convert), measures or shares. */
static int same_kind(const finfo *a, const finfo *b)
{
    static const char *const countable[] = {"personnel", "aircraft", "materiel",
                                            "munition", NULL};
    static const char *const measure[] = {"ton", "tonne", "kg", "lb", "gallon", "litre",
                                          "liter", "barrel", "pound", NULL};
    if (strcmp(a->cat, b->cat) != 0)
        return 0;
    for (size_t q = 0; measure[q]; q++)
        if (strcmp(a->unit, measure[q]) == 0 || strcmp(b->unit, measure[q]) == 0)
            return 0;   /* "24 ships of 3,000 tons": weights are no items */
    for (size_t q = 0; countable[q]; q++)
        if (strcmp(a->cat, countable[q]) == 0)
            return 1;
    return 0;
}

static size_t rate_count(const ctx *c, size_t j);

/* 1 when fact j is the size of each of the formations counted right before
 * it: "three battalions of 21 tanks" (a formation count, at most three
 * words, then "of"). */
static int size_of_formation(const ctx *c, size_t j)
{
    static const char *const of[] = {"of", NULL};
    if (j == 0 || strcmp(c->fi[j - 1].cat, "formation") != 0 ||
        c->f->v[j - 1].sent_index != c->f->v[j].sent_index ||
        !rel_word_before_is(c, c->f->v[j].tstart, 0, of) || rel_is_rate(c, j))
        return 0;   /* "two regiments of 24 aircraft each" is a rate: rate_count() */
    int w = rel_words_between(c->t, c->f->v[j - 1].tend, c->f->v[j].tstart, ",;:.()");
    return w >= 1 && w <= 3;
}

/* The count that fact j is said of: "two regiments of 24 aircraft each"
 * (a rate, rate_count()) or "20 batteries of six guns" (a formation's
 * size): the figure before it; NOPOS when neither. */
static size_t count_of(const ctx *c, size_t j)
{
    size_t C = rate_count(c, j);
    return C != NOPOS ? C : size_of_formation(c, j) ? j - 1 : NOPOS;
}

/* 1 when fact j, of T's unit, is the size of a formation counted before it
 * and ends a list of two or more such counts and sizes joined by "and" or
 * a comma: "12 heavy batteries of four guns each and 20 light batteries of
 * six guns, 168 guns in all" (a sum of products, not a list that a size
 * ends). */
static int size_list(const ctx *c, size_t j, size_t T, size_t lo)
{
    int n = 0;
    size_t C;
    while (j >= lo && rel_same_unit(&c->fi[j], &c->fi[T]) && (C = count_of(c, j)) != NOPOS &&
           C >= lo) {
        n++;
        if (C == lo || C == 0)
            break;
        size_t k = C - 1;
        int w = rel_words_between(c->t, c->f->v[k].tend, c->f->v[C].tstart, ";:.()");
        if (w < 0 || w > 3 || !rel_joined_to(c->t, c->f->v[k].tend, c->f->v[C].tstart))
            break;
        j = k;
    }
    return n >= 2;
}

/* 1 when fact j is the aircraft count of a NORM found already, alone in its
 * parenthesis, of T's unit ("three regiments (96 aircraft) and two of 24
 * aircraft each, 144 in all"): a part of T although used. */
static int norm_aircraft(const ctx *c, size_t j, size_t T)
{
    if (!rel_same_unit(&c->fi[j], &c->fi[T]) || c->fi[j].popen == NOPOS)
        return 0;
    if ((j > 0 && c->fi[j - 1].popen == c->fi[j].popen) ||
        (j + 1 < c->f->n && c->fi[j + 1].popen == c->fi[j].popen))
        return 0;
    return rel_stated_by(c, TALLY_REL_NORM, j);
}

/* 1 when figure j is what the figure before it is held against in its
 * clause: "28 aircraft against an establishment of 32", "compared with",
 * "instead of" (at most six words between, no mark). */
static int held_against(const ctx *c, size_t j)
{
    static const char *const cue[] = {"against", "compared with", "instead of", NULL};
    if (j == 0 || c->f->v[j - 1].sent_index != c->f->v[j].sent_index)
        return 0;
    size_t a = c->f->v[j - 1].tend, b = c->f->v[j].tstart;
    int w = rel_words_between(c->t, a, b, ",;:.()");
    return w >= 1 && w <= 6 && rel_phrase_in(c->t, a, b, cue);
}

/* 1 when figure j is one side of a comparison: "than" (or "than the")
 * right before it ("90 fewer than the 600"), or "more / fewer / less
 * than" right after it: no item of a list of parts. */
static int compared(const ctx *c, size_t j)
{
    static const char *const than[] = {"than", NULL};
    static const char *const cmp[] = {"fewer than", "more than", "less than", NULL};
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t k = f->tstart;
    if (rel_word_before_is(c, k, s->start, than))
        return 1;
    static const char *const the[] = {"the", NULL};
    if (rel_word_before_is(c, k, s->start, the)) {
        while (k > s->start && c->t[k - 1] == ' ')
            k--;
        if (k >= s->start + 3 && rel_word_before_is(c, k - 3, s->start, than))
            return 1;
    }
    size_t e = f->tend;
    while (e < s->end && c->t[e] == ' ')
        e++;
    for (size_t m = 0; cmp[m]; m++)
        if (rel_phrase_at(c->t, e, s->end, cmp[m]))
            return 1;
    return 0;
}

/* 1 when share q is set in apposition to the figure right before it, of
 * T's unit: a comma, at most two words ("a little", "or about") before
 * the share, the figure at most six words before the comma, no ; : ( ) in
 * between ("88 had arrived, a little more than half of the promise"). */
static int apposed_share(const ctx *c, size_t q, size_t lo, size_t T)
{
    if (q <= lo)
        return 0;
    size_t j = q - 1, k = c->f->v[q].tstart;
    const tally_fact *jf = &c->f->v[j];
    if (c->fi[j].share || !rel_same_unit(&c->fi[j], &c->fi[T]) ||
        jf->sent_index != c->f->v[q].sent_index)
        return 0;
    int w = 0;   /* back over at most two words to the comma */
    while (k > jf->tend && c->t[k - 1] != ',') {
        if (strchr(";:()", c->t[k - 1]))
            return 0;
        w += c->t[k - 1] == ' ' && k >= 2 && c->t[k - 2] != ' ' && c->t[k - 2] != ',';
        k--;
    }
    if (k <= jf->tend || w > 2)
        return 0;
    int before = rel_words_between(c->t, jf->tend, k - 1, ";:()");
    return before >= 0 && before <= 6;
}

/* Whether fact j is written as a hyphenated modifier ("75-mm", "a 400-gram
 * ration"): a figure naming what kind a thing is, no quantity of its own. */
static int compound_modifier(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    for (size_t k = f->tstart + 1; k <= f->tend && c->t[k + 1]; k++)
        if (c->t[k] == '-' && isdigit((unsigned char)c->t[k - 1]) &&
            isalpha((unsigned char)c->t[k + 1]))
            return 1;
    return 0;
}

/* 1 when fact k is a bare figure of a list of T's unit that took its
 * unit from a count right after it ("1,900 tons lost to damp and 700 to
 * two fires": 700 is tons, not fires): no noun of its own, the next
 * figure (of its unit, under 100) at most two words on, after a
 * preposition, and the
 * figure before it (same sentence, joined by a comma or "and") of T's
 * unit. */
static int elided_item(const ctx *c, size_t k, size_t T, size_t lo)
{
    static const char *const prep[] = {"to", "in", "by", "from", "during", "on", "at",
                                       "after", "over", NULL};
    const tally_fact *f = &c->f->v[k];
    if (k < lo + 1 || k + 1 >= T || !rel_bare(f) ||
        c->fi[k].used || c->fi[k].share || rel_same_unit(&c->fi[k], &c->fi[T]))
        return 0;
    const tally_fact *n = &c->f->v[k + 1], *p = &c->f->v[k - 1];
    if (n->sent_index != f->sent_index || p->sent_index != f->sent_index ||
        !rel_same_unit(&c->fi[k], &c->fi[k + 1]) || n->value >= 100 ||
        !rel_word_before_is(c, n->tstart, f->tend, prep) ||
        rel_words_between(c->t, f->tend, n->tstart, ";:(),") < 0 ||
        rel_words_between(c->t, f->tend, n->tstart, "") > 2)
        return 0;
    return rel_same_unit(&c->fi[k - 1], &c->fi[T]) && rel_joined_to(c->t, p->tend, f->tstart);
}

/* 1 when figure j, of another unit than total T, is a small count after
 * a preposition inside an item of T's list ("700 to two fires", "600 in
 * three raids"): the two figures before it in its sentence are of T's
 * unit, with no ';', ':' or parenthesis between them and it. */
static int inner_count(const ctx *c, size_t j, size_t T, size_t lo)
{
    static const char *const prep[] = {"to", "in", "by", "from", "during", "on", "at",
                                       "after", "over", NULL};
    const tally_fact *pf = &c->f->v[j];
    if (c->fi[j].used || c->fi[j].share || c->fi[j].popen != c->fi[T].popen ||
        pf->value >= 100 || rel_is_rate(c, j) ||
        !rel_word_before_is(c, pf->tstart, 0, prep))
        return 0;
    if (j < lo + 2)
        return 0;
    for (size_t k = j - 2; k < j; k++)   /* the item and the one before it */
        if (c->f->v[k].sent_index != pf->sent_index ||
            !(rel_same_unit(&c->fi[k], &c->fi[T]) || elided_item(c, k, T, lo)) ||
            rel_words_between(c->t, c->f->v[k].tend, c->f->v[k + 1].tstart, ";:()") < 0)
            return 0;
    return 1;
}

static size_t of_them(const ctx *c, size_t j, size_t send);

/* 1 when figure j is said to be a part of the figure before it: "of
 * them" (these, those, which) right after it, before cut, or "of whom" /
 * "of which" right before it ("1,500 men, of whom 400 were sick"). */
static int subset_said(const ctx *c, size_t j, size_t cut)
{
    static const char *const pre[] = {"of whom ", "of which ", NULL};
    size_t a = c->f->v[j].tstart;
    for (size_t q = 0; pre[q]; q++) {
        size_t n = strlen(pre[q]);
        if (a >= n && strncasecmp(c->t + a - n, pre[q], n) == 0)
            return 1;
    }
    return of_them(c, j, cut) != 0;
}

/* Round 443: 1 when figure N counts the items of the list that follows
 * it, no item itself: "Three works built them: the first delivered 64,
 * ..."; "came in three shipments, of 60, 50 and 40".  N, a whole count
 * (exact, 2 to 12) with a noun of its own, is at most nitems (round 447:
 * "Two plants made them: ... 1,200 and ... 900, and a third plant another
 * 300": the sources, fewer than the items when one is added; more
 * sources than items leave an item unsaid, and the count stays), and the first
 * item `next` is bare (its noun elided) after a ":" or "of". */
int rel_counts_items(const ctx *c, size_t N, size_t next, size_t nitems)
{
    static const char *const of[] = {"of", NULL};
    const tally_fact *n = &c->f->v[N], *x = &c->f->v[next];
    if (nitems < 2 || nitems > 12 || n->value < 2 || n->value > (double)nitems ||
        n->value != floor(n->value) || n->qual != TALLY_Q_EXACT ||
        c->fi[N].share || !n->mention || !n->number_text || !x->mention || !x->number_text ||
        strcmp(n->mention, n->number_text) == 0 || strcmp(x->mention, x->number_text) != 0)
        return 0;
    return rel_words_between(c->t, n->tend, x->tstart, ":") < 0 ||
           rel_word_before_is(c, x->tstart, n->tend, of);
}

/* Round 443: 1 when figure j is said of one thing ("Each division holds
 * 11,500 rifles": "each" / "every" / "per" in its clause before it) and
 * the list's next figure N is j times a count stated before j in its
 * paragraph ("18 divisions": 207,000 = 18 x 11,500), so that N is made
 * of j, which is no part beside it. */
static int per_one_of(const ctx *c, size_t j, size_t N)
{
    static const char *const one[] = {"each", "every", "per", NULL};
    const tally_fact *jf = &c->f->v[j];
    size_t st = c->seg->sents[jf->sent_index].start, a = jf->tstart;
    while (a > st && !strchr(",;:", c->t[a - 1]))
        a--;
    if (!(jf->value > 0) || !rel_phrase_in(c->t, a, jf->tstart, one))
        return 0;
    double k = c->f->v[N].value / jf->value;
    if (k < 2 || k != floor(k))
        return 0;
    for (size_t m = j; m-- > 0 && j - m <= REL_SENT_FACTS && c->f->v[m].para == jf->para;)
        if (c->f->v[m].value == k && !c->fi[m].share && c->fi[m].unit[0])
            return 1;
    return 0;
}

/* Round 456: 1 when figure j is the price in a bill "C things at R each,
 * P" whose amount P is figure L right after it (the last part taken of a
 * total: "50 saddles at 4 each, 200, and 30 bridles at 2, 60, a total of
 * 260"): the count C right before j is of another unit, "at" between C
 * and j, at most "each" between j and P, and C x R = P.  The price and
 * its count are then passed over, no end of the list of amounts. */
static int bill_price(const ctx *c, size_t j, size_t L, size_t lo)
{
    static const char *const at[] = {"at", NULL};
    if (j <= lo || L != j + 1 || rel_same_unit(&c->fi[j - 1], &c->fi[L]) ||
        c->f->v[j - 1].sent_index != c->f->v[L].sent_index)
        return 0;
    const tally_fact *C = &c->f->v[j - 1], *R = &c->f->v[j], *P = &c->f->v[L];
    int w = rel_words_between(c->t, C->tend, R->tstart, ",;:()");
    if (w < 1 || w > 3 || !rel_phrase_in(c->t, C->tend, R->tstart, at))
        return 0;
    w = rel_words_between(c->t, R->tend, P->tstart, ";:()");
    if (w < 0 || w > 1 || !memchr(c->t + R->tend, ',', P->tstart - R->tend))
        return 0;
    return P->value > 0 && fabs(C->value * R->value - P->value) <= 0.005 * P->value;
}

/* 1 when the words before figure j in its sentence say it of one of the
 * things total T counts: "a sack", "each sack", "every sack", "per sack"
 * (T's unit as the word). */
static int said_of_one_total(const ctx *c, size_t j, size_t T)
{
    static const char *const one[] = {"a", "an", "each", "every", "per", NULL};
    const char *u = c->fi[T].unit;
    size_t n = strlen(u), s0 = c->seg->sents[c->f->v[j].sent_index].start;
    if (n < 3)
        return 0;
    for (size_t i = s0; i + n < c->f->v[j].tstart; i++) {
        if (i > s0 && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        for (size_t q = 0; one[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, c->f->v[j].tstart, one[q]);
            if (!e)
                continue;
            while (e < c->f->v[j].tstart && c->t[e] == ' ')
                e++;
            if (strncasecmp(c->t + e, u, n) == 0 && !rel_wch((unsigned char)c->t[e + n]))
                return 1;
        }
    }
    return 0;
}

/* 1 when figure j is a price, said of each of some things right after it
 * (rel_each_things: "3.50 francs a battery", not a subject's "A kitchen
 * costs 820 crowns"), of the currency of total T, and T is no price: "At
 * 14 francs a valve and 3.50 francs a battery the monthly cost is 6,790
 * and 4,074 francs, 10,864 francs in all" adds no prices. */
static int each_thing_not_total(const ctx *c, size_t j, size_t T)
{
    static const char *const one[] = {"a", "an", "per", "each", "every", NULL};
    char e[2][48];
    const tally_fact *f = &c->f->v[j];
    return strcmp(c->fi[j].cat, "money") == 0 && rel_same_unit(&c->fi[j], &c->fi[T]) &&
           rel_word_within(c, f->tend, c->seg->sents[f->sent_index].end, 2, one) &&
           rel_each_things(c, j, e) > 0 && rel_each_things(c, T, e) == 0;
}

/* Collect the parts of a total T from figures [lo, before) going back:
 * comparable figures at T's parenthesis depth, stopping at a figure of
 * another unit (but skip's, whose figures are passed over) or a ';'.
 * Fills same[] (T's unit) and form[] (formations for an aircraft total). */
/* 1 when "each" or "every" and a verb stand right before figure j, no
 * mark between ("each carrying some 4 stretchers", "each held 20"): what
 * one of the things before holds, a rate, no item of a list ("6 sets each
 * and 4 ..." and "each of 420 fitters" are no such verb). */
static int each_verb_before(const ctx *c, size_t j)
{
    static const char *const verb[] = {"has", "had", "have", "holds", "held", "carries", "took",
                                       "takes", "makes", "made", "needs", "needed", "gets",
                                       "got", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t a = rel_words_back(c, f->tstart, c->seg->sents[f->sent_index].start, 3);
    if (rel_words_between(c->t, a, f->tstart, ",;:()") < 0)
        return 0;
    char w[24], prev[24] = "";
    for (size_t i = a; rel_next_word(c->t, &i, f->tstart, w, sizeof w);) {
        size_t n = strlen(w);
        if ((strcmp(prev, "each") == 0 || strcmp(prev, "every") == 0) &&
            (rel_word_is(w, verb) || (n > 4 && strcmp(w + n - 3, "ing") == 0) ||
             (n > 3 && strcmp(w + n - 2, "ed") == 0)))
            return 1;
        snprintf(prev, sizeof prev, "%s", w);
    }
    return 0;
}

static void collect_parts(ctx *c, size_t T, size_t lo, size_t before, size_t skip,
                          int semi, size_t *same, size_t *nsame, size_t *form, size_t *nform)
{
    static const char *const contrast[] = {"while", "whereas", NULL};
    const finfo *t = &c->fi[T];
    size_t cut = c->f->v[T].tstart;
    *nsame = *nform = 0;
    for (size_t j = before; j-- > lo;) {
        const finfo *P = &c->fi[j];
        const tally_fact *pf = &c->f->v[j];
        if (!semi && pf->sent_index == c->f->v[T].sent_index &&
            (rel_words_between(c->t, pf->tend, cut, ";") < 0 ||
             rel_phrase_in(c->t, pf->tend, cut, contrast)))
            break;   /* "..., while the rival plant made 1,600 in all": another subject */
        if (skip != NOPOS && rel_same_unit(P, &c->fi[skip]) && !P->used && !P->share)
            continue;   /* "14 ships of 63,000 tons and 19 of 88,000": the other list */
        if (j > lo && subset_said(c, j, c->f->v[T].tstart))
            continue;   /* "brought 800 men, 250 of them wounded, ... 1,900 in all":
                           a part of the item before it, no item of the list */
        if ((P->used || P->popen != t->popen) && !norm_aircraft(c, j, T))
            continue;   /* inside a breakdown: counted through its total */
        if (held_against(c, j))
            continue;   /* "28 aircraft against an establishment of 32": no part */
        if (P->share && apposed_share(c, j, lo, T))
            continue;   /* "only 88 had come, a little more than half of the promise,
                           and the factories sent 45, 133 in all": said of the 88 */
        if (P->share || compared(c, j))
            break;   /* "510 sorties, 90 fewer than the 600 ..., 1,150 in all": a
                        comparison, no list */
        if (*nsame && bill_price(c, j, same[*nsame - 1], lo)) {
            j--;
            continue;   /* "30 bridles at 2, 60": the price and its count */
        }
        if (*nsame && count_of(c, same[*nsame - 1]) == j)
            continue;   /* "two regiments of 24 aircraft each": the count of a part */
        if (*nsame && per_one_of(c, j, same[*nsame - 1]))
            break;   /* "each holds 800, 7,200 for the nine": the next part's factor */
        if (size_of_formation(c, j) && !size_list(c, j, T, lo))
            break;   /* "three battalions of 21 tanks, which gave 189": a size ends the
                        list; "two wings of three squadrons of 12 bombers, 80 in all" is
                        a chain's, no breakdown of formations */
        if ((!rel_same_unit(P, t) && same_kind(P, t) && said_of_one_total(c, j, T)) ||
            rel_one_thing_has(c, j, 0) || each_thing_not_total(c, j, T) ||
            each_verb_before(c, j))
            break;   /* "A sack held 400 letters or 25 parcels, so that the mail
                        filled 115 sacks ... and 128 ..., 243 in all": what one of
                        T's things holds, no item */
        if (rel_same_unit(P, t) || same_kind(P, t) || elided_item(c, j, T, lo)) {
            if (*nform || !(pf->value < c->f->v[T].value))
                break;   /* "190 million was spent on ..., 156 million in all": no part */
            /* "14 lost at least one ship, and ... 9 sunk and 4 damaged, 15
             * in all": an open bound outside the list is not one of its items */
            if (*nsame && (pf->qual == TALLY_Q_AT_LEAST || pf->qual == TALLY_Q_AT_MOST) &&
                !rel_joined_to(c->t, pf->tend, c->f->v[same[*nsame - 1]].tstart))
                break;
            if (*nsame < TALLY_REL_MAXPARTS)
                same[(*nsame)++] = j;
        } else if (t->aircraft && P->formation) {
            if (*nsame)
                break;
            if (*nform < TALLY_REL_MAXPARTS)
                form[(*nform)++] = j;
        } else if (strcmp(P->cat, "duration") == 0 && strcmp(t->cat, "duration") != 0) {
            continue;   /* "and six in the last two months of the campaign: 27 boats in
                           all": a time phrase inside the list is no end of it */
        } else if (compound_modifier(c, j)) {
            continue;   /* "90 shells of 75-mm and 30 of 105-mm, 120 in all": a
                           calibre naming an item's kind is no end of the list */
        } else if (inner_count(c, j, T, lo)) {
            continue;   /* "1,900 tons lost to damp and 700 to two fires, 2,600
                           tons altogether": the cause of an item, no end */
        } else {
            break;
        }
    }
    if (*nsame >= 3 && rel_counts_items(c, same[*nsame - 1], same[*nsame - 2], *nsame - 1))
        (*nsame)--;   /* "Three works built them: ... 64, ... 72 and ... 44": the
                         count of the items, no item */
}

/* The figure of another unit right after total T that its noun has "of"
 * ("33 ships of 141,000 tons"), a second total of the same list; NOPOS
 * when there is none. */
static size_t companion(const ctx *c, size_t T, size_t hi)
{
    static const char *const of[] = {"of", NULL};
    size_t U = T + 1;
    if (U >= hi || c->fi[U].share || c->fi[U].used || !c->fi[U].unit[0] ||
        rel_same_unit(&c->fi[U], &c->fi[T]) || rel_is_rate(c, U) ||
        !rel_word_before_is(c, c->f->v[U].tstart, 0, of))
        return NOPOS;
    int w = rel_words_between(c->t, c->f->v[T].tend, c->f->v[U].tstart, ",;:.()");
    return w >= 1 && w <= 3 ? U : NOPOS;
}

static int total_rel(ctx *c, size_t T, const char *cue, const size_t *same, size_t nsame,
                     const size_t *form, size_t nform);

/* The second total U of a list whose first total T has ns parts: a SUM
 * of U's unit over the same figures, when they give as many parts. */
static int companion_sum(ctx *c, size_t T, size_t U, size_t lo, size_t ns, const char *cue)
{
    size_t same[TALLY_REL_MAXPARTS], form[TALLY_REL_MAXPARTS], n, nf;
    collect_parts(c, U, lo, T, T, 0, same, &n, form, &nf);
    if (n != ns || nf)
        return 0;
    return total_rel(c, U, cue, same, n, form, 0);
}

/* 1 when figure j may count T's things in a list of earlier sentences:
 * of T's unit, or written bare in a sentence that names T's unit on
 * another figure (the noun is left out: "1,140 tanks, and in 1944,
 * 1,310"); a rate of T's period when T is a rate, not a rate when it is
 * not ("135 tanks a month" adds up "50 a month"). */
static int list_part(const ctx *c, size_t j, size_t T)
{
    int pj, pt, rj = rel_rate_of(c, j, &pj), rt = rel_rate_of(c, T, &pt);
    if (rj != rt || (rt && pj != pt) || !rel_countable_part(c, j, T))
        return 0;
    if (rel_same_unit(&c->fi[j], &c->fi[T]))
        return 1;
    static const char *const of[] = {"of", NULL};
    if (!rel_bare(&c->f->v[j]) || rel_word_before_is(c, c->f->v[j].tstart, 0, of))
        return 0;   /* "three battalions of 32": a size, not a count */
    size_t a, b;
    rel_sent_range(c, c->f->v[j].sent_index, &a, &b);
    for (size_t k = a; k < b; k++)
        if (k != j && rel_same_unit(&c->fi[k], &c->fi[T]))
            return 1;
    return 0;
}

#define EARLIER_SENTS 6
#define NEAR_SENTS 3   /* beyond these, a list is taken only when it comes within a tenth */

/* The parts of total T (first figure of its sentence: lo) in the one to
 * six sentences before it in paragraph para: figures that list_part()
 * admits, not used, smaller than T.  Of the nearest k sentences (k = 1 to
 * 6) giving two or more, the fewest whose sum comes within a tenth of T,
 * else, of the nearest three, those whose sum comes nearest (a list
 * further back is taken only within a tenth); a choice of reading, not the check
 * (verify judges the sum); none when their sum is below three quarters of
 * T or above one and a quarter times it (a list that does not account for
 * T, not a slip).  Parts of another sum and figures inside a parenthesis that
 * already serve a relation are left out; a figure that is the part of a
 * share ("612 tanks, 38 per cent of the plan") may still be listed.
 * Filled into same[] backwards (as collect_parts does); returns their
 * number (0 unless at least two). */
/* 1 when figure j is an item of a list after a colon that breaks down a
 * larger figure of its kind (or of the kind of total T being added up)
 * before the colon ("48 guns in six batteries: 8 of 280 mm, 12 of 210 mm,
 * ..."): counted through that figure, not again (a is the first fact of
 * j's sentence). */
static int item_of_colon(const ctx *c, size_t j, size_t a, size_t T)
{
    size_t st = c->seg->sents[c->f->v[j].sent_index].start;
    for (size_t k = c->f->v[j].tstart; k > st; k--) {
        char ch = c->t[k - 1];
        if (ch == ';')
            return 0;
        if (ch != ':')
            continue;
        for (size_t F = j; F-- > a;) {   /* the nearest figure of j's kind before it */
            if (c->f->v[F].tend > k - 1)
                continue;
            if (rel_same_unit(&c->fi[F], &c->fi[j]) || same_kind(&c->fi[F], &c->fi[j]) ||
                rel_same_unit(&c->fi[F], &c->fi[T]))
                return c->f->v[F].value > c->f->v[j].value && list_part(c, F, T) &&
                       c->f->v[F].value < c->f->v[T].value;   /* F is a part of T itself */
        }
        return 0;
    }
    return 0;
}

static size_t earlier_parts(const ctx *c, size_t T, size_t lo, int para, size_t *same,
                            size_t *ns)
{
    *ns = 0;
    size_t end = lo, upto[EARLIER_SENTS];
    double sum = 0, sums[EARLIER_SENTS], tv = c->f->v[T].value;
    int nk = 0;
    for (; nk < EARLIER_SENTS && end > 0; nk++) {
        size_t ps = c->f->v[end - 1].sent_index, a, b;
        if (ps >= c->seg->nsents || c->seg->sents[ps].para != para)
            break;
        rel_sent_range(c, ps, &a, &b);
        for (size_t j = b; j-- > a && *ns < TALLY_REL_MAXPARTS;)
            if (!c->fi[j].part && !(c->fi[j].used && c->fi[j].popen != NOPOS) &&
                !c->fi[j].share && c->f->v[j].value < tv && list_part(c, j, T) &&
                !item_of_colon(c, j, a, T)) {
                same[(*ns)++] = j;
                sum += c->f->v[j].value;
            }
        upto[nk] = *ns;
        sums[nk] = sum;
        end = a;
    }
    int best = -1;
    for (int k = 0; k < nk && best < 0; k++)
        if (upto[k] >= 2 && fabs(sums[k] - tv) <= 0.1 * tv)
            best = k;
    for (int k = 0; k < nk && k < NEAR_SENTS && best < 0; k++)
        if (upto[k] >= 2) {
            best = k;
            for (int m = k + 1; m < nk && m < NEAR_SENTS; m++)
                if (upto[m] > upto[best] && fabs(sums[m] - tv) < fabs(sums[best] - tv))
                    best = m;
        }
    *ns = best < 0 ? 0 : upto[best];
    if (*ns && !(sums[best] >= 0.75 * tv && sums[best] <= 1.25 * tv))
        *ns = 0;   /* the list does not account for the total: no breakdown (parts in
                      other sentences are looser evidence than a list beside its total) */
    return *ns;
}

/* How many of the latest relations found_totals_before() reads for the
 * totals of the sentences before (bounded, so that it stays linear). */
#define FOUND_RELS 64

/* 1 when fact j is the stated figure of a SUM or PRODUCT among the
 * FOUND_RELS latest relations found. */
static int found_total(const ctx *c, size_t j)
{
    size_t n = c->out->n, stop = n > FOUND_RELS ? n - FOUND_RELS : 0;
    for (size_t k = n; k-- > stop;)
        if (c->out->v[k].stated == j && (c->out->v[k].kind == TALLY_REL_SUM ||
                                         c->out->v[k].kind == TALLY_REL_PRODUCT))
            return 1;
    return 0;
}

/* Round 303: a total opening its sentence whose parts are the figures
 * the two sentences before arrived at ("... so the small shelters held
 * 34,320 between them.  The tunnels added another 60,000 places.  The
 * 94,320 places in all ..."): the last figure of each of those sentences
 * (same paragraph; no share, rate or part), below T, whatever unit it
 * was read with, one of them the stated figure of a SUM or PRODUCT found
 * already; taken only when they add up to T exactly.  Filled into
 * same[]; returns their number (2, or 0). */
static size_t found_totals_before(const ctx *c, size_t T, size_t lo, int para, size_t *same,
                                  size_t *ns)
{
    double sum = 0, tv = c->f->v[T].value;
    size_t end = lo;
    int found = 0;
    *ns = 0;
    for (int nk = 0; nk < 2 && end > 0; nk++) {
        size_t ps = c->f->v[end - 1].sent_index, a, b;
        if (ps >= c->seg->nsents || c->seg->sents[ps].para != para)
            return *ns = 0;
        rel_sent_range(c, ps, &a, &b);
        size_t j = b - 1;
        if (c->fi[j].share || c->fi[j].part || rel_is_rate(c, j) || !c->fi[j].unit[0] ||
            !(c->f->v[j].value < tv) || strcmp(c->fi[j].cat, "date") == 0)
            return *ns = 0;
        found |= found_total(c, j);
        same[(*ns)++] = j;
        sum += c->f->v[j].value;
        end = a;
    }
    if (*ns < 2 || !found || fabs(sum - tv) > 1e-9 * tv)
        *ns = 0;
    return *ns;
}

/* Make a SUM or NORM relation for total T from the collected parts. */
/* The count that rate j of a list applies to: "four of missile boats with
 * nine boats each" - the figure right before j, at most six words before
 * it in its clause, no rate or share itself.  NOPOS when j is no rate or
 * has no such count. */
static size_t rate_count(const ctx *c, size_t j)
{
    if (!rel_is_rate(c, j) || j == 0 ||
        c->f->v[j - 1].sent_index != c->f->v[j].sent_index)
        return NOPOS;
    size_t C = j - 1;
    int w = rel_words_between(c->t, c->f->v[C].tend, c->f->v[j].tstart, ";:()");
    if (w < 0 || w > 6 || c->fi[C].share || rel_is_rate(c, C) || !(c->f->v[C].value >= 1))
        return NOPOS;
    return C;
}

/* Drop from the parts same[0..*ns) each size said of a count before it
 * ("36 batteries of four guns each", "three divisions of nine battalions
 * each") whose product a later part states ("144 guns", "27 battalions"):
 * the stated product stands for the pair and is counted once. */
static void drop_restated(const ctx *c, size_t *same, size_t *ns)
{
    size_t m = 0;
    for (size_t k = 0; k < *ns; k++) {
        size_t C = count_of(c, same[k]);
        int restated = 0;
        for (size_t q = 0; q < *ns && C != NOPOS; q++)
            restated |= same[q] > same[k] &&
                        fabs(c->f->v[C].value * c->f->v[same[k]].value - c->f->v[same[q]].value) <
                            1e-9 * c->f->v[same[q]].value;
        if (!restated)
            same[m++] = same[k];
    }
    *ns = m;
}

/* The relation a total cue gives: a SUM of the parts of T's unit (when T
 * is no rate itself, a part said "each" of a count before it is that count
 * times it), or a NORM of formations against aircraft. */
static int total_rel(ctx *c, size_t T, const char *cue, const size_t *same, size_t nsame,
                     const size_t *form, size_t nform)
{
    tally_relation r;
    size_t kept[TALLY_REL_MAXPARTS];
    if (nsame >= 2 && nsame <= TALLY_REL_MAXPARTS && !rel_is_rate(c, T)) {
        memcpy(kept, same, nsame * sizeof *kept);
        drop_restated(c, kept, &nsame);   /* "three divisions of nine battalions
                                             each, 27 battalions, and 6 ...": 27 */
        same = kept;
    }
    if (nsame >= 2)
        rel_init(&r, TALLY_REL_SUM, T, cue);
    else if (nform >= 1 && nsame == 0)
        rel_init(&r, TALLY_REL_NORM, T, cue);
    else
        return 0;
    const size_t *v = nsame >= 2 ? same : form;
    size_t n = nsame >= 2 ? nsame : nform;
    size_t npriced = 0;
    for (size_t m = 0; m < n; m++)
        npriced += rel_priced_one(c, v[m]) != 0;
    if (npriced > 1 || (npriced == 1 && !rel_priced_one(c, v[n - 1])))
        return 0;   /* "an escort at 42 million, a minesweeper at 11 million, a
                       total of 1.47bn": prices, to be multiplied by counts; one
                       price opening the list is broken down ("a pump costs 900
                       crowns at the works and 150 to fit, 1,050 in all") */
    size_t cnt[TALLY_REL_MAXPARTS];
    int trate = rel_is_rate(c, T);   /* "135 tanks a month" adds up rates */
    for (size_t m = 0; m < n; m++)
        if ((cnt[m] = trate ? NOPOS : count_of(c, v[m])) == NOPOS && !trate &&
            rel_is_rate(c, v[m]))
            return 0;   /* "nine boats each" with no count of what has them */
    double sum = 0, tv = c->f->v[T].value;
    for (size_t m = 0; m < n; m++)
        sum += cnt[m] == NOPOS ? c->f->v[v[m]].value : NAN;   /* products: no guard */
    if (nsame >= 2 && (sum < 0.5 * tv || sum > 1.5 * tv))
        return 0;   /* "the gunboats 190 tons and the launches 45 tons, so that the
                       flotilla came to 5,140 tons in all": sizes, no breakdown */
    for (size_t m = n; m-- > 0;) {   /* collected backwards: restore text order */
        int counted = 0;
        for (size_t k = 0; k < n; k++)
            counted |= cnt[k] == v[m];
        if (counted)
            continue;   /* "two (flotillas) with twelve each": a factor, not a part */
        rel_part(c, &r, cnt[m] != NOPOS ? cnt[m] : v[m]);
        if (cnt[m] != NOPOS) {
            r.parts[r.nparts - 1].rate = v[m] + 1;
            r.products = 1;
        }
    }
    return rel_add(c, &r);
}

/* 1 when the words t[a..b) before a list's next figure take it away:
 * ", less the 31 lost", "minus 12", "after deducting" (at most four words,
 * no ; : between). */
static int taken_away(const ctx *c, size_t a, size_t b)
{
    static const char *const minus[] = {"less", "minus", "deducting", "excluding", NULL};
    int w = rel_words_between(c->t, a, b, ";:()");
    return w >= 1 && w <= 4 && rel_phrase_in(c->t, a, b, minus);
}

/* 1 when the parts of SUM r add up to its stated figure exactly (no
 * rates, nothing taken away). */
static int adds_up(const ctx *c, const tally_relation *r)
{
    double sum = 0;
    for (size_t k = 0; k < r->nparts; k++) {
        if (r->parts[k].negative || r->parts[k].rate || r->parts[k].fact == TALLY_NO_FACT)
            return 0;
        sum += c->f->v[r->parts[k].fact].value;
    }
    return r->nparts >= 2 && fabs(sum - c->f->v[r->stated].value) < 1e-9;
}

/* 1 when fact j, an item of a list breaking down total T, counts T's
 * things by what befell them: T counts animals, vehicles or aircraft and
 * the word right after j is a verb of loss ("lost 1,240 mules: 310 killed
 * by shellfire, 520 of sickness ..."), which the extractor read as a noun
 * of persons. */
static int fate_item(const ctx *c, size_t j, size_t T)
{
    static const char *const fate[] = {"killed", "wounded", "died", "dead", "destroyed",
                                       "drowned", "missing", "captured", "lost", NULL};
    if (strcmp(c->fi[T].cat, "materiel") != 0 && strcmp(c->fi[T].cat, "aircraft") != 0)
        return 0;
    size_t end = c->seg->sents[c->f->v[j].sent_index].end;
    return rel_word_within(c, c->f->v[j].tend, end, 1, fate);
}

/* The list after the colon at offset i for total T: the figures of T's
 * unit (or of none, or of also's unit unless also is NOPOS) after the
 * colon, at T's parenthesis depth, each after a comma or "and" (or taken
 * away: "less the 31 lost", taken_away()), up to a ';', a share, a figure
 * of another unit or one that no longer continues the list (a first item
 * read as persons by a verb of loss, fate_item(), and the items after it of
 * its unit or of none known, are T's things); appended to r.  0 when a part is as
 * large as T (no breakdown), else 1. */
/* Whether figure j, not joined to the list item before it, sits inside
 * that item ("168,000 in the 14 divisions at 12,000 each, 26,000 in ..."):
 * the next figure, or the one after it, follows a comma or "and" (the list
 * goes on), with no ';', ':' or parenthesis on the way.  1 when so. */
static int in_item(const ctx *c, size_t j, size_t hi)
{
    static const char *const of[] = {"of", NULL};
    if (rel_word_before_is(c, c->f->v[j].tstart, c->seg->sents[c->f->v[j].sent_index].start, of))
        return 0;   /* "six cruisers of 4,200 tons": a size, left to the fit */
    for (size_t k = j + 1; k < hi && k <= j + 2; k++) {   /* past one more figure of it */
        size_t a = c->f->v[k - 1].tend, b = c->f->v[k].tstart;
        if (rel_words_between(c->t, a, b, ";:()") < 0)
            return 0;
        if (rel_joined_to(c->t, a, b))
            return 1;
    }
    return 0;
}

/* 0 when figure j lies inside the last item of list r (not joined to it,
 * in_item()), so the list reads on past it; else 1. */
static int inside_ok(const ctx *c, const tally_relation *r, size_t j, size_t hi)
{
    return rel_joined_to(c->t, c->f->v[r->parts[r->nparts - 1].fact].tend, c->f->v[j].tstart) ||
           !in_item(c, j, hi);
}

/* Whether the parts of SUM r add up to its stated figure within frac of it. */
static int near_sum(const ctx *c, const tally_relation *r, double frac)
{
    double sum = 0, tv = c->f->v[r->stated].value;
    for (size_t k = 0; k < r->nparts; k++)
        sum += r->parts[k].negative ? -c->f->v[r->parts[k].fact].value
                                    : c->f->v[r->parts[k].fact].value;
    return fabs(sum - tv) <= frac * tv;
}

/* 1 when the figure at b continues the list item ending at a, the item
 * named first and its verb left out ("...: Orvel took 40,000, Dask 32,000
 * and Mirn 16,000"): one or two capitalised words right before b, and
 * before them a comma or "and" (rel_joined_to).  "and in May Dask sent
 * 5,000" is no item: a lower-case word stands between. */
static int named_item(const char *t, size_t a, size_t b)
{
    size_t z = b;
    for (int n = 0; n < 2; n++) {
        while (z > a && t[z - 1] == ' ')
            z--;
        size_t y = z;
        while (y > a && rel_wch((unsigned char)t[y - 1]))
            y--;
        if (y == z || !isupper((unsigned char)t[y]))
            return 0;
        for (size_t q = y; q < z; q++)
            if (isdigit((unsigned char)t[q]))
                return 0;
        z = y;
        if (rel_joined_to(t, a, z))
            return 1;
    }
    return 0;
}

/* rel_joined_to, or an item named first with its verb left out (named_item). */
static int item_joined(const char *t, size_t a, size_t b)
{
    return rel_joined_to(t, a, b) || named_item(t, a, b);
}

/* Round 460: 1 when the word ending at t+k ends its noun phrase: a mark
 * or "and"/"or" follows ("at night.", "in the dawn assault and"), not a
 * noun it qualifies ("night fighters", "assault bridges", "that day no"). */
static int phrase_end(const char *t, size_t k)
{
    while (t[k] == ' ')
        k++;
    if (!rel_wch((unsigned char)t[k]))
        return 1;
    return (strncmp(t + k, "and", 3) == 0 || strncmp(t + k, "or", 2) == 0) &&
           !rel_wch((unsigned char)t[k + (t[k] == 'a' ? 3 : 2)]);
}

/* Round 458: 1 when word w, starting at t+ws, names a time: a month of
 * the lexicon, capitalised ("May", not "may"), a season, or a year
 * ("1911", four digits from 1500 to 2099).  Round 460: also a time of day
 * ("at night", "by day") or an action that happened at a time ("in the
 * first assault", "during the retreat"), singular or plural. */
static int time_word(const ctx *c, size_t ws, const char *w)
{
    static const char *const season[] = {"spring", "summer", "autumn", "fall", "winter", NULL};
    static const char *const when[] = {"night", "day", "dawn", "dusk", "daylight",
                                       "assault", "attack", "battle", "raid", "retreat",
                                       "offensive", "siege", NULL};
    size_t wl = strlen(w);
    size_t nx = ws + wl;
    while (c->t[nx] == ' ')
        nx++;
    int of = strncmp(c->t + nx, "of ", 3) == 0;
    for (size_t q = 0; season[q] && (phrase_end(c->t, ws + wl) || of); q++)
        if (strcmp(w, season[q]) == 0)
            return 1;   /* "12 in winter", "in the winter of 1911"; not "in the autumn
                           storms", a cause */
    for (size_t q = 0; when[q] && phrase_end(c->t, ws + wl); q++)
        if (strcmp(w, when[q]) == 0 ||
            (wl > 1 && w[wl - 1] == 's' && strlen(when[q]) == wl - 1 &&
             strncmp(w, when[q], wl - 1) == 0))
            return 1;
    if (isupper((unsigned char)c->t[ws]) && tally_lexicon_has(c->lex, "months", w))
        return 1;
    if (strlen(w) == 4 && isdigit((unsigned char)w[0]) && isdigit((unsigned char)w[3])) {
        long y = strtol(w, NULL, 10);
        return y >= 1500 && y <= 2099;
    }
    return 0;
}

/* Round 458: 1 when the item of list r at part k names a time within the
 * words after it (at most eight, to the next item or a mark): "12 in
 * winter", "14 in the storms of 1911". */
static int item_timed(const ctx *c, const tally_relation *r, size_t k, size_t send)
{
    size_t a = c->f->v[r->parts[k].fact].tend;
    size_t b = k + 1 < r->nparts ? c->f->v[r->parts[k + 1].fact].tstart : send;
    char w[32];
    int n = 0;
    for (size_t i = a; n < 8; n++) {
        while (i < b && !rel_wch((unsigned char)c->t[i]))
            if (strchr(";:()", c->t[i++]))
                return 0;
        size_t ws = i;
        if (!rel_next_word(c->t, &i, b, w, sizeof w))
            return 0;
        if (time_word(c, ws, w))
            return 1;
    }
    return 0;
}

/* Round 458: 1 when the items of list r are of different kinds, some
 * named by a time and some not ("52 sailings: 45 of them in convoy and
 * 12 in winter", "30 wrecks: 18 off the cape and 14 in the storms of
 * 1911"): the categories may overlap, so the list need not break the
 * total down.  Parallel items ("55 in October and 35 in November", "45 in
 * convoy and 7 sailing alone") are no such mix. */
static int items_mixed(const ctx *c, const tally_relation *r)
{
    size_t send = c->seg->sents[c->f->v[r->parts[r->nparts - 1].fact].sent_index].end;
    int timed = 0;
    for (size_t k = 0; k < r->nparts; k++)
        timed += item_timed(c, r, k, send);
    return timed > 0 && (size_t)timed < r->nparts;
}

/* 1 when the word right after figure j is a plural noun ("three
 * auxiliaries"), not a verb ("80 killed"). */
static int plural_noun_after(const ctx *c, size_t j)
{
    char w[48];
    size_t k = c->f->v[j].tend, end = c->seg->sents[c->f->v[j].sent_index].end;
    while (k < end && c->t[k] == ' ')
        k++;
    size_t e = rel_word_at(c->t, k, end, w, sizeof w);
    size_t n = strlen(w);
    return e > k && n > 3 && w[n - 1] == 's' && w[n - 2] != 's';
}

static int colon_list(ctx *c, size_t T, size_t also, size_t i, size_t hi, tally_relation *r)
{
    size_t fated = NOPOS;   /* the first item read as persons by its verb of loss */
    int inside = 0;         /* a figure inside an item was passed over */
    int loose = 0;          /* items of unknown nouns were taken */
    for (size_t j = T + 1; j < hi; j++) {
        const finfo *P = &c->fi[j];
        if (c->f->v[j].tstart < i || P->popen != c->fi[T].popen)
            continue;
        if (rel_words_between(c->t, i, c->f->v[j].tstart, ";") < 0 || P->share)
            break;
        if (r->nparts > 0 && r->parts[r->nparts - 1].fact == j - 1 &&
            rel_words_between(c->t, c->f->v[j - 1].tend, c->f->v[j].tstart, ",;:()") == 1 &&
            rel_phrase_in(c->t, c->f->v[j - 1].tend, c->f->v[j].tstart,
                          (const char *const[]){"of", NULL})) {
            inside = 1;   /* "40 million of 5 ducats, 15 million of 20 and 2 million of
                             100": the size of the item before, no item */
            continue;
        }
        if ((P->used || rel_is_rate(c, j) ||
             (P->unit[0] && !rel_same_unit(P, &c->fi[T]) && !same_kind(P, &c->fi[T]))) &&
            r->nparts > 0 && !inside_ok(c, r, j, hi)) {
            inside = 1;   /* "168,000 in the 14 divisions at 12,000 each, 26,000 ..." */
            continue;
        }
        if (P->used)
            break;
        if (r->nparts > 0 && strcmp(P->cat, "duration") == 0 &&
            !rel_joined_to(c->t, c->f->v[r->parts[r->nparts - 1].fact].tend, c->f->v[j].tstart))
            continue;   /* "231,000 tons in the ten months of 1941, 517,000 in 1942" */
        int other = P->unit[0] && !rel_same_unit(P, &c->fi[T]) && !same_kind(P, &c->fi[T]) &&
                    !(also != NOPOS && rel_same_unit(P, &c->fi[also])) &&
                    !(fated != NOPOS && rel_same_unit(P, &c->fi[fated]));
        if (other && r->nparts == 0 && also == NOPOS && fate_item(c, j, T)) {
            fated = j;   /* "1,240 mules: 310 killed ..., 520 of sickness" */
            other = 0;
        } else if (other && fated != NOPOS && strcmp(P->cat, "other") == 0 &&
                   !rel_is_rate(c, j) &&
                   rel_joined_to(c->t, c->f->v[r->parts[r->nparts - 1].fact].tend,
                                 c->f->v[j].tstart)) {
            other = 0;   /* "... and 390 cast as unfit": another fate, a verb the
                            lexicon does not know */
        }
        if (other && (loose || (r->nparts == 0 && also == NOPOS && fated == NOPOS)) &&
            strcmp(P->cat, "other") == 0 && strcmp(c->fi[T].cat, "other") == 0 &&
            !rel_is_rate(c, j) &&
            (r->nparts == 0 ||
             rel_joined_to(c->t, c->f->v[r->parts[r->nparts - 1].fact].tend,
                           c->f->v[j].tstart))) {
            loose = 1;   /* "230 claims: 18 urgent, 64 doubtful and 148 routine": kinds
                            named by words the lexicon does not know, taken only
                            when the list comes near the total */
            other = 0;
        }
        if (other) {
            /* "24 new vessels: six monitors, ten gunboats and eight launches":
             * kinds of what the total counts; an item of another noun that
             * goes on the list ("41,500 draught horses, 17,200 riding horses
             * and 5,300 pack animals") leaves it unknown: no check, unless
             * the list then adds up exactly */
            if (r->nparts > 0 && !rel_is_rate(c, j) &&
                (strcmp(P->cat, "other") == 0 || strcmp(P->cat, c->fi[T].cat) == 0) &&
                rel_joined_to(c->t, c->f->v[r->parts[r->nparts - 1].fact].tend,
                              c->f->v[j].tstart)) {
                /* (not a distance after the list: "..., 600 to 700 km"); unless
                 * with it the list adds up to the total exactly */
                rel_part(c, r, j);
                return adds_up(c, r);
            }
            if (r->nparts > 0 && !rel_is_rate(c, j) && !P->share && plural_noun_after(c, j) &&
                rel_joined_to(c->t, c->f->v[r->parts[r->nparts - 1].fact].tend,
                              c->f->v[j].tstart)) {
                /* "twelve ships: four battleships, five cruisers and three
                 * auxiliaries" (a noun the lexicon files elsewhere): the list
                 * goes on, so the items before it are not all of it; it is
                 * taken only when with it the list adds up exactly */
                rel_part(c, r, j);
                return adds_up(c, r);
            }
            break;
        }
        if (rel_word_within(c, c->f->v[j].tend, c->seg->sents[c->f->v[j].sent_index].end, 3,
                            (const char *const[]){"each", "apiece", NULL}))
            return 0;   /* "22 seaplanes: eight in each of the converted liners Aurel and
                           Vesta and six in the Dorn": an item said of each of several */
        int minus = r->nparts > 0 && taken_away(c, c->f->v[r->parts[r->nparts - 1].fact].tend,
                                                 c->f->v[j].tstart);
        if (r->nparts > 0 && !minus &&
            !item_joined(c->t, c->f->v[r->parts[r->nparts - 1].fact].tend, c->f->v[j].tstart))
            break;   /* the list is over: "..., and on that day 90 of them" */
        if (!(c->f->v[j].value < c->f->v[T].value) && !minus)
            return 0;   /* a part as large as the total: no breakdown */
        rel_part(c, r, j);
        r->parts[r->nparts - 1].negative = minus;
    }
    if (loose && !(r->nparts >= 2 && near_sum(c, r, 0.1)))
        return 0;
    if (r->nparts >= 2 && !near_sum(c, r, 0) && items_mixed(c, r))
        return 0;   /* round 458: "45 of them in convoy and 12 in winter" */
    return !inside || (r->nparts >= 2 && near_sum(c, r, 0.1));
}

/* The figure that share q stands in apposition to: the figure right before
 * it in its sentence, only a comma and at most two words between ("12,800
 * horses, one in five of ..."), or up to six words (its verb: "143 aircraft
 * failed to return, 5 per cent of those dispatched") when it is no share
 * itself and one comma ends them; NOPOS when none. */
static size_t share_apposed_to(const ctx *c, size_t q, size_t lo)
{
    if (q <= lo)
        return NOPOS;
    size_t a = c->f->v[q - 1].tend, b = c->f->v[q].tstart;
    const char *comma = memchr(c->t + a, ',', b - a);
    if (!comma || rel_words_between(c->t, a, b, ";:.()") < 0)
        return NOPOS;
    int w = rel_words_between(c->t, a, b, "");
    if (w > 2 && (w > 6 || c->fi[q - 1].share || memchr(comma + 1, ',', c->t + b - comma - 1) ||
                  rel_words_between(c->t, (size_t)(comma - c->t), b, "") > 0))
        return NOPOS;
    return q - 1;
}

static int stated_by_any(const ctx *c, size_t j);

/* "Together the boats sank 1,262,000 tons. The yearly figures tell of a
 * decline: 231,000 tons in 1941, 517,000 in 1942, ...": a colon with no
 * figure before it in sentence si, its list (colon_list, two or more
 * items) of the unit of the largest figure T of that unit in the sentence
 * before (same paragraph; no share, no rate, not a total already), within a
 * tenth of T -> SUM.  0 when none, -1 out of memory. */
static int colon_after_total(ctx *c, size_t si, size_t i, size_t lo, size_t hi)
{
    size_t first = rel_fact_after(c, i + 1, lo, hi, 1);
    if (first == NOPOS || si == 0 || c->seg->sents[si - 1].para != c->seg->sents[si].para ||
        !c->fi[first].unit[0])
        return 0;
    size_t plo, phi, T = NOPOS;
    rel_sent_range(c, si - 1, &plo, &phi);
    for (size_t j = plo; j < phi; j++)   /* its largest: not "3,000 tons a patrol" */
        if (rel_same_unit(&c->fi[j], &c->fi[first]) && !c->fi[j].share && !rel_is_rate(c, j) &&
            (T == NOPOS || c->f->v[j].value > c->f->v[T].value))
            T = j;
    if (T == NOPOS || c->fi[T].used || stated_by_any(c, T))
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, T, "colon, the sentence before");
    if (!colon_list(c, T, NOPOS, i, hi, &r) || r.nparts < 2)
        return 0;
    double sum = 0, tv = c->f->v[T].value;
    for (size_t k = 0; k < r.nparts; k++)
        sum += r.parts[k].negative ? -c->f->v[r.parts[k].fact].value
                                   : c->f->v[r.parts[k].fact].value;
    if (fabs(sum - tv) > 0.1 * tv)
        return 0;   /* far from it: some of T, or something else */
    for (size_t k = 0; k < r.nparts; k++)
        c->fi[r.parts[k].fact].used = 1;
    return rel_add(c, &r) < 0 ? -1 : 0;
}

/* "The 46,000 tons were 15,500 in October, 16,200 in November and 15,300
 * in December": a definite total ("the", "these", "its" ... right before
 * it), at most three words of its noun, a copula ("were", "comprised",
 * "consisted of", "were made up of") and right after it a list (colon_list,
 * two or more items) within half to one and a half times the total -> SUM.
 * 0 or -1 when out of memory. */
static int copula_list(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const det[] = {"the", "these", "those", "its", "their", NULL};
    static const char *const cop[] = {"were", "comprised", "consisted of", "made up of",
                                      "broke down into", "comprise", "comprises", "consist of",
                                      "consists of", "are", NULL};
    size_t sstart = c->seg->sents[si].start;
    for (size_t T = lo; T + 1 < hi; T++) {
        const tally_fact *F = &c->f->v[T];
        size_t b = c->f->v[T + 1].tstart;
        if (c->fi[T].share || c->fi[T].used || !c->fi[T].unit[0] || rel_is_rate(c, T) ||
            !rel_word_before_is(c, F->tstart, sstart, det))
            continue;
        int w = rel_words_between(c->t, F->tend, b, ",;:()");
        size_t k = 0, at = NOPOS;
        for (; w >= 1 && w <= 6 && cop[k] && at == NOPOS; k++) {
            size_t n = strlen(cop[k]);
            if (b - F->tend >= n + 2 && c->t[b - 1] == ' ' && c->t[b - n - 2] == ' ' &&
                strncasecmp(c->t + b - n - 1, cop[k], n) == 0)
                at = b - n - 1;
        }
        if (at == NOPOS || rel_words_between(c->t, F->tend, at, "") > 4)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "were");
        if (!colon_list(c, T, NOPOS, at, hi, &r) || r.nparts < 2)
            continue;
        double sum = 0, tv = F->value;
        for (size_t m = 0; m < r.nparts; m++)
            sum += r.parts[m].negative ? -c->f->v[r.parts[m].fact].value
                                       : c->f->v[r.parts[m].fact].value;
        if (sum < 0.5 * tv || sum > 1.5 * tv)
            continue;
        for (size_t m = 0; m < r.nparts; m++)
            c->fi[r.parts[m].fact].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

static int unsaid_part(const ctx *c, size_t a, size_t b);

/* 1 when the clause after the last part of list r (to the next ";" or the
 * sentence end send) names a part by no figure ("..., the sailors making
 * up the balance", "and the others") and the parts fall short of the
 * total: the list is not all of it, so it is no sum (round 406). */
static int rest_after_list(const ctx *c, const tally_relation *r, size_t send)
{
    size_t a = c->f->v[r->parts[r->nparts - 1].fact].tend, b = a;
    while (b < send && c->t[b] != ';')
        b++;
    double sum = 0;
    for (size_t k = 0; k < r->nparts; k++)
        sum += (r->parts[k].negative ? -1 : 1) * c->f->v[r->parts[k].fact].value;
    return sum < c->f->v[r->stated].value && unsaid_part(c, a, b);
}

/* Round 438: 1 when figure W is the whole of a partitive "N of the W"
 * ("of its", "of their"): the figure right before it, of W's unit or
 * bare, smaller, and only those two words between them. */
static int partitive_whole(const ctx *c, size_t W)
{
    static const char *const of_the[] = {"of the", "of its", "of their", NULL};
    size_t a = c->f->v[W - 1].tend, b = c->f->v[W].tstart;
    if (c->fi[W - 1].share || rel_words_between(c->t, a, b, ",;:.()") != 2 ||
        !rel_phrase_in(c->t, a, b, of_the) || !(c->f->v[W - 1].value < c->f->v[W].value))
        return 0;
    return rel_same_unit(&c->fi[W - 1], &c->fi[W]) || rel_bare(&c->f->v[W - 1]);
}

/* Rule 1b: "3.2 million person-days: 1.9 million for the earthworks, 0.8
 * million for the bridges and 0.6 million for the track": the last figure
 * of the clause before a colon (at most eight words before it) and the list
 * after the colon (colon_list) -> SUM.  When that figure counts the items
 * ("The 218 lorries came in three batches: 38 ..., 74 ... and 96 ..."), the
 * total is the figure before it in its clause, and the list must have as
 * many items as the count says (they may take the count's noun) or add up
 * to the total exactly ("48 guns in six batteries: 8 of 280 mm, ..."). */
/* 1 when figure j is followed at once by "were", "was", "are" or "is"
 * ("Nineteen were culverts"): the subject of its clause. */
static int subject_were(const ctx *c, size_t j)
{
    static const char *const be[] = {"were", "was", "are", "is", NULL};
    return rel_word_within(c, c->f->v[j].tend, c->seg->sents[c->f->v[j].sent_index].end, 1,
                           be);
}

/* "There were 27 bridges on that stretch.  Nineteen were culverts ..., and
 * eight were large bridges": a sentence opening with a figure that is the
 * subject of "were", and figures after "and" or a comma that are subjects
 * of "were" too (two or more in all, no share, exact or about), breaking
 * down the one figure of the sentence before (same paragraph) of their
 * kind (or, all of them things the lexicon does not class, of none) whose
 * value their sum comes within a tenth of -> SUM.  0, or -1
 * when out of memory. */
int rel_rule_were_parts(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const join[] = {"and", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    if (lo >= hi || lo == 0 || rel_words_between(c->t, s->start, c->f->v[lo].tstart, "") != 0 ||
        !subject_were(c, lo) || c->fi[lo].share || c->fi[lo].used)
        return 0;
    size_t parts[TALLY_REL_MAXPARTS], np = 0;
    double sum = 0;
    for (size_t j = lo; j < hi && np < TALLY_REL_MAXPARTS; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (j > lo && !(subject_were(c, j) &&
                        (rel_word_before_is(c, jf->tstart, s->start, join) ||
                         c->t[rel_word_back(c, jf->tstart, s->start) - 1] == ',')))
            continue;   /* "spans of under 20 metres": no item */
        if (c->fi[j].share || c->fi[j].used ||
            (jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX))
            return 0;
        parts[np++] = j;
        sum += jf->value;
    }
    size_t ps = c->f->v[lo - 1].sent_index, a, b, T = NOPOS;
    if (np < 2 || c->seg->sents[ps].para != s->para)
        return 0;
    rel_sent_range(c, ps, &a, &b);
    for (size_t j = a; j < b; j++) {
        const finfo *ji = &c->fi[j];
        int kind = 1;
        for (size_t m = 0; m < np; m++)
            kind &= rel_same_unit(ji, &c->fi[parts[m]]) || same_kind(ji, &c->fi[parts[m]]) ||
                    (strcmp(ji->cat, "other") == 0 && strcmp(c->fi[parts[m]].cat, "other") == 0);
        if (ji->share || !ji->unit[0] || !kind || rel_is_rate(c, j) ||
            !(fabs(c->f->v[j].value - sum) <= 0.1 * c->f->v[j].value))
            continue;
        if (T != NOPOS)
            return 0;   /* two totals it could break down */
        T = j;
    }
    if (T == NOPOS || c->fi[T].used)
        return 0;
    for (size_t m = 0; m < np; m++)
        c->fi[parts[m]].used = 1;
    return add_sum(c, T, parts, np, "were, and were");
}

/* 1 when the parts of SUM r come to half its total or more and at most
 * half as much again (a list far off its total is no breakdown of it). */
static int list_near_total(const ctx *c, const tally_relation *r)
{
    double sum = 0, tv = c->f->v[r->stated].value;
    for (size_t k = 0; k < r->nparts; k++)
        sum += (r->parts[k].negative ? -1 : 1) * c->f->v[r->parts[k].fact].value;
    return !(tv > 0) || (sum >= 0.5 * tv && sum <= 1.5 * tv);
}

int rel_rule_colon(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        if (c->t[i] != ':')
            continue;
        size_t T = rel_fact_before_s(c, i, lo, hi, 8, ";:,()");
        if (T == NOPOS && (lo == hi || c->f->v[lo].tstart > i)) {
            int rc = colon_after_total(c, si, i, lo, hi);   /* "sank 1,262,000 tons. The
                                                               yearly figures: 231,000 ..." */
            if (rc < 0)
                return -1;
            continue;
        }
        if (T != NOPOS && c->fi[T].share)
            T = share_apposed_to(c, T, lo);   /* "lost 12,800 horses, one in five of
                                                 those mobilised: 7,900 ..." */
        if (T != NOPOS && T > lo && partitive_whole(c, T))
            T = T - 1;   /* "lost 900 of the 3,600 rifles, a quarter: 500 ... and 400
                            ...": the list is of the part, not of the whole */
        if (T == NOPOS || c->fi[T].share || c->fi[T].used)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "colon");
        int ok = c->fi[T].unit[0] && colon_list(c, T, NOPOS, i, hi, &r);
        double n = c->f->v[T].value;
        if ((!ok || r.nparts < 2) && T > lo && n >= 2 && n <= 12 && n == floor(n)) {
            size_t T2 = rel_fact_before_s(c, c->f->v[T].tstart, lo, hi, 8, ";:,()");
            if (T2 != NOPOS && !c->fi[T2].share && c->fi[T2].unit[0] && !c->fi[T2].used &&
                !rel_same_unit(&c->fi[T2], &c->fi[T])) {
                rel_init(&r, TALLY_REL_SUM, T2, "colon");
                ok = colon_list(c, T2, T, i, hi, &r) &&
                     (r.nparts == (size_t)n || adds_up(c, &r));   /* "48 guns in six
                        batteries: 8 of 280 mm, 12 ... and 12 ...": four calibres */
            }
        }
        if (!ok || r.nparts < 2)
            continue;
        if (!list_near_total(c, &r)) {
            /* "230 claims: 18 urgent and 64 doubtful": not the whole list, no
               check; its figures are spoken for ("1,400 tons a day: 260 tons for
               a battleship, 110 for a cruiser ..." are rates, no averages) */
            c->fi[r.stated].used = 1;
            for (size_t k = 0; k < r.nparts; k++)
                c->fi[r.parts[k].fact].used = 1;
            continue;
        }
        if (rest_after_list(c, &r, s->end)) {
            c->fi[r.stated].used = 1;   /* "24,000 men: 9,000 marines and 11,000
                                           soldiers, sailors making up the balance" */
            continue;
        }
        for (size_t k = 0; k < r.nparts; k++)
            c->fi[r.parts[k].fact].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return copula_list(c, si, lo, hi);
}

static int has_word(const ctx *c, size_t a, size_t b, const char *w);

/* Rule 3e: a list joined by "and" restated as its total after ", or" and
 * a digit: "14 ships in 1941 and 19 in 1942, or 33 ships" (and the second
 * total of an "of" list: "14 ships of 63,000 tons ... and 19 of 88,000
 * tons ..., or 33 ships of 141,000 tons").  The parts are of T's unit, at
 * most eight words before the comma, the last two joined by "and". */
static int or_total(ctx *c, size_t i, const tally_sentence *s, size_t lo, size_t hi)
{
    size_t e = rel_phrase_at(c->t, i, s->end, ", or");
    if (!e || e + 1 >= s->end || c->t[e] != ' ' || !isdigit((unsigned char)c->t[e + 1]))
        return 0;
    size_t T = rel_fact_after(c, e, lo, hi, 0);
    if (T == NOPOS || c->f->v[T].tstart != e + 1 || c->fi[T].share || c->fi[T].used ||
        !c->fi[T].unit[0] || rel_is_rate(c, T))
        return 0;
    int gap = T + 1 < hi ? rel_words_between(c->t, c->f->v[T].tend, c->f->v[T + 1].tstart,
                                              ";:()")
                         : -1;
    if (gap >= 0 && gap <= 3 && !c->fi[T + 1].share && c->fi[T + 1].unit[0] &&
        has_word(c, c->f->v[T].tend, c->f->v[T + 1].tstart, "and"))
        return 0;   /* "100 grams of salt and 250 grams of sugar a week, or 400 grams and
                       one kilogram a month": each part restated, no total */
    size_t same[TALLY_REL_MAXPARTS], form[TALLY_REL_MAXPARTS], ns, nf;
    size_t U = companion(c, T, hi);
    collect_parts(c, T, lo, T, U, 0, same, &ns, form, &nf);
    if (ns < 2 || nf ||
        rel_words_between(c->t, c->f->v[same[0]].tend, i, ";:()") > 8 ||
        !has_word(c, c->f->v[same[1]].tend, c->f->v[same[0]].tstart, "and"))
        return 0;
    if (total_rel(c, T, "or", same, ns, form, 0) < 0)
        return -1;
    return U != NOPOS ? companion_sum(c, T, U, lo, ns, "or") : 0;
}

/* "The nine divisions have 432. The mountain divisions ... add 72, for a
 * total of 514": a total whose sentence holds one part, said to be added
 * ("add", "adds", "added", "bring", "brings", "brought") right before it;
 * the other part is the last figure of the sentence before (same
 * paragraph) that may be a part of T; a size said "each" of no count
 * beside the part is left out.  same[] becomes the two parts; 1 when found. */
static int added_part(const ctx *c, size_t T, size_t lo, size_t *same, size_t *ns)
{
    static const char *const add_w[] = {"add", "adds", "added", "bring", "brings", "brought",
                                        NULL};
    size_t P = NOPOS, n = 0;
    for (size_t k = 0; k < *ns; k++)
        if (!rel_is_rate(c, same[k]) || count_of(c, same[k]) != NOPOS) {
            P = same[k];   /* "with 24 light guns each": a size, no part */
            n++;
        }
    const tally_sentence *s = &c->seg->sents[c->f->v[T].sent_index];
    if (n != 1 || lo == 0 || !rel_word_before_is(c, c->f->v[P].tstart, s->start, add_w))
        return 0;
    size_t j = lo - 1, ps = c->f->v[j].sent_index;
    if (ps + 1 != c->f->v[T].sent_index || c->seg->sents[ps].para != s->para ||
        c->fi[j].share || c->fi[j].part || rel_is_rate(c, j) || !list_part(c, j, T) ||
        !(c->f->v[j].value < c->f->v[T].value))
        return 0;
    same[0] = P;   /* collected backwards: the earlier part last */
    same[1] = j;
    *ns = 2;
    return 1;
}

/* 1 when t[a..b) names a part of a total by no figure: "the rest", "the
 * others", "the remainder", "the balance" with no figure after them ("...
 * and the depots sent the rest by road, 9,300 in all"): the total is no sum
 * nor product of the figures before it. */
static int unsaid_part(const ctx *c, size_t a, size_t b)
{
    static const char *const rest[] = {"the rest", "the others", "the remainder", "the balance",
                                       NULL};
    for (size_t k = a; k < b; k++) {
        if (k > a && rel_wch((unsigned char)c->t[k - 1]))
            continue;
        for (size_t q = 0; rest[q]; q++) {
            size_t e = rel_phrase_at(c->t, k, b, rest[q]);
            if (e && (e >= b || !rel_wch((unsigned char)c->t[e])))
                return 1;
        }
    }
    return 0;
}

/* Round 432: a total opening the clause after a ";" whose list is the
 * clause before ("36 batteries ..., 144 guns, and 12 batteries ..., 72
 * guns; 216 heavy guns in all"): T right after the ";", the parts the
 * figures of the one clause before it (back to the ";" before that, or
 * the sentence's start), as collect_parts reads them. */
static void semi_parts(ctx *c, size_t T, size_t lo, size_t U, size_t *same, size_t *ns,
                       size_t *form, size_t *nf)
{
    const tally_fact *tf = &c->f->v[T];
    size_t st = c->seg->sents[tf->sent_index].start, z = tf->tstart;
    while (z > st && c->t[z - 1] == ' ')
        z--;
    if (z <= st || c->t[z - 1] != ';')
        return;
    size_t from = lo;
    for (size_t j = T; j-- > lo;) {
        if (rel_words_between(c->t, c->f->v[j].tend, z - 1, ";") < 0) {
            from = j + 1;   /* a figure of an earlier clause */
            break;
        }
    }
    if (T - from < 2)
        return;
    collect_parts(c, T, from, T, U, 1, same, ns, form, nf);
    drop_restated(c, same, ns);
    if (*ns < 2)
        *ns = *nf = 0;
}

/* Round 438: 1 when T counts people under a general noun ("330 people in
 * all", "165 men", "270,000 souls"): its parts may then be counts of
 * trades the lexicon does not know ("240 printers and 90 draughtsmen")
 * as well as of persons it knows. */
static int people_total(const ctx *c, size_t T)
{
    static const char *const general[] = {"person", "people", "man", "men", "soul",
                                          "mouth", "hand", "head", NULL};
    if (strcmp(c->fi[T].cat, "personnel") != 0 && strcmp(c->fi[T].cat, "other") != 0)
        return 0;
    for (size_t q = 0; general[q]; q++)
        if (strcmp(c->fi[T].unit, general[q]) == 0)
            return 1;
    return 0;
}

/* Round 460: 1 when a counting phrase comes later in the clause that
 * starts at t+k (up to twelve words on, across commas, to a ';', ':' or
 * bracket or the sentence end at send): "some 400 in all had gone to the
 * front, counting those sent direct".  The total then reckons in more (or
 * less: "not counting") than the terms listed before it. */
static int counted_later(const char *t, size_t k, size_t send)
{
    static const char *const wide[] = {"counting the", "counting those", "including the",
                                       "including those", "not counting", NULL};
    for (int nw = 0; nw < 12 && k < send; nw++) {
        while (k < send && (t[k] == ' ' || t[k] == ','))
            k++;
        if (k >= send || strchr(";:()", t[k]))
            return 0;
        for (size_t q = 0; wide[q]; q++)
            if (rel_phrase_at(t, k, send, wide[q]))
                return 1;
        char w[48];
        size_t n = rel_word_at(t, k, send, w, sizeof w);
        if (n == k)
            return 0;
        k = n;
    }
    return 0;
}

/* Round 447: 1 when the words right after total T and its cue (from the
 * later of the cue's end e and T's end, up to five words) widen it past
 * the terms listed before it: "90 people in all with the guards", "60 in
 * all once the drivers were counted", "counting the", "including the".
 * T then adds up more than its list, and is no sum of it.  After a comma
 * only the counting words widen: ", together with most of the guns" adds
 * something beside T, not into it. */
static int widened_total(const ctx *c, size_t T, size_t e, size_t send)
{
    static const char *const wide[] = {"counting the", "including the", "once the", "if the",
                                       "when the", "with the", "besides the", "plus the", NULL};
    const size_t counting = 5;   /* wide[0..4] widen after a comma too */
    size_t k = c->f->v[T].tend > e ? c->f->v[T].tend : e;
    int comma = 0;
    for (int nw = 0; nw < 5 && k < send; nw++) {
        while (k < send && c->t[k] == ' ')
            k++;
        if (k < send && c->t[k] == ',' && !comma++) {
            k++;
            nw--;
            continue;
        }
        if (k >= send || !rel_wch((unsigned char)c->t[k]))
            return 0;
        for (size_t q = 0; wide[q] && (!comma || q < counting); q++)
            if (rel_phrase_at(c->t, k, send, wide[q]))
                return 1;
        char w[48];
        size_t n = rel_word_at(c->t, k, send, w, sizeof w);
        if (n == k)
            return 0;
        k = n;
    }
    return counted_later(c->t, k, send);
}

/* Rule 3: totals closed by a cue. */
/* The parts of total T (category "other") named by kinds the lexicon
 * does not know, right before it in its sentence: "four graving docks
 * and three repair quays, seven berths in all" - two or more counts of category
 * "other", each of a unit not T's, no share or rate, none used, joined by
 * commas and "and", the last a comma and at most three words before T,
 * adding up to within a tenth of T; when T counts people under a general
 * noun ("86 men in all") the parts may be persons the lexicon knows too.
 * Filled into same[] backwards (as
 * collect_parts does); *ns is 0 when there is no such list. */
static void unknown_kinds(const ctx *c, size_t T, size_t lo, size_t *same, size_t *ns)
{
    double sum = 0, tv = c->f->v[T].value;
    int people = people_total(c, T);
    *ns = 0;
    if (T == lo || (strcmp(c->fi[T].cat, "other") != 0 && !people))
        return;
    size_t a = c->f->v[T - 1].tend, b = c->f->v[T].tstart;
    if (!memchr(c->t + a, ',', b - a) || rel_words_between(c->t, a, b, ";:()") < 0 ||
        rel_words_between(c->t, a, b, "") > 3)
        return;
    for (size_t j = T; j-- > lo && *ns < TALLY_REL_MAXPARTS;) {
        const finfo *P = &c->fi[j];
        if (*ns && !rel_joined_to(c->t, c->f->v[j].tend, c->f->v[same[*ns - 1]].tstart))
            break;
        if (P->used || P->share || !P->unit[0] ||
            (strcmp(P->cat, "other") != 0 && !(people && strcmp(P->cat, "personnel") == 0)) ||
            rel_is_rate(c, j) || rel_same_unit(P, &c->fi[T]) ||
            !(c->f->v[j].value < tv))
            break;
        same[(*ns)++] = j;
        sum += c->f->v[j].value;
    }
    if (*ns < 2 || fabs(sum - tv) > 0.1 * tv)
        *ns = 0;
}

/* Round 322 (helper ver76): a total after a ';' that names how many parts
 * it adds up ("Kolby ran 2,400, Varden 1,500 and Strell 1,100; the board
 * gives the three works as 4,900 in all"): the count k ("the three X",
 * two to six, at most four words before T) lets the parts be read past the
 * ';'; the list read back (rates "800 each" left out) must hold exactly k
 * figures, all in T's sentence.  The count itself is no part. */
static void counted_parts(ctx *c, size_t T, size_t lo, size_t U, size_t *same, size_t *ns)
{
    static const char *const the[] = {"the", NULL};
    size_t form[TALLY_REL_MAXPARTS], nf, K = T - 1;
    if (T <= lo + 1 || c->f->v[K].sent_index != c->f->v[T].sent_index)
        return;
    double k = c->f->v[K].value;
    if (!(k >= 2 && k <= 6 && k == (double)(int)k) || c->fi[K].share ||
        !rel_word_before_is(c, c->f->v[K].tstart, 0, the) ||
        rel_words_between(c->t, c->f->v[K].tend, c->f->v[T].tstart, ",;:()") < 0 ||
        rel_words_between(c->t, c->f->v[K].tend, c->f->v[T].tstart, "") > 4 ||
        rel_words_between(c->t, c->f->v[K - 1].tend, c->f->v[K].tstart, ";") >= 0)
        return;   /* no count, or no ';' between the list and it */
    size_t got[TALLY_REL_MAXPARTS], n;
    collect_parts(c, T, lo, K, U, 1, got, &n, form, &nf);
    size_t np = 0;
    for (size_t m = 0; m < n; m++)
        if (!rel_is_rate(c, got[m]))   /* "three shifts of 800 each, 2,400": a factor */
            got[np++] = got[m];
    if (nf || np != (size_t)k)
        return;   /* "14, 9 and 6; the two larger yards 23": not the whole list */
    for (size_t m = 0; m < np; m++)
        if (c->f->v[got[m]].sent_index != c->f->v[T].sent_index)
            return;   /* the k parts all in the total's sentence */
    for (size_t m = 0; m < np; m++)
        same[m] = got[m];
    *ns = (size_t)k;
    c->fi[K].used = 1;
}

/* The years (four digits, 1000-2099, on word boundaries) written in
 * t[a..b), at most max of them into ys; how many. */
static size_t years_in(const char *t, size_t a, size_t b, int *ys, size_t max)
{
    size_t n = 0;
    for (size_t i = a; i + 4 <= b && n < max; i++) {
        if ((i > a && rel_wch((unsigned char)t[i - 1])) || !isdigit((unsigned char)t[i]))
            continue;
        size_t k = i;
        while (k < b && isdigit((unsigned char)t[k]))
            k++;
        int y = 0;
        for (size_t d = i; k - i == 4 && d < k; d++)
            y = y * 10 + (t[d] - '0');
        if (y >= 1000 && y < 2100 && (k == b || !rel_wch((unsigned char)t[k]) || t[k] == '-'))
            ys[n++] = y;
        i = k;
    }
    return n;
}

/* 1 when total T of a cue is not the total of the list [first, T) before
 * it in its sentence (send its end): "and a further 30 altogether" (an
 * addition to it), "a total of 20,000 since the war began" (a running total
 * the list is only the latest of), "..., 8 in 1941, and 30 in all in 1942"
 * (a total of a year the list does not name).  No check beats a guess. */
static int total_apart(const ctx *c, size_t T, size_t first, size_t send)
{
    static const char *const more[] = {"further", "another", "additional", NULL};
    static const char *const since[] = {"since", NULL};
    const tally_fact *t = &c->f->v[T];
    if (rel_word_before_is(c, t->tstart, c->f->v[first].tend, more))
        return 1;
    if (rel_word_within(c, t->tend, send, 4, since))
        return 1;
    size_t e = t->tend;
    while (e < send && !strchr(",;:.()", c->t[e]))
        e++;
    int ly[8], ty[2];
    size_t nt = years_in(c->t, t->tend, e, ty, 1);
    if (!nt)
        return 0;
    size_t nl = years_in(c->t, c->f->v[first].tstart, t->tstart, ly, 8);
    for (size_t m = 0; m < nl; m++)
        if (ly[m] == ty[0])
            return 0;
    return nl > 0;   /* the list dated, the total of another year */
}

static int names_unit(const char *w, const char *u);

/* 1 when the list whose first part is F opens with an item of total T's
 * things that has no figure: a comma right before F, and T's unit noun
 * the last word before that comma ("comprises General Headquarters, four
 * corps headquarters and ...": one more headquarters than the figures
 * say; not "in the provincial gun zones, 144 guns"). */
static int unnumbered_item(const ctx *c, size_t T, size_t F)
{
    const tally_fact *ff = &c->f->v[F];
    size_t s0 = c->seg->sents[ff->sent_index].start, k = ff->tstart;
    if (F > 0 && c->f->v[F - 1].sent_index == ff->sent_index && c->f->v[F - 1].tend > s0)
        s0 = c->f->v[F - 1].tend;
    while (k > s0 && c->t[k - 1] == ' ')
        k--;
    if (k <= s0 || c->t[k - 1] != ',')
        return 0;
    k--;
    char w[48];
    static const char *const of[] = {"of", NULL};
    return rel_word_ending_at(c, k, s0, w, sizeof w) && names_unit(w, c->fi[T].unit) &&
           !rel_phrase_in(c->t, rel_words_back(c, k, s0, 4), k, of);   /* "Of the drivers,
                                                                          212 deserted" */
}

/* 1 when figure j is said of each one of some things ("16 telephone sets
 * to every battalion", "six to each battery"): a rate, its cue within the
 * four words after it, no mark between. */
static int said_to_each(const ctx *c, size_t j)
{
    static const char *const each[] = {"to every", "to each", "for every", "for each", "per",
                                       NULL};
    size_t a = c->f->v[j].tend, b = a, end = c->seg->sents[c->f->v[j].sent_index].end;
    for (int n = 0; n < 5 && b < end && !strchr(",;:()", c->t[b]); b++)
        n += c->t[b] == ' ';
    return rel_phrase_in(c->t, a, b, each);
}

int rel_rule_cues(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        if (c->t[i] == ',' && or_total(c, i, s, lo, hi) < 0)
            return -1;
        for (size_t q = 0; q < sizeof total_cues / sizeof *total_cues; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, total_cues[q].p);
            if (!e)
                continue;
            int how = total_cues[q].how;
            const char *cue = total_cues[q].p[0] == ',' ? total_cues[q].p + 2 : total_cues[q].p;
            size_t same[TALLY_REL_MAXPARTS], form[TALLY_REL_MAXPARTS], ns, nf;
            if (how & CUE_RESTATE) {
                size_t T = rel_fact_after(c, i + 1, lo, hi, 2);
                size_t F = rel_fact_before(c, i, lo, hi, 5);
                if (T == NOPOS || F == NOPOS)
                    continue;
                tally_relation r;
                if (c->fi[F].formation && c->fi[T].aircraft) {
                    rel_init(&r, TALLY_REL_NORM, T, cue);
                    rel_part(c, &r, F);
                } else if (c->fi[F].aircraft && c->fi[T].formation) {
                    rel_init(&r, TALLY_REL_NORM, F, cue);
                    rel_part(c, &r, T);
                } else {
                    continue;
                }
                c->fi[T].used = 1;
                if (rel_add(c, &r) < 0)
                    return -1;
                continue;
            }
            if ((how & CUE_LATE) && rel_phrase_at(c->t, e + (c->t[e] == ' '), s->end, "with"))
                continue;   /* "together with 240 spare engines" */
            if ((how & CUE_OPEN) && (rel_words_between(c->t, s->start, i, "") != 0 ||
                                     (c->t[e] != ',' && c->t[e] != ':')))
                continue;   /* "Total, 87", not "the total, 40 of them" */
            size_t T = NOPOS;
            if (how & CUE_BEFORE)
                T = rel_fact_before(c, i, lo, hi, 3);
            if (T == NOPOS && (how & CUE_AFTER))
                T = rel_fact_after(c, e, lo, hi, (how & CUE_LATE) ? 5 : 2);
            int opening = rel_words_between(c->t, s->start, i, "") == 0;
            if (T == NOPOS && opening)
                T = rel_fact_after(c, e, lo, hi, 5);   /* "In all, the squadron had 42" */
            /* "Together the two yards launched 23": past small counts of
             * another unit to the figure the list before adds up to */
            while ((how & CUE_LATE) && T != NOPOS && T + 1 < hi && c->fi[T].cat[0] &&
                   !earlier_parts(c, T, lo, s->para, same, &ns) &&
                   rel_words_between(c->t, e, c->f->v[T + 1].tstart, ";:()") <= 6)
                T++;
            if (T == NOPOS || c->fi[T].share || !c->fi[T].unit[0] || c->fi[T].used)
                continue;
            if (widened_total(c, T, e, s->end))
                continue;   /* "..., 90 people in all with the guards": more than the list */
            if (T > lo && unsaid_part(c, c->f->v[T - 1].tend, c->f->v[T].tstart)) {
                c->fi[T].used = 1;   /* "..., and the depots sent the rest by road,
                                        9,300 in all": a part with no figure */
                continue;
            }
            /* a rate ("135 tanks a month") adds up rates of its period
             * stated in the sentences before, never figures beside it */
            int rate = rel_is_rate(c, T);
            ns = nf = 0;
            size_t U = (how & CUE_LATE) || rate ? NOPOS : companion(c, T, hi);
            if (!(how & CUE_LATE) && !rate)
                collect_parts(c, T, lo, T, U, 0, same, &ns, form, &nf);
            if (!(how & CUE_LATE) && !rate && ns + nf == 0)
                semi_parts(c, T, lo, U, same, &ns, form, &nf);
            if (!(how & CUE_LATE) && !rate && ns < 2 && nf == 0)
                counted_parts(c, T, lo, U, same, &ns);
            if (U != NOPOS && ns >= 2 && companion_sum(c, T, U, lo, ns, cue) < 0)
                return -1;   /* "or 33 ships of 141,000 tons": the tons add up too */
            if (ns + nf == 0 && !rate && (how & CUE_BEFORE))
                unknown_kinds(c, T, lo, same, &ns);   /* "four docks and three
                                                         quays, seven berths in all" */
            else if (ns == 1 && nf == 0 && !rate && (how & CUE_BEFORE) && people_total(c, T)) {
                size_t one = same[0];   /* "240 printers and 90 draughtsmen, 330
                                           people in all": one trade known, one not */
                unknown_kinds(c, T, lo, same, &ns);
                if (ns == 0)
                    same[0] = one, ns = 1;
            }
            if (ns + nf == 0)   /* "In all, 75 bombers": the list is in the sentences before */
                earlier_parts(c, T, lo, s->para, same, &ns);
            if (ns + nf == 0 && !rate)
                found_totals_before(c, T, lo, s->para, same, &ns);
            else if (nf == 0)
                added_part(c, T, lo, same, &ns);
            if (rate && ns < 2)
                continue;
            if (ns + nf > 0 && total_apart(c, T, nf ? form[nf - 1] : same[ns - 1], s->end))
                continue;
            if (ns >= 2 && nf == 0 && unnumbered_item(c, T, same[ns - 1]))
                continue;   /* "General Headquarters, four corps headquarters and eleven
                               divisional headquarters, 16 headquarters in all" */
            size_t kept = 0;
            for (size_t m = 0; m < ns; m++)
                if (!said_to_each(c, same[m]))
                    same[kept++] = same[m];   /* "16 sets to every battalion and six to each
                                                 battery: 1,296 sets ... and 648 ..., 1,944
                                                 in all": rates, no parts */
            if (kept < ns && kept + nf < 2)
                continue;
            ns = kept;
            if (total_rel(c, T, cue, same, ns, form, nf) < 0)
                return -1;
            /* "together ... carried 16,050 tons in 6,160 sorties": a second
             * total of another unit in the same clause, its parts listed
             * in the same sentences */
            if (!(how & CUE_LATE) || ns < 2)
                continue;
            for (size_t U = T + 1; U < hi; U++) {
                if (rel_words_between(c->t, c->f->v[U - 1].tend, c->f->v[U].tstart, ";:(),") < 0 ||
                    rel_words_between(c->t, c->f->v[U - 1].tend, c->f->v[U].tstart, "") > 4)
                    break;
                if (c->fi[U].share || c->fi[U].used || !c->fi[U].unit[0] ||
                    rel_same_unit(&c->fi[U], &c->fi[T]) || rel_is_rate(c, U))
                    continue;
                size_t ns2;
                earlier_parts(c, U, lo, s->para, same, &ns2);
                if (ns2 >= 2 && total_rel(c, U, cue, same, ns2, form, 0) < 0)
                    return -1;
            }
        }
    }
    return 0;
}

/* The offset after "of them" ("of these", "of those", "of which") right
 * after figure j, 0 when there is none. */
static size_t of_them(const ctx *c, size_t j, size_t send)
{
    static const char *const pro[] = {"of them", "of these", "of those", "of which", NULL};
    size_t i = c->f->v[j].tend;
    while (i < send && c->t[i] == ' ')
        i++;
    for (size_t q = 0; pro[q]; q++) {
        size_t e = rel_phrase_at(c->t, i, send, pro[q]);
        if (e)
            return e;
    }
    return 0;
}

/* 1 when the word before offset i (after figure j) is a word of j's noun
 * ("21 cars with": "cars"). */
static int noun_word(const ctx *c, size_t j, size_t i)
{
    const char *noun = c->f->v[j].noun;
    size_t a = rel_word_back(c, i, 0), b = a;
    while (b < i && rel_wch((unsigned char)c->t[b]))
        b++;
    if (!noun || a == b)
        return 0;
    size_t n = b - a, nl = strlen(noun);
    return nl >= n && strncmp(noun + nl - n, c->t + a, n) == 0;
}

/* The preposition that follows figure j (or its noun, if it has a unit
 * word right after the number): "15 to weather", "20 in storms"; NULL if
 * none.  "with" too: "34 cars were out of action, 21 with broken springs
 * and 13 with burst tyres". */
static const char *prep_after(const ctx *c, size_t j, size_t send)
{
    static const char *const preps[] = {"to", "in", "by", "from", "for", "at", "on",
                                        "through", "during", "with", NULL};
    size_t i = c->f->v[j].tend;
    if (of_them(c, j, send))   /* "22 of them in training accidents" */
        i = of_them(c, j, send);
    for (int nw = 0; nw < 2 && i < send; nw++) {
        while (i < send && c->t[i] == ' ')
            i++;
        char w[48];
        size_t e = rel_word_at(c->t, i, send, w, sizeof w);
        if (!e || e == i)
            return NULL;
        for (size_t q = 0; preps[q]; q++)
            if (strcmp(w, preps[q]) == 0 &&
                (strcmp(w, "with") != 0 || nw == 0 || noun_word(c, j, i)))
                return preps[q];   /* not "62 ended with the ship sunk" */
        i = e;
    }
    return NULL;
}

/* 1 when the word w occurs in t[a..b). */
static int has_word(const ctx *c, size_t a, size_t b, const char *w)
{
    for (size_t i = a; i < b; i++)
        if (rel_phrase_at(c->t, i, b, w))
            return 1;
    return 0;
}

/* 1 when t[a..b), between a whole W and the figure T after it, says W is
 * made of what follows ("The 36 units ... were the 24 old units, eight
 * ..."): a copula or "comprised" right before T (an article aside), at
 * most eight words in all, no verb of its own in between. */
static int made_up_of(const ctx *c, size_t a, size_t b)
{
    static const char *const cop[] = {"were", "was", "are", "is", "comprised", "comprising",
                                      "being", "namely", NULL};
    static const char *const art[] = {"the", "its", "their", NULL};
    int w = rel_words_between(c->t, a, b, ";:(),");
    if (w < 1 || w > 8)
        return 0;
    if (rel_word_before_is(c, b, a, art))
        b = rel_word_back(c, b, a);
    return rel_word_before_is(c, b, a, cop);
}

/* For rule 3c's total T and its parts: the figure W right before T, of
 * its unit and larger, joined to it by a comma ("1,460 accidents in 1917,
 * 920 accidents with machines, 410 ... and 130 ..."), makes T an item of
 * W's list, not a total: W when W is T and the parts together (to within
 * its rounding), NOPOS - 1 when W is some other whole, NOPOS when there is
 * none.  A partitive whole ("Of the 60 aircraft, 37 were lost, 22 in
 * accidents and 15 at sea") is none: T is its part, and T's parts follow;
 * unless T and the parts make W exactly and the parts do not make T ("Of
 * the 87 mules, 41 were lost in falls, 30 to exhaustion and 16 to
 * shellfire"): then W.
 * W not joined by a comma but made of T's list ("The 36 units were the 24
 * old units, eight built ... and four bought ...", made_up_of()) makes T
 * the first item of W's list the same way: W when they make it exactly,
 * else NOPOS - 1 (T is a part, not the total of what follows). */
static size_t list_whole_before(const ctx *c, size_t T, size_t lo, const size_t *parts,
                                size_t np)
{
    static const char *const of[] = {"of", NULL};
    if (T <= lo)
        return NOPOS;
    size_t W = T - 1;
    const tally_fact *wf = &c->f->v[W];
    int joined = rel_joined_to(c->t, wf->tend, c->f->v[T].tstart);
    double sum = c->f->v[T].value, parts_sum = 0;
    for (size_t m = 0; m < np; m++)
        parts_sum += c->f->v[parts[m]].value;
    sum += parts_sum;
    int gap = rel_words_between(c->t, wf->tend, c->f->v[T].tstart, ";:()");
    if (rel_same_unit(&c->fi[W], &c->fi[T]) && !c->fi[W].share && !c->fi[W].used &&
        wf->qual == TALLY_Q_EXACT && c->f->v[T].qual == TALLY_Q_EXACT &&
        np + 1 < TALLY_REL_MAXPARTS && sum == wf->value && parts_sum != c->f->v[T].value &&
        gap >= 0 && gap <= 3 &&
        wf->tstart >= 4 && rel_word_before_is(c, wf->tstart - 4, 0, of) &&
        rel_phrase_at(c->t, wf->tstart - 4, wf->tstart, "the "))
        return W;   /* "Of the 87 mules, 41 were lost in falls, 30 to exhaustion and 16
                       to shellfire": all three make the 87, the 41 is no total */
    if (!rel_same_unit(&c->fi[W], &c->fi[T]) || c->fi[W].share || c->fi[W].used ||
        rel_is_rate(c, W) || !(wf->value > c->f->v[T].value) ||
        (!joined && !made_up_of(c, wf->tend, c->f->v[T].tstart)) ||
        rel_words_between(c->t, wf->tend, c->f->v[T].tstart, ";:()") < 0 ||
        rel_word_before_is(c, wf->tstart, c->seg->sents[wf->sent_index].start, of) ||
        (wf->tstart >= 4 && rel_word_before_is(c, wf->tstart - 4, 0, of) &&
         rel_phrase_at(c->t, wf->tstart - 4, wf->tstart, "the ")))
        return NOPOS;
    double tol = wf->high > wf->low ? (wf->high - wf->low) / 2 : 0;
    if (np + 1 < TALLY_REL_MAXPARTS && fabs(sum - wf->value) <= tol + 1e-9 * wf->value)
        return W;
    return NOPOS - 1;
}

/* 1 when figure j closes a list after " and " right before it, with no
 * figure joined after it ("..., 23 in accidents and 11 shot while
 * escaping"): a last item whose cause a verb, not a preposition, gives. */
static int last_and_item(const ctx *c, size_t j, size_t hi)
{
    static const char *const and_[] = {"and", NULL};
    size_t a = c->f->v[j - 1].tend, b = c->f->v[j].tstart;
    if (!rel_word_before_is(c, b, a, and_) || rel_words_between(c->t, a, b, ";:()") < 0)
        return 0;
    return j + 1 >= hi || !rel_joined_to(c->t, c->f->v[j].tend, c->f->v[j + 1].tstart);
}

/* 1 when t[T's end..k) names a span holding every part ("in the whole
 * war", "in all the years", "over the entire campaign"). */
static int whole_span(const ctx *c, size_t T, size_t k)
{
    static const char *const ws[] = {"whole", "entire", "all", NULL};
    static const char *const det[] = {"the", "those", "that", "these", "this", NULL};
    static const char *const span[] = {"campaign", "war", "month", "months", "week", "weeks",
                                       "year", "years", "period", "offensive", "siege",
                                       "battle", "winter", "summer", "spring", "autumn",
                                       "retreat", "advance", "operation", NULL};
    for (size_t q = 0; ws[q]; q++)
        if (has_word(c, c->f->v[T].tend, k, ws[q]))
            return 1;
    char prev[24] = "", w[24];   /* "lost 38 aircraft in the campaign, 21 to ...",
                                    "in those months": a span named as a whole */
    for (size_t i = c->f->v[T].tend; rel_next_word(c->t, &i, k, w, sizeof w);) {
        int d = 0, sp = 0;
        for (size_t q = 0; det[q]; q++)
            d |= strcmp(prev, det[q]) == 0;
        for (size_t q = 0; span[q]; q++)
            sp |= strcmp(w, span[q]) == 0;
        if (d && sp)
            return 1;
        snprintf(prev, sizeof prev, "%s", w);
    }
    return 0;
}

/* 1 when parts[0..np) come within a tenth of T: a list read loosely is
 * taken only when it is plainly T's breakdown. */
static int near_total(const ctx *c, size_t T, const size_t *parts, size_t np)
{
    double sum = 0, v = c->f->v[T].value;
    for (size_t m = 0; m < np; m++)
        sum += c->f->v[parts[m]].value;
    return sum >= 0.9 * v && sum <= 1.1 * v;
}

/* Rule 3c: "Some 23 aircraft were lost, 15 to weather and eight to
 * fighters": a figure T, a comma, then two or more figures right after it
 * joined by commas and "and", each of T's unit or written bare, each
 * followed by a preposition (the cause or place of its share of T), each
 * smaller than T -> SUM.  "12,000 men, 8,000 of them infantry" has no
 * preposition after its parts and is no breakdown; nor is "30 ships
 * sailed in March, 25 in April and 28 in May", whose first figure has the
 * parts' preposition in its own clause (the first item of a list).  The
 * first part may say "of them" before its preposition ("37 aircraft, 22 of
 * them in accidents, nine at sea and four in a fire"). */
/* 1 when the word right before figure j is a possessive that names its
 * item ("the citadel's 1,600,000 and the harbour's 900,000"). */
static int possessive_before(const ctx *c, size_t j)
{
    size_t z = c->f->v[j].tstart;
    while (z > 0 && c->t[z - 1] == ' ')
        z--;
    size_t y = z;
    while (y > 0 && rel_wch((unsigned char)c->t[y - 1]))
        y--;
    return rel_possessive_word(c->t, y, z);
}

int rel_rule_comma_list(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const rest_words[] = {"the rest", "the others", "the remainder",
                                             "the balance", "others", NULL};
    size_t send = c->seg->sents[si].end;
    for (size_t T = lo; T + 2 < hi; T++) {
        const finfo *t = &c->fi[T];
        int tper = -1, trate = rel_rate_of(c, T, &tper);
        if (t->used || t->part || t->share || !t->unit[0] || (trate && tper < 0) ||
            of_them(c, T, send))
            continue;   /* "37 aircraft, 22 of them in accidents, ...": 22 is a part; a
                           rate per a period may be broken down ("5.1 million rounds a
                           month, 3.6 million at Corvel and 1.8 million at Dall") */
        size_t k = c->f->v[T].tend;
        while (k < send && c->t[k] != ',' && c->t[k] != ';' && c->t[k] != ':' &&
               c->t[k] != '(')
            k++;
        int far = rel_words_between(c->t, c->f->v[T].tend, k, "()") > 5;
        size_t ts = c->f->v[T].tstart;
        if (k >= send || c->t[k] != ',' || rel_words_between(c->t, c->f->v[T].tend, k, "()") > 10 ||
            (far && T + 1 < hi && c->f->v[T + 1].tstart < k) ||
            (far && ts >= c->seg->sents[si].start + 7 &&
             rel_phrase_at(c->t, ts - 7, ts, "of the")))   /* "Of the 900 recruits who
                                                              set out ...,": its own rule */
            continue;   /* "Nine pioneer battalions were on the river by February 1916,
                           five with the First Army and four with the Second": a longer
                           clause when no other figure stands in it (the list near T) */
        size_t A = rel_fact_after(c, k + 1, lo, hi, 0);
        if (A == NOPOS) {   /* ", the citadel's 1,600,000 and the harbour's 900,000" */
            A = rel_fact_after(c, k + 1, lo, hi, 3);
            if (A != NOPOS && !possessive_before(c, A))
                A = NOPOS;
        }
        if (A == NOPOS || A <= T)
            continue;
        int adjunct = 1;   /* "57 bombers over the six months, 21 of them ...": a
                              figure of another unit before the comma is no part */
        for (size_t j = T + 1; j < A; j++)
            adjunct &= !rel_same_unit(&c->fi[j], t) && c->fi[j].unit[0] && !c->fi[j].share;
        if (!adjunct)
            continue;
        const char *pa = prep_after(c, A, send);
        if (pa && has_word(c, c->f->v[T].tend, k, pa))
            continue;   /* "30 sailed in March, 25 in April": items of one list */
        size_t parts[TALLY_REL_MAXPARTS], np = 0;
        int loose = 0;   /* the last item says its cause by a verb: "and 11 shot" */
        for (size_t j = A; j < hi && np < TALLY_REL_MAXPARTS; j++) {
            const finfo *P = &c->fi[j];
            if (j > A && !rel_joined_to(c->t, c->f->v[j - 1].tend, c->f->v[j].tstart))
                break;
            int pp = -1;
            if (P->used || P->share || c->f->v[j].value >= c->f->v[T].value ||
                !(rel_same_unit(P, t) || rel_bare(&c->f->v[j])) ||
                (trate && rel_rate_of(c, j, &pp) && pp != tper))
                break;
            if (!prep_after(c, j, send) && !possessive_before(c, j)) {
                loose = np >= 2 && last_and_item(c, j, hi);
                if (loose)
                    parts[np++] = j;
                break;
            }
            parts[np++] = j;
        }
        const char *tp = prep_after(c, T, send);
        int item = 0;   /* "64 worked on farms, 30 in quarries and 28 on the railways":
                           T has a place of its own, as a part does: the first item
                           (not "96 in the whole war": a span that holds them all) */
        for (size_t m = 0; tp && m < np && !whole_span(c, T, k); m++)
            item |= prep_after(c, parts[m], send) == tp;
        if (np < 2 || item || ((loose || far) && !near_total(c, T, parts, np)))
            continue;
        if (rel_phrase_in(c->t, c->f->v[parts[np - 1]].tend, send, rest_words))
            continue;   /* "..., 200 to the navy and 300 to the army, and the schools
                           took the rest": a part with no figure, the sum is not all */
        size_t nx = parts[np - 1] + 1;
        if (whole_span(c, T, k) && nx < hi &&
            rel_joined_to(c->t, c->f->v[nx - 1].tend, c->f->v[nx].tstart))
            continue;   /* "96 in the whole war, 58 ..., 23 ... and 11 ..." with the 11
                           taken elsewhere: the list goes on, its sum is not all */
        size_t W = list_whole_before(c, T, lo, parts, np);
        if (W == NOPOS - 1)
            continue;   /* T is an item of a list of a whole before it */
        if (W != NOPOS) {
            /* "1,460 accidents in 1917, 920 with machines, 410 in the shop and
             * 130 on the sidings": the whole before T is the sum of them all */
            memmove(parts + 1, parts, np * sizeof *parts);   /* np < MAXPARTS: */
            parts[0] = T;                                     /* checked there */
            np++;
        }
        size_t S = W != NOPOS ? W : T;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, S, "comma list");
        for (size_t m = 0; m < np; m++)
            rel_part(c, &r, parts[m]);
        for (size_t m = 0; m < r.nparts; m++)
            c->fi[r.parts[m].fact].used = 1;
        c->fi[S].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* 1 when fact j is a sum of money. */
static int money(const ctx *c, size_t j)
{
    return strcmp(c->fi[j].cat, "money") == 0 && c->fi[j].unit[0];
}

/* Rule 3d: loans in two currencies added up at a stated rate: "£2m and
 * $6 million ... at $4.80 to the pound, the two loans together came to
 * $15.6 million".  A sum of money R followed by "to the", "to one" or "to
 * a" and a word (the rate of exchange, R's currency per one of the
 * other), a total T of R's currency after it closed by a total cue; the
 * parts are the sums of money before R in its sentence, else in the
 * sentence before (same paragraph): of T's currency or of exactly one
 * other, at least one of each; those of the other are multiplied by R ->
 * SUM.
 * T is marked used either way, so that no sum of mixed currencies is
 * made of it. */
/* The offset after the currency noun of rate R at i ("8 francs to the
 * dollar": after "francs"), else i. */
static size_t skip_currency(const ctx *c, size_t R, size_t i, size_t end)
{
    char w[48], u[48], cat[16];
    size_t e = rel_word_at(c->t, i, end, w, sizeof w);
    const char *ru = c->fi[R].unit;
    size_t n = strlen(ru);
    if (e > i && ((rel_lookup_word(c->lex, w, u, cat) && strcmp(u, ru) == 0) ||
                  strcmp(w, ru) == 0 ||
                  (n && strncmp(w, ru, n) == 0 && strcmp(w + n, "s") == 0))) {
        /* "8 kesh", "27 korons": a unit the text names */
        while (e < end && c->t[e] == ' ')
            e++;
        return e;
    }
    return i;
}

/* 1 when sum of money j is a price said per a thing ("$62 a ton", "$2,350
 * each", "84 crowns a cubic metre") or a rate: no sum to convert. */
static int price(const ctx *c, size_t j)
{
    static const char *const per[] = {"a", "an", "per", "each", "apiece", NULL};
    const tally_fact *jf = &c->f->v[j];
    return rel_is_rate(c, j) ||
           rel_word_within(c, jf->tend, c->seg->sents[jf->sent_index].end, 1, per);
}

/* The largest sum of money (not a rate, a share or a price "a ton") of the
 * sentence before fact lo, else of the one before it (same paragraph), of
 * currency other when it is named, else of any: "lend $6 million, of which $4.5 million ...  At
 * 4.2 crowns to the dollar the loan was worth some 25 million crowns".
 * NOPOS when none. */
static size_t sum_before(const ctx *c, size_t lo, const char *other)
{
    static const char *const per[] = {"a", "an", "per", "each", "apiece", NULL};
    size_t si = c->f->v[lo].sent_index, A = NOPOS;
    for (size_t j = lo; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 2 < si || c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (!money(c, j) || c->fi[j].share || rel_is_rate(c, j) ||
            (other[0] && strcmp(c->fi[j].unit, other) != 0) ||
            rel_word_within(c, jf->tend, c->seg->sents[jf->sent_index].end, 1, per))
            continue;   /* "$150 a ton": a price, not a sum */
        if (A != NOPOS && c->f->v[A].sent_index != jf->sent_index)
            break;   /* the nearer sentence has one: "agreed to lend $40 million", not the
                        "$60 million" asked for before */
        if (A == NOPOS || jf->value > c->f->v[A].value)
            A = j;
    }
    return A;
}

/* Add the conversion between sum A, in rate R's currency, and sum Q in the
 * other, whichever comes first.  A before Q ("$4.5 million, worth 36
 * million francs at 8 to the dollar", stated A, average: A / R against Q);
 * A after Q ("$509,000, or some 2.1 million riksdal at 4.2 riksdal to the
 * dollar": Q x R against A).  Only the later of the two is used, the
 * earlier staying free to be a product's own total ("12 tugs at 8,500
 * crowns apiece, 102,000 crowns in all, or £6,800 at 15 crowns to the
 * pound").  0, or -1 when out of memory. */
static int add_exchange(ctx *c, size_t A, size_t Q, size_t R)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, A, "rate of exchange");
    r.average = A < Q;
    rel_part(c, &r, Q);
    rel_part(c, &r, R);
    c->fi[A < Q ? Q : A].used = 1;
    return rel_add(c, &r);
}

/* A sum in the currency of rate R restated in the currency R is said of
 * ("540 million thalers, worth about $120 million at 4.5 thalers to the
 * dollar"; "At 4.2 gulden to the dollar, the 80 million gulden ... was
 * worth about $19 million"): the one other sum of R's currency in R's
 * sentence, A, and after it the one sum of the other currency, Q, both
 * unused ->
 * PRODUCT stated A, Q its quotient by R (average set).  1 when made. */
static int convert_back(ctx *c, size_t R, size_t lo, size_t hi, const char *other)
{
    size_t A = NOPOS, Q = NOPOS;
    if (!other[0] || strcmp(other, c->fi[R].unit) == 0)
        return 0;
    for (size_t j = lo; j < hi; j++) {
        if (j == R || !money(c, j) || c->fi[j].share || price(c, j))
            continue;   /* "84 crowns a cubic metre, 3.86 million crowns in all" */
        size_t *slot = rel_same_unit(&c->fi[j], &c->fi[R]) ? &A
                       : strcmp(c->fi[j].unit, other) == 0 ? &Q
                                                           : NULL;
        if (!slot)
            return 0;   /* a third currency: not one conversion */
        if (*slot != NOPOS)
            return 0;
        *slot = j;
    }
    if (A == NOPOS || Q == NOPOS || (A > Q && A > R) || c->fi[A].used || c->fi[Q].used)
        return 0;   /* "$4.5 million ... is worth 36 million francs": forward, below */
    return add_exchange(c, A, Q, R) < 0 ? -1 : 1;
}

/* One sum converted at a stated rate: the only sum of money before rate R
 * in its sentence (from lo) is in another currency than R, and T, in R's
 * currency, follows R within eight words -> SUM of that sum times R
 * ("A credit of £10m; at $4.03 to the pound it was worth some $43
 * million").  0, or -1 when out of memory. */
/* 1 when fact A is the stated figure of relations that are no
 * conversions and a part of none ("£310 each, £9,300 in all"): the
 * total may still be restated in another currency. */
static int total_only(const ctx *c, size_t A)
{
    int stated = 0;
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        if (r->cue && strcmp(r->cue, "rate of exchange") == 0 &&
            (r->stated == A || (r->nparts && r->parts[0].fact == A)))
            return 0;
        for (size_t k = 0; k < r->nparts; k++)
            if (r->parts[k].fact == A)
                return 0;
        stated |= r->stated == A;
    }
    return stated;
}

/* 1 when t[a..b) says "each" or "a" / "an" before a word that is no
 * period ("each ship cost", "a mule from Orvanto cost"): a sum of one. */
static int said_of_each(const ctx *c, size_t a, size_t b)
{
    char w[32], n[32];
    size_t i = a;
    while (rel_next_word(c->t, &i, b, w, sizeof w)) {
        if (strcasecmp(w, "each") == 0)
            return 1;
        size_t k = i;
        if ((strcasecmp(w, "a") == 0 || strcasecmp(w, "an") == 0) &&
            rel_next_word(c->t, &k, b, n, sizeof n) && rel_period_word(n) < 0)
            return 1;
    }
    return 0;
}

static int convert_one(ctx *c, size_t R, size_t T, size_t lo, const char *other)
{
    size_t A = NOPOS;
    int several = 0;
    for (size_t j = lo; j < R; j++)
        if (money(c, j) && !c->fi[j].share && !price(c, j)) {
            if (rel_same_unit(&c->fi[j], &c->fi[R]))
                return 0;
            several |= A != NOPOS;
            A = j;
        }
    if (several) {   /* "..., \$4.32 million in all, ... a loan of \$5 million, booked
                        at 2.6 guilders to the dollar as 12.5 million guilders": the
                        sum right before the rate, no other */
        int wa = rel_words_between(c->t, c->f->v[A].tend, c->f->v[R].tstart, ";:()");
        if (A + 1 != R || wa < 0 || wa > 5)
            return 0;
    }
    if (A == NOPOS && lo > 0)
        A = sum_before(c, lo, other);   /* "... lend $150 million.  At 12 florins to the
                                           dollar the loan was worth 1.8bn florins" */
    int w = rel_words_between(c->t, c->f->v[R].tend, c->f->v[T].tstart, ";:()");
    if (A == NOPOS || (c->fi[A].used && !total_only(c, A)) || w < 0 || w > 10 || T != R + 1)
        return 0;
    if (w > 8 && said_of_each(c, c->f->v[R].tend, c->f->v[T].tstart))
        return 0;   /* "at 12 talers to the pound each ship cost the treasury 222,000
                       talers": the price of one, not the £111,000 of all */
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, T, "rate of exchange");
    r.products = 1;   /* one sum times the rate: a product */
    rel_part(c, &r, A);
    r.parts[0].rate = R + 1;
    c->fi[T].used = 1;
    int part = c->fi[A].part;
    int rc = rel_add(c, &r);
    c->fi[A].part = part;   /* converted, no part of a total: "£14,500 each, or £540,000
                               in all, ... at 18 crowns to the pound, 9.72 million
                               crowns" may still be 36 x 14,500 */
    return rc;
}

/* A sum of the sentence before restated at a rate R of this one: R opens
 * the money of its sentence (from lo), the one sum Q after it is of the
 * currency named after "to the" (of any other when the word is no
 * currency the lexicon knows: "pound"), and A is the largest sum of R's currency
 * in the sentence before (sum_before) -> PRODUCT stated A, Q its quotient
 * by R ("The estimates stand at 96 million marks.  At 20 marks to the
 * pound this is £4.8m").  0, or -1 when out of memory. */
static int convert_prev(ctx *c, size_t R, size_t lo, size_t hi, const char *other)
{
    size_t Q = NOPOS;
    if (strcmp(other, c->fi[R].unit) == 0 || lo == 0 || !money(c, R))
        return 0;
    for (size_t j = lo; j < hi; j++) {
        if (j == R || !money(c, j) || c->fi[j].share)
            continue;
        if (j < R || Q != NOPOS || rel_same_unit(&c->fi[j], &c->fi[R]) ||
            (other[0] && strcmp(c->fi[j].unit, other) != 0) || price(c, j))
            return 0;   /* a sum before the rate, two after it, a third currency */
        Q = j;
    }
    size_t A = sum_before(c, lo, c->fi[R].unit);
    if (Q == NOPOS || A == NOPOS || c->fi[A].used || c->fi[Q].used)
        return 0;
    return add_exchange(c, A, Q, R);
}

/* Sums restated in another currency one by one at a rate R of its
 * sentence: "18 kesh a month, worth 2.25 florins at the official rate of 8
 * kesh to the florin, and a bounty of 30 kesh, or 4.5 florins".  Each
 * unused sum A of R's currency is paired with the sum Q of the currency
 * named after "to the" that follows it within five words after "worth",
 * "or", "equal to" or "equivalent to" (no ; : ( between) -> PRODUCT stated
 * A, Q its quotient by R (average set).  How many were made, -1 when out
 * of memory.  Needed when two sums of each currency share the sentence
 * (convert_back takes one of each). */
static int convert_pairs(ctx *c, size_t R, size_t lo, size_t hi, const char *other)
{
    static const char *const join[] = {"worth", "or", "equal to", "equivalent to", NULL};
    int made = 0;
    if (!other[0] || strcmp(other, c->fi[R].unit) == 0)
        return 0;
    for (size_t A = lo; A + 1 < hi; A++) {
        size_t Q = A + 1;
        if (A == R || c->fi[A].used || c->fi[A].share || !rel_same_unit(&c->fi[A], &c->fi[R]))
            continue;
        size_t from = A;   /* the words that join Q are read from here */
        if (Q == R) {   /* "46,000 ducats and billed it at 4 ducats to the crown, or
                           12,500 crowns": the rate between the two sums */
            Q = R + 1;
            from = R;
            if (Q >= hi || rel_words_between(c->t, c->f->v[A].tend, c->f->v[R].tstart,
                                             ";:()") > 6)
                continue;
        }
        const tally_fact *af = &c->f->v[from], *qf = &c->f->v[Q];
        int w = rel_words_between(c->t, af->tend, qf->tstart, ";:()");
        if (c->fi[Q].used || c->fi[Q].share || strcmp(c->fi[Q].unit, other) != 0 || w < 1 ||
            w > 5 || !rel_phrase_in(c->t, af->tend, qf->tstart, join) || !(af->value > 0))
            continue;
        double k = c->f->v[A].value / c->f->v[R].value / qf->value;
        if (price(c, A) && !(k > 0.5 && k < 2))
            continue;   /* "$96,000 for the load, $150 a ton, or about £19,200": the
                           price is not what was converted (its own restated, as "24 zell
                           a week, worth 3 crowns", is) */
        if (add_exchange(c, A, Q, R) < 0)
            return -1;
        made++;
    }
    return made;
}

/* The currency of a rate "to the pound" whose word the units lexicon reads
 * as no money (a pound of weight) but the actor words table calls a
 * currency: the one currency other than rate R's of the
 * sums of money of its sentence (lo..hi), copied to named; named stays
 * empty when there is none or more than one ("171,000 crowns in all, or
 * £11,400 at 15 crowns to the pound": GBP). */
static void other_currency(const ctx *c, size_t R, size_t lo, size_t hi, char *named, size_t cap)
{
    const char *u = NULL;
    for (size_t j = lo; j < hi; j++) {
        if (j == R || !money(c, j) || c->fi[j].share || rel_same_unit(&c->fi[j], &c->fi[R]))
            continue;
        if (u && strcmp(u, c->fi[j].unit) != 0)
            return;
        u = c->fi[j].unit;
    }
    if (u)
        snprintf(named, cap, "%s", u);
}

int rel_rule_convert(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const to[] = {"to the", "to one", "to a", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t R = lo; R < hi; R++) {
        if (!c->fi[R].unit[0] || c->fi[R].share)
            continue;   /* a currency the lexicon does not know is one when quoted "to the florin" */
        size_t i = c->f->v[R].tend, e = 0;
        while (i < s->end && c->t[i] == ' ')
            i++;
        i = skip_currency(c, R, i, s->end);   /* "8 francs to the dollar" */
        for (size_t q = 0; to[q] && !e; q++)
            e = rel_phrase_at(c->t, i, s->end, to[q]);
        if (!e)
            continue;
        char named[48] = "";   /* the currency named after "to the", if the lexicon knows it */
        {
            char w[48], cat[16];
            while (e < s->end && c->t[e] == ' ')
                e++;
            size_t we = rel_word_at(c->t, e, s->end, w, sizeof w);
            if (we > e && isupper((unsigned char)c->t[e]) &&
                !rel_lookup_word(c->lex, w, named, cat)) {   /* "to the Ostrian crown" */
                while (we < s->end && c->t[we] == ' ')
                    we++;
                e = we;
                we = rel_word_at(c->t, e, s->end, w, sizeof w);
            }
            if (we == e || !rel_lookup_word(c->lex, w, named, cat) || strcmp(cat, "money") != 0)
                named[0] = '\0';
            const char *kind =
                !named[0] && we > e && c->lex ? tally_lexicon_get(c->lex, "actorwords", w, "kind")
                                              : NULL;
            if (kind && strcmp(kind, "currency") == 0)
                other_currency(c, R, lo, hi, named, sizeof named);   /* "to the pound" */
        }
        int paired = convert_pairs(c, R, lo, hi, named);
        if (paired < 0)
            return -1;
        if (paired || !money(c, R))
            continue;
        int back = convert_back(c, R, lo, hi, named);
        if (back < 0)
            return -1;
        if (back)
            continue;   /* "540 million thalers, worth about $120 million at 4.5 thalers
                           to the dollar": the sum in R's currency over R */
        size_t T = NOPOS;
        for (size_t j = R + 1; j < hi && T == NOPOS; j++)
            if (money(c, j) && rel_same_unit(&c->fi[j], &c->fi[R]))
                T = j;
        if (T == NOPOS) {   /* "96 million marks ...  At 20 marks to the pound this is £4.8m" */
            if (convert_prev(c, R, lo, hi, named) < 0)
                return -1;
            continue;
        }
        if (c->fi[T].used)
            continue;
        int cue = 0;
        for (size_t k = s->start; k < c->f->v[T].tstart && !cue; k++)
            for (size_t q = 0; q < sizeof total_cues / sizeof *total_cues && !cue; q++)
                cue = !(total_cues[q].how & CUE_RESTATE) &&
                      rel_phrase_at(c->t, k, s->end, total_cues[q].p);
        if (!cue) {   /* "£10m ...; at $4.03 to the pound it was worth some $43 million" */
            if (convert_one(c, R, T, lo, named) < 0)
                return -1;
            continue;
        }
        c->fi[T].used = 1;
        size_t a = lo, b = R;
        int n_here = 0;
        for (size_t j = lo; j < R; j++)
            n_here += money(c, j);
        if (n_here < 2 && lo > 0) {
            size_t ps = c->f->v[lo - 1].sent_index;
            if (ps < c->seg->nsents && c->seg->sents[ps].para == s->para)
                rel_sent_range(c, ps, &a, &b);
        }
        const char *other = NULL;
        int ok = 1, nother = 0;
        size_t parts[TALLY_REL_MAXPARTS], np = 0;
        for (size_t j = a; j < b && ok; j++) {
            if (!money(c, j) || c->fi[j].share || j == R)
                continue;
            if (!rel_same_unit(&c->fi[j], &c->fi[R])) {
                if (other && strcmp(other, c->fi[j].unit) != 0)
                    ok = 0;
                other = c->fi[j].unit;
                nother++;
            }
            if (np < TALLY_REL_MAXPARTS)
                parts[np++] = j;
        }
        if (ok && nother && nother == (int)np && a == lo) {
            /* "$62 a ton, a total of nearly $6 million; at 4.5 florins to the
               dollar, this cost about 26.8 million florins": the cue was the
               sum's own, one sum converted */
            c->fi[T].used = 0;
            if (convert_one(c, R, T, lo, named) < 0)
                return -1;
            continue;
        }
        if (!ok || !nother || nother == (int)np)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "rate of exchange");
        for (size_t m = 0; m < np; m++) {
            rel_part(c, &r, parts[m]);
            if (!rel_same_unit(&c->fi[parts[m]], &c->fi[R]))
                r.parts[m].rate = R + 1;
        }
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Rule 3b: "N formations with / which had / equipped with M aircraft". */
int rel_rule_with(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const with[] = {"with", "had", "having", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        for (size_t q = 0; with[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, with[q]);
            if (!e)
                continue;
            static const char *const each[] = {"each", NULL};
            static const char *const each_of[] = {"of", NULL};
            size_t F = rel_fact_before_s(c, i, lo, hi, 6, ",;:(");
            size_t A = rel_fact_after(c, e, lo, hi, 1);
            if (F != NOPOS && memchr(c->t + c->f->v[F].tend, ')', i - c->f->v[F].tend)) {
                size_t o = c->f->v[F].tstart;   /* "five squadrons (three of day fighters
                                                   and two of night fighters) with 84":
                                                   the five, before the bracket that
                                                   breaks it down */
                while (o > s->start && c->t[o - 1] != '(')
                    o--;
                size_t nin = 0;   /* a breakdown in the bracket, not "(18 squadrons)" */
                for (size_t j = lo; j < hi; j++)
                    nin += c->f->v[j].tstart >= o && c->f->v[j].tend <= i &&
                           rel_same_unit(&c->fi[j], &c->fi[F]);
                if (o > s->start && nin >= 2)
                    F = rel_fact_before_s(c, o - 1, lo, hi, 6, ",;:(");
            }
            if (F == NOPOS || A == NOPOS || !c->fi[F].formation || !c->fi[A].aircraft ||
                c->fi[A].used)
                continue;
            size_t k = c->f->v[F].tstart;   /* "five groups, each of four squadrons with
                                               18 aircraft": 18 a squadron, a chain's */
            static const char *const the[] = {"the", "its", "their", NULL};
            if (rel_word_before_is(c, k, s->start, the)) {   /* "Each of the 12 squadrons" */
                while (k > s->start && c->t[k - 1] == ' ')
                    k--;
                while (k > s->start && rel_wch((unsigned char)c->t[k - 1]))
                    k--;
            }
            if (rel_word_before_is(c, k, s->start, each_of)) {
                while (k > s->start && c->t[k - 1] == ' ')
                    k--;
                k -= 2;
            }
            if (rel_word_before_is(c, k, s->start, each))
                continue;
            static const char *const per[] = {"each", "apiece", NULL};
            if (rel_word_within(c, c->f->v[A].tend, s->end, 3, per))
                continue;   /* "12 squadrons had 18 aircraft each": a size, not a total */
            tally_relation r;
            rel_init(&r, TALLY_REL_NORM, A, with[q]);
            rel_part(c, &r, F);
            c->fi[A].used = 1;
            if (rel_add(c, &r) < 0)
                return -1;
        }
    }
    return 0;
}

/* 1 when one of the words ws occurs in t[a..b) on word boundaries. */
static int any_word(const ctx *c, size_t a, size_t b, const char *const *ws)
{
    for (size_t i = a; i < b; i++) {
        if (i > a && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        for (size_t q = 0; ws[q]; q++)
            if (rel_phrase_at(c->t, i, b, ws[q]))
                return 1;
    }
    return 0;
}

/* "The first 18 arrived in May, a second batch of 24 in June and a third
 * of 30 in July, which brought the number received to 76": the figures of
 * M's unit in M's sentence before the verb of growth at v (offset), the
 * first after "first", each later one after an ordinal ("second" ...
 * "sixth", "another", "further", "last", "final") since the one before;
 * two or more, no rates or shares, each smaller than M -> SUM M = all of
 * them.  1 when added, 0 when the sentence is no such series, -1 when out
 * of memory. */
static int lot_series(ctx *c, size_t M, size_t lo, size_t v)
{
    static const char *const first[] = {"first", NULL};
    static const char *const next[] = {"second", "third",   "fourth", "fifth", "sixth",
                                       "another", "further", "last",   "final", NULL};
    const tally_fact *mf = &c->f->v[M];
    size_t parts[TALLY_REL_MAXPARTS], np = 0, prev = c->seg->sents[mf->sent_index].start;
    for (size_t j = lo; j < M && c->f->v[j].tend <= v; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (!rel_same_unit(&c->fi[j], &c->fi[M]))
            continue;
        size_t a = jf->tstart > prev + 24 ? jf->tstart - 24 : prev;
        if (c->fi[j].share || rel_is_rate(c, j) || !(jf->value < mf->value) ||
            np == TALLY_REL_MAXPARTS || !any_word(c, a, jf->tstart, np ? next : first))
            return 0;
        parts[np++] = j;
        prev = jf->tend;
    }
    if (np < 2)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, M, "brought to");
    for (size_t k = 0; k < np; k++)
        rel_part(c, &r, parts[k]);
    c->fi[M].used = 1;
    return rel_add(c, &r) < 0 ? -1 : 1;
}

/* Round 438: the period a word in t[a..b) names as an adjective
 * ("bringing the monthly requirement to 50,000 sheets"), as an index of
 * relate_rate.c's periods (day, week, month, quarter, year, hour), -1
 * when no word there does. */
static int period_named(const ctx *c, size_t a, size_t b)
{
    static const char *const adj[] = {"daily", "weekly", "monthly", "quarterly", "yearly",
                                      "hourly", NULL};
    static const char *const annual[] = {"annual", NULL};
    for (int q = 0; adj[q]; q++)
        if (has_word(c, a, b, adj[q]) || (q == 4 && rel_phrase_in(c->t, a, b, annual)))
            return q;
    return -1;
}

/* 1 when figure j may be a term of a total of period mp: no rate, or
 * (mp a period) a rate per that same period ("43,200 sheets a month"). */
static int per_as(const ctx *c, size_t j, int mp)
{
    int p;
    if (!rel_rate_of(c, j, &p))
        return 1;
    return mp >= 0 && p == mp;
}

/* "£3.5m at 6 per cent ... and a further £1.5m followed, bringing the
 * loan to £5m": a figure M right after "to", a verb of growth ("bringing",
 * "raising", "taking", "brought" ...) at most six words before it in its
 * clause, an increment D of M's unit before the verb in M's sentence said
 * to be added ("a further", "another", "additional", "more"), and the
 * nearest figure B of M's unit before D in its paragraph (B, D smaller than
 * M, no rates, no shares) -> SUM M = B + D. */
int rel_rule_raised_to(ctx *c, size_t M, size_t lo)
{
    static const char *const to[] = {"to", NULL};
    static const char *const grow[] = {"bringing", "brought", "brings", "raising", "raised",
                                       "taking", "took", "increasing", "increased", NULL};
    static const char *const added[] = {"further", "another", "additional", "extra", "more",
                                        NULL};
    const tally_fact *mf = &c->f->v[M];
    const tally_sentence *s = &c->seg->sents[mf->sent_index];
    int mp = -1;
    if (c->fi[M].share || c->fi[M].used || !c->fi[M].unit[0] || M == lo ||
        !rel_word_before_is(c, mf->tstart, s->start, to))
        return 0;
    size_t a = mf->tstart > s->start + 80 ? mf->tstart - 80 : s->start;
    size_t v = NOPOS;
    int vw = 0;   /* words from the verb to M: more than 7 only for a series of lots */
    for (size_t i = a; i < mf->tstart && v == NOPOS; i++) {
        if (i > s->start && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        int w = rel_words_between(c->t, i, mf->tstart, ",;:.()");
        for (size_t q = 0; grow[q] && v == NOPOS && w >= 0 && w <= 12; q++)
            if (rel_phrase_at(c->t, i, mf->tstart, grow[q]))
                v = i, vw = w;
    }
    if (v == NOPOS)
        return 0;
    if (!rel_rate_of(c, M, &mp))
        mp = period_named(c, v, mf->tstart);   /* "the monthly requirement to" */
    else if (mp < 0)
        return 0;   /* "to 40 each" */
    size_t D = NOPOS;
    for (size_t j = M; j-- > lo && D == NOPOS;)
        if (c->f->v[j].tend <= v && !c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[M]))
            D = j;
    if (D == NOPOS || !per_as(c, D, mp) || !(c->f->v[D].value < mf->value))
        return 0;
    int lots = lot_series(c, M, lo, v);
    if (lots != 0 || vw > 7)
        return lots < 0 ? -1 : 0;
    const tally_fact *df = &c->f->v[D];
    size_t ba = df->tstart > s->start + 24 ? df->tstart - 24 : s->start;
    if (!any_word(c, ba, df->tstart, added) && !any_word(c, df->tend, v, added))
        return 0;
    size_t B = NOPOS;
    for (size_t j = D; j-- > 0 && B == NOPOS;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->para != mf->para || jf->section != mf->section)
            break;
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[M]))
            B = j;
    }
    if (B == NOPOS || !per_as(c, B, mp) || !(c->f->v[B].value < mf->value))
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, M, "brought to");
    rel_part(c, &r, B);
    rel_part(c, &r, D);
    r.looked_back = c->f->v[B].sent_index != mf->sent_index;
    c->fi[M].used = 1;
    return rel_add(c, &r);
}

/* The lowest and highest values fact j may have ("two or three": 2 and 3,
 * "at least nine": 9 and 9). */
static void fact_bounds(const tally_fact *f, double *low, double *high)
{
    *low = isnan(f->low) ? f->value : f->low;
    *high = isnan(f->high) ? f->value : f->high;
}

/* Rule 3c: "The marshal wanted at least nine regiments.  In addition to
 * three or four Tu-2 regiments, the army could send four or five Il-28
 * regiments": a sentence opening with "in addition to" lists the parts
 * (the figure right after the cue and the later figures of its unit, at
 * its parenthesis depth), and their total is a figure of that unit in the
 * sentence before, in the same paragraph.  The cue names no total, so one
 * is taken only when the parts can add up to it (its bounds meet those of
 * their sum); of several, the nearest to the middle.  A reading, never a
 * slip: no relation when no figure fits ("needed 21 tanks ... in addition
 * to 10 ..., 10 more" may be a shortfall, not a wrong sum). */
int rel_rule_in_addition(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    if (lo == 0 || lo >= hi)
        return 0;
    size_t e = 0;
    for (size_t i = s->start; i < c->f->v[lo].tstart && !e; i++)
        if (rel_words_between(c->t, s->start, i, "") == 0)
            e = rel_phrase_at(c->t, i, s->end, "in addition to");
        else
            break;
    size_t A = e ? rel_fact_after(c, e, lo, hi, 1) : NOPOS;
    if (A == NOPOS || c->fi[A].share || c->fi[A].used || !c->fi[A].unit[0])
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, A, "in addition to");
    double sl, sh, l, h, top;
    fact_bounds(&c->f->v[A], &sl, &sh);
    top = sh;
    size_t parts[TALLY_REL_MAXPARTS], np = 0;
    parts[np++] = A;
    for (size_t j = A + 1; j < hi && np < TALLY_REL_MAXPARTS; j++) {
        if (c->fi[j].share || c->fi[j].used || c->fi[j].popen != c->fi[A].popen ||
            !rel_same_unit(&c->fi[j], &c->fi[A]))
            continue;
        parts[np++] = j;
        fact_bounds(&c->f->v[j], &l, &h);
        sl += l;
        sh += h;
        top = h > top ? h : top;
    }
    size_t ps = c->f->v[lo - 1].sent_index, a, b;
    if (np < 2 || ps >= c->seg->nsents || c->seg->sents[ps].para != s->para)
        return 0;
    rel_sent_range(c, ps, &a, &b);
    size_t T = NOPOS;
    double mid = (sl + sh) / 2, best = 0;
    for (size_t j = a; j < b; j++) {
        double v = c->f->v[j].value, tl, th;
        fact_bounds(&c->f->v[j], &tl, &th);
        if (c->fi[j].share || c->fi[j].used || !rel_same_unit(&c->fi[j], &c->fi[A]) ||
            !(v > top) || th < sl || tl > sh)
            continue;
        if (T == NOPOS || fabs(v - mid) < best)
            T = j, best = fabs(v - mid);
    }
    if (T == NOPOS)
        return 0;
    r.stated = T;
    for (size_t k = 0; k < np; k++)
        rel_part(c, &r, parts[k]);
    return rel_add(c, &r);
}

/* 1 when fact j is the stated figure of a relation already. */
static int stated_by_any(const ctx *c, size_t j)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].stated == j && !c->out->v[i].average)
            return 1;   /* an average states its quotient, not the total it divides */
    return 0;
}

/* 1 when fact j is an operand of a relation already. */
static int operand_of_any(const ctx *c, size_t j)
{
    for (size_t i = 0; i < c->out->n; i++)
        for (size_t k = 0; k < c->out->v[i].nparts; k++)
            if (c->out->v[i].parts[k].fact == j)
                return 1;
    return 0;
}

/* 1 when fact j may be a term of an implicit sum of T's unit: a whole
 * count (exact, no share, no rate) of T's unit below T. */
static int sum_term(const ctx *c, size_t j, size_t T)
{
    const tally_fact *jf = &c->f->v[j];
    return !c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[T]) &&
           jf->qual == TALLY_Q_EXACT && jf->value >= 1 && jf->value == floor(jf->value) &&
           jf->value < c->f->v[T].value && !rel_is_rate(c, j);
}

/* 1 when fact j follows a colon in its sentence (no ';' between) and a
 * larger figure of its unit comes before that colon: j is an item of that
 * figure's breakdown ("40 guns in five batteries: 8 of 240 mm, 12 ..."). */
static int breakdown_item(const ctx *c, size_t j)
{
    const tally_fact *jf = &c->f->v[j];
    size_t st = c->seg->sents[jf->sent_index].start, k = jf->tstart;
    while (k > st && c->t[k - 1] != ':' && c->t[k - 1] != ';')
        k--;
    if (k == st || c->t[k - 1] != ':')
        return 0;
    for (size_t F = j; F-- > 0 && c->f->v[F].sent_index == jf->sent_index;)
        if (c->f->v[F].tend < k && rel_same_unit(&c->fi[F], &c->fi[j]))
            return c->f->v[F].value > jf->value;
    return 0;
}

/* Rule 11: a total stated with no cue ("the 80 British trucks, and 40
 * more ... With 120 new vehicles"): a whole count T (exact, at least 10,
 * stated by no relation, not a member of a list with the figure before it)
 * equal to the sum of the last two to six figures of its unit before it,
 * in its sentence and the one before in its paragraph, and not yet an
 * operand of another relation -> SUM.  Only an
 * exact equality is taken: without a cue, a sum that does not add up is no
 * evidence that the text asserts one. */
int rel_rule_implicit_sum(ctx *c, size_t T)
{
    const tally_fact *tf = &c->f->v[T];
    if (c->fi[T].share || c->fi[T].used || !c->fi[T].unit[0] || tf->qual != TALLY_Q_EXACT ||
        !(tf->value >= 10) || tf->value != floor(tf->value) || rel_is_rate(c, T) ||
        stated_by_any(c, T) || operand_of_any(c, T) || T == 0)
        return 0;   /* "21 short of the 60": 60 is accounted for already */
    if (rel_same_unit(&c->fi[T - 1], &c->fi[T]) &&
        rel_joined_to(c->t, c->f->v[T - 1].tend, tf->tstart))
        return 0;   /* "80, 40 and 120 trucks": a list, not its total */
    size_t terms[6], n = 0;
    for (size_t j = T; j-- > 0 && n < 6;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < tf->sent_index ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[tf->sent_index].para)
            break;
        if (!rel_same_unit(&c->fi[j], &c->fi[T]) || breakdown_item(c, j))
            continue;   /* items of a breakdown are counted in its figure */
        if (!sum_term(c, j, T))
            break;
        terms[n++] = j;
    }
    double sum = 0;
    for (size_t k = 0; k < n; k++) {
        sum += c->f->v[terms[k]].value;
        if (k == 0 || sum != tf->value)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "sum of the figures before");
        for (size_t m = k + 1; m-- > 0;)
            rel_part(c, &r, terms[m]);
        c->fi[T].used = 1;
        return rel_add(c, &r);
    }
    return 0;
}

/* 1 when figure a comes before figure b in one list: joined by a comma or
 * "and" (rel_joined_to), b said to be added ("...; the air force needed a
 * further 1,700 tons", at most sixteen words on), or at most five words
 * between them, one of them "and" ("a further 1,700 tons and the railway
 * itself some 900 tons"). */
static int listed(const ctx *c, size_t a, size_t b)
{
    static const char *const added[] = {"further", "another", "additional", "extra", NULL};
    size_t x = c->f->v[a].tend, y = c->f->v[b].tstart;
    if (rel_joined_to(c->t, x, y))
        return 1;
    /* "9,900 tons a day for the whole force; the air force needed a
     * further 1,700 tons": a quantity added to the one before */
    int w = rel_words_between(c->t, x, y, ":()");
    if (w >= 0 && w <= 16 && rel_word_before_is(c, y, c->seg->sents[c->f->v[b].sent_index].start,
                                                added))
        return 1;
    static const char *const and_word[] = {"and", NULL};
    w = rel_words_between(c->t, x, y, ";:()");
    return w >= 0 && w <= 5 && rel_phrase_in(c->t, x, y, and_word);
}

/* 1 when fact j is the size of one formation the document stated
 * ("battalions of 21 tanks"), or an operand of a product found already. */
static int a_size(const ctx *c, size_t j)
{
    for (size_t k = 0; k < c->nsizes; k++)
        if (c->sizes[k].fact == j)
            return 1;
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].kind == TALLY_REL_PRODUCT)
            for (size_t k = 0; k < c->out->v[i].nparts; k++)
                if (c->out->v[i].parts[k].fact == j)
                    return 1;
    return 0;
}

/* 1 when every one of the n figures parts[] is a price said of one item
 * right after it ("46 schillings for a greatcoat, 22 for a pair of felt
 * boots"): such prices add up to the price of a set only when each item
 * counts once in it, which the list does not say. */
static int priced_items(const ctx *c, const size_t *parts, size_t n)
{
    static const char *const one[] = {"for a", "for an", "for one", "for each", "for every",
                                      "per", "apiece", NULL};
    for (size_t k = 0; k < n; k++) {
        size_t a = c->f->v[parts[k]].tend, b = a;
        size_t send = c->seg->sents[c->f->v[parts[k]].sent_index].end;
        for (int w = 0; w < 3 && b < send; w++) {   /* the unit word at most, then the cue */
            while (b < send && c->t[b] == ' ')
                b++;
            size_t e = b;
            while (e < send && rel_wch((unsigned char)c->t[e]))
                e++;
            if (e == b)
                break;
            b = e;
        }
        int found = 0;
        for (size_t i = a; i < b && !found; i++)
            for (size_t q = 0; one[q] && !found; q++)
                found = rel_phrase_at(c->t, i, send, one[q]) != 0;
        if (!found)
            return 0;
    }
    return n >= 2;
}

/* The plain sum of prices of one item each (priced_items) is no check of
 * the set's price T when it misses T: the set may hold two of an item
 * ("two pairs of gloves a man", said elsewhere). */
static int set_price_unsure(const ctx *c, const size_t *parts, size_t n, size_t T, double sum)
{
    const tally_fact *tf = &c->f->v[T];
    double lo = isnan(tf->low) ? tf->value : tf->low, hi = isnan(tf->high) ? tf->value : tf->high;
    return priced_items(c, parts, n) && (sum < lo - 1e-9 || sum > hi + 1e-9);
}

/* 1 when the words t[a..b) between two figures of a list end in a comma
 * and an ordinal label of the next item's holder: "lost 140 bicycles, the
 * 4th 95" ("the" optional; "4th", "second" ...; at most four words). */
static int ordinal_item(const ctx *c, size_t a, size_t b)
{
    static const char *const ord[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                      "seventh", "eighth", "ninth", "tenth", NULL};
    int w = rel_words_between(c->t, a, b, ";:()");
    size_t z = b;
    while (z > a && c->t[z - 1] == ' ')
        z--;
    size_t y = z;
    while (y > a && rel_wch((unsigned char)c->t[y - 1]))
        y--;
    if (w < 1 || w > 4 || y == z || y == a)
        return 0;
    int is_ord = rel_word_before_is(c, z, a, ord) || (isdigit((unsigned char)c->t[y]) &&
                 z - y >= 3 && z - y <= 6 && (strncasecmp(c->t + z - 2, "st", 2) == 0 ||
                 strncasecmp(c->t + z - 2, "nd", 2) == 0 || strncasecmp(c->t + z - 2, "rd", 2) == 0 ||
                 strncasecmp(c->t + z - 2, "th", 2) == 0));
    size_t x = y;   /* back over "the" to the comma */
    while (x > a && c->t[x - 1] == ' ')
        x--;
    if (x >= a + 3 && strncasecmp(c->t + x - 3, "the", 3) == 0)
        for (x -= 3; x > a && c->t[x - 1] == ' ';)
            x--;
    return is_ord && x > a && c->t[x - 1] == ',';
}

static int general_word_in(const char *n);

/* 1 when total T counts materiel under a general noun ("450 machines",
 * "vehicles") of which item P, of T's category, names one kind ("140
 * bicycles"): T may add up such items. */
static int materiel_of(const ctx *c, size_t T, size_t P)
{
    return strcmp(c->fi[T].cat, "materiel") == 0 && strcmp(c->fi[P].cat, "materiel") == 0 &&
           c->fi[P].unit[0] && c->f->v[T].noun && c->f->v[T].noun[0] &&
           general_word_in(c->f->v[T].noun);
}

/* 1 when fact j counts the holders of the list item P right after it: "the
 * other four together 215", "the remaining two 60" (after "other" or
 * "remaining", a small whole number, at most two words and no mark between
 * it and P): the item's count of holders, no item itself. */
static int holders_of(const ctx *c, size_t j, size_t P)
{
    static const char *const other[] = {"other", "remaining", NULL};
    double v = c->f->v[j].value;
    int w = rel_words_between(c->t, c->f->v[j].tend, c->f->v[P].tstart, ",;:()");
    return v >= 2 && v <= 12 && v == floor(v) && w >= 0 && w <= 2 &&
           rel_word_before_is(c, c->f->v[j].tstart, c->seg->sents[c->f->v[j].sent_index].start,
                              other);
}

/* Rule 3d: a list and its running total after "so that": "handed over six
 * boats in 1961, seven in 1962 and nine in 1963, so that by the end of
 * 1963 the navy had 22": two or more figures of one unit in a list right
 * before the cue (listed(); no share), adding up to at least half of the
 * first figure after the cue (at most
 * twelve words on, no ';' between) of their unit and above each of them
 * -> SUM. */
int rel_rule_so_that(ctx *c, size_t si, size_t lo, size_t hi)
{
    if (rel_rule_running_total(c, si, lo, hi) < 0)
        return -1;   /* a list that began in the sentences before is all of it */
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        size_t e = rel_phrase_at(c->t, i, s->end, "so that");
        if (!e)
            continue;
        size_t last = rel_fact_before_s(c, i, lo, hi, 4, ";:()");
        size_t T = rel_fact_after(c, e, lo, hi, 12);
        if (last == NOPOS || T == NOPOS || c->fi[T].share || c->fi[T].used ||
            stated_by_any(c, T) || rel_is_rate(c, T) ||
            (!rel_same_unit(&c->fi[T], &c->fi[last]) && !materiel_of(c, T, last)) ||
            rel_words_between(c->t, e, c->f->v[T].tstart, ";") < 0)
            continue;
        size_t parts[TALLY_REL_MAXPARTS], n = 0;
        double sum = 0;
        for (size_t j = last + 1; j-- > lo && n < TALLY_REL_MAXPARTS;) {
            if (n && compared(c, j))
                continue;   /* "5,000 fewer than asked for": a comparison, no item */
            if (n && holders_of(c, j, parts[n - 1]))
                continue;   /* "the other four together 215": a count of holders */
            if (c->fi[j].share || !rel_same_unit(&c->fi[j], &c->fi[last]) ||
                !(c->f->v[j].value < c->f->v[T].value) || a_size(c, j) ||
                (n && !listed(c, j, parts[n - 1]) &&
                 !ordinal_item(c, c->f->v[j].tend, c->f->v[parts[n - 1]].tstart)) ||
                (n && per_one_of(c, j, parts[n - 1])))
                break;   /* "battalions of 21 tanks, which gave 189": 21 is a size */
            parts[n++] = j;
            sum += c->f->v[j].value;
        }
        if (n < 2 || sum < 0.5 * c->f->v[T].value)
            continue;   /* far below the total: the list is not all of it */
        if (set_price_unsure(c, parts, n, T, sum))
            continue;   /* prices of one item each: the set's make-up is unsaid */
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "so that");
        for (size_t k = n; k-- > 0;)
            rel_part(c, &r, parts[k]);   /* T stays free: "had received 78 of the 110, */
        if (rel_add(c, &r) < 0)           /* just over 70 per cent" is a share of it too */
            return -1;
    }
    return 0;
}

/* 1 when noun phrase n (or no noun) names things in general, not one of
 * their kinds: "aircraft", "transport planes", "men", but not "fighters"
 * or "C-47s" (whose unit is aircraft too): "36 fighters, 16 trainers and
 * 8 bombers" is a list of three kinds, no total and its parts. */
static int general_word_in(const char *n)
{
    static const char *const heads[] = {"aircraft", "airplane", "airplanes", "aeroplane",
                                        "aeroplanes", "plane", "planes", "machine",
                                        "machines", "ship", "ships", "vessel", "vessels",
                                        "boat", "boats", "hull", "hulls", "vehicle",
                                        "vehicles", "weapon", "weapons", "gun", "guns",
                                        "man", "men", "person", "persons", "people",
                                        "soldier", "soldiers", "troop", "troops",
                                        "worker", "workers", NULL};
    if (!n || !*n)
        return 1;
    for (const char *p = n; *p;) {
        while (*p == ' ')
            p++;
        size_t len = strcspn(p, " ");
        for (size_t q = 0; heads[q]; q++)
            if (strlen(heads[q]) == len && strncasecmp(p, heads[q], len) == 0)
                return 1;
        p += len;
    }
    return 0;
}

/* 1 when fact T counts things of a general noun that a list of more
 * particular ones may break down ("110 aircraft": fighters and bombers;
 * "60 ships", "12,000 men"). */
static int general_noun(const ctx *c, size_t T)
{
    static const char *const general[] = {"aircraft", "ship", "vessel", "boat", "hull",
                                          "vehicle", "weapon", "gun", "man", "person",
                                          "soldier", "troop", "worker", NULL};
    for (size_t q = 0; general[q]; q++)
        if (strcmp(c->fi[T].unit, general[q]) == 0)
            return general_word_in(c->f->v[T].noun);
    return 0;
}

/* 1 when the noun phrases a and b end in the same word ("guns" and
 * "guns"; not "aircraft" and "fighters"); also when either is empty. */
static int same_head(const char *a, const char *b)
{
    if (!a || !b || !*a || !*b)
        return 1;
    const char *ha = strrchr(a, ' '), *hb = strrchr(b, ' ');
    ha = ha ? ha + 1 : a;
    hb = hb ? hb + 1 : b;
    return strcasecmp(ha, hb) == 0;
}

/* A test of figure j as an item of total T in a list after T. */
typedef int (*item_fn)(const ctx *c, size_t j, size_t T);

/* The list of items from fact first on (joined by commas or "and"), each
 * unused, no share, below T and passing fits: their indexes in parts[],
 * their sum in *sum; returns how many.  A parenthesis opened after an item
 * is an aside on it ("171,000 (60 per cent) ... and 114,000"), passed over. */
/* 1 when t[a..b) ends a list item and opens the next with a label of at
 * most five words: ", housing 720 million", " and agriculture the
 * remaining 180 million" (no ; : ( ) between).  A label ending in "of"
 * gives the size of a group, no item: ", organised in squadrons of
 * twelve". */
static int labelled_item(const ctx *c, size_t a, size_t b)
{
    static const char *const of[] = {"of", NULL};
    if (rel_words_between(c->t, a, b, ";:()") < 0 || rel_word_before_is(c, b, a, of))
        return 0;
    size_t k = b;
    while (k > a && c->t[k - 1] != ',' && !(k >= a + 5 && rel_phrase_at(c->t, k - 5, b, " and ")))
        k--;
    return k > a && rel_words_between(c->t, k, b, "") <= 5;
}

static size_t parts_after(const ctx *c, size_t first, size_t hi, size_t T, item_fn fits,
                          size_t *parts, double *sum)
{
    size_t np = 0;
    *sum = 0;
    static const char *const nested[] = {"of which", "of whom", NULL};
    for (size_t j = first; j < hi && np < TALLY_REL_MAXPARTS; j++) {
        size_t pe = np ? c->f->v[parts[np - 1]].tend : 0;   /* the item before */
        if (np && c->fi[j].popen != c->fi[first].popen && c->fi[j].popen != NOPOS &&
            c->fi[j].popen >= pe)
            continue;   /* an aside on the item before: "171,000 (60 per cent) ..." */
        if (j > first && !rel_joined_to(c->t, pe, c->f->v[j].tstart) &&
            !labelled_item(c, pe, c->f->v[j].tstart))
            break;
        if (j > first && rel_phrase_in(c->t, pe, c->f->v[j].tstart, nested))
            break;   /* "200, of which 120": a part of the 200, no item beside it */
        if (c->fi[j].used || c->fi[j].share || !(c->f->v[j].value < c->f->v[T].value) ||
            !fits(c, j, T))
            break;
        parts[np++] = j;
        *sum += c->f->v[j].value;
    }
    return np;
}

/* An item of a total of a general noun: no rate, of T's unit or kind, and
 * not the same noun again ("410 guns, 300 guns and 280 guns": a list). */
static int item_of_total(const ctx *c, size_t j, size_t T)
{
    return !rel_is_rate(c, j) && (rel_same_unit(&c->fi[j], &c->fi[T]) ||
                                  same_kind(&c->fi[j], &c->fi[T])) &&
           !same_head(c->f->v[j].noun, c->f->v[T].noun);
}

/* An item of a total of a general noun named by a noun the lexicon does
 * not know ("38 men drowned, 14 lockkeepers and 24 dockhands"): an item of
 * the total (item_of_total()) or a count of category "other", no rate, not
 * T's unit, its noun no name of a make ("25 Dakotas and 15 Yorks" are
 * left to the products of rule 7a); the caller asks the list to come
 * within a tenth of T. */
static int item_unknown(const ctx *c, size_t j, size_t T)
{
    return item_of_total(c, j, T) ||
           (!rel_is_rate(c, j) && c->fi[j].unit[0] && strcmp(c->fi[j].cat, "other") == 0 &&
            c->f->v[j].noun && !isupper((unsigned char)c->f->v[j].noun[0]) &&
            !rel_same_unit(&c->fi[j], &c->fi[T]) && !same_head(c->f->v[j].noun, c->f->v[T].noun));
}

/* 1 when a list whose last two items are facts a and a + 1 was closed by
 * "and" before the last, and a comma then stands before fact nx: "19
 * clerks and 26 porters, and more than 300 ..." (a clause of its own). */
static int and_closed(const ctx *c, size_t a, size_t nx)
{
    static const char *const and[] = {"and", NULL};
    size_t e = c->f->v[nx - 1].tend;
    return nx == a + 2 && rel_phrase_in(c->t, c->f->v[a].tend, c->f->v[a + 1].tstart, and) &&
           memchr(c->t + e, ',', c->f->v[nx].tstart - e) != NULL;
}

/* An item of a total of a qualified noun ("five engineer battalions, three
 * pioneer battalions and two bridging battalions"): of T's unit, no rate,
 * its head T's and a modifier of its own. */
static int item_of_qualified(const ctx *c, size_t j, size_t T)
{
    const char *n = c->f->v[j].noun, *tn = c->f->v[T].noun;
    return !rel_is_rate(c, j) && rel_same_unit(&c->fi[j], &c->fi[T]) && n && tn &&
           strchr(n, ' ') && !strstr(n, " of ") && same_head(n, tn) && strcasecmp(n, tn) != 0;
}

/* An item of a whole named first: of its unit, kind or bare, a rate when
 * the whole is one. */
static int item_of_whole(const ctx *c, size_t j, size_t T)
{
    return rel_is_rate(c, j) == rel_is_rate(c, T) &&
           (rel_same_unit(&c->fi[j], &c->fi[T]) || same_kind(&c->fi[j], &c->fi[T]) ||
            rel_bare(&c->f->v[j]));
}

/* An item after "made up of": as item_of_whole(), rates aside ("56 tons a
 * day were made up of 18 tons of food"). */
static int item_made_up(const ctx *c, size_t j, size_t T)
{
    return rel_same_unit(&c->fi[j], &c->fi[T]) || same_kind(&c->fi[j], &c->fi[T]) ||
           rel_bare(&c->f->v[j]);
}

/* An item of a whole said to "be" its kinds ("The 14 ships were nine
 * steamers, four motor coasters and two sailing vessels"): a count, no
 * rate, of T's unit, kind or category, or of a noun the lexicon does not
 * know (kinds_named() and the sum guard the rest). */
static int item_kind(const ctx *c, size_t j, size_t T)
{
    return !rel_is_rate(c, j) &&
           (rel_same_unit(&c->fi[j], &c->fi[T]) || same_kind(&c->fi[j], &c->fi[T]) ||
            strcmp(c->fi[j].cat, c->fi[T].cat) == 0 || strcmp(c->fi[j].cat, "other") == 0);
}

/* 1 when figure W is the whole that T is a part of, right after it: "17
 * of the 24 vessels" (at most "of the" between, W of T's unit and larger). */
static int whole_of(const ctx *c, size_t T, size_t W)
{
    static const char *const of[] = {"of the", "out of", "of", NULL};
    size_t a = c->f->v[T].tend, b = c->f->v[W].tstart;
    return W == T + 1 && rel_words_between(c->t, a, b, ",;:()") >= 0 &&
           rel_words_between(c->t, a, b, "") <= 3 && rel_phrase_in(c->t, a, b, of) &&
           rel_same_unit(&c->fi[T], &c->fi[W]) && c->f->v[W].value > c->f->v[T].value;
}

/* 1 when noun phrase n names a kind of what a measure weighs: "tons of
 * cargo", "tons of grain" (" of " and a word after it). */
static int of_kind(const char *n)
{
    const char *o = n ? strstr(n, " of ") : NULL;
    return o && isalpha((unsigned char)o[4]);
}

/* For a measured total ("186,000 tons of cargo"): 1 when each part names a
 * kind of its own ("94,000 tons of grain, 51,000 tons of ores"), none the
 * total's, and the parts come within a tenth of the total. */
static int kinds_measured(const ctx *c, size_t T, const size_t *parts, size_t np, double sum)
{
    double v = c->f->v[T].value;
    if (sum < 0.9 * v || sum > 1.1 * v)
        return 0;
    for (size_t m = 0; m < np; m++) {
        const char *n = c->f->v[parts[m]].noun;
        if (!of_kind(n) || !rel_same_unit(&c->fi[parts[m]], &c->fi[T]) ||
            strcasecmp(strstr(n, " of "), strstr(c->f->v[T].noun, " of ")) == 0)
            return 0;
        for (size_t q = 0; q < m; q++)
            if (strcasecmp(n, c->f->v[parts[q]].noun) == 0)
                return 0;
    }
    return 1;
}

/* 1 when figure T is the first item of a list whose whole stands before
 * it: "of which", "of whom" or "of them" right before T, or
 * a larger figure of T's unit or kind earlier in T's clause ("The 418
 * aircraft of 1943 were 251 fighters, 118 trainers and 49 bombers"). */
static int first_item(const ctx *c, size_t T, size_t lo)
{
    static const char *const of[] = {"of which", "of whom", "of them", "of these", NULL};
    const tally_fact *tf = &c->f->v[T];
    size_t start = c->seg->sents[tf->sent_index].start;
    size_t a = T > lo ? c->f->v[T - 1].tend : start;
    if (tf->tstart > a + 16)
        a = tf->tstart - 16;   /* the few words right before T */
    if (rel_phrase_in(c->t, a, tf->tstart, of))
        return 1;
    size_t lim = tf->tstart;   /* "37 ships lay waiting: 22 grain ships, nine ...": a
                                  colon right before T opens T's list, the whole
                                  may stand before it */
    for (size_t k = T > lo ? c->f->v[T - 1].tend : start; k < tf->tstart; k++)
        if (c->t[k] == ';' || c->t[k] == ':')
            lim = c->t[k] == ':' ? k : tf->tstart;
    for (size_t j = T; j-- > lo;) {
        if (rel_words_between(c->t, c->f->v[j].tend, lim, ";:") < 0)
            break;
        if (!c->fi[j].share && !rel_is_rate(c, j) && c->f->v[j].value > tf->value &&
            (rel_same_unit(&c->fi[j], &c->fi[T]) || same_kind(&c->fi[j], &c->fi[T])))
            return 1;
    }
    return 0;
}

/* 1 when noun phrase n has a modifier before its head ("light guns",
 * "field howitzers"; not "guns", not "tons of grain"). */
static int modified_noun(const char *n)
{
    return n && strchr(n, ' ') && !strstr(n, " of ");
}

/* 1 when T and every one of parts[0..np) are named alike, a modifier and a
 * head each ("300 light guns, 120 field howitzers and 48 heavy howitzers"):
 * kinds side by side in one list, no total before its parts. */
static int parallel_kinds(const ctx *c, size_t T, const size_t *parts, size_t np)
{
    if (!modified_noun(c->f->v[T].noun))
        return 0;
    for (size_t m = 0; m < np; m++)
        if (!modified_noun(c->f->v[parts[m]].noun))
            return 0;
    return 1;
}

/* 1 when a group's noun names T as its size: "a flotilla of nine boom
 * vessels", "a column of 40 motor lorries" ("a" or "an", one or two words,
 * then "of" right before T; not "a total of", a cue of its own). */
static int group_size(const ctx *c, size_t T)
{
    static const char *const of[] = {"of", NULL}, *const a[] = {"a", "an", NULL},
                             *const no[] = {"total", "loss", "losses", "shortfall", "further",
                                            "number", NULL};
    size_t start = c->seg->sents[c->f->v[T].sent_index].start, k = c->f->v[T].tstart;
    if (!rel_word_before_is(c, k, start, of))
        return 0;
    k = rel_word_back(c, k, start);
    if (rel_word_before_is(c, k, start, no))
        return 0;
    for (int n = 0; n < 2; n++) {
        size_t b = rel_word_back(c, k, start);
        if (b == k || !rel_wch((unsigned char)c->t[b]))
            return 0;   /* a mark before the word: no group named */
        k = b;
        if (rel_word_before_is(c, k, start, a))
            return 1;
    }
    return 0;
}

/* 1 when no two of parts[0..np) nor any part and T share a head noun:
 * "five converted trawlers and three old colliers" of "nine boom vessels"
 * (not "120 field howitzers and 48 heavy howitzers"). */
static int heads_apart(const ctx *c, size_t T, const size_t *parts, size_t np)
{
    for (size_t m = 0; m < np; m++) {
        if (same_head(c->f->v[parts[m]].noun, c->f->v[T].noun))
            return 0;
        for (size_t q = 0; q < m; q++)
            if (same_head(c->f->v[parts[m]].noun, c->f->v[parts[q]].noun))
                return 0;
    }
    return 1;
}

/* 1 when nothing after figure j, the last of two parts, says they are
 * only some of the whole: no other figure later in its sentence ("...,
 * while 500 were lost") and no "rest", "remainder", "others", "balance"
 * or "remaining" after it ("and the rest were spoiled"); a check that
 * takes two parts for all of a whole needs the sentence to end with them
 * (round 422). */
static int parts_close(const ctx *c, size_t j)
{
    static const char *const rest[] = {"rest", "remainder", "others", "balance", "remaining",
                                       NULL};
    size_t end = c->seg->sents[c->f->v[j].sent_index].end;
    if (j + 1 < c->f->n && c->f->v[j + 1].tstart < end)
        return 0;
    return !rel_phrase_in(c->t, c->f->v[j].tend, end, rest);
}

/* 1 when figures a and b of a list are joined by "and" alone (no comma). */
static int and_joined(const ctx *c, size_t a, size_t b)
{
    static const char *const and_[] = {"and", NULL};
    size_t x = c->f->v[a].tend, y = c->f->v[b].tstart;
    return rel_phrase_in(c->t, x, y, and_) && !memchr(c->t + x, ',', y - x);
}

/* An item of T named by one word and no noun of its own ("1,450 bombs,
 * 950 light and 400 heavy"): a bare figure of T's unit (its noun carried
 * over from T), no rate, one word after it that is no function word, then
 * a comma, ";", "and" or the end of the sentence. */
static int item_elliptic(const ctx *c, size_t j, size_t T)
{
    static const char *const no[] = {"each", "apiece", "more", "less", "fewer", "other",
                                     "others", "too", "also", "only", "again", "so", "in",
                                     "on", "at", "by", "of", "to", "for", "from", "with",
                                     "per", "a", "an", "the", "were", "was", NULL};
    const tally_fact *f = &c->f->v[j];
    if (rel_is_rate(c, j) || !rel_same_unit(&c->fi[j], &c->fi[T]) || !f->mention ||
        !f->number_text || strcmp(f->mention, f->number_text) != 0)
        return 0;
    size_t end = c->seg->sents[f->sent_index].end, k = f->tend;
    while (k < end && c->t[k] == ' ')
        k++;
    char w[48];
    size_t e = rel_word_at(c->t, k, end, w, sizeof w);
    if (e == k || !islower((unsigned char)w[0]))
        return 0;
    for (size_t q = 0; no[q]; q++)
        if (strcmp(w, no[q]) == 0)
            return 0;
    while (e < end && c->t[e] == ' ')
        e++;
    return e >= end || c->t[e] == ',' || c->t[e] == ';' || c->t[e] == '.' ||
           rel_phrase_at(c->t, e, end, "and");
}

/* Rule 3e: a total and then its parts: "deliver 110 aircraft over three
 * years, 70 MiG-15 fighters and 40 Tu-2 torpedo bombers": a total T of a
 * general noun (general_noun()), a comma at most five words after it, then
 * two or more figures joined by commas and "and", each of T's unit or of
 * the same kind, named by a noun of its own and below T, adding up to half
 * to one and a half times T -> SUM.  A total of a measure naming what it
 * weighs ("186,000 tons of cargo in the year, 94,000 tons of grain, 51,000
 * tons of ores and 38,000 tons of oils") takes parts each of its unit and
 * of a kind of their own, within a tenth of it (kinds_measured()); a total
 * of a qualified noun ("five engineer battalions, three pioneer battalions
 * and two bridging battalions") parts of its head with modifiers of their
 * own, adding up to it exactly (item_of_qualified()). */
int rel_rule_total_first(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const list_openers[] = {"all", "including", "namely", NULL};
    static const char *const some_openers[] = {"including", NULL};
    size_t send = c->seg->sents[si].end;
    for (size_t T = lo; T + 2 < hi; T++) {
        const finfo *t = &c->fi[T];
        if (t->used || t->share || !t->unit[0] || c->f->v[T].qual == TALLY_Q_AT_LEAST ||
            c->f->v[T].qual == TALLY_Q_AT_MOST)
            continue;
        int general = general_noun(c, T);
        int measured = !general && !t->part && of_kind(c->f->v[T].noun);
        int qualified = !general && !measured && !t->part && modified_noun(c->f->v[T].noun);
        /* otherwise only kinds named by one word each: "1,450 bombs, 950
         * light and 400 heavy" (item_elliptic()) */
        int ellip_only = !(general || measured || qualified);
        if (rel_is_rate(c, T) || (T > lo && whole_of(c, T - 1, T)))
            continue;   /* "17 of the 24 vessels, all six monitors, ...": the 17's list */
        if (first_item(c, T, lo))
            continue;   /* "60 aircraft, of which 36 were to be fighters, 16 trainers and
                           eight bombers"; "The 418 aircraft were 251 fighters, 118 ...":
                           T opens the list of a whole before it */
        size_t k = c->f->v[T].tend;
        while (k < send && c->t[k] != ',' && c->t[k] != ';' && c->t[k] != ':' &&
               c->t[k] != '(' && c->t[k] != '.')
            k++;
        size_t first = k < send ? rel_fact_after(c, k + 1, lo, hi, 0) : NOPOS;
        int partial = 0;   /* ", including ...": a list of some of the parts */
        if (first == NOPOS && k < send && rel_word_within(c, k + 1, send, 1, list_openers)) {
            first = rel_fact_after(c, k + 1, lo, hi, 1);   /* ", all six monitors, ..." */
            partial = rel_word_within(c, k + 1, send, 1, some_openers);
        }
        if (k >= send || c->t[k] != ',' ||
            rel_words_between(c->t, c->f->v[T].tend, k, "") > (measured ? 8 : 6) ||
            first == NOPOS)
            continue;
        int between = 0;   /* only a period may stand between: "over three years",
                              or the whole T is taken from: "17 of the 24 vessels" */
        for (size_t j = T + 1; j < first; j++)
            between |= strcmp(c->fi[j].cat, "duration") != 0 && !whole_of(c, T, j);
        if (between)
            continue;
        size_t parts[TALLY_REL_MAXPARTS];
        double sum;
        size_t np = ellip_only ? 0
                               : parts_after(c, first, hi, T,
                                             qualified ? item_of_qualified : item_of_total,
                                             parts, &sum);
        int elliptic = 0;   /* "950 light and 400 heavy": two kinds, all of T */
        if (np < 2) {
            np = parts_after(c, first, hi, T, item_elliptic, parts, &sum);
            elliptic = np >= 2;
            if (elliptic && (np != 2 || !and_joined(c, parts[0], parts[1]) ||
                             !parts_close(c, parts[1]) ||
                             fabs(sum - c->f->v[T].value) > 0.15 * c->f->v[T].value))
                continue;   /* two kinds joined by "and", near T: the whole of it */
            if (!elliptic)
                np = 0;
        }
        int unknown = 0;   /* items of nouns the lexicon does not know */
        if (np < 2 && general && !elliptic) {
            np = parts_after(c, first, hi, T, item_unknown, parts, &sum);
            unknown = 1;
        }
        size_t nx = np ? parts[np - 1] + 1 : hi;
        if (nx < hi && !c->fi[nx].share && !rel_is_rate(c, nx) &&
            rel_joined_to(c->t, c->f->v[nx - 1].tend, c->f->v[nx].tstart) &&
            !(np >= 2 && and_closed(c, parts[np - 2], nx)))
            continue;   /* "nine cruisers, eight sloops and five tugs" with the tugs
                           not read as ships: the list goes on, its sum is not all
                           (not after "..., 19 clerks and 26 porters, and 300 ...") */
        if (unknown && fabs(sum - c->f->v[T].value) > 0.1 * c->f->v[T].value)
            continue;   /* "38 men drowned, 14 lockkeepers and 24 dockhands": kinds
                           the lexicon does not know, taken only near the total */
        if (partial && sum < c->f->v[T].value)
            continue;   /* "9,000 men, including 2,000 killed and 3,000 missing": some
                           of the parts only; parts above the whole are still wrong */
        if (np < 2 || sum < 0.5 * c->f->v[T].value || sum > 1.5 * c->f->v[T].value ||
            (measured && !elliptic && !kinds_measured(c, T, parts, np, sum)) ||
            (general && !elliptic && parallel_kinds(c, T, parts, np) &&
             !(group_size(c, T) && heads_apart(c, T, parts, np) && sum >= 0.75 * c->f->v[T].value &&
               sum <= 1.25 * c->f->v[T].value)) ||
            (qualified && !elliptic && fabs(sum - c->f->v[T].value) > 1e-9 * c->f->v[T].value))
            continue;   /* kinds of a qualified noun side by side ("300 light guns,
                           120 field guns"): a total of them only when exact */
        /* none marked used: the counts and the total may serve a product or
         * a share too */
        if (add_sum(c, T, parts, np, "total, then its parts") < 0)
            return -1;
    }
    return 0;
}

/* The figure "this", "these" or "them" in a sentence opening "Of this,"
 * refers to: the last figure of the sentence before (same paragraph) of
 * the kind of the first figure lo after it, else the last one, no share
 * and no rate.  NOPOS when none. */
static size_t of_this_antecedent(const ctx *c, size_t lo)
{
    if (lo == 0)
        return NOPOS;
    size_t j = lo - 1, last = NOPOS;
    size_t si = c->f->v[lo].sent_index;
    for (;; j--) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 != si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            return last;
        if (!c->fi[j].share && !rel_is_rate(c, j) && c->fi[j].unit[0]) {
            if (rel_same_unit(&c->fi[j], &c->fi[lo]) || same_kind(&c->fi[j], &c->fi[lo]))
                return j;   /* "212 ships of 614,000 tons. Of these 148 were
                               steamers": the figure of the parts' kind */
            if (last == NOPOS)
                last = j;
        }
        if (j == 0)
            return last;
    }
}

/* The largest figure of fact lo's unit in the sentence before lo's (same
 * paragraph), no share and no rate; NOPOS when none. */
static size_t prev_whole(const ctx *c, size_t lo)
{
    size_t si = c->f->v[lo].sent_index, best = NOPOS;
    for (size_t j = lo; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 != si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (!c->fi[j].share && !rel_is_rate(c, j) && rel_same_unit(&c->fi[j], &c->fi[lo]) &&
            (best == NOPOS || jf->value > c->f->v[best].value))
            best = j;
    }
    return best;
}

/* 1 when the words right before fact j (at most two) say it is the last
 * of its whole: "the other 15", "the remaining $15 million", "the rest, 40". */
static int the_rest(const ctx *c, size_t j, size_t from)
{
    static const char *const rest[] = {"the other", "the remaining", "the rest", "the remainder",
                                       "the last", "another", NULL};
    size_t b = c->f->v[j].tstart;
    size_t a = b > from + 24 ? b - 24 : from;
    for (size_t k = a; k < b; k++)
        for (size_t q = 0; rest[q]; q++) {
            size_t e = rel_phrase_at(c->t, k, b, rest[q]);
            if (e && rel_words_between(c->t, e, b, ",;:()") <= 0)
                return 1;
        }
    return 0;
}

/* Rule 3f: a whole named first and its parts after it: a sentence opening
 * "Of the 9,600 tons, 7,100 ... and 2,500 ..." (or "Of this, 21.4 million
 * ..., 18.3 million ..." for a figure of the sentence before), or "the
 * 40 tons were made up of 14 tons ..., 22 tons ... and 4 tons ..." (also
 * "comprised", "consisted of", "were divided into").  Two or more parts,
 * joined by commas or "and", each of the whole's unit (or of its kind, or
 * written bare) and below it -> SUM, when a cue says the parts are the
 * whole (made up of ...; "the other 15", "the remaining $15 million" last)
 * or when they add up to it exactly; otherwise the parts may be only some
 * of the whole (the subset rule's). */
/* The whole T of "The 410 vehicles embarked were 260 lorries, 95
 * ambulances and 55 staff cars": a figure at most four words before
 * "were" / "was" / "are" (no figure between), the first part right after
 * the verb; *from is set after the verb.  NOPOS when none. */
static size_t copula_whole(const ctx *c, size_t lo, size_t hi,
                           size_t *from)
{
    static const char *const be[] = {"were", "was", "are", "came out at", "broke down into",
                                     "broke down as", NULL};
    for (size_t T = lo; T + 2 < hi; T++) {
        size_t k = c->f->v[T].tend, n = c->f->v[T + 1].tstart;
        for (size_t q = 0; be[q]; q++)
            for (size_t i = k; i < n; i++) {
                size_t m = rel_phrase_at(c->t, i, n, be[q]);
                if (!m || rel_words_between(c->t, k, i, ",;:()") < 0 ||
                    rel_words_between(c->t, k, i, "") > 4 ||
                    rel_words_between(c->t, m, n, "") > 0)
                    continue;
                *from = m;
                return T;
            }
    }
    return NOPOS;
}

/* 1 when each part names a kind of its own, none the whole's noun again
 * ("260 lorries, 95 ambulances and 55 staff cars" of "410 vehicles"). */
static int kinds_named(const ctx *c, size_t T, const size_t *parts, size_t np)
{
    for (size_t m = 0; m < np; m++) {
        const char *n = c->f->v[parts[m]].noun;
        if (!n || !*n || same_head(n, c->f->v[T].noun) || rel_is_rate(c, parts[m]))
            return 0;
        for (size_t q = 0; q < m; q++)
            if (strcasecmp(n, c->f->v[parts[q]].noun) == 0)
                return 0;   /* "flat cars" and "tank cars" are two kinds */
    }
    return 1;
}

/* 1 when the parts of "Of the N X, ..." (from: after its comma) make up
 * the whole by their form: a verb of composition before the first
 * ("grain made up 131,000", "accounted for", "formed"), three or more
 * items each naming its kind before its figure and nothing after it but
 * a comma, "and" or the end ("flour 38,000 and meat and fats 35,000"),
 * adding up to within a tenth of N; "Of the 300 tanks, 120 were lost and
 * 40 damaged" is some of them. */
static int kinds_first(const ctx *c, size_t from, size_t send, const size_t *parts, size_t np,
                       double sum, double whole)
{
    static const char *const verbs[] = {"made up", "accounted for", "formed", "comprised",
                                        NULL};
    if (np < 3 || !(sum >= 0.9 * whole && sum <= 1.1 * whole) ||
        !rel_phrase_in(c->t, from, c->f->v[parts[0]].tstart, verbs))
        return 0;
    size_t prev = from;
    for (size_t m = 0; m < np; m++) {
        const tally_fact *f = &c->f->v[parts[m]];
        if (rel_words_between(c->t, prev, f->tstart, "") < 1)
            return 0;   /* the kind named before the figure, no noun after it */
        size_t k = f->tend;
        while (k < send && c->t[k] == ' ')
            k++;
        if (k < send && c->t[k] != ',' && c->t[k] != ';' && c->t[k] != '.' &&
            !rel_phrase_at(c->t, k, send, "and"))
            return 0;
        prev = f->tend;
    }
    return 1;
}

/* The routes things go by: "by sea", "overland" (route_of()). */
/* The route word ("sea", "overland", "rail") in the item of figure j (up to
 * the next figure b or the end of its sentence): its index in routes[] +
 * 1, 0 when none. */
static const char *const routes[] = {"by sea", "by land", "overland", "by rail",
                                         "by road", "by air", "by river", "by canal",
                                         "by water", "by ship", "by train", "by lorry",
                                         "by truck", "by barge", "on foot", "overseas",
                                         "abroad", "at home", "locally", NULL};

static int route_of(const ctx *c, size_t j, size_t b)
{
    const tally_fact *f = &c->f->v[j];
    size_t end = c->seg->sents[f->sent_index].end;
    if (b < c->f->n && c->f->v[b].tstart < end)
        end = c->f->v[b].tstart;
    if (rel_words_between(c->t, f->tend, end, ";:()") < 0)
        return 0;
    for (size_t i = f->tstart + 1; i < end; i++)   /* "4,700 overland" read as a noun too */
        if (!rel_wch((unsigned char)c->t[i - 1]))
            for (size_t q = 0; routes[q]; q++)
                if (rel_phrase_at(c->t, i, end, routes[q]))
                    return (int)q + 1;
    return 0;
}

/* 1 when figure j, right after the one part of "Of the N X, A came by
 * sea and B overland", is the second part though read as counting its
 * route ("4,700 overland"): no share, no rate, below T, its noun a route. */
static int route_item(const ctx *c, size_t j, size_t T)
{
    const char *n = c->f->v[j].noun;
    if (c->fi[j].used || c->fi[j].share || rel_is_rate(c, j) ||
        !(c->f->v[j].value < c->f->v[T].value) || !n)
        return 0;
    for (size_t q = 0; routes[q]; q++)
        if (strcasecmp(n, routes[q]) == 0)
            return 1;
    return 0;
}

/* 1 when the two parts after "Of the N X," are all of N: joined by "and",
 * each going its own way ("5,100 came by sea and 4,700 overland"), no
 * "some", "among" or "including" before them, adding up to within 15 per
 * cent of N.  A list of some of the whole ("120 were lost and 40
 * damaged") names no route. */
static int routes_split(const ctx *c, size_t from, const size_t *parts, size_t np, double sum,
                        double whole)
{
    static const char *const some[] = {"some", "among", "including", NULL};
    static const char *const and_[] = {"and", NULL};
    if (np != 2 || fabs(sum - whole) > 0.15 * whole ||
        rel_phrase_in(c->t, from, c->f->v[parts[0]].tstart, some))
        return 0;
    size_t a = c->f->v[parts[0]].tend, b = c->f->v[parts[1]].tstart;
    if (!rel_phrase_in(c->t, a, b, and_) || !parts_close(c, parts[1]))
        return 0;   /* "..., while 500 were lost", "the rest in May": some only */
    int r0 = route_of(c, parts[0], parts[1]), r1 = route_of(c, parts[1], parts[1] + 1);
    return r0 && r1 && r0 != r1;
}

/* 1 when the parts after "Of this," read as the whole spent or shared
 * out: three or more, the last after "and" with no figure added after it,
 * adding up to within 5 per cent of the whole ("Of this, 21.4 million went
 * on bridges, 18.3 million on track, 9.7 million on the port and 6.2
 * million on wages").  A list of some of the whole falls further short. */
static int closed_list(const ctx *c, const size_t *parts, size_t np, double sum, double tv)
{
    static const char *const and_[] = {"and", NULL};
    if (np < 3 || sum < 0.95 * tv || sum > 1.05 * tv)
        return 0;
    size_t a = c->f->v[parts[np - 2]].tend, b = c->f->v[parts[np - 1]].tstart;
    return rel_phrase_in(c->t, a, b, and_);
}

/* Add the SUM of whole T (its parts[0..np)) rule 3g found for sentence
 * si, cue cue (static); the parts and T are used up when use is 1 (the
 * late pass for lists run on, after every other rule, leaves them). */
static int of_parts_rel(ctx *c, size_t si, size_t T, const size_t *parts, size_t np,
                        const char *cue, int use)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, T, cue);
    r.looked_back = c->f->v[T].sent_index != si;
    for (size_t m = 0; m < np; m++) {
        rel_part(c, &r, parts[m]);
        c->fi[parts[m]].used |= use;
    }
    c->fi[T].used |= use;
    return rel_add(c, &r);
}

/* "Of the 1,120 pupils ..., 610 passed and 236 were sent on.  A further
 * 226 were washed out, and 48 were killed": the list of sentence si (whose
 * figures end before hi) run on into the next sentence of its paragraph
 * when that opens with "A further", "Another", "The other", "The
 * remaining" or "The rest" and its figure: its joined items appended to
 * parts[np..], *sum grown; the new count (np when it does not run on). */
static size_t run_on(const ctx *c, size_t si, size_t hi, size_t T, size_t *parts, size_t np,
                     double *sum)
{
    static const char *const openers[] = {"a further", "another", "the other", "the remaining",
                                          "the rest", NULL};
    if (hi >= c->f->n || c->f->v[hi].sent_index != si + 1 ||
        c->seg->sents[si + 1].para != c->seg->sents[si].para || np >= TALLY_REL_MAXPARTS)
        return np;
    const tally_sentence *n = &c->seg->sents[si + 1];
    size_t k = n->start, e = 0;
    while (k < n->end && !rel_wch((unsigned char)c->t[k]))
        k++;
    for (size_t q = 0; openers[q] && !e; q++)
        e = rel_phrase_at(c->t, k, n->end, openers[q]);
    if (!e || rel_words_between(c->t, e, c->f->v[hi].tstart, "") > 1 ||
        !item_of_whole(c, hi, T))
        return np;
    size_t hi2 = hi;
    while (hi2 < c->f->n && c->f->v[hi2].sent_index == si + 1)
        hi2++;
    size_t m = np;   /* the items joined one to the next; a share said of one
                        later ("used") leaves it an item, a part of a SUM not */
    for (size_t j = hi; j < hi2 && m < TALLY_REL_MAXPARTS; j++) {
        if ((j > hi && !rel_joined_to(c->t, c->f->v[j - 1].tend, c->f->v[j].tstart)) ||
            c->fi[j].share || c->fi[j].part || !(c->f->v[j].value < c->f->v[T].value) ||
            !item_of_whole(c, j, T))
            break;
        parts[m++] = j;
        *sum += c->f->v[j].value;
    }
    return m;
}

/* Rule 3g for sentence si (facts [lo, hi)); with late set, after every
 * sentence rule has run, only the lists run on into the next sentence
 * (run_on()), so that what the sentences after say of their items is
 * read first ("the dead alone made up some 6 per cent"). */
static int of_parts(ctx *c, size_t si, size_t lo, size_t hi, int late);

int rel_rule_of_parts(ctx *c, size_t si, size_t lo, size_t hi)
{
    return of_parts(c, si, lo, hi, 0);
}

/* Rule 3g's lists run on into the next sentence, once per document after
 * the sentence rules (of_parts() with late set). */
int rel_rule_of_parts_late(ctx *c)
{
    size_t lo = 0;
    for (size_t si = 0; si < c->seg->nsents && lo < c->f->n; si++) {
        size_t hi = lo;
        while (hi < c->f->n && c->f->v[hi].sent_index == si)
            hi++;
        if (hi > lo && of_parts(c, si, lo, hi, 1) < 0)
            return -1;
        lo = hi;
    }
    return 0;
}

static int of_parts(ctx *c, size_t si, size_t lo, size_t hi, int late)
{
    static const char *const made[] = {"made up of", "comprised", "consisted of",
                                       "were divided into", "was divided into",
                                       "was split into", "were split into", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    if (lo >= hi)
        return 0;
    size_t T = NOPOS, from = 0;
    int whole_cue = 0, pron = 0, longwhole = 0;
    size_t e = rel_phrase_at(c->t, s->start, s->end, "of");
    if (late && !e)
        return 0;   /* the late pass reads "Of the N X, ..." only */
    if (e) {
        size_t e2 = 0;
        static const char *const pro[] = {"this", "these", "them", "that", "those", NULL};
        size_t k = e;
        while (k < s->end && c->t[k] == ' ')
            k++;
        for (size_t q = 0; pro[q] && !e2; q++)
            e2 = rel_phrase_at(c->t, k, s->end, pro[q]);
        if (e2 && e2 < s->end && (c->t[e2] == ',' || c->t[e2] == ' ')) {
            T = of_this_antecedent(c, lo);   /* "Of this, 21.4 million went on bridges",
                                                "Of this the army took 1,450 million" */
            from = e2 + (c->t[e2] == ',');
            pron = 1;
        } else if ((T = rel_fact_after(c, e, lo, hi, 2)) != NOPOS) {
            size_t k2 = c->f->v[T].tend;   /* "Of the 31 aircraft of 1953, 12 ..." */
            while (k2 < s->end && !strchr(",;:()", c->t[k2]))
                k2++;
            int w = k2 < s->end && c->t[k2] == ',' ? rel_words_between(c->t, c->f->v[T].tend, k2, "")
                                                  : -1;
            if (w < 0 || w > 12)
                return 0;
            longwhole = w > 5;   /* "who entered the schools between ...": only a
                                    list that runs on to the next sentence */
            from = k2 + 1;
        }
    } else {
        for (size_t i = s->start; i < s->end && T == NOPOS; i++)
            for (size_t q = 0; made[q] && T == NOPOS; q++) {
                size_t m = rel_phrase_at(c->t, i, s->end, made[q]);
                if (!m || (i > s->start && rel_wch((unsigned char)c->t[i - 1])))
                    continue;
                size_t B = rel_fact_before_s(c, i, lo, hi, 5, ",;:()");
                if (B != NOPOS) {
                    T = B;
                    from = m;
                    whole_cue = 1;
                }
            }
    }
    int copula = 0;
    if (!e && T == NOPOS && (T = copula_whole(c, lo, hi, &from)) != NOPOS)
        copula = whole_cue = 1;   /* "The 410 vehicles embarked were 260 lorries, ..." */
    int next = 0;
    if (!e && T == NOPOS) {   /* "The 2.4bn florins were divided among four ministries.
                                 Transport received 960 million, ... and agriculture the
                                 remaining 180 million": the whole in the sentence before */
        T = prev_whole(c, lo);
        from = s->start;
        next = 1;
    }
    if (T == NOPOS || c->fi[T].share || (c->fi[T].used && !late) || !c->fi[T].unit[0] ||
        (rel_is_rate(c, T) && !whole_cue))
        return 0;   /* "56 tons a day were made up of 18 tons of food, ...": per day too */
    size_t first = rel_fact_after(c, from, lo, hi, next ? 5 : 3);
    if (first == NOPOS || first <= T)
        return 0;
    size_t parts[TALLY_REL_MAXPARTS];
    double sum;
    size_t np = parts_after(c, first, hi, T,
                            copula ? item_kind : whole_cue ? item_made_up : item_of_whole, parts,
                            &sum);
    double tv = c->f->v[T].value;
    if (late) {
        if (!e || pron || np < 1 || fabs(sum - tv) <= 1e-9 * tv || stated_by_any(c, T))
            return 0;
        size_t np2 = run_on(c, si, hi, T, parts, np, &sum);
        if (np2 > np && np2 >= 3 && fabs(sum - tv) <= 1e-9 * tv)
            return of_parts_rel(c, si, T, parts, np2, "of the whole, its parts run on", 0);
        return 0;
    }
    if (e && !pron && np == 1 && parts[0] + 1 < hi && route_item(c, parts[0] + 1, T) &&
        rel_joined_to(c->t, c->f->v[parts[0]].tend, c->f->v[parts[0] + 1].tstart)) {
        parts[np++] = parts[0] + 1;   /* "5,100 came by sea and 4,700 overland" */
        sum += c->f->v[parts[1]].value;
    }
    if (np < 2 || longwhole)
        return 0;
    int exact = fabs(sum - tv) <= 1e-9 * tv;
    if (copula && (sum < 0.8 * tv || sum > 1.2 * tv || (!kinds_named(c, T, parts, np) && !exact)))
        return 0;   /* "were" alone is a weak cue: the kinds must be named and add up
                       to about the whole */
    if (!whole_cue && !the_rest(c, parts[np - 1], from) && !exact &&
        !kinds_first(c, from, s->end, parts, np, sum, tv) &&
        !(e && !pron && routes_split(c, from, parts, np, sum, tv)) &&
        !(pron && closed_list(c, parts, np, sum, tv)))
        return 0;   /* "Of the 300 tanks, 120 were lost and 40 damaged": some of them */
    if (next && (np < 3 || (!exact && !the_rest(c, parts[np - 1], from)) ||
                 !next_part(c, parts[0], NOPOS)))
        return 0;   /* a sentence after a figure: three parts or more, all of it, the
                       first not added to it ("asked for another 300") */
    return of_parts_rel(c, si, T, parts, np, whole_cue ? "made up of" : "of the whole, its parts",
                        1);
}

/* 1 when fact j is an exact whole count, no share, not a part already:
 * the cheap test of next_part(). */
static int whole_count(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    return !c->fi[j].share && !c->fi[j].used && f->qual == TALLY_Q_EXACT && f->value >= 1 &&
           f->value == floor(f->value);
}

/* 1 when fact j may be an item of a list of parts of total T named in the
 * sentence before: a whole count, no share, rate or bound, of T's unit or
 * of things comparable with it, or a bare number ("and Camp Lorne 16,300");
 * not a figure added to the total ("another 10 escorts"). */
static int next_part(const ctx *c, size_t j, size_t T)
{
    const tally_fact *f = &c->f->v[j];
    if (!whole_count(c, j) || rel_is_rate(c, j))
        return 0;
    static const char *const added[] = {"another", "further", "additional", "extra",
                                        "more", NULL};
    if (rel_word_before_is(c, f->tstart, c->seg->sents[f->sent_index].start, added))
        return 0;   /* "asked for another 10": added to the total, not a part */
    if (T == NOPOS)
        return 1;
    return (rel_comparable(&c->fi[j], &c->fi[T]) || (!c->fi[j].unit[0] && rel_bare(f))) &&
           f->value < c->f->v[T].value && rel_countable_part(c, j, T);
}

/* 1 when figures a and b of one sentence stand in one list: at most eight
 * words between them, no ":", "(" or ")" and no "of which" (b a part of a)
 * ("16,200 of them; Camp Ennis held 12,900", "316 aircraft and the
 * Wellington group 96"). */
static int next_joined(const ctx *c, size_t a, size_t b)
{
    static const char *const nested[] = {"of which", "of whom", NULL};
    size_t x = c->f->v[a].tend, y = c->f->v[b].tstart;
    int w = rel_words_between(c->t, x, y, ":()");
    return w >= 0 && w <= 8 && !rel_phrase_in(c->t, x, y, nested);
}

/* The total in the sentence before (facts [plo,lo), same paragraph) that
 * the list parts[0..np) adds up to exactly: a whole count of the parts'
 * kind, not a part, share or rate itself; the last such, NOPOS when none. */
static size_t total_before(const ctx *c, size_t plo, size_t lo, const size_t *parts,
                           size_t np, double sum)
{
    for (size_t T = lo; T-- > plo;) {
        const tally_fact *tf = &c->f->v[T];
        if (tf->value != sum || tf->qual != TALLY_Q_EXACT || !c->fi[T].unit[0] ||
            c->fi[T].share || c->fi[T].part || rel_is_rate(c, T))
            continue;
        size_t k = 0;   /* the full test only now: a rate or an added figure in the
                           list spoils it */
        while (k < np && next_part(c, parts[k], T))
            k++;
        if (k == np)
            return T;
    }
    return NOPOS;
}

/* Rule 11b: a total and its parts in the next sentence, no cue: "In 1943
 * the works employed 7,800 men. The state sent 5,100 conscripts, the
 * valleys 1,800 labourers and the army 900 sappers": a whole list of two
 * or more whole counts in sentence si (one after another, at most eight
 * words between, next_part()) whose sum equals exactly a count of their
 * kind in the sentence before, same paragraph -> SUM.  Only an exact
 * equality is taken, as in rule 11. */
int rel_rule_parts_next(ctx *c, size_t si, size_t lo, size_t hi)
{
    if (si == 0 || lo == 0 || c->f->v[lo - 1].sent_index + 1 != si ||
        c->seg->sents[si - 1].para != c->seg->sents[si].para)
        return 0;
    size_t plo = lo - 1;
    while (plo > 0 && lo - plo < REL_SENT_FACTS && c->f->v[plo - 1].sent_index + 1 == si)
        plo--;
    for (size_t j = lo; j < hi;) {
        size_t parts[TALLY_REL_MAXPARTS], np = 0, e = j;
        double sum = 0;
        while (e < hi && np < TALLY_REL_MAXPARTS && whole_count(c, e) &&
               (np == 0 || next_joined(c, parts[np - 1], e))) {
            parts[np++] = e;
            sum += c->f->v[e].value;
            e++;
        }
        j = e > j ? e : j + 1;
        if (np < 2 || (e < hi && np == TALLY_REL_MAXPARTS))
            continue;
        size_t T = total_before(c, plo, lo, parts, np, sum), *ps = parts;
        if (T == NOPOS && np >= 3 && rel_counts_items(c, parts[0], parts[1], np - 1)) {
            ps++, np--;   /* "came in three shipments, of 60, 50 and 40": the first
                             figure counts the items after it */
            T = total_before(c, plo, lo, ps, np, sum - c->f->v[parts[0]].value);
        }
        if (T == NOPOS)
            continue;
        if (add_sum(c, T, ps, np, "parts in the next sentence") < 0)
            return -1;
    }
    return 0;
}

/* The periods a span total is said over: "1,740 in the three months". */
static size_t span_of(const ctx *c, size_t T, size_t hi)
{
    static const char *const over[] = {"in the", "over the", "during the", "for the",
                                       "across the", "in those", "over those", NULL};
    size_t D = T + 1;
    if (D >= hi || strcmp(c->fi[D].cat, "duration") != 0)
        return NOPOS;
    const tally_fact *d = &c->f->v[D];
    if (d->value < 2 || d->value > 12 || d->value != floor(d->value))
        return NOPOS;
    size_t a = c->f->v[T].tend;   /* after the figure or its noun: "1,180 tons in the" */
    for (size_t k = a; k < d->tstart; k++) {
        if (k > a && c->t[k - 1] != ' ')
            continue;
        if (rel_words_between(c->t, a, k, ",;:()") < 0 || rel_words_between(c->t, a, k, "") > 2)
            return NOPOS;
        for (size_t q = 0; over[q]; q++) {
            size_t e = rel_phrase_at(c->t, k, d->tstart, over[q]);
            if (e && rel_words_between(c->t, e, d->tstart, "") == 0)
                return D;
        }
    }
    return NOPOS;
}

/* Rule 3f: "310 deaths in December, 540 in January and 790 in February,
 * 1,740 in the three months": a figure said over a span of k periods, after
 * exactly k figures of its unit in its sentence (one per period; a figure
 * compared to another, "230 more than in December", is none of them).  The
 * number of items must equal the span's, so a stray figure is never
 * summed. */
int rel_rule_span_total(ctx *c, size_t si, size_t lo, size_t hi)
{
    (void)si;
    for (size_t T = lo + 2; T + 1 < hi; T++) {
        const finfo *t = &c->fi[T];
        if (t->used || t->share || t->part || !t->unit[0] || rel_is_rate(c, T) ||
            strcmp(t->cat, "duration") == 0)
            continue;
        size_t D = span_of(c, T, hi);
        if (D == NOPOS)
            continue;
        size_t k = (size_t)c->f->v[D].value, parts[TALLY_REL_MAXPARTS], np = 0;
        double sum = 0, tv = c->f->v[T].value;
        int ok = 1;
        for (size_t j = T; ok && j-- > lo;) {
            const finfo *P = &c->fi[j];
            if (rel_words_between(c->t, c->f->v[j].tend, c->f->v[T].tstart, ";:()") < 0)
                break;
            if (!rel_same_unit(P, t) || compared(c, j))
                continue;
            if (P->share || P->used || rel_is_rate(c, j) || c->f->v[j].value >= tv ||
                np == k)
                ok = 0;   /* more items than periods, or none a part */
            else
                parts[np++] = j, sum += c->f->v[j].value;
        }
        if (!ok || np != k || sum < 0.5 * tv || sum > 1.5 * tv)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "in the span");
        for (size_t m = np; m-- > 0;)
            rel_part(c, &r, parts[m]);
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Rule 3g: "cost $3.8 million, shared between the ministry ($2.3 million)
 * and the firms ($1.2 million)": a total, a verb of dividing it within a
 * few words, and the figures of its unit after it to the clause's end are
 * its parts.  A share or a rate among them means the division is told
 * another way (proportions, amounts per head): no sum.  After "made up of",
 * "consisting of" or "composed of" ("A depot cost 2.4 million crowns, made
 * up of 1.1 million for ...") figures of other units are passed over and,
 * once two parts are read, one not below the total ends the list. */
int rel_rule_split_between(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const split[] = {"shared between", "shared among", "divided between",
                                        "divided among", "split between", "split among",
                                        "distributed between", "distributed among",
                                        "shared out among", "shared out between",
                                        "made up of", "consisting of", "composed of", NULL};
    size_t send = c->seg->sents[si].end;
    for (size_t T = lo; T + 2 < hi; T++) {
        const finfo *t = &c->fi[T];
        if (t->used || t->share || t->part || !t->unit[0] || rel_is_rate(c, T))
            continue;
        size_t e = 0, b = c->f->v[T + 1].tstart, q = 0;
        for (size_t k = c->f->v[T].tend; k < b && !e; k++)
            for (q = 0; split[q] && !e; q++)
                e = rel_phrase_at(c->t, k, b, split[q]);
        if (!e || rel_words_between(c->t, c->f->v[T].tend, e, ";:()") < 0 ||
            rel_words_between(c->t, c->f->v[T].tend, e, "") > 5)
            continue;
        int made = strstr(split[q - 1], " of") != NULL;   /* "made up of", ... */
        size_t parts[TALLY_REL_MAXPARTS], np = 0;
        double sum = 0;
        int ok = 1;
        for (size_t j = T + 1; ok && j < hi && np < TALLY_REL_MAXPARTS; j++) {
            const tally_fact *pf = &c->f->v[j];
            if (pf->tstart >= send || rel_words_between(c->t, e, pf->tstart, ";:") < 0)
                break;
            if (made && !rel_same_unit(&c->fi[j], t))
                continue;   /* "0.7 million for the 120 towers", "and the 18 stations" */
            if (made && np >= 2 && !(pf->value < c->f->v[T].value))
                break;   /* "..., and the six depots ... 14.4 million": past the list */
            if (c->fi[j].share || rel_is_rate(c, j) || c->fi[j].used ||
                !rel_same_unit(&c->fi[j], t) || !(pf->value < c->f->v[T].value))
                ok = 0;
            else
                parts[np++] = j, sum += pf->value;
        }
        if (!ok || np < 2 || sum < 0.5 * c->f->v[T].value || sum > 1.5 * c->f->v[T].value)
            continue;
        if (add_sum(c, T, parts, np, "shared between") < 0)
            return -1;
    }
    return 0;
}

/* Rule 4b: "a fund of 3.0 million crowns, of which 2.1 million was to
 * buy 1,400 tons of flour at 1,500 crowns a ton and 0.9 million was for
 * blankets": a whole T, then ", of which" / ", of whom" and, in the rest
 * of its clause, two or more figures of T's unit, each below T, no share
 * and no rate, the first at most three words after the cue and each later
 * one right after "and" or a comma (a figure not so joined, "1,500 crowns
 * a ton", is inside a part and passed over, as are figures of other
 * units), adding up to T or to at most a tenth more -> SUM (short of it,
 * the list may name only some of T: rule 4's subsets judge it).  The
 * parts are not marked used: each may also be a product's or a share's.
 * 0, or -1 when out of memory. */
int rel_rule_of_which_parts(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const cue[] = {"of which", "of whom", NULL};
    size_t send = c->seg->sents[si].end;
    for (size_t T = lo; T + 2 < hi; T++) {
        const finfo *t = &c->fi[T];
        size_t k = c->f->v[T].tend;
        while (k < send && !strchr(",;:().", c->t[k]))
            k++;   /* past T's noun: "5,000 crowns, of which" */
        if (t->share || !t->unit[0] || rel_is_rate(c, T) || k >= send || c->t[k] != ',' ||
            rel_words_between(c->t, c->f->v[T].tend, k, "") > 3)
            continue;
        k++;
        while (k < send && c->t[k] == ' ')
            k++;
        size_t e = 0;
        for (size_t q = 0; cue[q] && !e; q++)
            e = rel_phrase_at(c->t, k, send, cue[q]);
        if (!e)
            continue;
        size_t parts[TALLY_REL_MAXPARTS], np = 0;
        double sum = 0, tv = c->f->v[T].value;
        for (size_t j = T + 1; j < hi && np < TALLY_REL_MAXPARTS; j++) {
            const finfo *P = &c->fi[j];
            if (rel_words_between(c->t, e, c->f->v[j].tstart, ";()") < 0)
                break;   /* the clause is over */
            if (!rel_same_unit(P, t) || P->share || rel_is_rate(c, j) || rel_priced_one(c, j) ||
                (np > 0 && !rel_joined_to(c->t, c->f->v[j - 1].tend, c->f->v[j].tstart)))
                continue;   /* "flour at 1,500 crowns a ton": inside a part */
            if (!(c->f->v[j].value < tv) ||
                (np == 0 && rel_words_between(c->t, e, c->f->v[j].tstart, "") > 3)) {
                np = 0;
                break;
            }
            parts[np++] = j;
            sum += c->f->v[j].value;
        }
        if (np < 2 || sum < tv * (1 - 1e-9) || sum > 1.1 * tv)
            continue;   /* short of T: the list may leave some of it unnamed (a
                           subset, rule 4); above it, a slip */
        if (add_sum(c, T, parts, np, "of which, its parts") < 0)
            return -1;
    }
    return 0;
}

/* How far a colon list closed by its restated total ("...: A, B and C, the
 * T of ...") may be from T and still be read as its breakdown (a slip). */
#define APPOSED_NEAR 0.10

/* 1 when the text between figures a and b of one sentence joins two items
 * of a named list ("Dunholt 38,000 tons, Pasvik 29,000"): at most three
 * words, a comma or "and" among them, no other mark. */
static int named_item_gap(const ctx *c, size_t a, size_t b)
{
    static const char *const and_word[] = {"and", NULL};
    size_t x = c->f->v[a].tend, y = c->f->v[b].tstart;
    int w = rel_words_between(c->t, x, y, ";:.()");
    if (w < 0 || w > 3)
        return 0;
    return memchr(c->t + x, ',', y - x) != NULL || rel_phrase_in(c->t, x, y, and_word);
}

/* The number of items a colon list's lead-in counts ("among the four
 * districts:"): the value of the figure whose clause ends at the colon
 * before `first`, 0 when none stands within four words of it. */
static double lead_count(const ctx *c, size_t first, size_t lo)
{
    if (first == lo)
        return 0;
    size_t k = first - 1, a = c->f->v[k].tend, b = c->f->v[first].tstart;
    const char *colon = memchr(c->t + a, ':', b - a);
    if (!colon || rel_words_between(c->t, a, (size_t)(colon - c->t), ";.()") > 3 ||
        c->fi[k].share || c->f->v[k].value != floor(c->f->v[k].value))
        return 0;
    return c->f->v[k].value;
}

/* Round 435 (rule 3h'): the apposition closing a list with no colon:
 * ", a weekly output of 28,000 masks", ", a force of 28,500 men": after
 * the comma, "a" / "an", one to three words and "of" right before T;
 * returns 1 when T stands so, *period set when a word names a period
 * ("weekly", "monthly") and 0 when a word makes T no total ("a rise of",
 * "an average of"). */
static int apposed_of(const ctx *c, size_t T, size_t *comma, int *period)
{
    static const char *const not_total[] = {"rise", "increase", "fall", "drop", "gain",
                                            "decline", "cut", "reduction", "shortfall",
                                            "deficit", "difference", "margin", "surplus",
                                            "average", "rate", "price", "loss", "balance",
                                            "further", "remainder", "rest", NULL};
    static const char *const periodic[] = {"weekly", "monthly", "daily", "yearly", "annual",
                                           "hourly", NULL};
    size_t s = c->f->v[T].tstart, i, lim = s > 60 ? s - 60 : 0;
    for (i = s; i > lim && c->t[i - 1] != ','; i--)
        if (strchr(";:.()", c->t[i - 1]))
            return 0;
    if (i <= lim)
        return 0;
    *comma = i - 1;
    *period = 0;
    static const char *const joint[] = {"together", "altogether", "combined", "between them",
                                        NULL};
    size_t e = rel_phrase_at(c->t, i + (c->t[i] == ' '), s, joint[0]);
    for (size_t q = 1; !e && joint[q]; q++)
        e = rel_phrase_at(c->t, i + (c->t[i] == ' '), s, joint[q]);
    if (e && rel_words_between(c->t, e, s, ";:.(),") == 0)
        return 1;   /* round 443: "..., the Pellow works 0.5 million, together 2.5
                       million a week": the list's joint total */
    char w[32], last[32] = "";
    int n = 0;
    while (rel_next_word(c->t, &i, s, w, sizeof w)) {
        if (n == 0 && strcmp(w, "a") != 0 && strcmp(w, "an") != 0)
            return 0;
        for (size_t q = 0; n > 0 && not_total[q]; q++)
            if (strcmp(w, not_total[q]) == 0)
                return 0;
        for (size_t q = 0; periodic[q]; q++)
            if (strcmp(w, periodic[q]) == 0)
                *period = 1;
        snprintf(last, sizeof last, "%s", w);
        n++;
    }
    return n >= 3 && n <= 5 && strcmp(last, "of") == 0;
}

/* The words of the item tail right after figure j up to its list mark
 * (", " or " and "), at most `most` of them and no other mark; the offset
 * where the next item's name starts in *name, or (size_t)-1 when the gap
 * up to b is no such tail and mark. */
static int item_tail(const ctx *c, size_t j, size_t b, int most, size_t *name)
{
    static const char *const and_word[] = {"and", NULL};
    size_t a = c->f->v[j].tend, m;
    for (m = a; m < b && c->t[m] != ','; m++)
        if (strchr(";:.()", c->t[m]))
            return -1;
    if (m >= b) {   /* no comma: " and" right after the figure */
        size_t i = a;
        char w[16];
        if (!rel_next_word(c->t, &i, b, w, sizeof w) || strcmp(w, "and") != 0 ||
            rel_words_between(c->t, a, i, ",;:.()") != 1)
            return -1;
        *name = i;
        return 0;
    }
    int tail = rel_words_between(c->t, a, m, ";:.()");
    if (tail < 0 || tail > most || rel_phrase_in(c->t, a, m, and_word))
        return -1;
    *name = m + 1;
    return tail;
}

/* Rule 3h': a list of outputs or holdings in parallel form closed by its
 * total in apposition, no colon: "The Velst tannery turned out 3,000 pairs
 * a month, the army workshop at Dorn 2,000 and a cooperative in Lisk
 * 1,500, a monthly output of 6,500 pairs".  The items after the first are
 * a name of one to seven words and a bare figure (the verb and noun
 * elided), the first may have up to four words after its figure; each
 * part of T's unit or bare (its noun elided: what unit it was read with
 * does not count), none money unless T is of its unit; a rate among the
 * parts only when T is one or its apposition names a period; two or more
 * parts within a tenth of T -> SUM.  The form, not the units, makes the
 * list. */
static int apposed_list(ctx *c, size_t lo, size_t hi)
{
    for (size_t T = lo + 2; T < hi; T++) {
        size_t comma;
        int period;
        if (c->fi[T].share || c->fi[T].used || !c->fi[T].unit[0] ||
            !apposed_of(c, T, &comma, &period) ||
            widened_total(c, T, c->f->v[T].tend, c->seg->sents[c->f->v[T].sent_index].end))
            continue;   /* "..., a force of 110,000 men with the cavalry": more than the list */
        int money_t = c->f->v[T].category && strcmp(c->f->v[T].category, "money") == 0;
        int rate_ok = period || rel_is_rate(c, T);
        size_t parts[TALLY_REL_MAXPARTS], n = 0, bound = comma;
        double sum = 0;
        int first_done = 0;
        for (size_t j = T; j-- > lo && n < TALLY_REL_MAXPARTS && !first_done;) {
            const tally_fact *f = &c->f->v[j];
            size_t name;
            int same = rel_same_unit(&c->fi[j], &c->fi[T]);
            if (c->fi[j].share || c->fi[j].used || !(f->value > 0) ||
                f->value >= c->f->v[T].value || f->value != floor(f->value) ||
                (!same && (money_t || !rel_bare(f))) || (rel_is_rate(c, j) && !rate_ok))
                break;
            if (n == 0) {   /* the last item: the comma of the apposition right after */
                if (rel_words_between(c->t, f->tend, comma, ";:.(),") != 0)
                    break;
            } else {
                int tail = item_tail(c, j, bound, 4, &name);
                int nm = tail < 0 ? -1 : rel_words_between(c->t, name, bound, ";:.(),");
                if (tail < 0 || nm < 1 || nm > 7)
                    break;
                if (tail > 0)
                    first_done = 1;   /* words after the figure: the list's first item */
            }
            parts[n++] = j;
            sum += f->value;
            bound = f->tstart;
        }
        if (n < 2 || fabs(sum - c->f->v[T].value) > APPOSED_NEAR * c->f->v[T].value)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "list, the total apposed");
        for (size_t k = n; k-- > 0;)
            rel_part(c, &r, parts[k]);
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Rule 3h: a colon list closed by its total in apposition: "was divided
 * among the four districts: Dunholt 38,000 tons, Pasvik 29,000, Rimsel
 * 24,000 and Marvik 16,000, the 107,000 tons of the quota".  T follows
 * ", the"; two or more figures of its unit before it, each below it, joined
 * by commas or "and" with at most three words between (a name), the first
 * right after a colon (at most three words on); a count in the lead-in,
 * when there is one, the number of items; the sum within a tenth of T
 * -> SUM. */
int rel_rule_apposed_total(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const the[] = {"the", NULL};
    size_t from = rel_sent_open(c, si);
    for (size_t T = lo + 2; T < hi; T++) {
        if (c->fi[T].share || !c->fi[T].unit[0] || rel_is_rate(c, T) ||
            !rel_word_before_is(c, c->f->v[T].tstart, from, the))
            continue;
        size_t p = rel_word_back(c, c->f->v[T].tstart, from);
        while (p > from && c->t[p - 1] == ' ')
            p--;
        if (p <= from || c->t[p - 1] != ',')
            continue;
        size_t parts[TALLY_REL_MAXPARTS], n = 0;
        double sum = 0;
        for (size_t j = T; j-- > lo && n < TALLY_REL_MAXPARTS;) {
            size_t next = n ? parts[n - 1] : T;
            if (c->fi[j].share || !rel_same_unit(&c->fi[j], &c->fi[T]) || rel_is_rate(c, j) ||
                !(c->f->v[j].value > 0) || c->f->v[j].value >= c->f->v[T].value ||
                !named_item_gap(c, j, next))
                break;
            parts[n++] = j;
            sum += c->f->v[j].value;
        }
        if (n < 2)
            continue;
        size_t first = parts[n - 1];
        size_t a = first > lo ? c->f->v[first - 1].tend : from, b = c->f->v[first].tstart;
        const char *colon = memchr(c->t + a, ':', b - a);
        if (!colon || rel_words_between(c->t, (size_t)(colon - c->t) + 1, b, ";.()") > 3)
            continue;
        double want = lead_count(c, first, lo);
        if ((want > 0 && want != (double)n) ||
            fabs(sum - c->f->v[T].value) > APPOSED_NEAR * c->f->v[T].value)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "list, the total");
        for (size_t k = n; k-- > 0;)
            rel_part(c, &r, parts[k]);
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return apposed_list(c, lo, hi);
}

/* Rule 3i (round 280): a total closed by a cue after two or more amounts
 * said of one thing each, the things counted earlier: "The cruisers needed
 * 650 tons of plate each, the destroyers 140 and the escorts 35, some 2,245
 * tons altogether" (two cruisers, five destroyers and seven escorts stated
 * before), "each of the 12 divisions held 18 sets and each corps
 * headquarters ten, a total of 256 sets" -> SUM of products. */

#define COUNTED_PARAS 3   /* how many paragraphs back a count is looked for */
#define COUNTED_FAR 0.5   /* the products within half of the total either way */

/* 1 when ", so that" stands at most eight words before T in its clause
 * (no mark between): "..., and the depot had another 40, so that the
 * brigade employed 138 linesmen" states T as the running total. */
static int so_that_total(const ctx *c, size_t T, size_t from)
{
    size_t s = c->f->v[T].tstart;
    for (size_t i = s; i-- > from;) {
        if (strchr(";:()", c->t[i]))
            return 0;
        if (c->t[i] == ',' && rel_phrase_at(c->t, i, s, ", so that")) {
            int w = rel_words_between(c->t, i + 9, s, ",;:()");
            return w >= 0 && w <= 8;
        }
    }
    return 0;
}

/* 1 when a cue right before T ("a total of") or just after its noun ("in
 * all", "altogether", "all told", "in total", "together") says T is a
 * total; send is the end of its sentence. */
static int counted_total_cue(const ctx *c, size_t T, size_t from, size_t send)
{
    static const char *const after[] = {"in all", "altogether", "all told", "in total",
                                        "together", "between them", NULL};
    static const char *const before = "a total of ";
    size_t s = c->f->v[T].tstart, n = strlen(before);
    if (s >= from + n && strncasecmp(c->t + s - n, before, n) == 0)
        return 1;
    size_t a = c->f->v[T].tend, b = a;
    while (b < send && !strchr(",;:.()", c->t[b]))
        b++;
    int w = rel_words_between(c->t, a, b, ";:()");
    return (w >= 1 && w <= 5 && rel_phrase_in(c->t, a, b, after)) || so_that_total(c, T, from);
}

/* 1 when word w (lower case) names unit u, singular or plural. */
static int names_unit(const char *w, const char *u)
{
    size_t lw = strlen(w), lu = strlen(u);
    if (!lu || lw < lu || strncmp(w, u, lu) != 0)
        return 0;
    const char *rest = w + lu;
    return !*rest || strcmp(rest, "s") == 0 || strcmp(rest, "es") == 0;
}

/* 1 when every word of count C's noun but its last (its modifiers: "trench"
 * of "126 trench shelters") occurs in t[a..b); 0 when it has none. */
static int modifiers_in(const ctx *c, size_t C, size_t a, size_t b)
{
    const char *n = c->f->v[C].noun;
    size_t len = n ? strlen(n) : 0, i = 0;
    int seen = 0;
    while (i < len) {
        char w[48];
        size_t e = rel_word_at(n, i, len, w, sizeof w);
        if (e == i) {
            i++;
            continue;
        }
        if (e >= len || !n[e + strspn(n + e, " ")])
            break;   /* the head noun: no modifier */
        const char *const one[] = {w, NULL};
        if (!rel_phrase_in(c->t, a, b, one))
            return 0;
        seen = 1;
        i = e;
    }
    return seen;
}

/* The latest count before fact j (its paragraph or the COUNTED_PARAS before,
 * its section) of a thing some word of t[a..b) names: a whole number, no
 * share, rate or bound, of no unit of `not`; one whose modifiers the words
 * also name ("a trench shelter": "126 trench shelters", not the later "24
 * tunnel shelters") first.  NOPOS when none. */
static size_t counted_thing(const ctx *c, size_t j, size_t a, size_t b, const char *not)
{
    const tally_fact *J = &c->f->v[j];
    size_t stop = j > REL_LOOK_BACK_MAX ? j - REL_LOOK_BACK_MAX : 0, plain = NOPOS;
    for (size_t C = j; C-- > stop;) {
        const tally_fact *F = &c->f->v[C];
        if (F->section != J->section || F->para < J->para - COUNTED_PARAS)
            break;
        if (!c->fi[C].unit[0] || strcmp(c->fi[C].unit, not) == 0 || c->fi[C].share ||
            rel_is_rate(c, C) || F->qual != TALLY_Q_EXACT || !(F->value >= 1) ||
            F->value != floor(F->value))
            continue;
        char w[48];
        for (size_t i = a; rel_next_word(c->t, &i, b, w, sizeof w);)
            if (names_unit(w, c->fi[C].unit)) {
                if (modifiers_in(c, C, a, b))
                    return C;
                if (plain == NOPOS)
                    plain = C;
                break;
            }
    }
    return plain;
}

/* 1 when amount j is said of one thing: "each" among the words before it
 * in its clause t[a..), or "each" / "apiece" / "a piece" within four words
 * after it before a mark; or "a" / "an" there ("A trench shelter took 120
 * people and a surface shelter 300") when j names no noun of its own or
 * the clause no "more" / "further" / "total" (no "a further 300"). */
static int said_each(const ctx *c, size_t j, size_t a, size_t send)
{
    static const char *const each[] = {"each", NULL};
    static const char *const after[] = {"each", "apiece", "piece", NULL};
    static const char *const one[] = {"a", "an", NULL};
    static const char *const not_one[] = {"more", "further", "another", "total", "few",
                                          "number", "dozen", "quarter", "half", NULL};
    size_t s = c->f->v[j].tstart;
    if (rel_phrase_in(c->t, a, s, each) || rel_word_within(c, c->f->v[j].tend, send, 4, after))
        return 1;
    return rel_phrase_in(c->t, a, s, one) && !rel_phrase_in(c->t, a, s, not_one);
}

/* "a field post office with each division and each corps headquarters":
 * before the first figure of the sentence (fact first, at t+to; its text
 * from t+from), after a word naming the total's unit, "each <noun>" with no
 * figure is one of T's things per thing counted (before `first`); the counts go to part[] (rate NOPOS) from n on.  The new
 * n; n itself when none or when one "each" finds no count (no check). */
static size_t each_without_figure(const ctx *c, size_t T, size_t first, size_t from, size_t to,
                                  size_t *part, size_t *rate, size_t n)
{
    static const char *const each[] = {"each", NULL};
    size_t m = n, i = from;
    int unit_seen = 0;
    while (i < to && m < TALLY_REL_MAXPARTS) {
        char w[48];
        size_t e = rel_word_at(c->t, i, to, w, sizeof w);
        if (e == i) {
            i++;
            continue;
        }
        if (names_unit(w, c->fi[T].unit))
            unit_seen = 1;
        else if (unit_seen && rel_phrase_at(c->t, i, to, each[0])) {
            size_t b = e;   /* the thing: up to the next mark or "and" */
            while (b < to && !strchr(",;:()", c->t[b]) && !rel_phrase_at(c->t, b, to, "and"))
                b++;
            size_t C = counted_thing(c, first, e, b, c->fi[T].unit);
            if (C == NOPOS || c->fi[C].popen != NOPOS)
                return n;
            for (size_t k = n; k < m; k++)
                if (part[k] == C)
                    return n;   /* two "each" naming one count: unsure */
            part[m] = C;
            rate[m++] = NOPOS;
        }
        i = e;
    }
    return m;
}

/* The start of the last "each" or "every" in t[a..b), or a when none: the
 * thing an amount is said of is named after it, not by the noun of the
 * figure before ("ten lines and each corps eight"). */
static size_t last_each(const ctx *c, size_t a, size_t b)
{
    size_t at = a;
    for (size_t i = a; i < b; i++)
        if ((i == 0 || !rel_wch((unsigned char)c->t[i - 1])) &&
            (rel_phrase_at(c->t, i, b, "each") || rel_phrase_at(c->t, i, b, "every")))
            at = i;
    return at;
}

/* Rule 3i for total T of sentence [lo, hi) (see above). */
static int counted_sum(ctx *c, size_t si, size_t lo, size_t T)
{
    static const char *const more[] = {"more", "another", "other", "further", NULL};
    size_t from = rel_sent_open(c, si), send = c->seg->sents[si].end;
    size_t first = lo;
    for (size_t j = lo; j < T; j++)   /* the list starts after the last ';' */
        if (memchr(c->t + (j > lo ? c->f->v[j - 1].tend : from), ';',
                   c->f->v[j].tstart - (j > lo ? c->f->v[j - 1].tend : from)))
            first = j;
    size_t part[TALLY_REL_MAXPARTS], rate[TALLY_REL_MAXPARTS], n = 0, nprod = 0;
    double sum = 0;
    int each_seen = 0;
    const finfo *U = &c->fi[T];   /* the amounts' unit */
    if (strcmp(c->f->v[T].mention, c->f->v[T].number_text) == 0)
        for (size_t j = first; j < T; j++)
            if (c->fi[j].unit[0] && !c->fi[j].share) {
                U = &c->fi[j];   /* "... so that they held 34,320 between them": T
                                    names no noun, the first amount's unit is its */
                break;
            }
    if (U == &c->fi[T] && T > first && so_that_total(c, T, from)) {
        const finfo *L = &c->fi[T - 1];   /* "a staff of 12 clerks ... had another 180,
                                             so that the post employed 424 sorters": the
                                             running total under a noun of its own */
        if (L->unit[0] && !L->share && !rel_same_unit(L, U) && L->cat[0] &&
            strcmp(L->cat, U->cat) == 0 && !c->fi[T].formation && !L->formation)
            U = L;
    }
    if (first == lo) {
        n = each_without_figure(c, T, lo, from, c->f->v[lo].tstart, part, rate, 0);
        for (size_t k = 0; k < n; k++)
            sum += c->f->v[part[k]].value;
        nprod = n;
        each_seen = n > 0;
    }
    size_t counted_each = n;
    for (size_t j = first; j < T; j++) {
        if (counted_each && n < TALLY_REL_MAXPARTS && !c->fi[j].share && !c->fi[j].part &&
            strcmp(c->f->v[j].mention, c->f->v[j].number_text) == 0 &&
            rel_word_within(c, c->f->v[j].tend, send, 1, more)) {
            part[n] = j;   /* "and three more at army headquarters": no noun of its
                              own, so of the total's things whatever unit it carries */
            rate[n++] = NOPOS;
            sum += c->f->v[j].value;
            continue;
        }
        if (c->fi[j].unit[0] && !rel_same_unit(&c->fi[j], U)) {
            if (counted_each)
                return 0;   /* "each division ..., and two more ...": a figure
                               not read as the total's leaves the list unsure */
            continue;   /* a count of the things, or another figure */
        }
        if (c->fi[j].share || c->fi[j].part || n == TALLY_REL_MAXPARTS || !(c->f->v[j].value > 0))
            return 0;
        size_t a = from;   /* the clause of j: after the mark or figure before it */
        for (size_t k = c->f->v[j].tstart; k > from; k--)
            if (strchr(",;:(", c->t[k - 1]) || (j > lo && k == c->f->v[j - 1].tend)) {
                a = k;
                break;
            }
        int each = said_each(c, j, a, send);
        size_t ea = last_each(c, a, c->f->v[j].tstart);   /* "12 boards of ten lines and
                                                            each corps eight": the corps */
        size_t C = counted_thing(c, j, ea, c->f->v[j].tstart, U->unit);
        if (C != NOPOS && (each || each_seen)) {
            each_seen = 1;
            part[n] = C;
            rate[n++] = j;
            nprod++;
            sum += c->f->v[C].value * c->f->v[j].value;
        } else if (each_seen && !each && (rel_word_within(c, c->f->v[j].tend, send, 2, more) ||
                                          rel_phrase_in(c->t, a, c->f->v[j].tstart, more))) {
            part[n] = j;   /* "and three more at army headquarters": as it is */
            rate[n++] = NOPOS;
            sum += c->f->v[j].value;
        } else {
            return 0;   /* an amount whose count is not stated: no check */
        }
    }
    double tv = c->f->v[T].value;
    if (nprod < 1 || (nprod == 1 && n < 2) || sum < (1 - COUNTED_FAR) * tv || sum > (1 + COUNTED_FAR) * tv)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, T, "counted earlier, each");
    r.products = 1;
    for (size_t k = 0; k < n; k++) {
        rel_part(c, &r, part[k]);
        if (rate[k] != NOPOS)
            r.parts[r.nparts - 1].rate = rate[k] + 1;
    }
    return rel_add(c, &r);
}

int rel_rule_counted_sum(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t from = rel_sent_open(c, si), send = c->seg->sents[si].end;
    for (size_t T = lo + 1; T < hi; T++) {   /* lo + 1: "with each division ..., and
                                                three more ..., 22 offices in all" */
        if (c->fi[T].share || c->fi[T].part || !c->fi[T].unit[0] || rel_is_rate(c, T) ||
            !counted_total_cue(c, T, from, send))
            continue;
        if (counted_sum(c, si, lo, T) < 0)
            return -1;
    }
    return 0;
}

/* Rule 3n (round 413, helper ver112): a total and, in the sentence next to
 * it in its paragraph, the amounts each thing counted earlier holds, with
 * the total cue on the total's side only:
 *   "Three bridging columns and five road companies went up, some 2,900
 *    men in all.  A bridging column has 500 men, a road company 280."
 *   (the total first, its cue "in all" / "every one of its");
 *   "A heavy lorry hauls 24 tons a day; a light van, 5.  With every vehicle
 *    out the depot hauls some 194 tons a day." (the total after, its cue
 *    "every" / "all" / "whole" / "together" before it in its clause, the
 *    counts before the amounts).
 * Every figure of the amounts' sentence is an amount of the total's kind
 * (a rate of its period when the total is one), each said of one thing
 * ("a" / "each"); the thing is the first word of the amount's item naming
 * the unit of a whole count before (COUNTED_PARAS paragraphs), and words
 * before it ("a fighter squadron") pick the count whose item names them
 * ("14 of fighters"); counts of another value under one noun and no such
 * word: no sum.  The total ends its sentence (no clause after it that may
 * name more contents, round 416).  Two or more amounts, the products
 * within COUNTED_FAR of
 * the total -> SUM of products. */

/* The end of count C's item: the next figure or the next mark after it. */
static size_t item_end(const ctx *c, size_t C)
{
    size_t b = c->seg->sents[c->f->v[C].sent_index].end;
    if (C + 1 < c->f->n && c->f->v[C + 1].tstart < b && c->f->v[C + 1].tstart > c->f->v[C].tend)
        b = c->f->v[C + 1].tstart;
    for (size_t i = c->f->v[C].tend; i < b; i++)
        if (strchr(",;:()", c->t[i]))
            return i;
    return b;
}

/* 1 when word w (lower case) or its plural is a word of count C's item. */
static int item_has(const ctx *c, size_t C, const char *w)
{
    size_t b = item_end(c, C), lw = strlen(w);
    char x[48];
    for (size_t i = c->f->v[C].tstart; rel_next_word(c->t, &i, b, x, sizeof x);)
        if (strncmp(x, w, lw) == 0 &&
            (!x[lw] || strcmp(x + lw, "s") == 0 || strcmp(x + lw, "es") == 0))
            return 1;
    return 0;
}

/* 1 when fact C may be a count of things an amount is said of: a whole
 * exact number of a unit other than `not`, no share or rate. */
static int counted_whole(const ctx *c, size_t C, const char *not)
{
    const tally_fact *F = &c->f->v[C];
    return c->fi[C].unit[0] && strcmp(c->fi[C].unit, not) != 0 && !c->fi[C].share &&
           !rel_is_rate(c, C) && F->qual == TALLY_Q_EXACT && F->value >= 1 &&
           F->value == floor(F->value);
}

#define NEXT_MODS 4   /* the words before the thing's noun read as its modifiers */

/* The count the amount whose item is t[a..b) is said of, among the counts
 * before fact `before` (its section, COUNTED_PARAS paragraphs): see rule
 * 3n above.  NOPOS when none or unsure. */
static size_t next_count(const ctx *c, size_t before, size_t a, size_t b, const char *not)
{
    static const char *const skip[] = {"a", "an", "the", "each", "every", "one", "its", "their",
                                       "and", "or", "but", "while", "of", "with", "for", "to",
                                       "in", "on", "at", "by", NULL};
    const tally_fact *J = &c->f->v[before];
    size_t stop = before > REL_LOOK_BACK_MAX ? before - REL_LOOK_BACK_MAX : 0;
    char mods[NEXT_MODS][48];
    size_t nm = 0;
    char w[48];
    for (size_t i = a; rel_next_word(c->t, &i, b, w, sizeof w);) {
        size_t best = NOPOS, latest = NOPOS, nmatch = 0;
        int one_value = 1;
        for (size_t C = before; C-- > stop;) {
            const tally_fact *F = &c->f->v[C];
            if (F->section != J->section || F->para + COUNTED_PARAS < J->para)
                break;
            if (!counted_whole(c, C, not) || !names_unit(w, c->fi[C].unit))
                continue;
            if (latest == NOPOS)
                latest = C;
            else if (F->value != c->f->v[latest].value)
                one_value = 0;
            for (size_t m = 0; m < nm; m++)
                if (item_has(c, C, mods[m])) {
                    if (best == NOPOS)
                        best = C;
                    nmatch++;
                    break;
                }
        }
        if (latest != NOPOS) {
            if (nmatch == 1)
                return best;
            return nmatch == 0 && one_value ? latest : NOPOS;
        }
        int article = 0;
        for (size_t k = 0; skip[k]; k++)
            article |= strcmp(w, skip[k]) == 0;
        if (nm < NEXT_MODS && !article && !isdigit((unsigned char)w[0]))
            memcpy(mods[nm++], w, sizeof w);
    }
    return NOPOS;
}

/* 1 when amount j may be a part of T's kind: T's unit, or persons both;
 * a rate of T's period when T is a rate, else no rate. */
static int next_amount(const ctx *c, size_t j, size_t T)
{
    int pj = -1, pt = -1, rj = rel_rate_of(c, j, &pj), rt = rel_rate_of(c, T, &pt);
    if (c->fi[j].share || !(c->f->v[j].value > 0) || rj != rt || pj != pt)
        return 0;
    return rel_same_unit(&c->fi[j], &c->fi[T]) || same_kind(&c->fi[j], &c->fi[T]);
}

/* 1 when figure j names no noun of its own and is no rate itself ("a
 * labour company, working by hand, 400"): an item elided after the first,
 * of its unit and period. */
static int bare_after(const ctx *c, size_t j)
{
    return strcmp(c->f->v[j].mention, c->f->v[j].number_text) == 0 && !rel_is_rate(c, j) &&
           !c->fi[j].share && c->f->v[j].value > 0;
}

/* 1 when nothing but words stands between total T and the end of its
 * sentence: a total followed by a clause ("30,000 tons a day, most of it
 * grain", "70,000 men, with corps troops") may hold more than the things
 * counted, so rule 3n makes no check of it (round 416). */
static int total_closes(const ctx *c, size_t T)
{
    size_t b = c->seg->sents[c->f->v[T].sent_index].end;
    for (size_t i = c->f->v[T].tend; i < b; i++)
        if (strchr(",;:()", c->t[i]))
            return 0;
    return 1;
}

/* Rule 3n for total T and the amounts [rlo, rhi) of sentence rsi, the
 * counts before fact `before`.  0 when no sum, -1 out of memory. */
static int counted_next(ctx *c, size_t T, size_t rsi, size_t rlo, size_t rhi, size_t before)
{
    size_t part[TALLY_REL_MAXPARTS], n = 0;
    size_t send = c->seg->sents[rsi].end;
    double sum = 0;
    if (rhi - rlo < 2 || rhi - rlo > TALLY_REL_MAXPARTS / 2 || stated_by_any(c, T) ||
        !total_closes(c, T))
        return 0;
    /* "192 field guns and 24 howitzers": totals of each kind side by side, so
       an amount of another kind is the other total's */
    int paired = T + 1 < c->f->n && c->f->v[T + 1].sent_index == c->f->v[T].sent_index &&
                 rel_joined_to(c->t, c->f->v[T].tend, c->f->v[T + 1].tstart) &&
                 c->fi[T + 1].unit[0] && !rel_same_unit(&c->fi[T + 1], &c->fi[T]);
    for (size_t j = rlo; j < rhi; j++) {
        if (paired && c->fi[j].unit[0] && !rel_same_unit(&c->fi[j], &c->fi[T]))
            return 0;
        if (!next_amount(c, j, T) && !(j > rlo && next_amount(c, rlo, T) && bare_after(c, j)))
            return 0;
        size_t a = rel_sent_open(c, rsi);   /* the item: after the first mark or
                                               "and" past the amount before */
        if (j > rlo) {
            a = c->f->v[j - 1].tend;
            for (size_t i = a; i < c->f->v[j].tstart; i++)
                if (strchr(",;", c->t[i]) || rel_phrase_at(c->t, i, c->f->v[j].tstart, " and ")) {
                    a = c->t[i] == ' ' ? i + 5 : i + 1;
                    break;
                }
        }
        if (!said_each(c, j, a, send))
            return 0;
        size_t C = next_count(c, before, a, c->f->v[j].tstart, c->fi[T].unit);
        if (C == NOPOS)
            return 0;
        for (size_t k = 0; k < n; k += 2)
            if (part[k] == C)
                return 0;
        part[n++] = C;
        part[n++] = j;
        sum += c->f->v[C].value * c->f->v[j].value;
    }
    double tv = c->f->v[T].value;
    if (sum < (1 - COUNTED_FAR) * tv || sum > (1 + COUNTED_FAR) * tv)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, T, "counted earlier, each in the next sentence");
    r.products = 1;
    for (size_t k = 0; k < n; k += 2) {
        rel_part(c, &r, part[k]);
        r.parts[r.nparts - 1].rate = part[k + 1] + 1;
    }
    return rel_add(c, &r);
}

/* 1 when total T of sentence si says it is a total: a cue of rule 3i, or
 * "every" / "all" / "whole" / "entire" / "together" / "combined" among the
 * words of its clause before it. */
static int next_total_cue(const ctx *c, size_t T, size_t si)
{
    static const char *const cue[] = {"every", "all", "whole", "entire", "together",
                                      "combined", "total", NULL};
    size_t from = rel_sent_open(c, si), send = c->seg->sents[si].end;
    if (counted_total_cue(c, T, from, send))
        return 1;
    size_t a = from, s = c->f->v[T].tstart;
    for (size_t k = s; k > from; k--)
        if (strchr(",;:(", c->t[k - 1]) || (T > 0 && k == c->f->v[T - 1].tend)) {
            a = k;
            break;
        }
    int w = rel_words_between(c->t, a, s, ",;:()");
    return w >= 1 && w <= 10 && rel_phrase_in(c->t, a, s, cue);
}

int rel_rule_counted_next(ctx *c, size_t si, size_t lo, size_t hi)
{
    for (size_t T = lo + 2; T < hi; T++)   /* the amounts and the total in one sentence */
        if (!c->fi[T].share && c->fi[T].unit[0] && next_amount(c, lo, T) &&
            next_total_cue(c, T, si)) {
            int rc = counted_next(c, T, si, lo, T, lo);
            if (rc)
                return rc;
            break;
        }
    if (si == 0 || c->seg->sents[si - 1].para != c->seg->sents[si].para || lo >= hi)
        return 0;
    size_t plo, phi;
    rel_sent_range(c, si - 1, &plo, &phi);
    if (plo >= phi)
        return 0;
    for (size_t T = phi; T-- > plo;)   /* the total first, the amounts here */
        if (!c->fi[T].share && c->fi[T].unit[0] && next_amount(c, lo, T) &&
            next_total_cue(c, T, si - 1)) {
            int rc = counted_next(c, T, si, lo, hi, T);
            if (rc)
                return rc;
            break;
        }
    for (size_t T = lo; T < hi; T++)   /* the amounts before, the total here */
        if (!c->fi[T].share && c->fi[T].unit[0] && next_total_cue(c, T, si) &&
            next_amount(c, plo, T))
            return counted_next(c, T, si - 1, plo, phi, plo);
    return 0;
}

/* Round 346 (helper ver84, rule 3j): a total dated over a span ("In all,
 * from November to the end of May, the convoys delivered 46,300 tons")
 * over the figures of its unit in the sentences before that are dated
 * within the span, told with a verb of the same family ("carried 41,000
 * tons" between February and May, "delivered 7,300 tons" in the first
 * weeks).  Unambiguous or nothing: the parts tile the span (no two dated
 * alike, the first starting it, the last ending it), the scan stops at a
 * figure that overlaps a part already taken; with no total cue the sum
 * must be exact. */

/* How many sentences before its own a dated total looks for its parts. */
#define SPAN_SENTS 12

/* Put the n fact indexes of part[] in the reverse order: the rules that
 * collect parts going back through the text restore its order so. */
static void reverse_parts(size_t *part, size_t n)
{
    for (size_t a = 0, b = n ? n - 1 : 0; a < b; a++, b--) {
        size_t x = part[a];
        part[a] = part[b];
        part[b] = x;
    }
}

/* The family tag of word w (its family in the kin lexicon table, which
 * holds the verbs of one kind of flow: "delivered", "carried" and
 * "shipped" are all "delivery"; users extend it) into tag; 0 when w tells
 * no flow. */
static int verb_tag(const ctx *c, const char *w, char tag[24])
{
    const char *kin = c->lex ? tally_lexicon_get(c->lex, "kin", w, "kin") : NULL;
    return kin && *kin && snprintf(tag, 24, "%.23s", kin) > 0;
}

/* Up to cap family tags of the words of sentence si; how many. */
static size_t sent_tags(const ctx *c, size_t si, char tags[][24], size_t cap)
{
    const tally_sentence *s = &c->seg->sents[si];
    size_t n = 0;
    char w[32], tag[24];
    for (size_t i = s->start; i < s->end && n < cap;) {
        if (!rel_wch((unsigned char)c->t[i]) || (i > s->start && rel_wch((unsigned char)c->t[i - 1]))) {
            i++;
            continue;
        }
        i = rel_word_at(c->t, i, s->end, w, sizeof w);
        if (verb_tag(c, w, tag))
            memcpy(tags[n++], tag, 24);
    }
    return n;
}

/* 1 when sentence si tells a flow of a family among tags[0..n). */
static int shares_tag(const ctx *c, size_t si, char tags[][24], size_t n)
{
    char mine[8][24];
    size_t m = sent_tags(c, si, mine, 8);
    for (size_t a = 0; a < m; a++)
        for (size_t b = 0; b < n; b++)
            if (strcmp(mine[a], tags[b]) == 0)
                return 1;
    return 0;
}

/* Fact j's date read into *d; 0 when it has none. */
static int fact_period(const ctx *c, size_t j, tally_isodate *d)
{
    tally_error e;
    const char *s = c->f->v[j].date;
    return s && s[0] && tally_isodate_parse(s, d, &e) == TALLY_OK;
}

/* 1 when figure j of an earlier sentence may be a part of dated total T:
 * its unit, no share, rate or part, below T, the same modality. */
static int span_candidate(const ctx *c, size_t j, size_t T)
{
    const tally_fact *jf = &c->f->v[j], *tf = &c->f->v[T];
    return rel_same_unit(&c->fi[j], &c->fi[T]) && !c->fi[j].share && !c->fi[j].part &&
           !rel_is_rate(c, j) && jf->value < tf->value && jf->value > 0 &&
           jf->section == tf->section && strcmp(jf->modality, tf->modality) == 0 &&
           rel_countable_part(c, j, T);
}

/* The parts of dated total T (first figure of its sentence: lo) into
 * part[], in text order; how many (0 unless they tile its span). */
static size_t span_parts(const ctx *c, size_t T, size_t lo, size_t *part)
{
    tally_isodate span, d[TALLY_REL_MAXPARTS];
    if (!fact_period(c, T, &span) || !span.interval)
        return 0;
    char tags[8][24];
    size_t si = c->f->v[T].sent_index, nt = sent_tags(c, si, tags, 8), n = 0;
    if (nt == 0)
        return 0;
    for (size_t j = lo; j-- > 0 && n < TALLY_REL_MAXPARTS;) {
        if (c->f->v[j].sent_index + SPAN_SENTS < si)
            break;
        tally_isodate p;
        if (!span_candidate(c, j, T) || !fact_period(c, j, &p) || p.start < span.start ||
            p.end > span.end || (p.start == span.start && p.end == span.end))
            continue;
        int overlap = 0;
        for (size_t k = 0; k < n; k++)
            overlap |= p.start < d[k].end && d[k].start < p.end;
        if (overlap)
            break;   /* a figure told again, or a total of some parts: the list ends */
        if (!shares_tag(c, c->f->v[j].sent_index, tags, nt))
            continue;
        d[n] = p;
        part[n++] = j;
    }
    double first = INFINITY, last = -INFINITY;
    for (size_t k = 0; k < n; k++) {
        first = fmin(first, d[k].start);
        last = fmax(last, d[k].end);
    }
    if (n < 2 || first != span.start || last != span.end)
        return 0;
    reverse_parts(part, n);   /* collected backwards */
    return n;
}

int rel_rule_span_sum(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const cues[] = {"in all", "all told", "altogether", "in total", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    int cue = rel_phrase_in(c->t, s->start, s->end, cues);
    for (size_t T = lo; T < hi; T++) {
        if (c->fi[T].share || c->fi[T].part || c->fi[T].used || !c->fi[T].unit[0] ||
            rel_is_rate(c, T) || stated_by_any(c, T))
            continue;
        size_t part[TALLY_REL_MAXPARTS], n = span_parts(c, T, lo, part);
        double sum = 0, tv = c->f->v[T].value;
        for (size_t k = 0; k < n; k++)
            sum += c->f->v[part[k]].value;
        if (n < 2 || (cue ? (sum < 0.75 * tv || sum > 1.25 * tv) : fabs(sum - tv) > 1e-9 * tv))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, cue ? "in all, over the span" : "over the span");
        for (size_t k = 0; k < n; k++)
            rel_part(c, &r, part[k]);
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Round 353 (helper ver87, rule 3k): a list of rates of one period closed
 * by a total rate of that period ("Harlow built 40 lorries a month,
 * Benning 26 and Coles 19, or 85 a month from the three together"): the
 * total after ", or" or with a cue after it ("together", "in all",
 * "between them", "combined"), the parts the figures of its unit right
 * before it in its sentence, the first a rate of the same period, the
 * others rates of that period or bare numbers ("Benning 26"); no figure
 * of another unit or period between; the sum within a quarter of the
 * total (a slip is checked, an unrelated figure not paired).  A count
 * after the total that counts the parts ("the three") is no figure of
 * its own. */

/* 1 when a cue right after rate T (before the next figure, at most six
 * words, the sentence's end: send) says it is the sum of what went before. */
static int rate_total_cue(const ctx *c, size_t T, size_t nextf, size_t send)
{
    static const char *const cues[] = {"together", "in all", "between them", "combined",
                                       "all told", "altogether", "in total", NULL};
    size_t a = c->f->v[T].tend, b = nextf < send ? nextf : send;
    for (size_t i = a, nw = 0; i < b && nw < 8; i++) {
        if (c->t[i] == ';' || c->t[i] == '.' || c->t[i] == ':')
            return 0;
        if (rel_wch((unsigned char)c->t[i]) && (i == 0 || !rel_wch((unsigned char)c->t[i - 1]))) {
            nw++;
            for (size_t q = 0; cues[q]; q++)
                if (rel_phrase_at(c->t, i, b, cues[q]))
                    return 1;
        }
    }
    return 0;
}

/* 1 when rate T follows ", or" ("..., or 85 a month"). */
static int rate_or_before(const ctx *c, size_t T, size_t start)
{
    size_t i = c->f->v[T].tstart;
    while (i > start && c->t[i - 1] == ' ')
        i--;
    if (i < start + 4 || strncmp(c->t + i - 2, "or", 2) != 0 ||
        (i > start + 2 && rel_wch((unsigned char)c->t[i - 3])))
        return 0;
    i -= 2;
    while (i > start && c->t[i - 1] == ' ')
        i--;
    return i > start && c->t[i - 1] == ',';
}

/* The parts of total rate T (period pt) in [lo, T) into part[], in text
 * order; how many (0 when they do not make a list of rates). */
static size_t rate_list_parts(const ctx *c, size_t T, int pt, size_t lo, size_t *part)
{
    size_t n = 0, first = NOPOS;
    for (size_t j = T; j-- > lo && n < TALLY_REL_MAXPARTS;) {
        const tally_fact *jf = &c->f->v[j];
        if (c->fi[j].share || c->fi[j].part || jf->value <= 0 ||
            jf->value >= c->f->v[T].value || !rel_same_unit(&c->fi[j], &c->fi[T]))
            break;
        if (memchr(c->t + jf->tend, ';', c->f->v[n ? part[n - 1] : T].tstart - jf->tend))
            break;
        int pj;
        int rate = rel_rate_of(c, j, &pj);
        if (rate && pj != pt)
            break;   /* a rate of another period ends the list */
        if (!rate && !rel_bare(jf))
            break;   /* "30 lorries" with no period: not one of the rates */
        part[n++] = j;
        if (rate)
            first = n;   /* the list reaches back to its last rate */
    }
    if (first == NOPOS || first < 2)
        return 0;
    n = first;   /* bare numbers before the first rate are no parts */
    reverse_parts(part, n);   /* collected backwards */
    return n;
}

int rel_rule_rate_list(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t T = lo + 2; T < hi; T++) {
        int pt;
        if (c->fi[T].share || c->fi[T].part || c->fi[T].used || !c->fi[T].unit[0] ||
            !rel_rate_of(c, T, &pt) || pt < 0 || stated_by_any(c, T))
            continue;
        size_t nextf = T + 1 < hi ? c->f->v[T + 1].tstart : s->end;
        if (!rate_or_before(c, T, s->start) && !rate_total_cue(c, T, nextf, s->end))
            continue;
        size_t part[TALLY_REL_MAXPARTS], n = rate_list_parts(c, T, pt, lo, part);
        double sum = 0, tv = c->f->v[T].value;
        for (size_t k = 0; k < n; k++)
            sum += c->f->v[part[k]].value;
        if (n < 2 || sum < 0.75 * tv || sum > 1.25 * tv)
            continue;
        if (add_sum(c, T, part, n, "a list of rates and their total") < 0)
            return -1;
        c->fi[T].used = 1;
        if (T + 1 < hi && c->f->v[T + 1].value == (double)n && nextf < s->end &&
            rel_words_between(c->t, c->f->v[T].tend, nextf, ".;") >= 0 &&
            rel_words_between(c->t, c->f->v[T].tend, nextf, ".;") <= 6)
            c->fi[T + 1].used = 1;   /* "from the three together": the parts' count */
    }
    return 0;
}

/* Round 364 (helper ver89, rule 3l): "In 1927 the parties enlisted 4,700
 * men. In 1928 the intake rose to 5,200 and in 1929 it fell to 4,100.
 * Over the three years the Rifles took in 14,000 recruits": a total said
 * over k years or months ("over the three years", "in the four months",
 * "during those two years") whose parts are stated in the sentences before
 * it in its paragraph, one figure of its kind dated to each of the k
 * periods ending with the latest dated one.  Unambiguous or nothing: two
 * figures of one period, a period missing, or a figure dated outside the
 * span before the k are found end it; the parts add up to the total
 * exactly, or within a tenth when every part's sentence tells a flow of
 * the total's verb family (kin lexicon table) -> SUM. */

/* The span of k periods ("over the three years") told in a sentence: the
 * duration fact D of 2..12 years or months right after "over
 * the", "in the", "during the", "across the", "in those", "over those"
 * or "during those", the one such in [lo, hi); NOPOS when none. */
static size_t back_span(const ctx *c, size_t lo, size_t hi)
{
    static const char *const over[] = {"over the", "in the", "during the", "across the",
                                       "in those", "over those", "during those", NULL};
    size_t D = NOPOS;
    for (size_t j = lo; j < hi; j++) {
        const tally_fact *d = &c->f->v[j];
        if (strcmp(c->fi[j].cat, "duration") != 0 || d->value < 2 || d->value > 12 ||
            d->value != floor(d->value) ||
            !(strcmp(c->fi[j].unit, "year") == 0 || strcmp(c->fi[j].unit, "month") == 0))
            continue;
        size_t st = c->seg->sents[d->sent_index].start, k = d->tstart;
        int found = 0;
        for (size_t q = 0; over[q] && !found; q++) {
            size_t n = strlen(over[q]);
            found = k >= st + n + 1 && strncasecmp(c->t + k - n - 1, over[q], n) == 0 &&
                    c->t[k - 1] == ' ' && (k - n - 1 == st || c->t[k - n - 2] == ' ');
        }
        if (!found)
            continue;
        if (D != NOPOS)
            return NOPOS;
        D = j;
    }
    return D;
}

/* The period index of fact j's date at precision prec (1 year: the year;
 * 2 month: year x 12 + month), or -1 when its date is not one such. */
static long period_index(const ctx *c, size_t j, int prec)
{
    const char *s = c->f->v[j].date;
    int y, m;
    char extra;
    if (!s)
        return -1;
    if (prec == 1 && strlen(s) == 4 && sscanf(s, "%4d%c", &y, &extra) == 1)
        return y;
    if (prec == 2 && strlen(s) == 7 && sscanf(s, "%4d-%2d%c", &y, &m, &extra) == 2)
        return (long)y * 12 + m;
    return -1;
}

/* 1 when figure j of an earlier sentence may be a part of span total T:
 * comparable, no share, rate, part or compared figure, below T. */
static int back_candidate(const ctx *c, size_t j, size_t T)
{
    return rel_comparable(&c->fi[j], &c->fi[T]) && !c->fi[j].share && !c->fi[j].part &&
           !rel_is_rate(c, j) && !compared(c, j) && c->f->v[j].value > 0 &&
           c->f->v[j].value < c->f->v[T].value && c->f->v[j].qual != TALLY_Q_AT_LEAST &&
           c->f->v[j].qual != TALLY_Q_AT_MOST &&
           strcmp(c->f->v[j].modality, c->f->v[T].modality) == 0;
}

/* The parts of span total T (k periods at precision prec) in the
 * sentences before lo, into part[] in text order; how many (0 unless one
 * per period, k in all). */
static size_t back_parts(const ctx *c, size_t T, size_t lo, size_t k, int prec, size_t *part)
{
    size_t si = c->f->v[T].sent_index, n = 0;
    long last = -1;
    for (size_t j = lo; j-- > 0;) {
        size_t sj = c->f->v[j].sent_index;
        if (sj + SPAN_SENTS < si || c->seg->sents[sj].para != c->seg->sents[si].para)
            break;
        if (!back_candidate(c, j, T))
            continue;
        long p = period_index(c, j, prec);
        if (p < 0)
            return 0;   /* a figure of its kind with no period of the span */
        if (last < 0)
            last = p;
        if (p > last || p <= last - (long)k)
            break;   /* before the span: the list is complete or wanting */
        for (size_t m = 0; m < n; m++)
            if (period_index(c, part[m], prec) == p)
                return 0;   /* two figures of one period */
        part[n++] = j;
        if (n == k)
            break;
    }
    if (n != k)
        return 0;
    reverse_parts(part, n);   /* collected backwards */
    return n;
}

int rel_rule_span_back(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t D = lo ? back_span(c, lo, hi) : NOPOS;
    if (D == NOPOS)
        return 0;
    for (size_t T = lo; T < hi; T++) {
        const finfo *t = &c->fi[T];
        if (t->share || t->part || t->used || !t->unit[0] || rel_is_rate(c, T) ||
            strcmp(t->cat, "duration") == 0 || stated_by_any(c, T))
            continue;
        int prec = strcmp(c->fi[D].unit, "year") == 0 ? 1 : 2;
        size_t k = (size_t)c->f->v[D].value, part[TALLY_REL_MAXPARTS];
        if (k > TALLY_REL_MAXPARTS || back_parts(c, T, lo, k, prec, part) != k)
            continue;
        double sum = 0, tv = c->f->v[T].value;
        for (size_t m = 0; m < k; m++)
            sum += c->f->v[part[m]].value;
        if (fabs(sum - tv) > 1e-9 * tv) {
            char tags[8][24];
            size_t nt = sent_tags(c, si, tags, 8), m = 0;
            while (nt && m < k && shares_tag(c, c->f->v[part[m]].sent_index, tags, nt))
                m++;
            if (!nt || m < k || fabs(sum - tv) > 0.1 * tv)
                continue;
        }
        if (add_sum(c, T, part, k, "over the span, parts before") < 0)
            return -1;
    }
    return 0;
}

/* Round 373 (helper ver93, rule 3m): a running total "so that by the end
 * of that year the flotilla had cleared 4,870 mines" over the figures of
 * its paragraph before it that tell the same flow one period each
 * ("cleared 1,150" in 1946, "accounted for 2,480" in 1947, "a further
 * 1,240 were swept" in 1948).  The total follows a cue of a running count
 * ("by the end of", "by then", ...) and is the object of a verb of a flow
 * family (kin lexicon table); each part is too, of the same family, or is
 * "accounted for" (a part of any flow).  Unambiguous or nothing: one part
 * per year (or month) and every period from the first to the total's own;
 * a figure of the flow with no such period, or two of one, ends it; the
 * parts come within a tenth of the total -> SUM. */

/* The period of date string s at precision prec (1: year, 2: month) as
 * one number (year, or year x 12 + month), -1 when s (an interval too)
 * does not lie within one such period. */
static long run_period(const char *s, int prec)
{
    size_t w = prec == 1 ? 4 : 7;
    int y = 0, m = 0;
    if (!s || strlen(s) < w || (s[w] && s[w] != '-' && s[w] != '/'))
        return -1;
    for (size_t k = 0; k < w; k++)
        if (k == 4 ? s[k] != '-' : !isdigit((unsigned char)s[k]))
            return -1;
    const char *slash = strchr(s, '/');
    if (slash && (strlen(slash + 1) < w || strncmp(slash + 1, s, w) != 0))
        return -1;   /* "1946-06/1947-02": no one year */
    if (sscanf(s, prec == 1 ? "%4d" : "%4d-%2d", &y, &m) != prec)
        return -1;
    return prec == 1 ? y : (long)y * 12 + m;
}

/* The flow family of the verb figure j is the object of: a word of the
 * kin table among the three before it (no mark between: "had cleared
 * 4,870") or among its noun and the three words after ("1,240 were
 * swept"), into tag; 2 when it is "accounted for" (a part of any flow),
 * 1 for a family, 0 none. */
static int flow_of(const ctx *c, size_t j, char tag[24])
{
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    char w[32];
    size_t b = f->tstart;
    for (int n = 0; n < 3 && b > s->start; n++) {   /* back, word by word */
        while (b > s->start && c->t[b - 1] == ' ')
            b--;
        size_t a = b;
        while (a > s->start && rel_wch((unsigned char)c->t[a - 1]))
            a--;
        if (a == b)
            break;   /* a mark: the clause begins */
        if (rel_phrase_at(c->t, a, s->end, "accounted for"))
            return 2;
        rel_word_at(c->t, a, b, w, sizeof w);
        if (verb_tag(c, w, tag))
            return 1;
        b = a;
    }
    size_t i = f->tend;
    for (int n = 0; n < 4 && i < s->end; n++) {   /* its noun, then three words */
        while (i < s->end && c->t[i] == ' ')
            i++;
        if (i >= s->end || !rel_wch((unsigned char)c->t[i]))
            break;
        i = rel_word_at(c->t, i, s->end, w, sizeof w);
        if (verb_tag(c, w, tag))
            return 1;
    }
    return 0;
}

/* The offset of a running-count cue in [a, b), NOPOS when none. */
static size_t running_cue(const ctx *c, size_t a, size_t b)
{
    static const char *const cues[] = {"by the end of", "by the close of", "by then",
                                       "by that time", "up to the end of", NULL};
    for (size_t i = a; i < b; i++) {
        char ch = (char)tolower((unsigned char)c->t[i]);
        if ((ch != 'b' && ch != 'u') || (i > 0 && rel_wch((unsigned char)c->t[i - 1])))
            continue;   /* every cue begins "by" or "up" */
        for (size_t q = 0; cues[q]; q++)
            if (rel_phrase_at(c->t, i, b, cues[q]))
                return i;
    }
    return NOPOS;
}

/* The parts of running total T (period P at precision prec, family tag)
 * before it in its paragraph, into part[] in text order; how many (0
 * unless one per period up to P, none missing). */
static size_t running_parts(const ctx *c, size_t T, long P, int prec, const char *tag,
                            size_t *part)
{
    size_t si = c->f->v[T].sent_index, n = 0;
    long first = P + 1, per[TALLY_REL_MAXPARTS];
    for (size_t j = T; j-- > 0;) {
        size_t sj = c->f->v[j].sent_index;
        if (sj + SPAN_SENTS < si || c->seg->sents[sj].para != c->seg->sents[si].para)
            break;
        char jt[24];
        int fl = back_candidate(c, j, T) ? flow_of(c, j, jt) : 0;
        if (fl == 0 || (fl == 1 && strcmp(jt, tag) != 0))
            continue;
        long p = run_period(c->f->v[j].date, prec);
        if (p < 0 || p > P || n == TALLY_REL_MAXPARTS)
            return 0;   /* a figure of the flow of no one period before T's */
        for (size_t m = 0; m < n; m++)
            if (per[m] == p)
                return 0;   /* two of one period: a part and a running total */
        per[n] = p;
        part[n++] = j;
        first = p < first ? p : first;
    }
    int last = 0;
    for (size_t m = 0; m < n; m++)
        last |= per[m] == P;
    if (n < 2 || !last || P - first + 1 != (long)n)
        return 0;   /* a period missing, or none of the total's own */
    reverse_parts(part, n);
    return n;
}

int rel_rule_running_total(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    size_t cue = lo ? running_cue(c, s->start, s->end) : NOPOS;
    if (cue == NOPOS)
        return 0;
    for (size_t T = lo; T < hi; T++) {
        const finfo *t = &c->fi[T];
        char tag[24];
        const char *d = c->f->v[T].date;
        int prec = d && strlen(d) == 4 ? 1 : d && strlen(d) == 7 ? 2 : 0;
        size_t part[TALLY_REL_MAXPARTS], n = 0;
        if (c->f->v[T].tstart < cue || t->share || t->part || t->used || !t->unit[0] ||
            rel_is_rate(c, T) || strcmp(t->cat, "duration") == 0 || stated_by_any(c, T) ||
            !prec || rel_words_between(c->t, cue, c->f->v[T].tstart, ";") < 0 ||
            rel_words_between(c->t, cue, c->f->v[T].tstart, "") > 12 || flow_of(c, T, tag) != 1)
            continue;
        n = running_parts(c, T, run_period(d, prec), prec, tag, part);
        if (n == 0 && prec == 2 && strcmp(d + 4, "-12") == 0)   /* "by the end of 1936": */
            n = running_parts(c, T, run_period(d, 1), 1, tag, part);   /* its December */
        double sum = 0, tv = c->f->v[T].value;
        for (size_t m = 0; m < n; m++)
            sum += c->f->v[part[m]].value;
        if (n < 2 || fabs(sum - tv) > 0.1 * tv)
            continue;
        if (add_sum(c, T, part, n, "running total, parts before") < 0)
            return -1;
    }
    return 0;
}

/* Rule 3w (round 424): "Only 28 had come by the summer, and with the 60
 * from the works they gave the regiment 92 lights": a figure A, then
 * "and with the" / "together with the" / ", with the" a figure B of A's
 * unit, then a verb that makes a whole of them ("gave", "made",
 * "brought") and the next figure N of their unit in the sentence, larger
 * than both, A + B within half to one and a half times N -> SUM. */
int rel_rule_with_gave(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const the[] = {"the", "its", "their", "these", "those", NULL},
                             *const with[] = {"with", NULL},
                             *const join[] = {"and", "together", NULL},
                             *const make[] = {"gave", "give", "giving", "made", "make",
                                              "making", "brought", "bringing", "raised",
                                              "formed", NULL};
    size_t start = c->seg->sents[si].start;
    for (size_t B = lo + 1; B + 1 < hi; B++) {
        size_t k = c->f->v[B].tstart, A = B - 1;
        if (rel_word_before_is(c, k, start, the))
            k = rel_word_back(c, k, start);
        if (!rel_word_before_is(c, k, start, with))
            continue;
        k = rel_word_back(c, k, start);
        size_t p = k;
        while (p > start && c->t[p - 1] == ' ')
            p--;
        if (!(p > start && c->t[p - 1] == ',') && !rel_word_before_is(c, k, start, join))
            continue;
        if (c->fi[A].share || c->fi[B].share || rel_is_rate(c, A) || rel_is_rate(c, B) ||
            !c->fi[B].unit[0] || !rel_same_unit(&c->fi[A], &c->fi[B]))
            continue;
        size_t N = B + 1;
        while (N < hi && !rel_same_unit(&c->fi[N], &c->fi[B]))
            N++;
        if (N >= hi || c->fi[N].used || c->fi[N].share || rel_is_rate(c, N) ||
            !rel_phrase_in(c->t, c->f->v[B].tend, c->f->v[N].tstart, make))
            continue;
        double a = c->f->v[A].value, b = c->f->v[B].value, n = c->f->v[N].value;
        if (!(n > a && n > b && a + b >= 0.5 * n && a + b <= 1.5 * n))
            continue;
        size_t parts[2] = {A, B};
        if (add_sum(c, N, parts, 2, "with the rest, made") < 0)
            return -1;
        c->fi[N].used = 1;
    }
    return 0;
}

/* "384 field guns and 72 howitzers, 456 barrels": two or more counts joined
 * by commas and "and", then at once after a comma and their own nouns a
 * larger figure T of their category (the kinds' common noun or one of
 * theirs), T stated exactly and no other figure between: T restates their
 * sum.  Taken when the parts come within a tenth of T (a slip is flagged;
 * farther off, T is some other total) -> SUM (round 547). */
int rel_rule_and_apposed(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const and_w[] = {"and", NULL};
    static const char *const cued[] = {"in", "all", "altogether", "together", "total", "with",
                                       "including", "counting", "once", "besides", "of",
                                       "whom", "which", "than", "more", "fewer", "less", NULL};
    (void)si;
    for (size_t T = lo + 2; T < hi; T++) {
        const finfo *t = &c->fi[T];
        const tally_fact *tf = &c->f->v[T];
        if (t->used || t->share || !t->unit[0] || tf->qual != TALLY_Q_EXACT ||
            rel_is_rate(c, T) || stated_by_any(c, T) ||
            rel_word_within(c, tf->tend, c->seg->sents[tf->sent_index].end, 4, cued))
            continue;   /* "60 men in all with the drivers": the cue rules' */
        size_t b = T - 1;   /* the last part: its noun, then ", " and T */
        int w = rel_words_between(c->t, c->f->v[b].tend, tf->tstart, ";:()");
        size_t z = tf->tstart;
        while (z > c->f->v[b].tend && c->t[z - 1] == ' ')
            z--;
        if (w < 0 || w > 2 || z == c->f->v[b].tend || c->t[z - 1] != ',')
            continue;
        size_t parts[TALLY_REL_MAXPARTS], np = 0;
        double sum = 0;
        int unit_seen = 0, joined_and = 0;
        for (size_t j = b + 1; j-- > lo && np < TALLY_REL_MAXPARTS;) {
            const finfo *p = &c->fi[j];
            const tally_fact *pf = &c->f->v[j];
            if (p->share || p->used || !p->unit[0] || strcmp(p->cat, t->cat) != 0 ||
                pf->qual != TALLY_Q_EXACT || rel_is_rate(c, j) || !(pf->value < tf->value))
                break;
            if (j < b) {
                int wj = rel_words_between(c->t, pf->tend, c->f->v[j + 1].tstart, ";:()");
                if (wj < 0 || wj > 3 || !rel_joined_to(c->t, pf->tend, c->f->v[j + 1].tstart))
                    break;
                joined_and |= rel_phrase_in(c->t, pf->tend, c->f->v[j + 1].tstart, and_w);
            }
            unit_seen |= rel_same_unit(p, t);
            parts[np++] = j;
            sum += pf->value;
        }
        if (np < 2 || !joined_and || !(sum >= 0.9 * tf->value && sum <= 1.1 * tf->value))
            continue;
        (void)unit_seen;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "and ..., apposed total");
        for (size_t m = np; m-- > 0;)
            rel_part(c, &r, parts[m]);
        for (size_t m = 0; m < np; m++)
            c->fi[parts[m]].used = 1;
        c->fi[T].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}
