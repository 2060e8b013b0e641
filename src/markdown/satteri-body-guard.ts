import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { Element } from 'hast';
import { imageProblem, linkProblem } from '../lib/addresses.ts';
import { contentFileProblem, missingPictureProblem } from '../lib/content-files.ts';
import { formatProblem, type ContentProblem } from '../lib/content-problems.ts';

type Position = { start: { line: number; column: number } } | undefined;
type JsxElement = {
  name: string | null;
  position?: Position;
  attributes: { type: string; name?: string; value?: unknown }[];
};

/** Attributes that hold an address a browser follows or fetches. */
const ADDRESS_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'srcSet',
  'action',
  'formAction',
  'formaction',
  'poster',
  'data',
  'cite',
  'xlinkHref',
  'xlink:href',
]);

/** Tags that run or embed other documents, or change how the page reads its addresses: never from article text. */
const REFUSED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
]);

/** One problem in a body, as the build and `check:content` print it: file:line:column, what, why. */
export class BodyProblem extends Error {
  override name = 'BodyProblem';
}

/** Where the guard sends a problem: by default it stops, with the problem's line; `check:content` collects them all instead. */
type Report = (problem: ContentProblem) => void;
const stop: Report = (problem) => {
  throw new BodyProblem(formatProblem(problem));
};

interface GuardOptions {
  contentDir?: string;
  report?: Report;
}

function fail(
  ctx: HastVisitorContext,
  { report = stop }: GuardOptions,
  position: Position,
  what: string,
  reason: string,
): void {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'artikel';
  report({ file, line: position?.start.line, column: position?.start.column, field: what, message: reason });
}

/** The addresses of a srcset, without their descriptors. */
const srcsetAddresses = (srcset: string) =>
  srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');

function checkAddress(
  ctx: HastVisitorContext,
  options: GuardOptions,
  position: Position,
  tag: string,
  attribute: string,
  value: string,
): void {
  const { contentDir } = options;
  const isPicture = tag === 'img' || (tag === 'source' && /^src/i.test(attribute));
  const addresses = /^srcset$/i.test(attribute) ? srcsetAddresses(value) : [value];
  for (const address of addresses) {
    if (!isPicture) {
      const problem = linkProblem(address);
      if (problem) fail(ctx, options, position, 'tautan', problem);
      continue;
    }
    const problem = imageProblem(address);
    if (problem) {
      fail(ctx, options, position, 'gambar', problem);
      continue;
    }
    // "/logo.png" is a file the site itself publishes; only a relative path names a file of the content.
    const file = ctx.fileURL && contentDir && !address.trim().startsWith('/') ? fileURLToPath(ctx.fileURL) : undefined;
    const fileProblem =
      file && contentDir
        ? (contentFileProblem(address, file, contentDir) ?? missingPictureProblem(address, file))
        : undefined;
    if (fileProblem) fail(ctx, options, position, 'gambar', fileProblem);
  }
}

function visitJsx(node: JsxElement, ctx: HastVisitorContext, options: GuardOptions): void {
  const tag = node.name ?? '';
  // Lower-case names are HTML tags (components are capitalised): no event handler or script-running tag from text.
  if (REFUSED_TAGS.has(tag.toLowerCase()))
    fail(ctx, options, node.position, 'tag', `<${tag}> tidak diizinkan di artikel`);
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (/^[a-z]/.test(tag) && /^on/i.test(attribute.name)) {
      fail(ctx, options, node.position, 'tag', `atribut ${attribute.name} pada <${tag}> tidak diizinkan di artikel`);
    }
    // An expression ({url}) is the author's code, checked nowhere else than in review.
    if (ADDRESS_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') {
      checkAddress(ctx, options, node.position, tag, attribute.name, attribute.value);
    }
  }
}

/**
 * A Sätteri HTML-tree plugin that stops the build at a link or picture a reader must not get:
 * a script scheme (javascript:, vbscript:, data:, file: …) in a link, a picture from another
 * site, an SVG, or a picture outside the content folder (when `contentDir` is given); and, in
 * MDX, tags and event handlers that run script. It runs first, on the addresses as written.
 * It stops at the first problem, unless `report` collects them (check:content lists them all).
 */
export function satteriBodyGuard(options: GuardOptions = {}) {
  return defineHastPlugin({
    name: 'warta-body-guard',
    options: { position: true },
    element: {
      filter: ['a', 'img'],
      visit(node: Element, ctx) {
        const position = node.position as Position;
        for (const attribute of ['href', 'src'] as const) {
          const value = node.properties?.[attribute];
          if (typeof value === 'string') checkAddress(ctx, options, position, node.tagName, attribute, value);
        }
      },
    },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => visitJsx(node as JsxElement, ctx, options) },
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => visitJsx(node as JsxElement, ctx, options) },
  });
}
