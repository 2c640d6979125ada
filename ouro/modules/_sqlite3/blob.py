"""sqlite3.Blob and Connection.blobopen, as CPython 3.11's
Modules/_sqlite/blob.c: read/write/seek/tell/close, len, indexing and
slicing (reading and assigning), the context manager, with CPython's
messages; and Connection.backup, serialize and deserialize
(connection.c).

A Blob is closed by close(), by its connection's close(), or when it
dies (the finalizer queue); the connection keeps weak references to its
blobs, as CPython's keeps a list of weakrefs.
"""
from __future__ import annotations

from rpy.rlib import rsqlite
from rpy.rlib.rweakref import WeakRef, weakref_create, weakref_get

from ouro.modules._sqlite3.errors import (db_error, raise_db_error, w_InterfaceError,
                                          w_OperationalError, w_ProgrammingError)
from ouro.modules._sqlite3.model import (STATE, W_Connection, as_connection, check_connection,
                                         check_usable, w_blob_type, w_connection_type)
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_w, wrap_bytes
from ouro.objspace.exceptions import (OperationError, operr, w_IndexError, w_OverflowError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.floatobject import W_FloatObject
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, int_w, is_int, wrap_int
from ouro.objspace.model import W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.sliceobject import W_SliceObject
from ouro.objspace.strobject import W_StrObject, c_int_w

INT_MAX = 2147483647


class W_Blob(W_Root):
    connection: W_Connection
    blob: int           # 0 once closed
    offset: int

    def __init__(self, connection: W_Connection, blob: int) -> None:
        self.connection = connection
        self.blob = blob
        self.offset = 0
        register_finalizer(self)

    def getclass(self) -> W_TypeObject:
        return w_blob_type

    def close_blob(self) -> None:
        if self.blob != 0:
            b = self.blob
            self.blob = 0
            rsqlite.blob_close(b)

    def release_resources(self) -> None:
        if self.blob != 0:
            STATE.released += 1
        self.close_blob()


class Blobs:
    """Each connection's open blobs (weakly): closed with the connection."""
    by_connection: dict[int, list[WeakRef[W_Blob]]]

    def __init__(self) -> None:
        self.by_connection = {}


BLOBS = Blobs()


def close_all_blobs(con: W_Connection) -> None:
    refs = BLOBS.by_connection.pop(con.db, None)
    if refs is None:
        return
    for ref in refs:
        w_blob = weakref_get(ref)
        if w_blob is not None:
            w_blob.close_blob()


def as_blob(w: W_Root | None, what: str) -> W_Blob:
    if isinstance(w, W_Blob):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor '%s' for 'sqlite3.Blob' objects doesn't apply to a "
                "'%s' object" % (what, type_name(w)))


def check_blob(b: W_Blob) -> None:
    check_usable(b.connection)
    if b.blob == 0:
        raise operr(w_ProgrammingError, "Cannot operate on a closed blob.")


def blob_error(b: W_Blob) -> OperationError:
    e = db_error(b.connection.db)
    if e is None:
        return operr(w_OperationalError, "unknown error")
    return e


def read_at(b: W_Blob, n: int, offset: int) -> bytes:
    data = rsqlite.blob_read(b.blob, n, offset)
    if rsqlite.last_rc() != rsqlite.SQLITE_OK:
        raise blob_error(b)
    return data


def write_at(b: W_Blob, data: bytes, offset: int) -> None:
    if len(data) > rsqlite.blob_bytes(b.blob) - offset:
        raise operr(w_ValueError, "data longer than blob length")
    if rsqlite.blob_write(b.blob, data, offset) != rsqlite.SQLITE_OK:
        raise blob_error(b)


# ------------------------------------------------------------ Blob methods

def blob_close(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "close")
    check_usable(b.connection)
    b.close_blob()
    return w_None


def blob_read(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "read")
    length = c_int_w(slots[1]) if slots[1] is not None else -1
    check_blob(b)
    max_len = rsqlite.blob_bytes(b.blob) - b.offset
    if length < 0 or length > max_len:
        length = max_len
    if length <= 0:
        return wrap_bytes(b"")
    data = read_at(b, length, b.offset)
    b.offset += length
    return wrap_bytes(data)


def blob_write(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "write")
    w_data = slots[1]
    assert w_data is not None
    data = buffer_w(w_data)
    check_blob(b)
    write_at(b, data, b.offset)
    b.offset += len(data)
    return w_None


def blob_seek(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "seek")
    offset = c_int_w(slots[1]) if slots[1] is not None else 0
    origin = c_int_w(slots[2]) if slots[2] is not None else 0
    check_blob(b)
    blob_len = rsqlite.blob_bytes(b.blob)
    if origin == 1:
        if offset > INT_MAX - b.offset:
            raise operr(w_OverflowError, "seek offset results in overflow")
        offset += b.offset
    elif origin == 2:
        if offset > INT_MAX - blob_len:
            raise operr(w_OverflowError, "seek offset results in overflow")
        offset += blob_len
    elif origin != 0:
        raise operr(w_ValueError, "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
    if offset < 0 or offset > blob_len:
        raise operr(w_ValueError, "offset out of blob range")
    b.offset = offset
    return w_None


def blob_tell(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "tell")
    check_blob(b)
    return wrap_int(b.offset)


def blob_enter(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "__enter__")
    check_blob(b)
    return b


def blob_exit(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "__exit__")
    check_blob(b)
    b.close_blob()
    return space.wrap_bool(False)


def blob_len(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "__len__")
    check_blob(b)
    return wrap_int(rsqlite.blob_bytes(b.blob))


def has_index(w: W_Root) -> bool:
    return is_int(w) or (not isinstance(w, W_FloatObject) and
                         space.lookup(w, "__index__") is not None)


def subscript_index(b: W_Blob, w_item: W_Root) -> int:
    w_i = space.index(w_item)
    if not isinstance(w_i, W_IntObject):
        raise operr(w_IndexError, "cannot fit 'int' into an index-sized integer")
    i = w_i.intval
    blob_len = rsqlite.blob_bytes(b.blob)
    if i < 0:
        i += blob_len
    if i < 0 or i >= blob_len:
        raise operr(w_IndexError, "Blob index out of range")
    return i


def slice_indices(b: W_Blob, w_slice: W_Root) -> tuple[int, int, int, int]:
    """PySlice_Unpack + PySlice_AdjustIndices: start, stop, step, length."""
    blob_len = rsqlite.blob_bytes(b.blob)
    w_t = space.call_method(w_slice, "indices", [wrap_int(blob_len)])
    items_w = space.unpack_iterable(w_t)
    start = int_w(items_w[0])
    stop = int_w(items_w[1])
    step = int_w(items_w[2])
    length = 0
    if step > 0 and stop > start:
        length = (stop - start - 1) // step + 1
    elif step < 0 and stop < start:
        length = (start - stop - 1) // (-step) + 1
    return start, stop, step, length


def blob_getitem(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "__getitem__")
    w_item = slots[1]
    assert w_item is not None
    check_blob(b)
    if has_index(w_item):
        i = subscript_index(b, w_item)
        return wrap_int(read_at(b, 1, i)[0])
    if isinstance(w_item, W_SliceObject):
        start, stop, step, length = slice_indices(b, w_item)
        if length <= 0:
            return wrap_bytes(b"")
        if step == 1:
            return wrap_bytes(read_at(b, length, start))
        whole = read_at(b, rsqlite.blob_bytes(b.blob), 0)
        out: list[int] = []
        j = start
        for _ in range(length):
            out.append(whole[j])
            j += step
        return wrap_bytes(bytes(out))
    raise operr(w_TypeError, "Blob indices must be integers")


def blob_setitem(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "__setitem__")
    w_item = slots[1]
    w_value = slots[2]
    assert w_item is not None and w_value is not None
    check_blob(b)
    if has_index(w_item):
        if not is_int(w_value):
            raise operr(w_TypeError, "'%s' object cannot be interpreted as an integer"
                        % type_name(w_value))
        i = subscript_index(b, w_item)
        val = w_value.intval if isinstance(w_value, W_IntObject) else -1
        if val < 0 or val > 255:
            raise operr(w_ValueError, "byte must be in range(0, 256)")
        write_at(b, bytes([val]), i)
        return w_None
    if isinstance(w_item, W_SliceObject):
        start, stop, step, length = slice_indices(b, w_item)
        data = buffer_w(w_value)
        if len(data) != length:
            raise operr(w_IndexError, "Blob slice assignment is wrong size")
        if length == 0:
            return w_None
        if step == 1:
            write_at(b, data, start)
            return w_None
        whole = list(read_at(b, rsqlite.blob_bytes(b.blob), 0))
        j = start
        for k in range(length):
            whole[j] = data[k]
            j += step
        write_at(b, bytes(whole), 0)
        return w_None
    raise operr(w_TypeError, "Blob indices must be integers")


def blob_delitem(slots: list[W_Root | None]) -> W_Root:
    b = as_blob(slots[0], "__delitem__")
    w_item = slots[1]
    assert w_item is not None
    check_blob(b)
    if has_index(w_item):
        raise operr(w_TypeError, "Blob doesn't support item deletion")
    if isinstance(w_item, W_SliceObject):
        raise operr(w_TypeError, "Blob doesn't support slice deletion")
    raise operr(w_TypeError, "Blob indices must be integers")


# ------------------------------------------------------------ Connection

def connection_blobopen(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "blobopen")
    w_table = slots[1]
    w_column = slots[2]
    assert w_table is not None and w_column is not None and slots[3] is not None
    if not isinstance(w_table, W_StrObject):
        raise operr(w_TypeError, "blobopen() argument 1 must be str, not %s" % type_name(w_table))
    if not isinstance(w_column, W_StrObject):
        raise operr(w_TypeError, "blobopen() argument 2 must be str, not %s"
                    % type_name(w_column))
    w_row = space.index(slots[3])
    if not isinstance(w_row, W_IntObject):
        raise operr(w_OverflowError, "Python int too large to convert to C long")
    readonly = slots[4] is not None and space.is_true(slots[4])
    name = "main"
    w_name = slots[5]
    if w_name is not None:
        if not isinstance(w_name, W_StrObject):
            raise operr(w_TypeError, "blobopen() argument 'name' must be str, not %s"
                        % type_name(w_name))
        name = w_name.as_str()
    check_usable(con)
    h = rsqlite.blob_open(con.db, name, w_table.as_str(), w_column.as_str(), w_row.intval,
                          not readonly)
    rc = rsqlite.last_rc()
    if rc == rsqlite.SQLITE_MISUSE:
        raise operr(w_InterfaceError, rsqlite.errstr(rc))
    if rc != rsqlite.SQLITE_OK:
        raise_db_error(con.db)
    w_blob = W_Blob(con, h)
    refs = BLOBS.by_connection.get(con.db, None)
    if refs is None:
        refs = []
        BLOBS.by_connection[con.db] = refs
    # drop the references of dead blobs while adding one
    live: list[WeakRef[W_Blob]] = []
    for ref in refs:
        if weakref_get(ref) is not None:
            live.append(ref)
    live.append(weakref_create(w_blob))
    BLOBS.by_connection[con.db] = live
    return w_blob


def connection_backup(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "backup")
    w_target = slots[1]
    assert w_target is not None
    if not isinstance(w_target, W_Connection):
        raise operr(w_TypeError, "backup() argument 'target' must be sqlite3.Connection, not %s"
                    % type_name(w_target))
    check_usable(con)
    check_connection(w_target)
    if w_target is con:
        raise operr(w_ValueError, "target cannot be the same connection instance")
    pages = c_int_w(slots[2]) if slots[2] is not None else -1
    w_progress = slots[3] if slots[3] is not None else w_None
    name = "main"
    w_name = slots[4]
    if w_name is not None:
        if not isinstance(w_name, W_StrObject):
            raise operr(w_TypeError, "backup() argument 'name' must be str, not %s"
                        % type_name(w_name))
        name = w_name.as_str()
    sleep = 0.25
    w_sleep = slots[5]
    if w_sleep is not None:
        if isinstance(w_sleep, W_FloatObject):
            sleep = w_sleep.floatval
        else:
            sleep = float(int_w(w_sleep))
    if w_progress is not w_None and not space.callable_w(w_progress):
        raise operr(w_TypeError, "progress argument must be a callable")
    if pages == 0:
        pages = -1
    dst = w_target.db
    h = rsqlite.backup_init(dst, con.db, name)
    if h == 0:
        raise_db_error(dst)
        raise operr(w_OperationalError, "unknown error")
    while True:
        rc = rsqlite.backup_step(h, pages)
        if w_progress is not w_None:
            try:
                space.call_function(w_progress, [wrap_int(rc),
                                                 wrap_int(rsqlite.backup_remaining(h)),
                                                 wrap_int(rsqlite.backup_pagecount(h))])
            except OperationError:
                rsqlite.backup_finish(h)
                raise
        if rc == rsqlite.SQLITE_BUSY or rc == rsqlite.SQLITE_LOCKED:
            rsqlite.sleep(int(sleep * 1000.0))
        if rc != rsqlite.SQLITE_OK and rc != rsqlite.SQLITE_BUSY and \
                rc != rsqlite.SQLITE_LOCKED:
            break
    if rsqlite.backup_finish(h) != rsqlite.SQLITE_OK:
        raise_db_error(dst)
    return w_None


register(w_blob_type, "close(self, /)", blob_close)
register(w_blob_type, "read(self, length=, /)", blob_read)
register(w_blob_type, "write(self, data, /)", blob_write)
register(w_blob_type, "seek(self, offset, origin=, /)", blob_seek)
register(w_blob_type, "tell(self, /)", blob_tell)
register(w_blob_type, "__enter__(self, /)", blob_enter)
register(w_blob_type, "__exit__(self, type, val, tb, /)", blob_exit)
register(w_blob_type, "__len__(self, /)", blob_len)
register(w_blob_type, "__getitem__(self, key, /)", blob_getitem)
register(w_blob_type, "__setitem__(self, key, value, /)", blob_setitem)
register(w_blob_type, "__delitem__(self, key, /)", blob_delitem)
register(w_connection_type, "blobopen(self, table, column, row, /, *, readonly=, name=)",
         connection_blobopen)
register(w_connection_type,
         "backup(self, target, *, pages=, progress=, name=, sleep=)", connection_backup)


def name_arg(w_name: W_Root | None, fname: str) -> str:
    if w_name is None:
        return "main"
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "%s() argument 'name' must be str, not %s"
                    % (fname, type_name(w_name)))
    if w_name.as_str().find("\x00") >= 0:
        raise operr(w_ValueError, "embedded null character")
    return w_name.as_str()


def connection_serialize(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "serialize")
    name = name_arg(slots[1], "serialize")
    check_usable(con)
    data = rsqlite.serialize(con.db, name)
    if data is None:
        raise operr(w_OperationalError, "unable to serialize '%s'" % name)
    return wrap_bytes(data)


def connection_deserialize(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "deserialize")
    w_data = slots[1]
    assert w_data is not None
    data = buffer_w(w_data)
    name = name_arg(slots[2], "deserialize")
    check_usable(con)
    if rsqlite.deserialize(con.db, name, data) != rsqlite.SQLITE_OK:
        raise_db_error(con.db)
    return w_None


register(w_connection_type, "serialize(self, *, name=)", connection_serialize)
register(w_connection_type, "deserialize(self, data, /, *, name=)", connection_deserialize)
