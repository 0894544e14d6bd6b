/*
 * annotate.h - when, whose and what kind of claim: fills the date, actor and
 * modality of every fact from the document's timeline, the "actors" and
 * "events" lexicon tables and modal cues around each figure.
 */
#ifndef TALLY_ANNOTATE_H
#define TALLY_ANNOTATE_H

#include "tally/status.h"
#include "tally/text.h"
#include "tally/lexicon.h"
#include "tally/segment.h"
#include "tally/facts.h"

/* Fill actor, date and modality (and explain, when explain is set) of every
 * fact in facts, which were extracted from doc with segments seg.  Strings
 * already in the facts are freed and replaced. */
tally_status tally_annotate(const tally_doc *doc, const tally_segments *seg,
                            const tally_lexicon *lex, tally_facts *facts, int explain,
                            tally_error *err);

#endif
