/*
 * words.c - the word tokenizer of words.h: cuts a span of text into words,
 * numbers and punctuation marks for the date, actor and modality cues; word
 * sets and the one-probe test of whether a lexicon key can start at a token,
 * which keep the per-token work of the annotation small.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "words.h"
#include "tally/text.h"

/* ASCII lower case of every byte (other bytes unchanged, as in the C
 * locale): one load where the compare-and-add costs several instructions
 * in the per-token loops of words.h. */
const unsigned char words_lower_tab[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

/* 1 for an ASCII letter (one compare: c | 32 folds the case). */
static inline int is_alpha(unsigned char c)
{
    return (unsigned)((c | 32) - 'a') < 26;
}

static inline int is_digit(unsigned char c)
{
    return (unsigned)(c - '0') < 10;
}

/* 1 for the bytes that go on a word or number in one step: ASCII letters
 * and digits (rows of 32 bytes from 0x00). */
static const unsigned char alnum_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* letter_len() beyond ASCII: a Latin letter in UTF-8, else 0. */
static size_t letter_len_utf8(const char *p, size_t left)
{
    unsigned cp;
    size_t k = tally_utf8_decode((const unsigned char *)p, left, &cp);
    if (k && cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
        return k;
    return 0;
}

/* Length of a letter at p (ASCII or a Latin letter in UTF-8), else 0. */
static inline size_t letter_len(const char *p, size_t left)
{
    unsigned char c = (unsigned char)*p;
    if (is_alpha(c))
        return 1;
    return c < 0x80 ? 0 : letter_len_utf8(p, left);
}

/* Length of an apostrophe at p (' or U+2019), else 0. */
static size_t apos_len(const char *p, size_t left)
{
    if (*p == '\'')
        return 1;
    if (left >= 3 && memcmp(p, "\xE2\x80\x99", 3) == 0)
        return 3;
    return 0;
}

/* End of the word starting at i (a letter). */
static size_t scan_word(const char *t, size_t i, size_t end)
{
    size_t k;
    int dotted = 0;
    while (i < end) {
        unsigned char c = (unsigned char)t[i];
        if (alnum_byte[c]) {   /* the common case: a run of letters and digits */
            do
                i++;
            while (i < end && alnum_byte[(unsigned char)t[i]]);
            continue;
        }
        if (c >= 0x80 && (k = letter_len_utf8(t + i, end - i))) {
            i += k;
            continue;
        }
        size_t a = apos_len(t + i, end - i);
        if (a && i + a < end && letter_len(t + i + a, end - i - a)) {
            i += a;
            continue;
        }
        if (a && i + a <= end && i > 0 && (t[i - 1] == 's' || t[i - 1] == 'S') &&
            (i + a == end || !letter_len(t + i + a, end - i - a))) {
            i += a;   /* plural possessive: "Soviets'" */
            break;
        }
        /* initials: "U.S." "U.N." */
        if (t[i] == '.' && i + 1 < end && is_alpha((unsigned char)t[i + 1]) &&
            (i + 2 >= end || !is_alpha((unsigned char)t[i + 2])) && i >= 1 &&
            isupper((unsigned char)t[i - 1]) && (i < 2 || !is_alpha((unsigned char)t[i - 2]) ||
                                                 dotted)) {
            dotted = 1;
            i += 2;
            continue;
        }
        break;
    }
    if (dotted && i < end && t[i] == '.')
        i++;
    return i;
}

/* End of the number starting at i (a digit). */
static size_t scan_num(const char *t, size_t i, size_t end)
{
    while (i < end) {
        if (is_digit((unsigned char)t[i]))
            i++;
        else if ((t[i] == ',' || t[i] == '.') && i + 1 < end && is_digit((unsigned char)t[i + 1]))
            i++;
        else
            break;
    }
    while (i < end && is_alpha((unsigned char)t[i]))
        i++;
    return i;
}

int words_split(const char *text, size_t start, size_t end, words *w)
{
    memset(w, 0, sizeof *w);
    if (words_resplit(text, start, end, w) < 0) {
        words_free(w);
        return -1;
    }
    return 0;
}

/* Class of a byte for the tokenizer: anything else (punctuation), white
 * space, an ASCII letter, a digit, a byte from 0x80 (UTF-8); and 1 in
 * word_more[] for the bytes after a run of letters that scan_word() must
 * look at (an apostrophe, a period, UTF-8).  Rows of 32 bytes from 0x00. */
enum { BC_PUNCT, BC_SPACE, BC_ALPHA, BC_DIGIT, BC_HIGH };   /* 0-4 in byte_class[] */
static const unsigned char byte_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};
static const unsigned char word_more[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

int words_resplit(const char *text, size_t start, size_t end, words *w)
{
    const unsigned char *p = (const unsigned char *)text;
    tok *v = w->v;
    size_t n = 0, cap = w->cap, i = start;
    /* when the span's last byte is no letter or digit, no run of them goes
       past it and the runs below need no bound check */
    int open = end > start && alnum_byte[p[end - 1]];
    while (i < end) {
        unsigned c = byte_class[p[i]];
        if (c == BC_SPACE) {
            i++;
            continue;
        }
        size_t e = i + 1;
        char kind = TOK_WORD;
        if (c == BC_ALPHA) {
            /* the common case, a plain word: its letters and digits, then a
               byte that scan_word() stops at straight away */
            if (open)
                while (e < end && alnum_byte[p[e]])
                    e++;
            else
                while (alnum_byte[p[e]])
                    e++;
            if (word_more[p[e]] && e < end)
                e = scan_word(text, i, end);
        } else if (c == BC_DIGIT) {
            e = scan_num(text, i, end);
            kind = TOK_NUM;
        } else if (c == BC_HIGH && letter_len_utf8(text + i, end - i)) {
            e = scan_word(text, i, end);
        } else {
            unsigned cp;
            size_t k = c != BC_HIGH ? 1 : tally_utf8_decode(p + i, end - i, &cp);
            e = i + (k ? k : 1);
            kind = TOK_PUNCT;
        }
        if (n == cap) {   /* append the token, growing w's room */
            w->n = n;
            if (grow_array((void **)&w->v, &w->cap, n + 1, sizeof *w->v) < 0)
                return -1;
            v = w->v;
            cap = w->cap;
        }
        v[n].start = i;
        v[n].end = e;
        v[n].kind = kind;
        n++;
        i = e + (e < end && p[e] == ' ');   /* the space after it, most often */
    }
    w->n = n;
    return 0;
}

void words_free(words *w)
{
    free(w->v);
    memset(w, 0, sizeof *w);
}

/* The kinds of compact tokens (words_ctok) by their code, the last two
 * bits of the kind ('p' 0, 'n' 2, 'w' 3: no branch to make the code), and
 * the longest span offset or token length a compact token holds. */
static const char ctok_kind[4] = {TOK_PUNCT, TOK_WORD, TOK_NUM, TOK_WORD};
#define CTOK_MAX ((size_t)UINT32_MAX >> 2)
_Static_assert((TOK_PUNCT & 3) == 0 && (TOK_NUM & 3) == 2 && (TOK_WORD & 3) == 3,
               "the kinds of tokens have distinct last two bits");

/* Compact kind code of a token kind. */
static inline uint32_t ctok_code(char kind)
{
    return (uint32_t)(unsigned char)kind & 3u;
}

int words_store_reserve(words_store *st, size_t nspans, size_t ntoks)
{
    if (nspans > SIZE_MAX - 1)
        return -1;
    return grow_array((void **)&st->first, &st->fcap, nspans + 1, sizeof *st->first) < 0 ||
                   grow_array((void **)&st->base, &st->bcap, nspans, sizeof *st->base) < 0 ||
                   (ntoks && grow_array((void **)&st->v, &st->cap, ntoks, sizeof *st->v) < 0)
               ? -1
               : 0;
}

/* 1 when st holds no tokens for span j (it was too long to keep). */
static int store_absent(const words_store *st, size_t j)
{
    for (size_t k = 0; k < st->nabsent; k++)
        if (st->absent[k] == j)
            return 1;
    return 0;
}

int words_store_add(words_store *st, const words *w, size_t base)
{
    size_t j = st->nspans;
    int keep = w->n == 0 || (w->v[0].start >= base && w->v[w->n - 1].end - base <= CTOK_MAX);
    if (grow_array((void **)&st->first, &st->fcap, j + 2, sizeof *st->first) < 0 ||
        grow_array((void **)&st->base, &st->bcap, j + 1, sizeof *st->base) < 0 ||
        (keep && grow_array((void **)&st->v, &st->cap, st->n + w->n, sizeof *st->v) < 0) ||
        (!keep && grow_array((void **)&st->absent, &st->acap, st->nabsent + 1,
                             sizeof *st->absent) < 0))
        return -1;
    if (j == 0)
        st->first[0] = 0;
    st->base[j] = base;
    if (keep) {
        words_ctok *c = st->v + st->n;
        for (size_t i = 0; i < w->n; i++) {   /* offsets fit: checked above */
            c[i].off = (uint32_t)(w->v[i].start - base);
            c[i].len_kind = (uint32_t)((w->v[i].end - w->v[i].start) << 2) |
                            ctok_code(w->v[i].kind);
        }
        st->n += w->n;
    } else {
        st->absent[st->nabsent++] = j;
    }
    st->first[++st->nspans] = st->n;
    return 0;
}

/* Widen the compact tokens of span j of st into out (room for them). */
static void store_widen(const words_store *st, size_t j, tok *out)
{
    size_t a = st->first[j], n = st->first[j + 1] - a, base = st->base[j];
    const words_ctok *c = st->v + a;
    for (size_t i = 0; i < n; i++) {
        out[i].start = base + c[i].off;
        out[i].end = out[i].start + (c[i].len_kind >> 2);
        out[i].kind = ctok_kind[c[i].len_kind & 3];
    }
}

int words_store_view(words_store *st, size_t j, words *view)
{
    if (j >= st->nspans || store_absent(st, j))
        return 1;
    size_t n = st->first[j + 1] - st->first[j];
    if (grow_array((void **)&st->view, &st->vcap, n ? n : 1, sizeof *st->view) < 0)
        return -1;
    store_widen(st, j, st->view);
    view->v = st->view;
    view->n = n;
    view->cap = 0;
    return 0;
}

int words_store_get(const words_store *st, size_t j, size_t base, words *w)
{
    (void)base;   /* the store keeps the start of each span */
    if (j >= st->nspans || store_absent(st, j))
        return 1;
    size_t n = st->first[j + 1] - st->first[j];
    if (n > w->cap && grow_array((void **)&w->v, &w->cap, n, sizeof *w->v) < 0)
        return -1;
    store_widen(st, j, w->v);
    w->n = n;
    return 0;
}

void words_store_free(words_store *st)
{
    free(st->v);
    free(st->first);
    free(st->base);
    free(st->absent);
    free(st->view);
    memset(st, 0, sizeof *st);
}

size_t words_at(const words *w, size_t off)
{
    size_t lo = 0, hi = w->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->v[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t tok_len_noposs(const char *text, const tok *t)
{
    size_t n = t->end - t->start;
    const char *p = text + t->start;
    if (n > 2 && p[n - 2] == '\'' && (p[n - 1] == 's' || p[n - 1] == 'S'))
        return n - 2;
    if (n > 4 && memcmp(p + n - 4, "\xE2\x80\x99", 3) == 0 && (p[n - 1] == 's' || p[n - 1] == 'S'))
        return n - 4;
    if (n > 1 && p[n - 1] == '\'')
        return n - 1;
    if (n > 3 && memcmp(p + n - 3, "\xE2\x80\x99", 3) == 0)
        return n - 3;
    return n;
}

int tok_eq_poss(const char *text, const tok *t, const char *word)
{
    size_t n = tok_len_noposs(text, t);
    return strlen(word) == n && words_same_ci(text + t->start, word, n);
}

void tok_copy(const char *text, const tok *t, int strip_poss, char *out, size_t cap)
{
    size_t n = strip_poss ? tok_len_noposs(text, t) : t->end - t->start;
    if (cap == 0)
        return;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, text + t->start, n);
    out[n] = '\0';
}

long tok_int(const char *text, const tok *t)
{
    long v = 0;
    int digits = 0;
    if (t->kind != TOK_NUM)
        return -1;
    for (size_t i = t->start; i < t->end; i++) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            if (v > 100000000L)
                return -1;
            v = v * 10 + (c - '0');
            digits++;
        } else if (c == ',' && digits) {
            continue;
        } else {
            return -1;
        }
    }
    return digits ? v : -1;
}

int tok_may_start(const char *text, const words *w, size_t i, const tally_lextab *tab,
                  int joined, size_t cap)
{
    if (!tab || i >= w->n)
        return 0;
    const tok *k = &w->v[i];
    size_t n = tally_lexicon_lead(text + k->start, k->end - k->start);
    if (n + 1 >= cap)
        return 1;   /* the key would be cut short: let the caller look */
    /* the lead of the key runs on into the next token when that follows
     * without a space and starts with a letter or digit ("15th2"): rare,
     * let the caller look */
    if (joined && n == k->end - k->start && i + 1 < w->n && w->v[i + 1].start == k->end &&
        tally_lexicon_lead(text + k->end, 1))
        return 1;
    return tally_lextab_has_lead(tab, text + k->start, n);
}

/* Hash of s[0..n) with ASCII case folded, for word sets. */
static unsigned wordset_hash(const char *s, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ words_lower((unsigned char)s[i])) * 16777619u;
    return h;
}

void wordset_init(wordset *s, const char *const *list)
{
    memset(s, 0, sizeof *s);
    for (size_t k = 0; list[k] && k < WORDSET_MAX; k++) {
        size_t n = strlen(list[k]);
        if (n > 31)
            continue;   /* no token of a set is that long */
        unsigned h = wordset_hash(list[k], n) & (WORDSET_SLOTS - 1);
        while (s->word[h])
            h = (h + 1) & (WORDSET_SLOTS - 1);
        s->word[h] = list[k];
        s->len[h] = (unsigned char)n;
        s->idx[h] = (unsigned char)k;
        s->pair[wordset_code((unsigned char)list[k][0])] |=
            1u << (n > 1 ? wordset_code((unsigned char)list[k][1]) : 0);
        if (n > s->maxlen)
            s->maxlen = n;
        s->lens[wordset_code((unsigned char)list[k][0])] |= n < 32 ? 1u << n : 0;
    }
}

int wordset_probe(const char *text, const tok *t, const wordset *s)
{
    size_t n = t->end - t->start;
    unsigned h = wordset_hash(text + t->start, n) & (WORDSET_SLOTS - 1);
    for (; s->word[h]; h = (h + 1) & (WORDSET_SLOTS - 1))
        if (s->len[h] == n && words_same_ci(text + t->start, s->word[h], n))
            return s->idx[h];
    return -1;
}
