<?php
/**
 * Plugin Name:       s11kit Section 11 audit
 * Description:       Puts the s11kit Section 11 self-assessment audit on a page with a shortcode or a block, for every role that can edit the page, and loads its script.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       s11kit
 *
 * @package s11kit
 */

defined( 'ABSPATH' ) || exit;

/** The @s11kit/components version whose CDN bundle this plugin loads when it carries no copy of its own. */
define( 'S11KIT_COMPONENTS_VERSION', '0.0.0' );
define( 'S11KIT_PLUGIN_FILE', __FILE__ );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/bundle.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/block.php';

add_shortcode( 's11_audit', 's11kit_audit_shortcode' );
add_filter( 'wp_kses_allowed_html', 's11kit_allow_audit_element', 10, 2 );
add_action( 'init', 's11kit_register_block' );
add_action( 'wp_enqueue_scripts', 's11kit_enqueue_for_raw_element' );
