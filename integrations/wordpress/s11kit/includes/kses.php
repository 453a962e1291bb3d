<?php
/**
 * Lets <s11-audit> through WordPress's HTML filter (kses), which runs when anyone without the
 * `unfiltered_html` capability saves: Authors and Contributors always, Editors and Administrators
 * on multisite or with DISALLOW_UNFILTERED_HTML. Without this, re-saving a page strips the
 * element silently.
 *
 * @package s11kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the element and its attributes (only those) to the tags allowed in post content.
 * `<script>` stays forbidden: the plugin loads the script itself.
 *
 * @param array<string, array<string, bool>> $tags    Allowed tags.
 * @param string|array                       $context Where the HTML is going.
 * @return array<string, array<string, bool>>
 */
function s11kit_allow_audit_element( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$tags['s11-audit'] = array_fill_keys( array_keys( s11kit_audit_attributes() ), true );
	return $tags;
}
