/*
 * relate_rate.c - products (rules 7 and 10 of relate.c): a figure said of
 * one thing times every count of those things against a stated product
 * ("an airfield needed 24,000 person-days ... four airfields 96,000"),
 * several rates times their counts adding up to one total ("400 for each
 * mortar and 250 for each cannon ... came to 15,000"), averages ("900 tons
 * in 300 sorties, an average of 3 tons per sortie"), "N X of M Y each",
 * rates per period ("40 a month, or 480 a year"; "50 a month for two
 * years"; a daily rate over a month), and interest or an issue price ("$20
 * million at 5 per cent").  Also what makes a figure a rate (rel_rate_of),
 * which the other rules ask.  Makes PRODUCT relations (and the SUM of
 * rates times counts).  No product when the bill is for more than the
 * things priced ("for small arms and ammunition", "the rifles and the
 * ammunition cost") or the price is of another written year than the
 * bill (rel_broader_bill, rel_rate_apart; round 404).
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "relate_int.h"
#include "tally/isodate.h"
#include "tally/number.h"

static int is_formation(const ctx *c, size_t j);
static int each_subject(const ctx *c, size_t R);
static int chain_link(const ctx *c, size_t a, size_t b);
static int stated_any(const ctx *c, size_t j);
static int stated_as_total(const ctx *c, size_t j);
static int short_by(const ctx *c, size_t j);
static int share_part(const ctx *c, size_t j);
static int period_kept(const ctx *c, const tally_relation *r, size_t P);
static int period_or_frequency(ctx *c, tally_relation *r, size_t R, size_t P);
static size_t frequency_of(const ctx *c, size_t R, size_t P);
static int period_of(const char *w);
static int possessive_period(char *w);
static int flow_or_rest(const ctx *c, size_t R, size_t P);
static int month_or_season(const char *w);
static int period_after(const ctx *c, size_t k, int pp);
static int noun_said_of_one(const ctx *c, size_t a, size_t b, const char *noun);
static int days_of_month_total(const ctx *c, size_t X, size_t Z);
static size_t span_before(const ctx *c, size_t X, size_t Z);
static int unit_period(const ctx *c, size_t j);
static double lasting_factor(int p, int zp);
static int months_named(const ctx *c, size_t Z);
static int apposed_average(const ctx *c, size_t Z, int months);
static int months_dated(const ctx *c, size_t X, size_t Z);
static size_t each_in_total(const ctx *c, size_t R);
static int year_word(const char *w);
static int year_in_sentence(const ctx *c, size_t Z, long y);
static int new_clause(const ctx *c, size_t a, size_t b);
static int each_other_than(const ctx *c, size_t a, size_t b, size_t C);

/* 1 when "a/an/each/every/per/one <word>" occurs in t[a..b) where the
 * word (one of the three after the article) starts with unit or reads as
 * unit in the lexicon ("one airstrip" for the unit airfield), or is
 * "head" or any noun of persons and unit counts persons ("a head", "a
 * prisoner" for men), or "head" and unit counts animals (the "livestock"
 * family of the kin lexicon table: "45 piastres a head" of camels). */
static int said_of_one(const ctx *c, size_t a, size_t b, const char *unit)
{
    static const char *const one[] = {"a", "an", "each", "every", "per", "one", NULL};
    const char *t = c->t;
    size_t ul = strlen(unit);
    if (ul == 0)
        return 0;
    for (size_t i = a; i < b; i++) {
        for (size_t q = 0; one[q]; q++) {
            size_t e = rel_phrase_at(t, i, b, one[q]);
            if (!e)
                continue;
            for (int nw = 0; nw < 3 && e < b; nw++) {
                while (e < b && t[e] == ' ')
                    e++;
                char w[48], u[48], cat[16];
                size_t we = rel_word_at(t, e, b, w, sizeof w);
                if (we == e)
                    break;
                if ((ul >= 3 && strncasecmp(w, unit, ul) == 0) ||
                    (rel_lookup_word(c->lex, w, u, cat) && strcmp(u, unit) == 0))
                    return 1;   /* a unit of two letters only through the lexicon:
                                   "a kilometre" for km */
                char u2[48], cat2[16];
                if ((strcmp(w, "head") == 0 ||
                     (rel_lookup_word(c->lex, w, u2, cat2) && strcmp(cat2, "personnel") == 0)) &&
                    rel_lookup_word(c->lex, unit, u, cat) && strcmp(cat, "personnel") == 0)
                    return 1;   /* "about £114 a head" of 18,500 officers and men; "a
                                   prisoner" of 47,600 men */
                const char *kin = tally_lexicon_get(c->lex, "kin", unit, "kin");
                if (strcmp(w, "head") == 0 && kin && strcmp(kin, "livestock") == 0)
                    return 1;   /* "45 piastres a head" of 1,500 camels (kin.csv: livestock) */
                e = we;
            }
        }
    }
    return 0;
}

/* The window in which a rate R is said of one thing: up to 100 bytes
 * before R in its sentence (not before the figure before it), and after
 * it up to the next figure (or the sentence's end). */
static void rate_window(const ctx *c, size_t R, size_t *a, size_t *b)
{
    const tally_fact *rf = &c->f->v[R];
    const tally_sentence *rs = &c->seg->sents[rf->sent_index];
    *a = rf->tstart > rs->start + 100 ? rf->tstart - 100 : rs->start;
    if (R > 0 && c->f->v[R - 1].sent_index == rf->sent_index && c->f->v[R - 1].tend > *a) {
        *a = c->f->v[R - 1].tend;   /* "14 gulden a ton and timber at 25 gulden a cubic
                                       metre": the 25 is not said of a ton */
        for (size_t k = *a; k < rf->tstart; k++)
            if (c->t[k] == ',' || c->t[k] == ';' || rel_phrase_at(c->t, k, rf->tstart, " and "))
                *a = k + 1;
    }
    *b = rs->end;
    if (R + 1 < c->f->n && c->f->v[R + 1].sent_index == rf->sent_index)
        *b = c->f->v[R + 1].tstart;
}

/* 1 when R's own sentence states a count of a thing R is said of one of:
 * then R is bound to that sentence ("flew 400 sorties and carried 900
 * tons, an average of 2.25 tons per sortie") and combines with no later
 * count. */
static int rate_bound(const ctx *c, size_t R, size_t a, size_t b)
{
    size_t lo, hi;
    rel_sent_range(c, c->f->v[R].sent_index, &lo, &hi);
    for (size_t j = lo; j < hi; j++)
        if (j != R && c->fi[j].unit[0] && !c->fi[j].share && !rel_same_unit(&c->fi[j], &c->fi[R]) &&
            said_of_one(c, a, b, c->fi[j].unit))
            return 1;
    return 0;
}

/* The end of the words that belong to figure R: the next figure of its
 * sentence, else the sentence's end. */
static size_t own_words_end(const ctx *c, size_t R)
{
    const tally_fact *rf = &c->f->v[R];
    if (R + 1 < c->f->n && c->f->v[R + 1].sent_index == rf->sent_index)
        return c->f->v[R + 1].tstart;
    return c->seg->sents[rf->sent_index].end;
}

/* Up to max words right before offset k, back to start, nearest first
 * (as rel_word_at reads them), stopping at a mark; how many were read. */
static int words_before(const ctx *c, size_t k, size_t start, char w[][24], int max)
{
    int n = 0;
    for (; n < max && k > start; n++) {
        while (k > start && c->t[k - 1] == ' ')
            k--;
        size_t e = k;
        k = rel_word_back(c, k, start);
        if (k == e)
            break;   /* punctuation: the words end here */
        rel_word_at(c->t, k, e, w[n], sizeof w[n]);
    }
    return n;
}

/* Up to max words right after a word of one[] ("a", "each", ...) standing
 * at t+i, before b; how many were read (0 when none of one[] is at i). */
static int words_after(const ctx *c, size_t i, size_t b, const char *const *one, char w[][24],
                       int max)
{
    size_t e = 0;
    for (size_t q = 0; one[q] && !e; q++)
        e = rel_phrase_at(c->t, i, b, one[q]);
    int n = 0;
    while (e && n < max && e < b) {
        while (e < b && c->t[e] == ' ')
            e++;
        size_t we = rel_word_at(c->t, e, b, w[n], sizeof w[n]);
        if (we == e)
            break;
        e = we;
        n++;
    }
    return n;
}

/* 1 when figure R is a price or a size said of one thing named right
 * before it: "an escort at 42 million", "each gun for $4,000", "a
 * minesweeper cost 11 million", "a new escort at", "A monitor was costed at"
 * - the article, the noun (one modifier allowed), then "at", "for",
 * "cost", "costs" or "costing" (or "was costed / priced / valued at"),
 * right before R; not "a force planned at 4,800". */
int rel_priced_one(const ctx *c, size_t R)
{
    static const char *const one[] = {"a", "an", "each", "every", "per", "one", NULL};
    static const char *const at[] = {"at", "for", "cost", "costs", "costing", NULL};
    const tally_fact *rf = &c->f->v[R];
    size_t start = R > 0 && c->f->v[R - 1].sent_index == rf->sent_index
                       ? c->f->v[R - 1].tend
                       : c->seg->sents[rf->sent_index].start;
    static const char *const priced[] = {"costed", "priced", "valued", NULL};
    char w[5][24];   /* the words before R, nearest first */
    int n = words_before(c, rf->tstart, start, w, 5);
    int is_at = 0, is_one = 0;
    for (size_t q = 0; n >= 3 && at[q]; q++)
        is_at |= strcmp(w[0], at[q]) == 0;
    size_t l1 = n >= 2 ? strlen(w[1]) : 0;
    int pricing = 0;   /* "A monitor was costed at 2.4 million" */
    for (size_t q = 0; n >= 2 && priced[q]; q++)
        pricing |= strcmp(w[1], priced[q]) == 0;
    if (!is_at || (!pricing && l1 > 2 && strcmp(w[1] + l1 - 2, "ed") == 0))
        return 0;   /* "a force planned at 4,800": no price */
    for (size_t q = 0; one[q]; q++)
        is_one |= strcmp(w[2], one[q]) == 0 || (n >= 4 && strcmp(w[3], one[q]) == 0) ||
                  (pricing && n >= 5 && strcasecmp(w[4], one[q]) == 0);
    return is_one;
}

/* The index of the one term of a sum of products that alone gives P
 * (within half a per cent) when the whole sum does not: the text states
 * the product of one rate only; n when there is no such single term. */
static size_t one_term_alone(const ctx *c, size_t P, const size_t *rates, const size_t *counts,
                             size_t n)
{
    double p = c->f->v[P].value, sum = 0, tol = 0.005 * fabs(p);
    size_t hit = n, nhits = 0;
    for (size_t k = 0; k < n; k++) {
        double term = c->f->v[rates[k]].value * c->f->v[counts[k]].value;
        sum += term;
        if (fabs(term - p) <= tol) {
            hit = k;
            nhits++;
        }
    }
    return nhits == 1 && fabs(sum - p) > tol ? hit : n;
}

/* Where the words said of the figure at b begin when the figure before
 * ends at a: after the last ';' between them, else at a ("64 to a group;
 * the fourth had 48 Wellingtons": "a group" is said of the 64 only). */
static size_t clause_start(const ctx *c, size_t a, size_t b)
{
    for (size_t k = b; k > a; k--)
        if (c->t[k - 1] == ';')
            return k;
    return a;
}

/* 1 when word w (lower case) is a word of noun before its head. */
static int modifier_of(const char *noun, const char *head, const char *w)
{
    size_t ml = strlen(w);
    for (const char *p = noun; *p && p < head;) {
        size_t len = strcspn(p, " ");
        if (len == ml && strncasecmp(p, w, ml) == 0 && p + len < head)
            return 1;
        p += len;
        while (*p == ' ')
            p++;
    }
    return 0;
}

/* 1 when t[a..b) says one of the things figure j counts with a modifier
 * of j's own noun: "each field howitzer" for "144 field howitzers", not
 * for "72 medium howitzers" (every word between the article and the head
 * is a word of j's noun, the head a prefix of j's).  At least one such
 * modifier is needed: a bare "each howitzer" names no one count. */
static int modified_said_of_one(const ctx *c, size_t a, size_t b, size_t j)
{
    static const char *const one[] = {"each", "every", "a", "an", NULL};
    const char *noun = c->f->v[j].noun;
    char ones[56];
    size_t e1 = c->f->v[j].tend, send = c->seg->sents[c->f->v[j].sent_index].end;
    char w1[24], w2[24];
    while (e1 < send && c->t[e1] == ' ')
        e1++;
    size_t e2 = rel_word_at(c->t, e1, send, w1, sizeof w1);
    while (e2 < send && c->t[e2] == ' ')
        e2++;
    if (e2 > e1 && rel_word_at(c->t, e2, send, w2, sizeof w2) > e2 && strcmp(w2, "ones") == 0) {
        snprintf(ones, sizeof ones, "%s ones", w1);   /* "three mounted ones" */
        noun = ones;
    }
    if (!noun || !strchr(noun, ' ') || strstr(noun, " of "))
        return 0;
    const char *head = strrchr(noun, ' ') + 1;
    int anaphor = strcasecmp(head, "ones") == 0;   /* "two motorised ones" */
    for (size_t i = a; i < b; i++) {
        char w[3][24];
        int n = words_after(c, i, b, one, w, 3);
        for (int h = 1; h < n; h++) {   /* w[h] the head, w[0..h) its modifiers */
            size_t hl = strlen(w[h]);
            int ies = hl > 3 && w[h][hl - 1] == 'y' && strncasecmp(head, w[h], hl - 1) == 0 &&
                      (head[hl - 1] == 'i' || head[hl - 1] == 'I');   /* "lorry", "lorries" */
            if (hl < 3 || (!anaphor && !ies && strncasecmp(head, w[h], hl) != 0))
                continue;
            int all = 1;
            for (int m = 0; m < h && all; m++)
                all = modifier_of(noun, head, w[m]);
            if (all)
                return 1;
        }
    }
    return 0;
}

/* 1 when t[a..b) says one of the things named as the subject of count j:
 * "a Lancaster" and "The Lancasters flew 11,200 of them" (the word after
 * the article, of four letters or more, is one of the three words before
 * j after "the", or that word with "s" / "es"; no mark between them and
 * j). */
static int subject_said_of_one(const ctx *c, size_t a, size_t b, size_t j)
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    char subj[3][24];
    int ns = words_before(c, c->f->v[j].tstart, c->seg->sents[c->f->v[j].sent_index].start,
                          subj, 3);
    for (size_t i = a; i < b; i++) {
        char w[1][24];
        if (!words_after(c, i, b, one, w, 1))
            continue;
        size_t wl = strlen(w[0]);
        if (wl < 4)
            continue;
        for (int m = 0; m + 1 < ns; m++)   /* "the Lancasters", not "30 C-47s and" */
            if (strcmp(subj[m + 1], "the") == 0 && strncmp(subj[m], w[0], wl) == 0 &&
                (subj[m][wl] == '\0' || strcmp(subj[m] + wl, "s") == 0 ||
                 strcmp(subj[m] + wl, "es") == 0))
                return 1;
    }
    return 0;
}

/* 1 when "each" or "every" stands within the five words right before
 * figure R, no mark between ("each light gun will fire 150 rounds"). */
static int each_just_before(const ctx *c, size_t R, size_t start)
{
    char w[5][24];
    int n = words_before(c, c->f->v[R].tstart, start, w, 5);
    for (int m = 0; m < n; m++)
        if (strcmp(w[m], "each") == 0 || strcmp(w[m], "every") == 0)
            return 1;
    return 0;
}

/* 1 when figure j is said as the gap between two others of its unit
 * right before it: "a C-46 about 95, or 35 tons more" (no term of its own). */
static int compared_after(const ctx *c, size_t j)
{
    static const char *const cmp[] = {"more", "less", "fewer", NULL};
    size_t b = own_words_end(c, j);
    return j > 0 && c->f->v[j - 1].sent_index == c->f->v[j].sent_index &&
           rel_word_within(c, c->f->v[j].tend, b, 2, cmp);
}

/* How a rate said of one thing (in the words [wa, wb)) finds the count of
 * those things, tried in this order: by the count's noun, by the noun with
 * its modifier ("each field howitzer": "144 field howitzers"), by unit (or,
 * for a price, in the words before the rate), by the subject before the
 * count ("a Lancaster": "The Lancasters flew 11,200"). */
enum { SAID_NOUN, SAID_MODIFIED, SAID_UNIT, SAID_SUBJECT };

/* The first figure in [first, P) that may be the count rate R (of P's
 * unit, info pi) is for, by test `how`, among those not yet taken as
 * counts[0..n); pa is where a price's words begin (NOPOS: R is no price).
 * NOPOS when none. */
static size_t count_said(const ctx *c, size_t first, size_t P, size_t R, const size_t *counts,
                         size_t n, int how, size_t wa, size_t wb, size_t pa)
{
    const finfo *pi = &c->fi[P];
    for (size_t j = first; j < P; j++) {
        const finfo *ji = &c->fi[j];
        int taken = 0;
        for (size_t k = 0; k < n; k++)
            taken |= counts[k] == j || (how == SAID_UNIT && rel_same_unit(&c->fi[counts[k]], ji));
        if (taken || j == R || !ji->unit[0] || ji->share || rel_comparable(ji, pi) ||
            !(c->f->v[j].value > 1) || rel_is_rate(c, j) || (how == SAID_UNIT && ji->used) ||
            each_subject(c, j))
            continue;   /* "Each monitor mounted two heavy guns": said of one, no count */
        int said = how == SAID_NOUN       ? noun_said_of_one(c, wa, wb, c->f->v[j].noun)
                   : how == SAID_MODIFIED ? modified_said_of_one(c, wa, wb, j)
                   : how == SAID_UNIT
                       ? said_of_one(c, wa, wb, ji->unit) ||
                             (pa != NOPOS && said_of_one(c, pa, c->f->v[R].tstart, ji->unit))
                       : subject_said_of_one(c, wa, wb, j);
        if (said)
            return j;
    }
    return NOPOS;
}

/* 1 when figure P is itself said of one of the things one of the n
 * counts counts ("four guns to a battery" after "five batteries", "each
 * squadron had eight tanks" after "six squadrons"): then P is a rate like
 * the ones it would be made of, never their product or sum.  The words
 * before P count only when no figure of its sentence stands before it. */
static int said_of_counted(const ctx *c, size_t P, const size_t *counts, size_t n)
{
    size_t a, b;
    rate_window(c, P, &a, &b);
    if (P > 0 && c->f->v[P - 1].sent_index == c->f->v[P].sent_index)
        a = c->f->v[P].tstart;   /* "at 11,500 men a division would absorb 69,000
                                    men": the words before P are the rate's own */
    for (size_t k = c->f->v[P].tend; k < b; k++)
        if (c->t[k] == ';') {
            b = k;   /* "... would cost 549,500 marks; a new gun cost 64,000": the
                        next clause's */
            break;
        }
    for (size_t k = 0; k < n; k++)
        if (said_of_one(c, a, b, c->fi[counts[k]].unit))
            return 1;
    return 0;
}

/* Where the words said after rate R (up to b) end: at a comma opening a
 * clause of consequence (", so each site represented ...", ", which
 * ...", ", making ..."): the thing named there is said of the figure
 * that follows, not of R ("a winch lorry another 11,200, so each site
 * represented 15,000": the 11,200 is no rate of a site). */
static size_t consequence_cut(const ctx *c, size_t a, size_t b)
{
    static const char *const so[] = {"so", "thus", "hence", "which", "making", "giving",
                                     "bringing", NULL};
    for (size_t k = a; k < b; k++)
        if (c->t[k] == ',' && rel_word_within(c, k + 1, b, 1, so))
            return k;
    return b;
}

/* Rule 7a: "400 shells for each mortar and 250 for each cannon, which for
 * the 30 mortars and 12 cannons came to 15,000 shells": two or more rates
 * of P's unit, each said of one thing of its own in the words between it
 * and the next figure, and a count of each of those things, all before P
 * in its sentence or the one before (same paragraph) -> SUM of the counts,
 * each times its rate (products set).  A price said of one thing named
 * before it ("an escort at 42 million, a minesweeper at 11 million ... a
 * total of 1.47bn") takes the count of that thing stated last in the
 * document when its paragraph has none (looked_back set).  The thing a
 * rate is said of is matched to a count by the count's noun, then by the
 * noun with its modifier ("each field howitzer": "144 field howitzers", also
 * looked back), then by unit, then by the subject before the count ("a
 * Lancaster": "The Lancasters flew 11,200"). */
/* 1 when a clause after total P, right after a comma, says what P is
 * made of ("30,000 tons a day, most of it grain", "..., much of them
 * reservists"): P then takes in more than the terms listed before it. */
static int widened_after(const ctx *c, size_t P)
{
    static const char *const of_it[] = {"of it", "of them", NULL};
    size_t k = c->f->v[P].tend, end = own_words_end(c, P);
    for (int nw = 0; nw < 4 && k < end; nw++) {   /* P's own words, up to the comma */
        while (k < end && c->t[k] == ' ')
            k++;
        if (k < end && c->t[k] == ',')
            break;
        char w[48];
        size_t e = rel_word_at(c->t, k, end, w, sizeof w);
        if (e == k)
            return 0;
        k = e;
    }
    if (k >= end || c->t[k] != ',')
        return 0;
    size_t e = k + 1;
    for (int nw = 0; nw < 4 && e < end; nw++) {
        while (e < end && c->t[e] == ' ')
            e++;
        char w[48];
        size_t n = rel_word_at(c->t, e, end, w, sizeof w);
        if (n == e)
            break;
        e = n;
    }
    return rel_words_between(c->t, k + 1, e, ",;:()") >= 0 && rel_phrase_in(c->t, k + 1, e, of_it);
}

/* Round 423: widened_after for the other rule files (a quotient "some
 * 40,000 tons of ammunition, much of it from other plants" takes in more
 * than the one source divided). */
int rel_widened_after(const ctx *c, size_t P)
{
    return widened_after(c, P);
}

/* The figures right after count W in its sentence, of its unit, that add
 * up to it exactly ("five patrol squadrons, three of flying boats and two
 * of land planes"): their number, into parts[] (at most max); 0 when none
 * do. */
static size_t breakdown_after(const ctx *c, size_t W, size_t *parts, size_t max)
{
    size_t np = 0;
    double sum = 0, w = c->f->v[W].value;
    const tally_fact *wf = &c->f->v[W];
    if (W + 1 >= c->f->n || rel_words_between(c->t, wf->tend, c->f->v[W + 1].tstart, ";:.") < 0 ||
        !memchr(c->t + wf->tend, ',', c->f->v[W + 1].tstart - wf->tend))
        return 0;   /* the parts follow W after a comma */
    for (size_t j = W + 1; j < c->f->n && np < max && sum < w; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index != wf->sent_index || !rel_same_unit(&c->fi[j], &c->fi[W]) ||
            c->fi[j].share || jf->qual != TALLY_Q_EXACT)
            return 0;   /* consecutive figures of W's unit only */
        parts[np++] = j;
        sum += jf->value;
    }
    if (np < 2 || sum != w ||
        !rel_phrase_in(c->t, c->f->v[parts[np - 2]].tend, c->f->v[parts[np - 1]].tstart,
                       (const char *const[]){"and", NULL}))
        return 0;   /* "..., three of flying boats and two of land planes" */
    return np;
}

/* Rates times counts whose counts hold a whole W broken down right after it
 * ("five squadrons, three of flying boats and two of land planes. The
 * flying-boat squadrons ... nine boats to a squadron, and the land-plane
 * squadrons ... twelve aircraft each"): the rates are of the parts, in
 * their order, so when there are as many rates as parts the parts replace
 * the counts (3 x 9 + 2 x 12, not 5 x 9 + 3 x 12).  0, or -1 when a whole
 * and its parts cannot be told apart (no check). */
static int whole_for_parts(const ctx *c, size_t *counts, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t parts[TALLY_REL_MAXPARTS];
        size_t np = breakdown_after(c, counts[k], parts, TALLY_REL_MAXPARTS);
        if (!np)
            continue;
        int mixed = 0;
        for (size_t m = 0; m < n; m++)
            for (size_t q = 0; q < np; q++)
                mixed |= counts[m] == parts[q];
        if (!mixed)
            continue;   /* the whole alone: one count among others */
        if (np != n)
            return -1;
        for (size_t m = 0; m < n; m++)
            counts[m] = parts[m];
        return 0;
    }
    return 0;
}

/* Counts of rates times counts where one count is the total of a sum of
 * two found already and another is one of its parts ("41,500 such
 * children and about 6,000 sick ..., 47,500 persons in all.  Each child
 * was to have 0.5 litre a day and each sick person 0.75 litre"): the
 * total counts both kinds, so the rate of the second is of the other part
 * (the 6,000), not of the whole. */
static void other_part_for_total(const ctx *c, size_t *counts, size_t n)
{
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < c->out->n; i++) {
            const tally_relation *r = &c->out->v[i];
            if (r->kind != TALLY_REL_SUM || r->products || r->stated != counts[k] ||
                r->nparts != 2)
                continue;
            for (size_t m = 0; m < n; m++)
                for (int q = 0; q < 2; q++)
                    if (m != k && r->parts[q].fact == counts[m] &&
                        r->parts[1 - q].fact != TALLY_NO_FACT)
                        counts[k] = r->parts[1 - q].fact;
        }
}

/* 1 when figure j is a level of a CHANGE found already ("4.20 lire a shift
 * in 1915 and 6.30 in 1917, an increase of 50 per cent"): one thing at two
 * times, no term of a sum of products. */
static int change_level(const ctx *c, size_t j)
{
    return rel_with_part(c, 0, TALLY_REL_CHANGE, j) != NOPOS;
}

int rel_rule_product_terms(ctx *c, size_t P)
{
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share || pi->used || change_level(c, P))
        return 0;   /* "costs us 1,850 lire today against 1,100 before the war" */
    if (P + 1 < c->f->n && c->f->v[P + 1].sent_index == pf->sent_index &&
        !c->fi[P + 1].share && rel_same_unit(&c->fi[P + 1], pi) &&
        (c->f->v[P + 1].qual == TALLY_Q_EXACT || c->f->v[P + 1].qual == TALLY_Q_APPROX) &&
        rel_joined_to(c->t, pf->tend, c->f->v[P + 1].tstart) &&
        rel_words_between(c->t, pf->tend, c->f->v[P + 1].tstart, ",;:()") >= 0 &&
        rel_words_between(c->t, pf->tend, c->f->v[P + 1].tstart, "") <= 4)
        return 0;   /* "57,600 field rounds and 4,320 heavy rounds": one total of each
                       rate, no total of them all */
    size_t first = P;
    while (first > 0) {
        const tally_fact *jf = &c->f->v[first - 1];
        if (jf->sent_index + 1 < pf->sent_index ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[pf->sent_index].para)
            break;
        first--;
    }
    size_t rates[TALLY_REL_MAXPARTS], counts[TALLY_REL_MAXPARTS], n = 0;
    int back = 0;
    for (size_t R = first; R < P && n < TALLY_REL_MAXPARTS; R++) {
        const finfo *ri = &c->fi[R];
        if (!rel_comparable(ri, pi) || ri->share || ri->used || !(c->f->v[R].value < pf->value) ||
            change_level(c, R))
            continue;
        size_t a = c->f->v[R].tend, b = consequence_cut(c, a, own_words_end(c, R)), C = NOPOS;
        size_t pa = R > 0 && c->f->v[R - 1].sent_index == c->f->v[R].sent_index
                        ? c->f->v[R - 1].tend
                        : c->seg->sents[c->f->v[R].sent_index].start;
        int priced = rel_priced_one(c, R);   /* "an escort at 42 million" */
        size_t pc = clause_start(c, pa, c->f->v[R].tstart);
        /* the thing R is said of: first in the words before R, back to the
         * figure before ("A monitor needed 62 men, a gunboat 28": not the
         * gunboat after it), then in R's own words after it ("400 shells for
         * each mortar"); by its own noun first, then by its unit.  A count
         * may serve several such lists (crews, costs) */
        size_t wins[2][2] = {{pc, c->f->v[R].tstart}, {a, b}};
        for (int w = 0; w < 2 && C == NOPOS; w++) {
            size_t wa = wins[w][0], wb = wins[w][1];
            for (int how = SAID_NOUN; how <= SAID_SUBJECT && C == NOPOS; how++)
                C = count_said(c, first, P, R, counts, n, how, wa, wb, priced ? pa : NOPOS);
        }
        static const char *const one_of[] = {"a", "an", "each", "every", NULL};
        int said_of = priced || (C == NOPOS && ((rel_words_between(c->t, pa, c->f->v[R].tstart,
                                                                   "") <= 8 &&
                                                 rel_phrase_in(c->t, pa, c->f->v[R].tstart,
                                                               one_of)) ||
                                                each_just_before(c, R, pa)));
        int may_look = said_of && c->ncounts < REL_PLAN_LOOKUPS;
        for (size_t j = first; may_look && C == NOPOS && j-- > 0;) {
            /* "each field howitzer 100": the count named with that modifier
             * ("144 field howitzers", not "72 medium howitzers") */
            const finfo *ji = &c->fi[j];
            int taken = 0;
            for (size_t k = 0; k < n; k++)
                taken |= counts[k] == j;
            if (!taken && ji->unit[0] && !ji->share && !rel_comparable(ji, pi) &&
                c->f->v[j].value > 1 && !rel_is_rate(c, j) &&
                (c->f->v[j].qual == TALLY_Q_EXACT || c->f->v[j].qual == TALLY_Q_APPROX) &&
                modified_said_of_one(c, pa, c->f->v[R].tstart, j)) {
                C = j;
                back = 1;
            }
        }
        if (may_look)
            c->ncounts++;   /* bounded, so that a run-on price list stays linear */
        for (size_t j = first; may_look && C == NOPOS && j-- > 0;) {
            /* "an escort at 42 million": the count of escorts the document
             * stated last, however far back */
            const finfo *ji = &c->fi[j];
            int taken = 0;
            for (size_t k = 0; k < n; k++)
                taken |= counts[k] == j || rel_same_unit(&c->fi[counts[k]], ji);
            if (!taken && ji->unit[0] && !ji->share && !rel_comparable(ji, pi) &&
                c->f->v[j].value > 1 && !rel_is_rate(c, j) &&
                (c->f->v[j].qual == TALLY_Q_EXACT || c->f->v[j].qual == TALLY_Q_APPROX) &&
                said_of_one(c, pa, c->f->v[R].tstart, ji->unit)) {
                C = j;
                back = 1;
            }
        }
        if (C == NOPOS)
            continue;   /* not a rate said of one of a count */
        rates[n] = R;
        counts[n++] = C;
    }
    if (n < 2 || widened_after(c, P))
        return 0;   /* "In all the port handled 30,000 tons a day, most of it grain" */
    if (whole_for_parts(c, counts, n) < 0)
        return 0;
    other_part_for_total(c, counts, n);
    size_t first_op = P;
    for (size_t k = 0; k < n; k++) {   /* counts looked back over paragraphs aside */
        first_op = rates[k] < first_op ? rates[k] : first_op;
        if (c->seg->sents[c->f->v[counts[k]].sent_index].para == c->seg->sents[pf->sent_index].para)
            first_op = counts[k] < first_op ? counts[k] : first_op;
    }
    for (size_t j = first_op + 1; j < P; j++) {
        int op = 0;
        for (size_t k = 0; k < n; k++)
            op |= rates[k] == j || counts[k] == j;
        if (!op && rel_same_unit(&c->fi[j], pi) && !c->fi[j].share && !compared_after(c, j))
            return 0;   /* "coal ... was worth 21 million and the timber another 10
                           million": products each, not one total */
    }
    if (said_of_counted(c, P, counts, n))
        return 0;   /* "... six squadrons, five tanks to a squadron. Each squadron of the
                       reserve had eight tanks": the eight is one more rate */
    size_t only = one_term_alone(c, P, rates, counts, n);
    if (only < n) {   /* "a C-47 carried 18 paratroopers, a glider 24 men ... 130
                         transports would land 2,340 men by parachute": 18 x 130 */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, P, "rates times counts");
        rel_part(c, &r, rates[only]);
        rel_part(c, &r, counts[only]);
        c->fi[rates[only]].used = c->fi[P].used = 1;
        return rel_add(c, &r);
    }
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, P, "rates times counts");
    r.products = 1;
    r.looked_back = back;
    for (size_t k = 0; k < n; k++) {
        rel_part(c, &r, counts[k]);
        r.parts[r.nparts - 1].rate = rates[k] + 1;
        c->fi[rates[k]].used = 1;
    }
    c->fi[P].used = 1;
    return rel_add(c, &r);
}

/* 1 when the word w occurs in t[a..b) on word boundaries. */
static int word_in(const ctx *c, size_t a, size_t b, const char *w)
{
    const char *ws[] = {w, NULL};
    return rel_phrase_in(c->t, a, b, ws);
}

/* 1 when an "and" in t[a..b) joins anything but two nouns of persons
 * ("officers and men", "soldiers and labourers" are one noun, not two
 * clauses). */
static int clause_and(const ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        size_t e = rel_phrase_at(c->t, i, b, "and");
        if (!e)
            continue;
        char w1[48], w2[48], u[48], cat[16];
        size_t p = i;
        while (p > a && c->t[p - 1] == ' ')
            p--;
        size_t ps = p;
        while (ps > a && rel_wch((unsigned char)c->t[ps - 1]))
            ps--;
        while (e < b && c->t[e] == ' ')
            e++;
        if (ps == p || rel_word_at(c->t, ps, p, w1, sizeof w1) == ps ||
            rel_word_at(c->t, e, b, w2, sizeof w2) == e ||
            !rel_lookup_word(c->lex, w1, u, cat) || strcmp(cat, "personnel") != 0 ||
            !rel_lookup_word(c->lex, w2, u, cat) || strcmp(cat, "personnel") != 0)
            return 1;
    }
    return 0;
}

/* 1 when "each" or "apiece" follows figure R's noun ("12,000 men each"):
 * R is said of one of the things counted before it in its sentence. */
static int each_after(const ctx *c, size_t R)
{
    static const char *const each[] = {"each", "apiece", NULL};
    return rel_word_within(c, c->f->v[R].tend, own_words_end(c, R), 3, each);
}

/* 1 when rate R's clause opens with "each" as its subject, no figure
 * between: "; each of these takes about 600 tons", "Each took 40 tons"
 * (at most four words back, within R's sentence, no , ; : between). */
static int each_subject(const ctx *c, size_t R)
{
    const tally_fact *rf = &c->f->v[R];
    size_t start = c->seg->sents[rf->sent_index].start;
    if (R > 0 && c->f->v[R - 1].sent_index == rf->sent_index)
        start = c->f->v[R - 1].tend > start ? c->f->v[R - 1].tend : start;
    size_t i = rf->tstart;
    for (int nw = 0; nw < 5 && i > start; nw++) {
        while (i > start && c->t[i - 1] == ' ')
            i--;
        if (i > start && strchr(",;:()", c->t[i - 1]))
            return 0;
        size_t e = i;
        while (i > start && rel_wch((unsigned char)c->t[i - 1]))
            i--;
        if (e == i)
            return 0;
        if (e - i == 4 && strncasecmp(c->t + i, "each", 4) == 0)
            return !rel_phrase_at(c->t, e + 1, rf->tstart, "other");
    }
    return 0;
}

/* 1 when R's "each" stands after a comma that follows a count of another
 * unit in R's sentence ("Four lines now work, each filling 60 bombs a day
 * on two shifts"): R is said of one of that count, not of a count after
 * R. */
static int each_apposed(const ctx *c, size_t R)
{
    if (R == 0 || c->f->v[R - 1].sent_index != c->f->v[R].sent_index)
        return 0;
    const finfo *ci = &c->fi[R - 1];
    return ci->unit[0] && !ci->share && !rel_same_unit(ci, &c->fi[R]) &&
           c->f->v[R - 1].value > 1 &&
           rel_words_between(c->t, c->f->v[R - 1].tend, c->f->v[R].tstart, ",") < 0;
}

/* 1 when the noun of a figure (its last word) is what t[a..b) says one of:
 * "a/an/each/every/per/one <word>" with the word a prefix of that noun
 * ("each bomber" for "36 Il-28 jet bombers"). */
static int noun_said_of_one(const ctx *c, size_t a, size_t b, const char *noun)
{
    static const char *const one[] = {"a", "an", "each", "every", "per", "one", NULL};
    char buf[64];
    if (!noun)
        return 0;
    snprintf(buf, sizeof buf, "%s", noun);
    char *of = strstr(buf, " of ");   /* "tons of cargo": the head is "tons" */
    if (of)
        *of = '\0';
    const char *head = strrchr(buf, ' ');
    head = head ? head + 1 : buf;
    if (strlen(head) < 3)
        return 0;
    for (size_t i = a; i < b; i++) {
        char w[1][24];
        if (words_after(c, i, b, one, w, 1) && strlen(w[0]) >= 3 &&
            strncasecmp(head, w[0], strlen(w[0])) == 0)
            return 1;
    }
    return 0;
}

static int intended_fig(const tally_fact *f);
static int had_fig(const ctx *c, size_t D);

/* 1 when another count of C's unit (no share or rate) stands before C in
 * its sentence, among the OTHER_COUNT_BACK figures before it: the
 * sentence counts two lots of the thing (a promised one before C, when C
 * was had, is none). */
#define OTHER_COUNT_BACK 32

static int factor_of(const ctx *c, size_t j, size_t C);
static size_t whole_of_list_end(const ctx *c, size_t X, size_t lo);
static size_t average_of_breakdown(const ctx *c, size_t X, size_t Z, size_t lo);
static size_t part_named_by(const ctx *c, size_t Z, size_t W, size_t last);
static int words_after_fig(const ctx *c, size_t j, char w[][24], int max);
static int own_words_after(const ctx *c, size_t Z, size_t W, char zw[8][24]);
static int gap_named(const ctx *c, size_t j);
static int product_stated_before(const ctx *c, const tally_relation *r, size_t P);
static int another_lot(const ctx *c, size_t C);
static int bill_not_of_lot(const ctx *c, size_t R);
static int each_subject(const ctx *c, size_t R);
static int each_after(const ctx *c, size_t R);
static int change_amount_of(const ctx *c, size_t j);
static int factor_later(const ctx *c, size_t C, size_t R);

static int other_count_before(const ctx *c, size_t C)
{
    size_t floor = C > OTHER_COUNT_BACK ? C - OTHER_COUNT_BACK : 0;
    int had = had_fig(c, C);
    for (size_t j = C; j-- > floor && c->f->v[j].sent_index == c->f->v[C].sent_index;)
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[C]) && !rel_is_rate(c, j) &&
            !(had && intended_fig(&c->f->v[j])) && !factor_of(c, j, C) &&
            !change_amount_of(c, j) && !short_by(c, j) && !each_subject(c, j) &&
            !each_after(c, j))
            return 1;   /* the promise before what came is no second lot (round 410);
                           nor a figure said of one of C's things, or a gap */
    return 0;
}

/* 1 when a later figure of C's unit in C's sentence, before R, is C
 * times another count of that sentence (factor_of). */
static int factor_later(const ctx *c, size_t C, size_t R)
{
    for (size_t D = C + 1; D < R && c->f->v[D].sent_index == c->f->v[C].sent_index; D++)
        if (rel_same_unit(&c->fi[D], &c->fi[C]) && factor_of(c, C, D))
            return 1;
    return 0;
}

/* 1 when figure j times another count of its sentence (not of j's unit)
 * makes C exactly: j is said of one thing, C of them all ("90 litres a
 * month in peace and 250 in the field; for the 224 machines this is
 * 56,000 litres"), so j is no second lot of C's kind; its sentence says
 * j of one of those things ("A machine uses", "Each wagon carries"). */
static int factor_of(const ctx *c, size_t j, size_t C)
{
    const tally_fact *jf = &c->f->v[j], *cf = &c->f->v[C];
    if (jf->qual != TALLY_Q_EXACT || !(jf->value > 1) || !(cf->value > jf->value))
        return 0;
    size_t open = c->seg->sents[jf->sent_index].start;
    for (size_t k = j + 1; k < C; k++)
        if (!c->fi[k].share && c->fi[k].unit[0] && !rel_same_unit(&c->fi[k], &c->fi[j]) &&
            c->f->v[k].qual == TALLY_Q_EXACT && c->f->v[k].value > 1 &&
            fabs(jf->value * c->f->v[k].value - cf->value) < 1e-9 * cf->value &&
            (said_of_one(c, open, jf->tstart, c->fi[k].unit) ||
             noun_said_of_one(c, open, jf->tstart, c->f->v[k].noun)))
            return 1;   /* and the sentence says j of one ("A machine uses ...") */
    return 0;
}

/* The count before rate R, in its sentence or the one before in its
 * paragraph, whose own noun R is said of one of ("36 bombers and 24
 * transports ... £110,000 for each bomber": 36); NOPOS when none. */
static size_t named_count_before(const ctx *c, size_t R, size_t a, size_t b)
{
    const tally_fact *rf = &c->f->v[R];
    for (size_t C = R; C-- > 0;) {
        const tally_fact *cf = &c->f->v[C];
        if (cf->sent_index + 1 < rf->sent_index ||
            c->seg->sents[cf->sent_index].para != c->seg->sents[rf->sent_index].para)
            return NOPOS;
        if (!c->fi[C].unit[0] || c->fi[C].share || c->fi[C].used || rel_is_rate(c, C) ||
            rel_same_unit(&c->fi[C], &c->fi[R]) || !(cf->value > 1) ||
            (cf->qual != TALLY_Q_EXACT && cf->qual != TALLY_Q_APPROX) || short_by(c, C) ||
            factor_later(c, C, R) || each_subject(c, C) ||
            (cf->sent_index != rf->sent_index && strcmp(c->fi[C].cat, "duration") == 0))
            continue;   /* "500 tons short of its order": a gap, not what was bought;
                           "250 litres ... for the 224 machines 56,000 litres", "Each
                           wagon carries 12 tons": said of one, the lot is later */
        if (noun_said_of_one(c, a, b, cf->noun))
            return cf->sent_index != rf->sent_index &&
                           (other_count_before(c, C) || another_lot(c, C) ||
                            bill_not_of_lot(c, R))
                       ? NOPOS   /* two lots counted the sentence before: which? */
                       : C;
    }
    return NOPOS;
}

/* 1 when count C closes a list of its unit joined by "and" ("600 saddles
 * from a dealer and 400 from a second one"): one item, not the count a
 * later price is paid for. */
static int list_end(const ctx *c, size_t C)
{
    static const char *const and_w[] = {"and", NULL};
    if (C == 0 || c->f->v[C - 1].sent_index != c->f->v[C].sent_index ||
        !rel_same_unit(&c->fi[C - 1], &c->fi[C]) || c->fi[C - 1].share)
        return 0;
    int w = rel_words_between(c->t, c->f->v[C - 1].tend, c->f->v[C].tstart, ";:()");
    return w >= 0 && w <= 8 && rel_phrase_in(c->t, c->f->v[C - 1].tend, c->f->v[C].tstart, and_w);
}

/* 1 when figure j measures a gap between two others: "700 tons short of
 * its promise", "230 more than in December". */
static int short_by(const ctx *c, size_t j)
{
    static const char *const gap[] = {"short of", "short", "more than", "fewer than",
                                      "less than", "below", "above", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t e = f->tend, end = c->seg->sents[f->sent_index].end;
    char w[48];
    while (e < end && c->t[e] == ' ')
        e++;
    for (int nw = 0; nw < 2; nw++) {   /* right after it, or after its noun */
        while (e < end && c->t[e] == ' ')
            e++;
        for (size_t q = 0; gap[q]; q++)
            if (rel_phrase_at(c->t, e, end, gap[q]))
                return 1;
        size_t we = rel_word_at(c->t, e, end, w, sizeof w);
        if (we == e)
            break;
        e = we;
    }
    return 0;
}

/* The quantity a price R is paid for when both are said in one breath
 * with a gapped verb: "the tonnage rose to 3.1 million and the price to
 * $7.80 a ton" - the figure right before R in its sentence, the words
 * between them (at most six, no mark but a comma) naming "the price" and
 * ending in "to" or "at".  Its unit may be unnamed ("rose to 3.1
 * million"); it is no share, rate, gap or figure of R's unit.  NOPOS when
 * none. */
static size_t priced_in_one_breath(const ctx *c, size_t R)
{
    static const char *const price[] = {"the price", "the prices", NULL};
    if (R == 0 || c->f->v[R - 1].sent_index != c->f->v[R].sent_index)
        return NOPOS;
    size_t C = R - 1;
    const tally_fact *cf = &c->f->v[C];
    size_t a = cf->tend, b = c->f->v[R].tstart;
    int w = rel_words_between(c->t, a, b, ";:()");
    if (w < 3 || w > 6 || !rel_phrase_in(c->t, a, b, price) || c->fi[C].share ||
        c->fi[C].used || rel_is_rate(c, C) || rel_same_unit(&c->fi[C], &c->fi[R]) ||
        !(cf->value > 1) || (cf->qual != TALLY_Q_EXACT && cf->qual != TALLY_Q_APPROX) ||
        short_by(c, C))
        return NOPOS;
    size_t e = b;   /* the word right before R is "to" or "at" */
    while (e > a && c->t[e - 1] == ' ')
        e--;
    return e >= a + 3 && !rel_wch((unsigned char)c->t[e - 3]) &&
                   (strncasecmp(c->t + e - 2, "to", 2) == 0 ||
                    strncasecmp(c->t + e - 2, "at", 2) == 0)
               ? C
               : NOPOS;
}

/* The count a rate R (said of one thing in t[a..b), or "each") applies to when its
 * product follows it at once: the last figure before R, in R's sentence or
 * the one before in its paragraph, counting that thing (for "each": the
 * figure right before R, at most eight words before it in its clause),
 * not a rate, a share, a bound or a part of a relation; NOPOS when none. */
/* The whole a parenthesis breaks down when count C is one of its parts
 * and rate R stands outside it: "three squadrons (two flying X and one
 * Y), each with 12 aircraft" gives the three, not the two.  The whole is
 * the figure right before the "(" (at most six words of its noun phrase
 * between), larger than C, no share; else C itself. */
static size_t breakdown_whole(const ctx *c, size_t C, size_t R)
{
    size_t po = c->fi[C].popen;
    if (po == NOPOS || c->fi[R].popen == po || C == 0)
        return C;
    for (size_t W = C; W-- > 0;) {
        const tally_fact *wf = &c->f->v[W];
        if (wf->sent_index != c->f->v[C].sent_index)
            return C;
        if (wf->tend > po)
            continue;   /* another figure inside the parenthesis */
        int nw = rel_words_between(c->t, wf->tend, po, ";:()");
        if (nw < 0 || nw > 6 || c->fi[W].share || !c->fi[W].unit[0] || c->fi[W].used ||
            !(wf->value > c->f->v[C].value) ||
            (wf->qual != TALLY_Q_EXACT && wf->qual != TALLY_Q_APPROX))
            return C;
        return W;
    }
    return C;
}

/* 1 when fact f is only intended (promised, planned, requested,
 * ordered, hypothetical), not a quantity that was had. */
static int intended_fig(const tally_fact *f)
{
    const char *m = f->modality;
    return m && m[0] && strcmp(m, "actual") != 0 && strcmp(m, "estimated") != 0;
}

/* 1 when fact D was had: not intended, or set against a promise by a
 * contrast word among the two words right before it ("only 480,000 metres,
 * three fifths of what had been promised, had arrived": the modality read
 * from the promise named after D is not D's own; round 410). */
static int had_fig(const ctx *c, size_t D)
{
    static const char *const contrast[] = {"only", "in fact", "actually", NULL};
    const tally_fact *df = &c->f->v[D];
    if (!intended_fig(df))
        return 1;
    size_t s = rel_sent_open(c, df->sent_index), a = df->tstart;
    for (int k = 0; k < 2 && a > s; k++)
        a = rel_word_back(c, a, s);
    return rel_phrase_in(c->t, a, df->tstart, contrast);
}

/* The year a fact is dated to (the first four digits of its date), 0
 * when none. */
static int fact_year(const tally_fact *f)
{
    char w[8];
    if (!f->date || strlen(f->date) < 4)
        return 0;
    memcpy(w, f->date, 4);
    w[4] = '\0';
    return year_word(w);
}

/* 1 when rate R is of one year and P of another, both years written: R's
 * in R's sentence, P's in P's sentence before P and after R ("cost $40 a
 * ton in 1946, and in 1948 the mission bought 30,000 tons for $1.6
 * million"): the price of one year is no factor of the bill of another
 * (round 404).  Dates merely carried over from earlier sentences tell
 * nothing. */
static int years_apart(const ctx *c, size_t R, size_t P)
{
    const tally_fact *rf = &c->f->v[R], *pf = &c->f->v[P];
    int yr = fact_year(rf), yp = fact_year(pf);
    if (!yr || !yp || yr == yp || R > P || !year_in_sentence(c, R, yr))
        return 0;
    size_t a = c->seg->sents[pf->sent_index].start;
    if (a < rf->tend)
        a = rf->tend;   /* P's year in P's own sentence, not a date a paragraph back */
    for (size_t i = a; i + 4 <= pf->tstart; i++)
        if (!rel_wch((unsigned char)c->t[i - 1]) && isdigit((unsigned char)c->t[i])) {
            char w[8];
            rel_word_at(c->t, i, pf->tstart, w, sizeof w);
            if (year_word(w) == yp)
                return 1;
        }
    return 0;
}

/* 1 when rate R is only intended (promised, planned, "was to") and the
 * figure P it would multiply into is set against it by "only" / "in
 * fact" / "actually" ("promised 250 a month ... only 900 arrived"): what
 * came is no product of the promise.  Prefer no check to a guess (round
 * 392).  A promised price against the bill paid ("promised ... at £14 a
 * ton ... The monthly bill ... £14,500") stays a product.  A rate of
 * another year is apart only when both years are written (years_apart):
 * dates carry across sentences, too loose to tell otherwise. */
int rel_rate_apart(const ctx *c, size_t R, size_t P)
{
    static const char *const contrast[] = {"only", "in fact", "actually", NULL};
    const tally_fact *rf = &c->f->v[R], *pf = &c->f->v[P];
    if (years_apart(c, R, P))
        return 1;
    if (!intended_fig(rf))
        return 0;
    size_t a = R < P ? rf->tend : pf->tend, b = R < P ? pf->tstart : rf->tstart;
    return a < b && rel_phrase_in(c->t, a, b, contrast);
}

/* 1 when word w names the thing counted by C: its unit, or a word the
 * lexicon reads as that unit. */
static int names_count(const ctx *c, const char *w, size_t C)
{
    const char *unit = c->fi[C].unit;
    size_t ul = strlen(unit);
    char u[48], cat[16];
    return (ul >= 3 && strncasecmp(w, unit, ul) == 0) ||
           (rel_lookup_word(c->lex, w, u, cat) && strcmp(u, unit) == 0);
}

/* 1 when the phrase "for / on / from / of" opens at t+i (before b) and
 * names more than the thing C counts: "all <noun>" not C's noun ("from all
 * crops", "for all purposes"), or, `after` P, two things joined by "and" /
 * "other" ("for small arms and ammunition"). */
static int broader_phrase(const ctx *c, size_t i, size_t b, size_t C, int after)
{
    static const char *const lead[] = {"for", "on", "from", "of", NULL};
    char w[6][24];
    int n = words_after(c, i, b, lead, w, 6);
    if (n == 0)
        return 0;
    if (strcmp(w[0], "all") == 0)
        return n >= 2 && !isdigit((unsigned char)w[1][0]) && !names_count(c, w[1], C) &&
               !(strcmp(w[1], "the") == 0 && n >= 3 && names_count(c, w[2], C)) &&
               !(strcmp(w[1], "these") == 0 || strcmp(w[1], "them") == 0 ||
                 strcmp(w[1], "this") == 0 || strcmp(w[1], "of") == 0);   /* "for all of them" */
    for (int k = 1; k < n && after; k++)   /* before P an "and" may join clauses */
        if (strcmp(w[k], "and") == 0 || strcmp(w[k], "other") == 0)
            return 1;
    return 0;
}

/* 1 when count C, in P's sentence before P, is joined by "and" (no comma
 * before it, at most two words after C) to another thing than C's and
 * than a sum paid, before the next figure: "the 4,000 rifles and the
 * ammunition cost $150,000" - P is the bill of both. */
static int joined_to_count(const ctx *c, size_t C, size_t P)
{
    static const char *const det[] = {"the", "its", "their", "some", "other", "all", NULL};
    static const char *const paid[] = {"bill", "bills", "cost", "costs", "total", "outlay",
                                       "price", "sum", "value", NULL};
    static const char *const of_w[] = {"of", NULL};
    const tally_fact *cf = &c->f->v[C];
    if (C >= P || cf->sent_index != c->f->v[P].sent_index)
        return 0;
    size_t b = own_words_end(c, C);
    for (size_t i = cf->tend; i < b; i++) {
        if (c->t[i] == ',' || c->t[i] == ';' || c->t[i] == ':')
            return 0;
        size_t e = rel_phrase_at(c->t, i, b, "and"), with = 0;
        if (!e)
            e = with = rel_phrase_at(c->t, i, b, "with");
        if (!e)
            continue;
        int nb = rel_words_between(c->t, cf->tend, i, "");
        if (nb > 2 && !(nb == 3 && rel_phrase_in(c->t, cf->tend, i, of_w)))
            return 0;   /* "drew 30,000 shells from the works and paid ...": a verb's
                           clause, not C's noun and another */
        char w[2][24], u[48], cat[16];
        while (e < b && c->t[e] == ' ')
            e++;
        int n = words_after(c, e, b, det, w, 1);   /* the noun after a determiner */
        if (n == 0 && with)
            return 0;   /* "the 20 tanks with 75-mm guns": no second thing billed */
        if (n == 0)
            rel_word_at(c->t, e, b, w[0], sizeof w[0]);
        if (!isalpha((unsigned char)w[0][0]))
            return 0;
        for (size_t k = 0; paid[k]; k++)
            if (strcmp(w[0], paid[k]) == 0)
                return 0;
        return !names_count(c, w[0], C) && (n > 0 || rel_lookup_word(c->lex, w[0], u, cat));
    }
    return 0;
}

/* 1 when product P is said of more than the things C counts, in P's own
 * clause: "a total of 2.4 million dollars for small arms and ammunition"
 * (rifles priced), "farm income from all crops ... 300 million" (wheat
 * priced).  A price of one category against the bill of a broader one is
 * no product; prefer no check to a guess (round 404). */
int rel_broader_bill(const ctx *c, size_t P, size_t C)
{
    const tally_fact *pf = &c->f->v[P];
    size_t a = rel_sent_open(c, pf->sent_index);   /* from the figure before P */
    if (P > 0 && c->f->v[P - 1].sent_index == pf->sent_index)
        a = c->f->v[P - 1].tend;
    size_t b = own_words_end(c, P);
    for (size_t k = pf->tend; k < b; k++)
        if (c->t[k] == ',' || c->t[k] == ';' || c->t[k] == ':' || c->t[k] == '(') {
            b = k;   /* P's own words: to the end of its clause */
            break;
        }
    for (size_t i = a; i < b; i++)
        if ((i < pf->tstart || i >= pf->tend) && (i == 0 || !rel_wch((unsigned char)c->t[i - 1])) &&
            broader_phrase(c, i, i < pf->tstart ? pf->tstart : b, C, i >= pf->tend))
            return 1;
    return joined_to_count(c, C, P);
}

/* The count an actual bill P at rate R is paid for, given the count C
 * found: when C is only intended and a figure of C's unit that was had
 * stands between C and R ("promised 40 tons ..., but only 25 tons had
 * come ... at £60 a ton, £1,500"), the delivered one (the latest); a
 * bill that is itself intended keeps C.  C otherwise. */
static int order_bill(const ctx *c, size_t P);

static size_t delivered(const ctx *c, size_t C, size_t R, size_t P)
{
    if (!intended_fig(&c->f->v[C]) || intended_fig(&c->f->v[P]) || order_bill(c, P))
        return C;
    for (size_t D = R; D-- > C + 1;)
        if (!c->fi[D].share && rel_same_unit(&c->fi[D], &c->fi[C]) &&
            had_fig(c, D) && c->f->v[D].value > 1 &&
            (c->f->v[D].qual == TALLY_Q_EXACT || c->f->v[D].qual == TALLY_Q_APPROX))
            return D;
    return C;
}

/* The span of bill P's own words: from the figure before it in its
 * sentence (else the sentence's start) to the end of its clause. */
static void bill_words(const ctx *c, size_t P, size_t *a, size_t *b)
{
    const tally_fact *pf = &c->f->v[P];
    *a = rel_sent_open(c, pf->sent_index);
    *b = own_words_end(c, P);
    if (P > 0 && c->f->v[P - 1].sent_index == pf->sent_index)
        *a = c->f->v[P - 1].tend;
    for (size_t k = pf->tend; k < *b; k++)
        if (c->t[k] == ',' || c->t[k] == ';' || c->t[k] == ':' || c->t[k] == '(') {
            *b = k;
            break;
        }
}

/* 1 when bill P's own words, from the figure before it to the end of its
 * clause, name an order or a promise ("or 2 million pounds for the full
 * order", "the order came to 2 million francs"): the bill of the lot
 * ordered, not of what came (round 417). */
static int order_bill(const ctx *c, size_t P)
{
    static const char *const order[] = {"order", "orders", "contract", "contracts",
                                        "ordered", "promised", NULL};
    size_t a, b;
    bill_words(c, P, &a, &b);
    return rel_phrase_in(c->t, a, b, order);
}

/* 1 when bill P's own words (as order_bill reads them) name one lot of
 * several: an ordinal before a lot ("the first shipment cost", "for the
 * second batch") or an instalment; "for the batch", "the whole
 * consignment" are the lot bought and do not count (round 423). */
int rel_lot_part_bill(const ctx *c, size_t P)
{
    static const char *const part[] = {"instalment", "installment", "tranche", NULL};
    static const char *const nth[] = {"first", "second", "third", "last", "final", "next",
                                      "later", "earlier", NULL};
    static const char *const lot[] = {"shipment", "shipments", "batch", "batches",
                                      "consignment", "consignments", "delivery", "lot", NULL};
    size_t a, b;
    bill_words(c, P, &a, &b);
    if (rel_phrase_in(c->t, a, b, part))
        return 1;
    for (size_t i = a; i < b; i++) {
        if (i > a && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        for (size_t q = 0; nth[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, b, nth[q]);
            while (e && e < b && c->t[e] == ' ')
                e++;
            for (size_t l = 0; e && lot[l]; l++)
                if (rel_phrase_at(c->t, e, b, lot[l]))
                    return 1;   /* "the first shipment" */
        }
    }
    return 0;
}

/* 1 when count C, had, is paid for by a bill P of an order while another
 * count of C's unit (no share or rate) stands before C in its sentence
 * ("Of the 400 guns ordered, only 250 had arrived; ... the order came to
 * 2 million francs"): the bill is of the other lot, which the rule cannot
 * be sure of; prefer no check to a guess (round 417). */
int rel_order_not_had(const ctx *c, size_t C, size_t P)
{
    if (intended_fig(&c->f->v[C]) || !order_bill(c, P))
        return 0;
    for (size_t j = C; j-- > 0 && c->f->v[j].sent_index == c->f->v[C].sent_index;)
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[C]) && !rel_is_rate(c, j))
            return 1;
    return 0;
}

/* 1 when t[a..b), between a count and the "each" of a rate after it,
 * holds two or more of , ; : (the count is not the subject of the clause
 * "each" opens) or a word naming what is left of it ("the rest", "the
 * others", "the remaining"): each is then one of a part, not of the
 * count (round 423). */
static int part_between(const ctx *c, size_t a, size_t b)
{
    static const char *const rest[] = {"rest", "remainder", "others", "remaining",
                                       "surviving", "survivors", "those left", NULL};
    int marks = 0;
    for (size_t i = a; i < b; i++)
        marks += c->t[i] && strchr(",;:", c->t[i]) != NULL;
    return marks >= 2 || rel_phrase_in(c->t, a, b, rest);
}

/* 1 when a word of R's sentence names period per ("the month's petrol",
 * "a month", "monthly"). */
static int period_named(const ctx *c, size_t R, int per)
{
    const tally_sentence *s = &c->seg->sents[c->f->v[R].sent_index];
    char w[48];
    for (size_t i = s->start; rel_next_word(c->t, &i, s->end, w, sizeof w);)
        if (possessive_period(w) == per)
            return 1;
    return 0;
}

/* period_of() of word w (changed in place) lowercased, a possessive "'s"
 * taken off ("month's"). */
static int possessive_period(char *w)
{
    size_t n = strlen(w);
    if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
        w[n - 2] = '\0';
    for (char *q = w; *q; q++)
        *q = (char)tolower((unsigned char)*q);
    return period_of(w);
}

static size_t count_before(const ctx *c, size_t R, size_t a, size_t b)
{
    const tally_fact *rf = &c->f->v[R];
    int each = each_after(c, R);
    size_t named = priced_in_one_breath(c, R);
    if (named != NOPOS)
        return named;   /* "the tonnage rose to 3.1 million and the price to $7.80" */
    if ((named = named_count_before(c, R, a, b)) != NOPOS)
        return named;
    if (each_subject(c, R) && R > 0) {
        /* "eleven large bridges; each of these takes about 600 tons": the
         * count right before, in R's sentence or the one before */
        size_t C = R - 1;
        const tally_fact *cf = &c->f->v[C];
        const finfo *ci = &c->fi[C];
        if (cf->sent_index == rf->sent_index && part_between(c, cf->tend, rf->tstart))
            return NOPOS;   /* "12 presses in 1941, and after the raid the rest, each
                               stamping 400": "each" is one of a part (round 423) */
        size_t W = breakdown_whole(c, C, R);
        if (W != C)
            return W;   /* "four workshops (three for engines and one for radios), each
                           with a staff of 15": the four, not the part "one" */
        if (cf->sent_index + 1 >= rf->sent_index &&
            c->seg->sents[cf->sent_index].para == c->seg->sents[rf->sent_index].para &&
            ci->unit[0] && !ci->share && !ci->used && !rel_same_unit(ci, &c->fi[R]) &&
            !rel_is_rate(c, C) && cf->value > 1 &&
            (cf->qual == TALLY_Q_EXACT || cf->qual == TALLY_Q_APPROX))
            return breakdown_whole(c, C, R);
    }
    for (size_t C = R; C-- > 0;) {
        const tally_fact *cf = &c->f->v[C];
        const finfo *ci = &c->fi[C];
        if (cf->sent_index + 1 < rf->sent_index ||
            c->seg->sents[cf->sent_index].para != c->seg->sents[rf->sent_index].para)
            return NOPOS;
        if (!ci->unit[0] || ci->share || rel_same_unit(ci, &c->fi[R]) ||
            (cf->sent_index != rf->sent_index && strcmp(ci->cat, "duration") == 0) ||
            !(said_of_one(c, a, b, ci->unit) ||
              (each && C + 1 == R && rel_words_between(c->t, cf->tend, rf->tstart, ";:()") >= 0 &&
               rel_words_between(c->t, cf->tend, rf->tstart, "") <= 8)))
            continue;
        /* (a span of days of the sentence before is no count a daily rate
         * is paid for: "a month of thirty days. ... eight to nine cubic
         * metres a day, and the whole service about 120") */
        int per = -1;
        if (rel_is_rate(c, C) && (rel_rate_of(c, C, &per), per < 0 || !period_named(c, R, per)))
            continue;   /* "1,600 tons a sailing" before "61,000 tons of cargo"; a flow
                           a month is a count of what a price is paid for when R's
                           sentence names the month ("56,000 litres a month. At 0.42
                           crowns a litre the month's petrol will cost 25,320 crowns") */
        if (short_by(c, C))
            continue;   /* "shipped 4,100 tons, 700 tons short of its promise; at £28 a
                           ton": the 700 is a gap, not what was bought */
        size_t W = breakdown_whole(c, C, R);
        if (W != C)
            return W;   /* a part in brackets: its whole */
        if (ci->used || !(cf->value > 1) ||
            (cf->qual != TALLY_Q_EXACT && cf->qual != TALLY_Q_APPROX) || list_end(c, C))
            return NOPOS;
        if (cf->sent_index != rf->sent_index &&
            (other_count_before(c, C) || another_lot(c, C) || bill_not_of_lot(c, R)))
            return NOPOS;   /* "3,000 tons ... from N and the remaining 5,000 tons ...
                               The N timber ... at $40 a ton": not the latest of two;
                               "the 15 staff cars use another 600 litres. At 0.60 crowns a
                               litre the day's fuel costs 960": the bill is of both lots */
        return C;
    }
    return NOPOS;
}

/* 1 when the words between rate R and figure P say that P is R's total:
 * at most eight words, one of them a cue ("or some $37 million for the
 * whole order", "in all", "altogether"), or at most five after a comma
 * (P in apposition: "$400 a ton, a bill of $1.2 million"); P at least
 * twice R. */
static int totalled(const ctx *c, size_t R, size_t P);

/* 1 when P opens the sentence after rate R's as the bill of what R's
 * sentence bought: P money, the next figure after R, same paragraph, and
 * within the first three words of P's sentence a word naming a sum paid
 * ("bought 900 tons at £12 a ton. The monthly bill came to £10,800"). */
static int bill_next(const ctx *c, size_t R, size_t P)
{
    static const char *const bill[] = {"bill", "bills", "cost", "outlay", "invoice", NULL};
    const tally_fact *rf = &c->f->v[R], *pf = &c->f->v[P];
    if (R + 1 != P || rf->sent_index + 1 != pf->sent_index ||
        c->seg->sents[rf->sent_index].para != c->seg->sents[pf->sent_index].para ||
        strcmp(c->fi[P].cat, "money") != 0 || !(pf->value >= 2 * rf->value))
        return 0;
    size_t open = rel_sent_open(c, pf->sent_index);
    return rel_word_within(c, open, pf->tstart, 3, bill);
}

static int totalled(const ctx *c, size_t R, size_t P)
{
    static const char *const cues[] = {"or", "for the", "in all", "total", "altogether",
                                       "whole", "came to", "making", "absorb", "absorbed",
                                       "would absorb", "meant", "needed", "required",
                                       "would need", "would require", "gave", "yielded",
                                       "cost", "costs", "costing", "the bill", NULL};
    static const char *const cost[] = {"cost", "costs", "costing", NULL};
    size_t a = c->f->v[R].tend, b = c->f->v[P].tstart;
    int w = rel_words_between(c->t, a, b, ";:()");
    if (w < 0 || w > (rel_phrase_in(c->t, a, b, cost) ? 10 : 8) ||
        !(c->f->v[P].value >= 2 * c->f->v[R].value))
        return 0;   /* "at £28 a ton, the flour it did send cost the Fund £124,800" */
    int comma = 0;
    for (size_t k = a; k < b; k++)
        comma |= c->t[k] == ',';
    if (comma && w <= 5 && !clause_and(c, a, b))
        return 1;   /* in apposition: "$400 a ton, a bill of $1.2 million"; not ", and
                       1.5 million for ammunition", another item */
    return rel_phrase_in(c->t, a, b, cues);
}

/* 1 when t[a..b) has a comma and at most three words after the last one
 * (", a glider 24"): the next item of a list. */
static int comma_then_few(const ctx *c, size_t a, size_t b)
{
    size_t k = b;
    while (k > a && c->t[k - 1] != ',')
        k--;
    return k > a && rel_words_between(c->t, k, b, "") <= 3;
}

/* 1 when the words right after figure k (at most six, to a mark) say
 * "a / per <period>" of period pp: "120 grams of meat per man per day". */
static int period_after(const ctx *c, size_t k, int pp)
{
    const tally_fact *f = &c->f->v[k];
    size_t send = c->seg->sents[f->sent_index].end, i = f->tend;
    int art = 0;
    for (int nw = 0; nw < 8 && i < send; nw++) {
        while (i < send && c->t[i] == ' ')
            i++;
        if (i >= send || !rel_wch((unsigned char)c->t[i]))
            return 0;
        char w[48];
        size_t e = rel_word_at(c->t, i, send, w, sizeof w);
        if (e == i)
            return 0;
        if (art && period_of(w) == pp)
            return 1;
        art = strcmp(w, "a") == 0 || strcmp(w, "an") == 0 || strcmp(w, "per") == 0;
        i = e;
    }
    return 0;
}

/* 1 when product r may state P: P is no rate per period, or no figure of
 * P's sentence left out of r is a rate per that period ("four trains a day
 * of 40 wagons carrying 15 tons each, or 2,400 tons a day": 15 x 40 leaves
 * out the four trains a day) and one of r's factors is a rate per it or
 * has the period said just before it ("each division's daily need at 550
 * tons"). */
static int period_kept(const ctx *c, const tally_relation *r, size_t P)
{
    int pp, pj;
    if (!rel_rate_of(c, P, &pp) || pp < 0)
        return 1;
    for (size_t j = P; j-- > 0 && c->f->v[j].sent_index == c->f->v[P].sent_index;) {
        int in = 0;
        for (size_t k = 0; k < r->nparts; k++)
            in |= r->parts[k].fact == j;
        if (!in && !c->fi[j].share && !rel_same_unit(&c->fi[j], &c->fi[P]) &&
            rel_words_between(c->t, c->f->v[j].tend, c->f->v[P].tstart, ";:") >= 0 &&
            rel_rate_of(c, j, &pj) && pj == pp)
            return 0;   /* "four trains a day", "three times a week": a factor left out
                           (in P's clause: not "asked for three ships a week; ...") */
    }
    for (size_t k = 0; k < r->nparts; k++) {
        size_t j = r->parts[k].fact;
        if (j == TALLY_NO_FACT)
            continue;
        if (rel_rate_of(c, j, &pj) && pj == pp)
            return 1;
        /* "750 grams of bread and 120 grams of meat per man per day": the
         * period said after the last item of a ration's list */
        for (size_t k = j + 1; k < P && c->f->v[k].sent_index == c->f->v[j].sent_index &&
                               rel_same_unit(&c->fi[k], &c->fi[j]) && !c->fi[k].share &&
                               rel_words_between(c->t, c->f->v[k - 1].tend, c->f->v[k].tstart,
                                                 ";:()") <= 6;
             k++)
            if (period_after(c, k, pp))
                return 1;
        /* "each division's daily need at 550 tons", "one sortie a day of
         * three tons": the period said in the words just before a factor */
        const tally_fact *jf = &c->f->v[j];
        size_t sa = c->seg->sents[jf->sent_index].start;
        size_t a = jf->tstart > sa + 40 ? jf->tstart - 40 : sa;
        if (j > 0 && c->f->v[j - 1].sent_index == jf->sent_index && c->f->v[j - 1].tend > a)
            a = c->f->v[j - 1].tend;
        for (size_t i = a; i < jf->tstart; i++) {
            char w[24];
            if (i > a && rel_wch((unsigned char)c->t[i - 1]))
                continue;
            if (rel_word_at(c->t, i, jf->tstart, w, sizeof w) > i && possessive_period(w) == pp)
                return 1;   /* "those of a month's convoys some 1,730 tons" */
        }
    }
    return 0;
}

/* Rule 7: a rate times every count that its sentence (or the product's)
 * states of the things the rate is said of, against a stated product. */
/* 1 when rate R is per a period ("25 rounds an hour") and P is no rate
 * while no factor of r is a duration: R times counts is still per that
 * period ("two guns ... some 150 more rounds that morning" needs the
 * hours too), so it cannot be P. */
static int period_lost(const ctx *c, const tally_relation *r, size_t R, size_t P)
{
    int pr, pp;
    if (!rel_rate_of(c, R, &pr) || pr < 0 || (rel_rate_of(c, P, &pp) && pp >= 0))
        return 0;
    for (size_t k = 0; k < r->nparts; k++)
        if (strcmp(c->fi[r->parts[k].fact].cat, "duration") == 0)
            return 0;
    return 1;
}

/* 1 when a word of noun (after its first, the unit's: "grams of bread")
 * of at least four letters occurs as a word in t[a..b), case aside. */
static int noun_word_in(const char *t, size_t a, size_t b, const char *noun)
{
    const char *s = noun ? strchr(noun, ' ') : NULL;
    while (s && *s) {
        while (*s && !isalpha((unsigned char)*s))
            s++;
        size_t n = 0;
        while (isalpha((unsigned char)s[n]))
            n++;
        if (n >= 4)
            for (size_t i = a; i + n <= b; i++)
                if (strncasecmp(t + i, s, n) == 0 && (i == a || !rel_wch((unsigned char)t[i - 1])) &&
                    (i + n == b || !rel_wch((unsigned char)t[i + n])))
                    return 1;
        s += n;
    }
    return 0;
}

/* A ration converted to P's weight: of the figures of R's unit in R's
 * sentence (a list: "500 grams of bread, 60 grams of meat and 800 grams of
 * potatoes"), the one whose noun names a thing P's sentence names up to
 * P's own noun ("Bread alone ... meant 28.3 tons"); R itself when none does
 * or R's does; NOPOS when another names it too or R is one of several and
 * none is named. */
static size_t ration_named(const ctx *c, size_t R, size_t P)
{
    const tally_fact *rf = &c->f->v[R], *pf = &c->f->v[P];
    const tally_sentence *ps = &c->seg->sents[pf->sent_index];
    size_t b = pf->tend + (pf->noun ? strlen(pf->noun) + 1 : 0);
    if (b > ps->end)
        b = ps->end;
    size_t hit = NOPOS, n = 0, a = ps->start;
    for (size_t j = R + 1; j-- > 0 && c->f->v[j].sent_index == pf->sent_index;)
        if (rel_same_unit(&c->fi[j], &c->fi[R]) && !c->fi[j].share) {
            const tally_fact *jf = &c->f->v[j];
            size_t e = jf->tend + (jf->noun ? strlen(jf->noun) + 1 : 0);
            a = e > a && e < b ? e : a;   /* the list itself in P's sentence ("750 grams
                                             of bread and 120 grams of tinned meat ...,
                                             9 tons of bread") names no thing for P */
            break;
        }
    for (size_t j = R + 1; j-- > 0 && c->f->v[j].sent_index == rf->sent_index;) {
        if (!rel_same_unit(&c->fi[j], &c->fi[R]) || c->fi[j].share)
            continue;
        n++;
        if (noun_word_in(c->t, a, b, c->f->v[j].noun)) {
            if (hit != NOPOS)
                return NOPOS;
            hit = j;
        }
    }
    return hit != NOPOS ? hit : n == 1 ? R : NOPOS;
}

/* period_kept(), or else, for a product that is no average, the
 * frequency between R and P that keeps the period (frequency_of(), made a
 * count of r: "each carrying 5 tons, ... three times a week, 600 tons a
 * week" is 40 x 5 x 3). */
static int period_or_frequency(ctx *c, tally_relation *r, size_t R, size_t P)
{
    if (period_kept(c, r, P))
        return 1;
    size_t F = r->average || r->nparts + 1 >= TALLY_REL_MAXPARTS ? NOPOS : frequency_of(c, R, P);
    if (F == NOPOS)
        return 0;
    rel_part(c, r, F);
    return period_kept(c, r, P);
}

/* A frequency "three times a week" between rate R and product P, in P's
 * sentence, of P's period: a count of the trips the product is made of.
 * NOPOS when none. */
static size_t frequency_of(const ctx *c, size_t R, size_t P)
{
    int pp, pj;
    if (!rel_rate_of(c, P, &pp) || pp < 0)
        return NOPOS;
    for (size_t j = R + 1; j < P; j++)
        if (c->f->v[j].sent_index == c->f->v[P].sent_index &&
            strcmp(c->fi[j].unit, "time") == 0 && c->f->v[j].qual == TALLY_Q_EXACT &&
            c->f->v[j].value >= 1 && rel_rate_of(c, j, &pj) && pj == pp)
            return j;
    return NOPOS;
}

/* The herd a ration R "a horse a day" is said of, stated in the sentence
 * before (count_before); when that count is a part of a SUM stated there
 * ("64,000 horses: 41,500 draught horses, 17,200 riding ..."), the SUM's
 * total.  NOPOS when none. */
static size_t herd_before(const ctx *c, size_t R, size_t a, size_t b)
{
    size_t C = count_before(c, R, a, b);
    if (C == NOPOS || c->f->v[C].sent_index == c->f->v[R].sent_index)
        return NOPOS;
    for (size_t i = 0; c->fi[C].part && i < c->out->n; i++) {
        const tally_relation *x = &c->out->v[i];
        for (size_t k = 0; x->kind == TALLY_REL_SUM && k < x->nparts; k++)
            if (x->parts[k].fact == C && rel_same_unit(&c->fi[x->stated], &c->fi[C]))
                return x->stated;
    }
    return C;
}

/* The count of groups whose members count C counts, stated right before
 * it ("two regiments of three battalions": for the three, the two): the
 * figure before C in its sentence, its noun and then "of" between them
 * (at most three words, no mark), a count of formations or things of
 * another unit than C's and P's, not a share, rate, sum of money, measure
 * or duration.  NOPOS when none. */
static size_t groups_of_count(const ctx *c, size_t C, size_t P)
{
    static const char *const kinds[] = {"formation", "other", "personnel", "materiel",
                                        "aircraft", NULL};
    if (C == 0 || c->f->v[C - 1].sent_index != c->f->v[C].sent_index)
        return NOPOS;
    size_t G = C - 1;
    const tally_fact *g = &c->f->v[G];
    const finfo *gi = &c->fi[G];
    int w = rel_words_between(c->t, g->tend, c->f->v[C].tstart, ",;:()");
    if (w < 2 || w > 3 || !gi->unit[0] || gi->share || rel_is_rate(c, G) ||
        rel_same_unit(gi, &c->fi[C]) || rel_same_unit(gi, &c->fi[P]) || !(g->value > 1) ||
        (g->qual != TALLY_Q_EXACT && g->qual != TALLY_Q_APPROX))
        return NOPOS;
    int kind = gi->formation;
    for (size_t k = 0; !kind && kinds[k]; k++)
        kind = strcmp(gi->cat, kinds[k]) == 0;
    size_t e = c->f->v[C].tstart;   /* the word right before C is "of" */
    while (e > g->tend && c->t[e - 1] == ' ')
        e--;
    return kind && e >= g->tend + 2 && strncasecmp(c->t + e - 2, "of", 2) == 0 &&
                   !rel_wch((unsigned char)c->t[e - 3])
               ? G
               : NOPOS;
}

/* When total P names two things joined ("120 towers and masts"): 1, with
 * *R2 the figure before P in its sentence said per one of the second
 * ("four wooden receiver masts"), NOPOS when none is stated; 0 when P
 * names one thing.  Both nouns plural, or the second a noun of the
 * lexicon; no figure at the second ("120 towers and four masts"). */
int rel_coordinated_total(const ctx *c, size_t P, size_t R, size_t *R2)
{
    const tally_fact *pf = &c->f->v[P];
    size_t send = c->seg->sents[pf->sent_index].end, k = pf->tend;
    char w1[48], w2[48], u[48], cat[16];
    while (k < send && c->t[k] == ' ')
        k++;
    size_t e = rel_word_at(c->t, k, send, w1, sizeof w1);
    if (e == k || !(k = rel_phrase_at(c->t, e, send, " and ")))
        return 0;
    size_t s2 = k;
    e = rel_word_at(c->t, s2, send, w2, sizeof w2);
    size_t l1 = strlen(w1), l2 = strlen(w2);
    if (e == s2 || isdigit((unsigned char)w2[0]) ||
        (P + 1 < c->f->n && c->f->v[P + 1].tstart == s2))
        return 0;
    int known = rel_lookup_word(c->lex, w2, u, cat);
    if (!known && !(l1 > 3 && l2 > 3 && w1[l1 - 1] == 's' && w2[l2 - 1] == 's'))
        return 0;
    *R2 = NOPOS;
    for (size_t j = P; j-- > 0 && c->f->v[j].sent_index == pf->sent_index;)
        if (j != R && !c->fi[j].share && c->fi[j].unit[0] && c->f->v[j].value < pf->value &&
            ((known && strcmp(u, c->fi[j].unit) == 0) ||
             strncasecmp(w2, c->fi[j].unit, strlen(c->fi[j].unit)) == 0)) {
            *R2 = j;
            break;
        }
    return 1;
}

/* 1 when figure X, after R in R's sentence, of R's unit, is a part of R
 * named under "of which" right after R ("costs 1.4 million francs, of
 * which the planking is 0.9 million"): R's breakdown, neither a rate of
 * its own nor a product standing between R and a later bill (round 410). */
static int part_of_which(const ctx *c, size_t R, size_t X)
{
    static const char *const which[] = {"of which", NULL};
    const tally_fact *rf = &c->f->v[R], *xf = &c->f->v[X];
    if (X <= R || xf->sent_index != rf->sent_index || !rel_same_unit(&c->fi[R], &c->fi[X]) ||
        !(xf->value < rf->value))
        return 0;
    int nw = rel_words_between(c->t, rf->tend, xf->tstart, ";:()");
    return X == R + 1 && nw >= 2 && nw <= 9 && rel_phrase_in(c->t, rf->tend, xf->tstart, which);
}

/* 1 when fact j's noun has two words or more and its first (three letters
 * or more) is a word of t[a..b): "40 cargo gliders" against a rate said
 * of "a cargo glider" (round 444). */
static int noun_named(const ctx *c, size_t j, size_t a, size_t b)
{
    const char *n = c->f->v[j].noun;
    char w[48];
    size_t k = 0;
    if (!n)
        return 0;
    while (n[k] && n[k] != ' ' && k + 1 < sizeof w) {
        w[k] = (char)tolower((unsigned char)n[k]);
        k++;
    }
    w[k] = 0;
    if (n[k] != ' ' || k < 3)
        return 0;
    const char *ws[2] = {w, NULL};
    return rel_phrase_in(c->t, a, b, ws);
}

/* 1 when "another", "further" or "additional" stands right before count C
 * ("use another 600 litres"): a lot beside one counted before. */
static int another_lot(const ctx *c, size_t C)
{
    static const char *const more[] = {"another", "further", "additional", NULL};
    const tally_fact *f = &c->f->v[C];
    return rel_word_before_is(c, f->tstart, c->seg->sents[f->sent_index].start, more);
}

/* 1 when rate R's sentence names the bill as of no one lot counted
 * before: of two lots or more ("the day's fuel of both columns", "the two
 * depots' coal together"), of an extra over a lot ("the extra petrol of
 * the mud costs 300 crowns": the gap times the count), or of one thing
 * ("the oats of a single horse cost 1 crown a day"). */
static int bill_not_of_lot(const ctx *c, size_t R)
{
    static const char *const both[] = {"both", "together", "combined", "the two", "extra",
                                       "additional", "a single", "of one", NULL};
    const tally_sentence *s = &c->seg->sents[c->f->v[R].sent_index];
    return rel_phrase_in(c->t, s->start, s->end, both);
}

/* 1 when C is "another 40" / "a further 40" with no noun of its own: one
 * more lot of the kind a rate before it counts ("120 bicycles apiece and a
 * platoon with another 40"), no count of the things the rate is said of
 * (round 451). */
static int another_bare(const ctx *c, size_t C)
{
    static const char *const more[] = {"another", "further", NULL};
    const tally_fact *f = &c->f->v[C];
    size_t i = f->tend, s0 = c->seg->sents[f->sent_index].start;
    if (!rel_word_before_is(c, f->tstart, s0, more))
        return 0;
    while (c->t[i] == ' ')
        i++;
    return !isalpha((unsigned char)c->t[i]);
}

/* 1 when another rate of R's unit and period (no share) stands before R
 * in R's sentence or the one before it, in R's paragraph. */
static int rival_rate(const ctx *c, size_t R)
{
    int pr, pj;
    const tally_fact *rf = &c->f->v[R];
    if (!rel_rate_of(c, R, &pr) || pr < 0)
        return 0;
    for (size_t j = R; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < rf->sent_index ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[rf->sent_index].para)
            return 0;
        if (!c->fi[j].share && rel_same_unit(&c->fi[j], &c->fi[R]) && rel_rate_of(c, j, &pj) &&
            pj == pr && jf->value != rf->value)
            return 1;
    }
    return 0;
}

/* 1 when total P is joined by "and" to another total in its sentence,
 * right before or after it ("would land 2,340 men and some 64 tons"): one
 * total for each kind of count. */
static int paired_totals(const ctx *c, size_t P)
{
    static const char *const and_w[] = {"and", NULL};
    for (int d = -1; d <= 1; d += 2) {
        size_t j = P + d;
        if ((d < 0 && P == 0) || j >= c->f->n ||
            c->f->v[j].sent_index != c->f->v[P].sent_index || c->fi[j].share)
            continue;
        size_t a = d < 0 ? c->f->v[j].tend : c->f->v[P].tend,
               b = d < 0 ? c->f->v[P].tstart : c->f->v[j].tstart;
        if (rel_words_between(c->t, a, b, ";:()") >= 0 && rel_words_between(c->t, a, b, "") <= 3 &&
            rel_phrase_in(c->t, a, b, and_w))
            return 1;
    }
    return 0;
}

/* 1 when rate R is the second item of what each thing holds, after "and"
 * and an item counted by "a", "an" or "one" (no mark between): "Each corps
 * kept a main depot and four field depots, 20 in all" holds five depots
 * a corps, not R's four. */
static int item_after_one(const ctx *c, size_t R)
{
    static const char *const and_w[] = {"and", NULL};
    static const char *const one[] = {"a", "an", "one", NULL};
    const tally_fact *rf = &c->f->v[R];
    size_t s0 = c->seg->sents[rf->sent_index].start;
    if (R > 0 && c->f->v[R - 1].sent_index == rf->sent_index && c->f->v[R - 1].tend > s0)
        s0 = c->f->v[R - 1].tend;
    if (!rel_word_before_is(c, rf->tstart, s0, and_w))
        return 0;
    size_t k = rel_word_back(c, rf->tstart, s0);   /* at "and" */
    for (int w = 0; w < 4 && k > s0; w++) {
        size_t b = rel_word_back(c, k, s0);
        if (b >= k)
            return 0;
        for (size_t m = b; m < k; m++)
            if (strchr(",;:()", c->t[m]))
                return 0;
        if (rel_word_within(c, b, k, 1, one))
            return 1;
        k = b;
    }
    return 0;
}

int rel_rule_product(ctx *c, size_t P)
{
    static const char *const and_word[] = {"and", NULL};
    static const char *const and_a[] = {"and a", "and an", "and each", NULL};
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share ||
        (pi->used && !(share_part(c, P) && !rel_is_rate(c, P) &&
                       (pf->qual == TALLY_Q_EXACT || pf->qual == TALLY_Q_APPROX))))
        return 0;   /* a part a share is said of may be a product too */
    for (size_t R = P; R-- > 0;) {
        const tally_fact *rf = &c->f->v[R];
        if (rf->sent_index + 1 < pf->sent_index)
            break;
        /* "500 grams of bread a day" for each of 47,600 men against "23.8
         * tons a day": a weight in another unit, converted */
        double w = rel_same_unit(&c->fi[R], pi) ? 1 : rel_weight_ratio(c, c->fi[R].unit, pi->unit);
        if (w <= 0 || (w != 1 && !rel_is_rate(c, P)) || !(pf->value > rf->value * w))
            continue;
        if (w != 1 && (R = ration_named(c, R, P)) != NOPOS)
            rf = &c->f->v[R];   /* "500 grams of bread, 60 grams of meat and 800 grams
                                   of potatoes ... Bread alone ... 28.3 tons": the 500 */
        else if (w != 1)
            return 0;
        if (c->seg->sents[rf->sent_index].para != c->seg->sents[pf->sent_index].para)
            break;
        if (R > 0 && part_of_which(c, R - 1, R))
            continue;   /* "1.4 million francs, of which the planking is 0.9 million" */
        if (each_in_total(c, R) != NOPOS)
            return 0;   /* "168,000 in the 14 divisions at 12,000 each, 26,000 in ...":
                           R's product is the 168,000 before it (rule 10e) */
        size_t a, b;
        rate_window(c, R, &a, &b);
        if (rf->sent_index != pf->sent_index && rate_bound(c, R, a, b) && !bill_next(c, R, P))
            return 0;   /* R bound to its own count, unless P is that count's bill */
        if (R > 0 && c->f->v[R - 1].sent_index == rf->sent_index &&
            rel_comparable(&c->fi[R - 1], pi) && !c->fi[R - 1].share &&
            (((rel_joined_to(c->t, c->f->v[R - 1].tend, rf->tstart) ||
               comma_then_few(c, c->f->v[R - 1].tend, rf->tstart)) &&
              rel_words_between(c->t, c->f->v[R - 1].tend, rf->tstart, ";:()") <= 4) ||
             (rel_phrase_in(c->t, c->f->v[R - 1].tend, rf->tstart, and_word) &&
              rel_words_between(c->t, c->f->v[R - 1].tend, rf->tstart, ";:()") <=
                  (rel_phrase_in(c->t, c->f->v[R - 1].tend, rf->tstart, and_a) ? 10 : 6))))
            return 0;   /* "a crew of 62, a gunboat 28 and a launch nine, some 720 men",
                           "A C-47 carried 18 paratroopers, a glider 24 men", "a mountain
                           division at 8,200 and an armoured division at 9,400": one item
                           of a list of rates, not the rate of P */
        if (item_after_one(c, R))
            return 0;   /* "a main depot and four field depots, 20 in all" */
        if (rf->sent_index != pf->sent_index && rival_rate(c, R))
            return 0;   /* "now burns some 38,000 litres a day ... In January the figure
                           was 31,000 litres a day ... In March ... about 1,178,000":
                           two rates of the period before P, which one is not said */
        /* the counts: between R and P, other units, each said of one near R */
        tally_relation r;
        size_t C;
        if (!(pf->value >= 1.5 * rf->value * w))
            return 0;   /* "189 tanks ... ten more, 199 in all": no count makes 199 */
        if (rf->sent_index == pf->sent_index && R > 0 &&
            c->f->v[R - 1].sent_index == rf->sent_index && rel_same_unit(&c->fi[R - 1], pi) &&
            !c->fi[R - 1].share && c->f->v[R - 1].value > rf->value &&
            clause_and(c, rf->tend, pf->tstart))
            return 0;   /* "4.2 million crowns for 60 guns, or 70,000 crowns each, and 1.5
                           million for ammunition": R's product is the 4.2 million said
                           before it, the 1.5 million another item (a figure below R,
                           "another 2,100, so each site 3,000, and the 40 sites 120,000",
                           is no product of R) */
        for (C = R + 1; C < P; C++)
            if (another_bare(c, C) ||
                ((rel_same_unit(&c->fi[C], pi) || rel_same_unit(&c->fi[C], &c->fi[R])) &&
                !c->fi[C].share &&
                !(w != 1 && c->f->v[C].sent_index == rf->sent_index &&
                  rel_same_unit(&c->fi[C], &c->fi[R])) &&   /* the rest of a ration's list */
                 !part_of_which(c, R, C)))
                return 0;   /* "90 tons a day, or 1,080 tons over twelve days, and
                               another 300 tons": R's product is the 1,080; "another
                               40" bare: a lot of R's kind, no count of carriers */
        rel_init(&r, TALLY_REL_PRODUCT, P, w != 1 ? "per unit, weight converted" : "per unit");
        if (w != 1)
            r.factor = w;
        rel_part(c, &r, R);
        int named_pick = 0;   /* a count picked by the words of R's clause */
        for (C = R + 1; C < P; C++) {
            const finfo *ci = &c->fi[C];
            if (!ci->unit[0] || ci->share || ci->used || rel_same_unit(ci, pi) ||
                !(c->f->v[C].value > 1) || !said_of_one(c, a, b, ci->unit) ||
                rel_one_thing_has(c, C, 0))
                continue;   /* "a horse column has 160 ... and a mule column 140
                               mules": another rate, no count of R's things */
            size_t pick = noun_named(c, C, a, b) ? C : NOPOS;
            for (size_t C2 = C + 1; pick == NOPOS && C2 < P; C2++)
                if (rel_same_unit(&c->fi[C2], ci) && !c->fi[C2].share && !c->fi[C2].used &&
                    noun_named(c, C2, a, b))
                    pick = C2;   /* "a cargo glider about 1.6 tons ... the 180 troop
                                    gliders and 40 cargo gliders": the 40 */
            if (pick == NOPOS)
                pick = C;
            int dup = 0;
            for (size_t k = 1; k < r.nparts; k++)
                dup |= rel_same_unit(&c->fi[r.parts[k].fact], ci);
            if (dup && (!named_pick || !paired_totals(c, P)))
                return 0;   /* "58 Kv-52 sorties and 34 Rz-3 sorties brought in 178
                               tons" after "two tons a sortie and the Rz-3 one and a
                               half": counts of two kinds, one total for both (not
                               "would land 2,340 men and some 64 tons", one each) */
            named_pick |= pick != C || noun_named(c, C, a, b);
            if (!dup)
                rel_part(c, &r, pick);
        }
        if (r.nparts == 1 && rf->sent_index == pf->sent_index && P == R + 2 &&
            each_subject(c, R) && !each_apposed(c, R) && !c->fi[R + 1].share &&
            !c->fi[R + 1].used &&
            c->fi[R + 1].unit[0] && !rel_same_unit(&c->fi[R + 1], pi) &&
            !rel_is_rate(c, R + 1) && c->f->v[R + 1].value > 1)
            rel_part(c, &r, R + 1);   /* "each burned some 4,000 litres, so that the 6,480
                                         sorties used up about 26 million litres" */
        if (r.nparts == 1 && R + 1 == P && !stated_as_total(c, P) &&
            ((rf->sent_index == pf->sent_index && totalled(c, R, P)) || bill_next(c, R, P)) &&
            (C = count_before(c, R, a, b)) != NOPOS && (C = delivered(c, C, R, P)) != NOPOS &&
            !each_other_than(c, a, b, C) &&
            !rel_order_not_had(c, C, P) && !rel_lot_part_bill(c, P) &&
            !said_of_one(c, pf->tend, own_words_end(c, P), c->fi[C].unit))
        {
            rel_part(c, &r, C);   /* "120 fighters ... at $310,000 an aircraft, or $37 million";
                                     not when P is said of one of them too */
            size_t K = rel_carrier_of(c, R, C);
            if (K != NOPOS)
                rel_part(c, &r, K);   /* "four divisions. ... three bakeries of 12 ovens
                                         for each division, 144 ovens": 12 x 4 x 3 */
            size_t G = groups_of_count(c, C, P);
            if (G != NOPOS && !c->fi[G].used)
                rel_part(c, &r, G);   /* "two regiments of three battalions, and a
                                         battalion counted 35 lorries, 210 lorries":
                                         2 x 3 x 35 */
        }
        if (r.nparts >= 2 && !period_kept(c, &r, P) && (C = frequency_of(c, R, P)) != NOPOS)
            rel_part(c, &r, C);   /* "Columns of 40 lorries, each carrying 5 tons, ...
                                     three times a week, ... 600 tons a week" */
        if (r.nparts == 1 && w != 1 && rf->sent_index == pf->sent_index &&
            (C = herd_before(c, R, a, b)) != NOPOS)
            rel_part(c, &r, C);   /* "64,000 horses ... 11 kg ... a horse a day, so that
                                     the army needed some 704 tons" */
        if (r.nparts == 1 && w != 1 && (C = rel_strength_back(c, R, P)) != NOPOS)
            rel_part(c, &r, C);   /* "a daily ration of 600 grams of rice. At full
                                     strength the corps' rice came to 11.8 tons a day",
                                     the 18,000 men counted paragraphs before */
        if (r.nparts < 2 || !period_kept(c, &r, P) || period_lost(c, &r, R, P))
            return 0;   /* "8 tons ... 50 trucks ... three times a week, 1,200 tons a
                           week": no factor is weekly, so 8 x 50 is not P */
        size_t cs[TALLY_REL_MAXPARTS];
        for (size_t k = 1; k < r.nparts; k++)
            cs[k - 1] = r.parts[k].fact;
        if (said_of_counted(c, P, cs, r.nparts - 1))
            return 0;   /* "two guns to a battery; ... five batteries ..., four guns
                           to a battery": P is another rate, no product */
        if (product_stated_before(c, &r, P))
            return 0;   /* "27 aircraft a regiment, so that the seven should have
                           counted 189; the returns list 162 aircraft": the product
                           is the 189, P what there was */
        if (rel_rate_apart(c, R, P))
            return 0;   /* another year, or a promise against what came */
        for (size_t k = 1; k < r.nparts; k++)
            if (rel_broader_bill(c, P, r.parts[k].fact) ||
                rel_on_count_foreign(c, R, r.parts[k].fact, P) ||
                rel_lot_of_before(c, P) || flow_or_rest(c, R, P))
                return 0;   /* a price of rifles, a bill "for small arms and ammunition";
                               "...; on the 50,000 tons, the mines earned"; "took a
                               cargo of 1,800 tons", one lot (round 448); "moved 500 tons in
                               the week", "the rest held back" (round 461) */
        size_t R2;
        if (rel_coordinated_total(c, P, R, &R2)) {
            /* "four towers and four masts ... the 15 stations needed 120
             * towers and masts": 4 x 15 + 4 x 15; one rate only: unchecked */
            if (R2 == NOPOS || r.nparts != 2)
                return 0;
            size_t C2 = r.parts[1].fact;
            rel_init(&r, TALLY_REL_SUM, P, "per unit, coordinated");
            r.products = 1;
            rel_part(c, &r, C2);
            r.parts[0].rate = R + 1;
            rel_part(c, &r, C2);
            r.parts[1].rate = R2 + 1;
            c->fi[R].used = c->fi[R2].used = 1;
        }
        return rel_add(c, &r);
        /* only the nearest figure of the same unit is the rate */
    }
    return 0;
}

/* The first figure of P's sentence starting at most `words` words after
 * offset a, no mark of stops between; NOPOS when none. */
static size_t fact_soon_after(const ctx *c, size_t P, size_t a, int words, const char *stops)
{
    for (size_t j = P + 1; j < c->f->n && c->f->v[j].sent_index == c->f->v[P].sent_index; j++) {
        if (c->f->v[j].tstart < a)
            continue;
        int w = rel_words_between(c->t, a, c->f->v[j].tstart, stops);
        return w >= 0 && w <= words ? j : NOPOS;
    }
    return NOPOS;
}

/* Rule 7c, the product before its factors: "450 tons a day, to be
 * carried by 150 aircraft each making one trip of 3 tons".  After P (a
 * figure with a unit) within six words a word that hands it to carriers
 * ("by", "requiring", "needing", "using"), a count C of another unit at
 * most three words after that, "each" or "apiece" at most two words
 * after C, and the first figure R after C of P's unit, smaller, at most
 * eight words on, only figures of one between ("one trip") -> PRODUCT
 * P = R x C. */
int rel_rule_product_ahead(ctx *c, size_t P)
{
    static const char *const by[] = {"by", "requiring", "needing", "using", "employing",
                                     NULL};
    static const char *const each[] = {"each", "apiece", NULL};
    const finfo *pi = &c->fi[P];
    const tally_fact *pf = &c->f->v[P];
    if (!pi->unit[0] || pi->share || pi->used || !(pf->value > 1))
        return 0;
    size_t send = c->seg->sents[pf->sent_index].end, C = NOPOS;
    int words = 0;
    for (size_t i = pf->tend; i < send && words <= 6 && C == NOPOS; i++) {
        if (strchr(";:()", c->t[i]))
            return 0;
        if (!rel_wch((unsigned char)c->t[i]) || (i > 0 && rel_wch((unsigned char)c->t[i - 1])))
            continue;
        words++;
        for (size_t k = 0; by[k] && C == NOPOS; k++) {
            size_t e = rel_phrase_at(c->t, i, send, by[k]);
            if (e)
                C = fact_soon_after(c, P, e, 3, ";:()");
        }
    }
    if (C == NOPOS || !c->fi[C].unit[0] || c->fi[C].share || c->fi[C].used ||
        rel_same_unit(&c->fi[C], pi) || !(c->f->v[C].value > 1))
        return 0;
    size_t after = c->f->v[C].tend, e = 0;
    for (int nw = 0; nw < 3 && after < send && !e; nw++) {
        while (after < send && c->t[after] == ' ')
            after++;
        for (size_t k = 0; each[k] && !e; k++)
            e = rel_phrase_at(c->t, after, send, each[k]);
        char w[48];
        size_t we = rel_word_at(c->t, after, send, w, sizeof w);
        if (we == after)
            break;
        after = we;
    }
    if (!e)
        return 0;
    size_t R = NOPOS;
    for (size_t j = C + 1; j < c->f->n && c->f->v[j].sent_index == pf->sent_index; j++) {
        if (rel_same_unit(&c->fi[j], pi)) {
            R = j;
            break;
        }
        if (c->f->v[j].value != 1)
            return 0;
    }
    if (R == NOPOS || c->fi[R].share || c->fi[R].used || !(c->f->v[R].value < pf->value))
        return 0;
    int w = rel_words_between(c->t, e, c->f->v[R].tstart, ";:()");
    if (w < 0 || w > 8)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each");
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    if (!period_or_frequency(c, &r, R, P))
        return 0;   /* "50 trucks, each carrying 8 tons, ... three times a week, 1,200
                       tons a week": a weekly total needs a weekly factor */
    c->fi[P].used = c->fi[R].used = 1;
    return rel_add(c, &r);
}

/* Rule 7b: "carried 900 tons in 300 sorties, an average of 3 tons per
 * sortie": a rate Z after the total X (Z's unit, larger) and the count Y
 * (the unit Z is said per) of its own sentence is X / Y. */
/* The count that an average said per one of t[a..b) divides, when Z's
 * sentence (first figure lo) has none: the last figure of the sentence
 * with figures before it in the paragraph (or the one before that)
 * counting that thing (no rate, no bound, no part of a sum); NOPOS when
 * none. */
/* 1 when figure j is called a total: "a total of" in its clause before
 * it, "in all" or "altogether" right after it. */
static int summed(const ctx *c, size_t j)
{
    static const char *const before[] = {"a total of", "total of", NULL};
    static const char *const after[] = {"in all", "altogether", NULL};
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t a = f->tstart;   /* back to the clause's comma: "a total of 50 ships and
                               155,000 tons" */
    while (a > s->start && c->t[a - 1] != ',' && c->t[a - 1] != ';' && f->tstart - a < 80)
        a--;
    size_t e = f->tend + 14 < s->end ? f->tend + 14 : s->end;
    return rel_phrase_in(c->t, a, f->tstart, before) || rel_phrase_in(c->t, f->tend, e, after);
}

static int change_amount_of(const ctx *c, size_t j);

/* 1 when count j is what is left of a whole ("That left 59 km", "the
 * remaining 40 km"): no count of the whole an average is said over. */
static int remainder_count(const ctx *c, size_t j)
{
    static const char *const left[] = {"left", "leaving", "remaining", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t s = c->seg->sents[f->sent_index].start;
    size_t w = rel_word_back(c, f->tstart, s);
    return rel_word_before_is(c, f->tstart, s, left) ||
           (w > s && rel_word_before_is(c, w, s, left));
}

/* 1 when count j opens its sentence as a partitive whole ("Of the 184 km,
 * 21 were finished ... and 104 ..."): the figures after it are its parts. */
static int partitive_opening(const ctx *c, size_t j)
{
    static const char *const of_the[] = {"of the", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t s = c->seg->sents[f->sent_index].start;
    while (s < f->tstart && c->t[s] == ' ')
        s++;
    return f->tstart >= s + 7 && f->tstart - s <= 8 && rel_phrase_at(c->t, s, f->tstart, of_the[0]);
}

static size_t count_in_sentence_before(const ctx *c, size_t lo, size_t a, size_t b, int *amb)
{
    *amb = 0;   /* set when the sentence offers more than one count of the thing */
    size_t zs = lo < c->f->n ? c->f->v[lo].sent_index : 0;
    int skipped = 0;   /* a remainder was passed over: one sentence more is read */
    for (int back = 0; back < 2 + skipped && lo > 0; back++) {   /* "a distance of 184
                                                          km. The staff wanted it in
                                                          two years. ..., or 250,000
                                                          florins a kilometre" */
        size_t ps = c->f->v[lo - 1].sent_index, first, last;
        if (ps >= c->seg->nsents || c->seg->sents[ps].para != c->seg->sents[zs].para)
            return NOPOS;
        rel_sent_range(c, ps, &first, &last);
        size_t total = NOPOS;
        if (skipped && first < last && partitive_opening(c, first) &&
            said_of_one(c, a, b, c->fi[first].unit) && !rel_is_rate(c, first))
            return first;   /* "Of the 184 km, 21 ... and 104 ...": the whole */
        if (skipped) {
            lo = first;   /* past a remainder only such a whole is taken */
            continue;
        }
        for (size_t j = last; j-- > first;) {
            const tally_fact *jf = &c->f->v[j];
            if (c->fi[j].share || !c->fi[j].unit[0] || rel_is_rate(c, j) ||
                (jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX) ||
                !said_of_one(c, a, b, c->fi[j].unit) || gap_named(c, j))
                continue;   /* "gave it 112 aircraft, an increase of 64 on March": the
                               new level is counted, not the change's amount; nor a gap
                               ("It fell 360 tons short of the promise") */
            if (!skipped && remainder_count(c, j)) {
                skipped = 1;   /* "That left 59 km ...": the whole is further back */
                continue;
            }
            if (j > first && rel_same_unit(&c->fi[j - 1], &c->fi[j]) &&
                rel_word_before_is(c, jf->tstart, c->seg->sents[ps].start,
                                   (const char *const[]){"from", NULL}))
                continue;   /* "down to 1,240 boats from 1,610 before the war": the old
                               level; the count is the new one before it */
            if (each_subject(c, j))
                continue;   /* "Each battery mounted four guns, so that the command had 60
                               pieces": the four are said of one battery, no count */
            if (c->fi[j].part) {
                *amb = 1;   /* "6,420 sorties, 2,310 by day and 4,100 by night": the whole */
                continue;
            }
            if (!summed(c, j))
                return whole_of_list_end(c, j, first);   /* "640 tons ...: 410 tons of
                                                            flour, 150 of meat and 80
                                                            of rice": the 640 */
            if (total == NOPOS)
                total = j;   /* "a total of 50 ships and 155,000 tons": a count of its
                                own before it is meant first ("31 ships of 97,000 tons") */
        }
        if (total != NOPOS) {
            *amb |= total != NOPOS && first + 1 < last;
            return total;
        }
        lo = first;
    }
    return NOPOS;
}

/* 1 when a rate of interest ("at 4.5 per cent") stands between figures X
 * and Z of one sentence. */
static int share_between(const ctx *c, size_t X, size_t Z)
{
    static const char *const at[] = {"at", NULL};
    for (size_t j = X + 1; j < Z; j++)
        if (c->fi[j].share && rel_word_before_is(c, c->f->v[j].tstart, 0, at))
            return 1;
    return 0;
}

/* 1 when figure j is the amount of a change ("an increase of 17", "a
 * fall of 40", "up by 12"): a difference between two levels, not a count
 * of things an average may be said per (the new level is). */
static int change_amount_of(const ctx *c, size_t j)
{
    static const char *const by[] = {"by", NULL};
    static const char *const verbs[] = {"up", "down", "rose", "fell", "grew", "increased",
                                        "decreased", "dropped", "declined", "rising",
                                        "falling", "growing", NULL};
    static const char *const nouns[] = {"increase of", "rise of", "fall of", "gain of",
                                        "growth of", "drop of", "decline of", "decrease of",
                                        "reduction of", "addition of", NULL};
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t a = f->tstart > s->start + 16 ? f->tstart - 16 : s->start;
    if (rel_word_before_is(c, f->tstart, s->start, by)) {
        size_t k = f->tstart;
        while (k > s->start && c->t[k - 1] == ' ')
            k--;
        return k >= s->start + 2 && rel_word_before_is(c, k - 2, s->start, verbs);
    }
    for (size_t k = a; k < f->tstart; k++)
        for (size_t q = 0; nouns[q]; q++) {
            size_t e = rel_phrase_at(c->t, k, f->tstart, nouns[q]);
            if (e && rel_words_between(c->t, e, f->tstart, "") == 0)
                return 1;
        }
    return 0;
}

/* 1 when a word of averaging ("average", "mean", "averaging") stands
 * between figure Z and the figure before it (or its sentence start, from
 * the first figure lo's sentence) when at most eight words part them, or
 * at most three words before Z in its clause however far the figure before
 * is ("41,300 wounded and sick to the base, an average of some 10,300"). */
static int average_cue(const ctx *c, size_t Z, size_t lo)
{
    static const char *const avg[] = {"average", "mean", "averaging", "averaged", NULL};
    const tally_sentence *s = &c->seg->sents[c->f->v[lo].sent_index];
    size_t a = Z > lo ? c->f->v[Z - 1].tend : s->start;
    size_t b = c->f->v[Z].tstart;
    if (rel_words_between(c->t, a, b, "") <= 8)
        return rel_phrase_in(c->t, a, b, avg);
    size_t near = rel_word_back(c, b, a);   /* back four words, no mark crossed */
    for (int nw = 0; nw < 3 && near > a; nw++) {
        size_t w = rel_word_back(c, near, a);
        if (w >= near || !rel_wch((unsigned char)c->t[w]))
            break;
        near = w;
    }
    return rel_words_between(c->t, near, b, ",;:()") >= 0 && rel_phrase_in(c->t, near, b, avg);
}

/* The total of Z's unit, above Z, in the sentence before Z's (no rate, no
 * share), its largest; else the largest comparable one (persons under
 * another noun); NOPOS when none. */
/* 1 when words a and b are the same noun, one maybe in the plural or the
 * possessive ("quota", "quotas", "quota's"). */
static int same_noun(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    while (na > 2 && (a[na - 1] == 's' || a[na - 1] == '\'')) na--;
    while (nb > 2 && (b[nb - 1] == 's' || b[nb - 1] == '\'')) nb--;
    return na == nb && na >= 3 && strncmp(a, b, na) == 0;
}

/* The figure of [first,last) of Z's unit (or a comparable one), larger
 * than Z, no share and no rate, that the noun opening Z's sentence names:
 * "... set its quota at 110,000 tons. The quota was spread over 440
 * villages, on average 250 tons a village" (the quota, not the harvest
 * stated beside it).  The noun is one of the two words after a definite
 * determiner opening the sentence; it names a figure when it stands at
 * most three words before it in its clause.  NOPOS when none. */
static size_t named_total(const ctx *c, size_t first, size_t last, size_t Z)
{
    static const char *const det[] = {"the", "this", "that", "these", "those", "its",
                                      "their", NULL};
    static const char *const verbs[] = {"was", "were", "is", "are", "had", "has", "and",
                                        "of", "for", "in", NULL};
    size_t zs = c->f->v[Z].sent_index, k = rel_sent_open(c, zs), e = c->f->v[Z].tstart;
    char w[24], noun[2][24];
    int nn = 0;
    k = rel_word_at(c->t, k, e, w, sizeof w);
    int isdet = 0;
    for (size_t q = 0; det[q]; q++)
        isdet |= strcmp(w, det[q]) == 0;
    while (isdet && nn < 2 && k < e) {
        while (k < e && c->t[k] == ' ')
            k++;
        k = rel_word_at(c->t, k, e, w, sizeof w);
        int stop = !w[0] || isdigit((unsigned char)w[0]);
        for (size_t q = 0; verbs[q] && !stop; q++)
            stop = strcmp(w, verbs[q]) == 0;
        if (stop)
            break;
        memcpy(noun[nn++], w, sizeof w);
    }
    for (size_t j = first; j < last && nn > 0; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (!rel_comparable(&c->fi[j], &c->fi[Z]) || c->fi[j].share || rel_is_rate(c, j) ||
            jf->value <= c->f->v[Z].value)
            continue;
        size_t a = jf->tstart, ss = c->seg->sents[jf->sent_index].start;
        for (int nw = 0; nw < 4 && a > ss && c->t[a - 1] != ',' && c->t[a - 1] != ';'; ) {
            while (a > ss && c->t[a - 1] == ' ')
                a--;
            size_t b = a;
            a = rel_word_back(c, a, ss);
            if (a == b)
                break;
            rel_word_at(c->t, a, b, w, sizeof w);
            nw++;
            for (int q = 0; q < nn; q++)
                if (same_noun(w, noun[q]))
                    return j;
        }
    }
    return NOPOS;
}

/* The whole of the breakdown figure j is a part of ("46,800 tons. Of this,
 * 31,200 tons were iron, 6,100 ..."): the stated figure of the SUM found
 * with j among its parts, when it is of Z's unit and stands in j's
 * paragraph; else j itself. */
static size_t whole_of_part(const ctx *c, size_t j, size_t Z)
{
    if (!c->fi[j].part)
        return j;
    for (size_t q = c->out->n; q-- > 0;) {
        const tally_relation *r = &c->out->v[q];
        if (r->kind != TALLY_REL_SUM || r->stated == TALLY_NO_FACT)
            continue;
        for (size_t k = 0; k < r->nparts; k++)
            if (r->parts[k].fact == j && !r->parts[k].negative) {
                size_t W = r->stated;
                const tally_fact *wf = &c->f->v[W];
                if (rel_comparable(&c->fi[W], &c->fi[Z]) && !c->fi[W].share &&
                    wf->value > c->f->v[j].value &&
                    c->seg->sents[wf->sent_index].para ==
                        c->seg->sents[c->f->v[j].sent_index].para)
                    return W;
                return j;
            }
    }
    return j;
}

static size_t total_in_sentence_before(const ctx *c, size_t lo, size_t Z)
{
    if (lo == 0)
        return NOPOS;
    size_t ps = c->f->v[lo - 1].sent_index, first, last;
    if (ps >= c->seg->nsents ||
        c->seg->sents[ps].para != c->seg->sents[c->f->v[Z].sent_index].para)
        return NOPOS;
    rel_sent_range(c, ps, &first, &last);
    size_t named = named_total(c, first, last, Z);
    if (named != NOPOS)
        return named;
    size_t best = NOPOS;   /* the largest: "27,000 tons: 15,000 of food and 12,000 of
                              fuel", not the last item of its list */
    for (size_t j = first; j < last; j++)
        if (rel_same_unit(&c->fi[j], &c->fi[Z]) && !c->fi[j].share && !rel_is_rate(c, j) &&
            c->f->v[j].value > c->f->v[Z].value &&
            (best == NOPOS || c->f->v[j].value > c->f->v[best].value))
            best = j;
    if (best != NOPOS)
        return whole_of_part(c, best, Z);   /* "64,900 persons: 51,300 troops, ... and 6,400 civilians. ...
                              an average of some 8,100 a night" (the 8,100 took the
                              civilians' noun): the largest figure of persons */
    for (size_t j = first; j < last; j++)
        if (rel_comparable(&c->fi[j], &c->fi[Z]) && !c->fi[j].share && !rel_is_rate(c, j) &&
            c->f->v[j].value > c->f->v[Z].value &&
            (best == NOPOS || c->f->v[j].value > c->f->v[best].value))
            best = j;
    return best;
}

/* A PRODUCT: total X is rate Z times a count in words k (days of a month,
 * months named), checked as X / k against Z when average is set; Z is
 * used.  0 or -1 as rel_add(). */
static int add_times(ctx *c, size_t X, size_t Z, double k, int average, const char *cue)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, X, cue);
    r.factor = k;
    r.average = average;
    rel_part(c, &r, Z);
    c->fi[Z].used = 1;
    return rel_add(c, &r);
}

/* The nearest figure before Z (back to the sentence before Z's, in its
 * paragraph) of unit-mate like's unit, no share, no rate, no base of a
 * rate ("per" right before it), larger than above (smaller ones skipped);
 * NOPOS when none or when it is a range or a bound. */
static size_t per_base_operand(const ctx *c, size_t Z, size_t like, double above)
{
    static const char *const per[] = {"per", NULL};
    const tally_fact *zf = &c->f->v[Z];
    for (size_t j = Z; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < zf->sent_index || jf->para != zf->para)
            break;
        if (!rel_same_unit(&c->fi[j], &c->fi[like]) || c->fi[j].share ||
            rel_is_rate(c, j) || rel_word_before_is(c, jf->tstart, 0, per))
            continue;
        if (!(jf->value > above))
            continue;   /* "3.4 for the older type": another rate, no exposure */
        return jf->qual == TALLY_Q_EXACT || jf->qual == TALLY_Q_APPROX ? j : NOPOS;
    }
    return NOPOS;
}

/* A rate per a round base: "14 accidents in 21,500 hours, a rate of 6.5 per
 * 10,000 hours", "nine written off, or 4.8 per 10,000 hours".  Z right
 * before "per" and a base B of 100, 1,000, 10,000 or 100,000 (B the next
 * figure, with a unit); the exposure E the nearest figure of B's unit
 * before Z, larger than B; the count X the nearest figure of Z's unit
 * before Z, below E (both in Z's sentence or the one before) -> PRODUCT
 * (average) Z = X / (E / B): stated X, parts Z and E, factor 1 / B. */
int rel_rule_per_base(ctx *c, size_t lo, size_t hi)
{
    static const char *const per[] = {"per", NULL};
    for (size_t Z = lo; Z + 1 < hi; Z++) {
        size_t B = Z + 1;
        const tally_fact *zf = &c->f->v[Z], *bf = &c->f->v[B];
        double lb = bf->value > 0 ? log10(bf->value) : 0;
        if (c->fi[Z].used || c->fi[Z].share || !c->fi[Z].unit[0] || !c->fi[B].unit[0] ||
            rel_same_unit(&c->fi[Z], &c->fi[B]) || lb < 2 || lb > 5 || lb != floor(lb) ||
            !rel_word_before_is(c, bf->tstart, zf->tend, per) ||
            rel_words_between(c->t, zf->tend, bf->tstart, "") != 1)
            continue;
        size_t E = per_base_operand(c, Z, B, bf->value);
        if (E == NOPOS)
            continue;
        size_t X = per_base_operand(c, Z, Z, 0);
        if (X == NOPOS || c->fi[X].used || !(c->f->v[X].value < c->f->v[E].value))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, X, "per a round base");
        r.average = 1;
        r.factor = 1 / bf->value;
        rel_part(c, &r, Z);
        rel_part(c, &r, E);
        c->fi[Z].used = c->fi[B].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* 1 when total j counts sorties and the average Z aircraft: "some 1,900
 * bomber sorties, an average of about 51 bombers a raid" (an aircraft
 * flown on a raid is a sortie); only under an average cue. */
static int is_duration(const ctx *c, size_t j);

/* 1 when "on average" follows Z's "per <noun>" (starting at b) within
 * five words ("50 instruments to an exchange on average"). */
static int average_after(const ctx *c, size_t b, size_t send)
{
    static const char *const avg[] = {"on average", NULL};
    size_t e = b;
    for (int nw = 0; nw < 5 && e < send; nw++) {
        while (e < send && c->t[e] == ' ')
            e++;
        char w[48];
        size_t n = rel_word_at(c->t, e, send, w, sizeof w);
        if (n == e)
            break;
        e = n;
    }
    return rel_phrase_in(c->t, b, e, avg);
}

/* The one figure before Z in its sentence (no ";" between) that is no
 * share, no rate, no span of time, not Y, of a unit other than Y's and
 * larger than Z: the total an average of Z per one of Y's things divides
 * when its noun is not Z's ("148 pits and some 92,000 miners, an average
 * of about 620 men to a pit").  NOPOS when none or more than one. */
static size_t other_total(const ctx *c, size_t lo, size_t Z, size_t Y)
{
    size_t X = NOPOS;
    for (size_t j = Z; j-- > lo;) {
        if (rel_words_between(c->t, c->f->v[j].tend, c->f->v[Z].tstart, ";") < 0)
            break;
        const finfo *ji = &c->fi[j];
        if (j == Y || ji->share || !ji->unit[0] || rel_same_unit(ji, &c->fi[Y]) ||
            rel_is_rate(c, j) || is_duration(c, j) || c->f->v[j].value <= c->f->v[Z].value)
            continue;
        if (X != NOPOS)
            return NOPOS;   /* two totals: which one is meant is not said */
        X = j;
    }
    return X;
}

static int sorties_as_aircraft(const ctx *c, size_t j, size_t Z, size_t lo)
{
    return strcmp(c->fi[j].unit, "sortie") == 0 && strcmp(c->fi[Z].unit, "aircraft") == 0 &&
           average_cue(c, Z, lo);
}

/* The base of an average said "for every N" ("two rifles for every three
 * men"): the figure right after Z whose number follows "every" within
 * Z's per-phrase t[a..b), a whole count above 1; NOPOS if none. */
static size_t every_base(const ctx *c, size_t Z, size_t hi, size_t a, size_t b)
{
    static const char *const every[] = {"every", NULL};
    size_t B = Z + 1;
    if (B >= hi || c->f->v[B].tstart < a || c->f->v[B].tstart >= b)
        return NOPOS;
    const tally_fact *bf = &c->f->v[B];
    if (!rel_word_before_is(c, bf->tstart, a, every) || !(bf->value > 1) ||
        bf->value != floor(bf->value) || bf->qual != TALLY_Q_EXACT)
        return NOPOS;
    return B;
}

/* 1 when Z's clause, from the last , ; : ( before Z (not before the
 * figure before it) to Z, bounds or ranks Z instead of averaging: "at the
 * peak 1,800 tons a day", "the largest 3,000 tons a sailing", "never more
 * than 2,500 a wave", "up to 400 a crossing".  Such a figure is the most
 * (or least) of one thing, no total divided by a count. */
static int bounded_figure(const ctx *c, size_t Z)
{
    static const char *const bound[] = {"never", "up to", "peak", "maximum", "minimum",
                                        "record", "most", "least", "top", "best", "worst",
                                        "rising", "falling", "reaching", "climbing", NULL};
    static const char *const the[] = {"the", "its", "their", NULL};
    static const char *const noun[] = {"interest", "harvest", "forest", "request",
                                       "conquest", "contest", "protest", NULL};
    const tally_fact *zf = &c->f->v[Z];
    size_t a = c->seg->sents[zf->sent_index].start;
    if (Z > 0 && c->f->v[Z - 1].sent_index == zf->sent_index)
        a = c->f->v[Z - 1].tend;
    for (size_t k = zf->tstart; k > a; k--)
        if (strchr(",;:(", c->t[k - 1])) {
            a = k;
            break;
        }
    if (rel_phrase_in(c->t, a, zf->tend, bound))
        return 1;   /* Z's own words too: "up to 400" */
    for (size_t i = a; i < zf->tstart; i++) {   /* "the largest", "its heaviest" */
        if (i > a && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        char w[48];
        size_t e = rel_word_at(c->t, i, zf->tstart, w, sizeof w), n = strlen(w);
        if (n >= 6 && strcasecmp(w + n - 3, "est") == 0 &&
            rel_word_before_is(c, i, a, the) && !rel_word_within(c, i, e, 1, noun))
            return 1;
    }
    return 0;
}

/* Round 440: 1 when the periods Y an average Z is said over are narrowed
 * to a part of the total's span right after Y's noun: "alone" / "only"
 * ("in the 30 days of April alone"), or "of" and a month or season the
 * sentence does not name before Z ("20,000 in the spring ... 400 a day in
 * the 30 days of April"): the total is no count of those periods. */
static int periods_narrowed(const ctx *c, size_t Z, size_t Y)
{
    const tally_fact *yf = &c->f->v[Y];
    const tally_sentence *s = &c->seg->sents[yf->sent_index];
    size_t b = yf->tend;
    char w[48];
    for (int nw = 0; nw < 4 && rel_clause_word(c, &b, s->end, w, sizeof w); nw++) {
        if (strcmp(w, "alone") == 0 || strcmp(w, "only") == 0)
            return 1;
        if (strcmp(w, "of") == 0) {
            char m[48];
            size_t k = b;
            while (k < s->end && c->t[k] == ' ')
                k++;
            rel_word_at(c->t, k, s->end, m, sizeof m);
            if (!month_or_season(m))
                return 0;
            for (size_t i = s->start; i + strlen(m) <= c->f->v[Z].tstart; i++)
                if ((i == s->start || !rel_wch((unsigned char)c->t[i - 1])) &&
                    rel_phrase_at(c->t, i, c->f->v[Z].tstart, m))
                    return 0;   /* "14,415 in July, 465 a day in the 31 days of July" */
            return 1;
        }
    }
    return 0;
}

/* Round 431: the count of periods an average of Z "a day" is said over
 * right after its per-phrase from a ("an average of 465 a day over its 31
 * days", "31 a night across the 80 nights"): the next figure, within seven
 * words of a, after "over" / "across" / "during" / "in" / "for" and at most
 * one of "its" / "the" / "their" / "those" / "these", a whole count above
 * 1, exact, whose unit the per-phrase names.  NOPOS when none. */
static size_t periods_after(const ctx *c, size_t Z, size_t hi, size_t a)
{
    static const char *const over[] = {"over", "across", "during", "in", "for", NULL};
    static const char *const det[] = {"its", "the", "their", "those", "these", NULL};
    size_t Y = Z + 1;
    if (Y >= hi || c->f->v[Y].sent_index != c->f->v[Z].sent_index)
        return NOPOS;
    const tally_fact *yf = &c->f->v[Y];
    static const char *const each_of[] = {"each of the", "each of its", "each of their",
                                          "every one of the", NULL};
    int each = 0;   /* "12,000 litres for each of the 120 days" */
    for (size_t q = 0; each_of[q] && !each; q++) {
        size_t e = rel_phrase_at(c->t, a, yf->tstart, each_of[q]);
        each = e && rel_words_between(c->t, e, yf->tstart, "") == 0;
    }
    if (yf->tstart < a || rel_words_between(c->t, a, yf->tstart, ",;:()") < 0 ||
        rel_words_between(c->t, a, yf->tstart, "") > 7 || !(yf->value > 1) ||
        yf->value != floor(yf->value) || yf->qual != TALLY_Q_EXACT || c->fi[Y].share ||
        (!each && !said_of_one(c, a, yf->tstart, c->fi[Y].unit)))
        return NOPOS;
    if (each)
        return periods_narrowed(c, Z, Y) ? NOPOS : Y;
    if (periods_narrowed(c, Z, Y))
        return NOPOS;
    size_t w = rel_word_back(c, yf->tstart, a);
    if (w < yf->tstart && rel_word_before_is(c, yf->tstart, a, det))
        return rel_word_before_is(c, w, a, over) ? Y : NOPOS;
    return rel_word_before_is(c, yf->tstart, a, over) ? Y : NOPOS;
}

/* 1 when the words right before figure j name a gap ("a shortfall of
 * 27", "a deficit of"), or j is a change's amount or measured "short". */
static int gap_named(const ctx *c, size_t j)
{
    static const char *const gap[] = {"shortfall", "deficit", "gap", "short", "less", "fewer",
                                      NULL};
    const tally_fact *f = &c->f->v[j];
    size_t a = rel_words_back(c, f->tstart, c->seg->sents[f->sent_index].start, 3);
    return rel_phrase_in(c->t, a, f->tstart, gap) || change_amount_of(c, j) || short_by(c, j);
}

/* 1 when the product of r's factors is stated between its last factor
 * and P (rel_product_stated()). */
static int product_stated_before(const ctx *c, const tally_relation *r, size_t P)
{
    double v = 1;
    size_t last = 0;
    for (size_t k = 0; k < r->nparts; k++) {
        size_t j = r->parts[k].fact;
        if (j == TALLY_NO_FACT)
            return 0;
        v *= c->f->v[j].value;
        if (j > last)
            last = j;
    }
    if (r->factor > 0)
        v *= r->factor;
    return rel_product_stated(c, v, last, P);
}

/* The words of four letters or more after figure j up to the next mark
 * or figure, no word of time, into w[] (at most max); their number. */
static int words_after_fig(const ctx *c, size_t j, char w[][24], int max)
{
    static const char *const skip[] = {"hour", "hours", "night", "nights", "days", "week",
                                       "weeks", "month", "months", "year", "years", "each",
                                       "with", "from", "that", "than", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t end = c->seg->sents[f->sent_index].end, i = f->tend;
    if (j + 1 < c->f->n && c->f->v[j + 1].tstart < end)
        end = c->f->v[j + 1].tstart;
    int n = 0;
    char x[48];
    while (n < max && rel_clause_word(c, &i, end, x, sizeof x)) {
        int k = 0;
        while (skip[k] && strcasecmp(x, skip[k]) != 0)
            k++;
        if (strlen(x) >= 4 && strlen(x) < 24 && !skip[k])
            memcpy(w[n++], x, strlen(x) + 1);
    }
    return n;
}

/* The figure average Z is of when X closes a breakdown of a whole W
 * (whole_of_list_end): the part whose words after it share a word (its
 * first four letters) with Z's words after it that no other part shares
 * ("4,000 tons ..., 2,400 tons in the cruisers and 1,600 tons in the
 * destroyers, or about 300 tons a day in the cruisers": the 2,400); else,
 * when Z's words after it name anything ("or 400 a day from the
 * heavies"), none (NOPOS); else the whole W. */
static size_t average_of_breakdown(const ctx *c, size_t X, size_t Z, size_t lo)
{
    size_t W = whole_of_list_end(c, X, lo);
    if (W == X)
        return X;
    char zw[8][24];
    if (own_words_after(c, Z, W, zw) == 0)
        return W;   /* "27,600 tons: 4,100 in December, ..., an average of 4,600 tons
                       a month": Z names only what W counts */
    return part_named_by(c, Z, W, X);
}

/* The words after figure Z (words_after_fig) that the words after W do not
 * have (the thing both count), into zw[8]; their number. */
static int own_words_after(const ctx *c, size_t Z, size_t W, char zw[8][24])
{
    char all[8][24], ww[8][24];
    int na = words_after_fig(c, Z, all, 8), nw = words_after_fig(c, W, ww, 8), n = 0;
    for (int a = 0; a < na; a++) {
        int common = 0;
        for (int b = 0; b < nw && !common; b++)
            common = strncasecmp(all[a], ww[b], 4) == 0;
        if (!common)
            memcpy(zw[n++], all[a], 24);
    }
    return n;
}

/* The one figure of W's unit in (W, last] (a part of W's breakdown) whose
 * words after it share a word (its first four letters) with the words
 * after figure Z; NOPOS when none or several. */
static size_t part_named_by(const ctx *c, size_t Z, size_t W, size_t last)
{
    char zw[8][24], pw[8][24];
    int nz = own_words_after(c, Z, W, zw);
    size_t found = NOPOS;
    for (int a = 0; a < nz; a++) {   /* a word of Z's that one part only has */
        size_t one = NOPOS;
        int n = 0;
        for (size_t j = W + 1; j <= last; j++) {
            if (!rel_same_unit(&c->fi[j], &c->fi[W]) || c->fi[j].share)
                continue;
            int np = words_after_fig(c, j, pw, 8), hit = 0;
            for (int b = 0; b < np && !hit; b++)
                hit = strncasecmp(zw[a], pw[b], 4) == 0;
            if (hit) {
                one = j;
                n++;
            }
        }
        if (n == 1) {
            if (found != NOPOS && found != one)
                return NOPOS;   /* words naming two parts */
            found = one;
        }
    }
    return found;
}

/* X itself, or the whole W it closes the breakdown of: W earlier in X's
 * sentence, of X's unit, and the figures of that unit from the one after W
 * to X (no rate among them, at least two) adding up to W exactly ("2,240
 * rounds that day, 1,350 from Sarnau's batteries and 890 from the rest"). */
static size_t whole_of_list_end(const ctx *c, size_t X, size_t lo)
{
    for (size_t i = 0; i < c->out->n; i++) {   /* a breakdown found already, even one that
                                                 does not add up ("2,150 rounds, 1,320 of
                                                 them ... and 580 ..., some 307 an hour") */
        const tally_relation *r = &c->out->v[i];
        if (r->kind != TALLY_REL_SUM || r->products || r->stated == TALLY_NO_FACT ||
            r->nparts < 2 || r->parts[r->nparts - 1].fact != X ||
            c->f->v[r->stated].sent_index != c->f->v[X].sent_index || r->stated > X)
            continue;
        return r->stated;
    }
    double sum = 0;
    int parts = 0;
    size_t first = X;   /* the first part read so far */
    for (size_t j = X + 1; j-- > lo && c->f->v[j].sent_index == c->f->v[X].sent_index;) {
        if (!rel_same_unit(&c->fi[j], &c->fi[X]) || c->fi[j].share)
            continue;
        if (parts >= 2 && c->f->v[j].value > 0 &&
            fabs(c->f->v[j].value - sum) <= 1e-9 * c->f->v[j].value)
            return rel_words_between(c->t, c->f->v[j].tend, c->f->v[first].tstart, ";") < 0
                       ? X   /* "should have counted 189; the returns list 162, ...,
                                a shortfall of 27": a need and a gap, no breakdown */
                       : j;
        if (rel_is_rate(c, j) && j != first && c->f->v[first].tstart > c->f->v[j].tend &&
            memchr(c->t + c->f->v[j].tend, ':', c->f->v[first].tstart - c->f->v[j].tend))
            continue;   /* "640 tons in 320 wagons, an average of two tons to a wagon:
                           410 tons of flour, 150 of meat and 80 of rice" */
        if (rel_is_rate(c, j) || gap_named(c, j))
            return X;
        first = j;
        sum += c->f->v[j].value;
        parts++;
    }
    return X;
}

int rel_rule_average(ctx *c, size_t lo, size_t hi)
{
    static const char *const per[] = {"per", "a", "an", "each", "every", NULL};
    for (size_t Z = lo; Z < hi; Z++) {
        const finfo *zi = &c->fi[Z];
        const tally_fact *zf = &c->f->v[Z];
        if (!zi->unit[0] || zi->share || zi->used)
            continue;
        /* "per <noun>" within three words after the number */
        size_t k = zf->tend, send = c->seg->sents[zf->sent_index].end;
        size_t a = NOPOS;
        for (int nw = 0; nw < 3 && k < send; nw++) {
            while (k < send && c->t[k] == ' ')
                k++;
            for (size_t q = 0; per[q] && a == NOPOS; q++)
                if (rel_phrase_at(c->t, k, send, per[q]))
                    a = k;
            if (a != NOPOS || !rel_wch((unsigned char)c->t[k]))
                break;
            char w[48];
            k = rel_word_at(c->t, k, send, w, sizeof w);
        }
        if (a == NOPOS || word_in(c, zf->tend, a, "and"))
            continue;   /* "five batteries of four and a command gun": no average */
        if (bounded_figure(c, Z))
            continue;   /* "at the peak 1,800 tons a day": a maximum, no average */
        size_t b = a;
        for (int nw = 0; nw < 3 && b < send; nw++) {   /* "per" and two words */
            while (b < send && c->t[b] == ' ')
                b++;
            char w[48];
            size_t e = rel_word_at(c->t, b, send, w, sizeof w);
            if (e == b)
                break;
            b = e;
        }
        size_t X = NOPOS, Y = NOPOS;
        int amb = 0;
        for (size_t j = Z; j-- > lo;) {
            if (rel_words_between(c->t, c->f->v[j].tend, zf->tstart, ";") < 0)
                break;
            const finfo *ji = &c->fi[j];
            if (ji->share || !ji->unit[0])
                continue;
            if (X == NOPOS && (rel_same_unit(ji, zi) || sorties_as_aircraft(c, j, Z, lo)) &&
                c->f->v[j].value > zf->value)
                X = j;
            else if (Y == NOPOS && !rel_same_unit(ji, zi) && said_of_one(c, a, b, ji->unit) &&
                     !rel_is_rate(c, j) && c->f->v[j].qual != TALLY_Q_AT_MOST &&
                     c->f->v[j].qual != TALLY_Q_AT_LEAST && !change_amount_of(c, j))
                Y = j;   /* not "fewer than four (trains) a day": the 118 trains */
        }
        if (X != NOPOS)
            X = average_of_breakdown(c, X, Z, lo);   /* "2,240 rounds, 1,350 from ... and
                                                        890 from the rest, or about 373
                                                        an hour": the whole */
        if (Y != NOPOS)
            Y = whole_of_list_end(c, Y, lo);   /* "640 tons in 320 wagons: 410 tons of
                                                  flour, 150 of meat and 80 of rice. ...
                                                  $96,000 for the load, $150 a ton" */
        if (X == NOPOS && Y == NOPOS && average_cue(c, Z, lo)) {
            /* "Its crews flew 11,800 sorties and carried 27,000 tons. Their
             * mean load, about 2.9 tons a sortie" */
            X = total_in_sentence_before(c, lo, Z);
            if (X != NOPOS)
                Y = count_in_sentence_before(c, lo, a, b, &amb);
        } else if (X == NOPOS && Y != NOPOS && average_cue(c, Z, lo)) {
            X = total_in_sentence_before(c, lo, Z);   /* "brought away 64,900 persons.
                                                         The lift took eight nights, an
                                                         average of some 8,100 a night" */
        }
        if (X == NOPOS && Y != NOPOS &&
            (average_cue(c, Z, lo) || average_after(c, a, send)))
            X = other_total(c, lo, Z, Y);   /* "38 exchanges serving 1,900 telephones,
                                               50 instruments to an exchange on average" */
        if (X != NOPOS && Y == NOPOS && average_cue(c, Z, lo))
            Y = periods_after(c, Z, hi, a);   /* "over its 31 days" */
        if (X != NOPOS && Y == NOPOS)
            Y = count_in_sentence_before(c, lo, a, b, &amb);
        int days;
        size_t D;
        if (X != NOPOS && Y == NOPOS && c->f->v[X].sent_index == zf->sent_index &&
            average_cue(c, Z, lo) && (D = span_before(c, X, Z)) != NOPOS) {
            /* "In the first three weeks ... the wing flew 1,890 sorties, an
             * average of 90 a day": 90 x 3 x 7, not the whole month's days */
            tally_relation r;
            int zp;
            rel_rate_of(c, Z, &zp);
            double k = lasting_factor(unit_period(c, D), zp);
            rel_init(&r, TALLY_REL_PRODUCT, X, "average over a span");
            r.factor = k > 1 ? k : 0;
            rel_part(c, &r, Z);
            rel_part(c, &r, D);
            c->fi[Z].used = c->fi[D].used = 1;
            if (rel_add(c, &r) < 0)
                return -1;
            continue;
        }
        if (X != NOPOS && Y == NOPOS && c->f->v[X].sent_index == zf->sent_index &&
            average_cue(c, Z, lo) && (days = days_of_month_total(c, X, Z)) > 0) {
            /* "In September the port cleared 96,000 tons, an average of 3,600
             * tons a day": the month's total is the daily average times its
             * days */
            if (add_times(c, X, Z, days, 0, "days in the month") < 0)
                return -1;
            continue;
        }
        int months;
        if (X != NOPOS && Y == NOPOS && c->f->v[X].sent_index == zf->sent_index &&
            !average_cue(c, Z, lo) && (months = months_named(c, Z)) > 0 &&
            apposed_average(c, Z, months)) {
            /* "From July to October the trains carried 187,400 wounded,
             * nearly 47,000 a month": no cue, the average apposed to the
             * total right before it */
            if (add_times(c, Z - 1, Z, months, 1, "months named") < 0)
                return -1;
            continue;
        }
        if (X != NOPOS && Y == NOPOS && c->f->v[X].sent_index == zf->sent_index &&
            average_cue(c, Z, lo) && months_named(c, Z) == 0 &&
            (months = months_dated(c, X, Z)) > 0) {
            /* "Across the whole of 1942 the crews logged 11,400 hours, an
             * average of 950 a month": the months of the total's date */
            if (add_times(c, X, Z, months, 1, "months of its date") < 0)
                return -1;
            continue;
        }
        if (X != NOPOS && Y == NOPOS && c->f->v[X].sent_index == zf->sent_index &&
            average_cue(c, Z, lo) && (months = months_named(c, Z)) > 0) {
            /* "Between May and October the command flew 4,860 sorties, an
             * average of 810 a month": the total is the average times the
             * months the sentence names, both ends counted; the total is the
             * largest figure of its unit before the average, not the last
             * month of a list ("27,600 tons: 4,100 in December, ...") */
            for (size_t j = lo; j < Z; j++)
                if (rel_same_unit(&c->fi[j], zi) && !c->fi[j].share && !rel_is_rate(c, j) &&
                    c->f->v[j].value > c->f->v[X].value)
                    X = j;
            if (add_times(c, X, Z, months, zf->qual != TALLY_Q_EXACT, "months named") < 0)
                return -1;
            continue;
        }
        /* "flew 6,420 sorties. They dropped 9,600 tons, an average of 1.5 tons
         * a sortie" */
        if (X == NOPOS || Y == NOPOS ||
            (c->f->v[X].sent_index == zf->sent_index &&
             clause_and(c, c->f->v[X].tend, zf->tstart)) ||
            share_between(c, X, Z))
            continue;   /* "... about $26 million, and 1.1 million tons of coal at $14 a
                           ton": the $14 is no average of the $26 million; "$40 million for
                           ten years at 4.5 per cent, or $1.8 million a year": interest */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, X, "average");
        r.average = 1;
        r.looked_back = amb;   /* a count chosen among several of the sentence before */
        size_t B = every_base(c, Z, hi, a, b);
        if (B != NOPOS) {   /* "two for every three men": X / Y x 3 */
            r.cue = TALLY_REL_CUE_FOR_EVERY;
            r.factor = 1 / c->f->v[B].value;
            c->fi[B].used = 1;
        }
        rel_part(c, &r, Z);
        rel_part(c, &r, Y);
        c->fi[Z].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* ---- rates, periods, implicit factors ---- */

/* Periods a rate may be stated per, with how many make a year. */
static const struct {
    const char *w;
    double per_year;
} periods[] = {{"day", 365},  {"week", 52}, {"month", 12},
               {"quarter", 4}, {"year", 1},  {"hour", 8760},
               {"night", 365}};   /* "46 sorties a night ... 120 nights": a day's span */
#define NPERIODS (sizeof periods / sizeof *periods)

/* The period a word names ("month", "months", "monthly"), -1 if none. */
static int period_of(const char *w)
{
    static const char *const adverb[] = {"daily",    "weekly",   "monthly",
                                         "quarterly", "annually", "hourly", "nightly"};
    for (size_t p = 0; p < NPERIODS; p++) {
        size_t n = strlen(periods[p].w);
        if (strncmp(w, periods[p].w, n) == 0 && (!w[n] || strcmp(w + n, "s") == 0))
            return (int)p;
        if (strcmp(w, adverb[p]) == 0 || (p == 4 && strcmp(w, "yearly") == 0))
            return (int)p;
    }
    return -1;
}

int rel_period_word(const char *w)
{
    return period_of(w);
}

int rel_period_in(const ctx *c, size_t a, size_t b, int p, int skip)
{
    static const char *const one[] = {"a", "an", "per", "each", "every", NULL};
    char w[24];
    int since = -1;   /* words since "a" / "per", -1 if none */
    while (rel_next_word(c->t, &a, b, w, sizeof w)) {
        int q = period_of(w);
        if (since >= 0 && q >= 0 && (p < 0 || q == p))
            return 1;
        since = rel_word_is(w, one) ? 0 : since >= 0 && since < skip ? since + 1 : -1;
    }
    return 0;
}

/* The period figure j's unit names ("3 weeks": week), -1 if none. */
static int unit_period(const ctx *c, size_t j)
{
    char w[48];
    rel_word_at(c->fi[j].unit, 0, strlen(c->fi[j].unit), w, sizeof w);
    return period_of(w);
}

/* What follows figure j's noun (at most four words, up to a punctuation
 * mark or a grammar word): *period the period of "a month", "per year",
 * "annually" (-1 if none); returns 1 when the figure is a rate: a period,
 * or "per", "each", "apiece", "every" after it, or "every", "each",
 * "per" right before it ("one engine for every four tanks"). */
int rel_rate_of(const ctx *c, size_t j, int *period)
{
    static const char *const before[] = {"every", "each", "per", NULL};
    static const char *const stop[] = {"and", "or", "of", "in", "to", "at", "for", "from",
                                       "by", "on", "with", "were", "was", "had", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t send = f->sent_index < c->seg->nsents ? c->seg->sents[f->sent_index].end : f->tend;
    size_t start = f->sent_index < c->seg->nsents ? c->seg->sents[f->sent_index].start : 0;
    *period = -1;
    size_t i = f->tend;
    for (int nw = 0; nw < 5 && i < send; nw++) {
        while (i < send && c->t[i] == ' ')
            i++;
        if (i >= send || !rel_wch((unsigned char)c->t[i]))
            break;
        char w[48], w2[48];
        size_t e = rel_word_at(c->t, i, send, w, sizeof w);
        if (strcmp(w, "each") == 0 || strcmp(w, "apiece") == 0 || strcmp(w, "every") == 0)
            return 1;
        if ((*period = period_of(w)) >= 0 && w[strlen(w) - 1] == 'y')
            return 1;   /* "monthly", "annually" */
        *period = -1;
        if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0 || strcmp(w, "per") == 0) {
            static const char *const when[] = {"before", "earlier", "ago", "later", "after",
                                               NULL};
            size_t k = e;
            while (k < send && c->t[k] == ' ')
                k++;
            k = rel_word_at(c->t, k, send, w2, sizeof w2);
            *period = period_of(w2);
            if (*period >= 0 && strcmp(w, "per") != 0 && rel_word_within(c, k, send, 1, when)) {
                *period = -1;   /* "240 gulden a year before": a time, no rate */
                return 0;
            }
            return *period >= 0 || strcmp(w, "per") == 0;
        }
        int is_stop = 0;
        for (size_t q = 0; stop[q]; q++)
            is_stop |= strcmp(w, stop[q]) == 0;
        if (is_stop && !(strcmp(w, "of") == 0 && f->noun && strstr(f->noun, " of ")))
            break;   /* "tons of grain a month": "of" inside the figure's noun */
        i = e;
    }
    if (rel_word_before_is(c, f->tstart, start, before))
        return 1;
    /* "a daily draw of 24,900 litres", "a monthly output of 3,000": a period
     * adjective, one or two nouns, "of", the figure */
    char w[3][48];
    size_t k = f->tstart;
    for (int n = 0; n < 3; n++) {
        size_t e = k;
        while (e > start && c->t[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > start && rel_wch((unsigned char)c->t[b - 1]))
            b--;
        if (b == e)
            return 0;
        rel_word_at(c->t, b, e, w[n], sizeof w[n]);
        k = b;
        if (n == 0 && strcmp(w[0], "of") != 0)
            return 0;
        size_t wl = strlen(w[n]);
        if (n > 0 && wl > 3 && strcmp(w[n] + wl - 2, "ly") == 0 &&
            (*period = period_of(w[n])) >= 0)
            return 1;   /* "daily", "monthly"; not "a train a day of 18 wagons" */
        *period = -1;
    }
    return 0;
}

/* 1 when figure j is a rate (see rel_rate_of). */
int rel_is_rate(const ctx *c, size_t j)
{
    int p;
    return rel_rate_of(c, j, &p);
}

/* The days of the month a daily rate R is dated to ("1949-03": 31), when
 * the figure P after it is said of the whole month: "the month", "that
 * month", "the whole month" in the words from R to shortly after P.  0
 * when R's date is not one month or P is not said of it. */
static int month_days(const ctx *c, size_t R, size_t P)
{
    static const char *const whole[] = {"the month", "that month", "this month",
                                        "the whole month", "the entire month",
                                        "the month's", NULL};
    const tally_fact *rf = &c->f->v[R], *pf = &c->f->v[P];
    tally_isodate d;
    tally_error e;
    if (!rf->date || !rf->date[0] || tally_isodate_parse(rf->date, &d, &e) != TALLY_OK ||
        d.interval || d.prec != 2 || (pf->date && pf->date[0] && strcmp(pf->date, rf->date)))
        return 0;
    size_t end = c->seg->sents[pf->sent_index].end;
    if (pf->tend + 40 < end)
        end = pf->tend + 40;
    int said = 0;
    for (size_t i = rf->tend; i < end && !said; i++)
        for (size_t q = 0; whole[q] && !said; q++)
            said = rel_phrase_at(c->t, i, end, whole[q]) != 0;
    return said ? (int)lround((d.end - d.start) / 86400.0) : 0;
}

/* The days of the month that figure X is dated to ("1947-09": 30) when Z
 * is an average per day; 0 when X is not dated to one month, is a rate
 * itself ("108,000 tons a month, or 3,600 a day" counts 30-day months) or
 * Z is no daily rate. */
/* The number of a month named by word w ("May", "Sept."), 0 when none. */
static int month_number(const ctx *c, const char *w)
{
    const char *n = tally_lexicon_get(c->lex, "months", w, "number");
    int ok = 0;
    double v = n ? tally_cell_num(n, &ok) : 0;
    return ok && v >= 1 && v <= 12 ? (int)v : 0;
}

/* The year a word names ("1916"), 0 when it is no year from 1000 to 2999. */
static int year_word(const char *w)
{
    if (strlen(w) != 4 || !isdigit((unsigned char)w[0]) || !isdigit((unsigned char)w[1]) ||
        !isdigit((unsigned char)w[2]) || !isdigit((unsigned char)w[3]) || w[0] < '1' || w[0] > '2')
        return 0;
    return atoi(w);
}

/* The months the first span "between M1 and M2" / "from M1 to M2" at or
 * after offset from in sentence s covers (two month names, both counted:
 * May to October is six), 0 when there is none. */
static int months_span_at(const ctx *c, const tally_sentence *s, size_t from)
{
    static const struct {
        const char *open, *join;
    } span[] = {{"between", "and"}, {"from", "to"}};
    for (size_t i = from; i < s->end; i++)
        for (size_t q = 0; q < sizeof span / sizeof *span; q++) {
            size_t e = rel_phrase_at(c->t, i, s->end, span[q].open);
            char w1[24], w2[24], j[8];
            if (!e)
                continue;
            while (e < s->end && c->t[e] == ' ')
                e++;
            size_t e1 = rel_word_at(c->t, e, s->end, w1, sizeof w1);
            while (e1 < s->end && c->t[e1] == ' ')
                e1++;
            size_t e2 = rel_word_at(c->t, e1, s->end, j, sizeof j);
            while (e2 < s->end && c->t[e2] == ' ')
                e2++;
            rel_word_at(c->t, e2, s->end, w2, sizeof w2);
            int m1 = month_number(c, w1), m2 = month_number(c, w2);
            if (m1 && strcmp(j, span[q].join) != 0 && year_word(j) && e2 < s->end) {
                /* "between September 1916 and August 1917" */
                int y1 = year_word(j);
                char j2[8];
                size_t e3 = rel_word_at(c->t, e2, s->end, j2, sizeof j2);
                while (e3 < s->end && c->t[e3] == ' ')
                    e3++;
                size_t e4 = rel_word_at(c->t, e3, s->end, w2, sizeof w2);
                while (e4 < s->end && c->t[e4] == ' ')
                    e4++;
                char yw[8];
                rel_word_at(c->t, e4, s->end, yw, sizeof yw);
                m2 = month_number(c, w2);
                int y2 = year_word(yw);
                if (m2 && y2 >= y1 && strcmp(j2, span[q].join) == 0) {
                    int n = (y2 - y1) * 12 + m2 - m1 + 1;
                    return n >= 2 && n <= 60 ? n : 0;
                }
                continue;
            }
            if (m1 && m2 && strcmp(j, span[q].join) == 0)
                return (m2 - m1 + 12) % 12 + 1;
        }
    return 0;
}

/* The months a sentence spans when monthly rate Z's sentence says "between
 * M1 and M2" or "from M1 to M2" (months_span_at), the span in Z's own
 * clause first ("55 in the five months; from June to December it repaired
 * 105, an average of 15 a month"), 0 when it names none or Z is no rate per
 * month. */
static int months_named(const ctx *c, size_t Z)
{
    int per;
    if (!rel_rate_of(c, Z, &per) || per < 0 || strcmp(periods[per].w, "month") != 0)
        return 0;
    const tally_sentence *s = &c->seg->sents[c->f->v[Z].sent_index];
    size_t from = c->f->v[Z].tstart;
    while (from > s->start && c->t[from - 1] != ';')
        from--;
    int n = from > s->start ? months_span_at(c, s, from) : 0;
    return n ? n : months_span_at(c, s, s->start);
}

/* 1 when monthly rate Z stands in apposition to the figure right before
 * it, a total of its unit with no rate of its own: "carried 187,400
 * wounded, nearly 47,000 a month", "managed 26, just over four a month"
 * (a comma, at most four words of noun before it and three qualifiers
 * after it), and the total over the months named is within a tenth of
 * it: with no cue word a pair that far apart is likely not an average. */
static int apposed_average(const ctx *c, size_t Z, int months)
{
    if (Z == 0)
        return 0;
    size_t X = Z - 1;
    const tally_fact *xf = &c->f->v[X], *zf = &c->f->v[Z];
    if (xf->sent_index != zf->sent_index || !rel_same_unit(&c->fi[X], &c->fi[Z]) ||
        c->fi[X].share || rel_is_rate(c, X) || xf->value <= zf->value)
        return 0;
    size_t comma = NOPOS;
    for (size_t i = xf->tend; i < zf->tstart; i++)
        if (c->t[i] == ',' && !(i > xf->tend && isdigit((unsigned char)c->t[i - 1]) &&
                                isdigit((unsigned char)c->t[i + 1]))) {
            if (comma != NOPOS)
                return 0;   /* one comma only: not a list */
            comma = i;
        }
    if (comma == NOPOS)
        return 0;
    int before = rel_words_between(c->t, xf->tend, comma, ";:()"),
        after = rel_words_between(c->t, comma + 1, zf->tstart, ";:()");
    if (before < 0 || before > 4 || after < 0 || after > 3 ||
        word_in(c, comma + 1, zf->tstart, "and") || word_in(c, comma + 1, zf->tstart, "of"))
        return 0;
    double top = isfinite(zf->high) && zf->high >= zf->value ? zf->high : zf->value * 1.25;
    double bottom = isfinite(zf->low) && zf->low <= zf->value ? zf->low : zf->value * 0.75;
    double lo = months * bottom * 0.9, hi = months * top * 1.1;   /* "just over four": a
                                                                    quarter above at most */
    return xf->value >= lo && xf->value <= hi;
}

/* 1 when year y is written as a word in figure Z's sentence ("in 1938",
 * "the second half of 1943"). */
static int year_in_sentence(const ctx *c, size_t Z, long y)
{
    const tally_sentence *s = &c->seg->sents[c->f->v[Z].sent_index];
    for (size_t i = s->start; i + 4 <= s->end; i++)
        if ((i == s->start || !rel_wch((unsigned char)c->t[i - 1])) && isdigit((unsigned char)c->t[i])) {
            char w[8];
            rel_word_at(c->t, i, s->end, w, sizeof w);
            if (year_word(w) == y)
                return 1;
        }
    return 0;
}

/* The months total X is dated to when Z, an average per month of the same
 * date, is said of all of them: a year ("1942": 12) or a span of months
 * ("1916-09/1916-12": 4), from 2 to 60; and X over them within half to
 * twice Z, so that a total of a few months in a dated year ("from June")
 * is not spread over the whole of it; X the one figure of its unit before
 * Z in their sentence (no rate, no share), else which is the total is not
 * known; its first year written in Z's sentence.  0 otherwise. */
static int months_dated(const ctx *c, size_t X, size_t Z)
{
    const tally_fact *xf = &c->f->v[X], *zf = &c->f->v[Z];
    tally_isodate d;
    tally_error e;
    int per;
    if (!rel_rate_of(c, Z, &per) || per < 0 || strcmp(periods[per].w, "month") != 0 ||
        rel_is_rate(c, X) || !xf->date || !xf->date[0] || !zf->date ||
        strcmp(xf->date, zf->date) != 0 ||
        tally_isodate_parse(xf->date, &d, &e) != TALLY_OK || d.prec > 2 || d.prec_end > 2)
        return 0;
    long y1, y2;
    int m1, m2, d1, d2;
    tally_civil_from_days((long)floor(d.start / 86400.0), &y1, &m1, &d1);
    tally_civil_from_days((long)floor(d.end / 86400.0), &y2, &m2, &d2);
    long n = (y2 - y1) * 12 + (m2 - m1);
    if (n < 2 || n > 60 || zf->value <= 0 || !year_in_sentence(c, Z, y1))
        return 0;   /* "in the winter": a season's months are no stated span */
    for (size_t j = X; j-- > 0 && c->f->v[j].sent_index == zf->sent_index;)
        if (rel_same_unit(&c->fi[j], &c->fi[Z]) && !c->fi[j].share && !rel_is_rate(c, j))
            return 0;   /* two totals: "shipped 4,100, two thirds of the 6,000 due" */
    for (size_t j = X + 1; j < Z; j++)
        if (rel_same_unit(&c->fi[j], &c->fi[Z]) && !c->fi[j].share && !rel_is_rate(c, j))
            return 0;
    double ratio = xf->value / (n * zf->value);
    return ratio >= 0.5 && ratio <= 2 ? (int)n : 0;
}

/* A span of time stated in total X's sentence before it, of a period no
 * shorter than rate Z's ("In the first three weeks ... 1,890 sorties, an
 * average of 90 a day": the three weeks): X is said of that span.  A
 * whole number, no rate, no bound; NOPOS when none or two. */
static size_t span_before(const ctx *c, size_t X, size_t Z)
{
    int zp;
    size_t D = NOPOS;
    if (!rel_rate_of(c, Z, &zp) || zp < 0)
        return NOPOS;
    for (size_t j = X; j-- > 0 && c->f->v[j].sent_index == c->f->v[X].sent_index;) {
        const tally_fact *jf = &c->f->v[j];
        int p = unit_period(c, j);
        if (rel_words_between(c->t, jf->tend, c->f->v[X].tstart, ";") < 0)
            break;   /* "55 in the five months; from June to December it repaired 105,
                        an average of 15 a month": another clause's span */
        if (p < 0 || c->fi[j].share || rel_is_rate(c, j) || jf->qual != TALLY_Q_EXACT ||
            jf->value != floor(jf->value) || !(jf->value >= 1) ||
            lasting_factor(p, zp) == 0)
            continue;
        if (D != NOPOS)
            return NOPOS;
        D = j;
    }
    return D;
}

static int days_of_month_total(const ctx *c, size_t X, size_t Z)
{
    const tally_fact *xf = &c->f->v[X];
    tally_isodate d;
    tally_error e;
    int per;
    if (!rel_rate_of(c, Z, &per) || per != 0 || rel_is_rate(c, X) || !xf->date || !xf->date[0] ||
        tally_isodate_parse(xf->date, &d, &e) != TALLY_OK || d.interval || d.prec != 2)
        return 0;
    return (int)lround((d.end - d.start) / 86400.0);
}

/* How many of rate W's periods the span of figure P covers, so that W
 * times it is comparable with P: P a rate too ("1,200 tons a week"
 * against "12,000 tons a month": 12/52 of a month), or P dated to one
 * year or one month ("612 tanks" of 1942 against "1,600 a year": 1;
 * "7,400 tons" of December 1943 against "450 tons a day": 31).  1 when W
 * is no rate per period; 0 when P's span is not known. */
double rel_span_factor(const ctx *c, size_t P, size_t W)
{
    int pw, pp;
    if (!rel_rate_of(c, W, &pw) || pw < 0)
        return 1;
    if (periods[pw].per_year > 365)
        return 0;   /* a rate per hour is no part of a day's or a month's total */
    if (rel_rate_of(c, P, &pp))
        return pp < 0 ? 0 : periods[pw].per_year / periods[pp].per_year;
    const tally_fact *pf = &c->f->v[P];
    tally_isodate d;
    tally_error e;
    if (!pf->date || !pf->date[0] || tally_isodate_parse(pf->date, &d, &e) != TALLY_OK ||
        d.interval || d.prec < 1 || d.prec > 2)
        return 0;
    double days = lround((d.end - d.start) / 86400.0);
    if (periods[pw].per_year == 365)
        return days;
    return d.prec == 1 ? periods[pw].per_year : periods[pw].per_year / 12;
}

/* The words that name a figure as a gap between a need and a stock. */
static const char *const gap_words[] = {"shortfall", "shortage", "gap", "deficit", "short",
                                        NULL};

/* 1 when a gap word stands in t[a..b) on word boundaries. */
static int gap_named_in(const ctx *c, size_t a, size_t b)
{
    for (size_t q = 0; gap_words[q]; q++)
        if (word_in(c, a, b, gap_words[q]))
            return 1;
    return 0;
}

/* 1 when figure X is named a gap by its own words: a gap word among the
 * six words before it (back to a mark or the figure before) or the three
 * after it ("the shortfall of 840", "840 short"). */
static int gap_of(const ctx *c, size_t X)
{
    const tally_fact *xf = &c->f->v[X];
    size_t lo = c->seg->sents[xf->sent_index].start;
    if (X > 0 && c->f->v[X - 1].sent_index == xf->sent_index && c->f->v[X - 1].tend > lo)
        lo = c->f->v[X - 1].tend;
    return gap_named_in(c, rel_words_back(c, xf->tstart, lo, 6), xf->tstart) ||
           rel_word_within(c, xf->tend, c->seg->sents[xf->sent_index].end, 3, gap_words);
}

/* "1,600 tanks a year for three years" (rate R, duration D) with no total
 * after it: the total stated earlier in the document, looked up by the
 * words of R's clause ("against a programme that had called for 4,800"),
 * when it comes within half to one and a half times R x D. */
static int period_back(ctx *c, size_t R, size_t D, int pr)
{
    int dp = unit_period(c, D);
    if (dp < 0 || !(c->f->v[D].value > 0))
        return 0;
    double k = periods[pr].per_year / periods[dp].per_year;
    double want = c->f->v[R].value * c->f->v[D].value * k;
    query q;
    rel_make_query(c, R, c->seg->sents[c->f->v[R].sent_index].start, &q);
    q.intended = 0;
    size_t P = rel_look_back(c, R, R, &q, c->f->v[R].value);
    const char *mr = c->f->v[R].modality, *mp = P != NOPOS ? c->f->v[P].modality : NULL;
    if (mr && mp && strcmp(mr, "hypothetical") == 0 && strcmp(mp, "hypothetical") != 0)
        return 0;   /* "Had the squadron flown those 90 flights a week for 26 weeks": the
                       1,560 flights flown in fact are no total of what was not */
    if (P == NOPOS || c->fi[P].used || rel_is_rate(c, P) || !(c->f->v[P].value >= want * 0.5) ||
        !(c->f->v[P].value <= want * 1.5) ||
        (gap_named_in(c, c->f->v[R].tend, c->f->v[D].tstart) && !gap_of(c, P)))
        return 0;   /* "the shortfall would take some six months" is no loss named
                       before it */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "per period");
    r.factor = fabs(k - 1) < 1e-9 ? 0 : k;
    r.looked_back = 1;
    rel_part(c, &r, R);
    rel_part(c, &r, D);
    c->fi[P].used = 1;
    return rel_add(c, &r);
}

/* "350 grams a week, or 50 grams a day": rate R restating the rate W of
 * its unit right before it (", or" between, at most four words, one
 * sentence), W per a longer period -> PRODUCT W = k x R, and R is done: a
 * later rate of a longer period ("and sugar at 300 grams a week") is
 * another thing's.  1 when added, -1 out of memory, 0 when R restates
 * nothing. */
/* 1 when figure W is a total over one named period ("1,800 torpedoes for
 * the year", "9,000 tons for the month"): "for the" / "for a" and the
 * period's word at most three words after W; *pw its period. */
static int for_one_period(const ctx *c, size_t W, int *pw)
{
    static const char *const for_the[] = {"for the", "for a", "for one", NULL};
    const tally_fact *f = &c->f->v[W];
    size_t send = c->seg->sents[f->sent_index].end, i = f->tend;
    *pw = -1;
    for (int nw = 0; nw < 3 && i < send; nw++) {
        while (i < send && c->t[i] == ' ')
            i++;
        for (size_t q = 0; for_the[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, send, for_the[q]);
            if (!e)
                continue;
            char w[48];
            while (e < send && c->t[e] == ' ')
                e++;
            rel_word_at(c->t, e, send, w, sizeof w);
            *pw = period_of(w);
            return *pw >= 0;
        }
        char w[48];
        size_t e = rel_word_at(c->t, i, send, w, sizeof w);
        if (e == i || !w[0])
            return 0;   /* a comma or another mark: the figure's phrase ends */
        i = e;
    }
    return 0;
}

/* 1 when rate R stands in apposition to rate W right before it, with no
 * "or": W's words (at most six, "2,000 kilometres a month for four
 * months"), a comma, then R with at most a word of approximation ("600
 * mines a month, about 20 a day"). */
static int apposed_rate(const ctx *c, size_t W, size_t R)
{
    static const char *const approx[] = {"about", "some", "nearly", "roughly", "approximately",
                                         "almost", NULL};
    size_t a = c->f->v[W].tend, b = c->f->v[R].tstart, k = b;
    while (k > a && c->t[k - 1] != ',')
        k--;
    if (k == a)
        return 0;
    char w[24];
    size_t i = k;
    int n = 0;
    while (rel_next_word(c->t, &i, b, w, sizeof w)) {
        if (!rel_word_is(w, approx) || ++n > 1)
            return 0;
    }
    size_t D = R + 1;
    if (D < c->f->n && c->f->v[D].sent_index == c->f->v[R].sent_index && is_duration(c, D) &&
        rel_words_between(c->t, c->f->v[R].tend, c->f->v[D].tstart, ",;:()") >= 0 &&
        rel_words_between(c->t, c->f->v[R].tend, c->f->v[D].tstart, "") <= 5)
        return 0;   /* "216 tons a month, nine tons a day for 24 days at sea": a span of
                       its own, not the month's days */
    return rel_words_between(c->t, a, k - 1, ",") >= 0 && rel_words_between(c->t, a, k - 1, "") <= 6;
}

static int period_restated(ctx *c, size_t R, int pr)
{
    if (R == 0)
        return 0;
    size_t W = R - 1;
    const tally_fact *wf = &c->f->v[W];
    int pw, over = 0, apposed = 0;
    if (wf->sent_index != c->f->v[R].sent_index || !rel_same_unit(&c->fi[W], &c->fi[R]) ||
        c->fi[W].share || c->fi[W].used ||
        (!(rel_rate_of(c, W, &pw) && pw >= 0) && !(over = for_one_period(c, W, &pw))) ||
        pw < 0 ||
        !(periods[pw].per_year < periods[pr].per_year) ||
        !memchr(c->t + wf->tend, ',', c->f->v[R].tstart - wf->tend) ||
        rel_words_between(c->t, wf->tend, c->f->v[R].tstart, ";:()") < 0 ||
        (rel_phrase_in(c->t, wf->tend, c->f->v[R].tstart, (const char *const[]){"or", NULL})
             ? rel_words_between(c->t, wf->tend, c->f->v[R].tstart, "") > 4 + 3 * over
             : !(apposed = apposed_rate(c, W, R))))
        return 0;   /* ("1,800 torpedoes for the year, or 150 a month": three more) */
    double k = periods[pr].per_year / periods[pw].per_year;
    if (pr == 0 && pw == 1)
        k = 7;   /* a week is seven days (365/52 is not 7) */
    if (pr == 0 && pw == 2)
        k = REL_MONTH_DAYS;   /* "108,000 tons a month, or 3,600 tons a day": a month of
                                 no named date, 28 to 31 days in the wide check */
    int weeks = pr == 1 && pw == 2;   /* "6,500 tons a month, or 1,500 a week": 52 / 12 */
    if (fabs(k - round(k)) > 1e-9 && !weeks)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, W,
             pr == 0 && pw == 2 ? REL_CUE_MONTH_DAYS : weeks ? REL_CUE_MONTH_WEEKS : "per period");
    r.factor = k;
    rel_part(c, &r, R);
    c->fi[W].used = !apposed;   /* "9,600 filters a month, about 320 a day": the 9,600
                                   may still be a count of a bill after it */
    c->fi[R].used = 1;
    return rel_add(c, &r) < 0 ? -1 : 1;
}

/* 1 when figure j counts things or persons a rate may be paid or drawn by
 * ("2,100 prisoners", "120 balloons"): a whole count, no share, rate,
 * weight, money, duration, distance or speed. */
static int plain_count(const ctx *c, size_t j)
{
    static const char *const not_counts[] = {"money", "duration", "distance", "speed",
                                             "share", NULL};
    const finfo *ji = &c->fi[j];
    const tally_fact *jf = &c->f->v[j];
    if (!ji->unit[0] || ji->share || ji->part || rel_is_rate(c, j) || !(jf->value >= 2) ||
        fabs(jf->value - round(jf->value)) > 1e-9 || rel_weight_ratio(c, ji->unit, "ton") > 0 ||
        (jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX))
        return 0;
    for (size_t k = 0; not_counts[k]; k++)
        if (strcmp(ji->cat, not_counts[k]) == 0)
            return 0;
    return 1;
}

/* Round 234: "2,100 prisoners ... They were paid 1.20 florins a day, and
 * the wage bill came to some 75,600 florins a month": rate R restated as
 * P per a longer period (factor k) when R x k alone misses P by more than
 * twice, times the count of those it is paid to, the nearest count before
 * R in its sentence or the one before (same paragraph, at most six figures
 * back), when that count brings R x k within half to twice P.  Appends
 * the count to r; 1 when it did, else 0. */
static int period_count(ctx *c, tally_relation *r, size_t R, size_t P, double k)
{
    const tally_fact *rf = &c->f->v[R];
    double base = rf->value * k, want = c->f->v[P].value;
    if (!(base > 0) || !(want > 0) || (want >= base * 0.5 && want <= base * 2) ||
        r->nparts + 1 >= TALLY_REL_MAXPARTS)
        return 0;
    for (size_t C = R, n = 0; C-- > 0 && n < 6; n++) {
        const tally_fact *cf = &c->f->v[C];
        if (cf->sent_index + 1 < rf->sent_index ||
            c->seg->sents[cf->sent_index].para != c->seg->sents[rf->sent_index].para)
            return 0;
        int own = 0;   /* "worked six days a week, each ...": r's stated days */
        for (size_t q = 0; q < r->nparts; q++)
            own |= r->parts[q].fact == C;
        if (own || rel_same_unit(&c->fi[C], &c->fi[R]) || c->fi[C].share)
            continue;   /* "or $0.30 at 4 florins to the dollar", "18 per cent" */
        if (!plain_count(c, C))
            return 0;   /* the nearest figure counts nothing a rate is paid by */
        double got = base * cf->value;
        if (!(got >= want * 0.5 && got <= want * 2))
            return 0;
        rel_part(c, r, C);
        return 1;
    }
    return 0;
}

/* "two runs a day, six days a week, or 552 runs a week": a count of R's
 * periods stated per P's longer period ("six days a week", "26 working
 * days a month") in R's or P's sentence, which then replaces the calendar
 * factor (7, 30).  The figure, or NOPOS when none is stated. */
static size_t stated_periods(const ctx *c, size_t R, size_t P, int pr, int pp)
{
    size_t s0 = c->f->v[R].sent_index, s1 = c->f->v[P].sent_index;
    size_t lo = R, hi = P;
    while (lo > 0 && c->f->v[lo - 1].sent_index == s0)
        lo--;
    while (hi + 1 < c->f->n && c->f->v[hi + 1].sent_index == s1)
        hi++;
    for (size_t j = lo; j <= hi; j++) {
        int jp;
        if (j == R || j == P || c->fi[j].share || c->fi[j].used)
            continue;
        if (unit_period(c, j) == pr && rel_rate_of(c, j, &jp) && jp == pp &&
            c->f->v[j].value >= 1 && c->f->v[j].value <= periods[pr].per_year / periods[pp].per_year)
            return j;
    }
    return NOPOS;
}

/* Round 427: the period a total P is said over as one whole ("3,600 mules
 * in the year", "the year's output came to 1,200", "Over a full year that
 * came to 14,600 tons"): a preposition and "the" / "a" (and "full" /
 * "whole") right before the period's word, at most four words after P or
 * in P's clause before it, the period's word not followed by a number ("in
 * the year 1917" dates P) nor a count before it ("over the three months").
 * The period, else -1. */
static int one_period_named(const ctx *c, size_t P)
{
    static const char *const lead[] = {
        "in the whole ", "over the whole ", "for the whole ", "in a full ", "over a full ",
        "for a full ",   "in the ",         "over the ",      "for the ",   "during the ",
        "of the ",       "in a ",           "over a ",        "in one ",    "over one ",
        "the ",          NULL};
    const tally_fact *f = &c->f->v[P];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t a = f->tstart, b = f->tend;
    for (size_t i = f->tstart; i > s->start; i--)
        if (strchr(",;:(", c->t[i - 1])) {
            a = i;   /* P's clause: back to a mark */
            break;
        } else if (i - 1 == s->start)
            a = s->start;
    if (P > 0 && c->f->v[P - 1].sent_index == f->sent_index && c->f->v[P - 1].tend > a)
        a = c->f->v[P - 1].tend;   /* no figure of another clause */
    char w[48];
    for (int nw = 0; nw < 5 && rel_clause_word(c, &b, s->end, w, sizeof w); nw++)
        ;   /* P's own words after it */
    if (P + 1 < c->f->n && c->f->v[P + 1].sent_index == f->sent_index &&
        c->f->v[P + 1].tstart < b)
        return -1;   /* "1,500 more in a month of 25 working days": its days stated */
    for (size_t i = a; i < b; i++) {
        if (i >= f->tstart && i < f->tend)
            continue;
        for (size_t q = 0; lead[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, b, lead[q]);
            char w[48], nx[48];
            if (!e)
                continue;
            size_t e2 = rel_word_at(c->t, e, s->end, w, sizeof w);
            int pw = -1;
            size_t wl = strlen(w);
            if (q == 15) {   /* "the year's": a possessive only */
                if (wl < 3 || strcmp(w + wl - 2, "'s") != 0)
                    continue;
                w[wl - 2] = '\0';
            }
            pw = period_of(w);
            if (pw < 0 || (wl && w[strlen(w) - 1] == 's' && q != 15))
                continue;   /* "in the months": no one period */
            while (e2 < s->end && c->t[e2] == ' ')
                e2++;
            rel_word_at(c->t, e2, s->end, nx, sizeof nx);
            if (isdigit((unsigned char)nx[0]) || (e2 < s->end && isdigit((unsigned char)c->t[e2])) ||
                strcmp(nx, "of") == 0)
                continue;   /* "in the year 1917", "a month of 25 days" */
            return pw;
        }
    }
    return -1;
}


/* 1 when word w names a month or a season ("April", "spring"). */
static int month_or_season(const char *w)
{
    static const char *const names[] = {
        "january", "february", "march", "april",  "may",    "june",   "july",
        "august",  "september", "october", "november", "december", "spring", "summer",
        "autumn",  "fall",      "winter",  NULL};
    char lw[48];
    size_t n = 0;
    for (; w[n] && n + 1 < sizeof lw; n++)
        lw[n] = (char)tolower((unsigned char)w[n]);
    lw[n] = '\0';
    for (size_t q = 0; names[q]; q++)
        if (strcmp(lw, names[q]) == 0)
            return 1;
    return 0;
}

/* Round 440: 1 when rate R is said to hold over only part of a longer
 * period, so no total over that period is R times its length: a bound in
 * R's clause, "from" / "by" / "until" / "till" / "since" / "after" and a
 * month or season ("From April the depots bought 250 mules a month", "By
 * December it made 30 engines a month", also after R's per-phrase: "0.9
 * million a month by the autumn", "by the end"), or a qualifier right after R's
 * per-phrase, "at" / "on" / "in" / "during" / "when" / "while" not followed
 * by a year ("20 ships a month at the peak", "40 sorties a day in good
 * weather", "1,200 tons a day on working days"; not "4 ships a month in
 * 1917"). */
static int rate_bounded(const ctx *c, size_t R)
{
    static const char *const bound[] = {"from", "by", "until", "till", "since", "after", NULL};
    static const char *const qual[] = {"at", "on", "in", "during", "when", "while", NULL};
    const tally_fact *rf = &c->f->v[R];
    const tally_sentence *s = &c->seg->sents[rf->sent_index];
    size_t a = s->start, b = rf->tend, i;
    for (i = rf->tstart; i > s->start; i--)
        if (strchr(";:(", c->t[i - 1])) {
            a = i;   /* R's clause */
            break;
        }
    int per = 0;   /* R's per-phrase: "a month", "per day" */
    char pw[48];
    for (int nw = 0; nw < 5 && rel_clause_word(c, &b, s->end, pw, sizeof pw); nw++) {
        if (period_of(pw) >= 0) {
            per = 1;
            break;
        }
    }
    for (i = a; i < b; i++) {   /* "From April", "By December" */
        char w[48], m[48];
        if ((i > a && rel_wch((unsigned char)c->t[i - 1])) || !rel_wch((unsigned char)c->t[i]))
            continue;
        size_t e = rel_word_at(c->t, i, b, w, sizeof w);
        for (char *p = w; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        if (!rel_word_is(w, bound))
            continue;
        while (e < s->end && c->t[e] == ' ')
            e++;
        rel_word_at(c->t, e, s->end, m, sizeof m);
        if (month_or_season(m))
            return 1;
    }
    if (!per)
        return 0;
    char w[48], nx[48];
    size_t e = b;
    while (e < s->end && c->t[e] == ' ')
        e++;
    e = rel_word_at(c->t, e, s->end, w, sizeof w);
    if (rel_word_is(w, bound)) {   /* "0.9 million guilders a month by the autumn": a
                                      level reached then, not the rate all year */
        char m[48];
        while (e < s->end && c->t[e] == ' ')
            e++;
        size_t e3 = rel_word_at(c->t, e, s->end, m, sizeof m);
        if (strcmp(m, "the") == 0) {
            while (e3 < s->end && c->t[e3] == ' ')
                e3++;
            rel_word_at(c->t, e3, s->end, m, sizeof m);
        }
        return month_or_season(m) || strcmp(m, "end") == 0;
    }
    if (!rel_word_is(w, qual))
        return 0;
    while (e < s->end && c->t[e] == ' ')
        e++;
    if (e < s->end && isdigit((unsigned char)c->t[e]))
        return 0;   /* "in 1917": a date, the whole year */
    size_t e2 = rel_word_at(c->t, e, s->end, nx, sizeof nx);
    if (strcmp(nx, "the") == 0 || strcmp(nx, "a") == 0) {
        while (e2 < s->end && c->t[e2] == ' ')
            e2++;
        rel_word_at(c->t, e2, s->end, nx, sizeof nx);
        if (period_of(nx) >= 0)
            return 0;   /* "in the year": the period the total is over */
    }
    return 1;
}

/* Round 440: 1 when total P is the subject of a verb of its own right after
 * it and its period phrase ("400 tanks in the year were sent abroad"): a
 * part of what was made, not the period's whole. */
static int total_own_verb(const ctx *c, size_t P)
{
    static const char *const aux[] = {"was", "were", "went", "had", "have", "has", "is",
                                      "are", NULL};
    const tally_fact *f = &c->f->v[P];
    return rel_word_within(c, f->tend, c->seg->sents[f->sent_index].end, 7, aux);
}

/* The factor from rate R's period pr to the one period total P is said
 * over (one_period_named), a longer one: 12 months, 52 weeks, 7 or 30
 * days (a month of no named date), 365 days; 0 when none. */
static double named_period_factor(const ctx *c, size_t R, size_t P, int pr)
{
    size_t sp = c->f->v[P].sent_index;
    if (c->seg->sents[sp].para != c->seg->sents[c->f->v[R].sent_index].para)
        return 0;   /* a new paragraph: another matter */
    int para = c->seg->sents[sp].para;
    if (c->f->v[R].sent_index != sp)   /* P in the next sentence: R the one rate */
        for (size_t j = R; j-- > 0 && c->f->v[j].sent_index + 3 >= sp &&
                           c->seg->sents[c->f->v[j].sent_index].para == para;) {
            int jp;
            if (rel_same_unit(&c->fi[j], &c->fi[R]) && !c->fi[j].share &&
                rel_rate_of(c, j, &jp) && jp == pr && c->f->v[j].value != c->f->v[R].value)
                return 0;   /* "20 million kroner a day ... 12.8 million a day": which? */
        }
    int pw = one_period_named(c, P);
    if (pw < 0 || !(periods[pw].per_year < periods[pr].per_year) || rate_bounded(c, R) ||
        total_own_verb(c, P))
        return 0;   /* round 440: "at the peak", "From April"; "400 in the year were sent" */
    double k = periods[pr].per_year / periods[pw].per_year;
    if (pr == 0 && pw == 1)
        k = 7;
    if (pr == 0 && pw == 2)
        k = REL_MONTH_DAYS;
    return fabs(k - round(k)) > 1e-9 ? 0 : k;
}

/* The span total P's own words state right after it, of rate R's period
 * pr or longer ("93 tons a day, 2,970 tons in a month of thirty days"):
 * the figure right after P in its sentence, among the five words after P
 * with no mark between, a whole number of a period no shorter than pr, no
 * rate, and P within half to twice R times it (else P counts things the
 * text leaves unsaid); NOPOS when none. */
static size_t span_after(const ctx *c, size_t P, size_t R, int pr)
{
    size_t D = P + 1;
    if (D >= c->f->n || c->f->v[D].sent_index != c->f->v[P].sent_index || rel_is_rate(c, D) ||
        c->fi[D].share || c->f->v[D].qual != TALLY_Q_EXACT ||
        c->f->v[D].value != floor(c->f->v[D].value) || !(c->f->v[D].value >= 1))
        return NOPOS;
    int w = rel_words_between(c->t, c->f->v[P].tend, c->f->v[D].tstart, ",;:()");
    int dp = unit_period(c, D);
    if (w < 1 || w > 5 || dp < 0 || lasting_factor(dp, pr) == 0)
        return NOPOS;
    double q = c->f->v[P].value / (c->f->v[R].value * c->f->v[D].value * lasting_factor(dp, pr));
    return q >= 0.5 && q <= 2 ? D : NOPOS;   /* "eight sorties a month ... about 860 in
                                               three months" counts aircraft unstated */
}

/* 1 when rate R restates the total right before it in its sentence, a
 * comma between ("7,400 tons of soap in 1942, about 620 tons a month"): R
 * is that total's rate, and a later figure of the year ("against a need
 * of 12,960 tons for the year") is no R x 12. */
static int apposed_to_total(const ctx *c, size_t R)
{
    if (R == 0)
        return 0;
    size_t X = R - 1;
    const tally_fact *xf = &c->f->v[X], *rf = &c->f->v[R];
    return xf->sent_index == rf->sent_index && rel_same_unit(&c->fi[X], &c->fi[R]) &&
           !c->fi[X].share && !rel_is_rate(c, X) && xf->value > rf->value &&
           rel_words_between(c->t, xf->tend, rf->tstart, ";:()") >= 0 &&
           rel_words_between(c->t, xf->tend, rf->tstart, "") <= 5 &&
           memchr(c->t + xf->tend, ',', rf->tstart - xf->tend) != NULL;
}

/* The period total P is said over as one whole, -1 if none. */
static int period_of_total(const ctx *c, size_t P)
{
    return one_period_named(c, P);
}

/* "40 trucks a month, or 480 trucks a year": a rate R per one period and,
 * after it in its sentence or the next, a figure P of its unit per a
 * longer period -> PRODUCT, factor the periods' ratio (12, 52, 4).  "50
 * lorries a month for two years" with P in the same sentence or closed by
 * a total cue in the next -> PRODUCT, R x the duration (factor between
 * the duration's unit and the period). */
int rel_rule_period(ctx *c, size_t R)
{
    static const char *const closing[] = {"in all", "in total", "a total of", "altogether",
                                          "overall", "all told", NULL};
    const finfo *ri = &c->fi[R];
    int pr;
    if (!ri->unit[0] || ri->share || ri->used || !rel_rate_of(c, R, &pr) || pr < 0 ||
        periods[pr].per_year > 365)
        return 0;   /* "20 rounds an hour": no day is 24 hours of fire */
    size_t si = c->f->v[R].sent_index;
    int restated = period_restated(c, R, pr);
    if (restated)
        return restated < 0 ? -1 : 0;
    size_t D = NOPOS;
    for (size_t j = R + 1; j < c->f->n && c->f->v[j].sent_index <= si + 1 &&
                           c->seg->sents[c->f->v[j].sent_index].para == c->seg->sents[si].para;
         j++) {   /* the sentence after, in R's paragraph */
        const finfo *ji = &c->fi[j];
        const tally_fact *jf = &c->f->v[j];
        int dp = unit_period(c, j);
        if (jf->sent_index == si && dp >= 0 && D == NOPOS && !(periods[dp].per_year >
                                                               periods[pr].per_year)) {
            D = j;   /* "for two years": a duration no shorter than the period */
            continue;
        }
        if (!rel_same_unit(ji, ri) || ji->share || ji->used)
            continue;
        int pp;
        int rate = rel_rate_of(c, j, &pp);
        int own_span = 0;   /* j's own words state the span (span_after) */
        double k_days;
        tally_relation r;
        if (!rate && D == NOPOS && jf->sent_index == si && j + 1 < c->f->n &&
            c->f->v[j + 1].sent_index == si && jf->value > c->f->v[R].value &&
            rel_words_between(c->t, jf->tend, c->f->v[j + 1].tstart, ";:.()") >= 0 &&
            rel_words_between(c->t, jf->tend, c->f->v[j + 1].tstart, "") <= 3) {
            if (unit_period(c, j + 1) == pr)   /* "120 crews a month, 620 over the six
                                                  months" */
                D = j + 1;
        }
        if (rate && pp >= 0 && periods[pp].per_year > periods[pr].per_year &&
            jf->sent_index == si && j == R + 1)
            continue;   /* "4,320 tons a month, about 144 tons a day, or 51,840 tons a
                           year": the month's rate restated by the day, its year after */
        if (rate && pp >= 0 && periods[pp].per_year < periods[pr].per_year) {
            double k = periods[pr].per_year / periods[pp].per_year;
            if (pr == 0 && pp == 1) {
                /* "250 grams a day, or 1,750 grams a week" (365/52 is not 7); in
                 * one sentence, not a level of a change ("from 300 grams a week") */
                static const char *const level[] = {"from", "to", NULL};
                if (jf->sent_index != si ||
                    rel_word_before_is(c, jf->tstart, c->seg->sents[si].start, level))
                    return 0;
                k = 7;
            }
            int month = pr == 0 && pp == 2;
            if (month && jf->sent_index != si)
                return 0;   /* "12 tons a day. The carts took 400 tons a month": another's */
            if (month)
                k = REL_MONTH_DAYS;   /* "145 tons a day ... 4,350 tons a month" */
            size_t S = stated_periods(c, R, j, pr, pp);
            if (S != NOPOS) {   /* "six days a week": the stated days, not 7 */
                month = 0;
                k = c->f->v[S].value;
            }
            int weeks = S == NOPOS && pr == 1 && pp == 2 && jf->sent_index == si;
            if (fabs(k - round(k)) > 1e-9 && !weeks)
                return 0;   /* "1,500 rifles a week, about 6,500 a month": 52 / 12 weeks */
            rel_init(&r, TALLY_REL_PRODUCT, j,
                     month ? REL_CUE_MONTH_DAYS : weeks ? REL_CUE_MONTH_WEEKS : "per period");
            r.factor = S != NOPOS ? 0 : k;
            rel_part(c, &r, R);
            if (S != NOPOS) {
                rel_part(c, &r, S);
                c->fi[S].used = 1;
            }
            period_count(c, &r, R, j, k);
        } else if (!rate && D == NOPOS && periods[pr].per_year == 365 &&
                   (k_days = month_days(c, R, j)) > 0) {
            rel_init(&r, TALLY_REL_PRODUCT, j, "days in the month");
            r.factor = k_days;
            rel_part(c, &r, R);
        } else if (!rate && D != NOPOS && c->f->v[D].value > 0) {
            /* the total of the whole duration: beside it or closed by a cue */
            int cue = jf->sent_index == si;
            const tally_sentence *s = &c->seg->sents[jf->sent_index];
            for (size_t i = s->start; !cue && i < s->end; i++)
                for (size_t q = 0; closing[q] && !cue; q++)
                    cue = rel_phrase_at(c->t, i, s->end, closing[q]) != 0;
            double k = periods[pr].per_year / periods[unit_period(c, D)].per_year;
            if (!cue || !(jf->value > c->f->v[R].value))
                return period_back(c, R, D, pr);
            rel_init(&r, TALLY_REL_PRODUCT, j, "per period");
            r.factor = fabs(k - 1) < 1e-9 ? 0 : k;
            rel_part(c, &r, R);
            rel_part(c, &r, D);
        } else if (!rate && D == NOPOS && jf->value > c->f->v[R].value &&
                   jf->sent_index == si && (D = span_after(c, j, R, pr)) != NOPOS) {
            /* "93 tons a day, 2,970 tons in a month of thirty days": the rate
             * times the span P's own words state */
            double k = lasting_factor(unit_period(c, D), pr);
            rel_init(&r, TALLY_REL_PRODUCT, j, "per period");
            r.factor = k > 1 ? k : 0;
            rel_part(c, &r, R);
            rel_part(c, &r, D);
            own_span = 1;
        } else if (!rate && D == NOPOS && jf->value > c->f->v[R].value &&
                   !apposed_to_total(c, R) &&
                   (k_days = named_period_factor(c, R, j, pr)) > 0) {
            /* round 427: "300 mules a month ... 3,600 mules in the year" */
            int month = pr == 0 && period_of_total(c, j) == 2;
            rel_init(&r, TALLY_REL_PRODUCT, j, month ? REL_CUE_MONTH_DAYS : "per period");
            r.factor = k_days;
            rel_part(c, &r, R);
        } else {
            /* only the next figure of the rate's unit */
            return D != NOPOS ? period_back(c, R, D, pr) : 0;
        }
        if (rel_rate_apart(c, R, j))
            return 0;   /* another year, or a promise against what came */
        if (!own_span)
            c->fi[j].used = 1;   /* a month's total of its own span may still be a
                                    count: "1,140 tons in a month of thirty days. At
                                    48 ducats a ton ... some 54,700 ducats" */
        return rel_add(c, &r);
    }
    return D != NOPOS ? period_back(c, R, D, pr) : 0;
}

/* "24 ships of 3,000 tons each", "five battalions of 40 tanks apiece": a
 * rate R (followed by "each" or "apiece") right after a count C ("of",
 * "with", "carrying" or a comma between, at most three words), and the
 * figure P of R's unit in its sentence: before C ("11,400 tons in 4,960 sorties at
 * 2.3 tons each": an average, R = P / C), else at most eight words after
 * R, larger than R -> PRODUCT P = R x C. */
/* Add PRODUCT P = R (a rate) x C (a count) with cue, P and R used; 0, or
 * -1 when out of memory. */
static int add_rate_product(ctx *c, size_t P, size_t R, size_t C, const char *cue)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, cue);
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    c->fi[P].used = c->fi[R].used = 1;
    return rel_add(c, &r);
}

/* "36 million crowns, 4 million for each of the nine": the total P right
 * before rate R (no more than two words between), the count N right after
 * "each of the" that follows R -> PRODUCT P = R x N.  0 or -1. */
static int each_of_count(ctx *c, size_t R, size_t P)
{
    const tally_fact *rf = &c->f->v[R];
    size_t send = c->seg->sents[rf->sent_index].end, N = R + 1;
    if (c->fi[R].used || c->fi[P].used || c->fi[P].share || N >= c->f->n ||
        c->f->v[P].sent_index != rf->sent_index || c->f->v[N].sent_index != rf->sent_index ||
        !rel_same_unit(&c->fi[P], &c->fi[R]) || !(c->f->v[P].value > rf->value) ||
        rel_words_between(c->t, c->f->v[P].tend, rf->tstart, ";:()") < 0 ||
        rel_words_between(c->t, c->f->v[P].tend, rf->tstart, "") > 2 || c->fi[N].share ||
        !(c->f->v[N].value > 1))
        return 0;
    size_t k = rf->tend;
    while (k < send && c->t[k] == ' ')
        k++;
    size_t e = rel_phrase_at(c->t, k, send, "for each of the");
    if (!e)
        e = rel_phrase_at(c->t, k, send, "each of the");
    if (!e || rel_words_between(c->t, e, c->f->v[N].tstart, "") != 0)
        return 0;
    return add_rate_product(c, P, R, N, "each");
}

/* 1 when P is called the total right after R: "in all", "altogether", "in
 * total" or "all told" at most four words after P, or "a total of" / "in
 * all" between them (not "though only 150 were ..."). */
static int said_total(const ctx *c, size_t R, size_t P)
{
    static const char *const cue[] = {"in all", "altogether", "in total", "all told",
                                      "a total of", NULL};
    const tally_fact *pf = &c->f->v[P];
    size_t send = c->seg->sents[pf->sent_index].end, e = pf->tend;
    for (int w = 0; w < 4 && e < send; w++) {   /* P's noun and the cue */
        while (e < send && c->t[e] == ' ')
            e++;
        char x[48];
        size_t n = rel_word_at(c->t, e, send, x, sizeof x);
        if (n == e)
            break;
        e = n;
    }
    int w = rel_words_between(c->t, c->f->v[R].tend, pf->tstart, ";:()");
    return w >= 0 && w <= 6 && rel_phrase_in(c->t, c->f->v[R].tend, e, cue);
}

/* "The 36 bombers each dropped four tons, 144 tons in all", "Each of the
 * 8 hospitals had 250 beds, 2,000 beds in all": a count C right before
 * rate R with "each" between them (at most five words) or "Each of the"
 * before C, and the total P of R's unit right after R (said_total()) ->
 * PRODUCT P = R x C.  0 when none, -1 when out of memory. */
/* The whole count C closes the breakdown of, in C's sentence: a figure T
 * of C's unit before it, exact, whose figures of that unit after it up to C
 * (two or more, joined by commas and "and") add up to T exactly ("14
 * sawmills, eight military and six requisitioned"); NOPOS when none. */
static size_t listed_whole(const ctx *c, size_t C)
{
    double sum = c->f->v[C].value;
    int n = 1;
    for (size_t j = C; j-- > 0 && c->f->v[j].sent_index == c->f->v[C].sent_index;) {
        if (!rel_same_unit(&c->fi[j], &c->fi[C]) || c->fi[j].share ||
            c->f->v[j].qual != TALLY_Q_EXACT)
            return NOPOS;
        if (!rel_joined_to(c->t, c->f->v[j].tend, c->f->v[j + 1].tstart) &&
            !(n >= 2 && c->f->v[j].value == sum))
            return NOPOS;
        if (n >= 2 && c->f->v[j].value == sum)
            return j;
        sum += c->f->v[j].value;
        n++;
    }
    return NOPOS;
}

static int each_before(ctx *c, size_t R)
{
    static const char *const each_w[] = {"each", NULL};
    const tally_fact *rf = &c->f->v[R];
    size_t C = R - 1, P = R + 1;
    if (R == 0 || P >= c->f->n || c->f->v[C].sent_index != rf->sent_index ||
        c->f->v[P].sent_index != rf->sent_index || !c->fi[C].unit[0] || c->fi[C].share ||
        rel_same_unit(&c->fi[C], &c->fi[R]) || !(c->f->v[C].value > 1) ||
        c->fi[P].share || c->fi[P].used || !rel_same_unit(&c->fi[P], &c->fi[R]) ||
        !(c->f->v[P].value > c->f->v[R].value) || !said_total(c, R, P))
        return 0;
    size_t start = c->seg->sents[rf->sent_index].start, k = c->f->v[C].tstart;
    int w = rel_words_between(c->t, c->f->v[C].tend, rf->tstart, ";:.()");
    int between = w >= 0 && w <= 5 && rel_phrase_in(c->t, c->f->v[C].tend, rf->tstart, each_w);
    int opening = k >= start + 12 && rel_phrase_at(c->t, k - 12, k, "each of the") != 0;
    if (!between && !opening)
        return 0;
    size_t whole = listed_whole(c, C);
    if (whole != NOPOS)
        C = whole;   /* "14 sawmills, eight military and six requisitioned, each cutting
                        some 35 cubic metres": all 14, not the last part */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each");
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    if (!period_or_frequency(c, &r, R, P))
        return 0;
    c->fi[R].used = c->fi[P].used = 1;
    return rel_add(c, &r);
}

/* "valued 380,000 cubic metres of timber at 25 gulden, or 9.6 million":
 * a price R after "at" followed by ", or" and at once by a larger figure
 * of its unit (the price of the whole count before it). */
static int price_or_total(const ctx *c, size_t R)
{
    const tally_fact *rf = &c->f->v[R];
    size_t send = c->seg->sents[rf->sent_index].end, k = rf->tend, P = R + 1;
    if (P >= c->f->n || c->f->v[P].sent_index != rf->sent_index || c->fi[P].share ||
        !rel_same_unit(&c->fi[P], &c->fi[R]) || !(c->f->v[P].value > rf->value))
        return 0;
    while (k < send && c->t[k] != ',' && c->t[k] != ';' && c->t[k] != '(')
        k++;   /* the price's noun ("25 gulden a cubic metre") */
    if (k >= send || c->t[k] != ',' || rel_words_between(c->t, rf->tend, k, "") > 3)
        return 0;
    k++;
    while (k < send && c->t[k] == ' ')
        k++;
    size_t e = rel_phrase_at(c->t, k, send, "or");
    return e && rel_words_between(c->t, e, c->f->v[P].tstart, "") == 0;
}

/* "a train of 18 tank wagons of 12,000 litres, or 216,000 litres": a
 * count C right before R, joined to it by its noun (at most three words)
 * and "of", no "each" needed; the next figure P of R's unit restated at
 * once after ", or" (price_or_total()), larger than R -> PRODUCT P = R x
 * C.  0 when none, -1 when out of memory. */
static int of_or_restated(ctx *c, size_t R)
{
    static const char *const of[] = {"of", NULL};
    const tally_fact *rf = &c->f->v[R];
    size_t C = R - 1, P = R + 1, st = c->seg->sents[rf->sent_index].start;
    if (R == 0 || P >= c->f->n || c->f->v[C].sent_index != rf->sent_index ||
        !c->fi[C].unit[0] || c->fi[C].share || c->fi[C].used ||
        rel_same_unit(&c->fi[C], &c->fi[R]) || rel_is_rate(c, C) || rel_is_rate(c, R) ||
        c->f->v[C].qual != TALLY_Q_EXACT || !(c->f->v[C].value > 1) || c->fi[P].used ||
        !rel_word_before_is(c, rf->tstart, st, of) || !price_or_total(c, R))
        return 0;
    int w = rel_words_between(c->t, c->f->v[C].tend, rf->tstart, ",;:.()");
    if (w < 1 || w > 4)
        return 0;
    return add_rate_product(c, P, R, C, "of ..., or");
}

/* The count written right after "for the" / "for all" / "for all the" at
 * offset k ("1,160 tons for the six"): a plain figure that is no fact of
 * its own (a bare count word), ending its clause; its value, 0 when
 * none, -1 when out of memory. */
static double for_the_count(const ctx *c, size_t k, size_t send)
{
    static const char *const lead[] = {"for all the", "for the", "for all", NULL};
    size_t e = 0;
    for (size_t q = 0; lead[q] && !e; q++)
        e = rel_phrase_at(c->t, k, send, lead[q]);
    if (!e)
        return 0;
    while (e < send && c->t[e] == ' ')
        e++;
    size_t b = e;
    while (b < send && rel_wch((unsigned char)c->t[b]))
        b++;   /* one word: "six", "16" */
    if (b == e || (b < send && c->t[b] != ',' && c->t[b] != '.' && c->t[b] != ';'))
        return 0;
    tally_number *nv = NULL;
    size_t n = 0;
    tally_error err;
    if (tally_numbers_find(c->t, e, b, NULL, &nv, &n, &err) != TALLY_OK)
        return -1;
    double v = n == 1 && nv[0].kind == TALLY_NK_FIGURE && nv[0].qual == TALLY_Q_EXACT &&
                       nv[0].start == e && nv[0].end == b && !(nv[0].flags & TALLY_NF_PERCENT)
                   ? nv[0].value : 0;
    free(nv);
    return v > 1 && v == floor(v) ? v : 0;
}

/* "Each monitor needed 210 tons of plate, 1,160 tons for the six": a
 * figure R said of one thing ("each" before it in its clause, at most six
 * words), the next figure P of its unit right after a comma, then "for
 * the N" with N a count in words -> PRODUCT P = N x R (a factor).  0 when
 * none, -1 when out of memory. */
static int each_for_the(ctx *c, size_t R)
{
    static const char *const each_w[] = {"each", "every", NULL};
    const tally_fact *rf = &c->f->v[R];
    size_t P = R + 1, st = c->seg->sents[rf->sent_index].start;
    size_t send = c->seg->sents[rf->sent_index].end;
    if (P >= c->f->n || c->f->v[P].sent_index != rf->sent_index || c->fi[P].share ||
        c->fi[P].used || !rel_same_unit(&c->fi[P], &c->fi[R]) ||
        !(c->f->v[P].value > rf->value) || rel_is_rate(c, P))
        return 0;
    size_t a = rf->tstart;
    while (a > st && c->t[a - 1] != ',' && c->t[a - 1] != ';' && c->t[a - 1] != ':')
        a--;   /* R's clause */
    int w = rel_words_between(c->t, a, rf->tstart, ";:()");
    if (w < 1 || w > 6 || !rel_phrase_in(c->t, a, rf->tstart, each_w))
        return 0;
    size_t k = rf->tend;   /* R's noun, then ", " and P at once */
    while (k < c->f->v[P].tstart && c->t[k] != ',')
        k++;
    if (k >= c->f->v[P].tstart || rel_words_between(c->t, k + 1, c->f->v[P].tstart, "") != 0 ||
        rel_words_between(c->t, rf->tend, k, "();:") < 0)
        return 0;
    k = c->f->v[P].tend;   /* P's noun (one word at most), then "for the N" */
    while (k < send && c->t[k] == ' ')
        k++;
    double n = 0;
    for (int nw = 0; nw < 2 && k < send && n == 0; nw++) {
        if ((n = for_the_count(c, k, send)) < 0)
            return -1;
        size_t e = k;
        while (e < send && rel_wch((unsigned char)c->t[e]))
            e++;
        while (e < send && c->t[e] == ' ')
            e++;
        k = e;
    }
    if (n == 0)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each");
    r.factor = n;
    rel_part(c, &r, R);
    c->fi[R].used = c->fi[P].used = 1;
    return rel_add(c, &r);
}

/* The last figure of sentence ps (paragraph para) called a total right
 * after it ("bought 6,000 animals in all"): a count, no money, share or
 * rate.  NOPOS when none. */
static size_t total_count_in(const ctx *c, size_t ps, int para)
{
    static const char *const cue[] = {"in all", "altogether", "all told", "in total", NULL};
    if (ps >= c->seg->nsents || c->seg->sents[ps].para != para)
        return NOPOS;
    size_t lo, hi, send = c->seg->sents[ps].end;
    rel_sent_range(c, ps, &lo, &hi);
    for (size_t j = hi; j-- > lo;) {
        if (!c->fi[j].unit[0] || c->fi[j].share || strcmp(c->fi[j].cat, "money") == 0 ||
            rel_is_rate(c, j) || !(c->f->v[j].value > 1))
            continue;
        size_t e = c->f->v[j].tend, b = e;
        for (int w = 0; w < 3 && b < send; w++) {   /* its noun and the cue */
            while (b < send && c->t[b] == ' ')
                b++;
            char x[48];
            size_t n = rel_word_at(c->t, b, send, x, sizeof x);
            if (n == b)
                break;
            b = n;
        }
        if (rel_phrase_in(c->t, e, b, cue))
            return j;
    }
    return NOPOS;
}

/* "... bought 6,000 animals in all. The average price was $165 a head, or
 * some $1.09 million for the whole purchase": a price R said of one thing
 * ("a head", "each", "apiece"), restated at once after ", or" as P "for
 * the whole" (or "for all", "in all"), no count in R's sentence before it;
 * the count is the total of the sentence before -> PRODUCT P = R x C.
 * 0 when none, -1 when out of memory. */
static int head_or_whole(ctx *c, size_t R)
{
    static const char *const one[] = {"a head", "per head", "each", "apiece", "a piece", NULL};
    static const char *const whole[] = {"for the whole", "for all", "in all", "for the lot",
                                        "altogether", NULL};
    const tally_fact *rf = &c->f->v[R];
    size_t P = R + 1, lo, hi, si = rf->sent_index;
    if (!price_or_total(c, R) || !rel_phrase_in(c->t, rf->tend, c->f->v[P].tstart, one))
        return 0;
    size_t send = c->seg->sents[si].end, e = c->f->v[P].tend;
    for (int w = 0; w < 4 && e < send && c->t[e] != ',' && c->t[e] != ';'; w++) {
        while (e < send && c->t[e] == ' ')
            e++;
        char x[48];
        size_t n = rel_word_at(c->t, e, send, x, sizeof x);
        if (n == e)
            break;
        e = n;
    }
    if (!rel_phrase_in(c->t, c->f->v[P].tend, e, whole))
        return 0;
    rel_sent_range(c, si, &lo, &hi);
    for (size_t j = lo; j < R; j++)
        if (c->fi[j].unit[0] && !c->fi[j].share && !rel_same_unit(&c->fi[j], &c->fi[R]))
            return 0;   /* a count beside the price: the other rules' */
    if (si == 0)
        return 0;
    size_t C = total_count_in(c, si - 1, c->seg->sents[si].para);
    if (C == NOPOS)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each");
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    r.looked_back = 1;
    c->fi[R].used = c->fi[P].used = 1;
    return rel_add(c, &r);
}

/* 1 when the words after figure P in its sentence make P no R x C of
 * the carriers' loads (round 461): a span of time the flow ran over ("in
 * the week", "during May", "over a month": several loads each), or the
 * part left aside ("the rest", "the remainder", "the balance": P is only a
 * part of what the carriers held).  A rate said per a period (R's own
 * "a day") is left to period_or_frequency(). */
static int flow_or_rest(const ctx *c, size_t R, size_t P)
{
    static const char *const rest[] = {"the rest", "the remainder", "the balance", NULL};
    static const char *const prep[] = {"in", "during", "over", "within", "throughout", NULL};
    static const char *const month[] = {"january", "february", "march", "april", "may",
                                        "june", "july", "august", "september", "october",
                                        "november", "december", NULL};
    const tally_fact *pf = &c->f->v[P];
    size_t send = c->seg->sents[pf->sent_index].end, k = pf->tend;
    int per;
    if (strcmp(c->fi[P].cat, "money") == 0)
        return 0;
    if (rel_phrase_in(c->t, k, send, rest))
        return 1;
    if (rel_rate_of(c, R, &per) && per >= 0)
        return 0;
    int after_prep = -1;   /* words since a preposition of time, -1 if none */
    for (int nw = 0; nw < 10 && k < send; nw++) {
        while (k < send && c->t[k] == ' ')
            k++;
        if (k < send && strchr(",;:()", c->t[k]))
            break;
        char w[48];
        size_t e = rel_word_at(c->t, k, send, w, sizeof w);
        if (e == k)
            break;
        for (char *q = w; *q; q++)
            *q = (char)tolower((unsigned char)*q);
        if (after_prep >= 0 && (period_of(w) >= 0 || rel_word_is(w, month)))
            return 1;
        if (rel_word_is(w, prep))
            after_prep = 0;
        else if (after_prep >= 0 && ++after_prep > 2)
            after_prep = -1;
        k = e;
    }
    return 0;
}

size_t rel_carrier_of(const ctx *c, size_t R, size_t C)
{
    static const char *const of[] = {"of", NULL};
    if (R == 0 || R - 1 == C)
        return NOPOS;
    size_t K = R - 1;
    const tally_fact *kf = &c->f->v[K], *rf = &c->f->v[R];
    if (kf->sent_index != rf->sent_index || c->fi[K].share || c->fi[K].used ||
        !c->fi[K].unit[0] || rel_same_unit(&c->fi[K], &c->fi[R]) ||
        rel_same_unit(&c->fi[K], &c->fi[C]) || rel_is_rate(c, K) || !(kf->value > 1) ||
        !rel_word_before_is(c, rf->tstart, c->seg->sents[rf->sent_index].start, of) ||
        rel_words_between(c->t, kf->tend, rf->tstart, ",;:()") < 1 ||
        rel_words_between(c->t, kf->tend, rf->tstart, "") > 5)
        return NOPOS;
    return K;
}

/* 1 when rate window t[a..b) says "each" or "every" and a noun of the
 * lexicon that counts other things than count C ("two hospitals of 150
 * beds for each division": per division, not per hospital). */
static int each_other_than(const ctx *c, size_t a, size_t b, size_t C)
{
    static const char *const each[] = {"each", "every", NULL};
    char w[48], u[48], cat[16];
    for (size_t i = a; rel_cue_word(c, &i, b, each, w, sizeof w);)
        if (period_of(w) < 0 && rel_lookup_word(c->lex, w, u, cat))
            return strcmp(u, c->fi[C].unit) != 0;
    return 0;
}

int rel_rule_each(ctx *c, size_t R)
{
    const finfo *ri = &c->fi[R];
    const tally_fact *rf = &c->f->v[R];
    if (!ri->unit[0] || ri->share || ri->used)
        return 0;
    if (R == 0)   /* no count before it: only "..., P for the N" */
        return each_for_the(c, R);
    size_t send = c->seg->sents[rf->sent_index].end, k = rf->tend;
    int each = 0;
    for (int nw = 0; nw < 4 && k < send && !each; nw++) {
        while (k < send && c->t[k] == ' ')
            k++;
        char w[48];
        size_t e = rel_word_at(c->t, k, send, w, sizeof w);
        if (e == k)
            break;
        each = strcmp(w, "each") == 0 || strcmp(w, "apiece") == 0;
        k = e;
    }
    if (each && R + 1 < c->f->n && c->f->v[R + 1].sent_index == rf->sent_index &&
        c->f->v[R + 1].tstart < k)
        each = 0;   /* "12 cruisers at 400 each": the "each" is the 400's (round 396) */
    size_t ce = rf->tend;   /* R's clause: up to a mark */
    while (ce < send && !strchr(",;:(", c->t[ce]))
        ce++;
    if (each && R > 0 && each_other_than(c, rf->tend, ce, R - 1) &&
        each_other_than(c, rf->tend, ce, R))
        return 0;   /* "two field hospitals of 150 beds for each division": the rate is
                       per division, a count the sentence does not state */
    static const char *const at[] = {"at", NULL};
    if (!each && strcmp(ri->cat, "money") == 0 &&
        rel_word_before_is(c, rf->tstart, c->seg->sents[rf->sent_index].start, at)) {
        /* "120 fighters at $310,000 per aircraft", "at $190,000 a gun" */
        k = rf->tend;
        while (k < send && c->t[k] == ' ')
            k++;
        each = rel_phrase_at(c->t, k, send, "per") || rel_phrase_at(c->t, k, send, "a piece") ||
               ((rel_phrase_at(c->t, k, send, "a") || rel_phrase_at(c->t, k, send, "an")) &&
                !rel_is_rate(c, R)) ||
               price_or_total(c, R);
    }
    if (!each) {
        int rc = each_for_the(c, R);
        if (!rc)
            rc = head_or_whole(c, R);
        if (!rc)
            rc = of_or_restated(c, R);
        return rc ? rc : each_before(c, R);
    }
    size_t C = R - 1;
    if (each_of_count(c, R, C) < 0)
        return -1;
    if (each && C > 0 && rel_same_unit(&c->fi[C], ri) && !c->fi[C].share &&
        c->f->v[C - 1].sent_index == rf->sent_index && c->fi[C - 1].unit[0] &&
        !c->fi[C - 1].share && !rel_same_unit(&c->fi[C - 1], ri) &&
        rel_words_between(c->t, c->f->v[C].tend, rf->tstart, ";:()") >= 0 &&
        rel_words_between(c->t, c->f->v[C].tend, rf->tstart, "") <= 1 &&
        rel_words_between(c->t, c->f->v[C - 1].tend, c->f->v[C].tstart, ";:.()") >= 0 &&
        rel_words_between(c->t, c->f->v[C - 1].tend, c->f->v[C].tstart, "") <= 3 &&
        c->f->v[C].value > rf->value) {
        /* "The 60 locomotives cost $4.8 million, $80,000 apiece": the
         * product right before the rate, the count before it */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, C, "each");
        r.average = 1;
        rel_part(c, &r, R);
        rel_part(c, &r, C - 1);
        c->fi[R].used = c->fi[C].used = 1;
        return rel_add(c, &r);
    }
    const finfo *ci = &c->fi[C];
    if (C > 0 && c->f->v[C - 1].sent_index == rf->sent_index && !c->fi[C - 1].share &&
        c->fi[C - 1].unit[0] && is_formation(c, C - 1) &&
        chain_link(c, c->f->v[C - 1].tend, c->f->v[C].tstart))
        return 0;   /* "two regiments of four battalions with six launchers
                       apiece": a chain (rel_rule_chain) */
    if (!each || c->f->v[C].sent_index != rf->sent_index || !ci->unit[0] || ci->share ||
        rel_same_unit(ci, ri) ||
        rel_words_between(c->t, c->f->v[C].tend, rf->tstart, ";:.()") < 0 ||
        rel_words_between(c->t, c->f->v[C].tend, rf->tstart, "") > 5)
        return 0;   /* "14 camps had room for 9,000 people each" */
    if (new_clause(c, c->f->v[C].tend, rf->tstart))
        return 0;   /* "36,000 men in the three divisions, and 4,000 each went to the
                       two brigades": the rate opens a clause of its own (round 396) */
    /* the product before the count ("11,400 tons in 4,960 sorties at 2.3
     * tons each"), else after the rate, at most eight words on */
    size_t P = C > 0 ? rel_fact_before_s(c, c->f->v[C].tstart, 0, C, 6, ";:.()") : NOPOS;
    if (P != NOPOS && !(rel_comparable(&c->fi[P], ri) && !c->fi[P].share &&
                        c->f->v[P].sent_index == rf->sent_index &&
                        !word_in(c, c->f->v[P].tend, c->f->v[C].tstart, "and")))
        P = NOPOS;   /* "... steel at $62 a ton, about $26 million, and 1.1 million tons
                        of coal at $14 a ton": the $26 million is the steel's */
    size_t before = each_in_total(c, R);
    if (before != NOPOS)
        P = before;   /* "168,000 in the 14 divisions at 12,000 each, 26,000 in the
                         cavalry": the product is the one before (rule 10e) */
    size_t after = before != NOPOS ? NOPOS : rel_fact_after(c, rf->tend, R + 1, c->f->n, 8);
    int other_noun = 0;   /* "room for 9,000 people each, 126,000 places in all" */
    if (after != NOPOS && c->f->v[after].sent_index == rf->sent_index && !c->fi[after].share &&
        totalled(c, R, after) &&
        (rel_comparable(&c->fi[after], ri) ||
         (other_noun = strcmp(c->fi[after].cat, "other") == 0 && c->fi[after].unit[0] &&
                       word_in(c, rf->tend, own_words_end(c, after), "all"))))
        P = after;   /* "190 million was spent on 24 fighters at 6.5 million each, 156
                        million in all": the total said after the rate */
    if (P == NOPOS)
        P = rel_fact_after(c, rf->tend, R + 1, c->f->n, 8);
    if (P != NOPOS && c->f->v[P].sent_index == rf->sent_index &&
        (rel_comparable(&c->fi[P], ri) || (other_noun && P == after)) && !c->fi[P].share) {
        if ((c->fi[P].used && !c->fi[P].part) || !(c->f->v[P].value > rf->value))
            return 0;   /* a part of a sum may be a product too: "3,300 at Terhaven,
                           where two shifts of 1,650 men each" */
        if (P > R && (rel_moved_lot(c, P) || flow_or_rest(c, R, P)))
            return 0;   /* round 440: "Twelve barges of 200 tons each took a cargo of
                           2,000 tons": one lot, not what the barges hold */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, P, "each");
        r.average = P < C;   /* the rate is then the rounded quotient */
        rel_part(c, &r, R);
        rel_part(c, &r, C);
        if (!period_or_frequency(c, &r, R, P))
            return 0;   /* "four trains a day of 40 wagons carrying 15 tons each, or
                           2,400 tons a day": 15 x 40 is no daily figure */
        c->fi[R].used = c->fi[P].used = 1;
        return rel_add(c, &r);
    }
    return 0;
}

/* 1 when the last word of t[a..b) is one of ws. */
static int ends_with_word(const ctx *c, size_t a, size_t b, const char *const *ws)
{
    return b > a && rel_word_before_is(c, b, a, ws);
}

/* "144 guns in four regiments of 36", "1,200 men formed into three
 * companies of 400": a count C of groups right after "in", "into" or "as"
 * (at most four words after a figure P), "of" and a figure R right after
 * C's noun; R written bare or of P's unit, P of another unit than C and
 * larger than R -> PRODUCT P = R x C.  (With "each" after R: rule_each.) */
int rel_rule_groups_of(ctx *c, size_t C)
{
    static const char *const of[] = {"of", NULL};
    static const char *const in[] = {"in", "into", "as", NULL};
    if (C == 0 || C + 1 >= c->f->n)
        return 0;
    size_t P = C - 1, R = C + 1;
    const tally_fact *pf = &c->f->v[P], *cf = &c->f->v[C], *rf = &c->f->v[R];
    const finfo *pi = &c->fi[P], *ci = &c->fi[C], *ri = &c->fi[R];
    if (pf->sent_index != cf->sent_index || rf->sent_index != cf->sent_index || ci->share ||
        pi->share || ri->share || pi->used || ri->used || !pi->unit[0] ||
        !(cf->value >= 2) || cf->value != floor(cf->value) || rel_same_unit(pi, ci) ||
        !(rel_bare(rf) || rel_same_unit(ri, pi)) || !(pf->value > rf->value))
        return 0;
    int wc = rel_words_between(c->t, cf->tend, rf->tstart, ",;:.()");
    int wp = rel_words_between(c->t, pf->tend, cf->tstart, ",;:.()");
    if (wc < 1 || wc > 2 || !ends_with_word(c, cf->tend, rf->tstart, of) || wp < 1 || wp > 4 ||
        !ends_with_word(c, pf->tend, cf->tstart, in))
        return 0;
    return add_rate_product(c, P, R, C, "groups of");
}

/* Rule 10c: "the night shift worked five nights of 11 hours, 65 hours a
 * week", "twelve hours on six days, 72 hours a week": two figures of
 * different units joined by "of" or "on" (nothing else between them but
 * one word of their nouns), then after a comma (at most two words: "some",
 * "or") a figure P of the unit of one of them (R), larger than both and
 * said per a period ("a week", "a day") -> PRODUCT P = R x C, C the other
 * (a whole count).  A figure after "and" or past another clause is no
 * product. */
int rel_rule_span_product(ctx *c, size_t A)
{
    static const char *const link[] = {"of", "on", NULL};
    size_t B = A + 1, P = A + 2;
    if (P >= c->f->n)
        return 0;
    const tally_fact *af = &c->f->v[A], *bf = &c->f->v[B], *pf = &c->f->v[P];
    const finfo *ai = &c->fi[A], *bi = &c->fi[B], *pi = &c->fi[P];
    if (af->sent_index != bf->sent_index || pf->sent_index != af->sent_index ||
        !ai->unit[0] || !bi->unit[0] || ai->share || bi->share || pi->share || pi->used ||
        ai->used || bi->used || rel_same_unit(ai, bi) || !(pf->value > af->value) ||
        !(pf->value > bf->value) || pf->qual == TALLY_Q_AT_MOST || pf->qual == TALLY_Q_AT_LEAST)
        return 0;
    size_t R, C;
    if (rel_same_unit(pi, bi))
        R = B, C = A;
    else if (rel_same_unit(pi, ai))
        R = A, C = B;
    else
        return 0;
    const tally_fact *cf = &c->f->v[C];
    int wl = rel_words_between(c->t, af->tend, bf->tstart, ",;:.()");
    if (wl < 1 || wl > 2 || !ends_with_word(c, af->tend, bf->tstart, link) ||
        !(cf->value >= 2) || cf->value != floor(cf->value) ||
        cf->qual != TALLY_Q_EXACT || c->f->v[R].qual != TALLY_Q_EXACT)
        return 0;
    int wp = rel_words_between(c->t, bf->tend, pf->tstart, ";:.()");
    int comma = 0;
    for (size_t k = bf->tend; k < pf->tstart; k++)
        comma += c->t[k] == ',';
    int per;
    if (wp < 1 || wp > 3 || comma != 1 || word_in(c, bf->tend, pf->tstart, "and") ||
        !rel_rate_of(c, P, &per) || per < 0)
        return 0;
    return add_rate_product(c, P, R, C, "of ..., a period");
}

/* 1 when figure j counts periods ("eighteen months", "two years"). */
static int is_duration(const ctx *c, size_t j)
{
    return unit_period(c, j) >= 0;
}

/* The first figure after R of R's unit, in R's sentence or the next one
 * of its paragraph; NOPOS when none (or a share comes first). */
static size_t next_of_unit(const ctx *c, size_t R)
{
    const tally_fact *rf = &c->f->v[R];
    for (size_t j = R + 1; j < c->f->n && c->f->v[j].sent_index <= rf->sent_index + 1; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index >= c->seg->nsents ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[rf->sent_index].para)
            return NOPOS;
        if (rel_same_unit(&c->fi[j], &c->fi[R]))
            return c->fi[j].share ? NOPOS : j;
    }
    return NOPOS;
}

/* "24 colliers, each able to carry 1,500 tons, so that the fleet could
 * move 36,000 tons": a count C (not a duration), a comma and "each" (at
 * most twelve words after C), then within four words a figure R of another unit, and the
 * next figure P of R's unit, larger: in R's sentence, or in the next one
 * of its paragraph when R x C comes within half to one and a half times P
 * (a product stated later, not another figure of the same things) ->
 * PRODUCT P = R x C.  "each <thing>" names what R is said of: when C does
 * not count it, the count that does (its noun, or the words right after
 * it: "six flat-bed presses ... Worked in two shifts, each press printed
 * 1,800") is taken instead; a count of it out of reach: nothing. */
/* 1 when a figure of another unit than R's stands between R and P in
 * R's sentence and is larger than R: a total of its own (", or 28 men in
 * all") or a new count the later figure may be said of. */
static int total_between(const ctx *c, size_t R, size_t P)
{
    for (size_t j = R + 1; j < P && c->f->v[j].sent_index == c->f->v[R].sent_index; j++)
        if (!c->fi[j].share && c->fi[j].unit[0] && !rel_same_unit(&c->fi[j], &c->fi[R]) &&
            c->f->v[j].value > c->f->v[R].value)
            return 1;
    return 0;
}

/* The count of trips (loads, runs, journeys) that carry total P, when it
 * follows P in its clause ("a day's 135 tons called for 45 lorry trips",
 * at most five words on): P is then R x the trips, not R x the carriers C
 * (the column, each of which runs several trips).  Its index, or NOPOS. */
static size_t trips_for(const ctx *c, size_t P, size_t C, size_t R)
{
    static const char *const trip[] = {"trip", "run", "load", "journey", "lift", "turn",
                                       "shuttle", "crossing", "sortie", NULL};
    size_t T = P + 1;
    if (T >= c->f->n || c->f->v[T].sent_index != c->f->v[P].sent_index || c->fi[T].share ||
        c->fi[T].used || rel_is_rate(c, T) || !(c->f->v[T].value > 1) ||
        rel_same_unit(&c->fi[T], &c->fi[C]) || rel_same_unit(&c->fi[T], &c->fi[R]) ||
        rel_words_between(c->t, c->f->v[P].tend, c->f->v[T].tstart, ",;:.()") < 0 ||
        rel_words_between(c->t, c->f->v[P].tend, c->f->v[T].tstart, "") > 5)
        return NOPOS;
    const char *u = c->fi[T].unit;
    for (size_t q = 0; trip[q]; q++)
        if (strcmp(u, trip[q]) == 0)
            return T;
    return NOPOS;
}

/* 1 when the words right after figure Q (at most two, no mark between)
 * name th (n bytes): "presses" for "press". */
static int followed_by(const ctx *c, size_t Q, const char *th, size_t n)
{
    char w[48];
    size_t k = c->f->v[Q].tend, end = c->seg->sents[c->f->v[Q].sent_index].end;
    for (int nw = 0; nw < 2 && k < end; nw++) {
        while (k < end && c->t[k] == ' ')
            k++;
        size_t e = rel_word_at(c->t, k, end, w, sizeof w);
        if (e == k)
            return 0;   /* a mark */
        if (strncasecmp(w, th, n) == 0 && strlen(w) <= n + 2)
            return 1;
        k = e;
    }
    return 0;
}

#define FOLLOWED_BACK 64   /* figures looked at before R for a count of the thing */

/* The count whose next words name the thing ", each <thing>" in t[a..b)
 * is said of, when its own noun misses it ("six flat-bed presses ...
 * each press printed 1,800"): the nearest before R in R's sentence or the
 * one before in its paragraph, no rate, share or figure of R's unit;
 * NOPOS when none.  *named is set when some figure before R (any
 * paragraph) counts the thing: the rate is then of that thing, not of
 * another count near it. */
static size_t count_followed_by(const ctx *c, size_t R, size_t a, size_t b, int *named)
{
    char th[24], w[48];
    size_t i = a;
    *named = 0;
    while (i < b && c->t[i] == ' ')
        i++;
    i = rel_word_at(c->t, i, b, w, sizeof w);   /* "each" */
    while (i < b && c->t[i] == ' ')
        i++;
    size_t te = rel_word_at(c->t, i, b, th, sizeof th);
    size_t n = strlen(th), found = NOPOS;
    if (n < 3)
        return NOPOS;
    const tally_fact *rf = &c->f->v[R];
    while (te < rf->tstart && c->t[te] == ' ')
        te++;
    if (te == rf->tstart && n > 4 &&
        (strcasecmp(th + n - 3, "ing") == 0 || strcasecmp(th + n - 2, "ed") == 0))
        return NOPOS;   /* "Four lines ..., each filling 60 bombs": a verb right
                           before R names no thing; the count is C's */
    size_t floor = R > FOLLOWED_BACK ? R - FOLLOWED_BACK : 0;
    for (size_t Q = R; Q-- > floor;) {
        const tally_fact *qf = &c->f->v[Q];
        if (!followed_by(c, Q, th, n))
            continue;
        *named = 1;
        if (found != NOPOS || qf->sent_index + 1 < rf->sent_index ||
            c->seg->sents[qf->sent_index].para != c->seg->sents[rf->sent_index].para)
            return found;
        if (c->fi[Q].share || c->fi[Q].used || !(qf->value > 1) ||
            rel_same_unit(&c->fi[Q], &c->fi[R]) || rel_is_rate(c, Q) ||
            (qf->qual != TALLY_Q_EXACT && qf->qual != TALLY_Q_APPROX))
            return NOPOS;   /* the nearest count of the thing cannot be taken */
        found = Q;
    }
    return found;
}

int rel_rule_each_back(ctx *c, size_t R)
{
    if (R == 0)
        return 0;
    size_t C = R - 1;
    /* past durations: "36 ships to be built within eighteen months, each" */
    while (C > 0 && c->f->v[C - 1].sent_index == c->f->v[R].sent_index && is_duration(c, C))
        C--;
    const tally_fact *rf = &c->f->v[R], *cf = &c->f->v[C];
    const finfo *ri = &c->fi[R], *ci = &c->fi[C];
    if (cf->sent_index != rf->sent_index || !ri->unit[0] || ri->share || ri->used ||
        !ci->unit[0] || ci->share || rel_same_unit(ci, ri) || !(cf->value > 1))
        return 0;
    size_t e = NOPOS;
    for (size_t k = cf->tend; k + 1 < rf->tstart && e == NOPOS; k++)
        if (c->t[k] == ',' && rel_phrase_at(c->t, k + 1 + (c->t[k + 1] == ' '), rf->tstart,
                                            "each"))
            e = k;
    if (e == NOPOS || rel_words_between(c->t, cf->tend, e, ";:.()") < 0 ||
        rel_words_between(c->t, cf->tend, e, "") > 12 ||
        rel_words_between(c->t, e + 1, rf->tstart, ",;:.()") < 0 ||
        rel_words_between(c->t, e + 1, rf->tstart, "") > 5 || part_between(c, cf->tend, e + 1))
        return 0;   /* "12 presses in 1941, and after the raid the rest, each": one
                       of a part (round 423) */
    if (!noun_said_of_one(c, e + 1, rf->tstart, cf->noun)) {
        /* "Worked in two shifts, each press printed 1,800": the rate is
         * said of the press, so its count is the presses' (the sentence
         * before may state it), never the shifts */
        int named = 0;
        size_t N = named_count_before(c, R, e + 1, rf->tstart);
        if (N == NOPOS && (N = count_followed_by(c, R, e + 1, rf->tstart, &named)) == NOPOS &&
            named)
            return 0;   /* the presses counted paragraphs before: not the shifts */
        if (N != NOPOS && N != C) {
            C = N;
            cf = &c->f->v[C];
            ci = &c->fi[C];
        }
    }
    size_t P = next_of_unit(c, R);
    if (P == NOPOS || (c->fi[P].used && !share_part(c, P)) || !(c->f->v[P].value > rf->value))
        return 0;   /* a part a share is said of may be a product too ("1,200 tons a
                       week, less than half of what was needed") */
    double prod = rf->value * cf->value, pv = c->f->v[P].value;
    size_t T = trips_for(c, P, C, R);
    if (T != NOPOS) {   /* "a day's 135 tons called for 45 lorry trips": 135 / 3 */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, P, "each, in trips");
        r.average = 1;
        rel_part(c, &r, T);
        rel_part(c, &r, R);
        c->fi[P].used = c->fi[R].used = c->fi[T].used = 1;
        return rel_add(c, &r);
    }
    int other = 0;   /* "14 barges made 38 trips, each carrying about 180 tons, and its
                        120 carts hauled some 2,900 tons": another count's own lot */
    for (size_t j = R + 1; j < P; j++)
        other |= c->fi[j].unit[0] && !c->fi[j].share && !rel_is_rate(c, j) &&
                 !rel_same_unit(&c->fi[j], &c->fi[R]) && !rel_same_unit(&c->fi[j], ci) &&
                 c->f->v[j].value > 1;
    if ((c->f->v[P].sent_index != rf->sent_index || other) &&
        !(prod >= 0.5 * pv && prod <= 1.5 * pv))
        return 0;
    if (rel_moved_lot(c, P) || flow_or_rest(c, R, P))
        return 0;   /* "Twelve barges, each of 200 tons, took a cargo of 1,800 tons":
                       a size per carrier, and one lot is no multiple of it (round 448) */
    if (total_between(c, R, P) && !(prod >= 0.5 * pv && prod <= 2 * pv))
        return 0;   /* "four watches, each of six operators and a supervisor, or 28
                       men in all, and the 15 stations ... 420 operators": the 420
                       is of the stations, not of one station's watches */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each");
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    if (!period_or_frequency(c, &r, R, P))
        return 0;   /* "50 trucks, each carrying 8 tons, ... three times a week, 1,200
                       tons a week": a weekly total needs a weekly factor */
    c->fi[P].used = c->fi[R].used = 1;
    return rel_add(c, &r);
}


/* 1 when "a crew of" (or "crew of", "a complement of") ends right before
 * figure R: R persons said of one thing that carries them. */
static int crew_of(const ctx *c, size_t R)
{
    static const char *const of[] = {"of", NULL}, *const crew[] = {"crew", "complement", NULL};
    size_t k = c->f->v[R].tstart, start = c->seg->sents[c->f->v[R].sent_index].start;
    if (!rel_word_before_is(c, k, start, of))
        return 0;
    while (k > start && c->t[k - 1] == ' ')
        k--;
    return k >= start + 2 && rel_word_before_is(c, k - 2, start, crew);
}

/* 1 when figure j is a part of a relation found already: another figure
 * of its unit, larger, stands in it ("97 of them" of 146). */
static int part_of_relation(const ctx *c, size_t j)
{
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        int has = r->stated == j, larger = 0;
        for (size_t k = 0; k <= r->nparts; k++) {
            size_t m = k < r->nparts ? r->parts[k].fact : r->stated;
            if (m == j)
                has = 1;
            else if (m < c->f->n && rel_same_unit(&c->fi[m], &c->fi[j]) &&
                     c->f->v[m].value > c->f->v[j].value)
                larger = 1;
        }
        if (has && larger)
            return 1;
    }
    return 0;
}

/* The count of things a crew R is said of: scanning back from R through
 * R's sentence and the two before it in its paragraph, the nearest figure
 * (no share, rate, duration or part of a sum) whose unit R's sentence says
 * one of ("each bomber", "in each aircraft"), more than one, passing over
 * counts of other things; NOPOS when none. */
static size_t crew_count(const ctx *c, size_t R, size_t P)
{
    const tally_fact *rf = &c->f->v[R];
    const tally_sentence *s = &c->seg->sents[rf->sent_index];
    size_t first = R < P ? R : P;
    for (size_t j = first; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 2 < rf->sent_index || jf->sent_index >= c->seg->nsents ||
            c->seg->sents[jf->sent_index].para != s->para)
            return NOPOS;
        const finfo *ji = &c->fi[j];
        if (rel_comparable(ji, &c->fi[R]))
            continue;   /* "194 aircraft ... and with them 1,360 aircrew" */
        if (ji->share || ji->part || !ji->unit[0] || rel_is_rate(c, j) || is_duration(c, j) ||
            !(jf->value > 1) || part_of_relation(c, j))
            continue;   /* "146 aircraft, 97 of them ... and 49 ...": the 146 */
        if (said_of_one(c, s->start, s->end, ji->unit))
            return j;
        /* "48 launches. They worked in groups of six, eight groups in all, and with a
           crew of 9 to each launch": counts of other things are passed over */
    }
    return NOPOS;
}

/* A count of crews themselves in R's sentence [lo, hi) ("the 124 airmen
 * on the roll made up 31 crews"): what the persons are R times, before
 * any count of the things that carry them; NOPOS when none. */
static size_t crews_counted(const ctx *c, size_t R, size_t lo, size_t hi)
{
    for (size_t j = lo; j < hi; j++)
        if (j != R && !c->fi[j].share && c->f->v[j].value > 1 && !rel_is_rate(c, j) &&
            (strcmp(c->fi[j].unit, "crew") == 0 || strcmp(c->fi[j].unit, "complement") == 0))
            return j;
    return NOPOS;
}

/* "lost 194 aircraft, and with them some 1,360 aircrew, for each bomber
 * carried a crew of seven"; "lost 146 aircraft.  With a crew of seven in
 * each bomber, some 1,020 airmen were missing": a crew R ("a crew of"
 * right before it), the figure P of persons in R's sentence closest to it
 * (larger, no share, not used), and the count C of the things R's
 * sentence says one of (crew_count), before R and P; R x C within half to
 * twice P (else another figure of the same persons) -> PRODUCT P = R x C.
 * P may be the stated part of a share ("needed 576 men, fewer than half of
 * the regulars"), of no other relation. */
int rel_rule_crew(ctx *c, size_t R)
{
    const tally_fact *rf = &c->f->v[R];
    if (c->fi[R].used || c->fi[R].share || strcmp(c->fi[R].cat, "personnel") != 0 ||
        !crew_of(c, R))
        return 0;
    size_t lo, hi, P = NOPOS;
    rel_sent_range(c, rf->sent_index, &lo, &hi);
    for (size_t j = lo; j < hi; j++) {
        if (j == R || c->fi[j].share || (c->fi[j].used && !share_part(c, j)) ||
            !rel_comparable(&c->fi[j], &c->fi[R]) || !(c->f->v[j].value > rf->value) ||
            rel_is_rate(c, j))
            continue;   /* a share's part may be the crews' product ("576 men, fewer than
                           half of the regulars") */
        if (P == NOPOS || (j > R ? j - R : R - j) < (P > R ? P - R : R - P))
            P = j;
    }
    if (P == NOPOS)
        return 0;
    for (size_t j = lo; j < hi; j++)
        if (j != R && (j < P) == (R < P) && strcmp(c->fi[j].cat, "personnel") == 0 &&
            crew_of(c, j))
            return 0;   /* "each barge a crew of four and each tug a crew of seven, 319
                           boatmen": the crews of two kinds add up */
    size_t C = crews_counted(c, R, lo, hi);
    if (C == NOPOS)
        C = crew_count(c, R, P);
    if (C == NOPOS)
        return 0;
    double prod = rf->value * c->f->v[C].value, pv = c->f->v[P].value;
    if (!(prod >= 0.5 * pv && prod <= 2 * pv))
        return 0;
    return add_rate_product(c, P, R, C, "crew of");
}

/* "$20 million at 5 per cent, so interest came to $1 million a year": a
 * share q after "at", the nearest sum of money X before it in its
 * sentence (at most twelve words back; else the first one after it: "at
 * 92 per cent of par, the $20 million"), and the next sum P of X's
 * currency after both, smaller than X, in q's sentence or the next, with
 * no other share or figure between them and not added ("a further",
 * "another").  P must be said to be what the rate yields: a word of
 * interest, yield, charge or proceeds between them ("interest",
 * "yielded", "charges", "raised"); in q's own sentence also a looser
 * link ("so", "came to", ", or", a sum per period, "costing" a sum per
 * period).  "Lent £4m at 5 per cent.  The mill cost £2m" is no product.
 * -> PRODUCT P = q x X. */
int rel_rule_at_rate(ctx *c, size_t q, size_t lo, size_t hi)
{
    static const char *const at[] = {"at", NULL};
    static const char *const strong[] = {"interest", "received", "raised", "realised",
                                         "realized", "yield", "yielded", "yielding", "yields",
                                         "charge", "charges", "charged", "charging",
                                         "proceeds", "servicing", "dividend", "dividends",
                                         NULL};
    static const char *const loose[] = {"so", "came to", "amounted to", "giving", "gave",
                                        "net", "i.e.", "or", NULL};
    static const char *const costs[] = {"cost", "costing", "costs", NULL};
    static const char *const added[] = {"further", "another", "additional", "more",
                                        "extra", NULL};
    const tally_fact *qf = &c->f->v[q];
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    if (!rel_word_before_is(c, qf->tstart, s->start, at) || !(qf->value < 100) || qf->value <= 0)
        return 0;
    size_t X = NOPOS;
    for (size_t j = q; j-- > lo && X == NOPOS;) {
        int w = rel_words_between(c->t, c->f->v[j].tend, qf->tstart, ";:.()");
        if (w < 0 || w > 12)
            break;
        if (strcmp(c->fi[j].cat, "money") == 0 && !c->fi[j].share)
            X = j;
    }
    if (X == NOPOS)
        X = rel_fact_after(c, qf->tend, lo, hi, 6);
    if (X == NOPOS || strcmp(c->fi[X].cat, "money") != 0 || c->fi[X].share)
        return 0;
    size_t from = X > q ? X : q;
    size_t P = from + 1;
    if (P >= c->f->n || c->f->v[P].sent_index > qf->sent_index + 1 || c->fi[P].share ||
        !rel_same_unit(&c->fi[P], &c->fi[X]) || c->fi[P].used ||
        !(c->f->v[P].value < c->f->v[X].value) ||
        rel_word_before_is(c, c->f->v[P].tstart, c->seg->sents[c->f->v[P].sent_index].start, added))
        return 0;
    size_t a = c->f->v[from].tend, b = c->f->v[P].tstart;
    int same = c->f->v[P].sent_index == qf->sent_index, per = rel_is_rate(c, P);
    int cue = rel_phrase_in(c->t, a, b, strong) ||
              (same && (per || rel_phrase_in(c->t, a, b, loose))) ||
              (same && per && rel_phrase_in(c->t, a, b, costs));
    if (!cue)
        return 0;
    return add_rate_product(c, P, q, X, "at a rate");
}

/* ---- chains of groups and the sizes a document states ---- */

/* 1 when fact j counts formations or groups (a unit of category
 * "formation", or a key of the norms table). */
static int is_formation(const ctx *c, size_t j)
{
    return c->fi[j].formation || strcmp(c->fi[j].cat, "formation") == 0;
}

/* 1 when the words t[a..b) link a count to the size of each of its
 * groups: at most five words, no ; : . ( ), ending in "of" or "with"
 * ("three battalions of", "four regiments with"), or holding "each"
 * ("30 lorries, each carrying"); or up to fourteen words ending in "each
 * of", "each with", "each had", "each having", "each comprising" ("two
 * regiments, raised in the south and based on the coast, each of four
 * battalions"). */
static int chain_link(const ctx *c, size_t a, size_t b)
{
    static const char *const last[] = {"of", "with", NULL};
    static const char *const each2[] = {"each of", "each with", "each had", "each having",
                                        "each comprising", "each made up of", NULL};
    int w = rel_words_between(c->t, a, b, ";:.()");
    if (w < 1 || w > 14)
        return 0;
    size_t k0 = b > a + 24 ? b - 24 : a;
    for (size_t k = k0; k < b; k++)
        for (size_t q = 0; each2[q]; q++) {
            size_t e = rel_phrase_at(c->t, k, b, each2[q]);
            if (e && rel_words_between(c->t, e, b, "") == 0)
                return 1;
        }
    if (w > 5)
        return 0;
    if (rel_word_before_is(c, b, a, last))
        return 1;
    static const char *const load[] = {"carrying", "holding", "loaded", "taking", NULL};
    static const char *const each[] = {"each", "apiece", NULL};
    if (rel_word_before_is(c, b, a, load)) {   /* "40 wagons carrying 15 tons each" */
        size_t lo = 0, hi = c->f->n;   /* the figure at b: facts are in text order */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (c->f->v[mid].tstart < b)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < c->f->n && c->f->v[lo].tstart == b &&
            rel_word_within(c, c->f->v[lo].tend, c->seg->sents[c->f->v[lo].sent_index].end,
                            3, each))
            return 1;
    }
    static const char *const and_word[] = {"and", NULL};
    for (size_t k = a; k < b; k++)
        if ((rel_phrase_at(c->t, k, b, "each") || rel_phrase_at(c->t, k, b, "apiece")) &&
            !rel_phrase_in(c->t, k, b, and_word))
            return 1;   /* not "12 batteries of four guns each and 20 batteries": a list */
    return 0;
}

/* 1 when t[a..b) closes a chain on its total: at most eight words, no ;
 * . ) and no "and", "but" ("... of six guns, 54 guns in all", "of six
 * guns apiece gave the force 54 guns"). */
static int total_link(const ctx *c, size_t a, size_t b)
{
    static const char *const clause[] = {"and", "but", "while", "whereas", NULL};
    int w = rel_words_between(c->t, a, b, ";.)");
    if (w < 0 || w > 8)
        return 0;
    for (size_t k = a; k < b; k++)
        for (size_t q = 0; clause[q]; q++)
            if (rel_phrase_at(c->t, k, b, clause[q]))
                return 0;
    return 1;
}

/* 1 when fact j is the stated part of a FRACTION and of no other relation
 * ("69,000 men, some 38 per cent of the reserve"). */
static int share_part(const ctx *c, size_t j)
{
    int share = 0;
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].stated == j) {
            if (c->out->v[i].kind != TALLY_REL_FRACTION)
                return 0;
            share = 1;
        }
    return share;
}

/* 1 when fact j has already been stated by a sum, a product or a norm (a
 * share of it is no reason it cannot be a product: "69,000 men, some 38
 * per cent of the reserve"). */
static int stated_as_total(const ctx *c, size_t j)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].stated == j && c->out->v[i].kind != TALLY_REL_FRACTION)
            return 1;
    return 0;
}

/* 1 when fact j has already been stated by a relation. */
static int stated_any(const ctx *c, size_t j)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].stated == j)
            return 1;
    return 0;
}

/* Remember that fact `fact` is the size of one `form` in its unit (the
 * first statement of a formation's size in a unit wins). */
static void add_size(ctx *c, const char *form, size_t fact)
{
    const char *unit = c->fi[fact].unit;
    if (!form[0] || !unit[0] || strcmp(form, unit) == 0 || c->nsizes >= DSIZE_MAX)
        return;
    for (size_t k = 0; k < c->nsizes; k++)
        if (strcmp(c->sizes[k].form, form) == 0 && strcmp(c->sizes[k].unit, unit) == 0)
            return;
    dsize *d = &c->sizes[c->nsizes++];
    snprintf(d->form, sizeof d->form, "%s", form);
    snprintf(d->unit, sizeof d->unit, "%s", unit);
    d->fact = fact;
    d->instance = 0;
}

/* The formation said of one right before offset b in [a, b): "a
 * regiment", "each battery", "a field regiment" (the article, then the
 * noun or one word and the noun,
 * then at most four words up to b, no figure).  Its unit into form, 1 when
 * found; *every (when not NULL) 1 when the article is "a", "an", "each" or
 * "every" (the sentence speaks of any one of several), else 0. */
static int one_formation_before(const ctx *c, size_t a, size_t b, char form[48], int *every)
{
    static const char *const one[] = {"a", "an", "each", "every", "one", "per", NULL};
    for (size_t i = a; i < b; i++) {
        if (i > a && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        for (size_t q = 0; one[q]; q++) {
            size_t e = rel_phrase_at(c->t, i, b, one[q]);
            if (!e)
                continue;
            char w[48], u[48], cat[16];
            size_t we = e;
            int found = 0;
            for (int nw = 0; nw < 2 && !found; nw++) {   /* "a field regiment" */
                while (e < b && c->t[e] == ' ')
                    e++;
                we = rel_word_at(c->t, e, b, w, sizeof w);
                if (we == e)
                    break;
                found = rel_lookup_word(c->lex, w, u, cat) && strcmp(cat, "formation") == 0;
                e = we;
            }
            if (!found)
                continue;
            int n = rel_words_between(c->t, we, b, ";:.()");
            if (n < 0 || n > 4)
                continue;
            snprintf(form, 48, "%s", u);
            if (every)
                *every = q < 4;
            return 1;
        }
    }
    return 0;
}

/* 1 when t[a..b) opens with "Each" standing alone for a noun said before
 * ("Each was to have three battalions"). */
static int each_pronoun(const ctx *c, size_t a, size_t b)
{
    static const char *const verbs[] = {"was", "had", "would", "is", "has", "comprised",
                                        "consisted", NULL};
    while (a < b && c->t[a] == ' ')
        a++;
    size_t e = rel_phrase_at(c->t, a, b, "each");
    if (!e)
        return 0;
    while (e < b && c->t[e] == ' ')
        e++;
    for (size_t q = 0; verbs[q]; q++)
        if (rel_phrase_at(c->t, e, b, verbs[q]))
            return 1;
    return 0;
}

/* The last formation noun (a lexicon unit of category formation) in the
 * sentence before sentence si in its paragraph, into form; 0 when none. */
static int formation_of_sentence_before(const ctx *c, size_t si, char form[48])
{
    if (si == 0 || c->seg->sents[si - 1].para != c->seg->sents[si].para)
        return 0;
    const tally_sentence *ps = &c->seg->sents[si - 1];
    int got = 0;
    for (size_t i = ps->start; i < ps->end; i++) {
        if (i > ps->start && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        char w[48], u[48], cat[16];
        size_t we = rel_word_at(c->t, i, ps->end, w, sizeof w);
        if (we > i && rel_lookup_word(c->lex, w, u, cat) && strcmp(cat, "formation") == 0) {
            snprintf(form, 48, "%s", u);
            got = 1;
        }
    }
    return got;
}

/* The count of formations `form` stated last before fact A in A's
 * paragraph ("two missile regiments. Each regiment had ..."): a whole
 * number of at least 2, not a rate nor a share, NOPOS when none. */
static size_t formation_count_back(const ctx *c, size_t A, const char *form)
{
    const tally_fact *af = &c->f->v[A];
    for (size_t j = A; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->para != af->para || jf->section != af->section)
            break;
        if (c->fi[j].share || !is_formation(c, j) || strcmp(c->fi[j].unit, form) != 0)
            continue;
        if (jf->value >= 2 && jf->value == floor(jf->value) && !rel_is_rate(c, j))
            return j;
    }
    return NOPOS;
}

/* "three wings of three squadrons of 16 aircraft, 144 aircraft in all",
 * "3 convoys a week of 50 trucks, each carrying 8 tons, 1,200 tons a
 * week", "two battalions of six launchers, 12 launchers": counts linked by
 * "of", "with" or "each" (chain_link), the last one L of the things
 * counted, and right after it the total P of L's unit (total_link), larger
 * -> PRODUCT P = L x ... x A.  Two links at least, or one link between two
 * counts of groups and things of another unit.  The sizes the chain
 * states are noted: L for the group right before it, P for "a regiment"
 * or "each division" said before A. */
/* A chain closed by a rate said of one of its links: "24 trains a day,
 * each of 30 wagons loaded with 15 tons, that is 450 tons a train and
 * 10,800 tons a day": the links after the train make one train's load (30
 * x 15 = 450), and the figure right after it of its unit, when it follows
 * as a total, is the links up to the train times it (24 x 450 = 10,800)
 * -> PRODUCTs.  Returns 0 when P is said of no link (not handled here),
 * 1 when it is, -1 when out of memory. */
static int chain_per_one(ctx *c, const size_t *chain, size_t n, size_t P)
{
    size_t first = 0, pa = c->f->v[P].tend, pb = own_words_end(c, P);
    for (size_t k = 0; k + 1 < n; k++)
        if (said_of_one(c, pa, pb, c->fi[chain[k]].unit))
            first = k + 1;
    if (first == 0)
        return 0;
    if (n - first < 2)
        return 1;   /* one train's load is one link: nothing to multiply */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "groups of groups");
    for (size_t k = n; k-- > first;)
        rel_part(c, &r, chain[k]);
    c->fi[P].used = c->fi[chain[n - 1]].used = 1;
    if (rel_add(c, &r) < 0)
        return -1;
    size_t Q = P + 1;
    int pq = -1, p0 = -1, w;
    if (Q >= c->f->n || c->f->v[Q].sent_index != c->f->v[P].sent_index || c->fi[Q].used ||
        !rel_same_unit(&c->fi[Q], &c->fi[P]) || !(c->f->v[Q].value > c->f->v[P].value) ||
        (w = rel_words_between(c->t, c->f->v[P].tend, c->f->v[Q].tstart, ";:()")) < 0 ||
        w > 6 || !rel_rate_of(c, Q, &pq) || !rel_rate_of(c, chain[0], &p0) || pq < 0 ||
        pq != p0)
        return 1;   /* the total: per the period of the first link ("24 trains a day") */
    rel_init(&r, TALLY_REL_PRODUCT, Q, "groups of groups");
    rel_part(c, &r, P);
    for (size_t k = first; k-- > 0;)
        rel_part(c, &r, chain[k]);
    c->fi[Q].used = 1;
    return rel_add(c, &r) < 0 ? -1 : 1;
}

/* "ordered 48 field guns, enough for four regiments of three batteries,
 * each battery of four guns": a chain of n >= 3 links (chain[0] first)
 * after a total T of its last link's unit, "enough for" (or "enough to
 * equip / arm", "sufficient for") at most two words before the chain's
 * first figure and T at most six words before the cue -> PRODUCT.  0, or
 * -1 when out of memory. */
static int enough_for(ctx *c, const size_t *chain, size_t n)
{
    static const char *const cues[] = {"enough for", "enough to equip", "enough to arm",
                                       "sufficient for", NULL};
    size_t A = chain[0], L = chain[n - 1];
    const tally_fact *af = &c->f->v[A];
    if (n < 3 || A == 0 || c->f->v[A - 1].sent_index != af->sent_index)
        return 0;
    size_t T = A - 1, cue = NOPOS;
    const tally_fact *tf = &c->f->v[T];
    for (size_t k = tf->tend; k < af->tstart && cue == NOPOS; k++)
        for (size_t q = 0; cues[q] && cue == NOPOS; q++)
            if (rel_phrase_at(c->t, k, af->tstart, cues[q]))
                cue = k;
    if (cue == NOPOS || c->fi[T].share || c->fi[T].used || !rel_same_unit(&c->fi[T], &c->fi[L]) ||
        !(tf->value > c->f->v[L].value) || rel_is_rate(c, T) ||
        rel_words_between(c->t, tf->tend, cue, ";:()") < 0 ||
        rel_words_between(c->t, tf->tend, cue, "") > 6 ||
        rel_words_between(c->t, cue, af->tstart, ";:()") < 0 ||
        rel_words_between(c->t, cue, af->tstart, "") > 4)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, T, "enough for groups of groups");
    for (size_t k = n; k-- > 0;)
        rel_part(c, &r, chain[k]);
    c->fi[T].used = c->fi[L].used = 1;
    return rel_add(c, &r) < 0 ? -1 : 0;
}

/* 1 when figure b, linked to the count of groups a ("three shifts of
 * eight hours"), says how long one group lasts (a duration) and the next
 * figure, in its sentence, counts what each group holds, said of one of
 * a's things ("with 15 interpreters to a shift"): the chain skips b. */
static int chain_over_length(const ctx *c, size_t a, size_t b)
{
    size_t d = b + 1;
    if (!is_duration(c, b) || is_duration(c, a) || d >= c->f->n ||
        c->f->v[d].sent_index != c->f->v[b].sent_index || c->fi[d].share ||
        !c->fi[d].unit[0] || is_duration(c, d) || rel_same_unit(&c->fi[a], &c->fi[d]) ||
        !chain_link(c, c->f->v[b].tend, c->f->v[d].tstart))
        return 0;
    char w[48];
    rel_word_at(c->fi[a].unit, 0, strlen(c->fi[a].unit), w, sizeof w);
    return noun_said_of_one(c, c->f->v[d].tend, own_words_end(c, d), w);
}

int rel_rule_chain(ctx *c, size_t A)
{
    const tally_fact *af = &c->f->v[A];
    if (c->fi[A].share || c->fi[A].used || !c->fi[A].unit[0] || !(af->value >= 1) ||
        af->value != floor(af->value) || (A > 0 && c->f->v[A - 1].sent_index == af->sent_index &&
                                           chain_link(c, c->f->v[A - 1].tend, af->tstart)))
        return 0;
    static const char *const and_word[] = {"and", NULL};
    if (A > 0 && c->f->v[A - 1].sent_index == af->sent_index &&
        rel_word_before_is(c, af->tstart, c->seg->sents[af->sent_index].start, and_word))
        for (size_t j = A; j-- > 0 && c->f->v[j].sent_index == af->sent_index;)
            if (rel_same_unit(&c->fi[j], &c->fi[A]))
                return 0;   /* "12 batteries of four guns each and 20 batteries of six
                               guns, 168 guns in all": a list of chains */
    size_t chain[8], n = 1;
    chain[0] = A;
    int lasted = 0;
    while (n < 8) {
        size_t a = chain[n - 1], b = a + 1;
        if (b >= c->f->n || c->f->v[b].sent_index != af->sent_index || c->fi[b].share ||
            !c->fi[b].unit[0] || rel_same_unit(&c->fi[a], &c->fi[b]) ||
            !chain_link(c, c->f->v[a].tend, c->f->v[b].tstart))
            break;
        if (n == 1 && chain_over_length(c, a, b)) {
            chain[n++] = b + 1;   /* "three shifts of eight hours with 15 men":
                                     the hours are how long a shift lasts */
            lasted = 1;
            continue;
        }
        chain[n++] = b;
    }
    if (n < 2)
        return 0;
    size_t L = chain[n - 1], P = L + 1;
    for (size_t k = 0; k + 1 < n; k++)
        if (!(c->f->v[chain[k]].value >= 1) || rel_is_rate(c, chain[k]) > 1)
            return 0;
    if (P >= c->f->n || c->f->v[P].sent_index != af->sent_index || c->fi[P].share ||
        c->fi[P].used || !rel_same_unit(&c->fi[P], &c->fi[L]) ||
        !(c->f->v[P].value > c->f->v[L].value) || !total_link(c, c->f->v[L].tend, c->f->v[P].tstart))
        return enough_for(c, chain, n);
    int per = chain_per_one(c, chain, n, P);
    if (per)
        return per < 0 ? -1 : 0;
    if (n == 2 && !is_formation(c, A) && !lasted)
        return 0;   /* "40 boats of 300 tons, 12,000 tons": rule_each's */
    /* the subject: "each regiment had four battalions of six launchers,
     * 48 launchers in all" -- when the total is not that of one regiment,
     * it covers all of them, whose count an earlier sentence of the
     * paragraph gives; none found, no relation */
    char form[48];
    const tally_sentence *s = &c->seg->sents[af->sent_index];
    size_t from = af->tstart > s->start + 80 ? af->tstart - 80 : s->start;
    if (A > 0 && c->f->v[A - 1].sent_index == af->sent_index && c->f->v[A - 1].tend > from)
        from = c->f->v[A - 1].tend;
    int every = 0, subject = one_formation_before(c, from, af->tstart, form, &every);
    if (!subject && each_pronoun(c, from, af->tstart) &&
        formation_of_sentence_before(c, af->sent_index, form))
        subject = every = 1;   /* "... for every regiment. Each was to have three
                                  battalions ..." */
    size_t many = NOPOS;
    if (subject && every) {
        double prod = 1;
        for (size_t k = 0; k < n; k++)
            prod *= c->f->v[chain[k]].value;
        double pv = c->f->v[P].value;
        if (!(fabs(prod - pv) <= 0.01 * pv)) {
            many = formation_count_back(c, A, form);
            if (many == NOPOS)
                return 0;
        }
    }
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "groups of groups");
    for (size_t k = n; k-- > 0;)
        rel_part(c, &r, chain[k]);
    if (many != NOPOS) {
        rel_part(c, &r, many);
        r.looked_back = 1;
    }
    c->fi[P].used = c->fi[L].used = 1;
    if (is_formation(c, chain[n - 2]))
        add_size(c, c->fi[chain[n - 2]].unit, L);
    if (subject && many == NOPOS)
        add_size(c, form, P);
    return rel_add(c, &r);
}

/* Note the sizes sentence [lo,hi) states outright: "54 guns to a
 * regiment", "six guns per battery", "each battery had six guns",
 * "regiments of 54 guns" (the plural noun with no count before it). */
/* 1 when [a, b) holds a formation named by its number ("5 Squadron", "3rd
 * Regiment", the noun capitalised after a number or ordinal) and then at
 * most four words, the last "had", "with", "of", "held" or "operated", up
 * to b, no mark between: one formation's strength ("No. 5 Squadron at
 * Hesselby had six flying boats").  Its unit into form. */
static int numbered_formation(const ctx *c, size_t a, size_t b, char form[48])
{
    static const char *const hold[] = {"had", "with", "of", "held", "operated", NULL};
    if (!rel_word_before_is(c, b, a, hold))
        return 0;
    for (size_t i = a; i < b; i++) {
        if ((i > a && rel_wch((unsigned char)c->t[i - 1])) ||
            !(c->t[i] >= '0' && c->t[i] <= '9'))
            continue;
        char num[48], w[48], u[48], cat[16];
        size_t e = rel_word_at(c->t, i, b, num, sizeof num), k = e;
        if (c->t[k] != ' ')
            continue;
        while (k < b && c->t[k] == ' ')
            k++;
        if (!(c->t[k] >= 'A' && c->t[k] <= 'Z'))
            continue;
        size_t we = rel_word_at(c->t, k, b, w, sizeof w);
        if (!rel_lookup_word(c->lex, w, u, cat) || strcmp(cat, "formation") != 0)
            continue;
        int n = rel_words_between(c->t, we, b, ";:.,()");
        if (n < 1 || n > 4)
            continue;   /* ("No. 5": the mark before the number is no stop) */
        snprintf(form, 48, "%s", u);
        return 1;
    }
    return 0;
}

void rel_note_sizes(ctx *c, size_t lo, size_t hi)
{
    static const char *const of[] = {"of", NULL};
    char listed[48] = "";     /* the formation the last size before was said of */
    size_t listed_j = NOPOS;  /* and that size's figure */
    for (size_t j = lo; j < hi; j++) {
        const tally_fact *f = &c->f->v[j];
        const tally_sentence *s = &c->seg->sents[f->sent_index];
        if (c->fi[j].share || !c->fi[j].unit[0] || !(f->value > 1) || is_formation(c, j))
            continue;
        char form[48];
        /* after: "guns to a regiment", "guns per battery", "guns in each battery" */
        size_t b = own_words_end(c, j);
        size_t k = f->tend;
        int nw = rel_words_between(c->t, k, b, "");
        if (b > k + 60)
            b = k + 60;
        if (nw >= 0 && one_formation_before(c, k, b, form, NULL)) {
            /* only when the formation closes the words after j: "six guns
             * to a battery", not "six guns, and a regiment had ..." */
            int stop = rel_words_between(c->t, k, b, ",;:.()");
            if (stop >= 0 && stop <= 5) {
                add_size(c, form, j);
                continue;
            }
        }
        /* before: "each battery had six guns", "a regiment of 54 guns" */
        size_t a = j > lo ? c->f->v[j - 1].tend : rel_sent_open(c, f->sent_index);
        if (f->tstart > a + 60)
            a = f->tstart - 60;   /* ("3. A battalion": past the paragraph's number) */
        if (one_formation_before(c, a, f->tstart, form, NULL) &&
            rel_words_between(c->t, a, f->tstart, ";:.()") >= 0) {
            add_size(c, form, j);
            snprintf(listed, sizeof listed, "%s", form);
            listed_j = j;
            continue;
        }
        if (listed_j != NOPOS && listed_j + 1 == j &&
            c->f->v[listed_j].sent_index == f->sent_index &&
            rel_joined_to(c->t, c->f->v[listed_j].tend, f->tstart) &&
            rel_words_between(c->t, c->f->v[listed_j].tend, f->tstart, ";:.()") >= 0 &&
            rel_words_between(c->t, c->f->v[listed_j].tend, f->tstart, "") <= 5) {
            add_size(c, listed, j);   /* "a battalion uses 90 kilograms of wax and 60
                                         sets of bindings": the next item is one's too */
            listed_j = j;
            continue;
        }
        if (numbered_formation(c, a, f->tstart, form)) {
            size_t n0 = c->nsizes;
            add_size(c, form, j);   /* "No. 5 Squadron at Hesselby had six flying boats" */
            if (c->nsizes > n0)
                c->sizes[n0].instance = 1;
            continue;
        }
        /* "regiments of 54 guns": a formation noun, "of", the figure */
        if (!rel_word_before_is(c, f->tstart, s->start, of))
            continue;
        size_t e = f->tstart;
        while (e > s->start && c->t[e - 1] == ' ')
            e--;
        e -= 2;   /* before "of" */
        while (e > s->start && c->t[e - 1] == ' ')
            e--;
        size_t w0 = e;
        while (w0 > s->start && rel_wch((unsigned char)c->t[w0 - 1]))
            w0--;
        char w[48], u[48], cat[16];
        rel_word_at(c->t, w0, e, w, sizeof w);
        size_t prev = rel_fact_before_s(c, w0, lo, j, 2, "");
        if (prev == NOPOS && w[0] && w[strlen(w) - 1] == 's' &&
            rel_lookup_word(c->lex, w, u, cat) && strcmp(cat, "formation") == 0)
            add_size(c, u, j);
    }
}

/* 1 when size sz counts what figure M counts: the same unit, or M counts
 * "pieces" or "weapons" of the size's category ("54 guns" a regiment,
 * "16 regiments, 864 pieces"). */
static int size_fits(const ctx *c, const dsize *sz, size_t M)
{
    static const char *const general[] = {"piece", "weapon", NULL};
    const finfo *mi = &c->fi[M];
    if (strcmp(sz->unit, mi->unit) == 0)
        return 1;
    for (size_t q = 0; general[q]; q++)
        if (strcmp(mi->unit, general[q]) == 0)
            return strcmp(c->fi[sz->fact].cat, mi->cat) == 0;
    return 0;
}

/* "By 1975 the 16 regiments had 864 guns", "12 regiments at home and four
 * from abroad, 864 guns": a figure M (not a rate, not a range or a bound,
 * not stated by another relation) and right before it, in its sentence, counts of formations
 * whose size in M's unit the document stated earlier (c->sizes), with
 * no other figure between -> SUM of the counts, each times its size
 * (products set, the size looked back).  The holding of one named
 * formation ("No. 5 Squadron had six flying boats") is no size for this:
 * "the three squadrons held 17 boats" need not be three times six. */
/* "A battalion uses 90 kilograms of wax and 60 sets of bindings a month.
 * The nine battalions will need 810 kilograms of wax and 480 sets": M, the
 * next item of a list right after a figure that rel_rule_sized() made of
 * some counts' stated sizes (", " or "and" between, at most five words),
 * is those counts times their sizes in M's unit when the document stated
 * one for each -> SUM as rel_rule_sized's.  0 when none, -1 when out of
 * memory. */
static int sized_next(ctx *c, size_t M)
{
    const tally_fact *mf = &c->f->v[M];
    if (M == 0 || c->f->v[M - 1].sent_index != mf->sent_index ||
        !rel_joined_to(c->t, c->f->v[M - 1].tend, mf->tstart) ||
        rel_words_between(c->t, c->f->v[M - 1].tend, mf->tstart, ";:.()") > 5)
        return 0;
    const tally_relation *prev = NULL;
    for (size_t i = 0; i < c->out->n && !prev; i++)
        if (c->out->v[i].stated == M - 1 && c->out->v[i].cue &&
            strcmp(c->out->v[i].cue, "stated size") == 0)
            prev = &c->out->v[i];
    if (!prev)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, M, "stated size");
    r.products = 1;
    r.looked_back = 1;
    for (size_t p = 0; p < prev->nparts; p++) {
        size_t j = prev->parts[p].fact, k = 0;
        while (k < c->nsizes && !(strcmp(c->sizes[k].form, c->fi[j].unit) == 0 &&
                                  size_fits(c, &c->sizes[k], M)))
            k++;
        if (k == c->nsizes || c->sizes[k].fact >= j || c->sizes[k].instance ||
            !(mf->value > c->f->v[c->sizes[k].fact].value))
            return 0;
        rel_part(c, &r, j);
        r.parts[r.nparts - 1].rate = c->sizes[k].fact + 1;
    }
    c->fi[M].used = 1;
    return rel_add(c, &r);
}

int rel_rule_sized(ctx *c, size_t M, size_t lo)
{
    const finfo *mi = &c->fi[M];
    const tally_fact *mf = &c->f->v[M];
    int rc;
    if (!mi->share && !mi->used && mi->unit[0] && M > lo && !stated_any(c, M) &&
        (rc = sized_next(c, M)) != 0)
        return rc;   /* the next item of a list of such products (a rate too) */
    if (mi->share || mi->used || !mi->unit[0] || M == lo || stated_any(c, M) ||
        rel_is_rate(c, M) || (mf->qual != TALLY_Q_EXACT && mf->qual != TALLY_Q_APPROX) ||
        (!isnan(mf->low) && !isnan(mf->high) && mf->low != mf->high))
        return 0;   /* "between 450 and 520 tanks": an estimate, not a count */
    size_t cnt[TALLY_REL_MAXPARTS], sz[TALLY_REL_MAXPARTS], n = 0;
    for (size_t j = M; j-- > lo && n < TALLY_REL_MAXPARTS;) {
        const tally_fact *jf = &c->f->v[j];
        size_t next = n ? cnt[n - 1] : M;
        int w = rel_words_between(c->t, jf->tend, c->f->v[next].tstart, ";:.");
        if (w < 0 || w > 10 || c->fi[j].share || !is_formation(c, j))
            break;
        size_t k = 0;
        while (k < c->nsizes && !(strcmp(c->sizes[k].form, c->fi[j].unit) == 0 &&
                                  size_fits(c, &c->sizes[k], M)))
            k++;
        if (k == c->nsizes || c->sizes[k].fact >= j || c->sizes[k].instance ||
            !(jf->value >= 1) ||
            jf->value != floor(jf->value) || rel_is_rate(c, j))
            break;
        cnt[n] = j;
        sz[n++] = c->sizes[k].fact;
    }
    if (n == 0 || !(mf->value > c->f->v[sz[0]].value))
        return 0;
    /* the counts and M in one clause: "16 regiments had 864 guns", not
     * "two squadrons of its own, and promised 40 aircraft" */
    size_t a = c->f->v[cnt[0]].tend;
    int w = rel_words_between(c->t, a, mf->tstart, ";:.");
    if (w < 0 || w > 6)
        return 0;
    for (size_t k = a; k < mf->tstart; k++)
        if (rel_phrase_at(c->t, k, mf->tstart, "and") || rel_phrase_at(c->t, k, mf->tstart, "but") ||
            rel_phrase_at(c->t, k, mf->tstart, "while"))
            return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, M, "stated size");
    r.products = 1;
    r.looked_back = 1;
    for (size_t k = n; k-- > 0;) {
        rel_part(c, &r, cnt[k]);
        r.parts[r.nparts - 1].rate = sz[k] + 1;
    }
    c->fi[M].used = 1;
    return rel_add(c, &r);
}

/* The pair an interest figure looks back to: the latest share q before
 * fact M after "at" (under 30 per cent), with the nearest sum of money X
 * of M's currency at most twenty words before it in q's sentence, larger
 * than M ("lent $40 million for ten years at 6.5 per cent"); sums of
 * another currency between are passed over (a conversion of X).  *X set; q
 * returned, NOPOS when none. */
static size_t rated_sum_back(const ctx *c, size_t M, size_t *X)
{
    static const char *const at[] = {"at", NULL};
    for (size_t q = M; q-- > 0;) {
        const tally_fact *qf = &c->f->v[q];
        if (!c->fi[q].share || qf->section != TALLY_SECTION_BODY || !(qf->value > 0) ||
            !(qf->value < 30) ||
            !rel_word_before_is(c, qf->tstart, c->seg->sents[qf->sent_index].start, at))
            continue;
        for (size_t j = q; j-- > 0 && c->f->v[j].sent_index == qf->sent_index;) {
            int w = rel_words_between(c->t, c->f->v[j].tend, qf->tstart, ";:()");
            if (w < 0 || w > 20)
                break;
            if (strcmp(c->fi[j].cat, "money") != 0 || c->fi[j].share)
                continue;
            if (!rel_same_unit(&c->fi[j], &c->fi[M]))
                continue;   /* "$2.5 million, which ... came to 12.5 million guilders" */
            if (!(c->f->v[j].value > c->f->v[M].value))
                break;
            *X = j;
            return q;
        }
    }
    return NOPOS;
}

/* The "interest" at most four words after money fact M with no
 * punctuation between ("$75,000 a year in interest"), NOPOS when none. */
static size_t interest_after(const ctx *c, size_t M)
{
    const tally_fact *mf = &c->f->v[M];
    size_t end = c->seg->sents[mf->sent_index].end;
    for (size_t i = mf->tend; i < end; i++) {
        int w = rel_words_between(c->t, mf->tend, i, ",;:.()");
        if (w < 0 || w > 4)
            return NOPOS;
        if (!rel_wch((unsigned char)c->t[i - 1]) && rel_phrase_at(c->t, i, end, "interest"))
            return i;
    }
    return NOPOS;
}

/* "The bank lent $20 million at 5 per cent. ... Interest on the loan came
 * to $1 million a year": a sum of money M after "interest" in its
 * sentence (no ; between) or followed by it ("$75,000 a year in interest"), said of a year (a rate per period, or "year",
 * "annual" in the sentence), and an earlier sum X of M's currency lent
 * "at" a rate q (rated_sum_back) -> PRODUCT M = q x X, X replaced by the
 * total of a sum relation that X is a part of ("a further $5m, bringing
 * the loan to $25m"). */
int rel_rule_interest(ctx *c, size_t M)
{
    static const char *const yearly[] = {"year", "annual", "annually", "yearly", "per annum",
                                         NULL};
    const tally_fact *mf = &c->f->v[M];
    const tally_sentence *s = &c->seg->sents[mf->sent_index];
    if (c->fi[M].share || c->fi[M].used || strcmp(c->fi[M].cat, "money") != 0 ||
        stated_any(c, M))
        return 0;
    size_t cue = NOPOS;
    for (size_t i = s->start; i < mf->tstart && cue == NOPOS; i++)
        if ((i == s->start || !rel_wch((unsigned char)c->t[i - 1])) &&
            rel_phrase_at(c->t, i, mf->tstart, "interest"))
            cue = i;
    if (cue != NOPOS && rel_words_between(c->t, cue, mf->tstart, ";") < 0)
        cue = NOPOS;
    if (cue == NOPOS)   /* "... or $75,000 a year in interest" */
        cue = interest_after(c, M);
    if (cue == NOPOS)
        return 0;
    int year = rel_is_rate(c, M);
    for (size_t i = s->start; i < s->end && !year; i++)
        for (size_t q = 0; yearly[q] && !year; q++)
            year = (i == s->start || !rel_wch((unsigned char)c->t[i - 1])) &&
                   rel_phrase_at(c->t, i, s->end, yearly[q]) != 0;
    size_t X = NOPOS, q = year ? rated_sum_back(c, M, &X) : NOPOS;
    if (q == NOPOS)
        return 0;
    for (size_t k = 0; k < c->out->n; k++) {   /* the loan grown since */
        const tally_relation *o = &c->out->v[k];
        if (o->kind != TALLY_REL_SUM || o->stated <= X || o->stated >= M ||
            !rel_same_unit(&c->fi[o->stated], &c->fi[X]))
            continue;   /* not a conversion: "..., which came to 12.5 million guilders" */
        for (size_t p = 0; p < o->nparts; p++)
            if (o->parts[p].fact == X)
                X = o->stated;
    }
    return rel_add_product_back(c, M, q, X, "interest");
}

/* ---- round 347 (helper ver85): a stock over a rate is a duration ---- */

/* 1 when a word of lasting ("last", "keep", "enough for", "take",
 * "needed", "finished in") stands in t[a..b) on word boundaries. */
static int lasting_cue(const ctx *c, size_t a, size_t b)
{
    static const char *const cues[] = {"last",    "lasts",   "lasted",   "keep",   "kept",
                                       "enough",  "take",    "takes",    "took",   "taken",
                                       "need",
                                       "needs",   "needed",  "finished", "complete",
                                       "completed", "done",  NULL};
    for (size_t q = 0; cues[q]; q++)
        if (word_in(c, a, b, cues[q]))
            return 1;
    return 0;
}

/* 1 when figures a and b stand in one paragraph. */
static int same_para(const ctx *c, size_t a, size_t b)
{
    return c->seg->sents[c->f->v[a].sent_index].para == c->seg->sents[c->f->v[b].sent_index].para;
}

/* How many of a rate's periods zp make one of a duration's periods p: 1
 * for the same, 7 days a week, 30 days a month (any month's days in the
 * wide check), 365 days or 12 months or 52 weeks a year; 0 for none. */
static double lasting_factor(int p, int zp)
{
    if (p == zp)
        return 1;
    if (!(periods[p].per_year < periods[zp].per_year) || periods[zp].per_year > 365)
        return 0;   /* no hours of a day's fire */
    if (zp == 0 && p == 1)
        return 7;
    if (zp == 0 && p == 2)
        return REL_MONTH_DAYS;
    double k = periods[zp].per_year / periods[p].per_year;
    return fabs(k - round(k)) > 1e-9 ? 0 : k;
}

/* 1 when figure j is a part of a SUM found before whose total stands at
 * or after first: "Of the 214,000 tons, grain made up 131,000, flour
 * 38,000 ...": the parts are no rival of their total. */
static int summed_part(const ctx *c, size_t j, size_t first)
{
    for (size_t i = rel_with_part(c, 0, TALLY_REL_SUM, j); i != NOPOS;
         i = rel_with_part(c, i + 1, TALLY_REL_SUM, j))
        if (c->out->v[i].stated >= first && c->out->v[i].stated != j)
            return 1;
    return 0;
}

/* 1 when the words from a to b name a stock ("this stock will last",
 * "the stores are enough for"): the stock may then be stated further back. */
static int stock_named(const ctx *c, size_t a, size_t b)
{
    static const char *const w[] = {"stock", "stocks", "store", "stores", "reserve",
                                    "reserves", NULL};
    for (size_t q = 0; w[q]; q++)
        if (word_in(c, a, b, w[q]))
            return 1;
    return 0;
}

/* The stock rule 7s divides when none stands near its rate: the one
 * figure of rate Z's unit (larger, no rate, share, duration or bound, no part
 * of a sum stated with its total, a verb of holding or a stock named before
 * it in its sentence: "the stores held", "stood at") in the nearest sentence before sentence
 * `before` that has any, at most STOCK_BACK_SENTS sentences back and across
 * at most one paragraph break.  NOPOS when none, or two in that sentence. */
#define STOCK_BACK_SENTS 3
static size_t stock_further_back(const ctx *c, size_t Z, size_t first)
{
    static const char *const hold[] = {"held",  "hold",   "holds", "holding", "stood",
                                       "stand", "stands", "stock", "stocks",  "stores",
                                       "had",   "has",    "on hand", NULL};
    const tally_fact *zf = &c->f->v[Z];
    size_t X = NOPOS, xs = NOPOS;
    int para = c->seg->sents[zf->sent_index].para;
    for (size_t j = first; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        size_t s = jf->sent_index;
        if (xs != NOPOS && s != xs)
            break;   /* the nearest sentence with a candidate only */
        if (s + STOCK_BACK_SENTS < c->f->v[first].sent_index ||
            c->seg->sents[s].para + 1 < para)
            break;
        if (!rel_same_unit(&c->fi[j], &c->fi[Z]) || c->fi[j].share || rel_is_rate(c, j) ||
            is_duration(c, j) || !(jf->value > zf->value) || summed_part(c, j, j) ||
            (jf->qual != TALLY_Q_EXACT && jf->qual != TALLY_Q_APPROX))
            continue;   /* "needs at least 1.5 million litres": a bound, no stock */
        if (!rel_phrase_in(c->t, c->seg->sents[s].start, jf->tstart, hold))
            continue;   /* "offers 500,000 litres": no stock held */
        if (X != NOPOS)
            return NOPOS;   /* two in one sentence: which one is meant is not known */
        X = j;
        xs = s;
    }
    return X;
}

/* Rule 7s: "The depot held 24,000 tons. The squadron burns 800 tons a
 * day, so that the stock would last some 30 days": a duration D (its
 * unit a period) after a word of lasting; the one rate Z per that period
 * before D (D's sentence or the one before, in its paragraph); the one
 * figure X of Z's unit, larger than Z, no rate, share or duration, from
 * the sentence before Z's up to D; X / Z within half to twice D ->
 * PRODUCT (average, X stated: D = X / Z).  Two rates or two totals: no
 * check. */
int rel_rule_stock_lasts(ctx *c, size_t D, size_t lo, size_t hi)
{
    (void)lo;
    (void)hi;
    const tally_fact *df = &c->f->v[D];
    int p = unit_period(c, D), zp;
    if (p < 0 || c->fi[D].used || c->fi[D].share || !(df->value > 0) || D == 0 ||
        rel_is_rate(c, D))
        return 0;
    size_t Z = NOPOS;
    double k = 1;   /* round 427: D's periods in the rate's ("five months" at a day's rate) */
    for (int own = 1; own >= 0 && Z == NOPOS; own--)   /* D's sentence first */
        for (size_t j = D; j-- > 0;) {
            const tally_fact *jf = &c->f->v[j];
            if (jf->sent_index + own < df->sent_index || !same_para(c, j, D))
                break;
            double kj = 0;
            if (rel_rate_of(c, j, &zp) && zp >= 0 && !c->fi[j].share &&
                (kj = lasting_factor(p, zp)) > 0) {
                if (Z != NOPOS)
                    return 0;   /* two rates of the period: which one is meant is not known */
                Z = j;
                k = kj;
            }
        }
    if (Z == NOPOS || !lasting_cue(c, c->f->v[Z].tend, df->tstart))
        return 0;
    for (size_t j = Z + 1; j < D; j++)
        if (is_duration(c, j))
            return 0;   /* "at 800 tons a day for 12 days, ... 30 days": not the one */
    const tally_fact *zf = &c->f->v[Z];
    size_t X = NOPOS;
    for (size_t j = D; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < zf->sent_index || !same_para(c, j, D))
            break;
        if (j == Z || !rel_same_unit(&c->fi[j], &c->fi[Z]) || c->fi[j].share ||
            rel_is_rate(c, j) || is_duration(c, j) || !(jf->value > zf->value) ||
            jf->qual == TALLY_Q_AT_LEAST || jf->qual == TALLY_Q_AT_MOST)
            continue;   /* "asked for at least 900,000 litres in hand": a need, no stock */
        if (X != NOPOS)
            return 0;   /* two totals that could pair: no check */
        X = j;
    }
    if (X == NOPOS && stock_named(c, c->seg->sents[df->sent_index].start, df->tstart)) {
        size_t first = Z;   /* "4,380 tonnes. The stores are under guard. At 57.6
                               tonnes a day this stock will last some 76 days" */
        while (first > 0 && c->f->v[first - 1].sent_index + 1 >= zf->sent_index &&
               same_para(c, first - 1, Z))
            first--;
        X = stock_further_back(c, Z, first);
    }
    if (X == NOPOS || (gap_named_in(c, zf->tend, df->tstart) && !gap_of(c, X)))
        return 0;   /* "some 600 horses ... 150 a month, and the shortfall in horses
                       would take some six months": the shortfall is another figure */
    double q = c->f->v[X].value / zf->value / k;
    if (!isfinite(q) || q < df->value / 2 || q > df->value * 2)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, X, k == REL_MONTH_DAYS ? REL_CUE_MONTH_DAYS : "stock over a rate");
    r.average = 1;   /* D is X / Z, rounded (X / k / Z: k of Z's periods in one of D's) */
    r.factor = k > 1 ? k : 0;
    rel_part(c, &r, D);
    rel_part(c, &r, Z);
    c->fi[D].used = 1;
    return rel_add(c, &r);
}

/* ---- round 360 (helper ver88): a total over a stated period ---- */

/* 1 when figure j is a range or a bound ("between 40 and 50", "at most
 * 40"): no operand of an exact check. */
static int loose_figure(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    return (f->qual != TALLY_Q_EXACT && f->qual != TALLY_Q_APPROX) ||
           (!isnan(f->low) && !isnan(f->high) && f->low != f->high);
}

/* 1 when the sentence before the span [first, ...) of rule 7t, in Z's
 * paragraph, states another total of Z's unit or another duration of D's
 * period (not X or D said again: "landed 214,000 tons. Of the 214,000
 * tons, ..."): "2,000 tons over 30 days. The second store took in 2,600
 * tons over 30 days. ... about 80 tons a day" could pair either. */
static int rival_before(const ctx *c, size_t first, size_t Z, size_t X, size_t D)
{
    int zp = unit_period(c, D);
    if (first == 0)
        return 0;
    size_t s = c->f->v[first - 1].sent_index;
    for (size_t j = first; j-- > 0 && c->f->v[j].sent_index == s && same_para(c, j, Z);) {
        if (c->fi[j].share || rel_is_rate(c, j))
            continue;
        double v = c->f->v[j].value;
        if ((unit_period(c, j) == zp && v != c->f->v[D].value) ||
            (rel_same_unit(&c->fi[j], &c->fi[Z]) && v > c->f->v[Z].value &&
             v != c->f->v[X].value))
            return 1;
    }
    return 0;
}


/* Rule 7t: "1,900 tons in 40 days, or about 48 tons a day", "0.5 km a
 * day over 208 days, 104 km".  A
 * rate Z per a period (the one such rate of its unit and period from the
 * sentence before Z's, in its paragraph, to the end of Z's); the one
 * duration D of that period in the same span; the one figure X of Z's
 * unit there (no rate, share or duration, larger than Z, no part of a
 * sum whose total is there).  Whichever of
 * the three comes last is the one the text works out: Z last -> PRODUCT
 * (average, Z = X / D); X last -> PRODUCT X = Z x D (D last is left to
 * rule 7s).  X / Z within half to twice D, else no check; two
 * rates, durations or totals that could pair: no check. */
int rel_rule_total_period(ctx *c, size_t Z, size_t lo, size_t hi)
{
    (void)lo;
    const tally_fact *zf = &c->f->v[Z];
    int zp, p;
    if (c->fi[Z].used || c->fi[Z].share || !c->fi[Z].unit[0] || !(zf->value > 0) ||
        !rel_rate_of(c, Z, &zp) || zp < 0 || is_duration(c, Z) || loose_figure(c, Z))
        return 0;
    size_t first = Z;
    while (first > 0 && c->f->v[first - 1].sent_index + 1 >= zf->sent_index &&
           same_para(c, first - 1, Z))
        first--;
    size_t D = NOPOS, X = NOPOS;
    for (size_t j = first; j < hi; j++) {
        if (j == Z || c->fi[j].share)
            continue;
        if ((p = unit_period(c, j)) >= 0) {
            if (p != zp || rel_is_rate(c, j))
                continue;   /* "over the same three months" beside a daily rate */
            if (D != NOPOS)
                return 0;   /* two durations: which one is meant is not known */
            D = j;
            continue;
        }
        if (!rel_same_unit(&c->fi[j], &c->fi[Z]))
            continue;
        int jp;
        if (rel_rate_of(c, j, &jp) && jp == zp)
            return 0;   /* two rates of the period */
        if (rel_is_rate(c, j) || !(c->f->v[j].value > zf->value) || summed_part(c, j, first))
            continue;
        if (X != NOPOS)
            return 0;   /* two totals that could pair: no check */
        X = j;
    }
    if (D == NOPOS || X == NOPOS || loose_figure(c, D) || loose_figure(c, X) ||
        !(c->f->v[D].value > 1) || rival_before(c, first, Z, X, D) || bounded_figure(c, Z))
        return 0;   /* "at the peak 1,800 tons a day": no average, no rate of all */
    double q = c->f->v[X].value / zf->value, dv = c->f->v[D].value;
    if (!isfinite(q) || q < dv / 2 || q > dv * 2)
        return 0;
    if (c->f->v[X].sent_index != zf->sent_index && c->f->v[D].sent_index != zf->sent_index)
        return 0;   /* "36,000 shells in the thirty days of June. Output reached 1,200 a
                       day by July": a rate alone in its sentence may be of another time */
    if (rel_rate_apart(c, Z, X))
        return 0;   /* another year, or a promise against what came */
    size_t part = Z > X ? part_named_by(c, Z, X, Z - 1) : NOPOS;
    if (part != NOPOS) {
        X = part;   /* "4,000 tons, 2,400 tons in the cruisers and 1,600 tons in the
                       destroyers, or about 300 tons a day in the cruisers": an
                       average of that part, not of X */
        q = c->f->v[X].value / zf->value;
        if (!isfinite(q) || q < dv / 2 || q > dv * 2)
            return 0;
    }
    tally_relation r;
    if (Z > D && Z > X) {   /* "1,900 tons in 40 days, or about 48 tons a day" */
        rel_init(&r, TALLY_REL_PRODUCT, X, "total over a period");
        r.average = 1;
        rel_part(c, &r, Z);
        rel_part(c, &r, D);
        c->fi[Z].used = 1;
    } else if (D > Z && D > X) {
        return 0;   /* "320 trains at 40 a day: eight days" is rule 7s's */
    } else {   /* "48 tons a day for 40 days, 1,920 tons" */
        if (c->fi[X].used || stated_any(c, X))
            return 0;
        rel_init(&r, TALLY_REL_PRODUCT, X, "rate over a period");
        rel_part(c, &r, Z);
        rel_part(c, &r, D);
        c->fi[X].used = c->fi[Z].used = 1;
    }
    return rel_add(c, &r);
}

/* ---- round 387 (helper ver98): a rate carried into a later sentence ---- */

/* The one duration of sentence si (a figure whose unit is a period, no
 * rate, no share, no range), NOPOS when none or two. */
static size_t one_duration(const ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t D = NOPOS;
    for (size_t j = lo; j < hi; j++) {
        if (c->f->v[j].sent_index != si || c->fi[j].share || !is_duration(c, j))
            continue;
        if (D != NOPOS || rel_is_rate(c, j) || loose_figure(c, j))
            return NOPOS;   /* two durations, or "twice a week": no span */
        D = j;
    }
    return D;
}

/* 1 when figure j is a part of a relation that states figure Z ("1,800
 * sheets a day a press ... 10,800 sheets daily": the 1,800 is no rival
 * rate of the 10,800). */
static int part_of_stated(const ctx *c, size_t j, size_t Z)
{
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *o = &c->out->v[i];
        for (size_t p = 0; o->stated == Z && p < o->nparts; p++)
            if (o->parts[p].fact == j)
                return 1;
    }
    return 0;
}

/* Rule 7r: "the depot turned out 10,800 sheets daily. ... Between March
 * and July the presses ran on 125 days and printed 1.35 million sheets":
 * a total X (no rate, share, range or duration) and the one duration D
 * of its sentence, no figure of X's unit before X there and no rate of
 * its unit in it; the nearest rate Z of X's unit before that sentence
 * (up to three sentences back, in its paragraph or the one before) is
 * per D's period, smaller than X -> PRODUCT X = Z x D (looked back).  Z
 * may be the total of another relation ("six presses of 1,800 a day,
 * 10,800 daily").  X / Z within half to twice D, else nothing is said. */
int rel_rule_rate_carried(ctx *c, size_t X, size_t lo, size_t hi)
{
    const tally_fact *xf = &c->f->v[X];
    const finfo *xi = &c->fi[X];
    if (xi->used || xi->share || xi->part || !xi->unit[0] || !(xf->value > 0) ||
        is_duration(c, X) || rel_is_rate(c, X) || loose_figure(c, X) || stated_any(c, X))
        return 0;
    size_t si = xf->sent_index, D = one_duration(c, si, lo, hi);
    if (D == NOPOS || D > X || !(c->f->v[D].value > 1))
        return 0;   /* "700 tons would have fed them for 50 days": D is the result */
    for (size_t j = lo; j < hi; j++)
        if (j != X && c->f->v[j].sent_index == si && rel_same_unit(&c->fi[j], xi) &&
            (j < X || rel_is_rate(c, j)))
            return 0;   /* the sentence has its own rate, or X is no lone total */
    int dp = unit_period(c, D), zp;
    size_t para = c->seg->sents[si].para, Z = NOPOS;
    for (size_t j = lo; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 3 < si || (size_t)c->seg->sents[jf->sent_index].para + 1 < para)
            break;
        if (!rel_same_unit(&c->fi[j], xi) || c->fi[j].share || !rel_rate_of(c, j, &zp))
            continue;
        if (Z == NOPOS) {
            Z = j;   /* the nearest rate of X's unit: when it does not fit, none older */
            if (zp != dp)
                return 0;
        } else if (zp == dp && c->f->v[j].value != c->f->v[Z].value && !part_of_stated(c, j, Z))
            return 0;   /* "need 150,000 tons a month ... fell by 139,000 a month": which? */
    }
    if (Z == NOPOS || loose_figure(c, Z) || !(c->f->v[Z].value > 0) ||
        !(xf->value > c->f->v[Z].value) || intended_fig(&c->f->v[Z]) != intended_fig(xf))
        return 0;   /* "undertook to run six trains a day ... 372 trains arrived" */
    double q = xf->value / c->f->v[Z].value, dv = c->f->v[D].value;
    if (!isfinite(q) || q < dv / 2 || q > dv * 2)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, X, "rate over a period");
    r.looked_back = 1;
    rel_part(c, &r, Z);
    rel_part(c, &r, D);
    c->fi[X].used = 1;
    return rel_add(c, &r);
}

/* Round 396 (helper ver102): 1 when t[a..b) holds a comma followed by
 * "and", "but", "while" or "whereas": what follows opens a clause of its
 * own ("..., and 4,000 each went to ..."). */
static int new_clause(const ctx *c, size_t a, size_t b)
{
    static const char *const conj[] = {"and", "but", "while", "whereas", NULL};
    for (size_t i = a; i < b; i++) {
        if (c->t[i] != ',')
            continue;
        size_t k = i + 1;
        while (k < b && c->t[k] == ' ')
            k++;
        for (size_t q = 0; conj[q]; q++)
            if (rel_phrase_at(c->t, k, b, conj[q]))
                return 1;
    }
    return 0;
}

/* ---- Round 396 (helper ver102, rule 10e): the product before its
 * factors, "168,000 in the 14 divisions at 12,000 each": a figure P, then
 * (past P's own noun) "in" / "among" / "across" / "for" / "with" (and
 * "the") and the next figure C of another unit (the things), then within
 * four words, no comma, "at" and the figure R right after C, of P's unit (or a
 * bare number, whatever unit it borrows from C's noun) and smaller, said of one of them ("each", "apiece", "a
 * division") -> PRODUCT P = R x C, when rel_rule_each has not read it as
 * the average R = P / C already.  The rate is then P's, never a later
 * figure's (rel_rule_product). ---- */

/* 1 when the words t[a..b) are P's noun (at most three words, the first
 * read as P's unit in the lexicon: "rounds", "tons of shells") or none,
 * then one of "in", "among", "across", "for", "with", maybe followed by
 * "the" / "its" / "their", and nothing else. */
static int into_count(const ctx *c, size_t P, size_t a, size_t b)
{
    static const char *const into[] = {"in", "among", "across", "for", "with", NULL};
    static const char *const the[] = {"the", "its", "their", NULL};
    char w[48], u[48], cat[16];
    size_t e = a;
    int ok = 0;
    for (int nw = 0; nw < 4 && !ok; nw++) {
        while (a < b && c->t[a] == ' ')
            a++;
        e = rel_word_at(c->t, a, b, w, sizeof w);
        if (e == a)
            return 0;
        for (size_t k = 0; into[k] && !ok; k++)
            ok = strcmp(w, into[k]) == 0;
        if (!ok && nw == 0 &&
            !(rel_lookup_word(c->lex, w, u, cat) && strcmp(u, c->fi[P].unit) == 0))
            return 0;   /* "7,800 men were lost in ...": no noun of P's, no product */
        if (!ok)
            a = e;
    }
    if (!ok)
        return 0;
    while (e < b && c->t[e] == ' ')
        e++;
    if (e < b) {
        size_t e2 = rel_word_at(c->t, e, b, w, sizeof w);
        ok = 0;
        for (size_t k = 0; the[k] && !ok; k++)
            ok = strcmp(w, the[k]) == 0;
        if (!ok || e2 == e)
            return 0;
        e = e2;
    }
    while (e < b && c->t[e] == ' ')
        e++;
    return e == b;
}

/* The product P a rate R is said of in the shape "P in the C things at R
 * each" (R = P + 2, C = P + 1, one sentence), else NOPOS. */
static size_t each_in_total(const ctx *c, size_t R)
{
    static const char *const at[] = {"at", NULL};
    if (R < 2)
        return NOPOS;
    size_t C = R - 1, P = R - 2;
    const tally_fact *rf = &c->f->v[R], *cf = &c->f->v[C], *pf = &c->f->v[P];
    const finfo *ri = &c->fi[R], *ci = &c->fi[C], *pi = &c->fi[P];
    if (pf->sent_index != rf->sent_index || cf->sent_index != rf->sent_index ||
        !pi->unit[0] || pi->share || ri->share || ci->share || !ci->unit[0] ||
        rel_same_unit(ci, pi) ||
        (ri->unit[0] && !rel_same_unit(ri, pi) && !(rel_bare(rf) && rel_same_unit(ri, ci))) ||
        !isfinite(rf->value) || !isfinite(cf->value) || !(cf->value > 1) ||
        !(rf->value > 0) || !(pf->value > rf->value))
        return NOPOS;
    if (!into_count(c, P, pf->tend, cf->tstart))
        return NOPOS;   /* "168,000 in the 14 ...", nothing else between */
    int w = rel_words_between(c->t, cf->tend, rf->tstart, ",;:()");
    if (w < 1 || w > 4 || !rel_word_before_is(c, rf->tstart, cf->tend, at))
        return NOPOS;   /* "... divisions at 12,000", not "..., an average of 2.6" */
    if (!each_after(c, R) && !said_of_one(c, rf->tend, own_words_end(c, R), ci->unit))
        return NOPOS;   /* "12,000 each", "12,000 a division" */
    return P;
}

int rel_rule_each_in(ctx *c, size_t R)
{
    size_t P = each_in_total(c, R);
    if (P == NOPOS || c->fi[R].used)
        return 0;   /* rule 10 may have read it already as an average of R */
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each");
    rel_part(c, &r, R);
    rel_part(c, &r, R - 1);
    c->fi[R].used = 1;
    return rel_add(c, &r);
}

/* ---- Round 444 (helper ver139): rates per a million or a thousand ---- */

/* The base of rate R said per a round count of things: "14,000 crowns a
 * million rounds" (within three words after R, no mark between), or a
 * sentence opened by it, "A million rounds take 9.5 tons of brass ...".
 * Returns the base (1e6, 1e3) or 0; *at is where the phrase starts, noun
 * the word after it ("" when none: "$2,900 a million, ..."). */
static double million_base(const ctx *c, size_t R, size_t *at, char *noun, size_t cap)
{
    static const char *const base[] = {"a million", "per million", "a thousand",
                                       "per thousand", NULL};
    static const double val[] = {1e6, 1e6, 1e3, 1e3};
    const tally_fact *rf = &c->f->v[R];
    const tally_sentence *s = &c->seg->sents[rf->sent_index];
    size_t open = rel_sent_open(c, rf->sent_index), i = rf->tend;
    size_t cand[5];
    int n = 0;
    cand[n++] = open;   /* "A million rounds take ..." */
    char w[48];
    for (int k = 0; k < 4 && i < s->end; k++) {   /* the words after R */
        size_t b = i;
        while (b < s->end && c->t[b] == ' ')
            b++;
        if (b >= s->end || !rel_wch((unsigned char)c->t[b]))
            break;   /* a mark: R's phrase is over */
        cand[n++] = b;
        i = rel_word_at(c->t, b, s->end, w, sizeof w);
        if (i == b)
            break;
    }
    for (int k = 0; k < n; k++)
        for (int b = 0; base[b]; b++) {
            size_t e = rel_phrase_at(c->t, cand[k], s->end, base[b]);
            if (!e || (k == 0 && (b % 2 || e > rf->tstart)))
                continue;   /* opening the sentence: "A million ...", before R */
            if (k == 0 && rel_words_between(c->t, e, rf->tstart, ",;:()") < 0)
                continue;
            *at = cand[k];
            noun[0] = 0;
            size_t ne = e;
            while (ne < s->end && c->t[ne] == ' ')
                ne++;
            if (ne < s->end && rel_wch((unsigned char)c->t[ne]))
                rel_word_at(c->t, ne, s->end, noun, cap);
            if (strlen(noun) < 3 || strcmp(noun, "and") == 0 || strcmp(noun, "the") == 0)
                noun[0] = 0;   /* "12 a thousand a month": no noun */
            return val[b];
        }
    return 0;
}

/* 1 when fact j counts the things of base noun (its unit the noun's unit
 * in the lexicon, or its noun opening with the word); with no noun, any
 * count of a unit not R's and no money. */
static int base_count(const ctx *c, size_t j, size_t R, const char *noun, double M)
{
    const tally_fact *jf = &c->f->v[j];
    const finfo *ji = &c->fi[j];
    if (ji->share || !ji->unit[0] || rel_same_unit(ji, &c->fi[R]) || rel_is_rate(c, j) ||
        !(jf->value >= M) || jf->qual == TALLY_Q_AT_MOST || jf->qual == TALLY_Q_AT_LEAST)
        return 0;
    if (!noun[0])
        return strcmp(ji->cat, "money") != 0;
    char unit[48], cat[16];
    if (rel_lookup_word(c->lex, noun, unit, cat) && strcmp(unit, ji->unit) == 0)
        return 1;
    return jf->noun && strncasecmp(jf->noun, noun, strlen(noun)) == 0;
}

/* 1 when a word of P's clause (from its last mark to P) of six letters or
 * more, no connective, is said in sentence si ("the shortfall will cost"
 * and "The shortfall is 31.9 million rounds"). */
static int clause_named_in(const ctx *c, size_t P, size_t si)
{
    static const char *const skip[] = {"therefore", "thus", "would", "should", "could",
                                       "about", "nearly", "around", "almost", "altogether",
                                       NULL};
    const tally_fact *pf = &c->f->v[P];
    const tally_sentence *ps = &c->seg->sents[pf->sent_index];
    const tally_sentence *s = &c->seg->sents[si];
    size_t a = pf->tstart;
    while (a > ps->start && !strchr(",;:(", c->t[a - 1]))
        a--;
    char w[48];
    for (size_t i = a; rel_next_word(c->t, &i, pf->tstart, w, sizeof w);) {
        int sk = strlen(w) < 6;
        for (int k = 0; !sk && skip[k]; k++)
            sk = strcmp(w, skip[k]) == 0;
        const char *ws[2] = {w, NULL};
        if (!sk && rel_phrase_in(c->t, s->start, s->end, ws))
            return 1;
    }
    return 0;
}

/* The count rate R per M things (base phrase at `at`) multiplies into P:
 * a count of the base's things between R and P, else before R in its
 * sentence or the one before (its paragraph), else the latest earlier
 * one whose sentence names a word of P's clause ("the shortfall").
 * NOPOS when none. */
static size_t million_count(const ctx *c, size_t R, size_t P, size_t at, const char *noun,
                            double M)
{
    const tally_fact *rf = &c->f->v[R];
    for (size_t j = R + 1; j < P; j++)
        if (c->f->v[j].tstart != at && base_count(c, j, R, noun, M))
            return j;
    for (size_t j = R; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index + 1 < rf->sent_index || jf->para != rf->para ||
            jf->section != rf->section)
            break;
        if (jf->tstart != at && base_count(c, j, R, noun, M))
            return j;
    }
    for (size_t j = R; j-- > 0;) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->section != rf->section)
            continue;
        if (jf->tstart != at && base_count(c, j, R, noun, M) &&
            clause_named_in(c, P, jf->sent_index))
            return j;
    }
    return NOPOS;
}

/* Rule 7m (round 444): a rate R per a million (thousand) things, "A
 * million rounds take 9.5 tons of brass ...  The shortfall therefore calls
 * for some 330 tons of brass", "14,000 crowns a million rounds, so that
 * the shortfall will cost about 447,000 crowns", "$2,900 a million,
 * $29,000 in all": P the next figure of R's unit and noun (R's sentence
 * after the base, or the next sentence of its paragraph; the next only
 * when the base opens R's sentence), C the count (million_count); R x C /
 * M within half to twice P -> PRODUCT (factor 1 / M). */
int rel_rule_million_base(ctx *c, size_t R, size_t lo, size_t hi)
{
    const tally_fact *rf = &c->f->v[R];
    if (c->fi[R].used || c->fi[R].share || !c->fi[R].unit[0] || !(rf->value > 0))
        return 0;
    (void)lo;
    size_t at;
    char noun[48];
    double M = million_base(c, R, &at, noun, sizeof noun);
    if (M == 0)
        return 0;
    int opens = at < rf->tstart;
    size_t P = NOPOS;
    for (size_t j = R + 1; j < c->f->n && P == NOPOS; j++) {
        const tally_fact *jf = &c->f->v[j];
        if (jf->sent_index > rf->sent_index + 1 || jf->para != rf->para ||
            jf->section != rf->section)
            break;
        if (opens && j < hi)
            continue;   /* "A million rounds take 9.5 tons ... and 12 tons": rates both */
        if (!rel_same_unit(&c->fi[j], &c->fi[R]) || c->fi[j].share || c->fi[j].used ||
            !(jf->value > rf->value))
            continue;
        if (rf->noun && jf->noun && rf->noun[0] && jf->noun[0] &&
            strcasecmp(rf->noun, jf->noun) != 0)
            continue;   /* "9.5 tons of brass" ... "380 tons of lead" */
        P = j;
    }
    if (P == NOPOS)
        return 0;
    size_t C = million_count(c, R, P, at, noun, M);
    if (C == NOPOS || rel_on_count_foreign(c, R, C, P))
        return 0;   /* "...; on the 50,000 sacks the carters were paid" (round 448) */
    double x = rf->value * c->f->v[C].value / M, p = c->f->v[P].value;
    if (!(x >= p / 2 && x <= p * 2))
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "per a million");
    r.factor = 1 / M;
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    c->fi[R].used = 1;
    return rel_add(c, &r);
}
