# case methods and predicates
words = ["hello", "Hello World", "HELLO", "hElLo wOrLd", "ß straße", "ǅemal", "123abc",
         "", "  ", "\t\n", "abc123", "ABC", "Title Case Here", "ﬁne", "İstanbul", "σς ΣΑΣ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
for w in words:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.islower(),
          w.isupper(), w.istitle(), w.isdecimal(), w.isnumeric(), w.isidentifier(), w.isprintable(),
          w.isascii())
print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal())
print("_x1".isidentifier(), "1x".isidentifier(), "class".isidentifier(), "é".isidentifier())
print("\x00".isprintable(), "\u200b".isprintable(), " ".isprintable(), "\n".isprintable())
print("they're bill's friends".title(), "hello_world-foo bar".title())
print("ABC".lower().upper(), "ß".upper(), "ß".lower(), "ß".casefold(), "ﬀ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), "Σ".casefold())
print("i".upper(), "I".lower(), "ı".upper(), "İ".lower(), len("İ".lower()))
print("hello world".capitalize(), "HELLO".capitalize(), "1abc".capitalize(), "ǳ".capitalize())
print("Hello".swapcase().swapcase(), "aBc".swapcase())
print("A1".isupper(), "a1".islower(), "1".isupper(), "1".islower(), "Ab Cd".istitle())
print("Ab cd".istitle(), "A".istitle(), "1A".istitle(), "".istitle())
