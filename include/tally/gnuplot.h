/*
 * gnuplot.h - running gnuplot on a script through a pipe, and making text
 * from documents safe to put into a gnuplot script.
 *
 * The script goes to gnuplot's standard input (no temporary files); its
 * standard error is captured so that a failure can be reported with the
 * script line it names.  The program run is $TALLY_GNUPLOT when set, else
 * "gnuplot" found on PATH.
 *
 * Safety: gnuplot expands backticks (`cmd`) and macros (@name) in commands
 * and has system(), so document text must never reach a command position
 * or a double-quoted string.  tally_gp_quote() makes a single-quoted string
 * literal (no substitution happens inside single quotes; ' is doubled);
 * tally_gp_field() makes a double-quoted datablock field (data lines are
 * never evaluated, but a field must not end early or end the block).  Both
 * replace control characters, newlines and invalid UTF-8, so that one
 * value is always one line.
 *
 * Ownership: strings returned by tally_gp_quote(), tally_gp_field() and the
 * messages of tally_gnuplot_run() are malloc'ed; the caller frees them.
 *
 *     char *q = tally_gp_quote("it's `x`");   // "'it''s `x`'"
 */
#ifndef TALLY_GNUPLOT_H
#define TALLY_GNUPLOT_H

#include <stddef.h>

#include "tally/status.h"

/* The program that is run: $TALLY_GNUPLOT or "gnuplot".  Borrowed. */
const char *tally_gnuplot_program(void);

/* Run gnuplot on script[0..len).  Its standard output goes to out_fd (a
 * file the caller opened; -1 keeps the caller's standard output, flushed
 * first).  *messages (if not NULL) receives what gnuplot wrote on standard
 * error (warnings, even on success; "" when nothing).
 *   TALLY_EGNUPLOT: gnuplot is missing ("not found"), was killed, or failed;
 *   a failure names the script line gnuplot reported and quotes it. */
tally_status tally_gnuplot_run(const char *script, size_t len, int out_fd, char **messages,
                               tally_error *err);

/* s as a single-quoted gnuplot string literal, quotes included; ' is
 * doubled, except a leading one, which becomes a typographic quote (gnuplot
 * reads a string opening with '' as an empty string).  NULL when out of
 * memory. */
char *tally_gp_quote(const char *s);

/* s as a double-quoted field of a datablock line, quotes included: '"' is
 * replaced by a typographic quote, and for hover text (hyper = 1) also '
 * and \ (gnuplot's SVG hover script does not escape them).  NULL when out
 * of memory. */
char *tally_gp_field(const char *s, int hyper);

/* The 1-based line of the script that gnuplot's message names ("line 12:"),
 * or 0. */
long tally_gnuplot_error_line(const char *messages);

#endif
