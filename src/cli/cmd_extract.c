/*
 * cmd_extract.c - 'tally extract': documents in, facts CSV out.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "tally/tally.h"

static const char usage_text[] =
    "usage: tally extract [OPTIONS] [FILE...]\n"
    "\n"
    "Pull every figure out of texts (UTF-8 plain text, Markdown, or PDF through\n"
    "pdftotext) into a facts CSV, one row per figure.  No FILE, or '-', reads\n"
    "standard input.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE     write the CSV to FILE (written whole or not at all)\n"
    "      --name NAME       the doc column for standard input (default '-')\n"
    "      --lexicon FILE    add a lexicon CSV of your own (repeatable); it joins the\n"
    "                        shipped table whose header it shares (or begins);\n"
    "                        a file that joins none is an error (exit 3)\n"
    "      --lexicon-dir DIR use DIR instead of the shipped datasets/lexicon\n"
    "      --lenient         replace invalid UTF-8 and NUL bytes instead of failing\n"
    "      --raw             keep Markdown backslash escapes (\\$) as they are\n"
    "      --explain         add an 'explain' column: the cues behind actor, date, modality\n"
    "      --no-header       do not write the header row\n"
    "  -h, --help            show this help\n"
    "\n"
    "Columns: doc,id,section,para,sent,start,end,number_text,mention,value,low,high,\n"
    "qualifier,unit,noun,category,actor,date,modality,note,source,sentence\n"
    "(start and end are byte offsets into the input as read, end exclusive).\n"
    "\n" CLI_EXIT_CODES;

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"name", required_argument, NULL, 'n'},
        {"lexicon", required_argument, NULL, 'l'},
        {"lexicon-dir", required_argument, NULL, 'L'},
        {"lenient", no_argument, NULL, 'x'},
        {"raw", no_argument, NULL, 'r'},
        {"explain", no_argument, NULL, 'e'},
        {"no-header", no_argument, NULL, 'H'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *output = NULL, *name = NULL, *lexdir = NULL;
    char **extra = calloc((size_t)argc + 1, sizeof *extra);
    int nextra = 0, explain = 0, header = 1;
    tally_read_opts ro = tally_read_defaults();
    int c;
    if (!extra) {
        cli_error("extract", "out of memory");
        return EXIT_INTERNAL;
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'n': name = optarg; break;
        case 'l': extra[nextra++] = optarg; break;
        case 'L': lexdir = optarg; break;
        case 'x': ro.lenient = 1; break;
        case 'r': ro.raw = 1; break;
        case 'e': explain = 1; break;
        case 'H': header = 0; break;
        case 'h':
            free(extra);
            fputs(usage_text, stdout);
            return EXIT_OK;
        default:
            free(extra);
            return cli_usage_error("extract", "bad option");
        }
    }
    tally_error err = {0};
    tally_lexicon *lex = NULL;
    if (cli_lexicon(lexdir, extra, nextra, &lex, &err)) {
        free(extra);
        return cli_fail("extract", &err);
    }
    free(extra);
    char *stdin_only[] = {"-"};
    char **files = optind < argc ? argv + optind : stdin_only;
    int nfiles = optind < argc ? argc - optind : 1;
    cli_out out;
    int rc = cli_out_open(&out, output, "extract");
    if (rc) {
        tally_lexicon_free(lex);
        return rc;
    }
    int worst = EXIT_OK, wrote_ok = 1;
    for (int i = 0; wrote_ok && i < nfiles; i++) {
        tally_doc doc;
        tally_facts facts;
        tally_status st = tally_doc_read(files[i], &ro, &doc, &err);
        if (st) {
            int code = cli_fail("extract", &err);
            if (code > worst)
                worst = code;
            continue;
        }
        if (doc.replaced)
            cli_error("extract", "'%s': replaced %d invalid bytes", files[i], doc.replaced);
        tally_extract_opts eo = {strcmp(files[i], "-") == 0 && name ? name : NULL, explain};
        st = tally_extract(&doc, lex, &eo, &facts, NULL, &err);
        tally_doc_free(&doc);
        if (st) {
            int code = cli_fail("extract", &err);
            if (code > worst)
                worst = code;
            continue;
        }
        if (header && tally_facts_write_header(out.fp, explain, &err))
            wrote_ok = 0;
        header = 0;   /* once, before the first document's rows */
        if (tally_facts_write(&facts, out.fp, explain, &err))
            wrote_ok = 0;
        if (cli_progress() && nfiles > 1)
            fprintf(stderr, "tally: extract: %d/%d %s: %zu figures\n", i + 1, nfiles, files[i],
                    facts.n);
        tally_facts_free(&facts);
    }
    tally_lexicon_free(lex);
    rc = cli_out_close(&out, worst == EXIT_OK || nfiles > 1, "extract");
    if (!wrote_ok && !rc && output) {
        cli_error("extract", "write error on '%s'", output);
        rc = EXIT_IO;
    }
    return rc ? rc : worst;
}
