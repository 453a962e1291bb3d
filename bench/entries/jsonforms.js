// What a page loads to render and validate a form with JSON Forms: React, the React bindings, the
// vanilla renderers and cells, and @jsonforms/core (which validates with ajv). Bundled and minified
// by esbuild (bench/lib/build.mjs) for its size; `mount` keeps every part from being tree-shaken.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';

export function mount(element, schema, uischema, data, onChange) {
  createRoot(element).render(createElement(JsonForms, { schema, uischema, data, renderers: vanillaRenderers, cells: vanillaCells, onChange }));
}
