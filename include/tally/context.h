/*
 * context.h - the fourth stage: what each figure counts.  For each figure in
 * a sentence: the counted noun phrase as written, its unit lemma and
 * category from the "units" lexicon table, the mention span (number + noun),
 * and whether it is a figure at all (a bare number in an endnote is a page,
 * "one" before "of the" is a pronoun, ...).
 *
 * Elliptical nouns are resolved within the sentence: in "six fighter
 * regiments (five MiG-15s and one La-11)" the five and the one count
 * regiments, the noun of the figure the parenthesis qualifies.  In the body
 * a bare number that ends like an elliptical phrase (followed by a
 * preposition, a verb, punctuation or the sentence end; not by a capitalised
 * word or a glued unit; not after a name or abbreviation) takes the noun of
 * the nearest figure before it in the sentence ("27 trucks were lost: 19 in
 * ditches, 8 to mines"), or, with none, of the last figure of the previous
 * sentence of its paragraph ("promised 40 trucks. It sent 31, ..."); that
 * figure may itself stand for one of the sentence before it ("600 beds. Of
 * these, 200 were ... and 400 ... . The total rose to 900"), two sentences
 * back at most.  A part ("1,200 of them", "two in three of them, 1,700,")
 * takes a figure larger than itself there before a smaller one; a share
 * before the number does not stop that look back.  "Of the brigades, 50
 * worked ..." counts brigades; a number with a thousands comma after a name
 * is no label ("Fort Cask 4,700"); "and at 12.5" after a rate "at 9 to the
 * pound" prices the same currency; in an endnote "Deaths were 140 in May"
 * counts the opening noun.
 * Fractions, multipliers and percentages lend no noun (the look-back passes
 * over them: "310 carts, about half of the 600 planned" counts carts), money
 * only to a scaled number, and a clause with a subject of its own in between
 * ("..., and the population was put at 9,000") stops it.  That one look back
 * reads the previous sentence through tally_numbers_find() (passing over
 * its shares).  A number set off by a comma after a share of a lexicon noun
 * counts that noun ("half of the dead, 1,210, were").  In an endnote
 * only the same sentence lends, from a figure with a lexicon noun (or one
 * that took it so), to a number after punctuation, a function word or a
 * verb ("Of its 96 guns, 41 were ...", "comprised 74 ... and 44"; not "box
 * 17"), over at most 8 words and no digits but a year's; a scaled number
 * takes the nearest scaled figure's noun ("the remaining 34 million").  A designation of a family the lexicon lacks is
 * itself the counted noun ("12 Rk-40s", unit "rk-40").
 *
 * A bare part of a partitive counts what its whole counts: "231 of the 288
 * hulls", "14,000 of 25,000 shells", "two of the three crack armies", "6 of
 * the remaining 31" (the whole elliptical itself) are parts of the figure
 * after "of" (determiners, a possessive or an adjective between: "12 of the
 * armies' 40 guns"), ahead of any earlier figure or the previous sentence;
 * "231 of them" takes the noun as any ellipsis does.  "one of the" is a
 * pronoun and stays dropped; not after a name or label ("Table 3 of the
 * 12"); in an endnote only from a whole with a lexicon noun.  A part after
 * a bare "of" that repeats an earlier "N noun of M unit" of its sentence
 * counts that noun ("12 hulls of 40,000 tons in 1940 and 15 of 52,000
 * tons": hulls).
 *
 * A noun glued to the number in a compound modifier is the unit ("a
 * 45-ship convoy", "the 2-ton lorries", "a 10-man crew").  The size of a
 * formation or of a collective ("a company of ten", "a convoy of 36",
 * "groups of 30 to 40") counts the members the sentence names: an earlier
 * figure, else the plural noun the sentence opens with ("Ships sailed in
 * groups of 30 to 40"); a collective whose members nothing names counts
 * itself ("A convoy of 30 left": convoys).  The whole of "14 of the 60"
 * with no figure before it takes that opening subject too ("The fighters
 * paid heavily: 14 of the 60 were lost") before the previous sentence.  A
 * figure alone in a parenthesis right after another ("11 ships (58,000
 * tons) went down, nine of them") is an aside that lends no noun.  "the
 * other two" counts what an ordinal of its sentence singled out ("a third
 * fighter group ... joined the other two": groups).  The size of a
 * collective of people ("a crew of 28", "a garrison of 900") counts
 * persons (unit "person").  A noun after "by" governs no number
 * ("deliveries by year were four (1961), ...": no years).  "machines", a
 * noun the lexicon lacks, counts aircraft in a sentence that names aircraft;
 * "transports" (aircraft by the lexicon) count ships, unit "transport", in
 * a sentence that names ships and no aircraft ("six destroyers, nine
 * transports and 28 small craft").  Two or more "of the regiment" (a
 * formation in the singular) are its members, unit "person"; "two of the
 * divisions" stay divisions.  A bare rate ("110 a night") looking back for
 * a noun passes over nouns of time; "Dozens of them" after "volunteers from
 * the fishing ports" counts the people the ports hang from.  An average
 * ("an average of 65 for each sweeper") takes the larger total before it
 * even over a clause with a subject of its own.
 * Modifiers joined by "and" share the head after them ("520 field and
 * medium guns").  "losses run at 25" is a verb, and the lexicon noun
 * before a noun of amount is counted ("tank losses", "the tank holding of
 * the army at 720").  A gapped list ("... at 11,500 men, armoured divisions
 * at 10,200") and "instalments of 4 million" take no governing noun; a
 * scaled number takes no unscaled sibling's noun.  "nine of them infantry"
 * counts the antecedent.  A duration in an adverbial of time ("over five
 * years it would turn out 750") lends no noun.  A definite set ("all six",
 * "for the six") takes no measure's noun (tons, days, money) and, with no
 * lender, the nearest plural lexicon noun before it (or one after
 * "each"/"these").  A bare rate ("40 a month") takes the noun of an
 * earlier rate of its sentence of any period ("900 trucks a year"), even in
 * a parenthesis after a works' name ("the Osk yard (40 a month)"); an
 * adverb after a number ("950 now") is not its noun.
 *
 * Bare "boats" count aircraft when the last boats the text named before
 * were flying boats ("26 flying boats ... flying 31 boats"; not after
 * "U-boats" or "torpedo boats").  Hours or minutes lend their unit to a
 * rate ("11,400 patrol hours, an average of 950 a month"); only calendar
 * periods (days to years) lend none ("in six years, four a year").
 *
 * Category from the surroundings: tons whose noun names munitions alone
 * ("4.5 tons of bombs", "310 tons ammunition"; not "tons of ammunition,
 * food and fuel") count munitions, and so do the bare tons after such a
 * figure or a munition stock in the sentence ("about 1.8 tons a sortie",
 * "the ammunition stock stood at 4,800 tons") unless another kind follows
 * them ("170 tons fuel").  Yards counted by a modifier ("eleven marshalling
 * yards") or by a small number in words that opens the sentence or follows
 * "the" ("Two yards shared the work") are places (category other), not a
 * distance.  The bare figures after "index" count points ("the index
 * stood at 100 and reached 235"), kept even with no other noun.  A share
 * after ", or" restates a bare number and lends it nothing ("an increase
 * of 72, or some 82 per cent" counts the earlier noun).  A bare scaled
 * number after a count at least 100 times smaller prices in the money
 * before that count ("At $5 a day, 2,000 more men would cost about 3.6
 * million": USD).
 *
 * A bare number in the sentence after "N ships of M tons" that is no larger
 * than N is a part of the count, not of the tonnage ("lost 40 ships of
 * 120000 tons. Mines sank 22": ships).  A singular "loss" governs no number
 * ("the monthly loss had fallen to five" counts what was lost before).
 * "Their number rose from 90" counts the last plural lexicon noun of the
 * sentence before.  A definite set ("all 40") with no figure of its value
 * in the sentence before looks one sentence further back for one.  "the
 * one day" is a determiner, no figure; "altogether" and "apiece" are never
 * a noun.  In a note, a table by year after a colon ("Lorries lost by
 * year: 1940, 12; 1941, 31") and the "Total, 52." that closes it count the
 * plural lexicon noun the note opens with.  A note's "The 264 of 1942"
 * restates a figure written the same way earlier in the text with a plural
 * lexicon noun after it ("264 fighter pilots") and counts that noun; the
 * figures after it lend over ordinals ("58 in the first quarter, 61 in the
 * second").  A bare number after a verb whose subject is a force's
 * strength ("the ration strength on that day was 9,000"; "it stood at
 * 8,100" after a sentence naming it, same paragraph) counts men, unless a
 * noun of things qualifies the strength ("tank strength", "air strength").
 * "N head of cattle" counts the noun after "head of".  An opening "Of the
 * <plural noun>" may be qualified up to its comma ("Of the prisoners still
 * held in May, 7,400 ...": prisoners, no date).  A term of a ratio ("two
 * for every three men") and a count of kinds ("400 rifles of seven
 * patterns") lend their nouns to no other bare number.  In a note, the
 * entries of a list by name ("Arno 5,400 tons, Bellin 3,100") share the
 * first entry's noun; a bare number a few words after "figure" or "total"
 * ("The May figure breaks down as 11,200 ...") counts the noun of the first
 * counted figure of the body sentence citing the note ("[4]", "[^4]");
 * "two of the Arden class" counts the noun written before "of the Arden
 * class" earlier in the text.
 */
#ifndef TALLY_CONTEXT_H
#define TALLY_CONTEXT_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"
#include "tally/number.h"
#include "tally/segment.h"

typedef struct tally_attach {
    int keep;                    /* 1 = report this figure, 0 = drop it */
    size_t noun_start, noun_end; /* the counted noun phrase in text; equal if none */
    size_t mention_start, mention_end; /* number expression + noun phrase */
    char unit[48];               /* normalised singular lemma ("aircraft", "person-day", "USD") */
    char category[16];           /* aircraft|formation|personnel|labor|munition|materiel|
                                    money|speed|distance|duration|share|event|other */
    int elliptic;                /* 1 when the unit came from another noun in context */
    const char *rule;            /* static name of the rule that found the unit: "noun",
                                    "number", "paren", "parallel", "coord", "inparen",
                                    "sibling", "governor", "ellipsis" (an earlier figure
                                    of the sentence), "previous" (the previous
                                    sentence's last figure), "partitive" (the whole
                                    of "231 of the 288 hulls"), or "" (none) */
} tally_attach;

/* Attach context to the n numbers nums[] (all of one sentence s, as
 * tally_numbers_find() returned them, all kinds included).  out[] has n
 * entries, filled for every number (keep is 0 for kinds other than FIGURE).
 * text is the whole document text. */
tally_status tally_context_attach(const char *text, const tally_sentence *s,
                                  const tally_number *nums, size_t n,
                                  const tally_lexicon *lex, tally_attach *out,
                                  tally_error *err);

#endif
