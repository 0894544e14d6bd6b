/*
 * tests/eval/verify.c - scores 'tally verify' against hand-made lists of
 * the arithmetic relations documents assert:
 *
 *   seed      tests/eval/seed_relations.tsv for the seed article (SHARED_DIR);
 *   samples   tests/eval/samples_relations/NAME.tsv for each document
 *             datasets/samples/NAME.{txt,md};
 *   heldout   the relation tables of tests/eval/heldout/README.md (a line
 *             "`NAME`" names the document, then rows "| offset | kind |
 *             verdict | relation |"), when that folder exists; heldout2 to heldout70 the
 *             same for tests/eval/heldout2/ to heldout48/ (every .txt and .md there).
 *
 * A list is tab-separated with the columns offset (the stated figure's
 * first byte), kind, verdict and label.  A relation is found when a check
 * of the same kind family (product, average and multiple are one family;
 * "percent change" is change) states a figure whose span covers the offset
 * (a few bytes of qualifier allowed); for a fraction the figure may be its
 * part or its share (the first two of the check's facts), for a change its
 * amount or its new value (the last of the check's facts).  Prints each relation, then per
 * document and per set: found, right verdict, false 'inconsistent'
 * (inconsistent checks that match no relation annotated inconsistent) and
 * other checks (matching no relation); an inconsistent check of a relation
 * annotated with another verdict counts as a false 'inconsistent' too.
 * An evaluation, not a test: exits 0 unless something cannot be read.
 *
 *     verify SHARED_DIR [-v]        (-v: also list the other checks)
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tally/tally.h"
#include "tally/verify.h"

#define SEED "seeds/000_6fe163a3ba49ee5e.txt"
#define HELDOUT "tests/eval/heldout"

/* One annotated relation. */
typedef struct rel {
    size_t off;
    char kind[32], verdict[32], label[200];
} rel;

typedef struct rels {
    rel *v;
    size_t n, cap;
} rels;

/* Totals of one set of documents. */
typedef struct score {
    size_t docs, n, found, right, false_inc, extra, inc_want, inc_got;
} score;

static int verbose;

/* The family of a kind name, so that "product" in a list matches an
 * "average" check and "percent change" a "change" check. */
static const char *family(const char *k)
{
    if (strcmp(k, "average") == 0 || strcmp(k, "multiple") == 0)
        return "product";
    if (strstr(k, "change"))
        return "change";
    return k;
}

/* The stated figure of check k: the first id of its facts list. */
static const tally_fact *stated(const tally_facts *f, const tally_check *k)
{
    long id = strtol(k->facts, NULL, 10);
    return id >= 1 && (size_t)id <= f->n ? &f->v[id - 1] : NULL;
}

/* The second figure of check k's facts list (a fraction's share), or NULL. */
static const tally_fact *second(const tally_facts *f, const tally_check *k)
{
    const char *semi = strchr(k->facts, ';');
    long id = semi ? strtol(semi + 1, NULL, 10) : 0;
    return id >= 1 && (size_t)id <= f->n ? &f->v[id - 1] : NULL;
}

/* The last figure of check k's facts list (a change's new value), or NULL. */
static const tally_fact *last(const tally_facts *f, const tally_check *k)
{
    const char *semi = strrchr(k->facts, ';');
    long id = semi ? strtol(semi + 1, NULL, 10) : 0;
    return id >= 1 && (size_t)id <= f->n ? &f->v[id - 1] : NULL;
}

/* 1 when fact s spans offset off (a few bytes of qualifier allowed). */
static int strict_pass;   /* 1 while matching spans exactly (see score_doc()) */

static int covers(const tally_fact *s, size_t off)
{
    if (strict_pass)
        return s && s->start <= off && off < s->end;
    return s && s->start <= off + 8 && off < s->end + 1;
}

/* 1 when check k states the figure at offset off with a kind of kind's
 * family.  A fraction names its part first and its share second; either
 * may be what a list calls the stated figure ("612 tanks, about 38 per
 * cent of the plan": the part, or the share the reader checks).  A change
 * ("cut by 150 to 270") may be listed by its amount or its new value, an
 * average by its quotient or its total (its second figure: "3,300 at
 * Terhaven, two shifts of 1,650 each"), and a product listed as an average
 * by its rate ("96,000 tons in September, an average of 3,600 a day").  A
 * sum of products ("12 x 4 + 20 x 6 = 168", kind product) may be listed as
 * a sum, a multiplier in words ("doubled, from 7 to 14", kind multiple)
 * as a change, and so may a difference ("from 5,100 to 12,000, an
 * increase of 6,900" checked as 12,000 - 5,100 = 6,900: the same
 * arithmetic), and a difference listed may be checked as an absolute
 * change ("fell from 1.38 million to 1.05 million, a fall of 330,000").  A fraction's share may be checked as a percentage change
 * ("fell from 1,440 to 1,180, a loss of 260, or 22 per cent": 260 of 1,440
 * is the fall from 1,440 to 1,180, the same arithmetic), and a difference
 * with more than two terms as a sum with parts taken away ("184 - 21 - 104
 * = 59 km left", kind sum: the same figure stated, the same arithmetic). */
/* How many figures check k's facts list names after the stated one. */
static int parts_of(const tally_check *k)
{
    int n = 0;
    for (const char *p = k->facts; p && *p; p++)
        n += *p == ';';
    return n;
}

static int hits(const tally_facts *f, const tally_check *k, size_t off, const char *kind)
{
    int sum_of_products = strcmp(kind, "sum") == 0 && strcmp(k->kind, "product") == 0 &&
                          k->expression && strstr(k->expression, " + ");
    int doubled = strcmp(family(kind), "change") == 0 && strcmp(k->kind, "multiple") == 0;
    int gap = (strcmp(family(kind), "change") == 0 && strcmp(k->kind, "difference") == 0) ||
              (strcmp(kind, "difference") == 0 && strcmp(k->kind, "change") == 0 &&
               k->expression && !strchr(k->expression, '%'));   /* "a fall of 320,000
                                                                  tons": |A - B| either way */
    int minus = strcmp(kind, "difference") == 0 && strcmp(k->kind, "sum") == 0 &&
                k->expression && strstr(k->expression, " - ");
    /* "31,400 carried ... the wounded 7,900; the remaining 23,400": a rest
       listed as a difference, checked as the sum of two parts it is one of */
    int rest = strcmp(kind, "difference") == 0 && strcmp(k->kind, "sum") == 0 &&
               parts_of(k) == 2;
    /* a norm listed per unit ("4,800 prisoners in 60 huts, 80 men to a hut")
       checked as the product or quotient it is */
    int per_unit = strcmp(kind, "norm") == 0 && strcmp(family(k->kind), "product") == 0;
    const tally_fact *sf = stated(f, k);
    int fall = strcmp(kind, "fraction") == 0 && strcmp(k->kind, "change") == 0 && sf &&
               sf->unit && strcmp(sf->unit, "percent") == 0;
    if (strcmp(family(k->kind), family(kind)) != 0 && !sum_of_products && !doubled && !gap &&
        !fall && !minus && !per_unit && !rest)
        return 0;
    if (rest && !covers(stated(f, k), off))
        return covers(second(f, k), off) || covers(last(f, k), off);
    if (fall)   /* the share itself must be the figure checked */
        return covers(sf, off);
    return covers(stated(f, k), off) ||
           (strcmp(family(kind), "fraction") == 0 && covers(second(f, k), off)) ||
           (strcmp(family(kind), "change") == 0 && covers(last(f, k), off)) ||
           ((strcmp(k->kind, "average") == 0 || strcmp(kind, "average") == 0 || per_unit) &&
            covers(second(f, k), off));
}

static int rels_add(rels *r, size_t off, const char *kind, const char *verdict,
                    const char *label)
{
    if (grow_array((void **)&r->v, &r->cap, r->n + 1, sizeof *r->v) < 0)
        return -1;
    rel *x = &r->v[r->n++];
    x->off = off;
    snprintf(x->kind, sizeof x->kind, "%s", kind);
    snprintf(x->verdict, sizeof x->verdict, "%s", verdict);
    snprintf(x->label, sizeof x->label, "%s", label);
    return 0;
}

/* Read a relations TSV. */
static int load_tsv(const char *path, rels *out)
{
    tally_error err = {0};
    tally_table t;
    if (tally_table_read_file(path, '\t', &t, &err)) {
        fprintf(stderr, "verify: %s\n", err.msg);
        return -1;
    }
    int co = tally_table_col(&t, "offset"), ck = tally_table_col(&t, "kind");
    int cv = tally_table_col(&t, "verdict"), cl = tally_table_col(&t, "label");
    int rc = co < 0 || ck < 0 || cv < 0 ? -1 : 0;
    if (rc)
        fprintf(stderr, "verify: %s: needs columns offset, kind, verdict\n", path);
    for (size_t i = 0; !rc && i < t.nrows; i++)
        rc = rels_add(out, (size_t)strtoul(t.rows[i][co], NULL, 10), t.rows[i][ck],
                      t.rows[i][cv], cl >= 0 ? t.rows[i][cl] : "");
    tally_table_free(&t);
    return rc;
}

/* Copy table cell text (between two '|') trimmed and without '*' marks. */
static void cell(const char *a, const char *b, char *out, size_t cap)
{
    while (a < b && isspace((unsigned char)*a))
        a++;
    while (b > a && isspace((unsigned char)b[-1]))
        b--;
    size_t k = 0;
    for (; a < b && k + 1 < cap; a++)
        if (*a != '*')
            out[k++] = *a;
    out[k] = '\0';
}

/* The relations README lists for document name (its "`name`" heading). */
static int load_readme(const char *path, const char *name, rels *out)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char line[1024], want[300];
    snprintf(want, sizeof want, "`%s`", name);
    int in = 0, rc = 0;
    while (!rc && fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '`') {
            in = strcmp(line, want) == 0;
            continue;
        }
        if (!in || line[0] != '|')
            continue;
        const char *bar[6];
        size_t nb = 0;
        for (const char *p = line; *p && nb < 6; p++)
            if (*p == '|')
                bar[nb++] = p;
        if (nb < 5)
            continue;
        char off[32], kind[32], verdict[32], label[200];
        cell(bar[0] + 1, bar[1], off, sizeof off);
        cell(bar[1] + 1, bar[2], kind, sizeof kind);
        cell(bar[2] + 1, bar[3], verdict, sizeof verdict);
        cell(bar[3] + 1, bar[4], label, sizeof label);
        if (!isdigit((unsigned char)off[0]))
            continue;
        rc = rels_add(out, (size_t)strtoul(off, NULL, 10), kind, verdict, label);
    }
    fclose(fp);
    return rc;
}

/* Run verify on one document and score it against r. */
static int score_doc(const char *path, const char *shown, const rels *r,
                     const tally_lexicon *lex, score *sc)
{
    tally_error err = {0};
    tally_doc doc;
    tally_facts facts;
    tally_segments seg;
    tally_checks checks;
    memset(&checks, 0, sizeof checks);
    if (tally_doc_read(path, NULL, &doc, &err)) {
        printf("%s: skipped (%s)\n", shown, err.msg);
        return 0;
    }
    if (tally_extract(&doc, lex, NULL, &facts, &seg, &err) ||
        tally_verify(&doc, &facts, &seg, lex, &checks, &err)) {
        fprintf(stderr, "verify: %s: %s\n", shown, err.msg);
        tally_doc_free(&doc);
        return -1;
    }
    size_t found = 0, right = 0, false_inc = 0, extra = 0, inc_want = 0, inc_got = 0;
    char *used = calloc(checks.n + 1, 1);
    if (!used) {
        fprintf(stderr, "verify: out of memory\n");
        return -1;
    }
    printf("%s\n", shown);
    /* two passes: checks whose stated span holds the offset first, then
     * those a few bytes of qualifier away, so that a loose match never
     * takes the check an exact one needs */
    const tally_check **match = calloc(r->n + 1, sizeof *match);
    if (!match) {
        free(used);
        fprintf(stderr, "verify: out of memory\n");
        return -1;
    }
    for (strict_pass = 1; strict_pass >= 0; strict_pass--)
        for (size_t i = 0; i < r->n; i++)
            for (size_t j = 0; j < checks.n && !match[i]; j++)
                if (!used[j] && hits(&facts, &checks.v[j], r->v[i].off, r->v[i].kind)) {
                    match[i] = &checks.v[j];
                    used[j] = 1;
                }
    strict_pass = 0;
    for (size_t i = 0; i < r->n; i++) {
        const rel *x = &r->v[i];
        const tally_check *k = match[i];
        const char *got = k ? tally_verdict_name(k->verdict) : "missed";
        int ok = k && strcmp(got, x->verdict) == 0;
        int want_inc = strcmp(x->verdict, "inconsistent") == 0;
        found += k != NULL;
        right += ok;
        inc_want += want_inc;
        inc_got += want_inc && ok;
        /* a relation annotated otherwise but judged inconsistent is a
         * false alarm too, not only an inconsistent check of no relation */
        false_inc += k && !want_inc && k->verdict == TALLY_V_INCONSISTENT;
        printf("  %-4s %6zu %-14s %-12s got %-12s %s\n", ok ? "ok" : "MISS", x->off, x->kind,
               x->verdict, got, x->label);
    }
    for (size_t j = 0; j < checks.n; j++) {
        const tally_check *k = &checks.v[j];
        if (used[j] || strcmp(k->kind, "norm-estimate") == 0)
            continue;
        extra++;
        if (k->verdict == TALLY_V_INCONSISTENT) {
            false_inc++;
            printf("  false inconsistent: line %zu: %s\n", k->line, k->message);
        } else if (verbose) {
            printf("  other: line %zu: %s: %s %s\n", k->line, tally_verdict_name(k->verdict),
                   k->kind, k->message);
        }
    }
    printf("  => found %zu/%zu, right verdict %zu/%zu, inconsistent flagged %zu/%zu, "
           "false inconsistent %zu, other checks %zu\n",
           found, r->n, right, r->n, inc_got, inc_want, false_inc, extra);
    sc->docs++;
    sc->n += r->n;
    sc->found += found;
    sc->right += right;
    sc->false_inc += false_inc;
    sc->extra += extra;
    sc->inc_want += inc_want;
    sc->inc_got += inc_got;
    free(used);
    free(match);
    tally_checks_free(&checks);
    tally_segments_free(&seg);
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    return 0;
}

static void print_score(const char *set, const score *s)
{
    printf("verify: %s relations (%zu documents) found %zu/%zu, right verdict %zu/%zu (%.0f%%), "
           "planted or real inconsistencies flagged %zu/%zu, false inconsistent %zu, "
           "other checks %zu\n",
           set, s->docs, s->found, s->n, s->right, s->n,
           s->n ? 100.0 * (double)s->right / (double)s->n : 0.0, s->inc_got, s->inc_want,
           s->false_inc, s->extra);
}

/* The sample documents: samples_relations/NAME.tsv with datasets/samples/NAME.*. */
static int run_samples(const tally_lexicon *lex, score *sc)
{
    const char *dir = "tests/eval/samples_relations";
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char *names[64];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".tsv") == 0)
            names[n++] = xstrndup(e->d_name, len - 4);
    }
    closedir(d);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {   /* sorted for a stable report */
        for (size_t j = i + 1; j < n; j++)
            if (names[i] && names[j] && strcmp(names[j], names[i]) < 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    }
    for (size_t i = 0; i < n; i++) {
        if (!names[i] || rc) {
            free(names[i]);
            continue;
        }
        char tsv[512], doc[512];
        rels r = {0};
        snprintf(tsv, sizeof tsv, "%s/%s.tsv", dir, names[i]);
        const char *ext[] = {"txt", "md"};
        doc[0] = '\0';
        for (size_t k = 0; k < 2; k++) {
            char p[512];
            snprintf(p, sizeof p, "datasets/samples/%s.%s", names[i], ext[k]);
            FILE *fp = fopen(p, "r");
            if (fp) {
                fclose(fp);
                snprintf(doc, sizeof doc, "%s", p);
            }
        }
        if (!doc[0])
            printf("%s: no document for it\n", tsv);
        else if (load_tsv(tsv, &r) || score_doc(doc, doc, &r, lex, sc))
            rc = -1;
        free(r.v);
        free(names[i]);
    }
    return rc;
}

/* 1 when file name n is a held-out document (.txt or .md, not README). */
static int is_doc(const char *n)
{
    size_t l = strlen(n);
    return strcmp(n, "README.md") != 0 &&
           ((l > 4 && strcmp(n + l - 4, ".txt") == 0) || (l > 3 && strcmp(n + l - 3, ".md") == 0));
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The held-out documents of folder dir that its README's relation tables
 * list (a folder without a README is skipped). */
static int run_heldout(const char *dir, const tally_lexicon *lex, score *sc)
{
    char readme[256];
    snprintf(readme, sizeof readme, "%s/README.md", dir);
    FILE *fp = fopen(readme, "r");
    if (!fp)
        return 0;
    fclose(fp);
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char *names[64];
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) && nn < 64)
        if (is_doc(e->d_name) && !(names[nn++] = strdup(e->d_name))) {
            nn--;
            break;
        }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_name);
    int rc = 0;
    for (size_t i = 0; i < nn; i++) {
        rels r = {0};
        char doc[512];
        snprintf(doc, sizeof doc, "%s/%s", dir, names[i]);
        if (!rc)
            rc = load_readme(readme, names[i], &r);
        if (!rc && r.n)
            rc = score_doc(doc, doc, &r, lex, sc);
        free(r.v);
        free(names[i]);
    }
    return rc ? -1 : 0;
}

int main(int argc, char **argv)
{
    const char *shared = "../shared";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else
            shared = argv[i];
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", shared, SEED);
    tally_error err = {0};
    tally_lexicon *lex = NULL;
    if (tally_lexicon_load_dir(tally_lexicon_default_dir(), &lex, &err)) {
        fprintf(stderr, "verify: %s\n", err.msg);
        return 1;
    }
    /* the held-out sets: tests/eval/heldout, heldout2, ... (those present) */
    static const char *const sets[] = {"",  "2",  "3",  "4",  "5",  "6",
                                       "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70"};
    enum { NSETS = sizeof sets / sizeof *sets };
    score seed = {0}, samples = {0}, held[NSETS] = {{0}};
    rels r = {0};
    int rc = load_tsv("tests/eval/seed_relations.tsv", &r);
    if (!rc)
        rc = score_doc(path, "seed article", &r, lex, &seed);
    free(r.v);
    if (!rc)
        rc = run_samples(lex, &samples);
    for (size_t k = 0; k < NSETS && !rc; k++) {
        char dir[64];
        snprintf(dir, sizeof dir, "%s%s", HELDOUT, sets[k]);
        rc = run_heldout(dir, lex, &held[k]);
    }
    tally_lexicon_free(lex);
    if (rc)
        return 1;
    print_score("seed", &seed);
    print_score("samples", &samples);
    for (size_t k = 0; k < NSETS; k++) {
        char name[32];
        snprintf(name, sizeof name, "heldout%s", sets[k]);
        if (held[k].docs)
            print_score(name, &held[k]);
    }
    return 0;
}
