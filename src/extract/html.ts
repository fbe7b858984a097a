// HTML (a DPA saved from a web page): block elements become paragraphs, headings stay headings, tables keep rows and
// cells. Scripts, styles and page chrome (nav, header, footer) are dropped.
import { createRequire } from 'node:module';
import type { HTMLElement, Node as HtmlNode } from 'node-html-parser';
import type { ExtractedDocument, RawLine } from '../model.js';

// Required when an HTML file comes: most runs read none, and loading the parser costs ~40 ms at start-up.
const require = createRequire(import.meta.url);

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'head', 'svg', 'button', 'form']);
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'pre', 'figcaption', 'caption']);

function text(node: HtmlNode): string {
  if (node.nodeType === 3) return (node as unknown as { text: string }).text;
  if (node.nodeType !== 1) return '';
  const el = node as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (SKIP.has(tag)) return '';
  if (tag === 'br') return ' ';
  return el.childNodes.map(text).join('');
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function extractHtml(source: string): ExtractedDocument {
  const { parse } = require('node-html-parser') as typeof import('node-html-parser');
  const root = parse(source, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const lines: RawLine[] = [];
  let tableId = 0;
  const add = (t: string, kind: RawLine['kind'], extra: Partial<RawLine> = {}) => {
    const s = clean(t);
    if (s) lines.push({ text: s, line: lines.length + 1, column: 1, page: null, kind, paragraphStart: true, ...extra });
  };
  const visit = (nodes: HtmlNode[]) => {
    let inline = '';
    const flush = () => {
      add(inline, 'paragraph');
      inline = '';
    };
    for (const node of nodes) {
      if (node.nodeType !== 1) {
        inline += text(node);
        continue;
      }
      const el = node as HTMLElement;
      const tag = el.tagName.toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'table') {
        flush();
        tableId++;
        for (const tr of el.querySelectorAll('tr')) {
          if (tr.closest('table') !== el) continue;
          const cells = tr.childNodes
            .filter((c) => c.nodeType === 1 && /^t[dh]$/i.test((c as HTMLElement).tagName))
            .map((c) => clean(text(c)));
          if (cells.some((c) => c !== '')) add(cells.join(' | '), 'table-row', { cells, tableId });
        }
      } else if (BLOCK.has(tag)) {
        flush();
        const nested = el.querySelectorAll('ul, ol, table, p');
        if (tag === 'li' && nested.length > 0) {
          // A list item with a nested list: its own text first, then the nested blocks.
          const own = el.childNodes.filter((c) => !(c.nodeType === 1 && /^(ul|ol|table|p)$/i.test((c as HTMLElement).tagName)));
          add(own.map(text).join(''), 'list-item');
          visit(el.childNodes.filter((c) => c.nodeType === 1 && /^(ul|ol|table|p)$/i.test((c as HTMLElement).tagName)));
        } else {
          add(text(el), /^h[1-6]$/.test(tag) ? 'heading' : tag === 'li' ? 'list-item' : 'paragraph');
        }
      } else if (['a', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'small', 'mark', 'abbr', 'time', 'label'].includes(tag)) {
        inline += text(el);
      } else if (tag === 'br') {
        inline += ' ';
      } else {
        flush();
        visit(el.childNodes);
      }
    }
    flush();
  };
  const body = root.querySelector('body') ?? root;
  visit(body.childNodes);
  return { format: 'html', lines, pages: null, paragraphsKnown: true, notes: [] };
}
