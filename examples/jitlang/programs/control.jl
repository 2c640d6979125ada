# if/else chains, while, break, continue
def classify(n) {
    if n < 0 { return "negative" }
    else if n == 0 { return "zero" }
    else if n < 10 {
        return "small"
    }
    else {
        return "large"
    }
}
print(classify(-5), classify(0), classify(3), classify(100))

i = 0
total = 0
while i < 100 {
    i = i + 1
    if i % 2 == 0 { continue }
    if i > 50 { break }
    total = total + i
}
print("odd sum to 50:", total, "stopped at", i)

# nested loops
n = 0
row = 0
while row < 5 {
    col = 0
    while col < row { n = n + 1; col = col + 1 }
    row = row + 1
}
print("triangle", n)
