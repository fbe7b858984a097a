// Every registered rule has its doc page (docs/rules/<id>.md) with the agreed sections, its own tests, and examples that do
// what the page says: the "incorrect" example gives at least one finding of the rule, the "correct" one none.
// Examples are either whole small documents or clause paragraphs spliced into the clean DPA (test/helpers/splice.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../rules/index.js';
import type { Rule } from '../../src/engine/types.js';
import type { Finding } from '../../src/model.js';
import { runRule } from '../helpers/rule-tester.js';
import { isSpliceSnippet, spliceClauses } from '../helpers/splice.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BASE_PATH = join(ROOT, 'fixtures', 'clean', 'clean-dpa.txt');
const SECTIONS = ['## What it checks', '## Why', '## How to fix', '## Options', '## Examples'];

const rules: Rule[] = await loadRules();

interface Page {
  text: string;
  lines: string[];
}

function readPage(rule: Rule): Page | null {
  const file = join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  return { text, lines: text.split('\n') };
}

/** Lines of the section under `heading` (up to the next heading of the same or a higher level). */
function section(page: Page, heading: string): string[] {
  const level = heading.indexOf(' ');
  const start = page.lines.indexOf(heading);
  if (start === -1) return [];
  const out: string[] = [];
  let fenced = false;
  for (const line of page.lines.slice(start + 1)) {
    if (/^```/.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{1,6}) /.exec(line);
    if (m && m[1]!.length <= level) break;
    out.push(line);
  }
  return out;
}

/** The fenced blocks with exactly this info string ("text incorrect"), anywhere on the page. */
function blocks(page: Page, info: string): string[] {
  const found: string[] = [];
  let current: string[] | null = null;
  let open = false;
  for (const line of page.lines) {
    const fence = /^```(.*)$/.exec(line);
    if (fence && !open) {
      open = true;
      current = fence[1]!.trim() === info ? [] : null;
    } else if (fence && open && fence[1]!.trim() === '') {
      open = false;
      if (current) found.push(current.join('\n'));
      current = null;
    } else if (current) current.push(line);
  }
  return found;
}

function describeFindings(findings: Finding[]): string {
  return findings.length ? findings.map((f) => `  ${f.severity} ${f.clause ?? '-'} line ${f.location.line}: ${f.message}`).join('\n') : '  (none)';
}

function exampleText(snippet: string): string {
  if (!isSpliceSnippet(snippet)) return snippet;
  if (!existsSync(BASE_PATH)) throw new Error(`the clean DPA ${BASE_PATH} is missing: clause examples are spliced into it`);
  return spliceClauses(readFileSync(BASE_PATH, 'utf8'), snippet);
}

describe('rule doc pages', () => {
  it('finds registered rules', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      const page = readPage(rule);

      it(`has docs/rules/${id}.md and meta.docs points to it`, () => {
        expect(page, `docs/rules/${id}.md is missing`).not.toBeNull();
        expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
      });

      it(`has a test file test/rules/${id}.test.ts`, () => {
        expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts is missing`).toBe(true);
      });

      it.skipIf(page === null)('has a title, a one-line summary and the sections in order', () => {
        expect(page).not.toBeNull();
        const { lines } = page!;
        expect(lines[0], 'first line').toBe(`# ${id}`);
        const k = lines.findIndex((l, n) => n > 0 && l.trim() !== '');
        expect(k, 'summary line after the title').toBeGreaterThan(0);
        expect(lines[k]!.startsWith('#'), `summary expected after the title, found "${lines[k]}"`).toBe(false);
        expect(lines[k + 1]?.trim() ?? '', 'the summary is one line followed by a blank line').toBe('');
        let last = 0;
        for (const heading of SECTIONS) {
          const at = lines.indexOf(heading);
          expect(at, `section "${heading}"`).toBeGreaterThan(last);
          expect(section(page!, heading).join('\n').trim(), `section "${heading}" is empty`).not.toBe('');
          last = at;
        }
        const examples = section(page!, '## Examples');
        const incorrect = examples.indexOf('### Incorrect');
        const correct = examples.indexOf('### Correct');
        expect(incorrect, '"### Incorrect" under "## Examples"').toBeGreaterThanOrEqual(0);
        expect(correct, '"### Correct" after "### Incorrect"').toBeGreaterThan(incorrect);
      });

      it.skipIf(page === null)('documents its options and default severity as the rule defines them', () => {
        expect(page).not.toBeNull();
        const options = section(page!, '## Options').join('\n');
        const properties = Object.keys((rule.meta.schema as { properties?: Record<string, unknown> }).properties ?? {});
        if (properties.length === 0) expect(options, 'a rule without options says "None."').toMatch(/\bNone\./);
        for (const p of properties) expect(options, `option "${p}"`).toContain(`\`${p}\``);
        for (const [p, value] of Object.entries(rule.meta.defaultOptions)) {
          expect(options.replace(/\s+/g, ''), `default of "${p}" (as JSON)`).toContain(JSON.stringify(value));
        }
        // A page that names a default severity must name the right one.
        const stated = /default severity[^a-z]*\b(error|warning|info)\b/i.exec(page!.text);
        if (stated) expect(stated[1]!.toLowerCase(), 'default severity on the page').toBe(rule.meta.defaultSeverity);
      });

      it.skipIf(page === null)('has one incorrect and one correct example', () => {
        expect(page).not.toBeNull();
        expect(blocks(page!, 'text incorrect').length, 'blocks ```text incorrect').toBe(1);
        expect(blocks(page!, 'text correct').length, 'blocks ```text correct').toBe(1);
        const examples = section(page!, '## Examples');
        const incorrectAt = examples.indexOf('### Incorrect');
        const correctAt = examples.indexOf('### Correct');
        expect(examples.indexOf('```text incorrect'), 'the incorrect block under "### Incorrect"').toBeGreaterThan(incorrectAt);
        expect(examples.indexOf('```text incorrect'), 'the incorrect block before "### Correct"').toBeLessThan(correctAt);
        expect(examples.indexOf('```text correct'), 'the correct block under "### Correct"').toBeGreaterThan(correctAt);
      });

      it.skipIf(page === null)('incorrect example gives a finding of the rule', async () => {
        expect(page).not.toBeNull();
        const [snippet] = blocks(page!, 'text incorrect');
        expect(snippet, 'no ```text incorrect example').toBeDefined();
        const findings = (await runRule(rule, { text: exampleText(snippet!) })).filter((f) => f.ruleId === id);
        expect(findings.length, `findings of ${id}:\n${describeFindings(findings)}`).toBeGreaterThan(0);
      });

      it.skipIf(page === null)('correct example gives no finding of the rule', async () => {
        expect(page).not.toBeNull();
        const [snippet] = blocks(page!, 'text correct');
        expect(snippet, 'no ```text correct example').toBeDefined();
        const findings = (await runRule(rule, { text: exampleText(snippet!) })).filter((f) => f.ruleId === id);
        expect(findings, `findings of ${id}:\n${describeFindings(findings)}`).toEqual([]);
      });
    });
  }
});
