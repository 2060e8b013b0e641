import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads a `_headers` file as Netlify and Cloudflare Pages do: a path (with * splats), then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .split('*')
          .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** The headers a host would send for a path: every matching rule's, merged as Netlify and Cloudflare do. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) (merged[name] ??= []).push(value);
  }
  return merged;
}

/**
 * Serves a built site on a free loopback port the way a static host would: files as they
 * are, the site's own `_headers` (its Content-Security-Policy included) on every response,
 * and 404.html with status 404 for anything else. Port 0 picks a free one.
 */
export async function serveStatic(root: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(root, { dev: false, etag: true });
  const notFound = readFileSync(join(root, '404.html'));
  const rules = existsSync(join(root, '_headers'))
    ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
    : [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, values] of Object.entries(headersFor(rules, path))) res.setHeader(name, values.join(', '));
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
