/*
 * csvio.c - CSV tables in and out, through libcsv.  The parser is libcsv's
 * (strict, with the final record checked); this file only copies fields into
 * a table and enforces a constant row width.  The writer quotes through
 * libcsv's csv_write() whenever a cell needs quoting; with
 * tally_csv_buffer() it builds each row in memory and writes it with one
 * fwrite() (the facts writer, where rows have 23 cells).
 */
#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tally/csvio.h"

typedef struct reader {
    tally_table *t;
    char **row;          /* cells of the record being built */
    size_t nrow, caprow;
    size_t line;         /* current 1-based line (counted from bytes fed) */
    size_t row_line;     /* line where the current record began */
    size_t rowcap;       /* capacity of t->rows and t->lines */
    int started;         /* a field of the current record was seen */
    tally_status st;
    char msg[256];
} reader;

static void on_field(void *s, size_t n, void *ctx)
{
    reader *r = ctx;
    if (r->st)
        return;
    if (!r->started) {
        r->started = 1;
    }
    if (grow_array((void **)&r->row, &r->caprow, r->nrow + 1, sizeof *r->row) < 0 ||
        !(r->row[r->nrow] = xstrndup(s ? s : "", s ? n : 0))) {
        r->st = TALLY_ENOMEM;
        return;
    }
    r->nrow++;
}

static void drop_row(reader *r)
{
    for (size_t i = 0; i < r->nrow; i++)
        free(r->row[i]);
    r->nrow = 0;
}

static void on_record(int c, void *ctx)
{
    (void)c;
    reader *r = ctx;
    tally_table *t = r->t;
    r->started = 0;
    if (r->st) {
        drop_row(r);
        return;
    }
    if (!t->cols) {
        t->cols = r->row;
        t->ncols = r->nrow;
        r->row = NULL;
        r->nrow = r->caprow = 0;
        return;
    }
    if (r->nrow != t->ncols) {
        snprintf(r->msg, sizeof r->msg, "line %zu: %zu fields, the header has %zu",
                 r->row_line, r->nrow, t->ncols);
        r->st = TALLY_ECSV;
        drop_row(r);
        return;
    }
    if (grow_array((void **)&t->rows, &r->rowcap, t->nrows + 1, sizeof *t->rows) < 0) {
        r->st = TALLY_ENOMEM;
        drop_row(r);
        return;
    }
    size_t lc = r->rowcap;
    size_t *lines = realloc(t->lines, lc * sizeof *lines);
    if (!lines) {
        r->st = TALLY_ENOMEM;
        drop_row(r);
        return;
    }
    t->lines = lines;
    t->rows[t->nrows] = r->row;
    t->lines[t->nrows] = r->row_line;
    t->nrows++;
    r->row = NULL;
    r->nrow = r->caprow = 0;
}

/* Feed bytes line by line so that we know on which line a record starts. */
static tally_status feed(struct csv_parser *p, reader *r, const char *data, size_t len,
                         const char *name, tally_error *err)
{
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (data + i)) + 1 : len - i;
        if (!r->started && r->nrow == 0)
            r->row_line = r->line;
        if (csv_parse(p, data + i, n, on_field, on_record, r) != n)
            return tally_fail(err, TALLY_ECSV, "'%s': line %zu: %s", name, r->line,
                              csv_strerror(csv_error(p)));
        if (r->st)
            break;
        i += n;
        if (nl)
            r->line++;
    }
    return TALLY_OK;
}

tally_status tally_table_read_mem(const char *data, size_t len, const char *name,
                                  char delim, tally_table *t, tally_error *err)
{
    struct csv_parser p;
    reader r = {0};
    memset(t, 0, sizeof *t);
    if (!(t->name = xstrdup(name ? name : "-")))
        return tally_fail(err, TALLY_ENOMEM, "out of memory reading '%s'", name);
    int opts = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL * 0;
    if (csv_init(&p, (unsigned char)opts) != 0) {
        tally_table_free(t);
        return tally_fail(err, TALLY_ENOMEM, "out of memory reading '%s'", name);
    }
    csv_set_delim(&p, (unsigned char)delim);
    if (delim == '\t')
        csv_set_quote(&p, '\0');
    r.t = t;
    r.line = 1;
    r.row_line = 1;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {   /* UTF-8 BOM */
        data += 3;
        len -= 3;
    }
    tally_status st = feed(&p, &r, data, len, t->name, err);
    if (!st && !r.st && csv_fini(&p, on_field, on_record, &r) != 0)
        st = tally_fail(err, TALLY_ECSV, "'%s': line %zu: %s", t->name, r.line,
                        csv_strerror(csv_error(&p)));
    csv_free(&p);
    drop_row(&r);
    free(r.row);
    if (!st && r.st == TALLY_ENOMEM)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory reading '%s'", t->name);
    else if (!st && r.st)
        st = tally_fail(err, r.st, "'%s': %s", t->name, r.msg);
    if (!st && !t->cols)
        st = tally_fail(err, TALLY_ECSV, "'%s': empty file, no header", t->name);
    if (st)
        tally_table_free(t);
    return st;
}

tally_status tally_table_read_file(const char *path, char delim, tally_table *t,
                                   tally_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp)
        return tally_fail(err, TALLY_EIO, "cannot open '%s': %s", path, strerror(errno));
    tally_buf b = {0};
    char chunk[65536];
    size_t n;
    int oom = 0;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        if (buf_append(&b, chunk, n) < 0) {
            oom = 1;
            break;
        }
    int rerr = ferror(fp);
    if (!is_stdin)
        fclose(fp);
    if (oom) {
        buf_free(&b);
        return tally_fail(err, TALLY_ENOMEM, "out of memory reading '%s'", path);
    }
    if (rerr) {
        buf_free(&b);
        return tally_fail(err, TALLY_EIO, "cannot read '%s'", path);
    }
    tally_status st = tally_table_read_mem(b.data ? b.data : "", b.len, path, delim, t, err);
    buf_free(&b);
    return st;
}

int tally_table_col(const tally_table *t, const char *name)
{
    for (size_t i = 0; i < t->ncols; i++)
        if (strcmp(t->cols[i], name) == 0)
            return (int)i;
    return -1;
}

void tally_table_free(tally_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nrows; i++) {
        for (size_t j = 0; j < t->ncols; j++)
            free(t->rows[i][j]);
        free(t->rows[i]);
    }
    for (size_t j = 0; j < t->ncols; j++)
        free(t->cols[j]);
    free(t->cols);
    free(t->rows);
    free(t->lines);
    free(t->name);
    memset(t, 0, sizeof *t);
}

double tally_cell_num(const char *cell, int *ok)
{
    char *end;
    *ok = 0;
    if (!cell)
        return 0;
    while (*cell == ' ')
        cell++;
    if (!*cell)
        return 0;
    errno = 0;
    double v = strtod(cell, &end);
    while (*end == ' ')
        end++;
    if (*end || errno == ERANGE || isnan(v))
        return 0;
    *ok = 1;
    return v;
}

/* ---- writing ---- */

void tally_csv_init(tally_csv_out *o, FILE *fp)
{
    o->fp = fp;
    o->ncell = 0;
    o->failed = 0;
    o->buffered = 0;
    o->row = NULL;
    o->rowlen = o->rowcap = 0;
}

void tally_csv_buffer(tally_csv_out *o)
{
    o->buffered = 1;
}

void tally_csv_done(tally_csv_out *o)
{
    free(o->row);
    o->row = NULL;
    o->rowlen = o->rowcap = 0;
    o->buffered = 0;
}

/* Room for n more bytes in the row buffer; 0, or -1 when out of memory. */
static int row_reserve(tally_csv_out *o, size_t n)
{
    if (o->rowlen + n <= o->rowcap)
        return 0;
    if (n > SIZE_MAX / 4 - o->rowlen)
        return -1;
    size_t cap = o->rowcap ? o->rowcap : 1024;
    while (cap < o->rowlen + n)
        cap *= 2;
    char *r = realloc(o->row, cap);
    if (!r)
        return -1;
    o->row = r;
    o->rowcap = cap;
    return 0;
}

/* Write n bytes: into the row buffer, or straight to the stream. */
static int out_bytes(tally_csv_out *o, const char *p, size_t n)
{
    if (!o->buffered)
        return fwrite(p, 1, n, o->fp) == n ? 0 : -1;
    if (row_reserve(o, n) < 0)
        return -1;
    memcpy(o->row + o->rowlen, p, n);
    o->rowlen += n;
    return 0;
}

/* 1 when the n-byte cell s must be quoted: a comma, quote or line break in
 * it, or a space at either end. */
static int needs_quote(const char *s, size_t n)
{
    if (!n)
        return 0;
    if (s[0] == ' ' || s[n - 1] == ' ')
        return 1;
    if (n >= 32)
        return strpbrk(s, ",\"\r\n") != NULL;
    static const unsigned char special[256] = {[','] = 1, ['"'] = 1, ['\r'] = 1, ['\n'] = 1};
    for (size_t i = 0; i < n; i++)   /* short cells: cheaper than a call */
        if (special[(unsigned char)s[i]])
            return 1;
    return 0;
}

/* Write s[0..n) quoted, through libcsv's csv_write() into memory (much
 * faster than its per-character csv_fwrite()), with an optional leading
 * apostrophe. */
static int put_quoted(tally_csv_out *o, const char *s, size_t n, int apostrophe)
{
    char small[4096];
    tally_buf tmp = {0};
    const char *src = s;
    if (apostrophe) {
        if (buf_putc(&tmp, '\'') < 0 || buf_append(&tmp, s, n) < 0) {
            buf_free(&tmp);
            return -1;
        }
        src = tmp.data;
        n = tmp.len;
    }
    int rc = 0;
    if (o->buffered) {   /* straight into the row: at most 2n + 2 bytes */
        if (row_reserve(o, 2 * n + 2) < 0)
            rc = -1;
        else
            o->rowlen += csv_write(o->row + o->rowlen, o->rowcap - o->rowlen, src, n);
        buf_free(&tmp);
        return rc;
    }
    size_t need = csv_write(small, sizeof small, src, n);
    char *out = small;
    if (need > sizeof small) {
        if (!(out = malloc(need))) {
            buf_free(&tmp);
            return -1;
        }
        csv_write(out, need, src, n);
    }
    rc = out_bytes(o, out, need);
    if (out != small)
        free(out);
    buf_free(&tmp);
    return rc;
}

/* Longest plain cell written with its separator in one fwrite(). */
#define PUT_SHORT 256

/* Write the n-byte cell s, which needs no quoting, with the comma before it
 * unless it is the first. */
static int put_plain(tally_csv_out *o, const char *s, size_t n)
{
    int sep = o->ncell++ > 0, rc;
    if (o->buffered) {
        if ((rc = row_reserve(o, n + 1)) == 0) {
            o->row[o->rowlen] = ',';
            memcpy(o->row + o->rowlen + (size_t)sep, s, n);
            o->rowlen += n + (size_t)sep;
        }
    } else if (n >= PUT_SHORT) {
        rc = sep && putc(',', o->fp) == EOF ? -1 : out_bytes(o, s, n);
    } else {   /* separator and cell in one call */
        char b[PUT_SHORT + 1];
        b[0] = ',';
        memcpy(b + sep, s, n);
        rc = out_bytes(o, b, n + (size_t)sep);
    }
    if (rc < 0)
        o->failed = 1;
    return rc;
}

/* Write one cell, quoted when it must be, guarded when asked. */
static int put(tally_csv_out *o, const char *s, int guard)
{
    if (o->failed)
        return -1;
    if (!s)
        s = "";
    size_t n = strlen(s);
    int g = guard && n && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                           s[0] == '\t' || s[0] == '\r');
    if (!g && !needs_quote(s, n))
        return put_plain(o, s, n);
    int sep = o->ncell++ > 0;   /* guarded cells are always quoted */
    int rc = sep && out_bytes(o, ",", 1) < 0 ? -1 : put_quoted(o, s, n, g);
    if (rc < 0)
        o->failed = 1;
    return rc;
}

int tally_csv_text(tally_csv_out *o, const char *s) { return put(o, s, 1); }
int tally_csv_raw(tally_csv_out *o, const char *s) { return put(o, s, 0); }

int tally_csv_num(tally_csv_out *o, double v)
{
    char b[64];
    if (v == v && v > -1e15 && v < 1e15 && v == (double)(long long)v)
        return tally_csv_int(o, (long long)v);   /* the common case, without snprintf */
    fmt_num(v, b);
    return put(o, b, 0);
}

int tally_csv_int(tally_csv_out *o, long long v)
{
    char b[32], *p = b + sizeof b - 1;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    *p = '\0';
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    if (o->failed)
        return -1;
    return put_plain(o, p, (size_t)(b + sizeof b - 1 - p));   /* digits need no quotes */
}

int tally_csv_end(tally_csv_out *o)
{
    o->ncell = 0;
    if (!o->failed && o->buffered) {   /* the whole row in one call */
        int rc = out_bytes(o, "\n", 1) < 0 ||
                 fwrite(o->row, 1, o->rowlen, o->fp) != o->rowlen ? -1 : 0;
        o->rowlen = 0;
        if (rc < 0)
            o->failed = 1;
        return rc;
    }
    if (o->failed || putc('\n', o->fp) == EOF)
        return o->failed = 1, -1;
    return 0;
}

int tally_csv_header(tally_csv_out *o, const char *const *names)
{
    for (size_t i = 0; names[i]; i++)
        tally_csv_raw(o, names[i]);
    return tally_csv_end(o);
}
