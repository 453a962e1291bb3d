<?php
/**
 * Writes the <s11-audit> element for the shortcode and the block.
 *
 * @package s11kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element, with every attribute checked and escaped, and the script enqueued. A problem with
 * the attributes is shown to people who can edit the page, in words that say how to fix it;
 * visitors see nothing in its place.
 *
 * @param array<string, mixed> $given    The attributes asked for.
 * @param string               $fallback HTML shown where scripts cannot run (already allowed by kses);
 *                                       empty for the default sentence (filter `s11kit_fallback_text`).
 * @return string
 */
function s11kit_render_audit( $given, $fallback = '' ) {
	list( $valid, $problems ) = s11kit_check_attributes( $given );
	if ( $problems ) {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		return '<div class="s11kit-problem" role="alert"><p><strong>' . esc_html__( 'The Section 11 audit cannot be shown:', 's11kit' ) . '</strong></p><ul>' . $items . '</ul></div>';
	}
	s11kit_enqueue_bundle();
	$attributes = '';
	foreach ( $valid as $name => $value ) {
		$written     = 'url' === s11kit_audit_attributes()[ $name ] ? esc_url( $value ) : esc_attr( $value );
		$attributes .= ' ' . $name . '="' . $written . '"';
	}
	if ( '' === trim( $fallback ) ) {
		$fallback = '<p>' . esc_html( (string) apply_filters( 's11kit_fallback_text', __( 'This audit needs JavaScript. Turn it on, or ask the partnership for the form as a document.', 's11kit' ) ) ) . '</p>';
	}
	return '<s11-audit' . $attributes . '>' . $fallback . '</s11-audit>';
}

/**
 * `[s11_audit framework="portsmouth-compact" sector="education" storage-key="s11-2026" submit-url="https://…"]`.
 * Text between `[s11_audit …]` and `[/s11_audit]` is shown where scripts cannot run, instead of
 * the default sentence.
 *
 * @param array<string, string>|string $atts    Shortcode attributes (names are lower-cased by WordPress).
 * @param string|null                  $content Enclosed content.
 * @return string
 */
function s11kit_audit_shortcode( $atts, $content = null ) {
	$atts = is_array( $atts ) ? $atts : array();
	return s11kit_render_audit( $atts, null === $content ? '' : wp_kses_post( $content ) );
}
