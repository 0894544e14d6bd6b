/*
 * derive.h - derived figures: ratios, sums and differences of the figures in
 * a facts CSV, with interval bounds and a Monte Carlo estimate.
 *
 * A deriver holds figures (copied from one or more facts tables) and the
 * results of the rules run so far.  Rules are lines `name = expression`;
 * `#` followed by a space or anything but a digit starts a comment; a line
 * `unit FROM = [FACTOR] TO` declares that 1 FROM is FACTOR (default 1) TO,
 * which lets figures counted in different words be added.  Expressions:
 *
 *   numbers (unitless)            120, 0.5, 1e6
 *   figures by id                 #12, doc.txt:#12, "my doc.txt":#12
 *   figures by key                cn_regiments_1951 (the key column)
 *   earlier rules                 by their name
 *   operators                     + - * / and unary -, parentheses
 *   functions                     sum(a, ...) min(a, ...) max(a, ...)
 *                                 mean(a, ...) ratio(a, b) = a / b
 *                                 pct_change(a, b) = (b / a - 1) * 100
 *
 * A doc name runs up to ':#', so put spaces around operators next to one.
 *
 * How figures become intervals and samples (opts.approx = a):
 *   exact            [value, value], a constant
 *   range            [low, high], uniform
 *   approx           [low, high] widened to at least value*(1-a)..value*(1+a), uniform
 *   at_least, at_most, vague with an empty (open) bound: that bound is taken as
 *                    value*(1+a) (above) or value*(1-a) (below) and the result
 *                    gets a note saying so; with opts.open_error it is an error
 *   anything else    empty low/high mean value
 * Each figure is sampled once per draw, so a figure used twice is the same
 * draw both times (the bounds, computed by interval arithmetic, do not know
 * that: `x - x` has bounds wider than 0).
 *
 * Units: the product and quotient of units are kept (aircraft / regiment is
 * `aircraft/regiment`, units cancel); +, -, min, max, mean, sum and
 * pct_change need equal units (pct_change gives `percent`).
 *
 * Ownership: the deriver owns every string and result it hands out; they
 * live until tally_deriver_free().
 */
#ifndef TALLY_DERIVE_H
#define TALLY_DERIVE_H

#include <stddef.h>
#include <stdio.h>

#include "tally/status.h"
#include "tally/csvio.h"

typedef struct tally_derive_opts {
    double approx;          /* relative tolerance of approximate figures (0.10) */
    int open_error;         /* 1: an open bound is an error instead of widened */
    unsigned long seed;     /* seed of the gsl_rng_mt19937 generator (1) */
    size_t samples;         /* Monte Carlo draws (100000); 0 = no Monte Carlo */
} tally_derive_opts;

typedef struct tally_derived {
    char *name;             /* the rule's name */
    char *expression;       /* its expression as written, trimmed */
    double value;           /* the expression on the figures' values */
    double low, high;       /* interval-arithmetic bounds */
    double mean, sd;        /* Monte Carlo mean and standard deviation (NAN if none) */
    double p05, p95;        /* Monte Carlo 5th and 95th percentiles (NAN if none) */
    char *unit;             /* derived unit, "" for none */
    char *inputs;           /* the figures used, space-separated (#12, doc:#3, key) */
    char *note;             /* assumptions made (open bounds), "" for none */
} tally_derived;

typedef struct tally_deriver tally_deriver;

/* Output columns, NULL-terminated: name,expression,value,low,high,mean,sd,
 * p05,p95,unit,inputs. */
extern const char *const tally_derive_columns[];

/* Defaults: approx 0.10, open bounds widened, seed 1, 100000 samples. */
tally_derive_opts tally_derive_defaults(void);

/* A new deriver; free it with tally_deriver_free(). */
tally_status tally_deriver_new(const tally_derive_opts *opts, tally_deriver **out,
                               tally_error *err);
/* Copy the figures of a facts table (columns value, low, high, and id or
 * key; doc, qualifier, unit used when present).  The table may be freed
 * afterwards. */
tally_status tally_deriver_add_facts(tally_deriver *d, const tally_table *t, tally_error *err);
/* Parse and evaluate rules text[0..len); name and the line number go into
 * error messages ("rules.txt:3:14: unknown figure '#99'").  first_line is
 * the number of the text's first line (1 for a file).  Stops at the first
 * error; the rules before it stay evaluated. */
tally_status tally_deriver_add_rules(tally_deriver *d, const char *text, size_t len,
                                     const char *name, int first_line, tally_error *err);
/* Number of results so far, and the i-th (borrowed). */
size_t tally_deriver_count(const tally_deriver *d);
const tally_derived *tally_deriver_result(const tally_deriver *d, size_t i);
/* Write the results as CSV (with the header row when header is 1). */
tally_status tally_deriver_write(const tally_deriver *d, FILE *fp, int header,
                                 tally_error *err);
void tally_deriver_free(tally_deriver *d);

#endif
