import csv
import io

data = """name,dept,salary,start
"Smith, John",eng,85000,2019-03-01
Jane Doe,sales,62000.50,2020-11-15
"O'Brien ""Bob""",eng,91000,2018-07-30
Li Wei,ops,,2021-01-04
"Multi
Line",hr,50000,2022-02-02
"""
rows = list(csv.reader(io.StringIO(data)))
for r in rows:
    print(r)
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
by_dept = {}
for row in reader:
    sal = float(row["salary"]) if row["salary"] else 0.0
    by_dept.setdefault(row["dept"], []).append(sal)
for dept, sals in sorted(by_dept.items()):
    print(f"{dept:6} n={len(sals)} total={sum(sals):>12,.2f} avg={sum(sals)/len(sals):10.2f}")

out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', "", None, 1.5, 10])
w.writerow(["line\nbreak", " space ", "tab\tx"])
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["x", 1, 2.5, True])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"id": 1, "name": "a", "score": 9.5, "junk": 0})
dw.writerow({"id": 2, "name": "b"})
print(out.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(["a|b|'c|d'"], delimiter="|", quotechar="'")))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(["1\t2\t3"], dialect="excel-tab")))
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n")
print(d.delimiter, sn.has_header("name,age\nann,3\nbob,4\n"))
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
print(csv.QUOTE_ALL, csv.QUOTE_MINIMAL, sorted(csv.list_dialects()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL).writerow([1, "a", None])
print(out.getvalue().strip())
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
