/*
 * test_plot.c - the plot script and gnuplot plumbing: escaping of document
 * text, the row filter and series grouping, styles by modality, legend
 * names from the lexicon, the axis chosen from the x column, the counts of
 * skipped rows, the errors; and, where gnuplot is installed, running it
 * (a script error named with its line, a missing program).  All tables
 * are small hand-made CSVs written here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <cmocka.h>

#include "tally/gnuplot.h"
#include "tally/plot.h"

/* A table from CSV text. */
static tally_table table(const char *csv)
{
    tally_table t;
    tally_error err = {0};
    assert_int_equal(tally_table_read_mem(csv, strlen(csv), "t.csv", ',', &t, &err), TALLY_OK);
    return t;
}

/* How many times needle occurs in hay. */
static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* The line of s that contains needle, copied (caller frees), or NULL. */
static char *line_with(const char *s, const char *needle)
{
    const char *p = strstr(s, needle);
    if (!p)
        return NULL;
    while (p > s && p[-1] != '\n')
        p--;
    size_t n = strcspn(p, "\n");
    char *r = malloc(n + 1);
    assert_non_null(r);
    memcpy(r, p, n);
    r[n] = '\0';
    return r;
}

static void quote_strings(void **state)
{
    (void)state;
    char *q = tally_gp_quote("it's `x` @y");
    assert_string_equal(q, "'it''s `x` @y'");
    free(q);
    q = tally_gp_quote("'; system('x')");   /* a leading quote cannot be doubled */
    assert_string_equal(q, "'\xE2\x80\x99; system(''x'')'");
    free(q);
    q = tally_gp_quote("a\nb\tc\x7f");
    assert_string_equal(q, "'a b c '");
    free(q);
    q = tally_gp_quote("bad \xff byte, \xC3\xA9 kept");
    assert_string_equal(q, "'bad ? byte, \xC3\xA9 kept'");
    free(q);
    q = tally_gp_quote("");
    assert_string_equal(q, "''");
    free(q);
}

static void datablock_fields(void **state)
{
    (void)state;
    char *f = tally_gp_field("say \"EOD\"\nEOD", 0);
    assert_string_equal(f, "\"say \xE2\x80\x9D" "EOD\xE2\x80\x9D EOD\"");
    free(f);
    f = tally_gp_field("it's a\\b", 0);   /* plain fields keep ' and \ */
    assert_string_equal(f, "\"it's a\\b\"");
    free(f);
    f = tally_gp_field("it's a\\b", 1);   /* hover text does not */
    assert_string_equal(f, "\"it\xE2\x80\x99s a\xE2\x88\x96" "b\"");
    free(f);
}

static void error_lines(void **state)
{
    (void)state;
    assert_int_equal(tally_gnuplot_error_line("\"/dev/stdin\" line 12: undefined variable: x\n"), 12);
    assert_int_equal(tally_gnuplot_error_line("  plot x\n       ^\n       line 3: oops\n"), 3);
    assert_int_equal(tally_gnuplot_error_line("the line 5 is fine\n"), 0);
    assert_int_equal(tally_gnuplot_error_line(""), 0);
    assert_int_equal(tally_gnuplot_error_line(NULL), 0);
}

static const char facts_csv[] =
    "value,low,high,actor,date,modality,category,mention,note\n"
    "200,,,CN,1950-10,actual,aircraft,two hundred planes,3\n"
    "120,,,CN,1951-01/1951-02,planned,aircraft,120 jets,4\n"
    "360,,,CN,1951-04,planned,aircraft,360 planes,4\n"
    "375,350,400,SU,1951-11/1953-07-27,actual,aircraft,350 to 400 jets,48\n"
    "12,,,CN,1951-04,planned,formation,12 regiments,6\n"
    "90,,,SU,,promised,aircraft,90 jets,25\n"
    ",,,CN,1952,actual,aircraft,some jets,\n"
    "40,30,50,NK,1951-06,actual,aircraft,30 to 50 jets,9\n"
    "15,,,CN,mid-1951,actual,aircraft,15 jets,9\n";

static void series_and_counts(void **state)
{
    (void)state;
    tally_table t = table(facts_csv);
    tally_lexicon *lex;
    tally_error err = {0};
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_mem(lex, "actor_names", "code,name\nCN,Chinese\nSU,Soviet\n", &err),
                     TALLY_OK);
    tally_plot_opts o;
    tally_plot_opts_init(&o);
    o.where = "category=aircraft, actor=CN|SU";
    o.by = "actor,modality";
    o.term = TALLY_TERM_SVG;
    o.lex = lex;
    o.title = "Jets `date`";
    char *s;
    tally_plot_info in;
    assert_int_equal(tally_plot_script(&t, &o, &s, &in, &err), TALLY_OK);
    assert_int_equal(in.rows, 9);
    assert_int_equal(in.filtered, 2);   /* the formation row and the NK row */
    assert_int_equal(in.no_x, 1);       /* 90 jets: no date */
    assert_int_equal(in.no_y, 1);       /* some jets: no value */
    assert_int_equal(in.bad_x, 1);      /* mid-1951 is not ISO 8601 */
    assert_int_equal(in.used, 4);
    assert_int_equal(in.nseries, 3);    /* CN actual, CN planned, SU actual */
    assert_true(in.time_axis);
    /* one datablock per series, each closed once */
    assert_int_equal(count(s, " << EOD\n"), 3);
    assert_int_equal(count(s, "\nEOD\n"), 3);
    assert_non_null(strstr(s, "set xdata time\n"));
    assert_non_null(strstr(s, "set format x '"));
    assert_non_null(strstr(s, "set title 'Jets `date`'\n"));
    assert_non_null(strstr(s, "set ylabel 'value'\n"));   /* no unit column */
    /* planned dashed, actual solid, both Chinese in one colour */
    char *planned = line_with(s, "title 'Chinese, planned'");
    char *actual = line_with(s, "title 'Chinese, actual'");
    char *soviet = line_with(s, "title 'Soviet, actual'");
    assert_non_null(planned);
    assert_non_null(actual);
    assert_non_null(soviet);
    assert_non_null(strstr(planned, " dt 2 "));
    assert_non_null(strstr(actual, " dt 1 "));
    assert_non_null(strstr(planned, "#1f5fa8"));
    assert_non_null(strstr(actual, "#1f5fa8"));
    assert_null(strstr(soviet, "#1f5fa8"));
    free(planned), free(actual), free(soviet);
    /* the 350-400 interval: a box, and its hover text with the note */
    assert_non_null(strstr(s, "with boxxyerror"));
    assert_non_null(strstr(s, " 375 -573350400 -518486400 350 400 "));   /* 1951-11-01, 1953-07-28 */
    assert_non_null(strstr(s, "\"350 to 400 jets\" \"1951-11/1953-07-27\" \"note 48\""));
    assert_non_null(strstr(s, "with labels hypertext point"));
    free(s);
    tally_lexicon_free(lex);
    tally_table_free(&t);
}

static void not_equal_and_errors(void **state)
{
    (void)state;
    tally_table t = table(facts_csv);
    tally_plot_opts o;
    tally_error err = {0};
    char *s = NULL;
    tally_plot_info in;
    tally_plot_opts_init(&o);
    o.term = TALLY_TERM_DUMB;
    o.where = "modality!=planned|promised";
    assert_int_equal(tally_plot_script(&t, &o, &s, &in, &err), TALLY_OK);
    assert_int_equal(in.filtered, 4);
    assert_null(strstr(s, "hypertext"));   /* hover text only in SVG */
    assert_non_null(strstr(s, "set key off"));
    free(s);
    o.where = "colour=red";
    assert_int_equal(tally_plot_script(&t, &o, &s, NULL, &err), TALLY_ENOTFOUND);
    assert_non_null(strstr(err.msg, "'colour'"));
    o.where = "actor";
    assert_int_equal(tally_plot_script(&t, &o, &s, NULL, &err), TALLY_EPARSE);
    o.where = NULL;
    o.by = "actor,side";
    assert_int_equal(tally_plot_script(&t, &o, &s, NULL, &err), TALLY_ENOTFOUND);
    assert_non_null(strstr(err.msg, "--by: no column 'side'"));
    o.by = NULL;
    o.where = "actor=US";
    assert_int_equal(tally_plot_script(&t, &o, &s, NULL, &err), TALLY_EINPUT);
    assert_non_null(strstr(err.msg, "nothing to plot"));
    assert_null(s);
    tally_table_free(&t);
    tally_table u = table("when,value\n1951,3\n");
    o.where = NULL;
    assert_int_equal(tally_plot_script(&u, &o, &s, NULL, &err), TALLY_ENOTFOUND);   /* no date */
    assert_non_null(strstr(err.msg, "no column 'date'"));
    tally_table_free(&u);
}

static void bars_for_text(void **state)
{
    (void)state;
    tally_table t = table("name,expression,value,low,high,unit\n"
                          "ratio,a/b,2.5,2,3,\n"
                          "share,c/d,0.4,,,\n");
    tally_plot_opts o;
    tally_error err = {0};
    char *s;
    tally_plot_info in;
    tally_plot_opts_init(&o);
    assert_int_equal(tally_plot_preset("ratios", &o, &err), TALLY_OK);
    o.term = TALLY_TERM_PNG;
    assert_int_equal(tally_plot_script(&t, &o, &s, &in, &err), TALLY_OK);
    assert_false(in.time_axis);
    assert_int_equal(in.used, 2);
    assert_non_null(strstr(s, "with boxes"));
    assert_non_null(strstr(s, "xtic(strcol(12))"));
    assert_non_null(strstr(s, "using 1:2:7:8 with yerrorbars"));
    assert_non_null(strstr(s, "0 2.5 NaN NaN NaN NaN 2 3 \"a/b\" \"ratio\" \"\" \"ratio\"\n"));
    assert_non_null(strstr(s, "1 0.4 NaN NaN NaN NaN NaN NaN \"c/d\" \"share\" \"\" \"share\"\n"));
    assert_non_null(strstr(s, "pngcairo"));
    free(s);
    assert_int_equal(tally_plot_preset("pie", &o, &err), TALLY_EUSAGE);
    tally_table_free(&t);
}

static void numbers_and_log(void **state)
{
    (void)state;
    tally_table t = table("year,value,unit\n1950,0,aircraft\n1951,10,aircraft\n1952,100,aircraft\n");
    tally_plot_opts o;
    tally_error err = {0};
    char *s;
    tally_plot_info in;
    tally_plot_opts_init(&o);
    o.x = "year";
    o.logy = 1;
    o.term = TALLY_TERM_PDF;
    /* years are ISO 8601 dates too: a time axis */
    assert_int_equal(tally_plot_script(&t, &o, &s, &in, &err), TALLY_OK);
    assert_true(in.time_axis);
    assert_int_equal(in.nonpos_y, 1);
    assert_non_null(strstr(s, "set logscale y\n"));
    assert_non_null(strstr(s, "set ylabel 'aircraft'\n"));   /* the unit all rows share */
    assert_non_null(strstr(s, "pdfcairo"));
    free(s);
    tally_table_free(&t);
    t = table("speed,value\n1.5,3\n-2,4\n");
    o.x = "speed";
    o.logy = 0;
    assert_int_equal(tally_plot_script(&t, &o, &s, &in, &err), TALLY_OK);
    assert_false(in.time_axis);
    assert_null(strstr(s, "xdata time"));
    assert_non_null(strstr(s, "set xlabel 'speed'\n"));
    assert_non_null(strstr(s, "-2 4 NaN"));   /* sorted by x */
    assert_true(strstr(s, "-2 4 NaN") < strstr(s, "1.5 3 NaN"));
    free(s);
    tally_table_free(&t);
}

static void hostile_text(void **state)
{
    (void)state;
    tally_table t = table("value,date,noun,mention\n"
                          "1,1951,\"`touch x`\",\"EOD\nEOD\"\n"
                          "2,1952,\"'; system('touch y') '\",\"\"\"); system(\"\"touch z\"\")\"\n");
    tally_plot_opts o;
    tally_error err = {0};
    char *s;
    tally_plot_opts_init(&o);
    o.by = "noun";
    o.term = TALLY_TERM_SVG;
    assert_int_equal(tally_plot_script(&t, &o, &s, NULL, &err), TALLY_OK);
    /* exactly one EOD line per datablock: data cannot close a block */
    assert_int_equal(count(s, "\nEOD\n"), 2);
    assert_non_null(strstr(s, "\"EOD EOD\""));
    /* document text only ever inside single quotes or datablock fields */
    assert_non_null(strstr(s, "title '`touch x`'"));
    assert_non_null(strstr(s, "title '\xE2\x80\x99; system(''touch y'') '''"));
    assert_non_null(strstr(s, "\"\xE2\x80\x9D); system(\xE2\x80\x9Dtouch z\xE2\x80\x9D)\""));
    assert_null(strstr(s, "\"touch"));
    free(s);
    tally_table_free(&t);
}

/* 1 when gnuplot can be run here. */
static int have_gnuplot(void)
{
    tally_error err = {0};
    const char *sc = "print 1\n";
    char *m = NULL;
    int fd = open("/dev/null", O_WRONLY);
    tally_status st = tally_gnuplot_run(sc, strlen(sc), fd, &m, &err);
    free(m);
    if (fd >= 0)
        close(fd);
    return st == TALLY_OK;
}

static void gnuplot_errors(void **state)
{
    (void)state;
    if (!have_gnuplot()) {
        skip();   /* gnuplot is not installed */
        return;
    }
    const char *bad = "set terminal dumb\nprint 1\nplot nosuchvar\n";
    tally_error err = {0};
    char *m = NULL;
    int fd = open("/dev/null", O_WRONLY);
    assert_true(fd >= 0);
    assert_int_equal(tally_gnuplot_run(bad, strlen(bad), fd, &m, &err), TALLY_EGNUPLOT);
    assert_non_null(strstr(err.msg, "script line 3 ('plot nosuchvar')"));
    assert_non_null(strstr(err.msg, "undefined variable"));
    free(m);
    /* a good script with a warning: success, and the warning is handed back */
    const char *warn = "set terminal dumb\n$d << EOD\n1 1\nEOD\nplot $d using 1:2 with points\n";
    assert_int_equal(tally_gnuplot_run(warn, strlen(warn), fd, &m, &err), TALLY_OK);
    assert_non_null(strstr(m, "empty x range"));
    free(m);
    close(fd);
}

static void missing_gnuplot(void **state)
{
    (void)state;
    tally_error err = {0};
    char *m = NULL;
    setenv("TALLY_GNUPLOT", "/nonexistent/gnuplot", 1);
    assert_int_equal(tally_gnuplot_run("print 1\n", 8, -1, &m, &err), TALLY_EGNUPLOT);
    unsetenv("TALLY_GNUPLOT");
    assert_non_null(strstr(err.msg, "'/nonexistent/gnuplot' not found"));
    free(m);   /* NULL, or "" when the failure showed as exit status 127 */
}

static void seed_force_levels(void **state)
{
    (void)state;
    tally_table t;
    tally_error err = {0};
    assert_int_equal(tally_table_read_file("tests/data/plot/seed_force_levels.csv", ',', &t, &err),
                     TALLY_OK);
    tally_lexicon *lex;
    assert_int_equal(tally_lexicon_new(&lex, &err), TALLY_OK);
    assert_int_equal(tally_lexicon_add_file(lex, "datasets/lexicon/actor_names.csv", &err), TALLY_OK);
    tally_plot_opts o;
    tally_plot_opts_init(&o);
    assert_int_equal(tally_plot_preset("force-levels", &o, &err), TALLY_OK);
    o.term = TALLY_TERM_SVG;
    o.lex = lex;
    char *s;
    tally_plot_info in;
    assert_int_equal(tally_plot_script(&t, &o, &s, &in, &err), TALLY_OK);
    assert_int_equal(in.filtered, 3);   /* two regiment counts, the person-days */
    assert_int_equal(in.used, 11);
    char *planned = line_with(s, "title 'Chinese, planned'");
    char *actual = line_with(s, "title 'Chinese + Soviet + North Korean, actual'");
    assert_non_null(planned);
    assert_non_null(actual);
    assert_non_null(strstr(planned, " dt 2 "));
    assert_non_null(strstr(actual, " dt 1 "));
    free(planned), free(actual);
    /* the 350-400 band over November 1951 to the armistice */
    assert_non_null(strstr(s, " 375 -573350400 -518486400 350 400 "));
    assert_non_null(strstr(s, "with boxxyerror"));
    assert_non_null(strstr(s, "set ylabel 'aircraft'\n"));
    free(s);
    tally_lexicon_free(lex);
    tally_table_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quote_strings),      cmocka_unit_test(datablock_fields),
        cmocka_unit_test(error_lines),        cmocka_unit_test(series_and_counts),
        cmocka_unit_test(not_equal_and_errors), cmocka_unit_test(bars_for_text),
        cmocka_unit_test(numbers_and_log),    cmocka_unit_test(hostile_text),
        cmocka_unit_test(gnuplot_errors),     cmocka_unit_test(missing_gnuplot),
        cmocka_unit_test(seed_force_levels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
