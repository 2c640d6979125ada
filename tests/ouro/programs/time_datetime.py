"""datetime (the pure Python module over our time module): dates, times,
timedeltas, timestamps in UTC and local time, strftime, isoformat."""
import datetime
import time

d = datetime.date(2024, 2, 29)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + datetime.timedelta(days=1), d - datetime.date(2000, 1, 1), d.replace(year=2028))
print(d.strftime("%A %d %B %Y, day %j"), format(d, "%y/%m/%d"), d.timetuple())
dt = datetime.datetime(2023, 11, 14, 22, 13, 20, 123456)
print(dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time())
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f"), dt.timetuple()[:6], dt + datetime.timedelta(hours=3))
utc = datetime.timezone.utc
aware = datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=utc)
print(aware, aware.timestamp(), aware.utcoffset(), aware.tzname(), aware.astimezone(utc))
print(datetime.datetime.fromtimestamp(1700000000, tz=utc))
print(datetime.datetime.utcfromtimestamp(1700000000.5))
local = datetime.datetime.fromtimestamp(1700000000)
print(local.timestamp(), local == datetime.datetime(*time.localtime(1700000000)[:6]))
print(datetime.date.fromtimestamp(86400 * 365) == datetime.date(*time.localtime(86400 * 365)[:3]))
td = datetime.timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, td.total_seconds(), td * 2, -td, abs(-td), td // datetime.timedelta(hours=1))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30), "IST")
print(aware.astimezone(tz), tz, datetime.datetime(2020, 1, 1, tzinfo=tz).isoformat())
now = datetime.datetime.now()
print(type(now).__name__, now.year >= 2024, abs((datetime.datetime.now() - now).total_seconds()) < 5)
print(datetime.date.today() == datetime.datetime.now().date() or True)
print(datetime.datetime.fromisoformat("2011-11-04T00:05:23"), datetime.date.fromisoformat("2019-12-04"))
print(datetime.datetime.combine(d, datetime.time(1, 2, 3)), datetime.time(13, 5).strftime("%I:%M %p"))
print(sorted([datetime.date(2020, 5, 1), datetime.date(2019, 1, 1)]), datetime.MINYEAR, datetime.MAXYEAR)
