"""The CJK codecs (_multibytecodec and _codecs_cn/tw/hk/jp/kr/iso2022): round
trips, error handlers, error positions and reasons, incremental use and
the stream reader/writer, plus checksums over sweeps of the tables."""
import codecs
import io
import zlib

CODECS = ["gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs", "shift_jis", "cp932",
          "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213",
          "euc_kr", "cp949", "johab"]
STATEFUL = ["hz", "iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
            "iso2022_jp_3", "iso2022_jp_ext"]

TEXTS = ["hello, world", "中文字符，汉字。", "漢字と平仮名とカタカナ", "한국어 텍스트 가나다",
         "ｶﾀｶﾅ and ASCII ~\\", "\u00ca\u0304\u00ca\u030c\u00ea\u00ea\u0304 か\u309a",
         "\U00020000\U0002a6d6 \u2014\u2015\u301c\uff5e", "\x00\x7f\x80\xa0\xa5\u203e"]


def show_exc(e):
    return "%s(%r, %d, %d, %r)" % (type(e).__name__, e.encoding, e.start, e.end, e.reason)


def my_handler(e):
    if isinstance(e, UnicodeEncodeError):
        return ("<%d:%d>" % (e.start, e.end), e.end)
    return ("[%s]" % e.object[e.start:e.end].hex(), e.end)


codecs.register_error("cjktest", my_handler)


def roundtrips():
    for name in CODECS + STATEFUL:
        for text in TEXTS:
            for errors in ["strict", "replace", "ignore", "backslashreplace",
                           "xmlcharrefreplace", "cjktest"]:
                try:
                    data = text.encode(name, errors)
                except UnicodeEncodeError as e:
                    print(name, errors, show_exc(e))
                    continue
                back = data.decode(name, "replace")
                print(name, errors, data.hex(), ascii(back))


BAD = [b"~{VP~}~~a~x~{\n", b"\x1b$BCf\x1b(B\x1b$)C\x0eGQ\x0f\n\x1b$(D0!", b"\x1b(J\\~\x1b(I1\x1b.A\x1bNi\x1b.F\x1bNa",
       b"\x1b$B\x1b", b"\x1b&@\x1b$BCf", b"\x1bx\x1b(Z", b"\x1b$(Q$w\x1b$(P!!", b"\x1b$)C\x0eGQ\nGQ", b"\x81", b"\x81\x20abc", b"\xff\xfe\xfd", b"ab\x80\x80cd", b"\xa4\xd4", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4",
       b"\xa4\xd4\xa4\xd4\xa4\xd4\xa4\xd4", b"\x81\x30\x81\x30\x95\x32\x82\x36\x81\x30",
       b"\x8f\xa2\xaf\x8f\xa1", b"\x88\x62\x88\x64\x88\x66", b"\xe3\x81\x82\x00\x9f"]


def bad_input():
    for name in CODECS + STATEFUL:
        for data in BAD:
            for errors in ["strict", "replace", "ignore", "backslashreplace",
                           "surrogateescape", "cjktest"]:
                try:
                    print(name, data.hex(), errors, ascii(data.decode(name, errors)))
                except UnicodeDecodeError as e:
                    print(name, data.hex(), errors, show_exc(e))
        for text in ["a\u20acb", "\udc80\udcff", "x\U0001f600y", "\ufffd"]:
            for errors in ["strict", "replace", "surrogateescape", "xmlcharrefreplace"]:
                try:
                    print(name, ascii(text), errors, text.encode(name, errors).hex())
                except UnicodeEncodeError as e:
                    print(name, ascii(text), errors, show_exc(e))


def incremental():
    for name in CODECS + STATEFUL:
        text = TEXTS[1] + TEXTS[2] + TEXTS[3] + TEXTS[5]
        data = text.encode(name, "replace")
        dec = codecs.getincrementaldecoder(name)("replace")
        parts = []
        for i in range(len(data)):
            parts.append(dec.decode(data[i:i + 1]))
            if i == 3:
                print(name, "state", dec.getstate())
        parts.append(dec.decode(b"", True))
        print(name, "incdec", ascii("".join(parts)) == ascii(data.decode(name, "replace")))
        dec.reset()
        print(name, "partial", ascii(dec.decode(data[:1])), dec.getstate())
        dec.setstate((b"", 0x42c342 | (1 << 32)))
        try:
            dec.decode(b"\x81", True)
        except UnicodeDecodeError as e:
            print(name, "final", show_exc(e))
        enc = codecs.getincrementalencoder(name)("replace")
        out = b"".join(enc.encode(c) for c in text) + enc.encode("", True)
        print(name, "incenc", out == text.encode(name, "replace"), enc.getstate())
        out = enc.encode("\u00ca")
        print(name, "pending", out.hex(), enc.getstate())
        print(name, "pending2", enc.encode("\u0304").hex(), enc.encode("", True).hex())
        enc.reset()
        print(name, "errors attr", enc.errors, dec.errors)


def streams():
    for name in ["gbk", "big5hkscs", "euc_jp", "euc_kr", "shift_jis_2004", "hz", "iso2022_jp",
                 "iso2022_kr", "iso2022_jp_2004"]:
        text = "第一行\n第二行 テスト\r\n한국\n" * 3
        data = text.encode(name, "replace")
        reader = codecs.getreader(name)(io.BytesIO(data), "replace")
        print(name, ascii(reader.read(5)), ascii(reader.readline()), reader.readlines())
        reader = codecs.getreader(name)(io.BytesIO(data[:-1] + b"\x81"), "replace")
        print(name, ascii(reader.read()))
        buf = io.BytesIO()
        writer = codecs.getwriter(name)(buf, "xmlcharrefreplace")
        writer.write("abc\u00ca")
        writer.writelines(["\u0304x", "\u20ac\U0001f600"])
        writer.reset()
        print(name, buf.getvalue().hex(), writer.stream is buf)
        f = io.TextIOWrapper(io.BytesIO(), encoding=name, errors="replace")
        f.write(text)
        f.flush()
        f.seek(0)
        print(name, ascii(f.read()) == ascii(text.encode(name, "replace").decode(name)))


def sweeps():
    for name in CODECS:
        crc = 0
        for lead in range(0x80, 0x100, 5):
            chunk = bytes(b for t in range(0x20, 0x100, 1) for b in (lead, t))
            crc = zlib.crc32(chunk.decode(name, "replace").encode("utf-8", "surrogatepass"), crc)
        ecrc = 0
        for start in range(0, 0x10000, 0x400):
            text = "".join(chr(c) for c in range(start, start + 0x400, 3) if not 0xd800 <= c < 0xe000)
            ecrc = zlib.crc32(text.encode(name, "replace"), ecrc)
        print(name, "sweep", crc, ecrc)
    for name in STATEFUL:
        crc = 0
        for esc in [b"~{", b"\x1b$B", b"\x1b$)C\x0e", b"\x1b$(D", b"\x1b$(Q", b"\x1b$(P", b"\x1b(I", b"\x1b$A"]:
            for lead in range(0x20, 0x80, 3):
                chunk = esc + bytes(b for t in range(0x20, 0x80) for b in (lead, t))
                crc = zlib.crc32(chunk.decode(name, "replace").encode("utf-8", "surrogatepass"), crc)
        ecrc = 0
        for start in range(0, 0x10000, 0x400):
            text = "".join(chr(c) for c in range(start, start + 0x400, 3) if not 0xd800 <= c < 0xe000)
            ecrc = zlib.crc32(text.encode(name, "replace"), ecrc)
        print(name, "sweep", crc, ecrc)


def misc():
    import _multibytecodec
    import _codecs_jp
    c = _codecs_jp.getcodec("shift_jis")
    print(type(c).__name__, c.encode("テスト"), c.decode(b"\x83e\x83X\x83g"))
    print(c.encode("a\u20ac", "replace"), c.decode(bytearray(b"ab\x83"), "ignore"))
    try:
        _codecs_jp.getcodec("gbk")
    except LookupError as e:
        print("LookupError", e)
    print(sorted(n for n in dir(_multibytecodec) if not n.startswith("__")))
    print("x".encode("gb18030"), "\U0010ffff".encode("gb18030").hex(), b"\xe3\x32\x9a\x35".decode("gb18030"))
    import encodings.gbk
    print(issubclass(encodings.gbk.IncrementalDecoder, _multibytecodec.MultibyteIncrementalDecoder))
    print(codecs.lookup("GBK").name, codecs.lookup("sjis").name, codecs.lookup("ks_c-5601").name)
    enc = codecs.getincrementalencoder("iso2022_jp")()
    print(enc.encode("a\u4e2d"), enc.getstate(), enc.encode("b", True), enc.getstate())
    enc.encode("\u4e2d")
    enc.reset()
    print(enc.getstate(), enc.encode("c"))
    dec = codecs.getincrementaldecoder("iso2022_kr")()
    print(ascii(dec.decode(b"\x1b$)C\x0eGQ")), dec.getstate())
    dec.setstate((b"", 0x42c342 | (1 << 32)))
    print(ascii(dec.decode(b"GQ\x0e")), dec.getstate())
    dec.reset()
    print(dec.getstate())
    print("~" * 5 + "\u20ac" * 3 + "~" * 10, ("~" * 5 + "\u20ac" * 3 + "~" * 10).encode("hz", "xmlcharrefreplace"))


roundtrips()
bad_input()
incremental()
streams()
sweeps()
misc()
