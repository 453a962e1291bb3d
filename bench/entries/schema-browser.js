// @s11kit/schema as a browser gets it: bundled with the "browser" condition and without "node", as
// rollup.config.mjs bundles the CDN. Node and browsers run the same generated structure checker, so
// this build should be as fast as Node's; the benchmark shows whether bundling changes that.
export { validateReturn } from '@s11kit/schema';
