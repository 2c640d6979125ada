# uncaught: exception class raised with no message prints just its name
class NotReady(Exception):
    pass


class Machine:
    def __init__(self):
        self.ready = False

    def start(self):
        self.ready = True

    def run(self):
        if not self.ready:
            raise NotReady
        return "running"


m = Machine()
m.start()
print(m.run())
m2 = Machine()
try:
    m2.run()
except NotReady as e:
    print("caught", repr(e), str(e) == "")
print(m2.run())
