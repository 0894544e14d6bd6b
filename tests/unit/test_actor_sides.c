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

#include "actor_fixture.h"

static void first_sentence_names_the_side(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* no side in the title: the first sentence's subject is the topic, so
       one figure of a helper does not make the helper the main actor */
    const char *t = "Leaving the Marches, 1947\n\n"
                    "In March 1947 the government of Dorvia moved its border villages. "
                    "The Pelland government promised 8 lorries.\n\n"
                    "The roads were poor. The convoys carried 9,000 people in all.";
    doc_owner(t, "", "8 lorries", &c);
    assert_string_equal(c.code, "Pelland");
    doc_owner(t, "", "9,000", &c);
    assert_string_equal(c.code, "Dorvia");
    assert_string_equal(c.rule, "topic");
    /* a subject in a leading clause is no topic */
    t = "Leaving the Marches, 1947\n\n"
        "When Brenish forces crossed the river, the town held 4,000 people. "
        "The Pelland government promised 8 lorries.\n\n"
        "The convoys carried 9,000 people in all.";
    doc_owner(t, "", "9,000", &c);
    assert_string_not_equal(c.code, "Brenland");
    assert_string_not_equal(c.rule, "topic");
    /* nor an adjective before a unit: a garrison may be whom the story helps */
    t = "Bridges in Winter, 1944\n\n"
        "The Dorvian garrison of the town numbered 5,000 men. "
        "The Pelland engineers built 12 bridges.\n\n"
        "The engineers later built 7 ferries.";
    doc_owner(t, "", "7 ferries", &c);
    assert_string_not_equal(c.rule, "topic");
}

static void names_known_by_their_nouns(void **state)
{
    (void)state;
    tally_actor_choice c;
    char got[128];
    /* a modifier between the name and the noun only a country has */
    const char *t = "Ships for the Coast, 1950\n\n"
                    "In 1950 the Velmark defence ministry undertook to deliver 40 boats.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Velmark");
    /* no modifier of that kind: a firm's product line is no country */
    codes_of("The Hollmark sales office sold 40 boats.", got, sizeof got);
    assert_string_equal(got, "");
    /* a bank named in title case after the country's name */
    t = "Money for Roads, 1950\n\n"
        "In 1950 the Osterholm Export Bank agreed to lend $30 million.";
    doc_owner(t, "", "$30 million", &c);
    assert_string_equal(c.code, "Osterholm");
}

static void the_side_asked(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "Money for Roads, 1950\n\n"
                    "In 1950 the Osterholm Export Bank agreed to lend $30 million.\n\n"
                    "In 1952 the Syldavian government asked the bank for another $40 million; "
                    "it received $15 million.";
    doc_owner(t, "", "$40 million", &c);
    assert_string_equal(c.code, "Osterholm");
    assert_string_equal(c.rule, "asked");
    doc_owner(t, "", "$15 million", &c);
    assert_string_equal(c.code, "Osterholm");
    /* an organisation no lexicon names, asked in title case */
    t = "Grain for the Camps, 1948\n\n"
        "In 1948 the government of Dorvia asked the Northern Relief Board for "
        "2,000 tons of grain.";
    doc_owner(t, "", "2,000", &c);
    assert_string_equal(c.code, "Northern Relief Board");
    /* the one asking keeps what it holds before the request */
    t = "Grain for the Camps, 1948\n\n"
        "The Dorvian camps held 3,000 people, and the government of Dorvia asked "
        "the Northern Relief Board for 2,000 tons.";
    doc_owner(t, "", "3,000", &c);
    assert_string_equal(c.code, "Dorvia");
    /* a request to one's own government is the asker's side, not the side
       of the sentence before; what the same sentence says came of it too */
    t = "Torland against Vimmer, 1941\n\n"
        "In 1941 the Torland bomber command attacked the oil plants of Vimmer.\n\n"
        "Fighter cover was Ostmark's to give. "
        "In May the Ostmark air staff promised 40 fighters. Air Marshal Brede asked "
        "the Air Ministry in June for 90 new crews; the schools sent him 60.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Ostmark");
    doc_owner(t, "", "90", &c);
    assert_string_equal(c.code, "Torland");
    assert_string_equal(c.rule, "asker");
    doc_owner(t, "", "60", &c);
    assert_string_equal(c.code, "Torland");
    /* a side named as the asker before the verb is the owner */
    t = "Torland against Vimmer, 1941\n\n"
        "In 1941 the Torland bomber command attacked the oil plants of Vimmer.\n\n"
        "In 1942 the Vimmerian commander asked the War Office for 30 guns.";
    doc_owner(t, "", "30", &c);
    assert_string_equal(c.code, "Vimmer");
    assert_string_equal(c.rule, "asker");
}

/* The sides a story's next sentences are about: not the side of a leading
 * clause when the main clause has a subject of its own, the victim (not
 * the attacker) of a verb of loss, not the sender of what arrived; a name
 * joined to a place ("at Rell and Ostby") is a place too; a kill claimed
 * by a subject naming no side is the other side's loss. */
static void sides_after_actions(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "Tonnage: The Dunmaria Convoys, 1941\n\n"
                    "When Korsavia closed the straits in 1941, the island republic had "
                    "little grain. Its fleet numbered 212 ships. Korsavian submarines sank "
                    "40 Dunmarian ships in May. The worst week came in June, when 11 ships "
                    "went down. The yards at Rell and Ostby could not keep pace: they "
                    "launched 14 ships in 1941.\n\n"
                    "The Halvarian destroyers arrived in May, raising the escort force to "
                    "32 ships. In June the board sailed 24 convoys.\n\n"
                    "The escorts claimed 19 submarines over the summer, 12 of them at night.";
    doc_owner(t, "", "212", &c);
    assert_string_equal(c.code, "Dunmaria");   /* the republic's, not Korsavia's */
    doc_owner(t, "", "11 ships", &c);
    assert_string_equal(c.code, "Dunmaria");   /* the victim of "sank" */
    doc_owner(t, "", "14 ships", &c);
    assert_string_equal(c.code, "Dunmaria");   /* Ostby is a place, no side */
    doc_owner(t, "", "32 ships", &c);
    assert_string_equal(c.code, "Dunmaria");   /* the receiver of what arrived */
    doc_owner(t, "", "24 convoys", &c);
    assert_string_equal(c.code, "Dunmaria");
    doc_owner(t, "", "19 submarines", &c);
    assert_string_equal(c.code, "Korsavia");   /* claimed: the other side's loss */
    doc_owner(t, "", "12 of them", &c);
    assert_string_equal(c.code, "Korsavia");
    /* a leading clause's side stays in force when the main clause has none */
    t = "Tonnage: The Dunmaria Convoys, 1941\n\n"
        "When Korsavia closed the straits in 1941, it had 30 submarines. It lost 4 boats.";
    doc_owner(t, "", "4 boats", &c);
    assert_string_equal(c.code, "Korsavia");
    /* "claimed that" is a claim of fact, not of a kill */
    t = "Tonnage: The Dunmaria Convoys, 1941\n\n"
        "Korsavian submarines sank 40 Dunmarian ships in May.\n\n"
        "The ministry claimed that 300 sailors had reached port.";
    doc_owner(t, "", "300", &c);
    assert_string_equal(c.code, "Dunmaria");
}

/* A supplier first named after "by" and described by a relative clause
 * ("filled by Holmgard, which promised ...") owns what the clause counts,
 * but is not the subject in force of the next sentence; a place described
 * the same way without "by" ("a port, Brask, which lost ...") stays a place.
 * Holmgard has no country's ending, so only the clause makes it a side. */
static void supplier_after_by(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "Guns for the Frontier, 1950\n\n"
                    "Dorvia built 300 guns in 1950. The gap was filled in part by "
                    "Holmgard, which promised 120 guns and delivered 70 of them. "
                    "The gunners trained for 6 weeks.";
    doc_owner(t, "", "300", &c);
    assert_string_equal(c.code, "Dorvia");
    doc_owner(t, "", "120", &c);
    assert_string_equal(c.code, "Holmgard");
    assert_string_equal(c.rule, "relative clause");
    doc_owner(t, "", "70 of them", &c);
    assert_string_equal(c.code, "Holmgard");
    doc_owner(t, "", "6 weeks", &c);
    assert_string_equal(c.code, "Dorvia");   /* the supplier is no subject in force */
    t = "Guns for the Frontier, 1950\n\n"
        "Dorvia built 300 guns in 1950. Half of the crews came from a port, Brask, "
        "which lost 40 of its men.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Dorvia");   /* Brask is a town, no side */
}

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
