import { defineHastPlugin } from 'satteri';

const ALIGNMENT = /^text-align:\s*(left|center|right);?$/;

/**
 * Markdown tables align their columns (`---:`) with a `style` attribute, which the site's
 * Content-Security-Policy blocks (no inline style): the alignment becomes a class instead,
 * styled in src/styles/global.css.
 */
export function satteriTableAlignment() {
  return defineHastPlugin({
    name: 'warta-table-alignment',
    element: {
      filter: ['th', 'td'],
      visit(node, ctx) {
        const style = node.properties?.style;
        const alignment = typeof style === 'string' ? ALIGNMENT.exec(style.trim())?.[1] : undefined;
        if (!alignment) return;
        ctx.setProperty(node, 'style', undefined);
        ctx.setProperty(node, 'className', [`align-${alignment}`]);
      },
    },
  });
}
