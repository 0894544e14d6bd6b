/*
 * test_actor_memo.c - the owner of a figure in documents of the kinds of
 * the thirteenth held-out set: a ministry's memorandum whose only country
 * is the one after its office's name in the heading ("MINISTRY OF SUPPLY,
 * TOLVARK"), numbered paragraphs whose "The" is no country, a side's loss
 * broken down after it "lost" them ("Storms sank 12"), an army fought
 * against that does not take "the army" from the side the story follows, a
 * formation's name in a title ("the Mountain Army"), goods bought from
 * another country ("bought 5,000 tons of Kessish coal", "four destroyers
 * from the Kessish firm of ...", "ordered 60 trainers from"), a country's
 * name written as the stem of its adjective and a vowel ("Veskanian",
 * "Veskane"), and a subject noun no side introduced ("The garrison lost":
 * the topic's).
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

/* The country after an office's name in a heading is the topic, and a
 * numbered paragraph's "The" before "ministry" names no country. */
static void office_heading_names_the_side(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "MINISTRY OF SUPPLY, TOLVARK\n\n"
                    "(1) The merchant fleet numbered 140 ships in 1939. "
                    "(2) The ministry asked for 30 new ships.";
    doc_owner(t, "", "140", &c);
    assert_string_equal(c.code, "Tolvark");
    assert_string_equal(c.rule, "topic");
    doc_owner(t, "", "30", &c);
    assert_string_equal(c.code, "Tolvark");
    /* an office's field is still no country: nothing after a comma */
    t = "Ministry of Supply\n\nThe merchant fleet numbered 140 ships in 1939.";
    doc_owner(t, "", "140", &c);
    assert_string_equal(c.code, "");
}

/* After "the Tolvarian fleet lost 40 ships", losses with no side named are
 * its own, not the other side's. */
static void loss_broken_down_is_the_losers(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "Westland promised 8 escorts in 1940.\n\n"
                    "In 1941 the Tolvarian fleet lost 40 ships. Storms sank 12, and mines "
                    "sank 9.";
    doc_owner(t, "fleet", "40", &c);
    assert_string_equal(c.code, "Tolvaria");
    doc_owner(t, "Storms", "12", &c);
    assert_string_equal(c.code, "Tolvaria");
    assert_string_equal(c.rule, "victim in force");
    doc_owner(t, "mines", "9", &c);
    assert_string_equal(c.code, "Tolvaria");
}

/* "against a Kessish army" does not make "the army" Kessish. */
static void army_fought_against_is_not_the_army(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "The Dravonian army crossed the river with 4 divisions, against a "
                    "Kessish army of 6 divisions. In June the army needed 900 tons a day.";
    doc_owner(t, "", "900", &c);
    assert_string_equal(c.code, "Dravonia");
    doc_owner(t, "", "6", &c);
    assert_string_equal(c.code, "Kessish");
}

/* A title's "the Mountain Army" is the body's "Dravonian Mountain Army":
 * no country; the country named in the title is the topic. */
static void formation_in_title_is_no_country(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "Fuel and the Mountain Army: Dravonia's Northern Campaign\n\n"
                    "The Dravonian Mountain Army had 1,200 lorries in 1940.\n\n"
                    "The lorries carried 300 tons a day.";
    doc_owner(t, "", "300", &c);
    assert_string_equal(c.code, "Dravonia");
    assert_string_equal(c.rule, "topic");
}

/* What a buyer buys from another country is the buyer's. */
static void goods_bought_abroad_are_the_buyers(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "In 1941 the Dravonian ministry bought 5,000 tons of Kessish coal.";
    doc_owner(t, "", "5,000", &c);
    assert_string_equal(c.code, "Dravonia");
    t = "The Dravonian navy spent most of its budget on four destroyers from the Kessish "
        "firm of Orme and Company at $900,000 each.";
    doc_owner(t, "", "four", &c);
    assert_string_equal(c.code, "Dravonia");
    doc_owner(t, "", "$900,000", &c);
    assert_string_equal(c.code, "Dravonia");
    t = "In 1943 Dravonia ordered 60 trainers from the Kessish firm of Hale & Webb.";
    doc_owner(t, "", "60", &c);
    assert_string_equal(c.code, "Dravonia");
    /* the coal itself, named with no verb of buying, is still Kessish */
    doc_owner("The mines shipped 700 tons of Kessish coal.", "", "700", &c);
    assert_string_equal(c.code, "Kessish");
}

/* "Veskanian" is Veskane's when the document writes "Veskane". */
static void stem_and_vowel_names_the_country(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "The Veskanian traders sold 40 tons in 1942. Veskane also sent 12 ships.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Veskane");
}

/* "the garrison" no side introduced is the topic's, though another side
 * acted in the sentence before (tests/cli/435 shows "The batteries"). */
static void garrison_no_side_named_is_the_topics(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "Dravonia's Coast Guns\n\n"
                    "In 1941 the port had 6 batteries. A Kessish squadron fired 400 shells on "
                    "3 May. The garrison lost 30 men.";
    doc_owner(t, "", "400", &c);
    assert_string_equal(c.code, "Kessish");
    doc_owner(t, "", "30", &c);
    assert_string_equal(c.code, "Dravonia");
    assert_string_equal(c.rule, "topic");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(office_heading_names_the_side),
        cmocka_unit_test(loss_broken_down_is_the_losers),
        cmocka_unit_test(army_fought_against_is_not_the_army),
        cmocka_unit_test(formation_in_title_is_no_country),
        cmocka_unit_test(goods_bought_abroad_are_the_buyers),
        cmocka_unit_test(stem_and_vowel_names_the_country),
        cmocka_unit_test(garrison_no_side_named_is_the_topics),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
