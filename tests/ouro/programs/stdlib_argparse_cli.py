import argparse
import sys


def build():
    p = argparse.ArgumentParser(prog="todo", description="A tiny todo manager.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="todo.db", metavar="PATH")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add an item")
    a.add_argument("title", nargs="+")
    a.add_argument("-p", "--priority", type=int, choices=[1, 2, 3], default=2)
    a.add_argument("--tag", action="append", default=[])
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--all", action="store_true")
    ls.add_argument("--limit", type=int)
    d = sub.add_parser("done")
    d.add_argument("ids", type=int, nargs="*")
    return p


p = build()
for argv in [
    ["add", "buy", "milk", "-p", "1", "--tag", "home", "--tag", "shop"],
    ["-vv", "list", "--all"],
    ["--db", "x.db", "list", "--limit", "3"],
    ["done", "1", "2", "3"],
]:
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))
print(repr(argparse.Namespace(a=1, b="x")))
print(p.format_usage(), end="")
print(p.format_help())
for bad in [["add"], ["add", "x", "-p", "9"], ["list", "--limit", "abc"], ["frob"], []]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)

q = argparse.ArgumentParser(prog="calc")
q.add_argument("numbers", type=float, nargs="+")
q.add_argument("--op", choices=["sum", "max", "min"], default="sum")
g = q.add_mutually_exclusive_group()
g.add_argument("--quiet", action="store_true")
g.add_argument("--loud", action="store_true")
ns = q.parse_args(["1", "2.5", "--op", "max"])
print(ns, getattr(__builtins__, ns.op, None) is max)
try:
    q.parse_args(["1", "--quiet", "--loud"])
except SystemExit as e:
    print("exit", e.code)
known, rest = q.parse_known_args(["3", "--extra", "7"])
print(known, rest)
q.parse_args(["--help"])
print("not reached")
