<?php
// Drives the end-to-end WordPress site from the command line (WordPress loaded in-process;
// globals are prefixed because WordPress sets its own $action, $args, ...).
//   php site.php SITE_DIR ACTION [ARGS...]
// Actions: install; create-post TITLE TEXT_FILE; rest-update POST_ID TEXT_FILE; meta POST_ID;
//          meta-box POST_ID; clear-meta POST_ID; summarize-all.
// Each prints one JSON document on stdout.

declare(strict_types=1);

[$e2e_site, $e2e_action] = [$argv[1], $argv[2]];
$e2e_args = array_slice($argv, 3);

if ($e2e_action === 'install') {
    define('WP_INSTALLING', true);
}
$_SERVER['HTTP_HOST'] = parse_url(getenv('PRECIS_E2E_URL'), PHP_URL_HOST) . ':'
    . parse_url(getenv('PRECIS_E2E_URL'), PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $e2e_site . '/wp-load.php';

/** Paragraph blocks, one per non-empty line of a text file. */
function e2e_blocks(string $file): string
{
    $paragraphs = array_filter(array_map('trim', file($file)), 'strlen');
    return implode("\n\n", array_map(
        static fn($p) => "<!-- wp:paragraph -->\n<p>" . esc_html($p) . "</p>\n<!-- /wp:paragraph -->",
        $paragraphs));
}

function out(array $data): void
{
    echo json_encode($data, JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT), "\n";
}

switch ($e2e_action) {
    case 'install':
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        $installed = wp_install('precis e2e', 'admin', 'admin@example.invalid', false, '',
            'precis-e2e-password');
        // No welcome guide over the editor in the screenshot; the precis panel open.
        update_user_meta($installed['user_id'], 'wp_persisted_preferences',
            ['core/edit-post' => ['welcomeGuide' => false,
                'openPanels' => ['post-status', 'precis/precis-panel']],
             '_modified' => gmdate('c')]);
        $activated = activate_plugin('precis/precis.php');
        out(['user' => $installed['user_id'], 'activated' => $activated === null,
            'active' => get_option('active_plugins')]);
        break;
    case 'create-post':
        [$title, $file] = $e2e_args;
        $content = e2e_blocks($file);
        wp_set_current_user(1);
        $id = wp_insert_post(['post_title' => $title, 'post_content' => wp_slash($content),
            'post_status' => 'publish', 'post_date' => '2025-10-23 10:00:00'], true);
        out(['id' => is_wp_error($id) ? null : $id,
            'error' => is_wp_error($id) ? $id->get_error_message() : null]);
        break;
    case 'rest-update':
        // What the block editor's "Update" sends; its answer is what the panel reads.
        [$id, $file] = $e2e_args;
        wp_set_current_user(1);
        $request = new WP_REST_Request('POST', '/wp/v2/posts/' . (int) $id);
        $request->set_param('content', e2e_blocks($file));
        $response = rest_do_request($request);
        out(['status' => $response->get_status(), 'meta' => $response->get_data()['meta'] ?? null]);
        break;
    case 'meta':
        $meta = [];
        foreach (PRECIS_META_KEYS as $key) {
            $meta[$key] = get_post_meta((int) $e2e_args[0], '_precis_' . $key, true);
        }
        $meta['text'] = precis_post_text(get_post((int) $e2e_args[0]));
        out($meta);
        break;
    case 'meta-box':
        // The classic editor's side panel, as WordPress renders it.
        ob_start();
        precis_render_meta_box(get_post((int) $e2e_args[0]));
        out(['html' => ob_get_clean()]);
        break;
    case 'clear-meta':
        foreach (PRECIS_META_KEYS as $key) {
            delete_post_meta((int) $e2e_args[0], '_precis_' . $key);
        }
        out(['cleared' => (int) $e2e_args[0]]);
        break;
    case 'summarize-all':
        // What `wp precis summarize-all` runs (wp-cli itself is not packaged in Debian 12).
        require_once WP_PLUGIN_DIR . '/precis/includes/cli.php';
        out(precis_summarize_all(precis_post_types(), false));
        break;
    default:
        fwrite(STDERR, "unknown action $e2e_action\n");
        exit(2);
}
