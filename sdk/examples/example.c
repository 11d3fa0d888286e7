/*
 * The smallest complete host: reads an article (a file, or standard input), summarises it
 * with the embedded rule pack (or the pack given with -r DIR), prints the result document.
 *
 *   precis_example [-r RULES_DIR] [FILE]
 *
 * Exit status: 0 when the library reports status 0, 1 on a library error (the document is
 * still printed), 2 when the input cannot be read.
 */
#include <precis/precis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole stream; the caller frees *out. */
static int read_all(FILE *in, char **out, size_t *len) {
    size_t cap = 1 << 16, used = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        used += fread(buf + used, 1, cap - used, in);
        if (used < cap) break;
        char *bigger = realloc(buf, cap * 2);
        if (bigger == NULL) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf == NULL || ferror(in)) {
        free(buf);
        return -1;
    }
    *out = buf;
    *len = used;
    return 0;
}

/* Prints a result document and frees the result; returns its status. */
static int32_t print_and_free(precis_result *r) {
    size_t len = 0;
    const char *json = precis_result_json(r, &len);
    int32_t status = precis_result_status(r);
    if (json != NULL) {
        fwrite(json, 1, len, stdout);
        fputc('\n', stdout);
    }
    precis_result_free(r);
    return status;
}

int main(int argc, char **argv) {
    const char *rules = NULL;
    const char *path = NULL;
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "-r") == 0 && i + 1 < argc) {
            rules = argv[++i];
        } else {
            path = argv[i];
        }
    }

    FILE *in = path != NULL && strcmp(path, "-") != 0 ? fopen(path, "rb") : stdin;
    char *text = NULL;
    size_t text_len = 0;
    if (in == NULL || read_all(in, &text, &text_len) != 0) {
        fprintf(stderr, "precis_example: cannot read %s\n", path != NULL ? path : "stdin");
        return 2;
    }
    if (in != stdin) fclose(in);

    fprintf(stderr, "libprecis %s, ABI %d\n", precis_version(), (int)precis_abi_version());

    /* Options are JSON; a real host would use its JSON library to escape the path. */
    char options[4096] = "";
    if (rules != NULL) snprintf(options, sizeof options, "{\"rules\": \"%s\"}", rules);

    precis_result *diagnostics = NULL;
    precis_engine *engine =
        precis_engine_new(rules != NULL ? options : NULL, strlen(options), &diagnostics);
    if (engine == NULL) {
        print_and_free(diagnostics);
        free(text);
        return 1;
    }
    precis_result_free(diagnostics);

    int32_t status = print_and_free(precis_summarize(engine, text, text_len, NULL, 0));
    precis_engine_free(engine);
    free(text);
    return status == PRECIS_OK ? 0 : 1;
}
