/*
 * text.c - the first stage: document bytes in, validated normalised text out,
 * with a map back to the original bytes.  PDFs go through pdftotext, run with
 * posix_spawnp (no shell, so no quoting of the file name is needed).
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "tally/text.h"

extern char **environ;

tally_read_opts tally_read_defaults(void)
{
    tally_read_opts o = {0, 0, -1};
    return o;
}

size_t tally_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2; c &= 0x1F; min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3; c &= 0x0F; min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4; c &= 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

static int read_stream(FILE *fp, tally_buf *b)
{
    char chunk[1 << 16];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        if (buf_append(b, chunk, n) < 0)
            return -1;
    return ferror(fp) ? -2 : 0;
}

static int has_pdf_name(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && strcasecmp(path + n - 4, ".pdf") == 0;
}

/* Run pdftotext on path (or on data through its stdin when path is NULL) and
 * collect its output. */
static tally_status run_pdftotext(const char *path, const char *name, tally_buf *out,
                                  tally_error *err)
{
    int po[2];
    if (pipe(po) < 0)
        return tally_fail(err, TALLY_EIO, "'%s': pipe: %s", name, strerror(errno));
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, po[1], 1);
    posix_spawn_file_actions_addclose(&fa, po[0]);
    posix_spawn_file_actions_addclose(&fa, po[1]);
    char *argv[] = {"pdftotext", "-q", "-enc", "UTF-8", (char *)path, "-", NULL};
    pid_t pid;
    int rc = posix_spawnp(&pid, "pdftotext", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(po[1]);
    if (rc != 0) {
        close(po[0]);
        return tally_fail(err, TALLY_EEXTERNAL,
                          "'%s': cannot run pdftotext (%s); install poppler-utils", name,
                          strerror(rc));
    }
    FILE *fp = fdopen(po[0], "rb");
    int r = fp ? read_stream(fp, out) : -2;
    if (fp)
        fclose(fp);
    else
        close(po[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (r == -1)
        return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", name);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        return tally_fail(err, TALLY_EEXTERNAL,
                          "'%s': pdftotext not found; install poppler-utils", name);
    if (r < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return tally_fail(err, TALLY_EEXTERNAL, "'%s': pdftotext failed (exit %d): not a readable PDF",
                          name, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return TALLY_OK;
}

static int is_ascii_punct(unsigned char c)
{
    return c < 128 && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) && c != 0;
}

/* Length of the run of plain bytes at s[0..n): ASCII other than NUL and
 * backslash, which normalise() copies as they are. */
static size_t plain_run(const unsigned char *s, size_t n)
{
    /* eight bytes at a time: none has the high bit, none is NUL or '\\' */
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const uint64_t bslash = 0x5C5C5C5C5C5C5C5Cu;
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t x, y;
        memcpy(&x, s + i, 8);
        y = x ^ bslash;
        if ((x & highs) || ((x - ones) & ~x & highs) || ((y - ones) & ~y & highs))
            break;
        i += 8;
    }
    while (i < n && s[i] && s[i] < 0x80 && s[i] != '\\')
        i++;
    return i;
}

/* Make room for need bytes in *t (and entries in *map when there is one). */
static int ensure(char **t, size_t **map, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap * 2 > need ? *cap * 2 : need;
    char *nt = realloc(*t, ncap);
    if (!nt)
        return -1;
    *t = nt;
    if (*map) {
        size_t *nm = realloc(*map, ncap * sizeof **map);
        if (!nm)
            return -1;
        *map = nm;
    }
    *cap = ncap;
    return 0;
}

/* Make doc->text and doc->map from doc->orig: validate UTF-8, drop the
 * backslash of Markdown escapes (unless raw), replace bad bytes (lenient).
 * The map is made only once something changed; until then text == orig. */
static tally_status normalise(tally_doc *d, const tally_read_opts *o, tally_error *err)
{
    const unsigned char *s = (const unsigned char *)d->orig;
    size_t n = d->orig_len, cap = n + 16, len = 0;
    char *t = malloc(cap);
    size_t *map = NULL;
    if (!t)
        goto oom;
    for (size_t i = 0; i < n;) {
        size_t run = plain_run(s + i, n - i), k = 0;
        unsigned cp;
        const char *rep;
        size_t rep_len, consumed;
        if (run) {
            if (ensure(&t, &map, &cap, len + run + 1) < 0)
                goto oom;
            memcpy(t + len, s + i, run);
            if (map)
                for (size_t j = 0; j < run; j++)
                    map[len + j] = i + j;
            len += run;
            i += run;
            continue;
        }
        if (s[i] == '\\' && !o->raw && i + 1 < n && is_ascii_punct(s[i + 1])) {
            rep = (const char *)s + i + 1;   /* drop the backslash */
            rep_len = 1;
            consumed = 2;
        } else if (s[i] && (k = tally_utf8_decode(s + i, n - i, &cp)) > 0) {
            rep = (const char *)s + i;       /* a valid character, copied */
            rep_len = consumed = k;
        } else if (!o->lenient) {
            free(t);
            free(map);
            if (s[i] == 0)
                return tally_fail(err, TALLY_EINPUT,
                                  "'%s': NUL byte at byte %zu: binary file? (--lenient replaces it)",
                                  d->name, i);
            return tally_fail(err, TALLY_EINPUT,
                              "'%s': invalid UTF-8 at byte %zu (--lenient replaces bad bytes)",
                              d->name, i);
        } else {
            rep = "\xEF\xBF\xBD";
            rep_len = 3;
            consumed = 1;
            d->replaced++;
        }
        int changed = rep_len != consumed || rep != (const char *)s + i;
        if (changed && !map) {   /* first change: the map starts as the identity */
            if (!(map = malloc(cap * sizeof *map)))
                goto oom;
            for (size_t j = 0; j < len; j++)
                map[j] = j;
        }
        if (ensure(&t, &map, &cap, len + rep_len + 1) < 0)
            goto oom;
        memcpy(t + len, rep, rep_len);
        if (map)
            for (size_t j = 0; j < rep_len; j++)
                map[len + j] = consumed == 2 && rep_len == 1 ? i + 1 : i + (rep_len == consumed ? j : 0);
        len += rep_len;
        i += consumed;
    }
    t[len] = '\0';
    if (map)
        map[len] = n;
    d->len = len;
    d->map = map;
    if (!map) {   /* nothing changed: the text is the original, kept once */
        free(t);
        d->text = d->orig;
    } else {
        d->text = t;
    }
    return TALLY_OK;
oom:
    free(t);
    free(map);
    return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", d->name);
}

static tally_status finish(tally_doc *d, tally_buf *b, const tally_read_opts *o,
                           tally_error *err)
{
    if (b->len == 0) {
        buf_free(b);
        return tally_fail(err, TALLY_EINPUT, "'%s': empty input", d->name);
    }
    d->orig_len = b->len;
    d->orig = buf_detach(b);
    if (!d->orig)
        return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", d->name);
    char *fit = realloc(d->orig, d->orig_len + 1);   /* give back the read buffer's slack */
    if (fit)
        d->orig = fit;
    return normalise(d, o, err);
}

tally_status tally_doc_from_mem(const char *name, const char *data, size_t len,
                                const tally_read_opts *opts, tally_doc *doc, tally_error *err)
{
    tally_read_opts o = opts ? *opts : tally_read_defaults();
    memset(doc, 0, sizeof *doc);
    if (!(doc->name = xstrdup(name ? name : "-")))
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_buf b = {0};
    if (buf_append(&b, data, len) < 0)
        return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
    tally_status st = finish(doc, &b, &o, err);
    if (st)
        tally_doc_free(doc);
    return st;
}

tally_status tally_doc_read(const char *path, const tally_read_opts *opts, tally_doc *doc,
                            tally_error *err)
{
    tally_read_opts o = opts ? *opts : tally_read_defaults();
    memset(doc, 0, sizeof *doc);
    if (!(doc->name = xstrdup(path)))
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    int is_stdin = strcmp(path, "-") == 0;
    tally_buf b = {0};
    tally_status st = TALLY_OK;
    if (!is_stdin) {
        struct stat sb;
        if (stat(path, &sb) < 0) {
            st = tally_fail(err, TALLY_EIO, "cannot open '%s': %s", path, strerror(errno));
            goto out;
        }
        if (S_ISDIR(sb.st_mode)) {
            st = tally_fail(err, TALLY_EIO, "'%s' is a directory", path);
            goto out;
        }
    }
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp) {
        st = tally_fail(err, TALLY_EIO, "cannot open '%s': %s", path, strerror(errno));
        goto out;
    }
    int r = read_stream(fp, &b);
    int e = errno;
    if (!is_stdin)
        fclose(fp);
    if (r == -1) {
        st = tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", path);
        goto out;
    }
    if (r < 0) {
        st = tally_fail(err, TALLY_EIO, "cannot read '%s': %s", path, strerror(e));
        goto out;
    }
    int pdf = o.pdf;
    if (pdf < 0)
        pdf = (!is_stdin && has_pdf_name(path)) || (b.len >= 5 && memcmp(b.data, "%PDF-", 5) == 0);
    if (pdf) {
        if (is_stdin) {
            st = tally_fail(err, TALLY_EUSAGE, "'-': PDF on standard input is not supported; give the file name");
            goto out;
        }
        buf_free(&b);
        if ((st = run_pdftotext(path, path, &b, err)))
            goto out;
    }
    st = finish(doc, &b, &o, err);
out:
    buf_free(&b);
    if (st)
        tally_doc_free(doc);
    return st;
}

size_t tally_doc_orig(const tally_doc *doc, size_t off)
{
    if (!doc->map)
        return off;
    if (off > doc->len)
        off = doc->len;
    return doc->map[off];
}

size_t tally_doc_line(tally_doc *doc, size_t orig_off)
{
    if (!doc->lines_built) {
        size_t cap = 0;
        for (size_t i = 0; i < doc->orig_len; i++)
            if (doc->orig[i] == '\n') {
                if (grow_array((void **)&doc->lines, &cap, doc->nlines + 1, sizeof *doc->lines) < 0)
                    return 0;
                doc->lines[doc->nlines++] = i;
            }
        doc->lines_built = 1;
    }
    size_t lo = 0, hi = doc->nlines;   /* count newlines before orig_off */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->lines[mid] < orig_off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo + 1;
}

void tally_doc_free(tally_doc *doc)
{
    if (!doc)
        return;
    free(doc->name);
    free(doc->orig);
    if (doc->text != doc->orig)
        free(doc->text);
    free(doc->map);
    free(doc->lines);
    memset(doc, 0, sizeof *doc);
}
