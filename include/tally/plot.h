/*
 * plot.h - charts of figures: selecting rows of a CSV, grouping them into
 * series, and writing the gnuplot script that draws them, with the data
 * inline as datablocks ($s1 << EOD ... EOD) so that the script alone
 * reproduces the chart.  Running the script is gnuplot.h's job.
 *
 * Input is any tally_table.  A facts CSV (facts.h) needs only the columns a
 * chart uses: the x column (default "date"), the y column (default
 * "value"), optionally "low" and "high" (error bars or bands), and those
 * named by the filter and the grouping.  "mention", "note", "id", "unit" and
 * "modality" are used when present (hover text, axis label, line style).
 *
 * The x axis is chosen from the x column's cells: ISO 8601 dates (isodate.h)
 * give a time axis, where a date is a point at the middle of its period
 * and an interval START/END is also drawn as a horizontal span (a shaded
 * box when the row has low and high); numbers give a numeric axis; any
 * other text gives bars, one per row, labelled with the cell.
 *
 * Series whose "modality" is planned, promised or requested are dashed,
 * hypothetical ones dotted, estimated dash-dotted, others solid; series that
 * differ only by modality share a colour.  Actor codes in the legend are
 * named through the lexicon table "actor_names" (code,name) when given.
 *
 * Ownership: tally_plot_script() returns a malloc'ed script (caller frees).
 * Options only borrow their strings.
 *
 *     tally_plot_opts o;
 *     tally_plot_opts_init(&o);
 *     tally_plot_preset("force-levels", &o, &err);
 *     o.term = TALLY_TERM_SVG;
 *     if (tally_plot_script(&table, &o, &script, &info, &err) == TALLY_OK) ...
 */
#ifndef TALLY_PLOT_H
#define TALLY_PLOT_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/csvio.h"
#include "tally/lexicon.h"

typedef enum {
    TALLY_TERM_SVG = 0,   /* svg with hover text (hypertext labels) */
    TALLY_TERM_PNG,       /* pngcairo if gnuplot has it, else png */
    TALLY_TERM_PDF,       /* pdfcairo */
    TALLY_TERM_DUMB       /* characters, for a terminal */
} tally_plot_term;

typedef struct tally_plot_opts {
    const char *where;    /* filter "col=a|b,col!=c" (all must hold), NULL = every row */
    const char *by;       /* grouping columns "actor,modality", NULL = one series */
    const char *x, *y;    /* columns for the axes; NULL = "date", "value" */
    const char *low, *high; /* bound columns; NULL = "low", "high" (used if present) */
    const char *title, *xlabel, *ylabel; /* NULL = none / from the columns */
    int logy;             /* logarithmic y axis (rows with y <= 0 are skipped) */
    int band;             /* shade low..high as a band instead of error bars */
    int bars;             /* 1 = bars even for a numeric x */
    int lines;            /* connect the points of a series (default 1) */
    tally_plot_term term;
    int width, height;    /* 0 = the terminal's default (pixels; characters for dumb) */
    const tally_lexicon *lex; /* for actor_names; may be NULL */
} tally_plot_opts;

/* What happened to the rows, for the caller to report. */
typedef struct tally_plot_info {
    size_t rows;          /* rows in the table */
    size_t filtered;      /* left out by the filter */
    size_t no_x;          /* selected, but the x cell is empty */
    size_t bad_x;         /* selected, but the x cell is not a date (time axis) */
    size_t no_y;          /* selected, but the y cell is empty or not a number */
    size_t nonpos_y;      /* y <= 0 on a log axis */
    size_t used;          /* rows drawn */
    size_t nseries;       /* series drawn */
    int time_axis;        /* 1 when the x axis is time */
    int mixed_units;      /* 1 when the rows drawn name different units */
} tally_plot_info;

/* Defaults: every field zero or NULL except lines = 1. */
void tally_plot_opts_init(tally_plot_opts *o);

/* Set the fields a preset fixes: "force-levels" (aircraft by actor and
 * modality over time), "plan-vs-actual" (aircraft by modality over time),
 * "ratios" (derive output as bars of value with low..high).  A caller's own
 * options are applied afterwards (a caller's --where condition on a column
 * replaces the preset's condition on that column).  TALLY_EUSAGE for an unknown name. */
tally_status tally_plot_preset(const char *name, tally_plot_opts *o, tally_error *err);

/* The terminal for an output file name by its extension (.svg .png .pdf
 * .txt), or by a terminal name (svg png pdf dumb).  TALLY_EUSAGE if none. */
tally_status tally_plot_term_for_path(const char *path, tally_plot_term *t, tally_error *err);
tally_status tally_plot_term_by_name(const char *name, tally_plot_term *t, tally_error *err);

/* Build the gnuplot script for table t: terminal, labels, axes, data
 * blocks and the plot command; no "set output" (gnuplot writes to its
 * standard output).  info (optional) receives the row counts.
 *   TALLY_ENOTFOUND: a column the options name is not in the table;
 *   TALLY_EPARSE: the filter does not parse;
 *   TALLY_EINPUT: no row is left to draw (the message says why). */
tally_status tally_plot_script(const tally_table *t, const tally_plot_opts *o, char **script,
                               tally_plot_info *info, tally_error *err);

#endif
