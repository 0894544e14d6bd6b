/*
 * error.c - status descriptions and the error record shared by every module.
 */
#include <stdarg.h>
#include <stdio.h>

#include "tally/status.h"

const char *tally_strerror(tally_status code)
{
    switch (code) {
    case TALLY_OK: return "ok";
    case TALLY_ENOMEM: return "out of memory";
    case TALLY_EIO: return "input/output error";
    case TALLY_EINPUT: return "bad input";
    case TALLY_EUSAGE: return "bad usage";
    case TALLY_ECSV: return "malformed CSV";
    case TALLY_EPARSE: return "parse error";
    case TALLY_EMATH: return "undefined arithmetic";
    case TALLY_EEXTERNAL: return "external program failed";
    case TALLY_EGNUPLOT: return "gnuplot failed";
    case TALLY_ENOTFOUND: return "not found";
    }
    return "unknown error";
}

tally_status tally_fail(tally_error *err, tally_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        if (vsnprintf(err->msg, sizeof err->msg, fmt, ap) < 0)
            err->msg[0] = '\0';
        va_end(ap);
    }
    return code;
}

const char *tally_version(void)
{
    return "0.1.0";
}
