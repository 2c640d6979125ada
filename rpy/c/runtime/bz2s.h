/* bz2s.h -- the runtime functions of bz2s.c (included by rpy.h;
 * rpy/rlib/rbz2.py documents them). */
#ifndef RPY_BZ2S_H
#define RPY_BZ2S_H

Signed rpy_bz2_error(void);
Signed rpy_bz2_compressor_new(Signed level);
Signed rpy_bz2_decompressor_new(void);
void rpy_bz2_free(Signed h);
rpy_string *rpy_bz2_compress(Signed h, rpy_string *data, Signed finish);
rpy_string *rpy_bz2_decompress(Signed h, rpy_string *data, Signed max_length);
Signed rpy_bz2_eof(Signed h);
Signed rpy_bz2_needs_input(Signed h);
rpy_string *rpy_bz2_unused_data(Signed h);

#endif
