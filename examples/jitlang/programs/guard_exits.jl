# guard exits with many live values: 16 ints, 18 floats (more than the xmm
# registers), objects, a string and constants live at guards that fail now
# and then (i % 5, i % 7, ...) and at guards that start failing half-way
# (bridges are traced from the hot ones); the loop allocates, so that
# collections happen between exits and their bridges
n = 3000
a = args()
if len(a) > 0 { n = int(a[0]) }
s0 = 0; s1 = 1; s2 = 2; s3 = 3; s4 = 4; s5 = 5; s6 = 6; s7 = 7
s8 = 8; s9 = 9; s10 = 10; s11 = 11; s12 = 12; s13 = 13; s14 = 14; s15 = 15
f0 = 0.5; f1 = 1.5; f2 = 2.5; f3 = 3.5; f4 = 4.5; f5 = 5.5; f6 = 6.5; f7 = 7.5; f8 = 8.5
f9 = 9.5; f10 = 10.5; f11 = 11.5; f12 = 12.5; f13 = 13.5; f14 = 14.5; f15 = 15.5
f16 = 16.5; f17 = 17.5
last = new()
last.v = 0
last.prev = last
word = "w"
i = 0
while i < n {
    c = 3
    big = 123456789012
    s0 = (s0 + i) % 1000003; s1 = (s1 + s0) % 1000003; s2 = (s2 + s1) % 1000003
    s3 = (s3 + s2) % 1000003; s4 = (s4 + s3) % 1000003; s5 = (s5 + s4) % 1000003
    s6 = (s6 + s5) % 1000003; s7 = (s7 + s6) % 1000003; s8 = (s8 + s7) % 1000003
    s9 = (s9 + s8) % 1000003; s10 = (s10 + s9) % 1000003; s11 = (s11 + s10) % 1000003
    s12 = (s12 + s11) % 1000003; s13 = (s13 + s12) % 1000003; s14 = (s14 + s13) % 1000003
    s15 = (s15 + s14) % 1000003
    f0 = f0 * 0.5 + 1.0; f1 = f1 * 0.5 + f0; f2 = f2 * 0.5 + f1; f3 = f3 * 0.5 + f2
    f4 = f4 * 0.5 + f3; f5 = f5 * 0.5 + f4; f6 = f6 * 0.5 + f5; f7 = f7 * 0.5 + f6
    f8 = f8 * 0.5 + f7; f9 = f9 * 0.5 + f8; f10 = f10 * 0.5 + f9; f11 = f11 * 0.5 + f10
    f12 = f12 * 0.5 + f11; f13 = f13 * 0.5 + f12; f14 = f14 * 0.5 + f13
    f15 = f15 * 0.5 + f14; f16 = f16 * 0.5 + f15; f17 = f17 * 0.5 + f16
    p = new()
    p.v = i
    p.prev = last
    last = p
    if i % 5 == 0 { s2 = s2 + c }
    if i % 7 == 0 { f3 = f3 + 1.0; word = word + "x" }
    if i % 50 == 49 { word = "w"; last.prev = last }
    if i * 2 > n { s4 = s4 + big % 1000 }
    if i * 3 > n * 2 { f5 = f5 + 0.125; p.q = [i, f5] }
    i = i + 1
}
print(s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15)
print(int(f0 * 1000.0), int(f1 * 1000.0), int(f2 * 1000.0), int(f3 * 1000.0), int(f4 * 1000.0),
      int(f5 * 1000.0), int(f6 * 1000.0), int(f7 * 1000.0), int(f8 * 1000.0), int(f9 * 1000.0))
print(int(f10 * 1000.0), int(f11 * 1000.0), int(f12 * 1000.0), int(f13 * 1000.0),
      int(f14 * 1000.0), int(f15 * 1000.0), int(f16 * 1000.0), int(f17 * 1000.0))
print(last.v, last.prev.v, word, i)
