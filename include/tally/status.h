/*
 * status.h - status codes and the error record shared by every libtally
 * header.  See tally.h for the ownership rule.
 */
#ifndef TALLY_STATUS_H
#define TALLY_STATUS_H

#include <stddef.h>

/* Status codes.  Only ever appended to: scripts and bindings depend on the
 * numbers. */
typedef enum {
    TALLY_OK = 0,
    TALLY_ENOMEM = 1,     /* out of memory */
    TALLY_EIO = 2,        /* a read or write failed, a file is missing */
    TALLY_EINPUT = 3,     /* the input is not acceptable (bad UTF-8, NUL, empty) */
    TALLY_EUSAGE = 4,     /* a caller passed a bad argument or option */
    TALLY_ECSV = 5,       /* a CSV file is malformed */
    TALLY_EPARSE = 6,     /* an expression, rule or filter does not parse */
    TALLY_EMATH = 7,      /* undefined arithmetic (division by an interval with 0) */
    TALLY_EEXTERNAL = 8,  /* an external program (pdftotext) failed or is missing */
    TALLY_EGNUPLOT = 9,   /* gnuplot failed or is missing */
    TALLY_ENOTFOUND = 10  /* a named thing (figure id, column, rule) does not exist */
} tally_status;

#define TALLY_ERRMSG_MAX 1024

typedef struct tally_error {
    tally_status code;              /* same as the status returned */
    char msg[TALLY_ERRMSG_MAX];     /* one line, no final newline or period */
} tally_error;

/* Short fixed description of a status, e.g. "out of memory". */
const char *tally_strerror(tally_status code);

/* Fill err (if not NULL) with code and a printf-style message; returns code,
 * so that `return tally_fail(err, TALLY_EIO, "'%s': %s", path, why);` works. */
tally_status tally_fail(tally_error *err, tally_status code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Version string of the library, e.g. "0.1.0". */
const char *tally_version(void);

#endif
