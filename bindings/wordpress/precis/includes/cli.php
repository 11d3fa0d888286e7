<?php
// WP-CLI: `wp precis summarize-all`.

declare(strict_types=1);

if (!defined('ABSPATH')) {
    exit;
}

/**
 * Summarises posts in bulk (published and drafts), e.g. after installing the plugin or
 * updating the rule pack.
 */
final class Precis_CLI_Command
{
    /**
     * Computes the headline and summary of every post that lacks them (or of all with --force).
     *
     * ## OPTIONS
     *
     * [--force]
     * : Recompute posts that already have a summary.
     *
     * [--post_type=<type>]
     * : Only this post type (default: the plugin's post types).
     *
     * ## EXAMPLES
     *
     *     wp precis summarize-all
     *     wp precis summarize-all --force
     *
     * @subcommand summarize-all
     */
    public function summarize_all(array $args, array $assoc_args): void
    {
        $counts = precis_summarize_all(
            isset($assoc_args['post_type']) ? [$assoc_args['post_type']] : precis_post_types(),
            isset($assoc_args['force']),
            static fn(WP_Post $post, array $stored) => WP_CLI::log(sprintf('%d: %s', $post->ID,
                $stored['error'] ?? '' ?: ($stored['headline_fr'] ?? '')))
        );
        $message = sprintf('%d summarised, %d skipped, %d failed', $counts['done'],
            $counts['skipped'], $counts['failed']);
        $counts['failed'] ? WP_CLI::warning($message) : WP_CLI::success($message);
    }
}

/**
 * The command's work, apart from WP-CLI: ['done' => n, 'skipped' => n, 'failed' => n].
 * $report is called after each post summarised.
 */
function precis_summarize_all(array $post_types, bool $force, ?callable $report = null): array
{
    $counts = ['done' => 0, 'skipped' => 0, 'failed' => 0];
    $page = 1;
    do {
        $ids = get_posts(['post_type' => $post_types, 'post_status' => ['publish', 'draft',
            'pending', 'future', 'private'], 'fields' => 'ids', 'posts_per_page' => 100,
            'paged' => $page++, 'orderby' => 'ID', 'order' => 'ASC']);
        foreach ($ids as $id) {
            if (!$force && get_post_meta($id, '_precis_headline_fr', true) !== '') {
                ++$counts['skipped'];
                continue;
            }
            $post = get_post($id);
            $stored = precis_summarize_post($post);
            ++$counts[($stored['error'] ?? '') === '' ? 'done' : 'failed'];
            if ($report) {
                $report($post, $stored);
            }
        }
    } while (count($ids) === 100);
    return $counts;
}
