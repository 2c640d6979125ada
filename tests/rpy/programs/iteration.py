"""Iteration forms: range with 1/2/3 args and negative steps (and empty
ranges), for over lists/strs/bytes/dicts, enumerate, zip
(unequal lengths), reversed lists, for/else and while/else with break and
continue, nested loops with break."""


def find_first_multiple(values: list[int], k: int) -> int:
    for v in values:
        if v % k == 0:
            result = v
            break
    else:
        result = -1
    return result


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            break
        i += 1
    else:
        return True
    return False


def ints(l: list[int]) -> str:
    return " ".join([str(x) for x in l])


def entry_point(argv: list[str]) -> int:
    print(ints([i for i in range(5)]))
    print(ints([i for i in range(3, 8)]))
    print(ints([i for i in range(0, 20, 3)]))
    print(ints([i for i in range(10, 0, -1)]))
    print(ints([i for i in range(10, -10, -4)]))
    print(ints([i for i in range(-3, 3)]))
    print("empty:", len([i for i in range(0)]), len([i for i in range(5, 2)]), len([i for i in range(2, 5, -1)]))
    n = 0
    for i in range(100):
        if i % 2 == 0:
            continue
        if i > 15:
            break
        n += i
    print("odd sum below 16:", n)
    for ch in "abc":
        print(ch, end=";")
    print()
    for byte in b"AZ":
        print(byte, end=";")
    print()
    d = {"x": 1, "y": 2}
    for key in d:
        print(key, d[key])
    for i, w in enumerate(["zero", "one", "two"]):
        print(i, w)
    for i, w in enumerate(["one", "two"]):
        print(i + 1, w)
    for a, b in zip([1, 2, 3, 4], ["a", "b", "c"]):
        print(a, b)
    for fa, fb in zip([1.5, 2.5], [10, 20]):
        print(fa * float(fb))
    for v in reversed([1, 2, 3]):
        print("rev", v)
    l = ["p", "q", "r"]
    for i in range(len(l) - 1, -1, -1):
        print(i, l[i])
    print(find_first_multiple([5, 7, 9, 12], 3), find_first_multiple([5, 7], 3))
    print(ints([p for p in range(30) if is_prime(p)]))
    found = False
    for i in range(1, 10):
        for j in range(1, 10):
            if i * j == 42:
                print("found", i, j)
                found = True
                break
        if found:
            break
    count = 0
    while True:
        count += 1
        if count >= 7:
            break
    print("count:", count)
    k = 10
    while k > 0:
        k -= 3
    else:
        print("while/else ran, k =", k)
    for i in range(3):
        pass
    else:
        print("for/else ran, i =", i)
    return 0
