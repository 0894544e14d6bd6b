/*
 * verify.c - checks the relations relate.c found, with interval arithmetic
 * and the rounding allowance described in verify.h, and writes the verdicts
 * as diagnostics or CSV.  The interval helpers are private and small on
 * purpose (the general interval module belongs to derive).
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/csvio.h"
#include "tally/number.h"
#include "tally/verify.h"

const char *const tally_check_columns[] = {
    "doc", "check", "kind", "verdict", "stated", "computed", "low", "high", "tolerance",
    "facts", "start", "end", "line", "expression", "sentence", "note", "message", NULL};

const char *tally_verdict_name(tally_verdict v)
{
    switch (v) {
    case TALLY_V_CONSISTENT: return "consistent";
    case TALLY_V_APPROXIMATE: return "approximate";
    case TALLY_V_INCONSISTENT: return "inconsistent";
    case TALLY_V_UNVERIFIABLE: return "unverifiable";
    }
    return "unverifiable";
}

/* ---- intervals ---- */

typedef struct ivl {
    double lo, hi;
} ivl;

static ivl iv(double lo, double hi) { return (ivl){lo, hi}; }

static ivl iv_add(ivl a, ivl b) { return iv(a.lo + b.lo, a.hi + b.hi); }

/* x*y with 0 * inf = 0 (an empty count of an open bound is nothing). */
static double mul0(double x, double y) { return x == 0 || y == 0 ? 0 : x * y; }

static ivl iv_mul(ivl a, ivl b)
{
    double p[4] = {mul0(a.lo, b.lo), mul0(a.lo, b.hi), mul0(a.hi, b.lo), mul0(a.hi, b.hi)};
    ivl r = iv(p[0], p[0]);
    for (int i = 1; i < 4; i++) {
        if (p[i] < r.lo)
            r.lo = p[i];
        if (p[i] > r.hi)
            r.hi = p[i];
    }
    return r;
}

/* a / b for b not containing 0 (callers check). */
static ivl iv_div(ivl a, ivl b) { return iv_mul(a, iv(1 / b.hi, 1 / b.lo)); }

/* 1 when a and b overlap, with a margin of a billionth of their size for
 * the rounding of binary fractions (4.40 - 0.80 is 3.6000000000000005). */
static int iv_meet(ivl a, ivl b)
{
    double m = 1e-9 * fmax(fmax(fabs(a.lo), fabs(a.hi)), fmax(fabs(b.lo), fabs(b.hi)));
    if (!isfinite(m))
        m = 0;
    return a.lo <= b.hi + m && b.lo <= a.hi + m;
}

static int iv_point(ivl a) { return a.lo == a.hi; }

/* ---- figures as intervals ---- */

/* The last digit's place of a (1e3 for 12,000; 0.1 for 2.3), and its
 * rounding unit (that, times 5 when the digits end in a 5 or 0 there). */
static double rounding_unit(double a, double *place)
{
    double p = 1;
    if (fabs(a - round(a)) < 1e-9) {
        while (p < 1e15 && fmod(round(a), p * 10) == 0)
            p *= 10;
    } else {
        while (p > 1e-6 && fabs(a / p - round(a / p)) > 1e-6 * (a / p))
            p /= 10;
    }
    if (place)
        *place = p;
    return fmod(round(a / p), 5) == 0 ? 5 * p : p;
}

double tally_rounding_allowance(double v, tally_qualifier q, int percent)
{
    double a = fabs(v);
    if (a == 0 || isnan(a) || isinf(a))
        return 0;
    double p;
    int integer = fabs(a - round(a)) < 1e-9;
    double u = rounding_unit(a, &p);
    double allow = 0;
    int approx = q == TALLY_Q_APPROX || q == TALLY_Q_RANGE || q == TALLY_Q_VAGUE;
    if (approx)
        allow = fmin(u / 2, 0.1 * a);
    else if (u >= 100)
        allow = fmin(u / 2, 0.05 * a);
    if (percent) {
        double half = integer ? 0.5 : p / 2;
        if (allow < half)
            allow = half;
    }
    return allow;
}

static int is_percent(const tally_fact *f)
{
    return f->unit && strcmp(f->unit, "percent") == 0;
}

/* The figure as stated: a point, a range or an open interval.  0 if it has
 * no value. */
static int fact_iv(const tally_fact *f, ivl *out)
{
    double v = f->value, lo = f->low, hi = f->high;
    if (isnan(v) && isnan(lo) && isnan(hi))
        return 0;
    if (isnan(v))
        v = !isnan(lo) ? lo : hi;
    switch (f->qual) {
    case TALLY_Q_RANGE:
    case TALLY_Q_VAGUE:
        *out = iv(isnan(lo) ? v : lo, isnan(hi) ? (f->qual == TALLY_Q_VAGUE ? INFINITY : v) : hi);
        break;
    case TALLY_Q_AT_LEAST:
        *out = iv(isnan(lo) ? v : lo, INFINITY);
        break;
    case TALLY_Q_AT_MOST:
        *out = iv(isnan(lo) ? (v >= 0 ? 0 : -INFINITY) : lo, isnan(hi) ? v : hi);
        break;
    default:
        *out = iv(v, v);
    }
    return 1;
}

/* The same widened by the rounding allowance of each end. */
static ivl widen(const tally_fact *f, ivl a)
{
    int pc = is_percent(f);
    return iv(a.lo - tally_rounding_allowance(a.lo, f->qual, pc),
              a.hi + tally_rounding_allowance(a.hi, f->qual, pc));
}

/* The interval a stated figure claims: "some/about/nearly N" states N
 * with its rounding allowance (27.5-28.5 for "some 28"), so a computed
 * value inside it is consistent; any other figure as fact_iv() gives it. */
static ivl claimed(const tally_fact *f, ivl a)
{
    return f->qual == TALLY_Q_APPROX ? widen(f, a) : a;
}

/* A share as a fraction of one: percentages / 100; fractions in words as
 * they are.  wide: percent allowance, or 10% for a fraction in words. */
/* 1 when share f is written with a hedge from below ("nearly a quarter",
 * "almost half", "just under a third") that its value does not show. */
static int hedged_below(const tally_fact *f)
{
    static const char *const h[] = {"nearly ", "almost ", "just under ", "not quite ", NULL};
    const char *t = f->number_text;
    for (size_t i = 0; t && h[i]; i++)
        if (strncasecmp(t, h[i], strlen(h[i])) == 0)
            return 1;
    return 0;
}

static int share_iv(const tally_fact *f, ivl *strict, ivl *wide)
{
    ivl a;
    if (!fact_iv(f, &a))
        return 0;
    if (f->qual == TALLY_Q_RATIO && isnan(f->low) && !isnan(f->high))
        a = iv(0, f->high);   /* "less than half", "at most a third": a bound */
    else if (f->qual == TALLY_Q_RATIO && isnan(f->high) && !isnan(f->low))
        a = iv(f->low, is_percent(f) || f->low > 1 ? 100 : 1);   /* "more than half" */
    else if (f->qual == TALLY_Q_RATIO && hedged_below(f) && a.lo == a.hi)
        a = iv(a.lo * (is_percent(f) && strpbrk(f->number_text, "0123456789") ? 0.9 : 0.85),
               a.hi);   /* "nearly a quarter": 23.5% is nearly 25%; "nearly 70 per
                           cent" in digits, 63% at least (61% would be "some 60") */
    int pc = is_percent(f) || a.hi > 1;
    ivl w = pc ? widen(f, a) : iv(a.lo * 0.9, a.hi * 1.1);
    if (pc) {
        if (!is_percent(f)) {   /* a percent without its unit: still a percent */
            w = iv(a.lo - tally_rounding_allowance(a.lo, f->qual, 1),
                   a.hi + tally_rounding_allowance(a.hi, f->qual, 1));
        }
        a = iv(a.lo / 100, a.hi / 100);
        w = iv(w.lo / 100, w.hi / 100);
    }
    *strict = a;
    *wide = w;
    return 1;
}

/* ---- formatting ---- */

/* A number for messages: plain decimals, at most 4 significant decimals. */
static void fmt_v(double v, char out[64])
{
    if (isinf(v)) {
        snprintf(out, 64, "%s", v > 0 ? "inf" : "-inf");
        return;
    }
    double r = fabs(v) >= 100 ? round(v * 10) / 10 : round(v * 10000) / 10000;
    fmt_num(r, out);
}

/* An interval for messages: "29", "288-480", "at least 144". */
static int put_iv(tally_buf *b, ivl a)
{
    char x[64], y[64];
    fmt_v(a.lo, x);
    if (iv_point(a))
        return buf_puts(b, x);
    fmt_v(a.hi, y);
    if (isinf(a.hi) && a.hi > 0 && isfinite(a.lo))
        return buf_printf(b, "at least %s", x);
    if (isinf(a.lo) && a.lo < 0 && isfinite(a.hi))
        return buf_printf(b, "at most %s", y);
    return buf_printf(b, "%s-%s", x, y);
}

/* A plain fraction in words ("a fifth", "one in four", "two-thirds"): no
 * digit and no hedge ("about", "nearly", "more than"). */
static int plain_fraction(const tally_fact *f)
{
    static const char *const hedge[] = {"about", "nearly", "almost", "some", "roughly",
                                        "around", "approximately", "more", "less", "over",
                                        "under", "just", "little", "barely", "well", "fewer",
                                        "up", "close", NULL};
    if (!f->number_text || !f->unit || strcmp(f->unit, "fraction") != 0 ||
        f->qual != TALLY_Q_RATIO || !(f->low == f->high))
        return 0;
    for (const char *p = f->number_text; *p; p++)
        if (isdigit((unsigned char)*p))
            return 0;
    char low[64];
    size_t n = 0;
    for (const char *p = f->number_text; *p && n + 1 < sizeof low; p++)
        low[n++] = (char)tolower((unsigned char)*p);
    low[n] = '\0';
    for (size_t q = 0; hedge[q]; q++)
        if (strstr(low, hedge[q]))
            return 0;
    return 1;
}

/* The simple fraction n/d (d up to 10) nearest to x. */
static double nearest_fraction(double x)
{
    double best = 0, bd = INFINITY;
    for (int d = 2; d <= 10; d++)
        for (int n = 1; n < d; n++)
            if (fabs(x - (double)n / d) < bd - 1e-12) {
                bd = fabs(x - (double)n / d);
                best = (double)n / d;
            }
    return best;
}

/* When share fact st is a plain fraction in words and the share computed
 * (computed, as a fraction or in per cent) is nearer another simple
 * fraction than st's, that fraction; else 0.  "a fifth" for a fall from
 * 300 to 250 (a sixth) is a slip, not a rounding. */
static double other_fraction(const tally_fact *st, double computed)
{
    if (!plain_fraction(st) || !isfinite(computed))
        return 0;
    double v = fabs(computed);
    if (v > 1.0 + 1e-9)
        v /= 100;   /* a change is computed in per cent */
    double f = nearest_fraction(v);
    return f > 0 && fabs(f - st->value) > 1e-9 && fabs(v - f) < fabs(v - st->value) ? f : 0;
}

/* "a sixth", "two-thirds": the name of simple fraction f, into buf. */
static const char *fraction_name(double f, char buf[32])
{
    static const char *const num[] = {"", "one", "two", "three", "four", "five", "six",
                                      "seven", "eight", "nine"};
    static const char *const den[] = {"", "", "half", "third", "quarter", "fifth",
                                      "sixth", "seventh", "eighth", "ninth", "tenth"};
    for (int d = 2; d <= 10; d++)
        for (int n = 1; n < d; n++)
            if (fabs(f - (double)n / d) < 1e-9) {
                if (n == 1)
                    snprintf(buf, 32, "a %s", den[d]);
                else
                    snprintf(buf, 32, "%s-%ss", num[n], den[d]);
                return buf;
            }
    snprintf(buf, 32, "%g", f);
    return buf;
}

/* ---- checks ---- */

tally_check *tally_checks_add(tally_checks *out, const char *kind, tally_verdict v,
                              const char *expression, const char *message,
                              const char *sentence, const char *facts)
{
    if (grow_array((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) < 0)
        return NULL;
    tally_check *c = &out->v[out->n];
    memset(c, 0, sizeof *c);
    c->id = (long)out->n + 1;
    c->kind = kind;
    c->verdict = v;
    c->stated = c->computed = c->low = c->high = NAN;
    c->tolerance = 0;
    c->expression = xstrdup(expression ? expression : "");
    c->message = xstrdup(message ? message : "");
    c->sentence = xstrdup(sentence ? sentence : "");
    c->facts = xstrdup(facts ? facts : "");
    if (!c->expression || !c->message || !c->sentence || !c->facts) {
        free(c->expression);
        free(c->message);
        free(c->sentence);
        free(c->facts);
        return NULL;
    }
    out->n++;
    return c;
}

void tally_checks_count(const tally_checks *c, size_t counts[TALLY_V_COUNT])
{
    for (size_t i = 0; i < c->n; i++)
        counts[c->v[i].verdict]++;
}

void tally_checks_free(tally_checks *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i].facts);
        free(c->v[i].expression);
        free(c->v[i].message);
        free(c->v[i].sentence);
    }
    free(c->v);
    free(c->doc);
    memset(c, 0, sizeof *c);
}

/* How many times the computed interval c misses the stated s: the ratio of
 * their nearer ends (1 when they meet or an end is open or negative;
 * "less than a quarter of 400 million" is 0-100 million, and 160 million
 * misses it by 1.6). */
static double far_off(ivl c, ivl s)
{
    double hi, lo;   /* the nearer ends of the two intervals, lo < hi */
    if (c.lo > s.hi) {
        hi = c.lo;
        lo = s.hi;
    } else if (s.lo > c.hi) {
        hi = s.lo;
        lo = c.hi;
    } else {
        return 1;   /* they meet */
    }
    if (!isfinite(hi) || !isfinite(lo))
        return 1;
    if (lo <= 0 || hi <= 0)
        return lo == 0 && hi > 0 ? INFINITY : 1;
    return hi / lo;
}

/* The verdict from strict and wide intervals of computed (c) and stated (s). */
static tally_verdict judge(ivl c, ivl cw, ivl s, ivl sw)
{
    if (iv_meet(c, s))
        return TALLY_V_CONSISTENT;
    if (iv_meet(cw, sw))
        return TALLY_V_APPROXIMATE;
    return TALLY_V_INCONSISTENT;
}

/* A copying slip, not a rounding, whatever the operands' allowance (see
 * verify.h). */
int tally_digits_swapped(double stated, double computed)
{
    if (!(stated >= 10 && computed >= 10 && stated < 1e15 && computed < 1e15) ||
        stated != floor(stated) || fabs(computed - floor(computed + 0.5)) > 1e-6)
        return 0;
    char a[32], b[32];
    snprintf(a, sizeof a, "%.0f", stated);
    snprintf(b, sizeof b, "%.0f", computed);
    size_t n = strlen(a), first = n;
    if (strlen(b) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) {
            if (first != n)
                return 0;   /* a second difference not of the swap */
            if (i + 1 >= n || a[i] != b[i + 1] || a[i + 1] != b[i])
                return 0;
            first = i++;
        }
    return first != n;
}

/* Extra room of w beyond a, the larger side (finite sides only). */
static double room(ivl a, ivl w)
{
    double r = 0;
    if (isfinite(w.hi) && isfinite(a.hi) && w.hi - a.hi > r)
        r = w.hi - a.hi;
    if (isfinite(w.lo) && isfinite(a.lo) && a.lo - w.lo > r)
        r = a.lo - w.lo;
    return r;
}

/* What one relation's check is made of, before it becomes a tally_check. */
typedef struct work {
    tally_verdict verdict;
    ivl c, cw, s, sw;
    ivl cc;                   /* when cc_set: c with "about" operands as the intervals
                                 they claim ("about 600 a month" x 3 is 1650-1950),
                                 judged as c is but never printed */
    int cc_set;
    int s_set;                /* s and sw set by the check (else: the stated figure's) */
    const tally_fact *st;     /* the figure reported as stated (else the relation's) */
    double stated;            /* its value when s_set (a list's sum) */
    double cap;               /* >0: the most the stated figure's wide interval may
                                 add for rounding (a total of finer parts) */
    double computed;
    tally_buf expr, msg;
} work;

/* The qualifier a share's words give ("about 40 per cent" is a ratio
 * whose bound is approx), read again through the number recogniser. */
static tally_qualifier word_bound(const tally_fact *f)
{
    if (f->qual != TALLY_Q_RATIO || !f->number_text)
        return f->qual;
    tally_number *nv = NULL;
    size_t n = 0;
    tally_qualifier q = TALLY_Q_EXACT;
    if (tally_numbers_find(f->number_text, 0, strlen(f->number_text), NULL, &nv, &n, NULL) ==
            TALLY_OK && n > 0)
        q = nv[0].bound == TALLY_Q_RATIO ? TALLY_Q_EXACT : nv[0].bound;
    free(nv);
    return q;
}

/* A stated share or rate as the text rounds it: strict, half its last
 * digit (or the approximation's allowance); wide, twice that. */
static void rounded(const tally_fact *f, ivl a, int percent, ivl *s, ivl *sw)
{
    tally_qualifier q = word_bound(f);
    double lo = tally_rounding_allowance(a.lo, q, percent);
    double hi = tally_rounding_allowance(a.hi, q, percent);
    if (!percent && q == TALLY_Q_EXACT) {   /* 2.3 tons a sortie: 2.25-2.35 */
        double p = 1, v = fabs(a.hi);
        while (p > 1e-6 && fabs(v / p - round(v / p)) > 1e-6 * (v / p))
            p /= 10;
        lo = hi = p < 1 ? p / 2 : 0;
    }
    *s = iv(a.lo - lo, a.hi + hi);
    *sw = iv(a.lo - 2 * lo, a.hi + 2 * hi);
}

/* "text says some 28 (flight regiments)" */
static int says(tally_buf *b, const tally_fact *f)
{
    if (buf_printf(b, "text says %s", f->number_text ? f->number_text : "") < 0)
        return -1;
    if (f->noun && f->noun[0])
        return buf_printf(b, " (%s)", f->noun);
    return 0;
}

/* The last digit's place of the finest part when every part of sum r is an exact
 * count stated more finely than the exact total (unit su): "38,000, 29,000,
 * 24,000 and 16,000, the 110,000 tons of the quota" gives its parts to the
 * thousand, so the total it closes with may be off by a thousand for
 * rounding, not by five.  0 when that does not hold. */
static double finer_parts(const tally_facts *F, const tally_relation *r, double su)
{
    const tally_fact *st = &F->v[r->stated];
    double fine = INFINITY;
    if (st->qual != TALLY_Q_EXACT || su <= 0 || r->nparts < 2)
        return 0;
    for (size_t k = 0; k < r->nparts; k++) {
        const tally_fact *p = &F->v[r->parts[k].fact];
        if (r->parts[k].rate || p->qual != TALLY_Q_EXACT || isnan(p->value) || p->value == 0)
            return 0;
        double place;
        rounding_unit(fabs(p->value), &place);
        fine = fmin(fine, place);
    }
    return fine < su ? fine : 0;
}

/* SUM: the parts added up.  An exact part stated to the total's precision
 * or finer ("1.9 million" in a total of "3.2 million") gets no rounding
 * allowance: a breakdown given at one precision should add up at it; and
 * when an exact total and one exact part are given to the unit ("6,420
 * sorties, 2,310 by day and 4,100 by night"), every exact part is a count,
 * round or not. */
static int converted_sum(const tally_relation *r, const tally_fact *p, const tally_facts *F);

static int check_sum(const tally_facts *F, const tally_relation *r, work *w)
{
    ivl c = iv(0, 0), cw = iv(0, 0);
    const tally_fact *st = &F->v[r->stated];
    double su = isnan(st->value) || st->value == 0 ? 0 : rounding_unit(fabs(st->value), NULL);
    int precise = 0;   /* one exact part at the total's precision: all are counts */
    for (size_t k = 0; k < r->nparts && st->qual == TALLY_Q_EXACT; k++) {
        const tally_fact *p = &F->v[r->parts[k].fact];
        precise |= !r->parts[k].rate && p->qual == TALLY_Q_EXACT && su > 0 && p->value != 0 &&
                   rounding_unit(fabs(p->value), NULL) <= su;
    }
    for (size_t k = 0; k < r->nparts; k++) {
        const tally_fact *p = &F->v[r->parts[k].fact];
        ivl a, x = iv(1, 1);
        if (!fact_iv(p, &a))
            return 1;
        size_t ri = r->parts[k].rate;
        if (ri && (ri > F->n || !fact_iv(&F->v[ri - 1], &x)))
            return 1;
        int fine = (p->qual == TALLY_Q_EXACT && su > 0 && p->value != 0 &&
                    (rounding_unit(fabs(p->value), NULL) <= su || (precise && !ri))) ||
                   (ri && converted_sum(r, p, F));
        ivl aw = fine ? a : widen(p, a);
        if (r->parts[k].negative) {   /* "less the 31 lost" */
            a = iv(-a.hi, -a.lo);
            aw = iv(-aw.hi, -aw.lo);
        }
        c = iv_add(c, iv_mul(a, x));
        cw = iv_add(cw, iv_mul(aw, ri ? widen(&F->v[ri - 1], x) : x));
        if (r->parts[k].negative) {
            if (buf_puts(&w->expr, k ? " - " : "-") < 0 || put_iv(&w->expr, iv(-a.hi, -a.lo)) < 0)
                return -1;
        } else if ((k && buf_puts(&w->expr, " + ") < 0) || put_iv(&w->expr, a) < 0) {
            return -1;
        }
        if (ri && (buf_puts(&w->expr, " x ") < 0 || put_iv(&w->expr, x) < 0))
            return -1;
    }
    w->c = c;
    w->cw = cw;
    w->computed = (c.lo + c.hi) / 2;
    w->cap = finer_parts(F, r, su);
    return buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, c) < 0 ? -1 : 0;
}

/* The significant digits of v as written (12,000 -> 2; 4.5 -> 2; 1150 -> 3). */
static int sig_digits(double v)
{
    double place, a = fabs(v);
    if (a == 0 || !isfinite(a))
        return 0;
    rounding_unit(a, &place);
    return (int)floor(log10(a / place) + 1e-9) + 1;
}

/* 1 when operand p of a product or difference is exact and stated to at
 * least the precision of the stated result st ("$8 million" against
 * "$400,000", "1,500" against "300"): it gets no rounding allowance, as an
 * exact part of a sum does (see check_sum). */
static int fine_operand(const tally_fact *p, const tally_fact *st)
{
    return p->qual == TALLY_Q_EXACT && st && sig_digits(p->value) >= sig_digits(st->value);
}

/* 1 when p is the sum a rate of exchange converts and the converted sum
 * is stated to as many significant digits as p or more ("$5 million ...
 * booked as 12.5 million guilders"; "$250,000 ... 820,000 thalers"): the
 * two name one amount, so the writer worked the second out from the
 * first as printed, and p gets no rounding allowance. */
static int converted_sum(const tally_relation *r, const tally_fact *p, const tally_facts *F)
{
    const tally_fact *st = &F->v[r->stated];
    return r->cue && strcmp(r->cue, "rate of exchange") == 0 && !r->average &&
           p->qual == TALLY_Q_EXACT && st->qual == TALLY_Q_EXACT && p->value >= 100 &&
           sig_digits(st->value) >= sig_digits(p->value);
}

/* Operand p of a change or difference as an interval widened for rounding,
 * but never by more than the last unit of an exact stated result st: "rose
 * from 4,600 to 6,000, an increase of 1,600" states its change to the
 * hundred, so the 6,000 it was taken from is exact to the hundred too (a
 * rounded end would have given a rounded change).  The unit is the last
 * digit's place (100 for 1,500), not its rounding unit. */
static ivl operand_iv(const tally_fact *p, ivl a, const tally_fact *st)
{
    if (fine_operand(p, st))
        return a;
    ivl w = widen(p, a);
    if (st->qual != TALLY_Q_EXACT || p->qual != TALLY_Q_EXACT || isnan(st->value) ||
        st->value == 0)
        return w;
    double cap;
    rounding_unit(fabs(st->value), &cap);
    return iv(fmax(w.lo, a.lo - cap), fmin(w.hi, a.hi + cap));
}

/* The norm for formation lemma f: strict [low,high], tolerance, nominal. */
static int norm_of(const tally_lexicon *lex, const char *f, ivl *strict, ivl *wide, double *nom)
{
    const char *l = tally_lexicon_get(lex, "norms", f, "low");
    const char *h = tally_lexicon_get(lex, "norms", f, "high");
    const char *t = tally_lexicon_get(lex, "norms", f, "tolerance");
    const char *n = tally_lexicon_get(lex, "norms", f, "nominal");
    int ok1 = 0, ok2 = 0, ok3 = 0, ok4 = 0;
    double lo = l ? tally_cell_num(l, &ok1) : 0, hi = h ? tally_cell_num(h, &ok2) : 0;
    double tol = t ? tally_cell_num(t, &ok3) : 0, nm = n ? tally_cell_num(n, &ok4) : 0;
    if (!ok1 || !ok2 || lo > hi)
        return 0;
    if (!ok3)
        tol = 0;
    *strict = iv(lo, hi);
    *wide = iv(lo * (1 - tol), hi * (1 + tol));
    *nom = ok4 ? nm : (lo + hi) / 2;
    return 1;
}

/* Append noun n (a lemma), in the plural when plural: "battery" ->
 * "batteries", "gun" -> "guns"; -1 when out of memory. */
static int put_noun(tally_buf *b, const char *n, int plural)
{
    size_t len = strlen(n);
    if (!plural || !len || n[len - 1] == 's')
        return buf_puts(b, n);
    if (len > 1 && n[len - 1] == 'y' && !strchr("aeiou", n[len - 2]))
        return buf_printf(b, "%.*sies", (int)(len - 1), n);
    return buf_printf(b, "%ss", n);
}

/* 1 when the norms table has a norm for formation form that counts what
 * the stated figure st counts (its norms are in aircraft). */
static int air_norm(const tally_lexicon *lex, const tally_fact *st, const char *form)
{
    const char *u = lex && form[0] ? tally_lexicon_get(lex, "norms", form, "unit") : NULL;
    if (!u)
        return 0;
    return (st->category && strcmp(st->category, u) == 0) || (st->unit && strcmp(st->unit, u) == 0);
}

/* 1 when stated figure st is an even whole number of things a formation
 * for the point count cnt, and that per-formation figure times cnt lies in
 * the norm's wide interval cw ("six squadrons (60 aircraft)": 10 each). */
static int even_within(const tally_fact *st, ivl cnt, ivl cw)
{
    if (!iv_point(cnt) || !(cnt.lo >= 2) || st->qual != TALLY_Q_EXACT ||
        (!isnan(st->low) && !isnan(st->high) && st->low != st->high))
        return 0;
    double per = st->value / cnt.lo;
    return per >= 1 && per == floor(per) && st->value >= cw.lo && st->value <= cw.hi;
}

/* A NORM of one formation checked with the document's own norm: the size
 * it states for one formation (r->norm_size), the figure its other
 * statements imply (r->norm_doc), or, when neither and the norms table
 * has none for what the figure counts, the even split the statement itself
 * makes ("three battalions (36 guns)": 12 a battalion, consistent; 35 guns
 * make no whole number a battalion: unverifiable). */
static int doc_norm(const tally_facts *F, const tally_relation *r, const tally_fact *st,
                    const char *form, ivl cnt, ivl cntw, int air, work *w, tally_buf *why)
{
    ivl size;
    const char *whose = "the document's size";
    if (r->norm_size) {
        if (!fact_iv(&F->v[r->norm_size - 1], &size))
            return 1;
    } else if (r->norm_doc > 0) {
        size = iv(r->norm_doc, r->norm_doc);
        whose = "as elsewhere in the document";
    } else {
        double per = iv_point(cnt) && cnt.lo >= 2 ? st->value / cnt.lo : 0;
        if (!(per >= 1) || per != floor(per) || st->qual != TALLY_Q_EXACT)
            return buf_printf(why, "no norm for '%s' in %s, and %s a %s is no whole number",
                              form[0] ? form : "?", st->unit ? st->unit : "that unit",
                              "the split", form[0] ? form : "formation") < 0 ? -1 : 1;
        size = iv(per, per);
        whose = "an even split";
    }
    ivl c = iv_mul(cnt, size), s;
    if (!fact_iv(st, &s))
        return 1;
    int agree = iv_meet(c, claimed(st, s));
    double per = iv_point(cnt) && cnt.lo >= 1 ? st->value / cnt.lo : 0;
    if (!agree && air)
        return 2;   /* "three bomber squadrons (36)" against fighter squadrons of
                       16: formations of one noun differ in kind; the table decides */
    w->c = c;
    w->cw = iv_mul(cntw, size);
    if (!agree && per >= 1 && per == floor(per)) {
        /* an even split of its own ("two battalions (26 guns)" against 12
         * a battalion): another kind of the formation, or a slip */
        w->cw.lo = fmin(w->cw.lo, st->value);
        w->cw.hi = fmax(w->cw.hi, st->value);
    }
    w->computed = (cnt.lo + cnt.hi) / 2 * (size.lo + size.hi) / 2;
    return put_iv(&w->expr, cnt) < 0 || buf_puts(&w->expr, " ") < 0 ||
                   put_noun(&w->expr, form, !(iv_point(cnt) && cnt.lo == 1)) < 0 ||
                   buf_puts(&w->expr, " x ") < 0 || put_iv(&w->expr, size) < 0 ||
                   buf_printf(&w->expr, " (%s) = ", whose) < 0 || put_iv(&w->expr, w->c) < 0 ||
                   buf_puts(&w->expr, " ") < 0 ||
                   put_noun(&w->expr, st->unit ? st->unit : "", !(iv_point(w->c) && w->c.lo == 1)) < 0
               ? -1
               : 0;
}

static int check_norm(const tally_facts *F, const tally_relation *r, const tally_lexicon *lex,
                      work *w, tally_buf *why)
{
    ivl c = iv(0, 0), cw = iv(0, 0);
    double comp = 0;
    /* parts of the same formation are added up first: "12 regiments x 24-40" */
    ivl cnt[TALLY_REL_MAXPARTS], cntw[TALLY_REL_MAXPARTS];
    const char *form[TALLY_REL_MAXPARTS];
    size_t ng = 0;
    for (size_t k = 0; k < r->nparts; k++) {
        const tally_fact *p = &F->v[r->parts[k].fact];
        ivl a;
        if (!fact_iv(p, &a))
            return 1;
        size_t g = 0;
        while (g < ng && strcmp(form[g], r->parts[k].formation) != 0)
            g++;
        if (g == ng) {
            form[ng] = r->parts[k].formation;
            cnt[ng] = iv(0, 0);
            cntw[ng++] = iv(0, 0);
        }
        cnt[g] = iv_add(cnt[g], a);
        cntw[g] = iv_add(cntw[g], widen(p, a));
    }
    const tally_fact *st = &F->v[r->stated];
    int air = ng == 1 && air_norm(lex, st, form[0]);
    if (ng == 1 && (r->norm_size || r->norm_doc > 0 || !air)) {
        int rc = doc_norm(F, r, st, form[0], cnt[0], cntw[0], air, w, why);
        if (rc != 2)
            return rc;   /* 2: the document's size disagrees; the table decides */
    }
    for (size_t g = 0; g < ng; g++) {
        ivl ns, nw;
        double nom;
        if (!lex || !form[g][0] || !norm_of(lex, form[g], &ns, &nw, &nom))
            return buf_printf(why, "no norm for '%s' in the norms table",
                              form[g][0] ? form[g] : "?") < 0 ? -1 : 1;
        c = iv_add(c, iv_mul(cnt[g], ns));
        cw = iv_add(cw, iv_mul(cntw[g], nw));
        comp += (cnt[g].lo + cnt[g].hi) / 2 * nom;
        if ((g && buf_puts(&w->expr, " + ") < 0) || put_iv(&w->expr, cnt[g]) < 0 ||
            buf_printf(&w->expr, " %s%s x ", form[g],
                       iv_point(cnt[g]) && cnt[g].lo == 1 ? "" : "s") < 0 ||
            put_iv(&w->expr, ns) < 0)
            return -1;
    }
    w->c = c;
    w->cw = cw;
    w->computed = comp;
    int even = ng == 1 && even_within(st, cnt[0], cw) && !(st->value >= c.lo && st->value <= c.hi);
    if (even) {
        /* "six squadrons (60 aircraft)": an even 10 a squadron, within the
         * norm's tolerance, is the document's own establishment */
        w->c = w->cw = iv(st->value, st->value);
        w->computed = st->value;
    }
    char per[64];
    fmt_v(even ? st->value / cnt[0].lo : 0, per);
    return buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, c) < 0 ||
                   buf_puts(&w->expr, " aircraft") < 0 ||
                   (even && buf_printf(&w->expr, " (an even %s a %s, within the norm's tolerance)",
                                       per, form[0]) < 0)
               ? -1
               : 0;
}

/* PRODUCT: rate x counts ("14 x 90 x 4 = 5040"), factor x base ("2 x
 * 12000 = 24000"), or an average: the stated total over the counts
 * against the rate ("11400 / 4960 = 2.2984"). */
/* 1 when relation r applies a rate of interest or charge "at N per cent":
 * a rate a contract fixes, exact as written ("$15 million at 6 per cent"
 * is $900,000, and $950,000 is a slip, not a rounding). */
static int contract_rate(const tally_relation *r)
{
    return r->cue && (strcmp(r->cue, "at a rate") == 0 || strcmp(r->cue, "interest") == 0);
}

/* 1 when r's factor converts a weight to a larger unit (grams or kilograms
 * to tons: 1/1000 or less), printed as a division at the end. */
static int weight_conv(const tally_relation *r)
{
    return r->factor > 0 && r->factor <= 1e-3 && !r->average && r->bound == 0;
}

/* 1 when r converts between a day and a month of no named date (factor 30
 * in the strict check, 28 to 31 days in the wide one). */
static int month_days(const tally_relation *r)
{
    return r->cue && strcmp(r->cue, TALLY_REL_CUE_MONTH_DAYS) == 0;
}

/* 1 when r converts between a week and a month (factor 52 / 12 in the
 * strict check, four to 31 / 7 weeks in the wide one). */
static int month_weeks(const tally_relation *r)
{
    return r->cue && strcmp(r->cue, TALLY_REL_CUE_MONTH_WEEKS) == 0;
}

static int check_product(const tally_facts *F, const tally_relation *r, work *w)
{
    ivl c = iv(1, 1), cw = iv(1, 1), cc;
    size_t from = r->average ? 1 : 0;
    if (r->factor > 0 && !weight_conv(r)) {   /* "more than doubled": at least twice;
                                                 "nearly": 1.6-2 */
        c = cw = r->bound > 0   ? iv(r->factor, INFINITY)
                 : r->bound < 0 ? iv(r->factor * 0.8, r->factor)
                                : iv(r->factor, r->factor);
        if (month_days(r))
            cw = iv(28, 31);   /* any month's days, in the wide check */
        if (month_weeks(r))
            cw = iv(4, 31.0 / 7);   /* a month of four weeks to one of 31 days */
        char k[64];
        fmt_v(r->factor, k);
        if (!r->average &&
            buf_printf(&w->expr, "%s%s x ",
                       r->bound > 0 ? "more than " : r->bound < 0 ? "nearly " : "", k) < 0)
            return -1;
    }
    cc = c;   /* c with each "about" operand as the interval it claims */
    if (r->average) {   /* the total first, over a count in words ("/ 4 months") */
        const tally_fact *t = &F->v[r->stated];
        ivl x;
        char k[64];
        if (!fact_iv(t, &x))
            return 1;
        if (put_iv(&w->expr, x) < 0)
            return -1;
        fmt_v(r->factor, k);
        if (r->factor >= 1 && buf_printf(&w->expr, " / %s", k) < 0)
            return -1;   /* a base below one is printed as its multiple at the end */
    }
    for (size_t k = from; k < r->nparts; k++) {
        const tally_fact *p = &F->v[r->parts[k].fact];
        ivl x, xw;
        if (!fact_iv(p, &x))
            return 1;
        xw = r->average || !(fine_operand(p, &F->v[r->stated]) || converted_sum(r, p, F))
                 ? widen(p, x)
                 : x;
        if (is_percent(p)) {   /* "$20 million at 5 per cent": a share of one,
                                  exact as stated, rounded in the wide check
                                  unless it is a contract's rate of interest */
            ivl s2, w2;
            rounded(p, x, 1, &s2, &w2);
            if (contract_rate(r))
                s2 = x;
            c = iv_mul(c, iv(x.lo / 100, x.hi / 100));
            cc = iv_mul(cc, iv(x.lo / 100, x.hi / 100));
            cw = iv_mul(cw, iv(s2.lo / 100, s2.hi / 100));
        } else {
            c = iv_mul(c, x);
            cc = iv_mul(cc, claimed(p, x));
            cw = iv_mul(cw, xw);
        }
        if ((k > from || r->average) && buf_puts(&w->expr, r->average ? " / " : " x ") < 0)
            return -1;
        if (put_iv(&w->expr, x) < 0 || (is_percent(p) && buf_puts(&w->expr, "%") < 0))
            return -1;
    }
    if (r->average && r->factor > 0 && r->factor < 1) {   /* "12 / 16000 x 10000": a
                                                              rate per a round base */
        char k[64];
        fmt_v(1 / r->factor, k);
        if (buf_printf(&w->expr, " x %s", k) < 0)
            return -1;
    }
    if (weight_conv(r)) {   /* "500 x 47600 / 1000000": grams to tons, divided by a
                               whole power of ten, exact */
        double k = round(1 / r->factor);
        c = iv_div(c, iv(k, k));
        cc = iv_div(cc, iv(k, k));
        cw = iv_div(cw, iv(k, k));
        if (buf_printf(&w->expr, " / %.0f", k) < 0)
            return -1;
    }
    if (r->average) {
        const tally_fact *t = &F->v[r->stated], *z = &F->v[r->parts[0].fact];
        ivl x, zs;
        if (!fact_iv(t, &x) || !fact_iv(z, &zs) || c.lo <= 0 || cw.lo <= 0 || cc.lo <= 0)
            return 1;
        w->c = iv_div(x, c);
        w->cc = iv_div(claimed(t, x), cc);
        w->cw = iv_div(widen(t, x), cw);
        w->st = z;
        w->s_set = 1;
        w->stated = z->value;
        rounded(z, zs, 0, &w->s, &w->sw);
        if (r->cue && strcmp(r->cue, TALLY_REL_CUE_FOR_EVERY) == 0) {
            /* "two for every three men": a ratio in small whole numbers, read
             * as a share in words is ("one in three"): 5%, wide 10% */
            w->s = iv(z->value * 0.95, z->value * 1.05);
            w->sw = iv(z->value * 0.9, z->value * 1.1);
        } else if (z->qual == TALLY_Q_EXACT && z->value == floor(z->value) && w->s.lo == w->s.hi) {
            /* "an average of 3 tons a sortie": a quotient rounded to the unit */
            w->s = iv(z->value - 0.5, z->value + 0.5);
            w->sw = iv(z->value - 1, z->value + 1);
        }
    } else {
        w->c = c;
        w->cc = cc;
        w->cw = cw;
    }
    w->cc_set = 1;
    w->computed = r->bound > 0 ? w->c.lo : r->bound < 0 ? w->c.hi : (w->c.lo + w->c.hi) / 2;
    return buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, w->c) < 0 ? -1 : 0;
}

/* FRACTION: share x whole against the part ("87 per cent x 180000000 =
 * 156600000"); the part and the whole may be lists (added up).  The share
 * is taken as the text rounds it (half its last digit, or its
 * approximation's allowance). */
static int check_fraction(tally_doc *doc, const tally_facts *F, const tally_relation *r,
                          work *w, tally_buf *why)
{
    const tally_fact *q = &F->v[r->parts[0].fact], *p = &F->v[r->stated];
    ivl qs, qw, ps, pw;
    if (!share_iv(q, &qs, &qw) || !fact_iv(p, &ps) || qs.hi <= 0)
        return 1;
    pw = widen(p, ps);
    ivl pc = claimed(p, ps);   /* what the stated part claims */
    ivl q0 = qs;   /* the share as stated, for the implied whole */
    /* the share as rounded: percent or a fraction in words (5% / 10%) */
    if (is_percent(q) || q->value > 1) {
        ivl a = iv(qs.lo * 100, qs.hi * 100), s2, w2;
        rounded(q, a, 1, &s2, &w2);
        qs = iv(s2.lo / 100, s2.hi / 100);
        qw = iv(w2.lo / 100, w2.hi / 100);
    } else {
        qw = iv(qs.lo * 0.9, qs.hi * 1.1);
        qs = iv(qs.lo * 0.95, qs.hi * 1.05);
    }
    double part = p->value;
    int list = 0;
    tally_buf parts = {0};   /* "85 + 36 = 121" for a list */
    int bad = put_iv(&parts, ps) < 0;
    for (size_t k = 2; k < r->nparts; k++) {
        if (r->parts[k].role != TALLY_OP_STATED)
            continue;
        const tally_fact *x = &F->v[r->parts[k].fact];
        ivl a;
        if (!fact_iv(x, &a)) {
            buf_free(&parts);
            return 1;
        }
        ps = iv_add(ps, a);
        pc = iv_add(pc, claimed(x, a));
        pw = iv_add(pw, widen(x, a));
        part += x->value;
        list = 1;
        bad |= buf_puts(&parts, " + ") < 0 || put_iv(&parts, a) < 0;
    }
    bad |= list && (buf_puts(&parts, " = ") < 0 || put_iv(&parts, ps) < 0);
    if (bad) {
        buf_free(&parts);
        return -1;
    }
    if (list) {
        w->s = pc;
        w->sw = pw;
        w->s_set = 1;
        w->stated = part;
    }
    size_t W = r->nparts > 1 ? r->parts[1].fact : TALLY_NO_FACT;
    if (W == TALLY_NO_FACT) {
        if (q0.lo <= 0) {   /* a bound ("less than half"): no whole implied */
            buf_free(&parts);
            return 1;
        }
        ivl whole = iv_div(ps, q0);
        w->c = whole;
        w->computed = (whole.lo + whole.hi) / 2;
        if (put_iv(&w->expr, ps) < 0 || buf_printf(&w->expr, " / %s = ", q->number_text) < 0 ||
            put_iv(&w->expr, whole) < 0)
            return -1;
        buf_free(&parts);
        if (buf_puts(why, "the whole") < 0 ||
            (r->whole[0] && buf_printf(why, " (%s)", r->whole) < 0) ||
            buf_puts(why, " is not stated, so the share cannot be checked") < 0)
            return -1;
        return 1;
    }
    ivl ws = iv(0, 0), wsw = iv(0, 0);
    if (!(F->v[W].value > 0)) {
        buf_free(&parts);
        return 1;
    }
    for (size_t k = 1; k < r->nparts; k++) {
        if (k > 1 && r->parts[k].role != TALLY_OP_WHOLE)
            continue;
        const tally_fact *x = &F->v[r->parts[k].fact];
        ivl a;
        if (!fact_iv(x, &a)) {
            buf_free(&parts);
            return 1;
        }
        ws = iv_add(ws, a);
        wsw = iv_add(wsw, widen(x, a));
    }
    if (r->factor > 0) {   /* a whole per period, over the part's span */
        ws = iv(ws.lo * r->factor, ws.hi * r->factor);
        wsw = iv(wsw.lo * r->factor, wsw.hi * r->factor);
    }
    w->c = iv_mul(qs, ws);
    w->cw = iv_mul(qw, wsw);
    w->computed = q->value > 1 || is_percent(q) ? q->value / 100 * (ws.lo + ws.hi) / 2
                                                : q->value * (ws.lo + ws.hi) / 2;
    int rest = 0;   /* the share is of the rest of the whole (r->complement) */
    if (r->complement) {
        ivl c2 = iv_mul(iv(1 - qs.hi, 1 - qs.lo), ws);
        double m = (ps.lo + ps.hi) / 2, m1 = (w->c.lo + w->c.hi) / 2, m2 = (c2.lo + c2.hi) / 2;
        if (fabs(m - m2) < fabs(m - m1)) {
            rest = 1;
            w->c = c2;
            w->cw = iv_mul(iv(1 - qw.hi, 1 - qw.lo), wsw);
            w->computed = (ws.lo + ws.hi) / 2 - w->computed;
        }
    }
    char sh[64];   /* the share the figures give, to a tenth of a per cent */
    fmt_num(round(1000 * (rest ? (ws.lo + ws.hi) / 2 - part : part) / ((ws.lo + ws.hi) / 2)) / 10,
            sh);
    char kf[64];
    fmt_num(round(r->factor * 1000) / 1000, kf);
    if ((rest && buf_puts(&w->expr, "the whole less ") < 0) ||
        buf_printf(&w->expr, "%s of ", q->number_text) < 0 ||
        (r->factor > 0 && (put_iv(&w->expr, iv(ws.lo / r->factor, ws.hi / r->factor)) < 0 ||
                           buf_printf(&w->expr, " x %s periods = ", kf) < 0)) ||
        put_iv(&w->expr, ws) < 0 ||
        buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, w->c) < 0 ||
        buf_printf(&w->expr, rest ? " (the rest is %s%% of the whole" : " (the part is %s%% of the whole", sh) < 0) {
        buf_free(&parts);
        return -1;
    }
    int rc = 0;
    if (r->looked_back && doc &&
        buf_printf(&w->expr, " stated on line %zu", tally_doc_line(doc, F->v[W].start)) < 0)
        rc = -1;
    if (!rc && buf_puts(&w->expr, ")") < 0)
        rc = -1;
    if (!rc && list && buf_printf(&w->expr, ", the parts %s", parts.data) < 0)
        rc = -1;
    buf_free(&parts);
    return rc;
}

/* An absolute CHANGE: B - A (its magnitude, in the direction the text
 * says) against the stated change C ("from 1200 to 1850 is +650"); exact
 * ends as precise as C get no allowance, as in a difference. */
static int check_change_abs(const tally_facts *F, const tally_relation *r, work *w)
{
    if (r->nparts < 2)
        return 1;
    const tally_fact *a = &F->v[r->parts[0].fact], *b = &F->v[r->parts[1].fact];
    const tally_fact *st = &F->v[r->stated];
    tally_fact ends[2];
    if (a == b) {   /* one figure "from 2,150 to 2,500": its two ends, as stated */
        if (isnan(a->low) || isnan(a->high))
            return 1;
        ends[0] = ends[1] = *a;
        ends[0].qual = ends[1].qual = TALLY_Q_EXACT;
        ends[0].value = a->low;
        ends[1].value = a->high;
        ends[0].low = ends[0].high = ends[1].low = ends[1].high = NAN;
        a = &ends[0];
        b = &ends[1];
    }
    ivl x, y;
    if (!fact_iv(a, &x) || !fact_iv(b, &y))
        return 1;
    ivl xw = operand_iv(a, x, st), yw = operand_iv(b, y, st);
    ivl c = iv(y.lo - x.hi, y.hi - x.lo), cw = iv(yw.lo - xw.hi, yw.hi - xw.lo);
    int dir = r->direction ? r->direction : (c.hi < 0 ? -1 : 1);
    if (dir < 0) {   /* a fall is stated as a positive amount */
        c = iv(-c.hi, -c.lo);
        cw = iv(-cw.hi, -cw.lo);
    }
    w->c = c;
    w->cw = cw;
    w->computed = (c.lo + c.hi) / 2;
    return buf_puts(&w->expr, "from ") < 0 || put_iv(&w->expr, x) < 0 ||
                   buf_puts(&w->expr, " to ") < 0 || put_iv(&w->expr, y) < 0 ||
                   buf_printf(&w->expr, " is %s", dir < 0 ? "-" : "+") < 0 ||
                   put_iv(&w->expr, c) < 0
               ? -1
               : 0;
}

/* CHANGE: the percentage change from parts[0] to parts[1] against the
 * stated percentage, taken as the text rounds it (a fraction in words, "a
 * fall of a sixth", as that share of one hundred). */
static int check_change(tally_doc *doc, const tally_facts *F, const tally_relation *r, work *w)
{
    if (r->absolute)
        return check_change_abs(F, r, w);
    const tally_fact *a = &F->v[r->parts[0].fact], *b = &F->v[r->parts[1].fact];
    ivl x, y;
    if (!fact_iv(a, &x) || !fact_iv(b, &y) || x.lo <= 0)
        return 1;
    ivl xw = widen(a, x), yw = widen(b, y);
    if (xw.lo <= 0)
        xw.lo = x.lo;
    if (r->inverse) {   /* "from 12 to 15 to the dollar": the florin's value is 1/12, 1/15 */
        if (y.lo <= 0 || yw.lo <= 0)
            return 1;
        x = iv(1 / x.hi, 1 / x.lo);
        y = iv(1 / y.hi, 1 / y.lo);
        xw = iv(1 / xw.hi, 1 / xw.lo);
        yw = iv(1 / yw.hi, 1 / yw.lo);
        if (buf_puts(&w->expr, "in value ") < 0)
            return -1;
    }
    /* 100 (y - x) / x = 100 (y / x - 1) */
    ivl c = iv_div(y, x), cw = iv_div(yw, xw);
    c = iv(100 * (c.lo - 1), 100 * (c.hi - 1));
    cw = iv(100 * (cw.lo - 1), 100 * (cw.hi - 1));
    int dir = r->direction ? r->direction : (c.hi < 0 ? -1 : 1);
    if (dir < 0) {   /* compare magnitudes of a decrease */
        c = iv(-c.hi, -c.lo);
        cw = iv(-cw.hi, -cw.lo);
    }
    w->c = c;
    w->cw = cw;
    w->computed = (c.lo + c.hi) / 2;
    const tally_fact *st = &F->v[r->stated];
    ivl sa;
    if (!fact_iv(st, &sa))
        return 1;
    rounded(st, sa, 1, &w->s, &w->sw);
    tally_qualifier wb = word_bound(st);
    if (wb == TALLY_Q_AT_LEAST)   /* "an increase of 25 guilders, or more than 40 per cent" */
        w->s.hi = w->sw.hi = INFINITY;
    else if (wb == TALLY_Q_AT_MOST)
        w->s.lo = w->sw.lo = 0;
    w->stated = st->value;
    if (!is_percent(st) && st->value <= 1) {   /* "an increase of three quarters" */
        ivl fs, fw;
        if (!share_iv(st, &fs, &fw))
            return 1;
        /* a fraction in words within 5%, as a share of a whole is taken
           (check_fraction): "a rise of about a third" for 34.8% */
        w->s = iv(95 * fs.lo, 105 * fs.hi);
        w->sw = iv(100 * fw.lo, 100 * fw.hi);
        w->stated = 100 * st->value;
    }
    w->s_set = 1;
    ivl shown = dir < 0 ? iv(-c.hi, -c.lo) : c;   /* the change as it went, signed */
    int up = shown.lo >= 0;
    if (!up)
        shown = iv(-shown.hi, -shown.lo);
    if (buf_puts(&w->expr, "from ") < 0 || put_iv(&w->expr, x) < 0 ||
        buf_puts(&w->expr, " to ") < 0 || put_iv(&w->expr, y) < 0 ||
        buf_printf(&w->expr, " is %s", up ? "+" : "-") < 0 || put_iv(&w->expr, shown) < 0 ||
        buf_puts(&w->expr, "%") < 0)
        return -1;
    if (r->looked_back && doc &&
        buf_printf(&w->expr, " (from line %zu)", tally_doc_line(doc, a->start)) < 0)
        return -1;
    return 0;
}

/* DIFFERENCE: |parts[1] - parts[0]| against the stated gap ("900 - 640 =
 * 260"). */
/* 1 when operand f is a bound ("no more than 8,600 tons") and the stated
 * difference st is a plain figure: the writer took the bound as the level. */
static int bound_as_level(const tally_fact *f, const tally_fact *st)
{
    return (f->qual == TALLY_Q_AT_MOST || f->qual == TALLY_Q_AT_LEAST) && isfinite(f->value) &&
           f->value > 0 && (st->qual == TALLY_Q_EXACT || st->qual == TALLY_Q_APPROX);
}

static int check_difference(const tally_facts *F, const tally_relation *r, work *w)
{
    if (r->nparts < 2)
        return 1;
    const tally_fact *a = &F->v[r->parts[0].fact], *b = &F->v[r->parts[1].fact];
    ivl x, y;
    if (!fact_iv(a, &x) || !fact_iv(b, &y))
        return 1;
    const tally_fact *st = &F->v[r->stated];
    ivl xw = operand_iv(a, x, st), yw = operand_iv(b, y, st);
    if (bound_as_level(a, st))
        x = xw = iv(a->value, a->value);   /* "delivered no more than 8,600 tons, and the
                                              shortfall of 1,850": the writer's level */
    if (bound_as_level(b, st))
        y = yw = iv(b->value, b->value);
    int down = (x.lo + x.hi) >= (y.lo + y.hi);   /* the larger first */
    ivl hi = down ? x : y, lo = down ? y : x, hiw = down ? xw : yw, low = down ? yw : xw;
    w->c = iv(hi.lo - lo.hi, hi.hi - lo.lo);
    w->cw = iv(hiw.lo - low.hi, hiw.hi - low.lo);
    w->computed = (w->c.lo + w->c.hi) / 2;
    return put_iv(&w->expr, hi) < 0 || buf_puts(&w->expr, " - ") < 0 || put_iv(&w->expr, lo) < 0 ||
                   buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, w->c) < 0
               ? -1
               : 0;
}

/* Ids "stated;part;part" (first: the figure reported as stated) and the
 * covering span of relation r. */
static int rel_facts(const tally_facts *F, const tally_relation *r, const tally_fact *first,
                     tally_buf *ids, size_t *start, size_t *end)
{
    *start = first->start;
    *end = first->end;
    if (buf_printf(ids, "%ld", first->id) < 0)
        return -1;
    if (first != &F->v[r->stated] && buf_printf(ids, ";%ld", F->v[r->stated].id) < 0)
        return -1;
    if (F->v[r->stated].start < *start)
        *start = F->v[r->stated].start;
    if (F->v[r->stated].end > *end)
        *end = F->v[r->stated].end;
    for (size_t k = 0; k < r->nparts; k++) {
        size_t j = r->parts[k].fact;
        if (j == TALLY_NO_FACT || &F->v[j] == first)
            continue;
        if (buf_printf(ids, ";%ld", F->v[j].id) < 0)
            return -1;
        if (F->v[j].start < *start)
            *start = F->v[j].start;
        if (F->v[j].end > *end)
            *end = F->v[j].end;
    }
    return 0;
}

/* SUBSET with more parts ("$52 million, of which $34 million ... and $15
 * million ..."): the stated part and its STATED operands add up to what
 * is checked against the whole; w->s set to their sum and w->expr to
 * "34000000 + 15000000 = 49000000, ".  0, 1 when a part has no value, -1
 * when out of memory; nothing done for a single part. */
static int subset_parts(const tally_facts *F, const tally_relation *r, work *w)
{
    const tally_fact *p = &F->v[r->stated];
    ivl s, sw;
    if (r->nparts < 2 || !fact_iv(p, &s))
        return r->nparts < 2 ? 0 : 1;
    sw = widen(p, s);
    ivl raw = s;   /* the parts as stated, for the expression */
    int bad = put_iv(&w->expr, s) < 0;
    s = claimed(p, s);
    double sum = p->value;
    for (size_t k = 1; k < r->nparts; k++) {
        const tally_fact *x = &F->v[r->parts[k].fact];
        ivl a;
        if (r->parts[k].role != TALLY_OP_STATED)
            continue;
        if (!fact_iv(x, &a))
            return 1;
        raw = iv_add(raw, a);
        s = iv_add(s, claimed(x, a));
        sw = iv_add(sw, widen(x, a));
        sum += x->value;
        bad |= buf_puts(&w->expr, " + ") < 0 || put_iv(&w->expr, a) < 0;
    }
    bad |= buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, raw) < 0 ||
           buf_puts(&w->expr, ", ") < 0;
    w->s = s;
    w->sw = sw;
    w->s_set = 1;
    w->stated = sum;
    return bad ? -1 : 0;
}

/* 1 when whole w is exact, or a round approximate figure whose rounding is
 * at most 2% of it ("some 61,000": to the thousand, so "some" is its
 * rounding): a share of it is as sharp as a share of an exact whole.  A
 * small count with "some" ("some 38 sheds") may be off by more than its
 * last digit and is not. */
static int precise_whole(const tally_fact *w)
{
    if (w->qual == TALLY_Q_EXACT)
        return 1;
    return w->qual == TALLY_Q_APPROX && w->value > 0 && rounding_unit(w->value, NULL) >= 100 &&
           tally_rounding_allowance(w->value, w->qual, 0) <= 0.02 * w->value;
}

/* 1 when r is a FRACTION whose part is an exact count and whole a precise one, said
 * of the same span ("23 of the 38 bridges, some 70 per cent"): the part's
 * share of the whole is then exact, and the share's own rounding allowance
 * (the strict interval) is all the room it has, and a miss beyond it of
 * more than share_room() is no approximation. */
static int exact_share_of(const tally_facts *F, const tally_relation *r)
{
    if (r->kind != TALLY_REL_FRACTION || r->factor > 0 || r->nparts < 2 ||
        F->v[r->stated].qual != TALLY_Q_EXACT)
        return 0;
    for (size_t k = 1; k < r->nparts; k++)
        if (r->parts[k].fact == TALLY_NO_FACT || !precise_whole(&F->v[r->parts[k].fact]))
            return 0;
    return 1;
}

/* 1 when r is the percentage of a change whose amount is stated right
 * before it, exactly the difference of its two exact levels ("from 6,000
 * to 11,500, an increase of 5,500, or 82 per cent": relate's cue "a change
 * of, or"): the amount shows the levels are exact as written, so the
 * percentage has only its own rounding. */
static int exact_change_of(const tally_facts *F, const tally_relation *r)
{
    if (r->kind != TALLY_REL_CHANGE || r->absolute || r->inverse || !r->cue ||
        strcmp(r->cue, "a change of, or") != 0 || r->stated == 0 || r->nparts != 2)
        return 0;
    const tally_fact *C = &F->v[r->stated - 1], *A = &F->v[r->parts[0].fact],
                     *B = &F->v[r->parts[1].fact];
    return C->qual == TALLY_Q_EXACT && A->qual == TALLY_Q_EXACT && B->qual == TALLY_Q_EXACT &&
           C->value > 0 && fabs(fabs(B->value - A->value) - C->value) <= 1e-9 * C->value;
}

/* 1 when r is the percentage of a change between two exact levels stated
 * as a one-sided bound ("from 2,000 to 1,200 a month, a fall of more than a
 * third"): the bound already allows for its hedge and the levels are
 * exact, so a miss beyond share_room() is no approximation. */
static int bounded_change_of(const tally_facts *F, const tally_relation *r)
{
    if (r->kind != TALLY_REL_CHANGE || r->absolute || r->inverse || r->nparts != 2 ||
        r->parts[0].fact == TALLY_NO_FACT || r->parts[1].fact == TALLY_NO_FACT)
        return 0;
    const tally_fact *Q = &F->v[r->stated], *A = &F->v[r->parts[0].fact],
                     *B = &F->v[r->parts[1].fact];
    return isnan(Q->low) != isnan(Q->high) && A->qual == TALLY_Q_EXACT &&
           B->qual == TALLY_Q_EXACT;
}

/* 1 when r is a percentage change between two exact levels, the
 * percentage itself written in digits with no hedge ("rose from 9,000
 * tons to 13,500 tons, an increase of 40 per cent"), that the levels
 * cannot give even taken anywhere within half their rounding allowance
 * (8,775-9,225 and 13,375-13,625: 45-55%): writers work such a percentage
 * out from the levels they print, or from the figures those round.  "From
 * 1.2 to 1.5 million, 27 per cent" (1.175-1.225 to 1.4625-1.5375: 19-31%)
 * may have been worked out from unrounded levels and stays approximate. */
static int plain_change_off(const tally_facts *F, const tally_relation *r)
{
    if (r->kind != TALLY_REL_CHANGE || r->absolute || r->inverse || r->nparts != 2 ||
        r->parts[0].fact == TALLY_NO_FACT || r->parts[1].fact == TALLY_NO_FACT)
        return 0;
    const tally_fact *Q = &F->v[r->stated], *A = &F->v[r->parts[0].fact],
                     *B = &F->v[r->parts[1].fact];
    if (!is_percent(Q) || !Q->number_text || !isdigit((unsigned char)Q->number_text[0]) ||
        isnan(Q->low) || isnan(Q->high) || Q->low != Q->high || A->qual != TALLY_Q_EXACT ||
        B->qual != TALLY_Q_EXACT || !(A->value > 0) || !(B->value > 0))
        return 0;
    double ra = tally_rounding_allowance(A->value, A->qual, 0) / 2,
           rb = tally_rounding_allowance(B->value, B->qual, 0) / 2;
    double lo = INFINITY, hi = -INFINITY;
    for (int i = 0; i < 4; i++) {   /* the four corners */
        double a = A->value + (i & 1 ? ra : -ra), b = B->value + (i & 2 ? rb : -rb);
        double pc = a > 0 ? 100 * fabs(b - a) / a : NAN;
        lo = fmin(lo, pc);
        hi = fmax(hi, pc);
    }
    double q = Q->value, qa = tally_rounding_allowance(q, Q->qual, 1);
    return isfinite(lo) && isfinite(hi) && (q + qa < lo || q - qa > hi);
}

/* How far (far_off) a part may miss the strict interval of share q of an
 * exact whole and still be approximate: 5% for a percentage or a bound
 * ("more than three quarters" already allows for its hedge), 10% for a
 * fraction in words, as share_iv widens it ("about a third" for 30%). */
static double share_room(const tally_fact *q)
{
    return is_percent(q) || isnan(q->low) != isnan(q->high) ? 1.05 : 1.1;
}

/* 1 when FRACTION r takes a share of a sum of money stated exactly, its
 * part a sum of that currency stated exactly ("a quarter of the price,
 * 160,000 florins" of 720,000): a share of a bill is worked out, not
 * estimated, so it has no more room than the part's own rounding. */
static int money_share(const tally_facts *F, const tally_relation *r)
{
    if (r->nparts < 2 || r->parts[1].fact == TALLY_NO_FACT)
        return 0;
    const tally_fact *p = &F->v[r->stated], *w = &F->v[r->parts[1].fact];
    return p->category && w->category && strcmp(p->category, "money") == 0 &&
           strcmp(w->category, "money") == 0 && p->unit && w->unit &&
           strcmp(p->unit, w->unit) == 0 && w->qual == TALLY_Q_EXACT;
}

/* 1 when figure f is written to a decimal of a scale word or suffix:
 * "$13.7 million", "49.9m", "2.35bn". */
static int scaled_decimal(const tally_fact *f)
{
    const char *t = f->number_text, *dot = t ? strchr(t, '.') : NULL;
    if (!dot || !isdigit((unsigned char)dot[1]))
        return 0;
    if (strstr(t, "illion"))
        return 1;
    const char *e = dot + 1;
    while (isdigit((unsigned char)*e))
        e++;
    while (*e == ' ')
        e++;
    return strcmp(e, "m") == 0 || strcmp(e, "bn") == 0 || strcmp(e, "mn") == 0 ||
           strcmp(e, "b") == 0;
}

/* Check one relation and append its check. */
static int verify_one(tally_doc *doc, const tally_facts *F, const tally_relation *r,
                      const tally_lexicon *lex, tally_checks *out)
{
    const tally_fact *st = &F->v[r->stated];
    work w = {0};
    tally_buf why = {0}, ids = {0};
    w.computed = NAN;
    int rc = 0;
    const char *kind = tally_relation_kind_name(r->kind);
    switch (r->kind) {
    case TALLY_REL_SUM:
        rc = check_sum(F, r, &w);
        kind = r->products ? "product" : kind;   /* a sum of rates x counts */
        break;
    case TALLY_REL_NORM: rc = check_norm(F, r, lex, &w, &why); break;
    case TALLY_REL_PRODUCT:
        rc = check_product(F, r, &w);
        kind = r->average ? "average" : r->factor > 0 ? "multiple" : kind;
        break;
    case TALLY_REL_FRACTION: rc = check_fraction(doc, F, r, &w, &why); break;
    case TALLY_REL_CHANGE: rc = check_change(doc, F, r, &w); break;
    case TALLY_REL_DIFFERENCE: rc = check_difference(F, r, &w); break;
    case TALLY_REL_SUBSET: {
        const tally_fact *wf = &F->v[r->parts[0].fact];
        ivl ws;
        if (!fact_iv(wf, &ws)) {
            rc = 1;
            break;
        }
        w.c = iv(-INFINITY, ws.hi);
        w.cw = iv(-INFINITY, widen(wf, ws).hi);
        w.computed = (ws.lo + ws.hi) / 2;
        rc = subset_parts(F, r, &w);
        if (rc == 0)
            rc = buf_puts(&w.expr, "a part of ") < 0 || put_iv(&w.expr, ws) < 0 ? -1 : 0;
        break;
    }
    }
    if (w.st)
        st = w.st;
    ivl s;
    if (rc == 0 && !w.s_set && !fact_iv(st, &s))
        rc = 1;
    if (rc == 0) {
        int scaled = ((r->kind == TALLY_REL_PRODUCT && !r->average) ||
                      (r->kind == TALLY_REL_SUM && r->products)) &&
                     st->qual == TALLY_Q_EXACT && scaled_decimal(st);
        if (!w.s_set && scaled) {
            /* a product given to a decimal of its scale ("$13.7 million"
             * for 72 x $190,000): rounded to that decimal, as stated, and
             * no further ("12.5 million" is 12.45-12.55, not a rounding
             * to the half million) */
            double place;
            rounding_unit(fabs(st->value), &place);
            w.s = iv(s.lo - place / 2, s.hi + place / 2);
            w.sw = widen(st, w.s);
        } else if (!w.s_set) {
            w.s = claimed(st, s);   /* "some 28": 27.5-28.5 already strict */
            w.sw = widen(st, s);
            if (w.cap > 0)
                w.sw = iv(fmax(w.sw.lo, s.lo - w.cap), fmin(w.sw.hi, s.hi + w.cap));
        }
        w.verdict = judge(w.cc_set ? w.cc : w.c, w.cw, w.s, w.sw);
        double nearer = 0;
        int swapped = 0;
        if (w.verdict == TALLY_V_APPROXIMATE &&
            (r->kind == TALLY_REL_CHANGE || r->kind == TALLY_REL_FRACTION) &&
            (nearer = other_fraction(st, w.computed)) > 0)
            w.verdict = TALLY_V_INCONSISTENT;   /* "a fifth" for 16.7%: a sixth */
        else if (w.verdict == TALLY_V_APPROXIMATE &&
                 ((exact_share_of(F, r) &&
                   far_off(w.c, w.s) > (money_share(F, r) ? 1.02
                                                          : share_room(&F->v[r->parts[0].fact]))) ||
                  ((exact_change_of(F, r) || bounded_change_of(F, r)) &&
                   far_off(w.c, w.s) > share_room(st)) ||
                  plain_change_off(F, r)))
            w.verdict = TALLY_V_INCONSISTENT;   /* 23 of 38 for "some 70 per cent"
                                                   (41% for "40 percent" and 30% for
                                                   "about a third" stay close) */
        else if (w.verdict == TALLY_V_APPROXIMATE && st->qual == TALLY_Q_EXACT &&
                 (swapped = tally_digits_swapped(st->value, w.computed)))
            w.verdict = TALLY_V_INCONSISTENT;   /* "$845,000" for 854,000 */
        rc = buf_puts(&w.msg, w.expr.data ? w.expr.data : "") < 0 ||
                     buf_puts(&w.msg, ", ") < 0 || says(&w.msg, st) < 0 ? -1 : 0;
        char fname[32];
        if (rc == 0 && nearer > 0)
            rc = buf_printf(&w.msg, "; the share is nearer %s", fraction_name(nearer, fname)) <
                         0
                     ? -1
                     : 0;
        if (rc == 0 && swapped && buf_puts(&w.msg, "; two digits look swapped") < 0)
            rc = -1;
        double off = far_off(w.c, w.s);
        if (rc == 0 && w.verdict == TALLY_V_INCONSISTENT &&
            ((r->looked_back && off > (r->average ? 1.25 : 2)) ||
             ((r->kind == TALLY_REL_PRODUCT || r->kind == TALLY_REL_SUM) && off > 3))) {
            /* a figure looked up far back that misses by a factor (an
             * average over a count of an earlier sentence by a quarter), or
             * a product or sum off by more than three times: more likely the
             * wrong figures than a slip of the text */
            w.verdict = TALLY_V_UNVERIFIABLE;
            rc = buf_printf(&w.msg, r->looked_back
                                        ? "; the figure looked up earlier is off by a factor of "
                                          "%.1f, so it is likely not the one meant"
                                        : "; off by a factor of %.1f, so the figures are likely "
                                          "not the ones meant",
                            off) < 0
                     ? -1
                     : 0;
        }
    } else if (rc == 1) {
        w.verdict = TALLY_V_UNVERIFIABLE;
        if (!why.len && buf_puts(&why, "a figure has no value") < 0)
            rc = -1;
        else if ((w.expr.len && buf_printf(&w.msg, "%s, ", w.expr.data) < 0) ||
                 says(&w.msg, st) < 0 || buf_printf(&w.msg, "; %s", why.data) < 0)
            rc = -1;
        else
            rc = 0;
    }
    size_t start = 0, end = 0;
    if (rc == 0 && rel_facts(F, r, st, &ids, &start, &end) < 0)
        rc = -1;
    tally_check *c = NULL;
    if (rc == 0)
        c = tally_checks_add(out, kind, w.verdict, w.expr.data ? w.expr.data : "",
                             w.msg.data ? w.msg.data : "", st->sentence, ids.data ? ids.data : "");
    if (c) {
        c->stated = w.s_set ? w.stated : st->value;
        c->computed = w.computed;
        if (w.verdict != TALLY_V_UNVERIFIABLE || r->kind == TALLY_REL_FRACTION) {
            c->low = w.c.lo;
            c->high = w.c.hi;
        }
        if (w.verdict != TALLY_V_UNVERIFIABLE)
            c->tolerance = room(w.c, w.cw) + room(w.s, w.sw);
        c->start = start;
        c->end = end;
        c->line = doc ? tally_doc_line(doc, st->start) : 0;
        c->note = st->note;
    }
    buf_free(&w.expr);
    buf_free(&w.msg);
    buf_free(&why);
    buf_free(&ids);
    return c ? 0 : -1;
}

/* One norm-estimate check per formation that two or more NORM relations of
 * a single formation type describe: the aircraft per formation the
 * document implies, against the norms table. */
static int norm_estimates(tally_doc *doc, const tally_facts *F, const tally_relations *rels,
                          const tally_lexicon *lex, tally_checks *out)
{
    for (size_t i = 0; i < rels->n; i++) {
        const tally_relation *r = &rels->v[i];
        if (r->kind != TALLY_REL_NORM || !r->nparts)
            continue;
        const char *form = r->parts[0].formation;
        int first = 1;
        for (size_t j = 0; j < i && first; j++)
            if (rels->v[j].kind == TALLY_REL_NORM && rels->v[j].nparts &&
                strcmp(rels->v[j].parts[0].formation, form) == 0)
                first = 0;
        if (!first || !form[0])
            continue;
        double sum = 0, lo = INFINITY, hi = -INFINITY;
        size_t n = 0;
        tally_buf ids = {0};
        size_t start = (size_t)-1, end = 0;
        int bad = 0;
        for (size_t j = i; j < rels->n; j++) {
            const tally_relation *q = &rels->v[j];
            if (q->kind != TALLY_REL_NORM)
                continue;
            int single = 1;
            double count = 0;
            for (size_t k = 0; k < q->nparts; k++) {
                if (strcmp(q->parts[k].formation, form) != 0)
                    single = 0;
                count += F->v[q->parts[k].fact].value;
            }
            double air = F->v[q->stated].value;
            if (!single || !(count > 0) || isnan(air))
                continue;
            double ratio = air / count;
            sum += ratio;
            n++;
            if (ratio < lo)
                lo = ratio;
            if (ratio > hi)
                hi = ratio;
            bad |= buf_printf(&ids, "%s%ld", ids.len ? ";" : "", F->v[q->stated].id) < 0;
            if (F->v[q->stated].start < start)
                start = F->v[q->stated].start;
            if (F->v[q->stated].end > end)
                end = F->v[q->stated].end;
        }
        ivl ns, nw;
        double nom;
        if (n < 2 || bad || !lex || !norm_of(lex, form, &ns, &nw, &nom)) {
            buf_free(&ids);
            if (bad)
                return -1;
            continue;
        }
        double mean = sum / (double)n;
        tally_buf m = {0}, e = {0};
        char a[64], b[64], x[64];
        fmt_v(mean, x);
        fmt_v(lo, a);
        fmt_v(hi, b);
        int fail = buf_printf(&e, "%s aircraft per %s", x, form) < 0 ||
                   buf_printf(&m, "the document implies %s aircraft per %s (%zu statements, "
                                  "%s-%s); the norm is ", x, form, n, a, b) < 0 ||
                   put_iv(&m, ns) < 0;
        tally_verdict v = judge(iv(lo, hi), iv(lo, hi), ns, nw);
        tally_check *c = fail ? NULL
                              : tally_checks_add(out, "norm-estimate", v, e.data, m.data, "",
                                                 ids.data);
        if (c) {
            c->stated = mean;
            c->computed = nom;
            c->low = ns.lo;
            c->high = ns.hi;
            c->tolerance = room(ns, nw);
            c->start = start;
            c->end = end;
            c->line = doc ? tally_doc_line(doc, start) : 0;
        }
        buf_free(&m);
        buf_free(&e);
        buf_free(&ids);
        if (!c)
            return -1;
    }
    return 0;
}

/* ---- cascading: totals that do not add up ---- */

/* The facts as later checks see them: a copy of the fact array in which
 * every total whose SUM check is inconsistent holds the sum of its parts
 * instead of the stated figure (bad[i] CASCADE_SUM), and every plain
 * product whose PRODUCT check is inconsistent the product of its factors
 * (bad[i] CASCADE_PRODUCT: "2,000 km at 42 a km, 48,000 ... or 576,000
 * crowns at 12 to the pound" is checked again with 84,000).  v is a
 * shallow copy: its strings belong to the original facts. */
enum { CASCADE_SUM = 1, CASCADE_PRODUCT = 2 };
typedef struct cascade {
    tally_facts view;
    char *bad;
    size_t nbad;
} cascade;

/* Find the inconsistent totals of rels (a check of each SUM into a scratch
 * list) and build the view.  -1 when out of memory. */
static int cascade_init(tally_doc *doc, const tally_facts *F, const tally_relations *rels,
                        const tally_lexicon *lex, cascade *cs)
{
    memset(cs, 0, sizeof *cs);
    tally_checks tmp = {0};
    for (size_t i = 0; i < rels->n; i++) {
        const tally_relation *r = &rels->v[i];
        int plain_product = r->kind == TALLY_REL_PRODUCT && !r->average && !(r->factor > 0);
        if ((r->kind != TALLY_REL_SUM && !plain_product) || (cs->bad && cs->bad[r->stated]))
            continue;
        if (verify_one(doc, F, r, lex, &tmp) < 0)
            goto oom;
        const tally_check *k = &tmp.v[tmp.n - 1];
        if (k->verdict != TALLY_V_INCONSISTENT || !isfinite(k->low) || !isfinite(k->high))
            continue;
        if (!cs->bad) {
            cs->view = *F;
            cs->view.v = malloc(F->n * sizeof *F->v);
            cs->bad = calloc(F->n, 1);
            if (!cs->view.v || !cs->bad)
                goto oom;
            memcpy(cs->view.v, F->v, F->n * sizeof *F->v);
        }
        tally_fact *x = &cs->view.v[r->stated];
        x->value = (k->low + k->high) / 2;
        x->low = k->low;
        x->high = k->high;
        x->qual = k->low < k->high ? TALLY_Q_RANGE : TALLY_Q_EXACT;
        cs->bad[r->stated] = plain_product ? CASCADE_PRODUCT : CASCADE_SUM;
        cs->nbad++;
    }
    tally_checks_free(&tmp);
    return 0;
oom:
    tally_checks_free(&tmp);
    free(cs->view.v);
    free(cs->bad);
    memset(cs, 0, sizeof *cs);
    return -1;
}

static void cascade_free(cascade *cs)
{
    free(cs->view.v);
    free(cs->bad);
}

/* The inconsistent total relation r uses (stated or operand, not its own
 * SUM's stated figure), TALLY_NO_FACT when none. */
static size_t cascade_uses(const cascade *cs, const tally_relation *r)
{
    if (!cs->nbad)
        return TALLY_NO_FACT;
    if (cs->bad[r->stated] &&
        r->kind != (cs->bad[r->stated] == CASCADE_SUM ? TALLY_REL_SUM : TALLY_REL_PRODUCT))
        return r->stated;
    for (size_t k = 0; k < r->nparts; k++)
        if (r->parts[k].fact != TALLY_NO_FACT && cs->bad[r->parts[k].fact])
            return r->parts[k].fact;
    return TALLY_NO_FACT;
}

/* Check relation r, which uses the inconsistent total or product t: as stated first;
 * when that is inconsistent, again with the sum of t's parts (the product of
 * its factors), and that
 * verdict is kept when it is better, with a note saying so. */
static int verify_cascaded(tally_doc *doc, const tally_facts *F, const cascade *cs, size_t t,
                           const tally_relation *r, const tally_lexicon *lex, tally_checks *out)
{
    if (verify_one(doc, F, r, lex, out) < 0)
        return -1;
    tally_check *a = &out->v[out->n - 1];
    if (a->verdict != TALLY_V_INCONSISTENT)
        return 0;
    tally_checks alt = {0};
    /* r's own figure as stated when a check of r's kind corrected it (a
     * conversion of a bad product that is a bad product itself): it is the
     * figure under test; a corrected total used as r's stated part stays
     * corrected ("some 64 per cent" of the sum of its parts) */
    size_t st = r->stated;
    int mine = cs->bad[st] &&
               r->kind == (cs->bad[st] == CASCADE_SUM ? TALLY_REL_SUM : TALLY_REL_PRODUCT);
    tally_fact own = cs->view.v[st];
    if (mine)
        cs->view.v[st] = F->v[st];
    int vr = verify_one(doc, &cs->view, r, lex, &alt);
    cs->view.v[st] = own;
    if (vr < 0) {
        tally_checks_free(&alt);
        return -1;
    }
    tally_check *b = &alt.v[0];
    const tally_fact *tf = &F->v[t];
    int product = cs->bad[t] == CASCADE_PRODUCT;
    char sum[64];
    fmt_v(cs->view.v[t].value, sum);
    tally_buf m = {0};
    int rc;
    if (b->verdict != TALLY_V_INCONSISTENT) {
        rc = buf_printf(&m, "%s (with %s, the %s of %s on line %zu, which does not %s)",
                        b->message, sum, product ? "product of the factors" : "sum of the parts",
                        tf->number_text, doc ? tally_doc_line(doc, tf->start) : 0,
                        product ? "hold" : "add up") < 0 ? -1 : 0;
        if (!rc) {   /* the cascaded check replaces the first */
            long id = a->id;
            tally_check keep = *b;
            memset(b, 0, sizeof *b);
            free(a->facts);
            free(a->expression);
            free(a->message);
            free(a->sentence);
            *a = keep;
            a->id = id;
        }
    } else {
        rc = buf_printf(&m, "%s (also with %s, the %s of %s)", a->message, sum,
                        product ? "product of the factors" : "sum of the parts", tf->number_text) < 0
                 ? -1
                 : 0;
    }
    if (!rc) {
        free(a->message);
        a->message = buf_detach(&m);
        rc = a->message ? 0 : -1;
    }
    buf_free(&m);
    tally_checks_free(&alt);
    return rc;
}

/* A relation found by its figures' fit (cue "fit", relate_fit.c) only
 * adds a check that holds: when its check (the last of out, made from
 * `before` checks) is not consistent (a hedge such as "just over" that the
 * fit could not read; a share in words that needs the wide allowance), it
 * is dropped; a kept one says how it was found.  A share whose whole the
 * fit supplied (cue "fit whole") is checked again without it instead.  A
 * product of a figure said of each thing and the number of those things
 * stated earlier (cue "fit each"; "fit each average" for a total over that
 * number), a sum or difference from figures further back that the stated
 * figure's words call for (cue "fit far"), and a breakdown right after its
 * total (cue "fit breakdown") are kept as a fit is.  A slip (cue "fit
 * slip") is kept only when it is inconsistent.  -1 when out of memory. */
static int keep_fit(tally_doc *doc, const tally_facts *F, const tally_relation *r,
                    const tally_lexicon *lex, tally_checks *out, size_t before)
{
    int whole = r->cue && strcmp(r->cue, "fit whole") == 0;
    int each = r->cue && strcmp(r->cue, "fit each") == 0;
    int each_avg = r->cue && strcmp(r->cue, "fit each average") == 0;
    int far = r->cue && strcmp(r->cue, "fit far") == 0;
    int brk = r->cue && strcmp(r->cue, "fit breakdown") == 0;
    int slip = r->cue && strcmp(r->cue, "fit slip") == 0;
    if (!r->cue ||
        (strcmp(r->cue, "fit") != 0 && !whole && !each && !each_avg && !far && !brk && !slip) ||
        out->n != before + 1)
        return 0;
    tally_check *k = &out->v[out->n - 1];
    if (slip ? k->verdict == TALLY_V_INCONSISTENT : k->verdict == TALLY_V_CONSISTENT) {
        tally_buf m = {0};
        if (buf_printf(&m, "%s (%s)", k->message,
                       slip ? "its words say it is their result; they fit but for one "
                              "digit, wrong or swapped with its neighbour: a slip?"
                       : whole ? "the whole is the one figure near that fits"
                       : each ? "a figure said of each, times their number stated before: they fit"
                       : each_avg ? "a figure said of each, the total over their number "
                                    "stated before: they fit"
                       : far ? "its words say it is left or made by others: figures stated before fit"
                       : brk ? "a breakdown after its total: the parts add up"
                              : "no words link these figures: they fit") < 0)
            return -1;
        free(k->message);
        k->message = buf_detach(&m);
        return k->message ? 0 : -1;
    }
    free(k->facts);
    free(k->expression);
    free(k->message);
    free(k->sentence);
    out->n--;
    if (whole) {   /* the share as the cue rule found it: no whole */
        tally_relation bare = *r;
        bare.nparts = 1;
        bare.cue = NULL;
        return verify_one(doc, F, &bare, lex, out);
    }
    return 0;
}

tally_status tally_verify_relations(tally_doc *doc, const tally_facts *facts,
                                    const tally_relations *rels, const tally_lexicon *lex,
                                    tally_checks *out, tally_error *err)
{
    if (!out->doc && !(out->doc = xstrdup(facts->doc ? facts->doc : "-")))
        return tally_fail(err, TALLY_ENOMEM, "verify: out of memory");
    cascade cs;
    if (cascade_init(doc, facts, rels, lex, &cs) < 0)
        return tally_fail(err, TALLY_ENOMEM, "verify: out of memory");
    for (size_t i = 0; i < rels->n; i++) {
        size_t t = cascade_uses(&cs, &rels->v[i]), before = out->n;
        int rc = t == TALLY_NO_FACT ? verify_one(doc, facts, &rels->v[i], lex, out)
                                    : verify_cascaded(doc, facts, &cs, t, &rels->v[i], lex, out);
        if (!rc)
            rc = keep_fit(doc, facts, &rels->v[i], lex, out, before);
        if (rc < 0) {
            cascade_free(&cs);
            return tally_fail(err, TALLY_ENOMEM, "verify: out of memory");
        }
    }
    cascade_free(&cs);
    if (norm_estimates(doc, facts, rels, lex, out) < 0)
        return tally_fail(err, TALLY_ENOMEM, "verify: out of memory");
    return TALLY_OK;
}

tally_status tally_verify(tally_doc *doc, const tally_facts *facts, const tally_segments *seg,
                          const tally_lexicon *lex, tally_checks *out, tally_error *err)
{
    tally_relations rels;
    tally_status st = tally_relate(doc->text, seg, facts, lex, &rels, err);
    if (st)
        return st;
    st = tally_verify_relations(doc, facts, &rels, lex, out, err);
    tally_relations_free(&rels);
    return st;
}

tally_status tally_checks_write_text(const tally_checks *c, FILE *fp, tally_error *err)
{
    for (size_t i = 0; i < c->n; i++) {
        const tally_check *k = &c->v[i];
        int rc = fprintf(fp, "%s:%zu: %s: %s", c->doc ? c->doc : "-", k->line,
                         tally_verdict_name(k->verdict), k->message);
        if (rc >= 0 && k->note)
            rc = fprintf(fp, " [note %d]", k->note);
        if (rc < 0 || fputc('\n', fp) == EOF)
            return tally_fail(err, TALLY_EIO, "write error");
    }
    return TALLY_OK;
}

tally_status tally_checks_write_csv_header(FILE *fp, tally_error *err)
{
    tally_csv_out o;
    tally_csv_init(&o, fp);
    if (tally_csv_header(&o, tally_check_columns) < 0)
        return tally_fail(err, TALLY_EIO, "write error");
    return TALLY_OK;
}

tally_status tally_checks_write_csv(const tally_checks *c, FILE *fp, tally_error *err)
{
    tally_csv_out o;
    tally_csv_init(&o, fp);
    for (size_t i = 0; i < c->n; i++) {
        const tally_check *k = &c->v[i];
        tally_csv_text(&o, c->doc);
        tally_csv_int(&o, k->id);
        tally_csv_raw(&o, k->kind);
        tally_csv_raw(&o, tally_verdict_name(k->verdict));
        tally_csv_num(&o, k->stated);
        tally_csv_num(&o, k->computed);
        tally_csv_num(&o, isinf(k->low) ? NAN : k->low);
        tally_csv_num(&o, isinf(k->high) ? NAN : k->high);
        tally_csv_num(&o, k->tolerance);
        tally_csv_raw(&o, k->facts);
        tally_csv_int(&o, (long long)k->start);
        tally_csv_int(&o, (long long)k->end);
        tally_csv_int(&o, (long long)k->line);
        tally_csv_text(&o, k->expression);
        tally_csv_text(&o, k->sentence);
        if (k->note)
            tally_csv_int(&o, k->note);
        else
            tally_csv_raw(&o, "");
        tally_csv_text(&o, k->message);
        if (tally_csv_end(&o) < 0)
            return tally_fail(err, TALLY_EIO, "write error");
    }
    return TALLY_OK;
}
