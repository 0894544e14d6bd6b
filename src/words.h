/*
 * words.h - a small word tokenizer shared by the annotation modules
 * (timeline.c, actor.c, modality.c); private to libtally.
 *
 * A span of text is cut into tokens: words (letters, with inner apostrophes
 * and periods, "People's", "U.S."), numbers (a digit run with inner , and .
 * and trailing letters, "1,300", "15s", "38th") and single punctuation marks
 * (one UTF-8 character each).  Offsets are byte offsets into the text.  A
 * possessive "'s" stays inside its word; tok_eq() ignores it when asked.
 *
 *     words w;
 *     if (words_split(text, s->start, s->end, &w) < 0) goto oom;
 *     for (size_t i = 0; i < w.n; i++) if (tok_eq(text, &w.v[i], "would")) ...
 *     words_free(&w);
 *
 * The comparisons run for every token of a document, so the small ones are
 * inline, long lists can be made word sets (one hash probe), and
 * tok_may_start() asks a lexicon table whether any of its keys can start at
 * a token before keys of several words are built and looked up.
 */
#ifndef TALLY_WORDS_H
#define TALLY_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tally/lexicon.h"

enum { TOK_WORD = 'w', TOK_NUM = 'n', TOK_PUNCT = 'p' };

typedef struct tok {
    size_t start, end;  /* span in text */
    char kind;          /* TOK_WORD, TOK_NUM or TOK_PUNCT */
} tok;

typedef struct words {
    tok *v;             /* tokens in order; owned, free with words_free() */
    size_t n, cap;
} words;

/* Tokenize text[start..end) into w (which it initialises).  0 or -1 (OOM). */
int words_split(const char *text, size_t start, size_t end, words *w);
/* The same into w, which holds earlier tokens (or is zeroed): its room is
 * reused.  0 or -1 (OOM; w keeps its room, free it with words_free()). */
int words_resplit(const char *text, size_t start, size_t end, words *w);
void words_free(words *w);
/* Index of the first token of w starting at or after offset off (w->n if
 * none), by bisection. */
size_t words_at(const words *w, size_t off);

/* The tokens of many spans (the sentences of a document), kept so that a
 * document is tokenized once: the timeline (timeline.c) adds the tokens of
 * each sentence as it splits them, the actor cache (actor.c) gets them back
 * (a copy, or a view into the store's own buffer) instead of splitting the
 * sentence again.  Tokens are kept compact (8 bytes each, their offsets
 * relative to the span's start) and widened to a tok when got back; a span
 * too long for that (a token ending 1 GB or more past its start) is not
 * kept: get and view say so and the caller splits it itself.
 *
 *     words_store st = {0};
 *     words_store_add(&st, &w, s->start);      (span 0, span 1, ... in order)
 *     if (words_store_get(&st, 0, s->start, &w) == 0) ... w holds span 0 ...
 *     words view;
 *     if (words_store_view(&st, 0, &view) == 0) ... view (read only) ...
 *     words_store_free(&st);
 */
typedef struct words_ctok {
    uint32_t off;       /* start, relative to the span's start */
    uint32_t len_kind;  /* length << 2 | the kind's last two bits (words.c) */
} words_ctok;

typedef struct words_store {
    words_ctok *v;      /* the tokens of all spans, in order; owned */
    size_t n, cap;
    size_t *first;      /* first[j] .. first[j + 1]: the tokens of span j; owned */
    size_t *base;       /* base[j]: the start of span j; owned */
    size_t nspans, fcap, bcap;
    size_t *absent;     /* the spans not kept (too long), in order; owned */
    size_t nabsent, acap;
    tok *view;          /* the widened tokens of the last view; owned */
    size_t vcap;
} words_store;

/* Make room in st for nspans spans and ntoks tokens in all (st keeps
 * growing past them when needed).  0 or -1 (OOM). */
int words_store_reserve(words_store *st, size_t nspans, size_t ntoks);
/* Append the tokens of w (a span starting at base) as the next span of st.
 * 0 or -1 (OOM; st stays valid, free it with words_store_free()). */
int words_store_add(words_store *st, const words *w, size_t base);
/* The tokens of span j (which starts at base) into w (its room is reused):
 * 0, 1 when st does not hold span j (split it yourself), -1 when out of
 * memory. */
int words_store_get(const words_store *st, size_t j, size_t base, words *w);
/* Point view at the tokens of span j, widened into st's view buffer (valid
 * until the next view or until st changes; do not free view, nor split or
 * get into it): 0, 1 when st does not hold span j (split it yourself), -1
 * when out of memory. */
int words_store_view(words_store *st, size_t j, words *view);
void words_store_free(words_store *st);

/* Always inlined where the compiler allows it: tok_in() and tok_eq() run
 * for every token, and a call costs more than their loop. */
#if defined(__GNUC__)
#define WORDS_HOT static inline __attribute__((always_inline))
#else
#define WORDS_HOT static inline
#endif
/* ASCII lower case of every byte (other bytes unchanged, as in the C
 * locale): one load where the compare-and-add costs several instructions
 * in the per-token loops below (words.c). */
extern const unsigned char words_lower_tab[256];

/* ASCII lower case of byte c (other bytes unchanged, as in the C locale). */
static inline unsigned char words_lower(unsigned char c)
{
    return words_lower_tab[c];
}

/* 1 when a[0..n) equals b[0..n), ASCII case ignored (strncasecmp in the C
 * locale, inlined: these compares run for every token). */
static inline int words_same_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i] && words_lower((unsigned char)a[i]) != words_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

/* 1 when token t spells word (ASCII case ignored). */
WORDS_HOT int tok_eq(const char *text, const tok *t, const char *word)
{
    size_t n = t->end - t->start;
    return strlen(word) == n &&   /* folded at compile time for a literal word */
           words_lower((unsigned char)text[t->start]) == words_lower((unsigned char)word[0]) &&
           words_same_ci(text + t->start, word, n);
}
/* Same, but a possessive 's or ' at the end of t is ignored ("China's" = "China"). */
int tok_eq_poss(const char *text, const tok *t, const char *word);
/* 1 when t is a word whose first letter is upper case (A-Z, or a letter
 * written in UTF-8 from U+00C0 on, which is taken as capitalised). */
static inline int tok_cap(const char *text, const tok *t)
{
    unsigned char c = (unsigned char)text[t->start];
    return t->kind == TOK_WORD && ((c >= 'A' && c <= 'Z') || c >= 0xC0);
}
/* 1 when t is the punctuation mark p (one byte, or a UTF-8 sequence). */
static inline int tok_punct(const char *text, const tok *t, const char *p)
{
    size_t n = t->end - t->start;
    return t->kind == TOK_PUNCT && strlen(p) == n && memcmp(text + t->start, p, n) == 0;
}
/* 1 when word (a C string) is exactly s[0..n), ASCII case ignored; no
 * strlen() of word: it stops at word's end. */
static inline int words_is_ci(const char *s, size_t n, const char *word)
{
    size_t i = 0;
    for (; i < n; i++)
        if (!word[i] ||
            (s[i] != word[i] && words_lower((unsigned char)s[i]) != words_lower((unsigned char)word[i])))
            return 0;
    return word[i] == '\0';
}
/* 1 when t is one of the NULL-terminated words (case ignored). */
WORDS_HOT int tok_in(const char *text, const tok *t, const char *const *list)
{
    size_t n = t->end - t->start;
    const char *s = text + t->start;
    /* first bytes compared with bit 5 set: a quick test that lets through
       every word equal ignoring case (and a few others, for words_is_ci) */
    unsigned char c = (unsigned char)(s[0] | 0x20);
    for (; *list; list++)
        if ((unsigned char)((*list)[0] | 0x20) == c && words_is_ci(s, n, *list))
            return 1;
    return 0;
}
/* A set of words (ASCII case ignored) for membership tests in one hash
 * probe, where tok_in() would compare with every word of a long list.  It
 * borrows the strings of its list.
 *
 *     wordset ws;
 *     wordset_init(&ws, list);      (at most WORDSET_MAX words)
 *     if (tok_in_set(text, &w.v[i], &ws)) ...
 */
enum { WORDSET_MAX = 96, WORDSET_SLOTS = 256 };
typedef struct wordset {
    const char *word[WORDSET_SLOTS];      /* the words by hash slot; NULL empty */
    unsigned char len[WORDSET_SLOTS];     /* their lengths */
    unsigned char idx[WORDSET_SLOTS];     /* their indexes in the list */
    size_t maxlen;                        /* the longest word */
    unsigned pair[27];                    /* bit wordset_code(b) of pair[wordset_code(a)]:
                                             some word starts with a then b; a quick no */
    uint32_t lens[27];                    /* bit n (n < 32) of lens[wordset_code(a)]: some
                                             word of n bytes starts with a */
} wordset;

/* Code of byte c for the pair filter of word sets: 1-26 a letter (either
 * case), 0 anything else (the end of a word included). */
static inline unsigned wordset_code(unsigned char c)
{
    unsigned l = (unsigned)((c | 32) - 'a');
    return l < 26 ? l + 1 : 0;
}

/* Fill s with the NULL-terminated list (its first WORDSET_MAX words; a word
 * of more than 31 bytes is left out). */
void wordset_init(wordset *s, const char *const *list);
/* tok_set_index() past its quick no. */
int wordset_probe(const char *text, const tok *t, const wordset *s);
/* The index in the list of s of the word token t spells, -1 when none.
 * Most tokens are ruled out inline by their first two letters and length. */
static inline int tok_set_index(const char *text, const tok *t, const wordset *s)
{
    size_t n = t->end - t->start;
    if (n > s->maxlen || n == 0)
        return -1;
    const unsigned char *p = (const unsigned char *)text + t->start;
    unsigned a = wordset_code(p[0]);
    if (!((s->pair[a] >> (n > 1 ? wordset_code(p[1]) : 0)) & 1) || !((s->lens[a] >> n) & 1))
        return -1;
    return wordset_probe(text, t, s);
}
/* 1 when token t is one of the words of s. */
static inline int tok_in_set(const char *text, const tok *t, const wordset *s)
{
    return tok_set_index(text, t, s) >= 0;
}

/* 0 when no key of lexicon table tab can match a key built from tokens
 * i, i+1, ... of w (whose text is text), by one probe of the table's leads;
 * 1 when one may.  Keys are built by copying the tokens' text: with joined
 * set, adjacent tokens are joined without a space ("Sino-Soviet") and only
 * tokens with white space between get one; without it, every token is
 * followed by a space.  cap is the size of the caller's key buffer. */
int tok_may_start(const char *text, const words *w, size_t i, const tally_lextab *tab,
                  int joined, size_t cap);
/* Copy token t (possessive stripped when strip_poss) into out (size cap). */
void tok_copy(const char *text, const tok *t, int strip_poss, char *out, size_t cap);
/* Value of a plain digit token ("1951"; "1,300" gives 1300), or -1. */
long tok_int(const char *text, const tok *t);
/* Length of t without a possessive ending. */
size_t tok_len_noposs(const char *text, const tok *t);

#endif
