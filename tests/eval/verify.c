/*
 * tests/eval/verify.c - scores 'tally verify' on the seed article against
 * the hand-made list tests/eval/seed_relations.tsv (offset of the stated
 * figure, kind, expected verdict).  A relation is found when a check of the
 * same kind states a figure whose span covers the offset (a few bytes of
 * qualifier allowed).  Prints each relation, then found / right verdict /
 * false 'inconsistent' (inconsistent checks that match no expected
 * inconsistent relation).  An evaluation, not a test: exits 0 unless
 * something cannot be read.
 *
 *     verify SHARED_DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tally/tally.h"
#include "tally/verify.h"

#define SEED "seeds/000_6fe163a3ba49ee5e.txt"

/* The stated figure of check k: the first id of its facts list. */
static const tally_fact *stated(const tally_facts *f, const tally_check *k)
{
    long id = strtol(k->facts, NULL, 10);
    return id >= 1 && (size_t)id <= f->n ? &f->v[id - 1] : NULL;
}

/* 1 when check k states the figure at offset off with kind kind. */
static int hits(const tally_facts *f, const tally_check *k, size_t off, const char *kind)
{
    const tally_fact *s = stated(f, k);
    return s && strcmp(k->kind, kind) == 0 && s->start <= off + 8 && off < s->end + 1;
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", shared, SEED);
    tally_error err = {0};
    tally_table want;
    tally_lexicon *lex = NULL;
    tally_doc doc;
    tally_facts facts;
    tally_segments seg;
    tally_checks checks;
    memset(&checks, 0, sizeof checks);
    if (tally_table_read_file("tests/eval/seed_relations.tsv", '\t', &want, &err)) {
        fprintf(stderr, "verify: %s\n", err.msg);
        return 1;
    }
    if (tally_lexicon_load_dir(tally_lexicon_default_dir(), &lex, &err) ||
        tally_doc_read(path, NULL, &doc, &err)) {
        fprintf(stderr, "verify: %s\n", err.msg);
        tally_table_free(&want);
        tally_lexicon_free(lex);
        return 1;
    }
    if (tally_extract(&doc, lex, NULL, &facts, &seg, &err) ||
        tally_verify(&doc, &facts, &seg, lex, &checks, &err)) {
        fprintf(stderr, "verify: %s\n", err.msg);
        return 1;
    }
    int co = tally_table_col(&want, "offset"), ck = tally_table_col(&want, "kind");
    int cv = tally_table_col(&want, "verdict"), cl = tally_table_col(&want, "label");
    size_t found = 0, right = 0, false_inc = 0, n = want.nrows;
    char *used = calloc(checks.n + 1, 1);
    for (size_t i = 0; used && i < n; i++) {
        size_t off = (size_t)strtoul(want.rows[i][co], NULL, 10);
        const tally_check *k = NULL;
        for (size_t j = 0; j < checks.n && !k; j++)
            if (hits(&facts, &checks.v[j], off, want.rows[i][ck])) {
                k = &checks.v[j];
                used[j] = 1;
            }
        const char *got = k ? tally_verdict_name(k->verdict) : "missed";
        int ok = k && strcmp(got, want.rows[i][cv]) == 0;
        found += k != NULL;
        right += ok;
        printf("  %-4s %6zu %-8s %-12s got %-12s %s\n", ok ? "ok" : "MISS", off,
               want.rows[i][ck], want.rows[i][cv], got, want.rows[i][cl]);
    }
    for (size_t j = 0; used && j < checks.n; j++) {
        if (checks.v[j].verdict != TALLY_V_INCONSISTENT)
            continue;
        int expected = 0;
        for (size_t i = 0; i < n; i++)
            if (strcmp(want.rows[i][cv], "inconsistent") == 0 &&
                hits(&facts, &checks.v[j], (size_t)strtoul(want.rows[i][co], NULL, 10),
                     want.rows[i][ck]))
                expected = 1;
        if (!expected) {
            false_inc++;
            printf("  false inconsistent: line %zu: %s\n", checks.v[j].line, checks.v[j].message);
        }
    }
    size_t extra = 0;
    for (size_t j = 0; used && j < checks.n; j++)
        extra += !used[j] && strcmp(checks.v[j].kind, "norm-estimate") != 0;
    printf("verify: seed relations found %zu/%zu, right verdict %zu/%zu (%.0f%%), "
           "false inconsistent %zu, other checks %zu\n",
           found, n, right, n, n ? 100.0 * (double)right / (double)n : 0.0, false_inc, extra);
    free(used);
    tally_checks_free(&checks);
    tally_segments_free(&seg);
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    tally_lexicon_free(lex);
    tally_table_free(&want);
    return 0;
}
