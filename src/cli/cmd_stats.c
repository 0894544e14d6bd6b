/*
 * cmd_stats.c - 'tally stats': grouped summaries of a facts CSV.  Options
 * and files only; the work is in stats.c.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "tally/stats.h"

static const char usage_text[] =
    "usage: tally stats [OPTIONS] [FACTS.csv]\n"
    "\n"
    "Summarise the figures of a facts CSV (or any CSV with a value column) per\n"
    "group: count, missing, sum, min, max, mean, median, sd, p25, p75 (GSL), and\n"
    "midpoints.  A range counts by its midpoint (the value column, or the middle\n"
    "of low and high when value is empty); the midpoints column says how many\n"
    "of a group's values are midpoints, and a note on standard error says so.\n"
    "A group without values has empty cells; one value has an empty sd.  No FILE,\n"
    "or '-', reads standard input.\n"
    "\n"
    "Options:\n"
    "      --by COLS           group by these columns (comma-separated, any column;\n"
    "                          'year' = first four digits of 'date'); default:\n"
    "                          one group of every row\n"
    "      --where COL=VALUE   keep rows whose COL is VALUE (COL!=VALUE: is not);\n"
    "                          repeatable, all must hold\n"
    "      --format FORMAT     csv (default) or table (aligned, 2 decimals, '-' empty)\n"
    "  -o, --output FILE       write to FILE (written whole or not at all)\n"
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  tally stats --by unit,actor facts.csv\n"
    "  tally stats --by year --where unit=aircraft --format table facts.csv\n"
    "\n" CLI_EXIT_CODES;

int cmd_stats(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"by", required_argument, NULL, 'b'},     {"where", required_argument, NULL, 'w'},
        {"format", required_argument, NULL, 'f'}, {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    const char *output = NULL, *by = NULL;
    const char **where = calloc((size_t)argc + 1, sizeof *where);
    int table = 0, c;
    size_t nwhere = 0;
    if (!where) {
        cli_error("stats", "out of memory");
        return EXIT_INTERNAL;
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        int bad = 0;
        switch (c) {
        case 'b': by = optarg; break;
        case 'w': where[nwhere++] = optarg; break;
        case 'o': output = optarg; break;
        case 'f':
            if (strcmp(optarg, "csv") && strcmp(optarg, "table"))
                bad = cli_usage_error("stats", "bad --format '%s': csv or table", optarg);
            table = strcmp(optarg, "table") == 0;
            break;
        case 'h':
            free(where);
            fputs(usage_text, stdout);
            return EXIT_OK;
        default: bad = cli_usage_error("stats", "bad option"); break;
        }
        if (bad) {
            free(where);
            return bad;
        }
    }
    if (argc - optind > 1) {
        free(where);
        return cli_usage_error("stats", "one facts file at a time");
    }
    const char *file = optind < argc ? argv[optind] : "-";
    tally_error err = {0};
    tally_table t;
    tally_stats s;
    tally_stats_opts o = {by, where, nwhere};
    if (tally_table_read_file(file, ',', &t, &err)) {
        free(where);
        return cli_fail("stats", &err);
    }
    tally_status st = tally_stats_compute(&t, &o, &s, &err);
    tally_table_free(&t);
    free(where);
    if (st)
        return cli_fail("stats", &err);
    if (s.midpoints)
        cli_error("stats", "note: %zu value%s %s the midpoint of a range", s.midpoints,
                  s.midpoints == 1 ? "" : "s", s.midpoints == 1 ? "is" : "are");
    cli_out out;
    int rc = cli_out_open(&out, output, "stats");
    if (!rc) {
        st = table ? tally_stats_write_table(&s, out.fp, &err)
                   : tally_stats_write_csv(&s, out.fp, &err);
        rc = cli_out_close(&out, st == TALLY_OK, "stats");
        if (st && !rc)
            rc = cli_fail("stats", &err);
    }
    tally_stats_free(&s);
    return rc;
}
