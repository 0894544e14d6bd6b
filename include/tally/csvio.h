/*
 * csvio.h - reading and writing CSV through libcsv.
 *
 * Reading gives a tally_table: a header and rows of strings, all owned by the
 * table and freed by tally_table_free().  Every row has exactly as many cells
 * as the header; a row of another width is an error that names the file and
 * line.  Blank lines are skipped.
 *
 * Writing goes through a tally_csv_out bound to a FILE*.  Text cells that
 * come from documents are guarded against spreadsheet formula injection: a
 * cell starting with = + - @ TAB or CR gets a leading apostrophe.  Numbers are
 * written with tally_csv_num(), which never guards (a minus sign is data).
 *
 *     tally_table t;
 *     if (tally_table_read_file("facts.csv", &t, &err)) ...
 *     int v = tally_table_col(&t, "value");
 *     for (size_t i = 0; i < t.nrows; i++) puts(t.rows[i][v]);
 *     tally_table_free(&t);
 */
#ifndef TALLY_CSVIO_H
#define TALLY_CSVIO_H

#include <stdio.h>

#include "tally/status.h"

typedef struct tally_table {
    char *name;        /* file name as given, for messages ("-" for stdin) */
    char **cols;       /* header cells */
    size_t ncols;
    char ***rows;      /* rows[i][j]: cell j of data row i, never NULL */
    size_t nrows;
    size_t *lines;     /* lines[i]: 1-based line where row i starts */
} tally_table;

/* Read a whole CSV file ("-" reads stdin).  delim is ',' for CSV or '\t'
 * for TSV (TSV is read with quoting off). */
tally_status tally_table_read_file(const char *path, char delim, tally_table *t,
                                   tally_error *err);
/* Same from memory; name is used in messages. */
tally_status tally_table_read_mem(const char *data, size_t len, const char *name,
                                  char delim, tally_table *t, tally_error *err);
/* Index of the column called name, or -1. */
int tally_table_col(const tally_table *t, const char *name);
void tally_table_free(tally_table *t);

/* Parse a cell as a number: plain decimals, optional sign and exponent,
 * surrounding spaces allowed; "" or anything else gives 0 and *ok=0. */
double tally_cell_num(const char *cell, int *ok);

typedef struct tally_csv_out {
    FILE *fp;          /* where rows go */
    int ncell;         /* cells written in the current row */
    int failed;        /* set once a write failed; later calls do nothing */
    int buffered;      /* rows are collected in row (tally_csv_buffer) */
    char *row;         /* the row being built, owned by the writer */
    size_t rowlen, rowcap;
} tally_csv_out;

void tally_csv_init(tally_csv_out *o, FILE *fp);
/* Optional, after tally_csv_init: collect each row in memory and write it
 * with one call at tally_csv_end() (faster for wide rows).  The writer then
 * owns memory: release it with tally_csv_done(). */
void tally_csv_buffer(tally_csv_out *o);
void tally_csv_done(tally_csv_out *o);
/* A text cell, guarded against formulas; NULL is written as empty. */
int tally_csv_text(tally_csv_out *o, const char *s);
/* A cell written as is (quoted if needed, never guarded): headers, ids. */
int tally_csv_raw(tally_csv_out *o, const char *s);
/* A number as a plain decimal (see fmt_num); NaN is an empty cell. */
int tally_csv_num(tally_csv_out *o, double v);
/* An integer cell. */
int tally_csv_int(tally_csv_out *o, long long v);
/* End the row with "\n".  Returns -1 if any write of the row failed. */
int tally_csv_end(tally_csv_out *o);
/* Write a whole header row from a NULL-terminated array. */
int tally_csv_header(tally_csv_out *o, const char *const *names);

#endif
