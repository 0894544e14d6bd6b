/*
 * html.c - escaping document text for HTML and Markdown, URL paths, and
 * the frame of the report's HTML page.  The page uses HTML 4 elements only
 * (so `xmllint --html` reads it without complaint) and a small inline style
 * sheet: no script, no font, nothing fetched from anywhere.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tally/html.h"
#include "tally/text.h"

#define REPLACEMENT "\xEF\xBF\xBD"   /* U+FFFD in UTF-8 */

/* Append s to b with each byte either copied, replaced by an entity (html)
 * or backslash-escaped (md).  Returns 0, or -1 when out of memory. */
static int escape_into(tally_buf *b, const char *s, int md)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p);
    int rc = buf_reserve(b, n + 1);
    while (rc == 0 && *p) {
        unsigned cp;
        size_t k = tally_utf8_decode(p, n, &cp);
        if (k == 0) {   /* an invalid byte: one replacement character */
            rc = buf_puts(b, REPLACEMENT);
            p++, n--;
            continue;
        }
        if (k > 1) {
            rc = buf_append(b, p, k);
        } else if (*p == '\n' || *p == '\r') {
            rc = md ? buf_putc(b, ' ') : buf_putc(b, (char)*p);
        } else if (*p < 0x20 && *p != '\t') {
            rc = buf_puts(b, REPLACEMENT);
        } else if (*p == 0x7f) {
            rc = buf_puts(b, REPLACEMENT);
        } else if (md && strchr("\\`*_[]<>|&~#", *p)) {
            rc = buf_putc(b, '\\') | buf_putc(b, (char)*p);
        } else if (!md && *p == '&') {
            rc = buf_puts(b, "&amp;");
        } else if (!md && *p == '<') {
            rc = buf_puts(b, "&lt;");
        } else if (!md && *p == '>') {
            rc = buf_puts(b, "&gt;");
        } else if (!md && *p == '"') {
            rc = buf_puts(b, "&quot;");
        } else if (!md && *p == '\'') {
            rc = buf_puts(b, "&#39;");
        } else {
            rc = buf_putc(b, (char)*p);
        }
        p += k;
        n -= k;
    }
    return rc ? -1 : 0;
}

/* Escape s into a new string (md selects Markdown). */
static char *escape_new(const char *s, int md)
{
    tally_buf b = {0};
    if (escape_into(&b, s, md) < 0) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

/* tally_html_escape("a<b") gives "a&lt;b". */
char *tally_html_escape(const char *s)
{
    return escape_new(s, 0);
}

/* tally_md_escape("a|b") gives "a\|b". */
char *tally_md_escape(const char *s)
{
    return escape_new(s, 1);
}

/* Write s escaped (md selects Markdown) to fp. */
static int put_escaped(FILE *fp, const char *s, int md)
{
    char *e = escape_new(s, md);
    if (!e)
        return -1;
    int rc = fputs(e, fp) == EOF ? -1 : 0;
    free(e);
    return rc;
}

/* tally_html_put(fp, name) writes name with entities. */
int tally_html_put(FILE *fp, const char *s)
{
    return put_escaped(fp, s, 0);
}

/* tally_md_put(fp, name) writes name with Markdown escapes. */
int tally_md_put(FILE *fp, const char *s)
{
    return put_escaped(fp, s, 1);
}

/* tally_html_url("docs/a b.svg") gives "docs/a%20b.svg". */
char *tally_html_url(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    tally_buf b = {0};
    int rc = buf_reserve(&b, 1);
    for (const unsigned char *p = (const unsigned char *)(path ? path : ""); rc == 0 && *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p))
            rc = buf_putc(&b, (char)*p);
        else
            rc = buf_putc(&b, '%') | buf_putc(&b, hex[*p >> 4]) | buf_putc(&b, hex[*p & 15]);
    }
    if (rc) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

/* The style sheet: readable widths, quiet tables, verdict colours. */
static const char style[] =
    "body{font-family:sans-serif;max-width:72em;margin:1em auto;padding:0 1em;"
    "line-height:1.4;color:#222;background:#fff}\n"
    "h1,h2,h3{line-height:1.2}h2{border-top:2px solid #ccc;padding-top:.6em;margin-top:2em}\n"
    "table{border-collapse:collapse;margin:.5em 0 1em}\n"
    "th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}\n"
    "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "tr.total td{font-weight:bold}\n"
    ".inconsistent{color:#a00}.approximate{color:#a60}.unverifiable{color:#666}"
    ".consistent{color:#070}.failed{color:#a00;font-weight:bold}\n"
    "div.issue{border-left:4px solid #a00;padding:.2em .8em;margin:.8em 0;background:#fdf5f5}\n"
    "div.issue p{margin:.3em 0}blockquote{margin:.3em 0 .3em 1em;font-style:italic}\n"
    "code{background:#f3f3f3;padding:0 .2em}.note{color:#555;font-size:90%}\n"
    "object{max-width:100%;border:1px solid #ddd}\n";

/* tally_html_begin(fp, "tally report") opens a page. */
int tally_html_begin(FILE *fp, const char *title)
{
    int rc = fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<title>", fp) == EOF;
    rc |= tally_html_put(fp, title) != 0;
    rc |= fprintf(fp, "</title>\n<style type=\"text/css\">\n%s</style>\n</head>\n<body>\n",
                  style) < 0;
    return rc ? -1 : 0;
}

/* tally_html_end(fp) closes a page opened with tally_html_begin(). */
int tally_html_end(FILE *fp)
{
    return fputs("</body>\n</html>\n", fp) == EOF ? -1 : 0;
}
