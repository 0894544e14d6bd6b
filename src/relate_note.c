/*
 * relate_note.c - totals whose parts are listed elsewhere than beside them:
 * in the endnote the total's sentence cites, or right after the total as
 * "N of them ... and the other M ...", or in the sentence after it.  Rules
 * of the relate module (relate_int.h), giving SUM (the note gap DIFFERENCE):
 *
 *  - note parts (rel_rule_note_parts, run once per document after the
 *    sentence rules): a body figure T citing note n, and a sentence of
 *    note n listing two or more figures comparable with T, each below it
 *    ("The register gives 19 attacks for 1941, 41 for 1942 and 27 for
 *    1943" under "87 attacks").  The list is T's breakdown when it adds up
 *    to T exactly, or, when the note's sentence says it is a breakdown
 *    ("breaks down as", "made up of", "of these", "in two instalments"),
 *    when it comes within a tenth of T, so that a slip can be flagged.  A
 *    note sentence holding a figure as large as T (a whole of its own, "Of
 *    the 96 pilots, 30 ...") or restating T gives T no parts.  A sentence
 *    may break down two totals exactly ("five battalions and 5,120 men;
 *    ... four battalions and 3,880 men" under "nine battalions and 9,000
 *    men"): each exact breakdown is its total's (round 535);
 *  - "of them" parts (rel_rule_of_them_parts, per sentence): "trained 312
 *    aircrew, 96 of them pilots and the other 216 gunners", "1,150 lorries;
 *    820 of them heavy and 330 light": a part A right before "of them" /
 *    "of these" / "of whom", the figures joined to it by "," and "and", and
 *    the figure T those words refer back to (the nearest comparable figure
 *    before A, in A's sentence or the one before; an item after "the
 *    other" is T's rest whatever its noun; an item with its verb left
 *    out, "740 of them and the cruisers for 1,160", round 373; A may be
 *    the SUBSET of T found for "of them" already).  Exact sums always; a
 *    list closed by "the other" / "the remaining" / "the rest" says it is
 *    the whole of T and is taken within a tenth.
 *  - rest parts (rel_rule_rest_next, per sentence, round 363): a list
 *    closed as a whole's rest ("Three of them ...; the other two ...",
 *    "..., 1,900 smuggled in and the last 400 bought") whose whole is the
 *    one figure of the sentence before its parts come within a tenth of;
 *    a whole that is a flow per a period, or a figure after one ("carried
 *    1.2 million litres a day. Of this, about 270,000 ..."), may take
 *    parts said per that same period ("150,000 litres a day and ... the
 *    other 100,000"), round 412;
 *  - note gaps (rel_rule_note_gap, with the note parts, round 303): a
 *    figure D of note n that no relation states, and two figures of the
 *    body sentence citing n, a total A of D's things and a part B after
 *    it (of D's unit or bare, "31 aircraft ... (22) fell to flak rather
 *    than to fighters"; note: "the nine lost to fighters"), A - B = D
 *    exactly and a word of D's clause in the words after B -> DIFFERENCE
 *    (the rest of A the note names); one such pair only.
 *
 * No rule allocates except through rel_add().  Both look back a
 * bounded number of figures (REL_LOOK_BACK_MAX), so they stay linear.
 */
#include <math.h>
#include <string.h>
#include <strings.h>

#include "relate_int.h"

/* How far from its total a list said to be the total's breakdown may be
 * and still be read as one (a slip); farther off it is other figures. */
#define NOTE_NEAR 0.10

/* 1 when fact j may be an item of a list of parts: no share, rate or
 * bound, not already a part, a positive value. */
static int listable(const ctx *c, size_t j)
{
    const tally_fact *f = &c->f->v[j];
    const finfo *p = &c->fi[j];
    return !p->share && !p->part && !isnan(f->value) && f->value > 0 &&
           f->qual != TALLY_Q_AT_LEAST && f->qual != TALLY_Q_AT_MOST && !rel_is_rate(c, j);
}

/* 1 when fact T may be a total: listable but for being a part (a whole
 * of a breakdown may be a part of a larger one: "9,000 men, of whom
 * 2,000 are regulars" and a note listing the 2,000 by rank), with a unit. */
static int totalable(const ctx *c, size_t T)
{
    const tally_fact *f = &c->f->v[T];
    return !c->fi[T].share && !isnan(f->value) && f->value > 0 && f->qual != TALLY_Q_AT_LEAST &&
           f->qual != TALLY_Q_AT_MOST && !rel_is_rate(c, T) && c->fi[T].unit[0];
}

/* 1 when |sum - T| is nothing (exact) -> 2, within NOTE_NEAR -> 1, else 0. */
static int closeness(double sum, double tv)
{
    double d = fabs(sum - tv);
    if (d <= 1e-9 * tv)
        return 2;
    return d <= NOTE_NEAR * tv ? 1 : 0;
}

/* 1 when the text t[a..b) says a list is a breakdown of a total. */
static int says_breakdown(const ctx *c, size_t a, size_t b)
{
    static const char *const cues[] = {
        "breaks down", "broken down", "break down", "made up of", "made up as",
        "consisted of", "comprised", "comprising", "divided among", "divided between",
        "split between", "split among", "of these", "of which", "of whom",
        "instalments", "installments", "by district", "by month", "by type",
        "by cause", "by line", "by kind", NULL};
    return rel_phrase_in(c->t, a, b, cues);
}

/* The note-sentence run [g, e) of facts: its items comparable with T, each
 * below T, into parts; 0 when a comparable figure is as large as T or
 * fewer than two items. */
static size_t note_items(const ctx *c, size_t g, size_t e, size_t T, size_t *parts,
                         double *sum)
{
    size_t np = 0;
    *sum = 0;
    for (size_t j = g; j < e; j++) {
        if (c->f->v[j].value == c->f->v[T].value)
            return 0;   /* the note restates the total: its own rules read it */
        if (!rel_comparable(&c->fi[j], &c->fi[T]))
            continue;
        if (!listable(c, j) || c->f->v[j].value >= c->f->v[T].value)
            return 0;   /* a whole of the note's own, or a rate: no list of T's */
        if (np == TALLY_REL_MAXPARTS)
            return 0;
        parts[np++] = j;
        *sum += c->f->v[j].value;
    }
    return np >= 2 ? np : 0;
}

/* 1 when one of the np facts of parts is a part of a relation already. */
static int parts_taken(const ctx *c, const size_t *parts, size_t np)
{
    for (size_t i = 0; i < c->out->n; i++)
        for (size_t k = 0; k < c->out->v[i].nparts; k++)
            for (size_t m = 0; m < np; m++)
                if (c->out->v[i].parts[k].fact == parts[m])
                    return 1;
    return 0;
}

/* One sentence of note n, facts [g, e): the body total it breaks down,
 * looked for among the figures before g citing n; a SUM when found. */
static int note_sentence(ctx *c, size_t g, size_t e)
{
    int n = c->f->v[g].note;
    const tally_sentence *s = &c->seg->sents[c->f->v[g].sent_index];
    int cued = says_breakdown(c, s->start, s->end);
    size_t best = NOPOS, bparts[TALLY_REL_MAXPARTS], bnp = 0, stop = 0;
    int bclose = 0, tie = 0, exact = 0;
    double bdiff = 0;
    if (g > REL_LOOK_BACK_MAX)
        stop = g - REL_LOOK_BACK_MAX;
    for (size_t T = g; T-- > stop;) {
        const tally_fact *t = &c->f->v[T];
        if (t->section != TALLY_SECTION_BODY || t->note != n || !totalable(c, T))
            continue;
        size_t parts[TALLY_REL_MAXPARTS];
        double sum;
        size_t np = note_items(c, g, e, T, parts, &sum);
        if (!np)
            continue;
        int cl = closeness(sum, t->value);
        if (cl == 0 || (cl == 1 && !cued))
            continue;
        if (cl == 2 && !parts_taken(c, parts, np)) {
            /* an exact breakdown is T's whatever else the sentence breaks down:
               "The five battalions of the First Army counted 5,120 men, the four
               of the Second 3,880" under "nine battalions ... some 9,000" */
            tally_relation x;
            rel_init(&x, TALLY_REL_SUM, T, "parts in the endnote");
            for (size_t m = 0; m < np; m++)
                rel_part(c, &x, parts[m]);
            if (rel_add(c, &x) < 0)
                return -1;
            exact++;
            continue;
        }
        double d = fabs(sum - t->value);
        if (best != NOPOS && cl == bclose && d == bdiff)
            tie = 1;
        if (best == NOPOS || cl > bclose || (cl == bclose && d < bdiff)) {
            best = T;
            bclose = cl;
            bdiff = d;
            bnp = np;
            tie = 0;
            memcpy(bparts, parts, np * sizeof *parts);
        }
    }
    if (best == NOPOS || tie || exact)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, best, "parts in the endnote");
    for (size_t m = 0; m < bnp; m++)
        rel_part(c, &r, bparts[m]);
    return rel_add(c, &r);
}

/* Rule N1: body totals whose parts a sentence of the note they cite lists
 * (top comment).  Each endnote sentence is read once. */
int rel_rule_note_parts(ctx *c)
{
    size_t i = 0;
    while (i < c->f->n) {
        const tally_fact *f = &c->f->v[i];
        size_t e = i + 1;
        while (e < c->f->n && c->f->v[e].sent_index == f->sent_index)
            e++;
        if (f->section == TALLY_SECTION_ENDNOTE && f->note > 0 && e - i >= 2 &&
            note_sentence(c, i, e) < 0)
            return -1;
        i = e;
    }
    return rel_rule_note_gap(c);
}

/* How many words after a figure its clause is read for (note gaps). */
#define GAP_WORDS 12

/* 1 when one of the content words (four letters or more, not unit) of
 * t[a..b) (at most GAP_WORDS, to the first mark; not D's unit or noun)
 * is also a word of
 * t[x..y) (at most GAP_WORDS, to the first mark). */
static int clause_shares_word(const ctx *c, size_t a, size_t b, size_t x, size_t y,
                              const char *unit, const char *noun)
{
    static const char *const stop[] = {"than", "that", "with", "were", "from", "they",
                                       "them", "these", "those", "which", "rather",
                                       "some", "only", "more", "been", NULL};
    char w[24], v[24];
    int nw = 0;
    for (size_t i = a; i < b && nw < GAP_WORDS;) {
        unsigned char ch = (unsigned char)c->t[i];
        if (!rel_wch(ch)) {
            if (ch != ' ')
                break;   /* a mark ends D's clause */
            i++;
            continue;
        }
        i = rel_word_at(c->t, i, b, w, sizeof w);
        nw++;
        int skip = strlen(w) < 4 || strcmp(w, unit) == 0 || strcasecmp(w, noun) == 0;
        for (size_t q = 0; !skip && stop[q]; q++)
            skip = strcmp(w, stop[q]) == 0;
        if (skip)
            continue;
        int nv = 0;
        for (size_t k = x; k < y && nv < GAP_WORDS;) {
            unsigned char ck = (unsigned char)c->t[k];
            if (!rel_wch(ck)) {
                if (ck == ';' || ck == '.' || ck == ':')
                    break;
                k++;
                continue;
            }
            k = rel_word_at(c->t, k, y, v, sizeof v);
            nv++;
            if (strcmp(v, w) == 0)
                return 1;
        }
    }
    return 0;
}

/* 1 when fact D is the stated figure of a relation found already. */
static int stated_already(const ctx *c, size_t D)
{
    for (size_t k = 0; k < c->out->n; k++)
        if (c->out->v[k].stated == D)
            return 1;
    return 0;
}

/* Note gap for endnote fact D of note n: the pair (A, B) of one body
 * sentence citing n, looked for among the REL_LOOK_BACK_MAX figures
 * before D; 1 and *A, *B when exactly one pair fits. */
static int note_gap_pair(const ctx *c, size_t D, size_t *A, size_t *B)
{
    const tally_fact *d = &c->f->v[D];
    size_t stop = D > REL_LOOK_BACK_MAX ? D - REL_LOOK_BACK_MAX : 0, found = 0;
    for (size_t b = D; b-- > stop;) {
        const tally_fact *fb = &c->f->v[b];
        if (fb->section != TALLY_SECTION_BODY || fb->note != d->note || !listable(c, b) ||
            (c->fi[b].unit[0] && !rel_comparable(&c->fi[b], &c->fi[D])))
            continue;
        size_t send = c->seg->sents[fb->sent_index].end;
        size_t astop = b > stop + REL_SENT_FACTS ? b - REL_SENT_FACTS : stop;
        for (size_t a = b; a-- > astop && c->f->v[a].sent_index == fb->sent_index;) {
            const tally_fact *fa = &c->f->v[a];
            if (!totalable(c, a) || !rel_comparable(&c->fi[a], &c->fi[D]) ||
                fabs(fa->value - fb->value - d->value) > 1e-9 * fa->value ||
                !clause_shares_word(c, d->tend, c->seg->sents[d->sent_index].end, fb->tend,
                                    send, c->fi[D].unit, d->noun))
                continue;
            if (found++)
                return 0;   /* two pairs fit: neither is trusted */
            *A = a;
            *B = b;
        }
    }
    return found == 1;
}

/* Rule N3: "31 aircraft ... (22) fell to flak rather than to fighters" and
 * in the note "the nine lost to fighters" (top comment). */
int rel_rule_note_gap(ctx *c)
{
    for (size_t D = 0; D < c->f->n; D++) {
        const tally_fact *d = &c->f->v[D];
        size_t A, B;
        if (d->section != TALLY_SECTION_ENDNOTE || d->note <= 0 || !listable(c, D) ||
            c->fi[D].used || !c->fi[D].unit[0] || d->qual != TALLY_Q_EXACT ||
            !note_gap_pair(c, D, &A, &B) || stated_already(c, D))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_DIFFERENCE, D, "rest in the endnote");
        rel_part(c, &r, A);
        rel_part(c, &r, B);
        r.looked_back = 1;
        c->fi[D].used = 1;
        if (rel_add(c, &r) < 0)
            return -1;
    }
    return 0;
}

/* The offset right after "of them" / "of these" / "of whom" following fact
 * A (at most one word between: "96 of them"), or 0. */
static size_t of_them_after(const ctx *c, size_t A, size_t send)
{
    static const char *const ref[] = {"of them", "of these", "of whom", "of those", NULL};
    size_t k = c->f->v[A].tend;
    while (k < send && c->t[k] == ' ')
        k++;
    for (size_t q = 0; ref[q]; q++) {
        size_t e = rel_phrase_at(c->t, k, send, ref[q]);
        if (e)
            return e;
    }
    return 0;
}

/* 1 when the words right before fact j (after `from`) close a list as its
 * rest: "and the other 216", "and the remaining 40", "the rest, 12". */
static int closes_rest(const ctx *c, size_t from, size_t j)
{
    static const char *const rest[] = {"the other", "the remaining", "the rest", "the last",
                                       "the others", NULL};
    return rel_phrase_in(c->t, from, c->f->v[j].tstart, rest);
}


/* 1 when figure j continues the "of them" list ending at offset prev as a
 * clause with its verb left out, the particle after it kept: "740 of them
 * and the cruisers for 1,160" (part A's word before it, "for", is the
 * word before j, a short noun phrase and "and" or "," between). */
static int gapped_item(const ctx *c, size_t A, size_t prev, size_t j)
{
    static const char *const joiners[] = {"and", ",", NULL};
    char wa[24], wj[24];
    size_t st = c->seg->sents[c->f->v[A].sent_index].start, b = c->f->v[j].tstart;
    return rel_phrase_in(c->t, prev, b, joiners) && rel_words_between(c->t, prev, b, "") <= 7 &&
           rel_word_ending_at(c, c->f->v[A].tstart, st, wa, sizeof wa) &&
           rel_word_ending_at(c, b, prev, wj, sizeof wj) && strlen(wa) <= 4 && strcmp(wa, wj) == 0;
}

/* 1 when A is the stated part of a SUBSET of whole T found already ("740
 * of them": a part of the 1,900 shells before). */
static int subset_of(const ctx *c, size_t A, size_t T)
{
    for (size_t k = c->out->n; k-- > 0;) {
        const tally_relation *r = &c->out->v[k];
        if (r->kind == TALLY_REL_SUBSET && r->stated == A)
            return r->nparts == 1 && r->parts[0].fact == T;
    }
    return 0;
}

/* Rule N2: "312 aircrew, 96 of them pilots and the other 216 ..." (top
 * comment). */
int rel_rule_of_them_parts(ctx *c, size_t si, size_t lo, size_t hi)
{
    static const char *const joiners[] = {"and", ",", NULL};
    size_t send = c->seg->sents[si].end;
    for (size_t A = lo; A + 1 < hi; A++) {
        size_t after = of_them_after(c, A, send);
        int apart = c->fi[A].part;   /* a SUBSET of T already: still T's item */
        c->fi[A].part = 0;
        int ok = after && listable(c, A);
        c->fi[A].part = apart;
        if (!ok)
            continue;
        /* the total: the nearest figure before A comparable with it */
        size_t T = NOPOS;
        size_t floor_ = lo > REL_SENT_FACTS ? lo - REL_SENT_FACTS : 0;
        for (size_t k = A; k-- > floor_;) {
            size_t ks = c->f->v[k].sent_index;
            if (ks + 1 < si || c->seg->sents[ks].para != c->seg->sents[si].para)
                break;
            if (rel_comparable(&c->fi[k], &c->fi[A])) {
                T = k;
                break;
            }
        }
        if (T == NOPOS || !totalable(c, T) || c->f->v[T].value <= c->f->v[A].value ||
            (apart && !subset_of(c, A, T)))
            continue;
        size_t parts[TALLY_REL_MAXPARTS], np = 1;
        double sum = c->f->v[A].value;
        int rest = 0;
        parts[0] = A;
        for (size_t j = A + 1; j < hi && np < TALLY_REL_MAXPARTS; j++) {
            size_t prev = c->f->v[parts[np - 1]].tend;
            if (rel_words_between(c->t, prev, c->f->v[j].tstart, ";:()") < 0 ||
                rel_words_between(c->t, prev, c->f->v[j].tstart, "") > 8 ||
                !(rel_joined_to(c->t, prev, c->f->v[j].tstart) || gapped_item(c, A, prev, j) ||
                  (closes_rest(c, prev, j) &&
                   rel_phrase_in(c->t, prev, c->f->v[j].tstart, joiners))) ||
                rel_word_within(c, c->f->v[j].tend, send, 2,
                                (const char *const[]){"of", NULL}))
                break;
            int closes = closes_rest(c, prev, j);
            if (!listable(c, j) ||
                !(rel_comparable(&c->fi[j], &c->fi[T]) || !c->fi[j].unit[0] || closes))
                break;   /* "the other 216 navigators": the rest of T, whatever its noun */
            rest |= closes;
            parts[np++] = j;
            sum += c->f->v[j].value;
        }
        if (np < 2)
            continue;
        int cl = closeness(sum, c->f->v[T].value);
        if (cl == 0 || (cl == 1 && !rest))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, T, "parts after \"of them\"");
        for (size_t m = 0; m < np; m++)
            rel_part(c, &r, parts[m]);
        if (rel_add(c, &r) < 0)
            return -1;
        A = parts[np - 1];
    }
    return 0;
}

/* Rule N3 (round 363, helper ver89): the figure R closing the list of
 * sentence [lo, hi) as its rest ("the other three", "the remaining 600",
 * "the last 400"), the last such; NOPOS when none. */
static size_t rest_closer(const ctx *c, size_t lo, size_t hi)
{
    for (size_t R = hi; R-- > lo + 1;) {
        size_t a = c->f->v[R].tstart, st = c->f->v[R - 1].tend;
        for (int w = 0; w < 3 && a > st; w++) {   /* back three words at most */
            while (a > st && c->t[a - 1] == ' ')
                a--;
            while (a > st && rel_wch((unsigned char)c->t[a - 1]))
                a--;
        }
        if (closes_rest(c, a, R))
            return R;
    }
    return NOPOS;
}

/* 1 when figure j is a price or a load said per one thing, no item of a
 * list: "at 14 gulden a ton", "40 tons each", "£3 per head". */
static int priced(const ctx *c, size_t j)
{
    static const char *const at[] = {"at", NULL};
    static const char *const per[] = {"a", "an", "per", "each", "apiece", NULL};
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    return rel_word_before_is(c, f->tstart, s->start, at) ||
           rel_word_within(c, f->tend, s->end, 1, per);
}

/* 1 when closer R may be the rest of whole W: comparable with it, bare,
 * or written with no noun of its own ("the other four", whose unit is
 * read from a figure before it); never a span ("the last 30 days"). */
static int rest_of(const ctx *c, size_t R, size_t W)
{
    const tally_fact *f = &c->f->v[R];
    if (strcmp(c->fi[R].cat, "duration") == 0)
        return 0;
    return !c->fi[R].unit[0] || rel_comparable(&c->fi[R], &c->fi[W]) ||
           (f->mention && f->number_text && strcmp(f->mention, f->number_text) == 0);
}

/* The period (an index of the periods table) whole W of the sentence
 * before a rest list is a flow per: W's own ("lost 270,000 litres a
 * day"), else, W being no rate, that of a figure of W's unit said per a
 * period before W in its sentence or the one before, same paragraph
 * ("carried 1.2 million litres a day. Of this, about 270,000 ..."), W
 * said to be of it ("of this", "of which" between them: "In the first
 * winter 3,000 tons were lost" after "5,000 tons a week" is a stock of
 * its own, round 416); -1 when none.  W a rate with no period ("each", "per") is no flow: -2. */
static int whole_period(const ctx *c, size_t W)
{
    static const char *const of_flow[] = {"of this", "of these", "of it", "of that",
                                          "of which", NULL};
    int p;
    if (rel_rate_of(c, W, &p))
        return p >= 0 ? p : -2;
    size_t ws = c->f->v[W].sent_index;
    for (size_t k = W; k-- > 0 && W - k <= REL_SENT_FACTS;) {
        size_t ks = c->f->v[k].sent_index;
        if (ks + 1 < ws || c->seg->sents[ks].para != c->seg->sents[ws].para)
            break;
        if (rel_same_unit(&c->fi[k], &c->fi[W]) && rel_rate_of(c, k, &p) && p >= 0)
            return rel_phrase_in(c->t, c->f->v[k].tend, c->f->v[W].tstart, of_flow) ? p : -1;
    }
    return -1;
}

/* 1 when fact j may be an item of a rest list whose whole is a flow per
 * period per (-1: none): listable, or a flow per that same period
 * ("Leaks accounted for 150,000 litres a day and ... the other 100,000"). */
static int rest_item(const ctx *c, size_t j, int per)
{
    int p;
    if (listable(c, j))
        return 1;
    const tally_fact *f = &c->f->v[j];
    return per >= 0 && !c->fi[j].share && !c->fi[j].part && !isnan(f->value) && f->value > 0 &&
           f->qual != TALLY_Q_AT_LEAST && f->qual != TALLY_Q_AT_MOST && rel_rate_of(c, j, &p) &&
           p == per;
}

/* The parts of whole W in sentence [lo, R] closed by R: the figures
 * comparable with W or bare, and R itself whatever its noun ("the other
 * four" may be read with the noun of the figure before it); figures of
 * other units are passed over ("batteries of two guns each").  A share,
 * rate (but a flow of W's period per, rest_item()), bound, price, a
 * figure already a part or one not below W spoils the list: 0.  The count
 * into *np, the sum into *sum. */
static int rest_parts(const ctx *c, size_t W, size_t lo, size_t R, int per, size_t *parts,
                      size_t *np, double *sum)
{
    *np = 0;
    *sum = 0;
    for (size_t j = lo; j <= R; j++) {
        if (j < R && c->fi[j].unit[0] && !rel_comparable(&c->fi[j], &c->fi[W]))
            continue;
        if (j == R && !rest_of(c, R, W))
            return 0;
        if (!rest_item(c, j, per) || c->fi[j].part || priced(c, j) ||
            c->f->v[j].value >= c->f->v[W].value || *np == TALLY_REL_MAXPARTS)
            return 0;
        parts[(*np)++] = j;
        *sum += c->f->v[j].value;
    }
    return *np >= 2;
}

/* Rule N3: "Ardesca had five slips. Three of them belonged to the state;
 * the other two stood in a private yard", "it held 4,000 rifles. About
 * 1,700 had been captured, 1,900 smuggled in and the last 400 bought": a
 * sentence whose list is closed as the rest of a whole ("the other", "the
 * remaining", "the last", "the rest") breaks down the one figure W of the
 * sentence before (same paragraph) that may be a total and whose parts
 * there (rest_parts) come within a tenth of it; two such figures: none
 * -> SUM (the verdict then says whether it adds up). */
int rel_rule_rest_next(ctx *c, size_t si, size_t lo, size_t hi)
{
    if (si == 0 || lo == 0 || hi - lo < 2 || c->f->v[lo - 1].sent_index + 1 != si ||
        c->seg->sents[si - 1].para != c->seg->sents[si].para)
        return 0;
    size_t R = rest_closer(c, lo, hi);
    if (R == NOPOS)
        return 0;
    size_t plo = lo - 1;
    while (plo > 0 && lo - plo < REL_SENT_FACTS && c->f->v[plo - 1].sent_index + 1 == si)
        plo--;
    size_t parts[TALLY_REL_MAXPARTS], best[TALLY_REL_MAXPARTS], np = 0, nb = 0, W = NOPOS;
    double sum;
    for (size_t T = plo; T < lo; T++) {
        int per = whole_period(c, T);   /* a flow's parts may be flows of its period */
        if (per == -2 || !(totalable(c, T) || (per >= 0 && rest_item(c, T, per) &&
                                               c->fi[T].unit[0])) ||
            !rest_parts(c, T, lo, R, per, parts, &np, &sum) ||
            closeness(sum, c->f->v[T].value) == 0)
            continue;
        if (W != NOPOS)
            return 0;   /* two wholes would do: none */
        W = T;
        nb = np;
        memcpy(best, parts, np * sizeof parts[0]);
    }
    if (W == NOPOS)
        return 0;
    tally_relation r;
    rel_init(&r, TALLY_REL_SUM, W, "rest in the next sentence");
    for (size_t m = 0; m < nb; m++)
        rel_part(c, &r, best[m]);
    return rel_add(c, &r);
}

/* Rule N4 (round 428, helper ver126): a whole said again and broken down
 * in its own sentence: "Of the 1,460 accidents, 920 were ..., 410 ... and
 * 130 ...", "The 4,600 regulars are 720 officers, 1,480 ... and 2,400
 * ...", "lists 52 sailings: 45 ... and 7 ...".  The cue is where the whole
 * W stands: after "Of the" opening the sentence or clause and before a
 * comma; after "the" and before "were" / "are" / "as" / ":"; or before a
 * colon.  The items are the figures after it joined by "," or "and" (one
 * right after "the" inside an item, "at the three depots", is no item),
 * to the first ";" or parenthesis, each below W.  Exact sums always (the
 * parts may name other things: "6,100 were women and 2,300 men"); within
 * a tenth only when every item counts W's own unit (or is bare), W opens
 * as "Of the W" and three items or more break it down, so that a slip is
 * flagged ("Of the 640 mules, 70 died and 540 were sold" may leave some
 * out: two items are no whole breakdown).  The expression states
 * W = A + B (+ C ...). */

/* How many words may stand between the whole and its first item. */
#define WL_LEAD_WORDS 6

/* The kind of cue before whole W: 2 for "Of the W" opening its sentence
 * or clause, 1 for "the W" before a copula or a colon, or W before a
 * colon; 0 for none.  *first the first item (the figure after W). */
static int whole_cue(const ctx *c, size_t si, size_t W, size_t hi)
{
    static const char *const the[] = {"the", NULL};
    static const char *const cop[] = {"were", "are", "was", "is", "as", NULL};
    static const char *const of[] = {"of", NULL};
    if (W + 1 >= hi)
        return 0;
    const tally_fact *w = &c->f->v[W], *a = &c->f->v[W + 1];
    size_t st = rel_sent_open(c, si), b = a->tstart;
    int nw = rel_words_between(c->t, w->tend, b, ";()");
    if (nw < 0 || nw > WL_LEAD_WORDS)
        return 0;
    size_t z = b;   /* the byte before the first item, spaces skipped */
    while (z > w->tend && c->t[z - 1] == ' ')
        z--;
    int colon = z > w->tend && c->t[z - 1] == ':';
    int comma = z > w->tend && c->t[z - 1] == ',';
    int the_before = rel_word_before_is(c, w->tstart, st, the);
    int said = 0;   /* "Of the 7,400 coats, the mill made 5,100 and ...": a subject
                       and its verb between the comma and the first item */
    if (the_before && !comma) {
        size_t k = w->tend;
        while (k < z && c->t[k] != ',')
            k++;
        if (k < z && rel_words_between(c->t, k + 1, b, ",;:") > 0 &&
            rel_words_between(c->t, k + 1, b, ",;:") <= 4)
            comma = said = 1, z = k + 1;
    }
    if (the_before && comma && rel_words_between(c->t, w->tend, z - 1, ",:") >= 0) {
        size_t th = rel_word_back(c, w->tstart, st);   /* "the" */
        size_t ofs = rel_word_back(c, th, st);          /* "of" */
        if (rel_word_before_is(c, th, st, of) &&
            (ofs <= st || c->t[ofs - 1] == ';' || c->t[ofs - 1] == ':' ||
             rel_words_between(c->t, st, ofs, "") == 0 ||
             (ofs >= 2 && strchr(";:.", c->t[ofs - 2]) && c->t[ofs - 2]))) /* ". Of the": a
                                                   sentence the segmenter left joined */
            return said ? 1 : 2;
        return 0;
    }
    if (colon && rel_words_between(c->t, w->tend, z - 1, ",:") >= 0)
        return 1;
    if (the_before && !comma && rel_word_before_is(c, b, w->tend, cop) &&
        rel_words_between(c->t, w->tend, b, ",:") >= 0)
        return 1;
    return 0;
}

/* Round 432: 1 when figure j, an item's place in a list, counts the
 * subject of the item that follows it with no verb ("Terlan made 5,100
 * and nine small workshops 2,300"): j names a noun of its own, the next
 * figure, bare (its noun elided), follows within three words and no
 * mark, and is larger. */
static int subject_count(const ctx *c, size_t j, size_t hi)
{
    if (j + 1 >= hi || !c->fi[j].unit[0] || c->fi[j].share)
        return 0;
    const tally_fact *a = &c->f->v[j], *b = &c->f->v[j + 1];
    int w = rel_words_between(c->t, a->tend, b->tstart, ",;:()");
    return w >= 0 && w <= 3 && b->value > a->value && a->mention && a->number_text &&
           b->mention && b->number_text && strcmp(a->mention, a->number_text) != 0 &&
           strcmp(b->mention, b->number_text) == 0;
}

/* The items of whole W's list in [W+1, hi) into parts (at most
 * TALLY_REL_MAXPARTS); how many, 0 when one breaks the list; *own 1 when
 * every item counts W's unit or is bare. */
static size_t whole_items(const ctx *c, size_t W, size_t hi, size_t *parts, double *sum,
                          int *own)
{
    static const char *const attr[] = {"the", "its", "their", NULL};
    size_t np = 0;
    *sum = 0;
    *own = 1;
    size_t subj = NOPOS;   /* the subject count skipped right before j */
    for (size_t j = W + 1; j < hi; j++) {
        size_t prev = np ? c->f->v[parts[np - 1]].tend : c->f->v[W].tend;
        size_t b = c->f->v[j].tstart;
        if (rel_words_between(c->t, prev, b, ";()") < 0)
            break;
        if (subj != NOPOS && subj + 1 == j)
            b = c->f->v[subj].tstart;   /* "and nine workshops 2,300": joined through it */
        subj = NOPOS;
        if (np && !rel_joined_to(c->t, prev, b)) {
            if (rel_word_before_is(c, b, prev, attr))
                continue;   /* "29,000 at the three main depots": an attribute */
            return 0;       /* a figure of another clause: no plain list */
        }
        if (np && subject_count(c, j, hi)) {
            subj = j;   /* "and eleven private firms 220,000": who made the item */
            continue;
        }
        if (!listable(c, j) || c->f->v[j].value >= c->f->v[W].value || np == TALLY_REL_MAXPARTS)
            return 0;
        if (!(rel_same_unit(&c->fi[j], &c->fi[W]) || !c->fi[j].unit[0]))
            *own = 0;
        parts[np++] = j;
        *sum += c->f->v[j].value;
    }
    return np >= 2 ? np : 0;
}

/* Rule N4 (above): sentence si's wholes broken down after them. */
int rel_rule_whole_listed(ctx *c, size_t si, size_t lo, size_t hi)
{
    for (size_t W = lo; W + 2 < hi; W++) {
        if (!totalable(c, W) || c->fi[W].part)
            continue;
        int cue = whole_cue(c, si, W, hi);
        if (!cue)
            continue;
        size_t parts[TALLY_REL_MAXPARTS];
        double sum;
        int own;
        size_t np = whole_items(c, W, hi, parts, &sum, &own);
        if (!np)
            continue;
        const tally_fact *w = &c->f->v[W];
        double tol = w->high > w->low ? (w->high - w->low) / 2 : 0;
        int exact = fabs(sum - w->value) <= tol + 1e-9 * w->value;
        if (!exact && !(cue == 2 && own && np >= 3 && closeness(sum, w->value) == 1))
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, W, "whole said again, then its parts");
        for (size_t m = 0; m < np; m++)
            rel_part(c, &r, parts[m]);
        if (rel_add(c, &r) < 0)
            return -1;
        W = parts[np - 1];
    }
    return 0;
}
