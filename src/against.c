/*
 * against.c - matching a document's figures to the rows of a reference CSV
 * and saying whether each agrees with the nearest matching row (see
 * against.h for the matching rule).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/against.h"

tally_status tally_reference_load(const char *path, tally_reference *ref, tally_error *err)
{
    memset(ref, 0, sizeof *ref);
    tally_status st = tally_table_read_file(path, ',', &ref->t, err);
    if (st)
        return st;
    const tally_table *t = &ref->t;
    ref->key = tally_table_col(t, "key");
    ref->doc = tally_table_col(t, "doc");
    ref->id = tally_table_col(t, "id");
    ref->value = tally_table_col(t, "value");
    ref->low = tally_table_col(t, "low");
    ref->high = tally_table_col(t, "high");
    ref->qual = tally_table_col(t, "qualifier");
    ref->unit = tally_table_col(t, "unit");
    ref->category = tally_table_col(t, "category");
    ref->actor = tally_table_col(t, "actor");
    ref->date = tally_table_col(t, "date");
    ref->modality = tally_table_col(t, "modality");
    if (ref->value < 0 || ref->unit < 0) {
        tally_reference_free(ref);
        return tally_fail(err, TALLY_EINPUT, "'%s': a reference needs 'value' and 'unit' columns",
                          path);
    }
    return TALLY_OK;
}

void tally_reference_free(tally_reference *ref)
{
    if (!ref)
        return;
    tally_table_free(&ref->t);
    memset(ref, 0, sizeof *ref);
}

/* Cell col of row r, "" when the column is absent. */
static const char *cell(const tally_reference *ref, size_t r, int col)
{
    return col >= 0 ? ref->t.rows[r][col] : "";
}

/* Split an ISO date or range "A/B" ("A..B") into its two ends. */
static void date_ends(const char *d, char a[32], char b[32])
{
    const char *s = strchr(d, '/');
    size_t skip = 1;
    if (!s && (s = strstr(d, "..")) != NULL)
        skip = 2;
    size_t n = s ? (size_t)(s - d) : strlen(d);
    snprintf(a, 32, "%.*s", (int)(n < 31 ? n : 31), d);
    snprintf(b, 32, "%s", s ? s + skip : d);
}

/* 1 when the two ISO dates (or ranges, or prefixes) overlap. */
static int dates_meet(const char *x, const char *y)
{
    char xa[32], xb[32], ya[32], yb[32], pad[40];
    date_ends(x, xa, xb);
    date_ends(y, ya, yb);
    snprintf(pad, sizeof pad, "%s~", yb);   /* '~' sorts after digits and '-' */
    if (strcmp(xa, pad) > 0)
        return 0;
    snprintf(pad, sizeof pad, "%s~", xb);
    return strcmp(ya, pad) <= 0;
}

/* The doc's base name. */
static const char *base(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* Does row r match fact f of document doc?  See against.h. */
static int matches(const tally_reference *ref, size_t r, const tally_fact *f, const char *doc)
{
    const char *rd = cell(ref, r, ref->doc), *rid = cell(ref, r, ref->id);
    if (rid[0] && rd[0]) {
        int ok = 0;
        double id = tally_cell_num(rid, &ok);
        return ok && (long)id == f->id &&
               (strcmp(rd, doc) == 0 || strcmp(base(rd), base(doc)) == 0);
    }
    if (!f->unit || !f->unit[0] || strcasecmp(cell(ref, r, ref->unit), f->unit) != 0)
        return 0;
    const char *rc = cell(ref, r, ref->category);
    if (rc[0] && f->category && strcasecmp(rc, f->category) != 0)
        return 0;
    int agree = 0;
    const char *ra = cell(ref, r, ref->actor), *rdt = cell(ref, r, ref->date);
    const char *rm = cell(ref, r, ref->modality);
    if (ra[0] && f->actor && f->actor[0]) {
        if (strcasecmp(ra, f->actor) != 0)
            return 0;
        agree++;
    }
    if (rdt[0] && f->date && f->date[0]) {
        if (!dates_meet(rdt, f->date))
            return 0;
        agree++;
    }
    if (rm[0] && f->modality && f->modality[0]) {
        if (strcasecmp(rm, f->modality) != 0)
            return 0;
        agree++;
    }
    /* everything the row says about the figure must be known and agree */
    int says = (ra[0] != 0) + (rdt[0] != 0) + (rm[0] != 0);
    return agree > 0 && agree == says;
}

/* The interval of a row: [low, high], or its value. */
static int row_iv(const tally_reference *ref, size_t r, double *lo, double *hi, double *v)
{
    int ok = 0, okl = 0, okh = 0;
    *v = tally_cell_num(cell(ref, r, ref->value), &ok);
    double l = tally_cell_num(cell(ref, r, ref->low), &okl);
    double h = tally_cell_num(cell(ref, r, ref->high), &okh);
    if (!ok && !(okl && okh))
        return 0;
    if (!ok)
        *v = (l + h) / 2;
    *lo = okl ? l : *v;
    *hi = okh ? h : *v;
    return 1;
}

/* The figure's own interval (as stated: ranges and open bounds). */
static int fact_span(const tally_fact *f, double *lo, double *hi)
{
    double v = f->value;
    if (isnan(v))
        return 0;
    *lo = isnan(f->low) ? v : f->low;
    *hi = isnan(f->high) ? v : f->high;
    if (f->qual == TALLY_Q_AT_LEAST)
        *hi = INFINITY;
    if (f->qual == TALLY_Q_AT_MOST && isnan(f->low))
        *lo = 0;
    return 1;
}

/* Distance between [a,b] and [c,d]: 0 when they meet. */
static double gap(double a, double b, double c, double d)
{
    return b < c ? c - b : d < a ? a - d : 0;
}

/* Does figure i meet reference row r (its interval touches the row's)? */
static int meets(const tally_facts *F, size_t i, const tally_reference *ref, size_t r)
{
    double lo, hi, rl, rh, rv;
    return fact_span(&F->v[i], &lo, &hi) && matches(ref, r, &F->v[i], F->doc ? F->doc : "-") &&
           row_iv(ref, r, &rl, &rh, &rv) && gap(lo, hi, rl, rh) == 0;
}

/* One figure: find the nearest matching row and add its check.  A row that
 * another figure of the document already meets exactly is that figure's:
 * it is not held against this one (a text names many regiments; the
 * reference row describes one of them). */
static int one(tally_doc *doc, const tally_facts *F, size_t i, const tally_reference *ref,
               const size_t *met_by, tally_checks *out)
{
    const tally_fact *f = &F->v[i];
    double lo, hi;
    if (!fact_span(f, &lo, &hi))
        return 0;
    size_t best = (size_t)-1, nmatch = 0;
    double bd = INFINITY, blo = 0, bhi = 0, bv = 0;
    for (size_t r = 0; r < ref->t.nrows; r++) {
        double rl, rh, rv;
        if (!matches(ref, r, f, F->doc ? F->doc : "-") || !row_iv(ref, r, &rl, &rh, &rv))
            continue;
        if (met_by[r] != (size_t)-1 && met_by[r] != i && gap(lo, hi, rl, rh) > 0)
            continue;   /* another figure is the one this row describes */
        nmatch++;
        double d = gap(lo, hi, rl, rh);
        if (d < bd) {
            bd = d;
            best = r;
            blo = rl;
            bhi = rh;
            bv = rv;
        }
    }
    if (best == (size_t)-1)
        return 0;
    int pc = f->unit && strcmp(f->unit, "percent") == 0;
    double fa = tally_rounding_allowance(lo, f->qual, pc) + tally_rounding_allowance(hi, f->qual, pc);
    double ra = tally_rounding_allowance(blo, TALLY_Q_APPROX, pc) +
                tally_rounding_allowance(bhi, TALLY_Q_APPROX, pc);
    tally_verdict v = bd == 0 ? TALLY_V_CONSISTENT
                     : bd <= fa + ra ? TALLY_V_APPROXIMATE
                                     : TALLY_V_INCONSISTENT;
    const char *key = cell(ref, best, ref->key);
    char vs[64], ls[64], hs[64];
    fmt_num(bv, vs);
    fmt_num(blo, ls);
    fmt_num(bhi, hs);
    tally_buf m = {0}, e = {0}, ids = {0};
    int fail = buf_printf(&e, "%s = %s", key[0] ? key : "reference", vs) < 0 ||
               (blo != bhi && buf_printf(&e, " (%s-%s)", ls, hs) < 0) ||
               buf_printf(&m, "%s (%s) %s reference %s", f->number_text, f->unit,
                          v == TALLY_V_CONSISTENT    ? "agrees with"
                          : v == TALLY_V_APPROXIMATE ? "roughly agrees with"
                                                     : "disagrees with",
                          e.data ? e.data : "") < 0 ||
               (nmatch > 1 && buf_printf(&m, ", the nearest of %zu matching rows", nmatch) < 0) ||
               buf_printf(&ids, "%ld", f->id) < 0;
    tally_check *c = fail ? NULL
                          : tally_checks_add(out, "reference", v, e.data, m.data, f->sentence,
                                             ids.data);
    if (c) {
        c->stated = f->value;
        c->computed = bv;
        c->low = blo;
        c->high = bhi;
        c->tolerance = fa + ra;
        c->start = f->start;
        c->end = f->end;
        c->line = doc ? tally_doc_line(doc, f->start) : 0;
        c->note = f->note;
    }
    buf_free(&m);
    buf_free(&e);
    buf_free(&ids);
    return c ? 0 : -1;
}

tally_status tally_against(tally_doc *doc, const tally_facts *facts,
                           const tally_reference *ref, tally_checks *out, tally_error *err)
{
    if (!out->doc && !(out->doc = xstrdup(facts->doc ? facts->doc : "-")))
        return tally_fail(err, TALLY_ENOMEM, "against: out of memory");
    size_t *met_by = malloc((ref->t.nrows ? ref->t.nrows : 1) * sizeof *met_by);
    if (!met_by)
        return tally_fail(err, TALLY_ENOMEM, "against: out of memory");
    for (size_t r = 0; r < ref->t.nrows; r++) {   /* the first figure meeting each row */
        met_by[r] = (size_t)-1;
        for (size_t i = 0; i < facts->n && met_by[r] == (size_t)-1; i++)
            if (meets(facts, i, ref, r))
                met_by[r] = i;
    }
    tally_status st = TALLY_OK;
    for (size_t i = 0; i < facts->n && !st; i++)
        if (one(doc, facts, i, ref, met_by, out) < 0)
            st = tally_fail(err, TALLY_ENOMEM, "against: out of memory");
    free(met_by);
    return st;
}
