/*
 * buf.c - growable byte buffers, string copies and number formatting used by
 * every module of libtally.
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

int buf_reserve(tally_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1)
        return -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    b->data[b->len] = '\0';
    return 0;
}

int buf_append(tally_buf *b, const void *p, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int buf_puts(tally_buf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

int buf_putc(tally_buf *b, char c)
{
    return buf_append(b, &c, 1);
}

int buf_printf(tally_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || buf_reserve(b, (size_t)n) < 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

char *buf_detach(tally_buf *b)
{
    char *p = b->data;
    if (!p)
        p = calloc(1, 1);
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void buf_free(tally_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

char *xstrndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xstrdup(const char *s)
{
    return s ? xstrndup(s, strlen(s)) : NULL;
}

/* The decimal digits of u into out, NUL-terminated, with a '-' first when
 * neg; returns the bytes written.  (What "%.0f" gives for an integer.) */
static size_t put_uint(char *out, unsigned long long u, int neg)
{
    char b[24], *p = b + sizeof b;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    size_t o = 0;
    if (neg)
        out[o++] = '-';
    size_t n = (size_t)(b + sizeof b - p);
    memcpy(out + o, p, n);
    out[o + n] = '\0';
    return o + n;
}

/* "%.6f" of v without snprintf when that is safe: |v| < 1e7, so that v *
 * 1e6 is within 0.002 of the exact product, and that product not near a
 * half (where the rounding could go either way).  0 when not done. */
static int fixed6(double v, char out[64])
{
    double a = fabs(v);
    if (!(a < 1e7))
        return 0;
    double p = a * 1e6;
    double q = nearbyint(p);
    if (!(fabs(p - q) < 0.49))
        return 0;
    unsigned long long u = (unsigned long long)q;
    size_t o = put_uint(out, u / 1000000, v < 0);
    out[o++] = '.';
    unsigned long long f = u % 1000000;
    for (int i = 5; i >= 0; i--, f /= 10)
        out[o + (size_t)i] = (char)('0' + f % 10);
    out[o + 6] = '\0';
    return 1;
}

void fmt_num(double v, char out[64])
{
    if (isnan(v)) {
        out[0] = '\0';
        return;
    }
    if (isinf(v)) {
        snprintf(out, 64, v > 0 ? "inf" : "-inf");
        return;
    }
    if (fabs(v) >= 1e15) {   /* beyond exact integers: keep 15 digits */
        snprintf(out, 64, "%.0f", v);
        return;
    }
    double r = nearbyint(v);
    if (fabs(v - r) < 1e-9 * (fabs(v) > 1 ? fabs(v) : 1)) {
        /* an integer of at most 16 digits: "%.0f" of it, without snprintf */
        put_uint(out, (unsigned long long)fabs(r), r < 0);
        return;
    }
    if (!fixed6(v, out))
        snprintf(out, 64, "%.6f", v);
    char *e = out + strlen(out) - 1;
    while (e > out && *e == '0')
        *e-- = '\0';
    if (*e == '.')
        *e = '\0';
    if (strcmp(out, "-0") == 0)
        strcpy(out, "0");
}

int grow_array(void **ptr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > SIZE_MAX / 2 / elem)
            return -1;
        c *= 2;
    }
    void *p = realloc(*ptr, c * elem);
    if (!p)
        return -1;
    *ptr = p;
    *cap = c;
    return 0;
}
