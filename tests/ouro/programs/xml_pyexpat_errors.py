"""pyexpat errors: ExpatError's message, code, lineno and offset for
malformed documents (CPython's text: "not well-formed (invalid token):
line 1, column 5"), the parser's Error* attributes, errors after chunks,
a handler that raises (parsing stops, every handler is cleared, the
exception propagates from Parse, nested in ExternalEntityRefHandler
too), handler return values, UseForeignDTD and external entities."""
from xml.parsers import expat

BAD = [b"<a>", b"", b"<a></b>", b"<a x='1' x='2'/>", b"<a>&nope;</a>", b"<a/><b/>",
       b"<a>\n  <b <</a>", b"<1a/>", b"<a>\xff</a>", b"<?xml version='1.0'?><?xml?>",
       b"<a b=c/>", b"<a><![CDATA[x</a>", b"<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>",
       b"<a>&#0;</a>", b"<x:a/>", b"<?xml version='1.0' encoding='nope'?><a/>",
       b"text", b"<a>\n\n   </c>"]
for doc in BAD:
    p = expat.ParserCreate(namespace_separator="!" if b"x:" in doc else None)
    try:
        p.Parse(doc, True)
        print("ok?", doc)
    except expat.ExpatError as e:
        print(repr(doc), "->", e, "|", e.code, e.lineno, e.offset,
              expat.errors.messages[e.code] == str(e).split(":")[0])
        print("   ", p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex,
              p.CurrentLineNumber, p.CurrentColumnNumber)
        print("   args", type(e).__name__, e.args)
    except LookupError as e:
        print(repr(doc), "->", type(e).__name__, e)

p = expat.ParserCreate()
p.Parse(b"<root><a>")
try:
    p.Parse(b"</b>")
except expat.ExpatError as e:
    print("chunked:", e)
try:
    p.Parse(b"<more/>", True)
except expat.ExpatError as e:
    print("again:", e, e.code)

print("-- a handler raises")


class Stop(Exception):
    pass


def run(doc, where):
    p = expat.ParserCreate()
    seen = []

    def start(name, attrs):
        seen.append(name)
        if name == where:
            raise Stop("in " + name)

    p.StartElementHandler = start
    p.EndElementHandler = lambda n: seen.append("/" + n)
    p.CharacterDataHandler = lambda d: seen.append(d)
    try:
        p.Parse(doc, True)
        print("no exception", seen)
    except Stop as e:
        print("Stop", e, seen)
    except expat.ExpatError as e:
        print("ExpatError", e, seen)
    print("   handlers cleared:", p.StartElementHandler is None, p.EndElementHandler is None,
          p.CharacterDataHandler is None)
    print("   position:", p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
    try:
        p.Parse(b"<x/>", True)
        print("   parse again ok")
    except expat.ExpatError as e:
        print("   parse again:", e)


run(b"<a><b/><c>text</c><d/></a>", "c")
run(b"<a><b/><c>text</c><d/></a>", "a")
run(b"<a><b/><c>text</c><d/><bad</a>", "d")
run(b"<a><b/><c>text</c><d/><bad</a>", "zzz")

p = expat.ParserCreate()
p.buffer_text = True


def chars(data):
    raise ValueError("chars: " + data)


p.CharacterDataHandler = chars
p.StartElementHandler = lambda n, a: None
try:
    p.Parse(b"<a>one two<b/>three</a>", True)
except ValueError as e:
    print("buffered", e, p.CharacterDataHandler, p.buffer_used)

p = expat.ParserCreate()
p.StartElementHandler = "not callable"
try:
    p.Parse(b"<a/>", True)
except TypeError as e:
    print("TypeError", e)
p = expat.ParserCreate()
p.StartElementHandler = lambda: None
try:
    p.Parse(b"<a/>", True)
except TypeError as e:
    print("TypeError", e)

print("-- NotStandalone, external entities")
for result in (1, 0):
    p = expat.ParserCreate()
    p.NotStandaloneHandler = lambda result=result: result
    try:
        p.Parse(b"<?xml version='1.0' standalone='no'?><!DOCTYPE a SYSTEM 'a.dtd'><a/>", True)
        print(result, "accepted")
    except expat.ExpatError as e:
        print(result, e)

DOC = b"""<!DOCTYPE doc [<!ENTITY ext SYSTEM "http://example.com/ext.xml">]>
<doc>before &ext; after</doc>"""
for answer in (1, 0):
    p = expat.ParserCreate()
    log = []
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)

    def ext_ref(context, base, system_id, public_id, p=p, answer=answer):
        log.append(("ref", context, base, system_id, public_id))
        child = p.ExternalEntityParserCreate(context)
        child.Parse(b"<inner x='1'>inside</inner>", True)
        return answer

    p.ExternalEntityRefHandler = ext_ref
    p.StartElementHandler = lambda n, a: log.append(("start", n, a))
    p.CharacterDataHandler = lambda d: log.append(d)
    try:
        p.Parse(DOC, True)
        print(answer, log)
    except expat.ExpatError as e:
        print(answer, e, log)

p = expat.ParserCreate()


def failing_ref(context, base, system_id, public_id):
    child = p.ExternalEntityParserCreate(context)
    child.StartElementHandler = lambda n, a: 1 / 0
    child.Parse(b"<inner/>", True)
    return 1


p.ExternalEntityRefHandler = failing_ref
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
try:
    p.Parse(DOC, True)
except ZeroDivisionError as e:
    print("nested", e, p.ExternalEntityRefHandler)

p = expat.ParserCreate()
seen = []
p.UseForeignDTD(True)
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
p.ExternalEntityRefHandler = lambda *args: seen.append(args) or 1
p.Parse(b"<a/>", True)
print("foreign", seen)
try:
    p.UseForeignDTD()
except expat.ExpatError as e:
    print("UseForeignDTD after parsing:", e, e.code)
p = expat.ParserCreate()
p.SkippedEntityHandler = lambda name, is_pe: print("skipped", name, is_pe)
p.Parse(b"<!DOCTYPE a SYSTEM 'x.dtd'><a>&undeclared;</a>", True)
