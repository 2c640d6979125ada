# every frame of the traceback: multi-line calls through methods and lambdas
class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def run(self, value):
        for step in self.steps:
            value = step(
                value
            )
        return value


def halve(x):
    return x // 2


p = Pipeline([halve, lambda x: x - 4, lambda x: 100 // x])
print(p.run(20))
print(
    p.run(
        8
    )
)
