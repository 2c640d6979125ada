# uncaught: __len__ returning a non-integer
class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __len__(self):
        return len(self.songs)

    def __bool__(self):
        return any(self.songs)


class Album(Playlist):
    def __len__(self):
        return sum(s["minutes"] for s in self.songs)


p = Playlist(["a", "b"])
print(len(p), bool(p), bool(Playlist([])), bool(Playlist(["", ""])))
a = Album([{"minutes": 3}, {"minutes": 4}])
print(len(a))
if a:
    print("album is truthy")
b = Album([{"minutes": 2.5}])
print("length of album with fractional minutes")
print(len(b))
print("not reached")
