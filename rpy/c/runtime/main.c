/* main.c -- process entry of a translated RPy program, and the C stack
 * limit behind RPY_STACK_CHECK (the startup and stack-check parts of rpy.h).
 *
 * main() initializes the GC, the stack limit and I/O, passes argv to the
 * generated rpy_entry_point as a list of str, and turns an uncaught RPy
 * exception into "Fatal RPy error: NAME: message" on stderr, exit status 1.
 * Compiled with -DRPY_TEST_MAIN it leaves main() out, so that the runtime's
 * C tests can link the stack-limit code with their own main().
 *
 * Stack limit.  The kernel lets the main thread's stack mapping grow to
 * RLIMIT_STACK bytes below its top (the top holds argv, the environment and
 * the auxiliary vector, above main's frame).  rpy_stack_limit is set to
 *     top_of_stack_mapping - min(rlimit, 256 MiB) + margin
 * with margin = 256 KiB (or a quarter of a tiny stack): the margin is what
 * code still needs after the check fired, to raise RecursionError, run
 * libc (printf, qsort, ...) and handle signals.  An unlimited rlimit is
 * taken as 256 MiB: the kernel then places other mappings far below the
 * stack, and 256 MiB bounds the memory a runaway recursion can touch.
 * The top comes from /proc/self/maps ([stack]); without it, from main's
 * frame (slightly optimistic by the size of argv and environment, which
 * the margin covers).
 *
 * A target that sets MAIN_STACK_MB (ouro: 512) runs on a stack of its own
 * (run_on_main_stack): that much address space mapped without reserve,
 * above an inaccessible guard, entered with makecontext/swapcontext.
 * Other programs keep the process stack, so that a runaway recursion
 * ends as soon as before.  CPython 3.11 runs a
 * Python-to-Python call without a C frame, so a program that raises the
 * recursion limit (sys.setrecursionlimit(10**6)) and recurses 100,000 deep
 * works there; here each Python call takes C stack (about 350 bytes), and
 * an 8 MiB process stack ran out near 24,000 calls.  The GC's shadow stack
 * (gc.c) has twice that address space, so that the C stack check still
 * fires first.  When the mapping or the context switch fails, the program
 * runs on the process stack with the limit above.
 *
 * A SIGSEGV handler on an alternate signal stack turns a fault in the
 * shadow stack's guard area or below the C stack limit into a message
 * instead of a silent crash; the process then still dies by SIGSEGV.
 */
#define _GNU_SOURCE
#include "rpy.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

char *rpy_stack_limit;
static char *stack_lowest;          /* lowest address the stack may reach */

#define STACK_CAP    ((size_t)256 << 20)
#define STACK_MARGIN ((size_t)256 << 10)
#define SS_GUARD     ((size_t)64 << 10)   /* gc.c's shadow stack guard area */

int rpy_stack_overflowed(void) {
    rpy_raise(RPY_EXC_RecursionError, "maximum recursion depth exceeded");
    return 1;
}

/* End address of the [stack] mapping, or NULL. */
static char *stack_top_from_maps(void) {
    FILE *f = fopen("/proc/self/maps", "r");
    if (f == NULL) return NULL;
    char line[512];
    char *top = NULL;
    while (fgets(line, sizeof line, f)) {
        if (strstr(line, "[stack]") == NULL) continue;
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx", &lo, &hi) == 2) top = (char *)hi;
        break;
    }
    fclose(f);
    return top;
}

static void say(const char *s) { ssize_t r = write(2, s, strlen(s)); (void)r; }

static void segv_handler(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    char *addr = info->si_addr;
    char *guard = (char *)rpy_ss_limit;
    if (guard != NULL && addr >= guard && addr < guard + SS_GUARD)
        say("Fatal RPy error: shadow stack overflow\n");
    else if (stack_lowest != NULL && addr >= stack_lowest - ((size_t)1 << 20)
             && addr < rpy_stack_limit)
        say("Fatal RPy error: C stack overflow (a recursive path without a stack check?)\n");
    else
        say("Fatal RPy error: segmentation fault\n");
    /* die by the signal, as without the handler */
    signal(sig, SIG_DFL);
}

static void install_segv_handler(void) {
    static char *altstack;
    size_t altsize = 64 * 1024;
    if (altstack == NULL) altstack = malloc(altsize);
    if (altstack == NULL) return;
    stack_t ss;
    ss.ss_sp = altstack; ss.ss_size = altsize; ss.ss_flags = 0;
    if (sigaltstack(&ss, NULL) != 0) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = segv_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
}

void rpy_stack_init(void) {
    char *here = (char *)__builtin_frame_address(0);
    size_t size = (size_t)8 << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0)
        size = rl.rlim_cur == RLIM_INFINITY ? STACK_CAP : (size_t)rl.rlim_cur;
    if (size > STACK_CAP) size = STACK_CAP;
    size_t margin = STACK_MARGIN;
    if (margin > size / 4) margin = size / 4;
    char *top = stack_top_from_maps();
    /* sanity: our own frame must lie in the mapping we found */
    if (top == NULL || here >= top || (size_t)(top - here) >= size) top = here;
    stack_lowest = top - size;
    rpy_stack_limit = stack_lowest + margin;
    install_segv_handler();
}

#ifndef RPY_TEST_MAIN

#define MAIN_STACK_GUARD ((size_t)64 << 10)

static ucontext_t caller_ctx, entry_ctx;
static rpy_list *entry_args;      /* no allocation between setting and use */
static Signed entry_result;
/* statics, not locals: getcontext/swapcontext return twice */
static char *main_stack, *saved_lowest, *saved_limit;
static size_t main_stack_size;

static void run_entry(void) {
    entry_result = rpy_entry_point(entry_args);
}

static void unmap_main_stack(void) {
    munmap(main_stack, main_stack_size);
    main_stack = NULL;
}

/* Runs rpy_entry_point(args) on a stack of rpy_main_stack_size bytes (at
   most half the shadow stack); returns 0 without running it when the
   target asked for none or that stack cannot be set up. */
static int run_on_main_stack(rpy_list *args, Signed *result) {
    if (rpy_main_stack_size <= 0) return 0;
    main_stack_size = (size_t)rpy_main_stack_size;
    size_t shadow = (size_t)((char *)rpy_ss_limit - (char *)rpy_ss_base);
    if (main_stack_size > shadow / 2) main_stack_size = shadow / 2;   /* gc.c got less */
    if (main_stack_size < ((size_t)16 << 20)) return 0;
    main_stack = mmap(NULL, main_stack_size, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (main_stack == MAP_FAILED) {
        main_stack = NULL;
        return 0;
    }
    if (mprotect(main_stack, MAIN_STACK_GUARD, PROT_NONE) != 0 || getcontext(&entry_ctx) != 0) {
        unmap_main_stack();
        return 0;
    }
    entry_ctx.uc_stack.ss_sp = main_stack;
    entry_ctx.uc_stack.ss_size = main_stack_size;
    entry_ctx.uc_link = &caller_ctx;
    makecontext(&entry_ctx, run_entry, 0);
    saved_lowest = stack_lowest;
    saved_limit = rpy_stack_limit;
    stack_lowest = main_stack + MAIN_STACK_GUARD;
    rpy_stack_limit = stack_lowest + STACK_MARGIN;
    entry_args = args;
    if (swapcontext(&caller_ctx, &entry_ctx) != 0) {
        stack_lowest = saved_lowest;
        rpy_stack_limit = saved_limit;
        unmap_main_stack();
        return 0;
    }
    *result = entry_result;
    return 1;
}

/* Prints the pending exception as "Fatal RPy error: NAME: message" (just
   NAME when the message is empty, like CPython's traceback) and clears it. */
static void report_fatal_exception(void) {
    void *exc = rpy_exc_value;
    rpy_exc_value = NULL;
    rpy_flush_stdout();
    const char *name = "?";
    uint32_t tid = RPY_TID(exc);
    if (tid < (Unsigned)rpy_typetable_length && rpy_typetable[tid] != NULL)
        name = rpy_typetable[tid]->name;
    rpy_string *msg = rpy_exc_describe(exc);
    if (rpy_exc_value != NULL) {       /* describing failed (MemoryError...) */
        rpy_exc_value = NULL;
        msg = NULL;
    }
    fprintf(stderr, "Fatal RPy error: %s", name);
    if (msg != NULL && msg->length > 0) {
        fputs(": ", stderr);
        fwrite(msg->data, 1, (size_t)msg->length, stderr);
    }
    fputc('\n', stderr);
    fflush(stderr);
}

int main(int argc, char **argv) {
    rpy_gc_init();
    rpy_stack_init();
    rpy_io_init();

    rpy_list *args = rpy_list_new_cap(argc, 1);
    for (int i = 0; args != NULL && i < argc; i++) {
        RPY_PUSH(args);
        rpy_string *s = rpy_str_from_cstr(argv[i]);
        RPY_POP(rpy_list *, args);
        if (s == NULL) break;
        rpy_word w;
        w.p = s;
        /* append may move the list: our copy of the pointer must follow */
        RPY_PUSH(args);
        rpy_list_append(args, w);
        RPY_POP(rpy_list *, args);
        if (RPY_EXC()) break;
    }
    Signed result = 0;
    if (!RPY_EXC() && !run_on_main_stack(args, &result))
        result = rpy_entry_point(args);
    if (RPY_EXC()) {
        report_fatal_exception();
        return 1;
    }
    rpy_flush_stdout();
    return (int)(result & 0xff);
}

#endif /* RPY_TEST_MAIN */
