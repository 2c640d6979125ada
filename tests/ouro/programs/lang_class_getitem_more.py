# __class_getitem__ of more built-in generic classes (annotations such as
# ExceptionGroup[ValueError] are evaluated at def time), and the message
# for BaseExceptions nested in a user ExceptionGroup subclass
import functools
import itertools
import os
import types

for cls in (BaseExceptionGroup, ExceptionGroup, functools.partial, itertools.chain, os.DirEntry,
            types.MappingProxyType, list, dict):
    alias = cls[int]
    print(alias, alias.__origin__ is cls, alias.__args__)


def handler(eg: ExceptionGroup[ValueError]) -> list[functools.partial[int]]:
    return []


print(handler.__annotations__["eg"], handler.__annotations__["return"])


class MyEG(ExceptionGroup):
    pass


for cls in (ExceptionGroup, MyEG):
    try:
        cls("msg", [KeyboardInterrupt()])
    except TypeError as e:
        print("TypeError:", e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(repr(MyEG("m", [ValueError(1)])))
