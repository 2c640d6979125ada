"""A mix of what ordinary programs use, compared with CPython as a whole (written probing for differences, 2026-11-30)."""
import re, json, datetime, decimal, fractions, statistics, random, math, struct, hashlib, base64, zlib, copy, pickle, operator, io, csv, sys, traceback, logging, contextlib, abc, shlex, heapq, bisect, array, time, os, tempfile, pathlib, glob
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-06"); print(m, m.groupdict(), m.span(2), re.sub(r"\d", lambda x: str(int(x.group())*2), "a1b2"), re.findall(r"\w+", "hi there, you"), re.split(r"[,;]\s*", "a, b;c"))
print(re.compile(r"(a)(b)?").fullmatch("a").groups(), re.escape("a.b*c"), repr(re.compile("x", re.I | re.M)))
d = {"a": [1, 2.5, None, True], "b": {"c": "é\n"}}
s = json.dumps(d, indent=2, sort_keys=True); print(s, json.loads(s) == d, json.dumps(d, ensure_ascii=False), json.dumps([1e100, float('inf')]))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print("JSONDecodeError", e, e.pos)
dt = datetime.datetime(2024, 2, 29, 13, 5, 7, 123456)
print(dt, repr(dt), dt.isoformat(), dt.strftime("%Y/%m/%d %H:%M:%S %a %b %j"), dt + datetime.timedelta(days=1, hours=12), dt.date(), dt.weekday())
print(datetime.date(2024, 1, 1).isocalendar()[1], datetime.timedelta(seconds=90061.5), repr(datetime.timedelta(days=-1, seconds=5)), datetime.datetime.fromisoformat("2024-01-02T03:04:05"))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30)); print(datetime.datetime(2024, 1, 1, tzinfo=tz), tz, repr(datetime.timezone.utc))
D = decimal.Decimal; print(D("1.10") + D("2.205"), D(1) / D(7), D("1.5").quantize(D("1")), repr(D("0.1")), decimal.getcontext().prec, D(2).sqrt())
F = fractions.Fraction; print(F(3, 4) + F(1, 6), F("0.125"), F(1.5), repr(F(-2, 4)), F(7, 3).limit_denominator(2))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.mode("aab"))
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abc"), random.sample(range(10), 3), random.gauss(0, 1), random.shuffle(l := list(range(5))) or l)
print(math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.fsum([0.1] * 10), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), math.log(8, 2), math.hypot(3, 4))
print(struct.pack("<iHd", 1, 2, 3.5), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("@iq"), hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"x").hexdigest(), base64.b64encode(b"hello"), zlib.crc32(b"abc"))
x = {"l": [1, [2, 3]], "t": (1,)}; y = copy.deepcopy(x); y["l"][1].append(4); print(x, y, pickle.loads(pickle.dumps(x)) == x)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("a"), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)))
buf = io.StringIO(); w = csv.writer(buf); w.writerow(["a", "b,c", 'd"e']); w.writerow([1, 2.5, None]); print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()))))
r = csv.DictReader(io.StringIO("x,y\n1,2\n3,4\n")); print([row for row in r])
try:
    def inner(): return 1 / 0
    inner()
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-1], len(traceback.extract_tb(sys.exc_info()[2])))
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.getLogger("app").info("hello %s", "world"); logging.getLogger("app").debug("hidden")
@contextlib.contextmanager
def cm(n):
    print("enter", n); yield n * 2; print("exit", n)
with cm(1) as v, contextlib.suppress(KeyError): print("v", v); {}["k"]
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try: Base()
except TypeError as e: print(e)
print(shlex.split("a 'b c' \"d\\\"e\""), shlex.quote("it's"), heapq.nsmallest(2, [5, 1, 3]), heapq.merge([1, 3], [2]) and list(heapq.merge([1, 3], [2])), bisect.insort(l2 := [1, 3], 2) or l2)
a = array.array('i', [1, 2, 3]); a.append(4); print(a, a.tobytes()[:4], a[::-1], array.array('d', [1.5]).itemsize)
with tempfile.TemporaryDirectory() as td:
    p = pathlib.Path(td) / "sub" / "f.txt"; p.parent.mkdir(); p.write_text("line1\nline2\n")
    print(p.read_text().splitlines(), p.suffix, p.stem, p.exists(), sorted(x.name for x in pathlib.Path(td).rglob("*")), len(glob.glob(td + "/*/*.txt")), os.path.getsize(p))
print(sys.version_info[:2], sys.maxsize, sys.getrecursionlimit(), type(sys.implementation.name), time.strftime("%Y", time.gmtime(0)), os.sep, sys.byteorder)
