# subclassing Exception: args, __str__, extra attributes, hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(f"{name} not found")
        self.name = name
        self.code = code
class Invalid(AppError, ValueError):
    pass
class WithStr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a, self.b = a, b
    def __str__(self):
        return f"{self.a}/{self.b}"
for exc in [AppError("plain"), NotFound("page"), Invalid("bad value"), WithStr(1, 2), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, e, repr(e), e.args)
    except Exception as e:
        print("generic", type(e).__name__, e, repr(e), e.args)
try:
    raise Invalid("x")
except ValueError as e:
    print("caught as ValueError", isinstance(e, AppError), [c.__name__ for c in type(e).__mro__])
nf = NotFound("user", code=410)
print(nf.code, nf.name, nf.args, str(nf))
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
e = NoInitCall(5)
print(e.args, str(e), repr(e), e.x)
class KeyErr(KeyError):
    pass
print(str(KeyErr("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
class Base(BaseException):
    pass
try:
    try:
        raise Base("not an Exception")
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e)
err = ValueError("msg")
err.args = ("changed", 1)
print(err, err.args)
err.extra = "attr"
print(err.extra, err.__dict__)
print(Exception("a").with_traceback(None).args, issubclass(NotFound, Exception), NotFound.__bases__[0].__name__)
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
