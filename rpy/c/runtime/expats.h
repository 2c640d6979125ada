/* expats.h -- the runtime functions of expats.c (included by rpy.h;
 * rpy/rlib/rexpat.py documents them). */
#ifndef RPY_EXPATS_H
#define RPY_EXPATS_H

typedef Signed (*rpy_expat_callback)(Signed handle, Signed kind);

Signed rpy_expat_create(rpy_string *encoding, rpy_string *separator);
Signed rpy_expat_external_create(Signed h, rpy_string *context, rpy_string *encoding);
void rpy_expat_free(Signed h);
void rpy_expat_set_handler(Signed h, Signed kind, Signed on);
Signed rpy_expat_parse(Signed h, rpy_string *data, Signed isfinal, rpy_expat_callback cb);
Signed rpy_expat_set_encoding(Signed h, rpy_string *encoding);
Signed rpy_expat_error_code(Signed h);
Signed rpy_expat_position(Signed h, Signed which);
rpy_string *rpy_expat_error_string(Signed code);
Signed rpy_expat_ev_count(Signed h);
Signed rpy_expat_ev_isnull(Signed h, Signed i);
rpy_string *rpy_expat_ev_str(Signed h, Signed i);
Signed rpy_expat_ev_len(Signed h, Signed i);
Signed rpy_expat_ev_int(Signed h, Signed i);
void rpy_expat_set_encoding_map(Signed h, Signed i, Signed v);
Signed rpy_expat_in_callback(Signed h);
void rpy_expat_set_ns_triplet(Signed h, Signed on);
Signed rpy_expat_set_param_entity_parsing(Signed h, Signed flag);
Signed rpy_expat_use_foreign_dtd(Signed h, Signed flag);
Signed rpy_expat_set_base(Signed h, rpy_string *base);
rpy_string *rpy_expat_get_base(Signed h);
rpy_string *rpy_expat_input_context(Signed h);
rpy_string *rpy_expat_version(void);
Signed rpy_expat_version_part(Signed i);
Signed rpy_expat_feature_count(void);
rpy_string *rpy_expat_feature_name(Signed i);
Signed rpy_expat_feature_value(Signed i);

#endif
