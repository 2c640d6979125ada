# Text with lone surrogates (bytes decoded with surrogateescape: file names,
# command output) printed to sys.stdout/sys.stderr: the streams' error
# handlers decide (stdout: surrogateescape under the C/POSIX/C.UTF-8
# locales, stderr: backslashreplace).
import sys

raw = b"caf\xe9 na\xefve \xff\xfe ok"
text = raw.decode("utf-8", "surrogateescape")
print(repr(text), len(text))
print(text.encode("utf-8", "surrogateescape") == raw)
print(text.encode("utf-8", "backslashreplace"))
print(text.encode("ascii", "replace"), text.encode("utf-8", "replace"))
print("stderr errors:", sys.stderr.errors)
print("to stderr:", text, file=sys.stderr)
print("lone high surrogate:", "\ud800", file=sys.stderr)
if sys.stdout.errors == "surrogateescape":
    print("to stdout:", text)
    sys.stdout.write("written: " + text + "\n")
    print(["list repr", text])
    print("\udcc3\udca9 is two escaped bytes of one UTF-8 character")
else:
    print("to stdout:", text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
sys.stdout.flush()
for name in [b"plain.txt", b"latin1-\xe9.txt", b"\xff\xfe.bin"]:
    decoded = name.decode("utf-8", "surrogateescape")
    shown = decoded.encode("utf-8", "backslashreplace").decode("ascii")
    print(f"{shown:<24} {len(name):>3} bytes {decoded.isprintable()}")
errors = sys.stdout.errors
for handler in ["replace", "backslashreplace", "ignore", "xmlcharrefreplace", "surrogatepass"]:
    sys.stdout.reconfigure(errors=handler)
    print(f"{handler}:", sys.stdout.errors, text[:6], "\ud83d")
sys.stdout.reconfigure(errors=errors)
print("done", sys.stdout.errors == errors)
