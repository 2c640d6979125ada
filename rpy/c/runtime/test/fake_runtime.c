/* fake_runtime.c -- minimal stand-ins for strings.c, lists.c and os.c, so
 * that the GC and dict tests run before those files exist.  The test
 * harness (tests/rpy/test_runtime_gc.py) links this file only while any of
 * strings.c, lists.c, format.c, os.c is missing; with all of them present
 * the real implementations are linked instead. */
#include "../rpy.h"
#include <stdio.h>

static const Signed no_ptrs[] = { -1 };
static const Signed list_ptrs[] = { offsetof(rpy_list, items), -1 };

/* items_ofs counts the terminating NUL, so the GC copies it along */
const rpy_typeinfo rpy_ti_str = { "str", offsetof(rpy_string, data) + 1, 1,
    offsetof(rpy_string, length), offsetof(rpy_string, data) + 1, no_ptrs, 0, NULL };
const rpy_typeinfo rpy_ti_bytes = { "bytes", offsetof(rpy_string, data) + 1, 1,
    offsetof(rpy_string, length), offsetof(rpy_string, data) + 1, no_ptrs, 0, NULL };
const rpy_typeinfo rpy_ti_array_gc = { "array_gc", sizeof(rpy_array), sizeof(rpy_word),
    offsetof(rpy_array, length), offsetof(rpy_array, items), no_ptrs, 1, NULL };
const rpy_typeinfo rpy_ti_array_raw = { "array_raw", sizeof(rpy_array), sizeof(rpy_word),
    offsetof(rpy_array, length), offsetof(rpy_array, items), no_ptrs, 0, NULL };
const rpy_typeinfo rpy_ti_list = { "list", sizeof(rpy_list), 0, 0, 0, list_ptrs, 0, NULL };

rpy_string *rpy_str_alloc(uint32_t tid, Signed nbytes) {
    rpy_string *s = rpy_gc_malloc_varsize(tid, nbytes);
    if (s) s->nchars = nbytes;
    return s;
}

rpy_string *rpy_str_from_cstr(const char *utf8) {
    Signed n = (Signed)strlen(utf8), nchars = 0;
    rpy_string *s = rpy_str_alloc(RPY_TID_STR, n);
    if (s == NULL) return NULL;
    memcpy(s->data, utf8, (size_t)n);
    for (Signed i = 0; i < n; i++) nchars += ((unsigned char)utf8[i] & 0xC0) != 0x80;
    s->nchars = nchars;
    return s;
}

/* FNV-1a: a stand-in; the real strings.c decides the string hash */
Signed rpy_str_hash(rpy_string *s) {
    if (s->hash) return s->hash;
    uint64_t h = 14695981039346656037ull;
    for (Signed i = 0; i < s->length; i++) { h ^= (unsigned char)s->data[i]; h *= 1099511628211ull; }
    Signed r = (Signed)h;
    if (r == 0 || r == -1) r = -2;
    s->hash = r;
    return r;
}

int rpy_str_eq(rpy_string *a, rpy_string *b) {
    if (a == b) return 1;
    if (a == NULL || b == NULL || a->length != b->length) return 0;
    return memcmp(a->data, b->data, (size_t)a->length) == 0;
}

rpy_list *rpy_list_new_cap(Signed capacity, int gcitems) {
    rpy_list *l = rpy_malloc_fixed(RPY_TID_LIST, sizeof(rpy_list));
    if (l == NULL) return NULL;
    RPY_PUSH(l);
    rpy_array *a = rpy_gc_malloc_varsize(gcitems ? RPY_TID_ARRAY_GC : RPY_TID_ARRAY_RAW,
                                         capacity < 4 ? 4 : capacity);
    RPY_POP(rpy_list *, l);
    if (a == NULL) return NULL;
    RPY_WB(l);
    l->items = a;
    return l;
}

rpy_list *rpy_list_new(Signed length, int gcitems) {
    rpy_list *l = rpy_list_new_cap(length, gcitems);
    if (l) l->length = length;
    return l;
}

void rpy_list_append(rpy_list *l, rpy_word item) {
    int gc = RPY_TID(l->items) == RPY_TID_ARRAY_GC;
    if (l->length == l->items->length) {
        RPY_PUSH(l);
        if (gc) RPY_PUSH(item.p);
        rpy_array *a = rpy_gc_malloc_varsize(RPY_TID(l->items), l->length * 2);
        if (gc) RPY_POP(void *, item.p);
        RPY_POP(rpy_list *, l);
        if (a == NULL) return;
        RPY_WB(a);
        memcpy(a->items, l->items->items, (size_t)l->length * sizeof(rpy_word));
        RPY_WB(l);
        l->items = a;
    }
    if (gc) RPY_WB(l->items);
    l->items->items[l->length++] = item;
}

void rpy_io_init(void) {}
void rpy_flush_stdout(void) { fflush(stdout); }
void rpy_write_stdout_cstr(const char *s) { fputs(s, stdout); }
