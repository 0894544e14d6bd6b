/*
 * relate_fixture.h - what the table-driven tests of relate.c and verify.c
 * share: a fact written as one table row (tfact) and added over its text,
 * references to facts by their 1-based id (the order the row lists them),
 * and a number to compare with an optional tolerance.  Included by
 * tests/unit/test_relate.c and tests/unit/test_verify.c only; every fact
 * added belongs to the tally_facts it was added to (tally_facts_free()).
 */
#ifndef TALLY_TEST_RELATE_FIXTURE_H
#define TALLY_TEST_RELATE_FIXTURE_H

#include <math.h>
#include <string.h>

#include "buf.h"
#include "tally/facts.h"
#include "tally/relate.h"

/* In the tables a fact is named by its id: 1 for the first row of facts, 2
 * for the second...; 0 leaves a field unchecked, NOFACT means "none"
 * (TALLY_NO_FACT for a part, 0 for a rate). */
#define NOFACT (-1)
#define MAXF 12   /* facts in one table row */

/* One fact as a table row: the k-th occurrence (from 0) of num in the text,
 * its value, qualifier, unit and category; the rest is optional. */
typedef struct tfact {
    const char *num;
    int k;
    double v;
    tally_qualifier q;
    const char *unit, *cat;
    const char *noun, *date, *modality;   /* NULL: "" */
    int bounds;                           /* lo and hi as given (else NAN) */
    double lo, hi;
    int note, para;                       /* endnote cited, paragraph (0: none) */
    int bare;                             /* the mention is the number alone */
} tfact;

/* A number to compare: on, the value, and how far off it may be (0: exact). */
typedef struct tnum {
    int on;
    double v, tol;
} tnum;
#define EQ(x) {1, (x), 0}
#define NEAR(x, t) {1, (x), (t)}

/* Assert got is want's value (when want is on). */
static inline void tnum_check(double got, tnum want)
{
    if (want.on)
        assert_true(fabs(got - want.v) <= want.tol);
}

/* The index into facts->v of fact id (NOFACT: TALLY_NO_FACT). */
static inline size_t fact_ix(int id)
{
    return id == NOFACT ? TALLY_NO_FACT : (size_t)(id - 1);
}

/* A copy of s, or of "" when s is NULL. */
static inline char *str_or_empty(const char *s)
{
    return xstrdup(s ? s : "");
}

/* Add the fact row s over text to f and return its index. */
static inline size_t tfact_add(tally_facts *f, const char *text, const tfact *s)
{
    const char *p = text;
    for (int i = 0; i <= s->k; i++) {
        p = strstr(i ? p + 1 : p, s->num);
        assert_non_null(p);
    }
    assert_int_equal(grow_array((void **)&f->v, &f->cap, f->n + 1, sizeof *f->v), 0);
    tally_fact *x = &f->v[f->n];
    memset(x, 0, sizeof *x);
    x->id = (long)f->n + 1;
    x->tstart = x->start = (size_t)(p - text);
    x->tend = x->end = x->tstart + strlen(s->num);
    x->value = s->v;
    x->low = s->bounds ? s->lo : NAN;
    x->high = s->bounds ? s->hi : NAN;
    x->qual = s->q;
    x->note = s->note;
    x->para = s->para;
    x->unit = str_or_empty(s->unit);
    x->category = str_or_empty(s->cat);
    x->number_text = xstrdup(s->num);
    x->noun = str_or_empty(s->noun);
    x->mention = str_or_empty(s->bare ? s->num : NULL);
    x->actor = xstrdup("");
    x->date = str_or_empty(s->date);
    x->modality = str_or_empty(s->modality);
    x->source = xstrdup("");
    x->sentence = xstrdup("");
    x->explain = xstrdup("");
    return f->n++;
}

/* Add every row of s (up to the first without num); return how many. */
static inline size_t tfact_add_all(tally_facts *f, const char *text, const tfact *s)
{
    size_t n = 0;
    while (n < MAXF && s[n].num)
        tfact_add(f, text, &s[n++]);
    return n;
}

#endif
