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

/* A raiding campaign told from the raiders' side, whose sinkings are the
 * other side's losses. */
static const char *const raids =
    "The Grey Raiders: Norvakian Cruisers and the Trade of Feldaria, 1916\n\n"
    "In 1916 the Norvakian cruisers made 90 cruises. Together the cruisers sank 140 "
    "freighters of 520,000 tons, some 43,000 tons a month. The monthly returns give "
    "60,000 tons for May.\n\n"
    "In the best week 6 cruisers at sea sank 21 ships. To sink the 140 freighters the "
    "cruisers fired 410 shells.";

static void losses_to_an_unnamed_attacker(void **state)
{
    (void)state;
    tally_actor_choice c;
    doc_owner(raids, "", "90", &c);
    assert_string_equal(c.code, "Norvakia");
    /* what the cruisers sank is Feldaria's loss */
    doc_owner(raids, "", "140", &c);
    assert_string_equal(c.code, "Feldaria");
    assert_string_equal(c.rule, "other side");
    doc_owner(raids, "", "520,000", &c);
    assert_string_equal(c.code, "Feldaria");
    /* the same noun as a loss before it */
    doc_owner(raids, "", "43,000 tons", &c);
    assert_string_equal(c.code, "Feldaria");
    /* (that the victim's losses go on in the next sentence, once the
       figures before have been read, is tests/cli/425-actor-losses-unnamed) */
}

static void what_the_attackers_had_and_spent(void **state)
{
    (void)state;
    tally_actor_choice c;
    doc_owner(raids, "best week", "6", &c);
    assert_string_equal(c.code, "Norvakia");
    assert_string_equal(c.rule, "attacker");
    doc_owner(raids, "best week", "21", &c);
    assert_string_equal(c.code, "Feldaria");
    doc_owner(raids, "To sink", "140", &c);
    assert_string_equal(c.code, "Feldaria");
    doc_owner(raids, "To sink", "410", &c);
    assert_string_equal(c.code, "Norvakia");
    /* a storm names no attacker: only arms sink for a side not yet seen */
    const char *t = "Velmarian Shipping, 1920\n\n"
                    "In 1920 the port handled 300 ships. A storm destroyed 12 of them.";
    doc_owner(t, "", "12", &c);
    assert_string_equal(c.code, "Velmaria");
    /* sunk by someone: the subject's own loss */
    t = "The Fleet of Velmaria, 1916\n\n"
        "The fleet sent 14 ships to Ostria, and 2 were sunk by mines.";
    doc_owner(t, "", "2", &c);
    assert_string_equal(c.code, "Velmaria");
}

static void side_views_and_subordinate_clauses(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* "from the X side" with no subject: that side's figures follow */
    const char *v = "The Long Raids: Norvakian Bombers against Feldaria, 1917\n\n"
                    "In 1917 the Norvakian bombers flew 900 sorties. What the raids did is "
                    "clearer from the Feldarian side. The railway returns record 300 wagons "
                    "wrecked.";
    doc_owner(v, "", "900", &c);
    assert_string_equal(c.code, "Norvakia");
    doc_owner(v, "", "300", &c);
    assert_string_equal(c.code, "Feldaria");
    assert_string_equal(c.rule, "previous sentence");
    const char *t = "Norvakia lost two cruisers in 1915 and five in 1916, when the Feldarian "
                    "patrols had wireless: seven cruisers in all.";
    doc_owner(t, "", "seven", &c);
    assert_string_equal(c.code, "Norvakia");
    doc_owner(t, "", "five", &c);
    assert_string_equal(c.code, "Norvakia");
}

static void captives_and_their_army(void **state)
{
    (void)state;
    tally_actor_choice c;
    const char *t = "Feldarian Prisoners in the Camps of Norvakia, 1917\n\n"
                    "The defeat of the Feldarian army at the river left Norvakia with more "
                    "prisoners than it could feed. By May it held 8,000 Feldarian prisoners "
                    "in three camps. Camp Ost held 3,000 of them.\n\n"
                    "In June the ministry asked the army for 12 more guard companies.";
    doc_owner(t, "", "8,000", &c);
    assert_string_equal(c.code, "Norvakia");
    doc_owner(t, "", "three", &c);
    assert_string_equal(c.code, "Norvakia");
    doc_owner(t, "", "3,000", &c);
    assert_string_equal(c.code, "Norvakia");
    /* "the army" is no longer the captives' army */
    doc_owner(t, "", "12", &c);
    assert_string_equal(c.code, "Norvakia");
}

static void firms_surnames_and_requests(void **state)
{
    (void)state;
    tally_actor_choice c;
    char codes[128];
    /* a firm named after its founder names no country */
    const char *t = "Roads of Velmaria, 1936\n\n"
                    "In 1936 the ministry ordered 30 tractors from the firm of Brandt & Co. "
                    "for $90,000.";
    doc_owner(t, "", "30", &c);
    assert_string_equal(c.code, "Velmaria");
    codes_of("In 1936 the ministry ordered 30 tractors from the firm of Brandt.", codes,
             sizeof codes);
    assert_string_equal(codes, "");
    /* a surname in -an acting is a person, an adjective in -an a side */
    t = "The Patrols of Velmaria, 1916\n\n"
        "Admiral Piet Dorran commanded the patrols. Dorran had 40 ships in May.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Velmaria");
    codes_of("In May the Dorran ships had 40 guns.", codes, sizeof codes);
    assert_string_equal(codes, "Dorra");
    /* asked to do something with the figure: the side asked */
    t = "In 1916 Velmaria asked the Ostrian government to limit its exports to 9,000 tons "
        "a month.";
    doc_owner(t, "", "9,000", &c);
    assert_string_equal(c.code, "Ostria");
    assert_string_equal(c.rule, "asked");
    /* asked to buy: not the buyer's */
    t = "In 1916 Velmaria asked the Ostrians to buy 40 old guns.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Velmaria");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(losses_to_an_unnamed_attacker),
        cmocka_unit_test(what_the_attackers_had_and_spent),
        cmocka_unit_test(side_views_and_subordinate_clauses),
        cmocka_unit_test(captives_and_their_army),
        cmocka_unit_test(firms_surnames_and_requests),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
