from enum import Enum, auto
from dataclasses import dataclass, field


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self):
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH, Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]


class State(Enum):
    PLAYING = auto()
    WON = auto()
    DEAD = auto()


@dataclass
class Room:
    name: str
    desc: str
    items: list = field(default_factory=list)
    exits: dict = field(default_factory=dict)
    locked: bool = False


class GameError(Exception):
    pass


@dataclass
class Game:
    rooms: dict
    here: str
    inventory: list = field(default_factory=list)
    state: State = State.PLAYING
    moves: int = 0

    def connect(self, a, d, b):
        self.rooms[a].exits[d] = b
        self.rooms[b].exits[d.opposite] = a

    def do(self, cmd):
        self.moves += 1
        verb, _, arg = cmd.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            raise GameError(f"I don't know how to {verb!r}")
        return handler(arg)

    def cmd_go(self, arg):
        try:
            d = Dir(arg)
        except ValueError:
            raise GameError(f"{arg!r} is not a direction") from None
        room = self.rooms[self.here]
        if d not in room.exits:
            raise GameError(f"no exit {d.name.lower()} from {room.name}")
        target = self.rooms[room.exits[d]]
        if target.locked:
            if "key" not in self.inventory:
                raise GameError(f"the {target.name} is locked")
            target.locked = False
        self.here = target.name
        if target.name == "vault":
            self.state = State.WON
        elif target.name == "pit":
            self.state = State.DEAD
        return f"You enter the {target.name}. {target.desc}"

    def cmd_take(self, arg):
        room = self.rooms[self.here]
        if arg not in room.items:
            raise GameError(f"there is no {arg} here")
        room.items.remove(arg)
        self.inventory.append(arg)
        return f"Taken: {arg}"

    def cmd_look(self, arg):
        room = self.rooms[self.here]
        exits = ", ".join(sorted(d.name.lower() for d in room.exits))
        return f"{room.name}: {room.desc} Items: {room.items or 'none'}. Exits: {exits}."


rooms = {n: Room(n, d) for n, d in [("hall", "A dusty hall."), ("library", "Books everywhere."),
                                    ("vault", "Gold!"), ("pit", "Darkness."), ("garden", "Flowers.")]}
rooms["library"].items.append("key")
rooms["vault"].locked = True
game = Game(rooms, "hall")
game.connect("hall", Dir.NORTH, "library")
game.connect("hall", Dir.EAST, "vault")
game.connect("hall", Dir.WEST, "garden")
game.connect("garden", Dir.SOUTH, "pit")
script = ["look", "go e", "go x", "dance", "go n", "take sword", "take key", "look", "go s", "go e"]
for cmd in script:
    try:
        print(f"> {cmd}\n  {game.do(cmd)}")
    except GameError as e:
        print(f"> {cmd}\n  ! {e}")
    if game.state is not State.PLAYING:
        break
print(game.state, game.moves, game.inventory, repr(game.state))
print(game.rooms["vault"])
print([d.value for d in Dir], Dir("n").opposite, Dir.EAST in rooms["hall"].exits)
game.do("fly")
