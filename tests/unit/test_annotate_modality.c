/*
 * test_annotate_modality.c - the kind of claim of figures in staff
 * studies and programme reports, with the shipped modality lexicon: a
 * planned quantity stated as the complement of "was" and spelled out in
 * appositions, needs counted inside an estimate, a verb of need with an
 * object of its own after a figure, and a programme's costing.
 * Sentences are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/lexicon.h"
#include "tally/modality.h"

/* The modality of the figure spelled fig (its first occurrence) in the
 * one-sentence text t, with the shipped lexicon (tests run from the
 * repository root). */
static void modality_of(const char *t, const char *fig, tally_modality_choice *out)
{
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_load_dir("datasets/lexicon", &lex, &err), TALLY_OK);
    tally_sentence s = {0};
    s.start = 0;
    s.end = strlen(t);
    s.para = s.sent = 1;
    const char *p = strstr(t, fig);
    assert_non_null(p);
    size_t a = (size_t)(p - t), b = a + strlen(fig);
    assert_int_equal(tally_modality_pick(t, &s, a, b, b, lex, out, &err), TALLY_OK);
    tally_lexicon_free(lex);
}

static void planned_complement_and_appositions(void **state)
{
    (void)state;
    tally_modality_choice m;
    const char *t = "Its planned strength was 40 boats, each with a crew of 20, that is 800 men.";
    modality_of(t, "40", &m);
    assert_string_equal(m.modality, "planned");
    modality_of(t, "20", &m);
    assert_string_equal(m.modality, "planned");
    modality_of(t, "800", &m);
    assert_string_equal(m.modality, "planned");
    /* a participle closed off before a new clause still qualifies its own
       phrase only */
    modality_of("They delivered the promised trucks, and then built 30 huts.", "30", &m);
    assert_string_equal(m.modality, "actual");
}

static void needs_inside_an_estimate(void **state)
{
    (void)state;
    tally_modality_choice m;
    const char *t = "The staff reckoned the daily need at 500 tons; the air arm needed a further "
                    "90 tons, so that 590 tons had to arrive each day.";
    modality_of(t, "500", &m);
    assert_string_equal(m.modality, "estimated");
    modality_of(t, "90", &m);
    assert_string_equal(m.modality, "estimated");   /* the estimate governs it */
    modality_of(t, "590", &m);
    assert_string_equal(m.modality, "estimated");
    /* a person's need with no estimate around it is requested; a thing's
       (an organisation named by a common noun) is its norm, actual */
    modality_of("Marshal Ostrek needed a further 90 tons.", "90", &m);
    assert_string_equal(m.modality, "requested");
    modality_of("The air arm needed a further 90 tons.", "90", &m);
    assert_string_equal(m.modality, "actual");
}

static void verb_of_need_with_an_object(void **state)
{
    (void)state;
    tally_modality_choice m;
    /* the engines that needed boilers are counted as they were */
    modality_of("Of the 60 engines in the shops, 14 needed new boilers.", "14", &m);
    assert_string_equal(m.modality, "actual");
    /* the tons needed by someone are a need */
    modality_of("The 14 tons needed by the army came late.", "14", &m);
    assert_string_equal(m.modality, "requested");
}

static void programme_costing(void **state)
{
    (void)state;
    tally_modality_choice m;
    modality_of("The programme was costed at 90 million crowns.", "90 million", &m);
    assert_string_equal(m.modality, "planned");
}

/* an allocation verb after a law or budget as its subject gives planned
 * figures; without a source, or with the source in another clause, it
 * stays a thing done */
static void allocation_frames(void **state)
{
    (void)state;
    tally_modality_choice m;
    const char *t = "The defence law of 1936 gave the navy 900 million marks over three years.";
    modality_of(t, "900 million", &m);
    assert_string_equal(m.modality, "planned");
    modality_of(t, "three", &m);
    assert_string_equal(m.modality, "planned");
    modality_of("The harbour board gave the navy 12 tugs.", "12", &m);
    assert_string_equal(m.modality, "actual");
    modality_of("The scheme failed: the yards received 40 boats.", "40", &m);
    assert_string_equal(m.modality, "actual");
    /* "received" needs a budget in the sentence before, not its own */
    modality_of("Under the budget the army received 70 lorries.", "70", &m);
    assert_string_equal(m.modality, "actual");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(planned_complement_and_appositions),
        cmocka_unit_test(needs_inside_an_estimate),
        cmocka_unit_test(verb_of_need_with_an_object),
        cmocka_unit_test(programme_costing),
        cmocka_unit_test(allocation_frames),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
