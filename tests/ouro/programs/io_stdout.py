"""sys.stdout/sys.stderr/sys.stdin as io.TextIOWrapper objects: their
attributes, write() results, print(file=...), redirection to a StringIO,
the binary buffer underneath."""
import io
import sys

out = sys.stdout
print(type(out).__name__, out.name, out.mode, out.encoding, out.writable(), out.readable())
print(type(sys.stderr).__name__, sys.stderr.name, sys.stderr.errors, sys.stderr.line_buffering)
print(type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode, sys.stdin.readable())
print(isinstance(out, io.TextIOBase), out.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.__stdout__ is out, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
n = out.write("written directly\n")
print("returned", n)
out.writelines(["one ", "two\n"])
print("to stdout explicitly", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 42)
print("more", end="")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured text:", repr(captured))
print("flush", flush=True)
sys.stdout.flush()
print(type(sys.stdout.buffer).__name__, sys.stdout.buffer.name)
sys.stdout.buffer.write(b"raw bytes line\n")
sys.stdout.buffer.flush()
print("after buffer write")
print("unicode: é€𝄞")
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(repr(sys.stdout)[:40])
