/*
 * actor_fixture.h - what the unit tests of the actor rules share: a small
 * actors lexicon, a document cut into sentences at ". " and paragraphs at
 * blank lines, the owner the rules pick for a figure, and the actors found
 * in a text.  Included by tests/unit/test_actor_*.c only.
 */
#ifndef TALLY_TEST_ACTOR_FIXTURE_H
#define TALLY_TEST_ACTOR_FIXTURE_H

/* A small actors table: two sides and a word that is no actor. */
static inline tally_lexicon *test_lex(void)
{
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "actors",
                                           "term,actor\nSoviet Union,SU\nSoviet,SU\n"
                                           "Chinese,CN\nKorean,\n",
                                           &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_file(lex, "datasets/lexicon/actorwords.csv", &err),
                     TALLY_OK);
    return lex;
}

/* Sentences and paragraphs of text: a sentence ends at ". " or at a blank
 * line, which also starts a new paragraph. */
static inline void split_doc(const char *text, tally_segments *seg)
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

/* The owner of the figure spelled fig (its first occurrence after the
 * text marker after, "" for the first in the text) in text read as a whole
 * document, the sentences before it first, as tally extract reads it. */
static inline void doc_owner(const char *text, const char *after, const char *fig,
                      tally_actor_choice *c)
{
    tally_lexicon *lex = test_lex();
    tally_segments seg;
    tally_error err = {0};
    split_doc(text, &seg);
    const char *from = strstr(text, after);
    assert_non_null(from);
    const char *p = strstr(from, fig);
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

/* The actors found in t: their codes joined with "|" into out. */
static inline void codes_of(const char *t, char *out, size_t cap)
{
    tally_lexicon *lex = test_lex();
    tally_error err = {0};
    tally_actor_mention *m;
    size_t n;
    assert_int_equal(tally_actors_find(t, 0, strlen(t), lex, &m, &n, &err), TALLY_OK);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        snprintf(out + strlen(out), cap - strlen(out), "%s%s", i ? "|" : "", m[i].code);
    free(m);
    tally_lexicon_free(lex);
}

#endif
