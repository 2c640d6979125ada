"""cmd.Cmd: a small command shell driven from a scripted stdin."""
import cmd
import io


class Inventory(cmd.Cmd):
    intro = "inventory shell; type help"
    prompt = "(inv) "

    def __init__(self, stdin, stdout):
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = False
        self.items = {}

    def do_add(self, arg):
        """add NAME [COUNT]: add items"""
        parts = arg.split()
        if not parts:
            self.stdout.write("*** need a name\n")
            return
        count = int(parts[1]) if len(parts) > 1 else 1
        self.items[parts[0]] = self.items.get(parts[0], 0) + count

    def do_list(self, arg):
        """list: show the items"""
        for name in sorted(self.items):
            self.stdout.write("%-8s %3d\n" % (name, self.items[name]))

    def complete_add(self, text, line, begidx, endidx):
        return [n for n in ("apple", "apricot", "banana") if n.startswith(text)]

    def help_stats(self):
        self.stdout.write("stats: not a command, just help\n")

    def do_quit(self, arg):
        """quit: leave"""
        self.stdout.write("bye\n")
        return True

    def precmd(self, line):
        return line.strip()

    def emptyline(self):
        self.stdout.write("(empty)\n")

    def default(self, line):
        self.stdout.write("unknown: %r\n" % line)


script = io.StringIO("add apple 3\nadd banana\n\nadd apple\nlist\nfrobnicate now\nhelp\nhelp add\nhelp stats\nhelp nothing\n?list\nquit\nlist\n")
out = io.StringIO()
shell = Inventory(script, out)
shell.cmdloop()
print(out.getvalue())
print(shell.completenames("q"))
print(shell.complete_add("ap", "add ap", 4, 6))
print(shell.parseline("add x 1"), shell.parseline("!ls"), shell.parseline("?"))
print(shell.onecmd("add pear 2"), shell.items)
# a command whose int() fails propagates out of onecmd
try:
    shell.onecmd("add kiwi many")
except ValueError as e:
    print("ValueError:", e)
shell.columnize(["alpha", "beta", "gamma", "delta", "epsilon"] * 3, displaywidth=30)
print(out.getvalue().splitlines()[-4:])
