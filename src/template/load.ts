// Loads the committed template models (corpus/templates/*.json). They are built from annotated sources by
// scripts/build-templates.ts; at runtime only the JSON is read, because a clone has no ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Template, TemplateClause, TemplatePart } from './types.js';

let cache: Template[] | null = null;

/** The folder holding package.json: the code runs from src/template (vitest) and from dist/src/template. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('dpa-lint: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Every known template, sorted by id. Read once and cached; callers must not mutate the result. */
export function loadTemplates(): Template[] {
  if (cache) return cache;
  const dir = join(packageRoot(), 'corpus', 'templates');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  const templates = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Template);
  templates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  cache = templates;
  return cache;
}

export function getTemplate(id: string): Template | undefined {
  return loadTemplates().find((t) => t.id === id);
}

/** A clause by id within a template. */
export function getClause(template: Template, id: string): TemplateClause | undefined {
  return template.clauses.find((c) => c.id === id);
}

/** Plain text of parts: slots as {{slot:NAME}}, choices as {{choice:A|B}}. */
export function renderParts(parts: TemplatePart[]): string {
  let out = '';
  for (const p of parts) {
    if (p.type === 'text') out += p.text;
    else if (p.type === 'slot') out += `{{slot:${p.name}}}`;
    else out += `{{choice:${p.options.join('|')}}}`;
  }
  return out;
}

/**
 * The clause's canonical text as plain text (slots as {{slot:NAME}}, choices as {{choice:A|B}}).
 * With `variantId`, the text of that variant; an unknown variant id falls back to the clause's own parts.
 */
export function renderClause(clause: TemplateClause, variantId?: string): string {
  const variant = variantId !== undefined ? clause.variants?.find((v) => v.id === variantId) : undefined;
  return renderParts(variant ? variant.parts : clause.parts);
}
