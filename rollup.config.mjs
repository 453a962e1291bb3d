// Bundles for pages without a build step. Packages are compiled by `tsc -b` (ESM and .d.ts in each
// package's dist/); this config turns the components into one self-contained CDN module:
//   packages/components/cdn/s11kit.js        lit, the browser path of @s11kit/schema and every element
//   packages/components/cdn/chunks/*.js      one lazy chunk per built-in framework
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { walk } from 'estree-walker';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Private names that lit's decorators define by string, as tsc emits them:
 * `__decorate([state()], S11Audit.prototype, "_draft", void 0)`. Terser cannot rename a string
 * argument, so renaming `this._draft` would write past the reactive accessor and the element
 * would never re-render. These names are kept.
 */
function decoratedNames(dir) {
  const names = new Set();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    for (const match of readFileSync(dir + file, 'utf8').matchAll(/\.prototype, "(_[a-z]\w*)"/g)) names.add(match[1]);
  }
  return [...names];
}

/**
 * Lit's css`` and html`` templates are strings terser cannot shrink: collapse their white space
 * and CSS comments. Only the static text between `${}` expressions changes; whitespace inside an
 * element's text collapses to one space, which renders the same (no <pre> in our templates).
 */
function minifyTemplates() {
  const css = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  const markup = (text) => text.replace(/\s+/g, ' ').replace(/>\s+</g, '><');
  return {
    name: 's11-minify-templates',
    transform(code, id) {
      if (!id.includes('/packages/components/dist/')) return null;
      if (!code.includes('css`') && !code.includes('html`')) return null;
      const out = new MagicString(code);
      walk(this.parse(code), {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const minify = node.tag.name === 'css' ? css : node.tag.name === 'html' || node.tag.name === 'svg' ? markup : null;
          if (!minify) return;
          for (const quasi of node.quasi.quasis) {
            const raw = quasi.value.raw;
            const small = minify(raw);
            if (small !== raw && quasi.end > quasi.start) out.overwrite(quasi.start, quasi.end, small);
          }
        },
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

export default {
  input: { s11kit: 'packages/components/dist/cdn.js' },
  output: {
    dir: 'packages/components/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  preserveEntrySignatures: 'exports-only',
  plugins: [
    // The "browser" condition picks the schema's interpreted (CSP-safe) parser over the compiled one.
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    minifyTemplates(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      // Our private members start with "_" (lit's convention) so that they can be shortened here.
      // zod's "_zod" and lit's "_$..." names are shared across packages and must keep their names.
      mangle: { properties: { regex: /^_[a-z]/, reserved: ['_zod', '_def', '_cached', '_issues', ...decoratedNames('packages/components/dist/')] } },
      format: { comments: false },
    }),
  ],
};
