# benchmark: a loop calling small functions
def add(a, b) { return a + b }
def square(x) { return x * x }
def step(s, i) { return add(s, square(i % 10)) % 1000003 }

n = 2000
a = args()
if len(a) > 0 { n = int(a[0]) }
i = 0
s = 0
while i < n {
    s = step(s, i)
    i = i + 1
}
print(s)
