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
 */
#ifndef TALLY_WORDS_H
#define TALLY_WORDS_H

#include <stddef.h>

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
void words_free(words *w);

/* 1 when token t spells word (ASCII case ignored). */
int tok_eq(const char *text, const tok *t, const char *word);
/* Same, but a possessive 's or ' at the end of t is ignored ("China's" = "China"). */
int tok_eq_poss(const char *text, const tok *t, const char *word);
/* 1 when t is a word whose first letter is upper case. */
int tok_cap(const char *text, const tok *t);
/* 1 when t is the punctuation mark p (one byte, or a UTF-8 sequence). */
int tok_punct(const char *text, const tok *t, const char *p);
/* 1 when t is one of the NULL-terminated words (case ignored). */
int tok_in(const char *text, const tok *t, const char *const *list);
/* Copy token t (possessive stripped when strip_poss) into out (size cap). */
void tok_copy(const char *text, const tok *t, int strip_poss, char *out, size_t cap);
/* Value of a plain digit token ("1951"; "1,300" gives 1300), or -1. */
long tok_int(const char *text, const tok *t);
/* Length of t without a possessive ending. */
size_t tok_len_noposs(const char *text, const tok *t);

#endif
