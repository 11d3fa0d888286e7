<?php
// Reaching libprecis: FFI in this process when PHP allows it, `precis serve` over HTTP otherwise.

declare(strict_types=1);

if (!defined('ABSPATH')) {
    exit;
}

/** A summary that could not be computed; the message is stored and shown in the editor. */
final class Precis_Unavailable extends RuntimeException
{
}

/**
 * Summarises one article: ['backend' => 'ffi'|'http', 'document' => result document].
 * @throws Precis_Unavailable when neither backend answers with a document.
 */
function precis_summarize_text(string $text, array $options): array
{
    $engine = precis_ffi_engine();
    if ($engine !== null) {
        try {
            return ['backend' => 'ffi', 'document' => $engine->summarize($text, $options)];
        } catch (Precis\PrecisException $e) {
            // The library's verdict on this text: no point asking the service the same.
            return ['backend' => 'ffi', 'document' => $e->getDocument()];
        }
    }
    return ['backend' => 'http', 'document' => precis_http_summarize($text, $options)];
}

/**
 * One engine per PHP request, created on first use; null when FFI is not usable here
 * (extension missing, ffi.enable off, no preloaded scope, class or library not found).
 */
function precis_ffi_engine(): ?Precis\Engine
{
    static $engine = false;
    if ($engine !== false) {
        return $engine;
    }
    $engine = null;
    if (!extension_loaded('ffi') || !apply_filters('precis_use_ffi', true)) {
        return null;
    }
    $class_file = defined('PRECIS_PHP_CLASS') ? PRECIS_PHP_CLASS : '/usr/share/precis/php/src/Engine.php';
    if (!class_exists('Precis\Engine') && is_readable($class_file)) {
        require_once $class_file;
    }
    if (!class_exists('Precis\Engine')) {
        return null;
    }
    try {
        $options = defined('PRECIS_RULES') ? ['rules' => PRECIS_RULES] : [];
        $engine = new Precis\Engine($options);
    } catch (Throwable $e) {
        // FFI restricted (ffi.enable=preload outside preload), library absent, bad pack...
        $engine = null;
    }
    return $engine;
}

/** POST /summarize on the service. @throws Precis_Unavailable */
function precis_http_summarize(string $text, array $options): array
{
    $base = defined('PRECIS_SERVICE_URL') ? PRECIS_SERVICE_URL : 'http://127.0.0.1:8080';
    $response = wp_remote_post(rtrim($base, '/') . '/summarize', [
        'headers' => ['Content-Type' => 'application/json'],
        'body' => wp_json_encode(['text' => $text, 'options' => (object) $options]),
        'timeout' => 15,
    ]);
    if (is_wp_error($response)) {
        throw new Precis_Unavailable('precis service unreachable: ' . $response->get_error_message());
    }
    $document = json_decode(wp_remote_retrieve_body($response), true);
    if (!is_array($document) || !isset($document['status'])) {
        throw new Precis_Unavailable('precis service answered HTTP '
            . wp_remote_retrieve_response_code($response) . ' without a result document');
    }
    return $document;
}

/**
 * The article as the library wants it: plain UTF-8 text, one paragraph per line.
 * Block comments and markup go; block-level ends become line breaks.
 */
function precis_post_text(WP_Post $post): string
{
    $html = preg_replace('/<!--.*?-->/s', '', $post->post_content);
    $html = preg_replace('#</(p|h[1-6]|li|blockquote|div|figcaption)>|<br\s*/?>#i', "$0\n", $html);
    $text = html_entity_decode(wp_strip_all_tags($html, false), ENT_QUOTES | ENT_HTML5, 'UTF-8');
    $lines = array_filter(array_map('trim', preg_split('/\R/u', $text)), 'strlen');
    return implode("\n", $lines);
}

/** Call options from the post: its date anchors relative dates, its excerpt is the lede. */
function precis_post_options(WP_Post $post): array
{
    $options = ['date' => get_the_date('Y-m-d', $post), 'trace' => false];
    if (trim($post->post_excerpt) !== '') {
        $options['lede'] = wp_strip_all_tags($post->post_excerpt);
    }
    return $options;
}
