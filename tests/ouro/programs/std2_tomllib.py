"""tomllib: parsing a configuration document with every value kind, and
the error messages for malformed documents."""
import tomllib
import io

DOC = '''
title = "TOML example"  # comment
version = 2
pi = 3.14159
neg_inf = -inf
hex = 0xDEAD_BEEF
oct = 0o755
bin = 0b1101
exp = 6.02e23
enabled = true
literal = 'C:\\Users\\path'
multi = """
line one
line two \
continued"""
raw_multi = \'\'\'
no \\escapes\'\'\'
unicode = "caf\\u00e9 \\U0001F600"
odt = 1979-05-27T07:32:00-08:00
ldt = 1979-05-27T07:32:00.999999
ld = 1979-05-27
lt = 07:32:00
list = [1, 2, 3,]
mixed = [[1, 2], ["a", "b"], {x = 1}]
inline = { name = "n", nested.deep = true }

[server]
host = "localhost"
ports = [8000, 8001]

[server.tls]
enabled = false

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[a.b."quoted key"]
"key with spaces" = 1
'''

data = tomllib.loads(DOC)
for key in data:
    print(key, "=", repr(data[key]))
print(tomllib.load(io.BytesIO(b"x = 1\n[t]\ny = 'z'\n")))
print(tomllib.loads("v = 1.5", parse_float=lambda s: "float:" + s))
for bad in ("x = ", "x = 1\nx = 2", "[t]\n[t]", "a = [1, 2", "s = \"unterminated", "k = 1979-13-01", "= 1", "x = 1 y = 2", "t = {a = 1,}", "b = tru"):
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), "->", e)
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as e:
    print("TypeError:", e)
