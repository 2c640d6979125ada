/* expats.c -- XML parsers over the system's libexpat, for rpy.rlib.rexpat
 * (its docstring documents the functions).
 *
 * A parser is an int handle into a table of `xparser` structs.  expat
 * calls back while it parses: each C handler below stores the event's
 * arguments in its xparser (pointers into expat's own memory, valid until
 * the handler returns) and calls the RPy function given to
 * rpy_expat_parse with (handle, kind); the RPy side reads the arguments
 * with rpy_expat_ev_* before it runs any Python code.  Nothing here holds
 * a pointer into a GC object across that call: the input bytes are copied
 * to malloc'ed memory first (the callback may collect and move them), and
 * the event's strings are expat's.  An exception raised by the callback
 * (rpy_exc_value set) stops expat at once (XML_StopParser) after the
 * handlers are cleared, as CPython's pyexpat does; it then propagates from
 * rpy_expat_parse.
 */
#include "rpy.h"
#include <stdlib.h>
#include <string.h>
#include <expat.h>

enum {
    K_StartElement, K_EndElement, K_ProcessingInstruction, K_CharacterData,
    K_UnparsedEntityDecl, K_NotationDecl, K_StartNamespaceDecl, K_EndNamespaceDecl,
    K_Comment, K_StartCdataSection, K_EndCdataSection, K_Default, K_DefaultHandlerExpand,
    K_NotStandalone, K_ExternalEntityRef, K_StartDoctypeDecl, K_EndDoctypeDecl,
    K_EntityDecl, K_XmlDecl, K_ElementDecl, K_AttlistDecl, K_SkippedEntity,
    K_NHANDLERS,
    K_UnknownEncoding = K_NHANDLERS
};

typedef struct xparser {
    XML_Parser p;
    Signed handle;
    /* expat's external entity parsers use their parent's DTD: a parent
       freed before its children waits for them */
    struct xparser *parent;
    Signed nchildren;
    int freed;
    rpy_expat_callback cb;      /* the running parse's callback, or NULL */
    int in_callback;
    /* the current event: strings (NULL allowed; len -1: NUL-terminated) and ints */
    const char **strs;
    Signed *lens;
    Signed nstrs, capstrs;
    Signed *ints;
    Signed nints, capints;
    int encmap[256];            /* filled by the callback for an unknown encoding */
} xparser;

static xparser **parsers;
static Signed nparsers;

static xparser *get(Signed h) {
    if (h < 0 || h >= nparsers) return NULL;
    return parsers[h];
}

static Signed new_handle(xparser *ps) {
    for (Signed i = 0; i < nparsers; i++)
        if (parsers[i] == NULL) { parsers[i] = ps; return i; }
    Signed n = nparsers ? 2 * nparsers : 8;
    xparser **t = realloc(parsers, n * sizeof *t);
    if (t == NULL) return -1;
    parsers = t;
    for (Signed i = nparsers; i < n; i++) parsers[i] = NULL;
    Signed h = nparsers;
    nparsers = n;
    parsers[h] = ps;
    return h;
}

/* ---------------------------------------------------------------- events */

static void ev_reset(xparser *ps) { ps->nstrs = 0; ps->nints = 0; }

static void ev_str(xparser *ps, const char *s, Signed len) {
    if (RPY_EXC()) return;
    if (ps->nstrs == ps->capstrs) {
        Signed n = ps->capstrs ? 2 * ps->capstrs : 16;
        const char **s2 = realloc(ps->strs, n * sizeof *s2);
        Signed *l2 = s2 ? realloc(ps->lens, n * sizeof *l2) : NULL;
        if (s2) ps->strs = s2;
        if (l2 == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
        ps->lens = l2;
        ps->capstrs = n;
    }
    ps->strs[ps->nstrs] = s;
    ps->lens[ps->nstrs] = (s != NULL && len < 0) ? (Signed)strlen(s) : len;
    ps->nstrs++;
}

static void ev_int(xparser *ps, Signed v) {
    if (RPY_EXC()) return;
    if (ps->nints == ps->capints) {
        Signed n = ps->capints ? 2 * ps->capints : 16;
        Signed *t = realloc(ps->ints, n * sizeof *t);
        if (t == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
        ps->ints = t;
        ps->capints = n;
    }
    ps->ints[ps->nints++] = v;
}

static void set_handler(xparser *ps, int kind, int on);

static int error_external_entity_ref(XML_Parser p, const XML_Char *c, const XML_Char *b,
                                     const XML_Char *s, const XML_Char *pub) {
    return 0;
}

/* CPython's flag_error + call_with_frame: clear the handlers, stop */
static void fail(xparser *ps) {
    for (int k = 0; k < K_NHANDLERS; k++) set_handler(ps, k, 0);
    XML_SetExternalEntityRefHandler(ps->p, error_external_entity_ref);
    XML_StopParser(ps->p, XML_FALSE);
}

static Signed call(xparser *ps, int kind) {
    if (RPY_EXC()) {      /* an ev_* allocation failed */
        fail(ps);
        return 0;
    }
    if (ps->cb == NULL) return 0;
    ps->in_callback = kind != K_UnknownEncoding;
    Signed r = ps->cb(ps->handle, kind);
    ps->in_callback = 0;
    if (RPY_EXC()) {
        fail(ps);
        return 0;
    }
    return r;
}

#define PS ((xparser *)ud)

static void h_start_element(void *ud, const XML_Char *name, const XML_Char **atts) {
    ev_reset(PS);
    ev_str(PS, name, -1);
    for (Signed i = 0; atts[i] != NULL; i += 2) {
        ev_str(PS, atts[i], -1);
        ev_str(PS, atts[i + 1], -1);
    }
    ev_int(PS, XML_GetSpecifiedAttributeCount(PS->p));
    call(PS, K_StartElement);
}

static void h_end_element(void *ud, const XML_Char *name) {
    ev_reset(PS); ev_str(PS, name, -1);
    call(PS, K_EndElement);
}

static void h_pi(void *ud, const XML_Char *target, const XML_Char *data) {
    ev_reset(PS); ev_str(PS, target, -1); ev_str(PS, data, -1);
    call(PS, K_ProcessingInstruction);
}

static void h_chardata(void *ud, const XML_Char *s, int len) {
    ev_reset(PS); ev_str(PS, s, len);
    call(PS, K_CharacterData);
}

static void h_unparsed(void *ud, const XML_Char *name, const XML_Char *base,
                       const XML_Char *sysid, const XML_Char *pubid, const XML_Char *notation) {
    ev_reset(PS);
    ev_str(PS, name, -1); ev_str(PS, base, -1); ev_str(PS, sysid, -1);
    ev_str(PS, pubid, -1); ev_str(PS, notation, -1);
    call(PS, K_UnparsedEntityDecl);
}

static void h_notation(void *ud, const XML_Char *name, const XML_Char *base,
                       const XML_Char *sysid, const XML_Char *pubid) {
    ev_reset(PS);
    ev_str(PS, name, -1); ev_str(PS, base, -1); ev_str(PS, sysid, -1); ev_str(PS, pubid, -1);
    call(PS, K_NotationDecl);
}

static void h_start_ns(void *ud, const XML_Char *prefix, const XML_Char *uri) {
    ev_reset(PS); ev_str(PS, prefix, -1); ev_str(PS, uri, -1);
    call(PS, K_StartNamespaceDecl);
}

static void h_end_ns(void *ud, const XML_Char *prefix) {
    ev_reset(PS); ev_str(PS, prefix, -1);
    call(PS, K_EndNamespaceDecl);
}

static void h_comment(void *ud, const XML_Char *data) {
    ev_reset(PS); ev_str(PS, data, -1);
    call(PS, K_Comment);
}

static void h_start_cdata(void *ud) { ev_reset(PS); call(PS, K_StartCdataSection); }
static void h_end_cdata(void *ud) { ev_reset(PS); call(PS, K_EndCdataSection); }

static void h_default(void *ud, const XML_Char *s, int len) {
    ev_reset(PS); ev_str(PS, s, len);
    call(PS, K_Default);
}

static void h_default_expand(void *ud, const XML_Char *s, int len) {
    ev_reset(PS); ev_str(PS, s, len);
    call(PS, K_DefaultHandlerExpand);
}

static int h_not_standalone(void *ud) {
    ev_reset(PS);
    return (int)call(PS, K_NotStandalone);
}

static int h_external_entity_ref(XML_Parser p, const XML_Char *context, const XML_Char *base,
                                 const XML_Char *sysid, const XML_Char *pubid) {
    xparser *ps = XML_GetUserData(p);
    ev_reset(ps);
    ev_str(ps, context, -1); ev_str(ps, base, -1); ev_str(ps, sysid, -1); ev_str(ps, pubid, -1);
    return (int)call(ps, K_ExternalEntityRef);
}

static void h_start_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                            const XML_Char *pubid, int has_internal_subset) {
    ev_reset(PS);
    ev_str(PS, name, -1); ev_str(PS, sysid, -1); ev_str(PS, pubid, -1);
    ev_int(PS, has_internal_subset);
    call(PS, K_StartDoctypeDecl);
}

static void h_end_doctype(void *ud) { ev_reset(PS); call(PS, K_EndDoctypeDecl); }

static void h_entity_decl(void *ud, const XML_Char *name, int is_param, const XML_Char *value,
                          int value_length, const XML_Char *base, const XML_Char *sysid,
                          const XML_Char *pubid, const XML_Char *notation) {
    ev_reset(PS);
    ev_str(PS, name, -1); ev_str(PS, value, value_length); ev_str(PS, base, -1);
    ev_str(PS, sysid, -1); ev_str(PS, pubid, -1); ev_str(PS, notation, -1);
    ev_int(PS, is_param);
    call(PS, K_EntityDecl);
}

static void h_xml_decl(void *ud, const XML_Char *version, const XML_Char *encoding,
                       int standalone) {
    ev_reset(PS); ev_str(PS, version, -1); ev_str(PS, encoding, -1); ev_int(PS, standalone);
    call(PS, K_XmlDecl);
}

/* the content model in preorder: ints (type, quant, numchildren), one name each */
static void flatten_model(xparser *ps, XML_Content *m) {
    ev_int(ps, m->type); ev_int(ps, m->quant); ev_int(ps, m->numchildren);
    ev_str(ps, m->name, -1);
    for (unsigned i = 0; i < m->numchildren; i++) flatten_model(ps, &m->children[i]);
}

static void h_element_decl(void *ud, const XML_Char *name, XML_Content *model) {
    ev_reset(PS); ev_str(PS, name, -1);
    flatten_model(PS, model);
    call(PS, K_ElementDecl);
    XML_FreeContentModel(PS->p, model);
}

static void h_attlist_decl(void *ud, const XML_Char *elname, const XML_Char *attname,
                           const XML_Char *att_type, const XML_Char *dflt, int isrequired) {
    ev_reset(PS);
    ev_str(PS, elname, -1); ev_str(PS, attname, -1); ev_str(PS, att_type, -1);
    ev_str(PS, dflt, -1);
    ev_int(PS, isrequired);
    call(PS, K_AttlistDecl);
}

static void h_skipped(void *ud, const XML_Char *name, int is_param) {
    ev_reset(PS); ev_str(PS, name, -1); ev_int(PS, is_param);
    call(PS, K_SkippedEntity);
}

/* an encoding expat does not know: the callback decodes the 256 bytes
   with the program's codec and fills encmap (-1: not a character) */
static int h_unknown_encoding(void *ud, const XML_Char *name, XML_Encoding *info) {
    if (RPY_EXC()) return XML_STATUS_ERROR;
    ev_reset(PS); ev_str(PS, name, -1);
    for (int i = 0; i < 256; i++) PS->encmap[i] = -1;
    if (!call(PS, K_UnknownEncoding)) return XML_STATUS_ERROR;
    for (int i = 0; i < 256; i++) info->map[i] = PS->encmap[i];
    info->data = NULL; info->convert = NULL; info->release = NULL;
    return XML_STATUS_OK;
}

#undef PS

static void set_handler(xparser *ps, int kind, int on) {
    XML_Parser p = ps->p;
    switch (kind) {
    case K_StartElement: XML_SetStartElementHandler(p, on ? h_start_element : NULL); break;
    case K_EndElement: XML_SetEndElementHandler(p, on ? h_end_element : NULL); break;
    case K_ProcessingInstruction:
        XML_SetProcessingInstructionHandler(p, on ? h_pi : NULL); break;
    case K_CharacterData: XML_SetCharacterDataHandler(p, on ? h_chardata : NULL); break;
    case K_UnparsedEntityDecl: XML_SetUnparsedEntityDeclHandler(p, on ? h_unparsed : NULL); break;
    case K_NotationDecl: XML_SetNotationDeclHandler(p, on ? h_notation : NULL); break;
    case K_StartNamespaceDecl: XML_SetStartNamespaceDeclHandler(p, on ? h_start_ns : NULL); break;
    case K_EndNamespaceDecl: XML_SetEndNamespaceDeclHandler(p, on ? h_end_ns : NULL); break;
    case K_Comment: XML_SetCommentHandler(p, on ? h_comment : NULL); break;
    case K_StartCdataSection:
        XML_SetStartCdataSectionHandler(p, on ? h_start_cdata : NULL); break;
    case K_EndCdataSection: XML_SetEndCdataSectionHandler(p, on ? h_end_cdata : NULL); break;
    case K_Default: XML_SetDefaultHandler(p, on ? h_default : NULL); break;
    case K_DefaultHandlerExpand:
        XML_SetDefaultHandlerExpand(p, on ? h_default_expand : NULL); break;
    case K_NotStandalone: XML_SetNotStandaloneHandler(p, on ? h_not_standalone : NULL); break;
    case K_ExternalEntityRef:
        XML_SetExternalEntityRefHandler(p, on ? h_external_entity_ref : NULL); break;
    case K_StartDoctypeDecl: XML_SetStartDoctypeDeclHandler(p, on ? h_start_doctype : NULL); break;
    case K_EndDoctypeDecl: XML_SetEndDoctypeDeclHandler(p, on ? h_end_doctype : NULL); break;
    case K_EntityDecl: XML_SetEntityDeclHandler(p, on ? h_entity_decl : NULL); break;
    case K_XmlDecl: XML_SetXmlDeclHandler(p, on ? h_xml_decl : NULL); break;
    case K_ElementDecl: XML_SetElementDeclHandler(p, on ? h_element_decl : NULL); break;
    case K_AttlistDecl: XML_SetAttlistDeclHandler(p, on ? h_attlist_decl : NULL); break;
    case K_SkippedEntity: XML_SetSkippedEntityHandler(p, on ? h_skipped : NULL); break;
    }
}

/* ---------------------------------------------------------------- parsers */

static Signed wrap(XML_Parser p) {
    if (p == NULL) return -1;
    xparser *ps = calloc(1, sizeof *ps);
    if (ps == NULL) { XML_ParserFree(p); return -1; }
    ps->p = p;
    Signed h = new_handle(ps);
    if (h < 0) { XML_ParserFree(p); free(ps); return -1; }
    ps->handle = h;
    XML_SetUserData(p, ps);
    XML_SetUnknownEncodingHandler(p, h_unknown_encoding, ps);
    return h;
}

Signed rpy_expat_create(rpy_string *encoding, rpy_string *separator) {
    XML_Parser p;
    if (separator != NULL)
        p = XML_ParserCreateNS(encoding ? encoding->data : NULL,
                               separator->length > 0 ? separator->data[0] : '\0');
    else
        p = XML_ParserCreate(encoding ? encoding->data : NULL);
    return wrap(p);
}

Signed rpy_expat_external_create(Signed h, rpy_string *context, rpy_string *encoding) {
    xparser *parent = get(h);
    if (parent == NULL) return -1;
    Signed c = wrap(XML_ExternalEntityParserCreate(parent->p, context ? context->data : NULL,
                                                   encoding ? encoding->data : NULL));
    if (c >= 0) {   /* the program sets the handlers it wants */
        for (int k = 0; k < K_NHANDLERS; k++) set_handler(parsers[c], k, 0);
        parsers[c]->parent = parent;
        parent->nchildren++;
    }
    return c;
}

static void destroy(xparser *ps) {
    while (ps != NULL && ps->freed && ps->nchildren == 0) {
        xparser *parent = ps->parent;
        XML_ParserFree(ps->p);
        free(ps->strs); free(ps->lens); free(ps->ints);
        free(ps);
        if (parent == NULL) break;
        parent->nchildren--;
        ps = parent;
    }
}

void rpy_expat_free(Signed h) {
    xparser *ps = get(h);
    if (ps == NULL) return;
    parsers[h] = NULL;
    ps->freed = 1;
    destroy(ps);
}

void rpy_expat_set_handler(Signed h, Signed kind, Signed on) {
    xparser *ps = get(h);
    if (ps != NULL && kind >= 0 && kind < K_NHANDLERS) set_handler(ps, (int)kind, (int)on);
}

#define MAX_CHUNK ((Signed)1 << 20)

Signed rpy_expat_parse(Signed h, rpy_string *data, Signed isfinal, rpy_expat_callback cb) {
    xparser *ps = get(h);
    if (ps == NULL) return 0;
    /* the callback may collect: parse from a copy of the data */
    Signed n = data->length;
    char *copy = malloc(n > 0 ? (size_t)n : 1);
    if (copy == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    memcpy(copy, data->data, (size_t)n);
    rpy_expat_callback saved = ps->cb;
    ps->cb = cb;
    const char *s = copy;
    int rc = 1;
    while (n > MAX_CHUNK) {
        rc = XML_Parse(ps->p, s, (int)MAX_CHUNK, 0);
        if (!rc || RPY_EXC()) break;
        s += MAX_CHUNK;
        n -= MAX_CHUNK;
    }
    if (rc && !RPY_EXC())
        rc = XML_Parse(ps->p, s, (int)n, isfinal ? 1 : 0);
    ps->cb = saved;
    free(copy);
    return rc;
}

Signed rpy_expat_set_encoding(Signed h, rpy_string *encoding) {
    xparser *ps = get(h);
    return ps ? XML_SetEncoding(ps->p, encoding->data) : 0;
}

Signed rpy_expat_error_code(Signed h) {
    xparser *ps = get(h);
    return ps ? (Signed)XML_GetErrorCode(ps->p) : 0;
}

Signed rpy_expat_position(Signed h, Signed which) {
    xparser *ps = get(h);
    if (ps == NULL) return 0;
    /* CPython's getters convert to a C long (int for the error's) */
    if (which == 0) return (long)XML_GetCurrentLineNumber(ps->p);
    if (which == 1) return (long)XML_GetCurrentColumnNumber(ps->p);
    return (long)XML_GetCurrentByteIndex(ps->p);
}

rpy_string *rpy_expat_error_string(Signed code) {
    const XML_LChar *s = XML_ErrorString((enum XML_Error)code);
    return s ? rpy_str_from_cstr(s) : NULL;
}

Signed rpy_expat_ev_count(Signed h) { xparser *ps = get(h); return ps ? ps->nstrs : 0; }

Signed rpy_expat_ev_isnull(Signed h, Signed i) {
    xparser *ps = get(h);
    return ps == NULL || i < 0 || i >= ps->nstrs || ps->strs[i] == NULL;
}

rpy_string *rpy_expat_ev_str(Signed h, Signed i) {
    if (rpy_expat_ev_isnull(h, i)) return NULL;
    xparser *ps = get(h);
    return rpy_str_from_utf8(ps->strs[i], ps->lens[i]);
}

Signed rpy_expat_ev_len(Signed h, Signed i) {
    if (rpy_expat_ev_isnull(h, i)) return 0;
    return get(h)->lens[i];
}

Signed rpy_expat_ev_int(Signed h, Signed i) {
    xparser *ps = get(h);
    if (ps == NULL || i < 0 || i >= ps->nints) return 0;
    return ps->ints[i];
}

void rpy_expat_set_encoding_map(Signed h, Signed i, Signed v) {
    xparser *ps = get(h);
    if (ps != NULL && i >= 0 && i < 256) ps->encmap[i] = (int)v;
}

void rpy_expat_set_ns_triplet(Signed h, Signed on) {
    xparser *ps = get(h);
    if (ps) XML_SetReturnNSTriplet(ps->p, (int)on);
}

Signed rpy_expat_set_param_entity_parsing(Signed h, Signed flag) {
    xparser *ps = get(h);
    return ps ? XML_SetParamEntityParsing(ps->p, (enum XML_ParamEntityParsing)flag) : 0;
}

Signed rpy_expat_use_foreign_dtd(Signed h, Signed flag) {
    xparser *ps = get(h);
    return ps ? (Signed)XML_UseForeignDTD(ps->p, flag ? XML_TRUE : XML_FALSE) : 0;
}

Signed rpy_expat_set_base(Signed h, rpy_string *base) {
    xparser *ps = get(h);
    return ps ? XML_SetBase(ps->p, base->data) == XML_STATUS_OK : 0;
}

rpy_string *rpy_expat_get_base(Signed h) {
    xparser *ps = get(h);
    const XML_Char *b = ps ? XML_GetBase(ps->p) : NULL;
    return b ? rpy_str_from_cstr(b) : NULL;
}

rpy_string *rpy_expat_input_context(Signed h) {
    xparser *ps = get(h);
    if (ps == NULL || !ps->in_callback) return NULL;
    int offset, size;
    const char *buf = XML_GetInputContext(ps->p, &offset, &size);
    if (buf == NULL) return NULL;
    return rpy_bytes_from_mem(buf + offset, size - offset);
}

Signed rpy_expat_in_callback(Signed h) {
    xparser *ps = get(h);
    return ps ? ps->in_callback : 0;
}

rpy_string *rpy_expat_version(void) { return rpy_str_from_cstr(XML_ExpatVersion()); }

Signed rpy_expat_version_part(Signed i) {
    XML_Expat_Version v = XML_ExpatVersionInfo();
    return i == 0 ? v.major : i == 1 ? v.minor : v.micro;
}

Signed rpy_expat_feature_count(void) {
    const XML_Feature *f = XML_GetFeatureList();
    Signed n = 0;
    while (f[n].feature != XML_FEATURE_END) n++;
    return n;
}

rpy_string *rpy_expat_feature_name(Signed i) {
    return rpy_str_from_cstr(XML_GetFeatureList()[i].name);
}

Signed rpy_expat_feature_value(Signed i) { return XML_GetFeatureList()[i].value; }
