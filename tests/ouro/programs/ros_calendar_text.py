"""Calendars and text justification."""
import calendar
import textwrap
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2021, 8))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2100))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2000, 1, 1)])
print(list(calendar.month_abbr), calendar.monthcalendar(2024, 3)[:2])
print(calendar.calendar(2024, m=4)[:400])
import datetime
d = datetime.date(2024, 1, 31)
for i in range(5):
    print(d, d.strftime("%a %d %b %Y, day %j, week %U"), d.isoweekday(), d.isocalendar()[1])
    d += datetime.timedelta(days=29)
print(datetime.date(2024, 12, 25) - datetime.date(2024, 1, 1), datetime.timedelta(hours=50, seconds=7))
print(repr(datetime.timedelta(days=-1, seconds=5)), datetime.datetime(2020, 5, 17, 13, 4, 5).isoformat(" "))
try:
    calendar.month(2024, 13)
except Exception as e:
    print(type(e).__name__, e)

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
        "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")

def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur); cur = []
        cur.append(w)
    out = []
    for ln in lines:
        if len(ln) == 1:
            out.append(ln[0].ljust(width)); continue
        gaps = len(ln) - 1
        spaces = width - sum(map(len, ln))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(ln[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + ln[-1])
    out.append(" ".join(cur).ljust(width))
    return out

for line in justify(text.split(), 30):
    print("|" + line + "|")
for line in textwrap.wrap(text, 40):
    print(f"[{line:^40}]")
print(textwrap.fill(text, 50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, 60), textwrap.shorten("Hello  world!", width=11))
print(textwrap.dedent("""
    def f():
        return 1
  """))
print(textwrap.indent("a\nb\n\nc", "+ "))
print("centre".center(20, "~"), "left".ljust(10, ".") + "|", "right".rjust(10, "0"), "42".zfill(6), "-42".zfill(6))
try:
    "x".center(10, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(type(e).__name__, e)
