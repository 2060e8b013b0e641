import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { Element } from 'hast';
import { bodyLink, bodySrcset } from '../lib/links.ts';

type Attribute = 'href' | 'src';
/** Markdown links and pictures are elements; `<a>` and `<img>` written as tags in MDX are JSX elements. */
type JsxElement = { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
type Target = Parameters<HastVisitorContext['setProperty']>[0];

/** Which attribute of a link or a picture holds its address. */
const addressOf = (tag: string | null): Attribute => (tag === 'a' ? 'href' : 'src');

/** A rel value as tokens, whether hast's array or a tag's string. */
const relTokens = (rel: unknown): string[] =>
  Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];

function applyBodyLink(
  node: Target,
  attribute: Attribute,
  value: unknown,
  writtenRel: unknown,
  base: string,
  ctx: HastVisitorContext,
): void {
  // An expression ({url}) is the author's code, not an address to rewrite.
  if (typeof value !== 'string') return;
  const link = bodyLink(value, base);
  if (link.href !== value) ctx.setProperty(node, attribute, link.href);
  // Added to what the editor wrote: "sponsored" or "nofollow" on a paid link must stay.
  if (link.rel && attribute === 'href')
    ctx.setProperty(node, 'rel', [...new Set([...relTokens(writtenRel), ...link.rel])]);
}

function visitJsx(node: JsxElement, ctx: HastVisitorContext, base: string): void {
  const written = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  const attribute = addressOf(node.name);
  applyBodyLink(node as Target, attribute, written(attribute), written('rel'), base, ctx);
  // Only a tag can carry a srcset (Markdown pictures have one address).
  for (const name of ['srcset', 'srcSet']) {
    const srcset = written(name);
    if (node.name !== 'img' || typeof srcset !== 'string') continue;
    const rewritten = bodySrcset(srcset, base);
    if (rewritten !== srcset) ctx.setProperty(node as Target, name, rewritten);
  }
}

/**
 * A Sätteri HTML-tree plugin applying `bodyLink` to every link and picture of an article body,
 * whether written in Markdown (`[text](/berita/…)`) or, in MDX, as a tag (`<a href="/berita/…">`).
 */
export function satteriBodyLinks(base: string) {
  return defineHastPlugin({
    name: 'warta-body-links',
    element: {
      filter: ['a', 'img'],
      visit(node: Element, ctx) {
        const attribute = addressOf(node.tagName);
        applyBodyLink(node as Target, attribute, node.properties?.[attribute], node.properties?.rel, base, ctx);
      },
    },
    mdxJsxTextElement: { filter: ['a', 'img'], visit: (node, ctx) => visitJsx(node, ctx, base) },
    mdxJsxFlowElement: { filter: ['a', 'img'], visit: (node, ctx) => visitJsx(node, ctx, base) },
  });
}
