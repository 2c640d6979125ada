# uncaught: str item assignment
class Buffer:
    def __init__(self, text):
        self.text = text

    def upper_first(self):
        return self.text[0].upper() + self.text[1:]

    def poke(self, i, ch):
        self.text[i] = ch


b = Buffer("hello")
print(b.upper_first())
print(b.text.center(11, "*"))
print(b.text.split("l"))
b.text = b.text.replace("l", "L")
print(b.text)
b.poke(0, "J")
print(b.text)
