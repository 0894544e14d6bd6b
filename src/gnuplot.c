/*
 * gnuplot.c - gnuplot through a pipe, and escaping for its scripts.
 *
 * The script is written to gnuplot's standard input while its standard
 * error is read, in one poll() loop, so that neither side can block the
 * other however long the script or the complaints.  gnuplot is told to
 * load /dev/stdin as a file (where that exists): then an error stops it,
 * and its message counts lines of the script as sent ("line 12:"), data
 * lines included, which gnuplot's interactive reading of a pipe does not.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "tally/gnuplot.h"

extern char **environ;

#define MAX_MESSAGES 65536   /* keep at most this much of gnuplot's stderr */

const char *tally_gnuplot_program(void)
{
    const char *p = getenv("TALLY_GNUPLOT");
    return p && *p ? p : "gnuplot";
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
static size_t utf8_len(const unsigned char *s)
{
    if (s[0] < 0x80)
        return 1;
    size_t n = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 && s[0] < 0xE0 ? 2 : 0;
    if (n == 0 || (s[0] >= 0xF5))
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (n == 3 && s[0] == 0xE0 && s[1] < 0xA0)
        return 0;   /* overlong */
    if (n == 3 && s[0] == 0xED && s[1] >= 0xA0)
        return 0;   /* surrogate */
    if (n == 4 && s[0] == 0xF0 && s[1] < 0x90)
        return 0;
    if (n == 4 && s[0] == 0xF4 && s[1] >= 0x90)
        return 0;
    return n;
}

/* Append s to b between quote characters q, with '' for q when dbl is set,
 * control characters as spaces, invalid UTF-8 as '?', and each character
 * of swap replaced by the matching UTF-8 string of with[]. */
static int put_clean(tally_buf *b, const char *s, char q, int dbl, const char *swap,
                     const char *const *with)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    if (buf_putc(b, q) < 0)
        return -1;
    while (*p) {
        size_t n = utf8_len(p);
        const char *hit = *p < 0x80 && *p ? strchr(swap, *p) : NULL;
        int rc;
        if (n == 0)
            rc = buf_putc(b, '?'), n = 1;
        else if (*p < 0x20 || *p == 0x7f)
            rc = buf_putc(b, ' ');
        else if (hit)
            rc = buf_puts(b, with[hit - swap]);
        else if (dbl && *p == (unsigned char)q && p == (const unsigned char *)s)
            rc = buf_puts(b, "\xE2\x80\x99");   /* gnuplot reads a leading '' as an empty string */
        else if (dbl && *p == (unsigned char)q)
            rc = buf_append(b, "''", 2);
        else
            rc = buf_append(b, p, n);
        if (rc < 0)
            return -1;
        p += n;
    }
    return buf_putc(b, q);
}

char *tally_gp_quote(const char *s)
{
    tally_buf b = {0};
    static const char *const none[] = {NULL};
    if (put_clean(&b, s, '\'', 1, "", none) < 0) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

char *tally_gp_field(const char *s, int hyper)
{
    /* ” for ", ’ for ', ∖ for \ */
    static const char *const with[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x88\x96"};
    tally_buf b = {0};
    if (put_clean(&b, s, '"', 0, hyper ? "\"'\\" : "\"", with) < 0) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

long tally_gnuplot_error_line(const char *m)
{
    for (const char *p = m ? strstr(m, "line ") : NULL; p; p = strstr(p + 1, "line ")) {
        const char *q = p + 5;
        long v = 0;
        int k = 0;
        while (*q >= '0' && *q <= '9' && k < 9)
            v = v * 10 + (*q++ - '0'), k++;
        if (k && *q == ':')
            return v;
    }
    return 0;
}

/* Copy of line n (1-based) of script, at most 100 bytes, or NULL. */
static char *script_line(const char *script, size_t len, long n)
{
    const char *p = script, *end = script + len;
    for (long i = 1; i < n && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return xstrndup(p, k > 100 ? 100 : k);
}

/* The text after "line N: " in gnuplot's messages, up to the end of that
 * line; else its first non-blank line.  Borrowed span via *n. */
static const char *error_text(const char *m, size_t *n)
{
    const char *p = strstr(m, "line ");
    while (p) {
        const char *q = p + 5;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q > p + 5 && *q == ':') {
            q++;
            while (*q == ' ')
                q++;
            *n = strcspn(q, "\n");
            return q;
        }
        p = strstr(p + 1, "line ");
    }
    while (*m == '\n' || *m == ' ')
        m++;
    *n = strcspn(m, "\n");
    return m;
}

/* Make fd close on exec (and non-blocking if nb). */
static int fd_flags(int fd, int nb)
{
    if (fcntl(fd, F_SETFD, FD_CLOEXEC) < 0)
        return -1;
    if (nb) {
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
            return -1;
    }
    return 0;
}

/* Start the program with stdin from in_fd, stderr to err_fd, stdout to
 * out_fd (or inherited).  Returns 0 or an errno value. */
static int start(const char *prog, int in_fd, int err_fd, int out_fd, pid_t *pid)
{
    posix_spawn_file_actions_t fa;
    char *argv[3];
    int rc = posix_spawn_file_actions_init(&fa);
    if (rc)
        return rc;
    if (!(rc = posix_spawn_file_actions_adddup2(&fa, in_fd, 0)) &&
        !(rc = posix_spawn_file_actions_adddup2(&fa, err_fd, 2)) && out_fd >= 0)
        rc = posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
    argv[0] = (char *)prog;
    argv[1] = access("/dev/stdin", R_OK) == 0 ? "/dev/stdin" : "-";
    argv[2] = NULL;
    if (!rc)
        rc = posix_spawnp(pid, prog, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    return rc;
}

/* Feed script to fd wfd and collect rfd into *got until rfd ends. */
static int pump(int wfd, int rfd, const char *script, size_t len, tally_buf *got)
{
    size_t off = 0;
    int writing = 1;
    char chunk[4096];
    for (;;) {
        struct pollfd pf[2] = {{rfd, POLLIN, 0}, {wfd, POLLOUT, 0}};
        if (writing && off == len) {
            close(wfd);
            writing = 0;
        }
        int n = poll(pf, writing ? 2 : 1, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (writing && pf[1].revents) {
            ssize_t w = write(wfd, script + off, len - off);
            if (w > 0)
                off += (size_t)w;
            else if (w < 0 && errno != EAGAIN && errno != EINTR) {
                close(wfd);   /* gnuplot stopped reading: it failed, its stderr says why */
                writing = 0;
            }
        }
        if (pf[0].revents) {
            ssize_t r = read(rfd, chunk, sizeof chunk);
            if (r > 0) {
                if (got->len < MAX_MESSAGES && buf_append(got, chunk, (size_t)r) < 0)
                    return -1;
            } else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
                break;
            }
        }
    }
    if (writing)
        close(wfd);
    return 0;
}

/* Block SIGPIPE while writing; consume one that arrived. */
static void sigpipe_block(sigset_t *old, int *was_pending)
{
    sigset_t set, pend;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigprocmask(SIG_BLOCK, &set, old);
    sigpending(&pend);
    *was_pending = sigismember(&pend, SIGPIPE);
}

static void sigpipe_restore(const sigset_t *old, int was_pending)
{
    sigset_t set, pend;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigpending(&pend);
    if (!was_pending && sigismember(&pend, SIGPIPE)) {
        struct timespec zero = {0, 0};
        while (sigtimedwait(&set, NULL, &zero) < 0 && errno == EINTR)
            ;
    }
    sigprocmask(SIG_SETMASK, old, NULL);
}

/* Turn a finished run into a status, with the failing line quoted. */
static tally_status judge(const char *prog, int status, const char *msgs, const char *script,
                          size_t len, tally_error *err)
{
    if (WIFSIGNALED(status))
        return tally_fail(err, TALLY_EGNUPLOT, "'%s' was killed by signal %d", prog,
                          WTERMSIG(status));
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    if (code == 0)
        return TALLY_OK;
    if (code == 127)
        return tally_fail(err, TALLY_EGNUPLOT,
                          "'%s' not found: install gnuplot (apt-get install gnuplot-nox) "
                          "or name it in TALLY_GNUPLOT", prog);
    size_t n;
    const char *why = error_text(msgs, &n);
    long line = tally_gnuplot_error_line(msgs);
    char *text = line ? script_line(script, len, line) : NULL;
    tally_status st;
    if (text)
        st = tally_fail(err, TALLY_EGNUPLOT, "gnuplot failed at script line %ld ('%s'): %.*s",
                        line, text, (int)(n > 300 ? 300 : n), why);
    else
        st = tally_fail(err, TALLY_EGNUPLOT, "gnuplot failed (exit %d): %.*s", code,
                        (int)(n > 300 ? 300 : n), n ? why : "no message");
    free(text);
    return st;
}

tally_status tally_gnuplot_run(const char *script, size_t len, int out_fd, char **messages,
                               tally_error *err)
{
    const char *prog = tally_gnuplot_program();
    int in[2] = {-1, -1}, ep[2] = {-1, -1};
    tally_buf got = {0};
    pid_t pid;
    if (messages)
        *messages = NULL;
    if (out_fd < 0)
        fflush(stdout);
    if (pipe(in) < 0 || pipe(ep) < 0 || fd_flags(in[0], 0) < 0 || fd_flags(in[1], 1) < 0 ||
        fd_flags(ep[0], 0) < 0 || fd_flags(ep[1], 0) < 0) {
        int e = errno;
        for (int i = 0; i < 2; i++) {
            if (in[i] >= 0)
                close(in[i]);
            if (ep[i] >= 0)
                close(ep[i]);
        }
        return tally_fail(err, TALLY_EGNUPLOT, "cannot make a pipe to gnuplot: %s", strerror(e));
    }
    int rc = start(prog, in[0], ep[1], out_fd, &pid);
    close(in[0]);
    close(ep[1]);
    if (rc) {
        close(in[1]);
        close(ep[0]);
        if (rc == ENOENT)
            return tally_fail(err, TALLY_EGNUPLOT,
                              "'%s' not found: install gnuplot (apt-get install gnuplot-nox) "
                              "or name it in TALLY_GNUPLOT", prog);
        return tally_fail(err, TALLY_EGNUPLOT, "cannot run '%s': %s", prog, strerror(rc));
    }
    sigset_t old;
    int was_pending;
    sigpipe_block(&old, &was_pending);
    int prc = pump(in[1], ep[0], script, len, &got);
    sigpipe_restore(&old, was_pending);
    close(ep[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            buf_free(&got);
            return tally_fail(err, TALLY_EGNUPLOT, "lost track of '%s': %s", prog, strerror(errno));
        }
    if (prc < 0) {
        buf_free(&got);
        return tally_fail(err, TALLY_ENOMEM, "out of memory reading gnuplot's messages");
    }
    char *msgs = buf_detach(&got);
    if (!msgs)
        return tally_fail(err, TALLY_ENOMEM, "out of memory reading gnuplot's messages");
    tally_status st = judge(prog, status, msgs, script, len, err);
    if (messages)
        *messages = msgs;
    else
        free(msgs);
    return st;
}
