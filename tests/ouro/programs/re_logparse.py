"""re: log parsing and validation (MULTILINE anchors, VERBOSE,
compiled-pattern reuse, findall with groups, counting)."""
import re

LOG = """\
2024-03-01 10:15:32,123 INFO  [web-1] GET /index.html 200 512B 12ms
2024-03-01 10:15:33,001 WARN  [web-2] GET /missing 404 0B 3ms
2024-03-01 10:15:35,777 ERROR [db-1] query failed: timeout after 3000ms
2024-03-01 10:16:00,000 INFO  [web-1] POST /api/login 302 128B 45ms
2024-03-01 10:16:01,500 info  [web-3] GET /api/items?id=7&x=1 200 2048B 8ms
2024-03-01 10:17:59,999 ERROR [web-2] GET /crash 500 0B 1203ms
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s
    (?P<level>[A-Za-z]+)\s+
    \[(?P<host>[\w-]+)\]\s
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)

REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) "
                 r"(?P<size>\d+)B (?P<ms>\d+)ms")

levels = {}
slow = []
for m in LINE.finditer(LOG):
    lvl = m["level"].upper()
    levels[lvl] = levels.get(lvl, 0) + 1
    r = REQ.fullmatch(m["msg"])
    if r:
        if int(r["ms"]) > 40:
            slow.append((m["host"], r["path"], int(r["ms"])))
        print(m["time"], lvl, r.group("method", "status"), r["path"].split("?")[0])
    else:
        print(m["time"], lvl, "->", m["msg"])
print(levels)
print(slow)
print(re.findall(r"^\S+ (\S+),\d+ ERROR", LOG, re.M))
print(len(re.findall(r"^", LOG, re.M)), len(re.findall(r"$", LOG, re.M)))
print(re.findall(r"(\d+)ms$", LOG, re.M))
print(re.search(r"timeout after (\d+)ms", LOG).group(1))
query = re.search(r"\?(.*?) ", LOG).group(1)
print(dict(kv.split("=") for kv in re.split(r"&", query)))

# validation
EMAIL = re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
for e in ["a.b+c@example.co.uk", "bad@", "@bad.com", "x@y.z", "ok_1@sub.domain.org"]:
    print(e, bool(EMAIL.match(e)))

IPV4 = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$")
for ip in ["192.168.0.1", "256.1.1.1", "10.0.0", "0.0.0.0", "1.2.3.04"]:
    print(ip, IPV4.match(ip) is not None)

DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
for d in ["2024-02-29", "2024-13-01", "1999-12-31", "x2024-01-01"]:
    m = DATE.fullmatch(d)
    print(d, m.groupdict() if m else None)

PASSWORD = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
for pw in ["Passw0rd!", "password", "SHORT1!a", "NoDigits!!", "Abcdef1$"]:
    print(pw, bool(PASSWORD.match(pw)))

HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}\b")
print(HEX.findall("colors: #fff #A0B1C2 #12 #abcd #123456789"))

# word statistics
text = "The cat sat on the mat. The mat was flat; the cat was fat!"
words = re.findall(r"[a-z]+", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(re.findall(r"\b\w*at\b", text))
print(re.sub(r"\s*[.;!]\s*", "|", text))
print([s for s in re.split(r"(?<=[.!?;])\s+", text)])
