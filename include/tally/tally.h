/*
 * tally.h - the public face of libtally: status codes, the error record,
 * and every stage header.
 *
 * Ownership rule, stated once for the whole library: a function that
 * returns or fills a pointer says in its header who frees it.  When it says
 * nothing, the memory is borrowed from an argument and lives as long as it.
 *
 * Every library call that can fail returns a tally_status and, when given a
 * non-NULL tally_error, writes a one-line message there that says what went
 * wrong, where (file:line or byte offset) and why.  The library never exits
 * and never prints.
 */
#ifndef TALLY_TALLY_H
#define TALLY_TALLY_H

#include "tally/status.h"
#include "tally/csvio.h"
#include "tally/text.h"
#include "tally/lexicon.h"
#include "tally/segment.h"
#include "tally/number.h"
#include "tally/context.h"
#include "tally/facts.h"
#include "tally/annotate.h"
#include "tally/timeline.h"
#include "tally/actor.h"
#include "tally/modality.h"
#include "tally/interval.h"
#include "tally/derive.h"
#include "tally/stats.h"
#include "tally/relate.h"
#include "tally/verify.h"
#include "tally/against.h"
#include "tally/isodate.h"
#include "tally/gnuplot.h"
#include "tally/plot.h"
#include "tally/html.h"
#include "tally/report.h"
#include "tally/autorules.h"

#endif
