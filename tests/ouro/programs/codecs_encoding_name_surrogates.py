"""An encoding name with lone surrogates is a UnicodeEncodeError (CPython
reads it as UTF-8), other non-ASCII characters and punctuation are
normalized away as encodings.normalize_encoding does."""
for name in ['utf-8\udce2\udc80\udc9d', 'utf-8é', 'UTF8', 'utf_8', ' utf-8 ', 'utf-8 x', 'latin-1\xff', 'ascii\u0100', 'U T F 8']:
    try:
        print(repr(name), b'foo\xac'.decode(name, 'replace'))
    except Exception as e:
        print(repr(name), type(e).__name__, e)
    try:
        print(repr(name), 'x'.encode(name))
    except Exception as e:
        print(repr(name), type(e).__name__, e)
import email.charset
try:
    email.charset.Charset("utf-8\udce2")
    print("Charset made")
except Exception as e:
    print(type(e).__name__)
from email import _encoded_words
try:
    print(_encoded_words.decode("=?utf-8\udce2\udc80\udc9d?q?foo=ACbar?="))
except Exception as e:
    print(type(e).__name__, e)
