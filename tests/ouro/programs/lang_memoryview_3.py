# memoryview: multi-dimensional casts, tolist/tobytes, comparisons, slicing views share memory
data = bytearray(range(12))
m = memoryview(data)
grid = m.cast("B", (3, 4))
print(grid.shape, grid.strides, grid.ndim, grid.tolist())
print(grid[1, 2], grid[2, 3])
grid[0, 0] = 99
print(data[0], m[0])
words = memoryview(bytearray(8)).cast("H")
words[0] = 0xABCD
words[3] = 7
print(words.tolist(), bytes(words.obj).hex(), len(words), words.nbytes)
print(m[2:6].tolist(), m[2:6].tobytes(), m[::3].tolist(), m[-2:].hex(" "))
view = m[4:8]
view[:] = b"WXYZ"
print(bytes(data))
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == bytearray(b"abc"), memoryview(b"abc") == "abc")
print(memoryview(b"ab") == [97, 98], memoryview(b"\x01").cast("b").tolist())
try:
    grid[3, 0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    grid[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    m.cast("I")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(bytes(7)).cast("I")
except TypeError as e:
    print(type(e).__name__, e)
try:
    data.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m.release()
grid.release()
view.release()
words.release()
data.append(1)
print(len(data))
