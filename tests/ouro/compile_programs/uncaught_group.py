# an uncaught exception escaping except* handling: the unhandled part
def run():
    try:
        raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type")])
    except* ValueError:
        print("handled the ValueError part")


try:
    run()
except ExceptionGroup as eg:
    print("rest:", [type(e).__name__ for e in eg.exceptions])
raise SystemExit("exiting with a message")
