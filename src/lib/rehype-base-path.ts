import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Editors link to other articles as "/berita/…/". When the site is served under a sub-path
 * ("/warta/"), such links in article bodies get that prefix, so they work wherever it is hosted.
 */
export function rehypeBasePath(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = (url: unknown) =>
    typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(root)
      ? root + url.slice(1)
      : url;
  return () => (tree: Root) => {
    if (root === '/') return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a') node.properties.href = prefix(node.properties.href) as string;
      if (node.tagName === 'img') node.properties.src = prefix(node.properties.src) as string;
    });
  };
}
