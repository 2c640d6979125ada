/* test_os.c -- exercises os.c; tests/rpy/test_runtime_strings.py checks
 * its output.  Arguments: a scratch file path, an existing input file, a
 * path that does not exist.  Standard input: a few lines.
 */
#define _GNU_SOURCE
#include "test_support.h"
#include <fcntl.h>
#include <string.h>

static void print_exc(const char *what) {
    test_exc *e = rpy_exc_value;
    static const char *names[] = { "IndexError", "KeyError", "ZeroDivisionError", "ValueError",
        "OverflowError", "MemoryError", "AssertionError", "NotImplementedError",
        "RecursionError", "OSError", "TypeError", "UnicodeDecodeError", "StopIteration" };
    char buf[512];
    snprintf(buf, sizeof buf, "%s: %s %.*s\n", what, names[e->kind], (int)e->msg->length, e->msg->data);
    rpy_write_stdout_cstr(buf);
    rpy_exc_value = NULL;
}

static void print_bytes_repr(const char *what, rpy_string *b) {
    rpy_string *r = rpy_bytes_repr(b);
    rpy_write_stdout_cstr(what);
    rpy_write_stdout(r);
    rpy_write_stdout_cstr("\n");
}

int main(int argc, char **argv) {
    rpy_gc_init();
    rpy_io_init();
    if (argc < 4) return 2;
    rpy_write_stdout_cstr("stdout 1\n");
    rpy_string *m = rpy_str_from_cstr("to stderr\n");
    rpy_write_stderr(m);
    rpy_write_stdout_cstr("after stderr\n");

    /* missing file */
    rpy_string *p = rpy_str_from_cstr(argv[3]);
    rpy_os_open(p, O_RDONLY, 0);
    if (RPY_EXC()) print_exc("missing");
    p = rpy_str_from_cstr(argv[3]);
    rpy_read_file(p);
    if (RPY_EXC()) print_exc("missing read_file");

    /* stdin lines */
    for (int k = 0; k < 4; k++) {
        rpy_string *line = rpy_readline_stdin();
        print_bytes_repr("readline: ", line);
    }

    /* read_file of a binary file */
    p = rpy_str_from_cstr(argv[2]);
    rpy_string *data = rpy_read_file(p);
    long sum = 0;
    for (Signed k = 0; k < data->length; k++) sum += (unsigned char)data->data[k];
    char buf[256];
    snprintf(buf, sizeof buf, "read_file: %ld %ld\n", data->length, sum);
    rpy_write_stdout_cstr(buf);

    /* write_file + open/read/write/close round trip */
    RPY_PUSH(data);
    p = rpy_str_from_cstr(argv[1]);
    rpy_write_file(p, rpy_ss_top[-1]);
    CHECK(!RPY_EXC());
    p = rpy_str_from_cstr(argv[1]);
    Signed fd = rpy_os_open(p, O_RDONLY, 0);
    CHECK(!RPY_EXC() && fd >= 0);
    rpy_string *chunk = rpy_os_read(fd, 1000);
    CHECK(chunk->length == 1000 && memcmp(chunk->data, ((rpy_string *)rpy_ss_top[-1])->data, 1000) == 0);
    rpy_os_close(fd);
    rpy_string *back = rpy_read_file(rpy_str_from_cstr(argv[1]));
    RPY_POP(rpy_string *, data);
    int same = back->length == data->length && memcmp(back->data, data->data, (size_t)data->length) == 0;
    rpy_write_stdout_cstr(same ? "roundtrip: ok\n" : "roundtrip: BAD\n");
    p = rpy_str_from_cstr(argv[1]);
    fd = rpy_os_open(p, O_WRONLY | O_TRUNC, 0);
    Signed n = rpy_os_write(fd, rpy_str_from_cstr("héllo"));
    CHECK(n == 6);
    rpy_os_close(fd);
    rpy_os_close(fd);
    if (RPY_EXC()) print_exc("close twice");
    rpy_os_read(-1, 10);
    if (RPY_EXC()) print_exc("read bad fd");

    /* environment */
    setenv("RPY_TEST_ENV", "v\xc3\xa9l\xff", 1);
    rpy_string *v = rpy_os_getenv(rpy_str_from_cstr("RPY_TEST_ENV"));
    /* 'vél\udcff' (surrogateescape) */
    int ok = v && v->nchars == 4 && v->length == 7 &&
             memcmp(v->data, "v\xc3\xa9l\xed\xb3\xbf", 7) == 0;
    ok = ok && rpy_os_getenv(rpy_str_from_cstr("RPY_TEST_ENV_UNSET_XYZ")) == NULL;
    rpy_write_stdout_cstr(ok ? "getenv: ok\n" : "getenv: BAD\n");

    /* clocks */
    double t0 = rpy_time_monotonic(), w = rpy_time_time(), c0 = rpy_time_clock();
    volatile double x = 0;
    for (int k = 0; k < 1000000; k++) x += k;
    double t1 = rpy_time_monotonic(), c1 = rpy_time_clock();
    ok = t1 >= t0 && w > 1.6e9 && c1 >= c0 && c0 >= 0;
    rpy_write_stdout_cstr(ok ? "time: ok\n" : "time: BAD\n");

    /* a write bigger than the buffer goes through in order */
    rpy_string *big = rpy_str_mul(rpy_str_from_cstr("0123456789"), 10000);
    rpy_write_stdout_cstr("big: ");
    rpy_write_stdout(big);
    rpy_write_stdout_cstr("\n");
    rpy_flush_stdout();
    rpy_write_stdout_cstr("big: ok\n");
    rpy_write_stdout_cstr("end\n");
    return 0;   /* flushed by atexit */
}
