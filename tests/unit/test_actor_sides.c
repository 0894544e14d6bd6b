/*
 * test_actor_sides.c - the owner of a figure when a document names its side
 * only in its first sentence ("In 1951 the government of Dorvia ..."), when
 * a country's name has no country's ending and is known by the noun after a
 * modifier ("the Velmark defence ministry", "the Velmark naval attache") or
 * by a title-case institution ("the Osterholm Export Bank"), and when a side
 * is asked for something ("asked the bank for $40 million", "asked the
 * Northern Relief Board for 2,000 tons"): the side asked owns what was
 * asked and what it gave or promised in reply; a supplier named after "by"
 * with a relative clause ("by Holmgard, which promised 120 guns").
 * Sentences are written for these tests.
 *
 * Each test is a table (actor_cases.h): one row a figure of a document,
 * the owner expected ("" none, "!X" anything but X, NULL not checked) and
 * the rule expected ("" not checked, "!X" anything but X).
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

static const char marches[] =
    "Leaving the Marches, 1947\n\n"
    "In March 1947 the government of Dorvia moved its border villages. "
    "The Pelland government promised 8 lorries.\n\n"
    "The roads were poor. The convoys carried 9,000 people in all.";
static const char leading_clause[] =
    "Leaving the Marches, 1947\n\n"
    "When Brenish forces crossed the river, the town held 4,000 people. "
    "The Pelland government promised 8 lorries.\n\n"
    "The convoys carried 9,000 people in all.";
static const char bridges[] = "Bridges in Winter, 1944\n\n"
                              "The Dorvian garrison of the town numbered 5,000 men. "
                              "The Pelland engineers built 12 bridges.\n\n"
                              "The engineers later built 7 ferries.";

/* No side in the title: the first sentence's subject is the topic, so one
 * figure of a helper does not make the helper the main actor; a subject in
 * a leading clause or an adjective before a unit is no topic. */
static const owner_case first_sentence[] = {
    {marches, "", "8 lorries", "Pelland", "", "the helper's own figure"},
    {marches, "", "9,000", "Dorvia", "topic", "the first sentence's subject is the topic"},
    {leading_clause, "", "9,000", "!Brenland", "!topic",
     "a subject in a leading clause is no topic"},
    {bridges, "", "7 ferries", NULL, "!topic",
     "nor an adjective before a unit: a garrison may be whom the story helps"},
};
ACTOR_TEST(first_sentence_names_the_side, ROWS(first_sentence), NO_CODES)

/* A country's name with no country's ending is known by the noun after a
 * modifier or by a title-case institution after it. */
static const owner_case known_by_nouns[] = {
    {"Ships for the Coast, 1950\n\n"
     "In 1950 the Velmark defence ministry undertook to deliver 40 boats.",
     "", "40", "Velmark", "", "a modifier between the name and the noun only a country has"},
    {"Money for Roads, 1950\n\nIn 1950 the Osterholm Export Bank agreed to lend $30 million.", "",
     "$30 million", "Osterholm", "", "a bank named in title case after the country's name"},
};
static const codes_case known_by_nouns_codes[] = {
    {"The Hollmark sales office sold 40 boats.", "",
     "no modifier of that kind: a firm's product line is no country"},
};
ACTOR_TEST(names_known_by_their_nouns, ROWS(known_by_nouns), ROWS(known_by_nouns_codes))

static const char bank[] =
    "Money for Roads, 1950\n\n"
    "In 1950 the Osterholm Export Bank agreed to lend $30 million.\n\n"
    "In 1952 the Syldavian government asked the bank for another $40 million; "
    "it received $15 million.";
static const char own_government[] =
    "Torland against Vimmer, 1941\n\n"
    "In 1941 the Torland bomber command attacked the oil plants of Vimmer.\n\n"
    "Fighter cover was Ostmark's to give. "
    "In May the Ostmark air staff promised 40 fighters. Air Marshal Brede asked "
    "the Air Ministry in June for 90 new crews; the schools sent him 60.";

/* The side asked owns what was asked and what it gave or promised in
 * reply; the one asking keeps what it holds before the request, and a
 * request to one's own government is the asker's side. */
static const owner_case side_asked[] = {
    {bank, "", "$40 million", "Osterholm", "asked", "asked the bank for it"},
    {bank, "", "$15 million", "Osterholm", "", "what the bank gave in reply"},
    {"Grain for the Camps, 1948\n\n"
     "In 1948 the government of Dorvia asked the Northern Relief Board for 2,000 tons of grain.",
     "", "2,000", "Northern Relief Board", "",
     "an organisation no lexicon names, asked in title case"},
    {"Grain for the Camps, 1948\n\n"
     "Relief came from the Northern Relief Board, a charity of the churches. "
     "In 1948 the government of Dorvia asked the Board for 2,500 tons of grain.",
     "", "2,500", "Northern Relief Board", "asked",
     "a short name (\"the Board\") stands for the full name written before it"},
    {"Grain for the Camps, 1948\n\n"
     "The Dorvian camps held 3,000 people, and the government of Dorvia asked "
     "the Northern Relief Board for 2,000 tons.",
     "", "3,000", "Dorvia", "", "the one asking keeps what it holds before the request"},
    {own_government, "", "40", "Ostmark", "", "the side of the sentence before"},
    {own_government, "", "90", "Torland", "asker",
     "a request to one's own government: the asker's"},
    {own_government, "", "60", "Torland", "", "what the same sentence says came of it"},
    {"Torland against Vimmer, 1941\n\n"
     "In 1941 the Torland bomber command attacked the oil plants of Vimmer.\n\n"
     "In 1942 the Vimmerian commander asked the War Office for 30 guns.",
     "", "30", "Vimmer", "asker", "a side named as the asker before the verb is the owner"},
};
ACTOR_TEST(the_side_asked, ROWS(side_asked), NO_CODES)

static const char convoys[] =
    "Tonnage: The Dunmaria Convoys, 1941\n\n"
    "When Korsavia closed the straits in 1941, the island republic had "
    "little grain. Its fleet numbered 212 ships. Korsavian submarines sank "
    "40 Dunmarian ships in May. The worst week came in June, when 11 ships "
    "went down. The yards at Rell and Ostby could not keep pace: they "
    "launched 14 ships in 1941.\n\n"
    "The Halvarian destroyers arrived in May, raising the escort force to "
    "32 ships. In June the board sailed 24 convoys.\n\n"
    "The escorts claimed 19 submarines over the summer, 12 of them at night.";

/* The sides a story's next sentences are about: not the side of a leading
 * clause when the main clause has a subject of its own, the victim (not
 * the attacker) of a verb of loss, not the sender of what arrived; a name
 * joined to a place ("at Rell and Ostby") is a place too; a kill claimed
 * by a subject naming no side is the other side's loss. */
static const owner_case after_actions[] = {
    {convoys, "", "212", "Dunmaria", "", "the republic's, not Korsavia's"},
    {convoys, "", "11 ships", "Dunmaria", "", "the victim of \"sank\""},
    {convoys, "", "14 ships", "Dunmaria", "", "Ostby is a place, no side"},
    {convoys, "", "32 ships", "Dunmaria", "", "the receiver of what arrived"},
    {convoys, "", "24 convoys", "Dunmaria", "", "the board of the receiving side"},
    {convoys, "", "19 submarines", "Korsavia", "", "claimed: the other side's loss"},
    {convoys, "", "12 of them", "Korsavia", "", "part of the kills claimed"},
    {"Tonnage: The Dunmaria Convoys, 1941\n\n"
     "When Korsavia closed the straits in 1941, it had 30 submarines. It lost 4 boats.",
     "", "4 boats", "Korsavia", "",
     "a leading clause's side stays in force when the main clause has none"},
    {"Tonnage: The Dunmaria Convoys, 1941\n\n"
     "Korsavian submarines sank 40 Dunmarian ships in May.\n\n"
     "The ministry claimed that 300 sailors had reached port.",
     "", "300", "Dunmaria", "", "\"claimed that\" is a claim of fact, not of a kill"},
};
ACTOR_TEST(sides_after_actions, ROWS(after_actions), NO_CODES)

static const char holmgard[] = "Guns for the Frontier, 1950\n\n"
                               "Dorvia built 300 guns in 1950. The gap was filled in part by "
                               "Holmgard, which promised 120 guns and delivered 70 of them. "
                               "The gunners trained for 6 weeks.";

/* A supplier first named after "by" and described by a relative clause
 * ("filled by Holmgard, which promised ...") owns what the clause counts,
 * but is not the subject in force of the next sentence; a place described
 * the same way without "by" ("a port, Brask, which lost ...") stays a place.
 * Holmgard has no country's ending, so only the clause makes it a side. */
static const owner_case after_by[] = {
    {holmgard, "", "300", "Dorvia", "", "the subject's own figure"},
    {holmgard, "", "120", "Holmgard", "relative clause", "what the relative clause counts"},
    {holmgard, "", "70 of them", "Holmgard", "", "the same clause's delivery"},
    {holmgard, "", "6 weeks", "Dorvia", "", "the supplier is no subject in force"},
    {"Guns for the Frontier, 1950\n\n"
     "Dorvia built 300 guns in 1950. Half of the crews came from a port, Brask, "
     "which lost 40 of its men.",
     "", "40", "Dorvia", "", "Brask is a town, no side"},
};
ACTOR_TEST(supplier_after_by, ROWS(after_by), NO_CODES)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(first_sentence_names_the_side),
        cmocka_unit_test(names_known_by_their_nouns),
        cmocka_unit_test(the_side_asked),
        cmocka_unit_test(sides_after_actions),
        cmocka_unit_test(supplier_after_by),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
