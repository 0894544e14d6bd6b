/*
 * annot.h - private to libtally: what the annotation modules (annotate.c,
 * actor.c, modality.c) share so that a document is annotated in one pass.
 * The tokens and actors of a sentence are found once and kept in a small
 * cache for all the figures of that sentence and of the two after it (whose
 * owner may come from it), instead of once per figure.
 *
 *     annot_cache c;
 *     annot_cache_init(&c);
 *     const annot_sent *v = annot_cache_sent(&c, text, seg, si, lex);
 *     if (!v) goto oom;
 *     ... v->w.v[i] tokens, v->m[k] actors ...
 *     annot_cache_free(&c);
 *
 * A sentence returned stays valid until ANNOT_CACHE other sentences have
 * been asked for; the cache owns it (an entry's room is reused for the
 * next sentence it holds).  A cache serves one document and one lexicon.
 */
#ifndef TALLY_ANNOT_H
#define TALLY_ANNOT_H

#include <stddef.h>
#include <stdint.h>

#include "words.h"
#include "tally/actor.h"
#include "tally/facts.h"
#include "tally/modality.h"
#include "tally/segment.h"
#include "tally/timeline.h"

/* A modality cue found scanning a clause chain (modality.c). */
typedef struct annot_cue {
    size_t a, b;               /* its tokens [a, b) */
    const char *modality;      /* borrowed from the lexicon */
    int neg;                   /* 1 when negated */
    int clause;                /* 1 when its scope is "clause": it only governs the bare
                                  modal verb of its that-clause */
    long last;                 /* index of the last cue that counts among this one and
                                  those before it, -1 none */
} annot_cue;

/* A sentence's tokens and the actors named in it, with what the figures of
 * the sentence look up again and again, found once. */
typedef struct annot_sent {
    words w;                   /* its tokens */
    tally_actor_mention *m;    /* its actors, in order (tally_actors_find) */
    size_t nm, cap;
    size_t *mtok;              /* mtok[k]: index of the first token of actor k */
    size_t *mend;              /* mend[k]: index of the token after actor k */
    size_t *back[3];           /* back[r][i], i <= w.n: how far back from token i a walk
                                  of kind r goes (actor.c); NULL until asked for */
    annot_cue *cues;           /* the cues scanned from token cue_lo (modality.c) */
    size_t ncues, cuecap;
    size_t cue_lo, cue_end;    /* the scan covers tokens [cue_lo, cue_end): up to the
                                  first word that stops it */
    int cue_valid;             /* 1 when cues holds a scan */
    size_t lead;               /* tokens of a leading subordinate clause and its comma
                                  ("When X closed the road, ..."), 0 none (actor.c) */
    size_t mtokcap;            /* room in mtok */
    size_t mendcap;            /* room in mend */
    int arms;                  /* 0 not scanned yet, else 4 | bit 1 when it has a verb of
                                  arms in the active voice ("the boats sank") | bit 2 when
                                  one is not an infinitive ("To sink") (actor.c) */
    int frame;                 /* 0 not looked at yet, else 4 | what
                                  annot_modality_frame() returns */
    int frame_ctx;             /* bit 1 when the sentence before names a law, programme
                                  or budget: this sentence's allocation verbs count;
                                  bit 2 when it allocates after one, or allocates and
                                  the one before names one: its verbs of taking a
                                  share count too (set before the first
                                  annot_modality_pick(); annotate.c) */
} annot_sent;

/* Free what s holds and zero it. */
void annot_sent_free(annot_sent *s);

enum { ANNOT_FIRSTS = 1024, ANNOT_CACHE = 4, ANNOT_ALIASES = 32, ANNOT_NAMES = 32, ANNOT_PROPER = 256,
       ANNOT_CANON = 16, ANNOT_NOUNS = 32 };

/* What a whole document says about one capitalised word, from a first
 * look at all its sentences (actor.c): whether it stands where places
 * stand ("at Marrow", "the port of Marrow", "Marrow harbour") and whether
 * it stands where countries stand ("the Marrow government", "the army of
 * Marrow"). */
typedef struct annot_proper {
    char word[24];             /* the word as written, possessive dropped; "" empty slot */
    unsigned char place;       /* times seen where a place stands ("in", "from", ...) */
    unsigned char strong;      /* of those, where only a place stands ("at", "near",
                                  "the port of", "... harbour") */
    unsigned char nation;      /* times seen where a country stands */
    unsigned char formation;   /* 1 when seen right after a nationality adjective in
                                  -ian, -ish or -ese ("the Meridonian Desert Army"): a
                                  formation's name, not a country */
    unsigned char person;      /* 1 when seen after a rank or title, with a given name
                                  between or not ("General Orlan Mesk"): a person */
} annot_proper;

/* What a document has said about its actors so far, read in order: the
 * countries it has named (derived from nationality adjectives), the nouns
 * that stand for an actor once an adjective has introduced them ("the
 * Valdonian garrison" makes "the garrison" Valdonia), and the actor in
 * force (the subject of the last body sentence that had one); and, from a
 * first look at the whole document before its first sentence is read,
 * where its capitalised words stand (places or countries) and its topic
 * actor (the first actor of its title), and the country names its
 * adjectives in -ish stand for ("Grevish": "Greven").  Filled by annot_doc_advance()
 * (zeroed first); all strings are its own. */
typedef struct annot_doc {
    struct annot_alias {
        char word[24];         /* the noun, lower case ("garrison") */
        char code[48];         /* whose it is */
        int lower;             /* 1 when written in lower case ("the Kirnland
                                  admiralty"): it does not stand for the capitalised
                                  name ("the Admiralty" is the writer's own) */
    } alias[ANNOT_ALIASES];
    size_t nalias;
    unsigned long alias_first; /* bit c - 'a' set when some alias starts with letter c */
    char name[ANNOT_NAMES][48];  /* country names derived so far ("Valdonia") */
    size_t nname;
    size_t next;               /* the sentences before this index have been read */
    int have_force;            /* 1 when force holds the actor in force */
    tally_actor_mention force; /* the actor in force (its words and code) */
    size_t force_si;           /* the sentence it was named in */
    int force_lost;            /* 1 when force was there the subject of a verb of
                                  suffering loss ("the fleet lost 87 ships") */
    tally_actor_mention attacker; /* the last side acting a verb of loss ("Korsavian
                                  submarines sank ..."), when have_attacker */
    size_t attacker_si;        /* its sentence */
    int have_attacker;
    tally_actor_mention captive; /* the last side named before a noun of captives
                                  ("Sennian prisoners"), when have_captive */
    int have_captive;
    struct annot_count {
        tally_actor_mention m; /* the last mention of an actor as a subject */
        size_t si;             /* its sentence */
        unsigned n;            /* how many sentences had it as their subject */
    } subj[ANNOT_NAMES];       /* the subjects of the document so far */
    size_t nsubj;
    struct annot_count owned[ANNOT_NAMES]; /* the owners of the body's figures so far,
                                  as chosen from their sentences or the actor in force (m: the last cue,
                                  n: how many figures) */
    size_t nowned;
    int scanned;               /* 1 when proper and topic hold the first look */
    size_t len;                /* the length of the text the first look read */
    size_t placed;             /* sentences whose words proper counts already
                                  (annot_doc_places()), in order from the first */
    annot_proper proper[ANNOT_PROPER]; /* capitalised words by hash (open addressing) */
    struct annot_canon {
        char adj[24];          /* an adjective of nationality in -ish ("Grevish"), or
                                  the name derived from one in -ian or -an ("Austeria",
                                  "Ostreva" from "Ostrevan") */
        char name[48];         /* the country's name the document writes with its stem
                                  ("Greven"), "" none */
    } canon[ANNOT_CANON];      /* found by the first look */
    size_t ncanon;
    int have_topic;            /* 1 when topic holds the document's topic actor */
    tally_actor_mention topic; /* the first actor of the title (its code; no offsets
                                  that matter) */
    size_t topic_si;           /* the sentence it was found in */
    int have_object;           /* 1 when object holds the side the title's topic acts
                                  on ("The Morvathi Blockade of Isperia": Isperia) */
    tally_actor_mention object; /* that side (its code) */
    int lead_read;             /* 1 once a body sentence naming an actor was read: with no
                                  topic from the title, its subject became the topic */
    int home_tried;            /* 1 once home_topic() looked (actor.c) */
    size_t ally_at;            /* 1 + the offset of the first name before "'s ally" or
                                  "'s allies" ("Gavrinia, Lysandria's ally"), 0 none */
    struct annot_noun {
        char word[24];         /* a body figure's plural noun, lower case ("batteries") */
        char code[48];         /* the owner of its first figure, "" when later figures
                                  with it had another */
    } noun[ANNOT_NOUNS];       /* "the batteries answered": whose they are */
    size_t nnoun;
} annot_doc;

/* The word lists of actor.c as word sets (one hash probe per token instead
 * of a walk down a list), built once per cache. */
typedef struct annot_words {
    wordset report;            /* verbs of saying */
    wordset clause;            /* words that open a clause, then "so" and "that" */
    wordset np_words;          /* words that may stand in a noun phrase before its number */
    wordset np_stop;           /* words that end a noun phrase after its number */
    wordset preps;             /* prepositions before a recipient or a place */
    wordset det;               /* determiners and the like at a sentence's start */
    wordset qual;              /* words before a nationality adjective ("Royal") */
    wordset subj;              /* verbs after an acting subject */
    wordset org;               /* nouns that stand for an actor */
    wordset loc;               /* prepositions of place ("at", "near", "into") */
    wordset place;             /* nouns of places ("port", "river", "airfield") */
    wordset nation;            /* nouns only a country has ("government", "navy") */
    wordset loss;              /* verbs of loss: what they count is the victim's */
    wordset receive;           /* verbs of receiving: what they count is the giver's */
    wordset given;             /* those of them that say another side gave it even
                                  with no giver named ("had received 85 tanks") */
    wordset provide;           /* verbs of equipping: the units they count are the
                                  recipient's, the equipping is the subject's */
    wordset currency;          /* names of currencies written after a figure */
    wordset ask;               /* verbs of asking a side for something */
} annot_words;

/* A quick no for "may a key of this lexicon table start at this token?"
 * (tok_may_start()), inline and without hashing: the first two characters
 * and the length of the lead (leading ASCII letters and digits) of every
 * key of the table, folded to classes (a letter of either case 1-26, a
 * digit 27).  A token it rules out is one tok_may_start() rules out.
 *
 *     annot_lead f;
 *     annot_lead_init(&f, tab);
 *     if (!annot_lead_may(&f, text, w, i, 1, 160)) ... no key starts at i
 */
typedef struct annot_lead {
    uint32_t pair[28];         /* bit b of pair[a]: a lead starts with classes a, b
                                  (b 0 for a lead of one character) */
    uint64_t lens[28];         /* bit n (63: 63 or more) of lens[a]: a lead of n characters
                                  starts with class a */
    int empty;                 /* 1 when some key has an empty lead */
    int all;                   /* 1 when the filter rules out nothing (no table) */
} annot_lead;

/* Fill f from the keys of tab (NULL: f rules out nothing). */
void annot_lead_init(annot_lead *f, const tally_lextab *tab);

/* The class of byte c in a lead: 1-26 a letter, 27 a digit, 0 neither. */
static inline unsigned annot_lead_class(unsigned char c)
{
    unsigned l = (unsigned)(c | 0x20) - 'a';
    if (l < 26u)
        return l + 1;
    return (unsigned)(c - '0') < 10u ? 27 : 0;
}

/* 0 when tok_may_start(text, w, i, tab, joined, cap) would be 0 for the
 * table f was built from; 1 when it may not be (ask it then). */
static inline int annot_lead_may(const annot_lead *f, const char *text, const words *w,
                                 size_t i, int joined, size_t cap)
{
    if (f->all)
        return 1;
    const tok *k = &w->v[i];
    const unsigned char *p = (const unsigned char *)text + k->start;
    size_t len = k->end - k->start, n = 0;
    while (n < len && annot_lead_class(p[n]))
        n++;
    if (n + 1 >= cap)
        return 1;   /* tok_may_start() lets the caller look */
    if (joined && n == len && i + 1 < w->n && w->v[i + 1].start == k->end &&
        annot_lead_class((unsigned char)text[k->end]))
        return 1;   /* the lead runs on into the next token */
    if (n == 0)
        return f->empty;
    unsigned a = annot_lead_class(p[0]), b = n > 1 ? annot_lead_class(p[1]) : 0;
    return (f->pair[a] >> b & 1) && (f->lens[a] >> (n < 63 ? n : 63) & 1);
}

/* The word lists of modality.c as word sets, and the lexicon's "modality"
 * table, found once per cache instead of once per figure. */
typedef struct annot_mwords {
    wordset modals;            /* modal verbs */
    wordset after;             /* modals and auxiliaries after a noun phrase */
    wordset np_stop;           /* words that end the noun phrase after a figure */
    wordset breaks;            /* words that stop the search for a cue */
    wordset negations;         /* "not", "never", ... */
    wordset done;              /* verbs of a thing done */
    wordset not_done;          /* words before a verb that keep it from being done */
    wordset determiners;       /* words before a participle used as an adjective */
    wordset contrast;          /* "instead", "rather" */
    const tally_lexicon *lex;  /* the lexicon tab and col are from, or NULL before the first
                                  figure */
    const tally_lextab *tab;   /* its "modality" table (NULL none) */
    int col;                   /* that table's "modality" column, -1 none */
    int scol;                  /* that table's "scope" column, -1 none */
    /* the first words of tab's keys, by a hash of each (ASCII case folded;
       words of one hash share a slot): no cue starts at a token whose word
       is not among them, and none has more words than its slot says */
    uint64_t first_hash[ANNOT_FIRSTS];      /* a first word's hash, 0 empty */
    unsigned char first_words[ANNOT_FIRSTS]; /* the most words of a key it starts
                                               (without a gap), 0 none */
    unsigned char first_gap[ANNOT_FIRSTS];  /* 1 when it starts a key with a gap
                                               ("required ... to") */
    int first_all;             /* 1 when the first words rule out nothing (no table,
                                  or too many first words) */
} annot_mwords;

/* Fill mw with modality.c's word sets (no lexicon yet). */
void annot_mwords_init(annot_mwords *mw);

typedef struct annot_cache {
    annot_sent s[ANNOT_CACHE];
    size_t si[ANNOT_CACHE];            /* sentence index + 1 held by s[i]; 0 empty */
    unsigned long used[ANNOT_CACHE];   /* when s[i] was last asked for */
    unsigned long clock;
    annot_doc *doc;                    /* the document's actors read so far, or NULL
                                          (each sentence then stands alone); borrowed */
    const words_store *toks;           /* the tokens of the sentences, span j = sentence
                                          j (annot_timeline_build()), or NULL: split
                                          each sentence; borrowed */
    annot_words ws;                    /* actor.c's word lists as sets */
    annot_mwords mws;                  /* modality.c's word lists as sets */
    const tally_lexicon *lex;          /* the lexicon the tables below are from, or NULL
                                          before the first sentence */
    const tally_lextab *actors;        /* its "actors" table (NULL none) */
    const tally_lextab *months;        /* its "months" table (NULL none) */
    int actor_col;                     /* the "actor" column of actors, -1 none */
    annot_lead actor_lead;             /* the quick no of actors' keys */
    const tally_lextab *units;         /* its "units" table (NULL none): a sum of
                                          money names a unit of category "money" */
    int unit_cat;                      /* the "category" column of units, -1 none */
} annot_cache;

/* An empty cache. */
void annot_cache_init(annot_cache *c);
/* The tokens and actors of sentence si of seg, from the cache or found now
 * (the least recently used entry makes room).  NULL when out of memory. */
annot_sent *annot_cache_sent(annot_cache *c, const char *text, const tally_segments *seg,
                             size_t si, const tally_lexicon *lex);
void annot_cache_free(annot_cache *c);
/* Tell c the lexicon of the document before annot_timeline_build() visits it. */
void annot_cache_lex(annot_cache *c, const tally_lexicon *lex);

/* Read the body sentences of seg before si that c->doc has not read yet
 * into c->doc (no-op without one): their countries, actor nouns and
 * subjects.  Sentences must be asked for in order; asking for an earlier
 * one starts again from the top.  0, or -1 when out of memory. */
int annot_doc_advance(annot_cache *c, const char *text, const tally_segments *seg, size_t si,
                      const tally_lexicon *lex);

/* What annot_timeline_build() calls with the tokens of each sentence, in
 * order (arg is the caller's). */
typedef void annot_visit(void *arg, const char *text, const words *w);

/* tally_timeline_build() that also keeps the tokens of every sentence in
 * keep (span j = sentence j; may be NULL), so that the actor cache need not
 * split them again, and shows them to visit (with arg; may be NULL) while
 * it has them at hand. */
tally_status annot_timeline_build(const char *text, const tally_segments *seg,
                                  const tally_lexicon *lex, tally_timeline *tl,
                                  words_store *keep, annot_visit *visit, void *arg,
                                  tally_error *err);

/* An annot_visit for annot_timeline_build() with arg an annot_cache whose
 * doc is set: counts where the capitalised words of the sentence w stand
 * (the first part of the document's first look, annot_doc_advance()), so
 * that the tokens need not be got back for it. */
void annot_doc_places(void *cache, const char *text, const words *w);

/* A copy of s for a string of a fact of facts: from the pool of facts
 * when it has one (tally_extract() made them; the pool owns the copy), else
 * malloc'd (the caller owns it).  NULL when out of memory (facts.c). */
char *annot_fact_str(tally_facts *facts, const char *s);

/* tally_actor_pick() with the sentences taken from c. */
tally_status annot_actor_pick(const char *text, const tally_segments *seg, size_t si,
                              size_t fstart, size_t fend, size_t mend, const tally_lexicon *lex,
                              annot_cache *c, tally_actor_choice *out, tally_error *err);

/* What sentence s says of allocations (kept in s->frame): bit 1 when it
 * names a source of money or goods (a cue of scope "source" in the
 * modality table: a law, programme, budget, credit), bit 2 when an
 * allocation verb (scope "alloc": "gave", "provided", "received") follows
 * one, bit 8 when it has an allocation verb at all.  A verb of taking a
 * share (scope "share": "received", "took") counts only in a sentence
 * after a source or an allocation.  The figures an allocation verb gives are planned when its sentence
 * or the one before has a source ("The 1946 programme provided 2.4bn";
 * "The budget came to 2.4bn. Of this the army took 1.45bn"). */
int annot_modality_frame(const char *text, annot_sent *s, const tally_lexicon *lex,
                         annot_mwords *mw);

/* tally_modality_pick() on the sentence s (its tokens; the cues it keeps
 * are found on the first call and reused), with the word sets of mw
 * (annot_mwords_init(); its table is looked up in lex when lex changes).
 * 0, or -1 when out of memory. */
int annot_modality_pick(const char *text, annot_sent *s, size_t fstart, size_t fend,
                        size_t mend, const tally_lexicon *lex, annot_mwords *mw,
                        tally_modality_choice *out);

#endif
