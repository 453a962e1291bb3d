<?php
// The editor script is plain JavaScript on WordPress's globals, with no build step.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.0.0',
);
