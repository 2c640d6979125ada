/* dicts.c -- RPy's dict: an insertion-ordered hash table laid out like
 * CPython's compact dict (the dict section of rpy.h).
 *
 * A dict is three GC objects:
 *   rpy_dict          counts, the kind (how keys hash and compare), and
 *                     pointers to the two arrays below (NULL while empty);
 *   entries array     (hash, key, value) in insertion order; a deleted entry
 *                     keeps its place with hash DELETED until the next
 *                     resize compacts the array;
 *   index array       2**k slots of 1/2/4/8-byte signed integers: EMPTY,
 *                     DUMMY (deleted) or the position of an entry.  Probing
 *                     is CPython's (i*5 + perturb + 1).
 * The entries array stores a pointer to the (static) kind, so its
 * custom_trace knows which words are GC pointers.
 *
 * Stored hashes are never -1 (a hash function returning -1 is mapped to -2,
 * as in CPython), so -1 marks a deleted entry.
 *
 * Lookups: a probe loop per index width and key comparison (lookup_impl),
 * and a hint, the entry found last, checked first (rpy_dict_hint in rpy.h,
 * which generated code calls inline before the out-of-line operations).
 *
 * GC safety: everything that allocates (setitem through a resize, copy,
 * setdefault, update) keeps the dict, and the key and value when they are
 * GC pointers, on the shadow stack across the allocation and reloads them.
 */
#include "rpy.h"

#define DELETED  RPY_DICT_DELETED   /* entry hash of a deleted entry */
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SLOTS 8

/* struct rpy_dict and its entries array are in rpy.h (generated code
   inlines the hint check, rpy_dict_hint); the index array is private. */
typedef rpy_dict_entry dict_entry;

typedef struct rpy_dict_index {
    rpy_hdr h;
    Signed length;                 /* in bytes */
    unsigned char data[];
} rpy_dict_index;

/* ---------------------------------------------------------------- type info */

static void trace_entries(void *obj, void (*visit)(void **slot)) {
    rpy_dict_entries *e = obj;
    const rpy_dictkind *k = e->kind;
    if (k == NULL || (!k->key_is_gc && !k->value_is_gc)) return;
    for (Signed i = 0; i < e->length; i++) {
        if (k->key_is_gc) visit(&e->items[i].key.p);
        if (k->value_is_gc) visit(&e->items[i].value.p);
    }
}

static const Signed dict_ptrs[] = { offsetof(struct rpy_dict, entries),
                                    offsetof(struct rpy_dict, index), -1 };
static const Signed no_ptrs[] = { -1 };

const rpy_typeinfo rpy_ti_dict = {
    "dict", sizeof(struct rpy_dict), 0, 0, 0, dict_ptrs, 0, NULL };
const rpy_typeinfo rpy_ti_dict_entries = {
    "dict_entries", sizeof(rpy_dict_entries), sizeof(dict_entry),
    offsetof(rpy_dict_entries, length), offsetof(rpy_dict_entries, items),
    no_ptrs, 0, trace_entries };
const rpy_typeinfo rpy_ti_dict_index = {
    "dict_index", sizeof(rpy_dict_index), 1,
    offsetof(rpy_dict_index, length), offsetof(rpy_dict_index, data),
    no_ptrs, 0, NULL };

/* ---------------------------------------------------------------- hashing */

#define HASH_BITS 61
#define HASH_MODULUS (((Unsigned)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* CPython's hash() of an int: sign(v) * (|v| mod (2**61 - 1)), -1 -> -2. */
Signed rpy_hash_int(rpy_word k) {
    Signed v = k.i;
    Unsigned a = v < 0 ? -(Unsigned)v : (Unsigned)v;
    Unsigned r = a % HASH_MODULUS;
    Signed h = v < 0 ? -(Signed)r : (Signed)r;
    return h == -1 ? -2 : h;
}

/* CPython's _Py_HashDouble (Python/pyhash.c); NaN hashes to 0. */
Signed rpy_hash_float(rpy_word k) {
    double v = k.f;
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    Unsigned x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        Unsigned y = (Unsigned)m;
        m -= y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = x * (Unsigned)(Signed)sign;
    if (x == (Unsigned)-1) x = (Unsigned)-2;
    return (Signed)x;
}

Signed rpy_hash_str(rpy_word k) {
    return k.p ? rpy_str_hash((rpy_string *)k.p) : 0;
}

Signed rpy_hash_ptr(rpy_word k) {
    return rpy_identity_hash(k.p);
}

static int eq_word(rpy_word a, rpy_word b) { return a.i == b.i; }
static int eq_str(rpy_word a, rpy_word b) { return rpy_str_eq(a.p, b.p); }

const rpy_dictkind rpy_dictkind_int_int = { rpy_hash_int, eq_word, 0, 0 };
const rpy_dictkind rpy_dictkind_int_gc  = { rpy_hash_int, eq_word, 0, 1 };
const rpy_dictkind rpy_dictkind_str_int = { rpy_hash_str, eq_str, 1, 0 };
const rpy_dictkind rpy_dictkind_str_gc  = { rpy_hash_str, eq_str, 1, 1 };

/* ---------------------------------------------------------------- index slots */

/* slot i of an index of the given width (a constant in the probe loops) */
static inline Signed ix_get_w(const unsigned char *p, Signed i, Signed width) {
    switch (width) {
    case 1: return ((const int8_t *)p)[i];
    case 2: return ((const int16_t *)p)[i];
    case 4: return ((const int32_t *)p)[i];
    default: return ((const int64_t *)p)[i];
    }
}

static inline Signed ix_get(const rpy_dict *d, Signed i) {
    return ix_get_w(d->index->data, i, d->ixwidth);
}

static inline void ix_set(rpy_dict *d, Signed i, Signed v) {
    unsigned char *p = d->index->data;
    switch (d->ixwidth) {
    case 1: ((int8_t *)p)[i] = (int8_t)v; break;
    case 2: ((int16_t *)p)[i] = (int16_t)v; break;
    case 4: ((int32_t *)p)[i] = (int32_t)v; break;
    default: ((int64_t *)p)[i] = (int64_t)v; break;
    }
}

/* Slot width that can hold every entry position of a table of nslots
   (at most 2/3 of them) plus the two negative markers. */
static inline Signed width_for(Signed nslots) {
    if (nslots <= 128) return 1;
    if (nslots <= 32768) return 2;
    if (nslots <= ((Signed)1 << 31)) return 4;
    return 8;
}

static inline Signed usable_for(Signed nslots) { return (nslots << 1) / 3; }

static inline Signed dict_hash(const rpy_dict *d, rpy_word key) {
    /* str keys, the most common kind: their cached hash without two calls */
    if (d->kind->hash == rpy_hash_str) {
        rpy_string *s = (rpy_string *)key.p;
        if (s != NULL && s->hash != 0) return s->hash;
    }
    Signed h = d->kind->hash(key);
    return h == -1 ? -2 : h;
}

/* How keys compare in dict_lookup, once their hashes are equal. */
enum { KEYS_STR,     /* rpy_eq_str: inline comparison of the bytes */
       KEYS_WORD,    /* equal iff the same word (ints, identity) */
       KEYS_OTHER }; /* the kind's eq function */

/* The probe loop, instantiated below for each index width and key
   comparison: with both constant the loop has no switch and no indirect
   call, and a str key costs a few word compares (this is the hot loop of
   every dict-heavy program). */
static inline __attribute__((always_inline))
Signed lookup_impl(const rpy_dict *d, Signed hash, rpy_word key, Signed *slot_out,
                   int width, int keys) {
    const unsigned char *index = d->index->data;
    const dict_entry *items = d->entries->items;
    Unsigned mask = (Unsigned)d->mask, perturb = (Unsigned)hash;
    Unsigned i = (Unsigned)hash & mask;
    Signed freeslot = -1;
    for (;;) {
        Signed ix = ix_get_w(index, (Signed)i, width);
        if (ix >= 0) {
            const dict_entry *e = &items[ix];
            if (e->hash == hash) {
                int same;
                if (e->key.i == key.i) same = 1;
                else if (keys == KEYS_WORD) same = 0;
                else if (keys == KEYS_STR) {
                    const rpy_string *x = e->key.p, *y = key.p;
                    same = x != NULL && y != NULL && x->length == y->length && rpy_str_data_eq(x, y);
                }
                else same = d->kind->eq(e->key, key);
                if (same) {
                    if (slot_out) *slot_out = (Signed)i;
                    return ix;
                }
            }
        } else if (ix == IX_EMPTY) {
            if (slot_out) *slot_out = freeslot >= 0 ? freeslot : (Signed)i;
            return -1;
        } else if (freeslot < 0) {
            freeslot = (Signed)i;             /* IX_DUMMY */
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

#define LOOKUP_FAMILY(keys, name)                                                      \
    static Signed name(const rpy_dict *d, Signed hash, rpy_word key, Signed *slot_out) { \
        switch (d->ixwidth) {                                                            \
        case 1: return lookup_impl(d, hash, key, slot_out, 1, keys);                    \
        case 2: return lookup_impl(d, hash, key, slot_out, 2, keys);                    \
        case 4: return lookup_impl(d, hash, key, slot_out, 4, keys);                    \
        default: return lookup_impl(d, hash, key, slot_out, 8, keys);                   \
        }                                                                                \
    }
LOOKUP_FAMILY(KEYS_STR, lookup_str)
LOOKUP_FAMILY(KEYS_WORD, lookup_word)
LOOKUP_FAMILY(KEYS_OTHER, lookup_other)

/* Looks key up.  Returns the entry position, or -1 if absent; *slot_out
   is then the slot where the key belongs (the first EMPTY or DUMMY slot
   of its probe sequence).  Requires a table. */
static inline Signed dict_lookup(const rpy_dict *d, Signed hash, rpy_word key, Signed *slot_out) {
    int (*eq)(rpy_word, rpy_word) = d->kind->eq;
    if (eq == rpy_eq_str) return lookup_str(d, hash, key, slot_out);
    if (eq == eq_word || eq == rpy_eq_int || eq == rpy_eq_ptr) return lookup_word(d, hash, key, slot_out);
    return lookup_other(d, hash, key, slot_out);
}

/* First EMPTY or DUMMY slot of hash's probe sequence. */
static Signed find_free_slot(const rpy_dict *d, Signed hash) {
    Unsigned mask = (Unsigned)d->mask, perturb = (Unsigned)hash;
    Unsigned i = (Unsigned)hash & mask;
    while (ix_get(d, (Signed)i) >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (Signed)i;
}

/* Slot that holds entry position ix (which must be live). */
static Signed find_slot_of(const rpy_dict *d, Signed hash, Signed ix) {
    Unsigned mask = (Unsigned)d->mask, perturb = (Unsigned)hash;
    Unsigned i = (Unsigned)hash & mask;
    while (ix_get(d, (Signed)i) != ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (Signed)i;
}

/* ---------------------------------------------------------------- table building */

/* Gives dst a new table with at least minsize slots, filled with the live
   entries of src in order (dst and src may be the same dict).  Returns dst
   (which may have moved), or NULL with MemoryError set, dst unchanged. */
static rpy_dict *dict_rebuild(rpy_dict *dst, rpy_dict *src, Signed minsize) {
    Signed nslots = MIN_SLOTS;
    while (nslots < minsize) {
        if (nslots > ((Signed)1 << 56)) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
        nslots <<= 1;
    }
    Signed usable = usable_for(nslots), width = width_for(nslots);

    RPY_PUSH(src); RPY_PUSH(dst);
    rpy_dict_entries *ne = rpy_gc_malloc_varsize(RPY_TID_DICT_ENTRIES, usable);
    if (ne == NULL) { rpy_ss_top -= 2; return NULL; }
    RPY_PUSH(ne);
    rpy_dict_index *ni = rpy_gc_malloc_varsize(RPY_TID_DICT_INDEX, nslots * width);
    RPY_POP(rpy_dict_entries *, ne);
    RPY_POP(rpy_dict *, dst);
    RPY_POP(rpy_dict *, src);
    if (ni == NULL) return NULL;

    ne->kind = dst->kind;
    memset(ni->data, 0xff, (size_t)(nslots * width));   /* all IX_EMPTY */
    /* ne may be old already (promoted while ni was allocated) and the keys
       and values may be young: the barrier comes before the copy */
    RPY_WB(ne);
    Signed n = 0;
    if (src->entries != NULL) {
        const dict_entry *from = src->entries->items;
        for (Signed i = 0; i < src->num_used; i++)
            if (from[i].hash != DELETED) ne->items[n++] = from[i];
    }
    RPY_WB(dst);
    dst->entries = ne;
    dst->index = ni;
    dst->mask = nslots - 1;
    dst->ixwidth = width;
    dst->num_used = n;
    dst->num_items = n;
    dst->usable_left = usable - n;
    for (Signed i = 0; i < n; i++)
        ix_set(dst, find_free_slot(dst, ne->items[i].hash), i);
    return dst;
}

/* Inserts a key known to be absent, growing the table if needed.  Returns
   the dict (it may have moved), or NULL on MemoryError. */
static rpy_dict *insert_new(rpy_dict *d, Signed hash, rpy_word key, rpy_word value, Signed slot) {
    const rpy_dictkind *k = d->kind;
    if (d->entries == NULL || d->usable_left == 0) {
        /* CPython's growth: room for 3x the live entries */
        if (k->key_is_gc) RPY_PUSH(key.p);
        if (k->value_is_gc) RPY_PUSH(value.p);
        d = dict_rebuild(d, d, d->num_items * 3);
        if (k->value_is_gc) RPY_POP(void *, value.p);
        if (k->key_is_gc) RPY_POP(void *, key.p);
        if (d == NULL) return NULL;
        slot = find_free_slot(d, hash);
    }
    Signed i = d->num_used++;
    dict_entry *e = &d->entries->items[i];
    if (k->key_is_gc || k->value_is_gc) RPY_WB(d->entries);
    e->hash = hash; e->key = key; e->value = value;
    ix_set(d, slot, i);
    d->num_items++;
    d->usable_left--;
    d->hint = i;
    return d;
}

/* The entry position of key if the hint says so (rpy_dict_hint), else -1. */
static inline Signed hinted(rpy_dict *d, rpy_word key) {
    return rpy_dict_hint(d, key, d->kind->eq == rpy_eq_str) != NULL ? d->hint : -1;
}

/* setitem with the hash already computed; returns the dict or NULL. */
static rpy_dict *set_hashed(rpy_dict *d, Signed hash, rpy_word key, rpy_word value) {
    Signed slot = 0;
    if (d->entries != NULL) {
        Signed ix = hinted(d, key);
        if (ix < 0) ix = dict_lookup(d, hash, key, &slot);
        if (ix >= 0) {
            d->hint = ix;
            if (d->kind->value_is_gc) RPY_WB(d->entries);
            d->entries->items[ix].value = value;
            return d;
        }
    }
    return insert_new(d, hash, key, value, slot);
}

static void remove_at(rpy_dict *d, Signed slot, Signed ix) {
    dict_entry *e = &d->entries->items[ix];
    ix_set(d, slot, IX_DUMMY);
    e->hash = DELETED;
    e->key.i = 0;            /* storing NULL/0 needs no write barrier */
    e->value.i = 0;
    d->num_items--;
}

static inline Signed find(rpy_dict *d, rpy_word key, Signed *slot_out) {
    if (d->entries == NULL || d->num_items == 0) return -1;
    if (slot_out == NULL) {
        Signed ix = hinted(d, key);
        if (ix >= 0) return ix;
    }
    Signed ix = dict_lookup(d, dict_hash(d, key), key, slot_out);
    if (ix >= 0) d->hint = ix;
    return ix;
}

static rpy_word no_word(void) { rpy_word w; w.i = 0; return w; }

/* ---------------------------------------------------------------- API */

rpy_dict *rpy_dict_new(const rpy_dictkind *kind) {
    rpy_dict *d = rpy_malloc_fixed(RPY_TID_DICT, sizeof(struct rpy_dict));
    if (d != NULL) d->kind = kind;
    return d;
}

Signed rpy_dict_len(rpy_dict *d) { return d->num_items; }

int rpy_dict_contains(rpy_dict *d, rpy_word key) { return find(d, key, NULL) >= 0; }

rpy_word rpy_dict_getitem(rpy_dict *d, rpy_word key) {
    Signed ix = find(d, key, NULL);
    if (ix < 0) { rpy_raise(RPY_EXC_KeyError, ""); return no_word(); }
    return d->entries->items[ix].value;
}

rpy_word rpy_dict_get(rpy_dict *d, rpy_word key, rpy_word dflt) {
    Signed ix = find(d, key, NULL);
    return ix < 0 ? dflt : d->entries->items[ix].value;
}

void rpy_dict_setitem(rpy_dict *d, rpy_word key, rpy_word value) {
    set_hashed(d, dict_hash(d, key), key, value);
}

void rpy_dict_delitem(rpy_dict *d, rpy_word key) {
    Signed slot;
    Signed ix = find(d, key, &slot);
    if (ix < 0) { rpy_raise(RPY_EXC_KeyError, ""); return; }
    remove_at(d, slot, ix);
}

rpy_word rpy_dict_pop(rpy_dict *d, rpy_word key) {
    Signed slot;
    Signed ix = find(d, key, &slot);
    if (ix < 0) { rpy_raise(RPY_EXC_KeyError, ""); return no_word(); }
    rpy_word v = d->entries->items[ix].value;
    remove_at(d, slot, ix);
    return v;
}

rpy_word rpy_dict_pop_default(rpy_dict *d, rpy_word key, rpy_word dflt) {
    Signed slot;
    Signed ix = find(d, key, &slot);
    if (ix < 0) return dflt;
    rpy_word v = d->entries->items[ix].value;
    remove_at(d, slot, ix);
    return v;
}

rpy_word rpy_dict_setdefault(rpy_dict *d, rpy_word key, rpy_word dflt) {
    Signed hash = dict_hash(d, key), slot = 0;
    if (d->entries != NULL) {
        Signed ix = dict_lookup(d, hash, key, &slot);
        if (ix >= 0) return d->entries->items[ix].value;
    }
    d = insert_new(d, hash, key, dflt, slot);
    if (d == NULL) return no_word();
    /* dflt may have moved: read it back from the entry */
    return d->entries->items[d->num_used - 1].value;
}

void rpy_dict_update(rpy_dict *d, rpy_dict *other) {
    if (d == other) return;
    RPY_PUSH(other);
    for (Signed i = 0; ; i++) {
        other = rpy_ss_top[-1];
        i = rpy_dict_next(other, i);
        if (i < 0) break;
        const dict_entry *e = &other->entries->items[i];
        d = set_hashed(d, e->hash, e->key, e->value);
        if (d == NULL) break;
    }
    rpy_ss_top--;
}

void rpy_dict_clear(rpy_dict *d) {
    d->entries = NULL;
    d->index = NULL;
    d->num_items = d->num_used = d->mask = d->ixwidth = d->usable_left = 0;
}

rpy_dict *rpy_dict_copy(rpy_dict *d) {
    RPY_PUSH(d);
    rpy_dict *nd = rpy_malloc_fixed(RPY_TID_DICT, sizeof(struct rpy_dict));
    RPY_POP(rpy_dict *, d);
    if (nd == NULL) return NULL;
    nd->kind = d->kind;
    if (d->num_items == 0) return nd;
    /* room for the entries with the usual 2/3 load, like CPython's copy */
    return dict_rebuild(nd, d, (d->num_items * 3 + 1) / 2);
}

Signed rpy_dict_next(rpy_dict *d, Signed pos) {
    if (d->entries == NULL) return -1;
    const dict_entry *items = d->entries->items;
    for (Signed i = pos < 0 ? 0 : pos; i < d->num_used; i++)
        if (items[i].hash != DELETED) return i;
    return -1;
}

rpy_word rpy_dict_key_at(rpy_dict *d, Signed index) {
    if (d->entries == NULL || index < 0 || index >= d->num_used) return no_word();
    return d->entries->items[index].key;
}

rpy_word rpy_dict_value_at(rpy_dict *d, Signed index) {
    if (d->entries == NULL || index < 0 || index >= d->num_used) return no_word();
    return d->entries->items[index].value;
}

rpy_word rpy_dict_popitem_last(rpy_dict *d, rpy_word *value_out) {
    if (d->num_items == 0) {
        rpy_raise(RPY_EXC_KeyError, "popitem(): dictionary is empty");
        return no_word();
    }
    dict_entry *items = d->entries->items;
    Signed i = d->num_used - 1;
    while (items[i].hash == DELETED) i--;
    rpy_word key = items[i].key;
    if (value_out) *value_out = items[i].value;
    remove_at(d, find_slot_of(d, items[i].hash, i), i);
    d->num_used = i;     /* like CPython: the tail slot is reused */
    return key;
}
