"""csv over the built-in _csv: writer quoting (minimal, all, nonnumeric,
none with escapechar), reader states (quotes, doubled quotes, escapes,
multi-line fields, skipinitialspace, strict errors), DictReader/DictWriter,
dialects (registered, classes, validation messages), field_size_limit."""
import csv, io
s = io.StringIO()
w = csv.writer(s); w.writerow(['a', 'b,c', 'd"e', 1, 2.5, None, True]); w.writerows([[1, 2], ['x\ny', ''], [''], []])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()))))
dw = csv.DictWriter(s2 := io.StringIO(), fieldnames=['n', 'v']); dw.writeheader(); dw.writerow({'n': 'x', 'v': 1}); print(repr(s2.getvalue()))
print(list(csv.DictReader(io.StringIO("n,v\nx,1\ny,2\n"))))
print(list(csv.reader(["a;b;'c;d'"], delimiter=';', quotechar="'")), csv.QUOTE_ALL)
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    w = csv.writer(s3 := io.StringIO(), quoting=q); w.writerow(['a', 1, 2.0, None, 'x y', '']); print(repr(s3.getvalue()))
w = csv.writer(s4 := io.StringIO(), quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a,b', 'c"d', 'e\\f']); print(repr(s4.getvalue()))
try: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e: print('Error', e)
try: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([''])
except csv.Error as e: print('Error', e)
print(csv.Sniffer().sniff("a,b\n1,2\n").delimiter, csv.Sniffer().has_header("name,age\nbob,3\nal,5\n"))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)), list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a""b",c', '"multi', 'line",x', ''])))
for bad in [['a,"b'], ['"a"b,c'], [b'abc'], ['a\rb']]:
    try: print(list(csv.reader(bad, strict=True)))
    except csv.Error as e: print('Error', e)
print(list(csv.reader(['"a"b,c'])), list(csv.reader(['a,"b'])))
r = csv.reader(['x,y', 'z']); next(r); print(r.line_num, r.dialect.delimiter, r.dialect.lineterminator.encode())
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL); print(sorted(csv.list_dialects()))
w = csv.writer(s5 := io.StringIO(), 'pipes'); w.writerow([1, 'a|b']); print(repr(s5.getvalue()), csv.get_dialect('pipes').quoting)
csv.unregister_dialect('pipes')
try: csv.get_dialect('pipes')
except csv.Error as e: print('Error', e)
class My(csv.Dialect):
    delimiter = ':'; quotechar = '"'; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
w = csv.writer(s6 := io.StringIO(), dialect=My); w.writerow(['a:b', 'c']); print(repr(s6.getvalue()))
class Bad(csv.Dialect):
    delimiter = 'ab'
try: Bad()
except csv.Error as e: print('Error', e)
for kw in [dict(delimiter=''), dict(delimiter=None), dict(quotechar=1), dict(lineterminator=None), dict(quoting=9), dict(bogus=1), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL)]:
    try: csv.reader([], **kw)
    except TypeError as e: print(kw, e)
print(csv.field_size_limit(), csv.field_size_limit(5), csv.field_size_limit())
try: list(csv.reader(['abcdefgh']))
except csv.Error as e: print('Error', e)
csv.field_size_limit(131072)
try: csv.writer(1)
except TypeError as e: print(e)
try: csv.writer(io.StringIO()).writerow(5)
except csv.Error as e: print('Error', e)
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
rows = [{'name': 'Ann', 'score': 91.5}, {'name': 'Bob, Jr.', 'score': 78}]
out = io.StringIO(); dw = csv.DictWriter(out, fieldnames=['name', 'score'], extrasaction='ignore'); dw.writeheader(); dw.writerows(rows); print(out.getvalue())
for row in csv.DictReader(io.StringIO(out.getvalue())): print(row['name'], float(row['score']))
