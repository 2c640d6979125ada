# uncaught: str.index not found
def locate(haystack, needles):
    out = {}
    for n in needles:
        out[n] = haystack.index(n)
    return out


text = "abracadabra"
print(locate(text, ["a", "b", "r"]))
print(locate(text, ["cad", "bra"]))
print(text.count("a"), text.rfind("a"), text.find("z"))
print(locate(text, ["d", "z", "a"]))
print("not reached")
# padding lines to keep the program shape
x = 1
y = 2
z = 3
print(x, y, z)
print(x + y + z)
print("done")
