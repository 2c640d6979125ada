# uncaught: exception propagates out of nested try blocks after all finally clauses run
def level3():
    try:
        print("level3 start")
        return {}["missing"]
    finally:
        print("level3 finally")


def level2():
    try:
        return level3()
    except IndexError:
        print("not an IndexError")
    finally:
        print("level2 finally")


def level1():
    try:
        level2()
    finally:
        print("level1 finally")


try:
    level1()
except KeyError as e:
    print("first run caught", repr(e))
print("second run")
level1()
print("not reached")
