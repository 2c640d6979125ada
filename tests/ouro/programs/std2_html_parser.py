"""html.parser: a link and text extractor over messy HTML (entities,
comments, CDATA-like script content, declarations, unclosed tags), and
html.escape/unescape."""
import html
from html.parser import HTMLParser

DOC = """<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; page</title>
<meta charset=utf-8>
<script type="text/javascript">if (a < b && c > d) { document.write("</p>"); }</script>
<style>p > a { color: red }</style></head>
<body class='main' data-x="1" hidden>
<!-- a comment -- with dashes -->
<h1 id=top>Caf&eacute; &#8364;5 &#x263A; &notanentity; &lt;tag&gt;</h1>
<p>Link: <a href="/one?a=1&amp;b=2" title="First">one</a>,
<a HREF='two.html'>two</a> and <A href=three>three</a></p>
<img src="x.png" alt="An &quot;image&quot;"/><br/>
<?php echo "pi" ?>
<![CDATA[ raw cdata ]]>
<p>Unclosed <b>bold <i>italic</p>
<textarea><b>not a tag</b></textarea>
</body></html>"""


class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        if data.strip():
            self.events.append(("data", data.strip()))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


p = Extractor()
p.feed(DOC)
p.close()
for ev in p.events:
    print(ev)
print(p.links, p.getpos())


class Raw(HTMLParser):
    def handle_entityref(self, name):
        print("entityref", name)

    def handle_charref(self, name):
        print("charref", name)

    def handle_data(self, data):
        print("data", repr(data))


r = Raw(convert_charrefs=False)
for chunk in ("<p>a &amp", "mp; b &#6", "5; c</p", ">"):
    r.feed(chunk)
r.close()
print(html.escape('<a href="x">O\'Neil & co</a>'), html.escape("<&>", quote=False))
print(html.unescape("&lt;&gt;&amp;&quot;&#39;&eacute;&#x41;&#65;&nbsp;|&amp&copy2024 &#0; &#x110000;"))
