/*
 * test_actor_byline.c - the owner of a figure where the front matter and
 * the first sentence hold words of a country's shape that name no side: an
 * author's byline ("Sofia Vantrell", a given name in -ia before a surname
 * the document never writes alone), a town in -an named after "at" ("the
 * mill at Korlan" ... "Korlan mill": no adjective to strip), and a story
 * whose only side is named as whom a road served ("the road open to the
 * Tessarian army"), which is the document's own side.  Sentences are
 * written for these tests.
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

static const char byline[] =
    "Salt for the Garrison in Oravia, 1921-1925\n\n"
    "Sofia Vantrell\n\n"
    "Sofia Vantrell is a lecturer at the College of Mining in Dresk.\n\n"
    "In 1921 the garrison ate 3,000 tons of salt. The mines sent 2,400 tons.";

static const char stands_alone[] =
    "Valdonia Rearms, 1935-1939\n\n"
    "In 1935 Valdonia spent 40 million crowns on its army. The army had 9 divisions.";

/* A byline's given name before a surname is a person, not the document's
 * side; a country written alone in the body still names it in the title. */
static const owner_case byline_rows[] = {
    {byline, "", "3,000", "Oravia", "topic", "a byline is no side: the title's country is"},
    {byline, "", "2,400", "!Sofia", "", "nor the next sentence's"},
    {stands_alone, "", "9", "Valdonia", "", "a country written alone is no given name"},
};
ACTOR_TEST(a_byline_names_no_side, ROWS(byline_rows), NO_CODES)

static const char mill[] =
    "Flour in Oravia, 1930\n\n"
    "In 1930 the state mill at Korlan and two private mills ground 8,000 tons of flour. "
    "The Korlan mill ground 5,000 tons of it.";

static const char coast[] =
    "Escorts, 1941\n\n"
    "In 1941 the convoys sailed off the Ostrevan coast. Ostreva had built 30 destroyers "
    "by then. That year the Ostrevan navy had 14 cruisers.";

/* A word in -an found after "at" names a town; one whose country the
 * document writes ("Ostreva") stays an adjective after "off the". */
static const owner_case town_rows[] = {
    {mill, "", "5,000", "Oravia", "", "the mill at Korlan: a town, not the country \"Korla\""},
    {coast, "", "14", "Ostreva", "", "\"off the Ostrevan coast\" with \"Ostreva\" written"},
};
ACTOR_TEST(a_town_in_an_after_at, ROWS(town_rows), NO_CODES)

static const char lake_road[] =
    "The Road over the Lake, 1943\n\n"
    "By December 1943 the enemy had cut every railway into Holmgard, and the only road "
    "left open to the Tessarian army crossed the frozen lake. The city held 90,000 people. "
    "The road carried 400 tons a day.";

static const char two_armies[] =
    "The Road over the Lake, 1943\n\n"
    "By December 1943 the Brennish army had cut every railway into Holmgard, and the only "
    "road left open to the Tessarian army crossed the frozen lake. The city held 90,000 "
    "people.";

/* The one side named as whom the road served is the story's side; with a
 * second side's army named, neither is. */
static const owner_case served_rows[] = {
    {lake_road, "", "90,000", "Tessaria", "topic", "the side the road was open to"},
    {lake_road, "", "400", "Tessaria", "topic", "its story goes on"},
    {two_armies, "", "90,000", "!Tessaria", "", "two sides' armies: no topic from them"},
};
ACTOR_TEST(the_side_a_road_served, ROWS(served_rows), NO_CODES)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_byline_names_no_side),
        cmocka_unit_test(a_town_in_an_after_at),
        cmocka_unit_test(the_side_a_road_served),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
