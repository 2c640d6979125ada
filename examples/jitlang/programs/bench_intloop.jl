# benchmark: an integer loop (arithmetic on local variables)
n = 2000
a = args()
if len(a) > 0 { n = int(a[0]) }
i = 0
s = 0
while i < n {
    s = s + i % 7 * 3 - 1
    i = i + 1
}
print(s)
