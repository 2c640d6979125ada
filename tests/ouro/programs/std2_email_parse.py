"""email parsing: a multipart message with encoded headers, charsets,
attachments, walking the tree, and the default vs compat32 policies."""
import email
import email.policy
from email import message_from_string, message_from_bytes
from email.header import decode_header, make_header
from email.parser import BytesParser, HeaderParser

RAW = b"""From: =?utf-8?q?Andr=C3=A9?= <andre@example.com>
To: Bob <bob@example.com>, "Carol, C." <carol@example.com>
Subject: =?utf-8?b?UmU6IGNhZsOp?= report
Date: Fri, 17 May 2024 08:30:00 +0200
Message-ID: <abc123@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

This is the preamble.
--XYZ
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Caf=E9 au lait, na=EFve.
--XYZ
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain

plain alt
--ALT
Content-Type: text/html

<p>html alt</p>
--ALT--
--XYZ
Content-Type: application/octet-stream; name="data.bin"
Content-Disposition: attachment; filename="data.bin"
Content-Transfer-Encoding: base64

AAECAwQF/w==
--XYZ--
epilogue
"""

msg = message_from_bytes(RAW)
print(type(msg).__name__, msg.is_multipart(), msg.get_content_type(), msg.get_boundary())
print(msg["Subject"])
print(decode_header(msg["Subject"]))
print(str(make_header(decode_header(msg["From"]))))
print(email.utils.getaddresses(msg.get_all("To")))
print(email.utils.parsedate_to_datetime(msg["Date"]))
print(repr(msg.preamble), repr(msg.epilogue))
for part in msg.walk():
    print(" ", part.get_content_type(), part.get_content_charset(), part.get_filename(), part.is_multipart())
text = msg.get_payload(0)
print(text.get_payload(decode=True).decode(text.get_content_charset()))
print(msg.get_payload(2).get_payload(decode=True))

pm = BytesParser(policy=email.policy.default).parsebytes(RAW)
print(type(pm).__name__, pm["Subject"], type(pm["From"]).__name__)
print(pm["From"].addresses[0].display_name, pm["From"].addresses[0].domain)
print([str(a) for a in pm["To"].addresses])
body = pm.get_body(preferencelist=("html", "plain"))
print(body.get_content_type(), body.get_content().strip())
print([a.get_filename() for a in pm.iter_attachments()])
print(pm["Date"].datetime, pm["Message-ID"])

h = HeaderParser().parsestr("X-A: 1\nX-B: two\n\nbody not parsed\n")
print(h.items(), repr(h.get_payload()))
bad = message_from_string("Subject: broken\nContent-Type: multipart/mixed\n\nno boundary")
print(bad.defects, bad.is_multipart())
bad2 = message_from_string("Content-Type: multipart/mixed; boundary=B\n\n--B\nno end")
print([type(d).__name__ for d in bad2.defects])
