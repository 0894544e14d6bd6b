/*
 * autorules.h - derive rules made from a document itself: the ratios that
 * the relations found by relate.h imply, and outturn-over-promise ratios,
 * ready for tally_deriver_add_rules() (derive.h).
 *
 * From a relation (the figure the text states is "stated"):
 *
 *   NORM      stated aircraft / the formations      "four air regiments
 *             (all of one kind: regiment, ...)      (120 aircraft)": 30
 *             #120 / #four, or #s / sum(#a, #b)     aircraft/regiment
 *   PRODUCT   stated / the count (parts[1])         96,000 person-days for
 *             only with exactly one count (a rate   four airfields: 24,000
 *             times two counts gives no one ratio)
 *   FRACTION  sum(part, ...) / sum(whole, ...)      when the whole is stated:
 *             * 100 (percent)                       "(#a + #b) / (#c + #d) *
 *                                                   100"; skipped for lists
 *                                                   of mixed units ("85
 *                                                   tanks and 36 fighters")
 *   SUBSET    stated / its whole * 100 (percent)
 *   CHANGE    pct_change(from, to)
 *   SUM       nothing (its sum is what verify checks)
 *   DIFFERENCE nothing
 *
 * Outturns ("delivered over promised"): a figure stated as actual A over a
 * figure promised or planned P (facts' modality column) of the same unit
 * and the same actor (both may be unknown), where
 *   - P comes before A in the text, or in A's sentence, in the same section
 *     (body or endnotes), at most one paragraph earlier;
 *   - A's date, when both are dated, does not end before P's starts;
 *   - their counted nouns, when both carry words before the head noun
 *     ("air regiments", "engineering regiments"), share one of them;
 *   - P is the nearest such promise or plan: the search back stops at the
 *     first promised/planned figure of A's unit and actor, fitting or not.
 * Each actual figure gets at most one outturn; a promise may serve several.
 *
 * Names.  TALLY_AUTONAME_SENTENCE (tally derive --auto) names a rule after
 * the words of its figures in the sentence: the mentions of the first and
 * the last figure the expression uses, in text order, at most four words of
 * each, slugified ("MiG-15s" -> mig15s, "1,300" -> 1300), "_over_" between
 * an outturn's actual figure and its promise, then "_f" and the stated
 * figure's id: four_air_regiments_120_aircraft_f2,
 * four_airfields_96000_person_days_f5, delivered_350_trucks_over_500_trucks_f7
 * (a name that would start with a digit takes the word before the number).
 * TALLY_AUTONAME_UNITS (tally report) names it after its units:
 * aircraft_per_regiment_f2, person_day_per_airfield_f5, share_pct_f9,
 * change_pct_f4, truck_actual_over_promised_f7.  Names within one tally_autorules are unique (a repeat
 * of the same rule is dropped; a different rule under a taken name gets
 * _2, _3...).
 *
 * Ownership: a tally_autorule's strings belong to it; a tally_autorules
 * owns its rules; free them with tally_autorule_free() and
 * tally_autorules_free().  Rules refer to facts by index (stated) and by
 * id (in the expression), so they go with the tally_facts they came from.
 */
#ifndef TALLY_AUTORULES_H
#define TALLY_AUTORULES_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/csvio.h"
#include "tally/lexicon.h"
#include "tally/facts.h"
#include "tally/relate.h"

typedef enum {
    TALLY_AUTONAME_SENTENCE = 0,  /* four_air_regiments_120_aircraft_f2 */
    TALLY_AUTONAME_UNITS          /* aircraft_per_regiment_f2 */
} tally_autoname;

typedef struct tally_autorule_opts {
    tally_autoname naming;  /* how rules are named */
    const char *doc;        /* NULL: figures as #12; else as doc:#12 (or "doc":#12) */
    int outturns;           /* 1: add the outturn-over-promise ratios (build only) */
} tally_autorule_opts;

typedef struct tally_autorule {
    char *name;             /* an identifier derive accepts */
    char *expression;       /* "#2 / #1", "pct_change(#3, #4)" */
    const char *kind;       /* static: "norm", "product", "fraction", "subset", "change", "outturn" */
    size_t stated;          /* index into facts->v of the figure the rule is about */
} tally_autorule;

typedef struct tally_autorules {
    tally_autorule *v;
    size_t n, cap;
} tally_autorules;

/* Defaults: sentence names, plain #ids, outturns on. */
tally_autorule_opts tally_autorule_defaults(void);

/* The rule relation rel (found in facts, with text the document's
 * normalised text) implies.  *made is 1 and out is filled when there is
 * one, 0 when the relation gives none (a sum, a missing whole, formations
 * of different kinds).  lex (may be NULL) gives relate's reading of units
 * for TALLY_AUTONAME_UNITS.  Free out with tally_autorule_free(). */
tally_status tally_autorule_for(const char *text, const tally_facts *facts,
                                const tally_relation *rel, const tally_lexicon *lex,
                                const tally_autorule_opts *o, tally_autorule *out, int *made,
                                tally_error *err);

/* Every rule of one document: one per relation that gives one, then the
 * outturns (when o->outturns), with unique names.  Appended to out (zeroed
 * or holding rules of the same deriver: names stay unique across them). */
tally_status tally_autorules_build(const char *text, const tally_facts *facts,
                                   const tally_relations *rels, const tally_lexicon *lex,
                                   const tally_autorule_opts *o, tally_autorules *out,
                                   tally_error *err);

/* Rule i as a line "name = expression" (no newline) into a new string the
 * caller frees; NULL when out of memory. */
char *tally_autorule_line(const tally_autorule *r);

/* The facts as a table with the facts CSV columns, for
 * tally_deriver_add_facts().  Free t with tally_table_free(). */
tally_status tally_autorules_facts_table(const tally_facts *facts, tally_table *t,
                                         tally_error *err);

void tally_autorule_free(tally_autorule *r);
void tally_autorules_free(tally_autorules *r);

#endif
