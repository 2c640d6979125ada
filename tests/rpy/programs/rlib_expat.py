"""rpy.rlib.rexpat: events of every kind the callback is given (elements,
attributes, text, comments, PIs, CDATA, namespaces, the DTD's
declarations and content models), the callback's result for
NotStandalone, errors with expat's codes, messages and positions, a
callback raising (the parser stops, the exception propagates), parsing
in chunks while the callback allocates (the GC may move the input),
base, version and features."""
from __future__ import annotations

from rpy.rlib import rexpat


class Log:
    lines: list[str]
    raise_at: int
    junk: list[list[int]]

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.raise_at = -1
        self.junk: list[list[int]] = []


LOG = Log()


def show(h: int, i: int) -> str:
    s = rexpat.ev_str(h, i)
    if s is None:
        return "None"
    return "%s(%d)" % (s, rexpat.ev_len(h, i))


def on_event(h: int, kind: int) -> int:
    parts: list[str] = ["k%d" % kind]
    for i in range(rexpat.ev_count(h)):
        parts.append(show(h, i))
    if kind in (rexpat.K_StartDoctypeDecl, rexpat.K_XmlDecl, rexpat.K_AttlistDecl,
                rexpat.K_EntityDecl, rexpat.K_SkippedEntity):
        parts.append("i=%d" % rexpat.ev_int(h, 0))
    if kind == rexpat.K_ElementDecl:
        n = rexpat.ev_count(h) - 1
        for i in range(3 * n):
            parts.append("%d" % rexpat.ev_int(h, i))
    parts.append("@%d:%d" % (rexpat.position(h, 0), rexpat.position(h, 1)))
    LOG.lines.append(" ".join(parts))
    # allocate: the input bytes may move meanwhile
    for j in range(50):
        LOG.junk.append([j] * 20)
    if len(LOG.junk) > 5000:
        LOG.junk = []
    if len(LOG.lines) == LOG.raise_at:
        raise ValueError("stop here")
    if kind == rexpat.K_NotStandalone:
        return 1
    return 0


def flush(title: str) -> None:
    print(title)
    for line in LOG.lines:
        print("  " + line)
    LOG.lines = []


def parse_all(h: int, data: bytes) -> int:
    rc = rexpat.parse(h, data, True, on_event)
    if rc == 0:
        code = rexpat.error_code(h)
        print("  error", code, rexpat.error_string(code), rexpat.position(h, 0),
              rexpat.position(h, 1), rexpat.position(h, 2))
    return rc


def all_on(h: int) -> None:
    for kind in range(rexpat.K_NHANDLERS):
        if kind not in (rexpat.K_Default, rexpat.K_DefaultHandlerExpand,
                        rexpat.K_ExternalEntityRef):
            rexpat.set_handler(h, kind, True)


DOC = (b'<?xml version="1.0" encoding="utf-8" standalone="no"?>\n'
       b'<!DOCTYPE root [\n'
       b'  <!ELEMENT root (a, b*, (c | d)+)>\n'
       b'  <!ELEMENT a (#PCDATA)>\n'
       b'  <!ATTLIST a x CDATA "dflt" y (p|q) #REQUIRED>\n'
       b'  <!ENTITY e "entity text">\n'
       b'  <!NOTATION n SYSTEM "viewer">\n'
       b'  <!ENTITY u SYSTEM "u.bin" NDATA n>\n'
       b']>\n'
       b'<root><!-- a comment --><?pi some data?>'
       b'<a y="p" z="\xc3\xa9t\xc3\xa9">caf\xc3\xa9 &e; &amp; more</a>'
       b'<![CDATA[<raw>]]><b/></root>\n')


def events() -> None:
    h = rexpat.create(None, None)
    all_on(h)
    print("rc", parse_all(h, DOC))
    flush("events")
    rexpat.free(h)


def namespaces() -> None:
    h = rexpat.create(None, "}")
    all_on(h)
    parse_all(h, b'<r xmlns="urn:a" xmlns:p="urn:p"><p:x p:at="1"/></r>')
    flush("namespaces")
    rexpat.free(h)
    h = rexpat.create(None, " ")
    rexpat.set_ns_triplet(h, True)
    all_on(h)
    parse_all(h, b'<p:r xmlns:p="urn:p"/>')
    flush("triplets")
    rexpat.free(h)


def errors() -> None:
    for doc in [b"<a><b></a>", b"<a>", b"", b"<a x='1' x='2'/>", b"<a>&nope;</a>",
                b"<a/><b/>", b"<a>\n  <b <</a>"]:
        h = rexpat.create(None, None)
        rexpat.set_handler(h, rexpat.K_StartElement, True)
        parse_all(h, doc)
        flush("doc %d bytes" % len(doc))
        rexpat.free(h)


def raising() -> None:
    h = rexpat.create(None, None)
    all_on(h)
    LOG.raise_at = 3
    try:
        rexpat.parse(h, b"<a><b/><c/><d/></a>", True, on_event)
        print("no exception")
    except ValueError:
        print("ValueError propagated")
    LOG.raise_at = -1
    flush("raising")
    rexpat.free(h)


def chunks() -> None:
    h = rexpat.create(None, None)
    rexpat.set_handler(h, rexpat.K_StartElement, True)
    rexpat.set_handler(h, rexpat.K_CharacterData, True)
    doc = b"<list>" + ("".join(["<i n='%d'>text %d</i>" % (i, i) for i in range(30)])).encode("utf-8") + b"</list>"
    pos = 0
    while pos < len(doc):
        rexpat.parse(h, doc[pos:pos + 17], False, on_event)
        pos += 17
    rexpat.parse(h, b"", True, on_event)
    print("chunks", len(LOG.lines), LOG.lines[1], LOG.lines[len(LOG.lines) - 1])
    LOG.lines = []
    rexpat.free(h)


def misc() -> None:
    h = rexpat.create("utf-8", None)
    print("base", rexpat.get_base(h))
    rexpat.set_base(h, "http://example.com/")
    print("base", rexpat.get_base(h))
    print("messages", rexpat.error_string(1), rexpat.error_string(9))
    print("version", rexpat.version()[:6], rexpat.version_part(0))
    print("features", rexpat.feature_count() > 0, rexpat.feature_name(0))
    rexpat.free(h)


def entry_point(argv: list[str]) -> int:
    events()
    namespaces()
    errors()
    raising()
    chunks()
    misc()
    return 0
