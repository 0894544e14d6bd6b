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
 * The lexicon owns all tables and rows; free it with tally_lexicon_free().
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
/* Add one CSV file (see above for which table it joins). */
tally_status tally_lexicon_add_file(tally_lexicon *lex, const char *path, tally_error *err);
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

#endif
