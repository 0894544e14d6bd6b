/*
 * report.c - the batch run of 'tally report' (see report.h): finding the
 * documents and naming their folders, phase one (extract, verify, derive and
 * plot one document into OUTDIR/docs/NAME/, in worker processes when asked),
 * phase two (reading every folder back and writing the combined CSVs,
 * index.html and report.md), files written atomically, and the input hash
 * behind --resume.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "tally/autorules.h"
#include "tally/csvio.h"
#include "tally/derive.h"
#include "tally/facts.h"
#include "tally/gnuplot.h"
#include "tally/html.h"
#include "tally/plot.h"
#include "tally/relate.h"
#include "tally/report.h"

#define TMP_MARK ".tally-tmp."

/* ---------------------------------------------------------------- files */

/* a + "/" + b, malloc'ed (NULL when out of memory). */
static char *path_join(const char *a, const char *b)
{
    tally_buf p = {0};
    if (buf_printf(&p, "%s/%s", a, b) < 0) {
        buf_free(&p);
        return NULL;
    }
    return buf_detach(&p);
}

/* Make dir and its parents (mkdir -p). */
static tally_status mkdir_p(const char *dir, tally_error *err)
{
    char *d = xstrdup(dir);
    if (!d)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    for (char *p = d + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char c = *p;
        *p = '\0';
        struct stat sb;
        if (mkdir(d, 0777) != 0 && errno != EEXIST) {
            tally_status st = tally_fail(err, TALLY_EIO, "cannot make folder '%s': %s", d,
                                         strerror(errno));
            free(d);
            return st;
        }
        if (stat(d, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
            tally_status st = tally_fail(err, TALLY_EIO, "cannot make folder '%s': %s", d,
                                         "a file of that name is in the way");
            free(d);
            return st;
        }
        if (c == '\0')
            break;
        *p = c;
    }
    free(d);
    return TALLY_OK;
}

tally_status tally_afile_open(tally_afile *f, const char *path, tally_error *err)
{
    static unsigned long counter;
    memset(f, 0, sizeof *f);
    const char *slash = strrchr(path, '/');
    size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;
    for (int tries = 0; tries < 100; tries++) {
        tally_buf b = {0};
        if (buf_printf(&b, "%.*s.%s" TMP_MARK "%ld.%lu", (int)dlen, path, path + dlen,
                       (long)getpid(), counter++) < 0) {
            buf_free(&b);
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        }
        int fd = open(b.data, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd < 0 && errno == EEXIST) {
            buf_free(&b);
            continue;
        }
        if (fd < 0) {
            tally_status st = tally_fail(err, TALLY_EIO, "cannot write '%s': %s", path,
                                         strerror(errno));
            buf_free(&b);
            return st;
        }
        f->tmp = buf_detach(&b);
        f->path = xstrdup(path);
        f->fp = fdopen(fd, "wb");
        if (!f->fp || !f->tmp || !f->path) {
            if (f->fp)
                fclose(f->fp);
            else
                close(fd);
            if (f->tmp)
                unlink(f->tmp);
            free(f->tmp);
            free(f->path);
            memset(f, 0, sizeof *f);
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        }
        return TALLY_OK;
    }
    return tally_fail(err, TALLY_EIO, "cannot write '%s': no free temporary name", path);
}

tally_status tally_afile_commit(tally_afile *f, tally_error *err)
{
    tally_status st = TALLY_OK;
    if (!f->fp)
        return tally_fail(err, TALLY_EIO, "write error");
    int bad = fflush(f->fp) != 0 || ferror(f->fp);
    if (fclose(f->fp) != 0)
        bad = 1;
    f->fp = NULL;
    if (bad)
        st = tally_fail(err, TALLY_EIO, "write error on '%s'", f->path);
    else if (rename(f->tmp, f->path) != 0)
        st = tally_fail(err, TALLY_EIO, "cannot write '%s': %s", f->path, strerror(errno));
    if (st)
        unlink(f->tmp);
    free(f->tmp);
    free(f->path);
    f->tmp = f->path = NULL;
    return st;
}

void tally_afile_abort(tally_afile *f)
{
    if (f->fp)
        fclose(f->fp);
    if (f->tmp)
        unlink(f->tmp);
    free(f->tmp);
    free(f->path);
    memset(f, 0, sizeof *f);
}

/* The pid in a temporary file's name, or 0 when name is not one. */
static long tmp_pid(const char *name)
{
    const char *m = name[0] == '.' ? strstr(name, TMP_MARK) : NULL;
    if (!m)
        return 0;
    char *end;
    long pid = strtol(m + strlen(TMP_MARK), &end, 10);
    return *end == '.' && pid > 0 ? pid : 0;
}

/* clean_tmp on dir, going depth levels into its (non-hidden) folders. */
static size_t clean_tmp(const char *dir, int depth)
{
    DIR *d = opendir(dir);
    size_t removed = 0;
    if (!d)
        return 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        long pid = tmp_pid(e->d_name);
        char *p = (pid || (depth > 0 && e->d_name[0] != '.')) ? path_join(dir, e->d_name) : NULL;
        struct stat sb;
        if (!p)
            continue;
        if (pid && pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
            removed += unlink(p) == 0;
        } else if (!pid && lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            removed += clean_tmp(p, depth - 1);
        }
        free(p);
    }
    closedir(d);
    return removed;
}

size_t tally_report_clean_tmp(const char *dir)
{
    return clean_tmp(dir, 2);
}

/* Remove the regular files of dir (a document's folder, before a new run of it). */
static void empty_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *p = path_join(dir, e->d_name);
        struct stat sb;
        if (p && lstat(p, &sb) == 0 && !S_ISDIR(sb.st_mode))
            unlink(p);
        free(p);
    }
    closedir(d);
}

/* ---------------------------------------------------------------- hashing */

uint64_t tally_fnv1a(const void *p, size_t n, uint64_t h)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

tally_status tally_hash_file(const char *path, uint64_t *h, tally_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return tally_fail(err, TALLY_EIO, "cannot open '%s': %s", path, strerror(errno));
    char chunk[16384];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        *h = tally_fnv1a(chunk, n, *h);
    int bad = ferror(fp);
    fclose(fp);
    if (bad)
        return tally_fail(err, TALLY_EIO, "cannot read '%s'", path);
    return TALLY_OK;
}

/* The --resume hash of document path under options o, as 16 hex digits. */
static tally_status doc_hash(const char *path, const tally_report_opts *o, char out[17],
                             tally_error *err)
{
    char flags[64];
    uint64_t h = TALLY_FNV_OFFSET;
    const char *v = tally_version(), *fp = o->fingerprint ? o->fingerprint : "";
    snprintf(flags, sizeof flags, "lenient=%d raw=%d pdf=%d samples=%zu ref=%d",
             o->read.lenient, o->read.raw, o->read.pdf, o->samples, o->ref != NULL);
    h = tally_fnv1a(v, strlen(v) + 1, h);
    h = tally_fnv1a(fp, strlen(fp) + 1, h);
    h = tally_fnv1a(flags, strlen(flags) + 1, h);
    h = tally_fnv1a(path, strlen(path) + 1, h);
    tally_status st = tally_hash_file(path, &h, err);
    snprintf(out, 17, "%016" PRIx64, h);
    return st;
}

/* ---------------------------------------------------------------- documents */

tally_report_opts tally_report_defaults(void)
{
    tally_report_opts o;
    memset(&o, 0, sizeof o);
    o.jobs = 1;
    o.read = tally_read_defaults();
    o.samples = 20000;
    return o;
}

/* Append a document with path p (copied). */
static tally_status push_doc(tally_report *r, const char *p, tally_error *err)
{
    if (grow_array((void **)&r->v, &r->cap, r->n + 1, sizeof *r->v) < 0)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_report_doc *d = &r->v[r->n];
    memset(d, 0, sizeof *d);
    if (!(d->path = xstrdup(p)) || !(d->message = xstrdup(""))) {
        free(d->path);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    r->n++;
    return TALLY_OK;
}

/* Whether a file met in a folder is a document: .txt, .md or .pdf, not
 * hidden, not a README. */
static int is_doc_file(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (name[0] == '.' || !dot)
        return 0;
    if (strncasecmp(name, "readme", 6) == 0 && (name[6] == '.' || name[6] == '\0'))
        return 0;
    return strcasecmp(dot, ".txt") == 0 || strcasecmp(dot, ".md") == 0 ||
           strcasecmp(dot, ".pdf") == 0;
}

typedef struct file_id {
    dev_t dev;
    ino_t ino;
} file_id;

typedef struct walk_ctx {
    tally_report *r;
    file_id *seen;          /* files added so far */
    size_t nseen, capseen;
    int have_skip;
    file_id skip;           /* the output folder */
} walk_ctx;

/* Add file p (stat sb) unless it was added before. */
static tally_status add_file(walk_ctx *w, const char *p, const struct stat *sb, tally_error *err)
{
    for (size_t i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == sb->st_dev && w->seen[i].ino == sb->st_ino)
            return TALLY_OK;
    if (grow_array((void **)&w->seen, &w->capseen, w->nseen + 1, sizeof *w->seen) < 0)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    w->seen[w->nseen].dev = sb->st_dev;
    w->seen[w->nseen++].ino = sb->st_ino;
    return push_doc(w->r, p, err);
}

/* Whether dir is the output folder of a report (it holds the marker). */
static int is_report_dir(const char *dir)
{
    char *m = path_join(dir, TALLY_REPORT_MARKER);
    struct stat sb;
    int yes = m && stat(m, &sb) == 0;
    free(m);
    return yes;
}

/* Walk folder dir for documents. */
static tally_status walk(walk_ctx *w, const char *dir, int depth, tally_error *err)
{
    if (depth > 64)
        return tally_fail(err, TALLY_EIO, "'%s': folders nested too deep", dir);
    DIR *d = opendir(dir);
    if (!d)
        return tally_fail(err, TALLY_EIO, "cannot read folder '%s': %s", dir, strerror(errno));
    tally_status st = TALLY_OK;
    struct dirent *e;
    size_t dl = strlen(dir);
    while (!st && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        tally_buf b = {0};
        char *p = buf_printf(&b, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/",
                             e->d_name) < 0 ? NULL : buf_detach(&b);
        struct stat lsb, sb;
        if (!p) {
            st = tally_fail(err, TALLY_ENOMEM, "out of memory");
            break;
        }
        if (lstat(p, &lsb) == 0 && S_ISDIR(lsb.st_mode)) {
            if (!(w->have_skip && lsb.st_dev == w->skip.dev && lsb.st_ino == w->skip.ino) &&
                !is_report_dir(p))
                st = walk(w, p, depth + 1, err);
        } else if (is_doc_file(e->d_name) && stat(p, &sb) == 0 && S_ISREG(sb.st_mode)) {
            st = add_file(w, p, &sb, err);
        }
        free(p);
    }
    closedir(d);
    return st;
}

/* Order of documents: by path, bytewise. */
static int doc_cmp(const void *a, const void *b)
{
    return strcmp(((const tally_report_doc *)a)->path, ((const tally_report_doc *)b)->path);
}

tally_status tally_report_add(tally_report *r, char *const *args, size_t nargs, const char *skip,
                              tally_error *err)
{
    walk_ctx w;
    memset(&w, 0, sizeof w);
    w.r = r;
    struct stat sb;
    if (skip && stat(skip, &sb) == 0) {
        w.have_skip = 1;
        w.skip.dev = sb.st_dev;
        w.skip.ino = sb.st_ino;
    }
    tally_status st = TALLY_OK;
    for (size_t i = 0; !st && i < nargs; i++) {
        if (stat(args[i], &sb) != 0)
            st = tally_fail(err, TALLY_EIO, "cannot open '%s': %s", args[i], strerror(errno));
        else if (S_ISDIR(sb.st_mode))
            st = walk(&w, args[i], 0, err);
        else
            st = add_file(&w, args[i], &sb, err);
    }
    free(w.seen);
    if (st)
        return st;
    qsort(r->v, r->n, sizeof *r->v, doc_cmp);
    return tally_report_name_all(r, err);
}

char *tally_report_safe_name(const char *path)
{
    const char *base = path;
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')   /* "dir/" names dir */
        n--;
    for (size_t i = 0; i + 1 < n; i++)
        if (path[i] == '/')
            base = path + i + 1;
    size_t len = (size_t)(path + n - base);
    if (len > 80)
        len = 80;
    char *s = malloc(len + 4);
    if (!s)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)base[i];
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '_' || c == '-';
        s[i] = ok ? (char)c : '_';
    }
    s[len] = '\0';
    if (s[0] == '.')
        s[0] = '_';
    if (len == 0 || strcmp(s, "_") == 0 || strcmp(s, "_.") == 0)
        strcpy(s, "doc");
    return s;
}

/* Whether name is taken by one of the first n documents (ignoring case). */
static int name_taken(const tally_report *r, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (r->v[i].name && strcasecmp(r->v[i].name, name) == 0)
            return 1;
    return 0;
}

/* Whether a later document's own safe name is name (so it must not be used). */
static int name_wanted_later(char **safe, size_t from, size_t n, const char *name)
{
    for (size_t i = from; i < n; i++)
        if (strcasecmp(safe[i], name) == 0)
            return 1;
    return 0;
}

tally_status tally_report_name_all(tally_report *r, tally_error *err)
{
    char **safe = calloc(r->n + 1, sizeof *safe);
    tally_status st = safe ? TALLY_OK : tally_fail(err, TALLY_ENOMEM, "out of memory");
    for (size_t i = 0; !st && i < r->n; i++) {
        free(r->v[i].name);
        r->v[i].name = NULL;
        if (!(safe[i] = tally_report_safe_name(r->v[i].path)))
            st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    for (size_t i = 0; !st && i < r->n; i++) {
        char *name = xstrdup(safe[i]);
        for (int k = 2; name && (name_taken(r, i, name) ||
                                 (k > 2 && name_wanted_later(safe, i + 1, r->n, name)));
             k++) {
            const char *dot = strrchr(safe[i], '.');
            size_t stem = dot && dot != safe[i] ? (size_t)(dot - safe[i]) : strlen(safe[i]);
            tally_buf b = {0};
            free(name);
            name = buf_printf(&b, "%.*s-%d%s", (int)stem, safe[i], k, safe[i] + stem) < 0
                       ? NULL : buf_detach(&b);
        }
        if (!name)
            st = tally_fail(err, TALLY_ENOMEM, "out of memory");
        r->v[i].name = name;
    }
    for (size_t i = 0; safe && i < r->n; i++)
        free(safe[i]);
    free(safe);
    return st;
}

void tally_report_free(tally_report *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].path);
        free(r->v[i].name);
        free(r->v[i].message);
    }
    free(r->v);
    memset(r, 0, sizeof *r);
}

/* ---------------------------------------------------------------- phase one */

/* What phase one learns about a document, written to state.csv. */
typedef struct doc_result {
    const char *state;          /* "ok" or "failed" */
    tally_status code;
    tally_buf message;
    size_t nfacts;
    size_t verdicts[TALLY_V_COUNT];
    tally_buf charts;           /* "file\ttitle\n" per chart */
    tally_buf notes;            /* one note per line */
    size_t chart_errors;
} doc_result;

/* Add a note line to res (memory failures drop the note). */
static void add_note(doc_result *res, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void add_note(doc_result *res, const char *fmt, ...)
{
    char msg[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    for (char *p = msg; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
    if (buf_puts(&res->notes, msg) < 0 || buf_putc(&res->notes, '\n') < 0)
        return;
}

/* Write FILE via the atomic writer with fn(fp, arg). */
typedef tally_status (*write_fn)(FILE *fp, const void *arg, tally_error *err);
static tally_status write_file(const char *dir, const char *file, write_fn fn, const void *arg,
                               tally_error *err)
{
    char *p = path_join(dir, file);
    tally_afile f;
    if (!p)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_status st = tally_afile_open(&f, p, err);
    free(p);
    if (st)
        return st;
    if ((st = fn(f.fp, arg, err))) {
        tally_afile_abort(&f);
        return st;
    }
    return tally_afile_commit(&f, err);
}

/* write_fn: the facts CSV. */
static tally_status put_facts(FILE *fp, const void *arg, tally_error *err)
{
    tally_status st = tally_facts_write_header(fp, 0, err);
    return st ? st : tally_facts_write(arg, fp, 0, err);
}

/* write_fn: the checks CSV. */
static tally_status put_checks(FILE *fp, const void *arg, tally_error *err)
{
    tally_status st = tally_checks_write_csv_header(fp, err);
    return st ? st : tally_checks_write_csv(arg, fp, err);
}

/* The derived CSV's columns: doc, the derive columns, note. */
static int put_derived_header(tally_csv_out *o)
{
    tally_csv_raw(o, "doc");
    for (size_t i = 0; tally_derive_columns[i]; i++)
        tally_csv_raw(o, tally_derive_columns[i]);
    tally_csv_raw(o, "note");
    return tally_csv_end(o);
}

typedef struct derived_arg {
    const char *doc;
    const tally_deriver *d;
} derived_arg;

/* write_fn: the derived CSV of one document. */
static tally_status put_derived(FILE *fp, const void *arg, tally_error *err)
{
    const derived_arg *a = arg;
    tally_csv_out o;
    tally_csv_init(&o, fp);
    int rc = put_derived_header(&o);
    for (size_t i = 0; a->d && i < tally_deriver_count(a->d); i++) {
        const tally_derived *x = tally_deriver_result(a->d, i);
        tally_csv_text(&o, a->doc);
        tally_csv_raw(&o, x->name);
        tally_csv_text(&o, x->expression);
        tally_csv_num(&o, x->value);
        tally_csv_num(&o, x->low);
        tally_csv_num(&o, x->high);
        tally_csv_num(&o, x->mean);
        tally_csv_num(&o, x->sd);
        tally_csv_num(&o, x->p05);
        tally_csv_num(&o, x->p95);
        tally_csv_text(&o, x->unit);
        tally_csv_text(&o, x->inputs);
        tally_csv_text(&o, x->note);
        rc |= tally_csv_end(&o);
    }
    return rc ? tally_fail(err, TALLY_EIO, "write error") : TALLY_OK;
}

/* The facts as a table (through a CSV in memory), for derive and plot. */
static tally_status facts_table(const tally_facts *facts, tally_table *t, tally_error *err)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *ms = open_memstream(&mem, &len);
    if (!ms)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_status st = put_facts(ms, facts, err);
    if (fclose(ms) != 0 && !st)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    if (!st)
        st = tally_table_read_mem(mem, len, "facts.csv", ',', t, err);
    free(mem);
    return st;
}

/* Derive the ratios the relations imply into *out (NULL when none could
 * be made); rules derive refuses become notes. */
static tally_status derive_doc(const tally_doc *doc, const tally_facts *facts,
                               const tally_relations *rels, const tally_table *t,
                               const tally_report_opts *o, doc_result *res, tally_deriver **out,
                               tally_error *err)
{
    tally_derive_opts dopt = tally_derive_defaults();
    dopt.samples = o->samples;
    tally_status st = tally_deriver_new(&dopt, out, err);
    if (!st)
        st = tally_deriver_add_facts(*out, t, err);
    char **names = calloc(rels->n + 1, sizeof *names);
    size_t nnames = 0;
    if (!st && !names)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_autorule_opts ao = tally_autorule_defaults();
    ao.naming = TALLY_AUTONAME_UNITS;
    for (size_t i = 0; !st && i < rels->n; i++) {
        tally_autorule r;
        int made = 0;
        if ((st = tally_autorule_for(doc->text, facts, &rels->v[i], o->lex, &ao, &r, &made, err)))
            break;
        char *line = made ? tally_autorule_line(&r) : NULL;
        if (made && !line)
            st = tally_fail(err, TALLY_ENOMEM, "out of memory");
        int dup = 0;
        for (size_t k = 0; line && k < nnames; k++)
            dup |= strcmp(names[k], r.name) == 0;
        if (line && !dup) {
            tally_error e = {0};
            if (tally_deriver_add_rules(*out, line, strlen(line), "relations", 1, &e)) {
                if (e.code == TALLY_ENOMEM)
                    st = tally_fail(err, TALLY_ENOMEM, "out of memory");
                else
                    add_note(res, "ratio '%s' left out: %s", r.name, e.msg);
            } else {
                names[nnames++] = r.name;
                r.name = NULL;
            }
        }
        free(line);
        tally_autorule_free(&r);
    }
    for (size_t k = 0; names && k < nnames; k++)
        free(names[k]);
    free(names);
    return st;
}

/* One chart kind: its file stem, title and selection. */
typedef struct chart_kind {
    const char *stem, *title, *where, *by;
} chart_kind;

static const chart_kind dated_charts[] = {
    {"force-levels", "Force levels over time", "category=aircraft", "actor,modality"},
    {"formations", "Formations over time", "category=formation", "unit,actor"},
};

/* Draw script into DIR/STEM.svg and keep it as DIR/STEM.gp; gnuplot's
 * failure is a note, not an error. */
static tally_status draw_chart(const char *dir, const char *stem, const char *title,
                               const char *script, doc_result *res, tally_error *err)
{
    tally_buf gp = {0}, svg = {0};
    tally_status st = TALLY_OK;
    if (buf_printf(&gp, "%s/%s.gp", dir, stem) < 0 || buf_printf(&svg, "%s/%s.svg", dir, stem) < 0)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_afile f;
    if (!st && !(st = tally_afile_open(&f, gp.data, err))) {
        fputs(script, f.fp);
        st = tally_afile_commit(&f, err);
    }
    if (!st && !(st = tally_afile_open(&f, svg.data, err))) {
        tally_error ge = {0};
        char *msgs = NULL;
        fflush(f.fp);
        if (tally_gnuplot_run(script, strlen(script), fileno(f.fp), &msgs, &ge)) {
            tally_afile_abort(&f);
            res->chart_errors++;
            add_note(res, "chart '%s' not drawn: %s", stem, ge.msg);
        } else if (!(st = tally_afile_commit(&f, err))) {
            if (buf_printf(&res->charts, "%s.svg\t%s\n", stem, title) < 0)
                st = tally_fail(err, TALLY_ENOMEM, "out of memory");
        }
        free(msgs);
    }
    buf_free(&gp);
    buf_free(&svg);
    return st;
}

/* The table category,figures of how many facts fall in each category. */
static tally_status category_table(const tally_facts *facts, tally_table *t, tally_error *err)
{
    const char **cats = calloc(facts->n + 1, sizeof *cats);
    size_t *counts = calloc(facts->n + 1, sizeof *counts), ncat = 0;
    tally_buf csv = {0};
    tally_status st = TALLY_OK;
    if (!cats || !counts)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    for (size_t i = 0; !st && i < facts->n; i++) {
        const char *c = facts->v[i].category && facts->v[i].category[0] ? facts->v[i].category
                                                                        : "other";
        size_t k = 0;
        while (k < ncat && strcmp(cats[k], c) < 0)
            k++;
        if (k < ncat && strcmp(cats[k], c) == 0) {
            counts[k]++;
            continue;
        }
        memmove(cats + k + 1, cats + k, (ncat - k) * sizeof *cats);
        memmove(counts + k + 1, counts + k, (ncat - k) * sizeof *counts);
        cats[k] = c;
        counts[k] = 1;
        ncat++;
    }
    int rc = buf_puts(&csv, "category,figures\n");
    for (size_t k = 0; !st && k < ncat; k++)
        rc |= buf_printf(&csv, "%s,%zu\n", cats[k], counts[k]);   /* categories are lexicon words */
    if (!st && rc)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    if (!st)
        st = tally_table_read_mem(csv.data, csv.len, "categories", ',', t, err);
    buf_free(&csv);
    free(cats);
    free(counts);
    return st;
}

/* The document's chart (see report.h for which). */
static tally_status chart_doc(const char *dir, const tally_facts *facts, const tally_table *t,
                              const tally_report_opts *o, doc_result *res, tally_error *err)
{
    if (facts->n == 0) {
        add_note(res, "no chart: no figures");
        return TALLY_OK;
    }
    for (size_t k = 0; k < sizeof dated_charts / sizeof *dated_charts; k++) {
        tally_plot_opts po;
        tally_plot_info info;
        tally_error pe = {0};
        char *script = NULL;
        tally_plot_opts_init(&po);
        po.where = dated_charts[k].where;
        po.by = dated_charts[k].by;
        po.title = dated_charts[k].title;
        po.term = TALLY_TERM_SVG;
        po.lex = o->lex;
        if (tally_plot_script(t, &po, &script, &info, &pe) == TALLY_OK && info.time_axis &&
            info.used > 0) {
            tally_status st = draw_chart(dir, dated_charts[k].stem, dated_charts[k].title, script,
                                         res, err);
            free(script);
            return st;
        }
        free(script);
        if (pe.code == TALLY_ENOMEM)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    tally_table ct;
    tally_status st = category_table(facts, &ct, err);
    if (st)
        return st;
    tally_plot_opts po;
    tally_error pe = {0};
    char *script = NULL;
    tally_plot_opts_init(&po);
    po.x = "category";
    po.y = "figures";
    po.bars = 1;
    po.lines = 0;
    po.title = "Figures by category (no dated aircraft or formation figures)";
    po.ylabel = "figures";
    po.term = TALLY_TERM_SVG;
    if (tally_plot_script(&ct, &po, &script, NULL, &pe) == TALLY_OK)
        st = draw_chart(dir, "categories", "Figures by category", script, res, err);
    else if (pe.code == TALLY_ENOMEM)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    else
        add_note(res, "no chart: %s", pe.msg);
    free(script);
    tally_table_free(&ct);
    return st;
}

/* write_fn: state.csv. */
typedef struct state_arg {
    const tally_report_doc *d;
    const char *hash;
    const doc_result *res;
} state_arg;

/* Write "key,value" rows for each line of text (lines "a\tb" keep the tab). */
static void put_lines(tally_csv_out *o, const char *key, const char *text)
{
    for (const char *p = text ? text : ""; *p;) {
        size_t n = strcspn(p, "\n");
        char *line = xstrndup(p, n);
        tally_csv_raw(o, key);
        tally_csv_raw(o, line ? line : "");
        tally_csv_end(o);
        free(line);
        p += n + (p[n] == '\n');
    }
}

static tally_status put_state(FILE *fp, const void *arg, tally_error *err)
{
    const state_arg *a = arg;
    tally_csv_out o;
    char num[32];
    tally_csv_init(&o, fp);
    static const char *const head[] = {"key", "value", NULL};
    tally_csv_header(&o, head);
#define ROW(k, v) (tally_csv_raw(&o, k), tally_csv_raw(&o, v), tally_csv_end(&o))
    ROW("path", a->d->path);
    ROW("name", a->d->name);
    ROW("hash", a->hash);
    ROW("state", a->res->state);
    snprintf(num, sizeof num, "%d", (int)a->res->code);
    ROW("code", num);
    ROW("message", a->res->message.data ? a->res->message.data : "");
    snprintf(num, sizeof num, "%zu", a->res->nfacts);
    ROW("facts", num);
    for (int v = 0; v < TALLY_V_COUNT; v++) {
        snprintf(num, sizeof num, "%zu", a->res->verdicts[v]);
        ROW(tally_verdict_name((tally_verdict)v), num);
    }
    snprintf(num, sizeof num, "%zu", a->res->chart_errors);
    ROW("chart_errors", num);
#undef ROW
    put_lines(&o, "chart", a->res->charts.data);
    put_lines(&o, "note", a->res->notes.data);
    return o.failed ? tally_fail(err, TALLY_EIO, "write error") : TALLY_OK;
}

/* Everything phase one does to a readable document. */
static tally_status process_doc(tally_report_doc *d, const char *dir, const tally_report_opts *o,
                                doc_result *res, tally_error *err)
{
    tally_doc doc;
    tally_facts facts;
    tally_segments seg;
    tally_relations rels;
    tally_checks checks;
    tally_table t;
    tally_deriver *der = NULL;
    memset(&checks, 0, sizeof checks);
    memset(&rels, 0, sizeof rels);
    memset(&t, 0, sizeof t);
    tally_status st = tally_doc_read(d->path, &o->read, &doc, err);
    if (st)
        return st;
    if (doc.replaced)
        add_note(res, "replaced %d invalid bytes", doc.replaced);
    tally_extract_opts eo = {d->path, 0};
    if ((st = tally_extract(&doc, o->lex, &eo, &facts, &seg, err))) {
        tally_doc_free(&doc);
        return st;
    }
    res->nfacts = facts.n;
    st = tally_relate(doc.text, &seg, &facts, o->lex, &rels, err);
    if (!st)
        st = tally_verify_relations(&doc, &facts, &rels, o->lex, &checks, err);
    if (!st && o->ref)
        st = tally_against(&doc, &facts, o->ref, &checks, err);
    if (!st && !checks.doc && !(checks.doc = xstrdup(facts.doc)))
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    if (!st)
        tally_checks_count(&checks, res->verdicts);
    if (!st)
        st = write_file(dir, "facts.csv", put_facts, &facts, err);
    if (!st)
        st = write_file(dir, "checks.csv", put_checks, &checks, err);
    if (!st)
        st = facts_table(&facts, &t, err);
    if (!st)
        st = derive_doc(&doc, &facts, &rels, &t, o, res, &der, err);
    if (!st) {
        derived_arg da = {d->path, der};
        st = write_file(dir, "derived.csv", put_derived, &da, err);
    }
    if (!st)
        st = chart_doc(dir, &facts, &t, o, res, err);
    tally_deriver_free(der);
    tally_table_free(&t);
    tally_checks_free(&checks);
    tally_relations_free(&rels);
    tally_segments_free(&seg);
    tally_facts_free(&facts);
    tally_doc_free(&doc);
    return st;
}

/* The folder of document d. */
static char *doc_dir(const tally_report_opts *o, const tally_report_doc *d)
{
    tally_buf b = {0};
    if (buf_printf(&b, "%s/docs/%s", o->outdir, d->name) < 0) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

/* Write state.csv of d into dir from res. */
static tally_status write_state(const char *dir, const tally_report_doc *d, const char *hash,
                                const doc_result *res, tally_error *err)
{
    state_arg sa = {d, hash, res};
    return write_file(dir, "state.csv", put_state, &sa, err);
}

/* The stored hash and state of a document's earlier run (both "" if none). */
static void stored_state(const char *dir, char hash[17], int *ok)
{
    char *p = path_join(dir, "state.csv");
    tally_table t;
    tally_error e = {0};
    hash[0] = '\0';
    *ok = 0;
    if (!p || tally_table_read_file(p, ',', &t, &e)) {
        free(p);
        return;
    }
    for (size_t i = 0; i < t.nrows && t.ncols == 2; i++) {
        if (strcmp(t.rows[i][0], "hash") == 0)
            snprintf(hash, 17, "%s", t.rows[i][1]);
        if (strcmp(t.rows[i][0], "state") == 0)
            *ok = strcmp(t.rows[i][1], "ok") == 0;
    }
    tally_table_free(&t);
    free(p);
}

/* Set d's message (copied). */
static void set_message(tally_report_doc *d, const char *msg)
{
    char *m = xstrdup(msg);
    if (m) {
        free(d->message);
        d->message = m;
    }
}

tally_status tally_report_doc_run(tally_report *r, size_t i, const tally_report_opts *o,
                                  tally_error *err)
{
    tally_report_doc *d = &r->v[i];
    char *dir = doc_dir(o, d);
    char hash[17] = "", old[17];
    doc_result res;
    tally_error de = {0};
    int was_ok;
    memset(&res, 0, sizeof res);
    if (!dir)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_status st = mkdir_p(dir, err);
    if (st) {
        free(dir);
        return st;
    }
    tally_status dst = doc_hash(d->path, o, hash, &de);
    if (!dst && o->resume) {
        stored_state(dir, old, &was_ok);
        if (was_ok && strcmp(old, hash) == 0) {
            d->state = TALLY_DOC_SKIPPED;
            free(dir);
            return TALLY_OK;
        }
    }
    empty_dir(dir);
    if (!dst)
        dst = process_doc(d, dir, o, &res, &de);
    if (dst == TALLY_ENOMEM) {
        free(dir);
        return tally_fail(err, TALLY_ENOMEM, "%s", de.msg);
    }
    if (dst) {   /* the document failed: only its state remains */
        empty_dir(dir);
        memset(res.verdicts, 0, sizeof res.verdicts);
        res.nfacts = 0;
        res.state = "failed";
        res.code = dst;
        buf_puts(&res.message, de.msg[0] ? de.msg : tally_strerror(dst));
        d->state = TALLY_DOC_FAILED;
        d->code = dst;
        set_message(d, de.msg[0] ? de.msg : tally_strerror(dst));
    } else {
        res.state = "ok";
        d->state = TALLY_DOC_OK;
    }
    st = write_state(dir, d, hash, &res, err);
    buf_free(&res.message);
    buf_free(&res.charts);
    buf_free(&res.notes);
    free(dir);
    return st;
}

/* Record that a worker for d died without a result. */
static tally_status worker_died(tally_report_doc *d, const tally_report_opts *o, int status,
                                tally_error *err)
{
    char msg[160];
    doc_result res;
    memset(&res, 0, sizeof res);
    if (WIFSIGNALED(status))
        snprintf(msg, sizeof msg, "the worker process died of signal %d", WTERMSIG(status));
    else
        snprintf(msg, sizeof msg, "the worker process failed (exit %d)",
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    res.state = "failed";
    res.code = TALLY_EIO;
    char *dir = doc_dir(o, d);
    if (!dir || buf_puts(&res.message, msg) < 0) {
        free(dir);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    empty_dir(dir);
    tally_status st = write_state(dir, d, "", &res, err);
    buf_free(&res.message);
    free(dir);
    d->state = TALLY_DOC_FAILED;
    return st;
}

static tally_status view_load_state(const tally_report_opts *o, tally_report_doc *d,
                                    tally_error *err);

/* After a worker ran d: what became of it, from its state.csv. */
static tally_status refresh_state(tally_report_doc *d, const tally_report_opts *o,
                                  tally_error *err)
{
    return view_load_state(o, d, err);
}

/* Phase one in worker processes, at most o->jobs at a time. */
static tally_status run_workers(tally_report *r, const tally_report_opts *o, tally_error *err)
{
    pid_t *pids = calloc(r->n + 1, sizeof *pids);
    size_t next = 0, running = 0, done = 0;
    tally_status st = pids ? TALLY_OK : tally_fail(err, TALLY_ENOMEM, "out of memory");
    while (!st && (next < r->n || running > 0)) {
        if (next < r->n && running < (size_t)o->jobs) {
            fflush(NULL);
            pid_t pid = fork();
            if (pid == 0) {
                tally_error we = {0};
                tally_status ws = tally_report_doc_run(r, next, o, &we);
                _exit(ws ? 3 : r->v[next].state == TALLY_DOC_SKIPPED ? 10 : 0);
            }
            if (pid < 0) {   /* no more processes: do it here */
                st = tally_report_doc_run(r, next, o, err);
                if (o->progress)
                    o->progress(o->ctx, ++done, r->n, &r->v[next]);
                next++;
                continue;
            }
            pids[next++] = pid;
            running++;
            continue;
        }
        int status;
        pid_t pid = wait(&status);
        if (pid < 0) {
            st = tally_fail(err, TALLY_EIO, "waiting for a worker: %s", strerror(errno));
            break;
        }
        for (size_t i = 0; i < next; i++) {
            if (pids[i] != pid)
                continue;
            pids[i] = 0;
            running--;
            if (WIFEXITED(status) && WEXITSTATUS(status) == 10)
                r->v[i].state = TALLY_DOC_SKIPPED;
            else if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
                st = refresh_state(&r->v[i], o, err);
            else
                st = worker_died(&r->v[i], o, status, err);
            if (o->progress)
                o->progress(o->ctx, ++done, r->n, &r->v[i]);
        }
    }
    while (running > 0 && wait(NULL) > 0)   /* after an error: let the others finish */
        running--;
    free(pids);
    return st;
}

/* ---------------------------------------------------------------- phase two */

/* What state.csv says about a document, read back. */
typedef struct doc_view {
    tally_table state, facts, checks, derived;
    int have_facts, have_checks, have_derived;
} doc_view;

/* The value of key in a state table, or "". */
static const char *state_get(const tally_table *t, const char *key)
{
    for (size_t i = 0; i < t->nrows && t->ncols == 2; i++)
        if (strcmp(t->rows[i][0], key) == 0)
            return t->rows[i][1];
    return "";
}

/* Read a CSV of dir if it is there. */
static int read_opt(const char *dir, const char *file, tally_table *t)
{
    char *p = path_join(dir, file);
    tally_error e = {0};
    int ok = p && tally_table_read_file(p, ',', t, &e) == TALLY_OK;
    if (!ok)
        memset(t, 0, sizeof *t);
    free(p);
    return ok;
}

/* Load document d's folder into v and d's counts from it. */
static tally_status view_load(const tally_report_opts *o, tally_report_doc *d, doc_view *v,
                              tally_error *err)
{
    memset(v, 0, sizeof *v);
    char *dir = doc_dir(o, d);
    if (!dir)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    static const char dflt[] = "key,value\nstate,failed\nmessage,no result was recorded\n";
    if (!read_opt(dir, "state.csv", &v->state) &&
        tally_table_read_mem(dflt, sizeof dflt - 1, "state", ',', &v->state, err)) {
        free(dir);
        return err ? err->code : TALLY_ENOMEM;
    }
    int ok = strcmp(state_get(&v->state, "state"), "ok") == 0;
    const char *why = NULL;
    if (ok) {
        v->have_facts = read_opt(dir, "facts.csv", &v->facts);
        v->have_checks = read_opt(dir, "checks.csv", &v->checks);
        v->have_derived = read_opt(dir, "derived.csv", &v->derived);
        if (!v->have_facts || !v->have_checks) {
            ok = 0;
            why = "its facts.csv or checks.csv is missing or unreadable";
        }
    }
    free(dir);
    if (!ok) {
        set_message(d, why ? why : state_get(&v->state, "message"));
        d->state = TALLY_DOC_FAILED;
        d->code = why ? TALLY_EIO : (tally_status)atoi(state_get(&v->state, "code"));
        if (!d->code)
            d->code = TALLY_EIO;
    } else if (d->state != TALLY_DOC_SKIPPED) {
        d->state = TALLY_DOC_OK;
    }
    d->nfacts = ok ? v->facts.nrows : 0;
    d->chart_errors = (size_t)atol(state_get(&v->state, "chart_errors"));
    memset(d->verdicts, 0, sizeof d->verdicts);
    int cv = tally_table_col(&v->checks, "verdict");
    for (size_t i = 0; ok && cv >= 0 && i < v->checks.nrows; i++)
        for (int k = 0; k < TALLY_V_COUNT; k++)
            if (strcmp(v->checks.rows[i][cv], tally_verdict_name((tally_verdict)k)) == 0)
                d->verdicts[k]++;
    return TALLY_OK;
}

static void view_free(doc_view *v);

/* view_load for its effect on d alone. */
static tally_status view_load_state(const tally_report_opts *o, tally_report_doc *d,
                                    tally_error *err)
{
    doc_view v;
    tally_status st = view_load(o, d, &v, err);
    if (!st)
        view_free(&v);
    return st;
}

static void view_free(doc_view *v)
{
    tally_table_free(&v->state);
    if (v->have_facts)
        tally_table_free(&v->facts);
    if (v->have_checks)
        tally_table_free(&v->checks);
    if (v->have_derived)
        tally_table_free(&v->derived);
    memset(v, 0, sizeof *v);
}

/* Cell (row i, column name) of t, or "" (a formula guard's apostrophe is
 * taken off for display). */
static const char *cell(const tally_table *t, size_t i, const char *col)
{
    int c = tally_table_col(t, col);
    if (c < 0 || i >= t->nrows)
        return "";
    const char *s = t->rows[i][c];
    if (s[0] == '\'' && s[1] && strchr("=+-@\t\r", s[1]))
        return s + 1;
    return s;
}

/* Append the rows of dir/file (all but its header line) to fp. */
static tally_status copy_rows(const char *dir, const char *file, FILE *fp, tally_error *err)
{
    char *p = path_join(dir, file);
    if (!p)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    FILE *in = fopen(p, "rb");
    free(p);
    if (!in)
        return TALLY_OK;   /* a failed document has none */
    int c, header = 1;
    char chunk[16384];
    size_t n;
    while (header && (c = getc(in)) != EOF)
        header = c != '\n';
    while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
        if (fwrite(chunk, 1, n, fp) != n)
            break;
    int bad = ferror(in) || ferror(fp);
    fclose(in);
    return bad ? tally_fail(err, TALLY_EIO, "write error copying '%s'", file) : TALLY_OK;
}

typedef struct combine_arg {
    const tally_report *r;
    const tally_report_opts *o;
    int which;    /* 0 facts, 1 checks, 2 derived */
} combine_arg;

/* write_fn: one of the combined CSVs. */
static tally_status put_combined(FILE *fp, const void *arg, tally_error *err)
{
    const combine_arg *a = arg;
    static const char *const files[] = {"facts.csv", "checks.csv", "derived.csv"};
    tally_status st;
    if (a->which == 0) {
        st = tally_facts_write_header(fp, 0, err);
    } else if (a->which == 1) {
        st = tally_checks_write_csv_header(fp, err);
    } else {
        tally_csv_out o;
        tally_csv_init(&o, fp);
        st = put_derived_header(&o) ? tally_fail(err, TALLY_EIO, "write error") : TALLY_OK;
    }
    for (size_t i = 0; !st && i < a->r->n; i++) {
        if (a->r->v[i].state == TALLY_DOC_FAILED)
            continue;
        char *dir = doc_dir(a->o, &a->r->v[i]);
        st = dir ? copy_rows(dir, files[a->which], fp, err)
                 : tally_fail(err, TALLY_ENOMEM, "out of memory");
        free(dir);
    }
    return st;
}

/* The categories of the whole run, sorted, and counts per document. */
typedef struct cat_counts {
    char **cat;          /* sorted category names */
    size_t ncat, capcat;
    size_t *n;           /* n[doc * ncat_final + k], filled by count_cats */
} cat_counts;

/* Index of category c in cc, adding it (sorted) when add is set; -1 if absent. */
static long cat_index(cat_counts *cc, const char *c, int add)
{
    size_t k = 0;
    while (k < cc->ncat && strcmp(cc->cat[k], c) < 0)
        k++;
    if (k < cc->ncat && strcmp(cc->cat[k], c) == 0)
        return (long)k;
    if (!add)
        return -1;
    char *dup = xstrdup(c);
    if (!dup || grow_array((void **)&cc->cat, &cc->capcat, cc->ncat + 1, sizeof *cc->cat) < 0) {
        free(dup);
        return -2;
    }
    memmove(cc->cat + k + 1, cc->cat + k, (cc->ncat - k) * sizeof *cc->cat);
    cc->cat[k] = dup;
    cc->ncat++;
    return (long)k;
}

/* The category of row i of a facts table ("other" when empty). */
static const char *row_cat(const tally_table *t, size_t i)
{
    const char *c = cell(t, i, "category");
    return c[0] ? c : "other";
}

/* Count the figures of every document by category (reads each facts.csv). */
static tally_status count_cats(tally_report *r, const tally_report_opts *o, cat_counts *cc,
                               tally_error *err)
{
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && !(cc->n = calloc(r->n * cc->ncat + 1, sizeof *cc->n)))
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        for (size_t d = 0; d < r->n; d++) {
            doc_view v;
            tally_status st = view_load(o, &r->v[d], &v, err);
            if (st)
                return st;
            for (size_t i = 0; v.have_facts && i < v.facts.nrows; i++) {
                long k = cat_index(cc, row_cat(&v.facts, i), pass == 0);
                if (k == -2) {
                    view_free(&v);
                    return tally_fail(err, TALLY_ENOMEM, "out of memory");
                }
                if (pass == 1 && k >= 0)
                    cc->n[d * cc->ncat + (size_t)k]++;
            }
            view_free(&v);
        }
    }
    return TALLY_OK;
}

static void cat_free(cat_counts *cc)
{
    for (size_t k = 0; k < cc->ncat; k++)
        free(cc->cat[k]);
    free(cc->cat);
    free(cc->n);
    memset(cc, 0, sizeof *cc);
}

/* Both pages at once: HTML in h, Markdown in m. */
typedef struct pages {
    FILE *h, *m;
    const tally_report *r;
    const tally_report_opts *o;
    const cat_counts *cc;
} pages;

/* HTML text (escaped). */
static void H(pages *p, const char *s)
{
    tally_html_put(p->h, s);
}

/* Markdown text (escaped). */
static void M(pages *p, const char *s)
{
    tally_md_put(p->m, s);
}

/* A link to a file of the run: relative href, escaped label. */
static void html_link(FILE *fp, const char *href, const char *label)
{
    char *u = tally_html_url(href);
    fputs("<a href=\"", fp);
    tally_html_put(fp, u ? u : "");
    fputs("\">", fp);
    tally_html_put(fp, label);
    fputs("</a>", fp);
    free(u);
}

/* The same in Markdown. */
static void md_link(FILE *fp, const char *href, const char *label)
{
    char *u = tally_html_url(href);
    fputc('[', fp);
    tally_md_put(fp, label);
    fprintf(fp, "](%s)", u ? u : "");
    free(u);
}

/* The summary: one row per document with figures by category and checks
 * by verdict, and a total row. */
static void put_summary(pages *p)
{
    const tally_report *r = p->r;
    const cat_counts *cc = p->cc;
    size_t tot_f = 0, tot_v[TALLY_V_COUNT] = {0};
    size_t *tot_c = calloc(cc->ncat + 1, sizeof *tot_c);
    fputs("<h2 id=\"summary\">Summary</h2>\n<table>\n<thead><tr><th>document</th>"
          "<th>figures</th>", p->h);
    fputs("## Summary\n\n| document | figures |", p->m);
    for (size_t k = 0; k < cc->ncat; k++) {
        fputs("<th>", p->h);
        H(p, cc->cat[k]);
        fputs("</th>", p->h);
        fputc(' ', p->m);
        M(p, cc->cat[k]);
        fputs(" |", p->m);
    }
    for (int v = 0; v < TALLY_V_COUNT; v++)
        fprintf(p->h, "<th class=\"%s\">%s</th>", tally_verdict_name((tally_verdict)v),
                tally_verdict_name((tally_verdict)v));
    fputs("<th>status</th></tr></thead>\n<tbody>\n", p->h);
    for (int v = 0; v < TALLY_V_COUNT; v++)
        fprintf(p->m, " %s |", tally_verdict_name((tally_verdict)v));
    fputs(" status |\n|---|---:|", p->m);
    for (size_t k = 0; k < cc->ncat + TALLY_V_COUNT; k++)
        fputs("---:|", p->m);
    fputs("---|\n", p->m);
    for (size_t d = 0; d < r->n; d++) {
        const tally_report_doc *doc = &r->v[d];
        int failed = doc->state == TALLY_DOC_FAILED;
        fprintf(p->h, "<tr><td><a href=\"#doc-%s\">", doc->name);   /* names are safe */
        H(p, doc->path);
        fputs("</a>", p->h);
        fprintf(p->h, "</td><td class=\"n\">%zu</td>", doc->nfacts);
        fputs("| ", p->m);
        M(p, doc->path);
        fprintf(p->m, " | %zu |", doc->nfacts);
        tot_f += doc->nfacts;
        for (size_t k = 0; k < cc->ncat; k++) {
            size_t n = cc->n ? cc->n[d * cc->ncat + k] : 0;
            fprintf(p->h, "<td class=\"n\">%zu</td>", n);
            fprintf(p->m, " %zu |", n);
            if (tot_c)
                tot_c[k] += n;
        }
        for (int v = 0; v < TALLY_V_COUNT; v++) {
            fprintf(p->h, "<td class=\"n\">%zu</td>", doc->verdicts[v]);
            fprintf(p->m, " %zu |", doc->verdicts[v]);
            tot_v[v] += doc->verdicts[v];
        }
        fprintf(p->h, "<td%s>%s</td></tr>\n", failed ? " class=\"failed\"" : "",
                failed ? "failed" : "ok");
        fprintf(p->m, " %s |\n", failed ? "**failed**" : "ok");
    }
    fprintf(p->h, "<tr class=\"total\"><td>all %zu documents</td><td class=\"n\">%zu</td>", r->n,
            tot_f);
    fprintf(p->m, "| **all %zu documents** | %zu |", r->n, tot_f);
    for (size_t k = 0; k < cc->ncat; k++) {
        fprintf(p->h, "<td class=\"n\">%zu</td>", tot_c ? tot_c[k] : 0);
        fprintf(p->m, " %zu |", tot_c ? tot_c[k] : 0);
    }
    for (int v = 0; v < TALLY_V_COUNT; v++) {
        fprintf(p->h, "<td class=\"n\">%zu</td>", tot_v[v]);
        fprintf(p->m, " %zu |", tot_v[v]);
    }
    fprintf(p->h, "<td>%zu failed</td></tr>\n</tbody>\n</table>\n", r->failed);
    fprintf(p->m, " %zu failed |\n\n", r->failed);
    free(tot_c);
}

/* The endnote text cited by note number note (from the facts' source
 * column), or "". */
static const char *note_source(const doc_view *v, const char *note)
{
    for (size_t i = 0; note[0] && i < v->facts.nrows; i++)
        if (strcmp(cell(&v->facts, i, "note"), note) == 0 && cell(&v->facts, i, "source")[0])
            return cell(&v->facts, i, "source");
    return "";
}

/* The inconsistencies of a document, each with its sentence, arithmetic
 * and endnote. */
static void put_issues(pages *p, const doc_view *v)
{
    size_t n = 0;
    fputs("<h3>Inconsistencies</h3>\n", p->h);
    fputs("### Inconsistencies\n\n", p->m);
    for (size_t i = 0; i < v->checks.nrows; i++) {
        if (strcmp(cell(&v->checks, i, "verdict"), "inconsistent") != 0)
            continue;
        const char *note = cell(&v->checks, i, "note"), *src = note_source(v, note);
        n++;
        fprintf(p->h, "<div class=\"issue\">\n<p class=\"inconsistent\"><b>check %s, line %s",
                cell(&v->checks, i, "check"), cell(&v->checks, i, "line"));
        fputs(" (", p->h);
        H(p, cell(&v->checks, i, "kind"));
        fputs(")</b>: ", p->h);
        H(p, cell(&v->checks, i, "message"));
        fputs("</p>\n<p>arithmetic: <code>", p->h);
        H(p, cell(&v->checks, i, "expression"));
        fputs("</code></p>\n<blockquote><p>", p->h);
        H(p, cell(&v->checks, i, "sentence"));
        fputs("</p></blockquote>\n", p->h);
        fprintf(p->m, "- **check %s, line %s** (", cell(&v->checks, i, "check"),
                cell(&v->checks, i, "line"));
        M(p, cell(&v->checks, i, "kind"));
        fputs("): ", p->m);
        M(p, cell(&v->checks, i, "message"));
        fputs("  \n  arithmetic: ", p->m);
        M(p, cell(&v->checks, i, "expression"));
        fputs("  \n  sentence: *", p->m);
        M(p, cell(&v->checks, i, "sentence"));
        fputs("*", p->m);
        if (note[0]) {
            fputs("<p class=\"note\">endnote ", p->h);
            H(p, note);
            fputs(src[0] ? ": " : "", p->h);
            H(p, src);
            fputs("</p>\n", p->h);
            fputs("  \n  endnote ", p->m);
            M(p, note);
            fputs(src[0] ? ": " : "", p->m);
            M(p, src);
        } else {
            fputs("<p class=\"note\">no endnote cited</p>\n", p->h);
            fputs("  \n  no endnote cited", p->m);
        }
        fputs("</div>\n", p->h);
        fputs("\n", p->m);
    }
    if (n == 0) {
        fputs("<p>None found.</p>\n", p->h);
        fputs("None found.\n", p->m);
    }
    fputs("\n", p->m);
}

/* The other checks, by verdict: approximate, unverifiable, consistent. */
static void put_other_checks(pages *p, const doc_view *v)
{
    static const char *const order[] = {"approximate", "unverifiable", "consistent"};
    size_t n = 0;
    for (size_t i = 0; i < v->checks.nrows; i++)
        n += strcmp(cell(&v->checks, i, "verdict"), "inconsistent") != 0;
    fputs("<h3>Other checks</h3>\n", p->h);
    fputs("### Other checks\n\n", p->m);
    if (n == 0) {
        fputs("<p>None.</p>\n", p->h);
        fputs("None.\n\n", p->m);
        return;
    }
    fputs("<table>\n<thead><tr><th>check</th><th>verdict</th><th>line</th><th>kind</th>"
          "<th>finding</th><th>note</th></tr></thead>\n<tbody>\n", p->h);
    fputs("| check | verdict | line | kind | finding | note |\n|---:|---|---:|---|---|---:|\n", p->m);
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < v->checks.nrows; i++) {
            if (strcmp(cell(&v->checks, i, "verdict"), order[k]) != 0)
                continue;
            fprintf(p->h, "<tr><td class=\"n\">%s</td><td class=\"%s\">%s</td>"
                          "<td class=\"n\">%s</td><td>",
                    cell(&v->checks, i, "check"), order[k], order[k], cell(&v->checks, i, "line"));
            H(p, cell(&v->checks, i, "kind"));
            fputs("</td><td title=\"", p->h);
            H(p, cell(&v->checks, i, "sentence"));
            fputs("\">", p->h);
            H(p, cell(&v->checks, i, "message"));
            fputs("</td><td class=\"n\">", p->h);
            H(p, cell(&v->checks, i, "note"));
            fputs("</td></tr>\n", p->h);
            fprintf(p->m, "| %s | %s | %s | ", cell(&v->checks, i, "check"), order[k],
                    cell(&v->checks, i, "line"));
            M(p, cell(&v->checks, i, "kind"));
            fputs(" | ", p->m);
            M(p, cell(&v->checks, i, "message"));
            fputs(" | ", p->m);
            M(p, cell(&v->checks, i, "note"));
            fputs(" |\n", p->m);
        }
    fputs("</tbody>\n</table>\n", p->h);
    fputs("\n", p->m);
}

/* The charts (embedded as objects with a link) and the notes. */
static void put_charts(pages *p, const tally_report_doc *d, const doc_view *v)
{
    size_t n = 0;
    fputs("<h3>Charts</h3>\n", p->h);
    fputs("### Charts\n\n", p->m);
    for (size_t i = 0; i < v->state.nrows; i++) {
        if (strcmp(v->state.rows[i][0], "chart") != 0)
            continue;
        const char *val = v->state.rows[i][1];
        size_t fl = strcspn(val, "\t");
        tally_buf href = {0}, gp = {0};
        if (buf_printf(&href, "docs/%s/%.*s", d->name, (int)fl, val) < 0 ||
            buf_printf(&gp, "%.*s.gp", (int)(href.len - 4), href.data) < 0) {
            buf_free(&href);
            buf_free(&gp);
            continue;
        }
        const char *title = val[fl] ? val + fl + 1 : val;
        char *u = tally_html_url(href.data);
        fputs("<p><object type=\"image/svg+xml\" width=\"960\" height=\"540\" data=\"", p->h);
        H(p, u ? u : "");
        fputs("\">", p->h);
        html_link(p->h, href.data, title);
        fputs("</object><br>", p->h);
        html_link(p->h, href.data, title);
        fputs(" (", p->h);
        html_link(p->h, gp.data, "gnuplot script");
        fputs(")</p>\n", p->h);
        fputs("![", p->m);
        M(p, title);
        fprintf(p->m, "](%s)  \n", u ? u : "");
        md_link(p->m, gp.data, "gnuplot script");
        fputs("\n\n", p->m);
        free(u);
        buf_free(&href);
        buf_free(&gp);
        n++;
    }
    if (n == 0) {
        fputs("<p>No chart.</p>\n", p->h);
        fputs("No chart.\n\n", p->m);
    }
    for (size_t i = 0; i < v->state.nrows; i++) {
        if (strcmp(v->state.rows[i][0], "note") != 0)
            continue;
        fputs("<p class=\"note\">note: ", p->h);
        H(p, v->state.rows[i][1]);
        fputs("</p>\n", p->h);
        fputs("*note:* ", p->m);
        M(p, v->state.rows[i][1]);
        fputs("\n\n", p->m);
    }
}

/* A table of columns cols (NULL-terminated) of t; title_col gives a cell
 * tooltip on the column first_title. */
static void put_table(pages *p, const tally_table *t, const char *const *cols,
                      const char *first_title, const char *title_col)
{
    fputs("<table>\n<thead><tr>", p->h);
    fputs("|", p->m);
    for (size_t c = 0; cols[c]; c++) {
        fprintf(p->h, "<th>%s</th>", cols[c]);
        fprintf(p->m, " %s |", cols[c]);
    }
    fputs("</tr></thead>\n<tbody>\n", p->h);
    fputs("\n|", p->m);
    for (size_t c = 0; cols[c]; c++)
        fputs("---|", p->m);
    fputs("\n", p->m);
    for (size_t i = 0; i < t->nrows; i++) {
        fputs("<tr>", p->h);
        fputs("|", p->m);
        for (size_t c = 0; cols[c]; c++) {
            const char *s = cell(t, i, cols[c]);
            int num = strcmp(cols[c], "id") == 0 || strcmp(cols[c], "value") == 0 ||
                      strcmp(cols[c], "low") == 0 || strcmp(cols[c], "high") == 0 ||
                      strcmp(cols[c], "mean") == 0 || strcmp(cols[c], "p05") == 0 ||
                      strcmp(cols[c], "p95") == 0 || strcmp(cols[c], "note") == 0;
            fputs(num ? "<td class=\"n\"" : "<td", p->h);
            if (first_title && strcmp(cols[c], first_title) == 0) {
                fputs(" title=\"", p->h);
                H(p, cell(t, i, title_col));
                fputs("\"", p->h);
            }
            fputs(">", p->h);
            H(p, s);
            fputs("</td>", p->h);
            fputc(' ', p->m);
            M(p, s);
            fputs(" |", p->m);
        }
        fputs("</tr>\n", p->h);
        fputs("\n", p->m);
    }
    fputs("</tbody>\n</table>\n", p->h);
    fputs("\n", p->m);
}

/* One document's section. */
static void put_doc(pages *p, const tally_report_doc *d, const doc_view *v)
{
    static const char *const dcols[] = {"name", "expression", "value", "low", "high", "mean",
                                        "p05", "p95", "unit", "inputs", NULL};
    static const char *const fcols[] = {"id", "section", "mention", "value", "low", "high",
                                        "qualifier", "unit", "category", "actor", "date",
                                        "modality", "note", NULL};
    fprintf(p->h, "<h2 id=\"doc-%s\">", d->name);
    H(p, d->path);
    fputs("</h2>\n", p->h);
    fputs("## ", p->m);
    M(p, d->path);
    fputs("\n\n", p->m);
    if (d->state == TALLY_DOC_FAILED) {
        fputs("<p class=\"failed\">failed: ", p->h);
        H(p, d->message);
        fputs("</p>\n", p->h);
        fputs("**failed:** ", p->m);
        M(p, d->message);
        fputs("\n\n", p->m);
        return;
    }
    tally_buf b = {0};
    fprintf(p->h, "<p>%zu figures; %zu checks: %zu inconsistent, %zu approximate, "
                  "%zu unverifiable, %zu consistent. Files: ",
            d->nfacts, v->checks.nrows, d->verdicts[TALLY_V_INCONSISTENT],
            d->verdicts[TALLY_V_APPROXIMATE], d->verdicts[TALLY_V_UNVERIFIABLE],
            d->verdicts[TALLY_V_CONSISTENT]);
    fprintf(p->m, "%zu figures; %zu checks: %zu inconsistent, %zu approximate, "
                  "%zu unverifiable, %zu consistent. Files: ",
            d->nfacts, v->checks.nrows, d->verdicts[TALLY_V_INCONSISTENT],
            d->verdicts[TALLY_V_APPROXIMATE], d->verdicts[TALLY_V_UNVERIFIABLE],
            d->verdicts[TALLY_V_CONSISTENT]);
    static const char *const files[] = {"facts.csv", "checks.csv", "derived.csv"};
    for (size_t i = 0; i < 3; i++) {
        b.len = 0;
        if (buf_printf(&b, "docs/%s/%s", d->name, files[i]) < 0)
            continue;
        html_link(p->h, b.data, files[i]);
        md_link(p->m, b.data, files[i]);
        fputs(i < 2 ? ", " : ".</p>\n", p->h);
        fputs(i < 2 ? ", " : ".\n\n", p->m);
    }
    buf_free(&b);
    put_issues(p, v);
    put_charts(p, d, v);
    fputs("<h3>Derived ratios</h3>\n", p->h);
    fputs("### Derived ratios\n\n", p->m);
    if (!v->have_derived || v->derived.nrows == 0) {
        fputs("<p>None: the document states no ratio, share, rate or change tally could "
              "relate.</p>\n", p->h);
        fputs("None: the document states no ratio, share, rate or change tally could relate.\n\n",
              p->m);
    } else {
        fputs("<p class=\"note\">low..high: interval bounds; mean, p05, p95: Monte Carlo over "
              "the figures' ranges.</p>\n", p->h);
        put_table(p, &v->derived, dcols, NULL, NULL);
    }
    put_other_checks(p, v);
    fputs("<h3>Figures</h3>\n", p->h);
    fputs("### Figures\n\n", p->m);
    if (v->facts.nrows == 0) {
        fputs("<p>None found.</p>\n", p->h);
        fputs("None found.\n\n", p->m);
    } else {
        fputs("<p class=\"note\">Hover over a mention to see its sentence.</p>\n", p->h);
        put_table(p, &v->facts, fcols, "mention", "sentence");
    }
}

typedef struct page_arg {
    const tally_report *r;
    const tally_report_opts *o;
    const cat_counts *cc;
} page_arg;

/* Write both pages. */
static tally_status put_pages(FILE *h, FILE *m, const page_arg *a, tally_error *err)
{
    pages p = {h, m, a->r, a->o, a->cc};
    const tally_report *r = a->r;
    size_t total = r->verdicts[0] + r->verdicts[1] + r->verdicts[2] + r->verdicts[3];
    tally_html_begin(h, "tally report");
    fputs("<h1>tally report</h1>\n", h);
    fputs("# tally report\n\n", m);
    fprintf(h, "<p>%zu documents, %zu checks: %zu inconsistent, %zu approximate, "
               "%zu unverifiable, %zu consistent. Made by tally %s. Combined files: ",
            r->n, total, r->verdicts[TALLY_V_INCONSISTENT], r->verdicts[TALLY_V_APPROXIMATE],
            r->verdicts[TALLY_V_UNVERIFIABLE], r->verdicts[TALLY_V_CONSISTENT], tally_version());
    fprintf(m, "%zu documents, %zu checks: %zu inconsistent, %zu approximate, "
               "%zu unverifiable, %zu consistent. Made by tally %s. Combined files: ",
            r->n, total, r->verdicts[TALLY_V_INCONSISTENT], r->verdicts[TALLY_V_APPROXIMATE],
            r->verdicts[TALLY_V_UNVERIFIABLE], r->verdicts[TALLY_V_CONSISTENT], tally_version());
    static const char *const files[] = {"facts.csv", "checks.csv", "derived.csv"};
    for (size_t i = 0; i < 3; i++) {
        html_link(h, files[i], files[i]);
        md_link(m, files[i], files[i]);
        fputs(", ", h);
        fputs(", ", m);
    }
    html_link(h, "report.md", "report.md");
    fputs(".</p>\n", h);
    md_link(m, "index.html", "index.html");
    fputs(".\n\n", m);
    if (r->failed) {
        fprintf(h, "<p class=\"failed\">%zu document%s failed:</p>\n<ul>\n", r->failed,
                r->failed == 1 ? "" : "s");
        fprintf(m, "**%zu document%s failed:**\n\n", r->failed, r->failed == 1 ? "" : "s");
        for (size_t d = 0; d < r->n; d++) {
            if (r->v[d].state != TALLY_DOC_FAILED)
                continue;
            fputs("<li>", h);
            H(&p, r->v[d].path);
            fputs(": ", h);
            H(&p, r->v[d].message);
            fputs("</li>\n", h);
            fputs("- ", m);
            M(&p, r->v[d].path);
            fputs(": ", m);
            M(&p, r->v[d].message);
            fputs("\n", m);
        }
        fputs("</ul>\n", h);
        fputs("\n", m);
    }
    put_summary(&p);
    for (size_t d = 0; d < r->n; d++) {
        doc_view v;
        tally_status st = view_load(a->o, &r->v[d], &v, err);
        if (st)
            return st;
        put_doc(&p, &r->v[d], &v);
        view_free(&v);
    }
    fputs("<p class=\"note\">Verdicts: consistent = the stated figures agree; approximate = "
          "they agree within rounding allowances; inconsistent = they do not; unverifiable = "
          "a figure the check needs is not stated. See 'tally verify --help'.</p>\n", h);
    tally_html_end(h);
    return TALLY_OK;
}

/* Write index.html and report.md together, each atomically. */
static tally_status write_pages(const page_arg *a, tally_error *err)
{
    char *hp = path_join(a->o->outdir, "index.html"), *mp = path_join(a->o->outdir, "report.md");
    tally_afile h, m;
    tally_status st = hp && mp ? TALLY_OK : tally_fail(err, TALLY_ENOMEM, "out of memory");
    if (!st && !(st = tally_afile_open(&h, hp, err))) {
        if ((st = tally_afile_open(&m, mp, err))) {
            tally_afile_abort(&h);
        } else if ((st = put_pages(h.fp, m.fp, a, err))) {
            tally_afile_abort(&h);
            tally_afile_abort(&m);
        } else if ((st = tally_afile_commit(&h, err))) {
            tally_afile_abort(&m);
        } else {
            st = tally_afile_commit(&m, err);
        }
    }
    free(hp);
    free(mp);
    return st;
}

tally_status tally_report_combine(tally_report *r, const tally_report_opts *o, tally_error *err)
{
    cat_counts cc;
    memset(&cc, 0, sizeof cc);
    r->failed = r->chart_errors = 0;
    memset(r->verdicts, 0, sizeof r->verdicts);
    tally_status st = count_cats(r, o, &cc, err);   /* also reads every state back */
    for (size_t d = 0; !st && d < r->n; d++) {
        r->failed += r->v[d].state == TALLY_DOC_FAILED;
        r->chart_errors += r->v[d].chart_errors;
        for (int v = 0; v < TALLY_V_COUNT; v++)
            r->verdicts[v] += r->v[d].verdicts[v];
    }
    static const char *const files[] = {"facts.csv", "checks.csv", "derived.csv"};
    for (int k = 0; !st && k < 3; k++) {
        combine_arg ca = {r, o, k};
        st = write_file(o->outdir, files[k], put_combined, &ca, err);
    }
    if (!st) {
        page_arg pa = {r, o, &cc};
        st = write_pages(&pa, err);
    }
    cat_free(&cc);
    return st;
}

tally_status tally_report_run(tally_report *r, const tally_report_opts *o, tally_error *err)
{
    char *docs = o->outdir ? path_join(o->outdir, "docs") : NULL;
    if (!o->outdir || !o->lex) {
        free(docs);
        return tally_fail(err, TALLY_EUSAGE, "report: no output folder or no lexicon");
    }
    tally_status st = docs ? mkdir_p(docs, err) : tally_fail(err, TALLY_ENOMEM, "out of memory");
    free(docs);
    if (st)
        return st;
    tally_report_clean_tmp(o->outdir);
    char *mark = path_join(o->outdir, TALLY_REPORT_MARKER);
    FILE *mf = mark ? fopen(mark, "wb") : NULL;
    free(mark);
    if (!mf)
        return tally_fail(err, TALLY_EIO, "cannot write in '%s': %s", o->outdir, strerror(errno));
    fputs("This folder was written by 'tally report'; tally does not read documents here.\n", mf);
    if (fclose(mf) != 0)
        return tally_fail(err, TALLY_EIO, "cannot write in '%s': %s", o->outdir, strerror(errno));
    r->skipped = 0;
    if (o->jobs > 1 && r->n > 1) {
        st = run_workers(r, o, err);
    } else {
        for (size_t i = 0; !st && i < r->n; i++) {
            st = tally_report_doc_run(r, i, o, err);
            if (!st && o->progress)
                o->progress(o->ctx, i + 1, r->n, &r->v[i]);
        }
    }
    for (size_t i = 0; i < r->n; i++)
        r->skipped += r->v[i].state == TALLY_DOC_SKIPPED;
    return st ? st : tally_report_combine(r, o, err);
}
