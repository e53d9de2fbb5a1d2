/** MDX links through the base-aware helper: root-relative URLs in Markdown links, images and JSX href/src get the site's base. */
import { url } from '../site/url';

interface Node {
  type: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Astro leaves links written in MDX alone (withastro/astro #3626, #4128), so a build in a sub-folder would break them. */
const rootRelative = (u: string) => u.startsWith('/') && !u.startsWith('//');

/** Remark plugin: `[text](/the-climb/#the-climb-jan28)` becomes `[text](<base>the-climb/#the-climb-jan28)`. */
export default function remarkBaseLinks(options: { base: string }) {
  const base = options.base;
  const walk = (node: Node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && rootRelative(node.url)) {
      node.url = url(node.url, base);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && (a.name === 'href' || a.name === 'src') && typeof a.value === 'string' && rootRelative(a.value)) {
          a.value = url(a.value, base);
        }
      }
    }
    node.children?.forEach(walk);
  };
  return (tree: Node) => walk(tree);
}
