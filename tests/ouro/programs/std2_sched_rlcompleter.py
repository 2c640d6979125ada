"""sched with a simulated clock (priorities, cancel, queue), and
rlcompleter completing names and attributes."""
import rlcompleter
import sched


class Clock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, delay):
        self.now += delay


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def job(name, *extra):
    log.append((clock.now, name) + extra)
    if name == "spawn":
        s.enter(1, 1, job, ("spawned",))


s.enter(5, 2, job, ("low",))
s.enter(5, 1, job, ("high",))
s.enterabs(2, 1, job, ("abs", 42))
e = s.enter(3, 1, job, ("cancelled",))
s.enter(4, 1, job, ("spawn",), {})
s.enter(1, 1, job, argument=("kw",), kwargs={})
print([(ev.time, ev.priority, ev.argument) for ev in s.queue])
s.cancel(e)
print(s.empty(), len(s.queue))
s.run()
for entry in log:
    print(entry)
print(s.empty(), clock.now)
try:
    s.cancel(e)
except ValueError as err:
    print("ValueError:", err)
s.enter(10, 1, job, ("later",))
print(s.run(blocking=False), clock.now, len(s.queue))


class Config:
    verbose = True
    version = 3

    def reload(self):
        pass


ns = {"config": Config(), "configure": 1, "conflict_value": 2, "print": print}
c = rlcompleter.Completer(ns)


def all_completions(text):
    out = []
    i = 0
    while True:
        r = c.complete(text, i)
        if r is None:
            return out
        out.append(r)
        i += 1


print(all_completions("conf"))
print(all_completions("config.ve"))
print(all_completions("config.re"))
print(all_completions("whi"), all_completions("imp"))
print(all_completions("pri"))
print(all_completions("config._"))
print(all_completions("nosuch.attr"))
# (c.complete("", 0) depends on readline being importable: not tested)
