/*
 * cmd_plot.c - 'tally plot': a facts CSV (or any CSV) in, a chart out,
 * drawn by gnuplot through a pipe.  Options are parsed here; choosing rows,
 * series and the script is plot.c's job, running gnuplot is gnuplot.c's.
 * Output files are written whole or not at all: gnuplot writes into a
 * temporary file beside the output, renamed once gnuplot succeeded.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "tally/tally.h"
#include "tally/gnuplot.h"
#include "tally/plot.h"

static const char usage_text[] =
    "usage: tally plot [OPTIONS] [FACTS.csv]\n"
    "\n"
    "Chart figures through gnuplot: by default the 'value' column against the\n"
    "'date' column (ISO 8601; an interval START/END is drawn as a span), with\n"
    "'low'..'high' as error bars, one series per --by group.  Planned, promised\n"
    "and requested series are dashed, actual ones solid.  No FILE, or '-', reads\n"
    "standard input.  Only the columns the chart uses need to be present.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE     draw into FILE; the format is its extension: .svg (with\n"
    "                        hover text for each point), .png, .pdf, .txt (characters)\n"
    "  -t, --terminal NAME   svg, png, pdf or dumb; without -o it draws on standard\n"
    "                        output ('--terminal dumb' draws in the terminal)\n"
    "      --script FILE     write the gnuplot script, data included; alone, only that\n"
    "  -p, --preset NAME     force-levels    aircraft by actor and modality over time\n"
    "                        plan-vs-actual  aircraft planned/promised/requested vs actual\n"
    "                        ratios          'derive' output: bars of value, low..high\n"
    "  -w, --where FILTER    keep rows where COL=VALUE, COL!=VALUE, COL=A|B; conditions\n"
    "                        joined by ',' must all hold (added to a preset's; one\n"
    "                        on the same column replaces the preset's)\n"
    "  -b, --by COLS         one series per value of these columns (actor,modality)\n"
    "      --x COL           x axis column (default date): dates, numbers, or text (bars)\n"
    "      --y COL           y axis column (default value)\n"
    "      --low COL, --high COL  bound columns (default low, high, when present)\n"
    "      --band            shade low..high as a band instead of error bars\n"
    "      --bars            draw bars whatever the x column holds\n"
    "      --no-lines        do not join the points of a series\n"
    "      --log             logarithmic y axis\n"
    "      --title TEXT, --xlabel TEXT, --ylabel TEXT\n"
    "      --size W,H        pixels (characters for dumb)\n"
    "      --lexicon-dir DIR where actor_names.csv is (legend names of actor codes)\n"
    "  -h, --help            show this help\n"
    "\n"
    "Rows without a date or a value are skipped and counted on standard error.\n"
    "gnuplot is $TALLY_GNUPLOT if set, else 'gnuplot' on PATH.\n"
    "\n"
    "Examples:\n"
    "  tally plot --preset force-levels -o force.svg facts.csv\n"
    "  tally plot --where 'category=aircraft,actor=CN|SU' --by actor --terminal dumb facts.csv\n"
    "  tally derive -r rules.txt facts.csv | tally plot --preset ratios -o ratios.png\n"
    "  tally plot --preset force-levels --script force.gp facts.csv; gnuplot force.gp > f.svg\n"
    "\n" CLI_EXIT_CODES;

typedef struct plot_args {
    tally_plot_opts o;
    const char *output, *terminal, *script, *lexdir, *input;
    const char *preset_where, *user_where;
    int have_term;
} plot_args;

/* Parse "W,H" into two positive ints. */
static int parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (*end != ',' || a <= 0 || a > 20000)
        return -1;
    long b = strtol(end + 1, &end, 10);
    if (*end || b <= 0 || b > 20000)
        return -1;
    *w = (int)a;
    *h = (int)b;
    return 0;
}

/* Options into a; returns -1 after printing help, else an exit code. */
static int parse_args(int argc, char **argv, plot_args *a)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"terminal", required_argument, NULL, 't'},
        {"script", required_argument, NULL, 'S'}, {"preset", required_argument, NULL, 'p'},
        {"where", required_argument, NULL, 'w'},  {"by", required_argument, NULL, 'b'},
        {"x", required_argument, NULL, 'X'},      {"y", required_argument, NULL, 'Y'},
        {"low", required_argument, NULL, 'L'},    {"high", required_argument, NULL, 'H'},
        {"band", no_argument, NULL, 'B'},         {"bars", no_argument, NULL, 'R'},
        {"no-lines", no_argument, NULL, 'N'},     {"log", no_argument, NULL, 'l'},
        {"title", required_argument, NULL, 'T'},  {"xlabel", required_argument, NULL, 'x'},
        {"ylabel", required_argument, NULL, 'y'}, {"size", required_argument, NULL, 's'},
        {"lexicon-dir", required_argument, NULL, 'D'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    tally_plot_opts u;   /* the user's own options, laid over the preset's */
    const char *preset = NULL;
    int c, size_w = 0, size_h = 0, band = 0, bars = 0, nolines = 0, logy = 0;
    tally_plot_opts_init(&u);
    memset(a, 0, sizeof *a);
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:t:p:w:b:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': a->output = optarg; break;
        case 't': a->terminal = optarg; break;
        case 'S': a->script = optarg; break;
        case 'p': preset = optarg; break;
        case 'w': a->user_where = optarg; break;
        case 'b': u.by = optarg; break;
        case 'X': u.x = optarg; break;
        case 'Y': u.y = optarg; break;
        case 'L': u.low = optarg; break;
        case 'H': u.high = optarg; break;
        case 'B': band = 1; break;
        case 'R': bars = 1; break;
        case 'N': nolines = 1; break;
        case 'l': logy = 1; break;
        case 'T': u.title = optarg; break;
        case 'x': u.xlabel = optarg; break;
        case 'y': u.ylabel = optarg; break;
        case 's':
            if (parse_size(optarg, &size_w, &size_h) < 0)
                return cli_usage_error("plot", "--size '%s': expected W,H such as 960,540", optarg);
            break;
        case 'D': a->lexdir = optarg; break;
        case 'h': fputs(usage_text, stdout); return -1;
        default: return cli_usage_error("plot", "bad option");
        }
    }
    if (optind + 1 < argc)
        return cli_usage_error("plot", "one input file at most, got %d", argc - optind);
    a->input = optind < argc ? argv[optind] : "-";
    tally_plot_opts_init(&a->o);
    tally_error err = {0};
    if (preset && tally_plot_preset(preset, &a->o, &err))
        return cli_usage_error("plot", "%s", err.msg);
    a->preset_where = a->o.where;
#define OVER(f) if (u.f) a->o.f = u.f
    OVER(by); OVER(x); OVER(y); OVER(low); OVER(high); OVER(title); OVER(xlabel); OVER(ylabel);
#undef OVER
    a->o.band |= band;
    a->o.bars |= bars;
    a->o.logy |= logy;
    if (nolines)
        a->o.lines = 0;
    a->o.width = size_w;
    a->o.height = size_h;
    if (a->terminal) {
        if (tally_plot_term_by_name(a->terminal, &a->o.term, &err))
            return cli_usage_error("plot", "%s", err.msg);
        a->have_term = 1;
    } else if (a->output && strcmp(a->output, "-") != 0) {
        if (tally_plot_term_for_path(a->output, &a->o.term, &err))
            return cli_usage_error("plot", "%s; name it with --terminal", err.msg);
        a->have_term = 1;
    }
    if (!a->have_term && !a->script)
        return cli_usage_error("plot", "nothing to draw into: give -o FILE, --terminal dumb "
                                       "or --script FILE");
    return EXIT_OK;
}

/* Length of the column name of the condition at c ("actor" of "actor!=CN"). */
static size_t cond_col_len(const char *c, size_t n)
{
    size_t k = 0;
    while (k < n && c[k] != '=' && c[k] != '!')
        k++;
    while (k && c[k - 1] == ' ')
        k--;
    return k;
}

/* Whether the filter w has a condition on the column col[0..n). */
static int names_col(const char *w, const char *col, size_t n)
{
    while (*w) {
        while (*w == ' ')
            w++;
        size_t len = strcspn(w, ",");
        if (cond_col_len(w, len) == n && strncmp(w, col, n) == 0)
            return 1;
        w += len;
        if (*w == ',')
            w++;
    }
    return 0;
}

/* The preset's filter and the user's, joined: a user's condition on a
 * column replaces the preset's on it.  *keep is freed by the caller. */
static const char *joined_where(const plot_args *a, char **keep)
{
    *keep = NULL;
    if (!a->preset_where || !a->user_where)
        return a->user_where ? a->user_where : a->preset_where ? a->preset_where : "";
    tally_buf b = {0};
    int rc = 0;
    for (const char *p = a->preset_where; *p;) {
        size_t len = strcspn(p, ",");
        if (!names_col(a->user_where, p, cond_col_len(p, len)))
            rc |= buf_append(&b, p, len) | buf_putc(&b, ',');
        p += len;
        if (*p == ',')
            p++;
    }
    rc |= buf_puts(&b, a->user_where);
    if (rc) {
        buf_free(&b);
        return NULL;
    }
    return *keep = buf_detach(&b);
}

/* Say on stderr which rows were skipped, never silently. */
static void report_skips(const tally_table *t, const tally_plot_opts *o,
                         const tally_plot_info *in)
{
    const char *x = o->x ? o->x : "date", *y = o->y ? o->y : "value";
    if (in->no_x)
        cli_error("plot", "skipped %zu rows without %s %s", in->no_x,
                  in->time_axis ? "a" : "an x value in", in->time_axis ? "date" : x);
    if (in->bad_x)
        cli_error("plot", "skipped %zu rows with an unreadable date in '%s'", in->bad_x, x);
    if (in->no_y)
        cli_error("plot", "skipped %zu rows without a value in '%s'", in->no_y, y);
    if (in->nonpos_y)
        cli_error("plot", "skipped %zu rows with a value not above 0 (--log)", in->nonpos_y);
    if (in->mixed_units)
        cli_error("plot", "warning: the figures drawn are in different units; "
                          "narrow them with --where unit=...");
    (void)t;
}

/* Relay gnuplot's warnings, one line each. */
static void relay(const char *msgs)
{
    const char *p = msgs;
    while (p && *p) {
        size_t n = strcspn(p, "\n");
        size_t k = n;
        while (k && (p[k - 1] == ' ' || p[k - 1] == '\r'))
            k--;
        const char *q = p;
        while (k && *q == ' ')
            q++, k--;
        if (k)
            fprintf(stderr, "tally: plot: gnuplot: %.*s\n", (int)k, q);
        p += n;
        if (*p)
            p++;
    }
}

/* Write the script to a.script, atomically. */
static int write_script(const char *path, const char *script)
{
    cli_out out;
    int rc = cli_out_open(&out, path, "plot");
    if (rc)
        return rc;
    int ok = fputs(script, out.fp) != EOF;
    return cli_out_close(&out, ok, "plot");
}

/* Run gnuplot into the output (a temporary file renamed on success). */
static int draw(const plot_args *a, const char *script)
{
    cli_out out = {0};
    int to_file = a->output && strcmp(a->output, "-") != 0;
    int rc = to_file ? cli_out_open(&out, a->output, "plot") : EXIT_OK;
    if (rc)
        return rc;
    if (to_file)
        fflush(out.fp);
    tally_error err = {0};
    char *msgs = NULL;
    tally_status st = tally_gnuplot_run(script, strlen(script), to_file ? fileno(out.fp) : -1,
                                        &msgs, &err);
    if (st == TALLY_OK)
        relay(msgs);
    free(msgs);
    if (st) {
        if (to_file)
            cli_out_close(&out, 0, "plot");
        return cli_fail("plot", &err);
    }
    return to_file ? cli_out_close(&out, 1, "plot") : EXIT_OK;
}

int cmd_plot(int argc, char **argv)
{
    plot_args a;
    int rc = parse_args(argc, argv, &a);
    if (rc < 0)
        return EXIT_OK;
    if (rc)
        return rc;
    tally_error err = {0};
    tally_lexicon *lex = NULL;
    if (cli_lexicon(a.lexdir, NULL, 0, &lex, &err))
        return cli_fail("plot", &err);
    tally_table t;
    if (tally_table_read_file(a.input, ',', &t, &err)) {
        tally_lexicon_free(lex);
        return cli_fail("plot", &err);
    }
    char *where_buf;
    a.o.where = joined_where(&a, &where_buf);
    a.o.lex = lex;
    char *script = NULL;
    tally_plot_info info;
    tally_status st = a.o.where ? tally_plot_script(&t, &a.o, &script, &info, &err)
                                : tally_fail(&err, TALLY_ENOMEM, "out of memory");
    if (!st)
        report_skips(&t, &a.o, &info);
    free(where_buf);
    tally_table_free(&t);
    tally_lexicon_free(lex);
    if (st)
        return cli_fail("plot", &err);
    rc = a.script ? write_script(a.script, script) : EXIT_OK;
    if (!rc && a.have_term)
        rc = draw(&a, script);
    free(script);
    return rc;
}
