/* number.c - PLACEHOLDER: digit runs only.  To be replaced. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "tally/number.h"

const char *tally_qualifier_name(tally_qualifier q)
{
    static const char *n[] = {"exact", "approx", "at_least", "at_most", "range", "vague", "ratio"};
    return (unsigned)q < sizeof n / sizeof *n ? n[q] : "exact";
}

const char *tally_number_kind_name(tally_number_kind k)
{
    static const char *n[] = {"figure", "year", "date", "ordinal", "designation",
                              "marker", "reference", "pronoun", "time"};
    return (unsigned)k < sizeof n / sizeof *n ? n[k] : "figure";
}

tally_status tally_numbers_find(const char *text, size_t start, size_t end,
                                const tally_lexicon *lex, tally_number **out, size_t *n,
                                tally_error *err)
{
    (void)lex;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    for (size_t i = start; i < end;) {
        if (text[i] >= '0' && text[i] <= '9') {
            size_t j = i;
            double v = 0;
            while (j < end && text[j] >= '0' && text[j] <= '9')
                v = v * 10 + (text[j++] - '0');
            if (grow_array((void **)out, &cap, *n + 1, sizeof **out) < 0)
                return free(*out), *out = NULL, tally_fail(err, TALLY_ENOMEM, "out of memory");
            tally_number *x = &(*out)[(*n)++];
            memset(x, 0, sizeof *x);
            x->start = i;
            x->end = j;
            x->value = x->low = x->high = v;
            i = j;
        } else {
            i++;
        }
    }
    return TALLY_OK;
}
