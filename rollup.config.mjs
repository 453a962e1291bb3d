// Bundles for pages without a build step. Packages are compiled by `tsc -b` (ESM and .d.ts in each
// package's dist/); this config turns the components into one self-contained CDN module:
//   packages/components/cdn/s11kit.js        lit, the browser path of @s11kit/schema and every element
//   packages/components/cdn/chunks/*.js      one lazy chunk per built-in framework
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
