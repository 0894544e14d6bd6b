/*
 * test_timeline.c - date expressions and the document timeline: explicit
 * dates, months and seasons that inherit the year in force, relative
 * references, spans with named events, year ranges, numbers that are not
 * years, years taken from a later date of the paragraph, the first full
 * date of a span (an endnote's date), seasons naming a kind of thing,
 * forecasts, months rolling into the next year,
 * a date after the figure in another clause, a report dated in a line of
 * its front matter (its sections and present tense), sources' dates cited
 * as evidence, bases of comparisons, spans of months that wrap
 * into the next year, targets that do not move the date in force, a season
 * as a subject, a date right after the figure, a month kept inside the
 * period the title gives, a report's dateline (its "now" and its sections),
 * a count after "1948 to" that is no year, a month taking the year its
 * paragraph wrote with it before, the months of a dated endnote before its
 * date, a paragraph that steps back to an earlier scene it names at the
 * head of a later sentence, and the ISO 8601 output.  Sentences
 * are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/timeline.h"

/* A lexicon with months and a few events. */
static tally_lexicon *test_lex(void)
{
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "months",
                                           "month,number\nJanuary,1\nFebruary,2\nMarch,3\n"
                                           "April,4\nMay,5\nJune,6\nJuly,7\nAugust,8\n"
                                           "September,9\nOctober,10\nNovember,11\nDecember,12\n",
                                           &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "events",
                                           "event,date\narmistice,1953-07-27\n"
                                           "Ruritanian War,1920-05-01/1922-11-30\n", &err),
                     TALLY_OK);
    return lex;
}

/* Segments for text: one sentence per '|'-free chunk ending in ". ". */
static void split(const char *text, tally_segments *seg)
{
    memset(seg, 0, sizeof *seg);
    seg->sents = calloc(16, sizeof *seg->sents);
    assert_non_null(seg->sents);
    size_t i = 0, len = strlen(text);
    while (i < len) {
        const char *e = strstr(text + i, ". ");
        size_t end = e ? (size_t)(e - text) + 1 : len;
        tally_sentence *s = &seg->sents[seg->nsents++];
        s->start = i;
        s->end = end;
        s->para = 1;
        s->sent = (int)seg->nsents;
        i = end + 1;
    }
    seg->endnotes_start = len;
}

/* The ISO form of expression k. */
static const char *iso(const tally_timeline *tl, size_t k)
{
    static char b[32];
    tally_date_format(tl->v[k].from, tl->v[k].to, b);
    return b;
}

static void explicit_dates(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "On 1 March 1951 the corps moved, and on March 15, 1952 it left.";
    tally_datex *d;
    size_t n;
    assert_int_equal(tally_dates_find(t, 0, strlen(t), lex, &d, &n, &err), TALLY_OK);
    assert_int_equal(n, 2);
    assert_int_equal(d[0].start, 3);     /* "1 March 1951" */
    assert_int_equal(d[0].end, 15);
    assert_int_equal(d[0].from.y, 1951);
    assert_int_equal(d[0].from.m, 3);
    assert_int_equal(d[0].from.d, 1);
    assert_int_equal(d[0].need_year, 0);
    assert_int_equal(d[1].from.y, 1952);
    assert_int_equal(d[1].from.d, 15);
    free(d);
    tally_lexicon_free(lex);
}

static void not_years(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    /* counts, an ISSN and a verb "march" are not dates */
    const char *t = "They had 1,300 planes and 1500 men; ISSN 1198-8614; they march on.";
    tally_datex *d;
    size_t n;
    assert_int_equal(tally_dates_find(t, 0, strlen(t), lex, &d, &n, &err), TALLY_OK);
    assert_int_equal(n, 0);
    free(d);
    tally_lexicon_free(lex);
}

static void year_in_force(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In January 1951 the corps rested. On 15 March it had 300 guns. "
                    "Two days later it had 280. By the summer it had 500. "
                    "In late June they counted again.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 5);
    assert_string_equal(iso(&tl, 0), "1951-01");
    assert_string_equal(iso(&tl, 1), "1951-03-15");    /* year carried from sentence 1 */
    assert_string_equal(iso(&tl, 2), "1951-03-17");    /* two days after 15 March */
    assert_string_equal(iso(&tl, 3), "1951-06/1951-08");
    assert_string_equal(iso(&tl, 4), "1951-06");
    assert_int_equal(tl.ctx[0], -1);
    assert_int_equal(tl.ctx[2], 1);                    /* "15 March" in force */
    /* the figure "300" of sentence 2 takes "15 March" */
    const char *p = strstr(t, "300");
    assert_int_equal(tally_timeline_pick(&tl, 1, (size_t)(p - t), (size_t)(p - t) + 3), 1);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* Months that go on past December roll into the next year; a month a little
 * earlier is the same year. */
static void months_roll_over(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In December 1943 the wing flew 40 sorties. In January it flew 60. "
                    "In February it flew 70. In October 1950 the army moved. "
                    "In August it had rested.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 5);
    assert_string_equal(iso(&tl, 0), "1943-12");
    assert_string_equal(iso(&tl, 1), "1944-01");   /* after December: the next year */
    assert_string_equal(iso(&tl, 2), "1944-02");
    assert_string_equal(iso(&tl, 3), "1950-10");
    assert_string_equal(iso(&tl, 4), "1950-08");   /* two months back: the same year */
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A month that would roll into the next year stays in the year in force when
 * a later month of its sentence closes a stretch with it ("from January to
 * September" written in October); alone it still rolls. */
static void month_pair_does_not_roll(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In November 1931 the depot was full. "
                    "The crews fell from 500 in January to 410 in September. "
                    "In February the crews rested. ";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    seg.sents[1].para = 2;   /* other paragraphs than the dated one */
    seg.sents[2].para = 3;
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 4);
    assert_string_equal(iso(&tl, 0), "1931-11");
    assert_string_equal(iso(&tl, 1), "1931-01");   /* opens the stretch to September */
    assert_string_equal(iso(&tl, 2), "1931-09");
    assert_string_equal(iso(&tl, 3), "1932-02");   /* alone: the next February */
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A date after the figure in another clause does not beat the date before
 * it; one in its own clause is still taken. */
static void pick_within_the_clause(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In 1943 the output was 310, and in 1944 it was 160. "
                    "The corps had 300 guns in March 1951. "
                    "They built 40 huts, with more to follow in 1952.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 4);
    size_t a = (size_t)(strstr(t, "310") - t), b = (size_t)(strstr(t, "160") - t);
    size_t c = (size_t)(strstr(t, "300") - t), d = (size_t)(strstr(t, "40 huts") - t);
    assert_int_equal(tally_timeline_pick_in(&tl, t, 0, a, a + 3), 0);   /* 1943 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 0, b, b + 3), 1);   /* 1944 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 1, c, c + 3), 2);   /* March 1951 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 2, d, d + 2), -1);  /* not 1952 */
    assert_int_equal(tally_timeline_pick(&tl, 2, d, d + 2), 3);        /* without the text */
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void spans_and_events(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In February 1952 the line held. "
                    "From November 1951 to the armistice they kept 40 divisions. "
                    "Units raised since the prior October numbered 12. "
                    "The 1950-51 campaign cost much. "
                    "For two years of war in the Ruritanian War they held.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    /* 0 February 1952, 1 November 1951 (+2 the armistice, absorbed),
       3 the prior October, 4 1950-51, 5 years of war, 6 the Ruritanian War */
    assert_int_equal(tl.n, 7);
    assert_string_equal(iso(&tl, 1), "1951-11/1953-07-27");
    assert_int_equal(tl.v[2].absorbed, 1);
    assert_string_equal(iso(&tl, 3), "1951-10");       /* October before February 1952 */
    assert_int_equal(tl.v[3].limit, 1);
    assert_string_equal(iso(&tl, 4), "1950/1951");
    assert_int_equal(tl.v[6].kind, TALLY_DX_EVENT);
    assert_string_equal(iso(&tl, 6), "1920-05-01/1922-11-30");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void war_span_after_event(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "The Ruritanian War was long. Throughout the war the navy kept 9 ships.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 2);
    assert_int_equal(tl.v[1].kind, TALLY_DX_WAR);
    assert_string_equal(iso(&tl, 1), "1920-05-01/1922-11-30");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void plans_do_not_move_time(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    /* "in September" is a plan: the date in force stays 23 June */
    const char *t = "On 23 June 1951 he said the wing would fly in September. He wanted 40 more.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 2);
    assert_string_equal(iso(&tl, 1), "1951-09");
    assert_int_equal(tl.v[1].anchor, 0);
    assert_int_equal(tl.ctx[1], 0);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void year_from_later_date(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    /* "early December" takes its year from the next December of the
     * paragraph, not from June; "27 August" from 8 September of its own
     * sentence */
    const char *t = "In early December the corps rested. It crossed in June 1950. "
                    "On 4 December 1950 it had 300 guns. On 27 August and 8 September 1951 it "
                    "moved.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.sorted, 1);
    assert_int_equal(tl.n, 5);
    assert_string_equal(iso(&tl, 0), "1950-12");
    assert_int_equal(tl.v[0].year_src, 2);             /* "4 December 1950" */
    assert_string_equal(iso(&tl, 1), "1950-06");
    assert_string_equal(iso(&tl, 2), "1950-12-04");
    assert_string_equal(iso(&tl, 3), "1951-08-27");
    assert_int_equal(tl.v[3].year_src, 4);             /* "8 September 1951" */
    assert_string_equal(iso(&tl, 4), "1951-09-08");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void first_day_of_span(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "The corps moved in 1951. A telegram of 20 March 1951 and 2 April 1951 "
                    "followed.";
    tally_segments seg;
    tally_timeline tl;
    tally_ymd d = {0, 0, 0};
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 3);
    size_t s2 = seg.sents[1].start, e2 = seg.sents[1].end;
    size_t march = (size_t)(strstr(t, "20 March") - t), april = (size_t)(strstr(t, "2 April") - t);
    assert_int_equal(tally_timeline_first_day(&tl, s2, e2, 1950, 1952, &d), 1);
    assert_int_equal(d.y, 1951);
    assert_int_equal(d.m, 3);
    assert_int_equal(d.d, 20);
    assert_int_equal(tally_timeline_first_day(&tl, april, e2, 1950, 1952, &d), 1);
    assert_int_equal(d.m, 4);
    assert_int_equal(d.d, 2);
    /* "1951" alone has no day; years out of range; a date cut by the end */
    assert_int_equal(tally_timeline_first_day(&tl, 0, seg.sents[0].end, 1000, 2100, &d), 0);
    assert_int_equal(tally_timeline_first_day(&tl, s2, e2, 1940, 1941, &d), 0);
    assert_int_equal(tally_timeline_first_day(&tl, s2, march + 5, 1950, 1952, &d), 0);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* "from 12 marks in 1948 to 60 marks in 1951": the 60 is a count before its
 * noun, not the year 1960 ending a span; "1948 to 51" alone still is. */
static void count_after_year_and_to(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "The rate rose from 12 marks in 1948 to 60 marks in 1951. "
                    "The plan ran from 1948 to 51.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 3);
    assert_string_equal(iso(&tl, 0), "1948");
    assert_string_equal(iso(&tl, 1), "1951");
    assert_string_equal(iso(&tl, 2), "1948/1951");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A month without a year takes the year its paragraph wrote with that month
 * earlier, even after the time in force moved on into the next year. */
static void month_from_earlier_in_paragraph(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "On 3 October 1947 the corps asked for 200 lorries. By March 90 had come. "
                    "The depot was built between 10 October and 20 January.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 4);
    assert_string_equal(iso(&tl, 0), "1947-10-03");
    assert_string_equal(iso(&tl, 1), "1948-03");               /* after October: 1948 */
    assert_string_equal(iso(&tl, 2), "1947-10-10/1948-01-20"); /* the October of 1947 */
    assert_string_equal(iso(&tl, 3), "1948-01-20");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* In an endnote, the months after the date of the document it cites are
 * the months before that date: "a return of 15 February 1950 ... 700 in
 * November" is November 1949. */
static void dated_note_looks_back(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "The depots held 2,100 tons. "
                    "Return of 15 February 1950. The depots held 700 in November and "
                    "800 in January.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    seg.endnotes_start = seg.sents[1].start;
    for (size_t i = 1; i < seg.nsents; i++) {
        seg.sents[i].section = TALLY_SECTION_ENDNOTE;
        seg.sents[i].endnote = 1;
        seg.sents[i].para = 2;
    }
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 3);
    assert_string_equal(iso(&tl, 0), "1950-02-15");
    assert_string_equal(iso(&tl, 1), "1949-11");   /* before the return */
    assert_string_equal(iso(&tl, 2), "1950-01");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void format_and_parse(void **state)
{
    (void)state;
    tally_ymd a = {1951, 4, 0}, b = {1951, 4, 0}, c = {1953, 7, 27};
    char out[32];
    tally_date_format(a, b, out);
    assert_string_equal(out, "1951-04");
    tally_date_format(a, c, out);
    assert_string_equal(out, "1951-04/1953-07-27");
    tally_ymd z = {0, 0, 0};
    tally_date_format(z, z, out);
    assert_string_equal(out, "");
    assert_int_equal(tally_date_parse("1950-06-25/1953-07-27", &a, &b), 0);
    assert_int_equal(a.y, 1950);
    assert_int_equal(a.d, 25);
    assert_int_equal(b.m, 7);
    assert_int_equal(tally_date_parse("1951", &a, &b), 0);
    assert_int_equal(b.y, 1951);
    assert_int_equal(b.m, 0);
    assert_int_equal(tally_date_parse("1951-13", &a, &b), -1);
    assert_int_equal(tally_date_parse("soon", &a, &b), -1);
    /* 1951-03-01 is 59 days after 1951-01-01 */
    tally_ymd j = {1951, 1, 1}, m = {1951, 3, 1}, f = {1951, 2, 0};
    assert_int_equal(tally_ymd_days(m, 0) - tally_ymd_days(j, 0), 59);
    assert_int_equal(tally_ymd_days(f, 1) - tally_ymd_days(f, 0), 27);
}

static void spans_of_months_wrap(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    /* February 1974 in force: "from November to the end of May" is the
     * winter around it, 1973-11/1974-05, not 1974-11 alone */
    const char *t = "Between February 1974 and the end of May the barges carried 4,100 tons. "
                    "From November to the end of May they moved 9,300 tons. "
                    "In October 1952 the rains came. From November to March the road was shut.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 7);
    assert_string_equal(iso(&tl, 0), "1974-02/1974-05");
    assert_int_equal(tl.v[1].absorbed, 1);
    assert_string_equal(iso(&tl, 2), "1973-11/1974-05");
    assert_int_equal(tl.v[3].absorbed, 1);
    /* October 1952 in force: November 1952 to March 1953, ahead of it */
    assert_string_equal(iso(&tl, 4), "1952-10");
    assert_string_equal(iso(&tl, 5), "1952-11/1953-03");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A list of bare months with commas and a last "and" is one span, joined
 * into its first month, and a later month of the list keeps its year;
 * dates with days in such a list stay apart. */
static void month_lists_are_one_span(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In October 1950 the snow came. "
                    "Through November, December and January the crews cleared 80 miles of road. "
                    "The depots lost 12 trucks in November. "
                    "Convoys left on 3 May, 4 June and 5 July.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 8);
    assert_string_equal(iso(&tl, 0), "1950-10");
    assert_string_equal(iso(&tl, 1), "1950-11/1951-01");
    assert_int_equal(tl.v[2].absorbed, 1);
    assert_int_equal(tl.v[3].absorbed, 1);
    /* November after the list is the list's November, not 1951-11 */
    assert_string_equal(iso(&tl, 4), "1950-11");
    assert_int_equal(tl.v[6].absorbed, 0);
    assert_int_equal(tl.v[7].absorbed, 0);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void targets_do_not_move_time(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    /* "by the end of 1958" after "to be finished" is a target; the making
     * of a plan ("The plan agreed in October 1953") is the narrative's
     * time; "plan to" is a verb of the future */
    const char *t = "In the spring of 1957 the staff met. "
                    "They proposed a canal, to be finished by the end of 1958. "
                    "The engineers asked for 3,000 men. "
                    "The plan agreed in October 1953 needed 200 barges. "
                    "We plan to send ten barges in January. "
                    "By June 1954 it had 150.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 5);
    assert_string_equal(iso(&tl, 1), "1958-12");
    assert_int_equal(tl.v[1].target, 2);
    assert_int_equal(tl.v[1].anchor, 0);
    assert_int_equal(tl.ctx[2], 0);                  /* still the spring of 1957 */
    assert_int_equal(tl.v[2].anchor, 1);             /* October 1953 */
    assert_int_equal(tl.v[2].target, 0);
    assert_string_equal(iso(&tl, 3), "1954-01");     /* January after October 1953 */
    assert_int_equal(tl.v[3].target, 1);
    assert_int_equal(tl.ctx[4], 2);
    assert_int_equal(tl.v[4].target, 0);             /* "By June 1954": no goal named */
    assert_int_equal(tl.v[4].anchor, 1);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void season_as_subject(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "By October 1957 only 38 km were done, and the winter stopped work.";
    tally_datex *d;
    size_t n;
    assert_int_equal(tally_dates_find(t, 0, strlen(t), lex, &d, &n, &err), TALLY_OK);
    assert_int_equal(n, 2);
    assert_int_equal(d[1].start, (size_t)(strstr(t, "winter") - t));
    assert_int_equal(d[1].need_year, 1);
    free(d);
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso(&tl, 1), "1957-12/1958-02");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void season_to_last_through(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    /* a winter the stores are to last through is no time of the story: the
     * "June" after it is still the year of "April 1948" */
    const char *t = "In April 1948 the garrison asked for oats to last through the winter. "
                    "In June 300 wagons came.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 3);
    assert_string_equal(iso(&tl, 1), "1948-12/1949-02");
    assert_int_equal(tl.v[1].anchor, 0);
    assert_string_equal(iso(&tl, 2), "1948-06");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void pick_next_to_the_figure(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "It built 38 guns in 1972, 74 in 1973 and 96 in 1974. "
                    "In 1924 they lent 25 million, 15 million of it paid at once and the "
                    "rest in 1925.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 5);
    size_t a = (size_t)(strstr(t, "38") - t), b = (size_t)(strstr(t, "74 in") - t);
    size_t c = (size_t)(strstr(t, "96") - t), e = (size_t)(strstr(t, "15 million") - t);
    assert_int_equal(tally_timeline_pick_in(&tl, t, 0, a, a + 2), 0);   /* 1972 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 0, b, b + 2), 1);   /* 1973, not 1972 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 0, c, c + 2), 2);   /* 1974 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 1, e, e + 10), 3);  /* 1924, not 1925 */
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* The ISO form of the expression of tl starting at the first occurrence of
 * what in t. */
static const char *iso_of(const tally_timeline *tl, const char *t, const char *what)
{
    const char *p = strstr(t, what);
    assert_non_null(p);
    for (size_t k = 0; k < tl->n; k++)
        if (tl->v[k].start == (size_t)(p - t))
            return iso(tl, k);
    fail_msg("no expression at \"%s\"", what);
    return "";
}

/* "the first N months of the war" counts from the war's start: the named
 * war's, else the first month the body dates (the story's opening). */
static void war_opening_months(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "The militia marched in November 1917. "
                    "In the first four months of the war it lost 300 horses. "
                    "They held on.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    /* November 1917 + four months: November, December, January, February */
    assert_string_equal(iso_of(&tl, t, "the first four months"), "1917-11/1918-02");
    assert_int_equal(tl.ctx[2], 1);   /* a past time: it stays in force */
    tally_timeline_free(&tl);
    free(seg.sents);
    const char *u = "The Ruritanian War was long. Its first year of war cost 12 ships.";
    split(u, &seg);
    assert_int_equal(tally_timeline_build(u, &seg, lex, &tl, &err), TALLY_OK);
    /* the war opened on 1920-05-01: twelve months to April 1921 */
    assert_string_equal(iso_of(&tl, u, "first year of war"), "1920-05/1921-04");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A month without a year that turns back within the period the title gives
 * takes the year that keeps it in the period. */
static void title_period_keeps_months_in(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *body = "On 2 January 1941 the mayor cut the bread ration. On 9 November the "
                       "first convoy had been turned back. In February the ice road opened.";
    char t[400];
    snprintf(t, sizeof t, "Harn under Blockade, October 1940 - March 1941\n\n%s", body);
    tally_segments seg;
    tally_timeline tl;
    /* the title is a sentence of its own (no final period) */
    split(t, &seg);
    size_t title_end = (size_t)(strstr(t, "\n\n") - t);
    memmove(&seg.sents[1], &seg.sents[0], seg.nsents * sizeof *seg.sents);
    seg.nsents++;
    seg.sents[0].end = title_end;
    seg.sents[1].start = title_end + 2;
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "2 January 1941"), "1941-01-02");
    assert_string_equal(iso_of(&tl, t, "9 November"), "1940-11-09");   /* back, in the period */
    assert_string_equal(iso_of(&tl, t, "February"), "1941-02");   /* and on again */
    tally_timeline_free(&tl);
    free(seg.sents);
    /* without the title the month goes forward in the year in force */
    split(body, &seg);
    assert_int_equal(tally_timeline_build(body, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, body, "9 November"), "1941-11-09");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* Segments for text whose blank lines end paragraphs: each paragraph split
 * into sentences at ". " as split() does. */
static void split_paras(const char *text, tally_segments *seg)
{
    memset(seg, 0, sizeof *seg);
    seg->sents = calloc(32, sizeof *seg->sents);
    assert_non_null(seg->sents);
    size_t i = 0, len = strlen(text);
    int para = 1;
    while (i < len && seg->nsents < 32) {
        const char *gap = strstr(text + i, "\n\n");
        size_t pend = gap ? (size_t)(gap - text) : len;
        while (i < pend) {
            const char *e = strstr(text + i, ". ");
            size_t end = e && (size_t)(e - text) < pend ? (size_t)(e - text) + 1 : pend;
            tally_sentence *s = &seg->sents[seg->nsents++];
            s->start = i;
            s->end = end;
            s->para = para;
            i = end < pend ? end + 1 : pend;
        }
        para++;
        i = pend + 2;
    }
    seg->endnotes_start = len;
}

/* The ISO form of the date in force when the sentence holding what starts. */
static const char *in_force_at(const tally_timeline *tl, const tally_segments *seg,
                               const char *t, const char *what)
{
    const char *p = strstr(t, what);
    assert_non_null(p);
    size_t si = 0;
    while (si + 1 < seg->nsents && seg->sents[si + 1].start <= (size_t)(p - t))
        si++;
    if (tl->ctx[si] < 0)
        return "";
    return iso(tl, (size_t)tl->ctx[si]);
}

static void report_dateline(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    /* a date alone on a front-matter line dates "now" and each section */
    const char *t = "SUPPLY REPORT FOUR\n\n3 May 1961\n\nSTOCKS\n\n"
                    "In 1958 the depots held 200 tons. The yards build 30 boats a year "
                    "now, against 20 until now.\n\nOUTPUT\n\nThe plants make 500 tons a month.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(iso(&tl, (size_t)tl.dateline), "1961-05-03");
    assert_string_equal(iso_of(&tl, t, "now,"), "1961-05-03");
    const char *p = strstr(t, "30 boats");
    long k = tally_timeline_pick_in(&tl, t, 4, (size_t)(p - t), (size_t)(p - t) + 2);
    assert_true(k >= 0);
    assert_string_equal(iso(&tl, (size_t)k), "1961-05-03");   /* not 1958 */
    for (size_t j = 0; j < tl.n; j++)   /* "until now" is a bound, no date */
        assert_true(tl.v[j].start != (size_t)(strstr(t, "now.") - t));
    assert_string_equal(in_force_at(&tl, &seg, t, "The plants"), "1961-05-03");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* without a dateline "now" is no date and the year in force stays */
    t = "SUPPLY REPORT FOUR\n\nSTOCKS\n\nIn 1958 the depots held 200 tons. The yards "
        "build 30 boats a year now.\n\nOUTPUT\n\nThe plants make 500 tons a month.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline < 0);
    assert_string_equal(in_force_at(&tl, &seg, t, "The plants"), "1958");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void study_of_operation(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    /* a dated study of an operation "to open on" a later day: its sections
       and present tense are of the operation's time, not the study's */
    const char *t = "PLAN FOR OPERATION KESTREL\n\n2 February 1952\n\nAIM\n\n"
                    "The crossing at Vell is to open on 15 March and to last ten days. "
                    "The brigades hold 40 boats.\n\nBOATS\n\nEach boat carries 12 men. "
                    "In January the yards built 9 boats.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(iso(&tl, (size_t)tl.dateline), "1952-02-02");
    int opens = 0;
    for (size_t j = 0; j < tl.n; j++)
        opens += tl.v[j].opens;
    assert_int_equal(opens, 1);
    assert_string_equal(iso_of(&tl, t, "15 March"), "1952-03-15");
    assert_string_equal(in_force_at(&tl, &seg, t, "The brigades"), "1952-03-15");
    assert_string_equal(in_force_at(&tl, &seg, t, "Each boat"), "1952-03-15");
    assert_string_equal(iso_of(&tl, t, "January"), "1952-01");   /* the study's past */
    tally_timeline_free(&tl);
    free(seg.sents);
    /* a day already past when the study is dated is no operation ahead */
    t = "PLAN FOR OPERATION KESTREL\n\n2 February 1952\n\nAIM\n\n"
        "The crossing at Vell was to open on 15 January. The brigades are short of 40 boats.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(in_force_at(&tl, &seg, t, "The brigades are"), "1952-02-02");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void report_dated_in_a_line(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    /* a front-matter line with one full date dates a report that tells of
       its own time: its sections and its present-tense sentences */
    const char *t = "HIGHWAY BOARD\n\nReport 4/52, sent to the governor on 12 May 1952.\n\n"
                    "PROGRESS\n\nWork started in June 1950. The gangs have laid 80 km of road, "
                    "and 15 km are gravel.\n\nMACHINES\n\nIn August 1951 the board bought 12 "
                    "graders. The graders were cheap. Of the 20 rollers, 6 are idle.\n\nLABOUR\n\n"
                    "Between January and April the gangs worked 90 days.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(iso(&tl, (size_t)tl.dateline), "1952-05-12");
    assert_string_equal(in_force_at(&tl, &seg, t, "Work started"), "1952-05-12");
    assert_string_equal(in_force_at(&tl, &seg, t, "The gangs have"), "1952-05-12");
    assert_string_equal(in_force_at(&tl, &seg, t, "Of the 20"), "1952-05-12");
    /* a past-tense sentence stays in the time the narrative reached */
    assert_string_equal(in_force_at(&tl, &seg, t, "The graders were"), "1951-08");
    assert_string_equal(iso_of(&tl, t, "January"), "1952-01/1952-04");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* a study dated years after what it studies: no dateline */
    t = "SUPPLY STUDY\n\nStaff study 9, issued on 3 June 1953.\n\nDEPOTS\n\n"
        "In March 1940 the depots held 300 tons. The depots are far from the front.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline < 0);
    assert_string_equal(in_force_at(&tl, &seg, t, "The depots are"), "1940-03");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void report_compares_with_a_past_year(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    /* a memorandum dated on a line with a short line after it; a bare
       earlier year it compares with dates only its own sentence, and the
       report's present comes back in a sentence with no verb of the past */
    const char *t = "FUEL FOR THE CORPS\n\nMemorandum No. 7/48, 14 May 1948. For the Chief.\n\n"
                    "NEEDS\n\nThe trials of 1947 showed that a tank uses 90 litres. "
                    "The corps therefore needs 400 tons a day. "
                    "On 3 May 40 trucks stood idle.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(iso(&tl, (size_t)tl.dateline), "1948-05-14");
    assert_string_equal(in_force_at(&tl, &seg, t, "The corps therefore"), "1948-05-14");
    assert_string_equal(iso_of(&tl, t, "3 May"), "1948-05-03");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* a sentence of the past after the earlier year stays in it */
    t = "FUEL FOR THE CORPS\n\nMemorandum No. 7/48, 14 May 1948. For the Chief.\n\n"
        "NEEDS\n\nThe trials of 1947 showed that a tank uses 90 litres. "
        "The trials were held in the hills.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(in_force_at(&tl, &seg, t, "The trials were"), "1947");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* The base of a comparison ("than in 1950", "compared with 1950") is no
 * time of the story: the figures of its sentence keep the sentence's own
 * date, and the next sentence the date in force before it. */
static void comparison_base_is_no_time(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "By the end of 1957 the depots held 8,400 lorries, 2,100 more than in "
                    "1950, and 700 of them were new. The workshops had grown to 31. "
                    "In March 1958 exports were 40 per cent higher compared with 1955.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 4);
    size_t a = (size_t)(strstr(t, "700") - t), b = (size_t)(strstr(t, "31") - t);
    size_t c = (size_t)(strstr(t, "40 per") - t);
    assert_int_equal(tl.v[1].evidence, 1);                              /* 1950 */
    assert_int_equal(tl.v[1].anchor, 0);
    assert_int_equal(tally_timeline_pick_in(&tl, t, 0, a, a + 3), 0);   /* 1957, not 1950 */
    assert_string_equal(in_force_at(&tl, &seg, t, "The workshops"), "1957-12");
    assert_int_equal(tally_timeline_pick_in(&tl, t, 1, b, b + 2), -1);  /* no date of its own */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 2, c, c + 2), 2);   /* March 1958 */
    assert_int_equal(tl.v[3].evidence, 1);                              /* 1955 */
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A date telling when a thing or rule was made, in a participle phrase
 * ("its west wall, built in 1880,", "the scale set in 1925 was") dates no
 * figure and moves nothing; "were built in 1880" is the story's.  A
 * sentence about the work itself ("This study covers ... to 1950") gives
 * its scope: the date in force stays. */
static void origins_and_scope_are_no_time(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In April 1921 the depot was full. Its west wall, built in 1880, held 40 "
                    "cannon. The scale set in 1925 is 3 rounds a gun. This study covers the "
                    "depot up to 1950. It had 12 clerks. Two sheds were built in 1882 for "
                    "6 wagons.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    size_t a = (size_t)(strstr(t, "40 ") - t), b = (size_t)(strstr(t, "3 rounds") - t);
    size_t c = (size_t)(strstr(t, "6 wagons") - t);
    assert_int_equal(tl.v[1].origin, 1);                               /* 1880 */
    assert_int_equal(tl.v[1].anchor, 0);
    assert_int_equal(tally_timeline_pick_in(&tl, t, 1, a, a + 2), -1);
    assert_int_equal(tl.v[2].origin, 1);                               /* 1925 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 2, b, b + 1), -1);
    assert_string_equal(in_force_at(&tl, &seg, t, "The scale"), "1921-04");
    assert_int_equal(tl.v[3].anchor, 0);                               /* 1950: scope */
    assert_string_equal(in_force_at(&tl, &seg, t, "It had 12"), "1921-04");
    assert_int_equal(tl.v[4].origin, 0);                               /* were built in 1882 */
    assert_int_equal(tally_timeline_pick_in(&tl, t, 5, c, c + 1), 4);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* "the armistice" of the events table (1953) in a text of 1918 is another
 * armistice: it dates nothing; near its own years it is the table's. */
static void far_events_date_nothing(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In October 1918 the army had 9 trains. After the armistice it kept 4.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 2);
    assert_int_equal(tl.v[1].kind, TALLY_DX_EVENT);
    assert_int_equal(tl.v[1].from.y, 0);
    tally_timeline_free(&tl);
    free(seg.sents);
    const char *u = "In June 1953 the army had 9 trains. After the armistice it kept 4.";
    split(u, &seg);
    assert_int_equal(tally_timeline_build(u, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, u, "the armistice"), "1953-07-27");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A named event of the table more than three years beyond every year the
 * document writes is another of the same name: a story of 1946 has its
 * own armistice.  Within three years it is the table's. */
static void unwritten_event_years(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In May 1946 the fleet had 22 sweepers. After the armistice it kept 14.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 2);
    assert_int_equal(tl.v[1].kind, TALLY_DX_EVENT);
    assert_int_equal(tl.v[1].from.y, 0);   /* 1953 is 7 years past 1946 */
    tally_timeline_free(&tl);
    free(seg.sents);
    const char *u = "In June 1950 the army had 9 trains. After the armistice it kept 4.";
    split(u, &seg);
    assert_int_equal(tally_timeline_build(u, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, u, "the armistice"), "1953-07-27");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* "what it had bought in 1938" is the time a figure is measured against:
 * it dates no figure and moves no year; "carried forward into 1943" is
 * where a sum goes, not the time of the story. */
static void bases_and_years_carried_into(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In 1942 the mill paid 140 marks a ton. "
                    "The mark bought half of what it had bought in 1938. "
                    "The office carried 3,000 tons forward into 1943. "
                    "In May the mill ground 900 tons.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 4);
    assert_int_equal(tl.v[1].origin, 1);   /* 1938: a base */
    assert_int_equal(tl.v[1].anchor, 0);
    assert_int_equal(tl.v[2].anchor, 0);   /* into 1943 */
    assert_string_equal(iso_of(&tl, t, "May"), "1942-05");
    const char *h = strstr(t, "half");
    assert_non_null(h);
    size_t a = (size_t)(h - t);
    assert_int_not_equal(tally_timeline_pick_in(&tl, t, 1, a, a + 4), 1);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A deadline counted from the date in force ("by the end of the next
 * year" after "would") is a target: it does not move the story.  "the
 * fall of the crown" is no season. */
static void relative_deadlines_and_falls(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "In May 1950 the staff said it would have 12 ships by the end of the "
                    "next year. In June it had 7. The fall of the crown cost 2 million.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_int_equal(tl.n, 3);   /* May 1950, the next year, June: no "fall" */
    assert_int_equal(tl.v[1].kind, TALLY_DX_RELATIVE);
    assert_int_equal(tl.v[1].target, 2);
    assert_int_equal(tl.v[1].anchor, 0);
    assert_string_equal(iso_of(&tl, t, "June"), "1950-06");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A night written "12/13 May" is dated by its first day, and as the end
 * of a span by its second; "in the fifteen months that followed" is the
 * fifteen months after the month in force, "the ten months before
 * mobilisation" the ten before it; "by the new year" is the next January. */
static void nights_and_months_that_followed(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "Between the nights of 2/3 May and 5/6 May 1943 the boats took off 300 "
                    "men. On the night of 4/5 May 90 of them were lost. In the fifteen months "
                    "that followed the yard built 20 boats. In October 1944 it promised 5 "
                    "more by the new year.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "2/3 May"), "1943-05-02/1943-05-06");
    assert_string_equal(iso_of(&tl, t, "4/5 May"), "1943-05-04");
    assert_string_equal(iso_of(&tl, t, "the fifteen"), "1943-06/1944-08");
    assert_string_equal(iso_of(&tl, t, "the new"), "1945-01");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* "the ten months before" a thing: the ten months before the month in force */
    t = "The fleet was called up in March 1939. In the ten months before mobilisation "
        "the yard had built 30 boats.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "the ten"), "1938-05/1939-02");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void evidence_dates_do_not_move_time(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    /* the year of a source cited as evidence is not the story's year */
    const char *t = "In May 1944 the corps had 90 tanks. Diaries found in 1946 show that "
                    "it was so. In June it had 70 tanks.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "1946"), "1946");
    assert_string_equal(in_force_at(&tl, &seg, t, "In June"), "1944-05");
    assert_string_equal(iso_of(&tl, t, "June"), "1944-06");
    for (size_t k = 0; k < tl.n; k++)
        if (tl.v[k].start == (size_t)(strstr(t, "1946") - t))
            assert_int_equal(tl.v[k].anchor, 0);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* "between then and" a date spans from the date in force to it; "over the
 * six months" and "in the same months" are the span named before them (of
 * that length); "by the end of the year" is December of the year in force. */
static void spans_named_again(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "The siege of Harn began in September 1942. Between then and the end of "
                    "February 1943 the garrison lost 900 men. In April the bakers went on "
                    "strike.\n\nOver the six months the guns fired 30,000 rounds. By the end "
                    "of the year the garrison had 2,000 men.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    /* September 1942 to February 1943 */
    assert_string_equal(iso_of(&tl, t, "the end of February 1943"), "1942-09/1943-02");
    /* six months: back past April to that span */
    assert_string_equal(iso_of(&tl, t, "the six months"), "1942-09/1943-02");
    /* of the year in force: 1942, where the span starts */
    assert_string_equal(iso_of(&tl, t, "the end of the year"), "1942-12");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* a length no span before has: left unresolved, not guessed */
    t = "The siege of Harn began in September 1942. Between then and the end of "
        "February 1943 the garrison lost 900 men. Over the two years the guns fired 300 rounds.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "the two years"), "");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* "in the same months": any length; "from then until" a month */
    t = "The floods came in the summer of 1951. The army sent 400 boats in the same months. "
        "The river rose in March 1952. From then until June 1952 the dams held.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "the same months"), "1951-06/1951-08");
    assert_string_equal(iso_of(&tl, t, "June 1952"), "1952-03/1952-06");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* "Since" a month later in the year than the date in force looks back a
 * year and spans up to that date; so does a month after "had" and a
 * participle; "had ... by the end of December" is a deadline and keeps its
 * year. */
static void since_and_pluperfect_look_back(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "In April 1940 the depots held 90 tons. Since November the mills "
                    "have lost 30 tons a week. Bread that had sold for 2 pence in "
                    "September sold for 5 pence in April. By then 12 ovens had been "
                    "closed by the end of December.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "November"), "1939-11/1940-04");
    assert_string_equal(iso_of(&tl, t, "September"), "1939-09");
    assert_string_equal(iso_of(&tl, t, "April."), "1940-04");
    assert_string_equal(iso_of(&tl, t, "the end of December"), "1940-12");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* an earlier month after "since" keeps the year in force */
    t = "In October 1940 the depots held 90 tons. Since March the mills have lost 30 tons.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "March"), "1940-03/1940-10");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void general_rules_have_no_date(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    /* a lesson in the present after a dated story: no date in force for it,
       while the story's sentences, even without a verb like "was", keep theirs */
    const char *t = "In May 1952 the depots held 200 tons. The convoys moved 40 tons a day. "
                    "A port that loses a third of its cranes loses half of its cargo. "
                    "Planners should count on no more than 60 per cent of a port's rated "
                    "tonnage. The army kept 30 trucks in reserve.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(in_force_at(&tl, &seg, t, "The convoys"), "1952-05");
    assert_string_equal(in_force_at(&tl, &seg, t, "A port"), "");
    assert_int_equal(tl.generic[2], 1);
    assert_string_equal(in_force_at(&tl, &seg, t, "Planners"), "");
    assert_int_equal(tl.generic[3], 1);
    assert_string_equal(in_force_at(&tl, &seg, t, "The army kept"), "1952-05");
    assert_int_equal(tl.generic[4], 0);
    tally_timeline_free(&tl);
    free(seg.sents);
    /* a verb of the past makes it the story again: "should" in reported
       speech, a generic subject with a past verb */
    t = "In May 1952 the depots held 200 tons. The staff insisted that the army should "
        "receive 300 tons. A convoy that left Tarn lost 12 trucks. A port that loses "
        "its cranes would lose 40 tons a day.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(in_force_at(&tl, &seg, t, "The staff"), "1952-05");
    assert_string_equal(in_force_at(&tl, &seg, t, "A convoy"), "1952-05");
    assert_string_equal(in_force_at(&tl, &seg, t, "A port"), "1952-05");
    for (size_t si = 0; si < seg.nsents; si++)
        assert_int_equal(tl.generic[si], 0);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A winter named while a date up to March is in force is the one just
 * past; a month without a year inside a period running into the next year
 * takes the year that puts it inside; "the following spring" is the next
 * one; "the three months to April" ends with that April; "the first two
 * months of 1944" is January and February. */
static void seasons_and_spans_across_years(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "From November 1950 to March 1951 the mills ground 600 tons. The winter "
                    "was hard. Had the fuel come in January, 40 more tons were possible.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "winter"), "1950-12/1951-02");
    assert_string_equal(iso_of(&tl, t, "January"), "1951-01");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* in September a winter named is still the coming one */
    t = "The fleet left in September 1950. The winter stopped 12 ships.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "winter"), "1950-12/1951-02");
    tally_timeline_free(&tl);
    free(seg.sents);
    t = "The yards opened in October 1920 and launched 8 hulls the following spring. "
        "In June 1921 they launched 3 more, and the previous winter had cost them 2.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "the following spring"), "1921-03/1921-05");
    assert_string_equal(iso_of(&tl, t, "the previous winter"), "1920-12/1921-02");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* "the four months to May" ends with the May of the year in force */
    t = "The pact was signed on 2 January 1931. The mines sent 900 tons in the four "
        "months to May.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "the four months"), "1931-02/1931-05");
    assert_string_equal(iso_of(&tl, t, "May."), "1931-05");
    tally_timeline_free(&tl);
    free(seg.sents);
    /* "the first two months of 1944", "the last three months of 1945"; the
       count inside such a span is dated by it */
    t = "The boats sank 400 tons in 1943 and 46 tons in the first two months of 1944. "
        "In the last three months of 1945 they sank 9.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "the first two months of 1944"), "1944-01/1944-02");
    assert_string_equal(iso_of(&tl, t, "the last three months of 1945"), "1945-10/1945-12");
    size_t a = (size_t)(strstr(t, "46 tons") - t), b = (size_t)(strstr(t, "two months") - t);
    long k = tally_timeline_pick_in(&tl, t, 0, a, a + 2);
    assert_true(k >= 0);
    assert_string_equal(iso(&tl, (size_t)k), "1944-01/1944-02");   /* not 1943 */
    k = tally_timeline_pick_in(&tl, t, 0, b, b + 3);
    assert_true(k >= 0);
    assert_string_equal(iso(&tl, (size_t)k), "1944-01/1944-02");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A date inside "instead of ..." dates neither the figure before it nor
 * the one after a colon: they keep the date in force. */
static void contrast_dates_no_figure(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "The crown fell in May 1932. The loan now costs 7.5 million crowns, "
                    "instead of the 6.1 million it cost in 1929: a loss of 1.4 million.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    const char *f = strstr(t, "7.5");
    assert_int_equal(tally_timeline_pick_in(&tl, t, 1, (size_t)(f - t), (size_t)(f - t) + 3),
                     -1);
    f = strstr(t, "1.4");
    assert_int_equal(tally_timeline_pick_in(&tl, t, 1, (size_t)(f - t), (size_t)(f - t) + 3),
                     -1);
    /* the figure inside the contrast is the contrast's year's */
    f = strstr(t, "6.1");
    long k = tally_timeline_pick_in(&tl, t, 1, (size_t)(f - t), (size_t)(f - t) + 3);
    assert_true(k >= 0);
    assert_string_equal(iso(&tl, (size_t)k), "1929");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A winter without a year while a spring is in force is the winter just
 * past; a month inside a span of months into a new year, in the next
 * paragraph, takes the year that puts it inside the span. */
static void winters_past_and_spans_held(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "In the spring of 1938 the mills ran again. They had ground 70 tons "
                    "a week through the winter. In June they ground 90 tons.";
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "winter"), "1937-12/1938-02");
    assert_string_equal(iso_of(&tl, t, "June"), "1938-06");
    tally_timeline_free(&tl);
    free(seg.sents);
    t = "The port froze in November 1938. Barges ran between 1 December and 31 March. "
        "In February 30 barges sank.\n\nThe yard had 80 barges at the start of December "
        "and 45 by the end of March.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "February"), "1939-02");
    assert_string_equal(iso_of(&tl, t, "the start of December"), "1938-12");
    assert_string_equal(iso_of(&tl, t, "the end of March"), "1939-03");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* "the year before" is one year back from the date in force; "the middle
 * of 1949" is June 1949; "the month after" counts from an event, not from
 * the date in force, and is left alone. */
static void year_before_and_middle_of_year(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "The depot opened in May 1948. It copied the one at Tarn, built the year "
                    "before. The navy wanted 12 boats by the middle of 1949. Fires fell from 9 "
                    "in the month before the new rules to 4 in the month after. ";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "May 1948"), "1948-05");
    assert_string_equal(iso_of(&tl, t, "the year before"), "1947");
    assert_string_equal(iso_of(&tl, t, "the middle of 1949"), "1949-06");
    const char *p = strstr(t, "the month after");
    for (size_t k = 0; k < tl.n; k++)
        assert_true(tl.v[k].start != (size_t)(p - t));
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void season_before_a_dateline(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    /* a study dated in February: "the summer" it takes its rates from is
       the one before */
    const char *t = "ENGINEER STAFF\n\nNOTE No. 3/51: BRIDGING\n\n"
                    "Reference EN/51/4. Dated 9 February 1951.\n\nI. RATES\n\n"
                    "1. On 2 February 1951 the depots held 30 pontoons.\n\n"
                    "2. On the returns of the summer exercise a company builds "
                    "40 metres a day.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(iso(&tl, (size_t)tl.dateline), "1951-02-09");
    assert_string_equal(iso_of(&tl, t, "summer exercise"), "1950-06/1950-08");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* In a dated report a month written without its year after a verb of the
 * past ("were closed in November" in April) is the one gone by, and a
 * later sentence with no verb of the past is the report's present again;
 * a month after a verb of intent ("expected in November") or with no
 * verb before it ("from June") stays ahead. */
static void month_before_a_dateline(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "ORDNANCE BRANCH\n\nNOTE No. 8/52: RIFLES\n\n"
                    "Reference OR/52/9. Dated 10 April 1952.\n\nI. SUPPLY\n\n"
                    "1. On 2 April 1952 the depots held 300 rifles.\n\n"
                    "2. Since the Veltan mills were closed in November, the issue has "
                    "been cut to 600,000 rounds.\n\n"
                    "3. A rifle needs 40 rounds for its trials.\n\n"
                    "4. Had the scheme begun in October, 90 more would be ready.\n\n"
                    "5. A new press is expected in November, and the mills will deliver "
                    "from June.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(iso(&tl, (size_t)tl.dateline), "1952-04-10");
    assert_string_equal(iso_of(&tl, t, "November, the issue"), "1951-11");
    assert_string_equal(iso_of(&tl, t, "October"), "1951-10");
    assert_string_equal(iso_of(&tl, t, "November, and"), "1952-11");
    assert_string_equal(iso_of(&tl, t, "June"), "1952-06");
    /* the sentence after the past month: the report's day again */
    const char *p = strstr(t, "A rifle");
    size_t si = 0;
    while (si < seg.nsents && seg.sents[si].start != (size_t)(p - t))
        si++;
    assert_true(si < seg.nsents);
    assert_int_equal(tl.ctx[si], tl.dateline);
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* 1 when some expression of tl starts at the first occurrence of what. */
static int has_expr_at(const tally_timeline *tl, const char *t, const char *what)
{
    const char *p = strstr(t, what);
    assert_non_null(p);
    for (size_t k = 0; k < tl->n; k++)
        if (tl->v[k].start == (size_t)(p - t))
            return 1;
    return 0;
}

/* A season naming a kind of thing ("the winter scale", "the summer
 * uniform") is no date; a rule approved in a past year dates no figure; a
 * month after "expects" is a forecast that leaves the report's day in
 * force. */
static void season_kinds_and_forecasts(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_segments seg;
    tally_timeline tl;
    const char *t = "ARMY STORES\n\n3 March 1951\n\nNEEDS\n\n"
                    "The summer uniform approved in 1948 is two shirts a man. "
                    "Boots cost 12 crowns on the winter scale. The stores hold 400 coats.\n\n"
                    "The depot expects 90 more coats in June. Of these, 20 were torn.";
    split_paras(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_true(tl.dateline >= 0);
    assert_string_equal(iso(&tl, (size_t)tl.dateline), "1951-03-03");
    assert_false(has_expr_at(&tl, t, "summer"));
    assert_false(has_expr_at(&tl, t, "winter"));
    const char *p = strstr(t, "1948");
    size_t k = 0;
    while (k < tl.n && tl.v[k].start != (size_t)(p - t))
        k++;
    assert_true(k < tl.n);
    assert_true(tl.v[k].origin);   /* found, but it dates no figure */
    assert_string_equal(in_force_at(&tl, &seg, t, "The stores hold"), "1951-03-03");
    assert_string_equal(iso_of(&tl, t, "June"), "1951-06");
    assert_string_equal(in_force_at(&tl, &seg, t, "Of these"), "1951-03-03");
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* Build text and segments from sentences each tagged with its paragraph:
 * sentences of one paragraph joined by a space, paragraphs by a blank line. */
static char *join_paras(const char *const *sents, const int *para, size_t n,
                        tally_segments *seg)
{
    memset(seg, 0, sizeof *seg);
    seg->sents = calloc(n + 1, sizeof *seg->sents);
    char *t = calloc(1, 1024);
    assert_non_null(seg->sents);
    assert_non_null(t);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            const char *gap = para[i] != para[i - 1] ? "\n\n" : " ";
            memcpy(t + len, gap, strlen(gap));
            len += strlen(gap);
        }
        tally_sentence *s = &seg->sents[seg->nsents++];
        s->start = len;
        memcpy(t + len, sents[i], strlen(sents[i]));
        len += strlen(sents[i]);
        s->end = len;
        s->para = para[i];
        s->sent = (int)i + 1;
    }
    t[len] = '\0';
    seg->endnotes_start = len;
    return t;
}

/* The ISO date in force at sentence si ("" when none). */
static const char *ctx_iso(const tally_timeline *tl, size_t si)
{
    return tl->ctx[si] < 0 ? "" : iso(tl, (size_t)tl->ctx[si]);
}

/* A paragraph that opens without a date and then sets an earlier scene with
 * a time phrase at the head of a sentence ("Between June and August 1961
 * ...") dates its opening sentences by it, not by the previous paragraph;
 * a later date, or an earlier one that only qualifies a word ("bought in
 * 1955"), leaves the date in force alone. */
static void paragraph_steps_back(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    static const char *const cases[][3] = {
        /* first paragraph, opening sentence, sentence that dates, then the
           expected date of the opening sentence */
        {"In 1963 the Brenmoor depot held 40 lorries.",
         "The lorries could carry 3 tons each over 200 km.",
         "Between June and August 1961 they moved 900 loads."},
        {"In 1958 the Brenmoor depot held 40 lorries.",
         "The lorries could carry 3 tons each over 200 km.",
         "In March 1959 they moved 900 loads."},
        {"In 1963 the Brenmoor depot held 40 lorries.",
         "The depot kept 12 lorries on the coast road.",
         "It still had the 9 that were bought in 1955."},
        {"In 1963 the Brenmoor depot held 40 lorries.",
         "The depot kept 12 lorries on the coast road.",
         "Over the winter, in 1960, it had lent 9 of them."},
    };
    static const char *const want[] = {"1961-06/1961-08", "1958", "1963", "1963"};
    static const int para[] = {1, 2, 2};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        tally_segments seg;
        tally_timeline tl;
        char *t = join_paras(cases[c], para, 3, &seg);
        assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
        assert_string_equal(ctx_iso(&tl, 1), want[c]);
        tally_timeline_free(&tl);
        free(seg.sents);
        free(t);
    }
    /* one paragraph: no earlier paragraph's date to replace */
    tally_segments seg;
    tally_timeline tl;
    static const int one[] = {1, 1, 1};
    char *t = join_paras(cases[0], one, 3, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(ctx_iso(&tl, 1), "1963");
    tally_timeline_free(&tl);
    free(seg.sents);
    free(t);
    tally_lexicon_free(lex);
}

/* "May" is a month wherever a date stands: after "between", "from", "in",
 * "of", "by", before "and" and another month, after a day and before a
 * year; the modal verb "may" is none, even after "that" or "by". */
static void may_the_month(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "Between May and August 1961 the Tarvel yard built 40 hulls. "
                    "The yard may need 300 more welders. "
                    "From May to July 1962 it launched 12. "
                    "Its output fell by May 1963. "
                    "The docks that may close held 9 cranes. "
                    "On 4 May 1964 the last hull left. "
                    "May and June brought 7 storms.";
    tally_segments seg;
    tally_timeline tl;
    split(t, &seg);
    assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
    assert_string_equal(iso_of(&tl, t, "May and August"), "1961-05/1961-08");
    assert_string_equal(iso_of(&tl, t, "May to July"), "1962-05/1962-07");
    assert_string_equal(iso_of(&tl, t, "May 1963"), "1963-05");
    assert_string_equal(iso_of(&tl, t, "4 May"), "1964-05-04");
    assert_string_equal(iso_of(&tl, t, "May and June"), "1964-05/1964-06");
    for (size_t k = 0; k < tl.n; k++)   /* the modal "may" dates nothing */
        assert_false(strncmp(t + tl.v[k].start, "may", 3) == 0);
    assert_int_equal(tl.n, 8);   /* the five above, "August 1961", "July 1962", "June" */
    tally_timeline_free(&tl);
    free(seg.sents);
    tally_lexicon_free(lex);
}

/* A plan referred back to ("assumed in the plan of October 1963") dates
 * nothing after its sentence: the next sentence stays at the time told, and
 * a later month without a year takes the story's year, not the plan's.  The
 * date without the plan moves the story. */
static void document_dates_stay_put(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    static const char *const cases[][3] = {
        {"Between May and June 1964 the Tarvel road was paved, slower than "
         "assumed in the plan of October 1963.",
         "Six gangs of 90 men worked on it.",
         "On 12 June the best gang laid 2 km."},
        {"Between May and June 1964 the Tarvel road was paved, as laid down "
         "under the programme of 1962.",
         "Six gangs of 90 men worked on it.",
         "On 12 June the best gang laid 2 km."},
        {"Between May and June 1964 the Tarvel road was paved, and work went on "
         "in October 1963.",
         "Six gangs of 90 men worked on it.",
         "On 12 June the best gang laid 2 km."},
    };
    static const char *const want[][2] = {{"1964-05/1964-06", "1964-06-12"},
                                          {"1964-05/1964-06", "1964-06-12"},
                                          {"1963-10", "1963-06-12"}};
    static const int para[] = {1, 2, 2};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        tally_segments seg;
        tally_timeline tl;
        char *t = join_paras(cases[c], para, 3, &seg);
        assert_int_equal(tally_timeline_build(t, &seg, lex, &tl, &err), TALLY_OK);
        assert_string_equal(ctx_iso(&tl, 1), want[c][0]);
        assert_true(tl.first[3] > tl.first[2]);   /* "On 12 June" is found */
        assert_string_equal(iso(&tl, tl.first[2]), want[c][1]);
        tally_timeline_free(&tl);
        free(seg.sents);
        free(t);
    }
    tally_lexicon_free(lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(explicit_dates),
        cmocka_unit_test(may_the_month),
        cmocka_unit_test(not_years),
        cmocka_unit_test(year_in_force),
        cmocka_unit_test(months_roll_over),
        cmocka_unit_test(month_pair_does_not_roll),
        cmocka_unit_test(pick_within_the_clause),
        cmocka_unit_test(spans_and_events),
        cmocka_unit_test(war_span_after_event),
        cmocka_unit_test(war_opening_months),
        cmocka_unit_test(plans_do_not_move_time),
        cmocka_unit_test(year_from_later_date),
        cmocka_unit_test(first_day_of_span),
        cmocka_unit_test(count_after_year_and_to),
        cmocka_unit_test(month_from_earlier_in_paragraph),
        cmocka_unit_test(dated_note_looks_back),
        cmocka_unit_test(format_and_parse),
        cmocka_unit_test(spans_of_months_wrap),
        cmocka_unit_test(month_lists_are_one_span),
        cmocka_unit_test(targets_do_not_move_time),
        cmocka_unit_test(season_as_subject),
        cmocka_unit_test(season_to_last_through),
        cmocka_unit_test(pick_next_to_the_figure),
        cmocka_unit_test(title_period_keeps_months_in),
        cmocka_unit_test(report_dateline),
        cmocka_unit_test(study_of_operation),
        cmocka_unit_test(report_dated_in_a_line),
        cmocka_unit_test(report_compares_with_a_past_year),
        cmocka_unit_test(year_before_and_middle_of_year),
        cmocka_unit_test(evidence_dates_do_not_move_time),
        cmocka_unit_test(comparison_base_is_no_time),
        cmocka_unit_test(spans_named_again),
        cmocka_unit_test(since_and_pluperfect_look_back),
        cmocka_unit_test(general_rules_have_no_date),
        cmocka_unit_test(seasons_and_spans_across_years),
        cmocka_unit_test(contrast_dates_no_figure),
        cmocka_unit_test(origins_and_scope_are_no_time),
        cmocka_unit_test(far_events_date_nothing),
        cmocka_unit_test(unwritten_event_years),
        cmocka_unit_test(bases_and_years_carried_into),
        cmocka_unit_test(relative_deadlines_and_falls),
        cmocka_unit_test(nights_and_months_that_followed),
        cmocka_unit_test(winters_past_and_spans_held),
        cmocka_unit_test(season_before_a_dateline),
        cmocka_unit_test(season_kinds_and_forecasts),
        cmocka_unit_test(month_before_a_dateline),
        cmocka_unit_test(paragraph_steps_back),
        cmocka_unit_test(document_dates_stay_put),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
