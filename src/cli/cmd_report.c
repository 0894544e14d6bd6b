/* cmd_report.c - PLACEHOLDER: 'tally report' is not written yet. */
#include "cli.h"
#include "commands.h"

int cmd_report(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_error("report", "not implemented yet");
    return EXIT_USAGE;
}
