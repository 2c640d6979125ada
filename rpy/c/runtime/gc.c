/* gc.c -- the precise generational garbage collector of translated RPy
 * programs (the interface is the GC section of rpy.h).
 *
 * Layout of the heap:
 *
 *  - Nursery: one contiguous, zero-filled block.  Young objects are
 *    bump-allocated in it (inline fast path in rpy.h).  When it is full, a
 *    minor collection copies the live young objects into the old
 *    generation (Cheney-style: the copies themselves are the work queue)
 *    and zeroes the used part again.  Roots of a minor collection: the
 *    shadow stack, rpy_exc_value and the remembered set (old or prebuilt
 *    objects that got a pointer stored since the last minor collection:
 *    see the write barrier).
 *
 *  - Old generation: non-moving mark-sweep.  Objects up to SMALL_MAX bytes
 *    live in size-segregated pages (one size per page, free lists, pages
 *    carved out of mmap'ed arenas); larger ones are malloc'ed individually
 *    (flag EXTERNAL) with a small prefix that records their size.  A major
 *    collection (always preceded by a minor one, so the nursery is empty)
 *    marks from the shadow stack, rpy_exc_value and rpy_prebuilt_roots with
 *    an explicit, heap-allocated mark stack, then sweeps the pages and the
 *    list of external objects.  Large arrays are traced a chunk at a time
 *    (see MARK_CHUNK), so the mark stack stays small however big an array
 *    is.  Marking never writes into prebuilt objects (they may be
 *    read-only data): see prebuilt_seen.
 *
 *  - Objects larger than the "large threshold" (min(nursery/4, 64 KiB)) are
 *    malloc'ed outside the nursery, as PyPy's "young raw-malloced
 *    objects": flagged YOUNG_EXT and listed in young_ext, they are young
 *    though they never move.  The next minor collection promotes those it
 *    reaches (into the old generation, traced like a copied survivor) and
 *    frees the others, so that a temporary big string or array (`s += t`
 *    in a loop, a slice of a big list) costs neither a major collection nor
 *    room in the old generation.  They count as young bytes: past a
 *    nursery's worth, the next one first runs a minor collection.  Code
 *    that fills a fresh object may skip the write barrier (it believes the
 *    object is young): a young large object has no TRACK_YOUNG, and is
 *    traced whole when promoted.  (Between 256 and SMALL_MAX bytes, with a
 *    nursery under 2 KiB, a "large" object goes to the pages of the old
 *    generation at once and into the remembered set.)
 *
 * Environment: OURO_GC_NURSERY (bytes, "4MB"/"512KB" suffixes; default
 * 4 MiB), OURO_GC_MAJOR_COLLECT (growth factor of the old generation
 * between major collections; default 1.82; the first major happens at
 * 16 MiB at the earliest), OURO_GC_MAX (heap limit; MemoryError beyond,
 * checked after a full collection, so the old generation may overshoot it
 * by up to one nursery of survivors), OURO_GC_DEBUG (1: a line per major
 * collection on stderr, with the size of the mark stack; 2: per minor
 * too), OURO_GC_VERIFY=1 (before each minor collection, check roots and
 * that no old object outside the remembered set points into the nursery:
 * finds missing write barriers; and make the nursery just emptied
 * inaccessible until the next one: finds pointers not kept on the shadow
 * stack across an allocation),
 * OURO_GC_TEST_MARKSTACK (tests only: caps the mark stack to exercise the
 * overflow path).
 *
 * rpy_exc_value is defined here rather than in main.c because it is a GC
 * root and because the runtime's C tests link gc.c but not main.c.
 *
 * Errors: a request that cannot be satisfied (OURO_GC_MAX, malloc/mmap
 * failure, absurd size) raises MemoryError and returns NULL.  Running out
 * of memory *inside* a collection (copying survivors, growing internal
 * tables) cannot raise there, the heap being half moved: the collection
 * finishes with an emergency reserve instead, and the allocation that
 * wanted it raises MemoryError (see "the emergency reserve").
 */
#define _GNU_SOURCE
#include "rpy.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------- globals */

char *rpy_nursery_free, *rpy_nursery_top;
void **rpy_ss_top, **rpy_ss_base, **rpy_ss_limit;
rpy_gc_stats rpy_gc_stat;
void *rpy_exc_value;

/* GC pointer slots are read and written through this type: the object's
   own declaration says "struct foo *", the GC says "void *"; may_alias
   keeps gcc's type-based alias analysis from reordering the two. */
typedef void *aliased_ptr __attribute__((may_alias));
#define SLOT(slot) (*(aliased_ptr *)(slot))

#define KB ((size_t)1024)
#define MB (KB * KB)

#define SMALL_MAX        512             /* largest object kept in pages */
#define NUM_CLASSES      (SMALL_MAX / 8 + 1)
#define GC_PAGE_SIZE     (16 * KB)
#define ARENA_SIZE       (1 * MB)
#define PAGES_PER_ARENA  (ARENA_SIZE / GC_PAGE_SIZE)
#define MIN_MAJOR_THRESHOLD (16 * MB)
#define MAX_OBJ_SIZE     ((size_t)1 << 46) /* bigger requests are MemoryError at once */
#define SS_GUARD_SIZE    (64 * KB)

static int gc_initialized;
static int gc_debug;                    /* OURO_GC_DEBUG: 1 logs majors, 2 minors too */
static int gc_verify;                   /* OURO_GC_VERIFY: heap checks, guarded nursery */
static size_t nursery_size;
static char *nursery_start;
static char *nursery_area;              /* the mapping: 1 nursery, 2 halves in verify mode */
static size_t nursery_area_size;
static size_t large_threshold;

/* Card marking: an RPY_TID_ARRAY_GC array too large for the nursery gets
   one byte per CARD_ITEMS items after its items.  Once the array is old
   (after the minor collection that follows its allocation, which scans
   it whole from the remembered set), RPY_WB_ITEM marks the card of the
   item stored and queues the array once; a minor collection rescans only
   the marked cards and clears them.  Filling a big list, or a dict's big
   entry lists, then costs what the new items cost instead of a rescan of
   the whole array at every minor collection. */
#define CARD_SHIFT 7
#define CARD_ITEMS ((size_t)1 << CARD_SHIFT)
#define NUM_CARDS(length) (((length) + CARD_ITEMS - 1) >> CARD_SHIFT)
static inline uint8_t *card_table(rpy_array *a) {
    return (uint8_t *)&a->items[a->length];
}
static double major_factor = 1.82;      /* OURO_GC_MAJOR_COLLECT */
static size_t gc_max = (size_t)-1;      /* OURO_GC_MAX; -1 = unlimited */
static size_t old_bytes;                /* bytes of objects in the old generation */
static size_t next_major_threshold;
static size_t memory_pressure;          /* bytes held outside the heap by objects
                                           allocated since the last major collection */
static size_t mark_stack_limit = (size_t)-1;  /* OURO_GC_TEST_MARKSTACK (tests only) */
static void *ss_mapping; static size_t ss_mapping_size;

static void gc_fatal(const char *msg) __attribute__((noreturn));
static void gc_fatal(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "Fatal RPy error: GC: %s\n", msg);
    abort();
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---------------------------------------------------------------- vectors */

/* Growable arrays of pointers: remembered set, scan and mark stacks, list
   of external objects.  push returns 0 when it cannot grow. */
typedef struct ptrvec { void **items; size_t len, cap; } ptrvec;

static int ptrvec_reserve(ptrvec *v, size_t extra) {
    if (v->cap - v->len >= extra) return 1;
    size_t ncap = v->cap ? v->cap : 1024;
    while (ncap - v->len < extra) {
        if (ncap > ((size_t)-1) / 4 / sizeof(void *)) return 0;
        ncap *= 2;
    }
    void **n = realloc(v->items, ncap * sizeof(void *));
    if (n == NULL) return 0;
    v->items = n; v->cap = ncap;
    return 1;
}
static inline int ptrvec_push(ptrvec *v, void *p) {
    if (v->len == v->cap && !ptrvec_reserve(v, 1)) return 0;
    v->items[v->len++] = p;
    return 1;
}
static void ptrvec_free(ptrvec *v) { free(v->items); v->items = NULL; v->len = v->cap = 0; }

/* ---------------------------------------------------------------- the emergency reserve */

/* A collection that cannot get memory halfway (for survivors, the scan
   stack, an identity-hash table) cannot raise MemoryError there: objects
   are half copied, forwarding addresses written, and no exception handler
   can run on such a heap.  Neither can a write barrier or an identity hash
   (generated code calls them where nothing is checked).  So the GC holds a
   reserve: a private writable mapping it never touches, which costs address
   space and commit charge (what RLIMIT_AS, RLIMIT_DATA and strict
   overcommit limit) but no RAM.  An internal allocation that fails gives
   the reserve back to the system and retries (RETRY), so the work
   finishes.  Then, while the reserve is not held, every slow-path
   allocation (gc_alloc, alloc_large) first tries to take it back and
   raises MemoryError if it cannot: the program gets its MemoryError at
   the next allocation that needed a collection, and recovers once it has
   dropped enough memory.

   Size: a minor collection needs at most the nursery (survivors) plus
   half of it (scan stack), plus page and arena rounding; the slack covers
   ordinary growth of the tables that scale with the old generation
   (identity hashes, the remembered set, the major collection's tables).
   Needing more than that while the system refuses memory is still fatal
   (docs/design-rpy.md, "Out of memory"). */
#define RESERVE_SLACK (8 * MB)
static void *reserve_mem;
static size_t reserve_size;
static Signed reserve_releases;       /* how often it was used (OURO_GC_DEBUG) */

static int reserve_acquire(void) {
    if (reserve_mem != NULL) return 1;
    void *m = mmap(NULL, reserve_size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return 0;
    reserve_mem = m;
    return 1;
}

/* 1 if there was a reserve to give back (then retry what failed) */
static int reserve_release(void) {
    if (reserve_mem == NULL) return 0;
    munmap(reserve_mem, reserve_size);
    reserve_mem = NULL;
    reserve_releases++;
    if (gc_debug)
        fprintf(stderr, "[gc] out of memory inside the GC: emergency reserve released\n");
    return 1;
}

/* expr (an int, nonzero on success) evaluated again after releasing the reserve */
#define RETRY(expr) ((expr) || (reserve_release() && (expr)))

/* Entries the scan and mark stacks keep allocated between collections
   (128 KB); a collection that needed more frees its stack at the end. */
#define STACK_KEEP 16384

static ptrvec remembered;      /* old objects with TRACK_YOUNG cleared */
static ptrvec carded;          /* arrays with CARDS_QUEUED: a card marked since the last minor */
static ptrvec scan_stack;      /* minor collection: copied objects to trace */
static ptrvec mark_stack;      /* major collection: marked objects to trace */
static ptrvec ext_objs;        /* all EXTERNAL (malloc'ed) old objects */
static ptrvec young_ext;       /* EXTERNAL objects allocated since the last minor collection;
                                  those still flagged YOUNG_EXT were not reached (yet) */
static size_t young_ext_bytes; /* their sizes */
static int mark_stack_overflowed;

/* ---------------------------------------------------------------- types */

static void bad_object(void *p) __attribute__((noreturn));
static void bad_object(void *p) {
    char buf[160];
    snprintf(buf, sizeof buf, "corrupted heap: object %p has type id %u",
             p, (unsigned)RPY_TID(p));
    gc_fatal(buf);
}

static inline const rpy_typeinfo *typeinfo_of(void *p) {
    uint32_t tid = RPY_TID(p);
    const rpy_typeinfo *ti;
    if (tid >= (Unsigned)rpy_typetable_length || (ti = rpy_typetable[tid]) == NULL)
        bad_object(p);
    return ti;
}

/* Every object is a multiple of 8 bytes and at least 16: a forwarded
   nursery object needs the word after its header for the new address,
   and a free chunk in a page needs it for the free-list link. */
static inline size_t round_size(size_t s) {
    s = (s + 7) & ~(size_t)7;
    return s < 16 ? 16 : s;
}

static inline size_t obj_size(void *p, const rpy_typeinfo *ti) {
    size_t s = (size_t)ti->fixedsize;
    if (ti->itemsize) {
        Signed len = *(Signed *)((char *)p + ti->length_ofs);
        size_t v = (size_t)ti->items_ofs + (size_t)len * (size_t)ti->itemsize;
        if (v > s) s = v;
    }
    return round_size(s);
}

static inline int has_gcptrs(const rpy_typeinfo *ti) {
    return ti->custom_trace != NULL
        || (ti->gcptr_ofs != NULL && ti->gcptr_ofs[0] >= 0)
        || (ti->itemsize != 0 && ti->items_are_gcptrs);
}

/* Calls visit on every GC pointer slot of obj.  static inline so that the
   minor and major loops get their visitor inlined. */
static inline void trace_obj(void *obj, const rpy_typeinfo *ti, void (*visit)(void **)) {
    if (ti->custom_trace) { ti->custom_trace(obj, visit); return; }
    if (ti->gcptr_ofs)
        for (const Signed *o = ti->gcptr_ofs; *o >= 0; o++)
            visit((void **)((char *)obj + *o));
    if (ti->itemsize && ti->items_are_gcptrs) {
        Signed len = *(Signed *)((char *)obj + ti->length_ofs);
        char *it = (char *)obj + ti->items_ofs;
        for (Signed i = 0; i < len; i++, it += ti->itemsize)
            visit((void **)it);
    }
}

/* ---------------------------------------------------------------- old generation: pages */

/* A page holds objects of one size.  Page descriptors live apart from the
   page memory, so an empty page can be given back to the OS (madvise)
   without losing its bookkeeping. */
typedef struct page_desc {
    struct page_desc *next;   /* in its size class's list, or in the free pool */
    char *mem;
    uint32_t objsize, nobjs;
} page_desc;

typedef struct arena {
    struct arena *next;
    char *base;
    page_desc pages[PAGES_PER_ARENA];
} arena;

static arena *arenas;
static page_desc *free_pages;                 /* pool of empty pages */
static page_desc *class_pages[NUM_CLASSES];   /* pages in use, per size class */
static void *class_free[NUM_CLASSES];         /* free chunks (header 0, link in word 1) */
static size_t npages_in_use;

static int new_arena(void) {
    arena *a = malloc(sizeof(arena));
    if (a == NULL) return 0;
    void *m = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) { free(a); return 0; }
    a->base = m;
    a->next = arenas; arenas = a;
    for (int i = PAGES_PER_ARENA - 1; i >= 0; i--) {
        a->pages[i].mem = a->base + (size_t)i * GC_PAGE_SIZE;
        a->pages[i].objsize = 0;
        a->pages[i].next = free_pages;
        free_pages = &a->pages[i];
    }
    return 1;
}

/* Gives size class cls a fresh page and threads its chunks on the free list. */
static int refill_class(size_t cls) {
    if (free_pages == NULL && !new_arena()) return 0;
    page_desc *pg = free_pages;
    free_pages = pg->next;
    size_t os = cls * 8;
    pg->objsize = (uint32_t)os;
    pg->nobjs = (uint32_t)(GC_PAGE_SIZE / os);
    pg->next = class_pages[cls];
    class_pages[cls] = pg;
    npages_in_use++;
    void *head = class_free[cls];
    for (size_t i = pg->nobjs; i-- > 0; ) {
        char *c = pg->mem + i * os;
        ((rpy_hdr *)c)->tid = 0; ((rpy_hdr *)c)->gcflags = 0;
        SLOT(c + 8) = head;
        head = c;
    }
    class_free[cls] = head;
    return 1;
}

static inline void *alloc_small(size_t size) {
    size_t cls = size / 8;
    void *p = class_free[cls];
    if (p == NULL) {
        if (!refill_class(cls)) return NULL;
        p = class_free[cls];
    }
    class_free[cls] = SLOT((char *)p + 8);
    old_bytes += size;
    return p;
}

/* ---------------------------------------------------------------- old generation: external objects */

typedef struct ext_prefix { size_t size; size_t pad; } ext_prefix;  /* keeps 16-byte alignment */
#define EXT_PREFIX(obj) ((ext_prefix *)(obj) - 1)

static void *alloc_ext(size_t size, int zero) {
    if (!ptrvec_reserve(&ext_objs, 1)) return NULL;
    ext_prefix *x = zero ? calloc(1, sizeof(ext_prefix) + size)
                         : malloc(sizeof(ext_prefix) + size);
    if (x == NULL) return NULL;
    x->size = size;
    ext_objs.items[ext_objs.len++] = x + 1;
    old_bytes += size;
    return x + 1;
}

/* A young large object (alloc_young_ext) joins the old generation: reached
   by a minor collection, or registered with a finalizer queue.  (Its entry
   in ext_objs cannot be reserved at its allocation: the survivors that the
   same minor collection copies out of the nursery take entries too.) */
static void young_ext_to_old(void *p) {
    if (!RETRY(ptrvec_push(&ext_objs, p)))
        gc_fatal("out of memory (list of large objects)");
    RPY_HDR(p)->gcflags &= ~RPY_GCFLAG_YOUNG_EXT;
    old_bytes += EXT_PREFIX(p)->size;
}

/* Memory for a nursery survivor: no zeroing needed, the copy fills it. */
static void *alloc_old_for_copy(size_t size, uint32_t *extflag) {
    void *p;
    for (;;) {
        if (size <= SMALL_MAX) { p = alloc_small(size); *extflag = 0; }
        else { p = alloc_ext(size, 0); *extflag = RPY_GCFLAG_EXTERNAL; }
        if (p != NULL || !reserve_release()) break;
    }
    if (p == NULL) gc_fatal("out of memory while copying nursery survivors (emergency reserve used up)");
    return p;
}

/* ---------------------------------------------------------------- identity hashes */

/* Young objects move, so their identity hash cannot come from their
   address.  The first rpy_identity_hash() of a young object draws a value
   from a counter and records it in young_hashes (address -> hash).  A
   minor collection moves the entries of survivors to old_hashes, keyed by
   the new address, and drops the others; a major collection drops the
   entries of dead objects.  An old object not in old_hashes hashes by its
   (stable) address. */
typedef struct hentry { uintptr_t key; Signed value; } hentry;
typedef struct htable { hentry *t; size_t mask, count; } htable;
static htable young_hashes, old_hashes;
static Unsigned hash_counter;

static inline size_t ht_slot(const htable *h, uintptr_t key) {
    uint64_t x = (uint64_t)(key >> 3) * 0x9E3779B97F4A7C15ull;
    return (size_t)(x ^ (x >> 29)) & h->mask;
}
static Signed *ht_lookup(htable *h, uintptr_t key) {
    if (h->t == NULL) return NULL;
    for (size_t i = ht_slot(h, key); ; i = (i + 1) & h->mask) {
        if (h->t[i].key == key) return &h->t[i].value;
        if (h->t[i].key == 0) return NULL;
    }
}
static int ht_insert(htable *h, uintptr_t key, Signed value);
static int ht_grow(htable *h) {
    size_t ncap = h->t ? (h->mask + 1) * 2 : 64;
    hentry *old = h->t; size_t oldcap = h->t ? h->mask + 1 : 0;
    hentry *n = calloc(ncap, sizeof(hentry));
    if (n == NULL) return 0;
    h->t = n; h->mask = ncap - 1; h->count = 0;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].key) ht_insert(h, old[i].key, old[i].value);
    free(old);
    return 1;
}
static int ht_insert(htable *h, uintptr_t key, Signed value) {
    if (h->t == NULL || (h->count + 1) * 2 > h->mask + 1)
        if (!ht_grow(h)) return 0;
    size_t i = ht_slot(h, key);
    while (h->t[i].key != 0 && h->t[i].key != key) i = (i + 1) & h->mask;
    if (h->t[i].key == 0) h->count++;
    h->t[i].key = key; h->t[i].value = value;
    return 1;
}
static void ht_clear(htable *h) {
    if (h->count) memset(h->t, 0, (h->mask + 1) * sizeof(hentry));
    h->count = 0;
}
static void ht_free(htable *h) { free(h->t); h->t = NULL; h->mask = h->count = 0; }

static inline int in_nursery(const void *p) {
    return (uintptr_t)p - (uintptr_t)nursery_start < nursery_size;
}

/* The number recorded for a young object: the counter times an odd
   constant modulo 2^62 (a bijection: distinct for 2^62 objects), with
   bit 62 set, so that it never equals an address (unique ids of old
   objects, rpy_unique_id). */
static Signed young_number(uintptr_t a) {
    Signed *v = ht_lookup(&young_hashes, a);
    if (v) return *v;
    Signed h = (Signed)(((++hash_counter * 0x9E3779B97F4A7C15ull) & (((Unsigned)1 << 62) - 1))
                        | ((Unsigned)1 << 62));
    if (!RETRY(ht_insert(&young_hashes, a, h)))
        gc_fatal("out of memory (identity hash table)");
    return h;
}

Signed rpy_identity_hash(void *obj) {
    if (obj == NULL) return 0;
    uintptr_t a = (uintptr_t)obj;
    if (in_nursery(obj)) return young_number(a);
    if (old_hashes.count) {
        Signed *v = ht_lookup(&old_hashes, a);
        if (v) return *v;
    }
    return (Signed)(a >> 4);
}

/* Like the identity hash, but an old object's own number is its address:
   unique among live objects (the young numbers have bit 62 set). */
Signed rpy_unique_id(void *obj) {
    if (obj == NULL) return 0;
    uintptr_t a = (uintptr_t)obj;
    if (in_nursery(obj)) return young_number(a);
    if (old_hashes.count) {
        Signed *v = ht_lookup(&old_hashes, a);
        if (v) return *v;
    }
    return (Signed)a;
}

/* ---------------------------------------------------------------- weak references, finalizer queues */

/* Weak references: every rpy_weakref is made by rpy_weakref_create, which
   lists it in young_weakrefs (it is born in the nursery).  Its typeinfo has
   no GC pointers, so tracing never follows target.  After a minor
   collection has copied everything reachable (and resurrected the dead
   registered objects, below), each listed weakref that survived moves to
   old_weakrefs with its target updated (copied) or cleared (dead); a
   major collection, after marking, clears the targets of old_weakrefs that
   are unmarked and drops the weakrefs that are.  Only the lists are walked:
   a collection with no weak references pays one length test.

   Finalizer queues: registered objects are listed (address with the queue
   number in the 3 low bits, objects being 8-aligned) in fin_young or
   fin_old and flagged RPY_GCFLAG_FINALIZER (registering twice does
   nothing).  A collection first traces from the roots as usual; the listed
   objects it did not reach are dead: each is then traced too (kept alive
   with what it references), unflagged, unlisted and appended to its
   queue.  The queues are roots of major collections until the program
   takes the objects (rpy_fq_next_dead).  Weak references are processed
   after this resurrection, so a weakref to a queued object stays set until
   the object dies for good, at a later collection (PyPy does the same). */
#define FQ_MAX 8
static ptrvec young_weakrefs, old_weakrefs;
static ptrvec fin_young, fin_old;
static ptrvec fq_dead[FQ_MAX];
static size_t fq_head[FQ_MAX];       /* next_dead reads fq_dead[q] from here */
static ptrvec fin_tmp;               /* a collection's dead registered objects */
Signed rpy_fq_pending;

static const Signed weakref_no_ptrs[] = { -1 };
const rpy_typeinfo rpy_ti_weakref = { "weakref", sizeof(rpy_weakref), 0, 0, 0,
                                      weakref_no_ptrs, 0, NULL };

rpy_weakref *rpy_weakref_create(void *target) {
    /* the list entry first: once the object exists nothing may fail */
    if (!ptrvec_reserve(&young_weakrefs, 1)) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    RPY_PUSH(target);
    rpy_weakref *w = rpy_malloc_fixed(RPY_TID_WEAKREF, sizeof(rpy_weakref));
    RPY_POP(void *, target);
    if (w == NULL) return NULL;
    /* weakrefs are small, always born young; the slot reserved above
       survives a collection in the allocation (it only resets len) */
    young_weakrefs.items[young_weakrefs.len++] = w;
    w->target = target;         /* no barrier: target is not traced */
    return w;
}

void rpy_fq_register(Signed q, void *obj) {
    if (obj == NULL) return;
    rpy_hdr *h = obj;
    if (h->gcflags & (RPY_GCFLAG_FINALIZER | RPY_GCFLAG_PREBUILT)) return;
    if (!ptrvec_reserve(&remembered, 1) ||
        !ptrvec_push(in_nursery(obj) ? &fin_young : &fin_old,
                     (void *)((uintptr_t)obj | (uintptr_t)q))) {
        rpy_raise(RPY_EXC_MemoryError, "");
        return;
    }
    if (h->gcflags & RPY_GCFLAG_YOUNG_EXT) {
        /* fin_old lists old objects only: it becomes one now, and the
           remembered set has it traced at the next minor collection */
        young_ext_to_old(obj);
        remembered.items[remembered.len++] = obj;
    }
    h->gcflags |= RPY_GCFLAG_FINALIZER;
}

void *rpy_fq_next_dead(Signed q) {
    ptrvec *v = &fq_dead[q];
    if (fq_head[q] >= v->len) return NULL;
    void *obj = v->items[fq_head[q]++];
    if (fq_head[q] == v->len) { v->len = 0; fq_head[q] = 0; }
    rpy_fq_pending--;
    return obj;
}

static void fq_enqueue(void *obj, uintptr_t q) {
    RPY_HDR(obj)->gcflags &= ~RPY_GCFLAG_FINALIZER;
    if (!RETRY(ptrvec_push(&fq_dead[q], obj)))
        gc_fatal("out of memory (finalizer queue)");
    rpy_fq_pending++;
    /* the program's safe-point flag (rsignal.pending()), which its eval
       loop polls anyway: queued objects cost the loop no extra test */
    rpy_signal_pending_flag = 1;
}

#define FQ_OBJ(e) ((void *)((uintptr_t)(e) & ~(uintptr_t)7))
#define FQ_NUM(e) ((uintptr_t)(e) & 7)

static void minor_collection(void);

/* Queues every object registered in queue q, dead or alive, oldest
   registrations first (the end of a program that finalizes what is left).
   A minor collection first empties fin_young (if needed: at the exit of
   `ouro -c pass` it would cost 15% of the run): the queues hold old objects
   only (they are roots of major collections, not updated by minor ones). */
void rpy_fq_enqueue_all(Signed q) {
    if (!gc_initialized) rpy_gc_init();
    if (fin_young.len) minor_collection();   /* (a program's exit: often none) */
    size_t j = 0;
    for (size_t i = 0; i < fin_old.len; i++) {
        void *e = fin_old.items[i];
        if (FQ_NUM(e) == (uintptr_t)q) fq_enqueue(FQ_OBJ(e), FQ_NUM(e));
        else fin_old.items[j++] = e;
    }
    fin_old.len = j;
}

/* ---------------------------------------------------------------- minor collection */

static void *copy_young(void *p) {
    rpy_hdr *h = p;
    if (h->gcflags & RPY_GCFLAG_FORWARDED) return SLOT((char *)p + 8);
    const rpy_typeinfo *ti = typeinfo_of(p);
    size_t size = obj_size(p, ti);
    uint32_t ext;
    void *q = alloc_old_for_copy(size, &ext);
    memcpy(q, p, size);
    RPY_HDR(q)->gcflags = RPY_GCFLAG_OLD | RPY_GCFLAG_TRACK_YOUNG | ext;
    h->gcflags |= RPY_GCFLAG_FORWARDED;
    SLOT((char *)p + 8) = q;
    if (has_gcptrs(ti) && !RETRY(ptrvec_push(&scan_stack, q)))
        gc_fatal("out of memory (minor collection scan stack)");
    return q;
}

static void minor_visit(void **slot) {
    void *p = SLOT(slot);
    if (in_nursery(p)) SLOT(slot) = copy_young(p);
    else if (young_ext.len && p != NULL && (RPY_HDR(p)->gcflags & RPY_GCFLAG_YOUNG_EXT)) {
        young_ext_to_old(p);
        RPY_HDR(p)->gcflags |= RPY_GCFLAG_TRACK_YOUNG;     /* stores need the barrier now */
        if (has_gcptrs(typeinfo_of(p)) && !RETRY(ptrvec_push(&scan_stack, p)))
            gc_fatal("out of memory (minor collection scan stack)");
    }
}

/* The minor collection's end: the young large objects it did not reach are
   dead. */
static void free_young_ext(void) {
    for (size_t i = 0; i < young_ext.len; i++) {
        void *p = young_ext.items[i];
        if (RPY_HDR(p)->gcflags & RPY_GCFLAG_YOUNG_EXT) free(EXT_PREFIX(p));
    }
    young_ext.len = 0;
    young_ext_bytes = 0;
}

/* A queued array with cards: its marked cards' items (unless a plain
   RPY_WB put it in the remembered set meanwhile: then it was traced
   whole), and the cards cleared. */
static void minor_visit_cards(void *obj) {
    rpy_array *a = obj;
    uint8_t *cards = card_table(a);
    size_t n = (size_t)a->length, ncards = NUM_CARDS(n);
    int traced = !(RPY_HDR(a)->gcflags & RPY_GCFLAG_TRACK_YOUNG);
    for (size_t c = 0; c < ncards; c++) {
        if (!cards[c]) continue;
        cards[c] = 0;
        if (traced) continue;
        size_t end = (c + 1) * CARD_ITEMS < n ? (c + 1) * CARD_ITEMS : n;
        for (size_t j = c * CARD_ITEMS; j < end; j++) minor_visit(&a->items[j].p);
    }
    RPY_HDR(a)->gcflags &= ~RPY_GCFLAG_CARDS_QUEUED;
}

/* Minor collection, after tracing from the roots: the young registered
   objects not copied are dead; copy them (and what they reach) and queue
   them; the survivors' entries move to fin_old with the new address. */
static void minor_finalizers(void) {
    fin_tmp.len = 0;
    for (size_t i = 0; i < fin_young.len; i++) {
        void *e = fin_young.items[i], *p = FQ_OBJ(e);
        if (RPY_HDR(p)->gcflags & RPY_GCFLAG_FORWARDED) {
            void *q = SLOT((char *)p + 8);
            RPY_HDR(q)->gcflags |= RPY_GCFLAG_FINALIZER;   /* the copy lost it */
            if (!RETRY(ptrvec_push(&fin_old, (void *)((uintptr_t)q | FQ_NUM(e)))))
                gc_fatal("out of memory (finalizer list)");
        } else if (!RETRY(ptrvec_push(&fin_tmp, e))) {
            gc_fatal("out of memory (finalizer list)");
        }
    }
    fin_young.len = 0;
    for (size_t i = 0; i < fin_tmp.len; i++) {
        void *e = fin_tmp.items[i];
        void *q = copy_young(FQ_OBJ(e));
        fq_enqueue(q, FQ_NUM(e));
    }
    fin_tmp.len = 0;
    while (scan_stack.len) {
        void *obj = scan_stack.items[--scan_stack.len];
        trace_obj(obj, typeinfo_of(obj), minor_visit);
    }
}

/* Minor collection, at the end (forwarding addresses still readable). */
static void minor_weakrefs(void) {
    for (size_t i = 0; i < young_weakrefs.len; i++) {
        void *w = young_weakrefs.items[i];
        if (!(RPY_HDR(w)->gcflags & RPY_GCFLAG_FORWARDED)) continue;   /* died */
        rpy_weakref *nw = SLOT((char *)w + 8);
        void *t = nw->target;
        if (t != NULL && in_nursery(t))
            nw->target = (RPY_HDR(t)->gcflags & RPY_GCFLAG_FORWARDED) ? SLOT((char *)t + 8) : NULL;
        else if (t != NULL && (RPY_HDR(t)->gcflags & RPY_GCFLAG_YOUNG_EXT))
            nw->target = NULL;          /* a young large object not reached: freed below */
        if (!RETRY(ptrvec_push(&old_weakrefs, nw)))
            gc_fatal("out of memory (weak reference list)");
    }
    young_weakrefs.len = 0;
}

static void update_peak(void) {
    Signed in_heap = (Signed)(old_bytes + young_ext_bytes);
    if (in_heap > rpy_gc_stat.peak_mem) rpy_gc_stat.peak_mem = in_heap;
}

/* ---- OURO_GC_VERIFY=1: heap checks that point at translator bugs */

static void *verify_current;     /* object being verified (for messages) */

static void verify_slot(void **slot) {
    void *p = SLOT(slot);
    if (p == NULL) return;
    if (in_nursery(p) || (RPY_HDR(p)->gcflags & RPY_GCFLAG_YOUNG_EXT)) {
        char buf[256];
        snprintf(buf, sizeof buf, "missing write barrier: old object %p (%s) has a pointer "
                 "to young object %p at offset %ld", verify_current,
                 typeinfo_of(verify_current)->name, p,
                 (long)((char *)slot - (char *)verify_current));
        gc_fatal(buf);
    }
    (void)typeinfo_of(p);        /* dies on a pointer to garbage */
}

static void verify_old(void *obj) {
    if (!(RPY_HDR(obj)->gcflags & RPY_GCFLAG_TRACK_YOUNG)) return;  /* remembered */
    verify_current = obj;
    if (RPY_HDR(obj)->gcflags & RPY_GCFLAG_CARDS) {
        /* young pointers are allowed in the marked cards of a queued array */
        rpy_array *a = obj;
        int queued = (RPY_HDR(obj)->gcflags & RPY_GCFLAG_CARDS_QUEUED) != 0;
        for (size_t j = 0; j < (size_t)a->length; j++)
            if (!(queued && card_table(a)[j >> CARD_SHIFT])) verify_slot(&a->items[j].p);
        return;
    }
    trace_obj(obj, typeinfo_of(obj), verify_slot);
}

/* Every root must be NULL or an object; every old object that is not in
   the remembered set must not point into the nursery. O(heap): debug only. */
static void verify_root(void **s) {
    char *other = nursery_start == nursery_area ? nursery_area + nursery_size : nursery_area;
    if (*s == NULL) return;
    if ((uintptr_t)*s - (uintptr_t)other < nursery_size) {
        char buf[200];
        snprintf(buf, sizeof buf, "stale pointer %p in a root (shadow stack slot %ld of the "
                 "running thread, or another thread's): the object moved in an earlier "
                 "collection", *s, (long)(s - rpy_ss_base));
        gc_fatal(buf);
    }
    (void)typeinfo_of(*s);
}

/* calls fn on every old object: the prebuilt objects that have GC
   pointers, the pages' objects, the external objects (after a minor
   collection, every object; after a major one, every live object) */
static void heap_walk(void (*fn)(void *)) {
    for (void *const *r = rpy_prebuilt_roots; *r; r++) fn(*r);
    for (size_t cls = 0; cls < NUM_CLASSES; cls++)
        for (page_desc *pg = class_pages[cls]; pg; pg = pg->next)
            for (uint32_t i = 0; i < pg->nobjs; i++) {
                char *obj = pg->mem + (size_t)i * pg->objsize;
                if (RPY_TID(obj) != 0) fn(obj);
            }
    for (size_t i = 0; i < ext_objs.len; i++) fn(ext_objs.items[i]);
}

static void verify_heap(void) {
    for (void **s = rpy_ss_base; s < rpy_ss_top; s++) verify_root(s);
    verify_root(&rpy_thread_local);
    rpy_threads_trace(verify_root);
    heap_walk(verify_old);
}

/* Verify mode keeps two nurseries and makes the one just emptied
   inaccessible until the next minor collection: a pointer to a moved
   object that generated code failed to keep on the shadow stack then
   faults where it is used, instead of reading whatever comes next. */
static void switch_nursery_half(void) {
    char *other = nursery_start == nursery_area ? nursery_area + nursery_size : nursery_area;
    if (mprotect(other, nursery_size, PROT_READ | PROT_WRITE) != 0)
        gc_fatal("mprotect failed (OURO_GC_VERIFY)");
    mprotect(nursery_start, nursery_size, PROT_NONE);
    nursery_start = other;
}

static void minor_collection(void) {
    double t0 = now_seconds();
    char *used_end = rpy_nursery_free;
    if (gc_verify) verify_heap();

    for (void **s = rpy_ss_base; s < rpy_ss_top; s++) minor_visit(s);
    minor_visit(&rpy_exc_value);
    minor_visit(&rpy_thread_local);
    rpy_threads_trace(minor_visit);   /* the other threads' saved roots */
    for (size_t i = 0; i < remembered.len; i++) {
        void *obj = remembered.items[i];
        trace_obj(obj, typeinfo_of(obj), minor_visit);
    }
    for (size_t i = 0; i < carded.len; i++) minor_visit_cards(carded.items[i]);
    carded.len = 0;
    while (scan_stack.len) {
        void *obj = scan_stack.items[--scan_stack.len];
        trace_obj(obj, typeinfo_of(obj), minor_visit);
    }
    if (fin_young.len) minor_finalizers();
    if (young_weakrefs.len) minor_weakrefs();
    if (young_ext.len) free_young_ext();

    /* identity hashes of young objects follow them (or die with them);
       must run before the nursery is zeroed, it reads the forwarding */
    if (young_hashes.count) {
        for (size_t i = 0; i <= young_hashes.mask; i++) {
            hentry *e = &young_hashes.t[i];
            if (e->key == 0) continue;
            void *p = (void *)e->key;
            if (RPY_HDR(p)->gcflags & RPY_GCFLAG_FORWARDED)
                if (!RETRY(ht_insert(&old_hashes, (uintptr_t)SLOT((char *)p + 8), e->value)))
                    gc_fatal("out of memory (identity hash table)");
        }
        ht_clear(&young_hashes);
    }

    for (size_t i = 0; i < remembered.len; i++)
        RPY_HDR(remembered.items[i])->gcflags |= RPY_GCFLAG_TRACK_YOUNG;
    remembered.len = 0;
    /* an unusual minor collection (a big nursery full of survivors) may
       have grown it: do not keep that memory until the end.  (Not the
       remembered set: alloc_large reserves a slot in it across a
       collection.) */
    if (scan_stack.cap > STACK_KEEP) ptrvec_free(&scan_stack);

    memset(nursery_start, 0, (size_t)(used_end - nursery_start));
    if (gc_verify) switch_nursery_half();
    rpy_nursery_free = nursery_start;
    rpy_nursery_top = nursery_start + nursery_size;

    update_peak();
    rpy_gc_stat.minor_collections++;
    double dt = now_seconds() - t0;
    rpy_gc_stat.total_gc_time += dt;
    if (gc_debug >= 2)
        fprintf(stderr, "[gc] minor collection %ld: old generation %.2f MB, %.3f ms\n",
                rpy_gc_stat.minor_collections, old_bytes / (double)MB, dt * 1e3);
}

/* ---------------------------------------------------------------- major collection */

/* Prebuilt objects are never written to by marking: the translator may
   put immutable ones in read-only memory.  Those without GC pointers need
   nothing; the others (normally all in rpy_prebuilt_roots) are traced once
   per major collection, remembered in this set instead of by a mark bit. */
static htable prebuilt_seen;

/* Marking runs in bounded extra memory.  The mark stack holds objects
   still to trace and, for var-sized objects whose items are GC pointers,
   continuations: a large array is traced MARK_CHUNK items per visit, and
   before pushing the children of a chunk the array is pushed again with
   the index to resume at (two entries: the index, then the object with its
   low bit set).  The children, above it, are traced before the array goes
   on, so an array of a million objects costs the mark stack about
   MARK_CHUNK entries instead of a million.  (A custom_trace object, such
   as a dict's entries, cannot be split and is traced in one go.)  Deep
   linked structures still grow the stack; past mark_stack_limit, or when
   the stack cannot grow, entries are dropped and mark_rescan() recovers. */
#define MARK_CHUNK 256
#define CONT_TAG ((uintptr_t)1)

static inline int chunked_type(const rpy_typeinfo *ti) {
    return ti->custom_trace == NULL && ti->itemsize != 0 && ti->items_are_gcptrs;
}

static void mark_obj(void *p) {
    rpy_hdr *h = p;
    uint32_t flags = h->gcflags;
    if (flags & RPY_GCFLAG_MARKED) return;
    const rpy_typeinfo *ti = typeinfo_of(p);
    if (flags & RPY_GCFLAG_PREBUILT) {
        if (!has_gcptrs(ti) || ht_lookup(&prebuilt_seen, (uintptr_t)p)) return;
        if (!RETRY(ht_insert(&prebuilt_seen, (uintptr_t)p, 1)))
            gc_fatal("out of memory (major collection)");
    } else {
        h->gcflags = flags | RPY_GCFLAG_MARKED;
        if (!has_gcptrs(ti)) return;
    }
    /* A full (or test-limited) mark stack is not fatal: the object stays
       marked but untraced, and mark_rescan() finds it again. */
    if (mark_stack.len >= mark_stack_limit || !ptrvec_push(&mark_stack, p))
        mark_stack_overflowed = 1;
}

static void mark_visit(void **slot) {
    void *p = SLOT(slot);
    if (p != NULL) mark_obj(p);
}

/* Pushes "trace obj from item index next on": 0 if there is no room. */
static int push_continuation(void *obj, Signed next) {
    if (mark_stack.len + 2 > mark_stack_limit || !ptrvec_reserve(&mark_stack, 2)) return 0;
    mark_stack.items[mark_stack.len++] = (void *)(uintptr_t)next;
    mark_stack.items[mark_stack.len++] = (void *)((uintptr_t)obj | CONT_TAG);
    return 1;
}

/* Visits the fixed part's pointers (when start == 0), then items [start,
   end) of a chunked_type object. */
static inline void mark_items(void *obj, const rpy_typeinfo *ti, Signed start, Signed end) {
    if (start == 0 && ti->gcptr_ofs)
        for (const Signed *o = ti->gcptr_ofs; *o >= 0; o++)
            mark_visit((void **)((char *)obj + *o));
    char *it = (char *)obj + ti->items_ofs + (size_t)start * (size_t)ti->itemsize;
    for (Signed i = start; i < end; i++, it += ti->itemsize)
        mark_visit((void **)it);
}

/* Traces obj from item start on (start > 0: a continuation). */
static void mark_scan(void *obj, Signed start) {
    const rpy_typeinfo *ti = typeinfo_of(obj);
    if (!chunked_type(ti)) { trace_obj(obj, ti, mark_visit); return; }
    Signed len = *(Signed *)((char *)obj + ti->length_ofs);
    Signed end = len;
    if (len - start > MARK_CHUNK) {
        end = start + MARK_CHUNK;
        /* the continuation goes below this chunk's children; without room
           for it the rest of the items wait for mark_rescan(), which
           traces every marked object in full */
        if (!push_continuation(obj, end)) mark_stack_overflowed = 1;
    }
    mark_items(obj, ti, start, end);
}

static void mark_drain(void) {
    while (mark_stack.len) {
        uintptr_t e = (uintptr_t)mark_stack.items[--mark_stack.len];
        if (e & CONT_TAG) {
            Signed next = (Signed)(uintptr_t)mark_stack.items[--mark_stack.len];
            mark_scan((void *)(e & ~CONT_TAG), next);
        } else {
            mark_scan((void *)e, 0);
        }
    }
}

/* Traces a marked (or prebuilt and seen) object in full, chunk by chunk,
   draining after each chunk: needs no room on the mark stack for itself. */
static void rescan_one(void *obj) {
    if (!(RPY_HDR(obj)->gcflags & (RPY_GCFLAG_MARKED | RPY_GCFLAG_PREBUILT))) return;
    const rpy_typeinfo *ti = typeinfo_of(obj);
    if (!chunked_type(ti)) {
        trace_obj(obj, ti, mark_visit);
        mark_drain();
        return;
    }
    Signed len = *(Signed *)((char *)obj + ti->length_ofs), start = 0;
    do {
        Signed end = len - start > MARK_CHUNK ? start + MARK_CHUNK : len;
        mark_items(obj, ti, start, end);
        mark_drain();
        start = end;
    } while (start < len);
}

/* After an overflow of the mark stack: trace every marked object again,
   which reaches whatever the dropped entries would have. Slow but rare. */
static void mark_rescan(void) {
    while (mark_stack_overflowed) {
        mark_stack_overflowed = 0;
        for (size_t cls = 0; cls < NUM_CLASSES; cls++)
            for (page_desc *pg = class_pages[cls]; pg; pg = pg->next)
                for (uint32_t i = 0; i < pg->nobjs; i++) {
                    char *obj = pg->mem + (size_t)i * pg->objsize;
                    if (RPY_TID(obj) != 0) rescan_one(obj);
                }
        for (size_t i = 0; i < ext_objs.len; i++) rescan_one(ext_objs.items[i]);
        /* (tracing may add to prebuilt_seen, which may then be rebuilt:
           walk a snapshot) */
        size_t n = prebuilt_seen.count, k = 0;
        void **snap = n ? malloc(n * sizeof(void *)) : NULL;
        if (n && snap == NULL && reserve_release()) snap = malloc(n * sizeof(void *));
        if (n && snap == NULL) gc_fatal("out of memory (major collection)");
        for (size_t i = 0; n && i <= prebuilt_seen.mask; i++)
            if (prebuilt_seen.t[i].key) snap[k++] = (void *)prebuilt_seen.t[i].key;
        for (size_t i = 0; i < k; i++) rescan_one(snap[i]);
        free(snap);
    }
}

static size_t sweep_pages(void) {
    size_t freed = 0;
    for (size_t cls = 0; cls < NUM_CLASSES; cls++) {
        page_desc **pp = &class_pages[cls];
        void *flist = NULL;
        while (*pp) {
            page_desc *pg = *pp;
            size_t os = pg->objsize;
            void *phead = NULL, *ptail = NULL;
            uint32_t nfree = 0;
            for (uint32_t i = pg->nobjs; i-- > 0; ) {
                char *obj = pg->mem + (size_t)i * os;
                rpy_hdr *h = (rpy_hdr *)obj;
                if (h->tid != 0) {
                    if (h->gcflags & RPY_GCFLAG_MARKED) { h->gcflags &= ~RPY_GCFLAG_MARKED; continue; }
                    h->tid = 0; h->gcflags = 0;      /* dead: becomes a free chunk */
                    freed += os;
                }
                SLOT(obj + 8) = phead;
                if (phead == NULL) ptail = obj;
                phead = obj;
                nfree++;
            }
            if (nfree == pg->nobjs) {
                /* wholly empty page: back to the pool, memory back to the OS */
                *pp = pg->next;
                madvise(pg->mem, GC_PAGE_SIZE, MADV_DONTNEED);
                pg->objsize = 0;
                pg->next = free_pages; free_pages = pg;
                npages_in_use--;
            } else {
                if (phead) { SLOT((char *)ptail + 8) = flist; flist = phead; }
                pp = &pg->next;
            }
        }
        class_free[cls] = flist;
    }
    return freed;
}

static size_t sweep_external(void) {
    size_t freed = 0, j = 0;
    for (size_t i = 0; i < ext_objs.len; i++) {
        void *obj = ext_objs.items[i];
        if (RPY_HDR(obj)->gcflags & RPY_GCFLAG_MARKED) {
            RPY_HDR(obj)->gcflags &= ~RPY_GCFLAG_MARKED;
            ext_objs.items[j++] = obj;
        } else {
            freed += EXT_PREFIX(obj)->size;
            free(EXT_PREFIX(obj));
        }
    }
    ext_objs.len = j;
    return freed;
}

static void purge_old_hashes(void) {
    if (old_hashes.count == 0) return;
    htable nt = { NULL, 0, 0 };
    for (size_t i = 0; i <= old_hashes.mask; i++) {
        hentry *e = &old_hashes.t[i];
        if (e->key && (RPY_HDR((void *)e->key)->gcflags & RPY_GCFLAG_MARKED))
            if (!RETRY(ht_insert(&nt, e->key, e->value)))
                gc_fatal("out of memory (identity hash table)");
    }
    ht_free(&old_hashes);
    old_hashes = nt;
}

static inline int survives_major(void *p) {
    return (RPY_HDR(p)->gcflags & (RPY_GCFLAG_MARKED | RPY_GCFLAG_PREBUILT)) != 0;
}

/* Major collection, after marking from the roots: the unmarked registered
   objects are dead; mark them (and what they reach) and queue them. */
static void major_finalizers(void) {
    fin_tmp.len = 0;
    size_t j = 0;
    for (size_t i = 0; i < fin_old.len; i++) {
        void *e = fin_old.items[i];
        if (survives_major(FQ_OBJ(e))) fin_old.items[j++] = e;
        else if (!RETRY(ptrvec_push(&fin_tmp, e))) gc_fatal("out of memory (finalizer list)");
    }
    fin_old.len = j;
    for (size_t i = 0; i < fin_tmp.len; i++) {
        void *e = fin_tmp.items[i];
        mark_obj(FQ_OBJ(e));
        mark_drain();
        fq_enqueue(FQ_OBJ(e), FQ_NUM(e));
    }
    fin_tmp.len = 0;
    mark_rescan();
}

/* Major collection, after all marking: clear weakrefs to unmarked objects,
   forget the unmarked weakrefs (they are swept). */
static void major_weakrefs(void) {
    size_t j = 0;
    for (size_t i = 0; i < old_weakrefs.len; i++) {
        rpy_weakref *w = old_weakrefs.items[i];
        if (!survives_major(w)) continue;
        if (w->target != NULL && !survives_major(w->target)) w->target = NULL;
        old_weakrefs.items[j++] = w;
    }
    old_weakrefs.len = j;
}

static void set_major_threshold(void) {
    double t = (double)old_bytes * major_factor;
    size_t th = t > (double)((size_t)-1 / 2) ? (size_t)-1 / 2 : (size_t)t;
    if (th < MIN_MAJOR_THRESHOLD) th = MIN_MAJOR_THRESHOLD;
    if (th > gc_max) th = gc_max;
    next_major_threshold = th;
}

static void mark_visit_drain(void **slot) { mark_visit(slot); mark_drain(); }

/* The nursery must be empty (call minor_collection() first). */
static void major_collection(void) {
    double t0 = now_seconds();
    size_t before = old_bytes;
    if (young_ext.len) gc_fatal("major collection without a minor one first");

    /* draining after each root keeps the mark stack from holding every
       root at once (a deep recursion has many) */
    for (void **s = rpy_ss_base; s < rpy_ss_top; s++) { mark_visit(s); mark_drain(); }
    mark_visit(&rpy_exc_value);
    mark_drain();
    mark_visit(&rpy_thread_local);
    mark_drain();
    rpy_threads_trace(mark_visit_drain);
    for (void *const *r = rpy_prebuilt_roots; *r; r++) { mark_obj(*r); mark_drain(); }
    for (int q = 0; q < FQ_MAX; q++)        /* queued, not yet taken by the program */
        for (size_t i = fq_head[q]; i < fq_dead[q].len; i++) { mark_obj(fq_dead[q].items[i]); mark_drain(); }
    mark_rescan();
    if (fin_old.len) major_finalizers();
    if (old_weakrefs.len) major_weakrefs();
    size_t mark_stack_bytes = mark_stack.cap * sizeof(void *);
    if (mark_stack.cap > STACK_KEEP) ptrvec_free(&mark_stack);  /* a deep structure grew it */

    purge_old_hashes();
    size_t freed = sweep_pages() + sweep_external();
    old_bytes -= freed;
    memory_pressure = 0;
    ht_clear(&prebuilt_seen);

    set_major_threshold();
    double dt = now_seconds() - t0;
    rpy_gc_stat.major_collections++;
    rpy_gc_stat.mem_before_last_major = (Signed)before;
    rpy_gc_stat.mem_after_last_major = (Signed)old_bytes;
    rpy_gc_stat.total_gc_time += dt;
    if (gc_debug)
        fprintf(stderr, "[gc] major collection %ld: %.2f MB -> %.2f MB, %.3f ms, "
                "next at %.2f MB, mark stack %zu KB\n", rpy_gc_stat.major_collections,
                before / (double)MB, old_bytes / (double)MB, dt * 1e3,
                next_major_threshold / (double)MB, mark_stack_bytes / KB);
}

/* A minor collection, then a major one if the old generation outgrew its
   threshold. */
static void collect_step(void) {
    minor_collection();
    if (old_bytes + memory_pressure > next_major_threshold) major_collection();
}

/* ---------------------------------------------------------------- allocation */

static void *memory_error(void) {
    rpy_raise(RPY_EXC_MemoryError, "");
    return NULL;
}

static void *alloc_young_ext(uint32_t tid, size_t size);

static void *alloc_large(uint32_t tid, size_t size) {
    if (size > SMALL_MAX) return alloc_young_ext(tid, size);
    int collected = 0;
    /* the remembered-set slot is reserved first: after the object exists
       nothing may fail */
    if (!ptrvec_reserve(&remembered, 1)) return memory_error();
    if (old_bytes + size > next_major_threshold || old_bytes + size > gc_max) {
        minor_collection();
        major_collection();
        collected = 1;
    }
    if (old_bytes + size > gc_max) return memory_error();
    if (!reserve_acquire()) {
        /* the last collection needed the reserve: free what we can first */
        if (!collected) { minor_collection(); major_collection(); collected = 1; }
        if (!reserve_acquire()) return memory_error();
    }
    void *p;
    uint32_t ext = 0;
    for (;;) {
        if (size <= SMALL_MAX) {
            p = alloc_small(size);
            if (p) memset(p, 0, size);
        } else {
            p = alloc_ext(size, 1);
            ext = RPY_GCFLAG_EXTERNAL;
        }
        if (p != NULL || collected) break;
        /* malloc failed: free what we can and retry once */
        minor_collection(); major_collection();
        collected = 1;
    }
    if (p == NULL) return memory_error();
    RPY_HDR(p)->tid = tid;
    RPY_HDR(p)->gcflags = RPY_GCFLAG_OLD | ext;   /* remembered: no TRACK_YOUNG */
    remembered.items[remembered.len++] = p;
    update_peak();
    return p;
}

/* A large object outside the nursery, young (see the top of this file).
   Strings need no zeroing: their allocator sets every field and byte a
   reader looks at. */
static void *alloc_young_ext(uint32_t tid, size_t size) {
    int collected = 0;
    if (young_ext_bytes > 0 && young_ext_bytes + size > nursery_size)
        collect_step();       /* frees the young large objects that died */
    /* table room first: after the object exists nothing may fail */
    if (!ptrvec_reserve(&young_ext, 1)) return memory_error();
    if (old_bytes + young_ext_bytes + size > gc_max) {
        minor_collection();
        major_collection();
        collected = 1;
        if (old_bytes + size > gc_max) return memory_error();
    }
    if (!reserve_acquire()) {
        /* the last collection needed the reserve: free what we can first */
        if (!collected) { minor_collection(); major_collection(); collected = 1; }
        if (!reserve_acquire()) return memory_error();
    }
    int zero = tid != RPY_TID_STR && tid != RPY_TID_BYTES;
    ext_prefix *x;
    for (;;) {
        x = zero ? calloc(1, sizeof(ext_prefix) + size) : malloc(sizeof(ext_prefix) + size);
        if (x != NULL || collected) break;
        /* malloc failed: free what we can and retry once */
        minor_collection(); major_collection();
        collected = 1;
    }
    if (x == NULL) return memory_error();
    x->size = size;
    void *p = x + 1;
    RPY_HDR(p)->tid = tid;
    RPY_HDR(p)->gcflags = RPY_GCFLAG_OLD | RPY_GCFLAG_EXTERNAL | RPY_GCFLAG_YOUNG_EXT;
    young_ext.items[young_ext.len++] = p;
    young_ext_bytes += size;
    update_peak();
    return p;
}

static void *gc_alloc(uint32_t tid, size_t size) {
    if (!gc_initialized) rpy_gc_init();
    if (size > MAX_OBJ_SIZE) return memory_error();
    size = round_size(size);
    if (size > large_threshold) return alloc_large(tid, size);
    if ((size_t)(rpy_nursery_top - rpy_nursery_free) < size) {
        collect_step();
        /* the survivors count against OURO_GC_MAX: once the old generation
           plus this request no longer fits, a full collection decides */
        if (old_bytes + size > gc_max) {
            major_collection();
            if (old_bytes + size > gc_max) return memory_error();
        }
        /* the collection (or a barrier since) needed the reserve: MemoryError
           until the program has dropped enough to take it back */
        if (!reserve_acquire()) {
            major_collection();
            if (!reserve_acquire()) return memory_error();
        }
    }
    char *p = rpy_nursery_free;
    rpy_nursery_free = p + size;
    RPY_HDR(p)->tid = tid;
    return p;
}

void *rpy_gc_malloc_slowpath(uint32_t tid, Signed size) {
    if (size < 0) return memory_error();
    return gc_alloc(tid, (size_t)size);
}

void *rpy_gc_malloc_fixed(uint32_t tid) {
    return gc_alloc(tid, (size_t)rpy_typetable[tid]->fixedsize);
}

void *rpy_gc_malloc_varsize(uint32_t tid, Signed length) {
    const rpy_typeinfo *ti = rpy_typetable[tid];
    if (length < 0) return memory_error();
    size_t itemsize = (size_t)ti->itemsize;
    /* overflow-free: refuse lengths whose size would pass MAX_OBJ_SIZE */
    if (itemsize && (size_t)length > (MAX_OBJ_SIZE - (size_t)ti->items_ofs) / itemsize)
        return memory_error();
    size_t size = (size_t)ti->items_ofs + (size_t)length * itemsize;
    if (size < (size_t)ti->fixedsize) size = (size_t)ti->fixedsize;
    char *p;
    if (tid == RPY_TID_ARRAY_GC && size > large_threshold && gc_initialized) {
        /* card marking: the card table follows the items (zeroed; the
           object's size as the typetable computes it leaves it out) */
        p = alloc_large(tid, round_size(size + NUM_CARDS((size_t)length)));
        if (p) RPY_HDR(p)->gcflags |= RPY_GCFLAG_CARDS;
    } else {
        p = gc_alloc(tid, size);
    }
    if (p) *(Signed *)(p + ti->length_ofs) = length;
    return p;
}

void rpy_gc_wb_slowpath(void *obj) {
    rpy_hdr *h = obj;
    if (!(h->gcflags & RPY_GCFLAG_TRACK_YOUNG)) return;
    if (!RETRY(ptrvec_push(&remembered, obj)))
        gc_fatal("out of memory (remembered set)");
    h->gcflags &= ~RPY_GCFLAG_TRACK_YOUNG;
}

/* A store into item idx of an old array.  An array with cards keeps
   TRACK_YOUNG: every such store comes here and marks its card (a store
   through plain RPY_WB, which does not say which item, puts the whole
   array in the remembered set as before). */
void rpy_gc_wb_item_slowpath(void *arr, Signed idx) {
    rpy_hdr *h = arr;
    if (!(h->gcflags & RPY_GCFLAG_CARDS)) { rpy_gc_wb_slowpath(arr); return; }
    card_table((rpy_array *)arr)[(size_t)idx >> CARD_SHIFT] = 1;
    if (!(h->gcflags & RPY_GCFLAG_CARDS_QUEUED)) {
        if (!RETRY(ptrvec_push(&carded, arr)))
            gc_fatal("out of memory (card-marked arrays)");
        h->gcflags |= RPY_GCFLAG_CARDS_QUEUED;
    }
}

/* ---------------------------------------------------------------- public entry points */

void rpy_gc_collect_minor(void) {
    if (!gc_initialized) rpy_gc_init();
    minor_collection();
}

/* Memory outside the heap that a new object keeps alive (a zlib stream):
   it counts towards the next major collection as if it were old objects,
   so that objects which die holding much of it are found in time. */
void rpy_gc_add_memory_pressure(Signed nbytes) {
    if (!gc_initialized) rpy_gc_init();
    if (nbytes <= 0) return;
    memory_pressure += (size_t)nbytes;
    if (old_bytes + memory_pressure > next_major_threshold) {
        minor_collection();
        major_collection();
    }
}

void rpy_gc_collect(void) {
    if (!gc_initialized) rpy_gc_init();
    minor_collection();
    major_collection();
}

Signed rpy_gc_get_stat(int which) {
    rpy_gc_stat.mem_in_use = (Signed)(old_bytes + young_ext_bytes)
                             + (Signed)(rpy_nursery_free - nursery_start);
    switch (which) {
    case 0: return rpy_gc_stat.minor_collections;
    case 1: return rpy_gc_stat.major_collections;
    case 2: return rpy_gc_stat.mem_before_last_major;
    case 3: return rpy_gc_stat.mem_after_last_major;
    case 4: return rpy_gc_stat.mem_in_use;
    case 5: return rpy_gc_stat.peak_mem;
    case 6: return (Signed)(rpy_gc_stat.total_gc_time * 1e6);
    case 7: return rpy_gc_stat.nursery_size;
    default: return -1;
    }
}

/* ---------------------------------------------------------------- heap inspection */

/* What gc.get_objects/get_referents/get_referrers need (rpy/rlib/rgc.py):
   the objects of the heap and the references between them, as RPy lists
   of GCRefs.  Each starts with a collection, so that every object it
   lists is old: old objects never move, and a dead one is never listed.
   The list is made after the walk; its allocation may collect again, which
   moves nothing and frees nothing listed (all of it is reachable). */

static ptrvec inspect_found;
static int inspect_failed;

static rpy_list *inspect_result(void) {
    rpy_list *l = NULL;
    if (inspect_failed) memory_error();
    else if ((l = rpy_list_new((Signed)inspect_found.len, 1)) != NULL)
        for (size_t i = 0; i < inspect_found.len; i++) l->items->items[i].p = inspect_found.items[i];
    ptrvec_free(&inspect_found);
    return l;
}

static void inspect_add(void *p) {
    if (!ptrvec_push(&inspect_found, p)) inspect_failed = 1;
}

rpy_list *rpy_gc_all_objects(void) {
    rpy_gc_collect();
    inspect_failed = 0;
    heap_walk(inspect_add);
    return inspect_result();
}

static void inspect_visit_add(void **slot) {
    if (*slot != NULL) inspect_add(*slot);
}

rpy_list *rpy_gc_referents(void *obj) {
    RPY_PUSH(obj);
    rpy_gc_collect_minor();           /* obj and what it references are old */
    RPY_POP(void *, obj);
    inspect_failed = 0;
    trace_obj(obj, typeinfo_of(obj), inspect_visit_add);
    return inspect_result();
}

static htable inspect_targets;
static void *inspect_skip;             /* the list of targets and its items */
static int inspect_hit;

static void inspect_visit_target(void **slot) {
    if (*slot != NULL && ht_lookup(&inspect_targets, (uintptr_t)*slot)) inspect_hit = 1;
}

static void inspect_referrer(void *obj) {
    if (obj == inspect_skip || obj == ((rpy_list *)inspect_skip)->items) return;
    inspect_hit = 0;
    trace_obj(obj, typeinfo_of(obj), inspect_visit_target);
    if (inspect_hit) inspect_add(obj);
}

rpy_list *rpy_gc_referrers(rpy_list *targets) {
    RPY_PUSH(targets);
    rpy_gc_collect();
    RPY_POP(rpy_list *, targets);
    inspect_failed = 0;
    for (Signed i = 0; i < targets->length; i++)
        if (!ht_insert(&inspect_targets, (uintptr_t)targets->items->items[i].p, 1)) inspect_failed = 1;
    inspect_skip = targets;
    if (!inspect_failed) heap_walk(inspect_referrer);
    ht_free(&inspect_targets);
    return inspect_result();
}

Signed rpy_gc_prebuilt_count(void) {
    Signed n = 0;
    while (rpy_prebuilt_roots[n]) n++;
    return n;
}

/* ---------------------------------------------------------------- initialization */

/* "4MB", "512KB", "1G", "65536": sizes in bytes, binary multiples.
   Returns 0 on a malformed value. */
static int parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || errno || v < 0) return 0;
    while (*end == ' ') end++;
    double mult = 1;
    switch (*end) {
    case 'k': case 'K': mult = 1024.0; end++; break;
    case 'm': case 'M': mult = 1024.0 * 1024; end++; break;
    case 'g': case 'G': mult = 1024.0 * 1024 * 1024; end++; break;
    case 't': case 'T': mult = 1024.0 * 1024 * 1024 * 1024; end++; break;
    default: break;
    }
    if (mult != 1 && (*end == 'i' || *end == 'I')) end++;
    if (*end == 'b' || *end == 'B') end++;
    if (*end != '\0') return 0;
    v *= mult;
    if (v >= 1e18) v = 1e18;
    *out = (size_t)v;
    return 1;
}

static size_t env_size(const char *name, size_t dflt) {
    const char *s = getenv(name);
    size_t v;
    if (s == NULL || *s == '\0') return dflt;
    if (!parse_size(s, &v)) {
        fprintf(stderr, "warning: ignoring malformed %s=%s\n", name, s);
        return dflt;
    }
    return v;
}

void rpy_gc_init(void) {
    if (gc_initialized) return;
    gc_initialized = 1;

    const char *dbg = getenv("OURO_GC_DEBUG");
    gc_debug = dbg ? atoi(dbg) : 0;
    const char *ver = getenv("OURO_GC_VERIFY");
    gc_verify = ver ? atoi(ver) : 0;
    nursery_size = env_size("OURO_GC_NURSERY", 4 * MB);
    if (nursery_size < 16 * KB) nursery_size = 16 * KB;
    if (nursery_size > 1024 * MB) nursery_size = 1024 * MB;
    nursery_size &= ~(size_t)7;
    const char *mc = getenv("OURO_GC_MAJOR_COLLECT");
    if (mc && *mc) {
        char *end; double f = strtod(mc, &end);
        if (end != mc && *end == '\0' && f > 1.0) major_factor = f;
        else fprintf(stderr, "warning: ignoring OURO_GC_MAJOR_COLLECT=%s (need a number > 1)\n", mc);
    }
    gc_max = env_size("OURO_GC_MAX", (size_t)-1);
    if (gc_max == 0) gc_max = (size_t)-1;
    mark_stack_limit = env_size("OURO_GC_TEST_MARKSTACK", (size_t)-1);
    if (mark_stack_limit == 0) mark_stack_limit = (size_t)-1;

    nursery_area_size = gc_verify ? 2 * nursery_size : nursery_size;
    void *n = mmap(NULL, nursery_area_size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (n == MAP_FAILED) {
        fprintf(stderr, "Fatal RPy error: MemoryError: cannot allocate the nursery (%zu bytes)\n",
                nursery_size);
        exit(1);
    }
    nursery_area = nursery_start = n;
    if (gc_verify) mprotect(nursery_area + nursery_size, nursery_size, PROT_NONE);
    rpy_nursery_free = nursery_start;
    rpy_nursery_top = nursery_start + nursery_size;
    large_threshold = nursery_size / 4 < 64 * KB ? nursery_size / 4 : 64 * KB;
    rpy_gc_stat.nursery_size = (Signed)nursery_size;
    reserve_size = nursery_size + nursery_size / 2 + RESERVE_SLACK;
    reserve_acquire();     /* if this fails, the first collection raises MemoryError */

    /* Shadow stack: address space only (NORESERVE), big enough that the C
       stack check fires long before it fills, with an inaccessible guard
       area above it so that an overflow faults instead of scribbling. */
    static const size_t ss_sizes[] = { 1024 * MB, 256 * MB, 64 * MB, 8 * MB };
    for (size_t i = 0; i < sizeof ss_sizes / sizeof ss_sizes[0]; i++) {
        size_t total = ss_sizes[i] + SS_GUARD_SIZE;
        void *m = mmap(NULL, total, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (m == MAP_FAILED) continue;
        mprotect((char *)m + ss_sizes[i], SS_GUARD_SIZE, PROT_NONE);
        ss_mapping = m; ss_mapping_size = total;
        rpy_ss_base = rpy_ss_top = m;
        rpy_ss_limit = (void **)((char *)m + ss_sizes[i]);
        break;
    }
    if (ss_mapping == NULL) {
        fprintf(stderr, "Fatal RPy error: MemoryError: cannot allocate the shadow stack\n");
        exit(1);
    }
    set_major_threshold();
}

void rpy_gc_shutdown(void) {
    if (!gc_initialized) return;
    for (size_t i = 0; i < ext_objs.len; i++) free(EXT_PREFIX(ext_objs.items[i]));
    for (size_t i = 0; i < young_ext.len; i++)
        if (RPY_HDR(young_ext.items[i])->gcflags & RPY_GCFLAG_YOUNG_EXT)
            free(EXT_PREFIX(young_ext.items[i]));
    ptrvec_free(&young_ext);
    young_ext_bytes = 0;
    while (arenas) {
        arena *a = arenas; arenas = a->next;
        munmap(a->base, ARENA_SIZE);
        free(a);
    }
    free_pages = NULL;
    memset(class_pages, 0, sizeof class_pages);
    memset(class_free, 0, sizeof class_free);
    npages_in_use = 0;
    ptrvec_free(&remembered); ptrvec_free(&scan_stack); ptrvec_free(&mark_stack);
    ptrvec_free(&ext_objs);
    ptrvec_free(&young_weakrefs); ptrvec_free(&old_weakrefs);
    ptrvec_free(&fin_young); ptrvec_free(&fin_old); ptrvec_free(&fin_tmp);
    for (int q = 0; q < FQ_MAX; q++) { ptrvec_free(&fq_dead[q]); fq_head[q] = 0; }
    rpy_fq_pending = 0;
    ht_free(&young_hashes); ht_free(&old_hashes); ht_free(&prebuilt_seen);
    munmap(nursery_area, nursery_area_size);
    munmap(ss_mapping, ss_mapping_size);
    nursery_area = nursery_start = rpy_nursery_free = rpy_nursery_top = NULL;
    rpy_ss_base = rpy_ss_top = rpy_ss_limit = NULL;
    ss_mapping = NULL;
    old_bytes = 0;
    gc_initialized = 0;
}
