# uncaught: chained exception printed with "The above exception was the direct cause"
class ConfigError(Exception):
    pass


def load(text):
    try:
        key, value = text.split("=")
        return {key.strip(): int(value)}
    except ValueError as e:
        raise ConfigError(f"bad line {text!r}") from e


print(load("a = 1"))
print(load("b=22"))
try:
    load("nonsense")
except ConfigError as e:
    print("caught:", e, "| cause:", e.__cause__)
print(load("c = three"))
print("not reached")
