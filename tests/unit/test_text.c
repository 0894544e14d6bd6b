/*
 * test_text.c - reading documents: UTF-8 validation with byte offsets,
 * lenient replacement, Markdown escapes and the offset map back to the
 * original bytes, line numbers, empty input, directories.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/text.h"

static void utf8_decode(void **state)
{
    (void)state;
    unsigned cp;
    assert_int_equal(tally_utf8_decode((const unsigned char *)"A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(tally_utf8_decode((const unsigned char *)"\xC2\xB9", 2, &cp), 2);
    assert_int_equal(cp, 0xB9);   /* superscript one */
    assert_int_equal(tally_utf8_decode((const unsigned char *)"\xE2\x81\xB4", 3, &cp), 3);
    assert_int_equal(cp, 0x2074); /* superscript four */
    assert_int_equal(tally_utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    /* overlong, surrogate, truncated, stray continuation */
    assert_int_equal(tally_utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp), 0);
    assert_int_equal(tally_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 0);
    assert_int_equal(tally_utf8_decode((const unsigned char *)"\xE2\x81", 2, &cp), 0);
    assert_int_equal(tally_utf8_decode((const unsigned char *)"\x80", 1, &cp), 0);
}

static void invalid_utf8_offset(void **state)
{
    (void)state;
    tally_doc d;
    tally_error err = {0};
    const char s[] = "abc \xC3\xA9 x\xFFy";   /* é is valid, 0xFF at byte 8 is not */
    assert_int_equal(tally_doc_from_mem("m.txt", s, sizeof s - 1, NULL, &d, &err), TALLY_EINPUT);
    assert_string_equal(err.msg, "'m.txt': invalid UTF-8 at byte 8 (--lenient replaces bad bytes)");
}

static void lenient_replaces(void **state)
{
    (void)state;
    tally_doc d;
    tally_error err = {0};
    tally_read_opts o = tally_read_defaults();
    o.lenient = 1;
    const char s[] = "a\xFF" "12";
    assert_int_equal(tally_doc_from_mem("m", s, sizeof s - 1, &o, &d, &err), TALLY_OK);
    assert_int_equal(d.replaced, 1);
    assert_string_equal(d.text, "a\xEF\xBF\xBD" "12");
    assert_int_equal(d.len, 6);
    /* "12" is at text offset 4, original offset 2 */
    assert_int_equal(tally_doc_orig(&d, 4), 2);
    assert_int_equal(tally_doc_orig(&d, 6), 4);
    tally_doc_free(&d);
}

static void nul_byte(void **state)
{
    (void)state;
    tally_doc d;
    tally_error err = {0};
    assert_int_equal(tally_doc_from_mem("n", "ab\0c", 4, NULL, &d, &err), TALLY_EINPUT);
    assert_string_equal(err.msg, "'n': NUL byte at byte 2: binary file? (--lenient replaces it)");
}

static void markdown_escapes(void **state)
{
    (void)state;
    tally_doc d;
    tally_error err = {0};
    const char *s = "debt of about \\$650 million, \\*not\\* a path C:\\dir";
    assert_int_equal(tally_doc_from_mem("md", s, strlen(s), NULL, &d, &err), TALLY_OK);
    assert_string_equal(d.text, "debt of about $650 million, *not* a path C:\\dir");
    /* "$" is text offset 14; in the original the backslash is 14, "$" is 15 */
    assert_int_equal(tally_doc_orig(&d, 14), 15);
    /* "650" starts at text 15 -> orig 16 */
    assert_int_equal(tally_doc_orig(&d, 15), 16);
    assert_int_equal(tally_doc_orig(&d, d.len), strlen(s));
    tally_doc_free(&d);

    tally_read_opts o = tally_read_defaults();
    o.raw = 1;
    assert_int_equal(tally_doc_from_mem("md", s, strlen(s), &o, &d, &err), TALLY_OK);
    assert_string_equal(d.text, s);
    assert_null(d.map);
    tally_doc_free(&d);
}

static void lines(void **state)
{
    (void)state;
    tally_doc d;
    tally_error err = {0};
    const char *s = "one\ntwo\n\nfour";
    assert_int_equal(tally_doc_from_mem("l", s, strlen(s), NULL, &d, &err), TALLY_OK);
    assert_int_equal(tally_doc_line(&d, 0), 1);
    assert_int_equal(tally_doc_line(&d, 3), 1);   /* the newline itself ends line 1 */
    assert_int_equal(tally_doc_line(&d, 4), 2);
    assert_int_equal(tally_doc_line(&d, 9), 4);
    tally_doc_free(&d);
}

static void empty_and_dir(void **state)
{
    (void)state;
    tally_doc d;
    tally_error err = {0};
    assert_int_equal(tally_doc_from_mem("e", "", 0, NULL, &d, &err), TALLY_EINPUT);
    assert_string_equal(err.msg, "'e': empty input");
    assert_int_equal(tally_doc_read("src", NULL, &d, &err), TALLY_EIO);
    assert_string_equal(err.msg, "'src' is a directory");
    assert_int_equal(tally_doc_read("no/such/file.txt", NULL, &d, &err), TALLY_EIO);
    assert_string_equal(err.msg, "cannot open 'no/such/file.txt': No such file or directory");
}

static void read_file(void **state)
{
    (void)state;
    tally_doc d;
    tally_error err = {0};
    assert_int_equal(tally_doc_read("datasets/lexicon/months.csv", NULL, &d, &err), TALLY_OK);
    assert_string_equal(d.name, "datasets/lexicon/months.csv");
    assert_int_equal(strncmp(d.text, "month,number\n", 13), 0);
    assert_int_equal(d.len, d.orig_len);
    tally_doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_decode),
        cmocka_unit_test(invalid_utf8_offset),
        cmocka_unit_test(lenient_replaces),
        cmocka_unit_test(nul_byte),
        cmocka_unit_test(markdown_escapes),
        cmocka_unit_test(lines),
        cmocka_unit_test(empty_and_dir),
        cmocka_unit_test(read_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
