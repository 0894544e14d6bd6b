/*
 * relate.c - finding the arithmetic a text asserts among its figures (see
 * relate.h for the kinds).  Everything here reads the facts of one document
 * and the normalised text around them; nothing is computed or judged.
 *
 * The rules, in the order they run, each sentence at a time:
 *  1. parenthetical breakdowns: a figure followed (after at most six words
 *     of its noun phrase) by "(" whose parenthesis holds figures:
 *       two or more parts of the same unit (or of no unit)   -> SUM;
 *       parts that name types of a formation ("six regiments (five MiG-15s
 *       and one La-11)") when their sum is far below what the formations
 *       would hold in aircraft                                -> SUM;
 *       one part, formation <-> aircraft                      -> NORM;
 *       one part that is a share ("800 trucks (40 percent)")  -> FRACTION;
 *  2. a parenthesis with no figure before it that holds formation counts
 *     and one aircraft count ("(three regiments and 90 MiG-15s)") -> NORM;
 *  3. total cues ("totaling", "amounting to", "a total of", "in all",
 *     "altogether", "combined", "all told"): the total is the figure right
 *     after (or right before) the cue, the parts are the comparable figures
 *     before it in the sentence, at the same parenthesis depth, back to the
 *     first figure of another unit or a ";".  A total opening its sentence
 *     ("In all, 75 bombers") takes its parts from the one or two sentences
 *     before it in the paragraph.  Aircraft totals over formation counts
 *     give NORM; restatements ", or about N planes" after formations too;
 *  4. "of which" / "of whom" / "of them" and "N ... of the M"  -> SUBSET;
 *  5. shares with a part in a parenthesis or after ", or"      -> FRACTION,
 *     with the whole when "of" leads to a figure, else the whole's noun;
 *  1b. "N X: A for ..., B for ... and C for ..." (parts after a colon) -> SUM;
 *  6. "from A to B" with a percentage in the sentence           -> CHANGE;
 *  6b. "B, N per cent more / less than the <base>": the base after
 *     "than", else looked up earlier in the document           -> CHANGE;
 *  5b. a share in apposition ("X, or N per cent of the <whole>", "X, N per
 *     cent of the <whole>"); a list of parts before it ("85 tanks, 36
 *     guns, or about 60 per cent of ..."); the whole looked up earlier in
 *     the document when it is named but not stated      -> FRACTION;
 *  7. a figure R said of one thing ("an airfield ... 24,000 person-days",
 *     "each lorry needed 3 drivers for every shift"), every count C of
 *     those things between R and a later figure P of R's unit in the same
 *     or the next sentence -> PRODUCT; a rate whose own sentence states a
 *     count of its thing is bound to that sentence;
 *  7b. "X in Y sorties, an average of Z per sortie": Z = X / Y -> PRODUCT
 *     (average);
 *  8. "doubled / tripled / halved ... to B", "B, twice what ...": B = k x a
 *     base stated beside it or looked up earlier      -> PRODUCT (factor);
 *  9. "a shortfall of D", "short by D", "D more / fewer than": the two
 *     figures of D's unit before it                    -> DIFFERENCE;
 * 10. "N X of M Y each" (M x N against the figure of Y's unit beside it),
 *     "X at N per cent ... P" (interest, issue price), "R a month, or P a
 *     year" and "R a year for N years ... P in all"     -> PRODUCT.
 * Totals closed by a cue with no parts beside them ("Together the two
 * yards launched 23") take them from the one or two sentences before
 * (earlier_parts), leaving out rates ("50 a month", "every four").
 *
 * Looking up earlier in the document (look_back): candidates are figures
 * before the stated one, of its unit (or of an interchangeable category:
 * people, aircraft), larger than the part for a whole, not actual figures
 * when the cue names a plan or a promise (the "modality" lexicon table).
 * Each is scored by the content words its clause shares with the cue and
 * the stated figure's clause (nouns of the unit left out); the best is
 * taken when it shares a word with the cue itself or is the only
 * candidate, else there is no relation (or the share stays unverifiable).
 *
 * Grammar words (cues, articles) are part of the rules and live in the
 * small tables below; the domain words (units, formations) come from the
 * lexicon.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/relate.h"
#include "tally/isodate.h"

#define NOPOS ((size_t)-1)

/* what relate knows about each fact */
typedef struct finfo {
    char unit[48], cat[16];  /* as tally_relate_unit() reads them */
    int formation;           /* the unit is a key of the "norms" table */
    int aircraft;            /* unit or category aircraft */
    int share;               /* a percentage or fraction */
    size_t popen;            /* offset of the innermost enclosing '(' in its sentence */
    int used;                /* already a part of a breakdown or restatement */
    int part;                /* a part of a SUM (not a total itself) */
} finfo;

typedef struct ctx {
    const char *t;              /* document text */
    const tally_segments *seg;
    const tally_facts *f;
    const tally_lexicon *lex;
    finfo *fi;
    tally_relations *out;
} ctx;

const char *tally_relation_kind_name(tally_relation_kind k)
{
    static const char *n[] = {"sum",    "norm",   "product",   "fraction",
                              "change", "subset", "difference"};
    return (unsigned)k < sizeof n / sizeof *n ? n[k] : "sum";
}

void tally_relations_free(tally_relations *r)
{
    if (!r)
        return;
    free(r->v);
    memset(r, 0, sizeof *r);
}

/* ---- text helpers ---- */

/* 1 for bytes that belong to a word: letters, digits, hyphen, UTF-8. */
static int wch(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '\'' || c >= 0x80;
}

/* Match phrase p (lower case, single spaces) at t+i, case-insensitively,
 * on word boundaries; returns the offset after the match or 0. */
static size_t phrase_at(const char *t, size_t i, size_t end, const char *p)
{
    if (i > 0 && wch((unsigned char)t[i - 1]) && isalnum((unsigned char)p[0]))
        return 0;
    size_t j = i;
    for (; *p; p++) {
        if (*p == ' ') {
            if (j >= end || !isspace((unsigned char)t[j]))
                return 0;
            while (j < end && isspace((unsigned char)t[j]))
                j++;
            continue;
        }
        if (j >= end || tolower((unsigned char)t[j]) != *p)
            return 0;
        j++;
    }
    if (j < end && wch((unsigned char)t[j]) && isalnum((unsigned char)p[-1]))
        return 0;
    return j;
}

/* Count the words in t[a..b); -1 if a punctuation mark from stops occurs. */
static int words_between(const char *t, size_t a, size_t b, const char *stops)
{
    int n = 0, in = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)t[i];
        if (strchr(stops, c) && c)
            return -1;
        if (wch(c)) {
            if (!in)
                n++;
            in = 1;
        } else {
            in = 0;
        }
    }
    return n;
}

/* Copy the lower-cased word starting at t+i into w (at most cap-1 bytes);
 * returns the offset after the word. */
static size_t word_at(const char *t, size_t i, size_t end, char *w, size_t cap)
{
    size_t k = 0;
    while (i < end && wch((unsigned char)t[i])) {
        if (k + 1 < cap)
            w[k++] = (char)tolower((unsigned char)t[i]);
        i++;
    }
    w[k] = '\0';
    return i;
}

/* 1 when the text from a to b ends in a comma or "and": the figure at b
 * continues a list ("85 tanks, 36 fighters", "... and 0.6 million"). */
static int joined_to(const char *t, size_t a, size_t b)
{
    size_t z = b;
    while (z > a && t[z - 1] == ' ')
        z--;
    return (z > a && t[z - 1] == ',') || (z >= a + 3 && phrase_at(t, z - 3, z, "and"));
}

/* ---- units ---- */

/* Look word w up in the lexicon: units table, then norms (singular or
 * plural), then designation prefixes ("mig-15s" -> "mig").  1 if found. */
static int lookup_word(const tally_lexicon *lex, const char *w, char unit[48], char cat[16])
{
    const char *u, *c;
    if (!lex || !*w)
        return 0;
    if ((u = tally_lexicon_get(lex, "units", w, "unit")) != NULL) {
        c = tally_lexicon_get(lex, "units", w, "category");
        snprintf(unit, 48, "%s", u);
        snprintf(cat, 16, "%s", c ? c : "other");
        return 1;
    }
    char sing[48];
    snprintf(sing, sizeof sing, "%s", w);
    size_t n = strlen(sing);
    for (int pass = 0; pass < 2; pass++) {
        if (tally_lexicon_has(lex, "norms", sing)) {
            snprintf(unit, 48, "%s", sing);
            snprintf(cat, 16, "formation");
            return 1;
        }
        if (n > 1 && sing[n - 1] == 's')
            sing[--n] = '\0';
        else
            break;
    }
    char pre[48];
    size_t k = 0;
    while (w[k] && isalpha((unsigned char)w[k]) && k + 1 < sizeof pre) {
        pre[k] = w[k];
        k++;
    }
    pre[k] = '\0';
    if (k > 0 && (w[k] == '-' || isdigit((unsigned char)w[k])) &&
        (u = tally_lexicon_get(lex, "designations", pre, "unit")) != NULL) {
        c = tally_lexicon_get(lex, "designations", pre, "category");
        snprintf(unit, 48, "%s", u);
        snprintf(cat, 16, "%s", c ? c : "other");
        return 1;
    }
    return 0;
}

void tally_relate_unit(const char *text, const tally_fact *f, const tally_lexicon *lex,
                       char unit[48], char cat[16])
{
    static const char *const stop[] = {"and", "or", "of", "in", "with", "to", "at", "for",
                                       "from", "by", "on", "each", "per", "were", "was",
                                       "would", "had", "that", "which", NULL};
    unit[0] = cat[0] = '\0';
    if (f->unit && f->unit[0]) {
        snprintf(unit, 48, "%s", f->unit);
        snprintf(cat, 16, "%s", f->category ? f->category : "");
        return;
    }
    if (f->category && strcmp(f->category, "other") != 0)
        snprintf(cat, 16, "%s", f->category);
    /* the head noun: the last known word of up to four after the number */
    size_t i = f->tend, end = i + 120;
    for (size_t k = i; k < end; k++)
        if (!text[k]) {
            end = k;
            break;
        }
    for (int nw = 0; nw < 4 && i < end; nw++) {
        while (i < end && text[i] == ' ')
            i++;
        if (i >= end || !wch((unsigned char)text[i]))
            break;
        char w[48], u[48], c[16];
        i = word_at(text, i, end, w, sizeof w);
        int is_stop = 0;
        for (size_t s = 0; stop[s]; s++)
            if (strcmp(w, stop[s]) == 0)
                is_stop = 1;
        if (is_stop)
            break;
        if (lookup_word(lex, w, u, c)) {
            memcpy(unit, u, 48);
            memcpy(cat, c, 16);
        }
    }
}

/* ---- relations ---- */

static int add_rel(ctx *c, const tally_relation *r)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].kind == r->kind && c->out->v[i].stated == r->stated)
            return 0;   /* one relation of a kind per stated figure */
    if (grow_array((void **)&c->out->v, &c->out->cap, c->out->n + 1, sizeof *c->out->v) < 0)
        return -1;
    c->out->v[c->out->n++] = *r;
    return 0;
}

static void rel_init(tally_relation *r, tally_relation_kind k, size_t stated, const char *cue)
{
    memset(r, 0, sizeof *r);
    r->kind = k;
    r->stated = stated;
    r->cue = cue;
}

static void rel_part(ctx *c, tally_relation *r, size_t fact)
{
    if (r->nparts >= TALLY_REL_MAXPARTS)
        return;
    tally_operand *o = &r->parts[r->nparts++];
    o->fact = fact;
    o->formation[0] = '\0';
    o->role = TALLY_OP_MAIN;
    o->rate = 0;
    if (fact != TALLY_NO_FACT && c->fi[fact].formation)
        snprintf(o->formation, sizeof o->formation, "%.23s", c->fi[fact].unit);
    if (fact != TALLY_NO_FACT && r->kind == TALLY_REL_SUM)
        c->fi[fact].part = 1;
}

/* rel_part with a role (FRACTION lists). */
static void rel_part_role(ctx *c, tally_relation *r, size_t fact, tally_operand_role role)
{
    size_t n = r->nparts;
    rel_part(c, r, fact);
    if (r->nparts > n)
        r->parts[n].role = role;
}

static int same_unit(const finfo *a, const finfo *b)
{
    return a->unit[0] && strcmp(a->unit, b->unit) == 0;
}

/* The facts of sentence si: [*lo, *hi) in facts->v (facts are in order). */
static void sent_range(const ctx *c, size_t si, size_t *lo, size_t *hi)
{
    size_t a = 0, z = c->f->n;
    while (a < z) {   /* facts are sorted by sentence: binary search */
        size_t mid = a + (z - a) / 2;
        if (c->f->v[mid].sent_index < si)
            a = mid + 1;
        else
            z = mid;
    }
    size_t b = a;
    while (b < c->f->n && c->f->v[b].sent_index == si)
        b++;
    *lo = a;
    *hi = b;
}

/* Offset of the "(" that opens a parenthesis right after fact i's noun
 * phrase (at most six words, no other figure, no , ; : . in between). */
static size_t paren_after(const ctx *c, size_t i, size_t send)
{
    const tally_fact *f = &c->f->v[i];
    size_t k = f->tend;
    while (k < send && c->t[k] != '(') {
        if (strchr(",;:.)[", c->t[k]))
            return NOPOS;
        k++;
    }
    if (k >= send || words_between(c->t, f->tend, k, "") > 6)
        return NOPOS;
    if (i + 1 < c->f->n && c->f->v[i + 1].tstart < k &&
        c->f->v[i + 1].sent_index == f->sent_index)
        return NOPOS;
    return k;
}

/* Rule 1: a figure and the parenthesis after it. */
static int rule_breakdown(ctx *c, size_t i, size_t lo, size_t hi, size_t send)
{
    finfo *T = &c->fi[i];
    size_t p = paren_after(c, i, send);
    if (p == NOPOS || T->share)
        return 0;
    size_t kids[TALLY_REL_MAXPARTS], k = 0;
    for (size_t j = lo; j < hi; j++)
        if (c->fi[j].popen == p && k < TALLY_REL_MAXPARTS)
            kids[k++] = j;
    if (k == 0)
        return 0;
    tally_relation r;
    if (k >= 2) {
        int same = 1, formish = 1;
        double sum = 0;
        for (size_t m = 0; m < k; m++) {
            const finfo *P = &c->fi[kids[m]];
            /* a part whose noun the lexicon does not know ("five Wellington")
             * names a type of what the total counts */
            int known = P->unit[0] && P->cat[0] && strcmp(P->cat, "other") != 0;
            if (known && !same_unit(P, T))
                same = 0;
            if (P->share)
                same = formish = 0;
            if (known && !P->aircraft && !P->formation)
                formish = 0;
            sum += c->f->v[kids[m]].value;
        }
        if (!same && formish && T->formation) {
            /* parts named by aircraft type: count formations when their sum
             * is far below the aircraft the formations would hold */
            const char *lowc = tally_lexicon_get(c->lex, "norms", T->unit, "low");
            int ok = 0;
            double low = lowc ? tally_cell_num(lowc, &ok) : 0;
            double n = c->f->v[i].value;
            if (ok && n > 0 && sum / n < low / 2)
                same = 1;
        }
        if (!same)
            return 0;
        rel_init(&r, TALLY_REL_SUM, i, "parenthesis");
        for (size_t m = 0; m < k; m++) {
            rel_part(c, &r, kids[m]);
            c->fi[kids[m]].used = 1;
        }
        return add_rel(c, &r);
    }
    size_t j = kids[0];
    finfo *P = &c->fi[j];
    if (T->formation && P->aircraft) {
        rel_init(&r, TALLY_REL_NORM, j, "parenthesis");
        rel_part(c, &r, i);
    } else if (T->aircraft && P->formation) {
        rel_init(&r, TALLY_REL_NORM, i, "parenthesis");
        rel_part(c, &r, j);
    } else if (P->share && !T->share) {
        rel_init(&r, TALLY_REL_FRACTION, i, "parenthesis");
        rel_part(c, &r, j);
        rel_part(c, &r, TALLY_NO_FACT);
    } else {
        return 0;
    }
    P->used = 1;
    return add_rel(c, &r);
}

/* Rule 2: "(three regiments and 90 MiG-15s)": formations and one aircraft
 * count together in a parenthesis that breaks down no figure. */
static int rule_paren_norm(ctx *c, size_t lo, size_t hi)
{
    for (size_t j = lo; j < hi; j++) {
        size_t p = c->fi[j].popen;
        if (p == NOPOS || c->fi[j].used || (j > lo && c->fi[j - 1].popen == p))
            continue;   /* once per parenthesis, at its first figure */
        size_t air = NOPOS, nair = 0, nform = 0, other = 0;
        for (size_t m = j; m < hi && c->fi[m].popen == p; m++) {
            if (c->fi[m].used)
                other++;
            else if (c->fi[m].aircraft)
                air = m, nair++;
            else if (c->fi[m].formation)
                nform++;
            else
                other++;
        }
        if (nair != 1 || nform == 0 || other)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_NORM, air, "parenthesis");
        for (size_t m = j; m < hi && c->fi[m].popen == p; m++)
            if (m != air) {
                rel_part(c, &r, m);
                c->fi[m].used = 1;
            }
        c->fi[air].used = 1;
        if (add_rel(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* CUE_LATE: the cue closes a list of the sentences before, never of its
 * own ("Together the two yards launched 23"); the total may come a few
 * words after it. */
static int is_rate(const ctx *c, size_t j);
static int word_before_is(const ctx *c, size_t i, size_t start, const char *const *ws);
static int rate_of(const ctx *c, size_t j, int *period);

enum { CUE_AFTER = 1, CUE_BEFORE = 2, CUE_RESTATE = 4, CUE_LATE = 8 };
static const struct {
    const char *p;
    int how;
} total_cues[] = {
    {"totaling", CUE_AFTER},     {"totalling", CUE_AFTER},   {"amounting to", CUE_AFTER},
    {"a total of", CUE_AFTER},   {"adding up to", CUE_AFTER}, {"in all", CUE_BEFORE},
    {"all told", CUE_BEFORE},    {"in total", CUE_BEFORE},   {"altogether", CUE_BEFORE | CUE_AFTER},
    {"combined", CUE_BEFORE | CUE_AFTER}, {"together", CUE_AFTER | CUE_LATE},
    {"between them", CUE_AFTER | CUE_LATE},
    {", or about", CUE_RESTATE}, {", or some", CUE_RESTATE}, {", or roughly", CUE_RESTATE},
    {", or around", CUE_RESTATE}, {", or approximately", CUE_RESTATE},
    {", or nearly", CUE_RESTATE}, {", or almost", CUE_RESTATE},
};

/* The figure starting within `words` words after offset a in sentence
 * [lo,hi), not inside a parenthesis it does not share; NOPOS if none. */
static size_t fact_after(const ctx *c, size_t a, size_t lo, size_t hi, int words)
{
    for (size_t j = lo; j < hi; j++)
        if (c->f->v[j].tstart >= a) {
            int w = words_between(c->t, a, c->f->v[j].tstart, ";:()");
            return w >= 0 && w <= words ? j : NOPOS;
        }
    return NOPOS;
}

/* The figure ending within `words` words before offset b, with none of
 * the marks in stops in between. */
static size_t fact_before_s(const ctx *c, size_t b, size_t lo, size_t hi, int words,
                            const char *stops)
{
    for (size_t j = hi; j-- > lo;)
        if (c->f->v[j].tend <= b) {
            int w = words_between(c->t, c->f->v[j].tend, b, stops);
            return w >= 0 && w <= words ? j : NOPOS;
        }
    return NOPOS;
}

/* The figure ending within `words` words before offset b. */
static size_t fact_before(const ctx *c, size_t b, size_t lo, size_t hi, int words)
{
    for (size_t j = hi; j-- > lo;)
        if (c->f->v[j].tend <= b) {
            int w = words_between(c->t, c->f->v[j].tend, b, ";:()");
            return w >= 0 && w <= words ? j : NOPOS;
        }
    return NOPOS;
}

/* Collect the parts of a total T from figures [lo, before) going back:
 * comparable figures at T's parenthesis depth, stopping at a figure of
 * another unit or a ';'.  Fills same[] (T's unit) and form[] (formations
 * for an aircraft total). */
static void collect_parts(ctx *c, size_t T, size_t lo, size_t before, size_t *same,
                          size_t *nsame, size_t *form, size_t *nform)
{
    const finfo *t = &c->fi[T];
    size_t cut = c->f->v[T].tstart;
    *nsame = *nform = 0;
    for (size_t j = before; j-- > lo;) {
        const finfo *P = &c->fi[j];
        const tally_fact *pf = &c->f->v[j];
        if (pf->sent_index == c->f->v[T].sent_index &&
            words_between(c->t, pf->tend, cut, ";") < 0)
            break;
        if (P->used || P->popen != t->popen)
            continue;   /* inside a breakdown: counted through its total */
        if (P->share)
            break;
        if (same_unit(P, t)) {
            if (*nform)
                break;
            /* "14 lost at least one ship, and ... 9 sunk and 4 damaged, 15
             * in all": an open bound outside the list is not one of its items */
            if (*nsame && (pf->qual == TALLY_Q_AT_LEAST || pf->qual == TALLY_Q_AT_MOST) &&
                !joined_to(c->t, pf->tend, c->f->v[same[*nsame - 1]].tstart))
                break;
            if (*nsame < TALLY_REL_MAXPARTS)
                same[(*nsame)++] = j;
        } else if (t->aircraft && P->formation) {
            if (*nsame)
                break;
            if (*nform < TALLY_REL_MAXPARTS)
                form[(*nform)++] = j;
        } else {
            break;
        }
    }
}

/* 1 when figure j is written bare ("and in 1944, 1,310."): its mention
 * is its number alone, so its unit was read from context. */
static int bare(const tally_fact *f)
{
    return f->mention && f->number_text && strcmp(f->mention, f->number_text) == 0 &&
           !(f->category && strcmp(f->category, "money") == 0);
}

/* 1 when figure j may count T's things in a list of earlier sentences:
 * of T's unit, or written bare in a sentence that names T's unit on
 * another figure (the noun is left out: "1,140 tanks, and in 1944,
 * 1,310"); a rate of T's period when T is a rate, not a rate when it is
 * not ("135 tanks a month" adds up "50 a month"). */
static int list_part(const ctx *c, size_t j, size_t T)
{
    int pj, pt, rj = rate_of(c, j, &pj), rt = rate_of(c, T, &pt);
    if (rj != rt || (rt && pj != pt))
        return 0;
    if (same_unit(&c->fi[j], &c->fi[T]))
        return 1;
    static const char *const of[] = {"of", NULL};
    if (!bare(&c->f->v[j]) || word_before_is(c, c->f->v[j].tstart, 0, of))
        return 0;   /* "three battalions of 32": a size, not a count */
    size_t a, b;
    sent_range(c, c->f->v[j].sent_index, &a, &b);
    for (size_t k = a; k < b; k++)
        if (k != j && same_unit(&c->fi[k], &c->fi[T]))
            return 1;
    return 0;
}

#define EARLIER_SENTS 3

/* The parts of total T (first figure of its sentence: lo) in the one to
 * three sentences before it in paragraph para: figures that list_part()
 * admits, not used, smaller than T.  Of the nearest k sentences (k = 1, 2,
 * 3) giving two or more, the fewest whose sum comes within a tenth of T,
 * else those whose sum comes nearest; a choice of reading, not the check
 * (verify judges the sum); none when their sum is below half of T or
 * above one and a half times it (a list that does not account for T, not
 * a slip).  Parts of another sum and figures inside a parenthesis that
 * already serve a relation are left out; a figure that is the part of a
 * share ("612 tanks, 38 per cent of the plan") may still be listed.
 * Filled into same[] backwards (as collect_parts does); returns their
 * number (0 unless at least two). */
static size_t earlier_parts(const ctx *c, size_t T, size_t lo, int para, size_t *same,
                            size_t *ns)
{
    *ns = 0;
    size_t end = lo, upto[EARLIER_SENTS];
    double sum = 0, sums[EARLIER_SENTS], tv = c->f->v[T].value;
    int nk = 0;
    for (; nk < EARLIER_SENTS && end > 0; nk++) {
        size_t ps = c->f->v[end - 1].sent_index, a, b;
        if (ps >= c->seg->nsents || c->seg->sents[ps].para != para)
            break;
        sent_range(c, ps, &a, &b);
        for (size_t j = b; j-- > a && *ns < TALLY_REL_MAXPARTS;)
            if (!c->fi[j].part && !(c->fi[j].used && c->fi[j].popen != NOPOS) &&
                !c->fi[j].share && c->f->v[j].value < tv && list_part(c, j, T)) {
                same[(*ns)++] = j;
                sum += c->f->v[j].value;
            }
        upto[nk] = *ns;
        sums[nk] = sum;
        end = a;
    }
    int best = -1;
    for (int k = 0; k < nk && best < 0; k++)
        if (upto[k] >= 2 && fabs(sums[k] - tv) <= 0.1 * tv)
            best = k;
    for (int k = 0; k < nk && best < 0; k++)
        if (upto[k] >= 2) {
            best = k;
            for (int m = k + 1; m < nk; m++)
                if (upto[m] > upto[best] && fabs(sums[m] - tv) < fabs(sums[best] - tv))
                    best = m;
        }
    *ns = best < 0 ? 0 : upto[best];
    if (*ns && !(sums[best] >= 0.5 * tv && sums[best] <= 1.5 * tv))
        *ns = 0;   /* the list does not account for the total: no breakdown */
    return *ns;
}

/* Make a SUM or NORM relation for total T from the collected parts. */
static int total_rel(ctx *c, size_t T, const char *cue, const size_t *same, size_t nsame,
                     const size_t *form, size_t nform)
{
    tally_relation r;
    if (nsame >= 2)
        rel_init(&r, TALLY_REL_SUM, T, cue);
    else if (nform >= 1 && nsame == 0)
        rel_init(&r, TALLY_REL_NORM, T, cue);
    else
        return 0;
    const size_t *v = nsame >= 2 ? same : form;
    size_t n = nsame >= 2 ? nsame : nform;
    for (size_t m = n; m-- > 0;)   /* collected backwards: restore text order */
        rel_part(c, &r, v[m]);
    return add_rel(c, &r);
}

/* Rule 1b: "3.2 million person-days: 1.9 million for the earthworks, 0.8
 * million for the bridges and 0.6 million for the track": the last figure
 * of the clause before a colon (at most six words before it) and the
 * figures of its unit (or of none) after the colon, at its parenthesis
 * depth, each after a comma or "and", up to a ';', a share, a figure of
 * another unit or one that no longer continues the list -> SUM. */
static int rule_colon(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        if (c->t[i] != ':')
            continue;
        size_t T = fact_before_s(c, i, lo, hi, 6, ";:,()");
        if (T == NOPOS || c->fi[T].share || !c->fi[T].unit[0] || c->fi[T].used)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "colon");
        int ok = 1;
        for (size_t j = T + 1; j < hi && ok; j++) {
            const finfo *P = &c->fi[j];
            if (c->f->v[j].tstart < i || P->popen != c->fi[T].popen)
                continue;
            if (words_between(c->t, i, c->f->v[j].tstart, ";") < 0 || P->share || P->used ||
                (P->unit[0] && !same_unit(P, &c->fi[T])))
                break;
            if (r.nparts > 0 &&
                !joined_to(c->t, c->f->v[r.parts[r.nparts - 1].fact].tend, c->f->v[j].tstart))
                break;   /* the list is over: "..., and on that day 90 of them" */
            if (!(c->f->v[j].value < c->f->v[T].value))
                ok = 0;   /* a part as large as the total: no breakdown */
            else
                rel_part(c, &r, j);
        }
        if (!ok || r.nparts < 2)
            continue;
        for (size_t k = 0; k < r.nparts; k++)
            c->fi[r.parts[k].fact].used = 1;
        if (add_rel(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Rule 3: totals closed by a cue. */
static int rule_cues(ctx *c, size_t si, size_t lo, size_t hi)
{
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        for (size_t q = 0; q < sizeof total_cues / sizeof *total_cues; q++) {
            size_t e = phrase_at(c->t, i, s->end, total_cues[q].p);
            if (!e)
                continue;
            int how = total_cues[q].how;
            const char *cue = total_cues[q].p[0] == ',' ? total_cues[q].p + 2 : total_cues[q].p;
            size_t same[TALLY_REL_MAXPARTS], form[TALLY_REL_MAXPARTS], ns, nf;
            if (how & CUE_RESTATE) {
                size_t T = fact_after(c, i + 1, lo, hi, 2), F = fact_before(c, i, lo, hi, 5);
                if (T == NOPOS || F == NOPOS)
                    continue;
                tally_relation r;
                if (c->fi[F].formation && c->fi[T].aircraft) {
                    rel_init(&r, TALLY_REL_NORM, T, cue);
                    rel_part(c, &r, F);
                } else if (c->fi[F].aircraft && c->fi[T].formation) {
                    rel_init(&r, TALLY_REL_NORM, F, cue);
                    rel_part(c, &r, T);
                } else {
                    continue;
                }
                c->fi[T].used = 1;
                if (add_rel(c, &r) < 0)
                    return -1;
                continue;
            }
            if ((how & CUE_LATE) && phrase_at(c->t, e + (c->t[e] == ' '), s->end, "with"))
                continue;   /* "together with 240 spare engines" */
            size_t T = NOPOS;
            if (how & CUE_BEFORE)
                T = fact_before(c, i, lo, hi, 3);
            if (T == NOPOS && (how & CUE_AFTER))
                T = fact_after(c, e, lo, hi, (how & CUE_LATE) ? 5 : 2);
            int opening = words_between(c->t, s->start, i, "") == 0;
            if (T == NOPOS && opening)
                T = fact_after(c, e, lo, hi, 2);
            /* "Together the two yards launched 23": past small counts of
             * another unit to the figure the list before adds up to */
            while ((how & CUE_LATE) && T != NOPOS && T + 1 < hi && c->fi[T].cat[0] &&
                   !earlier_parts(c, T, lo, s->para, same, &ns) &&
                   words_between(c->t, e, c->f->v[T + 1].tstart, ";:()") <= 6)
                T++;
            if (T == NOPOS || c->fi[T].share || !c->fi[T].unit[0] || c->fi[T].used)
                continue;
            /* a rate ("135 tanks a month") adds up rates of its period
             * stated in the sentences before, never figures beside it */
            int rate = is_rate(c, T);
            ns = nf = 0;
            if (!(how & CUE_LATE) && !rate)
                collect_parts(c, T, lo, T, same, &ns, form, &nf);
            if (ns + nf == 0)   /* "In all, 75 bombers": the list is in the sentences before */
                earlier_parts(c, T, lo, s->para, same, &ns);
            if (rate && ns < 2)
                continue;
            if (total_rel(c, T, cue, same, ns, form, nf) < 0)
                return -1;
            /* "together ... carried 16,050 tons in 6,160 sorties": a second
             * total of another unit in the same clause, its parts listed
             * in the same sentences */
            if (!(how & CUE_LATE) || ns < 2)
                continue;
            for (size_t U = T + 1; U < hi; U++) {
                if (words_between(c->t, c->f->v[U - 1].tend, c->f->v[U].tstart, ";:(),") < 0 ||
                    words_between(c->t, c->f->v[U - 1].tend, c->f->v[U].tstart, "") > 4)
                    break;
                if (c->fi[U].share || c->fi[U].used || !c->fi[U].unit[0] ||
                    same_unit(&c->fi[U], &c->fi[T]) || is_rate(c, U))
                    continue;
                size_t ns2;
                earlier_parts(c, U, lo, s->para, same, &ns2);
                if (ns2 >= 2 && total_rel(c, U, cue, same, ns2, form, 0) < 0)
                    return -1;
            }
        }
    }
    return 0;
}

/* 1 when a preposition follows the figure j (or its noun, if it has a
 * unit word right after the number): "15 to weather", "20 in storms". */
static int prep_after(const ctx *c, size_t j, size_t send)
{
    static const char *const preps[] = {"to", "in", "by", "from", "for", "at", "on",
                                        "through", "during", NULL};
    size_t i = c->f->v[j].tend;
    for (int nw = 0; nw < 2 && i < send; nw++) {
        while (i < send && c->t[i] == ' ')
            i++;
        char w[48];
        size_t e = word_at(c->t, i, send, w, sizeof w);
        if (!e || e == i)
            return 0;
        for (size_t q = 0; preps[q]; q++)
            if (strcmp(w, preps[q]) == 0)
                return 1;
        i = e;
    }
    return 0;
}

/* Rule 3c: "Some 23 aircraft were lost, 15 to weather and eight to
 * fighters": a figure T, a comma, then two or more figures right after it
 * joined by commas and "and", each of T's unit or written bare, each
 * followed by a preposition (the cause or place of its share of T), each
 * smaller than T -> SUM.  "12,000 men, 8,000 of them infantry" has no
 * preposition after its parts and is no breakdown. */
static int rule_comma_list(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t send = c->seg->sents[si].end;
    for (size_t T = lo; T + 2 < hi; T++) {
        const finfo *t = &c->fi[T];
        if (t->used || t->part || t->share || !t->unit[0] || is_rate(c, T))
            continue;
        size_t k = c->f->v[T].tend;
        while (k < send && c->t[k] != ',' && c->t[k] != ';' && c->t[k] != ':' &&
               c->t[k] != '(')
            k++;
        if (k >= send || c->t[k] != ',' || words_between(c->t, c->f->v[T].tend, k, "()") > 5)
            continue;
        size_t A = fact_after(c, k + 1, lo, hi, 0);
        if (A != T + 1)
            continue;
        size_t parts[TALLY_REL_MAXPARTS], np = 0;
        for (size_t j = A; j < hi && np < TALLY_REL_MAXPARTS; j++) {
            const finfo *P = &c->fi[j];
            if (j > A && !joined_to(c->t, c->f->v[j - 1].tend, c->f->v[j].tstart))
                break;
            if (P->used || P->share || c->f->v[j].value >= c->f->v[T].value ||
                !(same_unit(P, t) || bare(&c->f->v[j])) || !prep_after(c, j, send))
                break;
            parts[np++] = j;
        }
        if (np < 2)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "comma list");
        for (size_t m = 0; m < np; m++)
            rel_part(c, &r, parts[m]);
        for (size_t m = 0; m < r.nparts; m++)
            c->fi[r.parts[m].fact].used = 1;
        c->fi[T].used = 1;
        if (add_rel(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* 1 when fact j is a sum of money. */
static int money(const ctx *c, size_t j)
{
    return strcmp(c->fi[j].cat, "money") == 0 && c->fi[j].unit[0];
}

/* Rule 3d: loans in two currencies added up at a stated rate: "£2m and
 * $6 million ... at $4.80 to the pound, the two loans together came to
 * $15.6 million".  A sum of money R followed by "to the", "to one" or "to
 * a" and a word (the rate of exchange, R's currency per one of the
 * other), a total T of R's currency after it closed by a total cue; the
 * parts are the sums of money before R in its sentence, else in the
 * sentence before (same paragraph): of T's currency or of exactly one
 * other, at least one of each; those of the other are multiplied by R ->
 * SUM.
 * T is marked used either way, so that no sum of mixed currencies is
 * made of it. */
static int rule_convert(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const to[] = {"to the", "to one", "to a", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t R = lo; R < hi; R++) {
        if (!money(c, R))
            continue;
        size_t i = c->f->v[R].tend, e = 0;
        while (i < s->end && c->t[i] == ' ')
            i++;
        for (size_t q = 0; to[q] && !e; q++)
            e = phrase_at(c->t, i, s->end, to[q]);
        if (!e)
            continue;
        size_t T = NOPOS;
        for (size_t j = R + 1; j < hi && T == NOPOS; j++)
            if (money(c, j) && same_unit(&c->fi[j], &c->fi[R]))
                T = j;
        if (T == NOPOS || c->fi[T].used)
            continue;
        int cue = 0;
        for (size_t k = s->start; k < c->f->v[T].tstart && !cue; k++)
            for (size_t q = 0; q < sizeof total_cues / sizeof *total_cues && !cue; q++)
                cue = !(total_cues[q].how & CUE_RESTATE) &&
                      phrase_at(c->t, k, s->end, total_cues[q].p);
        if (!cue)
            continue;
        c->fi[T].used = 1;
        size_t a = lo, b = R;
        int n_here = 0;
        for (size_t j = lo; j < R; j++)
            n_here += money(c, j);
        if (n_here < 2 && lo > 0) {
            size_t ps = c->f->v[lo - 1].sent_index;
            if (ps < c->seg->nsents && c->seg->sents[ps].para == s->para)
                sent_range(c, ps, &a, &b);
        }
        const char *other = NULL;
        int ok = 1, nother = 0;
        size_t parts[TALLY_REL_MAXPARTS], np = 0;
        for (size_t j = a; j < b && ok; j++) {
            if (!money(c, j) || c->fi[j].share || j == R)
                continue;
            if (!same_unit(&c->fi[j], &c->fi[R])) {
                if (other && strcmp(other, c->fi[j].unit) != 0)
                    ok = 0;
                other = c->fi[j].unit;
                nother++;
            }
            if (np < TALLY_REL_MAXPARTS)
                parts[np++] = j;
        }
        if (!ok || !nother || nother == (int)np)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "rate of exchange");
        for (size_t m = 0; m < np; m++) {
            rel_part(c, &r, parts[m]);
            if (!same_unit(&c->fi[parts[m]], &c->fi[R]))
                r.parts[m].rate = R + 1;
        }
        if (add_rel(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Rule 3b: "N formations with / which had / equipped with M aircraft". */
static int rule_with(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const with[] = {"with", "had", "having", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        for (size_t q = 0; with[q]; q++) {
            size_t e = phrase_at(c->t, i, s->end, with[q]);
            if (!e)
                continue;
            size_t F = fact_before_s(c, i, lo, hi, 6, ",;:(");
            size_t A = fact_after(c, e, lo, hi, 1);
            if (F == NOPOS || A == NOPOS || !c->fi[F].formation || !c->fi[A].aircraft ||
                c->fi[A].used)
                continue;
            tally_relation r;
            rel_init(&r, TALLY_REL_NORM, A, with[q]);
            rel_part(c, &r, F);
            c->fi[A].used = 1;
            if (add_rel(c, &r) < 0)
                return -1;
        }
    }
    return 0;
}

/* Rule 4: parts of a stated whole. */
/* "Of the 23 aircraft lost, 17 were ...": the figure right after the
 * first comma that follows whole W (within six words of it). */
static size_t opening_part(const ctx *c, size_t W, size_t lo, size_t hi, size_t send)
{
    size_t k = c->f->v[W].tend;
    while (k < send && c->t[k] != ',' && c->t[k] != ';' && c->t[k] != ':')
        k++;
    if (k >= send || c->t[k] != ',' || words_between(c->t, c->f->v[W].tend, k, "()") > 6)
        return NOPOS;
    return fact_after(c, k + 1, lo, hi, 0);
}

static int rule_subset(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const of_which[] = {"of which", "of whom", "of them", "of these", NULL};
    static const char *const of_the[] = {"of the", "out of the", "out of", "from the", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        for (size_t q = 0; of_which[q]; q++) {
            size_t e = phrase_at(c->t, i, s->end, of_which[q]);
            if (!e)
                continue;
            size_t W = fact_before(c, i, lo, hi, 4), P = fact_after(c, e, lo, hi, 2);
            if (W == NOPOS || P == NOPOS || c->fi[P].share || c->fi[W].share)
                continue;
            if (c->fi[P].unit[0] && !same_unit(&c->fi[P], &c->fi[W]))
                continue;
            tally_relation r;
            rel_init(&r, TALLY_REL_SUBSET, P, of_which[q]);
            rel_part(c, &r, W);
            if (add_rel(c, &r) < 0)
                return -1;
        }
        for (size_t q = 0; of_the[q]; q++) {
            size_t e = phrase_at(c->t, i, s->end, of_the[q]);
            if (!e)
                continue;
            size_t P = fact_before_s(c, i, lo, hi, 5, ",;:()"), W = fact_after(c, e, lo, hi, 1);
            if (P == NOPOS && W != NOPOS && words_between(c->t, s->start, i, "") == 0)
                P = opening_part(c, W, lo, hi, s->end);
            if (W == NOPOS || P == NOPOS || P == W || c->fi[P].share || c->fi[W].share ||
                !(same_unit(&c->fi[P], &c->fi[W]) || bare(&c->f->v[P])))
                continue;
            tally_relation r;
            rel_init(&r, TALLY_REL_SUBSET, P, "of the");
            rel_part(c, &r, W);
            if (add_rel(c, &r) < 0)
                return -1;
        }
    }
    return 0;
}

/* ---- figures looked up earlier in the document ---- */

#define WS_MAX 64

/* Content words of some stretch of text, lower case, cut to 23 bytes. */
typedef struct wordset {
    char w[WS_MAX][24];
    size_t n;
} wordset;

/* 1 when offset i lies inside the number of a figure of sentence si. */
static int in_figure(const ctx *c, size_t si, size_t i)
{
    size_t lo, hi;
    sent_range(c, si, &lo, &hi);
    for (size_t j = lo; j < hi; j++)
        if (i >= c->f->v[j].tstart && i < c->f->v[j].tend)
            return 1;
    return 0;
}

/* Add the content words of t[a..b) (sentence si) to ws: words of four
 * letters or more, not numbers, not grammar words. */
static void words_of(const ctx *c, size_t si, size_t a, size_t b, wordset *ws)
{
    static const char *const stop[] = {
        "that", "this", "these", "those", "which", "what", "whom", "whose", "with", "from",
        "into", "onto", "than", "then", "them", "they", "their", "there", "here", "were",
        "been", "being", "have", "having", "would", "could", "should", "shall", "will", "only",
        "some", "about", "more", "less", "most", "least", "also", "each", "every", "other",
        "such", "over", "under", "after", "before", "while", "when", "where", "ever", "never",
        "still", "even", "much", "many", "very", "just", "almost", "nearly", "roughly",
        "around", "cent", "percent", "said", "says", "time", "total", "whole", "both", "either",
        "neither", "again", "against", "through", "within", "without", "upon", "because", NULL};
    for (size_t i = a; i < b && ws->n < WS_MAX;) {
        if (!isalpha((unsigned char)c->t[i])) {
            i++;
            continue;
        }
        char w[48];
        size_t e = word_at(c->t, i, b, w, sizeof w);
        size_t len = strlen(w);
        int keep = len >= 4 && !in_figure(c, si, i);
        for (size_t q = 0; keep && stop[q]; q++)
            keep = strcmp(w, stop[q]) != 0;
        if (keep)
            snprintf(ws->w[ws->n++], 24, "%.23s", w);
        i = e > i ? e : i + 1;
    }
}

/* Two words match when they share their first five letters (all of the
 * shorter when it has four): "delivered" and "deliver", "ship" and
 * "shipped", but not "rails" and "railway". */
static int wmatch(const char *x, const char *y)
{
    size_t lx = strlen(x), ly = strlen(y), m = lx < ly ? lx : ly;
    if (m < 4)
        return 0;
    return strncmp(x, y, m < 5 ? m : 5) == 0;
}

/* How many words of q match some word of w. */
static int wscore(const wordset *q, const wordset *w)
{
    int n = 0;
    for (size_t i = 0; i < q->n; i++) {
        int hit = 0;
        for (size_t k = 0; k < i && !hit; k++)
            hit = strcmp(q->w[k], q->w[i]) == 0;   /* count a word once */
        if (hit)
            continue;
        for (size_t j = 0; j < w->n; j++)
            if (wmatch(q->w[i], w->w[j])) {
                n++;
                break;
            }
    }
    return n;
}

/* 1 when the byte at i ends a clause: ; : ( ) and a comma followed by a
 * space (not the comma of "12,000"). */
static int clause_mark(const char *t, size_t i, size_t end)
{
    char ch = t[i];
    if (ch == ';' || ch == ':' || ch == '(' || ch == ')')
        return 1;
    return ch == ',' && (i + 1 >= end || isspace((unsigned char)t[i + 1]));
}

/* The clause of fact j: back to the previous clause mark or "and" (or the
 * sentence start), forward to the next one (or the sentence end). */
static void clause_of(const ctx *c, size_t j, size_t *a, size_t *b)
{
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t x = f->tstart, y = f->tend;
    while (x > s->start && !clause_mark(c->t, x - 1, s->end) &&
           !(x >= s->start + 4 && phrase_at(c->t, x - 4, s->end, "and ")))
        x--;
    while (y < s->end && !clause_mark(c->t, y, s->end) && !phrase_at(c->t, y, s->end, " and"))
        y++;
    *a = x;
    *b = y;
}

/* Words up to the next clause mark after offset a (the cue's own words:
 * "the promised total", "what the road had carried"). */
static void cue_words(const ctx *c, size_t si, size_t a, wordset *ws)
{
    const tally_sentence *s = &c->seg->sents[si];
    size_t b = a;
    while (b < s->end && !clause_mark(c->t, b, s->end) && c->t[b] != '.')
        b++;
    words_of(c, si, a, b, ws);
}

/* The words of stated figure j's clause, back to the previous ; or : (or
 * the sentence start) and on to the next clause mark: what it is about. */
static void stated_words(const ctx *c, size_t j, wordset *ws)
{
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t x = f->tstart, y = f->tend;
    while (x > s->start && !strchr(";:", c->t[x - 1]))
        x--;
    while (y < s->end && !clause_mark(c->t, y, s->end))
        y++;
    words_of(c, f->sent_index, x, y, ws);
}

/* What a cue says of the figure to look up: its words (those of the
 * stated figure's noun and unit left out: every candidate shares them), and
 * whether a word of it names a plan, a promise or an estimate (the
 * "modality" lexicon table: "the plan", "what had been promised"), so that
 * an actual figure cannot be it. */
typedef struct query {
    wordset w;        /* the cue's words and the stated clause's */
    wordset cue;      /* the cue's words alone */
    int intended;
} query;

/* Drop from ws the words matching a word of s. */
static void drop_words(wordset *ws, const char *s)
{
    while (s && *s) {
        while (*s && !isalpha((unsigned char)*s))
            s++;
        char w[24];
        size_t k = 0;
        while (*s && (isalpha((unsigned char)*s) || *s == '-')) {
            if (k + 1 < sizeof w)
                w[k++] = (char)tolower((unsigned char)*s);
            s++;
        }
        w[k] = '\0';
        if (k < 3)
            continue;
        size_t n = 0;
        for (size_t i = 0; i < ws->n; i++)
            if (!wmatch(ws->w[i], w))
                memmove(ws->w[n++], ws->w[i], 24);
        ws->n = n;
    }
}

/* The query for a figure to look up: the cue's words from offset cue (in
 * the stated figure's sentence) and the stated figure j's clause. */
static void make_query(const ctx *c, size_t j, size_t cue, query *q)
{
    memset(q, 0, sizeof *q);
    wordset cw = {.n = 0};
    cue_words(c, c->f->v[j].sent_index, cue, &cw);
    for (size_t i = 0; i < cw.n && c->lex; i++) {
        const char *m = tally_lexicon_get(c->lex, "modality", cw.w[i], "modality");
        if (m && strcmp(m, "actual") != 0)
            q->intended = 1;
    }
    q->w = cw;
    stated_words(c, j, &q->w);
    drop_words(&q->w, c->f->v[j].noun);
    drop_words(&q->w, c->fi[j].unit);
    q->cue = cw;
    drop_words(&q->cue, c->f->v[j].noun);
    drop_words(&q->cue, c->fi[j].unit);
}

/* Whether the best candidate of a look-up is good enough: it shares a
 * word with the cue itself, or it is the only candidate there is (and
 * shares a word with the stated clause). */
static int trusted(int score, int cue_score, int ncand)
{
    return score > 0 && (cue_score > 0 || ncand == 1);
}

/* 1 when fact j may be what query q looks up: not an actual figure when q
 * names a plan or a promise. */
static int may_be(const ctx *c, const query *q, size_t j)
{
    const char *m = c->f->v[j].modality;
    return !q->intended || !m || !*m || strcmp(m, "actual") != 0;
}

/* Units that name the same things under different nouns: a figure of
 * these categories may be compared with another of the same category
 * ("12,000 labourers" and "24,000 men"). */
static int comparable(const finfo *a, const finfo *b)
{
    static const char *const same_thing[] = {"personnel", "aircraft", NULL};
    if (same_unit(a, b))
        return 1;
    if (!a->cat[0] || strcmp(a->cat, b->cat) != 0)
        return 0;
    for (size_t q = 0; same_thing[q]; q++)
        if (strcmp(a->cat, same_thing[q]) == 0)
            return 1;
    return 0;
}

/* The figure before fact index `before` comparable with fact `like` and
 * larger than `above`, whose clause the words q describe best (at least
 * one word in common); ties go to a figure that is no part of a breakdown,
 * then to the nearest.  NOPOS when none. */
static size_t look_back(const ctx *c, size_t like, size_t before, const query *q, double above)
{
    size_t best = NOPOS;
    int best_score = 0, best_part = 1, best_cue = 0, ncand = 0;
    for (size_t j = before; j-- > 0;) {
        const finfo *ji = &c->fi[j];
        if (ji->share || !comparable(ji, &c->fi[like]) || !(c->f->v[j].value > above) ||
            c->f->v[j].sent_index >= c->seg->nsents || !may_be(c, q, j))
            continue;
        ncand++;
        size_t a, b;
        clause_of(c, j, &a, &b);
        wordset w = {.n = 0};
        words_of(c, c->f->v[j].sent_index, a, b, &w);
        int sc = wscore(&q->w, &w);
        if (sc > best_score || (sc == best_score && sc > 0 && best_part && !ji->part)) {
            best = j;
            best_score = sc;
            best_part = ji->part;
            best_cue = wscore(&q->cue, &w);
        }
    }
    return trusted(best_score, best_cue, ncand) ? best : NOPOS;
}

/* For a list of parts (different units: "85 tanks and 36 fighters"): the
 * list of an earlier sentence that states figures of every one of their
 * units, best described by q; its figures of those units go to out[].
 * Returns how many (0 when none). */
static size_t look_back_list(const ctx *c, const size_t *parts, size_t np, const query *q,
                             double above, size_t *out, size_t cap)
{
    if (np == 0)
        return 0;
    size_t first = c->f->v[parts[0]].sent_index, best_n = 0;
    int best_score = 0, best_cue = 0, ncand = 0;
    for (size_t si = first; si-- > 0;) {
        size_t lo, hi, got[TALLY_REL_MAXPARTS], n = 0;
        sent_range(c, si, &lo, &hi);
        if (lo == hi)
            continue;
        int covered = 1;
        for (size_t k = 0; k < np && covered; k++) {
            covered = 0;
            for (size_t j = lo; j < hi && !covered; j++)
                covered = !c->fi[j].share && same_unit(&c->fi[j], &c->fi[parts[k]]);
        }
        if (!covered)
            continue;
        double sum = 0;
        int ok = 1;
        for (size_t j = lo; j < hi && n < TALLY_REL_MAXPARTS && n < cap; j++) {
            int fits = 0;
            for (size_t k = 0; k < np && !fits; k++)
                fits = !c->fi[j].share && same_unit(&c->fi[j], &c->fi[parts[k]]);
            if (fits) {
                got[n++] = j;
                sum += c->f->v[j].value;
                ok &= may_be(c, q, j);
            }
        }
        if (!ok || !(sum > above))
            continue;
        ncand++;
        wordset w = {.n = 0};
        words_of(c, si, c->seg->sents[si].start, c->seg->sents[si].end, &w);
        int sc = wscore(&q->w, &w);
        if (sc > best_score) {
            best_score = sc;
            best_cue = wscore(&q->cue, &w);
            best_n = n;
            memcpy(out, got, n * sizeof *got);
        }
    }
    return trusted(best_score, best_cue, ncand) ? best_n : 0;
}

/* The whole of share q: the figure "of" leads to (*W), else the noun after
 * "of" copied into whole; NOPOS when there is no "of".  *of_end: the
 * offset after "of" (NOPOS when none). */
static size_t share_whole(const ctx *c, size_t q, size_t lo, size_t hi, size_t send,
                          char *whole, size_t cap, size_t *of_end)
{
    *of_end = NOPOS;
    size_t k = c->f->v[q].tend;
    while (k < send && c->t[k] == ' ')
        k++;
    char w[48];
    size_t after = word_at(c->t, k, send, w, sizeof w);
    if (strcmp(w, "of") != 0 && w[0]) {   /* "percent of", "one third of" */
        while (after < send && c->t[after] == ' ')
            after++;
        k = after;
        after = word_at(c->t, k, send, w, sizeof w);
    }
    if (strcmp(w, "of") != 0)
        return NOPOS;
    *of_end = after;
    size_t W = fact_after(c, after, lo, hi, 3);
    if (W != NOPOS && !c->fi[W].share)
        return W;
    size_t a = after;
    while (a < send && c->t[a] == ' ')
        a++;
    size_t b = a;
    while (b < send && !strchr(",;:.()", c->t[b]))
        b++;
    while (b > a && c->t[b - 1] == ' ')
        b--;
    size_t n = b - a < cap - 1 ? b - a : cap - 1;
    memcpy(whole, c->t + a, n);
    whole[n] = '\0';
    return NOPOS;
}

/* The single figure in the parenthesis opening at p; NOPOS if none or more
 * than one, or a share. */
static size_t only_child(const ctx *c, size_t p, size_t lo, size_t hi)
{
    size_t P = NOPOS;
    if (p == NOPOS)
        return NOPOS;
    for (size_t j = lo; j < hi; j++)
        if (c->fi[j].popen == p) {
            if (P != NOPOS || c->fi[j].share)
                return NOPOS;
            P = j;
        }
    return P;
}

/* 1 when the word right before offset i is one of ws. */
static int word_before_is(const ctx *c, size_t i, size_t start, const char *const *ws)
{
    while (i > start && c->t[i - 1] == ' ')
        i--;
    size_t e = i;
    while (i > start && wch((unsigned char)c->t[i - 1]))
        i--;
    char w[48];
    word_at(c->t, i, e, w, sizeof w);
    for (size_t q = 0; ws[q]; q++)
        if (strcmp(w, ws[q]) == 0)
            return 1;
    return 0;
}

/* 1 when the share q stands in apposition: right after ", " or ", or ". */
static int after_comma(const ctx *c, size_t q, size_t start)
{
    static const char *const orw[] = {"or", NULL};
    size_t k = c->f->v[q].tstart;
    while (k > start && c->t[k - 1] == ' ')
        k--;
    if (word_before_is(c, c->f->v[q].tstart, start, orw)) {
        k -= 2;
        while (k > start && c->t[k - 1] == ' ')
            k--;
    }
    return k > start && c->t[k - 1] == ',';
}

/* The figure a share in apposition is said of: the last one of its clause
 * (at most eight words back, commas allowed), or the one before it when
 * that is an adjunct ("58,000 tons in 23,500 sorties, 40 per cent of"). */
static size_t apposed(const ctx *c, size_t q, size_t lo)
{
    static const char *const adjunct[] = {"in", "over", "during", "from", "per", "by",
                                          "on", "at", "within", NULL};
    if (q == lo)
        return NOPOS;
    size_t j = q - 1;
    const tally_sentence *s = &c->seg->sents[c->f->v[q].sent_index];
    int w = words_between(c->t, c->f->v[j].tend, c->f->v[q].tstart, ";:.()");
    if (w < 0 || w > 8 || c->fi[j].share || c->fi[j].used)
        return NOPOS;
    if (j > lo && word_before_is(c, c->f->v[j].tstart, s->start, adjunct)) {
        size_t i = j - 1;
        int wi = words_between(c->t, c->f->v[i].tend, c->f->v[j].tstart, ",;:.()");
        if (wi >= 0 && wi <= 4 && !c->fi[i].share && !c->fi[i].used && c->fi[i].unit[0] &&
            !same_unit(&c->fi[i], &c->fi[j]))
            j = i;
    }
    return j;
}

/* The whole of the SUBSET relation whose part is figure P ("Of the 240
 * lorries, 80 broke down": 240 for 80), NOPOS when P is no such part. */
static size_t subset_whole(const ctx *c, size_t P)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].kind == TALLY_REL_SUBSET && c->out->v[i].stated == P)
            return c->out->v[i].parts[0].fact;
    return NOPOS;
}

/* Extend part P back over a list it closes ("85 tanks, 36 fighters"):
 * figures separated by a comma or "and" and at most three words.  Fills
 * list[] in text order; returns its length (at least 1). */
static size_t list_back(const ctx *c, size_t P, size_t lo, size_t *list, size_t cap)
{
    size_t first = P;
    while (first > lo && P - first + 1 < cap) {
        size_t m = first - 1;
        const tally_fact *a = &c->f->v[m], *b = &c->f->v[first];
        int w = words_between(c->t, a->tend, b->tstart, ";:.()");
        /* the next figure follows its comma or "and" right away: "85 tanks,
         * 36 fighters", not "400 sorties and landed 900 tons" */
        int joined = joined_to(c->t, a->tend, b->tstart);
        if (w < 0 || w > 3 || !joined || c->fi[m].share || c->fi[m].used || !c->fi[m].unit[0] ||
            subset_whole(c, first) == m)
            break;   /* "Of the 240 lorries, 80 ...": a whole and its part, not a list */
        first = m;
    }
    size_t n = 0;
    for (size_t j = first; j <= P; j++)
        list[n++] = j;
    return n;
}

/* 1 when the whole's noun is a pronoun ("of them", "of which"): the whole
 * is the figure the share follows, not one to look up. */
static int pronoun_whole(const char *whole)
{
    static const char *const pro[] = {"them", "which", "these", "those", "whom", "it",
                                      "this", "that", NULL};
    char w[24];
    size_t k = 0;
    while (whole[k] && whole[k] != ' ' && k + 1 < sizeof w) {
        w[k] = (char)tolower((unsigned char)whole[k]);
        k++;
    }
    w[k] = '\0';
    for (size_t q = 0; pro[q]; q++)
        if (strcmp(w, pro[q]) == 0)
            return 1;
    return 0;
}

/* Rule 5: a share with its part stated beside it: in a parenthesis, after
 * ", or", or with the share in apposition ("250 tons, 40 per cent of the
 * quota").  A whole named but not stated beside it is looked up earlier in
 * the document (a list of wholes for a list of parts of several units). */
static int rule_fraction(ctx *c, size_t q, size_t lo, size_t hi, size_t send)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_FRACTION, 0, "share");
    size_t of_end;
    size_t W = share_whole(c, q, lo, hi, send, r.whole, sizeof r.whole, &of_end);
    int of = of_end != NOPOS;
    size_t P = only_child(c, paren_after(c, q, send), lo, hi);
    int appos = 0;
    if (P == NOPOS && W != NOPOS)   /* "40 percent of the 2,000 lorries (820)" */
        P = only_child(c, paren_after(c, W, send), lo, hi);
    if (P == NOPOS && q > lo) {
        /* "800 trucks (40 percent" or "800 trucks, or 40 percent" */
        size_t j = q - 1;
        const char *t = c->t;
        size_t a = c->f->v[j].tend, b = c->f->v[q].tstart;
        int open = 0, comma_or = 0;
        for (size_t k = a; k < b; k++) {
            if (t[k] == '(')
                open = 1;
            if (phrase_at(t, k, b, ", or"))
                comma_or = 1;
        }
        if (open && words_between(t, a, b, ";:.)") >= 0 && words_between(t, a, b, "") <= 4 &&
            !c->fi[j].share)
            P = j;
        else if (after_comma(c, q, c->seg->sents[c->f->v[q].sent_index].start) &&
                 !(r.whole[0] && pronoun_whole(r.whole)) &&
                 (P = apposed(c, q, lo)) != NOPOS &&
                 (comma_or || of || subset_whole(c, P) != NOPOS))
            appos = 1;   /* "50 of the 150 were lost, one in five" */
        else
            P = NOPOS;
    }
    if (P == NOPOS || P == W || c->fi[P].used)
        return 0;
    size_t list[TALLY_REL_MAXPARTS], nl = 1, wl[TALLY_REL_MAXPARTS], nw = 0;
    list[0] = P;
    if (appos)
        nl = list_back(c, P, lo, list, TALLY_REL_MAXPARTS / 2);
    int mixed = 0;
    for (size_t k = 1; k < nl; k++)
        mixed |= !same_unit(&c->fi[list[k]], &c->fi[list[0]]);
    if (W == NOPOS && of && r.whole[0] && !pronoun_whole(r.whole)) {
        /* "87 per cent of the promised total": stated earlier */
        query qw;
        make_query(c, P, of_end, &qw);
        double part = 0;
        for (size_t m = 0; m < nl; m++)
            part += c->f->v[list[m]].value;
        if (mixed) {
            nw = look_back_list(c, list, nl, &qw, part, wl, TALLY_REL_MAXPARTS / 2);
        } else {
            size_t B = look_back(c, P, list[0], &qw, part);
            if (B != NOPOS)
                wl[nw++] = B;
        }
        if (nw) {
            W = wl[0];
            r.looked_back = 1;
        }
    } else if (W != NOPOS) {
        wl[nw++] = W;
    } else if (!r.whole[0] && nl == 1 && (W = subset_whole(c, P)) != NOPOS) {
        wl[nw++] = W;   /* "80 of the 240 lorries broke down, one in three" */
    }
    if (W != NOPOS)
        r.whole[0] = '\0';
    r.stated = list[0];
    rel_part(c, &r, q);
    rel_part(c, &r, W == NOPOS ? TALLY_NO_FACT : W);
    for (size_t k = 1; k < nl; k++)
        rel_part_role(c, &r, list[k], TALLY_OP_STATED);
    for (size_t k = 1; k < nw; k++)
        rel_part_role(c, &r, wl[k], TALLY_OP_WHOLE);
    for (size_t k = 0; k < nl; k++)
        c->fi[list[k]].used = 1;
    c->fi[q].used = 1;
    return add_rel(c, &r);
}

/* Rule 6b: "N, some 22 per cent more than the estimate": a share followed
 * by more / less / higher ... than: the change from a base (the figure
 * after "than", or one stated earlier that the words after "than"
 * describe) to the figure the share is apposed to. */
static int rule_more_than(ctx *c, size_t q, size_t lo, size_t hi, size_t send)
{
    static const struct {
        const char *w;
        int dir;
    } cmp[] = {{"more", 1},   {"higher", 1}, {"greater", 1}, {"larger", 1}, {"above", 1},
               {"over", 1},   {"less", -1},  {"fewer", -1},  {"lower", -1},  {"smaller", -1},
               {"below", -1}, {"under", -1}};
    const tally_fact *qf = &c->f->v[q];
    size_t k = qf->tend;
    while (k < send && c->t[k] == ' ')
        k++;
    int dir = 0;
    size_t e = 0;
    for (size_t m = 0; m < sizeof cmp / sizeof *cmp && !dir; m++)
        if ((e = phrase_at(c->t, k, send, cmp[m].w)) != 0)
            dir = cmp[m].dir;
    if (!dir)
        return 0;
    size_t th = phrase_at(c->t, e + (e < send && c->t[e] == ' '), send, "than");
    if (th)
        e = th;
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    if (!after_comma(c, q, s->start))
        return 0;
    size_t B = apposed(c, q, lo);
    if (B == NOPOS || !c->fi[B].unit[0])
        return 0;
    size_t A = fact_after(c, e, lo, hi, 3);
    int back = 0;
    if (A == NOPOS || !comparable(&c->fi[A], &c->fi[B])) {
        query qw;
        make_query(c, B, e, &qw);
        A = look_back(c, B, B, &qw, 0);
        back = 1;
    }
    if (A == NOPOS)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_CHANGE, q, "more than");
    rel_part(c, &r, A);
    rel_part(c, &r, B);
    r.direction = dir;
    r.looked_back = back;
    c->fi[q].used = 1;
    return add_rel(c, &r);
}

/* Rule 8: multipliers in words.  "doubled the garrison to 8,000" (the
 * base: "from N" in between, else the figure stated earlier that the words
 * between the verb and "to" describe); "2,000 tons a day, twice what the
 * road carried" (the base: a figure right after, else one stated earlier
 * that the words after the multiplier describe). */
static int rule_multiple(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const struct {
        const char *w;
        double k;
        int verb;
    } mult[] = {{"doubled", 2, 1}, {"tripled", 3, 1}, {"trebled", 3, 1}, {"quadrupled", 4, 1},
                {"halved", 0.5, 1}, {"twice", 2, 0}, {"double", 2, 0}, {"thrice", 3, 0}};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        for (size_t m = 0; m < sizeof mult / sizeof *mult; m++) {
            size_t e = phrase_at(c->t, i, s->end, mult[m].w);
            if (!e)
                continue;
            size_t B = NOPOS, A = NOPOS;
            if (mult[m].verb) {
                /* the figure after "to" within six words */
                size_t to = 0, from = 0;
                for (size_t k = e; k < s->end && !to; k++) {
                    if (words_between(c->t, e, k, ";:.") < 0 || words_between(c->t, e, k, "") > 6)
                        break;
                    if (!from)
                        from = phrase_at(c->t, k, s->end, "from");
                    to = phrase_at(c->t, k, s->end, "to");
                    if (to) {
                        B = fact_after(c, to, lo, hi, 1);
                        if (from)
                            A = fact_after(c, from, lo, hi, 1);
                    }
                }
            } else {
                size_t k = i;   /* in apposition: right after a comma */
                while (k > s->start && c->t[k - 1] == ' ')
                    k--;
                if (k == s->start || c->t[k - 1] != ',')
                    continue;
                B = fact_before_s(c, i, lo, hi, 8, ";:.()");
                A = fact_after(c, e, lo, hi, 3);
            }
            if (B == NOPOS || c->fi[B].share || !c->fi[B].unit[0] || c->fi[B].used)
                continue;
            int back = 0;
            if (A == NOPOS || A == B || !comparable(&c->fi[A], &c->fi[B])) {
                query qw;   /* the words after the multiplier */
                make_query(c, B, e, &qw);
                A = look_back(c, B, B, &qw, 0);
                back = 1;
            }
            if (A == NOPOS)
                continue;
            tally_relation r;
            rel_init(&r, TALLY_REL_PRODUCT, B, mult[m].w);
            r.factor = mult[m].k;
            r.looked_back = back;
            rel_part(c, &r, A);
            c->fi[B].used = 1;
            if (add_rel(c, &r) < 0)
                return -1;
        }
    }
    return 0;
}

/* Rule 6: "from A to B", and a percentage in the same sentence. */
static int rule_change(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const up[] = {"increase", "increased", "rise", "rose", "grew",
                                     "growth", "up", "gain", "more", NULL};
    static const char *const down[] = {"decrease", "decreased", "fall", "fell", "drop",
                                       "dropped", "down", "cut", "decline", "declined",
                                       "reduction", "reduced", "fewer", "less", "loss", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t a = lo; a + 1 < hi; a++) {
        size_t b = a + 1;
        const tally_fact *A = &c->f->v[a], *B = &c->f->v[b];
        if (c->fi[a].share || c->fi[b].share || !c->fi[a].unit[0] ||
            (c->fi[b].unit[0] && !same_unit(&c->fi[a], &c->fi[b])))
            continue;
        size_t k = A->tstart;
        while (k > s->start && c->t[k - 1] == ' ')
            k--;
        if (k < s->start + 4 || !phrase_at(c->t, k - 4, A->tstart, "from"))
            continue;
        int to = 0;
        for (size_t m = A->tend; m < B->tstart; m++)
            if (phrase_at(c->t, m, B->tstart, "to"))
                to = 1;
        if (!to || words_between(c->t, A->tend, B->tstart, ";:()") > 4)
            continue;
        for (size_t q = lo; q < hi; q++) {
            if (!c->fi[q].share || c->fi[q].used)
                continue;
            tally_relation r;
            rel_init(&r, TALLY_REL_CHANGE, q, "from ... to");
            rel_part(c, &r, a);
            rel_part(c, &r, b);
            for (size_t m = s->start; m < s->end; m++) {
                for (size_t u = 0; up[u]; u++)
                    if (phrase_at(c->t, m, s->end, up[u]))
                        r.direction = 1;
                for (size_t u = 0; down[u]; u++)
                    if (phrase_at(c->t, m, s->end, down[u]))
                        r.direction = -1;
            }
            c->fi[q].used = 1;
            if (add_rel(c, &r) < 0)
                return -1;
            break;
        }
    }
    return 0;
}

/* 1 when "a/an/each/every/per/one <word>" occurs in t[a..b) where the
 * word (one of the three after the article) starts with unit or reads as
 * unit in the lexicon ("one airstrip" for the unit airfield). */
static int said_of_one(const ctx *c, size_t a, size_t b, const char *unit)
{
    static const char *const one[] = {"a", "an", "each", "every", "per", "one", NULL};
    const char *t = c->t;
    size_t ul = strlen(unit);
    if (ul < 3)
        return 0;
    for (size_t i = a; i < b; i++) {
        for (size_t q = 0; one[q]; q++) {
            size_t e = phrase_at(t, i, b, one[q]);
            if (!e)
                continue;
            for (int nw = 0; nw < 3 && e < b; nw++) {
                while (e < b && t[e] == ' ')
                    e++;
                char w[48], u[48], cat[16];
                size_t we = word_at(t, e, b, w, sizeof w);
                if (we == e)
                    break;
                if (strncasecmp(w, unit, ul) == 0 ||
                    (lookup_word(c->lex, w, u, cat) && strcmp(u, unit) == 0))
                    return 1;
                e = we;
            }
        }
    }
    return 0;
}

/* The window in which a rate R is said of one thing: up to 100 bytes
 * before R in its sentence, and after it up to the next figure (or the
 * sentence's end). */
static void rate_window(const ctx *c, size_t R, size_t *a, size_t *b)
{
    const tally_fact *rf = &c->f->v[R];
    const tally_sentence *rs = &c->seg->sents[rf->sent_index];
    *a = rf->tstart > rs->start + 100 ? rf->tstart - 100 : rs->start;
    *b = rs->end;
    if (R + 1 < c->f->n && c->f->v[R + 1].sent_index == rf->sent_index)
        *b = c->f->v[R + 1].tstart;
}

/* 1 when R's own sentence states a count of a thing R is said of one of:
 * then R is bound to that sentence ("flew 400 sorties and carried 900
 * tons, an average of 2.25 tons per sortie") and combines with no later
 * count. */
static int rate_bound(const ctx *c, size_t R, size_t a, size_t b)
{
    size_t lo, hi;
    sent_range(c, c->f->v[R].sent_index, &lo, &hi);
    for (size_t j = lo; j < hi; j++)
        if (j != R && c->fi[j].unit[0] && !c->fi[j].share && !same_unit(&c->fi[j], &c->fi[R]) &&
            said_of_one(c, a, b, c->fi[j].unit))
            return 1;
    return 0;
}

/* The end of the words that belong to figure R: the next figure of its
 * sentence, else the sentence's end. */
static size_t own_words_end(const ctx *c, size_t R)
{
    const tally_fact *rf = &c->f->v[R];
    if (R + 1 < c->f->n && c->f->v[R + 1].sent_index == rf->sent_index)
        return c->f->v[R + 1].tstart;
    return c->seg->sents[rf->sent_index].end;
}

/* Rule 7a: "400 shells for each mortar and 250 for each cannon, which for
 * the 30 mortars and 12 cannons came to 15,000 shells": two or more rates
 * of P's unit, each said of one thing of its own in the words between it
 * and the next figure, and a count of each of those things, all before P
 * in its sentence or the one before (same paragraph) -> SUM of the counts,
 * each times its rate (products set). */
static int rule_product_terms(ctx *c, size_t P)
{
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share || pi->used)
        return 0;
    size_t first = P;
    while (first > 0) {
        const tally_fact *jf = &c->f->v[first - 1];
        if (jf->sent_index + 1 < pf->sent_index ||
            c->seg->sents[jf->sent_index].para != c->seg->sents[pf->sent_index].para)
            break;
        first--;
    }
    size_t rates[TALLY_REL_MAXPARTS], counts[TALLY_REL_MAXPARTS], n = 0;
    for (size_t R = first; R < P && n < TALLY_REL_MAXPARTS; R++) {
        const finfo *ri = &c->fi[R];
        if (!same_unit(ri, pi) || ri->share || ri->used || !(c->f->v[R].value < pf->value))
            continue;
        size_t a = c->f->v[R].tend, b = own_words_end(c, R), C = NOPOS;
        for (size_t j = first; j < P && C == NOPOS; j++) {
            const finfo *ji = &c->fi[j];
            int taken = 0;
            for (size_t k = 0; k < n; k++)
                taken |= counts[k] == j || same_unit(&c->fi[counts[k]], ji);
            if (!taken && j != R && ji->unit[0] && !ji->share && !ji->used &&
                !same_unit(ji, pi) && c->f->v[j].value > 1 && !is_rate(c, j) &&
                said_of_one(c, a, b, ji->unit))
                C = j;
        }
        if (C == NOPOS)
            continue;   /* not a rate said of one of a count */
        rates[n] = R;
        counts[n++] = C;
    }
    if (n < 2)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, P, "rates times counts");
    r.products = 1;
    for (size_t k = 0; k < n; k++) {
        rel_part(c, &r, counts[k]);
        r.parts[r.nparts - 1].rate = rates[k] + 1;
        c->fi[rates[k]].used = 1;
    }
    c->fi[P].used = 1;
    return add_rel(c, &r);
}

/* Rule 7: a rate times every count that its sentence (or the product's)
 * states of the things the rate is said of, against a stated product. */
static int rule_product(ctx *c, size_t P)
{
    const tally_fact *pf = &c->f->v[P];
    const finfo *pi = &c->fi[P];
    if (!pi->unit[0] || pi->share || pi->used)
        return 0;
    for (size_t R = P; R-- > 0;) {
        const tally_fact *rf = &c->f->v[R];
        if (rf->sent_index + 1 < pf->sent_index)
            break;
        if (!same_unit(&c->fi[R], pi) || !(pf->value > rf->value))
            continue;
        if (c->seg->sents[rf->sent_index].para != c->seg->sents[pf->sent_index].para)
            break;
        size_t a, b;
        rate_window(c, R, &a, &b);
        if (rf->sent_index != pf->sent_index && rate_bound(c, R, a, b))
            return 0;
        /* the counts: between R and P, other units, each said of one near R */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, P, "per unit");
        rel_part(c, &r, R);
        for (size_t C = R + 1; C < P; C++) {
            const finfo *ci = &c->fi[C];
            if (!ci->unit[0] || ci->share || ci->used || same_unit(ci, pi) ||
                !(c->f->v[C].value > 1) || !said_of_one(c, a, b, ci->unit))
                continue;
            int dup = 0;
            for (size_t k = 1; k < r.nparts; k++)
                dup |= same_unit(&c->fi[r.parts[k].fact], ci);
            if (!dup)
                rel_part(c, &r, C);
        }
        return r.nparts >= 2 ? add_rel(c, &r) : 0;
        /* only the nearest figure of the same unit is the rate */
    }
    return 0;
}

/* Rule 7b: "carried 900 tons in 300 sorties, an average of 3 tons per
 * sortie": a rate Z after the total X (Z's unit, larger) and the count Y
 * (the unit Z is said per) of its own sentence is X / Y. */
static int rule_average(ctx *c, size_t lo, size_t hi)
{
    static const char *const per[] = {"per", "a", "an", "each", "every", NULL};
    for (size_t Z = lo; Z < hi; Z++) {
        const finfo *zi = &c->fi[Z];
        const tally_fact *zf = &c->f->v[Z];
        if (!zi->unit[0] || zi->share || zi->used)
            continue;
        /* "per <noun>" within three words after the number */
        size_t k = zf->tend, send = c->seg->sents[zf->sent_index].end;
        size_t a = NOPOS;
        for (int nw = 0; nw < 3 && k < send; nw++) {
            while (k < send && c->t[k] == ' ')
                k++;
            for (size_t q = 0; per[q] && a == NOPOS; q++)
                if (phrase_at(c->t, k, send, per[q]))
                    a = k;
            if (a != NOPOS || !wch((unsigned char)c->t[k]))
                break;
            char w[48];
            k = word_at(c->t, k, send, w, sizeof w);
        }
        if (a == NOPOS)
            continue;
        size_t b = a;
        for (int nw = 0; nw < 3 && b < send; nw++) {   /* "per" and two words */
            while (b < send && c->t[b] == ' ')
                b++;
            char w[48];
            size_t e = word_at(c->t, b, send, w, sizeof w);
            if (e == b)
                break;
            b = e;
        }
        size_t X = NOPOS, Y = NOPOS;
        for (size_t j = Z; j-- > lo;) {
            if (words_between(c->t, c->f->v[j].tend, zf->tstart, ";") < 0)
                break;
            const finfo *ji = &c->fi[j];
            if (ji->share || !ji->unit[0])
                continue;
            if (X == NOPOS && same_unit(ji, zi) && c->f->v[j].value > zf->value)
                X = j;
            else if (Y == NOPOS && !same_unit(ji, zi) && said_of_one(c, a, b, ji->unit))
                Y = j;
        }
        if (X == NOPOS || Y == NOPOS)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, X, "average");
        r.average = 1;
        rel_part(c, &r, Z);
        rel_part(c, &r, Y);
        c->fi[Z].used = 1;
        if (add_rel(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* ---- rates, periods, implicit factors ---- */

/* Periods a rate may be stated per, with how many make a year. */
static const struct {
    const char *w;
    double per_year;
} periods[] = {{"day", 365}, {"week", 52}, {"month", 12}, {"quarter", 4}, {"year", 1}};
#define NPERIODS (sizeof periods / sizeof *periods)

/* The period a word names ("month", "months", "monthly"), -1 if none. */
static int period_of(const char *w)
{
    static const char *const adverb[] = {"daily", "weekly", "monthly", "quarterly", "annually"};
    for (size_t p = 0; p < NPERIODS; p++) {
        size_t n = strlen(periods[p].w);
        if (strncmp(w, periods[p].w, n) == 0 && (!w[n] || strcmp(w + n, "s") == 0))
            return (int)p;
        if (strcmp(w, adverb[p]) == 0 || (p == 4 && strcmp(w, "yearly") == 0))
            return (int)p;
    }
    return -1;
}

/* What follows figure j's noun (at most four words, up to a punctuation
 * mark or a grammar word): *period the period of "a month", "per year",
 * "annually" (-1 if none); returns 1 when the figure is a rate: a period,
 * or "per", "each", "apiece", "every" after it, or "every", "each",
 * "per" right before it ("one engine for every four tanks"). */
static int rate_of(const ctx *c, size_t j, int *period)
{
    static const char *const before[] = {"every", "each", "per", NULL};
    static const char *const stop[] = {"and", "or", "of", "in", "to", "at", "for", "from",
                                       "by", "on", "with", "were", "was", "had", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t send = f->sent_index < c->seg->nsents ? c->seg->sents[f->sent_index].end : f->tend;
    size_t start = f->sent_index < c->seg->nsents ? c->seg->sents[f->sent_index].start : 0;
    *period = -1;
    size_t i = f->tend;
    for (int nw = 0; nw < 5 && i < send; nw++) {
        while (i < send && c->t[i] == ' ')
            i++;
        if (i >= send || !wch((unsigned char)c->t[i]))
            break;
        char w[48], w2[48];
        size_t e = word_at(c->t, i, send, w, sizeof w);
        if (strcmp(w, "each") == 0 || strcmp(w, "apiece") == 0 || strcmp(w, "every") == 0)
            return 1;
        if ((*period = period_of(w)) >= 0 && w[strlen(w) - 1] == 'y')
            return 1;   /* "monthly", "annually" */
        *period = -1;
        if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0 || strcmp(w, "per") == 0) {
            size_t k = e;
            while (k < send && c->t[k] == ' ')
                k++;
            word_at(c->t, k, send, w2, sizeof w2);
            *period = period_of(w2);
            return *period >= 0 || strcmp(w, "per") == 0;
        }
        int is_stop = 0;
        for (size_t q = 0; stop[q]; q++)
            is_stop |= strcmp(w, stop[q]) == 0;
        if (is_stop)
            break;
        i = e;
    }
    return word_before_is(c, f->tstart, start, before);
}

/* 1 when figure j is a rate (see rate_of). */
static int is_rate(const ctx *c, size_t j)
{
    int p;
    return rate_of(c, j, &p);
}

/* The days of the month a daily rate R is dated to ("1949-03": 31), when
 * the figure P after it is said of the whole month: "the month", "that
 * month", "the whole month" in the words from R to shortly after P.  0
 * when R's date is not one month or P is not said of it. */
static int month_days(const ctx *c, size_t R, size_t P)
{
    static const char *const whole[] = {"the month", "that month", "this month",
                                        "the whole month", "the entire month",
                                        "the month's", NULL};
    const tally_fact *rf = &c->f->v[R], *pf = &c->f->v[P];
    tally_isodate d;
    tally_error e;
    if (!rf->date || !rf->date[0] || tally_isodate_parse(rf->date, &d, &e) != TALLY_OK ||
        d.interval || d.prec != 2 || (pf->date && pf->date[0] && strcmp(pf->date, rf->date)))
        return 0;
    size_t end = c->seg->sents[pf->sent_index].end;
    if (pf->tend + 40 < end)
        end = pf->tend + 40;
    int said = 0;
    for (size_t i = rf->tend; i < end && !said; i++)
        for (size_t q = 0; whole[q] && !said; q++)
            said = phrase_at(c->t, i, end, whole[q]) != 0;
    return said ? (int)lround((d.end - d.start) / 86400.0) : 0;
}

/* "40 trucks a month, or 480 trucks a year": a rate R per one period and,
 * after it in its sentence or the next, a figure P of its unit per a
 * longer period -> PRODUCT, factor the periods' ratio (12, 52, 4).  "50
 * lorries a month for two years" with P in the same sentence or closed by
 * a total cue in the next -> PRODUCT, R x the duration (factor between
 * the duration's unit and the period). */
static int rule_period(ctx *c, size_t R)
{
    static const char *const closing[] = {"in all", "in total", "a total of", "altogether",
                                          "overall", "all told", NULL};
    const finfo *ri = &c->fi[R];
    int pr;
    if (!ri->unit[0] || ri->share || ri->used || !rate_of(c, R, &pr) || pr < 0)
        return 0;
    size_t si = c->f->v[R].sent_index;
    size_t D = NOPOS;
    for (size_t j = R + 1; j < c->f->n && c->f->v[j].sent_index <= si + 1; j++) {
        const finfo *ji = &c->fi[j];
        const tally_fact *jf = &c->f->v[j];
        char w[48];
        word_at(ji->unit, 0, strlen(ji->unit), w, sizeof w);
        int dp = period_of(w);
        if (jf->sent_index == si && dp >= 0 && D == NOPOS && !(periods[dp].per_year >
                                                               periods[pr].per_year)) {
            D = j;   /* "for two years": a duration no shorter than the period */
            continue;
        }
        if (!same_unit(ji, ri) || ji->share || ji->used)
            continue;
        int pp;
        int rate = rate_of(c, j, &pp);
        double k_days;
        tally_relation r;
        if (rate && pp >= 0 && periods[pp].per_year < periods[pr].per_year) {
            double k = periods[pr].per_year / periods[pp].per_year;
            if (fabs(k - round(k)) > 1e-9)
                return 0;
            rel_init(&r, TALLY_REL_PRODUCT, j, "per period");
            r.factor = k;
            rel_part(c, &r, R);
        } else if (!rate && D == NOPOS && periods[pr].per_year == 365 &&
                   (k_days = month_days(c, R, j)) > 0) {
            rel_init(&r, TALLY_REL_PRODUCT, j, "days in the month");
            r.factor = k_days;
            rel_part(c, &r, R);
        } else if (!rate && D != NOPOS && c->f->v[D].value > 0) {
            /* the total of the whole duration: beside it or closed by a cue */
            int cue = jf->sent_index == si;
            const tally_sentence *s = &c->seg->sents[jf->sent_index];
            for (size_t i = s->start; !cue && i < s->end; i++)
                for (size_t q = 0; closing[q] && !cue; q++)
                    cue = phrase_at(c->t, i, s->end, closing[q]) != 0;
            char w2[48];
            word_at(c->fi[D].unit, 0, strlen(c->fi[D].unit), w2, sizeof w2);
            double k = periods[pr].per_year / periods[period_of(w2)].per_year;
            if (!cue || !(jf->value > c->f->v[R].value))
                return 0;
            rel_init(&r, TALLY_REL_PRODUCT, j, "per period");
            r.factor = fabs(k - 1) < 1e-9 ? 0 : k;
            rel_part(c, &r, R);
            rel_part(c, &r, D);
        } else {
            return 0;   /* only the next figure of the rate's unit */
        }
        c->fi[j].used = 1;
        return add_rel(c, &r);
    }
    return 0;
}

/* "24 ships of 3,000 tons each", "five battalions of 40 tanks apiece": a
 * rate R (followed by "each" or "apiece") right after a count C ("of",
 * "with", "carrying" or a comma between, at most three words), and the
 * figure P of R's unit in its sentence: before C ("11,400 tons in 4,960 sorties at
 * 2.3 tons each": an average, R = P / C), else at most eight words after
 * R, larger than R -> PRODUCT P = R x C. */
static int rule_each(ctx *c, size_t R)
{
    const finfo *ri = &c->fi[R];
    const tally_fact *rf = &c->f->v[R];
    if (R == 0 || !ri->unit[0] || ri->share || ri->used)
        return 0;
    size_t send = c->seg->sents[rf->sent_index].end, k = rf->tend;
    int each = 0;
    for (int nw = 0; nw < 4 && k < send && !each; nw++) {
        while (k < send && c->t[k] == ' ')
            k++;
        char w[48];
        size_t e = word_at(c->t, k, send, w, sizeof w);
        if (e == k)
            break;
        each = strcmp(w, "each") == 0 || strcmp(w, "apiece") == 0;
        k = e;
    }
    size_t C = R - 1;
    const finfo *ci = &c->fi[C];
    if (!each || c->f->v[C].sent_index != rf->sent_index || !ci->unit[0] || ci->share ||
        same_unit(ci, ri) || words_between(c->t, c->f->v[C].tend, rf->tstart, ";:.()") < 0 ||
        words_between(c->t, c->f->v[C].tend, rf->tstart, "") > 3)
        return 0;
    /* the product before the count ("11,400 tons in 4,960 sorties at 2.3
     * tons each"), else after the rate, at most eight words on */
    size_t P = C > 0 ? fact_before_s(c, c->f->v[C].tstart, 0, C, 6, ";:.()") : NOPOS;
    if (P != NOPOS && !(same_unit(&c->fi[P], ri) && !c->fi[P].share &&
                        c->f->v[P].sent_index == rf->sent_index))
        P = NOPOS;
    if (P == NOPOS)
        P = fact_after(c, rf->tend, R + 1, c->f->n, 8);
    if (P != NOPOS && c->f->v[P].sent_index == rf->sent_index && same_unit(&c->fi[P], ri) &&
        !c->fi[P].share) {
        if (c->fi[P].used || !(c->f->v[P].value > rf->value))
            return 0;
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, P, "each");
        r.average = P < C;   /* the rate is then the rounded quotient */
        rel_part(c, &r, R);
        rel_part(c, &r, C);
        c->fi[R].used = c->fi[P].used = 1;
        return add_rel(c, &r);
    }
    return 0;
}

/* "$20 million at 5 per cent, so interest came to $1 million a year": a
 * share q after "at", the nearest sum of money X before it in its
 * sentence (at most twelve words back; else the first one after it: "at
 * 92 per cent of par, the $20 million"), and the next sum P of X's
 * currency after both, smaller than X, in q's sentence or the next, with
 * no other share or figure between them, said to result ("interest",
 * "so", "received", "came to", ... or a sum per period) and not added
 * ("a further", "another") -> PRODUCT P = q x X. */
static int rule_at_rate(ctx *c, size_t q, size_t lo, size_t hi)
{
    static const char *const at[] = {"at", NULL};
    static const char *const result[] = {"interest", "so", "received", "raised", "realised",
                                         "realized", "yield", "yielded", "yielding",
                                         "came to", "amounted to", "giving", "gave", "cost",
                                         "costing", "proceeds", "net", "i.e.", "or", NULL};
    static const char *const added[] = {"further", "another", "additional", "more",
                                        "extra", NULL};
    const tally_fact *qf = &c->f->v[q];
    const tally_sentence *s = &c->seg->sents[qf->sent_index];
    if (!word_before_is(c, qf->tstart, s->start, at) || !(qf->value < 100) || qf->value <= 0)
        return 0;
    size_t X = NOPOS;
    for (size_t j = q; j-- > lo && X == NOPOS;) {
        int w = words_between(c->t, c->f->v[j].tend, qf->tstart, ";:.()");
        if (w < 0 || w > 12)
            break;
        if (strcmp(c->fi[j].cat, "money") == 0 && !c->fi[j].share)
            X = j;
    }
    if (X == NOPOS)
        X = fact_after(c, qf->tend, lo, hi, 6);
    if (X == NOPOS || strcmp(c->fi[X].cat, "money") != 0 || c->fi[X].share)
        return 0;
    size_t from = X > q ? X : q;
    size_t P = from + 1;
    if (P >= c->f->n || c->f->v[P].sent_index > qf->sent_index + 1 || c->fi[P].share ||
        !same_unit(&c->fi[P], &c->fi[X]) || c->fi[P].used ||
        !(c->f->v[P].value < c->f->v[X].value) ||
        word_before_is(c, c->f->v[P].tstart, c->seg->sents[c->f->v[P].sent_index].start, added))
        return 0;
    int cue = is_rate(c, P);
    for (size_t i = c->f->v[from].tend; !cue && i < c->f->v[P].tstart; i++)
        for (size_t k = 0; result[k] && !cue; k++)
            cue = phrase_at(c->t, i, c->f->v[P].tstart, result[k]) != 0;
    if (!cue)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, "at a rate");
    rel_part(c, &r, q);
    rel_part(c, &r, X);
    c->fi[q].used = c->fi[P].used = 1;
    return add_rel(c, &r);
}

/* 1 when the words after a comparison cue at e name a thing rather than a
 * figure: a determiner ("the plan", "its establishment", "what was
 * promised") and no figure within the next four words. */
static int named_after(const ctx *c, size_t e, size_t send, size_t lo, size_t hi)
{
    static const char *const det[] = {"the", "its", "their", "his", "her", "our", "this",
                                      "that", "what", NULL};
    while (e < send && c->t[e] == ' ')
        e++;
    int named = 0;
    for (size_t q = 0; det[q] && !named; q++)
        named = phrase_at(c->t, e, send, det[q]) != 0;
    return named && fact_after(c, e, lo, hi, 4) == NOPOS;
}

/* Differences: "a shortfall of D", "falling short by D", "a deficit of
 * D" (D after the cue), "D more than", "D fewer than" (D before it): the
 * two figures of D's unit nearest before D in its sentence (else the one
 * after "than" for the second) -> DIFFERENCE D = |A - B|. */
static int rule_difference(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const after[] = {"a shortfall of", "shortfall of", "short by",
                                        "a deficit of", "a gap of", "a surplus of",
                                        "a difference of", "an excess of", NULL};
    static const char *const before[] = {"more than", "fewer than", "less than",
                                         "short of", NULL};
    const tally_sentence *s = &c->seg->sents[si];
    for (size_t i = s->start; i < s->end; i++) {
        size_t D = NOPOS, than = 0;
        const char *cue = NULL;
        for (size_t q = 0; after[q] && D == NOPOS; q++) {
            size_t e = phrase_at(c->t, i, s->end, after[q]);
            if (e && (D = fact_after(c, e, lo, hi, 1)) != NOPOS)
                cue = after[q];
        }
        for (size_t q = 0; before[q] && D == NOPOS; q++) {
            size_t e = phrase_at(c->t, i, s->end, before[q]);
            if (e && (D = fact_before_s(c, i, lo, hi, 2, ",;:.()")) != NOPOS) {
                cue = before[q];
                than = e;
            }
        }
        if (D == NOPOS || c->fi[D].share || c->fi[D].used || !c->fi[D].unit[0] ||
            c->f->v[D].qual == TALLY_Q_AT_LEAST || c->f->v[D].qual == TALLY_Q_AT_MOST)
            continue;
        size_t ab[2], n = 0;
        for (size_t j = D; j-- > lo && n < 2;)
            if (same_unit(&c->fi[j], &c->fi[D]) && !c->fi[j].share && !is_rate(c, j) &&
                c->f->v[j].value > c->f->v[D].value)
                ab[n++] = j;
        if (n < 2 && than) {
            size_t B = fact_after(c, than, lo, hi, 4);
            if (B != NOPOS && same_unit(&c->fi[B], &c->fi[D]))
                ab[n++] = B;
        }
        if (n < 2)
            continue;
        /* "seven rifle and four tank battalions, two short of the plan": a
         * list measured against a thing named, not the gap between its items */
        if (than && named_after(c, than, s->end, lo, hi) &&
            joined_to(c->t, c->f->v[ab[1]].tend, c->f->v[ab[0]].tstart))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_DIFFERENCE, D, cue);
        rel_part(c, &r, ab[0] < ab[1] ? ab[0] : ab[1]);
        rel_part(c, &r, ab[0] < ab[1] ? ab[1] : ab[0]);
        c->fi[D].used = 1;
        if (add_rel(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* Fill c->fi: units, kinds and the enclosing parenthesis of every fact. */
static void fill_info(ctx *c)
{
    for (size_t i = 0; i < c->f->n; i++) {
        const tally_fact *f = &c->f->v[i];
        finfo *x = &c->fi[i];
        tally_relate_unit(c->t, f, c->lex, x->unit, x->cat);
        x->formation = x->unit[0] && c->lex && tally_lexicon_has(c->lex, "norms", x->unit);
        x->aircraft = strcmp(x->unit, "aircraft") == 0 || strcmp(x->cat, "aircraft") == 0;
        x->share = strcmp(x->unit, "percent") == 0 || strcmp(x->cat, "share") == 0 ||
                   f->qual == TALLY_Q_RATIO;
        x->popen = NOPOS;
        if (f->sent_index < c->seg->nsents) {
            size_t stack[8];
            int depth = 0;
            for (size_t k = c->seg->sents[f->sent_index].start; k < f->tstart; k++) {
                if (c->t[k] == '(') {
                    if (depth < 8)
                        stack[depth] = k;
                    depth++;
                } else if (c->t[k] == ')' && depth > 0) {
                    depth--;
                }
            }
            if (depth > 0 && depth <= 8)
                x->popen = stack[depth - 1];
        }
    }
}

tally_status tally_relate(const char *text, const tally_segments *seg,
                          const tally_facts *facts, const tally_lexicon *lex,
                          tally_relations *out, tally_error *err)
{
    memset(out, 0, sizeof *out);
    if (facts->n == 0)
        return TALLY_OK;
    ctx c = {text, seg, facts, lex, calloc(facts->n, sizeof(finfo)), out};
    if (!c.fi)
        return tally_fail(err, TALLY_ENOMEM, "relate: out of memory");
    fill_info(&c);
    int rc = 0;
    size_t lo = 0;
    while (!rc && lo < facts->n) {
        size_t si = facts->v[lo].sent_index, hi;
        if (si >= seg->nsents) {
            lo++;
            continue;
        }
        sent_range(&c, si, &lo, &hi);
        size_t send = seg->sents[si].end;
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rule_breakdown(&c, i, lo, hi, send);
        if (!rc)
            rc = rule_paren_norm(&c, lo, hi);
        if (!rc)
            rc = rule_colon(&c, si, lo, hi);
        if (!rc)
            rc = rule_change(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rule_more_than(&c, i, lo, hi, send);
        if (!rc)
            rc = rule_convert(&c, si, lo, hi);
        if (!rc)
            rc = rule_comma_list(&c, si, lo, hi);
        if (!rc)
            rc = rule_cues(&c, si, lo, hi);
        if (!rc)
            rc = rule_with(&c, si, lo, hi);
        if (!rc)
            rc = rule_subset(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rule_fraction(&c, i, lo, hi, send);
        if (!rc)
            rc = rule_average(&c, lo, hi);
        if (!rc)
            rc = rule_multiple(&c, si, lo, hi);
        if (!rc)
            rc = rule_difference(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rule_each(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rule_at_rate(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rule_period(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rule_product_terms(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rule_product(&c, i);
        lo = hi;
    }
    free(c.fi);
    if (rc) {
        tally_relations_free(out);
        return tally_fail(err, TALLY_ENOMEM, "relate: out of memory");
    }
    return TALLY_OK;
}
