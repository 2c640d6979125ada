"""urllib.request on file:// URLs (urlopen, Request, headers, errors),
url2pathname/pathname2url, and urllib.parse helpers used alongside."""
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data file.txt")
    with open(path, "w") as f:
        f.write("line one\nline two\n")
    url = "file://" + urllib.request.pathname2url(path)
    print(url.replace(urllib.request.pathname2url(d), "TMP"))
    with urllib.request.urlopen(url) as resp:
        print(type(resp).__name__, resp.status, resp.headers["Content-type"], resp.headers["Content-length"])
        print(resp.read().decode().splitlines(), resp.geturl() == url)
    print(urllib.request.url2pathname(urllib.parse.urlparse(url).path) == path)
    req = urllib.request.Request(url, headers={"X-Test": "1"})
    print(req.get_method(), req.type, req.has_header("X-test"), req.get_header("X-test"), req.full_url == url)
    with urllib.request.urlopen(req) as resp:
        print(len(resp.readlines()))
    fname, headers = urllib.request.urlretrieve(url, os.path.join(d, "copy.txt"))
    print(os.path.basename(fname), open(fname).read() == "line one\nline two\n", headers["Content-type"])
    try:
        urllib.request.urlopen("file://" + urllib.request.pathname2url(os.path.join(d, "missing.txt")))
    except urllib.error.URLError as e:
        print("URLError:", type(e.reason).__name__, e.reason.strerror)
    try:
        urllib.request.urlopen("file://" + urllib.request.pathname2url(d))
    except urllib.error.URLError as e:
        print("URLError:", type(e.reason).__name__, e.reason.strerror)
    try:
        urllib.request.urlopen("nosuchscheme://x")
    except urllib.error.URLError as e:
        print("URLError:", e.reason)
    try:
        urllib.request.urlopen("not a url")
    except ValueError as e:
        print("ValueError:", e)
    try:
        urllib.request.urlopen("file://remotehost.invalid/etc/passwd")
    except urllib.error.URLError as e:
        print("URLError:", e.reason)

u = urllib.parse.urlsplit("https://user:pw@Example.COM:8443/a%20b/c;p?q=1&q=2&r=%E2%82%AC#frag")
print(u, u.hostname, u.port, u.username, u.password)
print(urllib.parse.parse_qs(u.query), urllib.parse.parse_qsl("a=1&b=&c", keep_blank_values=True))
print(urllib.parse.urlencode({"q": "caf\u00e9 & more", "n": [1, 2]}, doseq=True))
print(urllib.parse.quote("/path with/sp\u00e4ce"), urllib.parse.quote_plus("a b+c"), urllib.parse.unquote("%E2%82%AC%zz"))
print(urllib.parse.urljoin("http://a/b/c/d;p?q", "../g"), urllib.parse.urljoin("http://a/b/c/d", "//other/x"))
print(urllib.parse.urldefrag("http://x/y#z"), urllib.parse.urlunparse(("http", "h", "/p", "", "a=1", "")))
try:
    urllib.parse.urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError:", e)
try:
    urllib.parse.urlsplit("http://h:99999/").port
except ValueError as e:
    print("ValueError:", e)
