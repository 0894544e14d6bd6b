/* cmd_stats.c - PLACEHOLDER: 'tally stats' is not written yet. */
#include "cli.h"
#include "commands.h"

int cmd_stats(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_error("stats", "not implemented yet");
    return EXIT_USAGE;
}
