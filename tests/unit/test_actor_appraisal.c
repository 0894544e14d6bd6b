/*
 * test_actor_appraisal.c - the owner of a figure in a staff appraisal of an
 * enemy whose subject stands after a colon in a heading in capitals ending
 * with a period ("APPRAISAL 4/47: THE GARVONIAN NAVY IN 1950."), after kills
 * claimed against a named side ("claimed 300 Garvonian bombers destroyed"),
 * after an air force whose last word is "force" ("the force" later is any
 * body of men), under a title naming a side only after "against" (the
 * target, not the side the story follows), with aircraft that "bombed" and
 * with what is asked of "the government of" another side.
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

static const char appraisal[] =
    "MORVANIAN NAVAL STAFF, HISTORICAL SECTION\n\n"
    "APPRAISAL 4/47: THE GARVONIAN NAVY IN 1950.\n\n"
    "1. Cruisers were thought to carry 640 men each.";

/* A later heading in capitals names the subject after a colon, even with a
 * final period; without one the issuing body stays the topic. */
static const owner_case subjects[] = {
    {appraisal, "", "640", "Garvonia", "topic", "the subject after the colon"},
    {"MORVANIAN NAVAL STAFF, HISTORICAL SECTION\n\n"
     "APPRAISAL 4/47: ITS SHIPS IN 1950.\n\n"
     "1. Cruisers were thought to carry 640 men each.",
     "", "640", "Morvania", "topic", "no side after the colon: the issuer stays"},
};
ACTOR_TEST(subject_after_a_colon, ROWS(subjects), NO_CODES)

static const char kills[] =
    "THE AIR WAR OVER GARVONIA\n\n"
    "In 1950 Morvanian fighters claimed 300 Garvonian bombers destroyed. "
    "The records give 120 destroyed and 40 damaged beyond repair.";

/* Kills claimed against a side named after the number go on to be that
 * side's losses (a claim of formations, a side's own strength, needs the
 * units table: tests/cli/439-actor-appraisal-claims-force.case). */
static const owner_case claims[] = {
    {kills, "", "300", "Garvonia", "", "the victim named in the claim"},
    {kills, "records", "120", "Garvonia", "", "the losses counted next are the victim's"},
};
ACTOR_TEST(claims_of_kills_and_of_strength, ROWS(claims), NO_CODES)

static const char repair[] =
    "In 1944 the Tarvonian Air Force flew 300 sorties against the plants.\n\n"
    "The Velgarians did not wait. The ministry raised the force to 12,000 men.";

static const char offensive[] =
    "The Offensive against the Velgarian Plants, 1944\n\n"
    "In May the Tarvonian bombers flew 20 raids on the plants. "
    "Weather took its toll: 900 aircraft bombed and 60 turned back.\n\n"
    "In June 250 aircraft took part.";

/* "the force" alone is no alias of an air force; a title's side after
 * "against" is the target, not the topic; aircraft that bombed did so;
 * what is asked of "the government of" a side is that side's. */
static const owner_case forces[] = {
    {repair, "", "300", "Tarvonia", "", "the air force's sorties"},
    {repair, "wait", "12,000", "Velgaria", "previous sentence",
     "\"the force\" is not the Tarvonian Air Force"},
    {offensive, "", "20", "Tarvonia", "", "the attacker named"},
    {offensive, "toll", "900", "Tarvonia", "", "aircraft that bombed are the attacker's"},
    {offensive, "June", "250", "Tarvonia", "", "not the target of the title"},
    {"In 1942 the Tarvonian minister asked the government of Dorvania for 500 tons of wheat.",
     "", "500", "Dorvania", "asked", "\"the government of\" a side is that side's, not one's own"},
    {"In 1942 the Tarvonian minister asked the government for 500 tons of wheat.", "", "500",
     "Tarvonia", "", "\"the government\" alone is the asker's own"},
};
ACTOR_TEST(air_forces_and_offensives, ROWS(forces), NO_CODES)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_after_a_colon),
        cmocka_unit_test(claims_of_kills_and_of_strength),
        cmocka_unit_test(air_forces_and_offensives),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
