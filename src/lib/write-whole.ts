import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file under another name, then renames it into place: whoever reads it at the same
 * time, or after a build was stopped while writing, finds the old file or the new one, never
 * half of one. The temporary name is this process's and unique within it, so two threads or
 * processes writing the same file never mix their bytes. The folder must exist.
 */
export function writeWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
