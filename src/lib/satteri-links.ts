import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { Element } from 'hast';
import { bodyLink } from './links.ts';

type Attribute = 'href' | 'src';
/** Markdown links and pictures are elements; `<a>` and `<img>` written as tags in MDX are JSX elements. */
type JsxElement = { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };

/** Which attribute of a link or a picture holds its address. */
const addressOf = (tag: string | null): Attribute => (tag === 'a' ? 'href' : 'src');

function applyBodyLink(node: Element | JsxElement, attribute: Attribute, value: unknown, base: string, ctx: HastVisitorContext): void {
  // An expression ({url}) is the author's code, not an address to rewrite.
  if (typeof value !== 'string') return;
  const link = bodyLink(value, base);
  const target = node as Parameters<HastVisitorContext['setProperty']>[0];
  if (link.href !== value) ctx.setProperty(target, attribute, link.href);
  if (link.rel && attribute === 'href') ctx.setProperty(target, 'rel', link.rel);
}

function visitJsx(node: JsxElement, ctx: HastVisitorContext, base: string): void {
  const attribute = addressOf(node.name);
  const written = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute);
  applyBodyLink(node, attribute, written?.value, base, ctx);
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
      visit(node, ctx) {
        const attribute = addressOf(node.tagName);
        applyBodyLink(node, attribute, node.properties?.[attribute], base, ctx);
      },
    },
    mdxJsxTextElement: { filter: ['a', 'img'], visit: (node, ctx) => visitJsx(node, ctx, base) },
    mdxJsxFlowElement: { filter: ['a', 'img'], visit: (node, ctx) => visitJsx(node, ctx, base) },
  });
}
