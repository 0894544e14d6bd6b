/*
 * test_words.c - the private tokenizer of the annotation modules: words with
 * inner apostrophes and periods, numbers with separators and suffixes,
 * punctuation as single characters, spans that end inside a word, and the
 * per-document token store (add, get, view).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "words.h"

/* "kind:text" of token i, for comparisons. */
static void show(const char *t, const tok *x, char *out, size_t cap)
{
    snprintf(out, cap, "%c:%.*s", x->kind, (int)(x->end - x->start), t + x->start);
}

static void split_kinds(void **state)
{
    (void)state;
    const char *t = "The U.S. army's 1,300 planes (15s), 38th; Peng\xe2\x80\x99s men.";
    const char *want[] = {"w:The", "w:U.S.", "w:army's", "n:1,300", "w:planes", "p:(",
                          "n:15s", "p:)", "p:,", "n:38th", "p:;", "w:Peng\xe2\x80\x99s",
                          "w:men", "p:."};
    words w;
    assert_int_equal(words_split(t, 0, strlen(t), &w), 0);
    assert_int_equal(w.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < w.n; i++) {
        char b[64];
        show(t, &w.v[i], b, sizeof b);
        assert_string_equal(b, want[i]);
    }
    words_free(&w);
}

static void span_ends_in_a_word(void **state)
{
    (void)state;
    const char *t = "two regiments";   /* the span stops inside "regiments" */
    words w;
    assert_int_equal(words_split(t, 0, 8, &w), 0);
    assert_int_equal(w.n, 2);
    assert_int_equal(w.v[1].start, 4);
    assert_int_equal(w.v[1].end, 8);   /* never past the span */
    /* resplit reuses the room and starts afresh */
    assert_int_equal(words_resplit(t, 4, 13, &w), 0);
    assert_int_equal(w.n, 1);
    assert_int_equal(w.v[0].start, 4);
    assert_int_equal(w.v[0].end, 13);
    assert_int_equal(words_at(&w, 5), 1);
    assert_int_equal(words_at(&w, 4), 0);
    words_free(&w);
}

static void store_roundtrip(void **state)
{
    (void)state;
    const char *t = "Four air regiments. Then 120 MiGs.";
    words a, b, got = {0}, view;
    words_store st = {0};
    assert_int_equal(words_split(t, 0, 19, &a), 0);    /* "Four air regiments." */
    assert_int_equal(words_split(t, 20, 34, &b), 0);   /* "Then 120 MiGs." */
    assert_int_equal(words_store_add(&st, &a, 0), 0);
    assert_int_equal(words_store_add(&st, &b, 20), 0);
    assert_int_equal(words_store_get(&st, 1, 20, &got), 0);
    assert_int_equal(got.n, b.n);
    for (size_t i = 0; i < b.n; i++) {
        assert_int_equal(got.v[i].start, b.v[i].start);
        assert_int_equal(got.v[i].end, b.v[i].end);
        assert_int_equal(got.v[i].kind, b.v[i].kind);
    }
    assert_int_equal(words_store_view(&st, 0, &view), 0);
    assert_int_equal(view.n, 4);                 /* Four air regiments . */
    assert_true(tok_eq(t, &view.v[2], "regiments"));
    assert_int_equal(words_store_view(&st, 2, &view), 1);   /* not held */
    assert_int_equal(words_store_get(&st, 5, 0, &got), 1);
    words_free(&a);
    words_free(&b);
    words_free(&got);
    words_store_free(&st);
}

static void comparisons(void **state)
{
    (void)state;
    const char *t = "Would the Chinese's";
    words w;
    assert_int_equal(words_split(t, 0, strlen(t), &w), 0);
    assert_true(tok_eq(t, &w.v[0], "would"));        /* case-insensitive */
    assert_true(tok_cap(t, &w.v[2]));
    assert_false(tok_cap(t, &w.v[1]));
    assert_true(tok_eq_poss(t, &w.v[2], "chinese")); /* possessive ignored when asked */
    static const char *const list[] = {"could", "the", NULL};
    assert_true(tok_in(t, &w.v[1], list));
    assert_false(tok_in(t, &w.v[0], list));
    words_free(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(split_kinds),
        cmocka_unit_test(span_ends_in_a_word),
        cmocka_unit_test(store_roundtrip),
        cmocka_unit_test(comparisons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
