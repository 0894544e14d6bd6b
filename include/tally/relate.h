/*
 * relate.h - the arithmetic a text asserts: which figures of a document are
 * stated as the total, product, share or norm-conversion of which others.
 *
 * tally_relate() reads the facts of one document (as tally_extract() made
 * them) together with the sentence text around them and finds:
 *
 *   SUM       a total and its parts: "N X (A Y and B Z)", or a list closed
 *             by "totaling", "amounting to", "a total of", "in all",
 *             "altogether", "combined" (within a sentence, or a list in the
 *             one or two sentences before "In all, N ...");
 *   NORM      formations stated with aircraft counts: "four air regiments
 *             (120 MiG-15s)", "(three regiments and 90 MiG-15s)", "twelve
 *             regiments, totaling 360 planes", "12 regiments, or about 350
 *             planes"; the formation nouns are the keys of the "norms"
 *             lexicon table;
 *   PRODUCT   a per-unit figure times a count against a stated product ("an
 *             airfield required 24,000 person-days ... four airfields would
 *             require 96,000 person-days", "30 sorties per day ... 10 days");
 *   FRACTION  a share of a whole with the part stated ("one third of their
 *             ordnance (6,826 bombs)"; "40 percent of the 2,000 trucks
 *             (800 trucks)"); the whole may be missing;
 *   CHANGE    a percentage change ("from 200 to 300, an increase of 50
 *             percent");
 *   SUBSET    a part of a stated whole ("four divisions, of which three";
 *             "eight of the sixteen divisions").
 *
 * Units come from the facts (unit, category); where a fact has no unit the
 * words after its number are looked up in the "units" and "norms" lexicon
 * tables.  Nothing here checks the arithmetic: verify.h does.
 *
 * The relations are owned by the tally_relations and freed with
 * tally_relations_free(); they refer to facts by index, so they are only
 * meaningful together with the tally_facts they were found in.
 */
#ifndef TALLY_RELATE_H
#define TALLY_RELATE_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"
#include "tally/segment.h"
#include "tally/facts.h"

typedef enum {
    TALLY_REL_SUM = 0,   /* stated = parts[0] + parts[1] + ... */
    TALLY_REL_NORM,      /* stated aircraft = sum of parts[i] formations x norm */
    TALLY_REL_PRODUCT,   /* stated = parts[0] (rate) x parts[1] (count) */
    TALLY_REL_FRACTION,  /* stated part = parts[0] (share) x parts[1] (whole, may be absent) */
    TALLY_REL_CHANGE,    /* stated percent = change from parts[0] to parts[1] */
    TALLY_REL_SUBSET     /* stated part <= parts[0] (its whole) */
} tally_relation_kind;

#define TALLY_REL_MAXPARTS 16
#define TALLY_NO_FACT ((size_t)-1)

typedef struct tally_operand {
    size_t fact;          /* index into facts->v, TALLY_NO_FACT when absent */
    char formation[24];   /* NORM: the formation noun's lemma ("regiment"); else "" */
} tally_operand;

typedef struct tally_relation {
    tally_relation_kind kind;
    size_t stated;        /* index into facts->v of the figure the text states */
    tally_operand parts[TALLY_REL_MAXPARTS];
    size_t nparts;
    const char *cue;      /* static: what gave the relation away ("parenthesis", "totaling") */
    char whole[48];       /* FRACTION without a stated whole: the whole as a noun ("ordnance") */
    int direction;        /* CHANGE: +1 increase, -1 decrease, 0 not said */
} tally_relation;

typedef struct tally_relations {
    tally_relation *v;
    size_t n, cap;
} tally_relations;

/* Name of a kind as written in the CSV ("sum", "norm", ...). */
const char *tally_relation_kind_name(tally_relation_kind k);

/* Find the relations among facts (extracted from text with segments seg).
 * lex may be NULL (then facts without a unit stay without one and no
 * formation is recognised).  out is cleared first; free it with
 * tally_relations_free(). */
tally_status tally_relate(const char *text, const tally_segments *seg,
                          const tally_facts *facts, const tally_lexicon *lex,
                          tally_relations *out, tally_error *err);

void tally_relations_free(tally_relations *r);

/* The unit lemma and category of fact i as relate sees it: the fact's own,
 * else the lexicon's reading of the words after its number.  unit and cat
 * receive "" when nothing fits.  Exposed for verify.c and the tests. */
void tally_relate_unit(const char *text, const tally_fact *f, const tally_lexicon *lex,
                       char unit[48], char cat[16]);

#endif
