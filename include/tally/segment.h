/*
 * segment.h - the second stage: a document's text cut into paragraphs,
 * sentences and endnotes, with the footnote markers that tie them together.
 *
 * All offsets are byte offsets into tally_doc.text (the normalised text);
 * tally_doc_orig() turns them into offsets into the original input.
 *
 * Rules (see segment.c for details):
 *  - paragraphs are separated by blank lines (lines of white space only) or
 *    form feeds; a paragraph that stops mid-sentence (no final . ! ? before
 *    closing quotes, brackets and markers) and whose continuation starts in
 *    lower case (or that ends in , ; ( or a dash) is joined with it: a page
 *    break, not a new paragraph, and one sentence runs across the gap.
 *    Markdown headings ("# ...") and short title-case lines followed by a
 *    capitalised line are paragraphs of their own;
 *  - sentences end at . ! ? ... or U+2026 (optionally followed by closing
 *    quotes, brackets, Markdown emphasis or a footnote marker) followed by
 *    white space and an upper-case letter, digit, opening quote or bracket,
 *    or the end of the paragraph.  Not after an abbreviation from the
 *    "abbreviations" lexicon table (Gen. Col. p. pp. No. et al. ...) unless its
 *    ends_sentence column is 1 (etc., Inc., Co.), not after a capital initial
 *    ("D. Golunov"), a dotted letter group ("U.S.", "e.g.": "... to the U.S.
 *    The next" stays one sentence, by choice), a list label ("2.", "IV."),
 *    nor inside a decimal ("2.5").  An entry written with a capital ("No.")
 *    needs a capital in the text, so "said no." still ends a sentence;
 *  - footnote markers (body only) are runs of superscript digits (¹²³, ⁴⁸),
 *    "[15]", "[^15]", "^15", "^15^" and "<sup>15</sup>" right after a word or
 *    punctuation; powers ("10⁶", "10^6", "km²") are not markers.  Two more
 *    forms count only when the endnotes have a numbered note of that number:
 *    "[15]" or "[^15]" after a space ("as shown [15]."), and plain digits
 *    glued to the text as pdftotext renders superscripts: after a full stop
 *    that is no abbreviation or initial and before a new sentence
 *    ("assumed.1 The"), after , ; : ("tanks,3 and"), a closing bracket or
 *    quote ('said."4'), a lone year ("in 1943,3 and") or a lower-case word
 *    of three or more letters ("tanks10").  Glued digits must also follow
 *    the last marker in sequence (larger by 1 to 3), so decimals ("2.5"),
 *    thousands ("1,200"), years and designations ("No.5", "B29", "km2") are
 *    never taken; the number stage drops figures that overlap a marker;
 *  - the endnotes section starts at a heading line from the "headings" table
 *    (Endnotes, Notes, References, ...; case-insensitive, whole line, with
 *    optional #s, ** and a trailing colon): the first such line followed by
 *    a numbered note, else the last one in the second half of the text.
 *    Without a heading, a final block of notes numbered 1, 2, 3, ... (at
 *    least three, in the second half, with markers in the body) is taken as
 *    the endnotes.  Notes start at lines "12. text", "12) text", "[12] text"
 *    or "12 text" (the last only as the next number after a finished
 *    sentence); numbers must increase.  A paragraph that does not start with
 *    a number continues the note before it.  Each note starts a paragraph.
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
    int note;               /* body: endnote number the sentence cites: the last
                               marker inside it, else the next marker later in its
                               paragraph; 0 none (always 0 in the endnotes) */
    int endnote;            /* in the endnotes: number of the note it belongs to
                               (0 for a heading or text before the first note) */
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
    tally_note *notes;      /* in document order, numbers strictly increasing */
    size_t nnotes;
    size_t endnotes_start;  /* offset where the endnotes section starts (its heading
                               line); len if none */
    int nparas;             /* paragraphs in all (the largest para number) */
} tally_segments;

/* Segment text[0..len).  lex may be NULL (built-in minimum lists are then
 * used).  The caller frees the result with tally_segments_free(). */
tally_status tally_segment(const char *text, size_t len, const tally_lexicon *lex,
                           tally_segments *out, tally_error *err);
void tally_segments_free(tally_segments *seg);

/* The note with that number, or NULL.  Borrowed from seg. */
const tally_note *tally_segments_note(const tally_segments *seg, int number);

#endif
