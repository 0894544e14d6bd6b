/*
 * test_modality.c - the kind of claim a figure is: cues before the figure,
 * modal verbs and participles after it, negation, reported speech, and the
 * default.  Uses the shipped modality table (datasets/lexicon/modality.csv,
 * read from the repository root where the tests run).  Sentences are
 * written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/modality.h"

static tally_lexicon *lex;

static int setup(void **state)
{
    (void)state;
    tally_error err = {0};
    if (tally_lexicon_new(&lex, &err))
        return -1;
    return tally_lexicon_add_file(lex, "datasets/lexicon/modality.csv", &err) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    tally_lexicon_free(lex);
    return 0;
}

/* The modality of figure fig in the one sentence text. */
static const char *kind(const char *text, const char *fig)
{
    static tally_modality_choice c;
    tally_error err = {0};
    tally_sentence s = {.start = 0, .end = strlen(text), .section = TALLY_SECTION_BODY,
                        .para = 1, .sent = 1};
    const char *p = strstr(text, fig);
    assert_non_null(p);
    size_t a = (size_t)(p - text);
    assert_int_equal(tally_modality_pick(text, &s, a, a + strlen(fig), a + strlen(fig), lex, &c,
                                         &err), TALLY_OK);
    return c.modality;
}

static void cues_before(void **state)
{
    (void)state;
    assert_string_equal(kind("We plan to send ten regiments in May.", "ten"), "planned");
    assert_string_equal(kind("Moscow agreed to send 40 guns.", "40"), "promised");
    assert_string_equal(kind("He then requested 83 advisers.", "83"), "requested");
    assert_string_equal(kind("Staff officers believed the road would need 9,000 men.", "9,000"),
                        "estimated");
    assert_string_equal(kind("The brigade had 300 men.", "300"), "actual");
}

static void reported_speech(void **state)
{
    (void)state;
    /* the verb of saying is not a cue; the promise inside is */
    assert_string_equal(kind("The envoy declared that his country would send 375 jets.", "375"),
                        "promised");
    /* a request governs its that-clause */
    assert_string_equal(kind("He asked that the allies move two divisions north.", "two"),
                        "requested");
}

static void after_the_figure(void **state)
{
    (void)state;
    assert_string_equal(kind("They wanted 200 wings instead of the 150 projected by the staff.",
                             "150"), "planned");
    assert_string_equal(kind("He argued one division would not be able to hold.", "one"),
                        "hypothetical");
    /* a past necessity is a plan when reported, a thing done when told */
    assert_string_equal(kind("The engineers reported that three more bridges had to be built.",
                             "three"), "planned");
    assert_string_equal(kind("Later three more bridges had to be built.", "three"), "actual");
}

static void negation_and_clauses(void **state)
{
    (void)state;
    /* a negated request is no request */
    assert_string_equal(kind("He did not request the 20 tanks he got.", "20"), "actual");
    /* "but" closes the planning clause */
    assert_string_equal(kind("They planned much, but the army received only four divisions.",
                             "four"), "actual");
    assert_int_equal(tally_modality_valid("planned"), 1);
    assert_int_equal(tally_modality_valid("maybe"), 0);
}

static void plans_estimates_requests_hypotheticals(void **state)
{
    (void)state;
    assert_string_equal(kind("The quota was 400 tons a day.", "400"), "planned");
    assert_string_equal(kind("The target was 1,600 tanks a year.", "1,600"), "planned");
    assert_string_equal(kind("The staff assumed 12 aircraft to a squadron.", "12"), "estimated");
    /* the estimate governs its that-clause, "needed" inside it is no request */
    assert_string_equal(kind("The staff reckoned that each truck needed 14 litres.", "14"),
                        "estimated");
    assert_string_equal(kind("The colonel asked for 20 more trucks.", "20"), "requested");
    assert_string_equal(kind("With more crews they would have flown 900 sorties.", "900"),
                        "hypothetical");
    /* a counterfactual inside an estimate stays hypothetical */
    assert_string_equal(kind("The auditors reckoned that, given spare engines, the wing could "
                             "have kept 45 bombers flying.", "45"),
                        "hypothetical");
}

static void treaties_contrasts_and_things_done(void **state)
{
    (void)state;
    assert_string_equal(kind("The indemnity was fixed at 900 million crowns.", "900 million"),
                        "promised");
    assert_string_equal(kind("Under the treaty the republic was bound to pay 40 million a year.",
                             "40 million"), "promised");
    /* the figure set against the one that came true was the plan */
    assert_string_equal(kind("The first convoy left with 46 trucks instead of 50.", "50"),
                        "planned");
    assert_string_equal(kind("The first convoy left with 46 trucks instead of 50.", "46"),
                        "actual");
    /* a thing done after the promise reports what happened */
    assert_string_equal(kind("Of the 60 tanks promised, the works delivered 22 by May.", "22"),
                        "actual");
    assert_string_equal(kind("Of the 60 tanks promised, the works delivered 22 by May.", "60"),
                        "promised");
    /* "home-built" and "would have produced" are no things done */
    assert_string_equal(kind("Plans called for 4,800 home-built and 1,200 imported tanks, "
                             "6,000 in all.", "6,000"), "planned");
    assert_string_equal(kind("At full output the plants would have produced 135 tanks a month.",
                             "135"), "hypothetical");
}

static void agreements_obligations_and_capacity(void **state)
{
    (void)state;
    /* an agreement's terms are commitments */
    assert_string_equal(kind("The agreement gave the navy 12 frigates over two years.", "12"),
                        "promised");
    assert_string_equal(kind("The fee was 3 million florins, payable over six years.", "six"),
                        "promised");
    assert_string_equal(kind("The rest was to be paid in 14 instalments.", "14"), "promised");
    /* "required X to" is an obligation; "required N" a need stated as fact */
    assert_string_equal(kind("The treaty required the duchy to raze four forts.", "four"),
                        "planned");
    assert_string_equal(kind("The bridge required 9,000 man-days of work.", "9,000"), "actual");
    /* a capacity stated with "only" is a fact */
    assert_string_equal(kind("The depot could issue only 40 tons a day.", "40"), "actual");
    assert_string_equal(kind("The yard was supposed to launch 5 hulls by June.", "5"), "planned");
}

static void attributive_participles(void **state)
{
    (void)state;
    /* "the promised tonnage" qualifies its own phrase, not the next clause */
    assert_string_equal(kind("The mills sent 70 per cent of the promised tonnage, and the state "
                             "owed them 8 million.", "8 million"), "actual");
    assert_string_equal(kind("Then the promised 300 rifles came.", "300"), "promised");
    assert_string_equal(kind("Of the sum pledged, little came, and the army mustered 900 men.",
                             "900"), "actual");
}

/* A promise, request or estimate governs the modal verb of its clause; a
 * leading condition makes the main clause's modal verb hypothetical; a
 * reckoning after "therefore" is an estimate; a thing not done, a
 * condition, and the "Of the N that ..." frame stay in their own clause. */
static void governors_conditions_and_frames(void **state)
{
    (void)state;
    /* a promise or a request before "that" governs "would" after it */
    assert_string_equal(kind("The minister promised that the debt would be repaid within "
                             "seven years.", "seven"), "promised");
    assert_string_equal(kind("The mayor asked that the depot should hold 40 lorries.", "40"),
                        "requested");
    /* words between the verb and "that" */
    assert_string_equal(kind("The treasury estimated in 1931 that pensions would cost about "
                             "12 million crowns.", "12 million"), "estimated");
    assert_string_equal(kind("The guild promised the council that it would deliver 80 bells.",
                             "80"), "promised");
    /* an estimate set off by commas */
    assert_string_equal(kind("Such losses, the staff estimated, could be borne for four "
                             "months.", "four"), "estimated");
    /* a verb of saying alone does not govern */
    assert_string_equal(kind("He said that the fleet would sail with 30 ships.", "30"),
                        "planned");
    /* a leading condition: the main clause is its outcome */
    assert_string_equal(kind("If the barges come, the mill will grind 900 sacks a week.", "900"),
                        "hypothetical");
    assert_string_equal(kind("Unless the pass stays open, the garrison will have 12 days of "
                             "food.", "12"), "hypothetical");
    /* a condition later in the sentence changes nothing before it */
    assert_string_equal(kind("The mill will grind 900 sacks a week if the barges come.", "900"),
                        "planned");
    /* a reckoning */
    assert_string_equal(kind("The corps therefore needs 640 tons of water a day.", "640"),
                        "estimated");
    assert_string_equal(kind("The deficit is 70 tons, which would call for another 35 carts.",
                             "35"), "estimated");
    assert_string_equal(kind("The harbour board put the damage at 3 million crowns.",
                             "3 million"), "estimated");
    /* a narrative "therefore" with a verb of a thing done is no reckoning */
    assert_string_equal(kind("The two winters therefore yielded 410 wagons.", "410"), "actual");
    /* a change that happened after a plan is actual */
    assert_string_equal(kind("The works did better than the planners had hoped: output rose "
                             "from 200 lamps to 350.", "350"), "actual");
    /* a thing not done stays before its colon or semicolon */
    assert_string_equal(kind("The mint could not keep up: it struck 90,000 coins in 1923.",
                             "90,000"), "actual");
    assert_string_equal(kind("Had the rails arrived, the line could have opened in May; in "
                             "the event it carried 14 trains a day.", "14"), "actual");
    assert_string_equal(kind("The mint could not strike 90,000 coins.", "90,000"),
                        "hypothetical");
    /* the opening "Of the N that ..." frame */
    assert_string_equal(kind("Of the 50 lorries that were to be repaired, the workshops "
                             "finished 31 by June.", "31"), "actual");
    assert_string_equal(kind("Of the lorries, 31 were to be repaired by June.", "31"),
                        "planned");
}

/* A verb of saying (scope "clause" in the table) governs the bare modal
 * verb and the verb of need of its that-clause, unless the clause names a
 * deadline year; a relative clause after the figure lends its cue when
 * that is more than a bare modal; "budget of" is a plan. */
static void speech_relatives_and_budgets(void **state)
{
    (void)state;
    assert_string_equal(kind("The governor told the council on 3 May that the harbour would "
                             "handle 600 tons a day.", "600"), "estimated");
    assert_string_equal(kind("The governor told the council that the harbour would handle 600 "
                             "tons a day by the autumn of 1931.", "600"), "planned");
    assert_string_equal(kind("The governor told the council that the province would send 600 "
                             "tons.", "600"), "promised");
    assert_string_equal(kind("The governor told the council that 600 tons had arrived.", "600"),
                        "actual");
    assert_string_equal(kind("The engineer told the board that each furnace needed 40 tons of "
                             "coke a day.", "40"), "estimated");
    assert_string_equal(kind("The engineer told the board of the delay; the works needed 40 "
                             "tons more.", "40"), "requested");
    assert_string_equal(kind("The 90 drivers who were to be trained at Lomm arrived late.",
                             "90"), "planned");
    assert_string_equal(kind("The 90 drivers who would drive the lorries came from Lomm.",
                             "90"), "actual");
    assert_string_equal(kind("Moscow promised 375 fighters which would reach the front in May.",
                             "375"), "promised");
    assert_string_equal(kind("The railway took 40 per cent of a transport budget of 900 "
                             "million crowns.", "900 million"), "planned");
    assert_string_equal(kind("The railway took 40 per cent of a transport budget of 900 "
                             "million crowns.", "40 per cent"), "actual");
}

/* "would have" before a count owns it (a plan); before a participle it is
 * a counterfactual; a deadline after the figure keeps a reported plan
 * planned. */
static void would_have_a_count(void **state)
{
    (void)state;
    assert_string_equal(kind("By then the fleet would have 30 destroyers.", "30"), "planned");
    assert_string_equal(kind("By then the fleet would have thirty destroyers.", "thirty"),
                        "planned");
    assert_string_equal(kind("The fleet would have \"thirty destroyers at sea\".", "thirty"),
                        "planned");
    assert_string_equal(kind("Without the strike the yards would have launched 30 destroyers.",
                             "30"), "hypothetical");
    assert_string_equal(kind("The admiral told the senate that the fleet would have 30 "
                             "destroyers by the end of the year.", "30"), "planned");
    assert_string_equal(kind("The admiral told the senate that the fleet would have 30 "
                             "destroyers.", "30"), "estimated");
}

/* The plan, programme or treaty a figure is measured against, named right
 * after it ("the 30 the programme had called for", "the 20 of the plan"),
 * makes that figure planned or promised; the figure measured stays as it
 * is, and an owner that is no plan leaves the figure actual. */
static void owner_after_the_figure(void **state)
{
    (void)state;
    const char *a = "By June the yards had launched 18 of the 30 the programme had called for.";
    assert_string_equal(kind(a, "30"), "planned");
    assert_string_equal(kind(a, "18"), "actual");
    const char *b = "The depots held 900 tons against the 1,400 that the treaty had fixed.";
    assert_string_equal(kind(b, "1,400"), "promised");
    assert_string_equal(kind(b, "900"), "actual");
    const char *c = "Only 12 crews were ready, against the 20 of the plan, and more were training.";
    assert_string_equal(kind(c, "20"), "planned");
    assert_string_equal(kind(c, "12"), "actual");
    assert_string_equal(kind("The mill ground 70 tons, short of the 95 tons the planners had "
                             "assumed.", "95"), "planned");
    assert_string_equal(kind("Of the 500 trucks the army sent, 300 arrived.", "500"), "actual");
    assert_string_equal(kind("The 40 guns of the battery, the heaviest of the plan period, "
                             "fired all night.", "40"), "actual");
    /* an owner noun is no cue by itself */
    assert_string_equal(kind("The programme cost 40 million in its first year.", "40 million"),
                        "actual");
}

/* A subject parted from its cue by a phrase between commas; "could" of a
 * capacity used in the narrative. */
static void subjects_and_ability(void **state)
{
    (void)state;
    const char *a = "Columns of 40 wagons, each drawn by 6 horses, were to cross the pass weekly.";
    assert_string_equal(kind(a, "40"), "planned");
    assert_string_equal(kind(a, "6"), "planned");
    assert_string_equal(kind("The barges, of 300 tons each, were to carry coal upriver.", "300"),
                        "planned");
    /* a fronted phrase is no subject; a verb before the figure ends it */
    assert_string_equal(kind("After 30 days, the crews were to rest.", "30"), "actual");
    assert_string_equal(kind("The yard built 12 hulls, all of steel, and more were to follow.",
                             "12"), "actual");
    /* a capacity in the narrative happened; a plan or a condition did not */
    assert_string_equal(kind("With the new engines the depot could repair 45 tanks a month.",
                             "45"), "actual");
    assert_string_equal(kind("The rains stopped, so that the column could move some 90 guns "
                             "forward.", "some 90"), "actual");
    /* inside a that-clause the capacity is no thing done */
    assert_string_not_equal(kind("The staff reported that the depot could repair 45 tanks a "
                                 "month.", "45"), "actual");
    assert_string_equal(kind("The bridge could be rebuilt in 20 days.", "20"), "planned");
    assert_string_equal(kind("The wing could have flown 300 sorties.", "300"), "hypothetical");
}

/* A plan's or an ability's cue stops at ", so that"; an estimate or a
 * request reaches through it; "to the target" is a place; "managed"
 * after a promise is a thing done. */
static void results_targets_and_managed(void **state)
{
    (void)state;
    assert_string_equal(kind("Each crane could lift 30 tons an hour, so that the four together "
                             "handled 120 tons.", "120"), "actual");
    assert_string_equal(kind("The gangs had to shift 500 tons a day, so that the cutting took "
                             "40 days.", "500"), "planned");
    assert_string_equal(kind("The gangs had to shift 500 tons a day, so that the cutting took "
                             "40 days.", "40"), "actual");
    assert_string_equal(kind("The staff reckoned the need at 40 tons, so that 900 tons had to "
                             "come by rail.", "900"), "estimated");
    assert_string_equal(kind("A bomber took 3 tons of bombs to the target.", "3"), "actual");
    assert_string_equal(kind("The target was 60 boats by the spring.", "60"), "planned");
    assert_string_equal(kind("The board promised six trains, and in the summer it managed "
                             "nine.", "nine"), "actual");
    assert_string_equal(kind("The board promised six trains, and in the summer it managed "
                             "nine.", "six"), "promised");
}

/* A cue after the figure's comma; a plan noun that names an earlier
 * figure's plan; a thing done past a semicolon; "only if" after the
 * figure; what came true after "instead of"; a norm for each unit. */
static void appositions_plan_nouns_and_conditions(void **state)
{
    (void)state;
    assert_string_equal(kind("The fee was 3.1 million lei, payable over four years.",
                             "3.1 million"), "promised");
    assert_string_equal(kind("In 1950 the mill rolled 9,000 tons, barely half its target, and "
                             "in 1951 some 12,000.", "12,000"), "actual");
    assert_string_equal(kind("Under the plan, the yards got 70 barges.", "70"), "planned");
    assert_string_equal(kind("The mission reckoned that the corps would need 800 drivers; only "
                             "350 had finished the course by May.", "350"), "actual");
    assert_string_equal(kind("The mission reckoned that the corps would need 800 drivers; only "
                             "350 had finished the course by May.", "800"), "estimated");
    assert_string_equal(kind("The brigade can hold a front of 30 km only if its reserves "
                             "arrive.", "30"), "hypothetical");
    assert_string_equal(kind("The staff reckoned the corps might have kept 90 guns instead of "
                             "the 55 it could actually use.", "55"), "actual");
    assert_string_equal(kind("Each barge needed a crew of 14.", "14"), "planned");
    assert_string_equal(kind("The garrison needed 14 tons a day.", "14"), "requested");
}

/* A past necessity told in the narrative happened; a relative clause
 * between commas keeps its cue; targets after "against" are places; a
 * pledge's worth; a modal verb after an opening rate. */
static void necessities_relatives_pledges_and_rates(void **state)
{
    (void)state;
    assert_string_equal(kind("In 1942 the deficit of 900 million had to be borrowed.",
                             "900 million"), "actual");
    assert_string_equal(kind("The envoy learned that four more depots had to be built.", "four"),
                        "planned");
    assert_string_equal(kind("The old forts, which were to be rebuilt, had 60 guns.", "60"),
                        "actual");
    assert_string_equal(kind("The wing flew 300 sorties against rail targets, some 40 a week.",
                             "40"), "actual");
    assert_string_equal(kind("At 5 marks to the dollar, the loan was worth 20 million marks.",
                             "20 million"), "promised");
    assert_string_equal(kind("The loan was worth 20 million marks, and the army spent 6 million "
                             "of it.", "6 million"), "actual");
    assert_string_equal(kind("At 50 lei a month, 300 more recruits would cost 15,000 lei.",
                             "300"), "hypothetical");
    assert_string_equal(kind("At 50 lei a month, 300 more recruits would cost 15,000 lei.",
                             "15,000"), "hypothetical");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cues_before),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(after_the_figure),
        cmocka_unit_test(negation_and_clauses),
        cmocka_unit_test(plans_estimates_requests_hypotheticals),
        cmocka_unit_test(treaties_contrasts_and_things_done),
        cmocka_unit_test(agreements_obligations_and_capacity),
        cmocka_unit_test(attributive_participles),
        cmocka_unit_test(governors_conditions_and_frames),
        cmocka_unit_test(speech_relatives_and_budgets),
        cmocka_unit_test(would_have_a_count),
        cmocka_unit_test(owner_after_the_figure),
        cmocka_unit_test(subjects_and_ability),
        cmocka_unit_test(results_targets_and_managed),
        cmocka_unit_test(appositions_plan_nouns_and_conditions),
        cmocka_unit_test(necessities_relatives_pledges_and_rates),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
