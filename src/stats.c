/*
 * stats.c - grouped summaries of a facts table with gsl_statistics (see
 * stats.h).  Rows are filtered, keyed by the grouping columns, their
 * numbers gathered per group, then each group's numbers are sorted with
 * gsl_sort and summarised; the cases where GSL would return a silent 0 or
 * a NaN (no values, one value) are decided here instead.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "buf.h"
#include "tally/stats.h"

const char *const tally_stats_columns[] = {"count", "missing", "sum", "min", "max", "mean",
                                           "median", "sd", "p25", "p75", "midpoints", NULL};

/* Where a grouping or filter column's text comes from. */
typedef struct colref {
    int col;                 /* column index */
    int year;                /* 1: first four digits of that column (date) */
} colref;

typedef struct filter {
    colref c;
    int negate;              /* col!=value */
    const char *value;       /* borrowed from the option */
} filter;

typedef struct acc {
    double *v;               /* the group's numbers */
    size_t n, cap;
} acc;

/* Resolve a column name (or the pseudo-column year). */
static tally_status find_col(const tally_table *t, const char *name, colref *c,
                             tally_error *err)
{
    c->year = 0;
    c->col = tally_table_col(t, name);
    if (c->col >= 0)
        return TALLY_OK;
    if (strcmp(name, "year") == 0) {
        c->col = tally_table_col(t, "date");
        c->year = 1;
        if (c->col >= 0)
            return TALLY_OK;
        return tally_fail(err, TALLY_ENOTFOUND, "%s: no column 'year' nor 'date' to take it from",
                          t->name);
    }
    return tally_fail(err, TALLY_ENOTFOUND, "%s: no column '%s'", t->name, name);
}

/* The text of a column for row r; a year is copied into yb (5 bytes). */
static const char *col_text(const tally_table *t, size_t r, const colref *c, char yb[5])
{
    const char *s = t->rows[r][c->col];
    if (!c->year)
        return s;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i]))
            return "";
    memcpy(yb, s, 4);
    yb[4] = '\0';
    return yb;
}

/* Split "a,b" into s->by and resolve each into cols (malloc'ed). */
static tally_status parse_by(const tally_table *t, const char *by, tally_stats *s,
                             colref **cols, tally_error *err)
{
    *cols = NULL;
    if (!by || !*by)
        return TALLY_OK;
    size_t cap = 0, capc = 0;
    const char *p = by;
    for (;;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        while (n && p[0] == ' ')
            p++, n--;
        while (n && p[n - 1] == ' ')
            n--;
        if (n == 0)
            return tally_fail(err, TALLY_EUSAGE, "an empty column name in --by '%s'", by);
        if (grow_array((void **)&s->by, &cap, s->nby + 1, sizeof *s->by) < 0 ||
            grow_array((void **)cols, &capc, s->nby + 1, sizeof **cols) < 0 ||
            !(s->by[s->nby] = xstrndup(p, n)))
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        tally_status st = find_col(t, s->by[s->nby], &(*cols)[s->nby], err);
        s->nby++;
        if (st)
            return st;
        if (!e)
            return TALLY_OK;
        p = e + 1;
    }
}

/* Parse the filters "col=value" / "col!=value" (fl malloc'ed). */
static tally_status parse_where(const tally_table *t, const tally_stats_opts *o, filter **fl,
                                char ***names, tally_error *err)
{
    *fl = calloc(o->nwhere + 1, sizeof **fl);
    *names = calloc(o->nwhere + 1, sizeof **names);
    if (!*fl || !*names)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    for (size_t i = 0; i < o->nwhere; i++) {
        const char *w = o->where[i], *eq = strchr(w, '=');
        if (!eq || eq == w || (eq == w + 1 && w[0] == '!'))
            return tally_fail(err, TALLY_EUSAGE, "bad filter '%s': write COLUMN=VALUE or "
                              "COLUMN!=VALUE", w);
        int neg = eq[-1] == '!';
        if (!((*names)[i] = xstrndup(w, (size_t)(eq - w) - (neg ? 1 : 0))))
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        tally_status st = find_col(t, (*names)[i], &(*fl)[i].c, err);
        if (st)
            return st;
        (*fl)[i].negate = neg;
        (*fl)[i].value = eq + 1;
    }
    return TALLY_OK;
}

/* Whether row r passes every filter. */
static int row_passes(const tally_table *t, size_t r, const filter *fl, size_t n)
{
    char yb[5];
    for (size_t i = 0; i < n; i++) {
        int eq = strcmp(col_text(t, r, &fl[i].c, yb), fl[i].value) == 0;
        if (eq == fl[i].negate)
            return 0;
    }
    return 1;
}

/* A numeric cell: 1 and *v set, 0 when empty; -1 when it is not a number. */
static int cell_value(const char *c, double *v)
{
    while (*c == ' ')
        c++;
    if (!*c)
        return 0;
    int ok = 0;
    *v = tally_cell_num(c, &ok);
    return ok && isfinite(*v) ? 1 : -1;
}

/* The number a row contributes: 1 (value), 2 (midpoint), 0 (none), or an error. */
static tally_status row_number(const tally_table *t, size_t r, const int c[3], int *kind,
                               double *v, tally_error *err)
{
    double x[3] = {NAN, NAN, NAN};
    int has[3] = {0, 0, 0};
    for (int i = 0; i < 3; i++) {
        if (c[i] < 0)
            continue;
        has[i] = cell_value(t->rows[r][c[i]], &x[i]);
        if (has[i] < 0)
            return tally_fail(err, TALLY_ECSV, "%s:%zu: column '%s': '%s' is not a number",
                              t->name, t->lines[r], t->cols[c[i]], t->rows[r][c[i]]);
    }
    int range = has[1] && has[2] && x[1] < x[2];
    *kind = 0;
    if (has[0]) {
        *v = x[0];
        *kind = range ? 2 : 1;
    } else if (has[1] && has[2]) {
        *v = (x[1] + x[2]) / 2;
        *kind = range ? 2 : 1;
    }
    return TALLY_OK;
}

/* Compare two keys: numerically when both are numbers, else as bytes. */
static int key_cmp(const char *a, const char *b)
{
    double x, y;
    int na = cell_value(a, &x) == 1, nb = cell_value(b, &y) == 1;
    if (na && nb && x != y)
        return x < y ? -1 : 1;
    if (na != nb && *a && *b)
        return na ? -1 : 1;   /* numbers before words */
    return strcmp(a, b);
}

static size_t sort_nby;   /* key count for group_cmp (qsort has no context) */

/* qsort comparator of groups by their keys. */
static int group_cmp(const void *pa, const void *pb)
{
    const tally_stats_group *a = pa, *b = pb;
    for (size_t i = 0; i < sort_nby; i++) {
        int c = key_cmp(a->keys[i], b->keys[i]);
        if (c)
            return c;
    }
    return 0;
}

/* Summarise the numbers of one group (sorted in place). */
static void summarise(tally_stats_group *g, acc *a)
{
    g->count = a->n;
    g->sum = 0;
    g->min = g->max = g->mean = g->median = g->p25 = g->p75 = g->sd = NAN;
    if (a->n == 0)
        return;
    gsl_sort(a->v, 1, a->n);
    for (size_t i = 0; i < a->n; i++)
        g->sum += a->v[i];
    g->min = a->v[0];
    g->max = a->v[a->n - 1];
    g->mean = gsl_stats_mean(a->v, 1, a->n);
    g->median = gsl_stats_median_from_sorted_data(a->v, 1, a->n);
    g->p25 = gsl_stats_quantile_from_sorted_data(a->v, 1, a->n, 0.25);
    g->p75 = gsl_stats_quantile_from_sorted_data(a->v, 1, a->n, 0.75);
    if (a->n > 1)
        g->sd = gsl_stats_sd_m(a->v, 1, a->n, g->mean);
}

/* Index of the group with row r's keys, creating it; -1 on OOM. */
static long group_of(tally_stats *s, acc **accs, size_t *cap, size_t *capa,
                     const tally_table *t, size_t r, const colref *cols)
{
    char yb[5];
    for (size_t i = 0; i < s->ng; i++) {
        size_t k = 0;
        while (k < s->nby && strcmp(s->g[i].keys[k], col_text(t, r, &cols[k], yb)) == 0)
            k++;
        if (k == s->nby)
            return (long)i;
    }
    if (grow_array((void **)&s->g, cap, s->ng + 1, sizeof *s->g) < 0 ||
        grow_array((void **)accs, capa, s->ng + 1, sizeof **accs) < 0)
        return -1;
    tally_stats_group *g = &s->g[s->ng];
    memset(g, 0, sizeof *g);
    memset(&(*accs)[s->ng], 0, sizeof **accs);
    s->ng++;
    if (!(g->keys = calloc(s->nby + 1, sizeof *g->keys)))
        return -1;
    for (size_t k = 0; k < s->nby; k++)
        if (!(g->keys[k] = xstrdup(col_text(t, r, &cols[k], yb))))
            return -1;
    return (long)s->ng - 1;
}

/* Group and summarise (see stats.h). */
tally_status tally_stats_compute(const tally_table *t, const tally_stats_opts *opts,
                                 tally_stats *out, tally_error *err)
{
    tally_stats_opts none = {NULL, NULL, 0};
    const tally_stats_opts *o = opts ? opts : &none;
    memset(out, 0, sizeof *out);
    colref *cols = NULL;
    filter *fl = NULL;
    char **names = NULL;
    acc *accs = NULL;
    size_t cap = 0, capa = 0;
    int c[3] = {tally_table_col(t, "value"), tally_table_col(t, "low"),
                tally_table_col(t, "high")};
    tally_status st = TALLY_OK;
    if (c[0] < 0 && (c[1] < 0 || c[2] < 0))
        st = tally_fail(err, TALLY_ENOTFOUND, "%s: no column 'value' (nor 'low' and 'high')",
                        t->name);
    if (!st)
        st = parse_by(t, o->by, out, &cols, err);
    if (!st)
        st = parse_where(t, o, &fl, &names, err);
    if (!st && out->nby == 0 && group_of(out, &accs, &cap, &capa, t, 0, cols) < 0)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    for (size_t r = 0; !st && r < t->nrows; r++) {
        if (!row_passes(t, r, fl, o->nwhere))
            continue;
        out->rows++;
        int kind = 0;
        double v = 0;
        if ((st = row_number(t, r, c, &kind, &v, err)))
            break;
        long gi = group_of(out, &accs, &cap, &capa, t, r, cols);
        if (gi < 0 || (kind && grow_array((void **)&accs[gi].v, &accs[gi].cap, accs[gi].n + 1,
                                          sizeof *accs[gi].v) < 0)) {
            st = tally_fail(err, TALLY_ENOMEM, "out of memory");
            break;
        }
        if (!kind)
            out->g[gi].missing++;
        else
            accs[gi].v[accs[gi].n++] = v;
        if (kind == 2) {
            out->g[gi].midpoints++;
            out->midpoints++;
        }
    }
    for (size_t i = 0; i < out->ng; i++) {
        if (!st)
            summarise(&out->g[i], &accs[i]);
        free(accs[i].v);
    }
    free(accs);
    free(cols);
    free(fl);
    for (size_t i = 0; names && i < o->nwhere; i++)
        free(names[i]);
    free(names);
    if (st) {
        tally_stats_free(out);
        return st;
    }
    sort_nby = out->nby;
    qsort(out->g, out->ng, sizeof *out->g, group_cmp);
    return TALLY_OK;
}

/* The statistics of a group in column order (count .. midpoints). */
static void group_numbers(const tally_stats_group *g, double v[11])
{
    double x[11] = {(double)g->count, (double)g->missing, g->sum, g->min, g->max, g->mean,
                    g->median, g->sd, g->p25, g->p75, (double)g->midpoints};
    memcpy(v, x, sizeof x);
}

/* CSV: the grouping columns, then tally_stats_columns. */
tally_status tally_stats_write_csv(const tally_stats *s, FILE *fp, tally_error *err)
{
    tally_csv_out o;
    tally_csv_init(&o, fp);
    for (size_t k = 0; k < s->nby; k++)
        tally_csv_raw(&o, s->by[k]);
    for (size_t k = 0; tally_stats_columns[k]; k++)
        tally_csv_raw(&o, tally_stats_columns[k]);
    if (tally_csv_end(&o) < 0)
        return tally_fail(err, TALLY_EIO, "write error");
    for (size_t i = 0; i < s->ng; i++) {
        double v[11];
        group_numbers(&s->g[i], v);
        for (size_t k = 0; k < s->nby; k++)
            tally_csv_text(&o, s->g[i].keys[k]);
        for (int k = 0; k < 11; k++)
            tally_csv_num(&o, v[k]);
        if (tally_csv_end(&o) < 0)
            return tally_fail(err, TALLY_EIO, "write error");
    }
    return TALLY_OK;
}

/* Display width of a UTF-8 string (code points). */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            w++;
    return w;
}

/* A number for the table: at most 2 decimals, '-' for NAN. */
static void table_num(double v, char out[64])
{
    if (isnan(v)) {
        snprintf(out, 64, "-");
        return;
    }
    snprintf(out, 64, "%.2f", v);
    char *e = out + strlen(out) - 1;
    while (*e == '0')
        *e-- = '\0';
    if (*e == '.')
        *e = '\0';
    if (strcmp(out, "-0") == 0)
        snprintf(out, 64, "0");
}

/* Aligned table: text left, numbers right, two spaces between columns. */
tally_status tally_stats_write_table(const tally_stats *s, FILE *fp, tally_error *err)
{
    size_t ncol = s->nby + 11, nrow = s->ng + 1;
    char **cell = calloc(ncol * nrow, sizeof *cell);
    size_t *w = calloc(ncol, sizeof *w);
    tally_status st = TALLY_OK;
    if (!cell || !w) {
        free(cell);
        free(w);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    for (size_t j = 0; j < ncol; j++)
        cell[j] = xstrdup(j < s->nby ? s->by[j] : tally_stats_columns[j - s->nby]);
    for (size_t i = 0; i < s->ng; i++) {
        double v[11];
        char num[64];
        group_numbers(&s->g[i], v);
        for (size_t j = 0; j < ncol; j++) {
            const char *k = j < s->nby ? s->g[i].keys[j] : NULL;
            if (!k)
                table_num(v[j - s->nby], num);
            cell[(i + 1) * ncol + j] = xstrdup(k ? (*k ? k : "-") : num);
        }
    }
    for (size_t i = 0; i < ncol * nrow; i++)
        if (!cell[i])
            st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    for (size_t i = 0; !st && i < ncol * nrow; i++)
        if (width(cell[i]) > w[i % ncol])
            w[i % ncol] = width(cell[i]);
    for (size_t i = 0; !st && i < nrow; i++) {
        for (size_t j = 0; j < ncol; j++) {
            const char *c = cell[i * ncol + j];
            int pad = (int)(w[j] - width(c));
            int left = j < s->nby;
            if (fprintf(fp, "%s%*s%s%*s", j ? "  " : "", left ? 0 : pad, "", c,
                        left && j + 1 < ncol ? pad : 0, "") < 0)
                st = tally_fail(err, TALLY_EIO, "write error");
        }
        if (fputc('\n', fp) == EOF)
            st = tally_fail(err, TALLY_EIO, "write error");
    }
    for (size_t i = 0; i < ncol * nrow; i++)
        free(cell[i]);
    free(cell);
    free(w);
    return st;
}

/* Free everything in s. */
void tally_stats_free(tally_stats *s)
{
    for (size_t i = 0; i < s->ng; i++) {
        for (size_t k = 0; s->g[i].keys && k < s->nby; k++)
            free(s->g[i].keys[k]);
        free(s->g[i].keys);
    }
    for (size_t k = 0; k < s->nby; k++)
        free(s->by[k]);
    free(s->by);
    free(s->g);
    memset(s, 0, sizeof *s);
}
