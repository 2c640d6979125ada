/* fake_gc.c -- a test-only "moving everything" collector for the runtime's
 * C tests of strings.c, format.c, lists.c and os.c.
 *
 * Every object is malloc'ed separately with exactly the size the real GC
 * would give it.  Every FAKE_GC_EVERY allocations (default 1: at each one)
 * a collection copies every object reachable from the shadow stack,
 * rpy_exc_value and rpy_prebuilt_roots into fresh malloc blocks and frees
 * all the old blocks.  Built with AddressSanitizer, any GC pointer that
 * was not kept on the shadow stack across an allocation is then a
 * use-after-free that is reported at once; a string whose NUL lies past
 * the size the GC computes is an overflow.  The nursery pointers stay NULL
 * so that rpy_malloc_fixed always takes the slow path.
 */
#include "../rpy.h"
#include <stdio.h>
#include <stdlib.h>

char *rpy_nursery_free, *rpy_nursery_top;
void **rpy_ss_top, **rpy_ss_base, **rpy_ss_limit;
rpy_gc_stats rpy_gc_stat;
void *rpy_exc_value;

/* the dict typeinfos, unless dicts.c is linked */
static const Signed fake_no_ptrs[] = { -1 };
__attribute__((weak)) const rpy_typeinfo rpy_ti_dict = { "dict", 16, 0, 0, 0, fake_no_ptrs, 0, NULL };
__attribute__((weak)) const rpy_typeinfo rpy_ti_dict_entries = { "dict_entries", 16, 0, 0, 0, fake_no_ptrs, 0, NULL };
__attribute__((weak)) const rpy_typeinfo rpy_ti_dict_index = { "dict_index", 16, 0, 0, 0, fake_no_ptrs, 0, NULL };
/* (the fake GC has no weak references: the real one's typeinfo is in gc.c) */
__attribute__((weak)) const rpy_typeinfo rpy_ti_weakref = { "weakref", 16, 0, 0, 0, fake_no_ptrs, 0, NULL };

typedef struct block { struct block *next; Signed size; Signed pad; Signed pad2; } block;
#define OBJ(b) ((void *)((block *)(b) + 1))
#define BLK(o) ((block *)(o) - 1)

static block *all_blocks;
static long every = 1, countdown = 1;
static int ready;
static Signed n_objects, n_bytes;

void rpy_gc_init(void) {
    if (ready) return;
    ready = 1;
    const char *e = getenv("FAKE_GC_EVERY");
    every = e ? atol(e) : 1;
    countdown = every;
    size_t n = 1 << 20;
    rpy_ss_base = rpy_ss_top = calloc(n, sizeof(void *));
    rpy_ss_limit = rpy_ss_base + n;
}

void rpy_gc_shutdown(void) {}

static size_t round_size(size_t s) {
    s = (s + 7) & ~(size_t)7;
    return s < 16 ? 16 : s;
}

static size_t obj_size(void *p) {
    const rpy_typeinfo *ti = rpy_typetable[RPY_TID(p)];
    size_t s = (size_t)ti->fixedsize;
    if (ti->itemsize) {
        size_t v = (size_t)ti->items_ofs + (size_t)*(Signed *)((char *)p + ti->length_ofs) * (size_t)ti->itemsize;
        if (v > s) s = v;
    }
    return round_size(s);
}

/* ------------------------------------------------------------ collection */

static void **work;
static Signed nwork, capwork;
static block *new_blocks;

static void *copy_obj(void *o) {
    if (o == NULL) return NULL;
    rpy_hdr *h = o;
    if (h->gcflags & RPY_GCFLAG_PREBUILT) return o;
    if (h->gcflags & RPY_GCFLAG_FORWARDED) return *(void **)((char *)o + sizeof(rpy_hdr));
    size_t size = obj_size(o);
    if ((Signed)size > BLK(o)->size) {
        fprintf(stderr, "fake_gc: object of tid %u is %zu bytes by its typeinfo but was allocated with %ld\n",
                RPY_TID(o), size, BLK(o)->size);
        abort();
    }
    block *b = malloc(sizeof(block) + size);
    if (b == NULL) { fprintf(stderr, "fake_gc: out of memory\n"); abort(); }
    b->size = (Signed)size;
    b->next = new_blocks; new_blocks = b;
    void *n = OBJ(b);
    memcpy(n, o, size);
    h->gcflags |= RPY_GCFLAG_FORWARDED;
    *(void **)((char *)o + sizeof(rpy_hdr)) = n;
    if (nwork == capwork) {
        capwork = capwork ? capwork * 2 : 1024;
        work = realloc(work, sizeof(void *) * (size_t)capwork);
    }
    work[nwork++] = n;
    return n;
}

static void visit(void **slot) { *slot = copy_obj(*slot); }

static void trace(void *o) {
    const rpy_typeinfo *ti = rpy_typetable[RPY_TID(o)];
    if (ti->custom_trace) { ti->custom_trace(o, visit); return; }
    if (ti->gcptr_ofs)
        for (const Signed *p = ti->gcptr_ofs; *p >= 0; p++) visit((void **)((char *)o + *p));
    if (ti->itemsize && ti->items_are_gcptrs) {
        Signed n = *(Signed *)((char *)o + ti->length_ofs);
        for (Signed k = 0; k < n; k++) visit((void **)((char *)o + ti->items_ofs + k * ti->itemsize));
    }
}

static void collect(void) {
    new_blocks = NULL;
    nwork = 0;
    for (void **p = rpy_ss_base; p < rpy_ss_top; p++) *p = copy_obj(*p);
    rpy_exc_value = copy_obj(rpy_exc_value);
    for (void *const *r = rpy_prebuilt_roots; *r; r++) trace(*r);
    for (Signed i = 0; i < nwork; i++) trace(work[i]);
    n_objects = 0; n_bytes = 0;
    for (block *b = all_blocks; b; ) {
        block *nx = b->next;
        memset(OBJ(b), 0xDD, (size_t)b->size);
        free(b);
        b = nx;
    }
    all_blocks = new_blocks;
    for (block *b = all_blocks; b; b = b->next) { n_objects++; n_bytes += b->size; }
    rpy_gc_stat.minor_collections++;
}

void rpy_gc_collect_minor(void) { if (!ready) rpy_gc_init(); collect(); }
void rpy_gc_collect(void) { if (!ready) rpy_gc_init(); collect(); rpy_gc_stat.major_collections++; }

Signed rpy_gc_get_stat(int which) {
    switch (which) {
    case 0: return rpy_gc_stat.minor_collections;
    case 1: return rpy_gc_stat.major_collections;
    case 4: return n_bytes;
    default: return 0;
    }
}

/* ------------------------------------------------------------ allocation */

void *rpy_gc_malloc_slowpath(uint32_t tid, Signed size) {
    if (!ready) rpy_gc_init();
    if (size < 0 || size > ((Signed)1 << 40)) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    if (every > 0 && --countdown <= 0) { countdown = every; collect(); }
    size = (Signed)round_size((size_t)size);
    block *b = calloc(1, sizeof(block) + (size_t)size);
    if (b == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    b->size = size;
    b->next = all_blocks; all_blocks = b;
    n_objects++; n_bytes += size;
    RPY_HDR(OBJ(b))->tid = tid;
    return OBJ(b);
}

void *rpy_gc_malloc_fixed(uint32_t tid) {
    return rpy_gc_malloc_slowpath(tid, rpy_typetable[tid]->fixedsize);
}

void *rpy_gc_malloc_varsize(uint32_t tid, Signed length) {
    const rpy_typeinfo *ti = rpy_typetable[tid];
    if (length < 0 || length > ((Signed)1 << 36)) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    Signed size = ti->items_ofs + length * ti->itemsize;
    if (size < ti->fixedsize) size = ti->fixedsize;
    char *p = rpy_gc_malloc_slowpath(tid, size);
    if (p) *(Signed *)(p + ti->length_ofs) = length;
    return p;
}

void rpy_gc_wb_slowpath(void *obj) {
    RPY_HDR(obj)->gcflags &= ~RPY_GCFLAG_TRACK_YOUNG;
}

Signed rpy_identity_hash(void *obj) { return (Signed)(uintptr_t)obj; }
