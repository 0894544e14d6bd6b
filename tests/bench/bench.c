/*
 * bench.c - `make bench`: throughput and peak memory of `tally extract`
 * (and of `tally verify` on the same corpus).
 *
 * Generates a deterministic synthetic corpus (sentences of our own, in the
 * style of military-history prose, with figures, dates, designations,
 * footnote markers and an endnotes section) of at least 10 MB, runs the
 * tally command on it as a child process, and prints MB/s and the child's
 * peak resident memory (getrusage RUSAGE_CHILDREN).  Also times one 8 MB
 * paragraph with no newline at all, the worst case for the segmenter.
 *
 *     bench TALLY_BINARY OUTDIR [MEGABYTES]
 */
#define _DEFAULT_SOURCE 1   /* wait4() for the child's own peak memory */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static unsigned long long rng = 88172645463325252ULL;

static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static const char *words[] = {"two", "three", "four", "five", "six", "eleven", "twelve",
                              "twenty", "two hundred", "some forty", "a dozen"};
static const char *nouns[] = {"air regiments", "fighter divisions", "bombers", "tons of cement",
                              "person-days", "advisors", "sorties", "anti-aircraft guns",
                              "trucks", "engineering battalions"};
static const char *sides[] = {"the Ruritanian", "the allied", "the northern", "the coastal",
                              "the expeditionary"};
static const char *months[] = {"January", "March", "April", "June", "August", "October",
                               "November", "December"};

/* One sentence with a few figures; returns bytes written. */
static int sentence(FILE *fp, int note)
{
    int n = 0;
    static const char *prose[] = {
        "The commanders argued at length about whether the air arm should fight over its own territory or risk everything in a forward deployment.",
        "Neither side trusted the other's reports, and the staff officers who later recalled these meetings disagreed about who had proposed what.",
        "Weather, poor roads and the lack of engineering equipment slowed every project that depended on manual labor in the forward areas.",
        "The ministry insisted that the plan be revised, while the field command pleaded for immediate support and more reliable supply lines.",
        "Historians have since debated how far these decisions reflected ideology rather than a sober reading of the military balance.",
        "Later accounts, written with access to the archives, paint a more cautious picture of the leadership than the memoirs do."};
    /* 6 templates with figures against 44 of prose: about one figure per
     * 350 bytes, near the seed article's density (125 figures in 52 KB) */
    switch (rnd(50)) {
    case 0:
        n = fprintf(fp, "By mid-%s %u, %s command planned %s %s (%u MiG-15s), totaling %u,%03u planes.",
                    months[rnd(8)], 1940 + rnd(20), sides[rnd(5)], words[rnd(11)], nouns[rnd(10)],
                    30 + rnd(200), 1 + rnd(3), rnd(1000));
        break;
    case 1:
        n = fprintf(fp, "On %u %s the depot shipped %u,%03u %s and about $%u million of spares.",
                    1 + rnd(28), months[rnd(8)], 1 + rnd(90), rnd(1000), nouns[rnd(10)], 1 + rnd(900));
        break;
    case 2:
        n = fprintf(fp, "Between %u and %u %s were lost, roughly %u percent of the force, according to Gen. Smith.",
                    10 + rnd(50), 60 + rnd(90), nouns[rnd(10)], 5 + rnd(60));
        break;
    case 3:
        n = fprintf(fp, "Hundreds of %s flew from the %uth Army sector, no more than %u miles from base.",
                    nouns[rnd(10)], 20 + rnd(70), 50 + rnd(300));
        break;
    case 4:
        n = fprintf(fp, "One third of their ordnance (%u,%03u bombs) hit runways in %u attacks.",
                    1 + rnd(9), rnd(1000), 10 + rnd(90));
        break;
    case 5:
        n = fprintf(fp, "The Tu-2 and Il-10 units needed %s to %s months of training, not %u days.",
                    words[rnd(5)], words[5 + rnd(3)], 10 + rnd(20));
        break;
    default:   /* most prose states no figure at all */
        n = fprintf(fp, "%s", prose[rnd(6)]);
        break;
    }
    if (note)
        n += fprintf(fp, "\xc2\xb9%s", note > 1 ? "\xc2\xb2" : "");
    return n;
}

static int write_corpus(const char *path, size_t bytes, int one_line)
{
    FILE *fp = fopen(path, "w");
    if (!fp)
        return -1;
    size_t total = 0;
    int para = 0;
    while (total < bytes) {
        for (int s = 0; s < 5 && total < bytes; s++) {
            total += (size_t)sentence(fp, one_line ? 0 : s == 4 ? 1 : 0);
            fputc(' ', fp);
            total++;
        }
        if (!one_line) {
            fputs("\n\n", fp);
            total += 2;
        }
        para++;
    }
    if (!one_line) {
        fputs("Endnotes\n\n", fp);
        for (int i = 1; i <= 12; i++)
            fprintf(fp, "%d. Archive file %d, pp. %d-%d; it lists %d trucks.\n", i, 100 + i, i * 3,
                    i * 3 + 4, i * 7);
    }
    int bad = ferror(fp);
    return fclose(fp) != 0 || bad ? -1 : 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One timed run of tally CMD (extract or verify) on path: wall seconds in
 * *dt, the child's peak resident memory in KB in *kb.  Returns 0 on
 * success (for verify, exit status 1 only says a slip was found). */
static int run_once(const char *tally, const char *cmd, const char *path, double *dt, long *kb)
{
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execl(tally, tally, cmd, "-o", "/dev/null", path, (char *)NULL);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0)
        return -1;
    *dt = now() - t0;
    *kb = ru.ru_maxrss;
    int ok = WIFEXITED(status) && (WEXITSTATUS(status) == 0 ||
                                   (strcmp(cmd, "verify") == 0 && WEXITSTATUS(status) == 1));
    if (!ok) {
        fprintf(stderr, "bench: tally %s failed on %s (status %d)\n", cmd, path, status);
        return -1;
    }
    return 0;
}

#define RUNS 5

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Run tally CMD RUNS times on path and print the median and best
 * throughput: a shared machine's speed varies from run to run, and one run
 * says little.  Returns 0 on success. */
static int run(const char *tally, const char *cmd, const char *path, const char *label)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    fseek(fp, 0, SEEK_END);
    double mb = ftell(fp) / 1e6;
    fclose(fp);
    double t[RUNS];
    long kb = 0;
    for (int i = 0; i < RUNS; i++) {
        long k;
        if (run_once(tally, cmd, path, &t[i], &k) < 0)
            return -1;
        if (k > kb)
            kb = k;
    }
    qsort(t, RUNS, sizeof *t, cmp_double);
    printf("%-28s %7.1f MB: median %6.2f s, %6.1f MB/s (best %6.1f MB/s), peak memory %6.1f MB\n",
           label, mb, t[RUNS / 2], mb / t[RUNS / 2], mb / t[0], kb / 1024.0);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench TALLY OUTDIR [MEGABYTES]\n");
        return 2;
    }
    size_t mb = argc > 3 ? (size_t)atoi(argv[3]) : 12;
    char corpus[4096], line[4096];
    snprintf(corpus, sizeof corpus, "%s/corpus.txt", argv[2]);
    snprintf(line, sizeof line, "%s/oneline.txt", argv[2]);
    if (write_corpus(corpus, mb * 1000000, 0) < 0 || write_corpus(line, 8000000, 1) < 0) {
        fprintf(stderr, "bench: cannot write the corpus in %s: %s\n", argv[2], strerror(errno));
        return 4;
    }
    sync();   /* the files just written must not be flushed during the timed runs */
    printf("target: at least 50 MB/s on one core (%d runs each)\n", RUNS);
    if (run(argv[1], "extract", corpus, "corpus (paragraphs, notes)") < 0)
        return 1;
    if (run(argv[1], "extract", line, "one 8 MB line, no newline") < 0)
        return 1;
    /* the worst case for per-figure work: one 5.8 MB "sentence" with no
     * punctuation and a figure every 29 bytes */
    char dense[4096];
    snprintf(dense, sizeof dense, "%s/dense.txt", argv[2]);
    FILE *fp = fopen(dense, "w");
    if (!fp)
        return 4;
    for (int i = 0; i < 200000; i++)
        fputs("The depot held 12 trucks and ", fp);
    fputs("done\n", fp);
    if (fclose(fp) != 0)
        return 4;
    sync();
    if (run(argv[1], "extract", dense, "one sentence, 200k figures") < 0)
        return 1;
    /* tally verify on the same corpus (its extraction included) */
    if (run(argv[1], "verify", corpus, "verify: corpus") < 0)
        return 1;
    return 0;
}
