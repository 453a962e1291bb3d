import { readText } from './read-text.js';
import { UsageError } from './usage-error.js';

export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** Read and parse a JSON file (strict UTF-8); a failure comes back as a one-line reason, never thrown. */
export async function tryReadJson(file: string): Promise<JsonRead> {
  const read = await readText(file);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch (cause) {
    // V8 quotes the text around the mistake; the output layer makes any control character in it visible.
    return { ok: false, reason: `not valid JSON: ${(cause as Error).message}` };
  }
}

/** Read and parse a JSON file, turning every failure into a one-line reason. */
export async function readJson(file: string): Promise<unknown> {
  const read = await tryReadJson(file);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  return read.value;
}
