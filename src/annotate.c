/* annotate.c - PLACEHOLDER until issue 3: leaves actor, date, modality empty. */
#include "tally/annotate.h"

tally_status tally_annotate(const tally_doc *doc, const tally_segments *seg,
                            const tally_lexicon *lex, tally_facts *facts, int explain,
                            tally_error *err)
{
    (void)doc; (void)seg; (void)lex; (void)facts; (void)explain; (void)err;
    return TALLY_OK;
}
