/*
 * modality.h - what kind of claim a figure is: actual, planned, promised,
 * requested, estimated or hypothetical, from cue words around it.
 *
 * Cues come from the "modality" lexicon table (cue,modality,scope), matched as
 * words or phrases of up to four words, longest first: "plan" -> planned,
 * "would send" -> promised, "agreed to" -> promised, "asked" -> requested,
 * "believed" -> estimated, "if" -> hypothetical.  A cue may have a gap of
 * one to three words, written "required ... to" (an obligation: "required
 * the duchy to raze"); a gapped cue is tried first.  A cue may also say
 * "actual" ("could ... only": a capacity stated as fact).  A cue whose
 * optional scope column says "clause" ("told") never decides by itself: it
 * governs the bare modal verb or verb of need of its that-clause.  The cue
 * that decides is, in
 * order:
 *   0. "instead of" or "rather than" right before the figure: the figure
 *      set against what came true is the plan ("46 trucks instead of 50");
 *   1. a participle inside or right after the figure's noun phrase ("the
 *      150 projected by the Chinese");
 *   2. a modal verb or auxiliary right after the noun phrase, whose subject
 *      the figure is ("one division would not be able to ...", "three
 *      airfields had to be built");
 *   3. the nearest cue before the figure in its sentence, not crossing a
 *      clause opened by "but", "although", "while", "whereas" or "because".  A that-clause does not stop the search: in reported
 *      speech the verb of saying governs ("he requested that the Soviets
 *      send ..."), and a verb of estimating before "that" governs every
 *      cue of its clause ("they reckoned that each aircraft needed 14 hours":
 *      estimated).
 * A verb of estimating, promising or asking before "that" (up to four words
 * between: "estimated in 1925 that", "promised parliament that") governs
 * the cues of its clause: an estimate every cue but a counterfactual, a
 * promise or a request a bare modal verb ("promised that the debt would be
 * repaid within seven years": promised); an estimate set off by commas
 * ("such losses, the staff estimated, could be borne") governs too.
 * A clause opened by "if" or "unless" at the head of the sentence makes a
 * bare modal verb of the main clause after its comma hypothetical ("If the
 * barges come, the mill will grind 900 sacks"); so does one at the head of
 * an estimate's that-clause ("reckoned that if the rains held off, the
 * farms would deliver 500 tons": hypothetical).  A quota is a demand on
 * another (requested); "of the quota," closed by a comma, like "its
 * target,", names the demand an earlier figure is measured against.
 * A negated cue or a condition does not reach past a semicolon or a colon
 * ("could not keep up: it struck 90,000 coins" is actual), and a cue inside
 * an opening "Of the N that were to be repaired," frame not past its comma.
 * A verb of a thing done in a finite form between the cue and the figure
 * ("of the 60 promised, Marrow delivered 22", "promised eight and managed
 * 26") cancels the cue: the figure
 * is actual ("to be delivered", "would have produced" do not cancel).
 * A plan's or a condition's cue (planned, hypothetical) does not reach
 * past ", so that" into the result after it ("could move 400 tons, so
 * that the ten moved 4,000": actual); an estimate or a request does.
 * "target" after "the" and a word of place ("bombs to the target", "over
 * the target") is a place, not a goal.
 * A participle used as an adjective ("the promised total", "the money
 * pledged,") qualifies its own phrase only: past a comma, semicolon,
 * colon, full stop or ")" after it, the figure is actual.
 * A cue of a participle or an adjective right after the comma that closes
 * the figure's phrase decides ("4.2 million roubles, payable over five
 * years": promised).  A plan noun after "the" or a possessive whose phrase
 * a comma closes names the plan of an earlier figure, not of the next
 * ("averaged 14,000, half its target, and in 1973 about 19,000": actual);
 * "targets" after "against" and a word is a place ("sorties against oil
 * targets").  A cue inside a relative clause set off by commas (", which
 * could fire inland,") does not reach the main verb's figure after it.
 * A past necessity (scope "past": "had to") told in the narrative is a
 * thing done ("the gap of 1.4bn had to be borrowed": actual); reported
 * after "that", or with a rate of time ("had to shift 500 tons a day"),
 * it stays planned.  A verb of need whose subject is "each" and a noun is
 * a norm ("Each barge needed a crew of 14": planned).  Past a semicolon, a
 * figure that is the subject of a thing done ("; fewer than 600 had
 * finished") is actual.  "instead of the 80 it could actually field" is
 * what came true (actual).  An opening rate ("At 120 daler a month,")
 * makes the modal verb after it hypothetical, as "if" does; "only if"
 * after a figure makes it hypothetical.  In a clause "the loan was worth
 * N" whose subject holds a noun of scope "pledge" (loan, debt, annuity),
 * the figures from that noun on are the pledge's (promised).
 * A cue after "not", "never" or "no" is negated: a negated plan, promise or
 * request does not count (the search goes on), a negated modal verb ("would
 * not", "could not") makes the figure hypothetical.  Without a cue the figure
 * is actual.
 */
#ifndef TALLY_MODALITY_H
#define TALLY_MODALITY_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"
#include "tally/segment.h"

typedef struct tally_modality_choice {
    char modality[16];          /* actual|planned|promised|requested|estimated|hypothetical */
    size_t cue_start, cue_end;  /* the cue in text; equal when none (actual by default) */
    int negated;                /* 1 when the cue was negated */
    const char *rule;           /* "contrast", "after the figure", "before the figure",
                                   "estimate of a need", "after a condition",
                                   "after the figure's comma", "a past necessity in
                                   the narrative", "a norm for each", "after a
                                   rate", "before a condition", "the worth of a
                                   pledge", "what came true", "default", ... */
} tally_modality_choice;

/* Choose the modality of the figure text[fstart..fend) in sentence s, whose
 * mention (number and counted noun) ends at mend (fend if unknown). */
tally_status tally_modality_pick(const char *text, const tally_sentence *s, size_t fstart,
                                 size_t fend, size_t mend, const tally_lexicon *lex,
                                 tally_modality_choice *out, tally_error *err);

/* 1 when name is one of the six modalities. */
int tally_modality_valid(const char *name);

#endif
