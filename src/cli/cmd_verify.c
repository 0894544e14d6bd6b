/* cmd_verify.c - PLACEHOLDER: 'tally verify' is not written yet. */
#include "cli.h"
#include "commands.h"

int cmd_verify(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_error("verify", "not implemented yet");
    return EXIT_USAGE;
}
