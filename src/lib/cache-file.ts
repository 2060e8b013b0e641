import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

/** A JSON file a build keeps for the next one, written whole (its folder made if need be). */
export function writeCacheFile(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeWhole(file, JSON.stringify(value));
}

/** What a build kept in a JSON file, or undefined when there is none yet or it is damaged: the caller starts afresh. */
export function readCacheFile<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
