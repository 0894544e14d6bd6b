/*
 * test_derive.c - the rule language, interval bounds, Monte Carlo and units
 * of derive.c, on small tables written here (every expected number worked
 * out by hand in the comments).
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
#include "tally/derive.h"

/* Figures: a range of aircraft, a range of regiments, an approximate count,
 * an open lower bound figure, an exact count in a second document. */
static const char facts[] =
    "doc,id,value,low,high,qualifier,unit,key\n"
    "a.txt,1,375,350,400,range,aircraft,jets\n"
    "a.txt,2,6.5,6,7,range,regiment,regs\n"
    "a.txt,3,28,,,approx,regiment,\n"
    "a.txt,4,8,8,,at_least,division,\n"
    "b.txt,1,120,,,exact,aircraft,\n"
    "b.txt,2,4,,,exact,regiment,fourregs\n"
    "b.txt,3,0,-1,1,range,,around_zero\n";

/* A deriver loaded with facts and the given options. */
static tally_deriver *make(const tally_derive_opts *o)
{
    tally_table t;
    tally_error err = {0};
    tally_deriver *d = NULL;
    assert_int_equal(tally_table_read_mem(facts, strlen(facts), "f.csv", ',', &t, &err), TALLY_OK);
    assert_int_equal(tally_deriver_new(o, &d, &err), TALLY_OK);
    assert_int_equal(tally_deriver_add_facts(d, &t, &err), TALLY_OK);
    tally_table_free(&t);
    return d;
}

/* Run rules, expecting status want; returns the deriver (free it). */
static tally_deriver *run(const char *rules, size_t samples, tally_status want, tally_error *err)
{
    tally_derive_opts o = tally_derive_defaults();
    o.samples = samples;
    tally_deriver *d = make(&o);
    assert_int_equal(tally_deriver_add_rules(d, rules, strlen(rules), "r.txt", 1, err), want);
    return d;
}

#define NEAR(a, b, eps) assert_true(fabs((a) - (b)) <= (eps))

/* [350,400] / [6,7]: value 375/6.5, bounds [50, 66.67], Monte Carlo mean
 * within 1% of E[X] E[1/Y] = 375 ln(7/6) = 57.8065, sd within 2% of
 * sqrt(E[X^2] E[1/Y^2] - mean^2) with E[X^2] = (400^3 - 350^3) / 150 and
 * E[1/Y^2] = 1/6 - 1/7 = 1/42. */
static void test_ratio_bounds_and_mc(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("per_reg = jets / regs\n", 20000, TALLY_OK, &err);
    const tally_derived *r = tally_deriver_result(d, 0);
    assert_string_equal(r->name, "per_reg");
    assert_string_equal(r->expression, "jets / regs");
    NEAR(r->value, 375 / 6.5, 1e-9);
    NEAR(r->low, 50, 1e-9);
    NEAR(r->high, 400.0 / 6, 1e-9);
    double mean = 375 * log(7.0 / 6);
    NEAR(r->mean, mean, 0.01 * mean);
    double sd = sqrt((400.0 * 400 * 400 - 350.0 * 350 * 350) / 150 / 42 - mean * mean);
    NEAR(r->sd, sd, 0.02 * sd);
    assert_true(r->p05 > 50 && r->p05 < r->mean);
    assert_true(r->p95 < 400.0 / 6 && r->p95 > r->mean);
    assert_string_equal(r->unit, "aircraft/regiment");
    assert_string_equal(r->inputs, "jets regs");
    tally_deriver_free(d);
}

/* '#1' is in both documents: ambiguous, TALLY_EINPUT (not "not found"). */
static void test_ambiguous_id(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("x = #1 * 2\n", 10, TALLY_EINPUT, &err);
    assert_non_null(strstr(err.msg, "r.txt:1:5: figure '#1' is ambiguous"));
    tally_deriver_free(d);
}

/* Same seed, same numbers; another seed, other draws. */
static void test_seed(void **state)
{
    (void)state;
    tally_derive_opts o = tally_derive_defaults();
    o.samples = 5000;
    const char *rule = "q = jets / regs";
    double m[3];
    for (int i = 0; i < 3; i++) {
        o.seed = i < 2 ? 7 : 8;
        tally_deriver *d = make(&o);
        assert_int_equal(tally_deriver_add_rules(d, rule, strlen(rule), "-e", 1, NULL), TALLY_OK);
        m[i] = tally_deriver_result(d, 0)->mean;
        tally_deriver_free(d);
    }
    assert_true(m[0] == m[1]);
    assert_true(m[0] != m[2]);
}

/* Errors name the line and column: line 3, column 12 is the '#' of '#99'. */
static void test_error_position(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("# figures\n\nb = jets / #99\n", 10, TALLY_ENOTFOUND, &err);
    assert_string_equal(err.msg, "r.txt:3:12: unknown figure '#99'");
    tally_deriver_free(d);
    d = run("ok = 1\nb = (jets * 2\n", 10, TALLY_EPARSE, &err);
    assert_string_equal(err.msg, "r.txt:2:5: '(' is not closed");
    assert_int_equal(tally_deriver_count(d), 1);   /* the rule before stays */
    tally_deriver_free(d);
    d = run("c = jets ^ 2\n", 10, TALLY_EPARSE, &err);
    assert_string_equal(err.msg, "r.txt:1:10: unexpected '^'");
    tally_deriver_free(d);
    d = run("c jets\n", 10, TALLY_EPARSE, &err);
    assert_string_equal(err.msg, "r.txt:1:3: expected '=' after 'c'");
    tally_deriver_free(d);
    d = run("c = nosuch + 1\n", 10, TALLY_ENOTFOUND, &err);
    assert_string_equal(err.msg, "r.txt:1:5: unknown figure or rule 'nosuch'");
    tally_deriver_free(d);
    d = run("c = median(jets)\n", 10, TALLY_EPARSE, &err);
    assert_non_null(strstr(err.msg, "r.txt:1:5: unknown function 'median'"));
    tally_deriver_free(d);
    d = run("c = 1\nc = 2\n", 10, TALLY_EPARSE, &err);
    assert_string_equal(err.msg, "r.txt:2:1: rule 'c' is already defined at r.txt:1");
    tally_deriver_free(d);
}

/* Division by an interval holding 0 is TALLY_EMATH, not an infinity. */
static void test_divide_by_zero(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("z = jets / around_zero\n", 10, TALLY_EMATH, &err);
    assert_non_null(strstr(err.msg, "r.txt:1:12: division by an interval that contains 0"));
    assert_int_equal(tally_deriver_count(d), 0);
    tally_deriver_free(d);
}

/* Units multiply, divide and cancel; adding different ones fails. */
static void test_units(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("per = b.txt:#1 / fourregs\n"
                           "back = per * fourregs\n"
                           "inv = 1 / fourregs\n"
                           "twice = 2 * jets\n"
                           "dens = jets / regs / a.txt:#4\n"
                           "plain = jets / b.txt:#1\n",
                           10, TALLY_OK, &err);
    assert_string_equal(tally_deriver_result(d, 0)->unit, "aircraft/regiment");
    NEAR(tally_deriver_result(d, 0)->value, 30, 1e-12);   /* 120 / 4 */
    assert_string_equal(tally_deriver_result(d, 1)->unit, "aircraft");
    assert_string_equal(tally_deriver_result(d, 2)->unit, "1/regiment");
    assert_string_equal(tally_deriver_result(d, 3)->unit, "aircraft");
    assert_string_equal(tally_deriver_result(d, 4)->unit, "aircraft/(regiment*division)");
    assert_string_equal(tally_deriver_result(d, 5)->unit, "");
    tally_deriver_free(d);
    d = run("bad = jets + regs\n", 10, TALLY_EINPUT, &err);
    assert_string_equal(err.msg,
                        "r.txt:1:14: adding different units: 'aircraft' and 'regiment'");
    tally_deriver_free(d);
    d = run("bad = jets - 5\n", 10, TALLY_EINPUT, &err);   /* a literal is unitless */
    tally_deriver_free(d);
    /* a declared conversion: 1 regiment = 30 aircraft; 375 + 6.5*30 = 570,
     * bounds 350 + 180 = 530 and 400 + 210 = 610 */
    d = run("unit regiment = 30 aircraft\nall = jets + regs\n", 10, TALLY_OK, &err);
    assert_string_equal(tally_deriver_result(d, 0)->unit, "aircraft");
    NEAR(tally_deriver_result(d, 0)->value, 570, 1e-9);
    NEAR(tally_deriver_result(d, 0)->low, 530, 1e-9);
    NEAR(tally_deriver_result(d, 0)->high, 610, 1e-9);
    tally_deriver_free(d);
}

/* approx 28 with 10% is [25.2, 30.8]; at_least 8 open above becomes
 * [8, 8.8] with a note, or an error with open_error. */
static void test_qualifiers(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("some = a.txt:#3\nleast = a.txt:#4\n", 2000, TALLY_OK, &err);
    const tally_derived *r = tally_deriver_result(d, 0);
    NEAR(r->low, 25.2, 1e-9);
    NEAR(r->high, 30.8, 1e-9);
    NEAR(r->mean, 28, 0.3);
    assert_true(r->p05 >= 25.2 && r->p95 <= 30.8);
    assert_string_equal(r->note, "");
    r = tally_deriver_result(d, 1);
    NEAR(r->low, 8, 1e-12);
    NEAR(r->high, 8.8, 1e-9);
    assert_non_null(strstr(r->note, "has no upper bound: taken as 8.8"));
    tally_deriver_free(d);
    tally_derive_opts o = tally_derive_defaults();
    o.open_error = 1;
    o.samples = 10;
    d = make(&o);
    const char *rule = "x = a.txt:#4 * 2";
    assert_int_equal(tally_deriver_add_rules(d, rule, strlen(rule), "-e", 1, &err), TALLY_EMATH);
    assert_non_null(strstr(err.msg, "unbounded above"));
    tally_deriver_free(d);
}

/* Functions, comments, earlier rules, and one draw per figure. */
static void test_functions(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("# totals\n"
                           "s = sum(jets, b.txt:#1)   # 375 + 120\n"
                           "m = mean(jets, b.txt:#1)\n"
                           "lo = min(jets, b.txt:#1)\n"
                           "hi = max(jets, b.txt:#1)\n"
                           "pc = pct_change(b.txt:#1, jets)\n"
                           "rt = ratio(s, 5)\n"
                           "zero = jets - jets\n",
                           1000, TALLY_OK, &err);
    const tally_derived *r = tally_deriver_result(d, 0);
    assert_string_equal(r->expression, "sum(jets, b.txt:#1)");
    NEAR(r->value, 495, 1e-9);
    NEAR(r->low, 470, 1e-9);
    NEAR(r->high, 520, 1e-9);
    NEAR(tally_deriver_result(d, 1)->value, 247.5, 1e-9);
    NEAR(tally_deriver_result(d, 2)->value, 120, 1e-9);
    NEAR(tally_deriver_result(d, 3)->high, 400, 1e-9);
    /* (375 / 120 - 1) * 100 = 212.5; bounds (350/120 - 1)*100 = 191.667 .. 233.333 */
    r = tally_deriver_result(d, 4);
    NEAR(r->value, 212.5, 1e-9);
    NEAR(r->low, 175.0 / 0.6 - 100, 1e-9);
    NEAR(r->high, 1000.0 / 3 - 100, 1e-9);
    assert_string_equal(r->unit, "percent");
    r = tally_deriver_result(d, 5);
    NEAR(r->value, 99, 1e-9);
    assert_string_equal(r->inputs, "jets b.txt:#1");
    r = tally_deriver_result(d, 6);   /* bounds do not know it is one figure; draws do */
    NEAR(r->low, -50, 1e-9);
    NEAR(r->mean, 0, 1e-12);
    NEAR(r->sd, 0, 1e-12);
    tally_deriver_free(d);
}

/* CSV output: header, a quoted expression, empty Monte Carlo cells when
 * samples is 0. */
static void test_write(void **state)
{
    (void)state;
    tally_error err = {0};
    tally_deriver *d = run("t = sum(b.txt:#1, 30)\n", 0, TALLY_EINPUT, &err);
    tally_deriver_free(d);
    d = run("per = b.txt:#1 / fourregs\n", 0, TALLY_OK, &err);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    assert_int_equal(tally_deriver_write(d, fp, 1, &err), TALLY_OK);
    fclose(fp);
    assert_string_equal(buf, "name,expression,value,low,high,mean,sd,p05,p95,unit,inputs\n"
                             "per,b.txt:#1 / fourregs,30,30,30,,,,,aircraft/regiment,"
                             "b.txt:#1 fourregs\n");
    free(buf);
    tally_deriver_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ratio_bounds_and_mc), cmocka_unit_test(test_ambiguous_id),
        cmocka_unit_test(test_seed),                cmocka_unit_test(test_error_position),
        cmocka_unit_test(test_divide_by_zero),      cmocka_unit_test(test_units),
        cmocka_unit_test(test_qualifiers),          cmocka_unit_test(test_functions),
        cmocka_unit_test(test_write),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
