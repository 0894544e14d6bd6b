/*
 * number.h - the third stage: number expressions found in a span of text,
 * with their value, bounds and qualifier.
 *
 * Recognised (see number.c): digits with separators and decimals, and
 * vulgar fractions ("2½", "¾"); negative numbers ("-5", "−5", "minus 20",
 * "negative three"; a spaced dash "- 40" is punctuation); number words
 * ("eleven", "two hundred", "two million", "a dozen", "half a million", "half
 * million", "a quarter million", "one and a half"); scaled and currency forms
 * ("2.5bn", "$650 million", "£3.5m"); ranges ("350 to 400", "1,000-1,100",
 * "three to four", "two or three", "fifty thousand or one million" (two
 * scaled numbers up to 100 times apart), "between 120 and 150");
 * approximations and bounds ("some", "about", "nearly", "more than", "at
 * least", "up to", "no fewer than", "3,000-odd"; "over" is a bound except
 * before a duration after a figure, a noun or punctuation, or in a clause
 * of payment or spreading: "$180 million over three years", "payable over
 * five years" are periods, exact); fractions and percentages ("one
 * third", "three-quarters", "a fifth", "a quarter", "one in four", "half as a
 * grant", "half that number", "⅓ of", "sixty to seventy percent", "40 per
 * cent", "15-20%"); vague amounts ("hundreds of", "tens of thousands").
 *
 * Two figures, not one range or ratio: after a verb of change, "by X to Y"
 * is the change and the new level when X has its own scale word or Y is
 * more than three times X ("cut by 290 million to 350 million", "rose by 30
 * to 250"; "dropped by 1 to 1.5" stays a range); "from A to B" after a verb
 * of change is the old and the new level ("rose from 10 to 20", "the price
 * went from 84 to 126"), while "crews of from 10 to 20" and "ranged from 10
 * to 20" stay one range; read as two figures, A without a scale word takes
 * B's scale and currency when it is below 1000 and within a factor of ten
 * of B's number ("from 2.0 to 2.5 million", "from $1.2 to $1.8 billion");
 * "A out of B X" with a
 * counted noun after a whole that is neither at most 20 nor a power of ten
 * is a part and its whole ("231 out of 288 hulls"), while "nine out of ten",
 * "one in four" and "one out of every five" are ratios.
 *
 * Values: EXACT and APPROX have value = low = high (later stages widen an
 * approximation); RANGE has low, high and their midpoint as value; AT_LEAST
 * has low = value and high NAN; AT_MOST has high = value and low NAN; VAGUE
 * ("hundreds of") has its lower bound as value and low, high NAN.  RATIO is
 * a percentage (unit "percent", value in percent: "40 percent" is 40) or a
 * fraction (flag FRACTION, value as a fraction: "one third" is 0.333333),
 * with low/high as the bounds when it is a range or bound ("15-20%").
 * A YEAR range ("1950-51") and a decade ("the 1940s") have low and high.
 *
 * Designations keep their glued sub-variants ("Type 59-1", "T-34-85",
 * "T-34/85"); a four-digit number before a verb ("1974 includes 11") or a
 * singular count noun ("the 1960 target") is a year.
 *
 * A calibre or gauge is a DESIGNATION, never a figure, and never joins
 * the count before it: "12 155-mm guns" is 12 and "155-mm"; "75mm",
 * "37 mm", "8-inch", "3-in.", "6-pounder", "25-pdrs", "0.50-calibre" and
 * ".303 rifles" likewise.  Calibre words of length ("mm", "cm", "inch")
 * need a weapon, a round or a unit of guns after them (a units-lexicon
 * noun of category munition or formation, or a lemma the designations
 * table names models of); otherwise they are measures ("80 mm thick",
 * "2cm", "a 7.62mm barrel").  Also read: mixed fractions ("1 1/2
 * million" is 1,500,000), "a score of" (20), "a couple of" (2, APPROX),
 * and a capitalised abbreviation before the number that the units
 * lexicon maps to a three-letter currency code ("DM 40 million" DEM, "Rs
 * 5 crore" INR).
 *
 * Every number-like token is returned with a kind, so that later stages can
 * tell figures from years, dates, ordinals and designations: only
 * TALLY_NK_FIGURE is a figure; the others are kept because the date timeline
 * needs them.
 */
#ifndef TALLY_NUMBER_H
#define TALLY_NUMBER_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"

typedef enum {
    TALLY_Q_EXACT = 0,   /* 120 */
    TALLY_Q_APPROX,      /* some 28, about $650 million, 3,000-odd */
    TALLY_Q_AT_LEAST,    /* more than 1,000, at least eight (high open) */
    TALLY_Q_AT_MOST,     /* up to 100, no more than 150 (low open or 0) */
    TALLY_Q_RANGE,       /* 350 to 400, two or three */
    TALLY_Q_VAGUE,       /* hundreds of, tens of thousands (low = lower bound) */
    TALLY_Q_RATIO        /* one third, 40 percent, one in four */
} tally_qualifier;

typedef enum {
    TALLY_NK_FIGURE = 0,    /* a quantity the text states */
    TALLY_NK_YEAR,          /* 1951, 1950-51, the 1940s */
    TALLY_NK_DATE,          /* 15 March, 1 April 1951, March 15 */
    TALLY_NK_ORDINAL,       /* 38th, fourth, first */
    TALLY_NK_DESIGNATION,   /* MiG-15, Tu-2, F-86A, B-29s, Type 59, No. 77 */
    TALLY_NK_MARKER,        /* [15], ^15 */
    TALLY_NK_REFERENCE,     /* p. 141, pp. 128-29, vol. 4, ISSN, 22(1) */
    TALLY_NK_PRONOUN,       /* "one" as a pronoun: "one of the", "the one" */
    TALLY_NK_TIME           /* 10:30, 1500 hours */
} tally_number_kind;

/* flags */
#define TALLY_NF_WORDS    0x01u  /* spelled out in words */
#define TALLY_NF_FRACTION 0x02u  /* a fraction of something (one third) */
#define TALLY_NF_PERCENT  0x04u  /* a percentage */
#define TALLY_NF_CURRENCY 0x08u  /* carries a currency symbol or code */
#define TALLY_NF_SCALED   0x10u  /* carries a scale word (million, bn, m) */

typedef struct tally_number {
    size_t start, end;          /* span in text, qualifier words included */
    double value;               /* the value, or the midpoint of a range */
    double low, high;           /* bounds; NAN for an open bound */
    tally_qualifier qual;
    tally_number_kind kind;
    unsigned flags;             /* TALLY_NF_* */
    char unit[16];              /* unit carried by the expression itself:
                                   "USD", "GBP", "EUR", "percent", or "" */
    tally_qualifier bound;      /* when qual is RATIO or RANGE: the bound or
                                   approximation word that came with it
                                   ("about 40 percent" -> APPROX, "some 350
                                   to 400" -> APPROX), else EXACT */
    int year, month, day;       /* YEAR and DATE: the calendar parts the text
                                   gives (0 when absent): "15 March 1951" ->
                                   1951, 3, 15; "1950-51" -> 1950, 0, 0 */
} tally_number;

/* Name of a qualifier as written in the facts CSV ("exact", "approx", ...). */
const char *tally_qualifier_name(tally_qualifier q);
/* Name of a kind ("figure", "year", ...). */
const char *tally_number_kind_name(tally_number_kind k);

/* Find the number expressions in text[start..end) (text is the whole
 * document, so that offsets are document offsets and a little context
 * around the span may be read).  Results are sorted by start and do not
 * overlap.  *out is malloc'ed (free() it), *n is its length; lex may be NULL. */
tally_status tally_numbers_find(const char *text, size_t start, size_t end,
                                const tally_lexicon *lex, tally_number **out, size_t *n,
                                tally_error *err);

#endif
