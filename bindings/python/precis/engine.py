"""The engine: a compiled rule pack, shared by every thread that summarises with it."""

import ctypes
import os

from . import _native


class Engine:
    """One libprecis engine. Thread-safe: share one instance among threads.

    rules: a rule pack directory (default: the pack embedded in the library).
    limits: {"max_input_bytes": n, ...}; dictionary: hunspell directory, "" to disable.
    """

    def __init__(self, rules=None, limits=None, dictionary=None):
        options = {}
        if rules is not None:
            options["rules"] = os.fspath(rules)
        if limits is not None:
            options["limits"] = limits
        if dictionary is not None:
            options["dictionary"] = os.fspath(dictionary)
        lib = _native.lib()
        data, size = _native.encode(options or None)
        diagnostics = _native._RESULT_P()
        handle = lib.precis_engine_new(data, size, ctypes.byref(diagnostics))
        status, document = _native.take(diagnostics) if diagnostics else (0, {})
        if not handle:
            raise _native.PrecisError(status or -7, document)
        self._lib = lib
        self._handle = handle
        self._logger = None
        self.rules = document.get("rules")

    def summarize(self, text, date=None, lede=None, trace=None, options=None):
        """Summarises one article; returns the result document (a dict).

        Raises PrecisError when the library reports an error (the document is attached).
        """
        return _native.take_or_raise(self._call(self._lib.precis_summarize, text,
                                                self._options(date, lede, trace, options)))

    def parse(self, text, options=None):
        """The clause tree of one article, as a dict ("sentences", ...)."""
        return _native.take_or_raise(self._call(self._lib.precis_parse, text, options))

    def reload(self, rules=None):
        """Loads and validates a rule pack, swapping it in only if valid.

        Returns the result document either way: status "ok", or "error" with every problem
        found while the engine keeps its previous rules. rules=None reloads the embedded pack.
        """
        data, size = _native.encode(None if rules is None else os.fspath(rules))
        status, document = _native.take(self._lib.precis_engine_reload(self._live(), data, size))
        if status == 0:
            self.rules = document.get("rules", self.rules)
        return document

    def set_logger(self, callback, min_level=3):
        """Routes library log messages to callback(level, message); None removes it."""
        if callback is None:
            native = ctypes.cast(None, _native.LOG_CALLBACK)
        else:
            def native(_user, level, message, size):
                callback(level, ctypes.string_at(message, size).decode("utf-8", "replace"))
            native = _native.LOG_CALLBACK(native)
        self._lib.precis_engine_set_logger(self._live(), native, None, min_level)
        # The C side holds a pointer to the trampoline: keep it alive as long as it is set.
        self._logger = native

    def close(self):
        """Frees the engine now rather than at garbage collection."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            self._lib.precis_engine_free(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def _live(self):
        if not self._handle:
            raise ValueError("engine is closed")
        return self._handle

    def _call(self, fn, text, options):
        data, size = _native.encode(text)
        if data is None:
            raise TypeError("text must be str or bytes")
        opt, opt_size = _native.encode(options or None)
        return fn(self._live(), data, size, opt, opt_size)

    @staticmethod
    def _options(date, lede, trace, options):
        merged = dict(options or {})
        for key, value in (("date", date), ("lede", lede), ("trace", trace)):
            if value is not None:
                merged[key] = value
        return merged
