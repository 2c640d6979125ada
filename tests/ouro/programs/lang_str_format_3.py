# format spec mini-language: exhaustive-ish table over ints, floats and strings
specs_int = ["", "d", "5", "<5", ">5", "^5", "=5", "+", "-", " ", "05", "+05", "x", "#x",
             "#X", "o", "#o", "b", "#b", ",", "_", "_x", "_b", "e", ".2f", "%", "c", "n", "*^9,"]
for v in [0, 7, -7, 255, 65536, -123456789]:
    out = []
    for s in specs_int:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append("ERR:" + str(e))
    print(v, "|".join(out))
specs_float = ["", ".0f", ".1f", "8.3f", "<8.2f", "e", ".2e", "E", "g", ".2g", "G", "%",
               ".0%", "+.1f", " .1f", "010.2f", ",.1f", "_.2f", "#.0f", "#.0e", "#g", ".15g", "=+10.2f", "n"]
for v in [0.0, -0.0, 1.0, -2.5, 1234567.891, 1e-7, 1.5e30, float("inf"), float("nan")]:
    print(repr(v), "|".join(format(v, s) for s in specs_float))
specs_str = ["", "s", "5", "<5", ">5", "^5", "*^6", ".1", "6.2", "-<4", "=>3"]
for v in ["", "a", "hello", "日本"]:
    print(repr(v), "|".join(format(v, s) for s in specs_str))
for bad in [(1, "z"), (1.0, "d"), ("s", "d"), (1, ",c"), ("s", "+"), (1, ".1c"), (1.5, "x"), (1, "=+#,_")]:
    try:
        format(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
