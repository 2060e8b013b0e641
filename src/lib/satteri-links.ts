import { defineHastPlugin } from 'satteri';
import { bodyLink } from './links.ts';

/** A Sätteri HTML-tree plugin applying `bodyLink` to every link and picture of an article body. */
export function satteriBodyLinks(base: string) {
  return defineHastPlugin({
    name: 'warta-body-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[attribute];
        if (typeof value !== 'string') return;
        const link = bodyLink(value, base);
        if (link.href !== value) ctx.setProperty(node, attribute, link.href);
        if (link.rel && attribute === 'href') ctx.setProperty(node, 'rel', link.rel);
      },
    },
  });
}
