/*
 * main.c - the tally command: a table of subcommands in the manner of git,
 * looked up by name.  Each subcommand lives in its own cmd_VERB.c and parses
 * its own options.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

struct command {
    const char *name;   /* the verb */
    cli_fn fn;          /* its entry point: argv[0] is the verb */
    const char *help;   /* one line for 'tally --help' */
};

/* Kept sorted by name. */
static const struct command commands[] = {
    {"derive", cmd_derive, "compute ratios and rules over figures, with intervals and Monte Carlo"},
    {"extract", cmd_extract, "pull every figure out of texts into a facts CSV"},
    {"plot", cmd_plot, "chart figures over time through gnuplot"},
    {"report", cmd_report, "batch-run over documents into a folder with CSVs, charts and HTML"},
    {"stats", cmd_stats, "grouped summaries of a facts CSV"},
    {"verify", cmd_verify, "find the arithmetic a text asserts and check it"},
};

static void usage(FILE *fp)
{
    fputs("usage: tally [--version] [--help] <command> [<args>]\n\n"
          "Turns prose full of figures into checked, charted numbers.\n\n"
          "Commands:\n", fp);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(fp, "  %-9s %s\n", commands[i].name, commands[i].help);
    fputs("\nSee 'tally <command> --help' for the options of one command.\n" CLI_EXIT_CODES, fp);
}

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);   /* a closed pipe is seen as EPIPE and ends quietly */
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *verb = argv[1];
    if (cli_is_help(verb) || strcmp(verb, "help") == 0) {
        if (argc > 2 && strcmp(verb, "help") == 0) {
            char *hargv[] = {argv[2], "--help", NULL};
            for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
                if (strcmp(commands[i].name, argv[2]) == 0)
                    return commands[i].fn(2, hargv);
        }
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(verb, "--version") == 0 || strcmp(verb, "version") == 0) {
        printf("tally %s\n", tally_version());
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, verb) == 0)
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "tally: '%s' is not a tally command. See 'tally --help'.\n", verb);
    return EXIT_USAGE;
}
