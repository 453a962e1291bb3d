import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

const reasonOf = (cause: unknown) => {
  const code = (cause as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : String(code ?? cause);
};

/**
 * The files named, and every `.json` file directly inside the folders named (in name order, so
 * runs are repeatable), each once however often it is named. Only names are gathered: the files
 * are read later, one at a time.
 */
export async function listJsonFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (cause) {
      throw new UsageError(`${path}: cannot read it: ${reasonOf(cause)}`);
    }
    if (!isFolder) {
      add(path);
      continue;
    }
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (cause) {
      throw new UsageError(`${path}: cannot read the folder: ${reasonOf(cause)}`);
    }
    const names = entries.filter((entry) => !entry.isDirectory() && entry.name.endsWith('.json')).map((entry) => entry.name);
    for (const name of names.sort()) add(join(path, name));
  }
  return files;
}
