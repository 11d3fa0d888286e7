/* A C host that knows only the header: it loads libprecis.so with dlopen, as PHP, Python
 * and Node do, and summarises the article given on the command line. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis/precis.h"

static int failures = 0, passes = 0;

static void check(int ok, const char *what) {
    if (ok) {
        ++passes;
    } else {
        ++failures;
        fprintf(stderr, "FAILED: %s\n", what);
    }
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    fclose(f);
    return buf;
}

/* POSIX blesses this form of storing dlsym's result in a function pointer. */
#define LOAD(name) \
    name##_fn name;  \
    *(void **)(&name) = dlsym(lib, #name)

typedef int32_t (*precis_abi_version_fn)(void);
typedef const char *(*precis_version_fn)(void);
typedef precis_engine *(*precis_engine_new_fn)(const char *, size_t, precis_result **);
typedef void (*precis_engine_free_fn)(precis_engine *);
typedef precis_result *(*precis_summarize_fn)(precis_engine *, const char *, size_t, const char *,
                                              size_t);
typedef precis_result *(*precis_engine_reload_fn)(precis_engine *, const char *, size_t);
typedef int32_t (*precis_result_status_fn)(const precis_result *);
typedef const char *(*precis_result_json_fn)(const precis_result *, size_t *);
typedef void (*precis_result_free_fn)(precis_result *);

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: c_host LIBPRECIS ARTICLE\n");
        return 2;
    }
    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 2;
    }
    LOAD(precis_abi_version);
    LOAD(precis_version);
    LOAD(precis_engine_new);
    LOAD(precis_engine_free);
    LOAD(precis_summarize);
    LOAD(precis_engine_reload);
    LOAD(precis_result_status);
    LOAD(precis_result_json);
    LOAD(precis_result_free);
    check(precis_abi_version && precis_version && precis_engine_new && precis_engine_free &&
              precis_summarize && precis_engine_reload && precis_result_status &&
              precis_result_json && precis_result_free,
          "every function of the header resolves");
    if (failures) return 1;

    check(precis_abi_version() >= 1, "abi version");
    check(strchr(precis_version(), '.') != NULL, "version string");

    precis_result *diag = NULL;
    precis_engine *e = precis_engine_new(NULL, 0, &diag);
    check(e != NULL, "engine with the embedded pack");
    check(diag != NULL && precis_result_status(diag) == PRECIS_OK, "diagnostics say ok");
    precis_result_free(diag);

    size_t len = 0;
    char *text = read_file(argv[2], &len);
    check(text != NULL, "article readable");
    precis_result *r = precis_summarize(e, text, len, NULL, 0);
    size_t json_len = 0;
    const char *json = precis_result_json(r, &json_len);
    check(precis_result_status(r) == PRECIS_OK, "summarize ok");
    check(json != NULL && json_len == strlen(json), "json length matches");
    check(json != NULL && strstr(json, "\"schema\":1") != NULL, "schema 1");
    check(json != NULL && strstr(json, "\"headline\"") != NULL, "has headline");
    precis_result_free(r);

    /* Bad input travels inside the result, never as a crash. */
    r = precis_summarize(e, "\xff\xfe", 2, NULL, 0);
    check(precis_result_status(r) == PRECIS_INVALID_UTF8, "invalid utf-8 reported");
    precis_result_free(r);
    r = precis_summarize(NULL, "x", 1, NULL, 0);
    check(precis_result_status(r) == PRECIS_INVALID_ARGUMENT, "NULL engine reported");
    precis_result_free(r);
    r = precis_engine_reload(e, "/nonexistent/pack", 17);
    check(precis_result_status(r) == PRECIS_RULES_INVALID, "missing pack refused");
    precis_result_free(r);
    r = precis_summarize(e, text, len, NULL, 0);
    check(precis_result_status(r) == PRECIS_OK, "still summarising after a refused reload");
    precis_result_free(r);

    precis_result_free(NULL);
    precis_engine_free(NULL);
    precis_engine_free(e);
    free(text);
    dlclose(lib);
    printf("%d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}
