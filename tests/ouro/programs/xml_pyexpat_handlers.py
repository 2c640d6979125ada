"""pyexpat: every handler with CPython's arguments (elements, attributes
as dicts and ordered lists, specified_attributes, text, comments, PIs,
CDATA, namespaces with a separator and prefixes, the XML declaration,
the DTD's declarations and content models, entities, the default
handlers), buffer_text merging, the intern dict, positions inside
handlers, ParseFile, chunked parsing, module constants."""
import io
import pyexpat
from xml.parsers import expat

DOC = b"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE root [
  <!ELEMENT root (a, b*, (c | d)+)>
  <!ELEMENT a (#PCDATA | em)*>
  <!ELEMENT b EMPTY>
  <!ELEMENT c ANY>
  <!ATTLIST a x CDATA "dflt" y (p|q) #REQUIRED>
  <!ENTITY e "entity text">
  <!ENTITY ext SYSTEM "ext.xml">
  <!NOTATION n SYSTEM "viewer">
  <!ENTITY u SYSTEM "u.bin" NDATA n>
]>
<root><!-- a comment --><?pi some data?>
<a y="p" z="\xc3\xa9t\xc3\xa9">caf\xc3\xa9 &e; &amp; more</a>
<![CDATA[<raw> & stuff]]><b/><c>text<d/></c>
</root>
"""

HANDLERS = ["StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
            "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
            "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
            "StartCdataSectionHandler", "EndCdataSectionHandler",
            "NotStandaloneHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
            "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
            "SkippedEntityHandler"]


def logger(p, log, positions=False):
    for name in HANDLERS:
        def h(*args, name=name):
            entry = (name[:-7],) + args
            if positions:
                entry += ("@", p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
            log.append(entry)
            if name == "NotStandaloneHandler":
                return 1
        setattr(p, name, h)


p = expat.ParserCreate()
log = []
logger(p, log, positions=True)
print(p.Parse(DOC, True))
for entry in log:
    print(entry)

print("-- ordered, specified, buffered")
p = expat.ParserCreate()
p.ordered_attributes = True
p.specified_attributes = True
p.buffer_text = True
log = []
logger(p, log)
p.Parse(DOC, True)
for entry in log:
    if entry[0] in ("StartElement", "CharacterData"):
        print(entry)
print(p.ordered_attributes, p.specified_attributes, p.buffer_text, p.buffer_size, p.buffer_used)

print("-- buffer_text merging")
for size in (8192, 5):
    p = expat.ParserCreate()
    p.buffer_text = True
    p.buffer_size = size
    chunks = []
    p.CharacterDataHandler = chunks.append
    p.StartElementHandler = lambda n, a: chunks.append("<%s>" % n)
    p.Parse("<r>one &amp; two\nthree<x/>four &lt; five six seven</r>", True)
    print(size, chunks)
p = expat.ParserCreate()
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse("<r>one &amp; two\nthree</r>", True)
print("unbuffered", chunks)
p = expat.ParserCreate()
p.buffer_text = True
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse("<r>abc", False)
print("after a chunk", chunks, p.buffer_used)
p.Parse("def</r>", True)
print("after the end", chunks, p.buffer_used)

print("-- namespaces")
NS = b'<r xmlns="urn:default" xmlns:p="urn:p"><p:x p:at="1" plain="2"/><y/></r>'
for sep, prefixes in ((None, False), ("}", False), (" ", True), ("", False)):
    p = expat.ParserCreate(namespace_separator=sep)
    p.namespace_prefixes = prefixes
    log = []
    logger(p, log)
    p.Parse(NS, True)
    print(repr(sep), prefixes)
    for entry in log:
        print("  ", entry)

print("-- intern")
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: None
p.Parse("<a b='1'><a b='2'/></a>", True)
print(sorted(p.intern.items()))
p = expat.ParserCreate(intern=None)
print(p.intern)
mine = {}
p = expat.ParserCreate(intern=mine)
names = []
p.StartElementHandler = lambda n, a: names.append(n)
p.Parse("<item><item/></item>", True)
print(mine, names[0] is names[1], p.intern is mine)

print("-- default handlers")
for attr in ("DefaultHandler", "DefaultHandlerExpand"):
    p = expat.ParserCreate()
    out = []
    setattr(p, attr, out.append)
    p.Parse('<!DOCTYPE r [<!ENTITY e "E">]><r a="1">x &e; <!--c--></r>', True)
    print(attr, out)

print("-- ParseFile and chunks")
p = expat.ParserCreate()
out = []
p.StartElementHandler = lambda n, a: out.append(n)
print(p.ParseFile(io.BytesIO(b"<doc>" + b"<i/>" * 1000 + b"</doc>")), len(out))
p = expat.ParserCreate()
out = []
p.StartElementHandler = lambda n, a: out.append((n, a))
data = b"<list>" + b"".join(b"<i n='%d'/>" % i for i in range(20)) + b"</list>"
for i in range(0, len(data), 7):
    p.Parse(data[i:i + 7])
p.Parse(b"", True)
print(len(out), out[-1], p.CurrentByteIndex)
p = expat.ParserCreate()
try:
    p.ParseFile(io.StringIO("<a/>"))
except TypeError as e:
    print("TypeError", e)
try:
    p.ParseFile(42)
except TypeError as e:
    print("TypeError", e)

print("-- encodings")
for enc in ("utf-8", "iso-8859-1", "utf-16", "us-ascii"):
    p = expat.ParserCreate()
    out = []
    p.CharacterDataHandler = out.append
    p.Parse(("<?xml version='1.0' encoding='%s'?><r>caf\xe9</r>" % enc).encode(enc, "replace"),
            True)
    print(enc, out)
p = expat.ParserCreate("iso-8859-1")
out = []
p.CharacterDataHandler = out.append
p.Parse(b"<r>\xe9t\xe9</r>", True)
print("forced", out)
p = expat.ParserCreate()
out = []
p.CharacterDataHandler = out.append
p.Parse(b"<?xml version='1.0' encoding='cp1252'?><r>\x80 \xe9</r>", True)
print("cp1252", out)

print("-- misc")
p = expat.ParserCreate()
print(p.GetBase())
p.SetBase("http://example.com/base/")
print(p.GetBase(), p.GetInputContext())
ctx = []
p.StartElementHandler = lambda n, a: ctx.append(p.GetInputContext())
p.Parse(b"<r><child attr='v'/></r>", True)
print(ctx)
print(p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE))
print(type(p).__name__, type(p).__module__, expat.XMLParserType is type(p))
print(expat.EXPAT_VERSION == pyexpat.EXPAT_VERSION, pyexpat.version_info, pyexpat.native_encoding)
print(pyexpat.features)
print(expat.ErrorString(4), expat.ErrorString(0), expat.ErrorString(1000))
print(pyexpat.errors.XML_ERROR_SYNTAX, pyexpat.errors.codes["mismatched tag"],
      pyexpat.errors.messages[7], len(pyexpat.errors.codes))
print(pyexpat.model.XML_CTYPE_SEQ, pyexpat.model.XML_CQUANT_PLUS, pyexpat.errors.__doc__)
import sys
print(sys.modules["pyexpat.errors"] is pyexpat.errors, sys.modules["xml.parsers.expat.model"].__name__)
print(expat.error is expat.ExpatError, expat.ExpatError.__module__, expat.ExpatError.__mro__)
print(p.StartElementHandler is not None, p.EndElementHandler)
p.StartElementHandler = None
print(p.StartElementHandler)
for attr in ("StartElementHandler", "buffer_text", "ordered_attributes"):
    try:
        delattr(p, attr)
    except RuntimeError as e:
        print("RuntimeError", e)
for bad in ("x", 0, -1, 2 ** 31):
    try:
        p.buffer_size = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.intern = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print("ValueError", e)
try:
    expat.ParserCreate(intern=[])
except TypeError as e:
    print("TypeError", e)
try:
    expat.ParserCreate(encoding=1)
except TypeError as e:
    print("TypeError", e)
try:
    p.Parse(12)
except TypeError as e:
    print("TypeError", e)
for value in (100, 100, 8192):
    p = expat.ParserCreate()
    p.buffer_size = value
    print("buffer_size", value, "turns buffer_text on:", p.buffer_text)
p = expat.ParserCreate()
p.buffer_text = True
p.buffer_text = False
p.buffer_size = 10
print(p.buffer_text, p.buffer_size)
print("many parsers:", sum(expat.ParserCreate().Parse(b"<a/>", True) for i in range(3000)))
