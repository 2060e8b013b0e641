import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCacheFile, writeCacheFile, writeWhole } from '../../src/lib/cache-file';

test('a file written whole replaces the old one and leaves nothing else behind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-whole-'));
  const file = join(dir, 'cache.json');
  writeFileSync(file, '{"old":true}');
  writeWhole(file, '{"new":true}');
  writeWhole(file, Buffer.from('{"newer":true}'));
  expect(readFileSync(file, 'utf8')).toBe('{"newer":true}');
  expect(readdirSync(dir)).toEqual(['cache.json']);
});

test('a cache file is read back as written; none, or a damaged one, reads as nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-cache-'));
  const file = join(dir, 'folder', 'related.json');
  expect(readCacheFile(file)).toBeUndefined();
  writeCacheFile(file, { rule: 'r', lists: { a: ['d', ['b']] } });
  expect(readCacheFile(file)).toEqual({ rule: 'r', lists: { a: ['d', ['b']] } });
  writeFileSync(file, '{"rule": "r", "lis');
  expect(readCacheFile(file)).toBeUndefined();
});
