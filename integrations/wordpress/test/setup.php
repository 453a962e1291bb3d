<?php
/**
 * Installs WordPress into the folder given by check.mjs (its wp-config.php already written), then
 * activates the plugin and makes the people the check acts as: an Author and an Editor, each with
 * an application password for the REST API (what the block editor saves through) and a password
 * to sign in to the editor. Prints JSON.
 */
$_SERVER['HTTP_HOST']   = getenv( 'S11_WP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require getenv( 'S11_WP_DIR' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 's11kit check', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
if ( is_wp_error( $installed ) ) {
	fwrite( STDERR, $installed->get_error_message() . "\n" );
	exit( 1 );
}
switch_theme( 'twentytwentythree' );
$activated = activate_plugin( 's11kit/s11kit.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$people = array();
foreach ( array( 'author', 'editor' ) as $role ) {
	$login_password = wp_generate_password( 24, false );
	$id             = wp_insert_user(
		array(
			'user_login' => $role,
			'user_email' => $role . '@example.org',
			'user_pass'  => $login_password,
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 's11kit check' ) );
	$people[ $role ] = array(
		'id'                 => $id,
		'password'        => $password,
		'login_password'  => $login_password,
		'unfiltered_html' => user_can( $id, 'unfiltered_html' ),
	);
}
echo wp_json_encode( array( 'people' => $people, 'wordpress' => get_bloginfo( 'version' ) ) );
