# benchmark: a string-building loop (concatenation, str(), len())
n = 2000
a = args()
if len(a) > 0 { n = int(a[0]) }
s = ""
total = 0
i = 0
while i < n {
    s = s + str(i % 10) + "-"
    if len(s) > 200 {
        total = total + len(s)
        s = ""
    }
    i = i + 1
}
print(total + len(s), s)
