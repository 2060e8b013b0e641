import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * For writing many files at once: a function that resolves once a file's folder exists, making
 * each folder once however many files go into it.
 */
export function folderMaker(): (file: string) => Promise<unknown> {
  const made = new Map<string, Promise<unknown>>();
  return (file) => {
    const folder = dirname(file);
    let making = made.get(folder);
    if (!making) made.set(folder, (making = mkdir(folder, { recursive: true })));
    return making;
  };
}
