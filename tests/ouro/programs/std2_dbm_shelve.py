"""dbm (the dumb backend CPython picks here when no gnu/ndbm) and shelve:
a persistent store of records, reopened, updated, with errors."""
import dbm
import dbm.dumb
import os
import shelve
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "store")
    db = dbm.dumb.open(path, "c")
    db["alpha"] = "1"
    db[b"beta"] = b"two"
    db["gamma"] = "3" * 50
    print(sorted(db.keys()), len(db))
    print(db["alpha"], db[b"beta"], "gamma" in db, b"zeta" in db)
    del db["gamma"]
    db.close()
    print(dbm.whichdb(path))
    db = dbm.dumb.open(path, "r")
    print(sorted(db.keys()), db.get(b"alpha"), db.get("nope", b"default"))
    try:
        db["new"] = "x"
    except dbm.dumb.error as e:
        print("error:", e)
    try:
        db["missing"]
    except KeyError as e:
        print("KeyError:", e)
    db.close()
    try:
        db.keys()
    except dbm.dumb.error as e:
        print("closed:", e)

    spath = os.path.join(d, "shelf")
    with shelve.open(spath, writeback=False) as sh:
        sh["config"] = {"name": "demo", "values": [1, 2, 3]}
        sh["count"] = 7
        cfg = sh["config"]
        cfg["values"].append(4)
        print(sh["config"]["values"])
        sh["config"] = cfg
    with shelve.open(spath, writeback=True) as sh:
        print(sorted(sh.keys()), sh["config"])
        sh["config"]["values"].append(5)
        sh["count"] += 1
    with shelve.open(spath, flag="r") as sh:
        print(sh["config"]["values"], sh["count"], len(sh))
        print(sh.get("nope", "absent"))
    try:
        dbm.open(os.path.join(d, "nonexistent"), "r")
    except dbm.error[0] as e:
        print(type(e).__name__, str(e).replace(d, "TMP"))
