import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Whether a process of this id still runs: signal 0 tests without sending anything. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type LockResult = { taken: true; release: () => void } | { taken: false; holder: number };

/**
 * Takes the lock file for one output folder, or says which live process holds it. Two builds
 * writing one staging folder publish a broken site. The file holds the holder's process id; a
 * lock whose process is gone (a killed build) is stale and taken over, so nothing is left stuck.
 * The file appears whole in one step (written aside, then hard-linked into place, which fails if
 * it exists), so another build never reads a lock without its id.
 */
export function takeLock(lockFile: string, pid = process.pid, isAlive = processIsAlive): LockResult {
  const written = `${lockFile}.${pid}`;
  writeFileSync(written, String(pid));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(written, lockFile);
        return { taken: true, release: () => releaseLock(lockFile, pid) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder(lockFile);
      if (holder !== undefined && holder !== pid && isAlive(holder)) return { taken: false, holder };
      rmSync(lockFile, { force: true });
    }
    throw new Error(`${lockFile}: kunci build tidak dapat diambil`);
  } finally {
    rmSync(written, { force: true });
  }
}

function lockHolder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the lock, only if this process still holds it. */
function releaseLock(lockFile: string, pid: number): void {
  if (lockHolder(lockFile) === pid) rmSync(lockFile, { force: true });
}
