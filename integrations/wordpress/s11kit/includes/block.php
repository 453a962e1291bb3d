<?php
/**
 * The "Section 11 audit" block: a dynamic block, saved as a comment with its attributes (which no
 * HTML filter touches) and written by the same code as the shortcode when the page is shown.
 *
 * @package s11kit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block from blocks/audit/block.json. */
function s11kit_register_block() {
	register_block_type( dirname( S11KIT_PLUGIN_FILE ) . '/blocks/audit', array( 'render_callback' => 's11kit_render_block' ) );
}

/**
 * The block's attributes are camelCase (storageKey, submitUrl); the element's are kebab-case.
 *
 * @param array<string, mixed> $attributes Block attributes.
 * @return string
 */
function s11kit_render_block( $attributes ) {
	$given = array();
	foreach ( array_keys( s11kit_audit_attributes() ) as $name ) {
		$key = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
		if ( isset( $attributes[ $key ] ) ) {
			$given[ $name ] = $attributes[ $key ];
		}
	}
	return s11kit_render_audit( $given );
}
