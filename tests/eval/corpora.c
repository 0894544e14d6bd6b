/*
 * corpora.c - scores the number recogniser (tally_numbers_find) against the
 * public number corpora under SHARED/corpora.  A program, not a test:
 *
 *     build/tests/eval/corpora ../shared [-v]
 *
 * For each corpus it prints one summary line: cases, gold items, predicted
 * figures, precision, recall and the value accuracy on matched items.  -v
 * also lists every miss and false alarm (to the terminal only: corpus text is
 * never copied into the repository).
 *
 * Matching follows each corpus's SOURCE.md:
 *  - Recognizers-Text (english_cases.tsv): the default models NumberModel,
 *    NumberRangeModel, PercentModel, CurrencyModel, DimensionModel, AgeModel
 *    and TemperatureModel; gold spans are end-inclusive; a prediction matches
 *    a gold item when the spans overlap (one-to-one, greedy); value: the
 *    number, "20%" as 20, a range "[a,b)" by both ends.
 *  - NewsQuant (newsquant_cases.tsv): no spans; per sentence, a prediction
 *    matches a gold quantity of equal value (a range by both ends).
 *  - quantulum3 (english_cases.tsv): spans end-exclusive, overlap matching;
 *    a range by low/high.
 *  - Duckling (english_examples.tsv, corpus "main" and "negative"): each
 *    phrase alone; matched when a figure is found, value right when some
 *    figure has the gold value (interval: both ends; under/above: the bound).
 * Only figures (TALLY_NK_FIGURE) are counted as predictions.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tally/csvio.h"
#include "tally/lexicon.h"
#include "tally/number.h"

static int verbose;
static const tally_lexicon *g_lex;

typedef struct score {
    const char *name;
    long cases, gold, pred, tp_pred, tp_gold, val_ok, val_n;
} score;

typedef struct gold {
    long s, e;          /* span, end exclusive; -1 when unknown */
    double v, lo, hi;   /* value; lo/hi for a range (NAN otherwise) */
    int used;
} gold;

/* Equal within a relative tolerance. */
static int close_to(double a, double b)
{
    if (isnan(a) || isnan(b))
        return 0;
    double m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    return fabs(a - b) <= 1e-6 * (m > 1 ? m : 1);
}

/* 1 when prediction p has the value of gold g. */
static int value_ok(const tally_number *p, const gold *g)
{
    if (!isnan(g->lo) && !isnan(g->hi))
        return close_to(p->low, g->lo) && close_to(p->high, g->hi);
    if (!isnan(g->lo))
        return close_to(p->low, g->lo) || close_to(p->value, g->lo);
    if (!isnan(g->hi))
        return close_to(p->high, g->hi) || close_to(p->value, g->hi);
    return close_to(p->value, g->v);
}

/* Run the recogniser on s; *out holds only the figures. */
static size_t figures(const char *s, tally_number **out)
{
    tally_error err;
    tally_number *v = NULL;
    size_t n = 0, k = 0;
    if (tally_numbers_find(s, 0, strlen(s), g_lex, &v, &n, &err)) {
        fprintf(stderr, "corpora: %s\n", err.msg);
        exit(2);
    }
    for (size_t i = 0; i < n; i++)
        if (v[i].kind == TALLY_NK_FIGURE)
            v[k++] = v[i];
    *out = v;
    return k;
}

/* Score one input against its gold items by span overlap (spans known) or
 * by value (spans unknown). */
static void score_input(score *sc, const char *input, gold *g, size_t ng)
{
    tally_number *p;
    size_t np = figures(input, &p);
    sc->cases++;
    sc->gold += (long)ng;
    sc->pred += (long)np;
    for (size_t i = 0; i < np; i++) {
        long best = -1;
        for (size_t j = 0; j < ng; j++) {
            if (g[j].used)
                continue;
            if (g[j].s >= 0) {
                if ((long)p[i].start < g[j].e && g[j].s < (long)p[i].end) {
                    best = (long)j;
                    break;
                }
            } else if (value_ok(&p[i], &g[j])) {
                best = (long)j;
                break;
            }
        }
        if (best < 0) {
            if (verbose)
                printf("  FP %s: [%.*s] in: %s\n", sc->name, (int)(p[i].end - p[i].start),
                       input + p[i].start, input);
            continue;
        }
        g[best].used = 1;
        sc->tp_pred++;
        sc->tp_gold++;
        sc->val_n++;
        if (value_ok(&p[i], &g[best]))
            sc->val_ok++;
        else if (verbose)
            printf("  VAL %s: [%.*s] got %g (%g..%g) want %g (%g..%g) in: %s\n", sc->name,
                   (int)(p[i].end - p[i].start), input + p[i].start, p[i].value, p[i].low,
                   p[i].high, g[best].v, g[best].lo, g[best].hi, input);
    }
    if (verbose)
        for (size_t j = 0; j < ng; j++)
            if (!g[j].used)
                printf("  FN %s: %g (%ld..%ld) in: %s\n", sc->name, g[j].v, g[j].s, g[j].e,
                       input);
    free(p);
}

static void report(const score *sc)
{
    double pr = sc->pred ? (double)sc->tp_pred / (double)sc->pred : 1;
    double rc = sc->gold ? (double)sc->tp_gold / (double)sc->gold : 1;
    double va = sc->val_n ? (double)sc->val_ok / (double)sc->val_n : 1;
    printf("%-18s cases %5ld  gold %5ld  predicted %5ld  precision %.3f  recall %.3f  "
           "value %.3f (%ld/%ld)\n",
           sc->name, sc->cases, sc->gold, sc->pred, pr, rc, va, sc->val_ok, sc->val_n);
}

/* Parse a cell as a number; NAN when empty or not a number. */
static double num(const char *c)
{
    int ok;
    double v = tally_cell_num(c, &ok);
    return ok ? v : NAN;
}

/* Read a TSV; exits on failure. */
static int load(const char *dir, const char *rel, tally_table *t)
{
    char path[4096];
    tally_error err;
    snprintf(path, sizeof path, "%s/corpora/%s", dir, rel);
    if (tally_table_read_file(path, '\t', t, &err)) {
        printf("%-18s skipped: %s\n", rel, err.msg);
        return 0;
    }
    return 1;
}

/* Column index or exit. */
static int col(const tally_table *t, const char *name)
{
    int c = tally_table_col(t, name);
    if (c < 0) {
        fprintf(stderr, "corpora: '%s' has no column '%s'\n", t->name, name);
        exit(2);
    }
    return c;
}

/* The number at the start of c ("20%" gives 20), or NAN. */
static double num_prefix(const char *c)
{
    char *end;
    double v = strtod(c, &end);
    return end == c ? NAN : v;
}

/* A Recognizers-Text resolution value: "75000000", "20%", "[20,30)". */
static void rt_value(const char *v, gold *g)
{
    g->v = g->lo = g->hi = NAN;
    if (v[0] == '[' || v[0] == '(') {
        const char *comma = strchr(v, ',');
        g->lo = comma && comma > v + 1 ? num_prefix(v + 1) : NAN;
        g->hi = comma && comma[1] != ']' && comma[1] != ')' ? num_prefix(comma + 1) : NAN;
        g->v = !isnan(g->lo) ? g->lo : g->hi;
        return;
    }
    g->v = num_prefix(v);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: corpora SHARED_DIR [-v]\n");
        return 2;
    }
    verbose = argc > 2 && strcmp(argv[2], "-v") == 0;
    const char *dir = argv[1];
    tally_lexicon *lex = NULL;
    tally_error err;
    if (tally_lexicon_load_dir(tally_lexicon_default_dir(), &lex, &err)) {
        fprintf(stderr, "corpora: %s\n", err.msg);
        return 2;
    }
    g_lex = lex;
    tally_table t;
    gold g[64];

    /* Recognizers-Text */
    if (load(dir, "recognizers-text/english_cases.tsv", &t)) {
        static const char *models[] = {"NumberModel", "NumberRangeModel", "PercentModel",
                                       "CurrencyModel", "DimensionModel", "AgeModel",
                                       "TemperatureModel"};
        score sc = {"recognizers-text", 0, 0, 0, 0, 0, 0, 0};
        int cm = col(&t, "model"), ci = col(&t, "input"), cs = col(&t, "start"),
            ce = col(&t, "end"), cv = col(&t, "value"), cid = col(&t, "case_id");
        for (size_t i = 0; i < t.nrows;) {
            size_t j = i;
            while (j < t.nrows && strcmp(t.rows[j][cid], t.rows[i][cid]) == 0)
                j++;
            int want = 0;
            for (size_t m = 0; m < sizeof models / sizeof *models; m++)
                want |= strcmp(t.rows[i][cm], models[m]) == 0;
            if (want) {
                size_t ng = 0;
                for (size_t r = i; r < j && ng < 64; r++) {
                    if (!t.rows[r][cs][0])
                        continue;
                    gold *x = &g[ng++];
                    memset(x, 0, sizeof *x);
                    x->s = atol(t.rows[r][cs]);
                    x->e = atol(t.rows[r][ce]) + 1;
                    rt_value(t.rows[r][cv], x);
                }
                score_input(&sc, t.rows[i][ci], g, ng);
            }
            i = j;
        }
        report(&sc);
        tally_table_free(&t);
    }

    /* NewsQuant */
    if (load(dir, "cqe-newsquant/newsquant_cases.tsv", &t)) {
        score sc = {"cqe-newsquant", 0, 0, 0, 0, 0, 0, 0};
        int cid = col(&t, "sentence_id"), ci = col(&t, "input"), cv = col(&t, "value"),
            cl = col(&t, "low"), ch = col(&t, "high");
        for (size_t i = 0; i < t.nrows;) {
            size_t j = i, ng = 0;
            while (j < t.nrows && strcmp(t.rows[j][cid], t.rows[i][cid]) == 0)
                j++;
            for (size_t r = i; r < j && ng < 64; r++) {
                if (!t.rows[r][cv][0])
                    continue;
                gold *x = &g[ng++];
                memset(x, 0, sizeof *x);
                x->s = x->e = -1;
                x->lo = num(t.rows[r][cl]);
                x->hi = num(t.rows[r][ch]);
                x->v = isnan(x->lo) ? num(t.rows[r][cv]) : x->lo;
                if (!isnan(x->lo) && !isnan(x->hi) && x->lo > x->hi) {   /* a change */
                    double s = x->lo;
                    x->lo = x->hi;
                    x->hi = s;
                }
            }
            score_input(&sc, t.rows[i][ci], g, ng);
            i = j;
        }
        report(&sc);
        tally_table_free(&t);
    }

    /* quantulum3 */
    if (load(dir, "quantulum3/english_cases.tsv", &t)) {
        score sc = {"quantulum3", 0, 0, 0, 0, 0, 0, 0};
        int cf = col(&t, "file"), cid = col(&t, "case_id"), ci = col(&t, "input"),
            cs = col(&t, "start"), ce = col(&t, "end"), cv = col(&t, "value"),
            cl = col(&t, "low"), ch = col(&t, "high");
        for (size_t i = 0; i < t.nrows;) {
            size_t j = i, ng = 0;
            while (j < t.nrows && strcmp(t.rows[j][cid], t.rows[i][cid]) == 0)
                j++;
            if (strcmp(t.rows[i][cf], "quantities.json") == 0) {
                for (size_t r = i; r < j && ng < 64; r++) {
                    if (!t.rows[r][cs][0])
                        continue;
                    gold *x = &g[ng++];
                    memset(x, 0, sizeof *x);
                    x->s = atol(t.rows[r][cs]);
                    x->e = atol(t.rows[r][ce]);
                    x->v = num(t.rows[r][cv]);
                    x->lo = num(t.rows[r][cl]);
                    x->hi = num(t.rows[r][ch]);
                    if (close_to(x->lo, x->hi))
                        x->lo = x->hi = NAN;
                }
                score_input(&sc, t.rows[i][ci], g, ng);
            }
            i = j;
        }
        report(&sc);
        tally_table_free(&t);
    }

    /* Duckling */
    if (load(dir, "duckling/english_examples.tsv", &t)) {
        score sc = {"duckling", 0, 0, 0, 0, 0, 0, 0};
        int cc = col(&t, "corpus"), ci = col(&t, "input"), ck = col(&t, "kind"),
            cv = col(&t, "value"), cl = col(&t, "low"), ch = col(&t, "high");
        for (size_t i = 0; i < t.nrows; i++) {
            const char *corpus = t.rows[i][cc], *kind = t.rows[i][ck];
            if (strcmp(corpus, "main") != 0 && strcmp(corpus, "negative") != 0)
                continue;
            size_t ng = 0;
            if (strcmp(kind, "none") != 0) {
                gold *x = &g[ng++];
                memset(x, 0, sizeof *x);
                x->s = 0;
                x->e = (long)strlen(t.rows[i][ci]);
                x->v = num(t.rows[i][cv]);
                x->lo = num(t.rows[i][cl]);
                x->hi = num(t.rows[i][ch]);
                if (strcmp(kind, "value") == 0)
                    x->lo = x->hi = NAN;
                else if (isnan(x->v))
                    x->v = !isnan(x->lo) ? x->lo : x->hi;
            }
            score_input(&sc, t.rows[i][ci], g, ng);
        }
        report(&sc);
        tally_table_free(&t);
    }
    tally_lexicon_free(lex);
    return 0;
}
