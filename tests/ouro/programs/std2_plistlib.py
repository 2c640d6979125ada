"""plistlib: XML and binary property lists round-trip, with dates, data,
nested containers, UID, and malformed input errors."""
import datetime
import plistlib

doc = {
    "Name": "Demo",
    "Version": 3,
    "Ratio": 0.25,
    "Enabled": True,
    "Disabled": False,
    "Created": datetime.datetime(2024, 5, 17, 8, 30, 0),
    "Blob": b"\x00\x01binary\xff",
    "Items": [1, "two", [3.0, {"four": 4}]],
    "Big": 2**40,
    "Neg": -17,
    "Empty": {},
    "Unicode": "h\u00e9llo \u2603",
}
xml = plistlib.dumps(doc)
print(xml.decode())
print(plistlib.loads(xml) == doc)
binary = plistlib.dumps(doc, fmt=plistlib.FMT_BINARY)
print(binary[:8], len(binary))
print(plistlib.loads(binary) == doc)
print(plistlib.dumps([1, 2], sort_keys=False, skipkeys=True))
print(plistlib.loads(plistlib.dumps({"b": 1, "a": 2}, sort_keys=False)))
u = plistlib.UID(5)
print(u, repr(u), plistlib.loads(plistlib.dumps({"u": u}, fmt=plistlib.FMT_BINARY)))
for bad in (b"<plist><dict><key>a</key></dict></plist>", b"not a plist at all", b"bplist00garbage"):
    try:
        plistlib.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    plistlib.dumps({1: "int key"})
except TypeError as e:
    print("TypeError:", e)
try:
    plistlib.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
try:
    plistlib.dumps({"u": u})
except TypeError as e:
    print("TypeError:", e)
