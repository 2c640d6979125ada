/* sqlites.h -- the runtime functions of sqlites.c (included by rpy.h;
 * rpy/rlib/rsqlite.py documents them). */
#ifndef RPY_SQLITES_H
#define RPY_SQLITES_H

Signed rpy_sqlite_open(rpy_string *path, Signed flags);
Signed rpy_sqlite_close(Signed db);
Signed rpy_sqlite_errcode(Signed db);
rpy_string *rpy_sqlite_errmsg(Signed db);
rpy_string *rpy_sqlite_errstr(Signed rc);
Signed rpy_sqlite_busy_timeout(Signed db, Signed ms);
Signed rpy_sqlite_get_autocommit(Signed db);
Signed rpy_sqlite_changes(Signed db);
Signed rpy_sqlite_total_changes(Signed db);
Signed rpy_sqlite_last_insert_rowid(Signed db);
void rpy_sqlite_interrupt(Signed db);
Signed rpy_sqlite_limit(Signed db, Signed id, Signed value);
Signed rpy_sqlite_prepare(Signed db, rpy_string *sql);
Signed rpy_sqlite_last_rc(void);
rpy_string *rpy_sqlite_prepare_tail(void);
Signed rpy_sqlite_finalize(Signed st);
Signed rpy_sqlite_reset(Signed st);
Signed rpy_sqlite_step(Signed st);
Signed rpy_sqlite_clear_bindings(Signed st);
Signed rpy_sqlite_stmt_readonly(Signed st);
Signed rpy_sqlite_bind_parameter_count(Signed st);
rpy_string *rpy_sqlite_bind_parameter_name(Signed st, Signed i);
Signed rpy_sqlite_bind_null(Signed st, Signed i);
Signed rpy_sqlite_bind_int64(Signed st, Signed i, Signed v);
Signed rpy_sqlite_bind_double(Signed st, Signed i, double v);
Signed rpy_sqlite_bind_text(Signed st, Signed i, rpy_string *v);
Signed rpy_sqlite_bind_blob(Signed st, Signed i, rpy_string *v);
Signed rpy_sqlite_column_count(Signed st);
Signed rpy_sqlite_data_count(Signed st);
rpy_string *rpy_sqlite_column_name(Signed st, Signed i);
rpy_string *rpy_sqlite_column_decltype(Signed st, Signed i);
Signed rpy_sqlite_column_type(Signed st, Signed i);
Signed rpy_sqlite_column_int64(Signed st, Signed i);
double rpy_sqlite_column_double(Signed st, Signed i);
rpy_string *rpy_sqlite_column_bytes(Signed st, Signed i);
rpy_string *rpy_sqlite_libversion(void);
Signed rpy_sqlite_libversion_number(void);
Signed rpy_sqlite_threadsafe(void);
Signed rpy_sqlite_enable_shared_cache(Signed on);
Signed rpy_sqlite_busy_statements(Signed db);
Signed rpy_sqlite_complete(rpy_string *sql);

Signed rpy_sqlite_backup_init(Signed dst, Signed src, rpy_string *name);
Signed rpy_sqlite_backup_step(Signed b, Signed pages);
Signed rpy_sqlite_backup_remaining(Signed b);
Signed rpy_sqlite_backup_pagecount(Signed b);
Signed rpy_sqlite_backup_finish(Signed b);
void rpy_sqlite_sleep(Signed ms);
Signed rpy_sqlite_blob_open(Signed db, rpy_string *dbname, rpy_string *table,
                            rpy_string *column, Signed row, Signed writable);
Signed rpy_sqlite_blob_close(Signed b);
Signed rpy_sqlite_blob_bytes(Signed b);
rpy_string *rpy_sqlite_blob_read(Signed b, Signed n, Signed offset);
Signed rpy_sqlite_blob_write(Signed b, rpy_string *data, Signed offset);

rpy_string *rpy_sqlite_serialize(Signed db, rpy_string *name);
Signed rpy_sqlite_deserialize(Signed db, rpy_string *name, rpy_string *data);

void rpy_sqlite_set_callback(Signed (*fn)(Signed kind, Signed id));
Signed rpy_sqlite_create_function(Signed db, rpy_string *name, Signed nargs, Signed flags,
                                  Signed id, Signed aggregate);
Signed rpy_sqlite_create_window_function(Signed db, rpy_string *name, Signed nargs,
                                         Signed flags, Signed id);
Signed rpy_sqlite_create_collation(Signed db, rpy_string *name, Signed id);
Signed rpy_sqlite_set_authorizer(Signed db, Signed id);
void rpy_sqlite_set_progress_handler(Signed db, Signed n, Signed id);
Signed rpy_sqlite_set_trace(Signed db, Signed id);
Signed rpy_sqlite_auth_action(void);
rpy_string *rpy_sqlite_call_str(Signed i);
Signed rpy_sqlite_value_count(void);
Signed rpy_sqlite_value_type(Signed i);
Signed rpy_sqlite_value_int64(Signed i);
double rpy_sqlite_value_double(Signed i);
rpy_string *rpy_sqlite_value_bytes(Signed i);
rpy_string *rpy_sqlite_collation_arg(Signed which);
Signed rpy_sqlite_agg_id(void);
void rpy_sqlite_agg_set_id(Signed id);
void rpy_sqlite_result_null(void);
void rpy_sqlite_result_int64(Signed v);
void rpy_sqlite_result_double(double v);
void rpy_sqlite_result_text(rpy_string *v);
void rpy_sqlite_result_blob(rpy_string *v);
void rpy_sqlite_result_error(rpy_string *msg);
void rpy_sqlite_result_error_nomem(void);
void rpy_sqlite_result_error_toobig(void);

#endif
