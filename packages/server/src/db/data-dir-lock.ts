import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Another process has the data folder open. */
export class DataDirBusyError extends Error {
  override readonly name = 'DataDirBusyError';
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claim a data folder for this process with a lock file holding its pid. PGlite has no locking
 * of its own, and two processes writing one folder would corrupt it. A lock left by a process
 * that no longer runs (one killed with SIGKILL) is taken over.
 */
export async function lockDataDir(folder: string): Promise<{ release(): Promise<void> }> {
  const file = join(folder, 's11.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && alive(pid))
      throw new DataDirBusyError(
        `${folder} is in use by another process (pid ${pid}), such as a running s11 serve: stop it first, or use PostgreSQL (DATABASE_URL) to share the data`,
      );
    await rm(file, { force: true });
  }
  throw new DataDirBusyError(`${folder}: could not take its lock file ${file}`);
}
