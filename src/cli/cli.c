/*
 * cli.c - shared plumbing of the subcommands: exit codes, messages, atomic
 * output files, the lexicon.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "buf.h"

int cli_exit_code(tally_status st)
{
    switch (st) {
    case TALLY_OK: return EXIT_OK;
    case TALLY_EUSAGE: return EXIT_USAGE;
    case TALLY_EINPUT:
    case TALLY_ECSV:
    case TALLY_EPARSE:
    case TALLY_EMATH:
    case TALLY_ENOTFOUND: return EXIT_INPUT;
    case TALLY_EIO: return EXIT_IO;
    case TALLY_EGNUPLOT: return EXIT_GNUPLOT;
    case TALLY_EEXTERNAL: return EXIT_EXTERNAL;
    case TALLY_ENOMEM: return EXIT_INTERNAL;
    }
    return EXIT_INTERNAL;
}

void cli_error(const char *verb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (verb)
        fprintf(stderr, "tally: %s: ", verb);
    else
        fputs("tally: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_fail(const char *verb, const tally_error *err)
{
    cli_error(verb, "%s", err->msg[0] ? err->msg : tally_strerror(err->code));
    return cli_exit_code(err->code);
}

int cli_usage_error(const char *verb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "tally: %s: ", verb);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nsee 'tally %s --help'\n", verb);
    va_end(ap);
    return EXIT_USAGE;
}

int cli_out_open(cli_out *o, const char *path, const char *verb)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        return EXIT_OK;
    }
    tally_buf b = {0};
    if (buf_printf(&b, "%s.tmp.%ld", path, (long)getpid()) < 0) {
        cli_error(verb, "out of memory");
        return EXIT_INTERNAL;
    }
    o->tmp = buf_detach(&b);
    o->path = xstrdup(path);
    if (!o->tmp || !o->path) {
        free(o->tmp);
        free(o->path);
        cli_error(verb, "out of memory");
        return EXIT_INTERNAL;
    }
    o->fp = fopen(o->tmp, "wb");
    if (!o->fp) {
        cli_error(verb, "cannot write '%s': %s", path, strerror(errno));
        free(o->tmp);
        free(o->path);
        o->tmp = o->path = NULL;
        return EXIT_IO;
    }
    return EXIT_OK;
}

int cli_out_close(cli_out *o, int ok, const char *verb)
{
    int rc = EXIT_OK;
    if (!o->fp)
        return EXIT_OK;
    if (!o->path) {   /* stdout */
        int bad = fflush(stdout) != 0 || ferror(stdout);
        if (bad && errno != EPIPE) {
            cli_error(verb, "write error on standard output: %s", strerror(errno));
            rc = EXIT_IO;
        }
        o->fp = NULL;
        return rc;
    }
    int bad = ferror(o->fp);
    if (fclose(o->fp) != 0)
        bad = 1;
    o->fp = NULL;
    if (ok && bad) {
        cli_error(verb, "write error on '%s'", o->path);
        rc = EXIT_IO;
    }
    if (ok && !bad && rename(o->tmp, o->path) != 0) {
        cli_error(verb, "cannot write '%s': %s", o->path, strerror(errno));
        rc = EXIT_IO;
    }
    if (!ok || rc)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    o->tmp = o->path = NULL;
    return rc;
}

tally_status cli_lexicon(const char *dir, char **extra, int nextra, tally_lexicon **lex,
                         tally_error *err)
{
    tally_status st = tally_lexicon_load_dir(dir ? dir : tally_lexicon_default_dir(), lex, err);
    for (int i = 0; !st && i < nextra; i++)
        st = tally_lexicon_join_file(*lex, extra[i], err);
    if (st) {
        tally_lexicon_free(*lex);
        *lex = NULL;
    }
    return st;
}

int cli_progress(void)
{
    return isatty(2);
}

int cli_is_help(const char *s)
{
    return strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0;
}
