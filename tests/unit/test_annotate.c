/*
 * test_annotate.c - tally_annotate() over facts built by hand: date from the
 * figure's own sentence, carried from earlier, or from a later endnote
 * (not when the date was written in the sentence just before); a plan's
 * target ("within eighteen months", "by the end of 1960" the sentence before);
 * actor and modality; the explanation; old strings replaced; the same
 * answers whatever order the facts come in (sentences are cached); actors
 * over a whole document (nouns standing for an actor, the main actor, an
 * endnote's figure owned as the body figure citing it).  Also
 * the lexicon's fast lookups the annotation relies on (table handles, keys
 * by pointer and length, leads of multi-word keys).  Sentences and segments
 * are written for this test, so it does not depend on the segmenter or the
 * number recogniser.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "tally/annotate.h"

static const char text[] =
    "In January 1951 the Ruritanian army had 300 guns. "
    "Moscow then agreed to send 40 tanks.[1] "
    "The depot held 12 trucks.\n\n"
    "Notes\n1. Envoy to Moscow, 20 March 1951 telegram.";

static tally_lexicon *test_lex(void)
{
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "months",
                                           "month,number\nJanuary,1\nMarch,3\nJune,6\n",
                                           &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "actors", "term,actor\nMoscow,SU\n", &err),
                     TALLY_OK);
    assert_int_equal(tally_lexicon_add_file(lex, "datasets/lexicon/actorwords.csv", &err),
                     TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "modality",
                                           "cue,modality\nagreed to,promised\n"
                                           "called for,planned\nwas to,planned\n",
                                           &err), TALLY_OK);
    return lex;
}

/* Offset of s in text. */
static size_t at(const char *s)
{
    const char *p = strstr(text, s);
    assert_non_null(p);
    return (size_t)(p - text);
}

/* A fact for figure fig of sentence si, with placeholder strings. */
static void fact(tally_fact *f, const char *fig, size_t si, int note)
{
    memset(f, 0, sizeof *f);
    f->tstart = at(fig);
    f->tend = f->tstart + strlen(fig);
    f->sent_index = si;
    f->note = note;
    f->mention = xstrdup(fig);
    f->actor = xstrdup("old");
    f->date = xstrdup("old");
    f->modality = xstrdup("old");
    f->explain = xstrdup("");
    assert_true(f->mention && f->actor && f->date && f->modality && f->explain);
}

static void annotate_facts(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_doc doc;
    assert_int_equal(tally_doc_from_mem("t", text, strlen(text), NULL, &doc, &err), TALLY_OK);
    tally_sentence sents[4] = {
        {.start = 0, .end = at(" Moscow then"), .section = TALLY_SECTION_BODY, .para = 1,
         .sent = 1},
        {.start = at("Moscow then"), .end = at("[1]") + 3, .section = TALLY_SECTION_BODY,
         .para = 1, .sent = 2, .note = 1},
        {.start = at("The depot"), .end = at("trucks.") + 7, .section = TALLY_SECTION_BODY,
         .para = 1, .sent = 3},
        {.start = at("Envoy"), .end = strlen(text), .section = TALLY_SECTION_ENDNOTE, .para = 2,
         .sent = 1, .endnote = 1}};
    tally_note note = {.number = 1, .start = at("Envoy"), .end = strlen(text)};
    tally_segments seg;
    memset(&seg, 0, sizeof seg);
    seg.sents = sents;
    seg.nsents = 4;
    seg.notes = &note;
    seg.nnotes = 1;
    seg.endnotes_start = at("Notes");
    seg.nparas = 2;
    tally_facts facts = {0};
    facts.v = calloc(3, sizeof *facts.v);
    assert_non_null(facts.v);
    facts.n = 3;
    fact(&facts.v[0], "300", 0, 0);
    fact(&facts.v[1], "40", 1, 1);
    fact(&facts.v[2], "12", 2, 0);
    assert_int_equal(tally_annotate(&doc, &seg, lex, &facts, 1, &err), TALLY_OK);
    /* 300: own sentence, unknown nationality adjective, no cue */
    assert_string_equal(facts.v[0].date, "1951-01");
    assert_string_equal(facts.v[0].actor, "Ruritania");
    assert_string_equal(facts.v[0].modality, "actual");
    assert_non_null(strstr(facts.v[0].explain, "date: \"January 1951\" -> 1951-01"));
    /* 40: no date of its own; its endnote (20 March) is after January, and
     * "then" moves the story on from the January just written */
    assert_string_equal(facts.v[1].date, "1951-03");
    assert_string_equal(facts.v[1].actor, "SU");
    assert_string_equal(facts.v[1].modality, "promised");
    assert_non_null(strstr(facts.v[1].explain, "actor: \"Moscow\" -> SU"));
    assert_non_null(strstr(facts.v[1].explain, "modality: \"agreed to\" -> promised"));
    /* 12: carried from January 1951; no actor anywhere near */
    assert_string_equal(facts.v[2].date, "1951-01");
    assert_string_equal(facts.v[2].actor, "SU");   /* previous sentence: Moscow */
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    tally_lexicon_free(lex);
}

/* The facts of annotate_facts() in another order, twice over, without
 * explanations: every answer is the same as there. */
static void facts_in_any_order(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_doc doc;
    assert_int_equal(tally_doc_from_mem("t", text, strlen(text), NULL, &doc, &err), TALLY_OK);
    tally_sentence sents[4] = {
        {.start = 0, .end = at(" Moscow then"), .section = TALLY_SECTION_BODY, .para = 1,
         .sent = 1},
        {.start = at("Moscow then"), .end = at("[1]") + 3, .section = TALLY_SECTION_BODY,
         .para = 1, .sent = 2, .note = 1},
        {.start = at("The depot"), .end = at("trucks.") + 7, .section = TALLY_SECTION_BODY,
         .para = 1, .sent = 3},
        {.start = at("Envoy"), .end = strlen(text), .section = TALLY_SECTION_ENDNOTE, .para = 2,
         .sent = 1, .endnote = 1}};
    tally_note note = {.number = 1, .start = at("Envoy"), .end = strlen(text)};
    tally_segments seg;
    memset(&seg, 0, sizeof seg);
    seg.sents = sents;
    seg.nsents = 4;
    seg.notes = &note;
    seg.nnotes = 1;
    seg.endnotes_start = at("Notes");
    seg.nparas = 2;
    tally_facts facts = {0};
    facts.v = calloc(6, sizeof *facts.v);
    assert_non_null(facts.v);
    facts.n = 6;
    static const char *const fig[3] = {"300", "40", "12"};
    static const size_t order[6] = {2, 0, 1, 1, 2, 0};
    for (size_t i = 0; i < 6; i++)
        fact(&facts.v[i], fig[order[i]], order[i], order[i] == 1);
    assert_int_equal(tally_annotate(&doc, &seg, lex, &facts, 0, &err), TALLY_OK);
    for (size_t i = 0; i < 6; i++) {
        const tally_fact *f = &facts.v[i];
        switch (order[i]) {
        case 0:
            assert_string_equal(f->date, "1951-01");
            assert_string_equal(f->actor, "Ruritania");
            assert_string_equal(f->modality, "actual");
            break;
        case 1:
            assert_string_equal(f->date, "1951-03");
            assert_string_equal(f->actor, "SU");
            assert_string_equal(f->modality, "promised");
            break;
        default:
            assert_string_equal(f->date, "1951-01");
            assert_string_equal(f->actor, "SU");
            assert_string_equal(f->modality, "actual");
            break;
        }
        assert_string_equal(f->explain, "");   /* not asked: left as it was */
    }
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    tally_lexicon_free(lex);
}

/* Over a document: a noun an actor introduced stands for it later ("the
 * garrison"), a figure far from any actor is the main actor's, a figure of
 * an endnote is the owner of the body figure citing it. */
static void actors_over_a_document(void **state)
{
    (void)state;
    static const char t[] = "The Valdonian garrison held 300 guns. Snow fell for a week. "
                            "The roads closed. Then the garrison lost 20 guns. Few trucks "
                            "moved. Frost came. Only 15 guns still fired.[1]\n\n"
                            "Notes\n1. The ledger lists 9 guns.";
    static const char *const starts[8] = {"The Valdonian", "Snow", "The roads", "Then",
                                          "Few", "Frost", "Only", "The ledger"};
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_doc doc;
    assert_int_equal(tally_doc_from_mem("t", t, strlen(t), NULL, &doc, &err), TALLY_OK);
    tally_sentence sents[8];
    memset(sents, 0, sizeof sents);
    for (size_t i = 0; i < 8; i++) {
        sents[i].start = (size_t)(strstr(t, starts[i]) - t);
        sents[i].section = i < 7 ? TALLY_SECTION_BODY : TALLY_SECTION_ENDNOTE;
        sents[i].para = i < 7 ? 1 : 2;
        sents[i].sent = i < 7 ? (int)i + 1 : 1;
    }
    for (size_t i = 0; i < 7; i++)
        sents[i].end = i < 6 ? sents[i + 1].start - 1 : (size_t)(strstr(t, "[1]") - t) + 3;
    sents[7].end = strlen(t);
    sents[6].note = 1;
    sents[7].endnote = 1;
    tally_note note = {.number = 1, .start = sents[7].start, .end = strlen(t)};
    tally_segments seg;
    memset(&seg, 0, sizeof seg);
    seg.sents = sents;
    seg.nsents = 8;
    seg.notes = &note;
    seg.nnotes = 1;
    seg.endnotes_start = (size_t)(strstr(t, "Notes") - t);
    seg.nparas = 2;
    static const char *const fig[4] = {"300", "20", "15", "9 guns"};
    static const size_t si[4] = {0, 3, 6, 7};
    tally_facts facts = {0};
    facts.v = calloc(4, sizeof *facts.v);
    assert_non_null(facts.v);
    facts.n = 4;
    for (size_t i = 0; i < 4; i++) {
        tally_fact *f = &facts.v[i];
        f->tstart = (size_t)(strstr(t, fig[i]) - t);
        f->tend = f->tstart + (i == 3 ? 1 : strlen(fig[i]));
        f->sent_index = si[i];
        f->note = i == 2;
        f->mention = xstrdup(fig[i]);
        f->actor = xstrdup("");
        f->date = xstrdup("");
        f->modality = xstrdup("");
        f->explain = xstrdup("");
        assert_true(f->mention && f->actor && f->date && f->modality && f->explain);
    }
    assert_int_equal(tally_annotate(&doc, &seg, lex, &facts, 1, &err), TALLY_OK);
    assert_string_equal(facts.v[0].actor, "Valdonia");
    assert_string_equal(facts.v[1].actor, "Valdonia");   /* "the garrison" */
    assert_non_null(strstr(facts.v[1].explain, "actor: \"garrison\" -> Valdonia"));
    assert_string_equal(facts.v[2].actor, "Valdonia");   /* three sentences on */
    assert_non_null(strstr(facts.v[2].explain, "(main actor)"));
    assert_string_equal(facts.v[3].actor, "Valdonia");   /* the note of the 15 guns */
    assert_non_null(strstr(facts.v[3].explain, "(figure citing the note)"));
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    tally_lexicon_free(lex);
}

/* Table handles, lookups by (pointer, length) and the leads of keys. */
static void lexicon_fast_lookups(void **state)
{
    (void)state;
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "events",
                                           "event,date\nKorean War,1950\narmistice,1953\n"
                                           "korean war,1951\n-ish,1900\n", &err), TALLY_OK);
    assert_null(tally_lexicon_tab(lex, "nope"));
    assert_null(tally_lexicon_tab(NULL, "events"));
    const tally_lextab *ev = tally_lexicon_tab(lex, "events");
    assert_non_null(ev);
    int col = tally_table_col(tally_lextab_table(ev), "date");
    assert_int_equal(col, 1);
    /* the first 10 bytes spell "KOREAN WAR": both rows, the newer first */
    const char *const *rows[4];
    assert_int_equal(tally_lextab_find(ev, "KOREAN WARS", 10, rows, 4), 2);
    assert_string_equal(rows[0][1], "1951");
    assert_string_equal(rows[1][1], "1950");
    assert_string_equal(tally_lextab_get(ev, "Armistice Day", 9, col), "1953");
    assert_null(tally_lextab_get(ev, "Armistice Day", 13, col));
    assert_null(tally_lextab_get(ev, "armistice", 9, -1));
    assert_null(tally_lextab_get(NULL, "armistice", 9, col));
    /* leads: leading ASCII letters and digits */
    assert_int_equal(tally_lexicon_lead("Korean War", 10), 6);
    assert_int_equal(tally_lexicon_lead("U.S.", 4), 1);
    assert_int_equal(tally_lexicon_lead("-ish", 4), 0);
    assert_int_equal(tally_lexicon_lead("1950s", 3), 3);
    assert_true(tally_lextab_has_lead(ev, "KOREAN", 6));
    assert_true(tally_lextab_has_lead(ev, "armistice", 9));
    assert_true(tally_lextab_has_lead(ev, "", 0));        /* "-ish" */
    assert_false(tally_lextab_has_lead(ev, "War", 3));    /* not a first word */
    assert_false(tally_lextab_has_lead(ev, "Korea", 5));
    assert_false(tally_lextab_has_lead(NULL, "Korean", 6));
    /* a new row is found at once; the handle is asked for again after a change */
    assert_int_equal(tally_lexicon_add_mem(lex, "events", "event,date\nWinter War,1939\n", &err),
                     TALLY_OK);
    ev = tally_lexicon_tab(lex, "events");
    assert_true(tally_lextab_has_lead(ev, "winter", 6));
    assert_string_equal(tally_lexicon_get(lex, "events", "WINTER WAR", "date"), "1939");
    tally_lexicon_free(lex);
}

static void no_date_stays_empty(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    static const char t2[] = "The depot held 12 trucks.";
    tally_doc doc;
    assert_int_equal(tally_doc_from_mem("t2", t2, strlen(t2), NULL, &doc, &err), TALLY_OK);
    tally_sentence s = {.start = 0, .end = strlen(t2), .section = TALLY_SECTION_BODY, .para = 1,
                        .sent = 1};
    tally_segments seg;
    memset(&seg, 0, sizeof seg);
    seg.sents = &s;
    seg.nsents = 1;
    seg.endnotes_start = strlen(t2);
    seg.nparas = 1;
    tally_facts facts = {0};
    facts.v = calloc(1, sizeof *facts.v);
    assert_non_null(facts.v);
    facts.n = 1;
    tally_fact *f = &facts.v[0];
    f->tstart = 15;
    f->tend = 17;
    f->mention = xstrdup("12 trucks");
    f->actor = xstrdup("x");
    f->date = xstrdup("x");
    f->modality = xstrdup("x");
    f->explain = xstrdup("");
    assert_int_equal(tally_annotate(&doc, &seg, lex, &facts, 0, &err), TALLY_OK);
    assert_string_equal(f->date, "");
    assert_string_equal(f->actor, "");
    assert_string_equal(f->modality, "actual");
    assert_string_equal(f->explain, "");   /* not asked */
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    tally_lexicon_free(lex);
}

/* Dates of plans and of figures next to a fresh date: a figure whose
 * endnote is dated after a date written in the sentence just before keeps
 * that date; a plan's figures take its target, from "within eighteen
 * months" of the plan's making or from the sentence before. */
static void plan_targets_and_fresh_dates(void **state)
{
    (void)state;
    static const char t[] = "In March 1955 the Valdonian council formed the corps. "
                            "Its artillery had 14 batteries.[1] "
                            "The plan, approved in June 1956, called for 40 batteries within "
                            "eighteen months. "
                            "The corps was to have by the end of 1960: 90 guns. "
                            "Each battery was to field six guns.\n\n"
                            "Notes\n1. Corps return, 30 June 1955.";
    static const char *const starts[6] = {"In March", "Its", "The plan", "The corps",
                                          "Each", "Corps return"};
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_doc doc;
    assert_int_equal(tally_doc_from_mem("t", t, strlen(t), NULL, &doc, &err), TALLY_OK);
    tally_sentence sents[6];
    memset(sents, 0, sizeof sents);
    for (size_t i = 0; i < 6; i++) {
        sents[i].start = (size_t)(strstr(t, starts[i]) - t);
        sents[i].section = i < 5 ? TALLY_SECTION_BODY : TALLY_SECTION_ENDNOTE;
        sents[i].para = i < 5 ? 1 : 2;
        sents[i].sent = i < 5 ? (int)i + 1 : 1;
    }
    for (size_t i = 0; i < 4; i++)
        sents[i].end = sents[i + 1].start - 1;
    sents[4].end = (size_t)(strstr(t, "guns.\n") - t) + 5;
    sents[5].end = strlen(t);
    sents[1].note = 1;
    sents[5].endnote = 1;
    tally_note note = {.number = 1, .start = sents[5].start, .end = strlen(t)};
    tally_segments seg;
    memset(&seg, 0, sizeof seg);
    seg.sents = sents;
    seg.nsents = 6;
    seg.notes = &note;
    seg.nnotes = 1;
    seg.endnotes_start = (size_t)(strstr(t, "Notes") - t);
    seg.nparas = 2;
    static const char *const fig[5] = {"14", "40", "eighteen", "90", "six"};
    static const char *const unit[5] = {"battery", "battery", "month", "gun", "gun"};
    static const size_t si[5] = {1, 2, 2, 3, 4};
    tally_facts facts = {0};
    facts.v = calloc(5, sizeof *facts.v);
    assert_non_null(facts.v);
    facts.n = 5;
    for (size_t i = 0; i < 5; i++) {
        tally_fact *f = &facts.v[i];
        f->tstart = (size_t)(strstr(t, fig[i]) - t);
        f->tend = f->tstart + strlen(fig[i]);
        f->sent_index = si[i];
        f->note = i == 0;
        f->value = i == 2 ? 18 : 1;
        f->mention = xstrdup(fig[i]);
        f->unit = xstrdup(unit[i]);
        f->actor = xstrdup("");
        f->date = xstrdup("");
        f->modality = xstrdup("");
        f->explain = xstrdup("");
        assert_true(f->mention && f->unit && f->actor && f->date && f->modality && f->explain);
    }
    assert_int_equal(tally_annotate(&doc, &seg, lex, &facts, 1, &err), TALLY_OK);
    /* 14: March 1955 was written just before; the return of 30 June does
     * not move it */
    assert_string_equal(facts.v[0].date, "1955-03");
    /* 40: planned in June 1956 for eighteen months later */
    assert_string_equal(facts.v[1].modality, "planned");
    assert_string_equal(facts.v[1].date, "1957-12");
    assert_non_null(strstr(facts.v[1].explain, "plus the plan's time"));
    /* eighteen: the duration keeps the date of the plan's making */
    assert_string_equal(facts.v[2].date, "1956-06");
    /* 90: the target of its own sentence */
    assert_string_equal(facts.v[3].date, "1960-12");
    /* six: no date of its own, the target of the sentence before */
    assert_string_equal(facts.v[4].modality, "planned");
    assert_string_equal(facts.v[4].date, "1960-12");
    assert_non_null(strstr(facts.v[4].explain, "the target of the sentence before"));
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    tally_lexicon_free(lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(annotate_facts),
        cmocka_unit_test(no_date_stays_empty),
        cmocka_unit_test(facts_in_any_order),
        cmocka_unit_test(actors_over_a_document),
        cmocka_unit_test(lexicon_fast_lookups),
        cmocka_unit_test(plan_targets_and_fresh_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
