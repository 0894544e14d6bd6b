/*
 * facts.h - the record every later stage reads: one fact per figure, and the
 * extraction pipeline that makes them (text -> segments -> numbers ->
 * context -> facts).
 *
 * The facts CSV header is a contract (scripts depend on it): columns are
 * only ever appended.  tally_facts_columns lists it.
 */
#ifndef TALLY_FACTS_H
#define TALLY_FACTS_H

#include <stdio.h>

#include "tally/status.h"
#include "tally/text.h"
#include "tally/lexicon.h"
#include "tally/segment.h"
#include "tally/number.h"

typedef struct tally_fact {
    long id;                    /* 1-based index in its document */
    tally_section section;      /* body or endnote */
    int para, sent;             /* 1-based paragraph and sentence in paragraph */
    size_t start, end;          /* byte span of the number expression in the original input */
    size_t tstart, tend;        /* the same span in the normalised text */
    size_t sent_index;          /* index of its sentence in the segments */
    char *number_text;          /* orig[start..end) */
    char *mention;              /* number + counted noun, as written */
    double value, low, high;    /* NAN for an empty cell */
    tally_qualifier qual;
    char *unit, *noun, *category;
    char *actor, *date, *modality;  /* "" when unknown */
    int note;                   /* endnote number cited, 0 none */
    char *source;               /* that endnote's text, whitespace folded */
    char *sentence;             /* the sentence, whitespace folded */
    char *explain;              /* why actor/date/modality were chosen ("" unless asked) */
} tally_fact;
/* The strings of a fact made by tally_extract() belong to it and are freed by
 * tally_facts_free(); read them, never free or replace one alone: an empty
 * one may be a "" shared by all facts. */

typedef struct tally_facts {
    char *doc;                  /* document name as reported in the doc column */
    tally_fact *v;
    size_t n, cap;
    void *pool;                 /* internal: the block of memory that holds the strings of
                                   facts made by tally_extract() (the facts of one sentence
                                   share its text); NULL for facts built by hand, whose
                                   strings are malloc'd one by one */
} tally_facts;

typedef struct tally_extract_opts {
    const char *name;           /* doc column; NULL = the doc's own name */
    int explain;                /* fill fact.explain */
} tally_extract_opts;

/* NULL-terminated list of the facts CSV columns, in order. */
extern const char *const tally_facts_columns[];

/* Run the whole pipeline on doc.  seg (optional) receives the segments, for
 * callers that need them afterwards (verify); free them with
 * tally_segments_free().  Free out with tally_facts_free(). */
tally_status tally_extract(tally_doc *doc, const tally_lexicon *lex,
                           const tally_extract_opts *opts, tally_facts *out,
                           tally_segments *seg, tally_error *err);

/* Write the header row (once per output) and the facts rows. */
tally_status tally_facts_write_header(FILE *fp, int explain, tally_error *err);
tally_status tally_facts_write(const tally_facts *f, FILE *fp, int explain, tally_error *err);

void tally_facts_free(tally_facts *f);

/* Copy of s[0..n) with runs of white space folded to one space and the ends
 * trimmed.  The caller frees it. */
char *tally_fold_space(const char *s, size_t n);

#endif
