# the built-in exception hierarchy
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__[:-1])
for cls in [ZeroDivisionError, FileNotFoundError, KeyError, IndexError, UnicodeDecodeError,
            ModuleNotFoundError, RecursionError, NotImplementedError, StopIteration, StopAsyncIteration,
            KeyboardInterrupt, SystemExit, GeneratorExit, TimeoutError, BrokenPipeError, ConnectionRefusedError,
            UnboundLocalError, TabError, OverflowError, FloatingPointError, BlockingIOError, ChildProcessError,
            IsADirectoryError, PermissionError, ProcessLookupError, InterruptedError, EOFError, MemoryError,
            ReferenceError, BufferError, UserWarning, DeprecationWarning, SyntaxWarning, ResourceWarning,
            EncodingWarning, UnicodeTranslateError, AssertionError, ExceptionGroup, BaseExceptionGroup]:
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError)
errs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (FileExistsError, OSError),
        (KeyboardInterrupt, Exception), (GeneratorExit, Exception), (UnicodeError, ValueError),
        (NotImplementedError, RuntimeError), (ExceptionGroup, Exception), (BaseExceptionGroup, Exception)]
print([issubclass(a, b) for a, b in errs])
for code, name in [(2, "ENOENT"), (13, "EACCES"), (17, "EEXIST"), (32, "EPIPE"), (99999, "unknown")]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno, e.strerror, e)
e = OSError("just one")
print(e.errno, e.strerror, e.args, e)
e = OSError(1, "two", "file1", None, "file2")
print(e.filename, e.filename2, e)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
si = StopIteration(5)
print(si.value, StopIteration().value)
ke = KeyError("missing")
print(str(ke), repr(ke), str(KeyError(1)), str(KeyError("a b")))
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.start, ue.end, ue.reason, ue.object)
print(AttributeError("x", name="n", obj=1).name, NameError("y", name="nm").name, ImportError("m", name="mod").name)
se2 = SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n"))
print(se2, se2.lineno, se2.offset, se2.text, se2.filename, se2.msg)
