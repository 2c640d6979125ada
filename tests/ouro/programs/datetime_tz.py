"""tzinfo and timezone (the C _datetime's): fixed offsets, tzinfo
subclasses with DST rules, naive/aware comparisons and subtraction,
fold (PEP 495), astimezone, utcoffset checks, pickling round trips."""
import copy
import pickle
import datetime as D
from datetime import datetime, timedelta, timezone, tzinfo, time, date


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
neg = timezone(timedelta(hours=-3, minutes=-30))
odd = timezone(timedelta(seconds=1.5))
for tz in [utc, ist, neg, odd, timezone(timedelta(0)), timezone(timedelta(0), 'Z'), timezone.min,
           timezone.max, D.UTC, timezone(timedelta(hours=3, seconds=7)),
           timezone(timedelta(hours=3, microseconds=7))]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), hash(tz) == hash(tz.utcoffset(None)))
print(utc is D.UTC, timezone(timedelta(0)) is utc, ist == timezone(timedelta(hours=5, minutes=30)), ist != utc, utc == 1)
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(1))
show(lambda: timezone(timedelta(1), 1))
show(lambda: timezone())
show(lambda: timezone(timedelta(0), 'a', 'b'))
show(lambda: utc.utcoffset(1))
show(lambda: utc.fromutc(1))
show(lambda: utc.fromutc(datetime(2020, 1, 1)))
show(lambda: ist.fromutc(datetime(2020, 1, 1, tzinfo=ist)))
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().dst(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().fromutc(datetime(2020, 1, 1)))
print(utc.__reduce__(), ist.__reduce__(), tzinfo().__reduce__(), ist.__getinitargs__())


class Eastern(tzinfo):
    """US Eastern with the 2007+ DST rules (the docs' example)."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2) + timedelta(days=(6 - datetime(dt.year, 3, 8).weekday()))
        end = datetime(dt.year, 11, 1, 2) + timedelta(days=(6 - datetime(dt.year, 11, 1).weekday()))
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(hours=0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


east = Eastern()
for h in range(3, 9):
    u = datetime(2023, 11, 5, h, 30, tzinfo=utc)
    loc = u.astimezone(east)
    print(u, loc, loc.fold, loc.tzname(), loc.utcoffset(), loc.astimezone(utc) == u, loc.dst())
a = datetime(2023, 11, 5, 1, 30, tzinfo=east)
b = a.replace(fold=1)
print(a, b, a.utcoffset(), b.utcoffset(), a == b, a < b, b - a, a.astimezone(utc), b.astimezone(utc))
print(a == a.astimezone(utc), b == b.astimezone(utc), hash(a) == hash(b))
print(a.timestamp(), b.timestamp(), a.timetuple(), a.utctimetuple(), a.strftime('%z %Z %H'))
s1 = datetime(2023, 3, 12, 2, 30, tzinfo=east)
print(s1.utcoffset(), s1.replace(fold=1).utcoffset(), s1.astimezone(utc))

n = datetime(2020, 1, 1, 12)
aw = datetime(2020, 1, 1, 12, tzinfo=utc)
print(n == aw, n != aw, aw == aw.astimezone(ist), aw.astimezone(ist), aw.astimezone(neg))
show(lambda: n < aw)
show(lambda: n - aw)
show(lambda: aw - n)
print(aw - datetime(2020, 1, 1, 12, tzinfo=ist), datetime(2020, 1, 1, tzinfo=ist) < aw)
print(aw.timestamp(), datetime(2020, 1, 1, tzinfo=ist).timestamp(), aw.astimezone(utc) is aw)
print(datetime.fromtimestamp(1700000000, tz=utc), datetime.fromtimestamp(1700000000.25, ist),
      datetime.fromtimestamp(0, tz=east))
show(lambda: datetime.fromtimestamp(0, tz=1))
show(lambda: datetime.now(1))
print(datetime.now(utc).tzinfo, type(datetime.now(ist)).__name__)
t1 = time(12, tzinfo=utc)
t2 = time(17, 30, tzinfo=ist)
print(t1 == t2, t1 < time(13, tzinfo=utc), t1.isoformat(), t2.isoformat(), str(odd), t2.strftime('%z %Z'))
show(lambda: t1 < time(12))
print(t1 == time(12), repr(t2), t2.utcoffset(), t2.tzname(), hash(t1) == hash(t2))


class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def dst(self, dt):
        return self.v

    def tzname(self, dt):
        return self.v


for v in [1, timedelta(days=1), timedelta(seconds=1.5), -timedelta(seconds=1.5), None, 'x']:
    x = datetime(2020, 1, 1, tzinfo=Bad(v))
    show(lambda: x.utcoffset())
    show(lambda: x.dst())
    show(lambda: x.tzname())
    show(lambda: x.isoformat())
    show(lambda: x.strftime('%z|%Z'))
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(None)).astimezone(utc).tzinfo)

objs = [date(2020, 5, 6), datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 1, 2, tzinfo=ist),
        datetime(2020, 1, 2, fold=1), time(1, 2, 3, 4), time(5, tzinfo=utc), time(1, fold=1),
        timedelta(1, 2, 3), utc, ist, neg, date.max, datetime.min, time.max, timedelta.min]
for o in objs:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(o, proto))
        assert r == o and type(r) is type(o), (o, proto)
        if hasattr(o, 'fold'):
            assert r.fold == (o.fold if proto > 3 else 0) or proto <= 3, (o, proto)
    print(repr(copy.copy(o)), repr(copy.deepcopy(o)), o.__reduce__())
print(datetime(2020, 1, 2, fold=1).__reduce_ex__(4), datetime(2020, 1, 2, fold=1).__reduce_ex__(2))
print(time(1, fold=1).__reduce_ex__(4), date(b'\x07\xe4\x05\x06'), datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06'))
print(repr(time(b'\x81\x02\x03\x00\x00\x04', utc)), repr(datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', ist)))
