def f(a) {
    return a + b
}
print(f(1))
