<?php
// Tests of the PHP host against the built library.
//   php -d ffi.enable=true tests/engine_test.php SAMPLE RULES_DIR BROKEN_RULES_DIR [preload]
// BROKEN_RULES_DIR is a copy of the pack with one YAML file broken (tests/hosts/broken_pack.cmake).
// With "preload" the declarations must come from FFI::scope (opcache.preload=preload.php).
// Prints "N passed, N failed"; exits non-zero on any failure.

declare(strict_types=1);

require_once __DIR__ . '/../src/Engine.php';

use Precis\Engine;
use Precis\PrecisException;

[$sample, $rules, $broken, $mode] = [$argv[1] ?? 'data/sample.txt',
    $argv[2] ?? 'rules/packs/fr-news', $argv[3] ?? 'build/release/tests/broken-pack',
    $argv[4] ?? 'cdef'];
$text = file_get_contents($sample);
$passed = 0;
$failed = 0;

function check(string $name, callable $body): void
{
    global $passed, $failed;
    try {
        $body();
        ++$passed;
        echo "ok - $name\n";
    } catch (Throwable $e) {
        ++$failed;
        echo "not ok - $name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

function expect(bool $condition, string $what): void
{
    if (!$condition) {
        throw new RuntimeException("expected $what");
    }
}

check('declarations come from the expected place', function () use ($mode) {
    $scoped = true;
    try {
        FFI::scope(Engine::SCOPE);
    } catch (FFI\Exception $e) {
        $scoped = false;
    }
    expect($scoped === ($mode === 'preload'), "FFI::scope available only in preload mode ($mode)");
});

check('version', function () {
    expect((bool) preg_match('/^\d+\.\d+\.\d+$/', Engine::version()), 'a semantic version');
    expect(Engine::abiVersion() >= 1, 'ABI version >= 1');
});

check('summarize the sample: status ok, FR and EN headlines', function () use ($text) {
    $engine = new Engine();
    $doc = $engine->summarize($text, ['date' => '2025-10-23']);
    expect($doc['status'] === 'ok', 'status ok');
    expect(trim($doc['headline']['fr']) !== '', 'a French headline');
    expect(trim($doc['headline']['en']) !== '', 'an English headline');
    expect(is_array($doc['summary']['fr']), 'a French summary list');
    echo '# ', $doc['headline']['fr'], ' | ', $doc['headline']['en'], "\n";
});

check('invalid UTF-8 throws with the document', function () {
    $engine = new Engine();
    try {
        $engine->summarize("Le ministre \xff a parl\xe9.");
    } catch (PrecisException $e) {
        expect($e->getErrorCode() === 'invalid_utf8', 'error code invalid_utf8');
        expect($e->getDocument()['status'] === 'error', 'an error document');
        return;
    }
    throw new RuntimeException('no exception');
});

check('parse gives sentences', function () use ($text) {
    $doc = (new Engine())->parse($text);
    expect(count($doc['sentences']) > 0, 'sentences');
});

check('reload: good pack taken, bad pack refused, old rules kept', function () use ($text, $rules, $broken) {
    $engine = new Engine(['rules' => $rules]);
    $before = $engine->summarize($text)['headline'];
    expect($engine->reload($rules)['status'] === 'ok', 'good pack accepted');
    $refused = $engine->reload($broken);
    expect($refused['status'] === 'error' && $refused['error']['code'] === 'rules_invalid',
        'bad pack refused with rules_invalid');
    expect($engine->summarize($text)['headline'] === $before, 'the previous rules kept');
    expect(Engine::rulesCheck($broken)['status'] === 'error', 'rules check fails');
});

check('a bad pack at creation throws', function () use ($broken) {
    try {
        new Engine(['rules' => $broken]);
    } catch (PrecisException $e) {
        expect($e->getErrorCode() === 'rules_invalid', 'rules_invalid');
        return;
    }
    throw new RuntimeException('no exception');
});

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
