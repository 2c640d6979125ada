"""xml.dom.minidom on pyexpat (expatbuilder): parseString, parse of a
file, toxml and toprettyxml, DOM navigation, attributes, namespaces,
CDATA, comments, processing instructions, the doctype and entities,
building documents and errors of malformed input."""
import io
from xml.dom import minidom
from xml.parsers.expat import ExpatError

DOC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE note [
  <!ENTITY signature "-- the sender">
  <!ELEMENT note ANY>
]>
<note date="2024-01-02" xmlns:h="http://www.w3.org/TR/html4/">
  <to>Tove</to>
  <from>Jani</from>
  <h:table><h:td>Apples</h:td></h:table>
  <body>Don't forget me this weekend! &signature;</body>
  <![CDATA[some <cdata> & text]]>
  <!-- comment here -->
  <?target instruction data?>
</note>"""

doc = minidom.parseString(DOC)
print(doc.documentElement.tagName, doc.documentElement.getAttribute("date"))
print(doc.doctype.name, [doc.doctype.entities.item(i).nodeName for i in range(doc.doctype.entities.length)])
for node in doc.documentElement.childNodes:
    print(node.nodeType, repr(node.nodeName), repr(node.nodeValue)[:40])
print(doc.getElementsByTagName("to")[0].firstChild.data)
td = doc.getElementsByTagNameNS("http://www.w3.org/TR/html4/", "td")[0]
print(td.tagName, td.namespaceURI, td.prefix, td.localName)
print(doc.toxml())
print(doc.documentElement.toprettyxml(indent="  "))
print(doc.toxml(encoding="utf-8")[:60])

doc2 = minidom.parse(io.BytesIO(b"<r><a x='1' y='2'/><a x='3'/>text<b/></r>"))
for a in doc2.getElementsByTagName("a"):
    print(dict(a.attributes.items()))
print(doc2.documentElement.toprettyxml())
print(doc2.toprettyxml(indent="\t", newl="\n", encoding="utf-8"))

impl = minidom.getDOMImplementation()
new = impl.createDocument(None, "root", None)
top = new.documentElement
for i in range(2):
    e = new.createElement("item")
    e.setAttribute("index", str(i))
    e.appendChild(new.createTextNode("text & <stuff> %d" % i))
    top.appendChild(e)
top.appendChild(new.createComment("done"))
print(new.toxml())
print(minidom.parseString(new.toxml()).toxml() == new.toxml())

for bad in ["<a>", "<a><b></a>", "<a>&x;</a>", "no xml"]:
    try:
        minidom.parseString(bad)
    except ExpatError as e:
        print(repr(bad), "->", e)
