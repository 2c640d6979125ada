"""A command-line style tool that validates its input and exits with a message (SystemExit with a str goes to stderr, status 1)."""
import sys

CONFIG = {"retries": "3", "timeout": "2.5", "mode": "fast", "level": "eleven"}

def get_int(key):
    try:
        return int(CONFIG[key])
    except KeyError:
        sys.exit(f"config error: missing key {key!r}")
    except ValueError as e:
        raise SystemExit(f"config error: {key}: {e}")

print("retries", get_int("retries"))
try:
    get_int("missing")
except SystemExit as e:
    print("caught SystemExit:", e.code, type(e.code).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code:", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("zero:", e.code, e.args)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit:", e.code)
print("timeout", float(CONFIG["timeout"]))
sys.stdout.flush()
get_int("level")
print("never printed")
