/**
 * An article's text from a web page: Mozilla's Readability on a linkedom document, then the article's
 * blocks as lines (the text layer reads each line as a paragraph), with the title as the first line
 * (a short first line without a full stop is read as the headline).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/** The least an article must say, in words, for the page to count as having one. */
const MIN_WORDS = 10;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of an element's blocks, one line each, white space collapsed. */
export function blockLines(root: DomNode): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const line = buf.replace(/\s+/g, ' ').trim();
    if (line) out.push(line);
    buf = '';
  };
  const walk = (node: DomNode) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (c.nodeType === 3) {
        buf += c.textContent ?? '';
        continue;
      }
      if (c.nodeType !== 1) continue;
      const tag = c.nodeName.toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        flush();
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) flush();
      walk(c);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return out;
}

/** The article in a page as lines (title first), or null when there is no readable article. */
export function articleText(html: string): string | null {
  if (!html.trim()) return null;
  const { document } = parseHTML(html);
  if (!document?.documentElement) return null;
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const lines = blockLines(content.body as unknown as DomNode);
  const words = lines.join(' ').split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  if (words < MIN_WORDS) return null;
  const title = (article.title ?? '').replace(/\s+/g, ' ').trim();
  if (title && lines[0]?.toLowerCase() !== title.toLowerCase()) lines.unshift(title);
  return lines.join('\n') + '\n';
}
