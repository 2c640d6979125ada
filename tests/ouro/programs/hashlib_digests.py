"""hashlib without OpenSSL: md5, sha1, sha2, sha3/shake and blake2 from
the built-in modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2),
hmac and compare_digest; importing hashlib must log nothing."""
import hashlib
import hmac

for name in sorted(hashlib.algorithms_guaranteed):
    for data in [b'', b'abc', b'x' * 200, bytes(range(256)) * 5]:
        h = hashlib.new(name, data)
        if name.startswith('shake'):
            print(name, h.hexdigest(40), h.digest(3), h.digest_size, h.block_size, h.name)
        else:
            print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)

print(hashlib.md5(b"hello world").hexdigest(), hashlib.sha256("x".encode()).digest()[:8])
h = hashlib.sha256()
for chunk in [b'a' * 63, b'b', b'c' * 65, b'']:
    h.update(chunk)
c = h.copy()
c.update(b'more')
print(h.hexdigest(), c.hexdigest())
h = hashlib.sha3_256()
h.update(b'a' * 135)
h.update(b'b')
print(h.hexdigest(), h.copy().hexdigest() == h.hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=20, key=b'k' * 32, salt=b's', person=b'p').hexdigest())
print(hashlib.blake2b(b'x' * 128, key=b'key').hexdigest(), hashlib.blake2s(b'x' * 64, key=b'k').hexdigest())
print(hashlib.blake2b(b'tree', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1,
                      inner_size=9, last_node=True).hexdigest())
print(hashlib.blake2s(b'tree', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1,
                      inner_size=9, last_node=True).hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k' * 65), dict(salt=b's' * 17),
           dict(person=b'p' * 17), dict(fanout=256), dict(depth=0), dict(node_depth=256),
           dict(inner_size=65)]:
    try:
        hashlib.blake2b(**kw)
    except ValueError as e:
        print(e)
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2b().name)
for bad in ['text', 5]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print(e)
try:
    hashlib.new('nope')
except ValueError as e:
    print(e)

print(hmac.new(b'key', b'msg', hashlib.sha256).hexdigest())
print(hmac.new(b'key', b'msg', 'md5').hexdigest(), hmac.digest(b'k', b'm', 'sha1'))
m = hmac.new(b'secret', digestmod='sha512')
m.update(b'part1')
m.update(b'part2')
print(m.hexdigest()[:32], m.name, m.digest_size)
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', bytearray(b'b')),
      hmac.compare_digest(b'ab', b'a'))
for a, b in [('a', b'a'), (1, 1), ('\xe9', '\xe9'), (b'a', 'a')]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print(type(e).__name__, e)


def file_id(lines):
    """A typical use: a content hash of text."""
    digest = hashlib.sha1()
    for line in lines:
        digest.update(line.encode('utf-8'))
    return digest.hexdigest()[:12]


print(file_id(['caf\xe9\n', 'na\xefve\n', '\u20ac\n']))
