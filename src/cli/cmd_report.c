/*
 * cmd_report.c - 'tally report': documents and folders in, a folder with
 * per-document CSVs and charts, combined CSVs, index.html and report.md
 * out.  Options, the --resume fingerprint and messages only; the run is
 * report.c's.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "tally/tally.h"
#include "tally/against.h"
#include "tally/report.h"

static const char usage_text[] =
    "usage: tally report [OPTIONS] FILE|DIR... -o OUTDIR\n"
    "\n"
    "Run extract, verify, derive and plot over every document and write one\n"
    "place to read the results.  Folders are searched (not through symbolic\n"
    "links) for .txt, .md and .pdf files; hidden files, README files and the\n"
    "output folders of earlier reports are left out.  Into OUTDIR go:\n"
    "  index.html, report.md   a summary table (figures by category, checks by\n"
    "                          verdict), then per document its inconsistencies with\n"
    "                          sentence, arithmetic and endnote, its chart, the\n"
    "                          ratios its relations imply, and every figure\n"
    "  facts.csv, checks.csv, derived.csv   the same for the whole run\n"
    "  docs/NAME/              per document: facts.csv, checks.csv, derived.csv,\n"
    "                          a chart (.svg, with its gnuplot script .gp) and\n"
    "                          state.csv (what became of it, for --resume)\n"
    "NAME is the file's base name made safe ([A-Za-z0-9._-]; '-2', '-3' when two\n"
    "documents share one).  Charts: aircraft by actor and modality over time when\n"
    "the document has dated aircraft figures, else formations over time, else\n"
    "its figures by category.  Output does not depend on -j or on the time; every\n"
    "file is written to a temporary name and renamed when complete.\n"
    "\n"
    "Options:\n"
    "  -o, --output OUTDIR   the folder to write (created if needed; required)\n"
    "  -j, --jobs N          run N documents at once in worker processes (default 1)\n"
    "      --resume          keep the results of documents whose bytes and options\n"
    "                        (flags, lexicon and reference files) are unchanged\n"
    "  -a, --against REF     also check every figure against the reference CSV REF\n"
    "                        (as 'tally verify --against')\n"
    "      --lexicon FILE    add a lexicon CSV of your own (repeatable)\n"
    "      --lexicon-dir DIR use DIR instead of the shipped datasets/lexicon\n"
    "      --lenient         replace invalid UTF-8 and NUL bytes instead of failing\n"
    "      --raw             keep Markdown backslash escapes (\\$) as they are\n"
    "      --samples N       Monte Carlo draws per derived ratio (default 20000)\n"
    "  -h, --help            show this help\n"
    "\n"
    "A document that cannot be read (missing, invalid UTF-8, pdftotext failed) is\n"
    "named on standard error and in the report, and the others still run.  Progress\n"
    "is shown on standard error when it is a terminal.  gnuplot is $TALLY_GNUPLOT\n"
    "if set, else 'gnuplot' on PATH; a chart it cannot draw is noted in the report.\n"
    "\n"
    "Examples:\n"
    "  tally report -o out datasets/samples\n"
    "  tally report -j 4 --resume -o out articles/ extra.pdf\n"
    "  tally report --against datasets/reference/seed_figures.csv -o out article.txt\n"
    "\n"
    "Exit status: 0 every document ran and no check is inconsistent; 1 some check\n"
    "is inconsistent or some document failed (standard error says which); 2 usage;\n"
    "3 no documents found, or a bad lexicon or reference file; 4 I/O error on\n"
    "OUTDIR; 5 everything ran but gnuplot could not draw some chart; 70 internal\n"
    "error.\n";

/* Hash a file's name and bytes into *h. */
static int hash_named(const char *path, uint64_t *h, tally_error *err)
{
    *h = tally_fnv1a(path, strlen(path) + 1, *h);
    return tally_hash_file(path, h, err) == TALLY_OK ? 0 : -1;
}

/* Order of names for the lexicon fingerprint. */
static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Hash every .csv file of the lexicon folder, in name order, into *h. */
static int hash_lexdir(const char *dir, uint64_t *h, tally_error *err)
{
    DIR *d = opendir(dir);
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    if (!d)
        return 0;   /* loading the lexicon reports it */
    struct dirent *e;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".csv") != 0)
            continue;
        if (grow_array((void **)&names, &cap, n + 1, sizeof *names) < 0 ||
            !(names[n] = xstrdup(e->d_name)))
            rc = -1;
        else
            n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, str_cmp);
    for (size_t i = 0; i < n; i++) {
        tally_buf p = {0};
        if (rc == 0 && (buf_printf(&p, "%s/%s", dir, names[i]) < 0 || hash_named(p.data, h, err)))
            rc = -1;
        buf_free(&p);
        free(names[i]);
    }
    free(names);
    return rc;
}

/* The --resume fingerprint: the lexicon files and the reference file. */
static int fingerprint(const char *lexdir, char **extra, int nextra, const char *against,
                       char out[80], tally_error *err)
{
    uint64_t lex = TALLY_FNV_OFFSET, ref = TALLY_FNV_OFFSET;
    if (hash_lexdir(lexdir ? lexdir : tally_lexicon_default_dir(), &lex, err) < 0)
        return -1;
    for (int i = 0; i < nextra; i++)
        if (hash_named(extra[i], &lex, err) < 0)
            return -1;
    if (against && hash_named(against, &ref, err) < 0)
        return -1;
    snprintf(out, 80, "lexicon=%016" PRIx64 " against=%016" PRIx64, lex,
             against ? ref : (uint64_t)0);
    return 0;
}

/* Progress on a terminal: one line per document done. */
static void progress(void *ctx, size_t done, size_t total, const tally_report_doc *d)
{
    (void)ctx;
    const char *what = d->state == TALLY_DOC_FAILED    ? "failed"
                       : d->state == TALLY_DOC_SKIPPED ? "unchanged"
                                                       : "done";
    fprintf(stderr, "tally: report: [%zu/%zu] %s: %s\n", done, total, d->path, what);
}

/* Messages about the documents, in name order, and the exit code. */
static int finish(const tally_report *r, const char *outdir)
{
    for (size_t i = 0; i < r->n; i++) {
        const tally_report_doc *d = &r->v[i];
        if (d->state == TALLY_DOC_FAILED)
            cli_error("report", "%s", d->message);
        else if (d->state == TALLY_DOC_SKIPPED)
            cli_error("report", "'%s': unchanged, skipped (--resume)", d->path);
    }
    size_t total = r->verdicts[0] + r->verdicts[1] + r->verdicts[2] + r->verdicts[3];
    cli_error("report", "wrote %s/index.html: %zu document%s (%zu failed, %zu kept as they were), "
              "%zu check%s (%zu inconsistent)",
              outdir, r->n, r->n == 1 ? "" : "s", r->failed, r->skipped, total,
              total == 1 ? "" : "s", r->verdicts[TALLY_V_INCONSISTENT]);
    if (r->chart_errors)
        cli_error("report", "%zu chart%s not drawn: gnuplot failed (see the notes in the report)",
                  r->chart_errors, r->chart_errors == 1 ? "" : "s");
    if (r->failed)
        cli_error("report", "%zu document%s failed", r->failed, r->failed == 1 ? "" : "s");
    if (r->verdicts[TALLY_V_INCONSISTENT])
        cli_error("report", "%zu check%s inconsistent", r->verdicts[TALLY_V_INCONSISTENT],
                  r->verdicts[TALLY_V_INCONSISTENT] == 1 ? "" : "s");
    if (r->failed || r->verdicts[TALLY_V_INCONSISTENT])
        return EXIT_CHECKS;
    return r->chart_errors ? EXIT_GNUPLOT : EXIT_OK;
}

/* A positive count option; -1 when bad. */
static long parse_count(const char *s, long max)
{
    char *e;
    errno = 0;
    long v = strtol(s, &e, 10);
    return *s && !*e && !errno && v >= 0 && v <= max ? v : -1;
}

int cmd_report(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},   {"jobs", required_argument, NULL, 'j'},
        {"resume", no_argument, NULL, 'R'},         {"against", required_argument, NULL, 'a'},
        {"lexicon", required_argument, NULL, 'l'},  {"lexicon-dir", required_argument, NULL, 'L'},
        {"lenient", no_argument, NULL, 'x'},        {"raw", no_argument, NULL, 'r'},
        {"samples", required_argument, NULL, 'n'},  {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    tally_report_opts o = tally_report_defaults();
    const char *lexdir = NULL, *against = NULL;
    char **extra = calloc((size_t)argc + 1, sizeof *extra);
    int nextra = 0, c, bad = 0;
    long n;
    if (!extra) {
        cli_error("report", "out of memory");
        return EXIT_INTERNAL;
    }
    optind = 1;
    while (!bad && (c = getopt_long(argc, argv, "o:j:a:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': o.outdir = optarg; break;
        case 'j':
            if ((n = parse_count(optarg, 256)) < 1)
                bad = cli_usage_error("report", "bad --jobs '%s': 1 to 256", optarg);
            o.jobs = (int)n;
            break;
        case 'R': o.resume = 1; break;
        case 'a': against = optarg; break;
        case 'l': extra[nextra++] = optarg; break;
        case 'L': lexdir = optarg; break;
        case 'x': o.read.lenient = 1; break;
        case 'r': o.read.raw = 1; break;
        case 'n':
            if ((n = parse_count(optarg, 10000000)) < 0)
                bad = cli_usage_error("report", "bad --samples '%s': 0 to 10000000", optarg);
            o.samples = (size_t)n;
            break;
        case 'h':
            free(extra);
            fputs(usage_text, stdout);
            return EXIT_OK;
        default: bad = cli_usage_error("report", "bad option"); break;
        }
    }
    if (!bad && !o.outdir)
        bad = cli_usage_error("report", "no output folder: give -o OUTDIR");
    if (!bad && optind >= argc)
        bad = cli_usage_error("report", "no documents: give files or folders");
    struct stat sb;
    if (!bad && stat(o.outdir, &sb) == 0 && !S_ISDIR(sb.st_mode))
        bad = cli_usage_error("report", "'%s' is not a folder", o.outdir);
    if (bad) {
        free(extra);
        return bad;
    }
    tally_error err = {0};
    tally_lexicon *lex = NULL;
    tally_reference ref;
    char fp[80];
    int rc = EXIT_OK;
    if (cli_lexicon(lexdir, extra, nextra, &lex, &err)) {
        free(extra);
        return cli_fail("report", &err);
    }
    if (against && tally_reference_load(against, &ref, &err)) {
        free(extra);
        tally_lexicon_free(lex);
        return cli_fail("report", &err);
    }
    if (fingerprint(lexdir, extra, nextra, against, fp, &err) < 0)
        rc = cli_fail("report", &err);
    free(extra);
    o.lex = lex;
    o.ref = against ? &ref : NULL;
    o.fingerprint = fp;
    if (cli_progress()) {
        o.progress = progress;
    }
    tally_report r;
    memset(&r, 0, sizeof r);
    if (!rc && tally_report_add(&r, argv + optind, (size_t)(argc - optind), o.outdir, &err))
        rc = cli_fail("report", &err);
    if (!rc && r.n == 0) {
        cli_error("report", "no documents (.txt, .md, .pdf) found");
        rc = EXIT_INPUT;
    }
    if (!rc && tally_report_run(&r, &o, &err))
        rc = cli_fail("report", &err);
    if (!rc)
        rc = finish(&r, o.outdir);
    tally_report_free(&r);
    if (o.ref)
        tally_reference_free(&ref);
    tally_lexicon_free(lex);
    return rc;
}
