/*
 * plot.c - from a table of figures to a gnuplot script: the row filter
 * (--where), series grouping (--by), the choice of axis (time, number or
 * bars), line styles by modality, legend names, and the script itself with
 * its data inline as datablocks.
 *
 * Every piece of text that comes from the table goes through gnuplot.h's
 * tally_gp_quote() (single-quoted strings: legend, labels) or
 * tally_gp_field() (datablock fields: hover text, bar labels); numbers are
 * formatted here.  Nothing from the table is ever placed in a command
 * position or a double-quoted string.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/gnuplot.h"
#include "tally/isodate.h"
#include "tally/plot.h"

/* ---- options, presets, terminals ---- */

void tally_plot_opts_init(tally_plot_opts *o)
{
    memset(o, 0, sizeof *o);
    o->lines = 1;
}

tally_status tally_plot_preset(const char *name, tally_plot_opts *o, tally_error *err)
{
    if (strcmp(name, "force-levels") == 0) {
        o->where = "category=aircraft";
        o->by = "actor,modality";
        o->title = "Force levels over time";
    } else if (strcmp(name, "plan-vs-actual") == 0) {
        o->where = "category=aircraft,modality=planned|promised|requested|actual";
        o->by = "modality";
        o->title = "Planned against actual";
    } else if (strcmp(name, "ratios") == 0) {
        o->x = "name";
        o->y = "value";
        o->bars = 1;
        o->lines = 0;
        o->title = "Derived figures";
    } else {
        return tally_fail(err, TALLY_EUSAGE,
                          "unknown preset '%s' (force-levels, plan-vs-actual, ratios)", name);
    }
    return TALLY_OK;
}

static const struct {
    const char *name;   /* terminal name or file extension */
    tally_plot_term term;
} term_names[] = {
    {"svg", TALLY_TERM_SVG}, {"png", TALLY_TERM_PNG}, {"pdf", TALLY_TERM_PDF},
    {"dumb", TALLY_TERM_DUMB}, {"txt", TALLY_TERM_DUMB},
};

tally_status tally_plot_term_by_name(const char *name, tally_plot_term *t, tally_error *err)
{
    for (size_t i = 0; i < sizeof term_names / sizeof *term_names; i++)
        if (strcasecmp(name, term_names[i].name) == 0) {
            *t = term_names[i].term;
            return TALLY_OK;
        }
    return tally_fail(err, TALLY_EUSAGE, "unknown terminal '%s' (svg, png, pdf, dumb)", name);
}

tally_status tally_plot_term_for_path(const char *path, tally_plot_term *t, tally_error *err)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (dot && (!slash || dot > slash) &&
        tally_plot_term_by_name(dot + 1, t, NULL) == TALLY_OK)
        return TALLY_OK;
    return tally_fail(err, TALLY_EUSAGE,
                      "'%s': cannot tell the chart format from the name (.svg, .png, .pdf, .txt)",
                      path);
}

/* ---- the filter ---- */

typedef struct cond {
    int col;        /* column index */
    int neg;        /* 1 for != */
    char **alts;    /* accepted (or refused) values */
    size_t nalts;
} cond;

typedef struct filter {
    cond *v;
    size_t n, cap;
} filter;

static void filter_free(filter *f)
{
    for (size_t i = 0; i < f->n; i++) {
        for (size_t j = 0; j < f->v[i].nalts; j++)
            free(f->v[i].alts[j]);
        free(f->v[i].alts);
    }
    free(f->v);
    memset(f, 0, sizeof *f);
}

/* Copy of s[0..n) without surrounding spaces. */
static char *trimmed(const char *s, size_t n)
{
    while (n && *s == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    return xstrndup(s, n);
}

/* Parse one "col=a|b" or "col!=a" of length n into c. */
static tally_status parse_cond(const tally_table *t, const char *s, size_t n, cond *c,
                               tally_error *err)
{
    const char *eq = memchr(s, '=', n);
    if (!eq || eq == s || (eq == s + 1 && s[0] == '!'))
        return tally_fail(err, TALLY_EPARSE, "--where: '%.*s': expected COLUMN=VALUE or COLUMN!=VALUE",
                          (int)n, s);
    c->neg = eq[-1] == '!';
    char *name = trimmed(s, (size_t)(eq - s) - (size_t)c->neg);
    if (!name)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    c->col = tally_table_col(t, name);
    if (c->col < 0) {
        tally_status st = tally_fail(err, TALLY_ENOTFOUND, "--where: no column '%s' in '%s'", name,
                                     t->name);
        free(name);
        return st;
    }
    free(name);
    const char *v = eq + 1, *end = s + n;
    for (;;) {
        const char *bar = memchr(v, '|', (size_t)(end - v));
        const char *stop = bar ? bar : end;
        size_t cap = c->nalts;
        if (grow_array((void **)&c->alts, &cap, c->nalts + 1, sizeof *c->alts) < 0 ||
            !(c->alts[c->nalts] = trimmed(v, (size_t)(stop - v))))
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        c->nalts++;
        if (!bar)
            break;
        v = bar + 1;
    }
    return TALLY_OK;
}

/* Parse "c1,c2" into f; an empty or NULL spec selects every row. */
static tally_status parse_filter(const tally_table *t, const char *spec, filter *f,
                                 tally_error *err)
{
    memset(f, 0, sizeof *f);
    const char *p = spec;
    while (p && *p) {
        size_t n = strcspn(p, ",");
        int blank = 1;
        for (size_t i = 0; i < n; i++)
            blank &= p[i] == ' ';
        if (!blank) {
            if (grow_array((void **)&f->v, &f->cap, f->n + 1, sizeof *f->v) < 0)
                return tally_fail(err, TALLY_ENOMEM, "out of memory");
            memset(&f->v[f->n], 0, sizeof *f->v);
            f->n++;
            tally_status st = parse_cond(t, p, n, &f->v[f->n - 1], err);
            if (st)
                return st;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    return TALLY_OK;
}

/* Whether row r passes every condition of f. */
static int filter_match(const filter *f, char **row)
{
    for (size_t i = 0; i < f->n; i++) {
        const cond *c = &f->v[i];
        char *cell = trimmed(row[c->col], strlen(row[c->col]));
        int hit = 0;
        for (size_t j = 0; cell && j < c->nalts && !hit; j++)
            hit = strcasecmp(cell, c->alts[j]) == 0;
        free(cell);
        if (hit == c->neg)
            return 0;
    }
    return 1;
}

/* ---- series ---- */

typedef struct point {
    size_t row;        /* table row */
    double x, y;       /* x: middle of the date, the number, or the bar slot */
    double xs, xe;     /* an interval's ends, NAN for a point date */
    double lo, hi;     /* bounds, NAN when absent */
} point;

typedef struct series {
    char *key;         /* the --by cells joined by \x1f */
    char *colour_key;  /* the same without the modality column */
    char *label;       /* legend text */
    int colour;        /* index into colours[] */
    int dash;          /* gnuplot dashtype: 1 solid, 2 dashed, 3 dotted, 4 dash-dot */
    point *pts;
    size_t n, cap;
} series;

typedef struct cols {
    int x, y, lo, hi;              /* required x, y; bounds or -1 */
    int mention, note, id, unit, modality, date, noun, name, expression;
    int *by;                       /* --by columns */
    size_t nby;
} cols;

enum { AXIS_TIME, AXIS_NUMBER, AXIS_BARS };

static const char *const colours[] = {"#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad",
                                      "#d68910", "#17a2b8", "#6d4c41", "#555555"};
#define NCOLOURS (sizeof colours / sizeof *colours)

/* Dash type for a modality: plans, promises and requests dashed,
 * hypothetical figures dotted, estimates dash-dotted. */
static int dash_for(const char *modality)
{
    static const struct {
        const char *name;
        int dt;
    } dashes[] = {{"planned", 2}, {"promised", 2}, {"requested", 2}, {"hypothetical", 3},
                  {"estimated", 4}};
    for (size_t i = 0; modality && i < sizeof dashes / sizeof *dashes; i++)
        if (strcasecmp(modality, dashes[i].name) == 0)
            return dashes[i].dt;
    return 1;
}

static void series_free(series *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(s[i].key);
        free(s[i].colour_key);
        free(s[i].label);
        free(s[i].pts);
    }
    free(s);
}

/* Cell of column c in row, "" when the column is absent. */
static const char *cell(char **row, int c)
{
    return c >= 0 ? row[c] : "";
}

/* Append the legend words for one --by cell: actor codes are named through
 * actor_names, each code of a joint actor ("CN+SU") on its own. */
static int put_part_name(tally_buf *b, const tally_plot_opts *o, const tally_table *t, int col,
                         const char *v)
{
    if (!o->lex || strcmp(t->cols[col], "actor") != 0)
        return buf_puts(b, v);
    int rc = 0;
    for (const char *p = v;;) {
        size_t n = strcspn(p, "+");
        char *code = xstrndup(p, n);
        if (!code)
            return -1;
        const char *name = tally_lexicon_get(o->lex, "actor_names", code, "name");
        rc |= buf_puts(b, name && *name ? name : code);
        free(code);
        if (!p[n])
            break;
        rc |= buf_puts(b, " + ");
        p += n + 1;
    }
    return rc;
}

/* Fill key, colour_key and label of s from row. */
static int series_names(const tally_plot_opts *o, const tally_table *t, const cols *c,
                        char **row, series *s)
{
    tally_buf k = {0}, ck = {0}, lb = {0};
    int rc = 0;
    for (size_t i = 0; i < c->nby && rc == 0; i++) {
        const char *v = row[c->by[i]];
        rc |= buf_puts(&k, v) | buf_putc(&k, '\x1f');
        if (c->by[i] != c->modality)
            rc |= buf_puts(&ck, v) | buf_putc(&ck, '\x1f');
        if (i)
            rc |= buf_puts(&lb, ", ");
        if (*v)
            rc |= put_part_name(&lb, o, t, c->by[i], v);
        else
            rc |= buf_printf(&lb, "%s unknown", t->cols[c->by[i]]);
    }
    s->key = buf_detach(&k);
    s->colour_key = buf_detach(&ck);
    s->label = buf_detach(&lb);
    return rc || !s->key || !s->colour_key || !s->label ? -1 : 0;
}

/* The series of row (created if new); NULL when out of memory. */
static series *series_for(const tally_plot_opts *o, const tally_table *t, const cols *c,
                          char **row, series **all, size_t *n, size_t *cap)
{
    series probe = {0};
    if (series_names(o, t, c, row, &probe) < 0) {
        free(probe.key), free(probe.colour_key), free(probe.label);
        return NULL;
    }
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*all)[i].key, probe.key) == 0) {
            free(probe.key), free(probe.colour_key), free(probe.label);
            return &(*all)[i];
        }
    if (grow_array((void **)all, cap, *n + 1, sizeof **all) < 0) {
        free(probe.key), free(probe.colour_key), free(probe.label);
        return NULL;
    }
    (*all)[*n] = probe;
    return &(*all)[(*n)++];
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const series *)a)->key, ((const series *)b)->key);
}

static int by_x(const void *a, const void *b)
{
    const point *p = a, *q = b;
    if (p->x != q->x)
        return p->x < q->x ? -1 : 1;
    return p->row < q->row ? -1 : p->row > q->row;
}

/* ---- columns and axis ---- */

/* Index of a column the options name; ENOTFOUND when it is missing. */
static tally_status need_col(const tally_table *t, const char *name, const char *what, int *out,
                             tally_error *err)
{
    *out = tally_table_col(t, name);
    if (*out < 0)
        return tally_fail(err, TALLY_ENOTFOUND, "%s: no column '%s' in '%s'", what, name, t->name);
    return TALLY_OK;
}

static tally_status find_cols(const tally_table *t, const tally_plot_opts *o, cols *c,
                              tally_error *err)
{
    tally_status st;
    memset(c, 0, sizeof *c);
    if ((st = need_col(t, o->x ? o->x : "date", "x axis", &c->x, err)) ||
        (st = need_col(t, o->y ? o->y : "value", "y axis", &c->y, err)))
        return st;
    c->lo = tally_table_col(t, o->low ? o->low : "low");
    c->hi = tally_table_col(t, o->high ? o->high : "high");
    if (o->low && c->lo < 0)
        return need_col(t, o->low, "--low", &c->lo, err);
    if (o->high && c->hi < 0)
        return need_col(t, o->high, "--high", &c->hi, err);
    c->mention = tally_table_col(t, "mention");
    c->note = tally_table_col(t, "note");
    c->id = tally_table_col(t, "id");
    c->unit = tally_table_col(t, "unit");
    c->modality = tally_table_col(t, "modality");
    c->date = tally_table_col(t, "date");
    c->noun = tally_table_col(t, "noun");
    c->name = tally_table_col(t, "name");
    c->expression = tally_table_col(t, "expression");
    const char *p = o->by;
    while (p && *p) {
        size_t n = strcspn(p, ",");
        char *name = trimmed(p, n);
        if (!name)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        if (*name) {
            int k;
            st = need_col(t, name, "--by", &k, err);
            size_t cap = c->nby;
            if (!st && grow_array((void **)&c->by, &cap, c->nby + 1, sizeof *c->by) < 0)
                st = tally_fail(err, TALLY_ENOMEM, "out of memory");
            if (!st)
                c->by[c->nby++] = k;
        }
        free(name);
        if (st)
            return st;
        p += n;
        if (*p == ',')
            p++;
    }
    return TALLY_OK;
}

/* Which axis the selected rows' x cells call for. */
static int choose_axis(const tally_table *t, const tally_plot_opts *o, const cols *c,
                       const filter *f)
{
    int dates = 1, numbers = 1, any = 0;
    if (strcmp(t->cols[c->x], "date") == 0)
        return AXIS_TIME;
    for (size_t i = 0; i < t->nrows && (dates || numbers); i++) {
        char **row = t->rows[i];
        if (!*row[c->x] || !filter_match(f, row))
            continue;
        tally_isodate d;
        int ok;
        any = 1;
        if (dates && tally_isodate_parse(row[c->x], &d, NULL) != TALLY_OK)
            dates = 0;
        tally_cell_num(row[c->x], &ok);
        numbers &= ok;
    }
    if (any && dates && !o->bars)
        return AXIS_TIME;
    if (any && numbers && !o->bars)
        return AXIS_NUMBER;
    return AXIS_BARS;
}

/* Number of a cell, NAN when empty or not a number. */
static double num_or_nan(char **row, int col)
{
    int ok;
    if (col < 0)
        return NAN;
    double v = tally_cell_num(row[col], &ok);
    return ok ? v : NAN;
}

/* Sort the rows of t into series; count what was skipped. */
static tally_status collect(const tally_table *t, const tally_plot_opts *o, const cols *c,
                            const filter *f, int axis, series **out, size_t *nout,
                            tally_plot_info *info, tally_error *err)
{
    series *all = NULL;
    size_t n = 0, cap = 0, slot = 0;
    for (size_t i = 0; i < t->nrows; i++) {
        char **row = t->rows[i];
        if (!filter_match(f, row)) {
            info->filtered++;
            continue;
        }
        const char *xc = row[c->x];
        point p = {i, NAN, NAN, NAN, NAN, NAN, NAN};
        int ok;
        while (*xc == ' ')
            xc++;
        if (!*xc && axis != AXIS_BARS) {
            info->no_x++;
            continue;
        }
        p.y = tally_cell_num(row[c->y], &ok);
        if (!ok) {
            info->no_y++;
            continue;
        }
        if (axis == AXIS_TIME) {
            tally_isodate d;
            if (tally_isodate_parse(xc, &d, NULL) != TALLY_OK) {
                info->bad_x++;
                continue;
            }
            p.x = tally_isodate_mid(&d);
            if (d.interval)
                p.xs = d.start, p.xe = d.end;
        } else if (axis == AXIS_NUMBER) {
            p.x = tally_cell_num(xc, &ok);
        }
        if (o->logy && p.y <= 0) {
            info->nonpos_y++;
            continue;
        }
        p.lo = num_or_nan(row, c->lo);
        p.hi = num_or_nan(row, c->hi);
        if (o->logy && p.lo <= 0)
            p.lo = NAN;
        if (axis == AXIS_BARS)
            p.x = (double)slot++;
        series *s = series_for(o, t, c, row, &all, &n, &cap);
        if (!s || grow_array((void **)&s->pts, &s->cap, s->n + 1, sizeof *s->pts) < 0) {
            series_free(all, n);
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        }
        s->pts[s->n++] = p;
        info->used++;
    }
    *out = all;
    *nout = n;
    return TALLY_OK;
}

/* Colours by colour key (series differing only in modality share one) and
 * dashes by modality. */
static void style_series(const tally_table *t, const cols *c, series *s, size_t n)
{
    int next = 0;
    for (size_t i = 0; i < n; i++) {
        if (!*s[i].colour_key) {   /* grouped by modality alone: colour by it too */
            free(s[i].colour_key);
            s[i].colour_key = s[i].key;
            s[i].key = xstrdup(s[i].colour_key);
            if (!s[i].key) {   /* keep the shared pointer rather than fail */
                s[i].key = s[i].colour_key;
                s[i].colour_key = xstrdup("");
            }
        }
        s[i].colour = -1;
        for (size_t j = 0; j < i && s[i].colour < 0; j++)
            if (strcmp(s[j].colour_key, s[i].colour_key) == 0)
                s[i].colour = s[j].colour;
        if (s[i].colour < 0)
            s[i].colour = next++ % (int)NCOLOURS;
        const char *mod = NULL;
        if (c->modality >= 0) {
            mod = t->rows[s[i].pts[0].row][c->modality];
            for (size_t k = 1; k < s[i].n && mod; k++)
                if (strcasecmp(t->rows[s[i].pts[k].row][c->modality], mod) != 0)
                    mod = NULL;
        }
        s[i].dash = dash_for(mod);
    }
}

/* ---- writing the script ---- */

/* A number for a datablock: plain decimal, NaN when missing. */
static int put_num(tally_buf *b, double v)
{
    char tmp[64];
    if (isnan(v))
        return buf_puts(b, "NaN");
    fmt_num(v, tmp);
    return buf_puts(b, tmp);
}

/* Append `' text'` as a quoted gnuplot string after prefix; -1 on OOM. */
static int put_quoted(tally_buf *b, const char *prefix, const char *text, const char *suffix)
{
    char *q = tally_gp_quote(text);
    int rc = q ? buf_printf(b, "%s%s%s", prefix, q, suffix) : -1;
    free(q);
    return rc;
}

/* Append a datablock field. */
static int put_field(tally_buf *b, const char *text, int hyper)
{
    char *q = tally_gp_field(text, hyper);
    int rc = q ? buf_puts(b, q) : -1;
    free(q);
    return rc;
}

/* The unit every drawn row shares, or NULL. */
static const char *common_unit(const tally_table *t, const cols *c, const series *s, size_t n)
{
    const char *u = NULL;
    if (c->unit < 0)
        return NULL;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < s[i].n; k++) {
            const char *v = t->rows[s[i].pts[k].row][c->unit];
            if (!*v || (u && strcmp(u, v) != 0))
                return NULL;
            u = v;
        }
    return u;
}

/* Whether the drawn rows name two different units. */
static int mixed_units(const tally_table *t, const cols *c, const series *s, size_t n)
{
    const char *u = NULL;
    for (size_t i = 0; c->unit >= 0 && i < n; i++)
        for (size_t k = 0; k < s[i].n; k++) {
            const char *v = t->rows[s[i].pts[k].row][c->unit];
            if (*v && u && strcmp(u, v) != 0)
                return 1;
            if (*v)
                u = v;
        }
    return 0;
}

/* Terminal and general settings. */
static int put_head(tally_buf *b, const tally_plot_opts *o)
{
    int w = o->width, h = o->height, rc = 0;
    rc |= buf_puts(b, "# made by 'tally plot'; run: gnuplot THIS_FILE > chart\n"
                      "# the data are inline below, one datablock per series\n"
                      "set encoding utf8\n");
    switch (o->term) {
    case TALLY_TERM_SVG:
        rc |= buf_printf(b, "set terminal svg size %d,%d dynamic mouse standalone "
                            "font 'Sans,11' background '#ffffff'\n",
                         w ? w : 960, h ? h : 540);
        break;
    case TALLY_TERM_PNG:
        rc |= buf_printf(b, "if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
                            "    set terminal pngcairo size %d,%d font 'Sans,10'\n"
                            "} else {\n"
                            "    set terminal png size %d,%d\n"
                            "}\n",
                         w ? w : 960, h ? h : 540, w ? w : 960, h ? h : 540);
        break;
    case TALLY_TERM_PDF:
        rc |= buf_printf(b, "set terminal pdfcairo size %.2fin,%.2fin font 'Sans,9'\n",
                         (w ? w : 960) / 100.0, (h ? h : 540) / 100.0);
        break;
    case TALLY_TERM_DUMB:
        rc |= buf_printf(b, "set terminal dumb size %d,%d\n", w ? w : 79, h ? h : 24);
        break;
    }
    if (o->term == TALLY_TERM_DUMB) {
        rc |= buf_puts(b, "set style fill empty border\n");   /* no shading in characters */
    } else {
        rc |= buf_puts(b, "set style fill transparent solid 0.18 noborder\n");
    }
    rc |= buf_puts(b, "set termoption noenhanced\n"
                      "set datafile missing 'NaN'\n"
                      "set grid ytics lc rgb '#dddddd'\n"
                      "set border 3\n"
                      "set tics nomirror\n"
                      "set key below\n");
    return rc;
}

/* Month index (y*12 + m-1) of time t. */
static long month_index(double t)
{
    long y = 0;
    int m = 1;
    long days = (long)floor(t / 86400.0);
    int d;
    tally_civil_from_days(days, &y, &m, &d);
    return y * 12 + (m - 1);
}

/* Time axis: explicit calendar ticks, explicit format, a padded range. */
static int put_time_axis(tally_buf *b, const tally_plot_opts *o, const series *s, size_t n)
{
    static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < s[i].n; k++) {
            const point *p = &s[i].pts[k];
            double a = isnan(p->xs) ? p->x : p->xs, z = isnan(p->xe) ? p->x : p->xe;
            lo = a < lo ? a : lo;
            hi = z > hi ? z : hi;
        }
    double pad = (hi - lo) * 0.04;
    if (pad < 20 * 86400.0)
        pad = 20 * 86400.0;
    lo -= pad;
    hi += pad;
    long m0 = month_index(lo), m1 = month_index(hi);
    int maxticks = o->term == TALLY_TERM_DUMB ? 6 : 10, step = 1200;
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if ((m1 - m0) / steps[i] + 1 <= maxticks) {
            step = steps[i];
            break;
        }
    int rc = buf_printf(b, "set xdata time\nset timefmt '%%s'\nset format x '%s' timedate\n",
                        step >= 12 ? "%Y" : "%Y-%m");
    rc |= buf_puts(b, "set xtics (");
    int first = 1;
    long k = m0 - ((m0 % step) + step) % step;   /* floor to a multiple of step */
    for (; k <= m1; k += step) {
        long y = k >= 0 ? k / 12 : -((-k + 11) / 12);
        int m = (int)(k - y * 12) + 1;
        double t = tally_isodate_seconds(y, m, 1);
        if (t < lo || t > hi)
            continue;
        if (step >= 12)
            rc |= buf_printf(b, "%s'%04ld' %.0f", first ? "" : ", ", y, t);
        else
            rc |= buf_printf(b, "%s'%04ld-%02d' %.0f", first ? "" : ", ", y, m, t);
        first = 0;
    }
    rc |= buf_printf(b, ")\nset xrange [%.0f:%.0f]\n", lo, hi);
    return rc;
}

/* Hover text of a point: mention, date, endnote and id, one per line. */
static int put_hover(tally_buf *b, const tally_table *t, const cols *c, const point *p)
{
    char **row = t->rows[p->row];
    const char *what = *cell(row, c->mention)      ? cell(row, c->mention)
                       : *cell(row, c->expression) ? cell(row, c->expression)
                       : *cell(row, c->noun)       ? cell(row, c->noun)
                                                   : row[c->y];
    tally_buf cite = {0};
    const char *note = cell(row, c->note), *id = cell(row, c->id);
    int rc = 0;
    if (*note && strcmp(note, "0") != 0)
        rc |= buf_printf(&cite, "note %s", note);
    if (*id)
        rc |= buf_printf(&cite, "%sfigure %s", cite.len ? ", " : "", id);
    rc |= put_field(b, what, 1) | buf_putc(b, ' ');
    rc |= put_field(b, c->date >= 0 ? row[c->date] : row[c->x], 1) | buf_putc(b, ' ');
    rc |= put_field(b, cite.data ? cite.data : "", 1);
    buf_free(&cite);
    return rc;
}

/* Datablock $sN: x y xs xe boxlo boxhi errlo errhi "what" "date" "cite" "label". */
static int put_block(tally_buf *b, const tally_table *t, const tally_plot_opts *o, const cols *c,
                     const series *s, size_t idx)
{
    int rc = buf_printf(b, "$s%zu << EOD\n", idx + 1);
    for (size_t k = 0; k < s->n && rc == 0; k++) {
        const point *p = &s->pts[k];
        int bounded = !isnan(p->lo) && !isnan(p->hi);
        int span = !isnan(p->xs);
        double elo = NAN, ehi = NAN;
        if (bounded && !span)
            elo = p->lo, ehi = p->hi;
        else if (o->band && !span)
            elo = ehi = p->y;   /* a band pinches to the value where no bounds are known */
        rc |= put_num(b, p->x) | buf_putc(b, ' ') | put_num(b, p->y) | buf_putc(b, ' ');
        rc |= put_num(b, p->xs) | buf_putc(b, ' ') | put_num(b, p->xe) | buf_putc(b, ' ');
        rc |= put_num(b, bounded && span ? p->lo : NAN) | buf_putc(b, ' ');
        rc |= put_num(b, bounded && span ? p->hi : NAN) | buf_putc(b, ' ');
        rc |= put_num(b, elo) | buf_putc(b, ' ') | put_num(b, ehi) | buf_putc(b, ' ');
        rc |= put_hover(b, t, c, p) | buf_putc(b, ' ');
        rc |= put_field(b, t->rows[p->row][c->x], 0) | buf_putc(b, '\n');
    }
    return rc | buf_puts(b, "EOD\n");
}

/* Whether some point of s satisfies the kind of element wanted. */
enum { HAS_SPAN, HAS_BOX, HAS_ERR, HAS_BOUNDS };
static int series_has(const series *s, int what)
{
    for (size_t k = 0; k < s->n; k++) {
        const point *p = &s->pts[k];
        int bounded = !isnan(p->lo) && !isnan(p->hi), span = !isnan(p->xs);
        if ((what == HAS_SPAN && span) || (what == HAS_BOX && span && bounded) ||
            (what == HAS_ERR && !span && bounded) || (what == HAS_BOUNDS && bounded))
            return 1;
    }
    return 0;
}

/* The plot command: per series its band or boxes, spans, error bars, line
 * (with the legend title) and, in SVG, hover points. */
static int put_plot(tally_buf *b, const tally_plot_opts *o, const series *s, size_t n, int axis,
                    int keyed)
{
    int rc = buf_puts(b, "plot \\\n"), first = 1;
    const char *hover = "(strcol(9).\"\\n\".strcol(10).\"\\n\".strcol(11))";
    for (size_t i = 0; i < n && rc == 0; i++) {
        const series *x = &s[i];
        const char *col = colours[x->colour];
        size_t id = i + 1;
#define SEP (first ? (first = 0, "  ") : ", \\\n  ")
        if (axis == AXIS_BARS) {
            rc |= buf_printf(b, "%s$s%zu using 1:2:xtic(strcol(12)) with boxes fs solid 0.55 "
                                "lc rgb '%s' ", SEP, id, col);
            rc |= keyed ? put_quoted(b, "title ", x->label, "") : buf_puts(b, "notitle");
            if (series_has(x, HAS_ERR))
                rc |= buf_printf(b, "%s$s%zu using 1:2:7:8 with yerrorbars lc rgb '#333333' "
                                    "pt -1 notitle", SEP, id);
        } else {
            if (series_has(x, HAS_BOX))
                rc |= buf_printf(b, "%s$s%zu using 1:2:3:4:5:6 with boxxyerror lc rgb '%s' "
                                    "notitle", SEP, id, col);
            if (o->band && series_has(x, HAS_BOUNDS) && series_has(x, HAS_ERR))
                rc |= buf_printf(b, "%s$s%zu using 1:7:8 with filledcurves lc rgb '%s' notitle",
                                 SEP, id, col);
            if (series_has(x, HAS_SPAN))
                rc |= buf_printf(b, "%s$s%zu using 3:2:($4-$3):(0) with vectors nohead lw 2.5 "
                                    "dt %d lc rgb '%s' notitle", SEP, id, x->dash, col);
            if (!o->band && series_has(x, HAS_ERR))
                rc |= buf_printf(b, "%s$s%zu using 1:2:7:8 with yerrorbars pt 7 ps 0.5 "
                                    "lc rgb '%s' notitle", SEP, id, col);
            rc |= buf_printf(b, "%s$s%zu using 1:2 with %s lw 1.5 dt %d pt 7 ps 0.7 lc rgb '%s' ",
                             SEP, id, o->lines ? "linespoints" : "points", x->dash, col);
            rc |= keyed ? put_quoted(b, "title ", x->label, "") : buf_puts(b, "notitle");
        }
        if (o->term == TALLY_TERM_SVG)
            rc |= buf_printf(b, "%s$s%zu using 1:2:%s with labels hypertext point pt 7 ps 0.9 "
                                "lc rgb '%s' notitle", SEP, id, hover, col);
#undef SEP
    }
    return rc | buf_puts(b, "\n");
}

/* Labels, ranges and axes. */
static int put_axes(tally_buf *b, const tally_table *t, const tally_plot_opts *o, const cols *c,
                    const series *s, size_t n, int axis)
{
    int rc = 0;
    if (o->title)
        rc |= put_quoted(b, "set title ", o->title, "\n");
    const char *xl = o->xlabel ? o->xlabel : axis == AXIS_TIME ? NULL : t->cols[c->x];
    if (xl)
        rc |= put_quoted(b, "set xlabel ", xl, "\n");
    const char *yl = o->ylabel ? o->ylabel : common_unit(t, c, s, n);
    rc |= put_quoted(b, "set ylabel ", yl ? yl : t->cols[c->y], "\n");
    int nonneg = 1;
    size_t slots = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < s[i].n; k++) {
            const point *p = &s[i].pts[k];
            nonneg &= p->y >= 0 && !(p->lo < 0);
            slots++;
        }
    if (o->logy)
        rc |= buf_puts(b, "set logscale y\n");
    else if (nonneg)
        rc |= buf_puts(b, "set yrange [0:*]\n");
    if (axis == AXIS_TIME)
        rc |= put_time_axis(b, o, s, n);
    else if (axis == AXIS_BARS)
        rc |= buf_printf(b, "set boxwidth 0.7\nset xrange [-0.6:%zu.4]\nset xtics rotate by 30 "
                            "right\nset format x '%%g'\n", slots - 1);
    else
        rc |= buf_puts(b, "set format x '%g'\nset offsets graph 0.04, graph 0.04, 0, 0\n");
    return rc;
}

/* Explain an empty chart. */
static tally_status nothing(const tally_table *t, const cols *c, const tally_plot_info *in,
                            tally_error *err)
{
    return tally_fail(err, TALLY_EINPUT,
                      "'%s': nothing to plot: %zu rows, %zu left out by --where, %zu without "
                      "'%s', %zu with an unreadable date, %zu without a number in '%s'%s",
                      t->name, in->rows, in->filtered, in->no_x, t->cols[c->x], in->bad_x,
                      in->no_y, t->cols[c->y], in->nonpos_y ? ", others not above 0 (--log)" : "");
}

tally_status tally_plot_script(const tally_table *t, const tally_plot_opts *o, char **script,
                               tally_plot_info *info, tally_error *err)
{
    tally_plot_info dummy;
    tally_status st;
    filter f;
    cols c;
    series *s = NULL;
    size_t n = 0;
    tally_buf b = {0};
    *script = NULL;
    if (!info)
        info = &dummy;
    memset(info, 0, sizeof *info);
    info->rows = t->nrows;
    if ((st = find_cols(t, o, &c, err))) {
        free(c.by);
        return st;
    }
    if ((st = parse_filter(t, o->where, &f, err)))
        goto out;
    int axis = choose_axis(t, o, &c, &f);
    info->time_axis = axis == AXIS_TIME;
    if ((st = collect(t, o, &c, &f, axis, &s, &n, info, err)))
        goto out;
    if (info->used == 0) {
        st = nothing(t, &c, info, err);
        goto out;
    }
    qsort(s, n, sizeof *s, by_key);
    for (size_t i = 0; i < n; i++)
        if (axis != AXIS_BARS)
            qsort(s[i].pts, s[i].n, sizeof *s[i].pts, by_x);
    style_series(t, &c, s, n);
    info->nseries = n;
    info->mixed_units = mixed_units(t, &c, s, n);
    int rc = put_head(&b, o);
    rc |= put_axes(&b, t, o, &c, s, n, axis);
    if (c.nby == 0)
        rc |= buf_puts(&b, "set key off\n");
    for (size_t i = 0; i < n; i++)
        rc |= put_block(&b, t, o, &c, &s[i], i);
    rc |= put_plot(&b, o, s, n, axis, c.nby > 0);
    if (rc) {
        st = tally_fail(err, TALLY_ENOMEM, "out of memory writing the gnuplot script");
        goto out;
    }
    *script = buf_detach(&b);
    if (!*script)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory writing the gnuplot script");
out:
    buf_free(&b);
    series_free(s, n);
    filter_free(&f);
    free(c.by);
    return st;
}
