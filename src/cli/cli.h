/*
 * cli.h - what the subcommands of the tally command share: exit codes,
 * messages, output files written atomically, the lexicon, progress.
 * Nothing here recognises anything: that is the library's job.
 */
#ifndef TALLY_CLI_H
#define TALLY_CLI_H

#include <stdio.h>

#include "tally/tally.h"

/* Exit codes, documented in README.md and in each --help. */
enum {
    EXIT_OK = 0,        /* done */
    EXIT_CHECKS = 1,    /* ran, and something is inconsistent (verify) or a document failed (report) */
    EXIT_USAGE = 2,     /* bad options or arguments */
    EXIT_INPUT = 3,     /* bad input: invalid UTF-8, empty, malformed CSV, bad rule */
    EXIT_IO = 4,        /* a file cannot be read or written */
    EXIT_GNUPLOT = 5,   /* gnuplot is missing or failed */
    EXIT_EXTERNAL = 6,  /* another external program (pdftotext) is missing or failed */
    EXIT_INTERNAL = 70  /* out of memory or an internal error */
};

#define CLI_EXIT_CODES \
    "Exit status: 0 ok, 1 checks failed, 2 usage, 3 bad input, 4 I/O error,\n" \
    "5 gnuplot failed, 6 pdftotext failed, 70 internal error.\n"

typedef int (*cli_fn)(int argc, char **argv);

/* Map a library status to an exit code. */
int cli_exit_code(tally_status st);
/* "tally: VERB: message" on stderr. */
void cli_error(const char *verb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Report err for verb and return the exit code for it. */
int cli_fail(const char *verb, const tally_error *err);
/* Print "see 'tally VERB --help'" after a usage error; returns EXIT_USAGE. */
int cli_usage_error(const char *verb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* An output: stdout for NULL or "-", else a temporary file beside path
 * renamed over it by cli_out_close() when everything was written, so a
 * failed or killed run never leaves a truncated file behind. */
typedef struct cli_out {
    FILE *fp;
    char *path;     /* final path, NULL for stdout */
    char *tmp;      /* temporary path */
} cli_out;
int cli_out_open(cli_out *o, const char *path, const char *verb);
/* ok=1: flush, close and rename (returns EXIT_OK, or EXIT_IO with a message;
 * a broken pipe on stdout counts as success).  ok=0: discard. */
int cli_out_close(cli_out *o, int ok, const char *verb);

/* Load the shipped lexicon (or dir) plus the user's extra files. */
tally_status cli_lexicon(const char *dir, char **extra, int nextra, tally_lexicon **lex,
                         tally_error *err);

/* 1 when progress may be printed on stderr (it is a terminal). */
int cli_progress(void);

/* Whether s names the help option. */
int cli_is_help(const char *s);

#endif
