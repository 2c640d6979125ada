"""pyexpat from four threads at once: each parses in chunks with Python
handlers and builds ElementTrees while the others run (the GIL switches
inside handlers, between expat callbacks of different parsers)."""
import threading
import xml.etree.ElementTree as ET
from xml.parsers import expat
doc = "<root>" + "".join('<item id="%d">text %d</item>' % (i, i) for i in range(20000)) + "</root>"
results = {}
def work(n):
    total = 0
    for rep in range(3):
        p = expat.ParserCreate()
        count = [0]
        def start(name, attrs):
            count[0] += 1
        p.StartElementHandler = start
        p.CharacterDataHandler = lambda d: None
        for i in range(0, len(doc), 4096):
            p.Parse(doc[i:i + 4096])
        p.Parse("", True)
        total += count[0]
        total += len(ET.fromstring(doc))
    results[n] = total
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
