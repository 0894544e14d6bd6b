/*
 * relate.h - the arithmetic a text asserts: which figures of a document are
 * stated as the total, product, share or norm-conversion of which others.
 *
 * tally_relate() reads the facts of one document (as tally_extract() made
 * them) together with the sentence text around them and finds:
 *
 *   SUM       a total and its parts: "N X (A Y and B Z)", "N X: A for ..., B
 *             for ... and C for ..." ("N X came in three lots: A ..., B ...
 *             and C ...", as many parts as the lots counted), or a list closed
 *             by "totaling", "amounting to", "a total of", "in all",
 *             "altogether", "combined" (within a sentence, or a list in the
 *             one or two sentences before "In all, N ...");
 *   NORM      formations stated with aircraft counts: "four air regiments
 *             (120 MiG-15s)", "(three regiments and 90 MiG-15s)", "twelve
 *             regiments, totaling 360 planes", "12 regiments, or about 350
 *             planes"; the formation nouns are the keys of the "norms"
 *             lexicon table; also any formation stated with a count of
 *             another unit in the parenthesis after it ("three battalions
 *             (36 guns)", "two divisions (six ships)"), checked with the
 *             document's own norm: the size it states for one formation
 *             (norm_size) or the figure a formation its other statements
 *             of that formation imply (norm_doc);
 *   PRODUCT   a per-unit figure times every count its sentence states against
 *             a stated product ("an airfield required 24,000 person-days
 *             ... four airfields would require 96,000 person-days"; "each
 *             truck needed 3 men per shift, so 40 trucks working two shifts
 *             required 240 men"); an average stated of two figures
 *             ("carried 900 tons in 300 sorties, an average of 3 tons per
 *             sortie": average set, the rate is checked as 900 / 300); a
 *             multiplier in words ("doubled the garrison to 8,000", "twice
 *             what the road carried": factor set, one part, the base, which
 *             may be a figure stated earlier in the document);
 *   FRACTION  a share of a whole with the part stated ("one third of their
 *             ordnance (6,826 bombs)"; "40 percent of the 2,000 trucks
 *             (800 trucks)"; "$90 million, or 60 per cent of the promised
 *             total", the whole looked up earlier in the document); the part
 *             and the whole may be lists ("80 tanks and 40 guns, or about
 *             half of what was promised"); the whole may be missing;
 *   CHANGE    a percentage change ("from 200 to 300, an increase of 50
 *             percent"; "300 tanks, 50 per cent more than the plan", the
 *             base looked up earlier in the document), or an absolute one
 *             ("rose from 1,200 to 1,850 tons, a rise of 650 tons"; "was
 *             cut by 400, from 2,800 to 2,400": absolute set);
 *   SUBSET    a part of a stated whole ("four divisions, of which three";
 *             "eight of the sixteen divisions"); "$52 million, of which $34
 *             million ... and $15 million ...": the further parts are
 *             STATED operands, added to the stated part;
 *   DIFFERENCE a gap stated between two figures ("900 planned, 640
 *             delivered, a shortfall of 260"; "fell short by", "a deficit
 *             of", "N more / fewer than").
 *
 * A total of rates times counts ("400 shells for each mortar and 250 for
 * each cannon, which for the 30 mortars and 12 cannons came to 15,000") is
 * a SUM of the counts, each times its rate (operand rate), products set.
 * A rate said of one thing named with a modifier ("each field howitzer
 * 100", "a motorised division some 180") takes the count named with it
 * ("144 field howitzers", "two motorised ones"), also from earlier
 * paragraphs (looked_back set); "a Lancaster ... 4.5 tons" the count whose
 * subject names it ("The Lancasters flew 11,200 of them").
 *
 * PRODUCT also covers "144 guns in four regiments of 36" (the size of a
 * group times their number, no "each" needed), "24 colliers, each able to
 * carry 1,500 tons" against the next figure of tons (in the same sentence,
 * or in the next when it comes within half to one and a half times the
 * product), "N X of M Y each" (M apiece times N against the next
 * figure of M's unit), a figure "at N per cent" (interest, an issue price:
 * the share times the sum of money before it against the next smaller sum
 * of the same currency), and implicit factors: "40 a month, or 480 a year"
 * (factor 12; a week is 52 to the year, a day 7 to the week, a month 30
 * days when none is named: "145 tons a day, 4,350 a month") and "50 a
 * month for two years ... 1,200 in all" (the duration and the factor
 * between its unit and the rate's period); a daily rate dated to one
 * month (the facts' date "1949-03") against a figure said of "the month"
 * or "that month" (factor the month's days: 31, 29 in February 1944).
 *
 * PRODUCT also covers a span said per a period: "five nights of 11 hours,
 * 65 hours a week", "twelve hours on six days, 72 hours a week".
 *
 * Chains of groups: "two wings of three squadrons of 12 bombers, 72
 * bombers in all" (counts linked by "of", "with", "each of", "each
 * carrying") against the total right after the last one -> PRODUCT of
 * every count.  A size the document states for one formation ("each
 * battery had six guns", "six guns to a battery", "regiments of 54 guns",
 * the total of a chain said of "a regiment") is remembered, and a later
 * count of that formation right before a figure of the size's unit, in one
 * clause ("the 16 regiments had 864 guns"; not a range or a bound) is a
 * SUM of the counts, each times the size (products set, looked back).  A
 * unit price "at $310,000 per aircraft" (or "apiece", "each", "a piece")
 * times the count before it against the next sum of its currency.
 *
 * Parts after "of whom" / "of which" whose nouns the lexicon does not
 * know break down a count of persons or things they name kinds of (not
 * money or a measure: "$52 million, of which $31 million ... and $17
 * million ..." may leave a remainder unsaid).  A rate said of one
 * formation whose count closes a chain of groups ("three brigades of four
 * battalions, and a battalion kept 40 carts, 480 carts") is multiplied
 * through the chain.  The holding of one named formation ("No. 5 Squadron
 * had six flying boats") is no size of that formation.  A share "of the
 * total" apposed to the part of a partitive ("Of the 230 lorries taken,
 * 140 ..., nearly 70 per cent of the total") is a share of the
 * partitive's whole; a paragraph number ("7.") opening a sentence is no
 * word of it.
 *
 * Parts said with "of them" may name their own kind of the whole's
 * things ("9,200 workers, 2,300 of them women": same category, personnel,
 * aircraft, materiel or munition, never money or a measure), and "N of
 * them" opening its clause refers to the largest figure of its own unit in
 * the sentence before ("24 fighters ..., £276,000 in all.  It delivered 18
 * of them").  A stock against a need ("Boots 171,000 pairs, 61,000 pairs
 * short"): the figure of the gap's unit opening the sentence against the
 * need looked up earlier by the words of its clause ("242,000 pairs of
 * boots"), kept only when need - stock is within half to twice the gap.
 * A ration converted to tons ("500 grams of bread, 60 grams of meat ...
 * Bread alone for the 47,600 men meant 28.3 tons a day") is the ration of
 * the list whose noun the tonnage's sentence names; a ration "a horse a
 * day" in the tonnage's sentence with no count beside it takes the herd
 * of the sentence before (the total of its breakdown).  A product per
 * period whose factors have none ("40 lorries, each carrying 5 tons, ...
 * three times a week, 600 tons a week") takes the frequency of that period
 * between the rate and the product as a factor.  "From A ... it
 * rose to B" may have up to twelve words between the levels when a verb
 * of change stands there.
 *
 * A share with no whole of its own whose part is the part of a SUBSET
 * ("Of the 150 locomotives, 50 were lost, one in five"; "Of the 1,148
 * torpedoes fired, 212 (some 28 per cent)") takes the subset's whole.
 * A difference cue followed by a thing named rather than a figure ("two
 * short of the plan") does not take two items of a list
 * ("seven ... and four ...") as its two figures, and an open bound outside
 * a list ("at least one ship") is not one of its parts.
 *
 * SUM totals closed by a cue ("in all", "altogether", "together",
 * "combined", "between them") with no parts beside them take their parts
 * from up to six sentences before, in the same paragraph: the figures
 * of the total's unit, not rates ("50 a month", "every four"), smaller than
 * the total; the nearest sentences that list two or more, those beyond the
 * third only when their sum comes within a tenth of the total.  A cue
 * opening its sentence closes a total up to five words on ("In all, the
 * squadron received 42 fighters").
 *
 * "800 lorries a year for three years" with no total after it takes the
 * total stated earlier in the document (looked up by its clause's words)
 * when it comes within half to one and a half times rate x duration.  A
 * share whose whole is stated per period is checked over the part's span
 * (FRACTION factor: "1,000 tons a week, less than half of" 9,000 a month
 * x 12/52; 9,300 tons dated one month against 500 a day x its days; a
 * figure of one year against a yearly rate x 1); a whole per period
 * against a part whose span is unknown makes no relation.
 *
 * Round 194: "held 17 boats in December 1941. ... had grown to 26, an
 * increase of eleven in a year" (the one level of the sentence before,
 * dated the amount's span before the new one) -> CHANGE; "launched 16, 20
 * and 25 in the same years. From 1940 to 1942 ... went up by eleven" (a
 * list of as many levels as years, first to last) -> CHANGE; "The first
 * 18 ..., a second batch of 24 ..., a third of 30 ..., which brought the
 * number ... to 76" -> SUM; "18 tank wagons of 12,000 litres, or 216,000
 * litres" (no "each") -> PRODUCT; "nine written off in 21,500 hours, or
 * 4.2 per 10,000 hours" (a base of 100 to 100,000) -> PRODUCT (average,
 * factor 1 / base).
 *
 * A figure "looked up earlier in the document" is one of the same unit (or
 * the same category) stated before, whose clause shares content words with
 * the cue ("the promised total", "the estimate", "what the road carried")
 * and with the clause of the stated figure; the best-scoring one, ties to
 * the total of a breakdown, then to the nearest.  Without a shared word
 * there is no relation.
 *
 * Units come from the facts (unit, category); where a fact has no unit the
 * words after its number are looked up in the "units" and "norms" lexicon
 * tables.  Nothing here checks the arithmetic: verify.h does.
 *
 * After every cue rule, figures no relation states yet are fitted
 * (relate_fit.c): a figure made in exactly one way from two figures just
 * before it (a sum, difference, product, average or share, to the
 * figure's rounding) gets that relation with the cue "fit"; verify keeps
 * such a check only when it is consistent.
 *
 * The relations are owned by the tally_relations and freed with
 * tally_relations_free(); they refer to facts by index, so they are only
 * meaningful together with the tally_facts they were found in.
 */
#ifndef TALLY_RELATE_H
#define TALLY_RELATE_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"
#include "tally/segment.h"
#include "tally/facts.h"

typedef enum {
    TALLY_REL_SUM = 0,   /* stated = parts[0] + parts[1] + ... */
    TALLY_REL_NORM,      /* stated aircraft = sum of parts[i] formations x norm */
    TALLY_REL_PRODUCT,   /* stated = parts[0] (rate) x parts[1] (count) x ...;
                            average: parts[0] = stated / (parts[1] x ...);
                            factor: stated = factor x parts[0] */
    TALLY_REL_FRACTION,  /* stated part (+ STATED operands) = parts[0] (share) x
                            (parts[1] (whole, may be absent) + WHOLE operands) */
    TALLY_REL_CHANGE,    /* stated percent = change from parts[0] to parts[1] */
    TALLY_REL_SUBSET,    /* stated part <= parts[0] (its whole) */
    TALLY_REL_DIFFERENCE /* stated = |parts[0] - parts[1]| */
} tally_relation_kind;

#define TALLY_REL_MAXPARTS 16
/* The cue of a PRODUCT converting a rate per day to one per month in the
 * same sentence with no month named: factor 30, checked against months
 * of 28 to 31 days in the wide check. */
#define TALLY_REL_CUE_MONTH_DAYS "days a month"
/* The cue of a PRODUCT converting a rate per week to one per month in the
 * same sentence: factor 52 / 12, checked against four to 31 / 7 weeks in
 * the wide check (a month of four weeks is a common reckoning). */
#define TALLY_REL_CUE_MONTH_WEEKS "weeks a month"
/* The cue of an average said "for every N" ("two rifles for every three
 * men": X / Y x N, factor 1 / N), checked as a share in words is (5%, wide
 * 10%) rather than as a quotient rounded to the unit. */
#define TALLY_REL_CUE_FOR_EVERY "for every"
#define TALLY_NO_FACT ((size_t)-1)

/* FRACTION operands after the share and the whole: more figures of the
 * stated part's list, or of the whole's list, added to it. */
typedef enum {
    TALLY_OP_MAIN = 0,    /* the operand the kind describes */
    TALLY_OP_STATED,      /* FRACTION: added to the stated part */
    TALLY_OP_WHOLE        /* FRACTION: added to the whole */
} tally_operand_role;

typedef struct tally_operand {
    size_t fact;          /* index into facts->v, TALLY_NO_FACT when absent */
    char formation[24];   /* NORM: the formation noun's lemma ("regiment"); else "" */
    tally_operand_role role;
    size_t rate;          /* SUM: 1 + the index of a rate of exchange the part
                             is multiplied by ("$4.76 to the pound"); 0 none */
    int negative;         /* SUM: the part is taken away ("less the 31 lost") */
} tally_operand;

typedef struct tally_relation {
    tally_relation_kind kind;
    size_t stated;        /* index into facts->v of the figure the text states */
    tally_operand parts[TALLY_REL_MAXPARTS];
    size_t nparts;
    const char *cue;      /* static: what gave the relation away ("parenthesis", "totaling") */
    char whole[48];       /* FRACTION without a stated whole: the whole as a noun ("ordnance") */
    int direction;        /* CHANGE: +1 increase, -1 decrease, 0 not said */
    int absolute;         /* CHANGE: the stated figure is the change itself in
                             the figures' unit ("from 1,200 to 1,850, a rise of
                             650"; "cut by 400, from 2,800 to 2,400"), not a
                             percentage */
    int average;          /* PRODUCT: parts[0] is stated as the average of the
                             stated figure over the counts (and over factor
                             when it is set: "over the four months named") */
    double factor;        /* PRODUCT: a multiplier in words ("doubled" 2, "twice" 2,
                             "halved" 0.5); FRACTION: the whole is per period and
                             counts this many of them over the part's span; 0
                             when none */
    int inverse;          /* CHANGE: the levels are rates of exchange quoted per
                             another currency ("from 12 to 15 to the dollar"): the
                             value changes as their reciprocals */
    int bound;            /* PRODUCT with a factor: +1 at least ("more than
                             doubled"), -1 at most, a little short ("nearly
                             doubled": 0.8 to 1 times the factor) */
    int looked_back;      /* a part (the whole, the base) was found earlier in the
                             document rather than beside the stated figure */
    int products;         /* SUM: every part is a count times its own rate
                             ("400 for each mortar and 250 for each cannon ... 30
                             mortars and 12 cannons"); checked as a product */
    size_t norm_size;     /* NORM: fact index + 1 of the size the document states
                             for one formation in the stated figure's unit ("six
                             guns to a battery", "battalions of 800"), 0 none */
    double norm_doc;      /* NORM: the figure a formation that the document's
                             other statements of that formation imply ("two
                             squadrons (20 aircraft) ... four squadrons (40
                             aircraft)": 10), 0 none */
    int complement;       /* FRACTION: the share may be of the rest of the whole
                             (whole - part): a rate named after the part ("Of the
                             1,440 ..., 1,150 qualified, a wastage rate of 20 per
                             cent"); the reading nearer the part is checked */
} tally_relation;

typedef struct tally_relations {
    tally_relation *v;
    size_t n, cap;
} tally_relations;

/* Name of a kind as written in the CSV ("sum", "norm", ...). */
const char *tally_relation_kind_name(tally_relation_kind k);

/* Find the relations among facts (extracted from text with segments seg).
 * lex may be NULL (then facts without a unit stay without one and no
 * formation is recognised).  out is cleared first; free it with
 * tally_relations_free(). */
tally_status tally_relate(const char *text, const tally_segments *seg,
                          const tally_facts *facts, const tally_lexicon *lex,
                          tally_relations *out, tally_error *err);

void tally_relations_free(tally_relations *r);

/* The unit lemma and category of fact i as relate sees it: the fact's own,
 * else the lexicon's reading of the words after its number.  unit and cat
 * receive "" when nothing fits.  Exposed for verify.c and the tests. */
void tally_relate_unit(const char *text, const tally_fact *f, const tally_lexicon *lex,
                       char unit[48], char cat[16]);

#endif
