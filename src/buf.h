/*
 * buf.h - growable byte buffers and string helpers, private to libtally.
 *
 * A tally_buf owns its bytes; data is always NUL-terminated after len bytes
 * (once anything was appended).  Every append returns 0 on success and -1
 * when memory ran out, leaving the buffer as it was.
 *
 *     tally_buf b = {0};
 *     if (buf_printf(&b, "%d figures", n) < 0) goto oom;
 *     ... use b.data ...
 *     buf_free(&b);
 */
#ifndef TALLY_BUF_H
#define TALLY_BUF_H

#include <stddef.h>

typedef struct tally_buf {
    char *data;   /* the bytes, NUL-terminated; NULL while empty */
    size_t len;   /* bytes in use, not counting the NUL */
    size_t cap;   /* bytes allocated */
} tally_buf;

int buf_reserve(tally_buf *b, size_t extra);
int buf_append(tally_buf *b, const void *p, size_t n);
int buf_puts(tally_buf *b, const char *s);
int buf_putc(tally_buf *b, char c);
int buf_printf(tally_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Hand the bytes to the caller (who frees them) and reset the buffer; never
 * returns NULL: an empty buffer gives a fresh "" (NULL only if OOM). */
char *buf_detach(tally_buf *b);
void buf_free(tally_buf *b);

/* strdup that is C11-clean; NULL in, NULL out. */
char *xstrdup(const char *s);
/* Copy of n bytes of s as a NUL-terminated string. */
char *xstrndup(const char *s, size_t n);

/* Format a number as a plain decimal with no exponent and no separators:
 * 2000000, 0.333333, -12.5.  NaN gives "".  out must hold 64 bytes. */
void fmt_num(double v, char out[64]);

/* Grow an array of elements of size elem so that it can hold need items.
 * *ptr and *cap are updated; returns 0, or -1 on overflow or OOM. */
int grow_array(void **ptr, size_t *cap, size_t need, size_t elem);

#endif
