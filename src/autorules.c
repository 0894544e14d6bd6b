/*
 * autorules.c - derive rules made from a document (see autorules.h): one
 * per relation that implies a ratio, plus the outturn-over-promise ratios,
 * named after the words of their figures or after their units.  Used by
 * 'tally derive --auto' and by 'tally report'.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "tally/autorules.h"
#include "tally/isodate.h"

#define SLUG_WORDS 4     /* words of one mention in a sentence name */

/* Defaults documented in autorules.h. */
tally_autorule_opts tally_autorule_defaults(void)
{
    tally_autorule_opts o = {TALLY_AUTONAME_SENTENCE, NULL, 1};
    return o;
}

/* ---------------------------------------------------------------- names */

/* ASCII letter (the C locale's isalpha, without the locale). */
static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ASCII digit. */
static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* Copy of s reduced to identifier characters ("person-day" -> person_day),
 * "x" when nothing is left: the unit part of a TALLY_AUTONAME_UNITS name. */
static void ident(const char *s, char *out, size_t cap)
{
    size_t k = 0;
    for (; *s && k + 1 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        int ok = is_alpha(c) || is_digit(c);
        if (ok)
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        else if (k && out[k - 1] != '_')
            out[k++] = '_';
    }
    while (k && out[k - 1] == '_')
        k--;
    if (k == 0)
        out[k++] = 'x';
    out[k] = '\0';
}

/* The unit of fact i as relate reads it, as an identifier ("figure" if none). */
static void unit_ident(const char *text, const tally_facts *facts, size_t i,
                       const tally_lexicon *lex, char out[48])
{
    char unit[48], cat[16];
    tally_relate_unit(text, &facts->v[i], lex, unit, cat);
    ident(unit[0] ? unit : "figure", out, 48);
}

/* Whether s[i] (a ',' '-' or apostrophe) joins the characters around it
 * into one word: "1,300", "MiG-15s", "15-s", "People's". */
static int joins(const char *s, size_t i, size_t n)
{
    if (i == 0 || i + 1 >= n)
        return 0;
    int a = (unsigned char)s[i - 1], b = (unsigned char)s[i + 1];
    switch (s[i]) {
    case ',': return is_digit(a) && is_digit(b);
    case '-': return (is_alpha(a) && is_digit(b)) || (is_digit(a) && is_alpha(b));
    case '\'': return is_alpha(a) && is_alpha(b);
    }
    return 0;
}

/* Append s[0..n) slugified to b: ASCII letters and digits in lower case,
 * words joined by '_', at most maxw words; bytes of other scripts are
 * dropped without ending a word ("People’s" -> peoples).  *words counts
 * the words appended.  -1 on OOM. */
static int slug_append(tally_buf *b, const char *s, size_t n, int maxw, int *words)
{
    int in_word = 0, w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_alpha(c) || is_digit(c)) {
            if (!in_word) {
                if (w == maxw)
                    break;
                if (b->len && b->data[b->len - 1] != '_' && buf_putc(b, '_') < 0)
                    return -1;
                w++;
                in_word = 1;
            }
            if (buf_putc(b, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c)) < 0)
                return -1;
        } else if (c >= 0x80 || joins(s, i, n)) {
            continue;
        } else {
            in_word = 0;
        }
    }
    *words += w;
    return 0;
}

/* The word before byte offset at in text, within its sentence (the scan
 * stops at . ! ? ; : or a digit), into out; 0 when there is none. */
static int word_before(const char *text, size_t at, char out[32])
{
    size_t p = at;
    while (p > 0 && !is_alpha((unsigned char)text[p - 1])) {
        char c = text[p - 1];
        if (strchr(".!?;:", c) || is_digit((unsigned char)c))
            return 0;
        p--;
    }
    size_t e = p;
    while (p > 0 && is_alpha((unsigned char)text[p - 1]))
        p--;
    if (p == e || e - p >= 32)
        return 0;
    memcpy(out, text + p, e - p);
    out[e - p] = '\0';
    return 1;
}

/* Sort fact indices idx[0..n) by their place in the text (n is small). */
static void sort_by_place(const tally_facts *facts, size_t *idx, size_t n)
{
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && facts->v[idx[k - 1]].tstart > facts->v[idx[k]].tstart; k--) {
            size_t t = idx[k];
            idx[k] = idx[k - 1];
            idx[k - 1] = t;
        }
}

/* Append the mentions of the first and the last of facts idx[0..n) in
 * text order (the ones between are left out, to keep names short), each
 * slugified to SLUG_WORDS words, to b. */
static int mentions_append(const tally_facts *facts, size_t *idx, size_t n, tally_buf *b,
                           int *words)
{
    sort_by_place(facts, idx, n);
    for (size_t k = 0; k < n; k = k == 0 && n > 1 ? n - 1 : n) {
        const char *m = facts->v[idx[k]].mention;
        if (!m || !m[0])
            m = facts->v[idx[k]].number_text;
        if (slug_append(b, m ? m : "", m ? strlen(m) : 0, SLUG_WORDS, words) < 0)
            return -1;
    }
    return 0;
}

/* The sentence name of a rule over facts idx[0..n) (an outturn: over > 0,
 * idx[0..over) the actual figure, idx[over..n) the promise), stated = the
 * index of the figure it is about.  Malloc'ed, NULL on OOM. */
static char *sentence_name(const char *text, const tally_facts *facts, size_t *idx, size_t n,
                           size_t over, size_t stated)
{
    tally_buf b = {0};
    int words = 0, rc = 0;
    size_t first = over ? over : n;
    rc |= mentions_append(facts, idx, first, &b, &words);
    if (over) {
        rc |= buf_puts(&b, b.len ? "_over" : "over");
        rc |= mentions_append(facts, idx + over, n - over, &b, &words);
    }
    if (!rc && (!b.len || is_digit((unsigned char)b.data[0]))) {
        /* an identifier starts with a letter: take the word before the number */
        char w[32];
        tally_buf p = {0};
        if (word_before(text, facts->v[idx[0]].tstart, w))
            rc |= slug_append(&p, w, strlen(w), 1, &words);
        else
            rc |= buf_putc(&p, 'n');
        if (b.len)
            rc |= buf_printf(&p, "_%s", b.data);
        buf_free(&b);
        b = p;
    }
    rc |= buf_printf(&b, "_f%ld", facts->v[stated].id);
    if (rc) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

/* ---------------------------------------------------------------- rules */

/* Append a reference to fact i: #12, doc:#12 or "doc":#12. */
static int put_ref(tally_buf *b, const tally_autorule_opts *o, const tally_facts *facts, size_t i)
{
    long id = facts->v[i].id;
    if (!o->doc)
        return buf_printf(b, "#%ld", id);
    int plain = o->doc[0] && o->doc[0] != '-' && o->doc[0] != '+';
    for (const char *p = o->doc; plain && *p; p++)
        plain = is_alpha((unsigned char)*p) || is_digit((unsigned char)*p) || strchr("_./-", *p);
    return plain ? buf_printf(b, "%s:#%ld", o->doc, id) : buf_printf(b, "\"%s\":#%ld", o->doc, id);
}

/* Append the figures idx[0..n) as a reference (one) or "sum(#a, #b)". */
static int put_sum(tally_buf *b, const tally_autorule_opts *o, const tally_facts *facts,
                   const size_t *idx, size_t n)
{
    int rc = n > 1 ? buf_puts(b, "sum(") : 0;
    for (size_t k = 0; k < n; k++) {
        rc |= k ? buf_puts(b, ", ") : 0;
        rc |= put_ref(b, o, facts, idx[k]);
    }
    return rc | (n > 1 ? buf_putc(b, ')') : 0);
}

/* A FRACTION's list operands: the figures added to the stated part
 * (TALLY_OP_STATED) go to part[], those added to the whole (TALLY_OP_WHOLE)
 * to whole[] (each already holding its first figure).  -1 when a list
 * mixes units ("85 tanks and 36 guns"): their sum is no figure, so the
 * share has no rule. */
static int list_operands(const char *text, const tally_facts *facts, const tally_relation *rel,
                         const tally_lexicon *lex, size_t *part, size_t *np, size_t *whole,
                         size_t *nw)
{
    for (size_t k = 0; rel->kind == TALLY_REL_FRACTION && k < rel->nparts; k++) {
        const tally_operand *op = &rel->parts[k];
        if (op->fact == TALLY_NO_FACT || op->role == TALLY_OP_MAIN)
            continue;
        size_t *v = op->role == TALLY_OP_STATED ? part : whole;
        size_t *n = op->role == TALLY_OP_STATED ? np : nw;
        char u0[48], u1[48];
        unit_ident(text, facts, v[0], lex, u0);
        unit_ident(text, facts, op->fact, lex, u1);
        if (strcmp(u0, u1) != 0)
            return -1;
        v[(*n)++] = op->fact;
    }
    return 0;
}

/* Fill out with name (taken), expression (taken) and kind; -1 on OOM. */
static int rule_set(tally_autorule *out, char *name, tally_buf *expr, const char *kind,
                    size_t stated)
{
    out->name = name;
    out->expression = buf_detach(expr);
    out->kind = kind;
    out->stated = stated;
    if (!out->name || !out->expression) {
        tally_autorule_free(out);
        return -1;
    }
    return 0;
}

/* The rule of one relation (see autorules.h). */
tally_status tally_autorule_for(const char *text, const tally_facts *facts,
                                const tally_relation *rel, const tally_lexicon *lex,
                                const tally_autorule_opts *opts, tally_autorule *out, int *made,
                                tally_error *err)
{
    tally_autorule_opts o = opts ? *opts : tally_autorule_defaults();
    memset(out, 0, sizeof *out);
    *made = 0;
    if (o.doc && strchr(o.doc, '"'))
        return tally_fail(err, TALLY_EUSAGE, "'%s': a document name with '\"' cannot be "
                          "named in a rule", o.doc);
    if (rel->stated >= facts->n)
        return tally_fail(err, TALLY_EUSAGE, "relation refers to figure %zu of %zu",
                          rel->stated + 1, facts->n);
    const tally_fact *s = &facts->v[rel->stated];
    size_t used[TALLY_REL_MAXPARTS + 1], nused = 0;
    char su[48] = "", pu[48] = "", uname[128] = "";
    const char *kind = NULL;
    tally_buf e = {0};
    int rc = 0;
    used[nused++] = rel->stated;
    if (o.naming == TALLY_AUTONAME_UNITS)
        unit_ident(text, facts, rel->stated, lex, su);
    for (size_t k = 0; k < rel->nparts; k++)
        if (rel->parts[k].fact != TALLY_NO_FACT && rel->parts[k].fact >= facts->n)
            return tally_fail(err, TALLY_EUSAGE, "relation refers to figure %zu of %zu",
                              rel->parts[k].fact + 1, facts->n);
    switch (rel->kind) {
    case TALLY_REL_NORM: {
        const char *form = rel->parts[0].formation;
        if (rel->nparts == 0)
            return TALLY_OK;
        for (size_t k = 0; k < rel->nparts; k++)
            if (rel->parts[k].fact == TALLY_NO_FACT || strcmp(rel->parts[k].formation, form) != 0)
                return TALLY_OK;   /* formations of different kinds do not add up */
        ident(form[0] ? form : "formation", pu, sizeof pu);
        snprintf(uname, sizeof uname, "%s_per_%s_f%ld", su, pu, s->id);
        rc |= put_ref(&e, &o, facts, rel->stated);
        rc |= buf_puts(&e, rel->nparts > 1 ? " / sum(" : " / ");
        for (size_t k = 0; k < rel->nparts; k++) {
            rc |= k ? buf_puts(&e, ", ") : 0;
            rc |= put_ref(&e, &o, facts, rel->parts[k].fact);
            used[nused++] = rel->parts[k].fact;
        }
        if (rel->nparts > 1)
            rc |= buf_putc(&e, ')');
        kind = "norm";
        break;
    }
    case TALLY_REL_PRODUCT:
        /* stated / count is the rate only with one count: a rate times two
         * counts ("24 tons x 30 days x 5 trucks") gives no single ratio */
        if (rel->nparts != 2 || rel->parts[1].fact == TALLY_NO_FACT)
            return TALLY_OK;
        if (o.naming == TALLY_AUTONAME_UNITS)
            unit_ident(text, facts, rel->parts[1].fact, lex, pu);
        snprintf(uname, sizeof uname, "%s_per_%s_f%ld", su, pu, s->id);
        rc |= put_ref(&e, &o, facts, rel->stated);
        rc |= buf_puts(&e, " / ");
        rc |= put_ref(&e, &o, facts, rel->parts[1].fact);
        used[nused++] = rel->parts[1].fact;
        kind = "product";
        break;
    case TALLY_REL_FRACTION:
    case TALLY_REL_SUBSET: {
        size_t w = rel->kind == TALLY_REL_FRACTION ? 1 : 0;
        if (rel->nparts <= w || rel->parts[w].fact == TALLY_NO_FACT)
            return TALLY_OK;
        size_t pl[TALLY_REL_MAXPARTS + 1], wl[TALLY_REL_MAXPARTS], np = 0, nw = 0;
        pl[np++] = rel->stated;
        wl[nw++] = rel->parts[w].fact;
        if (list_operands(text, facts, rel, lex, pl, &np, wl, &nw) < 0)
            return TALLY_OK;   /* a list of several units: no single share */
        snprintf(uname, sizeof uname, "share_pct_f%ld", s->id);
        rc |= put_sum(&e, &o, facts, pl, np);
        rc |= buf_puts(&e, " / ");
        rc |= put_sum(&e, &o, facts, wl, nw);
        rc |= buf_puts(&e, " * 100");
        for (size_t k = 0; k < np + nw; k++)
            if (k)   /* the stated figure is used[0] */
                used[nused++] = k < np ? pl[k] : wl[k - np];
        kind = rel->kind == TALLY_REL_FRACTION ? "fraction" : "subset";
        break;
    }
    case TALLY_REL_CHANGE:
        if (rel->nparts < 2 || rel->parts[0].fact == TALLY_NO_FACT ||
            rel->parts[1].fact == TALLY_NO_FACT)
            return TALLY_OK;
        snprintf(uname, sizeof uname, "change_pct_f%ld", s->id);
        rc |= buf_puts(&e, "pct_change(");
        rc |= put_ref(&e, &o, facts, rel->parts[0].fact);
        rc |= buf_puts(&e, ", ");
        rc |= put_ref(&e, &o, facts, rel->parts[1].fact);
        rc |= buf_putc(&e, ')');
        used[nused++] = rel->parts[0].fact;
        used[nused++] = rel->parts[1].fact;
        kind = "change";
        break;
    case TALLY_REL_SUM:
    case TALLY_REL_DIFFERENCE:
        return TALLY_OK;
    }
    if (!kind)
        return TALLY_OK;
    char *name = rc ? NULL
                    : o.naming == TALLY_AUTONAME_UNITS
                          ? xstrdup(uname)
                          : sentence_name(text, facts, used, nused, 0, rel->stated);
    if (rc || rule_set(out, name, &e, kind, rel->stated) < 0) {
        buf_free(&e);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    *made = 1;
    return TALLY_OK;
}

/* ------------------------------------------------------------- outturns */

/* Whether modality m is a promise or a plan. */
static int is_promise(const char *m)
{
    return m && (strcmp(m, "promised") == 0 || strcmp(m, "planned") == 0);
}

/* Whether date a (the actual figure's) does not end before date p starts;
 * 1 when either is missing or unreadable. */
static int not_before(const char *a, const char *p)
{
    tally_isodate da, dp;
    if (!a || !p || !a[0] || !p[0] || tally_isodate_parse(a, &da, NULL) ||
        tally_isodate_parse(p, &dp, NULL))
        return 1;
    return da.end > dp.start;
}

/* The words of noun before its head (the first word starting with the
 * unit, else the last word), as pointers into a copy; n of them. */
typedef struct modwords {
    char *copy;
    char *w[16];
    size_t n;
} modwords;

/* Split noun into its modifier words (see modwords); -1 on OOM. */
static int modifiers(const char *noun, const char *unit, modwords *m)
{
    memset(m, 0, sizeof *m);
    if (!(m->copy = xstrdup(noun ? noun : "")))
        return -1;
    char *all[17];
    size_t n = 0, ul = strlen(unit);
    for (char *t = strtok(m->copy, " \t\n"); t && n < 17; t = strtok(NULL, " \t\n"))
        all[n++] = t;
    size_t head = n ? n - 1 : 0;
    for (size_t i = 0; ul && i < n; i++)
        if (strncasecmp(all[i], unit, ul) == 0) {
            head = i;
            break;
        }
    for (size_t i = 0; i < head && m->n < 16; i++)
        m->w[m->n++] = all[i];
    return 0;
}

/* Whether the counted nouns of a and p fit: unless both have modifiers,
 * they fit; else they share one.  -1 on OOM. */
static int nouns_fit(const tally_fact *a, const tally_fact *p, const char *unit)
{
    modwords ma, mp;
    if (modifiers(a->noun, unit, &ma) < 0)
        return -1;
    if (modifiers(p->noun, unit, &mp) < 0) {
        free(ma.copy);
        return -1;
    }
    int fit = ma.n == 0 || mp.n == 0;
    for (size_t i = 0; !fit && i < ma.n; i++)
        for (size_t j = 0; !fit && j < mp.n; j++)
            fit = strcasecmp(ma.w[i], mp.w[j]) == 0;
    free(ma.copy);
    free(mp.copy);
    return fit;
}

/* Equal strings, NULL taken as "" (an unknown actor equals an unknown one). */
static int same_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Whether fact j is a promise of actual fact i's unit and actor (the
 * candidate the search stops at). */
static int promise_of(const tally_facts *f, char (*units)[48], size_t i, size_t j)
{
    return is_promise(f->v[j].modality) && units[j][0] && strcmp(units[i], units[j]) == 0 &&
           same_str(f->v[i].actor, f->v[j].actor);
}

/* The most promises looked at on each side of an actual figure: no
 * ordinary document comes near it; a run-on list of figures stays linear. */
#define PROMISE_WINDOW 256

/* The promise of actual fact i (see autorules.h), TALLY_NO_FACT if none;
 * -1 in *oom when memory ran out.  prom[0..np) are the indexes of the
 * facts that are promises with a unit, in order: the nearest one before i
 * in its paragraph or the one before, else the first after i in its
 * sentence, whose unit and actor are i's. */
static size_t find_promise(const tally_facts *f, char (*units)[48], const size_t *prom,
                           size_t np, size_t i, int *oom)
{
    const tally_fact *a = &f->v[i];
    size_t found = TALLY_NO_FACT, lo = 0, hi = np;
    while (lo < hi) {   /* the first promise after i */
        size_t mid = lo + (hi - lo) / 2;
        if (prom[mid] < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* facts are in text order: paragraph and section never go back */
    for (size_t k = lo, n = 0; k-- > 0 && n < PROMISE_WINDOW; n++) {
        const tally_fact *p = &f->v[prom[k]];
        if (p->section != a->section || p->para + 1 < a->para)
            break;
        if (promise_of(f, units, i, prom[k])) {
            found = prom[k];
            break;
        }
    }
    for (size_t k = lo; found == TALLY_NO_FACT && k < np && k < lo + PROMISE_WINDOW; k++) {
        if (f->v[prom[k]].sent_index != a->sent_index)
            break;
        if (promise_of(f, units, i, prom[k]))
            found = prom[k];
    }
    if (found == TALLY_NO_FACT || !not_before(a->date, f->v[found].date))
        return TALLY_NO_FACT;
    int fit = nouns_fit(a, &f->v[found], units[i]);
    if (fit < 0)
        *oom = 1;
    return fit > 0 ? found : TALLY_NO_FACT;
}

/* The outturn rule of actual fact i over promise j into out; -1 on OOM. */
static int outturn_rule(const char *text, const tally_facts *f, const tally_autorule_opts *o,
                        size_t i, size_t j, tally_autorule *out)
{
    tally_buf e = {0};
    size_t idx[2] = {i, j};
    int rc = put_ref(&e, o, f, i);
    rc |= buf_puts(&e, " / ");
    rc |= put_ref(&e, o, f, j);
    char *name = NULL;
    if (!rc && o->naming == TALLY_AUTONAME_UNITS) {
        char u[48], buf[128];
        ident(f->v[i].unit && f->v[i].unit[0] ? f->v[i].unit : "figure", u, sizeof u);
        snprintf(buf, sizeof buf, "%s_actual_over_%s_f%ld", u, f->v[j].modality, f->v[i].id);
        name = xstrdup(buf);
    } else if (!rc) {
        name = sentence_name(text, f, idx, 2, 1, i);
    }
    if (rc) {
        buf_free(&e);
        return -1;
    }
    return rule_set(out, name, &e, "outturn", i);
}

/* ---------------------------------------------------------- collection */

/* Add r to out under a unique name: dropped (and freed) when the same rule
 * is there, renamed NAME_2, NAME_3... when another rule has its name.
 * -1 on OOM (r freed). */
static int rules_add(tally_autorules *out, tally_autorule *r)
{
    tally_buf b = {0};
    for (int k = 1;; k++) {
        if (k > 1 && (b.len = 0, buf_printf(&b, "%s_%d", r->name, k) < 0)) {
            buf_free(&b);
            tally_autorule_free(r);
            return -1;
        }
        const char *name = k > 1 ? b.data : r->name;
        size_t i = 0;
        while (i < out->n && strcmp(out->v[i].name, name) != 0)
            i++;
        if (i == out->n)
            break;
        if (strcmp(out->v[i].expression, r->expression) == 0) {
            buf_free(&b);
            tally_autorule_free(r);
            return 0;
        }
    }
    if (b.len) {
        free(r->name);
        r->name = buf_detach(&b);
    }
    if (!r->name || grow_array((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) < 0) {
        tally_autorule_free(r);
        return -1;
    }
    out->v[out->n++] = *r;
    memset(r, 0, sizeof *r);
    return 0;
}

/* Every rule of one document (see autorules.h). */
tally_status tally_autorules_build(const char *text, const tally_facts *facts,
                                   const tally_relations *rels, const tally_lexicon *lex,
                                   const tally_autorule_opts *opts, tally_autorules *out,
                                   tally_error *err)
{
    tally_autorule_opts o = opts ? *opts : tally_autorule_defaults();
    for (size_t i = 0; rels && i < rels->n; i++) {
        tally_autorule r;
        int made = 0;
        tally_status st = tally_autorule_for(text, facts, &rels->v[i], lex, &o, &r, &made, err);
        if (st)
            return st;
        if (made && rules_add(out, &r) < 0)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    if (!o.outturns || facts->n == 0)
        return TALLY_OK;
    char (*units)[48] = malloc(facts->n * sizeof *units);
    size_t *prom = malloc(facts->n * sizeof *prom), np = 0;
    if (!units || !prom) {
        free(units);
        free(prom);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < facts->n; i++) {
        char cat[16];
        tally_relate_unit(text, &facts->v[i], lex, units[i], cat);
        if (is_promise(facts->v[i].modality) && units[i][0])
            prom[np++] = i;
    }
    int oom = 0;
    for (size_t i = 0; !oom && i < facts->n; i++) {
        const tally_fact *a = &facts->v[i];
        if (!a->modality || strcmp(a->modality, "actual") != 0 || !units[i][0])
            continue;
        size_t j = find_promise(facts, units, prom, np, i, &oom);
        if (j == TALLY_NO_FACT || oom)
            continue;
        tally_autorule r;
        memset(&r, 0, sizeof r);
        if (outturn_rule(text, facts, &o, i, j, &r) < 0 || rules_add(out, &r) < 0)
            oom = 1;
    }
    free(units);
    free(prom);
    return oom ? tally_fail(err, TALLY_ENOMEM, "out of memory") : TALLY_OK;
}

/* "name = expression". */
char *tally_autorule_line(const tally_autorule *r)
{
    tally_buf b = {0};
    if (buf_printf(&b, "%s = %s", r->name, r->expression) < 0) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

/* The facts through a CSV in memory, read back as a table. */
tally_status tally_autorules_facts_table(const tally_facts *facts, tally_table *t,
                                         tally_error *err)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *ms = open_memstream(&mem, &len);
    if (!ms)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    tally_status st = tally_facts_write_header(ms, 0, err);
    if (!st)
        st = tally_facts_write(facts, ms, 0, err);
    if (fclose(ms) != 0 && !st)
        st = tally_fail(err, TALLY_ENOMEM, "out of memory");
    if (!st)
        st = tally_table_read_mem(mem, len, facts->doc ? facts->doc : "facts", ',', t, err);
    free(mem);
    return st;
}

/* Free one rule's strings (r itself belongs to the caller). */
void tally_autorule_free(tally_autorule *r)
{
    if (!r)
        return;
    free(r->name);
    free(r->expression);
    memset(r, 0, sizeof *r);
}

/* Free every rule and the list's array. */
void tally_autorules_free(tally_autorules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        tally_autorule_free(&r->v[i]);
    free(r->v);
    memset(r, 0, sizeof *r);
}
