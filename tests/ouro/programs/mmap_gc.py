"""mmap: maps dropped without close() are unmapped when they die (the
finalizer queue here, reference counting in CPython): more maps than
the kernel's default limit of 65530 mappings per process are made and
dropped one after the other."""
import mmap

total = 0
for i in range(70000):
    m = mmap.mmap(-1, mmap.PAGESIZE)
    m[i % mmap.PAGESIZE] = i % 256
    total += m[i % mmap.PAGESIZE]
print(total)
