/*
 * relate_share.c - figures stated as a part, a share, a change, a gap or a
 * multiple of others (rules 4, 5, 6, 8 and 9 of relate.c): parts of a
 * stated whole ("of which", "eight of the sixteen"), shares with their
 * part beside them ("800 trucks (40 percent)", "X, or 60 per cent of the
 * promised total"), percentage changes ("from A to B", "N per cent more
 * than the plan"), multipliers in words ("doubled ... to", "twice what"),
 * and differences ("a shortfall of", "N more than").  A whole or base named
 * but not stated beside the figure is looked up with relate_back.c.  Makes
 * SUBSET, FRACTION, CHANGE, PRODUCT (factor) and DIFFERENCE relations.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "relate_int.h"

/* Rule 4: parts of a stated whole. */
/* "Of the 23 aircraft lost, 17 were ...", "Of the 800 recruits the air
 * arm received in 1963, only 300 ...": the figure at most one word after
 * the first comma that follows whole W (within eight words of it). */
static size_t opening_part(const ctx *c, size_t W, size_t lo, size_t hi, size_t send)
{
    size_t k = c->f->v[W].tend;
    while (k < send && c->t[k] != ',' && c->t[k] != ';' && c->t[k] != ':')
        k++;
    if (k >= send || c->t[k] != ',' || rel_words_between(c->t, c->f->v[W].tend, k, "()") > 8)
        return NOPOS;
    return rel_fact_after(c, k + 1, lo, hi, 1);   /* "..., only 420" */
}

/* Where the clause of figure j opens in sentence si: right after the last
 * colon or semicolon before j (spaces skipped), else where the sentence
 * opens (rel_sent_open). */
static size_t clause_open(const ctx *c, size_t si, size_t j)
{
    size_t a = rel_sent_open(c, si), b = c->f->v[j].tstart;
    for (size_t k = a; k < b; k++)
        if (c->t[k] == ':' || c->t[k] == ';')
            a = k + 1;
    while (a < b && c->t[a] == ' ')
        a++;
    return a;
}

/* "$52 million, of which $34 million went to rolling stock and $15
 * million to track": the figures after part P that continue its list (a
 * comma or "and" before each, at most six words from the one before, no
 * ; : or parenthesis), of P's unit or written bare, smaller than whole W,
 * become STATED operands of subset r (their sum is checked). */
/* A CHANGE from level A to level B stated by the share q, its direction
 * dir (+1, -1), back when a level was looked up in sentences before; q is
 * used.  0 or -1 as rel_add(). */
static int add_change(ctx *c, size_t q, size_t A, size_t B, int dir, int back, const char *cue)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_CHANGE, q, cue);
    rel_part(c, &r, A);
    rel_part(c, &r, B);
    r.direction = dir;
    r.looked_back = back;
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* 1 when figure j is said to be added: "more" or "others" right after it,
 * "another", "a further" or "additional" right before it. */
static int added(const ctx *c, size_t j)
{
    static const char *const after[] = {"more", "others", NULL};
    static const char *const before[] = {"another", "further", "additional", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t start = c->seg->sents[f->sent_index].start;
    return rel_word_within(c, f->tend, c->seg->sents[f->sent_index].end, 1, after) ||
           rel_word_before_is(c, f->tstart, start, before);
}

static int kind_of_whole(const ctx *c, size_t P, size_t W);

/* The further parts of subset r after its part P, listed with commas or
 * "and" (same unit as P or a bare number; with kinds set, also a figure
 * naming another kind of whole W's things: "4,600 were regulars and 13,800
 * conscripts"), each below W and not said to be added. */
static void more_parts(ctx *c, tally_relation *r, size_t P, size_t W, size_t hi, int kinds)
{
    for (size_t j = P + 1; j < hi; j++) {
        const tally_fact *a = &c->f->v[j - 1], *b = &c->f->v[j];
        int w = rel_words_between(c->t, a->tend, b->tstart, ";:()");
        if (w < 0 || w > 12 || !rel_joined_to(c->t, a->tend, b->tstart) || c->fi[j].share ||
            !(rel_same_unit(&c->fi[j], &c->fi[P]) || rel_bare(b) ||
              (kinds && (rel_same_unit(&c->fi[j], &c->fi[W]) || kind_of_whole(c, j, W) ||
                         strcmp(c->fi[j].cat, "other") == 0))) ||
            !(b->value < c->f->v[W].value) || added(c, j))
            break;   /* "and 40,000 more were called up": added to the whole, no part */
        rel_part_role(c, r, j, TALLY_OP_STATED);
    }
}

/* 1 when the part (stated) and the further parts of subset r, three or more
 * in all (two when said of "them" a sentence after W, or when the last is
 * "the other" ones: the_rest()), add up to within a
 * tenth of whole W: a breakdown of all of W,
 * checked as a SUM, not a subset ("Of the 300 trucks, 38 were wrecked and
 * 20 idle" is no breakdown). */
static int whole_broken_down(const ctx *c, const tally_relation *r, size_t W)
{
    double sum = c->f->v[r->stated].value, w = c->f->v[W].value;
    for (size_t k = 1; k < r->nparts; k++)
        sum += c->f->v[r->parts[k].fact].value;
    return r->nparts >= 2 && fabs(sum - w) <= 0.1 * w;
}

/* 1 when the part and the further parts of subset r add up to whole W
 * exactly, to a unit ("six flying boats, four of them ... and two ..."). */
static int adds_up(const ctx *c, const tally_relation *r, size_t W)
{
    double sum = c->f->v[r->stated].value;
    for (size_t k = 1; k < r->nparts; k++)
        sum += c->f->v[r->parts[k].fact].value;
    return fabs(sum - c->f->v[W].value) < 0.5;
}

/* The outcome the words t[a..b) name through the kin lexicon table: -1
 * a loss ("lost", "died", "captured"), 1 a safe end ("landed",
 * "arrived", "delivered"), 0 neither or both. */
static int outcome_in(const ctx *c, size_t a, size_t b)
{
    static const char *const bad[] = {"loss", "death", "captive", NULL};
    static const char *const good[] = {"delivery", "arrival", NULL};
    int out = 0;
    for (size_t i = a; i < b && c->lex;) {
        if (!isalpha((unsigned char)c->t[i])) {
            i++;
            continue;
        }
        char w[48];
        size_t e = rel_word_at(c->t, i, b, w, sizeof w);
        const char *k = tally_lexicon_get(c->lex, "kin", w, "kin");
        for (size_t q = 0; k && bad[q]; q++)
            out |= strcmp(k, bad[q]) == 0 ? 1 : 0;
        for (size_t q = 0; k && good[q]; q++)
            out |= strcmp(k, good[q]) == 0 ? 2 : 0;
        i = e > i ? e : i + 1;
    }
    return out == 1 ? -1 : out == 2 ? 1 : 0;
}

/* "Of the 2,150 tons loaded, 390 tons were lost, about 18 per cent, and
 * 1,860 tons were landed": part P of whole W and the one figure R after
 * it joined by "and" (a share apposed to P between them skipped), of P's
 * unit, the one said lost and the other said to have arrived (kin table),
 * adding up to within a tenth of W: what is left of W after the loss.
 * The arriving figure (its index into *rest, the lost one into *lost);
 * 0 when the sentence says no such thing. */
static int outcome_pair(const ctx *c, size_t P, size_t W, size_t hi, size_t *rest,
                        size_t *lost)
{
    size_t R = P + 1, send = c->seg->sents[c->f->v[P].sent_index].end;
    if (R < hi && c->fi[R].share &&
        rel_words_between(c->t, c->f->v[P].tend, c->f->v[R].tstart, ";:()") >= 0 &&
        rel_words_between(c->t, c->f->v[P].tend, c->f->v[R].tstart, "") <= 12)
        R++;   /* "..., a loss of about 18 per cent, and 1,860 tons" */
    if (R >= hi || c->fi[R].share || !rel_same_unit(&c->fi[R], &c->fi[P]) ||
        rel_words_between(c->t, c->f->v[R - 1].tend, c->f->v[R].tstart, ";:()") < 0 ||
        !rel_phrase_in(c->t, c->f->v[R - 1].tend, c->f->v[R].tstart,
                       (const char *const[]){"and", NULL}))
        return 0;
    double w = c->f->v[W].value, sum = c->f->v[P].value + c->f->v[R].value;
    if (!(c->f->v[R].value < w) || !(fabs(sum - w) <= 0.1 * w))
        return 0;
    int op = outcome_in(c, c->f->v[P].tend, c->f->v[P + 1].tstart);
    int orr = outcome_in(c, c->f->v[R].tend, R + 1 < hi ? c->f->v[R + 1].tstart : send);
    if (op == -1 && orr == 1) {
        *rest = R;
        *lost = P;
        return 1;
    }
    if (op == 1 && orr == -1) {
        *rest = P;
        *lost = R;
        return 1;
    }
    return 0;
}

/* 1 when the last further part of subset r is called the rest of the
 * whole ("of which 14 were ocean-going and the other eight coastal"; "the
 * rest", "the remaining", "the remainder"), in the three words before it. */
static int the_rest(const ctx *c, const tally_relation *r)
{
    static const char *const rest[] = {"other", "others", "rest", "remaining", "remainder",
                                       NULL};
    if (r->nparts < 2)
        return 0;
    const tally_fact *last = &c->f->v[r->parts[r->nparts - 1].fact];
    size_t st = c->seg->sents[last->sent_index].start, a = last->tstart;
    for (int w = 0; w < 3 && a > st; w++) {   /* back three words */
        while (a > st && c->t[a - 1] == ' ')
            a--;
        while (a > st && rel_wch((unsigned char)c->t[a - 1]))
            a--;
    }
    return rel_phrase_in(c->t, a, last->tstart, rest);
}

/* "... there were 112 gangs at work. Of the gangs, 64 worked on farms, 30
 * in quarries and 28 on the railways": the plural noun right after "Of the"
 * opening sentence si (at offset e) names a whole, the last figure of its
 * unit in the sentence before (same paragraph, no share or rate); the list
 * after the comma (three or more figures of that unit or bare) that comes
 * within a tenth of it -> SUM.  0 when there is none, -1 out of memory. */
static int named_whole_broken_down(ctx *c, size_t si, size_t e, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    char w[48], u[48], cat[16];
    size_t k = e;
    while (k < s->end && c->t[k] == ' ')
        k++;
    size_t we = rel_word_at(c->t, k, s->end, w, sizeof w);
    if (we == k || we >= s->end || c->t[we] != ',' || si == 0 ||
        c->seg->sents[si - 1].para != s->para)
        return 0;
    if (!rel_lookup_word(c->lex, w, u, cat)) {   /* "gangs": the plural of a unit */
        size_t n = strlen(w);
        if (n < 3 || w[n - 1] != 's')
            return 0;
        snprintf(u, sizeof u, "%.*s", (int)(n - 1), w);
    }
    size_t plo, phi, W = NOPOS;
    rel_sent_range(c, si - 1, &plo, &phi);
    for (size_t j = phi; j-- > plo;)
        if (strcmp(c->fi[j].unit, u) == 0 && !c->fi[j].share && !rel_is_rate(c, j)) {
            W = j;
            break;
        }
    size_t P = rel_fact_after(c, we + 1, lo, hi, 1);
    if (W == NOPOS || P == NOPOS || c->fi[P].share || c->fi[P].part || c->fi[W].used ||
        !(rel_same_unit(&c->fi[P], &c->fi[W]) || rel_bare(&c->f->v[P])))
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUBSET, P, "of the");
    rel_part(c, &r, W);
    more_parts(c, &r, P, W, hi, 0);
    if (r.nparts < 3 || !whole_broken_down(c, &r, W))
        return 0;
    tally_relation sum;
    rel_init(&sum, TALLY_REL_SUM, W, "of the, broken down");
    rel_part(c, &sum, P);
    for (size_t m = 1; m < r.nparts; m++)
        rel_part(c, &sum, r.parts[m].fact);
    return rel_add(c, &sum) < 0 ? -1 : 0;
}

static int copular(const ctx *c, size_t j, size_t q);

/* The share right after figure P in its sentence (before hi), unused, that
 * P is joined to by a verb of share ("the 1,200 ... made up nearly 60 per
 * cent"); NOPOS when none. */
static size_t copular_share(const ctx *c, size_t P, size_t hi)
{
    size_t q = P + 1;
    if (q >= hi || !c->fi[q].share || c->fi[q].used || !copular(c, P, q))
        return NOPOS;
    return q;
}

/* The whole that "N of them" opening sentence of fact lo refers to: the
 * largest figure of the sentence before in its paragraph (no share, no
 * rate) of lo's unit when lo has one ("24 fighters ..., £276,000 in all. It
 * delivered 18 of them": the 24); NOPOS when none. */
/* The largest figure of the sentence before fact lo's, in its paragraph,
 * that is no share or rate and that ok(c, j, lo) accepts; NOPOS when none.
 * The largest: "Of the 46 bridges, 31 ..., nine ... and six ... Eleven of
 * them" are of the 46. */
static size_t largest_before(const ctx *c, size_t lo, int (*ok)(const ctx *, size_t, size_t))
{
    if (lo == 0)
        return NOPOS;
    size_t ps = c->f->v[lo - 1].sent_index;
    if (ps >= c->seg->nsents ||
        c->seg->sents[ps].para != c->seg->sents[c->f->v[lo].sent_index].para)
        return NOPOS;
    size_t best = NOPOS;
    for (size_t j = lo; j-- > 0 && c->f->v[j].sent_index == ps;)
        if (!c->fi[j].share && !rel_is_rate(c, j) && ok(c, j, lo) &&
            (best == NOPOS || c->f->v[j].value > c->f->v[best].value))
            best = j;
    return best;
}

/* 1 when figure j has a unit, lo's when lo has one. */
static int of_lo_unit(const ctx *c, size_t j, size_t lo)
{
    return c->fi[j].unit[0] && (!c->fi[lo].unit[0] || rel_same_unit(&c->fi[j], &c->fi[lo]));
}

static size_t whole_before(const ctx *c, size_t lo)
{
    return largest_before(c, lo, of_lo_unit);
}

/* 1 when category cat counts things: persons, aircraft, materiel or
 * munitions (not money, a duration or a measure). */
static int countable_cat(const char *cat)
{
    static const char *const kinds[] = {"personnel", "aircraft", "materiel", "munition",
                                        NULL};
    for (size_t k = 0; kinds[k]; k++)
        if (strcmp(cat, kinds[k]) == 0)
            return 1;
    return 0;
}

/* 1 when part P, stated with "of them" / "of whom" / "of which", names
 * its own kind of what whole W counts ("9,200 workers, 2,300 of them
 * women"; "400 vehicles, 120 of which lorries"): P's unit differs from W's
 * but both are of one category of countable things (personnel, aircraft,
 * materiel, munition), never money, a duration or a measure. */
static int kind_of_whole(const ctx *c, size_t P, size_t W)
{
    const finfo *p = &c->fi[P], *w = &c->fi[W];
    return w->unit[0] && strcmp(p->cat, w->cat) == 0 && countable_cat(p->cat);
}

/* 1 when figure W counts things: persons, aircraft, materiel or munitions
 * (not money, a duration or a measure). */
static int countable_whole(const ctx *c, size_t W);

/* The whole that "Of these, N ..." opening the sentence of fact lo refers
 * to when N names no thing of its own (its unit only carried over from an
 * earlier figure): the largest count of things (persons, aircraft,
 * materiel, munitions; no money, weight, share or rate) of the sentence before in
 * its paragraph ("bought 860 horses at 1,150 crowns. Of these, 172 ...":
 * the 860); NOPOS when none. */
static size_t countable_before(const ctx *c, size_t lo);

/* 1 when fact f is stated as a bare number ("172"), whatever unit it was
 * given from the figures before it. */
static int no_noun(const tally_fact *f)
{
    return f->mention && f->number_text && strcmp(f->mention, f->number_text) == 0;
}

/* 1 when figure P is the only figure of its sentence (before hi) but for
 * shares. */
static int lone_figure(const ctx *c, size_t P, size_t hi)
{
    for (size_t j = P + 1; j < hi; j++)
        if (!c->fi[j].share)
            return 0;
    return 1;
}

/* 1 when unit u measures (a weight or volume) rather than counts items. */
static int weight_unit(const char *u)
{
    static const char *const measure[] = {"ton", "tonne", "kg", "lb", "gallon", "litre",
                                          "liter", "barrel", "pound", "cubic metre", NULL};
    for (size_t q = 0; measure[q]; q++)
        if (strcmp(u, measure[q]) == 0)
            return 1;
    return 0;
}

/* 1 when figure j counts things and is no weight ("212 ships of 614,000
 * tons": the ships). */
static int counted_thing(const ctx *c, size_t j, size_t lo)
{
    (void)lo;
    return countable_whole(c, j) && !weight_unit(c->fi[j].unit);
}

static size_t countable_before(const ctx *c, size_t lo)
{
    return largest_before(c, lo, counted_thing);
}

/* 1 when figure W counts things (countable_whole's comment above). */
static int countable_whole(const ctx *c, size_t W)
{
    return countable_cat(c->fi[W].cat);
}

/* 1 when part P after "of whom" / "of which" (the cue ending at offset e)
 * names a kind of whole W's things the lexicon does not know ("18,400 men,
 * of whom 4,600 were regulars"; "of which 300 were tenders"): P's noun is
 * read with no category ("other"), W counts persons, aircraft, materiel or
 * munitions, and nothing but the part stands between the cue and P. */
static int unknown_kind_of_whole(const ctx *c, size_t P, size_t W, size_t e)
{
    return P != NOPOS && W != NOPOS && strcmp(c->fi[P].cat, "other") == 0 &&
           rel_words_between(c->t, e, c->f->v[P].tstart, ",;:()") == 0 &&
           countable_whole(c, W);
}

/* 1 when a comma stands right before figure j ("were mobilised, 180,000"). */
static int comma_before(const ctx *c, size_t j)
{
    size_t k = c->f->v[j].tstart;
    while (k > 0 && c->t[k - 1] == ' ')
        k--;
    return k > 0 && c->t[k - 1] == ',';
}

/* 1 when whole W is a few things named before and counted again ("the
 * three together", "from the two", "from the three plants together"): a
 * count of at most twelve below its part P, with no noun of its own (its
 * unit only inherited from the sentence) or a noun of other things than
 * P's, counts the sources of P, so it is no whole of P. */
static int anaphoric_few(const ctx *c, size_t P, size_t W)
{
    const tally_fact *w = &c->f->v[W];
    return (no_noun(w) || !rel_same_unit(&c->fi[P], &c->fi[W])) && w->value <= 12 &&
           w->value < c->f->v[P].value;
}

static int change_noun_before(const ctx *c, size_t P);

/* 1 when the parts of subset relation r (r.parts[0] its whole W, the rest
 * its parts with the stated one) add up to more than W: "44 ships, 27 of
 * them Thessanian and 19 foreign" cannot be parts of a whole they exceed,
 * so they are read as its breakdown (a sum that does not hold), not as a
 * part of it. */
static int parts_exceed(const ctx *c, const tally_relation *r, size_t W)
{
    double sum = c->f->v[r->stated].value;
    for (size_t k = 1; k < r->nparts; k++)
        if (r->parts[k].fact != TALLY_NO_FACT)
            sum += c->f->v[r->parts[k].fact].value;
    return r->nparts >= 2 && sum > c->f->v[W].value;
}

/* 1 when figure W is the amount of a change apposed to a level ("an
 * increase of 24", "a loss of 9", "a gain of 3"): a cue "of which" after it
 * refers to the level, not to the amount. */
static int apposed_change(const ctx *c, size_t W)
{
    static const char *const more[] = {"a loss of", "a gain of", NULL};
    size_t i = c->f->v[W].tstart, a = c->seg->sents[c->f->v[W].sent_index].start;
    while (i > a && c->t[i - 1] == ' ')
        i--;
    if (change_noun_before(c, W))
        return 1;
    for (size_t k = 0; more[k]; k++) {
        size_t n = strlen(more[k]);
        if (i >= a + n && rel_phrase_at(c->t, i - n, i, more[k]) == i)
            return 1;
    }
    return 0;
}

int rel_rule_subset(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const of_which[] = {"of which", "of whom", "of them", "of these", NULL};
    static const char *const and_more[] = {"and", NULL};
    static const char *const of_the[] = {"of the", "out of the", "out of", "from the", "of its",
                                         "of their", "of", NULL};
    static const char *const each_of[] = {"each", "every", NULL};
    static const char *const gap_words[] = {"short", "ahead", "clear",    "shy",
                                            "instead", "place", "lieu",    "excess",
                                            "top",
                                            "because", "regardless", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        for (size_t q = 0; of_which[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, of_which[q]);
            if (!e)
                continue;
            size_t W = rel_fact_before(c, i, lo, hi, 4), P = rel_fact_after(c, e, lo, hi, 2);
            if (P != NOPOS && rel_phrase_in(c->t, e, c->f->v[P].tstart, and_more))
                P = NOPOS;   /* "180,000 of them reservists, and 40,000 more": no part */
            while (W != NOPOS && W > lo && rel_is_rate(c, W) && !c->fi[W - 1].share &&
                   rel_same_unit(&c->fi[W - 1], &c->fi[W]) && !rel_is_rate(c, W - 1))
                W = W - 1;   /* "612 rounds, about 200 an hour, 408 of them": of the 612 */
            if (W != NOPOS && W > lo && rel_words_between(c->t, c->f->v[W].tend, i, "") == 0 &&
                (rel_same_unit(&c->fi[W - 1], &c->fi[W]) || kind_of_whole(c, W, W - 1)) &&
                strcmp(c->fi[W - 1].cat, "duration") != 0 &&
                rel_words_between(c->t, c->f->v[W - 1].tend, c->f->v[W].tstart, ";:.()") >= 0 &&
                (rel_words_between(c->t, c->f->v[W - 1].tend, c->f->v[W].tstart, "") <= 2 ||
                 (P == NOPOS && c->f->v[W - 1].value > c->f->v[W].value &&
                  comma_before(c, W) &&
                  rel_words_between(c->t, c->f->v[W - 1].tend, c->f->v[W].tstart, "") <= 8))) {
                P = W;   /* "30 aircraft, 18 of them in training": 18 of the 30 */
                W = W - 1;
            }
            while (W != NOPOS && W > lo && rel_is_rate(c, W) && !c->fi[W - 1].share &&
                   rel_same_unit(&c->fi[W - 1], &c->fi[W]) && !rel_is_rate(c, W - 1))
                W = W - 1;   /* "612 rounds, about 200 an hour, 408 of them": of the 612 */
            if (W != NOPOS && W > lo && P != NOPOS && apposed_change(c, W) &&
                !c->fi[W - 1].share && rel_same_unit(&c->fi[W - 1], &c->fi[W]) &&
                rel_words_between(c->t, c->f->v[W - 1].tend, c->f->v[W].tstart, ";:.()") >= 0 &&
                rel_words_between(c->t, c->f->v[W - 1].tend, c->f->v[W].tstart, "") <= 5)
                W = W - 1;   /* "had 42 posts, an increase of 24, of which 30 ...": of the
                                level, not of the change's amount */
            if (q >= 2 && W != NOPOS && W != lo && P != NOPOS &&
                rel_words_between(c->t, c->f->v[W].tend, i, ",;:()") == 0)
                continue;   /* "since the 1,150 of them needed 6,240 tyres": the figure
                               right before "of them" is the part; what follows is
                               said of it, no part of it */
            int opening = 0;
            if (q >= 2 && W == NOPOS && P == lo && lone_figure(c, P, hi) &&
                rel_words_between(c->t, rel_sent_open(c, si), i, "") == 0) {
                /* "... bought 860 horses at 1,150 crowns each. Of these, 172 were
                 * unfit": the whole is counted in the sentence before (a list
                 * "Of these 148 were steamers and 51 motor ships" is left to the
                 * sums) */
                W = no_noun(&c->f->v[P]) ? countable_before(c, P) : whole_before(c, P);
                opening = 1;
            }
            int part_first = W != NOPOS && W == lo &&   /* "11,200 of them", not "31, of which" */
                             rel_words_between(c->t, c->f->v[W].tend, i, ",") == 0;
            if ((W == NOPOS || W == lo) && (P == NOPOS || part_first) && lo < hi &&
                c->f->v[lo].tend <= i &&
                (part_first || rel_words_between(c->t, s->start, c->f->v[lo].tstart, "") == 0)) {
                /* (also "Three of them flew Lancasters, 64 to a group": the three are
                 * the part, the 64 no part of them; and "The Lancasters flew 11,200
                 * of them and the Wellingtons 2,480": the figure before "of them") */
                /* "The corps received 64 new tanks. Forty of them came from the
                 * works and the other 24 from the depots" */
                P = lo;
                W = whole_before(c, lo);
                opening = 1;
            }
            if (W == NOPOS || P == NOPOS || c->fi[P].share || c->fi[W].share || c->fi[P].part ||
                (opening && !(c->f->v[W].value > c->f->v[P].value)))
                continue;   /* a part of a sum already: checked there */
            int own_kinds = 0;   /* the parts name their own kinds of the whole's things */
            if (c->fi[P].unit[0] && !rel_same_unit(&c->fi[P], &c->fi[W]) &&
                !(opening && no_noun(&c->f->v[P]))) {   /* "Of these, 172": of the whole */
                if (!kind_of_whole(c, P, W) && !unknown_kind_of_whole(c, P, W, e))
                    continue;
                /* "of which", "of whom" and parts naming their own kinds
                 * ("4,600 were regulars and 13,800 conscripts"): two parts may
                 * be all of a count of things (never of a sum of money or a
                 * measure: "$48 million, of which $30 million ... and $16
                 * million ..." leaves $2 million unsaid); "40 boats, of which 25
                 * were new and 12 old" stays a subset unless they add up */
                own_kinds = q < 2 && countable_whole(c, W);
            }
            size_t Q = copular_share(c, P, hi);
            if (Q != NOPOS) {   /* "2,050 lorries, of which the 1,200 from abroad made
                                   up nearly 60 per cent": a share of the whole */
                tally_relation f;
                rel_init(&f, TALLY_REL_FRACTION, P, of_which[q]);
                rel_part(c, &f, Q);
                rel_part(c, &f, W);
                c->fi[Q].used = c->fi[P].used = 1;
                if (rel_add(c, &f) < 0)
                    return -1;
                continue;
            }
            tally_relation r;
            rel_init(&r, TALLY_REL_SUBSET, P, of_which[q]);
            rel_part(c, &r, W);
            more_parts(c, &r, P, W, hi, q < 2 && countable_whole(c, W));
            if (((opening && r.nparts >= 2) || r.nparts >= 3 || the_rest(c, &r) ||
                 (own_kinds && r.nparts >= 2) ||
                 (r.nparts >= 2 && countable_whole(c, W) &&
                  (adds_up(c, &r, W) || parts_exceed(c, &r, W)))) &&
                whole_broken_down(c, &r, W)) {
                /* "14 divisions, nine of them infantry, three mechanised and two
                 * armoured": all of the whole, a SUM */
                tally_relation sum;
                rel_init(&sum, TALLY_REL_SUM, W, "of them, broken down");
                rel_part(c, &sum, P);
                for (size_t k = 1; k < r.nparts; k++)
                    rel_part(c, &sum, r.parts[k].fact);
                if (rel_add(c, &sum) < 0)
                    return -1;
                continue;
            }
            if (rel_add(c, &r) < 0)
                return -1;
        }
        for (size_t q = 0; of_the[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, of_the[q]);
            if (!e || (strcmp(of_the[q], "of") == 0 &&
                       (i != s->start || rel_fact_after(c, e, lo, hi, 0) == NOPOS)))
                continue;   /* a bare "of" only opening the sentence: "Of 63 runners, 17" */
            size_t P = rel_fact_before_s(c, i, lo, hi, 5, ",;:()");
            size_t W = rel_fact_after(c, e, lo, hi, 1);
            if (P == NOPOS && rel_words_between(c->t, rel_sent_open(c, si), i, "") == 0 &&
                (W == NOPOS || rel_words_between(c->t, e, c->f->v[W].tstart, ",") < 0)) {
                /* "... 112 gangs at work. Of the gangs, 64 ..., 30 ... and 28 ...": the
                 * whole named, stated in the sentence before */
                int rc = named_whole_broken_down(c, si, e, lo, hi);
                if (rc < 0)
                    return -1;
                continue;
            }
            if (P == NOPOS && W != NOPOS && rel_words_between(c->t, rel_sent_open(c, si), i, "") == 0)
                P = opening_part(c, W, lo, hi, s->end);
            if (W != NOPOS && rel_words_between(c->t, e, c->f->v[W].tstart, ",") < 0)
                continue;   /* "38 from the depot, 84 from the port": a list, no whole */
            if (W == NOPOS || P == NOPOS || P == W || c->fi[P].share || c->fi[W].share ||
                c->fi[P].part ||   /* a part of a sum already: checked there */
                !(rel_same_unit(&c->fi[P], &c->fi[W]) || rel_bare(&c->f->v[P])) ||
                rel_word_before_is(c, i, s->start, gap_words) ||
                rel_word_before_is(c, i, s->start, each_of))
                continue;   /* "21 short of the 60", "120 instead of the 80", "50
                               tons in place of the 45": no part; "nearly 300 for
                               each of the 140 raiders": a rate, no part */
            if (anaphoric_few(c, P, W))
                continue;   /* "100 a month from the three together": the three
                               factories named before, no whole of the 100 */
            tally_relation r;
            rel_init(&r, TALLY_REL_SUBSET, P, "of the");
            rel_part(c, &r, W);
            if (P > W)
                more_parts(c, &r, P, W, hi, 0);
            if (r.nparts >= 3 && whole_broken_down(c, &r, W)) {
                /* "Of the 1,150 tons, 690 were food, 310 ammunition and 170 fuel":
                 * parts that come within a tenth of their whole are all of it */
                tally_relation sum;
                rel_init(&sum, TALLY_REL_SUM, W, "of the, broken down");
                rel_part(c, &sum, P);
                for (size_t k = 1; k < r.nparts; k++)
                    rel_part(c, &sum, r.parts[k].fact);
                if (rel_add(c, &sum) < 0)
                    return -1;
                continue;
            }
            size_t rest, lost;
            if (r.nparts <= 2 && P > W && outcome_pair(c, P, W, hi, &rest, &lost)) {
                /* "Of the 2,150 tons loaded, 390 were lost ... and 1,860 landed" */
                tally_relation d;
                rel_init(&d, TALLY_REL_DIFFERENCE, rest, "of the, lost and arrived");
                rel_part(c, &d, W);
                rel_part(c, &d, lost);
                if (rel_add(c, &d) < 0)
                    return -1;
            }
            r.nparts = 1;
            if (rel_add(c, &r) < 0)
                return -1;
        }
    }
    return 0;
}


/* 1 for the bytes that end the noun of a share's whole: , ; : . ( ) */
static int clause_stop(char ch)
{
    return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '(' || ch == ')' || !ch;
}

/* Copy into out (cap bytes) the words from offset a up to the end of their
 * clause (clause_stop()), trimmed: the noun of a share's whole. */
static void copy_clause(const ctx *c, size_t a, size_t send, char *out, size_t cap)
{
    while (a < send && c->t[a] == ' ')
        a++;
    size_t b = a;
    while (b < send && !clause_stop(c->t[b]))
        b++;
    while (b > a && c->t[b - 1] == ' ')
        b--;
    size_t n = b - a < cap - 1 ? b - a : cap - 1;
    memcpy(out, c->t + a, n);
    out[n] = '\0';
}

/* 1 when w is a possessive determiner ("its", "their"). */
static int possessive(const char *w)
{
    return strcmp(w, "its") == 0 || strcmp(w, "their") == 0 || strcmp(w, "his") == 0 ||
           strcmp(w, "her") == 0;
}

/* 1 when a comma stands in t[a..b). */
static int comma_between(const char *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (t[k] == ',')
            return 1;
    return 0;
}

/* The whole of share q: the figure "of" leads to (*W), else the noun after
 * "of" copied into whole; NOPOS when there is no "of".  *of_end: the
 * offset after "of" (NOPOS when none). */
static size_t share_whole(const ctx *c, size_t q, size_t lo, size_t hi, size_t send,
                          char *whole, size_t cap, size_t *of_end)
{
    static const char *const of_word[] = {"of", NULL};
    *of_end = NOPOS;
    size_t k = c->f->v[q].tend;
    while (k < send && c->t[k] == ' ')
        k++;
    char w[48];
    size_t after = rel_word_at(c->t, k, send, w, sizeof w);
    if (possessive(w)) {   /* "a little over half its target": "of" understood */
        *of_end = k;
        copy_clause(c, k, send, whole, cap);
        return NOPOS;
    }
    if (strcmp(w, "of") != 0 && w[0]) {   /* "percent of", "one third of" */
        while (after < send && c->t[after] == ' ')
            after++;
        k = after;
        after = rel_word_at(c->t, k, send, w, sizeof w);
    }
    if (strcmp(w, "of") != 0)
        return NOPOS;
    *of_end = after;
    size_t W = rel_fact_after(c, after, lo, hi, 3);
    if (W == NOPOS) {   /* "of a national income of 7.2bn" */
        W = rel_fact_after(c, after, lo, hi, 5);
        if (W != NOPOS && !rel_word_before_is(c, c->f->v[W].tstart, after, of_word))
            W = NOPOS;
    }
    if (W != NOPOS && !c->fi[W].share && !comma_between(c->t, after, c->f->v[W].tstart))
        return W;   /* "three in five of them, 1,940, died": 1,940 is the part */
    copy_clause(c, after, send, whole, cap);
    return NOPOS;
}

/* The single figure in the parenthesis opening at p; NOPOS if none or more
 * than one, or a share. */
static size_t only_child(const ctx *c, size_t p, size_t lo, size_t hi)
{
    size_t P = NOPOS;
    if (p == NOPOS)
        return NOPOS;
    for (size_t j = lo; j < hi; j++)
        if (c->fi[j].popen == p) {
            if (P != NOPOS || c->fi[j].share)
                return NOPOS;
            P = j;
        }
    return P;
}


static size_t subset_whole(const ctx *c, size_t P);
static size_t opening_partitive_whole(const ctx *c, size_t P, size_t lo, int stated_ok,
                                      int *demo);

/* 1 when figure P is the object of a partitive that opens its clause and
 * share q after it is the clause's subject, "of these 40 batteries, a
 * quarter had ...", "Of the 600 prisoners, a third were ...": P is the
 * whole of the share, not its part (round 408).  A share set off by
 * commas ("of these 1,500, about a third, were ...") is P's apposition. */
static int partitive_object(const ctx *c, size_t P, size_t q, size_t start)
{
    static const char *const dem[] = {"these", "those", NULL};
    static const char *const the[] = {"the", NULL};
    static const char *const of[] = {"of", NULL};
    static const char *const opener[] = {"and", "but", "while", NULL};
    size_t i = c->f->v[P].tstart, e = c->f->v[q].tend;
    if (c->t[e] == ',' || c->t[e] == ')')
        return 0;
    int d = rel_word_before_is(c, i, start, dem);
    if (!d && !rel_word_before_is(c, i, start, the))
        return 0;
    size_t k = rel_word_back(c, i, start);
    if (!rel_word_before_is(c, k, start, of))
        return 0;
    if (d)
        return 1;
    k = rel_word_back(c, k, start);   /* "of the": only opening its clause */
    while (k > start && c->t[k - 1] == ' ')
        k--;
    return k == start || c->t[k - 1] == ',' || c->t[k - 1] == ';' ||
           rel_word_before_is(c, k, start, opener);
}

/* 1 when the share q stands in apposition: right after ", " or ", or ". */
static int after_comma(const ctx *c, size_t q, size_t start)
{
    static const char *const orw[] = {"or", NULL};
    static const char *const hedge[] = {"a", "little", "just", "well", "only", "barely", NULL};
    size_t k = c->f->v[q].tstart;
    for (int n = 0; n < 2 && rel_word_before_is(c, k, start, hedge); n++)
        k = rel_word_back(c, k, start);   /* "12,000, a little over half" */
    while (k > start && c->t[k - 1] == ' ')
        k--;
    if (rel_word_before_is(c, k, start, orw)) {
        k -= 2;
        while (k > start && c->t[k - 1] == ' ')
            k--;
    }
    return k > start && c->t[k - 1] == ',';
}

/* 1 when figure j and share q are joined by "or" with no comma, after one to
 * three words of j's noun ("2,100 prisoners or 18 per cent of those held");
 * "10 or 20 per cent" (no noun between) is a range, not a part. */
static int noun_or_share(const ctx *c, size_t j, size_t q)
{
    const char *t = c->t;
    size_t a = c->f->v[j].tend, b = c->f->v[q].tstart;
    while (b > a && t[b - 1] == ' ')
        b--;
    if (b < a + 3 || strncmp(t + b - 3, " or", 3) != 0)
        return 0;
    b -= 3;
    int words = 0, inword = 0;
    for (size_t k = a; k < b; k++) {
        int letter = isalpha((unsigned char)t[k]) || t[k] == '-';
        if (!letter && t[k] != ' ')
            return 0;
        words += letter && !inword;
        inword = letter;
    }
    return words >= 1 && words <= 3;
}

/* 1 when figure b follows "up from" or "down from" ("300 grams, down from
 * 500 grams"): the old level of figure a before it. */
static int up_down_from(const ctx *c, const tally_sentence *s, size_t b)
{
    static const char *const from[] = {"from", NULL};
    static const char *const way[] = {"up", "down", NULL};
    return rel_two_words_before(c, c->f->v[b].tstart, s->start, way, from);
}

/* The figure a share in apposition is said of: the last one of its clause
 * (at most eight words back, commas allowed), or the one before it when
 * that is an adjunct ("58,000 tons in 23,500 sorties, 40 per cent of"). */
static size_t apposed(const ctx *c, size_t q, size_t lo)
{
    static const char *const adjunct[] = {"in", "over", "during", "from", "per", "by",
                                          "on", "at", "within", NULL};
    if (q == lo)
        return NOPOS;
    size_t j = q - 1;
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        if (r->kind == TALLY_REL_CHANGE && r->absolute && r->stated == j && r->nparts == 2 &&
            r->parts[1].fact < j && r->parts[1].fact >= lo && !c->fi[r->parts[1].fact].share)
            j = r->parts[1].fact;   /* "to 118 aircraft, an increase of 72, or some 82 per
                                       cent of the 144": a share of the new level */
    }
    const tally_sentence *s = &c->seg->sents[c->f->v[q].sent_index];
    int w = rel_words_between(c->t, c->f->v[j].tend, c->f->v[q].tstart, ";:.()");
    /* a part of a stated whole may carry a long clause: "Of the 250
     * lorries, 60 had broken down for good by January, a quarter" */
    int most = subset_whole(c, j) != NOPOS ? 20 : 8;
    int demo = 0;
    if (most < 20 && w > 8 && w <= 20 && opening_partitive_whole(c, j, lo, 1, &demo) != NOPOS)
        most = 20;   /* so may a part after "Of the cranes," or "Of this," */
    const char *men = c->f->v[j].mention;
    if (most < 14 && men && (strstr(men, " of the ") || strstr(men, " of all ")))
        most = 14;   /* a partitive's noun phrase may run on: "2,700 of the mines
                        swept by the end of the third season, 60 per cent" */
    /* a total found already may carry a share of its own ("bringing the
     * chain to 20, five sixths of what the plan had promised") */
    if (w < 0 || w > most || c->fi[j].share || (c->fi[j].used && !rel_stated_by(c, TALLY_REL_SUM, j)))
        return NOPOS;
    if (up_down_from(c, s, j))
        return NOPOS;   /* "700 rifles, up from 560 in May, 70 per cent of its
                           establishment": the 560 is the old level, no part */
    if (j > lo && rel_word_before_is(c, c->f->v[j].tstart, s->start, adjunct)) {
        size_t i = j - 1;
        int wi = rel_words_between(c->t, c->f->v[i].tend, c->f->v[j].tstart, ",;:.()");
        if (wi >= 0 && wi <= 4 && !c->fi[i].share && !c->fi[i].used && c->fi[i].unit[0] &&
            !rel_same_unit(&c->fi[i], &c->fi[j]))
            j = i;
    }
    return j;
}

/* The whole of the SUBSET relation whose part is figure P ("Of the 240
 * lorries, 80 broke down": 240 for 80), NOPOS when P is no such part. */
static size_t subset_whole(const ctx *c, size_t P)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].kind == TALLY_REL_SUBSET && c->out->v[i].stated == P)
            return c->out->v[i].parts[0].fact;
    return NOPOS;
}

/* The part of the SUBSET relation whose whole is figure W and whose part
 * comes right before it ("finished 231 of the 288 hulls, about 80 per
 * cent": 231 for 288), NOPOS when W is no such whole. */
static size_t subset_part(const ctx *c, size_t W)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].kind == TALLY_REL_SUBSET && c->out->v[i].parts[0].fact == W &&
            c->out->v[i].stated + 1 == W)
            return c->out->v[i].stated;
    return NOPOS;
}

/* The figure before P, in P's sentence or the one before (same
 * paragraph), comparable with P, above it, no share or rate: the largest
 * when `largest`, else the nearest.  NOPOS when none. */
static size_t whole_near(const ctx *c, size_t P, int largest)
{
    size_t si = c->f->v[P].sent_index, best = NOPOS;
    for (size_t j = P; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (c->fi[j].share || rel_is_rate(c, j) || !rel_comparable(&c->fi[j], &c->fi[P]) ||
            !(jf->value > c->f->v[P].value) || jf->qual == TALLY_Q_AT_LEAST ||
            jf->qual == TALLY_Q_AT_MOST)
            continue;
        if (!largest)
            return j;
        if (best == NOPOS || jf->value > c->f->v[best].value)
            best = j;
    }
    return best;
}

/* 1 when figure P is followed by a partitive pronoun ("408 of them", "85 km
 * of it"): P is a part of the figure the pronoun refers to, the nearest
 * comparable larger one before it (whole_near), not an item of a list. */
static int pronoun_partitive(const ctx *c, size_t P)
{
    static const char *const pro[] = {"of it", "of them", "of these", "of those", NULL};
    const tally_fact *f = &c->f->v[P];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t k = f->tend;
    for (int w = 0; w < 3; w++) {   /* its unit's words first: "85 km of it" */
        while (k < s->end && c->t[k] == ' ')
            k++;
        for (size_t q = 0; pro[q]; q++)
            if (rel_phrase_at(c->t, k, s->end, pro[q]))
                return 1;
        if (rel_phrase_at(c->t, k, s->end, "of"))
            return 0;
        size_t e = k;
        while (e < s->end && isalpha((unsigned char)c->t[e]))
            e++;
        if (e == k)
            return 0;
        k = e;
    }
    return 0;
}

/* 1 when the whole a share names is the possession of its subject ("its
 * grain", "their fuel") and its noun names none of the things figure W
 * counts: not a word of W's clause through the part P ("80 workers, ...
 * 30 of them"), nor a lexicon term of W's unit or kind ("its workforce"),
 * nor a word of bare size ("its strength", "their total").  The share is
 * then of another whole than the one "of them" refers to, or than the one
 * a look-up finds (rules 5 and 5c). */
static int own_other_whole(const ctx *c, size_t W, size_t P, const char *whole)
{
    static const char *const poss[] = {"its ", "their ", NULL};
    static const char *const size_words[] = {"total", "strength", "number", "size",
                                             "complement", "establishment", NULL};
    int is_poss = 0;
    for (size_t q = 0; poss[q]; q++)
        if (strncasecmp(whole, poss[q], strlen(poss[q])) == 0)
            is_poss = 1;
    const char *h = strrchr(whole, ' ');
    h = h ? h + 1 : whole;
    size_t n = strlen(h);
    if (!is_poss || n < 3)
        return 0;
    for (size_t q = 0; size_words[q]; q++)
        if (strcasecmp(h, size_words[q]) == 0)
            return 0;
    char u[48], k[16];
    if (rel_lookup_word(c->lex, h, u, k) &&
        (strcmp(u, c->fi[W].unit) == 0 || (k[0] && strcmp(k, c->fi[W].cat) == 0)))
        return 0;   /* "its workforce" of 80 workers */
    size_t stem = n > 4 ? n - 1 : n;   /* "road" in "roads", "shell" in "shells" */
    size_t a = W < P ? W : P, b = W < P ? P : W;
    for (size_t i = c->f->v[a].tstart; i + stem <= c->f->v[b].tend; i++)
        if (strncasecmp(c->t + i, h, stem) == 0 && (i == 0 || !isalpha((unsigned char)c->t[i - 1])))
            return 0;
    return 1;
}

/* The whole of a part written with a partitive that names no figure: "1,410
 * of the total" (the largest figure of its kind in its sentence or the one
 * before), "of the latter 1,640", "of them 1,640" (the nearest such figure
 * before it).  NOPOS when P has no such partitive. */
static size_t partitive_whole(const ctx *c, size_t P)
{
    static const char *const after[] = {"of the total", "of the whole", NULL};
    static const char *const before[] = {"of the latter", "of them", "of these", NULL};
    const tally_fact *f = &c->f->v[P];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t k = f->tend;
    while (k < s->end && c->t[k] == ' ')
        k++;
    for (size_t q = 0; after[q]; q++)
        if (rel_phrase_at(c->t, k, s->end, after[q]))
            return whole_near(c, P, 1);
    if (pronoun_partitive(c, P))
        return whole_near(c, P, 0);
    size_t b = f->tstart;
    while (b > s->start && c->t[b - 1] == ' ')
        b--;
    for (size_t q = 0; before[q]; q++) {
        size_t n = strlen(before[q]);
        if (b >= s->start + n && rel_phrase_at(c->t, b - n, b, before[q]))
            return whole_near(c, P, 0);
    }
    return NOPOS;
}

/* Extend part P back over a list it closes ("85 tanks, 36 fighters"):
 * figures separated by a comma or "and" and at most three words.  Fills
 * list[] in text order; returns its length (at least 1). */
static size_t list_back(const ctx *c, size_t P, size_t lo, size_t *list, size_t cap)
{
    size_t first = P;
    while (first > lo && P - first + 1 < cap) {
        size_t m = first - 1;
        const tally_fact *a = &c->f->v[m], *b = &c->f->v[first];
        int w = rel_words_between(c->t, a->tend, b->tstart, ";:.()");
        /* the next figure follows its comma or "and" right away: "85 tanks,
         * 36 fighters", not "400 sorties and landed 900 tons" */
        int joined = rel_joined_to(c->t, a->tend, b->tstart);
        if (w < 0 || w > 3 || !joined || c->fi[m].share || c->fi[m].used || !c->fi[m].unit[0] ||
            subset_whole(c, first) == m || rel_stated_by(c, TALLY_REL_SUM, first))
            break;   /* "Of the 240 lorries, 80 ...": a whole and its part, not a list;
                        "... and 600 to fire, 2,100 altogether": a total, not an item */
        first = m;
    }
    size_t n = 0;
    for (size_t j = first; j <= P; j++)
        list[n++] = j;
    return n;
}

/* 1 when the whole's noun is a pronoun ("of them", "of which"): the whole
 * is the figure the share follows, not one to look up. */
static int pronoun_whole(const char *whole)
{
    static const char *const pro[] = {"them", "which", "these", "those", "whom", "it",
                                      "this", "that", "theirs", "ours", "hers", "yours",
                                      NULL};
    char w[24];
    size_t k = 0;
    while (whole[k] && whole[k] != ' ' && k + 1 < sizeof w) {
        w[k] = (char)tolower((unsigned char)whole[k]);
        k++;
    }
    w[k] = '\0';
    for (size_t q = 0; pro[q]; q++)
        if (strcmp(w, pro[q]) == 0)
            return 1;
    return 0;
}

/* 1 when a demonstrative whole is qualified by the words after it ("those
 * held", "those taken prisoner"): they say which figure it is, so it can
 * be looked up earlier when no antecedent stands beside it. */
static int those_qualified(const char *whole)
{
    if (strncasecmp(whole, "those ", 6) != 0)
        return 0;
    const char *w = whole + 6;
    while (*w == ' ')
        w++;
    static const char *const rel[] = {"who ", "that ", NULL};   /* "those who came" */
    for (size_t r = 0; rel[r]; r++)
        if (strncasecmp(w, rel[r], strlen(rel[r])) == 0)
            w += strlen(rel[r]);
    /* an auxiliary says nothing: "those who had left", "those who were sent" */
    static const char *const aux[] = {"had ", "have ", "has ", "were ", "was ", "had been ",
                                      "have been ", "been ", NULL};
    for (size_t r = 0; aux[r]; r++)
        if (strncasecmp(w, aux[r], strlen(aux[r])) == 0)
            w += strlen(aux[r]);
    size_t n = 0;
    while (isalpha((unsigned char)w[n]))
        n++;
    return n >= 4;
}

/* 1 when the whole named is a bare total: "the total", "the whole", "the
 * sum" (no word saying which). */
static int bare_total(const char *whole)
{
    static const char *const tot[] = {"the total", "the whole", "the sum", "the sum total",
                                      "the grand total", NULL};
    for (size_t q = 0; tot[q]; q++)
        if (strcasecmp(whole, tot[q]) == 0)
            return 1;
    return 0;
}

/* 1 when figure j is the subject of share q through a verb saying what
 * part it is: "the 48 depots that stood were some 80 per cent of", "the
 * trucks made up about a third of" - at most eight words between, none of
 * , ; : ( ), and one of them a copula or a verb of share. */
static int copular_span(const ctx *c, size_t a, size_t b);

static int copular(const ctx *c, size_t j, size_t q)
{
    return copular_span(c, c->f->v[j].tend, c->f->v[q].tstart);
}

/* copular() on the text t[a..b). */
static int copular_span(const ctx *c, size_t a, size_t b)
{
    static const char *const verbs[] = {
        "was", "were", "is", "are", "represented", "represents", "made up", "make up",
        "accounted for", "account for", "amounted to", "amount to", "came to", "constituted",
        "formed", "equalled", "equaled", "comprised", "being", "been", "covered", "covers",
        NULL};   /* "the 94,000 places covered 23 per cent of the population" */
    int w = rel_words_between(c->t, a, b, ",;:.()");
    if (w < 1 || w > 8)
        return 0;
    for (size_t k = a; k < b; k++)
        for (size_t v = 0; verbs[v]; v++)
            if (rel_phrase_at(c->t, k, b, verbs[v]))
                return 1;
    return 0;
}

/* 1 when figure j closes an apposition and a verb of share joins it to the
 * share q: "The gunboats, 12 of the 40 hulls, made up 30 per cent": at most
 * three words, one comma, then at most three words with the verb (copular's
 * list), no other mark. */
static int apposed_copular(const ctx *c, size_t j, size_t q)
{
    size_t a = c->f->v[j].tend, b = c->f->v[q].tstart;
    const char *k = memchr(c->t + a, ',', b - a);
    if (!k || rel_words_between(c->t, a, (size_t)(k - c->t), ",;:.()") > 3)
        return 0;
    size_t after = (size_t)(k - c->t) + 1;
    int w = rel_words_between(c->t, after, b, ",;:.()");
    return w >= 1 && w <= 3 && copular_span(c, after, b);
}

/* 1 when figure a is held against figure b right after it: "29,500 tons
 * against the 40,300 needed", "29,500 out of 40,300", "450 tons of steel
 * a week, against the 600" - same unit (or b bare), at most five words
 * in all, or five of a's noun and a comma before "against", "out of",
 * "compared with" and "the". */
static int measured_against(const ctx *c, size_t a, size_t b)
{
    static const char *const cue[] = {"against the", "against", "out of the", "out of",
                                      "compared with the", "compared with", NULL};
    if (c->fi[a].share || !(rel_same_unit(&c->fi[a], &c->fi[b]) || !c->fi[b].unit[0]))
        return 0;
    size_t x = c->f->v[a].tend, y = c->f->v[b].tstart;
    int w = rel_words_between(c->t, x, y, ";:.()");
    if (w < 1 || w > 8)
        return 0;
    for (size_t k = x; k < y; k++)
        for (size_t q = 0; cue[q]; q++) {
            size_t e = rel_phrase_at(c->t, k, y, cue[q]), z = k;
            if (!e || rel_words_between(c->t, e, y, "") != 0)
                continue;
            while (z > x && c->t[z - 1] == ' ')
                z--;
            int comma = z > x && c->t[z - 1] == ',';
            /* a comma only right before the cue, after at most five words of
             * the part's noun: "450 tons of steel a week, against the 600
             * planned", not "9,600 tons, and in May against" */
            int before = rel_words_between(c->t, x, comma ? z - 1 : z, ",");
            if (before >= 0 && (comma ? before <= 5 : w <= 5))
                return 1;
        }
    return 0;
}

/* The modality the modality lexicon gives the word at t[i..): NULL when it
 * names none, or names the actual. */
static const char *intent_word(const ctx *c, size_t i, size_t end, size_t *e)
{
    char w[48];
    *e = rel_word_at(c->t, i, end, w, sizeof w);
    const char *m = c->lex && w[0] ? tally_lexicon_get(c->lex, "modality", w, "modality") : NULL;
    return m && *m && strcmp(m, "actual") != 0 ? m : NULL;
}

/* 1 when the whole a share names is a plan or promise ("of the plan")
 * and the words after figure W up to the share q say W is one of that
 * modality ("the 12,000 tons the staff had planned for, or 80 per cent
 * of the plan"): the share is of W, whatever its noun. */
static int names_plan_of(const ctx *c, size_t W, size_t q, const char *whole)
{
    const char *h = strrchr(whole, ' '), *m;
    h = h ? h + 1 : whole;
    size_t e;
    char w[48];
    snprintf(w, sizeof w, "%s", h);
    m = c->lex ? tally_lexicon_get(c->lex, "modality", w, "modality") : NULL;
    if (!m || !*m || strcmp(m, "actual") == 0)
        return 0;
    for (size_t i = c->f->v[W].tend, y = c->f->v[q].tstart; i < y;) {
        if (!isalpha((unsigned char)c->t[i])) {
            i++;
            continue;
        }
        const char *mw = intent_word(c, i, y, &e);
        if (mw && strcmp(mw, m) == 0)
            return 1;
        i = e > i ? e : i + 1;
    }
    return 0;
}

/* 1 when figure j is the whole of a partitive: "of the" or "out of" right
 * before it ("9 of the 12 batteries"). */
static int partitive_whole_at(const ctx *c, size_t j)
{
    static const char *const of[] = {"of", NULL}, *const the[] = {"the", NULL};
    size_t k = c->f->v[j].tstart, start = c->seg->sents[c->f->v[j].sent_index].start;
    if (rel_word_before_is(c, k, start, the)) {
        while (k > start && c->t[k - 1] == ' ')
            k--;
        k -= 3;
    }
    return rel_word_before_is(c, k, start, of);
}

/* The total of the SUM whose part is figure P, stated before P in its
 * sentence; NOPOS when none. */
static size_t sum_total_before(const ctx *c, size_t P)
{
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        if (r->kind != TALLY_REL_SUM || r->stated >= P ||
            c->f->v[r->stated].sent_index != c->f->v[P].sent_index)
            continue;
        for (size_t k = 0; k < r->nparts; k++)
            if (r->parts[k].fact == P)
                return r->stated;
    }
    return NOPOS;
}

/* The whole a share names by a unit of its own, not the part's: "194
 * aircraft, about 3 per cent of the sorties flown" - the head word of the
 * whole's words (after "the") a unit of the lexicon other than P's, and
 * the last figure of that unit before P, larger, no share or rate, in P's
 * sentence or the five before; NOPOS when none. */
static size_t whole_by_unit(const ctx *c, size_t P, const char *whole)
{
    char w[48], u[48], cat[16];
    const char *p = whole;
    if (strncasecmp(p, "all ", 4) == 0)
        p += 4;   /* "of all the recruits" */
    if (strncasecmp(p, "the ", 4) == 0)
        p += 4;
    size_t n = 0;
    while (p[n] && p[n] != ' ' && n + 1 < sizeof w) {
        w[n] = p[n];
        n++;
    }
    w[n] = '\0';
    if (!n || !rel_lookup_word(c->lex, w, u, cat) || strcmp(u, c->fi[P].unit) == 0)
        return NOPOS;
    /* persons named by a kind of their own ("the recruits", "the conscripts")
     * are counted in the part's unit too ("some 7,400 men"): a whole of the
     * part's unit when the whole's word is of the part's personnel category */
    const char *alt = strcmp(cat, "personnel") == 0 && strcmp(c->fi[P].cat, cat) == 0
                          ? c->fi[P].unit
                          : u;
    size_t si = c->f->v[P].sent_index, best = NOPOS;
    for (size_t j = P; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 5 < si)
            break;
        if (best != NOPOS && c->seg->sents[jf->sent_index].para !=
                                 c->seg->sents[c->f->v[best].sent_index].para)
            break;   /* the nearest paragraph that states one */
        if ((strcmp(c->fi[j].unit, u) == 0 || strcmp(c->fi[j].unit, alt) == 0) &&
            !c->fi[j].share && !rel_is_rate(c, j) &&
            jf->value > c->f->v[P].value && (best == NOPOS || jf->value > c->f->v[best].value))
            best = j;   /* its largest: "the 6,480 sorties", not "1,620 turned back" */
    }
    return best;
}

/* The part stated in apposition after the whole W of a share ("20 per
 * cent of the 50,000 men engaged, some 10,000"): the next figure, after a
 * comma and at most three words of W's noun phrase, of W's unit (or
 * comparable, or bare), smaller than W and no share; NOPOS when none. */
static size_t part_after_whole(const ctx *c, size_t W, size_t hi)
{
    size_t P = W + 1;
    if (P >= hi || c->fi[P].share || c->fi[P].used || !(c->f->v[P].value < c->f->v[W].value) ||
        !(rel_comparable(&c->fi[P], &c->fi[W]) || rel_bare(&c->f->v[P])))
        return NOPOS;
    size_t a = c->f->v[W].tend, b = c->f->v[P].tstart, k = b;
    while (k > a && c->t[k - 1] != ',')
        k--;
    static const char *const added[] = {"and", "with", "together", "besides", "plus",
                                        "while", "but", NULL};
    if (k == a || rel_words_between(c->t, a, b, ";:()") < 0 ||
        rel_words_between(c->t, a, k, "") > 3 || rel_words_between(c->t, k, b, "") > 2 ||
        rel_phrase_in(c->t, k, b, added))
        return NOPOS;   /* ", together with 95,000 head of cattle": another item */
    return P;
}

/* The part of share q that opens its sentence naming a place or party
 * ("Orlavia alone gave more than two in five of all the recruits"): the one
 * figure of the sentence before, in q's paragraph, said of that party
 * ("3,100 from Orlavia") among figures of others; NOPOS when none or when
 * the party names more than one there. */
static size_t party_part_before(const ctx *c, size_t q)
{
    const tally_fact *qf = &c->f->v[q];
    size_t si = qf->sent_index, first, last;
    if (!qf->actor || !qf->actor[0] || q == 0 || si == 0)
        return NOPOS;
    size_t open = rel_sent_open(c, si), n = strlen(qf->actor), k = open;
    while (k + n <= qf->tstart && strncmp(c->t + k, qf->actor, n) != 0)
        k++;
    if (k + n > qf->tstart)
        return NOPOS;   /* the party is named before the share, as its subject */
    size_t ps = c->f->v[q - 1].sent_index;
    if (ps + 1 != si || c->seg->sents[ps].para != c->seg->sents[si].para)
        return NOPOS;
    rel_sent_range(c, ps, &first, &last);
    size_t P = NOPOS;
    int others = 0;
    for (size_t j = first; j < last; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (c->fi[j].share || !c->fi[j].unit[0] || rel_is_rate(c, j))
            continue;
        if (!jf->actor || strcmp(jf->actor, qf->actor) != 0)
            others = 1;
        else if (P != NOPOS)
            return NOPOS;
        else
            P = j;
    }
    return others ? P : NOPOS;
}

/* 1 when category cat says what kind of thing is counted ("other" does not). */
static int known_cat(const char *cat)
{
    return cat[0] && strcmp(cat, "other") != 0;
}

/* 1 when the head noun of whole (its last word: "corps" of "the labour
 * corps") stands in a sentence before part P's holding a count of P's
 * kind larger than P: the whole a share names may be that count, not the
 * whole of P's partitive. */
static int head_named_before(const ctx *c, size_t P, const char *whole)
{
    const char *h = strrchr(whole, ' ');
    h = h ? h + 1 : whole;
    size_t n = strlen(h), ps = c->f->v[P].sent_index;
    if (n < 4)
        return 1;   /* too short to tell: assume it is named */
    for (size_t j = 0; j < P && c->f->v[j].sent_index < ps; j++) {
        const tally_fact *f = &c->f->v[j];
        if (!(f->value > c->f->v[P].value) || f->sent_index >= c->seg->nsents ||
            !(rel_comparable(&c->fi[j], &c->fi[P]) ||
              (countable_cat(c->fi[j].cat) && !weight_unit(c->fi[j].unit) &&
               (!known_cat(c->fi[P].cat) || strcmp(c->fi[j].cat, c->fi[P].cat) == 0))))
            continue;   /* only a count of P's kind of thing (any count when P's
                           kind is unknown: "sappers"), not a measure ("the column
                           moves 440 cubic metres" counts no lorries) */
        const tally_sentence *s = &c->seg->sents[f->sent_index];
        for (size_t k = s->start; k + n <= s->end; k++)
            if (strncasecmp(c->t + k, h, n) == 0 &&
                (k == s->start || !isalpha((unsigned char)c->t[k - 1])))
                return 1;   /* the noun, at the start of a word */
    }
    return 0;
}

/* 1 when figure W follows "of its" or "of their" ("nine of its 40 depots,
 * about a quarter of the chain"): the owner the share names next is the set
 * W counts, whatever else its noun was said of earlier. */
static int possessive_partitive(const ctx *c, size_t W)
{
    static const char *const owned[] = {"of its", "of their", NULL};
    size_t a = c->seg->sents[c->f->v[W].sent_index].start;
    return rel_phrase_in(c->t, W > 0 && c->f->v[W - 1].tend > a ? c->f->v[W - 1].tend : a,
                         c->f->v[W].tstart, owned);
}

/* Nouns of change with their article and "of", and the direction each
 * says (rule 6d; change_noun_before). */
static const struct change_noun {
    const char *p;
    int dir;
} change_nouns[] = {{"an increase of", 1}, {"a rise of", 1},    {"a growth of", 1},
                    {"a fall of", -1},     {"a drop of", -1},   {"a decline of", -1},
                    {"a reduction of", -1}, {"a cut of", -1},   {"a decrease of", -1}};
enum { NCHANGE_NOUNS = sizeof change_nouns / sizeof *change_nouns };

/* 1 when a noun of change with its article and "of" stands right before
 * figure P ("an increase of 5,700", "a fall of 3,800"): P is the amount of
 * a change, not a part of a whole. */
static int change_noun_before(const ctx *c, size_t P)
{
    size_t i = c->f->v[P].tstart;
    size_t a = c->seg->sents[c->f->v[P].sent_index].start;
    while (i > a && c->t[i - 1] == ' ')
        i--;
    for (size_t k = 0; k < NCHANGE_NOUNS; k++) {
        size_t n = strlen(change_nouns[k].p);
        if (i >= a + n && rel_phrase_at(c->t, i - n, i, change_nouns[k].p) == i)
            return 1;
    }
    return 0;
}

/* The items of a list of figure P's unit that P closes after "and" ("58
 * from disease, 23 in accidents at work and 11 shot"): the figures before
 * P joined by a comma or "and" (the one right before P by "and"), each of
 * P's unit or bare, no share, at most eight words apart, no ; : ( ).
 * Fills items[] in text order; returns how many (1 when P closes none). */
static size_t list_closed(const ctx *c, size_t P, size_t lo, size_t *items, size_t cap)
{
    static const char *const and_[] = {"and", NULL};
    size_t first = P;
    while (first > lo && P - first + 1 < cap) {
        size_t m = first - 1;
        const tally_fact *a = &c->f->v[m], *b = &c->f->v[first];
        int w = rel_words_between(c->t, a->tend, b->tstart, ";:.()");
        if (w < 0 || w > 8 || !rel_joined_to(c->t, a->tend, b->tstart) || c->fi[m].share ||
            !(rel_same_unit(&c->fi[m], &c->fi[P]) || rel_bare(a)) ||
            (first == P && !rel_word_before_is(c, b->tstart, a->tend, and_)))
            break;
        first = m;
    }
    size_t n = 0;
    for (size_t j = first; j <= P; j++)
        items[n++] = j;
    return n;
}

/* The total a list items[0..n) breaks down, stated right before it: the
 * figure before the first item, then a comma ("96 in the whole war, 58
 * from disease, ..."), of the items' unit, larger than each, no share or
 * rate, not used.  NOPOS when none. */
static size_t list_head(const ctx *c, const size_t *items, size_t n, size_t lo)
{
    if (items[0] <= lo)
        return NOPOS;
    size_t T = items[0] - 1;
    const tally_fact *t = &c->f->v[T], *a = &c->f->v[items[0]];
    int w = rel_words_between(c->t, t->tend, a->tstart, ";:.()");
    if (w < 0 || w > 8 || !memchr(c->t + t->tend, ',', a->tstart - t->tend) || c->fi[T].share ||
        c->fi[T].used || rel_is_rate(c, T) || !rel_same_unit(&c->fi[T], &c->fi[items[n - 1]]))
        return NOPOS;
    for (size_t k = 0; k < n; k++)
        if (!(c->f->v[items[k]].value < t->value) || c->fi[items[k]].used)
            return NOPOS;
    return T;
}

/* The gap t[a..b) between an item of a parallel list and the next one's
 * figure: at most `most` words after the item, its mark (", " or " and "),
 * then a name of one to seven words ("4,200 shells a week, the arsenal
 * 2,600"), no ; : . ( ).  Returns the words after the item, -1 when the gap
 * is no such tail, mark and name. */
static int parallel_gap(const char *t, size_t a, size_t b, int most)
{
    static const char *const and_[] = {"and", NULL};
    size_t m = a, name;
    while (m < b && t[m] != ',')
        m++;
    if (m < b) {
        name = m + 1;   /* ", the arsenal" (maybe ", and the railway shop") */
    } else {
        size_t i = a;
        char w[16];
        if (!rel_next_word(t, &i, b, w, sizeof w) || strcmp(w, "and") != 0)
            return -1;
        m = a;
        name = i;   /* " and the railway shop" right after the figure */
    }
    int tail = rel_words_between(t, a, m, ";:.()");
    int nm = rel_words_between(t, name, b, ";:.(),");
    if (tail < 0 || tail > most || rel_phrase_in(t, a, m, and_) || nm < 1 || nm > 7)
        return -1;
    /* the name opens with a determiner or a proper name: "the arsenal",
     * "Dorn", not "of which 112,000", "or 2,360 a day" */
    static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her", "our", NULL};
    size_t i = name;
    char w[16];
    if (!rel_next_word(t, &i, b, w, sizeof w))
        return -1;
    while (name < b && t[name] == ' ')
        name++;
    if (isupper((unsigned char)t[name]))
        return tail;
    for (size_t q = 0; det[q]; q++)
        if (strcmp(w, det[q]) == 0)
            return tail;
    return -1;
}

/* A list in parallel form that figure P closes, its verb and noun elided
 * after the first item: "X cast 4,200 shells a week, Y 2,600 and Z 1,200".
 * P and the items before it back to the first are bare figures each after
 * a name; the first has a unit and at most four words after it.  Fills
 * items[] in text order and returns their count (2 or more); 1 when P
 * closes no such list; 0 when it does but where the list starts is
 * unclear (an item used or shared, or one more item of the form before
 * the first). */
static int parallel_list(const ctx *c, size_t P, size_t lo, size_t *items, size_t cap)
{
    const tally_fact *p = &c->f->v[P];
    if (!rel_bare(p) || P <= lo ||
        parallel_gap(c->t, c->f->v[P - 1].tend, p->tstart, 4) < 0)
        return 1;
    size_t n = 0, first = NOPOS;
    items[n++] = P;
    for (size_t m = P; m-- > lo && n < cap;) {
        const tally_fact *f = &c->f->v[m];
        int tail = parallel_gap(c->t, f->tend, c->f->v[items[n - 1]].tstart, rel_bare(f) ? 0 : 4);
        if (tail < 0 || c->fi[m].share || c->fi[m].used || !(f->value > 0))
            return 0;   /* joined to the list but not an item of it */
        items[n++] = m;
        if (!rel_bare(f)) {
            first = m;
            break;
        }
    }
    if (first == NOPOS)
        return 0;
    if (first > lo && parallel_gap(c->t, c->f->v[first - 1].tend, c->f->v[first].tstart, 4) >= 0 &&
        (rel_bare(&c->f->v[first - 1]) || rel_same_unit(&c->fi[first - 1], &c->fi[first])))
        return 0;   /* "X 5,000 shells, Y 4,200 shells, Z 2,600 and ...": the list may start earlier */
    for (size_t k = 0; k < n / 2; k++) {   /* text order */
        size_t x = items[k];
        items[k] = items[n - 1 - k];
        items[n - 1 - k] = x;
    }
    return (int)n;
}

/* "96 in the whole war, 58 from disease, 23 in accidents and 11 shot,
 * less than 1 per cent of the men held": the share in apposition after a
 * list's last item is said of the list, not of its item; the list ends at
 * the share, so a total T before it whose items come within a tenth of it
 * is their SUM.  Fills items[], returns their count (1 when P closes no
 * list of three, or two after a total); *head gets T or NOPOS.  A list in
 * parallel form (parallel_list) counts too when W, the whole, is stated
 * after it or before it; -2 (no check) when not or its extent is unclear.
 * -1 out of memory. */
static int share_of_list(ctx *c, size_t P, size_t W, size_t lo, size_t *items, size_t cap,
                         size_t *head)
{
    size_t n = list_closed(c, P, lo, items, cap);
    *head = NOPOS;
    if (n == 1) {
        /* "X 4,200 shells a week, Y 2,600 and Z 1,200, a third of the 24,000
         * needed": of the list's sum when the whole is stated after it (or
         * before the list); else, or where the list starts is unclear, no
         * check (the whole looked up may be one of the items) */
        int pn = parallel_list(c, P, lo, items, cap);
        if (pn == 1)
            items[0] = P;
        else if (pn == 0 || W == NOPOS || (W >= items[0] && W < P))
            return -2;
        else
            return pn;
    }
    *head = n >= 2 ? list_head(c, items, n, lo) : NOPOS;
    if (*head == NOPOS && n >= 3 && (*head = list_head(c, items + 1, n - 1, lo)) != NOPOS)
        memmove(items, items + 1, --n * sizeof *items);   /* the total opens the list */
    if (n < 2 || (n < 3 && *head == NOPOS))
        return 1;
    if (*head == NOPOS)
        return (int)n;
    double sum = 0, v = c->f->v[*head].value;
    for (size_t k = 0; k < n; k++)
        sum += c->f->v[items[k]].value;
    if (!(sum >= 0.9 * v && sum <= 1.1 * v)) {
        *head = NOPOS;
        return 1;   /* no breakdown of that total: read the share as before */
    }
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, *head, "comma list");
    for (size_t k = 0; k < n; k++) {
        rel_part(c, &r, items[k]);
        c->fi[items[k]].used = 1;
    }
    c->fi[*head].used = 1;
    return rel_add(c, &r) < 0 ? -1 : (int)n;
}

/* 1 when figure j is a part of a SUM whose total stands in j's sentence
 * ("23,480 animals (17,650 horses and 5,830 mules). Of these, ...": the
 * whole is the total, not a part). */
static int sum_part_there(const ctx *c, size_t j)
{
    for (size_t i = c->fi[j].part ? rel_with_part(c, 0, TALLY_REL_SUM, j) : NOPOS; i != NOPOS;
         i = rel_with_part(c, i + 1, TALLY_REL_SUM, j))
        if (c->out->v[i].stated != TALLY_NO_FACT &&
            c->f->v[c->out->v[i].stated].sent_index == c->f->v[j].sent_index)
            return 1;
    return 0;
}

/* The figure of the sentence before P's (same paragraph) that whole-finding
 * accepts for P: no share, no rate, no bound, no part of a sum stated there,
 * above P, of P's unit when
 * `unit`, else comparable with it; the nearest (the largest when `unit`:
 * "48 bulldozers, 12 each": the 48).  NOPOS when none. */
static size_t whole_in_sentence_before(const ctx *c, size_t P, int unit)
{
    size_t si = c->f->v[P].sent_index, best = NOPOS;
    if (si == 0)
        return NOPOS;
    for (size_t j = P; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index == si)
            continue;
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (c->fi[j].share || (unit && rel_is_rate(c, j)) || !(jf->value > c->f->v[P].value) ||
            jf->qual == TALLY_Q_AT_LEAST || jf->qual == TALLY_Q_AT_MOST ||
            sum_part_there(c, j) ||
            !(unit ? rel_same_unit(&c->fi[j], &c->fi[P]) : rel_comparable(&c->fi[j], &c->fi[P])))
            continue;
        if (!unit)
            return j;
        if (best == NOPOS || jf->value > c->f->v[best].value)
            best = j;
    }
    return best;
}

/* 1 when the last word of text [a, b) ("Of the lighters,") names the
 * noun of figure W, singular or plural ("lorries" / "lorry" stem
 * "lorr"): a whole of another noun is no whole of the partitive (round
 * 418: "300 barges and 120 tugs. Of the lighters, 40 ..."). */
static int names_noun_of(const ctx *c, size_t a, size_t b, size_t W)
{
    const char *noun = c->f->v[W].noun;
    while (b > a && !isalpha((unsigned char)c->t[b - 1]))
        b--;
    size_t w = b;
    while (w > a && isalpha((unsigned char)c->t[w - 1]))
        w--;
    size_t n = b - w;
    if (n > 3 && c->t[b - 1] == 's')
        n--;   /* the stem: "barges" -> "barge", "lorries" -> "lorrie" */
    if (n > 3 && (c->t[w + n - 1] == 'e' || c->t[w + n - 1] == 'y'))
        n--;   /* "barge" / "lorrie" / "lorry" alike */
    if (!noun || n < 3)
        return 0;
    for (const char *h = noun; *h; h++)
        if ((h == noun || !isalpha((unsigned char)h[-1])) && strncasecmp(h, c->t + w, n) == 0)
            return 1;
    return 0;
}

/* The whole a partitive opening P's sentence names, P the first figure
 * after its comma (nothing but the opening and P's clause before P):
 *   "Of this, 190,000 litres ...": the nearest comparable figure of the
 *     sentence before (also "Of these", "Of that", "Of those");
 *   "Of the tractors, 18 ...": the count of that noun in the sentence
 *     before (P carries its unit);
 *   "Of the 4,800 helmets delivered, the inspectors turned back 312":
 *     the figure right after "Of the" when `stated_ok` (no whole named
 *     beside the share).
 * *demo is set to 1 for the demonstrative, whose part takes the whole's
 * period when it is a rate ("some 900,000 litres a day. Of this, ...").
 * NOPOS when the sentence opens otherwise or no such figure is found. */
static size_t opening_partitive_whole(const ctx *c, size_t P, size_t lo, int stated_ok,
                                      int *demo)
{
    static const char *const pron[] = {"of this", "of these", "of that", "of those", NULL};
    size_t si = c->f->v[P].sent_index;
    const tally_sentence *s = &c->seg->sents[si];
    size_t a = rel_sent_open(c, si), pt = c->f->v[P].tstart;
    while (a < pt && c->t[a] == ' ')
        a++;
    size_t comma = a;
    while (comma < pt && c->t[comma] != ',' && c->t[comma] != ';' && c->t[comma] != ':')
        comma++;
    if (comma >= pt || c->t[comma] != ',')
        return NOPOS;
    for (size_t q = 0; pron[q]; q++) {
        size_t e = rel_phrase_at(c->t, a, s->end, pron[q]);
        if (e && rel_words_between(c->t, e, comma, "") == 0 && P == lo) {
            *demo = 1;
            return whole_in_sentence_before(c, P, 0);
        }
    }
    size_t e = rel_phrase_at(c->t, a, s->end, "of the");
    if (!e)
        return NOPOS;
    if (P == lo && rel_words_between(c->t, e, comma, "") <= 2) {
        size_t W = whole_in_sentence_before(c, P, 1);   /* "Of the tractors, 18" */
        return W != NOPOS && names_noun_of(c, e, comma, W) ? W : NOPOS;
    }
    size_t W = rel_fact_after(c, e, lo, P, 0);
    if (W != NOPOS) {   /* the comma closing the opening comes after its figure */
        comma = c->f->v[W].tend;
        while (comma < pt && c->t[comma] != ',' && c->t[comma] != ';' && c->t[comma] != ':')
            comma++;
    }
    if (!stated_ok || W == NOPOS || W != lo || c->fi[W].share || rel_is_rate(c, W) ||
        !(c->f->v[W].value > c->f->v[P].value) || c->f->v[W].tend > comma ||
        !countable_whole(c, W) ||
        !(rel_same_unit(&c->fi[W], &c->fi[P]) || no_noun(&c->f->v[P])) ||
        rel_words_between(c->t, comma + 1, pt, ",;:()") < 0)
        return NOPOS;
    return W;   /* "Of the 4,800 helmets ..., the inspectors turned back 312" */
}

/* The kin family (kin lexicon table) of the verb of the first relative
 * clause in t[a..b): "ships that sailed" -> "departure", "those that
 * reached the strait" -> "arrival"; the relative pronoun within the first
 * three words, auxiliaries passed over, a particle tried with its verb
 * ("set out").  NULL when there is no such clause or its verb has no kin. */
static const char *relative_verb_kin(const ctx *c, const char *t, size_t a, size_t b)
{
    static const char *const rel[] = {"that", "which", "who", NULL};
    static const char *const aux[] = {"had", "have", "has", "were", "was", "been", "had been",
                                      "have been", NULL};
    size_t k = a;
    int found = 0;
    char w[48];
    for (int n = 0; n < 4 && k < b && !found; n++) {
        while (k < b && t[k] == ' ')
            k++;
        size_t e = rel_word_at(t, k, b, w, sizeof w);
        if (e == k)
            return NULL;
        for (size_t q = 0; rel[q] && !found; q++)
            found = strcasecmp(w, rel[q]) == 0;
        k = e;
    }
    if (!found || !c->lex)
        return NULL;
    for (int n = 0; n < 2; n++) {   /* "that had been sent": two auxiliaries at most */
        while (k < b && t[k] == ' ')
            k++;
        size_t e = rel_word_at(t, k, b, w, sizeof w);
        int is_aux = 0;
        for (size_t q = 0; aux[q] && !is_aux; q++)
            is_aux = strcasecmp(w, aux[q]) == 0;
        if (!is_aux)
            break;
        k = e;
    }
    while (k < b && t[k] == ' ')
        k++;
    size_t e = rel_word_at(t, k, b, w, sizeof w);
    if (e == k)
        return NULL;
    for (char *p = w; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    size_t f = e;
    while (f < b && t[f] == ' ')
        f++;
    char pw[48], two[96];
    size_t g = rel_word_at(t, f, b, pw, sizeof pw);
    if (g > f) {   /* "set out", "set off": the phrase first */
        for (char *p = pw; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        snprintf(two, sizeof two, "%s %s", w, pw);
        const char *k2 = tally_lexicon_get(c->lex, "kin", two, "kin");
        if (k2 && *k2)
            return k2;
    }
    const char *k1 = tally_lexicon_get(c->lex, "kin", w, "kin");
    return k1 && *k1 ? k1 : NULL;
}

/* 1 when whole names a set of its own: a possessive ("the army's
 * lorries"), a relative clause ("the lorries that the army owned") or
 * "all the X" with words after it ("all the lorries the army owned"). */
static int self_qualified(const char *whole)
{
    if (strstr(whole, "'s ") || strstr(whole, "\xe2\x80\x99s "))
        return 1;
    int words = 0, rel = 0;
    for (const char *p = whole; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        size_t n = (size_t)(e - p);
        if (words > 0 && ((n == 4 && strncasecmp(p, "that", 4) == 0) ||
                          (n == 5 && strncasecmp(p, "which", 5) == 0)))
            rel = 1;
        words++;
        p = e;
    }
    return rel || (strncasecmp(whole, "all ", 4) == 0 && words >= 4);
}

/* 1 when a self-qualified whole (self_qualified()) says who or what its
 * set belongs to in words the clause stating figure W lacks: "about a
 * tenth of all the lorries the army owned" against "Of the 240 lorries
 * that set out, 48 ...": the army is said of another set than the 240.
 * The words that qualify: a possessor ("the army's") and the words after
 * the head noun ("the army owned"); one of them found is enough ("all the
 * mines the enemy had laid" against "laid 4,860 mines").  W's clause runs
 * from its sentence's start to the mark after W, and stops before the
 * share q. */
static int whole_words_unmatched(const ctx *c, size_t W, size_t q, const char *whole)
{
    static const char *const small[] = {"all", "the", "that", "which", "who", "had", "have",
                                         "has", "were", "was", "been", "and", "its", "their",
                                         "of", "by", NULL};
    if (!self_qualified(whole))
        return 0;
    const tally_sentence *s = &c->seg->sents[c->f->v[W].sent_index];
    size_t a = s->start, b = c->f->v[W].tend;
    while (b < s->end && c->t[b] != ',' && c->t[b] != ';' && c->t[b] != ':')
        b++;
    if (b > c->f->v[q].tstart && c->f->v[q].tstart > a)
        b = c->f->v[q].tstart;
    int head = 0, quals = 0;
    for (size_t i = 0, n = strlen(whole); i < n;) {
        if (!isalpha((unsigned char)whole[i])) {
            i++;
            continue;
        }
        char w[48];
        size_t e = rel_word_at(whole, i, n, w, sizeof w);
        if (e == i)
            break;
        i = e;
        size_t wl = strlen(w);
        int poss = wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's';
        if (poss)
            w[wl -= 2] = '\0';   /* "army's" */
        int skip = wl < 3;
        for (size_t m = 0; small[m] && !skip; m++)
            skip = strcmp(w, small[m]) == 0;
        if (skip || (!poss && !head++))
            continue;   /* the head noun ("lorries") says nothing of whose */
        quals++;
        size_t stem = wl > 5 ? 5 : wl;
        for (size_t x = a; x + stem <= b; x++)
            if (strncasecmp(c->t + x, w, stem) == 0 && (x == 0 || !isalpha((unsigned char)c->t[x - 1])))
                return 0;
    }
    return quals > 0;
}


/* 1 when the last word of the whole's words ("the need") stands within
 * the four words before figure W ("against a need of 2,900"), its first
 * five letters enough. */
static int whole_head_near(const ctx *c, size_t W, const char *whole)
{
    const char *h = strrchr(whole, ' ');
    h = h ? h + 1 : whole;
    size_t n = strlen(h) > 5 ? 5 : strlen(h);
    size_t i = c->f->v[W].tstart, s0 = c->seg->sents[c->f->v[W].sent_index].start;
    for (size_t k = rel_words_back(c, i, s0, 4); n >= 3 && k + n <= i; k++)
        if ((k == 0 || !rel_wch((unsigned char)c->t[k - 1])) && strncasecmp(c->t + k, h, n) == 0)
            return 1;
    return 0;
}

/* 1 when a noun of gap stands right before figure P ("a shortfall of
 * 1,162", "a deficit of"): P is a gap. */
static int gap_before(const ctx *c, size_t P)
{
    static const char *const gap[] = {"shortfall of", "deficit of", "deficiency of", "gap of",
                                      "short by", NULL};
    size_t i = c->f->v[P].tstart, s0 = c->seg->sents[c->f->v[P].sent_index].start;
    size_t a = rel_words_back(c, i, s0, 3);
    return rel_phrase_in(c->t, a, i, gap);
}

/* The whole of the subset P is the part of when it opens P's sentence and
 * the share names its whole by "the ..." ("Of the 42,500 pairs made in
 * March, 3,400 were turned back, 8 per cent of the month's work"): the
 * partitive's whole, not an earlier figure the words "the month" look up.
 * NOPOS when none. */
static size_t opening_subset_whole(const ctx *c, size_t P, size_t lo, const char *whole)
{
    size_t W = subset_whole(c, P);
    return strncasecmp(whole, "the ", 4) == 0 && W != NOPOS && W == lo &&
                   c->f->v[W].sent_index == c->f->v[P].sent_index
               ? W
               : NOPOS;
}

/* Rule 5: a share with its part stated beside it: in a parenthesis, after
 * ", or", or with the share in apposition ("250 tons, 40 per cent of the
 * quota").  A whole named but not stated beside it is looked up earlier in
 * the document (a list of wholes for a list of parts of several units). */
int rel_rule_fraction(ctx *c, size_t q, size_t lo, size_t hi, size_t send)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_FRACTION, 0, "share");
    size_t of_end;
    size_t W = share_whole(c, q, lo, hi, send, r.whole, sizeof r.whole, &of_end);
    int of = of_end != NOPOS;
    size_t P = only_child(c, rel_paren_after(c, q, send), lo, hi);
    int appos = 0, comma_or = 0;
    if (P == NOPOS && W != NOPOS)   /* "40 percent of the 2,000 lorries (820)" */
        P = only_child(c, rel_paren_after(c, W, send), lo, hi);
    if (P == NOPOS && W != NOPOS && W > q)
        P = part_after_whole(c, W, hi);   /* "20 per cent of the 50,000 men engaged,
                                             some 10,000" */
    if (P == NOPOS && q > lo) {
        /* "800 trucks (40 percent" or "800 trucks, or 40 percent" */
        size_t j = q - 1;
        const char *t = c->t;
        size_t a = c->f->v[j].tend, b = c->f->v[q].tstart;
        int open = 0;
        for (size_t k = a; k < b; k++) {
            if (t[k] == '(')
                open = 1;
            if (rel_phrase_at(t, k, b, ", or"))
                comma_or = 1;
        }
        size_t tot = comma_or && c->fi[j].part ? sum_total_before(c, j) : NOPOS;
        if (open && rel_words_between(t, a, b, ";:.)") >= 0 &&
            rel_words_between(t, a, b, "") <= 4 &&
            !c->fi[j].share)
            P = j;
        else if (tot != NOPOS) {
            P = tot;   /* "lost 146 aircraft, 97 of them ... and 49 ..., or 3 per cent of
                          the sorties": the share is of the total, not of its last part */
            appos = 1;
        } else if (after_comma(c, q, c->seg->sents[c->f->v[q].sent_index].start) &&
                 !(r.whole[0] && pronoun_whole(r.whole)) &&
                 (P = apposed(c, q, lo)) != NOPOS &&
                 !partitive_object(c, P, q, c->seg->sents[c->f->v[q].sent_index].start) &&
                 (W != NOPOS || of || subset_part(c, P) == NOPOS ||
                  (P = subset_part(c, P)) != NOPOS) &&
                 (comma_or || of || subset_whole(c, P) != NOPOS ||
                  partitive_whole(c, P) != NOPOS ||
                  (P > lo && measured_against(c, P - 1, P)) ||
                  opening_partitive_whole(c, P, lo, 0, &(int){0}) != NOPOS))
            appos = 1;   /* "50 of the 150 were lost, one in five"; "Of the civilians,
                            51,000 are children, nearly a third" */
        else if (copular(c, j, q) && !c->fi[j].share &&
                 (W != NOPOS ? rel_same_unit(&c->fi[W], &c->fi[j])
                             : of && r.whole[0] && !pronoun_whole(r.whole)))
            P = j;   /* "the 48 depots were 80 per cent of the 60 planned" */
        else if (W == NOPOS && !c->fi[j].share && (P = subset_part(c, j)) != NOPOS &&
                 apposed_copular(c, j, q))
            W = j;   /* "The gunboats, 12 of the 40 hulls, made up 30 per cent of
                        the flotilla": 12 of the 40 */
        else
            P = NOPOS;
    }
    if (appos && W == NOPOS && P > lo && strcmp(c->fi[P].cat, "duration") == 0 &&
        !c->fi[P - 1].used && subset_whole(c, P - 1) != NOPOS &&
        rel_words_between(c->t, c->f->v[P - 1].tend, c->f->v[P].tstart, ",;:()") >= 0)
        P = P - 1;   /* "of whom 7,400 are conscripts serving two years, or two
                        fifths of the total": the share is of the part, not of
                        the term its clause gives it */
    if (appos && W == NOPOS && !of && change_noun_before(c, P))
        return 0;   /* "an increase of 5,700, or some 30 per cent": a change, rule 6d's */
    if (P == NOPOS && q == lo && W == NOPOS && of && r.whole[0] && !pronoun_whole(r.whole) &&
        !bare_total(r.whole))
        P = party_part_before(c, q);   /* "3,100 from Orlavia ... Orlavia alone gave more
                                          than two in five of all the recruits" */
    if (appos && W == NOPOS && (!of || names_plan_of(c, P, q, r.whole)) && P > lo &&
        measured_against(c, P - 1, P)) {
        W = P;   /* "supplied 29,500 tons against the 40,300 needed, about 73 per cent" */
        P = P - 1;
        appos = 0;
    }
    if (P == NOPOS || P == W || (c->fi[P].used && !rel_stated_by(c, TALLY_REL_SUM, P)))
        return 0;
    size_t list[TALLY_REL_MAXPARTS], nl = 1, wl[TALLY_REL_MAXPARTS], nw = 0;
    list[0] = P;
    int nlist = 1;
    size_t head = NOPOS;
    /* "some 140 km of road, 85 km of it ..., about 60 per cent of the
     * work", "612 rounds, 408 of them, two thirds": the part of the figure
     * "of it" refers to, unless the whole named is counted before */
    int alone = appos && W == NOPOS && !comma_or && pronoun_partitive(c, P);
    size_t pw = alone ? whole_near(c, P, 0) : NOPOS;
    if (pw != NOPOS && of && r.whole[0] && !pronoun_whole(r.whole) &&
        !bare_total(r.whole) && head_named_before(c, P, r.whole))
        pw = NOPOS;
    if (pw != NOPOS && of && own_other_whole(c, pw, P, r.whole))
        return 0;   /* "80 workers, ... 30 of them ..., a quarter of its grain" */
    if (pw != NOPOS) {
        W = pw;
        appos = 0;   /* no list: the part is P alone */
        r.looked_back = c->f->v[W].sent_index != c->f->v[P].sent_index;
    } else if (alone) {
        appos = 0;   /* a part "of it" counted earlier: still P alone */
    } else if (appos && !comma_or &&
        (nlist = share_of_list(c, P, W, lo, list, TALLY_REL_MAXPARTS / 2, &head)) < 0)
    {
        if (nlist != -2)
            return -1;
        c->fi[q].used = 1;   /* a parallel list of unclear extent: no check, by no later rule */
        return 0;
    }
    if (head != NOPOS) {
        P = list[0] = head;   /* the share is of the total the list breaks down */
        nl = 1;
    } else if (nlist > 1) {
        nl = (size_t)nlist;   /* of the list's sum */
        P = list[0];
    } else if (appos) {
        list[0] = P;
        nl = list_back(c, P, lo, list, TALLY_REL_MAXPARTS / 2);
    }
    int mixed = 0;
    for (size_t k = 1; k < nl; k++)
        mixed |= !rel_same_unit(&c->fi[list[k]], &c->fi[list[0]]);
    if (W == NOPOS && of && nl == 1 && bare_total(r.whole) && subset_part(c, P) != NOPOS) {
        W = P;   /* "9 of the 12 batteries, three quarters of the total": of the 12 */
        P = list[0] = subset_part(c, P);
        r.whole[0] = '\0';
    } else if (appos && W == NOPOS && of && bare_total(r.whole) && partitive_whole_at(c, P)) {
        return 0;   /* "lists 9 of the 12 batteries, three quarters of the total", the 9
                       not read: the 12 is the whole, not the part */
    }
    int demo = 0;   /* the whole the sentence before's, through "Of this," */
    if (W == NOPOS && nl == 1 && !mixed && subset_whole(c, P) == NOPOS &&
        (!of || !r.whole[0] || pronoun_whole(r.whole) || bare_total(r.whole) ||
         strncasecmp(r.whole, "what ", 5) == 0 || strncasecmp(r.whole, "the ", 4) == 0) &&
        (W = opening_partitive_whole(c, P, lo, !of, &demo)) != NOPOS)
        r.looked_back = c->f->v[W].sent_index != c->f->v[P].sent_index;
    /* "Of this, 190,000 litres ..., nearly a quarter of what was pumped":
       the whole the opening names, not a figure looked up by "pumped" */
    if (W == NOPOS && of && nl == 1)
        W = opening_subset_whole(c, P, lo, r.whole);
    if (W == NOPOS && of && r.whole[0] && !pronoun_whole(r.whole)) {
        /* "87 per cent of the promised total": stated earlier */
        query qw;
        int own_whole = 0;   /* the whole is P's partitive's, in its sentence */
        rel_make_query(c, P, of_end, &qw);
        qw.spans = nl == 1;
        double part = 0;
        for (size_t m = 0; m < nl; m++)
            part += c->f->v[list[m]].value;
        if (mixed)
            nw = rel_look_back_list(c, list, nl, &qw, part, wl, TALLY_REL_MAXPARTS / 2);
        if (mixed && !nw) {
            /* no earlier list of those units: the share is said of the
             * figure it follows ("two battalions, 12 mortars and 140 bombs,
             * a third of the reserve") */
            list[0] = list[nl - 1];
            P = list[0];
            nl = 1;
            mixed = 0;
            qw.spans = 1;
            part = c->f->v[P].value;
        }
        if (nl == 1 && (W = whole_by_unit(c, P, r.whole)) != NOPOS)
            wl[nw++] = W;   /* "lost 194 aircraft, about 3 per cent of the sorties flown" */
        if (!nw && !mixed && !bare_total(r.whole)) {   /* "the total" names no words */
            size_t B = rel_look_back(c, P, list[0], &qw, part);
            if (B == NOPOS && nl == 1 && !c->fi[P].part) {
                const char *h = strrchr(r.whole, ' ');   /* "of the programme": the one
                                                            count whose words name it (5s) */
                B = rel_sole_back(c, P, list[0], h ? h + 1 : r.whole, part);
            }
            if (B != NOPOS)
                wl[nw++] = B;
        }
        if (!nw && nl == 1 && bare_total(r.whole) && subset_whole(c, P) != NOPOS) {
            W = subset_whole(c, P);   /* "Of the 230 lorries taken, 140 ..., nearly 70
                                         per cent of the total": the partitive's whole,
                                         not an earlier total of the document */
            wl[nw++] = W;
            own_whole = 1;
        } else if (!nw && nl == 1 && bare_total(r.whole)) {
            /* "less than a fifth of the total": the document's total */
            size_t B = rel_total_back(c, P, list[0], part);
            if (B != NOPOS)
                wl[nw++] = B;
        }
        size_t sp = NOPOS;
        if (!nw && nl == 1 && (W = subset_whole(c, P)) != NOPOS)
            wl[nw++] = W;   /* "Of the 250 lorries, 60 ..., a quarter of the fleet" */
        else if (!nw && nl == 1 && appos && (sp = subset_part(c, P)) != NOPOS &&
                   (!head_named_before(c, P, r.whole) || possessive_partitive(c, P))) {
            W = P;   /* "4,300 of the 18,000 fell sick, nearly a quarter of the
                        corps", no corps named with a larger figure before: the
                        partitive's 4,300 of the 18,000 */
            P = list[0] = sp;
            wl[nw++] = W;
        } else if (nw && !own_whole) {
            W = wl[0];
            r.looked_back = 1;
        }
    } else if (W != NOPOS) {
        wl[nw++] = W;
    } else if (!r.whole[0] && nl == 1 && (W = subset_whole(c, P)) != NOPOS) {
        wl[nw++] = W;   /* "80 of the 240 lorries broke down, one in three" */
    } else if (!r.whole[0] && nl == 1 && (W = partitive_whole(c, P)) != NOPOS) {
        wl[nw++] = W;   /* "1,410 of the total, nearly half" */
        r.looked_back = c->f->v[W].sent_index != c->f->v[P].sent_index;
    }
    if (W != NOPOS && of && r.whole[0] && !pronoun_whole(r.whole) &&
        whole_words_unmatched(c, W, q, r.whole))
        return 0;   /* "Of the 240 lorries that set out, 48 ..., a tenth of all the
                       lorries the army owned": a set of its own, not stated (round 449) */
    if (W != NOPOS && nl == 1 && of && r.whole[0] && !pronoun_whole(r.whole) && W < P &&
        c->f->v[W].sent_index == c->f->v[P].sent_index && gap_before(c, P) &&
        !whole_head_near(c, W, r.whole))
        return 0;   /* "held 4,310 horses, a shortfall of 1,162, or about a fifth of the
                       establishment": the whole named is what the gap is counted
                       against, not the stock it is counted from */
    if (W != NOPOS && nl == 1 && nw == 1) {
        /* a whole stated per period: over the part's span */
        double k = demo && !rel_is_rate(c, P) ? 1 : rel_span_factor(c, P, W);
        if (!(k > 0))
            return 0;
        r.factor = fabs(k - 1) < 1e-9 ? 0 : k;
    }
    if (W != NOPOS)
        r.whole[0] = '\0';
    r.stated = list[0];
    rel_part(c, &r, q);
    rel_part(c, &r, W == NOPOS ? TALLY_NO_FACT : W);
    for (size_t k = 1; k < nl; k++)
        rel_part_role(c, &r, list[k], TALLY_OP_STATED);
    for (size_t k = 1; k < nw; k++)
        rel_part_role(c, &r, wl[k], TALLY_OP_WHOLE);
    for (size_t k = 0; k < nl; k++)
        c->fi[list[k]].used = 1;
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* A FRACTION: part P is share q of whole W, looked back when back is 1;
 * q is used.  0, or -1 when out of memory. */
static int add_share_back(ctx *c, size_t P, size_t q, size_t W, const char *cue, int back)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_FRACTION, P, cue);
    r.looked_back = back;
    rel_part(c, &r, q);
    rel_part(c, &r, W);
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* Rule 5d: "The levy came to 7.3 billion.  The budget was 11.2 billion, so
 * the levy took 56 per cent of it" (or "of its tanks", "of their men": a
 * noun of W's unit): a share q followed by "of it" whose
 * whole is the one figure W before q in its sentence (no other figure,
 * no share between them, a comma: the share's clause is another; no
 * span of time: "nine days of pursuit at half of it" is half a rate), and whose part is the one figure of W's unit
 * below W before W (no part of a sum found: "658 in all", not its 376):
 * in W's sentence, else in the sentence before in its paragraph.  Plain counts only (no rate, no bound); nothing when there is
 * more than one candidate part.  0, or -1 when out of memory. */
int rel_rule_share_of_it(ctx *c, size_t q, size_t lo, size_t hi)
{
    const tally_fact *Q = &c->f->v[q];
    size_t k = Q->tend;
    (void)hi;
    size_t send = c->seg->sents[Q->sent_index].end, e;
    while (k < send && c->t[k] == ' ')
        k++;
    if (q == lo)
        return 0;
    size_t W = q - 1, si = Q->sent_index;
    const tally_fact *Wf = &c->f->v[W];
    if ((e = rel_phrase_at(c->t, k, send, "of its")) || (e = rel_phrase_at(c->t, k, send, "of their"))) {
        char w[48], unit[48], cat[16];   /* "some 720, so that 85 per cent of its tanks" */
        while (e < send && c->t[e] == ' ')
            e++;
        rel_word_at(c->t, e, send, w, sizeof w);
        if (!c->lex || !rel_lookup_word(c->lex, w, unit, cat) || strcmp(unit, c->fi[W].unit) != 0)
            return 0;
    } else if (!(k = rel_phrase_at(c->t, k, send, "of it")) || rel_wch((unsigned char)c->t[k]))
        return 0;
    if (c->fi[W].share || !c->fi[W].unit[0] || rel_is_rate(c, W) ||
        strcmp(c->fi[W].cat, "duration") == 0 || !comma_between(c->t, Wf->tend, Q->tstart) ||
        (Wf->qual != TALLY_Q_EXACT && Wf->qual != TALLY_Q_APPROX) || !(Wf->value > 0))
        return 0;
    size_t P = NOPOS;
    for (size_t j = W; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (P != NOPOS && jf->sent_index != c->f->v[P].sent_index)
            break;   /* a part in W's sentence: the sentence before is not read */
        if (!rel_same_unit(&c->fi[j], &c->fi[W]) || c->fi[j].share || c->fi[j].part)
            continue;   /* "376 ... and 282, 658 in all": the total, not its parts */
        if (P != NOPOS || rel_is_rate(c, j) || !(jf->value < Wf->value) ||
            (jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX))
            return 0;
        P = j;
    }
    if (P == NOPOS)
        return 0;
    return add_share_back(c, P, q, W, "share ... of it", c->f->v[P].sent_index != si);
}

/* 1 when a word of t[a..b) (four letters or more) stands in the clause
 * before figure j: back from j to a ; : or the start of its sentence. */
static int clause_names(const ctx *c, size_t j, const char *t, size_t a, size_t b)
{
    const tally_fact *f = &c->f->v[j];
    size_t x = f->tstart, s0 = c->seg->sents[f->sent_index].start;
    while (x > s0 && c->t[x - 1] != ';' && c->t[x - 1] != ':')
        x--;
    for (size_t i = a; i < b;) {
        char w[48];
        size_t e = rel_word_at(t, i, b, w, sizeof w);
        if (e <= i) {
            i++;
            continue;
        }
        if (strlen(w) >= 4 && rel_phrase_in(c->t, x, f->tstart, (const char *const[]){w, NULL}))
            return 1;
        i = e;
    }
    return 0;
}

/* Rule 5e: "the Velt works turns out 6,000 rifles a month.  Together they
 * make 15,000 a month, of which Velt supplies some 40 per cent": a share
 * q at most three words after "of which", which follows whole W (at most
 * four words between, no mark but a comma); the part is the one figure of
 * W's unit and rate-ness below W, in W's sentence or the one before it in
 * its paragraph, whose clause names a word said between "which" and q.
 * Nothing when no figure or more than one is so named.  0, or -1 when out
 * of memory. */
int rel_rule_share_of_which(ctx *c, size_t q, size_t lo, size_t hi)
{
    const tally_fact *Q = &c->f->v[q];
    const tally_sentence *s = &c->seg->sents[Q->sent_index];
    size_t ow = NOPOS;
    (void)hi;
    for (size_t i = Q->tstart; i-- > s->start && ow == NOPOS && Q->tstart - i < 64;)
        if (rel_phrase_at(c->t, i, Q->tstart, "of which"))
            ow = i;
    if (ow == NOPOS || rel_words_between(c->t, ow + 8, Q->tstart, ";:(),") < 0 ||
        rel_words_between(c->t, ow + 8, Q->tstart, "") > 3)
        return 0;
    size_t W = rel_fact_before_s(c, ow, lo, q, 4, ";:()");
    if (W == NOPOS || c->fi[W].share || !c->fi[W].unit[0] ||
        (c->f->v[W].qual != TALLY_Q_EXACT && c->f->v[W].qual != TALLY_Q_APPROX))
        return 0;
    size_t P = NOPOS, si = Q->sent_index;
    for (size_t j = W; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (!rel_same_unit(&c->fi[j], &c->fi[W]) || c->fi[j].share ||
            rel_is_rate(c, j) != rel_is_rate(c, W) || !(jf->value < c->f->v[W].value) ||
            !clause_names(c, j, c->t, ow + 8, Q->tstart))
            continue;
        if (P != NOPOS)
            return 0;
        P = j;
    }
    if (P == NOPOS || (c->f->v[P].qual != TALLY_Q_EXACT && c->f->v[P].qual != TALLY_Q_APPROX))
        return 0;
    return add_share_back(c, P, q, W, "of which ... per cent", c->f->v[P].sent_index != si);
}

/* A FRACTION: part P is share q of whole W (looked back when W is in
 * another sentence than q); q is used.  0, or -1 when out of memory. */
static int add_share(ctx *c, size_t P, size_t q, size_t W, const char *cue)
{
    return add_share_back(c, P, q, W, cue, c->f->v[W].sent_index != c->f->v[q].sent_index);
}

/* The offset right after "of which" or "of whom" in t[a..b), 0 when none. */
static size_t of_which_in(const ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        size_t e = rel_phrase_at(c->t, k, b, "of which");
        if (!e)
            e = rel_phrase_at(c->t, k, b, "of whom");
        if (e)
            return e;
    }
    return 0;
}

/* 1 when figure j is followed, within two words, by a comparative ("23,000
 * more than", "21 short of"): a difference, not an amount of things. */
static int comparative_after(const ctx *c, size_t j)
{
    static const char *const comp[] = {"more", "fewer", "less", "short", "above", "below",
                                       "than", NULL};
    return rel_word_within(c, c->f->v[j].tend, c->seg->sents[c->f->v[j].sent_index].end, 2,
                           comp);
}

/* The figure a pronoun or "of which" at offset k refers to: the last
 * figure before k, in its sentence or the one before, comparable with P
 * (or P bare; figures of other units passed over), larger than P, not a
 * share or a rate.  NOPOS when none. */
static size_t antecedent(const ctx *c, size_t P, size_t k)
{
    size_t si = c->f->v[P].sent_index;
    for (size_t j = P; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si)
            return NOPOS;
        if (jf->tend > k || c->fi[j].share || rel_is_rate(c, j) != rel_is_rate(c, P) ||
            comparative_after(c, j))
            continue;   /* "61,000 people, 23,000 more than in 1938, and one in four of
                           them": a difference is no group */
        if (c->fi[P].unit[0] && c->fi[j].unit[0] && !rel_comparable(&c->fi[j], &c->fi[P]))
            continue;   /* "126 transports ...; perhaps 1,200 men ...: 18 transports ...,
                           one in seven of those that flew": men are no transports */
        if (jf->value > c->f->v[P].value)
            return j;
        return NOPOS;   /* the nearest figure of P's kind is the antecedent, or none is */
    }
    return NOPOS;
}

/* 1 when the word label names part F after it, within three words and
 * before the next mark or figure ("41 on mines", "58 abandoned after
 * breakdowns"; a plural "s" either way). */
static int label_after(const ctx *c, size_t F, const char *label)
{
    size_t send = c->seg->sents[c->f->v[F].sent_index].end, k = c->f->v[F].tend;
    size_t ll = strlen(label);
    for (int nw = 0; nw < 3 && k < send; nw++) {
        while (k < send && c->t[k] == ' ')
            k++;
        if (k >= send || !rel_wch((unsigned char)c->t[k]) || isdigit((unsigned char)c->t[k]))
            return 0;
        char w[48];
        size_t e = rel_word_at(c->t, k, send, w, sizeof w);
        if (e == k)
            return 0;
        size_t wl = strlen(w);
        if (strcmp(w, "and") == 0 || strcmp(w, "or") == 0)
            return 0;
        if (wl >= 4 && ll >= 4 &&
            (strcmp(w, label) == 0 ||
             (wl + 1 == ll && label[wl] == 's' && strncmp(w, label, wl) == 0) ||
             (ll + 1 == wl && w[ll] == 's' && strncmp(w, label, ll) == 0)))
            return 1;
        k = e;
    }
    return 0;
}

/* The SUM (index into c->out) stated in figure j's paragraph before j whose
 * part is j itself or a figure of j's unit and value, or whose part the
 * word `label` names right before it ("(personnel 1.35bn, ..."); *part
 * gets that part.  NOPOS when none. */
static size_t summed_part(const ctx *c, size_t j, const char *label, size_t *part)
{
    int para = c->seg->sents[c->f->v[j].sent_index].para;
    for (size_t i = c->out->n; i-- > 0;) {
        const tally_relation *r = &c->out->v[i];
        const tally_fact *sf = &c->f->v[r->stated];
        if (r->kind != TALLY_REL_SUM || r->products || r->stated >= j ||
            c->seg->sents[sf->sent_index].para != para)
            continue;
        for (size_t k = 0; k < r->nparts; k++) {
            size_t F = r->parts[k].fact;
            if (F == TALLY_NO_FACT || r->parts[k].negative || r->parts[k].rate)
                continue;
            const char *const ws[] = {label, NULL};
            int named = label ? rel_word_before_is(c, c->f->v[F].tstart,
                                                   c->seg->sents[c->f->v[F].sent_index].start,
                                                   ws) ||
                                    label_after(c, F, label)
                              : F == j || (rel_same_unit(&c->fi[F], &c->fi[j]) &&
                                           c->f->v[F].value == c->f->v[j].value);
            if (named) {
                *part = F;
                return i;
            }
        }
    }
    return NOPOS;
}

/* For share q after another share: "and breakdowns for about one in
 * four", the noun right before "for" names the part of an earlier
 * breakdown (summed_part); NOPOS when there is none. */
static size_t named_for(const ctx *c, size_t q, size_t send, size_t *part)
{
    static const char *const for_[] = {"for", NULL};
    size_t st = c->seg->sents[c->f->v[q].sent_index].start, k = c->f->v[q].tstart;
    if (!rel_word_before_is(c, k, st, for_))
        return NOPOS;
    while (k > st && c->t[k - 1] == ' ')
        k--;
    k -= 3;   /* before "for" */
    while (k > st && c->t[k - 1] == ' ')
        k--;
    size_t b = k;
    while (b > st && rel_wch((unsigned char)c->t[b - 1]))
        b--;
    char w[48];
    if (b == k || rel_word_at(c->t, b, send, w, sizeof w) == b || strlen(w) < 4)
        return NOPOS;
    return summed_part(c, q, w, part);
}

/* Rule 5d: a share of a total broken down earlier in the paragraph, its
 * part named by the head of the breakdown ("The estimates come to 2.5bn
 * (personnel 1.35bn, equipment 600 million ...). Personnel thus takes 54
 * per cent of the whole, and equipment, at 600 million, almost 30 per
 * cent"): the part is the figure right before the share after a comma
 * (at most four words between), stated again from the breakdown, or, for
 * a share that opens its sentence's figures, the part the sentence's
 * first word names -> FRACTION of the breakdown's total. */
int rel_rule_share_of_breakdown(ctx *c, size_t q, size_t lo, size_t send)
{
    const tally_fact *qf = &c->f->v[q];
    size_t part = NOPOS, R = NOPOS;
    if (q > lo) {
        size_t j = q - 1;
        size_t a = c->f->v[j].tend, b = qf->tstart;
        if (!c->fi[j].share && !c->fi[j].used && memchr(c->t + a, ',', b - a) &&
            rel_words_between(c->t, a, b, ";:.()") >= 0 && rel_words_between(c->t, a, b, "") <= 4)
            R = summed_part(c, j, NULL, &part);
        if (R != NOPOS)
            part = j;
        else if (c->fi[j].share && c->fi[j].used)
            R = named_for(c, q, send, &part);   /* "... 22 per cent of the losses, and
                                                   breakdowns for about one in four" */
    } else {
        size_t st = c->seg->sents[qf->sent_index].start, e;
        char w[48];
        while (st < send && !rel_wch((unsigned char)c->t[st]))
            st++;
        e = rel_word_at(c->t, st, send, w, sizeof w);
        if (strcmp(w, "the") == 0) {
            while (e < send && c->t[e] == ' ')
                e++;
            rel_word_at(c->t, e, send, w, sizeof w);
        }
        static const char *const stop[] = {"and", "or", "with", "in", "of", "to", "by", "at",
                                           "for", "from", "some", "about", "it", "this", NULL};
        int is_stop = 0;
        for (size_t k = 0; stop[k]; k++)
            is_stop |= strcmp(w, stop[k]) == 0;
        if (w[0] && !is_stop && e < qf->tstart)
            R = summed_part(c, q, w, &part);
    }
    if (R == NOPOS)
        return 0;
    tally_relation r;   /* the whole is the breakdown's own total: not looked back */
    rel_init(&r, TALLY_REL_FRACTION, part, "share of a breakdown");
    rel_part(c, &r, q);
    rel_part(c, &r, c->out->v[R].stated);
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* The whole a share q apposed to part P names and a relative clause after
 * it states ("1,250 of them went home, some 25 per cent of the army's
 * strength, which ... had fallen from 6,000 to 4,750"): A, the first
 * figure after q in its sentence, right after "from" and after "which",
 * "whose" or "that" (no ";" or ":" between), comparable with P and
 * above it; B, the figure after "to" right after A.  1 when found. */
static int whole_after(const ctx *c, size_t q, size_t P, const tally_sentence *s,
                       size_t *A, size_t *B)
{
    static const char *const from_w[] = {"from", NULL};
    static const char *const to_w[] = {"to", NULL};
    static const char *const rel_w[] = {"which", "whose", "that", NULL};
    size_t a = q + 1, b = q + 2;
    if (b >= c->f->n || c->f->v[b].tstart >= s->end || c->fi[a].share || c->fi[b].share ||
        c->fi[a].used || c->fi[b].used)
        return 0;
    const tally_fact *af = &c->f->v[a];
    if (!rel_word_before_is(c, af->tstart, c->f->v[q].tend, from_w) ||
        !rel_word_before_is(c, c->f->v[b].tstart, af->tend, to_w) ||
        rel_words_between(c->t, c->f->v[q].tend, af->tstart, ";:()") < 0 ||
        !rel_phrase_in(c->t, c->f->v[q].tend, af->tstart, rel_w) ||
        !(af->value > c->f->v[P].value) ||
        (c->fi[a].unit[0] && !rel_comparable(&c->fi[a], &c->fi[P])) ||
        (c->fi[b].unit[0] && c->fi[a].unit[0] && !rel_same_unit(&c->fi[a], &c->fi[b])))
        return 0;
    *A = a;
    *B = b;
    return 1;
}

/* The share q of part P whose whole follows (whole_after): a FRACTION of
 * the old level A, and, when A - B is within a tenth of P (P is the
 * loss the clause reports), an absolute CHANGE from A to B by P.  0, or
 * -1 when out of memory. */
static int share_whole_after(ctx *c, size_t P, size_t q, size_t A, size_t B)
{
    double d = c->f->v[A].value - c->f->v[B].value, p = c->f->v[P].value;
    c->fi[P].used = 1;
    if (add_share(c, P, q, A, "share, the whole after it") < 0)
        return -1;
    if (!(d > 0.9 * p && d < 1.1 * p))
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_CHANGE, P, "share, then from ... to");
    rel_part(c, &r, A);
    rel_part(c, &r, B);
    r.absolute = 1;
    r.direction = -1;
    return rel_add(c, &r);
}

/* Rule 6 first asks this: share q right before "from A to B" is apposed to
 * a part P before it and names its whole ("some 25 per cent of the army's
 * strength"), which the clause after it states (whole_after gives a, b):
 * the share is P of A, not the change.  1 when taken, 0 when not, -1 when
 * out of memory. */
static int share_then_whole(ctx *c, size_t q, size_t lo, const tally_sentence *s,
                            size_t a, size_t b)
{
    size_t A, B, P;
    const char *noun = c->f->v[q].noun;
    if (q + 1 != a || c->fi[q].used || !after_comma(c, q, s->start) || !noun || !noun[0] ||
        pronoun_whole(noun) || (P = apposed(c, q, lo)) == NOPOS || P >= q ||
        c->fi[P].used || c->fi[P].share || !c->fi[P].unit[0] ||
        !whole_after(c, q, P, s, &A, &B) || A != a || B != b)
        return 0;
    return share_whole_after(c, P, q, A, B) < 0 ? -1 : 1;
}

/* Rule 5c: a share with its part and whole on either side, left by rule 5.
 * The part: the figure in apposition after the share ("one in four of them
 * was a woman, some 15,000 in all"; "About one in five of the crews, some
 * 480"; "of which 46 per cent, some 736 million") or before it ("Of the
 * wounded, 1,480, some 37 per cent"; "of which the records confirm 13,
 * more than two thirds").  The whole: "of them" after the share or "of
 * which" before it -> the figure they refer to; "of the X" after the share
 * or "Of the X," opening the sentence -> looked up by those words. */
/* The figure right after an opening "Of the" (at cue) in part P's
 * sentence, before P, of P's unit and larger, no share or rate: "Of the
 * 24.4 million tons available in 1943 (...), the railways took 5.4
 * million".  NOPOS when none. */
static size_t of_the_figure(const ctx *c, size_t P, size_t cue, size_t lo, size_t hi)
{
    size_t W = rel_fact_after(c, cue, lo, hi, 0);
    if (W == NOPOS || W >= P || c->fi[W].share || rel_is_rate(c, W) ||
        !rel_same_unit(&c->fi[W], &c->fi[P]) || !(c->f->v[W].value > c->f->v[P].value))
        return NOPOS;
    return W;
}

/* The offset of "the" opening a noun phrase in t[a..b), after a
 * preposition right after the part ("29 against the establishment, nearly
 * a quarter of it"): the thing a pronoun whole takes up.  NOPOS when
 * none. */
static size_t the_noun_between(const ctx *c, size_t a, size_t b)
{
    static const char *const preps[] = {"against", "of", "in", "for", NULL};
    char w[24];
    size_t i = a;
    int n = 0;
    while (n < 4 && rel_clause_word(c, &i, b, w, sizeof w)) {
        n++;
        for (size_t q = 0; preps[q]; q++)
            if (strcmp(w, preps[q]) == 0) {
                size_t k = i;
                while (k < b && c->t[k] == ' ')
                    k++;
                if (rel_phrase_at(c->t, k, b, "the"))
                    return k;
            }
    }
    return NOPOS;
}


/* The sum a share "of the price" (cost, bill, sum, total) is taken of, P
 * the part after it ("$230,000 in all, provided that a quarter of the
 * price, $67,500, is paid"): the nearest sum of P's currency before share
 * q, in q's sentence or the one before, larger than P, no price said of
 * one thing ("$11.50 a thousand").  NOPOS when none. */
static size_t price_whole(const ctx *c, size_t P, size_t q, const char *whole)
{
    static const char *const bill[] = {"price", "cost", "bill", "sum", "total", NULL};
    static const char *const per[] = {"a", "an", "per", "each", "apiece", NULL};
    static const char *const of[] = {"of", NULL};
    char w[48];
    size_t n = 0;
    while (whole[n] && whole[n] != ' ')
        n++;
    if (strcmp(c->fi[P].cat, "money") != 0 || n == 0 || n >= sizeof w)
        return NOPOS;
    memcpy(w, whole, n);
    w[n] = '\0';
    if (strcmp(w, "the") == 0) {   /* "the price in advance" */
        const char *sp = whole + n;
        while (*sp == ' ')
            sp++;
        size_t m = 0;
        while (sp[m] && sp[m] != ' ' && m + 1 < sizeof w) {
            w[m] = sp[m];
            m++;
        }
        w[m] = '\0';
    }
    if (!rel_word_is(w, bill))
        return NOPOS;
    const tally_fact *qf = &c->f->v[q];
    for (size_t j = q; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < qf->sent_index)
            break;
        if (!rel_same_unit(&c->fi[j], &c->fi[P]) || c->fi[j].share || rel_is_rate(c, j) ||
            rel_word_within(c, jf->tend, c->seg->sents[jf->sent_index].end, 1, per) ||
            (j > 0 && rel_word_before_is(c, jf->tstart, c->f->v[j - 1].tend, of)))
            continue;   /* not "two lots of 25,000": the size of a lot */
        return jf->value > c->f->v[P].value ? j : NOPOS;
    }
    return NOPOS;
}

int rel_rule_share_first(ctx *c, size_t q, size_t lo, size_t hi, size_t send)
{
    const tally_fact *qf = &c->f->v[q];
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    char whole[48] = "";
    size_t of_end, P = NOPOS;
    int priced = 0;   /* the whole is "the price" before it (price_whole) */
    size_t W = share_whole(c, q, lo, hi, send, whole, sizeof whole, &of_end);
    if (W != NOPOS || c->fi[q].used)
        return 0;   /* a whole stated beside it: rule 5's */
    if (q + 1 < hi && !c->fi[q + 1].share && !c->fi[q + 1].used) {
        size_t a = qf->tend, b = c->f->v[q + 1].tstart;
        int w = rel_words_between(c->t, a, b, ";:()");
        int comma = 0;
        for (size_t k = a; k < b; k++)
            comma |= c->t[k] == ',';
        static const char *const coord[] = {"and", "but", "while", "whereas", NULL};
        if (w >= 0 && w <= 7 && comma && !rel_phrase_in(c->t, a, b, coord))
            P = q + 1;   /* the share first, its part after a comma; not a new item
                            ("nearly half of them, and two of the heavy ones") */
    }
    int bare_or = P == NOPOS && q > lo && !c->fi[q - 1].share && noun_or_share(c, q - 1, q);
    if (P == NOPOS && (after_comma(c, q, s->start) || bare_or)) {
        P = apposed(c, q, lo);   /* also "2,100 prisoners or 18 per cent of those held" */
        size_t sw = P != NOPOS && P > lo ? subset_whole(c, P - 1) : NOPOS;
        if (P != NOPOS && sw == P && whole[0] && pronoun_whole(whole)) {
            /* "lost five of the 11 boats, nearly half of them": the share is
             * the partitive's, its part the five, its whole the eleven */
            if (c->fi[P - 1].used)
                return 0;
            c->fi[P - 1].used = 1;
            return add_share(c, P - 1, q, sw, "share of a partitive");
        }
    }
    if (P == NOPOS || c->fi[P].used || (!c->fi[P].unit[0] && P < q) ||
        (P < q && partitive_object(c, P, q, s->start)))
        return 0;
    if (P < q && (strncasecmp(whole, "it ", 3) == 0 || strncasecmp(whole, "this ", 5) == 0))
        return 0;   /* "20 million on fodder, some 40 per cent of it in the spring": a
                       part of the figure itself, said of a subset; none stated */
    size_t ow = of_which_in(c, s->start, P < q ? c->f->v[P].tstart : qf->tstart);
    size_t pw = P > q ? subset_whole(c, P) : NOPOS, named;
    if (pw == P + 1 && whole[0])
        W = pw;   /* "one in six of their men, some 1,350 of the 8,140": the part's own
                     partitive states the whole the words name */
    else if (whole[0] && pronoun_whole(whole) && P < q &&
             (named = the_noun_between(c, c->f->v[P].tend, qf->tstart)) != NOPOS) {
        /* "a shortfall of 29 against the establishment, nearly a quarter of it":
         * "it" is the establishment, looked up by its words, not the figure
         * before the part */
        if (c->nplans >= REL_PLAN_LOOKUPS)
            return 0;
        c->nplans++;
        query qw;
        rel_make_query(c, P, named, &qw);
        W = rel_look_back(c, P, P, &qw, c->f->v[P].value);
        if (W == NOPOS || c->f->v[W].sent_index == c->f->v[P].sent_index)
            return 0;   /* not "we held 97 cars, a shortfall of 29 against the
                           establishment": the 97 is the stock the gap is counted from */
    } else if (whole[0] && pronoun_whole(whole) &&
             ((W = antecedent(c, P, qf->tstart)) != NOPOS || !those_qualified(whole)))
        ;   /* "one in four of them"; "of those held" with no antecedent: looked up */
    else if (ow)
        W = antecedent(c, P, ow);   /* "of which 46 per cent, some 736 million" */
    else if ((named = opening_subset_whole(c, P, lo, whole)) != NOPOS)
        W = named;
    else {
        size_t cue = NOPOS;
        if (of_end != NOPOS && whole[0])
            cue = of_end;   /* "one in five of the crews, some 480" */
        else if (rel_phrase_at(c->t, clause_open(c, qf->sent_index, P < q ? P : q), s->end,
                               "of the"))
            cue = clause_open(c, qf->sent_index, P < q ? P : q) + 6;   /* "Of the wounded,
                               1,480, some 37 per cent"; also after a colon: "...: of the
                               340 raiders ..., 212, about 62 per cent" */
        if (cue == NOPOS)
            return 0;
        size_t ow2 = of_the_figure(c, P, cue, lo, hi);
        size_t open = clause_open(c, qf->sent_index, P < q ? P : q);
        if (ow2 == NOPOS && whole[0] && those_qualified(whole) &&
            rel_phrase_at(c->t, open, s->end, "of the")) {
            ow2 = of_the_figure(c, P, open + 6, lo, hi);   /* "Of the 260 gliders that
                set out, ... 59 were lost, some 27 per cent of those that flew": the
                set the opening partitive states (round 445) */
        }
        if (ow2 == NOPOS && P > q && (ow2 = price_whole(c, P, q, whole)) != NOPOS)
            priced = 1;
        if (ow2 != NOPOS)
            W = ow2;   /* "Of the 24.4 million tons available (...), the railways
                          took 5.4 million, some 26 per cent": stated right there */
        else if (c->nplans >= REL_PLAN_LOOKUPS)
            return 0;
        else {
            c->nplans++;
            query qw;
            rel_make_query(c, P, cue, &qw);
            W = rel_look_back(c, P, P < q ? P : q, &qw, c->f->v[P].value);
            if (W == NOPOS && whole[0] && those_qualified(whole))
                W = rel_sole_back(c, P, P < q ? P : q, NULL, c->f->v[P].value);
        }   /* "a third of those who had left": the one count it can be (5s) */
    }
    if (W == NOPOS || W == P || c->fi[W].share || own_other_whole(c, W, P, whole))
        return 0;   /* "80 workers, ... kept 30 of them ..., a quarter of its grain" */
    if (whole[0] && !pronoun_whole(whole) && !priced && whole_words_unmatched(c, W, q, whole))
        return 0;   /* "240 lorries set out, ... 48 ..., a tenth of all the lorries the
                       army owned": a set of its own, not the 240 (round 449) */
    if (those_qualified(whole)) {
        const tally_sentence *ws = &c->seg->sents[c->f->v[W].sent_index];
        size_t b = c->f->v[W].tend;
        while (b < ws->end && c->t[b] != ',' && c->t[b] != ';' && c->t[b] != ':')
            b++;
        const char *kw = relative_verb_kin(c, whole, 0, strlen(whole));
        const char *kp = relative_verb_kin(c, c->t, c->f->v[W].tend, b);
        if (kw && kp && strcmp(kw, kp) != 0)
            return 0;   /* "Of the 30 ships that sailed, 9 ..., half of those that
                           reached the strait": those that arrived are another set
                           than those that left (kin table; round 449) */
    }
    c->fi[P].used = 1;
    return add_share(c, P, q, W, "share");
}

/* The total of the SUM that has fact j as a part, NOPOS when none. */
static size_t sum_total_of(const ctx *c, size_t j)
{
    for (size_t i = rel_with_part(c, 0, TALLY_REL_SUM, j); i != NOPOS;
         i = rel_with_part(c, i + 1, TALLY_REL_SUM, j))
        if (!c->out->v[i].products)
            return c->out->v[i].stated;
    return NOPOS;
}

/* 1 when "rate", a few words ("among the sick"), then "of" stand right
 * before share q: "a death rate among the sick of 5.7 per cent". */
static int rate_among(const ctx *c, size_t q)
{
    const tally_fact *qf = &c->f->v[q];
    size_t a = rel_words_back(c, qf->tstart, c->seg->sents[qf->sent_index].start, 6);
    static const char *const rate[] = {"rate", NULL};
    static const char *const of[] = {"of", NULL};
    if (rel_words_between(c->t, a, qf->tstart, ",;:()") < 0 || !rel_phrase_in(c->t, a, qf->tstart, rate))
        return 0;
    return rel_word_before_is(c, qf->tstart, a, of);
}

/* 1 when fact j opens a sentence that begins "Of the" ("Of the wounded
 * carried between April and September, 61,200 in all, some 1,100 died"):
 * the whole its parts are told of. */
static int opens_of_the(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    size_t open = rel_sent_open(c, f->sent_index);
    if (j > 0 && c->f->v[j - 1].sent_index == f->sent_index)
        return 0;
    return rel_phrase_at(c->t, open, f->tstart, "of the") != 0 &&
           rel_words_between(c->t, open, f->tstart, ";:()") >= 0;
}

/* The whole W that "Of the W X, ... P" names for part P in P's sentence:
 * the nearest larger figure of P's unit before it, when right after "of"
 * or "of the" ("Of the 214,000 wounded admitted, 16,900 died"), or
 * the first figure of a sentence opening "Of the" (opens_of_the); NOPOS
 * when none. */
static size_t of_whole_before(const ctx *c, size_t P, size_t lo)
{
    const tally_fact *pf = &c->f->v[P];
    if (c->fi[P].share || !c->fi[P].unit[0] || rel_is_rate(c, P))
        return NOPOS;
    for (size_t j = P; j-- > lo;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index != pf->sent_index)
            break;
        if (c->fi[j].share || !rel_same_unit(&c->fi[j], &c->fi[P]) || !(jf->value > pf->value))
            continue;
        /* only the nearest larger figure of the unit */
        return partitive_whole_at(c, j) || opens_of_the(c, j) ? j : NOPOS;
    }
    return NOPOS;
}

/* The noun a demonstrative names in t[a..b) ("on these flights", "in
 * those sorties"): 1 and its unit and category when it is in the
 * lexicon, else 0. */
static int demonstrative_noun(const ctx *c, size_t a, size_t b, char u[48], char cat[16])
{
    static const char *const dem[] = {"these", "those", NULL};
    char w[48];
    for (size_t k = a; rel_cue_word(c, &k, b, dem, w, sizeof w);)
        if (rel_lookup_word(c->lex, w, u, cat))
            return 1;
    return 0;
}

/* Rule 5d: a rate of loss: "lost 58 aircraft in 1,450 sorties, a rate of
 * 5 per cent", "lost 31 bombers, ..., a loss rate of about 0.5 per cent a
 * sortie".  The share q follows "rate of" (at most two words between); the
 * part is the first figure of q's clause that a count of another unit
 * follows after "in", "on", "over" or "from" (the whole), else the last
 * figure before q, with the whole looked up as the last larger figure of
 * the unit q is said "a"/"per" of, in its sentence or the two before ("of
 * the sorties flown": up to eight before, in its section).  Round 532:
 * also "lost against 1,560 flights", and "The loss rate was 3.7 per cent"
 * opening its sentence, the loss the sentence before. */
/* For rule 5d: "the boats fired 212 torpedoes and scored 31 hits, a rate of
 * about 15 per cent": with no thing the rate is said per, two counts of
 * different units joined by "and" right before q (at most six words
 * between them, a comma before q) are the whole and the part -> FRACTION.
 * 0 when none, -1 when out of memory. */
static int paired_rate(ctx *c, size_t q, size_t lo)
{
    static const char *const and_w[] = {"and", NULL};
    if (q < lo + 2)
        return 0;
    size_t P = q - 1, W = q - 2;
    const tally_fact *pf = &c->f->v[P], *wf = &c->f->v[W];
    if (c->fi[P].share || c->fi[W].share || c->fi[P].used || !c->fi[P].unit[0] ||
        !c->fi[W].unit[0] || rel_same_unit(&c->fi[P], &c->fi[W]) || rel_is_rate(c, P) ||
        rel_is_rate(c, W) || !(wf->value > pf->value) || pf->qual != TALLY_Q_EXACT ||
        wf->qual != TALLY_Q_EXACT)
        return 0;
    int ww = rel_words_between(c->t, wf->tend, pf->tstart, ",;:()");
    int wq = rel_words_between(c->t, pf->tend, c->f->v[q].tstart, ";:()");
    if (ww < 1 || ww > 6 || !rel_phrase_in(c->t, wf->tend, pf->tstart, and_w) || wq < 0 ||
        wq > 6)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_FRACTION, P, "rate of");
    rel_part(c, &r, q);
    rel_part(c, &r, W);
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* 1 when share q follows "a loss of" and is said per a thing ("a loss of
 * 1.2 per cent a sortie"): a rate of loss, not a fall. */
static int loss_per_thing(const ctx *c, size_t q, size_t send)
{
    static const char *const loss[] = {"a loss of", NULL};
    static const char *const one[] = {"a", "an", "per", NULL};
    const tally_fact *qf = &c->f->v[q];
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    size_t k = qf->tstart > s->start + 12 ? qf->tstart - 12 : s->start;
    char w[48], u[48], cat[16];
    if (!rel_phrase_in(c->t, k, qf->tstart, loss) ||
        !rel_word_within(c, qf->tend, send, 1, one))
        return 0;
    size_t e = qf->tend;
    while (e < send && c->t[e] == ' ')
        e++;
    e = rel_word_at(c->t, e, send, w, sizeof w);
    while (e < send && c->t[e] == ' ')
        e++;
    return rel_word_at(c->t, e, send, w, sizeof w) > e && rel_lookup_word(c->lex, w, u, cat) &&
           strcmp(cat, "duration") != 0;
}

int rel_rule_loss_rate(ctx *c, size_t q, size_t lo, size_t send)
{
    static const char *const rate[] = {"rate of", "rate was", "rate stood at", "rate came to",
                                       NULL};
    static const char *const in[] = {"in", "on", "over", "from", "during", "against", NULL};
    const tally_fact *qf = &c->f->v[q];
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    size_t k = qf->tstart > s->start + 24 ? qf->tstart - 24 : s->start;
    if (c->fi[q].used || (!rel_phrase_in(c->t, k, qf->tstart, rate) && !rate_among(c, q) &&
                          !loss_per_thing(c, q, send)))
        return 0;
    if (q == lo) {   /* "... lost 512 bombers: 347 .... The loss rate was 3.7 per cent of
                        the sorties flown": the loss told in the sentence before */
        if (q == 0 || c->f->v[q - 1].sent_index + 1 != qf->sent_index ||
            c->seg->sents[c->f->v[q - 1].sent_index].para != s->para)
            return 0;
        size_t a, b;
        rel_sent_range(c, c->f->v[q - 1].sent_index, &a, &b);
        lo = a;
    }
    size_t P = NOPOS, W = NOPOS;
    for (size_t j = lo; j + 1 < q && P == NOPOS; j++) {   /* "58 aircraft in 1,450 sorties" */
        size_t w = j + 1;
        int between = rel_words_between(c->t, c->f->v[j].tend, c->f->v[w].tstart, ",;:()");
        if (!c->fi[j].share && !c->fi[w].share && c->fi[j].unit[0] && c->fi[w].unit[0] &&
            !rel_same_unit(&c->fi[j], &c->fi[w]) && between >= 1 && between <= 5 &&
            rel_word_before_is(c, c->f->v[w].tstart, s->start, in) &&
            c->f->v[w].value > c->f->v[j].value &&
            rel_words_between(c->t, c->f->v[w].tend, qf->tstart, ";:()") <= 5) {
            P = j;
            W = w;
        }
    }
    int rest = 0;
    size_t last = q > lo ? sum_total_of(c, q - 1) : NOPOS;   /* "46 ended with the ship
                                                                 sunk, 29 by mines and 17 by
                                                                 submarines, a loss rate" */
    if (last == NOPOS || c->f->v[last].sent_index != qf->sent_index)
        last = q - 1;
    if (P == NOPOS && q > lo + 1 && (W = of_whole_before(c, last, lo)) != NOPOS) {
        P = last;
        rest = 1;
    }
    size_t sw = P == NOPOS && q > lo + 1 ? subset_whole(c, q - 1) : NOPOS;
    if (sw != NOPOS && c->f->v[sw].sent_index == qf->sent_index && !c->fi[sw].share) {
        P = q - 1;   /* "2,230 refugees fell sick, ... and 167 of them died, a death rate
                        among the sick of 5.7 per cent": the subset's whole */
        W = sw;
    }
    if (P == NOPOS && q > lo + 1 && (W = of_whole_before(c, q - 1, lo)) != NOPOS) {
        P = q - 1;   /* "Of the 214,000 wounded ..., 16,900 died, a rate of 7.9 per cent" */
        rest = 1;    /* or "1,150 qualified, a wastage rate of 20 per cent": of the
                        others, W - P (verify takes the reading nearer P) */
    }
    if (P == NOPOS) {   /* "31 bombers, ..., a loss rate of about 0.5 per cent a sortie" */
        char w[48], u[48], cat[16];
        size_t e = c->f->v[q].tend, we;
        while (e < send && c->t[e] == ' ')
            e++;
        static const char *const one[] = {"a", "an", "per", "of the", NULL};
        size_t a = 0;
        int of_the = 0;   /* "of the sorties flown": all of them, stated further back */
        for (size_t m = 0; one[m] && !a; m++)
            if ((a = rel_phrase_at(c->t, e, send, one[m])) != 0)
                of_the = strcmp(one[m], "of the") == 0;
        while (a && a < send && c->t[a] == ' ')
            a++;
        int these = 0;   /* "lost on these flights, a loss rate of 3 per cent" */
        if (!a || (we = rel_word_at(c->t, a, send, w, sizeof w)) == a ||
            !rel_lookup_word(c->lex, w, u, cat)) {
            if (!demonstrative_noun(c, s->start, qf->tstart, u, cat))
                return paired_rate(c, q, lo);
            these = 1;
        }
        for (size_t j = q; j-- > lo && P == NOPOS;)
            if (!c->fi[j].share && c->fi[j].unit[0] && strcmp(c->fi[j].unit, u) != 0 &&
                !c->fi[j].part)
                P = j;   /* the total lost, not one of its parts */
        for (size_t j = P == NOPOS ? q : P + 1; P != NOPOS && j < q && W == NOPOS; j++)
            if (!c->fi[j].share && strcmp(c->fi[j].unit, u) == 0 && !rel_is_rate(c, j) &&
                c->f->v[j].value > c->f->v[P].value &&
                rel_word_before_is(c, c->f->v[j].tstart, s->start, in))
                W = j;   /* "lost seven destroyers (four to mines, ...) in some 1,180
                            escort sailings, a loss of 0.6 per cent a sailing" */
        for (size_t j = P == NOPOS ? 0 : P; P != NOPOS && j-- > 0 && W == NOPOS;) {
            if (c->f->v[j].sent_index + (of_the ? 8 : these ? 3 : 2) < qf->sent_index ||
                (these && c->seg->sents[c->f->v[j].sent_index].para != s->para) ||
                c->f->v[j].section != qf->section)
                break;
            const finfo *ji = &c->fi[j];
            int like = strcmp(ji->unit, u) == 0 ||
                       (these && ji->unit[0] && cat[0] && strcmp(ji->cat, cat) == 0);
            if (!ji->share && like && !rel_is_rate(c, j) &&
                c->f->v[j].value > c->f->v[P].value &&
                !(these && subset_whole(c, j) != NOPOS))
                W = j;   /* "these flights": all the sorties, not the 287 of them that
                            dropped */
        }
    }
    if (P == NOPOS || W == NOPOS || c->fi[P].share)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_FRACTION, P, "rate of");
    r.looked_back = c->f->v[W].sent_index != c->f->v[q].sent_index;
    r.complement = rest;
    rel_part(c, &r, q);
    rel_part(c, &r, W);
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* Rule 6b: "N, some 22 per cent more than the estimate": a share followed
 * by more / less / higher ... than: the change from a base (the figure
 * after "than", or one stated earlier that the words after "than"
 * describe) to the figure the share is apposed to. */
int rel_rule_more_than(ctx *c, size_t q, size_t lo, size_t hi, size_t send)
{
    static const struct {
        const char *w;
        int dir;
    } cmp[] = {{"more", 1},   {"higher", 1}, {"greater", 1}, {"larger", 1}, {"above", 1},
               {"over", 1},   {"less", -1},  {"fewer", -1},  {"lower", -1},  {"smaller", -1},
               {"below", -1}, {"under", -1}};
    const tally_fact *qf = &c->f->v[q];
    size_t k = qf->tend;
    while (k < send && c->t[k] == ' ')
        k++;
    int dir = 0;
    size_t e = 0;
    for (size_t m = 0; m < sizeof cmp / sizeof *cmp && !dir; m++)
        if ((e = rel_phrase_at(c->t, k, send, cmp[m].w)) != 0)
            dir = cmp[m].dir;
    if (!dir)
        return 0;
    size_t th = rel_phrase_at(c->t, e + (e < send && c->t[e] == ' '), send, "than");
    if (th)
        e = th;
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    if (!after_comma(c, q, s->start))
        return 0;
    size_t B = apposed(c, q, lo);
    if (B == NOPOS || !c->fi[B].unit[0])
        return 0;
    size_t A = rel_fact_after(c, e, lo, hi, 3);
    int back = 0;
    if (A == NOPOS || !rel_comparable(&c->fi[A], &c->fi[B])) {
        query qw;
        rel_make_query(c, B, e, &qw);
        A = rel_look_back(c, B, B, &qw, 0);
        back = 1;
    }
    if (A == NOPOS)
        return 0;
    return add_change(c, q, A, B, dir, back, "more than");
}

/* How a multiplier word at offset i is hedged: +1 after "more than",
 * "over", "well over" ("more than doubled"), -1 after "nearly", "almost",
 * "not quite", else 0. */
static int mult_bound(const ctx *c, size_t i, size_t start)
{
    static const char *const over[] = {"over", NULL}, *const than[] = {"than", NULL};
    static const char *const near[] = {"nearly", "almost", "quite", NULL};
    if (rel_word_before_is(c, i, start, over))
        return 1;
    if (rel_word_before_is(c, i, start, near))
        return -1;
    if (rel_word_before_is(c, i, start, than)) {
        size_t k = i;
        while (k > start && c->t[k - 1] == ' ')
            k--;
        k = k >= 4 + start ? k - 4 : start;   /* before "than" */
        static const char *const more[] = {"more", NULL};
        return rel_word_before_is(c, k, start, more) ? 1 : 0;
    }
    return 0;
}

/* Rule 8: multipliers in words.  "doubled the garrison to 8,000" (the
 * base: "from N" in between, else the figure stated earlier that the words
 * between the verb and "to" describe); "2,000 tons a day, twice what the
 * road carried" (the base: a figure right after, else one stated earlier
 * that the words after the multiplier describe). */
/* "1,150 sorties in October and twice as many, 2,300, in March": a
 * multiple "k times as many / much" with its figure B right after (a comma
 * or a parenthesis between) and the base A the nearest comparable figure
 * before the phrase in its clause (at most eight words back) -> PRODUCT
 * with factor k.  0 when none, -1 when out of memory. */
static int as_many(ctx *c, const tally_sentence *s, size_t i, size_t lo, size_t hi)
{
    static const struct {
        const char *w;
        double k;
    } mult[] = {{"twice as many", 2},       {"twice as much", 2},
                {"three times as many", 3}, {"three times as much", 3},
                {"four times as many", 4},  {"four times as much", 4},
                {"half as many", 0.5},      {"half as much", 0.5}};
    for (size_t m = 0; m < sizeof mult / sizeof *mult; m++) {
        size_t e = rel_phrase_at(c->t, i, s->end, mult[m].w);
        if (!e)
            continue;
        size_t B = rel_fact_after(c, e, lo, hi, 1), A;
        if (B == NOPOS || rel_words_between(c->t, e, c->f->v[B].tstart, ";:.") != 0 ||
            c->fi[B].share || !c->fi[B].unit[0] || c->fi[B].used ||
            (A = rel_fact_before_s(c, i, lo, hi, 8, ";:.()")) == NOPOS || c->fi[A].share ||
            !rel_comparable(&c->fi[A], &c->fi[B]) || rel_is_rate(c, A) != rel_is_rate(c, B))
            return 0;
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, B, mult[m].w);
        r.factor = mult[m].k;
        r.bound = mult_bound(c, i, s->start);
        rel_part(c, &r, A);
        c->fi[B].used = 1;
        return rel_add(c, &r);
    }
    return 0;
}

int rel_rule_multiple(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const struct {
        const char *w;
        double k;
        int verb;
    } mult[] = {{"doubled", 2, 1}, {"tripled", 3, 1}, {"trebled", 3, 1}, {"quadrupled", 4, 1},
                {"halved", 0.5, 1}, {"twice", 2, 0}, {"double", 2, 0}, {"thrice", 3, 0}};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        if (as_many(c, s, i, lo, hi) < 0)
            return -1;
        for (size_t m = 0; m < sizeof mult / sizeof *mult; m++) {
            size_t e = rel_phrase_at(c->t, i, s->end, mult[m].w);
            if (!e || rel_phrase_at(c->t, e + 1, s->end, "as"))
                continue;   /* "twice as many, 2,300": as_many() */
            size_t B = NOPOS, A = NOPOS;
            if (mult[m].verb) {
                /* the figure after "to" within six words */
                size_t to = 0, from = 0;
                for (size_t k = e; k < s->end && !to; k++) {
                    if (k > e && c->t[k - 1] != ' ')
                        continue;   /* at word starts only: "1.3bn" is no stop */
                    if (rel_words_between(c->t, e, k, ";:.") < 0 ||
                        rel_words_between(c->t, e, k, "") > (from ? 10 : 6))
                        break;   /* "doubled, from 1.3bn at the end of 1940 to 2.6bn" */
                    if (!from)
                        from = rel_phrase_at(c->t, k, s->end, "from");
                    to = rel_phrase_at(c->t, k, s->end, "to");
                    if (to) {
                        B = rel_fact_after(c, to, lo, hi, 1);
                        if (from)
                            A = rel_fact_after(c, from, lo, hi, 1);
                    }
                }
            } else {
                size_t k = i;   /* in apposition: right after a comma */
                while (k > s->start && c->t[k - 1] == ' ')
                    k--;
                if (k == s->start || c->t[k - 1] != ',')
                    continue;
                B = rel_fact_before_s(c, i, lo, hi, 8, ";:.()");
                A = rel_fact_after(c, e, lo, hi, 3);
            }
            if (B == NOPOS || c->fi[B].share || !c->fi[B].unit[0] || c->fi[B].used)
                continue;
            int back = 0;
            if (A == NOPOS || A == B || !rel_comparable(&c->fi[A], &c->fi[B])) {
                query qw;   /* the words after the multiplier */
                rel_make_query(c, B, e, &qw);
                A = rel_look_back(c, B, B, &qw, 0);
                back = 1;
            }
            if (A == NOPOS)
                continue;
            tally_relation r;
            rel_init(&r, TALLY_REL_PRODUCT, B, mult[m].w);
            r.factor = mult[m].k;
            r.bound = mult_bound(c, i, s->start);
            r.looked_back = back;
            rel_part(c, &r, A);
            c->fi[B].used = 1;
            if (rel_add(c, &r) < 0)
                return -1;
        }
    }
    return 0;
}

/* The absolute change C that "from A to B" (facts a, b) states in its
 * sentence: after B, "a rise / fall / ... of C" ("from 1,200 to 1,850, a
 * rise of 650"); before A, "by C" ("was cut by 400, from 2,800 to
 * 2,400").  C counts A's things (same unit, or written bare) and is not a
 * share or a bound.  *dir: +1 or -1 when the cue's word says which way,
 * else 0.  NOPOS when there is none. */
static size_t change_amount(const ctx *c, const tally_sentence *s, size_t a, size_t b,
                            size_t lo, size_t hi, int *dir)
{
    static const struct {
        const char *p;
        int dir;
    } nouns[] = {
        {"a rise of", 1},      {"an increase of", 1}, {"a gain of", 1},   {"a growth of", 1},
        {"an addition of", 1}, {"a fall of", -1},     {"a drop of", -1},  {"a decline of", -1},
        {"a decrease of", -1}, {"a reduction of", -1}, {"a cut of", -1},  {"a loss of", -1},
        {"a saving of", -1},   {"a net loss of", -1}, {"a net gain of", 1},
        {"or by", 0},          {"down by", -1},       {"up by", 1},       {"falling by", -1},
        {"rising by", 1},      {"dropping by", -1},   {"growing by", 1},  {"declining by", -1},
    };
    static const char *const by[] = {"by", NULL};
    const tally_fact *A = &c->f->v[a], *B = &c->f->v[b];
    size_t C = NOPOS;
    *dir = 0;
    for (size_t i = B->tend; i < s->end && C == NOPOS; i++) {
        if (c->t[i] == ';' || c->t[i] == ':' || c->t[i] == '(')
            break;
        for (size_t q = 0; q < sizeof nouns / sizeof *nouns && C == NOPOS; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, nouns[q].p);
            if (e && (C = rel_fact_after(c, e, lo, hi, 1)) != NOPOS)
                *dir = nouns[q].dir;
        }
    }
    if (C == NOPOS) {   /* "cut by C, from A to B" */
        size_t k = A->start, f = NOPOS;
        if (rel_phrase_at(c->t, k, A->end, "from"))
            f = k;   /* one figure "from 2,150 to 2,500" */
        while (f == NOPOS && k > s->start && (c->t[k - 1] == ' ' || c->t[k - 1] == ','))
            k--;
        if (f == NOPOS && k >= s->start + 4 && rel_phrase_at(c->t, k - 4, A->tstart, "from"))
            f = k - 4;
        while (f != NOPOS && f > s->start && (c->t[f - 1] == ' ' || c->t[f - 1] == ','))
            f--;
        if (f != NOPOS) {
            size_t x = rel_fact_before_s(c, f, lo, hi, 3, ";:.()");
            if (x != NOPOS && x < a && rel_word_before_is(c, c->f->v[x].tstart, s->start, by))
                C = x;
        }
    }
    for (size_t e = 0; e < 2; e++) {   /* "from up to 252": an open end checks nothing */
        tally_qualifier q = c->f->v[e ? b : a].qual;
        if (q == TALLY_Q_AT_LEAST || q == TALLY_Q_AT_MOST || q == TALLY_Q_VAGUE)
            return NOPOS;
    }
    if (C == NOPOS || C == a || C == b || c->fi[C].share || c->fi[C].used ||
        c->f->v[C].qual == TALLY_Q_AT_LEAST || c->f->v[C].qual == TALLY_Q_AT_MOST ||
        (rel_is_rate(c, C) && !rel_is_rate(c, a)))
        return NOPOS;
    size_t u = c->fi[a].unit[0] ? a : b;   /* the end that names the unit */
    if (!rel_same_unit(&c->fi[C], &c->fi[u]) && !(rel_bare(&c->f->v[C]) && !c->fi[C].unit[0]))
        return NOPOS;
    if (!(c->f->v[C].value < fmax(fmax(A->value, B->value), A == B ? A->high : 0)))
        return NOPOS;   /* a change larger than both ends is something else */
    return C;
}

/* 1 when the figure at offset i follows "to" after a verb of change ("was
 * cut to 350", "rose to 90"). */
static int verb_to(const ctx *c, const tally_sentence *s, size_t i)
{
    static const char *const to[] = {"to", NULL};
    static const char *const verbs[] = {"cut", "reduced", "fell", "rose", "raised", "increased",
                                        "dropped", "grew", "lowered", "slashed", "trimmed",
                                        "decreased", "declined", "climbed", "shrank", "risen",
                                        "fallen", "grown", "shrunk", NULL};
    if (!rel_word_before_is(c, i, s->start, to))
        return 0;
    while (i > s->start && c->t[i - 1] == ' ')
        i--;
    return i >= s->start + 2 && rel_word_before_is(c, i - 2, s->start, verbs);
}

/* "rose to 4.40 florins, an increase of 3.60 florins, or 350 per cent":
 * after absolute CHANGE r (just added), the share right after its stated
 * amount, only ", or" and at most two words between, unused, in sentence
 * s -> the same change as a percentage.  0, or -1 when out of memory. */
static int abs_share(ctx *c, const tally_sentence *s, const tally_relation *abs)
{
    static const char *const of[] = {"of", NULL};
    size_t C = abs->stated, q = C + 1;
    if (q >= c->f->n || !c->fi[q].share || c->fi[q].used || c->f->v[q].tstart >= s->end ||
        abs->parts[0].fact == abs->parts[1].fact)
        return 0;
    size_t a = c->f->v[C].tend, b = c->f->v[q].tstart, k = a;
    while (k < b && c->t[k] != ',')
        k++;
    if (k == b) {   /* "a fall of 15,000 hectares or some 29 per cent": no comma */
        size_t o = a;
        while (o < b && !rel_phrase_at(c->t, o, b, "or"))
            o++;
        if (o == b || rel_words_between(c->t, a, o, ",;:.()") < 0 ||
            rel_words_between(c->t, a, o, "") > 2 || rel_words_between(c->t, o, b, "") > 3 ||
            rel_word_within(c, c->f->v[q].tend, s->end, 1, of))
            return 0;
    } else if (rel_words_between(c->t, a, k, "") > 2 ||
        rel_words_between(c->t, k + 1, b, ",;:.()") < 1 ||
        rel_words_between(c->t, k + 1, b, "") > 3 || !rel_phrase_at(c->t, k + 2, b, "or") ||
        rel_word_within(c, c->f->v[q].tend, s->end, 1, of))
        return 0;   /* "..., or some 82 per cent of the 144": a share of a whole */
    tally_relation r;
    rel_init(&r, TALLY_REL_CHANGE, q, "a change of, or");
    rel_part(c, &r, abs->parts[0].fact);
    rel_part(c, &r, abs->parts[1].fact);
    r.direction = abs->direction;
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* 1 when fact a is a level said with "stood at" / "was at" / "remained at"
 * ("the workforce stood at 4,600 in April, and ... ordered it raised to
 * 6,000"): the level a later "raised to" / "cut to" in its sentence starts
 * from, however long the clause between. */
static int stood_at(const ctx *c, const tally_sentence *s, size_t a)
{
    static const char *const at[] = {"at", NULL};
    static const char *const verbs[] = {"stood", "was", "remained", "stands", "is", NULL};
    return rel_two_words_before(c, c->f->v[a].tstart, s->start, verbs, at);
}

/* An absolute CHANGE from fact a to fact b when change_amount() finds the
 * amount; 0 (also when none), -1 when out of memory. */
static int add_abs_change(ctx *c, const tally_sentence *s, size_t a, size_t b, size_t lo,
                          size_t hi, const char *cue)
{
    int dir;
    size_t C = change_amount(c, s, a, b, lo, hi, &dir);
    if (C == NOPOS ||
        (c->fi[a].unit[0] && c->fi[b].unit[0] && !rel_comparable(&c->fi[a], &c->fi[b])))
        return 0;
    static const char *const to[] = {"to", "than", NULL};
    for (size_t j = b + 1; j < C; j++)
        if (rel_comparable(&c->fi[j], &c->fi[b]) && !c->fi[j].share &&
            rel_phrase_in(c->t, rel_words_back(c, c->f->v[j].tstart, c->f->v[j - 1].tend, 4),
                          c->f->v[j].tstart, to))
            return 0;   /* "fell to 5,200 tons in 1941 and to no more than 1,900 in 1942, a
                           fall of 3,300": the amount is the later move's */
    tally_relation r;
    rel_init(&r, TALLY_REL_CHANGE, C, cue);
    rel_part(c, &r, a);
    rel_part(c, &r, b);
    r.absolute = 1;
    r.direction = dir ? dir : (c->f->v[b].value < c->f->v[a].value ? -1 : 1);
    c->fi[C].used = 1;
    return rel_add(c, &r) < 0 ? -1 : abs_share(c, s, &r);
}

/* 1 when figure b (right after a) is the level a is set against: "1,850
 * calories a day against some 2,900 before the war", "compared with"; both
 * levels of one thing (both rates, or the second written bare), at most
 * eight words apart in one clause. */
static int against(const ctx *c, const tally_sentence *s, size_t a, size_t b)
{
    static const char *const cue[] = {"against", NULL};
    static const char *const cue2[] = {"with", "to", NULL};
    const tally_fact *A = &c->f->v[a], *B = &c->f->v[b];
    if (c->fi[a].used || c->fi[b].used || c->fi[a].share || c->fi[b].share ||
        A->qual == TALLY_Q_RANGE || B->qual == TALLY_Q_RANGE ||
        (rel_is_rate(c, a) != rel_is_rate(c, b) && !rel_bare(B)) ||
        rel_words_between(c->t, A->tend, B->tstart, ";:()") < 0 ||
        rel_words_between(c->t, A->tend, B->tstart, "") > 8)
        return 0;   /* "620 tons a week against some 900": the bare level shares the period */
    if (rel_word_before_is(c, B->tstart, s->start, cue))
        return 1;
    size_t k = B->tstart;
    while (k > s->start && c->t[k - 1] == ' ')
        k--;
    if (!rel_word_before_is(c, B->tstart, s->start, cue2))
        return 0;
    return k >= s->start + 13 && (rel_phrase_at(c->t, k - 13, k, "compared with") ||
                                  rel_phrase_at(c->t, k - 11, k, "compared to"));
}

/* 1 when figure b is a rate of exchange quoted per a currency: "to the"
 * and a money word of the lexicon right after it, or after its own
 * currency ("15 to the dollar", "6 thalers to the dollar"). */
static int per_currency(const ctx *c, size_t b, size_t end)
{
    size_t k = c->f->v[b].tend;
    char w0[48], u0[48], c0[16];
    while (k < end && c->t[k] == ' ')
        k++;
    size_t k2 = rel_word_at(c->t, k, end, w0, sizeof w0);
    if (k2 > k && rel_lookup_word(c->lex, w0, u0, c0) && strcmp(c0, "money") == 0) {
        k = k2;   /* "6 thalers to the dollar": past the rate's own currency */
        while (k < end && c->t[k] == ' ')
            k++;
    }
    size_t e = rel_phrase_at(c->t, k, end, "to the");
    char w[48], u[48], cat[16];
    while (e && e < end && c->t[e] == ' ')
        e++;
    if (!e || rel_word_at(c->t, e, end, w, sizeof w) == e)
        return 0;
    return strcmp(w, "pound") == 0 ||   /* sterling here, though "pound" is a weight */
           (rel_lookup_word(c->lex, w, u, cat) && strcmp(cat, "money") == 0);
}

/* 1 when share q stands in apposition to the figure right before it: that
 * figure no share, only a comma and at most two words between ("1,640,
 * about a third"). */
static int apposed_share(const ctx *c, size_t q)
{
    if (q == 0 || c->fi[q - 1].share)
        return 0;
    size_t a = c->f->v[q - 1].tend, b = c->f->v[q].tstart;
    return memchr(c->t + a, ',', b - a) && rel_words_between(c->t, a, b, ";:.()") >= 0 &&
           rel_words_between(c->t, a, b, "") <= 2;
}

/* The share of [lo, hi) nearest to the pair a, b, unused: after b (not
 * in apposition to another figure), or before a with no other figure
 * between ("an increase of 550 per cent, and ... rose by two-thirds, from
 * 0.60 to 1.00": the two-thirds); NOPOS when none. */
static int share_matches(const tally_fact *q, double a, double b);

/* 1 when share q is followed by "of" and a whole it names ("four-fifths
 * of the target"), not a rate of change; "a sixth of the whole", "of the
 * total", "of its strength" name the base of the change itself. */
static int share_of_named(const ctx *c, size_t q)
{
    static const char *const base[] = {"the whole", "the total", "the original", "the former",
                                       "its", "their", "it", "them", "the old", NULL};
    const tally_sentence *s = &c->seg->sents[c->f->v[q].sent_index];
    size_t k = c->f->v[q].tend;
    while (k < s->end && c->t[k] == ' ')
        k++;
    size_t e = rel_phrase_at(c->t, k, s->end, "of");
    if (!e || e >= s->end || c->t[e] != ' ' || e + 1 >= s->end ||
        !isalpha((unsigned char)c->t[e + 1]))
        return 0;
    for (size_t i = 0; base[i]; i++)
        if (rel_phrase_at(c->t, e + 1, s->end, base[i]))
            return 0;
    return 1;
}

/* 1 when share q, before level a, is said of another thing in another
 * clause: a ";" between them and "of" a whole the share names that is not
 * a's noun ("15 per cent of the teams; the ration fell from 40 to 35
 * pounds"); "fell by an eighth; it went from 40 to 35" keeps its share. */
static int share_of_named(const ctx *c, size_t q);

static int other_clause(const ctx *c, size_t q, size_t a)
{
    const tally_fact *Q = &c->f->v[q], *A = &c->f->v[a];
    return rel_words_between(c->t, Q->tend, A->tstart, ";") < 0 && share_of_named(c, q) &&
           !(Q->noun && A->noun && Q->noun[0] && strcmp(Q->noun, A->noun) == 0);
}

/* 1 when the words between share q and level a, q before a, open another
 * clause: a contrasting conjunction, or a verb of change of its own with
 * no pronoun that takes the thing up again ("fell by 15 per cent in two
 * years, while the tractors rose from 88 to 210"; "... the grain, and the
 * bread stock went from 900 to 600"), or a gapped clause with a subject
 * of its own ("..., almost three quarters, and deaths from 612 to 101"):
 * the share is said of the first clause's thing.  "fell by a quarter, from 2,800 to 2,100", "fell by a
 * tenth; it went from 30 to 27", "30 per cent of the herd, which had
 * fallen from 1,500 to 1,200" keep their share.  (own_clause_after asks
 * it with the pair first.) */
/* 1 when "and" in t[x..y) opens a gapped clause with a subject of its
 * own, its verb left out ("had fallen by 2,570, almost three quarters, and
 * deaths from 612 to 101"; "and exports by a fifth"; "and the output of
 * the Dorn pits from"): up to seven words after "and", none a pronoun, a
 * verb or a preposition but "of", "in", "at", then "from" or "by"; or
 * "and then from", a second move of the same thing. */
static int gapped_subject(const ctx *c, size_t x, size_t y)
{
    static const char *const no[] = {"from", "it", "they", "this", "that", "which", "so",
                                     "thus", "on", "by", "over", "during", "between", "to",
                                     "was", "were", "had", "has", "is", "are", "fell", "rose",
                                     "went", NULL};
    for (size_t i = x; i < y; i++) {
        if ((i > x && rel_wch((unsigned char)c->t[i - 1])) || !rel_phrase_at(c->t, i, y, "and"))
            continue;
        size_t k = i + 3;
        char w[24];
        for (int n = 0; n < 8 && rel_next_word(c->t, &k, y, w, sizeof w); n++) {
            if (n == 0 && strcmp(w, "then") == 0) {
                size_t k2 = k;   /* "and then from 90,000 to 60,000": a second move */
                return rel_next_word(c->t, &k2, y, w, sizeof w) && strcmp(w, "from") == 0;
            }
            if (n > 0 && (strcmp(w, "from") == 0 || strcmp(w, "by") == 0))
                return 1;   /* "and deaths from", "and the output of the Dorn pits from" */
            size_t m = strlen(w);
            if (n == 0 && isdigit((unsigned char)w[0]))
                return 0;   /* "between 1938 and 1940, from ...": no subject */
            for (size_t q = 0; no[q]; q++)
                if (strcmp(w, no[q]) == 0)
                    return 0;
            if (m > 2 && strcmp(w + m - 2, "ed") == 0)
                return 0;   /* "and recovered to": the same thing's next move */
        }
        return 0;
    }
    return 0;
}

static int own_clause_between(const ctx *c, size_t q, size_t a)
{
    static const char *const conj[] = {"while", "whereas", "but", "although", "though", NULL};
    static const char *const verb[] = {"rose", "fell", "grew", "increased", "dropped",
                                       "declined", "climbed", "sank", "went", "risen",
                                       "fallen", "doubled", "halved", NULL};
    static const char *const back[] = {"it", "they", "which", "that", "this", NULL};
    size_t x = c->f->v[q].tend, y = c->f->v[a].tstart;
    return rel_phrase_in(c->t, x, y, conj) || gapped_subject(c, x, y) ||
           (rel_phrase_in(c->t, x, y, verb) && !rel_phrase_in(c->t, x, y, back));
}

/* 1 when share q and level a have between them only a span of time, the
 * figure right after q ("fell by a quarter in two months, from 8,000 to
 * 6,000"): the span says when the move came, it is no level of its own. */
static int span_between(const ctx *c, size_t q, size_t a)
{
    return q + 2 == a && strcmp(c->fi[q + 1].cat, "duration") == 0 && !c->fi[q + 1].share &&
           rel_words_between(c->t, c->f->v[q].tend, c->f->v[a].tstart, ";:()") >= 0;
}

/* 1 when share q, after level b, heads a move of its own: "from" right
 * after it (at most three words), its levels q+1 and q+2 ("fell by half,
 * from 2,000 to 1,000, and imports by a fifth, from 5,000 to 4,000"): the
 * share is the later pair's, not b's (round 408). */
static int heads_own_move(const ctx *c, size_t q, size_t hi)
{
    static const char *const from[] = {"from", NULL};
    if (q + 2 >= hi || c->fi[q + 1].share || c->fi[q + 2].share)
        return 0;
    size_t x = c->f->v[q].tend, y = c->f->v[q + 1].tstart;
    int w = rel_words_between(c->t, x, y, ";:()");
    return w >= 0 && w <= 3 && rel_phrase_in(c->t, x, y, from);
}

/* 1 when share q, after level b, opens a clause of its own: a contrasting
 * conjunction or a verb of change between them (own_clause_between) and
 * no pronoun that takes the move up again ("rose from 2,000 to 2,500,
 * while exports fell by 10 per cent": the exports'; "fell from 2,000 to
 * 1,500, but this was a fall of a quarter" keeps its share; round 418). */
static int own_clause_after(const ctx *c, size_t b, size_t q)
{
    static const char *const back[] = {"it", "they", "which", "that", "this", NULL};
    return own_clause_between(c, b, q) &&
           !rel_phrase_in(c->t, c->f->v[b].tend, c->f->v[q].tstart, back);
}

/* Round 439: 1 when share q after a change from level a to level b is a
 * ratio of the new level to the old ("rose from 300 to 420, or 140 per
 * cent of the old level", "fell to 4,200, some 70 per cent of its former
 * strength"): "of" and a word of the base after it (share_of_named's
 * list), no "of" / "by" right before it (past "some", "about": "a loss of
 * a sixth of its strength" is a change), and b / a is the share while the
 * change is not ("from 18 to 15, a sixth of the whole" stays a change). */
static int ratio_to_old(const ctx *c, size_t q, size_t a, size_t b)
{
    static const char *const soft[] = {"some", "about", "nearly", "almost", "roughly",
                                       "only", "just", "barely", "fully", NULL};
    static const char *const change[] = {"of", "by", NULL};
    const tally_fact *Q = &c->f->v[q];
    size_t start = c->seg->sents[Q->sent_index].start, k = Q->tstart;
    if (Q->tend >= c->seg->sents[Q->sent_index].end || share_of_named(c, q) ||
        !rel_phrase_at(c->t, Q->tend + (c->t[Q->tend] == ' '), c->seg->sents[Q->sent_index].end,
                       "of "))
        return 0;   /* no "of", or "of" a whole of its own (handled there) */
    while (rel_word_before_is(c, k, start, soft))
        k = rel_word_back(c, k, start);
    double va = c->f->v[a].value, vb = c->f->v[b].value;
    if (rel_word_before_is(c, k, start, change) || !(va > 0) || share_matches(Q, va, vb))
        return 0;
    double x = vb / va;   /* the ratio reading, with share_matches' tolerance */
    if (Q->unit && strcmp(Q->unit, "percent") == 0)
        return fabs(x * 100 - Q->value) <= 0.5 + 1e-9;
    return Q->value > 0 && Q->value < 1 && fabs(x - Q->value) <= 0.1 * Q->value;
}

/* nearest_share(): see the comment before share_matches above. */
static size_t nearest_share(const ctx *c, size_t a, size_t b, size_t lo, size_t hi)
{
    size_t best = NOPOS, dist = 0;
    for (size_t q = lo; q < hi; q++) {
        if (!c->fi[q].share || c->fi[q].used || q == a || q == b)
            continue;
        size_t d;
        if (q > b + 1 && apposed_share(c, q))
            continue;   /* "to 4,870 in 1918, and of the latter 1,640, about a third":
                           the share is said of the 1,640 */
        if (q > b && (rel_words_between(c->t, c->f->v[b].tend, c->f->v[q].tstart, ";") < 0 ||
                      share_of_named(c, q) || ratio_to_old(c, q, a, b) || heads_own_move(c, q, hi) ||
                      own_clause_after(c, b, q)))
            continue;   /* "...: the plants delivered 47 aircraft, a little under
                           four-fifths of the target": a share of another whole */
        if (q > b)
            d = c->f->v[q].tstart - c->f->v[b].tend;
        else if ((q + 1 == a || span_between(c, q, a)) && !other_clause(c, q, a) &&
                 !own_clause_between(c, q, a))
            d = c->f->v[a].tstart - c->f->v[q].tend;
        else
            continue;   /* a figure between: the share is said of something else */
        if (best == NOPOS || d < dist) {
            best = q;
            dist = d;
        }
    }
    return best;
}

/* The offset after the words that follow figure B up to the next comma
 * (its noun and a date: "7.80 crowns in March, an increase"), at most eight
 * words; k when there is no comma within them. */
static size_t skip_words_to(const ctx *c, size_t B, size_t k, size_t end)
{
    size_t i = c->f->v[B].tend;
    for (int w = 0; i < end && w <= 8; i++) {
        if (c->t[i] == ',') {
            i++;
            while (i < end && c->t[i] == ' ')
                i++;
            return i;
        }
        if (strchr(";:()", c->t[i]))
            break;
        w += c->t[i] == ' ';
    }
    return k;
}

/* 1 when level B, written bare ("2,500" with no noun of its own), takes
 * the rate of level A before it: "4,000 tons a month in 1950 and only
 * 2,500 in 1951" - both are monthly figures. */
static int rate_carried(const ctx *c, size_t A, size_t B)
{
    const tally_fact *bf = &c->f->v[B];
    return rel_is_rate(c, A) && !rel_is_rate(c, B) && bf->mention && bf->number_text &&
           strcmp(bf->mention, bf->number_text) == 0;
}

/* 1 when t[a..b) is exactly the string x. */
static int text_is(const char *t, size_t a, size_t b, const char *x)
{
    return b >= a && b - a == strlen(x) && memcmp(t + a, x, b - a) == 0;
}

/* 1 when figure q, no share, may be the amount of a change between the two
 * figures before it ("24,600 in May, an increase of 5,700"): of their unit,
 * exact, and closing its clause (a comma, ";" or the sentence's end right
 * after it), so that "an increase of 5,700 on the year before" is none. */
static int amount_closes(const ctx *c, const tally_sentence *s, size_t q)
{
    size_t e = c->f->v[q].tend;
    return rel_same_unit(&c->fi[q], &c->fi[q - 1]) && c->f->v[q].qual == TALLY_Q_EXACT &&
           (e >= s->end || (c->t[e] && strchr(",;.", c->t[e]) != NULL));
}

/* 1 when a ";" stands between levels a and b and the clause after it
 * names a thing of its own: no pronoun or "the figure" there ("18 million
 * tons, up from 12 million; pig iron stood at 14 million, a rise of ..."
 * is two things, "; by 1938 it stood at 14 million" one). */
static int other_thing_after_semicolon(const ctx *c, size_t a, size_t b)
{
    static const char *const same[] = {"it", "they", "this", "these", "the figure",
                                       "the total", "the number", "the level", NULL};
    size_t i = c->f->v[b].tstart, e = c->f->v[a].tend;
    while (i > e && c->t[i - 1] != ';')
        i--;
    return i > e && !rel_phrase_in(c->t, i, c->f->v[b].tstart, same);
}

/* Rule 6d: two levels with no "from ... to", a percentage change right
 * after the second: "flour that had cost 1.20 crowns in October cost 7.80
 * crowns in March, an increase of 550 per cent".  The share q follows a
 * noun of change ("an increase of", "a fall of") right after B; A is the
 * figure of B's unit before B in its clause (at most twelve words back,
 * no share or figure between), and the noun's direction agrees with
 * A -> B.  The noun may give the amount instead ("18,900 wounded in April
 * and 24,600 in May, an increase of 5,700"), a figure of B's unit closing
 * its clause (amount_closes), and a share after it (", or some 30 per
 * cent") is a change between the same levels. */
int rel_rule_two_levels(ctx *c, size_t si, size_t lo, size_t hi)
{
    const struct change_noun *nouns = change_nouns;
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t q = lo + 2; q < hi; q++) {
        if (c->fi[q].used || (!c->fi[q].share && !amount_closes(c, s, q)))
            continue;
        size_t B = q - 1, A = q - 2, k = c->f->v[B].tend, e = 0;
        while (k < s->end && (c->t[k] == ' ' || c->t[k] == ','))
            k++;
        k = skip_words_to(c, B, k, s->end);
        int dir = 0;
        for (size_t m = 0; m < NCHANGE_NOUNS && !e; m++)
            if ((e = rel_phrase_at(c->t, k, s->end, nouns[m].p)) != 0)
                dir = nouns[m].dir;
        if (!e || rel_words_between(c->t, e, c->f->v[q].tstart, "") > 0)
            continue;
        if (c->fi[q].share && A > lo && !c->fi[A - 1].share &&
            rel_same_unit(&c->fi[A - 1], &c->fi[A]) &&
            rel_joined_to(c->t, c->f->v[A - 1].tend, c->f->v[A].tstart)) {
            /* "30,000 tons in January, 42,000 in February and 51,000 in March, a
             * rise of 70 per cent in two months": levels in a list, the change
             * from its first or its last but one; only the one that matches */
            size_t F = A - 1;
            while (F > lo && !c->fi[F - 1].share && rel_same_unit(&c->fi[F - 1], &c->fi[F]) &&
                   rel_joined_to(c->t, c->f->v[F - 1].tend, c->f->v[F].tstart))
                F--;
            const tally_fact *qf = &c->f->v[q], *bv = &c->f->v[B];
            if (c->f->v[F].value > 0 && share_matches(qf, c->f->v[F].value, bv->value))
                A = F;
            else if (!(c->f->v[A].value > 0 && share_matches(qf, c->f->v[A].value, bv->value)))
                continue;
        }
        const tally_fact *af = &c->f->v[A], *bf = &c->f->v[B];
        if (c->fi[A].share || c->fi[B].share || c->fi[B].used ||
            !rel_same_unit(&c->fi[A], &c->fi[B]) ||
            (rel_is_rate(c, A) != rel_is_rate(c, B) && !rate_carried(c, A, B)) ||
            rel_words_between(c->t, af->tend, bf->tstart, ":()") < 0 ||
            rel_words_between(c->t, af->tend, bf->tstart, "") > 12 ||
            other_thing_after_semicolon(c, A, B) ||
            !(af->value > 0) || (dir > 0) != (bf->value > af->value) ||
            af->qual != TALLY_Q_EXACT || bf->qual != TALLY_Q_EXACT)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_CHANGE, q, "two levels, a change of");
        rel_part(c, &r, A);
        rel_part(c, &r, B);
        r.direction = dir;
        r.absolute = !c->fi[q].share;
        c->fi[q].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
        size_t p = q + 1;   /* "an increase of 5,700, or some 30 per cent" */
        if (r.absolute && p < hi && c->fi[p].share && !c->fi[p].used &&
            text_is(c->t, c->f->v[q].tend, c->f->v[p].tstart, ", or ") &&
            add_change(c, p, A, B, dir, 0, "two levels, a change of") < 0)
            return -1;
    }
    return 0;
}

/* The year written at t[i..) as four digits (1000-2099) followed by no
 * digit, -1 when none; *end is set after it. */
static int year_at(const char *t, size_t i, size_t end, size_t *endp)
{
    if (i + 4 > end || (i > 0 && isdigit((unsigned char)t[i - 1])))
        return -1;
    int y = 0;
    for (size_t k = i; k < i + 4; k++) {
        if (!isdigit((unsigned char)t[k]))
            return -1;
        y = y * 10 + (t[k] - '0');
    }
    if ((i + 4 < end && isdigit((unsigned char)t[i + 4])) || y < 1000 || y > 2099)
        return -1;
    *endp = i + 4;
    return y;
}

/* The one figure of unit-mate D dated year y in sentences si-1 .. si of
 * D's paragraph, before D (no share, no rate); NOPOS when none or more
 * than one. */
static size_t dated_level(const ctx *c, size_t D, size_t lo, int y)
{
    char ys[8];
    snprintf(ys, sizeof ys, "%d", y);
    size_t si = c->f->v[D].sent_index, found = NOPOS;
    for (size_t j = D; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (j < lo && jf->sent_index == si)
            continue;
        if (c->fi[j].share || rel_is_rate(c, j) || !rel_same_unit(&c->fi[j], &c->fi[D]) ||
            !jf->date || strcmp(jf->date, ys) != 0)
            continue;
        if (found != NOPOS)
            return NOPOS;   /* two levels of that year: which is meant is unclear */
        found = j;
    }
    return found;
}

/* 1 when t[a..b) joins two items of a list: commas, spaces and at most
 * one "and". */
static int list_joint(const char *t, size_t a, size_t b)
{
    int and = 0;
    for (size_t i = a; i < b;) {
        if (t[i] == ',' || t[i] == ' ') {
            i++;
        } else if (!and && rel_phrase_at(t, i, b, "and")) {
            and = 1;
            i += 3;
        } else {
            return 0;
        }
    }
    return 1;
}

/* For "from Y1 to Y2 ... by D" whose levels carry no year: the list of
 * exactly k figures (k the years from Y1 to Y2) of D's unit ending right
 * before D (no figure of D's unit between), in D's sentence or the one
 * before in its paragraph, items joined by commas and "and" only ("they
 * launched 16, 20 and 25 in the same years"); *A and *B its first and
 * last item, left alone when there is none. */
static void year_list(const ctx *c, size_t D, size_t k, size_t *A, size_t *B)
{
    size_t si = c->f->v[D].sent_index, e = NOPOS;
    for (size_t j = D; j-- > 0 && e == NOPOS;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            return;
        if (rel_same_unit(&c->fi[j], &c->fi[D]))
            e = j;
    }
    if (e == NOPOS || k < 2 || e + 1 < k)
        return;
    size_t b = e;
    while (b > 0 && e - b + 1 <= k && rel_same_unit(&c->fi[b - 1], &c->fi[D]) &&
           list_joint(c->t, c->f->v[b - 1].tend, c->f->v[b].tstart))
        b--;
    if (e - b + 1 != k)
        return;
    for (size_t j = b; j <= e; j++)
        if (c->fi[j].share || rel_is_rate(c, j) || c->f->v[j].qual != TALLY_Q_EXACT)
            return;
    *A = b;
    *B = e;
}

/* Rule 6e: a change between two years whose levels were stated before:
 * "231,000 tons in 1941, 517,000 in 1942 ... The tonnage rose from 1941
 * to 1942 by 268,000 tons".  A verb of change, "from Y1 to Y2" (or
 * "between Y1 and Y2"), then "by D"; the levels are the one figure of
 * D's unit dated Y1 and the one dated Y2, in D's sentence or the one
 * before -> CHANGE (absolute). */
int rel_rule_change_years(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const up[] = {"rose", "grew", "increased", "went up", "climbed", NULL};
    static const char *const down[] = {"fell", "dropped", "declined", "decreased", "went down",
                                       NULL};
    static const char *const by[] = {"by", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t D = lo; D < hi; D++) {
        const tally_fact *df = &c->f->v[D];
        if (c->fi[D].share || c->fi[D].used || !c->fi[D].unit[0] || rel_is_rate(c, D) ||
            df->qual != TALLY_Q_EXACT || !rel_word_before_is(c, df->tstart, s->start, by))
            continue;
        size_t a = D > lo ? c->f->v[D - 1].tend : s->start;   /* D's own clause: "rose
                                                                 ... by 28,000 and fell ..." */
        int dir = rel_phrase_in(c->t, a, df->tstart, up)     ? 1
                  : rel_phrase_in(c->t, a, df->tstart, down) ? -1
                                                              : 0;
        if (!dir)
            continue;
        int y1 = -1, y2 = -1;
        for (size_t i = a; i < df->tstart && y2 < 0; i++) {
            size_t e = rel_phrase_at(c->t, i, df->tstart, "from");
            if (!e)
                e = rel_phrase_at(c->t, i, df->tstart, "between");
            if (!e || (i > 0 && rel_wch((unsigned char)c->t[i - 1])))
                continue;
            size_t k = e, ye;
            while (k < df->tstart && c->t[k] == ' ')
                k++;
            if ((y1 = year_at(c->t, k, df->tstart, &ye)) < 0)
                continue;
            k = ye;
            while (k < df->tstart && c->t[k] == ' ')
                k++;
            size_t t2 = rel_phrase_at(c->t, k, df->tstart, "to");
            if (!t2)
                t2 = rel_phrase_at(c->t, k, df->tstart, "and");
            if (!t2)
                continue;
            while (t2 < df->tstart && c->t[t2] == ' ')
                t2++;
            y2 = year_at(c->t, t2, df->tstart, &ye);
            int nw = rel_words_between(c->t, ye, df->tstart, "");
            if (y2 >= 0 && nw > 1 &&
                (nw > 6 || !rel_phrase_in(c->t, ye, df->tstart, dir > 0 ? up : down)))
                y2 = -1;   /* "by" right after the second year, or the verb between
                              ("From 1940 to 1942 launches went up by") */
        }
        if (y1 < 0 || y2 <= y1)
            continue;
        size_t A = dated_level(c, D, lo, y1), B = dated_level(c, D, lo, y2);
        if (A == NOPOS || B == NOPOS)   /* "launched 16, 20 and 25 in the same years" */
            year_list(c, D, (size_t)(y2 - y1 + 1), &A, &B);
        if (A == NOPOS || B == NOPOS || A == B || (dir > 0) != (c->f->v[B].value > c->f->v[A].value))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_CHANGE, D, "from one year to another by");
        rel_part(c, &r, A);
        rel_part(c, &r, B);
        r.absolute = 1;
        r.direction = dir;
        r.looked_back = c->f->v[A].sent_index != si;
        c->fi[D].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}


/* 1 when level b repeats the verb of level a, the second level written
 * with its verb alone ("took an average of four days ...; by August it
 * took nine"): the word right before b, a verb of three letters or more
 * and no grammar word, is one of the four words before a; the two in one
 * sentence, at most 16 words apart. */
static int repeated_verb(const ctx *c, const tally_sentence *s, size_t a, size_t b)
{
    static const char *const grammar[] = {"the", "and", "but", "was", "were", "had", "has",
                                          "from", "with", "than", "into", "over", "for",
                                          "of", "to", "in", "on", "at", "by", "it", NULL};
    const tally_fact *A = &c->f->v[a], *B = &c->f->v[b];
    char w[48], v[48];
    if (!rel_word_ending_at(c, B->tstart, s->start, w, sizeof w) || strlen(w) < 3 ||
        rel_words_between(c->t, A->tend, B->tstart, ":()") < 0 ||
        rel_words_between(c->t, A->tend, B->tstart, "") > 16)
        return 0;
    for (size_t q = 0; grammar[q]; q++)
        if (strcmp(w, grammar[q]) == 0)
            return 0;
    size_t i = A->tstart;
    for (int n = 0; n < 4 && rel_word_ending_at(c, i, s->start, v, sizeof v); n++) {
        if (strcmp(v, w) == 0)
            return 1;
        while (i > s->start && c->t[i - 1] == ' ')
            i--;
        while (i > s->start && rel_wch((unsigned char)c->t[i - 1]))
            i--;
    }
    return 0;
}

/* The share that names the move of levels A and B that stand apart or
 * are bare, NOPOS if none: a verb of change right before "from A" ("the
 * bottles broken fell from 6,000 in May to 4,000 in August") and, after
 * B's own words and a comma, a noun of change right before the share next
 * after B ("a fall of a quarter").  Without both, two bare numbers or
 * levels far apart may be anything. */
static size_t named_move(const ctx *c, const tally_sentence *s, size_t a, size_t b)
{
    static const char *const verb[] = {"rose", "fell", "grew", "increased", "dropped",
                                       "declined", "climbed", "sank", "went", "risen",
                                       "fallen", NULL};
    static const char *const noun[] = {"a fall of", "a rise of", "an increase of",
                                       "a drop of", "a decline of", "a reduction of",
                                       "a cut of", "a growth of", "by", NULL};
    static const char *const from_word[] = {"from", NULL};
    const tally_fact *A = &c->f->v[a];
    size_t k = A->tstart;
    while (k > s->start && c->t[k - 1] == ' ')
        k--;
    if (k < s->start + 4 || !rel_word_before_is(c, A->tstart, s->start, from_word) ||
        !rel_word_before_is(c, k - 4, s->start, verb) || b + 1 >= c->f->n ||
        !c->fi[b + 1].share || c->fi[b + 1].used || c->f->v[b + 1].tstart >= s->end)
        return NOPOS;
    size_t i = skip_words_to(c, b, NOPOS, s->end);
    if (i == NOPOS || i >= c->f->v[b + 1].tstart)
        return NOPOS;
    for (size_t q = 0; noun[q]; q++) {
        size_t e = rel_phrase_at(c->t, i, s->end, noun[q]);
        if (e && rel_words_between(c->t, e, c->f->v[b + 1].tstart, "") == 0)
            return b + 1;
    }
    return NOPOS;
}

/* The share that restates the move from a level to level b as a
 * percentage, right after b's own words and a comma, with at most a noun
 * of change between ("..., down from 500 grams, a cut of 40 per cent";
 * "to \$9.40, some 45 per cent"); not a share of a whole named after it.
 * *dir: the noun's way, else 0.  NOPOS when there is none. */
static size_t pct_after(const ctx *c, const tally_sentence *s, size_t b, size_t hi, int *dir)
{
    static const struct {
        const char *p;
        int dir;
    } nouns[] = {
        {"a rise of", 1},  {"an increase of", 1}, {"a growth of", 1},    {"a gain of", 1},
        {"a fall of", -1}, {"a drop of", -1},     {"a decline of", -1},  {"a decrease of", -1},
        {"a cut of", -1},  {"a loss of", -1},     {"a reduction of", -1}, {"or", 0},
    };
    static const char *const of[] = {"of", "in", NULL};
    size_t q = b + 1;
    *dir = 0;
    if (q >= hi || !c->fi[q].share || c->fi[q].used || c->f->v[q].tstart >= s->end)
        return NOPOS;
    size_t i = skip_words_to(c, b, NOPOS, s->end), qs = c->f->v[q].tstart;
    if (i == NOPOS || i > qs || rel_word_within(c, c->f->v[q].tend, s->end, 1, of))
        return NOPOS;   /* "..., some 45 per cent of the trade": a share of a whole */
    if (rel_words_between(c->t, i, qs, "") == 0)
        return q;
    for (size_t n = 0; n < sizeof nouns / sizeof *nouns; n++) {
        size_t e = rel_phrase_at(c->t, i, qs, nouns[n].p);
        if (e && rel_words_between(c->t, e, qs, "") == 0) {
            *dir = nouns[n].dir;
            return q;
        }
    }
    return NOPOS;
}

/* A percentage change from level o (the old) to level n (the new) when
 * pct_after() finds its share after the later of the two.  0 (also when
 * none), -1 when out of memory. */
static int add_pct_change(ctx *c, const tally_sentence *s, size_t o, size_t n, size_t hi,
                          const char *cue)
{
    int dir;
    size_t q = pct_after(c, s, o > n ? o : n, hi, &dir);
    if (q == NOPOS || c->f->v[o].value <= 0)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_CHANGE, q, cue);
    rel_part(c, &r, o);
    rel_part(c, &r, n);
    r.direction = dir;
    c->fi[q].used = 1;
    return rel_add(c, &r);
}

/* Rule 6: "from A to B", and a percentage in the same sentence; an
 * absolute change stated beside it (change_amount) is a CHANGE too, with
 * absolute set. */
int rel_rule_change(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const up[] = {"increase", "increased", "rise", "rose", "risen", "grew",
                                     "grown", "growth", "up", "gain", "more", "climbed", NULL};
    static const char *const down[] = {"decrease", "decreased", "fall", "fell", "fallen",
                                       "drop", "dropped", "down", "cut", "decline",
                                       "declined", "reduction", "reduced", "fewer", "less",
                                       "loss", "shrank", "sank", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t a = lo; a < hi; a++) {   /* one figure "from 2,150 to 2,500 tons" */
        const tally_fact *A = &c->f->v[a];
        int cdir;
        size_t C;
        if (A->qual != TALLY_Q_RANGE || !A->number_text || c->fi[a].share ||
            strncmp(A->number_text, "from ", 5) != 0 ||
            (C = change_amount(c, s, a, a, lo, hi, &cdir)) == NOPOS)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_CHANGE, C, "from ... to, a change of");
        rel_part(c, &r, a);
        rel_part(c, &r, a);
        r.absolute = 1;
        r.direction = cdir ? cdir : 1;
        c->fi[C].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    for (size_t a = lo; a + 1 < hi; a++) {
        size_t b = a + 1;
        const tally_fact *A = &c->f->v[a], *B = &c->f->v[b];
        int bare = !c->fi[a].unit[0] && !c->fi[b].unit[0];
        if (c->fi[a].share || c->fi[b].share ||
            (c->fi[a].unit[0] && c->fi[b].unit[0] && !rel_same_unit(&c->fi[a], &c->fi[b])))
            continue;   /* "from 2,800 to 2,400 calories": the noun once */
        size_t k = A->tstart;
        while (k > s->start && c->t[k - 1] == ' ')
            k--;
        int from = k >= s->start + 4 && rel_phrase_at(c->t, k - 4, A->tstart, "from");
        if (!from && k >= s->start + 8 && rel_phrase_at(c->t, k - 8, A->tstart, "from the"))
            from = 1;   /* "had risen from the 56 machines of 1949 to 118" */
        int tofrom = k >= s->start + 2 && rel_phrase_at(c->t, k - 2, A->tstart, "to");
        if (!from && !tofrom && against(c, s, a, b)) {
            /* "1,850 calories a day against some 2,900 before the war, a loss of
             * 1,150": B is the old level, A the new; the noun says which way */
            if (add_abs_change(c, s, b, a, lo, hi, "against, a change of") < 0 ||
                add_pct_change(c, s, b, a, hi, "against, a change of") < 0)
                return -1;
            continue;
        }
        if (!from && !tofrom && !c->fi[a].used && !c->fi[b].used && up_down_from(c, s, b) &&
            A->qual != TALLY_Q_RANGE && B->qual != TALLY_Q_RANGE &&
            rel_words_between(c->t, A->tend, B->tstart, ";:()") >= 0 &&
            rel_words_between(c->t, A->tend, B->tstart, "") <= 12) {
            /* "the ration has been 300 grams a day, down from 500 grams, a cut of
             * 40 per cent": B is the old level, A the new */
            if (add_abs_change(c, s, b, a, lo, hi, "down from, a change of") < 0 ||
                add_pct_change(c, s, b, a, hi, "up or down from, a change of") < 0)
                return -1;
            continue;
        }
        if (!from && !tofrom) {   /* "the 640 million ... was cut to 350 million, a cut of 290" */
            if (verb_to(c, s, B->tstart) &&
                rel_words_between(c->t, A->tend, B->tstart, ";:()") >= 0 &&
                rel_words_between(c->t, A->tend, B->tstart, "") <=
                    (stood_at(c, s, a) || (b + 1 < hi && change_noun_before(c, b + 1)) ? 20
                                                                                       : 8) &&
                add_abs_change(c, s, a, b, lo, hi, "cut to, a change of") < 0)
                return -1;
            else if (!c->fi[b].used && (bare || rel_bare(B)) && !rel_is_rate(c, a) &&
                     !rel_is_rate(c, b) && repeated_verb(c, s, a, b) &&
                     add_abs_change(c, s, a, b, lo, hi, "took ...; took, a change of") < 0)
                return -1;   /* "took four days; by August it took nine, an increase of
                                six days": the second level its verb alone */
            continue;
        }
        int to = 0;
        for (size_t m = A->tend; m < B->tstart; m++)
            if (rel_phrase_at(c->t, m, B->tstart, from ? "to" : "from"))
                to = 1;
        if (tofrom) {   /* "dropped to 350 tons from 640": an absolute change only */
            int cdir, gap = rel_words_between(c->t, A->tend, B->tstart, ";:()");
            size_t C = to && gap >= 0 && gap <= 4 ? change_amount(c, s, b, a, lo, hi, &cdir)
                                                  : NOPOS;
            if (C == NOPOS || C < b)
                continue;
            tally_relation r;
            rel_init(&r, TALLY_REL_CHANGE, C, "to ... from, a change of");
            rel_part(c, &r, b);
            rel_part(c, &r, a);
            r.absolute = 1;
            r.direction = cdir ? cdir : (A->value < B->value ? -1 : 1);
            c->fi[C].used = 1;
            if (rel_add(c, &r) < 0)
                return -1;
            continue;
        }
        static const char *const moved[] = {"rose", "fell", "grew", "increased", "dropped",
                                            "declined", "climbed", "sank", "doubled", NULL};
        int gap = rel_words_between(c->t, A->tend, B->tstart, ";:()");
        if (!to || gap < 0 || gap > (rel_phrase_in(c->t, A->tend, B->tstart, moved) ? 12 : 8))
            continue;   /* "from 4,000 pairs a month in May 1940 to 7,000"; "from 6,000 a
                           month in the first quarter it rose to 11,500 a month" */
        int cdir;
        size_t C = change_amount(c, s, a, b, lo, hi, &cdir);
        if (C != NOPOS) {
            tally_relation r;
            rel_init(&r, TALLY_REL_CHANGE, C, "from ... to, a change of");
            rel_part(c, &r, a);
            rel_part(c, &r, b);
            r.absolute = 1;
            r.direction = cdir ? cdir : (B->value < A->value ? -1 : 1);
            c->fi[C].used = 1;
            if (rel_add(c, &r) < 0 || abs_share(c, s, &r) < 0)
                return -1;
        }
        size_t qn = gap <= 4 && !bare ? nearest_share(c, a, b, lo, hi) : named_move(c, s, a, b);
        int pdir;
        if (qn == NOPOS && !bare && (qn = pct_after(c, s, b, hi, &pdir)) != NOPOS &&
            A->value <= 0)
            qn = NOPOS;   /* "rose from \$6.50 a ton in 1938 to \$9.40, some 45 per cent" */
        int sw = qn != NOPOS ? share_then_whole(c, qn, lo, s, a, b) : 0;
        if (sw < 0)
            return -1;
        if (sw)
            continue;   /* "1,250 of them, some 25 per cent of the army's strength,
                           which fell from 6,000 to 4,750": a share of the 6,000 */
        for (size_t q = qn; q != NOPOS; q = NOPOS) {
            size_t a2 = a, b2 = b;   /* "fell from 4.8 to 3.1 million, and recovered to
                                        3.9 million, an increase of a quarter": of the
                                        last move */
            static const char *const to_word[] = {"to", NULL};
            for (size_t j = b + 1; j < q; j++)
                if ((rel_same_unit(&c->fi[j], &c->fi[b]) ||
                     (!c->fi[j].unit[0] && !c->fi[j].share)) &&
                    rel_word_before_is(c, c->f->v[j].tstart, s->start, to_word)) {
                    a2 = b2;
                    b2 = j;
                }
            tally_relation r;
            rel_init(&r, TALLY_REL_CHANGE, q, "from ... to");
            rel_part(c, &r, a2);
            rel_part(c, &r, b2);
            r.inverse = per_currency(c, b2, s->end);   /* "from 12 to 15 to the dollar" */
            /* the words that say which way: from A to the share after the levels;
               before A when the share comes first ("had fallen by a quarter, from
               2,800 to 2,100, as men were called up": not the "up" after B) */
            size_t from_m = A->tstart < c->f->v[q].tstart ? A->tstart : s->start;
            size_t to_m = c->f->v[q].tstart < A->tstart ? A->tstart
                          : c->f->v[q].tend > B->tend ? c->f->v[q].tend : s->end;
            for (size_t m = from_m; m < to_m; m++) {   /* "went from 84 to 126, up by half,
                                                           and ... a fall of a fifth" */
                if (m >= c->f->v[q].tstart && m < c->f->v[q].tend)
                    continue;   /* "by more than a third": the share's own words */
                for (size_t u = 0; up[u]; u++)
                    if (rel_phrase_at(c->t, m, s->end, up[u]))
                        r.direction = 1;
                for (size_t u = 0; down[u]; u++)
                    if (rel_phrase_at(c->t, m, s->end, down[u]))
                        r.direction = -1;
            }
            c->fi[q].used = 1;
            if (rel_add(c, &r) < 0)
                return -1;
            break;
        }
    }
    return 0;
}


/* The offset of a verb of change at most six words before offset i in
 * sentence s ("cut the programme by", "was raised by"), NOPOS if none;
 * *dir: +1 for a rise, -1 for a fall. */
static size_t change_verb_before(const ctx *c, const tally_sentence *s, size_t i, int *dir)
{
    static const struct {
        const char *w;
        int dir;
    } verbs[] = {
        {"cut", -1},       {"reduced", -1},  {"fell", -1},      {"dropped", -1},
        {"lowered", -1},   {"slashed", -1},  {"trimmed", -1},   {"decreased", -1},
        {"declined", -1},  {"shrank", -1},   {"rose", 1},       {"raised", 1},
        {"increased", 1},  {"grew", 1},      {"climbed", 1},    {"expanded", 1},
        {"enlarged", 1},   {"boosted", 1},   {"augmented", 1},  {"extended", 1},
        {"fallen", -1},    {"fall", -1},     {"shrink", -1},    {"decline", -1},
        {"risen", 1},      {"rise", 1},      {"grown", 1},      {"grow", 1},
    };
    size_t a = i > s->start + 80 ? i - 80 : s->start;
    for (size_t k = i; k-- > a;) {
        if (k > s->start && rel_wch((unsigned char)c->t[k - 1]))
            continue;
        for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
            if (rel_phrase_at(c->t, k, i, verbs[v].w)) {
                int w = rel_words_between(c->t, k, i, ",;:.()");
                if (w < 0 || w > 7)
                    return NOPOS;
                *dir = verbs[v].dir;
                return k;
            }
    }
    return NOPOS;
}

/* 1 when figure B counts livestock by the head ("1,800 head") and figure
 * j counts things (no measure, money or duration): a herd stated before in
 * its own noun ("2,400 cows") is the same herd. */
static int head_of(const ctx *c, size_t B, size_t j)
{
    const char *u = c->fi[j].unit;
    if (strcmp(c->fi[B].unit, "head") != 0 || !u[0] ||
        !(countable_cat(c->fi[j].cat) || strcmp(c->fi[j].cat, "other") == 0))
        return 0;
    return !weight_unit(u) && !(c->lex && tally_lexicon_get(c->lex, "measures", u, "measure"));
}

/* Rule 6c's old level when no words name it: the one figure of the sentence
 * before B's in its paragraph comparable with new level B (or the herd of a
 * count by the head), above B for a cut (dir < 0), below it for a rise,
 * whose change to B is within half to twice the stated share `want` (a
 * fraction of one: "30 ... to 315,000, by half" names no such level); no
 * share, rate, bound or vague figure.  NOPOS when none or two values. */
static size_t cut_level_before(const ctx *c, size_t B, int dir, double want)
{
    size_t si = c->f->v[B].sent_index, got = NOPOS;
    if (si == 0 || c->seg->sents[si - 1].para != c->seg->sents[si].para)
        return NOPOS;
    for (size_t j = B; j-- > 0 && c->f->v[j].sent_index + 1 >= si;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index == si || c->fi[j].share || rel_is_rate(c, j) ||
            !(rel_comparable(&c->fi[j], &c->fi[B]) || head_of(c, B, j)))
            continue;
        if (jf->qual == TALLY_Q_AT_LEAST || jf->qual == TALLY_Q_AT_MOST ||
            jf->qual == TALLY_Q_VAGUE || jf->qual == TALLY_Q_RANGE ||
            (dir < 0 ? !(jf->value > c->f->v[B].value) : !(jf->value < c->f->v[B].value)))
            return NOPOS;   /* a level that cannot be the old one: no guess */
        double ch = fabs(c->f->v[B].value - jf->value) / jf->value;
        if (!(ch >= want / 2 && ch <= want * 2))
            continue;   /* no level this share could be of */
        if (got != NOPOS && c->f->v[got].value != jf->value)
            return NOPOS;
        got = j;
    }
    return got;
}

/* Rule 6c: "the council cut the programme by 120 million marks, to 400
 * million", "raised output by 15 per cent to 690": a change D after "by"
 * and a verb of change, the new figure B right after "to"; the old one
 * is looked up earlier in the document by the words of the clause ->
 * CHANGE (absolute, or in per cent when D is a share). */
int rel_rule_change_by(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const by[] = {"by", NULL}, *const to[] = {"to", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t d = lo; d + 1 < hi; d++) {
        size_t b = d + 1;
        const tally_fact *D = &c->f->v[d], *B = &c->f->v[b];
        int dir = 0;
        size_t verb;
        if (c->fi[d].used || c->fi[b].used || c->fi[b].share ||
            !rel_word_before_is(c, D->tstart, s->start, by) ||
            !rel_word_before_is(c, B->tstart, s->start, to) ||
            rel_words_between(c->t, D->tend, B->tstart, ";:.()") > 3 ||
            rel_words_between(c->t, D->tend, B->tstart, ";:.()") < 0 ||
            (verb = change_verb_before(c, s, D->tstart, &dir)) == NOPOS)
            continue;
        int pct = c->fi[d].share;
        size_t like = c->fi[b].unit[0] ? b : d;
        if (pct ? !c->fi[b].unit[0]
                : (c->fi[b].unit[0] && !rel_same_unit(&c->fi[d], &c->fi[b])))
            continue;
        int open = 0;
        for (size_t e = d; e <= b; e++)
            open |= c->f->v[e].qual == TALLY_Q_AT_LEAST || c->f->v[e].qual == TALLY_Q_AT_MOST ||
                    c->f->v[e].qual == TALLY_Q_VAGUE || c->f->v[e].qual == TALLY_Q_RANGE;
        if (open || rel_is_rate(c, b) != rel_is_rate(c, like))
            continue;
        query q;
        rel_make_query(c, like, verb, &q);
        size_t A = rel_look_back(c, like, d, &q, dir < 0 ? B->value : 0);
        if (A == NOPOS && pct && dir)
            A = cut_level_before(c, b, dir,
                                 strcmp(c->fi[d].unit, "percent") == 0 ? D->value / 100
                                                                       : D->value);
        /* "kept 2,400 cows. ... cut the herd by a third, to 1,800 head" (round 445) */
        if (A == NOPOS || (dir > 0 && !(c->f->v[A].value < B->value)) ||
            c->f->v[A].qual == TALLY_Q_AT_LEAST || c->f->v[A].qual == TALLY_Q_AT_MOST ||
            c->f->v[A].qual == TALLY_Q_VAGUE)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_CHANGE, d, pct ? "by ... to" : "by ... to, a change of");
        rel_part(c, &r, A);
        rel_part(c, &r, b);
        r.absolute = !pct;
        r.direction = dir;
        r.looked_back = 1;
        c->fi[d].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* 1 when the words after a comparison cue at e name a thing rather than a
 * figure: a determiner ("the plan", "its establishment", "what was
 * promised") and no figure within the next four words. */
static int named_after(const ctx *c, size_t e, size_t send, size_t lo, size_t hi)
{
    static const char *const det[] = {"the", "its", "their", "his", "her", "our", "this",
                                      "that", "what", NULL};
    while (e < send && c->t[e] == ' ')
        e++;
    int named = 0;
    for (size_t q = 0; det[q] && !named; q++)
        named = rel_phrase_at(c->t, e, send, det[q]) != 0;
    return named && rel_fact_after(c, e, lo, hi, 4) == NOPOS;
}

/* The one figure comparable with D stated as a plan, promise or estimate
 * (not "actual") in the three sentences before fact A's, and no share or
 * rate: "The plan called for 40 divisions.  ... 45, five more than the
 * target".  NOPOS when none or more than one.  At most 4 x REL_SENT_FACTS
 * figures are looked at (a run-on sentence stays linear). */
static size_t plan_near(const ctx *c, size_t D, size_t A)
{
    size_t si = c->f->v[A].sent_index, got = NOPOS, seen = 0;
    for (size_t j = A; j-- > 0 && c->f->v[j].sent_index + 3 >= si &&
                       seen++ < 4 * REL_SENT_FACTS;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index == si || c->fi[j].share || !rel_comparable(&c->fi[j], &c->fi[D]) ||
            rel_is_rate(c, j) || !jf->modality || !*jf->modality ||
            strcmp(jf->modality, "actual") == 0 || strcmp(jf->modality, "hypothetical") == 0)
            continue;   /* "another 13,500 could have left": no plan */
        if (got != NOPOS)
            return NOPOS;
        got = j;
    }
    return got;
}

/* "raised 45 divisions, five more than the original target": the plan,
 * promise or estimate the words after "than" (at e) name, stated earlier
 * in the document (before fact A) with D's unit (rel_look_back); only
 * when those words name one (the "modality" table: "the target", "what
 * was promised"), so that "20 more than the year before" is left alone:
 * the one plan of the three sentences before (plan_near), else the best
 * described (rel_look_back, at most REL_PLAN_LOOKUPS times a document;
 * again before A's sentence when the best is in it).  NOPOS when none. */
static size_t planned_back(ctx *c, size_t D, size_t A, size_t e)
{
    query q;
    rel_make_query(c, D, e, &q);
    if (!q.intended)
        return NOPOS;
    size_t B = plan_near(c, D, A), lo, hi;
    if (B == NOPOS && c->nplans < REL_PLAN_LOOKUPS) {
        c->nplans++;
        B = rel_look_back(c, D, A, &q, 0);
        rel_sent_range(c, c->f->v[A].sent_index, &lo, &hi);
        int own = 0;   /* a figure like D's before A in A's own sentence */
        for (size_t j = lo; j < A && !own; j++)
            own = !c->fi[j].share && rel_comparable(&c->fi[j], &c->fi[D]);
        if (own && (B == NOPOS || B >= lo) && lo > 0)
            B = rel_look_back(c, D, lo, &q, 0);   /* a plan of A's own sentence ("asked
                for three more stations, ... 22, four more than the plan") is no plan
                the words name, and may hide the one before: the best before it */
    }
    if (B == NOPOS || c->f->v[B].sent_index == c->f->v[A].sent_index ||
        rel_is_rate(c, B) || c->f->v[B].value == c->f->v[A].value || rel_priced_one(c, B))
        return NOPOS;   /* the price of one ("A monitor was costed at 2.4 million") is no
                           plan of the whole */
    return B;
}

/* The figure the cue's words from e describe, looked up earlier in the
 * document (rel_look_back) like figure x, before figure "before", above
 * "above" (0: any): the look-up shared by named_back and need_back.  NOPOS
 * when the cue names nothing or the look-ups allowed per document
 * (REL_PLAN_LOOKUPS) are spent. */
static size_t cue_back(ctx *c, size_t x, size_t before, size_t e, double above)
{
    if (c->nplans >= REL_PLAN_LOOKUPS)
        return NOPOS;
    c->nplans++;
    query q;
    rel_make_query(c, x, e, &q);
    if (!q.cue.n)
        return NOPOS;
    return rel_look_back(c, x, before, &q, above);
}

/* The figure named after a comparison cue ("360 more than its monthly
 * average") looked up earlier in the document by the cue's words: of A's
 * unit, in an earlier sentence, sharing a word with the cue; NOPOS when
 * none or when the look-ups allowed per document are spent. */
static size_t named_back(ctx *c, size_t D, size_t A, size_t e)
{
    size_t B = cue_back(c, A, A, e, 0);
    if (B == NOPOS || c->f->v[B].sent_index == c->f->v[A].sent_index ||
        !rel_same_unit(&c->fi[B], &c->fi[A]) || !(c->f->v[B].value > c->f->v[D].value) ||
        rel_priced_one(c, B))
        return NOPOS;   /* "A monitor was costed at 2.4 million": the price of one, not
                           "the cost of the ships" */
    return B;
}

/* 1 when fact f is a hypothetical figure ("another 13,500 could have
 * left"): no side of an actual difference. */
static int hypothetical(const tally_fact *f)
{
    return f->modality && strcmp(f->modality, "hypothetical") == 0;
}

/* 1 when x matches the stated difference D to the precision D is written
 * in: within half the place of its last nonzero digit ("860": 0.5; "53
 * million": 0.5 million), but never more than 5% of D (10% for an
 * approximate D: "some 18,000 more"), so a round "1,000" is no 1,300. */
static int diff_matches(const tally_fact *D, double x)
{
    double v = D->value, most = (D->qual == TALLY_Q_APPROX ? 0.1 : 0.05) * v;
    double place = 1;
    while (v >= place * 10 && fmod(v, place * 10) == 0)
        place *= 10;
    if (D->number_text && strchr(D->number_text, '.'))
        place = 0;   /* "1.42bn": to its decimal, which the scale word hides */
    double tol = place > 0 && place / 2 < most ? place / 2 : most;
    return fabs(x - v) <= tol + 1e-9 * v;
}

/* The most recent pair of figures comparable with D (its unit, or people
 * or aircraft under other nouns), both above D, in D's
 * sentence and up to five sentences before it in its section, whose
 * difference is D as written (diff_matches()): "so the columns can lift
 * 2,400 tons a day.  The shortfall is therefore 860 tons a day" after
 * "3,260 tons a day" stated earlier.  Only a pair that matches is taken:
 * with no operands named, a gap that does not match is no evidence of the
 * pair meant.  0 when none; at most 16 candidates are looked at. */
static int matching_pair(const ctx *c, size_t D, size_t *a, size_t *b)
{
    size_t cand[16], n = 0, si = c->f->v[D].sent_index;
    for (size_t j = D; j-- > 0 && n < 16;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 5 < si || jf->section != c->f->v[D].section)
            break;
        if (rel_comparable(&c->fi[j], &c->fi[D]) && !c->fi[j].share &&
            (!rel_is_rate(c, D) || rel_is_rate(c, j)) && jf->value > c->f->v[D].value &&
            !hypothetical(jf) &&
            (jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX))
            cand[n++] = j;
    }
    for (size_t x = 1; x < n; x++)   /* the nearest pair first, of one kind: two */
        for (size_t y = 0; y < x; y++)   /* rates ("a month") or two counts */
            if (c->f->v[cand[x]].value != c->f->v[cand[y]].value &&
                !rel_is_rate(c, cand[x]) == !rel_is_rate(c, cand[y]) &&
                rel_comparable(&c->fi[cand[x]], &c->fi[cand[y]]) &&
                diff_matches(&c->f->v[D],
                             fabs(c->f->v[cand[x]].value - c->f->v[cand[y]].value))) {
                *a = cand[x];
                *b = cand[y];
                return 1;
            }
    return 0;
}

/* 1 when fact j is the stated total of a SUM or PRODUCT found already. */
static int found_total(const ctx *c, size_t j)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].stated == j &&
            (c->out->v[i].kind == TALLY_REL_SUM || c->out->v[i].kind == TALLY_REL_PRODUCT))
            return 1;
    return 0;
}

/* "the tunnels held 60,000.  ... the tunnels alone held 25,680 more people
 * than the trench and surface shelters together": D measured against a
 * thing named, whose figure is the total T of a sum (or product) found
 * in D's paragraph, at most two sentences before D's; the other side is a
 * figure A of that span (or of D's sentence before D), above D and no
 * share or rate, whose distance from T is D as written (diff_matches()).
 * The units are not asked for (the total of "126 trench and 64 surface
 * shelters" counts places under the shelters' noun), so only a pair that
 * matches is taken: 1 and *a, *b (T), else 0.  At most 16 figures are
 * looked at. */
static int total_named(const ctx *c, size_t D, size_t *a, size_t *b)
{
    size_t cand[16], n = 0, si = c->f->v[D].sent_index;
    int para = c->seg->sents[si].para;
    for (size_t j = D; j-- > 0 && n < 16;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 2 < si || c->seg->sents[jf->sent_index].para != para)
            break;
        if (!c->fi[j].share && !rel_is_rate(c, j) && !hypothetical(jf) &&
            jf->value > c->f->v[D].value &&
            (jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX))
            cand[n++] = j;
    }
    for (size_t x = 0; x < n; x++) {
        if (c->f->v[cand[x]].sent_index == si || !found_total(c, cand[x]))
            continue;   /* T: a total of the sentences before */
        for (size_t y = 0; y < n; y++)
            if (y != x && c->f->v[cand[y]].value != c->f->v[cand[x]].value &&
                diff_matches(&c->f->v[D],
                             fabs(c->f->v[cand[y]].value - c->f->v[cand[x]].value))) {
                *a = cand[y];
                *b = cand[x];
                return 1;
            }
    }
    return 0;
}

/* "... blew 46 bridges: 21 ..., 15 ... and 10 ...  [next paragraph] The
 * corps reports 58 bridges, fourteen more than this office counts": D
 * after a comparison cue, one figure A before it and a thing named after
 * it, measured against the total of a SUM found in D's paragraph before
 * D's sentence or in the paragraph before: D's unit, below A after "more /
 * greater / higher / longer than", above it after "fewer / less / lower /
 * shorter than" or "short of", no share, rate or hypothesis.  The one such
 * total (one value), else NOPOS: against an earlier total, unambiguous or
 * nothing. */
static size_t sum_total_back(const ctx *c, size_t D, size_t A, const char *cue)
{
    static const char *const up[] = {"more than", "greater than", "higher than",
                                     "longer than", NULL};
    int dir = -1;
    for (size_t q = 0; up[q]; q++)
        if (strcmp(cue, up[q]) == 0)
            dir = 1;
    size_t si = c->f->v[D].sent_index, got = NOPOS;
    int para = c->seg->sents[si].para;
    double a = c->f->v[A].value;
    for (size_t i = c->out->n; i-- > 0;) {
        const tally_relation *r = &c->out->v[i];
        if (r->kind != TALLY_REL_SUM || r->stated >= D)
            continue;
        size_t j = r->stated;
        const tally_fact *jf = &c->f->v[j];
        int jp = c->seg->sents[jf->sent_index].para;
        if (jf->sent_index >= si || jp > para || jp + 1 < para)
            continue;
        if (c->fi[j].share || rel_is_rate(c, j) || hypothetical(jf) ||
            !rel_same_unit(&c->fi[j], &c->fi[D]) ||
            !(dir > 0 ? jf->value < a : jf->value > a))
            continue;
        if (got != NOPOS && c->f->v[got].value != jf->value)
            return NOPOS;   /* two totals: ambiguous */
        if (got == NOPOS || j > got)
            got = j;
    }
    return got;
}

/* 1 when "than" follows figure D within four words of its clause and the
 * words after it name a thing (named_after): "25,680 more people than the
 * trench shelters". */
static int than_named(const ctx *c, size_t D, size_t send, size_t lo, size_t hi)
{
    size_t k = c->f->v[D].tend;
    for (int words = 0; k < send && words < 5; k++) {
        char ch = c->t[k];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == '.')
            return 0;
        if (ch != ' ')
            continue;
        words++;
        size_t e = rel_phrase_at(c->t, k + 1, send, "than");
        if (e)
            return named_after(c, e, send, lo, hi);
    }
    return 0;
}

/* "The shortfall is therefore 860 tons", "still 260 tons short", "some
 * 18,000 more", "only 19 had come, leaving 15", "the remaining $1.5
 * million" (what is left of a whole once a part is taken): a gap word
 * with no operands named; D is the figure within
 * three words after a noun of gap, or right before a comparative (its noun
 * between).  NOPOS when none. */
static size_t loose_gap(const ctx *c, size_t i, const tally_sentence *s, size_t lo, size_t hi)
{
    static const char *const nouns[] = {"shortfall", "deficit", "deficiency", "gap", "arrears",
                                        "short", "leaving", "the remaining", "the other", "recovered",
                                        "the rest of", "which left", "that left", "this left",
                                        "which leaves", "this leaves", NULL};
    /* a comparative or a remainder's verb after D: "50,000 litres a day
     * lower", "some 630 were left", "27 men were never found", "six did
     * not" (round 215-217) */
    static const char *const comps[] = {"more", "fewer", "less", "short", "below", "lower",
                                        "higher", "were left", "was left", "remained",
                                        "were never", "was never", "never", "did not", "still",
                                        NULL};
    if (i > s->start && rel_wch((unsigned char)c->t[i - 1]))
        return NOPOS;
    char first = (char)tolower((unsigned char)c->t[i]);   /* one compare, not a call, */
    for (size_t q = 0; nouns[q]; q++) {                    /* for the cues that cannot match */
        if (nouns[q][0] != first)
            continue;
        size_t e = rel_phrase_at(c->t, i, s->end, nouns[q]), D;
        if (e && ((D = rel_fact_after(c, e, lo, hi, 3)) != NOPOS || strcmp(nouns[q], "short")))
            return D;   /* "61,000 pairs short" at the sentence end: the figure before */
    }
    for (size_t q = 0; comps[q]; q++) {
        if (comps[q][0] != first)
            continue;
        size_t e = rel_phrase_at(c->t, i, s->end, comps[q]);
        if (e && !rel_phrase_at(c->t, e + (e < s->end && c->t[e] == ' '), s->end, "than"))
            return rel_fact_before_s(c, i, lo, hi, 2, ",;:.()");
    }
    return NOPOS;
}

/* "Boots 171,000 pairs, 61,000 pairs short": a stock A stated first of its
 * unit in gap D's sentence, right before D (a comma, at most two words
 * between), measured against what was required: the figure above A of
 * their unit stated in an earlier sentence (at most eight back, same
 * section), best described by the words of A's clause ("boots": "242,000
 * pairs of boots").  Kept only when that requirement less A comes within
 * half to twice D, so a figure that is no requirement cannot make a false
 * alarm; at most REL_PLAN_LOOKUPS look-ups a document.  1 and *a (A), *b
 * (the requirement), else 0. */
static int held_gap(ctx *c, size_t D, size_t lo, size_t *a, size_t *b)
{
    if (D == 0 || D - 1 < lo || c->nplans >= REL_PLAN_LOOKUPS || rel_is_rate(c, D))
        return 0;
    size_t A = D - 1;
    const tally_fact *fa = &c->f->v[A], *fd = &c->f->v[D];
    if (!rel_same_unit(&c->fi[A], &c->fi[D]) || c->fi[A].share || c->fi[A].used ||
        rel_is_rate(c, A) || fa->qual != TALLY_Q_EXACT || !(fa->value > fd->value) ||
        hypothetical(fa))
        return 0;
    int w = rel_words_between(c->t, fa->tend, fd->tstart, ";:()");
    if (w < 0 || w > 2 || !memchr(c->t + fa->tend, ',', fd->tstart - fa->tend))
        return 0;
    for (size_t j = lo; j < A; j++)
        if (rel_same_unit(&c->fi[j], &c->fi[A]))
            return 0;   /* "96,000 greatcoats and 30,000 pairs": A is no stock opening it */
    c->nplans++;
    query q;
    rel_make_query(c, A, c->seg->sents[fa->sent_index].start, &q);
    if (!q.cue.n)
        return 0;
    size_t R = rel_look_back(c, A, lo, &q, fa->value);
    if (R == NOPOS || !rel_same_unit(&c->fi[R], &c->fi[A]) || rel_is_rate(c, R) ||
        c->f->v[R].sent_index + 8 < fa->sent_index || c->f->v[R].section != fa->section ||
        hypothetical(&c->f->v[R]) || rel_priced_one(c, R) ||
        (c->f->v[R].qual != TALLY_Q_EXACT && c->f->v[R].qual != TALLY_Q_APPROX))
        return 0;
    double gap = c->f->v[R].value - fa->value;
    if (!(gap >= 0.5 * fd->value && gap <= 2 * fd->value))
        return 0;
    *a = A;
    *b = R;
    return 1;
}

/* 1 when a word of remainder stands within four words of figure D in its
 * sentence ("the remaining 6,080", "some 630 were left", "27 men were
 * never found", "recovered roughly 1,970", "117,000 ... still awaited"). */
static int rest_cue(const ctx *c, size_t D)
{
    static const char *const w[] = {"remaining", "remainder", "rest",      "left",
                                    "leaving",   "never",     "recovered", "missing",
                                    "still",     "remained",  NULL};
    const tally_sentence *s = &c->seg->sents[c->f->v[D].sent_index];
    size_t a = c->f->v[D].tstart, b = c->f->v[D].tend;
    for (int n = 0; a > s->start && n < 5; a--)
        n += c->t[a - 1] == ' ';
    for (int n = 0; b < s->end && n < 5; b++)
        n += c->t[b] == ' ';
    char word[24];
    for (size_t k = a; k < b;) {
        size_t e = rel_word_at(c->t, k, b, word, sizeof word);
        if (e == k) {
            k++;
            continue;
        }
        for (size_t q = 0; w[q]; q++)
            if (strcasecmp(word, w[q]) == 0)
                return 1;
        k = e;
    }
    return 0;
}

/* 1 when figure j may be a side of remainder D: comparable, no share,
 * rate only with a rate, actual, exact or about. */
static int rest_side(const ctx *c, size_t j, size_t D)
{
    const tally_fact *jf = &c->f->v[j];
    return rel_comparable(&c->fi[j], &c->fi[D]) && !c->fi[j].share &&
           !rel_is_rate(c, j) == !rel_is_rate(c, D) && !hypothetical(jf) && jf->value > 0 &&
           (jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX);
}

/* Remainder D with a word of remainder ("Of the 214 escapes, 187 ended in
 * recapture and 27 were never found"; "... 4,000 tons were bought abroad
 * and the remaining 6,080 came from ..." after "10,080 tons"): a part P
 * stated in D's sentence or the one before (same paragraph), below the
 * total, and the total W before P (up to five sentences back, same
 * section), W - P matching D as written (diff_matches()).  With no match:
 * D's sentence opening "Of (the) W", one part P between W and D, W - P
 * within half to twice D (the rest as written, a slip flagged).  The
 * nearest pair first.  1 and *a (W), *b (P), else 0. */
static int rest_pair(const ctx *c, size_t D, size_t lo, size_t *a, size_t *b)
{
    const tally_fact *fd = &c->f->v[D];
    size_t si = fd->sent_index;
    int para = c->seg->sents[si].para;
    if (!rest_cue(c, D))
        return 0;
    for (size_t p = D; p-- > 0;) {
        const tally_fact *pf = &c->f->v[p];
        if (pf->sent_index + 1 < si || c->seg->sents[pf->sent_index].para != para)
            break;
        if (!rest_side(c, p, D))
            continue;
        for (size_t w = p, n = 0; w-- > 0 && n < 16;) {
            const tally_fact *wf = &c->f->v[w];
            if (wf->sent_index + 5 < si || wf->section != fd->section)
                break;
            if (!rest_side(c, w, D) || !(wf->value > fd->value) || !(wf->value > pf->value))
                continue;
            n++;
            if (diff_matches(fd, wf->value - pf->value)) {
                *a = w;
                *b = p;
                return 1;
            }
        }
    }
    /* "Of the 2,400 crates, 600 ... and the remaining 1,700": the rest as written */
    const tally_sentence *s = &c->seg->sents[si];
    size_t k = s->start;
    while (k < s->end && !rel_wch((unsigned char)c->t[k]))
        k++;
    size_t e = rel_phrase_at(c->t, k, s->end, "of");
    if (!e || D < lo + 2 || c->f->v[lo].tstart > e + 12 || !rest_side(c, lo, D) ||
        rel_words_between(c->t, e, c->f->v[lo].tstart, ",;:()") > 2)
        return 0;
    size_t W = lo, P = NOPOS;
    for (size_t j = lo + 1; j < D; j++) {
        if (!rel_comparable(&c->fi[j], &c->fi[D]))
            continue;
        if (P != NOPOS || !rest_side(c, j, D))
            return 0;
        P = j;
    }
    double x = P == NOPOS ? 0 : c->f->v[W].value - c->f->v[P].value;
    if (P == NOPOS || !(x >= 0.5 * fd->value && x <= 2 * fd->value) || c->fi[W].used)
        return 0;
    *a = W;
    *b = P;
    return 1;
}

/* "210 tanks; ... 60 had been knocked out and another 35 had broken down,
 * leaving 115": the first figure W of D's unit in D's sentence and the two
 * or more figures of that unit between W and D add up with D to W exactly
 * -> SUM W = parts + D.  Only an exact equality is taken.  0 or -1. */
static int left_after(ctx *c, size_t D, size_t lo)
{
    size_t W = NOPOS, parts[TALLY_REL_MAXPARTS], np = 0;
    double sum = c->f->v[D].value;
    for (size_t j = lo; j < D; j++) {
        if (c->fi[j].share || !rel_same_unit(&c->fi[j], &c->fi[D]) || rel_is_rate(c, j))
            continue;
        if (W == NOPOS) {
            W = j;
            continue;
        }
        if (np == TALLY_REL_MAXPARTS - 1)
            return 0;
        parts[np++] = j;
        sum += c->f->v[j].value;
    }
    if (W == NOPOS || np < 2 || c->fi[W].used || c->f->v[W].qual != TALLY_Q_EXACT ||
        fabs(sum - c->f->v[W].value) > 1e-9 * c->f->v[W].value)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, W, "leaving");
    for (size_t k = 0; k < np; k++)
        rel_part(c, &r, parts[k]);
    rel_part(c, &r, D);
    c->fi[D].used = 1;
    return rel_add(c, &r);
}

/* The share q of "fallen to B, a quarter fewer than at the peak": q right
 * after B's comma (k), then a comparative and "than", its direction in
 * *dir (fewer, less, lower: -1; more, higher, greater: +1); NOPOS when
 * none. */
static size_t share_than(const ctx *c, const tally_sentence *s, size_t b, size_t k,
                         size_t hi, int *dir)
{
    static const struct {
        const char *p;
        int dir;
    } cmp[] = {{"fewer than", -1}, {"less than", -1},   {"lower than", -1},
               {"more than", 1},   {"higher than", 1},  {"greater than", 1}};
    size_t q = b + 1;
    if (q >= hi || !c->fi[q].share || c->fi[q].used || c->f->v[q].tstart < k ||
        rel_words_between(c->t, k, c->f->v[q].tstart, "") != 0)
        return NOPOS;
    size_t i = c->f->v[q].tend;
    while (i < s->end && c->t[i] == ' ')
        i++;
    for (size_t m = 0; m < sizeof cmp / sizeof *cmp; m++)
        if (rel_phrase_at(c->t, i, s->end, cmp[m].p)) {
            *dir = cmp[m].dir;
            return q;
        }
    return NOPOS;
}

/* Rule 6c: "employment rose to 17,900 by 1956, an increase of 3,300" with
 * no old level in its sentence: a verb of change before "to B", the
 * amount C after B (change_amount()), and the old level looked up in the
 * five sentences before: the nearest figure of B's unit (and rate-ness)
 * that B differs from by C as written (diff_matches()), on the side the
 * amount's word says.  Only a level that matches is taken, so this never
 * reports an inconsistency. */
/* The share q that "to B, a cut of q" states right after B (a noun of
 * change, then q with no word between), with the noun's direction in
 * *dir; NOPOS when none. */
static size_t change_share(const ctx *c, const tally_sentence *s, size_t b, size_t hi,
                           int *dir)
{
    static const struct {
        const char *p;
        int dir;
    } nouns[] = {{"an increase of", 1}, {"a rise of", 1},   {"a growth of", 1},
                 {"a fall of", -1},     {"a drop of", -1},  {"a decline of", -1},
                 {"a reduction of", -1}, {"a cut of", -1}, {"a decrease of", -1},
                 {"a loss of", -1},     {"a gain of", 1}};
    size_t k = c->f->v[b].tend, e = 0;
    while (k < s->end && (c->t[k] == ' ' || c->t[k] == ','))
        k++;
    k = skip_words_to(c, b, k, s->end);   /* "350 tons a week, a cut of" */
    for (size_t m = 0; m < sizeof nouns / sizeof *nouns && !e; m++)
        if ((e = rel_phrase_at(c->t, k, s->end, nouns[m].p)) != 0)
            *dir = nouns[m].dir;
    if (!e)
        return share_than(c, s, b, k, hi, dir);
    if (b + 1 >= hi || !c->fi[b + 1].share || c->fi[b + 1].used ||
        rel_words_between(c->t, e, c->f->v[b + 1].tstart, "") > 0)
        return NOPOS;
    return b + 1;
}

/* 1 when the relative change from a to b matches share q as written: a
 * percentage to half its last digit ("30 per cent": 29.5-30.5), a
 * fraction in words within a tenth of itself ("a quarter"). */
static int share_matches(const tally_fact *q, double a, double b)
{
    double x = fabs(b - a) / a;
    if (q->unit && strcmp(q->unit, "percent") == 0)
        return fabs(x * 100 - q->value) <= 0.5 + 1e-9;
    return q->value > 0 && q->value < 1 && fabs(x - q->value) <= 0.1 * q->value;
}

/* 1 when figure j may be the earlier level of a bare new level (round
 * 430: "the workforce had shrunk to about 78,000, a loss of some 15 per
 * cent" after "some 92,000 miners"): the bare level takes j's unit, so j
 * is a count of things (no money, share, duration or rate). */
static int level_of_bare(const ctx *c, size_t j)
{
    static const char *const no[] = {"money", "share", "duration", NULL};
    const finfo *ji = &c->fi[j];
    if (!ji->unit[0] || strcmp(ji->unit, "percent") == 0 || rel_is_rate(c, j))
        return 0;
    for (size_t q = 0; no[q]; q++)
        if (strcmp(ji->cat, no[q]) == 0)
            return 0;
    return 1;
}

/* Rule 6e: "In January the ration was cut to 350 grams, a cut of 30 per
 * cent" with the old level in the five sentences before: the nearest
 * figure of B's unit, on the side the noun says, from
 * which B differs by the share as written (share_matches()), a rate or
 * not ("600 grams of bread a day" reads as no rate).  Only a level that
 * matches is taken, so this never reports an inconsistency. */
static int pct_to_back(ctx *c, const tally_sentence *s, size_t si, size_t b, size_t lo,
                       size_t hi)
{
    const tally_fact *B = &c->f->v[b];
    int dir = 0;
    size_t q = change_share(c, s, b, hi, &dir);
    if (q == NOPOS)
        return 0;
    for (size_t j = lo; j < b; j++)
        if (rel_same_unit(&c->fi[j], &c->fi[b]) && !c->fi[j].share)
            return 0;   /* an old level in the sentence: rules 6 and 6d */
    size_t A = NOPOS;
    int bare = rel_bare(B) && !rel_is_rate(c, b);   /* "shrunk to about 78,000, a loss of" */
    for (size_t j = lo; j-- > 0 && A == NOPOS;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 5 < si || jf->section != B->section)
            break;
        if ((rel_same_unit(&c->fi[j], &c->fi[b]) || (bare && level_of_bare(c, j))) &&
            !c->fi[j].share && jf->value > 0 &&
            (jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX) &&
            (dir > 0) == (B->value > jf->value) && B->value != jf->value &&
            share_matches(&c->f->v[q], jf->value, B->value))
            A = j;
    }
    if (A == NOPOS)
        return 0;
    return add_change(c, q, A, b, dir, 1, "to ..., a change of");
}

/* 1 when the figure at offset i follows a noun of change with its
 * determiner and "to" ("The rise to 2.5bn", "this cut to 350 grams"). */
static int noun_to(const ctx *c, const tally_sentence *s, size_t i)
{
    static const char *const to[] = {"to", NULL};
    static const char *const nouns[] = {"the rise", "the increase", "the fall", "the cut",
                                        "the reduction", "the drop", "the growth",
                                        "the decline", "this rise", "this increase",
                                        "this fall", "this cut", "this reduction", NULL};
    if (!rel_word_before_is(c, i, s->start, to))
        return 0;
    while (i > s->start && c->t[i - 1] == ' ')
        i--;
    i -= 2;   /* before "to" */
    for (size_t q = 0; nouns[q]; q++) {
        size_t n = strlen(nouns[q]);
        if (i >= s->start + n + 1 && rel_phrase_at(c->t, i - n - 1, i, nouns[q]))
            return 1;
    }
    return 0;
}

/* The months of the span said right after the amount C of a change ("an
 * increase of eleven in a year": 12; "over three years": 36; "in six
 * months": 6); 0 when none is said. */
static int span_after(const ctx *c, const tally_sentence *s, size_t C)
{
    static const char *const lead[] = {"in", "over", "within", NULL};
    static const char *const num[] = {"a",    "one",   "two",   "three", "four", "five",
                                      "six",  "seven", "eight", "nine",  "ten",  NULL};
    char w[3][48];
    size_t k = c->f->v[C].tend;
    for (int q = 0; q < 3; q++) {   /* lead word, count, period */
        while (k < s->end && c->t[k] == ' ')
            k++;
        size_t e = rel_word_at(c->t, k, s->end, w[q], sizeof w[q]);
        if (e == k)
            return 0;
        k = e;
    }
    int ok = 0, n = 0;
    for (size_t q = 0; lead[q] && !ok; q++)
        ok = strcmp(w[0], lead[q]) == 0;
    for (size_t q = 0; num[q] && ok && !n; q++)
        if (strcmp(w[1], num[q]) == 0)
            n = q ? (int)q : 1;
    if (!n)
        return 0;
    if (strcmp(w[2], "year") == 0 || strcmp(w[2], "years") == 0)
        return 12 * n;
    return strcmp(w[2], "month") == 0 || strcmp(w[2], "months") == 0 ? n : 0;
}

/* The months from date a to date b ("1941-12" to "1942-12": 12; "1951"
 * to "1954", or "1941-12" to "1942": the years only, 36 and 12); -1 when
 * either is not a year or a year and month. */
static int months_between(const char *a, const char *b)
{
    int ya, ma = 0, yb, mb = 0;
    size_t la = strlen(a), lb = strlen(b);
    if ((la != 4 && la != 7) || (lb != 4 && lb != 7) || sscanf(a, "%4d", &ya) != 1 ||
        sscanf(b, "%4d", &yb) != 1)
        return -1;
    if (la == 7 && lb == 7 &&
        (sscanf(a + 5, "%2d", &ma) != 1 || sscanf(b + 5, "%2d", &mb) != 1))
        return -1;
    return (yb - ya) * 12 + (mb - ma);
}

/* 1 when fact a is dated the span of months before fact b (a month's
 * slack either way), span > 0. */
static int dated_span(const tally_fact *a, const tally_fact *b, int span)
{
    int m = span > 0 && a->date && b->date ? months_between(a->date, b->date) : -1;
    return m > 0 && abs(m - span) <= 1;
}

/* For "The rise to B": the old level, the one figure of B's unit in the
 * sentence before B's (same paragraph, same modality, both rates or
 * neither), when it is the only one there; NOPOS otherwise. */
static size_t level_before(const ctx *c, size_t si, size_t b, size_t lo)
{
    const tally_fact *B = &c->f->v[b];
    size_t A = NOPOS;
    for (size_t j = lo; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si)
            break;
        if (c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            return NOPOS;
        if (!rel_same_unit(&c->fi[j], &c->fi[b]))
            continue;
        if (A != NOPOS || c->fi[j].share || rel_is_rate(c, j) != rel_is_rate(c, b) ||
            !(jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX) ||
            strcmp(jf->modality, B->modality) != 0 || !(jf->value > 0))
            return NOPOS;
        A = j;
    }
    return A;
}

/* Round 430: for "it stood at B, a loss of C" (no verb of change): the
 * earlier level of B's own noun and unit ("strength", "men"; the noun
 * taken up), in B's section among the REL_LOOK_BACK_MAX figures before
 * B's sentence (from fact lo), no share, both rates or neither, on the
 * side C's word says: the nearest whose difference from B matches C as
 * written; else, when those levels have one value only, that one (so a
 * slip is flagged); NOPOS when none or two values. */
static size_t same_noun_level(const ctx *c, size_t b, size_t lo, size_t C, int dir)
{
    const tally_fact *B = &c->f->v[b];
    size_t one = NOPOS, floor = lo > REL_LOOK_BACK_MAX ? lo - REL_LOOK_BACK_MAX : 0;
    int values = 0;
    if (!B->noun || strlen(B->noun) < 4 || dir == 0)
        return NOPOS;
    for (size_t j = lo; j-- > floor;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->section != B->section)
            break;
        double d = B->value - jf->value;
        if (!jf->noun || strcasecmp(jf->noun, B->noun) != 0 ||
            !rel_same_unit(&c->fi[j], &c->fi[b]) || c->fi[j].share ||
            rel_is_rate(c, j) != rel_is_rate(c, b) || hypothetical(jf) ||
            !(jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX) ||
            (dir > 0) != (d > 0))
            continue;
        if (diff_matches(&c->f->v[C], fabs(d)))
            return j;
        if (one == NOPOS || c->f->v[one].value != jf->value) {
            values++;
            one = j;
        }
    }
    return values == 1 ? one : NOPOS;
}

/* Round 439: 1 when a figure between levels A and b is an inflow to the
 * thing counted ("received 1,200 replacements", "2,000 recruits arrived"):
 * its noun or the word right before it of the kin families "intake" or
 * "arrival" (kin lexicon table).  A loss or gain stated over such a span
 * is net of it or not - no check. */
static int inflow_between(const ctx *c, size_t A, size_t b)
{
    for (size_t j = A + 1; j < b; j++) {
        const tally_fact *f = &c->f->v[j];
        char w[48] = "";
        const char *kin[2] = {NULL, NULL};
        if (f->noun && *f->noun) {
            snprintf(w, sizeof w, "%s", f->noun);
            for (char *p = w; *p; p++)
                *p = (char)tolower((unsigned char)*p);
            kin[0] = c->lex ? tally_lexicon_get(c->lex, "kin", w, "kin") : NULL;
        }
        if (rel_word_ending_at(c, f->tstart, c->seg->sents[f->sent_index].start, w, sizeof w))
            kin[1] = c->lex ? tally_lexicon_get(c->lex, "kin", w, "kin") : NULL;
        for (int k = 0; k < 2; k++)
            if (kin[k] && (!strcmp(kin[k], "intake") || !strcmp(kin[k], "arrival")))
                return 1;
    }
    return 0;
}

int rel_rule_rose_to_back(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t b = lo; b < hi; b++) {
        const tally_fact *B = &c->f->v[b];
        int dir;
        size_t C;
        int noun = 0, stood = 0;
        if (c->fi[b].share || c->fi[b].used || !c->fi[b].unit[0] ||
            !((noun = noun_to(c, s, B->tstart)) || verb_to(c, s, B->tstart) ||
              (stood = stood_at(c, s, b))))
            continue;
        if ((C = change_amount(c, s, b, b, lo, hi, &dir)) == NOPOS || C <= b) {
            if (stood)
                continue;   /* "stood at 2,400, a loss of 20 per cent": not yet */
            if (pct_to_back(c, s, si, b, lo, hi) < 0)
                return -1;
            continue;
        }
        int here = 0;   /* an old level in the sentence: rule 6's */
        for (size_t j = lo; j < b; j++)
            here |= rel_same_unit(&c->fi[j], &c->fi[b]) && !c->fi[j].share;
        if (here)
            continue;
        size_t A = NOPOS;
        if (stood) {
            A = same_noun_level(c, b, lo, C, dir);
            if (A == NOPOS)
                continue;
        }
        for (size_t j = lo; j-- > 0 && A == NOPOS;) {
            const tally_fact *jf = &c->f->v[j];
            if (jf->sent_index + 5 < si || jf->section != B->section)
                break;
            double d = B->value - jf->value;
            if (rel_same_unit(&c->fi[j], &c->fi[b]) && !c->fi[j].share &&
                rel_is_rate(c, j) == rel_is_rate(c, b) &&
                (jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX) &&
                (dir == 0 || (dir > 0) == (d > 0)) && d != 0 &&
                diff_matches(&c->f->v[C], fabs(d)))
                A = j;
        }
        if (stood)
            ;   /* the level of the same noun, found above */
        else if (A == NOPOS && noun)   /* "... were 2.2bn. The rise to 2.5bn is an increase of
                                     350 million": the level named just before */
            A = level_before(c, si, b, lo);
        else if (A == NOPOS && (A = level_before(c, si, b, lo)) != NOPOS &&
                 !dated_span(&c->f->v[A], B, span_after(c, s, C)))
            A = NOPOS;   /* "held 17 boats in December 1941. ... had grown to 26, an
                            increase of eleven in a year": the one level of the sentence
                            before, dated the amount's span before B */
        if (A == NOPOS || inflow_between(c, A, b))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_CHANGE, C, "rose to, a change of");
        rel_part(c, &r, A);
        rel_part(c, &r, b);
        r.absolute = 1;
        r.looked_back = 1;
        r.direction = dir ? dir : (B->value < c->f->v[A].value ? -1 : 1);
        c->fi[C].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* The noun of change right before figure C ("an increase of 320"), its
 * direction in *dir and its first byte in *at; 0 when none. */
static int change_noun_at(const ctx *c, size_t C, int *dir, size_t *at)
{
    size_t i = c->f->v[C].tstart;
    size_t a = c->seg->sents[c->f->v[C].sent_index].start;
    while (i > a && c->t[i - 1] == ' ')
        i--;
    for (size_t k = 0; k < NCHANGE_NOUNS; k++) {
        size_t n = strlen(change_nouns[k].p);
        if (i >= a + n && rel_phrase_at(c->t, i - n, i, change_nouns[k].p) == i &&
            (i - n == a || !rel_wch((unsigned char)c->t[i - n - 1]))) {
            *dir = change_nouns[k].dir;
            *at = i - n;
            return 1;
        }
    }
    return 0;
}

/* Where the words naming the old level start after amount C: past at
 * most three words of C's noun, "on", "over", "compared with" or "against"
 * ("320 huts on last year"), and the end of that clause in *end; NOPOS
 * when no such word follows. */
static size_t old_level_cue(const ctx *c, size_t C, size_t *end)
{
    static const char *const on[] = {"on", "over", "compared with", "against", NULL};
    const tally_sentence *s = &c->seg->sents[c->f->v[C].sent_index];
    size_t k = c->f->v[C].tend, e = 0;
    for (int w = 0; w < 4 && k < s->end && !e; w++) {
        while (k < s->end && c->t[k] == ' ')
            k++;
        if (k >= s->end || strchr(",;:()", c->t[k]))
            return NOPOS;
        for (size_t q = 0; on[q] && !e; q++)
            e = rel_phrase_at(c->t, k, s->end, on[q]);
        if (!e) {
            char wd[32];
            size_t n = rel_word_at(c->t, k, s->end, wd, sizeof wd);
            if (n <= k)
                return NOPOS;
            k = n;
        }
    }
    if (!e)
        return NOPOS;
    size_t b = e;
    while (b < s->end && !strchr(",;:()", c->t[b]) &&
           !(c->t[b] == '.' && !(b + 1 < s->end && isdigit((unsigned char)c->t[b + 1]))))
        b++;
    *end = b;
    return e;
}

/* Rule 6n (round 436): "The new requirement is thus an increase of 320
 * huts on last year": amount C of a noun of change with no level in its
 * sentence (no other figure of C's unit, none before C), its subject's
 * words naming the new level and the words after "on" / "over" naming the
 * old one, each the one earlier level of C's unit those words name
 * (rel_level_back_v: a year, else a word of its clause; the new above C
 * for a rise, the old on the side of the new the noun says), actual, at
 * most REL_PLAN_LOOKUPS look-ups a document; a reading missing or two
 * values: no check.  0, or -1 when out of memory. */
int rel_rule_change_named(ctx *c, size_t si, size_t lo, size_t hi)
{
    for (size_t C = lo; C < hi; C++) {
        const tally_fact *fc = &c->f->v[C];
        int dir = 0;
        size_t at, oe, ob;
        if (c->fi[C].share || c->fi[C].used || !c->fi[C].unit[0] || C != lo ||
            fc->qual != TALLY_Q_EXACT || !change_noun_at(c, C, &dir, &at))
            continue;
        int other = 0;
        for (size_t j = lo; j < hi; j++)
            other |= j != C && rel_same_unit(&c->fi[j], &c->fi[C]) && !c->fi[j].share;
        size_t open = rel_sent_open(c, si);
        if (other || at <= open || (ob = old_level_cue(c, C, &oe)) == NOPOS ||
            c->nplans + 2 > REL_PLAN_LOOKUPS)
            continue;
        c->nplans += 2;
        size_t B = rel_level_back_v(c, C, lo, open, at, dir > 0 ? 1 : 0, fc->value);
        if (B == NOPOS || hypothetical(&c->f->v[B]))
            continue;
        double vb = c->f->v[B].value;
        size_t A = rel_level_back_v(c, C, lo, ob, oe, dir > 0 ? -1 : 1, vb);
        if (A == NOPOS || A == B || hypothetical(&c->f->v[A]) || c->f->v[A].value == vb)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_CHANGE, C, "a change of, both levels named");
        rel_part(c, &r, A);
        rel_part(c, &r, B);
        r.absolute = 1;
        r.looked_back = 1;
        r.direction = dir;
        c->fi[C].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Differences: "a shortfall of D", "falling short by D", "a deficit of
 * D" (D after the cue), "D more than", "D fewer than" (D before it): the
 * two figures of D's unit nearest before D in its sentence (else the one
 * after "than" for the second) -> DIFFERENCE D = |A - B|. */
/* The whole a share of part A was found of ("410,000 rounds, about two
 * thirds of the requirement"), when it is a figure of D's unit larger than
 * A and the share has no other operands; else NOPOS. */
static size_t fraction_whole(const ctx *c, size_t A, size_t D)
{
    for (size_t i = c->out->n; i-- > 0;) {
        const tally_relation *r = &c->out->v[i];
        if (r->kind != TALLY_REL_FRACTION || r->stated != A || r->nparts != 2 ||
            r->factor != 0)
            continue;
        size_t W = r->parts[1].fact;
        if (W != TALLY_NO_FACT && rel_same_unit(&c->fi[W], &c->fi[D]) &&
            c->f->v[W].value > c->f->v[A].value && c->f->v[W].value > c->f->v[D].value)
            return W;
    }
    return NOPOS;
}

/* 1 when figures a and b cover the same span: both rates or both not, or
 * the one that is no rate dated to one period of the other ("1,340
 * sorties" of March against "its monthly average of 1,080") or to a span
 * not known. */
static int same_span(const ctx *c, size_t a, size_t b)
{
    int ra = rel_is_rate(c, a), rb = rel_is_rate(c, b);
    if (ra == rb)
        return 1;
    double k = ra ? rel_span_factor(c, b, a) : rel_span_factor(c, a, b);
    return k == 0 || fabs(k - 1) < 0.01;   /* a span not known does not differ */
}

/* For a rate D said "short of" a thing named and no figure before it in
 * its sentence (which starts at fact lo): the one rate of D's unit, above
 * D and actual, in the sentence before in its paragraph ("the columns
 * could deliver 840 tons a day at best.  That left ... 580 tons a day
 * short of ..."); NOPOS when none or more than one. */
static size_t rate_before(const ctx *c, size_t D, size_t lo)
{
    size_t si = c->f->v[D].sent_index, got = NOPOS;
    for (size_t j = lo; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (!rel_same_unit(&c->fi[j], &c->fi[D]) || c->fi[j].share || !rel_is_rate(c, j))
            continue;
        if (got != NOPOS || !(jf->value > c->f->v[D].value) || hypothetical(jf) ||
            !(jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX))
            return NOPOS;
        got = j;
    }
    return got;
}

/* For rate D "short of" a thing named (the cue's words from e) after rate
 * A of the sentence before: the rate of D's unit above A stated earlier
 * that the cue's words describe (rel_look_back, at most REL_PLAN_LOOKUPS
 * times a document); NOPOS when none. */
static size_t need_back(ctx *c, size_t D, size_t A, size_t e)
{
    size_t B = cue_back(c, D, A, e, c->f->v[A].value);
    if (B == NOPOS || !rel_is_rate(c, B) || !rel_same_unit(&c->fi[B], &c->fi[D]) ||
        hypothetical(&c->f->v[B]))
        return NOPOS;
    return B;
}

/* For D after a verb of misstating ("the claims were overstated by 16
 * hits") with no two figures before it in its sentence (which starts at
 * fact lo): the two nearest figures of D's unit above it in the two
 * sentences before, same paragraph, no share, rate or plan ("claimed 47
 * hits ...  The records admit 29"), into a and b; 1 when found. */
static int misstated_pair(const ctx *c, size_t D, size_t lo, size_t *a, size_t *b)
{
    size_t si = c->f->v[D].sent_index, got[2], n = 0;
    for (size_t j = lo; j-- > 0 && n < 2;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 2 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (rel_same_unit(&c->fi[j], &c->fi[D]) && !c->fi[j].share && !rel_is_rate(c, j) &&
            jf->value > c->f->v[D].value && !hypothetical(jf))
            got[n++] = j;
    }
    if (n < 2)
        return 0;
    *a = got[0];
    *b = got[1];
    return 1;
}

/* Round 455: for a shortfall D after stock A with nothing after the cue
 * ("hold 140 trained cooks, a shortfall of 48"): the one figure of D's
 * unit above A, no share or rate, actual, in the sentence just before in
 * its paragraph, with a word of need before it there ("needs three cooks,
 * 198 for the corps"); NOPOS when none or more than one. */
static size_t need_before(const ctx *c, size_t D, size_t A, size_t lo)
{
    static const char *const need[] = {"need", "needs", "needed", "require", "requires",
                                       "required", "requirement", "called for", "calls for",
                                       "call for", "to have",
                                       "meant", "should have", NULL};
    size_t si = c->f->v[D].sent_index, got = NOPOS;
    if (si == 0 || c->f->v[A].sent_index != si)
        return NOPOS;
    for (size_t j = lo; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (!rel_same_unit(&c->fi[j], &c->fi[D]) || c->fi[j].share || rel_is_rate(c, j) ||
            !(jf->value > c->f->v[A].value))
            continue;
        if (got != NOPOS || hypothetical(jf) ||
            !(jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX))
            return NOPOS;
        got = j;
    }
    if (got == NOPOS ||
        !rel_phrase_in(c->t, rel_sent_open(c, si - 1), c->f->v[got].tstart, need))
        return NOPOS;
    return got;
}

/* 1 when "ated by " occurs in t[a..b) (the end every verb of misstating
 * shares: "overstated by"), so that those cues are tried only there. */
static int has_ated_by(const char *t, size_t a, size_t b)
{
    for (const char *p = t + a; (p = memchr(p, 'y', (size_t)(t + b - p))) != NULL; p++)
        if (p >= t + a + 6 && memcmp(p - 6, "ated by", 7) == 0)
            return 1;
    return 0;
}

/* Round 430: for difference D after level A with a comparative cue whose
 * words from e name an earlier level without a figure ("3,000 more than in
 * 1931", "2,000 below their establishment", "more than promised"): the one
 * earlier level of A's unit they name (rel_level_back), above A after
 * "fewer", "less", "short", "below", "lower", below it after "more",
 * "above", "higher"; before A's sentence (which starts at fact lo), at
 * most REL_PLAN_LOOKUPS look-ups a document.  NOPOS when none. */
static size_t level_named(ctx *c, size_t D, size_t A, size_t lo, size_t e)
{
    static const char *const up[] = {"more than", "above", "higher than", "greater than",
                                     "longer than", NULL};
    if (c->nplans >= REL_PLAN_LOOKUPS || c->f->v[A].sent_index != c->f->v[D].sent_index)
        return NOPOS;
    const tally_sentence *s = &c->seg->sents[c->f->v[D].sent_index];
    size_t b = e;
    while (b < s->end && b < e + 60 && !strchr(",;:()", c->t[b]) &&
           !(c->t[b] == '.' && !(b + 1 < s->end && isdigit((unsigned char)c->t[b + 1]))))
        b++;
    int dir = 1;
    for (size_t q = 0; up[q]; q++)
        if (e >= strlen(up[q]) && rel_phrase_at(c->t, e - strlen(up[q]), s->end, up[q]))
            dir = -1;
    c->nplans++;
    size_t B = rel_level_back(c, A, lo, e, b, dir);
    if (B == NOPOS || hypothetical(&c->f->v[B]) || rel_priced_one(c, B))
        return NOPOS;
    return B;
}

/* Round 462: for D after a cue of gap ("a shortfall of 50"): the offset
 * after "against" within D's clause, at most three words after D ("50 men
 * against the plan of 450"); 0 when none. */
static size_t against_after(const ctx *c, size_t D, size_t end)
{
    size_t i = c->f->v[D].tend;
    for (int words = 0; i < end && words <= 3; words++) {
        while (i < end && c->t[i] == ' ')
            i++;
        if (i >= end || strchr(",;:()", c->t[i]))
            return 0;
        size_t e = rel_phrase_at(c->t, i, end, "against");
        if (e)
            return e;
        while (i < end && !strchr(" ,;:()", c->t[i]))
            i++;
    }
    return 0;
}

/* Round 462: 1 when the later figure b continues the frame of the earlier
 * figure a ("received 450 tons, and in February 380 tons"; "450 tons in
 * January and 380 in February"): two items of one kind, no need and its
 * supply, so a gap after them is not their difference. */
static int same_frame(const ctx *c, size_t a, size_t b)
{
    static const char *const preps[] = {"in", "by", "during", "on", "for", NULL};
    size_t x = c->f->v[a].tend, y = c->f->v[b].tstart;
    if (rel_joined_to(c->t, x, y))
        return 1;
    const char *cm = memchr(c->t + x, ',', y - x);
    if (!cm || rel_words_between(c->t, x, (size_t)(cm - c->t), ";:()") > 2)
        return 0;   /* "450 tons, and in February 380": its noun, a comma, "and",
                       a dating phrase */
    size_t i = (size_t)(cm - c->t) + 1;
    while (i < y && c->t[i] == ' ')
        i++;
    size_t e = rel_phrase_at(c->t, i, y, "and");
    if (!e)
        return 0;
    while (e < y && c->t[e] == ' ')
        e++;
    int w = rel_words_between(c->t, e, y, ",;:()");
    return w >= 2 && w <= 3 && rel_word_within(c, e, y, 1, preps);
}

static int gap_need_named(const ctx *c, size_t j);

/* 1 when noun phrase np has the word w (case-insensitive). */
static int noun_has_word(const char *np, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = np; *p;) {
        while (*p && !rel_wch((unsigned char)*p))
            p++;
        const char *e = p;
        while (*e && rel_wch((unsigned char)*e))
            e++;
        if ((size_t)(e - p) == n && strncasecmp(p, w, n) == 0)
            return 1;
        p = e;
    }
    return 0;
}

/* A gap whose cue names a kind ("the woollen shortfall of 19,000", the
 * word right before the cue at offset i: lower-case, no article) after a
 * stock of that kind ("101,000 woollen uniforms and 132,000 of drill,
 * against a need of 120,000 of each"): when that stock j is not among the
 * two candidates ab[], it replaces the one whose words before it name no
 * need ("need", "against", "establishment", "required"), and when both or
 * neither do, there is no check (0).  The number of operands. */
static size_t named_kind(const ctx *c, size_t D, size_t i, size_t lo, size_t *ab, size_t n)
{
    static const char *const skip[] = {"the", "a", "an", "this", "that", "its", "their",
                                       "total", "whole", "same", "real", "actual", NULL};
    size_t a = rel_words_back(c, i, c->seg->sents[c->f->v[D].sent_index].start, 1);
    char w[48];
    if (rel_word_at(c->t, a, i, w, sizeof w) == a || !(w[0] >= 'a' && w[0] <= 'z'))
        return n;
    for (size_t q = 0; skip[q]; q++)
        if (strcmp(w, skip[q]) == 0)
            return n;
    size_t j = D;
    while (j-- > lo)
        if (rel_same_unit(&c->fi[j], &c->fi[D]) && !c->fi[j].share &&
            c->f->v[j].value > c->f->v[D].value && noun_has_word(c->f->v[j].mention, w))
            break;
    if (j == (size_t)-1 || j < lo || j == ab[0] || j == ab[1])
        return n;
    int na[2] = {gap_need_named(c, ab[0]), gap_need_named(c, ab[1])};
    if (na[0] == na[1])
        return 0;
    ab[na[0] ? 1 : 0] = j;
    return 2;
}

/* 1 when the words before figure j (at most four) name a need. */
static int gap_need_named(const ctx *c, size_t j)
{
    static const char *const need[] = {"need", "needs", "against", "establishment",
                                       "required", "requirement", "calls for", NULL};
    const tally_fact *f = &c->f->v[j];
    return rel_phrase_in(c->t, rel_words_back(c, f->tstart, c->seg->sents[f->sent_index].start, 4),
                         f->tstart, need);
}

/* A shortfall D between a need and a stock ab[] where the stock is above
 * the need ("46 steel lighters and 61 wooden ones, against a need of 50 of
 * each; the total shortfall of 4"): the 61 has no shortfall; the nearest
 * other figure of D's unit below the need and above D is the stock (the
 * 46), else no check (0).  The number of operands. */
static size_t stock_below_need(const ctx *c, size_t D, size_t lo, size_t *ab)
{
    int n0 = gap_need_named(c, ab[0]), n1 = gap_need_named(c, ab[1]);
    if (n0 == n1)
        return 2;
    size_t N = n0 ? ab[0] : ab[1], *S = n0 ? &ab[1] : &ab[0];
    double need = c->f->v[N].value;
    if (c->f->v[*S].value < need)
        return 2;
    for (size_t j = D; j-- > lo;)
        if (j != N && j != *S && rel_same_unit(&c->fi[j], &c->fi[D]) && !c->fi[j].share &&
            !rel_is_rate(c, j) && c->f->v[j].value < need &&
            c->f->v[j].value > c->f->v[D].value) {
            *S = j;
            return 2;
        }
    return 0;
}

/* 1 when rate j is set against a need in D's clause: "With 4,400 tons a
 * month against a need of 5,400, the shortfall of 1,000 tons": "against"
 * right after j's own words, and D no rate in another period. */
static int rate_against_need(const ctx *c, size_t j, size_t D)
{
    static const char *const against[] = {"against", NULL};
    int pj, pd;
    if (!rel_rate_of(c, j, &pj) || (rel_rate_of(c, D, &pd) && pd != pj))
        return 0;
    return rel_word_within(c, c->f->v[j].tend, c->f->v[D].tstart, 5, against);
}

/* 1 when a relation found so far holds both figures a and b (one made from
 * the other, or both parts of one whole), or a figure between them takes
 * the later from the earlier exactly (the rest of a whole). */
static int related_pair(const ctx *c, size_t a, size_t b)
{
    if (rel_together(c, a, b))
        return 1;
    size_t lo = a < b ? a : b, hi = a < b ? b : a;   /* "131 ovens, of which 19 ..., so
                                                        that 112": 131 - 19 = 112 */
    for (size_t j = lo + 1; j < hi; j++)
        if (!c->fi[j].share && c->f->v[j].value > 0 &&
            fabs(c->f->v[lo].value - c->f->v[j].value - c->f->v[hi].value) < 1e-9 *
                                                                              c->f->v[lo].value)
            return 1;
    return 0;
}

/* 1 when every relation found so far that states figure D is a share of
 * which D is the part ("the shortfall of 1,000 tons was nearly a fifth of
 * the need"): D may still be the difference its cue names. */
static int part_of_share_only(const ctx *c, size_t D)
{
    int any = 0;
    for (size_t k = 0; k < c->out->n; k++) {
        const tally_relation *r = &c->out->v[k];
        if (r->stated != D)
            continue;
        if (r->kind != TALLY_REL_FRACTION)
            return 0;
        any = 1;
    }
    return any;
}

int rel_rule_difference(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const of_whom[] = {"of whom", "of which", "of these", "of them", NULL};
    static const char *const and_or[] = {"and", "or", "but", NULL};
    static const char *const after[] = {"a shortfall of", "shortfall of", "short by",
                                        "a deficit of", "a gap of", "a surplus of",
                                        "a difference of", "an excess of", "a deficiency of",
                                        "an overrun of", "shortfall is", "shortfall was",
                                        "shortfall came to", "shortfall comes to",
                                        "shortfall stands at", "shortfall stood at",
                                        "deficit is", "deficit was", NULL};
    static const char *const misstated[] = {"overstated by", "exaggerated by", "inflated by",
                                            "understated by", "overestimated by",
                                            "underestimated by", NULL};
    static const char *const before[] = {"more than", "fewer than", "less than",
                                         "short of", "longer than", "shorter than",
                                         "higher than", "lower than", "greater than", NULL};
    static const char *const level_cue[] = {"below", "above", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    int mis = lo < hi && has_ated_by(c->t, s->start, s->end);   /* one scan a sentence */
    for (size_t i = s->start; i < s->end; i++) {
        size_t D = NOPOS, than = 0, B_back = NOPOS;
        const char *cue = NULL;
        int level_only = 0;   /* "below", "above": only a level the cue names */
        if (i > s->start && rel_wch((unsigned char)c->t[i - 1]))
            continue;   /* every cue opens a word: none starts inside one */
        for (size_t q = 0; after[q] && D == NOPOS; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, after[q]);
            if (e && (D = rel_fact_after(c, e, lo, hi, 1)) != NOPOS)
                cue = after[q];
        }
        for (size_t q = 0; mis && misstated[q] && D == NOPOS; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, misstated[q]);
            if (e && (D = rel_fact_after(c, e, lo, hi, 1)) != NOPOS)
                cue = misstated[q];
        }
        for (size_t q = 0; before[q] && D == NOPOS; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, before[q]);
            if (e && (D = rel_fact_before_s(c, i, lo, hi, 2, ",;:.()")) == NOPOS &&
                strcmp(before[q], "short of") == 0 &&
                (D = rel_fact_before_s(c, i, lo, hi, 4, ",;:.()")) != NOPOS &&
                !rel_is_rate(c, D))
                D = NOPOS;   /* "580 tons a day short of": a rate's own words */
            if (e && D != NOPOS) {
                cue = before[q];
                than = e;
            }
        }
        for (size_t q = 0; level_cue[q] && D == NOPOS; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, level_cue[q]);
            if (e && (D = rel_fact_before_s(c, i, lo, hi, 2, ",;:.()")) != NOPOS) {
                cue = level_cue[q];   /* "7,100 men, 2,000 below their establishment" */
                than = e;
                level_only = 1;
            }
        }
        if (D == NOPOS && (D = loose_gap(c, i, s, lo, hi)) != NOPOS) {
            size_t a, b;   /* no operands named: a pair that matches, or nothing; a
                              part of a sum ("the remaining $2 million") is checked there */
            if (c->fi[D].share || c->fi[D].used || c->fi[D].part || !c->fi[D].unit[0] ||
                (c->f->v[D].qual != TALLY_Q_EXACT && c->f->v[D].qual != TALLY_Q_APPROX))
                continue;
            if (!matching_pair(c, D, &a, &b) && !held_gap(c, D, lo, &a, &b) &&
                !(than_named(c, D, s->end, lo, hi) && total_named(c, D, &a, &b)) &&
                !rest_pair(c, D, lo, &a, &b)) {
                if (left_after(c, D, lo) < 0)
                    return -1;
                continue;
            }
            tally_relation r;
            rel_init(&r, TALLY_REL_DIFFERENCE, D, "gap");
            rel_part(c, &r, a < b ? a : b);
            rel_part(c, &r, a < b ? b : a);
            r.looked_back = c->f->v[a].sent_index != c->f->v[D].sent_index ||
                            c->f->v[b].sent_index != c->f->v[D].sent_index;
            c->fi[D].used = 1;
            if (rel_add(c, &r) < 0)
                return -1;
            continue;
        }
        if (D == NOPOS || c->fi[D].share || (c->fi[D].used && !part_of_share_only(c, D)) ||
            !c->fi[D].unit[0] ||
            c->f->v[D].qual == TALLY_Q_AT_LEAST || c->f->v[D].qual == TALLY_Q_AT_MOST)
            continue;
        size_t ab[2], n = 0, B = than ? rel_fact_after(c, than, lo, hi, 4) : NOPOS;
        size_t ag = than ? 0 : against_after(c, D, s->end);
        if (ag && (B = rel_fact_after(c, ag, lo, hi, 4)) != NOPOS &&
            (!rel_same_unit(&c->fi[B], &c->fi[D]) || c->fi[B].share ||
             rel_words_between(c->t, ag, c->f->v[B].tstart, ",;:()") < 0))
            continue;   /* "a shortfall of 50 against the plan of 450": that figure
                           or no check (round 462) */
        if (than && B != NOPOS && (!rel_same_unit(&c->fi[B], &c->fi[D]) ||
                           rel_words_between(c->t, than, c->f->v[B].tstart, ",;:()") < 0 ||
                           rel_phrase_in(c->t, than, c->f->v[B].tstart, and_or)))
            B = NOPOS;   /* "40 more than in May and 20 more than ...": the 20 is no
                            figure D is measured against */
        int named = than && B == NOPOS && named_after(c, than, s->end, lo, hi);
        /* "39 in all, 21 short of the 60": the figure before D against the
         * one after the cue; "18,000 more than the plan had foreseen": the
         * one before D against the plan looked up; with neither, the two
         * before D */
        for (size_t j = D; j-- > lo && n < (B != NOPOS ? 1u : 2u);)
            if (rel_same_unit(&c->fi[j], &c->fi[D]) && !c->fi[j].share &&
                (!rel_is_rate(c, j) || rate_against_need(c, j, D)) &&
                c->f->v[j].value > c->f->v[D].value && !hypothetical(&c->f->v[j]) &&
                !(c->fi[j].popen != NOPOS && c->fi[j].popen != c->fi[D].popen) &&
                !rel_phrase_in(c->t, rel_words_back(c, c->f->v[j].tstart, s->start, 3),
                               c->f->v[j].tstart, of_whom))
                ab[n++] = j;   /* not a part in brackets D stands outside of: "98 on hand
                                  (81 serviceable and 17 under repair), a shortfall of 38";
                                  nor a subset: "1,020, of whom 900 were fit" */
        if (n >= 1 && B != NOPOS) {
            n = 1;
            ab[n++] = B;
        }
        if (!than && B == NOPOS && n == 2 && related_pair(c, ab[0], ab[1]))
            n = 1;   /* "hold 131 ovens, of which 19 are unfit, so that 112 can be issued,
                        a shortfall of 56": the 112 is made from the 131, no need and
                        stock; the need is looked for before */
        if (!than && B == NOPOS && n == 2)
            n = named_kind(c, D, i, lo, ab, n);   /* "the woollen shortfall" */
        if (!than && B == NOPOS && n == 2 && (strstr(cue, "shortfall") || strstr(cue, "defici")))
            n = stock_below_need(c, D, lo, ab);   /* not the stock above the need */
        if (!than && B == NOPOS && n == 2 && same_frame(c, ab[1], ab[0]))
            n = 0;   /* "in January 450 tons, and in February 380, a shortfall of
                        220": two deliveries, not a need and its supply (round 462) */
        if (level_only && B == NOPOS && n > 1)
            n = 1;   /* "below their establishment": the level named, not a pair before */
        if (n >= 1 && named && (B_back = planned_back(c, D, ab[0], than)) != NOPOS) {
            n = 1;   /* the plan named and looked up, before a second figure */
            ab[n++] = B_back;
        } else if (n == 1 && named && (B_back = named_back(c, D, ab[0], than)) != NOPOS) {
            ab[n++] = B_back;   /* "1,340 sorties, 360 more than its monthly average" */
        } else if (n == 2 && (named || (than && B == NOPOS)) &&
                   !diff_matches(&c->f->v[D],
                                 fabs(c->f->v[ab[0]].value - c->f->v[ab[1]].value))) {
            n = 0;   /* "24 million, 1.4 million less than the cost of the ships": the
                        thing named is not the figure before; a pair that matches, or none */
        }
        if (n == 1 && than && B == NOPOS && (B_back = level_named(c, D, ab[0], lo, than)) != NOPOS)
            ab[n++] = B_back;   /* "8,900 hands, 3,000 more than in 1931": the one level
                                   of 1931 stated before (round 430) */
        if (level_only && n < 2)
            continue;
        if (n == 0 && B == NOPOS && named && rel_is_rate(c, D) &&
            strcmp(cue, "short of") == 0 && (ab[0] = rate_before(c, D, lo)) != NOPOS &&
            (ab[1] = need_back(c, D, ab[0], than)) != NOPOS)
            n = 2;   /* "could deliver 840 tons a day.  That left the army 580 tons a day
                        short of what an advance consumed": the rate of the sentence
                        before against the need named */
        if (n == 1 && !than && B == NOPOS && (B_back = fraction_whole(c, ab[0], D)) != NOPOS)
            ab[n++] = B_back;   /* "held 410,000, about two thirds of the requirement,
                                   which leaves a shortfall of 216,400": the whole the
                                   share of the figure before was taken of */
        if (n == 1 && !than && B == NOPOS && (strstr(cue, "shortfall") || strstr(cue, "defici")) &&
            (B_back = need_before(c, D, ab[0], lo)) != NOPOS)
            ab[n++] = B_back;   /* "needs three cooks, 198 for the corps.  The depots hold
                                   140, a shortfall of 48": the need of the sentence before */
        if (n == 0 && cue && strstr(cue, "ated by") && misstated_pair(c, D, lo, &ab[0], &ab[1]))
            n = 2;   /* "claimed 47 hits. The records admit 29. The claims were
                        thus overstated by 16" */
        if (n < 2 && matching_pair(c, D, &ab[0], &ab[1])) {
            n = 2;   /* "40,000 fewer than Orvel": the pair of the sentences before */
            named = 0;
        }
        if (n < 2 && named && B == NOPOS && total_named(c, D, &ab[0], &ab[1]))
            n = 2;   /* "25,680 more than the trench and surface shelters together":
                        the total of a sum found just before */
        if (n == 1 && named && B == NOPOS && (B_back = sum_total_back(c, D, ab[0], cue)) != NOPOS)
            ab[n++] = B_back;   /* "58 bridges, fourteen more than this office counts":
                                   the one total found in the paragraph before */
        if (n < 2 || !same_span(c, ab[0], ab[1]))
            continue;   /* "264 pilots in 1942, ... eight fewer than asked for": a year's
                           total against a monthly rate is no difference */
        /* "seven rifle and four tank battalions, two short of the plan": a
         * list measured against a thing named, not the gap between its items */
        if (than && named_after(c, than, s->end, lo, hi) &&
            rel_joined_to(c->t, c->f->v[ab[1]].tend, c->f->v[ab[0]].tstart))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_DIFFERENCE, D, cue);
        rel_part(c, &r, ab[0] < ab[1] ? ab[0] : ab[1]);
        rel_part(c, &r, ab[0] < ab[1] ? ab[1] : ab[0]);
        r.looked_back = c->f->v[ab[0]].sent_index != c->f->v[D].sent_index ||
                        c->f->v[ab[1]].sent_index != c->f->v[D].sent_index;
        c->fi[D].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* 1 when word w (lower case) names the things figure j counts: its unit,
 * its unit with a plural "s", or the last word of its noun ("attack" and
 * "attacks", "sightings"). */
static int names_count(const ctx *c, size_t j, const char *w)
{
    const char *u = c->fi[j].unit, *noun = c->f->v[j].noun;
    size_t n = strlen(w), un = strlen(u);
    if (!*u || n < 3)
        return 0;
    if (strcasecmp(w, u) == 0 || (n == un + 1 && w[un] == 's' && strncasecmp(w, u, un) == 0))
        return 1;
    if (!noun || !*noun)
        return 0;
    const char *last = strrchr(noun, ' ');
    last = last ? last + 1 : noun;
    size_t ln = strlen(last);
    return strcasecmp(w, last) == 0 ||
           (n + 1 == ln && last[n] == 's' && strncasecmp(w, last, n) == 0);
}

/* The nearest figure before fact index `before`, in sentence si or the
 * one before it (same paragraph), whose things word w names: a count (no
 * share, rate or bound) above `above`.  NOPOS when none. */
static size_t named_count_before(const ctx *c, size_t before, size_t si, const char *w,
                                 double above)
{
    for (size_t j = before; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < si ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[si].para)
            break;
        if (!c->fi[j].share && !rel_is_rate(c, j) && jf->qual != TALLY_Q_AT_LEAST &&
            jf->qual != TALLY_Q_AT_MOST && jf->value > above && names_count(c, j, w))
            return j;
    }
    return NOPOS;
}

/* The one count before share q in its sentence (from its start) that is
 * no figure of whole W's things, below W, no share, rate or bound: the
 * part a "k in n" share is said of when its words do not name it ("sank
 * 11 submarines ...; barely one in eight attacks ended in a kill").
 * NOPOS when there is none or more than one. */
static size_t lone_count_before(const ctx *c, size_t q, size_t lo, size_t W)
{
    size_t P = NOPOS;
    for (size_t j = lo; j < q; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (c->fi[j].share || rel_is_rate(c, j) || !c->fi[j].unit[0] || j == W ||
            rel_same_unit(&c->fi[j], &c->fi[W]) || jf->qual == TALLY_Q_AT_LEAST ||
            jf->qual == TALLY_Q_AT_MOST || !(jf->value < c->f->v[W].value) ||
            strcmp(c->fi[j].cat, "duration") == 0 || strcmp(c->fi[j].cat, "money") == 0)
            continue;
        if (P != NOPOS)
            return NOPOS;
        P = j;
    }
    return P;
}

/* The noun inside a share "k NOUN in [a] n" ("fewer than one bag in a
 * thousand": "bag") into w; 0 when the share names no noun between its
 * count and "in" ("one in eight", "40 per cent"). */
static int noun_in_share(const ctx *c, size_t q, char *w, size_t cap)
{
    const tally_fact *qf = &c->f->v[q];
    char prev[48] = "", v[48];
    int words = 0;
    for (size_t x = qf->tstart; x < qf->tend;) {
        if (!isalpha((unsigned char)c->t[x])) {
            x++;
            continue;
        }
        size_t e = rel_word_at(c->t, x, qf->tend, v, sizeof v);
        if (e <= x)
            return 0;
        if (strcmp(v, "in") == 0) {
            /* the word before "in" is a noun after a count word */
            static const char *const counts[] = {
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "twenty", "hundred", "thousand", NULL};
            if (words < 2 || strlen(prev) < 3 || strlen(prev) >= cap)
                return 0;
            for (size_t i = 0; counts[i]; i++)
                if (strcmp(prev, counts[i]) == 0)
                    return 0;   /* "two in five": no noun */
            snprintf(w, cap, "%s", prev);
            return 1;
        }
        snprintf(prev, sizeof prev, "%s", v);
        words++;
        x = e;
    }
    return 0;
}

/* The first count after share q in its sentence (up to `send`) whose
 * things word w names: no share, rate or bound.  NOPOS when none. */
static size_t named_count_after(const ctx *c, size_t q, size_t send, const char *w)
{
    for (size_t j = q + 1; j < c->f->n && c->f->v[j].tstart < send; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (!c->fi[j].share && !rel_is_rate(c, j) && jf->qual != TALLY_Q_AT_LEAST &&
            jf->qual != TALLY_Q_AT_MOST && names_count(c, j, w))
            return j;
    }
    return NOPOS;
}

/* Rule 5g': "the returns show 14 bags lost in a week, fewer than one bag in
 * a thousand": a share "k NOUN in n" whose part is the count of NOUN's
 * things in its sentence (after it, else before it), whose whole is the
 * count of those things in its sentence or the one before, else the
 * earlier count of them its words best describe (rel_look_back)
 * -> FRACTION.  0, or -1 when out of memory. */
static int share_noun_inside(ctx *c, size_t q, size_t lo)
{
    char w[48];
    const tally_fact *qf = &c->f->v[q];
    size_t si = qf->sent_index, send = c->seg->sents[si].end;
    if (!noun_in_share(c, q, w, sizeof w))
        return 0;
    size_t P = named_count_after(c, q, send, w);
    if (P == NOPOS) {
        size_t slo = q;
        while (slo > lo && c->f->v[slo - 1].sent_index == si)
            slo--;
        for (size_t j = q; j-- > slo && P == NOPOS;)
            if (!c->fi[j].share && !rel_is_rate(c, j) && c->f->v[j].qual != TALLY_Q_AT_LEAST &&
                c->f->v[j].qual != TALLY_Q_AT_MOST && names_count(c, j, w))
                P = j;
    }
    if (P == NOPOS || c->fi[P].used)
        return 0;
    size_t W = named_count_before(c, P < q ? P : q, si, w, c->f->v[P].value);
    if (W == NOPOS) {   /* the earlier count of those things its words best describe */
        query qy;
        rel_make_query(c, P, qf->tstart, &qy);
        W = rel_look_back(c, P, P < q ? P : q, &qy, c->f->v[P].value);
    }
    if (W == NOPOS || W == P || !(c->f->v[W].value > c->f->v[P].value))
        return 0;
    return add_share_back(c, P, q, W, "k things in n",
                          c->f->v[W].sent_index != si || c->f->v[P].sent_index != si);
}

/* Rule 5g: "reported 212 sightings and pressed home 87 attacks, so that
 * roughly two in five sightings led to an attack": a share "k in n"
 * followed by a plural noun naming the things of a count W before it (its
 * sentence or the one before, same paragraph: the whole); the part is the
 * count before the share whose things a later word of the share's clause
 * names ("an attack"), else the one count of other things before the
 * share in its sentence ("sank 11 submarines ...; barely one in eight
 * attacks ended in a confirmed kill") -> FRACTION.  0, or -1 when out of
 * memory. */
int rel_rule_share_in_noun(ctx *c, size_t q, size_t lo, size_t hi)
{
    static const char *const in_[] = {"in", NULL};
    const tally_fact *qf = &c->f->v[q];
    size_t si = qf->sent_index, send = c->seg->sents[si].end;
    char w0[48];
    (void)hi;
    if (qf->tend < send && noun_in_share(c, q, w0, sizeof w0))
        return share_noun_inside(c, q, lo);   /* "one bag in a thousand" */
    if (qf->tend >= send || !rel_word_before_is(c, rel_word_back(c, qf->tend, qf->tstart),
                                                qf->tstart, in_))
        return 0;   /* "two in five", not "40 per cent" */
    char w[48];
    size_t k = qf->tend;
    while (k < send && c->t[k] == ' ')
        k++;
    size_t e = rel_word_at(c->t, k, send, w, sizeof w);
    if (e == k || strlen(w) < 4 || w[strlen(w) - 1] != 's')
        return 0;   /* "one in eight attacks": a plural noun right after it */
    size_t W = named_count_before(c, q, si, w, 0);
    if (W == NOPOS || c->f->v[W].qual == TALLY_Q_AT_LEAST)
        return 0;
    size_t P = NOPOS;
    for (size_t x = e; x < send && P == NOPOS;) {   /* "led to an attack" */
        char v[48];
        if (c->t[x] == ';' || c->t[x] == ':' || c->t[x] == '(')
            break;
        if (!isalpha((unsigned char)c->t[x])) {
            x++;
            continue;
        }
        size_t ve = rel_word_at(c->t, x, send, v, sizeof v);
        if (strcmp(v, w) != 0 && strlen(v) >= 4)
            P = named_count_before(c, q, si, v, -1);
        x = ve > x ? ve : x + 1;
    }
    if (P != NOPOS && (P == W || !(c->f->v[P].value < c->f->v[W].value)))
        return 0;
    if (P == NOPOS) {
        size_t slo = q;
        while (slo > lo && c->f->v[slo - 1].sent_index == si)
            slo--;
        P = lone_count_before(c, q, slo, W);
    }
    if (P == NOPOS)
        return 0;
    return add_share_back(c, P, q, W, "k in n things",
                          c->f->v[W].sent_index != si || c->f->v[P].sent_index != si);
}

/* Where the verb of share of the clause t[a..b) starts ("made up",
 * "accounted for", "were"), NOPOS when none. */
static size_t share_verb_at(const ctx *c, size_t a, size_t b)
{
    static const char *const verbs[] = {"made up", "accounted for", "formed", "were", "was",
                                        "represented", "constituted", "came to",
                                        "covered", "covers", NULL};
    for (size_t k = a; k < b; k++)
        for (size_t v = 0; verbs[v]; v++)
            if ((k == a || c->t[k - 1] == ' ') && rel_phrase_at(c->t, k, b, verbs[v]))
                return k;
    return NOPOS;
}

/* The stated total of the SUM (found already) of which P is a part,
 * NOPOS when none. */
static size_t sum_of_part(const ctx *c, size_t P)
{
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        if (r->kind != TALLY_REL_SUM)
            continue;
        for (size_t k = 0; k < r->nparts; k++)
            if (r->parts[k].fact == P)
                return r->stated;
    }
    return NOPOS;
}

/* 1 when the subject t[a..v) of a share's clause names nothing of its
 * own: a determiner and a word for what is held ("the stock", "this
 * supply", "what is held"), so the words before a colon say what it is. */
static int generic_subject(const ctx *c, size_t a, size_t v)
{
    static const char *const gen[] = {"stock", "stocks", "supply", "holding", "holdings",
                                      "store", "stores", "reserve", "total", "figure",
                                      "number", "amount", "issue", "output", NULL};
    char w[48], last[48] = "";
    int n = 0;
    for (size_t k = a; k < v;) {
        if (!isalpha((unsigned char)c->t[k])) {
            k++;
            continue;
        }
        size_t e = rel_word_at(c->t, k, v, w, sizeof w);
        if (e <= k)
            break;
        snprintf(last, sizeof last, "%s", w);
        n++;
        k = e;
    }
    if (n < 1 || n > 3)
        return 0;
    for (size_t i = 0; gen[i]; i++)
        if (strcasecmp(last, gen[i]) == 0)
            return 1;
    return 0;
}

/* Rule 5n: "Iron and steel made up two thirds of the whole", "the dead
 * alone made up some 6 per cent of the intake": share q opens its clause
 * with words and a verb of share, no figure.  The part is the figure of
 * the paragraph those words name (rel_named_back: "31,200 tons were iron
 * and steel", "48 were killed"); the whole the figure after "of", else
 * for "the whole" / "the total" the sum the part belongs to, else the
 * figure the whole's words alone name, looked up (the part's clause names
 * the part: "48 were killed" says nothing of the intake).  0, or -1 when
 * out of memory. */
int rel_rule_share_named_part(ctx *c, size_t q, size_t lo, size_t hi, size_t send)
{
    const tally_fact *fq = &c->f->v[q];
    size_t open = rel_sent_open(c, fq->sent_index), a = fq->tstart;
    while (a > open && c->t[a - 1] != ',' && c->t[a - 1] != ';' && c->t[a - 1] != ':')
        a--;
    for (size_t j = lo; j < q; j++)
        if (c->f->v[j].tstart >= a)
            return 0;   /* a figure in the clause: another rule's */
    size_t v = share_verb_at(c, a, fq->tstart);
    if (v == NOPOS || !copular_span(c, a, fq->tstart) || v <= a)
        return 0;
    size_t P = rel_named_back(c, q, a, v);   /* a part of a sum may be it */
    if (P == NOPOS && a > open && c->t[a - 1] == ':' && generic_subject(c, a, v)) {
        size_t b = a - 1, a2 = b;   /* "Fur caps are hardly better: the stock covers
                                       65 per cent": the topic before the colon */
        while (a2 > open && c->t[a2 - 1] != ',' && c->t[a2 - 1] != ';' && c->t[a2 - 1] != ':')
            a2--;
        int fig = 0;
        for (size_t j = lo; j < q; j++)
            fig |= c->f->v[j].tstart >= a2 && c->f->v[j].tstart < b;
        if (!fig)
            P = rel_named_back_topic(c, q, a2, b);
    }
    if (P == NOPOS)
        return 0;
    char whole[48];
    size_t of_end;
    size_t W = share_whole(c, q, lo, hi, send, whole, sizeof whole, &of_end);
    if (of_end == NOPOS)
        return 0;
    if (W == NOPOS && bare_total(whole))
        W = sum_of_part(c, P);
    else if (W == NOPOS && whole[0] && !pronoun_whole(whole)) {
        query qw;
        rel_make_query_in(c, P, fq->sent_index, of_end, &qw);
        qw.w = qw.cue;   /* the whole's own words: P's clause names the part */
        W = rel_look_back(c, P, q, &qw, c->f->v[P].value);
    }
    if (W == NOPOS || W == P || c->fi[W].share)
        return 0;
    c->fi[P].used = 1;
    return add_share_back(c, P, q, W, "share", 1);
}

/* Rule 5e (round 383): "the baths gave 9,000 washes, enough for some 75
 * per cent of the garrison to wash once": a capacity stated as a share of
 * persons.  Share q right after ", enough for", whose whole is named after
 * "of" but not stated; the part P the figure right before the comma (a
 * plain count of q's sentence, at most four words of noun after it,
 * unused); the whole the earlier count of persons the whole's words name
 * (rel_persons_back), larger than the part.  0, or -1 when out of memory. */
int rel_rule_share_enough(ctx *c, size_t q, size_t lo, size_t hi, size_t send)
{
    static const char *const for_word[] = {"for", NULL}, *const enough[] = {"enough", NULL};
    const tally_fact *fq = &c->f->v[q];
    size_t si = fq->sent_index, start = c->seg->sents[si].start, k = fq->tstart;
    if (q <= lo || !rel_word_before_is(c, k, start, for_word))
        return 0;
    k = rel_word_back(c, k, start);
    if (!rel_word_before_is(c, k, start, enough))
        return 0;
    k = rel_word_back(c, k, start);
    while (k > start && c->t[k - 1] == ' ')
        k--;
    size_t P = q - 1;
    const tally_fact *fp = &c->f->v[P];
    int w = k > start ? rel_words_between(c->t, fp->tend, k - 1, ",;:()") : -1;
    if (c->t[k - 1] != ',' || w < 0 || w > 4 || fp->sent_index != si || c->fi[P].share ||
        c->fi[P].used || rel_is_rate(c, P) || fp->qual == TALLY_Q_RANGE)
        return 0;
    char whole[48];
    size_t of_end;
    size_t W = share_whole(c, q, lo, hi, send, whole, sizeof whole, &of_end);
    if (of_end == NOPOS || W != NOPOS || !whole[0] || pronoun_whole(whole) ||
        bare_total(whole))
        return 0;
    query qw;
    rel_make_query_in(c, P, si, of_end, &qw);
    qw.w = qw.cue;   /* the whole's own words: P's clause names the part */
    W = rel_persons_back(c, P, q, &qw, fp->value);
    if (W == NOPOS)
        return 0;
    c->fi[P].used = 1;
    return add_share_back(c, P, q, W, "enough for a share of persons", 1);
}

/* The first figure of sentence si (facts [plo, phi)) a demonstrative
 * opening the next sentence takes up: no share, rate, span of time or
 * plan of a hypothesis, exact or approximate, with a unit, and the only
 * figure of its unit there; NOPOS when the sentence has none. */
static size_t taken_up(const ctx *c, size_t plo, size_t phi)
{
    for (size_t j = plo; j < phi; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (c->fi[j].share || rel_is_rate(c, j) || !c->fi[j].unit[0] ||
            strcmp(c->fi[j].cat, "duration") == 0 || strcmp(c->fi[j].cat, "date") == 0)
            continue;
        if (hypothetical(jf) || c->fi[j].used ||
            !(jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX))
            return NOPOS;
        for (size_t k = j + 1; k < phi; k++)
            if (!c->fi[k].share && rel_same_unit(&c->fi[k], &c->fi[j]))
                return NOPOS;   /* "9,000 ... and 6,000 more": "This" may take up
                                   either, or their sum (round 418) */
        return j;
    }
    return NOPOS;
}

/* 1 when share q is "of the need" / "of the requirement(s)": a whole the
 * document works out, named by no word of its own clause ("the 18 runways
 * together 32,400 tons"). */
static int need_named(const ctx *c, const tally_fact *qf)
{
    static const char *const need[] = {"of the need", "of the needs", "of the requirement",
                                       "of the requirements", "of what was needed",
                                       "of what was required", NULL};
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    size_t k = qf->tend;
    while (k < s->end && c->t[k] == ' ')
        k++;
    for (size_t i = 0; need[i]; i++) {
        size_t e = rel_phrase_at(c->t, k, s->end, need[i]);
        if (e && (e >= s->end || !isalpha((unsigned char)c->t[e + 1])))
            return 1;
    }
    return 0;
}

/* Rule 5t (round 415): "The mills promised 20,000 tons of plate.  This
 * covers more than three fifths of the need": a sentence whose one figure
 * is share q, opened by "This" / "That" / "It" and at most four words
 * (its verb) before q, the share "of" a whole it names; the part is the
 * first figure of the sentence before in its paragraph (taken_up), the
 * whole the earlier figure of the part's unit above it that the named
 * whole's words describe (rel_look_back; at most REL_PLAN_LOOKUPS look-ups
 * a document) -> FRACTION, looked back.  A share "of it" or "of the whole"
 * names nothing to look up, and a rate before is no part. */
int rel_rule_share_this(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const demo[] = {"this ", "that ", "it ", NULL};
    if (hi != lo + 1 || si == 0 || !c->fi[lo].share || c->fi[lo].used ||
        c->nplans >= REL_PLAN_LOOKUPS)
        return 0;
    size_t q = lo, open = rel_sent_open(c, si), e = 0;
    const tally_fact *qf = &c->f->v[q];
    for (size_t k = 0; demo[k] && !e; k++)
        e = rel_phrase_at(c->t, open, qf->tstart, demo[k]);
    if (!e || c->seg->sents[si - 1].para != c->seg->sents[si].para)
        return 0;
    int w = rel_words_between(c->t, e, qf->tstart, ",;:()");
    if (w < 1 || w > 4 || !share_of_named(c, q))
        return 0;
    size_t plo, phi;
    rel_sent_range(c, si - 1, &plo, &phi);
    size_t P = taken_up(c, plo, phi);
    if (P == NOPOS)
        return 0;
    c->nplans++;
    query qw;
    rel_make_query_in(c, P, si, qf->tend, &qw);
    size_t W = rel_look_back(c, P, P, &qw, c->f->v[P].value);
    if (W == NOPOS && need_named(c, qf))
        W = rel_total_back(c, P, P, c->f->v[P].value);   /* "of the need": the whole
                                                            the document works out */
    if (W == NOPOS || c->fi[W].share || rel_is_rate(c, W) || !rel_same_unit(&c->fi[W], &c->fi[P]) ||
        hypothetical(&c->f->v[W]))
        return 0;
    c->fi[P].used = 1;
    return add_share_back(c, P, q, W, "share of the figure before", 1);
}
