import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { UsageError } from './usage-error.js';

// O_NOFOLLOW: a link already standing where a report file goes (planted in --out, or left from
// before) is refused rather than followed to write somewhere else.
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

/** Open a file to write, never through a symbolic link. */
async function openForWriting(path: string): Promise<FileHandle> {
  try {
    return await open(path, CREATE, 0o644);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UsageError(`${path} is a symbolic link: nothing is written through it; remove it, or choose another --out folder`);
    throw cause;
  }
}

/** Write a whole file, never through a symbolic link. */
export async function writeNewFile(path: string, text: string): Promise<void> {
  const handle = await openForWriting(path);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

const CHUNK = 1 << 20;

/** A file written a piece at a time, in 1 MB chunks, so that a 100,000-return CSV is never held whole. */
export class TextFile {
  private _pending: string[] = [];
  private _size = 0;

  private constructor(private readonly _handle: FileHandle) {}

  static async create(path: string): Promise<TextFile> {
    return new TextFile(await openForWriting(path));
  }

  async write(text: string): Promise<void> {
    this._pending.push(text);
    this._size += text.length;
    if (this._size >= CHUNK) await this._flush();
  }

  async close(): Promise<void> {
    await this._flush();
    await this._handle.close();
  }

  private async _flush(): Promise<void> {
    if (this._size === 0) return;
    const chunk = this._pending.join('');
    this._pending = [];
    this._size = 0;
    await this._handle.write(chunk);
  }
}
