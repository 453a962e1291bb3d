import { readFile } from 'node:fs/promises';

export type TextRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Where the first byte that is not UTF-8 is, for a reason a person can act on. */
function firstBadByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The prefix up to some point decodes; find where it stops (decode in halves, not byte by byte).
  while (high - low > 4) {
    const middle = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}

/**
 * A text file as UTF-8, or a one-line reason: a missing file, a folder, a binary file, or bytes
 * that are not UTF-8 (which a lenient read would turn into U+FFFD and count as answers). Never throws.
 */
export async function readText(file: string): Promise<TextRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String(code ?? cause);
    return { ok: false, reason: `cannot read the file: ${reason}` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'it is a binary file, not text' };
  try {
    const text = STRICT_UTF8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: `it is not UTF-8 text (the first byte that is not is at offset ${firstBadByte(bytes)}): save it as UTF-8` };
  }
}
