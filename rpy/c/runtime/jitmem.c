/* jitmem.c -- machine code of the translated JIT: executable memory,
 * entering a compiled loop, the jitframe GC type.
 *
 * Executable pages are never writable and executable at once: mapped RW,
 * filled by the RPy side (rpy/rlib/rjitmem.py: byte stores), then switched
 * to RX; freed with munmap when their loop is freed.
 *
 * A compiled loop is `Signed loop(Signed *words)` (System V): inputs are
 * read from words[], an exit writes its values there and returns the index
 * of its descr (docs/design-jit.md, "x86-64 backend: assembler").  With a
 * jitframe, the words are the frame's; the frame is an old object (never
 * moves) so that the machine code may keep its address across calls that
 * collect.  The machine code stores references into the frame at exits
 * without a write barrier; rpy_jit_call_frame runs it once, after the loop
 * returned and before anything can allocate.
 */
#include "rpy.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

void rpy_jit_bad_cast(void *ref, const char *cls) {
    fprintf(stderr, "Fatal RPy error: cast_gcref_to_instance: object of type id %u is not a %s\n",
            (unsigned)RPY_TID(ref), cls);
    exit(1);
}

/* visits exc and the words the current gcmap names */
static void jitframe_trace(void *obj, void (*visit)(void **slot)) {
    rpy_jitframe *f = obj;
    visit(&f->exc);
    const Signed *m = f->gcmap;
    if (m == NULL) return;
    for (; *m >= 0; m++)
        visit((void **)&f->words[*m]);
}

const rpy_typeinfo rpy_ti_jitframe = {
    "jitframe", sizeof(rpy_jitframe), sizeof(Signed),
    offsetof(rpy_jitframe, length), offsetof(rpy_jitframe, words),
    NULL, 0, jitframe_trace
};

/* Without --opt=jit no table is generated; a program then has no function
   to call from machine code (rpy.rlib.rjitmem.FuncAddress stays unbound). */
__attribute__((weak)) void *const rpy_jit_functions[] = { NULL };

Signed rpy_jit_mmap_rw(Signed size) {
    void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return 0;
    return (Signed)p;
}

Signed rpy_jit_protect_rx(Signed addr, Signed size) {
    return mprotect((void *)addr, (size_t)size, PROT_READ | PROT_EXEC) == 0 ? 0 : -1;
}

Signed rpy_jit_protect_rw(Signed addr, Signed size) {
    return mprotect((void *)addr, (size_t)size, PROT_READ | PROT_WRITE) == 0 ? 0 : -1;
}

void rpy_jit_munmap(Signed addr, Signed size) {
    munmap((void *)addr, (size_t)size);
}

typedef Signed (*rpy_jit_loop_fn)(Signed *words);

Signed rpy_jit_call_raw(Signed addr, Signed words) {
    return ((rpy_jit_loop_fn)addr)((Signed *)words);
}

Signed rpy_jit_call_frame(Signed addr, void *frame) {
    rpy_jitframe *f = frame;
    Signed r = ((rpy_jit_loop_fn)addr)(f->words);
    /* the exit stored references (maybe young) into an old object */
    RPY_WB(f);
    return r;
}

void *rpy_jit_frame_new(Signed nwords) {
    rpy_jitframe *f = rpy_gc_malloc_varsize(RPY_TID_JITFRAME, nwords);
    if (f == NULL) return NULL;
    if (!(f->hdr.gcflags & RPY_GCFLAG_OLD)) {
        /* a minor collection makes it old: frames are made once per loop
           (cached), so this costs little and the GC needs no new entry */
        RPY_PUSH(f);
        rpy_gc_collect_minor();
        RPY_POP(rpy_jitframe *, f);
    }
    return f;
}
