// What a page fetches before <s11-audit>'s task list can be painted, from the built CDN folder:
// s11kit.js, every chunk it (and they) import statically, and the outline chunk of the built-in
// framework it shows. Everything else (the rest of the audit, the whole framework, the server
// draft sync) is imported dynamically after first paint. Shared by the size budget test, the
// first-load test in a real browser (which blocks every other file and still sees the task list),
// and the size benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const cdnDir = new URL('../../packages/components/cdn/', import.meta.url);

/** Static `import ... from "./x.js"` (and `export ... from`) of a minified ES module; not `import("./x.js")`. */
export function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g)) found.add(match[1]);
  return [...found];
}

/** A file and every file it imports statically, as paths relative to the CDN folder. */
export function withStaticImports(file) {
  const files = [];
  const visit = (path) => {
    if (files.includes(path)) return;
    files.push(path);
    const code = readFileSync(new URL(path, cdnDir), 'utf8');
    const base = new URL(path, 'file:///');
    for (const specifier of staticImports(code)) visit(new URL(specifier, base).pathname.slice(1));
  };
  visit(file);
  return files;
}

/** The outline chunk of a built-in framework, found by name (the hash changes). */
export function outlineChunk(frameworkId) {
  const chunk = readdirSync(new URL('chunks/', cdnDir)).find((name) => name.startsWith(`${frameworkId}-outline-`) && name.endsWith('.js'));
  if (!chunk) throw new Error(`no outline chunk for ${frameworkId} in packages/components/cdn/chunks: run npm run build`);
  return `chunks/${chunk}`;
}

/** Every built-in framework that has an outline chunk. */
export const outlinedFrameworks = () =>
  readdirSync(new URL('chunks/', cdnDir))
    .map((name) => /^(.+)-outline-[\w-]+\.js$/.exec(name)?.[1])
    .filter(Boolean)
    .sort();

/** The files before first paint of the task list of this framework. */
export const firstLoadFiles = (frameworkId) =>
  [...withStaticImports('s11kit.js'), ...withStaticImports(outlineChunk(frameworkId))].filter((file, i, all) => all.indexOf(file) === i);

/** gzip -9 size of a CDN file, compressed on its own as a server sends it. */
export const gzipped = (file) => gzipSync(readFileSync(new URL(file, cdnDir)), { level: 9 }).length;

/** The first load of each built-in framework, largest first: files and min+gzip bytes. */
export function firstLoads() {
  return outlinedFrameworks()
    .map((frameworkId) => {
      const files = firstLoadFiles(frameworkId).map((file) => ({ file, bytes: gzipped(file) }));
      return { frameworkId, files, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
