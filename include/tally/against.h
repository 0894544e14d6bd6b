/*
 * against.h - cross-checking a document's figures against a reference
 * dataset: a CSV with at least the columns value and unit, and any of key,
 * doc, id, low, high, qualifier, category, actor, date, modality, note,
 * source (the layout of datasets/reference/seed_figures.csv).
 *
 * A figure matches a reference row when
 *   - the row names it: its doc column equals the document's name (or its
 *     base name) and its id column equals the figure's id (a shared key); or
 *   - unit and category agree, and every one of actor, date and modality
 *     that the row gives is known for the figure and agrees (same actor,
 *     same modality, dates overlapping: ISO 8601 prefixes such as 1951,
 *     1951-04, 1951-04-15, or ranges "1951-01/1951-02"); a row that gives
 *     none of the three matches only through the shared key.
 * Each matched figure gives one check of kind "reference": consistent when
 * its interval meets the nearest row's [low, high] (or value), approximate
 * within the rounding allowances of verify.h, inconsistent otherwise.
 */
#ifndef TALLY_AGAINST_H
#define TALLY_AGAINST_H

#include "tally/status.h"
#include "tally/text.h"
#include "tally/csvio.h"
#include "tally/facts.h"
#include "tally/verify.h"

typedef struct tally_reference {
    tally_table t;      /* the rows; owned */
    int key, doc, id, value, low, high, qual, unit, category, actor, date, modality;
                        /* column indices, -1 when absent */
} tally_reference;

/* Read a reference CSV.  Errors: TALLY_EIO, TALLY_ECSV, and TALLY_EINPUT
 * when the value or unit column is missing.  Free with
 * tally_reference_free(). */
tally_status tally_reference_load(const char *path, tally_reference *ref, tally_error *err);
void tally_reference_free(tally_reference *ref);

/* Append one "reference" check to out for every figure of facts that
 * matches a row of ref.  doc (may be NULL) gives line numbers. */
tally_status tally_against(tally_doc *doc, const tally_facts *facts,
                           const tally_reference *ref, tally_checks *out, tally_error *err);

#endif
