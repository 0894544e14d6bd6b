/*
 * relate_each.c - the thing a figure is said of ("each", "every", "per",
 * "a kitchen", "to every battalion").
 *
 * "Each station had four observers, 168 in all": the 168 is the four
 * times the stations, and the stations were counted a paragraph or two
 * before ("By 1943 the Section had 42 stations").  rel_each_things()
 * names the thing a figure is said of (the word after "each", "every",
 * "per", "a"; "to every battalion"; or the thing the sentence opens with,
 * "A station burned 45 tons a month"); relate_fit.c's fit_each pairs such
 * a rate with an earlier count when the product fits.  (A check of such a
 * product whatever its verdict, against a total the words call the
 * whole's, was tried in round 466 and dropped: a red-team round found
 * thirteen false alarms in thirteen traps, capacity against use ("could
 * carry ... only"), a whole of wider scope, a count that changed, totals
 * with other things in them.)
 */
#include <stdio.h>
#include <string.h>

#include "relate_int.h"

/* The most words of a rate's clause read for the thing it is said of. */
#define EACH_WORDS 12
/* 1 when w (lower case) is a word that cannot be the thing a rate is said
 * of ("each other", "every one of", "a day"): a period or a pronoun. */
static int each_word_ok(const ctx *c, const char *w)
{
    static const char *const no[] = {"other", "one", "of", "the", "his", "her", "its",
                                     "their", "few", "single", "time", NULL};
    char u[48], cat[16];
    for (size_t k = 0; no[k]; k++)
        if (strcmp(w, no[k]) == 0)
            return 0;
    if (rel_lookup_word(c->lex, w, u, cat) && strcmp(cat, "duration") == 0)
        return 0;
    return w[0] != '\0' && !(w[0] >= '0' && w[0] <= '9');
}

/* The lemma of the thing rate b is said of, into e (up to two: the word
 * after the cue and the one after it, "each infantry battalion"): "each
 * station", "every battalion", "per kitchen", "to a battery", or "A
 * kitchen" opening its sentence, in b's clause (from the figure before it
 * or the sentence's start, no ";", ":" or bracket between, to a few words
 * after it).  The number of lemmas. */
/* The thing a sentence opens with, "A station ...", "Each kitchen ...",
 * "Every battalion ...", when b is the sentence's first figure or every
 * figure before it is the same rate in another period ("A station burned
 * about 1.5 tons of coal a day, 45 tons a month"), so that b too is said
 * of one of them; into e as rel_each_things does.  The number of lemmas. */
static int opening_thing(const ctx *c, size_t b, char e[2][48])
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    size_t si = c->f->v[b].sent_index, i = rel_sent_open(c, si);
    size_t end = c->seg->sents[si].end;
    int pb = -1;
    rel_rate_of(c, b, &pb);
    for (size_t j = b; j-- > 0 && c->f->v[j].sent_index == si;) {
        int pj = -1;
        rel_rate_of(c, j, &pj);
        if (!rel_same_unit(&c->fi[j], &c->fi[b]) || pj < 0 || pb < 0 || pj == pb)
            return 0;   /* "a battleship 1,100 men, a cruiser 520 ..., thus 5,270": no
                           restatement of one rate in another period */
    }
    char w[24];
    if (!rel_next_word(c->t, &i, end, w, sizeof w))
        return 0;
    int is_one = 0;
    for (size_t q = 0; one[q]; q++)
        is_one |= strcmp(w, one[q]) == 0;
    if (!is_one || !rel_next_word(c->t, &i, end, w, sizeof w) || !each_word_ok(c, w))
        return 0;
    char u[48], cat[16];
    if (!rel_lookup_word(c->lex, w, u, cat))
        snprintf(u, sizeof u, "%s", w);
    snprintf(e[0], 48, "%s", u);
    return 1;
}

/* 1 when "a <thing>" at offset i before b ends its clause: a comma, ";"
 * or "and" / "or" right after its word or two ("820 men a sailing, and the
 * other 4,000": the rate's period of the figure before, no subject of
 * the next). */
static int closes_clause(const ctx *c, size_t i, size_t b)
{
    static const char *const conj[] = {"and", "or", "but", NULL};
    char w[24];
    rel_next_word(c->t, &i, b, w, sizeof w);   /* "a" */
    for (int n = 0; n < 2; n++) {
        if (!rel_next_word(c->t, &i, b, w, sizeof w))
            return 1;
        size_t k = i;
        while (k < b && c->t[k] == ' ')
            k++;
        if (k < b && strchr(",;:", c->t[k]))
            return 1;
        if (rel_word_within(c, k, b, 1, conj))
            return 1;
    }
    return 0;
}

int rel_each_things(const ctx *c, size_t b, char e[2][48])
{
    static const char *const cue[] = {"each", "every", "per", NULL};
    static const char *const to[] = {"to", "for", "in", NULL};
    const tally_fact *fb = &c->f->v[b];
    size_t si = fb->sent_index, open = rel_sent_open(c, si), a = open;
    size_t end = c->seg->sents[si].end;
    if (b > 0 && c->f->v[b - 1].sent_index == si && c->f->v[b - 1].tend > a)
        a = c->f->v[b - 1].tend;
    if (b + 1 < c->f->n && c->f->v[b + 1].sent_index == si && c->f->v[b + 1].tstart < end)
        end = c->f->v[b + 1].tstart;
    for (size_t k = fb->tstart; k > a; k--)
        if (strchr(";:()", c->t[k - 1])) {
            a = k;
            break;
        }
    for (size_t k = fb->tend; k < end; k++)
        if (strchr(";:()", c->t[k])) {
            end = k;
            break;
        }
    char w[EACH_WORDS][24];
    size_t at[EACH_WORDS], i = a;
    int nw = 0, ne = 0;
    while (nw < EACH_WORDS) {
        size_t s = i;
        if (!rel_next_word(c->t, &i, end, w[nw], sizeof w[nw]))
            break;
        while (s < i && !rel_wch((unsigned char)c->t[s]))
            s++;
        at[nw++] = s;
    }
    for (int k = 0; k + 1 < nw && ne == 0; k++) {
        int is_cue = 0;
        for (size_t q = 0; cue[q]; q++)
            is_cue |= strcmp(w[k], cue[q]) == 0;
        if (!is_cue && (strcmp(w[k], "a") == 0 || strcmp(w[k], "an") == 0)) {
            int wb = at[k] > fb->tend ? rel_words_between(c->t, fb->tend, at[k], ",;:()") : -1;
            is_cue = (at[k] < fb->tstart && !closes_clause(c, at[k], fb->tstart)) ||
                     (k > 0 && at[k] > fb->tend && rel_word_before_is(c, at[k], a, to)) ||
                     (wb >= 0 && wb <= 3);   /* "400 grams of flour a person a day" */
        }
        if (!is_cue || (at[k] > fb->tstart && at[k] < fb->tend))
            continue;
        for (int m = k + 1; m <= k + 2 && m < nw && ne < 2; m++) {
            if (!each_word_ok(c, w[m]))
                break;
            char u[48], cat[16];
            if (!rel_lookup_word(c->lex, w[m], u, cat))
                snprintf(u, sizeof u, "%s", w[m]);
            snprintf(e[ne++], 48, "%s", u);
        }
    }
    if (ne == 0 && b > 0)
        ne = opening_thing(c, b, e);
    return ne;
}


