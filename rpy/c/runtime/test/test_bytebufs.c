/* test_bytebufs.c -- self-checking tests of bytebufs.c (the storage of
 * rpy.rlib.rbytebuf), driven by tests/rpy/test_runtime_strings.py; prints
 * "OK" at the end.  Under the fake GC every allocation moves every object:
 * extract must keep its argument on the shadow stack. */
#include "test_support.h"
#include <string.h>

static void **slots;
#define RAW ((rpy_string *)slots[0])

int main(int argc, char **argv) {
    (void)argc; (void)argv;
    rpy_gc_init();
    slots = rpy_ss_top;
    RPY_PUSH(NULL); RPY_PUSH(NULL);

    /* small and big (malloc'ed, not from the zeroed nursery) storages are zero */
    Signed sizes[] = {0, 1, 7, 100, 70000, 300000};
    for (unsigned k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        rpy_string *s = rpy_bytebuf_alloc(sizes[k]);
        CHECK(s != NULL && s->length == sizes[k] && RPY_TID(s) == RPY_TID_BYTES);
        for (Signed i = 0; i < sizes[k]; i++) CHECK(s->data[i] == 0);
        /* dirty it, so that a reused block would show */
        memset(s->data, 0xAB, (size_t)sizes[k]);
    }
    /* never the shared empty or one-byte strings */
    rpy_string *a = rpy_bytebuf_alloc(1);
    slots[0] = a;
    rpy_string *b = rpy_bytebuf_alloc(1);
    a = RAW;
    CHECK(a != b);

    slots[0] = rpy_bytebuf_alloc(100000);
    for (Signed i = 0; i < 100000; i++) RPY_BYTEBUF_PUT(RAW, i, i * 7);
    CHECK(RPY_BYTEBUF_GET(RAW, 3) == 21 && RPY_BYTEBUF_GET(RAW, 100) == (700 & 255));
    /* overlapping moves both ways */
    rpy_bytebuf_move(RAW, 10, RAW, 0, 50);
    CHECK(RPY_BYTEBUF_GET(RAW, 10) == 0 && RPY_BYTEBUF_GET(RAW, 59) == (49 * 7 & 255));
    rpy_bytebuf_move(RAW, 0, RAW, 10, 50);
    CHECK(RPY_BYTEBUF_GET(RAW, 0) == 0 && RPY_BYTEBUF_GET(RAW, 49) == (49 * 7 & 255));
    rpy_bytebuf_move(RAW, 5, RAW, 5, 0);
    rpy_bytebuf_fill(RAW, 1000, 3000, 0x1FF);
    CHECK(RPY_BYTEBUF_GET(RAW, 999) == (999 * 7 & 255) && RPY_BYTEBUF_GET(RAW, 1000) == 255
          && RPY_BYTEBUF_GET(RAW, 3999) == 255 && RPY_BYTEBUF_GET(RAW, 4000) == (4000 * 7 & 255));
    /* extract allocates: the source must survive a moving collection */
    for (Signed start = 0; start < 99000; start += 997) {
        rpy_string *part = rpy_bytebuf_extract(RAW, start, 1000);
        CHECK(part != NULL && part->length == 1000 && part != RAW);
        CHECK(memcmp(part->data, RAW->data + start, 1000) == 0 && part->data[1000] == 0);
    }
    rpy_string *whole = rpy_bytebuf_extract(RAW, 0, RAW->length);
    CHECK(whole != RAW && whole->length == 100000);
    rpy_string *none = rpy_bytebuf_extract(RAW, 5, 0);
    CHECK(none->length == 0);
    /* a string as the source of a move into the storage */
    slots[1] = rpy_str_from_utf8("hello", 5);
    rpy_bytebuf_move(RAW, 2, (rpy_string *)slots[1], 1, 4);
    CHECK(memcmp(RAW->data + 2, "ello", 4) == 0 && RPY_BYTEBUF_GET(RAW, 6) == (6 * 7 & 255));
    /* too big */
    CHECK(rpy_bytebuf_alloc((Signed)1 << 60) == NULL && RPY_EXC());
    rpy_exc_value = NULL;
    puts("OK");
    return 0;
}
