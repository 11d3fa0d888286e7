<?php
// PHP host for libprecis over FFI: French news articles to French and English headlines.
//
//   $engine = new Precis\Engine();               // the embedded rule pack
//   $doc = $engine->summarize($text);            // the result document, as an array
//   echo $doc['headline']['fr'], ' / ', $doc['headline']['en'];
//
// Under PHP-FPM the C declarations (ffi.preload) and this class (opcache.preload, preload.php)
// are preloaded once, see README.md, and the declarations are found with FFI::scope('precis');
// elsewhere (CLI, ffi.enable=true) FFI::cdef reads the header.

declare(strict_types=1);

namespace Precis;

/** A call whose result document reports an error; getDocument() holds the whole of it. */
final class PrecisException extends \RuntimeException
{
    private array $document;
    private ?string $errorCode;

    public function __construct(int $status, array $document)
    {
        $error = $document['error'] ?? [];
        $this->document = $document;
        $this->errorCode = $error['code'] ?? null;
        parent::__construct(($error['code'] ?? (string) $status) . ': ' . ($error['message'] ?? ''),
            $status);
    }

    public function getDocument(): array { return $this->document; }
    public function getErrorCode(): ?string { return $this->errorCode; }
}

final class Engine
{
    /** FFI scope name, the FFI_SCOPE of precis.ffi.h (ffi.preload). */
    public const SCOPE = 'precis';

    private static ?\FFI $shared = null;
    private \FFI $ffi;
    /** @var \FFI\CData|null precis_engine* */
    private $handle;
    private ?array $rules;

    /**
     * $options: ['rules' => dir, 'limits' => [...], 'dictionary' => dir], all optional.
     * @throws PrecisException when the engine cannot be created (e.g. an invalid pack).
     */
    public function __construct(array $options = [], ?\FFI $ffi = null)
    {
        $this->ffi = $ffi ?? self::ffi();
        $json = $options ? json_encode($options, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE) : null;
        $diagnostics = $this->ffi->new('precis_result*');
        $handle = $this->ffi->precis_engine_new($json, $json === null ? 0 : strlen($json),
            \FFI::addr($diagnostics));
        [$status, $document] = self::isNull($diagnostics) ? [0, []] : $this->take($diagnostics);
        if (self::isNull($handle)) {
            throw new PrecisException($status ?: -7, $document);
        }
        $this->handle = $handle;
        $this->rules = $document['rules'] ?? null;
    }

    public function __destruct()
    {
        $this->close();
    }

    /** Frees the engine now rather than at the end of the request. */
    public function close(): void
    {
        if ($this->handle !== null) {
            $this->ffi->precis_engine_free($this->handle);
            $this->handle = null;
        }
    }

    /**
     * Summarises one article. $options: ['date' => 'YYYY-MM-DD', 'lede' => ..., 'trace' => bool].
     * @throws PrecisException when the library reports an error.
     */
    public function summarize(string $text, array $options = []): array
    {
        return $this->takeOrThrow($this->ffi->precis_summarize($this->live(), $text, strlen($text),
            ...self::encode($options)));
    }

    /** The clause tree of one article. @throws PrecisException */
    public function parse(string $text, array $options = []): array
    {
        return $this->takeOrThrow($this->ffi->precis_parse($this->live(), $text, strlen($text),
            ...self::encode($options)));
    }

    /**
     * Loads a rule pack (null: the embedded one), swapping it in only if valid. Returns the
     * document either way: status "ok", or "error" with every problem while the old rules stay.
     */
    public function reload(?string $rulesDir = null): array
    {
        [$status, $document] = $this->take($this->ffi->precis_engine_reload($this->live(),
            $rulesDir, $rulesDir === null ? 0 : strlen($rulesDir)));
        if ($status === 0 && isset($document['rules'])) {
            $this->rules = $document['rules'];
        }
        return $document;
    }

    /** The loaded pack: ['pack' => ..., 'version' => ..., 'digest' => ...]. */
    public function rules(): ?array { return $this->rules; }

    public static function version(): string { return self::ffi()->precis_version(); }
    public static function abiVersion(): int { return self::ffi()->precis_abi_version(); }

    /** Validates a rule pack without loading it. */
    public static function rulesCheck(string $rulesDir): array
    {
        $ffi = self::ffi();
        $result = $ffi->precis_rules_check($rulesDir, strlen($rulesDir));
        return self::takeWith($ffi, $result)[1];
    }

    /**
     * The FFI instance: the preloaded scope when there is one, otherwise the header read with
     * FFI::cdef. PRECIS_HEADER and PRECIS_LIBRARY (environment) override where they are found.
     */
    public static function ffi(): \FFI
    {
        if (self::$shared === null) {
            try {
                self::$shared = \FFI::scope(self::SCOPE);
            } catch (\FFI\Exception $e) {
                self::$shared = \FFI::cdef(file_get_contents(self::headerPath()), self::libraryPath());
            }
        }
        return self::$shared;
    }

    public static function headerPath(): string
    {
        $candidates = [getenv('PRECIS_HEADER') ?: null,
            __DIR__ . '/../../../sdk/include/precis/precis.h',  // a source checkout
            __DIR__ . '/../../../../include/precis/precis.h',   // installed: share/precis/php/src
            '/usr/include/precis/precis.h', '/usr/local/include/precis/precis.h'];
        foreach ($candidates as $path) {
            if ($path !== null && is_file($path)) {
                return $path;
            }
        }
        throw new \RuntimeException('precis.h not found: set PRECIS_HEADER');
    }

    public static function libraryPath(): string
    {
        return getenv('PRECIS_LIBRARY') ?: 'libprecis.so.0';
    }

    private function live()
    {
        if ($this->handle === null) {
            throw new \LogicException('engine is closed');
        }
        return $this->handle;
    }

    private function takeOrThrow($result): array
    {
        [$status, $document] = $this->take($result);
        if ($status !== 0) {
            throw new PrecisException($status, $document);
        }
        return $document;
    }

    /** Reads and frees a result: [status, document]. */
    private function take($result): array
    {
        return self::takeWith($this->ffi, $result);
    }

    private static function takeWith(\FFI $ffi, $result): array
    {
        if (self::isNull($result)) {
            throw new \RuntimeException('libprecis returned no result');
        }
        try {
            $document = json_decode($ffi->precis_result_json($result, null), true, 512,
                JSON_THROW_ON_ERROR);
            return [$ffi->precis_result_status($result), $document];
        } finally {
            $ffi->precis_result_free($result);
        }
    }

    /** Call options as the C side takes them: [json or null, length]. */
    private static function encode(array $options): array
    {
        if (!$options) {
            return [null, 0];
        }
        $json = json_encode($options, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
        return [$json, strlen($json)];
    }

    private static function isNull($pointer): bool
    {
        return $pointer === null || \FFI::isNull($pointer);
    }
}
