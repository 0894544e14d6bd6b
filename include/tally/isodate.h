/*
 * isodate.h - the ISO 8601 dates of the facts CSV's date column, read into
 * time ranges that a chart can place on an axis.
 *
 * Accepted: "YYYY", "YYYY-MM", "YYYY-MM-DD" and intervals "START/END" of
 * those.  An END may leave out its leading parts, taking them from START,
 * as ISO 8601 allows: "1951-01/02" is January to February 1951 and
 * "1951-03-10/25" is 10 to 25 March 1951.  Surrounding spaces are ignored.
 * Times of day, week dates and open ends ("..") are not accepted.
 *
 * Times are seconds since 1970-01-01T00:00Z (negative before 1970), the
 * proleptic Gregorian calendar, no time zones and no leap seconds.  Nothing
 * here allocates.
 *
 *     tally_isodate d;
 *     if (tally_isodate_parse("1951-11/1953-07-27", &d, &err) == TALLY_OK)
 *         printf("%d\n", d.interval);          // 1
 */
#ifndef TALLY_ISODATE_H
#define TALLY_ISODATE_H

#include "tally/status.h"

typedef struct tally_isodate {
    double start;   /* first second of the period (or of START) */
    double end;     /* first second after the period (or after END), > start */
    int interval;   /* 1 when written START/END */
    int prec;       /* precision of START: 1 year, 2 month, 3 day */
    int prec_end;   /* precision of END (equal to prec unless an interval) */
} tally_isodate;

/* Parse s into *out.  TALLY_EPARSE with the reason when s is not one of the
 * accepted forms, names an impossible day (1951-02-30), or ends before it
 * starts. */
tally_status tally_isodate_parse(const char *s, tally_isodate *out, tally_error *err);

/* Days from 1970-01-01 to the civil date y-m-d (m 1..12, d 1..31, no check). */
long tally_days_from_civil(long y, int m, int d);

/* The civil date of a day count from 1970-01-01. */
void tally_civil_from_days(long days, long *y, int *m, int *d);

/* Seconds since 1970 of the first second of y-m-d. */
double tally_isodate_seconds(long y, int m, int d);

/* Midpoint of the period, where a chart puts its point. */
double tally_isodate_mid(const tally_isodate *d);

/* Write the day that holds second t as "YYYY-MM-DD" (out holds 32 bytes). */
void tally_isodate_format_day(double t, char out[32]);

#endif
