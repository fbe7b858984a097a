import type { Formatter } from './types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatHtml } from './html.js';

/** Every output format by its --format name. Each is a pure function of the report and context. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  html: formatHtml,
};

export type { Formatter, FormatContext } from './types.js';
export { toJsonReport } from './json.js';
export { toSarif } from './sarif.js';
