# an uncaught custom exception raised with `from`, defined in __main__
class ConfigError(Exception):
    pass


def load(d):
    try:
        return d["setting"]
    except KeyError as e:
        raise ConfigError("missing setting: %s" % e) from e


print(load({"setting": 1}))
load({})
