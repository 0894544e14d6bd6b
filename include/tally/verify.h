/*
 * verify.h - checking the arithmetic a text asserts (relations from
 * relate.h, figures from reference datasets via against.h) with interval
 * arithmetic, and writing the verdicts as compiler-style diagnostics or CSV.
 *
 * Every figure is an interval: a range "350 to 400" is [350, 400], "more
 * than 1,000" is [1000, inf), an exact or approximate figure is a point.
 * Each check is made twice:
 *   strict  figures as stated, norms at their typical range [low, high];
 *           a stated "some / about / nearly N" is N with its rounding
 *           allowance ("some $37 million" is 36.5-37.5 million, "some 28"
 *           27.5-28.5), since that is what the text claims:
 *           the computed and stated intervals meet      -> consistent;
 *   wide    every figure widened by its rounding allowance and norms by
 *           their tolerance: they meet                 -> approximate;
 *           they do not                                -> inconsistent;
 * and a check that lacks a figure (a share of a whole the text never
 * states, a formation with no norm) is unverifiable, with the reason.
 *
 * Rounding allowance of a stated value v (tally_rounding_allowance): let u
 * be v's rounding unit, the largest power of ten dividing v, times 5 when
 * v/u is itself a multiple of 5 (28 -> 1, 350 -> 50, 1,300 -> 100).  An
 * approximate figure ("some", "about", ranges) allows min(u/2, 10% of v);
 * an exact figure allows min(u/2, 5% of v) when it is round to the hundred
 * or more (u >= 100: "two hundred planes", "1,300") and nothing otherwise:
 * an exact "25" or "350" is taken at its word.  So "some 28" allows
 * 27.5-28.5 and 25 + 4 = 29 is flagged, while "about 350" allows 325-375.
 * Percentages allow half their last digit; shares in words ("one third")
 * allow 10%.  A share hedged from below ("nearly a quarter", "almost
 * 40 per cent") reaches down to 85% of its value in words and to 90% in
 * digits ("nearly 70 per cent" is 63-70 per cent before rounding).  Stated shares, percentage changes and averages are taken as
 * the text rounds them even in the strict check: "87 per cent" is
 * 86.5-87.5, "about 60 per cent" 55-65 (the approximation's allowance),
 * "2.3 tons per sortie" 2.25-2.35; the wide check doubles that.  In a sum,
 * an exact part stated to the total's precision or finer gets no allowance
 * ("1.9 + 0.8 + 0.6 million" is not "3.2 million").
 *
 * So 'approximate' is left for a computed value that needs the extra room
 * of its operands' allowances or of the norms' tolerance.  Where the
 * operands have no room (a share of exact counts, "23 of the 38 bridges,
 * some 70 per cent"; a percentage change whose amount, stated exactly just
 * before it, shows both levels exact, "from 6,000 to 11,500, an increase
 * of 5,500, or 82 per cent"), a stated figure missing the strict interval
 * by more than 5% (10% for a fraction in words, "about a third" for 30%;
 * 5% for a bound, "more than three quarters") is inconsistent.
 *
 * Check kinds: sum, norm, product (rate x counts), average (total / counts
 * against a stated average), multiple ("doubled", "twice"), fraction,
 * change (a percentage, or an absolute change "from 1,200 to 1,850, a rise
 * of 650": B - A against the amount, ends as precise as it taken as
 * stated), subset, norm-estimate, and reference (against.h).
 *
 * The checks are owned by the tally_checks and freed with
 * tally_checks_free().
 */
#ifndef TALLY_VERIFY_H
#define TALLY_VERIFY_H

#include <stdio.h>

#include "tally/status.h"
#include "tally/text.h"
#include "tally/lexicon.h"
#include "tally/segment.h"
#include "tally/facts.h"
#include "tally/relate.h"

typedef enum {
    TALLY_V_CONSISTENT = 0,
    TALLY_V_APPROXIMATE,
    TALLY_V_INCONSISTENT,
    TALLY_V_UNVERIFIABLE
} tally_verdict;

#define TALLY_V_COUNT 4

typedef struct tally_check {
    long id;                  /* 1-based number in its document */
    const char *kind;         /* static: "sum", "norm", ..., "norm-estimate", "reference" */
    tally_verdict verdict;
    double stated;            /* the stated figure's value (NAN if none) */
    double computed;          /* the value computed from the parts (NAN if none) */
    double low, high;         /* the computed interval, strict */
    double tolerance;         /* extra room on each side for 'approximate' */
    char *facts;              /* ids of the figures used, stated first: "14;12;13" */
    size_t start, end;        /* byte span in the original input covering them */
    size_t line;              /* line of the stated figure in the original input */
    int note;                 /* endnote the stated figure cites, 0 none */
    char *expression;         /* "25 + 4 = 29" */
    char *message;            /* the diagnostic text after the verdict */
    char *sentence;           /* the stated figure's sentence */
} tally_check;

typedef struct tally_checks {
    char *doc;                /* document name */
    tally_check *v;
    size_t n, cap;
} tally_checks;

/* Name of a verdict ("consistent", ...). */
const char *tally_verdict_name(tally_verdict v);

/* The rounding allowance of a figure (see above): value v with qualifier q
 * and, for percentages, percent=1. */
double tally_rounding_allowance(double v, tally_qualifier q, int percent);

/* 1 when the whole number `stated` reads as `computed` (a whole number
 * too, within 1e-6) with two neighbouring digits swapped ("845,000" for
 * 854,000, "6,270" for 6,720): a copying slip.  Both 10 or more. */
int tally_digits_swapped(double stated, double computed);

/* Check each relation of rels (found in facts of doc) and append a check
 * per relation to out, then one "norm-estimate" check per formation for
 * which the document's own statements imply aircraft per formation.  out
 * must be zeroed or hold earlier checks of the same document; out->doc is
 * set from facts->doc when NULL.  lex gives the norms (may be NULL). */
tally_status tally_verify_relations(tally_doc *doc, const tally_facts *facts,
                                    const tally_relations *rels, const tally_lexicon *lex,
                                    tally_checks *out, tally_error *err);

/* The whole job for one document: relate, then verify. */
tally_status tally_verify(tally_doc *doc, const tally_facts *facts, const tally_segments *seg,
                          const tally_lexicon *lex, tally_checks *out, tally_error *err);

/* Append a check (the strings are copied); used by against.c.  Returns the
 * new check or NULL when out of memory. */
tally_check *tally_checks_add(tally_checks *out, const char *kind, tally_verdict v,
                              const char *expression, const char *message,
                              const char *sentence, const char *facts);

/* Count the checks of each verdict into counts[TALLY_V_COUNT] (added to). */
void tally_checks_count(const tally_checks *c, size_t counts[TALLY_V_COUNT]);

/* Diagnostics "FILE:LINE: verdict: message [note N]", one per check. */
tally_status tally_checks_write_text(const tally_checks *c, FILE *fp, tally_error *err);
/* The CSV header (tally_check_columns) and the rows. */
extern const char *const tally_check_columns[];
tally_status tally_checks_write_csv_header(FILE *fp, tally_error *err);
tally_status tally_checks_write_csv(const tally_checks *c, FILE *fp, tally_error *err);

void tally_checks_free(tally_checks *c);

#endif
