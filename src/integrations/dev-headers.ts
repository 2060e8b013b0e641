import type { AstroIntegration } from 'astro';
import { devSecurityHeaders } from '../lib/headers.ts';

/**
 * `npm run dev` sends the production security headers (src/lib/headers.ts), so what a reader's
 * browser would block, an inline `style=`, a pasted script or a frame from elsewhere, is blocked
 * in the preview too. Astro's dev toolbar is off: it needs an inline script, and the site has none.
 */
export function devHeaders(): AstroIntegration {
  const headers = Object.entries(devSecurityHeaders());
  return {
    name: 'warta:dev-headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ devToolbar: { enabled: false } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((_request, response, next) => {
          for (const [name, value] of headers) response.setHeader(name, value);
          next();
        });
      },
    },
  };
}
