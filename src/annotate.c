/*
 * annotate.c - when, whose and what kind of claim each figure is: glues the
 * document timeline (timeline.c), actors (actor.c) and modality cues
 * (modality.c) to the facts of a document, and writes the explanation of
 * each choice when asked.
 *
 * The date of a figure is, in order: the nearest date expression of its
 * own sentence; for the body, the date in force carried from earlier
 * sentences, or the date of the endnote the sentence cites when that is
 * later (a telegram of 22 March after a narrative in February), both at
 * month precision; for an endnote, the dates of the note itself, then the
 * date of the body sentence that cites it.  Nothing found: empty.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* An endnote's date replaces the date in force when it is this many days
 * after the end of that period: clearly a later moment of the story. */
#define NOTE_GAP_DAYS 20

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

/* A date chosen for a figure and the words behind it. */
typedef struct when {
    tally_ymd from, to;
    tally_buf why;
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
static int say_expr(tally_buf *b, const char *text, const tally_segments *seg,
                    const tally_timeline *tl, long k)
{
    const tally_datex *d = &tl->v[k];
    if (quote(b, text, d->start, d->end) < 0)
        return -1;
    if (d->year_src >= 0 && (size_t)d->year_src < tl->n) {
        const tally_datex *y = &tl->v[d->year_src];
        size_t si = 0;
        while (si + 1 < seg->nsents && seg->sents[si + 1].start <= y->start)
            si++;
        if (buf_puts(b, d->kind == TALLY_DX_RELATIVE ? " (from " : " (year from ") < 0 ||
            quote(b, text, y->start, y->end) < 0 ||
            buf_printf(b, " in paragraph %d sentence %d)", seg->sents[si].para,
                       seg->sents[si].sent) < 0)
            return -1;
    }
    return 0;
}

/* The date of a sentence as a whole: its last dated expression, else the
 * date in force.  -1 when none. */
static long sentence_date(const tally_timeline *tl, size_t si)
{
    for (size_t k = tl->first[si + 1]; k > tl->first[si]; k--)
        if (!tl->v[k - 1].absorbed && tl->v[k - 1].from.y)
            return (long)k - 1;
    return tl->ctx[si];
}

/* The first full date written in endnote number n, near year (0 = any). */
static int note_day(const tally_segments *seg, const tally_timeline *tl, int n, int year,
                    tally_ymd *out)
{
    const tally_note *note = n ? tally_segments_note(seg, n) : NULL;
    if (!note)
        return 0;
    int lo = year ? year - 1 : 1000, hi = year ? year + 1 : 2100;
    return tally_timeline_first_day(tl, note->start, note->end, lo, hi, out);
}

/* Choose the date of fact f into w. */
static int date_of(const char *text, const tally_segments *seg, const tally_timeline *tl,
                   const tally_fact *f, when *w)
{
    size_t si = f->sent_index;
    const tally_sentence *s = &seg->sents[si];
    long k = tally_timeline_pick(tl, si, f->tstart, f->tend);
    memset(&w->from, 0, sizeof w->from);
    memset(&w->to, 0, sizeof w->to);
    if (k >= 0) {
        w->from = tl->v[k].from;
        w->to = tl->v[k].to;
        return say_expr(&w->why, text, seg, tl, k);
    }
    long c = tl->ctx[si];
    if (s->section == TALLY_SECTION_ENDNOTE) {
        tally_ymd day;
        if (c >= 0) {
            w->from = tl->v[c].from;
            w->to = tl->v[c].to;
            return buf_puts(&w->why, "in force in the note: ") < 0 ? -1
                                                                   : say_expr(&w->why, text, seg, tl, c);
        }
        for (size_t j = 0; j < seg->nsents; j++) {
            if (seg->sents[j].section != TALLY_SECTION_BODY || seg->sents[j].note != s->endnote)
                continue;
            long d = sentence_date(tl, j);
            if (d < 0)
                break;
            w->from = to_month(tl->v[d].from);
            w->to = to_month(tl->v[d].to);
            if (buf_printf(&w->why, "the body sentence citing note %d (paragraph %d sentence "
                           "%d): ", s->endnote, seg->sents[j].para, seg->sents[j].sent) < 0)
                return -1;
            return say_expr(&w->why, text, seg, tl, d);
        }
        if (note_day(seg, tl, s->endnote, 0, &day)) {
            w->from = w->to = day;
            return buf_printf(&w->why, "the date of endnote %d", s->endnote);
        }
        return 0;
    }
    tally_ymd day;
    int have_note = note_day(seg, tl, f->note, c >= 0 ? tl->v[c].from.y : 0, &day);
    if (c >= 0) {
        tally_ymd from = tl->v[c].from, to = tl->v[c].to;
        int span = tally_ymd_cmp(from, to) != 0;
        long gap = tally_ymd_days(day, 0) - tally_ymd_days(span ? to : from, 1);
        if (have_note && gap > NOTE_GAP_DAYS && months_between(from, day) <= 12) {
            w->from = w->to = to_month(day);
            return buf_printf(&w->why, "later date of endnote %d, after ", f->note) < 0
                       ? -1
                       : say_expr(&w->why, text, seg, tl, c);
        }
        w->from = to_month(from);
        w->to = to_month(to);
        return buf_puts(&w->why, "in force from ") < 0 ? -1 : say_expr(&w->why, text, seg, tl, c);
    }
    if (have_note) {
        w->from = w->to = to_month(day);
        return buf_printf(&w->why, "the date of endnote %d", f->note);
    }
    return 0;
}

/* Replace *slot with a copy of s. */
static int set_str(char **slot, const char *s)
{
    char *c = xstrdup(s);
    if (!c)
        return -1;
    free(*slot);
    *slot = c;
    return 0;
}

/* Annotate one fact. */
static tally_status annotate_one(const tally_doc *doc, const tally_segments *seg,
                                 const tally_lexicon *lex, const tally_timeline *tl,
                                 tally_fact *f, int explain, tally_error *err)
{
    const char *text = doc->text;
    when w;
    memset(&w, 0, sizeof w);
    tally_buf ex = {0};
    char iso[32];
    size_t mend = mention_end(text, doc->len, f);
    if (date_of(text, seg, tl, f, &w) < 0)
        goto oom;
    tally_date_format(w.from, w.to, iso);
    if (explain && (buf_puts(&ex, "date: ") < 0 ||
                    (w.why.len ? buf_printf(&ex, "%s -> %s", w.why.data, iso)
                               : buf_puts(&ex, "none")) < 0))
        goto oom;
    buf_free(&w.why);

    tally_actor_choice a;
    tally_status st = tally_actor_pick(text, seg, f->sent_index, f->tstart, f->tend, mend, lex,
                                       &a, err);
    if (st) {
        buf_free(&ex);
        return st;
    }
    if (explain && (buf_puts(&ex, "; actor: ") < 0 ||
                    (a.code[0] ? (quote(&ex, text, a.cue_start, a.cue_end) < 0 ||
                                  buf_printf(&ex, " -> %s (%s)", a.code, a.rule) < 0)
                               : buf_puts(&ex, "none") < 0)))
        goto oom;

    tally_modality_choice m;
    st = tally_modality_pick(text, &seg->sents[f->sent_index], f->tstart, f->tend, mend, lex,
                             &m, err);
    if (st) {
        buf_free(&ex);
        return st;
    }
    if (explain && (buf_puts(&ex, "; modality: ") < 0 ||
                    (m.cue_end > m.cue_start
                         ? (quote(&ex, text, m.cue_start, m.cue_end) < 0 ||
                            buf_printf(&ex, "%s -> %s (%s)", m.negated ? " negated" : "",
                                       m.modality, m.rule) < 0)
                         : buf_puts(&ex, "no cue -> actual") < 0)))
        goto oom;
    if (set_str(&f->date, iso) < 0 || set_str(&f->actor, a.code) < 0 ||
        set_str(&f->modality, m.modality) < 0)
        goto oom;
    if (explain) {
        char *e = buf_detach(&ex);
        if (!e)
            goto oom;
        free(f->explain);
        f->explain = e;
    }
    buf_free(&ex);
    return TALLY_OK;
oom:
    buf_free(&w.why);
    buf_free(&ex);
    return tally_fail(err, TALLY_ENOMEM, "'%s': out of memory", doc->name);
}

tally_status tally_annotate(const tally_doc *doc, const tally_segments *seg,
                            const tally_lexicon *lex, tally_facts *facts, int explain,
                            tally_error *err)
{
    tally_timeline tl;
    if (facts->n == 0)
        return TALLY_OK;
    tally_status st = tally_timeline_build(doc->text, seg, lex, &tl, err);
    if (st)
        return st;
    for (size_t i = 0; !st && i < facts->n; i++) {
        if (facts->v[i].sent_index >= seg->nsents)
            continue;
        st = annotate_one(doc, seg, lex, &tl, &facts->v[i], explain, err);
    }
    tally_timeline_free(&tl);
    return st;
}
