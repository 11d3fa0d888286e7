<?php
/**
 * Plugin Name: precis
 * Description: French and English headline and summary of French news posts, computed by libprecis when a post is saved and shown in the editor's side panel.
 * Version: 0.1.0
 * Requires PHP: 8.0
 * License: Proprietary
 *
 * Two ways to reach the library, chosen per request:
 * - FFI (PHP's FFI extension, declarations preloaded with ffi.preload, see bindings/php/README.md),
 *   through the Precis\Engine class (PRECIS_PHP_CLASS or /usr/share/precis/php/src/Engine.php);
 * - otherwise `precis serve` over HTTP (PRECIS_SERVICE_URL, default http://127.0.0.1:8080).
 *
 * Stored post meta (protected, prefix _precis_): headline_fr, headline_en, summary_fr,
 * summary_en (JSON arrays), rules (pack digest), backend ("ffi" or "http"), error, updated.
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
    exit;
}

const PRECIS_PLUGIN_FILE = __FILE__;
const PRECIS_PLUGIN_VERSION = '0.1.0';

require_once __DIR__ . '/includes/summarizer.php';
require_once __DIR__ . '/includes/post-meta.php';

add_action('init', 'precis_register_meta');
// After the post, its meta and terms are saved, so the summary sees the final text.
add_action('wp_after_insert_post', 'precis_on_save', 10, 3);
add_action('add_meta_boxes', 'precis_add_meta_box');
add_action('enqueue_block_editor_assets', 'precis_enqueue_editor_panel');

if (defined('WP_CLI') && WP_CLI) {
    require_once __DIR__ . '/includes/cli.php';
    WP_CLI::add_command('precis', 'Precis_CLI_Command');
}
