/*
 * lexicon.h - the word lists tally reads its knowledge from: CSV files under
 * datasets/lexicon/ (units, abbreviations, designations, actors, events,
 * norms, ...), loaded with libcsv and extendable by the user.
 *
 * Each file is one table.  A table's kind is the file's base name without
 * ".csv" (units.csv is the table "units").  A user file given with
 * tally_lexicon_add_file() is appended to the table whose header it shares
 * exactly (so a user can extend any table without naming it); a header that
 * matches no table makes a new table named after the file.
 *
 * Lookups are by the first column, case-insensitively: tally_lexicon_find()
 * gives every row whose key equals the word.  Later rows (user files) come
 * first, so a user's entry wins over the shipped one.
 *
 * For hot loops, tally_lexicon_tab() gives a table handle once, and the
 * tally_lextab_* functions look keys up by (pointer, length) without a
 * NUL-terminated copy and without finding the table by name each time.  A
 * table also knows the leads of its keys (the leading ASCII letters and
 * digits: "Korean" for "Korean War", "U" for "U.S.", "" for "-ish"), so a
 * caller can test with one probe whether any key, of one word or of several,
 * can start at a word before building keys of several words:
 *
 *     const tally_lextab *ev = tally_lexicon_tab(lex, "events");
 *     int col = tally_table_col(tally_lextab_table(ev), "date");
 *     size_t n = tally_lexicon_lead(word, wordlen);
 *     if (tally_lextab_has_lead(ev, word, n)) ... build "Korean War" and look it up ...
 *     const char *date = tally_lextab_get(ev, key, keylen, col);
 *
 * The lexicon owns all tables and rows; free it with tally_lexicon_free().
 * Table handles and rows are borrowed and stay valid until the lexicon is
 * changed (add_file, add_mem) or freed.
 */
#ifndef TALLY_LEXICON_H
#define TALLY_LEXICON_H

#include "tally/status.h"
#include "tally/csvio.h"

typedef struct tally_lexicon tally_lexicon;

/* Where the shipped lexicon lives: $TALLY_LEXICON if set, else the
 * datasets/lexicon directory the library was built from. */
const char *tally_lexicon_default_dir(void);

/* Load every *.csv file of dir (in name order) into a new lexicon. */
tally_status tally_lexicon_load_dir(const char *dir, tally_lexicon **out, tally_error *err);
/* An empty lexicon, to fill with add_file/add_mem (tests). */
tally_status tally_lexicon_new(tally_lexicon **out, tally_error *err);
/* Add one CSV file (see above for which table it joins; one that joins
 * none becomes a table of its own, named after the file). */
tally_status tally_lexicon_add_file(tally_lexicon *lex, const char *path, tally_error *err);
/* Add a user's CSV file, which must join a table lex already has (by its
 * header, or the first columns of one): one that would make a table nothing
 * reads fails with TALLY_ECSV, naming the tables there are (--lexicon). */
tally_status tally_lexicon_join_file(tally_lexicon *lex, const char *path, tally_error *err);
/* Add CSV text from memory to the table called kind (created if needed). */
tally_status tally_lexicon_add_mem(tally_lexicon *lex, const char *kind, const char *csv,
                                   tally_error *err);
void tally_lexicon_free(tally_lexicon *lex);

/* The table of that kind, or NULL.  Borrowed. */
const tally_table *tally_lexicon_table(const tally_lexicon *lex, const char *kind);

/* Rows of table kind whose first cell equals key, ignoring ASCII case.
 * Fills up to max row pointers (newest first) and returns how many rows match
 * in all.  Borrowed. */
size_t tally_lexicon_find(const tally_lexicon *lex, const char *kind, const char *key,
                          const char *const **rows, size_t max);
/* The first matching row's cell in column col (by name), or NULL. */
const char *tally_lexicon_get(const tally_lexicon *lex, const char *kind, const char *key,
                              const char *col);
/* 1 when key is in table kind. */
int tally_lexicon_has(const tally_lexicon *lex, const char *kind, const char *key);

/* ---- fast lookups ---- */

/* One table of a lexicon, prepared for lookups. */
typedef struct tally_lextab tally_lextab;

/* The table of that kind, or NULL.  Borrowed. */
const tally_lextab *tally_lexicon_tab(const tally_lexicon *lex, const char *kind);
/* Its header and rows (NULL for a NULL table).  Borrowed. */
const tally_table *tally_lextab_table(const tally_lextab *t);
/* tally_lexicon_find() on key[0..len) (no NUL needed; t may be NULL). */
size_t tally_lextab_find(const tally_lextab *t, const char *key, size_t len,
                         const char *const **rows, size_t max);
/* The first matching row's cell in column col (an index from
 * tally_table_col(); -1 gives NULL), or NULL. */
const char *tally_lextab_get(const tally_lextab *t, const char *key, size_t len, int col);
/* Length of the lead of s[0..n): its leading ASCII letters and digits. */
size_t tally_lexicon_lead(const char *s, size_t n);
/* 0 when no key of t has the lead s[0..n) (ASCII case ignored), so that no
 * key can match text whose lead that is; 1 when some key may (t may be
 * NULL: 0). */
int tally_lextab_has_lead(const tally_lextab *t, const char *s, size_t n);

#endif
