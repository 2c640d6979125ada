# uncaught: implicit chaining "During handling of the above exception"
def cleanup(resource):
    return resource["handle"].close()


def process(items):
    resource = {"name": "db"}
    try:
        total = 0
        for it in items:
            total += 10 / it
        return total
    except ZeroDivisionError:
        cleanup(resource)


print(process([1, 2, 5]))
print(process([4]))
print(process([1, 0]))
print("not reached")
