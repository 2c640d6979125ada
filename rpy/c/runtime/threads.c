/* threads.c -- OS threads for RPy programs, with a global interpreter lock
 * (rpy/rlib/rthread.py).
 *
 * One thread runs RPy code at a time: the one holding the GIL.  The
 * runtime's per-thread state stays in plain globals (rpy_ss_top/base/limit,
 * the shadow stack; rpy_stack_limit; rpy_exc_value; rpy_thread_local, the
 * program's thread-local root), so generated code is unchanged and pays
 * nothing: releasing the GIL saves the globals into the thread's struct,
 * acquiring it restores them.  The GC runs only in the GIL holder; it
 * scans the globals (the running thread) and, through rpy_threads_trace,
 * the saved shadow stacks and slots of every other thread.
 *
 * Nothing exists before the first rpy_thread_start: a single-threaded
 * program never touches a mutex (RPY_BLOCKING_BEGIN/END test one int).
 *
 * The GIL is CPython's "new GIL": a waiting thread sleeps on a condition
 * for the switch interval; if the holder did not change meanwhile it sets
 * rpy_gil_drop_request and rpy_signal_pending_flag (the program's
 * safe-point flag: the interpreter polls it already), the holder then
 * calls rpy_gil_yield, which releases the GIL and waits until another
 * thread took it (forced switching, so the yielder does not just take it
 * back).
 *
 * Program locks (rthread.lock_seq/wait_change) are built by the program
 * on the GIL: their state lives in GC objects, changed only by the GIL
 * holder; a thread that must wait reads the change counter, releases the
 * GIL and sleeps until the counter moves (rpy_thread_lock_changed, called
 * by a release) or its timeout expires.  No C object per lock, nothing to
 * free.
 *
 * Signals: new threads block the asynchronous signals, so the kernel
 * delivers them to the main thread, whose blocking calls end with EINTR.
 */
#define _GNU_SOURCE
#include "rpy.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

typedef struct rpy_thread {
    void **ss_base, **ss_top, **ss_limit;
    char *stack_limit;
    void *exc_value;
    void *local;
    void *ss_mapping; size_t ss_mapping_size;
    void (*func)(void);
    Signed ident, native_id;
    struct rpy_thread *next, *prev;
} rpy_thread;

void *rpy_thread_local;
int rpy_threads_started;
volatile sig_atomic_t rpy_gil_drop_request;

static rpy_thread main_thread;
static rpy_thread *holder;               /* the GIL holder (NULL: free) */
static __thread rpy_thread *self;
static Signed nthreads;                  /* started, not finished */
static int finalizing;
static Signed switch_interval_us = 5000;
static size_t thread_stack_size;         /* 0: default (8 MB) */

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_cond;          /* the GIL was released */
static pthread_cond_t switch_cond;       /* the GIL changed hands */
static int gil_locked;
static int gil_waiters;
static unsigned long switch_number;

static pthread_mutex_t lock_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t lock_cond;         /* a program lock was released */
static Signed lock_seq;
static Signed lock_waiters;

#define SS_SIZE   ((size_t)256 << 20)   /* shadow stack of a thread: address space */
#define SS_GUARD  ((size_t)64 << 10)

static void deadline_after(struct timespec *ts, Signed us) {
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_sec += us / 1000000;
    ts->tv_nsec += (us % 1000000) * 1000;
    if (ts->tv_nsec >= 1000000000) { ts->tv_sec++; ts->tv_nsec -= 1000000000; }
}

static void init_cond(pthread_cond_t *c) {
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

static pthread_once_t conds_once = PTHREAD_ONCE_INIT;
static void conds_init(void) {
    init_cond(&gil_cond);
    init_cond(&switch_cond);
    init_cond(&lock_cond);
}

/* the first thread start: the main thread becomes a thread like the others */
/* the main thread's signal mask (the other threads block every signal) */
static sigset_t main_sigmask;

static void threads_init(void) {
    pthread_once(&conds_once, conds_init);
    pthread_sigmask(SIG_BLOCK, NULL, &main_sigmask);
    main_thread.ident = (Signed)pthread_self();
    main_thread.native_id = (Signed)syscall(SYS_gettid);
    main_thread.next = main_thread.prev = &main_thread;
    self = &main_thread;
    holder = &main_thread;
    gil_locked = 1;
    rpy_threads_started = 1;
}

static inline void save_state(rpy_thread *t) {
    t->ss_base = rpy_ss_base; t->ss_top = rpy_ss_top; t->ss_limit = rpy_ss_limit;
    t->stack_limit = rpy_stack_limit;
    t->exc_value = rpy_exc_value;
    t->local = rpy_thread_local;
}

static inline void restore_state(rpy_thread *t) {
    rpy_ss_base = t->ss_base; rpy_ss_top = t->ss_top; rpy_ss_limit = t->ss_limit;
    rpy_stack_limit = t->stack_limit;
    rpy_exc_value = t->exc_value;
    rpy_thread_local = t->local;
    t->exc_value = NULL; t->local = NULL;
}

static void hang_forever(void) {
    /* the process is exiting: a thread other than the main one never runs
       RPy code again (CPython's daemon threads at finalization) */
    for (;;) pause();
}

/* with gil_mutex held */
static void take_gil_locked(rpy_thread *t) {
    while (gil_locked) {
        unsigned long sn = switch_number;
        struct timespec ts;
        deadline_after(&ts, switch_interval_us);
        gil_waiters++;
        int r = pthread_cond_timedwait(&gil_cond, &gil_mutex, &ts);
        gil_waiters--;
        if (r == ETIMEDOUT && gil_locked && switch_number == sn) {
            rpy_gil_drop_request = 1;
            rpy_signal_pending_flag = 1;
        }
    }
    if (finalizing && t != &main_thread) {
        pthread_mutex_unlock(&gil_mutex);
        hang_forever();
    }
    gil_locked = 1;
    holder = t;
    switch_number++;
    rpy_gil_drop_request = 0;
    pthread_cond_broadcast(&switch_cond);
}

static void gil_acquire(rpy_thread *t) {
    int saved_errno = errno;
    pthread_mutex_lock(&gil_mutex);
    take_gil_locked(t);
    pthread_mutex_unlock(&gil_mutex);
    restore_state(t);
    errno = saved_errno;
}

/* with gil_mutex held */
static void drop_gil_locked(void) {
    gil_locked = 0;
    holder = NULL;
    pthread_cond_signal(&gil_cond);
}

void *rpy_gil_release(void) {
    if (!rpy_threads_started) return NULL;
    rpy_thread *t = self;
    save_state(t);
    pthread_mutex_lock(&gil_mutex);
    drop_gil_locked();
    pthread_mutex_unlock(&gil_mutex);
    return t;
}

void rpy_gil_acquire(void *t) {
    if (t != NULL) gil_acquire((rpy_thread *)t);
}

static void gil_yield(int forced) {
    rpy_thread *t = self;
    save_state(t);
    pthread_mutex_lock(&gil_mutex);
    forced |= rpy_gil_drop_request;
    drop_gil_locked();
    if (forced && gil_waiters > 0) {
        /* wait until a waiting thread took it, not longer than an interval
           (the one that asked may have found it taken by a third) */
        unsigned long sn = switch_number;
        struct timespec ts;
        deadline_after(&ts, switch_interval_us);
        while (switch_number == sn)
            if (pthread_cond_timedwait(&switch_cond, &gil_mutex, &ts) == ETIMEDOUT) break;
    }
    take_gil_locked(t);
    pthread_mutex_unlock(&gil_mutex);
    restore_state(t);
}

void rpy_gil_yield(void) {
    if (rpy_threads_started) gil_yield(0);
}

/* time.sleep(0): let a waiting thread run */
void rpy_gil_yield_now(void) {
    if (rpy_threads_started) gil_yield(1);
}

/* ---------------------------------------------------------------- threads */

static void *thread_main(void *arg) {
    rpy_thread *t = arg;
    self = t;
    t->native_id = (Signed)syscall(SYS_gettid);
    /* the C stack limit of this thread, as main.c computes the main one's */
    char *lowest = NULL;
    pthread_attr_t a;
    if (pthread_getattr_np(pthread_self(), &a) == 0) {
        void *addr; size_t size;
        if (pthread_attr_getstack(&a, &addr, &size) == 0) {
            size_t margin = size / 4 < ((size_t)256 << 10) ? size / 4 : ((size_t)256 << 10);
            lowest = (char *)addr + margin;
        }
        pthread_attr_destroy(&a);
    }
    if (lowest == NULL) lowest = (char *)__builtin_frame_address(0) - ((size_t)6 << 20);
    t->stack_limit = lowest;
    gil_acquire(t);
    t->func();
    if (rpy_exc_value != NULL) {
        /* the thread's function must handle its exceptions: a fatal error,
           as an uncaught exception of main would be */
        rpy_exc_value = NULL;
        rpy_flush_stdout();
        fputs("Fatal RPy error: uncaught exception in a thread\n", stderr);
    }
    /* finished: leave the list (the GC no longer scans this thread), give
       the GIL away for good, free the shadow stack */
    t->prev->next = t->next;
    t->next->prev = t->prev;
    nthreads--;
    rpy_thread_local = NULL;
    pthread_mutex_lock(&gil_mutex);
    drop_gil_locked();
    pthread_mutex_unlock(&gil_mutex);
    munmap(t->ss_mapping, t->ss_mapping_size);
    free(t);
    return NULL;
}

Signed rpy_thread_start(void (*func)(void), void *local) {
    if (!rpy_threads_started) threads_init();
    rpy_thread *t = calloc(1, sizeof *t);
    if (t == NULL) return -1;
    size_t total = SS_SIZE + SS_GUARD;
    void *m = mmap(NULL, total, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) { free(t); return -1; }
    mprotect((char *)m + SS_SIZE, SS_GUARD, PROT_NONE);
    t->ss_mapping = m; t->ss_mapping_size = total;
    t->ss_base = t->ss_top = m;
    t->ss_limit = (void **)((char *)m + SS_SIZE);
    t->func = func;
    t->local = local;
    /* in the list before it runs: the GC scans its slot from now on */
    t->next = &main_thread; t->prev = main_thread.prev;
    main_thread.prev->next = t; main_thread.prev = t;

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, thread_stack_size ? thread_stack_size : ((size_t)8 << 20));
    /* the new thread inherits the mask: only the main thread gets signals */
    sigset_t all, old;
    sigfillset(&all);
    sigdelset(&all, SIGSEGV); sigdelset(&all, SIGBUS); sigdelset(&all, SIGFPE);
    sigdelset(&all, SIGILL); sigdelset(&all, SIGABRT);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_t pt;
    int r = pthread_create(&pt, &attr, thread_main, t);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (r != 0) {
        t->prev->next = t->next; t->next->prev = t->prev;
        munmap(m, total);
        free(t);
        return -1;
    }
    t->ident = (Signed)pt;
    nthreads++;
    return t->ident;
}

Signed rpy_thread_get_ident(void) { return (Signed)pthread_self(); }
Signed rpy_thread_get_native_id(void) { return (Signed)syscall(SYS_gettid); }
Signed rpy_thread_count(void) { return nthreads; }
int rpy_thread_is_main(void) { return self == NULL || self == &main_thread; }

Signed rpy_thread_set_stack_size(Signed size) {
    Signed old = (Signed)thread_stack_size;
    if (size != 0 && size < 32768) return -1;
    thread_stack_size = (size_t)size;
    return old;
}

void rpy_thread_set_switch_interval(Signed us) { switch_interval_us = us < 1 ? 1 : us; }
Signed rpy_thread_get_switch_interval(void) { return switch_interval_us; }

/* At exit, after the program's own shutdown: threads still running never
   get the GIL again. */
void rpy_thread_finalize(void) { finalizing = 1; }

/* In a child forked by another thread than the main one: the main
   thread's signal mask (else the child, and what it execs, ignores
   SIGTERM & co., blocked in that thread). */
void rpy_thread_restore_sigmask(void) {
    if (rpy_threads_started && self != &main_thread)
        pthread_sigmask(SIG_SETMASK, &main_sigmask, NULL);
}

/* After fork() in the child: only the calling thread exists. */
void rpy_thread_after_fork(void) {
    if (!rpy_threads_started) return;
    rpy_thread_restore_sigmask();
    rpy_thread *me = self;
    pthread_mutex_init(&gil_mutex, NULL);
    pthread_mutex_init(&lock_mutex, NULL);
    init_cond(&gil_cond); init_cond(&switch_cond); init_cond(&lock_cond);
    lock_waiters = 0;
    /* the others' shadow stacks are gone with them (their memory stays
       mapped in the child, unscanned) */
    if (me != &main_thread) {
        /* this thread becomes the main one */
        main_thread = *me;
    }
    main_thread.next = main_thread.prev = &main_thread;
    main_thread.ident = (Signed)pthread_self();
    main_thread.native_id = (Signed)syscall(SYS_gettid);
    self = &main_thread;
    holder = &main_thread;
    gil_locked = 1;
    nthreads = 0;
}

/* the GC: every root of the threads that do not run now */
void rpy_threads_trace(void (*visit)(void **slot)) {
    if (!rpy_threads_started) return;
    rpy_thread *t = &main_thread;
    do {
        if (t != self) {
            for (void **s = t->ss_base; s < t->ss_top; s++) visit(s);
            visit(&t->exc_value);
            visit(&t->local);
        }
        t = t->next;
    } while (t != &main_thread);
}

/* ---------------------------------------------------------------- program locks */

Signed rpy_thread_lock_seq(void) { return lock_seq; }

void rpy_thread_clear_pending_flag(void) {
    /* a signal handler sets its signal's entry before the flag: clearing
       first, then looking, loses nothing */
    rpy_signal_pending_flag = 0;
    if (rpy_signal_any_pending() || rpy_gil_drop_request)
        rpy_signal_pending_flag = 1;
}

void rpy_thread_lock_changed(void) {
    if (!rpy_threads_started) return;
    pthread_mutex_lock(&lock_mutex);
    lock_seq++;
    if (lock_waiters) pthread_cond_broadcast(&lock_cond);
    pthread_mutex_unlock(&lock_mutex);
}

/* Sleeps without the GIL until rpy_thread_lock_changed moved the counter
   past seq (1), or timeout_us passed (0; < 0: no timeout), or, in the main
   thread, a signal arrived (-1: the program runs its handlers and calls
   again). */
Signed rpy_thread_wait_change(Signed seq, Signed timeout_us) {
    pthread_once(&conds_once, conds_init);
    int is_main = rpy_thread_is_main();
    struct timespec deadline;
    if (timeout_us >= 0) deadline_after(&deadline, timeout_us);
    void *g = rpy_gil_release();
    Signed result = 1;
    pthread_mutex_lock(&lock_mutex);
    lock_waiters++;
    while (lock_seq == seq) {
        if (is_main && rpy_signal_any_pending()) { result = -1; break; }
        /* the main thread wakes up every 20 ms to look for signals */
        struct timespec ts;
        if (is_main) {
            deadline_after(&ts, 20000);
            if (timeout_us >= 0 && (ts.tv_sec > deadline.tv_sec ||
                    (ts.tv_sec == deadline.tv_sec && ts.tv_nsec > deadline.tv_nsec)))
                ts = deadline;
        } else {
            ts = deadline;
        }
        int r = (is_main || timeout_us >= 0)
            ? pthread_cond_timedwait(&lock_cond, &lock_mutex, &ts)
            : pthread_cond_wait(&lock_cond, &lock_mutex);
        if (r == ETIMEDOUT && timeout_us >= 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (now.tv_sec > deadline.tv_sec ||
                    (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec)) {
                if (lock_seq == seq) result = 0;
                break;
            }
        }
    }
    lock_waiters--;
    pthread_mutex_unlock(&lock_mutex);
    rpy_gil_acquire(g);
    return result;
}
