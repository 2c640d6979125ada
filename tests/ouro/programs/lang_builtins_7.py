# print(): sep, end, file, flush; output to stderr with exit status 0
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="", end="|\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": 1}, sep=" / ")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout, flush=True)
print(*range(5))
print(*"abc", sep=",")
print("multi\nline", "text")
print("tab\tseparated", sep=None, end=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("captured", 42, file=w)
print("parts:", w.parts)
print("unicode: é 😀 日本", "\u00e9")
sys.stdout.write("written directly\n")
sys.stderr.write("stderr direct\n")
print(repr(sys.stdout.write("x")))
for bad in [dict(sep=5), dict(end=[]), dict(file=5)]:
    try:
        print("bad", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("done")
