/*
 * report.h - the batch run behind 'tally report': for every document
 * extract, verify, derive and plot into OUTDIR/docs/NAME/, then combine the
 * run into OUTDIR/facts.csv, checks.csv, derived.csv, index.html and
 * report.md.
 *
 * The run has two phases.  Phase one treats each document on its own (in
 * up to opts.jobs worker processes made with fork()) and writes, into
 * OUTDIR/docs/NAME/:
 *   facts.csv     the figures (the facts CSV of tally_facts_write)
 *   checks.csv    the checks of tally_verify (and tally_against)
 *   derived.csv   "doc" then the derive columns and "note": the ratios the
 *                 document's own relations imply (see below)
 *   CHART.svg     a chart, with CHART.gp, the gnuplot script that drew it
 *   state.csv     key,value rows: what became of the document (written
 *                 last, so its presence means the rest is complete)
 * Phase two reads those files back, in document-name order, and writes the
 * combined outputs.  Nothing in any output depends on the time, the order
 * in which workers finished or their number: -j 1 and -j 8 give the same
 * bytes.
 *
 * Derived ratios: for each relation tally_relate finds, one rule:
 *   norm      aircraft per formation: the stated aircraft over the sum of
 *             the formations (UNIT_per_FORMATION_fID)
 *   product   the per-unit rate the stated product implies: stated over the
 *             count (UNIT_per_COUNTUNIT_fID)
 *   fraction  the part as a percentage of the stated whole (share_pct_fID)
 *   subset    the same for a part of a whole (share_pct_fID)
 *   change    the percentage change from the first figure to the second
 *             (change_pct_fID)
 * where ID is the stated figure's id.  Sums give no ratio (their check
 * says everything).  A rule derive refuses (different units) is left out
 * and named in the document's notes.
 *
 * Charts: "force-levels.svg" (aircraft by actor and modality over time)
 * when the document has dated aircraft figures; else "formations.svg"
 * (formations by unit and actor over time) when it has dated formation
 * figures; else "categories.svg" (how many figures of each category); no
 * chart for a document without figures.  A chart gnuplot cannot draw is
 * noted, not fatal.
 *
 * Every file is written to a temporary name beside it (".NAME.tally-tmp.
 * PID.XXXXXX") and renamed when complete, so a killed run leaves complete
 * files or hidden temporary ones; the next run removes temporary files
 * whose process is gone (tally_report_clean_tmp).
 *
 * Ownership: a tally_report owns its documents and their strings; free it
 * with tally_report_free().  Options only borrow.
 */
#ifndef TALLY_REPORT_H
#define TALLY_REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tally/status.h"
#include "tally/text.h"
#include "tally/lexicon.h"
#include "tally/verify.h"
#include "tally/against.h"

/* The file tally_report_run() leaves in OUTDIR so that a later run over a
 * folder holding OUTDIR does not read its outputs as documents. */
#define TALLY_REPORT_MARKER ".tally-report"

/* What became of one document. */
typedef enum {
    TALLY_DOC_PENDING = 0,  /* not run yet */
    TALLY_DOC_OK,           /* run now */
    TALLY_DOC_SKIPPED,      /* --resume: input and options unchanged, kept as it was */
    TALLY_DOC_FAILED        /* could not be read or processed; message says why */
} tally_doc_state;

typedef struct tally_report_doc {
    char *path;             /* the file as given or found, also the doc column */
    char *name;             /* its safe file name: the folder docs/NAME */
    tally_doc_state state;
    tally_status code;      /* FAILED: the status it failed with */
    char *message;          /* FAILED: why; else "" */
    size_t nfacts;          /* figures found */
    size_t verdicts[TALLY_V_COUNT]; /* checks by verdict */
    size_t chart_errors;    /* charts gnuplot failed to draw */
} tally_report_doc;

typedef struct tally_report {
    tally_report_doc *v;    /* sorted by path */
    size_t n, cap;
    size_t failed, skipped; /* documents FAILED, SKIPPED */
    size_t verdicts[TALLY_V_COUNT]; /* checks of the whole run by verdict */
    size_t chart_errors;    /* charts of the whole run gnuplot failed to draw */
} tally_report;

/* Progress, in the calling process, once per document as it is done. */
typedef void (*tally_report_progress)(void *ctx, size_t done, size_t total,
                                      const tally_report_doc *doc);

typedef struct tally_report_opts {
    const char *outdir;         /* where everything goes (created if missing) */
    int jobs;                   /* documents run at once, in worker processes (1 = none) */
    int resume;                 /* skip documents whose input and options are unchanged */
    tally_read_opts read;       /* how documents are read */
    const tally_lexicon *lex;   /* the lexicon (required) */
    const tally_reference *ref; /* --against: a reference dataset, or NULL */
    const char *fingerprint;    /* text standing for every option and knowledge file
                                   that changes results (for --resume); NULL = "" */
    size_t samples;             /* Monte Carlo draws per derived ratio (0 = none) */
    tally_report_progress progress; /* may be NULL */
    void *ctx;                  /* passed to progress */
} tally_report_opts;

/* Defaults: jobs 1, no resume, default read options, 20000 samples. */
tally_report_opts tally_report_defaults(void);

/* Add the documents named by args: a file is taken as it is (whatever its
 * extension); a directory is walked (symbolic links to directories are not
 * followed) for files ending in .txt, .md or .pdf (any case), leaving out
 * hidden files and folders, README files, the folder skip (the output
 * folder; may be NULL) and every folder holding TALLY_REPORT_MARKER.  A file met twice is added once.  Then sorts the
 * documents by path and gives each a safe, unique name.
 * TALLY_EIO when an argument does not exist or a folder cannot be read. */
tally_status tally_report_add(tally_report *r, char *const *args, size_t nargs, const char *skip,
                              tally_error *err);

/* The safe name of a path: its base name with every byte outside
 * [A-Za-z0-9._-] replaced by '_', a leading '.' by '_', at most 80 bytes;
 * "doc" for an empty one.  Never "", ".", ".." or a path.  Caller frees. */
char *tally_report_safe_name(const char *path);

/* Give every document of r its name: the safe name of its path; when
 * several documents share one (ignoring case), the first in path order
 * keeps it and the others get "-2", "-3", ... before the extension. */
tally_status tally_report_name_all(tally_report *r, tally_error *err);

/* The whole run over the documents of r (see above).  A document that
 * fails is marked FAILED and the others go on; the status is TALLY_OK
 * unless the outputs themselves could not be written (TALLY_EIO) or memory
 * ran out. */
tally_status tally_report_run(tally_report *r, const tally_report_opts *o, tally_error *err);

/* Phase one for document i alone, in this process: writes docs/NAME/
 * (the folder must exist).  Fills r->v[i] from the result. */
tally_status tally_report_doc_run(tally_report *r, size_t i, const tally_report_opts *o,
                                  tally_error *err);

/* Phase two alone: read docs/NAME/ of every document back and write the
 * combined outputs. */
tally_status tally_report_combine(tally_report *r, const tally_report_opts *o,
                                  tally_error *err);

void tally_report_free(tally_report *r);

/* ---- hashing, for --resume ---- */

/* 64-bit FNV-1a of p[0..n) continuing from h (start with
 * TALLY_FNV_OFFSET).  A change detector, not a cryptographic hash. */
#define TALLY_FNV_OFFSET 0xcbf29ce484222325ULL
uint64_t tally_fnv1a(const void *p, size_t n, uint64_t h);
/* Hash the bytes of a file into *h (continuing from *h).  TALLY_EIO when
 * it cannot be read. */
tally_status tally_hash_file(const char *path, uint64_t *h, tally_error *err);

/* ---- files written whole or not at all ---- */

typedef struct tally_afile {
    FILE *fp;     /* write here */
    char *path;   /* the final name */
    char *tmp;    /* the temporary name beside it */
} tally_afile;

/* Open a temporary file beside path.  TALLY_EIO when it cannot be made. */
tally_status tally_afile_open(tally_afile *f, const char *path, tally_error *err);
/* Close the temporary file and rename it to its final name; on any write
 * error the temporary file is removed, the final one left as it was, and
 * TALLY_EIO returned. */
tally_status tally_afile_commit(tally_afile *f, tally_error *err);
/* Close and remove the temporary file. */
void tally_afile_abort(tally_afile *f);

/* Remove temporary files (".*.tally-tmp.PID.*") left in dir by processes
 * that no longer run; returns how many were removed. */
size_t tally_report_clean_tmp(const char *dir);

#endif
