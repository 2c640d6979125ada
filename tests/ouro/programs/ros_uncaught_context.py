"""Parsing records: an error while handling another (implicit context), uncaught."""
records = ["id=1;name=ann;age=31", "id=2;name=bob;age=x", "id=3;name=cy"]

def parse(rec):
    fields = dict(part.split("=", 1) for part in rec.split(";"))
    return {"id": int(fields["id"]), "name": fields["name"].title(), "age": int(fields["age"])}

good = []
for r in records[:1]:
    good.append(parse(r))
print(good)
for r in records[1:]:
    try:
        good.append(parse(r))
    except ValueError:
        bad = dict(p.split("=") for p in r.split(";"))
        print("bad age for", bad["name"])
        good.append({"id": int(bad["id"]), "name": bad["name"], "age": None})
    except KeyError:
        print("missing field in", r)
        report = {"record": r, "fields": r.count("=")}
        print(report["missing"])
