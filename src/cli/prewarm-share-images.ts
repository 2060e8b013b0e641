/**
 * Draws articles' share images into the cache while Astro is still bundling and rendering, on
 * what Astro leaves idle of the machine (started by src/integrations/share-images.ts, which
 * waits for it when the build is done). It reads the same frontmatter through the same schema,
 * so it draws exactly the images the build will ask for; any it fails to draw, the build draws
 * itself. Not needed for correctness, only for speed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { isPublished } from '../lib/articles.ts';
import { articleShareText, cachedShareImageFile } from '../lib/share-image.ts';
import { SITE } from '../site.ts';
import { t } from '../i18n/id.ts';
import { buildClock, CONTENT_DIR, SHARE_IMAGE_CACHE } from '../build-env.ts';
import { frontmatterText, withDatesAsWritten } from '../lib/frontmatter.ts';

const now = buildClock();
const site = { name: SITE.name, url: process.env.SITE_URL || SITE.url };
const schema = articleSchema(() => z.unknown());

const articles = (readdirSync(CONTENT_DIR, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => {
    // Read as Astro reads it (default YAML schema, then dates as written), so the text matches.
    const source = readFileSync(join(CONTENT_DIR, file), 'utf8');
    const frontmatter = frontmatterText(source);
    const data = frontmatter === undefined ? undefined : withDatesAsWritten(yaml.load(frontmatter) as Record<string, unknown>, source);
    const parsed = data === undefined ? undefined : schema.safeParse(data);
    return parsed?.success ? [{ id: file, data: parsed.data }] : [];
  })
  .filter((article) => isPublished(article, { now, preview: false }));

// A few in flight: the next image is drawn while the last ones are encoded on sharp's threads.
const inFlight = new Set<Promise<string>>();
for (const { data } of articles) {
  const drawing = cachedShareImageFile(articleShareText({ title: data.title, sectionName: t(`section.${data.section}`) }, site), SHARE_IMAGE_CACHE);
  inFlight.add(drawing);
  void drawing.finally(() => inFlight.delete(drawing));
  if (inFlight.size >= 3) await Promise.race(inFlight);
}
await Promise.all(inFlight);
