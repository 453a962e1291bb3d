// Bundles for pages without a build step. Packages are compiled by `tsc -b` (ESM and .d.ts in each
// package's dist/); this config turns the components into CDN modules:
//   packages/components/cdn/s11kit.js              the audit and its parts, with Lit and the browser
//                                                   path of @s11kit/schema: all a CMS page needs
//   packages/components/cdn/s11kit-partnership.js  the heatmap and the year-2 action tracker
//   packages/components/cdn/chunks/*.js            one lazy chunk per built-in framework
// Each bundle stands alone, so an audit page never downloads the aggregation code; elements both
// carry (the error summary) are defined by whichever loads first.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

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
      // tsc writes tagged templates as `css \``, with a space.
      if (!/\b(css|html|svg)\s*`/.test(code)) return null;
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

const plugins = () => [
  // The "browser" condition, as a browser resolves packages.
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** One self-contained module per page type, each with its own lazy framework chunks. */
const bundle = (name, input) => ({
  input: { [name]: input },
  output: {
    dir: 'packages/components/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  preserveEntrySignatures: 'exports-only',
  plugins: plugins(),
});

export default [
  bundle('s11kit', 'packages/components/dist/cdn.js'),
  bundle('s11kit-partnership', 'packages/components/dist/cdn-partnership.js'),
];
