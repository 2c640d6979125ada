# bare raise keeps the original traceback: the innermost line is the first raise
def parse(s):
    return int(s)


def handle(s):
    try:
        return parse(s)
    except ValueError:
        print("logging and re-raising")
        raise


print(handle("12"))
handle("x")
