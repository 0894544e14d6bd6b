/*
 * test_segment.c - unit tests for the segmenter (src/segment.c): sentence
 * ends and the abbreviations, initials, decimals and quotes that are not
 * ends; paragraphs and page-break joins; footnote markers and the note each
 * sentence cites; the endnotes section with its numbered notes; robustness;
 * and facts checked by hand on the seed article ($SHARED/seeds).
 *
 * Every expected offset below was counted by hand on the test text (or is
 * found with strstr in the input itself), never copied from the output.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tally/tally.h"

static tally_lexicon *lex;   /* the shipped lexicon, loaded once */

static int setup(void **state)
{
    (void)state;
    tally_error err;
    if (tally_lexicon_load_dir("datasets/lexicon", &lex, &err)) {
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

/* Segment a NUL-terminated text with the shipped lexicon; fails the test on
 * error. */
static void seg(const char *text, tally_segments *s)
{
    tally_error err;
    tally_status st = tally_segment(text, strlen(text), lex, s, &err);
    if (st)
        fail_msg("tally_segment: %s", err.msg);
}

/* Assert that sentence i of s spans exactly the text want. */
static void sent_is(const char *text, const tally_segments *s, size_t i, const char *want)
{
    assert_true(i < s->nsents);
    const tally_sentence *x = &s->sents[i];
    size_t n = x->end - x->start;
    if (n != strlen(want) || memcmp(text + x->start, want, n) != 0)
        fail_msg("sentence %zu is '%.*s', expected '%s'", i, (int)n, text + x->start, want);
}

/* Offset of needle in text (which must contain it). */
static size_t off(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    if (!p)
        fail_msg("'%s' not in the test text", needle);
    return (size_t)(p - text);
}

/* Index of the sentence containing byte offset o, or nsents. */
static size_t sent_at(const tally_segments *s, size_t o)
{
    for (size_t i = 0; i < s->nsents; i++)
        if (s->sents[i].start <= o && o < s->sents[i].end)
            return i;
    return s->nsents;
}

/* Check the invariants every segmentation must keep. */
static void check_invariants(const tally_segments *s, size_t len)
{
    for (size_t i = 0; i < s->nsents; i++) {
        const tally_sentence *x = &s->sents[i];
        assert_true(x->start < x->end);
        assert_true(x->end <= len);
        assert_true(x->para >= 1);
        assert_true(x->sent >= 1);
        if (i > 0) {
            const tally_sentence *p = &s->sents[i - 1];
            assert_true(p->end <= x->start);
            assert_true(x->para == p->para ? x->sent == p->sent + 1
                                           : x->para == p->para + 1 && x->sent == 1);
        } else {
            assert_int_equal(x->para, 1);
            assert_int_equal(x->sent, 1);
        }
    }
    for (size_t i = 0; i < s->nmarkers; i++) {
        assert_true(s->markers[i].start < s->markers[i].end);
        assert_true(s->markers[i].end <= s->endnotes_start);
        if (i > 0)
            assert_true(s->markers[i - 1].end <= s->markers[i].start);
    }
    for (size_t i = 0; i < s->nnotes; i++) {
        assert_true(s->notes[i].start <= s->notes[i].end && s->notes[i].end <= len);
        if (i > 0)
            assert_true(s->notes[i - 1].number < s->notes[i].number);
    }
    assert_true(s->endnotes_start <= len);
}

/* ---- sentences ---------------------------------------------------------- */

static void test_empty(void **state)
{
    (void)state;
    tally_segments s;
    tally_error err;
    assert_int_equal(tally_segment("", 0, lex, &s, &err), TALLY_OK);
    assert_int_equal(s.nsents, 0);
    assert_int_equal(s.endnotes_start, 0);
    tally_segments_free(&s);
    seg("  \n\n \t\n\f\n", &s);
    assert_int_equal(s.nsents, 0);
    assert_int_equal(s.nparas, 0);
    assert_int_equal(s.endnotes_start, 9);
    tally_segments_free(&s);
}

static void test_basic_ends(void **state)
{
    (void)state;
    const char *t = "The army had 120 tanks. It lost 30 of them! Why? Nobody knows.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 4);
    /* counted by hand: 23 + 1 + 19 + 1 + 4 + 1 + 13 = 62 bytes */
    assert_int_equal(s.sents[0].start, 0);
    assert_int_equal(s.sents[0].end, 23);
    assert_int_equal(s.sents[1].start, 24);
    assert_int_equal(s.sents[1].end, 43);
    assert_int_equal(s.sents[2].start, 44);
    assert_int_equal(s.sents[2].end, 48);
    assert_int_equal(s.sents[3].start, 49);
    assert_int_equal(s.sents[3].end, 62);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(s.sents[i].para, 1);
        assert_int_equal(s.sents[i].sent, i + 1);
        assert_int_equal(s.sents[i].section, TALLY_SECTION_BODY);
        assert_int_equal(s.sents[i].note, 0);
    }
    assert_int_equal(s.endnotes_start, strlen(t));
    check_invariants(&s, strlen(t));
    tally_segments_free(&s);
}

static void test_lowercase_after_stop(void **state)
{
    (void)state;
    /* a full stop followed by a lower-case word ends nothing */
    const char *t = "The figure was approx. ten thousand. Next came more.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 2);
    sent_is(t, &s, 0, "The figure was approx. ten thousand.");
    tally_segments_free(&s);
}

static void test_abbreviations(void **state)
{
    (void)state;
    const char *t =
        "Gen. Peng met Col. Smith and Lt. Jones on 5 Jan. 1951. The U.S. Air Force sent "
        "30 planes, see p. 12 and pp. 13-15. No. 77 Squadron flew, e.g. at night. "
        "Dr. Lee cited Wang et al. Chapter 2 agrees. They took tanks, guns, etc. The rest "
        "stayed. He said no. Then he left. See vol. 3 and Fig. 4 here. In 13, no. 3 ends.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 10);
    sent_is(t, &s, 0, "Gen. Peng met Col. Smith and Lt. Jones on 5 Jan. 1951.");
    sent_is(t, &s, 1, "The U.S. Air Force sent 30 planes, see p. 12 and pp. 13-15.");
    sent_is(t, &s, 2, "No. 77 Squadron flew, e.g. at night.");
    /* "et al." never ends a sentence (documented), "etc." may */
    sent_is(t, &s, 3, "Dr. Lee cited Wang et al. Chapter 2 agrees.");
    sent_is(t, &s, 4, "They took tanks, guns, etc.");
    sent_is(t, &s, 5, "The rest stayed.");
    /* "no." in lower case is a word, not the abbreviation "No." */
    sent_is(t, &s, 6, "He said no.");
    sent_is(t, &s, 7, "Then he left.");
    sent_is(t, &s, 8, "See vol. 3 and Fig. 4 here.");
    sent_is(t, &s, 9, "In 13, no. 3 ends.");   /* "no." before a number */
    tally_segments_free(&s);
}

static void test_us_rule(void **state)
{
    (void)state;
    /* "U.S." never ends a sentence, even before a capital: the rule picked
     * for the ambiguity (see segment.c) */
    const char *t = "Aid went to the U.S. The Soviets objected. Then U.S. Army units came.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 2);
    sent_is(t, &s, 0, "Aid went to the U.S. The Soviets objected.");
    sent_is(t, &s, 1, "Then U.S. Army units came.");
    tally_segments_free(&s);
}

static void test_initials(void **state)
{
    (void)state;
    const char *t = "Robert F. Futrell wrote it. Major General D. Golunov came. "
                    "J. R. R. Tolkien did not. Xiaoming, Z. (2002). A history.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 5);
    sent_is(t, &s, 0, "Robert F. Futrell wrote it.");
    sent_is(t, &s, 1, "Major General D. Golunov came.");
    sent_is(t, &s, 2, "J. R. R. Tolkien did not.");
    sent_is(t, &s, 3, "Xiaoming, Z. (2002).");
    sent_is(t, &s, 4, "A history.");
    tally_segments_free(&s);
}

static void test_decimals_and_labels(void **state)
{
    (void)state;
    const char *t = "Output rose 2.5 times to 3.75 million. 1950 was worse. It cost $3.5m. "
                    "Then it fell.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 4);
    sent_is(t, &s, 0, "Output rose 2.5 times to 3.75 million.");
    sent_is(t, &s, 1, "1950 was worse.");
    sent_is(t, &s, 2, "It cost $3.5m.");
    tally_segments_free(&s);
    /* a list label is not a sentence of its own */
    const char *u = "2. The second point. IV. The fourth part.";
    seg(u, &s);
    assert_int_equal(s.nsents, 2);
    sent_is(u, &s, 0, "2. The second point.");
    sent_is(u, &s, 1, "IV. The fourth part.");
    tally_segments_free(&s);
}

static void test_quotes_dashes_ellipsis(void **state)
{
    (void)state;
    const char *t = "He said, \xE2\x80\x9CWe have 350 planes.\xE2\x80\x9D The Soviets agreed. "
                    "\xE2\x80\x9CSend them!\xE2\x80\x9D he cried. \xE2\x80\x98" "Fine.\xE2\x80\x99 "
                    "(See below.) The plan\xE2\x80\x94" "ambitious\xE2\x80\x94" "failed. "
                    "They waited... Then they left. It was over\xE2\x80\xA6 Or not. "
                    "\"Go.\" 'Stay.' Done.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 13);
    sent_is(t, &s, 0, "He said, \xE2\x80\x9CWe have 350 planes.\xE2\x80\x9D");
    sent_is(t, &s, 1, "The Soviets agreed.");
    sent_is(t, &s, 2, "\xE2\x80\x9CSend them!\xE2\x80\x9D he cried.");
    sent_is(t, &s, 3, "\xE2\x80\x98" "Fine.\xE2\x80\x99");
    sent_is(t, &s, 4, "(See below.)");
    sent_is(t, &s, 5, "The plan\xE2\x80\x94" "ambitious\xE2\x80\x94" "failed.");
    sent_is(t, &s, 6, "They waited...");
    sent_is(t, &s, 7, "Then they left.");
    sent_is(t, &s, 8, "It was over\xE2\x80\xA6");
    sent_is(t, &s, 9, "Or not.");
    sent_is(t, &s, 10, "\"Go.\"");
    sent_is(t, &s, 11, "'Stay.'");
    sent_is(t, &s, 12, "Done.");
    tally_segments_free(&s);
}

/* ---- paragraphs --------------------------------------------------------- */

static void test_page_break_join(void **state)
{
    (void)state;
    const char *t = "The force had 300\n\nplanes in all. Another one.\n\nNew paragraph here.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 3);
    /* "The force had 300\n\nplanes in all." is 17 + 2 + 14 = 33 bytes */
    assert_int_equal(s.sents[0].start, 0);
    assert_int_equal(s.sents[0].end, 33);
    assert_int_equal(s.sents[0].para, 1);
    assert_int_equal(s.sents[1].para, 1);
    assert_int_equal(s.sents[1].sent, 2);
    assert_int_equal(s.sents[2].para, 2);
    assert_int_equal(s.sents[2].sent, 1);
    assert_int_equal(s.nparas, 2);
    tally_segments_free(&s);

    /* a form feed is a paragraph break, joined the same way */
    const char *u = "The force had\fthree hundred planes. First para.\fSecond para.";
    seg(u, &s);
    assert_int_equal(s.nsents, 3);
    sent_is(u, &s, 0, "The force had\fthree hundred planes.");
    assert_int_equal(s.sents[2].para, 2);
    tally_segments_free(&s);

    /* no join after a full stop, nor before a capital */
    const char *v = "It ended.\n\nthen more.\n\nThe army had\n\nMany guns.";
    seg(v, &s);
    assert_int_equal(s.nsents, 4);
    assert_int_equal(s.nparas, 4);
    tally_segments_free(&s);

    /* a paragraph ending in a comma goes on */
    const char *w = "They sent tanks,\n\nTrucks and guns.";
    seg(w, &s);
    assert_int_equal(s.nsents, 1);
    tally_segments_free(&s);

    /* several page breaks, with a marker and spaces on the blank line */
    const char *x = "Losses were heavy in\n   \nthe north and\n\nthe south.\xC2\xB9 Done.";
    seg(x, &s);
    assert_int_equal(s.nsents, 2);
    sent_is(x, &s, 0, "Losses were heavy in\n   \nthe north and\n\nthe south.\xC2\xB9");
    assert_int_equal(s.sents[0].note, 1);
    tally_segments_free(&s);
}

static void test_headings_and_titles(void **state)
{
    (void)state;
    const char *t = "# Title\nSome text here.\n## Sub part\nMore text.\n\n# The war in\n\n"
                    "korea went on.\n\nThe Air War\nChina sent planes. They flew.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 9);
    sent_is(t, &s, 0, "# Title");
    sent_is(t, &s, 1, "Some text here.");
    sent_is(t, &s, 2, "## Sub part");
    sent_is(t, &s, 3, "More text.");
    sent_is(t, &s, 4, "# The war in");
    sent_is(t, &s, 5, "korea went on.");
    sent_is(t, &s, 6, "The Air War");
    sent_is(t, &s, 7, "China sent planes.");
    for (int i = 0; i < 7; i++)
        assert_int_equal(s.sents[i].para, i + 1);
    assert_int_equal(s.sents[7].para, 8);
    assert_int_equal(s.sents[8].para, 8);
    assert_int_equal(s.sents[8].sent, 2);
    tally_segments_free(&s);

    /* a hard-wrapped paragraph stays one paragraph */
    const char *u = "The Chinese Air Force sent four\nregiments to the front. In the\nspring "
                    "it sent more.";
    seg(u, &s);
    assert_int_equal(s.nsents, 2);
    assert_int_equal(s.nparas, 1);
    tally_segments_free(&s);
}

/* ---- markers and notes -------------------------------------------------- */

static void test_markers_superscript(void **state)
{
    (void)state;
    const char *t = "Tanks arrived.\xC2\xB9 Then guns came.\xC2\xB2\xC2\xB3 Done.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nmarkers, 2);
    /* "Tanks arrived." is 14 bytes; ¹ is 2 bytes */
    assert_int_equal(s.markers[0].start, 14);
    assert_int_equal(s.markers[0].end, 16);
    assert_int_equal(s.markers[0].number, 1);
    /* " Then guns came." is 16 more: ²³ at 32, 4 bytes */
    assert_int_equal(s.markers[1].start, 32);
    assert_int_equal(s.markers[1].end, 36);
    assert_int_equal(s.markers[1].number, 23);
    assert_int_equal(s.nsents, 3);
    assert_int_equal(s.sents[0].end, 16);
    assert_int_equal(s.sents[1].start, 17);
    assert_int_equal(s.sents[1].end, 36);
    assert_int_equal(s.sents[2].start, 37);
    assert_int_equal(s.sents[0].note, 1);
    assert_int_equal(s.sents[1].note, 23);
    assert_int_equal(s.sents[2].note, 0);
    tally_segments_free(&s);

    /* ⁴⁸ (U+2074 U+2078, 3 bytes each) after a word */
    const char *u = "They flew\xE2\x81\xB4\xE2\x81\xB8 home.";
    seg(u, &s);
    assert_int_equal(s.nmarkers, 1);
    assert_int_equal(s.markers[0].start, 9);
    assert_int_equal(s.markers[0].end, 15);
    assert_int_equal(s.markers[0].number, 48);
    tally_segments_free(&s);
}

static void test_markers_brackets_caret(void **state)
{
    (void)state;
    const char *t = "They had 40 ships[7] and 12 subs.[8] Fine. Losses were high^4. Later^5^ ok. "
                    "Also<sup>12</sup> this. And[^6] that.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nmarkers, 6);
    /* "They had 40 ships" is 17 bytes */
    assert_int_equal(s.markers[0].start, 17);
    assert_int_equal(s.markers[0].end, 20);
    assert_int_equal(s.markers[0].number, 7);
    /* " and 12 subs." is 13 more: the stop at 32, [8] at 33 */
    assert_int_equal(s.markers[1].start, 33);
    assert_int_equal(s.markers[1].end, 36);
    assert_int_equal(s.markers[1].number, 8);
    assert_int_equal(s.markers[2].start, off(t, "^4"));
    assert_int_equal(s.markers[2].end, off(t, "^4") + 2);
    assert_int_equal(s.markers[2].number, 4);
    assert_int_equal(s.markers[3].start, off(t, "^5^"));
    assert_int_equal(s.markers[3].end, off(t, "^5^") + 3);
    assert_int_equal(s.markers[3].number, 5);
    assert_int_equal(s.markers[4].start, off(t, "<sup>"));
    assert_int_equal(s.markers[4].number, 12);
    assert_int_equal(s.markers[5].start, off(t, "[^6]"));
    assert_int_equal(s.markers[5].number, 6);
    assert_int_equal(s.nsents, 6);
    sent_is(t, &s, 0, "They had 40 ships[7] and 12 subs.[8]");
    assert_int_equal(s.sents[0].note, 8);   /* the last marker inside */
    sent_is(t, &s, 1, "Fine.");
    assert_int_equal(s.sents[1].note, 4);   /* the next one in the paragraph */
    sent_is(t, &s, 2, "Losses were high^4.");
    sent_is(t, &s, 3, "Later^5^ ok.");
    assert_int_equal(s.sents[3].note, 5);
    tally_segments_free(&s);
}

static void test_not_markers(void **state)
{
    (void)state;
    const char *t = "A 10^6 gain over 50 km\xC2\xB2 and 3 m\xC2\xB3 of soil in [1951] with x [3] y "
                    "and 2[1000] cells; 10\xE2\x81\xB6 too.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nmarkers, 0);
    tally_segments_free(&s);
    /* but a year may carry one */
    const char *u = "It began in 1950\xC2\xB3 and ended.";
    seg(u, &s);
    assert_int_equal(s.nmarkers, 1);
    assert_int_equal(s.markers[0].number, 3);
    assert_int_equal(s.markers[0].start, 16);
    tally_segments_free(&s);
}

static void test_note_attribution(void **state)
{
    (void)state;
    const char *t = "A had 5. B had 6.\xC2\xB3 C had 7.\n\nD had 8. E had 9.\xE2\x81\xB4\n\n"
                    "X\xC2\xB9 and Y\xC2\xB2 were there. Z too.";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nsents, 7);
    assert_int_equal(s.sents[0].note, 3);   /* next marker in the paragraph */
    assert_int_equal(s.sents[1].note, 3);   /* its own */
    assert_int_equal(s.sents[2].note, 0);   /* none later in the paragraph */
    assert_int_equal(s.sents[3].note, 4);
    assert_int_equal(s.sents[4].note, 4);
    assert_int_equal(s.sents[5].note, 2);   /* the last of two inside */
    assert_int_equal(s.sents[6].note, 0);
    tally_segments_free(&s);
}

/* ---- endnotes ------------------------------------------------------------ */

static const char *notes_doc =
    "Body text one.\xC2\xB9 Body two.\xC2\xB2\n\n"
    "Notes\n\n"
    "1. First note text. It has two sentences.\n"
    "2 Second note with a bare label.\n"
    "3. Third note that stops in the middle of a\n\n"
    "page break and goes on. See p. 4 [2].\n\n"
    "Another paragraph of note three.\n"
    "4. Fourth.\n";

static void test_endnotes(void **state)
{
    (void)state;
    const char *t = notes_doc;
    tally_segments s;
    seg(t, &s);
    check_invariants(&s, strlen(t));
    assert_int_equal(s.endnotes_start, off(t, "Notes"));
    assert_int_equal(s.nmarkers, 2);   /* "[2]" in the notes is no marker */
    assert_int_equal(s.nnotes, 4);
    for (int i = 0; i < 4; i++)
        assert_int_equal(s.notes[i].number, i + 1);
    assert_int_equal(s.notes[0].start, off(t, "First note"));
    assert_int_equal(s.notes[0].end, off(t, "\n2 Second"));
    assert_int_equal(s.notes[1].start, off(t, "Second note"));
    assert_int_equal(s.notes[2].start, off(t, "Third note"));
    assert_int_equal(s.notes[2].end, off(t, "\n4. Fourth"));
    assert_int_equal(s.notes[3].start, off(t, "Fourth"));
    assert_int_equal(s.notes[3].end, off(t, "Fourth") + 7);
    const tally_note *n3 = tally_segments_note(&s, 3);
    assert_non_null(n3);
    assert_int_equal(n3->number, 3);
    assert_null(tally_segments_note(&s, 5));

    /* body: one paragraph, two sentences citing 1 and 2 */
    assert_int_equal(s.sents[0].note, 1);
    assert_int_equal(s.sents[1].note, 2);
    assert_int_equal(s.sents[1].section, TALLY_SECTION_BODY);
    /* the heading, then the notes' sentences */
    sent_is(t, &s, 2, "Notes");
    assert_int_equal(s.sents[2].section, TALLY_SECTION_ENDNOTE);
    assert_int_equal(s.sents[2].endnote, 0);
    assert_int_equal(s.sents[2].para, 2);
    sent_is(t, &s, 3, "First note text.");
    sent_is(t, &s, 4, "It has two sentences.");
    sent_is(t, &s, 5, "Second note with a bare label.");
    sent_is(t, &s, 6, "Third note that stops in the middle of a\n\npage break and goes on.");
    sent_is(t, &s, 7, "See p. 4 [2].");
    sent_is(t, &s, 8, "Another paragraph of note three.");
    sent_is(t, &s, 9, "Fourth.");
    assert_int_equal(s.nsents, 10);
    int want_note[] = {1, 1, 2, 3, 3, 3, 4};
    int want_para[] = {3, 3, 4, 5, 5, 6, 7};
    for (int i = 0; i < 7; i++) {
        assert_int_equal(s.sents[3 + i].section, TALLY_SECTION_ENDNOTE);
        assert_int_equal(s.sents[3 + i].endnote, want_note[i]);
        assert_int_equal(s.sents[3 + i].para, want_para[i]);
        assert_int_equal(s.sents[3 + i].note, 0);
    }
    tally_segments_free(&s);
}

static void test_labels_excluded(void **state)
{
    (void)state;
    const char *t = "Text.\xC2\xB9\n\nEndnotes\n1. Alpha, p. 3.\n2. Beta.\n\n3. Gamma.\n"
                    "10. Delta jumps ahead.\n11) Epsilon.\n[12] Zeta.\n";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.nnotes, 6);
    int want[] = {1, 2, 3, 10, 11, 12};
    const char *first[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};
    for (int i = 0; i < 6; i++) {
        assert_int_equal(s.notes[i].number, want[i]);
        assert_int_equal(s.notes[i].start, off(t, first[i]));
    }
    for (size_t i = 0; i < s.nsents; i++) {
        const tally_sentence *x = &s.sents[i];
        if (x->section != TALLY_SECTION_ENDNOTE || x->endnote == 0)
            continue;
        const tally_note *n = tally_segments_note(&s, x->endnote);
        assert_non_null(n);
        assert_true(x->start >= n->start && x->end <= n->end);
        char c = t[x->start];
        assert_false(c >= '0' && c <= '9');
        assert_false(c == '[');
    }
    tally_segments_free(&s);
}

static void test_heading_variants(void **state)
{
    (void)state;
    const char *heads[] = {"## Endnotes", "NOTES:", "**References**", "Footnotes",
                           "  Bibliography  ", "# Notes and References"};
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        char buf[256];
        snprintf(buf, sizeof buf, "Body text.\xC2\xB9\n\n%s\n\n1. Note one.\n", heads[h]);
        tally_segments s;
        seg(buf, &s);
        size_t want = off(buf, heads[h]);
        while (buf[want] == ' ')
            want++;
        if (s.endnotes_start != want)
            fail_msg("heading '%s': endnotes at %zu, expected %zu", heads[h],
                     s.endnotes_start, want);
        assert_int_equal(s.nnotes, 1);
        tally_segments_free(&s);
    }
    /* not a whole-line match: no endnotes */
    const char *t = "Body text.\n\nNotes on the text\n\n1. Note one.\n";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.endnotes_start, strlen(t));
    assert_int_equal(s.nnotes, 0);
    tally_segments_free(&s);
    /* a heading early on with no numbered notes after it: not the endnotes */
    const char *u = "Sources\n\nThe archives of three countries were read. Many more "
                    "papers were seen. Some of them were long.\n";
    seg(u, &s);
    assert_int_equal(s.endnotes_start, strlen(u));
    tally_segments_free(&s);
    /* a bibliography at the end, not numbered: the section starts there */
    const char *v = "The body of the text is here and it is long enough to count.\n\n"
                    "Bibliography\n\nSmith, J. A book. London, 1990.\n";
    seg(v, &s);
    assert_int_equal(s.endnotes_start, off(v, "Bibliography"));
    assert_int_equal(s.nnotes, 0);
    assert_int_equal(s.sents[s.nsents - 1].section, TALLY_SECTION_ENDNOTE);
    tally_segments_free(&s);
}

static void test_trailing_notes(void **state)
{
    (void)state;
    /* no heading, but the text ends with notes 1, 2, 3 and the body cites
     * them: that block is the endnotes section */
    const char *t = "Body one.\xC2\xB9 Body two.\xC2\xB2 More body text to make the body the "
                    "longer half of it all.\xC2\xB3\n\n1. First note.\n2. Second note.\n"
                    "3. Third note.\n";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.endnotes_start, off(t, "1. First"));
    assert_int_equal(s.nnotes, 3);
    assert_int_equal(s.nmarkers, 3);
    assert_int_equal(s.notes[2].start, off(t, "Third"));
    sent_is(t, &s, s.nsents - 1, "Third note.");
    assert_int_equal(s.sents[s.nsents - 1].endnote, 3);
    tally_segments_free(&s);
    /* the same list without any marker in the body is just a list */
    const char *u = "Body one. Body two. More body text to make the body the longer half of "
                    "it all.\n\n1. First point.\n2. Second point.\n3. Third point.\n";
    seg(u, &s);
    assert_int_equal(s.endnotes_start, strlen(u));
    assert_int_equal(s.nnotes, 0);
    tally_segments_free(&s);
    /* numbers out of order: not notes either */
    const char *v = "Body one.\xC2\xB9 Body two. More body text to make the body the longer "
                    "half of it all.\n\n1. First.\n2. Second.\n5. Fifth.\n3. Third.\n";
    seg(v, &s);
    assert_int_equal(s.endnotes_start, strlen(v));
    tally_segments_free(&s);
}

static void test_null_lexicon(void **state)
{
    (void)state;
    const char *t = "Gen. Peng had 5 men.\xC2\xB9 Done.\n\nNotes\n1. See p. 4.\n";
    tally_segments s;
    tally_error err;
    assert_int_equal(tally_segment(t, strlen(t), NULL, &s, &err), TALLY_OK);
    assert_int_equal(s.nnotes, 1);
    assert_int_equal(s.nmarkers, 1);
    sent_is(t, &s, 0, "Gen. Peng had 5 men.\xC2\xB9");
    tally_segments_free(&s);
}

/* ---- markers that need a matching note ----------------------------------- */

/* Digits glued to the text, as pdftotext renders superscripts: after a full
 * stop, a comma after a year; decimals, thousands and years are left
 * alone. */
static void test_markers_glued_digits(void **state)
{
    (void)state;
    const char *t = "The depot held 450 trucks.1 Fuel fell to 2.5 days by spring.2 In 1943,3 "
                    "and in 1944, roads failed.\n\nRail carried 1,200 tons a day.4\n\n"
                    "NOTES\n\n1. Depot ledger.\n2. Fuel returns.\n3. Road survey.\n"
                    "4. Rail report.\n";
    tally_segments s;
    seg(t, &s);
    check_invariants(&s, strlen(t));
    /* "The depot held 450 trucks." is 26 bytes; " Fuel fell to 2.5 days by
     * spring." 34 more (the 2 at 60); " In 1943," 9 more (the 3 at 70); the
     * second paragraph starts at 100 and "Rail carried 1,200 tons a day." is
     * 30 bytes (the 4 at 130); NOTES at 133 */
    assert_int_equal(s.endnotes_start, 133);
    assert_int_equal(s.nnotes, 4);
    assert_int_equal(s.nmarkers, 4);
    size_t at[] = {26, 60, 70, 130};
    for (int i = 0; i < 4; i++) {
        assert_int_equal(s.markers[i].start, at[i]);
        assert_int_equal(s.markers[i].end, at[i] + 1);
        assert_int_equal(s.markers[i].number, i + 1);
    }
    assert_int_equal(s.nsents, 4 + 1 + 4);
    sent_is(t, &s, 0, "The depot held 450 trucks.1");
    sent_is(t, &s, 1, "Fuel fell to 2.5 days by spring.2");
    sent_is(t, &s, 2, "In 1943,3 and in 1944, roads failed.");
    sent_is(t, &s, 3, "Rail carried 1,200 tons a day.4");
    int want_note[] = {1, 2, 3, 4};
    for (int i = 0; i < 4; i++)
        assert_int_equal(s.sents[i].note, want_note[i]);
    assert_int_equal(s.sents[3].para, 2);
    sent_is(t, &s, 4, "NOTES");
    sent_is(t, &s, 5, "Depot ledger.");
    assert_int_equal(s.sents[5].endnote, 1);
    assert_int_equal(s.notes[3].start, off(t, "Rail report"));
    assert_int_equal(s.notes[3].end, strlen(t) - 1);
    tally_segments_free(&s);

    /* after a closing quote or bracket, glued to a lower-case word, after a
     * semicolon; the list uses "N)" under "Sources" */
    const char *u = "He said \"enough.\"1 It came (in May)2 and the crews3 left; most;4 stayed. "
                    "Later they\xE2\x80\x99" "d go.\xE2\x80\x9D" "5 Done.\n\nSources\n\n"
                    "1) One.\n2) Two.\n3) Three.\n4) Four.\n5) Five.\n";
    seg(u, &s);
    check_invariants(&s, strlen(u));
    assert_int_equal(s.nnotes, 5);
    assert_int_equal(s.nmarkers, 5);
    /* He(0-1) said(3-6) "enough." (8-16): the 1 at 17 */
    assert_int_equal(s.markers[0].start, 17);
    assert_int_equal(s.markers[1].start, off(u, "May)2") + 4);
    assert_int_equal(s.markers[2].start, off(u, "crews3") + 5);
    assert_int_equal(s.markers[3].start, off(u, ";4") + 1);
    assert_int_equal(s.markers[4].start, off(u, "5 Done"));
    for (int i = 0; i < 5; i++) {
        assert_int_equal(s.markers[i].number, i + 1);
        assert_int_equal(s.markers[i].end, s.markers[i].start + 1);
    }
    sent_is(u, &s, 0, "He said \"enough.\"1");
    assert_int_equal(s.sents[0].note, 1);
    assert_int_equal(s.sents[1].note, 4);   /* the last of 2, 3, 4 inside */
    tally_segments_free(&s);
}

/* Glued digits that are figures, designations or out of sequence are not
 * markers, even with notes of those numbers. */
static void test_glued_digits_not_markers(void **state)
{
    (void)state;
    const char *t = "Output was 3.5 tons.1 The rate was 2.5 per cent. The No.2 Works made 1,250 "
                    "guns in 1944. At Kell 12.3 tons went to the B29 base and its km2 of sheds; "
                    "the \"3 Rivers\" plan began in \xE2\x80\x99" "43 and a man 5'11\"4 tall "
                    "(with 2)4 came.\n\nNotes\n\n1. A.\n2. B.\n3. C.\n4. D.\n5. E.\n";
    tally_segments s;
    seg(t, &s);
    check_invariants(&s, strlen(t));
    assert_int_equal(s.nnotes, 5);
    assert_int_equal(s.nmarkers, 2);
    assert_int_equal(s.markers[0].start, off(t, "tons.1") + 5);
    assert_int_equal(s.markers[0].number, 1);
    /* "(with 2)4": a closing bracket may carry one, and 4 is within 3 of 1 */
    assert_int_equal(s.markers[1].start, off(t, ")4") + 1);
    assert_int_equal(s.markers[1].number, 4);
    tally_segments_free(&s);

    /* the sequence: 2 (first, within 3 of none), not 1 (smaller), not 4 (no
     * such note), not 9 (too far ahead), then 3 */
    const char *u = "A line.2 B line.1 C line.4 D line.9 E line.3 End.\n\nNotes\n\n1. a\n2. b\n"
                    "3. c\n9. d\n";
    seg(u, &s);
    assert_int_equal(s.nnotes, 4);
    assert_int_equal(s.nmarkers, 2);
    /* "A line." is 7 bytes: the 2 at 7; "E line.3" starts at 36, the 3 at 43 */
    assert_int_equal(s.markers[0].start, 7);
    assert_int_equal(s.markers[0].number, 2);
    assert_int_equal(s.markers[1].start, 43);
    assert_int_equal(s.markers[1].number, 3);
    sent_is(u, &s, 0, "A line.2");
    sent_is(u, &s, 1, "B line.1 C line.4 D line.9 E line.3");
    sent_is(u, &s, 2, "End.");
    tally_segments_free(&s);

    /* without numbered notes, glued digits are never markers */
    const char *v = "Tanks came.1 Guns came,2 then trucks.\n\nNotes\n\nSee the archive.\n";
    seg(v, &s);
    assert_int_equal(s.nmarkers, 0);
    assert_int_equal(s.nsents, 3);   /* the body, the heading, the note */
    sent_is(v, &s, 0, "Tanks came.1 Guns came,2 then trucks.");
    tally_segments_free(&s);
}

/* "[N]" after a space is a marker when the notes (here a References list
 * "[N] text") have that number. */
static void test_markers_spaced_brackets(void **state)
{
    (void)state;
    const char *t = "Stocks stood at 40 tons [1]. They rose [2] and fell to 3.5 tons [9]. "
                    "A count [1951] found 12 [3].\n\nReferences\n\n[1] First source.\n"
                    "[2] Second source, p. 4.\n[3] Third source.\n";
    tally_segments s;
    seg(t, &s);
    check_invariants(&s, strlen(t));
    assert_int_equal(s.endnotes_start, off(t, "References"));
    assert_int_equal(s.nnotes, 3);
    assert_int_equal(s.nmarkers, 3);
    /* "Stocks stood at 40 tons " is 24 bytes; "[1]. They rose " 15 more */
    assert_int_equal(s.markers[0].start, 24);
    assert_int_equal(s.markers[0].end, 27);
    assert_int_equal(s.markers[1].start, 39);
    assert_int_equal(s.markers[1].end, 42);
    assert_int_equal(s.markers[2].start, off(t, "[3]."));
    assert_int_equal(s.markers[2].end, off(t, "[3].") + 3);
    for (int i = 0; i < 3; i++)
        assert_int_equal(s.markers[i].number, i + 1);
    sent_is(t, &s, 0, "Stocks stood at 40 tons [1].");
    sent_is(t, &s, 1, "They rose [2] and fell to 3.5 tons [9].");
    sent_is(t, &s, 2, "A count [1951] found 12 [3].");
    assert_int_equal(s.sents[0].note, 1);
    assert_int_equal(s.sents[1].note, 2);   /* [9] has no note */
    assert_int_equal(s.sents[2].note, 3);
    assert_int_equal(s.notes[1].start, off(t, "Second source"));
    assert_int_equal(s.notes[1].end, off(t, "\n[3] Third"));
    sent_is(t, &s, 5, "Second source, p. 4.");
    assert_int_equal(s.sents[5].endnote, 2);
    tally_segments_free(&s);

    /* the same body with "N. text" notes under "Notes:" */
    const char *u = "Stocks stood at 40 tons [1]. They rose [2].\n\nNotes:\n\n1. First.\n"
                    "2. Second.\n";
    seg(u, &s);
    assert_int_equal(s.nmarkers, 2);
    assert_int_equal(s.sents[1].note, 2);
    tally_segments_free(&s);

    /* without a list of numbered notes they are not markers */
    const char *v = "Stocks stood at 40 tons [1]. They rose [2].\n";
    seg(v, &s);
    assert_int_equal(s.nmarkers, 0);
    tally_segments_free(&s);
}

/* Markdown footnotes: "[^N]" markers, "[^N]: text" definitions under
 * "## Notes". */
static void test_markdown_footnotes(void **state)
{
    (void)state;
    const char *t = "# Convoys\n\nShips sailed in 12 convoys.[^1] Losses were light [^2] and "
                    "9 ships came home.\n\n## Notes\n\n[^1]: Convoy log, 1942.\n"
                    "[^2]: Loss return.\n    It goes on here.\n";
    tally_segments s;
    seg(t, &s);
    check_invariants(&s, strlen(t));
    assert_int_equal(s.endnotes_start, off(t, "## Notes"));
    assert_int_equal(s.nmarkers, 2);
    /* "# Convoys\n\n" is 11 bytes, "Ships sailed in 12 convoys." 27 more */
    assert_int_equal(s.markers[0].start, 38);
    assert_int_equal(s.markers[0].end, 42);
    assert_int_equal(s.markers[0].number, 1);
    assert_int_equal(s.markers[1].start, off(t, "[^2] and"));
    assert_int_equal(s.markers[1].number, 2);
    assert_int_equal(s.nnotes, 2);
    assert_int_equal(s.notes[0].start, off(t, "Convoy log"));
    assert_int_equal(s.notes[0].end, off(t, "\n[^2]:"));
    assert_int_equal(s.notes[1].start, off(t, "Loss return"));
    assert_int_equal(s.notes[1].end, strlen(t) - 1);
    sent_is(t, &s, 1, "Ships sailed in 12 convoys.[^1]");
    sent_is(t, &s, 2, "Losses were light [^2] and 9 ships came home.");
    assert_int_equal(s.sents[1].note, 1);
    assert_int_equal(s.sents[2].note, 2);
    tally_segments_free(&s);
}

/* The headings and list forms of notes sections, with glued markers. */
static void test_notes_forms(void **state)
{
    (void)state;
    const char *heads[] = {"NOTES", "Notes:", "## References", "Sources", "**Endnotes**"};
    const char *labels[][2] = {{"1.", "2."}, {"1)", "2)"}, {"[1]", "[2]"}};
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        for (size_t l = 0; l < sizeof labels / sizeof *labels; l++) {
            char buf[256];
            snprintf(buf, sizeof buf, "Tanks came.1 Guns came,2 then trucks.\n\n%s\n\n%s First.\n"
                                      "%s Second.\n", heads[h], labels[l][0], labels[l][1]);
            tally_segments s;
            seg(buf, &s);
            check_invariants(&s, strlen(buf));
            /* the body is 37 bytes and two newlines: the heading at 39 */
            if (s.endnotes_start != 39 || s.nnotes != 2 || s.nmarkers != 2)
                fail_msg("'%s' with '%s': endnotes at %zu, %zu notes, %zu markers", heads[h],
                         labels[l][0], s.endnotes_start, s.nnotes, s.nmarkers);
            /* "Tanks came." is 11 bytes; " Guns came," 11 more */
            assert_int_equal(s.markers[0].start, 11);
            assert_int_equal(s.markers[1].start, 23);
            assert_int_equal(s.notes[1].start, off(buf, "Second"));
            sent_is(buf, &s, 0, "Tanks came.1");
            sent_is(buf, &s, 1, "Guns came,2 then trucks.");
            assert_int_equal(s.sents[1].note, 2);
            tally_segments_free(&s);
        }
    /* no heading: a final block of notes 1, 2, 3 that glued markers cite */
    const char *t = "Body one.1 Body two.2 More body text to make the body the longer half of "
                    "it all.3\n\n1. First note.\n2. Second note.\n3. Third note.\n";
    tally_segments s;
    seg(t, &s);
    assert_int_equal(s.endnotes_start, off(t, "1. First"));
    assert_int_equal(s.nnotes, 3);
    assert_int_equal(s.nmarkers, 3);
    assert_int_equal(s.markers[0].start, 9);   /* "Body one." is 9 bytes */
    assert_int_equal(s.markers[2].number, 3);
    sent_is(t, &s, 0, "Body one.1");
    tally_segments_free(&s);
}

/* ---- robustness ---------------------------------------------------------- */

static void test_robust(void **state)
{
    (void)state;
    const char *odd[] = {
        ".", "...", "\xC2\xB9\xC2\xB2\xC2\xB3\xE2\x81\xB4", "[1][2][3]", "^1^2^3", "\n\n\n",
        "Notes", "Notes\n1.", "Notes\n1. ", "1. 2. 3.", "a.b.c.d.", "\xE2\x80\xA6",
        "\xE2\x80", "\xC2", "[", "[^", "<sup>", "<sup>1", "x\xC2\xB9", "Endnotes\n\n1 x\n2\n",
        "\f\f\f", "# \n#", "U.S.", "et al.", "A. B. C.", "x.1\n\nNotes\n1. a", ".1\nNotes\n1. a",
        " [1]\nReferences\n[1] a", "a,1\nNotes\n1. b", "1\nNotes\n1. b", "\"1\nNotes\n1. b",
        "abc1\nNotes\n1. b", "1943,1\nNotes\n1. b", "No.1\nNotes\n1. b"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        tally_segments s;
        seg(odd[i], &s);
        check_invariants(&s, strlen(odd[i]));
        tally_segments_free(&s);
    }
    /* random bytes, NULs included */
    srand(12345);
    size_t n = 200000;
    char *buf = malloc(n);
    assert_non_null(buf);
    const char alphabet[] = ". !?\n\n\f[]^0123456789aAbB\xC2\xB9\xE2\x81\xB4\"')*#<>";
    for (size_t i = 0; i < n; i++)
        buf[i] = rand() % 4 ? alphabet[rand() % (sizeof alphabet - 1)] : (char)(rand() % 256);
    tally_segments s;
    tally_error err;
    assert_int_equal(tally_segment(buf, n, lex, &s, &err), TALLY_OK);
    check_invariants(&s, n);
    tally_segments_free(&s);
    free(buf);
}

static void test_long_line(void **state)
{
    (void)state;
    /* 8 MB on one line, no newline: every sentence found, quickly */
    const char *unit = "Gen. Lee had 2.5 times more tanks\xC2\xB9 than U.S. units. ";
    size_t ul = strlen(unit), reps = 8000000 / ul, n = ul * reps;
    char *buf = malloc(n + 1);
    assert_non_null(buf);
    for (size_t i = 0; i < reps; i++)
        memcpy(buf + i * ul, unit, ul);
    buf[n] = '\0';
    tally_segments s;
    tally_error err;
    assert_int_equal(tally_segment(buf, n, lex, &s, &err), TALLY_OK);
    assert_int_equal(s.nsents, reps);
    assert_int_equal(s.nmarkers, reps);
    assert_int_equal(s.sents[reps - 1].note, 1);
    assert_int_equal(s.sents[reps - 1].sent, (int)reps);
    tally_segments_free(&s);
    free(buf);
}

/* ---- the seed article ---------------------------------------------------- */

/* Load the seed into doc; returns 0 when it is absent. */
static int load_seed(tally_doc *doc)
{
    const char *shared = getenv("SHARED");
    char path[4096];
    snprintf(path, sizeof path, "%s/seeds/000_6fe163a3ba49ee5e.txt", shared ? shared : "../shared");
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    fclose(fp);
    tally_read_opts o = tally_read_defaults();
    tally_error err;
    if (tally_doc_read(path, &o, doc, &err))
        fail_msg("reading the seed: %s", err.msg);
    return 1;
}

/* Assert that the sentence holding the first occurrence of a also holds the
 * first occurrence of b after it (a page break joined). */
static void same_sentence(const char *text, const tally_segments *s, const char *a, const char *b)
{
    const char *pa = strstr(text, a);
    assert_non_null(pa);
    const char *pb = strstr(pa, b);
    assert_non_null(pb);
    size_t i = sent_at(s, (size_t)(pa - text)), j = sent_at(s, (size_t)(pb - text));
    if (i >= s->nsents || i != j)
        fail_msg("'%s' and '%s' are not in one sentence", a, b);
}

static void test_seed(void **state)
{
    (void)state;
    tally_doc doc;
    if (!load_seed(&doc)) {
        skip();   /* the seed article ($SHARED/seeds) is not available */
        return;
    }
    const char *t = doc.text;
    tally_segments s;
    tally_error err;
    assert_int_equal(tally_segment(t, doc.len, lex, &s, &err), TALLY_OK);
    check_invariants(&s, doc.len);

    /* the section starts at the "Endnotes" heading line */
    assert_int_equal(s.endnotes_start, off(t, "\nEndnotes\n") + 1);
    /* 62 notes numbered 1..62, 62 superscript markers 1..62 in the body */
    assert_int_equal(s.nnotes, 62);
    assert_int_equal(s.nmarkers, 62);
    for (int i = 0; i < 62; i++) {
        assert_int_equal(s.notes[i].number, i + 1);
        assert_int_equal(s.markers[i].number, i + 1);
    }
    assert_int_equal(s.notes[0].start, off(t, "1. For recent") + 3);

    /* notes cited, checked by reading the article */
    struct { const char *at; int note; } cite[] = {
        {"24,000 person-days", 14},        /* no marker; next in paragraph is 14 */
        {"two million person-days", 17},   /* likewise, 17 */
        {"D. Golunov", 9},                 /* the sentence ends in marker 9 */
        {"120 MiG-15s", 4},
    };
    for (size_t k = 0; k < sizeof cite / sizeof *cite; k++) {
        size_t i = sent_at(&s, off(t, cite[k].at));
        assert_true(i < s.nsents);
        if (s.sents[i].note != cite[k].note)
            fail_msg("'%s': note %d, expected %d", cite[k].at, s.sents[i].note, cite[k].note);
        assert_int_equal(s.sents[i].section, TALLY_SECTION_BODY);
    }
    /* "Emen E. Zakharov" and "D. Golunov" are in one sentence */
    same_sentence(t, &s, "Emen E.", "D. Golunov");
    /* "U.S. Air Force" inside note 25 is not split */
    size_t us = sent_at(&s, off(t, "The U.S. Air"));
    assert_int_equal(s.sents[us].endnote, 25);
    assert_true(s.sents[us].start < off(t, "The U.S. Air"));
    /* "13, no. 3" in note 58 is not split either */
    size_t no = sent_at(&s, off(t, "no. 3 (Winter"));
    assert_int_equal(s.sents[no].endnote, 58);
    assert_true(s.sents[no].start < off(t, "no. 3 (Winter"));
    /* no sentence ends in an initial or Gen. */
    for (size_t i = 0; i < s.nsents; i++) {
        size_t e = s.sents[i].end;
        if (e >= 3 && t[e - 1] == '.' && t[e - 2] >= 'A' && t[e - 2] <= 'Z' && t[e - 3] == ' ')
            fail_msg("sentence %zu ends in an initial at %zu", i, e);
        assert_false(e >= 4 && strncmp(t + e - 4, "Gen.", 4) == 0);
    }
    /* the page breaks in mid-sentence (eight in the body, one in note 19) */
    same_sentence(t, &s, "in numbers of", "planes or in technology");
    same_sentence(t, &s, "furthermore, compounded the", "problem by insisting");
    same_sentence(t, &s, "too far away", "to receive support from");
    same_sentence(t, &s, "With a\n", "shortage of reinforcement");
    same_sentence(t, &s, "thought the MiG-9", "fighters were superior");
    same_sentence(t, &s, "comrades in air", "operations, and so did");
    same_sentence(t, &s, "North Koreans to", "accept US terms");
    same_sentence(t, &s, "parameters, and let", "the burden of the war");
    same_sentence(t, &s, "that were being", "built for the Soviet");
    size_t n19 = sent_at(&s, off(t, "built for the Soviet"));
    assert_int_equal(s.sents[n19].endnote, 19);
    const tally_note *note19 = tally_segments_note(&s, 19);
    assert_non_null(note19);
    assert_true(note19->end > off(t, "built for the Soviet"));
    assert_true(note19->end < off(t, "\n20. "));
    /* the joined sentence's paragraph is one paragraph */
    size_t a = sent_at(&s, off(t, "in numbers of")), b = sent_at(&s, off(t, "planes or in"));
    assert_int_equal(s.sents[a].para, s.sents[b].para);

    tally_segments_free(&s);
    tally_doc_free(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_basic_ends),
        cmocka_unit_test(test_lowercase_after_stop),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_us_rule),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_decimals_and_labels),
        cmocka_unit_test(test_quotes_dashes_ellipsis),
        cmocka_unit_test(test_page_break_join),
        cmocka_unit_test(test_headings_and_titles),
        cmocka_unit_test(test_markers_superscript),
        cmocka_unit_test(test_markers_brackets_caret),
        cmocka_unit_test(test_not_markers),
        cmocka_unit_test(test_note_attribution),
        cmocka_unit_test(test_endnotes),
        cmocka_unit_test(test_labels_excluded),
        cmocka_unit_test(test_heading_variants),
        cmocka_unit_test(test_trailing_notes),
        cmocka_unit_test(test_markers_glued_digits),
        cmocka_unit_test(test_glued_digits_not_markers),
        cmocka_unit_test(test_markers_spaced_brackets),
        cmocka_unit_test(test_markdown_footnotes),
        cmocka_unit_test(test_notes_forms),
        cmocka_unit_test(test_null_lexicon),
        cmocka_unit_test(test_robust),
        cmocka_unit_test(test_long_line),
        cmocka_unit_test(test_seed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
