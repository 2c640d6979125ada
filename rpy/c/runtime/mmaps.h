/* mmaps.h -- the runtime functions of mmaps.c (included by rpy.h;
 * rpy/rlib/rmmap.py documents them). */
#ifndef RPY_MMAPS_H
#define RPY_MMAPS_H

Signed rpy_mmap_mmap(Signed length, Signed prot, Signed flags, Signed fd, Signed offset);
void rpy_mmap_munmap(Signed addr, Signed length);
void rpy_mmap_msync(Signed addr, Signed length);
void rpy_mmap_madvise(Signed addr, Signed length, Signed option);
Signed rpy_mmap_mremap(Signed addr, Signed old, Signed new_size);
rpy_string *rpy_mmap_read(Signed addr, Signed n);
void rpy_mmap_write(Signed addr, rpy_string *data);
void rpy_mmap_move(Signed dst, Signed src, Signed n);
Signed rpy_mmap_find(Signed addr, Signed n, rpy_string *needle, Signed reverse);
Signed rpy_mmap_find_byte(Signed addr, Signed n, Signed b);
Signed rpy_mmap_pagesize(void);
Signed rpy_mmap_constant(rpy_string *name);

#endif
