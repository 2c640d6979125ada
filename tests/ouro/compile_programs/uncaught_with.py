# an exception propagating out of a with block after __exit__ ran
class Tracker:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__)
        return False


with Tracker():
    print("working")
    [1, 2, 3].index(4)
