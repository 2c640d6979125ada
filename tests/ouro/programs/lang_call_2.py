# uncaught: calling an instance that does not define __call__
class Handler:
    def __init__(self, name):
        self.name = name

    def handle(self, event):
        return f"{self.name} handled {event}"


class CallableHandler(Handler):
    def __call__(self, event):
        return self.handle(event)


handlers = [CallableHandler("a"), CallableHandler("b")]
for h in handlers:
    print(h("click"))
print([callable(h) for h in handlers], callable(Handler("c")))
handlers.append(Handler("c"))
for h in handlers:
    print(h("key"))
print("not reached")
