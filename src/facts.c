/*
 * facts.c - the extraction pipeline and the facts CSV.  This file only glues
 * the stages together: segment.c cuts sentences, number.c finds numbers,
 * context.c says what they count; here each kept figure becomes a fact with
 * its provenance (offsets into the original input, sentence, endnote).
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "annot.h"
#include "buf.h"
#include "tally/facts.h"
#include "tally/context.h"
#include "tally/annotate.h"

const char *const tally_facts_columns[] = {
    "doc", "id", "section", "para", "sent", "start", "end", "number_text", "mention",
    "value", "low", "high", "qualifier", "unit", "noun", "category", "actor", "date",
    "modality", "note", "source", "sentence", NULL};

/* Fold the white space of s[0..n) into out (room for n + 1 bytes), see
 * tally_fold_space(); returns the length written (NUL not counted). */
static size_t fold_into(char *out, const char *s, size_t n)
{
    size_t j = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'))) {   /* \t \n \v \f \r */
            space = j > 0;
            continue;
        }
        if (space) {
            out[j++] = ' ';
            space = 0;
        }
        out[j++] = (char)c;
    }
    out[j] = '\0';
    return j;
}

char *tally_fold_space(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (out)
        fold_into(out, s, n);
    return out;
}

/* ---- the string pool of a tally_facts ----
 * The strings of the facts tally_extract() makes are carved from large
 * blocks freed all at once with the facts: no allocation per string, and
 * the facts of one sentence (or endnote) point to one copy of its text. */

/* One block of the pool; blocks are chained from the one filled last. */
typedef struct pool_block {
    struct pool_block *next;   /* the block before, or NULL */
    size_t used, cap;          /* bytes given out and room in data */
    char data[];
} pool_block;

enum { POOL_BLOCK = 64 * 1024 };   /* room in a block; a string over a quarter of it
                                      gets a block of its own */

/* Start the pool of f (empty, one block).  0 or -1 (OOM). */
static int pool_start(tally_facts *f)
{
    pool_block *b = malloc(sizeof *b + POOL_BLOCK);
    if (!b)
        return -1;
    b->next = NULL;
    b->used = 0;
    b->cap = POOL_BLOCK;
    f->pool = b;
    return 0;
}

/* n bytes from the pool of f (started), NULL when out of memory.  The last
 * bytes given out can be handed back with pool_trim(). */
static char *pool_room(tally_facts *f, size_t n)
{
    pool_block *c = f->pool;
    if (c->cap - c->used >= n) {
        c->used += n;
        return c->data + c->used - n;
    }
    int own = n > POOL_BLOCK / 4;
    pool_block *b = malloc(sizeof *b + (own ? n : POOL_BLOCK));
    if (!b)
        return NULL;
    b->used = n;
    b->cap = own ? n : POOL_BLOCK;
    if (own) {   /* behind the current block, which stays the one to fill */
        b->next = c->next;
        c->next = b;
    } else {
        b->next = c;
        f->pool = b;
    }
    return b->data;
}

/* Hand back the end of p (the last string pool_room() gave out, of room
 * bytes) past its first keep bytes, when it is in the block being filled. */
static void pool_trim(tally_facts *f, const char *p, size_t room, size_t keep)
{
    pool_block *c = f->pool;
    if (c->used >= room && p == c->data + c->used - room)
        c->used -= room - keep;
}

/* Free the pool of f. */
static void pool_free(tally_facts *f)
{
    for (pool_block *b = f->pool, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    f->pool = NULL;
}

/* Copy of s[0..n) with a NUL, from the pool of f. */
static char *pool_strndup(tally_facts *f, const char *s, size_t n)
{
    char *p = pool_room(f, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* tally_fold_space() into the pool of f. */
static char *pool_fold(tally_facts *f, const char *s, size_t n)
{
    char *p = pool_room(f, n + 1);
    if (p)
        pool_trim(f, p, n + 1, fold_into(p, s, n) + 1);
    return p;
}

char *annot_fact_str(tally_facts *facts, const char *s)
{
    return facts->pool ? pool_strndup(facts, s, strlen(s)) : xstrdup(s);
}

/* Longest sentence or endnote text copied whole into a fact; beyond it (a
 * "sentence" of megabytes from a file with no punctuation) the fact keeps a
 * window of this size around its figure, marked with "..." at the cut ends,
 * so that memory and output stay proportional to the input. */
#define CONTEXT_MAX 1200

/* Step back or forward to a UTF-8 character boundary. */
static size_t utf8_floor(const char *t, size_t i, size_t lo)
{
    while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* Folded copy of t[a..b) from the pool of f, or a window of CONTEXT_MAX
 * bytes around [fa, fb) when the span is longer, with "... " before and
 * " ..." after where it cuts the span. */
static char *context_copy(tally_facts *f, const char *t, size_t a, size_t b, size_t fa,
                          size_t fb)
{
    if (b - a <= CONTEXT_MAX)
        return pool_fold(f, t + a, b - a);
    size_t half = CONTEXT_MAX / 2;
    size_t wa = fa > a + half ? utf8_floor(t, fa - half, a) : a;
    size_t wb = fb + half < b ? utf8_floor(t, fb + half, fa) : b;
    size_t room = 4 + (wb - wa) + 4 + 1;
    char *p = pool_room(f, room);
    if (!p)
        return NULL;
    size_t n = 0;
    if (wa > a) {
        memcpy(p, "... ", 4);
        n = 4;
    }
    n += fold_into(p + n, t + wa, wb - wa);
    if (wb < b) {
        memcpy(p + n, " ...", 5);
        n += 4;
    }
    pool_trim(f, p, room, n + 1);
    return p;
}

/* The "" of every empty fact string (no unit, no noun, no endnote, actor,
 * date, modality and explain until annotated): shared, never written to,
 * never freed, so that a fact costs no allocation for an empty field. */
static char fact_empty[1] = "";

/* Free one fact string unless it is the shared empty one. */
static void fact_str_free(char *s)
{
    if (s != fact_empty)
        free(s);
}

/* s itself, or the shared "" for NULL. */
static char *or_empty(char *s)
{
    return s ? s : fact_empty;
}

static void fact_free(tally_fact *f)
{
    fact_str_free(f->number_text);
    fact_str_free(f->mention);
    fact_str_free(f->unit);
    fact_str_free(f->noun);
    fact_str_free(f->category);
    fact_str_free(f->actor);
    fact_str_free(f->date);
    fact_str_free(f->modality);
    fact_str_free(f->source);
    fact_str_free(f->sentence);
    fact_str_free(f->explain);
}

void tally_facts_free(tally_facts *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n && !f->pool; i++)   /* a pool holds them all */
        fact_free(&f->v[i]);
    pool_free(f);
    free(f->v);
    free(f->doc);
    memset(f, 0, sizeof *f);
}

static int overlaps_marker(const tally_segments *seg, size_t a, size_t b)
{
    /* markers are few and sorted: binary search the first marker ending after a */
    size_t lo = 0, hi = seg->nmarkers;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (seg->markers[mid].end <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < seg->nmarkers && seg->markers[lo].start < b;
}

/* Folded copies (in the pool of the facts) shared by the facts of one
 * sentence and of one endnote: the last ones made. */
typedef struct fold_cache {
    size_t sent;                /* sentence folded in sentence, or SIZE_MAX */
    char *sentence;             /* NULL when none or too long to share */
    const tally_note *note;     /* endnote folded in source, or NULL */
    char *source;
} fold_cache;

/* The sentence text for a fact of sentence si at [fa, fb): the copy shared
 * by the facts of the sentence, unless the sentence is longer than
 * CONTEXT_MAX, when each fact has its own window. */
static char *sentence_copy(tally_facts *f, fold_cache *c, const char *t, size_t si,
                           const tally_sentence *s, size_t fa, size_t fb)
{
    if (s->end - s->start > CONTEXT_MAX)
        return context_copy(f, t, s->start, s->end, fa, fb);
    if (c->sent != si || !c->sentence) {
        c->sentence = pool_fold(f, t + s->start, s->end - s->start);
        c->sent = c->sentence ? si : SIZE_MAX;
    }
    return c->sentence;
}

/* The folded text of endnote note (or its first CONTEXT_MAX bytes), shared
 * by the facts that cite it in a row. */
static char *source_copy(tally_facts *f, fold_cache *c, const char *t, const tally_note *note)
{
    if (c->note != note || !c->source) {
        c->source = context_copy(f, t, note->start, note->end, note->start, note->start);
        c->note = c->source ? note : NULL;
    }
    return c->source;
}

/* Build one fact f from number k of sentence si, its strings in the pool
 * of out.  0 or -1 (OOM; the strings made stay in the pool). */
static int make_fact(tally_doc *doc, const tally_segments *seg, size_t si,
                     const tally_number *num, const tally_attach *at, fold_cache *fc,
                     tally_facts *out, tally_fact *f)
{
    const tally_sentence *s = &seg->sents[si];
    const char *t = doc->text;
    memset(f, 0, sizeof *f);
    f->section = s->section;
    f->para = s->para;
    f->sent = s->sent;
    f->sent_index = si;
    f->tstart = num->start;
    f->tend = num->end;
    f->start = tally_doc_orig(doc, num->start);
    f->end = tally_doc_orig(doc, num->end);
    if (f->end < f->start)
        f->end = f->start;
    f->value = num->value;
    f->low = num->low;
    f->high = num->high;
    f->qual = num->qual;
    f->note = s->section == TALLY_SECTION_ENDNOTE ? s->endnote : s->note;
    size_t ms = at->mention_start < at->mention_end ? at->mention_start : num->start;
    size_t me = at->mention_start < at->mention_end ? at->mention_end : num->end;
    f->number_text = pool_strndup(out, doc->orig + f->start, f->end - f->start);
    f->mention = pool_fold(out, t + ms, me - ms);
    f->noun = at->noun_end > at->noun_start
                  ? pool_fold(out, t + at->noun_start, at->noun_end - at->noun_start)
                  : fact_empty;
    f->unit = at->unit[0] ? pool_strndup(out, at->unit, strlen(at->unit)) : fact_empty;
    const char *cat = at->category[0] ? at->category : "other";
    f->category = pool_strndup(out, cat, strlen(cat));
    /* actor, date, modality and explain stay NULL: tally_annotate() sets
     * them, fill_empty() gives "" to the rest */
    f->sentence = sentence_copy(out, fc, t, si, s, num->start, num->end);
    const tally_note *note = f->note ? tally_segments_note(seg, f->note) : NULL;
    f->source = note ? source_copy(out, fc, t, note) : fact_empty;
    if (!f->number_text || !f->mention || !f->noun || !f->unit || !f->category ||
        !f->sentence || !f->source)
        return -1;
    return 0;
}

/* "" for the actor, date, modality and explain that annotation left unset. */
static void fill_empty(tally_facts *out)
{
    for (size_t i = 0; i < out->n; i++) {
        tally_fact *f = &out->v[i];
        f->actor = or_empty(f->actor);
        f->date = or_empty(f->date);
        f->modality = or_empty(f->modality);
        f->explain = or_empty(f->explain);
    }
}

static tally_status do_sentence(tally_doc *doc, const tally_lexicon *lex,
                                const tally_segments *seg, size_t si, fold_cache *fc,
                                tally_facts *out, tally_error *err)
{
    const tally_sentence *s = &seg->sents[si];
    tally_number *nums = NULL;
    size_t n = 0;
    tally_status st = tally_numbers_find(doc->text, s->start, s->end, lex, &nums, &n, err);
    if (st)
        return st;
    if (n == 0) {
        free(nums);
        return TALLY_OK;
    }
    tally_attach *at = calloc(n, sizeof *at);
    if (!at) {
        free(nums);
        return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
    }
    st = tally_context_attach(doc->text, s, nums, n, lex, at, err);
    for (size_t k = 0; !st && k < n; k++) {
        if (nums[k].kind != TALLY_NK_FIGURE || !at[k].keep ||
            overlaps_marker(seg, nums[k].start, nums[k].end))
            continue;
        if (grow_array((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) < 0 ||
            make_fact(doc, seg, si, &nums[k], &at[k], fc, out, &out->v[out->n]) < 0) {
            st = tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
            break;
        }
        out->v[out->n].id = (long)out->n + 1;
        out->n++;
    }
    free(at);
    free(nums);
    return st;
}

/* How far back machines_referent() looks for the thing a generic word
 * ("machines", "engines", "lights") means: figures, and sentences. */
#define MACHINES_BACK 60
#define MACHINES_SENTS 10

/* 1 when fact x counts the generic word g (its unit) as written, with no
 * noun of a kind before it ("161 machines", "40 new machines"; not "46
 * sewing machines"). */
static int counts_generic(const tally_fact *x, const char *g)
{
    if (strcmp(x->unit, g) != 0 || !x->noun[0])
        return 0;
    const char *last = strrchr(x->noun, ' ');
    const char *head = last ? last + 1 : x->noun;
    size_t n = strlen(g);
    if (strncasecmp(head, g, n) != 0 || !(head[n] == '\0' || strcasecmp(head + n, "s") == 0))
        return 0;
    if (!last)
        return 1;
    const char *prev = last;   /* the word before the head */
    while (prev > x->noun && prev[-1] != ' ')
        prev--;
    size_t m = (size_t)(last - prev);
    return !(m > 4 && strncasecmp(last - 3, "ing", 3) == 0);   /* "sewing machines" */
}

/* The kind the "machines" table gives word w[0..n) ("referent", "place"),
 * or NULL. */
static const char *machines_kind(const tally_lextab *tab, const char *w, size_t n)
{
    const char *const *row[1];
    if (!n || tally_lextab_find(tab, w, n, row, 1) == 0)
        return NULL;
    return row[0][1];
}

/* The generic word a referent unit u may be called by (the table's
 * "generic" column; "machine" when it is empty or absent), or NULL when u
 * is no referent. */
static const char *generic_of(const tally_lextab *tab, int col, const char *u)
{
    const char *k = machines_kind(tab, u, strlen(u));
    if (!k || strcmp(k, "referent") != 0)
        return NULL;
    const char *g = col >= 0 ? tally_lextab_get(tab, u, strlen(u), col) : NULL;
    return g && *g ? g : "machine";
}

/* 1 when the space-separated list l has word w. */
static int word_listed(const char *l, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = l; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if ((size_t)(e - p) == n && strncmp(p, w, n) == 0)
            return 1;
        p = e;
    }
    return 0;
}

/* The generic words the table's referents are called by, at most max
 * (distinct), copied (free them) into g[]; their number. */
#define MAX_GENERIC 16
static size_t generic_words(const tally_lextab *tab, int col, const char **g, size_t max)
{
    const tally_table *t = tally_lextab_table(tab);
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        const char *l = generic_of(tab, col, t->rows[r][0]);
        for (const char *p = l; p && *p && n < max;) {   /* "machine engine" */
            while (*p == ' ')
                p++;
            size_t len = strcspn(p, " ");
            size_t k = 0;
            while (len && k < n && !(strlen(g[k]) == len && strncmp(g[k], p, len) == 0))
                k++;
            if (len && k == n) {
                char *w = malloc(len + 1);
                if (!w)
                    return n;   /* fewer words: fewer resolved, nothing wrong */
                memcpy(w, p, len);
                w[len] = '\0';
                g[n++] = w;
            }
            p += len;
        }
    }
    return n;
}

/* 1 when u is one of the n words of g[]. */
static int in_words(const char *u, const char **g, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(u, g[k]) == 0)
            return 1;
    return 0;
}

/* 1 when sentence s names a works of the "machines" table and a verb of
 * holding ("The plant had 40 machines and 300 workers"): its machines are
 * the works' own ("The works can deliver six machines a month" makes the
 * things counted before). */
static int names_works(const tally_lextab *tab, const char *s)
{
    int works = 0, holds = 0;
    for (const char *p = s; *p;) {
        while (*p && !isalpha((unsigned char)*p))
            p++;
        const char *b = p;
        while (isalpha((unsigned char)*p))
            p++;
        const char *k = machines_kind(tab, b, (size_t)(p - b));
        works |= k && strcmp(k, "place") == 0;
        holds |= k && strcmp(k, "holds") == 0;
    }
    return works && holds;
}

/* "The return shows 161 machines on hand" after "224 riders and 224
 * motorcycles": a text's "machines" are the motorcycles (bicycles,
 * aircraft, lorries) it counted just before, by the lexicon's "machines"
 * table (datasets/lexicon/machines.csv, kind "referent"); so are its
 * "engines" the locomotives and its "lights" the searchlights (a
 * referent's "generic" column names the word; empty: "machine").  A
 * figure counting such a generic word takes the unit and category of the
 * nearest earlier figure whose unit is a referent called by that word, at
 * most MACHINES_SENTS sentences and MACHINES_BACK figures back (a figure
 * so resolved serves the next), unless its sentence names a works that
 * holds them (kinds "place" and "holds": "The plant had 40 machines");
 * else it stays as written. */
static void machines_referent(const tally_lexicon *lex, tally_facts *out)
{
    const tally_lextab *tab = tally_lexicon_tab(lex, "machines");
    if (!tab)
        return;
    int col = tally_table_col(tally_lextab_table(tab), "generic");
    const char *gens[MAX_GENERIC];
    size_t ngens = generic_words(tab, col, gens, MAX_GENERIC);
    for (size_t i = 0; i < out->n; i++) {
        tally_fact *x = &out->v[i];
        if (!in_words(x->unit, gens, ngens) || !counts_generic(x, x->unit) ||
            names_works(tab, x->sentence))
            continue;
        for (size_t j = i; j-- > 0 && i - j <= MACHINES_BACK;) {
            const tally_fact *y = &out->v[j];
            if (y->sent_index + MACHINES_SENTS < x->sent_index)
                break;
            const char *g = generic_of(tab, col, y->unit);
            if (!g)
                continue;
            if (word_listed(g, x->unit)) {
                x->unit = y->unit;
                x->category = y->category;
            }
            break;   /* the nearest referent of any kind: "80 engines" after
                        bombers are no locomotives */
        }
    }
    for (size_t k = 0; k < ngens; k++)
        free((void *)gens[k]);
}

tally_status tally_extract(tally_doc *doc, const tally_lexicon *lex,
                           const tally_extract_opts *opts, tally_facts *out,
                           tally_segments *segout, tally_error *err)
{
    tally_segments seg;
    memset(out, 0, sizeof *out);
    const char *name = opts && opts->name ? opts->name : doc->name;
    if (!(out->doc = xstrdup(name)) || pool_start(out) < 0) {
        tally_facts_free(out);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    tally_status st = tally_segment(doc->text, doc->len, lex, &seg, err);
    if (st) {
        tally_facts_free(out);
        return st;
    }
    fold_cache fc = {SIZE_MAX, NULL, NULL, NULL};
    for (size_t i = 0; !st && i < seg.nsents; i++)
        st = do_sentence(doc, lex, &seg, i, &fc, out, err);
    if (!st)
        machines_referent(lex, out);
    if (!st)
        st = tally_annotate(doc, &seg, lex, out, opts && opts->explain, err);
    fill_empty(out);
    if (st) {
        tally_facts_free(out);
        tally_segments_free(&seg);
        return st;
    }
    if (segout)
        *segout = seg;
    else
        tally_segments_free(&seg);
    return TALLY_OK;
}

tally_status tally_facts_write_header(FILE *fp, int explain, tally_error *err)
{
    tally_csv_out o;
    tally_csv_init(&o, fp);
    for (size_t i = 0; tally_facts_columns[i]; i++)
        tally_csv_raw(&o, tally_facts_columns[i]);
    if (explain)
        tally_csv_raw(&o, "explain");
    if (tally_csv_end(&o) < 0)
        return tally_fail(err, TALLY_EIO, "write error");
    return TALLY_OK;
}

tally_status tally_facts_write(const tally_facts *f, FILE *fp, int explain, tally_error *err)
{
    tally_csv_out o;
    tally_csv_init(&o, fp);
    tally_csv_buffer(&o);
    for (size_t i = 0; i < f->n; i++) {
        const tally_fact *x = &f->v[i];
        tally_csv_text(&o, f->doc);
        tally_csv_int(&o, x->id);
        tally_csv_raw(&o, x->section == TALLY_SECTION_ENDNOTE ? "endnote" : "body");
        tally_csv_int(&o, x->para);
        tally_csv_int(&o, x->sent);
        tally_csv_int(&o, (long long)x->start);
        tally_csv_int(&o, (long long)x->end);
        tally_csv_text(&o, x->number_text);
        tally_csv_text(&o, x->mention);
        tally_csv_num(&o, x->value);
        tally_csv_num(&o, x->low);
        tally_csv_num(&o, x->high);
        tally_csv_raw(&o, tally_qualifier_name(x->qual));
        tally_csv_text(&o, x->unit);
        tally_csv_text(&o, x->noun);
        tally_csv_text(&o, x->category);
        tally_csv_text(&o, x->actor);
        tally_csv_text(&o, x->date);
        tally_csv_text(&o, x->modality);
        if (x->note)
            tally_csv_int(&o, x->note);
        else
            tally_csv_raw(&o, "");
        tally_csv_text(&o, x->source);
        tally_csv_text(&o, x->sentence);
        if (explain)
            tally_csv_text(&o, x->explain);
        if (tally_csv_end(&o) < 0) {
            tally_csv_done(&o);
            return tally_fail(err, TALLY_EIO, "write error");
        }
    }
    tally_csv_done(&o);
    return TALLY_OK;
}
