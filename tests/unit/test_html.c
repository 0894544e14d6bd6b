/*
 * test_html.c - escaping for HTML and Markdown, URL paths and the page
 * frame.  Every expected string is written out by hand from the rules in
 * html.h.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/html.h"

/* Escape with fn, compare with want, free. */
static void expect(char *(*fn)(const char *), const char *in, const char *want)
{
    char *got = fn(in);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void test_html_specials(void **state)
{
    (void)state;
    expect(tally_html_escape, "<script>alert(1)</script>",
           "&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(tally_html_escape, "a \"b\" 'c' & d", "a &quot;b&quot; &#39;c&#39; &amp; d");
    expect(tally_html_escape, "`x` stays", "`x` stays");
    expect(tally_html_escape, "&amp;", "&amp;amp;");   /* escaped again, never trusted */
    expect(tally_html_escape, NULL, "");
    expect(tally_html_escape, "", "");
}

static void test_html_repairs(void **state)
{
    (void)state;
    /* é (2 bytes) and ¹ (2 bytes) are kept; a lone 0xFF and a control byte become U+FFFD */
    expect(tally_html_escape, "caf\xC3\xA9\xC2\xB9", "caf\xC3\xA9\xC2\xB9");
    expect(tally_html_escape, "a\xFF" "b", "a\xEF\xBF\xBD" "b");
    expect(tally_html_escape, "a\x01" "b\tc\nd", "a\xEF\xBF\xBD" "b\tc\nd");
    /* a truncated 3-byte sequence at the end: each byte replaced */
    expect(tally_html_escape, "x\xE2\x82", "x\xEF\xBF\xBD\xEF\xBF\xBD");
}

static void test_md(void **state)
{
    (void)state;
    expect(tally_md_escape, "a|b *c* _d_ [e](f) <g> & `h` #1 ~",
           "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\& \\`h\\` \\#1 \\~");
    expect(tally_md_escape, "two\nlines\r\n", "two lines  ");
    expect(tally_md_escape, "back\\slash", "back\\\\slash");
}

static void test_url(void **state)
{
    (void)state;
    expect(tally_html_url, "docs/a b.svg", "docs/a%20b.svg");
    expect(tally_html_url, "docs/x-1_y.~z/f.csv", "docs/x-1_y.~z/f.csv");
    expect(tally_html_url, "\"><script>", "%22%3E%3Cscript%3E");
    expect(tally_html_url, "caf\xC3\xA9", "caf%C3%A9");
}

static void test_put(void **state)
{
    (void)state;
    char *mem = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&mem, &len);
    assert_non_null(fp);
    assert_int_equal(tally_html_put(fp, "1 < 2"), 0);
    assert_int_equal(tally_md_put(fp, " a|b"), 0);
    assert_int_equal(fclose(fp), 0);
    assert_string_equal(mem, "1 &lt; 2 a\\|b");
    free(mem);
}

static void test_page(void **state)
{
    (void)state;
    char *mem = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&mem, &len);
    assert_non_null(fp);
    assert_int_equal(tally_html_begin(fp, "R&D <report>"), 0);
    assert_int_equal(tally_html_end(fp), 0);
    assert_int_equal(fclose(fp), 0);
    assert_true(strncmp(mem, "<!DOCTYPE html>\n", 16) == 0);
    assert_non_null(strstr(mem, "<title>R&amp;D &lt;report&gt;</title>"));
    assert_non_null(strstr(mem, "<meta charset=\"utf-8\">"));
    /* no external resources: nothing fetched, no script */
    assert_null(strstr(mem, "http"));
    assert_null(strstr(mem, "<script"));
    assert_null(strstr(mem, "<link"));
    assert_null(strstr(mem, "@import"));
    assert_true(len > 17 && strcmp(mem + len - 16, "</body>\n</html>\n") == 0);
    free(mem);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_specials),
        cmocka_unit_test(test_html_repairs),
        cmocka_unit_test(test_md),
        cmocka_unit_test(test_url),
        cmocka_unit_test(test_put),
        cmocka_unit_test(test_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
