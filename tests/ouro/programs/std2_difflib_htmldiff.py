"""difflib beyond unified_diff: HtmlDiff tables and files, ndiff with
hints, SequenceMatcher opcodes, get_close_matches, context_diff."""
import difflib

a = ["def hello():\n", "    print('hello world')\n", "    return 1\n", "\n", "x = 1\n"]
b = ["def hello(name):\n", "    print('hello', name)\n", "    return 1\n", "\n", "y = 2\n", "z = 3\n"]
hd = difflib.HtmlDiff(tabsize=4, wrapcolumn=40)
table = hd.make_table(a, b, "before.py", "after.py", context=True, numlines=1)
print(table)
page = difflib.HtmlDiff().make_file(["one\n", "two\n"], ["one\n", "too\n"], "a", "b")
print(page.count("<tr>"), "<!DOCTYPE html" in page, page.count('class="diff_chg"'))
print("".join(difflib.ndiff(["abcdefg\n", "same\n"], ["abcxefgh\n", "same\n"])))
print("".join(difflib.context_diff(a, b, "a.py", "b.py", "t1", "t2", n=1)))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(sm.get_opcodes(), round(sm.ratio(), 4), sm.find_longest_match(0, 10, 0, 10))
print(sm.get_matching_blocks())
print(list(sm.get_grouped_opcodes(1)))
junk = difflib.SequenceMatcher(lambda x: x == " ", "a b c d", "a  bcd")
print(junk.get_opcodes(), round(junk.quick_ratio(), 3), round(junk.real_quick_ratio(), 3))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "when", "whale"], n=2, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(["a\n"], ["b\n"]), 2)))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"x\n"], [b"y\n"], b"a", b"b")))
try:
    difflib.get_close_matches("x", ["y"], n=0)
except ValueError as e:
    print("ValueError:", e)
try:
    list(difflib.unified_diff([b"x"], ["y"]))
except TypeError as e:
    print("TypeError:", e)
