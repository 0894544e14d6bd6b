/*
 * relate_stock.c - stocks and flows: a stock stated at the start and at
 * the end of a span, and what was drawn from it in between ("the fort
 * began the day with 4,800 rounds and ended it with 4,200", the 600 fired
 * stated before).  Two rules of the relate module (relate_int.h):
 *
 *  - rel_rule_stock (per sentence): a figure A after "with" whose clause
 *    says it began ("began", "begun", "started", "opened") and a later
 *    figure B of A's unit (or of none) in the same sentence after "with" whose clause
 *    says it ended ("ended", "finished", "closed"), B below A.  The flow D
 *    is the nearest figure of their unit between them, else before A in
 *    its paragraph or the two before (no rate, share or bound, not the
 *    part of a subset: "408 of them"), below A, with A - D within a tenth
 *    of B (an exact fit is taken first).  DIFFERENCE: B = A - D, so that a
 *    slip in the end stock is flagged.
 *  - rel_rule_balance (per sentence): a stock concluded with "therefore",
 *    "thus" or "accordingly" ("the fleet therefore numbered 175 ships")
 *    from its start, the largest loss and the largest gain stated since
 *    (see the rule's own comment).  SUM with the loss negative.
 *
 * The rules allocate nothing except through rel_add() and look back at
 * most STOCK_BACK figures and STOCK_CLAUSE bytes, so they stay linear in
 * the document.
 */
#include <math.h>
#include <string.h>

#include "relate_int.h"

/* How far A - D may be from the end stock B and still be read as its
 * arithmetic (a slip); farther off D is some other figure. */
#define STOCK_NEAR 0.10
/* How many bytes before a figure its verb of holding, loss or gain may
 * stand, and how many figures back the start of a balance may be. */
#define STOCK_CLAUSE 160
#define STOCK_BACK 80
/* How many words before "with" the verb of beginning or ending may stand. */
#define STOCK_VERB_WORDS 6

static const char *const begin_verbs[] = {"began", "begun", "started", "opened", NULL};
static const char *const end_verbs[] = {"ended", "finished", "closed", NULL};

/* 1 when fact j stands right after "with" and one of verbs stands within
 * STOCK_VERB_WORDS words before it, after `from` (no clause mark between). */
static int stock_said(const ctx *c, size_t j, size_t from, const char *const *verbs)
{
    static const char *const with[] = {"with", NULL};
    size_t s = c->f->v[j].tstart;
    if (!rel_word_before_is(c, s, from, with))
        return 0;
    size_t a = s, k;
    for (k = 0; k < STOCK_VERB_WORDS + 1 && a > from; k++) {
        size_t b = rel_word_back(c, a, from);
        if (b >= a)
            break;
        a = b;
        if (a > from && strchr(";:.", c->t[a - 1]))
            break;
    }
    return rel_phrase_in(c->t, a, s, verbs);
}

/* 1 when fact k is the stated part of a SUBSET found so far ("408 of them"). */
static int subset_part(const ctx *c, size_t k)
{
    for (size_t r = 0; r < c->out->n; r++)
        if (c->out->v[r].kind == TALLY_REL_SUBSET && c->out->v[r].stated == k)
            return 1;
    return 0;
}

/* 1 when fact k may be the flow drawn from stock A to B. */
static int stock_flow(const ctx *c, size_t k, size_t A, size_t B)
{
    const tally_fact *f = &c->f->v[k];
    if (k == A || k == B || c->fi[k].share || !rel_same_unit(&c->fi[k], &c->fi[A]))
        return 0;
    if (f->qual != TALLY_Q_EXACT && f->qual != TALLY_Q_APPROX)
        return 0;
    if (!(f->value > 0) || f->value >= c->f->v[A].value)
        return 0;
    return !rel_is_rate(c, k);
}

/* How well A - D makes B: 0 exact, else the relative gap, 2 when too far. */
static double stock_fit(const ctx *c, size_t A, size_t D, size_t B)
{
    double want = c->f->v[A].value - c->f->v[D].value, got = c->f->v[B].value;
    double gap = fabs(want - got) / got;
    return gap <= STOCK_NEAR ? gap : 2;
}

/* The flow between stocks A and B: between them first, then back from A
 * through its paragraph and the two before (at most STOCK_BACK figures);
 * NOPOS when none fits.  The part of a subset ("408 of them") is no flow;
 * that is asked last, of a figure that would fit better. */
static size_t stock_find_flow(const ctx *c, size_t A, size_t B)
{
    size_t best = NOPOS;
    double bestfit = 2;
    for (size_t k = A + 1; k < B; k++)
        if (stock_flow(c, k, A, B) && stock_fit(c, A, k, B) < bestfit && !subset_part(c, k)) {
            best = k;
            bestfit = stock_fit(c, A, k, B);
        }
    if (best != NOPOS)
        return best;
    int para = c->seg->sents[c->f->v[A].sent_index].para;
    for (size_t n = 0, k = A; k-- > 0 && n < STOCK_BACK; n++) {
        size_t ks = c->f->v[k].sent_index;
        if (ks >= c->seg->nsents || c->seg->sents[ks].section != TALLY_SECTION_BODY)
            continue;
        if (c->seg->sents[ks].para + 2 < para)
            break;
        if (stock_flow(c, k, A, B)) {
            double fit = stock_fit(c, A, k, B);
            if (fit < bestfit && !subset_part(c, k)) {
                best = k;
                bestfit = fit;
                if (fit == 0)
                    break;
            }
        }
    }
    return best;
}

/* "began the day with 4,800 rounds and ended it with 4,200": B = A - D. */
int rel_rule_stock(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t from = rel_sent_open(c, si);
    for (size_t A = lo; A < hi; A++) {
        if (c->fi[A].share || !c->fi[A].unit[0] || !stock_said(c, A, from, begin_verbs))
            continue;
        for (size_t B = A + 1; B < hi; B++) {
            if ((c->fi[B].unit[0] && !rel_same_unit(&c->fi[A], &c->fi[B])) ||
                !(c->f->v[B].value > 0) ||
                c->f->v[B].value >= c->f->v[A].value ||
                !stock_said(c, B, c->f->v[A].tend, end_verbs))
                continue;
            size_t D = stock_find_flow(c, A, B);
            if (D == NOPOS)
                break;
            tally_relation r;
            rel_init(&r, TALLY_REL_DIFFERENCE, B, "began with ... ended with");
            rel_part(c, &r, A);
            rel_part(c, &r, D);
            r.looked_back = D < A;
            if (rel_add(c, &r))
                return -1;
            break;
        }
    }
    return 0;
}

/* Words that hold a stock, mark a conclusion, and take from or add to it. */
static const char *const hold_verbs[] = {"numbered", "had", "stood at", "totalled", "totaled",
                                         "comprised", NULL};
static const char *const so_words[] = {"therefore", "thus", "accordingly", NULL};
static const char *const loss_verbs[] = {"lost", "sank", "sunk", "destroyed", "written off",
                                         "scrapped", "fired", "expended", "consumed", NULL};
static const char *const gain_verbs[] = {"built", "bought", "received", "delivered", "added",
                                         "acquired", "purchased", NULL};

/* Where the last of ws starts in t[a..b) on a word boundary, NOPOS none;
 * only the STOCK_CLAUSE bytes before b are read (a verb of holding, loss
 * or gain stands near its figure), so a run-on sentence stays linear. */
static size_t last_of(const ctx *c, size_t a, size_t b, const char *const *ws)
{
    if (b > a + STOCK_CLAUSE)
        a = b - STOCK_CLAUSE;
    for (size_t i = b; i-- > a;) {
        if (i > a && rel_wch((unsigned char)c->t[i - 1]))
            continue;
        for (size_t q = 0; ws[q]; q++)
            if (rel_phrase_at(c->t, i, b, ws[q]))
                return i;
    }
    return NOPOS;
}

/* How fact k's clause says its figure moved the stock: -1 taken away (the
 * last verb of loss or gain before it in its sentence is one of loss; with
 * none before it, one right after it: "with 27 ships lost"), +1 added, 0
 * neither (a holding). */
static int flow_sign(const ctx *c, size_t k)
{
    const tally_fact *f = &c->f->v[k];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    size_t a = rel_sent_open(c, f->sent_index);
    size_t l = last_of(c, a, f->tstart, loss_verbs), g = last_of(c, a, f->tstart, gain_verbs);
    if (l != NOPOS || g != NOPOS)
        return g == NOPOS || (l != NOPOS && l > g) ? -1 : 1;
    size_t e = f->tend, stop = k + 1 < c->f->n && c->f->v[k + 1].sent_index == f->sent_index
                                   ? c->f->v[k + 1].tstart
                                   : s->end;
    size_t mark = e + strcspn(c->t + e, ",;:()");   /* its clause only */
    if (mark < stop)
        stop = mark;
    if (rel_phrase_in(c->t, e, stop, loss_verbs))
        return -1;
    return rel_phrase_in(c->t, e, stop, gain_verbs) ? 1 : 0;
}

/* 1 when the sentence of fact k says one of ws before it. */
static int says_before(const ctx *c, size_t k, const char *const *ws)
{
    size_t a = rel_sent_open(c, c->f->v[k].sent_index);
    return last_of(c, a, c->f->v[k].tstart, ws) != NOPOS;
}

/* 1 when fact k may be a stock or a flow of E's: E's unit, a body figure,
 * exact or about, positive, no share or rate, not a part of a total. */
static int balance_term(const ctx *c, size_t k, size_t E)
{
    const tally_fact *f = &c->f->v[k];
    if (f->sent_index >= c->seg->nsents ||
        c->seg->sents[f->sent_index].section != TALLY_SECTION_BODY)
        return 0;
    if ((f->qual != TALLY_Q_EXACT && f->qual != TALLY_Q_APPROX) || !(f->value > 0))
        return 0;
    return !c->fi[k].share && !c->fi[k].part && rel_same_unit(&c->fi[k], &c->fi[E]) &&
           !rel_is_rate(c, k);
}

/* The hold verb of E's sentence before E (an index of hold_verbs), -1 none. */
static int balance_verb(const ctx *c, size_t E, size_t from)
{
    if (c->f->v[E].tstart > from + STOCK_CLAUSE)
        from = c->f->v[E].tstart - STOCK_CLAUSE;
    for (int v = 0; hold_verbs[v]; v++) {
        const char *const one[] = {hold_verbs[v], NULL};
        if (rel_phrase_in(c->t, from, c->f->v[E].tstart, one))
            return v;
    }
    return -1;
}

/* Rule: a stock concluded from its start and its flows: "On 1 May the fleet
 * therefore numbered 175 ships", after "the fleet numbered 212 ships",
 * "lost 87 ships" and "bought 50 ships".  E follows "therefore" / "thus" /
 * "accordingly" and a verb of holding in its sentence; the start S is the
 * earliest figure of E's unit looked back (STOCK_BACK figures) with the
 * same verb before it in its sentence and no verb of loss or gain
 * (flow_sign); between S and E the largest figure said to be lost L and the
 * largest said to be added G (not parts of a total); S - L + G within a
 * tenth of E -> SUM, L negative. */
int rel_rule_balance(ctx *c, size_t si, size_t lo, size_t hi)
{
    size_t from = rel_sent_open(c, si);
    const tally_sentence *s = &c->seg->sents[si];
    if (s->section != TALLY_SECTION_BODY || !rel_phrase_in(c->t, from, s->end, so_words))
        return 0;
    for (size_t E = lo; E < hi; E++) {
        int v;
        if (!c->fi[E].unit[0] || c->fi[E].share || c->f->v[E].qual != TALLY_Q_EXACT ||
            (v = balance_verb(c, E, from)) < 0)
            continue;
        const char *const one[] = {hold_verbs[v], NULL};
        size_t S = NOPOS, L = NOPOS, G = NOPOS;
        for (size_t n = 0, k = lo; k-- > 0 && n < STOCK_BACK; n++)
            if (balance_term(c, k, E) && says_before(c, k, one) && flow_sign(c, k) == 0)
                S = k;   /* the earliest such: the start of the span */
        for (size_t k = S == NOPOS ? lo : S + 1; k < lo; k++) {
            if (!balance_term(c, k, E))
                continue;
            int sign = flow_sign(c, k);
            if (sign < 0 && (L == NOPOS || c->f->v[k].value > c->f->v[L].value))
                L = k;
            else if (sign > 0 && (G == NOPOS || c->f->v[k].value > c->f->v[G].value))
                G = k;
        }
        if (S == NOPOS || L == NOPOS)
            continue;
        double want = c->f->v[S].value - c->f->v[L].value + (G != NOPOS ? c->f->v[G].value : 0);
        double got = c->f->v[E].value;
        if (!(c->f->v[L].value < c->f->v[S].value) || fabs(want - got) > STOCK_NEAR * got)
            continue;
        tally_relation r;
        rel_init(&r, TALLY_REL_SUM, E, "therefore, start - lost + added");
        rel_part(c, &r, S);
        rel_part(c, &r, L);
        r.parts[r.nparts - 1].negative = 1;
        if (G != NOPOS)
            rel_part(c, &r, G);
        r.looked_back = 1;
        int ps = c->fi[S].part, pl = c->fi[L].part, pg = G != NOPOS ? c->fi[G].part : 0;
        if (rel_add(c, &r))
            return -1;
        c->fi[S].part = ps;   /* stocks and flows are no items of a list: */
        c->fi[L].part = pl;   /* "34 of the 87 lost" may still take them */
        if (G != NOPOS)
            c->fi[G].part = pg;
    }
    return 0;
}
