# csv: quotechar=None without a dialect means QUOTE_NONE (the default
# dialect's quoting is not taken from 'excel'); with a dialect it is an error
import csv
import io

print(list(csv.reader(['1,",3,",5'], quotechar=None, escapechar="\\")))
print(list(csv.reader(['1,",3,",5'])))
print(list(csv.reader(['1,",3,",5'], quoting=csv.QUOTE_NONE, escapechar="\\")))
for kwargs in ({"dialect": "excel", "quotechar": None}, {"quotechar": None, "quoting": csv.QUOTE_MINIMAL}):
    try:
        csv.reader([], **kwargs)
        print("ok", kwargs)
    except TypeError as e:
        print("TypeError:", e)
out = io.StringIO()
w = csv.writer(out, quotechar=None, escapechar="\\")
w.writerow(["a,b", 'c"d', 3])
print(repr(out.getvalue()), w.dialect.quoting == csv.QUOTE_NONE)
r = csv.reader([])
print(r.dialect.delimiter, repr(r.dialect.lineterminator), r.dialect.quoting, r.dialect.quotechar)
csv.unregister_dialect("excel")
print(list(csv.reader(["x,y"])))
