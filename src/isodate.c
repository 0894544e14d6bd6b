/*
 * isodate.c - ISO 8601 calendar dates and intervals to time ranges.  A date
 * of year or month precision stands for its whole period, so "1951-04" is
 * [1951-04-01, 1951-05-01).  Day arithmetic uses the days-from-civil
 * formulas of the proleptic Gregorian calendar (no libc time zones).
 */
#include <stdio.h>
#include <string.h>

#include "tally/isodate.h"

/* One date as read: up to three numeric parts, with how many digits each. */
typedef struct parts {
    long v[3];
    int digits[3];
    int n;
} parts;

long tally_days_from_civil(long y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;                                   /* [0, 399] */
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; /* [0, 365] */
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

void tally_civil_from_days(long z, long *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

double tally_isodate_seconds(long y, int m, int d)
{
    return (double)tally_days_from_civil(y, m, d) * 86400.0;
}

double tally_isodate_mid(const tally_isodate *d)
{
    return d->start + (d->end - d->start) / 2;
}

void tally_isodate_format_day(double t, char out[32])
{
    long days = (long)(t / 86400.0);
    if ((double)days * 86400.0 > t)
        days--;   /* floor for times before 1970 */
    long y;
    int m, d;
    tally_civil_from_days(days, &y, &m, &d);
    snprintf(out, 32, "%04ld-%02d-%02d", y, m, d);
}

/* Days in month m of year y. */
static int month_days(long y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : len[m - 1];
}

/* Read s[0..n) as digit groups separated by '-': "1951-04" gives 1951, 4.
 * Returns 0, or -1 when it is not that shape. */
static int split_parts(const char *s, size_t n, parts *p)
{
    size_t i = 0;
    memset(p, 0, sizeof *p);
    while (i < n) {
        if (p->n == 3)
            return -1;
        long v = 0;
        int k = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9' && k < 5) {
            v = v * 10 + (s[i] - '0');
            i++;
            k++;
        }
        if (k == 0)
            return -1;
        p->v[p->n] = v;
        p->digits[p->n] = k;
        p->n++;
        if (i < n) {
            if (s[i] != '-' || i + 1 == n)
                return -1;
            i++;
        }
    }
    return p->n ? 0 : -1;
}

/* Check and turn full parts (year first) into a range; prec = parts used. */
static int range_of(const parts *p, double *start, double *end)
{
    long y = p->v[0];
    if (p->digits[0] != 4)
        return -1;
    for (int i = 1; i < p->n; i++)
        if (p->digits[i] > 2)
            return -1;
    if (p->n == 1) {
        *start = tally_isodate_seconds(y, 1, 1);
        *end = tally_isodate_seconds(y + 1, 1, 1);
        return 0;
    }
    int m = (int)p->v[1];
    if (m < 1 || m > 12)
        return -1;
    if (p->n == 2) {
        *start = tally_isodate_seconds(y, m, 1);
        *end = m == 12 ? tally_isodate_seconds(y + 1, 1, 1) : tally_isodate_seconds(y, m + 1, 1);
        return 0;
    }
    int d = (int)p->v[2];
    if (d < 1 || d > month_days(y, m))
        return -1;
    *start = tally_isodate_seconds(y, m, d);
    *end = *start + 86400.0;
    return 0;
}

/* Complete an abbreviated END from START: "02" after "1951-01" is 1951-02. */
static int complete_end(const parts *s, parts *e)
{
    if (e->digits[0] == 4)
        return 0;   /* a full date */
    if (e->n >= s->n)
        return -1;
    parts full = *s;
    int skip = s->n - e->n;
    for (int i = 0; i < e->n; i++) {
        full.v[skip + i] = e->v[i];
        full.digits[skip + i] = e->digits[i];
    }
    *e = full;
    return 0;
}

tally_status tally_isodate_parse(const char *s, tally_isodate *out, tally_error *err)
{
    memset(out, 0, sizeof *out);
    if (!s)
        return tally_fail(err, TALLY_EPARSE, "no date");
    size_t a = 0, b = strlen(s);
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && s[b - 1] == ' ')
        b--;
    if (a == b)
        return tally_fail(err, TALLY_EPARSE, "empty date");
    const char *slash = memchr(s + a, '/', b - a);
    size_t n1 = slash ? (size_t)(slash - (s + a)) : b - a;
    parts p1, p2;
    double s1, e1, s2, e2;
    if (split_parts(s + a, n1, &p1) < 0 || range_of(&p1, &s1, &e1) < 0)
        return tally_fail(err, TALLY_EPARSE, "'%.*s' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD)",
                          (int)(b - a) > 64 ? 64 : (int)(b - a), s + a);
    out->start = s1;
    out->end = e1;
    out->prec = out->prec_end = p1.n;
    if (!slash)
        return TALLY_OK;
    const char *s2p = slash + 1;
    size_t n2 = (size_t)(s + b - s2p);
    if (split_parts(s2p, n2, &p2) < 0 || complete_end(&p1, &p2) < 0 || range_of(&p2, &s2, &e2) < 0)
        return tally_fail(err, TALLY_EPARSE, "'%.*s': the end of the interval is not an ISO 8601 date",
                          (int)(b - a) > 64 ? 64 : (int)(b - a), s + a);
    if (e2 <= s1)
        return tally_fail(err, TALLY_EPARSE, "'%.*s': the interval ends before it starts",
                          (int)(b - a) > 64 ? 64 : (int)(b - a), s + a);
    out->end = e2;
    out->interval = 1;
    out->prec_end = p2.n;
    return TALLY_OK;
}
