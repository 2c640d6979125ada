"""xml.dom.minidom: parsing, walking, building, pretty-printing a
document; namespaces, attributes, text normalization; parse errors."""
import xml.dom.minidom as minidom
from xml.parsers.expat import ExpatError

SRC = """<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="urn:books" xmlns:x="urn:extra">
  <!-- inventory -->
  <book id="b1" x:rating="5">
    <title>Dune</title>
    <price currency="EUR">9.99</price>
  </book>
  <book id="b2">
    <title>Caf&#233; &amp; Co</title>
    <price>12.50</price>
    <![CDATA[<raw> & stuff]]>
  </book>
</catalog>"""

doc = minidom.parseString(SRC)
root = doc.documentElement
print(root.tagName, root.namespaceURI, root.getAttribute("xmlns:x"))
for book in root.getElementsByTagName("book"):
    title = book.getElementsByTagName("title")[0].firstChild.data
    price = book.getElementsByTagName("price")[0]
    print(book.getAttribute("id"), repr(title), price.firstChild.data, price.getAttribute("currency") or "-",
          book.getAttributeNS("urn:extra", "rating") or "-", book.hasAttribute("id"))
print([n.nodeType for n in root.childNodes][:6])
print([c.nodeName for c in root.childNodes if c.nodeType != c.TEXT_NODE])
cdata = [n for n in root.getElementsByTagName("book")[1].childNodes if n.nodeType == n.CDATA_SECTION_NODE]
print(cdata[0].data, cdata[0].toxml())
print(root.getElementsByTagNameNS("urn:books", "title").length)

new = minidom.Document()
top = new.createElement("report")
new.appendChild(top)
top.setAttribute("version", "2")
top.setAttribute("a", "1 < 2 & \"q\"")
for i in range(2):
    item = new.createElement("item")
    item.setAttribute("n", str(i))
    item.appendChild(new.createTextNode("value %d <escaped>" % i))
    top.appendChild(item)
top.appendChild(new.createComment(" end "))
pi = new.createProcessingInstruction("xml-stylesheet", 'href="s.css"')
new.insertBefore(pi, top)
print(new.toxml())
print(new.toprettyxml(indent="  "))
print(top.toprettyxml(indent="\t", newl="\n", encoding="utf-8")[:40])
t = top.firstChild
t.appendChild(new.createTextNode(" more"))
top.normalize()
print(repr(t.firstChild.data), len(t.childNodes))
clone = top.cloneNode(deep=True)
print(clone.toxml() == top.toxml(), clone.parentNode)
top.removeChild(top.lastChild)
print(top.childNodes.length, top.attributes.length, sorted(top.attributes.keys()))
print(repr(doc)[:22] == repr(doc)[:22], root.getElementsByTagName("book")[0].nodeName)
for bad in ("<a><b></a>", "<a>", "<a x='1' x='2'/>", "text only", "<a>&undefined;</a>"):
    try:
        minidom.parseString(bad)
    except ExpatError as e:
        print("ExpatError:", e, e.code, e.lineno, e.offset)
try:
    new.appendChild(new.createElement("second"))
except Exception as e:
    print(type(e).__name__, e)
doc.unlink()
