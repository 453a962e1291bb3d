import { open, type FileHandle } from 'node:fs/promises';

const CHUNK = 1 << 20;

/** A file written a piece at a time, in 1 MB chunks, so that a 100,000-return CSV is never held whole. */
export class TextFile {
  private _pending: string[] = [];
  private _size = 0;

  private constructor(private readonly _handle: FileHandle) {}

  static async create(path: string): Promise<TextFile> {
    return new TextFile(await open(path, 'w'));
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
