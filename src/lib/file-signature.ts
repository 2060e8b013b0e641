import { statSync } from 'node:fs';

/**
 * What says a file changed without reading it, as git's index tells: its size, modification
 * and change times and inode ("" when it is not there). An edit changes the size or the times;
 * the change time cannot be set back, even by tools that keep the modification time; a file
 * put in place by a rename or a copy has another inode.
 */
export function fileSignature(file: string): string {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}` : '';
}
