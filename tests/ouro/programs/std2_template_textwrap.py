"""string.Template (substitute, safe_substitute, custom delimiters and
patterns, error messages) and textwrap (wrap, fill, shorten, dedent,
indent, TextWrapper options)."""
import string
import textwrap

t = string.Template("$who likes ${what}; cost: $$$amount")
print(t.substitute(who="Tim", what="kung pao", amount=10))
print(t.substitute({"who": "Ann", "what": "tea"}, amount=3))
print(t.safe_substitute(who="Sam"))
print(t.get_identifiers(), t.is_valid())
for kwargs in ({"who": "x"}, ):
    try:
        t.substitute(**kwargs)
    except KeyError as e:
        print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    string.Template("${unclosed").substitute(unclosed=1)
except ValueError as e:
    print("ValueError:", e)
print(string.Template("bad $ here").is_valid())


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


class Braces(string.Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[_a-z]+)\}\} |
      (?P<braced>[_a-z]+)\}\} |
      (?P<invalid>)
    )
    """


print(Percent("%name is %age years, 100%% sure").substitute(name="Al", age=30))
print(Braces("Hi {{name}}, {{{{literal").substitute(name="Bo"))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.shorten("Hello  world!", width=12))
print(repr(textwrap.dedent("    def f():\n        return 1\n\n    x = 2\n")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb\n", "+ ", lambda line: True)))
w = textwrap.TextWrapper(width=20, break_long_words=False, break_on_hyphens=False, max_lines=3, placeholder="~")
print(w.wrap("supercalifragilisticexpialidocious is a well-known long-winded word used in songs"))
w2 = textwrap.TextWrapper(width=15, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False, fix_sentence_endings=True)
print(w2.wrap("One.\tTwo words. Three\nfour  five."))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("a long sentence here", width=5, placeholder=" [too long placeholder]")
except ValueError as e:
    print("ValueError:", e)
