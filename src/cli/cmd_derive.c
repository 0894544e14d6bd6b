/* cmd_derive.c - PLACEHOLDER: 'tally derive' is not written yet. */
#include "cli.h"
#include "commands.h"

int cmd_derive(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_error("derive", "not implemented yet");
    return EXIT_USAGE;
}
