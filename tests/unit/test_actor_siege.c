/*
 * test_actor_siege.c - the owner of a figure in a story of a siege told
 * from the defender's side when the title names no side: the besieger is
 * named first, in a leading clause, and the defender only after a
 * preposition with "and its N guns"; a condition naming the besieger ("if
 * the X fleet came, so that the stock would last ...") does not give it
 * the defender's stock; and a side written as an adjective takes the
 * country name the document writes ("Tarvanian", "Tarvany"), the name
 * derived from the adjective only when the document writes none.
 * Sentences are written for these tests.
 *
 * Each test is a table (actor_cases.h): one row a figure of a document,
 * the owner expected ("" none) and the rule expected ("" not checked).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "annot.h"
#include "tally/actor.h"

#include "actor_cases.h"

static const char siege[] =
    "Shells for the Harbour Forts, 1940\n\n"
    "When Tarvanian troops closed the road to Holm on 3 May 1940, the port's defence "
    "fell to the Osterian fortress command and its 24 guns. The guns had 900 shells "
    "between them. The colonel reckoned that they would fire 60 shells a day if the "
    "Tarvanian fleet came close, so that the stock would last some 15 days.";

/* "and its 24 guns" is the holder's named just before.  (That the defender
 * keeps the figures of the next sentences, and that the subject of a
 * condition closed before a figure does not own it, need the whole
 * document read in order: tests/cli/449-siege-defender.case.) */
static const owner_case siege_rows[] = {
    {siege, "", "24", "Osteria", "noun phrase", "\"and its\" refers to the command before it"},
};
ACTOR_TEST(the_defender_of_a_siege, ROWS(siege_rows), NO_CODES)

static const char named[] =
    "Tarvany went to war in 1939. By June the Tarvanian navy had 14 cruisers.";
static const char unnamed[] = "By June the Korvanian navy had 9 cruisers.";

/* The adjective's country is the name the document writes; else derived. */
static const owner_case name_rows[] = {
    {named, "", "14", "Tarvany", "", "the name the document writes for the adjective"},
    {unnamed, "", "9", "Korvania", "", "no name written: the name derived from the adjective"},
};
ACTOR_TEST(adjective_and_written_name, ROWS(name_rows), NO_CODES)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_defender_of_a_siege),
        cmocka_unit_test(adjective_and_written_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
