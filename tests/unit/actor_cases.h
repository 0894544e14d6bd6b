/*
 * actor_cases.h - the tables the actor unit tests (tests/unit/test_actor_*.c)
 * are written as, and the loops that run them.  A row of an owner table is
 * one figure of one document and what tally_actor_choice must say of it; a
 * row of a codes table is one text and the actors found in it.  A failing
 * row is named (its test, its table and number, its "why") and the loop
 * goes on, so that one run shows every case that broke.  Included after actor_fixture.h's
 * own includes (annot.h, tally/actor.h, cmocka.h).
 *
 *   static const owner_case raids_rows[] = {
 *       {raids, "", "140", "Feldaria", "other side", "what the cruisers sank is the victim's"},
 *   };
 *   ACTOR_TEST(losses_to_an_unnamed_attacker, ROWS(raids_rows), NO_CODES)
 */
#ifndef TALLY_TEST_ACTOR_CASES_H
#define TALLY_TEST_ACTOR_CASES_H

#include "actor_fixture.h"

#define N_ROWS(a) (sizeof (a) / sizeof *(a))

/* One figure of one document and the owner expected.  An expectation
 * written "!X" means "anything but X". */
typedef struct owner_case {
    const char *text;  /* the document (actor_fixture.h: split_doc) */
    const char *after; /* the figure is the first after this marker; "" from the start */
    const char *fig;   /* the figure's text as written */
    const char *code;  /* the owner's code ("" none); NULL: not checked */
    const char *rule;  /* the rule that chose it; "": not checked */
    const char *why;   /* the behaviour the row shows, for the failure message */
} owner_case;

/* One text and the codes of the actors found in it, joined with "|". */
typedef struct codes_case {
    const char *text;
    const char *codes; /* "" when no actor may be found */
    const char *why;
} codes_case;

/* Whether got meets the expectation want (exact, or "!X": not X). */
static inline int actor_case_meets(const char *got, const char *want)
{
    if (want[0] == '!')
        return strcmp(got, want + 1) != 0;
    return strcmp(got, want) == 0;
}

/* Check field of row i against want, saying which row broke; 1 if it held. */
static inline int actor_case_check(const char *table, const char *which, size_t i, const char *why,
                                   const char *fig, const char *field, const char *got,
                                   const char *want)
{
    if (actor_case_meets(got, want))
        return 1;
    print_error("%s, %s row %zu (%s): '%s': %s '%s', expected %s'%s'\n", table, which, i, why, fig,
                field, got, want[0] == '!' ? "anything but " : "",
                want[0] == '!' ? want + 1 : want);
    return 0;
}

/* Run every row of an owner table; the number of rows that broke. */
static inline size_t owner_rows_failed(const char *table, const owner_case *rows, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        const owner_case *r = &rows[i];
        tally_actor_choice c;
        doc_owner(r->text, r->after, r->fig, &c);
        int ok = 1;
        if (r->code)
            ok &= actor_case_check(table, "owner", i, r->why, r->fig, "code", c.code, r->code);
        if (r->rule[0])
            ok &= actor_case_check(table, "owner", i, r->why, r->fig, "rule", c.rule, r->rule);
        bad += !ok;
    }
    return bad;
}

/* Run every row of a codes table; the number of rows that broke. */
static inline size_t codes_rows_failed(const char *table, const codes_case *rows, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[160];
        codes_of(rows[i].text, got, sizeof got);
        bad += !actor_case_check(table, "codes", i, rows[i].why, rows[i].text, "codes", got,
                                 rows[i].codes);
    }
    return bad;
}

/* Both tables of a test, then one failure saying how many rows broke. */
static inline void run_actor_tables(const char *table, const owner_case *owners, size_t nowners,
                                    const codes_case *codes, size_t ncodes)
{
    size_t bad = owner_rows_failed(table, owners, nowners);
    bad += codes_rows_failed(table, codes, ncodes);
    if (bad)
        fail_msg("%s: %zu of %zu rows failed", table, bad, nowners + ncodes);
}

/* A cmocka test named name that runs an owner table, a codes table or one
 * of each (every row, then one failure if any row broke).  NO_CODES and
 * NO_OWNERS stand for the table a test does not have. */
#define NO_OWNERS ((const owner_case *)NULL), 0
#define NO_CODES ((const codes_case *)NULL), 0
#define ROWS(a) (a), N_ROWS(a)
#define ACTOR_TEST(name, owners, codes)                                                           \
    static void name(void **state)                                                                \
    {                                                                                             \
        (void)state;                                                                              \
        run_actor_tables(#name, owners, codes);                                                   \
    }

#endif
