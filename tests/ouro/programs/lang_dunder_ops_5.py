# uncaught: '<' not supported while sorting mixed user objects
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        if not isinstance(other, Task):
            return NotImplemented
        return self.priority < other.priority

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


tasks = [Task(3, "low"), Task(1, "urgent"), Task(2, "normal")]
print(sorted(tasks))
print(min(tasks), max(tasks))
print(Task(1, "a") < Task(2, "b"), Task(2, "a") > Task(1, "b"))
tasks.append("not a task")
print(len(tasks))
print(sorted(tasks))
print("not reached")
