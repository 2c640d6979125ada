# uncaught: three-level chain mixing explicit and implicit causes
class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read_block(n):
    blocks = [b"ok", b"fine"]
    return blocks[n]


def storage_get(n):
    try:
        return read_block(n)
    except IndexError as e:
        raise StorageError(f"block {n} unavailable") from e


def service(n):
    try:
        return storage_get(n).decode()
    except StorageError:
        raise ServiceError("request failed")


print(service(0), service(1))
print(service(7))
