<?php
/**
 * Loads the audit's script: the CDN bundle of @s11kit/components, as a JavaScript module.
 *
 * @package s11kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The bundle's address: the plugin's own copy when a release put one in assets/cdn/ (with its
 * chunks/ folder), else the pinned version on jsDelivr. Sites that host it elsewhere use the
 * `s11kit_bundle_url` filter.
 *
 * @return string
 */
function s11kit_bundle_url() {
	$local = dirname( S11KIT_PLUGIN_FILE ) . '/assets/cdn/s11kit.js';
	$url   = file_exists( $local )
		? plugins_url( 'assets/cdn/s11kit.js', S11KIT_PLUGIN_FILE )
		: 'https://cdn.jsdelivr.net/npm/@s11kit/components@' . S11KIT_COMPONENTS_VERSION . '/cdn/s11kit.js';
	return (string) apply_filters( 's11kit_bundle_url', $url );
}

/**
 * Enqueues the bundle once, as a module. WordPress 6.5 and later have a module API; before that a
 * classic script handle is printed with type="module".
 */
function s11kit_enqueue_bundle() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 's11kit', s11kit_bundle_url(), array(), null );
		return;
	}
	if ( ! wp_script_is( 's11kit', 'enqueued' ) ) {
		wp_enqueue_script( 's11kit', s11kit_bundle_url(), array(), null, true );
	}
}

/**
 * Prints the classic handle as a module: `type="module"` is what lets the bundle import its
 * framework chunks.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle Its handle.
 * @return string
 */
function s11kit_module_tag( $tag, $handle ) {
	if ( 's11kit' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 's11kit_module_tag', 10, 2 );

/**
 * A page whose content holds the element itself (typed as HTML, kept by the allowed-HTML list)
 * gets the script too, since the script tag that may have been beside it is stripped.
 */
function s11kit_enqueue_for_raw_element() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( $post && false !== stripos( $post->post_content, '<s11-audit' ) ) {
		s11kit_enqueue_bundle();
	}
}
