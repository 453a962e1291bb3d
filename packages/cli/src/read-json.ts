import { readFile } from 'node:fs/promises';
import { UsageError } from './usage-error.js';

export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** Read and parse a JSON file; a failure comes back as a one-line reason, never thrown. */
export async function tryReadJson(file: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String(code ?? cause);
    return { ok: false, reason: `cannot read the file: ${reason}` };
  }
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (cause) {
    return { ok: false, reason: `not valid JSON: ${(cause as Error).message}` };
  }
}

/** Read and parse a JSON file, turning every failure into a one-line reason. */
export async function readJson(file: string): Promise<unknown> {
  const read = await tryReadJson(file);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  return read.value;
}
