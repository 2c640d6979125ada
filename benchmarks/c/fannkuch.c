/* C baseline for benchmarks/rpy/fannkuch.py: fannkuch-redux, same
   permutation order and flip counting; prints the checksum and
   "Pfannkuchen(N) = MAXFLIPS".
   Build: gcc -O2 fannkuch.c -o fannkuch;  usage: fannkuch N */
#include <stdio.h>
#include <stdlib.h>

static long count_flips(long *perm)
{
    long flips = 0;
    long k = perm[0];
    while (k != 0) {
        long i = 0, j = k;
        while (i < j) {
            long t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            i++;
            j--;
        }
        flips++;
        k = perm[0];
    }
    return flips;
}

static void fannkuch(long n, long *checksum_out, long *max_flips_out)
{
    long *perm1 = malloc(n * sizeof(long));
    long *perm = malloc(n * sizeof(long));
    long *count = malloc(n * sizeof(long));
    long max_flips = 0, checksum = 0, perm_index = 0;
    long r = n;
    for (long i = 0; i < n; i++) {
        perm1[i] = i;
        perm[i] = 0;
        count[i] = 0;
    }
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (long i = 0; i < n; i++)
            perm[i] = perm1[i];
        long flips = count_flips(perm);
        if (flips > max_flips)
            max_flips = flips;
        if (perm_index % 2 == 0)
            checksum += flips;
        else
            checksum -= flips;

        /* next permutation: rotate the first r+1 items until a counter is left */
        while (r != n) {
            long first = perm1[0];
            for (long i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = first;
            count[r]--;
            if (count[r] > 0)
                break;
            r++;
        }
        if (r == n)
            break;
        perm_index++;
    }
    free(perm1);
    free(perm);
    free(count);
    *checksum_out = checksum;
    *max_flips_out = max_flips;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 7;
    long checksum, max_flips;
    fannkuch(n, &checksum, &max_flips);
    printf("%ld\n", checksum);
    printf("Pfannkuchen(%ld) = %ld\n", n, max_flips);
    return 0;
}
