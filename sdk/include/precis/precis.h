/*
 * precis — French news to French and English headline summaries.
 *
 * The plain C interface of libprecis.so. Hosts: C, C++ (include <precis/precis.hpp>, which
 * wraps this file in extern "C"), PHP FFI::cdef (this file as is), Python ctypes, Node koffi.
 *
 * This header holds declarations only: no macros to expand, no inline code, no attributes.
 * Preprocessor lines are limited to the include guard and the two standard includes, which
 * foreign-function parsers skip.
 *
 * Conventions, for every function below:
 * - Text is UTF-8, passed as pointer + byte length; nothing relies on a terminating NUL.
 *   Strings returned by the library are NUL-terminated as a convenience and their length is
 *   reported as well.
 * - What the library allocates, the library frees: results with precis_result_free, engines
 *   with precis_engine_free. Both accept NULL.
 * - Errors travel inside the returned result (status + JSON document), never in a global or
 *   thread-local "last error". No function writes to stdout or stderr, starts a thread, or
 *   lets an exception escape.
 * - [thread-safe] means any thread may call the function at any time, concurrently with
 *   other calls on the same engine, reload included.
 */
#ifndef PRECIS_PRECIS_H
#define PRECIS_PRECIS_H

#include <stddef.h>
#include <stdint.h>

/* An engine: a compiled rule pack plus the lexical resources. Opaque. */
typedef struct precis_engine precis_engine;

/* The outcome of one call: a status code and a JSON document (schema 1). Opaque. */
typedef struct precis_result precis_result;

/*
 * Status codes returned by precis_result_status. The JSON document's "error.code" carries
 * the same information as a string ("invalid_utf8", "input_too_large", ...).
 *   0  ok
 *  -1  invalid_argument     a NULL pointer, bad options JSON, unknown option
 *  -2  invalid_utf8         the input is not UTF-8; error.offset gives the byte offset
 *  -3  input_too_large      the input exceeds the engine's max_input_bytes
 *  -4  rules_invalid        a rule pack failed validation; the document lists diagnostics
 *  -5  limit_exceeded       a work, sentence-length or nesting limit was reached
 *  -6  out_of_memory        an allocation failed inside the library
 *  -7  internal             any other failure inside the library
 */
typedef enum precis_status {
    PRECIS_OK = 0,
    PRECIS_INVALID_ARGUMENT = -1,
    PRECIS_INVALID_UTF8 = -2,
    PRECIS_INPUT_TOO_LARGE = -3,
    PRECIS_RULES_INVALID = -4,
    PRECIS_LIMIT_EXCEEDED = -5,
    PRECIS_OUT_OF_MEMORY = -6,
    PRECIS_INTERNAL = -7
} precis_status;

/*
 * The version of this interface. Grows when functions are added; a host built against
 * version N works with any library reporting N or more.
 * Returns a plain integer. [thread-safe]
 */
int32_t precis_abi_version(void);

/*
 * The library version as "MAJOR.MINOR.PATCH".
 * Returns a static string owned by the library; never free it. [thread-safe]
 */
const char *precis_version(void);

/*
 * Creates an engine.
 * options_json / len: a JSON object, or NULL / 0 for defaults. Keys:
 *   "rules": directory of a rule pack; without it the pack embedded in the library is used.
 *   "limits": {"max_input_bytes": n, "max_sentence_bytes": n, "max_nesting": n,
 *              "max_sentences": n} (each optional).
 *   "dictionary": directory holding fr_FR.aff/.dic, read with hunspell at run time, for
 *              part-of-speech tags (the hunspell shared library is loaded then; without it
 *              the engine has no part-of-speech lookup, as with ""). Default: the lexicon compiled into the library from the
 *              system's hunspell-fr at build time (or, in a build without it, the system
 *              hunspell directory when present). "" disables part-of-speech lookup.
 * diagnostics: if not NULL, receives a result describing the outcome (status 0 and the
 *   loaded pack on success; the problems found otherwise). The caller frees it with
 *   precis_result_free. It is set on success too.
 * Returns a new engine owned by the caller (free with precis_engine_free), or NULL when the
 * engine could not be created (the reason is in *diagnostics). [thread-safe]
 */
precis_engine *precis_engine_new(const char *options_json, size_t len,
                                 precis_result **diagnostics);

/*
 * Frees an engine. NULL is a no-op. No other call may use the engine during or after this
 * call; results obtained from it stay valid. [thread-safe with respect to other engines]
 */
void precis_engine_free(precis_engine *e);

/*
 * Summarises one article.
 * utf8 / len: the article, UTF-8, paragraphs separated by newlines.
 * options_json / options_len: a JSON object or NULL / 0. Keys: "date" ("YYYY-MM-DD",
 *   anchors relative dates such as "jeudi"), "trace" (boolean, default true).
 * Returns a result owned by the caller (free with precis_result_free); never NULL except
 * when memory for the result itself cannot be had. [thread-safe]
 */
precis_result *precis_summarize(precis_engine *e, const char *utf8, size_t len,
                                const char *options_json, size_t options_len);

/*
 * Parses one article into its clause tree without summarising it.
 * Same arguments as precis_summarize; the result document holds "sentences" (each with its
 * span, read quality "full" / "partial" / "chunks", and clauses) instead of headlines.
 * Returns a result owned by the caller. [thread-safe]
 */
precis_result *precis_parse(precis_engine *e, const char *utf8, size_t len,
                            const char *options_json, size_t options_len);

/*
 * Loads the rule pack in rules_dir (len bytes, not NUL-terminated necessarily), validates it
 * whole and, only if it is valid, swaps it in atomically. Summaries already running finish
 * on the rules they started with. A pack that fails leaves the engine on its previous rules;
 * the result then has status PRECIS_RULES_INVALID and lists every problem found.
 * rules_dir NULL or len 0 reloads the embedded default pack.
 * Returns a result owned by the caller. [thread-safe]
 */
precis_result *precis_engine_reload(precis_engine *e, const char *rules_dir, size_t len);

/*
 * Reloads the engine's rule directory only if a file in it changed since the last load
 * (modification time and size of every file, no file watching, no thread).
 * Returns NULL when nothing changed (or the engine runs on the embedded pack), otherwise a
 * result as precis_engine_reload returns it, owned by the caller. [thread-safe]
 */
precis_result *precis_engine_reload_if_changed(precis_engine *e);

/*
 * Validates a rule pack without loading it into any engine: the result lists every problem
 * with file, line and column. Returns a result owned by the caller. [thread-safe]
 */
precis_result *precis_rules_check(const char *rules_dir, size_t len);

/*
 * The status of a result: one of precis_status. NULL gives PRECIS_INVALID_ARGUMENT.
 * [thread-safe]
 */
int32_t precis_result_status(const precis_result *r);

/*
 * The result document, JSON, UTF-8, NUL-terminated. If len is not NULL it receives the
 * length in bytes without the NUL. The pointer is owned by the result and valid until
 * precis_result_free. NULL r gives NULL. [thread-safe]
 */
const char *precis_result_json(const precis_result *r, size_t *len);

/*
 * Frees a result. NULL is a no-op. [thread-safe]
 */
void precis_result_free(precis_result *r);

/*
 * Log levels for precis_log_callback: 0 trace, 1 debug, 2 info, 3 warn, 4 error.
 */
typedef void (*precis_log_callback)(void *user, int32_t level, const char *message,
                                    size_t len);

/*
 * Routes the engine's log messages to a host callback (NULL removes it) and sets the
 * minimum level. The message is valid only during the callback. The callback may be called
 * from any thread that uses the engine and must not call back into the engine.
 * The library never logs anywhere else. [thread-safe]
 */
void precis_engine_set_logger(precis_engine *e, precis_log_callback cb, void *user,
                              int32_t min_level);

#endif
