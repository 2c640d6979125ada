# list.index/tuple.index clip start and stop beyond the machine word
import sys

lst = [0, 1, 2, 3, 2]
tup = tuple(lst)
for seq in (lst, tup):
    print(seq.index(2, 0, 2**100), seq.index(2, -2**100, sys.maxsize * 4), seq.index(2, 3, 2**70))
    try:
        seq.index(2, 2**100)
    except ValueError as e:
        print("ValueError:", e)
    try:
        seq.index(3, -2**100, -2**90)
    except ValueError as e:
        print("ValueError:", e)
    try:
        seq.index(3, 1.5)
    except TypeError as e:
        print("TypeError:", e)
