/*
 * annotate.c - when, whose and what kind of claim each figure is: glues the
 * document timeline (timeline.c), actors (actor.c) and modality cues
 * (modality.c) to the facts of a document, and writes the explanation of
 * each choice when asked.
 *
 * The date of a figure is, in order: the nearest date expression of its
 * own sentence (one after the figure only within its clause); for the body,
 * the date in force carried from earlier sentences at month precision
 * (when that is a report's dateline, the dated document of up to a year
 * before it that the sentence cites in its note: "return of 1 October
 * 1958" in a memorandum of 20 November; not for an estimate "As at"), or
 * the date of the dated document (telegram, memorandum, report of a day)
 * that the sentence cites first in its endnote when it falls within the
 * period in force, or within a year after it unless the date in force was
 * written in the sentence just before and the sentence does not move on
 * ("then", "later"); for an endnote, the date in force in the note itself
 * unless it is more than a year after the citing body sentence's date (a
 * later report or publication), then a month right after the figure
 * ("212 in November", "1,150 (October)") in the year that puts it within
 * or nearest that body sentence's period, then that body sentence's date (the
 * first holding the note's marker, else the first citing it),
 * then the note's first full date.  Nothing found: empty.
 *
 * A money figure followed by "to the dollar" (a money unit of the lexicon,
 * or "pound", a weight in the lexicon but sterling after a sum) is an
 * exchange rate: nobody's, and actual; so is a rate told as what one unit
 * of money fetched ("a dollar fetched up to 11 crowns").  A price assumed
 * at the head of a reckoning ("At $150 a ton, the money would buy ...")
 * is nobody's.  The figures of a promised sum's category after "of which"
 * in its sentence, up to a ";", are promised too ("would lend $6 million,
 * of which $4.5 million would buy grain").
 *
 * A figure planned, promised or requested is dated by the plan's target:
 * with no date in its own sentence, by the target ("by the end of 1960")
 * that the sentence before set for a goal, unless the sentence speaks in
 * the present perfect ("has asked", "has so far promised"); in a sentence giving the plan a
 * time ("within eighteen months", "over four years"), by the date found as
 * above (the plan's making) plus that time, except money "over" a time (a
 * loan's term, a sum spread over the years); a deadline ("within five
 * years") that is the only figure of its sentence holds for the planned
 * figures of the next sentences of its paragraph that write no date,
 * except their money and shares (settled when the plan is made); in a
 * sentence giving it a span
 * of years after the figure ("to be completed in the five years
 * 1953-1957"), by that span.
 *
 * Facts are annotated in reading order whatever order they come in, so that
 * the actors of the document are read as it goes (annot_doc: countries
 * named, nouns standing for an actor, the actor in force and the main
 * actor); a figure of an endnote with no owner of its own is owned as the
 * first body figure citing the note.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

#include "annot.h"
#include "buf.h"
#include "tally/annotate.h"
#include "tally/timeline.h"
#include "tally/actor.h"
#include "tally/modality.h"

/* Where the mention of fact f ends in text: its folded text is walked over
 * the document from the number's start; tend when they do not line up. */
static size_t mention_end(const char *text, size_t len, const tally_fact *f)
{
    const char *m = f->mention;
    size_t i = f->tstart;
    if (!m || !*m)
        return f->tend;
    while (*m) {
        if (*m == ' ') {
            m++;
            while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' ||
                               text[i] == '\r'))
                i++;
            continue;
        }
        if (i >= len || text[i] != *m)
            return f->tend;
        i++, m++;
    }
    return i > f->tend ? i : f->tend;
}

/* d at month precision at most. */
static tally_ymd to_month(tally_ymd d)
{
    d.d = 0;
    return d;
}

/* Months from a to b (year or month precision). */
static int months_between(tally_ymd a, tally_ymd b)
{
    return (b.y * 12 + (b.m ? b.m : 1)) - (a.y * 12 + (a.m ? a.m : 1));
}

/* What annotating one document needs besides the facts, built once: the
 * timeline, an index to find the sentence of an offset, and the first body
 * sentence citing each endnote. */
typedef struct actx {
    const char *text;
    const tally_segments *seg;
    tally_timeline tl;
    size_t *maxstart;        /* maxstart[j]: largest start of sentences 1..j (j >= 1) */
    struct cite {
        int note;            /* a note number (0: sentences citing none) */
        size_t sent;         /* the first body sentence citing it */
        long own;            /* in the first cite of a note: the first body sentence
                                holding its marker, -1 none */
    } *cites;
    size_t ncites;
    words_store toks;        /* the tokens of every sentence, split once */
    annot_cache cache;       /* tokens and actors of the last sentences */
    annot_doc doc;           /* the actors of the document read so far */
    struct note_owner {
        int set;             /* 1 when a is filled */
        tally_actor_choice a; /* the owner of the first body figure citing the note */
    } *owners;               /* by note number */
    size_t nowners, owncap;
    struct last_fact {       /* the fact annotated last, for parts of a promise */
        int set;             /* 1 when filled */
        size_t sent, end;    /* its sentence and the end of its mention */
        int promised;        /* 1 when it was promised */
        const char *category;
        long part_sent;      /* the sentence whose figures after "of which" are parts
                                of a promised sum of category part_cat; -1 none */
        const char *part_cat;
    } last;
    unsigned char *note_dated; /* by fact index: 1 when an endnote figure took the note's
                                  own date (restate_notes()) */
} actx;

/* The sentence holding offset off, as "the last sentence before the first
 * that starts after off" (sentence 0 when none): a bisection over the
 * running maximum of the sentence starts. */
static size_t sent_of(const actx *a, size_t off)
{
    size_t n = a->seg->nsents;
    /* the first j in 1..n-1 with maxstart[j] > off, else n */
    size_t lo = 1, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->maxstart[mid] > off)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo ? lo - 1 : 0;
}

/* Order cites by note, then sentence. */
static int cmp_cite(const void *x, const void *y)
{
    const struct cite *a = x, *b = y;
    if (a->note != b->note)
        return a->note < b->note ? -1 : 1;
    return a->sent < b->sent ? -1 : a->sent > b->sent;
}

/* 1 when day falls within the period of date expression d. */
static int in_period(tally_ymd day, const tally_datex *d)
{
    return d->from.y && tally_ymd_days(day, 0) >= tally_ymd_days(d->from, 0) &&
           tally_ymd_days(day, 0) <= tally_ymd_days(d->to, 1);
}

/* The index of the first of a's cites (ordered by note) of note n, or
 * a->ncites when there is none. */
static size_t first_cite(const actx *a, int n)
{
    size_t lo = 0, hi = a->ncites;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->cites[mid].note < n)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->ncites && a->cites[lo].note == n ? lo : a->ncites;
}


static long sentence_date(const tally_timeline *tl, size_t si);
static int note_day(const actx *a, int n, int year, int lead, tally_ymd *out);

/* The body sentence that dates endnote n's figures: the first citing it
 * (by the paragraph rule), or the first holding n's marker when the note's
 * own first full date falls within that sentence's date and not the
 * first's (the return of 10 March that a sentence "in March" documents);
 * -1 none. */
static long marker_citing(const actx *a, int n)
{
    size_t k = first_cite(a, n);
    long j = k < a->ncites ? (long)a->cites[k].sent : -1;
    long m = k < a->ncites ? a->cites[k].own : -1;
    tally_ymd day;
    if (m < 0 || m == j || !note_day(a, n, 0, 0, &day))
        return j;
    long dm = sentence_date(&a->tl, (size_t)m), dj = sentence_date(&a->tl, (size_t)j);
    return dm >= 0 && in_period(day, &a->tl.v[dm]) && !(dj >= 0 && in_period(day, &a->tl.v[dj]))
               ? m
               : j;
}

/* Order a's cites by note, then sentence.  They were added in order of
 * sentence, so a stable counting sort by note gives that order in linear
 * time when the note numbers are small (qsort() otherwise).  0 or -1. */
static int sort_cites(actx *a)
{
    size_t n = a->ncites;
    int maxnote = 0, ok = 1;
    for (size_t j = 0; j < n; j++) {
        if (a->cites[j].note < 0)
            ok = 0;
        else if (a->cites[j].note > maxnote)
            maxnote = a->cites[j].note;
    }
    if (!ok || (size_t)maxnote > 4 * n + 64) {
        qsort(a->cites, n, sizeof *a->cites, cmp_cite);
        return 0;
    }
    size_t *at = calloc((size_t)maxnote + 2, sizeof *at);
    struct cite *out = malloc((n ? n : 1) * sizeof *out);
    if (!at || !out) {
        free(at);
        free(out);
        return -1;
    }
    for (size_t j = 0; j < n; j++)
        at[a->cites[j].note + 1]++;
    for (int k = 1; k <= maxnote + 1; k++)
        at[k] += at[k - 1];
    for (size_t j = 0; j < n; j++)
        out[at[a->cites[j].note]++] = a->cites[j];
    free(at);
    free(a->cites);
    a->cites = out;
    return 0;
}

/* Record the body sentence holding marker mk in the first cite of its
 * note, unless an earlier marker of that note was recorded. */
static void mark_own(actx *a, const tally_marker *mk)
{
    if (mk->start >= a->seg->endnotes_start)
        return;
    size_t lo = 0, hi = a->ncites;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->cites[mid].note < mk->number)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < a->ncites && a->cites[lo].note == mk->number && a->cites[lo].own < 0) {
        size_t j = sent_of(a, mk->start);
        if (a->seg->sents[j].section == TALLY_SECTION_BODY)
            a->cites[lo].own = (long)j;
    }
}

/* Build the indexes of a (the timeline is built by the caller).  0 or -1. */
static int actx_index(actx *a)
{
    const tally_segments *seg = a->seg;
    size_t n = seg->nsents;
    a->maxstart = malloc((n ? n : 1) * sizeof *a->maxstart);
    a->cites = malloc((n ? n : 1) * sizeof *a->cites);
    if (!a->maxstart || !a->cites)
        return -1;
    a->maxstart[0] = 0;
    for (size_t j = 1; j < n; j++)
        a->maxstart[j] = j > 1 && a->maxstart[j - 1] > seg->sents[j].start ? a->maxstart[j - 1]
                                                                            : seg->sents[j].start;
    for (size_t j = 0; j < n; j++)
        if (seg->sents[j].section == TALLY_SECTION_BODY) {
            a->cites[a->ncites].note = seg->sents[j].note;
            a->cites[a->ncites].own = -1;
            a->cites[a->ncites++].sent = j;
        }
    if (sort_cites(a) < 0)
        return -1;
    for (size_t m = 0; m < seg->nmarkers; m++)
        mark_own(a, &seg->markers[m]);
    return 0;
}

static void actx_free(actx *a)
{
    free(a->maxstart);
    free(a->cites);
    free(a->owners);
    free(a->note_dated);
    annot_cache_free(&a->cache);
    words_store_free(&a->toks);
    tally_timeline_free(&a->tl);
}

/* A date chosen for a figure and the words behind it. */
typedef struct when {
    tally_ymd from, to;
    tally_buf why;
    int quiet;               /* 1 when no explanation was asked: why stays empty */
    int from_note;           /* 1 when an endnote figure took the note's own date */
} when;

/* Quote text[a..b) (folded) into b. */
static int quote(tally_buf *b, const char *text, size_t s, size_t e)
{
    char *q = tally_fold_space(text + s, e - s);
    if (!q)
        return -1;
    int rc = buf_printf(b, "\"%s\"", q);
    free(q);
    return rc;
}

/* Explain expression k of the timeline into b. */
static int say_expr(tally_buf *b, const actx *a, long k)
{
    const char *text = a->text;
    const tally_segments *seg = a->seg;
    const tally_timeline *tl = &a->tl;
    const tally_datex *d = &tl->v[k];
    if (quote(b, text, d->start, d->end) < 0)
        return -1;
    if (d->year_src >= 0 && (size_t)d->year_src < tl->n) {
        const tally_datex *y = &tl->v[d->year_src];
        size_t si = sent_of(a, y->start);
        if (buf_puts(b, d->kind == TALLY_DX_RELATIVE ? " (from " : " (year from ") < 0 ||
            quote(b, text, y->start, y->end) < 0 ||
            buf_printf(b, " in paragraph %d sentence %d)", seg->sents[si].para,
                       seg->sents[si].sent) < 0)
            return -1;
    }
    return 0;
}

/* Explain expression k into w's reasons (nothing when w is quiet). */
static int why_expr(when *w, const actx *a, long k)
{
    return w->quiet ? 0 : say_expr(&w->why, a, k);
}

/* Append s to w's reasons (nothing when w is quiet). */
static int why_puts(when *w, const char *s)
{
    return w->quiet ? 0 : buf_puts(&w->why, s);
}

/* Append a formatted reason to w (nothing when w is quiet). */
#define WHY_PRINTF(w, ...) ((w)->quiet ? 0 : buf_printf(&(w)->why, __VA_ARGS__))

/* The date of a sentence as a whole: its last dated expression, else the
 * date in force.  -1 when none. */
static long sentence_date(const tally_timeline *tl, size_t si)
{
    for (size_t k = tl->first[si + 1]; k > tl->first[si]; k--)
        if (!tl->v[k - 1].absorbed && tl->v[k - 1].from.y)
            return (long)k - 1;
    return tl->ctx[si];
}

/* The first full date written in endnote number n, near year (0 = any);
 * with lead, only in the note's first sentence: the dated document it
 * cites first, not a later one it also mentions ("See also ..."). */
static int note_day(const actx *a, int n, int year, int lead, tally_ymd *out)
{
    const tally_note *note = n ? tally_segments_note(a->seg, n) : NULL;
    if (!note)
        return 0;
    size_t end = note->end;
    if (lead) {
        const tally_sentence *s = &a->seg->sents[sent_of(a, note->start)];
        if (s->end > note->start && s->end < end)
            end = s->end;
    }
    int lo = year ? year - 1 : 1000, hi = year ? year + 1 : 2100;
    return tally_timeline_first_day(&a->tl, note->start, end, lo, hi, out);
}

/* The index in a's timeline of a month written without a year and left
 * unresolved (an endnote has no year in force) right after the figure
 * ending at fend in sentence si: "212 in November", "1,150 (October)".
 * Only spaces, "(" and one of "in", "during", "for" may come between.
 * -1 when none. */
static long bare_month_after(const actx *a, size_t si, size_t fend)
{
    const tally_timeline *tl = &a->tl;
    for (size_t k = tl->first[si]; k < tl->first[si + 1]; k++) {
        const tally_datex *d = &tl->v[k];
        if (d->start < fend || d->start - fend > 10)
            continue;
        if (d->kind != TALLY_DX_DATE || !d->need_year || d->from.y || !d->from.m ||
            d->absorbed)
            return -1;
        size_t i = fend;
        while (i < d->start && (a->text[i] == ' ' || a->text[i] == '('))
            i++;
        size_t j = i;
        while (j < d->start && isalpha((unsigned char)a->text[j]))
            j++;
        int word_ok = j == i || ((j - i == 2 && strncasecmp(a->text + i, "in", 2) == 0) ||
                                 (j - i == 3 && strncasecmp(a->text + i, "for", 3) == 0) ||
                                 (j - i == 6 && strncasecmp(a->text + i, "during", 6) == 0));
        while (j < d->start && a->text[j] == ' ')
            j++;
        return word_ok && j == d->start ? (long)k : -1;
    }
    return -1;
}

/* Months from the month y-m to the period from..to (at month precision):
 * 0 inside it, else to its nearer edge. */
static int months_off(int y, int m, tally_ymd from, tally_ymd to)
{
    int t = y * 12 + m, lo = from.y * 12 + from.m, hi = to.y * 12 + (to.m ? to.m : 12);
    return t < lo ? lo - t : t > hi ? t - hi : 0;
}

/* Date into w the month without a year k (from bare_month_after()) of an
 * endnote by the period p (from..to) of the body sentence citing it: the
 * year that puts it inside that period or nearest to it, the earlier on a
 * tie (a note's breakdown leads up to what the body tells: "1,150
 * (October) ... 1,920 (May)" for a spring).  0 done, 1 p has no month,
 * -1 out of memory. */
static int note_month(const actx *a, long k, tally_ymd from, tally_ymd to, when *w)
{
    const tally_datex *d = &a->tl.v[k];
    if (!from.y || !from.m || !to.y)
        return 1;
    int best = 0, off = 0;
    for (int y = from.y - 1; y <= to.y + 1; y++) {
        int o = months_off(y, d->from.m, from, to);
        if (!best || o < off)
            best = y, off = o;
    }
    w->from.y = best, w->from.m = d->from.m, w->from.d = d->from.d;
    w->to.y = best + d->to_yoff, w->to.m = d->to.m, w->to.d = d->to.d;
    if (w->quiet)
        return 0;
    if (buf_puts(&w->why, "year from the body sentence citing the note: ") < 0)
        return -1;
    return quote(&w->why, a->text, d->start, d->end) < 0 ? -1 : 0;
}

/* A date of the story written after offset fend in sentence si, in a later
 * clause the picker does not reach ("..., and in October 1940 he asked"),
 * that ends before day (a note's date): the time the sentence tells of,
 * before the document the note cites.  Its index, or -1. */
static long story_date_after(const actx *a, size_t si, size_t fend, tally_ymd day)
{
    const tally_timeline *tl = &a->tl;
    for (size_t k = tl->first[si]; k < tl->first[si + 1]; k++) {
        const tally_datex *d = &tl->v[k];
        if (d->start < fend || d->kind != TALLY_DX_DATE || d->limit || d->target == 2 ||
            d->looks_back || d->absorbed || d->evidence || d->origin || !d->from.y ||
            !d->from.m)   /* "80 gliders that had come during the winter": earlier */
            continue;
        if (tally_ymd_days(day, 0) > tally_ymd_days(d->to, 1))
            return (long)k;
    }
    return -1;
}

/* The date of figure f in endnote sentence s (c: the date in force in the
 * note, -1 none) into w: the note's own date (its dated document), unless
 * it lies more than a year after the date of the body sentence citing the
 * note (a later report or publication about earlier events); then a month
 * without a year right after the figure, its year from the body sentence's
 * date (note_month()); then the body sentence's date; then the first full
 * date written in the note; nothing found: empty. */
static int note_date_of(const actx *a, const tally_sentence *s, const tally_fact *f, long c,
                        when *w)
{
    const tally_segments *seg = a->seg;
    const tally_timeline *tl = &a->tl;
    tally_ymd own = {0, 0, 0}, own_to = {0, 0, 0};
    if (c >= 0)
        own = tl->v[c].from, own_to = tl->v[c].to;
    long cj = marker_citing(a, s->endnote);
    long d = cj >= 0 ? sentence_date(tl, (size_t)cj) : -1;
    int body_first = d >= 0 && (!own.y || tally_ymd_days(own, 0) -
                                               tally_ymd_days(tl->v[d].to, 1) > 366);
    if (own.y && !body_first) {
        w->from = own;
        w->to = own_to;
        w->from_note = 1;   /* restate_notes() may date it by the body figure it restates */
        if (c >= 0)
            return why_puts(w, "in force in the note: ") < 0 ? -1 : why_expr(w, a, c);
        return WHY_PRINTF(w, "the date of endnote %d", s->endnote);
    }
    if (d >= 0 && f) {
        long k = bare_month_after(a, (size_t)(s - seg->sents), f->tend);
        int rc = k >= 0 ? note_month(a, k, tl->v[d].from, tl->v[d].to, w) : 1;
        if (rc <= 0)
            return rc;
    }
    if (d >= 0) {
        size_t j = (size_t)cj;
        w->from = to_month(tl->v[d].from);
        w->to = to_month(tl->v[d].to);
        if (WHY_PRINTF(w, "the body sentence citing note %d (paragraph %d sentence %d): ",
                       s->endnote, seg->sents[j].para, seg->sents[j].sent) < 0)
            return -1;
        return why_expr(w, a, d);
    }
    if (note_day(a, s->endnote, 0, 0, &own)) {
        w->from = w->to = own;
        w->from_note = 1;
        return WHY_PRINTF(w, "the date of endnote %d", s->endnote);
    }
    return 0;
}

/* Words by which a sentence moves its story on from the date in force:
 * an endnote dated well after that date may then date its figures. */
static const char *const moved_on[] = {"then", "later", "afterwards", "afterward",
                                       "subsequently", "eventually", "thereafter", NULL};

/* 1 when text[s..e) holds one of the words of list (ASCII case ignored). */
static int has_word(const char *text, size_t s, size_t e, const char *const *list)
{
    size_t i = s;
    while (i < e) {
        while (i < e && !isalpha((unsigned char)text[i]))
            i++;
        size_t j = i;
        while (j < e && isalpha((unsigned char)text[j]))
            j++;
        for (size_t k = 0; j > i && list[k]; k++)
            if (strlen(list[k]) == j - i && strncasecmp(text + i, list[k], j - i) == 0)
                return 1;
        i = j;
    }
    return 0;
}

/* 1 when the date in force c was written in the sentence just before
 * sentence si, in its paragraph, and si does not move the story on: the
 * sentence still tells of that time ("When X was formed in March 1955 ...
 * Its fighter arm held ..."), whatever later report its endnote cites. */
static int fresh_in_force(const actx *a, size_t si, long c)
{
    const tally_sentence *s = &a->seg->sents[si];
    size_t cj = sent_of(a, a->tl.v[c].start);
    if (si == 0 || cj != si - 1 || a->seg->sents[cj].para != s->para ||
        a->seg->sents[cj].section != s->section)
        return 0;
    return !has_word(a->text, s->start, s->end, moved_on);
}

/* A note's dated document may go back this many months before the date
 * in force of a month or a season (see stale_in_force()). */
#define NOTE_BEFORE 2

/* 1 when the date in force c was written before the paragraph of
 * sentence si: a new paragraph may go back in time to the document its
 * note cites (the plan of 14 February after the campaign opened in March). */
static int stale_in_force(const actx *a, size_t si, long c)
{
    const tally_sentence *s = &a->seg->sents[si];
    const tally_sentence *w = &a->seg->sents[sent_of(a, a->tl.v[c].start)];
    return w->section != s->section || w->para != s->para;
}

/* 1 when the dated document day of a note came up to a year before the
 * dateline dl (a report's day), and the dateline is no "As at 1 March
 * 1952" (an estimate of the state on that day, whatever its sources'
 * dates): "return of 1 October 1958" cited by a report of 20 November
 * 1958 dates what the report takes from it. */
static int note_before_dateline(const actx *a, tally_ymd day, long c)
{
    const tally_datex *dl = &a->tl.v[c];
    size_t i = dl->start;
    while (i > 0 && a->text[i - 1] == ' ')
        i--;
    if (i >= 5 && (strncasecmp(a->text + i - 5, "as at", 5) == 0 ||
                   strncasecmp(a->text + i - 5, "as of", 5) == 0))
        return 0;
    return day.d && dl->from.d && tally_ymd_cmp(day, dl->from) <= 0 &&
           months_between(day, dl->from) <= 12;
}

/* 1 when sentence si opens with a body's name ("The Food Office
 * estimated ...": capitalised words after an optional "The") that the
 * endnote n it cites also opens with ("Food Office, memorandum of ..."):
 * the note cites that body's own document, so what the sentence says the
 * body judged or asked is of that document's date. */
static int note_by_subject(const actx *a, size_t si, int n)
{
    const tally_note *note = n > 0 ? tally_segments_note(a->seg, n) : NULL;
    const tally_sentence *s = &a->seg->sents[si];
    if (!note)
        return 0;
    const char *t = a->text;
    size_t i = s->start;
    if (i + 4 <= s->end && strncmp(t + i, "The ", 4) == 0)
        i += 4;
    size_t j = note->start, words = 0;
    while (i < s->end && j < note->end && isupper((unsigned char)t[i])) {
        size_t e = i;
        while (e < s->end && isalpha((unsigned char)t[e]))
            e++;
        if (e - i < 2 || j + (e - i) > note->end || strncmp(t + i, t + j, e - i) != 0 ||
            isalpha((unsigned char)t[j + (e - i)]))
            return 0;
        words++;
        j += e - i;
        if (e >= s->end || t[e] != ' ' || j >= note->end || t[j] != ' ')
            break;
        i = e + 1;
        j++;
    }
    return words >= 2;
}

/* The end of a number in digits (commas between allowed: "1,500") that
 * starts at t[i] within [i, e); i when none starts there. */
static size_t digits_end(const char *t, size_t i, size_t e)
{
    size_t j = i;
    while (j < e && (isdigit((unsigned char)t[j]) ||
                     (j > i && t[j] == ',' && j + 1 < e && isdigit((unsigned char)t[j + 1]))))
        j++;
    return (j > i && (j == e || !isalnum((unsigned char)t[j]))) ? j : i;
}

/* The length of a list separator (", ", " and ", ", and ") at t[i] within
 * [i, e); 0 when none. */
static size_t list_sep(const char *t, size_t i, size_t e)
{
    static const char *const seps[] = {", and ", " and ", ", ", NULL};
    for (size_t k = 0; seps[k]; k++) {
        size_t n = strlen(seps[k]);
        if (i + n <= e && memcmp(t + i, seps[k], n) == 0)
            return n;
    }
    return 0;
}

/* The start of the number in digits that ends at t[j] (exclusive), no
 * earlier than b; j when none. */
static size_t digits_start(const char *t, size_t b, size_t j)
{
    size_t i = j;
    while (i > b && (isdigit((unsigned char)t[i - 1]) ||
                     (t[i - 1] == ',' && i - 1 > b && isdigit((unsigned char)t[i - 2]) &&
                      i < j && isdigit((unsigned char)t[i]))))
        i--;
    return (i < j && (i == b || !isalnum((unsigned char)t[i - 1]))) ? i : j;
}

/* The number of the list of numbers in digits that the number t[fs..fe)
 * is an item of ("16, 20 and 25"), within [b, e): its index into *idx,
 * the list's start and end into *ls, *le.  0 when it is in no list. */
static size_t list_items(const char *t, size_t b, size_t e, size_t fs, size_t fe, size_t *idx,
                         size_t *ls, size_t *le)
{
    size_t before = 0, after = 0, p = fs, q = fe;
    for (;;) {   /* items before: ", N" or " and N" ending right before p */
        size_t sep = 0;
        static const char *const seps[] = {", and ", " and ", ", ", NULL};
        for (size_t k = 0; seps[k] && !sep; k++) {
            size_t n = strlen(seps[k]);
            if (p >= b + n && memcmp(t + p - n, seps[k], n) == 0)
                sep = n;
        }
        size_t st = sep ? digits_start(t, b, p - sep) : p;
        if (!sep || st == p - sep)
            break;
        before++;
        p = st;
    }
    for (;;) {   /* items after */
        size_t sep = list_sep(t, q, e);
        size_t en = sep ? digits_end(t, q + sep, e) : q;
        if (!sep || en == q + sep)
            break;
        after++;
        q = en;
    }
    *idx = before;
    *ls = p;
    *le = q;
    return before + after + 1;
}

/* 1 when t[i..i+4) is a year in digits standing alone. */
static int year_digits(const char *t, size_t i, size_t e, int *y)
{
    if (i + 4 > e || digits_end(t, i, e) != i + 4 || (i > 0 && isalnum((unsigned char)t[i - 1])))
        return 0;
    *y = atoi(t + i);
    return *y >= 1000 && *y <= 2100;
}

/* The year of item idx of a list of n figures ending at le that a list of
 * as many years dates item by item: "16, 20 and 25 in 1940, 1941 and
 * 1942", or "in the same years" after as many single years earlier in
 * the sentence (from ls back to b).  0 when none. */
static int item_year(const actx *a, size_t si, size_t b, size_t e, size_t n, size_t idx,
                     size_t ls, size_t le)
{
    const char *t = a->text;
    for (int words = 0; words < 2 && !(le + 4 <= e && memcmp(t + le, " in ", 4) == 0); words++) {
        size_t j = le + 1;   /* the list's noun: "12, 15 and 19 engines in ..." */
        if (j >= e || t[le] != ' ' || !islower((unsigned char)t[j]))
            return 0;
        while (j < e && islower((unsigned char)t[j]))
            j++;
        le = j;
    }
    if (le + 4 > e || memcmp(t + le, " in ", 4) != 0)
        return 0;
    size_t i = le + 4, m = 0;
    int y, got = 0;
    while (year_digits(t, i, e, &y)) {   /* "in 1940, 1941 and 1942" */
        if (m == idx)
            got = y;
        m++;
        i += 4;
        size_t sep = list_sep(t, i, e);
        if (!sep)
            break;
        i += sep;
    }
    if (m >= 2)
        return m == n ? got : 0;
    static const char *const same[] = {"the same years", "those years", "these years", NULL};
    size_t k = 0;
    while (same[k] && !(i + strlen(same[k]) <= e && memcmp(t + i, same[k], strlen(same[k])) == 0))
        k++;
    if (!same[k])
        return 0;
    /* the last n single years before the list, in order */
    const tally_timeline *tl = &a->tl;
    int years[16];
    size_t ny = 0;
    for (size_t x = tl->first[si]; x < tl->first[si + 1] && tl->v[x].end <= ls; x++) {
        const tally_datex *d = &tl->v[x];
        if (d->start < b || !d->from.y || d->from.m || d->to.y != d->from.y)
            continue;
        if (ny == 16)
            memmove(years, years + 1, --ny * sizeof *years);
        years[ny++] = d->from.y;
    }
    if (ny < n)
        return 0;
    for (size_t j = ny - n + 1; j < ny; j++)
        if (years[j] <= years[j - 1])
            return 0;
    return years[ny - n + idx];
}

/* 1 when the figure t[fs..fe) of sentence si is an item of a list of
 * figures that a list of years dates item by item (item_year()): its year
 * into w. */
static int list_dated(const actx *a, size_t si, const tally_fact *f, when *w)
{
    const tally_sentence *s = &a->seg->sents[si];
    const char *t = a->text;
    if (f->tstart < s->start || f->tend > s->end || f->tend <= f->tstart ||
        digits_end(t, f->tstart, s->end) != f->tend)
        return 0;
    size_t idx, ls, le;
    size_t n = list_items(t, s->start, s->end, f->tstart, f->tend, &idx, &ls, &le);
    int y = n >= 2 ? item_year(a, si, s->start, s->end, n, idx, ls, le) : 0;
    if (!y)
        return 0;
    memset(&w->from, 0, sizeof w->from);
    w->from.y = y;
    w->to = w->from;
    return WHY_PRINTF(w, "item %zu of %zu of a list dated item by item", idx + 1, n) < 0 ? -1 : 1;
}

/* Choose the date of fact f into w. */
static int date_of(const actx *a, const tally_fact *f, when *w)
{
    {
        int r = list_dated(a, f->sent_index, f, w);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    const tally_segments *seg = a->seg;
    const tally_timeline *tl = &a->tl;
    size_t si = f->sent_index;
    const tally_sentence *s = &seg->sents[si];
    long k = tally_timeline_pick_in(tl, a->text, si, f->tstart, f->tend);
    if (k < 0 && tl->ctx[si] < 0)
        k = tally_timeline_pick(tl, si, f->tstart, f->tend);
    memset(&w->from, 0, sizeof w->from);
    memset(&w->to, 0, sizeof w->to);
    if (k >= 0) {
        w->from = tl->v[k].from;
        w->to = tl->v[k].to;
        return why_expr(w, a, k);
    }
    if (tl->generic && tl->generic[si])
        return 0;   /* a general rule ("A line that loses ..."): of no time */
    long c = tl->ctx[si];
    if (s->section == TALLY_SECTION_ENDNOTE)
        return note_date_of(a, s, f, c, w);
    tally_ymd day = {0};   /* read only when note_day() found one, but computed with below */
    int have_note = note_day(a, f->note, c >= 0 ? tl->v[c].from.y : 0, 1, &day);
    if (c >= 0 && c == tl->dateline && have_note && note_before_dateline(a, day, c)) {
        /* a report of its own day citing a return, decree or letter of the
           months before: the figure is as that document gives it */
        w->from = w->to = day;
        return WHY_PRINTF(w, "the date of endnote %d, before the dateline ", f->note) < 0
                   ? -1
                   : why_expr(w, a, c);
    }
    long later = have_note ? story_date_after(a, si, f->tend, day) : -1;
    if (later >= 0) {
        /* "... would use 1,200 km a month, and in October 1940 he asked ...
           [6]": the sentence's own later time, not the note's */
        w->from = tl->v[later].from;
        w->to = tl->v[later].to;
        return WHY_PRINTF(w, "later in its sentence, before the date of endnote %d: ",
                          f->note) < 0
                   ? -1
                   : why_expr(w, a, later);
    }
    if (c >= 0) {
        tally_ymd from = tl->v[c].from, to = tl->v[c].to;
        int span = tally_ymd_cmp(from, to) != 0;
        long gap = tally_ymd_days(day, 0) - tally_ymd_days(span ? to : from, 1);
        long into = tally_ymd_days(day, 0) - tally_ymd_days(from, 0);
        if (have_note && !from.d && into >= 0 &&
            (gap <= 0 || (months_between(from, day) <= 12 && !fresh_in_force(a, si, c)))) {
            /* the dated document that the sentence cites first falls within
               the period in force, or after it (within a year) while the
               date in force is not fresh: it is more precise (its day
               within a season, a year or a span; its month within a month) */
            w->from = w->to = from.m && !span ? to_month(day) : day;
            return WHY_PRINTF(w, "the date of endnote %d, %s ", f->note,
                              gap <= 0 ? "within" : "after") < 0
                       ? -1
                       : why_expr(w, a, c);
        }
        if (have_note && from.m && !from.d && into < 0 &&
            months_between(day, from) <= NOTE_BEFORE &&
            (stale_in_force(a, si, c) || (span && note_by_subject(a, si, f->note)))) {
            /* the dated document the sentence cites came shortly before the
               date in force, which an earlier paragraph wrote: the sentence
               goes back to it (a plan, a request, a reply of that day); so does
               a sentence whose subject wrote that document while a season or
               span is in force ("The Food Office estimated ..." citing "Food
               Office, memorandum of ..."); a single month in force is rather
               the time such an estimate is for */
            w->from = w->to = from.m && !span ? to_month(day) : day;
            return WHY_PRINTF(w, "the date of endnote %d, shortly before ", f->note) < 0
                       ? -1
                       : why_expr(w, a, c);
        }
        w->from = to_month(from);
        w->to = to_month(to);
        return why_puts(w, "in force from ") < 0 ? -1 : why_expr(w, a, c);
    }
    if (have_note) {
        w->from = w->to = day;
        return WHY_PRINTF(w, "the date of endnote %d", f->note);
    }
    return 0;
}

/* A figure of an endnote whose note names no owner takes the owner of the
 * first body figure citing the note ("Of the 23 aircraft lost, 17 were
 * C-47s" is about the losses of the body sentence); a body figure is
 * remembered for its note.  0 or -1 (OOM). */
static int owner_by_note(actx *a, const tally_fact *f, tally_actor_choice *c)
{
    const tally_sentence *s = &a->seg->sents[f->sent_index];
    int n = s->section == TALLY_SECTION_BODY ? f->note : s->endnote;
    if (n <= 0 || n > 1000000)
        return 0;
    size_t j = (size_t)n;
    if (s->section == TALLY_SECTION_BODY) {
        if (!c->code[0] || (j < a->nowners && a->owners[j].set))
            return 0;
        if (j >= a->nowners) {
            if (grow_array((void **)&a->owners, &a->owncap, j + 1, sizeof *a->owners) < 0)
                return -1;
            memset(a->owners + a->nowners, 0, (j + 1 - a->nowners) * sizeof *a->owners);
            a->nowners = j + 1;
        }
        a->owners[j].set = 1;
        a->owners[j].a = *c;
        return 0;
    }
    if (!c->code[0] && j < a->nowners && a->owners[j].set) {
        *c = a->owners[j].a;
        c->rule = "figure citing the note";
    }
    return 0;
}

/* Replace *slot, a string of a fact of facts, with a copy of s (see
 * annot_fact_str()). */
static int set_str(tally_facts *facts, char **slot, const char *s)
{
    char *c = annot_fact_str(facts, s);
    if (!c)
        return -1;
    if (!facts->pool)   /* a pool frees its strings all at once */
        free(*slot);
    *slot = c;
    return 0;
}

/* 1 when modality is that of a figure meant for a later time: planned,
 * promised or requested. */
static int plan_modality(const char *modality)
{
    return strcmp(modality, "planned") == 0 || strcmp(modality, "promised") == 0 ||
           strcmp(modality, "requested") == 0;
}

/* Months in a duration figure of months or years (whole, 1 to 20 years),
 * 0 when it is none. */
static int duration_months(const tally_fact *g)
{
    int per = 0;
    if (g->unit && strcmp(g->unit, "month") == 0)
        per = 1;
    else if (g->unit && strcmp(g->unit, "year") == 0)
        per = 12;
    if (!per || !(g->value >= 1) || g->value != (double)(long)g->value)
        return 0;
    long n = (long)g->value * per;
    return n <= 240 ? (int)n : 0;
}

/* g when it is the time a plan gives itself, "within eighteen months",
 * "over four years" (a duration of months or years after "within" or
 * "over"): the figures planned, promised or requested in its sentence
 * are meant for its end.  NULL otherwise. */
static const tally_fact *target_duration(const char *text, const tally_fact *g)
{
    static const char *const lead[] = {"within", "over", NULL};
    if (!duration_months(g))
        return NULL;
    size_t e = g->tstart;
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n'))
        e--;
    size_t b = e;
    while (b > 0 && isalpha((unsigned char)text[b - 1]))
        b--;
    return b < e && has_word(text, b, e, lead) ? g : NULL;
}

/* 1 when the deadline dur that a plan gave itself in sentence prev
 * ("approved in June 1934 ... within five years") still holds in sentence
 * si: dur follows "within", si follows prev in its paragraph and section,
 * and no sentence after prev up to si writes a date of its own ("It called
 * for 24 new vessels"), so the figures planned in si are meant for the end
 * of that time too. */
static int carries_duration(const actx *a, const tally_fact *dur, size_t prev, size_t si)
{
    static const char *const within[] = {"within", NULL};
    const tally_segments *seg = a->seg;
    size_t e = dur->tstart;
    while (e > 0 && (a->text[e - 1] == ' ' || a->text[e - 1] == '\n'))
        e--;
    size_t b = e;
    while (b > 0 && isalpha((unsigned char)a->text[b - 1]))
        b--;
    if (b == e || !has_word(a->text, b, e, within))
        return 0;   /* "over six years" spreads a rate, it sets no deadline */
    if (prev >= si || si >= seg->nsents || seg->sents[prev].para != seg->sents[si].para ||
        seg->sents[prev].section != seg->sents[si].section)
        return 0;
    return a->tl.first[prev + 1] == a->tl.first[si + 1];   /* no date after prev's */
}

/* 1 when f is what a plan costs or how it is shared out (money, a share):
 * settled when the plan is made, so not meant for the end of a time
 * carried from an earlier sentence ("within eighteen months ... a ceiling
 * of $48 million"). */
static int plan_cost(const tally_fact *f)
{
    return f->category &&
           (strcmp(f->category, "money") == 0 || strcmp(f->category, "share") == 0);
}

/* 1 when the word just before fact g is one of list ("over" in "over
 * four years"). */
static int prev_word_in(const char *text, const tally_fact *g, const char *const *list)
{
    size_t e = g->tstart;
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n'))
        e--;
    size_t b = e;
    while (b > 0 && isalpha((unsigned char)text[b - 1]))
        b--;
    return b < e && has_word(text, b, e, list);
}

/* Move the date in w (a single date of the plan's making, at month or year
 * precision) to the end of the plan's time dur when f is a figure planned,
 * promised or requested: "approved in June 1941, it called for 36 ships
 * within eighteen months" dates the 36 ships 1942-12.  0 or -1 when out of
 * memory. */
static int to_target(const char *text, const tally_fact *f, const tally_fact *dur,
                     const char *modality, when *w)
{
    static const char *const over[] = {"over", NULL};
    if (f == dur || !plan_modality(modality))
        return 0;   /* the duration itself keeps the date of the plan's making */
    if (f->category && strcmp(f->category, "money") == 0 && prev_word_in(text, dur, over))
        return 0;   /* "a loan of $4.2 million over 15 years at 4.5 per cent":
                       money spread over the time, not meant for its end */
    static const char *const at[] = {"at", NULL};
    if (f->category && strcmp(f->category, "share") == 0 && prev_word_in(text, dur, over) &&
        prev_word_in(text, f, at))
        return 0;   /* "at 4.5 per cent" there: a rate that holds over the time */
    if (!w->from.y || tally_ymd_cmp(w->from, w->to) != 0 || w->from.m != w->to.m)
        return 0;
    int n = duration_months(dur);
    tally_ymd from = to_month(w->from), end = from;
    if (from.m) {
        int t = from.y * 12 + (from.m - 1) + n;
        end.y = t / 12;
        end.m = t % 12 + 1;
    } else {
        end.y = from.y + (n + 11) / 12;
    }
    w->from = w->to = end;
    return why_puts(w, ", plus the plan's time") < 0 ? -1 : 0;
}

/* 1 when sentence si speaks in the present perfect, where things stand
 * now ("X has asked Y for 400 tanks; Y has so far promised 200"): "has" or
 * "have" as an auxiliary (not after "would", "will", "to" ..., not before
 * "to" or a number).  Such a sentence reports the present, not a goal. */
static int present_perfect(const char *text, const tally_sentence *s)
{
    static const char *const aux[] = {"has", "have", NULL};
    static const char *const modal[] = {"would", "will", "to", "could", "should", "may",
                                        "might", "must", "shall", "not", NULL};
    size_t prev_b = 0, prev_e = 0;
    for (size_t i = s->start; i < s->end;) {
        while (i < s->end && !isalpha((unsigned char)text[i]))
            i++;
        size_t e = i;
        while (e < s->end && isalpha((unsigned char)text[e]))
            e++;
        if (e > i && has_word(text, i, e, aux) && !(prev_e > prev_b && has_word(text, prev_b, prev_e, modal))) {
            size_t j = e;
            while (j < s->end && text[j] == ' ')
                j++;
            size_t k = j;
            while (k < s->end && isalpha((unsigned char)text[k]))
                k++;
            if (k > j && !(k - j == 2 && strncasecmp(text + j, "to", 2) == 0))
                return 1;
        }
        prev_b = i;
        prev_e = e;
        i = e;
    }
    return 0;
}

/* The target that the sentence before si, in its paragraph, set for a
 * plan ("... was to have by the end of 1960: ..."): its last target date,
 * -1 none.  Figures planned, promised or requested in si with no date of
 * their own are meant for it ("Each regiment was to field four
 * battalions"), unless si speaks in the present perfect (see
 * present_perfect()). */
static long target_before(const actx *a, size_t si)
{
    const tally_timeline *tl = &a->tl;
    if (si == 0 || a->seg->sents[si - 1].para != a->seg->sents[si].para ||
        a->seg->sents[si - 1].section != a->seg->sents[si].section ||
        tl->first[si] < tl->first[si + 1])
        return -1;
    for (size_t k = tl->first[si]; k > tl->first[si - 1]; k--) {
        const tally_datex *d = &tl->v[k - 1];
        if (d->target == 2 && !d->absorbed && d->from.y)
            return present_perfect(a->text, &a->seg->sents[si]) ? -1 : (long)k - 1;
    }
    return -1;
}

/* 1 when the n bytes at s hold the string needle. */
static int strstr_n(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncmp(s + i, needle, k) == 0)
            return 1;
    return 0;
}

/* 1 when the word at byte at of text (of length len) is a unit of money in
 * the units table of lex, or "pound"/"pounds" (sterling after a sum); its
 * end into *end. */
static int money_word(const char *text, size_t len, size_t at, const tally_lexicon *lex,
                      size_t *end)
{
    size_t e = at;
    while (e < len && e - at < 24 && isalpha((unsigned char)text[e]))
        e++;
    *end = e;
    const tally_lextab *units = tally_lexicon_tab(lex, "units");
    int col = units ? tally_table_col(tally_lextab_table(units), "category") : -1;
    const char *cat = e > at ? tally_lextab_get(units, text + at, e - at, col) : NULL;
    return (cat && strcmp(cat, "money") == 0) ||
           ((e - at == 5 || e - at == 6) && strncasecmp(text + at, "pounds", e - at) == 0);
}

/* The word of text ending just before byte e (spaces skipped): its start
 * into *b; 0 when there is none within the sentence starting at lo. */
static int word_before(const char *text, size_t lo, size_t e, size_t *b, size_t *we)
{
    while (e > lo && text[e - 1] == ' ')
        e--;
    size_t s = e;
    while (s > lo && isalpha((unsigned char)text[s - 1]))
        s--;
    *b = s;
    *we = e;
    return s < e;
}

/* Verbs of a rate of exchange told as what one unit of money fetched:
 * "a dollar fetched up to 11 crowns", "the pound was worth 20 marks". */
static const char *const rate_verbs[] = {"fetched", "fetches", "bought", "buys", "brought",
                                         "worth", NULL};

/* 1 when money fact f is an exchange rate told by what one unit of money
 * fetched ("on the free market a dollar fetched up to 11 crowns"): right
 * before the figure's mention a verb of rate_verbs ("was" or "is" before
 * "worth" allowed), before it a money unit of the lexicon after "a",
 * "one", "the" or "each"; lo is the start of the sentence. */
static int rate_fetched(const char *text, size_t len, const tally_fact *f, size_t lo,
                        const tally_lexicon *lex)
{
    static const char *const be[] = {"was", "is", NULL};
    static const char *const one[] = {"a", "one", "the", "each", NULL};
    size_t b, e, ue;
    if (!f->category || strcmp(f->category, "money") != 0 ||
        !word_before(text, lo, f->tstart, &b, &e) || !has_word(text, b, e, rate_verbs))
        return 0;
    if (!word_before(text, lo, b, &b, &e))
        return 0;
    if (has_word(text, b, e, be) && !word_before(text, lo, b, &b, &e))
        return 0;
    if (!money_word(text, len, b, lex, &ue) || ue != e || !word_before(text, lo, b, &b, &e))
        return 0;
    return has_word(text, b, e, one);
}

/* 1 when money fact f (its mention ending at mend) is a price assumed
 * for a reckoning that opens its sentence s: "At $150 a ton, the money
 * would buy 30,000 tons" (only "At" before the figure, "a" or "per", one
 * word and a comma after it).  A price so assumed is nobody's; one paid
 * ("bought 4,000 tons at $310 a ton") is the buyer's. */
static int price_assumed(const char *text, size_t len, const tally_fact *f, size_t mend,
                         const tally_sentence *s)
{
    if (!f->category || strcmp(f->category, "money") != 0 || f->tstart < s->start + 2 ||
        strncmp(text + s->start, "At ", 3) != 0)
        return 0;
    for (size_t i = s->start + 3; i < f->tstart; i++)   /* "At \$150": the escape */
        if (text[i] != ' ' && text[i] != '\\')
            return 0;
    size_t at = mend;
    if (at + 3 < len && strncmp(text + at, " a ", 3) == 0)
        at += 3;
    else if (at + 5 < len && strncmp(text + at, " per ", 5) == 0)
        at += 5;
    else
        return 0;
    while (at < len && isalpha((unsigned char)text[at]))
        at++;
    return at < len && text[at] == ',';
}

/* 1 when money fact f (its mention ending at mend) is an exchange rate:
 * "to the", "to one" or "to a" and a money unit of the lexicon follow it
 * ("4.5 thalers to the dollar", "$4.03 to the pound": the weight's name
 * is sterling after a sum).  A rate of exchange is nobody's. */
static int exchange_rate(const char *text, size_t len, const tally_fact *f, size_t mend,
                         const tally_lexicon *lex)
{
    static const char *const links[] = {" to the ", " to one ", " to a ", NULL};
    if (!f->category || strcmp(f->category, "money") != 0)
        return 0;
    size_t at = 0;
    for (size_t j = 0; links[j] && !at; j++) {
        size_t n = strlen(links[j]);
        if (mend + n < len && strncasecmp(text + mend, links[j], n) == 0)
            at = mend + n;
    }
    size_t e;
    return at && money_word(text, len, at, lex, &e);
}

/* Words before a span of years that make it the time a plan is given:
 * "to be completed in the five years 1953-1957", "over 1961-1965". */
static const char *const plan_span_cues[] = {"completed", "finished", "built", "delivered",
                                             "within", "over", "during", NULL};

/* When f is planned, promised or requested and its own sentence, after
 * it, gives the plan a span of years or months that writes its years (a
 * word of plan_span_cues at most six words before it, no ";" between),
 * the span dates f instead of the plan's making: "approved in September
 * 1952, it called for 60 hulls to be completed in the five years
 * 1953-1957".  0 or -1 when out of memory. */
static int plan_period(const actx *a, const tally_fact *f, const char *modality, when *w)
{
    const tally_timeline *tl = &a->tl;
    size_t si = f->sent_index;
    if (!plan_modality(modality))
        return 0;
    for (size_t k = tl->first[si]; k < tl->first[si + 1]; k++) {
        const tally_datex *d = &tl->v[k];
        if (d->start < f->tend || d->kind != TALLY_DX_DATE || d->need_year || d->absorbed ||
            !d->from.y || !(d->to.y > d->from.y))
            continue;
        if (memchr(a->text + f->tend, ';', d->start - f->tend))
            return 0;
        size_t b = d->start, words = 0;
        while (b > f->tend && words < 6) {   /* six words back */
            b--;
            if (a->text[b] == ' ' && b > 0 && a->text[b - 1] != ' ')
                words++;
        }
        if (!has_word(a->text, b, d->start, plan_span_cues))
            return 0;
        if (tally_ymd_cmp(w->from, d->from) == 0 && tally_ymd_cmp(w->to, d->to) == 0)
            return 0;
        w->from = d->from;
        w->to = d->to;
        buf_free(&w->why);
        return why_puts(w, "the plan's span ") < 0 ? -1 : why_expr(w, a, (long)k);
    }
    return 0;
}

/* 1 when fact f (its mention ending at mend, its modality so far *m) is a
 * part of a promised sum told after "of which" in the same sentence ("would
 * lend $6 million, of which $4.5 million would buy grain and the remaining
 * $1.5 million would pay for shipping"): a figure of the sum's category
 * after it, up to a ";".  Records f in a->last for the next fact. */
static int promised_part(actx *a, const tally_fact *f, size_t mend,
                         const tally_modality_choice *m)
{
    struct last_fact *l = &a->last;
    const char *cat = f->category ? f->category : "";
    if (!l->set || l->sent != f->sent_index)
        l->part_sent = -1;
    else if (l->end <= f->tstart && memchr(a->text + l->end, ';', f->tstart - l->end))
        l->part_sent = -1;
    else if (l->promised && l->end <= f->tstart && f->tstart - l->end < 40) {
        static const char *const which[] = {"which", NULL};
        size_t b = l->end;
        while (b < f->tstart && a->text[b] != ',')
            b++;
        if (b < f->tstart && has_word(a->text, b, f->tstart, which) &&
            strstr_n(a->text + b, f->tstart - b, "of which"))
            l->part_sent = (long)f->sent_index, l->part_cat = l->category;
    }
    int part = l->part_sent == (long)f->sent_index && strcmp(cat, l->part_cat) == 0 &&
               !m->negated;
    l->set = 1;
    l->sent = f->sent_index;
    l->end = mend;
    l->promised = part || strcmp(m->modality, "promised") == 0;
    l->category = cat;
    return part;
}

/* A budget's "estimates for" a year (m's cue, "the estimates for 1959
 * come to 2.5bn") are its plan for that year, not a guess: planned when
 * the year is after the document's dateline, or with no dateline; actual
 * when the year has begun by then ("the estimates for 1958 were 2.2bn" in
 * a memorandum of November 1958). */
static void budget_estimates(const actx *a, size_t len, tally_modality_choice *m)
{
    static const char *const est[] = {"estimates", "estimate", NULL};
    const char *t = a->text;
    size_t i = m->cue_end;
    if (strcmp(m->modality, "estimated") != 0 || m->cue_end <= m->cue_start ||
        !has_word(t, m->cue_start, m->cue_end, est) || i + 9 > len ||
        strncasecmp(t + i, " for ", 5) != 0)
        return;
    i += 5;
    int y = 0;
    for (size_t n = 0; n < 4; n++, i++) {
        if (!isdigit((unsigned char)t[i]))
            return;
        y = y * 10 + (t[i] - '0');
    }
    if (i < len && isalnum((unsigned char)t[i]))
        return;
    int doc = a->tl.dateline >= 0 ? a->tl.v[a->tl.dateline].from.y : 0;
    snprintf(m->modality, sizeof m->modality, "%s", doc && y <= doc ? "actual" : "planned");
    m->rule = "a budget's estimates for a year";
}

/* Annotate one fact f of facts; dur is the duration that sets the target
 * of the plans of its sentence (target_duration()), NULL none. */
/* The sentence si of seg with frame_ctx set (annot.h): bit 1 when the
 * sentence before it names a law, programme or budget, bit 2 when that
 * sentence allocates after one or the one before it names one ("## The programme and its budget" / "The 2.4bn
 * were divided among four ministries." / "Transport received 960
 * million").  NULL when out of memory. */
static annot_sent *framed_sent(annot_cache *c, const char *text, const tally_segments *seg,
                               size_t si, const tally_lexicon *lex)
{
    int f1 = 0, f2 = 0;
    annot_sent *p = annot_cache_sent(c, text, seg, si, lex);
    if (!p)
        return NULL;
    if (!(annot_modality_frame(text, p, lex, &c->mws) & (8 | 16)))
        return p;   /* no verb of allocating or of taking a share: no frame to look for */
    if (si >= 2) {
        if (!(p = annot_cache_sent(c, text, seg, si - 2, lex)))
            return NULL;
        f2 = annot_modality_frame(text, p, lex, &c->mws);
    }
    if (si >= 1) {
        if (!(p = annot_cache_sent(c, text, seg, si - 1, lex)))
            return NULL;
        f1 = annot_modality_frame(text, p, lex, &c->mws);
    }
    annot_sent *s = annot_cache_sent(c, text, seg, si, lex);
    if (s && !s->cue_valid)
        s->frame_ctx = (f1 & 1) | ((f1 & 2) || ((f1 & 8) && (f2 & 1)) ? 2 : 0);
    return s;
}

static tally_status annotate_one(const tally_doc *doc, actx *ac, const tally_lexicon *lex,
                                 tally_facts *facts, tally_fact *f, const tally_fact *dur,
                                 int explain, tally_error *err)
{
    const char *text = doc->text;
    const tally_segments *seg = ac->seg;
    when w;
    memset(&w, 0, sizeof w);
    w.quiet = !explain;
    tally_buf ex = {0};
    char iso[32];
    size_t mend = mention_end(text, doc->len, f);

    /* the actor, then the modality (as the actors of the document are read
     * as it goes), then the date, which for a plan's figure is its target */
    tally_actor_choice a;
    tally_status st = annot_actor_pick(text, seg, f->sent_index, f->tstart, f->tend, mend, lex,
                                       &ac->cache, &a, err);
    if (st)
        return st;
    if (owner_by_note(ac, f, &a) < 0)
        goto oom;
    tally_modality_choice m;
    annot_sent *sv = framed_sent(&ac->cache, text, seg, f->sent_index, lex);
    if (!sv || annot_modality_pick(text, sv, f->tstart, f->tend, mend, lex, &ac->cache.mws, &m) < 0)
        goto oom;
    const tally_sentence *fs = &seg->sents[f->sent_index];
    if (price_assumed(text, doc->len, f, mend, fs)) {   /* nobody's */
        memset(&a, 0, sizeof a);
        a.rule = "";
    }
    if (exchange_rate(text, doc->len, f, mend, lex) ||
        rate_fetched(text, doc->len, f, fs->start, lex)) {   /* nobody's, a fact */
        memset(&a, 0, sizeof a);
        a.rule = "";
        memset(&m, 0, sizeof m);
        m.rule = "exchange rate";
        snprintf(m.modality, sizeof m.modality, "actual");
    }
    budget_estimates(ac, doc->len, &m);
    if (promised_part(ac, f, mend, &m)) {
        memset(&m, 0, sizeof m);
        m.rule = "part of a promised sum";
        snprintf(m.modality, sizeof m.modality, "promised");
    }
    long tb = plan_modality(m.modality) ? target_before(ac, f->sent_index) : -1;
    if (tb >= 0) {
        w.from = ac->tl.v[tb].from;
        w.to = ac->tl.v[tb].to;
        if (why_puts(&w, "the target of the sentence before: ") < 0 || why_expr(&w, ac, tb) < 0)
            goto oom;
    } else if (date_of(ac, f, &w) < 0 || (dur && to_target(text, f, dur, m.modality, &w) < 0) ||
               plan_period(ac, f, m.modality, &w) < 0) {
        goto oom;
    }
    tally_date_format(w.from, w.to, iso);
    if (ac->note_dated)
        ac->note_dated[f - facts->v] = (unsigned char)w.from_note;

    if (explain && (buf_puts(&ex, "date: ") < 0 ||
                    (w.why.len ? buf_printf(&ex, "%s -> %s", w.why.data, iso)
                               : buf_puts(&ex, "none")) < 0))
        goto oom;
    buf_free(&w.why);
    if (explain && (buf_puts(&ex, "; actor: ") < 0 ||
                    (a.code[0] ? (quote(&ex, text, a.cue_start, a.cue_end) < 0 ||
                                  buf_printf(&ex, " -> %s (%s)", a.code, a.rule) < 0)
                               : buf_puts(&ex, "none") < 0)))
        goto oom;
    if (explain && (buf_puts(&ex, "; modality: ") < 0 ||
                    (m.cue_end > m.cue_start
                         ? (quote(&ex, text, m.cue_start, m.cue_end) < 0 ||
                            buf_printf(&ex, "%s -> %s (%s)", m.negated ? " negated" : "",
                                       m.modality, m.rule) < 0)
                         : buf_printf(&ex, "%s -> %s",
                                      m.rule && strcmp(m.rule, "exchange rate") == 0
                                          ? "an exchange rate, nobody's"
                                      : m.rule && strcmp(m.rule, "part of a promised sum") == 0
                                          ? "a part of a promised sum after \"of which\""
                                          : "no cue",
                                      m.modality[0] ? m.modality : "actual") < 0)))
        goto oom;
    if (set_str(facts, &f->date, iso) < 0 || set_str(facts, &f->actor, a.code) < 0 ||
        set_str(facts, &f->modality, m.modality) < 0)
        goto oom;
    if (explain && set_str(facts, &f->explain, ex.data ? ex.data : "") < 0)
        goto oom;
    buf_free(&ex);
    return TALLY_OK;
oom:
    buf_free(&w.why);
    buf_free(&ex);
    return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
}

/* Where a fact stands in reading order. */
typedef struct place {
    size_t sent, start, idx;   /* its sentence, offset and index in the facts */
} place;

/* Order places by sentence, then offset, then index. */
static int cmp_place(const void *x, const void *y)
{
    const place *a = x, *b = y;
    if (a->sent != b->sent)
        return a->sent < b->sent ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The body figure that endnote figure g restates: one of the body
 * sentences citing g's note, of the same value and unit, with a date
 * ("Of the 3,800 km, 2,900 were lost ..." after a body "3,800 km ...[6]").
 * NULL when none. */
static const tally_fact *body_twin(const tally_facts *facts, const tally_fact *g)
{
    if (g->note <= 0 || g->value != g->value)
        return NULL;
    for (size_t i = 0; i < facts->n; i++) {
        const tally_fact *h = &facts->v[i];
        if (h->section == TALLY_SECTION_BODY && h->note == g->note && h->value == g->value &&
            h->date && h->date[0] && h->unit && g->unit && strcmp(h->unit, g->unit) == 0 &&
            h->unit[0])
            return h;
    }
    return NULL;
}

/* The month count of d (year * 12 + month - 1; a year alone: its first
 * month, or its last when last). */
static long month_no(tally_ymd d, int last)
{
    return (long)d.y * 12 + (d.m ? d.m - 1 : last ? 11 : 0);
}

/* 1 when ISO dates a and b overlap, compared by months: a note's date
 * within or across the month or span of the body figure it restates
 * ("August-September 1941" for a body "September 1941") tells the same
 * time, often more precisely. */
static int overlap_months(const char *a, const char *b)
{
    tally_ymd af, at, bf, bt;
    if (!a || !b || tally_date_parse(a, &af, &at) < 0 || tally_date_parse(b, &bf, &bt) < 0 ||
        !af.y || !bf.y)
        return 0;
    return month_no(af, 0) <= month_no(bt, 1) && month_no(bf, 0) <= month_no(at, 1);
}

/* Give figure f the date of the body figure twin (which a figure of its
 * note sentence restates), with the explanation rewritten.  -1 out of memory. */
static int take_twin_date(tally_facts *facts, tally_fact *f, const tally_fact *twin, int explain)
{
    if (set_str(facts, &f->date, twin->date) < 0)
        return -1;
    if (!explain || !f->explain)
        return 0;
    const char *rest = strstr(f->explain, "; actor: ");
    tally_buf b = {0};
    if (buf_printf(&b, "date: restates the body figure \"%s\" (paragraph %d) -> %s%s",
                   twin->number_text ? twin->number_text : "", twin->para, twin->date,
                   rest ? rest : "") < 0) {
        buf_free(&b);
        return -1;
    }
    int rc = set_str(facts, &f->explain, b.data);
    buf_free(&b);
    return rc;
}

/* An endnote sentence that restates a figure of the body citing it ("Of the
 * 3,800 km, 2,900 were lost in the first week"; "his figure of 1,200 km
 * meant 2,400 drums") speaks of the body figure's time, not of the note's
 * own date: its figures that took the note's date take the date of the
 * nearest restated figure before them in the sentence, else the first after.
 * order[0..n) is the reading order.  -1 out of memory. */
static int restate_notes(const actx *ac, const place *order, size_t n, tally_facts *facts,
                         int explain)
{
    for (size_t i = 0; i < n;) {
        size_t e = i + 1;
        while (e < n && order[e].sent == order[i].sent)
            e++;
        int dated = 0;   /* 1 when a figure of the sentence took the note's date */
        for (size_t j = i; j < e; j++)
            dated |= ac->note_dated[order[j].idx];
        for (size_t j = i; dated && j < e; j++) {
            tally_fact *f = &facts->v[order[j].idx];
            if (!ac->note_dated[order[j].idx])
                continue;
            const tally_fact *twin = NULL;
            for (size_t k = j + 1; k-- > i && !twin;)   /* before it, nearest first */
                twin = body_twin(facts, &facts->v[order[k].idx]);
            for (size_t k = j + 1; k < e && !twin; k++)
                twin = body_twin(facts, &facts->v[order[k].idx]);
            if (twin && !overlap_months(f->date, twin->date) &&
                take_twin_date(facts, f, twin, explain) < 0)
                return -1;
        }
        i = e;
    }
    return 0;
}

tally_status tally_annotate(const tally_doc *doc, const tally_segments *seg,
                            const tally_lexicon *lex, tally_facts *facts, int explain,
                            tally_error *err)
{
    if (facts->n == 0)
        return TALLY_OK;
    actx ac;
    memset(&ac, 0, sizeof ac);
    ac.text = doc->text;
    ac.seg = seg;
    ac.last.part_sent = -1;
    annot_cache_init(&ac.cache);
    annot_cache_lex(&ac.cache, lex);
    ac.cache.doc = &ac.doc;
    ac.cache.toks = &ac.toks;
    tally_status st = annot_timeline_build(doc->text, seg, lex, &ac.tl, &ac.toks,
                                           annot_doc_places, &ac.cache, err);
    if (st) {
        words_store_free(&ac.toks);
        return st;
    }
    if (actx_index(&ac) < 0) {
        actx_free(&ac);
        return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
    }
    /* in reading order, whatever order the facts come in: the actors of a
     * document are read as it goes */
    place *order = malloc(facts->n * sizeof *order);
    if (!order) {
        actx_free(&ac);
        return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
    }
    for (size_t i = 0; i < facts->n; i++) {
        order[i].sent = facts->v[i].sent_index;
        order[i].start = facts->v[i].tstart;
        order[i].idx = i;
    }
    qsort(order, facts->n, sizeof *order, cmp_place);
    if (seg->endnotes_start < doc->len) {   /* endnote figures may restate body ones */
        ac.note_dated = calloc(facts->n, 1);
        if (!ac.note_dated) {
            free(order);
            actx_free(&ac);
            return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
        }
    }
    const tally_fact *dur = NULL;
    int carried = 0;   /* 1 when dur is that of an earlier sentence */
    int lone = 0;      /* 1 when dur is the only figure of its sentence */
    for (size_t i = 0, first = 0; !st && i < facts->n; i++) {
        tally_fact *f = &facts->v[order[i].idx];
        if (i == 0 || order[i].sent != order[i - 1].sent) {
            /* a new sentence: its facts are order[first .. ) */
            /* a plan's deadline stated alone ("was meant to change that
               within five years") is that of the figures told next */
            const tally_fact *before = lone ? dur : NULL;
            size_t prev = i ? order[i - 1].sent : 0;
            first = i;
            dur = NULL;
            size_t nsent = 0;
            for (size_t j = first; j < facts->n && order[j].sent == order[first].sent; j++) {
                nsent++;
                if (!dur)
                    dur = target_duration(doc->text, &facts->v[order[j].idx]);
            }
            lone = dur && nsent == 1;
            carried = 0;
            if (!dur && before && carries_duration(&ac, before, prev, order[i].sent))
                dur = before, carried = lone = 1;
        }
        if (f->sent_index >= seg->nsents)
            continue;
        st = annotate_one(doc, &ac, lex, facts, f,
                          carried && plan_cost(f) ? NULL : dur, explain, err);
    }
    if (!st && ac.note_dated && restate_notes(&ac, order, facts->n, facts, explain) < 0)
        st = tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
    free(order);
    actx_free(&ac);
    return st;
}
