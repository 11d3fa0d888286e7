"""ctypes declarations of the C interface (sdk/include/precis/precis.h) and result handling."""

import ctypes
import ctypes.util
import json
import os
import threading

_SONAME = "libprecis.so.0"


class PrecisError(Exception):
    """A call that returned an error document: status code, error code and the document."""

    def __init__(self, status, document):
        error = document.get("error") or {}
        super().__init__("{}: {}".format(error.get("code", status), error.get("message", "")))
        self.status = status
        self.code = error.get("code")
        self.document = document


class _Engine(ctypes.Structure):
    pass


class _Result(ctypes.Structure):
    pass


_ENGINE_P = ctypes.POINTER(_Engine)
_RESULT_P = ctypes.POINTER(_Result)

LOG_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p,
                                ctypes.c_size_t)


def _candidates():
    env = os.environ.get("PRECIS_LIBRARY")
    if env:
        # An explicit choice is never second-guessed: if it is wrong, loading fails loudly.
        return [env]
    here = os.path.dirname(os.path.abspath(__file__))
    found = [os.path.join(here, name) for name in ("libprecis.so", _SONAME)]
    found = [path for path in found if os.path.exists(path)]
    system = ctypes.util.find_library("precis")
    return found + [system or _SONAME]


def _declare(lib):
    c = ctypes
    table = {
        "precis_abi_version": (c.c_int32, []),
        "precis_version": (c.c_char_p, []),
        "precis_engine_new": (_ENGINE_P, [c.c_char_p, c.c_size_t, c.POINTER(_RESULT_P)]),
        "precis_engine_free": (None, [_ENGINE_P]),
        "precis_summarize": (_RESULT_P, [_ENGINE_P, c.c_char_p, c.c_size_t, c.c_char_p,
                                         c.c_size_t]),
        "precis_parse": (_RESULT_P, [_ENGINE_P, c.c_char_p, c.c_size_t, c.c_char_p, c.c_size_t]),
        "precis_engine_reload": (_RESULT_P, [_ENGINE_P, c.c_char_p, c.c_size_t]),
        "precis_engine_reload_if_changed": (_RESULT_P, [_ENGINE_P]),
        "precis_rules_check": (_RESULT_P, [c.c_char_p, c.c_size_t]),
        "precis_result_status": (c.c_int32, [_RESULT_P]),
        "precis_result_json": (c.c_void_p, [_RESULT_P, c.POINTER(c.c_size_t)]),
        "precis_result_free": (None, [_RESULT_P]),
        "precis_engine_set_logger": (None, [_ENGINE_P, LOG_CALLBACK, c.c_void_p, c.c_int32]),
    }
    for name, (restype, argtypes) in table.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


_lib = None
_lib_path = None
_lib_lock = threading.Lock()


def lib():
    """The loaded library, loaded on first use."""
    global _lib, _lib_path
    with _lib_lock:
        if _lib is None:
            errors = []
            for path in _candidates():
                try:
                    # CDLL (not PyDLL): the GIL is released during every call.
                    _lib = _declare(ctypes.CDLL(path))
                    _lib_path = path
                    break
                except OSError as e:
                    errors.append(str(e))
            if _lib is None:
                raise OSError("libprecis not found (set PRECIS_LIBRARY): " + "; ".join(errors))
        return _lib


def library_path():
    """The path or name the library was loaded from."""
    lib()
    return _lib_path


def take(result):
    """Turns a result handle into (status, document) and frees the handle."""
    if not result:
        raise MemoryError("libprecis returned no result")
    try:
        size = ctypes.c_size_t(0)
        data = lib().precis_result_json(result, ctypes.byref(size))
        status = lib().precis_result_status(result)
        return status, json.loads(ctypes.string_at(data, size.value).decode("utf-8"))
    finally:
        lib().precis_result_free(result)


def take_or_raise(result):
    status, document = take(result)
    if status != 0:
        raise PrecisError(status, document)
    return document


def encode(value):
    """Text or options for the C side: UTF-8 bytes (or None) and their length."""
    if value is None:
        return None, 0
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        value = value.encode("utf-8")
    return value, len(value)


def version():
    """The library version, "MAJOR.MINOR.PATCH"."""
    return lib().precis_version().decode("ascii")


def abi_version():
    """The C interface version the library implements."""
    return lib().precis_abi_version()


def rules_check(rules_dir):
    """Validates a rule pack without loading it: the result document, problems listed."""
    data, size = encode(os.fspath(rules_dir))
    return take(lib().precis_rules_check(data, size))[1]
