import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dump } from 'js-yaml';
import { cmsConfig, type CmsBackend } from '../lib/cms-config.ts';
import { ADMIN_HEADERS } from '../lib/headers.ts';
import { ADMIN_FOLDER, baseFolder } from '../lib/paths.ts';
import { SITE_URL } from '../build-env.ts';
import { SITE } from '../site.ts';
import { escapeUTF8 } from 'entities';

/** Decap CMS's prebuilt bundle, from the npm package: the main file, its chunks and WebAssembly. */
const DECAP_DIST = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const isBundleFile = (name: string) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(name);
const SETUP_SCRIPT = fileURLToPath(new URL('../cms/admin-setup.js', import.meta.url));

/** The admin page: no inline script (the policy has none), nothing for search engines. */
const ADMIN_PAGE = `<!DOCTYPE html>
<html lang="${escapeUTF8(SITE.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Redaksi ${escapeUTF8(SITE.name)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="manual-init.js"></script>
<script src="decap-cms.js"></script>
<script type="module" src="admin-setup.js"></script>
</body>
</html>
`;

/** Stops Decap starting before admin-setup.js has given it the Indonesian words and the components. */
const MANUAL_INIT = 'window.CMS_MANUAL_INIT = true;\n';

/** The Git host a production build's CMS saves to, from the environment (README: Editing in the browser). */
export function productionBackend(env: NodeJS.ProcessEnv): CmsBackend {
  const repo = env.WARTA_CMS_REPO || env.GITHUB_REPOSITORY;
  return {
    folder: 'content/articles',
    kind: repo ? 'github' : 'git-gateway',
    repo,
    branch: env.WARTA_CMS_BRANCH || 'main',
    authUrl: env.WARTA_CMS_AUTH_URL || undefined,
  };
}

/** The editor's own machine: decap-server (`npm run cms`) writes content/articles directly. */
export const LOCAL_BACKEND: CmsBackend = { folder: 'content/articles', kind: 'local', branch: 'main' };

const configYaml = (backend: CmsBackend, url: string, base: string) =>
  dump(cmsConfig(backend, { url, base }), { lineWidth: -1 });

async function adminFiles(backend: CmsBackend, base: string): Promise<Map<string, () => Promise<string | Buffer>>> {
  const files = new Map<string, () => Promise<string | Buffer>>([
    ['index.html', async () => ADMIN_PAGE],
    ['config.yml', async () => configYaml(backend, SITE_URL, base)],
    ['manual-init.js', async () => MANUAL_INIT],
    ['admin-setup.js', () => readFile(SETUP_SCRIPT)],
  ]);
  for (const name of (await readdir(DECAP_DIST)).filter(isBundleFile))
    files.set(name, () => readFile(join(DECAP_DIST, name)));
  return files;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
};

/**
 * Serves the browser CMS at /admin/: written into the build (with the production backend), and
 * served by `npm run dev` (with the local one) with the admin's own headers. Reader pages never
 * load any of it.
 */
export function cmsAdmin(): AstroIntegration {
  let base = '/';
  return {
    name: 'warta:cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const folder = new URL(`${ADMIN_FOLDER}/`, dir);
        await mkdir(folder, { recursive: true });
        for (const [name, read] of await adminFiles(productionBackend(process.env), base)) {
          if (isBundleFile(name)) await copyFile(join(DECAP_DIST, name), new URL(name, folder));
          else await writeFile(new URL(name, folder), await read());
        }
      },
      'astro:server:setup': async ({ server }) => {
        const files = await adminFiles(LOCAL_BACKEND, base);
        const prefix = `${baseFolder(base)}${ADMIN_FOLDER}/`;
        server.middlewares.use(async (request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          // The local config points "Lihat di situs" and the preview links at this dev server, not the production address.
          const read =
            name === 'config.yml'
              ? async () => configYaml(LOCAL_BACKEND, `http://${request.headers.host ?? 'localhost:4321'}`, base)
              : files.get(name);
          if (!read) return next();
          for (const [name, value] of Object.entries(ADMIN_HEADERS)) response.setHeader(name, value);
          response.setHeader('Content-Type', TYPES[path.split('.').pop() ?? 'html'] ?? TYPES.html!);
          response.end(await read());
        });
      },
    },
  };
}
