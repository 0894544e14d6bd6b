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
 * named with none ("the fields sank 30 Sorvian ships"), a reporting aside
 * between commas ("..., the naval staff believed, X had 30 boats": X's),
 * "These" opening a sentence (no adjective in -ese), a thing of a
 * country's shape after "a" ("in a Maryland": an aircraft, not a side)
 * and an institution ("the council") opening a main clause after a
 * leading clause ("had the loan come, the council could have built 12").
 * Sentences are written for these tests.
 *
 * Each test is a table (actor_cases.h): one row a figure of a document,
 * the owner expected ("" none) and the rule expected ("" not checked), or
 * one text and the codes of the actors found in it.
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

static const char staff_study[] =
    "THE ROAD TO THE NORTH, 1950\n\n"
    "Transport Study 4, Plans Division, Dorvask General Staff\n\n"
    "The corps needed 300 tons a day. The railway carried 240 tons.";

/* A title in capitals names nobody; the issuing body in the front matter
 * does; a title may name its side only after a preposition. */
static const owner_case front_matter[] = {
    {staff_study, "", "300", "Dorvask", "topic", "the issuing body names the side"},
    {staff_study, "", "240", "Dorvask", "", "the next sentence too"},
    {"Losses in the Tervanian Army, 1940\n\nThe first winter cost 900 men.", "", "900", "Tervania",
     "topic", "a title naming its side only after a preposition"},
    {"By 1950 the Dorvask Army held 14 divisions.", "", "14", "Dorvask", "",
     "a side named before its institution in the body"},
};
ACTOR_TEST(front_matter_names_the_side, ROWS(front_matter), NO_CODES)

static const char harbour[] = "The Harbour Guns, 1941\n\n"
                              "Pell Harbour began the war as the best defended port in Quellaria. "
                              "Its forts held 36 guns.\n\n"
                              "Dravonia bombed the port in May 1941 with 80 aircraft.\n\n"
                              "By the autumn the forts had 52 guns.";

/* No side in the title; the first sentence naming one names it only as
 * the place ("in Quellaria"): the story is that country's. */
static const owner_case story_set_in[] = {
    {harbour, "", "36", "Quellaria", "topic", "the country the story is set in"},
    {harbour, "", "80", "Dravonia", "", "the attacker's own aircraft"},
    {harbour, "", "52", "Quellaria", "",
     "a new paragraph goes back to the topic, not to the attacker"},
    {"Dravonia entered the war with 300 bombers in Quellaria.", "", "300", "Dravonia", "",
     "a subject naming a side is still the topic, not a place after \"in\""},
};
ACTOR_TEST(the_country_a_story_is_set_in, ROWS(story_set_in), NO_CODES)

/* Colours, directions, adjectives, ordinals and offices are no country. */
static const codes_case no_country_codes[] = {
    {"The Red Army and the Eastern Army Group met the Territorial Army, the "
     "Eighth Army and the Supply Ministry.",
     "", "colours, directions, adjectives, ordinals and offices"},
    {"Reports went to the Naval Staff and to Motor Transport Command.", "",
     "\"Naval Staff\", \"Motor Transport Command\": offices, not countries"},
    {"The Dorvask Defence Staff and the Kelmar Army agreed.", "Dorvask|Kelmar",
     "a name before an office or an army is a country"},
};
ACTOR_TEST(institutions_that_name_no_country, NO_OWNERS, ROWS(no_country_codes))

static const char tolmish[] = "Boats from abroad\n\n"
                              "The Tolmish government agreed to build 8 boats. "
                              "Tolmen handed over 5 boats in 1961.";

/* "Tolmish" and "Tolmen" are one country, under the name the text writes. */
static const owner_case adjective_in_ish[] = {
    {tolmish, "", "8", "Tolmen", "", "the adjective under the name the text writes"},
    {tolmish, "", "5", "Tolmen", "", "the name itself"},
    {"Help from abroad\n\nThe Tolmish yards built 8 boats.", "", "8", "Tolmish", "",
     "without the name in the text, the adjective itself"},
};
ACTOR_TEST(adjective_in_ish_and_the_name, ROWS(adjective_in_ish), NO_CODES)

static const char casualties[] =
    "The battle cost the Chinese 2,000 killed, 5,000 wounded and 800 missing.";

/* Casualties written as nouns after numbers; a receiver with nobody else
 * to have given keeps what it received; a relative clause with its object
 * before the verb. */
static const owner_case casualties_rows[] = {
    {casualties, "", "5,000", "CN", "", "\"killed\" after a number is a noun, not a verb of loss"},
    {casualties, "", "800", "CN", "", "the missing of the same list"},
    {"In May the Chinese received 3,000 replacements.", "", "3,000", "CN", "receiver",
     "a receiver with nobody else to have given it keeps what it received"},
    {"The Soviet Union promised 50 tanks. By May the Chinese had received 30 tanks.", "", "30",
     "SU", "", "but a giver named in the sentences before still comes first"},
    {"The Soviet Union sent instructors. Of the 900 recruits the Chinese received "
     "in May, only 300 could fly.",
     "", "300", "CN", "",
     "the verb's object stands before it: the figure after the comma is the receiver's"},
};
ACTOR_TEST(casualties_and_receivers, ROWS(casualties_rows), NO_CODES)

static const char sale[] =
    "The Chinese needed jets. In May the Soviet Union agreed to sell 20 jets "
    "at 2 million roubles each.";

/* A price is the buyer's commitment and the goods sold the seller's; a
 * lender named before the rate owns the loan's terms; a foreign observer
 * counts another side's things. */
static const owner_case sales_loans[] = {
    {sale, "", "2 million", "CN", "", "a price is the buyer's commitment"},
    {sale, "", "20", "SU", "", "the goods sold are the seller's"},
    {"The Chinese borrowed 40 million roubles from the Soviet Union, repayable at 2 per cent.", "",
     "2 per cent", "SU", "giver", "the lender named between the verb and the rate"},
    {"The Chinese built 30 airfields. A Soviet observer who toured them counted 900 guns.", "",
     "900", "CN", "", "an observer counts what another side has"},
    {"The Chinese built 30 airfields. Soviet engineers who toured them laid 900 mines.", "", "900",
     "SU", "", "while a side's own men are its own"},
};
ACTOR_TEST(sales_loans_and_observers, ROWS(sales_loans), NO_CODES)

static const char priced[] = "The Chinese needed jets. In May the Soviet Union shipped 20 jets, "
                             "priced at 3 million roubles each.";
static const char halster[] = "Boats from abroad\n\n"
                              "The Halsterian government agreed to build 8 boats. Halster "
                              "delivered 5 boats in 1961.";

/* A word of pricing makes the price the buyer's, the goods the seller's;
 * "Halsterian" and "Halster" are one country, under the name the text
 * writes. */
static const owner_case prices_and_ian[] = {
    {priced, "", "3 million", "CN", "", "\"priced at\": the buyer's"},
    {priced, "", "20", "SU", "", "the goods priced: the seller's"},
    {"The Chinese needed jets. The Soviet invoice showed 60 million roubles.", "", "60 million",
     "CN", "", "the seller's invoice shows what the buyer owes"},
    {halster, "", "8", "Halster", "", "the adjective in -ian under the stem the text writes"},
    {halster, "", "5", "Halster", "", "the stem itself"},
    {"Boats\n\nThe Halsterian yards built 8 boats. Halsteria paid.", "", "8", "Halsteria", "",
     "when the text writes the name in -ia, that name stands"},
    {"Boats\n\nThe Halsterian yards built 8 boats.", "", "8", "Halsteria", "",
     "with no name in the text, the name in -ia"},
};
ACTOR_TEST(prices_and_names_from_adjectives_in_ian, ROWS(prices_and_ian), NO_CODES)

static const char archives[] = "STATE ARCHIVES OF MORVANIA\nRECORDS OF THE WAR OFFICE\n\n"
                               "The plan called for 40 gunboats. The yards built 31 of them.";
static const char vorsk_firm[] = "STATE ARCHIVES OF MORVANIA\n\n"
                                 "The Vorsk firm of Keller and Sons promised 18 boilers.\n\n"
                                 "The plan costed a gunboat at 3 million crowns.";

/* A country named only in a heading in capitals, and a firm's name, whose
 * last word is no country; a firm's country is named before "firm". */
static const owner_case headings_and_firms[] = {
    {archives, "", "40", "Morvania", "topic", "the country of a heading in capitals"},
    {archives, "", "31", "Morvania", "", "the next sentence too"},
    {"THE GARVONIAN NAVY, 1950\n\nIts cruisers fired 900 shells.", "", "900", "Garvonia", "",
     "an adjective in capitals derives the name"},
    {vorsk_firm, "", "18", "Vorsk", "", "a firm's country is named before \"firm\""},
    {vorsk_firm, "", "3 million", "Morvania", "",
     "a new paragraph goes back to the topic instead of carrying the firm over"},
};
static const codes_case headings_and_firms_codes[] = {
    {"In 1953 Keller and Sons promised 18 boilers.", "",
     "the last word of a firm's name is no country, even before a verb"},
};
ACTOR_TEST(headings_in_capitals_and_firms, ROWS(headings_and_firms), ROWS(headings_and_firms_codes))

static const char tessen[] =
    "# Water for Ostby\n\n*A report of the Tessen Harbour Commission.*\n\n"
    "When Vorenian troops cut the aqueduct, the town kept 800 tons of water.\n\n"
    "In March the town board cut the allowance to 4 litres.";

/* An intelligence appreciation's issuing body is not its topic when a
 * later title line names the side it is about; a report's issuing body
 * names the side of a city besieged by another. */
static const owner_case issuing_bodies[] = {
    {"MORVANIA NAVAL STAFF\nINTELLIGENCE BRANCH\n\n"
     "THE GARVONIAN NAVY: SHIPS AND CREWS\n\n"
     "1. Cruisers are believed to carry 640 men each.",
     "", "640", "Garvonia", "topic", "the staff of Morvania appraises the Garvonian navy"},
    {"MORVANIA NAVAL STAFF\n\nThe cruisers carry 640 men each.", "", "640", "Morvania", "",
     "with no second title, the issuing body stays the topic"},
    {tessen, "", "4", "Tessen", "topic",
     "a commission's city: not the side of the troops that closed its roads"},
    {"# Water for Ostby\n\n*A report of the Royal Harbour Commission.*\n\n"
     "In March the town board cut the allowance to 4 litres.",
     "", "4", "", "", "\"the Royal ...\" names no country"},
};
ACTOR_TEST(issuing_bodies_and_their_subjects, ROWS(issuing_bodies), NO_CODES)

/* A country named by its state's formal name ("REPUBLIC OF KORVAT") and an
 * office's field ("the Ministry of Supply has"), which names none. */
static const owner_case state_forms[] = {
    {"MINISTRY OF WAR OF THE KINGDOM OF KORVAT\n\nTHE ARMY ESTIMATES\n\n"
     "1. The estimates come to 400 million marks.",
     "", "400", "Korvat", "topic",
     "a state's formal name in a heading in capitals, after an office"},
    {"Supply and Pay\n\nThe Republic of Selvar kept 12 battalions on the frontier. "
     "Later Selvar raised 5 more.",
     "", "5", "Selvar", "", "in title case in the body, the name is a country wherever it stands"},
    {"THE ARMY ESTIMATES OF THE REPUBLIC OF KORVAT\n\n"
     "The Ministry of Supply has promised 40 lorries.",
     "", "40", "Korvat", "", "\"the Ministry of Supply has\": an office's field, not a country"},
};
ACTOR_TEST(state_forms_and_offices, ROWS(state_forms), NO_CODES)

static const char oster_ally[] = "The Walls of Oster, 1871\n\n"
                                 "The Karvanian army reached Oster on 3 May.\n\n"
                                 "The defenders then counted 2,400 men under arms. "
                                 "Peltania, Vorlandia's ally, sent 300 horses in June.";

/* The besieger is named throughout; the defenders' side only once, as the
 * one another country is the ally of: the figures with no side of their
 * own in a new paragraph are the defenders'. */
static const owner_case named_by_ally[] = {
    {oster_ally, "", "2,400", "Vorlandia", "topic", "the side named only as another's ally"},
    {oster_ally, "", "300", "Peltania", "", "the ally's own figure"},
    {"The Walls of Oster, 1871\n\n"
     "The Karvanian army reached Oster on 3 May.\n\n"
     "The defenders then counted 2,400 men under arms.",
     "", "2,400", "Karvania", "",
     "without the ally phrase the besieger, the only side named, keeps them"},
    {"The Walls of Oster, 1871\n\n"
     "The Karvanian army reached Oster on 3 May.\n\n"
     "The defenders then counted 2,400 men under arms. "
     "Vorlandia ally troops did not come.",
     "", "2,400", "Karvania", "", "\"ally\" after a name that is not possessive sets nothing"},
};
ACTOR_TEST(side_named_only_by_its_ally, ROWS(named_by_ally), NO_CODES)

static const char kaldorians[] = "Sorvia built 30 trawlers in 1917. "
                                 "By 1918 they had swept 420 mines, nearly half of all the "
                                 "Kaldorians had laid. In 1919 it sent 14 more, a third of those "
                                 "the Kaldorians had counted.";
static const char shot_down[] =
    "In May the Sorvian transports crossed the strait. "
    "The Kaldorian gunners were slow, but their aim was good: 11 transports were "
    "shot down. The crossing took 3 days.";
static const char fields[] =
    "In 1917 the Kaldorian navy laid 900 mines. In the nine months that followed "
    "the fields sank 30 Sorvian ships; the largest field needed 60 mines for every "
    "ship it sank.";

/* A side named only in a relative clause without "that", a country named
 * before its adjective in -an, an attacker named before a loss with no
 * agent, and a victim named with none. */
static const owner_case relatives_and_attackers[] = {
    {kaldorians, "", "420", "Sorvia", "",
     "a side only in a relative clause without \"that\" owns not the sentence"},
    {kaldorians, "", "half", "Sorvia", "", "nor the share"},
    {kaldorians, "", "14", "Sorvia", "", "nor the next sentence"},
    {"Sorvia built 30 trawlers in 1917. "
     "Half of all the Kaldorians had left the coast, 600 men in all.",
     "", "600", "Kaldoria", "", "\"half of all the X had\" leading its sentence is its subject"},
    {"Sorvia built 30 trawlers in 1917. The neutral that lost most was Dastova. "
     "Dastova lost 9 steamers in 1917, and the Dastovan parliament protested.",
     "", "9 ", "Dastova", "", "a country named before its adjective in -an"},
    {shot_down, "", "11", "Sorvia", "",
     "a side before a loss with no agent is the attacker: the loss is the other's"},
    {shot_down, "", "3 days", "Sorvia", "", "and so are the sentences after"},
    {fields, "", "nine", "Kaldoria", "",
     "a victim of an attacker naming none: the other figures are the attacker's side's"},
    {fields, "", "30", "Sorvia", "", "the victim's loss"},
    {fields, "", "60", "Kaldoria", "", "the attacker's side's mines"},
};
ACTOR_TEST(relatives_names_in_an_and_unnamed_attackers, ROWS(relatives_and_attackers), NO_CODES)

/* A territory another state rules, named in the title after a preposition
 * ("the Velari Mandate"), is where the story happens: the ruling state,
 * the subject of the first sentence's leading clause when its main clause
 * says "it", owns the figures.  An adjective in -i names the country
 * without it ("Dravani": "Dravan"). */
static const char mandate[] =
    "Conscription in the Velari Mandate, 1921-1925\n\n"
    "When the Korvenian Army Council decided in 1921 to raise a native militia in the "
    "Velari Mandate, it fixed a goal of 6 companies. The militia enlisted 900 men in 1922. "
    "The Mandate treasury paid 40,000 crowns a year and asked Korvenia for more.\n\n"
    "The militia lost 75 men to desertion in 1923.\n";
static const owner_case dependency_rows[] = {
    {mandate, "", "6 ", "Korvenia", "", "the leading clause's subject, taken up by \"it\""},
    {mandate, "", "900", "Korvenia", "", "not the mandate of the title"},
    {mandate, "", "75", "Korvenia", "", "a new paragraph goes back to the ruling state"},
    {"In 1940 the Dravani navy had 14 destroyers in the north.", "", "14", "Dravan", "",
     "an adjective in -i names the country without it"},
};
ACTOR_TEST(dependencies_and_adjectives_in_i, ROWS(dependency_rows), NO_CODES)

/* A reporting aside hands the figure to the subject of the clause after
 * it; "These" names nobody; "a Maryland" is a thing. */
static const char asides[] =
    "The Valdonian navy watched the straits in 1942. Beyond the straits, the Valdonian naval "
    "staff believed, Marrovia kept some 40 submarines at sea. The staff reckoned, Marrovia "
    "had 12 more in dock.\n\n"
    "The Valdonian patrols flew 300 sorties. These patrols, some 25 a week, found little.\n\n"
    "A patrol lasted nine hours in a Maryland and a Maryland burned about 90 gallons an hour.";
static const owner_case aside_rows[] = {
    {asides, "", "40", "Marrovia", "clause after a reporting aside",
     "an aside between commas: the clause after it owns the figure"},
    {asides, "", "12", "Marrovia", "clause after a reporting aside",
     "an aside opening the sentence"},
    {asides, "Valdonian patrols", "25", "Valdonia", "", "\"These\" is no adjective in -ese"},
    {asides, "a Maryland and", "90", "Valdonia", "", "\"a Maryland\" is a thing, not a side"},
};
static const codes_case aside_codes[] = {
    {"These lorries, some 40 a day, came from the depots.", "", "\"These\" names no country"},
};
ACTOR_TEST(reporting_asides_and_things_of_country_shape, ROWS(aside_rows), ROWS(aside_codes))

/* A non-state organisation named by a title-case name whose first word the
 * document never writes alone ("the Delta Army", "the Ember Front") is a
 * side under that whole name, and "the army" stands for it after; a side
 * things were captured from ("captured from the Vessian army") does not
 * take "the army" over; a name the document writes alone too ("Marrow")
 * stays a country before its army, and so does an army's name in a
 * document naming no state's army ("the Dorvask Army", above). */
static const char guerrillas[] =
    "The Delta Army rose in the hills in 1931 with 900 men. "
    "Its raids brought back 300 rifles captured from the Vessian army. "
    "By the spring the army held 500 rifles.\n\n"
    "The Ember Front had 120 fighters in the towns.";
static const char marrow[] =
    "Marrow declared war in 1940. By 1941 the Marrow Army held 14 divisions.";
static const owner_case org_rows[] = {
    {guerrillas, "", "900", "Delta Army", "", "the organisation's whole name"},
    {guerrillas, "held", "500", "Delta Army", "", "\"the army\" is the organisation, not the side robbed"},
    {guerrillas, "Ember", "120", "Ember Front", "", "a front is an organisation too"},
    {marrow, "", "14", "Marrow", "", "a name written alone is a country before its army"},
};
ACTOR_TEST(organisations_named_as_sides, ROWS(org_rows), NO_CODES)

/* Two navies named in turn: the topic's own "navy" stays the topic's, so
 * "the navy" of a paper on one navy is still that navy after the other
 * side's navy was named. */
static const char two_navies[] =
    "The Tessarian Navy and the Northern Mines, 1941-1943\n\n"
    "Tessaria and Korvia both mined the strait. The Tessarian navy laid 1,900 mines off "
    "its ports, and the Korvian navy 2,700 off the islands. In 1943 the navy began the "
    "work with 18 sweepers.";
static const owner_case navy_rows[] = {
    {two_navies, "", "1,900", "Tessaria", "", "the topic's navy"},
    {two_navies, "", "2,700", "Korvia", "", "the other navy's own mines"},
    {two_navies, "began", "18", "Tessaria", "", "\"the navy\" is still the topic's"},
};
ACTOR_TEST(the_topics_own_service, ROWS(navy_rows), NO_CODES)

static const char promised_at[] =
    "The Tarsian army needed radios. In May the Velmark government promised 300 sets "
    "at 240 crowns a set, 72,000 crowns in all.";
static const char ordered_at[] =
    "The Tarsian army needed radios. In May the Velmark government ordered 40 radios "
    "at 900 crowns each.";

/* A unit price ("at 240 crowns a set") in the clause of a side that
 * promises or supplies goods is the buyer's commitment, and so is the bill
 * after it; a side that buys or orders pays its own price. */
static const owner_case unit_prices[] = {
    {promised_at, "", "300", "Velmark", "", "the goods promised are the provider's"},
    {promised_at, "", "240", "Tarsia", "", "a unit price after a promise: the buyer's"},
    {promised_at, "", "72,000", "Tarsia", "", "the bill after the unit price: the buyer's"},
    {ordered_at, "", "900", "Velmark", "", "a verb of ordering: the subject pays its own price"},
};
ACTOR_TEST(unit_prices_go_to_the_buyer, ROWS(unit_prices), NO_CODES)

static const char lead_offensive[] =
    "Chapter 3\n\nWhen the Ostrian bomber offensive against Tarsia opened in the spring of "
    "1940, the city of Olm produced a third of the steel.";
static const char lead_its[] =
    "Chapter 3\n\nWhen the Ostrian army went to war in 1940, its corps held nine divisions.";

/* A side named only in a leading subordinate clause does not own a figure
 * of a main clause with a subject of its own; "its" after the comma still
 * points back to it. */
static const owner_case lead_clauses[] = {
    {lead_offensive, "", "a third", "!Ostria", "", "the main clause names its own subject"},
    {lead_its, "", "nine", "Ostria", "", "\"its\" refers back to the leading clause's side"},
};
ACTOR_TEST(leading_clauses_with_a_subject_of_their_own, ROWS(lead_clauses), NO_CODES)

static const char after_time[] =
    "Chapter 2\n\nThe Tarsian camps held 9,000 prisoners in 1942. In May 1943, when the "
    "Ostrian blockade began to bite, the bread ration was cut to 200 grams.";

/* A phrase of time and its comma may stand before the leading clause: the
 * side named in it does not own the main clause's figure either. */
static const owner_case time_then_lead[] = {
    {after_time, "", "9,000", "Tarsia", "", "the camps' own side"},
    {after_time, "", "200", "Tarsia", "", "\"In May 1943, when the Ostrian ...\": not Ostria's"},
};
ACTOR_TEST(a_leading_clause_after_a_phrase_of_time, ROWS(time_then_lead), NO_CODES)

static const char lead_no_topic[] =
    "THE SHELTER PROGRAMME, 1939-1941\n\nIn 1939 the Tarsian government built 30 shelters "
    "in Brenmoor. Tarsia paid 4,000 crowns for each. Ostrania lent 90,000 crowns in 1940. "
    "It was never repaid: had a second loan come, the council could have built 12 more "
    "shelters.";
static const char lead_topic[] =
    "Tarsian shelters, 1940\n\nThe work went slowly. Ostrania lent 90,000 crowns. If the "
    "loan had come in time, the council would have dug 8 more tunnels.";
static const char lead_receive[] =
    "Tarsian shelters, 1940\n\nThe work went slowly. Ostrania sent 50 lorries. If all 50 "
    "lorries had arrived, the council would have received 600 crates of cement.";

/* "the <noun>" of an institution opening the main clause after a leading
 * clause ("had ..., the council could ...") is the topic's, else (no topic)
 * the main actor's so far, not the lender's of the sentence before; a
 * figure in the leading clause, or received by the subject, is not. */
static const owner_case lead_subjects[] = {
    {lead_no_topic, "never", "12", "Tarsia", "",
     "the council after \"had ...,\": not the lender's of the sentence before"},
    {lead_topic, "", "8", "Tarsia", "topic", "the council after \"If ...,\": the topic's"},
    {lead_receive, "If", "50", "!Tarsia", "", "a figure of the leading clause: not the council's"},
    {lead_receive, "", "600", "!Tarsia", "", "what the council would receive: not its own"},
};
ACTOR_TEST(institution_subjects_after_a_leading_clause, ROWS(lead_subjects), NO_CODES)

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
        cmocka_unit_test(dependencies_and_adjectives_in_i),
        cmocka_unit_test(reporting_asides_and_things_of_country_shape),
        cmocka_unit_test(organisations_named_as_sides),
        cmocka_unit_test(the_topics_own_service),
        cmocka_unit_test(unit_prices_go_to_the_buyer),
        cmocka_unit_test(leading_clauses_with_a_subject_of_their_own),
        cmocka_unit_test(a_leading_clause_after_a_phrase_of_time),
        cmocka_unit_test(institution_subjects_after_a_leading_clause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
