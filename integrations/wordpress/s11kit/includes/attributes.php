<?php
/**
 * Which attributes of <s11-audit> a page may set, and what each may hold. The shortcode, the block
 * and the allowed-HTML list all read this one table.
 *
 * @package s11kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's attributes a page sets: name => kind. `id` is a built-in id or a storage key
 * (letters, digits, `-`, `_`, `.`, `:`), `url` an http(s) or site-relative address, `number` a
 * whole number, `page` one of the audit's pages, and a list the only values allowed. (The receipt
 * attributes are for the page a server writes after a form post, not for a CMS.)
 *
 * @return array<string, string|string[]>
 */
function s11kit_audit_attributes() {
	return array(
		'framework'      => 'id',
		'src'            => 'url',
		'sector'         => 'id',
		'submit-url'     => 'url',
		'submit-timeout' => 'number',
		'draft-url'      => 'url',
		'storage-key'    => 'id',
		'storage'        => array( 'local', 'session' ),
		'autosave'       => array( 'on', 'off' ),
		'draft-days'     => 'number',
		'name'           => 'id',
		'page'           => 'page',
		'routing'        => array( 'hash', 'none' ),
		'route-prefix'   => 'id',
		'document-title' => array( 'on', 'off' ),
	);
}

/**
 * Checks the attributes a page gave, keeping those that are valid.
 *
 * @param array<string, mixed> $given Attribute name => value (shortcode attributes, block attributes).
 * @return array{0: array<string, string>, 1: string[]} The valid attributes, and a sentence for each one that was not.
 */
function s11kit_check_attributes( $given ) {
	$valid    = array();
	$problems = array();
	foreach ( s11kit_audit_attributes() as $name => $kind ) {
		if ( ! isset( $given[ $name ] ) || '' === trim( (string) $given[ $name ] ) ) {
			continue;
		}
		$value = trim( (string) $given[ $name ] );
		if ( is_array( $kind ) ) {
			$ok = in_array( $value, $kind, true );
			/* translators: 1: attribute name, 2: the allowed values. */
			$why = sprintf( __( '%1$s must be one of: %2$s.', 's11kit' ), $name, implode( ', ', $kind ) );
		} elseif ( 'url' === $kind ) {
			$ok = '' !== esc_url_raw( $value, array( 'http', 'https' ) ) && ( 0 === strpos( $value, '/' ) || preg_match( '#^https?://#i', $value ) );
			/* translators: %s: attribute name. */
			$why = sprintf( __( '%s must be an address starting with https:// or /.', 's11kit' ), $name );
		} elseif ( 'number' === $kind ) {
			$ok = (bool) preg_match( '/^[1-9][0-9]{0,4}$/', $value );
			/* translators: %s: attribute name. */
			$why = sprintf( __( '%s must be a whole number, for example 30.', 's11kit' ), $name );
		} elseif ( 'page' === $kind ) {
			$ok = (bool) preg_match( '#^(tasks|organisation|check|standard/[A-Za-z0-9._:-]{1,200})$#', $value );
			/* translators: %s: attribute name. */
			$why = sprintf( __( '%s must be tasks, organisation, check or standard/ and a standard id, for example standard/safe-recruitment.', 's11kit' ), $name );
		} else {
			$ok = (bool) preg_match( '/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/', $value );
			/* translators: %s: attribute name. */
			$why = sprintf( __( '%s may hold only letters, digits, hyphens, underscores, dots and colons, for example portsmouth-compact.', 's11kit' ), $name );
		}
		if ( $ok ) {
			$valid[ $name ] = $value;
		} else {
			$problems[] = $why;
		}
	}
	if ( ! isset( $valid['framework'] ) && ! isset( $valid['src'] ) ) {
		$problems[] = __( 'Say which framework to use: framework="portsmouth-compact" (or buckinghamshire-s11, city-hackney-s11, isle-of-wight-vcs), or src="https://…/your-framework.json".', 's11kit' );
	}
	return array( $valid, $problems );
}
