"""Edge cases of the C _datetime: classmethods called on instances, out-of-range
ISO calendar components, bad as_integer_ratio results, bad pickle tzinfo
states, tzname results in strftime (replace() of str subclasses, lone
surrogates, percent signs)."""
import datetime as D
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = D.date(2020, 1, 1)
show(lambda: d.fromordinal(5))
show(lambda: D.datetime(2020,1,1).now(D.timezone.utc).tzinfo)
show(lambda: D.date.fromisocalendar(2**33, 1, 1))
class BF(float):
    def as_integer_ratio(self): return 1
class BF2(float):
    def as_integer_ratio(self): return (1,)
show(lambda: D.timedelta(1) / BF(1.5))
show(lambda: D.timedelta(1) * BF2(1.5))
show(lambda: D.time(b'\x01\x02\x03\x00\x00\x04', 'x'))
show(lambda: D.datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', 'x'))
class B(D.tzinfo):
    def tzname(s, dt): return '\ud800'
show(lambda: D.time(1, tzinfo=B()).strftime('%Z'))
class S(str):
    def replace(self, *a): return None
class B2(D.tzinfo):
    def tzname(s, dt): return S('x')
show(lambda: D.time(1, tzinfo=B2()).strftime('%Z'))
class B3(D.tzinfo):
    def tzname(s, dt): return 'a%b'
show(lambda: D.time(1, tzinfo=B3()).strftime('%Z'))
show(lambda: D.date.fromisocalendar.__self__)
