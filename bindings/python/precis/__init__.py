"""Python host for libprecis: French news articles to French and English headline summaries.

    import precis
    engine = precis.Engine()
    result = engine.summarize(text)
    print(result["headline"]["fr"], result["headline"]["en"])

The library is found through the environment variable PRECIS_LIBRARY (a path to
libprecis.so), then beside this package, then on the system (libprecis.so.0). Calls go through
ctypes, which releases the GIL while the library works, so one engine serves many threads.
"""

from ._native import PrecisError, abi_version, library_path, rules_check, version
from .engine import Engine

__all__ = ["Engine", "PrecisError", "abi_version", "library_path", "rules_check", "version"]
