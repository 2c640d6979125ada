# recursion: compiled from the function's start (function_threshold), the
# recursive calls are calls of the compiled entry code (not inlined)
def fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
def fibf(x) {
    if x < 2.0 { return x }
    return fibf(x - 1.0) + fibf(x - 2.0)
}
print(fib(22))
print(fibf(16.0))
i = 0
s = 0
while i < 300 {
    s = s + fib(i % 12)
    i = i + 1
}
print(s)
