/* bytebufs.c -- the storage of rpy.rlib.rbytebuf's mutable byte buffers.
 *
 * A storage is an ordinary GC string of tid BYTES (no GC pointers inside,
 * so writing its bytes needs no write barrier) whose bytes are changed in
 * place; its length field is the buffer's capacity.  It is always freshly
 * allocated here: the string functions share the empty and one-byte
 * strings, which must never be written. */
#include <string.h>
#include "rpy.h"

rpy_string *rpy_bytebuf_alloc(Signed n) {
    rpy_string *s = rpy_str_alloc(RPY_TID_BYTES, n);
    if (s == NULL) return NULL;
    /* big strings come from malloc, not from the zeroed nursery */
    memset(s->data, 0, (size_t)n);
    return s;
}

void rpy_bytebuf_move(rpy_string *dst, Signed dstpos, rpy_string *src, Signed srcpos, Signed n) {
    if (n > 0) memmove(dst->data + dstpos, src->data + srcpos, (size_t)n);
}

void rpy_bytebuf_fill(rpy_string *dst, Signed pos, Signed n, Signed v) {
    if (n > 0) memset(dst->data + pos, (int)(unsigned char)v, (size_t)n);
}

rpy_string *rpy_bytebuf_extract(rpy_string *raw, Signed start, Signed n) {
    RPY_PUSH(raw);
    rpy_string *r = rpy_str_alloc(RPY_TID_BYTES, n);
    RPY_POP(rpy_string *, raw);
    if (r == NULL) return NULL;
    if (n > 0) memcpy(r->data, raw->data + start, (size_t)n);
    return r;
}
