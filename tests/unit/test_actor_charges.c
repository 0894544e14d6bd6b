/*
 * test_actor_charges.c - the owner of a charge one side lays on another (a
 * levy, tribute, indemnity, reparations, the costs of an occupation): the
 * payer, the side the story follows, even when the sentence or the one
 * before names the side that fixed it; but not a sum a head that the
 * charge pays its receivers, nor a figure before the word of the charge.
 * And the figures of a body of its own, a charity or a society called by
 * its short name ("the Fund"), which are that body's, not the side of the
 * sentence before; not when the body is only told something in another
 * clause.  The terms of a loan after "repayable" (its years, rate and
 * interest) are the borrower's, not the lender's.  Sentences are written
 * for these tests.
 *
 * Each test is a table (actor_cases.h): one row a figure of a document,
 * the owner expected ("" none, "!X" anything but X) and the rule expected
 * ("" not checked).
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

static const char occupied[] =
    "The Cost of Defeat: Occupation Charges in Velmark, 1941-1943\n\n"
    "The armistice bound Velmark to pay the costs of the occupation, and a Torvanian "
    "board set them at 30 million crowns a month. "
    "The Torvanian board asked for nothing else. "
    "From March 1942 the levy rose from 30 million to 36 million crowns a month, "
    "6 million more. "
    "In that winter the levy gave the garrison about 50 crowns a man each month. "
    "The Torvanian garrison spent no more than 9 million crowns, far less than the levy.";

/* The levy and its changes are the payer's; a sum a head is the men's; a
 * figure the word of the charge only follows is left to the other rules. */
static const owner_case charges[] = {
    {occupied, "", "30 million", "Velmark", "payer", "the costs of the occupation it pays"},
    {occupied, "levy rose", "36 million", "Velmark", "payer",
     "the levy, with the fixer in the sentence before"},
    {occupied, "36 million", "6 million", "Velmark", "payer", "the change of the levy"},
    {occupied, "winter", "about 50", "!Velmark", "", "marks a man: what the men got"},
    {occupied, "garrison spent", "no more than 9 million", "Torvania", "",
     "the charge named after the figure"},
};
ACTOR_TEST(a_charge_is_the_payers, ROWS(charges), NO_CODES)

static const char relief[] =
    "Relief for the Dorvanian Town of Hesk, 1923\n\n"
    "In 1923 the Calder Famine Fund, a charity, sent convoys to Hesk. "
    "In March the Dorvanian mayor asked the Fund for 900 tons of grain. "
    "The Fund pledged 600 tons a month for three months, 1,800 tons in all. "
    "The Dorvanian mayor told the Fund that the hospital alone would need 40 tons.";

/* "the Fund" stands for the full name written before it. */
static const owner_case bodies[] = {
    {relief, "mayor asked", "900", "Calder Famine Fund", "asked", "what is asked of the Fund"},
    {relief, "pledged", "600", "Calder Famine Fund", "organisation", "the Fund's own pledge"},
    {relief, "pledged", "three", "Calder Famine Fund", "organisation", "in the same clause"},
    {relief, "pledged", "1,800", "Calder Famine Fund", "organisation", "its total"},
    {relief, "told", "40", "!Calder Famine Fund", "", "the Fund is only told: a that-clause"},
};
ACTOR_TEST(a_body_of_its_own, ROWS(bodies), NO_CODES)

static const char harbour[] =
    "Credit for Sarnia: the Harbour Loan of 1936\n\n"
    "In 1935 the Sarnian harbour board needed money for its quays. "
    "In June 1936 the Valdrian government agreed to lend 4 million crowns, repayable over "
    "20 years at 5 per cent, or 200,000 crowns a year in interest.";

/* A loan is the lender's; its terms after "repayable" are the borrower's
 * commitment: the topic's. */
static const owner_case loan[] = {
    {harbour, "lend", "4 million", "Valdria", "", "the sum lent is the lender's"},
    {harbour, "repayable", "20", "Sarnia", "borrower", "the term the borrower repays over"},
    {harbour, "at", "5 per cent", "Sarnia", "borrower", "the rate the borrower pays"},
    {harbour, "or", "200,000", "Sarnia", "borrower", "the interest the borrower pays"},
};
ACTOR_TEST(a_loans_terms_are_the_borrowers, ROWS(loan), NO_CODES)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_charge_is_the_payers),
        cmocka_unit_test(a_body_of_its_own),
        cmocka_unit_test(a_loans_terms_are_the_borrowers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
