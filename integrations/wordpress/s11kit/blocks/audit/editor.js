// The block in the editor: a placeholder that says what will be shown, and the settings in the
// sidebar. The audit itself runs on the published page (see includes/render.php).
(function (blocks, element, blockEditor, components, i18n) {
  var el = element.createElement;
  var __ = i18n.__;

  function field(props, name, label, help) {
    return el(components.TextControl, {
      label: label,
      help: help,
      value: props.attributes[name] || '',
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  blocks.registerBlockType('s11kit/audit', {
    edit: function (props) {
      var a = props.attributes;
      var what = a.framework || a.src || __('no framework chosen yet: set one in the block settings', 's11kit');
      return el(
        'div',
        blockEditor.useBlockProps({ className: 's11kit-audit-placeholder' }),
        el('p', null, el('strong', null, __('Section 11 audit', 's11kit')), ': ', what),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Audit', 's11kit') },
            field(props, 'framework', __('Framework', 's11kit'), __('portsmouth-compact, buckinghamshire-s11, city-hackney-s11 or isle-of-wight-vcs', 's11kit')),
            field(props, 'src', __('Or your framework file', 's11kit'), __('https://… address of a framework JSON file', 's11kit')),
            field(props, 'sector', __('Sector', 's11kit'), __('for example education; people can still change it', 's11kit')),
            field(props, 'storageKey', __('Draft name', 's11kit'), __('names the draft saved in the browser; one per audit on your site', 's11kit')),
            field(props, 'submitUrl', __('Send returns to', 's11kit'), __('https://… address of your collector', 's11kit')),
            field(props, 'draftUrl', __('Keep drafts at', 's11kit'), __('optional: https://… address where drafts are also kept on your server', 's11kit')),
          ),
        ),
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
