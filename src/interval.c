/*
 * interval.c - interval arithmetic on closed real intervals (see
 * interval.h).  Products and quotients take the extremes of the four
 * corner products, which is exact for independent operands.
 */
#include <math.h>

#include "tally/interval.h"

/* [min(a,b), max(a,b)]: tally_iv(400, 350) is [350, 400]. */
tally_interval tally_iv(double a, double b)
{
    tally_interval r = {a < b ? a : b, a < b ? b : a};
    return r;
}

/* [v, v]. */
tally_interval tally_iv_point(double v)
{
    tally_interval r = {v, v};
    return r;
}

/* Whether v lies in a (bounds included). */
int tally_iv_contains(tally_interval a, double v)
{
    return a.lo <= v && v <= a.hi;
}

/* Width of a: tally_iv_width([6, 7]) is 1. */
double tally_iv_width(tally_interval a)
{
    return a.hi - a.lo;
}

/* [a.lo + b.lo, a.hi + b.hi]. */
tally_interval tally_iv_add(tally_interval a, tally_interval b)
{
    tally_interval r = {a.lo + b.lo, a.hi + b.hi};
    return r;
}

/* [a.lo - b.hi, a.hi - b.lo]. */
tally_interval tally_iv_sub(tally_interval a, tally_interval b)
{
    tally_interval r = {a.lo - b.hi, a.hi - b.lo};
    return r;
}

/* Smallest and largest of four numbers, as an interval. */
static tally_interval hull4(double p, double q, double r, double s)
{
    tally_interval v = {fmin(fmin(p, q), fmin(r, s)), fmax(fmax(p, q), fmax(r, s))};
    return v;
}

/* Product: the extremes of the corner products ([-2,3]*[4,5] = [-10,15]). */
tally_interval tally_iv_mul(tally_interval a, tally_interval b)
{
    return hull4(a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi);
}

/* Quotient, refused when the divisor contains 0. */
tally_status tally_iv_div(tally_interval a, tally_interval b, tally_interval *out,
                          tally_error *err)
{
    if (tally_iv_contains(b, 0.0))
        return tally_fail(err, TALLY_EMATH, "division by an interval that contains 0");
    *out = hull4(a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi);
    return TALLY_OK;
}

/* [-a.hi, -a.lo]. */
tally_interval tally_iv_neg(tally_interval a)
{
    tally_interval r = {-a.hi, -a.lo};
    return r;
}

/* min over both: [min(a.lo,b.lo), min(a.hi,b.hi)]. */
tally_interval tally_iv_min(tally_interval a, tally_interval b)
{
    tally_interval r = {fmin(a.lo, b.lo), fmin(a.hi, b.hi)};
    return r;
}

/* max over both: [max(a.lo,b.lo), max(a.hi,b.hi)]. */
tally_interval tally_iv_max(tally_interval a, tally_interval b)
{
    tally_interval r = {fmax(a.lo, b.lo), fmax(a.hi, b.hi)};
    return r;
}

/* k * a, flipping the bounds when k < 0. */
tally_interval tally_iv_scale(tally_interval a, double k)
{
    return tally_iv(a.lo * k, a.hi * k);
}
