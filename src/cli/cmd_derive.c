/*
 * cmd_derive.c - 'tally derive': rules over a facts CSV in, derived figures
 * with bounds and a Monte Carlo estimate out; with --auto, documents in and
 * the ratios their own sentences imply out.  Options and files only; the
 * work is in derive.c and autorules.c.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "tally/autorules.h"
#include "tally/derive.h"
#include "tally/relate.h"

static const char usage_text[] =
    "usage: tally derive [OPTIONS] (-r RULES | -e RULE)... [FACTS.csv...]\n"
    "       tally derive --auto [OPTIONS] [-r RULES | -e RULE]... [DOC...]\n"
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
    "      --auto           read documents (as 'tally extract' does; ids are the\n"
    "                       same) and derive the ratios their sentences imply\n"
    "                       (see below); -r/-e rules run after them and may use\n"
    "                       their figures (#12) and names\n"
    "      --name NAME      --auto: the document name for standard input\n"
    "      --lexicon FILE   --auto: add a lexicon CSV of your own (repeatable)\n"
    "      --lexicon-dir DIR  --auto: use DIR instead of datasets/lexicon\n"
    "      --lenient        --auto: replace invalid UTF-8 and NUL bytes\n"
    "      --raw            --auto: keep Markdown backslash escapes as they are\n"
    "  -h, --help           show this help\n"
    "\n"
    "Output columns: name,expression,value,low,high,mean,sd,p05,p95,unit,inputs\n"
    "(inputs = the figures used, space-separated).\n"
    "\n"
    "--auto makes one rule per relation 'tally verify' finds: formations with\n"
    "their aircraft (\"four air regiments (120 aircraft)\" gives 120 / 4 = 30\n"
    "aircraft/regiment), a product over its count (96,000 person-days for four\n"
    "airfields: 24,000 person-days/airfield), a part over its stated whole (in\n"
    "percent), a stated change (pct_change); and one outturn per figure stated\n"
    "as actual over the nearest earlier figure promised or planned of the same\n"
    "unit and actor (at most a paragraph back, not dated before it, counted\n"
    "nouns compatible): \"promised 500 trucks ... delivered 350 trucks\" gives\n"
    "350 / 500 = 0.7.  A rule is named after its figures' words and the stated\n"
    "figure's id (four_air_regiments_120_aircraft_f2); with several documents\n"
    "figures are written doc:#12.  A ratio derive refuses (a divisor that may\n"
    "be 0) is left out with a note on standard error.\n"
    "\n"
    "Examples:\n"
    "  tally derive -e 'per_reg = #12 / #11' facts.csv\n"
    "  tally derive -r datasets/rules/seed.rules datasets/reference/seed_figures.csv\n"
    "  tally derive --auto article.txt\n"
    "  tally derive --auto -e 'share = #7 / #6' article.txt\n"
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

/* What --auto reads documents with. */
typedef struct auto_opts {
    tally_read_opts ro;
    const char *name;           /* --name: the doc name for standard input */
    tally_lexicon *lex;
    int qualify;                /* 1: several documents, figures as doc:#12 */
} auto_opts;

/* Add each rule of rules[from..) to d; a rule derive refuses is a note. */
static int add_auto_rules(tally_deriver *d, const tally_autorules *rules, size_t from)
{
    for (size_t i = from; i < rules->n; i++) {
        char *line = tally_autorule_line(&rules->v[i]);
        tally_error e = {0};
        if (!line) {
            cli_error("derive", "out of memory");
            return EXIT_INTERNAL;
        }
        tally_status st = tally_deriver_add_rules(d, line, strlen(line), "--auto", 1, &e);
        free(line);
        if (st == TALLY_ENOMEM)
            return cli_fail("derive", &e);
        if (st)
            cli_error("derive", "note: ratio '%s' left out: %s", rules->v[i].name, e.msg);
    }
    return EXIT_OK;
}

/* --auto for one document: its facts into d, and the rules its relations
 * and outturns imply (appended to rules, then run). */
static int auto_doc(const char *path, const auto_opts *o, tally_deriver *d,
                    tally_autorules *rules)
{
    tally_error err = {0};
    tally_doc doc;
    tally_facts facts;
    tally_segments seg;
    tally_relations rels;
    tally_table t;
    memset(&rels, 0, sizeof rels);
    if (tally_doc_read(path, &o->ro, &doc, &err))
        return cli_fail("derive", &err);
    if (doc.replaced)
        cli_error("derive", "'%s': replaced %d invalid bytes", path, doc.replaced);
    tally_extract_opts eo = {strcmp(path, "-") == 0 && o->name ? o->name : NULL, 0};
    if (tally_extract(&doc, o->lex, &eo, &facts, &seg, &err)) {
        tally_doc_free(&doc);
        return cli_fail("derive", &err);
    }
    size_t from = rules->n;
    tally_status st = tally_relate(doc.text, &seg, &facts, o->lex, &rels, &err);
    if (!st && !(st = tally_autorules_facts_table(&facts, &t, &err))) {
        st = tally_deriver_add_facts(d, &t, &err);
        tally_table_free(&t);
    }
    tally_autorule_opts ao = tally_autorule_defaults();
    ao.doc = o->qualify ? facts.doc : NULL;
    if (!st)
        st = tally_autorules_build(doc.text, &facts, &rels, o->lex, &ao, rules, &err);
    tally_relations_free(&rels);
    tally_segments_free(&seg);
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    return st ? cli_fail("derive", &err) : add_auto_rules(d, rules, from);
}

/* --auto: every document in order. */
static int run_auto(tally_deriver *d, char **files, int nfiles, auto_opts *o, const char *lexdir,
                    char **extra, int nextra)
{
    tally_error err = {0};
    if (cli_lexicon(lexdir, extra, nextra, &o->lex, &err))
        return cli_fail("derive", &err);
    o->qualify = nfiles > 1;
    tally_autorules rules;
    memset(&rules, 0, sizeof rules);
    int rc = EXIT_OK;
    for (int i = 0; !rc && i < nfiles; i++)
        rc = auto_doc(files[i], o, d, &rules);
    tally_autorules_free(&rules);
    tally_lexicon_free(o->lex);
    o->lex = NULL;
    return rc;
}

int cmd_derive(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"rules", required_argument, NULL, 'r'},   {"expr", required_argument, NULL, 'e'},
        {"output", required_argument, NULL, 'o'},  {"approx", required_argument, NULL, 'a'},
        {"open", required_argument, NULL, 'O'},    {"seed", required_argument, NULL, 's'},
        {"samples", required_argument, NULL, 'n'}, {"no-header", no_argument, NULL, 'H'},
        {"auto", no_argument, NULL, 'A'},          {"help", no_argument, NULL, 'h'},
        {"name", required_argument, NULL, 'N'},    {"lexicon", required_argument, NULL, 'l'},
        {"lexicon-dir", required_argument, NULL, 'L'}, {"lenient", no_argument, NULL, 'x'},
        {"raw", no_argument, NULL, 'w'},           {NULL, 0, NULL, 0}};
    tally_derive_opts o = tally_derive_defaults();
    const char *output = NULL, *lexdir = NULL, *doc_only = NULL;
    int header = 1, nsrc = 0, rules_stdin = 0, c, autorules = 0, nextra = 0;
    long long n;
    auto_opts ao = {tally_read_defaults(), NULL, NULL, 0};
    source *src = calloc((size_t)argc + 1, sizeof *src);
    char **extra = calloc((size_t)argc + 1, sizeof *extra);
    if (!src || !extra) {
        free(src);
        free(extra);
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
        case 'A': autorules = 1; break;
        case 'N': ao.name = optarg; doc_only = "--name"; break;
        case 'l': extra[nextra++] = optarg; doc_only = "--lexicon"; break;
        case 'L': lexdir = optarg; doc_only = "--lexicon-dir"; break;
        case 'x': ao.ro.lenient = 1; doc_only = "--lenient"; break;
        case 'w': ao.ro.raw = 1; doc_only = "--raw"; break;
        case 'h':
            free(src);
            free(extra);
            fputs(usage_text, stdout);
            return EXIT_OK;
        default: bad = cli_usage_error("derive", "bad option"); break;
        }
        if (bad) {
            free(src);
            free(extra);
            return bad;
        }
    }
    char *stdin_only[] = {"-"};
    char **files = optind < argc ? argv + optind : stdin_only;
    int nfiles = optind < argc ? argc - optind : 1;
    int rc = EXIT_OK;
    if (nsrc == 0 && !autorules)
        rc = cli_usage_error("derive", "no rules: give -r FILE or -e 'name = expression', "
                             "or --auto");
    if (!rc && doc_only && !autorules)
        rc = cli_usage_error("derive", "%s reads documents: it needs --auto", doc_only);
    for (int i = 0; !rc && i < nfiles; i++)
        if (rules_stdin && strcmp(files[i], "-") == 0)
            rc = cli_usage_error("derive", "the rules and the %s cannot both come from "
                                 "standard input", autorules ? "documents" : "facts");
    if (rc) {
        free(src);
        free(extra);
        return rc;
    }
    tally_error err = {0};
    tally_deriver *d = NULL;
    if (tally_deriver_new(&o, &d, &err)) {
        free(src);
        free(extra);
        return cli_fail("derive", &err);
    }
    if (autorules)
        rc = run_auto(d, files, nfiles, &ao, lexdir, extra, nextra);
    free(extra);
    for (int i = 0; !rc && !autorules && i < nfiles; i++) {
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
