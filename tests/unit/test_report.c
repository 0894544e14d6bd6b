/*
 * test_report.c - the batch run's parts: safe and unique names, finding
 * documents in folders, files written whole or not at all, leftovers of
 * killed runs, the --resume hash, and a whole run over two small documents
 * (one of them unreadable) in one process and in worker processes.
 * Every expected value is worked out by hand from the rules in report.h.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "tally/report.h"
#include "tally/lexicon.h"

/* A fresh scratch folder under /tmp; the caller frees it. */
static char *scratch(const char *tag)
{
    char tmpl[256];
    snprintf(tmpl, sizeof tmpl, "/tmp/tally-test-report-%s-XXXXXX", tag);
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}

/* Write text to dir/name, making the folders on the way. */
static void put(const char *dir, const char *name, const char *text, size_t len)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        mkdir(p, 0777);
        *s = '/';
    }
    FILE *fp = fopen(p, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(text, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);
}

/* Read a whole file (NULL if missing); the caller frees it. */
static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    rewind(fp);
    char *s = malloc((size_t)n + 1);
    assert_non_null(s);
    assert_int_equal(fread(s, 1, (size_t)n, fp), (size_t)n);
    s[n] = '\0';
    fclose(fp);
    if (len)
        *len = (size_t)n;
    return s;
}

/* How many entries of dir have a name containing part. */
static int count_names(const char *dir, const char *part)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    assert_non_null(d);
    while ((e = readdir(d)) != NULL)
        n += strstr(e->d_name, part) != NULL;
    closedir(d);
    return n;
}

/* rm -rf of a scratch folder (only ever one made by scratch()). */
static void remove_tree(const char *dir)
{
    char cmd[600];
    assert_true(strncmp(dir, "/tmp/tally-test-report-", 23) == 0);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

static void test_safe_name(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"../../etc/passwd", "passwd"},
        {"/abs/x y.txt", "x_y.txt"},
        {".hidden.txt", "_hidden.txt"},
        {"dir/..", "doc"},
        {"..", "doc"},
        {".", "doc"},
        {"", "doc"},
        {"a/b/", "b"},
        {"caf\xC3\xA9.md", "caf__.md"},          /* é is two bytes, each replaced */
        {"x;\"<z>'`.txt", "x___z___.txt"},
        {"plain-name_1.PDF", "plain-name_1.PDF"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *s = tally_report_safe_name(cases[i].in);
        assert_non_null(s);
        assert_string_equal(s, cases[i].want);
        free(s);
    }
    char longname[200];
    memset(longname, 'a', 150);
    strcpy(longname + 150, ".txt");
    char *s = tally_report_safe_name(longname);
    assert_int_equal(strlen(s), 80);   /* cut at 80 bytes */
    free(s);
}

/* A report holding these paths, named. */
static void named(tally_report *r, const char *const *paths, size_t n)
{
    tally_error err = {0};
    memset(r, 0, sizeof *r);
    r->v = calloc(n, sizeof *r->v);
    assert_non_null(r->v);
    r->n = r->cap = n;
    for (size_t i = 0; i < n; i++) {
        r->v[i].path = strdup(paths[i]);
        r->v[i].message = strdup("");
    }
    assert_int_equal(tally_report_name_all(r, &err), TALLY_OK);
}

static void test_unique_names(void **state)
{
    (void)state;
    tally_report r;
    /* three a.txt from different folders, one in capitals */
    static const char *const p1[] = {"x/a.txt", "y/a.txt", "z/A.TXT"};
    named(&r, p1, 3);
    assert_string_equal(r.v[0].name, "a.txt");
    assert_string_equal(r.v[1].name, "a-2.txt");
    assert_string_equal(r.v[2].name, "A-3.TXT");
    tally_report_free(&r);
    /* a later document is really called x-2.txt: the second x.txt steps over it */
    static const char *const p2[] = {"a/x.txt", "b/x.txt", "c/x-2.txt"};
    named(&r, p2, 3);
    assert_string_equal(r.v[0].name, "x.txt");
    assert_string_equal(r.v[1].name, "x-3.txt");
    assert_string_equal(r.v[2].name, "x-2.txt");
    tally_report_free(&r);
    /* no extension */
    static const char *const p3[] = {"a/notes", "b/notes"};
    named(&r, p3, 2);
    assert_string_equal(r.v[0].name, "notes");
    assert_string_equal(r.v[1].name, "notes-2");
    tally_report_free(&r);
}

static void test_walk(void **state)
{
    (void)state;
    char *d = scratch("walk");
    put(d, "b.md", "x", 1);
    put(d, "a.txt", "x", 1);
    put(d, "README.md", "x", 1);
    put(d, ".hidden.txt", "x", 1);
    put(d, "table.csv", "x", 1);
    put(d, "sub/c.TXT", "x", 1);
    put(d, "out/d.txt", "x", 1);        /* the output folder: left out */
    put(d, ".git/e.txt", "x", 1);       /* hidden folder: left out */
    char link[512], target[512], out[512];
    snprintf(target, sizeof target, "%s/a.txt", d);
    snprintf(link, sizeof link, "%s/same.txt", d);
    assert_int_equal(symlink(target, link), 0);   /* the same file again: once */
    snprintf(out, sizeof out, "%s/out", d);
    tally_report r;
    tally_error err = {0};
    memset(&r, 0, sizeof r);
    char *args[] = {target, d};   /* a.txt named twice */
    assert_int_equal(tally_report_add(&r, args, 2, out, &err), TALLY_OK);
    assert_int_equal(r.n, 3);
    char want[512];
    snprintf(want, sizeof want, "%s/a.txt", d);
    assert_string_equal(r.v[0].path, want);
    snprintf(want, sizeof want, "%s/b.md", d);
    assert_string_equal(r.v[1].path, want);
    snprintf(want, sizeof want, "%s/sub/c.TXT", d);
    assert_string_equal(r.v[2].path, want);
    assert_string_equal(r.v[2].name, "c.TXT");
    tally_report_free(&r);
    /* a missing argument is an error */
    char *missing[] = {"/nonexistent/tally/file.txt"};
    assert_int_equal(tally_report_add(&r, missing, 1, NULL, &err), TALLY_EIO);
    assert_non_null(strstr(err.msg, "/nonexistent/tally/file.txt"));
    tally_report_free(&r);
    remove_tree(d);
    free(d);
}

static void test_afile(void **state)
{
    (void)state;
    char *d = scratch("afile");
    char p[512];
    tally_afile f;
    tally_error err = {0};
    snprintf(p, sizeof p, "%s/out.csv", d);
    put(d, "out.csv", "old\n", 4);
    /* while writing, the old file is untouched and the new bytes are hidden */
    assert_int_equal(tally_afile_open(&f, p, &err), TALLY_OK);
    fputs("new,data\n", f.fp);
    assert_int_equal(count_names(d, ".tally-tmp."), 1);
    char *s = slurp(p, NULL);
    assert_string_equal(s, "old\n");
    free(s);
    assert_int_equal(tally_afile_commit(&f, &err), TALLY_OK);
    s = slurp(p, NULL);
    assert_string_equal(s, "new,data\n");
    free(s);
    assert_int_equal(count_names(d, ".tally-tmp."), 0);
    /* an abandoned write leaves the old file and no temporary one */
    assert_int_equal(tally_afile_open(&f, p, &err), TALLY_OK);
    fputs("half a ro", f.fp);
    tally_afile_abort(&f);
    s = slurp(p, NULL);
    assert_string_equal(s, "new,data\n");
    free(s);
    assert_int_equal(count_names(d, ".tally-tmp."), 0);
    /* a folder that does not exist: an I/O error naming the file */
    snprintf(p, sizeof p, "%s/no/such/dir/x.csv", d);
    assert_int_equal(tally_afile_open(&f, p, &err), TALLY_EIO);
    assert_non_null(strstr(err.msg, "x.csv"));
    remove_tree(d);
    free(d);
}

static void test_clean_tmp(void **state)
{
    (void)state;
    char *d = scratch("clean");
    char mine[128];
    /* pid 999999999 is above any pid_max, so that process is surely gone */
    put(d, ".facts.csv.tally-tmp.999999999.0", "partial", 7);
    put(d, "docs/x/.a.svg.tally-tmp.999999999.3", "partial", 7);
    snprintf(mine, sizeof mine, ".b.csv.tally-tmp.%ld.0", (long)getpid());
    put(d, mine, "in use", 6);
    put(d, "facts.csv", "kept", 4);
    put(d, "tally-tmp.1.txt", "not hidden: not ours", 20);
    assert_int_equal(tally_report_clean_tmp(d), 2);
    assert_int_equal(count_names(d, ".tally-tmp."), 1);   /* this process's own */
    assert_int_equal(count_names(d, "facts.csv"), 1);
    assert_int_equal(count_names(d, "tally-tmp.1.txt"), 1);
    remove_tree(d);
    free(d);
}

static void test_fnv(void **state)
{
    (void)state;
    /* the published FNV-1a 64 test vectors: "" and "a" */
    assert_true(tally_fnv1a("", 0, TALLY_FNV_OFFSET) == 0xcbf29ce484222325ULL);
    assert_true(tally_fnv1a("a", 1, TALLY_FNV_OFFSET) == 0xaf63dc4c8601ec8cULL);
    char *d = scratch("hash");
    char p[512];
    snprintf(p, sizeof p, "%s/a", d);
    put(d, "a", "a", 1);
    uint64_t h = TALLY_FNV_OFFSET;
    tally_error err = {0};
    assert_int_equal(tally_hash_file(p, &h, &err), TALLY_OK);
    assert_true(h == 0xaf63dc4c8601ec8cULL);
    snprintf(p, sizeof p, "%s/missing", d);
    assert_int_equal(tally_hash_file(p, &h, &err), TALLY_EIO);
    remove_tree(d);
    free(d);
}

/* Run the report over d/in into out with jobs workers. */
static void run(const char *in, const char *out, int jobs, int resume, tally_lexicon *lex,
                tally_report *r)
{
    tally_error err = {0};
    tally_report_opts o = tally_report_defaults();
    o.outdir = out;
    o.jobs = jobs;
    o.resume = resume;
    o.lex = lex;
    o.samples = 100;
    char *args[] = {(char *)in};
    memset(r, 0, sizeof *r);
    assert_int_equal(tally_report_add(r, args, 1, out, &err), TALLY_OK);
    tally_status st = tally_report_run(r, &o, &err);
    if (st)
        fail_msg("report run: %s", err.msg);
}

static void test_run(void **state)
{
    (void)state;
    /* no gnuplot needed: charts that cannot be drawn are only notes */
    setenv("TALLY_GNUPLOT", "/nonexistent/gnuplot", 1);
    char *d = scratch("run");
    char in[512], out1[512], out2[512], p[600];
    snprintf(in, sizeof in, "%s/in", d);
    snprintf(out1, sizeof out1, "%s/out1", d);
    snprintf(out2, sizeof out2, "%s/out2", d);
    static const char hostile[] =
        "The depot <script>alert('x')</script> held 300 tons of \"good\" `fuel` in May 1950.\n";
    put(in, "hostile.txt", hostile, sizeof hostile - 1);
    static const char bad[] = "The depot held 20 tons \xFF of oil.\n";
    put(in, "bad.txt", bad, sizeof bad - 1);
    tally_lexicon *lex = NULL;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_load_dir(tally_lexicon_default_dir(), &lex, &err), TALLY_OK);
    tally_report r;
    run(in, out1, 1, 0, lex, &r);
    assert_int_equal(r.n, 2);
    /* sorted by path: bad.txt first; it fails on its invalid byte, the other runs */
    assert_int_equal(r.v[0].state, TALLY_DOC_FAILED);
    assert_int_equal(r.v[0].code, TALLY_EINPUT);
    assert_non_null(strstr(r.v[0].message, "UTF-8"));
    assert_int_equal(r.v[1].state, TALLY_DOC_OK);
    assert_int_equal(r.failed, 1);
    assert_true(r.v[1].nfacts >= 1);   /* at least the 300 tons */
    tally_report_free(&r);
    /* the page escapes the document's text */
    snprintf(p, sizeof p, "%s/index.html", out1);
    char *html = slurp(p, NULL);
    assert_non_null(html);
    assert_null(strstr(html, "<script>alert"));
    assert_non_null(strstr(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert_non_null(strstr(html, "&quot;good&quot;"));
    assert_non_null(strstr(html, "failed"));
    /* every per-document file is there; no temporary file is left */
    static const char *const files[] = {"facts.csv", "checks.csv", "derived.csv", "state.csv"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s/docs/hostile.txt/%s", out1, files[i]);
        assert_int_equal(access(p, R_OK), 0);
    }
    snprintf(p, sizeof p, "%s/docs/bad.txt/facts.csv", out1);
    assert_int_equal(access(p, F_OK), -1);   /* a failed document has only its state */
    assert_int_equal(count_names(out1, ".tally-tmp."), 0);
    /* worker processes give the same bytes */
    run(in, out2, 2, 0, lex, &r);
    tally_report_free(&r);
    static const char *const combined[] = {"index.html", "report.md", "facts.csv", "checks.csv",
                                           "derived.csv", "docs/hostile.txt/facts.csv",
                                           "docs/bad.txt/state.csv"};
    for (size_t i = 0; i < sizeof combined / sizeof *combined; i++) {
        size_t n1 = 0, n2 = 0;
        snprintf(p, sizeof p, "%s/%s", out1, combined[i]);
        char *a = slurp(p, &n1);
        snprintf(p, sizeof p, "%s/%s", out2, combined[i]);
        char *b = slurp(p, &n2);
        assert_non_null(a);
        assert_non_null(b);
        assert_int_equal(n1, n2);
        assert_memory_equal(a, b, n1);
        free(a);
        free(b);
    }
    /* --resume keeps the unchanged document, runs the failed one again */
    run(in, out2, 1, 1, lex, &r);
    assert_int_equal(r.v[0].state, TALLY_DOC_FAILED);
    assert_int_equal(r.v[1].state, TALLY_DOC_SKIPPED);
    assert_int_equal(r.skipped, 1);
    tally_report_free(&r);
    snprintf(p, sizeof p, "%s/index.html", out2);
    char *again = slurp(p, NULL);
    assert_string_equal(again, html);   /* the report does not say what was skipped */
    free(again);
    /* a changed document runs again */
    put(in, "hostile.txt", "Now 40 tons.\n", 13);
    run(in, out2, 1, 1, lex, &r);
    assert_int_equal(r.v[1].state, TALLY_DOC_OK);
    tally_report_free(&r);
    free(html);
    tally_lexicon_free(lex);
    remove_tree(d);
    free(d);
    unsetenv("TALLY_GNUPLOT");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_safe_name),   cmocka_unit_test(test_unique_names),
        cmocka_unit_test(test_walk),        cmocka_unit_test(test_afile),
        cmocka_unit_test(test_clean_tmp),   cmocka_unit_test(test_fnv),
        cmocka_unit_test(test_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
