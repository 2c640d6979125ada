/* sqlites.c -- SQLite over the system's libsqlite3, for rpy.rlib.rsqlite
 * (its docstring documents the functions).
 *
 * Connections and statements are their C pointers, passed as Signed.
 * Nothing here keeps a pointer to a GC object: SQL text and bound values
 * are copied by SQLite (SQLITE_TRANSIENT), results are copied into new
 * GC strings.
 *
 * User-defined functions, aggregates and collations call back into the
 * program through ONE function pointer set with rpy_sqlite_set_callback:
 * `fn(kind, id)`, where id is the int the program registered the function
 * with (SQLite's user data) and kind says which call it is.  While it
 * runs, the arguments and the result are reached through the "current
 * call" (rpy_sqlite_value_*, rpy_sqlite_result_*, rpy_sqlite_agg_*), which
 * each trampoline saves and restores, so a callback may run SQL itself.
 * The GC may run (and move objects) inside the callback: C holds only
 * ints and SQLite's own pointers across it.
 *
 * The "current call", last_rc and the tail are process globals: only the
 * GIL holder touches them (call_out takes the GIL before setting cur).
 */
#include "rpy.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#define DB(h) ((sqlite3 *)(intptr_t)(h))
#define ST(h) ((sqlite3_stmt *)(intptr_t)(h))

static Signed last_rc;
static char *last_tail;

/* The GIL is released while SQLite may wait (a busy handler sleeping on
 * another connection's lock, a long query), as CPython releases it around
 * sqlite3_step/prepare; `released` is this thread's saved state then.  A
 * callback from inside takes the GIL back for the program's code
 * (call_out) and releases it again after. */
static __thread void *released;

#define SQLITE_BLOCKING_BEGIN  { void *outer_ = released; \
                                 released = rpy_threads_started ? rpy_gil_release() : NULL;
#define SQLITE_BLOCKING_END      if (released != NULL) rpy_gil_acquire(released); \
                                 released = outer_; }

static rpy_string *str_or_null(const char *s) {
    return s == NULL ? NULL : rpy_str_from_cstr(s);
}

Signed rpy_sqlite_open(rpy_string *path, Signed flags) {
    sqlite3 *db = NULL;
    /* the path is copied before any allocation could move it */
    char *p = malloc((size_t)path->length + 1);
    if (p == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    memcpy(p, path->data, (size_t)path->length);
    p[path->length] = 0;
    last_rc = sqlite3_open_v2(p, &db, (int)flags, NULL);
    free(p);
    if (db == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    return (Signed)(intptr_t)db;
}

Signed rpy_sqlite_close(Signed db) { return sqlite3_close_v2(DB(db)); }
Signed rpy_sqlite_errcode(Signed db) { return sqlite3_extended_errcode(DB(db)); }
rpy_string *rpy_sqlite_errmsg(Signed db) { return rpy_str_from_cstr(sqlite3_errmsg(DB(db))); }
rpy_string *rpy_sqlite_errstr(Signed rc) { return rpy_str_from_cstr(sqlite3_errstr((int)rc)); }
Signed rpy_sqlite_busy_timeout(Signed db, Signed ms) { return sqlite3_busy_timeout(DB(db), (int)ms); }
Signed rpy_sqlite_get_autocommit(Signed db) { return sqlite3_get_autocommit(DB(db)) != 0; }
Signed rpy_sqlite_changes(Signed db) { return sqlite3_changes(DB(db)); }
Signed rpy_sqlite_total_changes(Signed db) { return sqlite3_total_changes(DB(db)); }
Signed rpy_sqlite_last_insert_rowid(Signed db) { return (Signed)sqlite3_last_insert_rowid(DB(db)); }
void rpy_sqlite_interrupt(Signed db) { sqlite3_interrupt(DB(db)); }
Signed rpy_sqlite_limit(Signed db, Signed id, Signed value) {
    return sqlite3_limit(DB(db), (int)id, (int)value);
}

Signed rpy_sqlite_prepare(Signed db, rpy_string *sql) {
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    /* the SQL is copied (the GIL is released: another thread may move the
     * string meanwhile); the tail is kept (malloc'd) for prepare_tail */
    char *copy = malloc((size_t)sql->length + 1);
    if (copy == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    memcpy(copy, sql->data, (size_t)sql->length + 1);
    Signed length = sql->length;
    int rc;
    SQLITE_BLOCKING_BEGIN
    rc = sqlite3_prepare_v2(DB(db), copy, (int)length + 1, &st, &tail);
    SQLITE_BLOCKING_END
    last_rc = rc;
    free(last_tail);
    last_tail = NULL;
    if (tail != NULL && tail < copy + length) {
        size_t n = (size_t)(copy + length - tail);
        last_tail = malloc(n + 1);
        if (last_tail != NULL) { memcpy(last_tail, tail, n); last_tail[n] = 0; }
    }
    free(copy);
    return (Signed)(intptr_t)st;
}

Signed rpy_sqlite_last_rc(void) { return last_rc; }
rpy_string *rpy_sqlite_prepare_tail(void) { return rpy_str_from_cstr(last_tail ? last_tail : ""); }
Signed rpy_sqlite_finalize(Signed st) { return sqlite3_finalize(ST(st)); }
Signed rpy_sqlite_reset(Signed st) { return sqlite3_reset(ST(st)); }
Signed rpy_sqlite_step(Signed st) {
    int rc;
    SQLITE_BLOCKING_BEGIN
    rc = sqlite3_step(ST(st));
    SQLITE_BLOCKING_END
    return rc;
}
Signed rpy_sqlite_clear_bindings(Signed st) { return sqlite3_clear_bindings(ST(st)); }
Signed rpy_sqlite_stmt_readonly(Signed st) { return sqlite3_stmt_readonly(ST(st)) != 0; }
Signed rpy_sqlite_bind_parameter_count(Signed st) { return sqlite3_bind_parameter_count(ST(st)); }
rpy_string *rpy_sqlite_bind_parameter_name(Signed st, Signed i) {
    return str_or_null(sqlite3_bind_parameter_name(ST(st), (int)i));
}
Signed rpy_sqlite_bind_null(Signed st, Signed i) { return sqlite3_bind_null(ST(st), (int)i); }
Signed rpy_sqlite_bind_int64(Signed st, Signed i, Signed v) {
    return sqlite3_bind_int64(ST(st), (int)i, (sqlite3_int64)v);
}
Signed rpy_sqlite_bind_double(Signed st, Signed i, double v) {
    return sqlite3_bind_double(ST(st), (int)i, v);
}
Signed rpy_sqlite_bind_text(Signed st, Signed i, rpy_string *v) {
    return sqlite3_bind_text64(ST(st), (int)i, v->data, (sqlite3_uint64)v->length,
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}
Signed rpy_sqlite_bind_blob(Signed st, Signed i, rpy_string *v) {
    return sqlite3_bind_blob64(ST(st), (int)i, v->data, (sqlite3_uint64)v->length,
                               SQLITE_TRANSIENT);
}
Signed rpy_sqlite_column_count(Signed st) { return sqlite3_column_count(ST(st)); }
Signed rpy_sqlite_data_count(Signed st) { return sqlite3_data_count(ST(st)); }
rpy_string *rpy_sqlite_column_name(Signed st, Signed i) {
    const char *s = sqlite3_column_name(ST(st), (int)i);
    if (s == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    return rpy_str_from_cstr(s);
}
rpy_string *rpy_sqlite_column_decltype(Signed st, Signed i) {
    return str_or_null(sqlite3_column_decltype(ST(st), (int)i));
}
Signed rpy_sqlite_column_type(Signed st, Signed i) { return sqlite3_column_type(ST(st), (int)i); }
Signed rpy_sqlite_column_int64(Signed st, Signed i) {
    return (Signed)sqlite3_column_int64(ST(st), (int)i);
}
double rpy_sqlite_column_double(Signed st, Signed i) { return sqlite3_column_double(ST(st), (int)i); }
rpy_string *rpy_sqlite_column_bytes(Signed st, Signed i) {
    /* a TEXT value's UTF-8 bytes, a BLOB's bytes: the caller decodes */
    const void *p = sqlite3_column_blob(ST(st), (int)i);
    int n = sqlite3_column_bytes(ST(st), (int)i);
    return rpy_bytes_from_mem(p ? (const char *)p : "", n);
}
rpy_string *rpy_sqlite_libversion(void) { return rpy_str_from_cstr(sqlite3_libversion()); }
Signed rpy_sqlite_busy_statements(Signed db) {
    Signed n = 0;
    for (sqlite3_stmt *st = sqlite3_next_stmt(DB(db), NULL); st != NULL;
         st = sqlite3_next_stmt(DB(db), st))
        if (sqlite3_stmt_busy(st)) n++;
    return n;
}
Signed rpy_sqlite_threadsafe(void) { return sqlite3_threadsafe(); }
Signed rpy_sqlite_enable_shared_cache(Signed on) { return sqlite3_enable_shared_cache((int)on); }
Signed rpy_sqlite_libversion_number(void) { return sqlite3_libversion_number(); }
Signed rpy_sqlite_complete(rpy_string *sql) { return sqlite3_complete(sql->data) != 0; }

/* ------------------------------------------------------------ backup, blobs */

Signed rpy_sqlite_backup_init(Signed dst, Signed src, rpy_string *name) {
    char *n = strdup(name->data);
    if (n == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    sqlite3_backup *b = sqlite3_backup_init(DB(dst), "main", DB(src), n);
    free(n);
    return (Signed)(intptr_t)b;
}
Signed rpy_sqlite_backup_step(Signed b, Signed pages) {
    int rc;
    SQLITE_BLOCKING_BEGIN
    rc = sqlite3_backup_step((sqlite3_backup *)(intptr_t)b, (int)pages);
    SQLITE_BLOCKING_END
    return rc;
}
Signed rpy_sqlite_backup_remaining(Signed b) {
    return sqlite3_backup_remaining((sqlite3_backup *)(intptr_t)b);
}
Signed rpy_sqlite_backup_pagecount(Signed b) {
    return sqlite3_backup_pagecount((sqlite3_backup *)(intptr_t)b);
}
Signed rpy_sqlite_backup_finish(Signed b) {
    return sqlite3_backup_finish((sqlite3_backup *)(intptr_t)b);
}
void rpy_sqlite_sleep(Signed ms) {
    SQLITE_BLOCKING_BEGIN
    sqlite3_sleep((int)ms);
    SQLITE_BLOCKING_END
}

#define BLOB(h) ((sqlite3_blob *)(intptr_t)(h))

Signed rpy_sqlite_blob_open(Signed db, rpy_string *dbname, rpy_string *table,
                            rpy_string *column, Signed row, Signed writable) {
    sqlite3_blob *b = NULL;
    char *d = strdup(dbname->data), *t = strdup(table->data), *c = strdup(column->data);
    if (d == NULL || t == NULL || c == NULL) {
        free(d); free(t); free(c);
        rpy_raise(RPY_EXC_MemoryError, "");
        return 0;
    }
    last_rc = sqlite3_blob_open(DB(db), d, t, c, (sqlite3_int64)row, (int)writable, &b);
    free(d); free(t); free(c);
    return (Signed)(intptr_t)b;
}
Signed rpy_sqlite_blob_close(Signed b) { return sqlite3_blob_close(BLOB(b)); }
Signed rpy_sqlite_blob_bytes(Signed b) { return sqlite3_blob_bytes(BLOB(b)); }
rpy_string *rpy_sqlite_blob_read(Signed b, Signed n, Signed offset) {
    /* read into malloc'd memory first: the result is allocated after */
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    last_rc = sqlite3_blob_read(BLOB(b), buf, (int)n, (int)offset);
    rpy_string *r = rpy_bytes_from_mem(buf, last_rc == SQLITE_OK ? n : 0);
    free(buf);
    return r;
}
Signed rpy_sqlite_blob_write(Signed b, rpy_string *data, Signed offset) {
    return sqlite3_blob_write(BLOB(b), data->data, (int)data->length, (int)offset);
}

rpy_string *rpy_sqlite_serialize(Signed db, rpy_string *name) {
    sqlite3_int64 size = 0;
    unsigned flags = SQLITE_SERIALIZE_NOCOPY;
    /* without a copy when SQLite has the database in one piece */
    unsigned char *data = sqlite3_serialize(DB(db), name->data, &size, flags);
    if (data == NULL) {
        flags = 0;
        data = sqlite3_serialize(DB(db), name->data, &size, flags);
    }
    if (data == NULL) return NULL;
    rpy_string *r = rpy_bytes_from_mem((const char *)data, (Signed)size);
    if (!(flags & SQLITE_SERIALIZE_NOCOPY)) sqlite3_free(data);
    return r;
}

Signed rpy_sqlite_deserialize(Signed db, rpy_string *name, rpy_string *data) {
    unsigned char *buf = sqlite3_malloc64((sqlite3_uint64)data->length);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return SQLITE_NOMEM; }
    memcpy(buf, data->data, (size_t)data->length);
    return sqlite3_deserialize(DB(db), name->data, buf, data->length, data->length,
                               SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
}

/* ------------------------------------------------------------ callbacks */

enum { CB_FUNC = 0, CB_STEP = 1, CB_FINAL = 2, CB_COLLATE = 3, CB_DESTROY = 4,
       CB_AUTHORIZE = 5, CB_PROGRESS = 6, CB_TRACE = 7, CB_VALUE = 8, CB_INVERSE = 9 };

static Signed (*callback)(Signed kind, Signed id);

/* the current call: saved and restored around each callback */
typedef struct {
    sqlite3_context *ctx;
    int argc;
    sqlite3_value **argv;
    const void *coll[2];
    int coll_len[2];
    int action;                 /* the authorizer's action and strings */
    const char *strs[4];
} call_state;

static call_state cur;

void rpy_sqlite_set_callback(Signed (*fn)(Signed kind, Signed id)) { callback = fn; }

static Signed call_out(Signed kind, Signed id, call_state *st) {
    if (callback == NULL) return 0;     /* not installed: nothing to call */
    void *gil = released;               /* the GIL back for the program's code */
    released = NULL;
    if (gil != NULL) rpy_gil_acquire(gil);
    call_state saved = cur;
    cur = *st;
    Signed r = callback(kind, id);
    cur = saved;
    released = gil != NULL ? rpy_gil_release() : NULL;
    return r;
}

static void func_tramp(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    call_state st = {ctx, argc, argv, {NULL, NULL}, {0, 0}, 0, {NULL, NULL, NULL, NULL}};
    call_out(CB_FUNC, (Signed)(intptr_t)sqlite3_user_data(ctx), &st);
}

static void step_tramp(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    call_state st = {ctx, argc, argv, {NULL, NULL}, {0, 0}, 0, {NULL, NULL, NULL, NULL}};
    call_out(CB_STEP, (Signed)(intptr_t)sqlite3_user_data(ctx), &st);
}

static void final_tramp(sqlite3_context *ctx) {
    call_state st = {ctx, 0, NULL, {NULL, NULL}, {0, 0}, 0, {NULL, NULL, NULL, NULL}};
    call_out(CB_FINAL, (Signed)(intptr_t)sqlite3_user_data(ctx), &st);
}

static void value_tramp(sqlite3_context *ctx) {
    call_state st = {ctx, 0, NULL, {NULL, NULL}, {0, 0}, 0, {NULL, NULL, NULL, NULL}};
    call_out(CB_VALUE, (Signed)(intptr_t)sqlite3_user_data(ctx), &st);
}

static void inverse_tramp(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    call_state st = {ctx, argc, argv, {NULL, NULL}, {0, 0}, 0, {NULL, NULL, NULL, NULL}};
    call_out(CB_INVERSE, (Signed)(intptr_t)sqlite3_user_data(ctx), &st);
}

static int collate_tramp(void *id, int n1, const void *p1, int n2, const void *p2) {
    call_state st = {NULL, 0, NULL, {p1, p2}, {n1, n2}, 0, {NULL, NULL, NULL, NULL}};
    return (int)call_out(CB_COLLATE, (Signed)(intptr_t)id, &st);
}

static void destroy_tramp(void *id) {
    call_state st = {NULL, 0, NULL, {NULL, NULL}, {0, 0}, 0, {NULL, NULL, NULL, NULL}};
    call_out(CB_DESTROY, (Signed)(intptr_t)id, &st);
}

static int auth_tramp(void *id, int action, const char *a1, const char *a2, const char *a3,
                      const char *a4) {
    call_state st = {NULL, 0, NULL, {NULL, NULL}, {0, 0}, action, {a1, a2, a3, a4}};
    return (int)call_out(CB_AUTHORIZE, (Signed)(intptr_t)id, &st);
}

static int progress_tramp(void *id) {
    call_state st = {NULL, 0, NULL, {NULL, NULL}, {0, 0}, 0, {NULL, NULL, NULL, NULL}};
    return (int)call_out(CB_PROGRESS, (Signed)(intptr_t)id, &st);
}

static int trace_tramp(unsigned type, void *id, void *stmt, void *sql) {
    if (type != SQLITE_TRACE_STMT) return 0;
    /* the statement with its parameters' values, as CPython passes it */
    char *expanded = sqlite3_expanded_sql((sqlite3_stmt *)stmt);
    call_state st = {NULL, 0, NULL, {NULL, NULL}, {0, 0}, 0,
                     {expanded ? expanded : (const char *)sql, NULL, NULL, NULL}};
    call_out(CB_TRACE, (Signed)(intptr_t)id, &st);
    sqlite3_free(expanded);
    return 0;
}

Signed rpy_sqlite_set_authorizer(Signed db, Signed id) {
    return id < 0 ? sqlite3_set_authorizer(DB(db), NULL, NULL)
                  : sqlite3_set_authorizer(DB(db), auth_tramp, (void *)(intptr_t)id);
}

void rpy_sqlite_set_progress_handler(Signed db, Signed n, Signed id) {
    if (id < 0) sqlite3_progress_handler(DB(db), 0, NULL, NULL);
    else sqlite3_progress_handler(DB(db), (int)n, progress_tramp, (void *)(intptr_t)id);
}

Signed rpy_sqlite_set_trace(Signed db, Signed id) {
    return id < 0 ? sqlite3_trace_v2(DB(db), SQLITE_TRACE_STMT, NULL, NULL)
                  : sqlite3_trace_v2(DB(db), SQLITE_TRACE_STMT, trace_tramp,
                                     (void *)(intptr_t)id);
}

Signed rpy_sqlite_auth_action(void) { return cur.action; }
rpy_string *rpy_sqlite_call_str(Signed i) { return str_or_null(cur.strs[i & 3]); }

Signed rpy_sqlite_create_function(Signed db, rpy_string *name, Signed nargs, Signed flags,
                                  Signed id, Signed aggregate) {
    char *n = strdup(name->data);    /* destroy callbacks may collect */
    if (n == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return SQLITE_NOMEM; }
    int rc;
    if (id < 0)
        rc = sqlite3_create_function_v2(DB(db), n, (int)nargs, (int)flags, NULL,
                                        NULL, NULL, NULL, NULL);
    else if (aggregate)
        rc = sqlite3_create_function_v2(DB(db), n, (int)nargs, (int)flags, (void *)(intptr_t)id,
                                        NULL, step_tramp, final_tramp, destroy_tramp);
    else
        rc = sqlite3_create_function_v2(DB(db), n, (int)nargs, (int)flags, (void *)(intptr_t)id,
                                        func_tramp, NULL, NULL, destroy_tramp);
    free(n);
    return rc;
}

Signed rpy_sqlite_create_window_function(Signed db, rpy_string *name, Signed nargs,
                                         Signed flags, Signed id) {
    char *n = strdup(name->data);
    if (n == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return SQLITE_NOMEM; }
    int rc;
    if (id < 0)
        rc = sqlite3_create_window_function(DB(db), n, (int)nargs, (int)flags, NULL,
                                            NULL, NULL, NULL, NULL, NULL);
    else
        rc = sqlite3_create_window_function(DB(db), n, (int)nargs, (int)flags,
                                            (void *)(intptr_t)id, step_tramp, final_tramp,
                                            value_tramp, inverse_tramp, destroy_tramp);
    free(n);
    return rc;
}

Signed rpy_sqlite_create_collation(Signed db, rpy_string *name, Signed id) {
    char *n = strdup(name->data);
    if (n == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return SQLITE_NOMEM; }
    int rc;
    if (id < 0)
        rc = sqlite3_create_collation_v2(DB(db), n, SQLITE_UTF8, NULL, NULL, NULL);
    else
        rc = sqlite3_create_collation_v2(DB(db), n, SQLITE_UTF8, (void *)(intptr_t)id,
                                         collate_tramp, destroy_tramp);
    free(n);
    return rc;
}

Signed rpy_sqlite_value_count(void) { return cur.argc; }
Signed rpy_sqlite_value_type(Signed i) { return sqlite3_value_type(cur.argv[i]); }
Signed rpy_sqlite_value_int64(Signed i) { return (Signed)sqlite3_value_int64(cur.argv[i]); }
double rpy_sqlite_value_double(Signed i) { return sqlite3_value_double(cur.argv[i]); }
rpy_string *rpy_sqlite_value_bytes(Signed i) {
    const void *p = sqlite3_value_blob(cur.argv[i]);
    int n = sqlite3_value_bytes(cur.argv[i]);
    return rpy_bytes_from_mem(p ? (const char *)p : "", n);
}
rpy_string *rpy_sqlite_collation_arg(Signed which) {
    const void *p = cur.coll[which & 1];
    return rpy_bytes_from_mem(p ? (const char *)p : "", cur.coll_len[which & 1]);
}

/* An aggregate's state is the program's int id, kept in SQLite's
 * aggregate context: 0 until the first step sets it. */
Signed rpy_sqlite_agg_id(void) {
    Signed *p = sqlite3_aggregate_context(cur.ctx, 0);
    return p ? *p : 0;
}
void rpy_sqlite_agg_set_id(Signed id) {
    Signed *p = sqlite3_aggregate_context(cur.ctx, sizeof(Signed));
    if (p) *p = id;
}

void rpy_sqlite_result_null(void) { sqlite3_result_null(cur.ctx); }
void rpy_sqlite_result_int64(Signed v) { sqlite3_result_int64(cur.ctx, (sqlite3_int64)v); }
void rpy_sqlite_result_double(double v) { sqlite3_result_double(cur.ctx, v); }
void rpy_sqlite_result_text(rpy_string *v) {
    sqlite3_result_text64(cur.ctx, v->data, (sqlite3_uint64)v->length, SQLITE_TRANSIENT,
                          SQLITE_UTF8);
}
void rpy_sqlite_result_blob(rpy_string *v) {
    sqlite3_result_blob64(cur.ctx, v->data, (sqlite3_uint64)v->length, SQLITE_TRANSIENT);
}
void rpy_sqlite_result_error(rpy_string *msg) {
    sqlite3_result_error(cur.ctx, msg->data, (int)msg->length);
}
void rpy_sqlite_result_error_nomem(void) { sqlite3_result_error_nomem(cur.ctx); }
void rpy_sqlite_result_error_toobig(void) { sqlite3_result_error_toobig(cur.ctx); }
