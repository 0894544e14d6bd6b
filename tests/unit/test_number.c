/*
 * test_number.c - unit tests for the number recogniser (number.c): values,
 * bounds, qualifiers, kinds and spans on short sentences written for these
 * tests, plus negative cases (years, dates, ordinals, designations, markers,
 * references, the pronoun "one", identifiers) and a check on the seed
 * article when ../shared is present.  Every expected value was worked out by
 * hand from the sentence.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tally/lexicon.h"
#include "tally/number.h"

static tally_lexicon *lex;

static int setup(void **state)
{
    (void)state;
    tally_error err;
    return tally_lexicon_load_dir(tally_lexicon_default_dir(), &lex, &err) == TALLY_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    tally_lexicon_free(lex);
    return 0;
}

typedef struct found {
    tally_number *v;
    size_t n;
    const char *text;
} found;

/* Run the recogniser over the whole of text. */
static found run(const char *text)
{
    found f = {NULL, 0, text};
    tally_error err;
    assert_int_equal(tally_numbers_find(text, 0, strlen(text), lex, &f.v, &f.n, &err), TALLY_OK);
    /* results sorted, not overlapping, inside the span */
    for (size_t i = 0; i < f.n; i++) {
        assert_true(f.v[i].start < f.v[i].end);
        assert_true(f.v[i].end <= strlen(text));
        if (i > 0)
            assert_true(f.v[i - 1].end <= f.v[i].start);
    }
    return f;
}

/* The result whose span is exactly the text span (the first occurrence of
 * span in the sentence), or fail. */
static const tally_number *get(const found *f, const char *span)
{
    const char *p = strstr(f->text, span);
    assert_non_null(p);
    size_t s = (size_t)(p - f->text), e = s + strlen(span);
    for (size_t i = 0; i < f->n; i++)
        if (f->v[i].start == s && f->v[i].end == e)
            return &f->v[i];
    for (size_t i = 0; i < f->n; i++)
        print_message("  have [%.*s] %s\n", (int)(f->v[i].end - f->v[i].start),
                      f->text + f->v[i].start, tally_number_kind_name(f->v[i].kind));
    fail_msg("no result spans '%s' in '%s'", span, f->text);
    return NULL;
}

/* 1 when a and b are equal, or both NaN. */
static int same(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return fabs(a - b) < 1e-6 * (fabs(b) > 1 ? fabs(b) : 1);
}

/* Check one result of sentence text: span, kind, qualifier, value, low, high. */
static void check(const char *text, const char *span, tally_number_kind kind,
                  tally_qualifier q, double v, double lo, double hi)
{
    found f = run(text);
    const tally_number *x = get(&f, span);
    if (x->kind != kind || x->qual != q || !same(x->value, v) || !same(x->low, lo) ||
        !same(x->high, hi)) {
        print_message("'%s' in '%s': kind %s qual %s value %g low %g high %g\n", span, text,
                      tally_number_kind_name(x->kind), tally_qualifier_name(x->qual), x->value,
                      x->low, x->high);
        fail();
    }
    free(f.v);
}

/* A figure, exact: value = low = high. */
static void fig(const char *text, const char *span, double v)
{
    check(text, span, TALLY_NK_FIGURE, TALLY_Q_EXACT, v, v, v);
}

/* No figure at all in text. */
static void no_figure(const char *text)
{
    found f = run(text);
    for (size_t i = 0; i < f.n; i++)
        if (f.v[i].kind == TALLY_NK_FIGURE)
            fail_msg("unexpected figure [%.*s] in '%s'", (int)(f.v[i].end - f.v[i].start),
                     text + f.v[i].start, text);
    free(f.v);
}

/* The unit the expression carries. */
static void unit_is(const char *text, const char *span, const char *unit)
{
    found f = run(text);
    assert_string_equal(get(&f, span)->unit, unit);
    free(f.v);
}

static void test_digits(void **state)
{
    (void)state;
    fig("The depot held 1,300 crates.", "1,300", 1300);
    fig("They counted 6,826 shells.", "6,826", 6826);
    fig("A ration of 2.5 kilograms was issued.", "2.5", 2.5);
    fig("Only 0.75 of the fuel remained.", "0.75", 0.75);
    fig("The city had 1,250,000 inhabitants.", "1,250,000", 1250000);
    fig("The mill ground 40 000 sacks.", "40 000", 40000);
    fig("It weighed .25 of a pound.", ".25", 0.25);
}

static void test_words(void **state)
{
    (void)state;
    fig("The fleet lost eleven ships.", "eleven", 11);
    fig("The corps had two hundred trucks.", "two hundred", 200);
    fig("We saw twenty-one gliders.", "twenty-one", 21);
    fig("The town fed two million refugees.", "two million", 2e6);
    fig("He bought a dozen mules.", "a dozen", 12);
    fig("They shipped half a million rifles.", "half a million", 5e5);
    fig("It took one and a half days.", "one and a half", 1.5);
    fig("She wrote a hundred letters.", "a hundred", 100);
    fig("The army had three hundred and forty guns.", "three hundred and forty", 340);
    fig("The port moved two and a half million tons.", "two and a half million", 2.5e6);
    fig("A depot of five thousand two hundred barrels burned.", "five thousand two hundred",
        5200);
    no_figure("They drew up a plan.");
    no_figure("Several ships and a few barges sank, and many men swam ashore.");
}

static void test_scaled_and_money(void **state)
{
    (void)state;
    fig("The budget rose to 2.5bn this year.", "2.5bn", 2.5e9);
    fig("The debt reached $650 million by then.", "$650 million", 6.5e8);
    fig("The fee was \xC2\xA3" "3.5m in all.", "\xC2\xA3" "3.5m", 3.5e6);
    fig("The loan was US$ 3 billion.", "US$ 3 billion", 3e9);
    check("Some 3 million people fled.", "Some 3 million", TALLY_NK_FIGURE, TALLY_Q_APPROX, 3e6,
          3e6, 3e6);
    fig("The grant was \xE2\x82\xAC" "40 each.", "\xE2\x82\xAC" "40", 40);
    fig("It cost \\$650 million.", "\\$650 million", 6.5e8);
    unit_is("The debt reached $650 million by then.", "$650 million", "USD");
    unit_is("The fee was \xC2\xA3" "3.5m in all.", "\xC2\xA3" "3.5m", "GBP");
    unit_is("The grant was \xE2\x82\xAC" "40 each.", "\xE2\x82\xAC" "40", "EUR");
    unit_is("The loan was US$ 3 billion.", "US$ 3 billion", "USD");
    unit_is("They paid 200 USD for it.", "200 USD", "USD");
    /* "dollars" is a noun for the context stage: no unit on the number */
    unit_is("They paid 200 dollars for it.", "200", "");
    check("A loss of about $650 million followed.", "about $650 million", TALLY_NK_FIGURE,
          TALLY_Q_APPROX, 6.5e8, 6.5e8, 6.5e8);
}

static void test_ranges(void **state)
{
    (void)state;
    check("There were 350 to 400 guns.", "350 to 400", TALLY_NK_FIGURE, TALLY_Q_RANGE, 375, 350,
          400);
    check("Speeds of 1,000-1,100 knots were claimed.", "1,000-1,100", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 1050, 1000, 1100);
    check("Speeds of 1,000\xE2\x80\x93" "1,100 knots were claimed.", "1,000\xE2\x80\x93" "1,100",
          TALLY_NK_FIGURE, TALLY_Q_RANGE, 1050, 1000, 1100);
    check("It needed three to four weeks.", "three to four", TALLY_NK_FIGURE, TALLY_Q_RANGE, 3.5,
          3, 4);
    check("Send two or three boats.", "two or three", TALLY_NK_FIGURE, TALLY_Q_RANGE, 2.5, 2, 3);
    check("The unit had between 120 and 150 men.", "between 120 and 150", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 135, 120, 150);
    check("Crews of from 10 to 20 sailors served.", "from 10 to 20", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 15, 10, 20);
    check("The works employed 5 to 6 thousand hands.", "5 to 6 thousand", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 5500, 5000, 6000);
    check("It needed one and a half to two months.", "one and a half to two", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 1.75, 1.5, 2);
    /* "or" between two scaled numbers is one estimate even when far apart */
    check("He could lose fifty thousand or one million men.", "fifty thousand or one million",
          TALLY_NK_FIGURE, TALLY_Q_RANGE, 525000, 50000, 1e6);
    check("The levy might bring ten thousand or two hundred thousand recruits.",
          "ten thousand or two hundred thousand", TALLY_NK_FIGURE, TALLY_Q_RANGE, 105000, 10000,
          200000);
    /* a change is not a range; a big jump with "or" is two figures */
    fig("Prices rose 6% to 164 pence.", "164", 164);
    fig("Pick one or 20 men.", "20", 20);
    fig("It cost 2 thousand or 900 thousand francs.", "2 thousand", 2000);
    fig("It cost 2 thousand or 900 thousand francs.", "900 thousand", 900000);
}

/* After a verb of change, "by X to Y" is the change and the new level when
 * X carries its own scale word or Y is more than three times X; a close
 * pair stays a range of the change, and "from A to B" stays one range. */
static void test_change_by(void **state)
{
    (void)state;
    const char *cut = "The council cut the grant by 120 million to 480 million florins.";
    fig(cut, "120 million", 1.2e8);
    fig(cut, "480 million", 4.8e8);
    const char *rose = "The battalion's strength rose by 40 to 610 men in March.";
    fig(rose, "40", 40);
    fig(rose, "610", 610);
    const char *money = "Spending was raised by $12 billion to $95 billion.";
    fig(money, "$12 billion", 1.2e10);
    fig(money, "$95 billion", 9.5e10);
    unit_is(money, "$95 billion", "USD");
    /* a few words between the verb and "by" */
    const char *far = "The ministry reduced the yearly quota by 15 to 90 wagons.";
    fig(far, "15", 15);
    fig(far, "90", 90);
    check("The yard slashed its staff by about 300 to 1,100 workers.", "about 300",
          TALLY_NK_FIGURE, TALLY_Q_APPROX, 300, 300, 300);
    fig("The yard slashed its staff by about 300 to 1,100 workers.", "1,100", 1100);
    /* a close pair after "by" is how much it changed, one range */
    check("Rations dropped by 2 to 3 ounces a day.", "2 to 3", TALLY_NK_FIGURE, TALLY_Q_RANGE,
          2.5, 2, 3);
    check("Fares increased by 10 to 15 per cent.", "10 to 15 per cent", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 12.5, 10, 15);
    /* no verb of change before "by": a range */
    check("The pass was held by 30 to 250 militiamen.", "30 to 250", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 140, 30, 250);
    /* the verb is in another clause */
    check("Output fell; it was carried by 30 to 250 carts.", "30 to 250", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 140, 30, 250);
    /* "from A to B" after a verb of change is the old and the new level: two
     * figures (verify reads them as a change) */
    fig("Exports rose from 40 to 90 crates a week.", "40", 40);
    fig("Exports rose from 40 to 90 crates a week.", "90", 90);
    fig("The garrison grew by 200 from 300 to 500 men.", "300", 300);
    fig("The garrison grew by 200 from 300 to 500 men.", "500", 500);
    fig("The garrison grew by 200 from 300 to 500 men.", "200", 200);
    /* "brought ... from A to B" sets a new level; the verb may stand ten
     * words back when a period comes between ("rose by half between 1931
     * and this year, from ...") */
    fig("The loan brought the town's pumps from 80 to 215.", "80", 80);
    fig("The loan brought the town's pumps from 80 to 215.", "215", 215);
    fig("Output rose by half between 1931 and this year, from 12,000 to 18,000 pairs.",
        "12,000", 12000);
    fig("Output rose by half between 1931 and this year, from 12,000 to 18,000 pairs.",
        "18,000", 18000);
    /* with no verb of change it stays one range */
    check("Estimates ranged from 40 to 90 crates a week.", "from 40 to 90", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 65, 40, 90);
    /* a range of a count elsewhere is untouched */
    check("The wing flew 350 to 400 Sabres.", "350 to 400", TALLY_NK_FIGURE, TALLY_Q_RANGE,
          375, 350, 400);
}

static void test_bounds(void **state)
{
    (void)state;
    check("Some 28 barges arrived.", "Some 28", TALLY_NK_FIGURE, TALLY_Q_APPROX, 28, 28, 28);
    check("They had about 90 carts.", "about 90", TALLY_NK_FIGURE, TALLY_Q_APPROX, 90, 90, 90);
    check("The repair took not quite three weeks.", "not quite three", TALLY_NK_FIGURE,
          TALLY_Q_APPROX, 3, 3, 3);
    check("It lasted around 40 days.", "around 40", TALLY_NK_FIGURE, TALLY_Q_APPROX, 40, 40, 40);
    check("roughly 12 mules died", "roughly 12", TALLY_NK_FIGURE, TALLY_Q_APPROX, 12, 12, 12);
    check("approximately 70 boats", "approximately 70", TALLY_NK_FIGURE, TALLY_Q_APPROX, 70, 70,
          70);
    check("for nearly three years", "nearly three", TALLY_NK_FIGURE, TALLY_Q_APPROX, 3, 3, 3);
    check("for almost five years", "almost five", TALLY_NK_FIGURE, TALLY_Q_APPROX, 5, 5, 5);
    /* "nearer" and "closer to" a figure: an estimate, the word in the span */
    check("The clerks thought it nearer a dozen.", "nearer a dozen", TALLY_NK_FIGURE,
          TALLY_Q_APPROX, 12, 12, 12);
    check("The true loss was closer to 300 carts.", "closer to 300", TALLY_NK_FIGURE,
          TALLY_Q_APPROX, 300, 300, 300);
    check("over 500 wagons", "over 500", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 500, 500, NAN);
    /* "over" before a duration after a figure, a noun or a comma opens a
     * period; after a verb or preposition it is a bound */
    check("They paid 90 million over four years.", "four", TALLY_NK_FIGURE, TALLY_Q_EXACT, 4, 4,
          4);
    check("The herd grew to 900 cattle over six months.", "six", TALLY_NK_FIGURE, TALLY_Q_EXACT,
          6, 6, 6);
    check("Over two weeks, the mill ground flour.", "two", TALLY_NK_FIGURE, TALLY_Q_EXACT, 2, 2,
          2);
    check("The siege lasted over four years.", "over four", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 4,
          4, NAN);
    check("They waited for over two months.", "over two", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 2,
          2, NAN);
    check("well over three years", "well over three", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 3, 3,
          NAN);
    /* "a little" and "slightly" before "over"/"under" belong to the bound */
    check("The yard built a little over 30 tugs.", "a little over 30", TALLY_NK_FIGURE,
          TALLY_Q_AT_LEAST, 30, 30, NAN);
    check("It held a little under 700 tons.", "a little under 700", TALLY_NK_FIGURE,
          TALLY_Q_AT_MOST, 700, NAN, 700);
    check("They lost slightly under 20 carts.", "slightly under 20", TALLY_NK_FIGURE,
          TALLY_Q_AT_MOST, 20, NAN, 20);
    /* a word in "-ing" may stand between the number and the duration */
    fig("The gangs laid 0.5 km a day over 208 working days.", "208", 208);
    check("The siege lasted over 200 working days.", "over 200", TALLY_NK_FIGURE,
          TALLY_Q_AT_LEAST, 200, 200, NAN);
    check("more than 1,000 porters", "more than 1,000", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 1000,
          1000, NAN);
    check("at least eight cranes", "at least eight", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 8, 8,
          NAN);
    check("no fewer than 30 scouts", "no fewer than 30", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 30, 30,
          NAN);
    check("fewer than 20 horses", "fewer than 20", TALLY_NK_FIGURE, TALLY_Q_AT_MOST, 20, NAN, 20);
    check("less than 15 tons", "less than 15", TALLY_NK_FIGURE, TALLY_Q_AT_MOST, 15, NAN, 15);
    check("at most six rafts", "at most six", TALLY_NK_FIGURE, TALLY_Q_AT_MOST, 6, NAN, 6);
    check("up to 100 lorries", "up to 100", TALLY_NK_FIGURE, TALLY_Q_AT_MOST, 100, NAN, 100);
    /* "as few as", "as little as": the low extreme, a lower bound */
    check("in as little as four weeks", "as little as four", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST,
          4, 4, NAN);
    check("as few as 12 riders", "as few as 12", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 12, 12, NAN);
    check("as many as 100 gliders", "as many as 100", TALLY_NK_FIGURE, TALLY_Q_AT_MOST, 100, NAN,
          100);
    check("no more than 150 miles away", "no more than 150", TALLY_NK_FIGURE, TALLY_Q_AT_MOST,
          150, NAN, 150);
    check("some 3,000-odd recruits", "some 3,000-odd", TALLY_NK_FIGURE, TALLY_Q_APPROX, 3000,
          3000, 3000);
    check("a 3,000-odd garrison", "3,000-odd", TALLY_NK_FIGURE, TALLY_Q_APPROX, 3000, 3000,
          3000);
    check("a 200-plus convoy", "200-plus", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 200, 200, NAN);
    check("a force of 40 or more", "40 or more", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 40, 40,
          NAN);
    /* a word of payment or spreading earlier in the clause makes "over" +
     * duration a period even after a verb or a plain noun */
    check("The debt was payable over six years.", "six", TALLY_NK_FIGURE, TALLY_Q_EXACT, 6, 6,
          6);
    check("The loan was repaid over nine years.", "nine", TALLY_NK_FIGURE, TALLY_Q_EXACT, 9, 9,
          9);
    check("It was paid in salt and copper over 20 years.", "20", TALLY_NK_FIGURE, TALLY_Q_EXACT,
          20, 20, 20);
    check("The cost was spread over three months.", "three", TALLY_NK_FIGURE, TALLY_Q_EXACT, 3,
          3, 3);
    /* not across a clause boundary */
    check("They were paid, and the strike lasted over two weeks.", "over two", TALLY_NK_FIGURE,
          TALLY_Q_AT_LEAST, 2, 2, NAN);
}

static void test_fractions_percent(void **state)
{
    (void)state;
    check("One third of the shells missed.", "One third", TALLY_NK_FIGURE, TALLY_Q_RATIO,
          1.0 / 3, 1.0 / 3, 1.0 / 3);
    check("They lost two-thirds of the herd.", "two-thirds", TALLY_NK_FIGURE, TALLY_Q_RATIO,
          2.0 / 3, 2.0 / 3, 2.0 / 3);
    check("About three-quarters survived.", "About three-quarters", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.75, 0.75, 0.75);
    check("A fifth of the grain rotted.", "A fifth", TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.2, 0.2,
          0.2);
    check("They kept half of the mules.", "half", TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.5, 0.5, 0.5);
    check("Only one in four letters arrived.", "one in four", TALLY_NK_FIGURE, TALLY_Q_RATIO,
          0.25, 0.25, 0.25);
    /* a bound before "one in N" opens one side, as before "half" */
    check("As many as one in ten crates leaked.", "As many as one in ten", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.1, NAN, 0.1);
    check("More than one in five carts broke.", "More than one in five", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.2, 0.2, NAN);
    check("About one in five carts broke.", "About one in five", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.2, 0.2, 0.2);
    /* a noun of two words between "one" and "in" */
    check("About one heavy gun in four was lost.", "About one heavy gun in four",
          TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.25, 0.25, 0.25);
    check("Only one field kitchen in ten worked.", "one field kitchen in ten", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.1, 0.1, 0.1);
    check("Only sixty to seventy percent got through.", "sixty to seventy percent",
          TALLY_NK_FIGURE, TALLY_Q_RATIO, 65, 60, 70);
    check("Tax rose by 40 per cent last year.", "40 per cent", TALLY_NK_FIGURE, TALLY_Q_RATIO,
          40, 40, 40);
    check("A 15-20% cut followed.", "15-20%", TALLY_NK_FIGURE, TALLY_Q_RATIO, 17.5, 15, 20);
    check("A cut of 15 to 20 per cent followed.", "15 to 20 per cent", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 17.5, 15, 20);
    check("Fuel fell 12.5 percent.", "12.5 percent", TALLY_NK_FIGURE, TALLY_Q_RATIO, 12.5, 12.5,
          12.5);
    unit_is("Tax rose by 40 per cent last year.", "40 per cent", "percent");
    unit_is("A 15-20% cut followed.", "15-20%", "percent");
    unit_is("One third of the shells missed.", "One third", "");
    /* "a third" before a noun is an ordinal */
    check("They built a third airfield.", "third", TALLY_NK_ORDINAL, TALLY_Q_EXACT, 3, 3, 3);
    /* "one in five" after a pronoun-making word is still a fraction */
    check("Of the 80 mules, of which one in five went lame.", "one in five", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.2, 0.2, 0.2);
    /* idiomatic ratios with "out of" and "every" */
    check("Nine out of ten sappers volunteered.", "Nine out of ten", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.9, 0.9, 0.9);
    check("One out of every five lorries broke down.", "One out of every five", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.2, 0.2, 0.2);
    check("Roughly one in every eight shells was a dud.", "Roughly one in every eight",
          TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.125, 0.125, 0.125);
    check("Some 19 out of 20 rifles fired.", "Some 19 out of 20", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.95, 0.95, 0.95);
    check("Only 3 out of 100 crates arrived.", "3 out of 100", TALLY_NK_FIGURE, TALLY_Q_RATIO,
          0.03, 0.03, 0.03);
    /* no counted noun after the whole: still one fraction */
    check("In the end 150 out of 240 were saved.", "150 out of 240", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.625, 0.625, 0.625);
    check("Which one in the row was it?", "one", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    /* the word "one" over a denominator in digits; not before a noun */
    check("Of the 880 mules, 40 died, about one in 22.", "about one in 22", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 1.0 / 22, 1.0 / 22, 1.0 / 22);
    fig("There was one in 12 villages.", "12", 12);
    /* "quarter" is never an ordinal: a fraction even before a verb */
    check("Of the grain, a quarter spoiled.", "a quarter", TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.25,
          0.25, 0.25);
    check("The barley came late, and a quarter rotted in the sheds.", "a quarter",
          TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.25, 0.25, 0.25);
    /* "half" with no noun: a fraction of something named before */
    check("The debt was split, half as a gift and half as a credit.", "half", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.5, 0.5, 0.5);
    check("Of the ponies, half were lame.", "half", TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.5, 0.5,
          0.5);
    check("The ration was cut by half.", "half", TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.5, 0.5, 0.5);
    check("They asked for 800 mules and got half that number.", "half", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 0.5, 0.5, 0.5);
    check("The depot lost half this stock in a week.", "half", TALLY_NK_FIGURE, TALLY_Q_RATIO,
          0.5, 0.5, 0.5);
    no_figure("They worked through the first half of the winter.");
    no_figure("The herd was cut in half.");
    no_figure("They had half as many mules.");
    no_figure("He drove a half-track.");
    no_figure("It was a half-hearted attempt.");
}

static void test_negative_and_vulgar(void **state)
{
    (void)state;
    fig("The mercury fell to -12 overnight.", "-12", -12);
    fig("It stood at minus 30 for a week.", "minus 30", -30);
    fig("The balance was negative four.", "negative four", -4);
    fig("It read \xE2\x88\x92" "7 at dawn.", "\xE2\x88\x92" "7", -7);
    check("It swung from -5 to 10 degrees.", "from -5 to 10", TALLY_NK_FIGURE, TALLY_Q_RANGE, 2.5,
          -5, 10);
    /* a hyphen inside a range or a spaced dash is no minus sign */
    check("Convoys of 10-20 ships sailed.", "10-20", TALLY_NK_FIGURE, TALLY_Q_RANGE, 15, 10, 20);
    fig("The losses - 40 ships - were heavy.", "40", 40);
    /* "half million", "a quarter million": scaled numbers */
    fig("It cost half million francs.", "half million", 500000);
    fig("They shipped a quarter million tons.", "a quarter million", 250000);
    /* vulgar fractions */
    fig("The 2\xC2\xBD divisions marched.", "2\xC2\xBD", 2.5);
    fig("They marched \xC2\xBE mile.", "\xC2\xBE", 0.75);
    check("Some \xE2\x85\x93 of them deserted.", "Some \xE2\x85\x93", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 1.0 / 3, 1.0 / 3, 1.0 / 3);
}

static void test_vague(void **state)
{
    (void)state;
    check("Hundreds of sorties were flown.", "Hundreds", TALLY_NK_FIGURE, TALLY_Q_VAGUE, 200, 200,
          NAN);
    check("It drew tens of thousands of pilgrims.", "tens of thousands", TALLY_NK_FIGURE,
          TALLY_Q_VAGUE, 20000, 20000, NAN);
    check("Thousands fled the valley.", "Thousands", TALLY_NK_FIGURE, TALLY_Q_VAGUE, 2000, 2000,
          NAN);
    check("They sent millions of leaflets.", "millions", TALLY_NK_FIGURE, TALLY_Q_VAGUE, 2e6, 2e6,
          NAN);
    check("Dozens of carts broke.", "Dozens", TALLY_NK_FIGURE, TALLY_Q_VAGUE, 24, 24, NAN);
    check("several hundred boats", "several hundred", TALLY_NK_FIGURE, TALLY_Q_VAGUE, 300, 300,
          NAN);
}

static void test_years(void **state)
{
    (void)state;
    check("The depot opened in 1950.", "1950", TALLY_NK_YEAR, TALLY_Q_EXACT, 1950, 1950, 1950);
    check("Trade grew during 1951 and 1952.", "1952", TALLY_NK_YEAR, TALLY_Q_EXACT, 1952, 1952,
          1952);
    check("The 1950-51 winter was cold.", "1950-51", TALLY_NK_YEAR, TALLY_Q_RANGE, 1950, 1950,
          1951);
    check("Between 1950-1953 the port grew.", "1950-1953", TALLY_NK_YEAR, TALLY_Q_RANGE, 1950,
          1950, 1953);
    check("It failed in the 1940s.", "1940s", TALLY_NK_YEAR, TALLY_Q_RANGE, 1940, 1940, 1949);
    check("In the winter of 1988/89 it froze.", "1988/89", TALLY_NK_YEAR, TALLY_Q_RANGE, 1988,
          1988, 1989);
    check("By mid-1953 it was over.", "1953", TALLY_NK_YEAR, TALLY_Q_EXACT, 1953, 1953, 1953);
    check("It opened in March 1951 to traffic.", "1951", TALLY_NK_YEAR, TALLY_Q_EXACT, 1951, 1951,
          1951);
    check("since 1919, the firm", "1919", TALLY_NK_YEAR, TALLY_Q_EXACT, 1919, 1919, 1919);
    /* a counted noun after it makes it a figure */
    fig("The ships carried 2000 tons of coal.", "2000", 2000);
    fig("The column of 1500 men halted.", "1500", 1500);
    check("It needed 1500-2000 porters.", "1500-2000", TALLY_NK_FIGURE, TALLY_Q_RANGE, 1750,
          1500, 2000);
    no_figure("The treaty of 1951 held until 1953.");
    /* a plural-looking verb after it is no counted noun */
    check("The return for 1962 includes 14 wagons.", "1962", TALLY_NK_YEAR, TALLY_Q_EXACT, 1962,
          1962, 1962);
    fig("The return for 1962 includes 14 wagons.", "14", 14);
    /* a singular count noun after it: the year of a plan, not a count */
    check("The depot met half of the 1948 target.", "1948", TALLY_NK_YEAR, TALLY_Q_EXACT, 1948,
          1948, 1948);
    check("Its 1956 plan was cut.", "1956", TALLY_NK_YEAR, TALLY_Q_EXACT, 1956, 1956, 1956);
    /* a measure noun keeps the figure: "a 1200 mile trek" */
    fig("They made a 1200 mile trek.", "1200", 1200);
}

/* A four-digit number after "the end of", "the spring of", "May of" is a
 * year even when a plural noun follows; after "the rest of" only when no
 * counted noun follows. */
/* "Name N" after a comma or "and" in a list whose first entry follows a
 * past verb is a figure of a gapped list, not a designation; a repeated
 * name ("Hill 201, Hill 305") or no verb before keeps the designation. */
static void test_gapped_entry(void **state)
{
    (void)state;
    const char *list = "That winter Ardley shipped 52 crates a week, Morwick 18 and Pelt 9.";
    fig(list, "18", 18);
    fig(list, "9", 9);
    check("The brigade took 40 prisoners, Hill 201 and Hill 305.", "Hill 201",
          TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 201, 201, 201);
    check("The brigade took 40 prisoners, Hill 201 and Hill 305.", "Hill 305",
          TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 305, 305, 305);
    check("The roads past Hill 201 were mined.", "Hill 201", TALLY_NK_DESIGNATION,
          TALLY_Q_EXACT, 201, 201, 201);
    check("The depot was near Camp 12, and Route 9 ran beside it.", "Route 9",
          TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 9, 9, 9);
}

/* "half" after "by" and a verb of change, whatever follows it; entries of
 * a list opened by a colon and "Name N <noun>" are figures. */
static void test_change_half_colon_list(void **state)
{
    (void)state;
    check("Wool output rose by half between 1936 and 1939, from 200 to 300 bales.", "half",
          TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.5, 0.5, 0.5);
    check("The price of salt rose by about half over those two winters.", "about half",
          TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.5, 0.5, 0.5);
    no_figure("The grain was shared half and half between the towns.");
    const char *list = "The four mills cut each month: Arlow 700 tons, Benn 500, Coll 300 and "
                       "Dunn 200.";
    fig(list, "500", 500);
    fig(list, "300", 300);
    fig(list, "200", 200);
    check("The guns stood on two heights: Hill 201 and Hill 305.", "Hill 305",
          TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 305, 305, 305);
}

static void test_year_after_period_of(void **state)
{
    (void)state;
    check("From June 1942 to the end of 1943 shipments averaged 300 a week.", "1943",
          TALLY_NK_YEAR, TALLY_Q_EXACT, 1943, 1943, 1943);
    check("Until the close of 1917 trains ran nightly.", "1917", TALLY_NK_YEAR, TALLY_Q_EXACT,
          1917, 1917, 1917);
    check("In the spring of 1940 lorries were scarce.", "1940", TALLY_NK_YEAR, TALLY_Q_EXACT,
          1940, 1940, 1940);
    check("By the middle of 1916 convoys sailed weekly.", "1916", TALLY_NK_YEAR, TALLY_Q_EXACT,
          1916, 1916, 1916);
    check("In May of 1945 depots emptied.", "1945", TALLY_NK_YEAR, TALLY_Q_EXACT, 1945, 1945,
          1945);
    check("For the rest of 1944 the line was quiet.", "1944", TALLY_NK_YEAR, TALLY_Q_EXACT, 1944,
          1944, 1944);
    fig("The rest of 1200 men marched north.", "1200", 1200);
    fig("The end of 300 lorries came at the river.", "300", 300);
}

static void test_dates_times(void **state)
{
    (void)state;
    check("On 15 March the rain began.", "15 March", TALLY_NK_DATE, TALLY_Q_EXACT, 15, 15, 15);
    check("By March 15 the rain stopped.", "March 15", TALLY_NK_DATE, TALLY_Q_EXACT, 15, 15, 15);
    check("He left on 1 April 1951 at dawn.", "1 April 1951", TALLY_NK_DATE, TALLY_Q_EXACT, 1, 1,
          1);
    check("the 22nd of May", "22nd of May", TALLY_NK_DATE, TALLY_Q_EXACT, 22, 22, 22);
    check("letters of 25 and 28 March 1951", "25", TALLY_NK_DATE, TALLY_Q_EXACT, 25, 25, 25);
    check("They met at 10:30 in the hall.", "10:30", TALLY_NK_TIME, TALLY_Q_EXACT, 10.5, 10.5,
          10.5);
    found f = run("He left on 1 April 1951 at dawn.");
    const tally_number *d = get(&f, "1 April 1951");
    assert_int_equal(d->year, 1951);
    assert_int_equal(d->month, 4);
    assert_int_equal(d->day, 1);
    free(f.v);
    no_figure("On 4 December 1950 and on 30 October the council met.");
    check("The may pole stood near the March 15 line.", "March 15", TALLY_NK_DATE,
          TALLY_Q_EXACT, 15, 15, 15);
}

static void test_ordinals_designations(void **state)
{
    (void)state;
    check("the 38th regiment", "38th", TALLY_NK_ORDINAL, TALLY_Q_EXACT, 38, 38, 38);
    check("in the fourth phase", "fourth", TALLY_NK_ORDINAL, TALLY_Q_EXACT, 4, 4, 4);
    check("the first convoy", "first", TALLY_NK_ORDINAL, TALLY_Q_EXACT, 1, 1, 1);
    check("the twenty-first day", "twenty-first", TALLY_NK_ORDINAL, TALLY_Q_EXACT, 21, 21, 21);
    check("Ten MiG-15s flew.", "MiG-15s", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 15, 15, 15);
    check("A Tu-2 crashed.", "Tu-2", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 2, 2, 2);
    check("An F-86A landed.", "F-86A", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 86, 86, 86);
    check("Six B-29s bombed it.", "B-29s", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 29, 29, 29);
    check("He drove a Type 59 tank.", "Type 59", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 59, 59, 59);
    check("the pilots of No. 77 Squadron", "No. 77", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 77, 77,
          77);
    check("They took Hill 304 at night.", "Hill 304", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 304,
          304, 304);
    fig("Ten MiG-15s flew.", "Ten", 10);
    /* a sub-variant glued by a hyphen or slash belongs to the designation */
    check("The yard built 30 Type 63-2 boats.", "Type 63-2", TALLY_NK_DESIGNATION,
          TALLY_Q_EXACT, 63, 63, 63);
    fig("The yard built 30 Type 63-2 boats.", "30", 30);
    no_figure("Crews liked the Type 63-2 and the T-44-100 and the M1938/41.");
    no_figure("The Il-10 and La-9 and Yak-9 and T-34 were old.");
    no_figure("The 38th Army and the 4th division held.");
}

/* Calibres and gauges are designations, never figures, and never glued to
 * the count before them; a length before anything but a weapon stays a
 * measure. */
static void test_calibres(void **state)
{
    (void)state;
    check("The corps had 12 155-mm guns.", "155-mm", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 155,
          155, 155);
    fig("The corps had 12 155-mm guns.", "12", 12);
    fig("It fielded 30 75mm howitzers.", "30", 30);
    check("It fielded 30 75mm howitzers.", "75mm", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 75, 75,
          75);
    check("They kept 9 37 mm anti-tank guns.", "37 mm", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 37,
          37, 37);
    check("The battery fired 300 8-inch shells.", "8-inch", TALLY_NK_DESIGNATION, TALLY_Q_EXACT,
          8, 8, 8);
    check("Two 3-in. guns stood there.", "3-in.", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 3, 3, 3);
    check("He had 6 6-pounder guns.", "6-pounder", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 6, 6, 6);
    check("Four 25-pdrs came up.", "25-pdrs", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 25, 25, 25);
    check("Each had 4 0.50-calibre machine guns.", "0.50-calibre", TALLY_NK_DESIGNATION,
          TALLY_Q_EXACT, 0.5, 0.5, 0.5);
    fig("Each had 4 0.50-calibre machine guns.", "4", 4);
    check("The platoon had 40 .303 rifles.", ".303", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 0.303,
          0.303, 0.303);
    fig("The platoon had 40 .303 rifles.", "40", 40);
    no_figure("The 105-mm battery and the 88mm shells were new.");
    /* measures: a length before no weapon */
    fig("The plate was 80 mm thick.", "80", 80);
    fig("The rain left 2cm of water.", "2", 2);
    fig("Each hull was a 7.62mm barrel long.", "7.62", 7.62);
    fig("I count 12 in six boxes.", "12", 12);
    /* thousands grouped by a space still read as one number */
    fig("The army lost 40 000 in 1944.", "40 000", 40000);
}

/* A bore named after "<weapon> of", or coordinated with a bore before a
 * weapon, is a calibre; "at half capacity" is a fraction; "barely" loosens
 * a count. */
static void test_recall27(void **state)
{
    (void)state;
    no_figure("The brigade had guns of 76 mm and howitzers of 122 mm.");
    fig("The brigade had 36 guns of 76 mm.", "36", 36);
    no_figure("They shipped shells of 88-mm and 128-mm ammunition.");
    fig("They shipped 4,000 rounds of 88-mm and 2,000 rounds of 128-mm ammunition.", "4,000",
        4000);
    /* a length after a noun that is no weapon stays a measure */
    fig("The rainfall of 30 mm flooded the road.", "30", 30);
    check("The bakery worked at half capacity.", "half", TALLY_NK_FIGURE, TALLY_Q_RATIO, 0.5,
          0.5, 0.5);
    check("The camp held barely 9,500 people.", "barely 9,500", TALLY_NK_FIGURE, TALLY_Q_APPROX,
          9500, 9500, 9500);
}

/* Mixed fractions, "a score of", "a couple of", currency abbreviations. */
static void test_mixed_and_loose(void **state)
{
    (void)state;
    fig("The depot held 1 1/2 million rounds.", "1 1/2 million", 1.5e6);
    fig("The march took 2 3/4 days.", "2 3/4", 2.75);
    fig("A score of lorries broke down.", "A score", 20);
    check("They lost a couple of tanks.", "a couple", TALLY_NK_FIGURE, TALLY_Q_APPROX, 2, 2, 2);
    no_figure("He had a score to settle with a couple who lived there.");
    fig("The bank lent DM 40 million.", "DM 40 million", 4e7);
    unit_is("The bank lent DM 40 million.", "DM 40 million", "DEM");
    unit_is("The state gave Rs 5 crore.", "Rs 5 crore", "INR");
    unit_is("The state gave Rs. 5 crore.", "Rs. 5 crore", "INR");
    check("They built Mark 4 tanks.", "Mark 4", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 4, 4, 4);
}

/* "1/2 inch", "3/4 of": a slash fraction before a unit or "of" is a
 * number; bare or reversed ones (24/7, 9/11, a date 3/4) are not. */
static void test_slash_fraction(void **state)
{
    (void)state;
    fig("The armour plate was 1/2 inch thick.", "1/2", 0.5);
    fig("Each crew drew a 3/4-ton trailer.", "3/4", 0.75);
    fig("The column covered 2 1/2 miles.", "2 1/2", 2.5);
    found f = run("Only 1/4 of the guns fired.");
    const tally_number *x = get(&f, "1/4");
    assert_int_equal(x->kind, TALLY_NK_FIGURE);
    assert_true(x->value > 0.2499 && x->value < 0.2501);
    assert_true(x->flags & TALLY_NF_FRACTION);
    free(f.v);
    no_figure("The canteen stays open 24/7 for the guards.");
    no_figure("The clerk wrote 3/4 on the form.");
    no_figure("The 9/11 memorial stood in the square.");
}

static void test_markers_references(void **state)
{
    (void)state;
    check("as he wrote.[15] Later", "15", TALLY_NK_MARKER, TALLY_Q_EXACT, 15, 15, 15);
    check("as he wrote.^15 Later", "15", TALLY_NK_MARKER, TALLY_Q_EXACT, 15, 15, 15);
    check("Smith, Rivers (London, 1990), p. 141.", "141", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 141,
          141, 141);
    check("Smith, Rivers, pp. 128-29.", "128-29", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 128, 128,
          129);
    check("Journal of Rivers, vol. 4, no. 2.", "4", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 4, 4, 4);
    check("ISSN 1234-5678 (print)", "1234-5678", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 1234, 1234,
          5678);
    check("Rivers Review, 31(2), 45\xE2\x80\x93" "67.", "31", TALLY_NK_REFERENCE, TALLY_Q_EXACT,
          31, 31, 31);
    check("Rivers Review, 31(2), 45\xE2\x80\x93" "67.", "45\xE2\x80\x93" "67", TALLY_NK_REFERENCE,
          TALLY_Q_EXACT, 45, 45, 67);
    check("See Weekly Reports, nos. 31, 32, and 37.", "37", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 37,
          37, 37);
    check("Rivers Papers 2, p. 44.", "2", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 2, 2, 2);
    no_figure("Brown, Canals, chapter 3, table 2, fig. 7, note 12, page 407.");
    no_figure("12. Brown to Green, 3 May 1950 letter, p. 9.");
    /* "number" as a verb after a modal or an adverb counts, as a label not */
    fig("By spring the brigade will number 14 battalions.", "14", 14);
    fig("The crews now number 350 men.", "350", 350);
    check("The depot was listed as number 6 in the returns.", "6", TALLY_NK_REFERENCE,
          TALLY_Q_EXACT, 6, 6, 6);
}

static void test_pronoun_one(void **state)
{
    (void)state;
    fig("They had one bomber squadron.", "one", 1);
    fig("He sent one and a half brigades.", "one and a half", 1.5);
    check("It was one of the oldest mills.", "one", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    check("No one came to the quay.", "one", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    check("They helped one another.", "one", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    check("He picked the one that worked.", "one", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    check("Did any one of them stay?", "one", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    check("One argued that the dam would hold.", "One", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    check("The raid was a costly one.", "one", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    /* idioms of time: no count of anything */
    check("Four tugs worked the harbour at any one time.", "one", TALLY_NK_PRONOUN,
          TALLY_Q_EXACT, 1, 1, 1);
    check("At one time the mill ground flour for the whole valley.", "one", TALLY_NK_PRONOUN,
          TALLY_Q_EXACT, 1, 1, 1);
    fig("The convoy spent one time-consuming day in port.", "one", 1);
}

static void test_partitive(void **state)
{
    (void)state;
    /* "N of the M X": both are figures; "one of the" stays a pronoun */
    fig("The yard finished 231 of the 288 hulls.", "231", 231);
    fig("The yard finished 231 of the 288 hulls.", "288", 288);
    fig("Two of the three crack armies crossed.", "Two", 2);
    fig("Two of the three crack armies crossed.", "three", 3);
    fig("In 1962 the crews fitted 14,000 of 25,000 shells.", "14,000", 14000);
    fig("In 1962 the crews fitted 14,000 of 25,000 shells.", "25,000", 25000);
    fig("The crews fitted 1500 of the 2000 shells.", "1500", 1500);
    fig("Eventually 1500 of them were sent.", "1500", 1500);
    check("Some 20 of the 288 hulls rusted.", "Some 20", TALLY_NK_FIGURE, TALLY_Q_APPROX, 20, 20,
          20);
    check("One of the 40 frigates ran aground.", "One", TALLY_NK_PRONOUN, TALLY_Q_EXACT, 1, 1, 1);
    fig("One of the 40 frigates ran aground.", "40", 40);
    /* "A out of B X" with a counted noun and no ratio-like whole: a part and
     * its whole, two counts as with "of the" */
    fig("The yard finished 173 out of 264 barges.", "173", 173);
    fig("The yard finished 173 out of 264 barges.", "264", 264);
    check("By May about 70 out of 96 field guns were ready.", "about 70", TALLY_NK_FIGURE,
          TALLY_Q_APPROX, 70, 70, 70);
    fig("By May about 70 out of 96 field guns were ready.", "96", 96);
}

static void test_identifiers(void **state)
{
    (void)state;
    no_figure("See https://example.org/archive/2019/05/report42 for details.");
    no_figure("The file ref jcs22_1art06 and cell A3 and code iderudit were cited.");
    no_figure("The host 192.168.1.2 answered.");
    no_figure("He wrote on 2019-09-01 about it.");
    no_figure("The code 007 was used.");
    /* superscript footnote markers are the segmenter's business: ignored */
    fig("They lost 12 barges.\xC2\xB9 Then", "12", 12);
}

/* An ordinal word glued to a hyphenated adjective is no ordinal and ends
 * no number; "twenty-first-century" keeps its ordinal. */
static void test_ordinal_adjectives(void **state)
{
    (void)state;
    fig("They kept 40 first-line squadrons.", "40", 40);
    fig("He boasted of \"a thousand first-line aircraft\" then.", "a thousand", 1000);
    fig("They bought 30 second-hand lorries.", "30", 30);
    found f = run("The first-line units and the second-rate ones stayed.");
    assert_int_equal(f.n, 0);
    free(f.v);
    check("a twenty-first-century view", "twenty-first", TALLY_NK_ORDINAL, TALLY_Q_EXACT, 21,
          21, 21);
}

/* "above" is a lower bound, but after a counted noun it names a class;
 * "over" after a verb of spreading is a preposition; a lower-case "route"
 * before a number that a counted noun follows is no road number. */
static void test_above_spread_route(void **state)
{
    (void)state;
    check("The peaks rise above 3200 metres.", "above 3200", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST,
          3200, 3200, NAN);
    fig("A levy fell on incomes above 5000 francs.", "5000", 5000);
    fig("The sum was divided over nine budgets.", "nine", 9);
    check("The war lasted over three years.", "over three", TALLY_NK_FIGURE, TALLY_Q_AT_LEAST, 3,
          3, NAN);
    fig("The line gave the route 64 aircraft.", "64", 64);
    check("The convoy used Route 66 at night.", "Route 66", TALLY_NK_DESIGNATION,
          TALLY_Q_EXACT, 66, 66, 66);
}

/* Half of one unit, comparatives of size as bounds, a year before a
 * singular season. */
static void test_half_comparative_season(void **state)
{
    (void)state;
    fig("Oats gave half a ton less than before.", "half a", 0.5);
    fig("The ford lay half a mile downstream.", "half a", 0.5);
    no_figure("The first half a battalion crossed.");
    check("Canals wider than 40 metres were bridged.", "wider than 40", TALLY_NK_FIGURE,
          TALLY_Q_AT_LEAST, 40, 40, NAN);
    check("Tracks shorter than 3 km were left.", "shorter than 3", TALLY_NK_FIGURE,
          TALLY_Q_AT_MOST, 3, NAN, 3);
    check("Spans no longer than 9 metres held.", "no longer than 9", TALLY_NK_FIGURE,
          TALLY_Q_AT_MOST, 9, NAN, 9);
    check("In the 1951 season the fleet grew.", "1951", TALLY_NK_YEAR, TALLY_Q_EXACT, 1951,
          1951, 1951);
    fig("Repairs took 1950 days.", "1950", 1950);
    check("They asked 8 million marks over two seasons.", "two", TALLY_NK_FIGURE,
          TALLY_Q_EXACT, 2, 2, 2);
}

static void test_no_lexicon(void **state)
{
    (void)state;
    const char *t = "Some 40 carts and 2,000 men left in 1951.";
    tally_number *v;
    size_t n;
    tally_error err;
    assert_int_equal(tally_numbers_find(t, 0, strlen(t), NULL, &v, &n, &err), TALLY_OK);
    assert_int_equal(n, 3);
    assert_int_equal(v[0].qual, TALLY_Q_APPROX);
    assert_true(same(v[0].value, 40));
    assert_true(same(v[1].value, 2000));
    assert_int_equal(v[2].kind, TALLY_NK_YEAR);
    free(v);
    /* a sub-span: only numbers inside it; offsets stay document offsets */
    assert_int_equal(tally_numbers_find(t, 10, 25, NULL, &v, &n, &err), TALLY_OK);
    assert_int_equal(n, 1);
    assert_int_equal(v[0].start, 18);   /* "2,000" */
    assert_int_equal(v[0].end, 23);
    free(v);
    assert_int_equal(tally_numbers_find(t, 0, 0, NULL, &v, &n, &err), TALLY_OK);
    assert_int_equal(n, 0);
    free(v);
}

/* The seed article: a few figures and non-figures, located by short
 * strings at test time. */
static void test_seed(void **state)
{
    (void)state;
    const char *shared = getenv("SHARED");
    char path[4096];
    snprintf(path, sizeof path, "%s/seeds/000_6fe163a3ba49ee5e.txt", shared ? shared : "../shared");
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        print_message("seed article not found at %s\n", path);
        skip();
    }
    static char buf[1 << 17];
    size_t len = fread(buf, 1, sizeof buf - 1, fp);
    fclose(fp);
    buf[len] = '\0';
    tally_number *v;
    size_t n;
    tally_error err;
    assert_int_equal(tally_numbers_find(buf, 0, len, lex, &v, &n, &err), TALLY_OK);
    struct { const char *span; int kind; int q; double val; } want[] = {
        {"some two million", TALLY_NK_FIGURE, TALLY_Q_APPROX, 2e6},
        {"1,000-1,100", TALLY_NK_FIGURE, TALLY_Q_RANGE, 1050},
        {"350 to 400", TALLY_NK_FIGURE, TALLY_Q_RANGE, 375},
        {"6,826", TALLY_NK_FIGURE, TALLY_Q_EXACT, 6826},
        {"sixty to seventy percent", TALLY_NK_FIGURE, TALLY_Q_RATIO, 65},
        {"1198-8614", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 1198},
        {"1715-5673", TALLY_NK_REFERENCE, TALLY_Q_EXACT, 1715},
        {"pp. 128-29", -1, 0, 0},
        {"MiG-15s", TALLY_NK_DESIGNATION, TALLY_Q_EXACT, 15},
    };
    for (size_t w = 0; w < sizeof want / sizeof *want; w++) {
        const char *p = strstr(buf, want[w].span);
        assert_non_null(p);
        size_t s = (size_t)(p - buf), e = s + strlen(want[w].span);
        if (want[w].kind < 0) {   /* "pp. 128-29": the pages are a reference */
            s += 4;
            want[w].kind = TALLY_NK_REFERENCE;
            want[w].val = 128;
        }
        int ok = 0;
        for (size_t i = 0; i < n && !ok; i++)
            ok = v[i].start == s && v[i].end == e && (int)v[i].kind == want[w].kind &&
                 (int)v[i].qual == want[w].q && same(v[i].value, want[w].val);
        if (!ok)
            fail_msg("seed: no %s result '%s'", tally_number_kind_name(want[w].kind),
                     want[w].span);
    }
    /* no four-digit year between 1940 and 1960 is ever a figure */
    for (size_t i = 0; i < n; i++)
        if (v[i].kind == TALLY_NK_FIGURE && v[i].value >= 1940 && v[i].value <= 1960 &&
            v[i].end - v[i].start == 4)
            fail_msg("seed: year reported as a figure at %zu", v[i].start);
    free(v);
}

/* "from A to B million": the old level of a change takes the new level's
 * scale (and currency) when A has none and is close to B's number; a
 * scaled word range ("two or three million") is one range, also after
 * "some".  Values worked out by hand. */
static void test_shared_scale(void **state)
{
    (void)state;
    /* 2.0 and 2.5 million: 2.0 is 2,000,000 */
    fig("Grain output climbed from 2.0 to 2.5 million tons.", "2.0", 2e6);
    fig("Grain output climbed from 2.0 to 2.5 million tons.", "2.5 million", 2.5e6);
    /* a fall: 3 to 2.5 million, 3 is 3,000,000 */
    fig("Coal shipments fell from 3 to 2.5 million tons a year.", "3", 3e6);
    fig("Coal shipments fell from 3 to 2.5 million tons a year.", "2.5 million", 2.5e6);
    /* money: $4.1 billion to $4.6 billion */
    fig("The war budget grew from $4.1 to $4.6 billion.", "$4.1", 4.1e9);
    unit_is("The war budget grew from $4.1 to $4.6 billion.", "$4.1", "USD");
    /* the currency sign on the second end only */
    fig("Spending went from 7 to $9 million.", "7", 7e6);
    unit_is("Spending went from 7 to $9 million.", "7", "USD");
    /* words: two and three million */
    fig("The garrison rose from two to three million men.", "two", 2e6);
    /* not: 600 is far from 1.4 (more than ten times), a year, a percent */
    fig("Enrolment rose from 600 to 1.4 million pupils.", "600", 600);
    fig("Enrolment rose from 600 to 1.4 million pupils.", "1.4 million", 1.4e6);
    check("Exports fell from 1948 to 2.1 million crates.", "1948", TALLY_NK_YEAR,
          TALLY_Q_EXACT, 1948, 1948, 1948);
    /* "from 9% to 1.2 million": the percent stays a percent of its own */
    found f = run("The share went from 9% to 1.2 million.");
    const tally_number *x = get(&f, "9%");
    assert_true(same(x->value, 9));
    free(f.v);
    /* a range keeps its meaning: between 2.5 and 3 million */
    check("It cost between 2.5 and 3 million francs.", "between 2.5 and 3 million",
          TALLY_NK_FIGURE, TALLY_Q_RANGE, 2.75e6, 2.5e6, 3e6);
    /* scaled word ranges: 4 or 5 million, 2 to 3 thousand */
    check("By then four or five million mines were laid.", "four or five million",
          TALLY_NK_FIGURE, TALLY_Q_RANGE, 4.5e6, 4e6, 5e6);
    check("They laid some four or five million mines.", "some four or five million",
          TALLY_NK_FIGURE, TALLY_Q_RANGE, 4.5e6, 4e6, 5e6);
    check("About two to three thousand carts were lost.", "About two to three thousand",
          TALLY_NK_FIGURE, TALLY_Q_RANGE, 2500, 2000, 3000);
    f = run("They laid some four or five million mines.");
    assert_int_equal(get(&f, "some four or five million")->bound, TALLY_Q_APPROX);
    free(f.v);
}

/* rec61: "for 1941" before a verb is a year; verbs of change such as
 * "swelled" or "dwindled" split "from A to B" into an old and a new level. */
static void test_rec61_year_and_change(void **state)
{
    (void)state;
    check("The budget for 1938 provides 4,000 rifles.", "1938", TALLY_NK_YEAR, TALLY_Q_EXACT,
          1938, 1938, 1938);
    check("The scheme for 1952 was dropped.", "1952", TALLY_NK_YEAR, TALLY_Q_EXACT, 1952,
          1952, 1952);
    fig("They paid for 1200 rifles.", "1200", 1200);
    fig("Evacuees swelled the camp from 8,000 to 11,000 in a week.", "8,000", 8000);
    fig("Evacuees swelled the camp from 8,000 to 11,000 in a week.", "11,000", 11000);
    fig("The garrison dwindled from 900 to 300 by spring.", "900", 900);
    check("Crews of from 10 to 20 men manned them.", "from 10 to 20", TALLY_NK_FIGURE,
          TALLY_Q_RANGE, 15, 10, 20);
}

/* rec65: "the remaining third", "the other fifth" are the rest of a whole,
 * fractions; "the other third battalion" stays an ordinal. */
static void test_rec65_rest_share(void **state)
{
    (void)state;
    check("The towns paid the remaining third, in shares.", "third", TALLY_NK_FIGURE,
          TALLY_Q_RATIO, 1.0 / 3, 1.0 / 3, 1.0 / 3);
    check("The other fifth of the stock was sold.", "fifth", TALLY_NK_FIGURE, TALLY_Q_RATIO,
          0.2, 0.2, 0.2);
    check("The other third battalion marched.", "third", TALLY_NK_ORDINAL, TALLY_Q_EXACT, 3,
          3, 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_digits),
        cmocka_unit_test(test_words),
        cmocka_unit_test(test_scaled_and_money),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_change_by),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_fractions_percent),
        cmocka_unit_test(test_negative_and_vulgar),
        cmocka_unit_test(test_vague),
        cmocka_unit_test(test_years),
        cmocka_unit_test(test_dates_times),
        cmocka_unit_test(test_ordinals_designations),
        cmocka_unit_test(test_calibres),
        cmocka_unit_test(test_recall27),
        cmocka_unit_test(test_mixed_and_loose),
        cmocka_unit_test(test_slash_fraction),
        cmocka_unit_test(test_markers_references),
        cmocka_unit_test(test_pronoun_one),
        cmocka_unit_test(test_partitive),
        cmocka_unit_test(test_identifiers),
        cmocka_unit_test(test_ordinal_adjectives),
        cmocka_unit_test(test_above_spread_route),
        cmocka_unit_test(test_half_comparative_season),
        cmocka_unit_test(test_year_after_period_of),
        cmocka_unit_test(test_gapped_entry),
        cmocka_unit_test(test_change_half_colon_list),
        cmocka_unit_test(test_shared_scale),
        cmocka_unit_test(test_no_lexicon),
        cmocka_unit_test(test_rec61_year_and_change),
        cmocka_unit_test(test_rec65_rest_share),
        cmocka_unit_test(test_seed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
