<?php
// Test site only (installed as a must-use plugin by tests/e2e/wordpress.sh, never shipped):
// logs the browser in as the admin when it presents the run's one-time token, then sends it to
// the page it asked for, so that headless Chromium can open the editor without a login form.
add_action('init', static function (): void {
    if (!defined('PRECIS_E2E_TOKEN') || !isset($_GET['precis_e2e_login'])
        || !hash_equals(PRECIS_E2E_TOKEN, (string) $_GET['precis_e2e_login'])) {
        return;
    }
    wp_set_auth_cookie(1, false);
    wp_safe_redirect(admin_url((string) ($_GET['to'] ?? '')));
    exit;
});
