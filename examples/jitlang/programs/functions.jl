# functions, recursion, calls before the definition
def fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}

def fact(n) {
    r = 1
    while n > 1 { r = r * n; n = n - 1 }
    return r
}

def noret(x) { y = x }

print(fib(20), fact(20), noret(3))
print(add3(1, 2, 3))

def add3(a, b, c) { return a + b + c }

def gcd(a, b) {
    while b != 0 {
        t = a % b
        a = b
        b = t
    }
    return a
}
print(gcd(1071, 462), gcd(17, 5))
