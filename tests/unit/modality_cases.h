/*
 * modality_cases.h - the tables the modality unit test (tests/unit/test_modality.c)
 * is written as, and the loops that run them.  A row of a modality table is
 * one sentence, one figure in it and the modality tally_modality_pick must
 * give it; a row of a names table is a word and whether tally_modality_valid
 * takes it.  A failing row is named (its test, its number, its "why") and
 * the loop goes on, so that one run shows every case that broke.  Included
 * after cmocka.h and tally/modality.h.
 *
 *   static const modality_case cue_rows[] = {
 *       {"We plan to send ten regiments in May.", "ten", "planned", "\"plan to\" before"},
 *   };
 *   MODALITY_TEST(cues_before, cue_rows)
 */
#ifndef TALLY_TEST_MODALITY_CASES_H
#define TALLY_TEST_MODALITY_CASES_H

#define N_ROWS(a) (sizeof (a) / sizeof *(a))

/* The shipped modality table, loaded by the test's group setup. */
static tally_lexicon *lex;

/* One figure of one sentence and its modality.  An expectation written
 * "!X" means "anything but X". */
typedef struct modality_case {
    const char *text; /* one sentence, the whole text */
    const char *fig;  /* the figure as written; its first occurrence in text */
    const char *want; /* the modality expected */
    const char *why;  /* the behaviour the row shows, for the failure message */
} modality_case;

/* A name and whether it is one of the six modalities. */
typedef struct valid_case {
    const char *name;
    int want; /* tally_modality_valid(name) */
    const char *why;
} valid_case;

/* The modality of fig in the one sentence text into got (size n); 0 if the
 * figure is not in text or the pick failed (said with print_error). */
static inline int modality_of(const char *table, size_t i, const modality_case *r, char *got,
                              size_t n)
{
    tally_modality_choice c;
    tally_error err = {0};
    tally_sentence s = {.start = 0, .end = strlen(r->text), .section = TALLY_SECTION_BODY,
                        .para = 1, .sent = 1};
    const char *p = strstr(r->text, r->fig);
    if (!p) {
        print_error("%s, row %zu (%s): '%s' is not in the text\n", table, i, r->why, r->fig);
        return 0;
    }
    size_t a = (size_t)(p - r->text), b = a + strlen(r->fig);
    if (tally_modality_pick(r->text, &s, a, b, b, lex, &c, &err) != TALLY_OK) {
        print_error("%s, row %zu (%s): '%s': pick failed: %s\n", table, i, r->why, r->fig,
                    err.msg);
        return 0;
    }
    snprintf(got, n, "%s", c.modality);
    return 1;
}

/* Whether got meets the expectation want (exact, or "!X": not X). */
static inline int modality_meets(const char *got, const char *want)
{
    if (want[0] == '!')
        return strcmp(got, want + 1) != 0;
    return strcmp(got, want) == 0;
}

/* Run every row of a modality table; the number of rows that broke. */
static inline size_t modality_rows_failed(const char *table, const modality_case *rows, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        const modality_case *r = &rows[i];
        char got[sizeof ((tally_modality_choice *)0)->modality];
        if (!modality_of(table, i, r, got, sizeof got)) {
            bad++;
        } else if (!modality_meets(got, r->want)) {
            print_error("%s, row %zu (%s): '%s' in \"%s\": '%s', expected %s'%s'\n", table, i,
                        r->why, r->fig, r->text, got, r->want[0] == '!' ? "anything but " : "",
                        r->want[0] == '!' ? r->want + 1 : r->want);
            bad++;
        }
    }
    return bad;
}

/* Run every row of a names table; the number of rows that broke. */
static inline size_t valid_rows_failed(const char *table, const valid_case *rows, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        int got = tally_modality_valid(rows[i].name);
        if (got != rows[i].want) {
            print_error("%s, names row %zu (%s): '%s': %d, expected %d\n", table, i, rows[i].why,
                        rows[i].name, got, rows[i].want);
            bad++;
        }
    }
    return bad;
}

/* Both tables of a test, then one failure saying how many rows broke. */
static inline void run_modality_tables(const char *table, const modality_case *rows, size_t n,
                                       const valid_case *names, size_t nnames)
{
    size_t bad = modality_rows_failed(table, rows, n) + valid_rows_failed(table, names, nnames);
    if (bad)
        fail_msg("%s: %zu of %zu rows failed", table, bad, n + nnames);
}

/* A cmocka test named name that runs the modality table rows (and, with
 * MODALITY_NAMES_TEST, a names table too): every row, then one failure if
 * any row broke. */
#define MODALITY_NAMES_TEST(name, rows, names)                                                    \
    static void name(void **state)                                                                \
    {                                                                                             \
        (void)state;                                                                              \
        run_modality_tables(#name, (rows), N_ROWS(rows), (names), N_ROWS(names));                 \
    }
#define MODALITY_TEST(name, rows)                                                                 \
    static void name(void **state)                                                                \
    {                                                                                             \
        (void)state;                                                                              \
        run_modality_tables(#name, (rows), N_ROWS(rows), NULL, 0);                                \
    }

#endif
