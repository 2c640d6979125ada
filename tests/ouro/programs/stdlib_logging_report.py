import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("starting %s", "up")
log.info("value=%d", 42)
sub = logging.getLogger("app.db")
sub.warning("slow query %.1fms", 12.345)
sub.setLevel(logging.ERROR)
sub.warning("hidden")
sub.error("failed: %r", {"id": 1})
print(sub.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("INFO"))
print(repr(log), repr(sub), repr(logging.getLogger()))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.setLevel(logging.INFO)
other.info("hello %s and %s", "a", "b")
other.debug("no")
other.critical("boom")
try:
    1 / 0
except ZeroDivisionError:
    other.exception("math failed")


class Counting(logging.Handler):
    def __init__(self):
        super().__init__()
        self.counts = {}

    def emit(self, record):
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1


ch = Counting()
other.addHandler(ch)
for i in range(5):
    other.log(logging.WARNING if i % 2 else logging.INFO, "msg %d", i)
print(sorted(ch.counts.items()))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


other.addFilter(OnlyEven())
for i in range(4):
    other.warning("filtered %d", i)
adapter = logging.LoggerAdapter(other, {"user": "bob"})
adapter.warning("adapted %d", 2)
logging.getLogger("app").warning("to stderr? no, basicConfig to stdout")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.info("enabled again")
logging.warning("root warning")
print(logging.WARNING, logging.DEBUG, logging.CRITICAL, logging.FATAL)
