/*
 * context.c - the fourth stage: what each figure of a sentence counts.
 *
 * For every number of one sentence this file finds the counted noun phrase
 * ("120 MiG-15s", "four air regiments", "30,000 tons of cement"), its unit
 * lemma and category from the "units" lexicon table (designations such as
 * "MiG-15s" or "T-34s" through the "designations" table), the mention span,
 * and whether the number is a figure worth reporting.
 *
 * It works in passes over the sentence's numbers, each pass bounded by a
 * few words of look-ahead or look-behind, so the whole stage is linear in
 * the sentence:
 *   1. own:      the noun phrase right after the number (or the unit the
 *                number carries itself: "$650 million", "40 percent",
 *                "one third");
 *   2. paren:    "six fighter regiments (five MiG-15s and one La-11)": two or
 *                more parts in a parenthesis after "N <formation>" whose
 *                nouns are aircraft, designations or type names (or absent)
 *                and whose values add up to N within max(1, 10%) count the
 *                formation;
 *   3. parallel: "25 MiGs and four La-9 and La-11 regiments": a bare type
 *                name coordinated with "N <designation> <formation>" counts
 *                the formation too;
 *   4. coord:    "fifty thousand or one million soldiers": a number with
 *                no noun takes the noun of the coordinated number after it;
 *   5. context:  a number with no noun right inside "(" after a unit noun;
 *                in the body also the unit of the figure just before it
 *                ("200 air regiments, instead of the 150") or a unit noun
 *                governing it ("the number of aircraft rose to 300");
 *   6. ellipsis: in the body, a bare number followed by a preposition, a
 *                verb or punctuation takes the noun of the nearest figure
 *                before it ("27 aircraft were lost: 19 in accidents"), or of
 *                the last figure of the previous sentence of the paragraph
 *                ("promised 40 aircraft. It delivered 31, ..."; that
 *                sentence is read again with tally_numbers_find(), only when
 *                such a number needs it); shares are passed over.  In an
 *                endnote only within the sentence (endnote_ellipsis()).
 *      Before both: "the other two" after an ordinal ("a third group")
 *      counts the ordinal's noun; the size of a formation or collective
 *      ("groups of 30") and the whole of a bare partitive ("14 of the 60")
 *      with no figure before them count the plural subject the sentence
 *      opens with; a figure alone in parentheses after another is an aside
 *      and lends nothing; a collective with nothing named counts itself.
 *   7. partitive: a bare part of "231 of the 288 hulls" is set aside before
 *                pass 5 (partitive_whole()) and, once the rest is resolved,
 *                right to left takes the noun of its whole (the figure after
 *                "of"); with none, it goes through passes 5 and 6.
 * Then keep is decided (see decide_keep()).
 *
 * Small closed word classes (articles, prepositions, connectors) are static
 * lists here; everything about units and designations comes from the
 * lexicon, so a user can extend it with --lexicon.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/context.h"
#include "tally/text.h"

/* How far the noun phrase search may look. */
#define MAX_PRE    4   /* modifiers before the first unit word */
#define MAX_PLAIN  3   /* words of a noun phrase whose head is not in the lexicon */
#define MAX_OFEXT  3   /* words after "tons of" */
#define MAX_GAP    5   /* words between a figure and an elliptic sibling */
#define MAX_NOTE_GAP 8 /* words between a figure and a bare number in an endnote */
#define MAX_LINK   4   /* link words between a governing noun and its number */
#define KEY_MAX    64  /* longest word looked up */
#define SAME_BACK  24  /* sentences searched back for the figure "the 18,000" restates */
#define STRENGTH_SPAN 10 /* words between "strength" and the verb of its figure */

/* ------------------------------------------------------------------ */
/* Closed word classes.                                               */
/* ------------------------------------------------------------------ */

/* Words that end a noun phrase and can never be part of one (with a few
 * adjectives of position that follow a number as "21 short of the 60",
 * "31,000 below establishment").  Kept in strcmp order, lower case:
 * is_stop() searches it by bisection. */
static const char *const STOP[] = {
    "a", "about", "above", "across", "after", "against", "ago", "ahead", "all", "along",
    "alongside", "also", "among", "an", "and", "apiece", "are", "around",
    "as", "at", "await", "awaits", "away", "back", "be", "been", "before", "behind", "being",
    "below", "beside", "between", "beyond", "both", "but", "by", "can", "cannot", "comprise",
    "comprises", "consist", "consists", "contain", "contains", "could",
    "despite",
    "did", "do", "does", "down", "during", "each", "earlier", "every", "for", "from", "had",
    "has", "have", "he", "her", "here", "his", "i", "if", "in", "including", "instead", "into",
    "is", "it", "its", "just", "lack", "lacks", "later", "may", "might", "must", "my", "near",
    "need", "needs", "never", "no", "nor", "not", "of", "off", "often", "on", "only", "onto",
    "or", "our", "out", "over", "per", "plus", "rarely", "require", "requires", "respectively",
    "seldom", "shall", "she", "short", "should", "since", "so", "than", "that", "the", "their",
    "them",
    "then", "there", "these", "they", "this", "those", "through", "to", "toward", "towards",
    "under", "until", "upon", "via", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "whose", "will", "with", "within", "without", "would", "you",
    "your"};
#define NSTOP (sizeof STOP / sizeof STOP[0])

/* Modifiers and adverbs of place that can never be the head of a noun
 * phrase ("40 inland and 20 along the coast"). */
static const char *const NOHEAD[] = {
    "more", "fewer", "less", "other", "additional", "further", "extra", "new", "old", "such",
    "own", "different", "separate", "same", "former", "latter", "few", "many", "several",
    "odd", "or", "so", "inland", "abroad", "overseas", "ashore", "afloat", "aboard",
    "together", "altogether", "apiece", "alone", "now", "then", "today", "still", "again", "open", "available",
    "serviceable", "operational", "idle", "intact", "sitting", "lying", "walking",
    "due", "overdue", "unfit", "fit", "empty", "full", "loaded", "laden", "unladen", "ready",
    "spare", "usable", "unusable", "unserviceable", "airworthy", "seaworthy", "missing",
    "repairable",
    /* weight and size classes: "312 tanks: 186 medium, 84 light and 42 heavy" */
    "light", "medium", "heavy", "small", "large", "big", "lighter", "heavier", "smaller",
    "larger", NULL};

/* Determiners skipped after a partitive "of" ("three of the regiments"). */
static const char *const DET[] = {
    "the", "these", "those", "their", "its", "his", "her", "our", "all", "them", "this",
    "that", "such", NULL};

/* Words joining two numbers that share a noun ("two or three", "5, 6 and 7"). */
static const char *const CONNECT[] = {"and", "or", "to", "nor", "and/or", "through", NULL};

/* Words allowed between a figure and a later bare number that shares its
 * noun ("200 regiments, instead of the 150", "four divisions, of which three"). */
static const char *const GAP[] = {
    "instead", "of", "the", "than", "and", "or", "to", "from", "compared", "with", "versus",
    "vs", "against", "rather", "but", "only", "then", "which", "whom", "them", "these",
    "those", "another", "a", "further", "some", "about", "nearly", "just", "while", "plus",
    "out", "not", "as", "many", "much", "in", "all", NULL};

/* Words between a unit noun and a number it governs ("aircraft rose to 300",
 * "casualties reached 3,000", "the number of troops was 40,000", "the
 * frigate force will number 13"). */
static const char *const LINK[] = {
    "numbered", "totaled", "totalled", "totaling", "totalling", "reached", "rose", "fell",
    "grew", "increased", "decreased", "dropped", "declined", "stood", "amounted", "was",
    "were", "is", "are", "at", "to", "of", "by", "from", "about", "around", "some", "nearly",
    "roughly", "approximately", "only", "just", "had", "has", "have", "climbed", "came",
    "went", "reduced", "over", "than", "more", "less", "fewer", "exceeded", "totals",
    "numbers", "number", "remained", "almost", "doubled", "tripled", "trebled", "halved",
    "been", "risen", "fallen", "grown", "put", "estimated", "reckoned", "assessed", "will",
    "would", "rise", "grow", "fall", "reach", "shrunk", "shrank", NULL};

/* Units of measure that head what a number counts even when a noun of the
 * material follows without "of" ("310 tons ammunition", "40 barrels fuel"). */
static const char *const MEASURE[] = {"ton", "tons", "tonne", "tonnes", "kg", "kilograms",
                                      "barrels", "gallons", "litres", "liters", "bushels",
                                      NULL};

/* Nouns of an amount that stand between a unit noun and the number it
 * governs ("rifle production went from 9,500", "tank output fell to 300",
 * "fuel stocks stood at 40,000"). */
static const char *const AMOUNT[] = {"production", "output", "deliveries", "stocks", "stock",
                                     "strength", "imports", "exports", "losses", "holdings",
                                     "holding", NULL};

/* Units of collectives that are no formation: the bare number after "a
 * convoy of" counts what the convoy is made of ("a convoy of 36" after "11
 * ships"), as the size of a formation does (see group_size()). */
static const char *const COLLECTIVE[] = {"convoy", "column", "wave", "batch", "train",
                                         "flotilla", "shipment", "consignment", "lot", "load",
                                         "bundle", NULL};

/* Group words that are nothing but a set of the noun before them: "the
 * glider fleet to 118" counts gliders, "a conscript force of 9,200"
 * conscripts (see member_before()); not "a tank brigade of 3,000". */
static const char *const GROUP_OF[] = {"fleet", "fleets", "force", "forces", "park", "pool",
                                       NULL};

/* Collectives made of people: the bare number after "a crew of" counts
 * persons whatever the sentence names ("each boat needed a crew of 34"),
 * for a crew, a garrison or a party is people by what the word means. */
static const char *const PEOPLE_GROUP[] = {"crew", "crews", "aircrew", "aircrews", "garrison",
                                           "garrisons", "complement", "staff", "team", "teams",
                                           "party", "parties", NULL};

/* Ordinals that single out one of a set ("a third fighter group ... the
 * other two"). */
static const char *const ORDINAL[] = {"second", "third", "fourth", "fifth", "sixth",
                                      "seventh", "eighth", "ninth", "tenth", NULL};

/* Irregular past tenses, which never head the noun phrase of a number
 * ("12 went to the front", "three fell"); regular ones end in -ed. */
static const char *const PAST[] = {
    "became", "become", "began", "begun", "bought", "broke", "broken", "brought", "built", "burnt",
    "came", "cast", "caught", "come", "chose", "chosen", "cost", "done", "drawn", "drove", "driven", "dug", "fell", "flew", "flown",
    "fought", "found", "gave", "given", "gone", "got", "grew", "grown", "held", "hit", "kept",
    "known", "lay", "left", "lost", "made", "paid", "ran", "remain", "remained", "remains",
    "rose", "sank", "seen", "sent", "shot", "sold", "spent", "stood", "stolen", "struck",
    "sunk", "taken", "thrown", "took", "went", "won", "written", NULL};

/* Scale words: "two million of", "hundreds of", "a couple of". */
static const char *const SCALE[] = {
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "couple", "dozen", "dozens", "score", "scores", "tens", "lakh", "crore", NULL};

/* Words after "N times" that make it a multiplier, not a count of events. */
static const char *const MULT[] = {
    "as", "more", "less", "larger", "greater", "higher", "bigger", "fewer", "smaller",
    "longer", "faster", "the", "that", "what", "over", NULL};

/* Heads that count parts of a publication: in an endnote "four volumes" is
 * bibliography, not a figure. */
static const char *const BIBLIO[] = {
    "volume", "vol", "page", "pp", "issue", "edition", "chapter", "series", "part", "tome",
    "folio", "number", "no", "book", NULL};

/* Month names: before a partitive no name ("in March 231 of them"). */
static const char *const MONTH[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", NULL};

/* Words after a duration that make it a date ("two days later"). */
static const char *const RELTIME[] = {
    "later", "earlier", "ago", "afterwards", "afterward", "hence", "previously", NULL};

/* Tokens that spell a percent sign. */
static const char *const PERCENT_WORD[] = {"percent", "pct", "per-cent", NULL};

/* ------------------------------------------------------------------ */
/* Tokens.                                                            */
/* ------------------------------------------------------------------ */

typedef struct tok {
    size_t s, e;    /* span in text */
    int word;       /* 1 word, 0 one punctuation character */
} tok;

/* Code point at t[i] (bytes up to end); *len its length (1 for a bad byte). */
static unsigned cp_at(const char *t, size_t i, size_t end, size_t *len)
{
    unsigned cp;
    if ((unsigned char)t[i] < 0x80) {   /* ASCII, the common case */
        *len = 1;
        return (unsigned char)t[i];
    }
    size_t k = tally_utf8_decode((const unsigned char *)t + i, end - i, &cp);
    if (k == 0) {
        *len = 1;
        return (unsigned char)t[i];
    }
    *len = k;
    return cp;
}

/* Start of the code point that ends just before t[i] (lo <= result < i). */
static size_t cp_back(const char *t, size_t lo, size_t i)
{
    size_t j = i - 1;
    while (j > lo && i - j < 4 && ((unsigned char)t[j] & 0xC0) == 0x80)
        j--;
    return j;
}

/* White space, including no-break and thin spaces. */
static int is_space_cp(unsigned c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

/* Letters and digits, ASCII or not (punctuation, symbols and superscript
 * footnote digits excluded). */
static int is_word_cp(unsigned c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '%';
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return 0;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || c == 0xFEFF ||
        (c >= 0xFE30 && c <= 0xFE4F))
        return 0;
    return 1;
}

/* Characters that may join two word parts: MiG-15, km/h, People's. */
static int is_joiner_cp(unsigned c)
{
    return c == '-' || c == '/' || c == '\'' || c == 0x2019 || c == 0x2010 || c == 0x2011;
}

/* 1 when t[a..b) is one to three capital ASCII letters ("F", "KD"). */
static int caps_only(const char *t, size_t a, size_t b)
{
    if (b <= a)
        return 0;
    for (size_t i = a; i < b; i++)
        if (t[i] < 'A' || t[i] > 'Z')
            return 0;
    return 1;
}

/* The token starting at or after pos, before end.  0 when none. */
static int next_tok(const char *t, size_t pos, size_t end, tok *k)
{
    size_t len;
    while (pos < end) {
        unsigned c = cp_at(t, pos, end, &len);
        if (!is_space_cp(c))
            break;
        pos += len;
    }
    if (pos >= end)
        return 0;
    unsigned c = cp_at(t, pos, end, &len);
    k->s = pos;
    /* a number written with a leading point is a word: ".303 rifles" */
    int lead_point = c == '.' && pos + 1 < end && t[pos + 1] >= '0' && t[pos + 1] <= '9' &&
                     pos > 0 && (t[pos - 1] == ' ' || t[pos - 1] == '\t' || t[pos - 1] == '\n');
    if ((!is_word_cp(c) && !lead_point) || c == '%') {
        k->e = pos + len;
        k->word = c == '%';
        return 1;
    }
    pos += len;
    while (pos < end) {
        c = cp_at(t, pos, end, &len);
        if (is_word_cp(c) && c != '%') {
            pos += len;
            continue;
        }
        size_t l2;
        if (c == '.' && pos + 1 < end && t[pos - 1] >= '0' && t[pos - 1] <= '9' &&
            t[pos + 1] >= '0' && t[pos + 1] <= '9') {
            pos++;   /* a decimal point inside a word: "0.50-calibre" */
            continue;
        }
        if (c == '.' && pos + 1 < end && t[pos + 1] >= '0' && t[pos + 1] <= '9' &&
            pos - k->s <= 3 && caps_only(t, k->s, pos)) {
            pos++;   /* a model designation: "F.52", "K.14" */
            continue;
        }
        if (is_joiner_cp(c) && pos + len < end &&
            is_word_cp(cp_at(t, pos + len, end, &l2)) && t[pos + len] != '%') {
            pos += len + l2;
            continue;
        }
        break;
    }
    k->e = pos;
    k->word = 1;
    return 1;
}

/* The token ending at or before pos, not before lo.  0 when none. */
static int prev_tok(const char *t, size_t lo, size_t pos, tok *k)
{
    size_t len, j;
    while (pos > lo) {
        j = cp_back(t, lo, pos);
        if (!is_space_cp(cp_at(t, j, pos, &len)))
            break;
        pos = j;
    }
    if (pos <= lo)
        return 0;
    j = cp_back(t, lo, pos);
    unsigned c = cp_at(t, j, pos, &len);
    k->e = pos;
    if (!is_word_cp(c) || c == '%') {
        k->s = j;
        k->word = c == '%';
        return 1;
    }
    size_t s = j;
    while (s > lo) {
        size_t p = cp_back(t, lo, s);
        unsigned pc = cp_at(t, p, s, &len);
        if (is_word_cp(pc) && pc != '%') {
            s = p;
            continue;
        }
        if (is_joiner_cp(pc) && p > lo) {
            size_t q = cp_back(t, lo, p);
            unsigned qc = cp_at(t, q, p, &len);
            if (is_word_cp(qc) && qc != '%') {
                s = q;
                continue;
            }
        }
        if (pc == '.' && t[s] >= '0' && t[s] <= '9') {
            size_t q = p;   /* a model designation: "F.52", as next_tok() reads it */
            while (q > lo && p - q < 3 && t[q - 1] >= 'A' && t[q - 1] <= 'Z')
                q--;
            if (q < p && (q == lo || !is_word_cp((unsigned char)t[q - 1]))) {
                s = q;
                continue;
            }
        }
        break;
    }
    k->s = s;
    k->word = 1;
    return 1;
}

/* 1 when token k spells w, ignoring ASCII case. */
static int tok_is(const char *t, const tok *k, const char *w)
{
    size_t n = strlen(w);
    return k->e - k->s == n && strncasecmp(t + k->s, w, n) == 0;
}

/* 1 when token k is one of the words of list (the lists are short, but
 * this runs for every word near a number: compare the first letter before
 * anything else). */
static int tok_in(const char *t, const tok *k, const char *const *list)
{
    if (!k->word)
        return 0;
    char c0 = t[k->s] >= 'A' && t[k->s] <= 'Z' ? (char)(t[k->s] + 32) : t[k->s];
    size_t n = k->e - k->s;
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == c0 && strncasecmp(t + k->s, list[i], n) == 0 && list[i][n] == '\0')
            return 1;
    return 0;
}

/* 1 when k is "Short" written as the maker's name before a capitalised
 * type ("two Short Sunderlands"): a name, not "21 short of the 60". */
static int maker_short(const char *t, const tok *k)
{
    size_t p = k->e;
    if (k->e - k->s != 5 || t[k->s] != 'S')
        return 0;
    while (t[p] == ' ')
        p++;
    return p > k->e && t[p] >= 'A' && t[p] <= 'Z';
}

/* 1 when token k is a STOP word (bisection over the sorted list). */
static int is_stop(const char *t, const tok *k)
{
    char w[16];
    size_t n = k->e - k->s;
    if (!k->word || n >= sizeof w)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = t[k->s + i];
        w[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    w[n] = '\0';
    size_t lo = 0, hi = NSTOP;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = (unsigned char)STOP[mid][0] - (unsigned char)w[0];
        if (c == 0)
            c = strcmp(STOP[mid], w);
        if (c == 0)
            return !maker_short(t, k);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* 1 when token k is the punctuation character ch. */
static int tok_punct(const char *t, const tok *k, char ch)
{
    return !k->word && k->e - k->s == 1 && t[k->s] == ch;
}

/* 1 when the token contains a digit. */
static int tok_has_digit(const char *t, const tok *k)
{
    for (size_t i = k->s; i < k->e; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return 1;
    return 0;
}

/* Copy src into dst of size cap, cut to fit, always terminated. */
static void copy_str(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* ------------------------------------------------------------------ */
/* Lexicon look-ups.                                                  */
/* ------------------------------------------------------------------ */

typedef struct lexcols {
    const tally_lexicon *lex;
    int u_unit, u_cat;   /* columns of the units table, -1 when absent */
    int d_unit, d_cat;   /* columns of the designations table */
} lexcols;

typedef struct term {
    const char *unit;    /* borrowed from the lexicon */
    const char *cat;
    int desig;           /* a designation (MiG-15s, T-34) */
    int type_name;       /* a designation or a capitalised aircraft type (MiGs, Sabres) */
} term;

/* Column indices of the two tables this stage reads. */
static void lexcols_init(lexcols *L, const tally_lexicon *lex)
{
    const tally_table *u = lex ? tally_lexicon_table(lex, "units") : NULL;
    const tally_table *d = lex ? tally_lexicon_table(lex, "designations") : NULL;
    L->lex = lex;
    L->u_unit = u ? tally_table_col(u, "unit") : -1;
    L->u_cat = u ? tally_table_col(u, "category") : -1;
    L->d_unit = d ? tally_table_col(d, "unit") : -1;
    L->d_cat = d ? tally_table_col(d, "category") : -1;
}

/* Row of the units table for key: "regiments" -> regiment, formation. */
static int units_get(const lexcols *L, const char *key, term *out)
{
    const char *const *row;
    if (L->u_unit < 0 || L->u_cat < 0 || !tally_lexicon_find(L->lex, "units", key, &row, 1))
        return 0;
    out->unit = row[L->u_unit];
    out->cat = row[L->u_cat];
    return 1;
}

/* A designation: letters (a family in the designations table), an optional
 * hyphen, digits, then anything ("MiG-15s", "Tu-4", "F-86A", "T-34/85"). */
static int desig_get(const lexcols *L, const char *w, term *out)
{
    size_t i = 0;
    char fam[KEY_MAX];
    while ((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z'))
        i++;
    if (i == 0 || i > 6 || L->d_unit < 0 || L->d_cat < 0)
        return 0;
    size_t j = i + (w[i] == '-');
    if (!(w[j] >= '0' && w[j] <= '9'))
        return 0;
    memcpy(fam, w, i);
    fam[i] = '\0';
    const char *const *row;
    if (!tally_lexicon_find(L->lex, "designations", fam, &row, 1))
        return 0;
    out->unit = row[L->d_unit];
    out->cat = row[L->d_cat];
    out->desig = 1;
    return 1;
}

/* Look a word up as written, then singular ("armies" -> "army", "bombers'" ->
 * "bomber"), then by its last hyphen part ("jet-bombers" -> "bombers"). */
static int lookup_key(const lexcols *L, char *w, size_t n, int depth, term *out)
{
    if (units_get(L, w, out) || desig_get(L, w, out))
        return 1;
    char s[KEY_MAX];
    memcpy(s, w, n + 1);
    size_t m = n;
    if (m > 2 && (s[m - 1] == '\'' || (s[m - 2] == '\'' && s[m - 1] == 's'))) {
        m -= s[m - 1] == '\'' ? 1 : 2;          /* possessive */
        s[m] = '\0';
        if (units_get(L, s, out))
            return 1;
    }
    if (m > 4 && strcasecmp(s + m - 3, "ies") == 0) {
        memcpy(s + m - 3, "y", 2);
        if (units_get(L, s, out))
            return 1;
        memcpy(s, w, n + 1);
    } else if (m > 3 && (s[m - 1] == 's' || s[m - 1] == 'S')) {
        s[m - 1] = '\0';
        if (units_get(L, s, out))
            return 1;
        if (m > 4 && (s[m - 2] == 'e' || s[m - 2] == 'E')) {
            s[m - 2] = '\0';
            if (units_get(L, s, out))
                return 1;
        }
    }
    char *h = strrchr(w, '-');
    if (depth == 0 && h && h[1] && !(h[1] >= '0' && h[1] <= '9'))
        return lookup_key(L, h + 1, strlen(h + 1), 1, out);
    return 0;
}

/* Look up the word token k. */
static int lookup_tok(const lexcols *L, const char *t, const tok *k, term *out)
{
    char w[KEY_MAX];
    size_t n = k->e - k->s;
    memset(out, 0, sizeof *out);
    if (!k->word || n == 0 || n >= KEY_MAX || !L->lex)
        return 0;
    memcpy(w, t + k->s, n);
    w[n] = '\0';
    for (size_t i = 0; i < n; i++)   /* a typographic apostrophe counts as ' */
        if ((unsigned char)w[i] == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
            (unsigned char)w[i + 2] == 0x99) {
            w[i] = '\'';
            memmove(w + i + 1, w + i + 3, n - i - 2);
            n -= 2;
        }
    if (!lookup_key(L, w, n, 0, out))
        return 0;
    out->type_name = out->desig ||
                     (strcmp(out->cat, "aircraft") == 0 && t[k->s] >= 'A' && t[k->s] <= 'Z');
    return 1;
}

/* Look up two words as one term: "per cent", "machine guns". */
static int lookup_pair(const lexcols *L, const char *t, const tok *a, const tok *b, term *out)
{
    char w[KEY_MAX];
    size_t n1 = a->e - a->s, n2 = b->e - b->s;
    memset(out, 0, sizeof *out);
    if (!a->word || !b->word || n1 + n2 + 2 > KEY_MAX || !L->lex)
        return 0;
    memcpy(w, t + a->s, n1);
    w[n1] = ' ';
    memcpy(w + n1 + 1, t + b->s, n2);
    w[n1 + 1 + n2] = '\0';
    return units_get(L, w, out);
}

/* ------------------------------------------------------------------ */
/* Noun phrases.                                                      */
/* ------------------------------------------------------------------ */

typedef struct np {
    size_t start, end;      /* the phrase as written; start == end: none */
    size_t head_s, head_e;  /* its head word */
    char unit[48];          /* unit lemma, "" when the head is not in the lexicon */
    char cat[16];           /* category, "other" when unknown */
    int type_name;          /* the head is a designation or aircraft type name */
    int desig_mod;          /* a designation modifies a non-designation head */
    int known;              /* the head is in the lexicon */
} np;

/* Set the unit and category of p from a lexicon entry. */
static void np_set(np *p, const term *tm)
{
    copy_str(p->unit, sizeof p->unit, tm->unit);
    copy_str(p->cat, sizeof p->cat, tm->cat);
    p->type_name = tm->type_name;
    p->known = 1;
}

/* After a distance head: "per hour" / "an hour" makes a speed. */
static void speed_suffix(const char *t, size_t end, np *p)
{
    tok a, b;
    if (strcmp(p->cat, "distance") != 0 || !next_tok(t, p->end, end, &a) ||
        !(tok_is(t, &a, "per") || tok_is(t, &a, "an") || tok_is(t, &a, "a")) ||
        !next_tok(t, a.e, end, &b) ||
        !(tok_is(t, &b, "hour") || tok_is(t, &b, "hr") || tok_is(t, &b, "h")))
        return;
    const char *u = strcmp(p->unit, "mile") == 0           ? "mph"
                    : strcmp(p->unit, "km") == 0           ? "km/h"
                    : strcmp(p->unit, "nautical mile") == 0 ? "knot"
                                                           : NULL;
    if (u) {
        snprintf(p->unit, sizeof p->unit, "%s", u);
    } else {
        size_t l = strlen(p->unit);
        if (l + 3 > sizeof p->unit)
            return;
        memcpy(p->unit + l, "/h", 3);
    }
    snprintf(p->cat, sizeof p->cat, "speed");
    p->end = b.e;
}

/* After a materiel, munition or labour head: "tons of cement", "pieces of
 * steel plate" (lower-case words only, no article). */
static void of_extension(const char *t, size_t end, np *p)
{
    tok a, k;
    if (!(strcmp(p->cat, "materiel") == 0 || strcmp(p->cat, "munition") == 0 ||
          strcmp(p->cat, "labor") == 0) ||
        !next_tok(t, p->end, end, &a) || !tok_is(t, &a, "of"))
        return;
    size_t pos = a.e, last = 0;
    for (int i = 0; i < MAX_OFEXT && next_tok(t, pos, end, &k); i++) {
        if (!k.word || is_stop(t, &k) || tok_has_digit(t, &k) ||
            !(t[k.s] >= 'a' && t[k.s] <= 'z'))
            break;
        last = k.e;
        pos = k.e;
    }
    if (last)
        p->end = last;
}

/* The head of a phrase not in the lexicon, lower-cased and made singular
 * by the regular English endings: "coalitions" -> "coalition",
 * "batteries" -> "battery", "boxes" -> "box", and the compounds in "-men"
 * ("riflemen" -> "rifleman", men of a trade: category personnel).  Other
 * irregular plurals are the lexicon's job. */
static void plain_lemma(const char *t, size_t s, size_t e, np *p)
{
    size_t n = e - s;
    char *u = p->unit;
    if (n == 0 || n >= sizeof p->unit)
        return;
    for (size_t i = 0; i < n; i++) {
        char c = t[s + i];
        u[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    u[n] = '\0';
    if (n > 5 && strcmp(u + n - 3, "men") == 0 && !strchr("iouy", u[n - 4])) {
        u[n - 2] = 'a';   /* "linesmen" -> "linesman", "militiamen"; not "specimen",
                             "abdomen" */
        copy_str(p->cat, sizeof p->cat, "personnel");   /* men of some trade */
    } else if (n > 5 && strcmp(u + n - 5, "buses") == 0) {
        u[n - 2] = '\0';   /* "omnibuses" -> "omnibus" */
    } else if (n > 4 && strcmp(u + n - 3, "ies") == 0) {
        memcpy(u + n - 3, "y", 2);
    } else if (n > 4 && (strcmp(u + n - 4, "sses") == 0 || strcmp(u + n - 3, "xes") == 0 ||
                         strcmp(u + n - 4, "ches") == 0 || strcmp(u + n - 4, "shes") == 0)) {
        u[n - 2] = '\0';
    } else if (n > 3 && u[n - 1] == 's' && u[n - 2] != 's' && u[n - 2] != 'u' &&
               u[n - 2] != 'i' && u[n - 2] != '\'') {
        u[n - 1] = '\0';
    }
}

/* 1 when the word looks like a regular plural noun: lower-case, ends in
 * "s" but not "ss", no digits ("locations", not "across" or "its"). */
static int plural_like(const char *t, const tok *k)
{
    size_t n = k->e - k->s;
    const char *w = t + k->s;
    if (n < 4 || !(w[0] >= 'a' && w[0] <= 'z') || w[n - 1] != 's' || w[n - 2] == 's' ||
        w[n - 2] == 'u' || w[n - 2] == 'i' || tok_has_digit(t, k))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((w[i] >= 'a' && w[i] <= 'z') || w[i] == '-'))
            return 0;
    return 1;
}

/* 1 when token k is shaped like a designation: a capital, at most five
 * more letters, an optional hyphen, then a digit ("Kh-30s", "T-55", "M46"). */
static int desig_shape(const char *t, const tok *k)
{
    size_t i = k->s;
    if (!k->word || !(t[i] >= 'A' && t[i] <= 'Z'))
        return 0;
    while (i < k->e && i - k->s < 7 && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z')))
        i++;
    if (i - k->s > 6)
        return 0;
    if (i < k->e && (t[i] == '-' || t[i] == '.'))
        i++;   /* "MiG-15", "F.52" */
    return i < k->e && t[i] >= '0' && t[i] <= '9';
}

/* 1 when token k is a lower-case word ending in "-ed" ("damaged", "arrived"). */
static int past_ed(const char *t, const tok *k)
{
    size_t n = k->e - k->s;
    return k->word && n > 3 && t[k->s] >= 'a' && t[k->s] <= 'z' &&
           strncmp(t + k->e - 2, "ed", 2) == 0;
}

/* 1 when token k is a lower-case superlative ("largest", "heaviest"): a
 * word in "-est" that is no noun of that ending ("interest", "forest"). */
static int superlative(const char *t, const tok *k)
{
    static const char *const NOUN_EST[] = {"interest", "harvest", "forest", "request",
                                           "protest", "contest", "conquest", "arrest", NULL};
    return k->e - k->s >= 6 && t[k->s] >= 'a' && t[k->s] <= 'z' &&
           strncmp(t + k->e - 3, "est", 3) == 0 && !tok_in(t, k, NOUN_EST);
}

/* Trailing words that cannot end a noun phrase whose head is unknown:
 * participles ("the 150 projected"), past tenses ("12 went"), adverbs,
 * superlatives, "more". */
static int weak_tail(const char *t, const tok *k)
{
    size_t n = k->e - k->s;
    if (tok_in(t, k, NOHEAD) || tok_in(t, k, PAST) || tok_has_digit(t, k))
        return 1;
    if (n > 3 && strncasecmp(t + k->e - 2, "ed", 2) == 0)
        return 1;
    if (n > 3 && strncasecmp(t + k->e - 2, "ly", 2) == 0)
        return 1;
    if (superlative(t, k))
        return 1;   /* "the two largest": the noun is elliptical */
    for (size_t i = k->e; i-- > k->s + 1;)   /* "home-built", "British-made" */
        if (t[i] == '-') {
            tok last = {i + 1, k->e, 1};
            return last.s < last.e && tok_in(t, &last, PAST);
        }
    return 0;
}

/* Up to WIN words after a number, each looked up at most once. */
#define WIN 10

typedef struct window {
    const lexcols *L;
    const char *t;
    tok w[WIN];
    term tm[WIN];
    signed char hit[WIN];   /* -1 not looked up yet, 0 miss, 1 hit */
    unsigned char conj[WIN];/* "and", "or", "," kept only after a designation */
    int n;
} window;

/* Word i of the window looked up (memoised); a two-word term ("nautical
 * miles", "man days") is tried when either word is a unit itself ("cable
 * sections": a compound of the lexicon, not "cable" the telegram). */
static int win_hit(window *W, int i)
{
    if (i >= W->n || W->conj[i])
        return 0;
    if (W->hit[i] < 0) {
        W->hit[i] = (signed char)lookup_tok(W->L, W->t, &W->w[i], &W->tm[i]);
        term pt;
        if (i + 1 < W->n && !W->conj[i + 1] && (win_hit(W, i + 1) || W->hit[i]) &&
            lookup_pair(W->L, W->t, &W->w[i], &W->w[i + 1], &pt)) {
            pt.type_name = 0;
            W->tm[i] = pt;
            W->hit[i] = 1;
            W->w[i].e = W->w[i + 1].e;          /* merge the pair */
            for (int j = i + 1; j + 1 < W->n; j++) {
                W->w[j] = W->w[j + 1];
                W->tm[j] = W->tm[j + 1];
                W->hit[j] = W->hit[j + 1];
                W->conj[j] = W->conj[j + 1];
            }
            W->n--;
        }
    }
    return W->hit[i];
}

/* When the stop word k and the word after it form a lexicon term ("all
 * ranks"), make that term the only word of W and return 1. */
static int stop_pair(const lexcols *L, const char *t, const tok *k, size_t limit, window *W)
{
    tok b;
    term tm;
    if (!next_tok(t, k->e, limit, &b) || !b.word || is_stop(t, &b) ||
        !lookup_pair(L, t, k, &b, &tm))
        return 0;
    W->w[0] = *k;
    W->w[0].e = b.e;
    W->tm[0] = tm;
    W->hit[0] = 1;
    W->conj[0] = 0;
    W->n = 1;
    return 1;
}

/* Fill the window with the words from pos up to a stop word, punctuation
 * or limit; "and", "or" and "," are kept where a designation may follow
 * ("La-9 and La-11 regiments"). */
static void win_fill(window *W, const lexcols *L, const char *t, size_t pos, size_t limit)
{
    tok k;
    W->L = L;
    W->t = t;
    W->n = 0;
    while (W->n < WIN && next_tok(t, pos, limit, &k)) {
        int conj = tok_is(t, &k, "and") || tok_is(t, &k, "or") || tok_punct(t, &k, ',');
        if (!conj && k.word && is_stop(t, &k) && W->n == 0 && stop_pair(L, t, &k, limit, W))
            return;   /* "800 all ranks": a term that opens with a stop word */
        if (!conj && (!k.word || is_stop(t, &k)))
            break;
        if (conj && (W->n == 0 || W->conj[W->n - 1] || !tok_has_digit(t, &W->w[W->n - 1])))
            break;
        W->w[W->n] = k;
        W->hit[W->n] = -1;
        W->conj[W->n] = (unsigned char)conj;
        W->n++;
        pos = k.e;
    }
}

static void scan_np(const lexcols *L, const char *t, size_t pos, size_t limit, int plural,
                    np *p);

/* Modifiers joined by "and"/"or" before one head: "520 field and medium
 * guns", "40 British or French aircraft".  W holds one or two words with
 * no lexicon noun, ending before the conjunction; when the phrase after it
 * is headed by a lexicon noun within a few words, that noun is the head of
 * the whole.  Fills p and returns 1 then. */
static int coord_modifiers(const lexcols *L, const char *t, const window *W, size_t limit,
                           int plural, np *p)
{
    tok c;
    np q;
    if (W->n < 1 || W->n > 2 || W->conj[W->n - 1] ||
        !next_tok(t, W->w[W->n - 1].e, limit, &c) ||
        !(tok_is(t, &c, "and") || tok_is(t, &c, "or")))
        return 0;
    for (int i = 0; i < W->n; i++)
        if (tok_in(t, &W->w[i], PAST) || (weak_tail(t, &W->w[i]) && !tok_in(t, &W->w[i], NOHEAD)) ||
            plural_like(t, &W->w[i]))
            return 0;   /* "12 killed and 30 wounded"; "porters and mules"; but a
                           word of NOHEAD ("600 new or used lorries") is a modifier */
    scan_np(L, t, c.e, limit, plural, &q);
    if (!q.known || q.head_s <= c.e)
        return 0;
    size_t start = p->start;
    *p = q;
    p->start = start;
    return 1;
}

/* The noun phrase starting at pos and ending before limit (the next number
 * or the sentence end).  Grammar: up to MAX_PRE modifiers, then a run of
 * unit words and designations ("Tu-2 bomber regiments", "La-9 and La-11
 * regiments"; one unknown word may sit inside: "fighter aviation
 * divisions"); the head is the last unit word of the run.  Without any unit
 * word the phrase is the first few content words ("two options").  plural:
 * the number counts more than one, so the head should be plural. */
/* 1 when the lexicon word k (term tm) after a plural number is a present
 * participle, not the noun: the singular of an "-ing" noun that is no money
 * ("three building": ships on the stocks, not buildings). */
static int participle(const char *t, const tok *k, const term *tm)
{
    size_t n = k->e - k->s;
    return n > 5 && strncmp(t + k->e - 3, "ing", 3) == 0 && tok_is(t, k, tm->unit) &&
           strcmp(tm->cat, "money") != 0 && !tm->desig;
}

/* 1 when the word k after a number is a lower-case "-ing" word followed by
 * a determiner: a verb of an elliptical number, not its noun ("two flying
 * the new type"; but "five building slips" has a noun after it). */
static int verb_ing(const char *t, const tok *k, size_t limit)
{
    size_t n = k->e - k->s;
    tok a;
    return k->word && n > 5 && t[k->s] >= 'a' && t[k->s] <= 'z' &&
           strncmp(t + k->e - 3, "ing", 3) == 0 && next_tok(t, k->e, limit, &a) &&
           (tok_in(t, &a, DET) || tok_is(t, &a, "a") || tok_is(t, &a, "an"));
}

/* "95,000 head of cattle", "2,000 head of sheep": "head" at k is a
 * counter and the lexicon noun after "of" is the head of the phrase.
 * Fills p (from k on) and returns 1 then. */
static int head_of(const lexcols *L, const char *t, const tok *k, size_t limit, int plural,
                   np *p)
{
    tok a;
    np q;
    if (!tok_is(t, k, "head") || !next_tok(t, k->e, limit, &a) || !tok_is(t, &a, "of"))
        return 0;
    scan_np(L, t, a.e, limit, plural, &q);
    if (!q.known || q.type_name)
        return 0;
    *p = q;
    p->start = k->s;
    return 1;
}

/* Participles after a counted plural noun that tell its fate, not a
 * thing of their own ("1,870 camels dead", "300 horses killed"). */
static const char *const FATE_AFTER[] = {"killed", "wounded", "dead", "missing", "drowned",
                                         "destroyed", "captured", "lost", NULL};

/* 1 when the word k is a hyphenated compound whose last part, after a
 * part of letters, spells the singular unit: a compound modifier
 * ("flat-bed", "anti-tank"), no noun itself before a plural noun. */
static int hyphen_modifier(const char *t, const tok *k, const char *unit)
{
    size_t h = k->e;
    while (h > k->s && t[h - 1] != '-')
        h--;
    if (h <= k->s + 1 || h >= k->e || !unit)
        return 0;
    tok last = {h, k->e, 1};
    unsigned char c = (unsigned char)t[h - 2];
    return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && tok_is(t, &last, unit);
}

static void scan_np(const lexcols *L, const char *t, size_t pos, size_t limit, int plural,
                    np *p)
{
    window W;
    int f = -1, n_desig = 0;
    memset(p, 0, sizeof *p);
    copy_str(p->cat, sizeof p->cat, "other");
    p->start = p->end = pos;
    int glued = 0;
    if (pos < limit && t[pos] == '-' && pos + 1 < limit &&
        ((t[pos + 1] >= 'a' && t[pos + 1] <= 'z') || (t[pos + 1] >= 'A' && t[pos + 1] <= 'Z'))) {
        pos++;                       /* "30-mile", "three-month" */
        glued = 1;
    }
    win_fill(&W, L, t, pos, limit);
    if (W.n > 0 && head_of(L, t, &W.w[0], limit, plural, p))
        return;   /* "95,000 head of cattle" */
    /* modifiers, up to the first unit word */
    for (int i = 0; i < W.n && i <= MAX_PRE && !W.conj[i]; i++)
        if (win_hit(&W, i)) {
            f = i;
            break;
        }
    if (f < 0 && W.n > 0 && desig_shape(t, &W.w[0]) &&
        !(W.n > 1 && W.w[1].word && t[W.w[1].s] >= 'a' && t[W.w[1].s] <= 'z' &&
          plural_like(t, &W.w[1]))) {   /* not "48 F.52 cameras": the noun after */
        /* a designation of a family the lexicon does not know: "12 Kh-30s" */
        p->start = p->head_s = W.w[0].s;
        p->end = p->head_e = W.w[0].e;
        plain_lemma(t, p->head_s, p->head_e, p);
        p->type_name = 1;
        return;
    }
    if (f < 0 && coord_modifiers(L, t, &W, limit, plural, p))
        return;   /* "520 field and medium guns" */
    if (f < 0 && W.n == 1 && verb_ing(t, &W.w[0], limit))
        return;   /* "two flying the new type": the noun is elliptical */
    if (f < 0) {
        /* unknown head: the first content words up to the first plural
         * when counting more than one ("porters" in "porters carried
         * rice"), else with weak words trimmed from the end */
        int m = 0;
        while (m < W.n && m < MAX_PLAIN && !W.conj[m] && !tok_in(t, &W.w[m], PAST) &&
               !(past_ed(t, &W.w[m]) && !(m + 1 < W.n && plural_like(t, &W.w[m + 1]))))
            m++;   /* a past tense ends it: "12 went astray", "4 damaged beyond repair" */
        for (int i = 0; plural && i < m; i++)
            if (plural_like(t, &W.w[i])) {
                m = i + 1;
                break;
            }
        while (m > 0 && weak_tail(t, &W.w[m - 1]))
            m--;
        if (m > 0) {
            p->start = W.w[0].s;
            p->end = W.w[m - 1].e;
            p->head_s = W.w[m - 1].s;
            p->head_e = W.w[m - 1].e;
            plain_lemma(t, p->head_s, p->head_e, p);
        }
        return;
    }
    /* extend the run from the first unit word (modifiers before it are not
     * in the lexicon, so they are not designations either) */
    int h = f;
    /* a compound modifier counts its own noun: "a 45-ship convoy", "the
     * 2-ton trucks", "a 10-man crew" count ships, tons and men */
    int compound = glued && f == 0 && !W.tm[0].desig && !plural_like(t, &W.w[0]);
    for (; !compound;) {
        if (h + 1 < W.n && plural_like(t, &W.w[h]) && t[W.w[h].s] >= 'a' && t[W.w[h].s] <= 'z' &&
            t[W.w[h + 1].s] >= 'A' && t[W.w[h + 1].s] <= 'Z' && !(win_hit(&W, h + 1) && W.tm[h + 1].desig))
            break;                                   /* "the eight months Bomber Command flew" */
        if (win_hit(&W, h + 1) &&
            !((plural || plural_like(t, &W.w[h])) && tok_in(t, &W.w[h + 1], FATE_AFTER)))
            h += 1;                                  /* not "1,870 camels dead", "300 horses
                                                        killed", "9 aircraft missing": the
                                                        fate of the things */
        else if (h + 2 < W.n && W.conj[h + 1] && W.tm[h].desig && win_hit(&W, h + 2) &&
                 W.tm[h + 2].desig)
            h += 2;                                  /* "La-9 and La-11" */
        else if (h + 2 < W.n && !W.conj[h + 1] && win_hit(&W, h + 2) && !W.tm[h + 2].desig &&
                 !plural_like(t, &W.w[h]))
            h += 2;                                  /* "fighter aviation divisions", not
                                                        "two groups flew Lancasters" */
        else
            break;
    }
    if (plural && f == h && !compound && participle(t, &W.w[h], &W.tm[h]) &&
        !(h + 1 < W.n && !W.conj[h + 1] && plural_like(t, &W.w[h + 1])))
        return;   /* "the six now building", "12 in service and three building";
                     not "five building slips" */
    for (int i = f; i < h; i++)
        n_desig += W.hit[i] == 1 && !W.conj[i] && W.tm[i].desig;
    p->start = W.w[0].s;
    p->head_s = W.w[h].s;
    p->head_e = p->end = W.w[h].e;
    np_set(p, &W.tm[h]);
    /* a singular unit word before a plural noun is a modifier: "airfield
     * locations", "tank crews"; so is a hyphenated compound ending in one
     * ("flat-bed presses", "anti-tank rifles"), whose category the noun keeps */
    if (plural && !compound && h + 1 < W.n && !W.conj[h + 1] && !W.tm[h].desig &&
        (tok_is(t, &W.w[h], W.tm[h].unit) || hyphen_modifier(t, &W.w[h], W.tm[h].unit)) &&
        plural_like(t, &W.w[h + 1])) {
        int hyphen = !tok_is(t, &W.w[h], W.tm[h].unit);
        h++;
        p->head_s = W.w[h].s;
        p->head_e = p->end = W.w[h].e;
        plain_lemma(t, p->head_s, p->head_e, p);
        if (!hyphen)   /* "flat-bed presses" are equipment as beds are; "tank crews" unknown */
            copy_str(p->cat, sizeof p->cat, "other");
        p->type_name = 0;
        p->known = 0;
    }
    p->desig_mod = n_desig > 0 && !(W.hit[h] == 1 && W.tm[h].desig);
    speed_suffix(t, limit, p);
    of_extension(t, limit, p);
    /* "three times as many": a multiplier, not three events */
    tok a;
    if (tok_is(t, &W.w[h], "times") && next_tok(t, p->end, limit, &a) && tok_in(t, &a, MULT)) {
        copy_str(p->unit, sizeof p->unit, "times");
        copy_str(p->cat, sizeof p->cat, "share");
    }
}

/* ------------------------------------------------------------------ */
/* Per-number state.                                                  */
/* ------------------------------------------------------------------ */

enum src {
    SRC_NONE = 0,   /* nothing counted */
    SRC_OWN,        /* its own noun phrase */
    SRC_NUMBER,     /* the unit the number carries ($, %, fraction) */
    SRC_PAREN,      /* parts of a parenthesis that add up to a formation */
    SRC_PARALLEL,   /* bare type name parallel to "N <designation> <formation>" */
    SRC_COORD,      /* coordinated with a later number */
    SRC_INPAREN,    /* first thing in a parenthesis after a unit noun */
    SRC_SIBLING,    /* shares the unit of the figure just before it */
    SRC_GOVERN,     /* a unit noun before it governs it */
    SRC_ELLIPSIS,   /* inherits the noun of an earlier figure of the sentence */
    SRC_PREVIOUS,   /* inherits the noun of the previous sentence's last figure */
    SRC_PARTITIVE   /* a part of the figure after it: "231 of the 288 hulls" */
};

static const char *const SRC_NAME[] = {"", "noun", "number", "paren", "parallel",
                                       "coord", "inparen", "sibling", "governor",
                                       "ellipsis", "previous", "partitive"};

typedef struct slot {
    np own;          /* its own noun phrase (own.start == own.end: none) */
    enum src src;    /* where its unit came from */
    int part;        /* pass 6: a bare part of the whole figure after it,
                        resolved after the others ("231 of the 288 hulls") */
    char group[32];  /* the unit of the formation whose size the bare number
                        is ("a reserve company of ten"): it counts members,
                        never that unit (see group_size()) */
    int bare;        /* its word is a bare modifier, the noun left out
                        ("45 military and 19 civilian"): see bare_follower() */
} slot;

/* 1 when the number is the word "one" (or another spelled-out 1). */
static int is_word_one(const char *t, const tally_number *x)
{
    if (x->value != 1.0 || (x->flags & TALLY_NF_FRACTION))
        return 0;
    if (x->flags & TALLY_NF_WORDS)
        return 1;
    for (size_t i = x->start; i < x->end; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return 0;
    return 1;
}

/* 1 when the word "one" x is "one more" after "and" or a comma, closing a
 * list of counts whose noun it leaves out: "two squadrons in May, three in
 * June and one more in July".  A count, not a pronoun. */
static int one_more(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    if (!next_tok(t, x->end, s->end, &k) || !tok_is(t, &k, "more") ||
        !prev_tok(t, s->start, x->start, &k))
        return 0;
    return tok_is(t, &k, "and") || tok_punct(t, &k, ',');
}

/* 1 when the word "one" x closes a list of bare counts whose noun is left
 * out, each told by where it stands: "six bridges: three at Ost, two at
 * Marl and one at the lock" ("and" or a comma before it, a preposition
 * after it, and an earlier item of the sentence, digits or a number word,
 * followed by a preposition too).  A count, not a pronoun. */
static int one_in_list(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const PREP[] = {"at", "in", "on", "near", "from", "by", "for", "off",
                                       "with", "under", "to", NULL};
    static const char *const NUMW[] = {"two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten", "eleven", "twelve", NULL};
    tok k, n;
    if (!next_tok(t, x->end, s->end, &k) || !tok_in(t, &k, PREP) ||
        !prev_tok(t, s->start, x->start, &k) || !(tok_is(t, &k, "and") || tok_punct(t, &k, ',')))
        return 0;
    size_t pos = k.s;
    for (int i = 0; i < 12 && prev_tok(t, s->start, pos, &k); i++) {
        pos = k.s;
        if ((tok_has_digit(t, &k) || tok_in(t, &k, NUMW)) && next_tok(t, k.e, s->end, &n) &&
            tok_in(t, &n, PREP))
            return 1;
        if (tok_punct(t, &k, ':') || tok_punct(t, &k, ';'))
            return 0;
    }
    return 0;
}

/* 1 when the word "one" x follows the noun of a distribution and ends its
 * clause: "each armoured brigade has two regiments and each motor brigade
 * one, ...": the verb and the counted noun are left out ("each", "every"
 * at most three words before the noun; a comma, "and" or the end after). */
static int distributed_one(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const EACH[] = {"each", "every", NULL};
    tok k;
    if (next_tok(t, x->end, s->end, &k) && k.word && !tok_is(t, &k, "and"))
        return 0;
    size_t pos = x->start;
    if (!prev_tok(t, s->start, pos, &k) || !k.word || is_stop(t, &k))
        return 0;   /* a noun right before "one" */
    for (int i = 0; i < 3 && prev_tok(t, s->start, k.s, &k) && k.word; i++)
        if (tok_in(t, &k, EACH))
            return 1;
    return 0;
}

/* 1 when the number's last word is a scale word ("two million", "hundreds"). */
static int ends_in_scale(const char *t, const tally_number *x)
{
    tok k;
    if (x->flags & TALLY_NF_SCALED || x->qual == TALLY_Q_VAGUE)
        return 1;
    return prev_tok(t, x->start, x->end, &k) && tok_in(t, &k, SCALE);
}

/* Where the noun phrase of number i may end: the start of the next number
 * that begins a word (designations are part of noun phrases), else end. */
static size_t np_limit(const char *t, const tally_number *nums, size_t n, size_t i,
                       size_t end)
{
    for (size_t j = i + 1; j < n; j++) {
        if (nums[j].kind == TALLY_NK_DESIGNATION || nums[j].start < nums[i].end)
            continue;
        size_t st = nums[j].start;
        if (st > 0 && (t[st - 1] == '-' || t[st - 1] == '/' ||
                       ((t[st - 1] | 0x20) >= 'a' && (t[st - 1] | 0x20) <= 'z')))
            continue;   /* digits inside a word such as MiG-15 */
        return st < end ? st : end;
    }
    return end;
}

/* Copy the unit and category of p into at. */
static void put_unit(tally_attach *at, const char *unit, const char *cat)
{
    copy_str(at->unit, sizeof at->unit, unit ? unit : "");
    copy_str(at->category, sizeof at->category, cat && *cat ? cat : "other");
}

/* The noun at token k (lexicon term tm) is what figure at counts, by
 * ellipsis: its unit, category and noun span. */
static void lend_noun(tally_attach *at, const term *tm, const tok *k)
{
    put_unit(at, tm->unit, tm->cat);
    at->noun_start = k->s;
    at->noun_end = k->e;
    at->elliptic = 1;
}

/* The noun phrase p is what figure at counts, by ellipsis: its unit,
 * category and head span. */
static void lend_np(tally_attach *at, const np *p)
{
    put_unit(at, p->unit, p->cat);
    at->noun_start = p->head_s;
    at->noun_end = p->head_e;
    at->elliptic = 1;
}

/* Category of a unit the number carries itself ("USD", "percent"). */
static const char *carried_cat(const lexcols *L, const tally_number *x)
{
    term tm;
    if (units_get(L, x->unit, &tm))
        return tm.cat;
    if (x->flags & TALLY_NF_CURRENCY)
        return "money";
    if (x->flags & (TALLY_NF_PERCENT | TALLY_NF_FRACTION))
        return "share";
    return "other";
}

/* 1 when token k is an apostrophe, ' or U+2019. */
static int is_apostrophe(const char *t, const tok *k)
{
    return tok_punct(t, k, '\'') ||
           (k->e - k->s == 3 && (unsigned char)t[k->s] == 0xE2 &&
            (unsigned char)t[k->s + 1] == 0x80 && (unsigned char)t[k->s + 2] == 0x99);
}

/* 1 when the word k ends in a possessive 's or ’s ("corps's", "army’s"). */
static int ends_possessive(const char *t, const tok *k)
{
    size_t n = k->e - k->s;
    if (n < 3 || (t[k->e - 1] | 0x20) != 's')
        return 0;
    return t[k->e - 2] == '\'' ||
           (n >= 5 && (unsigned char)t[k->e - 4] == 0xE2 && (unsigned char)t[k->e - 3] == 0x80 &&
            (unsigned char)t[k->e - 2] == 0x99);
}

/* Words of a partitive between "of" and its whole that are no noun of the
 * part: "231 of the remaining 288", "three of the corps's nine". */
#define MAX_PARTMOD 2

/* 1 when the token at p (before lim) is a partitive "of" or "out of"; *k
 * is then the "of". */
static int partitive_of(const char *t, size_t p, size_t lim, tok *k)
{
    if (!next_tok(t, p, lim, k))
        return 0;
    if (tok_is(t, k, "out") && !next_tok(t, k->e, lim, k))
        return 0;
    return tok_is(t, k, "of");
}

/* The whole of a partitive: when number i is followed by "of" or "out of", any
 * determiners, at most MAX_PARTMOD modifiers (no unit of the lexicon, no
 * function word: "remaining", "army's") and then the figure i + 1 ("231 of
 * the 288 hulls", "14,000 of 25,000 shells", "two of the three crack
 * armies", "three of the corps's nine divisions"), returns i + 1, else n.
 * The part counts what the whole counts. */
static size_t partitive_whole(const lexcols *L, const char *t, const tally_sentence *s,
                              const tally_number *nums, size_t n, size_t i)
{
    tok k, a;
    term tm;
    int mods = 0;
    if (i + 1 >= n || nums[i + 1].kind != TALLY_NK_FIGURE || nums[i + 1].start < nums[i].end ||
        !partitive_of(t, nums[i].end, s->end, &k))
        return n;
    if (nums[i + 1].value < nums[i].value && !isnan(nums[i + 1].value) &&
        !(nums[i + 1].flags & TALLY_NF_FRACTION) && !next_tok(t, k.e, nums[i + 1].start, &a))
        return n;   /* "40 million of 5 ducats": things of that size, no part of it ("14
                       of the 9 boats" stays a part, and a slip) */
    size_t pos = k.e;
    while (next_tok(t, pos, nums[i + 1].start, &k)) {
        if (k.word && tok_in(t, &k, DET) && !mods) {
            pos = k.e;
            continue;
        }
        int poss = k.word && (ends_possessive(t, &k) ||
                              (next_tok(t, k.e, nums[i + 1].start, &a) && a.s == k.e &&
                               is_apostrophe(t, &a)));
        if (k.word ? (++mods > MAX_PARTMOD || is_stop(t, &k) || tok_has_digit(t, &k) ||
                      (!poss && lookup_tok(L, t, &k, &tm)))
                   : !(is_apostrophe(t, &k) && k.s == pos))
            return n;   /* "3 of the men 40 ...": the part has a noun of its own */
        pos = k.e;
    }
    return i + 1;
}

/* Past a closing quote glued to the end of a number and followed by white
 * space ('"no more than 150,000" people': the quoted figure counts the
 * noun after the quote); pos itself otherwise. */
static size_t past_close_quote(const char *t, size_t pos, size_t limit)
{
    size_t q = pos;
    if (q < limit && t[q] == '"')
        q += 1;
    else if (q + 3 <= limit && memcmp(t + q, "\xE2\x80\x9D", 3) == 0)
        q += 3;   /* U+201D */
    else
        return pos;
    return q < limit && (t[q] == ' ' || t[q] == '\n') ? q : pos;
}

static int people_pair(const lexcols *L, const char *t, size_t limit, np *own);
static int pair_term(const lexcols *L, const char *t, size_t limit, np *own);

/* 1 when "the N of the X" names X as the owner of the figure, not what it
 * counts: the number follows "the", is no scaled amount, and X at pos is one
 * singular word the lexicon does not know, ending the phrase ("the 216 of
 * the plan", "the 40 of the programme"); the noun is then elliptical. */
static int owner_of(const lexcols *L, const char *t, const tally_sentence *s,
                    const tally_number *x, size_t pos, size_t limit)
{
    tok b, k, a;
    term tm;
    if (!prev_tok(t, s->start, x->start, &b) ||
        !tok_is(t, &b, "the") || !next_tok(t, pos, limit, &k) || !k.word ||
        tok_has_digit(t, &k) || plural_like(t, &k) || is_stop(t, &k) ||
        !(t[k.s] >= 'a' && t[k.s] <= 'z') || lookup_tok(L, t, &k, &tm))
        return 0;
    return !next_tok(t, k.e, s->end, &a) || !a.word || is_stop(t, &a);
}

/* 1 when the phrase at pos is a bare month name ("the 28 million of March",
 * "of June 1944"): capitalised, then no word of a noun phrase ("of the March
 * convoys" names convoys). */
static int of_month(const char *t, size_t pos, size_t limit)
{
    tok k, a;
    if (!next_tok(t, pos, limit, &k) || !k.word || !(t[k.s] >= 'A' && t[k.s] <= 'Z') ||
        !tok_in(t, &k, MONTH))
        return 0;
    return !next_tok(t, k.e, limit, &a) || !a.word || tok_has_digit(t, &a) || is_stop(t, &a);
}

/* Pass 1: the number's own unit and noun phrase. */
/* 1 when the head of p only stands for a noun said elsewhere: "ones" ("the
 * 14 active ones"), or after "of the" (ofdet) a word for the quantity itself
 * ("1,410 of the total", "of the whole") or a kind ("five of the Kern
 * class" counts the ships named elsewhere). */
static int pro_noun(const char *t, const np *p, int ofdet)
{
    static const char *const WHOLE[] = {"total", "whole", "sum", NULL};
    static const char *const KIND[] = {"class", "type", "pattern", "model", "kind", "sort",
                                       "design", "series", "mark", NULL};
    tok h = {0};
    h.s = p->head_s;
    h.e = p->head_e;
    h.word = 1;
    return tok_is(t, &h, "ones") || (ofdet && p->head_s == p->start && tok_in(t, &h, WHOLE)) ||
           (ofdet && tok_in(t, &h, KIND));   /* "five of the Kern class": of that class */
}

static int only_connectors(const char *t, size_t a, size_t b);
static int cap_word(const char *t, const tok *k);

/* 1 when one capitalised word stands right after number i and only
 * connectors (at least one) between it and number j: "30 Tarn and 12",
 * the first half of a pair of makes or places of the same things. */
static int name_gap(const char *t, const tally_number *nums, size_t i, size_t j)
{
    tok a, c;
    return nums[i].value != 1.0 && nums[i].end < nums[j].start &&
           next_tok(t, nums[i].end, nums[j].start, &a) && a.s == nums[i].end + 1 &&
           cap_word(t, &a) && next_tok(t, a.e, nums[j].start, &c) &&
           only_connectors(t, a.e, nums[j].start);
}

/* 1 when the unknown one-word phrase p of number i is a name before a
 * pair whose noun is said only after the second number, itself after a
 * name: "30 Tarn and 12 Velkor lorries" (the first counts lorries, not a
 * Tarn).  The words after i+1 are looked at up to end. */
static int name_pair(const char *t, const tally_number *nums, size_t n, size_t i, size_t end,
                     const np *p)
{
    tok b, c;
    if (p->known || p->head_s != p->start || p->head_e != p->end || i + 1 >= n ||
        nums[i + 1].kind != TALLY_NK_FIGURE || !name_gap(t, nums, i, i + 1) ||
        !next_tok(t, nums[i + 1].end, end, &b) || b.s != nums[i + 1].end + 1 ||
        !cap_word(t, &b) || !next_tok(t, b.e, end, &c) || c.s != b.e + 1 || !c.word)
        return 0;
    return t[c.s] >= 'a' && t[c.s] <= 'z';
}

/* 1 when the unknown one-word phrase p after number i (more than one) is
 * a bare modifier naming a kind of what the list counts, the noun left
 * out: a lower-case word, no plural, followed only by "," / "and" / "or"
 * and the next number, after a figure of the sentence with a lexicon noun
 * of its own, the whole ("The 4,000 horses were 2,300 draught, 1,400
 * riding and ..."; not "carried 14,600 sick, some 3,650 a month"). */
static int bare_modifier(const char *t, const tally_number *nums, size_t n, size_t i,
                         const slot *sl, const np *p)
{
    tok k = {p->head_s, p->head_e, 1};
    if (p->known || p->head_s != p->start || p->head_e != p->end || nums[i].value == 1.0 ||
        i == 0 || i + 1 >= n || nums[i + 1].kind != TALLY_NK_FIGURE ||
        !(t[k.s] >= 'a' && t[k.s] <= 'z') || plural_like(t, &k) ||
        p->end >= nums[i + 1].start || !only_connectors(t, p->end, nums[i + 1].start))
        return 0;
    for (size_t j = 0; j < i; j++) {
        tok h = {sl[j].own.head_s, sl[j].own.head_e, 1};
        if (nums[j].kind == TALLY_NK_FIGURE && sl[j].src == SRC_OWN &&
            (sl[j].own.known || (h.e > h.s && plural_like(t, &h))))
            return 1;   /* also a noun the lexicon lacks: "14 sawmills, eight military" */
    }
    return 0;
}

/* 1 when the singular known word k has its plural in the units table
 * under the same unit ("civilian": "civilians"), so that after a number
 * above one it reads as an adjective, not the noun. */
static int singular_of_plural(const lexcols *L, const char *t, const tok *k, const np *p)
{
    char w[KEY_MAX];
    size_t n = k->e - k->s;
    term tm;
    if (n == 0 || n + 3 > sizeof w)
        return 0;
    memcpy(w, t + k->s, n);
    memcpy(w + n, "s", 2);
    if (units_get(L, w, &tm) && strcmp(tm.unit, p->unit) == 0)
        return 1;
    memcpy(w + n, "es", 3);
    return units_get(L, w, &tm) && strcmp(tm.unit, p->unit) == 0;
}

/* 1 when the own phrase p of number x (above one) is a single known word in
 * the singular whose plural the lexicon has, followed by a particle of a
 * phrasal verb ("22 run down in collisions", "9 run aground"): a verb of
 * what the number counts, not its noun (which would be plural). */
static int verb_not_noun(const lexcols *L, const char *t, const tally_number *x, const np *p,
                         size_t limit)
{
    static const char *const particle[] = {"down", "aground", "ashore", "away", NULL};
    tok k = {p->head_s, p->head_e, 1}, a;
    if (!p->known || !(x->value > 1) || p->head_s != p->start || p->head_e != p->end ||
        !(t[k.s] >= 'a' && t[k.s] <= 'z') || plural_like(t, &k) ||
        !singular_of_plural(L, t, &k, p))
        return 0;
    return next_tok(t, k.e, limit, &a) && tok_in(t, &a, particle);
}

/* 1 when the one-word phrase p of number i follows, across connectors
 * only, a figure whose word was a bare modifier: a parallel kind of the
 * same noun ("45 military and 19 civilian", "12 regular and 30
 * reserve"), unless a plural noun of its own ("and 19 civilians"). */
static int bare_follower(const lexcols *L, const char *t, const tally_number *nums,
                         size_t i, const slot *sl, const np *p)
{
    tok k = {p->head_s, p->head_e, 1};
    if (i == 0 || !sl[i - 1].bare || p->head_s != p->start || p->head_e != p->end ||
        nums[i].value == 1.0 || !(t[k.s] >= 'a' && t[k.s] <= 'z') || plural_like(t, &k))
        return 0;   /* bare_modifier() saw only connectors up to number i */
    return !p->known || singular_of_plural(L, t, &k, p);
}

/* Words between "one" and the "per" of a norm that name no thing of
 * their own ("one spare for every ten huts"). */
static const char *const SPARE[] = {"spare", "extra", "reserve", NULL};

/* 1 when the word "one" x, alone or with one word of SPARE after it, is
 * followed by "per" or "for each/every": the count of a norm whose noun is
 * the sentence's subject ("Stoves are issued at one per hut"). */
static int one_rate(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const EACH[] = {"each", "every", NULL};
    tok k;
    if (!is_word_one(t, x) || !next_tok(t, x->end, s->end, &k))
        return 0;
    if (tok_in(t, &k, SPARE) && !next_tok(t, k.e, s->end, &k))
        return 0;
    if (tok_is(t, &k, "per"))
        return 1;
    return tok_is(t, &k, "for") && next_tok(t, k.e, s->end, &k) && tok_in(t, &k, EACH);
}

/* 1 when token k is a capitalised name in the possessive ("Vessen's",
 * "Vessen’s"): a determiner of the noun after it ("36,000 of Vessen's
 * school children"). */
static int name_possessive(const char *t, const tok *k)
{
    size_t n = k->e - k->s;
    if (!k->word || n < 3 || !(t[k->s] >= 'A' && t[k->s] <= 'Z'))
        return 0;
    if (t[k->e - 1] == 's' && t[k->e - 2] == '\'')
        return 1;
    return n >= 5 && t[k->e - 1] == 's' && (unsigned char)t[k->e - 4] == 0xE2 &&
           (unsigned char)t[k->e - 3] == 0x80 && (unsigned char)t[k->e - 2] == 0x99;
}

/* Plurals without an "s" a singular-looking head may be: "18 bathmen",
 * "40 children", "townsfolk", "people". */
static int plural_without_s(const char *t, size_t hs, size_t he)
{
    static const char *const ENDS[] = {"men", "ren", "folk", "ople", NULL};
    for (size_t q = 0; ENDS[q]; q++) {
        size_t n = strlen(ENDS[q]);
        if (he - hs > n && strncmp(t + he - n, ENDS[q], n) == 0)
            return 1;
    }
    return 0;
}

/* 1 when the bare number x, an item of a list (after a comma or "and",
 * perhaps then "the remaining"), is followed by a singular lower-case noun
 * the lexicon lacks ("51 coal", "27 timber"): the object of a verb left
 * out, not what x counts (a count above one takes a plural).  Not a word
 * of direction ("2,000 overland", a route the sum rules read). */
static int gapped_mass_item(const char *t, const tally_sentence *s, const tally_number *x,
                            const np *own)
{
    static const char *const SET[] = {"the", "remaining", "other", "last", NULL};
    static const char *const ADVERB[] = {"overland", "inland", "abroad", "home", "ashore",
                                         "aboard", "afloat", "overseas", "upstream",
                                         "downstream", "away", "back", "forward", "ahead",
                                         "north", "south", "east", "west", NULL};
    size_t hs = own->head_s, he = own->head_e;
    tok h = {hs, he, 1}, k;
    if (!(x->value > 1) || (x->flags & (TALLY_NF_WORDS | TALLY_NF_SCALED | TALLY_NF_CURRENCY)) ||
        he <= hs || own->start != hs || !(t[hs] >= 'a' && t[hs] <= 'z') || t[he - 1] == 's' ||
        plural_without_s(t, hs, he) || tok_in(t, &h, ADVERB) ||
        !prev_tok(t, s->start, x->start, &k))
        return 0;
    for (int n = 0; n < 3 && k.word && tok_in(t, &k, SET); n++)
        if (!prev_tok(t, s->start, k.s, &k))
            return 0;   /* "and the remaining 27 timber" */
    return tok_punct(t, &k, ',') || tok_is(t, &k, "and");
}

static void attach_own(const lexcols *L, const char *t, const tally_sentence *s,
                       const tally_number *nums, size_t n, size_t i, slot *sl,
                       tally_attach *at)
{
    const tally_number *x = &nums[i];
    size_t limit = np_limit(t, nums, n, i, s->end);
    size_t pos = x->end;
    tok k, k2;
    copy_str(sl->own.cat, sizeof sl->own.cat, "other");
    sl->own.start = sl->own.end = x->end;
    size_t cl;
    unsigned after = x->end < limit ? cp_at(t, x->end, limit, &cl) : ' ';
    if (x->end > x->start && after != '%' && is_word_cp(after) &&
        ((unsigned char)t[x->end - 1] & 0x80) == 0 && is_word_cp((unsigned char)t[x->end - 1]))
        return;   /* the number ends inside a word */
    int carried = x->unit[0] || (x->flags & TALLY_NF_FRACTION);
    if (carried) {
        put_unit(at, x->unit[0] ? x->unit : "fraction", carried_cat(L, x));
        sl->src = SRC_NUMBER;
        if (x->flags & TALLY_NF_CURRENCY)
            return;
        /* "40 percent of the supplies", "one third of their ordnance" */
        if (next_tok(t, pos, limit, &k) && (tok_in(t, &k, PERCENT_WORD) ||
            (tok_is(t, &k, "per") && next_tok(t, k.e, limit, &k2) && tok_is(t, &k2, "cent") &&
             (k.e = k2.e, 1))))
            pos = at->mention_end = k.e;
        if (!next_tok(t, pos, limit, &k) || !tok_is(t, &k, "of"))
            return;
        pos = k.e;
        while (next_tok(t, pos, limit, &k) && tok_in(t, &k, DET))
            pos = k.e;
        np p;
        scan_np(L, t, pos, limit, 1, &p);
        if (p.end > p.start) {
            at->noun_start = p.start;
            at->noun_end = p.end;
            at->mention_end = p.end;
        }
        return;
    }
    int ofdet = 0;   /* the phrase follows "of the": a partitive */
    pos = past_close_quote(t, pos, limit);   /* '"no more than 150,000" people' */
    /* "231 out of 288 hulls": pass 6 */
    if (partitive_of(t, pos, limit, &k) && !is_word_one(t, x) &&
        partitive_whole(L, t, s, nums, n, i) < n)
        return;
    /* "hundreds of sorties", "two million of the men", "three of these airfields" */
    if (next_tok(t, pos, limit, &k) && tok_is(t, &k, "of") && !is_word_one(t, x)) {
        if (partitive_whole(L, t, s, nums, n, i) < n)
            return;   /* "three of the corps's nine divisions": pass 6 */
        int det = next_tok(t, k.e, limit, &k2) && (tok_in(t, &k2, DET) || name_possessive(t, &k2));
        ofdet = det;
        if (det || ends_in_scale(t, x)) {
            pos = k.e;
            while (next_tok(t, pos, limit, &k) && (tok_in(t, &k, DET) || name_possessive(t, &k))) {
                if (tok_is(t, &k, "them"))
                    return;   /* "nine of them infantry": a pronoun, what follows
                                 says what kind they are; the noun is elliptical */
                pos = k.e;
            }
            if (det && owner_of(L, t, s, x, pos, limit))
                return;   /* "the 216 of the plan": the plan owns the figure */
            if (of_month(t, pos, limit))
                return;   /* "the 28 million of March": a time, the noun is elliptical */
        }
    }
    scan_np(L, t, pos, limit, x->value != 1.0, &sl->own);
    if (sl->own.end <= sl->own.start)
        return;
    if (!sl->own.known && pro_noun(t, &sl->own, ofdet)) {
        sl->own.start = sl->own.end = x->end;   /* "the 14 active ones", "1,410 of
                                                   the total": the noun is elsewhere */
        return;
    }
    if (verb_not_noun(L, t, x, &sl->own, limit)) {
        sl->own.start = sl->own.end = x->end;   /* "22 run down in collisions": a verb,
                                                   the noun is elsewhere */
        return;
    }
    if (!sl->own.known && is_word_one(t, x) && one_rate(t, s, x)) {
        sl->own.start = sl->own.end = x->end;   /* "one spare for every ten huts":
                                                   the noun is the subject's */
        return;
    }
    int bare = bare_modifier(t, nums, n, i, sl - i, &sl->own) ||   /* sl is &slots[i] */
               bare_follower(L, t, nums, i, sl - i, &sl->own);
    if (bare || name_pair(t, nums, n, i, s->end, &sl->own)) {
        sl->bare = bare;
        sl->own.start = sl->own.end = x->end;   /* "2,300 draught, 1,400 riding and
                                                   400 pack animals": kinds, no noun */
        return;
    }
    if (!sl->own.known && gapped_mass_item(t, s, x, &sl->own)) {
        sl->own.start = sl->own.end = x->end;   /* "96 carried grain, 51 coal and the
                                                   remaining 27 timber": the ships */
        return;
    }
    sl->src = SRC_OWN;
    if (!people_pair(L, t, limit, &sl->own))
        pair_term(L, t, limit, &sl->own);
    term mt;
    if (next_tok(t, pos, limit, &k) && tok_in(t, &k, MEASURE) && lookup_tok(L, t, &k, &mt) &&
        strcmp(mt.unit, sl->own.unit) != 0) {
        copy_str(sl->own.unit, sizeof sl->own.unit, mt.unit);   /* "310 tons ammunition" */
        copy_str(sl->own.cat, sizeof sl->own.cat, mt.cat);      /* counts tons */
    }
    put_unit(at, sl->own.unit, sl->own.cat);
    at->noun_start = sl->own.start;
    at->noun_end = sl->own.end;
    at->mention_end = sl->own.end;
}

/* "720 officers and men", "670 officers and ratings": two kinds of people
 * joined by "and", the first a rank or a body of people (officers, men,
 * women, soldiers, officials), count one body of persons; "and men" keeps
 * the soldiers' usual unit "man", any other pair is "person".  The noun
 * stays the first word ("officers"); 1 when set. */
static int people_pair(const lexcols *L, const char *t, size_t limit, np *own)
{
    tok k;
    np second;
    static const char *const body[] = {"officer", "man", "woman", "soldier", "official", NULL};
    size_t q = 0;
    while (body[q] && strcmp(own->unit, body[q]) != 0)
        q++;
    if (!body[q])
        return 0;   /* "169 labourers and drivers", "212 postmen and sorters": a trade
                       named first keeps its noun (as every annotator wrote it) */
    if (strcmp(own->cat, "personnel") != 0 || !next_tok(t, own->end, limit, &k) ||
        !tok_is(t, &k, "and"))
        return 0;
    scan_np(L, t, k.e, limit, 1, &second);
    if (second.end <= second.start || strcmp(second.cat, "personnel") != 0 ||
        second.head_s != second.start)
        return 0;   /* "officers and enlisted men" is left to its head */
    copy_str(own->unit, sizeof own->unit,
             strcmp(second.unit, "man") == 0 ? "man" : "person");
    return 1;
}

/* "9,000 horses and mules": two kinds joined by "and" or "or" that the
 * lexicon knows as one pair ("horses and mules", unit animal) count what
 * the pair names.  The noun stays the first word; 1 when set. */
static int pair_term(const lexcols *L, const char *t, size_t limit, np *own)
{
    tok c, k;
    term tm;
    char key[KEY_MAX];
    size_t q = own->end;
    while (q < limit && t[q] == ' ')
        q++;
    if (q >= limit || (t[q] != 'a' && t[q] != 'o'))
        return 0;   /* the common case, cheaply: no "and" or "or" follows */
    if (!own->known || !next_tok(t, own->end, limit, &c) ||
        !(tok_is(t, &c, "and") || tok_is(t, &c, "or")) || !next_tok(t, c.e, limit, &k) ||
        !k.word)
        return 0;
    size_t n1 = own->head_e - own->head_s, n2 = c.e - c.s, n3 = k.e - k.s;
    if (n1 + n2 + n3 + 3 > sizeof key)
        return 0;
    snprintf(key, sizeof key, "%.*s %.*s %.*s", (int)n1, t + own->head_s, (int)n2, t + c.s,
             (int)n3, t + k.s);
    if (!units_get(L, key, &tm))
        return 0;
    np_set(own, &tm);
    return 1;
}

/* Copy the unit of figure j (its head noun) into number i as an ellipsis. */
static void share_from(const tally_attach *src, size_t hs, size_t he, tally_attach *at)
{
    put_unit(at, src->unit, src->category);
    at->noun_start = hs;
    at->noun_end = he;
    at->elliptic = 1;
}

/* Where the breakdown opened at k ends: the ')' of a parenthesis, or for a
 * colon the ';' or the sentence end; 0 when there is none. */
static size_t breakdown_end(const char *t, const tally_sentence *s, const tok *k)
{
    int colon = tok_punct(t, k, ':');
    for (size_t p = k->e; p < s->end; p++) {
        if (t[p] == '(' && !colon)
            return 0;
        if (t[p] == (colon ? ';' : ')'))
            return p;
    }
    return colon ? s->end : 0;
}

/* 1 when the own noun of a part is one singular word, a kind rather than
 * a thing counted: "nine infantry, three mountain and two armoured". */
static int kind_word(const char *t, const slot *sl)
{
    tok h = {sl->own.head_s, sl->own.head_e, 1};
    return sl->src == SRC_OWN && sl->own.start == sl->own.head_s && !plural_like(t, &h);
}

/* Pass 2: "N <formation> (a X and b Y)" where a + b is about N; also
 * "N <formation>: a X, b Y and c Z" with single kind words (kind_word())
 * where a + b + c is N exactly. */
static void attach_paren(const char *t, const tally_sentence *s, const tally_number *nums,
                         size_t n, size_t i, slot *sl, tally_attach *at)
{
    tok k;
    if (sl[i].src != SRC_OWN || strcmp(at[i].category, "formation") != 0 ||
        !next_tok(t, at[i].mention_end, s->end, &k) ||
        !(tok_punct(t, &k, '(') || tok_punct(t, &k, ':')))
        return;
    int colon = tok_punct(t, &k, ':');
    size_t open = k.s, close = breakdown_end(t, s, &k);
    if (!close)
        return;
    double sum = 0;
    size_t first = i + 1, last = i + 1, parts = 0;
    for (size_t j = i + 1; j < n && nums[j].start < close; j++) {
        last = j + 1;
        if (nums[j].kind != TALLY_NK_FIGURE || nums[j].start <= open)
            continue;
        const char *c = at[j].category;
        /* an unknown capitalised head is taken for a type name here
         * ("five Wellington and four Stirling squadrons"): the sum guards it */
        int proper = !sl[j].own.known && t[sl[j].own.head_s] >= 'A' && t[sl[j].own.head_s] <= 'Z';
        int fits = sl[j].src == SRC_NONE || (colon && kind_word(t, &sl[j])) ||
                   (sl[j].src == SRC_OWN && (sl[j].own.type_name || proper ||
                                             strcmp(c, "aircraft") == 0 ||
                                             strcmp(at[j].unit, at[i].unit) == 0));
        if (!fits)
            return;   /* a part with a noun of its own kind: not a breakdown */
        sum += nums[j].value;
        parts++;
    }
    double want = nums[i].value;
    double tol = colon ? 0 : fabs(want) * 0.1 > 1 ? fabs(want) * 0.1 : 1;
    if (parts < 2 || !(fabs(sum - want) <= tol))
        return;
    for (size_t j = first; j < last; j++) {
        if (nums[j].kind != TALLY_NK_FIGURE || nums[j].start <= open)
            continue;
        if (sl[j].src == SRC_OWN && strcmp(at[j].unit, at[i].unit) == 0)
            continue;   /* "four ... regiments" already counts regiments */
        share_from(&at[i], sl[i].own.head_s, sl[i].own.head_e, &at[j]);
        sl[j].src = SRC_PAREN;
    }
}

/* Participles that name what befell a thing, not the thing: "killed",
 * "wounded", "dead", "missing". */
static const char *const FATE[] = {"killed", "wounded", "dead", "missing", "drowned", NULL};

/* Pass 2b: "lost 900 mules: 200 killed, 400 of disease and 300 cast": a
 * part after the colon whose own noun is only a fate word counts the
 * total's noun when that noun is no count of people. */
static void fate_parts(const char *t, const tally_sentence *s, const tally_number *nums,
                       size_t n, size_t i, slot *sl, tally_attach *at)
{
    tok k;
    if (nums[i].kind != TALLY_NK_FIGURE || sl[i].src != SRC_OWN || !sl[i].own.known ||
        strcmp(at[i].category, "personnel") == 0 ||
        !next_tok(t, at[i].mention_end, s->end, &k) || !tok_punct(t, &k, ':'))
        return;
    size_t open = k.s, close = breakdown_end(t, s, &k);
    for (size_t j = i + 1; j < n && nums[j].start < close; j++) {
        tok h = {sl[j].own.head_s, sl[j].own.head_e, 1};
        if (nums[j].kind != TALLY_NK_FIGURE || nums[j].start <= open || sl[j].src != SRC_OWN ||
            sl[j].own.start != sl[j].own.head_s || !tok_in(t, &h, FATE))
            continue;
        share_from(&at[i], sl[i].own.head_s, sl[i].own.head_e, &at[j]);
        sl[j].src = SRC_PAREN;
    }
}

/* 1 when text[a..b) holds only connector words and punctuation , - – /
 * (at most two tokens): "and", "or", ", and". */
static int only_connectors(const char *t, size_t a, size_t b)
{
    tok k;
    int ntok = 0;
    while (next_tok(t, a, b, &k)) {
        if (++ntok > 2)
            return 0;
        if (k.word ? !tok_in(t, &k, CONNECT)
                   : !(tok_punct(t, &k, ',') || tok_punct(t, &k, '-') ||
                       tok_punct(t, &k, '/') ||
                       (k.e - k.s == 3 && (unsigned char)t[k.s] == 0xE2 &&
                        (unsigned char)t[k.s + 1] == 0x80 &&
                        ((unsigned char)t[k.s + 2] == 0x93 || (unsigned char)t[k.s + 2] == 0x94))))
            return 0;
        a = k.e;
    }
    return 1;
}

/* Pass 3: "25 MiGs and four La-9 and La-11 regiments": the bare type name
 * counts what the parallel designation-modified formation counts. */
static void attach_parallel(const char *t, const tally_number *nums, size_t n, size_t i,
                            slot *sl, tally_attach *at)
{
    size_t j = i + 1;
    if (sl[i].src != SRC_OWN || !sl[i].own.type_name || j >= n ||
        nums[j].kind != TALLY_NK_FIGURE || sl[j].src != SRC_OWN || !sl[j].own.desig_mod ||
        strcmp(at[j].category, "formation") != 0 ||
        !only_connectors(t, at[i].mention_end, nums[j].start))
        return;
    share_from(&at[j], sl[j].own.head_s, sl[j].own.head_e, &at[i]);
    sl[i].src = SRC_PARALLEL;
}

/* Pass 4 (right to left): a bare number takes the noun of the number it is
 * coordinated with: "two or three regiments", "fifty thousand or one
 * million soldiers". */
static int is_share(const tally_number *x, const tally_attach *a);
static int is_measure(const tally_attach *a);
static int lend_count(const term *tm, const tok *k, tally_attach *at);
static int total_after(const char *t, const tally_sentence *s, const tally_number *x);
static int prev_sentence(const char *t, const tally_sentence *s, size_t *start, size_t *end);
static int plural_ish(const char *t, const tok *k);
static int amount_governs(const char *t, const tally_sentence *s, const tally_number *x);
static int place_part(const char *t, const tally_sentence *s, const tally_number *src,
                      const tally_number *x);
static int irregular_plural(const char *t, const tok *k);
static int ordinal_set(const char *t, const tally_sentence *s, const tally_number *x);
static int subject_noun(const lexcols *L, const char *t, const tally_sentence *s,
                        const tally_number *x, tally_attach *at);
static int definite_set(const char *t, const tally_sentence *s, const tally_number *x);
static tally_status same_value_figure(const char *t, const tally_sentence *ps,
                                      const tally_lexicon *lex, const tally_number *x,
                                      tally_number *num, tally_attach *out, int *found,
                                      tally_error *err);
static int period_adverb(const char *t, const tally_sentence *s, const tally_number *j,
                         const tally_attach *a, const tally_number *x);

/* 1 when t[a..b) holds a comma and no word. */
static int comma_only(const char *t, size_t a, size_t b)
{
    tok k;
    int comma = 0;
    while (next_tok(t, a, b, &k)) {
        if (k.word)
            return 0;
        comma |= tok_punct(t, &k, ',');
        a = k.e;
    }
    return comma;
}

/* 1 when t[a..b) is a comma and "or" ("an increase of 72, or some 82 per
 * cent"): what follows restates the figure in other terms. */
static int comma_or(const char *t, size_t a, size_t b)
{
    tok c, o;
    return next_tok(t, a, b, &c) && tok_punct(t, &c, ',') && next_tok(t, c.e, b, &o) &&
           tok_is(t, &o, "or") && !next_tok(t, o.e, b, &o);
}

/* 1 when token k is one capitalised word that may be a name ("Ostra",
 * "Pellin"), not a month ("May 20" is a date). */
static int cap_word(const char *t, const tok *k)
{
    return k->word && t[k->s] >= 'A' && t[k->s] <= 'Z' && !tok_has_digit(t, k) &&
           !tok_in(t, k, MONTH);
}

/* 1 when the bare number i and the figure j after it are items of a list
 * of names each followed by its number ("Ostra 60,000, Pellin 55,000 and
 * Kasz 40,000 tons"): a name before i, and between them a comma or a
 * connector and then one name. */
static int named_items(const char *t, const tally_number *nums, size_t i, size_t j)
{
    tok k, c;
    size_t lo = nums[i].start > 40 ? nums[i].start - 40 : 0;
    if (!prev_tok(t, lo, nums[i].start, &k) || !cap_word(t, &k) ||
        !next_tok(t, nums[i].end, nums[j].start, &c) ||
        !(tok_punct(t, &c, ',') || tok_in(t, &c, CONNECT)))
        return 0;
    if (tok_punct(t, &c, ',') && next_tok(t, c.e, nums[j].start, &k) && tok_in(t, &k, CONNECT))
        c = k;   /* ", and Kasz 40,000" */
    return next_tok(t, c.e, nums[j].start, &k) && cap_word(t, &k) &&
           !next_tok(t, k.e, nums[j].start, &k);
}

/* 1 when the bare number i and the figure j after it are modified alike,
 * the noun said only after j: "122 empty and 40 full wagons".  Between
 * them one modifier that is never a head (NOHEAD) and connectors; j's own
 * phrase has a word before its head. */
static int modified_pair(const char *t, const tally_number *nums, size_t i, size_t j,
                         const slot *sl)
{
    tok k;
    return sl[j].src == SRC_OWN && sl[j].own.head_s > sl[j].own.start &&
           next_tok(t, nums[i].end, nums[j].start, &k) && k.s == nums[i].end + 1 &&
           tok_in(t, &k, NOHEAD) && only_connectors(t, k.e, nums[j].start);
}

/* 1 when figure j, with a noun phrase of its own, is the subject of a
 * clause whose verb is left out: a bare figure follows its phrase at once
 * ("Terlan made 340,000 and eleven private firms 220,000").  The figure
 * before it is then no part of its count. */
static int gapped_subject(const char *t, const tally_number *nums, size_t n, size_t j,
                          const slot *sl)
{
    tok k;
    return sl[j].src == SRC_OWN && sl[j].own.end > sl[j].own.start && j + 1 < n &&
           nums[j + 1].kind == TALLY_NK_FIGURE && next_tok(t, sl[j].own.end, nums[j + 1].end, &k) &&
           k.s == nums[j + 1].start;
}

/* 1 when the bare number i and the figure j after it are a pair of
 * makes or places, the noun said only after j's own name: "30 Tarn and 12
 * Velkor lorries" (see name_pair()). */
static int named_pair(const char *t, const tally_number *nums, size_t i, size_t j,
                      const slot *sl)
{
    return sl[j].src == SRC_OWN && sl[j].own.head_s > sl[j].own.start &&
           sl[j].own.start == nums[j].end + 1 && t[sl[j].own.start] >= 'A' &&
           t[sl[j].own.start] <= 'Z' && name_gap(t, nums, i, j);
}

/* 1 when the bare number x is a definite set ("the 120 on order", "for
 * the 60"; the word before it read from lo on) and the figure a it would
 * borrow from is money: the set counts the things priced, named earlier,
 * not the currency. */
static int priced_set(const char *t, size_t lo, const tally_number *x, const tally_attach *a)
{
    static const char *const THE[] = {"the", "these", "those", NULL};
    tok d;
    return strcmp(a->category, "money") == 0 &&
           !(x->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY)) &&
           prev_tok(t, lo, x->start, &d) && tok_in(t, &d, THE);
}

/* 1 when t[a..b) is white space only: "against 140,000 two years
 * earlier" juxtaposes two numbers, no list of them. */
static int blank_between(const char *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (t[k] != ' ' && t[k] != '\n' && t[k] != '\t')
            return 0;
    return 1;
}

static void attach_coord(const char *t, const tally_number *nums, size_t n, size_t i,
                         slot *sl, tally_attach *at)
{
    size_t j = i + 1;
    if (sl[i].src != SRC_NONE || j >= n || nums[j].kind != TALLY_NK_FIGURE ||
        gapped_subject(t, nums, n, j, sl) ||
        sl[j].src == SRC_NONE || !at[j].unit[0] || strcmp(at[j].unit, "fraction") == 0 ||
        priced_set(t, i > 0 ? nums[i - 1].end : 0, &nums[i], &at[j]) ||
        blank_between(t, nums[i].end, nums[j].start) ||
        !(only_connectors(t, nums[i].end, nums[j].start) || named_items(t, nums, i, j) ||
          modified_pair(t, nums, i, j, sl) || named_pair(t, nums, i, j, sl)) ||
        (sl[j].src != SRC_COORD && is_share(&nums[j], &at[j]) &&
         (comma_only(t, nums[i].end, nums[j].start) || comma_or(t, nums[i].end, nums[j].start))))
        return;   /* "180 million, half as a grant": 180 million is no fraction; "only
                     420, roughly 22 per cent", "72, or 82 per cent": the share in
                     apposition (but "5, 6 and 7 per cent" is a list) */
    size_t hs = at[j].noun_start, he = at[j].noun_end;
    if (sl[j].src == SRC_OWN) {
        hs = sl[j].own.head_s;
        he = sl[j].own.head_e;
    }
    share_from(&at[j], hs, he, &at[i]);
    sl[i].src = SRC_COORD;
}

/* The period a rate is said per in the words at pos: "a month", "per
 * year", "each week", "monthly", "a night" (an index of the list below), -1
 * if none.
 * A bare number with one ("80,000 a month") counts the things of a figure
 * of the same period before it, never the period itself. */
static int rate_period_at(const char *t, size_t pos, size_t end)
{
    static const char *const ONE[] = {"a", "an", "per", "each", "every", NULL};
    static const char *const PERIOD[] = {"day", "week", "month", "quarter", "year", "night",
                                         NULL};
    static const char *const ADVERB[] = {"daily", "weekly", "monthly", "quarterly", "yearly",
                                         "nightly", NULL};
    tok k;
    if (!next_tok(t, pos, end, &k) || !k.word)
        return -1;
    for (int q = 0; ADVERB[q]; q++)
        if (tok_is(t, &k, ADVERB[q]))
            return q;
    if (tok_is(t, &k, "annually"))
        return 4;
    if (!tok_in(t, &k, ONE) || !next_tok(t, k.e, end, &k) || !k.word)
        return -1;
    for (int q = 0; PERIOD[q]; q++)
        if (tok_is(t, &k, PERIOD[q]))
            return q;
    return -1;
}

/* 1 when figure a counts periods of time ("six years"): no lender for a
 * bare rate ("in six years, four a year"). */
static int is_duration(const tally_attach *a)
{
    return strcmp(a->category, "duration") == 0;
}

/* 1 when figure a counts calendar periods ("six years", "30 days"), the
 * kind a rate is said per: it may not lend to a rate ("in six years, four a
 * year"), while hours or minutes may ("11,000 flying hours, an average of
 * 900 a month"). */
static int is_period(const tally_attach *a)
{
    static const char *const CAL[] = {"day", "week", "fortnight", "month", "quarter",
                                      "year", "night", "decade", "season", NULL};
    if (!is_duration(a))
        return 0;
    for (int q = 0; CAL[q]; q++)
        if (strcmp(a->unit, CAL[q]) == 0)
            return 1;
    return a->unit[0] == '\0';
}

/* 1 when the number x follows "average of" or "averaging" ("an average of
 * 810 a month", "averaging 40 a day"): it is the mean of a larger total. */
static int average_of(const char *t, const tally_number *x)
{
    static const char *const AVG[] = {"averaging", "averaged", "average", NULL};
    tok k;
    size_t lo = x->start > 40 ? x->start - 40 : 0;
    if (!prev_tok(t, lo, x->start, &k))
        return 0;
    if (tok_is(t, &k, "of") && !prev_tok(t, lo, k.s, &k))
        return 0;
    return tok_in(t, &k, AVG);
}

/* How well figure src (context a) fits a bare number x as the figure whose
 * noun it leaves out, per being x's rate period (-1 none): 3 when src states
 * x's value ("24 labour battalions ... Of the 24"; a number in words or
 * below 10 only after "the": "Nine were new ... for the nine"), 2 when it is a rate of
 * x's period ("shells a month ... 80,000 a month") or scaled like x ("4.5
 * million person-days ... 2.88 million"), 1 otherwise, 0 when it is a
 * duration and x a rate ("in six years, four a year"). */
static int lender_fit(const char *t, size_t end, const tally_number *src,
                      const tally_attach *a, const tally_number *x, int per)
{
    if (per >= 0 && is_period(a))
        return 0;
    tok d;
    if (src->value == x->value &&
        ((!(x->flags & TALLY_NF_WORDS) && x->value >= 10) ||
         (prev_tok(t, x->start > 8 ? x->start - 8 : 0, x->start, &d) && tok_is(t, &d, "the"))))
        return 3;   /* "Of the 24", "for the eleven": the figure it restates */
    if (per >= 0 && rate_period_at(t, a->mention_end, end) >= 0)
        return 2;   /* "1,600 tanks a year ... (up to 70 a month)": a rate of
                       another period still counts the same things */
    if ((x->flags & TALLY_NF_SCALED) && (src->flags & TALLY_NF_SCALED))
        return 2;   /* "12 million crowns in six instalments of 2 million" */
    if (per >= 0 && src->value > x->value && average_of(t, x))
        return 2;   /* "4,860 sorties against the five plants, an average of 810 a
                       month": the total it averages, not the small count */
    return 1;
}

/* 1 when the bare number i is a rate ("50 a month") and a figure before it
 * in its sentence is a rate with a noun ("1,600 tanks a year"): the
 * rate's things, not the works named before its parenthesis ("the Harlow
 * works (50 a month)"), are what it counts. */
static int rate_has_lender(const char *t, const tally_sentence *s, const tally_number *nums,
                           size_t i, const tally_attach *at)
{
    if (rate_period_at(t, nums[i].end, s->end) < 0)
        return 0;
    for (size_t j = i; j-- > 0;)
        if (nums[j].kind == TALLY_NK_FIGURE && at[j].unit[0] &&
            !is_duration(&at[j]) && !is_share(&nums[j], &at[j]) &&
            at[j].noun_end > at[j].noun_start &&
            rate_period_at(t, at[j].mention_end, s->end) >= 0)
            return 1;
    return 0;
}

static int lend_word_before(const lexcols *L, const char *t, const tally_sentence *s, size_t b,
                            tally_attach *at);

/* Pass 5a: "the antiaircraft units (eleven)": first thing in a parenthesis
 * that follows a unit noun. */
static int attach_inparen(const lexcols *L, const char *t, const tally_sentence *s,
                          const tally_number *x, tally_attach *at)
{
    tok k;
    return prev_tok(t, s->start, x->start, &k) && tok_punct(t, &k, '(') &&
           lend_word_before(L, t, s, k.s, at);
}

/* The lexicon noun (no designation) right before offset b in sentence s
 * lends its unit to at, as an elliptic noun; 1 when it does. */
static int lend_word_before(const lexcols *L, const char *t, const tally_sentence *s, size_t b,
                            tally_attach *at)
{
    tok w;
    term tm;
    if (!prev_tok(t, s->start, b, &w) || !lookup_tok(L, t, &w, &tm) || tm.desig)
        return 0;
    lend_noun(at, &tm, &w);
    return 1;
}

static int ellipsis_follow(const char *t, const tally_sentence *s, const tally_number *x);
static int after_every(const char *t, size_t lo, size_t hi, const tally_number *f);
static int kinds_of_prev(const char *t, size_t lo, const tally_number *pn,
                         const tally_attach *pa, size_t j);

/* 1 when figure x (context a) is a share or multiplier: a fraction, a
 * percentage, "three times": it counts nothing, so it lends no noun ("about
 * half of the 600 planned": the 600 are not a fraction). */
static int is_share(const tally_number *x, const tally_attach *a)
{
    return (x->flags & (TALLY_NF_FRACTION | TALLY_NF_PERCENT)) ||
           strcmp(a->unit, "fraction") == 0 || strcmp(a->unit, "percent") == 0 ||
           strcmp(a->unit, "times") == 0;
}

/* 1 when token *k is a group word of GROUP_OF after a lexicon noun of
 * another kind ("the glider fleet", "a standing conscript force"): the
 * group is a set of that noun, which *tm and *k become. */
static int member_before(const lexcols *L, const char *t, const tally_sentence *s, tok *k,
                         term *tm)
{
    tok d;
    term dm;
    if (!tok_in(t, k, GROUP_OF) || !prev_tok(t, s->start, k->s, &d) || !d.word ||
        !lookup_tok(L, t, &d, &dm) || dm.desig || strcmp(dm.cat, "formation") == 0)
        return 0;
    *tm = dm;
    *k = d;
    return 1;
}

/* 1 when the bare number x is the size of a formation: right after "of"
 * and a formation noun of the lexicon ("a reserve company of ten more",
 * "five batteries of four") or a collective (COLLECTIVE: "a convoy of
 * 36"); it counts the formation's members (tanks, guns, men, ships), which
 * an earlier figure or the sentence's subject names, never the formation
 * itself (a collective with no members named stays what it is).
 * The formation's unit goes to unit (cap bytes). */
static int group_size(const lexcols *L, const char *t, const tally_sentence *s,
                      const tally_number *x, char *unit, size_t cap)
{
    tok of, g;
    term tm;
    if (!prev_tok(t, s->start, x->start, &of) || !tok_is(t, &of, "of") ||
        !prev_tok(t, s->start, of.s, &g))
        return 0;
    if (tok_punct(t, &g, ',') && !prev_tok(t, s->start, g.s, &g))
        return 0;   /* "came in three lots, of 12,000 in May, ..." */
    if (!g.word || !lookup_tok(L, t, &g, &tm) || tm.desig)
        return 0;
    tok m = g;
    term mm;
    if (member_before(L, t, s, &m, &mm))
        return 0;   /* "a bomber fleet of 300": the members are named */
    int coll = 0;
    for (size_t c = 0; COLLECTIVE[c]; c++)
        coll |= strcmp(tm.unit, COLLECTIVE[c]) == 0;
    if (!coll && strcmp(tm.cat, "formation") != 0)
        return 0;
    copy_str(unit, cap, tm.unit);
    return 1;
}

/* 1 when figure j counts the formation whose size the bare number i is
 * ("five batteries of four": the batteries lend no noun to the four). */
static int counts_group(const slot *sl, size_t i, const tally_attach *a)
{
    return sl[i].group[0] && strcmp(sl[i].group, a->unit) == 0;
}

/* 1 when x is followed by "to spare" and the figure src follows "enough
 * for" ("promised 200, enough for two more regiments with 12 to spare"):
 * what is left over is of the stock that suffices, not of what it fills. */
static int spare_of(const char *t, const tally_sentence *s, const tally_number *src,
                    const tally_number *x)
{
    tok k;
    if (!next_tok(t, x->end, s->end, &k) || !tok_is(t, &k, "to") ||
        !next_tok(t, k.e, s->end, &k) || !tok_is(t, &k, "spare"))
        return 0;
    size_t pos = src->start;
    for (int i = 0; i < 3 && prev_tok(t, s->start, pos, &k) && k.word; i++, pos = k.s)
        if (tok_is(t, &k, "enough"))
            return 1;
    return 0;
}

/* Prepositions that name where a part of a list comes from or lies. */
static const char *const PLACE_PREP[] = {"from", "in", NULL};

/* 1 when the bare number x is a part "from <Place>" (or "in <Place>") and
 * the figure src before it stands after the same preposition: "came from
 * the three mountain districts, 3,100 from Orlavia": src counts the places,
 * x what came from one of them, so src lends x no noun. */
static int place_part(const char *t, const tally_sentence *s, const tally_number *src,
                      const tally_number *x)
{
    tok p, w, d;
    if (!next_tok(t, x->end, s->end, &p) || !tok_in(t, &p, PLACE_PREP) ||
        !next_tok(t, p.e, s->end, &w) || !w.word || t[w.s] < 'A' || t[w.s] > 'Z' ||
        !prev_tok(t, s->start, src->start, &d))
        return 0;
    if (tok_in(t, &d, DET) && !prev_tok(t, s->start, d.s, &d))
        return 0;
    return d.e - d.s == p.e - p.s && strncasecmp(t + d.s, t + p.s, p.e - p.s) == 0;
}

/* Pass 5b (body only): a bare number after a figure, separated only by a few
 * GAP words, shares its unit: "200 air regiments, instead of the 150". */
static int houses_prev(const char *t, const tally_number *nums, const tally_attach *at,
                       size_t j, int kept);

static int names_class(const char *t, const tally_sentence *s, const tally_number *x);
static int crew_size(const char *t, const tally_attach *a);

/* The figure a total ("3,580 in all") after a list takes its noun from:
 * the first figure before i of the unit most items of the list count,
 * when more count it than count the last item's unit (j's): "1,900 new
 * tyres ..., the 680 ... and the 1,000 retreads, 3,580 in all" counts
 * tyres, the bare 680 being one more tyre item.  A bare item counts the
 * unit of the nearest item before it; measures, shares and periods are
 * no items.  j otherwise ("30 gunboats and 12 monitors, 42 in all"). */
#define LIST_BACK 400   /* bytes a list before its total may span */
#define LIST_MAX 16     /* items of a list looked at */

static size_t list_head(const tally_number *nums, const tally_attach *at, size_t i, size_t j)
{
    size_t lo = i, item[LIST_MAX], ni = 0, last = SIZE_MAX;
    while (lo > 0 && i - lo < LIST_MAX && nums[lo - 1].start + LIST_BACK >= nums[i].start)
        lo--;
    for (size_t a = lo; a < i; a++) {
        if (nums[a].kind != TALLY_NK_FIGURE)
            continue;
        if (!at[a].unit[0] && last != SIZE_MAX)
            item[ni++] = last;   /* a bare item: one more of the item before */
        else if (at[a].unit[0] && !is_share(&nums[a], &at[a]) && !is_measure(&at[a]) &&
                 !is_period(&at[a]))
            item[ni++] = last = a;
    }
    size_t best = j;
    int most = 0, cj = 0;
    for (size_t x = 0; x < ni; x++) {
        int c = 0;
        for (size_t y = 0; y < ni; y++)
            c += strcmp(at[item[y]].unit, at[item[x]].unit) == 0;
        cj += strcmp(at[item[x]].unit, at[j].unit) == 0;
        if (c > most) {
            most = c;
            best = item[x];
        }
    }
    return most > cj ? best : j;
}

/* The figure a sibling after the rate "6.5 per 10,000 hours" parallels:
 * its numerator, not the base after "per" ("14 accidents, a rate of 6.5
 * per 10,000 flying hours, against 3.4 for the older type": 3.4
 * accidents).  j: the figure before the sibling; j itself when it is no
 * rate's base. */
static size_t rate_numerator(const char *t, const tally_sentence *s, const tally_number *nums,
                             const tally_attach *at, size_t j)
{
    tok p, q;
    if (j == 0 || nums[j - 1].kind != TALLY_NK_FIGURE ||
        !prev_tok(t, s->start, nums[j].start, &p) || !tok_is(t, &p, "per") ||
        !prev_tok(t, s->start, p.s, &q))
        return j;
    size_t e = at[j - 1].mention_end > nums[j - 1].end ? at[j - 1].mention_end : nums[j - 1].end;
    return q.e == e ? j - 1 : j;
}

static int attach_sibling(const lexcols *L, const char *t, const tally_sentence *s,
                          const tally_number *nums, size_t i, const slot *sl, tally_attach *at)
{
    if (i == 0)
        return 0;
    size_t j = rate_numerator(t, s, nums, at, i - 1);
    if (total_after(t, s, &nums[i]))
        j = list_head(nums, at, i, j);
    if (houses_prev(t, nums, at, j, 0) || nums[j].kind != TALLY_NK_FIGURE || sl[j].src == SRC_NONE ||
        !at[j].unit[0] || is_share(&nums[j], &at[j]) || priced_set(t, s->start, &nums[i], &at[j]) ||
        (j + 1 == i && gapped_subject(t, nums, i + 1, j, sl)) ||
        counts_group(sl, i, &at[j]) ||
        !ellipsis_follow(t, s, &nums[i]) ||
        ((nums[j].flags & TALLY_NF_CURRENCY) && !(nums[i].flags & TALLY_NF_SCALED)) ||
        ((nums[i].flags & TALLY_NF_SCALED) && !(nums[j].flags & TALLY_NF_SCALED)) ||
        (is_period(&at[j]) && rate_period_at(t, nums[i].end, s->end) >= 0) ||
        period_adverb(t, s, &nums[j], &at[j], &nums[i]) ||
        spare_of(t, s, &nums[j], &nums[i]) || place_part(t, s, &nums[j], &nums[i]) ||
        (names_class(t, s, &nums[i]) && crew_size(t, &at[j])) ||
        after_every(t, s->start, s->end, &nums[j]) ||
        kinds_of_prev(t, s->start, nums, at, j))
        return 0;   /* not "7 The Hague"; "$4 million, and 3" is not 3 dollars; "in six
                       years, four a year" counts no years; "over the six months, 21
                       of them" counts no months; "six instalments of 2 million" are
                       no instalments */
    size_t a = at[i - 1].mention_end > nums[i - 1].end ? at[i - 1].mention_end : nums[i - 1].end;
    tok k;
    term tm;
    int words = 0;
    while (next_tok(t, a, nums[i].start, &k)) {
        if (k.word) {
            if (++words > MAX_GAP || !tok_in(t, &k, GAP) || lookup_tok(L, t, &k, &tm))
                return 0;
        } else if (!tok_punct(t, &k, ',')) {
            return 0;
        }
        a = k.e;
    }
    size_t hs = at[j].noun_start, he = at[j].noun_end;
    if (sl[j].src == SRC_OWN) {
        hs = sl[j].own.head_s;
        he = sl[j].own.head_e;
    }
    share_from(&at[j], hs, he, &at[i]);
    return 1;
}

/* Pass 5b' (body only): a bare number set off by a comma right after a
 * share of a counted noun is that share as a count ("more than half of the
 * dead, 1,210, were infants", "one in five of the sorties, some 1,300 in
 * all"): it counts the share's noun when the lexicon knows it. */
static int attach_appos(const lexcols *L, const char *t, const tally_sentence *s,
                        const tally_number *nums, size_t i, tally_attach *at)
{
    size_t j = i - 1;
    np p;
    if (i == 0 || nums[j].kind != TALLY_NK_FIGURE || !is_share(&nums[j], &at[j]) ||
        at[j].noun_end <= at[j].noun_start ||
        !comma_only(t, at[j].mention_end, nums[i].start) ||
        !ellipsis_follow(t, s, &nums[i]))
        return 0;
    scan_np(L, t, at[j].noun_start, at[j].noun_end, 1, &p);
    if (!p.known || p.type_name)
        return 0;
    lend_np(&at[i], &p);
    return 1;
}

/* 1 when token k is a form of "run" used as a verb: it follows a plural
 * noun or a noun of amount ("tank losses run at 25 a month", "costs ran
 * to 3 million"), not a determiner ("the runs numbered 300"). */
static int verb_link(const char *t, const tally_sentence *s, const tok *k)
{
    static const char *const RUN[] = {"run", "runs", "ran", NULL};
    tok d;
    return tok_in(t, k, RUN) && prev_tok(t, s->start, k->s, &d) && d.word &&
           (tok_in(t, &d, AMOUNT) || plural_like(t, &d));
}

/* 1 when the number i follows the preposition p ("at", "to") and an
 * earlier figure of the sentence, followed by a lexicon noun of its own,
 * follows the same preposition: a gapped list ("infantry divisions stand
 * at 11,500 men, mechanised divisions at 12,800"), whose later numbers
 * count what the first counts, not the noun before the preposition. */
static int gapped_prep(const lexcols *L, const char *t, const tally_sentence *s,
                       const tally_number *nums, size_t i, const tok *p)
{
    tok d, k;
    term tm;
    if (p->e <= p->s || tok_is(t, p, "of"))
        return 0;
    for (size_t j = 0; j < i; j++)
        if (nums[j].kind == TALLY_NK_FIGURE && prev_tok(t, s->start, nums[j].start, &d) &&
            d.word && d.e - d.s == p->e - p->s &&
            strncasecmp(t + d.s, t + p->s, d.e - d.s) == 0)
            return next_tok(t, nums[j].end, s->end, &k) && k.word && lookup_tok(L, t, &k, &tm) &&
                   !tm.desig;
    return 0;
}

/* 1 when the number x after the link word p reads "at N each" ("the 14
 * divisions at 12,000 each", "six lorries at 40 apiece"): N is so much for
 * each of the noun before "at", which it therefore does not count. */
static int at_each(const char *t, const tally_sentence *s, const tally_number *x, const tok *p)
{
    static const char *const EACH_AFTER[] = {"each", "apiece", NULL};
    tok k;
    return p->e > p->s && tok_is(t, p, "at") && next_tok(t, x->end, s->end, &k) &&
           tok_in(t, &k, EACH_AFTER);
}

/* The governing noun k of "the tank holding of the army at 720", "the
 * rifle output of the plant at 9,000": after "of" (and a determiner) the
 * noun names the holder; a lexicon noun before the noun of amount is what
 * is counted.  Replaces *tm with it when found. */
static void amount_of(const lexcols *L, const char *t, const tally_sentence *s, const tok *k,
                      term *tm)
{
    tok a, b;
    term um;
    size_t pos = k->s;
    if (prev_tok(t, s->start, pos, &a) && tok_in(t, &a, DET))
        pos = a.s;
    if (!prev_tok(t, s->start, pos, &a) || !tok_is(t, &a, "of") ||
        !prev_tok(t, s->start, a.s, &a) || !tok_in(t, &a, AMOUNT) ||
        !prev_tok(t, s->start, a.s, &b) || !b.word || !lookup_tok(L, t, &b, &um) || um.desig)
        return;
    *tm = um;
}

/* Lend at the last plural unit noun of t[from..to), no designation (with
 * LP_NO_MEASURE no distance or duration either; with LP_AFTER_OF_THE only
 * one right after "of the", and no money: "of the ships", not "of the
 * weeks").  1 when one was lent. */
enum { LP_NO_MEASURE = 1, LP_AFTER_OF_THE = 2 };
static int lend_last_plural(const lexcols *L, const char *t, size_t from, size_t to,
                            int flags, tally_attach *at)
{
    tok k, best = {0, 0, 0}, p1 = {0, 0, 0}, p2 = {0, 0, 0};   /* p1, p2: the tokens before k */
    term tm, bt;
    memset(&bt, 0, sizeof bt);
    int of_the = flags & LP_AFTER_OF_THE;
    for (size_t pos = from; next_tok(t, pos, to, &k); pos = k.e) {
        if (k.word && (!of_the || (tok_is(t, &p1, "the") && tok_is(t, &p2, "of"))) &&
            plural_ish(t, &k) && lookup_tok(L, t, &k, &tm) && !tm.desig &&
            (!(flags & LP_NO_MEASURE) ||
             (strcmp(tm.cat, "distance") != 0 && strcmp(tm.cat, "duration") != 0)) &&
            (!of_the || strcmp(tm.cat, "money") != 0)) {
            best = k;
            bt = tm;
        }
        p2 = p1;
        p1 = k;
    }
    if (best.e == 0)
        return 0;
    lend_noun(at, &bt, &best);
    return 1;
}

/* "Their number rose from 90": the last plural lexicon noun of the
 * sentence before s in its paragraph is what "their" stands for.  1 when
 * found (its unit lent to at). */
static int antecedent_noun(const lexcols *L, const char *t, const tally_sentence *s,
                           tally_attach *at)
{
    size_t a, b;
    return prev_sentence(t, s, &a, &b) && lend_last_plural(L, t, a, b, 0, at);
}

/* Where a look back for a noun inside sentence s may start, for a figure
 * at pos: the sentence's start, or SCAN_BACK bytes before pos (after the
 * next space) when the "sentence" is longer (a file with no punctuation),
 * so that the look-ups stay linear in the document. */
#define SCAN_BACK 1200
static size_t scan_from(const char *t, const tally_sentence *s, size_t pos)
{
    if (pos < s->start + SCAN_BACK)
        return s->start;
    size_t a = pos - SCAN_BACK;
    while (a < pos && t[a] != ' ')
        a++;
    return a;
}

/* Lend at the last plural unit noun of sentence s before pos that is no
 * measure (distance, duration) nor designation: "Welders were scarce: in
 * April the yard had about 900" counts welders.  1 when one was lent. */
static int earlier_noun(const lexcols *L, const char *t, const tally_sentence *s, size_t pos,
                        tally_attach *at)
{
    return lend_last_plural(L, t, scan_from(t, s, pos), pos, LP_NO_MEASURE, at);
}

/* "Most of the ships taken in had sailed: 11 of the 13 were back": a bare
 * partitive "N of the M" (x, then "of the" and a number) counts the plural
 * unit noun of an "of the <noun>" earlier in its sentence (no measure:
 * not "of the weeks").  1 when one was lent. */
static int of_set_before(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *x, tally_attach *at)
{
    tok a, b, c;
    size_t lim = x->start;   /* where the set's noun must end before */
    if (next_tok(t, x->end, s->end, &a) && tok_is(t, &a, "of") &&
        next_tok(t, a.e, s->end, &b) && tok_is(t, &b, "the") &&
        next_tok(t, b.e, s->end, &c) && tok_has_digit(t, &c))
        ;   /* the part: "11 of the 13" */
    else if (prev_tok(t, s->start, x->start, &b) && tok_is(t, &b, "the") &&
             prev_tok(t, s->start, b.s, &a) && tok_is(t, &a, "of") &&
             prev_tok(t, s->start, a.s, &c) && tok_has_digit(t, &c))
        lim = c.s;   /* the whole: "the 13" of "11 of the 13" */
    else
        return 0;
    return lend_last_plural(L, t, scan_from(t, s, lim), lim, LP_NO_MEASURE | LP_AFTER_OF_THE, at);
}

/* prev_tok() for attach_govern(): when the scan meets the figure before
 * (nums[i-1], whose end is *lo) and that figure is a share after "by"
 * ("the auxiliaries had fallen by a quarter, from 2,800", "rose by 20 per
 * cent, from"), it steps over the share once and returns the "by", so that
 * the noun that rose or fell governs the count; a count after "by" ("raised
 * by 2,000 to 11,200") is no such step.  Bounded: one step, one token. */
static int govern_prev(const char *t, const tally_sentence *s, const tally_number *nums,
                       size_t i, size_t *lo, size_t pos, tok *k)
{
    if (prev_tok(t, *lo, pos, k))
        return 1;
    if (i == 0 || pos != *lo || *lo != nums[i - 1].end || nums[i - 1].qual != TALLY_Q_RATIO)
        return 0;
    size_t lo2 = i > 1 && nums[i - 2].end > s->start ? nums[i - 2].end : s->start;
    if (nums[i - 1].start < lo2 || !prev_tok(t, lo2, nums[i - 1].start, k) ||
        !tok_is(t, k, "by"))
        return 0;
    *lo = lo2;
    return 1;
}

/* Words that, before a noun of time, make it name a moment ("on the last
 * night", "the following day"), as an ordinal does. */
static const char *const MOMENT[] = {"last", "next", "following", "final", "previous",
                                     "same", "opening", "closing", NULL};

/* Words naming a point or stretch of a period ("the end of the year", "the
 * middle of the month"), and the determiners between them and the period. */
static const char *const PHASE[] = {"end", "start", "beginning", "middle", "close", "course",
                                    "turn", "rest", "remainder", "height", NULL};
static const char *const TIME_DET[] = {"the", "that", "this", NULL};

/* 1 when token k, a lexicon noun of duration (tm) met by attach_govern()
 * for nums[i], is the head of a time adjunct: right after an ordinal
 * number ("on the first night", "the 5th day") or a word of MOMENT, or
 * after "the end of" and the like (PHASE). Such a noun says when, not
 * what the number counts. */
static int time_adjunct(const char *t, const tally_sentence *s, const tally_number *nums,
                        size_t i, const tok *k, const term *tm)
{
    tok d;
    size_t lo = i > 0 && nums[i - 1].end <= k->s && nums[i - 1].end > s->start ?
                    nums[i - 1].end : s->start;
    if (strcmp(tm->cat, "duration") != 0)
        return 0;
    if (i > 0 && nums[i - 1].kind == TALLY_NK_ORDINAL && lo == nums[i - 1].end &&
        !next_tok(t, lo, k->s, &d))
        return 1;   /* nothing between the ordinal and the noun */
    if (!prev_tok(t, lo, k->s, &d))
        return 0;
    if (tok_in(t, &d, MOMENT))
        return 1;
    tok o, p;   /* "by the end of the year only 650": a point of the period */
    return tok_in(t, &d, TIME_DET) && prev_tok(t, lo, d.s, &o) && tok_is(t, &o, "of") &&
           prev_tok(t, lo, o.s, &p) && tok_in(t, &p, PHASE);
}

/* Tokens an appositive between commas may hold ("False alarms, the bane
 * of the early months, fell"). */
#define APPOS_SPAN 8

/* When the comma c, met by attach_govern(), ends an appositive that opens
 * with a determiner after an earlier comma (APPOS_SPAN tokens at most),
 * and the word before that comma is a lexicon noun (no designation): that
 * noun is what the appositive describes, and so what governs the number.
 * 1 when found (*h and *tm set). */
static int appos_head(const lexcols *L, const char *t, const tally_sentence *s, const tok *c,
                      tok *h, term *tm)
{
    tok p, q = *c;
    size_t pos = c->s;
    for (int w = 0; w < APPOS_SPAN && prev_tok(t, s->start, pos, &p); w++, pos = p.s) {
        if (tok_punct(t, &p, ','))
            return w > 1 && tok_in(t, &q, DET) && prev_tok(t, s->start, p.s, h) && h->word &&
                   lookup_tok(L, t, h, tm) && !tm->desig;
        if (!p.word || tok_has_digit(t, &p))
            return 0;
        q = p;
    }
    return 0;
}

/* Most words looked back over from a governing noun for "number of". */
#define NUMBER_OF_BACK 8

/* When the noun *k that governs a figure closes a phrase that opens with
 * "the number of X" ("the number of leaks found by the line patrols fell
 * to 12", "the number of sorties flown by the wing rose"), the count is of
 * X: *k and *tm become X's.  Looks back at most NUMBER_OF_BACK words, not
 * before lo nor over punctuation; leaves *k and *tm alone otherwise. */
static void number_of_head(const lexcols *L, const char *t, size_t lo, tok *k, term *tm)
{
    tok w, of = *k, n;
    term x;
    for (int i = 0; i < NUMBER_OF_BACK && prev_tok(t, lo, of.s, &w) && w.word; i++) {
        if (tok_is(t, &w, "of") && prev_tok(t, lo, w.s, &n) && n.word &&
            (tok_is(t, &n, "number") || tok_is(t, &n, "numbers"))) {
            tok h;
            if (next_tok(t, w.e, k->s, &h) && h.word && h.s < k->s &&
                lookup_tok(L, t, &h, &x) && !x.desig) {
                *k = h;
                *tm = x;
            }
            return;
        }
        of = w;
    }
}

/* Verbs of change after a subject whose head the lexicon lacks ("the
 * bottles discarded fell from 3,300"). */
static const char *const CHANGE_VERB[] = {"rose", "fell", "grew", "dropped", "declined",
                                          "increased", "decreased", "climbed", "doubled",
                                          "halved", "risen", "fallen", "grown", NULL};

/* Most words looked back over from an unknown noun to "number of". */
#define UNKNOWN_BACK 3

/* Fill *p with the plain lemma of the plural word k, a noun the lexicon
 * lacks, when k is a lower-case plural word ("shops" -> "shop"). */
static int unknown_plural(const char *t, const tok *k, np *p)
{
    memset(p, 0, sizeof *p);
    if (!k->word || !plural_like(t, k))
        return 0;
    plain_lemma(t, k->s, k->e, p);
    p->head_s = k->s;
    p->head_e = k->e;
    return p->unit[0] != '\0';
}

/* Lend the plain lemma of a plural the lexicon lacks (p, from
 * unknown_plural() or plain_lemma()) to at, its noun t[s..e), category
 * "other", elliptic; 1. */
static int lend_unknown(tally_attach *at, const np *p, size_t s, size_t e)
{
    put_unit(at, p->unit, "other");
    at->noun_start = s;
    at->noun_end = e;
    at->elliptic = 1;
    return 1;
}

/* For attach_govern(): the word k, no lexicon noun nor link word, met after
 * at least one link word, ends a counted noun phrase the lexicon lacks:
 * "the number of repair shops rose from 14" (a plural at most UNKNOWN_BACK
 * words after "number of", lower-case words between), or a plural subject
 * after a determiner, perhaps with a past participle after it, right before
 * a verb of change (first, the link word read last: "the bottles discarded
 * fell from 3,300").  Lends the plural's plain lemma to at; 1 then. */
static int unknown_governor(const char *t, const tally_sentence *s, const tok *k,
                            const tok *first, tally_attach *at)
{
    np p;
    tok w = *k, d, n;
    if (unknown_plural(t, k, &p)) {   /* "the number of [repair] shops" */
        for (int i = 0; i < UNKNOWN_BACK && prev_tok(t, s->start, w.s, &d) && d.word; i++) {
            if (tok_is(t, &d, "of")) {
                if (prev_tok(t, s->start, d.s, &n) && n.word &&
                    (tok_is(t, &n, "number") || tok_is(t, &n, "numbers")))
                    return lend_unknown(at, &p, k->s, k->e);
                break;
            }
            if (!(t[d.s] >= 'a' && t[d.s] <= 'z') || is_stop(t, &d) || tok_has_digit(t, &d))
                break;
            w = d;
        }
    }
    if (!first->word || !tok_in(t, first, CHANGE_VERB))
        return 0;
    w = *k;
    if (!unknown_plural(t, &w, &p)) {   /* "the bottles discarded": a participle after */
        if (!past_ed(t, k) || !prev_tok(t, s->start, k->s, &w) || !unknown_plural(t, &w, &p))
            return 0;
    }
    if (!prev_tok(t, s->start, w.s, &d) || !d.word || !tok_is(t, &d, "the"))
        return 0;
    return lend_unknown(at, &p, w.s, w.e);
}

/* Pass 5c (body only): a unit noun followed by a few LINK words (and at
 * most one comma, and a noun of amount: AMOUNT) and then the number governs
 * it: "the number of aircraft rose to 300", "the number of plants had
 * doubled, from seven to 14", "rifle production went from 9,500". */
static int attach_govern(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *nums, size_t i, tally_attach *at)
{
    size_t lo = i > 0 && nums[i - 1].end > s->start ? nums[i - 1].end : s->start;
    size_t pos = nums[i].start;
    tok k, last_link = {0, 0, 0};   /* the link word right before the number */
    tok last_number = {0, 0, 0};    /* the link word read last (first in the text) */
    term tm, tm2;
    for (int links = 0, commas = 0; govern_prev(t, s, nums, i, &lo, pos, &k); pos = k.s) {
        if (!k.word) {   /* "the number of plants had doubled, from seven to 14" */
            if (!tok_punct(t, &k, ',') || ++commas > 1 || links == 0)
                return 0;
            tok h;
            if (appos_head(L, t, s, &k, &h, &tm)) {
                lend_noun(at, &tm, &h);
                return 1;   /* "False alarms, the bane of the early months, fell" */
            }
            continue;
        }
        if (links > 0 && member_before(L, t, s, &k, &tm)) {
            lend_noun(at, &tm, &k);   /* "the glider fleet to 118": gliders */
            return 1;
        }
        if (links > 0 && verb_link(t, s, &k)) {
            links++;   /* "tank losses run at some 25": a verb, not bombing runs */
            continue;
        }
        if (links > 0 && lookup_tok(L, t, &k, &tm) && !tm.desig) {
            static const char *const ONE[] = {"a", "an", "each", "every", "per", "by", NULL};
            tok d, by;
            int has_d = prev_tok(t, s->start, k.s, &d) && d.word;   /* none at the start */
            if (time_adjunct(t, s, nums, i, &k, &tm))
                return 0;   /* "rose from 4,200 on the first night to 13,400": a time */
            if ((has_d && tok_in(t, &d, ONE)) || tok_is(t, &k, "loss"))
                return 0;   /* "a minesweeper at 11 million": the price of one; "deliveries
                               by year were four (1961)": a breakdown, not years; "the
                               annual loss fell to nine": a loss of something named before */
            if (has_d && tok_in(t, &d, DET) &&
                (strcmp(tm.cat, "distance") == 0 || strcmp(tm.cat, "duration") == 0) &&
                earlier_noun(L, t, s, d.s, at))
                return 1;   /* "Welders were scarce: the yard had about 900": the yard is
                               a place named, not a measure; the welders are counted */
            if (has_d && tok_in(t, &d, DET) && prev_tok(t, s->start, d.s, &by) &&
                tok_is(t, &by, "by") && subject_noun(L, t, s, &nums[i], at))
                return 1;   /* "cases reported by the corps fell from 640": the subject */
            if (links == 1 &&
                ((tok_is(t, &last_link, "of") && (nums[i].flags & TALLY_NF_SCALED)) ||
                 gapped_prep(L, t, s, nums, i, &last_link) ||
                 at_each(t, s, &nums[i], &last_link)))
                return 0;   /* "instalments of 4 million" measures each instalment;
                               "infantry divisions at 11,500 men, armoured divisions at
                               10,200": the verb is left out, the men are meant;
                               "divisions at 12,000 each": so many a division */
            amount_of(L, t, s, &k, &tm);   /* "the tank holding of the army at 720" */
            if (tok_in(t, &k, AMOUNT) && prev_tok(t, s->start, k.s, &d) && d.word &&
                lookup_tok(L, t, &d, &tm2) && !tm2.desig) {
                tm = tm2;   /* "tank losses run at 25": tanks, not losses */
                k = d;
            }
            number_of_head(L, t, lo, &k, &tm);   /* "the number of leaks found by the
                                                  line patrols fell": the leaks */
            lend_noun(at, &tm, &k);
            return 1;
        }
        if (links > 0 && tok_in(t, &k, AMOUNT))
            continue;   /* "rifle production went from 9,500": the noun before */
        if (links > 1 && (tok_is(t, &k, "their") || tok_is(t, &k, "Their")) &&
            tok_is(t, &last_number, "number"))
            return antecedent_noun(L, t, s, at);   /* "The shortage was of drivers.
                                                      Their number rose from 90" */
        if (links > 0 && !tok_in(t, &k, LINK))
            return unknown_governor(t, s, &k, &last_number, at);   /* "the number of
                                                                    repair shops rose" */
        if (!tok_in(t, &k, LINK) || ++links > MAX_LINK)
            return 0;
        if (links == 1)
            last_link = k;
        last_number = k;
    }
    return 0;
}

/* 1 when what follows the bare number x lets it stand for an elliptical
 * noun: the end of the sentence, punctuation, or a word other than an
 * capitalised one ("It lost 31, of which", "19 in accidents", "31
 * arrived"; not "7 The Hague", a title or a name, nor a glued unit "5kW"). */
static int ellipsis_follow(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    if (!next_tok(t, x->end, s->end, &k))
        return 1;
    if (k.s == x->end && k.word)
        return 0;   /* a glued unit: "5kW", "155mph" */
    if (!k.word)
        return 1;
    return !(t[k.s] >= 'A' && t[k.s] <= 'Z');
}

/* 1 when what comes before the bare number x lets it stand for an
 * elliptical noun: white space or an opening bracket right before it (not
 * ",931,000" glued to a code), no name or abbreviation before it ("iPhone
 * 11", "Oct. 25-29", "S&P 500"), and it does not look like a year.  When x
 * is a partitive (of: "1500 of them", "231 of the 288 hulls") a four-digit
 * number is no year and the capitalised first word of the sentence is no
 * name ("Eventually 231 of them"). */
/* 1 when the digits of x are grouped by a thousands comma ("16,300"). */
static int grouped(const char *t, const tally_number *x)
{
    for (size_t p = x->start + 1; p + 3 < x->end; p++)
        if (t[p] == ',' && t[p - 1] >= '0' && t[p - 1] <= '9' && t[p + 1] >= '0' && t[p + 1] <= '9')
            return 1;
    return 0;
}

/* 1 when an opening quotation mark (ASCII '"' or U+201C) ends right at
 * pos, after a space or the sentence start. */
static int open_quote_before(const char *t, size_t lo, size_t pos)
{
    size_t q;
    if (pos > lo && t[pos - 1] == '"')
        q = pos - 1;
    else if (pos >= lo + 3 && (unsigned char)t[pos - 3] == 0xE2 &&
             (unsigned char)t[pos - 2] == 0x80 && (unsigned char)t[pos - 1] == 0x9C)
        q = pos - 3;
    else
        return 0;
    return q == lo || t[q - 1] == ' ' || t[q - 1] == '\n' || t[q - 1] == '(';
}

static int ellipsis_lead(const char *t, const tally_sentence *s, const tally_number *x, int of)
{
    tok k, w;
    int abbr = 0;
    if (x->start > s->start && !(t[x->start - 1] == ' ' || t[x->start - 1] == '\n' ||
                                 t[x->start - 1] == '(' || t[x->start - 1] == '\t' ||
                                 open_quote_before(t, s->start, x->start)))
        return 0;   /* an opening quote may lead: 'reports "no fewer than 18,000"' */
    if (!of && x->value >= 1000 && x->value <= 2200 && x->value == floor(x->value) &&
        !(x->flags & (TALLY_NF_SCALED | TALLY_NF_WORDS)) && x->end - x->start == 4)
        return 0;
    if (!prev_tok(t, s->start, x->start, &k))
        return 1;
    if (tok_punct(t, &k, '.') && prev_tok(t, s->start, k.s, &w) && w.e == k.s) {
        k = w;   /* "Oct. 25", "No. 4" */
        abbr = 1;
    }
    if (!k.word || is_stop(t, &k))
        return 1;
    /* "Eventually 231 of them", "By March 14,000 of the 25,000 shells" */
    int initial = of && !abbr && (!prev_tok(t, s->start, k.s, &w) || tok_in(t, &k, MONTH));
    if (!abbr && grouped(t, x))
        return 1;   /* "Camp Lorne 16,300": a label has no thousands comma */
    for (size_t p = k.s; p < k.e; p++)
        if (t[p] >= 'A' && t[p] <= 'Z' && !(initial && p == k.s))
            return 0;
    return !tok_punct(t, &k, '&');
}

/* Pronouns after a partitive "of" that stand for a noun said before:
 * "231 of them", "four of which". */
static const char *const OF_PRONOUN[] = {"them", "these", "those", "which", "whom", "ours",
                                         "theirs", NULL};

/* 1 when the number x is followed by "of them" or "of whom": people or
 * things counted, never a measure ("Drivers ... some 60 of them"). */
static int of_them(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    return next_tok(t, x->end, s->end, &k) && tok_is(t, &k, "of") &&
           next_tok(t, k.e, s->end, &k) && (tok_is(t, &k, "them") || tok_is(t, &k, "whom"));
}

/* 1 when the number x is followed by "of" and such a pronoun. */
static int of_pronoun(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    return next_tok(t, x->end, s->end, &k) && tok_is(t, &k, "of") &&
           next_tok(t, k.e, s->end, &k) && tok_in(t, &k, OF_PRONOUN);
}

/* 1 when a figure (number src, context a) may lend its noun to the bare
 * number x: it has a unit; it is not a fraction, a multiplier or a
 * percentage; money only to a scaled number ("$3.5 million, of which 2.1
 * million ..."). */
static int can_lend(const tally_number *src, const tally_attach *a, const tally_number *x)
{
    if (src->kind != TALLY_NK_FIGURE || !a->keep || !a->unit[0] || is_share(src, a))
        return 0;   /* "fell 0.4 per cent to 13,176": a level, not a percentage */
    if (src->flags & TALLY_NF_CURRENCY)
        return (src->flags & TALLY_NF_SCALED) && (x->flags & TALLY_NF_SCALED);
    return 1;
}

/* 1 when the figure src of the sentence before lends to x as well as
 * can_lend allows: a sum of money in millions is the last choice for a
 * bare count of another scale ("cost 19.9 million daler a year. ...
 * raised by 2,000"), after any other figure of that sentence. */
static int can_lend_back(const tally_number *src, const tally_attach *a, const tally_number *x)
{
    if (!can_lend(src, a, x))
        return 0;
    return strcmp(a->category, "money") != 0 || (src->flags & TALLY_NF_PERCENT) ||
           !(src->flags & TALLY_NF_SCALED) == !(x->flags & TALLY_NF_SCALED);
}

/* 1 when the money figure of context a is a rate of exchange, "14
 * lire to the pound": it prices one currency in another and counts
 * nothing a bare number after it could leave out.  Looks at the three
 * words after its mention, before end; the last must be a currency of
 * the lexicon L ("2.9 million to the pay bill" is no rate). */
static int priced_against(const lexcols *L, const char *t, size_t end, const tally_attach *a)
{
    static const char *const ONE[] = {"the", "a", "an", "one", "each", "every", NULL};
    tok k;
    term tm;
    return strcmp(a->category, "money") == 0 && next_tok(t, a->mention_end, end, &k) &&
           tok_is(t, &k, "to") && next_tok(t, k.e, end, &k) && tok_in(t, &k, ONE) &&
           next_tok(t, k.e, end, &k) && k.word && lookup_tok(L, t, &k, &tm) &&
           (strcmp(tm.cat, "money") == 0 || strcmp(tm.unit, "pound") == 0);
}

/* How far apart in size the values of a and b are: the larger over the
 * smaller, 0 when either is not above zero (no size to compare). */
static double size_ratio(const tally_number *a, const tally_number *b)
{
    if (!(a->value > 0) || !(b->value > 0))
        return 0;
    return a->value > b->value ? a->value / b->value : b->value / a->value;
}

/* 1 when a lender of size ratio rk to a bare number is much nearer its
 * size than one of ratio rj: rj at least FAR_RATIO and rk at most a third
 * of it ("three places ... 69,000 litres ... no more than 40,000"). */
#define FAR_RATIO 5.0
static int nearer_size(double rk, double rj)
{
    return rj >= FAR_RATIO && rk > 0 && rk * 3 <= rj;
}

/* Where the sentence before s (in its paragraph) starts: back from s over
 * white space, then back to a ". X" sentence end or a blank line, at most
 * PREV_MAX bytes; *end is where it ends.  0 when s starts the text. */
#define PREV_MAX 1200
static int prev_sentence(const char *t, const tally_sentence *s, size_t *start, size_t *end)
{
    size_t e = s->start, lo, q;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' || t[e - 1] == '\r'))
        e--;
    if (e == 0)
        return 0;
    lo = e > PREV_MAX ? e - PREV_MAX : 0;
    for (q = e - 1; q > lo; q--) {
        if (t[q] == '\n' && t[q - 1] == '\n')
            break;
        if ((t[q] == ' ' || t[q] == '\n') && (t[q - 1] == '.' || t[q - 1] == '!' || t[q - 1] == '?') &&
            q + 1 < e && ((t[q + 1] >= 'A' && t[q + 1] <= 'Z') || (t[q + 1] >= '0' && t[q + 1] <= '9')))
            break;
    }
    while (q < e && (t[q] == ' ' || t[q] == '\t' || t[q] == '\n' || t[q] == '\r'))
        q++;
    if (q == lo && lo > 0)   /* cut mid-word: start at the next word */
        while (q < e && t[q] != ' ' && t[q] != '\n')
            q++;
    *start = q;
    *end = e;
    return q < e;
}

/* 1 when "of them," (or "of these,") stands right before the number x, an
 * apposition that names a part ("three in five of them, 1,940, died"). */
static int of_them_before(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    return prev_tok(t, s->start, x->start, &k) && tok_punct(t, &k, ',') &&
           prev_tok(t, s->start, k.s, &k) && tok_in(t, &k, OF_PRONOUN) &&
           prev_tok(t, s->start, k.s, &k) && tok_is(t, &k, "of");
}

/* 1 when one of the n numbers of the sentence at start is a figure other
 * than the number of its paragraph ("3. Estimates ..."). */
static int has_figure(const char *t, size_t start, const tally_number *pn, size_t n)
{
    for (size_t j = 0; j < n; j++)
        if (pn[j].kind == TALLY_NK_FIGURE && !(pn[j].start == start && t[pn[j].end] == '.'))
            return 1;
    return 0;
}

/* 1 when text[a..b) names a figure said before by a demonstrative and a
 * quantity word ("Estimates of that total differ"): the sentence has no
 * figure of its own but speaks of the one before it. */
static int restates_total(const char *t, size_t a, size_t b)
{
    static const char *const DEMO[] = {"that", "this", "these", "those", NULL};
    static const char *const QUANT[] = {"total", "figure", "figures", "estimate", "number",
                                        "strength", NULL};
    tok k;
    int demo = 0;
    for (; next_tok(t, a, b, &k); a = k.e) {
        if (demo && tok_in(t, &k, QUANT))
            return 1;
        demo = k.word && tok_in(t, &k, DEMO);
    }
    return 0;
}

/* 1 when figure j of a sentence (numbers pn, contexts pa) only measures
 * the count right before it ("lost 87 ships of 263,000 tons") and the bare
 * number x is no larger than that count: x is a part of the count ("Mines
 * sank 34"), not of the measure. */
static int measures_count(const char *t, const tally_number *pn, const tally_attach *pa,
                          size_t j, const tally_number *x)
{
    tok k;
    if (j == 0 || !is_measure(&pa[j]) || pn[j - 1].kind != TALLY_NK_FIGURE || !pa[j - 1].keep ||
        !pa[j - 1].unit[0] || is_measure(&pa[j - 1]) || is_share(&pn[j - 1], &pa[j - 1]) ||
        (x->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY)) || x->value > pn[j - 1].value)
        return 0;
    return next_tok(t, pa[j - 1].mention_end, pn[j].start, &k) && tok_is(t, &k, "of") &&
           !next_tok(t, k.e, pn[j].start, &k);
}

/* Number and context of the figure of the sentence before s in its
 * paragraph that the elliptical bare number x of s (rate period per)
 * stands for: the last one that fits it best (lender_fit()), by default
 * the last.  *found is 0 when there is none (s is its paragraph's first
 * sentence, or no figure there is kept). */
/* 1 when the figure f is a term of a ratio "N for every M": it follows
 * "every" or comes before "for every" ("two for every three men"); it
 * lends its noun to no other bare number.  hi bounds the look ahead. */
static int after_every(const char *t, size_t lo, size_t hi, const tally_number *f)
{
    tok k;
    if (prev_tok(t, lo, f->start, &k) && tok_is(t, &k, "every"))
        return 1;
    return next_tok(t, f->end, hi, &k) && (tok_is(t, &k, "for") || tok_is(t, &k, "to")) &&
           next_tok(t, k.e, hi, &k) && tok_is(t, &k, "every");
}

/* Nouns that count kinds of things, not things ("seven patterns"). */
static const char *const KIND_NOUN[] = {"pattern", "patterns", "type", "types", "make",
                                        "makes", "model", "models", "kind", "kinds",
                                        "calibre", "calibres", "caliber", "calibers", "sort",
                                        "sorts", "variety", "varieties", NULL};

/* 1 when figure j counts the kinds of the things of the figure before it:
 * "of" right after that figure's mention and a noun of kinds in its own
 * ("4,000 rifles of seven different patterns"); it counts no things a
 * later bare number may count. */
static int kinds_of_prev(const char *t, size_t lo, const tally_number *pn,
                         const tally_attach *pa, size_t j)
{
    tok k, b;
    if (j == 0 || pn[j - 1].kind != TALLY_NK_FIGURE || !pa[j - 1].unit[0] ||
        !prev_tok(t, lo, pn[j].start, &k) || !tok_is(t, &k, "of") ||
        !prev_tok(t, lo, k.s, &b) || b.e != pa[j - 1].mention_end)
        return 0;
    for (size_t a = pn[j].end; next_tok(t, a, pa[j].mention_end, &k); a = k.e)
        if (tok_in(t, &k, KIND_NOUN))
            return 1;
    return 0;
}

/* Words that make a bare sum money-like: a payment, a price or a fund. */
static const char *const MONEY_CUE[] = {
    "cost", "costs", "costing", "paid", "pay", "pays", "paying", "worth", "spent", "spend",
    "spending", "price", "prices", "priced", "budget", "budgets", "debt", "debts", "loan",
    "loans", "sum", "sums", "fund", "funds", "revenue", "revenues", "income", "expenditure",
    "bill", "fee", "fees", "wage", "wages", "salary", "subsidy", "subsidies", "tax", "taxes",
    "credit", "credits", "profit", "profits", "cash", "earned", "owed", "grant", "grants",
    NULL};

/* 1 when sentence s reads as one about money: a currency sign, a
 * currency of the lexicon L or a word of MONEY_CUE.  A bare scaled
 * number of a sentence that is not ("the need, 3 million a week")
 * borrows no currency from the sentence before. */
static int money_sentence(const lexcols *L, const char *t, const tally_sentence *s)
{
    tok k;
    term tm;
    for (size_t pos = s->start; next_tok(t, pos, s->end, &k); pos = k.e) {
        unsigned char c = (unsigned char)t[k.s];
        if (!k.word && (c == '$' || c == 0xC2 || c == 0xE2))
            return 1;   /* "$", "\u00a3", "\u20ac" */
        if (k.word && (tok_in(t, &k, MONEY_CUE) ||
                       (lookup_tok(L, t, &k, &tm) && !tm.desig && strcmp(tm.cat, "money") == 0)))
            return 1;
    }
    return 0;
}

/* The last scaled count (not money, not a share) of the sentence before
 * ps, for a bare scaled number x of a sentence about no money whose
 * sentence before offered only money ("150 million cigarettes at $1.10 a
 * thousand. The army paid 1.3 million dinars. Its need, 3 million a week,
 * ..."): copies it to num/out and sets *found. */
static tally_status scaled_count_back(const char *t, const tally_sentence *ps,
                                      const tally_lexicon *lex, const tally_number *x,
                                      tally_number *num, tally_attach *out, int *found,
                                      tally_error *err)
{
    tally_sentence qs = *ps;
    tally_number *pn = NULL;
    tally_attach *pa = NULL;
    size_t n = 0;
    if (!prev_sentence(t, ps, &qs.start, &qs.end))
        return TALLY_OK;
    int nl = 0;   /* the same paragraph only: no blank line in between */
    for (size_t p = qs.end; p < ps->start; p++)
        if (t[p] == '\n' && ++nl > 1)
            return TALLY_OK;
    qs.sent = 1;
    tally_status st = tally_numbers_find(t, qs.start, qs.end, lex, &pn, &n, err);
    if (!st && n > 0) {
        if (!(pa = calloc(n, sizeof *pa)))
            st = tally_fail(err, TALLY_ENOMEM, "context: out of memory");
        else
            st = tally_context_attach(t, &qs, pn, n, lex, pa, err);
    }
    for (size_t j = n; !st && j-- > 0;)
        if ((pn[j].flags & TALLY_NF_SCALED) && can_lend(&pn[j], &pa[j], x) &&
            strcmp(pa[j].category, "money") != 0) {
            *num = pn[j];
            *out = pa[j];
            *found = 1;
            break;
        }
    free(pa);
    free(pn);
    return st;
}

/* 1 when the bare number x is what a verb of holding right before it holds
 * ("We hold 150", "the depots had 90") and lender a is a distance, a span
 * of time or a speed: things no one holds, so no noun for x. */
static int held_span(const char *t, const tally_sentence *s, const tally_number *x,
                     const tally_attach *a)
{
    static const char *const HOLD[] = {"hold", "holds", "held", "have", "has", "had", "own",
                                       "owns", "owned", "keep", "keeps", "kept", NULL};
    static const char *const SPAN[] = {"distance", "duration", "speed", NULL};
    tok k;
    int span = 0;
    for (size_t q = 0; SPAN[q]; q++)
        span |= strcmp(a->category, SPAN[q]) == 0;
    return span && prev_tok(t, s->start, x->start, &k) && k.word && tok_in(t, &k, HOLD);
}

static tally_status prev_figure(const char *t, const tally_sentence *s, const tally_lexicon *lex,
                                const tally_number *x, int per, tally_number *num,
                                tally_attach *out, int *found, tally_error *err)
{
    tally_sentence ps = *s;
    tally_number *pn = NULL;
    tally_attach *pa = NULL;
    size_t n = 0;
    *found = 0;
    lexcols L;
    lexcols_init(&L, lex);
    if (s->section != TALLY_SECTION_BODY || s->sent < 2 || !prev_sentence(t, s, &ps.start, &ps.end))
        return TALLY_OK;
    int part = of_pronoun(t, s, x) || of_them_before(t, s, x);   /* a part: its whole is larger */
    int nomoney = (x->flags & TALLY_NF_SCALED) && !(x->flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT)) &&
                  !part && !money_sentence(&L, t, s);   /* no currency for "its need, 3 million" */
    int money = 0;   /* the lender found is money and x is not */
    ps.sent = s->sent > 2 ? 2 : 1;   /* two sentences back at most: the figure
                                        before may itself stand for one of the
                                        sentence before it ("Of these, 6,200 ...
                                        2,500 in depots. The total rose to 61,000") */
    tally_status st = tally_numbers_find(t, ps.start, ps.end, lex, &pn, &n, err);
    size_t qs, qe;
    int back = !st && !has_figure(t, ps.start, pn, n) && restates_total(t, ps.start, ps.end);
    for (int hop = 0; back && hop < 2 && !has_figure(t, ps.start, pn, n) && prev_sentence(t, &ps, &qs, &qe);
         hop++) {
        ps.start = qs;   /* "... an army of 206,000. Estimates of that total differ.
                            One puts it at 240,000": the total's sentence, over a
                            paragraph's number ("3.") */
        ps.end = qe;
        free(pn);
        pn = NULL;
        n = 0;
        if ((st = tally_numbers_find(t, ps.start, ps.end, lex, &pn, &n, err)))
            break;
    }
    if (!st && n > 0) {
        if (!(pa = calloc(n, sizeof *pa)))
            st = tally_fail(err, TALLY_ENOMEM, "context: out of memory");
        else
            st = tally_context_attach(t, &ps, pn, n, lex, pa, err);
    }
    size_t best = n;   /* the last figure, or the last that fits x best */
    int fit = 0;
    for (size_t j = n; !st && j-- > 0;) {
        if (pn[j].kind != TALLY_NK_FIGURE || !pa[j].keep || !can_lend(&pn[j], &pa[j], x) ||
            period_adverb(t, &ps, &pn[j], &pa[j], x) || measures_count(t, pn, pa, j, x) ||
            after_every(t, ps.start, ps.end, &pn[j]) || kinds_of_prev(t, ps.start, pn, pa, j) ||
            priced_against(&L, t, ps.end, &pa[j]) || held_span(t, s, x, &pa[j]))
            continue;   /* "612 tanks, about 38 per cent of the plan. Output rose from
                           31": the share lends nothing, the count before it does; nor
                           does "in 11 nights", a time phrase, nor "14 lire to the
                           pound", nor "150 to 200 km a day" to "We hold 150" */
        if (part && strcmp(pa[j].category, "money") == 0 &&
            !(x->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY)))
            continue;   /* "bought 500 mules at 900 florins each. Of these, 100 were
                           lame": a plain part counts the things, not the price */
        int f = lender_fit(t, ps.end, &pn[j], &pa[j], x, per);
        if (can_lend_back(&pn[j], &pa[j], x))
            f += 4;   /* any figure of its scale before a sum of another */
        if (part && pn[j].value > x->value)
            f++;      /* "held 47,600 men in four camps. One held 16,200 of them" */
        if (f > fit || (f == fit && !(x->flags & TALLY_NF_SCALED) &&
                        nearer_size(size_ratio(&pn[j], x), size_ratio(&pn[best], x)))) {
            best = j;   /* a tie goes to the later figure, unless an earlier one
                           is much nearer x's size ("50,000 greatcoats ... at 38
                           schillings each. ... the gap falls to 13,000") */
            fit = f;
        }
    }
    if (!st && best < n) {
        *num = pn[best];
        *out = pa[best];
        *found = 1;
        money = nomoney && strcmp(pa[best].category, "money") == 0;
    }
    free(pa);
    free(pn);
    if (!st && money)   /* a scaled count before the sum of money, if any, instead */
        st = scaled_count_back(t, &ps, lex, x, num, out, found, err);
    if (!st && fit < 3 && definite_set(t, s, x) && prev_sentence(t, &ps, &qs, &qe)) {
        ps.start = qs;   /* "six heavy guns at £420,000 each. The guns cost £2.52m.
                            The firm promised all six": the set named two back */
        ps.end = qe;
        ps.sent = 1;
        st = same_value_figure(t, &ps, lex, x, num, out, found, err);
    }
    if (!st && (!*found || num->value != x->value) && definite_set(t, s, x) &&
        x->value >= 100) {
        ps = *s;   /* "18,000 men in all ... (paragraphs later) 4,300 of the 18,000
                      were sick": "the" and the same figure restate it, before a
                      figure of another value in the sentence just before ("... 12
                      depots. The 18,000 were ..." counts no depots) */
        ps.sent = 1;
        int same = 0;
        for (int hop = 0; !st && !same && hop < SAME_BACK && prev_sentence(t, &ps, &qs, &qe);
             hop++) {
            ps.start = qs;
            ps.end = qe;
            st = same_value_figure(t, &ps, lex, x, num, out, &same, err);
        }
        *found = *found || same;
    }
    return st;
}

/* The figure of sentence ps whose value is that of the bare number x (a
 * definite set: "all six") and that can lend it its noun; *found is set
 * when there is one. */
static tally_status same_value_figure(const char *t, const tally_sentence *ps,
                                      const tally_lexicon *lex, const tally_number *x,
                                      tally_number *num, tally_attach *out, int *found,
                                      tally_error *err)
{
    tally_number *pn = NULL;
    tally_attach *pa = NULL;
    size_t n = 0;
    tally_status st = tally_numbers_find(t, ps->start, ps->end, lex, &pn, &n, err);
    if (!st && n > 0) {
        if (!(pa = calloc(n, sizeof *pa)))
            st = tally_fail(err, TALLY_ENOMEM, "context: out of memory");
        else
            st = tally_context_attach(t, ps, pn, n, lex, pa, err);
    }
    for (size_t j = n; !st && j-- > 0;)
        if (pn[j].kind == TALLY_NK_FIGURE && pa[j].keep && pn[j].value == x->value &&
            can_lend(&pn[j], &pa[j], x)) {
            *num = pn[j];
            *out = pa[j];
            *found = 1;
            break;
        }
    free(pa);
    free(pn);
    return st;
}

/* 1 when text[a..b) opens a clause with a subject of its own: a
 * determiner, then a word, then a form of "be" or "have" ("..., and the
 * population was put at 180,000"), so that a bare number after it does
 * not continue the list of the figure before; not when the subject only
 * restates a quantity ("the figure was 310"). */
static int new_clause(const char *t, size_t a, size_t b)
{
    static const char *const DETS[] = {"the", "its", "their", "his", "her", "our", "this",
                                       "these", "those", NULL};
    static const char *const AUX[] = {"was", "were", "is", "are", "had", "has", "have",
                                      "stood", "remained", NULL};
    /* subjects that only restate a quantity: "in 1943 the figure was 310" */
    static const char *const QUANT[] = {"figure", "number", "total", "count", "sum", "amount",
                                        "tally", "level", "score", "result", NULL};
    /* a subject that sums holders of the same things restates the measure:
     * "each battalion held 32 tanks, so the brigades together had 288" */
    static const char *const TOGETHER[] = {"together", "altogether", "combined", "jointly",
                                           NULL};
    /* a subject pronoun right after the noun opens a relative clause on it */
    static const char *const PRON_SUBJ[] = {"it", "they", "he", "she", "we", "i", "you", NULL};
    /* a subject right after these opens a subordinate clause, which a comma
     * or a semicolon closes before b: "if the mains had held; the main ... gave" */
    static const char *const SUBORD[] = {"if", "unless", "when", "because", "although",
                                         "though", "since", "until", "once", "while", NULL};
    tok k;
    int det = 0, words = 0, quant = 0, contact = 0, sub = 0, subdet = 0, pending = 0;
    while (next_tok(t, a, b, &k)) {
        if (!k.word || tok_has_digit(t, &k)) {
            det = 0;   /* "by the end of 1955, but had shipped": no subject
                          runs over punctuation or a number to its verb */
            if (tok_punct(t, &k, ',') || tok_punct(t, &k, ';'))
                pending = 0;
        } else if (tok_in(t, &k, DETS)) {
            det = 1;
            subdet = sub;
            words = quant = 0;
        } else if (det && words > 0 && tok_in(t, &k, AUX)) {
            if (!quant && !contact && !subdet)
                return 1;
            pending |= !quant && !contact && subdet;
            det = 0;   /* "the animals it had bought": a relative clause */
        } else if (k.word) {
            words++;
            quant = tok_in(t, &k, QUANT) || tok_in(t, &k, TOGETHER);
        }
        contact = det && words > 0 && k.word && tok_in(t, &k, PRON_SUBJ);
        sub = k.word && tok_in(t, &k, SUBORD);
        a = k.e;
    }
    return pending;
}

/* 1 when the bare number i is the whole of a partitive ("22 of the 24",
 * "21 out of 24"): the words between it and the number before it are
 * "of", "of the", "out of" or "out of the". */
static int partitive_pair(const char *t, const tally_number *nums, size_t i)
{
    tok k;
    size_t a;
    int of = 0;
    if (i == 0)
        return 0;
    for (a = nums[i - 1].end; next_tok(t, a, nums[i].start, &k); a = k.e)
        if (!k.word || !(tok_is(t, &k, "of") || tok_is(t, &k, "the") || tok_is(t, &k, "out")))
            return 0;
        else
            of |= tok_is(t, &k, "of");
    return of;
}

/* 1 when the figure j is a duration in an adverbial of time ("over the six
 * months", "in two years") and the bare number x is a partitive of a
 * pronoun ("21 of them") or stands after no such preposition itself ("over
 * five years it would turn out 750"): x counts what the clause counts, not
 * the months of the period. */
static int period_adverb(const char *t, const tally_sentence *s, const tally_number *j,
                         const tally_attach *a, const tally_number *x)
{
    static const char *const PREP[] = {"over", "during", "in", "within", "for", "after",
                                       "throughout", NULL};
    tok k, b;
    if (!is_duration(a))
        return 0;
    if (!(next_tok(t, j->start, j->end, &k) && tok_in(t, &k, PREP)) &&   /* "over five" */
        !prev_tok(t, s->start, j->start, &k))
        return 0;
    static const char *const EDGE[] = {"first", "last", "next", "past", "final", "remaining",
                                       NULL};
    if (tok_in(t, &k, EDGE) && !prev_tok(t, s->start, k.s, &k))
        return 0;   /* "over the first eight months ... 1,150 in all" */
    if (tok_is(t, &k, "the") && !prev_tok(t, s->start, k.s, &k))
        return 0;
    /* "over a month of 26 working days, 78,000": the span named first */
    static const char *const SPAN[] = {"month", "year", "week", "season", "fortnight",
                                       "quarter", "winter", "summer", "spring", "autumn",
                                       NULL};
    static const char *const DET[] = {"a", "an", "the", "each", "every", "that", NULL};
    tok o = k;
    if (tok_is(t, &o, "of") && prev_tok(t, s->start, o.s, &o) && tok_in(t, &o, SPAN) &&
        prev_tok(t, s->start, o.s, &o) && tok_in(t, &o, DET) &&
        prev_tok(t, s->start, o.s, &o) && tok_in(t, &o, PREP))
        k = o;
    if (!tok_in(t, &k, PREP))
        return 0;
    /* "21 of them"; "over five years it would turn out 750" (not "for
     * three years and his brother for two": the same preposition again) */
    return of_pronoun(t, s, x) ||
           !(prev_tok(t, s->start, x->start, &b) && tok_in(t, &b, PREP));
}

/* 1 when figure j stands alone in a parenthesis right after the mention
 * of the figure before it ("9 tankers (41,000 tons) were sunk, six of them
 * ..."): an aside measuring that figure; a later bare number counts what
 * the figure before the parenthesis counts, not the aside. */
static int paren_aside(const char *t, const tally_sentence *s, const tally_number *nums,
                       size_t j, const tally_attach *at)
{
    tok k, c;
    if (j == 0 || nums[j - 1].kind != TALLY_NK_FIGURE || !at[j - 1].unit[0] ||
        !prev_tok(t, s->start, nums[j].start, &k) || !tok_punct(t, &k, '(') ||
        k.s < at[j - 1].mention_end || next_tok(t, at[j - 1].mention_end, k.s, &c))
        return 0;
    return next_tok(t, at[j].mention_end, s->end, &c) && tok_punct(t, &c, ')');
}

/* 1 when figure a measures a mass or a volume (tons, barrels, litres). */
static int is_mass(const tally_attach *a)
{
    static const char *const MASS[] = {"ton", "tonne", "kg", "gram", "barrel", "gallon",
                                       "litre", NULL};
    for (int q = 0; MASS[q]; q++)
        if (strcmp(a->unit, MASS[q]) == 0)
            return 1;
    return 0;
}

/* 1 when figure a counts a measure (tons, money, days, miles), not a set
 * of things. */
static int is_measure(const tally_attach *a)
{
    return is_mass(a) || is_duration(a) || strcmp(a->category, "money") == 0 ||
           strcmp(a->category, "distance") == 0 || strcmp(a->category, "speed") == 0;
}

/* 1 when the bare number x names a whole set: "all six", "for the six". */
static int definite_set(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    return !(x->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY | TALLY_NF_PERCENT)) &&
           prev_tok(t, s->start, x->start, &k) && (tok_is(t, &k, "all") || tok_is(t, &k, "the"));
}

/* Verbs that open a breakdown after a restated whole: "the 2,700 were". */
static const char *const WHOLE_VERB[] = {"were", "was", "are", "comprised", "included",
                                         "consisted", NULL};

/* Most parts of a breakdown looked at after a restated whole. */
#define MAX_PARTS 8

/* 1 when the bare number nums[i] restates a whole as the subject, its
 * parts right after the verb with nouns of their own ("the 2,700 were
 * 1,900 miners and 800 carters"): it counts what the parts count, their
 * unit when they share one, else only their category (when shared).  The
 * parts run over commas and "and" only.  Fills at with the unit. */
static int restated_whole(const char *t, const tally_sentence *s, const tally_number *nums,
                          size_t n, size_t i, const slot *sl, const tally_attach *out,
                          tally_attach *at)
{
    tok v, k;
    const tally_number *x = &nums[i];
    if (i + 1 >= n || !definite_set(t, s, x) || !next_tok(t, x->end, s->end, &v) ||
        !tok_in(t, &v, WHOLE_VERB) || !next_tok(t, v.e, s->end, &k) ||
        k.s != nums[i + 1].start)
        return 0;
    size_t last = i + 1, parts = 0;
    int same_unit = 1, same_cat = 1;
    for (size_t j = i + 1; j < n && parts < MAX_PARTS; j++, parts++) {
        if (nums[j].kind != TALLY_NK_FIGURE || sl[j].src != SRC_OWN ||
            !out[j].unit[0] || is_share(&nums[j], &out[j]))
            return 0;
        same_unit &= strcmp(out[j].unit, out[i + 1].unit) == 0;
        same_cat &= strcmp(out[j].category, out[i + 1].category) == 0;
        last = j;
        /* the next part follows a comma or "and", nothing else */
        if (j + 1 >= n || !next_tok(t, out[j].mention_end, nums[j + 1].start, &k) ||
            !(tok_punct(t, &k, ',') || tok_is(t, &k, "and")) ||
            (next_tok(t, k.e, nums[j + 1].start, &v) &&
             !(tok_is(t, &v, "and") && !next_tok(t, v.e, nums[j + 1].start, &v))))
            break;
    }
    if (last == i + 1 && !same_unit)
        return 0;
    if (same_unit)
        share_from(&out[i + 1], out[i + 1].noun_start, out[i + 1].noun_end, at);
    else
        put_unit(at, "", same_cat ? out[i + 1].category : "other");
    return 1;
}

/* Pass 6 (body only): a bare number inherits the noun of the nearest figure
 * before it in the sentence ("27 aircraft were lost: 19 in accidents, 6 to
 * ground fire"), or, with none, of the last figure of the previous sentence
 * of the paragraph (prev, when found: "promised 40 aircraft. It delivered
 * 31, ..."), when it ends like an elliptical noun phrase (see
 * ellipsis_follow()).  Returns the source used, SRC_NONE for none. */
/* 1 when figure j houses the figure just before it: a formation right
 * after "N nouns in", "into" or "for (the)" ("48 guns in six batteries: 8
 * of ...", "22 officers a battalion, 264 for the twelve battalions, but
 * only 198 ..."), or any figure the one before is shared out among ("300
 * lorries were divided among four depots: 120 at ...").  The list that
 * follows breaks down the guns, not the batteries, so the formation lends
 * it no noun.  kept: figure j - 1 must be kept and have a unit (0 before
 * keep is decided, for the sibling pass: "142 transports in two groups, 96
 * in the first"; a bare "96 for the eight battalions" has none yet). */
static int houses_prev(const char *t, const tally_number *nums, const tally_attach *at,
                       size_t j, int kept)
{
    static const char *const HOUSE[] = {"in", "into", "for", NULL};
    static const char *const SHARED_OUT[] = {"divided", "split", "distributed", "shared",
                                             "spread", "parcelled", "allotted", NULL};
    static const char *const AMONG[] = {"among", "amongst", "between", "across", "into", NULL};
    tok k;
    size_t p = j;   /* the figure before j, past a designation in its noun ("C-47") */
    while (p > 0 && nums[p - 1].kind != TALLY_NK_FIGURE && p > 1 &&
           nums[p - 1].start < at[p - 2].mention_end)
        p--;
    if (p == 0 || nums[p - 1].kind != TALLY_NK_FIGURE || (kept && !at[p - 1].keep) ||
        (kept && !at[p - 1].unit[0]) || strcmp(at[p - 1].category, "formation") == 0 ||
        !next_tok(t, at[p - 1].mention_end, nums[j].start, &k))
        return 0;
    if ((tok_is(t, &k, "was") || tok_is(t, &k, "were")) &&
        !next_tok(t, k.e, nums[j].start, &k))
        return 0;
    if (tok_in(t, &k, SHARED_OUT)) {   /* "were divided among four depots" */
        if (!next_tok(t, k.e, nums[j].start, &k) || !tok_in(t, &k, AMONG))
            return 0;
    } else if (strcmp(at[j].category, "formation") != 0 || !tok_in(t, &k, HOUSE)) {
        return 0;
    }
    if (next_tok(t, k.e, nums[j].start, &k) && !tok_is(t, &k, "the"))
        return 0;
    return !next_tok(t, k.e, nums[j].start, &k);
}

/* The money figure a bare scaled number x = nums[i] prices in, or i: the
 * nearest figure of money before it when every figure between is a count
 * at least 100 times smaller ("At 120 daler a month, 2,000 more conscripts
 * would add about 2.9 million": daler, not conscripts). */
static size_t money_for_scaled(const tally_number *nums, size_t i, const tally_attach *at)
{
    const tally_number *x = &nums[i];
    if (!(x->flags & TALLY_NF_SCALED) || (x->flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT)))
        return i;
    for (size_t j = i; j-- > 0;) {
        if (nums[j].kind != TALLY_NK_FIGURE)
            continue;
        if (at[j].keep && strcmp(at[j].category, "money") == 0)
            return j;
        if ((nums[j].flags & TALLY_NF_SCALED) || nums[j].value * 100 > x->value)
            return i;
    }
    return i;
}

/* 1 when tokens a and b spell the same noun up to a plural "s" ("shifts",
 * "shift"). */
static int same_noun(const char *t, const tok *a, const tok *b)
{
    size_t na = a->e - a->s, nb = b->e - b->s;
    if (na > 1 && (t[a->e - 1] == 's' || t[a->e - 1] == 'S'))
        na--;
    if (nb > 1 && (t[b->e - 1] == 's' || t[b->e - 1] == 'S'))
        nb--;
    return na == nb && strncasecmp(t + a->s, t + b->s, na) == 0;
}

/* 1 when the bare number x is followed by a phrase of its own that names
 * the noun of the would-be lender a ("9,200 people on two shifts: 4,900 on
 * the day shift", "14 trips ... 2,300 a trip", "from 4,200 on the first
 * night"): the shift, trip or night is where or how often, not what x
 * counts.  The noun must end that phrase (punctuation or a function word
 * after it), so "40 tanks, 12 in the first tank battle" still counts tanks. */
static int own_phrase_names(const char *t, const tally_sentence *s, const tally_number *x,
                            const tally_attach *a)
{
    static const char *const PREP[] = {"on", "in", "a", "an", "per", "each", "every", "during",
                                       "for", NULL};
    tok k, h, n;
    if (a->noun_end <= a->noun_start || !prev_tok(t, a->noun_start, a->noun_end, &h) ||
        !h.word || !next_tok(t, x->end, s->end, &k) || !tok_in(t, &k, PREP))
        return 0;
    for (int w = 0; w < 4 && next_tok(t, k.e, s->end, &k) && k.word && !tok_has_digit(t, &k);
         w++)
        if (same_noun(t, &k, &h))
            return !next_tok(t, k.e, s->end, &n) || !n.word || is_stop(t, &n);
    return 0;
}

static int subject_of_them(const lexcols *L, const char *t, const tok *k,
                           const tally_number *x);

/* 1 when the noun of the figure a is the subject of the verb that takes
 * "x of them" ("the 300 flights of the month carried 6,000 of them"): the
 * pronoun names another set (see subject_of_them()). */
static int subject_lender(const char *t, const tally_attach *a, const tally_number *x)
{
    tok k;
    return a->noun_end > a->noun_start && a->noun_end <= x->start &&
           prev_tok(t, a->noun_start, a->noun_end, &k) && k.word &&
           subject_of_them(NULL, t, &k, x);
}

/* 1 when the figure src cannot be the whole that "x of them" is a part
 * of: a count smaller than x ("needed 2,000 men for each of two shifts,
 * and some 600 of them": of the men, not of the two shifts). */
static int smaller_whole(const tally_number *src, const tally_number *x)
{
    return !(src->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY | TALLY_NF_PERCENT)) &&
           !(x->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY | TALLY_NF_PERCENT)) &&
           src->high < x->value;
}

/* 1 when the bare number x is followed by "were" or "was" and a capitalised
 * word: "eight were Gannets" names a class of the things counted. */
static int names_class(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    return next_tok(t, x->end, s->end, &k) && (tok_is(t, &k, "were") || tok_is(t, &k, "was")) &&
           next_tok(t, k.e, s->end, &k) && k.word && t[k.s] >= 'A' && t[k.s] <= 'Z';
}

/* 1 when the figure a is the size of a collective of people ("with a crew
 * of 48"): it measures each thing, so a count of the things does not take
 * its noun. */
static int crew_size(const char *t, const tally_attach *a)
{
    tok k;
    return strcmp(a->unit, "person") == 0 && a->noun_end > a->noun_start &&
           next_tok(t, a->noun_start, a->noun_end, &k) && tok_in(t, &k, PEOPLE_GROUP);
}

/* 1 when src is a plain sum of money (no scale) between a bare count x
 * (no currency, no scale) and the noun it elides: a price or a bill of
 * the items, which an ellipsis passes over. */
static int price_between(const tally_number *src, const tally_attach *a, const tally_number *x)
{
    return src->kind == TALLY_NK_FIGURE && a->keep && (src->flags & TALLY_NF_CURRENCY) &&
           !(src->flags & TALLY_NF_SCALED) && !(x->flags & (TALLY_NF_CURRENCY | TALLY_NF_SCALED));
}

/* 1 when the bare number nums[i] comes right after a "one X in N" share,
 * only a comma between ("They read one letter in twenty, about 45,000 a
 * week"): the count restates the share in the things X it counts, so it
 * takes X (the last word before "in", a lexicon noun; the share's own
 * span bounds the scan).  Its unit is set in at. */
static int one_in_lender(const lexcols *L, const char *t, const tally_number *nums, size_t i,
                         tally_attach *at)
{
    const tally_number *f = i > 0 ? &nums[i - 1] : NULL;
    tok k, last = {0, 0, 0};
    term tm;
    int one = 0;
    if (!f || f->kind != TALLY_NK_FIGURE || f->qual != TALLY_Q_RATIO ||
        !(f->flags & TALLY_NF_FRACTION) || !comma_only(t, f->end, nums[i].start) ||
        (nums[i].flags & (TALLY_NF_PERCENT | TALLY_NF_FRACTION | TALLY_NF_CURRENCY)))
        return 0;
    for (size_t a = f->start; next_tok(t, a, f->end, &k); a = k.e) {
        if (!k.word)
            return 0;
        if (tok_is(t, &k, "in"))
            break;
        if (tok_is(t, &k, "one") || tok_is(t, &k, "One"))
            one = 1;
        else if (one)
            last = k;
    }
    if (!one || last.e == last.s || !lookup_tok(L, t, &last, &tm) || tm.desig)
        return 0;
    lend_noun(at, &tm, &last);
    return 1;
}

/* 1 when nums[j] is the base of a rate that the figure before it states,
 * "per" or "every" between them ("30 litres per 100 km for a medium lorry
 * and 40 for a heavy one"): a later bare count restates the rate's
 * quantity, not its base.  Reads one token back. */
static int rate_base(const char *t, const tally_sentence *s, const tally_number *nums, size_t j)
{
    tok k;
    return j > 0 && nums[j - 1].kind == TALLY_NK_FIGURE && nums[j - 1].end > s->start &&
           prev_tok(t, nums[j - 1].end, nums[j].start, &k) &&
           (tok_is(t, &k, "per") || tok_is(t, &k, "every"));
}

/* 1 when x is a round amount said with an article, "a thousand", "a
 * million", "a billion", "a dozen" (the kind that may be the base of a
 * rate, as "a ton" is).  "a hundred" is left out: tests/cli/096 keeps "$2 a
 * hundred" rounds as a figure. */
static int article_round(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    if (x->kind != TALLY_NK_FIGURE || !(x->flags & TALLY_NF_WORDS) ||
        x->qual != TALLY_Q_EXACT ||
        !(x->value == 1e3 || x->value == 1e6 || x->value == 1e9 || x->value == 12))
        return 0;
    return next_tok(t, x->start, s->end, &k) && k.s == x->start &&
           (tok_is(t, &k, "a") || tok_is(t, &k, "an"));
}

/* 1 when nums[j], "a million" or the like, is the base of a rate that the
 * figure of money or of a measure right before it states ("14,000 crowns a
 * million rounds", "$2,900 a million", "9.5 tons of brass a million
 * rounds"), as "a ton" is in "$40 a ton": no figure of its own, and no
 * lender.  Only white space may stand between the two. */
static int scale_base(const char *t, const tally_sentence *s, const tally_number *nums,
                      const tally_attach *at, size_t j)
{
    if (j == 0 || !article_round(t, s, &nums[j]) || nums[j - 1].kind != TALLY_NK_FIGURE ||
        !at[j - 1].keep || at[j - 1].mention_end > nums[j].start ||
        !(is_mass(&at[j - 1]) || strcmp(at[j - 1].category, "money") == 0 ||
          strcmp(at[j - 1].category, "distance") == 0))
        return 0;
    for (size_t p = at[j - 1].mention_end; p < nums[j].start; p++)
        if (t[p] != ' ' && t[p] != '\n' && t[p] != '\t')
            return 0;
    return 1;
}

/* 1 when nums[j], "A thousand shells" opening its sentence, is the base of
 * a norm its verb states in a measure after it ("A million rounds take 9.5
 * tons of brass", "A thousand men need 40 tons a month"): no figure.  A
 * paragraph label may stand before it ("7. A million rounds take ..."). */
static int norm_base(const char *t, const tally_sentence *s, const tally_number *nums,
                     size_t n, const tally_attach *at, size_t j)
{
    static const char *const NORM[] = {"take", "takes", "need", "needs", "require",
                                       "requires", "cost", "costs", "weigh", "weighs",
                                       "use", "uses", "consume", "consumes", "call", "calls",
                                       NULL};
    tok k, l;
    if (!article_round(t, s, &nums[j]) || !at[j].unit[0] ||
        !next_tok(t, at[j].mention_end, s->end, &k) || !tok_in(t, &k, NORM))
        return 0;
    if (prev_tok(t, s->start, nums[j].start, &k) &&   /* only a label before: "7." */
        (k.word || (t[k.s] != '.' && t[k.s] != ')') || !prev_tok(t, s->start, k.s, &l) ||
         l.s != s->start || !tok_has_digit(t, &l)))
        return 0;
    for (size_t i = j + 1; i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE && at[i].keep && is_measure(&at[i]))
            return 1;
    return 0;
}

/* 1 when the figure a counts kinds of things ("three kinds", "two lighter
 * types"): the subject of the verb of a later bare number, it does not say
 * what that number counts ("the two types held 34,000"). */
static int kind_noun(const tally_attach *a)
{
    static const char *const KIND[] = {"type", "kind", "sort", "class", "category", "variety",
                                       "model", "pattern", NULL};
    for (size_t q = 0; KIND[q]; q++)
        if (strcmp(a->unit, KIND[q]) == 0)
            return 1;
    return 0;
}

static int gapped_clause(const char *t, const tally_sentence *s, const tally_number *nums,
                         size_t i);
static int list_name(const char *t, const tally_sentence *s, const tok *k);

/* 1 when "to" stands right before the bare number x: the second rate of
 * "fell from 3.8 to the dollar ... to 5.2", which a rate may lend to. */
static int to_before(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    return prev_tok(t, s->start, x->start, &k) && tok_is(t, &k, "to");
}

/* What ellipsis_pass() knows of its bare number x: the rate period after
 * it, whether it says "of them", names a class, follows an amount verb,
 * the priced figure a scaled x takes first, and the lender an aside hides
 * (see aside_lender(); i when none). */
typedef struct ell_state {
    const lexcols *L;
    int per, them, named, amount;
    size_t priced, aside;
} ell_state;

#define ASIDE_MAX 4   /* figures an aside may hold between a lender and its ellipsis */

/* 1 when a and b are both positive and within a factor of ten. */
static int same_size(double a, double b)
{
    return a > 0 && b > 0 && a <= b * 10 && b <= a * 10;
}

/* 1 when a comma or a semicolon stands in t[a..b) (b within the sentence). */
static int clause_punct(const char *t, size_t a, size_t b)
{
    tok k;
    for (size_t pos = a; next_tok(t, pos, b, &k); pos = k.e)
        if (tok_punct(t, &k, ',') || tok_punct(t, &k, ';'))
            return 1;
    return 0;
}

/* 1 when "each" stands among the few words right before the figure y, no
 * punctuation between ("each making three trips"): a count for each thing. */
static int each_before(const char *t, const tally_sentence *s, const tally_number *y)
{
    tok k;
    size_t pos = y->start;
    for (int w = 0; w < 4 && prev_tok(t, s->start, pos, &k) && k.word; w++, pos = k.s)
        if (tok_is(t, &k, "each") || tok_is(t, &k, "Each"))
            return 1;
    return 0;
}

/* 1 when a comma, a semicolon or an opening bracket stands within the
 * four words before the figure y: y opens an aside or a clause ("...,
 * broken in four places,"; "; against one at 800 metres,"). */
static int aside_open(const char *t, const tally_sentence *s, const tally_number *y)
{
    tok k;
    size_t pos = y->start;
    for (int w = 0; w <= 4 && prev_tok(t, s->start, pos, &k); pos = k.s) {
        if (tok_punct(t, &k, ',') || tok_punct(t, &k, ';') || tok_punct(t, &k, '('))
            return 1;
        w += k.word;
    }
    return 0;
}

/* The figure whose noun the bare count nums[i] elides past an aside, or i
 * when none: the figures between lie in an aside or a clause of their own
 * and are all of another size (more than ten times larger or smaller),
 * while an earlier figure k of the sentence, cut off from them by a comma
 * or a semicolon, has x's size ("could pump 60,000 litres, but the main,
 * broken in four places, gave 35,000"; "had 30 vans, each making two trips
 * a day, or 420 trips a week, and asked for 20 more"; "taught 80 clerks a
 * term, and the six terms it held produced 480").  The nearest figure must
 * open its aside (see aside_open()) and end before a comma of its own or
 * be the subject of x's verb; x is no average ("an average of 300 to a
 * train" divides the total before it); at most
 * ASIDE_MAX figures between; a duration or a count for each thing is no
 * such lender. */
static size_t aside_lender(const char *t, const tally_sentence *s, const tally_number *nums,
                           size_t i, const tally_attach *at)
{
    const tally_number *x = &nums[i];
    size_t j = i;
    if ((x->flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT | TALLY_NF_FRACTION)) ||
        average_of(t, x))
        return i;   /* "carried 9,000 people, an average of 300 to a train" */
    while (j-- > 0 && nums[j].start >= s->start && nums[j].kind != TALLY_NK_FIGURE)
        ;
    if (j >= i || nums[j].start < s->start || nums[j].kind != TALLY_NK_FIGURE || !at[j].keep ||
        same_size(nums[j].value, x->value) || at[j].mention_end > x->start ||
        !aside_open(t, s, &nums[j]) || !(clause_punct(t, at[j].mention_end, x->start) || subject_lender(t, &at[j], x)))
        return i;
    for (size_t k = j, n = 0; k-- > 0 && n <= ASIDE_MAX && nums[k].start >= s->start;) {
        if (nums[k].kind != TALLY_NK_FIGURE)
            continue;
        n++;
        if (!same_size(nums[k].value, x->value) || (at[k].keep && is_duration(&at[k])) ||
            each_before(t, s, &nums[k]))
            continue;   /* "five days a week", "each making three trips": the aside's */
        return can_lend(&nums[k], &at[k], x) && at[k].mention_end <= nums[k + 1].start &&
                       clause_punct(t, at[k].mention_end, nums[k + 1].start)
                   ? k
                   : i;
    }
    return i;
}

static int the_n_part(const char *t, const tally_sentence *s, const tally_number *x);

/* 1 when figure j may not lend its noun to the bare number i and the
 * search passes over it (see ellipsis_pass()). */
static int ell_pass_over(const char *t, const tally_sentence *s, const tally_number *nums,
                         size_t i, size_t j, const slot *sl, const tally_attach *at,
                         const ell_state *e, int *avoid)
{
    const tally_number *x = &nums[i];
    if (nums[j].kind != TALLY_NK_FIGURE || j > e->aside ||
        (at[j].keep && is_share(&nums[j], &at[j])) ||
        sl[j].part || (e->per >= 0 && is_period(&at[j])) || counts_group(sl, i, &at[j]) ||
        (at[j].keep && is_measure(&at[j]) &&
         (e->them || (definite_set(t, s, x) && !(is_mass(&at[j]) && the_n_part(t, s, x))))) ||
        (e->them && smaller_whole(&nums[j], x)) || (e->named && crew_size(t, &at[j])) ||
        ((e->them || kind_noun(&at[j])) && subject_lender(t, &at[j], x)) ||
        period_adverb(t, s, &nums[j], &at[j], x) || paren_aside(t, s, nums, j, at) ||
        spare_of(t, s, &nums[j], x) || houses_prev(t, nums, at, j, 1) ||
        measures_count(t, nums, at, j, x) ||   /* "64 tank lorries of 4,000 litres: 52
                                                  are in service": lorries */
        rate_base(t, s, nums, j) || scale_base(t, s, nums, at, j) ||
        after_every(t, s->start, s->end, &nums[j]) || kinds_of_prev(t, s->start, nums, at, j) ||
        (e->amount && strcmp(at[j].category, "money") == 0) || place_part(t, s, &nums[j], x) ||
        (at[j].keep && !to_before(t, s, x) && priced_against(e->L, t, s->end, &at[j])) ||
        (*avoid && own_phrase_names(t, s, x, &at[j]) && (*avoid = 2)))
        return 1;   /* "9,000 rails a month, over half its target, and 12,000 ..."; a
                       part counts what the figure after it counts; "in six years,
                       four a year" counts no years; "210 tons ... for the six"
                       counts no tons; "14 lire to the pound" counts nothing */
    return j != e->priced && price_between(&nums[j], &at[j], x);
    /* "12 boats, at £62,000 each, or £744,000 in all; only seven came": the
       price counts no boats */
}

/* 1 when figure j, the first not passed over, ends the search with no
 * lender for the bare number i. */
static int ell_stops(const char *t, const tally_number *nums, size_t i, size_t j,
                     const tally_attach *at, const ell_state *e)
{
    const tally_number *x = &nums[i];
    return (!can_lend(&nums[j], &at[j], x) && j != e->priced) ||
           (!partitive_pair(t, nums, i) && new_clause(t, at[j].mention_end, x->start) &&
            !(average_of(t, x) && nums[j].value > x->value));
    /* "..., so that the navy had 22 of the 24": a part of what the list
       counts, not a new quantity; but "swept 2,310 mines, half of what the
       enemy had laid and an average of 65 a ship" averages the larger total */
}

static enum src ellipsis_pass(const lexcols *L, const char *t, const tally_sentence *s,
                              const tally_number *nums, size_t i, const slot *sl, const tally_attach *prev_at,
                              const tally_number *prev, tally_attach *at, int *avoid)
{
    const tally_number *x = &nums[i];
    /* a name may lead a gapped clause: ", the Salvi five" after "the Kora made six" */
    if ((is_word_one(t, x) && !distributed_one(t, s, x) && !one_more(t, s, x) &&
         !one_in_list(t, s, x)) ||
        !ellipsis_follow(t, s, x) ||
        (!ellipsis_lead(t, s, x, of_pronoun(t, s, x)) && !gapped_clause(t, s, nums, i)))
        return SRC_NONE;
    ell_state e;
    e.L = L;
    e.per = rate_period_at(t, x->end, s->end);
    e.them = of_them(t, s, x);
    e.named = names_class(t, s, x);
    e.amount = amount_governs(t, s, x);   /* "output rose to 3.1 million": no money */
    e.aside = aside_lender(t, s, nums, i, at);
    size_t same = i;   /* a rate or a scaled number takes the noun of its like first */
    for (size_t j = i; same == i && j-- > 0;)
        if (nums[j].kind == TALLY_NK_FIGURE && !sl[j].part && can_lend(&nums[j], &at[j], x) &&
            lender_fit(t, s->end, &nums[j], &at[j], x, e.per) >= 2)
            same = j;
    e.priced = money_for_scaled(nums, i, at);   /* "at $5 a day, ... 3.6 million" */
    if (same == i)
        same = e.priced;
    for (size_t j = same < i ? same + 1 : i; j-- > 0;) {
        if (j + 1 == i && gapped_subject(t, nums, i + 1, j, sl))
            continue;   /* "and four small mills 290,000": the subject is no count of it */
        if (ell_pass_over(t, s, nums, i, j, sl, at, &e, avoid))
            continue;
        if (ell_stops(t, nums, i, j, at, &e))
            return SRC_NONE;
        if (sl[j].src == SRC_OWN)
            share_from(&at[j], sl[j].own.head_s, sl[j].own.head_e, &at[i]);
        else
            share_from(&at[j], at[j].noun_start, at[j].noun_end, &at[i]);
        return SRC_ELLIPSIS;
    }
    if (!prev || !can_lend(prev, prev_at, x) || (e.per >= 0 && is_period(prev_at)) ||
        counts_group(sl, i, prev_at) || (e.them && is_measure(prev_at)) ||
        (e.amount && strcmp(prev_at->category, "money") == 0) ||
        (*avoid && own_phrase_names(t, s, x, prev_at) && (*avoid = 2)))
        return SRC_NONE;
    share_from(prev_at, prev_at->noun_start, prev_at->noun_end, &at[i]);
    return SRC_PREVIOUS;
}

/* The body's ellipsis (see ellipsis_pass()): first passing over a lender
 * whose noun the number's own phrase names ("4,900 on the day shift"), and
 * when that leaves it no lender at all, again with that lender (a figure
 * with a doubtful noun beats none). */
static enum src attach_ellipsis(const lexcols *L, const char *t, const tally_sentence *s,
                                const tally_number *nums, size_t i, const slot *sl, const tally_attach *prev_at,
                                const tally_number *prev, tally_attach *at)
{
    int avoid = 1;
    enum src r = ellipsis_pass(L, t, s, nums, i, sl, prev_at, prev, at, &avoid);
    if (r == SRC_NONE && avoid == 2) {
        avoid = 0;
        r = ellipsis_pass(L, t, s, nums, i, sl, prev_at, prev, at, &avoid);
    }
    return r;
}

/* 1 when bare number x follows a colon right after a plural noun ("met
 * the ration with horses: twelve a day"): x counts that noun, lent to at. */
static int colon_noun(const lexcols *L, const char *t, const tally_sentence *s,
                      const tally_number *x, tally_attach *at)
{
    tok c, k;
    term tm;
    if (!prev_tok(t, s->start, x->start, &c) || !tok_punct(t, &c, ':') ||
        !prev_tok(t, s->start, c.s, &k) || !k.word || !plural_like(t, &k))
        return 0;
    for (size_t q = s->start; q < c.s; q++)
        if (t[q] >= '0' && t[q] <= '9')
            return 0;   /* "48 guns of the sea front: 8 ...": a list of a figure's own */
    if (lookup_tok(L, t, &k, &tm)) {
        if (tm.desig || strcmp(tm.cat, "duration") == 0 || strcmp(tm.cat, "money") == 0)
            return 0;
        lend_noun(at, &tm, &k);
        return 1;
    }
    np p;
    if (!unknown_plural(t, &k, &p))
        return 0;
    return lend_unknown(at, &p, k.s, k.e);
}

/* Verbs in the present that open a breakdown in a note: "the 410 rounds
 * comprise 310 ... and 72 ...". */
static const char *const BREAKDOWN_VERB[] = {"comprise", "comprises", "include", "includes",
                                             "contain", "contains", NULL};

/* 1 when the token k of an endnote may stand before a bare figure: a
 * function word or a verb ("comprised 74", "were 12", "comprise 310"),
 * not a label noun ("box 17", "file 12"). */
static int endnote_lead_word(const char *t, const tok *k)
{
    return is_stop(t, k) || past_ed(t, k) || tok_in(t, k, PAST) || tok_in(t, k, BREAKDOWN_VERB);
}

/* 1 when every token with a digit in t[a..b) lies inside a year of nums[]
 * ("Of the 31 hulls of 1953, 12 came by sea"). */
static int digits_only_years(const char *t, size_t a, size_t b, const tally_number *nums,
                             size_t n)
{
    tok k;
    for (; next_tok(t, a, b, &k); a = k.e) {
        if (!tok_has_digit(t, &k))
            continue;
        size_t j = 0;
        while (j < n && !(nums[j].kind == TALLY_NK_YEAR && nums[j].start <= k.s &&
                          k.e <= nums[j].end))
            j++;
        if (j == n)
            return 0;
    }
    return 1;
}

/* Pass 6 in an endnote: a bare number after punctuation, a function word
 * or a verb takes the noun of the nearest figure before it in the sentence
 * when that figure has a lexicon noun of its own (or took one the same
 * way) and at most MAX_NOTE_GAP words stand between them, none a digit but
 * in a year ("Of its 108 guns, 43 lacked ...", "eight missiles, of which
 * five hit", "the 118 trains comprised 74 that left ... and 44"); not a
 * number after a label ("40 wagons, file 12", "box 17").  A scaled number
 * ("the remaining 34 million", "the second 0.9bn") is never a label: it
 * takes the noun of the nearest scaled figure before it, over any words. */
/* 1 when figure j is the whole of a partitive that the bare number x
 * opens the clause after: "Of the 144 repairs, 92 were done ..." (only a
 * comma between j's mention and x).  Its noun then needs no lexicon entry:
 * no label stands after "Of the N nouns,". */
static int of_the_whole(const char *t, const tally_sentence *s, const tally_number *nums,
                        size_t j, const tally_attach *a, const tally_number *x)
{
    tok k;
    if (!prev_tok(t, s->start, nums[j].start, &k) || !tok_is(t, &k, "the") ||
        !prev_tok(t, s->start, k.s, &k) || !tok_is(t, &k, "of") ||
        !next_tok(t, a->mention_end, x->start, &k))
        return 0;
    if (k.word && (past_ed(t, &k) || tok_in(t, &k, PAST)) && !next_tok(t, k.e, x->start, &k))
        return 0;   /* "Of the 130 buoys lost, 85 ...": a participle after the whole */
    return tok_punct(t, &k, ',') && !next_tok(t, k.e, x->start, &k);
}

/* 1 when figure j's mention and the bare number x are followed by the
 * same preposition and "and" or a comma stands right before x: parallel
 * entries of one breakdown ("2,700 drivers in the divisions and 1,200 in
 * the columns"), x the same kind of thing as j even when j's noun is not
 * in the lexicon. */
static int parallel_prep(const char *t, const tally_sentence *s, const tally_attach *a,
                         const tally_number *x)
{
    static const char *const PREP[] = {"at", "in", "on", "with", NULL};
    tok p, q, b;
    return next_tok(t, a->mention_end, s->end, &p) && tok_in(t, &p, PREP) &&
           next_tok(t, x->end, s->end, &q) && q.e - q.s == p.e - p.s &&
           strncmp(t + p.s, t + q.s, p.e - p.s) == 0 && prev_tok(t, s->start, x->start, &b) &&
           (tok_is(t, &b, "and") || tok_punct(t, &b, ','));
}

/* 1 when token k lies inside a designation among nums[0..i) ("the Rz-3
 * one and a half": a name of the gapped clause's subject). */
static int in_designation(const tally_number *nums, size_t i, const tok *k)
{
    for (size_t j = i; j-- > 0;)
        if (nums[j].kind == TALLY_NK_DESIGNATION && nums[j].start <= k->s && k->e <= nums[j].end)
            return 1;
    return 0;
}

/* 1 when the bare number x closes a gapped clause after a comma or "and":
 * ", the Uplands 2,650 and the Lake districts 950" or ", Varden 30 and
 * Strell 24" (the verb of "the Coast gave 1,600 men" left out).  The noun
 * before x follows "the" within three words, or is a single capitalised
 * name right after the comma or "and", and an earlier figure follows a
 * verb, so it is a subject, not a label ("40 men, the file 12"). */
static int gapped_clause(const char *t, const tally_sentence *s, const tally_number *nums,
                         size_t i)
{
    tok k;
    size_t pos = nums[i].start;
    int gap = 0;
    for (int w = 0; w < 3 && prev_tok(t, s->start, pos, &k) && k.word &&
                    (!tok_has_digit(t, &k) || in_designation(nums, i, &k)); w++, pos = k.s) {
        if (w == 0 && list_name(t, s, &k) && !tok_in(t, &k, MONTH) &&
            prev_tok(t, s->start, k.s, &k) && !tok_punct(t, &k, ':')) {
            gap = 1;   /* ", Varden 30": a name heads the entry */
            break;
        }
        if (w > 0 && tok_is(t, &k, "the")) {
            gap = prev_tok(t, s->start, k.s, &k) &&
                  (tok_punct(t, &k, ',') || tok_is(t, &k, "and") || tok_punct(t, &k, ';'));
            break;
        }
    }
    /* the clause it mirrors has its verb: "the Coast gave 1,600 men" */
    for (size_t j = i; gap && j-- > 0;)
        if (nums[j].kind == TALLY_NK_FIGURE && prev_tok(t, s->start, nums[j].start, &k) &&
            k.word && (past_ed(t, &k) || tok_in(t, &k, PAST)))
            return 1;
    return 0;
}

/* 1 when the bare number nums[i] of an endnote follows "the <ordinal>"
 * and an earlier figure of its sentence does too: a series of lots whose
 * verb is left out ("the first brought none, the second 150 shells and
 * the third 280"), not a label. */
static int ordinal_series(const char *t, const tally_sentence *s, const tally_number *nums,
                          size_t i)
{
    tok o, d;
    if (!prev_tok(t, s->start, nums[i].start, &o) || !tok_in(t, &o, ORDINAL) ||
        !prev_tok(t, s->start, o.s, &d) || !tok_is(t, &d, "the"))
        return 0;
    for (size_t j = i; j-- > 0;)
        if (nums[j].kind == TALLY_NK_FIGURE && prev_tok(t, s->start, nums[j].start, &o) &&
            tok_in(t, &o, ORDINAL) && prev_tok(t, s->start, o.s, &d) && tok_is(t, &d, "the"))
            return 1;
    return 0;
}

/* 1 when token k is a capitalised word that is not the first of the
 * sentence and follows a comma, "and" or a colon: a name heading an entry
 * of a list ("..., Pasvik 29,000"). */
static int list_name(const char *t, const tally_sentence *s, const tok *k)
{
    tok b;
    return k->word && t[k->s] >= 'A' && t[k->s] <= 'Z' && prev_tok(t, s->start, k->s, &b) &&
           (tok_punct(t, &b, ',') || tok_punct(t, &b, ':') || tok_is(t, &b, "and"));
}

/* 1 when the bare number nums[i] of an endnote follows a name heading an
 * entry of a list and an earlier figure of the sentence, with a lexicon
 * noun of its own, does too: the entries of a list by place or person
 * ("the districts: Dunholt 38,000 tons, Pasvik 29,000 and Rimsel 24,000"),
 * the noun left out after the first. */
static int named_series(const char *t, const tally_sentence *s, const tally_number *nums,
                        size_t i, const slot *sl)
{
    tok k;
    if (nums[i].start == s->start || t[nums[i].start - 1] != ' ' ||
        !prev_tok(t, s->start, nums[i].start, &k) || !list_name(t, s, &k))
        return 0;
    for (size_t j = i; j-- > 0;)
        if (nums[j].kind == TALLY_NK_FIGURE && sl[j].src == SRC_OWN && sl[j].own.known &&
            prev_tok(t, s->start, nums[j].start, &k) && list_name(t, s, &k))
            return 1;
    return 0;
}

/* 1 when "of whom" or "of which" stands right before the number x. */
static int of_whom_before(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok a, b;
    return prev_tok(t, s->start, x->start, &a) &&
           (tok_is(t, &a, "whom") || tok_is(t, &a, "which")) &&
           prev_tok(t, s->start, a.s, &b) && tok_is(t, &b, "of");
}

/* 1 when the sentence makes the bare number x of an endnote a quantity,
 * not a page, volume or file: "of whom" or "of which" before it, "of
 * them" or "of whom" after it, or "were"/"are" right after it (a comma
 * may stand between): "lists 900 men, of whom 700 were riveters". */
static int note_quantity(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const BE[] = {"are", "were", NULL};
    tok v;
    if (of_whom_before(t, s, x) || of_them(t, s, x))
        return 1;
    if (!next_tok(t, x->end, s->end, &v))
        return 0;
    if (tok_punct(t, &v, ',') && !next_tok(t, v.e, s->end, &v))
        return 0;
    return tok_in(t, &v, BE);
}

/* 1 when number x is written with a thousands separator right after a
 * capitalised name w that follows "the" ("the four of the Second 3,880"):
 * a quantity of a gapped clause, not a label ("box 17", "Volume 3"). */
static int grouped_after_name(const char *t, const tok *w, const tally_number *x)
{
    int sep = 0;
    for (size_t k = x->start; k + 1 < x->end; k++)
        sep |= t[k] == ',' && t[k + 1] >= '0' && t[k + 1] <= '9';
    tok d;
    return sep && cap_word(t, w) && prev_tok(t, 0, w->s, &d) && tok_is(t, &d, "the");
}

static enum src endnote_ellipsis(const char *t, const tally_sentence *s,
                                 const tally_number *nums, size_t n, size_t i,
                                 const slot *sl, tally_attach *at)
{
    size_t aside = n;   /* a share in parentheses passed over: "171,000 (60 per cent)" */
    const tally_number *x = &nums[i];
    int scaled = (x->flags & TALLY_NF_SCALED) != 0;
    tok w;
    int named = !scaled && named_series(t, s, nums, i, sl);
    /* "and eleven private firms 220,000": the subject before it lends nothing */
    size_t subj = i > 0 && gapped_subject(t, nums, n, i - 1, sl) ? i - 1 : n;
    int gapped = subj < n || gapped_clause(t, s, nums, i);
    /* a part listed after "and" or a comma may stand far from the part before */
    int listed = prev_tok(t, s->start, x->start, &w) &&
                 (tok_is(t, &w, "and") || tok_punct(t, &w, ','));
    if ((is_word_one(t, x) && !distributed_one(t, s, x)) || !ellipsis_follow(t, s, x) ||
        (!named && !ellipsis_lead(t, s, x, 0) && !gapped) ||
        (!scaled && !named && prev_tok(t, s->start, x->start, &w) && w.word &&
         !endnote_lead_word(t, &w) && !gapped && !ordinal_series(t, s, nums, i) &&
         !grouped_after_name(t, &w, x)))
        return SRC_NONE;   /* "file 12", "box 17": a label before it */
    for (size_t j = i; j-- > 0;) {
        if (j == subj || nums[j].kind == TALLY_NK_MARKER || nums[j].kind == TALLY_NK_DESIGNATION ||
            nums[j].kind == TALLY_NK_YEAR || nums[j].kind == TALLY_NK_ORDINAL || sl[j].part ||
            counts_group(sl, i, &at[j]))
            continue;   /* "58 in the first quarter, 61 in the second" */
        if (aside == n && nums[j].kind == TALLY_NK_FIGURE && at[j].keep &&
            is_share(&nums[j], &at[j]) && paren_aside(t, s, nums, j, at)) {
            aside = j;   /* "171,000 (60 per cent) were light and 114,000 severe" */
            continue;
        }
        int own = sl[j].src == SRC_OWN &&
                  (sl[j].own.known || of_the_whole(t, s, nums, j, &at[j], x) ||
                   parallel_prep(t, s, &at[j], x));
        if (scaled) {
            if (nums[j].kind != TALLY_NK_FIGURE || !(nums[j].flags & TALLY_NF_SCALED) ||
                !(own || sl[j].src == SRC_ELLIPSIS) || !can_lend(&nums[j], &at[j], x))
                continue;   /* "six transports for the remaining 34 million" */
        } else if (nums[j].kind != TALLY_NK_FIGURE ||
                   !(own || sl[j].src == SRC_ELLIPSIS || (sl[j].src == SRC_SIBLING &&
                                                          at[j].keep)) ||
                   !can_lend(&nums[j], &at[j], x) ||
                   (of_them(t, s, x) && subject_lender(t, &at[j], x))) {
            return SRC_NONE;   /* "the 300 flights used 6,000 of them": not flights */
        } else {
            tok k;
            int words = 0;
            int most = listed && sl[j].src == SRC_ELLIPSIS ? 2 * MAX_NOTE_GAP : MAX_NOTE_GAP;
            for (size_t a = at[j].mention_end; next_tok(t, a, x->start, &k); a = k.e)
                if (k.word && !tok_has_digit(t, &k) && ++words > most)
                    return SRC_NONE;
            size_t gap = aside < n ? nums[aside].start : x->start;
            if (!digits_only_years(t, at[j].mention_end, gap, nums, n) ||
                (aside < n && !digits_only_years(t, at[aside].mention_end, x->start, nums, n)))
                return SRC_NONE;
        }
        if (own)
            share_from(&at[j], sl[j].own.head_s, sl[j].own.head_e, &at[i]);
        else
            share_from(&at[j], at[j].noun_start, at[j].noun_end, &at[i]);
        return SRC_ELLIPSIS;
    }
    return SRC_NONE;
}

/* Words looked at before a figure for the modal of an unreal past. */
#define CF_SPAN 12

/* 1 when the figure x stands in an unreal past: "could have", "would
 * have" or "might have" within CF_SPAN words before it, or its sentence
 * opens with "Had" ("could have been seen 25 minutes earlier", "Had the
 * guns come six months earlier"), or an intent "wanted to" / "planned to"
 * does ("had hoped to sail two days earlier"): "N weeks earlier" is then the
 * time that would have been gained, a quantity, not the date of an event. */
static int counterfactual(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const MODAL[] = {"could", "would", "might", NULL};
    static const char *const WISH[] = {"wanted", "hoped", "planned", "intended", "meant",
                                       "wished", "proposed", NULL};
    tok k, m;
    if (next_tok(t, s->start, x->start, &k) && tok_is(t, &k, "Had"))
        return 1;
    size_t pos = x->start;
    for (int w = 0; w < CF_SPAN && prev_tok(t, s->start, pos, &k); w++, pos = k.s)
        if ((tok_is(t, &k, "have") && prev_tok(t, s->start, k.s, &m) && tok_in(t, &m, MODAL)) ||
            (w < 6 && tok_is(t, &k, "to") && prev_tok(t, s->start, k.s, &m) &&
             tok_in(t, &m, WISH)))
            return 1;
    return 0;
}

/* 1 when the word "one" x closes a "from N to one" pair in its sentence
 * ("cut the delay from two days to one"): "to" right before it, a "from"
 * at most MAX_GAP + 2 words before that (change_pair() lent the unit of
 * its figure), and no word after it.  A count, not a pronoun. */
static int pair_end_one(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k, n;
    if (!prev_tok(t, s->start, x->start, &k) || !tok_is(t, &k, "to") ||
        (next_tok(t, x->end, s->end, &n) && n.word))
        return 0;
    size_t pos = k.s;
    for (int w = 0; w < MAX_GAP + 2 && prev_tok(t, s->start, pos, &k); w++, pos = k.s)
        if (tok_is(t, &k, "from"))
            return 1;   /* change_pair() found the figure after it */
    return 0;
}

/* 1 when the word "one" x names an occasion, not a length of time: "in"
 * or "on" before it and a part of a day after it ("in one night", "on one
 * morning"; "on one day" too, but not "in one day", which may be the time
 * a piece of work took, nor "for one night"). */
static int occasion_one(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const PART[] = {"night", "morning", "afternoon", "evening", NULL};
    tok p, n;
    if (!prev_tok(t, s->start, x->start, &p) || !next_tok(t, x->end, s->end, &n))
        return 0;
    if (tok_is(t, &p, "on") || tok_is(t, &p, "On"))
        return tok_in(t, &n, PART) || tok_is(t, &n, "day");
    return (tok_is(t, &p, "in") || tok_is(t, &p, "In")) && tok_in(t, &n, PART);
}

/* 1 when the word k after a duration is "later" or "earlier" with "than"
 * right after it: "two weeks later than the plan requires" compares, it
 * measures a delay and dates nothing. */
static int later_than(const char *t, const tally_sentence *s, const tok *k)
{
    tok n;
    return (tok_is(t, k, "later") || tok_is(t, k, "earlier")) && next_tok(t, k->e, s->end, &n) &&
           tok_is(t, &n, "than");
}

/* Whether to report the figure.  Not a FIGURE: never.  Otherwise dropped:
 *  - "one" (value 1 in words) without its own noun or a parenthesis or
 *    coordination ellipsis: a pronoun ("one with 20 fighters"); or with a
 *    noun that is not a unit in the lexicon: a determiner ("one source",
 *    "one important element");
 *  - in an endnote, a number with no noun, no unit of its own, no
 *    ellipsis within its sentence and no collective of people before it
 *    ("a crew of seven"): pages, volumes and issue numbers
 *    ("nianpu 1, p. 137", "APRF, 249"); a sibling's noun counts when its
 *    sentence makes it a quantity ("of whom 700 were", see note_quantity());
 *  - in an endnote, a count of volumes, pages or issues ("the first four
 *    volumes of"): bibliography;
 *  - in the body, a bare number with no noun, no unit of its own, no
 *    ellipsis and no governing noun (front matter: "Volume 22", "73-88");
 *  - a duration followed by "later", "ago", ...: it dates an event (not
 *    in an unreal past, see counterfactual()). */
/* 1 when the word "one" x closes a list of counts after "and": a plural
 * noun, then "and", then "one" ("three clerks and one NCO"), the noun of
 * "one" then counted though the lexicon does not know it. */
static int listed_one(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k, n;
    if (!prev_tok(t, s->start, x->start, &k) || !tok_is(t, &k, "and") ||
        !prev_tok(t, s->start, k.s, &k) || !k.word || !plural_like(t, &k) ||
        !prev_tok(t, s->start, k.s, &n))
        return 0;
    return tok_has_digit(t, &n) || (n.word && !is_stop(t, &n) && !tok_is(t, &n, "the"));
}

/* 1 when the mention of the word "one" x is followed by "per" or "for
 * each"/"for every": the "one" of a norm ("one mask per person", "one
 * blanket for each bed"), a count though its noun is not in the lexicon. */
static int one_norm(const char *t, const tally_sentence *s, const tally_attach *at)
{
    static const char *const EACH[] = {"each", "every", NULL};
    tok k;
    if (!next_tok(t, at->mention_end, s->end, &k))
        return 0;
    if (tok_is(t, &k, "per"))
        return 1;
    return tok_is(t, &k, "for") && next_tok(t, k.e, s->end, &k) && tok_in(t, &k, EACH);
}

static int decide_keep(const char *t, const tally_sentence *s, const tally_number *x,
                       const tally_attach *at, const slot *sl)
{
    tok k;
    enum src src = sl->src;
    if (x->kind != TALLY_NK_FIGURE)
        return 0;
    if (src == SRC_NONE)   /* "the state paid 30 million in 1925": a figure, unit unknown */
        return s->section == TALLY_SECTION_BODY && (x->flags & TALLY_NF_SCALED) &&
               x->value >= 1e6;
    if (src == SRC_OWN && !sl->own.known && is_word_one(t, x) && !listed_one(t, s, x) &&
        !one_norm(t, s, at))
        return 0;   /* "one important element", "one source": a determiner */
    if ((x->flags & TALLY_NF_WORDS) && is_word_one(t, x) && prev_tok(t, s->start, x->start, &k) &&
        (tok_is(t, &k, "the") || tok_is(t, &k, "The")))
        return 0;   /* "the one day that mattered": "the only", no count */
    if (is_word_one(t, x) && occasion_one(t, s, x))
        return 0;   /* "in one night three huts burned": when, not how long */
    if (strcmp(at->category, "duration") == 0 && next_tok(t, at->mention_end, s->end, &k) &&
        tok_in(t, &k, RELTIME) && !counterfactual(t, s, x) && !later_than(t, s, &k))
        return 0;   /* "two days later" dates an event; the date stage reads it */
    if (s->section == TALLY_SECTION_ENDNOTE && src == SRC_OWN) {
        for (size_t i = 0; BIBLIO[i]; i++)
            if (strcmp(at->unit, BIBLIO[i]) == 0)
                return 0;
    }
    int hard = src == SRC_OWN || src == SRC_NUMBER || src == SRC_PAREN ||
               src == SRC_PARALLEL || src == SRC_COORD;
    if (is_word_one(t, x) && !hard && !distributed_one(t, s, x) &&
        !(src == SRC_GOVERN && one_rate(t, s, x)) &&
        !(src == SRC_ELLIPSIS && (one_more(t, s, x) || one_in_list(t, s, x))) &&
        !(src == SRC_SIBLING && pair_end_one(t, s, x)))
        return 0;   /* "each motor brigade one": a figure of the gapped list */
    if (s->section == TALLY_SECTION_ENDNOTE && !hard && src != SRC_INPAREN &&
        src != SRC_ELLIPSIS && src != SRC_PARTITIVE && src != SRC_GOVERN &&
        !(src == SRC_SIBLING && note_quantity(t, s, x)))
        return 0;
    return 1;
}

static int ellipsis_lead(const char *t, const tally_sentence *s, const tally_number *x, int of);
static int ellipsis_follow(const char *t, const tally_sentence *s, const tally_number *x);

/* 1 when figure x of a body sentence is written in digits (no number
 * words, at most two decimals), in a sentence of prose (a lower-case word), no
 * name or label right before it (ellipsis_lead) nor a capitalised word
 * right after (ellipsis_follow), and not a paragraph's number "(2)": a
 * figure even when nothing says what it counts ("Estimates ran from
 * 20,000 to 30,000", "It had 3,000, and 1,200 were torn"). */
static int bare_digits(const char *t, const tally_sentence *s, const tally_number *x)
{
    if (x->kind != TALLY_NK_FIGURE || s->section != TALLY_SECTION_BODY ||
        (x->flags & TALLY_NF_WORDS))
        return 0;
    int dec = -1;
    for (size_t k = x->start; k < x->end; k++) {
        if (t[k] == '.' && k + 1 < x->end && t[k + 1] >= '0' && t[k + 1] <= '9')
            dec = 0;
        else if (dec >= 0 && t[k] >= '0' && t[k] <= '9')
            dec++;
        else if (dec >= 0)
            break;
    }
    tok k;
    int of = next_tok(t, x->end, s->end, &k) && tok_is(t, &k, "of");
    if (dec > 2 || !ellipsis_lead(t, s, x, of) || !ellipsis_follow(t, s, x))
        return 0;   /* "doi:10.4471", "Camp Lorne 16", "7 The Hague"; not "Only 85 of" */
    if (x->start > s->start && t[x->start - 1] == '(' && x->end < s->end && t[x->end] == ')')
        return 0;   /* "(2) The ministry asked": a paragraph's number */
    for (size_t pos = s->start; next_tok(t, pos, s->end, &k); pos = k.e)
        if (k.word && t[k.s] >= 'a' && t[k.s] <= 'z')
            return 1;   /* in prose, not "Series 4, Number 2, Winter 1999, 101-117" */
    return 0;
}

/* "5,000 containers a quarter": "a quarter" right after a kept figure's
 * mention (white space between, no "of" after) is the period of a rate,
 * not a fraction; it is dropped (keep 0). */
static void quarter_period(const char *t, const tally_sentence *s, const tally_number *nums,
                           size_t n, tally_attach *out)
{
    tok k;
    for (size_t i = 1; i < n; i++) {
        if (!out[i].keep || !(nums[i].flags & TALLY_NF_FRACTION) || nums[i].value != 0.25 ||
            rate_period_at(t, nums[i].start, s->end) != 3 ||
            (next_tok(t, nums[i].end, s->end, &k) && tok_is(t, &k, "of")))
            continue;
        const tally_attach *a = &out[i - 1];
        if (!a->keep || a->mention_end > nums[i].start || is_share(&nums[i - 1], a))
            continue;
        size_t p = a->mention_end;
        while (p < nums[i].start && (t[p] == ' ' || t[p] == '\n'))
            p++;
        if (p == nums[i].start)
            out[i].keep = 0;
    }
}

/* "a crew of 34", "a garrison of 900": the bare number x right after "of"
 * and a collective of people (PEOPLE_GROUP) counts persons, its noun the
 * collective's word.  1 when set (in at). */
static int people_size(const char *t, const tally_sentence *s, const tally_number *x,
                       tally_attach *at)
{
    tok of, g;
    if (!prev_tok(t, s->start, x->start, &of) || !tok_is(t, &of, "of") ||
        !prev_tok(t, s->start, of.s, &g) || !g.word || !tok_in(t, &g, PEOPLE_GROUP) ||
        !ellipsis_follow(t, s, x))
        return 0;
    put_unit(at, "person", "personnel");
    at->noun_start = g.s;
    at->noun_end = g.e;
    at->elliptic = 1;
    return 1;
}

/* Pass 5 for the bare figure i: the size of a collective of people, a
 * parenthesis after a unit noun, in the body a sibling before it or a
 * governing noun.  Returns the source used, SRC_NONE for none. */
/* 1 when the bare number i ends a change pair: it follows "to" and an
 * earlier figure of the sentence, with a noun, follows "from" ("fell from
 * 410 tons on the first day to 190 on the fourth"): i counts what that
 * figure counts, not the noun of the time between (days). */
static int change_pair(const char *t, const tally_sentence *s, const tally_number *nums,
                       size_t i, const slot *sl, tally_attach *at)
{
    tok k;
    if (!prev_tok(t, s->start, nums[i].start, &k) || !tok_is(t, &k, "to") ||
        !ellipsis_follow(t, s, &nums[i]))
        return 0;
    for (size_t j = i; j-- > 0;) {
        if (nums[j].kind != TALLY_NK_FIGURE || !prev_tok(t, s->start, nums[j].start, &k) ||
            !tok_is(t, &k, "from"))
            continue;
        if (sl[j].src == SRC_NONE || !at[j].unit[0] || is_share(&nums[j], &at[j]) ||
            !(nums[j].flags & TALLY_NF_SCALED) != !(nums[i].flags & TALLY_NF_SCALED))
            return 0;
        size_t hs = at[j].noun_start, he = at[j].noun_end;
        if (sl[j].src == SRC_OWN) {
            hs = sl[j].own.head_s;
            he = sl[j].own.head_e;
        }
        share_from(&at[j], hs, he, &at[i]);
        return 1;
    }
    return 0;
}

/* The predicate of "N were" opening at word k when modifiers come before
 * its plural lexicon noun: "the other three were medium batteries of four
 * guns apiece" counts batteries.  The noun ends the clause or an "of"
 * follows it; at most two lower-case modifiers.  1 when set. */
static int modified_predicate(const lexcols *L, const char *t, const tally_sentence *s,
                              const tok *k, tally_attach *at)
{
    np p;
    tok h, e;
    if (!(t[k->s] >= 'a' && t[k->s] <= 'z') || tok_in(t, k, DET) || is_stop(t, k))
        return 0;
    scan_np(L, t, k->s, s->end, 1, &p);
    h.s = p.head_s;
    h.e = p.head_e;
    h.word = 1;
    if (!p.known || p.type_name || p.start != k->s || p.head_s == k->s ||
        !plural_like(t, &h) || !(t[p.start] >= 'a' && t[p.start] <= 'z'))
        return 0;
    int words = 0;
    for (size_t pos = p.start; next_tok(t, pos, p.head_s, &e); pos = e.e)
        if (!e.word || ++words > 2 || !(t[e.s] >= 'a' && t[e.s] <= 'z'))
            return 0;   /* modifiers only: "medium", "heavy field" */
    if (next_tok(t, p.end, s->end, &e) && e.word && !tok_is(t, &e, "and") &&
        !tok_is(t, &e, "or") && !tok_is(t, &e, "of"))
        return 0;   /* "12 were heavy sorties flown": not a bare predicate */
    lend_np(at, &p);
    return 1;
}

/* 1 when the bare number x is the subject of "are"/"were" with a plural
 * noun as its predicate ("of whom 4,600 are regulars", "the rest, 13,800,
 * were reservists"; a comma may stand between): that noun is the unit. */
static int predicate_noun(const lexcols *L, const char *t, const tally_sentence *s,
                          const tally_number *x, tally_attach *at)
{
    static const char *const BE[] = {"are", "were", NULL};
    tok v, k, e;
    term tm;
    if (!next_tok(t, x->end, s->end, &v))
        return 0;
    if (tok_punct(t, &v, ',') && !next_tok(t, v.e, s->end, &v))
        return 0;
    if (!tok_in(t, &v, BE) || !next_tok(t, v.e, s->end, &k) || !k.word)
        return 0;
    if (!plural_like(t, &k))   /* "of whom 146,000 were combat troops": the whole's */
        return !of_whom_before(t, s, x) && modified_predicate(L, t, s, &k, at);
    if (weak_tail(t, &k))
        return 0;
    if (next_tok(t, k.e, s->end, &e) && e.word && !tok_is(t, &e, "and") &&
        !tok_is(t, &e, "or"))
        return 0;   /* "12 were sorties flown": not a bare predicate */
    if (lookup_tok(L, t, &k, &tm) && !tm.desig) {
        lend_noun(at, &tm, &k);
        return 1;
    }
    np p;
    memset(&p, 0, sizeof p);
    plain_lemma(t, k.s, k.e, &p);
    put_unit(at, p.unit, "other");
    at->noun_start = k.s;
    at->noun_end = k.e;
    at->elliptic = 1;
    return 1;
}

/* Pass 1b: "of the 1,140 tons, 610 were ammunition, 280 food and 250
 * fuel": a count above one whose own noun is a singular word the lexicon
 * lacks (a material, not a plural count) measures in the unit of mass of
 * the nearest figure before it in the sentence (tons, barrels). */
static void mass_item(const tally_number *nums, size_t i, slot *sl, tally_attach *at,
                      const char *t)
{
    static const char *const MASS[] = {"ton", "tonne", "barrel", "gallon", "litre", NULL};
    tok h = {sl[i].own.head_s, sl[i].own.head_e, 1};
    if (sl[i].src != SRC_OWN || sl[i].own.known || nums[i].value <= 1.0 || nums[i].unit[0] ||
        (nums[i].flags & (TALLY_NF_SCALED | TALLY_NF_FRACTION)) || h.e <= h.s ||
        sl[i].own.head_s != sl[i].own.start || !(t[h.s] >= 'a' && t[h.s] <= 'z') ||
        t[h.e - 1] == 's' || h.s <= nums[i].end || t[h.s - 1] == '-')
        return;
    for (size_t j = i; j-- > 0;)
        if (nums[j].kind == TALLY_NK_FIGURE && sl[j].src == SRC_OWN && sl[j].own.known) {
            for (int q = 0; MASS[q]; q++)
                if (strcmp(at[j].unit, MASS[q]) == 0)
                    put_unit(&at[i], at[j].unit, at[j].category);
            return;
        }
}

/* Words that announce the total after a list of bare figures: "310 (June),
 * 420 (July) and 380 (August), together 1,110 raids". */
static const char *const TOTAL_CUE[] = {"together", "altogether", "total", "totalling",
                                        "totaling", "all", NULL};

/* Where the gap after the list item ending at a ends: the next token after
 * commas, "and" and bracketed words with no digit ("(October)"); *cue is
 * set when a TOTAL_CUE word (with "in", "a", "of") stands last in the gap
 * ("together", "in all", "a total of"). */
static size_t list_gap(const char *t, size_t a, size_t end, int *cue)
{
    tok k;
    *cue = 0;
    while (next_tok(t, a, end, &k)) {
        if (tok_punct(t, &k, '(')) {
            size_t q = k.e;
            while (q < end && t[q] != ')' && !(t[q] >= '0' && t[q] <= '9'))
                q++;
            if (q >= end || t[q] != ')')
                return k.s;
            a = q + 1;
        } else if (*cue && (tok_punct(t, &k, ',') || tok_is(t, &k, "and"))) {
            return k.s;   /* "156 million in all, and six ...": the total came first */
        } else if (tok_punct(t, &k, ',') || tok_is(t, &k, "and") ||
                   (*cue && tok_is(t, &k, "of"))) {
            a = k.e;
        } else if (tok_in(t, &k, TOTAL_CUE) || tok_is(t, &k, "in") || tok_is(t, &k, "a")) {
            *cue |= tok_in(t, &k, TOTAL_CUE);
            a = k.e;
        } else {
            return k.s;
        }
    }
    return end;
}

/* A bare number i of a list of bare numbers that ends in its total with a
 * lexicon noun of its own counts that noun ("the monthly totals were 310
 * (June), 420 (July) and 380 (August), together 1,110 raids").  1 when set. */
static int list_total(const char *t, const tally_sentence *s, const tally_number *nums,
                      size_t n, size_t i, const slot *sl, tally_attach *at)
{
    size_t j = i;
    int cue = 0;
    while (j + 1 < n && !cue) {
        size_t stop = list_gap(t, nums[j].end, s->end, &cue);
        if (nums[j + 1].start != stop || nums[j + 1].kind != TALLY_NK_FIGURE)
            return 0;
        j++;
        if (!cue && sl[j].src != SRC_NONE)
            return 0;   /* only bare items before the total */
    }
    if (!cue || sl[j].src != SRC_OWN || !sl[j].own.known || is_share(&nums[j], &at[j]))
        return 0;
    share_from(&at[j], sl[j].own.head_s, sl[j].own.head_e, &at[i]);
    return 1;
}

/* 1 when the word "strength" at k names the men of a force (or k is
 * "workforce", always people): no lexicon
 * noun of things before it ("tank strength", "air strength") and none in
 * the words from it up to end ("the strength of the bomber arm"). */
static int men_strength(const lexcols *L, const char *t, size_t lo, const tok *k, size_t end)
{
    static const char *const THINGS[] = {"air", "naval", "sea", "fleet", NULL};
    tok d;
    term tm;
    if (tok_is(t, k, "workforce") || tok_is(t, k, "Workforce"))
        return 1;   /* "the workforce had shrunk to about 78,000" */
    if (!tok_is(t, k, "strength"))
        return 0;
    if (prev_tok(t, lo, k->s, &d) && d.word &&
        (tok_in(t, &d, THINGS) || (lookup_tok(L, t, &d, &tm) && !tm.desig)))
        return 0;
    for (size_t pos = k->e; next_tok(t, pos, end, &d); pos = d.e)
        if (d.word && lookup_tok(L, t, &d, &tm) &&
            (tm.desig || strcmp(tm.cat, "aircraft") == 0 || strcmp(tm.cat, "materiel") == 0 ||
             strcmp(tm.cat, "munition") == 0))
            return 0;
    return 1;
}

/* Pass 5d (body only): "the army's ration strength on the day the ring
 * closed was 182,000", "... . By March it stood at 151,000" after "The
 * strength fell": a bare number after a verb of amount whose subject is a
 * force's strength counts men.  "strength" is looked for over at most
 * STRENGTH_SPAN words before the verb, with no punctuation or figure in
 * between; a subject "it" finds it in the sentence before, in its
 * paragraph.  1 when found (unit "man"). */
static int strength_subject(const lexcols *L, const char *t, const tally_sentence *s,
                            const tally_number *nums, size_t i, tally_attach *at)
{
    static const char *const VERB[] = {"was", "were", "is", "stood", "numbered", "reached",
                                       "fell", "rose", "dropped", "totalled", "totaled",
                                       "amounted", "remained", "shrunk", "shrank", "grown",
                                       "grew", "fallen", "risen", "declined", NULL};
    static const term MEN = {.unit = "man", .cat = "personnel"};
    size_t lo = i > 0 && nums[i - 1].end > s->start ? nums[i - 1].end : s->start;
    size_t pos = nums[i].start;
    tok k;
    int verb = 0;
    for (int links = 0; links < MAX_LINK && prev_tok(t, lo, pos, &k) && k.word &&
                        tok_in(t, &k, LINK); links++, pos = k.s)
        verb |= tok_in(t, &k, VERB);
    if (!verb)
        return 0;
    if (prev_tok(t, lo, pos, &k) && (tok_is(t, &k, "it") || tok_is(t, &k, "It"))) {
        size_t a, b;
        if (!prev_sentence(t, s, &a, &b))
            return 0;
        for (size_t q = b; q + 1 < s->start; q++)
            if (t[q] == '\n' && t[q + 1] == '\n')
                return 0;   /* another paragraph */
        for (size_t from = a; next_tok(t, from, b, &k); from = k.e)
            if (k.word && men_strength(L, t, a, &k, b)) {
                lend_noun(at, &MEN, &k);
                return 1;
            }
        return 0;
    }
    for (int words = 0; words < STRENGTH_SPAN && prev_tok(t, lo, pos, &k); words++, pos = k.s) {
        if (!k.word && !is_apostrophe(t, &k))
            return 0;
        if (k.word && men_strength(L, t, lo, &k, nums[i].start)) {
            lend_noun(at, &MEN, &k);
            return 1;
        }
    }
    return 0;
}

/* "The May total of 900 comprised 700 skilled riveters and 200 casual
 * men", "The 900 comprised 700 riveters and 200 boys": a bare number after
 * "figure of", "total of" or a bare "the" that a breakdown
 * verb follows counts what the first part, right after the verb, counts by
 * a noun of its own.  1 when set (in at[i]). */
static int whole_of_parts(const char *t, const tally_sentence *s, const tally_number *nums,
                          size_t n, size_t i, const slot *sl, tally_attach *at)
{
    static const char *const WHOLE[] = {"figure", "total", NULL};
    static const char *const VERB[] = {"comprised", "included", "comprise", "comprises",
                                       "include", "includes", NULL};
    tok k;
    if (i + 1 >= n || nums[i + 1].kind != TALLY_NK_FIGURE || sl[i + 1].src != SRC_OWN ||
        !at[i + 1].unit[0] || is_share(&nums[i + 1], &at[i + 1]) ||
        !prev_tok(t, s->start, nums[i].start, &k) ||
        !(tok_is(t, &k, "the") || tok_is(t, &k, "The") ||
          (tok_is(t, &k, "of") && prev_tok(t, s->start, k.s, &k) && tok_in(t, &k, WHOLE))) ||
        !next_tok(t, nums[i].end, s->end, &k) || !tok_in(t, &k, VERB) ||
        next_tok(t, k.e, nums[i + 1].start, &k))
        return 0;
    share_from(&at[i + 1], sl[i + 1].own.head_s, sl[i + 1].own.head_e, &at[i]);
    return 1;
}

/* "at a strength of 6,000", "a ration strength of 182,000", "an
 * establishment of 9,000": a bare number (no noun after it) right after
 * "strength of" or "establishment of" counts the men of a force, when no
 * noun of things qualifies the strength ("tank strength", see
 * men_strength()); an establishment only when no noun of aircraft or
 * equipment stands before it in the sentence (a squadron's "establishment
 * of 16" counts aircraft).  1 when set (unit "man"). */
static int strength_of(const lexcols *L, const char *t, const tally_sentence *s,
                       const tally_number *x, tally_attach *at)
{
    static const term MEN = {.unit = "man", .cat = "personnel"};
    tok of, g, d;
    term tm;
    if (!prev_tok(t, s->start, x->start, &of) || !tok_is(t, &of, "of") ||
        !prev_tok(t, s->start, of.s, &g) || !ellipsis_follow(t, s, x))
        return 0;
    if (!tok_is(t, &g, "establishment")) {
        if (!tok_is(t, &g, "strength") || !men_strength(L, t, s->start, &g, g.e))
            return 0;
    } else {
        for (size_t pos = s->start; next_tok(t, pos, g.s, &d); pos = d.e)
            if (d.word && lookup_tok(L, t, &d, &tm) &&
                (tm.desig || strcmp(tm.cat, "aircraft") == 0 ||
                 strcmp(tm.cat, "materiel") == 0 || strcmp(tm.cat, "munition") == 0))
                return 0;
    }
    lend_noun(at, &MEN, &g);
    return 1;
}

/* Words of a sentence's opening read for the thing priced_subject() lends. */
#define PRICED_OPEN 3

/* The noun a sentence opens with, before lim: the first lexicon noun (no
 * designation, no money) among the PRICED_OPEN words after a paragraph's
 * number ("10.") and at most one determiner; plural only when plural is
 * set.  1 when found (its unit set in at). */
static int opening_noun(const lexcols *L, const char *t, const tally_sentence *s, size_t lim,
                        int plural, tally_attach *at)
{
    tok k;
    term tm;
    size_t pos = s->start;
    for (int w = 0; w < 2 && next_tok(t, pos, lim, &k) && (!k.word || tok_has_digit(t, &k)); w++)
        pos = k.e;   /* a paragraph's number: "10. A barrel costs" */
    if (!next_tok(t, pos, lim, &k) || !k.word)
        return 0;
    if (tok_in(t, &k, DET) || tok_is(t, &k, "The") || tok_is(t, &k, "A"))
        pos = k.e;
    for (int w = 0; w < PRICED_OPEN && next_tok(t, pos, lim, &k) && k.word; w++, pos = k.e)
        if (lookup_tok(L, t, &k, &tm) && !tm.desig && strcmp(tm.cat, "money") != 0) {
            if (plural && !plural_ish(t, &k))
                return 0;
            lend_noun(at, &tm, &k);
            return 1;
        }
    return 0;
}

/* "A Kessfeld-type barrel costs 9,800 marks, and the 120 on order 1.2
 * million": a definite set after a money figure (priced_set()) counts the
 * thing the sentence opens with (opening_noun(), singular or plural,
 * before that money figure).  1 when found (its unit set in at). */
static int priced_subject(const lexcols *L, const char *t, const tally_sentence *s,
                          const tally_number *nums, size_t i, const tally_attach *out,
                          tally_attach *at)
{
    return i > 0 && nums[i - 1].kind == TALLY_NK_FIGURE &&
           priced_set(t, nums[i - 1].end, &nums[i], &out[i - 1]) &&
           opening_noun(L, t, s, nums[i - 1].start, 0, at);
}

static enum src attach_context(const lexcols *L, const char *text, const tally_sentence *s,
                               const tally_number *nums, size_t i, const slot *sl,
                               tally_attach *out)
{
    int body = s->section == TALLY_SECTION_BODY;
    /* in an endnote only where its sentence makes it a quantity: "of whom 700 were" */
    int quant = body || note_quantity(text, s, &nums[i]);
    if (body && predicate_noun(L, text, s, &nums[i], &out[i]))
        return SRC_GOVERN;
    if (s->section == TALLY_SECTION_BODY && change_pair(text, s, nums, i, sl, out))
        return SRC_SIBLING;
    if (people_size(text, s, &nums[i], &out[i]))
        return SRC_GOVERN;
    if (s->section == TALLY_SECTION_BODY && strength_of(L, text, s, &nums[i], &out[i]))
        return SRC_GOVERN;
    if (!rate_has_lender(text, s, nums, i, out) && attach_inparen(L, text, s, &nums[i], &out[i]))
        return SRC_INPAREN;
    if (body && priced_subject(L, text, s, nums, i, out, &out[i]))
        return SRC_GOVERN;
    if (quant && attach_sibling(L, text, s, nums, i, sl, out))
        return SRC_SIBLING;
    if (s->section == TALLY_SECTION_BODY && attach_appos(L, text, s, nums, i, out))
        return SRC_SIBLING;
    if (s->section == TALLY_SECTION_BODY && !sl[i].group[0] &&
        strength_subject(L, text, s, nums, i, &out[i]))
        return SRC_GOVERN;
    if (s->section == TALLY_SECTION_BODY && !sl[i].group[0] &&
        attach_govern(L, text, s, nums, i, &out[i]))
        return SRC_GOVERN;   /* "a company of ten" does not count companies */
    return SRC_NONE;
}

/* The figure q < i whose pattern the part i repeats: "built 12 hulls of
 * 40,000 tons in 1940 and 15 of 52,000 tons in 1941" -- the whole follows
 * a bare "of" (no determiner) and has the unit of the figure after a bare
 * "of" that follows "12 hulls", a figure with a lexicon noun of its own:
 * the 15 are hulls of so many tons, not a part of the tons.  i when none. */
static size_t parallel_of(const char *t, const tally_number *nums, size_t i, const slot *sl,
                          const tally_attach *at)
{
    size_t j = i + 1;
    tok k;
    if (!next_tok(t, nums[i].end, nums[j].start, &k) || !tok_is(t, &k, "of") ||
        next_tok(t, k.e, nums[j].start, &k))
        return i;
    for (size_t m = i; m-- > 1;) {
        if (nums[m].kind != TALLY_NK_FIGURE || strcmp(at[m].unit, at[j].unit) != 0 ||
            sl[m - 1].src != SRC_OWN || !sl[m - 1].own.known || !at[m - 1].keep ||
            strcmp(at[m - 1].unit, at[j].unit) == 0)
            continue;
        if (!next_tok(t, at[m - 1].mention_end, nums[m].start, &k) || !tok_is(t, &k, "of") ||
            next_tok(t, k.e, nums[m].start, &k))
            continue;
        return m - 1;
    }
    return i;
}

/* Pass 6, the part of a partitive (sl[i].part; its whole is number i + 1,
 * resolved already): "231 of the 288 hulls", "two of the three crack
 * armies" count what the whole counts, when the whole may lend its noun
 * (see can_lend()); in an endnote only a whole with a lexicon noun of its
 * own, and not after a label ("file 3 of the 12 ..."). */
static int attach_partitive(const char *t, const tally_sentence *s, const tally_number *nums,
                            size_t i, const slot *sl, tally_attach *at)
{
    size_t j = i + 1;
    tok w;
    if (is_word_one(t, &nums[i]) || !can_lend(&nums[j], &at[j], &nums[i]))
        return 0;   /* "one of the": a pronoun */
    size_t q = s->section == TALLY_SECTION_BODY ? parallel_of(t, nums, i, sl, at) : i;
    if (q < i) {   /* "12 hulls of 40,000 tons in 1940 and 15 of 52,000 tons" */
        share_from(&at[q], sl[q].own.head_s, sl[q].own.head_e, &at[i]);
        return 1;
    }
    if (s->section != TALLY_SECTION_BODY &&
        (!((sl[j].src == SRC_OWN && sl[j].own.known) || (sl[j].src == SRC_ELLIPSIS && at[j].keep)) ||
         (prev_tok(t, s->start, nums[i].start, &w) && w.word && !endnote_lead_word(t, &w) &&
          !plural_like(t, &w) && !tok_in(t, &w, MONTH))))
        return 0;   /* not "file 3 of the 12"; "The return lists 9 of the 12 batteries",
                       "On 4 May 31 of the 400 (restated) were ..." */
    if (sl[j].src == SRC_OWN)
        share_from(&at[j], sl[j].own.head_s, sl[j].own.head_e, &at[i]);
    else
        share_from(&at[j], at[j].noun_start, at[j].noun_end, &at[i]);
    return 1;
}

static int plural_subject(const char *t, const tally_sentence *s, const tally_number *x,
                          tally_attach *at);

/* The head noun that the noun k hangs from by "from", "of" or "in" (the
 * determiner and at most two modifiers between): "volunteers from the
 * fishing ports" gives "volunteers".  1 when that head is a plural lexicon
 * noun of people (set in *h, its term in *tm). */
static int people_head_of(const lexcols *L, const char *t, size_t lo, const tok *k, tok *h,
                          term *tm)
{
    static const char *const PREP[] = {"from", "of", "in", NULL};
    tok p;
    size_t pos = k->s;
    for (int n = 0; n < 4 && prev_tok(t, lo, pos, &p) && p.word; n++, pos = p.s) {
        if (!tok_in(t, &p, PREP))
            continue;
        return prev_tok(t, lo, p.s, h) && h->word && plural_like(t, h) &&
               lookup_tok(L, t, h, tm) && !tm->desig && strcmp(tm->cat, "personnel") == 0;
    }
    return 0;
}

/* 1 when the noun k is the subject of the verb that takes "x of them"
 * in the same clause ("The engineers rebuilt 32 of them", "the sorties of
 * the siege used 15,744 of them"): no punctuation or clause word between
 * k and x, and the word right before x a lower-case verb-like word (no stop
 * word, no lexicon noun; L NULL: not looked up).  A pronoun object never
 * stands for its own clause's subject, so the set is named further back. */
static int subject_of_them(const lexcols *L, const char *t, const tok *k,
                           const tally_number *x)
{
    static const char *const CLAUSE[] = {"and", "or", "but", "which", "that", "who", "whom",
                                         "while", "when", "where", "because", "if", "as",
                                         "although", "though", "after", "before", NULL};
    tok v, w;
    term tm;
    if (!prev_tok(t, k->e, x->start, &v) || !v.word || v.s <= k->s || tok_has_digit(t, &v) ||
        t[v.s] < 'a' || t[v.s] > 'z' || is_stop(t, &v) || (L && lookup_tok(L, t, &v, &tm)))
        return 0;
    for (size_t pos = k->e; next_tok(t, pos, x->start, &w); pos = w.e) {
        if (!w.word || tok_in(t, &w, CLAUSE))
            return 0;
    }
    return 1;
}

/* For "24 of them" with no figure to lend a noun: the last plural unit
 * noun before x in its sentence or in the sentence before ("The missile
 * boats could not be built at home. The government agreed to sell 24 of
 * them"), 1 when found (and set in at).  A rate ("110 a night") passes
 * over nouns of time. */
static int noun_back(const tally_lexicon *lex, const char *t, const tally_sentence *s,
                     const tally_number *x, tally_attach *at)
{
    lexcols L;
    lexcols_init(&L, lex);
    int them = of_them(t, s, x);
    int rate = rate_period_at(t, x->end, s->end) >= 0;
    int ord = ordinal_set(t, s, x);
    size_t ranges[2][2] = {{s->start, x->start}, {0, 0}};
    int nr = 1;
    if (prev_sentence(t, s, &ranges[1][0], &ranges[1][1]))
        nr = 2;
    for (int r = 0; r < nr; r++) {
        tok k;
        term tm;
        for (size_t pos = ranges[r][1]; prev_tok(t, ranges[r][0], pos, &k); pos = k.s)
            if (k.word && (plural_like(t, &k) || (k.e - k.s >= 4 && t[k.e - 1] == 's') ||
                           (them && irregular_plural(t, &k))) &&
                lookup_tok(&L, t, &k, &tm) && !tm.desig) {   /* "Trucks lagged" too */
                tok hd;
                if (next_tok(t, k.e, ranges[r][1], &hd) && hd.word && t[hd.s] >= 'a' &&
                    t[hd.s] <= 'z' && hd.e - hd.s >= 4 && plural_like(t, &hd) &&
                    !tok_has_digit(t, &hd) && !is_stop(t, &hd))
                    continue;   /* "the corps workshops returned 144 of them": a
                                   modifier of the head, not what is counted */
                if (them && prev_tok(t, ranges[r][0], k.s, &hd) && tok_is(t, &hd, "as"))
                    continue;   /* "did not count as losses": a role, not a set */
                if (them && r == 0 && subject_of_them(&L, t, &k, x))
                    continue;   /* "The crews repaired 30 of them": not the crews */
                tally_attach probe;
                put_unit(&probe, tm.unit, tm.cat);
                int coll = 0;
                for (size_t c = 0; ord && COLLECTIVE[c]; c++)
                    coll |= strcmp(tm.unit, COLLECTIVE[c]) == 0;
                if (coll)
                    continue;   /* "delivered in batches. The first 18": not batches */
                if ((them && is_measure(&probe)) || (rate && is_duration(&probe)))
                    continue;   /* "paid 2 marks a day ... 60 of them": no marks; "took
                                   eight nights, some 110 a night": no nights */
                tok h;
                term hm;
                if (them && people_head_of(&L, t, ranges[r][0], &k, &h, &hm)) {
                    k = h;   /* "volunteers from the fishing ports. Dozens of them" */
                    tm = hm;
                }
                lend_noun(at, &tm, &k);
                return 1;
            }
        if (r == 0 && them && plural_subject(t, s, x, at))
            return 1;
    }
    return 0;
}

/* For "N of them": a plural noun the lexicon does not know that opens the
 * sentence, after an optional "The", and is followed by a lower-case word
 * ("Drivers were paid ..., and some 60 of them deserted").  1 when set. */
static int plural_subject(const char *t, const tally_sentence *s, const tally_number *x,
                          tally_attach *at)
{
    tok k, v;
    np p;
    if (!next_tok(t, s->start, x->start, &k) || !k.word)
        return 0;
    if (tok_is(t, &k, "the") && !next_tok(t, k.e, x->start, &k))
        return 0;
    size_t n = k.e - k.s;
    if (!k.word || n < 5 || tok_has_digit(t, &k) || is_stop(t, &k) || t[k.e - 1] != 's' ||
        t[k.e - 2] == 's' || t[k.e - 2] == 'u' || t[k.e - 2] == 'i' ||
        !next_tok(t, k.e, x->start, &v) || !v.word || !(t[v.s] >= 'a' && t[v.s] <= 'z'))
        return 0;
    if (v.e - v.s >= 4 && plural_like(t, &v) && !is_stop(t, &v))
        return 0;   /* "The corps workshops returned 144 of them": a modifier */
    if (subject_of_them(NULL, t, &k, x))
        return 0;   /* "The sappers restored 21 of them": not the sappers */
    memset(&p, 0, sizeof p);
    plain_lemma(t, k.s, k.e, &p);
    if (!p.unit[0])
        return 0;
    put_unit(at, p.unit, "other");
    at->noun_start = k.s;
    at->noun_end = k.e;
    at->elliptic = 1;
    return 1;
}

/* How far back money_back() looks for the currency of a document. */
#define MONEY_BACK_MAX 4000

/* 1 when token k is a scale word or a number glued to one ("2.4bn"). */
static int scale_tok(const char *t, const tok *k)
{
    static const char *const GLUED[] = {"bn", "m", "mn", "k", NULL};
    if (tok_in(t, k, SCALE) || tok_is(t, k, "bn") || tok_is(t, k, "mn"))
        return 1;
    if (!tok_has_digit(t, k))
        return 0;
    size_t p = k->e;
    while (p > k->s && ((t[p - 1] | 0x20) >= 'a' && (t[p - 1] | 0x20) <= 'z'))
        p--;
    tok tail = {p, k->e, 1};
    return p < k->e && tok_in(t, &tail, GLUED);
}

/* 1 when the number x opens a quotation: '"' or U+201C right before it
 * ("\"257 million in four years\""). */
static int after_open_quote(const char *t, const tally_sentence *s, const tally_number *x)
{
    size_t p = x->start;
    if (p > s->start && t[p - 1] == '"')
        return 1;
    return p >= s->start + 3 && memcmp(t + p - 3, "\xE2\x80\x9C", 3) == 0;
}

/* Last resort for a bare scaled number of the body that nothing else
 * counts ("had paid 80 million in 1921"): the currency of the nearest
 * scaled sum of money before it in the document, at most MONEY_BACK_MAX
 * bytes back over paragraphs ("53 million gulden"): a money noun of the
 * lexicon right after a scale word or a number.  None when a scaled
 * figure of another unit ("1.5 million tons") or a currency sign ("$19
 * million") comes first: the sum may then be in anything. */
static int money_back(const tally_lexicon *lex, const char *t, const tally_sentence *s,
                      const tally_number *x, tally_attach *at)
{
    lexcols L;
    lexcols_init(&L, lex);
    size_t lo = s->start > MONEY_BACK_MAX ? s->start - MONEY_BACK_MAX : 0;
    tok k, p;
    term tm;
    for (size_t pos = x->start; prev_tok(t, lo, pos, &k); pos = k.s) {
        if (!k.word) {
            unsigned char c = (unsigned char)t[k.s];
            if ((c == '$' || c == 0xC2 || c == 0xE2) && next_tok(t, k.e, x->start, &p) &&
                p.s == k.e && tok_has_digit(t, &p))
                return 0;   /* "$19 million", "£40,000", "€3m" */
            continue;
        }
        if (!prev_tok(t, lo, k.s, &p) || !p.word || !scale_tok(t, &p) ||
            !lookup_tok(&L, t, &k, &tm) || tm.desig)
            continue;
        if (strcmp(tm.cat, "money") != 0)
            return 0;   /* "1.5 million tons" stands nearer */
        lend_noun(at, &tm, &k);
        return 1;
    }
    return 0;
}

/* 1 when a noun of amount (AMOUNT: "output", "production", "imports")
 * governs the number x over link words only: "the output rose to 3.1
 * million" names what the figure measures (tons, or nothing said), so no
 * currency of an earlier sentence may be carried over to it. */
static int amount_governs(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    int links = 0;
    for (size_t pos = x->start; prev_tok(t, s->start, pos, &k); pos = k.s) {
        if (!k.word)
            return 0;
        if (links > 0 && tok_in(t, &k, AMOUNT))
            return 1;
        if (!tok_in(t, &k, LINK) || ++links > MAX_LINK)
            return 0;
    }
    return 0;
}

/* 1 when token k may be a plural count noun, capitalised or not ("Ships
 * sailed", "the fighters"). */
static int plural_ish(const char *t, const tok *k)
{
    return plural_like(t, k) || (k->e - k->s >= 4 && t[k->e - 1] == 's');
}

/* Plurals that do not end in "s": the people a later "of them" may count. */
static const char *const IRREGULAR_PLURAL[] = {"men", "women", "people", "children", NULL};

/* 1 when token k is a lower-case irregular plural ("many of the men left.
 * Then 800 of them ..."). */
static int irregular_plural(const char *t, const tok *k)
{
    return k->word && t[k->s] >= 'a' && t[k->s] <= 'z' && tok_in(t, k, IRREGULAR_PLURAL);
}

/* The subject a sentence opens with ("The fighters paid heavily ...",
 * "Ships sailed in groups of 30 to 40"): at most one determiner, then a
 * noun phrase whose head is a plural unit noun of the lexicon (no
 * designation), before x.  1 when found (its unit set in at). */
static int subject_noun(const lexcols *L, const char *t, const tally_sentence *s,
                        const tally_number *x, tally_attach *at)
{
    tok k, h;
    np p;
    size_t pos = s->start;
    if (!next_tok(t, pos, x->start, &k) || !k.word)
        return 0;
    if (tok_in(t, &k, DET) || tok_is(t, &k, "The"))
        pos = k.e;
    scan_np(L, t, pos, x->start, 1, &p);
    if (!p.known || p.type_name || p.end <= p.start || !next_tok(t, pos, x->start, &k) ||
        k.s != p.start)
        return 0;
    h.s = p.head_s;
    h.e = p.head_e;
    h.word = 1;
    if (!plural_ish(t, &h))
        return 0;
    lend_np(at, &p);
    return 1;
}

/* Verbs of size whose subject is what the number after them counts. */
static const char *const NUMBERED[] = {"numbered", "totalled", "totaled", "numbering",
                                       "totalling", "totaling", NULL};

/* "Guards numbered 450", "the carts, which numbered 2,100": the bare
 * number x right after a verb of size (NUMBERED) counts the noun right
 * before the verb (or before ", which"/", who"): a lexicon noun, or a
 * plural the lexicon lacks (its plain lemma).  1 when found. */
static int numbered_subject(const lexcols *L, const char *t, const tally_sentence *s,
                            const tally_number *x, tally_attach *at)
{
    tok v, k, c;
    term tm;
    np p;
    if (!prev_tok(t, s->start, x->start, &v) || !v.word || !tok_in(t, &v, NUMBERED) ||
        !prev_tok(t, s->start, v.s, &k))
        return 0;
    if ((tok_is(t, &k, "which") || tok_is(t, &k, "who")) &&
        !(prev_tok(t, s->start, k.s, &c) && tok_punct(t, &c, ',') &&
          prev_tok(t, s->start, c.s, &k)))
        return 0;
    if (!k.word)
        return 0;
    if (lookup_tok(L, t, &k, &tm) && !tm.desig) {
        lend_noun(at, &tm, &k);
        return 1;
    }
    if (!unknown_plural(t, &k, &p)) {
        tok d;
        if (prev_tok(t, s->start, k.s, &d) || !plural_ish(t, &k))
            return 0;   /* "Guards numbered 450": a capital opening the sentence */
        memset(&p, 0, sizeof p);
        plain_lemma(t, k.s, k.e, &p);
        if (!p.unit[0])
            return 0;
    }
    return lend_unknown(at, &p, k.s, k.e);
}

/* "Stretchers, by contrast, are plentiful; the medical stores hold more
 * than 1,500": a sentence that opens with a plural lexicon noun (its
 * topic, subject_noun()) and then, after a ';' or ':', a clause of its
 * own with the bare number x: x counts the topic.  1 when found. */
static int topic_subject(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *x, tally_attach *at)
{
    tally_attach tmp = *at;
    if (!memchr(t + s->start, ';', x->start - s->start) &&
        !memchr(t + s->start, ':', x->start - s->start))
        return 0;
    if (!subject_noun(L, t, s, x, &tmp))
        return 0;
    *at = tmp;
    return 1;
}

/* A ledger line: the sentence opens with a plural lexicon noun and the
 * bare number x, the first figure of the sentence, comes right after it
 * or right after a colon that ends the opening ("Greatcoats 96,000, or
 * 25,000 short"; "Stoves issued in the week: 900 to the front").  1 when
 * found (the noun's unit set in at). */
static int ledger_subject(const lexcols *L, const char *t, const tally_sentence *s,
                          const tally_number *x, tally_attach *at)
{
    tok k;
    tally_attach tmp = *at;
    if (!prev_tok(t, s->start, x->start, &k) || !subject_noun(L, t, s, x, &tmp))
        return 0;
    if (!(k.s == tmp.noun_start && k.e == tmp.noun_end) && !tok_punct(t, &k, ':'))
        return 0;
    *at = tmp;
    return 1;
}

/* "a third fighter group of three squadrons joined the other two": a bare
 * number right after "the other" counts the noun an ordinal (ORDINAL)
 * singles out earlier in its sentence, not the figure nearest before it.
 * 1 when found (its unit set in at). */
static int other_ordinal(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *x, tally_attach *at)
{
    tok k, o;
    np p;
    if (!prev_tok(t, s->start, x->start, &k) || !tok_is(t, &k, "other") ||
        !prev_tok(t, s->start, k.s, &o) || !tok_is(t, &o, "the"))
        return 0;
    for (size_t pos = o.s; prev_tok(t, s->start, pos, &k); pos = k.s) {
        if (!k.word || !tok_in(t, &k, ORDINAL))
            continue;
        scan_np(L, t, k.e, o.s, 0, &p);
        if (!p.known || p.type_name)
            return 0;
        lend_np(at, &p);
        return 1;
    }
    return 0;
}

/* 1 when the bare number x is the size of a collective that is no
 * formation ("a convoy of 36": group holds a COLLECTIVE unit). */
/* 1 when the bare number x follows "the" and an ordinal or edge word
 * ("the first 20", "the remaining 600", "The last 12"): a part of a set
 * named before, which counts what that set counts. */
static int ordinal_set(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const ORD_SET[] = {"first", "second", "third", "fourth", "last",
                                          "remaining", "next", "final", NULL};
    tok k;
    return !(x->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY | TALLY_NF_PERCENT)) &&
           prev_tok(t, s->start, x->start, &k) && tok_in(t, &k, ORD_SET) &&
           prev_tok(t, s->start, k.s, &k) && (tok_is(t, &k, "the") || tok_is(t, &k, "The"));
}

static int collective_size(const slot *sl)
{
    for (size_t c = 0; COLLECTIVE[c]; c++)
        if (strcmp(sl->group, COLLECTIVE[c]) == 0)
            return 1;
    return 0;
}

/* "A convoy of 30" with nothing naming what the convoy is made of: the
 * collective itself is counted, its noun the word before "of".  1 when set. */
static int collective_noun(const lexcols *L, const char *t, const tally_sentence *s,
                           const tally_number *x, tally_attach *at)
{
    tok of;
    return prev_tok(t, s->start, x->start, &of) && tok_is(t, &of, "of") &&
           lend_word_before(L, t, s, of.s, at);
}

/* What pass 6 knows of the previous sentence: read at most once. */
typedef struct ellipsis_state {
    int looked, found;   /* read it; it has a last figure */
    int per;             /* the rate period it was read for (-1: none) */
    double value;        /* and the value of the number it was read for */
    tally_number num;    /* that figure */
    tally_attach at;     /* and its context */
} ellipsis_state;

/* Pass 6 for the bare figure i: in an endnote endnote_ellipsis(); in the
 * body attach_ellipsis(), reading the previous sentence first (once, into
 * es) when no figure stands before i.  Sets its source and keep. */
/* A definite set with no figure to lend ("the first of these divisions
 * ... all six within four months"; "each monitor needed 210 tons, 1,160
 * tons for the six"): the nearest lexicon noun before it in the sentence,
 * outside the figures' mentions, that counts things (not a measure) and is
 * plural or follows "each"/"every"/"these"/"those". */
static int set_noun(const lexcols *L, const char *t, const tally_sentence *s,
                    const tally_number *nums, size_t i, const tally_attach *out,
                    tally_attach *at)
{
    static const char *const SET_DET[] = {"each", "every", "these", "those", NULL};
    tok k, d;
    term tm;
    for (size_t pos = nums[i].start; prev_tok(t, s->start, pos, &k); pos = k.s) {
        int inside = 0;
        for (size_t j = 0; j < i && !inside; j++)
            inside = k.s >= out[j].mention_start && k.e <= out[j].mention_end;
        if (inside || !k.word || !lookup_tok(L, t, &k, &tm) || tm.desig)
            continue;
        if (!plural_like(t, &k) &&
            !(prev_tok(t, s->start, k.s, &d) && tok_in(t, &d, SET_DET)))
            continue;
        if (lend_count(&tm, &k, at))
            return 1;
    }
    return 0;
}

/* 1 when the bare number x is an exchange rate: "to the dollar" follows it,
 * or "to 15 to the dollar" (the first of a devaluation's pair); *quote is
 * then the token of the currency it is quoted against. */
static int rate_against(const lexcols *L, const char *t, const tally_sentence *s,
                        const tally_number *x, tok *quote)
{
    tok a, b;
    term tm;
    size_t pos = x->end;
    for (int hop = 0; hop < 2; hop++) {
        if (!next_tok(t, pos, s->end, &a) || !tok_is(t, &a, "to") ||
            !next_tok(t, a.e, s->end, &b))
            return 0;
        if (tok_is(t, &b, "the") || tok_is(t, &b, "one") || tok_is(t, &b, "a")) {
            return next_tok(t, b.e, s->end, quote) && quote->word &&
                   lookup_tok(L, t, quote, &tm) &&
                   (strcmp(tm.cat, "money") == 0 || strcmp(tm.unit, "pound") == 0);
        }
        if (hop || !tok_has_digit(t, &b))
            return 0;
        pos = b.e;   /* "from 12 to 15 to the dollar" */
    }
    return 0;
}

/* 1 when the bare number nums[i] repeats the rate before it after the same
 * "at" ("it stood at 14 to the pound in 1936 and at 17.5 in 1938"): the
 * figure before is a rate, and both follow "at"; *quote as rate_against(). */
static int rate_again(const lexcols *L, const char *t, const tally_sentence *s,
                      const tally_number *nums, size_t i, tok *quote)
{
    tok a, b;
    if (i == 0 || nums[i - 1].kind != TALLY_NK_FIGURE ||
        (nums[i - 1].flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT | TALLY_NF_SCALED)) ||
        !prev_tok(t, s->start, nums[i].start, &a) || !tok_is(t, &a, "at") ||
        !prev_tok(t, s->start, nums[i - 1].start, &b) || !tok_is(t, &b, "at") ||
        !prev_tok(t, s->start, a.s, &a) || !tok_is(t, &a, "and"))
        return 0;
    return rate_against(L, t, s, &nums[i - 1], quote);
}

/* The currency an exchange rate prices: the nearest money noun of the
 * lexicon before x in its sentence or the one before ("The crown fell. It
 * went from 3.8 to the dollar"), other than the one quoted against. */
static int rate_currency(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *x, const tok *quote, tally_attach *at)
{
    size_t ps, pe, lo = s->start;
    if (prev_sentence(t, s, &ps, &pe))
        lo = ps;
    tok k;
    term tm, qt;
    if (!lookup_tok(L, t, quote, &qt))
        return 0;
    if (strcmp(qt.unit, "pound") == 0)
        qt.unit = "GBP";   /* "to the pound": sterling */
    for (size_t pos = x->start; prev_tok(t, lo, pos, &k); pos = k.s) {
        if (!k.word || !lookup_tok(L, t, &k, &tm) || tm.desig || strcmp(tm.cat, "money") != 0 ||
            strcmp(tm.unit, qt.unit) == 0)
            continue;
        lend_noun(at, &tm, &k);
        return 1;
    }
    return 0;
}

/* An exchange rate with nothing else to count: "the florin was devalued
 * from 12 to 15 to the dollar", "it fell from 3.8 to the dollar in 1940 to
 * 5.2 in 1941" (the "to" figure of a "from" rate) counts florins, crowns.
 * 1 when set. */
static int exchange_rate(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *nums, size_t i, tally_attach *at)
{
    tok q, k;
    const tally_number *x = &nums[i];
    if (x->flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT | TALLY_NF_SCALED))
        return 0;
    if (rate_against(L, t, s, x, &q))
        return rate_currency(L, t, s, x, &q, at);
    if (rate_again(L, t, s, nums, i, &q))
        return rate_currency(L, t, s, x, &q, at);
    if (i == 0 || !prev_tok(t, s->start, x->start, &k) || !tok_is(t, &k, "to") ||
        !prev_tok(t, s->start, nums[i - 1].start, &k) || !tok_is(t, &k, "from") ||
        !rate_against(L, t, s, &nums[i - 1], &q))
        return 0;
    return rate_currency(L, t, s, x, &q, at);
}

/* A definite set whose sentence names no set and holds only measures
 * before it ("five refineries made ... . They turned out 90,000 tons a
 * month, and the two largest ..."): the counted figure of the sentence
 * before lends its noun.  Sets sl->src when found. */
static tally_status set_before(const char *t, const tally_sentence *s, const tally_lexicon *lex,
                               const tally_number *x, tally_attach *at, slot *sl,
                               tally_error *err)
{
    tally_number pn;
    tally_attach pa;
    int found = 0;
    tally_status st = prev_figure(t, s, lex, x, -1, &pn, &pa, &found, err);
    if (st || !found || is_measure(&pa) || is_share(&pn, &pa))
        return st;
    share_from(&pa, pa.noun_start, pa.noun_end, at);
    sl->src = SRC_PREVIOUS;
    return TALLY_OK;
}

/* Words right after "the N" that open its clause, so that N stands alone
 * for a set named before: a relative pronoun or an auxiliary ("the 18
 * that drain best", "the 18 will cost"); past tenses count too (see
 * the_n_clause()). */
static const char *const THE_N_NEXT[] = {
    "that", "which", "who", "whom", "will", "would", "were", "are", "was", "is", "have",
    "had", "has", "can", "could", "must", "may", "might", "should", "shall", "did", "do",
    "does", "need", "needed", "require", "required", "cost", "costs", NULL};

/* 1 when the bare number x is an elliptical set "the N" opening a clause:
 * "the" (or "The") right before it, no scale, currency or percent, and a
 * word of THE_N_NEXT or a past tense right after it ("the 150 projected");
 * not "the 18 of May", a date, nor "the 18th", an ordinal (no figure). */
static int the_n_clause(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    if ((x->flags & (TALLY_NF_SCALED | TALLY_NF_CURRENCY | TALLY_NF_PERCENT)) ||
        !prev_tok(t, s->start, x->start, &k) || !(tok_is(t, &k, "the") || tok_is(t, &k, "The")) ||
        !next_tok(t, x->end, s->end, &k) || !k.word || k.s == x->end)
        return 0;
    return tok_in(t, &k, THE_N_NEXT) || tok_in(t, &k, PAST) || past_ed(t, &k);
}

/* 1 when the bare number x is "the N" with a participle after it, no
 * clause, set against the figure before it by "in place of", "in addition
 * to", "instead of", "besides" or "than" ("50 tons in place of the 45
 * calculated", "40 barrels besides the 60 promised"): N counts what that
 * figure measured, tons or barrels as well as things ("6,600 tons, and the
 * twelve bought in 1931" counts no tons). */
static int the_n_part(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const SET_BY[] = {"place", "addition", "instead", "top", NULL};
    static const char *const SET_WORD[] = {"besides", "than", NULL};
    tok k, th, p, q;
    if (!the_n_clause(t, s, x) || !next_tok(t, x->end, s->end, &k) ||
        tok_in(t, &k, THE_N_NEXT) || !prev_tok(t, s->start, x->start, &th) ||
        !prev_tok(t, s->start, th.s, &p))
        return 0;
    if (tok_in(t, &p, SET_WORD))
        return 1;
    return (tok_is(t, &p, "of") || tok_is(t, &p, "to")) && prev_tok(t, s->start, p.s, &q) &&
           tok_in(t, &q, SET_BY);
}

/* The noun of the elliptical set "the N" (see the_n_clause()): the
 * nearest counted figure before it in its sentence (within SCAN_BACK
 * bytes; measures and shares count no set: "31 sites 10 to 35 km behind
 * the line ... the 18 that drain best", save a mass before a participle:
 * "40 barrels besides the 60 promised"), else the last figure of the same
 * value within SAME_BACK sentences before ("18 airfields ... the 18 will
 * cost").  Sets sl->src and the unit in at when found. */
static tally_status the_n_set(const char *t, const tally_sentence *s, const tally_lexicon *lex,
                              const tally_number *nums, size_t i, const tally_attach *out,
                              tally_attach *at, slot *sl, tally_error *err)
{
    const tally_number *x = &nums[i];
    int part = the_n_part(t, s, x);   /* "the 60 promised": a mass lends too */
    for (size_t j = i; j-- > 0 && nums[j].start + SCAN_BACK >= x->start;)
        if (can_lend(&nums[j], &out[j], x) &&
            (!is_measure(&out[j]) || (part && is_mass(&out[j])))) {
            share_from(&out[j], out[j].noun_start, out[j].noun_end, at);
            sl->src = SRC_PREVIOUS;
            return TALLY_OK;
        }
    tally_sentence ps = *s;
    tally_number pn;
    tally_attach pa;
    size_t qs, qe;
    int same = 0;
    tally_status st = TALLY_OK;
    ps.sent = 1;
    for (int hop = 0; !st && !same && hop < SAME_BACK && prev_sentence(t, &ps, &qs, &qe); hop++) {
        ps.start = qs;
        ps.end = qe;
        st = same_value_figure(t, &ps, lex, x, &pn, &pa, &same, err);
    }
    if (!st && same && !is_measure(&pa)) {
        share_from(&pa, pa.noun_start, pa.noun_end, at);
        sl->src = SRC_PREVIOUS;
    }
    return st;
}

/* Where the clause of the bare number x opens with "Of": the sentence's
 * start, or a capitalised "Of" a few words before x inside it (an endnote
 * is one sentence: "Report no. 4. Of the cruisers, four ..."). */
static size_t of_opening_start(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    size_t pos = x->start;
    for (int w = 0; w < 6 && prev_tok(t, s->start, pos, &k); w++, pos = k.s)
        if (k.word && t[k.s] == 'O' && tok_is(t, &k, "Of"))
            return k.s;
    return s->start;
}

/* "Of the brigades, 50 worked on roads": a bare number right after the
 * comma of an opening "Of the" + plural lexicon noun (at open, see
 * of_opening_start()) is a part of that whole and counts its noun.  1 when
 * found (its unit set in at). */
/* At most this many words between the noun of an opening "Of the ..." and
 * its comma. */
#define OF_OPENING_GAP 10

/* At most this many bytes back from a note's marker to the start of the
 * sentence that cites it. */
#define CITE_SPAN 600

static int of_the_opening(const lexcols *L, const char *t, const tally_number *x, size_t open,
                          tally_attach *at)
{
    tok k, h;
    np p;
    if (!next_tok(t, open, x->start, &k) || !tok_is(t, &k, "Of") ||
        !next_tok(t, k.e, x->start, &k) || !(tok_is(t, &k, "the") || tok_is(t, &k, "these")))
        return 0;
    scan_np(L, t, k.e, x->start, 1, &p);
    h.s = p.head_s;
    h.e = p.head_e;
    h.word = 1;
    if ((!p.known && !(p.unit[0] && t[h.s] >= 'a' && t[h.s] <= 'z')) || p.type_name ||
        p.end <= p.start || !plural_ish(t, &h))
        return 0;   /* a lexicon noun, or a lower-case plural it lacks ("Of the drivers,") */
    size_t pos = p.end;   /* "Of the prisoners still held in May, 7,400 ...": words
                             after the noun up to the clause's first comma qualify it */
    for (int w = 0;; w++, pos = k.e)
        if (w > OF_OPENING_GAP || !next_tok(t, pos, x->start, &k) || tok_punct(t, &k, ';') ||
            tok_punct(t, &k, ':') || tok_punct(t, &k, ','))
            break;
    if (!next_tok(t, pos, x->start, &k) || !tok_punct(t, &k, ',') ||
        next_tok(t, k.e, x->start, &k))
        return 0;   /* the number comes right after the comma */
    lend_np(at, &p);
    return 1;
}

/* 1 when the number i follows "YEAR," in a list after a colon ("Ships
 * lost by year: 1939, 6; 1940, 27" in a note): an entry of a table by
 * year, counting the noun the sentence opens with. */
static int year_entry(const char *t, const tally_sentence *s, const tally_number *nums, size_t i)
{
    tok k;
    if (i == 0 || nums[i - 1].kind != TALLY_NK_YEAR || !next_tok(t, nums[i - 1].end, nums[i].start, &k) ||
        !tok_punct(t, &k, ',') || next_tok(t, k.e, nums[i].start, &k))
        return 0;
    for (size_t a = s->start; next_tok(t, a, nums[i - 1].start, &k); a = k.e)
        if (tok_punct(t, &k, ':'))
            return 1;
    return 0;
}

/* 1 when the number x of a note opens a total line ("Total, 87." after
 * "Ships lost by year: 1939, 6; ..."): it counts the noun the note's line
 * opens with, after its marker ("[2]", "2.").  1 when set (in at). */
static int note_total(const lexcols *L, const char *t, const tally_sentence *s,
                      const tally_number *x, tally_attach *at)
{
    tok k;
    if (!next_tok(t, s->start, x->start, &k) || !(tok_is(t, &k, "Total") || tok_is(t, &k, "Totals")) ||
        !next_tok(t, k.e, x->start, &k) || !(tok_punct(t, &k, ',') || tok_punct(t, &k, ':')) ||
        next_tok(t, k.e, x->start, &k))
        return 0;
    size_t ls = s->start, lo = s->start > 600 ? s->start - 600 : 0;
    while (ls > lo && t[ls - 1] != '\n')
        ls--;
    if (ls == s->start || (ls == lo && lo > 0))
        return 0;
    size_t q = ls;
    while (q < s->start && (t[q] == '[' || t[q] == ']' || t[q] == '.' || t[q] == ' ' ||
                            (t[q] >= '0' && t[q] <= '9')))
        q++;   /* past the note's marker */
    tally_sentence ps = *s;
    ps.start = q;
    return q < s->start && subject_noun(L, t, &ps, x, at);
}

/* "The 264 of 1942 came out at 58 ..." in a note: a number after "the"
 * restates a figure of the text before the note, written the same way and
 * followed by a plural lexicon noun ("264 pilots"); x takes that noun.  1
 * when found (its unit set in at). */
static int note_restates(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *x, tally_attach *at)
{
    tok k, h;
    size_t w = x->end - x->start;
    if ((x->flags & TALLY_NF_WORDS) || w < 2 || !prev_tok(t, s->start, x->start, &k) ||
        !(tok_is(t, &k, "The") || tok_is(t, &k, "the")))
        return 0;
    for (size_t p = 0; p + w < s->start; p++) {
        if (t[p] != t[x->start] || memcmp(t + p, t + x->start, w) != 0 ||
            (p > 0 && ((t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == ',' || t[p - 1] == '.')) ||
            (t[p + w] >= '0' && t[p + w] <= '9'))
            continue;
        size_t lim = p + w + 60 < s->start ? p + w + 60 : s->start;
        np q;
        if (!next_tok(t, p + w, lim, &k) || k.s != p + w + 1 || !k.word)
            continue;
        scan_np(L, t, k.s, lim, 1, &q);
        h.s = q.head_s;
        h.e = q.head_e;
        h.word = 1;
        if (q.known && !q.type_name && q.end > q.start && q.start == k.s && plural_ish(t, &h)) {
            lend_np(at, &q);   /* "264 fighter pilots": pilots */
            return 1;
        }
    }
    return 0;
}

/* The name of the class in "of the <Name> class" right after x: 1 to 3
 * capitalised words, their span in [*ns, *ne).  1 when found. */
static int class_after(const char *t, const tally_sentence *s, const tally_number *x,
                       size_t *ns, size_t *ne)
{
    tok k;
    if (!next_tok(t, x->end, s->end, &k) || !tok_is(t, &k, "of") ||
        !next_tok(t, k.e, s->end, &k) || !tok_is(t, &k, "the"))
        return 0;
    *ns = *ne = k.e;
    for (int w = 0; w < 4 && next_tok(t, *ne, s->end, &k) && k.word; w++) {
        if (tok_is(t, &k, "class"))
            return w > 0;
        if (t[k.s] < 'A' || t[k.s] > 'Z')
            return 0;
        if (w == 0)
            *ns = k.s;
        *ne = k.e;
    }
    return 0;
}

/* "Two of the Selden class": a number whose whole is a named class of
 * ships or machines counts the plural lexicon noun the text put before the
 * class's name earlier ("eight minesweepers of the Selden class").  1
 * when set (in at). */
static int class_noun(const lexcols *L, const char *t, const tally_sentence *s,
                      const tally_number *x, tally_attach *at)
{
    size_t ns, ne;
    if (!class_after(t, s, x, &ns, &ne))
        return 0;
    size_t w = ne - ns;
    for (size_t p = 0; p + w < s->start; p++) {
        tok a, b, c;
        term tm;
        if (t[p] != t[ns] || memcmp(t + p, t + ns, w) != 0 ||
            !prev_tok(t, 0, p, &a) || !tok_is(t, &a, "the") || !prev_tok(t, 0, a.s, &b) ||
            !tok_is(t, &b, "of") || !prev_tok(t, 0, b.s, &c) || !plural_ish(t, &c) ||
            !lookup_tok(L, t, &c, &tm) || tm.desig || !next_tok(t, p + w, s->start, &a) ||
            !tok_is(t, &a, "class"))
            continue;
        put_unit(at, tm.unit, tm.cat);   /* "minesweepers of the Selden class" */
        at->noun_start = c.s;
        at->noun_end = c.e;
        at->elliptic = 1;
        return 1;
    }
    return 0;
}

/* Words by which a note speaks of a figure of the body ("The May figure
 * breaks down as ..."). */
static const char *const FIGURE_WORD[] = {"figure", "figures", "total", "totals", NULL};

/* Where the body cites endnote number: the start of its first "[N]" or
 * "[^N]" (not a "[^N]:" definition) before lim, or lim when none. */
static size_t note_cite(const char *t, size_t lim, int number)
{
    char m[16];
    int len = snprintf(m, sizeof m, "%d]", number);
    if (len <= 0 || (size_t)len >= sizeof m)
        return lim;
    for (const char *p = t; (p = memchr(p, '[', lim - (size_t)(p - t))) != NULL; p++) {
        const char *q = p + 1 + (p + 1 < t + lim && p[1] == '^');
        if (q + len <= t + lim && memcmp(q, m, (size_t)len) == 0 &&
            !(q + len < t + lim && q[len] == ':'))
            return (size_t)(p - t);
    }
    return lim;
}

/* The first figure with a lexicon noun right after it in
 * t[a..b): its noun phrase in *q.  1 when found. */
static int first_counted(const lexcols *L, const char *t, size_t a, size_t b, np *q)
{
    tok k;
    for (size_t p = a; p < b; p++) {
        if (t[p] < '0' || t[p] > '9' || (p > a && t[p - 1] != ' '))
            continue;
        size_t e = p;
        while (e < b && ((t[e] >= '0' && t[e] <= '9') ||
                         ((t[e] == ',' || t[e] == '.') && e + 1 < b && t[e + 1] >= '0' &&
                          t[e + 1] <= '9')))
            e++;
        if (e >= b || t[e] != ' ' || !next_tok(t, e, b, &k) || !k.word)
            continue;
        scan_np(L, t, k.s, b, 1, q);
        if (q->known && !q->type_name && q->end > q->start && q->start == k.s)
            return 1;   /* "18,900 wounded" */
        p = e;
    }
    return 0;
}

/* "The May figure breaks down as 11,200 carried on the northern line, ..."
 * in note N: a bare number a few words after a word for a figure, with no
 * number between, breaks down a figure of the body sentence that cites
 * the note ("carried 24,600 wounded in May.[4]") and counts its noun: the
 * first plural lexicon noun after a figure of that sentence.  1 when set
 * (in at). */
static int cited_noun(const lexcols *L, const char *t, const tally_sentence *s,
                      const tally_number *x, tally_attach *at)
{
    tok k;
    size_t pos = x->start;
    int cue = 0;
    if (s->endnote <= 0 || (x->flags & TALLY_NF_WORDS))
        return 0;
    for (int w = 0; w < 6 && !cue && prev_tok(t, s->start, pos, &k) && k.word &&
                    !tok_has_digit(t, &k); w++, pos = k.s)
        cue = tok_in(t, &k, FIGURE_WORD);
    size_t m = cue ? note_cite(t, s->start, s->endnote) : s->start;
    if (m >= s->start)
        return 0;
    size_t a = m;   /* back to the start of the citing sentence */
    while (a > 0 && m - a < CITE_SPAN && t[a - 1] != '\n' &&
           !(t[a - 1] == ' ' && a >= 2 && t[a - 2] == '.'))
        a--;
    np q;
    if (!first_counted(L, t, a, m, &q))
        return 0;
    lend_np(at, &q);
    return 1;
}

/* 1 when the number x follows "were" right after the sentence's opening
 * noun ("Deaths were 212 in May, ..." in a note): the subject it counts. */
static int opening_be(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k, w;
    if (!prev_tok(t, s->start, x->start, &k) || !tok_is(t, &k, "were") ||
        !prev_tok(t, s->start, k.s, &w) || !w.word)
        return 0;
    return !prev_tok(t, s->start, w.s, &k) || tok_in(t, &k, DET) || tok_is(t, &k, "The");
}

/* Lend the lexicon noun k (term tm) to at when it counts things, not a
 * measure ("tons", "miles"): the last step of the look-backs that take
 * the nearest plural noun of their sentence.  1 when lent. */
static int lend_count(const term *tm, const tok *k, tally_attach *at)
{
    tally_attach probe;
    put_unit(&probe, tm->unit, tm->cat);
    if (is_measure(&probe))
        return 0;
    lend_noun(at, tm, k);
    return 1;
}

/* "N to a X" ("64 to a group", "some 1,700 to a sailing"): a bare number
 * followed by "to a/an/each" and a lexicon noun is a rate per X, so it
 * counts not X but the nearest plural lexicon noun of another unit before
 * it in its sentence ("flew Lancasters, 64 to a group": aircraft).  With
 * again, only when at already counts X (a sibling's noun).  1 when set. */
static int rate_item(const lexcols *L, const char *t, const tally_sentence *s,
                     const tally_number *x, int again, tally_attach *at)
{
    tok a, k;
    term per = {"", "", 0, 0}, tm;
    if (x->flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT) ||
        !next_tok(t, x->end, s->end, &a) || !tok_is(t, &a, "to") ||
        !next_tok(t, a.e, s->end, &a) ||
        !(tok_is(t, &a, "a") || tok_is(t, &a, "an") || tok_is(t, &a, "each")) ||
        !next_tok(t, a.e, s->end, &a) || !a.word || !(t[a.s] >= 'a' && t[a.s] <= 'z') ||
        (next_tok(t, a.e, s->end, &k) && k.word) ||
        (lookup_tok(L, t, &a, &per) && strcmp(per.cat, "money") == 0))
        return 0;   /* the noun ends the clause: not "to a mere 200" nor "to the pound" */
    if (!per.unit || !lookup_tok(L, t, &a, &per))
        per.unit = "";   /* a noun the lexicon does not know: "to a sailing" */
    size_t n = a.e - a.s;
    if (again && strcmp(at->unit, per.unit) != 0 &&
        !(at->noun_end >= at->noun_start + n && strncasecmp(t + at->noun_start, t + a.s, n) == 0 &&
          strncasecmp(at->unit, t + a.s, n) == 0))
        return 0;   /* again: only a figure that was given the X itself */
    for (size_t pos = x->start; prev_tok(t, s->start, pos, &k); pos = k.s) {
        if (!k.word || !(plural_like(t, &k) || (k.e - k.s >= 4 && t[k.e - 1] == 's')) ||
            (k.e - k.s <= n + 2 && strncasecmp(t + k.s, t + a.s, n) == 0) ||
            !lookup_tok(L, t, &k, &tm) || tm.desig || strcmp(tm.unit, per.unit) == 0)
            continue;   /* not the X itself: "in 26 sailings, 1,700 to a sailing" */
        if (lend_count(&tm, &k, at))
            return 1;
    }
    return 0;
}

/* "The army had no transit camps at first. By May it had five": a bare
 * number opening no figure of its own sentence counts the plural lexicon
 * noun after "no" (two words between at most) in the sentence before,
 * when no figure of that sentence stands after it (a zero count is the
 * nearest quantity).  prev_end: the end of the figure pass 6 found in
 * the sentence before, 0 for none.  1 when found (the noun lent to at). */
static int no_noun_before(const lexcols *L, const char *t, const tally_sentence *s,
                          size_t prev_end, tally_attach *at)
{
    size_t a, b;
    tok k, n, best = {0, 0, 0};
    term tm, bt;
    if (!prev_sentence(t, s, &a, &b))
        return 0;
    for (; next_tok(t, a, b, &k); a = k.e) {
        if (tok_has_digit(t, &k) && best.e > 0 && !(k.e - k.s == 4 && t[k.s] >= '1' && t[k.s] <= '2'))
            return 0;   /* a figure after "no camps", not a year: it is nearer */
        if (!(tok_is(t, &k, "no") || tok_is(t, &k, "No")) || k.s < prev_end)
            continue;
        size_t q = k.e;
        for (int w = 0; w < 3 && next_tok(t, q, b, &n) && n.word; w++, q = n.e)
            if (plural_ish(t, &n) && lookup_tok(L, t, &n, &tm) && !tm.desig) {
                best = n;
                bt = tm;
                break;
            }
    }
    if (best.e == 0)
        return 0;
    lend_noun(at, &bt, &best);
    return 1;
}

/* Earlier spellings of a note's "the N" tried, the last first. */
#define RESTATE_TRIES 3

/* The end of the sentence holding offset p: the next ".", "!" or "?"
 * followed by white space and a capital or a digit, or a blank line; at
 * most PREV_MAX bytes on and never past lim. */
static size_t sentence_end_at(const char *t, size_t p, size_t lim)
{
    size_t hi = p + PREV_MAX < lim ? p + PREV_MAX : lim;
    for (size_t q = p; q + 2 < hi; q++) {
        if (t[q] == '\n' && t[q + 1] == '\n')
            return q;
        if ((t[q] == '.' || t[q] == '!' || t[q] == '?') && (t[q + 1] == ' ' || t[q + 1] == '\n') &&
            ((t[q + 2] >= 'A' && t[q + 2] <= 'Z') || (t[q + 2] >= '0' && t[q + 2] <= '9')))
            return q + 1;
    }
    return hi;
}

/* In an endnote, "the N" (digits, after "the") that restates a figure of
 * the text before the note written the same way: "The 316 lost took ..."
 * after "the groups lost 316 aircraft", "Of the 210 that turned back"
 * after "2,650 aircraft bombed, and 210 turned back".  The sentence of
 * each earlier spelling (the last RESTATE_TRIES) is read as body text and
 * the figure of the same value there, when kept with a noun that may lend,
 * gives x its noun (*found set); not one whose unit a governing subject
 * of amount gave ("the workforce stood at 4,600"). */
static tally_status note_restated_figure(const char *t, const tally_sentence *s,
                                         const tally_number *x, const tally_lexicon *lex,
                                         tally_attach *at, int *found, tally_error *err)
{
    tok k;
    size_t w = x->end - x->start;
    *found = 0;
    if ((x->flags & TALLY_NF_WORDS) || w < 2 || !prev_tok(t, s->start, x->start, &k) ||
        !(tok_is(t, &k, "The") || tok_is(t, &k, "the")) || !ellipsis_follow(t, s, x))
        return TALLY_OK;
    tally_status st = TALLY_OK;
    int tries = 0;
    for (size_t p = s->start; !st && !*found && tries < RESTATE_TRIES && p-- > 0;) {
        if (t[p] != t[x->start] || p + w >= s->start || memcmp(t + p, t + x->start, w) != 0 ||
            (p > 0 && ((t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == ',' ||
                       t[p - 1] == '.')) ||
            (t[p + w] >= '0' && t[p + w] <= '9') || (t[p + w] == ',' && t[p + w + 1] >= '0' &&
                                                      t[p + w + 1] <= '9'))
            continue;
        tries++;
        tally_sentence ps = *s, probe = *s;
        probe.start = p + w;
        if (!prev_sentence(t, &probe, &ps.start, &ps.end))
            ps.start = 0;
        ps.end = sentence_end_at(t, p, s->start);
        ps.section = TALLY_SECTION_BODY;
        ps.sent = 1;   /* no look-back from there */
        tally_number num;
        st = same_value_figure(t, &ps, lex, x, &num, at, found, err);
        if (!st && *found && (!at->unit[0] || (at->rule && strcmp(at->rule, "governor") == 0)))
            *found = 0;   /* "its workforce stood at 4,600": a level read off a
                             subject of amount, too weak to name a note's set */
    }
    return st;
}

/* 1 when the bare number x is the subject of a clause: it opens the
 * sentence or follows a comma, and a modal or "were"/"are" follows it
 * ("Had the depots stood every 20 km, 15 would have been needed"): it
 * counts a plural noun said before it (see first_plural()). */
static int clause_subject(const char *t, const tally_sentence *s, const tally_number *x)
{
    static const char *const AUX_AFTER[] = {"would", "could", "might", "should", "will",
                                            "were", "are", NULL};
    tok k;
    if (prev_tok(t, s->start, x->start, &k) && !tok_punct(t, &k, ','))
        return 0;
    return next_tok(t, x->end, s->end, &k) && tok_in(t, &k, AUX_AFTER);
}

/* The first plural lexicon noun of the sentence before the bare number
 * x that counts things, not a measure: the topic a later "15 would have
 * been needed" counts ("Had the depots stood every 20 km, as the
 * engineers asked, 15 would ..." counts depots, not engineers).  1 when
 * set in at. */
static int first_plural(const lexcols *L, const char *t, const tally_sentence *s,
                        const tally_number *x, tally_attach *at)
{
    tok k;
    term tm;
    for (size_t pos = s->start; next_tok(t, pos, x->start, &k); pos = k.e) {
        if (k.word && plural_like(t, &k) && lookup_tok(L, t, &k, &tm) && !tm.desig &&
            lend_count(&tm, &k, at))
            return 1;
    }
    return 0;
}

/* "set up a post office with each division, and three more at army
 * headquarters": a bare "N more" counts the thing the sentence introduced
 * before it with "a"/"an" (the nearest, at most MORE_BACK tokens back),
 * when the lexicon knows that noun and it is no measure.  1 when lent. */
#define MORE_BACK 40

static int more_of_a(const lexcols *L, const char *t, const tally_sentence *s,
                     const tally_number *x, tally_attach *at)
{
    tok k;
    np p, q;
    if (!next_tok(t, x->end, s->end, &k) || !tok_is(t, &k, "more"))
        return 0;
    scan_np(L, t, k.e, s->end, 1, &q);
    if (q.known)
        return 0;   /* "three more lorries": a noun of its own */
    size_t pos = x->start;
    for (int n = 0; n < MORE_BACK && prev_tok(t, s->start, pos, &k); n++, pos = k.s) {
        if (!(tok_is(t, &k, "a") || tok_is(t, &k, "an")))
            continue;
        scan_np(L, t, k.e, x->start, 0, &p);
        if (!p.known || p.type_name)
            return 0;
        tally_attach probe;
        put_unit(&probe, p.unit, p.cat);
        if (is_measure(&probe) || is_period(&probe))
            return 0;
        lend_np(at, &p);
        return 1;
    }
    return 0;
}

/* "The surface shelters, which the engineers had rated against blast,
 * lost none of their occupants, although two of them were damaged": "N
 * of them" opening a clause after a comma and a conjunction is a part of
 * the sentence's subject, the plural lexicon noun among its first
 * SUBJECT_WORDS words (not a noun said between, nor the sentence
 * before).  1 when lent to at. */
#define SUBJECT_WORDS 4

static int them_subject(const lexcols *L, const char *t, const tally_sentence *s,
                        const tally_number *x, tally_attach *at)
{
    static const char *const CONJ[] = {"although", "though", "while", "whereas", "but",
                                       "and", NULL};
    tok c, k;
    term tm;
    if (!of_them(t, s, x) || !prev_tok(t, s->start, x->start, &c) || !tok_in(t, &c, CONJ) ||
        !prev_tok(t, s->start, c.s, &k) || !tok_punct(t, &k, ','))
        return 0;
    size_t pos = s->start;
    for (int w = 0; w < SUBJECT_WORDS && next_tok(t, pos, c.s, &k) && k.word; w++, pos = k.e)
        if (plural_like(t, &k) && lookup_tok(L, t, &k, &tm) && !tm.desig)
            return lend_count(&tm, &k, at);
    return 0;
}

/* 1 when a figure before nums[i] in its sentence has a noun of its own:
 * "wrote off 32 trainers, one for every 3,000 hours" is a rate of those,
 * no norm of the sentence's subject. */
static int owned_before(const tally_number *nums, size_t i, const slot *sl)
{
    for (size_t j = 0; j < i; j++)
        if (nums[j].kind == TALLY_NK_FIGURE && sl[j].src == SRC_OWN)
            return 1;
    return 0;
}

/* Most words between a list's last bare figure and the counted figure
 * that closes it (", a weekly output of 2,600 boats"). */
#define CLOSING_GAP 6

/* "Three yards built them. The first turned out 1,200 a month, the second
 * 900 and a third 500, a monthly output of 2,600 boats": the bare figures
 * from i on are a list that a counted figure closes in the same sentence,
 * after a comma and at most CLOSING_GAP words opening with a word of
 * OPEN, none a conjunction ("six of them, not four, and a bunkering of
 * 1,200 tons" is no total); that figure names what they count before any
 * figure of the sentence before does.  The index of that
 * figure, or n when there is none (at least two bare figures needed, none
 * with a noun of its own, and no share, money or time closing them). */
static size_t closing_total(const char *t, const tally_number *nums, size_t n, size_t i,
                            const slot *sl, const tally_attach *at)
{
    size_t k = i + 1, bare = 1;
    for (; k < n && nums[k].kind == TALLY_NK_FIGURE && sl[k].src != SRC_OWN; k++)
        bare++;
    if (k >= n || bare < 2 || nums[k].kind != TALLY_NK_FIGURE || !at[k].unit[0] ||
        is_share(&nums[k], &at[k]) || is_duration(&at[k]) ||
        strcmp(at[k].category, "money") == 0 || (nums[k].flags & TALLY_NF_CURRENCY))
        return n;
    tok c;
    size_t a = at[k - 1].mention_end > nums[k - 1].end ? at[k - 1].mention_end : nums[k - 1].end;
    if (!next_tok(t, a, nums[k].start, &c) || !tok_punct(t, &c, ','))
        return n;
    static const char *const OPEN[] = {"a", "an", "the", "in", "for", "together",
                                       "altogether", "making", "some", NULL};
    static const char *const CONJ[] = {"and", "or", "but", NULL};
    int words = 0;
    for (a = c.e; next_tok(t, a, nums[k].start, &c); a = c.e)
        if (!c.word || tok_has_digit(t, &c) || tok_in(t, &c, CONJ) ||
            (words == 0 && !tok_in(t, &c, OPEN)) || ++words > CLOSING_GAP)
            return n;
    return k;
}

static tally_status resolve_ellipsis(const char *text, const tally_sentence *s,
                                     const tally_number *nums, size_t n, size_t i,
                                     const tally_lexicon *lex, slot *sl, ellipsis_state *es,
                                     tally_attach *out, tally_error *err)
{
    tally_status st = TALLY_OK;
    if (s->section != TALLY_SECTION_BODY) {
        /* an endnote's sentence is often a list of references: only a
         * figure with a lexicon noun of its own lends, within the
         * sentence ("Of its 108 guns, 43 lacked ...") */
        sl[i].src = endnote_ellipsis(text, s, nums, n, i, sl, out);
        if (sl[i].src == SRC_NONE &&
            (collective_size(&sl[i]) || opening_be(text, s, &nums[i]) ||
             year_entry(text, s, nums, i) || of_them(text, s, &nums[i])) &&
            ellipsis_follow(text, s, &nums[i])) {
            /* "The lorries came in three shipments of 500, 400 and 300" */
            lexcols L;
            lexcols_init(&L, lex);
            if (subject_noun(&L, text, s, &nums[i], &out[i]))
                sl[i].src = SRC_ELLIPSIS;
        } else if (sl[i].src == SRC_NONE && nums[i].kind == TALLY_NK_FIGURE) {
            lexcols L;   /* "Total, 87." closing a note's table by year; "The 264
                            of 1942" restating a figure of the body */
            lexcols_init(&L, lex);
            size_t open = of_opening_start(text, s, &nums[i]);
            if ((i == 0 && note_total(&L, text, s, &nums[i], &out[i])) ||
                note_restates(&L, text, s, &nums[i], &out[i]) ||
                cited_noun(&L, text, s, &nums[i], &out[i]) ||
                class_noun(&L, text, s, &nums[i], &out[i]))
                sl[i].src = SRC_ELLIPSIS;
            else if ((i == 0 || nums[i - 1].end <= open) &&
                     ellipsis_follow(text, s, &nums[i]) &&
                     of_the_opening(&L, text, &nums[i], open, &out[i]))
                sl[i].src = SRC_ELLIPSIS;   /* "... 1937. Of the destroyers, six are";
                                               lends to the parts after it */
            else {
                tally_attach got = out[i];
                int found = 0;
                st = note_restated_figure(text, s, &nums[i], lex, &got, &found, err);
                if (!st && found) {
                    share_from(&got, got.noun_start, got.noun_end, &out[i]);
                    sl[i].src = SRC_ELLIPSIS;   /* "The 316 lost took ..." */
                }
            }
        }
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
        return st;
    }
    lexcols L;
    lexcols_init(&L, lex);
    int before = 0;   /* a figure before it in the sentence, other than a part */
    int measures = 1;   /* and every such figure is a measure */
    size_t open = of_opening_start(text, s, &nums[i]);
    int before_open = 0;   /* such a figure after the "Of" that opens its clause */
    size_t j0 = i;   /* the figures of the last SCAN_BACK bytes: linear in a "sentence" of MB */
    while (j0 > 0 && nums[j0 - 1].start + SCAN_BACK >= nums[i].start)
        j0--;
    for (size_t j = j0; j < i; j++)   /* "three shipments of 500": they count no lorries */
        if (nums[j].kind == TALLY_NK_FIGURE && !sl[j].part && !counts_group(sl, i, &out[j]) &&
            !is_share(&nums[j], &out[j]) && !place_part(text, s, &nums[j], &nums[i])) {   /* a share lends nothing: "three in five of
                                                 them, 1,940," reads the sentence before */
            before = 1;
            before_open |= nums[j].start >= open;
            measures &= out[j].keep && is_measure(&out[j]);
        }
    if (one_rate(text, s, &nums[i]) && !owned_before(nums, i, sl) &&
        opening_noun(&L, text, s, nums[i].start, 1, &out[i])) {
        sl[i].src = SRC_GOVERN;   /* "Stoves are issued at one per hut": stoves */
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
        return TALLY_OK;
    }
    if (ellipsis_follow(text, s, &nums[i]) &&
        (other_ordinal(&L, text, s, &nums[i], &out[i]) ||
         (!before_open && of_the_opening(&L, text, &nums[i], open, &out[i])) ||
         (!before && (sl[i].group[0] || (i > 0 && sl[i - 1].part)) &&
          subject_noun(&L, text, s, &nums[i], &out[i])) ||
         numbered_subject(&L, text, s, &nums[i], &out[i]) ||
         (!before && topic_subject(&L, text, s, &nums[i], &out[i])) ||
         (!before && ledger_subject(&L, text, s, &nums[i], &out[i])) ||
         (!before && of_set_before(&L, text, s, &nums[i], &out[i])) ||
         (!before && restated_whole(text, s, nums, n, i, sl, out, &out[i])))) {
        /* "joined the other two"; "Ships sailed in groups of 30", "The
         * fighters paid heavily: 14 of the 60 were lost"; "Boots 96,000";
         * "The 2,700 were 1,900 miners and 800 carters" */
        sl[i].src = SRC_GOVERN;
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
        return TALLY_OK;
    }
    int per = rate_period_at(text, nums[i].end, s->end);
    if (es->looked && (es->per != per || es->value != nums[i].value))
        es->looked = es->found = 0;   /* read again: another figure may fit this one */
    if (!es->looked && s->sent > 1 && ellipsis_follow(text, s, &nums[i])) {
        es->per = per;
        es->value = nums[i].value;
        if (!before) {   /* the previous sentence only matters without a figure before */
            es->looked = 1;
            st = prev_figure(text, s, lex, &nums[i], es->per, &es->num, &es->at, &es->found,
                             err);
        }
    }
    if (!st && exchange_rate(&L, text, s, nums, i, &out[i])) {
        /* "the mark went from 4 to 5 to the pound, the franc from 3 to 4
         * to the dollar": the rate prices the currency named before it,
         * whatever figure stands nearer */
        sl[i].src = SRC_GOVERN;
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    } else if (!st && ellipsis_follow(text, s, &nums[i]) &&
               one_in_lender(&L, text, nums, i, &out[i])) {
        sl[i].src = SRC_ELLIPSIS;   /* "read one letter in twenty, about 45,000 a week" */
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    } else if (!st && ellipsis_follow(text, s, &nums[i]) &&
               rate_item(&L, text, s, &nums[i], 0, &out[i])) {
        sl[i].src = SRC_PREVIOUS;   /* "flew Lancasters, 64 to a group" */
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    } else if (!st && !before && s->sent > 1 && ellipsis_follow(text, s, &nums[i]) &&
               ellipsis_lead(text, s, &nums[i], 0) &&
               no_noun_before(&L, text, s, es->found ? es->num.end : 0, &out[i])) {
        sl[i].src = SRC_PREVIOUS;   /* "had no camps at all. By 1943 it had four" */
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    } else if (!st && !before && ellipsis_follow(text, s, &nums[i]) &&
               (them_subject(&L, text, s, &nums[i], &out[i]) ||
                more_of_a(&L, text, s, &nums[i], &out[i]))) {
        sl[i].src = SRC_GOVERN;   /* "The shelters ..., although two of them were hit";
                                     "a post office with each division, and three more" */
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    } else if (!st && ellipsis_follow(text, s, &nums[i]) &&
               colon_noun(&L, text, s, &nums[i], &out[i])) {
        sl[i].src = SRC_GOVERN;   /* "met the ration with horses: twelve a day" */
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    } else if (!st) {
        sl[i].src = attach_ellipsis(&L, text, s, nums, i, sl, &es->at, es->found ? &es->num : NULL,
                                    out);
        size_t k = sl[i].src == SRC_PREVIOUS ? closing_total(text, nums, n, i, sl, out) : n;
        if (k < n)   /* the list's own closing figure lends first */
            share_from(&out[k], sl[k].own.head_s, sl[k].own.head_e, &out[i]);
        if (sl[i].src == SRC_NONE &&
            (of_pronoun(text, s, &nums[i]) || rate_period_at(text, nums[i].end, s->end) >= 0) &&
            ellipsis_lead(text, s, &nums[i], 1) && ellipsis_follow(text, s, &nums[i]) &&
            noun_back(lex, text, s, &nums[i], &out[i]))
            sl[i].src = SRC_PREVIOUS;   /* "24 of them", "Trucks lagged. The plan called
                                           for 600 a month" */
        else if (sl[i].src == SRC_NONE && clause_subject(text, s, &nums[i]) &&
                 ellipsis_lead(text, s, &nums[i], 0) && ellipsis_follow(text, s, &nums[i]) &&
                 first_plural(&L, text, s, &nums[i], &out[i]))
            sl[i].src = SRC_PREVIOUS;   /* "Had the depots stood every 20 km, 15 would
                                           have been needed" */
        else if (sl[i].src == SRC_NONE && !before && s->sent > 1 &&
                 ordinal_set(text, s, &nums[i]) && ellipsis_follow(text, s, &nums[i]) &&
                 noun_back(lex, text, s, &nums[i], &out[i]))
            sl[i].src = SRC_PREVIOUS;   /* "The tanks came in lots. The first 20 reached
                                           the depot in May" */
        else if (sl[i].src == SRC_NONE && (nums[i].flags & TALLY_NF_SCALED) &&
                 !(nums[i].flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT)) &&
                 (after_open_quote(text, s, &nums[i]) || ellipsis_lead(text, s, &nums[i], 0)) &&
                 ellipsis_follow(text, s, &nums[i]) && !amount_governs(text, s, &nums[i]) &&
                 money_back(lex, text, s, &nums[i], &out[i]))
            sl[i].src = SRC_PREVIOUS;   /* "paid 80 million in 1921" after "53 million
                                           gulden" in the paragraph before */
        else if (sl[i].src == SRC_NONE && class_noun(&L, text, s, &nums[i], &out[i]))
            sl[i].src = SRC_GOVERN;     /* "two of the Selden class" */
        else if (sl[i].src == SRC_NONE && collective_size(&sl[i]) &&
                 collective_noun(&L, text, s, &nums[i], &out[i]))
            sl[i].src = SRC_GOVERN;     /* "a convoy of 36", no ships named: convoys */
        else if (sl[i].src == SRC_NONE && definite_set(text, s, &nums[i]) &&
                 ellipsis_follow(text, s, &nums[i]) && set_noun(&L, text, s, nums, i, out, &out[i]))
            sl[i].src = SRC_GOVERN;     /* "the first of these divisions ... all six" */
        else if (sl[i].src == SRC_NONE && before && measures && definite_set(text, s, &nums[i]) &&
                 ellipsis_follow(text, s, &nums[i]))
            st = set_before(text, s, lex, &nums[i], &out[i], &sl[i], err);
        if (!st && sl[i].src == SRC_NONE && the_n_clause(text, s, &nums[i]))
            st = the_n_set(text, s, lex, nums, i, out, &out[i], &sl[i], err);
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    }
    return st;
}

/* Pass 7 (right to left): a bare number still without a noun takes, as in
 * pass 4, the noun of the figure it is coordinated with when that figure
 * found its own only by ellipsis: "raised by 2,000 to 11,200 a year",
 * where 11,200 counts the conscripts of the sentence before. */
static void late_coord(const char *t, const tally_sentence *s, const tally_number *nums,
                       size_t n, size_t i, slot *sl, tally_attach *out)
{
    if (nums[i].kind != TALLY_NK_FIGURE || sl[i].src != SRC_NONE || out[i].keep ||
        i + 1 >= n || !out[i + 1].keep)
        return;
    attach_coord(t, nums, n, i, sl, out);
    if (sl[i].src != SRC_NONE)
        out[i].keep = decide_keep(t, s, &nums[i], &out[i], &sl[i]);
}

/* Verbs of amount or level that make the bare number right after them a
 * quantity ("the total was 3,800", "it numbered 950", "had another 180"). */
static const char *const LEVEL_VERB[] = {
    "was", "were", "is", "are", "numbered", "numbering", "totalled", "totaled", "totalling",
    "reached", "had", "has", "have", "another", "further", "exceeded", "averaged", "topped",
    NULL};

/* Verbs before "at" or "to" that set a level ("stood at 3,800", "rose to
 * 4,000", "came to 950"). */
static const char *const LEVEL_PREP_VERB[] = {
    "stood", "stands", "stand", "standing", "peaked", "remained", "put", "estimated", "fixed",
    "rose", "risen", "rising", "fell", "fallen", "falling", "came", "grew", "grown", "dropped",
    "climbed", "increased", "reduced", "cut", "raised", "sank", "declined", "amounted",
    "amounting", "set", NULL};

/* Hedges that may stand between the cue and the number ("was some 3,800"). */
static const char *const LEVEL_HEDGE[] = {"some", "about", "around", "roughly", "nearly",
                                          "almost", "only", "just", "perhaps", "still", NULL};

/* Tokens "from N ... to" may hold before the "to" that ends the change. */
#define LEVEL_SPAN 12

/* 1 when "to" and a number follow x within LEVEL_SPAN tokens of its
 * sentence ("from 4,200 on the first night to 13,400"). */
static int from_to(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k, d;
    size_t pos = x->end;
    for (int w = 0; w < LEVEL_SPAN && next_tok(t, pos, s->end, &k); w++, pos = k.e) {
        if (tok_punct(t, &k, ';') || tok_is(t, &k, "from"))
            return 0;
        if (tok_is(t, &k, "to"))
            return next_tok(t, k.e, s->end, &d) && t[d.s] >= '0' && t[d.s] <= '9';
    }
    return 0;
}

/* Nouns of change whose "of" makes the number after it a difference of
 * the level before ("an increase of 9,600"). */
static const char *const CHANGE_NOUN[] = {"increase", "rise", "fall", "gain", "drop",
                                          "decline", "decrease", "reduction", "growth", NULL};

/* Verbs of difference before "by" ("differed by 10,500"). */
static const char *const DIFFER_VERB[] = {"differed", "differ", "differs", "exceeded",
                                          "outnumbered", NULL};

/* 1 when the "to" ending at token k closes a change "from N ... to":
 * within LEVEL_SPAN tokens before it, a number right after "from" ("from
 * 4,200 on the first night to 13,400"). */
static int change_to(const char *t, const tally_sentence *s, const tok *k)
{
    tok p, f;
    size_t pos = k->s;
    for (int w = 0; w < LEVEL_SPAN && prev_tok(t, s->start, pos, &p); w++, pos = p.s) {
        if (tok_punct(t, &p, ';') || tok_is(t, &p, "to"))
            return 0;
        if (tok_has_digit(t, &p) && prev_tok(t, s->start, p.s, &f) && tok_is(t, &f, "from"))
            return 1;
    }
    return 0;
}

/* Verbs of what befell persons that make the bare number right before
 * them a count ("90 deserted", "40 died of fever"), and the participles
 * of the same after "were"/"was" ("40 were killed"). */
static const char *const FATE_VERB[] = {"deserted", "died", "drowned", "perished", "fled",
                                        "absconded", "defected", "surrendered", NULL};
static const char *const FATE_PART[] = {"killed", "wounded", "captured", "drowned", "invalided",
                                        "executed", "lost", "missing", "discharged",
                                        "repatriated", "interned", NULL};

/* 1 when the bare number x is the subject of a verb of fate: "90
 * deserted", "40 were killed", "40 had been wounded" (auxiliaries at most
 * two words). */
static int fate_cue(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k;
    size_t pos = x->end;
    if (!next_tok(t, pos, s->end, &k) || !k.word)
        return 0;
    if (tok_in(t, &k, FATE_VERB))
        return 1;
    for (int w = 0; w < 2 && (tok_is(t, &k, "were") || tok_is(t, &k, "was") ||
                              tok_is(t, &k, "had") || tok_is(t, &k, "been"));
         w++)
        if (!next_tok(t, k.e, s->end, &k) || !k.word)
            return 0;
    return tok_in(t, &k, FATE_PART);
}

/* 1 when "in all", "in total" or "altogether" follows the bare number x
 * ("Escapes were few, 214 in all"): a total, a quantity. */
static int total_after(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k, a;
    if (!next_tok(t, x->end, s->end, &k) || !k.word)
        return 0;
    if (tok_is(t, &k, "altogether"))
        return 1;
    return tok_is(t, &k, "in") && next_tok(t, k.e, s->end, &a) &&
           (tok_is(t, &a, "all") || tok_is(t, &a, "total"));
}

/* 1 when a cue before the number x makes it a quantity: a verb of amount
 * or level, "at"/"to" after a verb of level, "to" closing a change from
 * a number, "of" after a noun of change, or "from" opening a change to a
 * later number.  Hedges between are skipped (three at most). */
static int level_cue(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k, v;
    size_t pos = x->start;
    int w = 0;
    if (!prev_tok(t, s->start, pos, &k))
        return 0;
    while (w++ < 3 && tok_in(t, &k, LEVEL_HEDGE))
        if (!prev_tok(t, s->start, k.s, &k))
            return 0;
    if (!k.word || tok_has_digit(t, &k))
        return 0;
    if (tok_in(t, &k, LEVEL_VERB))
        return 1;
    if (tok_is(t, &k, "from"))
        return from_to(t, s, x);
    if (tok_is(t, &k, "of"))
        return prev_tok(t, s->start, k.s, &v) && tok_in(t, &v, CHANGE_NOUN);
    if (tok_is(t, &k, "to") && change_to(t, s, &k))
        return 1;
    if (tok_is(t, &k, "by") && prev_tok(t, s->start, k.s, &v) && v.word &&
        (tok_in(t, &v, LEVEL_PREP_VERB) || tok_in(t, &v, DIFFER_VERB)))
        return 1;   /* "the two nights differed by 10,500", "rose by 2,000" */
    return (tok_is(t, &k, "at") || tok_is(t, &k, "to")) && prev_tok(t, s->start, k.s, &v) &&
           tok_in(t, &v, LEVEL_PREP_VERB);
}

/* 1 when the number x stands right after a capitalised name inside its
 * sentence (not its first word): "West 950"; *joined set when "and", a
 * comma or a place's "at" or "in" comes before the name ("a shop in Tarn
 * 500"). */
static int after_name(const char *t, const tally_sentence *s, const tally_number *x, int *joined)
{
    tok k, j;
    if (x->kind != TALLY_NK_FIGURE || !prev_tok(t, s->start, x->start, &k) || !cap_word(t, &k) ||
        !prev_tok(t, s->start, k.s, &j))
        return 0;
    *joined = tok_is(t, &j, "and") || tok_punct(t, &j, ',') || tok_is(t, &j, "at") ||
              tok_is(t, &j, "in");
    return 1;
}

/* "North 1,200, South 800 and West 950": a bare number right after a
 * capitalised name, when another figure of the sentence (eight at most
 * either side) also does and one of the two names follows "and" or a
 * comma: an entry of a list by place or name.  1 when so. */
static int name_entry(const char *t, const tally_sentence *s, const tally_number *nums,
                      size_t n, size_t i)
{
    int ji, jj;
    if (!after_name(t, s, &nums[i], &ji))
        return 0;
    size_t lo = i > 8 ? i - 8 : 0, hi = i + 9 < n ? i + 9 : n;
    for (size_t a = lo; a < hi; a++)
        if (a != i && after_name(t, s, &nums[a], &jj) && (ji || jj))
            return 1;
    return 0;
}

/* 1 when "(YEAR)" follows the number x ("were four (1961) and six
 * (1962)"): an entry of a breakdown by period, which passes 6 and 7 read
 * (the noun of the sentence before, or none kept). */
static int year_paren_after(const char *t, const tally_sentence *s, const tally_number *x)
{
    tok k, y;
    return next_tok(t, x->end, s->end, &k) && tok_punct(t, &k, '(') &&
           next_tok(t, k.e, s->end, &y) && y.e - y.s == 4 && t[y.s] >= '1' && t[y.s] <= '2' &&
           tok_has_digit(t, &y);
}

/* Pass 7b: a bare number of the body still dropped that its sentence makes
 * a quantity (level_cue(), name_entry()) is kept, not silently lost: it
 * counts the plural lexicon noun its sentence opens with, or persons when
 * that subject is a collective of people ("the garrison stood at 3,800"),
 * else nothing known (empty unit). */
static void level_figure(const lexcols *L, const tally_lexicon *lex, const char *t,
                         const tally_sentence *s,
                         const tally_number *nums, size_t n, size_t i, slot *sl,
                         tally_attach *out)
{
    tok k;
    if (s->section != TALLY_SECTION_BODY || nums[i].kind != TALLY_NK_FIGURE ||
        sl[i].src != SRC_NONE || out[i].keep || is_word_one(t, &nums[i]) ||
        !(level_cue(t, s, &nums[i]) || fate_cue(t, s, &nums[i]) || total_after(t, s, &nums[i]) ||
          name_entry(t, s, nums, n, i)) ||
        !ellipsis_follow(t, s, &nums[i]) || year_paren_after(t, s, &nums[i]))
        return;
    for (size_t j = i; j-- > 0 && nums[j].start + SCAN_BACK >= nums[i].start;)
        if (nums[j].kind == TALLY_NK_FIGURE && out[j].keep && out[j].unit[0] &&
            !is_share(&nums[j], &out[j]) && !is_measure(&out[j]) &&
            strcmp(out[j].category, "duration") != 0) {
            /* "a staff of 12 clerks, and the office had another 180" */
            share_from(&out[j], out[j].noun_start, out[j].noun_end, &out[i]);
            sl[i].src = SRC_ELLIPSIS;
            out[i].keep = 1;
            return;
        }
    if (!subject_noun(L, t, s, &nums[i], &out[i]) && !noun_back(lex, t, s, &nums[i], &out[i])) {
        size_t pos = s->start;
        if (next_tok(t, pos, nums[i].start, &k) && (tok_in(t, &k, DET) || tok_is(t, &k, "The")))
            pos = k.e;
        if (next_tok(t, pos, nums[i].start, &k) && tok_in(t, &k, PEOPLE_GROUP)) {
            put_unit(&out[i], "person", "personnel");
            out[i].noun_start = k.s;
            out[i].noun_end = k.e;
            out[i].elliptic = 1;
        } else {
            put_unit(&out[i], "", "");
        }
    }
    sl[i].src = SRC_GOVERN;
    out[i].keep = 1;
}

/* 1 when figure k may be the per-item count of a product: kept, a count
 * of things (no measure, share or money) above one. */
static int product_factor(const tally_number *nums, const tally_attach *out, size_t k)
{
    return nums[k].kind == TALLY_NK_FIGURE && out[k].keep && out[k].unit[0] &&
           nums[k].value > 1 && !is_measure(&out[k]) && !is_share(&nums[k], &out[k]);
}

/* Pass 8: a bare number that took by ellipsis the unit of a count of
 * formations j of its sentence, and is j times another count k of that
 * sentence (not of formations), counts what k counts: "36 doctors in all,
 * so that the 22 divisions needed 792" (doctors, not divisions). */
static void product_unit(const tally_number *nums, size_t i, const slot *sl,
                         tally_attach *out)
{
    if (!out[i].keep || sl[i].src < SRC_SIBLING || sl[i].src == SRC_PARTITIVE ||
        !product_factor(nums, out, i) || nums[i].low != nums[i].high ||
        strcmp(out[i].category, "formation") != 0)
        return;   /* only a count of formations is a multiplier: "12 divisions had
                     420 wagons, 5,040 in all" are wagons already */
    for (size_t j = 0; j < i; j++) {
        if (!product_factor(nums, out, j) || strcmp(out[j].unit, out[i].unit) != 0)
            continue;
        for (size_t k = 0; k < i; k++)
            if (k != j && product_factor(nums, out, k) &&
                strcmp(out[k].category, "formation") != 0 &&
                fabs(nums[j].value * nums[k].value - nums[i].value) < 0.5) {
                share_from(&out[k], out[k].noun_start, out[k].noun_end, &out[i]);
                return;
            }
    }
}

/* "56 machines" is a count of aircraft when its sentence speaks of
 * aircraft: some word of it is a lexicon noun of the aircraft category
 * ("with 28 aircraft ..., 56 machines in all", "the 56 machines of 1949 to
 * 118 combat aircraft").  A figure whose unit is the materiel noun "machine"
 * then takes the unit aircraft; elsewhere (a factory's lathes) it stays. */
static void machines_aircraft(const lexcols *L, const char *t, const tally_sentence *s,
                              size_t n, tally_attach *out)
{
    size_t i = 0;
    while (i < n && !(out[i].keep && strcmp(out[i].unit, "machine") == 0 &&
                      strcmp(out[i].category, "materiel") == 0))
        i++;
    if (i == n)
        return;   /* the common case: no machines, no scan */
    tok k;
    term tm;
    int air = 0;
    for (size_t pos = s->start; !air && next_tok(t, pos, s->end, &k); pos = k.e)
        air = k.word && lookup_tok(L, t, &k, &tm) && strcmp(tm.cat, "aircraft") == 0;
    for (; air && i < n; i++)
        if (out[i].keep && strcmp(out[i].unit, "machine") == 0 &&
            strcmp(out[i].category, "materiel") == 0)
            put_unit(&out[i], "aircraft", "aircraft");
}

/* "47 men killed ... and more than 300 injured": a figure whose unit is
 * the fate word "injured" counts the noun of an earlier kept figure of its
 * sentence whose phrase ends in another fate word ("men killed"); with none
 * ("2,340 dead and 5,100 injured") it keeps the lexicon's unit. */
static void injured_people(const char *t, size_t n, tally_attach *out)
{
    for (size_t i = 1; i < n; i++) {
        if (!out[i].keep || strcmp(out[i].unit, "injured") != 0)
            continue;
        for (size_t j = i; j-- > 0;) {
            tok k;
            if (!out[j].keep || strcmp(out[j].category, "personnel") != 0 ||
                strcmp(out[j].unit, "injured") == 0 ||
                !next_tok(t, out[j].noun_start, out[j].noun_end, &k))
                continue;
            while (next_tok(t, k.e, out[j].noun_end, &k))
                ;   /* k: the last word of the phrase, bounded by its end */
            tok a;
            int after = next_tok(t, out[j].noun_end, out[i].mention_start, &a) && tok_in(t, &a, FATE);
            if ((k.e - k.s < KEY_MAX && tok_in(t, &k, FATE) && k.s > out[j].noun_start) ||
                after) {   /* "47 men killed": the fate after the noun */
                put_unit(&out[i], out[j].unit, out[j].category);
                break;
            }
        }
    }
}

/* 1 when the figure at counts "fighter"/"fighters" as written (unit
 * aircraft by the lexicon). */
static int counts_fighters(const char *t, const tally_attach *at)
{
    size_t n = at->noun_end - at->noun_start;
    if (!at->keep || strcmp(at->unit, "aircraft") != 0)
        return 0;
    return (n == 7 && strncasecmp(t + at->noun_start, "fighter", 7) == 0) ||
           (n == 8 && strncasecmp(t + at->noun_start, "fighters", 8) == 0);
}

/* "14 bands with some 3,100 fighters", "18,400 fighters, of whom ...":
 * fighters are people, not aircraft, in a sentence that names partisan
 * bands or guerrillas (units "band", "guerrilla") or says "of whom", and
 * names no other aircraft. */
static void fighters_people(const lexcols *L, const char *t, const tally_sentence *s,
                            size_t n, tally_attach *out)
{
    size_t i = 0;
    while (i < n && !counts_fighters(t, &out[i]))
        i++;
    if (i == n)
        return;   /* the common case: no fighters, no scan */
    tok k, w;
    term tm;
    int cue = 0;
    for (size_t pos = s->start; next_tok(t, pos, s->end, &k); pos = k.e) {
        if (!k.word)
            continue;
        if (tok_is(t, &k, "whom") && prev_tok(t, s->start, k.s, &w) && tok_is(t, &w, "of"))
            cue = 1;
        else if (lookup_tok(L, t, &k, &tm)) {
            if (strcmp(tm.unit, "band") == 0 || strcmp(tm.unit, "guerrilla") == 0)
                cue = 1;
            else if (strcmp(tm.cat, "aircraft") == 0 && !tok_is(t, &k, "fighter") &&
                     !tok_is(t, &k, "fighters"))
                return;   /* "fighters and bombers": aircraft */
        }
    }
    for (; cue && i < n; i++)
        if (counts_fighters(t, &out[i]))
            put_unit(&out[i], "fighter", "personnel");
}

/* Units of the lexicon that are ships or boats: a sentence naming one
 * speaks of shipping. */
static const char *const SHIP_UNITS[] = {
    "ship", "vessel", "destroyer", "cruiser", "battleship", "submarine", "boat", "steamer",
    "trawler", "drifter", "sweeper", "minesweeper", "ferry", "coaster", "craft", "frigate",
    "corvette", "escort", "tanker", "freighter", "merchantman", "gunboat", "landing craft",
    NULL};

/* 1 when the figure at is a count of "transports" (unit aircraft by the
 * lexicon): the noun as written ends in "transport" or "transports". */
static int counts_transports(const char *t, const tally_attach *at)
{
    size_t n = at->noun_end - at->noun_start;
    if (!at->keep || strcmp(at->unit, "aircraft") != 0 || n < 9)
        return 0;
    const char *e = t + at->noun_end;
    return strncasecmp(e - 9, "transport", 9) == 0 ||
           (n >= 10 && strncasecmp(e - 10, "transports", 10) == 0);
}

/* "nine transports" are ships, not aircraft, when their sentence names
 * ships and no aircraft ("43 ships: six destroyers, nine transports and 28
 * small craft", "one destroyer and one transport"): such a figure takes the
 * unit "transport" (materiel).  With an aircraft noun in the sentence, or
 * none of ships, the lexicon's aircraft stands ("24 Li-2 transports"). */
static void transports_ships(const lexcols *L, const char *t, const tally_sentence *s,
                             size_t n, tally_attach *out)
{
    size_t i = 0;
    while (i < n && !counts_transports(t, &out[i]))
        i++;
    if (i == n)
        return;   /* the common case: no transports, no scan */
    tok k;
    term tm;
    int ship = 0, air = 0;
    for (size_t pos = s->start; !air && next_tok(t, pos, s->end, &k); pos = k.e) {
        if (!k.word || !lookup_tok(L, t, &k, &tm))
            continue;
        size_t w = k.e - k.s;
        int tr = (w == 9 || w == 10) && strncasecmp(t + k.s, "transport", 9) == 0;
        if (strcmp(tm.cat, "aircraft") == 0 && !tr)
            air = 1;
        for (int q = 0; !ship && SHIP_UNITS[q]; q++)
            ship = strcmp(tm.unit, SHIP_UNITS[q]) == 0;
    }
    for (; ship && !air && i < n; i++)
        if (counts_transports(t, &out[i]))
            put_unit(&out[i], "transport", "materiel");
}

/* 1 when the letters of text at p spell word w (lower case), case folded. */
static int word_at(const char *t, size_t p, const char *w)
{
    for (size_t i = 0; w[i]; i++)
        if ((t[p + i] | 0x20) != w[i])
            return 0;
    return 1;
}

/* 1 when byte c is an ASCII letter. */
static int is_alpha(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The kind of the last "boat" or "boats" written in t before offset pos
 * (looking back at most 64 KB): 1 when it is a "flying boat" ("flying
 * boats", "flying-boat"), 0 when another kind ("U-boats", "torpedo boats",
 * "new boats") or none; a bare one ("the boats", "17 boats") is passed
 * over. */
static int last_boat_flying(const char *t, size_t pos)
{
    size_t lo = pos > 65536 ? pos - 65536 : 0;
    for (size_t p = pos; p-- > lo + 1;) {
        if ((t[p] | 0x20) != 'b' || pos - p < 4 || !word_at(t, p, "boat") || is_alpha(t[p - 1]))
            continue;
        size_t e = p + 4 + ((t[p + 4] | 0x20) == 's');
        if (e < pos && is_alpha(t[e]))
            continue;
        size_t q = t[p - 1] == '-' ? p - 1 : p;
        tok k;
        if (!prev_tok(t, lo, q, &k))
            return 0;
        if (tok_is(t, &k, "flying"))
            return 1;
        if (q < p || (k.word && !is_stop(t, &k) && !tok_has_digit(t, &k)))
            return 0;   /* "U-boats", "torpedo boats" */
    }
    return 0;
}

/* Bare "boats" ("17 boats") in a text whose last boats named before were
 * flying boats count those aircraft ("26 flying boats ... five squadrons
 * were flying 31 boats"). */
static void boats_flying(const char *t, size_t n, tally_attach *out)
{
    for (size_t i = 0; i < n; i++) {
        tally_attach *a = &out[i];
        size_t w = a->noun_end - a->noun_start;
        if (!a->keep || strcmp(a->unit, "boat") != 0 || (w != 4 && w != 5) ||
            !word_at(t, a->noun_start, "boat"))
            continue;
        if (last_boat_flying(t, a->noun_start))
            put_unit(a, "aircraft", "aircraft");
    }
}

/* "some 900 of the regiment", "30,000 of the army": a figure of two or more
 * taken out of one formation named in the singular counts its members
 * (unit "person"), not formations; "two of the divisions" (plural) stays.
 * The number may end inside a quotation ("\"no more than 30,000\" of the
 * army"): one mark of punctuation may stand before "of". */
static void members_of_formation(const char *t, const tally_sentence *s,
                                 const tally_number *nums, size_t n, tally_attach *out)
{
    static const char *const DET[] = {"the", "its", "their", "his", "her", "that", NULL};
    for (size_t i = 0; i < n; i++) {
        tally_attach *a = &out[i];
        tok k, w;
        if (!a->keep || strcmp(a->category, "formation") != 0 || nums[i].value < 2 ||
            a->noun_end <= a->noun_start || !next_tok(t, nums[i].end, s->end, &k))
            continue;
        if (!k.word && !next_tok(t, k.e, s->end, &k))
            continue;
        if (!tok_is(t, &k, "of") || !next_tok(t, k.e, s->end, &k) || !tok_in(t, &k, DET) ||
            k.e > a->noun_start || !prev_tok(t, a->noun_start, a->noun_end, &w))
            continue;
        size_t u = strlen(a->unit);
        if (w.e - w.s == u && strncasecmp(t + w.s, a->unit, u) == 0)
            put_unit(a, "person", "personnel");
    }
}

/* Words that may follow "N tons" of a load whose kind an earlier figure
 * of the sentence named ("dropped 4,200 tons of bombs ..., a total of
 * 12,200 tons."): a word not listed ("170 tons fuel") may be the load's
 * own kind. */
static const char *const TON_FOLLOW[] = {
    "a", "an", "the", "on", "in", "into", "onto", "at", "to", "for", "by", "from", "per",
    "each", "every", "over", "during", "within", "and", "or", "so", "than", "as", "of",
    "were", "was", "fell", "had", "went", NULL};

/* 1 when token k is a munition noun of the lexicon ("bombs", "ammunition"). */
static int tok_munition(const lexcols *L, const char *t, const tok *k)
{
    term tm;
    return k->word && lookup_tok(L, t, k, &tm) && strcmp(tm.cat, "munition") == 0;
}

/* 1 when the munition noun k stands in a list with another kind of load
 * ("ammunition, food, fuel and fodder", "fuel and ammunition"): a lower-case
 * content word joined to it by "," or "and" on either side. */
static int munition_mixed(const lexcols *L, const char *t, const tally_sentence *s,
                          const tok *k)
{
    tok a, b;
    if (next_tok(t, k->e, s->end, &a) && (tok_is(t, &a, ",") || tok_is(t, &a, "and")) &&
        next_tok(t, a.e, s->end, &b) && b.word && t[b.s] >= 'a' && t[b.s] <= 'z' &&
        !is_stop(t, &b) && !tok_has_digit(t, &b) && !tok_munition(L, t, &b))
        return 1;
    size_t pos = s->start, seen = 0;   /* the two tokens before k: p2 p1 k */
    tok w, p1 = {0, 0, 0}, p2 = {0, 0, 0};
    for (; next_tok(t, pos, k->s, &w); pos = w.e, seen++) {
        p2 = p1;
        p1 = w;
    }
    return seen >= 2 && (tok_is(t, &p1, ",") || tok_is(t, &p1, "and")) && p2.word &&
           t[p2.s] >= 'a' && t[p2.s] <= 'z' && !is_stop(t, &p2) && !tok_has_digit(t, &p2) &&
           !tok_munition(L, t, &p2);
}

/* 1 when text[from, to) holds a munition noun of a list of kinds. */
static int mixed_between(const lexcols *L, const char *t, const tally_sentence *s, size_t from,
                         size_t to)
{
    tok k;
    for (size_t pos = from; next_tok(t, pos, to, &k); pos = k.e)
        if (tok_munition(L, t, &k) && munition_mixed(L, t, s, &k))
            return 1;
    return 0;
}

/* 1 when a munition noun before a noun of amount stands in text[from, to)
 * ("the ammunition stock, which had stood at 4,800 tons"). */
static int munition_amount(const lexcols *L, const char *t, size_t from, size_t to)
{
    tok k, a;
    for (size_t pos = from; next_tok(t, pos, to, &k); pos = k.e)
        if (tok_munition(L, t, &k) && next_tok(t, k.e, to, &a) && tok_in(t, &a, AMOUNT))
            return 1;
    return 0;
}

/* 1 when unit u is a ton of either kind ("ton", metric "tonne"). */
static int is_tons(const char *u)
{
    return strcmp(u, "ton") == 0 || strcmp(u, "tonne") == 0;
}

/* Tons of munitions: a weight counts munitions when its noun names them
 * alone ("4.5 tons of bombs", "310 tons ammunition"; not "550 tons of
 * ammunition, food and fuel"), or when it is a bare "tons" (or an ellipsis)
 * after such a figure of its sentence or after a munition stock, and no
 * other kind of load follows it ("4,200 tons of bombs on Harnau, 3,100 on
 * Lessen, ..., a total of 12,200 tons"; not "310 tons ammunition and 170
 * tons fuel", nor "fuel and ammunition together come to 3,260 tons"). */
static void munition_tons(const lexcols *L, const char *t, const tally_sentence *s,
                          const tally_number *nums, size_t n, tally_attach *out)
{
    size_t i = 0;
    while (i < n && !(out[i].keep && is_tons(out[i].unit) &&
                      strcmp(out[i].category, "materiel") == 0))
        i++;
    if (i == n)
        return;   /* the common case: no tons */
    size_t last = n;   /* the last figure of tons before i; n: none */
    for (i = 0; i < n; i++) {
        if (!out[i].keep || !is_tons(out[i].unit))
            continue;
        size_t j = last;
        last = i;
        if (strcmp(out[i].category, "materiel") != 0)
            continue;
        tok a, k;
        int own = out[i].noun_end > out[i].noun_start &&
                  next_tok(t, out[i].noun_start, out[i].noun_end, &a);
        size_t from = j == n ? s->start : nums[j].end;
        if (own && a.e != out[i].noun_end) {   /* "14 tons of food", "22 tons of ammunition" */
            for (size_t pos = a.e; next_tok(t, pos, out[i].noun_end, &k); pos = k.e)
                if (tok_munition(L, t, &k) && !munition_mixed(L, t, s, &k)) {
                    copy_str(out[i].category, sizeof out[i].category, "munition");
                    break;
                }
            continue;
        }
        if (own && !tok_in(t, &a, MEASURE))
            continue;   /* "280 food" */
        size_t after = out[i].mention_end > nums[i].end ? out[i].mention_end : nums[i].end;
        if (next_tok(t, after, s->end, &k) && k.word && !tok_in(t, &k, TON_FOLLOW))
            continue;   /* "170 tons fuel" */
        if (((j < n && strcmp(out[j].category, "munition") == 0) ||
             munition_amount(L, t, from, nums[i].start)) &&
            !mixed_between(L, t, s, from, nums[i].start))
            copy_str(out[i].category, sizeof out[i].category, "munition");
    }
}

/* Yards that are places, not a distance: a count of yards with a
 * modifier before the noun ("eleven marshalling yards"), or a small count
 * in words that opens the sentence or follows "the" ("Three yards shared
 * the work", "the two yards at Calder"); "800 yards", "fifty yards short"
 * stay a distance.  The unit stays "yard", the category becomes "other". */
static void yard_places(const char *t, const tally_sentence *s, const tally_number *nums,
                        size_t n, tally_attach *out)
{
    for (size_t i = 0; i < n; i++) {
        if (!out[i].keep || out[i].elliptic || strcmp(out[i].unit, "yard") != 0 ||
            strcmp(out[i].category, "distance") != 0)
            continue;
        tok a, b;
        int modified = next_tok(t, out[i].noun_start, out[i].noun_end, &a) &&
                       a.e != out[i].noun_end;
        int word = !(t[nums[i].start] >= '0' && t[nums[i].start] <= '9') &&
                   nums[i].value >= 2 && nums[i].value < 20 && nums[i].qual == TALLY_Q_EXACT;
        int opens = !prev_tok(t, s->start, nums[i].start, &b) || tok_is(t, &b, "the");
        if (modified || (word && opens))
            copy_str(out[i].category, sizeof out[i].category, "other");
    }
}

/* 1 when text[a, b) holds "index" or "indices" in any case, as bytes (a
 * cheap test before reading tokens). */
static int has_index_word(const char *t, size_t a, size_t b)
{
    for (size_t p = a; p + 5 <= b; p++)
        if ((t[p] == 'i' || t[p] == 'I') && (strncasecmp(t + p, "index", 5) == 0 ||
                                             (p + 7 <= b && strncasecmp(t + p, "indices", 7) == 0)))
            return 1;
    return 0;
}

/* 1 when figure x (its context a) is a bare number an index may own: a
 * kept figure whose noun came from elsewhere, or a number in digits of the
 * body with no noun at all ("stood at 100"); never money, a share or a
 * scaled number. */
static int index_candidate(const char *t, const tally_sentence *s, const tally_number *x,
                           const tally_attach *a)
{
    if (x->kind != TALLY_NK_FIGURE ||
        (x->flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT | TALLY_NF_SCALED)))
        return 0;
    if (a->keep)
        return a->elliptic || a->noun_end <= a->noun_start;
    return s->section == TALLY_SECTION_BODY && !a->unit[0] && t[x->start] >= '0' &&
           t[x->start] <= '9';
}

/* Figures of an index: a bare number after "index" in its sentence, with
 * only bare numbers between, counts points ("the cost-of-living index,
 * which had stood at 100 in 1938, reached 235": 100 and 235 points, not
 * the noun of an earlier figure). */
static void index_points(const char *t, const tally_sentence *s, const tally_number *nums,
                         size_t n, tally_attach *out)
{
    size_t last = n;   /* the last bare figure: no index after it matters */
    for (size_t i = 0; i < n; i++)
        if (index_candidate(t, s, &nums[i], &out[i]))
            last = i;
    if (last == n || !has_index_word(t, s->start, nums[last].start))
        return;   /* the common case: no bare figure, or no "index" before one */
    size_t idx = 0, idx_s = 0;   /* the last "index" seen; idx 0: none yet */
    tok k;
    size_t pos = s->start;
    for (size_t i = 0; i < n; i++) {
        if (nums[i].kind != TALLY_NK_FIGURE)
            continue;
        for (; next_tok(t, pos, nums[i].start, &k); pos = k.e)
            if (tok_is(t, &k, "index") || tok_is(t, &k, "indices")) {
                idx_s = k.s;
                idx = k.e;
            }
        pos = nums[i].end > pos ? nums[i].end : pos;
        if (!index_candidate(t, s, &nums[i], &out[i])) {
            idx = 0;   /* a figure with a noun of its own ends the index's run */
            continue;
        }
        if (idx) {
            out[i].keep = 1;
            put_unit(&out[i], "point", "other");
            out[i].noun_start = idx_s;   /* the noun is the index's word */
            out[i].noun_end = idx;
            out[i].elliptic = 1;
        }
    }
}

/* 1 when category cat counts things that come in kinds of their own
 * (people, aircraft, materiel, munitions): a part of such a whole may name
 * its own kind ("14,500 people, 8,700 of them women"). */
static int kind_category(const char *cat)
{
    static const char *const KINDS[] = {"personnel", "aircraft", "materiel", "munition", NULL};
    for (size_t q = 0; KINDS[q]; q++)
        if (strcmp(cat, KINDS[q]) == 0)
            return 1;
    return 0;
}

/* The kind a part "N of them" names itself: the plural noun right after
 * the pronoun ("8,700 of them women,"), or the subject of "made up",
 * "accounted for", "formed" before the number ("..., and women made up
 * 2,300 of them") when subject is 1.  1 with *k and *tm set when there is
 * one. */
static int them_kind(const lexcols *L, const char *t, const tally_sentence *s,
                     const tally_number *x, int subject, tok *k, term *tm)
{
    static const char *const PRO[] = {"them", "whom", "these", "those", NULL};
    static const char *const VERB[] = {"made", "make", "makes", "accounted", "account",
                                       "accounts", "formed", "form", "forms", NULL};
    tok a, b;
    if (x->end + 4 > s->end || t[x->end] != ' ' || t[x->end + 1] != 'o' || t[x->end + 2] != 'f')
        return 0;   /* the common case, cheaply: no " of" right after */
    if (!next_tok(t, x->end, s->end, &a) || !tok_is(t, &a, "of") ||
        !next_tok(t, a.e, s->end, &b) || !tok_in(t, &b, PRO))
        return 0;
    np p;
    if (next_tok(t, b.e, s->end, k) && k->word && !tok_has_digit(t, k)) {
        scan_np(L, t, k->s, s->end, 1, &p);   /* "8,700 of them women" */
        if (p.known && p.end > p.start && next_tok(t, p.end, s->end, &a) &&
            (!a.word || tok_is(t, &a, "and") || tok_is(t, &a, "or"))) {
            k->s = p.head_s;
            k->e = p.head_e;
            return lookup_tok(L, t, k, tm);
        }
    }
    /* "Women made up 2,300 of them", "Reservists accounted for 40 of these" */
    if (!subject || !prev_tok(t, s->start, x->start, &a) || !a.word)
        return 0;
    if (tok_is(t, &a, "up") || tok_is(t, &a, "for"))
        if (!prev_tok(t, s->start, a.s, &a) || !a.word)
            return 0;
    return tok_in(t, &a, VERB) && prev_tok(t, s->start, a.s, k) && k->word &&
           lookup_tok(L, t, k, tm);
}

/* Last pass: "a third of 30" after "a second batch of 24" in the same
 * sentence is the third of a series, not a fraction: a fraction "a|the
 * <ordinal>" right before "of" and a bare number, where the ordinal one
 * below it stands earlier in the sentence, is dropped. */
static void series_ordinal(const char *t, const tally_sentence *s, const tally_number *nums,
                           size_t n, tally_attach *out)
{
    tok d, o, of, k;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!out[i].keep || !(nums[i].flags & TALLY_NF_FRACTION) ||
            !next_tok(t, nums[i].start, nums[i].end, &d) ||
            !(tok_is(t, &d, "a") || tok_is(t, &d, "the")) ||
            !next_tok(t, d.e, nums[i].end, &o) || o.e != nums[i].end ||
            !next_tok(t, nums[i].end, s->end, &of) || !tok_is(t, &of, "of") ||
            !next_tok(t, of.e, s->end, &k) || k.s != nums[i + 1].start)
            continue;
        size_t r = 1;
        while (ORDINAL[r] && !tok_is(t, &o, ORDINAL[r]))
            r++;
        if (!ORDINAL[r])
            continue;
        for (size_t pos = s->start; next_tok(t, pos, nums[i].start, &k); pos = k.e)
            if (tok_is(t, &k, ORDINAL[r - 1])) {
                out[i].keep = 0;
                break;
            }
    }
}

/* How far around a sentence doc_currency() looks for the rate that makes
 * a word a currency of the document (articles state it once, then use it). */
#define CURRENCY_SPAN 12000

/* Articles before the currency of a rate: "to the dollar", "to one pound". */
static const char *const RATE_DET[] = {"the", "a", "one", "each", "every", NULL};

/* 1 when token k is a money noun of the lexicon (or "pound"). */
static int money_tok(const lexcols *L, const char *t, const tok *k)
{
    term tm;
    return k->word && lookup_tok(L, t, k, &tm) && !tm.desig &&
           (strcmp(tm.cat, "money") == 0 || strcmp(tm.unit, "pound") == 0);
}

/* 1 when token k is a count: digits or a number word ("30", "four"). */
static int count_tok(const char *t, const tok *k)
{
    static const char *const NUMWORD[] = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", NULL};
    return k->word && (tok_has_digit(t, k) || tok_in(t, k, NUMWORD));
}

/* 1 when the word k (a count before it) is priced against a money noun
 * right after it: "30 skell to the dollar", "7 florins per dollar",
 * "4 kesh a pound"; or when it is the currency such a rate is quoted
 * against: "four crowns to the tolar" (the crown a money noun). */
static int rate_defines(const lexcols *L, const char *t, size_t lo, size_t hi, const tok *k)
{
    tok a, b, q;
    if (!prev_tok(t, lo, k->s, &a))
        return 0;
    if (count_tok(t, &a) && next_tok(t, k->e, hi, &b) && b.word) {
        int per = tok_is(t, &b, "per") || tok_is(t, &b, "a");
        if (!per && tok_is(t, &b, "to") && next_tok(t, b.e, hi, &q) && tok_in(t, &q, RATE_DET)) {
            b = q;
            per = 1;
        }
        if (per && next_tok(t, b.e, hi, &q) && money_tok(L, t, &q))
            return 1;   /* "30 skell to the dollar", "7 florins per dollar" */
    }
    return tok_in(t, &a, RATE_DET) && prev_tok(t, lo, a.s, &b) && tok_is(t, &b, "to") &&
           prev_tok(t, lo, b.s, &q) && money_tok(L, t, &q) && prev_tok(t, lo, q.s, &a) &&
           count_tok(t, &a);   /* "four crowns to the tolar" */
}

/* 1 when unit (a lemma no lexicon row knows as money) is a currency the
 * document defines within CURRENCY_SPAN bytes of sentence s: a written
 * form of it (the lemma, "-s" or "-es") stands in an exchange rate (see
 * rate_defines()).  The lexicon stays the first source; this only adds
 * the invented or rare currencies an article explains ("skell",
 * "tolar"). */
static int doc_currency(const lexcols *L, const char *t, const tally_sentence *s,
                        const char *unit)
{
    size_t ul = strlen(unit);
    if (ul < 2 || ul >= KEY_MAX)
        return 0;
    for (size_t i = 0; i < ul; i++)
        if (!(unit[i] >= 'a' && unit[i] <= 'z'))
            return 0;
    size_t lo = s->start > CURRENCY_SPAN ? s->start - CURRENCY_SPAN : 0;
    size_t hi = s->end + strnlen(t + s->end, CURRENCY_SPAN);
    const char *p = t + lo;
    tok k;
    while (t + hi - p >= (ptrdiff_t)ul && (p = memchr(p, unit[0], (size_t)(t + hi - p))) != NULL) {
        size_t at = (size_t)(p - t);
        p++;
        if (at + ul > hi || memcmp(t + at, unit, ul) != 0)
            continue;
        if (at > lo && ((t[at - 1] | 0x20) >= 'a' && (t[at - 1] | 0x20) <= 'z'))
            continue;
        if (!next_tok(t, at, hi, &k) || k.s != at || !k.word)
            continue;
        size_t extra = k.e - at - ul;
        if (extra > 2 || (extra == 1 && t[k.e - 1] != 's') ||
            (extra == 2 && strncmp(t + k.e - 2, "es", 2) != 0))
            continue;
        if (rate_defines(L, t, lo, hi, &k))
            return 1;
    }
    return 0;
}

/* Last pass: a figure that counts a word no lexicon row knows ("other")
 * counts money when the document defines that word as a currency by an
 * exchange rate ("at 4.2 skell to the dollar ... 2.9 million skell"). */
static void learned_money(const lexcols *L, const char *t, const tally_sentence *s, size_t n,
                          tally_attach *out)
{
    for (size_t i = 0; i < n; i++)
        if (out[i].keep && out[i].unit[0] && strcmp(out[i].category, "other") == 0 &&
            doc_currency(L, t, s, out[i].unit))
            put_unit(&out[i], out[i].unit, "money");
}

/* A part "N of them" that took the unit of its whole by ellipsis but names
 * its own kind of the same category keeps that kind: "employed 14,500
 * people, 8,700 of them women" counts women, not persons.  The subject
 * form ("women made up 2,300 of them") only with the whole in the same
 * sentence: the checks of verify match a part to a whole of the sentence
 * before by its unit. */
static void part_kind(const lexcols *L, const char *t, const tally_sentence *s,
                      const tally_number *nums, size_t n, tally_attach *out)
{
    int whole = 0;   /* a figure of a kind category before, in the sentence */
    for (size_t i = 0; i < n; whole |= out[i].keep && kind_category(out[i].category), i++) {
        tok k;
        term tm;
        if (nums[i].kind != TALLY_NK_FIGURE || !out[i].keep || !out[i].elliptic ||
            !out[i].unit[0] || !kind_category(out[i].category) ||
            (nums[i].flags & (TALLY_NF_CURRENCY | TALLY_NF_PERCENT | TALLY_NF_SCALED)) ||
            !them_kind(L, t, s, &nums[i], whole, &k, &tm))
            continue;
        if (strcmp(tm.cat, out[i].category) != 0 || strcmp(tm.unit, out[i].unit) == 0)
            continue;   /* "the battleships accounted for 740 of them" (shells) */
        put_unit(&out[i], tm.unit, tm.cat);
        out[i].noun_start = k.s;   /* the kind's word names what it counts */
        out[i].noun_end = k.e;
    }
}

/* Most entries of a colon list that counts_entries() looks at, and how many
 * figures back it looks for their whole (a run-on sentence stays linear). */
#define MAX_ENTRIES 12
#define MAX_WHOLE_BACK 32

/* Pass 7 (after the ellipses): "240,000 pupils left the three cities: 130,000
 * from A, 70,000 from B and 40,000 from C".  The small figure c before the
 * colon counts the list's entries (as many as there are figures after the
 * colon, each of which borrowed c's noun), so the entries are places or
 * kinds, not what the figures count: they take the noun of the nearest
 * figure w before c whose noun differs, that is no share nor period, and
 * that the parts do not exceed (their sum at most w).  Numbers of other
 * kinds in the list (dates, note marks) are passed over. */
static void counts_entries(const char *t, const tally_sentence *s, const tally_number *nums,
                           size_t n, size_t c, slot *sl, tally_attach *at)
{
    if (c == 0 || c + 1 >= n || nums[c].kind != TALLY_NK_FIGURE || !at[c].keep ||
        !at[c].unit[0] || nums[c].value < 2 || nums[c].value > MAX_ENTRIES ||
        nums[c].value != floor(nums[c].value))
        return;
    size_t p = at[c].mention_end > nums[c].end ? at[c].mention_end : nums[c].end;
    while (p < nums[c + 1].start && p < s->end && t[p] != ':')
        p++;
    if (p >= nums[c + 1].start || p >= s->end)
        return;   /* no colon between c and the next figure */
    tok k = {p, p + 1, 0};
    size_t close = breakdown_end(t, s, &k), parts = 0, j;
    double sum = 0;
    for (j = c + 1; j < n && nums[j].start < close; j++) {
        if (nums[j].kind != TALLY_NK_FIGURE)
            continue;   /* a date or a note mark in the list */
        if (!at[j].elliptic || strcmp(at[j].unit, at[c].unit) != 0)
            return;   /* a part with a noun of its own: no list of c's entries */
        sum += nums[j].value;
        parts++;
    }
    if ((double)parts != nums[c].value)
        return;
    for (size_t w = c, hops = 0; w-- > 0 && hops < MAX_WHOLE_BACK; hops++) {
        if (nums[w].kind != TALLY_NK_FIGURE || !at[w].keep || !at[w].unit[0] ||
            is_share(&nums[w], &at[w]) || is_duration(&at[w]) ||
            strcmp(at[w].unit, at[c].unit) == 0)
            continue;
        if (nums[w].value < sum)
            return;   /* the parts exceed it: no whole of theirs */
        for (size_t q = c + 1; q < j; q++) {
            if (nums[q].kind != TALLY_NK_FIGURE)
                continue;
            share_from(&at[w], at[w].noun_start, at[w].noun_end, &at[q]);
            sl[q].src = SRC_ELLIPSIS;
        }
        return;
    }
}

/* "Three works built them: the Aldmoor works delivered 64, ... 72": a
 * figure j followed by a verb (no function word: not "between them") and
 * "them" is the subject of that verb, and
 * the bare numbers after it that took its noun count what "them" stands
 * for, the last plural lexicon noun of the sentence before ("Gliders were
 * short."); with none there, they stay as they were. */
static void subject_them(const lexcols *L, const char *t, const tally_sentence *s,
                         const tally_number *nums, size_t n, tally_attach *out)
{
    tok v, k;
    size_t last = 0;   /* after the last elliptic figure: only figures before it may lend */
    for (size_t i = 1; i < n; i++)
        if (out[i].elliptic && out[i].keep)
            last = i;
    for (size_t j = 0; j < last; j++) {
        if (nums[j].kind != TALLY_NK_FIGURE || !out[j].keep || out[j].elliptic ||
            !out[j].unit[0] || is_measure(&out[j]) ||
            !next_tok(t, out[j].mention_end, s->end, &v) || !v.word || is_stop(t, &v) ||
            !next_tok(t, v.e, s->end, &k) || !tok_is(t, &k, "them"))
            continue;
        tally_attach ant = out[j];
        if (!antecedent_noun(L, t, s, &ant) || strcmp(ant.unit, out[j].unit) == 0)
            return;
        for (size_t i = j + 1; i < n; i++)
            if (nums[i].kind == TALLY_NK_FIGURE && out[i].keep && out[i].elliptic &&
                strcmp(out[i].unit, out[j].unit) == 0 && out[i].noun_start < nums[i].start) {
                put_unit(&out[i], ant.unit, ant.category);
                out[i].noun_start = ant.noun_start;
                out[i].noun_end = ant.noun_end;
            }
        return;
    }
}

/* 1 when figure x took a formation noun from its context ("the army",
 * "the corps") but counts a thousand or more: no text counts armies or
 * divisions by the thousand, so the noun is the owner's, not the thing
 * counted. */
static int formation_horde(const tally_number *x, const tally_attach *a)
{
    return a->elliptic && strcmp(a->category, "formation") == 0 && x->value >= 1000;
}

tally_status tally_context_attach(const char *text, const tally_sentence *s,
                                  const tally_number *nums, size_t n,
                                  const tally_lexicon *lex, tally_attach *out,
                                  tally_error *err)
{
    if (n == 0)
        return TALLY_OK;
    if (!text || !s || !nums || !out)
        return tally_fail(err, TALLY_EUSAGE, "context: NULL argument");
    slot *sl = calloc(n, sizeof *sl);
    if (!sl)
        return tally_fail(err, TALLY_ENOMEM, "context: out of memory");
    lexcols L;
    lexcols_init(&L, lex);
    for (size_t i = 0; i < n; i++) {
        memset(&out[i], 0, sizeof out[i]);
        out[i].noun_start = out[i].noun_end = nums[i].end;
        out[i].mention_start = nums[i].start;
        out[i].mention_end = nums[i].end;
        put_unit(&out[i], "", "other");
        if (nums[i].kind == TALLY_NK_FIGURE)
            attach_own(&L, text, s, nums, n, i, &sl[i], &out[i]);
    }
    for (size_t i = 0; i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE)
            mass_item(nums, i, sl, out, text);
    for (size_t i = 0; i < n; i++)
        attach_paren(text, s, nums, n, i, sl, out);
    for (size_t i = 0; i < n; i++)
        fate_parts(text, s, nums, n, i, sl, out);
    for (size_t i = 0; i < n; i++)
        attach_parallel(text, nums, n, i, sl, out);
    for (size_t i = n; i-- > 0;)
        if (nums[i].kind == TALLY_NK_FIGURE)
            attach_coord(text, nums, n, i, sl, out);
    /* a bare part ("231 of the 288 hulls") waits for its whole, which it
     * must not lend to, and takes no noun from the figures before it */
    for (size_t i = 0; i < n; i++)
        sl[i].part = nums[i].kind == TALLY_NK_FIGURE && sl[i].src == SRC_NONE &&
                     partitive_whole(&L, text, s, nums, n, i) < n &&
                     ellipsis_lead(text, s, &nums[i], 1);
    for (size_t i = 0; i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE && sl[i].src == SRC_NONE)
            group_size(&L, text, s, &nums[i], sl[i].group, sizeof sl[i].group);
    for (size_t i = 0; i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE && sl[i].src == SRC_NONE && !sl[i].part &&
            list_total(text, s, nums, n, i, sl, out))
            sl[i].src = SRC_ELLIPSIS;   /* "310 (June) ... together 1,110 raids" */
    for (size_t i = 0; i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE && sl[i].src == SRC_NONE && !sl[i].part &&
            whole_of_parts(text, s, nums, n, i, sl, out))
            sl[i].src = SRC_GOVERN;   /* "the figure of 900 comprised 700 riveters" */
    for (size_t i = 0; i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE && sl[i].src == SRC_NONE && !sl[i].part) {
            sl[i].src = attach_context(&L, text, s, nums, i, sl, out);
            if (sl[i].src != SRC_NONE && formation_horde(&nums[i], &out[i])) {
                put_unit(&out[i], "", "other");   /* "the army would have 1,150,000":
                                                     no army counts a million; the
                                                     figure before may lend */
                out[i].noun_start = out[i].noun_end = nums[i].end;
                out[i].elliptic = 0;
                sl[i].src = SRC_NONE;
            }
        }
    /* keep is known now for every figure with a noun; pass 6 reads it */
    for (size_t i = 0; i < n; i++)
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    tally_status st = TALLY_OK;
    ellipsis_state es = {0};
    for (size_t i = 0; !st && i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE && sl[i].src == SRC_NONE && !sl[i].part)
            st = resolve_ellipsis(text, s, nums, n, i, lex, sl, &es, out, err);
    /* right to left, so that a whole is resolved before its part; a part
     * whose whole cannot lend goes through passes 5 and 6 as any number */
    for (size_t i = n; !st && i-- > 0;) {
        if (!sl[i].part)
            continue;
        sl[i].part = 0;
        if (attach_partitive(text, s, nums, i, sl, out))
            sl[i].src = SRC_PARTITIVE;
        else if ((sl[i].src = attach_context(&L, text, s, nums, i, sl, out)) == SRC_NONE)
            st = resolve_ellipsis(text, s, nums, n, i, lex, sl, &es, out, err);
        out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
    }
    for (size_t i = 1; !st && i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE && sl[i].src == SRC_NONE && !out[i].keep &&
            partitive_pair(text, nums, i) && nums[i - 1].kind == TALLY_NK_FIGURE &&
            out[i - 1].keep && out[i - 1].unit[0] && !is_share(&nums[i - 1], &out[i - 1]) &&
            ellipsis_follow(text, s, &nums[i]) && ellipsis_lead(text, s, &nums[i], 0)) {
            /* the whole of a part that found its noun late: "one in six of
             * their men, some 1,350 of the 8,140" */
            share_from(&out[i - 1], out[i - 1].noun_start, out[i - 1].noun_end, &out[i]);
            sl[i].src = SRC_ELLIPSIS;
            out[i].keep = decide_keep(text, s, &nums[i], &out[i], &sl[i]);
        }
    for (size_t i = n; !st && i-- > 0;)
        late_coord(text, s, nums, n, i, sl, out);
    for (size_t i = 0; !st && i < n; i++)
        level_figure(&L, lex, text, s, nums, n, i, sl, out);
    for (size_t i = 0; i < n; i++)   /* "26 sailings, some 1,700 to a sailing" */
        if (out[i].keep && sl[i].src >= SRC_COORD && sl[i].src != SRC_PARTITIVE &&
            rate_item(&L, text, s, &nums[i], 1, &out[i]))
            sl[i].src = SRC_PREVIOUS;
    for (size_t i = 0; !st && i < n; i++)
        counts_entries(text, s, nums, n, i, sl, out);
    for (size_t i = 0; i < n; i++)
        if (nums[i].kind == TALLY_NK_FIGURE)
            product_unit(nums, i, sl, out);
    quarter_period(text, s, nums, n, out);
    for (size_t i = n; i-- > 0;)   /* "14,000 crowns a million rounds": a rate's base */
        if (out[i].keep &&
            (scale_base(text, s, nums, out, i) || norm_base(text, s, nums, n, out, i)))
            out[i].keep = 0;
    subject_them(&L, text, s, nums, n, out);
    fighters_people(&L, text, s, n, out);
    machines_aircraft(&L, text, s, n, out);
    injured_people(text, n, out);
    transports_ships(&L, text, s, n, out);
    boats_flying(text, n, out);
    members_of_formation(text, s, nums, n, out);
    munition_tons(&L, text, s, nums, n, out);
    yard_places(text, s, nums, n, out);
    index_points(text, s, nums, n, out);
    part_kind(&L, text, s, nums, n, out);
    learned_money(&L, text, s, n, out);
    series_ordinal(text, s, nums, n, out);
    for (size_t i = 0; i < n; i++) {
        if (out[i].keep || sl[i].src != SRC_NONE || nums[i].kind != TALLY_NK_FIGURE ||
            s->section != TALLY_SECTION_BODY)
            continue;
        if (bare_digits(text, s, &nums[i]))
            out[i].keep = 1;   /* "Estimates ran from 20,000 to 30,000": a figure, unit unknown */
    }
    for (size_t i = 0; i < n; i++) {
        out[i].rule = SRC_NAME[sl[i].src];
        if (out[i].noun_end < out[i].noun_start)
            out[i].noun_end = out[i].noun_start;
    }
    free(sl);
    return st;
}
