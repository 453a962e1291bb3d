// A static server on 127.0.0.1 for the browser benchmarks: the pages, the CDN bundle and the
// peers' files, all from this repository. Nothing is fetched from the network.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/** `mounts` maps a URL prefix such as `/cdn/` to a folder, or to an object of file names and contents. */
export async function serve(mounts) {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    // Browsers ask for /favicon.ico on their own; no page needs it.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return response.writeHead(404).end('not found');
    try {
      const name = path.slice(mount[0].length);
      const body = typeof mount[1] === 'string' ? await readFile(join(mount[1], name)) : mount[1][name];
      if (body === undefined) throw new Error('not found');
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
