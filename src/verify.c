/*
 * verify.c - checks the relations relate.c found, with interval arithmetic
 * and the rounding allowance described in verify.h, and writes the verdicts
 * as diagnostics or CSV.  The interval helpers are private and small on
 * purpose (the general interval module belongs to derive).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tally/csvio.h"
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

static int iv_meet(ivl a, ivl b) { return a.lo <= b.hi && b.lo <= a.hi; }

static int iv_point(ivl a) { return a.lo == a.hi; }

/* ---- figures as intervals ---- */

double tally_rounding_allowance(double v, tally_qualifier q, int percent)
{
    double a = fabs(v);
    if (a == 0 || isnan(a) || isinf(a))
        return 0;
    double p = 1;
    int integer = fabs(a - round(a)) < 1e-9;
    if (integer) {
        while (p < 1e15 && fmod(round(a), p * 10) == 0)
            p *= 10;
    } else {
        while (p > 1e-6 && fabs(a / p - round(a / p)) > 1e-6 * (a / p))
            p /= 10;
    }
    double u = fmod(round(a / p), 5) == 0 ? 5 * p : p;
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

/* A share as a fraction of one: percentages / 100; fractions in words as
 * they are.  wide: percent allowance, or 10% for a fraction in words. */
static int share_iv(const tally_fact *f, ivl *strict, ivl *wide)
{
    ivl a;
    if (!fact_iv(f, &a))
        return 0;
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

/* An interval for messages: "29" or "288-480". */
static int put_iv(tally_buf *b, ivl a)
{
    char x[64], y[64];
    fmt_v(a.lo, x);
    if (iv_point(a))
        return buf_puts(b, x);
    fmt_v(a.hi, y);
    return buf_printf(b, "%s-%s", x, y);
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

/* The verdict from strict and wide intervals of computed (c) and stated (s). */
static tally_verdict judge(ivl c, ivl cw, ivl s, ivl sw)
{
    if (iv_meet(c, s))
        return TALLY_V_CONSISTENT;
    if (iv_meet(cw, sw))
        return TALLY_V_APPROXIMATE;
    return TALLY_V_INCONSISTENT;
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
    double computed;
    tally_buf expr, msg;
} work;

/* "text says some 28 (flight regiments)" */
static int says(tally_buf *b, const tally_fact *f)
{
    if (buf_printf(b, "text says %s", f->number_text ? f->number_text : "") < 0)
        return -1;
    if (f->noun && f->noun[0])
        return buf_printf(b, " (%s)", f->noun);
    return 0;
}

static int check_sum(const tally_facts *F, const tally_relation *r, work *w)
{
    ivl c = iv(0, 0), cw = iv(0, 0);
    for (size_t k = 0; k < r->nparts; k++) {
        const tally_fact *p = &F->v[r->parts[k].fact];
        ivl a;
        if (!fact_iv(p, &a))
            return 1;
        c = iv_add(c, a);
        cw = iv_add(cw, widen(p, a));
        if ((k && buf_puts(&w->expr, " + ") < 0) || put_iv(&w->expr, a) < 0)
            return -1;
    }
    w->c = c;
    w->cw = cw;
    w->computed = (c.lo + c.hi) / 2;
    return buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, c) < 0 ? -1 : 0;
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
    return buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, c) < 0 ||
                   buf_puts(&w->expr, " aircraft") < 0 ? -1 : 0;
}

static int check_product(const tally_facts *F, const tally_relation *r, work *w)
{
    const tally_fact *a = &F->v[r->parts[0].fact], *b = &F->v[r->parts[1].fact];
    ivl x, y;
    if (!fact_iv(a, &x) || !fact_iv(b, &y))
        return 1;
    w->c = iv_mul(x, y);
    w->cw = iv_mul(widen(a, x), widen(b, y));
    w->computed = (w->c.lo + w->c.hi) / 2;
    return put_iv(&w->expr, x) < 0 || buf_puts(&w->expr, " x ") < 0 || put_iv(&w->expr, y) < 0 ||
                   buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, w->c) < 0 ? -1 : 0;
}

static int check_fraction(const tally_facts *F, const tally_relation *r, work *w,
                          tally_buf *why)
{
    const tally_fact *q = &F->v[r->parts[0].fact], *p = &F->v[r->stated];
    ivl qs, qw, ps;
    if (!share_iv(q, &qs, &qw) || !fact_iv(p, &ps) || qs.lo <= 0)
        return 1;
    size_t W = r->nparts > 1 ? r->parts[1].fact : TALLY_NO_FACT;
    if (W == TALLY_NO_FACT) {
        ivl whole = iv_div(ps, qs);
        w->c = whole;
        w->computed = (whole.lo + whole.hi) / 2;
        if (put_iv(&w->expr, ps) < 0 || buf_printf(&w->expr, " / %s = ", q->number_text) < 0 ||
            put_iv(&w->expr, whole) < 0)
            return -1;
        if (buf_puts(why, "the whole") < 0 ||
            (r->whole[0] && buf_printf(why, " (%s)", r->whole) < 0) ||
            buf_puts(why, " is not stated, so the share cannot be checked") < 0)
            return -1;
        return 1;
    }
    const tally_fact *wf = &F->v[W];
    ivl ws;
    if (!fact_iv(wf, &ws))
        return 1;
    w->c = iv_mul(qs, ws);
    w->cw = iv_mul(qw, widen(wf, ws));
    w->computed = (w->c.lo + w->c.hi) / 2;
    return buf_printf(&w->expr, "%s x ", q->number_text) < 0 || put_iv(&w->expr, ws) < 0 ||
                   buf_puts(&w->expr, " = ") < 0 || put_iv(&w->expr, w->c) < 0 ? -1 : 0;
}

static int check_change(const tally_facts *F, const tally_relation *r, work *w)
{
    const tally_fact *a = &F->v[r->parts[0].fact], *b = &F->v[r->parts[1].fact];
    ivl x, y;
    if (!fact_iv(a, &x) || !fact_iv(b, &y) || x.lo <= 0)
        return 1;
    ivl xw = widen(a, x), yw = widen(b, y);
    if (xw.lo <= 0)
        xw.lo = x.lo;
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
    return buf_puts(&w->expr, "from ") < 0 || put_iv(&w->expr, x) < 0 ||
                   buf_puts(&w->expr, " to ") < 0 || put_iv(&w->expr, y) < 0 ||
                   buf_printf(&w->expr, " is %s", dir < 0 ? "-" : "+") < 0 ||
                   put_iv(&w->expr, c) < 0 || buf_puts(&w->expr, "%") < 0 ? -1 : 0;
}

/* Ids "stated;part;part" and the covering span of relation r. */
static int rel_facts(const tally_facts *F, const tally_relation *r, tally_buf *ids,
                     size_t *start, size_t *end)
{
    *start = F->v[r->stated].start;
    *end = F->v[r->stated].end;
    if (buf_printf(ids, "%ld", F->v[r->stated].id) < 0)
        return -1;
    for (size_t k = 0; k < r->nparts; k++) {
        size_t j = r->parts[k].fact;
        if (j == TALLY_NO_FACT)
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

/* Check one relation and append its check. */
static int verify_one(tally_doc *doc, const tally_facts *F, const tally_relation *r,
                      const tally_lexicon *lex, tally_checks *out)
{
    const tally_fact *st = &F->v[r->stated];
    work w = {0};
    tally_buf why = {0}, ids = {0};
    w.computed = NAN;
    int rc = 0;
    switch (r->kind) {
    case TALLY_REL_SUM: rc = check_sum(F, r, &w); break;
    case TALLY_REL_NORM: rc = check_norm(F, r, lex, &w, &why); break;
    case TALLY_REL_PRODUCT: rc = check_product(F, r, &w); break;
    case TALLY_REL_FRACTION: rc = check_fraction(F, r, &w, &why); break;
    case TALLY_REL_CHANGE: rc = check_change(F, r, &w); break;
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
        rc = buf_puts(&w.expr, "a part of ") < 0 || put_iv(&w.expr, ws) < 0 ? -1 : 0;
        break;
    }
    }
    ivl s;
    if (rc == 0 && !fact_iv(st, &s))
        rc = 1;
    if (rc == 0) {
        w.s = s;
        w.sw = widen(st, s);
        w.verdict = judge(w.c, w.cw, w.s, w.sw);
        rc = buf_puts(&w.msg, w.expr.data ? w.expr.data : "") < 0 ||
                     buf_puts(&w.msg, ", ") < 0 || says(&w.msg, st) < 0 ? -1 : 0;
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
    if (rc == 0 && rel_facts(F, r, &ids, &start, &end) < 0)
        rc = -1;
    tally_check *c = NULL;
    if (rc == 0)
        c = tally_checks_add(out, tally_relation_kind_name(r->kind), w.verdict,
                             w.expr.data ? w.expr.data : "", w.msg.data ? w.msg.data : "",
                             st->sentence, ids.data ? ids.data : "");
    if (c) {
        c->stated = st->value;
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

tally_status tally_verify_relations(tally_doc *doc, const tally_facts *facts,
                                    const tally_relations *rels, const tally_lexicon *lex,
                                    tally_checks *out, tally_error *err)
{
    if (!out->doc && !(out->doc = xstrdup(facts->doc ? facts->doc : "-")))
        return tally_fail(err, TALLY_ENOMEM, "verify: out of memory");
    for (size_t i = 0; i < rels->n; i++)
        if (verify_one(doc, facts, &rels->v[i], lex, out) < 0)
            return tally_fail(err, TALLY_ENOMEM, "verify: out of memory");
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
