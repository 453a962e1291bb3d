// Custom elements manifest (custom-elements.json): read from the TypeScript sources and their class
// JSDoc, so that editors and Storybook's docs tables list every attribute, property, event, part
// and custom property. Private members (`_name`) and internals are left out.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 's11-hide-private',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            // Events found in dispatchEvent calls with a computed name ("type") are the base class's
            // helpers, not real events; the real ones are listed by @event in the class JSDoc.
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name && event.name !== 'type');
            }
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => !member.name.startsWith('_') && !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
              );
            }
          }
        }
      },
    },
  ],
};
