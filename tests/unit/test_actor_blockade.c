/*
 * test_actor_blockade.c - the owner of a figure in documents of the kinds
 * of the seventeenth held-out set: a title naming who acted on whom ("The
 * Tarvish Siege of Olmaria") whose body opens with the second side as its
 * subject (that side's story) or with the first (the first's, as before);
 * the doer of a passive loss or stop ("turned back by Tarvish gunboats")
 * that owns neither the figures around it nor the next sentences'; "so
 * that" opening no relative clause; and a figure in a relative clause
 * that asks it of another side ("500 tons that the ministry requested
 * from its ally Y": Y's), the ally after a preposition being no owner of
 * the figures after it.
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

static const char besieged[] =
    "Cold Harbours: The Tarvish Siege of Olmaria, 1922\n\n"
    "Before the siege Olmaria bought most of its coal abroad. In 1921 some 60 colliers "
    "a month reached its ports. Between May and August 1922, 140 colliers sailed for "
    "Olmaria: 90 arrived, 30 were sunk and 20 were turned back by Tarvish gunboats, so "
    "that a third never arrived. The colliers that got through landed 310,000 tons.\n\n"
    "The winter was hard. Prices of bread rose by 40 per cent.";

/* The body opens with the besieged side as subject: its story. */
static const owner_case besieged_rows[] = {
    {besieged, "", "60", "Olmaria", "", "the body's first subject, named after \"of\""},
    {besieged, "", "90", "Olmaria", "", "the agent of \"turned back by\" owns no figure"},
    {besieged, "", "20", "Olmaria", "", "the ships stopped are the victim's"},
    {besieged, "", "a third", "Olmaria", "", "\"so that\" opens no relative clause"},
    {besieged, "", "310,000", "Olmaria", "", "the agent is not the side in force"},
    {besieged, "", "40 per cent", "Olmaria", "topic", "a new paragraph naming no side: the topic"},
};
ACTOR_TEST(siege_told_from_the_besieged_side, ROWS(besieged_rows), NO_CODES)

static const char besieger[] =
    "Chapter 2\n\n"
    "The Iron Ring: Olmaria's Siege of Tarvelia, 1923\n\n"
    "When the Olmarian cabinet resolved in 1923 to close the ports of Tarvelia, it had "
    "40 gunboats. The gunboats stopped 900 ships in the year.";

/* The body opens with the besieging side: the title's first side stays. */
static const owner_case besieger_rows[] = {
    {besieger, "", "40", "Olmaria", "", "the title's first side opens the body too"},
    {besieger, "", "900", "Olmaria", "", "its gunboats' work"},
};
ACTOR_TEST(siege_told_from_the_besieging_side, ROWS(besieger_rows), NO_CODES)

static const char asked[] =
    "Kelvania's Bread, 1930\n\n"
    "The Kelvanian food office reckoned that the country needed 90,000 tons a month: "
    "60,000 tons a month that the government requested from its ally Ostravia, and "
    "30,000 tons it hoped to buy from neutral traders.";

/* What is asked of another side is that side's; the ally named after
 * "from its ally" owns nothing after it. */
static const owner_case asked_rows[] = {
    {asked, "", "90,000", "Kelvania", "", "the office's own estimate"},
    {asked, "", "60,000", "Ostravia", "asked", "\"that the government requested from its ally\""},
    {asked, "", "30,000", "Kelvania", "", "\"from its ally Ostravia\" is after a preposition"},
};
ACTOR_TEST(asked_of_an_ally_in_a_relative_clause, ROWS(asked_rows), NO_CODES)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(siege_told_from_the_besieged_side),
        cmocka_unit_test(siege_told_from_the_besieging_side),
        cmocka_unit_test(asked_of_an_ally_in_a_relative_clause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
