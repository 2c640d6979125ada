/* lzmas.h -- the runtime functions of lzmas.c (included by rpy.h;
 * rpy/rlib/rlzma.py documents them). */
#ifndef RPY_LZMAS_H
#define RPY_LZMAS_H

Signed rpy_lzma_error(void);
Signed rpy_lzma_compressor_new(Signed format, Signed check, Signed preset, rpy_string *rec);
Signed rpy_lzma_decompressor_new(Signed format, Signed memlimit, rpy_string *rec);
void rpy_lzma_free(Signed h);
Signed rpy_lzma_memusage(Signed h);
rpy_string *rpy_lzma_compress(Signed h, rpy_string *data, Signed finish);
rpy_string *rpy_lzma_decompress(Signed h, rpy_string *data, Signed max_length);
Signed rpy_lzma_eof(Signed h);
Signed rpy_lzma_needs_input(Signed h);
Signed rpy_lzma_check(Signed h);
rpy_string *rpy_lzma_unused_data(Signed h);
Signed rpy_lzma_is_check_supported(Signed id);
rpy_string *rpy_lzma_encode_props(rpy_string *rec);
rpy_string *rpy_lzma_decode_props(Signed id, rpy_string *props);

#endif
