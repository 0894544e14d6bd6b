/* segment.c - PLACEHOLDER: one sentence per paragraph.  To be replaced. */
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "tally/segment.h"

tally_status tally_segment(const char *text, size_t len, const tally_lexicon *lex,
                           tally_segments *out, tally_error *err)
{
    (void)lex;
    memset(out, 0, sizeof *out);
    out->endnotes_start = len;
    size_t cap = 0, i = 0;
    int para = 0;
    while (i < len) {
        while (i < len && (text[i] == '\n' || text[i] == ' '))
            i++;
        if (i >= len)
            break;
        const char *e = strstr(text + i, "\n\n");
        size_t end = e ? (size_t)(e - text) : len;
        if (grow_array((void **)&out->sents, &cap, out->nsents + 1, sizeof *out->sents) < 0)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        tally_sentence *s = &out->sents[out->nsents++];
        memset(s, 0, sizeof *s);
        s->start = i;
        s->end = end;
        s->para = ++para;
        s->sent = 1;
        i = end;
    }
    return TALLY_OK;
}

void tally_segments_free(tally_segments *seg)
{
    free(seg->sents);
    free(seg->markers);
    free(seg->notes);
    memset(seg, 0, sizeof *seg);
}

const tally_note *tally_segments_note(const tally_segments *seg, int number)
{
    for (size_t i = 0; i < seg->nnotes; i++)
        if (seg->notes[i].number == number)
            return &seg->notes[i];
    return NULL;
}
