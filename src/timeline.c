/*
 * timeline.c - date expressions in text and the document timeline (see
 * timeline.h).  Expressions are matched on tokens (words.h) by a handful of
 * patterns tried at each token in order: named events, relative references,
 * day-month-year, month-day-year, months, seasons, parts of years, year
 * ranges, decades and bare years.  Resolution then walks the sentences in
 * reading order with the date in force; a span the title lines give (the
 * document's period) keeps a month without a year inside it.  A report's
 * dateline (a full date on a front-matter line, short lines beside it
 * allowed) is its present: a bare earlier year it compares with ("the
 * exercises of 1952") dates only until a sentence with no verb of the past;
 * after a heading its sections return to it, or to the span of days before
 * it that the body first named (an after-action report's operation).  A
 * night "28/29 April" is its first day, and ends a span on its second;
 * "the eighteen months that followed" / "the twelve months before
 * mobilisation" are the months after / before the month in force; "by the
 * new year" is the next January.
 * "Between then and the end of March 1941" and "from then until June" span
 * from the date in force; "over the six months", "in the same months" are
 * the latest span before them of that length (any for "same"), else left
 * unresolved; "by the end of the year" is December of the year in force.
 * "As at 1 March 1952." is a dateline too.  A target dates only the
 * figures of its own clause (a list after a colon included), and a
 * clause in the present after it (", which is the present 14") takes no
 * date of the reported speech before it; a source's date ("returns
 * captured in 1945 show") dates a figure only when its sentence has no
 * other date.  A month with no year takes the year its paragraph wrote
 * with the same month before ("on 2 November 1942 ... between 1 November
 * and 28 February"); in an endnote, months after the date of the document
 * it cites lie before that date; "1939 to 54 crowns" is no span of years.
 * A season without a year that a thing is to last "through" or "for",
 * ahead of the month its sentence opened with, does not move the date in
 * force ("In April he asked for stores to last through the winter").
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "annot.h"
#include "buf.h"
#include "words.h"
#include "tally/isodate.h"
#include "tally/timeline.h"

/* ---- small word lists (grammar, not knowledge: the knowledge is in CSV) ---- */

static const char *const year_cues[] = {
    "in", "of", "since", "by", "until", "till", "from", "during", "early", "late",
    "mid", "through", "throughout", "after", "before", "between", "spring", "summer",
    "fall", "autumn", "winter", "end", "beginning", "start", "middle", "half", "circa", "c",
    "around", NULL};
/* Verbs after "for" and a year that make it the year a sum is for, not a
 * count: "the estimates for 1959 come to", "spending for 1960 was". */
static const char *const for_year_verbs[] = {
    "is", "was", "are", "were", "come", "comes", "came", "amount", "amounts", "amounted",
    "total", "totals", "totalled", "totaled", "stood", "stands", "will", "would", "had",
    "has", "have", "rose", "fell", "stand", NULL};
/* Words that join two years: a cue only after a year ("1950 and 1951"). */
static const char *const year_joins[] = {"and", "or", "to", NULL};
static const char *const limit_words[] = {"since", "until", "till", "before", NULL};
static const char *const span_words[] = {"to", "until", "till", "through", "and", "-",
                                         "\xE2\x80\x93", NULL};
static const char *const may_cues[] = {
    "in", "between", "of", "early", "late", "mid", "by", "during", "until", "till", "since", "from",
    "to", "and", "through", "end", "middle", "beginning", "start", "-", "on", "that",
    "next", "following", "prior", "previous", "last", "or", "before", "after", NULL};

/* Built-in month names when the lexicon has no "months" table. */
static const char *const month_names[] = {"January", "February", "March", "April",
                                          "May", "June", "July", "August",
                                          "September", "October", "November", "December"};

typedef struct season {
    const char *name;
    size_t len;           /* strlen(name) */
    int from, to, yoff;   /* months; yoff: the season ends the next year */
} season;

static const season seasons[] = {
    {"spring", 6, 3, 5, 0}, {"summer", 6, 6, 8, 0}, {"fall", 4, 9, 11, 0},
    {"autumn", 6, 9, 11, 0}, {"winter", 6, 12, 2, 1}};

/* Lower-case words that can begin a date expression: the first words of
 * the patterns below (modifiers "early", "the end of"; counts of relative
 * references "two", "a", "several"; "the", "that", "later"; "throughout";
 * "years of war"; seasons).  At a token that is none of these, no number, no
 * capitalised word (a month) and no first word of an event name, no pattern
 * can match and none is tried.  Keep in step with the patterns. */
static const char *const starters[] = {
    "early", "late", "mid", "spring", "summer", "fall", "autumn", "winter",
    "the", "a", "an", "that", "first", "second", "middle", "end",
    "beginning", "start", "close", "year", "years", "throughout", "later", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "few", "some", "many", NULL};
/* The first STARTERS_ALONE starters may begin a date whatever follows them
 * ("early 1951", "summer"); each of the others only before one of the
 * words below or the first word of an event name: "the" before "next",
 * "end", "rest" ... or "Korean War", "that" before "same", "day", "summer",
 * "later" before "that", a count before a unit ("two days"), "first" before
 * "half", "first" or "last" before a count ("the last three months of"), "end"
 * before "of", "years" before "of", "throughout" before "the".
 * So that most of the tokens that start nothing ("the", "a", "that") cost
 * one look at the next word.  Keep in step with the patterns. */
enum { STARTERS_ALONE = 8 };
static const char *const follows[] = {
    "first", "second", "middle", "end", "beginning", "start", "close", "rest", "remainder",
    "duration", "next", "new", "last", "following", "subsequent", "previous", "prior", "preceding", "same",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "spring", "summer",
    "fall", "autumn", "winter", "that", "of", "half", "the", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", NULL};

/* What finding dates needs from the lexicon, prepared once per document. */
typedef struct dlex {
    const tally_lexicon *lex;    /* may be NULL */
    const tally_lextab *events;  /* the "events" table or NULL */
    const tally_lextab *months;  /* the "months" table or NULL */
    int event_date;              /* column "date" of events, -1 if none */
    int month_number;            /* column "number" of months, -1 if none */
    wordset starters;            /* the starters above */
    wordset follows;             /* the words that may follow them (follows[]) */
    uint32_t ev_pair[28];        /* bit lead_cls(b) of ev_pair[lead_cls(a)]: the lead of
                                    some event name starts with a then b (0: ends) */
    uint64_t ev_len[28];         /* bit min(n, 63) of ev_len[lead_cls(a)]: some event
                                    name has a lead of n characters starting with a */
    uint32_t quick[2][27][28];   /* bit n of quick[cap][lead_cls(a)][lead_cls(b)]: a word
                                    of n bytes (n < 23) starting with letters a then
                                    b (0: neither letter nor digit, or the end), lower
                                    case or capitalised (cap), may start a date: some
                                    starter, event name or (cap) month starts so;
                                    see may_start() */
    uint32_t byfirst[256][28];   /* byfirst[c][lead_cls(b)]: quick[] for a word whose first
                                    byte is c (all bits for a byte that is no letter): the
                                    case and class of c looked up at once */
} dlex;

/* Classes of bytes in a lexicon lead (its leading ASCII letters and
 * digits): 1-26 a letter (either case), 27 a digit, 0 none. */
static const unsigned char lead_cls[256] = {
    ['0'] = 27, ['1'] = 27, ['2'] = 27, ['3'] = 27, ['4'] = 27,
    ['5'] = 27, ['6'] = 27, ['7'] = 27, ['8'] = 27, ['9'] = 27,
    ['a'] = 1, ['b'] = 2, ['c'] = 3, ['d'] = 4, ['e'] = 5, ['f'] = 6, ['g'] = 7,
    ['h'] = 8, ['i'] = 9, ['j'] = 10, ['k'] = 11, ['l'] = 12, ['m'] = 13, ['n'] = 14,
    ['o'] = 15, ['p'] = 16, ['q'] = 17, ['r'] = 18, ['s'] = 19, ['t'] = 20, ['u'] = 21,
    ['v'] = 22, ['w'] = 23, ['x'] = 24, ['y'] = 25, ['z'] = 26,
    ['A'] = 1, ['B'] = 2, ['C'] = 3, ['D'] = 4, ['E'] = 5, ['F'] = 6, ['G'] = 7,
    ['H'] = 8, ['I'] = 9, ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14,
    ['O'] = 15, ['P'] = 16, ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21,
    ['V'] = 22, ['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26};

/* The classes of the first two characters of the lead of s[0..n) (0 for
 * one past the lead) and the lead's length. */
static inline void lead_of(const unsigned char *s, size_t n, unsigned *a, unsigned *b,
                           size_t *len)
{
    size_t k = 0;
    while (k < n && lead_cls[s[k]])
        k++;
    *a = k >= 1 ? lead_cls[s[0]] : 0;
    *b = k >= 2 ? lead_cls[s[1]] : 0;
    *len = k;
}

/* Add to q (l->quick[cap] for one case) the keys of table t whose leads
 * start with a letter: a token matches a lead of n characters only when it
 * has at least n bytes (the rest of it may be a possessive or a period). */
static void quick_add_leads(uint32_t q[27][28], const tally_table *t)
{
    for (size_t r = 0; t && r < t->nrows; r++) {
        unsigned a, b;
        size_t n;
        const char *key = t->rows[r][0];
        lead_of((const unsigned char *)key, strlen(key), &a, &b, &n);
        if (a >= 1 && a <= 26)
            q[a][b] |= n < 32 ? ~0u << n : 0;
    }
}

/* Fill l->quick from the starters and the event and month tables: the one
 * look-up that rules out most words in may_start().  A starter is matched
 * by a token of its own length; a starter's word set tells a digit second
 * character from the end of the word no more (wordset_code() 0), so one of
 * a single letter also admits a digit. */
static void quick_init(dlex *l)
{
    memset(l->quick, 0, sizeof l->quick);
    for (size_t k = 0; starters[k]; k++) {
        const unsigned char *s = (const unsigned char *)starters[k];
        size_t n = strlen(starters[k]);
        unsigned a = lead_cls[s[0]], b = n > 1 ? lead_cls[s[1]] : 0;
        for (int cap = 0; cap < 2 && n < 32; cap++) {
            l->quick[cap][a][b] |= 1u << n;
            if (b == 0)
                l->quick[cap][a][27] |= 1u << n;
        }
    }
    quick_add_leads(l->quick[0], tally_lextab_table(l->events));
    quick_add_leads(l->quick[1], tally_lextab_table(l->events));
    if (l->months)
        quick_add_leads(l->quick[1], tally_lextab_table(l->months));
    else
        memset(l->quick[1], 0xFF, sizeof l->quick[1]);   /* any capitalised word may be a month */
    for (unsigned c = 0; c < 256; c++) {
        unsigned a = lead_cls[c];
        for (unsigned b = 0; b < 28; b++)
            l->byfirst[c][b] = a && a < 27 ? l->quick[c <= 'Z'][a][b] : ~0u;
    }
}

/* Prepare l for lexicon lex (may be NULL). */
static void dlex_init(dlex *l, const tally_lexicon *lex)
{
    l->lex = lex;
    l->events = tally_lexicon_tab(lex, "events");
    l->months = tally_lexicon_tab(lex, "months");
    l->event_date = l->events ? tally_table_col(tally_lextab_table(l->events), "date") : -1;
    l->month_number =
        l->months ? tally_table_col(tally_lextab_table(l->months), "number") : -1;
    wordset_init(&l->starters, starters);
    wordset_init(&l->follows, follows);
    memset(l->ev_pair, 0, sizeof l->ev_pair);
    memset(l->ev_len, 0, sizeof l->ev_len);
    const tally_table *et = tally_lextab_table(l->events);
    for (size_t r = 0; et && r < et->nrows; r++) {
        unsigned a, b;
        size_t n;
        const char *key = et->rows[r][0];
        lead_of((const unsigned char *)key, strlen(key), &a, &b, &n);
        l->ev_pair[a] |= 1u << b;
        l->ev_len[a] |= 1ull << (n < 63 ? n : 63);
    }
    quick_init(l);
}

/* 0 when no event name can start at token i of w (tok_may_start() on the
 * events table would say 0), found without hashing for most words: unless
 * the token is too long for the key buffer or runs on into a glued token
 * that starts with a letter or digit (where tok_may_start() looks anyway),
 * the first two characters and the length of its lead decide. */
static inline int may_event(const char *text, const words *w, size_t i, const dlex *l)
{
    if (!l->events)
        return 0;
    const tok *k = &w->v[i];
    const unsigned char *p = (const unsigned char *)text + k->start;
    size_t len = k->end - k->start;
    if (len + 1 < 160 && !(i + 1 < w->n && w->v[i + 1].start == k->end &&
                           lead_cls[(unsigned char)text[k->end]])) {
        unsigned a = lead_cls[p[0]], b = a && len > 1 ? lead_cls[p[1]] : 0;
        if (!((l->ev_pair[a] >> b) & 1))
            return 0;
        size_t n = 0;
        while (n < len && lead_cls[p[n]])
            n++;
        if (!((l->ev_len[a] >> (n < 63 ? n : 63)) & 1))
            return 0;
    }
    return tok_may_start(text, w, i, l->events, 1, 160);
}

/* A parsing context: the tokens of the span and the lexicon tables. */
typedef struct pctx {
    const char *t;          /* the document text */
    const words *w;
    const tally_lexicon *lex;
    const tally_lextab *events;  /* the "events" table or NULL */
    const tally_lextab *months;  /* the "months" table or NULL */
    int event_date;         /* column "date" of events, -1 if none */
    int month_number;       /* column "number" of months, -1 if none */
} pctx;

/* 1 when token i exists and spells s[0..n) (ASCII case ignored). */
static inline int is_n(const pctx *c, size_t i, const char *s, size_t n)
{
    if (i >= c->w->n)
        return 0;
    const tok *k = &c->w->v[i];
    return k->end - k->start == n &&
           words_lower((unsigned char)c->t[k->start]) == words_lower((unsigned char)s[0]) &&
           words_same_ci(c->t + k->start, s, n);
}

/* 1 when token i exists and spells the string literal s: its length is
 * known at compile time, so most tokens are ruled out by one compare (the
 * patterns ask this dozens of times at each token that may start a date). */
#define is(c, i, s) is_n((c), (i), "" s, sizeof(s) - 1)

/* 1 when token i exists and is one of list. */
static int is_in(const pctx *c, size_t i, const char *const *list)
{
    return i < c->w->n && tok_in(c->t, &c->w->v[i], list);
}

/* 1 when token i is the punctuation p. */
static int is_p(const pctx *c, size_t i, const char *p)
{
    return i < c->w->n && tok_punct(c->t, &c->w->v[i], p);
}

/* 1 when token i is a hyphen or an en dash. */
static int is_dash(const pctx *c, size_t i)
{
    return is_p(c, i, "-") || is_p(c, i, "\xE2\x80\x93");
}

/* 1 when token j is a capitalised full month name of the table (no
 * neighbour test, no abbreviation): the second month of "May and August". */
static int plain_month(const pctx *c, size_t j)
{
    if (j >= c->w->n || !tok_cap(c->t, &c->w->v[j]))
        return 0;
    const tok *k = &c->w->v[j];
    char word[24];
    if (k->end - k->start >= sizeof word)
        return 0;
    tok_copy(c->t, k, 0, word, sizeof word);
    if (c->months)
        return tally_lextab_get(c->months, word, strlen(word), c->month_number) != NULL;
    for (int m = 0; m < 12; m++)
        if (strcasecmp(word, month_names[m]) == 0)
            return 1;
    return 0;
}

/* Month number of token i (capitalised, "Jan." style abbreviations through
 * the following period), 0 if none; *ntok receives the tokens used. */
static int month_at(const pctx *c, size_t i, size_t *ntok)
{
    if (i >= c->w->n || !tok_cap(c->t, &c->w->v[i]))
        return 0;
    const tok *k = &c->w->v[i];
    char word[24];
    tok_copy(c->t, k, 0, word, sizeof word);
    *ntok = 1;
    int m = 0;
    size_t l = strlen(word);
    const char *v = tally_lextab_get(c->months, word, l, c->month_number);
    if (!v && c->lex && is_p(c, i + 1, ".") && c->w->v[i + 1].start == k->end) {
        if (l + 2 <= sizeof word) {
            word[l] = '.';
            word[l + 1] = '\0';
            v = tally_lextab_get(c->months, word, l + 1, c->month_number);
            if (v)
                *ntok = 2;
        }
    }
    if (v)
        m = atoi(v);
    else if (!c->months)
        for (int j = 0; j < 12; j++)
            if (strcasecmp(word, month_names[j]) == 0)
                m = j + 1;
    if (m < 1 || m > 12)
        return 0;
    /* "May" and "March" are also ordinary words: want a date-like neighbour */
    if (strcasecmp(word, "may") == 0 || strcasecmp(word, "march") == 0) {
        int ok = (i > 0 && (is_in(c, i - 1, may_cues) || c->w->v[i - 1].kind == TOK_NUM)) ||
                 (i + 1 < c->w->n && c->w->v[i + 1].kind == TOK_NUM) ||
                 (i > 1 && is_p(c, i - 1, "(") && is_p(c, i + 1, ")") &&
                  c->w->v[i - 2].kind == TOK_NUM) ||   /* "2,300 (March)" */
                 (is_in(c, i + 1, span_words) && plain_month(c, i + 2));   /* "May and August" */
        if (!ok)
            return 0;
    }
    return m;
}

/* 0 when month_at() cannot find a month at token i (a capitalised word):
 * its lead starts no key of the months table.  1 when it may (always
 * without a months table, and for a token too long to copy whole). */
static int maybe_month(const pctx *c, size_t i)
{
    const tok *k = &c->w->v[i];
    if (!c->months || k->end - k->start >= 23)
        return 1;
    return tok_may_start(c->t, c->w, i, c->months, 1, 24);
}

/* Four-digit year at token i (1000..2100, no separators), or 0. */
static int year_tok(const pctx *c, size_t i)
{
    if (i >= c->w->n)
        return 0;
    const tok *k = &c->w->v[i];
    if (k->kind != TOK_NUM || k->end - k->start != 4)
        return 0;
    long v = tok_int(c->t, k);
    return v >= 1000 && v <= 2100 ? (int)v : 0;
}

/* A year at token i that the context confirms is a year, not a count. */
static int year_at(const pctx *c, size_t i)
{
    int y = year_tok(c, i);
    if (!y)
        return 0;
    if (i > 0 && (is_in(c, i - 1, year_cues) || is_p(c, i - 1, "(") || is_p(c, i - 1, ",")))
        return y;
    if (i > 1 && is_in(c, i - 1, year_joins) && year_tok(c, i - 2))
        return y;
    if (i > 0 && is(c, i - 1, "for") && is_in(c, i + 1, for_year_verbs))
        return y;   /* "the estimates for 1959 come to 2.5bn" */
    if (i + 1 >= c->w->n)
        return y;
    if (is_dash(c, i + 1) && i + 2 < c->w->n && c->w->v[i + 2].kind == TOK_NUM) {
        /* "1950-51" is a range of years, "1198-8614" (an ISSN) is not */
        const tok *e = &c->w->v[i + 2];
        long v = tok_int(c->t, e);
        size_t len = e->end - e->start;
        if (!((len == 2 && v >= 0) || (len == 4 && v > y && v - y < 100)))
            return 0;
    }
    const tok *n = &c->w->v[i + 1];
    if (n->kind == TOK_PUNCT && !is_p(c, i + 1, "%"))
        return y;
    return 0;
}

/* Day number (1..31) at token i, or 0. */
static int day_at(const pctx *c, size_t i)
{
    if (i >= c->w->n)
        return 0;
    const tok *k = &c->w->v[i];
    if (k->kind != TOK_NUM)
        return 0;
    /* allow ordinals: 1st 2nd 3rd 15th */
    long v = 0;
    size_t j = k->start;
    while (j < k->end && c->t[j] >= '0' && c->t[j] <= '9' && v < 100)
        v = v * 10 + (c->t[j++] - '0');
    if (j < k->end && !(k->end - j == 2 && (strncasecmp(c->t + j, "st", 2) == 0 ||
                                            strncasecmp(c->t + j, "nd", 2) == 0 ||
                                            strncasecmp(c->t + j, "rd", 2) == 0 ||
                                            strncasecmp(c->t + j, "th", 2) == 0)))
        return 0;
    return v >= 1 && v <= 31 && j - k->start <= 2 ? (int)v : 0;
}

/* A small count for relative references ("two days later"), 0 if none,
 * -1 for a vague count ("several", "a few"). */
static int count_at(const pctx *c, size_t i)
{
    static const char *const nums[] = {"one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve",
                                       "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen", "nineteen", "twenty"};
    static const unsigned char numlen[] = {3, 3, 5, 4, 4, 3, 5, 5, 4, 3, 6, 6,
                                           8, 8, 7, 7, 9, 8, 8, 6};
    static const char *const vague[] = {"several", "few", "some", "many", NULL};
    if (i >= c->w->n)
        return 0;
    const tok *k = &c->w->v[i];
    if (k->kind == TOK_NUM) {
        long v = tok_int(c->t, k);
        return v > 0 && v < 1000 ? (int)v : 0;
    }
    size_t n = k->end - k->start;
    if (n > 9 || !strchr("otfsenam", words_lower((unsigned char)c->t[k->start])))
        return 0;   /* no count word is that long or starts with that letter: a quick no */
    for (int j = 0; j < 20; j++)
        if (n == numlen[j] && is_n(c, i, nums[j], n))
            return j + 1;
    if (tok_eq(c->t, k, "a") || tok_eq(c->t, k, "an"))
        return 1;
    return tok_in(c->t, k, vague) ? -1 : 0;
}

/* Unit of a relative reference at token i: 'd' 'w' 'm' 'y' or 0. */
static char unit_at(const pctx *c, size_t i)
{
    if (i >= c->w->n || !strchr("dwmy", words_lower((unsigned char)c->t[c->w->v[i].start])))
        return 0;   /* a quick no */
    if (is(c, i, "day") || is(c, i, "days"))
        return 'd';
    if (is(c, i, "week") || is(c, i, "weeks"))
        return 'w';
    if (is(c, i, "month") || is(c, i, "months"))
        return 'm';
    if (is(c, i, "year") || is(c, i, "years"))
        return 'y';
    return 0;
}

/* Season index at token i, or -1. */
static int season_at(const pctx *c, size_t i)
{
    for (int j = 0; j < (int)(sizeof seasons / sizeof *seasons); j++)
        if (is_n(c, i, seasons[j].name, seasons[j].len))
            return j;
    return -1;
}

/* Modifier before a month, season or year at token i: "early", "late",
 * "mid-", "the middle of", "the end of", ...  Returns the tokens it uses
 * and sets *part: 'e' early, 'l' late, 'm' mid, 'E' end, 'B' beginning,
 * 'H' first half, 'h' second half, 'F' / 'L' the first / last N months of a
 * year written after it ("the first two months of 1944"), 0 none. */
static size_t modifier_at(const pctx *c, size_t i, char *part)
{
    size_t j = i;
    *part = 0;
    if (is(c, j, "early") || is(c, j, "late") || is(c, j, "mid")) {
        *part = is(c, j, "early") ? 'e' : is(c, j, "late") ? 'l' : 'm';
        j++;
        if (is_dash(c, j))
            j++;
        return j - i;
    }
    if (is(c, j, "the"))
        j++;
    if (is(c, j, "first") && is(c, j + 1, "half") && is(c, j + 2, "of")) {
        *part = 'H';
        return j + 3 - i;
    }
    if (is(c, j, "second") && is(c, j + 1, "half") && is(c, j + 2, "of")) {
        *part = 'h';
        return j + 3 - i;
    }
    if ((is(c, j, "first") || is(c, j, "last")) && count_at(c, j + 1) > 1 &&
        count_at(c, j + 1) < 12 && is(c, j + 2, "months") && is(c, j + 3, "of") &&
        year_tok(c, j + 4)) {
        *part = is(c, j, "first") ? 'F' : 'L';   /* "the first two months of 1944" */
        return j + 4 - i;
    }
    if (is(c, j + 1, "of") && (is(c, j, "middle") || is(c, j, "end") || is(c, j, "beginning") ||
                               is(c, j, "start") || is(c, j, "close"))) {
        *part = is(c, j, "middle") ? 'm' : (is(c, j, "end") || is(c, j, "close")) ? 'E' : 'B';
        j += 2;
        if (is(c, j, "the") && (season_at(c, j + 1) >= 0 || year_tok(c, j + 1) == 0))
            j++;   /* "the end of the summer" */
        return j - i;
    }
    *part = 0;
    return 0;
}

/* Fold the token range [a, b) into a lookup key. */
static void key_of(const pctx *c, size_t a, size_t b, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = a; i < b && o + 1 < cap; i++) {
        const tok *k = &c->w->v[i];
        if (i > a && k->start > c->w->v[i - 1].end && o + 1 < cap)
            out[o++] = ' ';
        for (size_t j = k->start; j < k->end && o + 1 < cap; j++)
            out[o++] = c->t[j];
    }
    out[o] = '\0';
}

/* 1 when an event name speaks of a war. */
static int war_name(const char *s)
{
    return strstr(s, "war") || strstr(s, "War") || strstr(s, "WAR") || strstr(s, "onflict");
}

/* A named event starting at token i (up to 6 tokens, "the" optional).
 * Fills d and returns the tokens used, or 0. */
static size_t event_at(const pctx *c, size_t i, tally_datex *d)
{
    if (!c->lex || i >= c->w->n || c->w->v[i].kind != TOK_WORD)
        return 0;
    size_t s = is(c, i, "the") ? i + 1 : i;
    char key[160];
    if (!tok_may_start(c->t, c->w, s, c->events, 1, sizeof key))
        return 0;   /* no event name starts with this word */
    for (size_t len = 6; len >= 1; len--) {
        if (s + len > c->w->n)
            continue;
        key_of(c, s, s + len, key, sizeof key);
        const char *date = tally_lextab_get(c->events, key, strlen(key), c->event_date);
        if (!date)
            continue;
        if (tally_date_parse(date, &d->from, &d->to) < 0)
            continue;
        d->kind = TALLY_DX_EVENT;
        d->war = war_name(key);
        return s + len - i;
    }
    return 0;
}

/* Prepositions before "the six months" that make it the span named before. */
static const char *const back_preps[] = {"over", "during", "across", "throughout", "in",
                                         NULL};

/* The relative patterns at token i; returns tokens used (0 none). */
static size_t relative_at(const pctx *c, size_t i, tally_datex *d)
{
    size_t ntok;
    int n = count_at(c, i);
    char u;
    /* "the year before", "the year after": one year back or on from the
       date in force (checked below to end the clause); not "the month
       after", which counts from an event more often than from a date */
    if (!n && is(c, i, "the") && i + 2 < c->w->n && is(c, i + 1, "year") &&
        (is(c, i + 2, "before") || is(c, i + 2, "after")))
        n = 1;
    /* "two days later", "several months earlier", "a week after," */
    if (n && (u = unit_at(c, i + 1))) {
        size_t j = i + 2;
        int dir = 0;
        if (is(c, j, "later") || is(c, j, "afterwards") || is(c, j, "afterward"))
            dir = 1;
        else if (is(c, j, "earlier") || is(c, j, "ago") ||
                 (is(c, j, "before") && (j + 1 >= c->w->n || c->w->v[j + 1].kind == TOK_PUNCT)))
            dir = -1;
        else if (is(c, j, "after") && (j + 1 >= c->w->n || c->w->v[j + 1].kind == TOK_PUNCT))
            dir = 1;
        if (!dir)
            return 0;
        d->kind = TALLY_DX_RELATIVE;
        d->rel_unit = u;
        d->rel_n = n < 0 ? 0 : n * dir;
        d->anchor = dir > 0;
        if (n < 0)
            d->rel_unit = 0;   /* vague: found, never resolved */
        return 3;
    }
    /* "over the six months", "during the same months": the span named
       before, of that length (rel_unit 'S', rel_n months, 0 any) */
    if (is(c, i, "the") && i > 0 && is_in(c, i - 1, back_preps)) {
        int cn = is(c, i + 1, "same") ? 0 : count_at(c, i + 1);
        char bu = unit_at(c, i + 2);
        if (cn >= 0 && (bu == 'm' || bu == 'y') && c->t[c->w->v[i + 2].end - 1] == 's' &&
            (cn != 1 || bu == 'y')) {
            d->kind = TALLY_DX_RELATIVE;
            d->rel_unit = 'S';
            d->rel_n = bu == 'y' ? cn * 12 : cn;
            d->anchor = 1;
            if (cn > 0 && (is(c, i + 3, "that") || is(c, i + 3, "which")) &&
                (is(c, i + 4, "followed") || is(c, i + 4, "preceded"))) {
                /* "in the eighteen months that followed" */
                d->rel_unit = is(c, i + 4, "followed") ? 'F' : 'P';
                return 5;
            }
            if (cn > 0 && is(c, i + 3, "before") && i + 4 < c->w->n &&
                c->w->v[i + 4].kind == TOK_WORD && !tok_cap(c->t, &c->w->v[i + 4]) &&
                !is(c, i + 4, "the")) {
                d->rel_unit = 'P';   /* "in the twelve months before mobilisation" */
                return 4;
            }
            return 3;
        }
    }
    /* "the next day", "the following month", "the previous year", "the same day",
       "later that month", "that same year" */
    size_t j = i;
    int dir = 2;
    if (is(c, j, "later") && is(c, j + 1, "that"))
        dir = 0, j += 2;
    else if (is(c, j, "the") || is(c, j, "that")) {
        j++;
        if (is(c, j, "new") && is(c, j + 1, "year") && i > 0 &&
            (is(c, i - 1, "by") || is(c, i - 1, "before") || is(c, i - 1, "until"))) {
            d->kind = TALLY_DX_RELATIVE;   /* "by the new year": the next January */
            d->rel_unit = 'M';
            d->rel_month = 1;
            d->rel_n = 1;
            d->anchor = 1;
            return j + 2 - i;
        }
        if (is(c, j, "next") || is(c, j, "following") || is(c, j, "subsequent"))
            dir = 1;
        else if (is(c, j, "previous") || is(c, j, "prior") || is(c, j, "preceding"))
            dir = -1;
        else if (is(c, j, "same"))
            dir = 0;
        else if (is(c, i, "that"))
            dir = 0, j--;
        else
            return 0;
        j++;
    } else
        return 0;
    if (is(c, j, "same"))
        j++;
    if ((u = unit_at(c, j)) && !is(c, j, "days") && !is(c, j, "months") && !is(c, j, "years") &&
        !is(c, j, "weeks")) {
        d->kind = TALLY_DX_RELATIVE;
        d->rel_unit = u;
        d->rel_n = dir;
        d->anchor = dir >= 0;
        return j + 1 - i;
    }
    int m;
    if (dir != 0 && dir != 2 && (m = month_at(c, j, &ntok))) {
        d->kind = TALLY_DX_RELATIVE;
        d->rel_unit = 'M';
        d->rel_month = m;
        d->rel_n = dir;
        d->anchor = dir > 0;
        return j + ntok - i;
    }
    int s;
    if (dir != 2 && (s = season_at(c, j)) >= 0 && !year_tok(c, j + 1) && !is(c, j + 1, "of")) {
        /* "that summer": the season in the year in force; "the following
           spring": the next one after the date in force (rel_n 1), "the
           previous winter": the one before it (rel_n -1) */
        d->kind = TALLY_DX_DATE;
        d->need_year = 1;
        d->rel_n = dir;
        d->from.m = seasons[s].from;
        d->to.m = seasons[s].to;
        d->to_yoff = seasons[s].yoff;
        d->anchor = 1;
        return j + 1 - i;
    }
    return 0;
}

/* Tokens of a night's second day at token i ("/29" in "28/29 April", the
 * day after day), storing it in *end; 0 when there is none. */
static size_t night_at(const pctx *c, size_t i, int day, int *end)
{
    if (!is_p(c, i, "/") || c->w->v[i].start != c->w->v[i - 1].end)
        return 0;
    int next = day_at(c, i + 1);
    if (next != day + 1)
        return 0;
    *end = next;
    return 2;
}

/* Day month [year] and month day[,] [year] at token i; a night "28/29
 * April 1941" is dated by its first day (night_end keeps the second). */
static size_t day_date_at(const pctx *c, size_t i, tally_datex *d)
{
    size_t nt;
    int day, m, y, night = 0;
    size_t nn = 0;
    if ((day = day_at(c, i)) && ((m = month_at(c, i + 1, &nt)) ||
                                 ((nn = night_at(c, i + 1, day, &night)) &&
                                  (m = month_at(c, i + 1 + nn, &nt))))) {
        size_t j = i + 1 + nn + nt;
        d->night_end = night;
        if (is(c, j, "of") && year_tok(c, j + 1))
            j++;
        else if (is_p(c, j, ",") && year_tok(c, j + 1))
            j++;
        y = year_tok(c, j);
        d->from.y = y;
        d->from.m = m;
        d->from.d = day;
        d->need_year = !y;
        d->to = d->from;
        return j + (y ? 1 : 0) - i;
    }
    if ((m = month_at(c, i, &nt)) && (day = day_at(c, i + nt)) && !is(c, i + nt + 1, "-") &&
        !unit_at(c, i + nt + 1)) {
        size_t j = i + nt + 1;
        if (is_p(c, j, ",") && year_tok(c, j + 1))
            j++;
        y = year_tok(c, j);
        if (!y && i + nt + 1 < c->w->n && c->w->v[i + nt + 1].kind == TOK_WORD &&
            !is(c, i + nt + 1, "and") && !is(c, i + nt + 1, "to"))
            return 0;   /* "March 15 divisions" is not a date */
        d->from.y = y;
        d->from.m = m;
        d->from.d = day;
        d->need_year = !y;
        d->to = d->from;
        return j + (y ? 1 : 0) - i;
    }
    return 0;
}

/* [modifier] month [of] [year] at token i; nm tokens of modifier_at(). */
static size_t month_date_at(const pctx *c, size_t i, size_t nm, tally_datex *d)
{
    size_t nt;
    int m = month_at(c, i + nm, &nt);
    if (!m)
        return 0;
    size_t j = i + nm + nt;
    if (is(c, j, "of") && year_tok(c, j + 1))
        j++;
    else if (is_p(c, j, ",") && year_tok(c, j + 1) && !is_p(c, j + 2, "-"))
        j++;
    int y = year_tok(c, j);
    d->from.y = d->to.y = y;
    d->from.m = d->to.m = m;
    d->need_year = !y;
    return j + (y ? 1 : 0) - i;
}

/* [modifier] season [of] [year] at token i; needs a year or a cue before it.
 * nm tokens of modifier_at(). */
static size_t season_date_at(const pctx *c, size_t i, size_t nm, tally_datex *d)
{
    int s = season_at(c, i + nm);
    if (s < 0)
        return 0;
    size_t j = i + nm + 1;
    if (is(c, j, "of") && year_tok(c, j + 1))
        j++;
    int y = year_tok(c, j);
    if (!y && is(c, i + nm, "fall") && is(c, j, "of"))
        return 0;   /* "the fall of the dinar", "the fall of the city": no season */
    /* a season naming a kind of thing, not a time: "the winter scale",
       "winter clothing", "the summer uniform" */
    static const char *const kinds[] = {"scale", "clothing", "clothes", "kit", "uniform",
                                        "uniforms", "dress", "gear", "wear", "quarters",
                                        "equipment", "pattern", NULL};
    if (!y && is_in(c, j, kinds))
        return 0;
    if (!y) {
        static const char *const cues[] = {"in", "during", "by", "until", "since", "through",
                                           "throughout", "that", "this", "last", "next",
                                           "early", "late", NULL};
        /* "in the winter", "by spring", and "the winter" as a subject:
           "the winter stopped work" */
        if (!(nm || (i > 0 && is_in(c, i - 1, cues)) || (i > 0 && is(c, i - 1, "the"))))
            return 0;
    }
    d->from.y = y;
    d->from.m = seasons[s].from;
    d->to.y = y ? y + seasons[s].yoff : 0;
    d->to.m = seasons[s].to;
    d->to_yoff = seasons[s].yoff;
    d->need_year = !y;
    return j + (y ? 1 : 0) - i;
}

/* Parts of years, ranges, decades and bare years at token i; nm and part
 * as modifier_at() gives them. */
static size_t year_date_at(const pctx *c, size_t i, size_t nm, char part, tally_datex *d)
{
    size_t j = i + nm;
    int y;
    if (j >= c->w->n)
        return 0;
    const tok *k = &c->w->v[j];
    /* decade: "the 1940s", "the late 1940s" */
    if (k->kind == TOK_NUM && k->end - k->start == 5 && c->t[k->end - 1] == 's') {
        long v = 0;
        for (size_t p = k->start; p < k->end - 1; p++)
            v = c->t[p] >= '0' && c->t[p] <= '9' ? v * 10 + (c->t[p] - '0') : -100000;
        if (v >= 1000 && v <= 2100 && v % 10 == 0) {
            int lo = (int)v, hi = (int)v + 9;
            if (part == 'e')
                hi = lo + 3;
            else if (part == 'l')
                lo = lo + 6;
            else if (part == 'm')
                lo += 3, hi -= 3;
            d->from.y = lo;
            d->to.y = hi;
            d->limit = 2;   /* background, never the date in force */
            return j + 1 - i;
        }
        return 0;
    }
    if (nm && part && strchr("EBHh", part) && is(c, j, "year") && !is(c, j + 1, "of")) {
        d->need_year = 1;   /* "by the end of the year": of the year in force */
        y = 0;
    } else if (!(y = nm ? year_tok(c, j) : year_at(c, j)))
        return 0;
    d->from.y = d->to.y = y;
    switch (part) {
    case 'E': d->from.m = d->to.m = 12; break;
    case 'B': d->from.m = d->to.m = 1; break;
    case 'm': d->from.m = d->to.m = 6; break;   /* "mid-1943", "the middle of 1943" */
    case 'H': d->from.m = 1, d->to.m = 6; break;
    case 'h': d->from.m = 7, d->to.m = 12; break;
    case 'F': d->from.m = 1, d->to.m = count_at(c, j - 3); break;
    case 'L': d->from.m = 13 - count_at(c, j - 3), d->to.m = 12; break;
    default: break;
    }
    /* "1950-51", "1950-1953", "1950 to 1953" */
    if (!part && (is_dash(c, j + 1) || is(c, j + 1, "to")) && j + 2 < c->w->n &&
        c->w->v[j + 2].kind == TOK_NUM) {
        const tok *e = &c->w->v[j + 2];
        long v = tok_int(c->t, e);
        int y2 = 0;
        /* not "from 18 crowns in 1939 to 54 crowns": a count before a noun */
        int counted = !is_dash(c, j + 1) && j + 3 < c->w->n && c->w->v[j + 3].kind == TOK_WORD;
        if (e->end - e->start == 2 && v >= 0 && !counted)
            y2 = y / 100 * 100 + (int)v;
        else if (e->end - e->start == 4)
            y2 = (int)v;
        if (y2 > y && y2 - y < 100) {
            d->to.y = y2;
            return j + 3 - i;
        }
    }
    return j + 1 - i;
}

/* "the first six months of the war", "its first year of war", "the first
 * week of the war": the opening span of the war, counted from its start
 * (rel_n units of rel_unit; see resolve()).  Returns the token after it and
 * fills d, or i when it is none of these. */
static size_t opening_span_at(const pctx *c, size_t i, tally_datex *d)
{
    size_t j = is(c, i, "the") ? i + 1 : i;
    if (!is(c, j, "first"))
        return i;
    int n = count_at(c, j + 1);
    char u = unit_at(c, j + 1);
    if (u)
        n = 1, j += 2;   /* "the first month of" */
    else if (n > 0 && (u = unit_at(c, j + 2)) != 0)
        j += 3;          /* "the first six months of" */
    else
        return i;
    if (!is(c, j, "of"))
        return i;
    j += is(c, j + 1, "the") ? 2 : 1;
    if (!is(c, j, "war"))
        return i;
    d->kind = TALLY_DX_WAR;
    d->rel_n = n;
    d->rel_unit = u;
    return j + 1;
}

/* "years of war", "throughout the war", "the rest of the war": a span of
 * the war last named; "the first six months of the war": its opening span. */
static size_t war_span_at(const pctx *c, size_t i, tally_datex *d)
{
    size_t j = i;
    if (unit_at(c, j) == 'y' && is(c, j + 1, "of") && (is(c, j + 2, "war") ||
                                                       (is(c, j + 2, "the") && is(c, j + 3, "war"))))
        j += is(c, j + 2, "war") ? 3 : 4;
    else if (is(c, j, "throughout") && is(c, j + 1, "the") && is(c, j + 2, "war"))
        j += 3;
    else if ((j = opening_span_at(c, i, d)) > i)
        return j - i;   /* "the first six months of the war" */
    else if (is(c, j, "the") && (is(c, j + 1, "rest") || is(c, j + 1, "remainder") ||
                                 is(c, j + 1, "duration")) &&
             is(c, j + 2, "of") && is(c, j + 3, "the") && is(c, j + 4, "war"))
        j += 5;
    else
        return 0;
    d->kind = TALLY_DX_WAR;
    return j - i;
}

/* 1 when token k is a future or planning word: "would", "will",
 * "planned", "expected", "expects", "forecasts" ..., or "plan(s)" as a verb ("we plan to send"). */
static int future_word(const pctx *c, size_t k)
{
    static const char *const fut[] = {"would", "will", "shall", "planned", "hoped",
                                      "expected", "intended", "projected", "expects",
                                      "forecasts", "predicts", NULL};
    if (is_in(c, k, fut))
        return 1;
    return (is(c, k, "plan") || is(c, k, "plans")) && is(c, k + 1, "to");
}

/* 1 when token k says that what follows is a goal: a plan, a programme
 * or a target named ("the plan called for ... by 1960"), or an
 * obligation ("was to have", "to be finished"). */
static int goal_word(const pctx *c, size_t k)
{
    static const char *const goal[] = {"plan", "plans", "programme", "program", "target",
                                       "targets", "called", "aimed", "scheduled", "due",
                                       NULL};
    static const char *const bound[] = {"was", "were", "is", "are", NULL};
    if (is_in(c, k, goal))
        return 1;
    if (is(c, k, "to") && k > 0 && is_in(c, k - 1, bound))
        return 1;   /* "was to have" */
    return is(c, k, "to") && (is(c, k + 1, "be") || is(c, k + 1, "have"));
}

/* 1 when the date at tokens [a, b) is one the narrative looks forward to,
 * not its present: a future or planning word before it in its clause or
 * just after it ("the air force would enter the war in September"), or,
 * after "by" or "within", a goal named before it ("to be finished by the
 * end of 1958").  Such a date does not move the date in force.  2 for a
 * target after "by" or "within", 1 for another future date, 0 none. */
static int near_future(const pctx *c, size_t a, size_t b)
{
    int by = a > 0 && (is(c, a - 1, "by") || is(c, a - 1, "within"));
    int fut = 0;
    for (size_t k = a; k > 0; k--) {
        if (is_p(c, k - 1, ";"))
            break;
        if (by && (goal_word(c, k - 1) || future_word(c, k - 1)))
            return 2;
        if (future_word(c, k - 1))
            fut = 1;
    }
    if (fut)
        return 1;
    for (size_t k = b; k < c->w->n && k < b + 3; k++)
        if (future_word(c, k))
            return 1;
    return 0;
}

/* Verbs of telling: the date after one ("told the Assembly on 3 May",
 * "said on 9 June") is the day of a statement. */
static const char *const tell_verbs[] = {"told", "said", "announced", "declared", "assured",
                                         "informed", "stated", "broadcast", "claimed", NULL};

/* 1 when the date starting at text[start] is a statement's day: "on" just
 * before it and a verb of telling at most six words before that, in its
 * clause.  Such a date stays in force in its paragraph only: the next one
 * goes back to the story's time. */
static int statement_date(const char *text, size_t start)
{
    size_t i = start, words = 0;
    while (i > 0 && text[i - 1] == ' ')
        i--;
    if (i < 3 || strncasecmp(text + i - 2, "on", 2) != 0 || isalpha((unsigned char)text[i - 3]))
        return 0;
    i -= 2;
    while (i > 0 && words < 7) {
        while (i > 0 && text[i - 1] == ' ')
            i--;
        size_t e = i;
        while (i > 0 && isalpha((unsigned char)text[i - 1]))
            i--;
        if (e == i)
            return 0;   /* punctuation: the clause is over */
        words++;
        for (size_t k = 0; tell_verbs[k]; k++)
            if (strlen(tell_verbs[k]) == e - i && strncasecmp(text + i, tell_verbs[k], e - i) == 0)
                return 1;
    }
    return 0;
}

/* 1 when the date at tokens [a, b) dates a source the author cites as
 * evidence, not the story: a present-tense verb of evidence follows it
 * within its clause ("the returns captured in 1945 suggest", "files opened
 * in 1992 show").  Such a date moves neither the date in force nor the year. */
static int evidence_date(const pctx *c, size_t b)
{
    static const char *const verbs[] = {"suggest", "suggests", "show", "shows",
                                        "reveal", "reveals", "confirm", "confirms",
                                        "indicate", "indicates", "prove", "proves", NULL};
    for (size_t k = b; k < c->w->n && k < b + 3; k++) {
        const tok *t = &c->w->v[k];
        if (t->kind == TOK_PUNCT)
            return 0;
        size_t len = t->end - t->start;
        char a = (char)(c->t[t->start] | 0x20);   /* most words fail here */
        if (len >= 4 && len <= 9 && (a == 's' || a == 'r' || a == 'c' || a == 'i' || a == 'p') &&
            is_in(c, k, verbs))
            return 1;
    }
    return 0;
}

/* 1 when "had" and a participle stand in the clause before token a (up to
 * six words back, no punctuation nor other time preposition between):
 * "that had cost 1.20 crowns in
 * October" (the date after "in" or "during"; "had been wrecked by the end
 * of December" is a deadline, not a time before).  "had to", "had no" and "had" before a determiner are no
 * pluperfect. */
static int pluperfect_before(const pctx *c, size_t a)
{
    static const char *const not_part[] = {"to", "a", "an", "the", "no", "some", "its",
                                           "their", "his", "her", "few", "many", "more",
                                           "little", "much", "only", "about", "over",
                                           "nearly", "almost", NULL};
    static const char *const stops[] = {"in", "during", "on", "by", "since", NULL};
    for (size_t k = a, n = 0; k > 1 && n < 6; k--, n++) {
        if (c->w->v[k - 1].kind == TOK_PUNCT || is_in(c, k - 1, stops))
            return 0;
        if (!is(c, k - 2, "had"))
            continue;
        size_t p = k - 1;
        if (is(c, p, "already") || is(c, p, "since") || is(c, p, "just"))
            p++;
        return p < a && c->w->v[p].kind == TOK_WORD && !is_in(c, p, not_part);
    }
    return 0;
}

/* 1 when a pluperfect clause opened by "what" ends at token a (its
 * preposition): "a fraction of what the mark had bought in 1940", "half
 * of what they had earned in 1938" -- the earlier time measured against. */
static int what_had(const pctx *c, size_t a)
{
    if (!pluperfect_before(c, a))
        return 0;
    for (size_t k = a, n = 0; k > 2 && n < 6; k--, n++)
        if (is(c, k - 1, "had"))   /* "what they had", "what the army had" */
            return is(c, k - 2, "what") || is(c, k - 3, "what") ||
                   (k > 3 && is(c, k - 4, "what") && is(c, k - 3, "the"));
    return 0;
}

/* 1 when the date starting at token a is the base of a comparison, not
 * a time of the story: "23,000 more than in 1938", "fewer than during the
 * spring", "compared with 1938".  Such a date moves neither the date in
 * force nor the year, and dates no figure of a sentence that has another. */
static int comparison_base(const pctx *c, size_t a)
{
    static const char *const preps[] = {"in", "at", "during", "on", "for", "of", NULL};
    size_t k = a;
    if (k > 0 && is_in(c, k - 1, preps))
        k--;   /* "than in 1938" (the preposition outside the date or its first word) */
    if (k > 0 && is(c, k - 1, "than"))
        return 1;
    return k > 1 && (is(c, k - 1, "with") || is(c, k - 1, "to")) && is(c, k - 2, "compared");
}

/* 1 when the date starting at token a dates the earlier figure a change
 * is measured from: "96 million, up from 72 million in 1935", "down from
 * 40 in 1938", and after a verb of change when the new figure follows
 * ("have risen from 240 in October 1937 to 310", b the token after the
 * date).  It dates that figure (the nearest) but moves neither the date
 * in force nor the year: the story stays at the time of the new figure. */
static int up_from_base(const pctx *c, size_t a, size_t b)
{
    static const char *const change[] = {"risen", "rose", "grown", "grew", "fallen", "fell",
                                         "increased", "decreased", "dropped", "climbed",
                                         "declined", NULL};
    size_t k = a;
    if (k == 0 || !is(c, k - 1, "in"))
        return 0;
    k--;
    for (size_t n = 0; n < 3 && k > 0 && c->w->v[k - 1].kind == TOK_WORD; n++)
        k--;   /* the number's scale or unit: "72 million", "40 tanks" */
    if (k < 3 || c->w->v[k - 1].kind != TOK_NUM || !is(c, k - 2, "from"))
        return 0;
    return is(c, k - 3, "up") || is(c, k - 3, "down") ||
           (is_in(c, k - 3, change) && b < c->w->n && is(c, b, "to"));
}

/* 1 when the date starting at token a tells when a thing or a rule was
 * made, in a participle phrase that describes a noun, not the time of the
 * story: a rule's origin ("the ration laid down in 1936 was 11 kg", "a
 * scale fixed in 1931 is"), the subject of a "was" or "is" after the
 * date, or a thing's making set off by commas ("Its sea front, finished
 * in 1906, mounted 48 guns").  "was finished in 1906", "had been built in
 * 1909" (a verb of the story), "the programme the staff adopted in 1970
 * set out" and "48 guns built in 1906" (the figure counts what was made
 * then) are not. */
static int origin_date(const pctx *c, size_t a, size_t b)
{
    static const char *const rule_made[] = {"fixed", "set", "adopted", "introduced",
                                            "prescribed", "approved", NULL};
    static const char *const copula[] = {"was", "were", "is", "are", NULL};
    static const char *const thing_made[] = {"finished", "built", "completed", "founded",
                                             "established", "raised", "formed", NULL};
    static const char *const aux[] = {"was", "were", "is", "are", "be", "been", "being",
                                      "had", "has", "have", NULL};
    size_t k = a;
    if (!is(c, k, "in") && !(k > 0 && is(c, --k, "in")))
        return 0;
    if (k < 2)
        return 0;
    size_t p = k - 1;   /* the participle */
    int rule = is_in(c, p, rule_made) || (is(c, p, "down") && is(c, p - 1, "laid"));
    if (is(c, p, "down"))
        p--;
    if (p == 0 || is_in(c, p - 1, aux))
        return 0;
    if (rule)
        return c->w->v[p - 1].kind == TOK_WORD && is_in(c, b, copula);
    return is_in(c, p, thing_made) && is_p(c, p - 1, ",") && is_p(c, b, ",");
}

/* 1 when the date at token a names a plan looked back to, after a
 * preposition: "(assumed) in the plan of November 1951", "under the
 * programme of 1940" (four tokens back at most).  The date may date a figure
 * of its own sentence, but the story does not move to it; a plan that is
 * the subject ("The council's plan of October 1939 aimed at") is the
 * story's own time and is not matched. */
static int plan_referred(const pctx *c, size_t a)
{
    static const char *const docs[] = {"plan", "plans", "programme", "program", "scheme",
                                       NULL};
    static const char *const preps[] = {"in", "by", "under", NULL};
    return a >= 4 && is(c, a - 1, "of") && is_in(c, a - 2, docs) && is(c, a - 3, "the") &&
           is_in(c, a - 4, preps);
}

/* The first token of "the end of" (or "the beginning of", "the middle
 * of", "the start of") right before token a, else a: "by the end of the
 * next year" is a deadline as "by the next year" is. */
static size_t part_of(const pctx *c, size_t a)
{
    static const char *const parts[] = {"end", "beginning", "middle", "start", NULL};
    if (a < 2 || !is(c, a - 1, "of") || !is_in(c, a - 2, parts))
        return a;
    return a >= 3 && is(c, a - 3, "the") ? a - 3 : a - 2;
}

/* Set anchor, limit and span flags of d from the tokens around it. */
/* Token before "the night(s) of" ending at token a, else a: "between the
 * nights of 22/23 April" opens a span as "between 22 April" does. */
static size_t night_lead(const pctx *c, size_t a)
{
    if (a >= 3 && is(c, a - 1, "of") && (is(c, a - 2, "nights") || is(c, a - 2, "night")) &&
        is(c, a - 3, "the"))
        return a - 3;
    return a;
}

/* 1 when the date at token a is the day something is due to open: "is to
 * open on", "due to begin on", "scheduled to start on" just before it (four
 * tokens back at most). */
static int opens_on(const pctx *c, size_t a)
{
    static const char *const verbs[] = {"open", "begin", "start", "commence", NULL};
    static const char *const bound[] = {"is", "are", "was", "were", "due", "scheduled",
                                        NULL};
    if (is(c, a, "on"))
        a++;   /* the expression may begin with its "on" */
    return a >= 4 && is(c, a - 1, "on") && is_in(c, a - 2, verbs) && is(c, a - 3, "to") &&
           is_in(c, a - 4, bound);
}

static void set_flags(const pctx *c, size_t a, size_t b, tally_datex *d)
{
    if (d->kind == TALLY_DX_DATE) {
        d->target = d->limit != 2 ? near_future(c, a, b) : 0;
        d->anchor = d->limit != 2 && !d->target;
        d->gives_year = d->limit != 2;
        d->opens = d->from.d && opens_on(c, a);
    }
    if (d->kind == TALLY_DX_RELATIVE && d->anchor && near_future(c, part_of(c, a), b) == 2) {
        d->target = 2;   /* "would have 60 boats by the end of the next year" */
        d->anchor = 0;
    }
    if (d->limit == 2)
        d->limit = 0;
    if (d->kind == TALLY_DX_EVENT || (d->kind == TALLY_DX_WAR && !d->rel_n))
        d->anchor = 0;
    if (d->kind == TALLY_DX_WAR && d->rel_n)   /* the war's opening months: a past time */
        d->anchor = !d->limit && !near_future(c, a, b);
    size_t pa = a > 1 && is(c, a - 1, "the") ? a - 1 : a;   /* "during the winter" */
    if (d->kind == TALLY_DX_DATE && d->need_year && pa > 0 &&
        (is(c, pa - 1, "in") || is(c, pa - 1, "during")) && pluperfect_before(c, pa - 1)) {
        d->looks_back = 2;
        d->anchor = 0;   /* a time before the story's: it does not move it */
    }
    if (a > 0 && is(c, a - 1, "since"))
        d->looks_back = 1;
    if (a > 0 && is_in(c, a - 1, limit_words)) {
        d->limit = 1;
        d->anchor = 0;
        d->target = 0;
        d->gives_year = 0;
    }
    size_t sa = night_lead(c, a);   /* "between the nights of 22/23 April" */
    if (sa > 0 && (is(c, sa - 1, "from") || is(c, sa - 1, "between")))
        d->span_from = 1;
    if (a >= 3 && is(c, a - 2, "then") &&
        ((is(c, a - 3, "between") && is(c, a - 1, "and")) ||
         (is(c, a - 3, "from") && is_in(c, a - 1, span_words))))
        d->from_then = 1;   /* "between then and the end of March 1941" */
    if (a > 0 && is_p(c, a - 1, "(") && is_p(c, b, ")"))
        d->anchor = d->gives_year = d->target = 0;   /* a publication year: "(1989)" */
    if (d->kind == TALLY_DX_DATE && comparison_base(c, a)) {
        d->anchor = d->gives_year = d->target = 0;
        d->evidence = 1;   /* a comparison's base: like a source's date */
    }
    size_t wa = a > 0 && (is(c, a - 1, "its") || is(c, a - 1, "their")) ? a - 1 : a;
    if ((d->kind == TALLY_DX_DATE || (d->kind == TALLY_DX_WAR && d->rel_n)) && wa > 0 &&
        is(c, wa - 1, "in") && what_had(c, wa - 1)) {
        d->anchor = d->gives_year = d->target = 0;
        d->evidence = d->origin = 1;   /* "a fraction of what it had bought in
                                          1940": the time measured against */
    }
    if (d->kind == TALLY_DX_DATE && a >= 2 && is(c, a - 1, "into") &&
        (is(c, a - 2, "forward") || is(c, a - 2, "over"))) {
        d->anchor = d->gives_year = 0;   /* "carried forward into 1943": where */
        d->target = 1;                   /* it goes, not the time of the story */
    }
    if (d->kind == TALLY_DX_DATE && up_from_base(c, a, b))
        d->anchor = d->gives_year = d->target = 0;   /* "up from 72 million in 1935" */
    if (d->kind == TALLY_DX_DATE && !d->need_year && origin_date(c, a, b)) {
        d->anchor = d->gives_year = d->target = 0;
        d->evidence = d->origin = 1;   /* a thing's making: dates no figure */
    }
    if (d->kind == TALLY_DX_DATE && !d->need_year && plan_referred(c, a))
        d->anchor = d->gives_year = 0;   /* "the plan of November 1951": the story stays put */
    if (d->kind == TALLY_DX_DATE && d->anchor && evidence_date(c, b)) {
        d->anchor = d->gives_year = 0;
        d->evidence = 1;
    }
}

/* 0 when no pattern can match at the word token i: it is no starter (or
 * a starter not followed as it must be, see follows[]), no first word of
 * an event name and no month. */
static int may_start(const pctx *c, size_t i, const dlex *l)
{
    const words *w = c->w;
    const tok *k = &w->v[i];
    /* one look-up for most words: one starting with an ASCII letter, short
     * enough for every key buffer (and for maybe_month() to look) and not
     * glued to a following letter or digit, is no starter, event or month
     * unless l->quick admits its first two characters and its length */
    const unsigned char *p = (const unsigned char *)c->t + k->start;
    size_t len = k->end - k->start;
    if (len < 23 && !(i + 1 < w->n && w->v[i + 1].start == k->end && lead_cls[p[len]])) {
        unsigned b = len > 1 ? lead_cls[p[1]] : 0;
        if (!((l->byfirst[p[0]][b] >> len) & 1))   /* a letter's case and class at once */
            return 0;
    }
    int s = tok_set_index(c->t, k, &l->starters);
    if (s >= 0 && s < STARTERS_ALONE)
        return 1;
    if (s >= 0 && i + 1 < w->n &&
        (tok_in_set(c->t, &w->v[i + 1], &l->follows) || may_event(c->t, w, i + 1, l)))
        return 1;
    return may_event(c->t, w, i, l) || (tok_cap(c->t, k) && maybe_month(c, i));
}

/* tally_dates_find() with the lexicon prepared in l, appending to *out (n
 * items, room for *cap) and splitting into w (whose room is reused).  0 or
 * -1 when out of memory. */
static int dates_find(const char *text, size_t start, size_t end, const dlex *l, words *w,
                      tally_datex **out, size_t *n, size_t *cap);

tally_status tally_dates_find(const char *text, size_t start, size_t end,
                              const tally_lexicon *lex, tally_datex **out, size_t *n,
                              tally_error *err)
{
    dlex l;
    words w = {0};
    size_t cap = 0;
    dlex_init(&l, lex);
    *out = NULL;
    *n = 0;
    int rc = dates_find(text, start, end, &l, &w, out, n, &cap);
    words_free(&w);
    if (rc < 0) {
        free(*out);
        *out = NULL;
        *n = 0;
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    return TALLY_OK;
}

/* 1 when the bare months a and b (no day, no event) stand in a list of
 * months that goes on at token j with "and" or a comma and another month
 * ("December, January and February"): the comma between them joins them. */
static int month_list_at(const pctx *c, const tally_datex *a, const tally_datex *b, size_t j)
{
    size_t nt;
    if (a->kind != TALLY_DX_DATE || b->kind != TALLY_DX_DATE || !a->from.m || !b->from.m ||
        a->from.d || b->from.d || a->to.m != a->from.m || b->to.m != b->from.m)
        return 0;
    if (!is(c, j, "and") && !is_p(c, j, ","))
        return 0;
    return month_at(c, j + 1, &nt) != 0;
}

static int dates_find(const char *text, size_t start, size_t end, const dlex *l, words *wp,
                      tally_datex **out, size_t *n, size_t *cap)
{
    if (words_resplit(text, start, end, wp) < 0)
        return -1;
    const words w = *wp;
    size_t base = *n;   /* expressions before this span are not joined to */
    pctx c = {text, &w, l->lex, l->events, l->months, l->event_date, l->month_number};
    size_t i = 0;
    while (i < w.n) {
        tally_datex d;
        const tok *k = &w.v[i];
        if (k->kind == TOK_PUNCT || (k->kind == TOK_WORD && !may_start(&c, i, l))) {
            i++;   /* nothing can start here */
            continue;
        }
        memset(&d, 0, sizeof d);
        size_t used = 0;
        /* "the start of the Korean War", "the end of the war" */
        char part = 0;
        size_t nm = modifier_at(&c, i, &part);
        if (nm && (part == 'B' || part == 'E') && (used = event_at(&c, i + nm, &d))) {
            used += nm;
            if (part == 'B')
                d.to = d.from;
            else
                d.from = d.to;
        }
        if (!used)
            used = event_at(&c, i, &d);
        if (!used)
            used = war_span_at(&c, i, &d);
        if (!used)
            used = relative_at(&c, i, &d);
        if (!used)
            used = day_date_at(&c, i, &d);
        if (!used)
            used = month_date_at(&c, i, nm, &d);
        if (!used)
            used = season_date_at(&c, i, nm, &d);
        if (!used)
            used = year_date_at(&c, i, nm, part, &d);
        if (!used) {
            i++;
            continue;
        }
        d.start = w.v[i].start;
        d.end = w.v[i + used - 1].end;
        set_flags(&c, i, i + used, &d);
        /* "from X to Y", "January and February 1951": Y joins X */
        if (*n > base) {
            tally_datex *p = &(*out)[*n - 1];
            size_t g = i;
            while (g > 0 && w.v[g - 1].start >= p->end)
                g--;
            int ok = g < i;
            int has_and = 0;
            if (g + 1 == i && is_p(&c, g, ",") && month_list_at(&c, p, &d, i + used))
                g = i;   /* "December, January and February": one list */
            for (size_t q = g; q < i && ok; q++) {
                if (tok_eq(text, &w.v[q], "and"))
                    has_and = 1;
                ok = tok_in(text, &w.v[q], span_words) || tok_punct(text, &w.v[q], "-") ||
                     tok_punct(text, &w.v[q], "\xE2\x80\x93") || tok_eq(text, &w.v[q], "the");
            }
            if (ok && has_and && !p->span_from && (p->from.d || d.from.d))
                ok = 0;   /* "on 1 March and 15 March" are two dates */
            if (ok && (p->kind == TALLY_DX_RELATIVE || d.kind == TALLY_DX_RELATIVE))
                ok = 0;
            if (ok)
                d.absorbed = 1;
        }
        if (grow_array((void **)out, cap, *n + 1, sizeof **out) < 0)
            return -1;
        (*out)[(*n)++] = d;
        i += used;
    }
    return 0;
}

/* ---- calendar arithmetic ---- */

/* The civil date of a day count (days since 1970-01-01), through isodate.c. */
static tally_ymd civil_from_days(long z)
{
    long y;
    tally_ymd r;
    tally_civil_from_days(z, &y, &r.m, &r.d);
    r.y = (int)y;
    return r;
}

long tally_ymd_days(tally_ymd d, int last)
{
    if (!d.y)
        return 0;
    if (d.d)
        return tally_days_from_civil(d.y, d.m, d.d);
    if (!last)
        return tally_days_from_civil(d.y, d.m ? d.m : 1, 1);
    if (!d.m)
        return tally_days_from_civil(d.y + 1, 1, 1) - 1;
    return tally_days_from_civil(d.m == 12 ? d.y + 1 : d.y, d.m == 12 ? 1 : d.m + 1, 1) - 1;
}

int tally_ymd_cmp(tally_ymd a, tally_ymd b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (!a.m || !b.m || a.m == b.m) {
        if (!a.m || !b.m || !a.d || !b.d || a.d == b.d)
            return 0;
        return a.d < b.d ? -1 : 1;
    }
    return a.m < b.m ? -1 : 1;
}

/* Resolve a relative reference against ref (the date in force). */
static void resolve_relative(tally_datex *d, tally_ymd ref)
{
    tally_ymd r = {0, 0, 0};
    if (!ref.y || !d->rel_unit)
        goto done;
    switch (d->rel_unit) {
    case 'd':
    case 'w': {
        long n = (long)d->rel_n * (d->rel_unit == 'w' ? 7 : 1);
        if (ref.d)
            r = civil_from_days(tally_days_from_civil(ref.y, ref.m, ref.d) + n);
        else if (ref.m && n > -28 && n < 28)
            r.y = ref.y, r.m = ref.m;   /* "two days later" in a month: that month */
        break;
    }
    case 'm':
        if (ref.m) {
            int t = ref.y * 12 + (ref.m - 1) + d->rel_n;
            r.y = t / 12;
            r.m = t % 12 + 1;
        }
        break;
    case 'y':
        r.y = ref.y + d->rel_n;
        break;
    case 'P':   /* the rel_n months before the month in force */
        if (ref.m) {
            int t = ref.y * 12 + (ref.m - 1) - d->rel_n;   /* the first, from 0 */
            d->from.y = t / 12, d->from.m = t % 12 + 1, d->from.d = 0;
            t += d->rel_n - 1;
            d->to.y = t / 12, d->to.m = t % 12 + 1, d->to.d = 0;
            return;
        }
        break;
    case 'F':   /* the rel_n months after the month in force */
        if (ref.m) {
            int t = ref.y * 12 + ref.m;   /* the month after ref, counted from 0 */
            d->from.y = t / 12, d->from.m = t % 12 + 1, d->from.d = 0;
            t += d->rel_n - 1;
            d->to.y = t / 12, d->to.m = t % 12 + 1, d->to.d = 0;
            return;
        }
        break;
    case 'M':
        r.m = d->rel_month;
        if (d->rel_n < 0)
            r.y = ref.m && d->rel_month < ref.m ? ref.y : ref.y - 1;
        else
            r.y = ref.m && d->rel_month > ref.m ? ref.y : ref.y + 1;
        break;
    default:
        break;
    }
done:
    d->from = d->to = r;
}

/* The opening span of a war starting at start: rel_n units of d->rel_unit
 * ("the first six months of the war" from September 1939 is 1939-09/1940-02),
 * at the precision of start (a day only when start gives one). */
static void opening_span(tally_datex *d, tally_ymd start)
{
    d->from = start;
    d->to = start;
    if (!start.m)
        return;   /* a year only: no finer span */
    if (d->rel_unit == 'm' || d->rel_unit == 'y') {
        int months = d->rel_unit == 'y' ? d->rel_n * 12 : d->rel_n;
        int m0 = start.y * 12 + start.m - 1 + months - 1;
        d->from.d = d->to.d = 0;
        d->to.y = m0 / 12;
        d->to.m = m0 % 12 + 1;
    } else if (start.d) {
        long z = tally_ymd_days(start, 0) + (d->rel_unit == 'w' ? 7L : 1L) * d->rel_n - 1;
        d->to = civil_from_days(z);
    }
}

/* Resolve one expression with the date in force ref and the war last named;
 * a war's opening span with no war named counts from opening, the first
 * month the body dates (the story's start), when there is one. */
static void resolve(tally_datex *d, tally_ymd ref, const tally_datex *war,
                    const tally_datex *opening)
{
    if (d->kind == TALLY_DX_WAR && d->rel_n) {
        if (war || opening)
            opening_span(d, war ? war->from : opening->from);
        return;
    }
    switch (d->kind) {
    case TALLY_DX_DATE:
        if (d->need_year) {
            d->from.y = ref.y;
            d->to.y = ref.y ? ref.y + d->to_yoff : 0;
        }
        break;
    case TALLY_DX_RELATIVE:
        resolve_relative(d, ref);
        break;
    case TALLY_DX_WAR:
        if (war) {
            d->from = war->from;
            d->to = war->to;
        }
        break;
    case TALLY_DX_EVENT:
        break;
    }
}

/* A year for the partial date d (index k of v[0..n)) from a later date of
 * the same paragraph that writes its year: any month within the sentence
 * ("27 August and 8 September 1951"), the same month within the paragraph
 * ("In early December ... on 4 December 1950").  0 if none. */
static int year_ahead(const tally_datex *v, size_t k, size_t n, size_t sent_end,
                      size_t para_end, long *src)
{
    const tally_datex *d = &v[k];
    for (size_t j = k + 1; j < n && v[j].start < para_end; j++) {
        const tally_datex *e = &v[j];
        if (e->kind != TALLY_DX_DATE || e->need_year || !e->from.y || !e->from.m)
            continue;
        *src = (long)j;
        if (e->start < sent_end)
            return e->from.y - (d->from.m > e->from.m ? 1 : 0);
        if (e->from.m == d->from.m)
            return e->from.y;
    }
    return 0;
}

/* A year for the partial date d (index k of v) from an earlier date of its
 * paragraph (from offset para_start on) in the same month that writes its
 * year ("on 2 November 1942 ... between 1 November and 28 February"): the
 * paragraph's own November.  0 if none. */
static int year_behind(const tally_datex *v, size_t k, size_t para_start, long *src)
{
    for (size_t j = k; j-- > 0 && v[j].start >= para_start;) {
        const tally_datex *e = &v[j];
        if (e->kind == TALLY_DX_DATE && !e->need_year && e->from.y &&
            e->from.m == v[k].from.m && e->to.y == e->from.y) {
            *src = (long)j;
            return e->from.y;
        }
    }
    return 0;
}

/* 1 when expression d says "year" ("by the end of the year"): the year in
 * force, not a month of its own. */
static int names_year(const char *text, const tally_datex *d)
{
    for (size_t i = d->start; i + 4 <= d->end; i++)
        if (memcmp(text + i, "year", 4) == 0)
            return 1;
    return 0;
}

/* 1 when expression d names a season without "this", "coming" or
 * "current" before it ("the autumn campaign", "in the autumn"): written
 * in a dated report, the season already known, not one still ahead. */
static int known_season(const char *text, const tally_datex *d)
{
    static const char *const ahead[] = {"this ", "coming ", "current ", NULL};
    int hit = 0;
    for (int j = 0; j < (int)(sizeof seasons / sizeof *seasons) && !hit; j++)
        for (size_t i = d->start; i + seasons[j].len <= d->end && !hit; i++)
            hit = strncasecmp(text + i, seasons[j].name, seasons[j].len) == 0;
    if (!hit)
        return 0;
    for (int j = 0; ahead[j]; j++) {
        size_t n = strlen(ahead[j]);
        if (d->start >= n && strncasecmp(text + d->start - n, ahead[j], n) == 0)
            return 0;
    }
    return 1;
}

/* 1 when expression d is a single month written without a year right
 * after "in", with a verb of the past among the two words before that
 * ("the ports were closed in December", "had it begun in November"):
 * written in a dated report, the month already gone by, not one ahead.
 * Verbs of intent in -ed ("expected in June", "planned in May") look
 * ahead and do not count. */
static int past_month(const char *text, size_t sstart, const tally_datex *d)
{
    static const char *const irregular[] = {"begun", "began", "fell", "came", "broke",
                                            "went", "lost", "sent", "built", "held", NULL};
    static const char *const ahead[] = {"expected", "scheduled", "planned", "intended",
                                        "promised", "proposed", "required", "needed",
                                        "due", NULL};
    if (d->from.m <= 0 || d->from.m > 12 || d->to.m != d->from.m || d->to_yoff ||
        d->start < sstart + 3 || strncasecmp(text + d->start - 3, "in ", 3) != 0)
        return 0;
    size_t i = d->start - 3;
    for (int n = 0; n < 2 && i > sstart; n++) {
        while (i > sstart && text[i - 1] == ' ')
            i--;
        size_t e = i;
        while (i > sstart && isalpha((unsigned char)text[i - 1]))
            i--;
        if (e == i)
            return 0;
        int hit = e - i > 3 && text[e - 2] == 'e' && text[e - 1] == 'd';
        for (int k = 0; irregular[k] && !hit; k++)
            hit = strlen(irregular[k]) == e - i && strncasecmp(text + i, irregular[k], e - i) == 0;
        for (int k = 0; ahead[k] && hit; k++)
            if (strlen(ahead[k]) == e - i && strncasecmp(text + i, ahead[k], e - i) == 0)
                hit = 0;
        if (hit)
            return 1;
    }
    return 0;
}

/* The start of the first sentence of the paragraph of sentence si. */
static size_t para_start(const tally_segments *seg, size_t si)
{
    while (si > 0 && seg->sents[si - 1].para == seg->sents[si].para)
        si--;
    return seg->sents[si].start;
}

/* For every expression k of v[0..n) (in order of start), the index of the
 * first later expression that writes a month and a year (a candidate for
 * year_ahead()) into any[k], and of the first such one in the same month as
 * v[k] into same[k]; -1 when none.  One backward pass instead of a scan
 * ahead from each partial date. */
static void ahead_index(const tally_datex *v, size_t n, long *any, long *same)
{
    long next_any = -1, next_month[13];
    for (int m = 0; m < 13; m++)
        next_month[m] = -1;
    for (size_t k = n; k-- > 0;) {
        const tally_datex *e = &v[k];
        any[k] = next_any;
        same[k] = e->from.m >= 0 && e->from.m <= 12 ? next_month[e->from.m] : -1;
        if (e->kind == TALLY_DX_DATE && !e->need_year && e->from.y && e->from.m &&
            e->from.m <= 12) {
            next_any = (long)k;
            next_month[e->from.m] = (long)k;
        }
    }
}

/* year_ahead() from the index of ahead_index() (v in order of start): the
 * first candidate if it lies in the sentence, else the first of the same
 * month, each only within the paragraph. */
static int year_ahead_ix(const tally_datex *v, size_t k, const long *any, const long *same,
                         size_t sent_end, size_t para_end, long *src)
{
    const tally_datex *d = &v[k];
    long j = any[k];
    if (j < 0 || v[j].start >= para_end)
        return 0;
    if (v[j].start < sent_end) {
        *src = j;
        return v[j].from.y - (d->from.m > v[j].from.m ? 1 : 0);
    }
    j = same[k];
    if (j < 0 || v[j].start >= para_end)
        return 0;
    *src = j;
    return v[j].from.y;
}

/* Join the resolved expression b (absorbed) into a's span; ref is the
 * date in force (y == 0 none).  When neither writes its year, b ends in
 * a's year, or the next one when its month comes before a's ("from
 * November to the end of May"), and a span that wraps so into the next
 * year starts a year earlier when that puts the date in force inside it
 * rather than before it (May 1974 in force: November 1973 to May 1974). */
static void merge_span(tally_datex *a, const tally_datex *b, tally_ymd ref)
{
    if (!b->from.y)
        return;
    if (a->need_year && !b->need_year) {
        /* "January and February 1951": the year is written once, at the end */
        a->from.y = b->from.y - (a->from.m > b->from.m ? 1 : 0);
        a->to.y = a->from.y + a->to_yoff;
    }
    if (!a->from.y)
        return;
    tally_ymd end = b->to;
    if (b->night_end)
        end.d = b->night_end;   /* "... and 29/30 April": to the morning of the 30th */
    if (a->need_year && b->need_year && a->from.m && end.m) {
        end.y = a->from.y + (end.m < a->from.m ? 1 : 0);
        if (end.y > a->from.y && ref.y && tally_ymd_cmp(ref, a->from) < 0) {
            tally_ymd lo = a->from, hi = end;
            lo.y--, hi.y--;
            if (tally_ymd_cmp(ref, lo) >= 0 && tally_ymd_cmp(ref, hi) <= 0) {
                a->from.y--;
                end.y--;
            }
        }
    }
    if (tally_ymd_cmp(end, a->from) >= 0)
        a->to = end;
}

/* How many months the resolved span d covers, counting both ends; 0 for
 * a single date. */
static int span_months(const tally_datex *d)
{
    if (!d->from.y || !d->to.y || tally_ymd_cmp(d->from, d->to) == 0)
        return 0;
    int fm = d->from.m ? d->from.m : 1, tm = d->to.m ? d->to.m : 12;
    return (d->to.y - d->from.y) * 12 + tm - fm + 1;
}

/* Resolve d, index k of v ("over the six months", rel_n months, 0 any
 * length), to the latest span before it that lasts that long; returns the
 * span's index, -1 when none (d stays unresolved). */
static long span_back(const tally_datex *v, size_t k, tally_datex *d)
{
    for (size_t j = k; j-- > 0;) {
        int n = span_months(&v[j]);
        if (n > 1 && !v[j].absorbed && (d->rel_n == 0 || n == d->rel_n)) {
            d->from = v[j].from;
            d->to = v[j].to;
            return (long)j;
        }
    }
    d->from.y = 0;
    return -1;
}

/* The date a resolved expression gives as the date in force: its start
 * ("from November 1951 to the armistice" keeps 1951 as the year in force). */
static tally_ymd ref_of(const tally_datex *d)
{
    return d->from;
}

/* A month without a year that comes more than this many months before the
 * month in force is the same month of the next year: a narrative that
 * reaches December and goes on with "January" has moved into the new year
 * (going back eleven months without a year is not how it is written). */
#define MONTH_ROLL 6

/* 1 when the month without a year v[k] opens a pair with the next date of
 * its sentence (v[k + 1], before index end): a later month without a year
 * that stays in the year in force (month ref_m), as in "fell from 500 in
 * January to 410 in September" written in October.  The two are then one
 * stretch of the same year and the first does not roll into the next. */
static int pair_opens(const tally_datex *v, size_t k, size_t end, int ref_m)
{
    if (k + 1 >= end)
        return 0;
    const tally_datex *e = &v[k + 1];
    return e->kind == TALLY_DX_DATE && e->need_year && !e->rel_n && !e->to_yoff &&
           e->to.m == e->from.m && e->from.m > v[k].from.m && e->from.m <= 12 &&
           ref_m - e->from.m <= MONTH_ROLL;
}

/* The year that puts the month without a year d inside the period p in
 * force when p runs into a later year ("the winter" of 1944-45, "from
 * November 1944 to March 1945": then "January" is 1945's), and y, the year
 * the caller would give it, is one of p's; 0 otherwise. */
static int span_year(const tally_datex *p, const tally_datex *d, int y)
{
    if (!p->from.m || !p->to.m || p->to.y != p->from.y + 1 || d->to_yoff ||
        (y != p->from.y && y != p->to.y))
        return 0;
    if (d->from.m >= p->from.m)
        return p->from.y;
    return d->from.m <= p->to.m ? p->to.y : 0;
}

/* 1 when the month without a year d falls after the end of the season p
 * that ran into a later year and before p's first month, and y, the year
 * the caller would give it, is p's first ("the winter" just past, 1937-38,
 * then "in June": 1938's, the narrative having come back to its time). */
static int after_season(const tally_datex *p, const tally_datex *d, int y)
{
    return p->from.m && p->to.m && p->to.y == p->from.y + 1 && !d->to_yoff &&
           y == p->from.y && d->from.m > p->to.m && d->from.m < p->from.m;
}

/* 1 when the timeline's entry k is a season without a year that lies ahead
 * of the month in force, which an earlier date of the same sentence set
 * (entries from first on): "In April he asked for tons enough to last
 * through the winter" is still April's sentence, and the "May" of the next
 * one is April's year, not the winter's; "the winter stopped work" is a time
 * of the story and moves it. */
static int season_ahead(const char *text, const tally_timeline *tl, size_t k, long in_force,
                        size_t first)
{
    const tally_datex *d = &tl->v[k];
    if (d->kind != TALLY_DX_DATE || !d->need_year || d->rel_n || !d->from.m ||
        d->to.m == d->from.m || in_force < (long)first || in_force >= (long)k)
        return 0;
    static const char *const lasts[] = {"through the ", "for the ", "over the ",
                                        "throughout the ", NULL};
    int lasting = 0;   /* a time something is to last through, not a time of the story */
    for (int i = 0; lasts[i] && !lasting; i++) {
        size_t n = strlen(lasts[i]);
        lasting = d->start >= n && strncasecmp(text + d->start - n, lasts[i], n) == 0;
    }
    if (!lasting)
        return 0;
    const tally_datex *p = &tl->v[in_force];
    return p->kind == TALLY_DX_DATE && p->from.m && tally_ymd_cmp(p->to, d->from) < 0;
}

/* 1 when the date p starts inside the span s ("January" 1943 inside
 * "between 1 December and 28 February" 1942-43). */
static int in_span(const tally_datex *s, const tally_datex *p)
{
    tally_ymd a = {s->from.y, s->from.m, 0}, b = {s->to.y, s->to.m, 0};
    tally_ymd c = {p->from.y, p->from.m, 0};
    return c.m && tally_ymd_cmp(c, a) >= 0 && tally_ymd_cmp(c, b) <= 0;
}

/* 1 when d is a dated span of months that runs into the next year
 * ("between 1 December and 28 February" of 1942-43), not a season. */
static int span_of_months(const tally_datex *d)
{
    return d->kind == TALLY_DX_DATE && d->from.y && d->from.m && d->to.m &&
           d->to.y == d->from.y + 1 && !d->to_yoff && !d->looks_back;   /* not "since" */
}

/* 1 when the span of months v[k] ("the three months") ends at the date
 * expression right after it, k + 1 before index end: only " to ", " up to "
 * or " ending " between ("in the three months to April"). */
static int span_to_next(const char *text, const tally_datex *v, size_t k, size_t end)
{
    if (k + 1 >= end || v[k + 1].kind != TALLY_DX_DATE || !v[k + 1].from.m ||
        v[k].rel_n <= 0 || v[k + 1].start < v[k].end)
        return 0;
    size_t a = v[k].end, n = v[k + 1].start - a;
    return (n == 4 && memcmp(text + a, " to ", 4) == 0) ||
           (n == 7 && memcmp(text + a, " up to ", 7) == 0) ||
           (n == 8 && memcmp(text + a, " ending ", 8) == 0);
}

/* Make the span of months s (rel_n months) end with the month of e. */
static void span_ending(tally_datex *s, const tally_datex *e)
{
    tally_ymd last = e->to.y ? e->to : e->from;
    if (!last.m)
        return;
    int t = last.y * 12 + (last.m - 1) - (s->rel_n - 1);
    s->from.y = t / 12;
    s->from.m = t % 12 + 1;
    s->from.d = 0;
    s->to.y = last.y;
    s->to.m = last.m;
    s->to.d = 0;
}

/* A title is over after this many leading sentences, or at the first that
 * ends as prose does. */
#define TITLE_SENTS 4

/* 1 when sentence si of seg is a line of the document's title: one of its
 * first TITLE_SENTS, all of the body, none before it ending with ".", "?"
 * or "!" and itself not ending so. */
static int title_line(const char *text, const tally_segments *seg, size_t si)
{
    if (si >= TITLE_SENTS)
        return 0;
    for (size_t j = 0; j <= si; j++) {
        const tally_sentence *s = &seg->sents[j];
        size_t e = s->end;
        while (e > s->start && (text[e - 1] == ' ' || text[e - 1] == '\n' ||
                                text[e - 1] == '\r' || text[e - 1] == '\t'))
            e--;
        if (s->section != TALLY_SECTION_BODY || e == s->start || text[e - 1] == '.' ||
            text[e - 1] == '?' || text[e - 1] == '!')
            return 0;
    }
    return 1;
}

/* The period a title gives the document ("... under Siege, November 1951 -
 * April 1952"): the first span among the expressions v[a..b) of a title
 * line that writes its years and covers more than one month.  1 and *p
 * filled, or 0. */
static int title_period(const tally_datex *v, size_t a, size_t b, tally_datex *p)
{
    for (size_t k = a; k < b; k++) {
        const tally_datex *d = &v[k];
        if (d->kind == TALLY_DX_DATE && !d->need_year && !d->absorbed && d->from.y &&
            d->to.y && (d->to.y > d->from.y || (d->from.m && d->to.m > d->from.m))) {
            *p = *d;
            return 1;
        }
    }
    return 0;
}

/* For a month whose year comes from the date in force (ref.y), the year
 * that puts it inside the document's period p when ref.y does not and the
 * year before or after does ("On 4 December", with 1 January 1952 in force
 * in a siege of November 1951 - April 1952, is 1951's: a narrative may turn
 * back); else ref.y. */
static int year_in_period(const tally_datex *p, int m, int y)
{
    for (int dy = 0; dy <= 1; dy++) {
        tally_ymd c = {y - dy, m, 0};
        if (tally_ymd_cmp(c, p->from) >= 0 && tally_ymd_cmp(c, p->to) <= 0)
            return c.y;
        c.y = y + dy;
        if (dy && tally_ymd_cmp(c, p->from) >= 0 && tally_ymd_cmp(c, p->to) <= 0)
            return c.y;
    }
    return y;
}

/* A dateline is looked for in this many leading sentences. */
#define DATELINE_SENTS 6
/* present[si] of a dateless sentence stating a general rule (see generic_rule()) */
#define GENERIC 3
/* the closing paragraphs of the body looked at for general rules */
#define CLOSING_PARAS 3

/* 1 when text[a..b) is "As at " or "As of ", the formula of a report's
 * date ("As at 1 March 1952."). */
static int as_at(const char *text, size_t a, size_t b)
{
    return b - a == 6 && strncasecmp(text + a, "as ", 3) == 0 &&
           (strncasecmp(text + a + 3, "at ", 3) == 0 || strncasecmp(text + a + 3, "of ", 3) == 0);
}

/* 1 when the expressions v[a..b) of sentence s are one full date written
 * whole ("1 April 1963", "As at 1 April 1963") that is all the sentence
 * says: a dateline. */
static int dateline_at(const char *text, const tally_sentence *s, const tally_datex *v,
                       size_t a, size_t b)
{
    if (b != a + 1 || s->section != TALLY_SECTION_BODY)
        return 0;
    const tally_datex *d = &v[a];
    return d->kind == TALLY_DX_DATE && !d->need_year && d->from.y && d->from.d &&
           tally_ymd_cmp(d->from, d->to) == 0 &&
           (d->start == s->start || as_at(text, s->start, d->start)) && d->end >= s->end - 1;
}

/* 1 when sentence s has at most eight words: a line of front matter
 * that may share the dateline's paragraph ("For the Chief of Staff."). */
static int short_line(const char *text, const tally_sentence *s)
{
    int words = 1;
    for (size_t i = s->start; i < s->end && words <= 8; i++)
        words += text[i] == ' ' && i + 1 < s->end && text[i + 1] != ' ' && text[i + 1] != '\n';
    return words <= 8;
}

/* 1 when the expressions v[a..b) of sentence si are one full date with
 * its year in a line of the front matter standing as its own paragraph
 * (or with short lines: "Memorandum No. 14, 20 May 1950. For the Chief.")
 * ("Report No. 12/47, submitted to the Minister on 30 October 1947."): the
 * date of a report, if its body tells of that time (see
 * dateline_current()). */
static int dateline_loose(const char *text, const tally_segments *seg, size_t si,
                          const tally_datex *v, size_t a, size_t b)
{
    const tally_sentence *s = &seg->sents[si];
    if (b != a + 1 || s->section != TALLY_SECTION_BODY ||
        (si > 0 && seg->sents[si - 1].para == s->para &&
         !short_line(text, &seg->sents[si - 1])) ||
        (si + 1 < seg->nsents && seg->sents[si + 1].para == s->para &&
         !short_line(text, &seg->sents[si + 1])))
        return 0;
    const tally_datex *d = &v[a];
    return d->kind == TALLY_DX_DATE && !d->need_year && d->from.y && d->from.d &&
           tally_ymd_cmp(d->from, d->to) == 0;
}

/* 1 when the body after the front-matter date v[k] writes a year of it or
 * of the year before: the report tells of its own time (an inspection),
 * not of a past it studies (a staff study of 1953 on 1947). */
static int dateline_current(const tally_timeline *tl, const tally_segments *seg, long k)
{
    int y = tl->v[k].from.y;
    for (size_t si = 0; si < seg->nsents; si++) {
        if (seg->sents[si].section != TALLY_SECTION_BODY)
            continue;
        for (size_t j = tl->first[si]; j < tl->first[si + 1]; j++) {
            const tally_datex *d = &tl->v[j];
            if ((long)j > k && d->kind == TALLY_DX_DATE && !d->need_year &&
                (d->from.y == y || d->from.y == y - 1))
                return 1;
        }
    }
    return 0;
}

/* Append to tl an expression for each "now" of the words w of a sentence
 * (the dateline's day; not after "until", "till", "by", "from": "until
 * now" is a bound), after the expressions already found.  0 or -1. */
static int add_now(const char *text, const words *w, tally_timeline *tl, size_t first,
                   size_t *cap)
{
    static const char *const bounds[] = {"until", "till", "by", "from", "than", NULL};
    const tally_datex *line = &tl->v[tl->dateline];
    for (size_t i = 0; i < w->n; i++) {
        if (!tok_eq(text, &w->v[i], "now") || (i > 0 && tok_in(text, &w->v[i - 1], bounds)))
            continue;
        if (grow_array((void **)&tl->v, cap, tl->n + 1, sizeof *tl->v) < 0)
            return -1;
        size_t at = tl->n;   /* in order of start among the sentence's */
        while (at > first && tl->v[at - 1].start > w->v[i].start)
            at--;
        memmove(&tl->v[at + 1], &tl->v[at], (tl->n - at) * sizeof *tl->v);
        tally_datex *d = &tl->v[at];
        memset(d, 0, sizeof *d);
        d->start = w->v[i].start;
        d->end = w->v[i].end;
        d->kind = TALLY_DX_DATE;
        d->from = d->to = line->from;
        d->anchor = 1;
        tl->n++;
    }
    return 0;
}

/* 1 when sentence si is a heading of the body: a line of its own paragraph,
 * of at most eight words, without a final period ("PRODUCTION", "3. The
 * movement"). */
static int heading_line(const char *text, const tally_segments *seg, size_t si)
{
    const tally_sentence *s = &seg->sents[si];
    if (s->section != TALLY_SECTION_BODY || (si > 0 && seg->sents[si - 1].para == s->para) ||
        (si + 1 < seg->nsents && seg->sents[si + 1].para == s->para))
        return 0;
    size_t e = s->end;
    while (e > s->start && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r'))
        e--;
    if (e == s->start || text[e - 1] == '.' || text[e - 1] == '?' || text[e - 1] == '!' ||
        memchr(text + s->start, '\n', e - s->start))
        return 0;
    int words = 1;
    for (size_t i = s->start; i < e; i++)
        words += text[i] == ' ';
    return words <= 8;
}

/* An event of the lexicon more than this many years from the year in
 * force is another of the same name ("the armistice" of 1918 is not the
 * Korean armistice of the table). */
#define EVENT_FAR 10

/* 1 when the named event d (no war) lies more than EVENT_FAR years from
 * the year y in force (0: none): it dates nothing.  The wars of the table
 * stay, for a text may look back on one. */
static int event_elsewhere(const tally_datex *d, int y)
{
    return d->kind == TALLY_DX_EVENT && !d->war && y &&
           (d->to.y < y - EVENT_FAR || d->from.y > y + EVENT_FAR);
}

/* Years a named event may lie beyond every year the document writes and
 * still be the one of the table ("the armistice" in a story of 1950-51). */
#define EVENT_OUTSIDE 3

/* 1 when the named event d (no war) lies more than EVENT_OUTSIDE years
 * outside the years [lo, hi] the document writes (lo == 0: none): a story
 * of 1946-1949 means its own armistice, not the Korean one of 1953. */
static int event_unwritten(const tally_datex *d, int lo, int hi)
{
    return d->kind == TALLY_DX_EVENT && !d->war && lo && d->from.y &&
           (d->from.y > hi + EVENT_OUTSIDE || d->to.y < lo - EVENT_OUTSIDE);
}

/* The first and last years written out in the dates of tl (both 0 when
 * none): what the text states before any resolution. */
static void written_years(const tally_timeline *tl, int *lo, int *hi)
{
    *lo = *hi = 0;
    for (size_t k = 0; k < tl->n; k++) {
        const tally_datex *d = &tl->v[k];
        if (d->kind != TALLY_DX_DATE || d->need_year || d->from.y <= 0)
            continue;
        if (!*lo || d->from.y < *lo)
            *lo = d->from.y;
        if (d->to.y > *hi)
            *hi = d->to.y;
        if (d->from.y > *hi)
            *hi = d->from.y;
    }
}

/* 1 when sentence s speaks of the work itself: "This report follows the
 * army from the mobilisation to the spring of 1940", "This chapter covers
 * 1941-43".  Its dates are the work's scope, not a time of the story. */
static int scope_sentence(const char *text, const tally_sentence *s)
{
    static const char *const works[] = {"report", "study", "chapter", "article", "book",
                                        "paper", "essay", "memorandum", "section", NULL};
    const char *p = text + s->start;
    size_t n = s->end - s->start;
    if (n < 10 || (p[0] != 'T' && p[0] != 't') || strncasecmp(p, "this ", 5) != 0)
        return 0;
    for (size_t k = 0; works[k]; k++) {
        size_t m = strlen(works[k]);
        if (n > 5 + m && strncasecmp(p + 5, works[k], m) == 0 && p[5 + m] == ' ')
            return 1;
    }
    return 0;
}

/* 1 when the words w of a sentence state the present: a present-tense
 * auxiliary ("is", "are", "have been") and no past one ("was", "had");
 * 2 when they have neither ("the army needs 1,760 tons a day"); 0 when
 * they have a past one. */
static int present_tense(const char *text, const words *w)
{
    static const char *const now_aux[] = {"is", "are", "has", "have", "remain", "remains",
                                          NULL};
    static const char *const past_aux[] = {"was", "were", "had", "did", NULL};
    int present = 0;
    for (size_t i = 0; i < w->n; i++) {
        if (w->v[i].kind != TOK_WORD)
            continue;
        if (tok_in(text, &w->v[i], past_aux))
            return 0;
        present |= tok_in(text, &w->v[i], now_aux);
    }
    return present ? 1 : 2;
}

/* 1 when token i of w is a past participle or past tense ("moved",
 * "delivered"): it ends in "ed" and follows no determiner or possessive
 * (which would make it an adjective: "a line's rated capacity"). */
static int past_verb(const char *text, const words *w, size_t i)
{
    static const char *const dets[] = {"a", "an", "the", "its", "their", "s", "his", "her",
                                       "our", "of", NULL};
    const tok *t = &w->v[i];
    if (t->kind != TOK_WORD || t->end - t->start < 4 || text[t->end - 2] != 'e' ||
        text[t->end - 1] != 'd')
        return 0;
    if (i == 0 || w->v[i - 1].kind != TOK_WORD)
        return 1;
    const tok *p = &w->v[i - 1];
    size_t n = p->end - p->start;
    if (n >= 2 && text[p->end - 1] == 's' &&
        (text[p->end - 2] == '\'' || (unsigned char)text[p->end - 2] == 0x99))
        return 0;   /* "a line's rated capacity", also with a curly apostrophe */
    return !tok_in(text, p, dets);
}

/* 1 when token t is "should", "must" or "ought" (a look at its length
 * and first letter first: this runs on every dateless sentence). */
static inline int advice_word(const char *text, const tok *t)
{
    size_t len = t->end - t->start;
    if (len - 4 > 2)
        return 0;
    int c = text[t->start] | 0x20;
    return ((c == 's' && len == 6) || (c == 'm' && len == 4) || (c == 'o' && len == 5)) &&
           (words_is_ci(text + t->start, len, "should") ||
            words_is_ci(text + t->start, len, "must") ||
            words_is_ci(text + t->start, len, "ought"));
}

/* 1 when the words w of a dateless sentence state a general rule rather
 * than a time of the story, so that they take no date: no verb of the
 * past ("was", "would", "moved") and either a generic subject with a
 * verb in the present ("A line that loses ...", "Any army which runs
 * ...") or advice ("Planners should ...", "must", "ought").  A cheap look
 * for either comes first. */
static int generic_rule(const char *text, const words *w)
{
    static const char *const past[] = {"was", "were", "had", "did", "would", "could",
                                       "might", NULL};
    static const char *const openers[] = {"a", "an", "any", "every", NULL};
    static const char *const rels[] = {"that", "which", "who", NULL};
    if (w->n < 4)
        return 0;
    int rule = 0;
    int generic = w->v[0].kind == TOK_WORD && tok_in(text, &w->v[0], openers);
    for (size_t i = 1; i < w->n && !rule; i++)
        rule = w->v[i].kind == TOK_WORD && advice_word(text, &w->v[i]);
    if (!rule && !generic)
        return 0;
    for (size_t i = 0; i < w->n; i++) {
        const tok *t = &w->v[i];
        if (t->kind != TOK_WORD)
            continue;
        if (tok_in(text, t, past) || past_verb(text, w, i))
            return 0;
        if (generic && !rule && i + 1 < w->n && tok_in(text, t, rels) &&
            w->v[i + 1].kind == TOK_WORD && w->v[i + 1].end - w->v[i + 1].start > 3 &&
            text[w->v[i + 1].end - 1] == 's' && text[w->v[i + 1].end - 2] != 's')
            rule = 1;   /* "A line that loses": a subject in general, a verb now */
    }
    return rule;
}

/* 1 when the date in force d is a bare year before the year of a
 * report's dateline ("the exercises of 1952" in a memorandum of October
 * 1953): it dates the past a sentence compares with, and a sentence after
 * it with no verb of the past ("the army needs ...") is the report's
 * present again. */
static int past_year(const tally_datex *d, const tally_datex *line)
{
    return d->kind == TALLY_DX_DATE && d->from.y && !d->from.m && d->from.y < line->from.y;
}

/* 1 when the date in force d is a month gone by before a report's
 * dateline, written without its year after a verb of the past ("the
 * ports were closed in December" in a memorandum of March): like
 * past_year(), a later sentence with no verb of the past is the report's
 * present again. */
static int gone_month(const char *text, const tally_datex *d, const tally_datex *line)
{
    return d->kind == TALLY_DX_DATE && d->need_year && d->from.y &&
           tally_ymd_cmp(d->to, line->from) < 0 && past_month(text, 0, d);
}

/* 1 when the date in force d is a span of days that ended before the
 * report's dateline ("between 22 and 30 April 1941" in a report dated 12
 * May 1941): the operation the report covers, whose sections after a
 * heading stay in it rather than return to the day of writing. */
static int covered_span(const tally_datex *d, const tally_datex *line)
{
    return d->kind == TALLY_DX_DATE && d->from.d && d->to.d &&
           tally_ymd_cmp(d->from, d->to) < 0 && tally_ymd_cmp(d->to, line->from) < 0;
}

/* Index of the first sentence of the last CLOSING_PARAS paragraphs of the
 * body (a heading counts as one), where a conclusion states its lessons;
 * nsents when the document has no body. */
static size_t closing_paras(const tally_segments *seg)
{
    size_t si = seg->nsents;
    while (si > 0 && seg->sents[si - 1].section != TALLY_SECTION_BODY)
        si--;
    int left = CLOSING_PARAS;
    while (si > 0 && seg->sents[si - 1].section == TALLY_SECTION_BODY) {
        if (si < seg->nsents && seg->sents[si].section == TALLY_SECTION_BODY &&
            seg->sents[si - 1].para != seg->sents[si].para && --left == 0)
            break;
        si--;
    }
    return si;
}

/* Find the expressions of every sentence into tl (unresolved); the tokens
 * of each sentence into keep (unless NULL) and to visit (unless NULL).
 * With a dateline, present[si] is set for each dateless sentence of the
 * present tense (see present_tense()). */
static tally_status find_all(const char *text, const tally_segments *seg,
                             const tally_lexicon *lex, tally_timeline *tl, words_store *keep,
                             annot_visit *visit, void *arg, unsigned char *present,
                             tally_error *err)
{
    size_t cap = 0;
    long loose = -1;   /* a dateline within a line of the front matter */
    words w = {0};
    dlex *l = malloc(sizeof *l);   /* a word set is a few kilobytes */
    /* room for the tokens of prose, about one in five bytes, so that the
       store is not copied as it grows (pages never touched cost nothing) */
    size_t bytes = seg->nsents && seg->sents[seg->nsents - 1].end > seg->sents[0].start
                       ? seg->sents[seg->nsents - 1].end - seg->sents[0].start
                       : 0;
    int rc = l && (!keep || words_store_reserve(keep, seg->nsents, bytes / 5 + 16) == 0) ? 0 : -1;
    if (l)
        dlex_init(l, lex);
    size_t closing = closing_paras(seg);
    for (size_t si = 0; si < seg->nsents && rc == 0; si++) {
        const tally_sentence *s = &seg->sents[si];
        tl->first[si] = tl->n;
        rc = dates_find(text, s->start, s->end, l, &w, &tl->v, &tl->n, &cap);
        if (rc == 0 && tl->dateline < 0 && loose < 0 && si < DATELINE_SENTS &&
            dateline_at(text, s, tl->v, tl->first[si], tl->n))
            tl->dateline = (long)tl->first[si];
        else if (rc == 0 && tl->dateline < 0 && loose < 0 && si < DATELINE_SENTS &&
                 dateline_loose(text, seg, si, tl->v, tl->first[si], tl->n))
            loose = (long)tl->first[si];
        else if (rc == 0 && tl->dateline >= 0)
            rc = add_now(text, &w, tl, tl->first[si], &cap);
        if (rc == 0 && (tl->dateline >= 0 || loose >= 0) && tl->first[si] == tl->n)
            present[si] = (unsigned char)present_tense(text, &w);
        else if (rc == 0 && si >= closing && tl->first[si] == tl->n &&
                 s->section == TALLY_SECTION_BODY && generic_rule(text, &w))
            present[si] = GENERIC;   /* a general rule: no time of the story */
        if (rc == 0 && keep)
            rc = words_store_add(keep, &w, s->start);
        if (rc == 0 && visit)
            visit(arg, text, &w);
    }
    if (rc == 0)
        rc = grow_array((void **)&tl->v, &cap, tl->n + 1, sizeof *tl->v);
    words_free(&w);
    free(l);
    if (rc < 0)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    tl->first[seg->nsents] = tl->n;
    if (loose >= 0 && dateline_current(tl, seg, loose))
        tl->dateline = loose;   /* its headings and present tense, not its "now" */
    return TALLY_OK;
}

/* End offset of the paragraph of sentence si. */
static size_t para_end(const tally_segments *seg, size_t si)
{
    size_t j = si;
    while (j + 1 < seg->nsents && seg->sents[j + 1].para == seg->sents[si].para &&
           seg->sents[j + 1].section == seg->sents[si].section)
        j++;
    return seg->sents[j].end;
}

/* The first expression of sentences [si, sj) that could date a whole
 * paragraph looking back from it: a written date of the story (it moves the
 * date in force; no target, bound, source's date or absorbed part).  -1 if
 * none. */
static long para_anchor(const tally_timeline *tl, size_t si, size_t sj)
{
    for (size_t k = tl->first[si]; k < tl->first[sj]; k++) {
        const tally_datex *d = &tl->v[k];
        if (d->absorbed || !d->from.y)
            continue;
        if (d->kind == TALLY_DX_DATE && d->anchor && !d->target && !d->limit &&
            !d->evidence &&
            (!d->need_year || (d->year_src >= (long)tl->first[si] &&
                               d->year_src < (long)tl->first[sj])))
            return (long)k;   /* its year written in the paragraph too */
        return -1;   /* another kind of date comes first: leave the paragraph */
    }
    return -1;
}

/* 1 when the sentence starting at s opens with a time phrase that runs
 * to the expression at offset e without a comma: a preposition of time
 * first ("Between June and August 1961 they moved ...", "In the six
 * months from November ..."), so that the date sets the scene rather than
 * qualifying a word ("the 9 that were bought in 1955"). */
static int opens_sentence(const char *text, size_t s, size_t e)
{
    static const char *const lead[] = {"in", "between", "from", "during", "over",
                                       "throughout", "on", NULL};
    size_t n = 0;
    while (s + n < e && isalpha((unsigned char)text[s + n]))
        n++;
    int ok = 0;
    for (size_t i = 0; lead[i] && !ok; i++)
        ok = strlen(lead[i]) == n && strncasecmp(text + s, lead[i], n) == 0;
    for (size_t i = s + n; ok && i < e; i++)
        if (text[i] == ',' || text[i] == ';' || text[i] == ':' || text[i] == '.')
            ok = 0;
    return ok;
}

/* A body paragraph that opens with dateless sentences and then names a time
 * before the date in force at the head of a sentence ("The lorries could
 * carry 3 tons ... Between June and August 1961 they moved ...", after a
 * paragraph of 1963) steps back to that time: its opening sentences take it rather than the previous paragraph's
 * date.  A later time is left alone (the opening continues the story before
 * it moves on).  Reports with a dateline keep their own rules.  One pass
 * over the sentences and expressions. */
static void para_steps_back(const char *text, const tally_segments *seg, tally_timeline *tl)
{
    if (tl->dateline >= 0)
        return;
    size_t si = 0;
    while (si < seg->nsents) {
        size_t sj = si + 1;   /* [si, sj): one paragraph */
        while (sj < seg->nsents && seg->sents[sj].para == seg->sents[si].para &&
               seg->sents[sj].section == seg->sents[si].section)
            sj++;
        long c = tl->ctx[si];
        size_t lead = si;   /* the opening sentences without a date of their own */
        while (lead < sj && tl->first[lead] == tl->first[lead + 1] && tl->ctx[lead] == c)
            lead++;
        if (seg->sents[si].section == TALLY_SECTION_BODY && c >= 0 && lead > si &&
            lead < sj) {
            long k = para_anchor(tl, lead, sj);
            if (k >= 0 && !opens_sentence(text, seg->sents[lead].start, tl->v[k].start))
                k = -1;   /* "the 9 bought in 1955": a reference, not the scene */
            if (k >= 0 && tally_ymd_cmp(tl->v[k].to, tl->v[c].from) < 0)
                for (size_t t = si; t < lead; t++)
                    tl->ctx[t] = k;
        }
        si = sj;
    }
}

tally_status tally_timeline_build(const char *text, const tally_segments *seg,
                                  const tally_lexicon *lex, tally_timeline *tl,
                                  tally_error *err)
{
    return annot_timeline_build(text, seg, lex, tl, NULL, NULL, NULL, err);
}

tally_status annot_timeline_build(const char *text, const tally_segments *seg,
                                  const tally_lexicon *lex, tally_timeline *tl,
                                  words_store *keep, annot_visit *visit, void *arg,
                                  tally_error *err)
{
    memset(tl, 0, sizeof *tl);
    tl->nsents = seg->nsents;
    tl->dateline = -1;
    tl->first = calloc(seg->nsents + 1, sizeof *tl->first);
    tl->ctx = calloc(seg->nsents + 1, sizeof *tl->ctx);
    unsigned char *present = calloc(seg->nsents + 1, 1);
    tl->generic = calloc(seg->nsents + 1, 1);
    if (!tl->first || !tl->ctx || !present || !tl->generic) {
        free(present);
        tally_timeline_free(tl);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    tally_status st = find_all(text, seg, lex, tl, keep, visit, arg, present, err);
    if (st) {
        free(present);
        tally_timeline_free(tl);
        return st;
    }
    /* with expressions in order of start, scans ahead use an index */
    tl->sorted = 1;
    for (size_t k = 1; k < tl->n && tl->sorted; k++)
        tl->sorted = tl->v[k - 1].start <= tl->v[k].start;
    long *any = NULL, *same = NULL;
    if (tl->sorted && tl->n) {
        any = malloc(tl->n * sizeof *any);
        same = malloc(tl->n * sizeof *same);
        if (!any || !same) {
            free(any);
            free(same);
            free(present);
            tally_timeline_free(tl);
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        }
        ahead_index(tl->v, tl->n, any, same);
    }
    int year_lo, year_hi;   /* the years the document writes */
    written_years(tl, &year_lo, &year_hi);
    long in_force = -1, war = -1, year_force = -1;
    long opening = -1;   /* the first month the body dates: a war's start if none is named */
    long prior = -1;   /* the date in force before in_force took its value */
    long stmt = -1, pre_stmt = -1;   /* a statement's date in force, and the one before */
    int stmt_para = 0;
    long pend_span = -1;   /* "the three months" waiting for the "to April" after it */
    long cover = -1;   /* the first span of days in force that ended before the dateline */
    long op = -1;      /* the day the operation a dated study plans is to open */
    int note = -1;
    long last_span = -1;   /* the last span of months into a new year (span_of_months()) */
    long past_season = -1; /* the last season put in the year before (the one just past) */
    int span_para = 0;     /* the paragraph of last_span */
    size_t pend = 0;
    tally_datex period;   /* the period the title gives, when have_period */
    int have_period = 0, in_title = 1;
    for (size_t si = 0; si < seg->nsents; si++) {
        const tally_sentence *s = &seg->sents[si];
        if (s->section == TALLY_SECTION_ENDNOTE && s->endnote != note) {
            note = s->endnote;   /* each endnote has its own time */
            in_force = year_force = prior = last_span = -1;
        }
        if (s->start >= pend)
            pend = para_end(seg, si);
        if (stmt >= 0 && s->para != stmt_para) {
            if (in_force == stmt && s->section == TALLY_SECTION_BODY)
                in_force = pre_stmt;   /* "told the Assembly on 3 May": its paragraph only */
            stmt = -1;
        }
        if (cover < 0 && in_force >= 0 && tl->dateline >= 0 &&
            s->section == TALLY_SECTION_BODY &&
            covered_span(&tl->v[in_force], &tl->v[tl->dateline]))
            cover = in_force;
        if (tl->dateline >= 0 && (long)tl->first[si] > tl->dateline && !in_title &&
            heading_line(text, seg, si)) {
            /* a report's section: its date again, or the operation it covers */
            in_force = op >= 0 ? op : cover >= 0 ? cover : tl->dateline;
            year_force = prior = -1;
        }
        int scope = tl->first[si] < tl->first[si + 1] && scope_sentence(text, s);
        if (tl->dateline >= 0 && (long)tl->first[si] > tl->dateline &&
            (present[si] == 1 ||
             (present[si] == 2 && in_force >= 0 &&
              (past_year(&tl->v[in_force], &tl->v[tl->dateline]) ||
               gone_month(text, &tl->v[in_force], &tl->v[tl->dateline])))) &&
            s->section == TALLY_SECTION_BODY &&
            in_force != (op >= 0 ? op : tl->dateline)) {
            /* a report's present: the time it reports; a study's, the
               operation it plans for */
            in_force = op >= 0 ? op : tl->dateline;
            year_force = prior = -1;
        }
        tl->ctx[si] = present[si] == GENERIC ? -1 : in_force;
        if (tl->generic)
            tl->generic[si] = present[si] == GENERIC;
        for (size_t k = tl->first[si]; k < tl->first[si + 1]; k++) {
            tally_datex *d = &tl->v[k];
            tally_ymd ref = {0, 0, 0};
            if (scope)
                d->anchor = d->gives_year = 0;   /* the work's scope */
            if (in_force >= 0)
                ref = ref_of(&tl->v[in_force]);
            d->year_src = -1;
            if ((d->kind == TALLY_DX_DATE && d->need_year) || d->kind == TALLY_DX_RELATIVE)
                d->year_src = in_force;
            if (d->kind == TALLY_DX_DATE && d->need_year && year_force > in_force) {
                /* a later year written in a plan is still the year in force */
                ref.y = tl->v[year_force].from.y;
                d->year_src = year_force;
            }
            if (d->kind == TALLY_DX_DATE && d->need_year && d->from.m) {
                long src = -1;
                int y = any ? year_ahead_ix(tl->v, k, any, same, s->end, pend, &src)
                            : year_ahead(tl->v, k, tl->n, s->end, pend, &src);
                if (y) {
                    ref.y = y;
                    d->year_src = src;
                } else if (d->rel_n && ref.m) {
                    if (d->rel_n > 0 && d->from.m <= ref.m)
                        ref.y++;   /* "the following spring" after September */
                    else if (d->rel_n < 0 && d->from.m >= ref.m)
                        ref.y--;   /* "the previous winter" in March */
                } else if (!d->rel_n && !names_year(text, d) &&
                           (y = year_behind(tl->v, k, para_start(seg, si), &src)) != 0) {
                    ref.y = y;   /* the month the paragraph wrote with its year */
                    d->year_src = src;
                } else if (in_force >= 0 && span_year(&tl->v[in_force], d, ref.y)) {
                    ref.y = span_year(&tl->v[in_force], d, ref.y);
                } else if (in_force >= 0 && last_span >= 0 && s->para <= span_para + 1 &&
                           !d->target && !d->looks_back &&
                           in_span(&tl->v[last_span], &tl->v[in_force]) &&
                           span_year(&tl->v[last_span], d, ref.y)) {
                    /* "between 1 December and 28 February ... in January ... at
                       the beginning of December": the December that opened it */
                    ref.y = span_year(&tl->v[last_span], d, ref.y);
                } else {
                    if (d->year_src == in_force && in_force >= 0 && ref.m &&
                        ref.m - d->from.m > MONTH_ROLL && !d->looks_back &&
                        !pair_opens(tl->v, k, tl->first[si + 1], ref.m))
                        ref.y++;   /* "December 1943 ... January": the next January */
                    if (in_force >= 0 && d->to_yoff > 0 && !d->target &&
                        tl->v[in_force].to.m && tl->v[in_force].to.y == ref.y &&
                        (tl->v[in_force].to.m <= d->to.m + 1 ||
                         (tl->v[in_force].from.y == ref.y &&
                          tl->v[in_force].from.m <= d->to.m + 1)))
                        ref.y--, past_season = (long)k;   /* "the winter" in force in
                                      March, or after "the spring of 1944": the one just past */
                    if (in_force >= 0 && in_force == past_season &&
                        after_season(&tl->v[in_force], d, ref.y))
                        ref.y = tl->v[in_force].to.y;   /* "the winter" just past ... "June" */
                    int y0 = ref.y;
                    if (have_period && ref.y && s->section == TALLY_SECTION_BODY)
                        ref.y = year_in_period(&period, d->from.m, ref.y);
                    /* a note's dated document reports what came before it:
                       "report of 20 January 1943 ... 15,500 in October" */
                    int dated_note = s->section == TALLY_SECTION_ENDNOTE && in_force >= 0 &&
                                     tl->v[in_force].from.d && !tl->v[in_force].need_year;
                    /* "the autumn campaign" in a study dated March (the date in
                       force not after it): the one before, as in a dated note */
                    int past_known = in_force >= 0 && tl->dateline >= 0 && !d->target &&
                                     s->section == TALLY_SECTION_BODY &&
                                     ((tl->v[in_force].from.y == tl->v[tl->dateline].from.y &&
                                       tally_ymd_cmp(tl->v[in_force].from,
                                                     tl->v[tl->dateline].from) <= 0) ||
                                      in_force == op) &&
                                     (known_season(text, d) ||
                                      past_month(text, s->start, d));
                    if (ref.y == y0 && (d->looks_back || dated_note || past_known) &&
                        d->year_src == in_force && in_force >= 0 && ref.m && d->from.m > ref.m)
                        ref.y--;   /* "since October" in March: the October before */
                }
            }
            if (d->kind == TALLY_DX_RELATIVE && d->rel_unit == 'S' &&
                span_to_next(text, tl->v, k, tl->first[si + 1])) {
                d->from.y = d->to.y = 0;   /* "the three months to April": */
                d->year_src = -1;          /* ends at the date after it */
                pend_span = (long)k;
                continue;
            }
            if (d->kind == TALLY_DX_RELATIVE && d->rel_unit == 'S')
                d->year_src = span_back(tl->v, k, d);   /* "over the six months" */
            else
                resolve(d, ref, war >= 0 ? &tl->v[war] : NULL,
                        opening >= 0 ? &tl->v[opening] : NULL);
            if (event_elsewhere(d, ref.y) || event_unwritten(d, year_lo, year_hi))
                d->from.y = d->to.y = 0;   /* another event of that name */
            if (op < 0 && d->opens && d->from.y && tl->dateline >= 0 &&
                (long)k > tl->dateline && s->section == TALLY_SECTION_BODY &&
                tally_ymd_cmp(d->from, tl->v[tl->dateline].from) > 0)
                op = (long)k;   /* "is to open on 1 April": the study's time */
            if (pend_span >= 0 && pend_span == (long)k - 1 && d->from.y) {
                span_ending(&tl->v[pend_span], d);
                tl->v[pend_span].year_src = (long)k;
            }
            pend_span = -1;
            if (d->from_then && in_force >= 0 && d->from.y &&
                tally_ymd_cmp(tl->v[in_force].from, d->from) < 0)
                d->from = tl->v[in_force].from;   /* from the date in force to d */
            if (d->looks_back == 1 && d->kind == TALLY_DX_DATE && in_force >= 0 && d->from.y &&
                tally_ymd_cmp(tl->v[in_force].from, tl->v[in_force].to) == 0 &&
                tally_ymd_cmp(d->to, tl->v[in_force].to) < 0)
                d->to = tl->v[in_force].to;   /* since d, up to the date in force */
            if (d->gives_year && !d->need_year && d->from.y)
                year_force = (long)k;
            if (d->absorbed && k > tl->first[si]) {
                tally_ymd before = {0, 0, 0};
                size_t h = k - 1;   /* the head of a chain "December, January and February" */
                while (h > tl->first[si] && tl->v[h].absorbed)
                    h--;
                long bf = in_force == (long)k - 1 || in_force == (long)h ? prior : in_force;
                if (bf >= 0)
                    before = ref_of(&tl->v[bf]);
                merge_span(&tl->v[h], d, before);
                if (span_of_months(&tl->v[h]))
                    last_span = (long)h, span_para = s->para;
                if (tl->v[h].anchor && tl->v[h].from.y)
                    in_force = (long)h;
                continue;
            }
            if (d->kind == TALLY_DX_EVENT && d->war)
                war = (long)k;
            if (d->anchor && d->from.y && season_ahead(text, tl, k, in_force, tl->first[si]))
                d->anchor = 0;   /* "In April he asked for ... through the winter" */
            if (d->anchor && d->from.y) {
                if (statement_date(text, d->start) && in_force != stmt)
                    pre_stmt = in_force, stmt = (long)k, stmt_para = s->para;
                else if (stmt >= 0)
                    stmt = -1;   /* a later date of the story takes over */
                prior = in_force;
                in_force = (long)k;
            }
            if (span_of_months(d))
                last_span = (long)k, span_para = s->para;
            if (opening < 0 && d->anchor && d->kind == TALLY_DX_DATE && d->from.m &&
                s->section == TALLY_SECTION_BODY)
                opening = (long)k;   /* the story's first month */
        }
        if (in_title) {   /* the title's period, from its lines */
            in_title = title_line(text, seg, si);
            if (in_title && !have_period)
                have_period = title_period(tl->v, tl->first[si], tl->first[si + 1], &period);
        }
    }
    free(any);
    free(same);
    free(present);
    para_steps_back(text, seg, tl);
    return TALLY_OK;
}

void tally_timeline_free(tally_timeline *tl)
{
    free(tl->v);
    free(tl->first);
    free(tl->ctx);
    free(tl->generic);
    memset(tl, 0, sizeof *tl);
}

/* Words that, after a comma, open another clause or item with its own time
 * ("..., and in 1944 ...", "..., against 40 per cent a year earlier"). */
static const char *const clause_openers[] = {"and", "but", "while", "whereas", "against",
                                             "with", "although", "though", "when", "which",
                                             "compared", "as", "instead", "rather", NULL};

/* 1 when text[a..b) ends the figure's clause: a ; or :, or a comma before
 * a word that opens another clause; with any_comma, any comma. */
static int crosses_clause(const char *text, size_t a, size_t b, int any_comma)
{
    for (size_t i = a; i < b; i++) {
        if (text[i] == ';' || text[i] == ':')
            return 1;
        if (text[i] != ',')
            continue;
        if (any_comma)
            return 1;
        size_t j = i + 1;
        while (j < b && (text[j] == ' ' || text[j] == '\n'))
            j++;
        size_t e = j;
        while (e < b && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')))
            e++;
        for (size_t k = 0; clause_openers[k]; k++)
            if (strlen(clause_openers[k]) == e - j &&
                strncasecmp(text + j, clause_openers[k], e - j) == 0)
                return 1;
    }
    return 0;
}

/* 1 when text[a..b) holds a word that joins another item with its own
 * time: "three-fifths paid at once and the rest in 1925". */
static int joins_other(const char *text, size_t a, size_t b)
{
    static const char *const joins[] = {"and", "but", "while", "whereas", NULL};
    for (size_t i = a; i < b;) {
        while (i < b && !((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z')))
            i++;
        size_t e = i;
        while (e < b && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')))
            e++;
        for (size_t k = 0; e > i && joins[k]; k++)
            if (strlen(joins[k]) == e - i && strncasecmp(text + i, joins[k], e - i) == 0)
                return 1;
        i = e;
    }
    return 0;
}

/* 1 when text[a..b) holds "is" or "are" as a word: a clause in the
 * present. */
static int says_present(const char *text, size_t a, size_t b)
{
    for (size_t i = a; i + 2 <= b; i++) {
        if (i > a && isalpha((unsigned char)text[i - 1]))
            continue;
        size_t e = i;
        while (e < b && isalpha((unsigned char)text[e]))
            e++;
        if ((e - i == 2 && strncasecmp(text + i, "is", 2) == 0) ||
            (e - i == 3 && strncasecmp(text + i, "are", 3) == 0))
            return 1;
        i = e;
    }
    return 0;
}

/* Words that, after a comma, open a clause of its own, not one more item
 * of a list ("..., and four transport regiments" is still the target's). */
static const char *const comment_openers[] = {"which", "while", "whereas", "although",
                                              "though", "but", "when", "who", NULL};

/* A target ("by the end of the year") ending at e before a figure at
 * fstart dates only the figures of its own clause, a list after a colon
 * included: 0 when the figure's clause is the target's, 1 when a ";" or a
 * comma before a word of comment_openers lies between (the target does not
 * date it), 2 when, besides, the figure's clause speaks in the present
 * ("..., which is the present 14"): the author's comment, not the
 * reported speech, so no date of the sentence up to the target dates it. */
static int past_target(const char *text, size_t e, size_t fstart)
{
    for (size_t i = e; i < fstart; i++) {
        if (text[i] == ';')
            return says_present(text, i, fstart) ? 2 : 1;
        if (text[i] != ',')
            continue;
        size_t j = i + 1;
        while (j < fstart && (text[j] == ' ' || text[j] == '\n'))
            j++;
        size_t k = j;
        while (k < fstart && isalpha((unsigned char)text[k]))
            k++;
        for (size_t o = 0; comment_openers[o]; o++)
            if (strlen(comment_openers[o]) == k - j &&
                strncasecmp(text + j, comment_openers[o], k - j) == 0)
                return says_present(text, i, fstart) ? 2 : 1;
    }
    return 0;
}

/* 1 when one of the last three words of text[a..b) is a participle in
 * -ed ("formed over the", "raised in"): the date after it is tied to the
 * item that word describes, not shared by the whole list ("asking for
 * 30,000 greatcoats and 75,000 pairs of boots by 1 December"). */
static int participle_before(const char *text, size_t a, size_t b)
{
    size_t i = b;
    for (int n = 0; n < 3 && i > a; n++) {
        while (i > a && text[i - 1] == ' ')
            i--;
        size_t e = i;
        while (i > a && isalpha((unsigned char)text[i - 1]))
            i--;
        if (e == i)
            return 0;
        if (e - i > 3 && text[e - 2] == 'e' && text[e - 1] == 'd')
            return 1;
    }
    return 0;
}

/* Number words that open an item of a list ("nine of its own, three
 * sent ..."); digits open one too. */
static const char *const item_numbers[] = {"two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", "eleven", "twelve", NULL};

/* 1 when text[a..b), between a figure and a date after it, holds the
 * last item of a list with a number of its own, after "and " ("nine of
 * its own, three sent from the reserve and two formed over the winter",
 * a participle just before the date): the date is that item's, not the
 * figure's.  An apposition after a comma
 * ("half that number, 3,000 rounds, in June") is no later item. */
static int later_item(const char *text, size_t a, size_t b)
{
    if (b - a > 160 || !participle_before(text, a, b))
        return 0;
    for (size_t i = a; i + 4 < b; i++) {
        if (!(i > a && text[i - 1] == ' ' && strncmp(text + i, "and ", 4) == 0))
            continue;
        size_t j = i + 4;
        if (j < b && isdigit((unsigned char)text[j]))
            return 1;
        size_t e = j;
        while (e < b && isalpha((unsigned char)text[e]))
            e++;
        for (size_t k = 0; item_numbers[k] && e < b && text[e] == ' '; k++)
            if (strlen(item_numbers[k]) == e - j && strncasecmp(text + j, item_numbers[k], e - j) == 0)
                return 1;
    }
    return 0;
}

/* 1 when text[a..b), between a figure and a date after it, opens a
 * relative clause in the past perfect on the figure's noun: "that" or
 * "which", then "had" within four words, no punctuation: "held 80 gliders
 * that Brennland had delivered during the winter" holds them at the time
 * in force; the winter dates the earlier delivery only. */
static int perfect_relative(const char *text, size_t a, size_t b)
{
    int rel = 0;   /* words since "that"/"which", 0 before one */
    if (b - a > 80)
        return 0;
    for (size_t i = a; i < b;) {
        if (ispunct((unsigned char)text[i]) && text[i] != '-')
            return 0;
        if (!isalpha((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < b && isalpha((unsigned char)text[j]))
            j++;
        if ((j - i == 4 && strncasecmp(text + i, "that", 4) == 0) ||
            (j - i == 5 && strncasecmp(text + i, "which", 5) == 0))
            rel = 1;
        else if (rel && j - i == 3 && strncasecmp(text + i, "had", 3) == 0)
            return 1;
        else if (rel && ++rel > 5)
            return 0;
        i = j;
    }
    return 0;
}

/* 1 when the expression starting at a lies in a phrase of contrast
 * opened by "instead of" or "rather than" in its clause (up to 100 bytes
 * back, no , ; : . between): the time set against the story's ("4.8
 * million now, instead of the 3.8 million it would have cost in 1936");
 * a full stop counts unless a digit follows it (not "3.8"). */
static int in_contrast(const char *text, size_t a)
{
    size_t i = a;
    while (i > 0 && a - i < 100) {
        char ch = text[i - 1];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '\n' ||
            (ch == '.' && !isdigit((unsigned char)text[i])))
            break;
        i--;
    }
    for (size_t j = i; j + 10 <= a; j++)
        if ((j == 0 || !isalpha((unsigned char)text[j - 1])) &&
            (strncasecmp(text + j, "instead of", 10) == 0 ||
             strncasecmp(text + j, "rather than", 11) == 0))
            return 1;
    return 0;
}

/* 1 when text[a..b), between a figure and a goal's target after it, says
 * that the figure is what the goal is for: "to be" or "to have" ("12
 * battalions of 800 men each, 9,600 in all, to be under arms by the end of
 * 1930"), "due" or "scheduled".  Such a target dates the figures of the
 * list before it across its commas. */
static int goal_between(const char *text, size_t a, size_t b)
{
    if (b - a > 120)
        return 0;
    for (size_t i = a; i < b;) {
        if (!isalpha((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < b && isalpha((unsigned char)text[e]))
            e++;
        if ((e - i == 3 && strncasecmp(text + i, "due", 3) == 0) ||
            (e - i == 9 && strncasecmp(text + i, "scheduled", 9) == 0))
            return 1;
        if (e - i == 2 && strncasecmp(text + i, "to", 2) == 0 && e + 3 <= b &&
            text[e] == ' ' &&
            ((strncasecmp(text + e + 1, "be", 2) == 0 && !isalpha((unsigned char)text[e + 3])) ||
             (e + 5 <= b && strncasecmp(text + e + 1, "have", 4) == 0 &&
              !isalpha((unsigned char)text[e + 5]))))
            return 1;
        i = e;
    }
    return 0;
}

long tally_timeline_pick_in(const tally_timeline *tl, const char *text, size_t si,
                            size_t fstart, size_t fend)
{
    if (si >= tl->nsents)
        return -1;
    long best = -1;
    double bestd = 0;
    int before = 0;   /* 1 when an expression before the figure dates it */
    size_t cut = 0;   /* expressions ending up to here are another clause's */
    int story = 0;    /* 1 when a date of the sentence is no source's (evidence) */
    int seen_after = 0;   /* 1 once an expression after the figure was looked at */
    int own = 0;      /* 1 when a date before the figure lies in its clause ("In 1922
                         the yards launched 2 gunboats, to be armed by ...") */
    for (size_t k = tl->first[si]; k < tl->first[si + 1]; k++)
        story |= !tl->v[k].absorbed && !tl->v[k].evidence && tl->v[k].from.y;
    for (size_t k = tl->first[si]; k < tl->first[si + 1] && text; k++) {
        const tally_datex *d = &tl->v[k];
        if (!d->absorbed && !d->evidence && d->from.y && d->end <= fstart) {
            before = 1;
            if (!crosses_clause(text, d->end, fstart, 1))
                own = 1;
        }
        if (!d->absorbed && d->target == 2 && d->end <= fstart &&
            past_target(text, d->end, fstart) == 2)
            cut = d->end;
    }
    for (size_t k = tl->first[si]; k < tl->first[si + 1]; k++) {
        const tally_datex *d = &tl->v[k];
        if (d->kind == TALLY_DX_WAR && d->rel_n && d->from.m && d->start < fend &&
            fstart < d->end)
            return (long)k;   /* the count of a war's opening span: "the first six months" */
        if (d->absorbed || !d->from.y || (d->evidence && story) || d->origin ||
            (cut && d->end <= cut))
            continue;
        if (text && d->target == 2 && d->end <= fstart && past_target(text, d->end, fstart))
            continue;   /* "20 by the end of the year, which is ...": not ours */
        if (d->start < fend && fstart < d->end) {
            if ((d->kind == TALLY_DX_DATE ||
                 (d->kind == TALLY_DX_RELATIVE && (d->rel_unit == 'F' || d->rel_unit == 'P'))) &&
                d->from.m && tally_ymd_cmp(d->from, d->to) < 0) {
                best = (long)k;   /* the count of a span of months: "the first */
                break;            /* two months of 1944", "the six months that followed" */
            }
            continue;   /* the figure is inside it: "1950-51" itself */
        }
        int after = d->start >= fend;
        if (after && text && !seen_after && !own && d->target == 2 &&
            !crosses_clause(text, fend, d->start, 0) && goal_between(text, fend, d->start)) {
            best = (long)k;   /* "9,600 in all, to be under arms by the end of 1930" */
            break;
        }
        seen_after |= after;
        if (after && text && (crosses_clause(text, fend, d->start, before) ||
                              (before && joins_other(text, fend, d->start))))
            continue;   /* "in 1943 it was 310, and in 1944 160": not 310's */
        if (after && text && perfect_relative(text, fend, d->start))
            continue;   /* "80 gliders that B had delivered in the winter" */
        if (after && text && later_item(text, fend, d->start))
            continue;   /* "nine of its own, ... and two formed over the winter" */
        double dist = !after ? (double)(fstart - d->end) : 1.2 * (double)(d->start - fend);
        if (d->limit)
            dist *= 3;
        if (text && after && d->start - fend <= 24 && !crosses_clause(text, fend, d->start, 1))
            dist = -1;   /* right after the figure in its phrase: "74 in 1973" */
        else if (text && !after && crosses_clause(text, d->end, fstart, 1)) {
            if (in_contrast(text, d->start))
                continue;   /* "instead of ... in 1936: a shortfall of 1 million" */
            dist += 24;  /* a comma between: "in 1972, 74 in 1973" */
        }
        if (best < 0 || dist < bestd) {
            best = (long)k;
            bestd = dist;
        }
    }
    return best;
}

long tally_timeline_pick(const tally_timeline *tl, size_t si, size_t fstart, size_t fend)
{
    return tally_timeline_pick_in(tl, NULL, si, fstart, fend);
}

int tally_timeline_first_day(const tally_timeline *tl, size_t start, size_t end, int lo,
                             int hi, tally_ymd *out)
{
    size_t k = 0;
    if (tl->sorted) {
        /* bisect to the first expression starting at or after start */
        size_t a = 0, b = tl->n;
        while (a < b) {
            size_t mid = a + (b - a) / 2;
            if (tl->v[mid].start < start)
                a = mid + 1;
            else
                b = mid;
        }
        k = a;
    }
    for (; k < tl->n; k++) {
        if (tl->sorted && tl->v[k].start >= end)
            break;   /* this one and all after it end after end */
        const tally_datex *d = &tl->v[k];
        if (d->start < start || d->end > end || d->need_year || d->kind != TALLY_DX_DATE)
            continue;
        if (d->from.d && d->from.y >= lo && d->from.y <= hi) {
            *out = d->from;
            return 1;
        }
    }
    return 0;
}

/* Write v (0 <= v < 10^width) as width digits with leading zeros at out;
 * returns width. */
static size_t put_digits(char *out, int v, size_t width)
{
    for (size_t i = width; i-- > 0; v /= 10)
        out[i] = (char)('0' + v % 10);
    return width;
}

/* Append one date to out at its precision.  The usual date (a year of four
 * digits, month and day of two) is written by hand, the rest by snprintf()
 * with the same formats: this runs for every fact. */
static size_t put_ymd(char *out, size_t cap, tally_ymd d)
{
    if (cap >= 11 && d.y >= 0 && d.y <= 9999 && d.m >= 0 && d.m <= 99 && d.d >= 0 &&
        d.d <= 99) {
        size_t n = put_digits(out, d.y, 4);
        if (d.m) {
            out[n++] = '-';
            n += put_digits(out + n, d.m, 2);
            if (d.d) {
                out[n++] = '-';
                n += put_digits(out + n, d.d, 2);
            }
        }
        out[n] = '\0';
        return n;
    }
    int n;
    if (d.m && d.d)
        n = snprintf(out, cap, "%04d-%02d-%02d", d.y, d.m, d.d);
    else if (d.m)
        n = snprintf(out, cap, "%04d-%02d", d.y, d.m);
    else
        n = snprintf(out, cap, "%04d", d.y);
    return n > 0 && (size_t)n < cap ? (size_t)n : 0;
}

void tally_date_format(tally_ymd from, tally_ymd to, char out[32])
{
    out[0] = '\0';
    if (!from.y)
        return;
    size_t n = put_ymd(out, 32, from);
    if (!to.y || (to.y == from.y && to.m == from.m && to.d == from.d))
        return;
    out[n++] = '/';
    put_ymd(out + n, 32 - n, to);
}

/* Parse one YYYY[-MM[-DD]]; returns characters used or 0. */
static size_t parse_one(const char *s, tally_ymd *d)
{
    memset(d, 0, sizeof *d);
    size_t i = 0;
    int v = 0;
    while (i < 4 && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (s[i++] - '0');
    if (i != 4)
        return 0;
    d->y = v;
    for (int part = 0; part < 2 && s[i] == '-'; part++) {
        if (!(s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' && s[i + 2] <= '9'))
            return 0;
        v = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
        if (part == 0 ? (v < 1 || v > 12) : (v < 1 || v > 31))
            return 0;
        if (part == 0)
            d->m = v;
        else
            d->d = v;
        i += 3;
    }
    return i;
}

int tally_date_parse(const char *s, tally_ymd *from, tally_ymd *to)
{
    while (*s == ' ')
        s++;
    size_t n = parse_one(s, from);
    if (!n)
        return -1;
    s += n;
    if (*s == '/') {
        size_t k = parse_one(s + 1, to);
        if (!k)
            return -1;
        s += 1 + k;
    } else {
        *to = *from;
    }
    while (*s == ' ')
        s++;
    return *s ? -1 : 0;
}
