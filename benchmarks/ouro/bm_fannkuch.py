"""fannkuch: for every permutation of 0..n-1, count the prefix reversals
until 0 is in front; the maximum over all permutations (pyperformance's
workload: n = 9). Written for Ouroboros; also prints the alternating
checksum of the flip counts (fannkuch-redux)."""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k != 0:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        nperm += 1
        sign = -sign
        # next permutation in the counting order
        while True:
            if r == n:
                return max_flips, checksum, nperm
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for _ in range(loops):
        res = fannkuch(9)
    print("fannkuch", loops, res)


if __name__ == "__main__":
    main()
