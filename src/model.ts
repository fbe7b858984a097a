// The data that flows between the pipeline stages:
// input bytes → ExtractedDocument (raw lines with source positions) → NormalizedDocument (blocks + offset map)
// → SegmentedDocument (clauses with ids) → Alignment (against a Template) → rules → Finding[].

export type Severity = 'error' | 'warning' | 'info';
export type DocFormat = 'text' | 'markdown' | 'pdf' | 'docx' | 'html';
export type Language = 'da' | 'en' | 'no' | 'de' | 'sv' | 'unknown';

/** A place in the original input. 1-based; `page` only for paginated formats (PDF), else null. */
export interface SourcePosition {
  line: number;
  column: number;
  page: number | null;
}

/** One line as the extractor saw it, before normalisation. */
export interface RawLine {
  text: string;
  /** Position of text[0] in the original: file line (text), line on the page (PDF), line in the extracted text (DOCX). */
  line: number;
  column: number;
  page: number | null;
  /** Structural hint from formats that know it (DOCX, Markdown, PDF font size). */
  kind?: 'heading' | 'list-item' | 'table-row' | 'footnote' | 'paragraph';
  /** Cells of a table row (kind === 'table-row'); `text` then holds the cells joined by " | ". */
  cells?: string[];
  /** A numbering label the extractor restored (Word auto-numbering), e.g. "7.3." or "a." */
  label?: string;
  /** The extractor knows this line starts a new paragraph (DOCX paragraphs, PDF vertical gaps). */
  paragraphStart?: boolean;
  /** Tables: an id shared by the rows of one table. */
  tableId?: number;
}

export interface ExtractionNote {
  kind: 'tracked-change' | 'watermark' | 'header-footer' | 'ocr' | 'warning';
  message: string;
  text: string;
  position: SourcePosition | null;
}

export interface ExtractedDocument {
  format: DocFormat;
  lines: RawLine[];
  /** Number of pages (PDF), else null. */
  pages: number | null;
  /** True when each RawLine is already a whole paragraph (DOCX, HTML): the normaliser must not join lines. */
  paragraphsKnown: boolean;
  notes: ExtractionNote[];
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table' | 'footnote';

/** A paragraph-level unit of normalised text. */
export interface Block {
  kind: BlockKind;
  /** Normalised text of the block (for a table: rows joined by "\n", cells by " | "). */
  text: string;
  /** Offsets of `text` in NormalizedDocument.text (half-open). */
  start: number;
  end: number;
  /** Table rows and cells. */
  rows?: string[][];
  /** A numbering label given by the extractor (DOCX auto-numbering); otherwise the label is part of `text`. */
  label?: string;
}

/** Something the normaliser removed from the text but a rule may want to see (watermarks, running headers). */
export interface RemovedText {
  kind: 'header' | 'footer' | 'page-number' | 'watermark' | 'footnote-marker' | 'toc';
  text: string;
  position: SourcePosition;
}

export interface NormalizedDocument {
  /** Blocks' texts joined by "\n\n". */
  text: string;
  blocks: Block[];
  removed: RemovedText[];
  /** Maps an offset in `text` back to the original input. */
  positionAt(offset: number): SourcePosition;
}

export type ClauseKind =
  | 'front' // title block, parties, text before the first section
  | 'section' // "7. Anvendelse af underdatabehandlere"
  | 'clause' // "7.3"
  | 'litra' // "9.2.a"
  | 'annex' // "Bilag B"
  | 'annex-section'; // "B.1"

/** A numbered unit of the document, as the document numbers it. */
export interface Clause {
  /** Normalised id as the document numbers it: "7", "7.3", "9.2.a", "B", "B.1"; null when unnumbered (front matter). */
  id: string | null;
  /** The label as written, e.g. "3.", "a)", "A.3.", "Bilag B". */
  label: string | null;
  kind: ClauseKind;
  /** Heading text of a section/annex/annex-section (without its label). */
  title: string | null;
  /** Body text without the label (for a section: text directly under its heading before the first clause, usually empty). */
  text: string;
  /** Offsets in NormalizedDocument.text of the whole unit (label included). */
  start: number;
  end: number;
  /** Offset where the body text starts. */
  bodyStart: number;
  /** Id of the enclosing section or annex ("7", "B"); null at top level. */
  parent: string | null;
  /** Blocks covered by the unit (tables included). */
  blocks: Block[];
}

export interface SegmentedDocument {
  norm: NormalizedDocument;
  clauses: Clause[];
  /** Span of a table of contents kept out of the clauses, if any. */
  tocSpans: Array<{ start: number; end: number }>;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Template clause id the finding is about ("10.2", "A.3", section "4"), or null. */
  clause: string | null;
  location: SourcePosition;
  /** Quoted text from the document that shows the problem ("" when the problem is an absence). */
  evidence: string;
  expected?: string;
  actual?: string;
  suggestion?: string;
  /** Art. 28 checklist element code (art28-element-missing only). */
  element?: string;
  /** Word-level redline for clause-modified: "[-removed-]{+added+}" marks. */
  redline?: string;
}

export type ClauseStatus = 'identical' | 'equivalent' | 'modified' | 'missing' | 'added';

export interface ClauseSummary {
  id: string;
  status: ClauseStatus;
  similarity: number;
  line: number | null;
}

export interface FileError {
  code: string;
  message: string;
}

export interface FileResult {
  path: string;
  format: DocFormat | null;
  template: { id: string; confidence: number } | null;
  language?: Language | null;
  error: FileError | null;
  findings: Finding[];
  suppressed?: SuppressedFinding[];
  clauses: ClauseSummary[];
  fields?: unknown;
}

export interface SuppressedFinding extends Finding {
  suppression: { kind: 'external'; justification: string; approvedBy?: string; expires?: string };
}

export interface LintReport {
  schemaVersion: 1;
  files: FileResult[];
}
