# each thread has its own current contextvars context (a new thread starts
# with an empty one), so decimal's context is per thread
import contextvars
import decimal
import threading

v = contextvars.ContextVar("v")
v.set("main")
out = []


def worker(name):
    out.append((name, v.get("unset")))
    v.set(name)
    out.append((name, v.get()))
    ctx = contextvars.copy_context()
    out.append((name, ctx[v]))


for n in ("t1", "t2"):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
print(out, v.get())

# Context.run in a thread does not leak into the main thread
ctx = contextvars.copy_context()
t = threading.Thread(target=lambda: ctx.run(v.set, "inside run"))
t.start()
t.join()
print(ctx[v], v.get())

decimal.getcontext().prec = 5
results = {}


def dec_worker():
    results["thread prec"] = decimal.getcontext().prec
    decimal.getcontext().prec = 50
    results["thread value"] = str(decimal.Decimal(1) / decimal.Decimal(7))


t = threading.Thread(target=dec_worker)
t.start()
t.join()
print(results, decimal.getcontext().prec, decimal.Decimal(1) / decimal.Decimal(7))
