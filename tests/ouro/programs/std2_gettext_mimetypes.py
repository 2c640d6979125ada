"""gettext with a .mo catalog built in memory (plural forms, fallbacks,
install) and mimetypes guesses."""
import gettext
import io
import mimetypes
import os
import struct
import tempfile


def build_mo(messages):
    # a GNU .mo file: header, then the original and translated string tables
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        kb = k.encode("utf-8")
        vb = messages[k].encode("utf-8")
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b"\0"
        strs += vb + b"\0"
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    out = struct.pack("Iiiiiii", 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack("%di" % len(koffsets), *koffsets)
    out += struct.pack("%di" % len(voffsets), *voffsets)
    return out + ids + strs


catalog = {
    "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
    "Hello": "Bonjour",
    "apple\0apples": "pomme\0pommes",
    "menu\x04Open": "Ouvrir (menu)",
}
t = gettext.GNUTranslations(io.BytesIO(build_mo(catalog)))
print(t.gettext("Hello"), t.gettext("Unknown"))
for n in (0, 1, 2):
    print(n, t.ngettext("apple", "apples", n))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"))
print(t.info()["content-type"], t.charset())
null = gettext.NullTranslations()
print(null.gettext("x"), null.ngettext("a", "b", 2))
t.add_fallback(null)
with tempfile.TemporaryDirectory() as d:
    locdir = os.path.join(d, "fr", "LC_MESSAGES")
    os.makedirs(locdir)
    with open(os.path.join(locdir, "demo.mo"), "wb") as f:
        f.write(build_mo(catalog))
    tr = gettext.translation("demo", localedir=d, languages=["fr"])
    print(type(tr).__name__, tr.gettext("Hello"))
    tr.install()
    print(_("Hello"))
    print(gettext.find("demo", d, languages=["de", "fr"]).replace(d, "TMP"))
    try:
        gettext.translation("demo", localedir=d, languages=["de"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.args[1], e.filename)
    print(gettext.translation("demo", localedir=d, languages=["de"], fallback=True).gettext("Hello"))
try:
    gettext.GNUTranslations(io.BytesIO(b"\0\0\0\0" + b"\0" * 24))
except OSError as e:
    print("OSError:", e.args)

mt = mimetypes.MimeTypes()
for name in ("report.pdf", "photo.JPG", "archive.tar.gz", "page.html", "data.json", "noext", "x.unknownext", "style.css"):
    print(name, mt.guess_type(name))
print(mt.guess_extension("application/json"), mt.guess_extension("text/html"))
print(sorted(mt.guess_all_extensions("image/jpeg")))
mt.add_type("application/x-demo", ".demo")
print(mt.guess_type("file.demo"), mt.guess_type("https://example.com/a/b.png?x=1"))
print(mimetypes.guess_type("data:text/plain;base64,SGVsbG8="))
