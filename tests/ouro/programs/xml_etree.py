"""xml.etree.ElementTree on pyexpat: fromstring, parse of a file,
iterparse with start/end/namespace events, XMLPullParser fed in chunks,
tostring (default and xml declaration, method="text"), findall/XPath
subset, namespaces, CDATA and entities, comments/PIs with a
TreeBuilder that keeps them, canonicalize, and ParseError positions."""
import io
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0"?>
<catalog xmlns:x="urn:extra">
  <book id="b1" lang="en">
    <title>Learning &amp; Doing</title>
    <price currency="EUR">12.50</price>
    <x:note>first</x:note>
  </book>
  <book id="b2">
    <title><![CDATA[<Raw> & Bold]]></title>
    <price currency="USD">7</price>
  </book>
  <!-- a comment -->
  <?format fancy?>
</catalog>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
for book in root.findall("book"):
    print(book.get("id"), book.get("lang", "?"), repr(book.findtext("title")),
          book.find("price").attrib, book.find("price").text)
print([e.tag for e in root.iter()])
print(root.find("book/{urn:extra}note").text)
print(root.findall(".//price[@currency='USD']")[0].text)
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root.find("book"), encoding="utf-8", xml_declaration=True))
print(ET.tostring(root, method="text", encoding="unicode"))

tree = ET.parse(io.BytesIO(DOC.encode("utf-8")))
print(tree.getroot().tag, tree.find("book").get("id"))
out = io.BytesIO()
tree.write(out, encoding="us-ascii", xml_declaration=True)
print(out.getvalue()[:80])

print("-- iterparse")
for event, elem in ET.iterparse(io.BytesIO(DOC.encode()), events=("start", "end", "start-ns",
                                                                    "end-ns", "comment", "pi")):
    if event in ("start-ns", "end-ns"):
        print(event, elem)
    elif event in ("comment", "pi"):
        print(event, elem.tag.__name__, elem.text)
    else:
        print(event, elem.tag, elem.attrib)

print("-- XMLPullParser")
pp = ET.XMLPullParser(events=("start", "end"))
data = DOC.encode()
for i in range(0, len(data), 23):
    pp.feed(data[i:i + 23])
    for event, elem in pp.read_events():
        print(i, event, elem.tag)
pp.close()

print("-- comments and PIs kept")
builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=builder)
parser.feed(DOC)
r = parser.close()
print(ET.tostring(r, encoding="unicode"))

print("-- namespaces")
NS = '<a:root xmlns:a="urn:a" xmlns="urn:d"><a:x a:k="1">t</a:x><y/></a:root>'
r = ET.fromstring(NS)
print(r.tag, [(c.tag, c.attrib) for c in r])
ET.register_namespace("aa", "urn:a")
print(ET.tostring(r, encoding="unicode"))
print(ET.canonicalize(NS))
print(ET.canonicalize("<r b='2' a='1'><!-- c --><e/></r>", with_comments=True))

print("-- entities, encodings")
print(ET.fromstring('<!DOCTYPE r [<!ENTITY who "world">]><r>hello &who;</r>').text)
print(ET.fromstring("<r>caf\xe9 \u20ac</r>").text)
print(ET.fromstring("<?xml version='1.0' encoding='iso-8859-1'?><r>\xe9</r>".encode("latin-1")).text)
print(ET.fromstring("<r a='&#x41;&#66;'>&lt;&gt;&quot;</r>").attrib)
try:
    ET.fromstring('<r>&undefined;</r>')
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)

print("-- errors")
for bad in ["<a>", "<a></b>", "<a x='1' x='2'/>", "", "<a/>junk", "<a>\n<b>\n</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), "->", e, e.code, e.position)

print("-- build and write")
top = ET.Element("top", {"version": "2"})
for i in range(3):
    child = ET.SubElement(top, "item", n=str(i))
    child.text = "value <%d> & more" % i
    child.tail = "\n"
ET.indent(top)
s = ET.tostring(top, encoding="unicode")
print(s)
print(ET.tostring(ET.fromstring(s), encoding="unicode") == s)
