/*
 * test_context.c - cmocka tests of the context stage (src/context.c): the
 * counted noun, unit and category of each figure, ellipsis, and which
 * numbers are kept.
 *
 * The numbers are built by hand (span found by substring, value, kind,
 * flags, carried unit), so these tests do not depend on number.c.  Every
 * sentence is our own; every expected value was worked out by hand from the
 * sentence and the shipped lexicon (datasets/lexicon/units.csv and
 * designations.csv).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tally/context.h"

static tally_lexicon *lex;

/* One number of a test sentence: the n-th (0-based) occurrence of text. */
typedef struct spec {
    const char *text;
    int occ;
    double value;
    tally_number_kind kind;
    unsigned flags;
    const char *unit;       /* carried unit ("USD", "percent") or NULL */
} spec;

#define MAXN 8

typedef struct run {
    const char *sent;
    tally_number nums[MAXN];
    tally_attach at[MAXN];
    size_t n;
} run;

/* Build the numbers of sent from specs and attach context to them; quals
 * (NULL: all exact) gives each number's qualifier (TALLY_Q_RATIO for a share). */
static void attach_q(run *r, const char *sent, tally_section sec, const spec *sp,
                     const tally_qualifier *quals, size_t n)
{
    tally_sentence s = {0};
    tally_error err;
    assert_true(n <= MAXN);
    memset(r, 0, sizeof *r);
    r->sent = sent;
    r->n = n;
    s.start = 0;
    s.end = strlen(sent);
    s.section = sec;
    for (size_t i = 0; i < n; i++) {
        const char *p = sent;
        for (int k = 0; k <= sp[i].occ; k++) {
            p = strstr(k ? p + 1 : p, sp[i].text);
            assert_non_null(p);
        }
        tally_number *x = &r->nums[i];
        x->start = (size_t)(p - sent);
        x->end = x->start + strlen(sp[i].text);
        x->value = x->low = x->high = sp[i].value;
        x->kind = sp[i].kind;
        x->flags = sp[i].flags;
        x->qual = quals ? quals[i] : TALLY_Q_EXACT;
        snprintf(x->unit, sizeof x->unit, "%s", sp[i].unit ? sp[i].unit : "");
    }
    assert_int_equal(tally_context_attach(sent, &s, r->nums, n, lex, r->at, &err), TALLY_OK);
}

/* attach_q() with every number exact. */
static void attach(run *r, const char *sent, tally_section sec, const spec *sp, size_t n)
{
    attach_q(r, sent, sec, sp, NULL, n);
}

/* Text of a span of the sentence. */
static void span_text(const run *r, size_t a, size_t b, char *out, size_t cap)
{
    size_t n = b > a ? b - a : 0;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, r->sent + a, n);
    out[n] = '\0';
}

/* Check number i: keep, unit, category, noun, mention (NULL: not checked)
 * and elliptic. */
static void check(const run *r, size_t i, int keep, const char *unit, const char *cat,
                  const char *noun, const char *mention, int elliptic)
{
    char buf[256];
    const tally_attach *a = &r->at[i];
    assert_int_equal(a->keep, keep);
    assert_string_equal(a->unit, unit);
    assert_string_equal(a->category, cat);
    if (noun) {
        span_text(r, a->noun_start, a->noun_end, buf, sizeof buf);
        assert_string_equal(buf, noun);
    }
    if (mention) {
        span_text(r, a->mention_start, a->mention_end, buf, sizeof buf);
        assert_string_equal(buf, mention);
    }
    assert_int_equal(a->elliptic, elliptic);
}

#define FIG TALLY_NK_FIGURE
#define W TALLY_NF_WORDS

/* ---- one test per category and form ---- */

static void test_formation_plural(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"three", 0, 3, FIG, W, NULL}};
    attach(&r, "The corps sent three armoured brigades to the coast.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "brigade", "formation", "armoured brigades", "three armoured brigades", 0);
}

static void test_irregular_plurals(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"five", 0, 5, FIG, W, NULL}, {"nine", 0, 9, FIG, W, NULL}};
    attach(&r, "It moved five armies and nine corps north.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "army", "formation", "armies", "five armies", 0);
    check(&r, 1, 1, "corps", "formation", "corps", "nine corps", 0);
}

static void test_designation_plural(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"48", 0, 48, FIG, 0, NULL}};
    attach(&r, "By June the wing had received 48 F-86Es from Japan.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "aircraft", "aircraft", "F-86Es", "48 F-86Es", 0);
}

static void test_designation_modifies_formation(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"nine", 0, 9, FIG, W, NULL}};
    attach(&r, "Moscow promised nine Yak-9 fighter squadrons in spring.", TALLY_SECTION_BODY, sp,
           1);
    check(&r, 0, 1, "squadron", "formation", "Yak-9 fighter squadrons",
          "nine Yak-9 fighter squadrons", 0);
}

static void test_tank_designation(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"200", 0, 200, FIG, 0, NULL}};
    attach(&r, "The brigade lost 200 T-34s near the river.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "tank", "materiel", "T-34s", "200 T-34s", 0);
}

/* The size of a formation counts its members: "a reserve company of five
 * more" counts the tanks named before it, not companies; "four batteries
 * of six" counts the guns, not batteries. */
static void test_formation_size(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"30", 0, 30, FIG, 0, NULL}, {"five", 0, 5, FIG, W, NULL}};
    attach(&r, "The brigade had 30 tanks and a reserve company of five more.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "tank", "materiel", "tanks", "30 tanks", 0);
    check(&r, 1, 1, "tank", "materiel", "tanks", NULL, 1);
    spec sq[] = {{"24", 0, 24, FIG, 0, NULL}, {"four", 0, 4, FIG, W, NULL},
                 {"six", 0, 6, FIG, W, NULL}};
    attach(&r, "The regiment had 24 guns in four batteries of six.", TALLY_SECTION_BODY, sq, 3);
    check(&r, 1, 1, "battery", "formation", "batteries", "four batteries", 0);
    check(&r, 2, 1, "gun", "materiel", "guns", NULL, 1);
}

/* "for the seven" restates the seven of the same sentence, also in words. */
static void test_definite_restatement(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"Seven", 0, 7, FIG, W, NULL}, {"400", 0, 400, FIG, 0, NULL},
                 {"2,800", 0, 2800, FIG, 0, NULL}, {"seven", 0, 7, FIG, W, NULL}};
    attach(&r, "Seven of the bridges were long; they took 400 tons of steel each, or 2,800 "
               "tons for the seven.", TALLY_SECTION_BODY, sp, 4);
    check(&r, 3, 1, "bridge", "other", "bridges", NULL, 1);
}

/* "officers and men" counts men, "officers and ratings" persons; a number
 * before the second noun ends the pair. */
static void test_people_pair(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"640", 0, 640, FIG, 0, NULL}, {"95", 0, 95, FIG, 0, NULL}};
    attach(&r, "The battleship had 640 officers and men and the tender 95 officers and ratings.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "man", "personnel", "officers", "640 officers", 0);
    check(&r, 1, 1, "person", "personnel", "officers", "95 officers", 0);
    spec sq[] = {{"30", 0, 30, FIG, 0, NULL}, {"500", 0, 500, FIG, 0, NULL}};
    attach(&r, "The mill had 30 engineers and 500 workers.", TALLY_SECTION_BODY, sq, 2);
    check(&r, 0, 1, "engineer", "personnel", "engineers", "30 engineers", 0);
}

/* "a crew of 28" counts persons, not the boats before it; a noun after
 * "by" governs nothing ("losses by month were ..."); "machines" counts
 * aircraft in a sentence that names aircraft. */
static void test_crew_breakdown_machines(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"12", 0, 12, FIG, 0, NULL}, {"28", 0, 28, FIG, 0, NULL}};
    attach(&r, "The flotilla had 12 boats, and each carried a crew of 28.", TALLY_SECTION_BODY,
           sp, 2);
    check(&r, 0, 1, "boat", "materiel", "boats", "12 boats", 0);
    check(&r, 1, 1, "person", "personnel", "crew", NULL, 1);
    spec sq[] = {{"three", 0, 3, FIG, W, NULL}, {"five", 0, 5, FIG, W, NULL}};
    attach(&r, "Losses by month were three and five.", TALLY_SECTION_BODY, sq, 2);
    check(&r, 0, 1, "loss", "event", "Losses", NULL, 1);   /* a level of the subject */
    check(&r, 1, 0, "", "other", NULL, NULL, 0);
    spec st[] = {{"20", 0, 20, FIG, 0, NULL}, {"35", 0, 35, FIG, 0, NULL}};
    attach(&r, "The group flew 20 bombers, 35 machines with the escort.", TALLY_SECTION_BODY,
           st, 2);
    check(&r, 1, 1, "aircraft", "aircraft", "machines", "35 machines", 0);
    spec su[] = {{"35", 0, 35, FIG, 0, NULL}};
    attach(&r, "The mill ran 35 machines.", TALLY_SECTION_BODY, su, 1);
    check(&r, 0, 1, "machine", "materiel", "machines", "35 machines", 0);
}

static void test_personnel(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"Some 4,000", 0, 4000, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Some 4,000 riflemen crossed with 12 Soviet advisers.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "rifleman", "personnel", "riflemen", "Some 4,000 riflemen", 0);
    check(&r, 1, 1, "advisor", "personnel", "Soviet advisers", "12 Soviet advisers", 0);
}

static void test_labor_of(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"150,000", 0, 150000, FIG, 0, NULL}};
    attach(&r, "The dam took 150,000 man-days of work.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "man-day", "labor", "man-days of work", "150,000 man-days of work", 0);
}

static void test_munition(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"2,500", 0, 2500, FIG, 0, NULL}};
    attach(&r, "Each night the batteries fired 2,500 shells at the bridge.", TALLY_SECTION_BODY,
           sp, 1);
    check(&r, 0, 1, "shell", "munition", "shells", "2,500 shells", 0);
}

static void test_materiel_noun_of(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"12,000", 0, 12000, FIG, 0, NULL}, {"400", 0, 400, FIG, 0, NULL},
                 {"two", 0, 2, FIG, W, NULL}};
    attach(&r, "The port unloaded 12,000 tons of rice, 400 trucks and two sets of rails.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "ton", "materiel", "tons of rice", "12,000 tons of rice", 0);
    check(&r, 1, 1, "truck", "materiel", "trucks", "400 trucks", 0);
    check(&r, 2, 1, "set", "materiel", "sets of rails", "two sets of rails", 0);
}

static void test_money_word(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"300 million", 0, 3e8, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "The loan came to 300 million dollars in all.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "USD", "money", "dollars", "300 million dollars", 0);
}

static void test_money_carried(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"£2.5 million", 0, 2.5e6, FIG, TALLY_NF_CURRENCY | TALLY_NF_SCALED, "GBP"}};
    attach(&r, "Britain paid £2.5 million for the engines.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "GBP", "money", "", "£2.5 million", 0);
}

static void test_speed(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"950", 0, 950, FIG, 0, NULL}, {"600", 0, 600, FIG, 0, NULL}};
    attach(&r, "The jets reached 950 kilometres per hour, the old ones 600 mph.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "km/h", "speed", "kilometres per hour", "950 kilometres per hour", 0);
    check(&r, 1, 1, "mph", "speed", "mph", "600 mph", 0);
}

static void test_distance_and_hyphen(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "The column halted 40 miles north, on a 30-mile front.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "mile", "distance", "miles", "40 miles", 0);
    check(&r, 1, 1, "mile", "distance", "mile", "30-mile", 0);
}

static void test_duration(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"eleven", 0, 11, FIG, W, NULL}};
    attach(&r, "The siege lasted eleven weeks.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "week", "duration", "weeks", "eleven weeks", 0);
}

static void test_relative_time_dropped(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"Three", 0, 3, FIG, W, NULL}};
    attach(&r, "Three weeks later the bridge fell.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 0, "week", "duration", "weeks", NULL, 0);
}

static void test_percent(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"About 40 percent", 0, 40, FIG, TALLY_NF_PERCENT, "percent"}};
    attach(&r, "About 40 percent of the trucks were lost.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "percent", "share", "trucks", "About 40 percent of the trucks", 0);
}

static void test_percent_word_after_number(void **state)
{
    (void)state;
    run r;
    /* the recogniser left the word "per cent" outside the span */
    spec sp[] = {{"15", 0, 15, FIG, TALLY_NF_PERCENT, "percent"}};
    attach(&r, "Only 15 per cent of their rations arrived.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "percent", "share", "rations", "15 per cent of their rations", 0);
}

static void test_fraction(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"a quarter", 0, 0.25, FIG, TALLY_NF_FRACTION | W, NULL}};
    attach(&r, "By then a quarter of the garrison was sick.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "fraction", "share", "garrison", "a quarter of the garrison", 0);
}

static void test_event_and_multiplier(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"1,200", 0, 1200, FIG, 0, NULL}, {"three", 0, 3, FIG, W, NULL}};
    attach(&r, "Bombers flew 1,200 sorties; the enemy had three times as many guns.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "sortie", "event", "sorties", "1,200 sorties", 0);
    check(&r, 1, 1, "times", "share", "times", "three times", 0);
}

static void test_vague_of(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"Thousands", 0, 1000, FIG, W, NULL}};
    attach(&r, "Thousands of porters carried rice.", TALLY_SECTION_BODY, sp, 1);
    /* porters is not in the lexicon: its lemma, category other */
    check(&r, 0, 1, "porter", "personnel", "porters", "Thousands of porters", 0);
}

static void test_partitive(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"three", 0, 3, FIG, W, NULL}};
    attach(&r, "Engineers repaired three of the damaged runways.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "runway", "other", "damaged runways", "three of the damaged runways", 0);
}

static void test_unknown_noun_lemma(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"four", 0, 4, FIG, W, NULL}, {"two", 0, 2, FIG, W, NULL}};
    attach(&r, "The commission drafted four proposals and two compromises.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "proposal", "other", "proposals", "four proposals", 0);
    check(&r, 1, 1, "compromise", "other", "compromises", "two compromises", 0);
}

static void test_compound_plural_head(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"six", 0, 6, FIG, W, NULL}};
    attach(&r, "They surveyed six airfield sites in May.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "site", "other", "airfield sites", "six airfield sites", 0);
}

/* ---- ellipsis ---- */

static void test_coordination(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"two", 0, 2, FIG, W, NULL}, {"three", 0, 3, FIG, W, NULL}};
    attach(&r, "The front needed two or three fresh divisions.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "division", "formation", "divisions", "two", 1);
    check(&r, 1, 1, "division", "formation", "fresh divisions", "three fresh divisions", 0);
}

static void test_coordination_chain(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"5,000", 0, 5000, FIG, 0, NULL}, {"6,000", 0, 6000, FIG, 0, NULL},
                 {"8,000", 0, 8000, FIG, 0, NULL}};
    attach(&r, "Estimates ran to 5,000, 6,000 or 8,000 prisoners.", TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "prisoner", "personnel", "prisoners", "5,000", 1);
    check(&r, 1, 1, "prisoner", "personnel", "prisoners", "6,000", 1);
    check(&r, 2, 1, "prisoner", "personnel", "prisoners", "8,000 prisoners", 0);
}

static void test_paren_parts_sum(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"five", 0, 5, FIG, W, NULL}, {"three", 0, 3, FIG, W, NULL},
                 {"two", 0, 2, FIG, W, NULL}};
    attach(&r, "The group fielded five squadrons (three Il-28s and two Tu-4s) by autumn.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "squadron", "formation", "squadrons", "five squadrons", 0);
    check(&r, 1, 1, "squadron", "formation", "squadrons", "three Il-28s", 1);
    check(&r, 2, 1, "squadron", "formation", "squadrons", "two Tu-4s", 1);
}

static void test_paren_parts_sum_within_one(void **state)
{
    (void)state;
    run r;
    /* 7 + 3 = 10, one off the stated 9: still a breakdown of the brigades */
    spec sp[] = {{"about nine", 0, 9, FIG, W, NULL}, {"7", 0, 7, FIG, 0, NULL},
                 {"3", 1, 3, FIG, 0, NULL}};   /* the first "3" is in T-34s */
    attach(&r, "He kept about nine tank brigades (7 T-34s and 3 KV-1s) in reserve.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "brigade", "formation", "tank brigades", NULL, 0);
    check(&r, 1, 1, "brigade", "formation", "brigades", "7 T-34s", 1);
    check(&r, 2, 1, "brigade", "formation", "brigades", "3 KV-1s", 1);
}

static void test_paren_parts_unknown_type_names(void **state)
{
    (void)state;
    run r;
    /* Hampden and Whitley are not in the lexicon: capitalised, they read as
     * type names because 4 + 3 = 7 */
    spec sp[] = {{"seven", 0, 7, FIG, W, NULL}, {"four", 0, 4, FIG, W, NULL},
                 {"three", 0, 3, FIG, W, NULL}};
    attach(&r, "It kept seven squadrons (four Hampden and three Whitley squadrons) back.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 1, 1, "squadron", "formation", "squadrons", "four Hampden", 1);
    check(&r, 2, 1, "squadron", "formation", "Whitley squadrons", "three Whitley squadrons", 0);
}

static void test_paren_parts_differ(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"five", 0, 5, FIG, W, NULL}, {"40", 0, 40, FIG, 0, NULL},
                 {"20", 0, 20, FIG, 0, NULL}};
    attach(&r, "The group fielded five squadrons (40 Il-28s and 20 Tu-4s) by autumn.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "squadron", "formation", "squadrons", "five squadrons", 0);
    check(&r, 1, 1, "aircraft", "aircraft", "Il-28s", "40 Il-28s", 0);
    check(&r, 2, 1, "aircraft", "aircraft", "Tu-4s", "20 Tu-4s", 0);
}

static void test_paren_single_part(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"two", 0, 2, FIG, W, NULL}, {"60", 0, 60, FIG, 0, NULL}};
    attach(&r, "It sent two regiments (60 Yak-9s) south.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "regiment", "formation", "regiments", "two regiments", 0);
    check(&r, 1, 1, "aircraft", "aircraft", "Yak-9s", "60 Yak-9s", 0);
}

static void test_parallel_designation(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"14", 0, 14, FIG, 0, NULL}, {"six", 0, 6, FIG, W, NULL}};
    attach(&r, "The plan listed 14 MiGs and six Il-10 regiments for spring.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "regiment", "formation", "regiments", "14 MiGs", 1);
    check(&r, 1, 1, "regiment", "formation", "Il-10 regiments", "six Il-10 regiments", 0);
}

static void test_generic_aircraft_not_parallel(void **state)
{
    (void)state;
    run r;
    /* "fighters" is not a type name: no parallel reading */
    spec sp[] = {{"14", 0, 14, FIG, 0, NULL}, {"six", 0, 6, FIG, W, NULL}};
    attach(&r, "The plan listed 14 fighters and six Il-10 regiments for spring.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "aircraft", "aircraft", "fighters", "14 fighters", 0);
}

static void test_inparen_noun_before(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"nine", 0, 9, FIG, W, NULL}};
    attach(&r, "The searchlight batteries (nine) moved north.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "battery", "formation", "batteries", "nine", 1);
}

static void test_sibling_comparison(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"300", 0, 300, FIG, 0, NULL}, {"500", 0, 500, FIG, 0, NULL}};
    attach(&r, "The army asked for 300 tanks, rather than the 500 promised.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "tank", "materiel", "tanks", "300 tanks", 0);
    check(&r, 1, 1, "tank", "materiel", "tanks", "500", 1);
}

static void test_sibling_of_which(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"nine", 0, 9, FIG, W, NULL}, {"two", 0, 2, FIG, W, NULL}};
    attach(&r, "They built nine bridges, of which two survived.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 1, 1, "bridge", "other", "bridges", "two", 1);
}

static void test_governor(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"900", 0, 900, FIG, 0, NULL}};
    attach(&r, "The number of trucks rose to 900 by June.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "truck", "materiel", "trucks", "900", 1);
}

/* ---- what is dropped ---- */

static void test_endnote_bibliography(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"3 May 1951", 0, 0, TALLY_NK_DATE, 0, NULL}, {"58", 0, 58, FIG, 0, NULL},
                 {"pp. 12-14", 0, 13, TALLY_NK_REFERENCE, 0, NULL}};
    attach(&r, "Smith to Jones, 3 May 1951, Archive 58, pp. 12-14.", TALLY_SECTION_ENDNOTE, sp,
           3);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(r.at[i].keep, 0);
    assert_string_equal(r.at[1].unit, "");
    assert_string_equal(r.at[1].category, "other");
}

static void test_endnote_volumes(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"three", 0, 3, FIG, W, NULL}, {"2", 0, 2, FIG, 0, NULL}};
    attach(&r, "See the first three volumes of the Papers, 2, p. 9.", TALLY_SECTION_ENDNOTE, sp,
           2);
    assert_int_equal(r.at[0].keep, 0);
    assert_int_equal(r.at[1].keep, 0);
}

static void test_endnote_figure_kept(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"75", 0, 75, FIG, 0, NULL}};
    attach(&r, "The wing then had 75 Sabres, Archive 9.", TALLY_SECTION_ENDNOTE, sp, 1);
    check(&r, 0, 1, "aircraft", "aircraft", "Sabres", "75 Sabres", 0);
}

/* An endnote figure with no noun of its own is kept when its sentence
 * makes it a quantity ("of whom N were", "N were"), while the file number
 * of the same note stays dropped. */
static void test_endnote_of_whom_kept(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"12", 0, 12, FIG, 0, NULL},
                 {"800", 0, 800, FIG, 0, NULL},
                 {"500", 0, 500, FIG, 0, NULL},
                 {"290", 0, 290, FIG, 0, NULL}};
    attach(&r,
           "Depot roll, file 12. The roll shows 800 bakers, of whom 500 were skilled bakers "
           "and 290 were boys hired in town.",
           TALLY_SECTION_ENDNOTE, sp, 4);
    assert_int_equal(r.at[0].keep, 0);
    for (size_t i = 1; i < 4; i++) {
        assert_int_equal(r.at[i].keep, 1);
        assert_string_equal(r.at[i].unit, "baker");
    }
}

static void test_body_bare_dropped(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"4", 0, 4, FIG, 0, NULL}, {"2", 0, 2, FIG, 0, NULL},
                 {"1999", 0, 1999, TALLY_NK_YEAR, 0, NULL}, {"101–117", 0, 109, FIG, 0, NULL}};
    attach(&r, "Series 4, Number 2, Winter 1999, 101–117.", TALLY_SECTION_BODY, sp, 4);
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(r.at[i].keep, 0);
}

static void test_one_pronoun_dropped(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"Two", 0, 2, FIG, W, NULL}, {"one", 0, 1, FIG, W, NULL}};
    attach(&r, "Two airfields were ready, and one was repaired.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "airfield", "other", "airfields", "Two airfields", 0);
    assert_int_equal(r.at[1].keep, 0);
}

static void test_one_with_noun_kept(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"one", 0, 1, FIG, W, NULL}};
    attach(&r, "Only one Chinese bomber division was ready.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "division", "formation", "Chinese bomber division",
          "one Chinese bomber division", 0);
}

static void test_one_determiner_dropped(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"one", 0, 1, FIG, W, NULL}};
    attach(&r, "According to one Swedish newspaper the raid failed.", TALLY_SECTION_BODY, sp, 1);
    assert_int_equal(r.at[0].keep, 0);
}

static void test_not_figure_kinds(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"1951", 0, 1951, TALLY_NK_YEAR, 0, NULL},
                 {"38th", 0, 38, TALLY_NK_ORDINAL, 0, NULL},
                 {"MiG-15", 0, 15, TALLY_NK_DESIGNATION, 0, NULL}};
    attach(&r, "The 1951 offensives of the 38th Army used MiG-15 cover.", TALLY_SECTION_BODY,
           sp, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(r.at[i].keep, 0);
        assert_int_equal(r.at[i].mention_start, r.nums[i].start);
        assert_int_equal(r.at[i].mention_end, r.nums[i].end);
    }
}

static void test_designation_number_inside_phrase(void **state)
{
    (void)state;
    run r;
    /* the recogniser reports "Tu-2" as a designation inside the phrase */
    spec sp[] = {{"four", 0, 4, FIG, W, NULL}, {"Tu-2", 0, 2, TALLY_NK_DESIGNATION, 0, NULL}};
    attach(&r, "They formed four Tu-2 bomber regiments.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "regiment", "formation", "Tu-2 bomber regiments",
          "four Tu-2 bomber regiments", 0);
}

static void test_unicode_space_and_apostrophe(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"12", 0, 12, FIG, 0, NULL}, {"three", 0, 3, FIG, W, NULL}};
    attach(&r, "It had 12\xc2\xa0" "divisions and three People\xe2\x80\x99s Army corps.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "division", "formation", "divisions", "12\xc2\xa0" "divisions", 0);
    check(&r, 1, 1, "corps", "formation", "People\xe2\x80\x99s Army corps", NULL, 0);
}

static void test_number_stops_noun(void **state)
{
    (void)state;
    run r;
    /* the noun of 40 must not run into the next figure */
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Of the 40 12 were tanks.", TALLY_SECTION_BODY, sp, 2);
    /* 12 counts its predicate "tanks"; 40 may borrow it, never scan it */
    assert_true(r.at[0].noun_start == r.at[0].noun_end || r.at[0].elliptic);
    assert_string_equal(r.at[1].unit, "tank");
    assert_true(r.at[0].mention_end <= r.nums[1].start);
}

/* Like attach(), for the sentence of text that starts at from, numbered
 * sentno in its paragraph (the sentences before it are real text that the
 * context stage may read); the specs are found from that sentence on. */
static void attach_in(run *r, const char *text, const char *from, int sentno, const spec *sp,
                      size_t n)
{
    tally_sentence s = {0};
    tally_error err;
    const char *st = strstr(text, from);
    assert_non_null(st);
    assert_true(n <= MAXN);
    memset(r, 0, sizeof *r);
    r->sent = text;
    r->n = n;
    s.start = (size_t)(st - text);
    s.end = strlen(text);
    s.section = TALLY_SECTION_BODY;
    s.para = 1;
    s.sent = sentno;
    for (size_t i = 0; i < n; i++) {
        const char *p = st;
        for (int k = 0; k <= sp[i].occ; k++) {
            p = strstr(k ? p + 1 : p, sp[i].text);
            assert_non_null(p);
        }
        tally_number *x = &r->nums[i];
        x->start = (size_t)(p - text);
        x->end = x->start + strlen(sp[i].text);
        x->value = x->low = x->high = sp[i].value;
        x->kind = sp[i].kind;
        x->flags = sp[i].flags;
        snprintf(x->unit, sizeof x->unit, "%s", sp[i].unit ? sp[i].unit : "");
    }
    assert_int_equal(tally_context_attach(text, &s, r->nums, n, lex, r->at, &err), TALLY_OK);
}

static void test_ellipsis_breakdown(void **state)
{
    (void)state;
    run r;
    /* barges are "boat", materiel, in units.csv; each bare part takes the
     * noun of the figure before it */
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"25", 0, 25, FIG, 0, NULL},
                 {"9", 0, 9, FIG, 0, NULL}, {"6", 0, 6, FIG, 0, NULL}};
    attach(&r, "Some 40 barges were sunk: 25 by mines, 9 to shellfire and 6 in storms.",
           TALLY_SECTION_BODY, sp, 4);
    check(&r, 0, 1, "barge", "materiel", "barges", "40 barges", 0);
    for (size_t i = 1; i < 4; i++) {
        check(&r, i, 1, "barge", "materiel", "barges", NULL, 1);
        assert_string_equal(r.at[i].rule, "ellipsis");
    }
}

static void test_ellipsis_scaled_labour(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"2.5 million", 0, 2.5e6, FIG, TALLY_NF_SCALED, NULL},
                 {"1.5 million", 0, 1.5e6, FIG, TALLY_NF_SCALED, NULL},
                 {"1 million", 0, 1e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "The canal took 2.5 million man-days, 1.5 million for digging and 1 million "
               "for the locks.", TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "man-day", "labor", NULL, NULL, 0);
    check(&r, 1, 1, "man-day", "labor", "man-days", NULL, 1);
    check(&r, 2, 1, "man-day", "labor", "man-days", NULL, 1);
}

static void test_ellipsis_previous_sentence(void **state)
{
    (void)state;
    run r;
    const char *text = "The mill was promised about 60 wagons by spring. It received 47, and "
                       "the rest never came.";
    spec sp[] = {{"47", 0, 47, FIG, 0, NULL}};
    attach_in(&r, text, "It received", 2, sp, 1);
    check(&r, 0, 1, "wagon", "materiel", "wagons", "47", 1);
    assert_string_equal(r.at[0].rule, "previous");
    /* the first sentence of a paragraph has no sentence before it to read */
    attach_in(&r, text, "It received", 1, sp, 1);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "");   /* a figure, nothing said of what */
}

static void test_ellipsis_not_from_share(void **state)
{
    (void)state;
    run r;
    /* a fraction, and a percentage from another sentence, lend nothing */
    spec sp[] = {{"A third", 0, 1.0 / 3, FIG, W | TALLY_NF_FRACTION, NULL},
                 {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "A third of the barges sank, and 12 were raised.", TALLY_SECTION_BODY, sp, 2);
    assert_int_equal(r.at[0].keep, 1);
    assert_int_equal(r.at[1].keep, 1);
    assert_string_equal(r.at[1].unit, "");   /* a figure, nothing said of what */
    spec sp2[] = {{"12", 0, 12, FIG, 0, NULL}};
    attach_in(&r, "Output fell 40 percent in the spring. Later 12 were closed.", "Later", 2, sp2,
              1);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "");   /* a figure, nothing said of what */
}

static void test_ellipsis_money_scaled_only(void **state)
{
    (void)state;
    run r;
    /* "3" after "$4 million" is not 3 dollars; "3 million" is 3 million dollars */
    spec sp[] = {{"$4 million", 0, 4e6, FIG, TALLY_NF_CURRENCY | TALLY_NF_SCALED, "USD"},
                 {"3", 0, 3, FIG, 0, NULL}};
    attach(&r, "The grant was $4 million, and 3 went to roads.", TALLY_SECTION_BODY, sp, 2);
    assert_int_equal(r.at[1].keep, 1);
    assert_string_equal(r.at[1].unit, "");   /* a figure, nothing said of what */
    spec sp2[] = {{"$4 million", 0, 4e6, FIG, TALLY_NF_CURRENCY | TALLY_NF_SCALED, "USD"},
                  {"3 million", 0, 3e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "The grant was $4 million, and 3 million went to roads.", TALLY_SECTION_BODY, sp2,
           2);
    check(&r, 1, 1, "USD", "money", NULL, NULL, 1);
}

static void test_ellipsis_not_in_endnote(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Report on 40 wagons, file 12.", TALLY_SECTION_ENDNOTE, sp, 2);
    check(&r, 0, 1, "wagon", "materiel", "wagons", "40 wagons", 0);
    assert_int_equal(r.at[1].keep, 0);
}

static void test_ellipsis_stops_at_capital(void **state)
{
    (void)state;
    run r;
    /* a bare number before an unknown capitalised word names something */
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"7", 0, 7, FIG, 0, NULL}};
    attach(&r, "It had 40 wagons, and 7 The Hague had sent.", TALLY_SECTION_BODY, sp, 2);
    assert_int_equal(r.at[1].keep, 0);
}

static void test_ellipsis_new_clause(void **state)
{
    (void)state;
    run r;
    /* a clause with a subject of its own breaks the list: 9,000 counts
     * no trucks but the population that "was put at" it ... */
    spec sp[] = {{"30", 0, 30, FIG, 0, NULL}, {"9,000", 0, 9000, FIG, 0, NULL}};
    attach(&r, "Some 30 trucks reached the port, and the civilian population was put at 9,000.",
           TALLY_SECTION_BODY, sp, 2);
    assert_int_equal(r.at[0].keep, 1);
    check(&r, 1, 1, "person", "personnel", "population", "9,000", 1);
    /* ... unless the subject only restates a quantity */
    spec sp2[] = {{"1950", 0, 1950, TALLY_NK_YEAR, 0, NULL}, {"200", 0, 200, FIG, 0, NULL},
                  {"1951", 0, 1951, TALLY_NK_YEAR, 0, NULL}, {"260", 0, 260, FIG, 0, NULL}};
    attach(&r, "In 1950, 200 trucks arrived; in 1951 the figure was 260.", TALLY_SECTION_BODY,
           sp2, 4);
    check(&r, 1, 1, "truck", "materiel", "trucks", "200 trucks", 0);
    check(&r, 3, 1, "truck", "materiel", "trucks", "260", 1);
}

static void test_ellipsis_past_tense_not_noun(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"50", 0, 50, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "The depot sent 50 wagons, and 12 went astray.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 1, 1, "wagon", "materiel", "wagons", "12", 1);
}

static void test_designation_unknown_family_list(void **state)
{
    (void)state;
    run r;
    /* a designation of a family the lexicon lacks is still the counted
     * noun, and the yearly list after it inherits it */
    spec sp[] = {{"12", 0, 12, FIG, 0, NULL},
                 {"Rk-40s", 0, 40, TALLY_NK_DESIGNATION, 0, NULL},
                 {"1980", 0, 1980, TALLY_NK_YEAR, 0, NULL},
                 {"31", 0, 31, FIG, 0, NULL},
                 {"1981", 0, 1981, TALLY_NK_YEAR, 0, NULL},
                 {"40", 1, 40, FIG, 0, NULL},
                 {"1982", 0, 1982, TALLY_NK_YEAR, 0, NULL},
                 {"83", 0, 83, FIG, 0, NULL}};
    attach(&r, "The depot rebuilt 12 Rk-40s in 1980, 31 in 1981 and 40 in 1982, 83 in all.",
           TALLY_SECTION_BODY, sp, 8);
    check(&r, 0, 1, "rk-40", "other", "Rk-40s", "12 Rk-40s", 0);
    check(&r, 3, 1, "rk-40", "other", "Rk-40s", "31", 1);
    check(&r, 5, 1, "rk-40", "other", "Rk-40s", "40", 1);
    check(&r, 7, 1, "rk-40", "other", "Rk-40s", "83", 1);
    /* the D family of the lexicon names howitzers */
    spec sp2[] = {{"20", 0, 20, FIG, 0, NULL}, {"D-20s", 0, 20, TALLY_NK_DESIGNATION, 0, NULL}};
    attach(&r, "The arsenal built 20 D-20s that year.", TALLY_SECTION_BODY, sp2, 2);
    check(&r, 0, 1, "howitzer", "materiel", "D-20s", "20 D-20s", 0);
}

static void test_share_lends_nothing(void **state)
{
    (void)state;
    run r;
    /* "of the 600" after a fraction counts what the figure before it counts */
    spec sp[] = {{"310", 0, 310, FIG, 0, NULL},
                 {"about half", 0, 0.5, FIG, W | TALLY_NF_FRACTION, NULL},
                 {"600", 0, 600, FIG, 0, NULL}};
    attach(&r, "It delivered 310 carts, about half of the 600 planned.", TALLY_SECTION_BODY, sp,
           3);
    check(&r, 2, 1, "cart", "materiel", "carts", "600", 1);
    /* the same after a percentage */
    spec sp2[] = {{"16", 0, 16, FIG, 0, NULL},
                  {"some 80 per cent", 0, 80, FIG, TALLY_NF_PERCENT, "percent"},
                  {"20", 0, 20, FIG, 0, NULL}};
    attach(&r, "The 16 depots were some 80 per cent of the 20 the plan required.",
           TALLY_SECTION_BODY, sp2, 3);
    check(&r, 2, 1, "depot", "other", "depots", "20", 1);
    /* an ellipsis looks past a share to the figure before it */
    spec sp3[] = {{"9,000", 0, 9000, FIG, 0, NULL},
                  {"over half", 0, 0.5, FIG, W | TALLY_NF_FRACTION, NULL},
                  {"1962", 0, 1962, TALLY_NK_YEAR, 0, NULL},
                  {"about 12,000", 0, 12000, FIG, 0, NULL}};
    attach(&r, "The mill made 9,000 rails a month, a little over half its target, and in 1962 "
               "about 12,000.", TALLY_SECTION_BODY, sp3, 4);
    check(&r, 3, 1, "rail", "materiel", "rails", "about 12,000", 1);
}

static void test_participle_not_noun(void **state)
{
    (void)state;
    run r;
    /* "more" + an irregular participle is no noun: the number is elliptical */
    spec sp[] = {{"80", 0, 80, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The army had 80 lorries, and 40 more bought abroad arrived later.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 1, 1, "lorry", "materiel", "lorries", "40", 1);
    /* a participle in -ed before a preposition ends the phrase too */
    spec sp2[] = {{"13", 0, 13, FIG, 0, NULL}, {"9", 0, 9, FIG, 0, NULL},
                  {"4", 0, 4, FIG, 0, NULL}};
    attach(&r, "The fleet lost 13 barges: 9 sunk and 4 damaged beyond repair.",
           TALLY_SECTION_BODY, sp2, 3);
    check(&r, 1, 1, "barge", "materiel", "barges", "9", 1);
    check(&r, 2, 1, "barge", "materiel", "barges", "4", 1);
}

/* A list of names each with its number, the last with the unit: every
 * bare number of the list counts that unit ("Arlen 4,000, ..."). */
static void test_named_list(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"4,000", 0, 4000, FIG, 0, NULL},
                 {"3,500", 0, 3500, FIG, 0, NULL},
                 {"2,500", 0, 2500, FIG, 0, NULL}};
    attach(&r, "The mills made Arlen 4,000, Brisk 3,500 and Corvo 2,500 tons of flour.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "ton", "materiel", "tons", "4,000", 1);
    check(&r, 1, 1, "ton", "materiel", "tons", "3,500", 1);
    check(&r, 2, 1, "ton", "materiel", NULL, NULL, 0);
    /* in an endnote too, with ", and" before the last name */
    attach(&r, "Return 3: Arlen 4,000, Brisk 3,500, and Corvo 2,500 tons.",
           TALLY_SECTION_ENDNOTE, sp, 3);
    check(&r, 0, 1, "ton", "materiel", "tons", "4,000", 1);
    check(&r, 1, 1, "ton", "materiel", "tons", "3,500", 1);
    /* a lower-case word between is no name: no list */
    spec sp2[] = {{"40", 0, 40, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Page 40, then 12 tons.", TALLY_SECTION_ENDNOTE, sp2, 2);
    assert_int_equal(r.at[0].keep, 0);
}

/* "two of the Mose class": a class is a kind, not what is counted; the
 * whole named by an opening "Of the frigates," lends its noun, also in an
 * endnote where the "Of" follows a reference inside the one sentence. */
static void test_of_the_class(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"six", 0, 6, FIG, W, NULL}, {"two", 0, 2, FIG, W, NULL}};
    attach(&r, "Of the frigates, six are of the Tarn class and two of the Mose class.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "frigate", "materiel", "frigates", "six", 1);
    check(&r, 1, 1, "frigate", "materiel", "frigates", "two", 1);
    attach(&r, "Report of 4 June. Of the frigates, six are of the Tarn class, two of the "
               "Mose class.", TALLY_SECTION_ENDNOTE, sp, 2);
    check(&r, 0, 1, "frigate", "materiel", "frigates", "six", 1);
    check(&r, 1, 1, "frigate", "materiel", "frigates", "two", 1);
    /* a number before the "Of" in the note does not block it, one after does */
    spec sp2[] = {{"12", 0, 12, FIG, 0, NULL}, {"five", 0, 5, FIG, W, NULL}};
    attach(&r, "File 12. Of the frigates, five were new.", TALLY_SECTION_ENDNOTE, sp2, 2);
    check(&r, 1, 1, "frigate", "materiel", "frigates", "five", 1);
}

static void test_endnote_ellipsis_within_sentence(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"96", 0, 96, FIG, 0, NULL}, {"41", 0, 41, FIG, 0, NULL}};
    attach(&r, "Of its 96 guns, 41 were without sights.", TALLY_SECTION_ENDNOTE, sp, 2);
    check(&r, 1, 1, "gun", "materiel", "guns", "41", 1);
    spec sp2[] = {{"eight", 0, 8, FIG, W, NULL}, {"five", 0, 5, FIG, W, NULL}};
    attach(&r, "The test used eight rockets, of which five hit the target.",
           TALLY_SECTION_ENDNOTE, sp2, 2);
    check(&r, 1, 1, "rocket", "munition", "rockets", "five", 1);
    /* a number after a label is a reference, not an ellipsis */
    spec sp3[] = {{"30", 0, 30, FIG, 0, NULL}, {"7", 0, 7, FIG, 0, NULL}};
    attach(&r, "Return of 30 guns, box 7.", TALLY_SECTION_ENDNOTE, sp3, 2);
    assert_int_equal(r.at[1].keep, 0);
}

/* ---- partitives: "231 of the 288 hulls" ---- */

static void test_partitive_part_counts_whole(void **state)
{
    (void)state;
    run r;
    /* the part has no noun of its own: it counts what the whole counts */
    spec sp[] = {{"14,000", 0, 14000, FIG, 0, NULL}, {"25,000", 0, 25000, FIG, 0, NULL}};
    attach(&r, "The arsenal filled 14,000 of the 25,000 shells ordered.", TALLY_SECTION_BODY,
           sp, 2);
    check(&r, 0, 1, "shell", "munition", "shells", "14,000", 1);
    assert_string_equal(r.at[0].rule, "partitive");
    check(&r, 1, 1, "shell", "munition", "shells", "25,000 shells", 0);
    /* no determiner before the whole */
    spec sp2[] = {{"96", 0, 96, FIG, 0, NULL}, {"300", 0, 300, FIG, 0, NULL}};
    attach(&r, "The crews fired 96 of 300 missiles in May.", TALLY_SECTION_BODY, sp2, 2);
    check(&r, 0, 1, "missile", "munition", "missiles", "96", 1);
    check(&r, 1, 1, "missile", "munition", "missiles", "300 missiles", 0);
    /* a four-digit part is no year */
    spec sp3[] = {{"1500", 0, 1500, FIG, 0, NULL}, {"2000", 0, 2000, FIG, 0, NULL}};
    attach(&r, "The crews fitted 1500 of the 2000 shells.", TALLY_SECTION_BODY, sp3, 2);
    check(&r, 0, 1, "shell", "munition", "shells", "1500", 1);
}

static void test_partitive_words(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"Two", 0, 2, FIG, W, NULL}, {"three", 0, 3, FIG, W, NULL}};
    attach(&r, "Two of the three crack armies crossed the river.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "army", "formation", "armies", "Two", 1);
    check(&r, 1, 1, "army", "formation", "crack armies", "three crack armies", 0);
}

static void test_partitive_one_pronoun_dropped(void **state)
{
    (void)state;
    run r;
    /* as the number stage gives it: a pronoun */
    spec sp[] = {{"One", 0, 1, TALLY_NK_PRONOUN, W, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "One of the 40 frigates ran aground.", TALLY_SECTION_BODY, sp, 2);
    assert_int_equal(r.at[0].keep, 0);
    check(&r, 1, 1, "frigate", "materiel", "frigates", "40 frigates", 0);
    /* even when a caller passes it as a figure, "one of the" is no count */
    spec sp2[] = {{"one", 0, 1, FIG, W, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "It was one of the 40 frigates.", TALLY_SECTION_BODY, sp2, 2);
    assert_int_equal(r.at[0].keep, 0);
}

static void test_partitive_not_previous_sentence(void **state)
{
    (void)state;
    run r;
    /* the whole lends, not the last figure of the sentence before */
    const char *text = "The depot issued 60 wagons. Later 31 of the 40 trucks broke down.";
    spec sp[] = {{"31", 0, 31, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach_in(&r, text, "Later", 2, sp, 2);
    check(&r, 0, 1, "truck", "materiel", "trucks", "31", 1);
    assert_string_equal(r.at[0].rule, "partitive");
    check(&r, 1, 1, "truck", "materiel", "trucks", "40 trucks", 0);
    /* nor the figure just before the part in its own sentence */
    spec sp2[] = {{"60", 0, 60, FIG, 0, NULL}, {"31", 0, 31, FIG, 0, NULL},
                  {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The depot issued 60 wagons, and 31 of the 40 trucks broke down.",
           TALLY_SECTION_BODY, sp2, 3);
    check(&r, 1, 1, "truck", "materiel", "trucks", "31", 1);
}

static void test_partitive_bare_whole(void **state)
{
    (void)state;
    run r;
    /* the whole is itself elliptical: it takes the noun of the figure
     * before the part, and the part takes it from the whole */
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"31", 0, 31, FIG, 0, NULL},
                 {"40", 1, 40, FIG, 0, NULL}};
    attach(&r, "The navy ordered 40 frigates, and 31 of the 40 were delivered.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "frigate", "materiel", "frigates", "40 frigates", 0);
    check(&r, 1, 1, "frigate", "materiel", "frigates", "31", 1);
    assert_string_equal(r.at[1].rule, "partitive");
    check(&r, 2, 1, "frigate", "materiel", "frigates", "40", 1);
    assert_string_equal(r.at[2].rule, "ellipsis");
    /* a whole with no noun anywhere: both dropped */
    spec sp2[] = {{"85", 0, 85, FIG, 0, NULL}, {"200", 0, 200, FIG, 0, NULL}};
    attach(&r, "Only 85 of the 200 had finished.", TALLY_SECTION_BODY, sp2, 2);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "");   /* a figure, nothing said of what */
    assert_int_equal(r.at[1].keep, 1);
    assert_string_equal(r.at[1].unit, "");   /* a figure, nothing said of what */
}

static void test_partitive_of_them(void **state)
{
    (void)state;
    run r;
    /* "of them" after a capitalised first word of the sentence */
    const char *text = "The wing kept 288 interceptors. Eventually 231 of them were ready.";
    spec sp[] = {{"231", 0, 231, FIG, 0, NULL}};
    attach_in(&r, text, "Eventually", 2, sp, 1);
    check(&r, 0, 1, "aircraft", "aircraft", "interceptors", "231", 1);
    assert_string_equal(r.at[0].rule, "previous");
    /* "of the N X, M": the ellipsis rule */
    spec sp2[] = {{"62", 0, 62, FIG, 0, NULL}, {"4", 0, 4, FIG, 0, NULL}};
    attach(&r, "Of the 62 wagons, 4 were burnt.", TALLY_SECTION_BODY, sp2, 2);
    check(&r, 1, 1, "wagon", "materiel", "wagons", "4", 1);
    /* a month name before the part is no name ("By March 14,000 of ...") */
    spec sp3[] = {{"14,000", 0, 14000, FIG, 0, NULL}, {"25,000", 0, 25000, FIG, 0, NULL}};
    attach(&r, "By March 14,000 of the 25,000 shells were gone.", TALLY_SECTION_BODY, sp3, 2);
    check(&r, 0, 1, "shell", "munition", "shells", "14,000", 1);
}

static void test_partitive_modifiers(void **state)
{
    (void)state;
    run r;
    /* a possessive and an adjective between "of the" and the whole */
    spec sp[] = {{"Three", 0, 3, FIG, W, NULL}, {"nine", 0, 9, FIG, W, NULL},
                 {"6", 0, 6, FIG, 0, NULL}, {"31", 0, 31, FIG, 0, NULL}};
    attach(&r, "Three of the corps's nine divisions and 6 of the remaining 31 were ready.",
           TALLY_SECTION_BODY, sp, 4);
    check(&r, 0, 1, "division", "formation", "divisions", "Three", 1);
    check(&r, 1, 1, "division", "formation", "divisions", "nine divisions", 0);
    check(&r, 2, 1, "division", "formation", "divisions", "6", 1);
    check(&r, 3, 1, "division", "formation", "divisions", "31", 1);
    spec sp2[] = {{"12", 0, 12, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "They took 12 of the armies' 40 guns.", TALLY_SECTION_BODY, sp2, 2);
    check(&r, 0, 1, "gun", "materiel", "guns", "12", 1);
    /* a part with a noun of its own keeps it */
    spec sp3[] = {{"3", 0, 3, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The shelling killed 3 of the gunners in 40 minutes.", TALLY_SECTION_BODY, sp3, 2);
    check(&r, 0, 1, "gunner", "personnel", "gunners", "3 of the gunners", 0);
}

static void test_partitive_label_and_endnote(void **state)
{
    (void)state;
    run r;
    /* a number after a name or label is no part */
    spec sp[] = {{"3", 0, 3, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "The plan is in Table 3 of the 12 wagons list.", TALLY_SECTION_BODY, sp, 2);
    assert_int_equal(r.at[0].keep, 0);
    attach(&r, "Depot return, file 3 of the 12 wagons, p. 4.", TALLY_SECTION_ENDNOTE, sp, 2);
    assert_int_equal(r.at[0].keep, 0);
    /* in an endnote a whole with a lexicon noun lends */
    spec sp2[] = {{"11", 0, 11, FIG, 0, NULL}, {"44", 0, 44, FIG, 0, NULL}};
    attach(&r, "Of these, 11 of the 44 trucks were lost.", TALLY_SECTION_ENDNOTE, sp2, 2);
    check(&r, 0, 1, "truck", "materiel", "trucks", "11", 1);
    check(&r, 1, 1, "truck", "materiel", "trucks", "44 trucks", 0);
}

static void test_currency_and_measure_words(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"2.5 million", 0, 2.5e6, FIG, TALLY_NF_SCALED, NULL},
                 {"300 million", 0, 3e8, FIG, TALLY_NF_SCALED, NULL},
                 {"12", 0, 12, FIG, 0, NULL}, {"21", 0, 21, FIG, 0, NULL}};
    attach(&r, "It cost 2.5 million marks and 300 million crowns; 12 kilograms went with "
               "21 convoys.", TALLY_SECTION_BODY, sp, 4);
    check(&r, 0, 1, "mark", "money", "marks", NULL, 0);
    check(&r, 1, 1, "crown", "money", "crowns", NULL, 0);
    check(&r, 2, 1, "kg", "materiel", "kilograms", NULL, 0);
    check(&r, 3, 1, "convoy", "event", "convoys", NULL, 0);
}

static void test_no_lexicon(void **state)
{
    (void)state;
    tally_lexicon *saved = lex;
    run r;
    lex = NULL;
    spec sp[] = {{"three", 0, 3, FIG, W, NULL}};
    attach(&r, "It sent three brigades.", TALLY_SECTION_BODY, sp, 1);
    lex = saved;
    /* nothing is known, but the noun is still read and lemmatised */
    check(&r, 0, 1, "brigade", "other", "brigades", "three brigades", 0);
}

/* "N to a X" is a rate per X: the number counts the noun before it. */
static void test_rate_to_a(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"9,000", 0, 9000, FIG, 0, NULL}, {"15", 0, 15, FIG, 0, NULL},
                 {"600", 0, 600, FIG, 0, NULL}};
    attach(&r, "The fleet took 9,000 prisoners home in 15 sailings, some 600 to a sailing.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "prisoner", "personnel", "prisoners", NULL, 0);
    check(&r, 1, 1, "sailing", "event", "sailings", NULL, 0);
    check(&r, 2, 1, "prisoner", "personnel", "prisoners", "600", 1);
    spec sq[] = {{"Two", 0, 2, FIG, W, NULL}, {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "Two groups flew Lancasters, 30 to a group.", TALLY_SECTION_BODY, sq, 2);
    check(&r, 0, 1, "group", "formation", "groups", NULL, 0);
    check(&r, 1, 1, "aircraft", "aircraft", "Lancasters", "30", 1);
}

/* "came in two lots, of 5,000 ...": the lots are a collective, the sizes
 * count the subject; a comma may stand before "of". */
static void test_lots_of(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"two", 0, 2, FIG, W, NULL}, {"5,000", 0, 5000, FIG, 0, NULL},
                 {"3,000", 0, 3000, FIG, 0, NULL}};
    attach(&r, "The rifles came in two lots, of 5,000 in May and 3,000 in June.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "lot", "event", "lots", NULL, 0);
    check(&r, 1, 1, "rifle", "materiel", "rifles", NULL, 1);
    check(&r, 2, 1, "rifle", "materiel", NULL, NULL, 1);
}

/* A lower-case plural noun does not run on into a capitalised name. */
static void test_plural_before_name(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"six", 0, 6, FIG, W, NULL}};
    attach(&r, "Over the six months Bomber Command flew long patrols.", TALLY_SECTION_BODY,
           sp, 1);
    check(&r, 0, 1, "month", "duration", "months", "six months", 0);
}

/* "the 25 serviceable": a predicative adjective is no noun. */
static void test_adjective_no_noun(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"25", 0, 25, FIG, 0, NULL}};
    attach(&r, "The port had 40 cranes, and the 25 serviceable were kept busy.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "crane", "materiel", "cranes", NULL, 0);
    check(&r, 1, 1, "crane", "materiel", NULL, "25", 1);
    spec sq[] = {{"300", 0, 300, FIG, 0, NULL}, {"450", 0, 450, FIG, 0, NULL}};
    attach(&r, "Each barge took 300 lying cases or 450 sitting.", TALLY_SECTION_BODY, sq, 2);
    check(&r, 0, 1, "case", "personnel", "lying cases", NULL, 0);   /* patients */
    check(&r, 1, 1, "case", "personnel", NULL, "450", 1);
}

/* A product of a count of formations and a count per formation counts the
 * latter; a total of the things themselves keeps their unit. */
static void test_product_of_formations(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"24", 0, 24, FIG, 0, NULL}, {"five", 0, 5, FIG, W, NULL},
                 {"120", 0, 120, FIG, 0, NULL}};
    attach(&r, "Each brigade had 24 guns in all, so that the five brigades had 120.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "gun", "materiel", "guns", NULL, 0);
    check(&r, 1, 1, "brigade", "formation", "brigades", NULL, 0);
    check(&r, 2, 1, "gun", "materiel", NULL, "120", 1);
    spec sq[] = {{"6", 0, 6, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL},
                 {"240", 0, 240, FIG, 0, NULL}};
    attach(&r, "Each of the 6 brigades had 40 lorries, 240 in all.", TALLY_SECTION_BODY, sq, 3);
    check(&r, 2, 1, "lorry", "materiel", NULL, "240", 1);
}

/* A bare figure after a count of another size in an aside, or after the
 * subject of its own verb, takes the noun of the earlier figure of its own
 * size; an average still divides the total right before it (issue 2). */
static void test_rec52_aside_lender(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"900", 0, 900, FIG, 0, NULL}, {"four", 0, 4, FIG, W, NULL},
                {"550", 0, 550, FIG, 0, NULL}};
    attach(&r, "The old pumps could have drawn 900 litres a minute if the water had held; "
               "the town main, broken in four places, gave 550.", TALLY_SECTION_BODY, a, 3);
    check(&r, 1, 1, "place", "other", "places", NULL, 0);
    check(&r, 2, 1, "litre", "materiel", "litres", NULL, 1);
    spec b[] = {{"38", 0, 38, FIG, 0, NULL}, {"three", 0, 3, FIG, W, NULL},
                {"five", 0, 5, FIG, W, NULL}, {"570", 0, 570, FIG, 0, NULL},
                {"25", 0, 25, FIG, 0, NULL}};
    attach(&r, "The depot had 38 vans, each making three trips a day, five days a week, or "
               "570 trips a week, and in May it asked the ministry for 25 more.",
           TALLY_SECTION_BODY, b, 5);
    check(&r, 3, 1, "trip", "event", "trips", NULL, 0);
    check(&r, 4, 1, "van", "materiel", "vans", NULL, 1);
    spec c[] = {{"80", 0, 80, FIG, 0, NULL}, {"six", 0, 6, FIG, W, NULL},
                {"480", 0, 480, FIG, 0, NULL}};
    attach(&r, "The college at Brenn taught 80 clerks each term, and the six terms it held "
               "produced 480.", TALLY_SECTION_BODY, c, 3);
    check(&r, 2, 1, "clerk", "personnel", "clerks", NULL, 1);
    spec d[] = {{"3,000", 0, 3000, FIG, 0, NULL}, {"140", 0, 140, FIG, 0, NULL},
                {"800", 0, 800, FIG, 0, NULL}, {"50", 0, 50, FIG, 0, NULL}};
    attach(&r, "Against a ship sailing at 3,000 metres they could see out to 140 kilometres; "
               "against one at 800 metres, often 50.", TALLY_SECTION_BODY, d, 4);
    check(&r, 2, 1, "metre", "distance", "metres", NULL, 0);
    check(&r, 3, 1, "km", "distance", "kilometres", NULL, 1);
    spec e[] = {{"96", 0, 96, FIG, 0, NULL}, {"28,800", 0, 28800, FIG, 0, NULL},
                {"300", 0, 300, FIG, 0, NULL}};
    attach(&r, "The ferry made 96 crossings, and they carried 28,800 passengers, an average "
               "of 300 to a crossing.", TALLY_SECTION_BODY, e, 3);
    check(&r, 2, 1, "passenger", "personnel", "passengers", NULL, 1);
}

/* "a million" as the base of a rate after money or a measure ("500 marks
 * a thousand cartridges"), or opening a norm ("A thousand shells weigh 12
 * tons"), is no figure; "A thousand men marched 30 miles" still is. */
static void test_rec66_article_rate_base(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"500", 0, 500, FIG, 0, NULL},
                {"a thousand", 0, 1000, FIG, W | TALLY_NF_SCALED, NULL}};
    attach(&r, "The mill charged 500 marks a thousand cartridges.", TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "mark", "money", "marks", "500 marks", 0);
    assert_int_equal(r.at[1].keep, 0);
    spec b[] = {{"$3", 0, 3, FIG, TALLY_NF_CURRENCY, "USD"},
                {"a dozen", 0, 12, FIG, W, NULL}};
    attach(&r, "Eggs sold at $3 a dozen.", TALLY_SECTION_BODY, b, 2);
    assert_int_equal(r.at[0].keep, 1);
    assert_int_equal(r.at[1].keep, 0);
    spec c[] = {{"6", 0, 6, FIG, 0, NULL}, {"a million", 0, 1e6, FIG, W | TALLY_NF_SCALED, NULL}};
    attach(&r, "Each press used 6 tons of zinc a million caps.", TALLY_SECTION_BODY, c, 2);
    check(&r, 0, 1, "ton", "materiel", NULL, NULL, 0);
    assert_int_equal(r.at[1].keep, 0);
    spec d[] = {{"A thousand", 0, 1000, FIG, W | TALLY_NF_SCALED, NULL},
                {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "A thousand shells weigh 12 tons.", TALLY_SECTION_BODY, d, 2);
    assert_int_equal(r.at[0].keep, 0);
    check(&r, 1, 1, "ton", "materiel", "tons", "12 tons", 0);
    spec e[] = {{"A thousand", 0, 1000, FIG, W | TALLY_NF_SCALED, NULL},
                {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "A thousand men marched 30 miles.", TALLY_SECTION_BODY, e, 2);
    check(&r, 0, 1, "man", "personnel", "men", "A thousand men", 0);
    check(&r, 1, 1, "mile", "distance", "miles", "30 miles", 0);
    spec f[] = {{"a million", 0, 1e6, FIG, W | TALLY_NF_SCALED, NULL}};
    attach(&r, "By May a million rounds lay in the depots.", TALLY_SECTION_BODY, f, 1);
    check(&r, 0, 1, "round", "munition", "rounds", "a million rounds", 0);
}

static void test_empty(void **state)
{
    (void)state;
    tally_error err;
    tally_sentence s = {0};
    assert_int_equal(tally_context_attach("", &s, NULL, 0, lex, NULL, &err), TALLY_OK);
}

static int setup(void **state)
{
    (void)state;
    tally_error err;
    if (tally_lexicon_load_dir("datasets/lexicon", &lex, &err) != TALLY_OK) {
        fprintf(stderr, "lexicon: %s\n", err.msg);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tally_lexicon_free(lex);
    return 0;
}

/* Tons of munitions: "tons of bombs" and the bare tons after it in its
 * sentence; a list of kinds ("ammunition, food and fuel") or another kind
 * after the tons ("150 tons fuel") keeps materiel; a munition stock lends
 * its kind to the tons it stands at. */
static void test_munition_tons(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"3,400", 0, 3400, FIG, 0, NULL}, {"2.5", 0, 2.5, FIG, 0, NULL},
                 {"5,200", 0, 5200, FIG, 0, NULL}};
    attach(&r, "The wing dropped 3,400 tons of bombs, about 2.5 tons a sortie, a total of "
               "5,200 tons by the end.", TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "ton", "munition", "tons of bombs", NULL, 0);
    check(&r, 1, 1, "ton", "munition", "tons", NULL, 0);
    check(&r, 2, 1, "ton", "munition", "tons", NULL, 0);
    spec sq[] = {{"900", 0, 900, FIG, 0, NULL}, {"500", 0, 500, FIG, 0, NULL},
                 {"250", 0, 250, FIG, 0, NULL}, {"150", 0, 150, FIG, 0, NULL}};
    attach(&r, "Of the 900 tons, 500 tons were food, 250 tons ammunition and 150 tons fuel.",
           TALLY_SECTION_BODY, sq, 4);
    check(&r, 0, 1, "ton", "materiel", NULL, NULL, 0);
    check(&r, 1, 1, "ton", "materiel", NULL, NULL, 0);
    check(&r, 2, 1, "ton", "munition", NULL, NULL, 0);
    check(&r, 3, 1, "ton", "materiel", NULL, NULL, 0);
    spec st[] = {{"400", 0, 400, FIG, 0, NULL}, {"1,600", 0, 1600, FIG, 0, NULL}};
    attach(&r, "Each corps needs 400 tons of ammunition, food and fuel a day, or 1,600 tons "
               "for the army.", TALLY_SECTION_BODY, st, 2);
    check(&r, 0, 1, "ton", "materiel", NULL, NULL, 0);
    check(&r, 1, 1, "ton", "materiel", NULL, NULL, 0);
    spec su[] = {{"6,000", 0, 6000, FIG, 0, NULL}};
    attach(&r, "The ammunition stock stood at 6,000 tons in March.", TALLY_SECTION_BODY, su, 1);
    check(&r, 0, 1, "ton", "munition", "tons", "6,000 tons", 0);
}

/* Yards that are places ("Two yards built ...", "the four yards", "six
 * marshalling yards") are no distance; "800 yards" is. */
static void test_yards_places(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"Two", 0, 2, FIG, W, NULL}, {"four", 0, 4, FIG, W, NULL}};
    attach(&r, "Two yards built the sloops, and the four yards on the river built the rest.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "yard", "other", "yards", "Two yards", 0);
    check(&r, 1, 1, "yard", "other", "yards", "four yards", 0);
    spec sq[] = {{"six", 0, 6, FIG, W, NULL}};
    attach(&r, "The raid hit six marshalling yards.", TALLY_SECTION_BODY, sq, 1);
    check(&r, 0, 1, "yard", "other", "marshalling yards", NULL, 0);
    spec st[] = {{"800", 0, 800, FIG, 0, NULL}};
    attach(&r, "The guns opened fire at 800 yards.", TALLY_SECTION_BODY, st, 1);
    check(&r, 0, 1, "yard", "distance", "yards", "800 yards", 0);
}

/* The bare figures of an index count points, not an earlier noun; a share
 * after ", or" restates a bare number and lends it no "percent"; a scaled
 * bare number after a count far smaller prices in the sentence's money. */
static void test_index_restated_money(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"300", 0, 300, FIG, 0, NULL}, {"100", 0, 100, FIG, 0, NULL},
                 {"180", 0, 180, FIG, 0, NULL}};
    attach(&r, "The works made 300 rifles a month; the price index stood at 100 in spring and "
               "reached 180 in autumn.", TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "rifle", "materiel", "rifles", NULL, 0);
    check(&r, 1, 1, "point", "other", "index", "100", 1);
    check(&r, 2, 1, "point", "other", "index", "180", 1);
    spec sq[] = {{"90", 0, 90, FIG, 0, NULL}, {"50", 0, 50, FIG, 0, NULL},
                 {"some 70 per cent", 0, 70, FIG, TALLY_NF_PERCENT, "percent"}};
    attach(&r, "The fleet grew to 90 ships, an increase of 50, or some 70 per cent.",
           TALLY_SECTION_BODY, sq, 3);
    check(&r, 1, 1, "ship", "materiel", "ships", "50", 1);
    spec st[] = {{"$5", 0, 5, FIG, TALLY_NF_CURRENCY, "USD"}, {"2,000", 0, 2000, FIG, 0, NULL},
                 {"3.6 million", 0, 3.6e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "At $5 a day, 2,000 more men would cost about 3.6 million a year.",
           TALLY_SECTION_BODY, st, 3);
    check(&r, 1, 1, "man", "personnel", NULL, NULL, 0);
    check(&r, 2, 1, "USD", "money", NULL, "3.6 million", 1);
}

/* Nouns the lexicon gained: rations in grams are materiel, survivors are
 * persons, sailings and patrols are events, beds are materiel. */
static void test_lexicon_categories(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"300", 0, 300, FIG, 0, NULL}, {"1,200", 0, 1200, FIG, 0, NULL},
                 {"14", 0, 14, FIG, 0, NULL}};
    attach(&r, "The camp gave 300 grams a day to 1,200 survivors over 14 sailings.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "gram", "materiel", "grams", "300 grams", 0);
    check(&r, 1, 1, "survivor", "personnel", "survivors", "1,200 survivors", 0);
    check(&r, 2, 1, "sailing", "event", "sailings", "14 sailings", 0);
    spec sq[] = {{"400", 0, 400, FIG, 0, NULL}, {"nine", 0, 9, FIG, W, NULL}};
    attach(&r, "The hospital had 400 beds and the flotilla ran nine patrols.", TALLY_SECTION_BODY,
           sq, 2);
    check(&r, 0, 1, "bed", "materiel", "beds", "400 beds", 0);
    check(&r, 1, 1, "patrol", "event", "patrols", "nine patrols", 0);
}

/* "transports" among ships are ships; among aircraft, aircraft. */
static void test_transports_at_sea(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"two", 0, 2, FIG, W, NULL}, {"six", 0, 6, FIG, W, NULL}};
    attach(&r, "The squadron lost two destroyers and six transports.", TALLY_SECTION_BODY, sp,
           2);
    check(&r, 0, 1, "destroyer", "materiel", "destroyers", "two destroyers", 0);
    check(&r, 1, 1, "transport", "materiel", "transports", "six transports", 0);
    spec sq[] = {{"nine", 0, 9, FIG, W, NULL}, {"four", 0, 4, FIG, W, NULL}};
    attach(&r, "The wing lost nine fighters and four transports.", TALLY_SECTION_BODY, sq, 2);
    check(&r, 1, 1, "aircraft", "aircraft", "transports", "four transports", 0);
    spec st[] = {{"18", 0, 18, FIG, 0, NULL}};
    attach(&r, "The regiment flew 18 transports.", TALLY_SECTION_BODY, st, 1);
    check(&r, 0, 1, "aircraft", "aircraft", "transports", "18 transports", 0);
}

/* An average looks back over a clause with its own subject to the total. */
static void test_average_over_clause(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"880", 0, 880, FIG, 0, NULL}, {"22", 0, 22, FIG, 0, NULL}};
    attach(&r, "The boats cleared 880 mines, more than the enemy had laid in May, an average of "
               "22 for each boat.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 1, 1, "mine", "munition", "mines", "22", 1);
    spec sq[] = {{"880", 0, 880, FIG, 0, NULL}, {"22", 0, 22, FIG, 0, NULL}};
    attach(&r, "The boats cleared 880 mines, and the enemy had laid 22 in May.",
           TALLY_SECTION_BODY, sq, 2);
    assert_int_equal(r.at[1].keep, 1);   /* a new clause: no mines */
    assert_string_equal(r.at[1].unit, "");   /* a figure, nothing said of what */
}

/* Many "of the regiment" are its men; "of the divisions" are divisions. */
static void test_members_of_formation(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"700", 0, 700, FIG, 0, NULL}};
    attach(&r, "About 700 of the regiment reached the river.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "person", "personnel", "regiment", NULL, 0);
    spec sq[] = {{"three", 0, 3, FIG, W, NULL}};
    attach(&r, "Only three of the divisions reached the river.", TALLY_SECTION_BODY, sq, 1);
    check(&r, 0, 1, "division", "formation", "divisions", NULL, 0);
}

/* A bare number whose own phrase names a figure's noun ("on the day shift")
 * counts what the figure before that one counts; with no other figure it
 * keeps the shift's noun rather than none. */
static void test_own_phrase_noun(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"6,400", 0, 6400, FIG, 0, NULL}, {"two", 0, 2, FIG, W, NULL},
                 {"3,500", 0, 3500, FIG, 0, NULL}, {"2,900", 0, 2900, FIG, 0, NULL}};
    attach(&r, "The mill had 6,400 workers on two shifts: 3,500 on the early shift and 2,900 on "
               "the late shift.", TALLY_SECTION_BODY, sp, 4);
    check(&r, 2, 1, "worker", "personnel", NULL, "3,500", 1);
    check(&r, 3, 1, "worker", "personnel", NULL, "2,900", 1);
    spec sq[] = {{"two", 0, 2, FIG, W, NULL}, {"3,500", 0, 3500, FIG, 0, NULL}};
    attach(&r, "The mill ran two shifts, 3,500 on the early shift.", TALLY_SECTION_BODY, sq, 2);
    check(&r, 1, 1, "shift", "labor", NULL, "3,500", 1);   /* no other lender */
    spec st[] = {{"40", 0, 40, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "The corps lost 40 tanks, 12 in the first tank battle.", TALLY_SECTION_BODY, st,
           2);
    check(&r, 1, 1, "tank", "materiel", NULL, "12", 1);   /* the phrase goes on past "tank" */
}

/* "building" after a plural number is a participle, not buildings; "would
 * rise from" links a "<noun> force" to its numbers. */
static void test_building_participle(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"nine", 0, 9, FIG, W, NULL}, {"two", 0, 2, FIG, W, NULL}};
    attach(&r, "The fleet had nine frigates at sea and two building.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 1, 1, "frigate", "materiel", NULL, "two", 1);
    spec sq[] = {{"four", 0, 4, FIG, W, NULL}};
    attach(&r, "The port had four building slips.", TALLY_SECTION_BODY, sq, 1);
    check(&r, 0, 1, "slip", "other", "building slips", "four building slips", 0);
    spec st[] = {{"four", 0, 4, FIG, W, NULL}, {"seven", 0, 7, FIG, W, NULL}};
    attach(&r, "The frigate force would rise from four to seven.", TALLY_SECTION_BODY, st, 2);
    check(&r, 0, 1, "frigate", "materiel", "frigate", "four", 1);
    check(&r, 1, 1, "frigate", "materiel", "frigate", "seven", 1);
}

/* A ledger line counts the plural noun it opens with, right before the
 * number or before a colon; the subject before "reported by the corps"
 * is what "fell from 640" counts. */
static void test_ledger_subject(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"9600", 0, 9600, FIG, 0, NULL}, {"2400", 0, 2400, FIG, 0, NULL}};
    attach(&r, "Tents 9600, or 2400 short of the scale.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "tent", "materiel", "Tents", "9600", 1);
    check(&r, 1, 1, "tent", "materiel", NULL, "2400", 1);
    spec sq[] = {{"900", 0, 900, FIG, 0, NULL}};
    attach(&r, "Stoves issued in the week: 900 to the front.", TALLY_SECTION_BODY, sq, 1);
    check(&r, 0, 1, "stove", "materiel", "Stoves", "900", 1);
    spec st[] = {{"640", 0, 640, FIG, 0, NULL}};
    attach(&r, "Sick cases reported by the corps fell from 640 in May.", TALLY_SECTION_BODY, st,
           1);
    check(&r, 0, 1, "case", "personnel", "cases", "640", 1);
}

/* A bare number after a verb whose subject is a force's strength counts
 * men, in the sentence or through "it" in the one before; not an air or
 * tank strength. */
static void test_strength_men(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"4,300", 0, 4300, FIG, 0, NULL}};
    attach(&r, "The brigade's fighting strength at the end of the march was 4,300.",
           TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "man", "personnel", "strength", "4,300", 1);
    spec sq[] = {{"310", 0, 310, FIG, 0, NULL}};
    attach(&r, "The air strength in the north was 310.", TALLY_SECTION_BODY, sq, 1);
    check(&r, 0, 1, "", "other", NULL, NULL, 0);   /* kept, unit unknown (not men) */
    spec st[] = {{"2,950", 0, 2950, FIG, 0, NULL}};
    const char *text = "The garrison strength fell through the spring. By June it stood at 2,950.";
    attach_in(&r, text, "By June", 2, st, 1);
    check(&r, 0, 1, "man", "personnel", "strength", "2,950", 1);
    const char *apart = "The garrison strength fell through the spring.\n\nBy June it stood at 2,950.";
    attach_in(&r, apart, "By June", 1, st, 1);
    check(&r, 0, 1, "", "other", NULL, NULL, 0);   /* a level, kept; no noun lent */
}

/* "head of" before a lexicon noun is a counter; beasts stay themselves. */
static void test_head_of_and_beasts(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"3,400", 0, 3400, FIG, 0, NULL}};
    attach(&r, "The requisition took 3,400 head of sheep from the valley.", TALLY_SECTION_BODY,
           sp, 1);
    check(&r, 0, 1, "sheep", "materiel", "head of sheep", "3,400 head of sheep", 0);
    spec st[] = {{"600", 0, 600, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The depot bought 600 horses and 40 donkeys.", TALLY_SECTION_BODY, st, 2);
    check(&r, 0, 1, "horse", "materiel", "horses", "600 horses", 0);
    check(&r, 1, 1, "donkey", "materiel", "donkeys", "40 donkeys", 0);
}

/* Size classes are no nouns; "the 40 cost": a verb; a list shared out
 * among depots or housed "for the" battalions breaks down the figure
 * before; "the brigades together had" restates the same measure. */
static void test_recall25_body(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"120", 0, 120, FIG, 0, NULL}, {"70", 0, 70, FIG, 0, NULL},
                 {"36", 0, 36, FIG, 0, NULL}, {"14", 0, 14, FIG, 0, NULL}};
    attach(&r, "In May the regiment fielded 120 guns: 70 light, 36 medium and 14 heavy.",
           TALLY_SECTION_BODY, sa, 4);
    check(&r, 0, 1, "gun", "materiel", "guns", "120 guns", 0);
    check(&r, 1, 1, "gun", "materiel", "guns", "70", 1);
    check(&r, 2, 1, "gun", "materiel", "guns", "36", 1);
    check(&r, 3, 1, "gun", "materiel", "guns", "14", 1);
    spec sb[] = {{"90", 0, 90, FIG, 0, NULL}, {"60", 0, 60, FIG, 0, NULL},
                 {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "The brigade had 90 trucks, and the battalions together had 60; the remaining "
               "30 served the staff.", TALLY_SECTION_BODY, sb, 3);
    check(&r, 1, 1, "truck", "materiel", "trucks", "60", 1);
    check(&r, 2, 1, "truck", "materiel", "trucks", "30", 1);
    spec sc[] = {{"12", 0, 12, FIG, 0, NULL}, {"96", 0, 96, FIG, 0, NULL},
                 {"eight", 0, 8, FIG, W, NULL}, {"70", 0, 70, FIG, 0, NULL}};
    attach(&r, "The rules allowed 12 clerks a battalion, 96 for the eight battalions, but only "
               "70 were at work.", TALLY_SECTION_BODY, sc, 4);
    check(&r, 1, 1, "clerk", "personnel", "clerks", "96", 1);
    check(&r, 2, 1, "battalion", "formation", "battalions", "eight battalions", 0);
    check(&r, 3, 1, "clerk", "personnel", "clerks", "70", 1);
    spec sd[] = {{"300", 0, 300, FIG, 0, NULL}, {"four", 0, 4, FIG, W, NULL},
                 {"120", 0, 120, FIG, 0, NULL}, {"100", 0, 100, FIG, 0, NULL}};
    attach(&r, "The 300 lorries were divided among four depots: 120 at Alton and 100 at Brill.",
           TALLY_SECTION_BODY, sd, 4);
    check(&r, 1, 1, "depot", "other", "depots", "four depots", 0);
    check(&r, 2, 1, "lorry", "materiel", "lorries", "120", 1);
    check(&r, 3, 1, "lorry", "materiel", "lorries", "100", 1);
    spec se[] = {{"40", 0, 40, FIG, 0, NULL}, {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "The army bought 40 tractors, and the 40 cost the treasury dearly; 30 came by rail.",
           TALLY_SECTION_BODY, se, 2);
    check(&r, 0, 1, "tractor", "materiel", "tractors", "40 tractors", 0);
    spec sf[] = {{"40", 0, 40, FIG, 0, NULL}, {"40", 1, 40, FIG, 0, NULL}};
    attach(&r, "The army bought 40 tractors, and the 40 cost the treasury dearly.",
           TALLY_SECTION_BODY, sf, 2);
    check(&r, 1, 1, "tractor", "materiel", "tractors", "40", 1);
    spec sg[] = {{"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The corps asked for 40 transporters.", TALLY_SECTION_BODY, sg, 1);
    check(&r, 0, 1, "transporter", "materiel", "transporters", "40 transporters", 0);
}

/* Endnotes: "Of the N nouns, M ..." lends its noun even when the lexicon
 * lacks it; a share in parentheses is passed over; a gapped clause ", the
 * north 3,100" is no label; "file 12" still is. */
/* A part "N of them" that names its own kind of the whole's category
 * counts that kind ("1,900 of them women"; "women made up 1,900 of them"
 * with the whole in the sentence); a subject of another category is only
 * where the part came from ("the cruisers accounted for 300 of them"). */
static void test_recall26_part_kind(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"6,400", 0, 6400, FIG, 0, NULL}, {"1,900", 0, 1900, FIG, 0, NULL}};
    attach(&r, "The yard employed 6,400 people, 1,900 of them women, on three slips.",
           TALLY_SECTION_BODY, sa, 2);
    check(&r, 0, 1, "person", "personnel", "people", "6,400 people", 0);
    check(&r, 1, 1, "woman", "personnel", "women", "1,900", 1);
    attach(&r, "The yard employed 6,400 people, and women made up 1,900 of them.",
           TALLY_SECTION_BODY, sa, 2);
    check(&r, 1, 1, "woman", "personnel", "women", "1,900", 1);
    spec sb[] = {{"800", 0, 800, FIG, 0, NULL}, {"300", 0, 300, FIG, 0, NULL}};
    attach(&r, "The squadron fired 800 shells, and the cruisers accounted for 300 of them.",
           TALLY_SECTION_BODY, sb, 2);
    check(&r, 1, 1, "shell", "munition", "shells", "300", 1);
}

/* A figure after a bare modifier ("52 military and 18 civilian", "12
 * regular and 30 reserve") whose word is a parallel adjective counts the
 * same noun; a plural noun ("and 19 civilians") keeps its own. */
static void test_parallel_adjective(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"70", 0, 70, FIG, 0, NULL}, {"52", 0, 52, FIG, 0, NULL},
                 {"18", 0, 18, FIG, 0, NULL}};
    attach(&r, "The depot repaired 70 lorries, 52 military and 18 civilian.",
           TALLY_SECTION_BODY, sa, 3);
    check(&r, 1, 1, "lorry", "materiel", "lorries", "52", 1);
    check(&r, 2, 1, "lorry", "materiel", "lorries", "18", 1);
    spec sb[] = {{"42", 0, 42, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL},
                 {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "The corps had 42 battalions, 12 regular and 30 reserve.",
           TALLY_SECTION_BODY, sb, 3);
    check(&r, 2, 1, "battalion", "formation", "battalions", "30", 1);
    spec sc[] = {{"45", 0, 45, FIG, 0, NULL}, {"19", 0, 19, FIG, 0, NULL}};
    attach(&r, "The raid killed 45 soldiers and 19 civilians.", TALLY_SECTION_BODY, sc, 2);
    check(&r, 1, 1, "civilian", "personnel", "civilians", "19 civilians", 0);
}

/* A bare modifier before the next number of a list names a kind, not a
 * noun ("1,800 draught, 900 saddle and 300 pack animals": horses, from
 * the whole); a predicate with modifiers counts its noun ("the other four
 * were light bomber squadrons"), but not after "of whom"; "the 21 million
 * of the overrun" counts what the figures before it count. */
static void test_recall26_kinds(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"3,000", 0, 3000, FIG, 0, NULL}, {"1,800", 0, 1800, FIG, 0, NULL},
                 {"900", 0, 900, FIG, 0, NULL}, {"300", 0, 300, FIG, 0, NULL}};
    attach(&r, "The 3,000 horses were 1,800 draught, 900 saddle and 300 pack animals.",
           TALLY_SECTION_ENDNOTE, sa, 4);
    check(&r, 1, 1, "horse", "materiel", "horses", "1,800", 1);
    check(&r, 2, 1, "horse", "materiel", "horses", "900", 1);
    check(&r, 3, 1, "animal", "materiel", "pack animals", "300 pack animals", 0);
    spec sb[] = {{"12", 0, 12, FIG, 0, NULL}, {"eight", 0, 8, FIG, W, NULL},
                 {"four", 0, 4, FIG, W, NULL}};
    attach(&r, "The wing had 12 squadrons: eight flew fighters, and the other four were light "
               "bomber squadrons of nine aircraft.", TALLY_SECTION_BODY, sb, 3);
    check(&r, 2, 1, "squadron", "formation", "squadrons", "four", 1);
    spec sc[] = {{"900", 0, 900, FIG, 0, NULL}, {"700", 0, 700, FIG, 0, NULL}};
    attach(&r, "The garrison had 900 men, of whom 700 were regular soldiers.",
           TALLY_SECTION_BODY, sc, 2);
    check(&r, 1, 1, "man", "personnel", "men", "700", 1);
    spec sd[] = {{"12 million", 0, 12e6, FIG, TALLY_NF_SCALED, NULL},
                 {"9 million", 0, 9e6, FIG, TALLY_NF_SCALED, NULL},
                 {"21 million", 0, 21e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "Rail works took 12 million crowns and harbours 9 million, together the 21 "
               "million of the overrun.", TALLY_SECTION_BODY, sd, 3);
    check(&r, 2, 1, "crown", "money", NULL, NULL, 1);
}

/* A note's breakdown after a verb in the present ("comprise", "include")
 * lends the total's noun to the bare parts; a kitchen is a lexicon unit;
 * "one more" closing a list of counts is a count, not a pronoun. */
static void test_recall27_breakdown(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"640", 0, 640, FIG, 0, NULL}, {"400", 0, 400, FIG, 0, NULL},
                 {"240", 0, 240, FIG, 0, NULL}};
    attach(&r, "The 640 shells comprise 400 for the field guns and 240 for the mortars.",
           TALLY_SECTION_ENDNOTE, sa, 3);
    check(&r, 0, 1, "shell", "munition", "shells", "640 shells", 0);
    check(&r, 1, 1, "shell", "munition", "shells", "400", 1);
    check(&r, 2, 1, "shell", "munition", "shells", "240", 1);
    spec sb[] = {{"15", 0, 15, FIG, 0, NULL}, {"eight", 0, 8, FIG, W, NULL},
                 {"seven", 0, 7, FIG, W, NULL}};
    attach(&r, "The 15 kitchens were eight in the north and seven in the south.",
           TALLY_SECTION_ENDNOTE, sb, 3);
    check(&r, 0, 1, "kitchen", "other", "kitchens", "15 kitchens", 0);
    check(&r, 1, 1, "kitchen", "other", "kitchens", "eight", 1);
    check(&r, 2, 1, "kitchen", "other", "kitchens", "seven", 1);
    spec sc[] = {{"four", 0, 4, FIG, W, NULL}, {"two", 0, 2, FIG, W, NULL},
                 {"one", 0, 1, FIG, W, NULL}};
    attach(&r, "The navy launched four frigates in spring, two in summer and one more "
               "in the autumn.", TALLY_SECTION_BODY, sc, 3);
    check(&r, 1, 1, "frigate", "materiel", "frigates", "two", 1);
    check(&r, 2, 1, "frigate", "materiel", "frigates", "one", 1);
    /* a pronoun stays one: "one more of" is no list's last count */
    spec sd[] = {{"one", 0, 1, FIG, W, NULL}};
    attach(&r, "They found one more of the wrecks.", TALLY_SECTION_BODY, sd, 1);
    assert_int_equal(r.at[0].keep, 0);
}

/* "N of them" takes no smaller figure as its whole; "N were <Name>s" after
 * "a crew of N" counts the things, not the crew; "the figure of N
 * comprised M <nouns>" counts the nouns of its first part. */
static void test_recall28_parts(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"900", 0, 900, FIG, 0, NULL}, {"three", 0, 3, FIG, TALLY_NF_WORDS, NULL},
                 {"300", 0, 300, FIG, 0, NULL}};
    attach(&r, "The mill needed about 900 workers, as many as each of the three existing "
               "shifts employed, and some 300 of them could come from the farms.",
           TALLY_SECTION_BODY, sa, 3);
    check(&r, 2, 1, "worker", "personnel", "workers", "300", 1);
    spec sb[] = {{"17", 0, 17, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL},
                 {"30", 0, 30, FIG, 0, NULL}, {"five", 0, 5, FIG, TALLY_NF_WORDS, NULL}};
    attach(&r, "Of its 17 boats, 12 were Herons, with a crew of 30, and five were Petrels.",
           TALLY_SECTION_BODY, sb, 4);
    check(&r, 2, 1, "person", "personnel", "crew", "30", 1);
    check(&r, 3, 1, "boat", "materiel", "boats", "five", 1);
    spec sc[] = {{"900", 0, 900, FIG, 0, NULL}, {"700", 0, 700, FIG, 0, NULL},
                 {"200", 0, 200, FIG, 0, NULL}};
    attach(&r, "The May figure of 900 comprised 700 skilled riveters and 200 casual men.",
           TALLY_SECTION_ENDNOTE, sc, 3);
    check(&r, 0, 1, "riveter", "personnel", "riveters", "900", 1);
    check(&r, 2, 1, "man", "personnel", "casual men", "200 casual men", 0);
}

/* "two Short Sunderlands": a capitalised "Short" before a type is the
 * maker's name, not "21 short of"; the type is an aircraft. */
static void test_recall30_maker(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"two", 0, 2, FIG, W, NULL}, {"three", 0, 3, FIG, W, NULL}};
    attach(&r, "The base kept two Short Sunderlands and three Catalinas.", TALLY_SECTION_BODY,
           sa, 2);
    check(&r, 0, 1, "aircraft", "aircraft", "Short Sunderlands", "two Short Sunderlands", 0);
    check(&r, 1, 1, "aircraft", "aircraft", "Catalinas", "three Catalinas", 0);
}

/* "the workforce had shrunk to about 5,400": a workforce counts men. */
static void test_recall30_workforce(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"about 5,400", 0, 5400, FIG, 0, NULL}};
    attach(&r, "By May the workforce had shrunk to about 5,400, fewer than the mill needed.",
           TALLY_SECTION_BODY, sa, 1);
    check(&r, 0, 1, "man", "personnel", "workforce", "about 5,400", 1);
}

/* A price between a count and its elided repetition counts no items:
 * "seven" and "five" are tugs, not pounds. */
static void test_recall30_price_between(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"12", 0, 12, FIG, 0, NULL},
                 {"£9,000", 0, 9000, FIG, TALLY_NF_CURRENCY, "GBP"},
                 {"£108,000", 0, 108000, FIG, TALLY_NF_CURRENCY, "GBP"},
                 {"seven", 0, 7, FIG, W, NULL}, {"five", 0, 5, FIG, W, NULL}};
    attach(&r, "The yard had ordered 12 tugs at £9,000 each, or £108,000 "
               "for all of them; by May only seven had come, five short of the order.",
           TALLY_SECTION_BODY, sa, 5);
    check(&r, 0, 1, "tug", "other", "tugs", "12 tugs", 0);
    check(&r, 3, 1, "tug", "other", "tugs", "seven", 1);
    check(&r, 4, 1, "tug", "other", "tugs", "five", 1);
}

/* A figure in quotation marks takes the noun of the figure before it. */
static void test_recall30_quoted(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"4,000", 0, 4000, FIG, 0, NULL}, {"more than 6,000", 0, 6000, FIG, 0, NULL}};
    attach(&r, "The bureau counts 4,000 lorries, while the consul claims \"more than 6,000\" "
               "in the capital alone.",
           TALLY_SECTION_BODY, sa, 2);
    check(&r, 0, 1, "lorry", "materiel", "lorries", "4,000 lorries", 0);
    check(&r, 1, 1, "lorry", "materiel", "lorries", "more than 6,000", 1);
    attach(&r, "The bureau counts 4,000 lorries, while the consul claims "
               "\xe2\x80\x9cmore than 6,000\xe2\x80\x9d in the capital alone.",
           TALLY_SECTION_BODY, sa, 2);
    check(&r, 1, 1, "lorry", "materiel", "lorries", "more than 6,000", 1);
}

/* "The 640 comprised 400 men from the coast and 240 from the hills": a
 * bare "the" total before a breakdown verb counts what its first part
 * counts, in an endnote too. */
static void test_recall30_the_whole(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"640", 0, 640, FIG, 0, NULL}, {"400", 0, 400, FIG, 0, NULL},
                 {"240", 0, 240, FIG, 0, NULL}};
    attach(&r, "The 640 comprised 400 men from the coast and 240 from the hills.",
           TALLY_SECTION_ENDNOTE, sa, 3);
    check(&r, 0, 1, "man", "personnel", "men", "640", 1);
    check(&r, 1, 1, "man", "personnel", "men", "400 men", 0);
}

/* Aircraft known by a name count aircraft; "mosquito nets" stay nets. */
static void test_rec31_aircraft_names(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"40", 0, 40, FIG, 0, NULL}, {"eight", 0, 8, FIG, W, NULL},
                 {"2000", 0, 2000, FIG, 0, NULL}};
    attach(&r, "The wing flew 40 Spitfires and eight Swordfish while the depot issued 2000 "
               "mosquito nets.", TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "aircraft", "aircraft", "Spitfires", "40 Spitfires", 0);
    check(&r, 1, 1, "aircraft", "aircraft", "Swordfish", "eight Swordfish", 0);
    check(&r, 2, 1, "net", "other", "mosquito nets", "2000 mosquito nets", 0);
}

/* Bare "boats" after "flying boats" are aircraft; after "U-boats" boats. */
static void test_rec31_flying_boats(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"26", 0, 26, FIG, 0, NULL}, {"31", 0, 31, FIG, 0, NULL}};
    attach(&r, "The base had 26 flying boats and later 31 boats.", TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "aircraft", "aircraft", "flying boats", "26 flying boats", 0);
    check(&r, 1, 1, "aircraft", "aircraft", "boats", "31 boats", 0);
    spec sq[] = {{"40", 0, 40, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "The enemy had 40 U-boats and 12 boats.", TALLY_SECTION_BODY, sq, 2);
    check(&r, 0, 1, "submarine", "materiel", "U-boats", "40 U-boats", 0);
    check(&r, 1, 1, "boat", "materiel", "boats", "12 boats", 0);
}

/* Hours lend their unit to an average per month; years do not lend to a
 * rate per year. */
static void test_rec31_hours_rate(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"8000", 0, 8000, FIG, 0, NULL}, {"700", 0, 700, FIG, 0, NULL}};
    attach(&r, "The crews logged 8000 patrol hours, an average of 700 a month.",
           TALLY_SECTION_BODY, sp, 2);
    check(&r, 0, 1, "hour", "duration", "patrol hours", "8000 patrol hours", 0);
    check(&r, 1, 1, "hour", "duration", NULL, NULL, 1);
    spec sq[] = {{"six", 0, 6, FIG, W, NULL}, {"24", 0, 24, FIG, 0, NULL},
                 {"four", 0, 4, FIG, W, NULL}};
    attach(&r, "Over six years the yard built 24 frigates, four a year.", TALLY_SECTION_BODY,
           sq, 3);
    check(&r, 0, 1, "year", "duration", "years", "six years", 0);
    check(&r, 2, 1, "frigate", "materiel", NULL, NULL, 1);
}

/* rec32: "of them" after an irregular plural of the sentence before; a
 * part of a set ("The first 20") takes the noun of the sentence before,
 * passing over a collective ("in lots"), and the collective's size ("a
 * second lot of 16") then counts the same things. */
static void test_rec32_irregular_and_ordinal_set(void **state)
{
    (void)state;
    run r;
    const char *text = "By autumn most of the men had gone home. In May 400 of them came back.";
    spec sp[] = {{"400", 0, 400, FIG, 0, NULL}};
    attach_in(&r, text, "In May", 2, sp, 1);
    check(&r, 0, 1, "man", "personnel", "men", "400", 1);
    const char *lots = "The lorries were delivered in lots. The first 20 reached the depot "
                       "in May, and a second lot of 16 followed in June.";
    spec sl[] = {{"20", 0, 20, FIG, 0, NULL}, {"16", 0, 16, FIG, 0, NULL}};
    attach_in(&r, lots, "The first", 2, sl, 2);
    check(&r, 0, 1, "lorry", "materiel", "lorries", "20", 1);
    assert_string_equal(r.at[1].unit, "lorry");
    /* with no set named before, the part stays unread */
    attach_in(&r, lots, "The first", 1, sl, 2);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "");   /* a figure, nothing said of what */
}

/* rec32: lexicon lemmas of trades ("19 technicians", "600 riveters",
 * "1,200 deserters") and courses counted as events. */
static void test_rec32_trades(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"19", 0, 19, FIG, 0, NULL}, {"600", 0, 600, FIG, 0, NULL},
                 {"1,200", 0, 1200, FIG, 0, NULL}, {"eight", 0, 8, FIG, W, NULL}};
    attach(&r, "It sent 19 technicians, 600 riveters and 1,200 deserters to eight courses.",
           TALLY_SECTION_BODY, sp, 4);
    assert_string_equal(r.at[0].unit, "technician");
    assert_string_equal(r.at[0].category, "personnel");
    assert_string_equal(r.at[1].unit, "riveter");
    assert_string_equal(r.at[1].category, "personnel");
    assert_string_equal(r.at[2].unit, "deserter");
    assert_string_equal(r.at[2].category, "personnel");
    assert_string_equal(r.at[3].unit, "course");
    assert_string_equal(r.at[3].category, "event");
}

/* Currencies an article defines by a rate: "N X to the <money>", "N X per
 * <money>", and the currency quoted against a lexicon one ("N crowns to
 * the X"); a word with no such rate stays "other". */
static void test_rec33_learned_currency(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"12", 0, 12, FIG, 0, NULL},
                 {"30 million", 0, 30e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "At 12 brels to the dollar the order came to 30 million brels.",
           TALLY_SECTION_BODY, sa, 2);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "brel");
    assert_string_equal(r.at[0].category, "money");
    assert_int_equal(r.at[1].keep, 1);
    assert_string_equal(r.at[1].unit, "brel");
    assert_string_equal(r.at[1].category, "money");
    spec sb[] = {{"5", 0, 5, FIG, 0, NULL}, {"800", 0, 800, FIG, 0, NULL}};
    attach(&r, "The rate was 5 crowns to the zet, and the bill came to 800 zets.",
           TALLY_SECTION_BODY, sb, 2);
    assert_string_equal(r.at[0].unit, "crown");
    assert_string_equal(r.at[0].category, "money");
    assert_string_equal(r.at[1].unit, "zet");
    assert_string_equal(r.at[1].category, "money");
    spec sc[] = {{"7", 0, 7, FIG, 0, NULL}, {"400", 0, 400, FIG, 0, NULL}};
    attach(&r, "Each ticket cost 7 vorns per dollar, and 400 vorns were paid.",
           TALLY_SECTION_BODY, sc, 2);
    assert_string_equal(r.at[1].unit, "vorn");
    assert_string_equal(r.at[1].category, "money");
    spec sd[] = {{"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Some 12 brels were sent to the farm.", TALLY_SECTION_BODY, sd, 1);
    assert_string_equal(r.at[0].unit, "brel");
    assert_string_equal(r.at[0].category, "other");
}

/* "a strength of 4,500" with no noun after it counts men; "tank strength"
 * and a squadron's "establishment of 16" do not. */
static void test_rec33_strength_of(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"4,500", 0, 4500, FIG, 0, NULL}};
    attach(&r, "The brigade held a strength of 4,500 until May.", TALLY_SECTION_BODY, sa, 1);
    check(&r, 0, 1, "man", "personnel", "strength", "4,500", 1);
    attach(&r, "The corps reached an establishment of 4,500 by May.", TALLY_SECTION_BODY, sa, 1);
    check(&r, 0, 1, "man", "personnel", "establishment", "4,500", 1);
    spec sb[] = {{"16", 0, 16, FIG, 0, NULL}};
    attach(&r, "Each fighter squadron had an establishment of 16.", TALLY_SECTION_BODY, sb, 1);
    assert_string_not_equal(r.at[0].unit, "man");
    spec sc[] = {{"300", 0, 300, FIG, 0, NULL}};
    attach(&r, "The division had a tank strength of 300 in June.", TALLY_SECTION_BODY, sc, 1);
    assert_string_not_equal(r.at[0].unit, "man");
}

/* "a third of 30" after "a second batch" is the third of a series, not a
 * fraction; alone it is a fraction.  In an endnote, "the third 280" after
 * "the second 150 shells" counts shells. */
static void test_rec33_series_ordinal(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"18", 0, 18, FIG, 0, NULL}, {"24", 0, 24, FIG, 0, NULL},
                 {"a third", 0, 1.0 / 3, FIG, W | TALLY_NF_FRACTION, NULL},
                 {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "The first 18 tanks came in May, a second batch of 24 in June and a third of "
               "30 in July.", TALLY_SECTION_BODY, sa, 4);
    assert_int_equal(r.at[2].keep, 0);
    assert_int_equal(r.at[3].keep, 1);
    assert_string_equal(r.at[3].unit, "tank");
    spec sb[] = {{"A third", 0, 1.0 / 3, FIG, W | TALLY_NF_FRACTION, NULL},
                 {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "A third of 30 recruits deserted in the second week.", TALLY_SECTION_BODY, sb, 2);
    assert_int_equal(r.at[0].keep, 1);
    spec sc[] = {{"150", 0, 150, FIG, 0, NULL}, {"280", 0, 280, FIG, 0, NULL}};
    attach(&r, "The first lot brought none, the second 150 shells and the third 280.",
           TALLY_SECTION_ENDNOTE, sc, 2);
    check(&r, 1, 1, "shell", "munition", "shells", "280", 1);
}

/* rec34: a noun of amount governing a bare scaled figure stops a carry of
 * money ("output rose to 3.5 million" after marks); "tonnage" counts tons. */
static void test_rec34_amount_no_money(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"40 million", 0, 4e7, FIG, TALLY_NF_SCALED, NULL},
                 {"3.5 million", 0, 3.5e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "The firm paid 40 million marks for coal, and output rose to 3.5 million by May.",
           TALLY_SECTION_BODY, sa, 2);
    check(&r, 0, 1, "mark", "money", "marks", "40 million marks", 0);
    assert_int_equal(r.at[1].keep, 1);   /* a scaled figure, its unit unsaid */
    assert_string_equal(r.at[1].unit, "");
    spec sb[] = {{"3.1 million", 0, 3.1e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "By 1943 the tonnage had risen to 3.1 million.", TALLY_SECTION_BODY, sb, 1);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "ton");
    assert_string_equal(r.at[0].category, "materiel");
}

/* rec34: "from the four river ports, 900 from Anvik": a part from one place
 * counts what the sentence counts, never the places. */
static void test_rec34_place_parts(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"2,400", 0, 2400, FIG, 0, NULL}, {"four", 0, 4, FIG, W, NULL},
                 {"900", 0, 900, FIG, 0, NULL}, {"700", 0, 700, FIG, 0, NULL},
                 {"500", 0, 500, FIG, 0, NULL}};
    attach(&r, "The depots took in 2,400 rifles from the four river ports, 900 from Anvik, "
               "700 from Belmor and 500 from Carras.", TALLY_SECTION_BODY, sa, 5);
    check(&r, 0, 1, "rifle", "materiel", "rifles", "2,400 rifles", 0);
    assert_string_equal(r.at[1].unit, "port");
    for (size_t i = 2; i < 5; i++) {
        assert_int_equal(r.at[i].keep, 1);
        assert_string_equal(r.at[i].unit, "rifle");
    }
    spec sb[] = {{"three", 0, 3, FIG, W, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "Each of the three ports sent 40 ships in May.", TALLY_SECTION_BODY, sb, 2);
    check(&r, 1, 1, "ship", "materiel", "ships", "40 ships", 0);
}

/* "x of them" never counts the subject of its own verb: the set is named
 * further back (the sentence before, or the note's opening noun). */
static void test_rec35_of_them_subject(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"21", 0, 21, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach_in(&r, "Storms wrecked the bridges of the valley road. The sappers restored 21 of "
                  "them, 12 as log bridges.", "The sappers", 2, sa, 2);
    check(&r, 0, 1, "bridge", "other", "bridges", NULL, 1);
    spec sb[] = {{"300", 0, 300, FIG, 0, NULL}, {"6,000", 0, 6000, FIG, 0, NULL}};
    attach(&r, "The boxes came in batches, and the 300 flights of the month carried 6,000 of "
               "them.", TALLY_SECTION_ENDNOTE, sb, 2);
    check(&r, 0, 1, "flight", "event", "flights", "300 flights", 0);
    assert_int_equal(r.at[1].keep, 1);
    assert_string_equal(r.at[1].unit, "box");
    spec sc[] = {{"40", 0, 40, FIG, 0, NULL}};   /* another clause: the subject may be meant */
    attach(&r, "The lorries carried grain, and 40 of them broke down.", TALLY_SECTION_BODY, sc,
           1);
    assert_string_equal(r.at[0].unit, "lorry");
}

/* A fate word after a colon, a verb or an adjective after a bare number
 * is no counted noun: "90 horses: 20 killed ...", "30 cast", "4,000 due". */
static void test_rec36_fate_verbs(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"90", 0, 90, FIG, 0, NULL}, {"20", 0, 20, FIG, 0, NULL},
                 {"40", 0, 40, FIG, 0, NULL}, {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "The battery lost 90 horses: 20 killed, 40 of disease, and 30 cast as lame.",
           TALLY_SECTION_BODY, sa, 4);
    check(&r, 0, 1, "horse", "materiel", "horses", "90 horses", 0);
    for (size_t i = 1; i < 4; i++)
        assert_string_equal(r.at[i].unit, "horse");
    spec sb[] = {{"2,100", 0, 2100, FIG, 0, NULL}, {"4,000", 0, 4000, FIG, 0, NULL}};
    attach(&r, "The mill sent 2,100 boots, about half of the 4,000 due.", TALLY_SECTION_BODY, sb,
           2);
    check(&r, 1, 1, "boot", "materiel", NULL, NULL, 1);   /* boots: equipment in units.csv */
    spec sc[] = {{"two", 0, 2, FIG, W, NULL}};
    attach(&r, "If the last two come, the depot is full.", TALLY_SECTION_BODY, sc, 1);
    assert_string_not_equal(r.at[0].unit, "come");
    spec sd[] = {{"12", 0, 12, FIG, 0, NULL}, {"20", 0, 20, FIG, 0, NULL}};
    attach(&r, "The guard lost 12 men: 20 killed would have been worse.", TALLY_SECTION_BODY, sd,
           2);
    assert_string_equal(r.at[1].unit, "man");   /* people: "killed" counts men anyway */
}

/* "divisions at 12,000 each" counts men, not divisions; "had no camps ...
 * it had four" counts camps; camps and routes are lexicon nouns. */
static void test_rec38_each_and_no(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"90,000", 0, 90000, FIG, 0, NULL}, {"72,000", 0, 72000, FIG, 0, NULL},
                 {"6", 0, 6, FIG, 0, NULL},         {"12,000", 0, 12000, FIG, 0, NULL},
                 {"10,000", 0, 10000, FIG, 0, NULL}, {"8,000", 0, 8000, FIG, 0, NULL}};
    attach(&r, "The corps numbers 90,000 men: 72,000 in the 6 rifle divisions at 12,000 each, "
               "10,000 in the artillery and 8,000 on the supply lines.",
           TALLY_SECTION_BODY, sa, 6);
    check(&r, 0, 1, "man", "personnel", "men", "90,000 men", 0);
    check(&r, 2, 1, "division", "formation", NULL, NULL, 0);
    for (size_t i = 3; i < 6; i++)   /* so many men a division, then men again */
        check(&r, i, 1, "man", "personnel", NULL, NULL, 1);
    const char *text = "The state, of some two million people, had no labour camps at all in "
                       "1914. By the end of 1915 it had five, near the railheads.";
    spec sb[] = {{"five", 0, 5, FIG, W, NULL}};
    attach_in(&r, text, "By the end", 2, sb, 1);
    check(&r, 0, 1, "camp", "other", "camps", "five", 1);
    /* a figure after the "no" phrase is nearer: it lends, not the camps */
    const char *text2 = "The state had no labour camps, only 40 depots. By 1915 it had five.";
    attach_in(&r, text2, "By 1915", 2, sb, 1);
    assert_string_not_equal(r.at[0].unit, "camp");
    spec sc[] = {{"two", 0, 2, FIG, W, NULL}};
    attach(&r, "The plan asked for two separate cable routes to each corps.", TALLY_SECTION_BODY,
           sc, 1);
    check(&r, 0, 1, "route", "other", NULL, NULL, 0);
}

/* Nouns of labour by formation, townspeople, columns. */
static void test_rec35_units(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"52", 0, 52, FIG, 0, NULL}};
    attach(&r, "The work took 52 battalion-days in all.", TALLY_SECTION_BODY, sa, 1);
    check(&r, 0, 1, "battalion-day", "labor", "battalion-days", "52 battalion-days", 0);
    spec sb[] = {{"9,000", 0, 9000, FIG, 0, NULL}};
    attach(&r, "Some 9,000 hungry townspeople queued.", TALLY_SECTION_BODY, sb, 1);
    check(&r, 0, 1, "person", "personnel", "hungry townspeople", NULL, 0);
    spec sc[] = {{"One", 0, 1, FIG, W, NULL}};
    attach(&r, "One column reached the ford at dusk.", TALLY_SECTION_BODY, sc, 1);
    check(&r, 0, 1, "column", "formation", "column", "One column", 0);
}

static void test_recall25_endnote(void **state)
{
    (void)state;
    run r;
    spec sa[] = {{"300", 0, 300, FIG, 0, NULL}, {"200", 0, 200, FIG, 0, NULL},
                 {"100", 0, 100, FIG, 0, NULL}};
    attach(&r, "Of the 300 repairs, 200 were done in the field and 100 at the base.",
           TALLY_SECTION_ENDNOTE, sa, 3);
    check(&r, 0, 1, "repair", "other", "repairs", "300 repairs", 0);
    check(&r, 1, 1, "repair", "other", "repairs", "200", 1);
    check(&r, 2, 1, "repair", "other", "repairs", "100", 1);
    spec sb[] = {{"2,000", 0, 2000, FIG, 0, NULL}, {"1,500", 0, 1500, FIG, 0, NULL},
                 {"75 per cent", 0, 75, FIG, TALLY_NF_PERCENT, "percent"},
                 {"500", 1, 500, FIG, 0, NULL}};
    attach(&r, "Of the 2,000 houses, 1,500 (75 per cent) were repaired and 500 were not.",
           TALLY_SECTION_ENDNOTE, sb, 4);
    check(&r, 1, 1, "house", "other", "houses", "1,500", 1);
    check(&r, 3, 1, "house", "other", "houses", "500", 1);
    spec sc[] = {{"1,200", 0, 1200, FIG, 0, NULL}, {"3,100", 0, 3100, FIG, 0, NULL},
                 {"700", 0, 700, FIG, 0, NULL}};
    attach(&r, "In that year the north gave 1,200 men, the Hill country 3,100 and the river "
               "towns 700.", TALLY_SECTION_ENDNOTE, sc, 3);
    check(&r, 1, 1, "man", "personnel", "men", "3,100", 1);
    check(&r, 2, 1, "man", "personnel", "men", "700", 1);
    spec sd[] = {{"40", 0, 40, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Returns of 40 men, the file 12.", TALLY_SECTION_ENDNOTE, sd, 2);
    check(&r, 0, 1, "man", "personnel", "men", "40 men", 0);
    assert_int_equal(r.at[1].keep, 0);
}

/* An opening "Of the <plural noun>" qualified by words up to its comma
 * ("still held in May") is the whole the bare number after the comma is a
 * part of; a month before the comma reads no date. */
static void test_rec39_of_opening_qualified(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"8,200", 0, 8200, FIG, 0, NULL}};
    attach(&r, "Of the horses still in the remount depots in May, 8,200 were fit.",
           TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "horse", "materiel", "horses", "8,200", 1);
    spec sq[] = {{"640", 0, 640, FIG, 0, NULL}};
    attach(&r, "Of the lorries sent north after the thaw, 640 broke down.", TALLY_SECTION_BODY,
           sq, 1);
    check(&r, 0, 1, "lorry", "materiel", "lorries", "640", 1);
}

/* In a note, a list of places each with a figure ("Arno 5,400 tons, Bellin
 * 3,100 and Corra 2,600") counts the first entry's noun in every entry; a
 * name before a lone figure with no such entry before stays a label. */
static void test_rec39_note_named_series(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"5,400", 0, 5400, FIG, 0, NULL},
                 {"3,100", 0, 3100, FIG, 0, NULL},
                 {"2,600", 0, 2600, FIG, 0, NULL}};
    attach(&r, "Grain was sent to three ports: Arno 5,400 tons, Bellin 3,100 and Corra 2,600.",
           TALLY_SECTION_ENDNOTE, sp, 3);
    check(&r, 0, 1, "ton", "materiel", "tons", "5,400 tons", 0);
    check(&r, 1, 1, "ton", "materiel", "tons", "3,100", 1);
    check(&r, 2, 1, "ton", "materiel", "tons", "2,600", 1);
    spec sq[] = {{"4,100", 0, 4100, FIG, 0, NULL}};
    attach(&r, "Harbour returns, Arno 4,100.", TALLY_SECTION_ENDNOTE, sq, 1);
    assert_int_equal(r.at[0].keep, 0);
}

/* A ratio "two for every three men" lends its nouns to no bare number
 * after it, nor does a count of kinds ("400 rifles of seven patterns"). */
static void test_rec39_every_and_kinds(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"400", 0, 400, FIG, 0, NULL},
                 {"two", 0, 2, FIG, W, NULL},
                 {"three", 0, 3, FIG, W, NULL},
                 {"150", 0, 150, FIG, 0, NULL}};
    attach(&r, "The depot held 400 rifles, two for every three men, and 150 were new.",
           TALLY_SECTION_BODY, sp, 4);
    check(&r, 2, 1, "man", "personnel", "men", "three men", 0);
    check(&r, 3, 1, "rifle", "materiel", "rifles", "150", 1);
    spec sq[] = {{"900", 0, 900, FIG, 0, NULL},
                 {"five", 0, 5, FIG, W, NULL},
                 {"60", 0, 60, FIG, 0, NULL}};
    attach(&r, "The park had 900 lorries of five makes, and 60 were lost.", TALLY_SECTION_BODY,
           sq, 3);
    check(&r, 2, 1, "lorry", "materiel", "lorries", "60", 1);
}

/* rec40: a measure named with "the" before a governed number is a place,
 * and the set of an earlier "of the <noun>" counts a bare "N of the M". */
static void test_rec40_place_and_set(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"700", 0, 700, FIG, 0, NULL}};
    attach(&r, "Riveters were scarce: in May the yard had 700.", TALLY_SECTION_BODY, sp, 1);
    check(&r, 0, 1, "riveter", "personnel", "Riveters", "700", 1);
    spec sq[] = {{"11", 0, 11, FIG, 0, NULL}, {"13", 0, 13, FIG, 0, NULL}};
    attach(&r, "Most of the ships sent in had sailed: 11 of the 13 were back.",
           TALLY_SECTION_BODY, sq, 2);
    check(&r, 0, 1, "ship", "materiel", "ships", "11", 1);
    check(&r, 1, 1, "ship", "materiel", "ships", "13", 1);
}

/* rec40: common trades and post words of the field are in the lexicon. */
static void test_rec40_trades(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"250", 0, 250, FIG, 0, NULL},
                 {"40", 0, 40, FIG, 0, NULL},
                 {"300", 0, 300, FIG, 0, NULL}};
    attach(&r, "The station had 250 firemen, 40 clerks and 300 letters.", TALLY_SECTION_BODY,
           sp, 3);
    check(&r, 0, 1, "fireman", "personnel", "firemen", "250 firemen", 0);
    check(&r, 1, 1, "clerk", "personnel", "clerks", "40 clerks", 0);
    check(&r, 2, 1, "letter", "materiel", "letters", "300 letters", 0);
}

/* A count after a share that follows "by" is governed by the noun that rose
 * or fell. */
static void test_rec41_fallen_by_share(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"a third", 0, 1.0 / 3, FIG, W | TALLY_NF_FRACTION, NULL},
                 {"900", 0, 900, FIG, 0, NULL},
                 {"600", 0, 600, FIG, 0, NULL}};
    const tally_qualifier q1[] = {TALLY_Q_RATIO, TALLY_Q_EXACT, TALLY_Q_EXACT};
    attach_q(&r, "By spring the volunteers had fallen by a third, from 900 to 600, as men left.",
             TALLY_SECTION_BODY, sp, q1, 3);
    check(&r, 0, 1, "fraction", "share", NULL, NULL, 0);
    check(&r, 1, 1, "volunteer", "personnel", "volunteers", NULL, 1);
    check(&r, 2, 1, "volunteer", "personnel", "volunteers", NULL, 1);
    spec sb[] = {{"20 per cent", 0, 20, FIG, TALLY_NF_PERCENT, "percent"},
                 {"400", 0, 400, FIG, 0, NULL}};
    const tally_qualifier q2[] = {TALLY_Q_RATIO, TALLY_Q_EXACT};
    attach_q(&r, "The wagons rose by 20 per cent, from 400 in May.", TALLY_SECTION_BODY, sb, q2,
             2);
    check(&r, 1, 1, "wagon", "materiel", "wagons", NULL, 1);
}

/* "one X in N, M": the bare M counts X, the noun inside the share. */
static void test_rec41_one_in_restated(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"one parcel in ten", 0, 0.1, FIG, W | TALLY_NF_FRACTION, NULL},
                 {"about 3,000", 0, 3000, FIG, 0, NULL}};
    const tally_qualifier q[] = {TALLY_Q_RATIO, TALLY_Q_APPROX};
    attach_q(&r, "The clerks opened one parcel in ten, about 3,000 a month.", TALLY_SECTION_BODY,
             sp, q, 2);
    check(&r, 0, 1, "fraction", "share", NULL, NULL, 0);
    check(&r, 1, 1, "parcel", "materiel", "parcel", NULL, 1);
}

/* A bare count after "N X per M Y ... and K" restates the rate's X, not
 * the base Y it is reckoned per. */
static void test_rec41_rate_base_not_lent(void **state)
{
    (void)state;
    run r;
    spec sp[] = {{"12", 0, 12, FIG, 0, NULL},
                 {"100", 0, 100, FIG, 0, NULL},
                 {"15", 0, 15, FIG, 0, NULL}};
    attach(&r, "The engines burn 12 litres per 100 km on roads and 15 on tracks.",
           TALLY_SECTION_BODY, sp, 3);
    check(&r, 0, 1, "litre", "materiel", "litres", "12 litres", 0);
    check(&r, 1, 1, "km", "distance", "km", "100 km", 0);
    check(&r, 2, 1, "litre", "materiel", "litres", NULL, 1);
}

/* A bare number after a verb of amount or level is a quantity, kept with
 * the unit its sentence gives it, or none; front matter stays dropped. */
static void test_rec42_level_kept(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"3,800", 0, 3800, FIG, 0, NULL}};
    attach(&r, "The total was 3,800.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "", "other", NULL, NULL, 0);
    attach(&r, "By then the price stood at 3,800.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "", "other", NULL, NULL, 0);
    attach(&r, "The garrison stood at 3,800 in May.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "person", "personnel", "garrison", NULL, 1);
    attach(&r, "The lorries stood at 3,800.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "lorry", "materiel", "lorries", NULL, 1);
    spec b[] = {{"22", 0, 22, FIG, 0, NULL}};
    attach(&r, "See Volume 22 of the series.", TALLY_SECTION_BODY, b, 1);
    check(&r, 0, 0, "", "other", NULL, NULL, 0);
}

/* "from N ... to M", "another N" after a count, names listing counts. */
static void test_rec42_level_forms(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"1,100", 0, 1100, FIG, 0, NULL}, {"2,500", 0, 2500, FIG, 0, NULL}};
    attach(&r, "The daily intake went from 1,100 in the spring to 2,500 by autumn.",
           TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "", "other", NULL, NULL, 0);
    spec b[] = {{"40", 0, 40, FIG, 0, NULL}, {"75", 0, 75, FIG, 0, NULL}};
    attach(&r, "One depot kept 40 mechanics and the base had another 75 on its books.",
           TALLY_SECTION_BODY, b, 2);
    check(&r, 0, 1, "mechanic", "personnel", "mechanics", NULL, 0);
    check(&r, 1, 1, "mechanic", "personnel", "mechanics", NULL, 1);
}

/* A noun of time after an ordinal or "last" says when, not what is
 * counted: "from 40 on the first night to 95 on the last night". */
static void test_rec43_time_adjunct(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"650", 0, 650, FIG, 0, NULL},
                {"40", 0, 40, FIG, 0, NULL},
                {"first", 0, 1, TALLY_NK_ORDINAL, W, NULL},
                {"95", 0, 95, FIG, 0, NULL}};
    attach(&r, "The tankers moved 650 lorries in all; their nightly share went up from 40 on "
               "the first night to 95 on the last night.", TALLY_SECTION_BODY, a, 4);
    check(&r, 0, 1, "lorry", "materiel", "lorries", NULL, 0);
    check(&r, 1, 1, "lorry", "materiel", "lorries", NULL, 1);
    check(&r, 3, 1, "lorry", "materiel", "lorries", NULL, 1);
    spec b[] = {{"310", 0, 310, FIG, 0, NULL},
                {"first", 0, 1, TALLY_NK_ORDINAL, W, NULL},
                {"540", 0, 540, FIG, 0, NULL},
                {"third", 0, 3, TALLY_NK_ORDINAL, W, NULL},
                {"230", 0, 230, FIG, 0, NULL}};
    attach(&r, "The daily count grew from 310 on the first day to 540 on the third, a gain "
               "of 230.", TALLY_SECTION_BODY, b, 5);
    check(&r, 2, 1, "", "other", NULL, NULL, 0);   /* kept, but not days */
    check(&r, 4, 1, "", "other", NULL, NULL, 0);
}

/* The noun an appositive describes governs: "Alarms, the plague of the
 * early weeks, fell from 180". */
static void test_rec43_appositive_subject(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"180", 0, 180, FIG, 0, NULL}, {"75", 0, 75, FIG, 0, NULL}};
    attach(&r, "False alarms, the curse of the opening weeks, dropped from 180 in the spring "
               "to 75 in the summer.", TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "alarm", "event", "alarms", NULL, 1);
    check(&r, 1, 1, "alarm", "event", "alarms", NULL, 1);
}

/* A model designation with a point ("F.52") modifies the noun after it. */
static void test_rec43_point_designation(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"48", 0, 48, FIG, 0, NULL}};
    attach(&r, "The survey flight bought 48 F.52 cameras in May.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "camera", "materiel", "F.52 cameras", "48 F.52 cameras", 0);
    spec b[] = {{"36", 0, 36, FIG, 0, NULL}};
    attach(&r, "The navy bought 36 K.14 sextants abroad.", TALLY_SECTION_BODY, b, 1);
    check(&r, 0, 1, "sextant", "other", "K.14 sextants", "36 K.14 sextants", 0);
}

/* "differed by N": a difference of levels is kept, with the count before. */
static void test_rec43_differed_by(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"2,100", 0, 2100, FIG, 0, NULL}, {"600", 0, 600, FIG, 0, NULL}};
    attach(&r, "The depot issued 2,100 rifles in March; the two months differed by 600.",
           TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "rifle", "materiel", "rifles", NULL, 0);
    check(&r, 1, 1, "rifle", "materiel", "rifles", NULL, 1);
}

/* rec44: a bare count before a verb of fate after ", and" is kept: with
 * no noun in its sentence it has no unit, but it is not lost */
static void test_rec44_fate_count(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"90", 0, 90, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "Another 90 deserted, and 40 died of fever.", TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "", "other", NULL, NULL, 0);
    check(&r, 1, 1, "", "other", NULL, NULL, 0);
    attach(&r, "Another 90 deserted, and 40 were killed in accidents.", TALLY_SECTION_BODY, a,
           2);
    check(&r, 1, 1, "", "other", NULL, NULL, 0);
    spec b[] = {{"300", 0, 300, FIG, 0, NULL},
                {"90", 0, 90, FIG, 0, NULL},
                {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The depot lost 300 recruits: 90 deserted and 40 were killed.",
           TALLY_SECTION_BODY, b, 3);
    check(&r, 1, 1, "recruit", "personnel", "recruits", NULL, 1);
    check(&r, 2, 1, "recruit", "personnel", "recruits", NULL, 1);
}

/* rec44: "N weeks earlier" is a quantity in an unreal past, a date
 * otherwise */
static void test_rec44_counterfactual(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"six", 0, 6, FIG, W, NULL}};
    attach(&r, "The convoy could have sailed six weeks earlier.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "week", "duration", "weeks", "six weeks", 0);
    attach(&r, "Had the guns come six weeks earlier, the fort would have held.",
           TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "week", "duration", "weeks", "six weeks", 0);
    attach(&r, "The relief column arrived six weeks later.", TALLY_SECTION_BODY, a, 1);
    assert_int_equal(r.at[0].keep, 0);
}

/* rec44: "N in all" after a plural subject counts that subject */
static void test_rec44_in_all(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"214", 0, 214, FIG, 0, NULL}};
    attach(&r, "Escapes were rare, 214 in all.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "escape", "event", "Escapes", NULL, 1);
}

/* rec44: a count of kinds does not lend its noun to what the kinds hold */
static void test_rec44_kinds_hold(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"12", 0, 12, FIG, 0, NULL},
                {"40", 0, 40, FIG, 0, NULL},
                {"two", 0, 2, FIG, W, NULL},
                {"520", 0, 520, FIG, 0, NULL}};
    attach(&r, "A hut took 12 people and a barn 40, so the two types held 520 between them.",
           TALLY_SECTION_BODY, a, 4);
    check(&r, 0, 1, "person", "personnel", "people", NULL, 0);
    check(&r, 2, 1, "type", "other", "types", NULL, 0);
    check(&r, 3, 1, "person", "personnel", "people", NULL, 1);
}

/* rec45: a list whose verb is left out after the first clause ("the Altair
 * three") counts what the first clause counts, the name before the number
 * being no label. */
static void test_rec45_gapped_names(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"12", 0, 12, FIG, 0, NULL},
                {"seven", 0, 7, FIG, W, NULL},
                {"three", 0, 3, FIG, W, NULL},
                {"two", 0, 2, FIG, W, NULL}};
    attach(&r, "Of the 12 sorties, the Vega flew seven, the Altair three and the Rigel two.",
           TALLY_SECTION_BODY, a, 4);
    check(&r, 0, 1, "sortie", "event", "sorties", NULL, 0);
    check(&r, 1, 1, "sortie", "event", NULL, NULL, 1);
    check(&r, 2, 1, "sortie", "event", NULL, NULL, 1);
    check(&r, 3, 1, "sortie", "event", NULL, NULL, 1);
}

/* rec45: "the N were <parts>" restates a whole as the subject: it takes
 * the parts' unit when they share one, else only a shared category; with
 * no parts after the verb it stays unknown and is dropped. */
static void test_rec45_restated_whole(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"500", 0, 500, FIG, 0, NULL},
                {"300", 0, 300, FIG, 0, NULL},
                {"200", 0, 200, FIG, 0, NULL}};
    attach(&r, "The 500 were 300 rifles and 200 carbines.", TALLY_SECTION_BODY, a, 3);
    check(&r, 0, 1, "rifle", "materiel", "rifles", NULL, 1);
    check(&r, 1, 1, "rifle", "materiel", "rifles", NULL, 0);
    check(&r, 2, 1, "rifle", "materiel", "carbines", NULL, 0);
    spec b[] = {{"80", 0, 80, FIG, 0, NULL},
                {"50", 0, 50, FIG, 0, NULL},
                {"30", 0, 30, FIG, 0, NULL}};
    attach(&r, "The 80 were 50 lorries and 30 wagons.", TALLY_SECTION_BODY, b, 3);
    check(&r, 0, 1, "", "materiel", NULL, NULL, 0);
    check(&r, 1, 1, "lorry", "materiel", "lorries", NULL, 0);
    check(&r, 2, 1, "wagon", "materiel", "wagons", NULL, 0);
    spec c[] = {{"950", 0, 950, FIG, 0, NULL},
                {"600", 0, 600, FIG, 0, NULL},
                {"350", 0, 350, FIG, 0, NULL}};
    attach(&r, "The 950 were 600 fitters and 350 lorries.", TALLY_SECTION_BODY, c, 3);
    check(&r, 0, 1, "", "other", NULL, NULL, 0);
    check(&r, 1, 1, "fitter", "personnel", "fitters", NULL, 0);
    spec d[] = {{"950", 0, 950, FIG, 0, NULL}};
    attach(&r, "The 950 were late.", TALLY_SECTION_BODY, d, 1);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "");   /* a figure, nothing said of what */
}

/* rec45: an adjective of state after a number ("75 empty") is no unit; the
 * like-modified figure after it lends its noun. */
static void test_rec45_state_adjective(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"75", 0, 75, FIG, 0, NULL}, {"25", 0, 25, FIG, 0, NULL}};
    attach(&r, "The park held 75 empty and 25 full tankers.", TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "tanker", "materiel", "tankers", NULL, 1);
    check(&r, 1, 1, "tanker", "materiel", "full tankers", NULL, 0);
}

/* rec46: a scaled figure "of" a month name counts the list's noun, not the
 * month; a month before a noun still lets the noun count ("of the June
 * convoys"); irregular "-ves" plurals come from the lexicon. */
/* "The number of X <participle> by the Y rose to N": N counts the X of
 * "the number of", not the Y of the by-phrase. */
static void test_rec47_number_of_head(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"18", 0, 18, FIG, 0, NULL}, {"7", 0, 7, FIG, 0, NULL}};
    attach(&r, "The number of leaks traced by the night patrols dropped from 18 to 7.",
           TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "leak", "event", "leaks", "18", 1);
    check(&r, 1, 1, "leak", "event", "leaks", "7", 1);
    spec b[] = {{"95", 0, 95, FIG, 0, NULL}};
    attach(&r, "The number of sorties flown by the bomber squadrons rose to 95.",
           TALLY_SECTION_BODY, b, 1);
    check(&r, 0, 1, "sortie", "event", "sorties", "95", 1);
    spec c[] = {{"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "Trucks lost by the corps rose to 40.", TALLY_SECTION_BODY, c, 1);
    check(&r, 0, 1, "truck", "materiel", "Trucks", "40", 1);
}

/* rec49: a verb in "-ing" before a determiner is no noun ("3 flying the
 * Tarvo VII"); "injured" after "men killed" counts men, after "dead" it
 * stays "injured". */
/* Figures once dropped: a name-headed gapped entry in an endnote ("the
 * Ilse four" after "the Marta made seven"); a bare number that opens a
 * clause before a modal counts the sentence's first plural noun of things,
 * not the people of an aside nor a measure. */
static void test_rec51_dropped(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"14", 0, 14, FIG, 0, NULL}, {"seven", 0, 7, FIG, W, NULL},
                {"four", 0, 4, FIG, W, NULL}, {"three", 0, 3, FIG, W, NULL}};
    attach(&r, "Of the 14 runs, the Marta made seven, the Ilse four and the Dora three.",
           TALLY_SECTION_ENDNOTE, a, 4);
    check(&r, 0, 1, "run", "event", "runs", NULL, 0);
    for (size_t i = 1; i < 4; i++) {
        assert_int_equal(r.at[i].keep, 1);
        assert_string_equal(r.at[i].unit, "run");
    }
    spec b[] = {{"25", 0, 25, FIG, 0, NULL}, {"16", 0, 16, FIG, 0, NULL}};
    attach(&r, "Had the pumping stations stood every 25 km, as the contractors asked, 16 "
               "would have been built.", TALLY_SECTION_BODY, b, 2);
    assert_string_equal(r.at[0].unit, "km");
    check(&r, 1, 1, "station", "other", "stations", NULL, 1);
}

static void test_rec49_wrong_noun(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"4", 0, 4, FIG, 0, NULL}, {"3", 0, 3, FIG, 0, NULL}, {"1", 0, 1, FIG, 0, NULL}};
    attach(&r, "The wing had 4 squadrons (3 flying the Tarvo VII and 1 the Kelt II).",
           TALLY_SECTION_BODY, a, 3);
    check(&r, 0, 1, "squadron", "formation", "squadrons", NULL, 0);
    assert_string_equal(r.at[1].unit, "squadron");
    spec c[] = {{"12", 0, 12, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The brigade lost 12 men killed and 40 injured.", TALLY_SECTION_BODY, c, 2);
    assert_string_equal(r.at[1].unit, "man");
    spec d[] = {{"80", 0, 80, FIG, 0, NULL}, {"150", 0, 150, FIG, 0, NULL}};
    attach(&r, "The raid left 80 dead and 150 injured.", TALLY_SECTION_BODY, d, 2);
    assert_string_equal(r.at[1].unit, "injured");
}

/* "N X were sent to the four camps: a to A, b to B, ...": the four counts
 * the list's entries (four figures follow the colon), so the parts count
 * the X of the whole before it, not camps; also for a mass ("tons"). */
static void test_rec47_colon_entries(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"90,000", 0, 90000, FIG, 0, NULL}, {"four", 0, 4, FIG, W, NULL},
                {"30,000", 0, 30000, FIG, 0, NULL}, {"25,000", 0, 25000, FIG, 0, NULL},
                {"20,000", 0, 20000, FIG, 0, NULL}, {"15,000", 0, 15000, FIG, 0, NULL}};
    attach(&r, "Some 90,000 refugees were sent to the four camps near the border: 30,000 "
               "to Arvo, 25,000 to Belk, 20,000 to Corran and 15,000 to Dunmore.",
           TALLY_SECTION_BODY, a, 6);
    check(&r, 0, 1, "refugee", "personnel", "refugees", NULL, 0);
    check(&r, 1, 1, "camp", "other", "camps", "four camps", 0);
    for (size_t i = 2; i < 6; i++)
        check(&r, i, 1, "refugee", "personnel", "refugees", NULL, 1);
    spec b[] = {{"5,000", 0, 5000, FIG, 0, NULL}, {"two", 0, 2, FIG, W, NULL},
                {"3,000", 0, 3000, FIG, 0, NULL}, {"2,000", 0, 2000, FIG, 0, NULL}};
    attach(&r, "The army shipped 5,000 tons of flour to two ports: 3,000 to Arvo and 2,000 "
               "to Belk.", TALLY_SECTION_BODY, b, 4);
    check(&r, 0, 1, "ton", "materiel", "tons of flour", NULL, 0);
    check(&r, 1, 1, "port", "other", "ports", "two ports", 0);
    check(&r, 2, 1, "ton", "materiel", "tons of flour", NULL, 1);
    check(&r, 3, 1, "ton", "materiel", "tons of flour", NULL, 1);
}

/* "The 52,000 were housed ..." restates the 52,000 workers two sentences
 * back, not the 9 hostels of the sentence just before. */
static void test_rec47_restated_same_value(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"52,000", 0, 52000, FIG, 0, NULL}};
    attach_in(&r, "About 52,000 workers were moved from the coast in June. A clerk in Velt "
                  "listed 9 hostels that took them in the evenings. The 52,000 were housed.",
              "The 52,000", 3, a, 1);
    check(&r, 0, 1, "worker", "personnel", "workers", "52,000", 1);
}

static void test_rec46_of_month(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"4 million", 0, 4e6, FIG, TALLY_NF_SCALED, NULL},
                {"6 million", 0, 6e6, FIG, TALLY_NF_SCALED, NULL}};
    attach(&r, "The depot issued 4 million litres in May and the 6 million of June.",
           TALLY_SECTION_BODY, a, 2);
    check(&r, 0, 1, "litre", "materiel", "litres", "4 million litres", 0);
    check(&r, 1, 1, "litre", "materiel", "litres", "6 million", 1);
    spec b[] = {{"two", 0, 2, FIG, W, NULL}};
    attach(&r, "Escorts sank two of the June convoys.", TALLY_SECTION_BODY, b, 1);
    check(&r, 0, 1, "convoy", "event", NULL, NULL, 0);
    spec c[] = {{"900", 0, 900, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The ovens baked 900 loaves and the cooks used 40 knives.", TALLY_SECTION_BODY,
           c, 2);
    check(&r, 0, 1, "loaf", "materiel", "loaves", "900 loaves", 0);
    check(&r, 1, 1, "knife", "materiel", "knives", "40 knives", 0);
}

/* A figure after a rate "X per N hours, against Y" parallels X, not the
 * base after "per"; a total "N in all" after a list counts the list's
 * first item's noun, not the last item's kind. */
static void test_rec53_rate_and_total(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"12", 0, 12, FIG, 0, NULL},
                {"8.5", 0, 8.5, FIG, 0, NULL},
                {"10,000", 0, 10000, FIG, 0, NULL},
                {"2.1", 0, 2.1, FIG, 0, NULL}};
    attach(&r, "The new fighters had 12 accidents, a rate of 8.5 per 10,000 flying hours, "
               "against 2.1 for the old type.", TALLY_SECTION_BODY, a, 4);
    check(&r, 0, 1, "accident", "event", "accidents", "12 accidents", 0);
    check(&r, 2, 1, "hour", "duration", NULL, NULL, 0);
    check(&r, 3, 1, "accident", "event", NULL, NULL, 1);
    spec b[] = {{"500", 0, 500, FIG, 0, NULL},
                {"200", 0, 200, FIG, 0, NULL},
                {"300", 0, 300, FIG, 0, NULL},
                {"1,000", 0, 1000, FIG, 0, NULL},
                {"1,400", 0, 1400, FIG, 0, NULL}};
    attach(&r, "The depot took 500 new boots a week from Arnholt, the 200 from Vesk and the "
               "300 resoles, 1,000 in all against the 1,400 it wanted.", TALLY_SECTION_BODY, b,
           5);
    check(&r, 0, 1, "boot", "materiel", NULL, NULL, 0);
    check(&r, 3, 1, "boot", "materiel", NULL, NULL, 1);
    check(&r, 4, 1, "boot", "materiel", NULL, NULL, 1);
}

/* "N of them" opening a clause after "although" is a part of the
 * sentence's subject, not of a noun inside a relative clause; a bare "N
 * more" counts what "a"/"an" introduced earlier in the sentence. */
static void test_rec53_them_subject_and_more(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"three", 0, 3, FIG, W, NULL}};
    attach(&r, "The concrete shelters, which the sappers had dug by hand, kept their "
               "occupants safe, although three of them were flooded.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "shelter", "other", "shelters", NULL, 1);
    spec b[] = {{"five", 0, 5, FIG, W, NULL}};
    attach(&r, "The service opened a sorting office in each port, and five more at the "
               "depots.", TALLY_SECTION_BODY, b, 1);
    check(&r, 0, 1, "office", "other", NULL, NULL, 1);
    spec c[] = {{"five", 0, 5, FIG, W, NULL}};
    attach(&r, "The service opened a sorting office in each port, and five more lorries "
               "came.", TALLY_SECTION_BODY, c, 1);
    check(&r, 0, 1, "lorry", "materiel", NULL, NULL, 0);   /* its own noun */
}

/* A hyphenated compound modifier ("flat-bed") is no noun before a plural
 * noun; a plural the lexicon lacks after "the number of" or as the subject
 * of a verb of change governs the figures with its plain lemma. */
static void test_rec55_compound_and_unknown_governor(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"nine", 0, 9, FIG, W, NULL}};
    attach(&r, "The mill ran nine flat-bed presses.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "press", "materiel", "flat-bed presses", "nine flat-bed presses", 0);
    spec b[] = {{"9", 0, 9, FIG, 0, NULL}};
    attach(&r, "By June the number of brick kilns had risen from 9.", TALLY_SECTION_BODY, b, 1);
    check(&r, 0, 1, "kiln", "other", "kilns", NULL, 1);
    spec c[] = {{"2,400", 0, 2400, FIG, 0, NULL}};
    attach(&r, "In the winter the bundles rejected fell from 2,400.", TALLY_SECTION_BODY, c, 1);
    check(&r, 0, 1, "bundle", "other", "bundles", NULL, 1);
    spec d[] = {{"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "The bundles rejected stood near 40.", TALLY_SECTION_BODY, d, 1);
    assert_string_equal(r.at[0].unit, "");   /* no verb of change, no "number of" */
}

/* "from three hours to one": the "one" closing a change pair is a count of
 * the first figure's noun, not a pronoun; with no "from" before it, it is. */
static void test_rec56_pair_end_one(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"three", 0, 3, FIG, W, NULL}, {"one", 0, 1, FIG, W, NULL}};
    attach(&r, "The new bridge cut the crossing from three hours to one.", TALLY_SECTION_BODY,
           a, 2);
    check(&r, 0, 1, "hour", "duration", "hours", "three hours", 0);
    check(&r, 1, 1, "hour", "duration", "hours", NULL, 1);
    spec b[] = {{"three", 0, 3, FIG, W, NULL}, {"one", 0, 1, FIG, W, NULL}};
    attach(&r, "The crew slept three hours and the sentries went to one.", TALLY_SECTION_BODY,
           b, 2);
    assert_int_equal(r.at[1].keep, 0);
}

/* "the N" opening a clause ("the 18 that drain best") is a set counted
 * by the nearest figure of things before it, over a measure between; a
 * duration "later than" something compares and is kept. */
static void test_rec57_the_n_clause(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"40", 0, 40, FIG, 0, NULL},
                {"5", 0, 5, FIG, 0, NULL},
                {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "The engineers tested 40 wells 5 km from the road and kept the 12 that "
               "gave clean water.", TALLY_SECTION_BODY, a, 3);
    check(&r, 0, 1, "well", "other", "wells", "40 wells", 0);
    check(&r, 1, 1, "km", "distance", "km", "5 km", 0);
    check(&r, 2, 1, "well", "other", "wells", NULL, 1);
    spec b[] = {{"three", 0, 3, FIG, W, NULL}};
    attach(&r, "The bridge opened three weeks later than the plan allowed.", TALLY_SECTION_BODY,
           b, 1);
    check(&r, 0, 1, "week", "duration", "weeks", "three weeks", 0);
    spec c[] = {{"three", 0, 3, FIG, W, NULL}};
    attach(&r, "The bridge opened three weeks later.", TALLY_SECTION_BODY, c, 1);
    assert_int_equal(r.at[0].keep, 0);
    spec d[] = {{"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Of all the candidates the 12 that remained were sent home.", TALLY_SECTION_BODY,
           d, 1);
    assert_int_equal(r.at[0].keep, 1);
    assert_string_equal(r.at[0].unit, "");   /* a figure, nothing said of what */
}

/* rec58: a lexicon compound ("cable sections") wins over its first word
 * alone ("cable", a telegram); "one" closing a list of counts after "and"
 * is a figure though its noun is unknown; "one of" stays out. */
static void test_rec58_compound_and_listed_one(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"five", 0, 5, FIG, W, NULL}};
    attach(&r, "The sappers laid five cable sections over the ford.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "cable section", "materiel", "cable sections", "five cable sections", 0);
    spec b[] = {{"two", 0, 2, FIG, W, NULL}, {"one", 0, 1, FIG, W, NULL}};
    attach(&r, "Each post held two clerks and one NCO.", TALLY_SECTION_BODY, b, 2);
    check(&r, 0, 1, "clerk", "personnel", "clerks", "two clerks", 0);
    check(&r, 1, 1, "nco", "other", "NCO", "one NCO", 0);
    spec c[] = {{"One", 0, 1, FIG, W, NULL}};
    attach(&r, "One of the clerks fell ill.", TALLY_SECTION_BODY, c, 1);
    assert_int_equal(r.at[0].keep, 0);
}

/* rec63: the "one" of a norm ("one lantern per tent", "for every") is a
 * count though its noun is not in the lexicon; "one lantern" alone stays a
 * determiner.  "works" (a factory) is its own lemma, not "work". */
static void test_rec63_one_norm_and_works(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"one", 0, 1, FIG, W, NULL}};
    attach(&r, "The camp rule was one lantern per tent.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "lantern", "other", "lantern", "one lantern", 0);
    attach(&r, "The camp rule gave one lantern for every tent.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "lantern", "other", "lantern", "one lantern", 0);
    attach(&r, "They lit one lantern and waited.", TALLY_SECTION_BODY, a, 1);
    assert_int_equal(r.at[0].keep, 0);
    spec b[] = {{"Four", 0, 4, FIG, W, NULL}};
    attach(&r, "Four works made the boots.", TALLY_SECTION_BODY, b, 1);
    check(&r, 0, 1, "works", "other", "works", "Four works", 0);
}

/* rec64: a time phrase lends no noun ("by the end of the year only 650");
 * a definite set beside money counts the thing priced; a norm's bare "one"
 * takes the subject's noun; note parts after a counted whole; a gapped
 * subject lends nothing to the figure after it; "mouths" are people. */
static void test_rec64_bare_figure_nouns(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"800", 0, 800, FIG, 0, NULL}, {"650", 0, 650, FIG, 0, NULL}};
    attach(&r, "The loft promised 800 pigeons, but by the end of the year only 650 had come.",
           TALLY_SECTION_BODY, a, 2);
    check(&r, 1, 1, "pigeon", "other", NULL, "650", 1);
    spec b[] = {{"2,400", 0, 2400, FIG, 0, NULL}, {"120", 0, 120, FIG, 0, NULL},
                {"288,000", 0, 288000, FIG, 0, NULL}};
    attach(&r, "A Berwick lorry costs 2,400 crowns, and the 120 on order 288,000 crowns.",
           TALLY_SECTION_BODY, b, 3);
    check(&r, 0, 1, "crown", "money", "crowns", "2,400 crowns", 0);
    check(&r, 1, 1, "lorry", "materiel", "lorry", "120", 1);
    spec c[] = {{"one", 0, 1, FIG, W, NULL}, {"one", 1, 1, FIG, W, NULL},
                {"six", 0, 6, FIG, W, NULL}};
    attach(&r, "Blankets are to be issued at one per man, with one spare for every six men.",
           TALLY_SECTION_BODY, c, 3);
    check(&r, 0, 1, "blanket", "materiel", "Blankets", "one", 1);
    check(&r, 1, 1, "blanket", "materiel", "Blankets", "one", 1);
    check(&r, 2, 1, "man", "personnel", "men", "six men", 0);
    spec d[] = {{"60", 0, 60, FIG, 0, NULL}, {"25", 0, 25, FIG, 0, NULL},
                {"20", 0, 20, FIG, 0, NULL}, {"15", 0, 15, FIG, 0, NULL}};
    attach(&r, "The 60 huts are 25 for staffs, 20 for hospitals and 15 for supply columns.",
           TALLY_SECTION_ENDNOTE, d, 4);
    check(&r, 0, 1, "hut", "other", "huts", "60 huts", 0);
    check(&r, 1, 1, "hut", "other", "huts", "25", 1);
    check(&r, 2, 1, "hut", "other", "huts", "20", 1);
    check(&r, 3, 1, "hut", "other", "huts", "15", 1);
    spec e[] = {{"610,000", 0, 610000, FIG, 0, NULL}, {"four", 0, 4, FIG, W, NULL},
                {"290,000", 0, 290000, FIG, 0, NULL}};
    attach(&r, "The state works made 610,000 boots and four small mills 290,000.",
           TALLY_SECTION_BODY, e, 3);
    check(&r, 1, 1, "mill", "other", "small mills", "four small mills", 0);
    check(&r, 2, 1, "boot", "materiel", "boots", "290,000", 1);
    spec f[] = {{"270,000", 0, 270000, FIG, 0, NULL}};
    attach(&r, "The town had 270,000 mouths to feed.", TALLY_SECTION_BODY, f, 1);
    check(&r, 0, 1, "person", "personnel", "mouths", "270,000 mouths", 0);
}

/* rec65: an intended shift ("hoped to ... two weeks earlier") is a
 * quantity, not a date; "in one night" names an occasion; "the N" with a
 * participle takes a mass from the figure before it; the rest of a whole
 * ("the remaining third") is a share; irregular "-men" plurals, coal
 * heavers and carpenter-days. */
static void test_rec65_misses_and_units(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"two", 0, 2, FIG, W, NULL}};
    attach(&r, "The sappers had hoped to start the bridge two weeks earlier, in mid-May.",
           TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 1, "week", "duration", "weeks", "two weeks", 0);
    attach(&r, "The bridge was finished two weeks later, in mid-May.", TALLY_SECTION_BODY, a, 1);
    check(&r, 0, 0, "week", "duration", "weeks", NULL, 0);
    spec b[] = {{"one", 0, 1, FIG, W, NULL}, {"four", 0, 4, FIG, W, NULL}};
    attach(&r, "Sparks were common, and in one night at Varn four huts burned.",
           TALLY_SECTION_BODY, b, 2);
    check(&r, 0, 0, "night", "duration", NULL, NULL, 0);
    check(&r, 1, 1, "hut", "other", "huts", "four huts", 0);
    spec c[] = {{"one", 0, 1, FIG, W, NULL}};
    attach(&r, "The column rested for one night at Varn.", TALLY_SECTION_BODY, c, 1);
    check(&r, 0, 1, "night", "duration", "night", "one night", 0);
    spec d[] = {{"30", 0, 30, FIG, 0, NULL}, {"50", 0, 50, FIG, 0, NULL}};
    attach(&r, "The depot asks for 30 barrels in addition to the 50 promised.",
           TALLY_SECTION_BODY, d, 2);
    check(&r, 1, 1, "barrel", "materiel", "barrels", "50", 1);
    spec e[] = {{"300", 0, 300, FIG, 0, NULL}, {"60", 0, 60, FIG, 0, NULL},
                {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "I ask for 300 sappers and 60 tons of wire in place of the 40 calculated.",
           TALLY_SECTION_BODY, e, 3);
    check(&r, 2, 1, "ton", "materiel", "tons", "40", 1);
    spec e2[] = {{"20", 0, 20, FIG, 0, NULL}, {"4,000", 0, 4000, FIG, 0, NULL},
                 {"eight", 0, 8, FIG, W, NULL}, {"1930", 0, 1930, TALLY_NK_YEAR, 0, NULL},
                 {"40,000", 0, 40000, FIG, 0, NULL}};
    attach(&r, "Together the 20 lighters could lift 4,000 tons at once, and the eight bought "
               "in 1930 had cost 40,000 crowns.",
           TALLY_SECTION_BODY, e2, 5);
    assert_string_not_equal(r.at[2].unit, "ton");   /* no "in place of": no mass lent */
    spec f[] = {{"two thirds", 0, 2.0 / 3, FIG, W | TALLY_NF_FRACTION, NULL},
                {"third", 1, 1.0 / 3, FIG, W | TALLY_NF_FRACTION, NULL}};
    tally_qualifier fq[] = {TALLY_Q_RATIO, TALLY_Q_RATIO};
    attach_q(&r, "The state paid two thirds of the bill and the towns the remaining third.",
             TALLY_SECTION_BODY, f, fq, 2);
    check(&r, 1, 1, "fraction", "share", NULL, "third", 0);
    spec g[] = {{"300", 0, 300, FIG, 0, NULL}, {"40", 0, 40, FIG, 0, NULL},
                {"900", 0, 900, FIG, 0, NULL}, {"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "The yard hired 300 civilian coal heavers, 40 draughtsmen, 900 "
               "carpenter-days and 12 linesmen.",
           TALLY_SECTION_BODY, g, 4);
    check(&r, 0, 1, "heaver", "personnel", NULL, "300 civilian coal heavers", 0);
    check(&r, 1, 1, "draughtsman", "personnel", "draughtsmen", "40 draughtsmen", 0);
    check(&r, 2, 1, "carpenter-day", "labor", "carpenter-days", "900 carpenter-days", 0);
    check(&r, 3, 1, "linesman", "personnel", "linesmen", "12 linesmen", 0);
}

/* rec61: in an endnote, a bare number parallel to a counted figure takes
 * its noun even when that noun is not in the lexicon: the whole of "Of the
 * N beacons <participle>," and entries of one breakdown whose numbers are
 * each followed by the same preposition. */
static void test_rec61_note_parallel(void **state)
{
    (void)state;
    run r;
    spec a[] = {{"90", 0, 90, FIG, 0, NULL}, {"50", 0, 50, FIG, 0, NULL},
                {"40", 0, 40, FIG, 0, NULL}};
    attach(&r, "Of the 90 beacons wrecked, 50 were on the east mole and 40 on the west.",
           TALLY_SECTION_ENDNOTE, a, 3);
    check(&r, 0, 1, "beacon", "other", "beacons", "90 beacons", 0);
    check(&r, 1, 1, "beacon", "other", "beacons", "50", 1);
    check(&r, 2, 1, "beacon", "other", "beacons", "40", 1);
    spec b[] = {{"3,100", 0, 3100, FIG, 0, NULL}, {"900", 0, 900, FIG, 0, NULL}};
    attach(&r, "Muster of 2 June: 3,100 lamplighters in the harbour ward and 900 in the reserve.",
           TALLY_SECTION_ENDNOTE, b, 2);
    check(&r, 0, 1, "lamplighter", "other", "lamplighters", "3,100 lamplighters", 0);
    check(&r, 1, 1, "lamplighter", "other", "lamplighters", "900", 1);
    spec c[] = {{"12", 0, 12, FIG, 0, NULL}};
    attach(&r, "Of the 300 crates, file 12 in the archive.", TALLY_SECTION_ENDNOTE, c, 1);
    assert_int_equal(r.at[0].keep, 0);   /* a label: no parallel preposition */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formation_plural),
        cmocka_unit_test(test_irregular_plurals),
        cmocka_unit_test(test_designation_plural),
        cmocka_unit_test(test_designation_modifies_formation),
        cmocka_unit_test(test_tank_designation),
        cmocka_unit_test(test_formation_size),
        cmocka_unit_test(test_definite_restatement),
        cmocka_unit_test(test_crew_breakdown_machines),
        cmocka_unit_test(test_people_pair),
        cmocka_unit_test(test_personnel),
        cmocka_unit_test(test_labor_of),
        cmocka_unit_test(test_munition),
        cmocka_unit_test(test_materiel_noun_of),
        cmocka_unit_test(test_money_word),
        cmocka_unit_test(test_money_carried),
        cmocka_unit_test(test_speed),
        cmocka_unit_test(test_distance_and_hyphen),
        cmocka_unit_test(test_duration),
        cmocka_unit_test(test_relative_time_dropped),
        cmocka_unit_test(test_percent),
        cmocka_unit_test(test_percent_word_after_number),
        cmocka_unit_test(test_fraction),
        cmocka_unit_test(test_event_and_multiplier),
        cmocka_unit_test(test_vague_of),
        cmocka_unit_test(test_partitive),
        cmocka_unit_test(test_unknown_noun_lemma),
        cmocka_unit_test(test_compound_plural_head),
        cmocka_unit_test(test_coordination),
        cmocka_unit_test(test_coordination_chain),
        cmocka_unit_test(test_paren_parts_sum),
        cmocka_unit_test(test_paren_parts_sum_within_one),
        cmocka_unit_test(test_paren_parts_unknown_type_names),
        cmocka_unit_test(test_paren_parts_differ),
        cmocka_unit_test(test_paren_single_part),
        cmocka_unit_test(test_parallel_designation),
        cmocka_unit_test(test_generic_aircraft_not_parallel),
        cmocka_unit_test(test_inparen_noun_before),
        cmocka_unit_test(test_sibling_comparison),
        cmocka_unit_test(test_sibling_of_which),
        cmocka_unit_test(test_governor),
        cmocka_unit_test(test_endnote_bibliography),
        cmocka_unit_test(test_endnote_volumes),
        cmocka_unit_test(test_endnote_figure_kept),
        cmocka_unit_test(test_body_bare_dropped),
        cmocka_unit_test(test_one_pronoun_dropped),
        cmocka_unit_test(test_one_with_noun_kept),
        cmocka_unit_test(test_one_determiner_dropped),
        cmocka_unit_test(test_not_figure_kinds),
        cmocka_unit_test(test_designation_number_inside_phrase),
        cmocka_unit_test(test_unicode_space_and_apostrophe),
        cmocka_unit_test(test_number_stops_noun),
        cmocka_unit_test(test_ellipsis_breakdown),
        cmocka_unit_test(test_ellipsis_scaled_labour),
        cmocka_unit_test(test_ellipsis_previous_sentence),
        cmocka_unit_test(test_ellipsis_not_from_share),
        cmocka_unit_test(test_ellipsis_money_scaled_only),
        cmocka_unit_test(test_ellipsis_not_in_endnote),
        cmocka_unit_test(test_ellipsis_stops_at_capital),
        cmocka_unit_test(test_ellipsis_new_clause),
        cmocka_unit_test(test_ellipsis_past_tense_not_noun),
        cmocka_unit_test(test_designation_unknown_family_list),
        cmocka_unit_test(test_share_lends_nothing),
        cmocka_unit_test(test_participle_not_noun),
        cmocka_unit_test(test_endnote_ellipsis_within_sentence),
        cmocka_unit_test(test_named_list),
        cmocka_unit_test(test_of_the_class),
        cmocka_unit_test(test_partitive_part_counts_whole),
        cmocka_unit_test(test_partitive_words),
        cmocka_unit_test(test_partitive_one_pronoun_dropped),
        cmocka_unit_test(test_partitive_not_previous_sentence),
        cmocka_unit_test(test_partitive_bare_whole),
        cmocka_unit_test(test_partitive_of_them),
        cmocka_unit_test(test_partitive_modifiers),
        cmocka_unit_test(test_partitive_label_and_endnote),
        cmocka_unit_test(test_currency_and_measure_words),
        cmocka_unit_test(test_no_lexicon),
        cmocka_unit_test(test_rate_to_a),
        cmocka_unit_test(test_lots_of),
        cmocka_unit_test(test_plural_before_name),
        cmocka_unit_test(test_adjective_no_noun),
        cmocka_unit_test(test_product_of_formations),
        cmocka_unit_test(test_munition_tons),
        cmocka_unit_test(test_yards_places),
        cmocka_unit_test(test_index_restated_money),
        cmocka_unit_test(test_lexicon_categories),
        cmocka_unit_test(test_transports_at_sea),
        cmocka_unit_test(test_average_over_clause),
        cmocka_unit_test(test_members_of_formation),
        cmocka_unit_test(test_own_phrase_noun),
        cmocka_unit_test(test_building_participle),
        cmocka_unit_test(test_ledger_subject),
        cmocka_unit_test(test_strength_men),
        cmocka_unit_test(test_head_of_and_beasts),
        cmocka_unit_test(test_recall25_body),
        cmocka_unit_test(test_recall25_endnote),
        cmocka_unit_test(test_recall26_part_kind),
        cmocka_unit_test(test_recall26_kinds),
        cmocka_unit_test(test_parallel_adjective),
        cmocka_unit_test(test_recall27_breakdown),
        cmocka_unit_test(test_recall28_parts),
        cmocka_unit_test(test_recall30_maker),
        cmocka_unit_test(test_recall30_workforce),
        cmocka_unit_test(test_recall30_price_between),
        cmocka_unit_test(test_recall30_quoted),
        cmocka_unit_test(test_recall30_the_whole),
        cmocka_unit_test(test_rec31_aircraft_names),
        cmocka_unit_test(test_rec31_flying_boats),
        cmocka_unit_test(test_rec31_hours_rate),
        cmocka_unit_test(test_rec32_irregular_and_ordinal_set),
        cmocka_unit_test(test_rec32_trades),
        cmocka_unit_test(test_rec33_learned_currency),
        cmocka_unit_test(test_rec33_strength_of),
        cmocka_unit_test(test_rec33_series_ordinal),
        cmocka_unit_test(test_rec34_amount_no_money),
        cmocka_unit_test(test_rec34_place_parts),
        cmocka_unit_test(test_rec35_of_them_subject),
        cmocka_unit_test(test_rec35_units),
        cmocka_unit_test(test_rec36_fate_verbs),
        cmocka_unit_test(test_rec38_each_and_no),
        cmocka_unit_test(test_rec39_of_opening_qualified),
        cmocka_unit_test(test_rec39_note_named_series),
        cmocka_unit_test(test_rec39_every_and_kinds),
        cmocka_unit_test(test_rec40_place_and_set),
        cmocka_unit_test(test_rec40_trades),
        cmocka_unit_test(test_rec41_fallen_by_share),
        cmocka_unit_test(test_rec41_one_in_restated),
        cmocka_unit_test(test_rec41_rate_base_not_lent),
        cmocka_unit_test(test_rec42_level_kept),
        cmocka_unit_test(test_rec42_level_forms),
        cmocka_unit_test(test_rec43_time_adjunct),
        cmocka_unit_test(test_rec43_appositive_subject),
        cmocka_unit_test(test_rec43_point_designation),
        cmocka_unit_test(test_rec43_differed_by),
        cmocka_unit_test(test_rec44_fate_count),
        cmocka_unit_test(test_rec44_counterfactual),
        cmocka_unit_test(test_rec44_in_all),
        cmocka_unit_test(test_rec44_kinds_hold),
        cmocka_unit_test(test_rec45_gapped_names),
        cmocka_unit_test(test_rec45_restated_whole),
        cmocka_unit_test(test_rec45_state_adjective),
        cmocka_unit_test(test_rec46_of_month),
        cmocka_unit_test(test_rec47_number_of_head),
        cmocka_unit_test(test_rec47_colon_entries),
        cmocka_unit_test(test_rec47_restated_same_value),
        cmocka_unit_test(test_endnote_of_whom_kept),
        cmocka_unit_test(test_rec49_wrong_noun),
        cmocka_unit_test(test_rec51_dropped),
        cmocka_unit_test(test_rec52_aside_lender),
        cmocka_unit_test(test_rec53_rate_and_total),
        cmocka_unit_test(test_rec53_them_subject_and_more),
        cmocka_unit_test(test_rec55_compound_and_unknown_governor),
        cmocka_unit_test(test_rec56_pair_end_one),
        cmocka_unit_test(test_rec57_the_n_clause),
        cmocka_unit_test(test_rec58_compound_and_listed_one),
        cmocka_unit_test(test_rec61_note_parallel),
        cmocka_unit_test(test_rec63_one_norm_and_works),
        cmocka_unit_test(test_rec64_bare_figure_nouns),
        cmocka_unit_test(test_rec65_misses_and_units),
        cmocka_unit_test(test_rec66_article_rate_base),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
