/*
 * test_lexicon.c - lexicon tables: loading a directory, case-insensitive
 * lookups, user files joining the table whose header they share (and
 * winning over shipped rows), header mismatches.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/lexicon.h"

static void mem_tables(void **state)
{
    (void)state;
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "units", "term,unit,category\nplanes,aircraft,aircraft\n"
                                                         "regiments,regiment,formation\n", &err), TALLY_OK);
    assert_string_equal(tally_lexicon_get(lex, "units", "PLANES", "unit"), "aircraft");
    assert_string_equal(tally_lexicon_get(lex, "units", "regiments", "category"), "formation");
    assert_null(tally_lexicon_get(lex, "units", "tanks", "unit"));
    assert_null(tally_lexicon_get(lex, "units", "planes", "nosuchcol"));
    assert_null(tally_lexicon_get(lex, "nosuchtable", "planes", "unit"));
    /* a later row with the same key wins */
    assert_int_equal(tally_lexicon_add_mem(lex, "units", "term,unit,category\nplanes,plane,other\n", &err),
                     TALLY_OK);
    const char *const *rows[4];
    assert_int_equal(tally_lexicon_find(lex, "units", "planes", rows, 4), 2);
    assert_string_equal(rows[0][1], "plane");
    assert_string_equal(rows[1][1], "aircraft");
    assert_true(tally_lexicon_has(lex, "units", "Regiments"));
    /* mismatched header for an existing table */
    assert_int_equal(tally_lexicon_add_mem(lex, "units", "a,b\n1,2\n", &err), TALLY_ECSV);
    assert_non_null(strstr(err.msg, "header does not match lexicon table 'units'"));
    tally_lexicon_free(lex);
}

static void user_file_joins_by_header(void **state)
{
    (void)state;
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_load_dir("datasets/lexicon", &lex, &err), TALLY_OK);
    assert_string_equal(tally_lexicon_get(lex, "months", "Sept.", "number"), "9");
    char path[] = "/tmp/tally-lexXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    fputs("month,number\nBrumaire,2\n", fp);   /* same header as months.csv */
    fclose(fp);
    assert_int_equal(tally_lexicon_add_file(lex, path, &err), TALLY_OK);
    remove(path);
    assert_string_equal(tally_lexicon_get(lex, "months", "brumaire", "number"), "2");
    assert_string_equal(tally_lexicon_get(lex, "months", "March", "number"), "3");
    tally_lexicon_free(lex);
}

/* A user's file that joins no table (a header of no shipped table) is an
 * error naming the tables, not a table of its own that nothing reads; one
 * with a shipped header joins it as add_file does. */
static void user_file_must_join(void **state)
{
    (void)state;
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_load_dir("datasets/lexicon", &lex, &err), TALLY_OK);
    char path[] = "/tmp/tally-lexXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    fputs("word,meaning\nfelucca,boat\n", fp);
    fclose(fp);
    assert_int_equal(tally_lexicon_join_file(lex, path, &err), TALLY_ECSV);
    assert_non_null(strstr(err.msg, "header 'word,meaning' matches no lexicon table"));
    assert_non_null(strstr(err.msg, "units"));
    assert_null(tally_lexicon_table(lex, path));
    fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("term,unit,category\nfeluccas,felucca,materiel\n", fp);
    fclose(fp);
    assert_int_equal(tally_lexicon_join_file(lex, path, &err), TALLY_OK);
    remove(path);
    assert_string_equal(tally_lexicon_get(lex, "units", "feluccas", "unit"), "felucca");
    tally_lexicon_free(lex);
}

static void missing_dir(void **state)
{
    (void)state;
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_load_dir("no/such/dir", &lex, &err), TALLY_EIO);
    assert_string_equal(err.msg, "cannot open lexicon directory 'no/such/dir'");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mem_tables),
        cmocka_unit_test(user_file_joins_by_header),
        cmocka_unit_test(user_file_must_join),
        cmocka_unit_test(missing_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
