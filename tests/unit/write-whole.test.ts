import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeWhole } from '../../src/lib/write-whole';

test('a file written whole replaces the old one and leaves nothing else behind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-whole-'));
  const file = join(dir, 'cache.json');
  writeFileSync(file, '{"old":true}');
  writeWhole(file, '{"new":true}');
  writeWhole(file, Buffer.from('{"newer":true}'));
  expect(readFileSync(file, 'utf8')).toBe('{"newer":true}');
  expect(readdirSync(dir)).toEqual(['cache.json']);
});
