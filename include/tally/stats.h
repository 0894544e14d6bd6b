/*
 * stats.h - grouped summaries of a facts CSV (or any CSV with a `value`
 * column): count, sum, min, max, mean, median, standard deviation and
 * quartiles per group, through gsl_statistics.
 *
 * Each row contributes its `value`; a row whose value is empty but whose
 * `low` and `high` are set contributes their midpoint.  A range (low < high)
 * therefore counts by its midpoint, and the group's `midpoints` column says
 * how many of its values are such midpoints.  Rows with no number at all are
 * counted in `missing`.  A group with no values has empty cells for min ..
 * p75 (sum 0); one value has an empty sd.  Never a NaN, never a silent 0.
 *
 * Grouping columns (opts.by) may be any columns of the table, plus `year`,
 * taken as the first four digits of `date` when the table has no `year`
 * column.  Groups are sorted by their keys (numbers numerically).  Without
 * grouping columns there is exactly one group, even when it is empty.
 *
 * Ownership: tally_stats owns every string and array in it; free it with
 * tally_stats_free().
 */
#ifndef TALLY_STATS_H
#define TALLY_STATS_H

#include <stddef.h>
#include <stdio.h>

#include "tally/status.h"
#include "tally/csvio.h"

typedef struct tally_stats_opts {
    const char *by;             /* comma-separated grouping columns; NULL or "" = none */
    const char *const *where;   /* filters "col=value" or "col!=value", all must hold */
    size_t nwhere;
} tally_stats_opts;

typedef struct tally_stats_group {
    char **keys;                /* one per grouping column */
    size_t count;               /* values */
    size_t missing;             /* rows without a number */
    size_t midpoints;           /* values that are midpoints of ranges */
    double sum;                 /* 0 when count is 0 */
    double min, max, mean, median, p25, p75;   /* NAN when count is 0 */
    double sd;                  /* sample sd; NAN when count < 2 */
} tally_stats_group;

typedef struct tally_stats {
    char **by;                  /* grouping column names */
    size_t nby;
    tally_stats_group *g;       /* groups, sorted by keys */
    size_t ng;
    size_t rows;                /* rows that passed the filters */
    size_t midpoints;           /* midpoints over all groups */
} tally_stats;

/* Statistic columns written after the grouping columns, NULL-terminated:
 * count,missing,sum,min,max,mean,median,sd,p25,p75,midpoints. */
extern const char *const tally_stats_columns[];

/* Group and summarise t.  Unknown columns are TALLY_ENOTFOUND, a bad filter
 * TALLY_EUSAGE, a non-numeric value cell TALLY_ECSV. */
tally_status tally_stats_compute(const tally_table *t, const tally_stats_opts *opts,
                                 tally_stats *out, tally_error *err);
/* Write the summary as CSV (empty cells for NAN). */
tally_status tally_stats_write_csv(const tally_stats *s, FILE *fp, tally_error *err);
/* Write the summary as an aligned text table ('-' for empty cells, numbers
 * rounded to 2 decimals). */
tally_status tally_stats_write_table(const tally_stats *s, FILE *fp, tally_error *err);
void tally_stats_free(tally_stats *s);

#endif
