# uncaught: invalid enum value lookup
import enum


class Status(enum.Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"


class Flag(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()


print(Status("active"), Status.PAUSED.value, [s.name for s in Status])
print(Flag.A | Flag.C, Flag.A in (Flag.A | Flag.B), list(Flag), Flag(3))
print(Status.DONE is Status("done"), Status["DONE"].value)
print({s: s.value.upper() for s in Status})
rows = ["active", "done", "archived"]
for r in rows:
    print(r, "->", Status(r).name)
print("not reached")
