/*
 * test_actor_losses.c - the owner of a figure where a loss, a captivity or
 * a request decides it: ships sunk by an attacker the sentence does not
 * name ("the cruisers sank 140 freighters": the victim's), what the
 * attackers had and spent in that sentence (theirs), figures with the noun
 * of a loss after it; "from the Feldarian side" in a sentence with no
 * subject; a subordinate clause before a colon; prisoners
 * counted in a sentence (not their side's) and the army of a captive side,
 * which no longer acts; a firm named after its founder ("the firm of
 * Brandt & Co."); a surname in -an acting ("Dorran had 40 ships"); a side
 * asked to do something with a figure ("asked the Ostrian government to
 * limit its exports to 9,000 tons"), unless it was asked to buy.
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

/* A raiding campaign told from the raiders' side, whose sinkings are the
 * other side's losses. */
static const char raids[] =
    "The Grey Raiders: Norvakian Cruisers and the Trade of Feldaria, 1916\n\n"
    "In 1916 the Norvakian cruisers made 90 cruises. Together the cruisers sank 140 "
    "freighters of 520,000 tons, some 43,000 tons a month. The monthly returns give "
    "60,000 tons for May.\n\n"
    "In the best week 6 cruisers at sea sank 21 ships. To sink the 140 freighters the "
    "cruisers fired 410 shells.";

/* Ships sunk by an attacker the sentence does not name are the victim's.
 * (That the victim's losses go on in the next sentence, once the figures
 * before have been read, is tests/cli/425-actor-losses-unnamed.) */
static const owner_case unnamed_attacker[] = {
    {raids, "", "90", "Norvakia", "", "the raiders' own cruises"},
    {raids, "", "140", "Feldaria", "other side", "what the cruisers sank is Feldaria's loss"},
    {raids, "", "520,000", "Feldaria", "", "the tonnage of the ships sunk"},
    {raids, "", "43,000 tons", "Feldaria", "", "the same noun as a loss before it"},
};
ACTOR_TEST(losses_to_an_unnamed_attacker, ROWS(unnamed_attacker), NO_CODES)

static const char storm[] = "Velmarian Shipping, 1920\n\n"
                            "In 1920 the port handled 300 ships. A storm destroyed 12 of them.";
static const char mines[] = "The Fleet of Velmaria, 1916\n\n"
                            "The fleet sent 14 ships to Ostria, and 2 were sunk by mines.";

/* What the attackers had and spent in the sentence of a loss is theirs;
 * what they sank is the victim's; a loss with no attacker is the loser's. */
static const owner_case attackers_had_and_spent[] = {
    {raids, "best week", "6", "Norvakia", "attacker", "the cruisers at sea that sank"},
    {raids, "best week", "21", "Feldaria", "", "the ships they sank"},
    {raids, "To sink", "140", "Feldaria", "", "the freighters to sink"},
    {raids, "To sink", "410", "Norvakia", "", "the shells the attackers fired"},
    {storm, "", "12", "Velmaria", "",
     "a storm names no attacker: only arms sink for a side not yet seen"},
    {mines, "", "2", "Velmaria", "", "sunk by someone: the subject's own loss"},
};
ACTOR_TEST(what_the_attackers_had_and_spent, ROWS(attackers_had_and_spent), NO_CODES)

static const char side_view[] =
    "The Long Raids: Norvakian Bombers against Feldaria, 1917\n\n"
    "In 1917 the Norvakian bombers flew 900 sorties. What the raids did is "
    "clearer from the Feldarian side. The railway returns record 300 wagons "
    "wrecked.";
static const char colon[] = "Norvakia lost two cruisers in 1915 and five in 1916, when the "
                            "Feldarian patrols had wireless: seven cruisers in all.";

/* "from the X side" in a sentence with no subject: that side's figures
 * follow; a subordinate clause before a colon does not take the figures. */
static const owner_case views_and_clauses[] = {
    {side_view, "", "900", "Norvakia", "", "the bombers' sorties"},
    {side_view, "", "300", "Feldaria", "previous sentence", "after \"from the Feldarian side\""},
    {colon, "", "seven", "Norvakia", "", "after the colon: the main clause's side"},
    {colon, "", "five", "Norvakia", "", "before the \"when\" clause"},
};
ACTOR_TEST(side_views_and_subordinate_clauses, ROWS(views_and_clauses), NO_CODES)

static const char captives[] =
    "Feldarian Prisoners in the Camps of Norvakia, 1917\n\n"
    "The defeat of the Feldarian army at the river left Norvakia with more "
    "prisoners than it could feed. By May it held 8,000 Feldarian prisoners "
    "in three camps. Camp Ost held 3,000 of them.\n\n"
    "In June the ministry asked the army for 12 more guard companies.";

/* Prisoners counted in a sentence are the captor's, not their side's, and
 * the army of a captive side no longer acts. */
static const owner_case captives_rows[] = {
    {captives, "", "8,000", "Norvakia", "", "the prisoners a side holds"},
    {captives, "", "three", "Norvakia", "", "the captor's camps"},
    {captives, "", "3,000", "Norvakia", "", "prisoners held in one camp"},
    {captives, "", "12", "Norvakia", "", "\"the army\" is no longer the captives' army"},
};
ACTOR_TEST(captives_and_their_army, ROWS(captives_rows), NO_CODES)

/* A firm named after its founder names no country; a surname in -an
 * acting is a person, an adjective in -an a side; a side asked to do
 * something with a figure owns it, unless it was asked to buy. */
static const owner_case firms_rows[] = {
    {"Roads of Velmaria, 1936\n\n"
     "In 1936 the ministry ordered 30 tractors from the firm of Brandt & Co. for $90,000.",
     "", "30", "Velmaria", "", "the firm of Brandt & Co. names no country"},
    {"The Patrols of Velmaria, 1916\n\n"
     "Admiral Piet Dorran commanded the patrols. Dorran had 40 ships in May.",
     "", "40", "Velmaria", "", "\"Dorran had\": a surname in -an acting is a person"},
    {"In 1916 Velmaria asked the Ostrian government to limit its exports to 9,000 tons a month.",
     "", "9,000", "Ostria", "asked", "asked to do something with the figure: the side asked"},
    {"In 1916 Velmaria asked the Ostrians to buy 40 old guns.", "", "40", "Velmaria", "",
     "asked to buy: not the buyer's"},
};
static const codes_case firms_codes[] = {
    {"In 1936 the ministry ordered 30 tractors from the firm of Brandt.", "",
     "a firm named after its founder names no country"},
    {"In May the Dorran ships had 40 guns.", "Dorra", "an adjective in -an is a side"},
};
ACTOR_TEST(firms_surnames_and_requests, ROWS(firms_rows), ROWS(firms_codes))

/* A document whose title names no side: kills claimed by a subject naming
 * none are the other side's loss (the main actor so far stands for the
 * topic), and stay so for the whole claim; hits claimed are the
 * claimant's own acts. */
static const char no_title_side[] =
    "Guns over Harnstadt: The Defence of a Port City, 1917\n\n"
    "The Morlavian army posted 14 batteries around Harnstadt in 1917, while the Ostrenian "
    "airships raided the port. The Morlavian batteries fired 8,000 rounds that year.\n\n"
    "In the autumn the guns of Harnstadt claimed 30 raiders destroyed: 12 brought down by "
    "the guns and 18 by fighters. The gunners claimed 25 hits as well.";

static const owner_case claims_rows[] = {
    {no_title_side, "", "14", "Morlavia", "", "the defender's own batteries"},
    {no_title_side, "autumn", "30", "Ostrenia", "other side", "raiders claimed destroyed"},
    {no_title_side, "autumn", "12", "Ostrenia", "other side", "a part of the claim"},
    {no_title_side, "autumn", "18", "Ostrenia", "other side",
     "the claim's last part: the kills do not make the victim the main actor"},
    {no_title_side, "gunners", "25", "Morlavia", "", "hits claimed are the gunners' own"},
};
ACTOR_TEST(kills_claimed_with_no_side_in_the_title, ROWS(claims_rows), NO_CODES)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(losses_to_an_unnamed_attacker),
        cmocka_unit_test(what_the_attackers_had_and_spent),
        cmocka_unit_test(side_views_and_subordinate_clauses),
        cmocka_unit_test(captives_and_their_army),
        cmocka_unit_test(firms_surnames_and_requests),
        cmocka_unit_test(kills_claimed_with_no_side_in_the_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
