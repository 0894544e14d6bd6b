/*
 * test_modality.c - the kind of claim a figure is: cues before the figure,
 * modal verbs and participles after it, negation, reported speech, and the
 * default.  Uses the shipped modality table (datasets/lexicon/modality.csv,
 * read from the repository root where the tests run).  Sentences are
 * written for these tests.
 *
 * Each test is a table (modality_cases.h): one row a sentence, a figure in
 * it (its first occurrence), the modality expected ("!X": anything but X)
 * and why.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/modality.h"

#include "modality_cases.h"

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

/* A cue before the figure names its kind; with none it is actual. */
static const modality_case cues_before_rows[] = {
    {"We plan to send ten regiments in May.", "ten", "planned", "\"plan to\""},
    {"Moscow agreed to send 40 guns.", "40", "promised", "\"agreed to\""},
    {"He then requested 83 advisers.", "83", "requested", "\"requested\""},
    {"Staff officers believed the road would need 9,000 men.", "9,000", "estimated",
     "\"believed\""},
    {"The brigade had 300 men.", "300", "actual", "no cue: the default"},
};
MODALITY_TEST(cues_before, cues_before_rows)

/* A verb of saying is no cue itself; what is said inside it is. */
static const modality_case reported_speech_rows[] = {
    {"The envoy declared that his country would send 375 jets.", "375", "promised",
     "the verb of saying is not a cue; the promise inside is"},
    {"He asked that the allies move two divisions north.", "two", "requested",
     "a request governs its that-clause"},
};
MODALITY_TEST(reported_speech, reported_speech_rows)

/* Participles and modal verbs after the figure. */
static const modality_case after_the_figure_rows[] = {
    {"They wanted 200 wings instead of the 150 projected by the staff.", "150", "planned",
     "\"projected\" after the figure"},
    {"He argued one division would not be able to hold.", "one", "hypothetical",
     "\"would not be able\" after the figure"},
    {"The engineers reported that three more bridges had to be built.", "three", "planned",
     "a past necessity is a plan when reported"},
    {"Later three more bridges had to be built.", "three", "actual",
     "a past necessity told is a thing done"},
};
MODALITY_TEST(after_the_figure, after_the_figure_rows)

/* Negation undoes a cue; "but" ends its clause.  The names of the
 * modalities are checked too. */
static const modality_case negation_and_clauses_rows[] = {
    {"He did not request the 20 tanks he got.", "20", "actual",
     "a negated request is no request"},
    {"They planned much, but the army received only four divisions.", "four", "actual",
     "\"but\" closes the planning clause"},
};
static const valid_case modality_names[] = {
    {"planned", 1, "one of the six"},
    {"maybe", 0, "no modality"},
};
MODALITY_NAMES_TEST(negation_and_clauses, negation_and_clauses_rows, modality_names)

/* Targets are plans, a quota a demand on another (requested), assumptions
 * estimates, asking a request, "would have" a counterfactual. */
static const modality_case plans_estimates_rows[] = {
    {"The quota was 400 tons a day.", "400", "requested",
     "a quota is set for another to deliver: a demand"},
    {"The target was 1,600 tanks a year.", "1,600", "planned", "a target"},
    {"The staff assumed 12 aircraft to a squadron.", "12", "estimated", "\"assumed\""},
    {"The staff reckoned that each truck needed 14 litres.", "14", "estimated",
     "the estimate governs its that-clause, \"needed\" inside it is no request"},
    {"The colonel asked for 20 more trucks.", "20", "requested", "\"asked for\""},
    {"With more crews they would have flown 900 sorties.", "900", "hypothetical",
     "\"would have flown\""},
    {"The auditors reckoned that, given spare engines, the wing could have kept 45 bombers "
     "flying.",
     "45", "hypothetical", "a counterfactual inside an estimate stays hypothetical"},
    {"The planners assume that each bridging company will lay 90 metres a day.", "90",
     "estimated", "\"assume\" governs the bare \"will\" of its that-clause"},
    {"On these figures the corps will need 3,400 litres of fuel a day.", "3,400", "estimated",
     "a future need worked out by the staff: \"will need\""},
    {"Over the ten days the lorries will thus carry 5,200 tons.", "5,200", "estimated",
     "a total worked out from rates: \"will thus\""},
    {"The railway timetable provides for four trains a day.", "four", "planned",
     "a plan's terms: \"provides for\""},
    {"Vellmark has undertaken to supply 60 locomotives by June.", "60", "promised",
     "a promise in the perfect: \"has undertaken to\""},
};
MODALITY_TEST(plans_estimates_requests_hypotheticals, plans_estimates_rows)

static const char convoy[] = "The first convoy left with 46 trucks instead of 50.";
static const char works[] = "Of the 60 tanks promised, the works delivered 22 by May.";

/* Treaty terms are promises; of two figures set against each other the one
 * that did not come true was the plan; a thing done reports what happened. */
static const modality_case treaties_rows[] = {
    {"The indemnity was fixed at 900 million crowns.", "900 million", "promised",
     "an indemnity fixed"},
    {"Under the treaty the republic was bound to pay 40 million a year.", "40 million",
     "promised", "\"bound to pay\" under a treaty"},
    {convoy, "50", "planned", "the figure set against the one that came true was the plan"},
    {convoy, "46", "actual", "the one that came true"},
    {works, "22", "actual", "a thing done after the promise reports what happened"},
    {works, "60", "promised", "\"the 60 tanks promised\""},
    {"Plans called for 4,800 home-built and 1,200 imported tanks, 6,000 in all.", "6,000",
     "planned", "\"home-built\" is no thing done"},
    {"At full output the plants would have produced 135 tanks a month.", "135", "hypothetical",
     "\"would have produced\" is no thing done"},
};
MODALITY_TEST(treaties_contrasts_and_things_done, treaties_rows)

/* An agreement's terms are commitments; "required X to" an obligation,
 * "required N" a need stated as fact; a capacity with "only" a fact. */
static const modality_case agreements_rows[] = {
    {"The agreement gave the navy 12 frigates over two years.", "12", "promised",
     "an agreement's terms are commitments"},
    {"The fee was 3 million florins, payable over six years.", "six", "promised",
     "\"payable over\" a fee's term"},
    {"The rest was to be paid in 14 instalments.", "14", "promised", "\"was to be paid\""},
    {"The treaty required the duchy to raze four forts.", "four", "planned",
     "\"required X to\" is an obligation"},
    {"The bridge required 9,000 man-days of work.", "9,000", "actual",
     "\"required N\" is a need stated as fact"},
    {"The depot could issue only 40 tons a day.", "40", "actual",
     "a capacity stated with \"only\" is a fact"},
    {"The yard was supposed to launch 5 hulls by June.", "5", "planned", "\"was supposed to\""},
};
MODALITY_TEST(agreements_obligations_and_capacity, agreements_rows)

/* An attributive participle ("the promised tonnage") qualifies its own
 * phrase, not the next clause. */
static const modality_case attributive_rows[] = {
    {"The mills sent 70 per cent of the promised tonnage, and the state owed them 8 million.",
     "8 million", "actual", "\"the promised tonnage\" does not reach the next clause"},
    {"Then the promised 300 rifles came.", "300", "promised", "\"the promised 300\""},
    {"Of the sum pledged, little came, and the army mustered 900 men.", "900", "actual",
     "\"pledged\" stays in its phrase"},
};
MODALITY_TEST(attributive_participles, attributive_rows)

/* A promise, request or estimate governs the modal verb of its clause; a
 * leading condition makes the main clause's modal verb hypothetical; a
 * reckoning after "therefore" is an estimate; a thing not done, a
 * condition, and the "Of the N that ..." frame stay in their own clause. */
static const modality_case governors_rows[] = {
    {"The minister promised that the debt would be repaid within seven years.", "seven",
     "promised", "a promise before \"that\" governs \"would\" after it"},
    {"The mayor asked that the depot should hold 40 lorries.", "40", "requested",
     "a request before \"that\" governs \"should\" after it"},
    {"The treasury estimated in 1931 that pensions would cost about 12 million crowns.",
     "12 million", "estimated", "words between the verb and \"that\""},
    {"The guild promised the council that it would deliver 80 bells.", "80", "promised",
     "an object between the verb and \"that\""},
    {"Such losses, the staff estimated, could be borne for four months.", "four", "estimated",
     "an estimate set off by commas"},
    {"He said that the fleet would sail with 30 ships.", "30", "planned",
     "a verb of saying alone does not govern"},
    {"If the barges come, the mill will grind 900 sacks a week.", "900", "hypothetical",
     "a leading condition: the main clause is its outcome"},
    {"Unless the pass stays open, the garrison will have 12 days of food.", "12",
     "hypothetical", "a leading \"unless\""},
    {"The mill will grind 900 sacks a week if the barges come.", "900", "planned",
     "a condition later in the sentence changes nothing before it"},
    {"The corps therefore needs 640 tons of water a day.", "640", "estimated",
     "a reckoning after \"therefore\""},
    {"The deficit is 70 tons, which would call for another 35 carts.", "35", "estimated",
     "a reckoning: \"would call for\""},
    {"The harbour board put the damage at 3 million crowns.", "3 million", "estimated",
     "a reckoning: \"put the damage at\""},
    {"The two winters therefore yielded 410 wagons.", "410", "actual",
     "a narrative \"therefore\" with a verb of a thing done is no reckoning"},
    {"The works did better than the planners had hoped: output rose from 200 lamps to 350.",
     "350", "actual", "a change that happened after a plan is actual"},
    {"The mint could not keep up: it struck 90,000 coins in 1923.", "90,000", "actual",
     "a thing not done stays before its colon"},
    {"Had the rails arrived, the line could have opened in May; in the event it carried 14 "
     "trains a day.",
     "14", "actual", "a condition stays before its semicolon"},
    {"The mint could not strike 90,000 coins.", "90,000", "hypothetical",
     "a thing not done in the figure's own clause"},
    {"Of the 50 lorries that were to be repaired, the workshops finished 31 by June.", "31",
     "actual", "the opening \"Of the N that ...\" frame stays in its clause"},
    {"Of the lorries, 31 were to be repaired by June.", "31", "planned",
     "no frame: \"were to be\" is the figure's"},
};
MODALITY_TEST(governors_conditions_and_frames, governors_rows)

static const char budget[] =
    "The railway took 40 per cent of a transport budget of 900 million crowns.";

/* A verb of saying (scope "clause" in the table) governs the bare modal
 * verb and the verb of need of its that-clause, unless the clause names a
 * deadline year; a relative clause after the figure lends its cue when
 * that is more than a bare modal; "budget of" is a plan. */
static const modality_case speech_rows[] = {
    {"The governor told the council on 3 May that the harbour would handle 600 tons a day.",
     "600", "estimated", "\"told ... that\" governs a bare \"would\""},
    {"The governor told the council that the harbour would handle 600 tons a day by the "
     "autumn of 1931.",
     "600", "planned", "a deadline year keeps it a plan"},
    {"The governor told the council that the province would send 600 tons.", "600", "promised",
     "\"would send\": a promise"},
    {"The governor told the council that 600 tons had arrived.", "600", "actual",
     "a thing done, told"},
    {"The engineer told the board that each furnace needed 40 tons of coke a day.", "40",
     "estimated", "a need inside a that-clause of saying"},
    {"The engineer told the board of the delay; the works needed 40 tons more.", "40",
     "actual", "a need past the semicolon is not governed (and a thing's need is no request)"},
    {"The 90 drivers who were to be trained at Lomm arrived late.", "90", "planned",
     "a relative clause lends \"were to be\""},
    {"The 90 drivers who would drive the lorries came from Lomm.", "90", "actual",
     "a bare modal in a relative clause lends nothing"},
    {"Moscow promised 375 fighters which would reach the front in May.", "375", "promised",
     "the promise before wins over the relative clause"},
    {budget, "900 million", "planned", "\"budget of\" is a plan"},
    {budget, "40 per cent", "actual", "the share taken of the budget"},
};
MODALITY_TEST(speech_relatives_and_budgets, speech_rows)

/* "would have" before a count owns it (a plan); before a participle it is
 * a counterfactual; a deadline after the figure keeps a reported plan
 * planned. */
static const modality_case would_have_rows[] = {
    {"By then the fleet would have 30 destroyers.", "30", "planned", "\"would have\" a count"},
    {"By then the fleet would have thirty destroyers.", "thirty", "planned",
     "a count in words"},
    {"The fleet would have \"thirty destroyers at sea\".", "thirty", "planned",
     "a count in quotation marks"},
    {"Without the strike the yards would have launched 30 destroyers.", "30", "hypothetical",
     "\"would have\" a participle"},
    {"The admiral told the senate that the fleet would have 30 destroyers by the end of the "
     "year.",
     "30", "planned", "a deadline keeps a reported plan planned"},
    {"The admiral told the senate that the fleet would have 30 destroyers.", "30", "estimated",
     "reported with no deadline"},
};
MODALITY_TEST(would_have_a_count, would_have_rows)

static const char launched[] =
    "By June the yards had launched 18 of the 30 the programme had called for.";
static const char depots[] = "The depots held 900 tons against the 1,400 that the treaty had "
                             "fixed.";
static const char crews[] =
    "Only 12 crews were ready, against the 20 of the plan, and more were training.";

/* The plan, programme or treaty a figure is measured against, named right
 * after it ("the 30 the programme had called for", "the 20 of the plan"),
 * makes that figure planned or promised; the figure measured stays as it
 * is, and an owner that is no plan leaves the figure actual. */
static const modality_case owner_after_rows[] = {
    {launched, "30", "planned", "\"the 30 the programme had called for\""},
    {launched, "18", "actual", "the figure measured against it"},
    {depots, "1,400", "promised", "\"the 1,400 that the treaty had fixed\""},
    {depots, "900", "actual", "the figure measured against it"},
    {crews, "20", "planned", "\"the 20 of the plan\""},
    {crews, "12", "actual", "the figure measured against it"},
    {"The mill ground 70 tons, short of the 95 tons the planners had assumed.", "95",
     "planned", "\"the planners had assumed\""},
    {"Of the 500 trucks the army sent, 300 arrived.", "500", "actual",
     "an owner that is no plan"},
    {"The 40 guns of the battery, the heaviest of the plan period, fired all night.", "40",
     "actual", "the battery owns it, not the plan period"},
    {"The programme cost 40 million in its first year.", "40 million", "actual",
     "an owner noun is no cue by itself"},
};
MODALITY_TEST(owner_after_the_figure, owner_after_rows)

static const char columns[] =
    "Columns of 40 wagons, each drawn by 6 horses, were to cross the pass weekly.";

/* A subject parted from its cue by a phrase between commas; "could" of a
 * capacity used in the narrative. */
static const modality_case subjects_rows[] = {
    {columns, "40", "planned", "the subject's cue past a phrase between commas"},
    {columns, "6", "planned", "a figure inside the phrase between commas"},
    {"The barges, of 300 tons each, were to carry coal upriver.", "300", "planned",
     "a figure between commas in the subject"},
    {"After 30 days, the crews were to rest.", "30", "actual", "a fronted phrase is no subject"},
    {"The yard built 12 hulls, all of steel, and more were to follow.", "12", "actual",
     "a verb before the figure ends the subject"},
    {"With the new engines the depot could repair 45 tanks a month.", "45", "actual",
     "a capacity in the narrative happened"},
    {"The rains stopped, so that the column could move some 90 guns forward.", "some 90",
     "actual", "a capacity after \"so that\" happened"},
    {"The staff reported that the depot could repair 45 tanks a month.", "45", "!actual",
     "inside a that-clause the capacity is no thing done"},
    {"The bridge could be rebuilt in 20 days.", "20", "planned", "\"could be rebuilt\": a plan"},
    {"The wing could have flown 300 sorties.", "300", "hypothetical",
     "\"could have flown\": a counterfactual"},
};
MODALITY_TEST(subjects_and_ability, subjects_rows)

static const char gangs[] =
    "The gangs had to shift 500 tons a day, so that the cutting took 40 days.";
static const char trains[] =
    "The board promised six trains, and in the summer it managed nine.";

/* A plan's or an ability's cue stops at ", so that"; an estimate or a
 * request reaches through it; "to the target" is a place; "managed"
 * after a promise is a thing done. */
static const modality_case results_rows[] = {
    {"Each crane could lift 30 tons an hour, so that the four together handled 120 tons.",
     "120", "actual", "an ability's cue stops at \", so that\""},
    {gangs, "500", "planned", "\"had to shift\""},
    {gangs, "40", "actual", "a plan's cue stops at \", so that\""},
    {"The staff reckoned the need at 40 tons, so that 900 tons had to come by rail.", "900",
     "estimated", "an estimate reaches through \", so that\""},
    {"A bomber took 3 tons of bombs to the target.", "3", "actual",
     "\"to the target\" is a place"},
    {"The target was 60 boats by the spring.", "60", "planned", "\"the target was\""},
    {trains, "nine", "actual", "\"managed\" after a promise is a thing done"},
    {trains, "six", "promised", "the promise itself"},
};
MODALITY_TEST(results_targets_and_managed, results_rows)

static const char mission[] = "The mission reckoned that the corps would need 800 drivers; only "
                              "350 had finished the course by May.";

/* A cue after the figure's comma; a plan noun that names an earlier
 * figure's plan; a thing done past a semicolon; "only if" after the
 * figure; what came true after "instead of"; a norm for each unit. */
static const modality_case appositions_rows[] = {
    {"The fee was 3.1 million lei, payable over four years.", "3.1 million", "promised",
     "\"payable\" after the figure's comma"},
    {"In 1950 the mill rolled 9,000 tons, barely half its target, and in 1951 some 12,000.",
     "12,000", "actual", "\"its target\" names the earlier figure's plan"},
    {"Under the plan, the yards got 70 barges.", "70", "planned", "\"Under the plan\""},
    {mission, "350", "actual", "a thing done past a semicolon"},
    {mission, "800", "estimated", "the estimate before the semicolon"},
    {"The brigade can hold a front of 30 km only if its reserves arrive.", "30",
     "hypothetical", "\"only if\" after the figure"},
    {"The staff reckoned the corps might have kept 90 guns instead of the 55 it could "
     "actually use.",
     "55", "actual", "what came true after \"instead of\""},
    {"Each barge needed a crew of 14.", "14", "planned", "a norm for each unit"},
    {"Marshal Ostrek needed 14 tons a day.", "14", "requested", "a person's need"},
    {"The garrison needed 14 tons a day.", "14", "actual", "a thing's need is no request"},
    {"A standard lighter needed about 2,600 rivets.", "2,600", "actual",
     "\"a\" and a noun: a thing's norm"},
    {"Each tug took a crew of nine, so that the flotilla alone needed 117 men.", "117",
     "actual", "\"so that\" is a result, not reported speech"},
    {"The Varnese needed 300 tons a day.", "300", "requested", "a side's need"},
    {"The depot burned down and he needed at least 60 lorries.", "60", "requested",
     "a pronoun of a person"},
    {"The colonel wired that the battery needed 40 shells.", "40", "requested",
     "reported speech keeps the request"},
    {"The mills sent 900 tons against the 1,400 needed.", "1,400", "requested",
     "a figure as the subject of \"needed\" keeps its cue"},
};
MODALITY_TEST(appositions_plan_nouns_and_conditions, appositions_rows)

static const char recruits[] = "At 50 lei a month, 300 more recruits would cost 15,000 lei.";

/* A past necessity told in the narrative happened; a relative clause
 * between commas keeps its cue; targets after "against" are places; a
 * pledge's worth; a modal verb after an opening rate. */
static const modality_case necessities_rows[] = {
    {"In 1942 the deficit of 900 million had to be borrowed.", "900 million", "actual",
     "a past necessity told in the narrative happened"},
    {"The envoy learned that four more depots had to be built.", "four", "planned",
     "a past necessity reported is a plan"},
    {"The old forts, which were to be rebuilt, had 60 guns.", "60", "actual",
     "a relative clause between commas keeps its cue"},
    {"The wing flew 300 sorties against rail targets, some 40 a week.", "40", "actual",
     "targets after \"against\" are places"},
    {"At 5 marks to the dollar, the loan was worth 20 million marks.", "20 million", "promised",
     "a pledge's worth"},
    {"The loan was worth 20 million marks, and the army spent 6 million of it.", "6 million",
     "actual", "what was spent of a loan"},
    {recruits, "300", "hypothetical", "a modal verb after an opening rate"},
    {recruits, "15,000", "hypothetical", "\"would cost 15,000\" after the opening rate"},
};
MODALITY_TEST(necessities_relatives_pledges_and_rates, necessities_rows)

/* An authorisation is a plan; an estimating verb whose subject is a law or
 * budget gives the plan's own figure; present-tense estimates and
 * undertakings; "is to" / "are to" a plan; "Should" opening an inverted
 * condition; notes printed or issued are things done, even after a
 * request's verb. */
static const modality_case authorisations_rows[] = {
    {"The act of 1921 authorised 14 gunboats for the river flotilla.", "14", "planned",
     "\"authorised\" is a plan"},
    {"The budget put the cost at 60 million lire.", "60 million", "planned",
     "a budget's estimate is its plan"},
    {"The auditors put the cost at 60 million lire.", "60 million", "estimated",
     "an estimate by people stays an estimate"},
    {"The surgeon reckons that 300 men are sick with fever.", "300", "estimated",
     "\"reckons\" in the present"},
    {"The allied legation undertakes to lend us 900 mules by March.", "900", "promised",
     "\"undertakes to\" in the present"},
    {"Each battalion is to keep no more than three days' oats.", "three", "planned",
     "\"is to\" is a plan"},
    {"Should the thaw come early, the ferries could carry 70 lorries.", "70", "hypothetical",
     "\"Should\" opening the sentence is a condition"},
    {"The mayors protested that the bank had printed 2 billion crowns to pay it.", "2 billion",
     "actual", "notes printed are a thing done"},
};
MODALITY_TEST(authorisations_and_present_tense, authorisations_rows)

/* A relative clause on the figure's noun whose verb asks, promises or
 * plans says whose wish the figure is, over an estimating verb before it;
 * a pronoun after "if" or "what" opens no such clause. */
static const modality_case relative_cue_rows[] = {
    {"The board reckoned the mills needed 800 tons a week: 500 tons a week that the "
     "ministry requested from the allies, and 300 tons it hoped to mine at home.",
     "500", "requested", "\"that the ministry requested\" after the rate"},
    {"The board reckoned the mills needed 800 tons a week: 500 tons a week that the "
     "ministry requested from the allies, and 300 tons it hoped to mine at home.",
     "300", "planned", "\"it hoped to\": a pronoun with no \"that\""},
    {"The board reckoned the mills needed 800 tons a week: 500 tons a week that the "
     "ministry requested from the allies, and 300 tons it hoped to mine at home.",
     "800", "estimated", "the estimate itself keeps its verb"},
    {"The staff reckoned it would need 40 new drivers a month if it was to reach ten "
     "companies.", "40", "estimated", "a pronoun after \"if\" opens no relative clause"},
    {"The ministry sent 60 lorries, two thirds of what they wanted.", "two thirds", "actual",
     "a pronoun after \"what\" opens no relative clause"},
};
MODALITY_TEST(relatives_that_ask_or_plan, relative_cue_rows)

/* A verb of judging in an aside between commas, or opening the sentence
 * before a comma, governs the clause after it; a participle that only
 * qualifies its noun before a comma still does not ("the money pledged,");
 * "put ... at" reaches over four words, and so do "puts ... at" and
 * "putting ... at"; "puts" alone is no cue. */
static const modality_case aside_rows[] = {
    {"Across the river, the Valdonian staff believed, Marrovia had some 40 battalions.",
     "some 40", "estimated", "an aside between commas"},
    {"The staff reckoned, Marrovia had 40 battalions.", "40", "estimated",
     "an aside opening the sentence"},
    {"The money pledged, 40 crowns a head, never came.", "40", "actual",
     "an attributive participle before a comma"},
    {"The council had put the need for fuel at 300 tons a week.", "300", "estimated",
     "\"put ... at\" over four words"},
    {"The Ostrelan staff puts the yearly need at 2,500 tons.", "2,500", "estimated",
     "\"puts ... at\" in the present"},
    {"The quartermaster, putting the daily need at 80 tons, wrote to the ministry.", "80",
     "estimated", "\"putting ... at\" as a participle"},
    {"The quartermaster puts 80 tons on each barge.", "80", "actual",
     "\"puts\" without \"at\" is no cue"},
};
MODALITY_TEST(asides_and_long_gaps, aside_rows)

/* An appraisal's verbs ("credited ... with", "were thought", "was taken
 * at") give estimates; what was cancelled had been planned; a target
 * missed by a margin, and a figure inside a relative clause before the
 * main verb, are not governed by the cue near them. */
static const modality_case appraisal_rows[] = {
    {"The intelligence staff credited the enemy fleet with 14 cruisers.", "14", "estimated",
     "\"credited ... with\" over three words"},
    {"By the spring some 300 tanks were thought fit for action.", "300", "estimated",
     "\"were thought\" after the figure"},
    {"Wastage was taken at 8 per cent a month.", "8", "estimated", "\"was taken at\""},
    {"The ministry cancelled 40 of the new bombers.", "40", "planned",
     "things cancelled had been planned"},
    {"By June the target had been missed by 12 per cent.", "12", "actual",
     "a target missed: the margin is a fact"},
    {"The garrison, whose stores in May held 900 tons, asked for relief.", "900", "actual",
     "a relative clause, not an apposition before \"asked\""},
};
MODALITY_TEST(appraisals_cancellations_and_relatives, appraisal_rows)

/* Past a semicolon, a figure that is the subject of a verb of a thing
 * done in the simple past is actual, whatever the clause before promised;
 * without the semicolon, or with the verb still to come, the cue holds.
 * "Had all" opens a condition as "Had the" does. */
static const modality_case done_rows[] = {
    {"The board promised 900 tons of coal; only 520 tons arrived before the frost.",
     "520 tons", "actual", "\"; only N tons arrived\": a thing done"},
    {"The board promised 900 tons of coal; only 520 tons arrived before the frost.",
     "900 tons", "promised", "the promise itself stays promised"},
    {"The ministry pledged 40 lorries; 25 lorries reached the depot in May.", "25 lorries",
     "actual", "\"reached\" after the figure past a semicolon"},
    {"The ministry pledged 40 lorries and 25 lorries to be sent later.", "25 lorries",
     "promised", "no semicolon and no verb done: the pledge holds"},
    {"Had all eight tugs come, the convoy could have sailed a week earlier.", "eight",
     "hypothetical", "\"Had all\" opens an inverted condition"},
};
MODALITY_TEST(things_done_past_a_semicolon, done_rows)

/* A quota is a demand on another; its noun closed by a comma names the
 * demand an earlier figure is measured against; a condition at the head of
 * an estimate's that-clause makes the outcome hypothetical; "was given"
 * after a request reports what came. */
static const modality_case quotas_and_estimated_conditions_rows[] = {
    {"The board set the county's delivery quota at 5,000 tons.", "5,000", "requested",
     "\"quota\" before the figure: a demand"},
    {"The farms sent 700 tons, four fifths of the quota, leaving a gap of 175 tons.", "175",
     "actual", "\"the quota,\" names the demand of the earlier figure"},
    {"The engineer reckoned that if the bridge were widened, the column would carry 240 "
     "lorries a day.",
     "240", "hypothetical", "the condition heads the estimate's that-clause"},
    {"The engineer reckoned that the column would carry 240 lorries a day.", "240",
     "estimated", "no condition: the estimate governs the modal"},
    {"The engineer reckoned that, if pressed, the column would carry 240 lorries a day.",
     "240", "estimated", "the clause opens with a comma, not \"if\""},
    {"The town asked the board for 900 sacks; it was given 350.", "350", "actual",
     "\"was given\" after the request: what came"},
    {"The town asked the board for 900 sacks; it was given 350.", "900", "requested",
     "\"asked\" before the figure"},
};
MODALITY_TEST(quotas_and_estimated_conditions, quotas_and_estimated_conditions_rows)

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
        cmocka_unit_test(authorisations_and_present_tense),
        cmocka_unit_test(relatives_that_ask_or_plan),
        cmocka_unit_test(asides_and_long_gaps),
        cmocka_unit_test(appraisals_cancellations_and_relatives),
        cmocka_unit_test(things_done_past_a_semicolon),
        cmocka_unit_test(quotas_and_estimated_conditions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
