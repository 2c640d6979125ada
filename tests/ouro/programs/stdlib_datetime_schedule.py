from datetime import datetime, date, time, timedelta, timezone
import calendar

start = datetime(2024, 2, 27, 9, 30)
print(start, repr(start))
for i in range(4):
    d = start + timedelta(days=i)
    print(d.strftime("%a %d %b %Y %H:%M"), d.weekday(), d.isoweekday(), d.date().isoformat())
print(timedelta(days=1, hours=3, minutes=5), repr(timedelta(days=1, hours=3)))
print(timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(microseconds=1500))
print(timedelta(weeks=2) / timedelta(days=1), timedelta(hours=5) // timedelta(hours=2), timedelta(hours=5) % timedelta(hours=2))
print(timedelta(days=3).total_seconds(), abs(timedelta(days=-2)), -timedelta(hours=1))
d1 = date(2024, 1, 1)
d2 = date(2024, 12, 25)
print(d2 - d1, (d2 - d1).days, d1 < d2, repr(d1), str(d1))
print(d1.replace(month=3), d1.toordinal(), date.fromordinal(738000), date.fromisoformat("2023-07-04"))
print(datetime.fromisoformat("2023-07-04T12:34:56"), datetime.fromisoformat("2023-07-04 12:34:56.123456"))
t = time(14, 5, 9)
print(t, repr(t), t.isoformat(), t.strftime("%I:%M %p"), time(1, 2, 3, 400))
utc = timezone.utc
aware = datetime(2020, 5, 17, 10, 0, tzinfo=utc)
print(aware, repr(aware), aware.isoformat(), aware.tzname(), aware.utcoffset())
est = timezone(timedelta(hours=-5), "EST")
print(aware.astimezone(est), repr(est), str(timezone(timedelta(hours=5, minutes=30))))
print(datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("17/Jan/2022", "%d/%b/%Y").date())
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(date(2024, 3, 10).isocalendar()[1], date(2024, 3, 10).strftime("%j %U %W"))
print(datetime(2024, 1, 1) - datetime(2023, 12, 31, 23, 59, 59))
print(sorted([date(2022, 1, 5), date(2021, 6, 1), date(2022, 1, 1)]))
print(max(timedelta(1), timedelta(hours=30)), min(time(3), time(2, 59)))
print(datetime(2024, 1, 31) + timedelta(days=30), date.max, date.min, timedelta.max)
print(f"{datetime(2024, 5, 6, 7, 8, 9):%Y/%m/%d %H-%M-%S}", format(date(2000, 1, 2), "%d.%m.%y"))
print("{:%B %d, %Y}".format(date(1999, 12, 31)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError for Feb 29")
try:
    datetime(2023, 1, 1) - date(2023, 1, 1)
except TypeError as e:
    print("TypeError for datetime - date")
try:
    datetime(2023, 1, 1, tzinfo=utc) < datetime(2023, 1, 1)
except TypeError as e:
    print("TypeError for aware < naive")
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    time(25)
except ValueError as e:
    print("ValueError for hour 25")
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
print(datetime(2020, 2, 29).replace(year=2021) if False else datetime(2020, 2, 28).replace(year=2021))
print(timedelta(days=1, seconds=3600) == timedelta(hours=25), bool(timedelta(0)))
print(datetime.combine(date(2022, 2, 2), time(22, 22)), datetime(2022, 1, 1).timetuple()[:6])
print(date(2024, 2, 29).ctime(), datetime(2001, 9, 9, 1, 46, 40, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(0, tz=utc), datetime.utcfromtimestamp(86400))
print(timedelta(days=10**5) if False else timedelta(days=999999999))
print(repr(timedelta(0)), repr(timedelta(days=-1, seconds=5, microseconds=7)))
