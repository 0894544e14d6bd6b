/*
 * number.c - the number recogniser: finds every number expression in a span
 * of text and says what it is (a figure, a year, a date, an ordinal, a
 * designation, a footnote marker, a bibliographic reference, the pronoun
 * "one", a clock time), with its value, bounds, qualifier and the unit the
 * expression carries itself (a currency, "percent").
 *
 * How it works.  A small tokenizer reads one token at a time straight from
 * the text (words, digit runs with their separators and glued letters,
 * dashes, currency signs, punctuation); nothing is copied.  The main loop
 * walks the span token by token and stops at an anchor: a digit run, a
 * vulgar fraction character or a number word.  From there parse_expr() reads forward (scale words, "and a
 * half", fractions, percent, a second number after "to"/"-"/"or", "-odd")
 * and looks back a few tokens (a minus sign or word, qualifiers such as
 * "more than", currency signs, "between", the word before a year or a
 * reference), then decides the kind.  Every look-around is bounded to a few tokens, so the whole scan is
 * linear in the length of the span.  Words that cannot be number words are
 * passed over cheaply: a byte-class table finds them, a filter on their
 * first three letters rejects most, and the rest are looked up in a small
 * hash table of the number words (built once per thread).
 *
 * Knowledge that is a word list lives in the lexicon: "references" (words
 * after which a number is bibliographic: p., pp., vol., ISSN), "namewords"
 * (Type 59, Hill 304, 77 Squadron), "months" and, when present, "units" (is
 * the next word a counted noun?).  The number words themselves, qualifier
 * phrases and currency signs are the grammar of English numbers and sit in
 * static tables below.  With no lexicon a built-in list of month names is
 * used and the other checks are skipped.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/number.h"

const char *tally_qualifier_name(tally_qualifier q)
{
    static const char *n[] = {"exact", "approx", "at_least", "at_most", "range", "vague", "ratio"};
    return (unsigned)q < sizeof n / sizeof *n ? n[q] : "exact";
}

const char *tally_number_kind_name(tally_number_kind k)
{
    static const char *n[] = {"figure", "year", "date", "ordinal", "designation",
                              "marker", "reference", "pronoun", "time"};
    return (unsigned)k < sizeof n / sizeof *n ? n[k] : "figure";
}

/* ------------------------------------------------------------------------
 * Character classes (ASCII only: the C locale is never consulted).
 */

static int is_dig(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (unsigned)((c | 0x20) - 'a') < 26u; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower_at(const char *t, size_t i) { return t[i] >= 'a' && t[i] <= 'z'; }
static int is_wordch(int c) { return is_alpha(c) || is_dig(c) || c == '_'; }
static char to_lower(int c) { return (char)(is_upper(c) ? c + 32 : c); }
static unsigned char at(const char *t, size_t i) { return (unsigned char)t[i]; }

/* Bytes of a white-space character starting at p (ASCII blanks, no-break
 * space, the U+2000..U+200A spaces and U+202F), or 0. */
static size_t space_at(const char *t, size_t p, size_t lim)
{
    unsigned char c = at(t, p);
    if (c > ' ' && c < 0xC2)   /* most bytes: no space starts here */
        return 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && p + 1 < lim && at(t, p + 1) == 0xA0)
        return 2;
    if (c == 0xE2 && p + 2 < lim && at(t, p + 1) == 0x80 &&
        (at(t, p + 2) <= 0x8A || at(t, p + 2) == 0xAF))
        return 3;
    return 0;
}

/* Bytes of a white-space character ending at p (see space_at), or 0. */
static size_t space_before(const char *t, size_t p, size_t floor)
{
    if (p <= floor)
        return 0;
    if (at(t, p - 1) > ' ' && at(t, p - 1) < 0x80 &&   /* most bytes end no space */
        !(p >= floor + 3 && at(t, p - 3) == 0xE2 && at(t, p - 2) == 0x80))   /* (bad UTF-8) */
        return 0;
    if (space_at(t, p - 1, p) == 1)
        return 1;
    if (p >= floor + 2 && space_at(t, p - 2, p) == 2)
        return 2;
    if (p >= floor + 3 && space_at(t, p - 3, p) == 3)
        return 3;
    return 0;
}

/* ------------------------------------------------------------------------
 * Tokens.
 */

typedef enum { T_END, T_WORD, T_NUM, T_IDENT, T_DASH, T_CUR, T_PUNCT } ttype;

typedef struct ntok {
    ttype type;
    size_t s, e;         /* bytes of the token */
    char w[24];          /* T_WORD: lower-case copy; "" when longer */
    int cap;             /* T_WORD: first letter upper-case */
    double v;            /* T_NUM: value of the digits */
    size_t de;           /* T_NUM: end of the digits (a letter suffix runs to e) */
    int ndig;            /* T_NUM: digits before the decimal point */
    int sep, dec;        /* T_NUM: thousands separators / a decimal point seen */
    char suf[8];         /* T_NUM: lower-case letter suffix ("th", "bn", "km") */
    int ch;              /* T_PUNCT: its first byte */
    const char *iso;     /* T_CUR: the currency code of the sign */
} ntok;

/* Length of the UTF-8 character starting at p (1 for a stray byte). */
static size_t utf8_len(const char *t, size_t p, size_t lim)
{
    unsigned char c = at(t, p);
    size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    size_t k = 1;
    while (k < n && p + k < lim && (at(t, p + k) & 0xC0) == 0x80)
        k++;
    return k;
}

/* Value of the vulgar fraction character at p ("½", "¾", "⅓"), with its
 * length in *len; 0 when there is none. */
static double vulgar_at(const char *t, size_t p, size_t lim, size_t *len)
{
    static const double latin1[] = {0.25, 0.5, 0.75};   /* U+00BC..U+00BE */
    static const double forms[] = {1.0 / 7, 1.0 / 9, 0.1, 1.0 / 3, 2.0 / 3, 0.2, 0.4, 0.6,
                                   0.8, 1.0 / 6, 5.0 / 6, 0.125, 0.375, 0.625, 0.875};
    if (p + 1 < lim && at(t, p) == 0xC2 && at(t, p + 1) >= 0xBC && at(t, p + 1) <= 0xBE) {
        *len = 2;
        return latin1[at(t, p + 1) - 0xBC];
    }
    if (p + 2 < lim && at(t, p) == 0xE2 && at(t, p + 1) == 0x85 && at(t, p + 2) >= 0x90 &&
        at(t, p + 2) <= 0x9E) {   /* U+2150..U+215E */
        *len = 3;
        return forms[at(t, p + 2) - 0x90];
    }
    return 0;
}

/* Value of the digits (with at most one '.') in buf.  Up to 15 digits the
 * integer of the digits and the power of ten are both exact doubles, so
 * their quotient is the correctly rounded value strtod() would return;
 * longer runs go to strtod(). */
static double digits_value(const char *buf)
{
    static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    unsigned long long m = 0;
    int nd = 0, frac = -1;
    for (const char *q = buf; *q; q++) {
        if (*q == '.') {
            frac = 0;
            continue;
        }
        if (++nd > 15)
            return strtod(buf, NULL);
        m = m * 10 + (unsigned)(*q - '0');
        if (frac >= 0)
            frac++;
    }
    return frac > 0 ? (double)m / p10[frac] : (double)m;
}

/* 1 when the ".2" at t[j] after a number grouped in thousands (k) ends
 * the span at lim: a footnote marker glued to the full stop that ends the
 * sentence ("... and a division 3,960.2"; the segmenter took the 2 for a
 * marker and ended the sentence there, inside its line: the text goes on
 * with white space after lim, which t, NUL-terminated, can show), not a
 * decimal. */
static int marker_after_grouped(const char *t, size_t j, size_t lim, const ntok *k)
{
    size_t q = j + 1;
    while (q < lim && is_dig(at(t, q)))
        q++;
    return k->sep && q == lim && q - (j + 1) <= 2 && (t[q] == ' ' || t[q] == '\t');
}

/* Calibre and gauge words glued to a number ("155mm", "155-mm", "37 mm",
 * "8-inch", "6-pounder", "25-pdr", "0.50-calibre"): the number names a
 * weapon's bore, not a quantity.  Strong words mark a calibre whenever
 * they follow the number; weak ones (lengths: "mm", "cm", "inch") only
 * before a weapon, a round or a unit of guns ("2cm", "15.5 cm across",
 * "a 7.62mm barrel" are measures). */
static const char *const calibre_strong[] = {
    "cal", "caliber", "calibers", "calibre", "calibres", "pdr", "pdrs", "pounder",
    "pounders", "pr", "prs"};
static const char *const calibre_weak[] = {"cm", "in", "inch", "inches", "mm"};
/* 1 when a calibre word starts at q, after an optional hyphen or space
 * ("-mm", " mm", "-pounder"), and ends there: the group of three digits
 * before it is a calibre of its own, not thousands ("12 155-mm guns"). */
static int calibre_at(const char *t, size_t q, size_t lim)
{
    int spaced = q < lim && t[q] == ' ';
    if (q < lim && (t[q] == '-' || spaced))
        q++;
    size_t e = q;
    while (e < lim && e - q < 12 && (unsigned)((t[e] | 0x20) - 'a') < 26u)
        e++;
    if (e == q || (e < lim && (unsigned)((t[e] | 0x20) - 'a') < 26u))
        return 0;
    const char *const *lists[] = {calibre_strong, calibre_weak};
    size_t lens[] = {sizeof calibre_strong / sizeof *calibre_strong,
                     sizeof calibre_weak / sizeof *calibre_weak};
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; i < lens[l]; i++)
            if (strlen(lists[l][i]) == e - q && strncasecmp(t + q, lists[l][i], e - q) == 0)
                return !(spaced && (t[q] | 0x20) == 'i');   /* "40 000 in 1944" */
    return 0;
}

/* Read a digit run at p: 1,300  6,826.5  2.5  (and 192.168.1.2 as an
 * identifier), with a glued letter suffix (38th, 2.5bn, 155mm). */
static void read_num(const char *t, size_t p, size_t lim, ntok *k)
{
    char buf[48];
    size_t nb = 0, j = p;
    if (t[p] == '.') {   /* .25 */
        buf[nb++] = '0';
        k->type = T_NUM;
        k->ndig = 0;
        goto decimals;
    }
    while (j < lim && is_dig(at(t, j))) {
        if (nb < sizeof buf - 1)
            buf[nb++] = t[j];
        j++;
    }
    k->type = T_NUM;
    k->ndig = (int)(j - p);
    if (k->ndig <= 3) {
        while (j + 3 < lim && t[j] == ',' && is_dig(at(t, j + 1)) && is_dig(at(t, j + 2)) &&
               is_dig(at(t, j + 3)) && !(j + 4 < lim && is_dig(at(t, j + 4)))) {
            for (int q = 1; q <= 3; q++)
                if (nb < sizeof buf - 1)
                    buf[nb++] = t[j + (size_t)q];
            j += 4;
            k->ndig += 3;
            k->sep = 1;
        }
        /* 40 000, 1 234 567: groups of three after a space (or a no-break or
         * thin space), each group ending the digit run */
        while (!k->sep || k->ndig > 3) {
            size_t sp = j < lim ? space_at(t, j, lim) : 0;
            if (!sp || (sp == 1 && t[j] != ' '))
                break;
            size_t g = j + sp;
            if (g + 3 > lim || !is_dig(at(t, g)) || !is_dig(at(t, g + 1)) ||
                !is_dig(at(t, g + 2)) || (g + 3 < lim && is_wordch(at(t, g + 3))) ||
                calibre_at(t, g + 3, lim))
                break;
            for (int q = 0; q < 3; q++)
                if (nb < sizeof buf - 1)
                    buf[nb++] = t[g + (size_t)q];
            j = g + 3;
            k->ndig += 3;
            k->sep = 2;
        }
        if (k->sep == 2)
            k->sep = 1;
    }
decimals:
    if (j + 1 < lim && t[j] == '.' && is_dig(at(t, j + 1)) && !marker_after_grouped(t, j, lim, k)) {
        if (nb < sizeof buf - 1)
            buf[nb++] = '.';
        j++;
        while (j < lim && is_dig(at(t, j))) {
            if (nb < sizeof buf - 1)
                buf[nb++] = t[j];
            j++;
        }
        k->dec = 1;
        if (j + 1 < lim && t[j] == '.' && is_dig(at(t, j + 1))) {   /* 192.168.1.2, 1.2.3 */
            while (j + 1 < lim && t[j] == '.' && is_dig(at(t, j + 1)))
                for (j++; j < lim && is_dig(at(t, j)); j++)
                    ;
            k->type = T_IDENT;
        }
    }
    buf[nb] = '\0';
    k->v = digits_value(buf);
    size_t vl;
    double vf = k->type == T_NUM && !k->dec && !k->sep ? vulgar_at(t, j, lim, &vl) : 0;
    if (vf > 0) {   /* 2½ */
        k->v += vf;
        k->dec = 1;
        j += vl;
    }
    k->de = j;
    if (j < lim && is_alpha(at(t, j))) {
        size_t q = j;
        while (q < lim && is_alpha(at(t, q)))
            q++;
        if (q < lim && (is_dig(at(t, q)) || t[q] == '_')) {   /* 1art06: an identifier */
            while (q < lim && is_wordch(at(t, q)))
                q++;
            k->type = T_IDENT;
        } else {
            for (size_t i = 0; i < q - j && i < sizeof k->suf - 1; i++)
                k->suf[i] = to_lower(at(t, j + i));
            k->suf[q - j < sizeof k->suf - 1 ? q - j : sizeof k->suf - 1] = '\0';
        }
        j = q;
    }
    k->e = j;
}

/* Byte classes for the main scan loop: what may start an anchor. */
enum { SC_OTHER, SC_ALPHA, SC_DIGIT, SC_DOT, SC_LEAD };
#define A_ SC_ALPHA
#define D_ SC_DIGIT
static const unsigned char scan_class[256] = {
    /* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x20 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, SC_DOT, 0,
    /* 0x30 */ D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, 0, 0, 0, 0, 0, 0,
    /* 0x40 */ 0, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_,
    /* 0x50 */ A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, 0, 0, 0, 0, 0,
    /* 0x60 */ 0, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_,
    /* 0x70 */ A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, 0, 0, 0, 0, 0,
    /* 0x80..0xBF: continuation bytes */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0xC0: 0xC2 leads U+00BC..U+00BE (vulgar fractions) */
    0, 0, SC_LEAD, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0xE0: 0xE2 leads U+2150..U+215E */
    0, 0, SC_LEAD, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
#undef A_
#undef D_

/* The first i' >= i (below end) where t[i'] is no ASCII letter, or end.
 * Where the byte order allows, eight bytes are tested at once: a byte is a
 * letter when it is below 0x80 and, with bit 0x20 set, in 'a'..'z'. */
static inline size_t letters_end(const char *t, size_t i, size_t end)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ULL, high = 0x80 * ones;
    while (i + 8 <= end) {
        uint64_t x;
        memcpy(&x, t + i, sizeof x);
        uint64_t y = (x | 0x20 * ones) & ~high;        /* 7 bits, lower case */
        uint64_t ge_a = (y + (0x80 - 'a') * ones);      /* high bit: y >= 'a' */
        uint64_t gt_z = (y + (0x80 - 'z' - 1) * ones);  /* high bit: y > 'z' */
        uint64_t other = ~(ge_a & ~gt_z & ~x) & high;   /* high bit: no letter */
        if (other)
            return i + (size_t)__builtin_ctzll(other) / 8;
        i += 8;
    }
#endif
    while (i < end && scan_class[at(t, i)] == SC_ALPHA)
        i++;
    return i;
}

/* The token starting at the first non-space byte at or after p, reading no
 * further than lim; type T_END when there is none. */
static void lex_tok(const char *t, size_t p, size_t lim, ntok *k)
{
    size_t sp;
    k->type = T_END;
    k->w[0] = k->suf[0] = '\0';
    k->cap = k->sep = k->dec = k->ndig = k->ch = 0;
    k->v = 0;
    k->iso = NULL;
    while (p < lim && (sp = space_at(t, p, lim)) > 0)
        p += sp;
    k->s = k->e = k->de = p;
    if (p >= lim)
        return;
    unsigned char c = at(t, p);
    if (is_alpha(c)) {
        size_t j = letters_end(t, p + 1, lim);
        if (j < lim && (is_dig(at(t, j)) || t[j] == '_')) {
            while (j < lim && is_wordch(at(t, j)))
                j++;
            k->type = T_IDENT;
        } else {
            k->type = T_WORD;
            k->cap = is_upper(c);
            if (j - p < sizeof k->w) {   /* ASCII letters: bit 0x20 lowers them */
                for (size_t i = p; i < j; i++)
                    k->w[i - p] = (char)(at(t, i) | 0x20);
                k->w[j - p] = '\0';
            }
        }
        k->e = j;
        return;
    }
    size_t vl;
    double vf = vulgar_at(t, p, lim, &vl);
    if (vf > 0) {   /* a fraction character alone: "½ mile" */
        k->type = T_NUM;
        k->v = vf;
        k->dec = 1;
        k->e = k->de = p + vl;
        return;
    }
    if (is_dig(c) || (c == '.' && p + 1 < lim && is_dig(at(t, p + 1)) &&
                      (p == 0 || !is_wordch(at(t, p - 1))))) {
        read_num(t, p, lim, k);
        return;
    }
    size_t n = utf8_len(t, p, lim);
    k->e = p + n;
    if (c == '-' || (n == 3 && c == 0xE2 && at(t, p + 1) == 0x80 && at(t, p + 2) >= 0x90 &&
                     at(t, p + 2) <= 0x95) ||
        (n == 3 && c == 0xE2 && at(t, p + 1) == 0x88 && at(t, p + 2) == 0x92)) {
        k->type = T_DASH;
        return;
    }
    static const struct { const char *sign; const char *iso; } cur[] = {
        {"$", "USD"}, {"\\$", "USD"}, {"\xC2\xA3", "GBP"}, {"\xE2\x82\xAC", "EUR"},
        {"\xC2\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"}};
    for (size_t i = 0; (c == '$' || c == '\\' || c == 0xC2 || c == 0xE2) &&
                       i < sizeof cur / sizeof *cur; i++) {
        size_t l = strlen(cur[i].sign);
        if (p + l <= lim && memcmp(t + p, cur[i].sign, l) == 0) {
            k->type = T_CUR;
            k->iso = cur[i].iso;
            k->e = p + l;
            return;
        }
    }
    k->type = T_PUNCT;
    k->ch = c;
}

/* The token that ends where the white space before p begins, looking no
 * further back than floor.  Returns 0 when there is none. */
static int prev_tok(const char *t, size_t p, size_t floor, ntok *k)
{
    size_t q = p, sp;
    while ((sp = space_before(t, q, floor)) > 0)
        q -= sp;
    if (q <= floor)
        return 0;
    size_t r = q - 1;
    if (is_wordch(at(t, r))) {
        while (r > floor && q - r < 64 &&
               (is_wordch(at(t, r - 1)) ||
                ((t[r - 1] == ',' || t[r - 1] == '.') && r - 1 > floor && is_dig(at(t, r - 2)) &&
                 is_dig(at(t, r)))))
            r--;
        if (q - r >= 64) {   /* an endless word: an identifier */
            k->type = T_IDENT;
            k->s = r;
            k->e = q;
            return 1;
        }
    } else {
        while (r > floor && (at(t, r) & 0xC0) == 0x80)
            r--;
        if (t[r] == '$' && r > floor && t[r - 1] == '\\')
            r--;
    }
    lex_tok(t, r, q, k);
    while (k->type != T_END && k->e < q)
        lex_tok(t, k->e, q, k);
    return k->type != T_END;
}

/* strcmp for the short lower-case words of this file, inline: most
 * comparisons end at the first byte, before a library call would start. */
static int wcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

/* 1 when token k is the word w. */
static int is_w(const ntok *k, const char *w)
{
    return k->type == T_WORD && k->w[0] == w[0] && wcmp(k->w, w) == 0;
}

/* 1 when token k is the punctuation byte c. */
static int is_p(const ntok *k, int c)
{
    return k->type == T_PUNCT && k->ch == c;
}

/* 1 when k is a word found in the static sorted list ws[0..n). */
static int in_list(const ntok *k, const char *const *ws, size_t n)
{
    if (k->type != T_WORD || !k->w[0])
        return 0;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = wcmp(k->w, ws[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}
#define IN_LIST(k, arr) in_list((k), (arr), sizeof(arr) / sizeof *(arr))

/* ------------------------------------------------------------------------
 * Number words.
 */

enum { NW_UNIT, NW_TENS, NW_HUNDRED, NW_SCALE, NW_DOZEN, NW_ORD, NW_DENOM, NW_DENOMS,
       NW_HALF, NW_VAGUE };

typedef struct numword {
    const char *w;
    double v;
    int kind;       /* NW_* */
    int den;        /* an ordinal that is also a fraction's denominator */
} numword;

/* Sorted by word. */
static const numword numwords[] = {
    {"billion", 1e9, NW_SCALE, 0},      {"billions", 1e9, NW_VAGUE, 0},
    {"bn", 1e9, NW_SCALE, 0},           {"crore", 1e7, NW_SCALE, 0},
    {"dozen", 12, NW_DOZEN, 0},         {"dozens", 12, NW_VAGUE, 0},
    {"eight", 8, NW_UNIT, 0},           {"eighteen", 18, NW_UNIT, 0},
    {"eighteenth", 18, NW_ORD, 0},      {"eighth", 8, NW_ORD, 1},
    {"eighths", 8, NW_DENOMS, 0},       {"eightieth", 80, NW_ORD, 0},
    {"eighty", 80, NW_TENS, 0},         {"eleven", 11, NW_UNIT, 0},
    {"eleventh", 11, NW_ORD, 0},        {"fifteen", 15, NW_UNIT, 0},
    {"fifteenth", 15, NW_ORD, 0},       {"fifth", 5, NW_ORD, 1},
    {"fifths", 5, NW_DENOMS, 0},        {"fiftieth", 50, NW_ORD, 0},
    {"fifty", 50, NW_TENS, 0},          {"first", 1, NW_ORD, 0},
    {"five", 5, NW_UNIT, 0},            {"fortieth", 40, NW_ORD, 0},
    {"forty", 40, NW_TENS, 0},          {"four", 4, NW_UNIT, 0},
    {"fourteen", 14, NW_UNIT, 0},       {"fourteenth", 14, NW_ORD, 0},
    {"fourth", 4, NW_ORD, 1},           {"fourths", 4, NW_DENOMS, 0},
    {"half", 2, NW_HALF, 0},            {"halves", 2, NW_DENOMS, 0},
    {"hundred", 100, NW_HUNDRED, 0},    {"hundreds", 100, NW_VAGUE, 0},
    {"hundredth", 100, NW_ORD, 1},      {"hundredths", 100, NW_DENOMS, 0},
    {"lakh", 1e5, NW_SCALE, 0},         {"million", 1e6, NW_SCALE, 0},
    {"millions", 1e6, NW_VAGUE, 0},     {"mln", 1e6, NW_SCALE, 0},
    {"mn", 1e6, NW_SCALE, 0},           {"nine", 9, NW_UNIT, 0},
    {"nineteen", 19, NW_UNIT, 0},       {"nineteenth", 19, NW_ORD, 0},
    {"ninetieth", 90, NW_ORD, 0},       {"ninety", 90, NW_TENS, 0},
    {"ninth", 9, NW_ORD, 1},            {"ninths", 9, NW_DENOMS, 0},
    {"one", 1, NW_UNIT, 0},             {"quarter", 4, NW_DENOM, 0},
    {"quarters", 4, NW_DENOMS, 0},      {"score", 20, NW_DOZEN, 0},
    {"scores", 20, NW_VAGUE, 0},
    {"second", 2, NW_ORD, 0},           {"seven", 7, NW_UNIT, 0},
    {"seventeen", 17, NW_UNIT, 0},      {"seventeenth", 17, NW_ORD, 0},
    {"seventh", 7, NW_ORD, 1},          {"sevenths", 7, NW_DENOMS, 0},
    {"seventieth", 70, NW_ORD, 0},      {"seventy", 70, NW_TENS, 0},
    {"six", 6, NW_UNIT, 0},             {"sixteen", 16, NW_UNIT, 0},
    {"sixteenth", 16, NW_ORD, 0},       {"sixth", 6, NW_ORD, 1},
    {"sixths", 6, NW_DENOMS, 0},        {"sixtieth", 60, NW_ORD, 0},
    {"sixty", 60, NW_TENS, 0},          {"ten", 10, NW_UNIT, 0},
    {"tens", 10, NW_VAGUE, 0},          {"tenth", 10, NW_ORD, 1},
    {"tenths", 10, NW_DENOMS, 0},       {"third", 3, NW_ORD, 1},
    {"thirds", 3, NW_DENOMS, 0},        {"thirteen", 13, NW_UNIT, 0},
    {"thirteenth", 13, NW_ORD, 0},      {"thirtieth", 30, NW_ORD, 0},
    {"thirty", 30, NW_TENS, 0},         {"thousand", 1e3, NW_SCALE, 0},
    {"thousands", 1e3, NW_VAGUE, 0},    {"thousandth", 1e3, NW_ORD, 1},
    {"thousandths", 1e3, NW_DENOMS, 0}, {"three", 3, NW_UNIT, 0},
    {"tn", 1e12, NW_SCALE, 0},          {"trillion", 1e12, NW_SCALE, 0},
    {"trillions", 1e12, NW_VAGUE, 0},   {"twelfth", 12, NW_ORD, 0},
    {"twelve", 12, NW_UNIT, 0},         {"twentieth", 20, NW_ORD, 0},
    {"twenty", 20, NW_TENS, 0},         {"two", 2, NW_UNIT, 0},
    {"zero", 0, NW_UNIT, 0},
};

/* A hash table over numwords, built once per thread at the first look-up
 * (thread-local, so that no lock is needed): slot[h] is 1 + the index of a
 * word, 0 for an empty slot; collisions probe the next slot. */
#define NW_SLOTS 512
_Static_assert(sizeof numwords / sizeof *numwords < 255, "numword indices fit a byte");
static _Thread_local struct {
    int ready;
    unsigned char slot[NW_SLOTS];
    uint32_t second[26];   /* by first letter: the second letters that occur */
    uint32_t third[26 * 26];   /* by first two letters: the third letters that
                                  occur, bit 26 for a two-letter word */
} nw_index;

/* Hash of the NUL-terminated word w. */
static unsigned nw_hash(const char *w)
{
    unsigned h = 5381;
    for (; *w; w++)
        h = h * 33 + (unsigned char)*w;
    return h & (NW_SLOTS - 1);
}

/* Fill nw_index. */
static void nw_build(void)
{
    for (size_t i = 0; i < sizeof numwords / sizeof *numwords; i++) {
        unsigned h = nw_hash(numwords[i].w);
        while (nw_index.slot[h])
            h = (h + 1) & (NW_SLOTS - 1);
        nw_index.slot[h] = (unsigned char)(i + 1);
        const char *w = numwords[i].w;
        nw_index.second[w[0] - 'a'] |= 1u << (w[1] - 'a');
        nw_index.third[(w[0] - 'a') * 26 + (w[1] - 'a')] |= 1u << (w[2] ? w[2] - 'a' : 26);
    }
    nw_index.ready = 1;
}

/* The number word w (lower case, NUL-terminated) names, or NULL. */
static const numword *numword_find(const char *w)
{
    if (!nw_index.ready)
        nw_build();
    for (unsigned h = nw_hash(w); nw_index.slot[h]; h = (h + 1) & (NW_SLOTS - 1)) {
        const numword *n = &numwords[nw_index.slot[h] - 1];
        if (n->w[0] == w[0] && wcmp(w, n->w) == 0)
            return n;
    }
    return NULL;
}

/* The number word k spells, or NULL. */
static const numword *numword_of(const ntok *k)
{
    if (k->type != T_WORD || !k->w[0] || !k->w[1])
        return NULL;
    return numword_find(k->w);
}

/* Kind of number word k (NW_*), or -1. */
static int nw_kind(const ntok *k)
{
    const numword *n = numword_of(k);
    return n ? n->kind : -1;
}

/* ------------------------------------------------------------------------
 * Qualifier phrases, read backwards from the number.
 */

typedef struct qphrase {
    const char *w[3];      /* the words, last word first */
    tally_qualifier q;
} qphrase;

/* Longest phrases first. */
static const qphrase qphrases[] = {
    {{"than", "fewer", "no"}, TALLY_Q_AT_LEAST},  {{"than", "less", "no"}, TALLY_Q_AT_LEAST},
    {{"than", "less", "not"}, TALLY_Q_AT_LEAST},  {{"than", "fewer", "not"}, TALLY_Q_AT_LEAST},
    {{"than", "more", "no"}, TALLY_Q_AT_MOST},    {{"than", "more", "not"}, TALLY_Q_AT_MOST},
    {{"than", "more", "nothing"}, TALLY_Q_EXACT}, /* "nothing more than a dozen": only */
    {{"than", "longer", "no"}, TALLY_Q_AT_MOST},  {{"than", "wider", "no"}, TALLY_Q_AT_MOST},
    {{"as", "many", "as"}, TALLY_Q_AT_MOST},      {{"as", "much", "as"}, TALLY_Q_AT_MOST},
    /* the low extreme: "in as little as four months" is four or more */
    {{"as", "few", "as"}, TALLY_Q_AT_LEAST},      {{"as", "little", "as"}, TALLY_Q_AT_LEAST},
    {{"under", "little", "a"}, TALLY_Q_AT_MOST},  {{"over", "little", "a"}, TALLY_Q_AT_LEAST},
    {{"of", "excess", "in"}, TALLY_Q_AT_LEAST},   {{"of", "maximum", "a"}, TALLY_Q_AT_MOST},
    {{"of", "minimum", "a"}, TALLY_Q_AT_LEAST},   {{"less", "or", "more"}, TALLY_Q_APPROX},
    {{"than", "more", 0}, TALLY_Q_AT_LEAST},      {{"than", "greater", 0}, TALLY_Q_AT_LEAST},
    {{"least", "at", 0}, TALLY_Q_AT_LEAST},       {{"of", "upwards", 0}, TALLY_Q_AT_LEAST},
    {{"over", "well", 0}, TALLY_Q_AT_LEAST},      {{"over", "just", 0}, TALLY_Q_AT_LEAST},
    {{"than", "fewer", 0}, TALLY_Q_AT_MOST},      {{"than", "less", 0}, TALLY_Q_AT_MOST},
    {{"most", "at", 0}, TALLY_Q_AT_MOST},         {{"to", "up", 0}, TALLY_Q_AT_MOST},
    {{"under", "just", 0}, TALLY_Q_AT_MOST},      {{"to", "close", 0}, TALLY_Q_APPROX},
    {{"under", "slightly", 0}, TALLY_Q_AT_MOST},  {{"over", "slightly", 0}, TALLY_Q_AT_LEAST},
    {{"estimated", "an", 0}, TALLY_Q_APPROX},     {{"over", 0, 0}, TALLY_Q_AT_LEAST},
    {{"exceeding", 0, 0}, TALLY_Q_AT_LEAST},      {{"under", 0, 0}, TALLY_Q_AT_MOST},
    {{"below", 0, 0}, TALLY_Q_AT_MOST},           {{"some", 0, 0}, TALLY_Q_APPROX},
    {{"above", 0, 0}, TALLY_Q_AT_LEAST},
    {{"about", 0, 0}, TALLY_Q_APPROX},            {{"around", 0, 0}, TALLY_Q_APPROX},
    {{"roughly", 0, 0}, TALLY_Q_APPROX},          {{"approximately", 0, 0}, TALLY_Q_APPROX},
    {{"approx", 0, 0}, TALLY_Q_APPROX},           {{"nearly", 0, 0}, TALLY_Q_APPROX},
    {{"almost", 0, 0}, TALLY_Q_APPROX},           {{"circa", 0, 0}, TALLY_Q_APPROX},
    {{"ca", 0, 0}, TALLY_Q_APPROX},               {{"estimated", 0, 0}, TALLY_Q_APPROX},
    {{"perhaps", 0, 0}, TALLY_Q_APPROX},          {{"to", "nearer", 0}, TALLY_Q_APPROX},
    {{"to", "closer", 0}, TALLY_Q_APPROX},        {{"nearer", 0, 0}, TALLY_Q_APPROX},
    {{"barely", 0, 0}, TALLY_Q_APPROX},           {{"scarcely", 0, 0}, TALLY_Q_APPROX},
    {{"quite", "not", 0}, TALLY_Q_APPROX},        /* "not quite three": as "barely" */
    /* a comparative of size bounds the measure: "rivers wider than 60 metres" */
    {{"than", "wider", 0}, TALLY_Q_AT_LEAST},     {{"than", "longer", 0}, TALLY_Q_AT_LEAST},
    {{"than", "deeper", 0}, TALLY_Q_AT_LEAST},    {{"than", "heavier", 0}, TALLY_Q_AT_LEAST},
    {{"than", "taller", 0}, TALLY_Q_AT_LEAST},    {{"than", "broader", 0}, TALLY_Q_AT_LEAST},
    {{"than", "narrower", 0}, TALLY_Q_AT_MOST},   {{"than", "shorter", 0}, TALLY_Q_AT_MOST},
    {{"than", "shallower", 0}, TALLY_Q_AT_MOST},  {{"than", "lighter", 0}, TALLY_Q_AT_MOST},
};

/* ------------------------------------------------------------------------
 * Small word lists (sorted, for in_list).
 */

/* Words before a four-digit number that make it a year even when a noun
 * follows ("in 1951 troops ..."). */
static const char *const year_strong[] = {
    "autumn", "circa", "during", "fall", "fiscal", "in", "mid", "post", "pre", "since",
    "spring", "summer", "till", "until", "winter", "year"};
/* Words of payment or spreading that make a later "over" + duration a
 * period ("payable over five years"), not a bound. */
static const char *const spread_words[] = {
    "amortised", "amortized", "disbursed", "distributed", "divided", "installments",
    "instalments", "paid", "pay", "payable", "paying", "payments", "phased", "repaid",
    "repay", "repayable", "repaying", "spread", "staggered"};
/* Verbs of spreading: right after one of them "over" is a preposition
 * whatever follows ("spread over seven budgets", "divided over 40 depots"). */
static const char *const spread_verbs[] = {"distributed", "divided", "scattered", "spaced",
                                           "split", "spread", "staggered"};
/* Conjunctions after which "over" + duration opens a clause, a period ("so
 * that over five years it would turn out 750"), not a bound. */
static const char *const clause_openers[] = {"so", "that", "then", "thus", "which", "while"};
/* Verbs (and "up", "down") of change: after one of them "by X to Y" may be
 * the amount of the change and the new level ("rose by 30 to 250"). */
static const char *const change_verbs[] = {
    "boosted", "climbed", "cut", "cuts", "cutting", "declined", "declining", "decrease",
    "decreased", "decreases", "decreasing", "down", "drop", "dropped", "dropping", "drops",
    "dwindled", "expanded", "fall", "fallen", "falling", "falls", "fell", "grew", "grow",
    "growing", "grown", "grows", "increase", "increased", "increases", "increasing", "jumped",
    "lowered", "lowering", "plunged", "raise", "raised", "raises", "raising", "reduce", "reduced",
    "reduces", "reducing", "rise", "risen", "rises", "rising", "rose", "shrank", "shrunk",
    "slashed", "slashing", "slumped", "soared", "swelled", "swollen", "trimmed", "trimming", "up"};
/* Words of a stretch of time before "of" + a four-digit number: "the end
 * of 1944", "the spring of 1943", "the first months of 1951" name a year's
 * part, even when a plural noun follows ("to the end of 1944 deliveries
 * averaged"). */
static const char *const year_part_heads[] = {
    "autumn", "beginning", "close", "course", "days", "end", "fall", "middle", "midst",
    "months", "outset", "quarter", "season", "spring", "start", "summer", "turn", "weeks",
    "winter"};
/* Words of a share before "of" + a four-digit number: a year when no
 * counted noun follows ("the rest of 1944"; not "the rest of 1500 men"). */
static const char *const year_share_heads[] = {"half", "part", "remainder", "rest"};
/* Prefixes glued with a hyphen to a year: mid-1950, pre-1945. */
static const char *const year_prefix[] = {"early", "end", "late", "mid", "post", "pre"};
/* Function words: after "the one" / "a defensive one" they show "one" is a pronoun;
 * a plural-looking word among them is not a counted noun. */
static const char *const function_words[] = {
    "a", "about", "across", "after", "afterwards", "against", "also", "although", "always",
    "among", "an", "and", "are", "as", "at", "backwards", "be", "because", "been", "before",
    "being", "besides", "between", "but", "by", "can", "could", "did", "do", "does", "during",
    "each", "either", "for", "forwards", "from", "had", "has", "have", "he", "her", "hers",
    "his", "however", "if", "in", "into", "is", "it", "its", "may", "might", "more", "must",
    "neither", "nor", "not", "of", "on", "once", "only", "onward", "onwards", "or", "ours",
    "over", "perhaps", "should", "since", "so", "than", "that", "the", "their", "theirs",
    "them", "then", "there", "these", "they", "this", "those", "though", "thus", "to",
    "towards", "under", "unless", "until", "upon", "was", "were", "whereas", "which", "while",
    "who", "whom", "whose", "will", "with", "within", "without", "would", "yes", "yet", "yours"};
/* Words that make the "one" after them a pronoun when no noun follows. */
static const char *const one_determiners[] = {
    "a", "an", "any", "each", "every", "no", "that", "the", "this", "which"};
/* Verbs that show a sentence-initial "One" is a pronoun ("One argued ..."). */
static const char *const pronoun_verbs[] = {
    "can", "could", "did", "does", "had", "has", "is", "may", "might", "must", "should",
    "was", "will", "would"};
/* Irregular plurals and mass nouns that count like plurals after a number. */
static const char *const plural_nouns[] = {
    "aircraft", "cattle", "children", "feet", "geese", "infantry", "men", "mice", "people",
    "personnel", "police", "sheep", "staff", "teeth", "women"};
/* Built-in month names, used when the lexicon has no "months" table. */
static const char *const month_names[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"};
/* Currency codes written as words, and the ISO code they stand for. */
static const struct { const char *w; const char *iso; } cur_codes[] = {
    {"aud", "AUD"}, {"cad", "CAD"}, {"chf", "CHF"}, {"cny", "CNY"}, {"eur", "EUR"},
    {"gbp", "GBP"}, {"hkd", "HKD"}, {"inr", "INR"}, {"jpy", "JPY"}, {"krw", "KRW"},
    {"nzd", "NZD"}, {"rmb", "CNY"}, {"rub", "RUB"}, {"sek", "SEK"}, {"usd", "USD"}};
/* Letters before a "$" that name the dollar: US$, A$, C$, HK$. */
static const struct { const char *w; const char *iso; } dollar_prefix[] = {
    {"a", "AUD"}, {"au", "AUD"}, {"c", "CAD"}, {"ca", "CAD"}, {"can", "CAD"}, {"hk", "HKD"},
    {"nz", "NZD"}, {"s", "SGD"}, {"us", "USD"}};

/* ISO code of a currency-code word (USD, EUR), or NULL. */
static const char *cur_code(const ntok *k)
{
    if (k->type != T_WORD || strlen(k->w) != 3)
        return NULL;
    for (size_t i = 0; i < sizeof cur_codes / sizeof *cur_codes; i++)
        if (strcmp(k->w, cur_codes[i].w) == 0)
            return cur_codes[i].iso;
    return NULL;
}

/* ------------------------------------------------------------------------
 * The scanner state and lexicon look-ups.
 */

typedef struct scan {
    const char *t;             /* the whole document */
    size_t start, end;         /* the span being scanned */
    size_t floor;              /* results may not start before this (end of the last) */
    const tally_lexicon *lex;
    int months;                /* the lexicon has a months table */
    int units;                 /* the lexicon has a units table */
    /* the previous result, for lists ("in 1950 and 1951") */
    int have_prev;
    tally_number prev;
    struct ptcache *pc;        /* prev_tok() results of this scan, by position */
} scan;

/* A few prev_tok() results: the tests around one figure look back from the
 * same positions again and again. */
#define PT_SLOTS 8
typedef struct ptcache {
    int used;
    size_t p, floor;           /* the question */
    ntok k;                    /* the answer (prev_tok() returned 1) */
} ptcache;

/* prev_tok(s->t, p, floor, k), remembered.  Only answers that fill k whole
 * are kept: a miss (which may leave k as it was) and the bare identifier
 * token of an endless word are asked again each time. */
static int prev_tok_s(const scan *s, size_t p, size_t floor, ntok *k)
{
    ptcache *c = &s->pc[p % PT_SLOTS];
    if (c->used && c->p == p && c->floor == floor) {
        *k = c->k;
        return 1;
    }
    if (!prev_tok(s->t, p, floor, k))
        return 0;
    if (!(k->type == T_IDENT && k->e - k->s >= 64)) {
        c->used = 1;
        c->p = p;
        c->floor = floor;
        c->k = *k;
    }
    return 1;
}

/* Look word token k up in lexicon table kind, first as "word." when a
 * period follows it, then as written.  Returns the row or NULL. */
static const char *const *lex_row(const scan *s, const char *kind, const ntok *k, size_t lim,
                                  int *dot)
{
    const char *const *row = NULL;
    char key[32];
    size_t n = k->e - k->s;
    if (dot)
        *dot = 0;
    if (!s->lex || k->type != T_WORD || n >= sizeof key - 1)
        return NULL;
    memcpy(key, s->t + k->s, n);
    if (k->e < lim && s->t[k->e] == '.') {
        key[n] = '.';
        key[n + 1] = '\0';
        if (tally_lexicon_find(s->lex, kind, key, &row, 1)) {
            if (dot)
                *dot = 1;
            return row;
        }
    }
    key[n] = '\0';
    return tally_lexicon_find(s->lex, kind, key, &row, 1) ? row : NULL;
}

/* Month number (1-12) of word k when it is a capitalised month name, else 0.
 * *e is set to the end of the name (after the period of "Jan."). */
static int month_of(const scan *s, const ntok *k, size_t lim, size_t *e)
{
    if (k->type != T_WORD || !k->cap)
        return 0;
    *e = k->e;
    if (s->months) {
        int dot;
        const char *const *row = lex_row(s, "months", k, lim, &dot);
        if (!row)
            return 0;
        const tally_table *tb = tally_lexicon_table(s->lex, "months");
        int c = tb ? tally_table_col(tb, "number") : -1;
        int m = c >= 0 ? atoi(row[c]) : 0;
        if (dot)
            *e = k->e + 1;
        return m >= 1 && m <= 12 ? m : 0;
    }
    for (int i = 0; i < 12; i++)
        if (strcmp(k->w, month_names[i]) == 0)
            return i + 1;
    return 0;
}

/* 1 when word k is a unit or counted noun ("tons", "men", "person-days"):
 * the units lexicon when there is one, else a plural-noun heuristic. */
static int counted_noun(const scan *s, const ntok *k)
{
    if (k->type != T_WORD || !k->w[0])
        return 0;
    if (IN_LIST(k, plural_nouns))
        return 1;
    if (s->units && lex_row(s, "units", k, s->end, NULL))
        return 1;
    if (IN_LIST(k, function_words) || k->cap)
        return 0;
    size_t n = strlen(k->w);
    if (n < 4 || k->w[n - 1] != 's')
        return 0;
    const char *e2 = k->w + n - 2;
    return strcmp(e2, "ss") != 0 && strcmp(e2, "us") != 0 && strcmp(e2, "is") != 0 &&
           !(n > 4 && strcmp(k->w + n - 3, "ous") == 0);
}

/* The word that ends a hyphenated compound starting at token k
 * ("person-days" gives "days"), into *last. */
static void compound_last(const scan *s, const ntok *k, ntok *last)
{
    *last = *k;
    for (int i = 0; i < 4 && last->type == T_WORD; i++) {
        ntok d, w;
        lex_tok(s->t, last->e, s->end, &d);
        if (d.type != T_DASH || d.s != last->e)
            return;
        lex_tok(s->t, d.e, s->end, &w);
        if (w.type != T_WORD || w.s != d.e)
            return;
        *last = w;
    }
}

/* 1 when the plural-looking word k is a verb: not a unit of the lexicon,
 * and a number, a sum of money or a determiner follows it ("the figure for 1974 includes 11
 * guns", "1951 saw the first"): "2000 tons of" has a noun. */
static int verb_like(const scan *s, const ntok *k)
{
    static const char *const objects[] = {"a", "all", "an", "his", "its", "some", "the",
                                          "their", "these", "this", "those"};
    ntok nx;
    if (IN_LIST(k, plural_nouns) || (s->units && lex_row(s, "units", k, s->end, NULL)))
        return 0;
    lex_tok(s->t, k->e, s->end, &nx);
    const unsigned char *c = (const unsigned char *)s->t + nx.s;
    int money = nx.s < s->end && (c[0] == '$' || (c[0] == 0xC2 && c[1] == 0xA3) ||
                                  (c[0] == 0xE2 && c[1] == 0x82 && c[2] == 0xAC));
    return nx.type == T_NUM || money ||   /* "the invoice of 1964 shows £27.6 million" */
           (nx.type == T_WORD && (numword_of(&nx) || IN_LIST(&nx, objects)));
}

/* 1 when the word k after a year-like number is a singular count noun of
 * the lexicon that names no measure ("the 1960 target", "its 1972 plan"):
 * its lemma is itself, its plural is in the lexicon too, and its category
 * is not one of measures ("a 1500 mile march", "the 2000 ton ship" count). */
static int singular_count_noun(const scan *s, const ntok *k)
{
    static const char *const measures[] = {"distance", "duration", "labor", "materiel",
                                           "munition", "share", "speed"};
    char pl[32];
    size_t n = strlen(k->w);
    if (k->type != T_WORD || k->cap || n < 4 || n + 2 >= sizeof pl || k->w[n - 1] == 's' ||
        IN_LIST(k, plural_nouns) || !s->units)
        return 0;
    const char *unit = tally_lexicon_get(s->lex, "units", k->w, "unit");
    const char *cat = tally_lexicon_get(s->lex, "units", k->w, "category");
    if (!unit || !cat || strcmp(unit, k->w) != 0)
        return 0;
    for (size_t i = 0; i < sizeof measures / sizeof *measures; i++)
        if (strcmp(cat, measures[i]) == 0)
            return 0;
    snprintf(pl, sizeof pl, "%ss", k->w);
    const char *pu = tally_lexicon_get(s->lex, "units", pl, "unit");
    return pu && strcmp(pu, unit) == 0;
}

/* 1 when k is the singular of a duration noun of the lexicon whose plural
 * is listed too ("season", "week"): after "the" and a year-like number it
 * names that year's season, not a count of them. */
static int singular_duration(const scan *s, const ntok *k)
{
    char pl[32];
    size_t n = strlen(k->w);
    if (k->type != T_WORD || k->cap || n < 3 || n + 2 >= sizeof pl || k->w[n - 1] == 's' ||
        !s->units || !s->lex)
        return 0;
    const char *unit = tally_lexicon_get(s->lex, "units", k->w, "unit");
    const char *cat = tally_lexicon_get(s->lex, "units", k->w, "category");
    if (!unit || !cat || strcmp(unit, k->w) != 0 || strcmp(cat, "duration") != 0)
        return 0;
    snprintf(pl, sizeof pl, "%ss", k->w);
    const char *pu = tally_lexicon_get(s->lex, "units", pl, "unit");
    return pu && strcmp(pu, unit) == 0;
}

/* 1 when the token after p is the word w ("one in 200 of the rounds"). */
static int word_follows(const scan *s, size_t p, const char *w)
{
    ntok k;
    lex_tok(s->t, p, s->end, &k);
    return is_w(&k, w);
}

/* 1 when a counted noun follows position p (adjectives skipped: "1500
 * Chinese troops" is not handled, "2000 tons", "1500 men", "30 person-days"
 * are), or "of" ("1500 of them"). */
static int noun_follows(const scan *s, size_t p)
{
    ntok k, last;
    lex_tok(s->t, p, s->end, &k);
    if (is_w(&k, "of"))
        return 1;
    if (k.type != T_WORD)
        return 0;
    compound_last(s, &k, &last);
    if (counted_noun(s, &last))
        return !(last.e == k.e && verb_like(s, &last));
    /* one adjective or noun modifier in between: "2000 long tons" */
    ntok k2;
    lex_tok(s->t, last.e, s->end, &k2);
    if (k2.type == T_WORD && !k.cap && !IN_LIST(&k, function_words)) {
        compound_last(s, &k2, &last);
        return counted_noun(s, &last) && !IN_LIST(&k2, function_words);
    }
    if (k.cap) {   /* a maker's name and a model before the noun: "30 Kell K-2 seaplanes" */
        size_t e = k.e;
        for (int n = 0; n < 5; n++) {
            lex_tok(s->t, e, s->end, &k2);
            if (k2.type == T_IDENT || k2.type == T_DASH || k2.type == T_NUM ||
                (k2.type == T_WORD && k2.cap)) {
                e = k2.e;
                continue;
            }
            break;
        }
        if (k2.type == T_WORD && !k2.cap) {
            compound_last(s, &k2, &last);
            return counted_noun(s, &last) && !IN_LIST(&k2, function_words);
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Atoms: one number, with its scale ("2.5 million", "two hundred and
 * forty", "a dozen", "half a million", "one and a half", "two-thirds").
 */

typedef struct atom {
    size_t s, e;          /* span */
    double v;             /* value (scaled) */
    double base;          /* value before the scale word */
    double scale;         /* the scale word applied, 1 if none */
    unsigned flags;       /* TALLY_NF_WORDS, _SCALED, _FRACTION */
    int digits;           /* written with digits */
    int isint;            /* an integer without separators or scale: a year, a day */
    int ndig;             /* digits of that integer */
    int ordinal;          /* 38th, fourth */
    int vague;            /* hundreds, tens of thousands (v is the low bound) */
    int decade;           /* 1940s */
    int one;              /* exactly the word "one" */
    int a_only;           /* "a"/"an" + a denominator that may be an ordinal ("a third") */
    int bare;             /* a scale word alone ("hundred", "thousand"): a number only
                             after "several", "a few", "many" */
    int time;             /* 5pm */
    int approx;           /* loose by itself: "a couple of" */
    int calibre;          /* a bore, not a quantity: "155-mm", ".303" (e ends it) */
    int code;             /* a capital letter glued to the digits, no money: "51B" */
} atom;

/* Next token after p that is glued to it with a hyphen, or T_END. */
static void hyphen_next(const scan *s, size_t p, ntok *k)
{
    ntok d;
    lex_tok(s->t, p, s->end, &d);
    if (d.type == T_DASH && d.s == p && d.e - d.s == 1) {
        lex_tok(s->t, d.e, s->end, k);
        if (k->s == d.e)
            return;
    }
    k->type = T_END;
}

/* 1 when the ordinal word k is the first half of a hyphenated adjective
 * ("first-line", "second-rate", "third-class"): no number then, and no
 * ordinal ending a number before it ("a thousand first-line aircraft" is a
 * thousand aircraft, while "twenty-first-century" keeps its ordinal). */
static int ord_compound(const scan *s, const ntok *k)
{
    ntok glued;
    hyphen_next(s, k->e, &glued);
    return glued.type == T_WORD;
}

/* 1 when the units-lexicon lemma unit of category cat is something a
 * bore is given for: a round (category munition), a unit of guns
 * (formation: "a 155-mm battery"), or a kind of weapon or vehicle the
 * designations table names a model family of (gun, howitzer, rifle,
 * launcher, machine gun, tank); not a barrel, a lorry or a ship. */
static int bore_noun(const scan *s, const char *unit, const char *cat)
{
    if (strcmp(cat, "munition") == 0 || strcmp(cat, "formation") == 0)
        return 1;
    const tally_table *d = tally_lexicon_table(s->lex, "designations");
    int c = d ? tally_table_col(d, "unit") : -1;
    for (size_t i = 0; c >= 0 && i < d->nrows; i++)
        if (strcmp(d->rows[i][c], unit) == 0)
            return 1;
    return 0;
}

/* 1 when a weapon, a round or a unit of guns follows p within three words
 * ("guns", "anti-tank guns", "self-propelled howitzers", "shells", "a
 * battery"; see bore_noun), before any function word, number word or
 * punctuation.  Without a units table, any counted noun. */
static int weapon_follows(const scan *s, size_t p)
{
    ntok k, last;
    if (!s->units) {
        lex_tok(s->t, p, s->end, &k);
        return !is_w(&k, "of") && noun_follows(s, p);
    }
    for (int i = 0; i < 3; i++) {
        lex_tok(s->t, p, s->end, &k);
        if (k.type != T_WORD || IN_LIST(&k, function_words) || numword_of(&k))
            return 0;
        compound_last(s, &k, &last);
        const char *cat = tally_lexicon_get(s->lex, "units", last.w, "category");
        const char *unit = tally_lexicon_get(s->lex, "units", last.w, "unit");
        if (cat && unit)
            return bore_noun(s, unit, cat);
        p = last.e;
    }
    return 0;
}

/* 1 when "N of" comes just before the number token k ("8 of 280 mm"):
 * a count broken down by bore, so a weak calibre word after k names the
 * bore even with no weapon after it. */
static int count_of_before(const scan *s, const ntok *k)
{
    ntok o, n;
    if (!prev_tok_s(s, k->s, s->start, &o) || !is_w(&o, "of") ||
        !prev_tok_s(s, o.s, s->start, &n))
        return 0;
    return (n.type == T_NUM && !n.dec) || (n.type == T_WORD && numword_of(&n));
}

/* 1 when "<weapon> of" comes just before the number token k ("howitzers
 * of 105 mm", "guns of 75 mm"): the weapon is named first, so a weak
 * calibre word after k names its bore. */
static int weapon_of_before(const scan *s, const ntok *k)
{
    ntok o, w;
    if (!s->units || !prev_tok_s(s, k->s, s->start, &o) || !is_w(&o, "of") ||
        !prev_tok_s(s, o.s, s->start, &w) || w.type != T_WORD || !w.w[0])
        return 0;
    const char *cat = tally_lexicon_get(s->lex, "units", w.w, "category");
    const char *unit = tally_lexicon_get(s->lex, "units", w.w, "unit");
    return cat && unit && bore_noun(s, unit, cat);
}

static size_t calibre_end_d(const scan *s, const ntok *k, int depth);

/* 1 when a hyphened calibre follows "and" or "or" at p ("75-mm and
 * 105-mm shells"): the first bore shares the weapon of the second. */
static int calibre_pair_follows(const scan *s, size_t p, int depth)
{
    ntok c, n, h;
    if (depth > 0)
        return 0;
    lex_tok(s->t, p, s->end, &c);
    if (!is_w(&c, "and") && !is_w(&c, "or"))
        return 0;
    lex_tok(s->t, c.e, s->end, &n);
    if (n.type != T_NUM || n.suf[0] || n.sep || n.ndig > 4)
        return 0;
    hyphen_next(s, n.e, &h);
    return h.type == T_WORD && calibre_end_d(s, &n, depth + 1) != 0;
}

/* End of the calibre that the number token k (a digit run) begins, or 0:
 * a calibre word glued to it ("75mm", "25pdr"), after a hyphen ("155-mm",
 * "6-pounder", "0.50-calibre", "8-inch", "3-in.") or after a space ("37 mm
 * guns", "25 pounder"), or a number written with a leading point before
 * a weapon (".303 rifles", ".50 calibre").  Weak words ("mm", "inch")
 * need a weapon after them: "80 mm of armour", "a 10-inch rainfall" are
 * measures. */
static size_t calibre_end(const scan *s, const ntok *k)
{
    return calibre_end_d(s, k, 0);
}

/* calibre_end(), depth calibres into a coordination ("75-mm and 105-mm"). */
static size_t calibre_end_d(const scan *s, const ntok *k, int depth)
{
    ntok w;
    size_t we;
    /* fast path: every calibre word starts with ca, cm, in, mm, pd, po or pr */
    size_t q = k->suf[0] ? k->de : k->e + (k->e + 1 < s->end && (s->t[k->e] == '-' ||
                                                                  s->t[k->e] == ' '));
    unsigned char c0 = q + 1 < s->end ? (unsigned char)(s->t[q] | 0x20) : 0;
    unsigned char c1 = c0 ? (unsigned char)(s->t[q + 1] | 0x20) : 0;
    if (!((c0 == 'c' && (c1 == 'a' || c1 == 'm')) || (c0 == 'i' && c1 == 'n') ||
          (c0 == 'm' && c1 == 'm') || (c0 == 'p' && (c1 == 'd' || c1 == 'o' || c1 == 'r'))) &&
        s->t[k->s] != '.')
        return 0;
    if (k->suf[0]) {   /* glued: 75mm, 25pdr */
        memset(&w, 0, sizeof w);
        w.type = T_WORD;
        snprintf(w.w, sizeof w.w, "%s", k->suf);
        w.s = k->de;
        w.e = k->e;
    } else {
        hyphen_next(s, k->e, &w);   /* 155-mm, 6-pounder */
        if (w.type == T_END)
            lex_tok(s->t, k->e, s->end, &w);   /* 37 mm, .303 rifles */
        if (w.type != T_WORD)
            return 0;
    }
    we = w.e;
    if ((is_w(&w, "in") || is_w(&w, "cal")) && we < s->end && s->t[we] == '.')
        we++;   /* "3-in. guns" */
    if (IN_LIST(&w, calibre_strong))
        return we;
    /* spaced, only "mm" and "cm": "37 mm guns", not "12 in six boxes" */
    int spaced = w.s > k->e && s->t[k->e] != '-';
    if (IN_LIST(&w, calibre_weak) && !(spaced && w.w[0] == 'i') &&
        (weapon_follows(s, we) ||
         (w.w[0] == 'm' && count_of_before(s, k)) || (w.w[0] != 'i' && weapon_of_before(s, k)) ||
         (!spaced && calibre_pair_follows(s, we, depth))))
        return we;
    if (s->t[k->s] == '.' && !k->suf[0] && weapon_follows(s, k->e))
        return k->e;   /* .303 rifles */
    return 0;
}

/* The token after p: the hyphen-glued one when there is one, else the
 * next one.  *hy tells which. */
static void next_word(const scan *s, size_t p, ntok *k, int *hy)
{
    hyphen_next(s, p, k);
    *hy = k->type != T_END;
    if (!*hy)
        lex_tok(s->t, p, s->end, k);
}

/* A scale word after a digit atom: "2.5 million", "5 thousand", "$75 m".
 * Applies it to a.  money allows the bare "m". */
static void digit_scale(const scan *s, atom *a, int money)
{
    for (int round = 0; round < 2; round++) {
        ntok k;
        lex_tok(s->t, a->e, s->end, &k);
        const numword *n = numword_of(&k);
        double sc = 0;
        if (n && (n->kind == NW_SCALE || n->kind == NW_HUNDRED ||
                  (n->kind == NW_DOZEN && n->v == 12)))
            sc = n->v;
        else if (money && (is_w(&k, "m") || is_w(&k, "b") || is_w(&k, "k")))
            sc = k.w[0] == 'm' ? 1e6 : k.w[0] == 'b' ? 1e9 : 1e3;
        if (sc == 0 || (round > 0 && sc <= a->scale))
            return;
        a->scale *= sc;
        a->v *= sc;
        a->e = k.e;
        a->flags |= TALLY_NF_SCALED;
        a->isint = 0;
    }
}

/* "1 1/2", "2 3/4": a whole number, a space and a fraction of small terms
 * (numerator below denominator, both of one or two digits) is one number;
 * "1 1/2/1944" is a date and stays apart. */
static void mixed_fraction(const scan *s, atom *a, const ntok *k)
{
    ntok n, sl, d;
    size_t q = k->e;
    while (q < s->end && q - k->e < 3 && s->t[q] == ' ')
        q++;
    if (!a->isint || k->ndig > 3 || q == k->e || q >= s->end || !is_dig(at(s->t, q)))
        return;
    lex_tok(s->t, k->e, s->end, &n);
    if (n.type != T_NUM || n.s == k->e || n.sep || n.dec || n.suf[0] || n.ndig > 2 ||
        s->t[n.s] == '.')
        return;
    lex_tok(s->t, n.e, s->end, &sl);
    if (!is_p(&sl, '/') || sl.s != n.e)
        return;
    lex_tok(s->t, sl.e, s->end, &d);
    if (d.type != T_NUM || d.s != sl.e || d.sep || d.dec || d.suf[0] || d.ndig > 2 ||
        d.v <= n.v || n.v < 1 || (d.e < s->end && (s->t[d.e] == '/' || s->t[d.e] == '-')))
        return;
    a->v += n.v / d.v;
    a->base = a->v;
    a->e = d.e;
    a->isint = 0;
}

/* "1/2 inch", "3/4 of the force", "a 1/4-mile track": a proper fraction
 * written with a slash (terms of one or two digits, numerator below
 * denominator) is a number when a unit or "of" follows it; a bare "3/4"
 * stays apart (a date, or 24/7).  "of" marks it a fraction of a whole. */
static void slash_fraction(const scan *s, atom *a, const ntok *k)
{
    const char *t = s->t;
    if (!a->isint || k->ndig > 2 || k->v < 1 || k->e + 1 >= s->end || t[k->e] != '/' ||
        (k->s > s->start && (t[k->s - 1] == '/' || t[k->s - 1] == '.' || is_dig(at(t, k->s - 1)))))
        return;
    ntok d, nx;
    lex_tok(t, k->e + 1, s->end, &d);
    if (d.type != T_NUM || d.s != k->e + 1 || d.sep || d.dec || d.suf[0] || d.ndig > 2 ||
        d.v <= k->v || (d.e < s->end && (t[d.e] == '/' || t[d.e] == '.' || t[d.e] == ':') &&
                        d.e + 1 < s->end && is_dig(at(t, d.e + 1))))
        return;
    int hy;
    next_word(s, d.e, &nx, &hy);
    int of = !hy && is_w(&nx, "of");
    if (!of && !(nx.type == T_WORD && s->units && lex_row(s, "units", &nx, s->end, NULL)))
        return;
    a->v = a->base = k->v / d.v;
    a->e = d.e;
    a->isint = 0;
    if (of)
        a->flags |= TALLY_NF_FRACTION;
}

/* Parse a digit token as an atom (suffixes: 38th, 1940s, 2.5bn, 5pm). */
static int digit_atom(const scan *s, const ntok *k, int money, atom *a)
{
    memset(a, 0, sizeof *a);
    a->s = k->s;
    a->e = k->e;
    a->v = a->base = k->v;
    a->scale = 1;
    a->digits = 1;
    a->isint = !k->sep && !k->dec;
    a->ndig = k->ndig;
    const char *sf = k->suf;
    size_t ce = k->ndig <= 4 ? calibre_end(s, k) : 0;
    if (ce) {
        a->calibre = 1;
        a->e = ce;
        return 1;
    }
    if (at(s->t, k->s) >= 0xC2) {   /* "⅓ of the men": a fraction; "¾ mile" a number */
        ntok of;
        lex_tok(s->t, k->e, s->end, &of);
        if (is_w(&of, "of"))
            a->flags |= TALLY_NF_FRACTION;
        return 1;
    }
    if (!sf[0]) {
        mixed_fraction(s, a, k);
        if (a->isint)
            slash_fraction(s, a, k);
        digit_scale(s, a, money);
        return 1;
    }
    if (a->isint && (!strcmp(sf, "st") || !strcmp(sf, "nd") || !strcmp(sf, "rd") ||
                     !strcmp(sf, "th"))) {
        a->ordinal = 1;
        return 1;
    }
    if (!strcmp(sf, "s") && a->isint) {
        if (k->ndig == 4 && (long)k->v % 10 == 0)
            a->decade = 1;
        else
            a->vague = 1;
        return 1;
    }
    if (!strcmp(sf, "am") || !strcmp(sf, "pm")) {
        a->time = 1;
        return 1;
    }
    ntok pw;
    if (!money && !sf[1] && k->de < s->end && is_upper(at(s->t, k->de)) &&
        prev_tok_s(s, k->s, s->start, &pw) && pw.type == T_WORD && pw.cap) {
        a->code = 1;   /* "convoy JW 51B", "Type 97B": a name, not 51 billion */
        return 1;
    }
    static const struct { const char *suf; double sc; int money_only; } sc[] = {
        {"k", 1e3, 0}, {"m", 1e6, 1}, {"mn", 1e6, 0}, {"mln", 1e6, 0}, {"b", 1e9, 0},
        {"bn", 1e9, 0}, {"t", 1e12, 1}, {"tn", 1e12, 0}, {"trn", 1e12, 0}};
    int noun = !strcmp(sf, "m") && noun_follows(s, k->e);   /* 1.2m tons */
    for (size_t i = 0; i < sizeof sc / sizeof *sc; i++)
        if (!strcmp(sf, sc[i].suf) && (money || noun || !sc[i].money_only)) {
            a->scale = sc[i].sc;
            a->v *= sc[i].sc;
            a->flags |= TALLY_NF_SCALED;
            a->isint = 0;
            return 1;
        }
    a->e = k->de;   /* a glued unit (155mm, 5km): the context stage reads it */
    return 1;
}

/* Vague plurals: "hundreds", "tens of thousands", "dozens". */
static int vague_atom(const scan *s, const ntok *k, const numword *n, atom *a)
{
    ntok of, k2;
    lex_tok(s->t, k->e, s->end, &of);
    if (is_w(&of, "of")) {
        lex_tok(s->t, of.e, s->end, &k2);
        const numword *n2 = numword_of(&k2);
        if (n2 && n2->kind == NW_VAGUE && n2->v >= 1e3 && n2->v > n->v) {
            a->v = 2 * n->v * n2->v;
            a->e = k2.e;
            a->vague = 1;
            return 1;
        }
    }
    if (n->v == 10 || (n->v == 20 && !is_w(&of, "of")))   /* bare "tens", "scores" */
        return 0;
    a->v = 2 * n->v;
    a->vague = 1;
    return 1;
}

/* 1 when "a" + the ordinal of value v (starting at as) follows "and" or
 * "or" in a clause that counted v - 1 things before it, as a word or in
 * digits ("two lifts on the first day and a third for the next"): one
 * more of them, an ordinal, not a fraction ("two-thirds by rail and a
 * third by road" counted no two). */
static int next_of_count(const scan *s, size_t as, double v)
{
    ntok k;
    if (!prev_tok_s(s, as, s->start, &k) || !(is_w(&k, "and") || is_w(&k, "or")))
        return 0;
    size_t p = k.s;
    for (int i = 0; i < 12 && prev_tok(s->t, p, s->start, &k); i++) {
        if (k.type == T_PUNCT && (k.ch == '.' || k.ch == ';' || k.ch == ':'))
            return 0;
        const numword *n = k.type == T_WORD ? numword_of(&k) : NULL;
        if ((n && n->kind == NW_UNIT && n->v == v - 1) ||
            (k.type == T_NUM && !k.dec && k.v == v - 1)) {
            ntok nx, gl;
            lex_tok(s->t, k.e, s->end, &nx);
            hyphen_next(s, k.e, &gl);
            return gl.type == T_END && nx.type == T_WORD && !numword_of(&nx);
        }
        p = k.s;
    }
    return 0;
}

/* 1 when the ordinal k that may be a denominator ("third", "fifth") is the
 * rest of a whole: "the remaining third", "the other fifth", with no noun
 * after it ("the remaining third of the bill" too; "the other third
 * battalion" is an ordinal). */
static int rest_share(const scan *s, const ntok *k)
{
    static const char *const rest[] = {"other", "remaining"};   /* sorted */
    ntok pv, art, nx;
    if (!prev_tok_s(s, k->s, s->floor, &pv) || !IN_LIST(&pv, rest) ||
        !prev_tok_s(s, pv.s, s->floor, &art) || !(is_w(&art, "the") || is_w(&art, "The")))
        return 0;
    lex_tok(s->t, k->e, s->end, &nx);
    return nx.type != T_WORD || is_w(&nx, "of") || IN_LIST(&nx, function_words);
}

/* Fraction after a cardinal of value v ending at a->e: "one third", "two-thirds",
 * "a fifth".  Returns 1 and updates a when one follows. */
static int fraction_after(const scan *s, atom *a, int from_a)
{
    ntok k;
    int hy = 0;
    next_word(s, a->e, &k, &hy);
    const numword *n = numword_of(&k);
    if (!n || !(n->den || n->kind == NW_DENOM || n->kind == NW_DENOMS || n->kind == NW_HALF))
        return 0;
    ntok glued;
    hyphen_next(s, k.e, &glued);
    if (glued.type == T_WORD)
        return 0;   /* "a half-track", "a third-rate" */
    if (n->kind == NW_HALF && !from_a && a->v != 1)
        return 0;
    a->v = a->v / n->v;
    a->e = k.e;
    a->flags |= TALLY_NF_FRACTION;
    a->isint = 0;
    a->one = 0;
    if (from_a && n->kind == NW_ORD) {
        /* "a third of", "a third.", "a third above" are fractions; "a
         * third airfield" is an ordinal; "quarter" and "half" are never ordinals ("a quarter
         * arrived late") */
        /* "a fifth above the plan", "a third less": a share by comparison */
        static const char *const compare[] = {"above", "below", "fewer", "greater",
                                              "higher", "larger", "less", "lower",
                                              "short", "smaller", "under"};
        ntok nx;
        lex_tok(s->t, k.e, s->end, &nx);
        if ((nx.type == T_WORD && !is_w(&nx, "of") && !IN_LIST(&nx, function_words) &&
             !IN_LIST(&nx, compare)) ||
            (!is_w(&nx, "of") && next_of_count(s, a->s, n->v)))
            a->a_only = 1;
    }
    return 1;
}

/* 1 when "half a" (k: "half"; u: the word after "a") measures half of one
 * unit of the lexicon ("half a ton less than", "half a mile wide"), not a
 * part of something ("the first half a year" or "half a battalion" stay
 * out: only after no determiner, and only measures: materiel, distance,
 * duration). */
static int half_a_unit(const scan *s, const ntok *k, const ntok *u)
{
    static const char *const not_before[] = {"a", "an", "each", "every", "first", "last",
                                             "next", "other", "second", "that", "the", "this"};
    ntok pv;
    if (!s->units || !s->lex || u->type != T_WORD || !u->w[0])
        return 0;
    if (prev_tok_s(s, k->s, s->start, &pv) && (IN_LIST(&pv, not_before) || pv.type == T_DASH))
        return 0;
    const char *cat = tally_lexicon_get(s->lex, "units", u->w, "category");
    return cat && (strcmp(cat, "materiel") == 0 || strcmp(cat, "distance") == 0 ||
                   strcmp(cat, "duration") == 0);
}

static int change_by(const scan *s, size_t p);

/* 1 when "half" (k; nx the token after it; of: nx is "of", "the", "their"
 * ...) is a fraction: "half of the", and with no noun, of something named
 * before: "half as a grant and half as a loan", "half
 * went by sea", "cut by half.", and after "by" and a verb of change
 * whatever follows ("rose by half over the two years").  Not after "the",
 * "a", "this", an ordinal or "other" ("the first half of", "sales this
 * half."), not "in half", not "half as many" (a multiplier) nor
 * "half-hearted". */
static int half_alone(const scan *s, const ntok *k, const ntok *nx, int of)
{
    static const char *const not_before[] = {"a", "an", "each", "every", "first", "former",
                                             "in", "last", "latter", "next", "one", "other",
                                             "second", "that", "the", "this"};
    static const char *const after[] = {"by", "came", "could", "for", "from", "had", "in",
                                        "is", "on", "remained", "to", "via", "was", "went",
                                        "were", "with", "would"};
    /* what a body runs at a share of: "at half capacity", "on half rations" */
    static const char *const rate_of[] = {"capacity", "output", "pay", "power", "ration",
                                          "rations", "speed", "strength"};
    /* one approximation between "by" and "half": "rose by about half" */
    static const char *const approx_by[] = {"about", "almost", "nearly", "roughly", "some"};
    ntok pv, ar;
    memset(&pv, 0, sizeof pv);
    if (prev_tok_s(s, k->s, s->start, &pv) && (IN_LIST(&pv, not_before) || pv.type == T_DASH))
        return 0;
    if (nx->type == T_END || of || change_by(s, k->s) ||
        (IN_LIST(&pv, approx_by) && change_by(s, pv.s)))
        return 1;   /* "rose by (about) half between 1935 and 1938": the amount of a change */
    if (nx->type == T_PUNCT)
        return nx->ch == ',' || nx->ch == ';' || nx->ch == '.' || nx->ch == ':' || nx->ch == ')';
    if (is_w(nx, "as")) {   /* "half as a loan", not "half as many" */
        lex_tok(s->t, nx->e, s->end, &ar);
        return is_w(&ar, "a") || is_w(&ar, "an");
    }
    return IN_LIST(nx, after) || IN_LIST(nx, rate_of);
}

/* Parse number words starting at token k: "two hundred and forty-one",
 * "a dozen", "half a million", "one and a half", "two point five". */
static int word_atom(const scan *s, const ntok *k0, atom *a)
{
    memset(a, 0, sizeof *a);
    a->s = k0->s;
    a->scale = 1;
    a->flags = TALLY_NF_WORDS;
    ntok k = *k0, nx;
    int hy = 0;
    const numword *n = numword_of(&k);
    int from_a = 0;
    if (is_w(&k, "a") || is_w(&k, "an")) {
        lex_tok(s->t, k.e, s->end, &nx);
        if (is_w(&nx, "couple")) {   /* "a couple of lorries": two, loosely */
            ntok of;
            lex_tok(s->t, nx.e, s->end, &of);
            if (!is_w(&of, "of"))
                return 0;
            a->v = a->base = 2;
            a->e = nx.e;
            a->approx = 1;
            return 1;
        }
        const numword *n2 = numword_of(&nx);
        if (!n2)
            return 0;
        if (n2->kind == NW_DENOM || n2->kind == NW_HALF) {   /* "a quarter million" */
            ntok sc;
            lex_tok(s->t, nx.e, s->end, &sc);
            const numword *ns = numword_of(&sc);
            if (ns && ns->kind == NW_SCALE) {
                a->v = ns->v / n2->v;
                a->e = sc.e;
                a->flags |= TALLY_NF_SCALED;
                return 1;
            }
        }
        if (n2->kind == NW_DENOM || n2->den || n2->kind == NW_HALF) {
            a->v = 1;
            a->e = k.e;
            return fraction_after(s, a, 1);
        }
        if (n2->kind != NW_HUNDRED && n2->kind != NW_SCALE && n2->kind != NW_DOZEN)
            return 0;
        if (n2->v == 20) {   /* "a score of men"; not "a score to settle" */
            ntok of;
            lex_tok(s->t, nx.e, s->end, &of);
            if (!is_w(&of, "of"))
                return 0;
        }
        from_a = 1;
        k = nx;
        n = n2;
    }
    if (!n)
        return 0;
    if (n->kind == NW_VAGUE) {
        a->e = k.e;
        return vague_atom(s, &k, n, a);
    }
    if ((n->kind == NW_HALF || n->kind == NW_DENOM) && !n->den) {
        ntok sc;   /* "half million", "quarter million": a scaled number */
        lex_tok(s->t, k.e, s->end, &sc);
        const numword *ns = numword_of(&sc);
        if (ns && ns->kind == NW_SCALE) {
            a->v = ns->v / n->v;
            a->e = sc.e;
            a->flags |= TALLY_NF_SCALED;
            return 1;
        }
    }
    if (n->kind == NW_HALF) {   /* half a million, half a dozen, half of */
        ntok art, sc;
        lex_tok(s->t, k.e, s->end, &art);
        if (is_w(&art, "a") || is_w(&art, "an")) {
            lex_tok(s->t, art.e, s->end, &sc);
            const numword *ns = numword_of(&sc);
            if (ns && (ns->kind == NW_SCALE || ns->kind == NW_DOZEN || ns->kind == NW_HUNDRED)) {
                a->v = 0.5 * ns->v;
                a->e = sc.e;
                return 1;
            }
            if (half_a_unit(s, &k, &sc)) {   /* "half a ton less": half of one unit, */
                a->v = 0.5;                   /* the unit left to the context stage */
                a->e = art.e;
                return 1;
            }
            return 0;
        }
        static const char *const half_of[] = {"his", "its", "of", "our", "that", "the",
                                              "their", "these", "this", "those"};
        if (!half_alone(s, &k, &art, IN_LIST(&art, half_of)))
            return 0;
        a->v = 0.5;
        a->e = k.e;
        a->flags |= TALLY_NF_FRACTION;
        return 1;
    }
    if (n->kind == NW_DENOM || n->kind == NW_DENOMS)
        return 0;
    if (n->kind == NW_ORD) {
        if (ord_compound(s, &k))
            return 0;   /* "first-line squadrons", "second-hand lorries": an adjective */
        a->e = k.e;
        if (n->den && rest_share(s, &k)) {   /* "the remaining third": a fraction */
            a->v = 1.0 / n->v;
            a->flags |= TALLY_NF_FRACTION;
            a->isint = 0;
            return 1;
        }
        a->v = n->v;
        a->ordinal = 1;
        return 1;
    }
    double total = 0, cur = from_a ? 1 : 0, lastsc = 1;
    int last = -1, count = 0;
    for (;;) {
        n = numword_of(&k);
        if (!n) {
            /* "two hundred and forty", "one and a half" */
            if (is_w(&k, "and") && count > 0) {
                ntok w2, w3;
                lex_tok(s->t, k.e, s->end, &w2);
                const numword *n2 = numword_of(&w2);
                if ((is_w(&w2, "a") || is_w(&w2, "an")) && last != NW_SCALE) {
                    lex_tok(s->t, w2.e, s->end, &w3);
                    const numword *n3 = numword_of(&w3);
                    if (n3 && (n3->kind == NW_HALF || n3->kind == NW_DENOM || n3->den)) {
                        cur += 1 / n3->v;
                        a->e = w3.e;
                        last = NW_HALF;
                        lex_tok(s->t, w3.e, s->end, &k);
                        continue;
                    }
                }
                if (n2 && (n2->kind == NW_UNIT || n2->kind == NW_TENS) &&
                    (last == NW_HUNDRED || last == NW_SCALE)) {
                    k = w2;
                    continue;
                }
            }
            if (is_w(&k, "point") && (last == NW_UNIT || last == NW_TENS)) {
                ntok d;
                double f = 0.1;
                int nd = 0;
                lex_tok(s->t, k.e, s->end, &d);
                while (nw_kind(&d) == NW_UNIT && numword_of(&d)->v < 10) {
                    cur += f * numword_of(&d)->v;
                    f /= 10;
                    nd++;
                    a->e = d.e;
                    lex_tok(s->t, d.e, s->end, &d);
                }
                if (nd) {
                    last = NW_HALF;
                    k = d;
                    continue;
                }
            }
            break;
        }
        int stop = 0;
        switch (n->kind) {
        case NW_UNIT:
            if (last == NW_UNIT || last == NW_HALF || (last == NW_TENS && (n->v >= 10 || fmod(cur, 10) != 0)))
                stop = 1;
            else
                cur += n->v;
            break;
        case NW_TENS:
            if (last == NW_UNIT || last == NW_TENS || last == NW_HALF)
                stop = 1;
            else
                cur += n->v;
            break;
        case NW_HUNDRED:
            if (last == NW_HUNDRED)
                stop = 1;
            else {
                if (count == 0 && !from_a)
                    a->bare = 1;
                cur = (cur ? cur : 1) * 100;
            }
            break;
        case NW_SCALE:
            if (last == NW_SCALE && n->v <= total) {
                stop = 1;
                break;
            }
            if (count == 0 && !from_a)
                a->bare = 1;
            total += (cur ? cur : 1) * n->v;
            cur = 0;
            lastsc = n->v;
            a->flags |= TALLY_NF_SCALED;
            break;
        case NW_DOZEN:
            if (n->v == 20 && !from_a) {   /* "three score": only "a score of" */
                stop = 1;
                break;
            }
            if (count == 0 && !from_a)
                a->bare = 1;
            cur = (cur ? cur : 1) * n->v;   /* a dozen, a score */
            break;
        case NW_ORD:   /* twenty-first, one hundred and fifth */
            if (count > 0 && (last == NW_TENS || last == NW_HUNDRED || last == NW_SCALE) &&
                !(n->den && last != NW_TENS) && !(last != NW_TENS && ord_compound(s, &k))) {
                a->v = total + cur + n->v;
                a->e = k.e;
                a->ordinal = 1;
                return 1;
            }
            stop = 1;
            break;
        default:
            stop = 1;
        }
        if (stop)
            break;
        count++;
        last = n->kind;
        a->e = k.e;
        next_word(s, k.e, &k, &hy);
        if (hy && !numword_of(&k))
            break;
    }
    if (count == 0 && !from_a)
        return 0;
    a->v = a->base = total + cur;
    if (last == NW_SCALE) {   /* "three million": 3 of a scale 1e6, as "3 million" */
        a->scale = lastsc;
        a->base = a->v / lastsc;
    }
    a->one = count == 1 && !from_a && strcmp(k0->w, "one") == 0 && a->e == k0->e;
    if (total == 0 && last != NW_HALF && last != NW_DOZEN && last != NW_HUNDRED &&
        fmod(cur, 1) == 0 && !from_a)
        fraction_after(s, a, 0);
    return 1;
}

/* Parse the atom that starts at token k (digits or words). */
static int parse_atom(const scan *s, const ntok *k, int money, atom *a)
{
    if (k->type == T_NUM)
        return digit_atom(s, k, money, a);
    if (k->type == T_WORD)
        return word_atom(s, k, a);
    return 0;
}

/* ------------------------------------------------------------------------
 * Expressions.
 */

/* Fill r's value, bounds and qualifier from the parsed pieces. */
static void set_value(tally_number *r, tally_qualifier q, double lo, double hi)
{
    r->qual = q;
    switch (q) {
    case TALLY_Q_RANGE:
        r->low = lo;
        r->high = hi;
        r->value = (lo + hi) / 2;
        break;
    case TALLY_Q_AT_LEAST:
    case TALLY_Q_VAGUE:
        r->value = r->low = lo;
        r->high = NAN;
        break;
    case TALLY_Q_AT_MOST:
        r->value = r->high = lo;
        r->low = NAN;
        break;
    default:
        r->value = r->low = r->high = lo;
    }
}

/* A result of kind kind spanning [s, e) with value v. */
static void simple(tally_number *r, tally_number_kind kind, size_t s, size_t e, double v)
{
    memset(r, 0, sizeof *r);
    r->start = s;
    r->end = e;
    r->kind = kind;
    set_value(r, TALLY_Q_EXACT, v, v);
}

/* 1 when some qualifier phrase of more than n words starts (read
 * backwards) with the words w[0..n): only then is a word further back worth
 * reading. */
static int qphrase_goes_on(const ntok *w, int n)
{
    for (size_t i = 0; i < sizeof qphrases / sizeof *qphrases; i++) {
        const qphrase *ph = &qphrases[i];
        if (ph->w[0][0] != w[0].w[0])
            continue;
        int len = ph->w[2] ? 3 : ph->w[1] ? 2 : 1;
        if (len <= n)
            continue;
        int ok = 1;
        for (int j = 0; j < n && ok; j++)
            ok = strcmp(w[j].w, ph->w[j]) == 0;
        if (ok)
            return 1;
    }
    return 0;
}

/* Match a qualifier phrase ending just before p; returns its qualifier
 * (EXACT when none) and sets *qs to where the phrase starts.  Words are
 * read back only while a phrase may still go on. */
static tally_qualifier qualifier_before(const scan *s, size_t p, size_t *qs)
{
    ntok w[3];
    int n = 0;
    size_t q = p;
    while (n < 3 && prev_tok_s(s, q, s->floor, &w[n])) {
        if (is_p(&w[n], '.') && n == 0) {   /* approx. / ca. */
            ntok ab;
            if (prev_tok_s(s, w[n].s, s->floor, &ab) && ab.e == w[n].s &&
                (is_w(&ab, "approx") || is_w(&ab, "ca") || is_w(&ab, "c"))) {
                *qs = ab.s;
                return TALLY_Q_APPROX;
            }
            break;
        }
        if (w[n].type != T_WORD)
            break;
        q = w[n].s;
        n++;
        if (n < 3 && !qphrase_goes_on(w, n))
            break;
    }
    for (size_t i = 0; n > 0 && i < sizeof qphrases / sizeof *qphrases; i++) {
        const qphrase *ph = &qphrases[i];
        if (ph->w[0][0] != w[0].w[0])
            continue;
        int len = ph->w[2] ? 3 : ph->w[1] ? 2 : 1;
        if (len > n)
            continue;
        int ok = 1;
        for (int j = 0; j < len && ok; j++)
            ok = strcmp(w[j].w, ph->w[j]) == 0;
        if (ok) {
            *qs = w[len - 1].s;
            return ph->q;
        }
    }
    return TALLY_Q_EXACT;
}

/* 1 when a word of payment or spreading opens the clause that ends at p,
 * at most six words back with no punctuation in between: "payable over
 * five years", "to be repaid in grain over ten years", "spread over". */
static int spread_before(const scan *s, size_t p)
{
    ntok k;
    for (int i = 0; i < 6 && prev_tok_s(s, p, s->start, &k) && k.type == T_WORD; i++) {
        if (IN_LIST(&k, spread_words))
            return 1;
        p = k.s;
    }
    return 0;
}

/* 1 when the duration noun after the number ending at e goes on with "of"
 * ("over two years of fighting": more than two years). */
static int of_after(const scan *s, size_t e)
{
    ntok d, k;
    lex_tok(s->t, e, s->end, &d);
    lex_tok(s->t, d.e, s->end, &k);
    return is_w(&k, "of");
}

/* 1 when the word at qs is "above" right after a counted noun: the figure
 * bounds a class ("a tax on incomes above 20,000 livres") and is itself
 * exact, unlike "the passes rise above 4,800 metres". */
static int above_class(const scan *s, size_t qs)
{
    ntok ab, pv;
    lex_tok(s->t, qs, s->end, &ab);
    return is_w(&ab, "above") && prev_tok_s(s, qs, s->start, &pv) && counted_noun(s, &pv);
}

/* Verbs of handing on: right after one of them "over" is the verb's
 * particle ("handed over twelve destroyers"), never a bound. */
static const char *const over_verbs[] = {"hand", "handed", "handing", "hands", "sign",
                                         "signed", "signing", "signs", "turn", "turned",
                                         "turning", "turns"};

/* 1 when the word at qs is "over" right after a verb of handing on. */
static int over_particle(const scan *s, size_t qs)
{
    ntok ov, pv;
    lex_tok(s->t, qs, s->end, &ov);
    return is_w(&ov, "over") && prev_tok_s(s, qs, s->start, &pv) && IN_LIST(&pv, over_verbs);
}

/* 1 when the word at qs is a bare "over" before a number ending at e that
 * a duration noun follows, and "over" opens a period rather than a bound:
 * it comes after the start of the sentence, punctuation, a number or a
 * counted noun ("$180 million over three years", "grew to 90 aircraft over
 * two years", "Over three months, ..."), not after a verb or preposition
 * ("lasted over three years", "for over two months": more than).  Right
 * after a verb of spreading it is always a preposition ("spread over
 * seven annual budgets"). */
static int over_period(const scan *s, size_t qs, size_t e)
{
    ntok ov, nx, pv;
    lex_tok(s->t, qs, s->end, &ov);
    if (!is_w(&ov, "over") || !s->lex)
        return 0;
    /* "rebuilt 21 of them over two seasons": after an object pronoun, as
     * after a noun, "over" opens a period */
    int pron = prev_tok_s(s, qs, s->start, &pv) && (is_w(&pv, "them") || is_w(&pv, "it"));
    if (prev_tok_s(s, qs, s->start, &pv) && IN_LIST(&pv, spread_verbs))
        return 1;   /* "spread over seven annual budgets" */
    lex_tok(s->t, e, s->end, &nx);
    if (nx.type != T_WORD || !nx.w[0])
        return 0;
    const char *cat = tally_lexicon_get(s->lex, "units", nx.w, "category");
    if (!cat && nx.e - nx.s > 4 && strncmp(s->t + nx.e - 3, "ing", 3) == 0) {
        lex_tok(s->t, nx.e, s->end, &nx);   /* "over 208 working days" */
        cat = nx.type == T_WORD && nx.w[0] ? tally_lexicon_get(s->lex, "units", nx.w, "category")
                                           : NULL;
    }
    if (!cat || strcmp(cat, "duration") != 0)
        return 0;
    if (pron)
        return 1;
    if (!prev_tok_s(s, qs, s->start, &pv) || pv.type == T_PUNCT || pv.type == T_NUM)
        return 1;
    if (pv.type != T_WORD)
        return 0;
    if (spread_before(s, qs) || (IN_LIST(&pv, clause_openers) && !of_after(s, e)))
        return 1;   /* "so that over five years it would ...": a clause opens */
    const numword *n = numword_of(&pv);
    return (n && (n->kind == NW_SCALE || n->kind == NW_HUNDRED || n->kind == NW_UNIT ||
                  n->kind == NW_TENS)) ||
           counted_noun(s, &pv);
}

/* A minus sign or word just before p: "-5" (a hyphen or U+2212 glued to
 * the number, after white space, "(" or the start: not the "-" of
 * "10-20", "MiG-15" or a spaced dash "- 40"), "minus 5", "negative
 * three".  Sets *ns to where it starts. */
static int negative_before(const scan *s, size_t p, size_t *ns)
{
    ntok k;
    if (!prev_tok_s(s, p, s->floor, &k))
        return 0;
    if (is_w(&k, "minus") || is_w(&k, "negative")) {
        *ns = k.s;
        return 1;
    }
    if (k.type != T_DASH || k.e != p ||
        !(k.e - k.s == 1 || (k.e - k.s == 3 && at(s->t, k.s + 1) == 0x88)))
        return 0;
    if (k.s > s->floor) {
        unsigned char b = at(s->t, k.s - 1);
        if (!(b == ' ' || b == '\t' || b == '\n' || b == '('))
            return 0;
    } else if (k.s > 0 && !space_before(s->t, k.s, 0) && at(s->t, k.s - 1) != '(') {
        return 0;   /* the floor cuts a word or a number: "10-20" seen from "20" */
    }
    *ns = k.s;
    return 1;
}

/* A currency sign or code just before p: "$", "US$", "US $", "£", "USD".
 * Returns the ISO code and sets *cs to where it starts, else NULL. */
static const char *currency_before(const scan *s, size_t p, size_t *cs)
{
    ntok k, l;
    if (!prev_tok_s(s, p, s->floor, &k))
        return NULL;
    if (is_p(&k, '.') && prev_tok_s(s, k.s, s->floor, &l) && l.type == T_WORD && l.e == k.s &&
        l.cap && l.e - l.s <= 2)
        k = l;   /* "Rs. 5 crore": the abbreviation with its point */
    if (k.type == T_WORD) {
        const char *iso = cur_code(&k);
        if (iso && (k.cap || is_upper(at(s->t, k.s)))) {
            *cs = k.s;
            return iso;
        }
        /* a capitalised abbreviation the units lexicon gives a currency
         * code: "DM 40 million", "Rs 5 crore", "Rs. 5 crore" ("Mark 4"
         * is no currency: the lemma of "mark" is no code) */
        int dot;
        const char *const *row =
            k.cap && k.e - k.s <= 2 && !IN_LIST(&k, function_words)   /* "In 1951" */
                ? lex_row(s, "units", &k, k.e + 1, &dot) : NULL;
        const tally_table *u = row ? tally_lexicon_table(s->lex, "units") : NULL;
        int cu = u ? tally_table_col(u, "unit") : -1, cc = u ? tally_table_col(u, "category") : -1;
        if (cu >= 0 && cc >= 0 && strcmp(row[cc], "money") == 0 && strlen(row[cu]) == 3 &&
            is_upper(row[cu][0]) && is_upper(row[cu][1]) && is_upper(row[cu][2])) {
            *cs = k.s;
            return row[cu];
        }
        return NULL;
    }
    if (k.type != T_CUR || p - k.e > 1)
        return NULL;
    *cs = k.s;
    const char *iso = k.iso;
    if (strcmp(iso, "USD") == 0 && prev_tok_s(s, k.s, s->floor, &l) && l.type == T_WORD &&
        k.s - l.e <= 1) {
        for (size_t i = 0; i < sizeof dollar_prefix / sizeof *dollar_prefix; i++)
            if (strcmp(l.w, dollar_prefix[i].w) == 0 && is_upper(at(s->t, l.s))) {
                *cs = l.s;
                return dollar_prefix[i].iso;
            }
    }
    return iso;
}

/* A percent sign or word after p: "%", "percent", "per cent", "pct",
 * "percentage points".  Returns the end, or 0. */
static size_t percent_after(const scan *s, size_t p)
{
    ntok k, k2;
    lex_tok(s->t, p, s->end, &k);
    if (is_p(&k, '%'))
        return k.e;
    if (k.type == T_DASH && k.s == p) {   /* "40-percent" */
        lex_tok(s->t, k.e, s->end, &k2);
        if (is_w(&k2, "percent"))
            return k2.e;
    }
    if (is_w(&k, "percent") || is_w(&k, "pct")) {
        return k.e;
    }
    if (is_w(&k, "per")) {
        lex_tok(s->t, k.e, s->end, &k2);
        return is_w(&k2, "cent") ? k2.e : 0;
    }
    if (is_w(&k, "percentage")) {
        lex_tok(s->t, k.e, s->end, &k2);
        return is_w(&k2, "point") || is_w(&k2, "points") ? k2.e : 0;
    }
    return 0;
}

/* 1 when a is a four-digit integer that could be a year. */
static int year_like(const atom *a)
{
    return a->digits && a->isint && a->ndig == 4 && a->v >= 1000 && a->v <= 2100;
}

/* 1 when the word k is the verb "number" (or "numbered") after a plural
 * subject, a subject pronoun or a modal verb or adverb ("the standing
 * forces number 18,400 men", "they number 300", "the force will number
 * 13"), not the label of "number 12". */
static int number_verb(const scan *s, const ntok *k, size_t lowest)
{
    static const char *const PRON[] = {"already", "could", "might", "must", "now",
                                       "shall", "should", "still", "then", "these",
                                       "they", "those", "we", "will", "would"};   /* sorted */
    ntok w;
    if (!(is_w(k, "number") || is_w(k, "numbered")) || is_upper(at(s->t, k->s)) ||
        !prev_tok_s(s, k->s, lowest, &w) || w.type != T_WORD || w.e + 1 != k->s)
        return 0;
    if (IN_LIST(&w, PRON))
        return 1;
    size_t n = w.e - w.s;   /* a plural noun: "-s", not "-ss", and not "bus" */
    return n > 3 && !is_upper(at(s->t, w.s)) && s->t[w.e - 1] == 's' && s->t[w.e - 2] != 's';
}

/* 1 when a lexicon unit noun follows the number [ns, ne) and either the
 * number has a thousands comma ("the Rask column 1,600 litres": a
 * quantity, not column 1,600 of a table) or the reference word k before it
 * follows "a", "an", "each" or "every" ("a mule column 140 mules": a
 * reference is a definite place, never "a column 140"). */
static int unit_after(const scan *s, const ntok *k, size_t ns, size_t ne, size_t lowest)
{
    static const char *const indefinite[] = {"a", "an", "each", "every"};
    ntok w;
    int dot, counted = memchr(s->t + ns, ',', ne - ns) != NULL;
    if (!counted) {   /* a label has no thousands comma: "Table 3 sets out" */
        for (int n = 0; n < 2 && prev_tok_s(s, k->s, lowest, &w) && w.type == T_WORD && !counted;
             n++, k = &w)
            for (size_t q = 0; q < sizeof indefinite / sizeof *indefinite; q++)
                counted |= is_w(&w, indefinite[q]);
        if (!counted)
            return 0;
    }
    lex_tok(s->t, ne, s->end, &w);
    return w.type == T_WORD && w.s > ne && lex_row(s, "units", &w, s->end, &dot);
}

/* Is the number at [ns, ne) a bibliographic reference?  The word before it
 * is in the references table ("p. 141", "ISSN 1198-8614"), or it continues
 * a list after one ("nos. 31, 32", "pp. 164, 166-67"), or it is followed by
 * ", p." ("4, p. 128"), or by "(1)," (volume and issue).  depth bounds the
 * walk back along a list. */
static int is_reference(const scan *s, size_t ns, size_t ne, int depth)
{
    ntok k;
    size_t lowest = ns > 200 ? ns - 200 : 0;
    /* forward: ", p." / ", pp." / "(1)," */
    lex_tok(s->t, ne, s->end, &k);
    if (is_p(&k, ',') || is_p(&k, ':')) {
        ntok w;
        lex_tok(s->t, k.e, s->end, &w);
        int dot;
        if (w.type == T_WORD && w.w[0] == 'p' && lex_row(s, "references", &w, s->end, &dot) &&
            dot)
            return 1;
        if (w.type == T_WORD && (is_w(&w, "no") || is_w(&w, "nos")) && w.e < s->end &&
            s->t[w.e] == '.')
            return 1;
    }
    if (is_p(&k, '(') && k.s - ne <= 1) {
        ntok n, c, after;
        lex_tok(s->t, k.e, s->end, &n);
        lex_tok(s->t, n.e, s->end, &c);
        lex_tok(s->t, c.e, s->end, &after);
        if (n.type == T_NUM && is_p(&c, ')') && (is_p(&after, ',') || is_p(&after, ':')))
            return 1;
    }
    /* backward: the reference word, through a list */
    size_t p = ns;
    for (int step = 0; step < 8 && p > lowest; step++) {
        if (!prev_tok_s(s, p, lowest, &k))
            return 0;
        if (k.type == T_WORD) {
            if (is_w(&k, "and") || is_w(&k, "&")) {
                p = k.s;
                continue;
            }
            int dot;
            if (lex_row(s, "references", &k, ns, &dot))
                return !(step == 0 && number_verb(s, &k, lowest)) &&
                       !(step == 0 && !dot && unit_after(s, &k, ns, ne, lowest)) &&
                       (step == 0 || dot || is_upper(at(s->t, k.s)));
            return 0;
        }
        if (is_p(&k, '.')) {   /* p. 141: the abbreviation's period */
            ntok w;
            int dot;
            if (prev_tok_s(s, k.s, lowest, &w) && w.e == k.s && w.type == T_WORD &&
                lex_row(s, "references", &w, ns, &dot) && dot)
                return 1;
            return 0;
        }
        if (is_p(&k, ',') || is_p(&k, ';') || k.type == T_DASH) {
            p = k.s;
            continue;
        }
        if (is_p(&k, '(') && step == 0 && ne - ns <= 3 && ne < s->end && s->t[ne] == ')') {
            ntok v;   /* the issue in "22(1)" */
            return prev_tok_s(s, k.s, lowest, &v) && v.type == T_NUM && k.s - v.e <= 1;
        }
        if (is_p(&k, ')')) {   /* "(print)", "(1)" */
            size_t o = k.s, lim = k.s > 40 ? k.s - 40 : 0;
            while (o > lim && o > lowest && s->t[o - 1] != '(')
                o--;
            if (o <= lowest || s->t[o - 1] != '(')
                return 0;
            p = o - 1;
            continue;
        }
        if (k.type == T_NUM) {
            if (depth >= 6)
                return 0;
            return is_reference(s, k.s, k.e, depth + 1);
        }
        return 0;
    }
    return 0;
}

/* Nameword look-up: word k in the namewords table at position pos
 * ("before"/"after"), honouring its case column.  *dot is set when the
 * entry includes a period after the word. */
static int nameword(const scan *s, const ntok *k, const char *pos, size_t lim, int *dot)
{
    const char *const *row = lex_row(s, "namewords", k, lim, dot);
    if (!row)
        return 0;
    const tally_table *tb = tally_lexicon_table(s->lex, "namewords");
    int cp = tally_table_col(tb, "position"), cc = tally_table_col(tb, "case");
    if (cp >= 0 && strcmp(row[cp], pos) != 0)
        return 0;
    if (cc >= 0 && strcmp(row[cc], "cap") == 0 && !k->cap)
        return 0;
    return 1;
}

/* The word just before p, looking through the period of an abbreviation
 * ("No. 77" gives "No").  Returns 0 when the token before is no word. */
static int prev_word(const scan *s, size_t p, ntok *w)
{
    if (!prev_tok_s(s, p, s->floor, w))
        return 0;
    if (is_p(w, '.')) {
        size_t d = w->s;
        if (!prev_tok_s(s, d, s->floor, w) || w->e != d)
            return 0;
    }
    return w->type == T_WORD;
}

/* Tokens looked back from a name for the verb of the clause that a
 * gapped list entry mirrors (see gapped_entry()). */
#define GAP_BACK 16

/* Irregular past forms that may govern the first entry of a gapped list
 * ("Kolby made 46, Varden 30"); regular ones end in "-ed".  Sorted: IN_LIST
 * searches by halves. */
static const char *const gap_past[] = {"bought", "brought", "built", "flew", "gave", "got",
                                       "had", "held", "lost", "made", "paid", "sank", "sent",
                                       "shot", "sold", "took", "won"};

/* 1 when the lower-case word k reads as a verb in the past ("delivered",
 * "built"). */
static int past_word(const ntok *k)
{
    size_t n = strlen(k->w);
    return k->type == T_WORD && !k->cap &&
           ((n >= 4 && k->w[n - 2] == 'e' && k->w[n - 1] == 'd') || IN_LIST(k, gap_past));
}

/* 1 when the colon c opens a list of "Name N <noun>" entries whose first
 * entry is not the name pv ("capacity is: Arlow 1,900 tons, Benn 1,500 and
 * Coll 900"): a capitalised word, a number and a counted noun after it. */
static int colon_list(const scan *s, const ntok *c, const ntok *pv)
{
    ntok w, n;
    lex_tok(s->t, c->e, s->end, &w);
    if (w.type != T_WORD || !w.cap || w.s == pv->s || IN_LIST(&w, function_words))
        return 0;
    lex_tok(s->t, w.e, s->end, &n);
    return n.type == T_NUM && noun_follows(s, n.e);
}

/* 1 when "Name N" (the name pv, the number ending at e) is an entry of a
 * gapped list whose verb is left out, not a designation: ", Varden 30 and
 * Strell 24" after "Kolby delivered 46 torpedoes a month", "a shop in Tarn
 * 500" after "the works at Orm 1,100".  A comma, "and", "at" or "in"
 * stands before the name, punctuation, "and" or "or" (or nothing)
 * after the number, and within GAP_BACK tokens before the name, with no
 * ';', ':', '(' or '.' between, a number follows a past verb ("delivered 46")
 * or another name with thousands separators ("Orm 1,100"), and no number
 * before or after follows the same name ("Hill 303, Hill 314" are names);
 * or a colon opens the list (colon_list()). */
static int gapped_entry(const scan *s, const ntok *pv, size_t e)
{
    ntok k, v;
    if (!prev_tok_s(s, pv->s, s->start, &k) ||
        !(is_p(&k, ',') || is_w(&k, "and") || is_w(&k, "at") || is_w(&k, "in")))
        return 0;
    lex_tok(s->t, e, s->end, &k);
    if (!(k.type == T_END || is_p(&k, ',') || is_p(&k, ';') || is_p(&k, '.') ||
          is_p(&k, ')') || is_w(&k, "and") || is_w(&k, "or")))
        return 0;
    if (k.type != T_END) {   /* the same name heads the next entry: "Hill 201 and Hill 305" */
        lex_tok(s->t, k.e, s->end, &v);
        if (v.type == T_WORD && v.e - v.s == pv->e - pv->s &&
            strncmp(s->t + v.s, s->t + pv->s, v.e - v.s) == 0)
            return 0;
    }
    size_t p = pv->s;
    for (int n = 0; n < GAP_BACK && prev_tok_s(s, p, s->start, &k); n++, p = k.s) {
        if (is_p(&k, ':'))
            return colon_list(s, &k, pv);
        if (is_p(&k, ';') || is_p(&k, '(') || is_p(&k, '.'))
            return 0;
        if (k.type != T_NUM || !prev_tok_s(s, k.s, s->start, &v))
            continue;
        if (v.type == T_WORD && v.e - v.s == pv->e - pv->s &&
            strncmp(s->t + v.s, s->t + pv->s, v.e - v.s) == 0)
            return 0;   /* "Hill 303, Hill 314" */
        if (past_word(&v) || (v.type == T_WORD && v.cap && k.sep))
            return 1;   /* "delivered 46", or an entry "Orm 1,100" before */
    }
    return 0;
}

/* 1 when the integer a follows a word of two to five capital letters (a
 * code: "map GSGS 4042 shows", "convoy SC 107 lost"), no currency code
 * ("EUR 20"), and no noun of the lexicon follows it ("the US 300 tanks"
 * stays a count). */
static int code_before(const scan *s, const atom *a)
{
    ntok pv;
    if (!prev_tok_s(s, a->s, s->start, &pv) || pv.type != T_WORD || pv.e - pv.s < 2 ||
        pv.e - pv.s > 5 || pv.e + 1 != a->s)
        return 0;
    for (size_t i = pv.s; i < pv.e; i++)
        if (!is_upper(at(s->t, i)))
            return 0;
    if (cur_code(&pv) || noun_follows(s, a->e))
        return 0;   /* "EUR 20" is money, "the US 300 tanks" a count */
    int dot;
    const char *const *row = s->units ? lex_row(s, "units", &pv, a->s, &dot) : NULL;
    const tally_table *tb = row ? tally_lexicon_table(s->lex, "units") : NULL;
    int cc = tb ? tally_table_col(tb, "category") : -1;
    return !(row && cc >= 0 && strcmp(row[cc], "money") == 0);   /* "RM 42": ringgit */
}

/* 1 when the number word a, capitalised inside its sentence, is part of a
 * name: after a capitalised word that is not the sentence's first ("the
 * Big Three"), or after "the" and before a capitalised word ("the
 * Fourteen Points", "the Seven Years' War"). */
static int proper_number(const scan *s, const atom *a)
{
    ntok pv, before, nx;
    size_t me;
    if (!prev_tok_s(s, a->s, s->start, &pv) || pv.type != T_WORD)
        return 0;   /* the sentence's first word, or after a mark or a number */
    lex_tok(s->t, a->e, s->end, &nx);
    if (is_w(&pv, "the"))   /* k->w is lower case: "the" and "The" */
        return nx.type == T_WORD && nx.cap;
    if (!pv.cap || IN_LIST(&pv, function_words) || month_of(s, &pv, a->s, &me) > 0)
        return 0;
    return prev_tok_s(s, pv.s, s->start, &before) && before.type == T_WORD;
}

/* Try the date forms around a small integer or ordinal atom a: "15 March",
 * "15 March 1951", "March 15", "March 15, 1951", "the 22nd of May", and
 * lists "25 and 28 March".  Fills r and returns 1 on success. */
static int date_at(const scan *s, const atom *a, tally_number *r)
{
    if (!(a->digits && a->isint && a->ndig <= 2 && a->v >= 1 && a->v <= 31) &&
        !(a->ordinal && a->v <= 31))
        return 0;
    ntok k;
    size_t me;
    int m;
    lex_tok(s->t, a->e, s->end, &k);
    if (a->ordinal && is_w(&k, "of"))
        lex_tok(s->t, k.e, s->end, &k);
    if ((m = month_of(s, &k, s->end, &me)) > 0) {   /* 15 March [1951] */
        simple(r, TALLY_NK_DATE, a->s, me, a->v);
        r->month = m;
        r->day = (int)a->v;
        ntok y;
        lex_tok(s->t, me, s->end, &y);
        if (y.type == T_NUM && !y.sep && !y.dec && !y.suf[0] && y.ndig == 4) {
            r->end = y.e;
            r->year = (int)y.v;
        }
        return 1;
    }
    /* "25 and 28 March", "10, 12, and 26 September" */
    if (a->digits) {
        size_t p = a->e;
        ntok pk;   /* another day number in the list, or a range's end ("Oct. 18-22 and
                      Oct. 25"): "an increase of 19, and October" is no date */
        int days = prev_tok_s(s, a->s, s->start, &pk) && (pk.type == T_DASH || is_p(&pk, ','));
        for (int i = 0; i < 12; i++) {
            lex_tok(s->t, p, s->end, &k);
            if (is_p(&k, ',') || is_w(&k, "and") || is_w(&k, "or") || k.type == T_DASH ||
                (k.type == T_NUM && !k.sep && !k.dec && k.ndig <= 2 && !k.suf[0])) {
                days += k.type == T_NUM;
                p = k.e;
                continue;
            }
            if (i > 0 && days > 0 && (m = month_of(s, &k, s->end, &me)) > 0) {
                simple(r, TALLY_NK_DATE, a->s, a->e, a->v);
                r->month = m;
                r->day = (int)a->v;
                return 1;
            }
            break;
        }
    }
    /* March 15 [, 1951], Oct. 31 */
    if (prev_word(s, a->s, &k) && (m = month_of(s, &k, a->s, &me)) > 0 &&
        !noun_follows(s, a->e)) {
        ntok nx;
        lex_tok(s->t, a->e, s->end, &nx);
        if (nx.type == T_PUNCT && nx.ch == ':')
            return 0;
        simple(r, TALLY_NK_DATE, k.s, a->e, a->v);
        r->month = m;
        r->day = (int)a->v;
        size_t q = a->e;
        if (is_p(&nx, ','))
            q = nx.e;
        ntok y;
        lex_tok(s->t, q, s->end, &y);
        if (y.type == T_NUM && !y.sep && !y.dec && !y.suf[0] && y.ndig == 4 && y.v >= 1000 &&
            y.v <= 2100) {
            r->end = y.e;
            r->year = (int)y.v;
        }
        return 1;
    }
    return 0;
}


/* Is the four-digit atom a (or the range a..b) a year?  Strong cues before
 * it (a month, "in", "since", a season, "mid-") make it one; otherwise a
 * counted noun after it ("2000 tons", "1500 men") or a bound ("more than")
 * makes it a figure, unless another number follows it ("by 1966 two
 * squadrons"), and everything else is a year. */
/* 1 when the four-digit number t[ns..ne) (1800-2099) is followed by a
 * verb rather than a counted noun: an auxiliary ("for 1941 was"), or a
 * word in -s (not -ss) that a preposition, an article, "that" or a number
 * follows ("for 1941 calls for", "for 1942 provides a"): the number is
 * then the year the clause is about. nx is the token after the number. */
static int verb_after_year(const scan *s, size_t ns, size_t ne, const ntok *nx)
{
    static const char *const aux[] = {"had", "has", "is", "must", "shall", "was", "will", "would"};
    static const char *const after[] = {"a", "an", "each", "every", "for", "its", "that",
                                        "the", "their"};
    int y = atoi(s->t + ns);
    if (ne - ns != 4 || y < 1800 || y >= 2100 || nx->type != T_WORD || nx->cap)
        return 0;
    if (IN_LIST(nx, aux))
        return 1;
    size_t n = strlen(nx->w);
    if (n < 4 || nx->w[n - 1] != 's' || nx->w[n - 2] == 's')
        return 0;
    ntok v;
    lex_tok(s->t, nx->e, s->end, &v);
    return v.type == T_NUM || IN_LIST(&v, after) ||
           (v.type == T_WORD && v.cap);   /* "of 1936 gives General Headquarters 24" */
}

static int is_year(const scan *s, size_t ns, size_t ne, tally_qualifier q, int yrange)
{
    ntok k = {0};
    size_t me;
    if (prev_tok_s(s, ns, s->start, &k)) {
        if (yrange && (is_w(&k, "between") || is_w(&k, "from")))
            return 1;
        if (k.type == T_DASH && k.e == ns) {   /* mid-1950 */
            ntok w;
            if (prev_tok_s(s, k.s, 0, &w) && w.e == k.s && IN_LIST(&w, year_prefix))
                return 1;
        }
        if (month_of(s, &k, ns, &me) > 0 || IN_LIST(&k, year_strong))
            return 1;
        ntok h;
        if (is_w(&k, "of") && prev_tok_s(s, k.s, s->start, &h) &&
            (IN_LIST(&h, year_part_heads) || month_of(s, &h, k.s, &me) > 0 ||
             (IN_LIST(&h, year_share_heads) && !noun_follows(s, ne))))
            return 1;   /* "the end of 1944", "the spring of 1943", "May of 1945" */
        if (k.type == T_NUM && s->have_prev && s->prev.kind == TALLY_NK_YEAR &&
            k.e == s->prev.end)
            return 1;
        if ((is_w(&k, "and") || is_w(&k, "or") || is_p(&k, ',')) && s->have_prev &&
            s->prev.kind == TALLY_NK_YEAR && k.s - s->prev.end <= 2)
            return 1;
    }
    if (q == TALLY_Q_EXACT && !yrange) {
        ntok nx;
        lex_tok(s->t, ne, s->end, &nx);
        if (!(k.type == T_WORD && (is_w(&k, "a") || is_w(&k, "an"))) &&
            singular_count_noun(s, &nx))
            return 1;   /* "the 1960 target" */
        if (is_w(&k, "the") && ne - ns == 4 && atoi(s->t + ns) >= 1800 &&
            atoi(s->t + ns) < 2100 && singular_duration(s, &nx))
            return 1;   /* "the 1947 season", "the 1943 week": a year's */
        if (is_w(&k, "the") && ne - ns == 4 && atoi(s->t + ns) >= 1800 && nx.type == T_WORD &&
            !nx.cap && strlen(nx.w) >= 4 && nx.w[strlen(nx.w) - 1] == 's' &&
            !IN_LIST(&nx, plural_nouns) && !(s->units && lex_row(s, "units", &nx, s->end, NULL)))
            return 1;   /* "the 1949 tables": a plural that counts nothing names a year's */
        ntok b0;
        if (is_w(&k, "by") && ne - ns == 4 && atoi(s->t + ns) >= 1800 &&
            atoi(s->t + ns) < 2100 &&
            (!prev_tok_s(s, k.s, s->start, &b0) || is_p(&nx, ',')))
            return 1;   /* "By 1954 employment had risen", "..., by 1960, the": a year */
    }
    ntok nn;
    lex_tok(s->t, ne, s->end, &nn);
    if (q == TALLY_Q_EXACT && !yrange && (is_w(&k, "for") || is_w(&k, "of")) &&
        verb_after_year(s, ns, ne, &nn))
        return 1;   /* "the plan for 1941 calls for 6,400 drivers", "the establishment of
                       1922 gives each division 24 couriers": a year */
    if (q == TALLY_Q_EXACT && !yrange &&
        (nn.type == T_NUM || (nn.type == T_WORD && numword_of(&nn) && !is_w(&nn, "a"))))
        return 1;   /* "by 1966 two squadrons": the count comes after the year */
    if (noun_follows(s, ne))
        return 0;
    if (q == TALLY_Q_AT_LEAST || q == TALLY_Q_AT_MOST)
        return 0;
    return 1;
}

/* "one" as a pronoun: "one of the", "one another", "no one", "the one that",
 * "a defensive one", "one's", and "One argued ..." at the start of a sentence. */
static int one_is_pronoun(const scan *s, const atom *a)
{
    ntok nx, pv, pv2;
    lex_tok(s->t, a->e, s->end, &nx);
    if (is_w(&nx, "another") || is_w(&nx, "of"))
        return 1;
    if ((is_p(&nx, '\'') || (nx.type == T_PUNCT && nx.ch == 0xE2 && nx.e - nx.s == 3 &&
                             at(s->t, nx.s + 2) == 0x99)) && nx.s == a->e) {
        ntok sx;
        lex_tok(s->t, nx.e, s->end, &sx);
        if (is_w(&sx, "s") && sx.s == nx.e)
            return 1;
    }
    int noun_next = nx.type == T_WORD && !IN_LIST(&nx, function_words);
    int pv_ok = prev_tok_s(s, a->s, s->start, &pv);
    if (pv_ok && (is_w(&nx, "time") || is_w(&nx, "point") || is_w(&nx, "moment")) &&
        ((is_w(&pv, "at") && is_w(&nx, "time")) ||
         (is_w(&pv, "any") && prev_tok_s(s, pv.s, s->start, &pv2) && is_w(&pv2, "at"))))
        return 1;   /* "at one time", "at any one time", "at any one moment": idioms */
    if (pv_ok && pv.type == T_WORD) {
        if (is_w(&pv, "no") || is_w(&pv, "any") || is_w(&pv, "every") || is_w(&pv, "each"))
            return !noun_next || is_w(&pv, "no");
        if (IN_LIST(&pv, one_determiners) && !noun_next)
            return 1;
        /* "a defensive one", "a galling one" */
        if (pv.type == T_WORD && !noun_next && !numword_of(&pv) &&
            prev_tok_s(s, pv.s, s->start, &pv2) &&
            (is_w(&pv2, "a") || is_w(&pv2, "an") || is_w(&pv2, "the")))
            return 1;
        return 0;
    }
    /* at the start of the sentence: "One argued that ..." */
    if ((!pv_ok || is_p(&pv, '.') || is_p(&pv, '!') || is_p(&pv, '?') || is_p(&pv, '"')) &&
        nx.type == T_WORD && !nx.cap) {
        size_t n = strlen(nx.w);
        if (IN_LIST(&nx, pronoun_verbs) || (n > 3 && strcmp(nx.w + n - 2, "ed") == 0))
            return 1;
    }
    return 0;
}

/* The second number of a range after a: "to 400", "-1,100", "or three",
 * "and 150" (only after "between").  Fills b; returns the connector kind
 * ('t' to, '-' dash, 'o' or, 'a' and, '/' slash) or 0. */
static int range_second(const scan *s, const atom *a, size_t from, int between, int money,
                        atom *b, size_t *pct_end, const char **bcur)
{
    ntok c, k;
    *bcur = NULL;
    lex_tok(s->t, from, s->end, &c);
    int kind = 0;
    if (c.type == T_DASH && c.s == from) {   /* "8- to 16-meter" */
        ntok c2;
        lex_tok(s->t, c.e, s->end, &c2);
        if (is_w(&c2, "to") || is_w(&c2, "and") || is_w(&c2, "or"))
            c = c2;
    }
    if (is_w(&c, "to") || is_w(&c, "through"))
        kind = 't';
    else if (c.type == T_DASH)
        kind = '-';
    else if (is_w(&c, "or"))
        kind = 'o';
    else if (is_w(&c, "and") && between)
        kind = 'a';
    else if (is_p(&c, '/') && c.s == a->e && year_like(a))
        kind = '/';
    if (!kind)
        return 0;
    lex_tok(s->t, c.e, s->end, &k);
    if (k.type == T_CUR) {   /* $5 to $6 million; "from 1.2 to $1.8 billion" */
        if (!money)
            *bcur = k.iso;
        lex_tok(s->t, k.e, s->end, &k);
        if (k.type != T_NUM)
            return 0;
    }
    if (kind == '/' && (k.type != T_NUM || k.s != c.e))
        return 0;
    if (k.type == T_NUM && !a->digits && kind != '-')
        return 0;
    if (k.type == T_WORD && a->digits)
        return 0;
    if (!parse_atom(s, &k, money || *bcur, b) || b->ordinal || b->vague || b->decade || b->time)
        return 0;
    if (b->flags & TALLY_NF_FRACTION)
        return 0;
    *pct_end = percent_after(s, b->e);
    return kind;
}

/* 1 when "by" ends just before p and a verb of change opens its clause no
 * more than six words before it ("cut the request by", "rose by"): the
 * number at p is then the amount of a change. */
static int change_by(const scan *s, size_t p)
{
    ntok k;
    if (!prev_tok_s(s, p, s->floor, &k) || !is_w(&k, "by"))
        return 0;
    for (int i = 0; i < 6 && prev_tok_s(s, k.s, s->floor, &k); i++) {
        if (k.type == T_PUNCT && (k.ch == '\'' || k.ch == 0xE2))
            continue;   /* "the army's", "the army’s" */
        if (k.type == T_PUNCT ||
            (k.type == T_DASH && (k.e - k.s > 1 || (k.s > 0 && s->t[k.s - 1] == ' '))))
            return 0;   /* the clause ends; a glued hyphen joins words ("long-range") */
        if (IN_LIST(&k, change_verbs))
            return 1;
    }
    return 0;
}

/* 1 when "from" at offset p follows a verb of change in its clause, at
 * most ten words back ("rose from", "was cut from", "the price of bread
 * went from", "doubled, from", "brought the city's pumps from", "rose by
 * half between 1935 and this year, from"): what follows is an old and a
 * new level. */
static int change_from(const scan *s, size_t p)
{
    static const char *const went[] = {"brought", "climbed", "depreciated", "devalued", "doubled",
                                       "dropped", "fell", "grew", "halved", "jumped", "moved",
                                       "quadrupled", "revalued", "rose", "trebled", "tripled",
                                       "went"};   /* "devalued from 12 to 15 to the dollar" */
    ntok k;
    for (int i = 0; i < 10 && prev_tok_s(s, p, s->start, &k); i++, p = k.s) {
        if ((k.type == T_PUNCT && (k.ch == '\'' || k.ch == 0xE2)) || k.type == T_NUM)
            continue;   /* "the army's", "grew by 200 from 300 to 500" */
        if (i == 0 && is_p(&k, ','))
            continue;   /* "more than doubled, from 70 to 160" */
        if (k.type == T_DASH && k.e - k.s == 1 && k.s > 0 && s->t[k.s - 1] != ' ')
            continue;   /* "rose by two-thirds, from 0.60 to 1.00": a glued hyphen */
        if (k.type != T_WORD)
            return 0;
        if (IN_LIST(&k, change_verbs) || IN_LIST(&k, went))
            return 1;
    }
    return 0;
}

/* 1 when the second number of "from X to Y" ending at p is an exchange
 * rate: an optional word (the currency) and then "to the", "to a" or "to
 * one" and a money noun of the lexicon ("from 12 to 15 to the pound", "from
 * 4.5 to 6 thalers to the dollar"): an old and a new rate, two figures. */
static int rate_pair(const scan *s, size_t p)
{
    ntok k;
    lex_tok(s->t, p, s->end, &k);
    if (k.type == T_WORD && !is_w(&k, "to"))
        lex_tok(s->t, k.e, s->end, &k);
    if (!is_w(&k, "to"))
        return 0;
    lex_tok(s->t, k.e, s->end, &k);
    if (!is_w(&k, "the") && !is_w(&k, "a") && !is_w(&k, "one"))
        return 0;
    lex_tok(s->t, k.e, s->end, &k);
    if (k.type != T_WORD || !k.w[0] || !s->units)
        return 0;
    const char *cat = tally_lexicon_get(s->lex, "units", k.w, "category");
    const char *unit = tally_lexicon_get(s->lex, "units", k.w, "unit");
    return (cat && strcmp(cat, "money") == 0) || (unit && strcmp(unit, "pound") == 0);
}

/* 1 when "X to Y" after a change_by() is the amount of the change and the
 * new level, not one range: X has a scale word of its own ("by 290 million
 * to 350 million") or Y is more than three times X ("rose by 30 to 250");
 * a close pair stays a range of the change ("dropped by 1 to 1.5"). */
static int change_and_level(const atom *a, double av, double bv)
{
    return (a->flags & TALLY_NF_SCALED) || av <= 0 || bv > 3 * av;
}

/* 1 when the old level a of "from A to B" (two figures, a change) is
 * written without the scale of the new level b and takes it: a has no
 * scale word, percent or fraction of its own, is below 1000 (no year) and
 * within a factor of ten of b's number before its scale ("from 2.0 to 2.5
 * million", "fell from 2 to 1.5 million"; not "from 800 to 1.2 million"). */
static int borrows_scale(const atom *a, const atom *b, size_t pe)
{
    if (pe || a->scale != 1 || (a->flags & (TALLY_NF_SCALED | TALLY_NF_FRACTION)) || a->vague ||
        b->scale <= 1 || b->vague || !(a->v > 0 && a->v < 1000) || !(b->base > 0))
        return 0;
    return a->v <= 10 * b->base && b->base <= 10 * a->v;
}

/* 1 when den is the whole of an idiomatic ratio ("nine out of ten", "19
 * out of 20", "one out of a hundred"): at most 20 or a power of ten.  "231
 * out of 288 hulls" is a part and its whole, two counts. */
static int ratio_like(double den)
{
    if (den <= 20)
        return 1;
    while (den >= 10 && fmod(den, 10) == 0)
        den /= 10;
    return den == 1;
}

/* End of a designation whose number ends at e, with the sub-variants glued
 * to it by a hyphen or slash: "Type 59-1", "T-34-85", "T-34/85",
 * "JPRS-UAC-91-003" (no space on either side of the joiner). */
static size_t desig_tail(const scan *s, size_t e)
{
    ntok k, x;
    for (;;) {
        lex_tok(s->t, e, s->end, &k);
        if (!((k.type == T_DASH || is_p(&k, '/')) && k.s == e))
            break;
        lex_tok(s->t, k.e, s->end, &x);
        if (x.s != k.e || (x.type != T_NUM && x.type != T_IDENT))
            break;
        e = x.e;
    }
    return e;
}

/* Parse the expression anchored at token k0 into r.  Returns 1 when r holds
 * a result, 0 when the token is not a number after all. */
static int parse_expr(scan *s, const ntok *k0, tally_number *r)
{
    const char *t = s->t;
    atom a, b;
    ntok k, pv;
    memset(r, 0, sizeof *r);
    memset(&b, 0, sizeof b);

    if (k0->type == T_NUM) {
        size_t p = k0->s;
        unsigned char before = p > 0 ? at(t, p - 1) : ' ';
        /* glued to a word by a hyphen: MiG-15, Tu-2, F-86A, JPRS-UAC-91-003 */
        if (before == '-' && p >= 2 && is_alpha(at(t, p - 2))) {
            ntok w;
            if (prev_tok_s(s, p - 1, 0, &w) && w.e == p - 1 &&
                (w.type == T_IDENT || (w.type == T_WORD && !IN_LIST(&w, year_prefix)))) {
                size_t e = desig_tail(s, k0->e);   /* -003, /85 */
                simple(r, TALLY_NK_DESIGNATION, w.s >= s->floor ? w.s : p, e, k0->v);
                return 1;
            }
        }
        if (before == '/' || before == '_' || (before == '.' && p >= 2 && is_wordch(at(t, p - 2))) ||
            is_alpha(before))
            return 0;
        /* footnote markers: [15], ^15 */
        if ((before == '[' && k0->e < s->end && t[k0->e] == ']') || before == '^') {
            simple(r, TALLY_NK_MARKER, p, k0->e, k0->v);
            return 1;
        }
        /* a note label at the start of a line: "12. Zhou to ..." */
        if (!k0->sep && !k0->dec && !k0->suf[0] && k0->v < 1000 && k0->e + 1 < s->end &&
            t[k0->e] == '.' && (t[k0->e + 1] == ' ' || t[k0->e + 1] == '\t')) {
            size_t q = p;
            while (q > 0 && (t[q - 1] == ' ' || t[q - 1] == '\t'))
                q--;
            if (q == 0 || t[q - 1] == '\n') {
                simple(r, TALLY_NK_MARKER, p, k0->e, k0->v);
                return 1;
            }
        }
        /* clock time: 10:30 */
        if (!k0->sep && !k0->dec && k0->ndig <= 2 && k0->v <= 24 && k0->e + 2 < s->end &&
            t[k0->e] == ':' && is_dig(at(t, k0->e + 1)) && is_dig(at(t, k0->e + 2)) &&
            !(k0->e + 3 < s->end && is_dig(at(t, k0->e + 3)))) {
            int mm = (t[k0->e + 1] - '0') * 10 + (t[k0->e + 2] - '0');
            if (mm < 60) {
                size_t e = k0->e + 3;
                lex_tok(t, e, s->end, &k);
                if ((is_w(&k, "am") || is_w(&k, "pm")) )
                    e = k.e;
                simple(r, TALLY_NK_TIME, p, e, k0->v + mm / 60.0);
                return 1;
            }
        }
        /* 2019-09-01: an ISO date */
        if (k0->ndig == 4 && !k0->sep && !k0->dec && k0->e + 6 <= s->end && t[k0->e] == '-' &&
            is_dig(at(t, k0->e + 1)) && is_dig(at(t, k0->e + 2)) && t[k0->e + 3] == '-' &&
            is_dig(at(t, k0->e + 4)) && is_dig(at(t, k0->e + 5))) {
            simple(r, TALLY_NK_DATE, p, k0->e + 6, k0->v);
            r->year = (int)k0->v;
            r->month = (t[k0->e + 1] - '0') * 10 + (t[k0->e + 2] - '0');
            r->day = (t[k0->e + 4] - '0') * 10 + (t[k0->e + 5] - '0');
            return 1;
        }
        /* 11 a.m., 5 pm */
        if (!k0->sep && !k0->dec && !k0->suf[0] && k0->v >= 1 && k0->v <= 12) {
            ntok ap, d1, m;
            lex_tok(t, k0->e, s->end, &ap);
            if (is_w(&ap, "am") || is_w(&ap, "pm")) {
                simple(r, TALLY_NK_TIME, p, ap.e, k0->v);
                return 1;
            }
            if ((is_w(&ap, "a") || is_w(&ap, "p")) && ap.e + 1 < s->end && t[ap.e] == '.') {
                lex_tok(t, ap.e, s->end, &d1);
                lex_tok(t, d1.e, s->end, &m);
                if (is_w(&m, "m") && m.s == d1.e) {
                    simple(r, TALLY_NK_TIME, p, m.e < s->end && t[m.e] == '.' ? m.e + 1 : m.e,
                           k0->v);
                    return 1;
                }
            }
        }
        /* 007, 09: codes and clock parts, not quantities */
        if (t[p] == '0' && k0->ndig >= 2 && k0->ndig != 4 && !k0->dec)
            return 0;
        /* "#3": a designation */
        if (before == '#') {
            simple(r, TALLY_NK_DESIGNATION, p - 1 >= s->floor ? p - 1 : p, k0->e, k0->v);
            return 1;
        }
    }

    /* currency before the number */
    size_t cs = 0;
    const char *iso = k0->type == T_NUM ? currency_before(s, k0->s, &cs) : NULL;
    if (!parse_atom(s, k0, iso != NULL, &a))
        return 0;
    if (a.time) {
        simple(r, TALLY_NK_TIME, a.s, a.e, a.v);
        return 1;
    }
    if (a.calibre) {   /* 155-mm, 75mm, 8-inch, 6-pounder, .303 rifles */
        simple(r, TALLY_NK_DESIGNATION, a.s, a.e, a.v);
        return 1;
    }
    if (a.a_only) {   /* "a third airfield": the ordinal only */
        ntok w;
        lex_tok(t, k0->e, s->end, &w);
        simple(r, TALLY_NK_ORDINAL, w.s, w.e, numword_of(&w)->v);
        return 1;
    }
    if (a.ordinal) {
        if (date_at(s, &a, r))
            return 1;
        simple(r, TALLY_NK_ORDINAL, a.s, a.e, a.v);
        return 1;
    }
    if (a.decade) {
        simple(r, TALLY_NK_YEAR, a.s, a.e, a.v);
        r->low = a.v;
        r->high = a.v + 9;
        r->qual = TALLY_Q_RANGE;
        r->year = (int)a.v;
        return 1;
    }
    if (!iso && date_at(s, &a, r))
        return 1;

    /* words before: qualifier, between/from, several/a few + hundred */
    size_t qs = iso ? cs : a.s;
    size_t ns = qs;
    int neg = !a.vague && negative_before(s, qs, &ns);
    if (neg) {
        a.v = -a.v;   /* "-5", "minus 20", "negative three" */
        qs = ns;
    }
    tally_qualifier q = qualifier_before(s, qs, &qs);
    if (a.approx && q == TALLY_Q_EXACT) {
        q = TALLY_Q_APPROX;
        qs = a.s;
    }
    if (q == TALLY_Q_AT_LEAST && above_class(s, qs)) {
        q = TALLY_Q_EXACT;   /* "incomes above 20,000 livres": a class's bound */
        qs = a.s;
    }
    if (q == TALLY_Q_AT_LEAST && (over_period(s, qs, a.e) || over_particle(s, qs))) {
        q = TALLY_Q_EXACT;   /* "$180 million over three years": a period; "handed
                                over twelve destroyers": a verb's particle */
        qs = a.s;
    }
    size_t span_s = q != TALLY_Q_EXACT ? qs : ns;
    int between = 0;
    size_t from_s = span_s;   /* where "between"/"from" starts, kept for a range */
    if (prev_tok_s(s, ns, s->floor, &pv)) {
        if ((is_w(&pv, "between") || is_w(&pv, "from")) && q == TALLY_Q_EXACT) {
            between = is_w(&pv, "between");
            from_s = pv.s;
        }
        static const char *const vague_pre[] = {"few", "many", "several"};
        if (a.bare && IN_LIST(&pv, vague_pre)) {
            double f = is_w(&pv, "several") ? 3 : 2;
            ntok art;
            size_t vs = pv.s;
            if (prev_tok_s(s, pv.s, s->floor, &art) && (is_w(&art, "a") || is_w(&art, "an")))
                vs = art.s;
            a.bare = 0;
            a.v *= f;
            a.vague = 1;
            span_s = vs;
        }
    }

    if (a.bare)
        return 0;
    size_t e = a.e;
    unsigned flags = a.flags | (iso ? TALLY_NF_CURRENCY : 0);
    double lo = a.v, hi = a.v;
    tally_qualifier shape = TALLY_Q_EXACT;
    int percent = 0;
    size_t pe = percent_after(s, a.e);
    if (pe) {
        percent = 1;
        e = pe;
    }
    int is_range = 0;
    if (!a.vague) {
        size_t bpe = 0;
        const char *bcur = NULL;   /* a currency sign on the second number only */
        int conn = range_second(s, &a, pe ? pe : a.e, between, iso != NULL, &b, &bpe, &bcur);
        if (conn) {
            double av = a.v;
            if (b.scale > 1 && a.scale == 1 && a.v < b.base)   /* 5 to 6 thousand */
                av = a.v * b.scale;
            double bv = b.v;
            if ((conn == '-' || conn == '/') && a.isint && b.isint && b.ndig < a.ndig &&
                b.v < a.v) {   /* 1950-51, 128-29 */
                double m = pow(10, b.ndig);
                bv = a.v - fmod(a.v, m) + b.v;
            }
            int ok = bv > av;
            if (pe && !bpe)   /* "rose 6.5% to 164": a change, not a range */
                ok = 0;
            if (year_like(&a) && !(b.isint && (b.ndig == 2 || b.ndig == 4)))
                ok = 0;   /* "in 2018 to 3.9 million" */
            /* "two or three", "fifty thousand or one million" (both with a
             * scale word: a wider spread is still one estimate); not "one or
             * 20" */
            if (conn == 'o' && bv > ((a.flags & b.flags & TALLY_NF_SCALED) ? 100 : 10) * av)
                ok = 0;
            if (conn == 'o' && a.isint && b.isint && av >= 1000 && !year_like(&a))
                ok = ok && bv - av <= av;
            /* "cut the request by 290 million to 350 million": two figures */
            if (conn == 't' && !between && from_s == span_s && change_by(s, span_s) &&
                change_and_level(&a, av, bv))
                ok = 0;
            /* "rose from 40 to 90": the old and the new level, two figures;
             * "crews of from 10 to 20", "ranged from 40 to 90" stay one range */
            if (conn == 't' && !between && from_s != span_s &&
                (change_from(s, from_s) || rate_pair(s, b.e)))
                ok = 0;   /* and "from 12 to 15 to the dollar": two rates */
            if (bcur && !iso)
                ok = 0;   /* "5 to $6 million": not one range */
            if (!ok && conn == 't' && !between && from_s != span_s &&
                borrows_scale(&a, &b, pe)) {
                lo = hi = a.v * b.scale;   /* "rose from 2.0 to 2.5 million": 2,000,000 */
                flags |= TALLY_NF_SCALED;
                if (!iso && bcur) {   /* "from 1.2 to $1.8 billion" */
                    iso = bcur;
                    flags |= TALLY_NF_CURRENCY;
                }
            }
            if (ok) {
                is_range = 1;
                span_s = from_s;
                lo = av;
                hi = bv;
                e = bpe ? bpe : b.e;
                percent = percent || bpe;
                flags |= b.flags;
            }
        }
    }
    /* 24/7, 9/11, 3/4: not a figure of the kinds tally reports */
    if (!is_range && a.digits && a.e + 1 < s->end && t[a.e] == '/' && is_dig(at(t, a.e + 1)))
        return 0;
    /* suffix qualifiers: 3,000-odd, 200-plus, 200+, or more, or so */
    lex_tok(t, e, s->end, &k);
    if (!is_range && !a.vague) {
        ntok k2;
        if (k.type == T_DASH && k.s == e) {
            lex_tok(t, k.e, s->end, &k2);
            if (is_w(&k2, "odd") && k2.s == k.e) {
                q = TALLY_Q_APPROX;
                e = k2.e;
            } else if (is_w(&k2, "plus") && k2.s == k.e) {
                q = TALLY_Q_AT_LEAST;
                e = k2.e;
            }
        } else if (is_p(&k, '+') && k.s == e) {
            q = TALLY_Q_AT_LEAST;
            e = k.e;
        } else if (is_w(&k, "odd")) {
            q = TALLY_Q_APPROX;
            e = k.e;
        } else if (is_w(&k, "or")) {
            lex_tok(t, k.e, s->end, &k2);
            if (is_w(&k2, "more")) {
                q = TALLY_Q_AT_LEAST;
                e = k2.e;
            } else if (is_w(&k2, "so")) {
                q = TALLY_Q_APPROX;
                e = k2.e;
            } else if (is_w(&k2, "less") || is_w(&k2, "fewer")) {
                q = TALLY_Q_AT_MOST;
                e = k2.e;
            }
        }
    }
    /* currency code after: 200 USD */
    if (!iso && a.digits) {
        lex_tok(t, e, s->end, &k);
        const char *c2 = cur_code(&k);
        if (c2 && is_upper(at(t, k.s))) {
            iso = c2;
            e = k.e;
            flags |= TALLY_NF_CURRENCY;
        }
    }
    if (span_s < s->floor)
        span_s = a.s;

    memset(r, 0, sizeof *r);
    r->start = span_s;
    r->end = e;
    r->kind = TALLY_NK_FIGURE;
    r->flags = flags;
    if (iso)
        snprintf(r->unit, sizeof r->unit, "%s", iso);

    /* what kind of number is it? */
    if (a.code) {
        simple(r, TALLY_NK_DESIGNATION, a.s, a.e, a.v);   /* "JW 51B" */
        return 1;
    }
    if (!a.digits && is_upper(at(t, a.s)) && proper_number(s, &a)) {
        simple(r, TALLY_NK_DESIGNATION, a.s, e, a.v);   /* "the Big Three" */
        return 1;
    }
    if (a.digits && !iso && !percent && !(flags & TALLY_NF_SCALED)) {
        int dot;
        if (prev_word(s, a.s, &pv) && nameword(s, &pv, "before", a.s, &dot) &&
            (pv.cap || !noun_follows(s, a.e))) {   /* "gave the route 112 aircraft" */
            simple(r, TALLY_NK_DESIGNATION, pv.s, desig_tail(s, a.e), a.v);
            return 1;
        }
        if (is_reference(s, a.s, e, 0)) {
            simple(r, TALLY_NK_REFERENCE, a.s, e, lo);
            r->low = lo;
            r->high = hi;
            return 1;
        }
        if (a.isint && !is_range && code_before(s, &a)) {
            simple(r, TALLY_NK_DESIGNATION, a.s, a.e, a.v);   /* "GSGS 4042" */
            return 1;
        }
        if (a.isint && a.v < 1000 && !is_range && q == TALLY_Q_EXACT && !a.ordinal &&
            prev_word(s, a.s, &pv) && pv.cap && pv.e - pv.s >= 2 &&
            is_lower_at(t, pv.s + 1) && !IN_LIST(&pv, function_words) &&
            !numword_of(&pv) && !noun_follows(s, a.e)) {
            ntok before;   /* not the first word of the sentence */
            size_t me;
            if (prev_tok_s(s, pv.s, s->start, &before) && !is_p(&before, '.') &&
                !is_p(&before, ':') && month_of(s, &pv, a.s, &me) == 0 &&
                !IN_LIST(&pv, year_strong) && !gapped_entry(s, &pv, a.e)) {
                simple(r, TALLY_NK_DESIGNATION, pv.s, a.e, a.v);
                return 1;
            }
        }
        lex_tok(t, a.e, s->end, &k);
        if (a.isint && nameword(s, &k, "after", s->end, &dot)) {
            simple(r, TALLY_NK_DESIGNATION, a.s, a.e, a.v);
            return 1;
        }
        if (year_like(&a) && (!is_range || (b.digits && (b.ndig == 2 || year_like(&b)))) &&
            is_year(s, a.s, e, q, is_range && year_like(&b))) {
            simple(r, TALLY_NK_YEAR, a.s, e, lo);
            r->low = lo;
            r->high = hi;
            r->year = (int)lo;
            if (is_range)
                r->qual = TALLY_Q_RANGE;   /* value stays the first year */
            return 1;
        }
        /* 1500 hours, 0600 hours: a clock time */
        if (a.isint && a.ndig == 4 && fmod(a.v, 100) < 60 && a.v <= 2400) {
            lex_tok(t, a.e, s->end, &k);
            if ((is_w(&k, "hours") || is_w(&k, "hrs")) &&
                (t[a.s] == '0' || (prev_tok_s(s, a.s, s->floor, &pv) && is_w(&pv, "at")))) {
                simple(r, TALLY_NK_TIME, a.s, k.e, a.v);
                return 1;
            }
        }
    }
    /* "one in four", "one out of four", "one in every five" */
    if (!is_range && !percent && !iso && !(flags & TALLY_NF_FRACTION) && a.isint + !a.digits) {
        ntok in, of, d;
        lex_tok(t, a.e, s->end, &in);
        int gap = 0;   /* "one daler in five", "one man in ten", "one army lorry in
                          five": a noun of at most two words between */
        ntok w = in;
        for (int g = 0; g < 2 && a.one && w.type == T_WORD && !IN_LIST(&w, function_words) &&
                        !numword_of(&w);
             g++) {
            ntok nx;
            lex_tok(t, w.e, s->end, &nx);
            if (is_w(&nx, "in")) {
                in = nx;
                gap = 1;
                break;
            }
            w = nx;
        }
        size_t p = in.e;
        int ok = is_w(&in, "in"), out = 0, every = 0;
        if (is_w(&in, "out")) {
            lex_tok(t, in.e, s->end, &of);
            ok = out = is_w(&of, "of");
            p = of.e;
        }
        if (ok) {
            lex_tok(t, p, s->end, &d);
            if (is_w(&d, "every")) {
                every = 1;
                lex_tok(t, d.e, s->end, &d);
            }
            atom den;
            /* "one in 22": the word one may take a denominator in digits */
            int mixed = a.one && !a.digits && d.type == T_NUM;
            if (((d.type == T_NUM) == (a.digits != 0) || mixed) && parse_atom(s, &d, 0, &den) &&
                !(mixed && noun_follows(s, den.e) && !word_follows(s, den.e, "of")) &&
                !den.ordinal && !den.vague && den.v > a.v && !year_like(&den) &&
                !(den.flags & TALLY_NF_FRACTION) &&
                !(out && !every && !ratio_like(den.v) && noun_follows(s, den.e)) &&
                !(gap && noun_follows(s, den.e))) {
                r->end = den.e;
                r->flags |= TALLY_NF_FRACTION;
                /* "as many as one in six": high only, as "less than half" */
                set_value(r, q == TALLY_Q_AT_LEAST || q == TALLY_Q_AT_MOST ? q : TALLY_Q_RATIO,
                          a.v / den.v, a.v / den.v);
                r->qual = TALLY_Q_RATIO;
                r->bound = q;
                return 1;
            }
        }
    }

    /* after "one in four": "which one" alone is a pronoun */
    if (a.one && !is_range && !percent && one_is_pronoun(s, &a)) {
        simple(r, TALLY_NK_PRONOUN, a.s, a.e, 1);
        return 1;
    }

    /* a figure */
    if (a.vague)
        q = TALLY_Q_VAGUE;
    if (is_range) {
        shape = q;
        q = TALLY_Q_RANGE;
    }
    set_value(r, q, lo, hi);
    if (percent || (flags & TALLY_NF_FRACTION)) {
        r->bound = q;
        r->qual = TALLY_Q_RATIO;
        if (percent) {
            r->flags |= TALLY_NF_PERCENT;
            snprintf(r->unit, sizeof r->unit, "percent");
        }
    } else if (is_range) {
        r->bound = shape;
    }
    return 1;
}

/* Bytes after a word that make it an identifier (a digit, '_') or may
 * make it a URL (':'). */
static const unsigned char after_word[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, ['_'] = 1, [':'] = 1};

/* Longest number word ("seventeenth", "thousandths"). */
#define NUMWORD_MAX 11

/* 1 when the word at t[p..e) may start a number expression: a number word
 * in any case ("Two", "dozen"), or "a"/"an" when a number word follows ("a
 * dozen", "a third").  Most words fail on their first two letters. */
static int word_may_anchor(const scan *s, size_t p, size_t e)
{
    size_t n = e - p;
    char w[NUMWORD_MAX + 1];
    const unsigned char *u = (const unsigned char *)s->t + p;   /* ASCII letters */
    unsigned c0 = (u[0] | 0x20u) - 'a';
    if (n <= 2 && c0 == 0 && (n == 1 || (u[1] | 0x20) == 'n')) {   /* "a", "an" */
        ntok nx;
        lex_tok(s->t, e, s->end, &nx);
        return numword_of(&nx) != NULL || is_w(&nx, "couple");
    }
    if (n < 2 || n > NUMWORD_MAX)
        return 0;
    unsigned c1 = (u[1] | 0x20u) - 'a';
    if (!((nw_index.second[c0] >> c1) & 1))
        return 0;
    unsigned c2 = n > 2 ? (u[2] | 0x20u) - 'a' : 26;
    if (!((nw_index.third[c0 * 26 + c1] >> c2) & 1))
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = to_lower(at(s->t, p + i));
    w[n] = '\0';
    return numword_find(w) != NULL;
}

tally_status tally_numbers_find(const char *text, size_t start, size_t end,
                                const tally_lexicon *lex, tally_number **out, size_t *n,
                                tally_error *err)
{
    scan s;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    if (!text || end < start)
        return tally_fail(err, TALLY_EUSAGE, "numbers: bad span %zu..%zu", start, end);
    memset(&s, 0, sizeof s);
    s.t = text;
    s.start = s.floor = start;
    s.end = end;
    s.lex = lex;
    int tables = 0;   /* months and units looked up (at the first anchor) */
    ptcache pc[PT_SLOTS];
    for (size_t i = 0; i < PT_SLOTS; i++)   /* empty (clearing the tokens would cost more) */
        pc[i].used = 0;
    s.pc = pc;
    if (!nw_index.ready)   /* word_may_anchor() relies on it */
        nw_build();
    size_t pos = start;
    ntok k;
    while (pos < end) {
        while (pos < end && scan_class[at(text, pos)] == SC_OTHER)
            pos++;
        if (pos >= end)
            break;
        unsigned char c = at(text, pos);
        int anchor = 0;
        if (scan_class[c] == SC_ALPHA) {   /* a word: skip it unless it may start a number */
            size_t e = letters_end(text, pos + 1, end);
            if (e < end && after_word[at(text, e)]) {   /* rare: one test for both */
                if (is_dig(at(text, e)) || text[e] == '_') {   /* an identifier */
                    while (e < end && is_wordch(at(text, e)))
                        e++;
                    pos = e;
                    continue;
                }
                if (e + 2 < end && text[e] == ':' && text[e + 1] == '/' && text[e + 2] == '/') {
                    while (e < end && !space_at(text, e, end))   /* a URL: skip it whole */
                        e++;
                    pos = e;
                    continue;
                }
            }
            if (!word_may_anchor(&s, pos, e)) {
                pos = e;
                continue;
            }
            anchor = 1;
        } else if (is_dig(c) || (c == '.' && pos + 1 < end && is_dig(at(text, pos + 1)))) {
            anchor = 1;
        } else if (scan_class[c] == SC_LEAD) {
            size_t vl;
            anchor = vulgar_at(text, pos, end, &vl) > 0;
        }
        if (!anchor) {
            pos++;
            continue;
        }
        if (!tables) {
            s.months = tally_lexicon_table(lex, "months") != NULL;
            s.units = tally_lexicon_table(lex, "units") != NULL;
            tables = 1;
        }
        lex_tok(text, pos, end, &k);
        tally_number r;
        if (parse_expr(&s, &k, &r) && r.end > pos && r.start >= s.floor) {
            if (grow_array((void **)out, &cap, *n + 1, sizeof **out) < 0) {
                free(*out);
                *out = NULL;
                *n = 0;
                return tally_fail(err, TALLY_ENOMEM, "out of memory");
            }
            (*out)[(*n)++] = r;
            s.prev = r;
            s.have_prev = 1;
            s.floor = r.end;
            pos = r.end;
            continue;
        }
        pos = k.e > pos ? k.e : pos + 1;
    }
    return TALLY_OK;
}
