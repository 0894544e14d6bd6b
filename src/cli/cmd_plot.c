/* cmd_plot.c - PLACEHOLDER: 'tally plot' is not written yet. */
#include "cli.h"
#include "commands.h"

int cmd_plot(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_error("plot", "not implemented yet");
    return EXIT_USAGE;
}
