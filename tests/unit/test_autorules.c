/*
 * test_autorules.c - the rules autorules.c makes from relations and from
 * promised/actual figures, on facts and relations built here by hand over
 * sentences written here (no extraction involved), and their values once
 * derive runs them (every expected value worked out by hand in comments).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tally/autorules.h"
#include "tally/derive.h"

#define MAXF 8

/* A document under construction: its text and hand-made facts. */
typedef struct fixture {
    const char *text;
    tally_fact v[MAXF];
    tally_facts facts;
} fixture;

/* Start a fixture over text. */
static void fx_init(fixture *fx, const char *text)
{
    memset(fx, 0, sizeof *fx);
    fx->text = text;
    fx->facts.doc = "t.txt";
    fx->facts.v = fx->v;
}

/* Add a fact: the number number_text found in the text (its offset gives
 * the place), with mention, value, unit, noun, actor, date, modality; para
 * and sentence numbers.  Returns its index. */
static size_t fx_add(fixture *fx, const char *number_text, const char *mention, double value,
                     const char *unit, const char *noun, const char *actor, const char *date,
                     const char *modality, int para, size_t sent)
{
    size_t i = fx->facts.n++;
    tally_fact *f = &fx->v[i];
    const char *at = strstr(fx->text, mention);
    assert_non_null(at);
    const char *num = strstr(at, number_text);
    assert_non_null(num);
    f->id = (long)i + 1;
    f->para = para;
    f->sent = 1;
    f->sent_index = sent;
    f->tstart = f->start = (size_t)(num - fx->text);
    f->tend = f->end = f->tstart + strlen(number_text);
    f->number_text = (char *)number_text;
    f->mention = (char *)mention;
    f->value = f->low = f->high = value;
    f->qual = TALLY_Q_EXACT;
    f->unit = (char *)unit;
    f->noun = (char *)noun;
    f->category = (char *)"";
    f->actor = (char *)actor;
    f->date = (char *)date;
    f->modality = (char *)modality;
    f->source = (char *)"";
    f->sentence = (char *)"";
    f->explain = (char *)"";
    return i;
}

/* A relation of kind k stating fact s with parts p[0..n) (formation form). */
static tally_relation rel_make(tally_relation_kind k, size_t s, const size_t *p, size_t n,
                               const char *form)
{
    tally_relation r;
    memset(&r, 0, sizeof r);
    r.kind = k;
    r.stated = s;
    r.nparts = n;
    for (size_t i = 0; i < n; i++) {
        r.parts[i].fact = p[i];
        strcpy(r.parts[i].formation, form);
    }
    r.cue = "test";
    return r;
}

/* The rule of one relation with options o; expects one to be made. */
static void expect_rule(const fixture *fx, const tally_relation *r, const tally_autorule_opts *o,
                        const char *name, const char *expr, const char *kind)
{
    tally_autorule a;
    tally_error err = {0};
    int made = 0;
    assert_int_equal(tally_autorule_for(fx->text, &fx->facts, r, NULL, o, &a, &made, &err),
                     TALLY_OK);
    assert_int_equal(made, 1);
    assert_string_equal(a.name, name);
    assert_string_equal(a.expression, expr);
    assert_string_equal(a.kind, kind);
    assert_int_equal(a.stated, r->stated);
    tally_autorule_free(&a);
}

/* "four air regiments (120 aircraft)": 120 / 4, named after the two
 * mentions, or after the units for the report. */
static void test_norm_one_formation(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "The command sent four air regiments (120 aircraft) to the front.");
    size_t regs = fx_add(&fx, "four", "four air regiments", 4, "regiment", "air regiments", "",
                         "", "actual", 1, 0);
    size_t planes = fx_add(&fx, "120", "120 aircraft", 120, "aircraft", "aircraft", "", "",
                           "actual", 1, 0);
    tally_relation r = rel_make(TALLY_REL_NORM, planes, &regs, 1, "regiment");
    tally_autorule_opts o = tally_autorule_defaults();
    expect_rule(&fx, &r, &o, "four_air_regiments_120_aircraft_f2", "#2 / #1", "norm");
    o.naming = TALLY_AUTONAME_UNITS;
    expect_rule(&fx, &r, &o, "aircraft_per_regiment_f2", "#2 / #1", "norm");
}

/* Several formations of one kind are summed; a mix of kinds gives no rule;
 * the name takes the first and the last mention only. */
static void test_norm_sum_and_mixed(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "It had five MiG regiments and two Yak regiments, some 210 planes.");
    size_t p[2];
    p[0] = fx_add(&fx, "five", "five MiG regiments", 5, "regiment", "MiG regiments", "", "",
                  "actual", 1, 0);
    p[1] = fx_add(&fx, "two", "two Yak regiments", 2, "regiment", "Yak regiments", "", "",
                  "actual", 1, 0);
    size_t s = fx_add(&fx, "210", "some 210 planes", 210, "aircraft", "planes", "", "", "actual",
                      1, 0);
    tally_relation r = rel_make(TALLY_REL_NORM, s, p, 2, "regiment");
    tally_autorule_opts o = tally_autorule_defaults();
    expect_rule(&fx, &r, &o, "five_mig_regiments_some_210_planes_f3", "#3 / sum(#1, #2)",
                "norm");
    strcpy(r.parts[1].formation, "division");
    tally_autorule a;
    tally_error err = {0};
    int made = 1;
    assert_int_equal(tally_autorule_for(fx.text, &fx.facts, &r, NULL, &o, &a, &made, &err),
                     TALLY_OK);
    assert_int_equal(made, 0);
}

/* A product over its count; a part over its whole, the name taking the
 * word before a leading number; a change; a sum gives nothing. */
static void test_other_kinds(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "Each airfield took 24,000 person-days, so four airfields took 96,000 "
                 "person-days. Of the 2,000 trucks, 800 trucks broke. Output rose from 200 "
                 "to 300 tons.");
    size_t rate = fx_add(&fx, "24,000", "24,000 person-days", 24000, "person-day",
                         "person-days", "", "", "actual", 1, 0);
    size_t count = fx_add(&fx, "four", "four airfields", 4, "airfield", "airfields", "", "",
                          "actual", 1, 0);
    size_t total = fx_add(&fx, "96,000", "96,000 person-days", 96000, "person-day",
                          "person-days", "", "", "actual", 1, 0);
    size_t whole = fx_add(&fx, "2,000", "2,000 trucks", 2000, "truck", "trucks", "", "",
                          "actual", 1, 1);
    size_t part = fx_add(&fx, "800", "800 trucks", 800, "truck", "trucks", "", "", "actual", 1,
                         1);
    size_t from = fx_add(&fx, "200", "200", 200, "ton", "", "", "", "actual", 1, 2);
    size_t to = fx_add(&fx, "300", "300 tons", 300, "ton", "tons", "", "", "actual", 1, 2);
    tally_autorule_opts o = tally_autorule_defaults();

    size_t pp[2] = {rate, count};
    tally_relation r = rel_make(TALLY_REL_PRODUCT, total, pp, 2, "");
    expect_rule(&fx, &r, &o, "four_airfields_96000_person_days_f3", "#3 / #2", "product");

    size_t fp[2] = {TALLY_NO_FACT, whole};
    r = rel_make(TALLY_REL_FRACTION, part, fp, 2, "");
    expect_rule(&fx, &r, &o, "the_2000_trucks_800_trucks_f5", "#5 / #4 * 100", "fraction");
    r = rel_make(TALLY_REL_SUBSET, part, &whole, 1, "");
    expect_rule(&fx, &r, &o, "the_2000_trucks_800_trucks_f5", "#5 / #4 * 100", "subset");

    size_t cp[2] = {from, to};
    r = rel_make(TALLY_REL_CHANGE, to, cp, 2, "");
    expect_rule(&fx, &r, &o, "from_200_300_tons_f7", "pct_change(#6, #7)", "change");

    /* a fraction without its whole, and a sum, give no rule */
    tally_autorule a;
    tally_error err = {0};
    int made = 1;
    size_t nowhole[2] = {TALLY_NO_FACT, TALLY_NO_FACT};
    r = rel_make(TALLY_REL_FRACTION, part, nowhole, 2, "");
    assert_int_equal(tally_autorule_for(fx.text, &fx.facts, &r, NULL, &o, &a, &made, &err),
                     TALLY_OK);
    assert_int_equal(made, 0);
    made = 1;
    r = rel_make(TALLY_REL_SUM, total, pp, 2, "");
    assert_int_equal(tally_autorule_for(fx.text, &fx.facts, &r, NULL, &o, &a, &made, &err),
                     TALLY_OK);
    assert_int_equal(made, 0);
}

/* Slugs: a hyphen between letter and digit joins (MiG-15s), one between
 * letters separates (person-days), thousands commas join, apostrophes
 * inside a word join. */
static void test_slugs(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "The army had 1,300 MiG-15s in six People's fighter-bomber regiments.");
    size_t regs = fx_add(&fx, "six", "six People's fighter-bomber regiments", 6, "regiment",
                         "People's fighter-bomber regiments", "", "", "actual", 1, 0);
    size_t jets = fx_add(&fx, "1,300", "1,300 MiG-15s", 1300, "aircraft", "MiG-15s", "", "",
                         "actual", 1, 0);
    tally_relation r = rel_make(TALLY_REL_NORM, jets, &regs, 1, "regiment");
    tally_autorule_opts o = tally_autorule_defaults();
    /* the first mention in the text starts with a digit: "had" goes before;
     * the second is cut at four words */
    expect_rule(&fx, &r, &o, "had_1300_mig15s_six_peoples_fighter_bomber_f2", "#2 / #1",
                "norm");
}

/* Figures of several documents are written doc:#id, quoted when the name
 * needs it; a name holding a quote cannot be written at all. */
static void test_doc_references(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "They sent four air regiments (120 aircraft).");
    size_t regs = fx_add(&fx, "four", "four air regiments", 4, "regiment", "air regiments", "",
                         "", "actual", 1, 0);
    size_t planes = fx_add(&fx, "120", "120 aircraft", 120, "aircraft", "aircraft", "", "",
                           "actual", 1, 0);
    tally_relation r = rel_make(TALLY_REL_NORM, planes, &regs, 1, "regiment");
    tally_autorule_opts o = tally_autorule_defaults();
    o.doc = "notes/a.txt";
    expect_rule(&fx, &r, &o, "four_air_regiments_120_aircraft_f2", "notes/a.txt:#2 / notes/a.txt:#1",
                "norm");
    o.doc = "my doc.txt";
    expect_rule(&fx, &r, &o, "four_air_regiments_120_aircraft_f2",
                "\"my doc.txt\":#2 / \"my doc.txt\":#1", "norm");
    o.doc = "-";
    expect_rule(&fx, &r, &o, "four_air_regiments_120_aircraft_f2", "\"-\":#2 / \"-\":#1",
                "norm");
    o.doc = "say \"hi\".txt";
    tally_autorule a;
    tally_error err = {0};
    int made = 0;
    assert_int_equal(tally_autorule_for(fx.text, &fx.facts, &r, NULL, &o, &a, &made, &err),
                     TALLY_EUSAGE);
    assert_non_null(strstr(err.msg, "cannot be named"));
}

/* Build with no relations, outturns on: rules of the fixture. */
static void build(const fixture *fx, tally_autorules *out)
{
    tally_error err = {0};
    tally_autorule_opts o = tally_autorule_defaults();
    memset(out, 0, sizeof *out);
    assert_int_equal(tally_autorules_build(fx->text, &fx->facts, NULL, NULL, &o, out, &err),
                     TALLY_OK);
}

/* "promised 500 trucks ... delivered 350 trucks": 350 / 500. */
static void test_outturn_pair(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "The ministry promised 500 trucks in May. By July it had delivered 350 trucks.");
    fx_add(&fx, "500", "500 trucks", 500, "truck", "trucks", "", "1951-05", "promised", 1, 0);
    fx_add(&fx, "350", "350 trucks", 350, "truck", "trucks", "", "1951-07", "actual", 1, 1);
    tally_autorules rs;
    build(&fx, &rs);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].name, "delivered_350_trucks_over_500_trucks_f2");
    assert_string_equal(rs.v[0].expression, "#2 / #1");
    assert_string_equal(rs.v[0].kind, "outturn");
    assert_int_equal(rs.v[0].stated, 1);
    char *line = tally_autorule_line(&rs.v[0]);
    assert_string_equal(line, "delivered_350_trucks_over_500_trucks_f2 = #2 / #1");
    free(line);
    tally_autorules_free(&rs);
}

/* What keeps figures apart: another actor, another unit, a date before the
 * promise, a paragraph too far, another section, counted nouns with no
 * qualifier in common, an estimate instead of a promise. */
static void test_outturn_refusals(void **state)
{
    (void)state;
    static const char text[] = "Planned 60 tanks. Built 40 tanks.";
    struct {
        const char *why;
        const char *actor, *unit, *date, *noun, *modality;
        int para;
        tally_section section;
    } cases[] = {
        {"other actor", "UK", "tank", "1951", "tanks", "planned", 1, TALLY_SECTION_BODY},
        {"other unit", "", "gun", "1951", "tanks", "planned", 1, TALLY_SECTION_BODY},
        {"dated before", "", "tank", "1949", "tanks", "planned", 1, TALLY_SECTION_BODY},
        {"two paragraphs on", "", "tank", "1951", "tanks", "planned", 3, TALLY_SECTION_BODY},
        {"in the endnotes", "", "tank", "1951", "tanks", "planned", 1, TALLY_SECTION_ENDNOTE},
        {"other nouns", "", "tank", "1951", "heavy tanks", "planned", 1, TALLY_SECTION_BODY},
        {"an estimate", "", "tank", "1951", "tanks", "estimated", 1, TALLY_SECTION_BODY},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        fixture fx;
        fx_init(&fx, text);
        fx_add(&fx, "60", "60 tanks", 60, "tank", "light tanks", "", "1950", cases[c].modality,
               1, 0);
        size_t a = fx_add(&fx, "40", "40 tanks", 40, cases[c].unit, cases[c].noun,
                          cases[c].actor, cases[c].date, "actual", cases[c].para, 1);
        fx.v[a].section = cases[c].section;
        tally_autorules rs;
        build(&fx, &rs);
        if (rs.n != 0)
            fail_msg("%s: expected no outturn, got %s", cases[c].why, rs.v[0].name);
        tally_autorules_free(&rs);
    }
    /* and the control: the same pair with nothing wrong (one noun plain) */
    fixture fx;
    fx_init(&fx, text);
    fx_add(&fx, "60", "60 tanks", 60, "tank", "light tanks", "", "1950", "planned", 1, 0);
    fx_add(&fx, "40", "40 tanks", 40, "tank", "tanks", "", "1951", "actual", 2, 1);
    tally_autorules rs;
    build(&fx, &rs);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].name, "built_40_tanks_over_60_tanks_f2");
    tally_autorules_free(&rs);
}

/* The nearest promise wins, even when its nouns do not fit (no look past
 * it); a promise later in the same sentence counts; qualifiers in common
 * fit ("air divisions" and "Chinese air divisions"). */
static void test_outturn_nearest(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "They pledged 16 air divisions and 8 naval divisions. They got 4 air "
                 "divisions.");
    fx_add(&fx, "16", "16 air divisions", 16, "division", "air divisions", "", "", "promised", 1,
           0);
    fx_add(&fx, "8", "8 naval divisions", 8, "division", "naval divisions", "", "", "promised",
           1, 0);
    fx_add(&fx, "4", "4 air divisions", 4, "division", "air divisions", "", "", "actual", 1, 1);
    tally_autorules rs;
    build(&fx, &rs);
    assert_int_equal(rs.n, 0);   /* the nearest pledge is of naval divisions */
    tally_autorules_free(&rs);

    fx_init(&fx, "China got 4 Chinese air divisions of the 16 air divisions pledged.");
    fx_add(&fx, "4", "4 Chinese air divisions", 4, "division", "Chinese air divisions", "CN", "",
           "actual", 1, 0);
    fx_add(&fx, "16", "16 air divisions", 16, "division", "air divisions", "CN", "", "promised",
           1, 0);
    build(&fx, &rs);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].expression, "#1 / #2");
    assert_string_equal(rs.v[0].name, "got_4_chinese_air_divisions_over_16_air_divisions_f1");
    tally_autorules_free(&rs);
}

/* The same rule twice is kept once; another rule under a taken name gets
 * _2.  Rules of relations come before outturns. */
static void test_unique_names(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "They sent four air regiments (120 aircraft).");
    size_t regs = fx_add(&fx, "four", "four air regiments", 4, "regiment", "air regiments", "",
                         "", "actual", 1, 0);
    size_t planes = fx_add(&fx, "120", "120 aircraft", 120, "aircraft", "aircraft", "", "",
                           "actual", 1, 0);
    tally_relation rv[3];
    rv[0] = rel_make(TALLY_REL_NORM, planes, &regs, 1, "regiment");
    rv[1] = rv[0];
    rv[2] = rel_make(TALLY_REL_SUBSET, planes, &regs, 1, "");  /* same facts, other rule */
    tally_relations rels = {rv, 3, 3};
    tally_autorules rs;
    tally_error err = {0};
    memset(&rs, 0, sizeof rs);
    tally_autorule_opts o = tally_autorule_defaults();
    assert_int_equal(tally_autorules_build(fx.text, &fx.facts, &rels, NULL, &o, &rs, &err),
                     TALLY_OK);
    assert_int_equal(rs.n, 2);
    assert_string_equal(rs.v[0].name, "four_air_regiments_120_aircraft_f2");
    assert_string_equal(rs.v[1].name, "four_air_regiments_120_aircraft_f2_2");
    assert_string_equal(rs.v[1].expression, "#2 / #1 * 100");
    /* building again into the same list adds nothing new */
    assert_int_equal(tally_autorules_build(fx.text, &fx.facts, &rels, NULL, &o, &rs, &err),
                     TALLY_OK);
    assert_int_equal(rs.n, 2);
    tally_autorules_free(&rs);
}

/* Through derive: "twelve regiments (350 to 400 aircraft)" gives 375 / 12
 * = 31.25 with bounds [350/12, 400/12] = [29.1667, 33.3333]; the outturn
 * 350 / 500 = 0.7 is unitless. */
static void test_through_derive(void **state)
{
    (void)state;
    fixture fx;
    fx_init(&fx, "It formed twelve regiments (350 to 400 aircraft). The ministry promised 500 "
                 "trucks. It delivered 350 trucks.");
    size_t regs = fx_add(&fx, "twelve", "twelve regiments", 12, "regiment", "regiments", "", "",
                         "actual", 1, 0);
    size_t planes = fx_add(&fx, "350 to 400", "350 to 400 aircraft", 375, "aircraft",
                           "aircraft", "", "", "actual", 1, 0);
    fx.v[planes].qual = TALLY_Q_RANGE;
    fx.v[planes].low = 350;
    fx.v[planes].high = 400;
    fx_add(&fx, "500", "500 trucks", 500, "truck", "trucks", "", "", "promised", 1, 1);
    fx_add(&fx, "350", "350 trucks", 350, "truck", "trucks", "", "", "actual", 1, 2);
    tally_relation rv[1] = {rel_make(TALLY_REL_NORM, planes, &regs, 1, "regiment")};
    tally_relations rels = {rv, 1, 1};
    tally_error err = {0};
    tally_table t;
    assert_int_equal(tally_autorules_facts_table(&fx.facts, &t, &err), TALLY_OK);
    assert_int_equal(t.nrows, 4);
    tally_derive_opts dopt = tally_derive_defaults();
    dopt.samples = 2000;
    tally_deriver *d = NULL;
    assert_int_equal(tally_deriver_new(&dopt, &d, &err), TALLY_OK);
    assert_int_equal(tally_deriver_add_facts(d, &t, &err), TALLY_OK);
    tally_table_free(&t);
    tally_autorules rs;
    memset(&rs, 0, sizeof rs);
    tally_autorule_opts o = tally_autorule_defaults();
    assert_int_equal(tally_autorules_build(fx.text, &fx.facts, &rels, NULL, &o, &rs, &err),
                     TALLY_OK);
    assert_int_equal(rs.n, 2);
    for (size_t i = 0; i < rs.n; i++) {
        char *line = tally_autorule_line(&rs.v[i]);
        assert_non_null(line);
        assert_int_equal(tally_deriver_add_rules(d, line, strlen(line), "auto", 1, &err),
                         TALLY_OK);
        free(line);
    }
    const tally_derived *x = tally_deriver_result(d, 0);
    assert_string_equal(x->name, "twelve_regiments_350_to_400_aircraft_f2");
    assert_true(fabs(x->value - 31.25) < 1e-9);
    assert_true(fabs(x->low - 350.0 / 12) < 1e-9);
    assert_true(fabs(x->high - 400.0 / 12) < 1e-9);
    assert_string_equal(x->unit, "aircraft/regiment");
    assert_string_equal(x->inputs, "#2 #1");
    x = tally_deriver_result(d, 1);
    assert_string_equal(x->name, "delivered_350_trucks_over_500_trucks_f4");
    assert_true(fabs(x->value - 0.7) < 1e-12);
    assert_string_equal(x->unit, "");
    tally_deriver_free(d);
    tally_autorules_free(&rs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_norm_one_formation), cmocka_unit_test(test_norm_sum_and_mixed),
        cmocka_unit_test(test_other_kinds),        cmocka_unit_test(test_slugs),
        cmocka_unit_test(test_doc_references),     cmocka_unit_test(test_outturn_pair),
        cmocka_unit_test(test_outturn_refusals),   cmocka_unit_test(test_outturn_nearest),
        cmocka_unit_test(test_unique_names),       cmocka_unit_test(test_through_derive),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
