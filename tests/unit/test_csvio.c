/*
 * test_csvio.c - CSV tables through libcsv: reading, width checks, line
 * numbers in errors, the writer's quoting and formula guard, and number
 * formatting.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "tally/csvio.h"

static void read_simple(void **state)
{
    (void)state;
    tally_table t;
    tally_error err = {0};
    const char *csv = "a,b,c\n1,\"x,y\",3\n\n4,\"he said \"\"hi\"\"\",6\n";
    assert_int_equal(tally_table_read_mem(csv, strlen(csv), "t.csv", ',', &t, &err), TALLY_OK);
    assert_int_equal(t.ncols, 3);
    assert_int_equal(t.nrows, 2);
    assert_string_equal(t.rows[0][1], "x,y");
    assert_string_equal(t.rows[1][1], "he said \"hi\"");
    assert_int_equal(t.lines[0], 2);
    assert_int_equal(t.lines[1], 4);   /* the blank line 3 is skipped */
    assert_int_equal(tally_table_col(&t, "c"), 2);
    assert_int_equal(tally_table_col(&t, "z"), -1);
    tally_table_free(&t);
}

static void read_width_error(void **state)
{
    (void)state;
    tally_table t;
    tally_error err = {0};
    const char *csv = "a,b\n1,2\n3\n";
    assert_int_equal(tally_table_read_mem(csv, strlen(csv), "w.csv", ',', &t, &err), TALLY_ECSV);
    assert_string_equal(err.msg, "'w.csv': line 3: 1 fields, the header has 2");
}

static void read_unterminated_quote(void **state)
{
    (void)state;
    tally_table t;
    tally_error err = {0};
    const char *csv = "a,b\n1,\"open\n";
    assert_int_equal(tally_table_read_mem(csv, strlen(csv), "q.csv", ',', &t, &err), TALLY_ECSV);
    assert_non_null(strstr(err.msg, "'q.csv'"));
}

static void read_tsv_no_quotes(void **state)
{
    (void)state;
    tally_table t;
    tally_error err = {0};
    const char *tsv = "x\ty\n\"a\tb c\n";
    assert_int_equal(tally_table_read_mem(tsv, strlen(tsv), "t.tsv", '\t', &t, &err), TALLY_OK);
    assert_int_equal(t.nrows, 1);
    assert_string_equal(t.rows[0][0], "\"a");   /* quotes are data in TSV */
    assert_string_equal(t.rows[0][1], "b c");
    tally_table_free(&t);
}

static void read_empty(void **state)
{
    (void)state;
    tally_table t;
    tally_error err = {0};
    assert_int_equal(tally_table_read_mem("", 0, "e.csv", ',', &t, &err), TALLY_ECSV);
    assert_string_equal(err.msg, "'e.csv': empty file, no header");
}

static char *write_cells(void (*fn)(tally_csv_out *))
{
    char *mem = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&mem, &n);
    assert_non_null(fp);
    tally_csv_out o;
    tally_csv_init(&o, fp);
    fn(&o);
    assert_int_equal(tally_csv_end(&o), 0);
    fclose(fp);
    return mem;
}

static void cells_guard(tally_csv_out *o)
{
    tally_csv_text(o, "=HYPERLINK(\"x\")");
    tally_csv_text(o, "+1");
    tally_csv_text(o, "@SUM");
    tally_csv_text(o, "plain");
    tally_csv_num(o, -12.5);
    tally_csv_raw(o, "-3");
}

static void write_guards_formulas(void **state)
{
    (void)state;
    char *s = write_cells(cells_guard);
    assert_string_equal(s, "\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'@SUM\",plain,-12.5,-3\n");
    free(s);
}

static void cells_ints(tally_csv_out *o)
{
    tally_csv_int(o, -42);
    tally_csv_int(o, 0);
    tally_csv_num(o, 1e14);
    tally_csv_num(o, -0.0);
    tally_csv_num(o, 2.5);
    tally_csv_int(o, -9223372036854775807LL - 1);
}

static void write_integers(void **state)
{
    (void)state;
    char *s = write_cells(cells_ints);
    assert_string_equal(s, "-42,0,100000000000000,0,2.5,-9223372036854775808\n");
    free(s);
}

static void cells_quote(tally_csv_out *o)
{
    tally_csv_text(o, "a,b");
    tally_csv_text(o, "line\nbreak");
    tally_csv_text(o, NULL);
    tally_csv_num(o, NAN);
    tally_csv_int(o, 42);
}

static void write_quotes(void **state)
{
    (void)state;
    char *s = write_cells(cells_quote);
    assert_string_equal(s, "\"a,b\",\"line\nbreak\",,,42\n");
    free(s);
}

static void roundtrip(void **state)
{
    (void)state;
    char *s = write_cells(cells_quote);
    char *full = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&full, &n);
    fprintf(fp, "a,b,c,d,e\n%s", s);
    fclose(fp);
    tally_table t;
    tally_error err = {0};
    assert_int_equal(tally_table_read_mem(full, n, "r", ',', &t, &err), TALLY_OK);
    assert_string_equal(t.rows[0][1], "line\nbreak");
    assert_string_equal(t.rows[0][4], "42");
    tally_table_free(&t);
    free(s);
    free(full);
}

static void numbers(void **state)
{
    (void)state;
    char b[64];
    fmt_num(2000000, b); assert_string_equal(b, "2000000");
    fmt_num(1.0 / 3, b); assert_string_equal(b, "0.333333");
    fmt_num(-12.5, b); assert_string_equal(b, "-12.5");
    fmt_num(0.1 + 0.2, b); assert_string_equal(b, "0.3");
    fmt_num(-0.0, b); assert_string_equal(b, "0");
    fmt_num(NAN, b); assert_string_equal(b, "");
    fmt_num(650e6, b); assert_string_equal(b, "650000000");
    fmt_num(3.25, b); assert_string_equal(b, "3.25");
    fmt_num(1234.5678, b); assert_string_equal(b, "1234.5678");
    fmt_num(0.000001, b); assert_string_equal(b, "0.000001");
    fmt_num(-0.5, b); assert_string_equal(b, "-0.5");
    fmt_num(2.0 / 3, b); assert_string_equal(b, "0.666667");
    fmt_num(1e-9, b); assert_string_equal(b, "0");
    int ok;
    assert_true(tally_cell_num(" 12.5 ", &ok) == 12.5 && ok);
    tally_cell_num("", &ok); assert_false(ok);
    tally_cell_num("12x", &ok); assert_false(ok);
    tally_cell_num("nan", &ok); assert_false(ok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(read_simple),
        cmocka_unit_test(read_width_error),
        cmocka_unit_test(read_unterminated_quote),
        cmocka_unit_test(read_tsv_no_quotes),
        cmocka_unit_test(read_empty),
        cmocka_unit_test(write_guards_formulas),
        cmocka_unit_test(write_quotes),
        cmocka_unit_test(write_integers),
        cmocka_unit_test(roundtrip),
        cmocka_unit_test(numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
