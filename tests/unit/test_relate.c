/*
 * test_relate.c - the relations relate.c finds, on facts built by hand over
 * sentences written for these tests (so they do not depend on the number
 * and context stages).  Each sentence is one segment; figures are located
 * by their text.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "tally/relate.h"

/* A little document: text, one segment per sentence, facts. */
typedef struct tdoc {
    const char *text;
    tally_segments seg;
    tally_sentence sents[16];
    tally_facts facts;
    tally_lexicon *lex;
} tdoc;

/* Cut text into sentences at ". " (one paragraph each unless para is
 * given by a "\n\n"). */
static void tdoc_init(tdoc *d, const char *text)
{
    memset(d, 0, sizeof *d);
    d->text = text;
    size_t n = strlen(text), start = 0;
    int para = 1, sent = 1;
    for (size_t i = 0; i <= n; i++) {
        int end = i == n || (text[i] == '.' && (text[i + 1] == ' ' || text[i + 1] == '\n'));
        if (!end)
            continue;
        size_t e = i < n ? i + 1 : n;
        if (e > start) {
            tally_sentence *s = &d->sents[d->seg.nsents++];
            memset(s, 0, sizeof *s);
            s->start = start;
            s->end = e;
            s->para = para;
            s->sent = sent++;
        }
        start = e;
        while (start < n && (text[start] == ' ' || text[start] == '\n')) {
            if (text[start] == '\n' && start + 1 < n && text[start + 1] == '\n') {
                para++;
                sent = 1;
            }
            start++;
        }
        if (i == n)
            break;
        i = start - 1;
    }
    d->seg.sents = d->sents;
    d->facts.doc = xstrdup("t.txt");
    assert_int_equal(tally_lexicon_new(&d->lex, NULL), TALLY_OK);
    assert_int_equal(tally_lexicon_add_file(d->lex, "datasets/lexicon/norms.csv", NULL), TALLY_OK);
}

/* Add a fact for the k-th occurrence (from 0) of `num` in the text. */
static size_t add(tdoc *d, const char *num, int k, double v, tally_qualifier q, const char *unit,
                  const char *cat)
{
    const char *p = d->text;
    for (int i = 0; i <= k; i++) {
        p = strstr(i ? p + 1 : p, num);
        assert_non_null(p);
    }
    tally_facts *f = &d->facts;
    assert_int_equal(grow_array((void **)&f->v, &f->cap, f->n + 1, sizeof *f->v), 0);
    tally_fact *x = &f->v[f->n];
    memset(x, 0, sizeof *x);
    x->id = (long)f->n + 1;
    x->tstart = x->start = (size_t)(p - d->text);
    x->tend = x->end = x->tstart + strlen(num);
    for (size_t s = 0; s < d->seg.nsents; s++)
        if (x->tstart >= d->sents[s].start && x->tstart < d->sents[s].end)
            x->sent_index = s;
    x->value = v;
    x->low = x->high = NAN;
    x->qual = q;
    x->unit = xstrdup(unit);
    x->category = xstrdup(cat);
    x->number_text = xstrndup(p, strlen(num));
    x->noun = xstrdup("");
    x->mention = xstrdup("");
    x->actor = xstrdup("");
    x->date = xstrdup("");
    x->modality = xstrdup("");
    x->source = xstrdup("");
    x->sentence = xstrdup("");
    x->explain = xstrdup("");
    return f->n++;
}

static void tdoc_free(tdoc *d)
{
    tally_facts_free(&d->facts);
    tally_lexicon_free(d->lex);
}

static void relate(tdoc *d, tally_relations *r)
{
    assert_int_equal(tally_relate(d->text, &d->seg, &d->facts, d->lex, r, NULL), TALLY_OK);
}

/* "N X (A Y and B Z)": a sum of the parts in the parenthesis. */
static void test_paren_sum(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "By spring the corps had some 28 bomber squadrons (21 Blenheim and six Battle "
                  "squadrons) in France.");
    size_t t = add(&d, "some 28", 0, 28, TALLY_Q_APPROX, "squadron", "formation");
    size_t a = add(&d, "21", 0, 21, TALLY_Q_EXACT, "squadron", "formation");
    size_t b = add(&d, "six", 0, 6, TALLY_Q_EXACT, "squadron", "formation");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Parts named by aircraft type still count formations when their sum is
 * far below the aircraft the formations would hold. */
static void test_paren_types(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The wing put up five squadrons (three Typhoons and two Tempests) that day.");
    add(&d, "five", 0, 5, TALLY_Q_EXACT, "squadron", "formation");
    add(&d, "three", 0, 3, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "two", 0, 2, TALLY_Q_EXACT, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].nparts, 2);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "four regiments (130 aircraft)" and "(two regiments and 64 aircraft)". */
static void test_paren_norm(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The army first sent four regiments (130 fighters) north. Later a second "
                  "division (two regiments and 64 aircraft) joined them.");
    size_t reg = add(&d, "four", 0, 4, TALLY_Q_EXACT, "regiment", "formation");
    size_t air = add(&d, "130", 0, 130, TALLY_Q_EXACT, "aircraft", "aircraft");
    size_t reg2 = add(&d, "two", 0, 2, TALLY_Q_EXACT, "regiment", "formation");
    size_t air2 = add(&d, "64", 0, 64, TALLY_Q_EXACT, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_NORM);
    assert_int_equal(r.v[0].stated, air);
    assert_int_equal(r.v[0].parts[0].fact, reg);
    assert_string_equal(r.v[0].parts[0].formation, "regiment");
    assert_int_equal(r.v[1].kind, TALLY_REL_NORM);
    assert_int_equal(r.v[1].stated, air2);
    assert_int_equal(r.v[1].parts[0].fact, reg2);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A list of formations closed by "totaling" N aircraft; the parts of a
 * breakdown in parentheses are not counted twice. */
static void test_totaling_norm(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The plan called for five squadrons (three fighter and two bomber), two "
                  "squadrons of transports, and one flight, totaling 140 aircraft.");
    size_t s5 = add(&d, "five", 0, 5, TALLY_Q_EXACT, "squadron", "formation");
    add(&d, "three", 0, 3, TALLY_Q_EXACT, "squadron", "formation");
    add(&d, "two", 0, 2, TALLY_Q_EXACT, "squadron", "formation");
    size_t s2 = add(&d, "two", 1, 2, TALLY_Q_EXACT, "squadron", "formation");
    size_t f1 = add(&d, "one", 0, 1, TALLY_Q_EXACT, "flight", "formation");
    size_t t = add(&d, "140", 0, 140, TALLY_Q_EXACT, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[1].kind, TALLY_REL_NORM);
    assert_int_equal(r.v[1].stated, t);
    assert_int_equal(r.v[1].nparts, 3);
    assert_int_equal(r.v[1].parts[0].fact, s5);
    assert_int_equal(r.v[1].parts[1].fact, s2);
    assert_int_equal(r.v[1].parts[2].fact, f1);
    assert_string_equal(r.v[1].parts[2].formation, "flight");
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* ", or about N planes" after a formation count. */
static void test_or_about(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The front needed six regiments, or about 400 planes, by June.");
    add(&d, "six", 0, 6, TALLY_Q_EXACT, "regiment", "formation");
    size_t t = add(&d, "about 400", 0, 400, TALLY_Q_APPROX, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_NORM);
    assert_int_equal(r.v[0].stated, t);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "In all, N" takes its parts from the sentences before, same paragraph. */
static void test_in_all_across(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The first wave had 40 bombers. The second wave had 35 bombers. In all, 85 "
                  "bombers took part.\n\nA later raid used 12 bombers.");
    size_t a = add(&d, "40", 0, 40, TALLY_Q_EXACT, "aircraft", "aircraft");
    size_t b = add(&d, "35", 0, 35, TALLY_Q_EXACT, "aircraft", "aircraft");
    size_t t = add(&d, "85", 0, 85, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "12", 0, 12, TALLY_Q_EXACT, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "In addition to" opens a list whose total is in the sentence before:
 * 12 + 18 = 30 ships (the 50 does not fit and is passed over). */
static void test_in_addition(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The navy held 50 ships and sent 30 ships south. In addition to 12 ships from "
                  "the north, the fleet found 18 ships in port.");
    add(&d, "50", 0, 50, TALLY_Q_EXACT, "ship", "materiel");
    size_t t = add(&d, "30", 0, 30, TALLY_Q_EXACT, "ship", "materiel");
    size_t a = add(&d, "12", 0, 12, TALLY_Q_EXACT, "ship", "materiel");
    size_t b = add(&d, "18", 0, 18, TALLY_Q_EXACT, "ship", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* No total is guessed that the parts cannot add up to (10 + 10 against 21
 * needed: a shortfall), nor one of another paragraph (15 + 25 = 40). */
static void test_in_addition_not(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The corps needed 21 tanks. In addition to 10 tanks from the depot, the army "
                  "sent 10 tanks by rail.\n\nThe wing had 40 aircraft.\n\nIn addition to 15 "
                  "aircraft at the front, 25 aircraft waited behind.");
    add(&d, "21", 0, 21, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "10", 0, 10, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "10", 1, 10, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "40", 0, 40, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "15", 0, 15, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "25", 0, 25, TALLY_Q_EXACT, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A per-unit figure, a count and a product in the next sentence. */
static void test_product(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Repairing a bridge took 1,200 man-days. The five bridges on the line would "
                  "need 6,500 man-days.");
    size_t rate = add(&d, "1,200", 0, 1200, TALLY_Q_EXACT, "person-day", "labor");
    size_t cnt = add(&d, "five", 0, 5, TALLY_Q_EXACT, "bridge", "other");
    size_t p = add(&d, "6,500", 0, 6500, TALLY_Q_EXACT, "person-day", "labor");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, rate);
    assert_int_equal(r.v[0].parts[1].fact, cnt);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Shares: with the whole ("of the 2,000 lorries") and without it. */
static void test_fraction(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "A quarter of the convoy's cargo (3,100 tons) was lost. Forty percent of the "
                  "2,000 lorries (820 lorries) broke down.");
    size_t q1 = add(&d, "A quarter", 0, 0.25, TALLY_Q_RATIO, "", "share");
    size_t p1 = add(&d, "3,100", 0, 3100, TALLY_Q_EXACT, "ton", "materiel");
    size_t q2 = add(&d, "Forty percent", 0, 40, TALLY_Q_EXACT, "percent", "share");
    size_t w2 = add(&d, "2,000", 0, 2000, TALLY_Q_EXACT, "truck", "materiel");
    size_t p2 = add(&d, "820", 0, 820, TALLY_Q_EXACT, "truck", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[0].stated, p1);
    assert_int_equal(r.v[0].parts[0].fact, q1);
    assert_int_equal(r.v[0].parts[1].fact, TALLY_NO_FACT);
    assert_string_equal(r.v[0].whole, "the convoy's cargo");
    assert_int_equal(r.v[1].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[1].stated, p2);
    assert_int_equal(r.v[1].parts[0].fact, q2);
    assert_int_equal(r.v[1].parts[1].fact, w2);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "from A to B ... N percent" and "of which". */
static void test_change_subset(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Output rose from 200 tanks to 300 tanks a month, an increase of 50 percent. "
                  "The fleet had 12 carriers, of which 14 were at sea.");
    add(&d, "200", 0, 200, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "300", 0, 300, TALLY_Q_EXACT, "tank", "materiel");
    size_t pc = add(&d, "50 percent", 0, 50, TALLY_Q_EXACT, "percent", "share");
    size_t w = add(&d, "12", 0, 12, TALLY_Q_EXACT, "carrier", "materiel");
    size_t p = add(&d, "14", 0, 14, TALLY_Q_EXACT, "", "other");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_CHANGE);
    assert_int_equal(r.v[0].stated, pc);
    assert_int_equal(r.v[0].direction, 1);
    assert_int_equal(r.v[1].kind, TALLY_REL_SUBSET);
    assert_int_equal(r.v[1].stated, p);
    assert_int_equal(r.v[1].parts[0].fact, w);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Figures side by side with no cue assert nothing. */
static void test_no_relation(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "That year the plant built 300 tanks and the army lost 120 tanks. Some 40 "
                  "ships (mostly freighters) sailed.");
    add(&d, "300", 0, 300, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "120", 0, 120, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "Some 40", 0, 40, TALLY_Q_APPROX, "ship", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Without a unit on the fact, the words after the number are read through
 * the norms table (plural formation nouns included). */
static void test_unit_fallback(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "They kept three fighter regiments in reserve.");
    size_t i = add(&d, "three", 0, 3, TALLY_Q_EXACT, "", "other");
    char unit[48], cat[16];
    tally_relate_unit(d.text, &d.facts.v[i], d.lex, unit, cat);
    assert_string_equal(unit, "regiment");
    assert_string_equal(cat, "formation");
    tdoc_free(&d);
}

/* "N X: A for ..., B for ... and C for ...": the parts after a colon;
 * a colon list of other units asserts nothing. */
static void test_colon_sum(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The survey put the damage at 5.4 million marks: 2.1 million for housing, "
                  "1.8 million for roads and 1.6 million for the docks. The convoy carried "
                  "900 tons: 40 trucks and 12 tanks.");
    size_t t = add(&d, "5.4 million", 0, 5.4e6, TALLY_Q_EXACT, "mark", "money");
    size_t a = add(&d, "2.1 million", 0, 2.1e6, TALLY_Q_EXACT, "mark", "money");
    size_t b = add(&d, "1.8 million", 0, 1.8e6, TALLY_Q_EXACT, "", "");
    size_t e = add(&d, "1.6 million", 0, 1.6e6, TALLY_Q_EXACT, "", "");
    add(&d, "900", 0, 900, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "40", 0, 40, TALLY_Q_EXACT, "truck", "materiel");
    add(&d, "12", 0, 12, TALLY_Q_EXACT, "tank", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 3);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    assert_int_equal(r.v[0].parts[2].fact, e);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A colon list ends where a figure no longer follows a comma or "and". */
static void test_colon_list_end(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The wing had 40 aircraft: 25 transports, 10 gliders and 6 trainers, and "
                  "that week at most 30 of them flew.");
    size_t t = add(&d, "40", 0, 40, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "25", 0, 25, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "10", 0, 10, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "6", 0, 6, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "at most 30", 0, 30, TALLY_Q_AT_MOST, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 3);   /* 25 + 10 + 6, not the 30 */
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A rate said of one lorry and of every shift takes every count of its
 * sentence: 3 x 40 x 2 against 250. */
static void test_product_factors(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Each lorry needed 3 drivers for every shift, so the 40 lorries running two "
                  "shifts a day needed 250 drivers.");
    size_t rate = add(&d, "3", 0, 3, TALLY_Q_EXACT, "driver", "personnel");
    size_t n = add(&d, "40", 0, 40, TALLY_Q_EXACT, "lorry", "materiel");
    size_t sh = add(&d, "two", 0, 2, TALLY_Q_EXACT, "shift", "other");
    size_t p = add(&d, "250", 0, 250, TALLY_Q_EXACT, "driver", "personnel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].nparts, 3);
    assert_int_equal(r.v[0].parts[0].fact, rate);
    assert_int_equal(r.v[0].parts[1].fact, n);
    assert_int_equal(r.v[0].parts[2].fact, sh);
    assert_int_equal(r.v[0].average, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* An average stated of two figures of its own sentence is a ratio check,
 * and it does not carry over to the next sentence's figures. */
static void test_average_bound(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "In May the barges made 300 trips and moved 2,400 tons, an average of 8 tons "
                  "per trip. In June 350 trips moved 3,100 tons.");
    size_t trips = add(&d, "300", 0, 300, TALLY_Q_EXACT, "trip", "event");
    size_t tons = add(&d, "2,400", 0, 2400, TALLY_Q_EXACT, "ton", "materiel");
    size_t avg = add(&d, "8", 0, 8, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "350", 0, 350, TALLY_Q_EXACT, "trip", "event");
    add(&d, "3,100", 0, 3100, TALLY_Q_EXACT, "ton", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].average, 1);
    assert_int_equal(r.v[0].stated, tons);
    assert_int_equal(r.v[0].parts[0].fact, avg);
    assert_int_equal(r.v[0].parts[1].fact, trips);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "X, or N per cent of the promised total": the whole stated earlier. */
static void test_fraction_look_back(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The treaty promised deliveries worth $90 million over two years. Its "
                  "neighbour lent $120 million. By 1950 the deliveries were worth $63 million, "
                  "or 75 per cent of the promised total.");
    size_t w = add(&d, "$90 million", 0, 9e7, TALLY_Q_EXACT, "USD", "money");
    add(&d, "two", 0, 2, TALLY_Q_EXACT, "year", "duration");
    add(&d, "$120 million", 0, 1.2e8, TALLY_Q_EXACT, "USD", "money");
    size_t p = add(&d, "$63 million", 0, 6.3e7, TALLY_Q_EXACT, "USD", "money");
    size_t q = add(&d, "75 per cent", 0, 75, TALLY_Q_RATIO, "percent", "share");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, q);
    assert_int_equal(r.v[0].parts[1].fact, w);   /* the deliveries, not the loan */
    assert_int_equal(r.v[0].looked_back, 1);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A rate per year for a number of years with no total after it: the
 * total stated earlier (sharing a word with its clause) is the product;
 * a figure outside half to one and a half times it is not. */
static void test_period_back(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The depot ordered 900 saddles from the Brena tannery. The tannery "
                  "contract provided 300 saddles a year for three years.");
    size_t t = add(&d, "900", 0, 900, TALLY_Q_EXACT, "saddle", "materiel");
    size_t rt = add(&d, "300", 0, 300, TALLY_Q_EXACT, "saddle", "materiel");
    size_t n = add(&d, "three", 0, 3, TALLY_Q_EXACT, "year", "duration");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, rt);
    assert_int_equal(r.v[0].parts[1].fact, n);
    assert_int_equal(r.v[0].looked_back, 1);
    tally_relations_free(&r);
    tdoc_free(&d);

    /* 300 x 3 = 900 is far from 5,000: no relation */
    tdoc_init(&d, "The depot ordered 5,000 saddles from the Brena tannery. The tannery "
                  "contract provided 300 saddles a year for three years.");
    add(&d, "5,000", 0, 5000, TALLY_Q_EXACT, "saddle", "materiel");
    add(&d, "300", 0, 300, TALLY_Q_EXACT, "saddle", "materiel");
    add(&d, "three", 0, 3, TALLY_Q_EXACT, "year", "duration");
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A share of a whole stated per month, the part per week: the whole is
 * scaled to a week (factor 12 / 52); the part dated to one month against
 * a daily whole takes the month's days (30 in June). */
static void test_fraction_periods(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The garrison needed 4,000 tons of rice a month. The boats brought 600 "
                  "tons of rice a week, two thirds of what the garrison needed.");
    size_t w = add(&d, "4,000", 0, 4000, TALLY_Q_EXACT, "ton", "materiel");
    size_t p = add(&d, "600", 0, 600, TALLY_Q_EXACT, "ton", "materiel");
    d.facts.v[w].noun = (free(d.facts.v[w].noun), xstrdup("tons of rice"));
    d.facts.v[p].noun = (free(d.facts.v[p].noun), xstrdup("tons of rice"));
    size_t q = add(&d, "two thirds", 0, 2.0 / 3, TALLY_Q_RATIO, "fraction", "share");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, q);
    assert_int_equal(r.v[0].parts[1].fact, w);
    assert_true(fabs(r.v[0].factor - 12.0 / 52) < 1e-9);
    tally_relations_free(&r);
    tdoc_free(&d);

    tdoc_init(&d, "The plan gave the port 200 tons a day. In June the port handled 4,500 "
                  "tons, three quarters of what the plan gave it.");
    w = add(&d, "200", 0, 200, TALLY_Q_EXACT, "ton", "materiel");
    p = add(&d, "4,500", 0, 4500, TALLY_Q_EXACT, "ton", "materiel");
    free(d.facts.v[p].date);
    d.facts.v[p].date = xstrdup("1941-06");
    add(&d, "three quarters", 0, 0.75, TALLY_Q_RATIO, "fraction", "share");
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].parts[1].fact, w);
    assert_true(fabs(r.v[0].factor - 30) < 1e-9);   /* 200 x 30 = 6,000; 4,500 is 75 % */
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A list of parts of two units against the earlier list they were
 * promised in. */
static void test_fraction_lists(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The allies promised 50 guns and 20 lorries. They sent 30 guns and 12 "
                  "lorries, or about 60 per cent of what was promised.");
    size_t g = add(&d, "50", 0, 50, TALLY_Q_EXACT, "gun", "materiel");
    size_t l = add(&d, "20", 0, 20, TALLY_Q_EXACT, "lorry", "materiel");
    size_t g2 = add(&d, "30", 0, 30, TALLY_Q_EXACT, "gun", "materiel");
    size_t l2 = add(&d, "12", 0, 12, TALLY_Q_EXACT, "lorry", "materiel");
    size_t q = add(&d, "about 60 per cent", 0, 60, TALLY_Q_RATIO, "percent", "share");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[0].stated, g2);
    assert_int_equal(r.v[0].nparts, 4);
    assert_int_equal(r.v[0].parts[0].fact, q);
    assert_int_equal(r.v[0].parts[1].fact, g);
    assert_int_equal(r.v[0].parts[2].fact, l2);
    assert_int_equal(r.v[0].parts[2].role, TALLY_OP_STATED);
    assert_int_equal(r.v[0].parts[3].fact, l);
    assert_int_equal(r.v[0].parts[3].role, TALLY_OP_WHOLE);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A share in apposition after "X in Y": the part is X, not the adjunct. */
static void test_fraction_apposition(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The depot issued 5,000 litres in 40 runs, some 25 per cent of its stock of "
                  "20,000 litres.");
    size_t p = add(&d, "5,000", 0, 5000, TALLY_Q_EXACT, "litre", "materiel");
    add(&d, "40", 0, 40, TALLY_Q_EXACT, "run", "event");
    size_t q = add(&d, "some 25 per cent", 0, 25, TALLY_Q_RATIO, "percent", "share");
    size_t w = add(&d, "20,000", 0, 20000, TALLY_Q_EXACT, "litre", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, q);
    assert_int_equal(r.v[0].parts[1].fact, w);
    assert_int_equal(r.v[0].looked_back, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "N, P per cent more than the estimate" (base looked up) and "P per cent
 * less than the M" (base beside it). */
static void test_more_than(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The estimate for the dam was 1,500 workers. In the end it took 1,800 workers, "
                  "20 per cent more than the estimate. Output was 330 tons, 10 per cent less "
                  "than the 370 tons of May.");
    size_t a = add(&d, "1,500", 0, 1500, TALLY_Q_EXACT, "worker", "personnel");
    size_t b = add(&d, "1,800", 0, 1800, TALLY_Q_EXACT, "worker", "personnel");
    size_t p = add(&d, "20 per cent", 0, 20, TALLY_Q_RATIO, "percent", "share");
    size_t c = add(&d, "330", 0, 330, TALLY_Q_EXACT, "ton", "materiel");
    size_t p2 = add(&d, "10 per cent", 0, 10, TALLY_Q_RATIO, "percent", "share");
    size_t m = add(&d, "370", 0, 370, TALLY_Q_EXACT, "ton", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_CHANGE);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    assert_int_equal(r.v[0].direction, 1);
    assert_int_equal(r.v[0].looked_back, 1);
    assert_int_equal(r.v[1].kind, TALLY_REL_CHANGE);
    assert_int_equal(r.v[1].stated, p2);
    assert_int_equal(r.v[1].parts[0].fact, m);
    assert_int_equal(r.v[1].parts[1].fact, c);
    assert_int_equal(r.v[1].direction, -1);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "doubled the garrison to N", "N, twice what ...": a factor times a base
 * stated earlier; no base of the unit, no relation. */
static void test_multiple(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The garrison had 3,000 men in June. By August the general had doubled the "
                  "garrison to 6,000 men. The old port handled at most 400 tons a day. The new "
                  "quay took 800 tons a day, twice what the old port had handled. The army "
                  "doubled its artillery to 300 guns.");
    size_t a = add(&d, "3,000", 0, 3000, TALLY_Q_EXACT, "man", "personnel");
    size_t b = add(&d, "6,000", 0, 6000, TALLY_Q_EXACT, "man", "personnel");
    size_t c = add(&d, "400", 0, 400, TALLY_Q_AT_MOST, "ton", "materiel");
    size_t e = add(&d, "800", 0, 800, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "300", 0, 300, TALLY_Q_EXACT, "gun", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_true(r.v[0].factor == 2);
    assert_int_equal(r.v[0].stated, b);
    assert_int_equal(r.v[0].nparts, 1);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_true(r.v[1].factor == 2);
    assert_int_equal(r.v[1].stated, e);
    assert_int_equal(r.v[1].parts[0].fact, c);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A total closed by "Together" a sentence after its parts; the rate "a
 * month" of the sentence before is not a part. */
static void test_late_total(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The works promised 30 barges a month. The east yard built 14 barges. The west "
                  "yard built nine barges. Together the two yards built 23 barges.");
    add(&d, "30", 0, 30, TALLY_Q_EXACT, "barge", "materiel");
    size_t a = add(&d, "14", 0, 14, TALLY_Q_EXACT, "barge", "materiel");
    size_t b = add(&d, "nine", 0, 9, TALLY_Q_EXACT, "barge", "materiel");
    add(&d, "two", 0, 2, TALLY_Q_EXACT, "yard", "other");
    size_t t = add(&d, "23", 0, 23, TALLY_Q_EXACT, "barge", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "together with" adds nothing up. */
static void test_together_with(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The first train brought 12 guns. The second brought 20 guns. The third came "
                  "together with 40 guns.");
    add(&d, "12", 0, 12, TALLY_Q_EXACT, "gun", "materiel");
    add(&d, "20", 0, 20, TALLY_Q_EXACT, "gun", "materiel");
    add(&d, "40", 0, 40, TALLY_Q_EXACT, "gun", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "N X of M Y each, P Y": P = M x N. */
static void test_each(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The column had 16 lorries of 3 tons each, 48 tons in all.");
    size_t n = add(&d, "16", 0, 16, TALLY_Q_EXACT, "truck", "materiel");
    size_t m = add(&d, "3", 0, 3, TALLY_Q_EXACT, "ton", "weight");
    size_t p = add(&d, "48", 0, 48, TALLY_Q_EXACT, "ton", "weight");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, m);
    assert_int_equal(r.v[0].parts[1].fact, n);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "X at N per cent ... interest of P": P = N% x X; "a further" sum is no
 * result of the rate. */
static void test_at_rate(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The city borrowed $6 million at 4 per cent, paying interest of $240,000 a "
                  "year. It took $2 million at 5 per cent and a further $1 million later.");
    size_t x = add(&d, "$6 million", 0, 6e6, TALLY_Q_EXACT, "USD", "money");
    size_t q = add(&d, "4 per cent", 0, 4, TALLY_Q_RATIO, "percent", "share");
    size_t p = add(&d, "$240,000", 0, 240000, TALLY_Q_EXACT, "USD", "money");
    add(&d, "$2 million", 0, 2e6, TALLY_Q_EXACT, "USD", "money");
    add(&d, "5 per cent", 0, 5, TALLY_Q_RATIO, "percent", "share");
    add(&d, "$1 million", 0, 1e6, TALLY_Q_EXACT, "USD", "money");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, q);
    assert_int_equal(r.v[0].parts[1].fact, x);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Implicit factors: "a month, or ... a year" (12); "a year for three
 * years ... in all" (the duration). */
static void test_period(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The plant made 25 rifles a month, or 300 rifles a year. The arsenal was to "
                  "deliver 800 shells a year for three years. That made 2,400 shells in all.");
    size_t m = add(&d, "25", 0, 25, TALLY_Q_EXACT, "rifle", "materiel");
    size_t y = add(&d, "300", 0, 300, TALLY_Q_EXACT, "rifle", "materiel");
    size_t a = add(&d, "800", 0, 800, TALLY_Q_EXACT, "shell", "materiel");
    size_t n = add(&d, "three", 0, 3, TALLY_Q_EXACT, "year", "duration");
    size_t t = add(&d, "2,400", 0, 2400, TALLY_Q_EXACT, "shell", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, y);
    assert_true(r.v[0].factor == 12);
    assert_int_equal(r.v[0].nparts, 1);
    assert_int_equal(r.v[0].parts[0].fact, m);
    assert_int_equal(r.v[1].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[1].stated, t);
    assert_true(r.v[1].factor == 0);
    assert_int_equal(r.v[1].nparts, 2);
    assert_int_equal(r.v[1].parts[0].fact, a);
    assert_int_equal(r.v[1].parts[1].fact, n);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "a shortfall of D" and "D more than": the two figures before. */
static void test_difference(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The plan asked for 700 mules and 520 mules came, a shortfall of 180 mules. "
                  "The west built 90 huts, 30 more than the east with 60 huts.");
    size_t a = add(&d, "700", 0, 700, TALLY_Q_EXACT, "mule", "other");
    size_t b = add(&d, "520", 0, 520, TALLY_Q_EXACT, "mule", "other");
    size_t g = add(&d, "180", 0, 180, TALLY_Q_EXACT, "mule", "other");
    size_t w = add(&d, "90", 0, 90, TALLY_Q_EXACT, "hut", "other");
    size_t m = add(&d, "30", 0, 30, TALLY_Q_EXACT, "hut", "other");
    size_t e = add(&d, "60", 0, 60, TALLY_Q_EXACT, "hut", "other");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_DIFFERENCE);
    assert_int_equal(r.v[0].stated, g);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    assert_int_equal(r.v[1].kind, TALLY_REL_DIFFERENCE);
    assert_int_equal(r.v[1].stated, m);
    assert_int_equal(r.v[1].parts[0].fact, w);
    assert_int_equal(r.v[1].parts[1].fact, e);
    assert_string_equal(tally_relation_kind_name(TALLY_REL_DIFFERENCE), "difference");
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A list over three sentences (one without figures) closed by
 * "together": all three parts, though the nearest sentence lists two. */
static void test_three_sentences(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "In 1937 the works built 220 engines. A strike closed the shop for a while. "
                  "In 1938 output fell to 180 engines, and in 1939 rose to 260 engines. The "
                  "three years together yielded 760 engines.");
    size_t a = add(&d, "220", 0, 220, TALLY_Q_EXACT, "engine", "materiel");
    size_t b = add(&d, "180", 0, 180, TALLY_Q_EXACT, "engine", "materiel");
    size_t c = add(&d, "260", 0, 260, TALLY_Q_EXACT, "engine", "materiel");
    add(&d, "three", 0, 3, TALLY_Q_EXACT, "year", "duration");
    size_t t = add(&d, "760", 0, 760, TALLY_Q_EXACT, "engine", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 3);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    assert_int_equal(r.v[0].parts[2].fact, c);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A list far from its total (40 + 30 against 500) is no breakdown. */
static void test_list_too_small(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The north yard built 40 barges and the south yard 30 barges. Together "
                  "the fleet then had 500 barges.");
    add(&d, "40", 0, 40, TALLY_Q_EXACT, "barge", "materiel");
    add(&d, "30", 0, 30, TALLY_Q_EXACT, "barge", "materiel");
    add(&d, "500", 0, 500, TALLY_Q_EXACT, "barge", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "Some 31 lorries were lost, 19 to mines and 12 to air attack": a
 * breakdown after a comma; "8,000 of them infantry" is none. */
static void test_comma_list(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Some 31 lorries were lost, 19 to mines and 12 to air attack, and 40 drivers "
                  "were hurt. The division had 12,000 men, 8,000 of them infantry and 2,000 "
                  "gunners.");
    size_t t = add(&d, "Some 31", 0, 31, TALLY_Q_APPROX, "lorry", "materiel");
    size_t a = add(&d, "19", 0, 19, TALLY_Q_EXACT, "lorry", "materiel");
    size_t b = add(&d, "12", 0, 12, TALLY_Q_EXACT, "lorry", "materiel");
    add(&d, "40", 0, 40, TALLY_Q_EXACT, "driver", "personnel");
    add(&d, "12,000", 0, 12000, TALLY_Q_EXACT, "man", "personnel");
    add(&d, "8,000", 0, 8000, TALLY_Q_EXACT, "man", "personnel");
    add(&d, "2,000", 0, 2000, TALLY_Q_EXACT, "gunner", "personnel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Two loans in two currencies added up at a stated rate of exchange: the
 * sterling part carries the rate; with both loans in sterling there is no
 * sum (the dollar total is not theirs alone). */
static void test_exchange(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "A Paris bank lent GBP2m and a New York syndicate $6 million. At $4.80 to "
                  "the pound, the two loans together came to $15.6 million.\n\nA Dutch house "
                  "lent GBP1m and another GBP2m. At $4.50 to the pound, all loans together "
                  "came to $20 million.");
    size_t a = add(&d, "GBP2m", 0, 2e6, TALLY_Q_EXACT, "GBP", "money");
    size_t b = add(&d, "$6 million", 0, 6e6, TALLY_Q_EXACT, "USD", "money");
    size_t x = add(&d, "$4.80", 0, 4.8, TALLY_Q_EXACT, "USD", "money");
    size_t t = add(&d, "$15.6 million", 0, 15.6e6, TALLY_Q_EXACT, "USD", "money");
    add(&d, "GBP1m", 0, 1e6, TALLY_Q_EXACT, "GBP", "money");
    add(&d, "GBP2m", 1, 2e6, TALLY_Q_EXACT, "GBP", "money");
    add(&d, "$4.50", 0, 4.5, TALLY_Q_EXACT, "USD", "money");
    add(&d, "$20 million", 0, 20e6, TALLY_Q_EXACT, "USD", "money");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[0].rate, x + 1);
    assert_int_equal(r.v[0].parts[1].fact, b);
    assert_int_equal(r.v[0].parts[1].rate, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Two rates of the total's unit, each said of one thing, and a count of
 * each thing: a SUM of the counts times their rates (products set). */
static void test_product_terms(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The depot held 400 shells for each mortar and 250 for each cannon, which for "
                  "the 30 mortars and 12 cannons came to 15,000 shells.");
    size_t r1 = add(&d, "400", 0, 400, TALLY_Q_EXACT, "shell", "munition");
    size_t r2 = add(&d, "250", 0, 250, TALLY_Q_EXACT, "shell", "munition");
    size_t c1 = add(&d, "30", 0, 30, TALLY_Q_EXACT, "mortar", "materiel");
    size_t c2 = add(&d, "12", 0, 12, TALLY_Q_EXACT, "cannon", "materiel");
    size_t t = add(&d, "15,000", 0, 15000, TALLY_Q_EXACT, "shell", "munition");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].products, 1);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, c1);
    assert_int_equal(r.v[0].parts[0].rate, r1 + 1);
    assert_int_equal(r.v[0].parts[1].fact, c2);
    assert_int_equal(r.v[0].parts[1].rate, r2 + 1);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A daily rate dated to one month and a figure said of "the month": the
 * rate times the month's days (31 in May, 29 in February 1944). */
static void test_month_days(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "In May 1950 the line moved 500 tons a day, or 15,500 tons over the month. "
                  "In February 1944 the port took 200 tons daily, 5,800 tons for the month.");
    size_t a = add(&d, "500", 0, 500, TALLY_Q_EXACT, "ton", "materiel");
    size_t b = add(&d, "15,500", 0, 15500, TALLY_Q_EXACT, "ton", "materiel");
    size_t e = add(&d, "200", 0, 200, TALLY_Q_EXACT, "ton", "materiel");
    size_t g = add(&d, "5,800", 0, 5800, TALLY_Q_EXACT, "ton", "materiel");
    const char *dates[4] = {"1950-05", "1950-05", "1944-02", "1944-02"};
    for (size_t i = 0; i < 4; i++) {
        free(d.facts.v[i].date);
        d.facts.v[i].date = xstrdup(dates[i]);
    }
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, b);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_true(r.v[0].factor == 31);
    assert_int_equal(r.v[1].stated, g);
    assert_int_equal(r.v[1].parts[0].fact, e);
    assert_true(r.v[1].factor == 29);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Without a month (no date) or without "the month" there is no product. */
static void test_month_days_not(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "In May 1950 the line moved 500 tons a day and 16,000 tons came by sea.");
    add(&d, "500", 0, 500, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "16,000", 0, 16000, TALLY_Q_EXACT, "ton", "materiel");
    for (size_t i = 0; i < 2; i++) {
        free(d.facts.v[i].date);
        d.facts.v[i].date = xstrdup("1950-05");
    }
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "A and B, N short of the plan": a list held against a thing named, not
 * a gap between its two items; "A, but only B, N fewer than the plan"
 * still is one. */
static void test_difference_named(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The corps had seven rifle battalions and four tank battalions, two battalions "
                  "short of the plan.\n\nThe plan called for 900 tanks, but only 640 came, 260 "
                  "fewer than the plan.");
    add(&d, "seven", 0, 7, TALLY_Q_EXACT, "battalion", "formation");
    add(&d, "four", 0, 4, TALLY_Q_EXACT, "battalion", "formation");
    add(&d, "two", 0, 2, TALLY_Q_EXACT, "battalion", "formation");
    size_t a = add(&d, "900", 0, 900, TALLY_Q_EXACT, "tank", "materiel");
    size_t b = add(&d, "640", 0, 640, TALLY_Q_EXACT, "tank", "materiel");
    size_t g = add(&d, "260", 0, 260, TALLY_Q_EXACT, "tank", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_DIFFERENCE);
    assert_int_equal(r.v[0].stated, g);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* An open bound outside the list ("at least one") is not a part of the
 * total after it: 6 + 3 = 9 ships. */
static void test_open_bound_not_part(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "That year 9 convoys lost at least one ship, and the fleet itself had 6 sunk "
                  "and 3 damaged, 9 ships in all.");
    add(&d, "9", 0, 9, TALLY_Q_EXACT, "convoy", "other");
    add(&d, "one", 0, 1, TALLY_Q_AT_LEAST, "ship", "materiel");
    size_t a = add(&d, "6", 0, 6, TALLY_Q_EXACT, "ship", "materiel");
    size_t b = add(&d, "3", 0, 3, TALLY_Q_EXACT, "ship", "materiel");
    size_t t = add(&d, "9", 1, 9, TALLY_Q_EXACT, "ship", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "Of the N X, M ..., one in K": the share's whole is the subset's whole,
 * and N is not a list item with M. */
static void test_share_of_subset(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Of the 150 locomotives, 50 were lost, one in five.");
    size_t w = add(&d, "150", 0, 150, TALLY_Q_EXACT, "locomotive", "materiel");
    size_t p = add(&d, "50", 1, 50, TALLY_Q_EXACT, "locomotive", "materiel");
    size_t q = add(&d, "one in five", 0, 0.2, TALLY_Q_RATIO, "", "share");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUBSET);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[1].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[1].stated, p);
    assert_int_equal(r.v[1].nparts, 2);
    assert_int_equal(r.v[1].parts[0].fact, q);
    assert_int_equal(r.v[1].parts[1].fact, w);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Make fact i written bare: its mention is its number alone. */
static void make_bare(tdoc *d, size_t i)
{
    free(d->facts.v[i].mention);
    d->facts.v[i].mention = xstrdup(d->facts.v[i].number_text);
}

/* "N X in k groups of M": a product, the size of a group times their number. */
static void test_groups_of(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The corps fielded 144 guns in four regiments of 36.");
    size_t p = add(&d, "144", 0, 144, TALLY_Q_EXACT, "gun", "materiel");
    size_t c = add(&d, "four", 0, 4, TALLY_Q_EXACT, "regiment", "formation");
    size_t m = add(&d, "36", 0, 36, TALLY_Q_EXACT, "regiment", "formation");
    make_bare(&d, m);   /* the extractor lends "36" the regiments' noun */
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, m);
    assert_int_equal(r.v[0].parts[1].fact, c);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A total before a colon counted in lots: the lots' count is not the
 * total; the list must have as many items as it says. */
static void test_colon_count(void **state)
{
    (void)state;
    static const char *const text[2] = {
        "The 218 lorries came in three batches: 38 from the depot, 84 from the port and "
        "96 from the capital.",
        "The 218 lorries came in two batches: 38 from the depot, 84 from the port and "
        "96 from the capital."};
    for (int k = 0; k < 2; k++) {
        tdoc d;
        tdoc_init(&d, text[k]);
        size_t t = add(&d, "218", 0, 218, TALLY_Q_EXACT, "truck", "materiel");
        add(&d, k ? "two" : "three", 0, k ? 2 : 3, TALLY_Q_EXACT, "batch", "other");
        size_t a = add(&d, "38", 0, 38, TALLY_Q_EXACT, "batch", "other");
        add(&d, "84", 0, 84, TALLY_Q_EXACT, "batch", "other");
        size_t b = add(&d, "96", 0, 96, TALLY_Q_EXACT, "batch", "other");
        tally_relations r;
        relate(&d, &r);
        if (k == 0) {
            assert_int_equal(r.n, 1);
            assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
            assert_int_equal(r.v[0].stated, t);
            assert_int_equal(r.v[0].nparts, 3);
            assert_int_equal(r.v[0].parts[0].fact, a);
            assert_int_equal(r.v[0].parts[2].fact, b);
        } else {
            assert_int_equal(r.n, 0);   /* two batches, three items: no reading */
        }
        tally_relations_free(&r);
        tdoc_free(&d);
    }
}

/* "of which A ... and B ...": both parts of the whole. */
static void test_subset_more(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The ministry set aside $52 million, of which $34 million went to rolling "
                  "stock and $15 million to track repairs.");
    size_t w = add(&d, "$52 million", 0, 52e6, TALLY_Q_EXACT, "USD", "money");
    size_t a = add(&d, "$34 million", 0, 34e6, TALLY_Q_EXACT, "USD", "money");
    size_t b = add(&d, "$15 million", 0, 15e6, TALLY_Q_EXACT, "USD", "money");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUBSET);
    assert_int_equal(r.v[0].stated, a);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, w);
    assert_int_equal(r.v[0].parts[1].fact, b);
    assert_int_equal(r.v[0].parts[1].role, TALLY_OP_STATED);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "C things ..., each ... R": R x C against the next figure of R's unit,
 * in the next sentence only when it comes near the product. */
static void test_each_back(void **state)
{
    (void)state;
    static const char *const text[2] = {
        "The navy ordered 24 colliers within eighteen months, each able to carry 1,500 "
        "tons. Together they could lift 36,000 tons in one sailing.",
        "The navy ordered 24 colliers within eighteen months, each able to carry 1,500 "
        "tons. By 1943 they had moved 200,000 tons."};
    for (int k = 0; k < 2; k++) {
        tdoc d;
        tdoc_init(&d, text[k]);
        size_t c = add(&d, "24", 0, 24, TALLY_Q_EXACT, "collier", "materiel");
        add(&d, "eighteen", 0, 18, TALLY_Q_EXACT, "month", "time");
        size_t m = add(&d, "1,500", 0, 1500, TALLY_Q_EXACT, "ton", "weight");
        size_t p = add(&d, k ? "200,000" : "36,000", 0, k ? 2e5 : 36e3, TALLY_Q_EXACT, "ton",
                       "weight");
        tally_relations r;
        relate(&d, &r);
        if (k == 0) {
            assert_int_equal(r.n, 1);
            assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
            assert_int_equal(r.v[0].stated, p);
            assert_int_equal(r.v[0].nparts, 2);
            assert_int_equal(r.v[0].parts[0].fact, m);
            assert_int_equal(r.v[0].parts[1].fact, c);   /* not the eighteen months */
        } else {
            assert_int_equal(r.n, 0);   /* 36,000 is far from 200,000: another figure */
        }
        tally_relations_free(&r);
        tdoc_free(&d);
    }
}

/* "two wings of three squadrons of 12 bombers, 72 bombers in all": a
 * chain of groups, the product of every count against the total. */
static void test_chain(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The corps raised two wings of three squadrons of 12 bombers, 72 bombers in all.");
    size_t a = add(&d, "two", 0, 2, TALLY_Q_EXACT, "wing", "formation");
    size_t b = add(&d, "three", 0, 3, TALLY_Q_EXACT, "squadron", "formation");
    size_t l = add(&d, "12", 0, 12, TALLY_Q_EXACT, "aircraft", "aircraft");
    size_t p = add(&d, "72", 0, 72, TALLY_Q_EXACT, "aircraft", "aircraft");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].nparts, 3);
    assert_int_equal(r.v[0].parts[0].fact, l);
    assert_int_equal(r.v[0].parts[1].fact, b);
    assert_int_equal(r.v[0].parts[2].fact, a);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A chain whose subject is "each <formation>": a total that is not that
 * of one formation covers all of them, counted earlier in the paragraph;
 * one that is stays a plain chain; with no count found, no relation. */
static void test_chain_each(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The army formed two missile regiments. Each regiment had four batteries of "
                  "six launchers, 48 launchers in all.\n\nEach regiment had three batteries of "
                  "five launchers, 15 launchers in all.\n\nEach brigade had three batteries of "
                  "eight mortars, 72 mortars in all.");
    assert_int_equal(tally_lexicon_add_file(d.lex, "datasets/lexicon/units.csv", NULL), TALLY_OK);
    size_t two = add(&d, "two", 0, 2, TALLY_Q_EXACT, "regiment", "formation");
    size_t four = add(&d, "four", 0, 4, TALLY_Q_EXACT, "battery", "formation");
    size_t six = add(&d, "six", 0, 6, TALLY_Q_EXACT, "launcher", "materiel");
    size_t p48 = add(&d, "48", 0, 48, TALLY_Q_EXACT, "launcher", "materiel");
    size_t three = add(&d, "three", 0, 3, TALLY_Q_EXACT, "battery", "formation");
    size_t five = add(&d, "five", 0, 5, TALLY_Q_EXACT, "launcher", "materiel");
    size_t p15 = add(&d, "15", 0, 15, TALLY_Q_EXACT, "launcher", "materiel");
    add(&d, "three", 1, 3, TALLY_Q_EXACT, "battery", "formation");
    add(&d, "eight", 0, 8, TALLY_Q_EXACT, "mortar", "materiel");
    add(&d, "72", 0, 72, TALLY_Q_EXACT, "mortar", "materiel");
    d.facts.v[four].para = d.facts.v[six].para = d.facts.v[p48].para = d.facts.v[two].para = 1;
    for (size_t j = three; j < d.facts.n; j++)
        d.facts.v[j].para = j < three + 3 ? 2 : 3;
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p48);
    assert_int_equal(r.v[0].nparts, 3);
    assert_int_equal(r.v[0].parts[0].fact, six);
    assert_int_equal(r.v[0].parts[1].fact, four);
    assert_int_equal(r.v[0].parts[2].fact, two);
    assert_int_equal(r.v[1].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[1].stated, p15);
    assert_int_equal(r.v[1].nparts, 2);
    assert_int_equal(r.v[1].parts[0].fact, five);
    assert_int_equal(r.v[1].parts[1].fact, three);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "a further" sum "bringing" a loan "to" its new total -> SUM; interest
 * "a year" on it looks back to the sum lent "at" a rate, grown to the
 * SUM's total -> PRODUCT. */
static void test_raised_interest(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The bank lent the town £4m at 5 per cent. A further £2m followed, bringing "
                  "the debt to £6m. Interest on the debt was £300,000 a year.");
    assert_int_equal(tally_lexicon_add_file(d.lex, "datasets/lexicon/units.csv", NULL), TALLY_OK);
    size_t b = add(&d, "£4m", 0, 4e6, TALLY_Q_EXACT, "GBP", "money");
    size_t q = add(&d, "5 per cent", 0, 5, TALLY_Q_RATIO, "percent", "share");
    size_t dd = add(&d, "£2m", 0, 2e6, TALLY_Q_EXACT, "GBP", "money");
    size_t m = add(&d, "£6m", 0, 6e6, TALLY_Q_EXACT, "GBP", "money");
    size_t i = add(&d, "£300,000", 0, 3e5, TALLY_Q_EXACT, "GBP", "money");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, m);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, b);
    assert_int_equal(r.v[0].parts[1].fact, dd);
    assert_int_equal(r.v[1].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[1].stated, i);
    assert_int_equal(r.v[1].nparts, 2);
    assert_int_equal(r.v[1].parts[0].fact, q);
    assert_int_equal(r.v[1].parts[1].fact, m);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* No "further" before the second sum: no "brought to" SUM ("bringing"
 * alone may restate), only the implicit sum of the figures before it,
 * which adds up exactly (4 + 2 = 6); interest with no year said: no
 * PRODUCT. */
static void test_raised_interest_not(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The bank lent the town £4m at 5 per cent. The town spent £2m, bringing the "
                  "debt to £6m. Interest on the debt was £300,000.");
    assert_int_equal(tally_lexicon_add_file(d.lex, "datasets/lexicon/units.csv", NULL), TALLY_OK);
    add(&d, "£4m", 0, 4e6, TALLY_Q_EXACT, "GBP", "money");
    add(&d, "5 per cent", 0, 5, TALLY_Q_RATIO, "percent", "share");
    add(&d, "£2m", 0, 2e6, TALLY_Q_EXACT, "GBP", "money");
    add(&d, "£6m", 0, 6e6, TALLY_Q_EXACT, "GBP", "money");
    add(&d, "£300,000", 0, 3e5, TALLY_Q_EXACT, "GBP", "money");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_string_equal(r.v[0].cue, "sum of the figures before");
    assert_int_equal(r.v[0].stated, 3);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, 0);
    assert_int_equal(r.v[0].parts[1].fact, 2);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "less than a fifth of the total": the largest earlier figure of the
 * part's unit is the whole. */
static void test_total_back(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The bonds raised 300 million francs. The treaty set the debt at 900 million "
                  "francs. The state paid 160 million francs, less than a fifth of the total.");
    size_t a = add(&d, "300 million", 0, 3e8, TALLY_Q_EXACT, "FRF", "money");
    size_t w = add(&d, "900 million", 0, 9e8, TALLY_Q_EXACT, "FRF", "money");
    size_t p = add(&d, "160 million", 0, 1.6e8, TALLY_Q_EXACT, "FRF", "money");
    size_t q = add(&d, "less than a fifth", 0, 0.2, TALLY_Q_RATIO, "fraction", "share");
    (void)a;
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, q);
    assert_int_equal(r.v[0].parts[1].fact, w);
    assert_true(r.v[0].looked_back);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "the 12 heavy batteries, three quarters of the total" after "12 heavy and
 * 20 light batteries": the part restates a figure of a list whose total is
 * not stated, so the whole is unknown (not the larger 20). */
static void test_total_back_restated(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The zone had 12 heavy and 20 light batteries. The return lists the 12 "
                  "heavy batteries, three quarters of the total.");
    add(&d, "12", 0, 12, TALLY_Q_EXACT, "battery", "formation");
    add(&d, "20", 0, 20, TALLY_Q_EXACT, "battery", "formation");
    size_t p = add(&d, "12", 1, 12, TALLY_Q_EXACT, "battery", "formation");
    size_t q = add(&d, "three quarters", 0, 0.75, TALLY_Q_RATIO, "fraction", "share");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_FRACTION);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, q);
    assert_int_equal(r.v[0].parts[1].fact, TALLY_NO_FACT);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A size the document states ("each battery had six guns") times a later
 * count of those formations (in another paragraph) against the figure
 * beside it; not across two clauses joined by "and". */
static void test_sized(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Each battery had six guns.\n\nBy 1950 the corps had 14 batteries with 84 "
                  "guns. The allies lent 3 batteries of their own, and promised 30 guns.");
    assert_int_equal(tally_lexicon_add_file(d.lex, "datasets/lexicon/units.csv", NULL), TALLY_OK);
    size_t s = add(&d, "six", 0, 6, TALLY_Q_EXACT, "gun", "materiel");
    size_t c = add(&d, "14", 0, 14, TALLY_Q_EXACT, "battery", "formation");
    size_t m = add(&d, "84", 0, 84, TALLY_Q_EXACT, "gun", "materiel");
    add(&d, "3", 0, 3, TALLY_Q_EXACT, "battery", "formation");
    add(&d, "30", 0, 30, TALLY_Q_EXACT, "gun", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_true(r.v[0].products);
    assert_int_equal(r.v[0].stated, m);
    assert_int_equal(r.v[0].nparts, 1);
    assert_int_equal(r.v[0].parts[0].fact, c);
    assert_int_equal(r.v[0].parts[0].rate, s + 1);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A unit price after "at" and "per <noun>" times the count before it. */
static void test_unit_price(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The air force ordered 120 fighters at $310,000 per aircraft, some $37 million.");
    size_t c = add(&d, "120", 0, 120, TALLY_Q_EXACT, "aircraft", "aircraft");
    size_t u = add(&d, "$310,000", 0, 310000, TALLY_Q_EXACT, "USD", "money");
    size_t p = add(&d, "some $37 million", 0, 37e6, TALLY_Q_APPROX, "USD", "money");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].parts[0].fact, u);
    assert_int_equal(r.v[0].parts[1].fact, c);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "from A to B, a rise of C" and "cut by C, from A to B": an absolute
 * CHANGE, C stated, A then B its parts; "dropped to B from A, a fall of
 * C" takes them in time order (A first). */
static void test_change_absolute(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Output rose from 1,200 tons to 1,850 tons, a rise of 650 tons. The ration "
                  "was cut by 400 calories, from 2,800 to 2,400 calories. Deliveries dropped to "
                  "350 tons from 640 tons, a fall of 290 tons.");
    size_t a = add(&d, "1,200", 0, 1200, TALLY_Q_EXACT, "ton", "materiel");
    size_t b = add(&d, "1,850", 0, 1850, TALLY_Q_EXACT, "ton", "materiel");
    size_t c = add(&d, "650", 0, 650, TALLY_Q_EXACT, "ton", "materiel");
    size_t k = add(&d, "400", 0, 400, TALLY_Q_EXACT, "calorie", "other");
    size_t x = add(&d, "2,800", 0, 2800, TALLY_Q_EXACT, "", "");
    size_t y = add(&d, "2,400", 0, 2400, TALLY_Q_EXACT, "calorie", "other");
    size_t to = add(&d, "350", 0, 350, TALLY_Q_EXACT, "ton", "materiel");
    size_t fr = add(&d, "640", 0, 640, TALLY_Q_EXACT, "ton", "materiel");
    size_t f = add(&d, "290", 0, 290, TALLY_Q_EXACT, "ton", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 3);
    size_t want[3][3] = {{c, a, b}, {k, x, y}, {f, fr, to}};
    int dir[3] = {1, -1, -1};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(r.v[i].kind, TALLY_REL_CHANGE);
        assert_int_equal(r.v[i].absolute, 1);
        assert_int_equal(r.v[i].stated, want[i][0]);
        assert_int_equal(r.v[i].nparts, 2);
        assert_int_equal(r.v[i].parts[0].fact, want[i][1]);
        assert_int_equal(r.v[i].parts[1].fact, want[i][2]);
        assert_int_equal(r.v[i].direction, dir[i]);
    }
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "from A to B" with no amount and no percentage is no relation, and a
 * figure after "followed by" is no amount of change. */
static void test_change_no_amount(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "Stocks fell from 900 tons to 700 tons, followed by 300 tons in May.");
    add(&d, "900", 0, 900, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "700", 0, 700, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "300", 0, 300, TALLY_Q_EXACT, "ton", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* A total closed by "In all" whose parts are four sentences back in its
 * paragraph (counts of other things between), and one whose cue opens
 * the sentence a few words before it. */
static void test_far_parts(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The first convoy came in March with 6,200 tons. Storms closed the port for "
                  "five weeks. The line was cut at two bridges. A second convoy landed 38,000 "
                  "tons. In all, the city received 42,200 tons that year.");
    size_t a = add(&d, "6,200", 0, 6200, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "five", 0, 5, TALLY_Q_EXACT, "week", "duration");
    add(&d, "two", 0, 2, TALLY_Q_EXACT, "bridge", "other");
    size_t b = add(&d, "38,000", 0, 38000, TALLY_Q_EXACT, "ton", "materiel");
    size_t t = add(&d, "42,200", 0, 42200, TALLY_Q_EXACT, "ton", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_SUM);
    assert_int_equal(r.v[0].stated, t);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Further back than three sentences a list is taken only when it comes
 * within a tenth of the total: 100 + 120 = 220 is far from 400. */
static void test_far_parts_not(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The first yard built 100 barges. Storms closed it for five weeks. The line "
                  "was cut at two bridges. The second yard built 120 barges. In all, the river "
                  "fleet had 400 barges.");
    add(&d, "100", 0, 100, TALLY_Q_EXACT, "barge", "materiel");
    add(&d, "five", 0, 5, TALLY_Q_EXACT, "week", "duration");
    add(&d, "two", 0, 2, TALLY_Q_EXACT, "bridge", "other");
    add(&d, "120", 0, 120, TALLY_Q_EXACT, "barge", "materiel");
    add(&d, "400", 0, 400, TALLY_Q_EXACT, "barge", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Round ten: a rate "at" which a sum was lent and a later sum that is no
 * yield of it ("The mill cost £2m": no interest, charge or proceeds
 * word) -> no PRODUCT. */
static void test_at_rate_unrelated(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The bank lent £4m to the firm at 5 per cent. The new mill cost £2m.");
    add(&d, "£4m", 0, 4e6, TALLY_Q_EXACT, "GBP", "money");
    add(&d, "5 per cent", 0, 5, TALLY_Q_RATIO, "percent", "share");
    add(&d, "£2m", 0, 2e6, TALLY_Q_EXACT, "GBP", "money");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 0);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* Set fact i's modality. */
static void set_modality(tdoc *d, size_t i, const char *m)
{
    free(d->facts.v[i].modality);
    d->facts.v[i].modality = xstrdup(m);
}

/* "45, five more than the target": the target is the planned figure of
 * an earlier sentence -> DIFFERENCE five = |40 - 45|. */
static void test_difference_target(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The plan called for 40 divisions by the spring. By May the army had 45 "
                  "divisions, five more than the original target.");
    assert_int_equal(tally_lexicon_add_file(d.lex, "datasets/lexicon/modality.csv", NULL),
                     TALLY_OK);
    size_t a = add(&d, "40", 0, 40, TALLY_Q_EXACT, "division", "formation");
    size_t b = add(&d, "45", 0, 45, TALLY_Q_EXACT, "division", "formation");
    size_t k = add(&d, "five", 0, 5, TALLY_Q_EXACT, "division", "formation");
    set_modality(&d, a, "planned");
    set_modality(&d, b, "actual");
    set_modality(&d, k, "actual");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_DIFFERENCE);
    assert_int_equal(r.v[0].stated, k);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, a);
    assert_int_equal(r.v[0].parts[1].fact, b);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* "20 more than the year before" names no plan, but a thing the sentence
 * before states with a word of the cue ("year"): the 300 is looked up, and
 * 320 - 300 = 20 is a DIFFERENCE. */
static void test_difference_target_not(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "In the first year the army had 300 tanks. A year later it had 320 tanks, "
                  "20 more than the year before.");
    assert_int_equal(tally_lexicon_add_file(d.lex, "datasets/lexicon/modality.csv", NULL),
                     TALLY_OK);
    add(&d, "300", 0, 300, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "320", 0, 320, TALLY_Q_EXACT, "tank", "materiel");
    add(&d, "20", 1, 20, TALLY_Q_EXACT, "tank", "materiel");
    for (size_t i = 0; i < d.facts.n; i++)
        set_modality(&d, i, "actual");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_DIFFERENCE);
    assert_int_equal(r.v[0].stated, 2);
    assert_int_equal(r.v[0].parts[0].fact, 0);
    assert_int_equal(r.v[0].parts[1].fact, 1);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* The product before its factors: "450 tons a day, to be carried by 150
 * aircraft each making one trip of 3 tons" -> PRODUCT 450 = 3 x 150. */
static void test_product_ahead(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The garrison needed 450 tons a day, to be carried by 150 aircraft each "
                  "making one trip of 3 tons.");
    size_t p = add(&d, "450", 0, 450, TALLY_Q_EXACT, "ton", "materiel");
    size_t c = add(&d, "150", 0, 150, TALLY_Q_EXACT, "aircraft", "aircraft");
    add(&d, "one", 0, 1, TALLY_Q_EXACT, "trip", "event");
    size_t t = add(&d, "3 tons", 0, 3, TALLY_Q_EXACT, "ton", "materiel");
    tally_relations r;
    relate(&d, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].kind, TALLY_REL_PRODUCT);
    assert_int_equal(r.v[0].stated, p);
    assert_int_equal(r.v[0].nparts, 2);
    assert_int_equal(r.v[0].parts[0].fact, t);
    assert_int_equal(r.v[0].parts[1].fact, c);
    tally_relations_free(&r);
    tdoc_free(&d);
}

/* No word handing the first figure to the carriers ("by", "requiring"):
 * "needed 900 tons, and its 200 trucks each carried 3 tons" states no
 * product of them -> no PRODUCT with 900 stated. */
static void test_product_ahead_not(void **state)
{
    (void)state;
    tdoc d;
    tdoc_init(&d, "The army needed 900 tons, and its 200 trucks each carried 3 tons.");
    size_t p = add(&d, "900", 0, 900, TALLY_Q_EXACT, "ton", "materiel");
    add(&d, "200", 0, 200, TALLY_Q_EXACT, "truck", "materiel");
    add(&d, "3 tons", 0, 3, TALLY_Q_EXACT, "ton", "materiel");
    tally_relations r;
    relate(&d, &r);
    for (size_t i = 0; i < r.n; i++)
        assert_int_not_equal(r.v[i].stated, p);
    tally_relations_free(&r);
    tdoc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paren_sum),     cmocka_unit_test(test_paren_types),
        cmocka_unit_test(test_paren_norm),    cmocka_unit_test(test_totaling_norm),
        cmocka_unit_test(test_or_about),      cmocka_unit_test(test_in_all_across),
        cmocka_unit_test(test_product),       cmocka_unit_test(test_fraction),
        cmocka_unit_test(test_change_subset), cmocka_unit_test(test_no_relation),
        cmocka_unit_test(test_unit_fallback), cmocka_unit_test(test_colon_sum),
        cmocka_unit_test(test_product_factors), cmocka_unit_test(test_average_bound),
        cmocka_unit_test(test_fraction_look_back),
        cmocka_unit_test(test_period_back), cmocka_unit_test(test_fraction_periods), cmocka_unit_test(test_fraction_lists),
        cmocka_unit_test(test_fraction_apposition), cmocka_unit_test(test_more_than),
        cmocka_unit_test(test_multiple), cmocka_unit_test(test_colon_list_end),
        cmocka_unit_test(test_late_total), cmocka_unit_test(test_together_with),
        cmocka_unit_test(test_each), cmocka_unit_test(test_at_rate),
        cmocka_unit_test(test_period), cmocka_unit_test(test_difference),
        cmocka_unit_test(test_three_sentences), cmocka_unit_test(test_list_too_small),
        cmocka_unit_test(test_comma_list), cmocka_unit_test(test_exchange),
        cmocka_unit_test(test_product_terms), cmocka_unit_test(test_month_days),
        cmocka_unit_test(test_month_days_not), cmocka_unit_test(test_difference_named),
        cmocka_unit_test(test_open_bound_not_part), cmocka_unit_test(test_share_of_subset),
        cmocka_unit_test(test_groups_of), cmocka_unit_test(test_colon_count),
        cmocka_unit_test(test_subset_more), cmocka_unit_test(test_each_back),
        cmocka_unit_test(test_chain), cmocka_unit_test(test_chain_each),
        cmocka_unit_test(test_raised_interest), cmocka_unit_test(test_raised_interest_not),
        cmocka_unit_test(test_total_back),
        cmocka_unit_test(test_total_back_restated),
        cmocka_unit_test(test_sized),
        cmocka_unit_test(test_unit_price),    cmocka_unit_test(test_change_absolute),
        cmocka_unit_test(test_change_no_amount), cmocka_unit_test(test_far_parts),
        cmocka_unit_test(test_far_parts_not),
        cmocka_unit_test(test_at_rate_unrelated), cmocka_unit_test(test_difference_target),
        cmocka_unit_test(test_difference_target_not), cmocka_unit_test(test_product_ahead),
        cmocka_unit_test(test_product_ahead_not), cmocka_unit_test(test_in_addition),
        cmocka_unit_test(test_in_addition_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
