# calling None / attribute errors on None, uncaught at the end
def get():
    return None

try:
    get()()
except TypeError as e:
    print(type(e).__name__, e)

try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)

try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)

try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)

try:
    True + None
except TypeError as e:
    print(type(e).__name__, e)

try:
    for x in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    result = get()
    result[0]
except TypeError as e:
    print(type(e).__name__, e)

result = get()
print("about to fail")
print(result.value)
