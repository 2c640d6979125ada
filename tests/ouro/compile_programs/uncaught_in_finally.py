# an exception raised in a finally block replaces the original one
def work():
    try:
        raise ValueError("original")
    finally:
        print("cleaning up")
        raise RuntimeError("failure during cleanup")


work()
