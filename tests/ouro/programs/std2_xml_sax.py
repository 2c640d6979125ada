"""xml.sax: a ContentHandler with namespaces, an ErrorHandler, locator
positions, XMLGenerator output, saxutils escaping and an XMLFilter."""
import io
import xml.sax
import xml.sax.handler
from xml.sax import saxutils

SRC = b"""<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY co "Company">]>
<root xmlns:p="urn:p">
  <p:item code="A1">first &amp; &co;</p:item>
  <item code="B2"><![CDATA[ <cdata> ]]></item>
  <empty/>
</root>"""


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []
        self.text = []

    def startDocument(self):
        self.events.append("startDocument")

    def endDocument(self):
        self.events.append("endDocument")

    def startElement(self, name, attrs):
        self.events.append(("start", name, dict(attrs), self._locator.getLineNumber()))

    def endElement(self, name):
        self.events.append(("end", name, "".join(self.text).strip()))
        self.text = []

    def startElementNS(self, name, qname, attrs):
        self.events.append(("startNS", name, qname, sorted(attrs.items())))

    def endElementNS(self, name, qname):
        self.events.append(("endNS", name))

    def startPrefixMapping(self, prefix, uri):
        self.events.append(("prefix", prefix, uri))

    def characters(self, content):
        self.text.append(content)


h = Collector()
xml.sax.parseString(SRC, h)
for ev in h.events:
    print(ev)

parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
h2 = Collector()
parser.setContentHandler(h2)
parser.parse(io.BytesIO(SRC))
for ev in h2.events:
    if ev[0] in ("startNS", "endNS", "prefix"):
        print(ev)


class Errors(xml.sax.ErrorHandler):
    def fatalError(self, exc):
        print("fatal:", exc.getMessage(), exc.getLineNumber(), exc.getColumnNumber())
        raise exc


for bad in (b"<a><b></a>", b"<a>\n<b>\n</c></a>", b""):
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler(), Errors())
    except xml.sax.SAXParseException as e:
        print("SAXParseException:", str(e))

out = io.StringIO()
gen = saxutils.XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
gen.startDocument()
gen.startElement("doc", {"a": "1 & 2", "b": '"q"'})
gen.characters("text <with> & stuff")
gen.startElement("empty", {})
gen.endElement("empty")
gen.ignorableWhitespace("\n")
gen.processingInstruction("target", "data")
gen.endElement("doc")
gen.endDocument()
print(out.getvalue())


class Upper(saxutils.XMLFilterBase):
    def characters(self, content):
        super().characters(content.upper())


out2 = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(saxutils.XMLGenerator(out2))
f.parse(io.BytesIO(b"<r><x>hello</x> world</r>"))
print(out2.getvalue())
print(saxutils.escape("a < b & c > d", {"d": "D"}), saxutils.unescape("&lt;&amp;&gt;&quot;", {"&quot;": '"'}))
print(saxutils.quoteattr('say "hi"'), saxutils.quoteattr("it's \"both\""), saxutils.quoteattr("tab\tnl\n"))
