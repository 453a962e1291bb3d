// @s11kit/schema as a browser gets it: bundled with the "browser" condition and without "node", so
// the internal `#structure` import resolves to the CSP-safe descriptor interpreter (no zod, no eval).
export { validateReturn } from '@s11kit/schema';
