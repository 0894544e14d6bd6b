/*
 * interval.h - closed intervals [lo, hi] of real numbers and the four
 * operations on them, for the bounds of derived figures.
 *
 * An interval is a plain value (two doubles), nothing to free.  A point
 * value is the interval [v, v].  Addition, subtraction and multiplication
 * always succeed; division fails (TALLY_EMATH) when the divisor contains 0,
 * because the true result is then unbounded or undefined.  Each operand is
 * treated as independent of the others: [a] - [a] is not [0, 0] (the
 * "dependency problem"); the Monte Carlo in derive.c does not have it.
 *
 *     tally_interval q;
 *     if (tally_iv_div(tally_iv(350, 400), tally_iv(6, 7), &q, &err)) ...
 *     // q is [50, 66.666...]
 */
#ifndef TALLY_INTERVAL_H
#define TALLY_INTERVAL_H

#include "tally/status.h"

typedef struct tally_interval {
    double lo;   /* lower bound, lo <= hi */
    double hi;   /* upper bound */
} tally_interval;

/* The interval [min(a,b), max(a,b)]. */
tally_interval tally_iv(double a, double b);
/* The point interval [v, v]. */
tally_interval tally_iv_point(double v);
/* 1 when lo <= v <= hi. */
int tally_iv_contains(tally_interval a, double v);
/* hi - lo. */
double tally_iv_width(tally_interval a);

tally_interval tally_iv_add(tally_interval a, tally_interval b);
tally_interval tally_iv_sub(tally_interval a, tally_interval b);
tally_interval tally_iv_mul(tally_interval a, tally_interval b);
/* a / b into *out; TALLY_EMATH when b contains 0 (err says so). */
tally_status tally_iv_div(tally_interval a, tally_interval b, tally_interval *out,
                          tally_error *err);
/* -a. */
tally_interval tally_iv_neg(tally_interval a);
/* Interval of min(x, y) and of max(x, y) for x in a, y in b. */
tally_interval tally_iv_min(tally_interval a, tally_interval b);
tally_interval tally_iv_max(tally_interval a, tally_interval b);
/* a scaled by a constant k (k may be negative). */
tally_interval tally_iv_scale(tally_interval a, double k);

#endif
