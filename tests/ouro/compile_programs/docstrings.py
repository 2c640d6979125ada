"""Module docstring."""


def documented():
    """Function docstring."""
    return 1


def undocumented():
    return "not a docstring"


def first_const_string():
    x = "a string constant"
    return x


def docstring_then_more():
    """Doc."""
    "second string is not a doc"
    return None


def fstring_not_doc():
    f"""not a docstring {1}"""
    return 2


class K:
    """Class docstring."""

    def method(self):
        """Method doc."""

    @property
    def prop(self):
        "Property doc."
        return 1


class NoDoc:
    x = "first statement string assignment"


async def coro():
    """Coroutine doc."""


def gen():
    """Generator doc."""
    yield


lam = lambda: "lambda result"
print(__doc__)
print(documented.__doc__, undocumented.__doc__, first_const_string.__doc__, docstring_then_more.__doc__)
print(fstring_not_doc.__doc__, K.__doc__, K.method.__doc__, K.prop.__doc__, NoDoc.__doc__)
print(coro.__doc__, gen.__doc__, lam.__doc__, lam(), undocumented())


def multi():
    """
    Multi-line
        indented doc.
    """


print(repr(multi.__doc__))


def doc_with_only_docstring():
    "Only a docstring."


print(doc_with_only_docstring(), doc_with_only_docstring.__doc__)
documented.__doc__ = "changed"
print(documented.__doc__)


class Nested:
    class Inner:
        """Inner doc."""

    def f(self):
        def g():
            """g doc."""
        return g.__doc__


print(Nested.Inner.__doc__, Nested().f())
