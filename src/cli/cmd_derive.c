/*
 * cmd_derive.c - 'tally derive': rules over a facts CSV in, derived figures
 * with bounds and a Monte Carlo estimate out.  Options and files only; the
 * work is in derive.c.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "tally/derive.h"

static const char usage_text[] =
    "usage: tally derive [OPTIONS] (-r RULES | -e RULE)... [FACTS.csv...]\n"
    "\n"
    "Compute ratios, sums and differences of the figures in a facts CSV (from\n"
    "'tally extract', or any CSV with value,low,high and an id or key column),\n"
    "keeping their uncertainty: bounds by interval arithmetic and a Monte Carlo\n"
    "estimate (mean, sd, 5th and 95th percentiles).  No FACTS file, or '-', reads\n"
    "standard input.\n"
    "\n"
    "A rule is 'name = expression', one per line; '#' then a space starts a comment.\n"
    "Expressions: numbers; figures by id (#12, doc.txt:#12, \"my doc.txt\":#12) or by\n"
    "key; earlier rules by name; + - * / and parentheses; sum(a,...) min(a,...)\n"
    "max(a,...) mean(a,...) ratio(a,b) pct_change(a,b) = (b/a - 1) * 100.\n"
    "'unit plane = aircraft' or 'unit tonne = 1000 kg' declares a conversion.\n"
    "Units carry through (aircraft / regiment gives aircraft/regiment); adding\n"
    "different units is an error, and so is dividing by an interval holding 0.\n"
    "\n"
    "Figures: exact = a constant; range = uniform on [low, high]; approx = widened\n"
    "to value +- the tolerance, uniform; an open bound (at_least, at_most, vague\n"
    "with an empty low or high) is taken as value +- the tolerance and a note on\n"
    "standard error says so (--open error refuses it instead).  A figure is one\n"
    "draw wherever it appears; the bounds treat each occurrence as independent.\n"
    "\n"
    "Options:\n"
    "  -r, --rules FILE     read rules from FILE ('-' = standard input); repeatable\n"
    "  -e, --expr RULE      one rule; repeatable (errors say -e:N for the N-th)\n"
    "  -o, --output FILE    write the CSV to FILE (written whole or not at all)\n"
    "      --approx TOL     tolerance of approximate figures: 10% (default) or 0.1\n"
    "      --open MODE      open bounds: widen (default) or error\n"
    "      --seed N         random seed (default 1); same seed, same output\n"
    "      --samples N      Monte Carlo draws (default 100000; 0 = none)\n"
    "      --no-header      do not write the header row\n"
    "      --auto           not available yet: it needs the relations of\n"
    "                       'tally verify'; it stops with a usage error\n"
    "  -h, --help           show this help\n"
    "\n"
    "Output columns: name,expression,value,low,high,mean,sd,p05,p95,unit,inputs\n"
    "(inputs = the figures used, space-separated).\n"
    "\n"
    "Examples:\n"
    "  tally derive -e 'per_reg = #12 / #11' facts.csv\n"
    "  tally derive -r datasets/rules/seed.rules datasets/reference/seed_figures.csv\n"
    "\n" CLI_EXIT_CODES;

typedef struct source {
    int file;          /* 1: arg is a rules file; 0: arg is a rule */
    const char *arg;
} source;

/* Read a whole file ('-' = stdin) into *out (malloc'ed, NUL-terminated). */
static int read_all(const char *path, char **out, size_t *len)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!fp) {
        cli_error("derive", "cannot open '%s': %s", path, strerror(errno));
        return EXIT_IO;
    }
    tally_buf b = {0};
    char chunk[8192];
    size_t n;
    int rc = EXIT_OK;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        if (buf_append(&b, chunk, n) < 0) {
            cli_error("derive", "out of memory");
            rc = EXIT_INTERNAL;
            break;
        }
    if (!rc && ferror(fp)) {
        cli_error("derive", "cannot read '%s': %s", path, strerror(errno));
        rc = EXIT_IO;
    }
    if (fp != stdin)
        fclose(fp);
    *len = b.len;
    *out = rc ? NULL : buf_detach(&b);
    buf_free(&b);
    if (!rc && !*out) {
        cli_error("derive", "out of memory");
        rc = EXIT_INTERNAL;
    }
    return rc;
}

/* "10%" -> 0.10, "0.1" -> 0.1; -1 when bad. */
static double parse_tolerance(const char *s)
{
    char *e;
    errno = 0;
    double v = strtod(s, &e);
    if (e == s || errno || !(v >= 0))
        return -1;
    if (*e == '%' && e[1] == '\0')
        return v / 100;
    return *e == '\0' && v <= 1 ? v : -1;
}

/* A non-negative integer option; -1 when bad. */
static long long parse_count(const char *s, long long max)
{
    char *e;
    errno = 0;
    if (!*s || *s == '-')
        return -1;
    unsigned long long v = strtoull(s, &e, 10);
    return *e || errno || v > (unsigned long long)max ? -1 : (long long)v;
}

/* Run every source in order on d. */
static int run_rules(tally_deriver *d, const source *src, int nsrc)
{
    tally_error err = {0};
    int ne = 0;
    for (int i = 0; i < nsrc; i++) {
        char *text = NULL;
        size_t len = 0;
        tally_status st;
        if (src[i].file) {
            int rc = read_all(src[i].arg, &text, &len);
            if (rc)
                return rc;
            st = tally_deriver_add_rules(d, text, len, src[i].arg, 1, &err);
            free(text);
        } else {
            ne++;
            st = tally_deriver_add_rules(d, src[i].arg, strlen(src[i].arg), "-e", ne, &err);
        }
        if (st)
            return cli_fail("derive", &err);
    }
    return EXIT_OK;
}

/* Notes (assumptions about open bounds) on stderr. */
static void print_notes(const tally_deriver *d)
{
    for (size_t i = 0; i < tally_deriver_count(d); i++) {
        const tally_derived *r = tally_deriver_result(d, i);
        if (r->note[0])
            cli_error("derive", "note: %s: %s", r->name, r->note);
    }
}

int cmd_derive(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"rules", required_argument, NULL, 'r'},   {"expr", required_argument, NULL, 'e'},
        {"output", required_argument, NULL, 'o'},  {"approx", required_argument, NULL, 'a'},
        {"open", required_argument, NULL, 'O'},    {"seed", required_argument, NULL, 's'},
        {"samples", required_argument, NULL, 'n'}, {"no-header", no_argument, NULL, 'H'},
        {"auto", no_argument, NULL, 'A'},          {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    tally_derive_opts o = tally_derive_defaults();
    const char *output = NULL;
    int header = 1, nsrc = 0, rules_stdin = 0, c;
    long long n;
    source *src = calloc((size_t)argc + 1, sizeof *src);
    if (!src) {
        cli_error("derive", "out of memory");
        return EXIT_INTERNAL;
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:e:o:h", longopts, NULL)) != -1) {
        int bad = 0;
        switch (c) {
        case 'r':
            src[nsrc].file = 1;
            src[nsrc++].arg = optarg;
            rules_stdin |= strcmp(optarg, "-") == 0;
            break;
        case 'e': src[nsrc++].arg = optarg; break;
        case 'o': output = optarg; break;
        case 'a':
            if ((o.approx = parse_tolerance(optarg)) < 0)
                bad = cli_usage_error("derive", "bad --approx '%s': write 10%% or 0.1", optarg);
            break;
        case 'O':
            if (strcmp(optarg, "widen") && strcmp(optarg, "error"))
                bad = cli_usage_error("derive", "bad --open '%s': widen or error", optarg);
            o.open_error = strcmp(optarg, "error") == 0;
            break;
        case 's':
            if ((n = parse_count(optarg, LONG_MAX)) < 0)
                bad = cli_usage_error("derive", "bad --seed '%s': a whole number", optarg);
            o.seed = (unsigned long)n;
            break;
        case 'n':
            if ((n = parse_count(optarg, 10000000)) < 0)
                bad = cli_usage_error("derive", "bad --samples '%s': 0 to 10000000", optarg);
            o.samples = (size_t)n;
            break;
        case 'H': header = 0; break;
        case 'A':
            bad = cli_usage_error("derive", "--auto is not available yet: it needs the "
                                  "relations found by 'tally verify'; write the rules with -e or -r");
            break;
        case 'h':
            free(src);
            fputs(usage_text, stdout);
            return EXIT_OK;
        default: bad = cli_usage_error("derive", "bad option"); break;
        }
        if (bad) {
            free(src);
            return bad;
        }
    }
    char *stdin_only[] = {"-"};
    char **files = optind < argc ? argv + optind : stdin_only;
    int nfiles = optind < argc ? argc - optind : 1;
    int rc = EXIT_OK;
    if (nsrc == 0)
        rc = cli_usage_error("derive", "no rules: give -r FILE or -e 'name = expression'");
    for (int i = 0; !rc && i < nfiles; i++)
        if (rules_stdin && strcmp(files[i], "-") == 0)
            rc = cli_usage_error("derive", "the rules and the facts cannot both come from "
                                 "standard input");
    if (rc) {
        free(src);
        return rc;
    }
    tally_error err = {0};
    tally_deriver *d = NULL;
    if (tally_deriver_new(&o, &d, &err)) {
        free(src);
        return cli_fail("derive", &err);
    }
    for (int i = 0; !rc && i < nfiles; i++) {
        tally_table t;
        if (tally_table_read_file(files[i], ',', &t, &err)) {
            rc = cli_fail("derive", &err);
            break;
        }
        tally_status st = tally_deriver_add_facts(d, &t, &err);
        tally_table_free(&t);
        if (st)
            rc = cli_fail("derive", &err);
    }
    if (!rc)
        rc = run_rules(d, src, nsrc);
    free(src);
    if (!rc) {
        print_notes(d);
        cli_out out;
        if (!(rc = cli_out_open(&out, output, "derive"))) {
            int ok = tally_deriver_write(d, out.fp, header, &err) == TALLY_OK;
            rc = cli_out_close(&out, ok, "derive");
            if (!ok && !rc)
                rc = cli_fail("derive", &err);
        }
    }
    tally_deriver_free(d);
    return rc;
}
