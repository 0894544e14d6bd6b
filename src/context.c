/* context.c - PLACEHOLDER: keeps every figure, no noun.  To be replaced. */
#include <string.h>
#include "tally/context.h"

tally_status tally_context_attach(const char *text, const tally_sentence *s,
                                  const tally_number *nums, size_t n,
                                  const tally_lexicon *lex, tally_attach *out,
                                  tally_error *err)
{
    (void)text; (void)s; (void)lex; (void)err;
    for (size_t i = 0; i < n; i++) {
        memset(&out[i], 0, sizeof out[i]);
        out[i].keep = nums[i].kind == TALLY_NK_FIGURE;
        out[i].mention_start = nums[i].start;
        out[i].mention_end = nums[i].end;
        strcpy(out[i].category, "other");
    }
    return TALLY_OK;
}
