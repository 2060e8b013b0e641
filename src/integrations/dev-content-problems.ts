import type { AstroIntegration } from 'astro';
import { contentProblemsPage, currentContentProblems } from '../lib/dev-content-problems.ts';

/**
 * In `npm run dev`, while an article has a mistake (noted by the articles' loader), every page
 * a browser asks for is the list of problems, in the one-line format `check:content` prints,
 * instead of the last good version of the article or a 404: an editor sees at once what to fix.
 */
export function devContentProblems(): AstroIntegration {
  return {
    name: 'warta:dev-content-problems',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const problems = request.headers.accept?.includes('text/html') ? currentContentProblems() : [];
          if (problems.length === 0) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(contentProblemsPage(problems));
        });
      },
    },
  };
}
