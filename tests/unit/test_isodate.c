/*
 * test_isodate.c - ISO 8601 dates into time ranges: each precision, leap
 * years, intervals (full and abbreviated ends), and what is refused.  Every
 * expected day count was worked out by hand: 1951-01-01 is 19 years of 365
 * days plus 5 leap days (1952 ... 1968) before 1970, so day -6940.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "tally/isodate.h"

#define DAY 86400.0

static void days_from_civil(void **state)
{
    (void)state;
    assert_int_equal(tally_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(tally_days_from_civil(1951, 1, 1), -6940);
    assert_int_equal(tally_days_from_civil(1969, 12, 31), -1);
    assert_int_equal(tally_days_from_civil(2000, 3, 1), 11017);   /* 10957 + 31 + 29 */
    long y;
    int m, d;
    tally_civil_from_days(-6636, &y, &m, &d);   /* 1951-11-01: -6940 + 304 */
    assert_int_equal(y, 1951);
    assert_int_equal(m, 11);
    assert_int_equal(d, 1);
    tally_civil_from_days(11016, &y, &m, &d);
    assert_int_equal(y, 2000);
    assert_int_equal(m, 2);
    assert_int_equal(d, 29);
}

static void one_date(void **state)
{
    (void)state;
    tally_isodate t;
    tally_error err = {0};
    assert_int_equal(tally_isodate_parse("1951", &t, &err), TALLY_OK);
    assert_true(t.start == -6940 * DAY && t.end == -6575 * DAY);   /* 1952-01-01 */
    assert_int_equal(t.prec, 1);
    assert_int_equal(t.interval, 0);
    assert_int_equal(tally_isodate_parse("1951-04", &t, &err), TALLY_OK);
    assert_true(t.start == -6850 * DAY && t.end == -6820 * DAY);   /* April: 90 days in, 30 long */
    assert_int_equal(t.prec, 2);
    assert_true(tally_isodate_mid(&t) == -6835 * DAY);
    assert_int_equal(tally_isodate_parse(" 1951-04-15 ", &t, &err), TALLY_OK);
    assert_true(t.start == -6836 * DAY && t.end == -6835 * DAY);
    assert_int_equal(t.prec, 3);
    assert_int_equal(tally_isodate_parse("1951-12", &t, &err), TALLY_OK);
    assert_true(t.end == -6575 * DAY);   /* December ends at the next year */
}

static void leap_years(void **state)
{
    (void)state;
    tally_isodate t;
    tally_error err = {0};
    assert_int_equal(tally_isodate_parse("1952-02-29", &t, &err), TALLY_OK);
    assert_int_equal(tally_isodate_parse("2000-02-29", &t, &err), TALLY_OK);
    assert_int_equal(tally_isodate_parse("1951-02-29", &t, &err), TALLY_EPARSE);
    assert_int_equal(tally_isodate_parse("1900-02-29", &t, &err), TALLY_EPARSE);
    assert_int_equal(tally_isodate_parse("1951-04-31", &t, &err), TALLY_EPARSE);
}

static void intervals(void **state)
{
    (void)state;
    tally_isodate t;
    tally_error err = {0};
    /* 1951-11-01 to 1953-07-27 inclusive; 1953-01-01 is -6940+365+366 = -6209,
     * July 28 is 181 + 27 days later */
    assert_int_equal(tally_isodate_parse("1951-11/1953-07-27", &t, &err), TALLY_OK);
    assert_int_equal(t.interval, 1);
    assert_true(t.start == -6636 * DAY && t.end == -6001 * DAY);
    assert_int_equal(t.prec, 2);
    assert_int_equal(t.prec_end, 3);
    /* an abbreviated end takes its year (and month) from the start */
    assert_int_equal(tally_isodate_parse("1951-01/02", &t, &err), TALLY_OK);
    assert_true(t.start == -6940 * DAY && t.end == -6881 * DAY);   /* to 1951-03-01 */
    assert_int_equal(tally_isodate_parse("1951-03-10/25", &t, &err), TALLY_OK);
    assert_true(t.start == -6872 * DAY && t.end == -6856 * DAY);
    assert_int_equal(tally_isodate_parse("1950/1953", &t, &err), TALLY_OK);
    assert_true(t.end == tally_days_from_civil(1954, 1, 1) * DAY);
}

static void refused(void **state)
{
    (void)state;
    static const char *const bad[] = {"", "  ", "51", "1951-13", "1951-00", "1951-", "1951--04",
                                      "1951-04-15T10:00", "April 1951", "1951/..", "1953/1951",
                                      "1951-04/03", "19511", "1951-04-15/16-17-18", "1951-123"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        tally_isodate t;
        tally_error err = {0};
        assert_int_equal(tally_isodate_parse(bad[i], &t, &err), TALLY_EPARSE);
        assert_true(err.msg[0] != '\0');
    }
    tally_isodate t;
    tally_error err = {0};
    tally_isodate_parse("1953/1951", &t, &err);
    assert_non_null(strstr(err.msg, "ends before it starts"));
    assert_int_equal(tally_isodate_parse(NULL, &t, &err), TALLY_EPARSE);
}

static void format_day(void **state)
{
    (void)state;
    char b[32];
    tally_isodate_format_day(-6636 * DAY + 3600, b);
    assert_string_equal(b, "1951-11-01");
    tally_isodate_format_day(-1, b);
    assert_string_equal(b, "1969-12-31");
    tally_isodate_format_day(0, b);
    assert_string_equal(b, "1970-01-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(days_from_civil), cmocka_unit_test(one_date),
        cmocka_unit_test(leap_years),      cmocka_unit_test(intervals),
        cmocka_unit_test(refused),         cmocka_unit_test(format_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
