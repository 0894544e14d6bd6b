/*
 * test_actor_unseen.c - the owner of a figure in documents of kinds the
 * first rules were not written for: a staff study whose only country is
 * its issuing body in the front matter ("Dorvask General Staff"), a title
 * naming its side after a preposition, a country written as an adjective in
 * -ish and as a name ("Tolmish", "Tolmen"), casualties written as nouns
 * after numbers ("2,000 killed, 5,000 wounded"), a receiver with nobody
 * else to have given, a relative clause with its object before the verb,
 * the price of a sale or of a word of pricing ("priced at", "the Soviet
 * invoice"; the buyer's), a country written as an adjective in -ian and as
 * its stem ("Halsterian", "Halster"), a lender named before the rate, a
 * foreign observer who counts another side's things, a country named only
 * in a heading in capitals ("STATE ARCHIVES OF MORVANIA") and a firm's name
 * ("Keller and Sons", "the Vorsk firm"), and the country a story with no
 * side in its title is set in ("the best defended port in Quellaria"),
 * a country named by its state's formal name ("REPUBLIC OF KORVAT") and an
 * office's field ("the Ministry of Supply has"), which names none, and a
 * besieged side named only as another's ally ("Peltania, Vorlandia's ally"),
 * a side named only in a relative clause without "that" ("nearly half of
 * all the Kaldorians had laid"), a country named before its adjective in
 * -an ("Dastova", "Dastovan") and an attacker named before a loss with no
 * agent ("their aim was good: 11 transports were shot down") or a victim
 * named with none ("the fields sank 30 Sorvian ships").
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

static void front_matter_names_the_side(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* a title in capitals names nobody; the issuing body does */
    const char *t = "THE ROAD TO THE NORTH, 1950\n\n"
                    "Transport Study 4, Plans Division, Dorvask General Staff\n\n"
                    "The corps needed 300 tons a day. The railway carried 240 tons.";
    doc_owner(t, "", "300", &c);
    assert_string_equal(c.code, "Dorvask");
    assert_string_equal(c.rule, "topic");
    doc_owner(t, "", "240", &c);
    assert_string_equal(c.code, "Dorvask");
    /* a title naming its side only after a preposition */
    t = "Losses in the Tervanian Army, 1940\n\nThe first winter cost 900 men.";
    doc_owner(t, "", "900", &c);
    assert_string_equal(c.code, "Tervania");
    assert_string_equal(c.rule, "topic");
    /* a side named before its institution in the body */
    doc_owner("By 1950 the Dorvask Army held 14 divisions.", "", "14", &c);
    assert_string_equal(c.code, "Dorvask");
}

static void the_country_a_story_is_set_in(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* no side in the title; the first sentence naming one names it only
       as the place ("in Quellaria"): the story is that country's */
    const char *t = "The Harbour Guns, 1941\n\n"
                    "Pell Harbour began the war as the best defended port in Quellaria. "
                    "Its forts held 36 guns.\n\n"
                    "Dravonia bombed the port in May 1941 with 80 aircraft.\n\n"
                    "By the autumn the forts had 52 guns.";
    doc_owner(t, "", "36", &c);
    assert_string_equal(c.code, "Quellaria");
    assert_string_equal(c.rule, "topic");
    doc_owner(t, "", "80", &c);
    assert_string_equal(c.code, "Dravonia");
    /* a new paragraph goes back to the topic, not to the attacker */
    doc_owner(t, "", "52", &c);
    assert_string_equal(c.code, "Quellaria");
    /* a subject naming a side is still the topic, not a place after "in" */
    t = "Dravonia entered the war with 300 bombers in Quellaria.";
    doc_owner(t, "", "300", &c);
    assert_string_equal(c.code, "Dravonia");
}

static void institutions_that_name_no_country(void **state)
{
    (void)state;
    char got[160];
    /* colours, directions, adjectives, ordinals and offices are no country */
    codes_of("The Red Army and the Eastern Army Group met the Territorial Army, the "
             "Eighth Army and the Supply Ministry.", got, sizeof got);
    assert_string_equal(got, "");
    /* "Naval Staff", "Motor Transport Command": offices, not countries */
    codes_of("Reports went to the Naval Staff and to Motor Transport Command.", got,
             sizeof got);
    assert_string_equal(got, "");
    codes_of("The Dorvask Defence Staff and the Kelmar Army agreed.", got, sizeof got);
    assert_string_equal(got, "Dorvask|Kelmar");
}

static void adjective_in_ish_and_the_name(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* "Tolmish" and "Tolmen" are one country, under the name the text writes */
    const char *t = "Boats from abroad\n\n"
                    "The Tolmish government agreed to build 8 boats. "
                    "Tolmen handed over 5 boats in 1961.";
    doc_owner(t, "", "8", &c);
    assert_string_equal(c.code, "Tolmen");
    doc_owner(t, "", "5", &c);
    assert_string_equal(c.code, "Tolmen");
    /* without the name in the text, the adjective itself */
    doc_owner("Help from abroad\n\nThe Tolmish yards built 8 boats.", "", "8", &c);
    assert_string_equal(c.code, "Tolmish");
}

static void casualties_and_receivers(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* "killed" after a number is a noun, not a verb of loss */
    doc_owner("The battle cost the Chinese 2,000 killed, 5,000 wounded and 800 missing.", "",
              "5,000", &c);
    assert_string_equal(c.code, "CN");
    doc_owner("The battle cost the Chinese 2,000 killed, 5,000 wounded and 800 missing.", "",
              "800", &c);
    assert_string_equal(c.code, "CN");
    /* a receiver with nobody else to have given it keeps what it received */
    doc_owner("In May the Chinese received 3,000 replacements.", "", "3,000", &c);
    assert_string_equal(c.code, "CN");
    assert_string_equal(c.rule, "receiver");
    /* but a giver named in the sentences before still comes first */
    doc_owner("The Soviet Union promised 50 tanks. By May the Chinese had received 30 tanks.",
              "", "30", &c);
    assert_string_equal(c.code, "SU");
    /* the verb's object stands before it: the figure after the comma is the
       receiver's own */
    doc_owner("The Soviet Union sent instructors. Of the 900 recruits the Chinese received "
              "in May, only 300 could fly.", "", "300", &c);
    assert_string_equal(c.code, "CN");
}

static void sales_loans_and_observers(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* a price is the buyer's commitment; the goods sold are the seller's */
    const char *t = "The Chinese needed jets. In May the Soviet Union agreed to sell 20 jets "
                    "at 2 million roubles each.";
    doc_owner(t, "", "2 million", &c);
    assert_string_equal(c.code, "CN");
    doc_owner(t, "", "20", &c);
    assert_string_equal(c.code, "SU");
    /* the lender named between the verb and the rate owns the loan's terms */
    doc_owner("The Chinese borrowed 40 million roubles from the Soviet Union, repayable at 2 "
              "per cent.", "", "2 per cent", &c);
    assert_string_equal(c.code, "SU");
    assert_string_equal(c.rule, "giver");
    /* an observer counts what another side has */
    doc_owner("The Chinese built 30 airfields. A Soviet observer who toured them counted 900 "
              "guns.", "", "900", &c);
    assert_string_equal(c.code, "CN");
    /* while a side's own men are its own */
    doc_owner("The Chinese built 30 airfields. Soviet engineers who toured them laid 900 "
              "mines.", "", "900", &c);
    assert_string_equal(c.code, "SU");
}

static void prices_and_names_from_adjectives_in_ian(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* a word of pricing makes the price the buyer's, the goods the seller's */
    const char *t = "The Chinese needed jets. In May the Soviet Union shipped 20 jets, priced "
                    "at 3 million roubles each.";
    doc_owner(t, "", "3 million", &c);
    assert_string_equal(c.code, "CN");
    doc_owner(t, "", "20", &c);
    assert_string_equal(c.code, "SU");
    /* the seller's invoice shows what the buyer owes */
    doc_owner("The Chinese needed jets. The Soviet invoice showed 60 million roubles.", "",
              "60 million", &c);
    assert_string_equal(c.code, "CN");
    /* "Halsterian" and "Halster" are one country, under the name the text writes */
    t = "Boats from abroad\n\n"
        "The Halsterian government agreed to build 8 boats. Halster delivered 5 boats in 1961.";
    doc_owner(t, "", "8", &c);
    assert_string_equal(c.code, "Halster");
    doc_owner(t, "", "5", &c);
    assert_string_equal(c.code, "Halster");
    /* when the text writes the name in -ia, or no name, that name stands */
    doc_owner("Boats\n\nThe Halsterian yards built 8 boats. Halsteria paid.", "", "8", &c);
    assert_string_equal(c.code, "Halsteria");
    doc_owner("Boats\n\nThe Halsterian yards built 8 boats.", "", "8", &c);
    assert_string_equal(c.code, "Halsteria");
}

static void headings_in_capitals_and_firms(void **state)
{
    (void)state;
    tally_actor_choice c;
    char got[160];
    /* an archive's summary names its country only in a heading in capitals */
    const char *t = "STATE ARCHIVES OF MORVANIA\nRECORDS OF THE WAR OFFICE\n\n"
                    "The plan called for 40 gunboats. The yards built 31 of them.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Morvania");
    assert_string_equal(c.rule, "topic");
    doc_owner(t, "", "31", &c);
    assert_string_equal(c.code, "Morvania");
    /* an adjective in capitals derives the name */
    doc_owner("THE GARVONIAN NAVY, 1950\n\nIts cruisers fired 900 shells.", "", "900", &c);
    assert_string_equal(c.code, "Garvonia");
    /* the last word of a firm's name is no country, even before a verb */
    codes_of("In 1953 Keller and Sons promised 18 boilers.", got, sizeof got);
    assert_string_equal(got, "");
    /* a firm's country is named before "firm", and a new paragraph goes
       back to the topic instead of carrying the firm over */
    t = "STATE ARCHIVES OF MORVANIA\n\n"
        "The Vorsk firm of Keller and Sons promised 18 boilers.\n\n"
        "The plan costed a gunboat at 3 million crowns.";
    doc_owner(t, "", "18", &c);
    assert_string_equal(c.code, "Vorsk");
    doc_owner(t, "", "3 million", &c);
    assert_string_equal(c.code, "Morvania");
}

/* An intelligence appreciation's issuing body is not its topic when a
 * later title line names the side it is about; a report's issuing body
 * names the side of a city besieged by another. */
static void issuing_bodies_and_their_subjects(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* the staff of Morvania appraises the Garvonian navy */
    const char *t = "MORVANIA NAVAL STAFF\nINTELLIGENCE BRANCH\n\n"
                    "THE GARVONIAN NAVY: SHIPS AND CREWS\n\n"
                    "1. Cruisers are believed to carry 640 men each.";
    doc_owner(t, "", "640", &c);
    assert_string_equal(c.code, "Garvonia");
    assert_string_equal(c.rule, "topic");
    /* with no second title, the issuing body stays the topic */
    doc_owner("MORVANIA NAVAL STAFF\n\nThe cruisers carry 640 men each.", "", "640", &c);
    assert_string_equal(c.code, "Morvania");
    /* a report of a country's commission: the city's figures are that
       country's, not those of the troops that closed its roads */
    t = "# Water for Ostby\n\n*A report of the Tessen Harbour Commission.*\n\n"
        "When Vorenian troops cut the aqueduct, the town kept 800 tons of water.\n\n"
        "In March the town board cut the allowance to 4 litres.";
    doc_owner(t, "", "4", &c);
    assert_string_equal(c.code, "Tessen");
    assert_string_equal(c.rule, "topic");
    /* "the Royal ..." names no country */
    t = "# Water for Ostby\n\n*A report of the Royal Harbour Commission.*\n\n"
        "In March the town board cut the allowance to 4 litres.";
    doc_owner(t, "", "4", &c);
    assert_string_equal(c.code, "");
}

static void state_forms_and_offices(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* a country of no known shape named by its state's formal name in a
       heading in capitals, after an office's name */
    const char *t = "MINISTRY OF WAR OF THE KINGDOM OF KORVAT\n\nTHE ARMY ESTIMATES\n\n"
                    "1. The estimates come to 400 million marks.";
    doc_owner(t, "", "400", &c);
    assert_string_equal(c.code, "Korvat");
    assert_string_equal(c.rule, "topic");
    /* in title case in the body, the name is a country wherever it stands */
    t = "Supply and Pay\n\nThe Republic of Selvar kept 12 battalions on the frontier. "
        "Later Selvar raised 5 more.";
    doc_owner(t, "", "5", &c);
    assert_string_equal(c.code, "Selvar");
    /* "the Ministry of Supply has": an office's field, not a country acting */
    t = "THE ARMY ESTIMATES OF THE REPUBLIC OF KORVAT\n\n"
        "The Ministry of Supply has promised 40 lorries.";
    doc_owner(t, "", "40", &c);
    assert_string_equal(c.code, "Korvat");
}

static void side_named_only_by_its_ally(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* the besieger is named throughout; the defenders' side only once, as
       the one another country is the ally of: the figures with no side of
       their own in a new paragraph are the defenders' */
    const char *t = "The Walls of Oster, 1871\n\n"
                    "The Karvanian army reached Oster on 3 May.\n\n"
                    "The defenders then counted 2,400 men under arms. "
                    "Peltania, Vorlandia's ally, sent 300 horses in June.";
    doc_owner(t, "", "2,400", &c);
    assert_string_equal(c.code, "Vorlandia");
    assert_string_equal(c.rule, "topic");
    doc_owner(t, "", "300", &c);
    assert_string_equal(c.code, "Peltania");
    /* without the ally phrase the besieger, the only side named, keeps them */
    t = "The Walls of Oster, 1871\n\n"
        "The Karvanian army reached Oster on 3 May.\n\n"
        "The defenders then counted 2,400 men under arms.";
    doc_owner(t, "", "2,400", &c);
    assert_string_equal(c.code, "Karvania");
    /* "ally" after a name that is not possessive sets nothing */
    t = "The Walls of Oster, 1871\n\n"
        "The Karvanian army reached Oster on 3 May.\n\n"
        "The defenders then counted 2,400 men under arms. "
        "Vorlandia ally troops did not come.";
    doc_owner(t, "", "2,400", &c);
    assert_string_equal(c.code, "Karvania");
}

static void relatives_names_in_an_and_unnamed_attackers(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* a side named only in a relative clause without "that" on a share of
       a figure owns neither the share nor the sentence */
    const char *t = "Sorvia built 30 trawlers in 1917. "
                    "By 1918 they had swept 420 mines, nearly half of all the Kaldorians "
                    "had laid. In 1919 it sent 14 more, a third of those the Kaldorians "
                    "had counted.";
    doc_owner(t, "", "420", &c);
    assert_string_equal(c.code, "Sorvia");
    doc_owner(t, "", "half", &c);
    assert_string_equal(c.code, "Sorvia");
    doc_owner(t, "", "14", &c);
    assert_string_equal(c.code, "Sorvia");
    /* "half of all the X had" leading its sentence is its subject */
    t = "Sorvia built 30 trawlers in 1917. "
        "Half of all the Kaldorians had left the coast, 600 men in all.";
    doc_owner(t, "", "600", &c);
    assert_string_equal(c.code, "Kaldoria");
    /* a country named before its adjective in -an ("Dastovan") */
    t = "Sorvia built 30 trawlers in 1917. The neutral that lost most was Dastova. "
        "Dastova lost 9 steamers in 1917, and the Dastovan parliament protested.";
    doc_owner(t, "", "9 ", &c);
    assert_string_equal(c.code, "Dastova");
    /* a side before a loss done with no agent named, in a later clause:
       the attacker, so the loss and the sentences after are the other's */
    t = "In May the Sorvian transports crossed the strait. "
        "The Kaldorian gunners were slow, but their aim was good: 11 transports were "
        "shot down. The crossing took 3 days.";
    doc_owner(t, "", "11", &c);
    assert_string_equal(c.code, "Sorvia");
    doc_owner(t, "", "3 days", &c);
    assert_string_equal(c.code, "Sorvia");
    /* a side named only as the victim of an attacker naming none: the
       other figures of the sentence are the attacker's side's */
    t = "In 1917 the Kaldorian navy laid 900 mines. In the nine months that followed "
        "the fields sank 30 Sorvian ships; the largest field needed 60 mines for every "
        "ship it sank.";
    doc_owner(t, "", "nine", &c);
    assert_string_equal(c.code, "Kaldoria");
    doc_owner(t, "", "30", &c);
    assert_string_equal(c.code, "Sorvia");
    doc_owner(t, "", "60", &c);
    assert_string_equal(c.code, "Kaldoria");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(front_matter_names_the_side),
        cmocka_unit_test(the_country_a_story_is_set_in),
        cmocka_unit_test(institutions_that_name_no_country),
        cmocka_unit_test(adjective_in_ish_and_the_name),
        cmocka_unit_test(casualties_and_receivers),
        cmocka_unit_test(sales_loans_and_observers),
        cmocka_unit_test(headings_in_capitals_and_firms),
        cmocka_unit_test(prices_and_names_from_adjectives_in_ian),
        cmocka_unit_test(issuing_bodies_and_their_subjects),
        cmocka_unit_test(state_forms_and_offices),
        cmocka_unit_test(side_named_only_by_its_ally),
        cmocka_unit_test(relatives_names_in_an_and_unnamed_attackers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
