/* lists.c -- resizable lists of RPy programs (rpy_list over an rpy_array of
 * words), their typeinfos, and the predefined element comparisons.
 *
 * A list always has an items array (possibly of length 0); its tid tells
 * whether the items are GC pointers (RPY_TID_ARRAY_GC) or plain words
 * (RPY_TID_ARRAY_RAW).  Slots past l->length are kept zero so that the GC
 * never sees stale pointers.  Over-allocation follows CPython's
 * list_resize(); shrinking happens as in CPython when fewer than half of
 * the slots are used.
 *
 * GC discipline: every allocation may move young objects; lists and GC
 * items held across one are kept on the shadow stack.  Stores of GC
 * pointers into an array go through RPY_WB (once per array before a
 * sequence of stores with no allocation in between).
 *
 * Sorting is a stable natural merge sort (binary insertion sort for short
 * runs) over a malloc'ed temporary buffer: the lt functions never allocate,
 * so no collection can happen while raw copies of GC pointers live there.
 */
#include "rpy.h"
#include <stdlib.h>
#include <limits.h>

/* ---------------------------------------------------------------- typeinfos */

static const Signed list_ptrs[] = { offsetof(rpy_list, items), -1 };
static const Signed no_ptrs[] = { -1 };
const rpy_typeinfo rpy_ti_list = { "list", sizeof(rpy_list), 0, 0, 0, list_ptrs, 0, NULL };
const rpy_typeinfo rpy_ti_array_gc = {
    "array_gc", (Signed)offsetof(rpy_array, items), sizeof(rpy_word),
    (Signed)offsetof(rpy_array, length), (Signed)offsetof(rpy_array, items), no_ptrs, 1, NULL };
const rpy_typeinfo rpy_ti_array_raw = {
    "array_raw", (Signed)offsetof(rpy_array, items), sizeof(rpy_word),
    (Signed)offsetof(rpy_array, length), (Signed)offsetof(rpy_array, items), no_ptrs, 0, NULL };

#define MAX_ITEMS ((Signed)1 << 56)
#define IS_GC(arr) (RPY_TID(arr) == RPY_TID_ARRAY_GC)

static rpy_array *new_array(uint32_t tid, Signed n) {
    if (n < 0 || n > MAX_ITEMS) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    return rpy_gc_malloc_varsize(tid, n);
}

/* ---------------------------------------------------------------- creation */

/* The general case of rpy_list_alloc (rpy.h): the nursery is full, or
   the capacity is big. */
rpy_list *rpy_list_new_slow(Signed length, Signed capacity, int gcitems) {
    rpy_array *a = new_array(gcitems ? RPY_TID_ARRAY_GC : RPY_TID_ARRAY_RAW, capacity);
    if (a == NULL) return NULL;
    RPY_PUSH(a);
    rpy_list *l = rpy_malloc_fixed(RPY_TID_LIST, sizeof(rpy_list));
    RPY_POP(rpy_array *, a);
    if (l == NULL) return NULL;
    l->length = length;
    RPY_WB(l);
    l->items = a;
    return l;
}

/* ---------------------------------------------------------------- resizing */

/* Gives *lp room for newsize items and sets its length (CPython's
   list_resize).  New slots are zero.  May allocate: the list is protected
   and *lp reloaded (also on failure), the caller must reload anything
   else.  Returns 0, or -1 with MemoryError. */
static int list_resize(rpy_list **lp, Signed newsize) {
    rpy_list *l = *lp;
    rpy_array *a = l->items;
    Signed allocated = a->length;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        if (newsize < l->length)
            memset(&a->items[newsize], 0, sizeof(rpy_word) * (size_t)(l->length - newsize));
        l->length = newsize;
        return 0;
    }
    if (newsize > MAX_ITEMS) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
    Signed newalloc = (newsize + (newsize >> 3) + 6) & ~(Signed)3;
    if (newsize - l->length > newalloc - newsize) newalloc = (newsize + 3) & ~(Signed)3;
    if (newsize == 0) newalloc = 0;
    RPY_PUSH(l);
    rpy_array *na = new_array(RPY_TID(a), newalloc);
    RPY_POP(rpy_list *, l);
    *lp = l;
    if (na == NULL) return -1;
    a = l->items;
    Signed keep = l->length < newsize ? l->length : newsize;
    if (IS_GC(na)) RPY_WB(na);
    memcpy(na->items, a->items, sizeof(rpy_word) * (size_t)keep);
    RPY_WB(l);
    l->items = na;
    l->length = newsize;
    return 0;
}

/* shrinking variant used by pop/del: never fails (keeps the big array if
   the smaller one cannot be allocated) */
static void list_shrink(rpy_list *l, Signed newsize) {
    rpy_array *a = l->items;
    if (newsize >= (a->length >> 1)) {
        memset(&a->items[newsize], 0, sizeof(rpy_word) * (size_t)(l->length - newsize));
        l->length = newsize;
        return;
    }
    if (list_resize(&l, newsize) < 0) {
        rpy_exc_value = NULL;                /* forget the MemoryError */
        a = l->items;
        memset(&a->items[newsize], 0, sizeof(rpy_word) * (size_t)(l->length - newsize));
        l->length = newsize;
    }
}

void rpy_list_resize(rpy_list *l, Signed newlength) {
    if (newlength < 0) newlength = 0;
    list_resize(&l, newlength);
}

void rpy_list_append(rpy_list *l, rpy_word item) {
    Signed n = l->length;
    rpy_array *a = l->items;
    if (n < a->length) {
        if (IS_GC(a)) RPY_WB(a);
        a->items[n] = item;
        l->length = n + 1;
        return;
    }
    int gc = IS_GC(a);
    if (gc) RPY_PUSH(item.p);
    int err = list_resize(&l, n + 1);
    if (gc) RPY_POP(void *, item.p);
    if (err) return;
    a = l->items;
    if (gc) RPY_WB(a);
    a->items[n] = item;
}

void rpy_list_insert(rpy_list *l, Signed index, rpy_word item) {
    Signed n = l->length;
    if (index < 0) { index += n; if (index < 0) index = 0; }
    if (index > n) index = n;
    int gc = IS_GC(l->items);
    if (gc) RPY_PUSH(item.p);
    int err = list_resize(&l, n + 1);
    if (gc) RPY_POP(void *, item.p);
    if (err) return;
    rpy_array *a = l->items;
    memmove(&a->items[index + 1], &a->items[index], sizeof(rpy_word) * (size_t)(n - index));
    if (gc) RPY_WB(a);
    a->items[index] = item;
}

rpy_word rpy_list_pop(rpy_list *l, Signed index) {
    rpy_word r = { 0 };
    Signed n = l->length;
    if (n == 0) { rpy_raise(RPY_EXC_IndexError, "pop from empty list"); return r; }
    if (index < 0) index += n;
    if (index < 0 || index >= n) { rpy_raise(RPY_EXC_IndexError, "pop index out of range"); return r; }
    rpy_array *a = l->items;
    r = a->items[index];
    memmove(&a->items[index], &a->items[index + 1], sizeof(rpy_word) * (size_t)(n - 1 - index));
    int gc = IS_GC(a);
    if (gc) RPY_PUSH(r.p);
    list_shrink(l, n - 1);
    if (gc) RPY_POP(void *, r.p);
    return r;
}

void rpy_list_delitem(rpy_list *l, Signed index) {
    Signed n = l->length;
    rpy_array *a = l->items;
    memmove(&a->items[index], &a->items[index + 1], sizeof(rpy_word) * (size_t)(n - 1 - index));
    list_shrink(l, n - 1);
}

void rpy_list_extend(rpy_list *l, rpy_list *other) {
    Signed n = l->length, m = other->length;
    if (m == 0) return;
    RPY_PUSH(other);
    int err = list_resize(&l, n + m);
    RPY_POP(rpy_list *, other);
    if (err) return;
    rpy_array *a = l->items;
    if (IS_GC(a)) RPY_WB(a);
    /* other may be l itself: its first n items are unchanged */
    memmove(&a->items[n], other->items->items, sizeof(rpy_word) * (size_t)m);
}

void rpy_list_clear(rpy_list *l) {
    list_shrink(l, 0);
}

/* ---------------------------------------------------------------- slices */


rpy_list *rpy_list_slice(rpy_list *l, Signed start, Signed stop, Signed step,
                         int has_start, int has_stop) {
    if (step == 0) { rpy_raise(RPY_EXC_ValueError, "slice step cannot be zero"); return NULL; }
    Signed n = rpy_slice_adjust(l->length, &start, &stop, step, has_start, has_stop);
    int gc = IS_GC(l->items);
    RPY_PUSH(l);
    rpy_list *r = rpy_list_new(n, gc);
    RPY_POP(rpy_list *, l);
    if (r == NULL) return NULL;
    rpy_array *src = l->items, *dst = r->items;
    if (gc) RPY_WB(dst);
    if (step == 1) memcpy(dst->items, &src->items[start], sizeof(rpy_word) * (size_t)n);
    else for (Signed k = 0; k < n; k++) dst->items[k] = src->items[start + k * step];
    return r;
}

/* clips start/stop of a step-1 slice to 0 <= start <= stop <= len */
static void clip_slice(Signed len, Signed *start, Signed *stop, int has_start, int has_stop) {
    Signed a = has_start ? *start : 0, b = has_stop ? *stop : len;
    if (a < 0) { a += len; if (a < 0) a = 0; } else if (a > len) a = len;
    if (b < 0) { b += len; if (b < 0) b = 0; } else if (b > len) b = len;
    if (b < a) b = a;
    *start = a; *stop = b;
}

void rpy_list_setslice(rpy_list *l, Signed start, Signed stop, int has_start, int has_stop,
                       rpy_list *items) {
    clip_slice(l->length, &start, &stop, has_start, has_stop);
    if (items == l) {
        /* l[a:b] = l: work from a copy */
        RPY_PUSH(l);
        items = rpy_list_copy(l);
        RPY_POP(rpy_list *, l);
        if (items == NULL) return;
    }
    Signed n = l->length, m = items->length, d = m - (stop - start);
    if (d > 0) {
        /* grow first (may allocate), then open the gap */
        RPY_PUSH(items);
        int err = list_resize(&l, n + d);
        RPY_POP(rpy_list *, items);
        if (err) return;
        rpy_array *a = l->items;
        memmove(&a->items[stop + d], &a->items[stop], sizeof(rpy_word) * (size_t)(n - stop));
    } else if (d < 0) {
        rpy_array *a = l->items;
        memmove(&a->items[stop + d], &a->items[stop], sizeof(rpy_word) * (size_t)(n - stop));
    }
    rpy_array *a = l->items;
    if (IS_GC(a)) RPY_WB(a);
    /* no allocation from here on (list_shrink may allocate, but it runs last) */
    memcpy(&a->items[start], items->items->items, sizeof(rpy_word) * (size_t)m);
    if (d < 0) list_shrink(l, n + d);
}

void rpy_list_delslice(rpy_list *l, Signed start, Signed stop, int has_start, int has_stop) {
    clip_slice(l->length, &start, &stop, has_start, has_stop);
    Signed n = l->length, k = stop - start;
    if (k == 0) return;
    rpy_array *a = l->items;
    memmove(&a->items[start], &a->items[stop], sizeof(rpy_word) * (size_t)(n - stop));
    list_shrink(l, n - k);
}

rpy_list *rpy_list_concat(rpy_list *a, rpy_list *b) {
    Signed n = a->length, m = b->length;
    if (n + m > MAX_ITEMS) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    int gc = IS_GC(a->items);
    RPY_PUSH(a); RPY_PUSH(b);
    rpy_list *r = rpy_list_new(n + m, gc);
    RPY_POP(rpy_list *, b); RPY_POP(rpy_list *, a);
    if (r == NULL) return NULL;
    rpy_array *d = r->items;
    if (gc) RPY_WB(d);
    memcpy(d->items, a->items->items, sizeof(rpy_word) * (size_t)n);
    memcpy(&d->items[n], b->items->items, sizeof(rpy_word) * (size_t)m);
    return r;
}

rpy_list *rpy_list_mul(rpy_list *l, Signed times) {
    Signed n = l->length;
    if (times < 0) times = 0;
    if (n > 0 && times > MAX_ITEMS / n) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    int gc = IS_GC(l->items);
    RPY_PUSH(l);
    rpy_list *r = rpy_list_new(n * times, gc);
    RPY_POP(rpy_list *, l);
    if (r == NULL) return NULL;
    rpy_array *d = r->items;
    if (n == 1) {
        /* [x] * times, the common case: a fill; the new items are already
           zero (None / 0 / 0.0) */
        rpy_word w = l->items->items[0];
        if (w.i != 0) {
            if (gc) RPY_WB(d);
            for (Signed k = 0; k < times; k++) d->items[k] = w;
        }
        return r;
    }
    if (gc) RPY_WB(d);
    for (Signed k = 0; k < times; k++)
        memcpy(&d->items[k * n], l->items->items, sizeof(rpy_word) * (size_t)n);
    return r;
}

rpy_list *rpy_list_copy(rpy_list *l) {
    return rpy_list_slice(l, 0, 0, 1, 0, 0);
}

void rpy_list_reverse(rpy_list *l) {
    rpy_word *v = l->items->items;
    for (Signed i = 0, j = l->length - 1; i < j; i++, j--) {
        rpy_word t = v[i]; v[i] = v[j]; v[j] = t;
    }
}

/* ---------------------------------------------------------------- searching */

Signed rpy_list_find(rpy_list *l, rpy_word item, rpy_eq_fn eq) {
    rpy_word *v = l->items->items;
    for (Signed k = 0; k < l->length; k++)
        if (eq(v[k], item)) return k;
    return -1;
}

Signed rpy_list_index(rpy_list *l, rpy_word item, rpy_eq_fn eq) {
    Signed k = rpy_list_find(l, item, eq);
    if (k < 0) rpy_raise(RPY_EXC_ValueError, "list.index(x): x not in list");
    return k;
}

Signed rpy_list_count(rpy_list *l, rpy_word item, rpy_eq_fn eq) {
    Signed c = 0;
    rpy_word *v = l->items->items;
    for (Signed k = 0; k < l->length; k++)
        if (eq(v[k], item)) c++;
    return c;
}

int rpy_list_remove(rpy_list *l, rpy_word item, rpy_eq_fn eq) {
    Signed k = rpy_list_find(l, item, eq);
    if (k < 0) { rpy_raise(RPY_EXC_ValueError, "list.remove(x): x not in list"); return 0; }
    rpy_list_delitem(l, k);
    return 1;
}

/* ---------------------------------------------------------------- sorting */

/* Sorts n entries of width w words (entry[0] is the key) stably. */
typedef struct sorter { rpy_lt_fn lt; Signed w; rpy_word *tmp; } sorter;

#define ENT(base, i) ((base) + (i) * st->w)

static void binary_insertion(sorter *st, rpy_word *v, Signed lo, Signed hi) {
    /* v[lo, hi) sorted in place; w words per entry */
    rpy_word saved[2];
    Signed w = st->w;
    for (Signed i = lo + 1; i < hi; i++) {
        rpy_word *e = ENT(v, i);
        if (!st->lt(e[0], ENT(v, i - 1)[0])) continue;   /* already in place */
        Signed a = lo, b = i - 1;
        /* first position where e < v[pos] (keeps stability) */
        while (a < b) {
            Signed mid = (a + b) >> 1;
            if (st->lt(e[0], ENT(v, mid)[0])) b = mid; else a = mid + 1;
        }
        if (a == i) continue;
        memcpy(saved, e, sizeof(rpy_word) * (size_t)w);
        memmove(ENT(v, a + 1), ENT(v, a), sizeof(rpy_word) * (size_t)(w * (i - a)));
        memcpy(ENT(v, a), saved, sizeof(rpy_word) * (size_t)w);
    }
}

static void merge(sorter *st, rpy_word *v, Signed lo, Signed mid, Signed hi) {
    /* already in order? */
    if (!st->lt(ENT(v, mid)[0], ENT(v, mid - 1)[0])) return;
    Signed w = st->w, nl = mid - lo;
    rpy_word *t = st->tmp;
    memcpy(t, ENT(v, lo), sizeof(rpy_word) * (size_t)(w * nl));
    Signed i = 0, j = mid, o = lo;
    while (i < nl && j < hi) {
        if (st->lt(ENT(v, j)[0], ENT(t, i)[0])) {
            memcpy(ENT(v, o), ENT(v, j), sizeof(rpy_word) * (size_t)w); j++;
        } else {
            memcpy(ENT(v, o), ENT(t, i), sizeof(rpy_word) * (size_t)w); i++;
        }
        o++;
    }
    if (i < nl) memcpy(ENT(v, o), ENT(t, i), sizeof(rpy_word) * (size_t)(w * (nl - i)));
}

static void merge_sort(sorter *st, rpy_word *v, Signed n) {
    const Signed RUN = 32;
    for (Signed lo = 0; lo < n; lo += RUN)
        binary_insertion(st, v, lo, lo + RUN < n ? lo + RUN : n);
    for (Signed width = RUN; width < n; width *= 2)
        for (Signed lo = 0; lo + width < n; lo += 2 * width) {
            Signed hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(st, v, lo, lo + width, hi);
        }
}

static void reverse_words(rpy_word *v, Signed n) {
    for (Signed i = 0, j = n - 1; i < j; i++, j--) { rpy_word t = v[i]; v[i] = v[j]; v[j] = t; }
}

void rpy_list_sort(rpy_list *l, rpy_list *keys, rpy_lt_fn lt, int reverse) {
    Signed n = l->length;
    if (n < 2) return;
    sorter st = { lt, keys ? 2 : 1, NULL };
    rpy_word *work = NULL;
    rpy_word *v;
    if (keys) {
        /* entries (key, item) in a malloc'ed array */
        work = malloc(sizeof(rpy_word) * 2 * (size_t)n);
        if (work == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
        for (Signed k = 0; k < n; k++) { work[2 * k] = keys->items->items[k]; work[2 * k + 1] = l->items->items[k]; }
        v = work;
    } else {
        v = l->items->items;
    }
    st.tmp = malloc(sizeof(rpy_word) * (size_t)st.w * (size_t)n);
    if (st.tmp == NULL) { free(work); rpy_raise(RPY_EXC_MemoryError, ""); return; }
    /* CPython: reverse, stable sort, reverse -- equal elements keep order */
    if (reverse) {
        if (keys) for (Signed i = 0, j = n - 1; i < j; i++, j--) {
            rpy_word a = v[2 * i], b = v[2 * i + 1];
            v[2 * i] = v[2 * j]; v[2 * i + 1] = v[2 * j + 1];
            v[2 * j] = a; v[2 * j + 1] = b;
        } else reverse_words(v, n);
    }
    /* the sort compares a < b as "b should go before a" when reversed:
       sorting ascending then reversing gives descending order */
    merge_sort(&st, v, n);
    if (reverse) {
        if (keys) for (Signed i = 0, j = n - 1; i < j; i++, j--) {
            rpy_word a = v[2 * i], b = v[2 * i + 1];
            v[2 * i] = v[2 * j]; v[2 * i + 1] = v[2 * j + 1];
            v[2 * j] = a; v[2 * j + 1] = b;
        } else reverse_words(v, n);
    }
    if (keys) {
        /* the same pointers are only permuted: the barrier keeps the
           remembered-set invariant trivially true, call it anyway */
        if (IS_GC(keys->items)) RPY_WB(keys->items);
        if (IS_GC(l->items)) RPY_WB(l->items);
        for (Signed k = 0; k < n; k++) { keys->items->items[k] = work[2 * k]; l->items->items[k] = work[2 * k + 1]; }
    }
    free(st.tmp);
    free(work);
}

/* ---------------------------------------------------------------- comparisons */

int rpy_eq_int(rpy_word a, rpy_word b) { return a.i == b.i; }
int rpy_lt_int(rpy_word a, rpy_word b) { return a.i < b.i; }
int rpy_eq_float(rpy_word a, rpy_word b) { return a.f == b.f; }
int rpy_lt_float(rpy_word a, rpy_word b) { return a.f < b.f; }
int rpy_eq_str(rpy_word a, rpy_word b) { return rpy_str_eq(a.p, b.p); }
int rpy_lt_str(rpy_word a, rpy_word b) { return rpy_str_cmp(a.p, b.p) < 0; }
int rpy_eq_ptr(rpy_word a, rpy_word b) { return a.p == b.p; }
