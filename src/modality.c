/*
 * modality.c - the kind of claim a figure is (see modality.h): cue words and
 * phrases from the "modality" lexicon table, found on tokens (words.h)
 * around the figure, with negation and reported speech.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "words.h"
#include "tally/modality.h"

static const char *const modalities[] = {"actual", "planned", "promised", "requested",
                                         "estimated", "hypothetical", NULL};

/* Modal verbs: a figure right before one is its subject. */
static const char *const modals[] = {"would", "could", "should", "will", "might", "may",
                                     "shall", "must", "can", NULL};

/* Words after the noun phrase that make the figure the subject of a cue:
 * modal verbs and auxiliaries ("three airfields had to be built"). */
static const char *const after_words[] = {"would", "could", "should", "will", "might", "may",
                                          "shall", "must", "can", "had", "has", "have",
                                          "was", "were", NULL};

/* Words that end the noun phrase after a figure. */
static const char *const np_stop[] = {
    "to", "from", "that", "which", "who", "and", "or", "but", "in", "at", "on", "for",
    "with", "by", "of", "into", "was", "were", "had", "have", "has", "is", "are", "would",
    "could", "should", "will", "might", "may", "must", "can", "shall", "be", "been", "per",
    "as", "than", "while", "when", "after", "before", "during", "if", NULL};

/* Words that stop the backward search for a cue. */
static const char *const breaks[] = {"but", "although", "though", "while", "whereas",
                                     "because", NULL};

static const char *const negations[] = {"not", "never", "no", "n't", "neither", "nor", NULL};

int tally_modality_valid(const char *name)
{
    for (size_t i = 0; modalities[i]; i++)
        if (strcmp(name, modalities[i]) == 0)
            return 1;
    return 0;
}

/* A cue found in the tokens. */
typedef struct cue {
    size_t a, b;                /* tokens [a, b) */
    const char *modality;       /* borrowed from the lexicon */
} cue;

/* The longest cue starting at token i, or 0 tokens. */
static size_t cue_at(const char *t, const words *w, size_t i, const tally_lexicon *lex,
                     const char **modality)
{
    if (w->v[i].kind != TOK_WORD)
        return 0;
    for (size_t len = 4; len >= 1; len--) {
        if (i + len > w->n)
            continue;
        char key[96];
        size_t o = 0;
        for (size_t k = i; k < i + len && o + 1 < sizeof key; k++) {
            if (k > i)
                key[o++] = ' ';
            for (size_t j = w->v[k].start; j < w->v[k].end && o + 1 < sizeof key; j++)
                key[o++] = t[j];
        }
        key[o] = '\0';
        const char *m = tally_lexicon_get(lex, "modality", key, "modality");
        if (m && tally_modality_valid(m)) {
            *modality = m;
            return len;
        }
    }
    return 0;
}

/* 1 when the cue at tokens [a, b) is negated: "not" just before it (one
 * auxiliary between allowed: "did not plan") or right after a modal
 * ("would not"). */
static int negated_at(const char *t, const words *w, size_t a, size_t b)
{
    for (size_t k = a, n = 0; k > 0 && n < 2; k--, n++)
        if (tok_in(t, &w->v[k - 1], negations))
            return 1;
    if (b - a == 1 && tok_in(t, &w->v[a], modals) && b < w->n &&
        tok_in(t, &w->v[b], negations))
        return 1;
    return 0;
}

/* Fill out from cue c. */
static void take(tally_modality_choice *out, const char *t, const words *w, const cue *c,
                 int neg, const char *rule)
{
    (void)t;
    snprintf(out->modality, sizeof out->modality, "%s", c->modality);
    out->cue_start = w->v[c->a].start;
    out->cue_end = w->v[c->b - 1].end;
    out->negated = neg;
    out->rule = rule;
}

/* 1 when modality m is a kind that negation cancels (a plan not made). */
static int cancellable(const char *m)
{
    return strcmp(m, "planned") == 0 || strcmp(m, "promised") == 0 ||
           strcmp(m, "requested") == 0 || strcmp(m, "estimated") == 0;
}

tally_status tally_modality_pick(const char *text, const tally_sentence *s, size_t fstart,
                                 size_t fend, size_t mend, const tally_lexicon *lex,
                                 tally_modality_choice *out, tally_error *err)
{
    words w;
    memset(out, 0, sizeof *out);
    snprintf(out->modality, sizeof out->modality, "actual");
    out->rule = "default";
    if (words_split(text, s->start, s->end, &w) < 0)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    size_t fi = 0;
    while (fi < w.n && w.v[fi].start < fstart)
        fi++;
    size_t li = fi;
    size_t stop = mend > fend ? mend : fend;
    while (li + 1 < w.n && w.v[li + 1].end <= stop)
        li++;
    /* the end of the noun phrase: a few words that are not function words */
    size_t e = li + 1;
    for (size_t n = 0; e < w.n && n < 4 && !(mend > fend); n++, e++)
        if ((w.v[e].kind == TOK_PUNCT && !tok_punct(text, &w.v[e], "-")) ||
            tok_in(text, &w.v[e], np_stop))
            break;
    if (e < w.n && tok_punct(text, &w.v[e], ")"))
        e++;
    const char *m;
    size_t len;
    cue c;
    /* 2. a participle inside or right after the phrase: "the 150 projected by" */
    for (size_t k = li + 1; k <= e && k < w.n; k++) {
        size_t l = w.v[k].end - w.v[k].start;
        if (l > 2 && text[w.v[k].end - 1] == 'd' && text[w.v[k].end - 2] == 'e' &&
            (len = cue_at(text, &w, k, lex, &m)) == 1) {
            c.a = k, c.b = k + 1, c.modality = m;
            take(out, text, &w, &c, 0, "after the figure");
            words_free(&w);
            return TALLY_OK;
        }
    }
    /* 1. a modal verb after the phrase: the figure is its subject */
    if (e < w.n && tok_in(text, &w.v[e], after_words) && (len = cue_at(text, &w, e, lex, &m))) {
        c.a = e, c.b = e + len, c.modality = m;
        int neg = negated_at(text, &w, c.a, c.b);
        take(out, text, &w, &c, neg, "after the figure");
        if (neg && len == 1)
            snprintf(out->modality, sizeof out->modality, "hypothetical");
        words_free(&w);
        return TALLY_OK;
    }
    /* 3. the nearest cue before the figure, within its clause chain */
    size_t lo = fi;
    while (lo > 0 && !tok_in(text, &w.v[lo - 1], breaks))
        lo--;
    cue best = {0, 0, NULL};
    int bestneg = 0;
    for (size_t i = lo; i < fi;) {
        if (!(len = cue_at(text, &w, i, lex, &m))) {
            i++;
            continue;
        }
        if (i + len > fi)
            break;
        int neg = negated_at(text, &w, i, i + len);
        if (!(neg && cancellable(m) && !(len == 1 && tok_in(text, &w.v[i], modals)))) {
            best.a = i, best.b = i + len, best.modality = m;
            bestneg = neg;
        }
        i += len;
    }
    if (best.modality) {
        take(out, text, &w, &best, bestneg, "before the figure");
        if (bestneg && best.b - best.a == 1 && tok_in(text, &w.v[best.a], modals))
            snprintf(out->modality, sizeof out->modality, "hypothetical");
    }
    words_free(&w);
    return TALLY_OK;
}
