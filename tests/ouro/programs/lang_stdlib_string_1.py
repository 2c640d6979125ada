# string module and textwrap
import string
import textwrap
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what; $$5 ${who}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0}b{x!r:>3}c")))
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.shorten(text, 50), textwrap.shorten("short", 50))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.dedent("    x\n      y\n    z\n")))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.fill("supercalifragilisticexpialidocious and more words here"))
print(textwrap.fill("a b c", width=1))
