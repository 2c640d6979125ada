"""plistlib's XML plists (dumps/loads round trips of every type, sorted
keys, load of a file, errors) and xmlrpc.client's dumps/loads
(parameters, method calls and responses, faults, dates, binary) on
pyexpat."""
import datetime
import io
import plistlib
import xmlrpc.client

value = {
    "name": "ouro", "count": 42, "ratio": 0.25, "yes": True, "no": False,
    "items": [1, "two", 3.0, [4, 5], {"six": 6}],
    "data": b"\x00\x01binary\xff",
    "when": datetime.datetime(2024, 5, 6, 7, 8, 9),
    "nested": {"z": "last", "a": "first", "empty": {}, "none_list": []},
    "text": "caf\xe9 <&> \u20ac",
}
xml = plistlib.dumps(value)
print(xml.decode())
back = plistlib.loads(xml)
print(back == value, sorted(back))
print(plistlib.dumps(value, sort_keys=False)[:120])
print(plistlib.loads(plistlib.dumps([1, 2, 3], fmt=plistlib.FMT_XML)))
buf = io.BytesIO()
plistlib.dump({"k": "v"}, buf)
buf.seek(0)
print(plistlib.load(buf), plistlib.load(io.BytesIO(xml), fmt=plistlib.FMT_XML)["count"])
for bad in [b"<plist><dict><key>a</key></dict></plist>", b"<plist><integer>x</integer></plist>",
            b"<plist", b"<?xml version='1.0'?><plist version='1.0'><foo/></plist>"]:
    try:
        print(plistlib.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)

print("-- xmlrpc")
params = (1, "two", 3.5, True, [1, 2], {"a": "b"}, None)
req = xmlrpc.client.dumps(params, "do.something", allow_none=True)
print(req)
print(xmlrpc.client.loads(req))
resp = xmlrpc.client.dumps(({"result": [1, 2, 3]},), methodresponse=True)
print(xmlrpc.client.loads(resp))
fault = xmlrpc.client.dumps(xmlrpc.client.Fault(4, "Too many parameters"))
try:
    xmlrpc.client.loads(fault)
except xmlrpc.client.Fault as f:
    print("Fault", f.faultCode, f.faultString, repr(f))
when = xmlrpc.client.DateTime(datetime.datetime(2020, 1, 2, 3, 4, 5))
blob = xmlrpc.client.Binary(b"\x00bytes\x01")
(w, b), m = xmlrpc.client.loads(xmlrpc.client.dumps((when, blob)))
print(type(w).__name__, w.value, type(b).__name__, b.data, m)
print(xmlrpc.client.loads(xmlrpc.client.dumps((when, blob)), use_builtin_types=True))
try:
    xmlrpc.client.loads("<methodResponse><params><param><value><int>x</int>")
except Exception as e:
    print(type(e).__name__, e)
