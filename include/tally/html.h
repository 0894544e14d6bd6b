/*
 * html.h - making document text safe for the report's two formats, HTML
 * and Markdown, and the frame of an HTML page (doctype, inline style, no
 * external resource of any kind).
 *
 * Every piece of text that comes from a document goes through
 * tally_html_escape() (or tally_html_put()) before it reaches a page:
 * & < > " and ' become entities, so the result is safe both between tags
 * and inside a quoted attribute value.  Invalid UTF-8 and control
 * characters other than tab, newline and carriage return become U+FFFD, so
 * a page is always well-formed UTF-8.
 *
 * Ownership: the strings returned by tally_html_escape(), tally_md_escape()
 * and tally_html_url() are malloc'ed; the caller frees them.  The writers
 * write to a FILE the caller owns and return 0, or -1 when a write failed.
 *
 *     char *e = tally_html_escape("<script>");   // "&lt;script&gt;"
 */
#ifndef TALLY_HTML_H
#define TALLY_HTML_H

#include <stdio.h>

/* s escaped for HTML text and attribute values (see above); NULL is taken
 * as "".  NULL when out of memory. */
char *tally_html_escape(const char *s);

/* Write s escaped for HTML to fp.  0, or -1 on a write error. */
int tally_html_put(FILE *fp, const char *s);

/* s escaped for Markdown text and table cells: the punctuation Markdown
 * reads as markup (\ ` * _ [ ] < > | & ~ #) gets a backslash, newlines
 * become spaces, and the repairs of tally_html_escape() are made.  NULL
 * when out of memory. */
char *tally_md_escape(const char *s);

/* Write s escaped for Markdown to fp.  0, or -1 on a write error. */
int tally_md_put(FILE *fp, const char *s);

/* A relative path as a URL path: bytes other than letters, digits and
 * - . _ ~ / are percent-encoded.  NULL when out of memory. */
char *tally_html_url(const char *path);

/* The top of a page: doctype, head with the title (escaped) and the
 * inline style sheet, and the opening body tag. */
int tally_html_begin(FILE *fp, const char *title);

/* The bottom of a page: closing body and html tags. */
int tally_html_end(FILE *fp);

#endif
