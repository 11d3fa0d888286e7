'use strict';
// Node host for libprecis over koffi: French news articles to French and English headlines.
//
//   const precis = require('precis');
//   const engine = new precis.Engine();
//   const doc = engine.summarize(text);               // synchronous
//   const same = await engine.summarizeAsync(text);   // on a koffi worker thread
//
// The library is found through PRECIS_LIBRARY (a path), then beside this file, then on the
// system (libprecis.so.0). Results are freed by the library as soon as their JSON is read.

const fs = require('node:fs');
const path = require('node:path');
const koffi = require('koffi');

function libraryPath() {
    if (process.env.PRECIS_LIBRARY) return process.env.PRECIS_LIBRARY;
    for (const name of ['libprecis.so', 'libprecis.so.0']) {
        const beside = path.join(__dirname, name);
        if (fs.existsSync(beside)) return beside;
    }
    return 'libprecis.so.0';
}

const lib = koffi.load(libraryPath());
koffi.opaque('precis_engine');
koffi.opaque('precis_result');

// Text goes in as bytes + length (Buffers), never relying on a NUL, as the header asks.
const c = {
    abiVersion: lib.func('int32_t precis_abi_version(void)'),
    version: lib.func('const char *precis_version(void)'),
    engineNew: lib.func('precis_engine *precis_engine_new(const uint8_t *options_json, size_t len, ' +
                        '_Out_ precis_result **diagnostics)'),
    engineFree: lib.func('void precis_engine_free(precis_engine *e)'),
    summarize: lib.func('precis_result *precis_summarize(precis_engine *e, const uint8_t *utf8, ' +
                        'size_t len, const uint8_t *options_json, size_t options_len)'),
    parse: lib.func('precis_result *precis_parse(precis_engine *e, const uint8_t *utf8, ' +
                    'size_t len, const uint8_t *options_json, size_t options_len)'),
    reload: lib.func('precis_result *precis_engine_reload(precis_engine *e, ' +
                     'const uint8_t *rules_dir, size_t len)'),
    rulesCheck: lib.func('precis_result *precis_rules_check(const uint8_t *rules_dir, size_t len)'),
    resultStatus: lib.func('int32_t precis_result_status(const precis_result *r)'),
    resultJson: lib.func('const char *precis_result_json(const precis_result *r, size_t *len)'),
    resultFree: lib.func('void precis_result_free(precis_result *r)'),
};

/** A call whose result document reports an error; `document` holds the whole of it. */
class PrecisError extends Error {
    constructor(status, document) {
        const error = (document && document.error) || {};
        super(`${error.code || status}: ${error.message || ''}`);
        this.name = 'PrecisError';
        this.status = status;
        this.code = error.code;
        this.document = document;
    }
}

function bytes(value) {
    if (value === undefined || value === null) return [null, 0];
    if (Buffer.isBuffer(value)) return [value, value.length];
    if (typeof value === 'object') value = JSON.stringify(value);
    if (typeof value !== 'string') throw new TypeError('expected a string, Buffer or object');
    const buffer = Buffer.from(value, 'utf8');
    return [buffer, buffer.length];
}

/** Reads and frees a result: { status, document }. */
function take(result) {
    if (result === null) throw new Error('libprecis returned no result');
    try {
        return { status: c.resultStatus(result), document: JSON.parse(c.resultJson(result, null)) };
    } finally {
        c.resultFree(result);
    }
}

function takeOrThrow(result) {
    const { status, document } = take(result);
    if (status !== 0) throw new PrecisError(status, document);
    return document;
}

// Runs fn.async and resolves with its raw return value.
function callAsync(fn, args) {
    return new Promise((resolve, reject) => {
        fn.async(...args, (err, value) => (err ? reject(err) : resolve(value)));
    });
}

// Engines not closed explicitly are freed when collected.
const collected = new FinalizationRegistry((handle) => c.engineFree(handle));

/** One engine; thread-safe on the C side, so async calls may overlap freely. */
class Engine {
    /** options: { rules: dir, limits: {...}, dictionary: dir } (all optional). */
    constructor(options = {}) {
        const [opt, optLength] = bytes(Object.keys(options).length ? options : null);
        const diagnostics = [null];
        const handle = c.engineNew(opt, optLength, diagnostics);
        const { status, document } = diagnostics[0] ? take(diagnostics[0]) : { status: 0, document: {} };
        if (handle === null) throw new PrecisError(status || -7, document);
        this.rules = document.rules;
        this._handle = handle;
        this._pending = 0;
        this._closing = false;
        collected.register(this, handle, this);
    }

    summarize(text, options) { return takeOrThrow(this._call(c.summarize, text, options)); }
    parse(text, options) { return takeOrThrow(this._call(c.parse, text, options)); }

    async summarizeAsync(text, options) {
        return takeOrThrow(await this._callAsync(c.summarize, text, options));
    }
    async parseAsync(text, options) {
        return takeOrThrow(await this._callAsync(c.parse, text, options));
    }

    /**
     * Loads a rule pack (undefined: the embedded one) and swaps it in only if valid. Returns the
     * document either way: "ok", or "error" with every problem while the old rules stay.
     */
    reload(rulesDir) { return this._reloaded(take(c.reload(this._live(), ...bytes(rulesDir)))); }
    async reloadAsync(rulesDir) {
        const [dir, length] = bytes(rulesDir);
        return this._reloaded(take(await this._track(callAsync(c.reload, [this._live(), dir, length]))));
    }

    /** Frees the engine once the asynchronous calls still running have finished. */
    close() {
        if (this._handle === null || this._closing) return;
        this._closing = true;
        collected.unregister(this);
        if (this._pending === 0) this._free();
    }

    _reloaded({ status, document }) {
        if (status === 0 && document.rules) this.rules = document.rules;
        return document;
    }

    _live() {
        if (this._handle === null || this._closing) throw new Error('engine is closed');
        return this._handle;
    }

    _call(fn, text, options) {
        const [data, length] = bytes(text);
        if (data === null) throw new TypeError('text must be a string or a Buffer');
        const [opt, optLength] = bytes(options);
        return fn(this._live(), data, length, opt, optLength);
    }

    _callAsync(fn, text, options) {
        const [data, length] = bytes(text);
        if (data === null) throw new TypeError('text must be a string or a Buffer');
        const [opt, optLength] = bytes(options);
        // The Buffers stay referenced by this closure until the worker thread is done.
        return this._track(callAsync(fn, [this._live(), data, length, opt, optLength]));
    }

    async _track(promise) {
        this._pending += 1;
        try {
            return await promise;
        } finally {
            this._pending -= 1;
            if (this._closing && this._pending === 0) this._free();
        }
    }

    _free() {
        const handle = this._handle;
        this._handle = null;
        c.engineFree(handle);
    }
}

module.exports = {
    Engine,
    PrecisError,
    version: () => c.version(),
    abiVersion: () => c.abiVersion(),
    rulesCheck: (rulesDir) => take(c.rulesCheck(...bytes(rulesDir))).document,
    libraryPath,
};
