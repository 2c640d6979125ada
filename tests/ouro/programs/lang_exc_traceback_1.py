# __traceback__ objects: tb_lineno, tb_frame, tb_next, with_traceback
import sys
import traceback

def inner():
    raise ValueError("deep")

def middle():
    inner()

def outer():
    middle()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_filename.endswith("lang_exc_traceback_1.py"))
    info = sys.exc_info()
    print(info[0].__name__, info[1] is e, info[2] is e.__traceback__)
    summary = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in summary])
    print(traceback.format_exception_only(type(e), e))
print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError as e:
    saved = e
print(saved.__traceback__.tb_lineno, saved.__traceback__.tb_next)
e2 = RuntimeError("fresh")
print(e2.__traceback__)
e3 = e2.with_traceback(saved.__traceback__)
print(e3 is e2, e2.__traceback__.tb_lineno)
try:
    raise e2
except RuntimeError as r:
    lines = []
    tb = r.__traceback__
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
def gen_tb():
    try:
        yield 1
        raise OSError("in gen")
    except OSError as e:
        yield e.__traceback__.tb_frame.f_code.co_name
g = gen_tb()
print(next(g), next(g))
try:
    ZeroDivisionError().__traceback__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print("".join(traceback.format_exception(ValueError, ValueError("no tb"), None)), end="")
