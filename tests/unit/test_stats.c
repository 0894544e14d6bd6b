/*
 * test_stats.c - grouped summaries on small tables written here; every
 * expected number is worked out by hand in the comments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tally/csvio.h"
#include "tally/stats.h"

/* aircraft: 10 20 30 40 (1951); regiment: 12 (1950) and a figure with no
 * number; person-day: a range 350..400 with empty value; division: "9"
 * and "10" as actors to check numeric ordering. */
static const char facts[] =
    "value,low,high,unit,actor,date\n"
    "30,,,aircraft,CN,1951-04\n"
    "10,,,aircraft,SU,1951-03-15\n"
    "40,,,aircraft,CN,1951\n"
    "20,,,aircraft,SU,1951-06\n"
    "12,,,regiment,CN,1950-10\n"
    ",,,regiment,CN,\n"
    ",350,400,person-day,CN,1951-03\n"
    "5,,,division,10,\n"
    "6,,,division,9,\n";

/* Compute stats of facts with by and filters; expect status want. */
static tally_status compute(const char *by, const char *const *where, size_t nwhere,
                            tally_stats *s, tally_error *err)
{
    tally_table t;
    tally_stats_opts o = {by, where, nwhere};
    assert_int_equal(tally_table_read_mem(facts, strlen(facts), "f.csv", ',', &t, err), TALLY_OK);
    tally_status st = tally_stats_compute(&t, &o, s, err);
    tally_table_free(&t);
    return st;
}

/* The group whose first key is k. */
static const tally_stats_group *group(const tally_stats *s, const char *k)
{
    for (size_t i = 0; i < s->ng; i++)
        if (strcmp(s->g[i].keys[0], k) == 0)
            return &s->g[i];
    fail_msg("no group '%s'", k);
    return NULL;
}

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* 10 20 30 40: sum 100, mean 25, median 25, sd sqrt(500/3), quartiles at
 * positions 0.75 and 2.25: 17.5 and 32.5. */
static void test_quartiles(void **state)
{
    (void)state;
    tally_stats s;
    tally_error err = {0};
    assert_int_equal(compute("unit", NULL, 0, &s, &err), TALLY_OK);
    const tally_stats_group *g = group(&s, "aircraft");
    assert_int_equal(g->count, 4);
    NEAR(g->sum, 100);
    NEAR(g->min, 10);
    NEAR(g->max, 40);
    NEAR(g->mean, 25);
    NEAR(g->median, 25);
    NEAR(g->sd, sqrt(500.0 / 3));
    NEAR(g->p25, 17.5);
    NEAR(g->p75, 32.5);
    assert_int_equal(g->midpoints, 0);
    tally_stats_free(&s);
}

/* One value: median = quartiles = the value, no sd; a row with no number is
 * missing; a range counts by its midpoint 375. */
static void test_single_missing_midpoint(void **state)
{
    (void)state;
    tally_stats s;
    tally_error err = {0};
    assert_int_equal(compute("unit", NULL, 0, &s, &err), TALLY_OK);
    const tally_stats_group *g = group(&s, "regiment");
    assert_int_equal(g->count, 1);
    assert_int_equal(g->missing, 1);
    NEAR(g->median, 12);
    NEAR(g->p25, 12);
    NEAR(g->p75, 12);
    assert_true(isnan(g->sd));
    g = group(&s, "person-day");
    assert_int_equal(g->count, 1);
    assert_int_equal(g->midpoints, 1);
    NEAR(g->mean, 375);
    assert_int_equal(s.midpoints, 1);
    tally_stats_free(&s);
}

/* A group whose rows have no number: count 0, sum 0, the rest empty. */
static void test_empty_group(void **state)
{
    (void)state;
    tally_stats s;
    tally_error err = {0};
    const char *where[] = {"unit=regiment", "date="};
    assert_int_equal(compute(NULL, where, 2, &s, &err), TALLY_OK);
    assert_int_equal(s.ng, 1);
    assert_int_equal(s.g[0].count, 0);
    assert_int_equal(s.g[0].missing, 1);
    NEAR(s.g[0].sum, 0);
    assert_true(isnan(s.g[0].min) && isnan(s.g[0].median) && isnan(s.g[0].sd));
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(tally_stats_write_csv(&s, fp, &err), TALLY_OK);
    fclose(fp);
    assert_string_equal(buf, "count,missing,sum,min,max,mean,median,sd,p25,p75,midpoints\n"
                             "0,1,0,,,,,,,,0\n");
    free(buf);
    tally_stats_free(&s);
    /* a filter nothing passes still gives the one group, empty */
    const char *none[] = {"unit=tank"};
    assert_int_equal(compute(NULL, none, 1, &s, &err), TALLY_OK);
    assert_int_equal(s.ng, 1);
    assert_int_equal(s.g[0].count + s.g[0].missing, 0);
    tally_stats_free(&s);
}

/* year = first four digits of date; groups sorted, numbers numerically. */
static void test_year_and_order(void **state)
{
    (void)state;
    tally_stats s;
    tally_error err = {0};
    const char *where[] = {"unit!=division"};
    assert_int_equal(compute("year", where, 1, &s, &err), TALLY_OK);
    assert_int_equal(s.ng, 3);               /* "", 1950, 1951 */
    assert_string_equal(s.g[0].keys[0], "");
    assert_string_equal(s.g[1].keys[0], "1950");
    assert_string_equal(s.g[2].keys[0], "1951");
    assert_int_equal(s.g[2].count, 5);       /* four aircraft figures and the range */
    NEAR(s.g[2].sum, 475);                   /* 100 + 375 */
    tally_stats_free(&s);
    const char *div[] = {"unit=division"};
    assert_int_equal(compute("actor", div, 1, &s, &err), TALLY_OK);
    assert_string_equal(s.g[0].keys[0], "9");
    assert_string_equal(s.g[1].keys[0], "10");
    tally_stats_free(&s);
    /* two columns */
    assert_int_equal(compute("unit, actor", NULL, 0, &s, &err), TALLY_OK);
    assert_int_equal(s.nby, 2);
    assert_string_equal(s.g[0].keys[0], "aircraft");
    assert_string_equal(s.g[0].keys[1], "CN");
    NEAR(s.g[0].sum, 70);                    /* 30 + 40 */
    tally_stats_free(&s);
}

/* Unknown columns and bad filters are errors that say which. */
static void test_errors(void **state)
{
    (void)state;
    tally_stats s;
    tally_error err = {0};
    assert_int_equal(compute("colour", NULL, 0, &s, &err), TALLY_ENOTFOUND);
    assert_string_equal(err.msg, "f.csv: no column 'colour'");
    const char *bad[] = {"unit"};
    assert_int_equal(compute(NULL, bad, 1, &s, &err), TALLY_EUSAGE);
    tally_table t;
    const char *text = "value\n12\nabc\n";
    assert_int_equal(tally_table_read_mem(text, strlen(text), "v.csv", ',', &t, &err), TALLY_OK);
    assert_int_equal(tally_stats_compute(&t, NULL, &s, &err), TALLY_ECSV);
    assert_string_equal(err.msg, "v.csv:3: column 'value': 'abc' is not a number");
    tally_table_free(&t);
}

/* The aligned table: text left, numbers right, '-' for empty cells. */
static void test_table(void **state)
{
    (void)state;
    tally_stats s;
    tally_error err = {0};
    const char *where[] = {"unit=regiment"};
    assert_int_equal(compute("unit", where, 1, &s, &err), TALLY_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(tally_stats_write_table(&s, fp, &err), TALLY_OK);
    fclose(fp);
    assert_string_equal(buf,
        "unit      count  missing  sum  min  max  mean  median  sd  p25  p75  midpoints\n"
        "regiment      1        1   12   12   12    12      12   -   12   12          0\n");
    free(buf);
    tally_stats_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quartiles),  cmocka_unit_test(test_single_missing_midpoint),
        cmocka_unit_test(test_empty_group), cmocka_unit_test(test_year_and_order),
        cmocka_unit_test(test_errors),     cmocka_unit_test(test_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
