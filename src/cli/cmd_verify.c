/*
 * cmd_verify.c - 'tally verify': documents in, one check per relation the
 * text asserts (and per figure matched in a reference CSV) out, as
 * compiler-style diagnostics or CSV.  Exit 1 when anything is inconsistent.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "tally/tally.h"
#include "tally/relate.h"
#include "tally/verify.h"
#include "tally/against.h"

static const char usage_text[] =
    "usage: tally verify [OPTIONS] [FILE...]\n"
    "\n"
    "Find the arithmetic a text asserts and check it: totals and their parts\n"
    "(\"28 regiments (25 MiG and four La-9 regiments)\", lists closed by \"totaling\",\n"
    "\"amounting to\", \"a total of\", \"in all\", lists after a colon), per-unit\n"
    "figures times every count of their sentence, averages (\"X tons in Y sorties,\n"
    "an average of Z per sortie\"), multipliers (\"doubled ... to\", \"twice what\"),\n"
    "shares of a whole (\"X, or N per cent of the promised total\": a whole named\n"
    "but not stated beside the share is looked up earlier in the document),\n"
    "percentage changes (\"from A to B\", \"N per cent more than\"), parts of a\n"
    "whole (\"of which\"),\n"
    "and formations against aircraft counts through the norms lexicon table\n"
    "(aircraft per regiment, division, squadron...).  Figures are intervals;\n"
    "\"some 28\" and \"350 to 400\" get a rounding allowance (see README).  Each\n"
    "check is consistent, approximate, inconsistent or unverifiable (with why).\n"
    "A figure no words link to others but made exactly, in one way only, from\n"
    "two just before it is checked too, and said so (\"they fit\"); such a\n"
    "check is only ever consistent.\n"
    "Documents are read as 'tally extract' reads them; figure ids are the same.\n"
    "No FILE, or '-', reads standard input.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE     write to FILE (written whole or not at all)\n"
    "  -f, --format FMT      text (default): FILE:LINE: verdict: message, then a\n"
    "                        summary line; csv: one row per check\n"
    "  -a, --against REF     also match every figure to the rows of the reference\n"
    "                        CSV REF (columns value,unit and any of key,doc,id,low,\n"
    "                        high,category,actor,date,modality) and say whether it\n"
    "                        agrees with the nearest row\n"
    "  -q, --quiet           text: print only approximate, inconsistent and\n"
    "                        unverifiable checks (the summary counts all)\n"
    "      --name NAME       the document name for standard input (default '-')\n"
    "      --lexicon FILE    add a lexicon CSV of your own (repeatable), e.g. more\n"
    "                        norms with the header of datasets/lexicon/norms.csv\n"
    "      --lexicon-dir DIR use DIR instead of the shipped datasets/lexicon\n"
    "      --lenient         replace invalid UTF-8 and NUL bytes instead of failing\n"
    "      --raw             keep Markdown backslash escapes (\\$) as they are\n"
    "      --no-header       csv: do not write the header row\n"
    "  -h, --help            show this help\n"
    "\n"
    "CSV columns: doc,check,kind,verdict,stated,computed,low,high,tolerance,facts,\n"
    "start,end,line,expression,sentence,note,message (facts: figure ids, the stated\n"
    "one first; start,end: byte span covering them; low,high: the computed interval;\n"
    "tolerance: the extra room an 'approximate' verdict allows).\n"
    "\n"
    "Examples:\n"
    "  tally verify article.txt\n"
    "  tally verify --format csv -o checks.csv articles/*.txt\n"
    "  tally verify --against datasets/reference/seed_figures.csv article.txt\n"
    "\n"
    "Exit status: 0 nothing inconsistent, 1 something inconsistent, 2 usage,\n"
    "3 bad input, 4 I/O error, 6 pdftotext failed, 70 internal error.\n";

typedef struct vopts {
    int csv, quiet, header;
    const char *name;
    tally_read_opts ro;
    tally_lexicon *lex;
    tally_reference *ref;
} vopts;

/* Verify one file into out.fp; adds to counts.  Returns an exit code for
 * this file (EXIT_OK even when checks fail: the caller decides). */
static int verify_file(const char *path, const vopts *o, FILE *fp, size_t counts[TALLY_V_COUNT],
                       int *wrote)
{
    tally_error err = {0};
    tally_doc doc;
    tally_facts facts;
    tally_segments seg;
    tally_checks checks;
    memset(&checks, 0, sizeof checks);
    if (tally_doc_read(path, &o->ro, &doc, &err))
        return cli_fail("verify", &err);
    if (doc.replaced)
        cli_error("verify", "'%s': replaced %d invalid bytes", path, doc.replaced);
    tally_extract_opts eo = {strcmp(path, "-") == 0 && o->name ? o->name : NULL, 0};
    tally_status st = tally_extract(&doc, o->lex, &eo, &facts, &seg, &err);
    if (st) {
        tally_doc_free(&doc);
        return cli_fail("verify", &err);
    }
    st = tally_verify(&doc, &facts, &seg, o->lex, &checks, &err);
    if (!st && o->ref)
        st = tally_against(&doc, &facts, o->ref, &checks, &err);
    if (!st && !checks.doc && !(checks.doc = xstrdup(facts.doc)))
        st = tally_fail(&err, TALLY_ENOMEM, "out of memory");
    if (!st) {
        tally_checks_count(&checks, counts);
        if (o->csv) {
            st = tally_checks_write_csv(&checks, fp, &err);
        } else if (o->quiet) {
            tally_checks shown = checks;   /* a view: only the problems */
            for (size_t i = 0; !st && i < checks.n; i++) {
                if (checks.v[i].verdict == TALLY_V_CONSISTENT)
                    continue;
                shown.v = &checks.v[i];
                shown.n = 1;
                st = tally_checks_write_text(&shown, fp, &err);
            }
        } else {
            st = tally_checks_write_text(&checks, fp, &err);
        }
        if (st)
            *wrote = 0;
    }
    tally_checks_free(&checks);
    tally_segments_free(&seg);
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    return st ? cli_fail("verify", &err) : EXIT_OK;
}

int cmd_verify(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, 'f'},
        {"against", required_argument, NULL, 'a'},
        {"quiet", no_argument, NULL, 'q'},
        {"name", required_argument, NULL, 'n'},
        {"lexicon", required_argument, NULL, 'l'},
        {"lexicon-dir", required_argument, NULL, 'L'},
        {"lenient", no_argument, NULL, 'x'},
        {"raw", no_argument, NULL, 'r'},
        {"no-header", no_argument, NULL, 'H'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *output = NULL, *lexdir = NULL, *against = NULL;
    vopts o = {0, 0, 1, NULL, tally_read_defaults(), NULL, NULL};
    char **extra = calloc((size_t)argc + 1, sizeof *extra);
    int nextra = 0, c;
    if (!extra) {
        cli_error("verify", "out of memory");
        return EXIT_INTERNAL;
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:f:a:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'f':
            if (strcmp(optarg, "csv") == 0) {
                o.csv = 1;
            } else if (strcmp(optarg, "text") == 0) {
                o.csv = 0;
            } else {
                free(extra);
                return cli_usage_error("verify", "unknown format '%s' (text or csv)", optarg);
            }
            break;
        case 'a': against = optarg; break;
        case 'q': o.quiet = 1; break;
        case 'n': o.name = optarg; break;
        case 'l': extra[nextra++] = optarg; break;
        case 'L': lexdir = optarg; break;
        case 'x': o.ro.lenient = 1; break;
        case 'r': o.ro.raw = 1; break;
        case 'H': o.header = 0; break;
        case 'h':
            free(extra);
            fputs(usage_text, stdout);
            return EXIT_OK;
        default:
            free(extra);
            return cli_usage_error("verify", "bad option");
        }
    }
    tally_error err = {0};
    if (cli_lexicon(lexdir, extra, nextra, &o.lex, &err)) {
        free(extra);
        return cli_fail("verify", &err);
    }
    free(extra);
    tally_reference ref;
    if (against) {
        if (tally_reference_load(against, &ref, &err)) {
            tally_lexicon_free(o.lex);
            return cli_fail("verify", &err);
        }
        o.ref = &ref;
    }
    char *stdin_only[] = {"-"};
    char **files = optind < argc ? argv + optind : stdin_only;
    int nfiles = optind < argc ? argc - optind : 1;
    cli_out out;
    int rc = cli_out_open(&out, output, "verify");
    int worst = EXIT_OK, wrote = 1;
    size_t counts[TALLY_V_COUNT] = {0};
    if (!rc && o.csv && o.header && tally_checks_write_csv_header(out.fp, &err))
        wrote = 0;
    for (int i = 0; !rc && wrote && i < nfiles; i++) {
        int code = verify_file(files[i], &o, out.fp, counts, &wrote);
        if (code > worst)
            worst = code;
    }
    if (!rc && !o.csv && wrote) {
        size_t total = counts[0] + counts[1] + counts[2] + counts[3];
        if (fprintf(out.fp, "%zu check%s: %zu consistent, %zu approximate, %zu inconsistent, "
                            "%zu unverifiable\n",
                    total, total == 1 ? "" : "s", counts[TALLY_V_CONSISTENT],
                    counts[TALLY_V_APPROXIMATE], counts[TALLY_V_INCONSISTENT],
                    counts[TALLY_V_UNVERIFIABLE]) < 0)
            wrote = 0;
    }
    if (o.ref)
        tally_reference_free(o.ref);
    tally_lexicon_free(o.lex);
    if (rc)
        return rc;
    rc = cli_out_close(&out, wrote && (worst == EXIT_OK || nfiles > 1), "verify");
    if (!wrote && !rc) {
        cli_error("verify", "write error%s%s%s", output ? " on '" : "", output ? output : "",
                  output ? "'" : "");
        rc = EXIT_IO;
    }
    if (rc)
        return rc;
    if (worst)
        return worst;
    return counts[TALLY_V_INCONSISTENT] ? EXIT_CHECKS : EXIT_OK;
}
