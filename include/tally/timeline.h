/*
 * timeline.h - date expressions and the document timeline: when each
 * sentence of a document happens, so that every figure can be dated.
 *
 * tally_dates_find() finds the date expressions of a span of text as they
 * are written: explicit dates ("1 March 1951", "March 15, 1951", "October
 * 1950", "1951"), months and seasons whose year comes from context ("On 15
 * March", "in late March", "by mid-April", "in the summer of 1951", "that
 * spring", "the winter" as in "the winter stopped work"), parts of years
 * ("by the end of 1951", "early 1951", "the first two months of 1944"),
 * year ranges and decades ("1950-51", "the 1940s"), relative references
 * ("Two days later", "the next month", "the prior October"), named events from the "events"
 * lexicon table (event,date: "armistice" -> 1953-07-27, "Korean War" ->
 * 1950-06-25/1953-07-27, matched with or without "the") and phrases that
 * span the war last named ("for almost three years of war", "throughout the
 * war").  Months come from the "months" table (month,number).
 *
 * tally_timeline_build() reads every sentence in order and resolves the
 * expressions: a missing year is the year in force (a month more than six
 * months before the month in force is in the next year: "December 1943 ...
 * January" is January 1944; one that falls outside the period a title line
 * gives, "... under Siege, November 1951 - April 1952", while the year
 * before or after puts it inside takes that year, so that "On 4 December"
 * after 1 January 1952 is 1951's), a relative reference counts from the date in
 * force, "from X to Y" becomes one interval (with months only, Y in the
 * year after X when its month comes first, and the whole a year earlier
 * when that puts the date in force inside it: "from November to the end of
 * May" with February 1974 in force is 1973-11/1974-05).  With a period in
 * force that runs into the next year ("from November 1944 to March 1945",
 * a winter) a month without a year takes the year that puts it inside
 * ("January" is 1945's); "the winter" with a date in force up to March is
 * the winter just past; "the following spring" is the first spring after
 * the date in force, "the previous winter" the last before it; "the three
 * months to April" is the three months ending with that April.  The date in force
 * moves forward with each anchoring expression (an explicit or partial
 * date of the narrative; not a backward reference such as "the prior
 * October", a limit such as "since August 1950", a publication year in
 * parentheses, a named event, or a date the narrative looks forward to:
 * after "would", "planned", "plan to", or after "by"/"within" when a goal
 * is named before it, "the plan called for ... by 1960", "to be finished
 * by the end of 1958"; these are targets).  The endnotes have their own
 * timeline, one note at a time.
 *
 * A dated report: a full date standing alone on a line of the front matter
 * (one of the first sentences, "1 April 1963") is the document's
 * dateline.  With one, "now" is a date expression for that day, and each
 * heading of the body (a short line without a final period) puts the date
 * in force back to it: a report's sections describe the state of things on
 * its date unless they say otherwise.  A line of the front matter standing
 * as its own paragraph with one full date among other words ("Report No.
 * 12/47, submitted to the Minister on 30 October 1947.") is the dateline
 * too when the body writes that year or the year before (a report of its
 * own time, not a study of an older past); it gives no "now".  With a
 * dateline, a dateless body sentence in the present tense ("52 are under
 * repair", "have been relaid"; no "was", "had") takes the dateline as the
 * date in force.  A dated study of an operation whose body names the later
 * day it is to open ("is to open on 1 April 1944", "due to begin on 10
 * May") is of that day instead: its headings and present-tense sentences
 * put that day in force, and a season without a year ("the autumn
 * campaign") is still the one before the study.  A date followed in its clause by a present-tense verb of
 * evidence ("the returns captured in 1945 suggest") dates a source, not
 * the story: it moves neither the date in force nor the year; nor does
 * the base of a comparison ("more than in 1938", "compared with 1938"),
 * nor the making of a thing or rule in a participle phrase ("its sea
 * front, finished in 1906,", "the ration laid down in 1936 was"), which
 * dates no figure at all, nor a sentence about the work itself ("This
 * report follows the army from ... to the spring of 1940": its scope).
 * A named event of the table more than ten years from the year in force
 * is another of that name ("the armistice" in 1918) and dates nothing.
 * A relative deadline after a plan or future word ("would have 80 boats
 * by the end of the next year") is a target too; "the fall of" with no
 * year is no season ("the fall of the crown").
 * A dateless sentence of the body with no verb of the past ("was",
 * "would", "moved") that states a general rule, a generic subject with a
 * verb in the present ("A line that loses a quarter of its engines loses
 * ...") or advice ("should", "must", "ought"), has no date in force: the
 * lesson of a conclusion is of no time (looked for in the last three
 * paragraphs of the body, a heading counting as one, and without a
 * dateline only).
 * The year of the figure a change is measured from ("96 million, up from
 * 72 million in 1935") dates that figure but moves neither the date in
 * force nor the year; a statement's day ("told the Assembly on 3 May")
 * stays in force in its paragraph only; a date in the last item of a list
 * ("nine of its own ... and two formed over the winter") is not the
 * earlier items' (tally_timeline_pick_in()).
 *
 * Dates are written in ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, or START/END.
 * The timeline owns its arrays; free it with tally_timeline_free().
 */
#ifndef TALLY_TIMELINE_H
#define TALLY_TIMELINE_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"
#include "tally/segment.h"

/* A calendar date at year, month or day precision: m == 0 means a whole
 * year, d == 0 a whole month; y == 0 means unknown. */
typedef struct tally_ymd {
    int y, m, d;
} tally_ymd;

typedef enum {
    TALLY_DX_DATE = 0,   /* a day, month, season, year or period of one */
    TALLY_DX_RELATIVE,   /* counted from the date in force: "two days later" */
    TALLY_DX_EVENT,      /* a named event from the events table */
    TALLY_DX_WAR         /* a span of the war last named: "three years of war"; with
                            rel_n, its opening span ("the first six months of the
                            war"), from the war's start or else from the first month
                            the body dates */
} tally_date_kind;

typedef struct tally_datex {
    size_t start, end;       /* the expression in text */
    tally_date_kind kind;
    tally_ymd from, to;      /* the interval (to == from for a single date);
                                after resolution from.y == 0 means unresolved */
    int need_year;           /* the year is not written: it comes from context */
    int to_yoff;             /* to is this many years after from (a winter) */
    int rel_n;               /* RELATIVE: signed count of rel_unit ('d' 'w' 'm' 'y');
                                WAR: the count of rel_unit of an opening span, 0 none;
                                DATE: 1 a season after "next", "following" (the
                                first after the date in force), -1 after
                                "previous", "prior" (the last before it), else 0 */
    char rel_unit;           /*   or 'M': the rel_month before (-1) / after (+1);
                                'F' / 'P': the rel_n months after / before the month
                                in force ("the six months that followed", "the
                                twelve months before mobilisation") */
    int rel_month;           /* RELATIVE 'M': the month named */
    int anchor;              /* 1 when it moves the date in force */
    int target;              /* 2: a goal's target ("to be finished by the end of
                                1958"), 1: another date the narrative looks forward
                                to ("would enter the war in September"), 0 none */
    int limit;               /* 1 after "since", "until", "before": a bound, not a time */
    int span_from;           /* 1 after "from" / "between": may open a span */
    int looks_back;          /* 1 after "since" (a span from it to the date in
                                force), 2 after "had" and a participle in its
                                clause ("had cost 1.20 in October", no anchor):
                                a month without a year later in the year than
                                the date in force is of the year before */
    int from_then;           /* 1 after "between then and", "from then to": a span
                                from the date in force to this date */
    int absorbed;            /* 1 when merged into the previous expression's span */
    int war;                 /* EVENT: 1 when the event is a war or conflict */
    int gives_year;          /* 1 when its written year becomes the year in force (also
                                a date in a plan, not a limit or a publication year) */
    long year_src;           /* after resolution: index in the timeline of the expression
                                that gave the year or the reference date, -1 none */
    int evidence;            /* 1 when it dates a source cited as evidence ("returns
                                captured in 1945 show") or is the base of a comparison
                                ("23,000 more than in 1938"): it dates no figure of a
                                sentence with another date, and anchors nothing */
    int night_end;           /* a night written "28/29 April": its last day (29), which
                                ends a span ("between the nights of 22/23 and 29/30
                                April"); from is its first day; 0 otherwise */
    int origin;              /* 1 when it tells when a thing or rule was made, in a
                                participle phrase ("the ration laid down in 1936",
                                "its sea front, finished in 1906,"): it dates no
                                figure (also evidence) */
    int opens;               /* 1 when it is the day an operation is due to open
                                ("is to open on 1 April 1944", "due to begin on 10
                                May"): a study's figures are of that time */
} tally_datex;

/* Find the date expressions of text[start..end) (text is the whole
 * document).  Nothing is resolved yet except what the text states.  *out is
 * malloc'ed (free() it), *n its length; lex may be NULL (built-in month
 * names, no events). */
tally_status tally_dates_find(const char *text, size_t start, size_t end,
                              const tally_lexicon *lex, tally_datex **out, size_t *n,
                              tally_error *err);

typedef struct tally_timeline {
    tally_datex *v;          /* every expression, in document order, resolved */
    size_t n;
    size_t *first;           /* expressions of sentence si: v[first[si] .. first[si+1]) */
    long *ctx;               /* ctx[si]: index in v of the date in force when sentence
                                si starts, -1 when none; the dateless opening
                                sentences of a body paragraph that then sets an
                                earlier scene at the head of a sentence ("In
                                ...", "Between June and August 1961 ...") take
                                that date (no dateline documents) */
    size_t nsents;
    int sorted;              /* 1 when v is in order of start (lookups by offset bisect) */
    long dateline;           /* index in v of the document's dateline, -1 none */
    unsigned char *generic;  /* generic[si]: 1 when sentence si of the closing
                                paragraphs states a general rule ("A line that
                                loses ... loses", "plans should ..."): no time of
                                the story, ctx[si] is -1 */
} tally_timeline;

/* Build the timeline of text with its segments.  Free with
 * tally_timeline_free(). */
tally_status tally_timeline_build(const char *text, const tally_segments *seg,
                                  const tally_lexicon *lex, tally_timeline *tl,
                                  tally_error *err);
void tally_timeline_free(tally_timeline *tl);

/* The expression of sentence si that dates a figure at text[fstart..fend):
 * the nearest resolved one (limits count three times their distance,
 * expressions after the figure 1.2 times).  Its index in tl->v, or -1. */
long tally_timeline_pick(const tally_timeline *tl, size_t si, size_t fstart, size_t fend);

/* tally_timeline_pick() reading the text between: an expression after the
 * figure counts only within the figure's clause (no ; or : between, no
 * comma before "and", "with", "against" ...), and when an expression before
 * the figure dates it, only up to the next comma ("in 1943 the figure was
 * 310, and in 1944 it was 400": 310 is 1943's).  -1 when none: the caller
 * falls back on the date in force, then on tally_timeline_pick().  An
 * expression right after the figure in its phrase wins ("74 in 1973"), one
 * before it across a comma counts 24 bytes farther, and with one before
 * it, one after "and", "but", "while" is another item's ("paid at once and
 * the rest in 1925").  A target ("by the end of the year") before the
 * figure counts only with no ";" nor comma before "which", "while", "but"
 * ... between; past such a break in a clause in the present ("is", "are")
 * no expression up to the target counts.  A source's date (evidence)
 * counts only when the sentence has no other.  A goal's target after the
 * figure with "to be", "to have", "due" or "scheduled" between and no ";",
 * ":" or clause opener ("12 battalions, 9,600 men in all, to be under arms
 * by the end of 1930") dates it across the list's commas, unless another
 * expression comes first after the figure or one before it lies in its
 * clause ("In 1922 the yards launched 2 gunboats, to be armed by ...").
 * A count inside a span of
 * months ("the first two months of 1944") is dated by it.  An expression
 * before the figure in a phrase of contrast ("instead of the 3.8 million
 * it would have cost in 1936"), across a comma, colon or ";", does not
 * count, nor one after it past a comma before "instead" or "rather". */
long tally_timeline_pick_in(const tally_timeline *tl, const char *text, size_t si,
                            size_t fstart, size_t fend);

/* The first full date (day, month and year) written in text[start..end)
 * whose year lies in lo..hi: an endnote's telegram or memorandum date.
 * 1 and *out filled, or 0. */
int tally_timeline_first_day(const tally_timeline *tl, size_t start, size_t end, int lo,
                             int hi, tally_ymd *out);

/* Write from/to as ISO 8601 into out (YYYY, YYYY-MM, YYYY-MM-DD or
 * START/END); "" when from is unknown. */
void tally_date_format(tally_ymd from, tally_ymd to, char out[32]);

/* Parse a date as written in the events table ("1953-07-27", "1950-06-25/
 * 1953-07-27", "1951-03", "1951").  0 on success, -1 if malformed. */
int tally_date_parse(const char *s, tally_ymd *from, tally_ymd *to);

/* Day number (days since 1970-01-01) of the first day of the period d, or
 * of its last day when last is set; 0 when d.y is 0. */
long tally_ymd_days(tally_ymd d, int last);

/* Compare two dates at the coarser of their precisions: <0, 0, >0. */
int tally_ymd_cmp(tally_ymd a, tally_ymd b);

#endif
