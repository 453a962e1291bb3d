import { readFile } from 'node:fs/promises';
import { UsageError } from './usage-error.js';

/** Read and parse a JSON file, turning every failure into a one-line reason. */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String(code ?? cause);
    throw new UsageError(`${file}: cannot read the file: ${reason}`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new UsageError(`${file}: not valid JSON: ${(cause as Error).message}`);
  }
}
