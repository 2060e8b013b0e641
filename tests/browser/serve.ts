import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site on a free loopback port, the way a static host would: files as they
 * are, and 404.html with status 404 for anything else. Port 0 picks a free one.
 */
export async function serveStatic(root: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(root, { dev: false, etag: true });
  const notFound = readFileSync(join(root, '404.html'));
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
