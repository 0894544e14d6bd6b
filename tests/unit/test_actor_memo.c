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

static const char memo[] = "MINISTRY OF SUPPLY, TOLVARK\n\n"
                           "(1) The merchant fleet numbered 140 ships in 1939. "
                           "(2) The ministry asked for 30 new ships.";

/* The country after an office's name in a heading is the topic, and a
 * numbered paragraph's "The" before "ministry" names no country. */
static const owner_case office_heading[] = {
    {memo, "", "140", "Tolvark", "topic", "the country after the office's name"},
    {memo, "", "30", "Tolvark", "", "\"(2) The ministry\": \"The\" is no country"},
    {"Ministry of Supply\n\nThe merchant fleet numbered 140 ships in 1939.", "", "140", "", "",
     "an office's field is still no country: nothing after a comma"},
};
ACTOR_TEST(office_heading_names_the_side, ROWS(office_heading), NO_CODES)

static const char lost[] = "Westland promised 8 escorts in 1940.\n\n"
                           "In 1941 the Tolvarian fleet lost 40 ships. Storms sank 12, and mines "
                           "sank 9.";

/* After "the Tolvarian fleet lost 40 ships", losses with no side named are
 * its own, not the other side's. */
static const owner_case loss_broken_down[] = {
    {lost, "fleet", "40", "Tolvaria", "", "the loss itself"},
    {lost, "Storms", "12", "Tolvaria", "victim in force", "\"Storms sank 12\": the loser's"},
    {lost, "mines", "9", "Tolvaria", "", "\"mines sank 9\": the loser's"},
};
ACTOR_TEST(loss_broken_down_is_the_losers, ROWS(loss_broken_down), NO_CODES)

static const char against[] =
    "The Dravonian army crossed the river with 4 divisions, against a "
    "Kessish army of 6 divisions. In June the army needed 900 tons a day.";

/* "against a Kessish army" does not make "the army" Kessish. */
static const owner_case army_fought_against[] = {
    {against, "", "900", "Dravonia", "", "\"the army\" is the side the story follows"},
    {against, "", "6", "Kessish", "", "the army fought against keeps its own figure"},
};
ACTOR_TEST(army_fought_against_is_not_the_army, ROWS(army_fought_against), NO_CODES)

/* A title's "the Mountain Army" is the body's "Dravonian Mountain Army":
 * no country; the country named in the title is the topic. */
static const owner_case formation_in_title[] = {
    {"Fuel and the Mountain Army: Dravonia's Northern Campaign\n\n"
     "The Dravonian Mountain Army had 1,200 lorries in 1940.\n\n"
     "The lorries carried 300 tons a day.",
     "", "300", "Dravonia", "topic", "the formation's name is no country"},
};
ACTOR_TEST(formation_in_title_is_no_country, ROWS(formation_in_title), NO_CODES)

static const char destroyers[] =
    "The Dravonian navy spent most of its budget on four destroyers from the Kessish "
    "firm of Orme and Company at $900,000 each.";

static const char rangefinders[] =
    "In May the Dravonian war office bought 40 rangefinders in Kessia at £900 each. "
    "The Kessian Ministry of Supply promised a further 12 by June, but only five had "
    "arrived by August.";

/* What a buyer buys from another country is the buyer's. */
static const owner_case goods_bought_abroad[] = {
    {"In 1941 the Dravonian ministry bought 5,000 tons of Kessish coal.", "", "5,000", "Dravonia",
     "", "\"bought 5,000 tons of Kessish coal\""},
    {destroyers, "", "four", "Dravonia", "", "destroyers from a Kessish firm"},
    {destroyers, "", "$900,000", "Dravonia", "", "their price"},
    {"In 1943 Dravonia ordered 60 trainers from the Kessish firm of Hale & Webb.", "", "60",
     "Dravonia", "", "\"ordered 60 trainers from\""},
    {rangefinders, "", "40", "Dravonia", "", "bought in another country"},
    {rangefinders, "", "£900", "Dravonia", "", "the unit price the buyer pays, the seller named "
     "between the verb of buying and the price"},
    {rangefinders, "Supply", "12", "Kessia", "", "what the supplier promises is the provider's"},
    {rangefinders, "but", "five", "Kessia", "", "the supplier's deliveries so far"},
    {"In May the Dravonian war office bought 40 F.7 rangefinders in Kessia at £900 each.", "",
     "£900", "Dravonia", "", "a designation's period between the verb and the price"},
    {"Dravonia bought 40 rangefinders in Kessia. The Kessia Ministry of Supply promised a "
     "further 12 by June.", "Supply", "12", "Kessia", "", "a country's name before its ministry"},
    {"The mines shipped 700 tons of Kessish coal.", "", "700", "Kessish", "",
     "the coal itself, named with no verb of buying, is still Kessish"},
};
ACTOR_TEST(goods_bought_abroad_are_the_buyers, ROWS(goods_bought_abroad), NO_CODES)

/* "Veskanian" is Veskane's when the document writes "Veskane". */
static const owner_case stem_and_vowel[] = {
    {"The Veskanian traders sold 40 tons in 1942. Veskane also sent 12 ships.", "", "40",
     "Veskane", "", "the adjective under the name the text writes"},
};
ACTOR_TEST(stem_and_vowel_names_the_country, ROWS(stem_and_vowel), NO_CODES)

static const char garrison[] =
    "Dravonia's Coast Guns\n\n"
    "In 1941 the port had 6 batteries. A Kessish squadron fired 400 shells on "
    "3 May. The garrison lost 30 men.";

/* "the garrison" no side introduced is the topic's, though another side
 * acted in the sentence before (tests/cli/435 shows "The batteries"). */
static const owner_case garrison_rows[] = {
    {garrison, "", "400", "Kessish", "", "the squadron's shells"},
    {garrison, "", "30", "Dravonia", "topic", "\"The garrison lost\": the topic's"},
};
ACTOR_TEST(garrison_no_side_named_is_the_topics, ROWS(garrison_rows), NO_CODES)

static const char garrison_later[] =
    "Dravonia's Coast Guns\n\n"
    "In 1941 the port had 6 batteries. A Kessish squadron fired 400 shells on "
    "3 May. By then the garrison had lost 30 men.";

/* A phrase of time before the subject ("By then the garrison") does not
 * hide it: the subject noun decides as at the head of the sentence
 * (tests/cli/456 shows a noun the document counted as one side's). */
static const owner_case garrison_later_rows[] = {
    {garrison_later, "", "30", "Dravonia", "topic", "\"By then the garrison lost\": the topic's"},
};
ACTOR_TEST(time_phrase_before_a_subject_noun, ROWS(garrison_later_rows), NO_CODES)

static const char caps_staff[] = "MERROW GENERAL STAFF, TRANSPORT DIRECTORATE\n\n"
                                 "1. The field army needs 700 lorries. The depots hold 250.";
static const char caps_ministry[] = "THE HALBERG MINISTRY OF MUNITIONS\n\n"
                                    "1. Output reached 900 shells a day.";
static const char caps_adjective[] = "NORTHERN WAR OFFICE\n\n1. The depots held 500 rifles.";

/* An issuing body written in capitals in the front matter ("MERROW GENERAL
 * STAFF", "THE HALBERG MINISTRY OF ...") names the document's own side in
 * title case, as the title-case form does; a word with an adjective's
 * ending ("NORTHERN") names none. */
static const owner_case caps_issuer_rows[] = {
    {caps_staff, "", "700", "Merrow", "topic", "the issuer in capitals is the topic"},
    {caps_staff, "", "250", "Merrow", "", "the next sentence's figure too"},
    {caps_ministry, "", "900", "Halberg", "topic", "\"THE X MINISTRY OF\": X"},
    {caps_adjective, "", "500", "", "", "\"NORTHERN\" is an adjective, no country"},
};
ACTOR_TEST(issuer_in_capitals_names_the_side, ROWS(caps_issuer_rows), NO_CODES)

static const char ic_adjective[] = "Haldor bought 20 guns in 1931. "
                                   "The Haldoric army paid 900 crowns for them.";
static const char ic_alone[] = "The Haldoric army had 300 guns in 1931.";

/* An adjective in -ic ("Haldoric") stands for the name the document writes
 * with its stem ("Haldor"), as one in -ish does; when the stem is never
 * written the adjective stays the name. */
static const owner_case ic_rows[] = {
    {ic_adjective, "", "900", "Haldor", "", "\"the Haldoric army paid\": Haldor"},
    {ic_adjective, "", "20", "Haldor", "", "the stem standing as the subject"},
    {ic_alone, "", "300", "Haldoric", "", "no stem written: the adjective stands"},
};
ACTOR_TEST(adjective_in_ic_names_its_stem, ROWS(ic_rows), NO_CODES)

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
        cmocka_unit_test(time_phrase_before_a_subject_noun),
        cmocka_unit_test(issuer_in_capitals_names_the_side),
        cmocka_unit_test(adjective_in_ic_names_its_stem),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
