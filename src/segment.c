/*
 * segment.c - the second stage: cutting a document's normalised text into
 * paragraphs, sentences and endnotes, and finding the footnote markers that
 * tie body sentences to their notes.
 *
 * One pass over the lines builds paragraphs (blank lines and form feeds
 * separate them; a paragraph broken by a page break in mid-sentence is joined
 * again; Markdown headings and short title lines stand alone).  Each finished
 * paragraph is cut into sentences at once.  A first, cheap pass finds where
 * the endnotes section starts (a heading from the "headings" lexicon table),
 * a second one notes the numbers of the notes there, and a third collects
 * the markers of the body (the forms that look like plain text, "[3]" after
 * a space and digits glued to a word, only when a note of that number
 * exists); sentence ends then step over the markers found.  A last pass
 * gives each body sentence the note it cites.  Everything is linear in the
 * text size: no scan restarts from a paragraph's start, and every look-back
 * is bounded.
 *
 * Ambiguities resolved by rule (documented in segment.h):
 *  - an abbreviation from the table never ends a sentence unless its row says
 *    ends_sentence=1 (etc., Inc., Co., ...); dotted letter groups such as
 *    "U.S." or "e.g." and single capital initials never end one either, so
 *    "... aid to the U.S. The next" stays one sentence (merging two sentences
 *    costs less than splitting "U.S. Air Force");
 *  - an ellipsis ends a sentence when a capitalised word follows;
 *  - glued digits are a marker only in sequence (1 to 3 above the last
 *    marker), so that a stray figure cannot pass for a note.
 */
#include <stdint.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/segment.h"
#include "tally/text.h"

/* ---- characters -------------------------------------------------------- */

/* Code point at t[i] (bytes up to n); returns its length (1 for a bad byte,
 * whose code point is then U+FFFD). */
static size_t cp_at(const char *t, size_t n, size_t i, unsigned *cp)
{
    size_t l = tally_utf8_decode((const unsigned char *)t + i, n - i, cp);
    if (l == 0) {
        *cp = 0xFFFD;
        return 1;
    }
    return l;
}

/* Length of the white-space character at t[i] (ASCII, no-break and Unicode
 * spaces), or 0. */
static size_t ws_len(const char *t, size_t n, size_t i)
{
    unsigned char c = (unsigned char)t[i];
    if (c > ' ' && c < 0xC2)   /* most bytes: no space starts here */
        return 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && i + 1 < n && (unsigned char)t[i + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80) {
        unsigned char d = (unsigned char)t[i + 2];
        if (d <= 0x8A || d == 0xAF)
            return 3;
    }
    if (c == 0xE3 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x80)
        return 3;
    return 0;
}

/* Length of the white-space character that ends just before t[i], or 0. */
static size_t ws_before(const char *t, size_t n, size_t i)
{
    for (size_t l = 1; l <= 3 && l <= i; l++)
        if (ws_len(t, n, i - l) == l)
            return l;
    return 0;
}

/* Skip white space forward from i, not beyond end. */
static size_t skip_ws(const char *t, size_t end, size_t i)
{
    size_t l;
    while (i < end && (l = ws_len(t, end, i)) > 0)
        i += l;
    return i;
}

/* Trim white space backward from end, not below start. */
static size_t trim_back(const char *t, size_t n, size_t start, size_t end)
{
    size_t l;
    while (end > start && (l = ws_before(t, n, end)) > 0 && end - l >= start)
        end -= l;
    return end;
}

/* 1 when code point cp is an upper-case letter (Latin, Greek, Cyrillic). */
static int cp_upper(unsigned cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return 1;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return 1;
    if (cp >= 0x100 && cp <= 0x17F)
        return cp % 2 == 0;
    return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

/* 1 when code point cp is a lower-case letter (Latin, Greek, Cyrillic). */
static int cp_lower(unsigned cp)
{
    if (cp >= 'a' && cp <= 'z')
        return 1;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
        return 1;
    if (cp >= 0x100 && cp <= 0x17F)
        return cp % 2 == 1;
    return (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F);
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Value of the superscript digit at t[i] (⁰¹²³⁴⁵⁶⁷⁸⁹) with its length in
 * *l, or -1. */
static int sup_digit(const char *t, size_t n, size_t i, size_t *l)
{
    const unsigned char *u = (const unsigned char *)t + i;
    if (u[0] == 0xC2 && i + 1 < n) {
        *l = 2;
        return u[1] == 0xB9 ? 1 : u[1] == 0xB2 ? 2 : u[1] == 0xB3 ? 3 : -1;
    }
    if (u[0] == 0xE2 && i + 2 < n && u[1] == 0x81) {
        *l = 3;
        if (u[2] == 0xB0)
            return 0;
        if (u[2] >= 0xB4 && u[2] <= 0xB9)
            return u[2] - 0xB0;
    }
    return -1;
}

/* Superscript digit ending just before t[i]: its length, or 0. */
static size_t sup_before(const char *t, size_t n, size_t i)
{
    size_t l;
    if (i >= 2 && sup_digit(t, n, i - 2, &l) >= 0 && l == 2)
        return 2;
    if (i >= 3 && sup_digit(t, n, i - 3, &l) >= 0 && l == 3)
        return 3;
    return 0;
}

/* Length of a closing quote or bracket at t[i] (” " ’ ' ) ] » * _), or 0.
 * * and _ close Markdown emphasis ("*ibid.*"). */
static size_t closer_len(const char *t, size_t n, size_t i)
{
    unsigned char c = (unsigned char)t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_')
        return 1;
    if (c == 0xC2 && i + 1 < n && (unsigned char)t[i + 1] == 0xBB)
        return 2;
    if (c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80) {
        unsigned char d = (unsigned char)t[i + 2];
        if (d == 0x9D || d == 0x99 || d == 0xBA)   /* ” ’ › */
            return 3;
    }
    return 0;
}

/* Length of a closer ending just before t[i], or 0. */
static size_t closer_before(const char *t, size_t n, size_t i)
{
    if (i >= 1 && closer_len(t, n, i - 1) == 1)
        return 1;
    if (i >= 2 && closer_len(t, n, i - 2) == 2)
        return 2;
    if (i >= 3 && closer_len(t, n, i - 3) == 3)
        return 3;
    return 0;
}

/* Length of sentence-final punctuation at t[i]: . ! ? or … (U+2026); 0 if
 * none. */
static size_t term_len(const char *t, size_t n, size_t i)
{
    char c = t[i];
    if (c == '.' || c == '!' || c == '?')
        return 1;
    if ((unsigned char)c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0xA6)
        return 3;
    return 0;
}

/* ---- footnote markers --------------------------------------------------- */

/* Parse 1-3 ASCII digits at t[*i] (up to end) into *v; 0 if there are none
 * or more than three. */
static int small_int(const char *t, size_t end, size_t *i, int *v)
{
    size_t k = *i;
    int val = 0;
    while (k < end && is_digit(t[k]) && k - *i < 4)
        val = val * 10 + (t[k++] - '0');
    if (k == *i || k - *i > 3 || val == 0)
        return 0;
    *i = k;
    *v = val;
    return 1;
}

/* 1 when the superscript at t[i] follows something that makes it an
 * exponent or a unit power rather than a note: "10⁶", "km²".  A four-digit
 * year may carry a marker ("in 1950³"). */
static int sup_is_power(const char *t, size_t i, int value, size_t runlen)
{
    size_t k = i;
    while (k > 0 && is_digit(t[k - 1]) && i - k < 6)
        k--;
    if (k < i) {   /* digits just before: only a year-like number may */
        int year = i - k == 4 && (t[k] == '1' || t[k] == '2') &&
                   (k == 0 || (t[k - 1] != ',' && t[k - 1] != '.' && !is_digit(t[k - 1])));
        return !year;
    }
    if ((value == 2 || value == 3) && runlen <= 3) {   /* km², m³, sq ft² */
        while (k > 0 && is_alpha(t[k - 1]) && i - k < 4)
            k--;
        size_t letters = i - k;
        if (letters >= 1 && letters <= 3 && k > 0) {
            if (is_digit(t[k - 1]) || (t[k - 1] == ' ' && k > 1 && is_digit(t[k - 2])))
                return 1;
        }
    }
    return 0;
}

/* Recognise a footnote marker starting at t[i] (text ends at n): a run of
 * superscript digits, "[15]", "[^15]", "^15" (or "^15^") or "<sup>15</sup>",
 * right after a word or punctuation.  Fills *end and *num; returns 1. */
static int marker_at(const char *t, size_t n, size_t i, size_t *end, int *num)
{
    unsigned char b = (unsigned char)t[i];
    if (i == 0 || (b != 0xC2 && b != 0xE2 && b != '[' && b != '^' && b != '<') ||
        ws_before(t, n, i))
        return 0;
    size_t l, k = i;
    int v = 0, d, digits = 0;
    if ((d = sup_digit(t, n, k, &l)) >= 0) {
        if (sup_before(t, n, i))   /* inside a run, not at its start */
            return 0;
        while (k < n && (d = sup_digit(t, n, k, &l)) >= 0) {
            v = v * 10 + d;
            k += l;
            if (++digits > 4)
                return 0;
        }
        if (v == 0 || sup_is_power(t, i, v, k - i))
            return 0;
        *end = k;
        *num = v;
        return 1;
    }
    if (t[k] == '[') {
        k++;
        int caret = k < n && t[k] == '^';
        k += (size_t)caret;
        if (!small_int(t, n, &k, &v) || k >= n || t[k] != ']')
            return 0;
        k++;
        if (caret && k < n && t[k] == ':')   /* a Markdown note definition */
            return 0;
        *end = k;
        *num = v;
        return 1;
    }
    if (t[k] == '^') {
        if (is_digit(t[i - 1]))   /* 10^6 is a power */
            return 0;
        k++;
        if (!small_int(t, n, &k, &v) || (k < n && is_digit(t[k])))
            return 0;
        if (k < n && t[k] == '^')
            k++;
        *end = k;
        *num = v;
        return 1;
    }
    if (t[k] == '<' && n - k >= 11 && strncmp(t + k, "<sup>", 5) == 0) {
        k += 5;
        if (!small_int(t, n, &k, &v) || n - k < 6 || strncmp(t + k, "</sup>", 6) != 0)
            return 0;
        *end = k + 6;
        *num = v;
        return 1;
    }
    return 0;
}

/* Step back over one marker ending just before t[i]; returns where it
 * starts, or i when none ends there. */
static size_t marker_before(const char *t, size_t n, size_t i)
{
    size_t l, k = i;
    while ((l = sup_before(t, n, k)) > 0 && i - k < 16)
        k -= l;
    if (k < i)
        return k;
    if (i > 0 && (t[i - 1] == ']' || t[i - 1] == '^' || t[i - 1] == '>' || is_digit(t[i - 1]))) {
        for (k = i - 1; k > 0 && i - k < 16; k--) {
            char c = t[k - 1];
            if (c == '[' || c == '^' || c == '<') {
                size_t e;
                int v;
                if (marker_at(t, n, k - 1, &e, &v) && e == i)
                    return k - 1;
            }
        }
    }
    return i;
}

/* ---- the segmenter's state ---------------------------------------------- */

typedef struct para {
    int open;              /* a paragraph is being built */
    size_t start, end;     /* its span so far (content, trimmed) */
    int heading;           /* a heading line: never joined with anything */
    int title;             /* a single title-like line so far */
    tally_section section; /* body or endnote */
    int endnote;           /* note number in the endnotes, else 0 */
} para;

typedef struct seg_ctx {
    const char *t;         /* the text */
    size_t n;              /* its length */
    const tally_lexicon *lex;
    int abbr_tab;          /* lex has an "abbreviations" table */
    const tally_lextab *abbr; /* that table */
    int abbr_col;          /* its ends_sentence column, -1 none */
    int head_tab;          /* lex has a "headings" table */
    int ens_heading;       /* the endnotes start at a heading line */
    tally_segments *out;
    size_t scap, mcap, ncap; /* capacities of out's arrays */
    int para_no;           /* paragraphs emitted so far */
    para p;                /* the paragraph being built */
    int any_notes;         /* numbered notes were found in the endnotes section */
    unsigned char has_note[1000]; /* has_note[k]: a note numbered k exists */
    uint64_t *term_bits;   /* bit i: t[i] may start final punctuation (maybe_term),
                              for i below term_end; found by find_markers' scan so
                              that split_sentences need not scan the text again */
    size_t term_end;       /* bytes covered by term_bits (0 when none) */
} seg_ctx;

/* ---- markers found so far ------------------------------------------------ */

/* End of the found marker that starts at t[k], or 0 (binary search: the
 * markers are sorted and do not overlap). */
static size_t listed_marker_at(const seg_ctx *c, size_t k)
{
    const tally_segments *o = c->out;
    size_t lo = 0, hi = o->nmarkers;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (o->markers[mid].start < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < o->nmarkers && o->markers[lo].start == k ? o->markers[lo].end : 0;
}

/* Start of the found marker that ends just before t[k], or k when none
 * does. */
static size_t listed_marker_before(const seg_ctx *c, size_t k)
{
    const tally_segments *o = c->out;
    size_t lo = 0, hi = o->nmarkers;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (o->markers[mid].end < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < o->nmarkers && o->markers[lo].end == k ? o->markers[lo].start : k;
}

/* ---- lexicon look-ups --------------------------------------------------- */

/* Used when no lexicon (or no such table) is given: the minimum lists. */
static const char *const builtin_abbrevs[] = {
    "Gen.", "Col.", "Lt.", "Maj.", "Capt.", "Adm.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.",
    "p.", "pp.", "No.", "Nos.", "nos.", "vol.", "ed.", "eds.", "et al.", "cf.", "vs.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
    "Nov.", "Dec.", "ca.", "approx.", "fig.", NULL};
static const char *const builtin_headings[] = {
    "Endnotes", "Notes", "Footnotes", "References", "Bibliography", NULL};

/* Case rule for an abbreviation entry: an entry written with a capital
 * ("No.") needs a capital in the text ("said no." is a word) unless a number
 * follows ("no. 3"); a lower-case entry ("vol.") matches either. */
static int case_ok(const char *entry, const char *word, int digit_next)
{
    return digit_next ||
           !(entry[0] >= 'A' && entry[0] <= 'Z' && word[0] >= 'a' && word[0] <= 'z');
}

/* How the abbreviation key ("Gen.", "et al.", len bytes) behaves: -1 not an
 * abbreviation, 0 never ends a sentence, 1 may end one.  digit_next: a
 * number follows it. */
static int abbrev_kind(const seg_ctx *c, const char *key, size_t len, int digit_next)
{
    if (!c->abbr_tab) {
        for (size_t i = 0; builtin_abbrevs[i]; i++)
            if (strcasecmp(builtin_abbrevs[i], key) == 0 &&
                case_ok(builtin_abbrevs[i], key, digit_next))
                return 0;
        return -1;
    }
    const char *const *rows[8];
    if (!tally_lextab_has_lead(c->abbr, key, tally_lexicon_lead(key, len)))
        return -1;   /* no entry starts as key does: a quick no */
    size_t nr = tally_lextab_find(c->abbr, key, len, rows, 8);
    int col = c->abbr_col;
    for (size_t i = 0; i < nr && i < 8; i++) {
        if (!case_ok(rows[i][0], key, digit_next))
            continue;
        return col >= 0 && rows[i][col][0] == '1' ? 1 : 0;
    }
    return -1;
}

/* 1 when the trimmed line t[a..b) names the endnotes section: a word from
 * the "headings" table, with optional leading #s, surrounding * or _ and a
 * trailing colon. */
static int is_notes_heading(const seg_ctx *c, size_t a, size_t b)
{
    const char *t = c->t;
    while (a < b && t[a] == '#')
        a++;
    a = skip_ws(t, b, a);
    while (a < b && (t[a] == '*' || t[a] == '_'))
        a++;
    while (b > a && (t[b - 1] == '*' || t[b - 1] == '_' || t[b - 1] == ':' || t[b - 1] == ' '))
        b--;
    if (b <= a || b - a > 48)
        return 0;
    char key[64];
    memcpy(key, t + a, b - a);
    key[b - a] = '\0';
    if (!c->head_tab) {
        for (size_t i = 0; builtin_headings[i]; i++)
            if (strcasecmp(builtin_headings[i], key) == 0)
                return 1;
        return 0;
    }
    return tally_lexicon_has(c->lex, "headings", key);
}

/* ---- lines -------------------------------------------------------------- */

/* 1 when the trimmed line t[a..b) is a Markdown heading ("## Title"). */
static int is_md_heading(const char *t, size_t a, size_t b)
{
    size_t k = a;
    while (k < b && t[k] == '#' && k - a < 7)
        k++;
    return k > a && k - a <= 6 && (k == b || t[k] == ' ' || t[k] == '\t');
}

/* 1 when the span t[a..b) ends in a way that asks for more: , ; ( or a
 * dash. */
static int ends_open(const char *t, size_t a, size_t b)
{
    if (b <= a)
        return 0;
    char c = t[b - 1];
    if (c == ',' || c == ';' || c == '(' || c == '-')
        return 1;
    return b - a >= 3 && (unsigned char)t[b - 3] == 0xE2 && (unsigned char)t[b - 2] == 0x80 &&
           ((unsigned char)c == 0x93 || (unsigned char)c == 0x94);
}

/* 1 when t[a..b) is a short title-like line: at most 120 bytes and 20 words,
 * starting with a capital or digit, every longer word capitalised, not ending
 * in punctuation or a small lower-case word ("The Air War Plan",
 * "Publisher(s)", "CHAPTER 3"). */
static int is_title_line(const char *t, size_t a, size_t b)
{
    if (b - a > 120 || b <= a)
        return 0;
    unsigned cp;
    cp_at(t, b, a, &cp);
    if (!cp_upper(cp) && !is_digit(t[a]))
        return 0;
    if (strchr(".,;:!?-", t[b - 1]) || ends_open(t, a, b))
        return 0;
    int words = 0, last_small = 0;
    size_t i = a;
    while (i < b) {
        i = skip_ws(t, b, i);
        if (i >= b)
            break;
        size_t w = i;
        while (i < b && !ws_len(t, b, i))
            i++;
        words++;
        cp_at(t, b, w, &cp);
        last_small = 0;
        if (cp_lower(cp)) {
            if (i - w > 4)
                return 0;
            last_small = 1;
        }
    }
    return words <= 20 && !last_small;
}

/* 1 when the span t[a..b) ends a sentence: final . ! ? … possibly followed
 * by closing quotes, brackets and footnote markers. */
static int ends_terminal(const seg_ctx *c, size_t a, size_t b)
{
    const char *t = c->t;
    size_t n = c->n;
    for (int guard = 0; b > a && guard < 16; guard++) {
        size_t l = closer_before(t, n, b), m;
        if (l) {
            b -= l;
            continue;
        }
        if ((m = marker_before(t, n, b)) < b || (m = listed_marker_before(c, b)) < b) {
            b = m;
            continue;
        }
        break;
    }
    if (b <= a)
        return 0;
    if (t[b - 1] == '.' || t[b - 1] == '!' || t[b - 1] == '?')
        return 1;
    return b >= 3 && term_len(t, n, b - 3) == 3;
}


/* If the trimmed line t[a..b) starts an endnote ("12. text", "12) text",
 * "[12] text", "[^12]: text", "¹² text", or "12 text" when prev_done),
 * return its number and put where its text starts in *text.  prev is the
 * previous note's number: a new one must be larger (and the unpunctuated form
 * exactly prev+1); prev_done says the line before ended a sentence. */
static int note_label(const char *t, size_t a, size_t b, int prev, int prev_done, size_t *text)
{
    size_t k = a, l;
    int v = 0, d, digits = 0, punct = 0;
    if (t[k] == '[') {
        k++;
        if (k < b && t[k] == '^')
            k++;
        if (!small_int(t, b, &k, &v) || k >= b || t[k] != ']')
            return 0;
        k++;
        if (k < b && t[k] == ':')
            k++;
        punct = 1;
    } else if (sup_digit(t, b, k, &l) >= 0) {
        while (k < b && (d = sup_digit(t, b, k, &l)) >= 0 && digits < 4) {
            v = v * 10 + d;
            k += l;
            digits++;
        }
        punct = 1;
    } else {
        while (k < b && is_digit(t[k]) && digits < 5) {
            v = v * 10 + (t[k++] - '0');
            digits++;
        }
        if (digits == 0 || digits > 4)
            return 0;
        if (k < b && (t[k] == '.' || t[k] == ')')) {
            k++;
            punct = 1;
        }
    }
    size_t s = skip_ws(t, b, k);
    if (s == k || s >= b || v <= 0)
        return 0;
    unsigned cp;
    cp_at(t, b, s, &cp);
    if (punct) {
        int limit = prev == 0 ? 999 : prev + 20;
        if (v <= prev || v > limit)
            return 0;
    } else if (v != prev + 1 || !prev_done || cp_lower(cp) || is_digit(t[s]) ||
               strchr(",;:%.)-", t[s])) {
        return 0;
    }
    *text = s;
    return v;
}

/* ---- output ------------------------------------------------------------- */

/* Append one sentence span (trimmed; empty spans are dropped). */
static tally_status add_sentence(seg_ctx *c, size_t s, size_t e, int sent, tally_error *err)
{
    s = skip_ws(c->t, e, s);
    e = trim_back(c->t, c->n, s, e);
    if (e <= s)
        return TALLY_OK;
    tally_segments *o = c->out;
    if (grow_array((void **)&o->sents, &c->scap, o->nsents + 1, sizeof *o->sents) < 0)
        return tally_fail(err, TALLY_ENOMEM, "segment: out of memory");
    tally_sentence *x = &o->sents[o->nsents++];
    memset(x, 0, sizeof *x);
    x->start = s;
    x->end = e;
    x->section = c->p.section;
    x->para = c->para_no;
    x->sent = sent;
    x->endnote = c->p.endnote;
    return TALLY_OK;
}

/* ---- sentences ---------------------------------------------------------- */

/* 1 when a sentence may start at t[i]: an upper-case letter, a digit, an
 * opening quote or bracket, a currency sign, or Markdown emphasis before one
 * of those. */
static int starts_sentence(const char *t, size_t end, size_t i, int depth)
{
    unsigned cp;
    size_t l = cp_at(t, end, i, &cp);
    if (cp_upper(cp) || (cp >= '0' && cp <= '9'))
        return 1;
    if (cp < 128 && cp && strchr("\"'([$", (int)cp))
        return 1;
    /* “ ‘ « ¿ ¡ £ € ¥ */
    if (cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0xBF || cp == 0xA1 || cp == 0xA3 ||
        cp == 0x20AC || cp == 0xA5)
        return 1;
    if ((cp == '*' || cp == '_') && depth < 3 && i + l < end)
        return starts_sentence(t, end, i + l, depth + 1);
    return 0;
}

/* 1 when t[s..i) (the sentence so far, before a full stop at i) is only a
 * list label: 1-3 digits, a Roman numeral, or one letter ("12", "IV", "b"). */
static int is_label(const char *t, size_t s, size_t i)
{
    if (i <= s || i - s > 6)
        return 0;
    int digits = 1, upper = 1, lower = 1;
    for (size_t k = s; k < i; k++) {
        if (!is_digit(t[k]))
            digits = 0;
        if (!t[k] || !strchr("IVXLC", t[k]))
            upper = 0;
        if (!t[k] || !strchr("ivxlc", t[k]))
            lower = 0;
    }
    return (digits && i - s <= 3) || upper || lower || (i - s == 1 && is_alpha(t[s]));
}

/* 1 when the full stop at t[i] belongs to an abbreviation, an initial, a
 * dotted letter group or a list label, and so ends no sentence.  s is where
 * the sentence started; digit_next says a number follows. */
static int stop_is_abbrev(const seg_ctx *c, size_t s, size_t i, int digit_next)
{
    const char *t = c->t;
    size_t w = i;
    while (w > s && (is_alpha(t[w - 1]) || t[w - 1] == '.') && i - w < 24)
        w--;
    if (is_label(t, s, i))
        return 1;
    if (w == i || t[w] == '.')
        return 0;
    int partial = w > 0 && ((unsigned char)t[w - 1] >= 0x80 || is_digit(t[w - 1]));
    /* pieces between dots: all single letters means an initial or U.S. */
    int single = 1, pieces = 0;
    for (size_t k = w; k < i;) {
        size_t e = k;
        while (e < i && t[e] != '.')
            e++;
        if (e - k != 1)
            single = 0;
        pieces++;
        k = e + 1;
    }
    if (!partial && single && (pieces > 1 || (t[w] >= 'A' && t[w] <= 'Z')))
        return 1;
    char key[64];
    size_t tl = i + 1 - w;
    memcpy(key, t + w, tl);
    key[tl] = '\0';
    int kind = partial ? -1 : abbrev_kind(c, key, tl, digit_next);
    if (kind < 0 && w >= 2 && t[w - 1] == ' ') {   /* two words: "et al." */
        size_t v = w - 1;
        while (v > s && is_alpha(t[v - 1]) && w - v < 12)
            v--;
        if (v < w - 1 && (v == 0 || !is_alpha(t[v - 1]))) {
            size_t kl = i + 1 - v;
            memcpy(key, t + v, kl);
            key[kl] = '\0';
            kind = abbrev_kind(c, key, kl, digit_next);
        }
    }
    return kind == 0;
}

/* Bytes that may start sentence-final punctuation: . ! ? and the lead byte
 * of … (a table makes the scan between candidates a tight loop). */
static const unsigned char maybe_term[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1};

/* The first i' >= i (below end) whose byte t[i'] is marked in tab, or end.
 * Most bytes of prose are marked in none of the tables it is used with:
 * eight are looked at per step, the bytes of a step or'ed into one test. */
static size_t skip_to(const unsigned char *tab, const char *t, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)t;
    while (i + 8 <= end && !(tab[u[i]] | tab[u[i + 1]] | tab[u[i + 2]] | tab[u[i + 3]] |
                             tab[u[i + 4]] | tab[u[i + 5]] | tab[u[i + 6]] | tab[u[i + 7]]))
        i += 8;
    while (i < end && !tab[u[i]])
        i++;
    return i;
}

/* Index of the lowest set bit of x (not 0). */
static unsigned lowest_bit(uint64_t x)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned b = 0;
    while (!((x >> b) & 1))
        b++;
    return b;
#endif
}

/* Note in c->term_bits that t[i] may start final punctuation. */
static void term_mark(seg_ctx *c, size_t i)
{
    c->term_bits[i / 64] |= (uint64_t)1 << (i % 64);
}

/* The first i' >= i (below end) where t[i'] is marked in maybe_term, or end:
 * read from c->term_bits where find_markers recorded them, scanning the
 * text only beyond. */
static size_t next_term(const seg_ctx *c, size_t i, size_t end)
{
    size_t lim = end < c->term_end ? end : c->term_end;
    if (i < lim) {
        size_t w = i / 64, last = (lim - 1) / 64;
        uint64_t bits = c->term_bits[w] & (~(uint64_t)0 << (i % 64));
        while (!bits && w < last)
            bits = c->term_bits[++w];
        if (bits) {
            size_t k = w * 64 + lowest_bit(bits);
            return k < lim ? k : end;   /* bits at or past lim lie past end here */
        }
        return lim == end ? end : skip_to(maybe_term, c->t, lim, end);
    }
    return skip_to(maybe_term, c->t, i, end);
}

/* Cut the paragraph t[ps..pe) into sentences and append them. */
static tally_status split_sentences(seg_ctx *c, size_t ps, size_t pe, tally_error *err)
{
    const char *t = c->t;
    size_t s = skip_ws(t, pe, ps), i = s, l;
    int sent = 0;
    tally_status st;
    while (i < pe) {
        i = c->term_bits ? next_term(c, i, pe) : skip_to(maybe_term, t, i, pe);   /* fast skip */
        if (i >= pe)
            break;
        if (!(l = term_len(t, pe, i))) {
            i++;
            continue;
        }
        size_t j = i + l, run = 1, e, m;
        while (j < pe && (l = term_len(t, pe, j)) > 0) {   /* ?! ... */
            j += l;
            run++;
        }
        size_t k = j;
        for (int guard = 0; k < pe && guard < 16; guard++) {
            int v;
            if ((l = closer_len(t, pe, k)) > 0)
                k += l;
            else if ((m = listed_marker_at(c, k)) > 0)
                k = m;
            else if (marker_at(t, pe, k, &m, &v))
                k = m;
            else
                break;
        }
        if (k < pe && !ws_len(t, pe, k)) {
            i = j;
            continue;
        }
        e = k;
        size_t next = skip_ws(t, pe, k);
        if (next < pe && !starts_sentence(t, pe, next, 0)) {
            i = j;
            continue;
        }
        if (run == 1 && t[i] == '.' &&
            stop_is_abbrev(c, s, i, next < pe && is_digit(t[next]))) {
            i = j;
            continue;
        }
        if ((st = add_sentence(c, s, e, ++sent, err)))
            return st;
        s = i = next;
    }
    if (s < pe)
        return add_sentence(c, s, pe, ++sent, err);
    return TALLY_OK;
}

/* ---- paragraphs --------------------------------------------------------- */

/* Finish the paragraph being built: cut it into sentences. */
static tally_status flush_para(seg_ctx *c, tally_error *err)
{
    if (!c->p.open)
        return TALLY_OK;
    c->p.open = 0;
    size_t before = c->out->nsents;
    c->para_no++;
    tally_status st = split_sentences(c, c->p.start, c->p.end, err);
    if (!st && c->out->nsents == before)
        c->para_no--;   /* nothing in it after all */
    return st;
}

/* Start a new paragraph on the line t[a..b). */
static void open_para(seg_ctx *c, size_t a, size_t b, tally_section sec, int endnote)
{
    c->p.open = 1;
    c->p.start = a;
    c->p.end = b;
    c->p.heading = 0;
    c->p.title = sec == TALLY_SECTION_BODY && is_title_line(c->t, a, b);
    c->p.section = sec;
    c->p.endnote = endnote;
}

static int item_label(const char *t, size_t a, size_t b);

/* 1 when the line starting at a continues the open paragraph across a gap:
 * the paragraph stops mid-sentence and the line goes on in lower case (or
 * the paragraph ends in a comma, semicolon or dash). */
static int continues(const seg_ctx *c, size_t a, size_t b)
{
    const para *p = &c->p;
    if (!p->open || p->heading || p->title || ends_terminal(c, p->start, p->end))
        return 0;
    unsigned cp;
    cp_at(c->t, b, a, &cp);
    if (cp_lower(cp))
        return 1;
    return ends_open(c->t, p->start, p->end) && c->t[a] != '#' && c->t[a] != '-' &&
           c->t[a] != '*' && c->t[a] != '|' && !item_label(c->t, a, b);
}

/* 1 when the line t[a..b) opens with a list item's label: "(a)", "(b)",
 * "(iv)", "(2)" (at most four letters or digits in brackets, then a
 * space): a new item, however the one before it ended ("...; (b) an
 * increase ..."). */
static int item_label(const char *t, size_t a, size_t b)
{
    if (a >= b || t[a] != '(')
        return 0;
    size_t k = a + 1;
    while (k < b && k - a <= 5 && isalnum((unsigned char)t[k]))
        k++;
    return k > a + 1 && k - a <= 5 && k + 1 < b && t[k] == ')' && t[k + 1] == ' ';
}

/* ---- the endnotes section ----------------------------------------------- */

/* Find where the endnotes section starts: the first heading line that is
 * followed by a numbered note; failing that, the last heading line in the
 * second half of the text; else n. */
static size_t find_endnotes(const seg_ctx *c)
{
    const char *t = c->t;
    size_t n = c->n, i = 0, fallback = n;
    while (i < n) {
        const char *nl = memchr(t + i, '\n', n - i);
        size_t le = nl ? (size_t)(nl - t) : n;
        size_t a = skip_ws(t, le, i), b = trim_back(t, n, a, le);
        if (b > a && b - a <= 64 && is_notes_heading(c, a, b)) {
            size_t j = le;   /* the next non-blank line */
            while (j < n) {
                const char *nl2 = memchr(t + j + 1, '\n', n - j - 1);
                size_t e2 = nl2 ? (size_t)(nl2 - t) : n;
                size_t a2 = skip_ws(t, e2, j), b2 = trim_back(t, n, a2, e2);
                if (b2 > a2) {
                    size_t x;
                    if (note_label(t, a2, b2, 0, 1, &x))
                        return a;
                    break;
                }
                j = e2;
            }
            if (a >= n / 2)
                fallback = a;
        }
        i = le + 1;
    }
    return fallback;
}

/* Without a heading: where a final block of numbered notes starts, or n.
 * The block must lie in the second half of the text, start after a blank
 * line with note 1 ("1. ...", "[1] ...", "[^1]: ..."), and run 1, 2, 3, ...
 * without a gap to the end (lines that are not numbered continue the note
 * before them). */
static size_t find_trailing_notes(const seg_ctx *c)
{
    const char *t = c->t;
    size_t n = c->n, i = 0, cand = n;
    int last = 0, blank = 1, done = 1;
    while (i < n) {
        const char *nl = memchr(t + i, '\n', n - i);
        size_t le = nl ? (size_t)(nl - t) : n;
        size_t a = skip_ws(t, le, i), b = trim_back(t, n, a, le), x;
        i = le + 1;
        if (b <= a) {
            blank = 1;
            continue;
        }
        if (blank && a >= n / 2 && note_label(t, a, b, 0, 1, &x) == 1) {
            cand = a;
            last = 1;
        } else if (cand < n && ((t[a] >= '0' && t[a] <= '9') || t[a] == '[')) {
            int v = note_label(t, a, b, last, done, &x);
            if (v == last + 1)
                last = v;
            else if (v)
                cand = n;   /* numbers out of order: not a notes block */
        }
        blank = 0;
        done = ends_terminal(c, a, b);
    }
    return last >= 3 ? cand : n;
}

/* Append a note with its number and text span. */
static tally_status add_note(seg_ctx *c, int number, size_t s, size_t e, tally_error *err)
{
    tally_segments *o = c->out;
    if (grow_array((void **)&o->notes, &c->ncap, o->nnotes + 1, sizeof *o->notes) < 0)
        return tally_fail(err, TALLY_ENOMEM, "segment: out of memory");
    tally_note *x = &o->notes[o->nnotes++];
    x->number = number;
    x->start = s;
    x->end = e;
    return TALLY_OK;
}

/* ---- markers and note attribution ---------------------------------------- */

/* Record the numbers of the notes in the endnotes section, which starts at
 * ens, going over its lines as walk_lines() will (headings, note labels and
 * sentence ends alike), so that markers can be checked against them. */
static void scan_notes(seg_ctx *c, size_t ens)
{
    const char *t = c->t;
    size_t n = c->n, i = ens;
    int notes = 0, prev_num = 0, prev_done = 1;
    memset(c->has_note, 0, sizeof c->has_note);
    c->any_notes = 0;
    while (i < n) {
        size_t le = i, x;
        while (le < n && t[le] != '\n' && t[le] != '\f')
            le++;
        size_t a = skip_ws(t, le, i), b = trim_back(t, n, a, le);
        i = le + 1;
        if (b <= a)
            continue;
        if ((a == ens && c->ens_heading) || is_md_heading(t, a, b) ||
            (notes && is_notes_heading(c, a, b))) {
            notes = 1;
            prev_done = 1;
            continue;
        }
        int num = note_label(t, a, b, prev_num, prev_done || a == ens, &x);
        if (num) {
            prev_num = num;
            if (num < (int)sizeof c->has_note) {
                c->has_note[num] = 1;
                c->any_notes = 1;
            }
        }
        prev_done = ends_terminal(c, a, b);
    }
}

/* 1 when a note numbered v exists. */
static int note_exists(const seg_ctx *c, int v)
{
    return v > 0 && v < (int)sizeof c->has_note && c->has_note[v];
}

/* 1 when the four bytes before t[p] are a year standing alone (1000-2099):
 * "in 1943" but not "21943", "1,943" or "0.1943". */
static int year_before(const char *t, size_t p)
{
    if (p < 4)
        return 0;
    int y = 0;
    for (size_t k = p - 4; k < p; k++) {
        if (!is_digit(t[k]))
            return 0;
        y = y * 10 + (t[k] - '0');
    }
    if (p > 4 && (is_digit(t[p - 5]) || t[p - 5] == ',' || t[p - 5] == '.'))
        return 0;
    return y >= 1000 && y <= 2099;
}

/* 1 when what follows a glued marker ending at t[k] (text ends at end) is
 * white space, the end, or one mark of punctuation before either. */
static int glued_end_ok(const char *t, size_t end, size_t k)
{
    if (k >= end || ws_len(t, end, k))
        return 1;
    if (!strchr(".,;:!?)", t[k]))
        return 0;
    return k + 1 >= end || ws_len(t, end, k + 1);
}

/* 1 when a new sentence or the paragraph's end follows t[k]: white space,
 * then the end of the text, a blank line or a sentence start. */
static int next_starts(const char *t, size_t end, size_t k)
{
    if (k >= end)
        return 1;
    if (!ws_len(t, end, k))
        return 0;
    int lines = 0;
    size_t l;
    while (k < end && (l = ws_len(t, end, k)) > 0) {
        lines += t[k] == '\n' || t[k] == '\f';
        k += l;
    }
    return k >= end || lines >= 2 || starts_sentence(t, end, k, 0);
}

/* 1 when t[..p) ends in a number grouped in thousands ("3,960", "12,400"):
 * a decimal point never follows one in running prose, so a full stop there
 * ends the sentence. */
static int grouped_before(const char *t, size_t p)
{
    return p >= 5 && t[p - 4] == ',' && is_digit(t[p - 1]) && is_digit(t[p - 2]) &&
           is_digit(t[p - 3]) && is_digit(t[p - 5]);
}

/* 1 when the full stop at t[p] may carry a glued marker: it follows a word
 * that is neither an initial ("A.") nor an abbreviation ("No.", "pp."), a
 * closing bracket or quote, or a lone year ("in 1943.4 The"); ndig is the
 * length of the marker's digits. */
static int stop_takes_marker(const seg_ctx *c, size_t p, size_t ndig)
{
    const char *t = c->t;
    if (p == 0 || ws_before(t, c->n, p) || t[p - 1] == '.')
        return 0;
    if (is_digit(t[p - 1]))   /* "in 1943.4 The", "a division 3,960.2 For" */
        return ndig <= 2 && (year_before(t, p) || grouped_before(t, p));
    if (!is_alpha(t[p - 1]))
        return 1;
    size_t w = p;
    while (w > 0 && is_alpha(t[w - 1]) && p - w < 24)
        w--;
    if (p - w == 1 && t[w] >= 'A' && t[w] <= 'Z')
        return 0;
    if (p - w >= 24 || (w > 0 && is_digit(t[w - 1])))
        return 0;
    char key[32];
    memcpy(key, t + w, p - w);
    key[p - w] = '.';
    key[p - w + 1] = '\0';
    return abbrev_kind(c, key, p - w + 1, 1) != 0;
}

/* 1 when the digits t[i..k) glued to a word sit where a word cannot end in
 * a digit: a word of three or more lower-case letters ("tanks10"), not
 * part of a path or code ("km2", "B29", "a/b12" are not markers). */
static int word_takes_marker(const char *t, size_t i)
{
    size_t w = i;
    while (w > 0 && t[w - 1] >= 'a' && t[w - 1] <= 'z' && i - w < 32)
        w--;
    if (i - w < 3)
        return 0;
    if (w == 0)
        return 1;
    char b = t[w - 1];
    return !is_alpha(b) && !is_digit(b) && !strchr("/_.@\\#&=-", b);
}

/* Recognise a marker at t[i] that is one only because the endnotes have a
 * note of its number: "[15]" after a space ("as shown [15]."), or plain
 * digits glued to the text as pdftotext renders superscripts ("assumed.1
 * The", "tanks10", "1943,3 and", "said.\"4").  Glued digits must also be
 * the next marker in sequence: larger than the last one (last) by at most 3.
 * Fills *end and *num; returns 1. */
static int listed_marker_form(const seg_ctx *c, size_t end, size_t i, int last, size_t *me,
                              int *num)
{
    const char *t = c->t;
    size_t k = i;
    int v;
    if (t[i] == '[') {
        if (!ws_before(t, end, i))
            return 0;
        k++;
        int caret = k < end && t[k] == '^';
        k += (size_t)caret;
        if (!small_int(t, end, &k, &v) || k >= end || t[k] != ']' || !note_exists(c, v))
            return 0;
        if (caret && k + 1 < end && t[k + 1] == ':')
            return 0;
        *me = k + 1;
        *num = v;
        return 1;
    }
    if (!is_digit(t[i]) || is_digit(t[i - 1]) || !small_int(t, end, &k, &v) ||
        (k < end && is_digit(t[k])) || !note_exists(c, v) || v <= last || v > last + 3)
        return 0;
    unsigned char b = (unsigned char)t[i - 1];
    int ok = 0;
    if (b == '.')
        ok = stop_takes_marker(c, i - 1, k - i) && next_starts(t, end, k);
    else if (b == ',' || b == ';' || b == ':')
        ok = i >= 2 && !ws_before(t, end, i - 1) && (k >= end || ws_len(t, end, k)) &&
             (is_digit(t[i - 2]) ? b != ':' && k - i <= 2 && year_before(t, i - 1)
                                 : t[i - 2] != '.' && t[i - 2] != ',');
    else if (b == ')' || b == '"')   /* a closing one: not "3 Rivers" nor 5'11"2 */
        ok = i >= 2 && !ws_before(t, end, i - 1) && t[i - 2] != '(' &&
             (b == ')' || !is_digit(t[i - 2])) && glued_end_ok(t, end, k);
    else if (b == 0x9D || b == 0x99)   /* ” ’, closing: not "in ’43" */
        ok = i >= 4 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80 &&
             !ws_before(t, end, i - 3) && glued_end_ok(t, end, k);
    else if (b >= 'a' && b <= 'z')
        ok = word_takes_marker(t, i) && glued_end_ok(t, end, k);
    if (!ok)
        return 0;
    *me = k;
    *num = v;
    return 1;
}

/* Collect the footnote markers of the body t[0..end).  The forms that need
 * a matching note are looked for only when the endnotes have numbered
 * notes. */
static tally_status find_markers(seg_ctx *c, size_t end, tally_error *err)
{
    const char *t = c->t;
    tally_segments *o = c->out;
    static const unsigned char lead[256] = {[0xC2] = 1, [0xE2] = 1, ['['] = 1, ['^'] = 1,
                                            ['<'] = 1};
    /* the same with the digits, which start a marker when there are notes */
    static const unsigned char lead_digit[256] = {
        [0xC2] = 1, [0xE2] = 1, ['['] = 1, ['^'] = 1, ['<'] = 1, ['0'] = 1, ['1'] = 1,
        ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1};
    /* ... and both with the bytes of maybe_term, which are noted in
     * c->term_bits on the way (when the bits can be had) */
    static const unsigned char lead_t[256] = {[0xC2] = 1, [0xE2] = 1, ['['] = 1, ['^'] = 1,
                                              ['<'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1};
    static const unsigned char lead_digit_t[256] = {
        [0xC2] = 1, [0xE2] = 1, ['['] = 1, ['^'] = 1, ['<'] = 1, ['0'] = 1, ['1'] = 1,
        ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
        ['.'] = 1, ['!'] = 1, ['?'] = 1};
    const unsigned char *tab = c->any_notes ? lead_digit : lead;
    free(c->term_bits);
    c->term_end = 0;
    if ((c->term_bits = calloc(end / 64 + 1, sizeof *c->term_bits)) != NULL) {
        c->term_end = end;
        if (end > 0 && maybe_term[(unsigned char)t[0]])
            term_mark(c, 0);
    }
    const unsigned char *scan = !c->term_bits ? tab : c->any_notes ? lead_digit_t : lead_t;
    int last = 0;
    for (size_t i = 1; i < end; i++) {
        if ((i = skip_to(scan, t, i, end)) >= end)
            break;
        if (c->term_bits && maybe_term[(unsigned char)t[i]])
            term_mark(c, i);
        if (!tab[(unsigned char)t[i]])
            continue;
        size_t me;
        int v;
        if (!marker_at(t, end, i, &me, &v) &&
            !(c->any_notes && listed_marker_form(c, end, i, last, &me, &v)))
            continue;
        for (size_t j = i + 1; c->term_bits && j < me; j++)   /* inside the marker */
            if (maybe_term[(unsigned char)t[j]])
                term_mark(c, j);
        last = v;
        if (grow_array((void **)&o->markers, &c->mcap, o->nmarkers + 1, sizeof *o->markers) < 0)
            return tally_fail(err, TALLY_ENOMEM, "segment: out of memory");
        tally_marker *x = &o->markers[o->nmarkers++];
        x->start = i;
        x->end = me;
        x->number = v;
        i = me - 1;
    }
    return TALLY_OK;
}

/* Give each body sentence the note it cites: the last marker inside it,
 * else the next marker later in its paragraph.  Two pointers, linear. */
static void attribute_notes(tally_segments *o)
{
    size_t j = 0, para_end_idx = 0;
    for (size_t i = 0; i < o->nsents; i++) {
        tally_sentence *s = &o->sents[i];
        if (s->section != TALLY_SECTION_BODY)
            continue;
        if (i >= para_end_idx) {   /* find the paragraph's last sentence */
            para_end_idx = i + 1;
            while (para_end_idx < o->nsents && o->sents[para_end_idx].para == s->para)
                para_end_idx++;
        }
        size_t pend = o->sents[para_end_idx - 1].end;
        while (j < o->nmarkers && o->markers[j].start < s->start)
            j++;
        size_t k = j;
        while (k < o->nmarkers && o->markers[k].start < s->end)
            k++;
        if (k > j)
            s->note = o->markers[k - 1].number;
        else if (k < o->nmarkers && o->markers[k].start < pend)
            s->note = o->markers[k].number;
        j = k;
    }
}

/* ---- the line loop ------------------------------------------------------ */

/* Walk the lines, building paragraphs and notes. */
static tally_status walk_lines(seg_ctx *c, tally_error *err)
{
    const char *t = c->t;
    size_t n = c->n, i = 0, ens = c->out->endnotes_start;
    int gap = 1, notes = 0, prev_num = 0, prev_done = 1;
    long cur = -1;   /* index of the open note, -1 none */
    tally_status st;
    const char *ffp = memchr(t, '\f', n);
    size_t ff_at = ffp ? (size_t)(ffp - t) : n;   /* the next form feed */
    while (i < n) {
        const char *nl = memchr(t + i, '\n', n - i);
        size_t le = nl ? (size_t)(nl - t) : n;
        if (ff_at < i) {
            ffp = memchr(t + i, '\f', n - i);
            ff_at = ffp ? (size_t)(ffp - t) : n;
        }
        if (ff_at < le)
            le = ff_at;
        int ff = le < n && t[le] == '\f';
        size_t a = skip_ws(t, le, i), b = trim_back(t, n, a, le);
        i = le + 1;
        if (b <= a) {
            gap = 1;
            continue;
        }
        int in_notes = a >= ens;
        tally_section sec = in_notes ? TALLY_SECTION_ENDNOTE : TALLY_SECTION_BODY;
        int heading = (a == ens && c->ens_heading) || is_md_heading(t, a, b) ||
                      (in_notes && notes && is_notes_heading(c, a, b));
        if (heading) {
            if ((st = flush_para(c, err)))
                return st;
            if (in_notes) {
                notes = 1;
                cur = -1;
            }
            open_para(c, a, b, sec, 0);
            c->p.heading = 1;
            if ((st = flush_para(c, err)))
                return st;
            gap = 1;
            prev_done = 1;
            continue;
        }
        size_t x;
        int num = in_notes ? note_label(t, a, b, prev_num, prev_done || a == ens, &x) : 0;
        if (num) {
            if ((st = flush_para(c, err)) || (st = add_note(c, num, x, b, err)))
                return st;
            cur = (long)c->out->nnotes - 1;
            prev_num = num;
            open_para(c, x, b, sec, num);
        } else {
            int en = cur >= 0 ? c->out->notes[cur].number : 0;
            if (cur >= 0)
                c->out->notes[cur].end = b;
            int same = c->p.open && c->p.section == sec;
            if (same && gap && continues(c, a, b)) {
                c->p.end = b;
            } else if (same && !gap && !c->p.heading &&
                       !(c->p.title && starts_sentence(t, b, a, 0))) {
                c->p.end = b;
                c->p.title = 0;
            } else {
                if ((st = flush_para(c, err)))
                    return st;
                open_para(c, a, b, sec, en);
            }
        }
        prev_done = in_notes && ends_terminal(c, a, b);
        gap = ff;
    }
    return flush_para(c, err);
}

/* ---- public ------------------------------------------------------------- */

tally_status tally_segment(const char *text, size_t len, const tally_lexicon *lex,
                           tally_segments *out, tally_error *err)
{
    memset(out, 0, sizeof *out);
    out->endnotes_start = len;
    if (!text && len)
        return tally_fail(err, TALLY_EUSAGE, "segment: no text");
    if (!len)
        return TALLY_OK;
    seg_ctx c;
    memset(&c, 0, sizeof c);
    c.t = text;
    c.n = len;
    c.lex = lex;
    c.out = out;
    const tally_table *tab = tally_lexicon_table(lex, "abbreviations");
    c.abbr_tab = tab != NULL;
    c.abbr = tally_lexicon_tab(lex, "abbreviations");
    c.abbr_col = tab ? tally_table_col(tab, "ends_sentence") : -1;
    c.head_tab = tally_lexicon_table(lex, "headings") != NULL;
    out->endnotes_start = find_endnotes(&c);
    c.ens_heading = out->endnotes_start < len;
    tally_status st = TALLY_OK;
    if (c.ens_heading) {
        scan_notes(&c, out->endnotes_start);
    } else {   /* notes at the end without a heading? */
        size_t tail = find_trailing_notes(&c);
        if (tail < len) {
            scan_notes(&c, tail);
            if (!(st = find_markers(&c, tail, err)) && out->nmarkers > 0)
                out->endnotes_start = tail;
        }
        if (out->nmarkers == 0)
            c.any_notes = 0;   /* not notes after all: only the plain forms count */
    }
    if (!st && out->nmarkers == 0)
        st = find_markers(&c, out->endnotes_start, err);
    if (!st)
        st = walk_lines(&c, err);
    free(c.term_bits);
    if (st) {
        tally_segments_free(out);
        out->endnotes_start = len;
        return st;
    }
    attribute_notes(out);
    out->nparas = c.para_no;
    return TALLY_OK;
}

void tally_segments_free(tally_segments *seg)
{
    if (!seg)
        return;
    free(seg->sents);
    free(seg->markers);
    free(seg->notes);
    memset(seg, 0, sizeof *seg);
}

const tally_note *tally_segments_note(const tally_segments *seg, int number)
{
    /* notes are in increasing number order: binary search */
    size_t lo = 0, hi = seg->nnotes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (seg->notes[mid].number < number)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < seg->nnotes && seg->notes[lo].number == number ? &seg->notes[lo] : NULL;
}
