/*
 * test_annotate.c - tally_annotate() over facts built by hand: date from the
 * figure's own sentence, carried from earlier, or from a later endnote;
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
    "Moscow agreed to send 40 tanks.[1] "
    "The depot held 12 trucks.\n\n"
    "Notes\n1. Envoy to Moscow, 20 March 1951 telegram.";

static tally_lexicon *test_lex(void)
{
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "months", "month,number\nJanuary,1\nMarch,3\n",
                                           &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "actors", "term,actor\nMoscow,SU\n", &err),
                     TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "modality", "cue,modality\nagreed to,promised\n",
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
        {.start = 0, .end = at(" Moscow agreed"), .section = TALLY_SECTION_BODY, .para = 1,
         .sent = 1},
        {.start = at("Moscow agreed"), .end = at("[1]") + 3, .section = TALLY_SECTION_BODY,
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
    /* 40: no date of its own; its endnote (20 March) is well after January */
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
        {.start = 0, .end = at(" Moscow agreed"), .section = TALLY_SECTION_BODY, .para = 1,
         .sent = 1},
        {.start = at("Moscow agreed"), .end = at("[1]") + 3, .section = TALLY_SECTION_BODY,
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(annotate_facts),
        cmocka_unit_test(no_date_stays_empty),
        cmocka_unit_test(facts_in_any_order),
        cmocka_unit_test(actors_over_a_document),
        cmocka_unit_test(lexicon_fast_lookups),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
