/*
 * relate_int.h - what the files of the relate module share, private to
 * them (the library's face is include/tally/relate.h).  The module is cut
 * by rule family:
 *
 *   relate.c        the driver (tally_relate: the rules in their order, a
 *                   sentence at a time), units, and the text and relation
 *                   helpers every rule uses;
 *   relate_sum.c    totals and their parts: parenthetical breakdowns,
 *                   lists closed by a cue or opened by a colon, comma lists,
 *                   sums in two currencies, formations against aircraft;
 *   relate_rate.c   products: per-unit figures times counts, rates times
 *                   counts, averages, "N of M each", periods ("40 a month,
 *                   or 480 a year"), interest ("at 5 per cent");
 *   relate_share.c  shares, subsets, percentage changes, differences and
 *                   multipliers ("doubled", "twice what");
 *   relate_back.c   looking up a figure stated earlier in the document (a
 *                   whole, a base) by the words its clause shares with a cue;
 *   relate_each.c   a figure said of each of some things and the number of
 *                   those things stated before it;
 *   relate_fit.c    last: figures no cue links whose arithmetic fits exactly.
 *
 * Every rule reads the facts of one document through a ctx and appends to
 * ctx.out with rel_add(); a rule returns 0, or -1 when out of memory.
 * Nothing here allocates except rel_add().  Offsets are bytes into the
 * document text; fact indexes are into ctx.f->v; NOPOS means none.
 */
#ifndef TALLY_RELATE_INT_H
#define TALLY_RELATE_INT_H

#include <stddef.h>

#include "tally/relate.h"

#define NOPOS ((size_t)-1)

/* The most figures a sentence is read with at once: tally_relate cuts a
 * longer one (a run-on list) into pieces of at most this many, each read
 * as a sentence of its own, so that no rule scans more than a bounded
 * window per figure.  No sentence of ordinary prose comes near it. */
#define REL_SENT_FACTS 64
/* The days of a month no date names ("120 tons a day, or 3,600 a month"),
 * with its cue (relate.h). */
#define REL_MONTH_DAYS 30
#define REL_CUE_MONTH_DAYS TALLY_REL_CUE_MONTH_DAYS
#define REL_CUE_MONTH_WEEKS TALLY_REL_CUE_MONTH_WEEKS

/* what relate knows about each fact */
typedef struct finfo {
    char unit[48], cat[16];  /* as tally_relate_unit() reads them */
    int formation;           /* the unit is a key of the "norms" table */
    int aircraft;            /* unit or category aircraft */
    int share;               /* a percentage or fraction */
    size_t popen;            /* offset of the innermost enclosing '(' in its sentence */
    int used;                /* already a part of a breakdown or restatement */
    int part;                /* a part of a SUM (not a total itself) */
} finfo;

/* A size the document states for one formation ("a regiment of 54 guns",
 * "six guns to a battery"): fact `fact` counts `unit` in one `form`. */
typedef struct dsize {
    char form[48], unit[48];
    size_t fact;
    int instance;   /* the holding of one named formation ("No. 5 Squadron had
                       six flying boats"), not a size said of any one */
} dsize;

#define DSIZE_MAX 32

typedef struct ctx {
    const char *t;              /* document text */
    const tally_segments *seg;
    const tally_facts *f;
    const tally_lexicon *lex;
    finfo *fi;
    tally_relations *out;
    dsize sizes[DSIZE_MAX];     /* sizes stated so far, in text order */
    size_t nsizes;
    size_t nplans;              /* whole-document look-ups for plans named by
                                   differences so far (REL_PLAN_LOOKUPS at most) */
    size_t ncounts;             /* whole-document look-ups for the counts of prices
                                   said of one thing (REL_PLAN_LOOKUPS at most) */
    size_t slip;                /* 1 + the figure relate_fit.c reads as a slip of
                                   its digits, 0 for none */
} ctx;

/* The most whole-document look-ups rel_rule_difference makes in one
 * document, so that a run-on text of such cues stays linear. */
#define REL_PLAN_LOOKUPS 64

/* How far back a look-up goes: the REL_LOOK_BACK_MAX figures before the
 * one asking (some 250 KB of text at the seed's density, more than any
 * article), so that the look-ups of a long document stay linear in it. */
#define REL_LOOK_BACK_MAX 600

#define WS_MAX 64

/* Content words of some stretch of text, lower case, cut to 23 bytes. */
typedef struct wordset {
    char w[WS_MAX][24];
    size_t n;
} wordset;

/* What a cue says of the figure to look up: its words (those of the
 * stated figure's noun and unit left out: every candidate shares them), and
 * whether a word of it names a plan, a promise or an estimate (the
 * "modality" lexicon table: "the plan", "what had been promised"), so that
 * an actual figure cannot be it. */
typedef struct query {
    wordset w;        /* the cue's words and the stated clause's */
    wordset cue;      /* the cue's words alone */
    int intended;
    int spans;        /* a rate per period is compared over the stated
                         figure's span (rel_span_factor) */
} query;

/* ---- relate.c: text helpers ---- */

/* 1 for bytes that belong to a word: letters, digits, hyphen, apostrophe, UTF-8. */
int rel_wch(unsigned char c);
/* Phrase p (lower case, single spaces) at t+i on word boundaries,
 * case-insensitively: the offset after it, or 0. */
size_t rel_phrase_at(const char *t, size_t i, size_t end, const char *p);
/* 1 when one of the phrases ws (NULL-terminated) starts on a word boundary
 * in t[a..b). */
int rel_phrase_in(const char *t, size_t a, size_t b, const char *const *ws);
/* The number of words in t[a..b), or -1 when a mark of stops occurs there. */
int rel_words_between(const char *t, size_t a, size_t b, const char *stops);
/* Copy the lower-cased word at t+i into w; the offset after it. */
size_t rel_word_at(const char *t, size_t i, size_t end, char *w, size_t cap);
/* The next word of t[*i, end), lower-cased into w: 1 with *i past it, 0
 * when no word is left ("for (i = a; rel_next_word(t, &i, b, w, n);)"). */
int rel_next_word(const char *t, size_t *i, size_t end, char *w, size_t cap);
/* 1 when t[a..b) ends in a comma or "and" (the figure at b continues a list). */
int rel_joined_to(const char *t, size_t a, size_t b);
/* 1 when t[y..z) is a possessive word ("harbour's", "depots'", curly too). */
int rel_possessive_word(const char *t, size_t y, size_t z);
/* 1 when one of the n words from offset i (not past end, no mark between
 * them) is one of ws, case aside. */
int rel_word_within(const ctx *c, size_t i, size_t end, int n, const char *const *ws);
/* 1 when the word right before offset i (not before start) is one of ws. */
int rel_word_before_is(const ctx *c, size_t i, size_t start, const char *const *ws);
/* 1 when the word right before offset i is one of last and the word before
 * that one of prev ("up from", "stood at"). */
int rel_two_words_before(const ctx *c, size_t i, size_t start, const char *const *prev,
                         const char *const *last);
/* The word that ends right before offset i (back over spaces) copied,
 * lower-cased, to w; 0 when there is none in [start, i). */
int rel_word_ending_at(const ctx *c, size_t i, size_t start, char *w, size_t cap);
/* The start of the word before offset i (spaces skipped), back to start;
 * i less its spaces when a mark stands there. */
size_t rel_word_back(const ctx *c, size_t i, size_t start);
/* The start of the up to n words before offset i, back to lo, stopping at
 * a ";", ":" or bracket. */
size_t rel_words_back(const ctx *c, size_t i, size_t lo, int n);
/* The next word of a clause from *b (spaces skipped), lower-cased into w,
 * *b past it: 0, *b left at the mark, when a ",", ";", ":" or bracket or
 * the end comes first ("400 tons a day, ...": a figure's own words). */
int rel_clause_word(const ctx *c, size_t *b, size_t end, char *w, size_t cap);

/* ---- relate.c: units and relations ---- */

/* 1 when figure j is said of one thing by its clause's subject: "each
 * brigade had 94", "a horse column has 160", "and a mule column 140 mules"
 * after such a figure (elided: 1 when asked for the figure before). */
int rel_one_thing_has(const ctx *c, size_t j, int elided);
/* 1 when word w is one of ws (a NULL-ended list). */
int rel_word_is(const char *w, const char *const *ws);
/* The next cue of cues (phrases) in t[*i..b) followed by a word: the word
 * copied into w, the offset after it returned, *i moved past the cue so
 * that a loop reads the next one ("each bicycle", "these flights"); 0
 * when there is none. */
size_t rel_cue_word(const ctx *c, size_t *i, size_t b, const char *const *cues, char *w,
                    size_t cap);
/* The index of the first relation found from index `from` on, of the kind
 * given (any when kind < 0), that has figure j among its parts; NOPOS when
 * none ("for (i = rel_with_part(c, 0, K, j); i != NOPOS; i = rel_with_part(c,
 * i + 1, K, j))"). */
size_t rel_with_part(const ctx *c, size_t from, int kind, size_t j);
/* 1 when a relation of the kind found so far states fact j: the total of
 * a SUM ("The 168,000 were billeted in three districts: ..." heads a
 * breakdown), the part of a SUBSET ("408 of them"). */
int rel_stated_by(const ctx *c, tally_relation_kind kind, size_t j);
/* 1 when a relation found so far holds both facts a and b (stated or part). */
int rel_together(const ctx *c, size_t a, size_t b);

/* Word w in the lexicon (units, norms, designation prefixes): 1 and its
 * unit and category, else 0. */
int rel_lookup_word(const tally_lexicon *lex, const char *w, char unit[48], char cat[16]);
/* 1 when a and b have the same (non-empty) unit. */
int rel_same_unit(const finfo *a, const finfo *b);
/* The ratio that turns a weight in unit `from` into one in unit `to` ("gram"
 * to "ton": 1e-6; 1 for one unit), 0 when either is no weight.  The factors
 * are the lexicon's "measures" table (datasets/lexicon/measures.csv: unit,
 * measure, factor in metric tons), so a user adds a unit with --lexicon. */
double rel_weight_ratio(const ctx *c, const char *from, const char *to);
/* 1 when fact j may be a part of total T: no average, no old end of a
 * change, no hypothetical figure in an actual total. */
int rel_countable_part(const ctx *c, size_t j, size_t T);
/* 1 when fact f is written as its bare number ("and in 1944, 1,310"). */
int rel_bare(const tally_fact *f);
/* Start relation r of kind k for stated fact `stated`, given away by cue (static). */
void rel_init(tally_relation *r, tally_relation_kind k, size_t stated, const char *cue);
/* Append fact (or TALLY_NO_FACT) to r's operands; marks a SUM's parts. */
void rel_part(ctx *c, tally_relation *r, size_t fact);
/* rel_part with an operand role (FRACTION lists). */
void rel_part_role(ctx *c, tally_relation *r, size_t fact, tally_operand_role role);
/* Append r to c->out unless a relation of its kind already has its stated
 * figure; -1 when out of memory. */
int rel_add(ctx *c, const tally_relation *r);
/* rel_add() of PRODUCT P = rate x count with cue, one factor looked up
 * earlier in the document (looked_back); P marked used. */
/* 1 when a figure after fact `from` and before P, of P's unit or of none
 * (no share), is v exactly: a product of v stated before P ("27 aircraft a
 * regiment, so that the seven should have counted 189; the returns list
 * 162 aircraft": the 189), so P is what there was, not that product. */
int rel_product_stated(const ctx *c, double v, size_t from, size_t P);
int rel_add_product_back(ctx *c, size_t P, size_t rate, size_t count, const char *cue);

/* ---- relate.c: where figures are ---- */

/* Where sentence si's words begin: past a paragraph number or list mark
 * ("7. Of the ...", "(b) ..."), else its start. */
size_t rel_sent_open(const ctx *c, size_t si);
/* The facts of sentence si: [*lo, *hi). */
void rel_sent_range(const ctx *c, size_t si, size_t *lo, size_t *hi);
/* The "(" right after fact i's noun phrase, NOPOS if none. */
size_t rel_paren_after(const ctx *c, size_t i, size_t send);
/* rel_paren_after with at most `words` words between figure i and "(". */
size_t rel_paren_within(const ctx *c, size_t i, size_t send, int words);
/* The figure of [lo,hi) starting within `words` words after offset a. */
size_t rel_fact_after(const ctx *c, size_t a, size_t lo, size_t hi, int words);
/* The figure of [lo,hi) ending within `words` words before offset b, none
 * of the marks in stops between. */
size_t rel_fact_before_s(const ctx *c, size_t b, size_t lo, size_t hi, int words,
                         const char *stops);
/* rel_fact_before_s with the stops ";:()". */
size_t rel_fact_before(const ctx *c, size_t b, size_t lo, size_t hi, int words);

/* ---- relate_each.c: a figure said of each of some things ---- */

/* The lemma of the thing figure b is said of, into e (up to two: the word
 * after the cue and the one after it, "each infantry battalion"): "each
 * station", "every battalion", "per kitchen", "to a battery", "a
 * household needed 0.8", or the thing its sentence opens with when the
 * figures before b there restate it ("A station burned 1.5 tons a day, 45
 * tons a month").  The number of lemmas, 0 when none. */
int rel_each_things(const ctx *c, size_t b, char e[2][48]);
/* "9,000 thalers a month for a company, or 172,000 thalers a month for the
 * 18 companies": a rate restated for all its things -> PRODUCT. */
int rel_rule_each_or(ctx *c, size_t R);
/* "32,400 litres, or 1,620 tins of 20 litres" -> PRODUCT (relate_each.c). */
int rel_rule_or_containers(ctx *c, size_t X);
/* "six convoys, two to each of the three corps" -> PRODUCT (relate_each.c). */
int rel_rule_each_of_the(ctx *c, size_t M);

/* ---- relate_sum.c: totals and their parts ---- */

int rel_rule_breakdown(ctx *c, size_t i, size_t lo, size_t hi, size_t send);
/* "384 field guns and 72 howitzers, 456 barrels": parts then their apposed
 * total, within a tenth -> SUM (relate_sum.c). */
int rel_rule_and_apposed(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_paren_norm(ctx *c, size_t lo, size_t hi);
int rel_rule_colon(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_were_parts(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_cues(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_comma_list(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_convert(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_with(ctx *c, size_t si, size_t lo, size_t hi);
/* relate_sum.c, round 424: "A ..., and with the B ... gave N" -> SUM. */
int rel_rule_with_gave(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_in_addition(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_raised_to(ctx *c, size_t M, size_t lo);
int rel_rule_implicit_sum(ctx *c, size_t T);
int rel_rule_parts_next(ctx *c, size_t si, size_t lo, size_t hi);
/* 1 when count N announces the nitems items after it ("Three works built
 * them: ... 64, ... 72 and ... 44"; relate_sum.c, round 443). */
int rel_counts_items(const ctx *c, size_t N, size_t next, size_t nitems);
int rel_rule_so_that(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_total_first(ctx *c, size_t si, size_t lo, size_t hi);
/* "310 in December, 540 in January and 790 in February, 1,740 in the three months". */
int rel_rule_span_total(ctx *c, size_t si, size_t lo, size_t hi);
/* "$3.8 million, shared between the ministry ($2.3 million) and the firms ($1.2 million)". */
int rel_rule_split_between(ctx *c, size_t si, size_t lo, size_t hi);
/* "divided among the four districts: A 38,000 tons, B 29,000 and C 24,000, the
 * 91,000 tons of the quota" (rule 3h). */
int rel_rule_apposed_total(ctx *c, size_t si, size_t lo, size_t hi);
/* "The cruisers needed 650 tons each, the destroyers 140 ..., 2,245 tons
 * altogether", the ships counted earlier (rule 3i, relate_sum.c). */
int rel_rule_counted_sum(ctx *c, size_t si, size_t lo, size_t hi);
/* "In all, from November to May, ... 46,300 tons": a total dated over a span
 * and the parts dated within it in the sentences before (rule 3j, relate_sum.c). */
int rel_rule_span_sum(ctx *c, size_t si, size_t lo, size_t hi);
/* "40 lorries a month, Benning 26 and Coles 19, or 85 a month": a list of
 * rates of one period and their total rate (rule 3k, relate_sum.c). */
int rel_rule_rate_list(ctx *c, size_t si, size_t lo, size_t hi);
/* "..., some 5,900 men in all.  A battalion has 800 men, a labour company
 * 300.": a total and the amounts each thing counted earlier holds in the
 * sentence next to it (rule 3n, relate_sum.c, round 413). */
int rel_rule_counted_next(ctx *c, size_t si, size_t lo, size_t hi);

/* ---- relate_note.c: parts in the endnote cited, parts after "of them" ---- */

/* Body totals whose parts a sentence of the endnote they cite lists (once
 * per document, after the sentence rules). */
int rel_rule_note_parts(ctx *c);
/* "312 aircrew, 96 of them pilots and the other 216 gunners". */
int rel_rule_of_them_parts(ctx *c, size_t si, size_t lo, size_t hi);
/* "five slips. Three of them ...; the other two ...": a list closed by its
 * rest breaks down a figure of the sentence before (relate_note.c). */
int rel_rule_rest_next(ctx *c, size_t si, size_t lo, size_t hi);
/* "Over the three years ... 14,000" after one figure for each of the
 * three years in the sentences before (relate_sum.c, rule 3l). */
int rel_rule_span_back(ctx *c, size_t si, size_t lo, size_t hi);
/* Rule 3m (relate_sum.c): "by the end of that year ... had cleared 4,870": a
 * running total over one figure of its flow per period before it. */
int rel_rule_running_total(ctx *c, size_t si, size_t lo, size_t hi);
/* "31 aircraft ... (22) fell to flak rather than to fighters" and in the
 * note "the nine lost to fighters": DIFFERENCE (relate_note.c, round 303;
 * called by rel_rule_note_parts). */
int rel_rule_note_gap(ctx *c);
/* "Of the 1,460 accidents, 920 were ..., 410 ... and 130 ...": a whole said
 * again and its parts after it, exact (relate_note.c, round 428). */
int rel_rule_whole_listed(ctx *c, size_t si, size_t lo, size_t hi);

/* ---- relate_stock.c: stocks and flows ---- */

/* "began the day with 4,800 rounds and ended it with 4,200" (relate_stock.c). */
int rel_rule_stock(ctx *c, size_t si, size_t lo, size_t hi);
/* "the fleet therefore numbered 175 ships": start - lost + added (relate_stock.c). */
int rel_rule_balance(ctx *c, size_t si, size_t lo, size_t hi);
/* "40 lorries, each loading 5 cubic metres and making two trips a day,
 * ... 400 cubic metres a day": count x load (x trips) -> PRODUCT. */
int rel_rule_each_load(ctx *c, size_t si, size_t lo, size_t hi);
/* "asked for twelve more units ... rose from 24 to 36": A + N = B, the
 * added N in the sentences before, exact only -> SUM (relate_stock.c). */
int rel_rule_more_rose(ctx *c, size_t si, size_t lo, size_t hi);
/* "at 1,260 million, 700 million more in a single year": the rise from the
 * level before -> DIFFERENCE (relate_stock.c). */
int rel_rule_more_after(ctx *c, size_t si, size_t lo, size_t hi);
/* "5,000 men in 20 trains, some 250 a train" -> PRODUCT (average; relate_stock.c). */
int rel_rule_over_count(ctx *c, size_t si, size_t lo, size_t hi);

/* ---- relate_rate.c: products, averages, rates, periods ---- */

/* 1 when figure j is a rate ("50 a month", "3 tons each", "for every
 * four"); *period the period it is per (an index of the periods table) or -1. */
int rel_rate_of(const ctx *c, size_t j, int *period);
/* The count of the things rate R is said of, right before R and joined to
 * it by "of" ("three bakeries of 12 ovens"), when the count C taken for R
 * is another ("for each division"): both are factors.  NOPOS when none. */
size_t rel_carrier_of(const ctx *c, size_t R, size_t C);
/* rel_rate_of without the period. */
int rel_is_rate(const ctx *c, size_t j);
/* The index of the period word w names ("day", "days", "monthly") in
 * rel_rate_of's table, -1 if none. */
int rel_period_word(const char *w);
/* 1 when t[a..b) says "a", "an", "per", "each" or "every", at most skip
 * words, then a period word of index p (any when p < 0): "a day", "a full
 * day". */
int rel_period_in(const ctx *c, size_t a, size_t b, int p, int skip);
/* 1 when figure j is a price or size said of one thing named right before
 * it ("an escort at 42 million"). */
int rel_priced_one(const ctx *c, size_t j);
/* How many of rate W's periods the span of figure P covers (1 when W is
 * no rate per period, 0 when P's span is not known). */
double rel_span_factor(const ctx *c, size_t P, size_t W);
int rel_rule_product_terms(ctx *c, size_t P);
int rel_rule_product(ctx *c, size_t P);
/* 1 when total P names two things joined ("120 towers and masts"), with
 * *R2 the figure before P in its sentence of the second thing (NOPOS when
 * none); R is the rate of the first (relate_rate.c). */
int rel_coordinated_total(const ctx *c, size_t P, size_t R, size_t *R2);
int rel_rate_apart(const ctx *c, size_t R, size_t P);   /* relate_rate.c: a promise against what came */
int rel_broader_bill(const ctx *c, size_t P, size_t C);   /* relate_rate.c: P a bill of more than C counts */
int rel_order_not_had(const ctx *c, size_t C, size_t P);   /* relate_rate.c: C had, P the bill of an order */
/* "450 tons a day, to be carried by 150 aircraft each making one trip of 3 tons". */
int rel_rule_product_ahead(ctx *c, size_t P);
int rel_rule_average(ctx *c, size_t lo, size_t hi);
int rel_rule_per_base(ctx *c, size_t lo, size_t hi);
/* "14,000 crowns a million rounds, so that the shortfall will cost 447,000"
 * (rule 7m, relate_rate.c, round 444). */
int rel_rule_million_base(ctx *c, size_t R, size_t lo, size_t hi);
int rel_rule_period(ctx *c, size_t R);
int rel_rule_each(ctx *c, size_t R);
int rel_rule_groups_of(ctx *c, size_t C);
/* "five nights of 11 hours, 65 hours a week" (relate_rate.c rule 10c). */
int rel_rule_span_product(ctx *c, size_t A);
int rel_rule_each_back(ctx *c, size_t R);
/* "194 aircraft ... 1,360 aircrew, for each bomber carried a crew of seven". */
int rel_rule_crew(ctx *c, size_t R);
int rel_rule_at_rate(ctx *c, size_t q, size_t lo, size_t hi);
int rel_rule_interest(ctx *c, size_t M);
int rel_rule_chain(ctx *c, size_t A);
/* Note the formation sizes sentence [lo,hi) states (c->sizes). */
void rel_note_sizes(ctx *c, size_t lo, size_t hi);
int rel_rule_sized(ctx *c, size_t M, size_t lo);

/* ---- relate_far.c: products whose rate was stated earlier ---- */

/* "$21 a tyre ... 20,000 tyres, $440,000": P of sentence [lo,hi) against
 * the nearest earlier rate of its unit said of one thing its sentence
 * counts (relate_far.c's top comment). */
int rel_rule_far_rate(ctx *c, size_t P, size_t lo, size_t hi);
int rel_moved_lot(const ctx *c, size_t P);   /* relate_far.c: P one lot moved ("a cargo of") */
int rel_on_count_foreign(const ctx *c, size_t R, size_t C, size_t P);   /* relate_far.c: money on an "on the N" count not the price's own sum */
int rel_lot_of_before(const ctx *c, size_t P);   /* relate_far.c: "a cargo of" right before P */
/* "a bag held 350 letters ... 1.4 million letters filled some 4,000 bags" (relate_far.c). */
int rel_rule_capacity(ctx *c, size_t P, size_t lo, size_t hi);
/* "A column ... 2,300 litres a day, and the 112 columns ... 285,000" (relate_far.c). */
int rel_rule_subject_rate(ctx *c, size_t P, size_t lo, size_t hi);
/* "2,100 men for 14 months, some 29,400 man-months" (relate_far.c). */
int rel_rule_labour(ctx *c, size_t P, size_t lo, size_t hi);
/* "71,000 cubic metres ..., or about 2,960 for each tunnel", the tunnels
 * counted earlier (relate_far.c, round 296). */
int rel_rule_far_average(ctx *c, size_t Z, size_t lo, size_t hi);
/* A price "for" goods times their count named paragraphs before (relate_far.c). */
int rel_rule_far_named(ctx *c, size_t P, size_t lo, size_t hi);
/* "$350 a mine, or some $1.9 million for the whole gulf", the mines counted earlier (relate_far.c). */
int rel_rule_far_both(ctx *c, size_t P, size_t lo, size_t hi);
/* "the difference of 0.60 florins; on the 930,000 tins ..., the subsidy cost
 * it 558,000 florins" (rule 7o, relate_far.c, round 444). */
int rel_rule_on_count(ctx *c, size_t C, size_t lo, size_t hi);
/* relate_far.c: "each <thing> R ..." then "for the whole ... P" = R x count of things. */
int rel_rule_norm_whole(ctx *c, size_t P, size_t lo, size_t hi);
/* The strength a ration R converted to P's weight is said of, stated earlier
 * ("At full strength ... 11.8 tons a day"; relate_far.c, round 343); NOPOS when none. */
size_t rel_strength_back(const ctx *c, size_t R, size_t P);
/* "the 152 mm guns ... had 420 rounds each, 6,270 in all": the 16 of 152 mm
 * counted earlier (relate_far.c, round 344). */
int rel_rule_each_named(ctx *c, size_t P, size_t lo, size_t hi);
/* "four sectors, each sector with three batteries and each battery with
 * eight lights ... 96 lights": a chain of counts (relate_far.c, round 426). */
int rel_rule_each_chain(ctx *c, size_t P, size_t lo, size_t hi);
/* "A trainee ...  he uses some 225 litres, and the 3,840 places need some
 * 846,000 litres": a rate of the subject named before (relate_far.c, round 426). */
int rel_rule_pronoun_rate(ctx *c, size_t P, size_t lo, size_t hi);
/* "held 24,000 tons ... 800 tons a day, so that the stock would last some
 * 30 days": a stock over a rate against the duration D (rule 7s,
 * relate_rate.c, round 347). */
int rel_rule_stock_lasts(ctx *c, size_t D, size_t lo, size_t hi);
/* "1,920 tons in 40 days, about 48 tons a day": a total over a stated period
 * against its rate Z (rule 7t, relate_rate.c, round 360). */
int rel_rule_total_period(ctx *c, size_t Z, size_t lo, size_t hi);
/* Rule 10e: "168,000 in the 14 divisions at 12,000 each": the product P
 * stated before its count and rate R (relate_rate.c, round 396). */
int rel_rule_each_in(ctx *c, size_t R);
/* Rule 7r: a total over a stated span, its rate said sentences before (relate_rate.c). */
int rel_rule_rate_carried(ctx *c, size_t X, size_t lo, size_t hi);
/* "£24m ..., worth about $97 million" with the rate of exchange in an endnote
 * or an earlier sentence, and an endnote converting the sum of the body
 * sentence citing it (rule 7x, relate_far.c, round 370). */
int rel_rule_xrate(ctx *c, size_t Q, size_t lo, size_t hi);

/* ---- relate_fit.c: relations the figures give away with no cue ---- */

/* After every other rule: each figure no relation states, made exactly
 * from two figures just before it (relate_fit.c's top comment). */
int rel_rule_fit(ctx *c);

/* ---- relate_share.c: shares, subsets, changes, differences, multiples ---- */

int rel_rule_subset(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_fraction(ctx *c, size_t q, size_t lo, size_t hi, size_t send);
int rel_rule_share_first(ctx *c, size_t q, size_t lo, size_t hi, size_t send);
/* "The levy came to 7.3 billion.  The budget was 11.2 billion, so the levy
 * took 56 per cent of it" (rule 5d). */
int rel_rule_share_of_it(ctx *c, size_t q, size_t lo, size_t hi);
/* "... the Velt works 6,000.  Together 15,000, of which Velt supplies some
 * 40 per cent" (rule 5e). */
int rel_rule_share_of_which(ctx *c, size_t q, size_t lo, size_t hi);
/* Rule 5g: "two in five sightings led to an attack" (relate_share.c). */
int rel_rule_share_in_noun(ctx *c, size_t q, size_t lo, size_t hi);
int rel_rule_share_of_breakdown(ctx *c, size_t q, size_t lo, size_t send);
int rel_rule_loss_rate(ctx *c, size_t q, size_t lo, size_t send);
int rel_rule_of_parts(ctx *c, size_t si, size_t lo, size_t hi);
/* Rule 3g's lists run on into the next sentence ("Of the 1,120 pupils, 610
 * ... and 236 .... A further 226 ..."), once per document (relate_sum.c). */
int rel_rule_of_parts_late(ctx *c);
/* Rule 4b (relate_sum.c): "3.0 million crowns, of which 2.1 million ...
 * and 0.9 million ...": the parts of a whole after ", of which" -> SUM. */
int rel_rule_of_which_parts(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_rose_to_back(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_two_levels(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_change_years(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_more_than(ctx *c, size_t q, size_t lo, size_t hi, size_t send);
int rel_rule_multiple(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_change(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_change_by(ctx *c, size_t si, size_t lo, size_t hi);
int rel_rule_difference(ctx *c, size_t si, size_t lo, size_t hi);

/* ---- relate_back.c: figures stated earlier in the document ---- */

/* The query for a figure to look up for stated fact j: the words of the
 * cue from offset cue on and of j's clause. */
void rel_make_query(const ctx *c, size_t j, size_t cue, query *q);
/* 1 when a and b count the same things (same unit, or both people, both aircraft). */
int rel_comparable(const finfo *a, const finfo *b);
/* The earlier figure comparable with `like`, above `above`, best described
 * by q; NOPOS when none is trusted. */
size_t rel_look_back(const ctx *c, size_t like, size_t before, const query *q, double above);
/* rel_look_back for a whole of persons, whatever like's unit (round 383). */
size_t rel_persons_back(const ctx *c, size_t like, size_t before, const query *q, double above);
/* For a bare "the total": the largest earlier figure of like's unit above
 * `above` (not a share, rate or bound, in the body); NOPOS when none or
 * tied. */
size_t rel_total_back(const ctx *c, size_t like, size_t before, double above);
/* The figure before fact q that the words t[a..b) name (a share's part
 * named only in words; kin lexicon table), NOPOS when none or two tie. */
size_t rel_named_back(const ctx *c, size_t q, size_t a, size_t b);
/* rel_named_back, reading also the topic before a colon and the paragraph
 * before ("Fur caps are hardly better: the stock covers ..."; round 340). */
size_t rel_named_back_topic(const ctx *c, size_t q, size_t a, size_t b);
/* Rule 5s (relate_back.c): the one earlier figure (one value) a whole no
 * word matched can be; head the whole's noun its sentence or the one
 * before must name, or NULL ("those who came"); NOPOS when none or two. */
size_t rel_sole_back(const ctx *c, size_t like, size_t before, const char *head, double above);
/* Round 430 (relate_back.c): the one earlier level (one value) the cue
 * t[a..b) after a comparative names by a year or by words ("more than in
 * 1931", "below their establishment"), above like when dir > 0, below it
 * when dir < 0, before fact `before` in like's section; NOPOS when none or
 * two. */
size_t rel_level_back(const ctx *c, size_t like, size_t before, size_t a, size_t b, int dir);
/* Round 436 (relate_back.c): rel_level_back against the bound v, like
 * giving the unit only; dir 0: any value. */
size_t rel_level_back_v(const ctx *c, size_t like, size_t before, size_t a, size_t b, int dir,
                        double v);
/* Round 436 (relate_share.c): "The new requirement is thus an increase of
 * 320 huts on last year": a change amount alone, both levels named. */
int rel_rule_change_named(ctx *c, size_t si, size_t lo, size_t hi);
/* rel_make_query with its cue at offset cue of sentence si. */
void rel_make_query_in(const ctx *c, size_t j, size_t si, size_t cue, query *q);
/* Rule 5n (relate_share.c): "the dead alone made up some 6 per cent of
 * the intake": a share whose part is named in words. */
int rel_rule_share_named_part(ctx *c, size_t q, size_t lo, size_t hi, size_t send);
/* Rule 5e: "9,000 washes, enough for some 75 per cent of the garrison" (relate_share.c). */
int rel_rule_share_enough(ctx *c, size_t q, size_t lo, size_t hi, size_t send);
/* Rule 5t (relate_share.c, round 415): "... 20,000 tons.  This covers more than
 * three fifths of the need": the part the figure before, the whole looked up. */
int rel_rule_share_this(ctx *c, size_t si, size_t lo, size_t hi);
/* For a list of parts of several units: the earlier list of the same
 * units best described by q, into out[]; how many (0 none). */
size_t rel_look_back_list(const ctx *c, const size_t *parts, size_t np, const query *q,
                          double above, size_t *out, size_t cap);
/* 1 when a clause right after total P says what P is made of ("..., much of
 * it grain"): P takes in more than the terms before it (relate_rate.c). */
int rel_widened_after(const ctx *c, size_t P);
/* 1 when bill P's own words name one lot ("the first shipment cost"):
 * no count before is surely its count (relate_rate.c, round 423). */
int rel_lot_part_bill(const ctx *c, size_t P);

#endif
