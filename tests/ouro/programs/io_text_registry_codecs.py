# Text files in the codec registry's codecs that are not built in (utf-16,
# utf-32 with and without a BOM, utf-8-sig): read, readline, tell/seek,
# iteration, append without a second BOM, newline='' round trip,
# reconfigure, detach, unknown and non-text encodings.
import io, os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'u16.txt')
for enc in ['utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'utf-32-be']:
    with open(path, 'w', encoding=enc) as f:
        print(type(f).__name__, f.encoding, repr(f).split(' name=')[0], repr(f).split(' mode=')[1])
        f.write('héllo\nwörld 😀\r\nlast')
    data = open(path, 'rb').read()
    print(enc, len(data), data[:12])
    with open(path, encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        again = f.read()
        print(repr(first), repr(rest), rest == again, f.newlines)
    with open(path, encoding=enc) as f:
        print([l for l in f])
    with open(path, 'a', encoding=enc) as f:
        f.write('+more')
    print(open(path, encoding=enc).read()[-12:], len(open(path, 'rb').read()))
with open(path, 'w', encoding='utf-16', newline='') as f:
    f.write('a\r\nb')
print(open(path, encoding='utf-16', newline='').read().encode())
t = io.TextIOWrapper(io.BytesIO('xyz'.encode('utf-16')), encoding='utf-16')
print(t.read(), isinstance(t, io.TextIOWrapper), isinstance(t, io.TextIOBase))
try:
    open(path, encoding='nope')
except LookupError as e:
    print('LookupError', e)
try:
    open(path, encoding='hex')
except LookupError as e:
    print('LookupError', e)
with open(path, 'w', encoding='utf-16') as f:
    f.write('abc')
    f.reconfigure(line_buffering=True)
    print(f.line_buffering, f.errors)
f = open(path, encoding='utf-16')
b = f.detach()
print(type(b).__name__)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
b.close()
os.remove(path)
os.rmdir(os.path.dirname(path))
