"""optparse: a command-line parser with groups, callbacks, help output,
and the error path (usage on stderr, status 2)."""
import optparse
import sys


def record(option, opt_str, value, parser):
    parser.values.ensure_value("seen", []).append((opt_str, value))


parser = optparse.OptionParser(usage="%prog [options] FILE...", version="%prog 1.0", prog="tool")
parser.add_option("-v", "--verbose", action="count", dest="verbosity", default=0, help="more output")
parser.add_option("-o", "--output", metavar="PATH", help="write to PATH [default: %default]", default="out.txt")
parser.add_option("-n", type="int", dest="count", default=1)
parser.add_option("--ratio", type="float")
parser.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast")
parser.add_option("--tag", action="append", dest="tags")
parser.add_option("--cb", action="callback", callback=record, type="string")
group = optparse.OptionGroup(parser, "Danger", "Options you should not use.")
group.add_option("--force", action="store_true", default=False)
parser.add_option_group(group)

opts, args = parser.parse_args(["-vv", "-o", "res.csv", "-n", "3", "--ratio=0.5", "--tag", "a", "--tag=b", "--cb", "x", "f1", "f2"])
print(opts.verbosity, opts.output, opts.count, opts.ratio, opts.mode, opts.tags, opts.force, args)
print(opts.seen)
print(sorted(vars(opts)))
opts, args = parser.parse_args(["--", "-v"])
print(opts.verbosity, args)
parser.print_help()
print(parser.get_usage())
print(parser.get_version())
print(str(parser.get_option("-o")), repr(parser.get_option("-o")).split(":")[-1])
try:
    parser.add_option("-o", "--other")
except optparse.OptionConflictError as e:
    print("OptionConflictError:", e)
try:
    optparse.Option("--bad", type="int", action="store_true")
except optparse.OptionError as e:
    print("OptionError:", e)
parser.parse_args(["-n", "three"])
print("not reached")
