"""email generation: EmailMessage with alternatives and attachments,
MIME classes, header folding, and the generators for each policy."""
import email.policy
from email.generator import Generator, BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email import utils
import io

msg = EmailMessage()
msg["Subject"] = "Quarterly r\u00e9sum\u00e9 with a rather long subject line that has to be folded somewhere"
msg["From"] = Address("J\u00fcrgen Meyer", "juergen", "example.com")
msg["To"] = (Address("Ann", "ann", "example.org"), Address(addr_spec="bob@example.org"))
msg["Date"] = utils.format_datetime(utils.parsedate_to_datetime("Mon, 01 Jan 2024 12:00:00 +0000"))
msg["Message-ID"] = "<fixed@example.com>"
msg.set_content("Hello,\nthe numbers are attached.\n")
msg.add_alternative("<p>Hello, the <b>numbers</b> are attached.</p>", subtype="html")
msg.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv", filename="numbers.csv")
msg.add_attachment(bytes(range(40)), maintype="application", subtype="octet-stream", filename="blob.bin")
text = msg.as_string()
boundaries = []
for line in text.splitlines():
    if line.startswith("--==") and line[2:].rstrip("-") not in boundaries:
        boundaries.append(line[2:].rstrip("-"))
for i, b in enumerate(boundaries):
    text = text.replace(b, "BOUNDARY%d" % i)
print(text)
print(msg.get_content_type(), [p.get_content_type() for p in msg.iter_parts()])

old = MIMEMultipart("alternative")
old["Subject"] = Header("caf\u00e9 \u2603", "utf-8")
old["From"] = "a@example.com"
old.set_boundary("FIXED")
old.attach(MIMEText("plain text \u00e9", "plain", "utf-8"))
old.attach(MIMEText("<i>x</i>", "html"))
app = MIMEApplication(b"\x00\x01\x02", Name="x.bin")
old.attach(app)
out = io.StringIO()
Generator(out, mangle_from_=True, maxheaderlen=40).flatten(old)
print(out.getvalue())
bout = io.BytesIO()
BytesGenerator(bout, policy=email.policy.SMTP).flatten(MIMEText("From here\nline\n"))
print(bout.getvalue())
print(email.policy.default.header_max_count("to"), email.policy.SMTP.linesep == "\r\n")
strict = email.policy.default.clone(raise_on_defect=True, max_line_length=30)
m2 = EmailMessage(policy=strict)
m2["Subject"] = "a fairly long subject to fold at thirty columns"
print(m2.as_string())
try:
    m2["To"] = "not an address <"
    print("To:", m2["To"])
except Exception as e:
    print(type(e).__name__, e)
try:
    msg["Subject"] = "second"
except ValueError as e:
    print("ValueError:", e)
print(utils.formataddr(("N\u00e4me", "n@example.com")), utils.parseaddr("Some One <one@x.org>"), utils.quote('a"b'))
print(utils.unquote('"quoted"'), utils.collapse_rfc2231_value(("utf-8", "", "caf%C3%A9")), utils.decode_rfc2231("utf-8''caf%C3%A9"))
