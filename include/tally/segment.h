/*
 * segment.h - the second stage: a document's text cut into paragraphs,
 * sentences and endnotes, with the footnote markers that tie them together.
 *
 * All offsets are byte offsets into tally_doc.text (the normalised text);
 * tally_doc_orig() turns them into offsets into the original input.
 *
 * Rules (see segment.c for details):
 *  - paragraphs are separated by blank lines (or form feeds); a paragraph that
 *    stops mid-sentence (no final punctuation) and whose continuation starts
 *    in lower case is joined with it: a page break, not a new paragraph;
 *  - sentences end at . ! ? (optionally followed by quotes, brackets or a
 *    footnote marker) followed by space and an upper-case letter, digit or
 *    opening quote, except after an abbreviation from the "abbreviations"
 *    lexicon table (Gen. Col. U.S. p. pp. No. ...) or an initial ("D. Golunov");
 *  - the endnotes section starts at a heading line such as "Endnotes",
 *    "Notes" or "References" (the "headings" lexicon table) and is made of
 *    numbered notes "12. text" or "12 text";
 *  - footnote markers are superscript digits (¹²³...), "[15]" and "^15" in
 *    the body.
 */
#ifndef TALLY_SEGMENT_H
#define TALLY_SEGMENT_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"

typedef enum { TALLY_SECTION_BODY = 0, TALLY_SECTION_ENDNOTE = 1 } tally_section;

typedef struct tally_sentence {
    size_t start, end;      /* span in text, outer white space trimmed */
    tally_section section;  /* body or endnote */
    int para;               /* 1-based paragraph number over the whole document */
    int sent;               /* 1-based sentence number within its paragraph */
    int note;               /* endnote number the sentence cites: a marker inside
                               it, else the next marker in its paragraph; 0 none */
    int endnote;            /* in the endnotes: number of the note it belongs to */
} tally_sentence;

typedef struct tally_marker {
    size_t start, end;      /* span of the marker in text ("¹⁵", "[15]", "^15") */
    int number;             /* the note number it refers to */
} tally_marker;

typedef struct tally_note {
    int number;             /* the note's number */
    size_t start, end;      /* its text, without the "12." label, trimmed */
} tally_note;

typedef struct tally_segments {
    tally_sentence *sents;  /* in document order */
    size_t nsents;
    tally_marker *markers;  /* in document order */
    size_t nmarkers;
    tally_note *notes;      /* in document order */
    size_t nnotes;
    size_t endnotes_start;  /* offset where the endnotes section starts; len if none */
} tally_segments;

/* Segment text[0..len).  lex may be NULL (built-in minimum lists are then
 * used).  The caller frees the result with tally_segments_free(). */
tally_status tally_segment(const char *text, size_t len, const tally_lexicon *lex,
                           tally_segments *out, tally_error *err);
void tally_segments_free(tally_segments *seg);

/* The note with that number, or NULL.  Borrowed from seg. */
const tally_note *tally_segments_note(const tally_segments *seg, int number);

#endif
