/*
 * text.h - reading a document: files, stdin, PDF through pdftotext; UTF-8
 * validation; Markdown backslash escapes.
 *
 * A tally_doc keeps two versions of the document:
 *   orig  - the bytes as read (for a PDF: the text pdftotext gave), which is
 *           what every byte offset tally reports points into;
 *   text  - the normalised text the recognisers read: Markdown escapes such
 *           as "\$" become "$", and (with lenient) invalid bytes become
 *           U+FFFD.  map translates offsets in text back into orig.
 * The doc owns everything in it; tally_doc_free() releases it.
 */
#ifndef TALLY_TEXT_H
#define TALLY_TEXT_H

#include <stddef.h>

#include "tally/status.h"

typedef struct tally_read_opts {
    int lenient;        /* replace invalid UTF-8 and NUL bytes instead of failing */
    int raw;            /* keep backslash escapes as they are */
    int pdf;            /* 1 force PDF, 0 never, -1 decide by name and magic bytes */
} tally_read_opts;

typedef struct tally_doc {
    char *name;         /* the name as given ("-" for stdin) */
    char *orig;         /* bytes as read, NUL-terminated */
    size_t orig_len;
    char *text;         /* normalised text, NUL-terminated; the same pointer as orig when
                           normalising changed nothing */
    size_t len;
    size_t *map;        /* map[i]: offset in orig of text byte i (len+1 entries); NULL = identity */
    size_t *lines;      /* offsets of the '\n' bytes in orig, built on demand */
    size_t nlines;
    int lines_built;
    int replaced;       /* how many bad bytes lenient replaced */
} tally_doc;

/* Default options: strict, escapes understood, PDF by name or magic. */
tally_read_opts tally_read_defaults(void);

/* Read path ("-" = stdin) into doc.  Errors: TALLY_EIO (missing, unreadable,
 * a directory), TALLY_EINPUT (empty, NUL byte, invalid UTF-8 with its byte
 * offset), TALLY_EEXTERNAL (pdftotext missing or failed). */
tally_status tally_doc_read(const char *path, const tally_read_opts *opts, tally_doc *doc,
                            tally_error *err);
/* Build a doc from bytes in memory (copied); name is used in messages. */
tally_status tally_doc_from_mem(const char *name, const char *data, size_t len,
                                const tally_read_opts *opts, tally_doc *doc, tally_error *err);
/* Offset in orig of offset off in text. */
size_t tally_doc_orig(const tally_doc *doc, size_t off);
/* 1-based line number in orig of the byte at orig offset off (0 if OOM). */
size_t tally_doc_line(tally_doc *doc, size_t orig_off);
void tally_doc_free(tally_doc *doc);

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid or
 * truncated at n.  *cp receives the code point. */
size_t tally_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

#endif
