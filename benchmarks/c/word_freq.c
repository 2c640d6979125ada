/* C baseline for benchmarks/rpy/word_freq.py: generates the same N words
   with the same LCG, counts them in an open-addressing hash table (FNV-1a,
   linear probing), sorts by (-count, word) and prints the same top 10 and
   checksum.
   Build: gcc -O2 word_freq.c -o word_freq;  usage: word_freq N */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const SYLLABLES[] = {
    "a", "ka", "lo", "mi", "ne", "ru", "so", "ta",
    "vi", "po", "de", "ga", "hu", "ze", "bi", "fo"};
#define NSYLLABLES ((long)(sizeof(SYLLABLES) / sizeof(SYLLABLES[0])))
#define TOP 10
#define CHECKSUM_MODULUS 1000000007L

/* ------------------------------------------------------------ generator */

typedef struct lcg { long state; } lcg;

static long lcg_next(lcg *rng, long bound)
{
    rng->state = (rng->state * 1103515245L + 12345L) & 0x7fffffffL;
    return (rng->state >> 16) % bound;
}

/* writes a NUL-terminated word into buf (at least 16 bytes); returns its length */
static size_t next_word(lcg *rng, char *buf)
{
    long r = lcg_next(rng, 10);
    int nsyllables = r < 4 ? 1 : r < 8 ? 2 : 3;
    size_t len = 0;
    for (int k = 0; k < nsyllables; k++) {
        long a = lcg_next(rng, NSYLLABLES);
        long b = lcg_next(rng, NSYLLABLES);
        const char *syl = SYLLABLES[a < b ? a : b];
        size_t sl = strlen(syl);
        memcpy(buf + len, syl, sl);
        len += sl;
    }
    buf[len] = '\0';
    return len;
}

/* ------------------------------------------------------------ hash table */

typedef struct entry {
    char *word;          /* NULL: empty slot */
    size_t len;
    unsigned long hash;
    long count;
} entry;

typedef struct table {
    entry *slots;
    size_t capacity;     /* a power of two */
    size_t used;
} table;

static unsigned long fnv1a(const char *s, size_t len)
{
    unsigned long h = 14695981039346656037UL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211UL;
    }
    return h;
}

static void table_init(table *t, size_t capacity)
{
    t->slots = calloc(capacity, sizeof(entry));
    if (t->slots == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    t->capacity = capacity;
    t->used = 0;
}

static void table_grow(table *t)
{
    entry *old = t->slots;
    size_t oldcap = t->capacity;
    table_init(t, oldcap * 2);
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i].word != NULL) {
            size_t j = old[i].hash & (t->capacity - 1);
            while (t->slots[j].word != NULL)
                j = (j + 1) & (t->capacity - 1);
            t->slots[j] = old[i];
            t->used++;
        }
    }
    free(old);
}

static void table_add(table *t, const char *word, size_t len)
{
    unsigned long h = fnv1a(word, len);
    size_t j = h & (t->capacity - 1);
    while (t->slots[j].word != NULL) {
        entry *e = &t->slots[j];
        if (e->hash == h && e->len == len && memcmp(e->word, word, len) == 0) {
            e->count++;
            return;
        }
        j = (j + 1) & (t->capacity - 1);
    }
    entry *e = &t->slots[j];
    e->word = malloc(len + 1);
    memcpy(e->word, word, len + 1);
    e->len = len;
    e->hash = h;
    e->count = 1;
    t->used++;
    if (t->used * 3 >= t->capacity * 2)
        table_grow(t);
}

/* ------------------------------------------------------------ main */

static int compare_entries(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(a->word, b->word);
}

int main(int argc, char **argv)
{
    long nwords = argc > 1 ? atol(argv[1]) : 1000;
    lcg rng = {42};
    table t;
    char buf[64];
    table_init(&t, 1024);
    for (long i = 0; i < nwords; i++) {
        size_t len = next_word(&rng, buf);
        table_add(&t, buf, len);
    }

    entry *entries = malloc((t.used + 1) * sizeof(entry));
    size_t n = 0;
    for (size_t i = 0; i < t.capacity; i++)
        if (t.slots[i].word != NULL)
            entries[n++] = t.slots[i];
    qsort(entries, n, sizeof(entry), compare_entries);

    printf("words: %ld\n", nwords);
    printf("distinct: %zu\n", n);
    for (size_t rank = 0; rank < n && rank < TOP; rank++)
        printf("%8ld %s\n", entries[rank].count, entries[rank].word);
    long checksum = 0;
    for (size_t rank = 0; rank < n; rank++)
        checksum = (checksum * 31 + entries[rank].count * (long)(rank + 1)
                    + (long)entries[rank].len) % CHECKSUM_MODULUS;
    printf("checksum: %ld\n", checksum);

    for (size_t i = 0; i < t.capacity; i++)
        free(t.slots[i].word);
    free(t.slots);
    free(entries);
    return 0;
}
