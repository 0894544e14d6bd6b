/* commands.h - one entry point per subcommand, each in its own cmd_VERB.c. */
#ifndef TALLY_COMMANDS_H
#define TALLY_COMMANDS_H

int cmd_derive(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_plot(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_verify(int argc, char **argv);

#endif
