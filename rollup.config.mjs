// Bundles for pages without a build step. Packages are compiled by `tsc -b` (ESM and .d.ts in each
// package's dist/); this config turns the components into CDN modules:
//   packages/components/cdn/s11kit.js              the audit and what its task list needs, with Lit:
//                                                   all a CMS page loads before the task list is painted
//   packages/components/cdn/s11kit-partnership.js  the heatmap and the year-2 action tracker
//   packages/components/cdn/chunks/*.js            lazy chunks: each built-in framework's outline
//                                                   (*-outline-*.js) and whole text, the rest of the
//                                                   audit (audit-more-*.js, fetched right after first
//                                                   paint) and the server-draft sync (server-draft-*.js)
// Each bundle stands alone, so an audit page never downloads the aggregation code; elements both
// carry (the error summary) are defined by whichever loads first.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { rmSync } from 'node:fs';

const plugins = () => [
  // The "browser" condition, as a browser resolves packages (the schema runs the same code everywhere).
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  // Lit's css`` and html`` templates are strings terser cannot shrink. Lit's own minifier
  // (html-minifier-next and lightningcss) shrinks them; conservativeCollapse keeps every run of
  // white space as one space, because a space between two inline elements, or at the edge of a
  // template that another template composes, is text a person reads ("Reported 1 June 2026:
  // Quarterly audit done"). That costs about 60 bytes gzipped over removing such runs; a test
  // (test/components/cdn-bundles.test.ts) holds both bundles to the npm build's text.
  minifyHTML({ include: ['**/packages/components/dist/**'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * Chunk names carry a hash of their content: without emptying the folder first, each build would
 * leave the last one's chunks behind, to be published with the package.
 */
const emptyCdnFolder = { name: 's11-empty-cdn-folder', buildStart: () => rmSync('packages/components/cdn', { recursive: true, force: true }) };

/** One self-contained module per page type, each with its own lazy framework chunks. */
const bundle = (name, input, extraPlugins = []) => ({
  input: { [name]: input },
  output: {
    dir: 'packages/components/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // An outline and its whole framework share a module name: say which is which.
    chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/generated/outlines/') ? 'chunks/[name]-outline-[hash].js' : 'chunks/[name]-[hash].js'),
    sourcemap: true,
  },
  // The lazy chunks import Lit and the rest from the entry itself, rather than from a shared chunk
  // the entry would have to fetch before it could run.
  preserveEntrySignatures: 'allow-extension',
  plugins: [...extraPlugins, ...plugins()],
});

export default [bundle('s11kit', 'packages/components/dist/cdn.js', [emptyCdnFolder]), bundle('s11kit-partnership', 'packages/components/dist/cdn-partnership.js')];
