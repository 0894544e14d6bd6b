/*
 * test_interval.c - interval arithmetic against cases computed by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "tally/interval.h"

#define EPS 1e-9

/* Assert that a is [lo, hi] to within EPS. */
static void expect_iv(tally_interval a, double lo, double hi)
{
    assert_true(fabs(a.lo - lo) < EPS);
    assert_true(fabs(a.hi - hi) < EPS);
}

/* [350,400] / [6,7] = [350/7, 400/6] = [50, 66.6667]. */
static void test_divide(void **state)
{
    (void)state;
    tally_interval q;
    tally_error err = {0};
    assert_int_equal(tally_iv_div(tally_iv(350, 400), tally_iv(6, 7), &q, &err), TALLY_OK);
    expect_iv(q, 50, 400.0 / 6);
    /* a negative divisor flips: [1,2] / [-4,-2] = [2/-2, 1/-4] = [-1, -0.25] */
    assert_int_equal(tally_iv_div(tally_iv(1, 2), tally_iv(-4, -2), &q, &err), TALLY_OK);
    expect_iv(q, -1, -0.25);
}

/* A divisor containing 0 (inside or at a bound) is refused. */
static void test_divide_by_zero(void **state)
{
    (void)state;
    tally_interval q = {123, 456};
    tally_error err = {0};
    assert_int_equal(tally_iv_div(tally_iv(1, 2), tally_iv(-1, 1), &q, &err), TALLY_EMATH);
    assert_int_equal(err.code, TALLY_EMATH);
    assert_non_null(strstr(err.msg, "contains 0"));
    assert_int_equal(tally_iv_div(tally_iv(1, 2), tally_iv(0, 2), &q, &err), TALLY_EMATH);
    assert_int_equal(tally_iv_div(tally_iv(1, 2), tally_iv_point(0), &q, NULL), TALLY_EMATH);
    expect_iv(q, 123, 456);   /* untouched */
}

/* Sums and differences: [1,2]+[3,5] = [4,7]; [1,2]-[3,5] = [-4,-1]. */
static void test_add_sub(void **state)
{
    (void)state;
    expect_iv(tally_iv_add(tally_iv(1, 2), tally_iv(3, 5)), 4, 7);
    expect_iv(tally_iv_sub(tally_iv(1, 2), tally_iv(3, 5)), -4, -1);
    expect_iv(tally_iv_add(tally_iv(-3, -1), tally_iv_point(10)), 7, 9);
}

/* Products with negative bounds take the extreme corners. */
static void test_multiply(void **state)
{
    (void)state;
    /* corners -8 -10 12 15 */
    expect_iv(tally_iv_mul(tally_iv(-2, 3), tally_iv(4, 5)), -10, 15);
    /* corners 8 -10 -12 15 */
    expect_iv(tally_iv_mul(tally_iv(-2, 3), tally_iv(-4, 5)), -12, 15);
    /* both negative: corners 12 6 8 4 */
    expect_iv(tally_iv_mul(tally_iv(-3, -1), tally_iv(-4, -2)), 2, 12);
    expect_iv(tally_iv_mul(tally_iv(120, 120), tally_iv_point(0.5)), 60, 60);
}

/* Negation, scaling, min, max, construction from unordered ends. */
static void test_misc(void **state)
{
    (void)state;
    expect_iv(tally_iv(400, 350), 350, 400);
    expect_iv(tally_iv_neg(tally_iv(1, 3)), -3, -1);
    expect_iv(tally_iv_scale(tally_iv(1, 3), -2), -6, -2);
    expect_iv(tally_iv_min(tally_iv(1, 10), tally_iv(5, 6)), 1, 6);
    expect_iv(tally_iv_max(tally_iv(1, 10), tally_iv(5, 6)), 5, 10);
    assert_true(tally_iv_contains(tally_iv(6, 7), 6));
    assert_false(tally_iv_contains(tally_iv(6, 7), 5.99));
    assert_true(fabs(tally_iv_width(tally_iv(6, 7)) - 1) < EPS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_divide),       cmocka_unit_test(test_divide_by_zero),
        cmocka_unit_test(test_add_sub),      cmocka_unit_test(test_multiply),
        cmocka_unit_test(test_misc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
