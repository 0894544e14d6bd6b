/*
 * derive.c - rules over the figures of a facts CSV, evaluated three ways at
 * once: on the figures' values, by interval arithmetic on their bounds
 * (interval.c), and by Monte Carlo with GSL's Mersenne Twister.  See
 * derive.h for the rule language and how figures become distributions.
 *
 * The parser is recursive descent and evaluates as it parses: every
 * sub-expression becomes a `val` (point value, interval, sample vector,
 * unit).  Figures are sampled once, at their first use, and the samples are
 * kept, so that the same figure is the same draw wherever it appears; rule
 * results keep their samples for the rules after them.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "buf.h"
#include "tally/derive.h"
#include "tally/interval.h"

const char *const tally_derive_columns[] = {"name", "expression", "value", "low", "high",
                                            "mean", "sd", "p05", "p95", "unit", "inputs",
                                            NULL};

#define UNIT_MAX 16      /* atoms in one unit: aircraft/regiment has 2 */
#define CONV_DEPTH 8     /* longest chain of unit declarations followed */

typedef struct figure {
    char *doc, *id, *key;    /* "" when the column is absent or empty */
    char *qual, *unit;       /* "" when absent */
    char *where;             /* "file:line" for messages */
    double value, low, high; /* NAN for an empty cell */
    double *samples;         /* drawn at first use; NULL before (or no Monte Carlo) */
    double slo, shi;         /* the bounds the samples were drawn from */
} figure;

typedef struct conv {
    char *from, *to;         /* 1 from = factor to */
    double factor;
} conv;

typedef struct val {
    double v;                /* point value */
    tally_interval iv;       /* bounds */
    double *s;               /* samples (owned), NULL without Monte Carlo */
    char *unit;              /* owned, "" unitless */
} val;

typedef struct rule {
    tally_derived out;       /* what is reported */
    val v;                   /* kept for the rules after it */
    char *where;             /* "file:line" of its definition */
} rule;

struct tally_deriver {
    tally_derive_opts o;
    figure *fig;             /* every figure of every table added */
    size_t nfig, capfig;
    conv *conv;              /* unit declarations */
    size_t nconv, capconv;
    rule *rule;              /* results, in order */
    size_t nrule, caprule;
    gsl_rng *rng;            /* one generator for every draw */
};

typedef struct parser {
    tally_deriver *d;
    const char *src;         /* file name for messages */
    int line;                /* line number for messages */
    const char *s;           /* the line */
    size_t n, p;             /* its length and the read position */
    size_t end;              /* end of the last token read */
    tally_buf inputs;        /* figures used, space-separated */
    tally_buf note;          /* assumptions, "; "-separated */
    tally_error *err;
} parser;

/* ---------------------------------------------------------------- basics */

/* Defaults documented in derive.h. */
tally_derive_opts tally_derive_defaults(void)
{
    tally_derive_opts o = {0.10, 0, 1, 100000};
    return o;
}

/* 1-based column of byte offset pos in the line, counting UTF-8 characters. */
static int column_of(const parser *ps, size_t pos)
{
    int col = 1;
    for (size_t i = 0; i < pos && i < ps->n; i++)
        if (((unsigned char)ps->s[i] & 0xC0) != 0x80)
            col++;
    return col;
}

/* Fail with "src:line:col: message" for byte offset pos. */
static tally_status perr(parser *ps, size_t pos, tally_status code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static tally_status perr(parser *ps, size_t pos, tally_status code, const char *fmt, ...)
{
    char msg[TALLY_ERRMSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return tally_fail(ps->err, code, "%s:%d:%d: %s", ps->src, ps->line, column_of(ps, pos),
                      msg);
}

/* Out of memory, with the place. */
static tally_status oom(parser *ps)
{
    return perr(ps, ps->p, TALLY_ENOMEM, "out of memory");
}

/* Free what a val owns and clear it. */
static void val_free(val *v)
{
    free(v->s);
    free(v->unit);
    memset(v, 0, sizeof *v);
}

/* Whether c may continue an identifier (letters, digits, _ and .). */
static int ident_char(int c)
{
    return isalnum(c) || c == '_' || c == '.';
}

/* Length of the identifier at s[p..n), 0 if none starts there. */
static size_t ident_len(const char *s, size_t p, size_t n)
{
    if (p >= n || !(isalpha((unsigned char)s[p]) || s[p] == '_'))
        return 0;
    size_t q = p + 1;
    while (q < n && ident_char((unsigned char)s[q]))
        q++;
    return q - p;
}

/* Skip blanks; a '#' not followed by a digit starts a comment: skip to the end. */
static void skip_ws(parser *ps)
{
    while (ps->p < ps->n && (ps->s[ps->p] == ' ' || ps->s[ps->p] == '\t'))
        ps->p++;
    if (ps->p < ps->n && ps->s[ps->p] == '#' &&
        !(ps->p + 1 < ps->n && isdigit((unsigned char)ps->s[ps->p + 1])))
        ps->p = ps->n;
}

/* Append word to a space-separated list unless it is there already. */
static int list_add(tally_buf *b, const char *word, const char *sep)
{
    if (!*word)
        return 0;
    size_t wl = strlen(word), sl = strlen(sep);
    const char *hay = b->data ? b->data : "";
    for (const char *h = strstr(hay, word); h; h = strstr(h + 1, word)) {
        int start_ok = h == hay || (h - hay >= (long)sl && memcmp(h - sl, sep, sl) == 0);
        int end_ok = h[wl] == '\0' || strncmp(h + wl, sep, sl) == 0;
        if (start_ok && end_ok)
            return 0;
    }
    if (b->len && buf_puts(b, sep) < 0)
        return -1;
    return buf_puts(b, word);
}

/* Append every item of a sep-separated list to another list. */
static int list_merge(tally_buf *b, const char *list, const char *sep)
{
    size_t sl = strlen(sep);
    while (*list) {
        const char *e = strstr(list, sep);
        size_t n = e ? (size_t)(e - list) : strlen(list);
        char *w = xstrndup(list, n);
        if (!w || list_add(b, w, sep) < 0) {
            free(w);
            return -1;
        }
        free(w);
        list += n;
        if (e)
            list += sl;
    }
    return 0;
}

/* ----------------------------------------------------------------- units */

typedef struct uatoms {
    char *a[UNIT_MAX];       /* atom names (owned) */
    int e[UNIT_MAX];         /* +1 numerator, -1 denominator */
    int n;
} uatoms;

/* Free the atoms. */
static void uatoms_free(uatoms *u)
{
    for (int i = 0; i < u->n; i++)
        free(u->a[i]);
    u->n = 0;
}

/* Add atom s[0..len) with exponent e; "" and "1" are skipped.  -1 when full
 * or out of memory. */
static int uatoms_add(uatoms *u, const char *s, size_t len, int e)
{
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (len == 0 || (len == 1 && *s == '1'))
        return 0;
    if (u->n == UNIT_MAX || !(u->a[u->n] = xstrndup(s, len)))
        return -1;
    u->e[u->n++] = e;
    return 0;
}

/* Split a unit like "aircraft/regiment" or "ton*km/(day*truck)" into atoms,
 * with exponent sign times each one's.  -1 on overflow or OOM. */
static int unit_parse(const char *s, int sign, uatoms *u)
{
    int op = 1, group = 1;   /* sign of the next atom; sign of the open group */
    size_t i = 0, start = 0, n = strlen(s);
    for (i = 0; i <= n; i++) {
        char c = i < n ? s[i] : '\0';
        if (c != '*' && c != '/' && c != '(' && c != ')' && c != '\0')
            continue;
        if (uatoms_add(u, s + start, i - start, sign * group * op) < 0)
            return -1;
        start = i + 1;
        if (c == '*')
            op = 1;
        else if (c == '/')
            op = -1;
        else if (c == '(') {
            group = op * group;
            op = 1;
        } else if (c == ')') {
            group = 1;
            op = 1;
        }
    }
    return 0;
}

/* Cancel equal atoms of opposite sign and format: "a", "a/b", "a*b/(c*d)",
 * "1/b", or "" when nothing is left.  NULL when out of memory. */
static char *unit_format(uatoms *u)
{
    for (int i = 0; i < u->n; i++)
        for (int j = i + 1; u->a[i] && j < u->n; j++)
            if (u->a[j] && u->e[i] == -u->e[j] && strcmp(u->a[i], u->a[j]) == 0) {
                free(u->a[i]);
                free(u->a[j]);
                u->a[i] = u->a[j] = NULL;
            }
    tally_buf b = {0};
    int nnum = 0, nden = 0, bad = 0;
    for (int i = 0; i < u->n; i++)
        if (u->a[i] && u->e[i] > 0)
            bad |= (nnum++ ? buf_putc(&b, '*') : 0) < 0 || buf_puts(&b, u->a[i]) < 0;
    for (int i = 0; i < u->n; i++)
        if (u->a[i] && u->e[i] < 0)
            nden++;
    if (nden) {
        bad |= (nnum ? 0 : buf_putc(&b, '1')) < 0 || buf_putc(&b, '/') < 0;
        bad |= (nden > 1 ? buf_putc(&b, '(') : 0) < 0;
        int k = 0;
        for (int i = 0; i < u->n; i++)
            if (u->a[i] && u->e[i] < 0)
                bad |= (k++ ? buf_putc(&b, '*') : 0) < 0 || buf_puts(&b, u->a[i]) < 0;
        bad |= (nden > 1 ? buf_putc(&b, ')') : 0) < 0;
    }
    if (bad) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

/* a * b^sign as a new unit string (NULL on OOM or a unit too long). */
static char *unit_combine(const char *a, const char *b, int sign)
{
    uatoms u = {0};
    char *r = NULL;
    if (unit_parse(a, 1, &u) == 0 && unit_parse(b, sign, &u) == 0)
        r = unit_format(&u);
    uatoms_free(&u);
    return r;
}

/* 1 when a and b are the same unit (their quotient cancels), 0 if not, -1 OOM. */
static int unit_same(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return 1;
    char *q = unit_combine(a, b, -1);
    if (!q)
        return -1;
    int same = *q == '\0';
    free(q);
    return same;
}

/* The unit s rewritten through the declared conversions; *factor receives
 * what a value in s must be multiplied by.  NULL on OOM. */
static char *unit_convert(const tally_deriver *d, const char *s, double *factor)
{
    uatoms u = {0};
    *factor = 1;
    if (unit_parse(s, 1, &u) < 0) {
        uatoms_free(&u);
        return NULL;
    }
    for (int i = 0; i < u.n; i++)
        for (int depth = 0; depth < CONV_DEPTH; depth++) {
            size_t k = 0;
            while (k < d->nconv && strcmp(d->conv[k].from, u.a[i]) != 0)
                k++;
            if (k == d->nconv)
                break;
            char *to = xstrdup(d->conv[k].to);
            if (!to) {
                uatoms_free(&u);
                return NULL;
            }
            free(u.a[i]);
            u.a[i] = to;
            *factor *= u.e[i] > 0 ? d->conv[k].factor : 1 / d->conv[k].factor;
        }
    char *r = unit_format(&u);
    uatoms_free(&u);
    return r;
}

/* --------------------------------------------------------------- figures */

/* Copy of a cell of row r, or "" when the column is absent. */
static char *cell_dup(const tally_table *t, size_t r, int col)
{
    return xstrdup(col >= 0 ? t->rows[r][col] : "");
}

/* Parse a numeric cell: "" gives NAN; anything else must be a number. */
static tally_status cell_number(const tally_table *t, size_t r, int col, double *out,
                                tally_error *err)
{
    const char *c = t->rows[r][col];
    const char *q = c;
    while (*q == ' ')
        q++;
    if (!*q) {
        *out = NAN;
        return TALLY_OK;
    }
    int ok = 0;
    *out = tally_cell_num(c, &ok);
    if (!ok)
        return tally_fail(err, TALLY_ECSV, "%s:%zu: column '%s': '%s' is not a number",
                          t->name, t->lines[r], t->cols[col], c);
    return TALLY_OK;
}

/* Free the strings of one figure. */
static void figure_free(figure *f)
{
    free(f->doc);
    free(f->id);
    free(f->key);
    free(f->qual);
    free(f->unit);
    free(f->where);
    free(f->samples);
}

/* Copy the figures of a table into the deriver. */
tally_status tally_deriver_add_facts(tally_deriver *d, const tally_table *t, tally_error *err)
{
    int cv = tally_table_col(t, "value"), cl = tally_table_col(t, "low");
    int ch = tally_table_col(t, "high"), cid = tally_table_col(t, "id");
    int ckey = tally_table_col(t, "key"), cdoc = tally_table_col(t, "doc");
    int cq = tally_table_col(t, "qualifier"), cu = tally_table_col(t, "unit");
    if (cv < 0 || cl < 0 || ch < 0)
        return tally_fail(err, TALLY_ECSV, "%s: a facts CSV needs the columns value, low, high",
                          t->name);
    if (cid < 0 && ckey < 0)
        return tally_fail(err, TALLY_ECSV, "%s: a facts CSV needs an 'id' or a 'key' column",
                          t->name);
    for (size_t r = 0; r < t->nrows; r++) {
        figure f;
        memset(&f, 0, sizeof f);
        tally_status st;
        if ((st = cell_number(t, r, cv, &f.value, err)) || (st = cell_number(t, r, cl, &f.low, err)) ||
            (st = cell_number(t, r, ch, &f.high, err)))
            return st;
        tally_buf w = {0};
        f.doc = cell_dup(t, r, cdoc);
        f.id = cell_dup(t, r, cid);
        f.key = cell_dup(t, r, ckey);
        f.qual = cell_dup(t, r, cq);
        f.unit = cell_dup(t, r, cu);
        f.where = buf_printf(&w, "%s:%zu", t->name, t->lines[r]) < 0 ? NULL : buf_detach(&w);
        if (!f.doc || !f.id || !f.key || !f.qual || !f.unit || !f.where ||
            grow_array((void **)&d->fig, &d->capfig, d->nfig + 1, sizeof *d->fig) < 0) {
            figure_free(&f);
            return tally_fail(err, TALLY_ENOMEM, "out of memory reading '%s'", t->name);
        }
        if (f.id[0] == '#')
            memmove(f.id, f.id + 1, strlen(f.id));
        d->fig[d->nfig++] = f;
    }
    return TALLY_OK;
}

/* Find a figure by id (doc NULL: any document) or by key (id NULL).
 * Returns its index, -1 if none, -2 if several match (*other gets one). */
static long figure_find(const tally_deriver *d, const char *doc, const char *id,
                        const char *key, size_t *first, size_t *other)
{
    long found = -1;
    for (size_t i = 0; i < d->nfig; i++) {
        const figure *f = &d->fig[i];
        int hit = id ? strcmp(f->id, id) == 0 && (!doc || strcmp(f->doc, doc) == 0)
                     : strcmp(f->key, key) == 0;
        if (!hit)
            continue;
        if (found >= 0) {
            *first = (size_t)found;
            *other = i;
            return -2;
        }
        found = (long)i;
    }
    return found;
}

/* Note on the rule being parsed. */
static int add_note(parser *ps, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static int add_note(parser *ps, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return list_add(&ps->note, msg, "; ");
}

/* The bounds of figure f (see derive.h), noting or refusing open bounds. */
static tally_status figure_bounds(parser *ps, const figure *f, const char *label, size_t pos,
                                  double *v, double *lo, double *hi)
{
    double a = ps->d->o.approx;
    double l = f->low, h = f->high, x = f->value;
    char vs[64], bs[64];
    if (isnan(x))
        x = !isnan(l) && !isnan(h) ? (l + h) / 2 : !isnan(l) ? l : h;
    if (isnan(x))
        return perr(ps, pos, TALLY_EINPUT, "figure '%s' (%s) has no value", label, f->where);
    *v = x;
    int open_lo = 0, open_hi = 0;
    if (strcmp(f->qual, "approx") == 0) {
        l = fmin(isnan(l) ? x : l, x - a * fabs(x));
        h = fmax(isnan(h) ? x : h, x + a * fabs(x));
    } else {
        int may_open_lo = !strcmp(f->qual, "at_most") || !strcmp(f->qual, "vague");
        int may_open_hi = !strcmp(f->qual, "at_least") || !strcmp(f->qual, "vague");
        open_lo = isnan(l) && may_open_lo;
        open_hi = isnan(h) && may_open_hi;
        l = isnan(l) ? x : l;
        h = isnan(h) ? x : h;
    }
    fmt_num(x, vs);
    if ((open_lo || open_hi) && ps->d->o.open_error)
        return perr(ps, pos, TALLY_EMATH, "figure '%s' (%s %s) is unbounded %s", label,
                    f->qual, vs, open_hi ? "above" : "below");
    if (open_hi) {
        h = fmax(h, x + a * fabs(x));
        fmt_num(h, bs);
        if (add_note(ps, "%s (%s %s) has no upper bound: taken as %s", label, f->qual, vs, bs) < 0)
            return oom(ps);
    }
    if (open_lo) {
        l = fmin(l, x - a * fabs(x));
        fmt_num(l, bs);
        if (add_note(ps, "%s (%s %s) has no lower bound: taken as %s", label, f->qual, vs, bs) < 0)
            return oom(ps);
    }
    *lo = fmin(l, h);
    *hi = fmax(l, h);
    return TALLY_OK;
}

/* The value of figure f (index i) as a val, in declared units. */
static tally_status figure_val(parser *ps, figure *f, const char *label, size_t pos, val *out)
{
    tally_deriver *d = ps->d;
    double v = 0, lo = 0, hi = 0, k = 1;
    tally_status st = figure_bounds(ps, f, label, pos, &v, &lo, &hi);
    if (st)
        return st;
    size_t n = d->o.samples;
    if (n && !f->samples) {
        if (!(f->samples = malloc(n * sizeof *f->samples)))
            return oom(ps);
        for (size_t i = 0; i < n; i++)   /* uniform on [lo, hi]; a constant if lo == hi */
            f->samples[i] = lo == hi ? lo : lo + (hi - lo) * gsl_rng_uniform(d->rng);
    }
    memset(out, 0, sizeof *out);
    if (!(out->unit = unit_convert(d, f->unit, &k)))
        return oom(ps);
    if (n && !(out->s = malloc(n * sizeof *out->s))) {
        val_free(out);
        return oom(ps);
    }
    for (size_t i = 0; i < n; i++)
        out->s[i] = f->samples[i] * k;
    out->v = v * k;
    out->iv = tally_iv_scale(tally_iv(lo, hi), k);
    if (list_add(&ps->inputs, label, " ") < 0) {
        val_free(out);
        return oom(ps);
    }
    return TALLY_OK;
}

/* Resolve a figure reference (id with optional doc, or key) into a val. */
static tally_status ref_val(parser *ps, const char *doc, const char *id, const char *key,
                            size_t pos, val *out)
{
    char label[512];
    if (id)
        snprintf(label, sizeof label, "%s%s#%s", doc ? doc : "", doc ? ":" : "", id);
    else
        snprintf(label, sizeof label, "%s", key);
    size_t a = 0, b = 0;
    long i = figure_find(ps->d, doc, id, key, &a, &b);
    if (i == -1)
        return perr(ps, pos, TALLY_ENOTFOUND, id ? "unknown figure '%s'" :
                    "unknown figure or rule '%s'", label);
    if (i == -2)
        return perr(ps, pos, TALLY_EINPUT, "figure '%s' is ambiguous: %s and %s%s", label,
                    ps->d->fig[a].where, ps->d->fig[b].where,
                    id && !doc ? "; write doc:#id" : "");
    return figure_val(ps, &ps->d->fig[i], label, pos, out);
}

/* ------------------------------------------------------------ arithmetic */

/* A unitless constant. */
static tally_status val_const(parser *ps, double c, val *out)
{
    size_t n = ps->d->o.samples;
    memset(out, 0, sizeof *out);
    out->v = c;
    out->iv = tally_iv_point(c);
    if (!(out->unit = xstrdup("")) || (n && !(out->s = malloc(n * sizeof *out->s)))) {
        val_free(out);
        return oom(ps);
    }
    for (size_t i = 0; i < n; i++)
        out->s[i] = c;
    return TALLY_OK;
}

/* A deep copy of v. */
static tally_status val_copy(parser *ps, const val *v, val *out)
{
    size_t n = ps->d->o.samples;
    *out = *v;
    out->s = NULL;
    if (!(out->unit = xstrdup(v->unit)) || (n && !(out->s = malloc(n * sizeof *out->s)))) {
        val_free(out);
        return oom(ps);
    }
    if (n)
        memcpy(out->s, v->s, n * sizeof *out->s);
    return TALLY_OK;
}

/* Require equal units for op at pos. */
static tally_status same_units(parser *ps, const val *a, const val *b, const char *what,
                               size_t pos)
{
    int same = unit_same(a->unit, b->unit);
    if (same < 0)
        return oom(ps);
    if (!same)
        return perr(ps, pos, TALLY_EINPUT, "%s different units: '%s' and '%s'", what,
                    a->unit[0] ? a->unit : "(none)", b->unit[0] ? b->unit : "(none)");
    return TALLY_OK;
}

/* a = a op b for op in + - * /; b is consumed.  pos is where b starts. */
static tally_status val_binop(parser *ps, char op, val *a, val *b, size_t pos)
{
    size_t n = ps->d->o.samples;
    tally_status st = TALLY_OK;
    if (op == '+' || op == '-') {
        if ((st = same_units(ps, a, b, op == '+' ? "adding" : "subtracting", pos)))
            goto out;
        a->v = op == '+' ? a->v + b->v : a->v - b->v;
        a->iv = op == '+' ? tally_iv_add(a->iv, b->iv) : tally_iv_sub(a->iv, b->iv);
        for (size_t i = 0; i < n; i++)
            a->s[i] = op == '+' ? a->s[i] + b->s[i] : a->s[i] - b->s[i];
        goto out;
    }
    char *u = unit_combine(a->unit, b->unit, op == '*' ? 1 : -1);
    if (!u) {
        st = perr(ps, pos, TALLY_EINPUT, "unit too complex or out of memory");
        goto out;
    }
    free(a->unit);
    a->unit = u;
    if (op == '*') {
        a->v *= b->v;
        a->iv = tally_iv_mul(a->iv, b->iv);
        for (size_t i = 0; i < n; i++)
            a->s[i] *= b->s[i];
        goto out;
    }
    if (b->v == 0 || tally_iv_contains(b->iv, 0.0)) {
        char l[64], h[64];
        fmt_num(b->iv.lo, l);
        fmt_num(b->iv.hi, h);
        st = perr(ps, pos, TALLY_EMATH, "division by an interval that contains 0: [%s, %s]", l, h);
        goto out;
    }
    a->v /= b->v;
    tally_iv_div(a->iv, b->iv, &a->iv, NULL);
    for (size_t i = 0; i < n; i++)
        a->s[i] /= b->s[i];
out:
    val_free(b);
    return st;
}

/* a = min(a, b) (which > 0) or max(a, b) (which < 0); b consumed. */
static tally_status val_minmax(parser *ps, int which, val *a, val *b, size_t pos)
{
    size_t n = ps->d->o.samples;
    tally_status st = same_units(ps, a, b, "comparing", pos);
    if (!st) {
        a->v = which > 0 ? fmin(a->v, b->v) : fmax(a->v, b->v);
        a->iv = which > 0 ? tally_iv_min(a->iv, b->iv) : tally_iv_max(a->iv, b->iv);
        for (size_t i = 0; i < n; i++)
            a->s[i] = which > 0 ? fmin(a->s[i], b->s[i]) : fmax(a->s[i], b->s[i]);
    }
    val_free(b);
    return st;
}

/* a = a * k + c for constants. */
static void val_affine(parser *ps, val *a, double k, double c)
{
    a->v = a->v * k + c;
    a->iv = tally_iv_scale(a->iv, k);
    a->iv.lo += c;
    a->iv.hi += c;
    for (size_t i = 0; i < ps->d->o.samples; i++)
        a->s[i] = a->s[i] * k + c;
}

/* ---------------------------------------------------------------- parser */

static tally_status parse_expr(parser *ps, val *out);

/* Apply function name to args[0..nargs) into *out (args consumed). */
static tally_status apply_func(parser *ps, const char *name, size_t npos, val *args,
                               size_t nargs, size_t *argpos, val *out)
{
    tally_status st = TALLY_OK;
    int two = !strcmp(name, "ratio") || !strcmp(name, "pct_change");
    size_t i = 1;
    if (two && nargs != 2) {
        st = perr(ps, npos, TALLY_EPARSE, "%s() takes 2 arguments, not %zu", name, nargs);
        goto fail;
    }
    if (nargs == 0) {
        st = perr(ps, npos, TALLY_EPARSE, "%s() needs at least one argument", name);
        goto fail;
    }
    *out = args[0];
    memset(&args[0], 0, sizeof args[0]);
    if (!strcmp(name, "ratio")) {
        st = val_binop(ps, '/', out, &args[1], argpos[1]);
    } else if (!strcmp(name, "pct_change")) {   /* (b / a - 1) * 100: each figure once */
        if (!(st = same_units(ps, out, &args[1], "pct_change of", argpos[1]))) {
            val b = args[1];
            memset(&args[1], 0, sizeof args[1]);
            st = val_binop(ps, '/', &b, out, argpos[0]);
            *out = b;
            if (!st) {
                val_affine(ps, out, 100, -100);
                free(out->unit);
                if (!(out->unit = xstrdup("percent")))
                    st = oom(ps);
            }
        }
    } else {
        for (; !st && i < nargs; i++) {
            if (!strcmp(name, "min") || !strcmp(name, "max"))
                st = val_minmax(ps, !strcmp(name, "min") ? 1 : -1, out, &args[i], argpos[i]);
            else
                st = val_binop(ps, '+', out, &args[i], argpos[i]);
        }
        if (!st && !strcmp(name, "mean"))
            val_affine(ps, out, 1.0 / (double)nargs, 0);
    }
    if (st)
        val_free(out);
fail:
    for (size_t k = 0; k < nargs; k++)
        val_free(&args[k]);
    return st;
}

/* name(arg, ...) with ps->p just after '('. */
static tally_status parse_call(parser *ps, const char *name, size_t npos, val *out)
{
    val *args = NULL;
    size_t *argpos = NULL, nargs = 0, cap = 0, cap2 = 0;
    tally_status st = TALLY_OK;
    static const char *const known[] = {"sum", "min", "max", "mean", "ratio", "pct_change", NULL};
    size_t k = 0;
    while (known[k] && strcmp(known[k], name) != 0)
        k++;
    if (!known[k])
        return perr(ps, npos, TALLY_EPARSE,
                    "unknown function '%s' (known: sum min max mean ratio pct_change)", name);
    skip_ws(ps);
    if (ps->p < ps->n && ps->s[ps->p] == ')') {
        ps->end = ++ps->p;
    } else {
        for (;;) {
            if (grow_array((void **)&args, &cap, nargs + 1, sizeof *args) < 0 ||
                grow_array((void **)&argpos, &cap2, nargs + 1, sizeof *argpos) < 0) {
                st = oom(ps);
                break;
            }
            skip_ws(ps);
            argpos[nargs] = ps->p;
            if ((st = parse_expr(ps, &args[nargs])))
                break;
            nargs++;
            skip_ws(ps);
            if (ps->p < ps->n && ps->s[ps->p] == ',') {
                ps->p++;
                continue;
            }
            if (ps->p < ps->n && ps->s[ps->p] == ')') {
                ps->end = ++ps->p;
                break;
            }
            st = perr(ps, ps->p, TALLY_EPARSE, "expected ',' or ')' in %s()", name);
            break;
        }
    }
    if (!st)
        st = apply_func(ps, name, npos, args, nargs, argpos, out);
    else
        for (size_t k = 0; k < nargs; k++)
            val_free(&args[k]);
    free(args);
    free(argpos);
    return st;
}

/* Length of a "doc:" prefix at the read position (up to and including the
 * ':' of ':#digits'), 0 if there is none. */
static size_t docref_len(const parser *ps)
{
    size_t q = ps->p;
    while (q < ps->n && !strchr(" \t()#,\"", ps->s[q]))
        q++;
    if (q > ps->p + 1 && ps->s[q - 1] == ':' && q + 1 < ps->n && ps->s[q] == '#' &&
        isdigit((unsigned char)ps->s[q + 1]))
        return q - ps->p;
    return 0;
}

/* '#digits' at the read position into a new string (NULL on OOM). */
static char *read_id(parser *ps)
{
    size_t q = ps->p + 1;
    while (q < ps->n && isdigit((unsigned char)ps->s[q]))
        q++;
    char *id = xstrndup(ps->s + ps->p + 1, q - ps->p - 1);
    ps->p = ps->end = q;
    return id;
}

/* A figure reference: #12, doc:#12 or "doc":#12. */
static tally_status parse_ref(parser *ps, val *out)
{
    size_t pos = ps->p, dl = 0;
    char *doc = NULL;
    if (ps->s[ps->p] == '"') {
        const char *e = memchr(ps->s + ps->p + 1, '"', ps->n - ps->p - 1);
        if (!e)
            return perr(ps, pos, TALLY_EPARSE, "unterminated '\"'");
        dl = (size_t)(e - ps->s) - ps->p - 1;
        if (!(doc = xstrndup(ps->s + ps->p + 1, dl)))
            return oom(ps);
        ps->p += dl + 2;
        if (!(ps->p + 2 < ps->n + 1 && ps->s[ps->p] == ':' && ps->p + 1 < ps->n &&
              ps->s[ps->p + 1] == '#')) {
            free(doc);
            return perr(ps, ps->p, TALLY_EPARSE, "expected ':#N' after a quoted document name");
        }
        ps->p++;
        if (!(ps->p + 1 < ps->n && isdigit((unsigned char)ps->s[ps->p + 1]))) {
            free(doc);
            return perr(ps, ps->p, TALLY_EPARSE, "expected a figure number after '#'");
        }
    } else if ((dl = docref_len(ps)) > 0) {
        if (!(doc = xstrndup(ps->s + ps->p, dl - 1)))
            return oom(ps);
        ps->p += dl;
    }
    char *id = read_id(ps);
    tally_status st = id ? ref_val(ps, doc, id, NULL, pos, out) : oom(ps);
    free(id);
    free(doc);
    return st;
}

/* A name: an earlier rule, a figure key, or a function call. */
static tally_status parse_name(parser *ps, val *out)
{
    size_t pos = ps->p, len = ident_len(ps->s, ps->p, ps->n);
    char *name = xstrndup(ps->s + pos, len);
    tally_status st;
    if (!name)
        return oom(ps);
    ps->p = ps->end = pos + len;
    size_t save = ps->p;
    skip_ws(ps);
    if (ps->p < ps->n && ps->s[ps->p] == '(') {
        ps->p++;
        st = parse_call(ps, name, pos, out);
        free(name);
        return st;
    }
    ps->p = save;
    for (size_t i = 0; i < ps->d->nrule; i++) {
        rule *r = &ps->d->rule[i];
        if (strcmp(r->out.name, name) != 0)
            continue;
        free(name);
        if ((st = val_copy(ps, &r->v, out)))
            return st;
        if (list_merge(&ps->inputs, r->out.inputs, " ") < 0 ||
            list_merge(&ps->note, r->out.note, "; ") < 0) {
            val_free(out);
            return oom(ps);
        }
        return TALLY_OK;
    }
    st = ref_val(ps, NULL, NULL, name, pos, out);
    free(name);
    return st;
}

/* A number literal such as 120, 0.5, 1e6 (unitless). */
static tally_status parse_number(parser *ps, val *out)
{
    size_t q = ps->p;
    while (q < ps->n && (isdigit((unsigned char)ps->s[q]) || ps->s[q] == '.'))
        q++;
    if (q < ps->n && (ps->s[q] == 'e' || ps->s[q] == 'E')) {
        size_t r = q + 1;
        if (r < ps->n && (ps->s[r] == '+' || ps->s[r] == '-'))
            r++;
        if (r < ps->n && isdigit((unsigned char)ps->s[r])) {
            while (r < ps->n && isdigit((unsigned char)ps->s[r]))
                r++;
            q = r;
        }
    }
    char *txt = xstrndup(ps->s + ps->p, q - ps->p);
    if (!txt)
        return oom(ps);
    char *e;
    double v = strtod(txt, &e);
    int bad = *e != '\0';
    free(txt);
    if (bad)
        return perr(ps, ps->p, TALLY_EPARSE, "bad number '%.*s'", (int)(q - ps->p),
                    ps->s + ps->p);
    if (q < ps->n && ident_char((unsigned char)ps->s[q]))
        return perr(ps, q, TALLY_EPARSE, "unexpected '%c' after a number", ps->s[q]);
    size_t pos = ps->p;
    ps->p = ps->end = q;
    (void)pos;
    return val_const(ps, v, out);
}

/* The character at pos as a short printable string for messages. */
static void char_at(const parser *ps, size_t pos, char out[8])
{
    size_t k = 1;
    while (pos + k < ps->n && k < 4 && ((unsigned char)ps->s[pos + k] & 0xC0) == 0x80)
        k++;
    memcpy(out, ps->s + pos, k);
    out[k] = '\0';
}

/* primary: number | reference | name | name(args) | ( expr ) */
static tally_status parse_primary(parser *ps, val *out)
{
    skip_ws(ps);
    if (ps->p >= ps->n)
        return perr(ps, ps->p, TALLY_EPARSE, "expected a number, figure or name");
    char c = ps->s[ps->p];
    if (c == '(') {
        size_t open = ps->p++;
        tally_status st = parse_expr(ps, out);
        if (st)
            return st;
        skip_ws(ps);
        if (ps->p >= ps->n || ps->s[ps->p] != ')') {
            val_free(out);
            return perr(ps, open, TALLY_EPARSE, "'(' is not closed");
        }
        ps->end = ++ps->p;
        return TALLY_OK;
    }
    if (c == '"' || (c == '#' && ps->p + 1 < ps->n && isdigit((unsigned char)ps->s[ps->p + 1])) ||
        docref_len(ps))
        return parse_ref(ps, out);
    if (isdigit((unsigned char)c) || (c == '.' && ps->p + 1 < ps->n &&
                                      isdigit((unsigned char)ps->s[ps->p + 1])))
        return parse_number(ps, out);
    if (ident_len(ps->s, ps->p, ps->n))
        return parse_name(ps, out);
    char ch[8];
    char_at(ps, ps->p, ch);
    return perr(ps, ps->p, TALLY_EPARSE, "unexpected '%s'", ch);
}

/* unary: - unary | + unary | primary */
static tally_status parse_unary(parser *ps, val *out)
{
    skip_ws(ps);
    if (ps->p < ps->n && (ps->s[ps->p] == '-' || ps->s[ps->p] == '+')) {
        int neg = ps->s[ps->p++] == '-';
        tally_status st = parse_unary(ps, out);
        if (!st && neg) {
            out->v = -out->v;
            out->iv = tally_iv_neg(out->iv);
            for (size_t i = 0; i < ps->d->o.samples; i++)
                out->s[i] = -out->s[i];
        }
        return st;
    }
    return parse_primary(ps, out);
}

/* term: unary (('*' | '/') unary)* */
static tally_status parse_term(parser *ps, val *out)
{
    tally_status st = parse_unary(ps, out);
    while (!st) {
        skip_ws(ps);
        if (ps->p >= ps->n || (ps->s[ps->p] != '*' && ps->s[ps->p] != '/'))
            break;
        char op = ps->s[ps->p++];
        skip_ws(ps);
        size_t pos = ps->p;
        val b;
        if ((st = parse_unary(ps, &b)) || (st = val_binop(ps, op, out, &b, pos)))
            val_free(out);
    }
    return st;
}

/* expr: term (('+' | '-') term)* */
static tally_status parse_expr(parser *ps, val *out)
{
    tally_status st = parse_term(ps, out);
    while (!st) {
        skip_ws(ps);
        if (ps->p >= ps->n || (ps->s[ps->p] != '+' && ps->s[ps->p] != '-'))
            break;
        char op = ps->s[ps->p++];
        skip_ws(ps);
        size_t pos = ps->p;
        val b;
        if ((st = parse_term(ps, &b)) || (st = val_binop(ps, op, out, &b, pos)))
            val_free(out);
    }
    return st;
}

/* ----------------------------------------------------------------- rules */

/* Mean, sd and 5th/95th percentiles of the samples into r. */
static tally_status mc_summary(parser *ps, const val *v, tally_derived *r)
{
    size_t n = ps->d->o.samples;
    r->mean = r->sd = r->p05 = r->p95 = NAN;
    if (!n)
        return TALLY_OK;
    for (size_t i = 0; i < n; i++)
        if (!isfinite(v->s[i]))
            return add_note(ps, "Monte Carlo gave non-finite values") < 0 ? oom(ps) : TALLY_OK;
    double *sorted = malloc(n * sizeof *sorted);
    if (!sorted)
        return oom(ps);
    memcpy(sorted, v->s, n * sizeof *sorted);
    gsl_sort(sorted, 1, n);
    r->mean = gsl_stats_mean(v->s, 1, n);
    r->sd = n > 1 ? gsl_stats_sd_m(v->s, 1, n, r->mean) : NAN;
    r->p05 = gsl_stats_quantile_from_sorted_data(sorted, 1, n, 0.05);
    r->p95 = gsl_stats_quantile_from_sorted_data(sorted, 1, n, 0.95);
    free(sorted);
    return TALLY_OK;
}

/* `unit FROM = [FACTOR] TO` with ps->p after "unit". */
static tally_status parse_unit_decl(parser *ps)
{
    tally_deriver *d = ps->d;
    size_t q, pos;
    char *from = NULL, *to = NULL;
    double factor = 1;
    skip_ws(ps);
    pos = ps->p;
    for (q = ps->p; q < ps->n && !strchr(" \t=#*/()", ps->s[q]); q++)
        ;
    if (q == pos)
        return perr(ps, pos, TALLY_EPARSE, "expected a unit name after 'unit'");
    if (!(from = xstrndup(ps->s + pos, q - pos)))
        return oom(ps);
    ps->p = q;
    skip_ws(ps);
    if (ps->p >= ps->n || ps->s[ps->p] != '=') {
        free(from);
        return perr(ps, ps->p, TALLY_EPARSE, "expected '=' in a unit declaration");
    }
    ps->p++;
    skip_ws(ps);
    if (ps->p < ps->n && (isdigit((unsigned char)ps->s[ps->p]) || ps->s[ps->p] == '.')) {
        char *e;
        factor = strtod(ps->s + ps->p, &e);
        if (!(factor > 0) || !isfinite(factor)) {
            free(from);
            return perr(ps, ps->p, TALLY_EPARSE, "a unit factor must be a positive number");
        }
        ps->p = (size_t)(e - ps->s);
        skip_ws(ps);
    }
    pos = ps->p;
    for (q = ps->p; q < ps->n && !strchr(" \t=#*/()", ps->s[q]); q++)
        ;
    ps->p = q;
    skip_ws(ps);
    if (q == pos || ps->p < ps->n) {
        free(from);
        return perr(ps, q == pos ? pos : ps->p, TALLY_EPARSE,
                    "expected 'unit FROM = [FACTOR] TO'");
    }
    for (size_t i = 0; i < d->nconv; i++)
        if (!strcmp(d->conv[i].from, from)) {
            free(from);
            return perr(ps, pos, TALLY_EPARSE, "unit '%s' is declared twice", d->conv[i].from);
        }
    if (!(to = xstrndup(ps->s + pos, q - pos)) ||
        grow_array((void **)&d->conv, &d->capconv, d->nconv + 1, sizeof *d->conv) < 0) {
        free(from);
        free(to);
        return oom(ps);
    }
    if (!strcmp(from, to)) {
        free(from);
        free(to);
        return perr(ps, pos, TALLY_EPARSE, "a unit cannot be declared as itself");
    }
    d->conv[d->nconv].from = from;
    d->conv[d->nconv].to = to;
    d->conv[d->nconv++].factor = factor;
    return TALLY_OK;
}

/* Free the strings of a result. */
static void derived_free(tally_derived *r)
{
    free(r->name);
    free(r->expression);
    free(r->unit);
    free(r->inputs);
    free(r->note);
}

/* One line: blank, comment, unit declaration or rule. */
static tally_status parse_line(parser *ps)
{
    tally_deriver *d = ps->d;
    skip_ws(ps);
    if (ps->p >= ps->n)
        return TALLY_OK;
    size_t npos = ps->p, len = ident_len(ps->s, ps->p, ps->n);
    if (!len)
        return perr(ps, npos, TALLY_EPARSE, "expected 'name = expression'");
    ps->p += len;
    size_t after = ps->p;
    skip_ws(ps);
    if (len == 4 && !memcmp(ps->s + npos, "unit", 4) && ps->p > after && ps->p < ps->n &&
        ps->s[ps->p] != '=') {
        ps->p = after;
        return parse_unit_decl(ps);
    }
    if (ps->p >= ps->n || ps->s[ps->p] != '=')
        return perr(ps, ps->p, TALLY_EPARSE, "expected '=' after '%.*s'", (int)len, ps->s + npos);
    ps->p++;
    rule r;
    memset(&r, 0, sizeof r);
    if (!(r.out.name = xstrndup(ps->s + npos, len)))
        return oom(ps);
    size_t a = 0, b = 0;
    for (size_t i = 0; i < d->nrule; i++)
        if (!strcmp(d->rule[i].out.name, r.out.name)) {
            tally_status st = perr(ps, npos, TALLY_EPARSE, "rule '%s' is already defined at %s",
                                   r.out.name, d->rule[i].where);
            free(r.out.name);
            return st;
        }
    if (figure_find(d, NULL, NULL, r.out.name, &a, &b) != -1) {
        tally_status st = perr(ps, npos, TALLY_EPARSE, "rule '%s' has the name of a figure key",
                               r.out.name);
        free(r.out.name);
        return st;
    }
    skip_ws(ps);
    size_t estart = ps->p;
    tally_status st = parse_expr(ps, &r.v);
    if (!st) {
        skip_ws(ps);
        if (ps->p < ps->n) {
            char ch[8];
            char_at(ps, ps->p, ch);
            st = perr(ps, ps->p, TALLY_EPARSE, "unexpected '%s'", ch);
            val_free(&r.v);
        }
    }
    if (st) {
        free(r.out.name);
        return st;
    }
    tally_buf w = {0};
    r.out.expression = xstrndup(ps->s + estart, ps->end - estart);
    r.out.value = r.v.v;
    r.out.low = r.v.iv.lo;
    r.out.high = r.v.iv.hi;
    r.out.unit = xstrdup(r.v.unit);
    r.where = buf_printf(&w, "%s:%d", ps->src, ps->line) < 0 ? NULL : buf_detach(&w);
    if ((st = mc_summary(ps, &r.v, &r.out)) == TALLY_OK) {
        r.out.inputs = buf_detach(&ps->inputs);
        r.out.note = buf_detach(&ps->note);
    }
    if (st || !r.out.expression || !r.out.unit || !r.where || !r.out.inputs || !r.out.note ||
        grow_array((void **)&d->rule, &d->caprule, d->nrule + 1, sizeof *d->rule) < 0) {
        derived_free(&r.out);
        free(r.where);
        val_free(&r.v);
        return st ? st : oom(ps);
    }
    d->rule[d->nrule++] = r;
    return TALLY_OK;
}

/* Parse and evaluate every line of text. */
tally_status tally_deriver_add_rules(tally_deriver *d, const char *text, size_t len,
                                     const char *name, int first_line, tally_error *err)
{
    size_t start = 0;
    int line = first_line;
    while (start < len) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len;
        parser ps;
        memset(&ps, 0, sizeof ps);
        ps.d = d;
        ps.src = name;
        ps.line = line;
        ps.s = text + start;
        ps.n = end - start;
        if (ps.n && ps.s[ps.n - 1] == '\r')
            ps.n--;
        ps.err = err;
        if (memchr(ps.s, '\0', ps.n)) {
            return tally_fail(err, TALLY_EINPUT, "%s:%d: a NUL byte in the rules", name, line);
        }
        tally_status st = parse_line(&ps);
        buf_free(&ps.inputs);
        buf_free(&ps.note);
        if (st)
            return st;
        start = end + 1;
        line++;
    }
    return TALLY_OK;
}

/* ------------------------------------------------------------ the object */

/* A deriver with its own generator, seeded from opts. */
tally_status tally_deriver_new(const tally_derive_opts *opts, tally_deriver **out,
                               tally_error *err)
{
    static int gsl_quiet;
    if (!gsl_quiet) {   /* GSL must report through return codes, never abort */
        gsl_set_error_handler_off();
        gsl_quiet = 1;
    }
    tally_deriver *d = calloc(1, sizeof *d);
    if (!d)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    d->o = opts ? *opts : tally_derive_defaults();
    if (!(d->o.approx >= 0) || !isfinite(d->o.approx)) {
        free(d);
        return tally_fail(err, TALLY_EUSAGE, "the approximation tolerance must be >= 0");
    }
    if (d->o.samples > ((size_t)-1) / sizeof(double) / 4) {
        free(d);
        return tally_fail(err, TALLY_EUSAGE, "too many samples");
    }
    if (!(d->rng = gsl_rng_alloc(gsl_rng_mt19937))) {
        free(d);
        return tally_fail(err, TALLY_ENOMEM, "out of memory for the random generator");
    }
    gsl_rng_set(d->rng, d->o.seed);
    *out = d;
    return TALLY_OK;
}

/* Results so far. */
size_t tally_deriver_count(const tally_deriver *d)
{
    return d->nrule;
}

/* The i-th result, borrowed. */
const tally_derived *tally_deriver_result(const tally_deriver *d, size_t i)
{
    return i < d->nrule ? &d->rule[i].out : NULL;
}

/* CSV of the results, through csvio's writer. */
tally_status tally_deriver_write(const tally_deriver *d, FILE *fp, int header, tally_error *err)
{
    tally_csv_out o;
    tally_csv_init(&o, fp);
    if (header && tally_csv_header(&o, tally_derive_columns) < 0)
        return tally_fail(err, TALLY_EIO, "write error");
    for (size_t i = 0; i < d->nrule; i++) {
        const tally_derived *r = &d->rule[i].out;
        tally_csv_raw(&o, r->name);
        tally_csv_text(&o, r->expression);
        tally_csv_num(&o, r->value);
        tally_csv_num(&o, r->low);
        tally_csv_num(&o, r->high);
        tally_csv_num(&o, r->mean);
        tally_csv_num(&o, r->sd);
        tally_csv_num(&o, r->p05);
        tally_csv_num(&o, r->p95);
        tally_csv_text(&o, r->unit);
        tally_csv_text(&o, r->inputs);
        if (tally_csv_end(&o) < 0)
            return tally_fail(err, TALLY_EIO, "write error");
    }
    return TALLY_OK;
}

/* Free everything. */
void tally_deriver_free(tally_deriver *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nfig; i++)
        figure_free(&d->fig[i]);
    for (size_t i = 0; i < d->nconv; i++) {
        free(d->conv[i].from);
        free(d->conv[i].to);
    }
    for (size_t i = 0; i < d->nrule; i++) {
        derived_free(&d->rule[i].out);
        free(d->rule[i].where);
        val_free(&d->rule[i].v);
    }
    free(d->fig);
    free(d->conv);
    free(d->rule);
    gsl_rng_free(d->rng);
    free(d);
}
