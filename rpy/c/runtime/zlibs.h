/* zlibs.h -- the runtime functions of zlibs.c (included by rpy.h;
 * rpy/rlib/rzlib.py documents them). */
#ifndef RPY_ZLIBS_H
#define RPY_ZLIBS_H

Signed rpy_zlib_error(void);
rpy_string *rpy_zlib_error_msg(void);
Signed rpy_zlib_avail_in(void);
Signed rpy_zlib_eof(void);
rpy_string *rpy_zlib_version(void);
rpy_string *rpy_zlib_runtime_version(void);
Signed rpy_zlib_deflate_init(Signed level, Signed method, Signed wbits, Signed memlevel,
                             Signed strategy, rpy_string *zdict);
Signed rpy_zlib_inflate_init(Signed wbits, rpy_string *zdict);
void rpy_zlib_end(Signed h);
Signed rpy_zlib_copy(Signed h);
rpy_string *rpy_zlib_deflate(Signed h, rpy_string *data, Signed mode);
rpy_string *rpy_zlib_inflate(Signed h, rpy_string *data, Signed max_length, Signed mode);
Signed rpy_zlib_set_dictionary(Signed h, rpy_string *zdict);
Signed rpy_zlib_crc32(rpy_string *data, Signed value);
Signed rpy_zlib_adler32(rpy_string *data, Signed value);

#endif
