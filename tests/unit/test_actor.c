/*
 * test_actor.c - actors named in text and the owner of a figure: the noun
 * phrase first, the clause subject rather than the speaker or the
 * recipient, parentheses, relative clauses, the previous sentence, actors
 * the lexicon does not know (nationality adjectives, country-shaped names,
 * names acting as subjects, not persons or places), a leading subordinate
 * clause, and all-capital codes that must match exactly; places that are
 * not actors, verbs of loss and of receiving (a receiver never owns what
 * it received), coordinated clauses, currency signs ("US$"), and over a
 * whole document the countries it implies, the topic actor of its title,
 * the subject in force (not from a relative clause) and the main actor
 * (the side owning most figures).
 * Sentences are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "annot.h"
#include "tally/actor.h"

/* A user's word file joined to the shipped "actorwords" table by test_lex()
 * (NULL: none), as --lexicon FILE joins it. */
static const char *user_words;

/* A small actors table, the shipped word lists of actor.c
 * (datasets/lexicon/actorwords.csv) and the user's words, if any. */
static tally_lexicon *test_lex(void)
{
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "actors",
                                           "term,actor\nStalin,SU\nSoviet Union,SU\nSoviet,SU\n"
                                           "Chinese,CN\nMao,CN\nCPV,CN\nUS,US\nKorean,\n",
                                           &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_file(lex, "datasets/lexicon/actorwords.csv", &err),
                     TALLY_OK);
    if (user_words)
        assert_int_equal(tally_lexicon_join_file(lex, user_words, &err), TALLY_OK);
    return lex;
}

/* One-sentence segments over the ". "-separated sentences of text. */
static void split(const char *text, tally_segments *seg)
{
    memset(seg, 0, sizeof *seg);
    seg->sents = calloc(8, sizeof *seg->sents);
    assert_non_null(seg->sents);
    size_t i = 0, len = strlen(text);
    while (i < len) {
        const char *e = strstr(text + i, ". ");
        size_t end = e ? (size_t)(e - text) + 1 : len;
        seg->sents[seg->nsents].start = i;
        seg->sents[seg->nsents].end = end;
        seg->sents[seg->nsents].para = 1;
        seg->nsents++;
        i = end + 1;
    }
}

/* The owner of the figure spelled fig (first occurrence) in text. */
static void owner(const char *text, const char *fig, tally_actor_choice *c)
{
    tally_lexicon *lex = test_lex();
    tally_segments seg;
    tally_error err = {0};
    split(text, &seg);
    const char *p = strstr(text, fig);
    assert_non_null(p);
    size_t s = (size_t)(p - text), si = 0;
    while (si + 1 < seg.nsents && seg.sents[si + 1].start <= s)
        si++;
    assert_int_equal(tally_actor_pick(text, &seg, si, s, s + strlen(fig), s + strlen(fig), lex,
                                      c, &err), TALLY_OK);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void find_mentions(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    const char *t = "The Soviet Union sent us 20 tanks; Mao's men and the Ruritanian army watched.";
    tally_actor_mention *m;
    size_t n;
    assert_int_equal(tally_actors_find(t, 0, strlen(t), lex, &m, &n, &err), TALLY_OK);
    assert_int_equal(n, 3);   /* "us" is not US */
    assert_string_equal(m[0].code, "SU");
    assert_int_equal(m[0].start, 4);
    assert_int_equal(m[0].end, 16);   /* the whole "Soviet Union" */
    assert_string_equal(m[1].code, "CN");   /* "Mao's" */
    assert_string_equal(m[2].code, "Ruritania");
    assert_int_equal(m[2].known, 0);
    free(m);
    tally_lexicon_free(lex);
}

static void owner_not_speaker_or_recipient(void **state)
{
    (void)state;
    tally_actor_choice c;
    owner("Stalin declared that the Soviet Union would send 375 jets to the Chinese.", "375", &c);
    assert_string_equal(c.code, "SU");
    assert_string_equal(c.rule, "clause");
    owner("Mao said that the Chinese would move 40 guns to Soviet depots.", "40", &c);
    assert_string_equal(c.code, "CN");
}

static void noun_phrase_first(void **state)
{
    (void)state;
    tally_actor_choice c;
    owner("Mao asked for two Soviet air divisions at once.", "two", &c);
    assert_string_equal(c.code, "SU");
    assert_string_equal(c.rule, "noun phrase");
    owner("Mao kept the CPV's gun units (eleven regiments), along with the Soviet troops "
          "(eight regiments), near the river.", "eight", &c);
    assert_string_equal(c.code, "SU");
    owner("Mao kept the CPV's gun units (eleven regiments), along with the Soviet troops "
          "(eight regiments), near the river.", "eleven", &c);
    assert_string_equal(c.code, "CN");
}

static void unknown_actor_and_fallbacks(void **state)
{
    (void)state;
    tally_actor_choice c;
    owner("By then the Ruritanian regiments had lost 40 tanks.", "40", &c);
    assert_string_equal(c.code, "Ruritania");
    owner("The Chinese army crossed the river. It had 300 guns.", "300", &c);
    assert_string_equal(c.code, "CN");
    assert_string_equal(c.rule, "previous sentence");
    owner("The Korean weather was cold. It lasted 30 days.", "30", &c);
    assert_string_equal(c.code, "");   /* "Korean" is marked as no actor */
}

static void countries_not_in_the_lexicon(void **state)
{
    (void)state;
    tally_actor_choice c;
    owner("The Royal Carvanian Navy had 18 escorts.", "18", &c);
    assert_string_equal(c.code, "Carvania");      /* "Royal" does not make it a name */
    owner("By then the Ruritanians had lost 40 tanks.", "40", &c);
    assert_string_equal(c.code, "Ruritania");     /* the people's plural */
    owner("Syldavia agreed to send 40 tanks.", "40", &c);
    assert_string_equal(c.code, "Syldavia");      /* shaped like a country */
    owner("After long talks, Westmark agreed to lend 30 guns.", "30", &c);
    assert_string_equal(c.code, "Westmark");      /* a name acting as a subject */
    owner("Brother Julian had 12 goats.", "12", &c);
    assert_string_equal(c.code, "");              /* a person's name, not a country */
    owner("The road ran through Halvik for 12 miles.", "12", &c);
    assert_string_equal(c.code, "");              /* a place, not a subject */
}

static void leading_clause_is_not_the_owner(void **state)
{
    (void)state;
    tally_actor_choice c;
    owner("When Bordurian columns cut the road, the Ruritanian garrison held 300 guns.", "300",
          &c);
    assert_string_equal(c.code, "Ruritania");
    assert_string_equal(c.rule, "clause");
    owner("The Bordurian columns cut the road while the Ruritanian garrison held 300 guns.",
          "300", &c);
    assert_string_equal(c.code, "Ruritania");
}

/* Sentences and paragraphs of text: a sentence ends at ". " or at a blank
 * line, which also starts a new paragraph. */
static void split_doc(const char *text, tally_segments *seg)
{
    memset(seg, 0, sizeof *seg);
    seg->sents = calloc(16, sizeof *seg->sents);
    assert_non_null(seg->sents);
    size_t i = 0, len = strlen(text);
    int para = 1;
    while (i < len && seg->nsents < 16) {
        const char *dot = strstr(text + i, ". "), *gap = strstr(text + i, "\n\n");
        size_t end = len, next = len;
        if (dot && (!gap || dot < gap))
            end = (size_t)(dot - text) + 1, next = end + 1;
        else if (gap)
            end = (size_t)(gap - text), next = end + 2;
        tally_sentence *s = &seg->sents[seg->nsents++];
        s->start = i;
        s->end = end;
        s->para = para;
        s->section = TALLY_SECTION_BODY;
        if (gap && (size_t)(gap - text) == end)
            para++;
        i = next;
    }
}

/* The owner of figure fig in text read as a whole document (as tally
 * extract reads it: the sentences before the figure's are read first). */
static void doc_owner(const char *text, const char *fig, tally_actor_choice *c)
{
    tally_lexicon *lex = test_lex();
    tally_segments seg;
    tally_error err = {0};
    split_doc(text, &seg);
    const char *p = strstr(text, fig);
    assert_non_null(p);
    size_t s = (size_t)(p - text), si = 0;
    while (si + 1 < seg.nsents && seg.sents[si + 1].start <= s)
        si++;
    annot_cache cache;
    annot_doc doc;
    memset(&doc, 0, sizeof doc);
    annot_cache_init(&cache);
    cache.doc = &doc;
    assert_int_equal(annot_actor_pick(text, &seg, si, s, s + strlen(fig), s + strlen(fig), lex,
                                      &cache, c, &err), TALLY_OK);
    annot_cache_free(&cache);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void places_are_not_actors(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_actor_mention *m;
    size_t n;
    /* a port as the subject of "was": "the port of" makes it a place */
    const char *t = "Grain landed at the port of Kelbor was moved inland.";
    assert_int_equal(tally_actors_find(t, 0, strlen(t), lex, &m, &n, &err), TALLY_OK);
    assert_int_equal(n, 0);
    free(m);
    tally_lexicon_free(lex);
    tally_actor_choice c;
    /* alone, a name acting as a subject is an actor ... */
    owner("By then, Kelbor had 12 cranes.", "12", &c);
    assert_string_equal(c.code, "Kelbor");
    /* ... but not once the document has put it after "the port of" */
    doc_owner("The ships unloaded at the port of Kelbor. By then, Kelbor had 12 cranes.", "12",
              &c);
    assert_string_equal(c.code, "");
    /* an actor after a preposition and an article is not the subject */
    owner("Of these, 600 guns were made at home under a Ruritanian licence.", "600", &c);
    assert_string_equal(c.code, "");
}

static void countries_from_the_document(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* "the Dravek government": a country, though no rule of shape says so */
    doc_owner("Help came from abroad. The Dravek government promised 30 trucks.", "30", &c);
    assert_string_equal(c.code, "Dravek");
    /* the title's actor owns a new paragraph's figures that name none */
    const char *t = "The Marovian Grain Convoys\n\nThe Dravek government promised 30 trucks. "
                    "Deliveries began with 8 trucks in May.\n\n"
                    "The convoys carried 900 tons in the first month.";
    doc_owner(t, "8 trucks", &c);
    assert_string_equal(c.code, "Dravek");   /* the subject in force */
    doc_owner(t, "900", &c);
    assert_string_equal(c.code, "Marovia");
    assert_string_equal(c.rule, "topic");
}

static void verbs_of_loss_and_receiving(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* ships sunk are the victim's */
    owner("The Chinese held the islands. Soviet submarines had sunk 14 supply ships.", "14", &c);
    assert_string_equal(c.code, "CN");
    owner("The Chinese held the islands. In May, 14 supply ships were sunk by Soviet boats.",
          "14", &c);
    assert_string_equal(c.code, "CN");
    /* goods received are the giver's when the giver is named */
    owner("The Chinese received 40 tanks from the Soviet Union in May.", "40", &c);
    assert_string_equal(c.code, "SU");
    assert_string_equal(c.rule, "noun phrase");   /* "40 tanks from the Soviet Union" */
    owner("The Chinese received 40 tanks in May from the Soviet Union.", "40", &c);
    assert_string_equal(c.code, "SU");
    assert_string_equal(c.rule, "giver");
    /* an actor in a coordinated clause after the figure is not its owner */
    owner("The Chinese held the islands. The islands lay three days from the base, and Soviet "
          "boats watched the approaches.", "three", &c);
    assert_string_equal(c.code, "CN");
}

static void receivers_and_coordinated_clauses(void **state)
{
    (void)state;
    tally_actor_choice c;
    /* what a side received is the giver's even when the giver is not named */
    owner("The Soviet Union promised 50 tanks. By May the Chinese had received 30 tanks.", "30",
          &c);
    assert_string_equal(c.code, "SU");
    /* the receiver is the actor nearest the verb; the first one is the giver */
    owner("Of the 40 tanks the Soviet Union sent, the Chinese received 30.", "30", &c);
    assert_string_equal(c.code, "SU");
    /* "after receiving" months of training: the trainees' time */
    owner("Chinese pilots flew after receiving 8 months of training.", "8", &c);
    assert_string_equal(c.code, "CN");
    /* a coordinated clause with a subject of its own */
    owner("The Soviet Union sent 40 tanks, and the Chinese paid 12 million roubles.", "12", &c);
    assert_string_equal(c.code, "CN");
    /* ... but not a second verb of the same subject */
    owner("The Soviet Union agreed to send jets, and to supply the Chinese with 12 guns.", "12",
          &c);
    assert_string_equal(c.code, "SU");
    /* units a side equips are counted, but the equipping is the subject's */
    owner("The Soviet Union agreed to outfit 16 Chinese divisions.", "16", &c);
    assert_string_equal(c.code, "SU");
    owner("The Soviet Union watched 16 Chinese divisions.", "16", &c);
    assert_string_equal(c.code, "CN");
    /* the provider after "from" in the figure's noun phrase */
    owner("In 1951 Mao arranged a loan of 40 million roubles from the Soviet Union.", "40", &c);
    assert_string_equal(c.code, "SU");
}

static void currency_is_not_an_actor(void **state)
{
    (void)state;
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_actor_mention *m;
    size_t n;
    const char *t = "A loan of US$ 40 million and US$12 million more came from Chinese banks.";
    assert_int_equal(tally_actors_find(t, 0, strlen(t), lex, &m, &n, &err), TALLY_OK);
    assert_int_equal(n, 1);   /* "US$" twice is a currency */
    assert_string_equal(m[0].code, "CN");
    free(m);
    t = "The US sent 40 guns.";
    assert_int_equal(tally_actors_find(t, 0, strlen(t), lex, &m, &n, &err), TALLY_OK);
    assert_int_equal(n, 1);   /* "US" alone is an actor */
    assert_string_equal(m[0].code, "US");
    free(m);
    tally_lexicon_free(lex);
}

/* The owners of the figures figs[0..n) of text, picked in order with one
 * cache over the whole document (as tally extract does). */
static void doc_owners(const char *text, const char *const *figs, size_t n, char codes[][48])
{
    tally_lexicon *lex = test_lex();
    tally_segments seg;
    tally_error err = {0};
    split_doc(text, &seg);
    annot_cache cache;
    annot_doc doc;
    memset(&doc, 0, sizeof doc);
    annot_cache_init(&cache);
    cache.doc = &doc;
    const char *from = text;
    for (size_t j = 0; j < n; j++) {
        const char *p = strstr(from, figs[j]);
        assert_non_null(p);
        from = p + strlen(figs[j]);
        size_t s = (size_t)(p - text), si = 0;
        while (si + 1 < seg.nsents && seg.sents[si + 1].start <= s)
            si++;
        tally_actor_choice c;
        assert_int_equal(annot_actor_pick(text, &seg, si, s, s + strlen(figs[j]),
                                          s + strlen(figs[j]), lex, &cache, &c, &err), TALLY_OK);
        snprintf(codes[j], 48, "%s", c.code);
    }
    annot_cache_free(&cache);
    free(seg.sents);
    tally_lexicon_free(lex);
}

static void document_subjects_and_main_actor(void **state)
{
    (void)state;
    char codes[4][48];
    /* an actor inside a relative clause is not the subject in force */
    const char *t = "The Chinese army crossed the river. It lost 5 guns, by which time Soviet "
                    "jets flew above. It had 30 guns left.";
    const char *const f1[] = {"30"};
    doc_owners(t, f1, 1, codes);
    assert_string_equal(codes[0], "CN");
    /* the main actor is the side owning most figures so far, not the most
       frequent subject: the Chinese are the subject twice, the Soviet wing
       once but with three figures */
    t = "The Chinese army waited. The Chinese army dug in. The Soviet wing flew 40 sorties, "
        "30 sorties and 20 sorties.\n\nThe cost was high. The weather was cold. Later 12 "
        "aircraft were lost.";
    const char *const f2[] = {"40", "30", "20", "12"};
    doc_owners(t, f2, 4, codes);
    assert_string_equal(codes[0], "SU");
    assert_string_equal(codes[2], "SU");
    assert_string_equal(codes[3], "SU");
}

/* A word a user adds to the "actorwords" table in a file of their own
 * changes whose a figure is: a noun that stands for the side that
 * introduced it ("the Soviet flotilla", then "the flotilla"). */
static void users_own_words(void **state)
{
    (void)state;
    static const char doc[] = "The Soviet flotilla sailed in May. The Chinese army waited. "
                              "Then the flotilla lost 12 boats.";
    tally_actor_choice c;
    doc_owner(doc, "12", &c);
    assert_string_equal(c.code, "CN");   /* "flotilla" means nothing: the side before */
    user_words = "tests/data/actorwords_user.csv";
    doc_owner(doc, "12", &c);
    assert_string_equal(c.code, "SU");   /* "the flotilla": the Soviet one */
    user_words = NULL;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(find_mentions),
        cmocka_unit_test(owner_not_speaker_or_recipient),
        cmocka_unit_test(noun_phrase_first),
        cmocka_unit_test(unknown_actor_and_fallbacks),
        cmocka_unit_test(countries_not_in_the_lexicon),
        cmocka_unit_test(leading_clause_is_not_the_owner),
        cmocka_unit_test(places_are_not_actors),
        cmocka_unit_test(countries_from_the_document),
        cmocka_unit_test(verbs_of_loss_and_receiving),
        cmocka_unit_test(receivers_and_coordinated_clauses),
        cmocka_unit_test(currency_is_not_an_actor),
        cmocka_unit_test(document_subjects_and_main_actor),
        cmocka_unit_test(users_own_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
