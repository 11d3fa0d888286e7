<?php
// opcache.preload script for PHP-FPM (see README.md). Under ffi.enable=preload, PHP lets only
// code compiled during preloading call FFI; compiling Precis\Engine here makes its calls
// allowed in every request, while request code itself stays barred from FFI.

declare(strict_types=1);

require_once __DIR__ . '/src/Engine.php';
