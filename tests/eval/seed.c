/*
 * seed.c - scores 'tally extract' against hand-checked annotations (make eval).
 *
 * tests/eval/manifest.tsv lists the scored documents: a row "doc<TAB>gold",
 * doc relative to the shared folder (SHARED_DIR, normally ../shared) or to
 * the repository, gold a TSV of the repository (format: tests/eval/README.md).
 * Each document goes through the library exactly as 'tally extract' runs it
 * (shipped lexicon, tally_doc_read, tally_extract).  Predicted facts are
 * matched one-to-one to gold rows by byte-span overlap, greedily, largest
 * overlap first.  The program prints span precision, recall and F1, the
 * accuracy of value, qualifier, unit, category, note, actor, date and
 * modality on matched figures, and how many predictions are years, dates,
 * designations or ordinals.  -v also lists every miss, false positive and
 * field mismatch.
 *
 *     build/tests/eval/seed ../shared -v
 *
 * An evaluation, not a test: exit 0 whatever the scores; 1 when it cannot
 * run (unreadable manifest or gold file, lexicon, extraction error); 2 for a
 * usage error.  A document that is absent is skipped with a message.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "buf.h"
#include "tally/tally.h"

#define DEFAULT_MANIFEST "tests/eval/manifest.tsv"

/* One gold row, its strings borrowed from the gold table. */
typedef struct gold_row {
    size_t start, end;          /* byte span in the document, end exclusive */
    const char *text;           /* the bytes of the span, as annotated */
    double value, low, high;    /* NAN for an empty cell */
    const char *qual, *unit, *category, *section, *actor, *date, *modality;
    int note;                   /* endnote number, 0 for none */
} gold_row;

/* Counts for one document, or summed over all. */
typedef struct score {
    long gold, pred, match;     /* rows, predictions, matched pairs */
    long same_span;             /* matched pairs with identical spans */
    long value, qual, unit, category, section, note;   /* correct on matched */
    long actor, date, period, modality;                /* correct on matched */
    long year, date_junk, desig, ordinal;   /* unmatched predictions by look */
} score;

/* Column indexes of the gold table, in the order of the cells we read. */
static const char *const gold_cols[] = {
    "start", "end", "text", "value", "low", "high", "qualifier", "unit", "category",
    "section", "note", "actor", "date", "modality", NULL};

static int verbose;

/* Print a message about the run to stderr. */
static void say(const char *what, const char *msg)
{
    fprintf(stderr, "seed: %s: %s\n", what, msg);
}

/* "ROOT/rel" when ROOT is set in the environment and rel is relative, else
 * rel; the caller frees it. */
static char *repo_path(const char *rel)
{
    const char *root = getenv("ROOT");
    tally_buf b = {0};
    if (rel[0] == '/' || !root || !*root)
        return xstrdup(rel);
    if (buf_printf(&b, "%s/%s", root, rel) < 0)
        return NULL;
    return buf_detach(&b);
}

/* Parse a non-negative integer cell; -1 when it is not one. */
static long parse_count(const char *s)
{
    char *e;
    if (!isdigit((unsigned char)*s))
        return -1;
    long v = strtol(s, &e, 10);
    return *e ? -1 : v;
}

/* A number cell of the gold file: "" gives NAN, junk gives *ok = 0. */
static double parse_num_cell(const char *s, int *ok)
{
    if (!*s) {
        *ok = 1;
        return NAN;
    }
    return tally_cell_num(s, ok);
}

/* Read a gold TSV into rows[] (borrowing strings from *t).  Returns 0, or -1
 * after saying what is wrong. */
static int gold_load(const char *path, tally_table *t, gold_row **rows, size_t *n)
{
    tally_error err = {0};
    int col[14];
    *rows = NULL;
    *n = 0;
    if (tally_table_read_file(path, '\t', t, &err)) {
        say("gold", err.msg);
        return -1;
    }
    for (int i = 0; gold_cols[i]; i++)
        if ((col[i] = tally_table_col(t, gold_cols[i])) < 0) {
            fprintf(stderr, "seed: '%s': no column '%s'\n", path, gold_cols[i]);
            return -1;
        }
    if (t->nrows && !(*rows = calloc(t->nrows, sizeof **rows))) {
        say(path, "out of memory");
        return -1;
    }
    for (size_t r = 0; r < t->nrows; r++) {
        char **c = t->rows[r];
        gold_row *g = &(*rows)[r];
        long s = parse_count(c[col[0]]), e = parse_count(c[col[1]]);
        int ok1, ok2, ok3;
        g->value = parse_num_cell(c[col[3]], &ok1);
        g->low = parse_num_cell(c[col[4]], &ok2);
        g->high = parse_num_cell(c[col[5]], &ok3);
        long note = *c[col[10]] ? parse_count(c[col[10]]) : 0;
        if (s < 0 || e <= s || !ok1 || !ok2 || !ok3 || note < 0) {
            fprintf(stderr, "seed: '%s' line %zu: bad start, end, value, low, high or note\n",
                    path, t->lines[r]);
            free(*rows);
            *rows = NULL;
            return -1;
        }
        g->start = (size_t)s;
        g->end = (size_t)e;
        g->note = (int)note;
        g->text = c[col[2]];
        g->qual = c[col[6]];
        g->unit = c[col[7]];
        g->category = c[col[8]];
        g->section = c[col[9]];
        g->actor = c[col[11]];
        g->date = c[col[12]];
        g->modality = c[col[13]];
    }
    *n = t->nrows;
    return 0;
}

/* ---- dates: "same period" ---- */

/* Read n digits at *s into *v and advance; 0 when they are not all digits. */
static int digits(const char **s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++, (*s)++) {
        if (!isdigit((unsigned char)**s))
            return 0;
        *v = *v * 10 + (**s - '0');
    }
    return 1;
}

/* Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" from s to e into y/m/d, with
 * the precision (1..3) in *prec.  An abbreviated end of an interval ("02"
 * or "02-28" after "1951-01") takes its leading parts from base. */
static int iso_point(const char *s, const char *e, const int *base, int part[3], int *prec)
{
    int parts = 1;
    for (const char *p = s; p < e; p++)
        parts += *p == '-';
    int lead = 0;   /* parts taken from base */
    if (e - s >= 4 && isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]))
        lead = 0;   /* starts with a four-digit year */
    else if (base)
        lead = base[3] - parts;
    else
        return 0;
    if (lead < 0 || lead + parts > 3 || parts > 3)
        return 0;
    for (int i = 0; i < lead; i++)
        part[i] = base[i];
    for (int i = lead; i < lead + parts; i++) {
        if (!digits(&s, i == 0 ? 4 : 2, &part[i]))
            return 0;
        if (s < e && *s != '-')
            return 0;
        if (s < e)
            s++;
    }
    if (s != e)
        return 0;
    *prec = lead + parts;
    if (*prec >= 2 && (part[1] < 1 || part[1] > 12))
        return 0;
    if (*prec == 3 && (part[2] < 1 || part[2] > 31))
        return 0;
    return 1;
}

/* First and last day covered by an ISO date or interval, as YYYYMMDD
 * numbers (a month runs to day 31: only the order matters).  0 if s is not
 * an ISO date. */
static int iso_span(const char *s, long *lo, long *hi)
{
    const char *slash = strchr(s, '/');
    const char *end = s + strlen(s);
    int a[4] = {0, 1, 1, 0}, b[4] = {0, 1, 1, 0}, pa, pb;
    if (!iso_point(s, slash ? slash : end, NULL, a, &pa))
        return 0;
    a[3] = pa;
    if (slash) {
        if (!iso_point(slash + 1, end, a, b, &pb))
            return 0;
    } else {
        memcpy(b, a, sizeof b);
        pb = pa;
    }
    *lo = a[0] * 10000L + (pa >= 2 ? a[1] : 1) * 100 + (pa == 3 ? a[2] : 1);
    *hi = b[0] * 10000L + (pb >= 2 ? b[1] : 12) * 100 + (pb == 3 ? b[2] : 31);
    return *lo <= *hi;
}

/* 1 when two date cells name overlapping periods (both empty counts). */
static int same_period(const char *g, const char *p)
{
    long gl, gh, pl, ph;
    if (!*g || !*p)
        return !*g && !*p;
    if (!iso_span(g, &gl, &gh) || !iso_span(p, &pl, &ph))
        return 0;
    return gl <= ph && pl <= gh;
}

/* ---- comparing figures ---- */

/* Equal within 1e-6 relative (absolute below 1, so 0.333333 = 1/3). */
static int num_eq(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    double scale = fmax(1.0, fmax(fabs(a), fabs(b)));
    return fabs(a - b) <= 1e-6 * scale;
}

/* The value test: value equal, low and high equal or both empty. */
static int value_ok(const gold_row *g, const tally_fact *f)
{
    return num_eq(g->value, f->value) && num_eq(g->low, f->low) && num_eq(g->high, f->high);
}

/* NULL-safe string equality. */
static int str_eq(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Bytes [a,b) and [c,d) in common. */
static size_t overlap(size_t a, size_t b, size_t c, size_t d)
{
    size_t lo = a > c ? a : c, hi = b < d ? b : d;
    return hi > lo ? hi - lo : 0;
}

typedef struct pair {
    size_t g, p, ov, dist;  /* gold row, prediction, bytes shared, edge distance */
} pair;

/* Order pairs: larger overlap first, then closer edges, then document order. */
static int pair_cmp(const void *x, const void *y)
{
    const pair *a = x, *b = y;
    if (a->ov != b->ov)
        return a->ov > b->ov ? -1 : 1;
    if (a->dist != b->dist)
        return a->dist < b->dist ? -1 : 1;
    if (a->g != b->g)
        return a->g < b->g ? -1 : 1;
    return a->p < b->p ? -1 : a->p > b->p;
}

/* Match gold rows to predictions one-to-one, greedily by largest overlap.
 * gm[i] receives the prediction of gold row i (or -1), pm[j] the gold row
 * of prediction j (or -1).  Returns 0 or -1 when out of memory. */
static int match(const gold_row *g, size_t ng, const tally_facts *f, long *gm, long *pm)
{
    pair *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < ng; i++)
        gm[i] = -1;
    for (size_t j = 0; j < f->n; j++)
        pm[j] = -1;
    for (size_t i = 0; i < ng; i++)
        for (size_t j = 0; j < f->n; j++) {
            const tally_fact *x = &f->v[j];
            size_t ov = overlap(g[i].start, g[i].end, x->start, x->end);
            if (!ov)
                continue;
            if (grow_array((void **)&v, &cap, n + 1, sizeof *v) < 0) {
                free(v);
                return -1;
            }
            size_t d1 = g[i].start > x->start ? g[i].start - x->start : x->start - g[i].start;
            size_t d2 = g[i].end > x->end ? g[i].end - x->end : x->end - g[i].end;
            v[n++] = (pair){i, j, ov, d1 + d2};
        }
    if (n)
        qsort(v, n, sizeof *v, pair_cmp);
    for (size_t k = 0; k < n; k++)
        if (gm[v[k].g] < 0 && pm[v[k].p] < 0) {
            gm[v[k].g] = (long)v[k].p;
            pm[v[k].p] = (long)v[k].g;
        }
    free(v);
    return 0;
}

/* ---- what an unmatched prediction looks like ---- */

/* 1 when text[a,b) is a four-digit number 1000..2100, optionally with a
 * decade "s" or a second year ("1950-51", "1995/1996"). */
static int looks_year(const char *s)
{
    int v;
    const char *p = s;
    if (!digits(&p, 4, &v) || v < 1000 || v > 2100)
        return 0;
    if (*p == 's' && !p[1])
        return 1;
    if ((*p == '-' || *p == '/') && isdigit((unsigned char)p[1])) {
        const char *q = p + 1;
        while (isdigit((unsigned char)*q))
            q++;
        return !*q && (q - p - 1 == 2 || q - p - 1 == 4);
    }
    return !*p;
}

/* Copy the word of doc that ends just before off (skipping spaces) into w. */
static void word_before(const char *t, size_t off, char *w, size_t wn)
{
    size_t e = off;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t s = e;
    while (s > 0 && (isalpha((unsigned char)t[s - 1]) || t[s - 1] == '.'))
        s--;
    size_t n = e - s < wn - 1 ? e - s : wn - 1;
    memcpy(w, t + s, n);
    w[n] = '\0';
}

/* Copy the word of doc that starts at off (after spaces) into w. */
static void word_after(const char *t, size_t len, size_t off, char *w, size_t wn)
{
    size_t s = off;
    while (s < len && t[s] == ' ')
        s++;
    size_t e = s;
    while (e < len && (isalpha((unsigned char)t[e]) || t[e] == '.'))
        e++;
    size_t n = e - s < wn - 1 ? e - s : wn - 1;
    memcpy(w, t + s, n);
    w[n] = '\0';
}

/* 1 when w (or w without a final period) is in the lexicon's months table. */
static int is_month(const tally_lexicon *lex, char *w)
{
    size_t n = strlen(w);
    if (!n)
        return 0;
    if (tally_lexicon_has(lex, "months", w))
        return 1;
    if (w[n - 1] == '.') {
        w[n - 1] = '\0';
        return tally_lexicon_has(lex, "months", w);
    }
    return 0;
}

/* 1 when the prediction is a day of a date: 1..31 next to a month name. */
static int looks_date(const tally_doc *d, const tally_lexicon *lex, const tally_fact *f)
{
    char w[32];
    long v = parse_count(f->number_text);
    if (v < 1 || v > 31)
        return 0;
    word_after(d->orig, d->orig_len, f->end, w, sizeof w);
    if (is_month(lex, w))
        return 1;
    word_before(d->orig, f->start, w, sizeof w);
    return is_month(lex, w);
}

/* 1 when the prediction is part of a designation: letters, a hyphen and
 * digits ("MiG-15", "Tu-4s", "F-84"), in its own text or around it. */
static int looks_designation(const tally_doc *d, const tally_fact *f)
{
    const char *t = d->orig;
    const char *h = strchr(f->number_text, '-');
    if (h && h > f->number_text && isalpha((unsigned char)h[-1]) &&
        isdigit((unsigned char)h[1]))
        return 1;
    return f->start >= 2 && t[f->start - 1] == '-' && isalpha((unsigned char)t[f->start - 2]) &&
           isdigit((unsigned char)t[f->start]);
}

/* 1 when s[0..2) is an ordinal suffix (st, nd, rd, th, any case). */
static int ordinal_suffix(const char *s)
{
    static const char *const suffix[] = {"st", "nd", "rd", "th", NULL};
    for (int i = 0; suffix[i]; i++)
        if (tolower((unsigned char)s[0]) == suffix[i][0] &&
            tolower((unsigned char)s[1]) == suffix[i][1])
            return 1;
    return 0;
}

/* 1 when the prediction is an ordinal: digits with st/nd/rd/th in or right
 * after its text ("38th"), or one word that is an ordinal ("fourth",
 * "first"; "third" alone, since "a third" would have matched a gold row). */
static int looks_ordinal(const tally_doc *d, const tally_fact *f)
{
    static const char *const first[] = {"first", "second", "third", NULL};
    const char *t = d->orig, *w = f->number_text;
    size_t e = f->end, n = strlen(w);
    if (n && isdigit((unsigned char)w[n - 1]) && e + 2 <= d->orig_len &&
        ordinal_suffix(t + e) && !(e + 2 < d->orig_len && isalpha((unsigned char)t[e + 2])))
        return 1;
    if (n >= 3 && isdigit((unsigned char)w[n - 3]) && ordinal_suffix(w + n - 2))
        return 1;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)w[i]))
            return 0;
    for (int i = 0; first[i]; i++)
        if (strcasecmp(w, first[i]) == 0)
            return 1;
    return n > 4 && strcasecmp(w + n - 2, "th") == 0;
}

/* ---- reporting ---- */

/* Print s with control characters shown as spaces. */
static void put_clean(const char *s)
{
    for (; s && *s; s++)
        putchar((unsigned char)*s < 0x20 ? ' ' : *s);
}

/* Print "value [low,high] qualifier" of a figure. */
static void put_value(double v, double lo, double hi, const char *q)
{
    char a[64], b[64], c[64];
    fmt_num(v, a);
    fmt_num(lo, b);
    fmt_num(hi, c);
    printf("%s [%s,%s] %s", a, b, c, q);
}

/* One "-v" line for a mismatched field of a matched pair. */
static void put_field(const char *field, const gold_row *g, const char *gv, const char *pv)
{
    printf("  %-8s %7zu \"", field, g->start);
    put_clean(g->text);
    printf("\": gold '%s', predicted '%s'\n", gv, pv);
}

/* A ratio "k/n = 0.xxx", or "n/a" when n is 0. */
static void put_ratio(const char *label, long k, long n)
{
    if (n)
        printf("  %-18s %.3f  (%ld/%ld)\n", label, (double)k / n, k, n);
    else
        printf("  %-18s n/a\n", label);
}

/* Print the scores of s under a title. */
static void put_score(const char *title, const score *s)
{
    double p = s->pred ? (double)s->match / s->pred : 0;
    double r = s->gold ? (double)s->match / s->gold : 0;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("%s\n", title);
    printf("  gold %ld, predicted %ld, matched %ld (%ld with the exact span)\n", s->gold,
           s->pred, s->match, s->same_span);
    printf("  span precision %.3f  recall %.3f  F1 %.3f\n", p, r, f1);
    put_ratio("value", s->value, s->match);
    put_ratio("qualifier", s->qual, s->match);
    put_ratio("unit", s->unit, s->match);
    put_ratio("category", s->category, s->match);
    put_ratio("section", s->section, s->match);
    put_ratio("note", s->note, s->match);
    put_ratio("actor", s->actor, s->match);
    put_ratio("date exact", s->date, s->match);
    put_ratio("date same period", s->period, s->match);
    put_ratio("modality", s->modality, s->match);
    printf("  years/dates/designations/ordinals predicted: %ld (years %ld, dates %ld, "
           "designations %ld, ordinals %ld)\n",
           s->year + s->date_junk + s->desig + s->ordinal, s->year, s->date_junk, s->desig,
           s->ordinal);
}

/* Add the counts of b to a (every field of a score is a long). */
static void score_add(score *a, const score *b)
{
    long *x = (long *)a;
    const long *y = (const long *)b;
    for (size_t i = 0; i < sizeof *a / sizeof(long); i++)
        x[i] += y[i];
}

/* Count the fields of matched pair (g, f) that agree; with -v, list the
 * ones that do not. */
static void score_pair(score *s, const gold_row *g, const tally_fact *f)
{
    char pn[16] = "", gn[16] = "";
    const char *qn = tally_qualifier_name(f->qual);
    const char *sec = f->section == TALLY_SECTION_ENDNOTE ? "endnote" : "body";
    s->match++;
    s->same_span += g->start == f->start && g->end == f->end;
    int v = value_ok(g, f);
    s->value += v;
    s->qual += str_eq(g->qual, qn);
    s->unit += str_eq(g->unit, f->unit);
    s->category += str_eq(g->category, f->category);
    s->section += str_eq(g->section, sec);
    s->note += g->note == f->note;
    s->actor += str_eq(g->actor, f->actor);
    s->date += str_eq(g->date, f->date);
    s->period += same_period(g->date, f->date ? f->date : "");
    s->modality += str_eq(g->modality, f->modality);
    if (!verbose)
        return;
    if (!v || !str_eq(g->qual, qn)) {
        printf("  %-8s %7zu \"", "value", g->start);
        put_clean(g->text);
        printf("\": gold ");
        put_value(g->value, g->low, g->high, g->qual);
        printf(", predicted ");
        put_value(f->value, f->low, f->high, qn);
        printf(" \"");
        put_clean(f->number_text);
        printf("\"\n");
    }
    if (!str_eq(g->unit, f->unit))
        put_field("unit", g, g->unit, f->unit);
    if (!str_eq(g->category, f->category))
        put_field("category", g, g->category, f->category);
    if (!str_eq(g->section, sec))
        put_field("section", g, g->section, sec);
    if (g->note != f->note) {
        if (g->note)
            snprintf(gn, sizeof gn, "%d", g->note);
        if (f->note)
            snprintf(pn, sizeof pn, "%d", f->note);
        put_field("note", g, gn, pn);
    }
    if (!str_eq(g->actor, f->actor))
        put_field("actor", g, g->actor, f->actor);
    if (!str_eq(g->date, f->date))
        put_field(same_period(g->date, f->date ? f->date : "") ? "date~" : "date", g, g->date,
                  f->date);
    if (!str_eq(g->modality, f->modality))
        put_field("modality", g, g->modality, f->modality);
}

/* Classify an unmatched prediction; with -v, list it. */
static void score_false(score *s, const tally_doc *d, const tally_lexicon *lex,
                        const tally_fact *f, int overlaps_gold)
{
    const char *kind = "";
    if (!overlaps_gold) {
        if (looks_year(f->number_text))
            s->year++, kind = " [year]";
        else if (looks_date(d, lex, f))
            s->date_junk++, kind = " [date]";
        else if (looks_designation(d, f))
            s->desig++, kind = " [designation]";
        else if (looks_ordinal(d, f))
            s->ordinal++, kind = " [ordinal]";
    }
    if (verbose) {
        printf("  %-8s %7zu \"", "false", f->start);
        put_clean(f->number_text);
        printf("\"%s%s\n", kind, overlaps_gold ? " [overlaps a matched gold row]" : "");
    }
}

/* 1 when every gold row's text is exactly the document's bytes at its
 * span; says which rows are not (the gold file is out of step). */
static int gold_fits(const tally_doc *d, const char *gname, const gold_row *g, size_t ng)
{
    int ok = 1;
    for (size_t i = 0; i < ng; i++) {
        size_t n = g[i].end - g[i].start;
        if (g[i].end > d->orig_len || strlen(g[i].text) != n ||
            memcmp(d->orig + g[i].start, g[i].text, n) != 0) {
            fprintf(stderr, "seed: '%s': row %zu: text '%s' is not the document's bytes %zu-%zu\n",
                    gname, i + 1, g[i].text, g[i].start, g[i].end);
            ok = 0;
        }
    }
    return ok;
}

/* Score facts f of document d against gold rows g. */
static int score_doc(score *s, const tally_doc *d, const tally_lexicon *lex,
                     const gold_row *g, size_t ng, const tally_facts *f)
{
    long *gm = calloc(ng + 1, sizeof *gm), *pm = calloc(f->n + 1, sizeof *pm);
    if (!gm || !pm || match(g, ng, f, gm, pm) < 0) {
        free(gm);
        free(pm);
        say(d->name, "out of memory");
        return -1;
    }
    memset(s, 0, sizeof *s);
    s->gold = (long)ng;
    s->pred = (long)f->n;
    for (size_t i = 0; i < ng; i++) {
        if (gm[i] >= 0) {
            score_pair(s, &g[i], &f->v[gm[i]]);
        } else if (verbose) {
            printf("  %-8s %7zu \"", "miss", g[i].start);
            put_clean(g[i].text);
            printf("\" (%s)\n", g[i].unit);
        }
    }
    for (size_t j = 0; j < f->n; j++) {
        if (pm[j] >= 0)
            continue;
        int ov = 0;
        for (size_t i = 0; i < ng && !ov; i++)
            ov = overlap(g[i].start, g[i].end, f->v[j].start, f->v[j].end) > 0;
        score_false(s, d, lex, &f->v[j], ov);
    }
    free(gm);
    free(pm);
    return 0;
}

/* Where the document of a manifest row is: SHARED_DIR/doc, else doc in the
 * repository; NULL (with *oom clear) when neither exists.  Caller frees. */
static char *find_doc(const char *shared, const char *doc, int *oom)
{
    tally_buf b = {0};
    *oom = 0;
    if (doc[0] != '/') {
        if (buf_printf(&b, "%s/%s", shared, doc) < 0)
            return *oom = 1, NULL;
        if (access(b.data, R_OK) == 0)
            return buf_detach(&b);
        buf_free(&b);
    }
    char *p = repo_path(doc);
    if (!p)
        return *oom = 1, NULL;
    if (access(p, R_OK) == 0)
        return p;
    free(p);
    return NULL;
}

/* Evaluate one manifest row.  Returns 1 when scored, 0 when skipped, -1
 * when the evaluation cannot run. */
static int eval_one(const char *shared, const char *docname, const char *goldname,
                    const tally_lexicon *lex, score *total)
{
    int oom, rc = -1;
    char *path = find_doc(shared, docname, &oom), *gpath = NULL;
    tally_error err = {0};
    tally_table t = {0};
    gold_row *g = NULL;
    size_t ng = 0;
    tally_doc doc;
    tally_facts facts;
    score s;
    if (!path) {
        if (oom)
            say(docname, "out of memory");
        else
            fprintf(stderr, "seed: skip '%s': not in '%s' nor in the repository\n", docname,
                    shared);
        return oom ? -1 : 0;
    }
    if (!(gpath = repo_path(goldname)) || gold_load(gpath, &t, &g, &ng) < 0)
        goto out;
    tally_read_opts ro = tally_read_defaults();
    if (tally_doc_read(path, &ro, &doc, &err)) {
        say(docname, err.msg);
        goto out;
    }
    if (!gold_fits(&doc, goldname, g, ng)) {
        tally_doc_free(&doc);
        goto out;
    }
    tally_extract_opts eo = {NULL, 0};
    if (tally_extract(&doc, lex, &eo, &facts, NULL, &err)) {
        say(docname, err.msg);
        tally_doc_free(&doc);
        goto out;
    }
    tally_buf title = {0};
    if (buf_printf(&title, "%s (gold %s)", docname, goldname) < 0) {
        say(docname, "out of memory");
    } else {
        if (verbose)
            printf("%s: details\n", docname);
        if (score_doc(&s, &doc, lex, g, ng, &facts) == 0) {
            put_score(title.data, &s);
            score_add(total, &s);
            rc = 1;
        }
    }
    buf_free(&title);
    tally_facts_free(&facts);
    tally_doc_free(&doc);
out:
    free(g);
    tally_table_free(&t);
    free(gpath);
    free(path);
    return rc;
}

/* Print how to call the program. */
static int usage(void)
{
    fputs("usage: seed SHARED_DIR [-v] [-m MANIFEST]\n"
          "Score 'tally extract' against the annotations listed in MANIFEST\n"
          "(default " DEFAULT_MANIFEST "); -v lists misses, false positives and\n"
          "mismatches.  Exit 0 whatever the scores, 1 if it cannot run, 2 usage.\n",
          stderr);
    return 2;
}

/* seed SHARED_DIR [-v] [-m MANIFEST]: score every document of the manifest. */
int main(int argc, char **argv)
{
    const char *shared = NULL, *mname = DEFAULT_MANIFEST;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
            mname = argv[++i];
        else if (argv[i][0] == '-' || shared)
            return usage();
        else
            shared = argv[i];
    }
    if (!shared)
        return usage();
    tally_error err = {0};
    tally_table m = {0};
    tally_lexicon *lex = NULL;
    char *mpath = repo_path(mname);
    if (!mpath || tally_table_read_file(mpath, '\t', &m, &err)) {
        say("manifest", mpath ? err.msg : "out of memory");
        free(mpath);
        return 1;
    }
    free(mpath);
    int cd = tally_table_col(&m, "doc"), cg = tally_table_col(&m, "gold");
    if (cd < 0 || cg < 0) {
        fprintf(stderr, "seed: '%s': needs columns 'doc' and 'gold'\n", mname);
        tally_table_free(&m);
        return 1;
    }
    if (tally_lexicon_load_dir(tally_lexicon_default_dir(), &lex, &err)) {
        say("lexicon", err.msg);
        tally_table_free(&m);
        return 1;
    }
    score total;
    memset(&total, 0, sizeof total);
    int scored = 0, failed = 0;
    for (size_t r = 0; r < m.nrows; r++) {
        if (m.rows[r][cd][0] == '#' || !m.rows[r][cd][0])
            continue;
        int k = eval_one(shared, m.rows[r][cd], m.rows[r][cg], lex, &total);
        if (k < 0)
            failed = 1;
        else
            scored += k;
    }
    if (scored > 1)
        put_score("all documents", &total);
    if (!scored && !failed)
        printf("seed: no document to score\n");
    tally_lexicon_free(lex);
    tally_table_free(&m);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        say("stdout", "write error");
        return 1;
    }
    return failed;
}
