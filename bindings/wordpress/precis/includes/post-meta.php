<?php
// The summary as post meta: computed on save, shown in the editor's side panel.

declare(strict_types=1);

if (!defined('ABSPATH')) {
    exit;
}

const PRECIS_META_KEYS = ['headline_fr', 'headline_en', 'summary_fr', 'summary_en', 'rules',
    'backend', 'error', 'updated'];

/** The post types summarised: posts by default (filter precis_post_types). */
function precis_post_types(): array
{
    return (array) apply_filters('precis_post_types', ['post']);
}

function precis_register_meta(): void
{
    foreach (precis_post_types() as $type) {
        foreach (PRECIS_META_KEYS as $key) {
            register_post_meta($type, '_precis_' . $key, [
                'type' => 'string',
                'single' => true,
                // Readable by the block editor; written only by this plugin.
                'show_in_rest' => true,
                'auth_callback' => static fn() => current_user_can('edit_posts'),
            ]);
        }
    }
}

function precis_on_save(int $post_id, WP_Post $post, bool $update): void
{
    if (wp_is_post_revision($post_id) || wp_is_post_autosave($post_id)
        || !in_array($post->post_type, precis_post_types(), true)
        || in_array($post->post_status, ['auto-draft', 'trash'], true)) {
        return;
    }
    precis_summarize_post($post);
}

/**
 * Computes and stores the summary of one post. Returns the stored values (meta key suffix =>
 * value); on failure, 'error' holds the reason and the previous headlines stay.
 */
function precis_summarize_post(WP_Post $post): array
{
    $text = precis_post_text($post);
    $stored = ['updated' => gmdate('c')];
    if ($text === '') {
        $stored['error'] = 'empty post';
    } else {
        try {
            $outcome = precis_summarize_text($text, precis_post_options($post));
            $doc = $outcome['document'];
            $stored['backend'] = $outcome['backend'];
            if (($doc['status'] ?? '') === 'ok') {
                $stored += [
                    'headline_fr' => (string) ($doc['headline']['fr'] ?? ''),
                    'headline_en' => (string) ($doc['headline']['en'] ?? ''),
                    'summary_fr' => wp_json_encode($doc['summary']['fr'] ?? []),
                    'summary_en' => wp_json_encode($doc['summary']['en'] ?? []),
                    'rules' => (string) ($doc['rules']['digest'] ?? ''),
                    'error' => '',
                ];
            } else {
                $stored['error'] = ($doc['error']['code'] ?? 'error') . ': '
                    . ($doc['error']['message'] ?? '');
            }
        } catch (Precis_Unavailable $e) {
            $stored['error'] = $e->getMessage();
        }
    }
    foreach ($stored as $key => $value) {
        // wp_slash: update_post_meta unslashes, and summaries may hold backslashes.
        update_post_meta($post->ID, '_precis_' . $key, wp_slash($value));
    }
    return $stored;
}

/** The classic editor's side panel; the block editor has its own (assets/editor-panel.js). */
function precis_add_meta_box(): void
{
    add_meta_box('precis', 'precis — titre et résumé / headline and summary', 'precis_render_meta_box',
        precis_post_types(), 'side', 'high', ['__back_compat_meta_box' => true]);
}

function precis_enqueue_editor_panel(): void
{
    $screen = get_current_screen();
    if ($screen === null || !in_array($screen->post_type, precis_post_types(), true)) {
        return;
    }
    wp_enqueue_script('precis-editor-panel', plugins_url('assets/editor-panel.js', PRECIS_PLUGIN_FILE),
        ['wp-plugins', 'wp-edit-post', 'wp-element', 'wp-data'], PRECIS_PLUGIN_VERSION, true);
}

function precis_render_meta_box(WP_Post $post): void
{
    $meta = static fn(string $key): string => (string) get_post_meta($post->ID, '_precis_' . $key, true);
    $summary = static fn(string $key): array => (array) json_decode($meta($key) ?: '[]', true);

    echo '<div class="precis-panel">';
    if ($meta('updated') === '') {
        echo '<p>', esc_html__('Not summarised yet: save the post.', 'precis'), '</p></div>';
        return;
    }
    foreach (['fr' => 'Français', 'en' => 'English'] as $lang => $label) {
        printf('<h4 style="margin:.8em 0 .2em">%s</h4><p class="precis-headline-%s" lang="%s"><strong>%s</strong></p>',
            esc_html($label), esc_attr($lang), esc_attr($lang), esc_html($meta('headline_' . $lang)));
        $items = $summary('summary_' . $lang);
        if ($items) {
            echo '<ul style="list-style:disc;margin-left:1.2em">';
            foreach ($items as $item) {
                echo '<li lang="', esc_attr($lang), '">', esc_html((string) $item), '</li>';
            }
            echo '</ul>';
        }
    }
    if ($meta('error') !== '') {
        echo '<p class="precis-error" style="color:#b32d2e">', esc_html($meta('error')), '</p>';
    }
    printf('<p class="description">%s · %s · %s</p>', esc_html($meta('backend')),
        esc_html(substr($meta('rules'), 0, 12)), esc_html($meta('updated')));
    echo '</div>';
}
