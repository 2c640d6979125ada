# uncaught: list.remove of a missing value
queue = ["job1", "job2", "job3"]
done = []


def finish(job):
    queue.remove(job)
    done.append(job)
    return len(queue)


print(finish("job2"), queue, done)
print(finish("job1"), queue, done)
queue.extend(["job4", "job5"])
print(queue, queue.index("job4"), queue.count("job9"))
queue.insert(1, "urgent")
print(queue)
print(finish("urgent"))
print("finishing job1 again")
print(finish("job1"))
print("not reached")
