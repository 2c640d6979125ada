/* locales.h -- the runtime functions of locales.c (included by rpy.h;
 * rpy/rlib/rlocale.py documents them). */
#ifndef RPY_LOCALES_H
#define RPY_LOCALES_H

rpy_string *rpy_locale_set(Signed category, rpy_string *name);
rpy_string *rpy_locale_query(Signed category);
void rpy_locale_conv_load(void);
rpy_string *rpy_locale_conv_str(Signed i);
Signed rpy_locale_conv_int(Signed i);
rpy_string *rpy_locale_langinfo(Signed item);
Signed rpy_locale_strcoll(rpy_string *a, rpy_string *b);
rpy_string *rpy_locale_strxfrm(rpy_string *s);

#endif
