/*
 * relate_each.c - a figure said of each of some things, and the number of
 * those things the document states before it.
 *
 * "Each station had four observers, 168 in all": the 168 is the four
 * times the stations, and the stations were counted a paragraph or two
 * before ("By 1943 the Section had 42 stations").  rel_each_things()
 * names the thing a figure is said of (the word after "each", "every",
 * "per", "a"; "to every battalion"; or the thing the sentence opens with,
 * "A station burned 45 tons a month"); relate_fit.c's fit_each pairs such
 * a rate with an earlier count when the product fits; and
 * rel_rule_each_whole() checks it, whatever the verdict, when the words
 * say the figure is the whole's ("the whole network needed 1,260 tons a
 * month", "in all", "altogether", "therefore", "thus") and the document
 * has counted the thing only once, with one value, before it ("36
 * stations" .. "the 36 stations"): 36 x 45 = 1,620, not 1,260.  Two
 * counts of the thing with different values (18 stations in 1941, 42 in
 * 1943) leave the check to the fit, which takes only what holds.
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
        if (!is_cue && (strcmp(w[k], "a") == 0 || strcmp(w[k], "an") == 0))
            is_cue = (at[k] < fb->tstart && !closes_clause(c, at[k], fb->tstart)) ||
                     (k > 0 && at[k] > fb->tend && rel_word_before_is(c, at[k], a, to));
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


/* The words that say a figure is the whole's, not one thing's. */
static const char *const whole_words[] = {"whole", "entire", "total", "altogether", "in all",
                                          "all told", "together", "therefore", "thus", NULL};
#define WHOLE_WORDS 6

/* 1 when one of whole_words stands among the WHOLE_WORDS words before R
 * (back to the figure before it or a ";", ":" or bracket) or the three
 * after it (to a mark). */
static int whole_cued(const ctx *c, size_t R)
{
    const tally_fact *fr = &c->f->v[R];
    size_t si = fr->sent_index, a = c->seg->sents[si].start, end = c->seg->sents[si].end;
    if (R > 0 && c->f->v[R - 1].sent_index == si && c->f->v[R - 1].tend > a)
        a = c->f->v[R - 1].tend;
    size_t k = fr->tstart;
    for (int w = 0; w < WHOLE_WORDS && k > a; w++) {
        size_t b = rel_word_back(c, k, a), m = b;
        while (m < k && !strchr(";:()", c->t[m]))
            m++;
        if (b >= k || m < k)
            break;
        k = b;
    }
    if (rel_phrase_in(c->t, k, fr->tstart, whole_words))
        return 1;
    size_t e = fr->tend;
    for (int w = 0; w < 3 && e < end; w++) {
        size_t s = e;
        while (s < end && c->t[s] == ' ')
            s++;
        size_t n = rel_word_at(c->t, s, end, (char[24]){0}, 24);
        if (n == s)
            break;
        e = n;
    }
    return rel_phrase_in(c->t, fr->tend, e, whole_words);
}

/* The word after "whole" or "entire" before R in its sentence ("the
 * whole district milled 1,300"), lower-cased into w; "" when none. */
static void whole_scope(const ctx *c, size_t R, char w[24])
{
    static const char *const whole[] = {"whole", "entire", NULL};
    const tally_fact *fr = &c->f->v[R];
    size_t s = c->seg->sents[fr->sent_index].start;
    w[0] = '\0';
    for (size_t i = s; i < fr->tstart; i++) {
        size_t k = i;
        if ((i > s && rel_wch((unsigned char)c->t[i - 1])) || !rel_word_within(c, i, fr->tstart, 1, whole))
            continue;
        rel_next_word(c->t, &k, fr->tstart, w, 24);   /* "whole" */
        if (!rel_next_word(c->t, &k, fr->tstart, w, 24))
            w[0] = '\0';
    }
}

/* 1 when fact j is a plain figure: a value stated exactly or about, not
 * a share, a bound, a range or a vague amount. */
static int plain_figure(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    return !c->fi[j].share && f->value > 0 &&
           (f->qual == TALLY_Q_EXACT || f->qual == TALLY_Q_APPROX);
}

/* The one value the section counts thing e[] with before fact b (plain
 * figures of 2 or more, at most REL_LOOK_BACK_MAX back): the index of
 * its last statement, NOPOS when there is none or two values, or when no
 * statement of it stands in b's paragraph or names it as the known whole
 * ("the 36 stations", "all 36", "its 36") or in the words of the whole
 * (scope, "district" of "the whole district": "The district ran 12
 * mills"): "The division kept 60 field kitchens" a paragraph before "the
 * kitchens of the whole front" counts one division's. */
static size_t only_count(const ctx *c, size_t b, char e[2][48], int ne, const char *scope)
{
    const char *const sc[] = {scope, NULL};
    static const char *const def[] = {"the", "all", "its", "their", NULL};
    int para = c->seg->sents[c->f->v[b].sent_index].para, known = 0;
    size_t found = NOPOS;
    for (size_t a = b; a-- > 0 && b - a <= REL_LOOK_BACK_MAX;) {
        const tally_fact *fa = &c->f->v[a];
        if (fa->section != c->f->v[b].section)
            break;
        int match = 0;
        for (int k = 0; k < ne; k++)
            match |= strcmp(c->fi[a].unit, e[k]) == 0;
        if (!match || !plain_figure(c, a) || fa->value < 2)
            continue;
        if (found == NOPOS)
            found = a;
        else if (c->f->v[found].value != fa->value)
            return NOPOS;
        const tally_sentence *sa = &c->seg->sents[fa->sent_index];
        known |= sa->para == para || rel_word_before_is(c, fa->tstart, sa->start, def) ||
                 (scope[0] && rel_phrase_in(c->t, sa->start, sa->end, sc));
    }
    return known ? found : NOPOS;
}

/* The rate R's whole is made of: the nearest figure of R's unit before
 * it, in its sentence or the one before in its paragraph; NOPOS if none. */
static size_t rate_before(const ctx *c, size_t R)
{
    const tally_fact *fr = &c->f->v[R];
    int para = c->seg->sents[fr->sent_index].para;
    for (size_t b = R; b-- > 0;) {
        const tally_fact *fb = &c->f->v[b];
        if (fb->sent_index + 1 < fr->sent_index || c->seg->sents[fb->sent_index].para != para)
            return NOPOS;
        if (rel_same_unit(&c->fi[b], &c->fi[R]))
            return b;
    }
    return NOPOS;
}

int rel_rule_each_whole(ctx *c)
{
    static const char *const and_w[] = {"and", NULL};
    for (size_t R = 0; R < c->f->n; R++) {
        const tally_fact *fr = &c->f->v[R];
        if (!plain_figure(c, R) || !c->fi[R].unit[0] || fr->value < 10 || !whole_cued(c, R))
            continue;
        size_t B = rate_before(c, R);
        if (B != NOPOS && (B + 1 != R || (c->f->v[B].sent_index != fr->sent_index &&
                                          R > 0 && c->f->v[R - 1].sent_index == fr->sent_index)))
            continue;   /* "the three colliers (90 men) and the trawlers together needed
                           200": a figure between names another part of the whole */
        int pb = -1, pr = -1;
        char e[2][48];
        int ne;
        if (B == NOPOS || !plain_figure(c, B) || !(c->f->v[B].value < fr->value) ||
            rel_word_before_is(c, c->f->v[B].tstart, rel_sent_open(c, c->f->v[B].sent_index),
                               and_w))
            continue;   /* "a main exchange and six forward exchanges, 28 in all": one
                           item of what each holds */
        rel_rate_of(c, B, &pb);
        rel_rate_of(c, R, &pr);
        if (pb != pr || (ne = rel_each_things(c, B, e)) == 0)
            continue;
        int own = 0;
        for (int k = 0; k < ne; k++)
            own |= strcmp(e[k], c->fi[R].unit) == 0;
        char scope[24];
        whole_scope(c, R, scope);
        size_t A = own ? NOPOS : only_count(c, B, e, ne, scope);
        if (A == NOPOS)
            continue;
        double prod = c->f->v[A].value * c->f->v[B].value;
        if (prod < 0.5 * fr->value || prod > 2 * fr->value)
            continue;   /* "A Halifax carried 15 containers, and the sorties therefore
                           delivered 4,305": not the 12 Halifaxes, another count */
        tally_relation r;
        rel_init(&r, TALLY_REL_PRODUCT, R, "each, the whole");
        rel_part(c, &r, B);
        rel_part(c, &r, A);
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}
