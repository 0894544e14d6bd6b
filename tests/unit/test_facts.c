/*
 * test_facts.c - the facts CSV writer: the header contract, empty cells for
 * open bounds and missing notes, the formula guard on document text, and
 * white-space folding.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tally/facts.h"

static void header_contract(void **state)
{
    (void)state;
    char *mem = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&mem, &n);
    assert_int_equal(tally_facts_write_header(fp, 0, NULL), TALLY_OK);
    fclose(fp);
    assert_string_equal(mem, "doc,id,section,para,sent,start,end,number_text,mention,value,low,high,"
                             "qualifier,unit,noun,category,actor,date,modality,note,source,sentence\n");
    free(mem);
}

static void fold(void **state)
{
    (void)state;
    char *s = tally_fold_space("  a\n\n b\t c  ", 12);
    assert_string_equal(s, "a b c");
    free(s);
    s = tally_fold_space("", 0);
    assert_string_equal(s, "");
    free(s);
}

static void row(void **state)
{
    (void)state;
    tally_fact f;
    memset(&f, 0, sizeof f);
    f.id = 3;
    f.section = TALLY_SECTION_ENDNOTE;
    f.para = 7;
    f.sent = 2;
    f.start = 100;
    f.end = 109;
    f.number_text = "more than 1,000";
    f.mention = "more than 1,000 engineers";
    f.value = 1000;
    f.low = 1000;
    f.high = NAN;
    f.qual = TALLY_Q_AT_LEAST;
    f.unit = "engineer";
    f.noun = "=cmd|' /C calc'!A0";   /* hostile text from a document */
    f.category = "personnel";
    f.actor = "CN";
    f.date = "1951-03";
    f.modality = "actual";
    f.note = 0;
    f.source = "";
    f.sentence = "They sent more than 1,000 engineers, \"all volunteers\".";
    tally_facts facts = {.doc = "doc.txt", .v = &f, .n = 1, .cap = 1};
    char *mem = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&mem, &n);
    assert_int_equal(tally_facts_write(&facts, fp, 0, NULL), TALLY_OK);
    fclose(fp);
    assert_string_equal(mem,
                        "doc.txt,3,endnote,7,2,100,109,\"more than 1,000\",\"more than 1,000 engineers\","
                        "1000,1000,,at_least,engineer,\"'=cmd|' /C calc'!A0\",personnel,CN,1951-03,actual,,,"
                        "\"They sent more than 1,000 engineers, \"\"all volunteers\"\".\"\n");
    free(mem);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(header_contract),
        cmocka_unit_test(fold),
        cmocka_unit_test(row),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
