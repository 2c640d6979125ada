# uncaught: exception whose __str__ itself fails
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot format")


class Fine(Exception):
    def __str__(self):
        return "fine message"


try:
    raise Fine()
except Fine as e:
    print("caught", e)
try:
    raise Broken("x")
except Broken as e:
    print("caught broken", repr(e))
    try:
        str(e)
    except RuntimeError as inner:
        print("str failed with", inner)
print("raising Broken uncaught")
raise Broken("payload")
