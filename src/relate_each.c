/*
 * relate_each.c - the thing a figure is said of ("each", "every", "per",
 * "a kitchen", "to every battalion").
 *
 * "Each station had four observers, 168 in all": the 168 is the four
 * times the stations, and the stations were counted a paragraph or two
 * before ("By 1943 the Section had 42 stations").  rel_each_things()
 * names the thing a figure is said of (the word after "each", "every",
 * "per", "a"; "to every battalion"; or the thing the sentence opens with,
 * "A station burned 45 tons a month"); relate_fit.c's fit_each pairs such
 * a rate with an earlier count when the product fits.  (A check of such a
 * product whatever its verdict, against a total the words call the
 * whole's, was tried in round 466 and dropped: a red-team round found
 * thirteen false alarms in thirteen traps, capacity against use ("could
 * carry ... only"), a whole of wider scope, a count that changed, totals
 * with other things in them.)
 *
 * rel_rule_each_or() checks the one form in which the writer plainly did
 * the multiplication: the rate restated at once after ", or" for all its
 * things, "9,000 thalers a month for a company, or 172,000 thalers a month
 * for the 18 companies" (the count named right there, or, "from the whole
 * stock", the last count of those things a sentence or two before).
 * rel_rule_or_containers() reads a figure restated in containers ("32,400
 * litres, or 1,620 tins of 20 litres") and rel_rule_each_of_the() a count
 * shared out ("six convoys, two to each of the three corps").
 */
#include <stdio.h>
#include <string.h>

#include "relate_int.h"

/* The most words of a rate's clause read for the thing it is said of. */
#define EACH_WORDS 12
/* 1 when w (lower case) is a word that cannot be the thing a rate is said
 * of ("each other", "every one of", "a day"): a period or a pronoun. */
static int each_word_ok(const ctx *c, const char *w)
{
    static const char *const no[] = {"other", "one", "of", "the", "his", "her", "its",
                                     "their", "few", "single", "time", NULL};
    char u[48], cat[16];
    for (size_t k = 0; no[k]; k++)
        if (strcmp(w, no[k]) == 0)
            return 0;
    if (rel_lookup_word(c->lex, w, u, cat) && strcmp(cat, "duration") == 0)
        return 0;
    return w[0] != '\0' && !(w[0] >= '0' && w[0] <= '9');
}

/* The lemma of the thing rate b is said of, into e (up to two: the word
 * after the cue and the one after it, "each infantry battalion"): "each
 * station", "every battalion", "per kitchen", "to a battery", or "A
 * kitchen" opening its sentence, in b's clause (from the figure before it
 * or the sentence's start, no ";", ":" or bracket between, to a few words
 * after it).  The number of lemmas. */
/* The thing a sentence opens with, "A station ...", "Each kitchen ...",
 * "Every battalion ...", when b is the sentence's first figure or every
 * figure before it is the same rate in another period ("A station burned
 * about 1.5 tons of coal a day, 45 tons a month"), so that b too is said
 * of one of them; into e as rel_each_things does.  The number of lemmas. */
static int opening_thing(const ctx *c, size_t b, char e[2][48])
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    size_t si = c->f->v[b].sent_index, i = rel_sent_open(c, si);
    size_t end = c->seg->sents[si].end;
    int pb = -1;
    rel_rate_of(c, b, &pb);
    for (size_t j = b; j-- > 0 && c->f->v[j].sent_index == si;) {
        int pj = -1;
        rel_rate_of(c, j, &pj);
        if (!rel_same_unit(&c->fi[j], &c->fi[b]) || pj < 0 || pb < 0 || pj == pb)
            return 0;   /* "a battleship 1,100 men, a cruiser 520 ..., thus 5,270": no
                           restatement of one rate in another period */
    }
    char w[24];
    if (!rel_next_word(c->t, &i, end, w, sizeof w))
        return 0;
    int is_one = 0;
    for (size_t q = 0; one[q]; q++)
        is_one |= strcmp(w, one[q]) == 0;
    if (!is_one || !rel_next_word(c->t, &i, end, w, sizeof w) || !each_word_ok(c, w))
        return 0;
    char u[48], cat[16];
    if (!rel_lookup_word(c->lex, w, u, cat))
        snprintf(u, sizeof u, "%s", w);
    snprintf(e[0], 48, "%s", u);
    return 1;
}

/* 1 when "a <thing>" at offset i before b ends its clause: a comma, ";"
 * or "and" / "or" right after its word or two ("820 men a sailing, and the
 * other 4,000": the rate's period of the figure before, no subject of
 * the next). */
static int closes_clause(const ctx *c, size_t i, size_t b)
{
    static const char *const conj[] = {"and", "or", "but", NULL};
    char w[24];
    rel_next_word(c->t, &i, b, w, sizeof w);   /* "a" */
    for (int n = 0; n < 2; n++) {
        if (!rel_next_word(c->t, &i, b, w, sizeof w))
            return 1;
        size_t k = i;
        while (k < b && c->t[k] == ' ')
            k++;
        if (k < b && strchr(",;:", c->t[k]))
            return 1;
        if (rel_word_within(c, k, b, 1, conj))
            return 1;
    }
    return 0;
}

int rel_each_things(const ctx *c, size_t b, char e[2][48])
{
    static const char *const cue[] = {"each", "every", "per", NULL};
    static const char *const to[] = {"to", "for", "in", NULL};
    const tally_fact *fb = &c->f->v[b];
    size_t si = fb->sent_index, open = rel_sent_open(c, si), a = open;
    size_t end = c->seg->sents[si].end;
    if (b > 0 && c->f->v[b - 1].sent_index == si && c->f->v[b - 1].tend > a)
        a = c->f->v[b - 1].tend;
    if (b + 1 < c->f->n && c->f->v[b + 1].sent_index == si && c->f->v[b + 1].tstart < end)
        end = c->f->v[b + 1].tstart;
    for (size_t k = fb->tstart; k > a; k--)
        if (strchr(";:()", c->t[k - 1])) {
            a = k;
            break;
        }
    for (size_t k = fb->tend; k < end; k++)
        if (strchr(";:()", c->t[k])) {
            end = k;
            break;
        }
    char w[EACH_WORDS][24];
    size_t at[EACH_WORDS], i = a;
    int nw = 0, ne = 0;
    while (nw < EACH_WORDS) {
        size_t s = i;
        if (!rel_next_word(c->t, &i, end, w[nw], sizeof w[nw]))
            break;
        while (s < i && !rel_wch((unsigned char)c->t[s]))
            s++;
        at[nw++] = s;
    }
    for (int k = 0; k + 1 < nw && ne == 0; k++) {
        int is_cue = 0;
        for (size_t q = 0; cue[q]; q++)
            is_cue |= strcmp(w[k], cue[q]) == 0;
        if (!is_cue && (strcmp(w[k], "a") == 0 || strcmp(w[k], "an") == 0)) {
            int wb = at[k] > fb->tend ? rel_words_between(c->t, fb->tend, at[k], ",;:()") : -1;
            is_cue = (at[k] < fb->tstart && !closes_clause(c, at[k], fb->tstart)) ||
                     (k > 0 && at[k] > fb->tend && rel_word_before_is(c, at[k], a, to)) ||
                     (wb >= 0 && wb <= 3);   /* "400 grams of flour a person a day" */
        }
        if (!is_cue || (at[k] > fb->tstart && at[k] < fb->tend))
            continue;
        for (int m = k + 1; m <= k + 2 && m < nw && ne < 2; m++) {
            if (!each_word_ok(c, w[m]))
                break;
            char u[48], cat[16];
            if (!rel_lookup_word(c->lex, w[m], u, cat))
                snprintf(u, sizeof u, "%s", w[m]);
            snprintf(e[ne++], 48, "%s", u);
        }
    }
    if (ne == 0 && b > 0)
        ne = opening_thing(c, b, e);
    return ne;
}



/* 1 when fact j counts one of the things of e (n lemmas). */
static int counts_thing(const ctx *c, size_t j, char e[2][48], int n)
{
    const finfo *fj = &c->fi[j];
    if (!fj->unit[0] || fj->share || !(c->f->v[j].value > 1) || rel_is_rate(c, j))
        return 0;
    for (int k = 0; k < n; k++)
        if (strcmp(fj->unit, e[k]) == 0)
            return 1;
    return 0;
}

/* The count of R's things (e, n lemmas) for rate R restated as P: the
 * figure named right after P's own words ("172,000 thalers a month for the
 * 18 companies"), or, when those words call P the whole's ("from the whole
 * stock", "for all of them"), the last count of those things in the
 * sentences before, at most OR_BACK back in the paragraph ("3,400 cows in
 * 212 herds. ... 7 litres a cow a day, or 23,300 litres a day from the
 * whole stock"); *back is set then.  NOPOS when none. */
#define OR_BACK 3
static size_t restated_count(const ctx *c, size_t R, size_t P, char e[2][48], int n, int *back)
{
    static const char *const whole[] = {"whole", "all", "entire", "altogether", "together",
                                        NULL};
    const tally_fact *pf = &c->f->v[P];
    size_t si = pf->sent_index, send = c->seg->sents[si].end, k = pf->tend, e_ = k;
    for (int w = 0; w < 6 && e_ < send && !strchr(",;:()", c->t[e_]); w++) {
        char x[48];
        while (e_ < send && c->t[e_] == ' ')
            e_++;
        size_t m = rel_word_at(c->t, e_, send, x, sizeof x);
        if (m == e_)
            break;
        e_ = m;
    }
    *back = 0;
    if (P + 1 < c->f->n && c->f->v[P + 1].sent_index == si && c->f->v[P + 1].tstart <= e_ + 1 &&
        rel_words_between(c->t, k, c->f->v[P + 1].tstart, ",;:()") >= 0)
        return counts_thing(c, P + 1, e, n) ? P + 1 : NOPOS;
    if (!rel_phrase_in(c->t, k, e_, whole))
        return NOPOS;
    int para = c->seg->sents[si].para;
    for (size_t j = R; j-- > 0;) {
        size_t sj = c->f->v[j].sent_index;
        if (sj + OR_BACK < si || c->seg->sents[sj].para != para)
            break;
        char ej[2][48];
        if (counts_thing(c, j, e, n) && rel_each_things(c, j, ej) == 0) {   /* not "16 cows
                                                                              to a herd" */
            *back = sj != si;
            return j;
        }
    }
    return NOPOS;
}

/* The lemma of the thing rate R is said of in its words before P ("a
 * month for a company", "a cow a day"): the word after the last "a",
 * "an", "each", "every" or "per" there that is no period, into e[0]; 1,
 * or 0 when none. */
static int thing_after(const ctx *c, size_t R, size_t P, char e[2][48])
{
    static const char *const one[] = {"a", "an", "each", "every", "per", NULL};
    size_t i = c->f->v[R].tend, end = c->f->v[P].tstart;
    char w[24], prev[24] = "";
    int n = 0;
    while (rel_next_word(c->t, &i, end, w, sizeof w)) {
        if (rel_word_is(prev, one) && each_word_ok(c, w)) {
            char u[48], cat[16];
            if (!rel_lookup_word(c->lex, w, u, cat))
                snprintf(u, sizeof u, "%s", w);
            snprintf(e[0], 48, "%s", u);
            n = 1;
        }
        snprintf(prev, sizeof prev, "%s", w);
    }
    return n;
}

/* "9,000 thalers a month for a company, or 172,000 thalers a month for the
 * 18 companies"; "7 litres a cow a day, or 23,300 litres a day from the
 * whole stock": a rate R said of one thing (rel_each_things), restated at
 * once after ", or" as P, the next figure, of R's unit and period and
 * larger, for all those things: the count named right after P, or the
 * last count of them just before (restated_count) -> PRODUCT P = R x C.
 * The writer multiplied the two; a slip in P is a slip.  0 when none, -1
 * when out of memory. */
int rel_rule_each_or(ctx *c, size_t R)
{
    const tally_fact *rf = &c->f->v[R];
    size_t P = R + 1;
    if (c->fi[R].used || c->fi[R].share || !c->fi[R].unit[0] || P >= c->f->n ||
        c->f->v[P].sent_index != rf->sent_index || c->fi[P].used || c->fi[P].share ||
        !rel_same_unit(&c->fi[P], &c->fi[R]) || !(c->f->v[P].value > rf->value))
        return 0;
    int wb = rel_words_between(c->t, rf->tend, c->f->v[P].tstart, ";:()"), comma_or = 0;
    for (size_t k = rf->tend; k + 4 <= c->f->v[P].tstart && !comma_or; k++)
        comma_or = strncmp(c->t + k, ", or ", 5) == 0;
    if (wb < 0 || wb > 8 || !comma_or)
        return 0;
    int pr = -1, pp = -1;
    rel_rate_of(c, R, &pr);
    rel_rate_of(c, P, &pp);
    if (pr != pp && (pr >= 0 || !rel_period_in(c, rf->tend, c->f->v[P].tstart, -1, 0)))
        return 0;   /* "40 a month, or 480 a year": the period rules' */
    if (R > 0 && c->f->v[R - 1].sent_index == rf->sent_index &&
        rel_same_unit(&c->fi[R - 1], &c->fi[R])) {
        int wl = rel_words_between(c->t, c->f->v[R - 1].tend, rf->tstart, ";:()");
        if (wl >= 0 && wl <= 6)
            return 0;   /* "$180,000 for each fighter and $240,000 for each bomber, or
                           $22.2 million for the whole order": the rates' sum */
    }
    char e[2][48];
    int n = thing_after(c, R, P, e), back = 0;
    if (n == 0)
        return 0;
    size_t C = restated_count(c, R, P, e, n, &back);
    if (C == NOPOS)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "each, or for all");
    rel_part(c, &r, R);
    rel_part(c, &r, C);
    r.looked_back = back;
    c->fi[R].used = c->fi[P].used = 1;
    return rel_add(c, &r);
}

/* "32,400 litres, or 1,620 tins of 20 litres"; "4,500 tons of flour, or
 * 45,000 sacks of 100 kilograms": a figure X restated at once after ", or"
 * as N things of another unit "of" M, M of X's unit (or a weight that
 * converts to it) -> PRODUCT: N = X / M (average) in one unit, X = N x M
 * converted.  0 when none, -1 when out of memory. */
int rel_rule_or_containers(ctx *c, size_t X)
{
    size_t N = X + 1, M = X + 2;
    if (M >= c->f->n)
        return 0;
    const tally_fact *xf = &c->f->v[X], *nf = &c->f->v[N], *mf = &c->f->v[M];
    if (nf->sent_index != xf->sent_index || mf->sent_index != xf->sent_index ||
        c->fi[X].share || c->fi[N].share || c->fi[M].share || c->fi[N].used ||
        !c->fi[X].unit[0] || !c->fi[N].unit[0] || rel_same_unit(&c->fi[N], &c->fi[X]) ||
        xf->qual != TALLY_Q_EXACT || nf->qual != TALLY_Q_EXACT || mf->qual != TALLY_Q_EXACT ||
        !(nf->value > 1) || !(mf->value > 0) || rel_is_rate(c, N))
        return 0;
    int comma_or = 0;
    for (size_t k = xf->tend; k + 4 <= nf->tstart && !comma_or; k++)
        comma_or = strncmp(c->t + k, ", or ", 5) == 0;
    int wx = rel_words_between(c->t, xf->tend, nf->tstart, ";:()");
    if (!comma_or || wx < 0 || wx > 4)
        return 0;
    char w[24];
    size_t k = nf->tend;   /* N's noun (one word), then "of", then M */
    int nw = 0, of = 0;
    while (k < mf->tstart && rel_next_word(c->t, &k, mf->tstart, w, sizeof w) && nw < 3) {
        nw++;
        of = strcmp(w, "of") == 0;
    }
    if (!of || nw > 2 || rel_words_between(c->t, nf->tend, mf->tstart, ",;:()") < 0)
        return 0;
    double f = rel_same_unit(&c->fi[M], &c->fi[X]) ? 1
                                                    : rel_weight_ratio(c, c->fi[M].unit,
                                                                       c->fi[X].unit);
    double made = nf->value * mf->value * f;
    if (!(f > 0) || (f != 1 && f > 1e-3) || !(mf->value * f < xf->value) ||
        !(made >= xf->value / 2 && made <= xf->value * 2))
        return 0;   /* "19 ships of 88,000 tons ..., or 33 ships of 141,000 tons": a
                       total of another list, no container's size */
    tally_relation r;
    if (f == 1) {
        rel_init(&r, TALLY_REL_PRODUCT, X, "or containers");
        r.average = 1;
        rel_part(c, &r, N);
        rel_part(c, &r, M);
    } else {
        rel_init(&r, TALLY_REL_PRODUCT, X, "or containers, weight converted");
        r.factor = f;
        rel_part(c, &r, N);
        rel_part(c, &r, M);
    }
    c->fi[N].used = 1;   /* X may still be a product's: "9 litres a run x 3,600 runs" */
    return rel_add(c, &r);
}

/* "six convoys, two to each of the three corps": a figure N, then after a
 * comma a smaller figure M of N's unit (or none), "to", "for", "in",
 * "with" or "at" and "each of the" (its, their) right before a count K of
 * another unit -> PRODUCT N = M x K.  0 when none, -1 when out of memory. */
int rel_rule_each_of_the(ctx *c, size_t M)
{
    static const char *const each_of[] = {"to each of the", "for each of the",
                                          "in each of the", "with each of the",
                                          "at each of the", "to each of its",
                                          "for each of its", "in each of its",
                                          "to each of their", "for each of their", NULL};
    if (M == 0 || M + 1 >= c->f->n)
        return 0;
    size_t N = M - 1, K = M + 1;
    const tally_fact *nf = &c->f->v[N], *mf = &c->f->v[M], *kf = &c->f->v[K];
    if (nf->sent_index != mf->sent_index || kf->sent_index != mf->sent_index ||
        c->fi[N].used || c->fi[N].share || c->fi[M].share || c->fi[K].share ||
        !c->fi[N].unit[0] || !c->fi[K].unit[0] || rel_same_unit(&c->fi[K], &c->fi[N]) ||
        (c->fi[M].unit[0] && !rel_same_unit(&c->fi[M], &c->fi[N])) ||
        !(mf->value < nf->value) || !(kf->value > 1) || rel_is_rate(c, N))
        return 0;
    int w = rel_words_between(c->t, nf->tend, mf->tstart, ";:()");
    size_t z = mf->tstart;   /* N's noun, then a comma right before M */
    while (z > nf->tend && c->t[z - 1] == ' ')
        z--;
    if (z == nf->tend || c->t[z - 1] != ',' || w < 0 || w > 4 ||
        rel_words_between(c->t, nf->tend, z - 1, ",") < 0)
        return 0;
    size_t e = 0;
    for (size_t q = 0; each_of[q] && !e; q++) {
        size_t k = mf->tend;
        while (k < kf->tstart && c->t[k] == ' ')
            k++;
        e = rel_phrase_at(c->t, k, kf->tstart, each_of[q]);
    }
    if (!e || rel_words_between(c->t, e, kf->tstart, "") != 0)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, N, "to each of the");
    rel_part(c, &r, M);
    rel_part(c, &r, K);
    c->fi[N].used = c->fi[M].used = 1;
    return rel_add(c, &r);
}
