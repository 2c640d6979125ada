"""date, time and datetime (the C _datetime's): constructors and their
errors, reprs, isoformat/strftime/ctime, ISO calendar, ordinals,
arithmetic, comparisons, replace(), subclasses, fromisoformat."""
import datetime as D


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(D.date, D.datetime, D.time, D.timedelta, D.tzinfo, D.timezone, D.MINYEAR, D.MAXYEAR)
print(D.datetime.__mro__, D.date.__module__, D.datetime.__name__, D.datetime.__qualname__)
for args in [(2023, 2, 29), (2024, 2, 29), (0, 1, 1), (10000, 1, 1), (2023, 13, 1), (2023, 0, 1),
             (2023, 4, 31), (2023.0, 1, 1), ('2023', 1, 1), (2023, 1), (2023, 1, 1, 1),
             (2**70, 1, 1), (2**40, 1, 1)]:
    show(lambda: D.date(*args))
show(lambda: D.date(year=2020, month=5, day=17))
show(lambda: D.date(2020, 5, day=17, month=4))
show(lambda: D.date(2020, 5, foo=17))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,), (1, 2, 3, 4, 5),
             (1, 2, 3, 4, None, 0)]:
    show(lambda: D.time(*args))
show(lambda: D.time(fold=2))
show(lambda: D.time(1, fold=1))
show(lambda: D.datetime(2020, 1, 1, tzinfo=1))
show(lambda: D.datetime(2020, 1, 1, 25))
show(lambda: D.datetime(2020, 1, 1, 1, 2, 3, 4, None, 1))
show(lambda: D.datetime(2020, 1))

d = D.date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
ic = d.isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], tuple(ic), len(ic), type(ic).__name__, ic == (2024, 9, 4))
print(ic.__reduce__(), isinstance(ic, tuple))
print(d.timetuple(), d.strftime('%a %A %b %B %d %j %U %W %y %Y %% %f %z %Z|'), format(d, ''), format(d, '%d/%m'))
print(d.isoformat(), str(d), d.replace(day=1), d.replace(year=2023, month=3))
show(lambda: d.replace(year=2023))
show(lambda: d.strftime(1))
show(lambda: d.isoformat(1))
show(lambda: format(d, 1))
print(D.date.min, D.date.max, D.date.resolution, D.date.fromordinal(1), D.date.fromordinal(738000))
show(lambda: D.date.fromordinal(0))
show(lambda: D.date.fromordinal(3652060))
for y, w, wd in [(2020, 53, 7), (2021, 53, 1), (2020, 1, 1), (2004, 53, 1), (2020, 54, 1),
                 (2020, 5, 8), (2020, 0, 1), (0, 5, 1), (10000, 1, 1), (2020, 1, 0)]:
    show(lambda: D.date.fromisocalendar(y, w, wd))
for o in range(700000, 700000 + 400 * 366, 97):
    x = D.date.fromordinal(o)
    assert D.date.fromisocalendar(*x.isocalendar()) == x
    assert x.toordinal() == o
print(d + D.timedelta(days=1), d - D.timedelta(days=366), d - D.date(2000, 1, 1), D.timedelta(3) + d)
print(d + D.timedelta(hours=47), d - D.timedelta(seconds=1))
show(lambda: D.date.max + D.timedelta(1))
show(lambda: D.date.min - D.timedelta(1))
show(lambda: d + 1)
show(lambda: d - 1)
show(lambda: d < 1)
show(lambda: d - D.datetime(2020, 1, 1))
print(d == D.date(2024, 2, 29), d < D.date(2024, 3, 1), d > D.date(2024, 3, 1), d == 5, d != 'x')
print(sorted([D.date(2020, 5, 1), D.date(2019, 1, 1), D.date(2019, 12, 31)]))
print(hash(d) == hash(D.date(2024, 2, 29)), len({d, D.date(2024, 2, 29), D.date(2024, 3, 1)}))

t = D.time(13, 5, 7, 12345)
print(t, repr(t), repr(D.time()), repr(D.time(1, 2)), repr(D.time(1, 2, 3)), repr(D.time(0, 0, 0, 1)))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.dst(), t.tzname())
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(t.isoformat(ts), D.time(1, 2).isoformat(timespec=ts))
show(lambda: t.isoformat('x'))
print(t.strftime('%H:%M:%S.%f %I %p %Y %j'), format(t, '%H'), format(t, ''), bool(D.time()))
print(t.replace(hour=1), t.replace(microsecond=0), repr(t.replace(fold=1)), D.time.min, D.time.max)
show(lambda: t.replace(fold=2))
print(t < D.time(14), t == D.time(13, 5, 7, 12345), t == 1, hash(t) == hash(D.time(13, 5, 7, 12345)))
show(lambda: t < 1)

dt = D.datetime(2023, 11, 14, 22, 13, 20, 123456)
print(dt, repr(dt), repr(D.datetime(2020, 1, 1)), repr(D.datetime(2020, 1, 1, 0, 0, 1)))
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.timetuple(), dt.utctimetuple())
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(sep='x', timespec='minutes'), str(dt))
show(lambda: dt.isoformat(sep='ab'))
show(lambda: dt.isoformat(sep=1))
show(lambda: dt.isoformat(timespec='x'))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %a %j %U %c %x %X %%f %z%Z'), format(dt, '%y'), format(dt, ''))
print(dt + D.timedelta(hours=3), dt - D.timedelta(days=400, microseconds=1), dt - D.datetime(2000, 1, 1))
print(D.datetime(2020, 1, 1) - dt, D.timedelta(1) + dt, dt.replace(year=2020, microsecond=5))
print(dt.toordinal(), dt.weekday(), dt.isocalendar(), D.datetime.min, D.datetime.max, D.datetime.resolution)
show(lambda: D.datetime.max + D.timedelta(microseconds=1))
show(lambda: D.datetime.min - D.timedelta(microseconds=1))
print(dt == D.datetime(2023, 11, 14, 22, 13, 20, 123456), dt < D.datetime(2023, 11, 14, 22, 13, 21))
print(dt == d, dt != d, dt == dt.date(), d == dt)
show(lambda: dt < d)
show(lambda: d < dt)
show(lambda: dt < 1)
print(D.datetime.combine(d, t), D.datetime.combine(d, t, D.timezone.utc), D.datetime.fromordinal(5))
show(lambda: D.datetime.combine(1, t))
show(lambda: D.datetime.combine(d, 1))
print(D.datetime.fromisocalendar(2020, 1, 1), type(D.datetime.fromordinal(5)).__name__)
print(D.datetime.utcfromtimestamp(0), D.datetime.utcfromtimestamp(1700000000.5),
      D.datetime.utcfromtimestamp(-1.0000005), D.datetime.utcfromtimestamp(1e-7))
show(lambda: D.datetime.utcfromtimestamp(float('nan')))
show(lambda: D.datetime.utcfromtimestamp(1e20))
show(lambda: D.datetime.utcfromtimestamp('1'))
show(lambda: D.date.fromtimestamp(1e20))

for s in ['2023-01-01', '20230101', '2023-W01', '2023W01', '2023-W01-2', '2023W012', '2023-1-1',
          '2023-01-0x', '2023-13-01', '2023-02-29', '2023-01-01T', '']:
    show(lambda: D.date.fromisoformat(s))
for s in ['2023-01-01T10:00:00.1234567', '2023-01-01T10', '2023-01-01T1000', '2023-01-01 10:00+0530',
          '2023-01-01T10:00+05', '2023-01-01', '20230101T100000', '2023-01-01T10:00:00.123+05:30:10.5',
          '2023-01-01T10:00:00-00:00', '2023-01-01T24:00', '2023-01-01T10:00:00Z', '2023-01-01T10:00:00Zx',
          '2023-01-01T10:00:00,5', '2023-01-01T10:00:00.', '2023-01-01T10:00:00x', '2023-W01-1T10:00',
          '2023W011T10', '2023-01-01T10:0', '2023-01-01T10:00:00+25:00', '2023-01-01X12:34:56.789',
          '2023', '2023-01-01T10:00:00-08:00']:
    show(lambda: D.datetime.fromisoformat(s))
for s in ['10:00:00.1', '1000', '10:00:00,12345678', 'T10:00:01,5Z', '10:00:00+01:00', '25:00', 'x', '10:00-']:
    show(lambda: D.time.fromisoformat(s))
show(lambda: D.date.fromisoformat(1))
show(lambda: D.datetime.fromisoformat(None))
print(D.datetime.strptime('2023-05-06 07:08:09.5', '%Y-%m-%d %H:%M:%S.%f'),
      D.datetime.strptime('Mon 1 Jan 2024 +0100', '%a %d %b %Y %z'))
show(lambda: D.datetime.strptime('x', '%Y'))


class MyDate(D.date):
    def __new__(cls, y, m, d, tag='x'):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self


class MyDT(D.datetime):
    pass


m = MyDate(2020, 5, 6, 'a')
print(repr(m), m.tag, repr(m + D.timedelta(1)), type(m - D.timedelta(1)).__name__,
      type(m.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__, m == D.date(2020, 5, 6))
md = MyDT(2020, 1, 2, 3, 4, 5)
md.x = 1
print(repr(md), md.x, repr(md + D.timedelta(1)), type(md.replace(hour=1)).__name__,
      type(MyDT.fromisoformat('2020-01-01')).__name__, type(MyDT.combine(d, t)).__name__,
      type(MyDT.utcfromtimestamp(0)).__name__, type(md.astimezone(D.timezone.utc)).__name__)
try:
    d.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    class Bad(D.timezone):
        pass
except TypeError as e:
    print('TypeError', e)
