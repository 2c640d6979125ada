"""xml.sax on pyexpat (expatreader): make_parser with a ContentHandler,
parseString, namespaces on and off, the Locator's positions, attribute
objects (AttributesImpl/NSImpl), ignorable text, an ErrorHandler and
SAXParseException's text, incremental feed, saxutils' XMLGenerator."""
import io
import xml.sax
from xml.sax import handler, saxutils
from xml.sax.xmlreader import InputSource

DOC = b"""<?xml version="1.0"?>
<shop xmlns="urn:shop" xmlns:p="urn:price">
  <item id="1" p:value="3.50">Apple &amp; pear</item>
  <item id="2"><![CDATA[<Banana>]]></item>
  <?pi data?>
</shop>
"""


class Handler(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.locator = None

    def setDocumentLocator(self, locator):
        self.locator = locator

    def where(self):
        if self.locator is None:
            return "@?"
        return "@%s:%s" % (self.locator.getLineNumber(), self.locator.getColumnNumber())

    def startDocument(self):
        print("startDocument")

    def endDocument(self):
        print("endDocument")

    def startPrefixMapping(self, prefix, uri):
        print("startPrefixMapping", prefix, uri)

    def endPrefixMapping(self, prefix):
        print("endPrefixMapping", prefix)

    def startElement(self, name, attrs):
        print("startElement", name, sorted(attrs.items()), self.where())

    def endElement(self, name):
        print("endElement", name, self.where())

    def startElementNS(self, name, qname, attrs):
        print("startElementNS", name, qname, sorted(attrs.items(), key=str), attrs.getQNames(),
              self.where())

    def endElementNS(self, name, qname):
        print("endElementNS", name, qname)

    def characters(self, content):
        print("characters", repr(content))

    def processingInstruction(self, target, data):
        print("PI", target, data)


xml.sax.parseString(DOC, Handler())
parser = xml.sax.make_parser()
parser.setFeature(handler.feature_namespaces, True)
parser.setContentHandler(Handler())
parser.parse(io.BytesIO(DOC))

print("-- errors")


class Errors(handler.ErrorHandler):
    def fatalError(self, exc):
        print("fatal:", exc, exc.getLineNumber(), exc.getColumnNumber(), exc.getMessage())
        raise exc


for bad in [b"<a>", b"<a><b></a>", b"<a>\n\n <c d=></a>"]:
    try:
        xml.sax.parseString(bad, handler.ContentHandler(), Errors())
    except xml.sax.SAXParseException as e:
        print("SAXParseException", e)

print("-- incremental")
p = xml.sax.make_parser()
p.setContentHandler(Handler())
for piece in [b"<r><a>te", b"xt</a><b", b"/></r>"]:
    p.feed(piece)
p.close()

print("-- XMLGenerator")
out = io.StringIO()
gen = saxutils.XMLGenerator(out, encoding="utf-8")
xml.sax.parseString(b"<r a='1&amp;2'><x>&lt;t&gt;</x><y/></r>", gen)
print(out.getvalue())
print(saxutils.escape("a < b & c"), saxutils.quoteattr('say "hi"'))
src = InputSource()
src.setByteStream(io.BytesIO(b"<z>from input source</z>"))
p = xml.sax.make_parser()
p.setContentHandler(Handler())
p.parse(src)
