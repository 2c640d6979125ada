/* bytebufs.h -- the runtime functions of bytebufs.c (included by rpy.h;
 * rpy/rlib/rbytebuf.py documents them).  A byte buffer's storage is a
 * string of tid BYTES that only rbytebuf changes in place. */
#ifndef RPY_BYTEBUFS_H
#define RPY_BYTEBUFS_H

rpy_string *rpy_bytebuf_alloc(Signed n);          /* n zero bytes; MemoryError */
void rpy_bytebuf_move(rpy_string *dst, Signed dstpos, rpy_string *src, Signed srcpos, Signed n);
void rpy_bytebuf_fill(rpy_string *dst, Signed pos, Signed n, Signed v);
rpy_string *rpy_bytebuf_extract(rpy_string *raw, Signed start, Signed n);  /* a new bytes */

/* get/put: inline, unchecked (rbytebuf's callers keep indices in range) */
#define RPY_BYTEBUF_GET(raw, i)  ((Signed)((unsigned char *)(raw)->data)[i])
#define RPY_BYTEBUF_PUT(raw, i, v)  (((unsigned char *)(raw)->data)[i] = (unsigned char)(v))

#endif
