/*
 * lexicon.c - loading lexicon CSV files into named tables and looking words
 * up in them through a small open-addressing hash per table.  Each table
 * also keeps the lengths of its keys and a set of their leads (leading ASCII
 * letters and digits) so that a hot loop can ask "can any key start here?"
 * with one probe before building a key of several words.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/lexicon.h"
#include "words.h"

/* Codes of the characters of a lead for the pair filter of a table: 0 the
 * end of the lead, 1-26 a letter (either case), 27-36 a digit.  A table
 * (rows of 32 bytes from 0x00; bytes from 0x80 are 0) so that the hot
 * lead scans cost one load per byte. */
enum { LEAD_CODES = 37 };
static const unsigned char lead_codes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 0, 0, 0, 0, 0,
};

/* Lead code of byte c (see lead_codes[]). */
static inline unsigned char lead_code(unsigned char c)
{
    return lead_codes[c];
}

typedef struct tally_lextab {
    char *kind;            /* table name, e.g. "units" */
    tally_table t;         /* all rows of all files for this kind */
    size_t rowcap;
    size_t *slots;         /* hash of first cells: row index + 1, 0 = empty */
    size_t nslots;
    size_t *keylen;        /* keylen[r]: strlen of row r's first cell */
    uint64_t *leads;       /* set of lead hashes of the first cells, 0 = empty */
    size_t nleads;         /* slots in leads (a power of two) */
    uint64_t pair[LEAD_CODES]; /* bit lead_code(b) of pair[lead_code(a)]: some lead
                              starts with a then b (b = the end: code 0) */
    uint64_t lens[LEAD_CODES]; /* bit min(n, 63) of lens[lead_code(a)]: some lead of n
                              characters starts with a */
    int empty_lead;        /* some first cell has an empty lead */
} ltable;

struct tally_lexicon {
    ltable *tabs;
    size_t ntabs, cap;
};

const char *tally_lexicon_default_dir(void)
{
    const char *e = getenv("TALLY_LEXICON");
    if (e && *e)
        return e;
#ifdef TALLY_DATADIR
    return TALLY_DATADIR "/lexicon";
#else
    return "datasets/lexicon";
#endif
}

/* FNV-1a of s[0..n) with ASCII letters folded to lower case. */
static uint64_t hash_ci(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ words_lower_tab[(unsigned char)s[i]]) * 1099511628211ULL;
    }
    return h;
}

/* 1 when a[0..n) equals b[0..n), ASCII case ignored (strncasecmp in the C
 * locale, without the library call). */
static int same_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x != y && words_lower_tab[x] != words_lower_tab[y])
            return 0;
    }
    return 1;
}

size_t tally_lexicon_lead(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n && lead_codes[u[i]])   /* an ASCII letter or digit */
        i++;
    return i;
}

/* The hash a lead is stored under in the lead set (never 0, the empty mark). */
static uint64_t lead_hash(const char *s, size_t n)
{
    uint64_t h = hash_ci(s, n);
    return h ? h : 1;
}

/* Rebuild the key hash, the key lengths and the lead set of lt. */
static int rehash(ltable *lt)
{
    size_t n = 16;
    while (n < lt->t.nrows * 2 + 2)
        n *= 2;
    size_t *s = calloc(n, sizeof *s);
    uint64_t *leads = calloc(n, sizeof *leads);
    size_t *kl = malloc((lt->t.nrows ? lt->t.nrows : 1) * sizeof *kl);
    if (!s || !leads || !kl) {
        free(s);
        free(leads);
        free(kl);
        return -1;
    }
    memset(lt->pair, 0, sizeof lt->pair);
    memset(lt->lens, 0, sizeof lt->lens);
    lt->empty_lead = 0;
    for (size_t i = 0; i < lt->t.nrows; i++) {
        const char *key = lt->t.rows[i][0];
        kl[i] = strlen(key);
        size_t h = (size_t)hash_ci(key, kl[i]) & (n - 1);
        while (s[h])
            h = (h + 1) & (n - 1);
        s[h] = i + 1;
        size_t ln = tally_lexicon_lead(key, kl[i]);
        uint64_t lh = lead_hash(key, ln);
        if (ln == 0)
            lt->empty_lead = 1;
        else {
            lt->pair[lead_code((unsigned char)key[0])] |=
                1ULL << (ln > 1 ? lead_code((unsigned char)key[1]) : 0);
            lt->lens[lead_code((unsigned char)key[0])] |= 1ULL << (ln < 63 ? ln : 63);
        }
        size_t j = (size_t)lh & (n - 1);
        while (leads[j] && leads[j] != lh)
            j = (j + 1) & (n - 1);
        leads[j] = lh;
    }
    free(lt->slots);
    free(lt->leads);
    free(lt->keylen);
    lt->slots = s;
    lt->nslots = n;
    lt->leads = leads;
    lt->nleads = n;
    lt->keylen = kl;
    return 0;
}

tally_status tally_lexicon_new(tally_lexicon **out, tally_error *err)
{
    *out = calloc(1, sizeof **out);
    return *out ? TALLY_OK : tally_fail(err, TALLY_ENOMEM, "out of memory");
}

static ltable *find_tab(const tally_lexicon *lex, const char *kind)
{
    for (size_t i = 0; i < lex->ntabs; i++)
        if (lex->tabs[i].kind[0] == kind[0] && strcmp(lex->tabs[i].kind, kind) == 0)
            return &lex->tabs[i];
    return NULL;
}

static int same_header(const tally_table *a, const tally_table *b)
{
    if (a->ncols != b->ncols)
        return 0;
    for (size_t i = 0; i < a->ncols; i++)
        if (strcmp(a->cols[i], b->cols[i]) != 0)
            return 0;
    return 1;
}

/* 1 when t's header is the first columns of a's ("cue,modality" of
 * "cue,modality,scope"), and shorter. */
static int header_prefix(const tally_table *a, const tally_table *t)
{
    if (t->ncols == 0 || t->ncols >= a->ncols)
        return 0;
    for (size_t i = 0; i < t->ncols; i++)
        if (strcmp(a->cols[i], t->cols[i]) != 0)
            return 0;
    return 1;
}

/* Give t the header of a, whose first columns it has, each row an empty
 * cell for every column it lacks.  -1 when out of memory (t unchanged in
 * its header then, rows perhaps padded: still freeable). */
static int pad_to(const tally_table *a, tally_table *t)
{
    for (size_t i = 0; i < t->nrows; i++) {
        char **r = realloc(t->rows[i], a->ncols * sizeof *r);
        if (!r)
            return -1;
        t->rows[i] = r;
        for (size_t j = t->ncols; j < a->ncols; j++)
            r[j] = NULL;
        for (size_t j = t->ncols; j < a->ncols; j++)
            if (!(r[j] = xstrdup("")))
                return -1;
    }
    char **cols = realloc(t->cols, a->ncols * sizeof *cols);
    if (!cols)
        return -1;
    t->cols = cols;
    for (size_t j = t->ncols; j < a->ncols; j++)
        cols[j] = NULL;
    for (size_t j = t->ncols; j < a->ncols; j++)
        if (!(cols[j] = xstrdup(a->cols[j])))
            return -1;
    t->ncols = a->ncols;
    return 0;
}

/* The error for a user's file t that joins no table: its header, and the
 * tables there are (with the units table's header as an example). */
static tally_status no_table(const tally_lexicon *lex, tally_table *t, tally_error *err)
{
    tally_buf h = {0}, names = {0};
    int bad = 0;
    for (size_t i = 0; i < t->ncols; i++)
        bad |= buf_printf(&h, "%s%s", i ? "," : "", t->cols[i]) < 0;
    for (size_t i = 0; i < lex->ntabs; i++)
        bad |= buf_printf(&names, "%s%s", i ? ", " : "", lex->tabs[i].kind) < 0;
    tally_status st =
        bad ? tally_fail(err, TALLY_ENOMEM, "out of memory")
            : tally_fail(err, TALLY_ECSV,
                         "'%s': header '%s' matches no lexicon table (tables: %s); a file of "
                         "your own takes the header of the table it adds to, e.g. "
                         "term,unit,category for units",
                         t->name, h.data ? h.data : "", names.data ? names.data : "none");
    buf_free(&h);
    buf_free(&names);
    tally_table_free(t);
    return st;
}

/* Move the rows of t into the table kind (or the table whose header matches
 * when kind is NULL, or begins with t's: a user's file of fewer columns is
 * padded with empty cells; fallback names a new table, unless must_join,
 * when a file that joins no table is an error). */
static tally_status merge(tally_lexicon *lex, const char *kind, const char *fallback,
                          int must_join, tally_table *t, tally_error *err)
{
    ltable *lt = NULL;
    if (kind)
        lt = find_tab(lex, kind);
    else
        for (size_t i = 0; i < lex->ntabs && !lt; i++)
            if (same_header(&lex->tabs[i].t, t))
                lt = &lex->tabs[i];
    for (size_t i = 0; !kind && i < lex->ntabs && !lt; i++)
        if (header_prefix(&lex->tabs[i].t, t)) {
            lt = &lex->tabs[i];   /* "cue,modality" joins "cue,modality,scope" */
            if (pad_to(&lt->t, t) < 0)
                goto oom;
        }
    if (t->ncols == 0) {
        tally_status st = tally_fail(err, TALLY_ECSV, "'%s': lexicon file has no columns", t->name);
        tally_table_free(t);
        return st;
    }
    if (lt && !same_header(&lt->t, t)) {
        tally_status st = tally_fail(err, TALLY_ECSV,
                                     "'%s': header does not match lexicon table '%s'", t->name,
                                     lt->kind);
        tally_table_free(t);
        return st;
    }
    if (!lt && must_join)
        return no_table(lex, t, err);
    if (!lt) {
        if (grow_array((void **)&lex->tabs, &lex->cap, lex->ntabs + 1, sizeof *lex->tabs) < 0)
            goto oom;
        lt = &lex->tabs[lex->ntabs];
        memset(lt, 0, sizeof *lt);
        if (!(lt->kind = xstrdup(kind ? kind : fallback)))
            goto oom;
        lex->ntabs++;
        lt->t = *t;
        lt->rowcap = t->nrows;
        memset(t, 0, sizeof *t);
        return rehash(lt) < 0 ? tally_fail(err, TALLY_ENOMEM, "out of memory") : TALLY_OK;
    }
    size_t need = lt->t.nrows + t->nrows;
    size_t cap = lt->rowcap;
    if (grow_array((void **)&lt->t.rows, &cap, need, sizeof *lt->t.rows) < 0)
        goto oom;
    size_t *lines = realloc(lt->t.lines, (cap ? cap : 1) * sizeof *lines);
    if (!lines)
        goto oom;
    lt->t.lines = lines;
    lt->rowcap = cap;
    for (size_t i = 0; i < t->nrows; i++) {
        lt->t.rows[lt->t.nrows] = t->rows[i];
        lt->t.lines[lt->t.nrows] = t->lines[i];
        lt->t.nrows++;
    }
    t->nrows = 0;
    tally_table_free(t);
    return rehash(lt) < 0 ? tally_fail(err, TALLY_ENOMEM, "out of memory") : TALLY_OK;
oom:
    tally_table_free(t);
    return tally_fail(err, TALLY_ENOMEM, "out of memory");
}

static char *kind_of_path(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    if (n > 4 && strcasecmp(b + n - 4, ".csv") == 0)
        n -= 4;
    return xstrndup(b, n);
}

static tally_status add_path(tally_lexicon *lex, const char *path, int by_name, int must_join,
                             tally_error *err)
{
    tally_table t;
    tally_status st = tally_table_read_file(path, ',', &t, err);
    if (st)
        return st;
    char *kind = kind_of_path(path);
    if (!kind) {
        tally_table_free(&t);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    st = merge(lex, by_name ? kind : NULL, kind, must_join, &t, err);
    free(kind);
    return st;
}

tally_status tally_lexicon_add_file(tally_lexicon *lex, const char *path, tally_error *err)
{
    return add_path(lex, path, 0, 0, err);
}

tally_status tally_lexicon_join_file(tally_lexicon *lex, const char *path, tally_error *err)
{
    return add_path(lex, path, 0, 1, err);
}

tally_status tally_lexicon_add_mem(tally_lexicon *lex, const char *kind, const char *csv,
                                   tally_error *err)
{
    tally_table t;
    tally_status st = tally_table_read_mem(csv, strlen(csv), kind, ',', &t, err);
    if (st)
        return st;
    return merge(lex, kind, kind, 0, &t, err);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

tally_status tally_lexicon_load_dir(const char *dir, tally_lexicon **out, tally_error *err)
{
    tally_status st = tally_lexicon_new(out, err);
    if (st)
        return st;
    DIR *d = opendir(dir);
    if (!d) {
        tally_lexicon_free(*out);
        *out = NULL;
        return tally_fail(err, TALLY_EIO, "cannot open lexicon directory '%s'", dir);
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".csv") != 0 || e->d_name[0] == '.')
            continue;
        tally_buf p = {0};
        if (grow_array((void **)&names, &cap, n + 1, sizeof *names) < 0 ||
            buf_printf(&p, "%s/%s", dir, e->d_name) < 0) {
            buf_free(&p);
            st = tally_fail(err, TALLY_ENOMEM, "out of memory");
            break;
        }
        names[n++] = buf_detach(&p);
    }
    closedir(d);
    if (!st)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (!st)
            st = add_path(*out, names[i], 1, 0, err);
        free(names[i]);
    }
    free(names);
    if (st) {
        tally_lexicon_free(*out);
        *out = NULL;
    }
    return st;
}

void tally_lexicon_free(tally_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->ntabs; i++) {
        free(lex->tabs[i].kind);
        free(lex->tabs[i].slots);
        free(lex->tabs[i].keylen);
        free(lex->tabs[i].leads);
        tally_table_free(&lex->tabs[i].t);
    }
    free(lex->tabs);
    free(lex);
}

const tally_table *tally_lexicon_table(const tally_lexicon *lex, const char *kind)
{
    ltable *lt = lex ? find_tab(lex, kind) : NULL;
    return lt ? &lt->t : NULL;
}

size_t tally_lexicon_find(const tally_lexicon *lex, const char *kind, const char *key,
                          const char *const **rows, size_t max)
{
    ltable *lt = lex ? find_tab(lex, kind) : NULL;
    return lt ? tally_lextab_find(lt, key, strlen(key), rows, max) : 0;
}

const tally_lextab *tally_lexicon_tab(const tally_lexicon *lex, const char *kind)
{
    return lex ? find_tab(lex, kind) : NULL;
}

const tally_table *tally_lextab_table(const tally_lextab *lt)
{
    return lt ? &lt->t : NULL;
}

size_t tally_lextab_find(const tally_lextab *lt, const char *key, size_t len,
                         const char *const **rows, size_t max)
{
    if (!lt || !lt->nslots)
        return 0;
    /* collect matches, then order them newest (highest row index) first */
    size_t found = 0;
    size_t h = (size_t)hash_ci(key, len) & (lt->nslots - 1);
    size_t idx[64];
    size_t nidx = 0;
    while (lt->slots[h]) {
        size_t r = lt->slots[h] - 1;
        if (lt->keylen[r] == len && same_ci(lt->t.rows[r][0], key, len)) {
            if (nidx < 64)
                idx[nidx++] = r;
            found++;
        }
        h = (h + 1) & (lt->nslots - 1);
    }
    for (size_t i = 1; i < nidx; i++)   /* insertion sort, descending */
        for (size_t j = i; j > 0 && idx[j] > idx[j - 1]; j--) {
            size_t x = idx[j];
            idx[j] = idx[j - 1];
            idx[j - 1] = x;
        }
    for (size_t i = 0; i < nidx && i < max; i++)
        rows[i] = (const char *const *)lt->t.rows[idx[i]];
    return found;
}

const char *tally_lextab_get(const tally_lextab *lt, const char *key, size_t len, int col)
{
    const char *const *row;
    if (!lt || col < 0 || (size_t)col >= lt->t.ncols || !tally_lextab_find(lt, key, len, &row, 1))
        return NULL;
    return row[col];
}

int tally_lextab_has_lead(const tally_lextab *lt, const char *s, size_t n)
{
    if (!lt || !lt->nleads)
        return 0;
    /* the first two characters against the pairs of the leads and the
     * length against their lengths: most words are ruled out here, without
     * hashing */
    if (n == 0 ? !lt->empty_lead
               : !((lt->pair[lead_code((unsigned char)s[0])] >>
                    (n > 1 ? lead_code((unsigned char)s[1]) : 0)) & 1) ||
                     !((lt->lens[lead_code((unsigned char)s[0])] >> (n < 63 ? n : 63)) & 1))
        return 0;
    uint64_t lh = lead_hash(s, n);
    size_t j = (size_t)lh & (lt->nleads - 1);
    while (lt->leads[j]) {
        if (lt->leads[j] == lh)
            return 1;
        j = (j + 1) & (lt->nleads - 1);
    }
    return 0;
}

const char *tally_lexicon_get(const tally_lexicon *lex, const char *kind, const char *key,
                              const char *col)
{
    ltable *lt = lex ? find_tab(lex, kind) : NULL;
    if (!lt)
        return NULL;
    return tally_lextab_get(lt, key, strlen(key), tally_table_col(&lt->t, col));
}

int tally_lexicon_has(const tally_lexicon *lex, const char *kind, const char *key)
{
    const char *const *row;
    return tally_lexicon_find(lex, kind, key, &row, 1) > 0;
}
