import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { shellEnv } from '../shell-env';

export { shellEnv };

const run = promisify(execFile);
const WORK = resolve('tests/.output/editor');

/** A fresh content folder for one case, holding copies of fixtures: { 'name in folder': 'path under tests/fixtures' }. */
export function contentDir(name: string, files: Record<string, string>): string {
  const dir = resolve(WORK, name, 'articles');
  rmSync(resolve(WORK, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [target, source] of Object.entries(files)) {
    cpSync(resolve('tests/fixtures', source), resolve(dir, target), { recursive: true });
  }
  return dir;
}

/** Runs one of the project's CLI scripts the way npm would, and returns its exit code and all it printed. */
export async function cli(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      env: shellEnv(env),
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

export const WORK_DIR = WORK;
