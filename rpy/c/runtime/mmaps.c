/* mmaps.c -- memory maps for rpy.rlib.rmmap (its docstring documents
 * the functions).  A mapping is its address as a Signed.  Failures raise
 * OSError with the errno (rpy_os_raise_errno), read back with
 * ros.get_errno().
 */
#define _GNU_SOURCE     /* mremap, memmem */
#include "rpy.h"
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

Signed rpy_mmap_mmap(Signed length, Signed prot, Signed flags, Signed fd, Signed offset) {
    void *p = mmap(NULL, (size_t)length, (int)prot, (int)flags, (int)fd, (off_t)offset);
    if (p == MAP_FAILED) { rpy_os_raise_errno(errno); return 0; }
    return (Signed)p;
}

void rpy_mmap_munmap(Signed addr, Signed length) {
    munmap((void *)addr, (size_t)length);
}

void rpy_mmap_msync(Signed addr, Signed length) {
    if (msync((void *)addr, (size_t)length, MS_SYNC) != 0) rpy_os_raise_errno(errno);
}

void rpy_mmap_madvise(Signed addr, Signed length, Signed option) {
    if (madvise((void *)addr, (size_t)length, (int)option) != 0) rpy_os_raise_errno(errno);
}

Signed rpy_mmap_mremap(Signed addr, Signed old, Signed new_size) {
    void *p = mremap((void *)addr, (size_t)old, (size_t)new_size, MREMAP_MAYMOVE);
    if (p == MAP_FAILED) { rpy_os_raise_errno(errno); return 0; }
    return (Signed)p;
}

rpy_string *rpy_mmap_read(Signed addr, Signed n) {
    if (n <= 0) return rpy_bytes_from_mem("", 0);
    return rpy_bytes_from_mem((const char *)addr, n);
}

void rpy_mmap_write(Signed addr, rpy_string *data) {
    memcpy((void *)addr, data->data, (size_t)data->length);
}

void rpy_mmap_move(Signed dst, Signed src, Signed n) {
    if (n > 0) memmove((void *)dst, (const void *)src, (size_t)n);
}

Signed rpy_mmap_find(Signed addr, Signed n, rpy_string *needle, Signed reverse) {
    const char *hay = (const char *)addr;
    Signed k = needle->length;
    if (k > n) return -1;
    if (!reverse) {
        void *p = memmem(hay, (size_t)n, needle->data, (size_t)k);
        return p == NULL ? -1 : (Signed)((const char *)p - hay);
    }
    if (k == 0) return n;
    for (Signed i = n - k; i >= 0; i--) {
        if (hay[i] == needle->data[0] && memcmp(hay + i, needle->data, (size_t)k) == 0)
            return i;
    }
    return -1;
}

Signed rpy_mmap_find_byte(Signed addr, Signed n, Signed b) {
    if (n <= 0) return -1;
    const char *p = memchr((const void *)addr, (int)b, (size_t)n);
    return p == NULL ? -1 : (Signed)(p - (const char *)addr);
}

Signed rpy_mmap_pagesize(void) { return (Signed)sysconf(_SC_PAGESIZE); }

/* the constants CPython 3.11's mmap module exports on Linux, each where
 * the headers define it */
static const struct { const char *name; long value; } constants[] = {
#ifdef MADV_DODUMP
    {"MADV_DODUMP", MADV_DODUMP},
#endif
#ifdef MADV_DOFORK
    {"MADV_DOFORK", MADV_DOFORK},
#endif
#ifdef MADV_DONTDUMP
    {"MADV_DONTDUMP", MADV_DONTDUMP},
#endif
#ifdef MADV_DONTFORK
    {"MADV_DONTFORK", MADV_DONTFORK},
#endif
#ifdef MADV_DONTNEED
    {"MADV_DONTNEED", MADV_DONTNEED},
#endif
#ifdef MADV_FREE
    {"MADV_FREE", MADV_FREE},
#endif
#ifdef MADV_HUGEPAGE
    {"MADV_HUGEPAGE", MADV_HUGEPAGE},
#endif
#ifdef MADV_HWPOISON
    {"MADV_HWPOISON", MADV_HWPOISON},
#endif
#ifdef MADV_MERGEABLE
    {"MADV_MERGEABLE", MADV_MERGEABLE},
#endif
#ifdef MADV_NOHUGEPAGE
    {"MADV_NOHUGEPAGE", MADV_NOHUGEPAGE},
#endif
#ifdef MADV_NORMAL
    {"MADV_NORMAL", MADV_NORMAL},
#endif
#ifdef MADV_RANDOM
    {"MADV_RANDOM", MADV_RANDOM},
#endif
#ifdef MADV_REMOVE
    {"MADV_REMOVE", MADV_REMOVE},
#endif
#ifdef MADV_SEQUENTIAL
    {"MADV_SEQUENTIAL", MADV_SEQUENTIAL},
#endif
#ifdef MADV_UNMERGEABLE
    {"MADV_UNMERGEABLE", MADV_UNMERGEABLE},
#endif
#ifdef MADV_WILLNEED
    {"MADV_WILLNEED", MADV_WILLNEED},
#endif
#ifdef MAP_ANON
    {"MAP_ANON", MAP_ANON},
#endif
#ifdef MAP_ANONYMOUS
    {"MAP_ANONYMOUS", MAP_ANONYMOUS},
#endif
#ifdef MAP_DENYWRITE
    {"MAP_DENYWRITE", MAP_DENYWRITE},
#endif
#ifdef MAP_EXECUTABLE
    {"MAP_EXECUTABLE", MAP_EXECUTABLE},
#endif
#ifdef MAP_POPULATE
    {"MAP_POPULATE", MAP_POPULATE},
#endif
#ifdef MAP_PRIVATE
    {"MAP_PRIVATE", MAP_PRIVATE},
#endif
#ifdef MAP_SHARED
    {"MAP_SHARED", MAP_SHARED},
#endif
#ifdef MAP_STACK
    {"MAP_STACK", MAP_STACK},
#endif
#ifdef PROT_EXEC
    {"PROT_EXEC", PROT_EXEC},
#endif
#ifdef PROT_READ
    {"PROT_READ", PROT_READ},
#endif
#ifdef PROT_WRITE
    {"PROT_WRITE", PROT_WRITE},
#endif
};

Signed rpy_mmap_constant(rpy_string *name) {
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        const char *c = constants[i].name;
        if ((Signed)strlen(c) == name->length && memcmp(c, name->data, (size_t)name->length) == 0)
            return (Signed)constants[i].value;
    }
    return -1;
}
