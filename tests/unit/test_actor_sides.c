/*
 * test_actor_sides.c - the owner of a figure when a document names its side
 * only in its first sentence ("In 1951 the government of Dorvia ..."), when
 * a country's name has no country's ending and is known by the noun after a
 * modifier ("the Velmark defence ministry", "the Velmark naval attache") or
 * by a title-case institution ("the Osterholm Export Bank"), and when a side
 * is asked for something ("asked the bank for $40 million", "asked the
 * Northern Relief Board for 2,000 tons"): the side asked owns what was
 * asked and what it gave or promised in reply.
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
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(first_sentence_names_the_side),
        cmocka_unit_test(names_known_by_their_nouns),
        cmocka_unit_test(the_side_asked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
