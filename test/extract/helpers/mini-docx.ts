// Minimal DOCX files for extraction tests, built with jszip from WordprocessingML snippets. Containers whose headers
// must lie (zip bombs, wrong sizes) are written with zip() from scripts/fuzz-lib.ts.
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Inner XML of w:body. */
  body: string;
  numbering?: string;
  styles?: string;
  /** Inner XML of w:footnotes (w:footnote elements). */
  footnotes?: string;
}

/** Paragraph helper: text with optional style and numbering. */
export function p(text: string, opts: { style?: string; numId?: number; ilvl?: number } = {}): string {
  const numPr = opts.numId !== undefined ? `<w:numPr>${opts.ilvl !== undefined ? `<w:ilvl w:val="${opts.ilvl}"/>` : ''}<w:numId w:val="${opts.numId}"/></w:numPr>` : '';
  const pPr = opts.style || numPr ? `<w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${numPr}</w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One abstract numbering definition with its levels, and a num pointing at it. */
export function abstractNum(id: number, levels: Array<{ fmt: string; text: string; start?: number; restart?: number; pStyle?: string; isLgl?: boolean }>): string {
  const lvls = levels
    .map(
      (l, k) =>
        `<w:lvl w:ilvl="${k}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : ''}${l.isLgl ? '<w:isLgl/>' : ''}<w:lvlText w:val="${l.text}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides: Array<{ ilvl: number; start: number }> = []): string {
  const o = overrides.map((x) => `<w:lvlOverride w:ilvl="${x.ilvl}"><w:startOverride w:val="${x.start}"/></w:lvlOverride>`).join('');
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${o}</w:num>`;
}

export async function miniDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const rels: string[] = [];
  if (parts.numbering !== undefined) {
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
    overrides.push('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>');
    rels.push(`<Relationship Id="rIdNum" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  if (parts.styles !== undefined) {
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
    overrides.push('<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>');
    rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (parts.footnotes !== undefined) {
    zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`);
    overrides.push('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>');
    rels.push(`<Relationship Id="rIdFn" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
  }
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${parts.body}</w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
