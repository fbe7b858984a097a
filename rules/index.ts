// The rule registry: every module in this folder (except this one) is a rule. Adding a rule never edits a shared file.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule } from '../src/engine/types.js';

let cache: Promise<Rule[]> | null = null;

function ruleFiles(): string[] {
  const dir = dirname(fileURLToPath(import.meta.url));
  return readdirSync(dir)
    // Built: .js files in dist/rules; under vitest: the .ts sources. Shared helpers live in rules/lib/ (a folder: skipped).
    .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('index.') && !f.startsWith('_'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** All rules, sorted by id. */
export function loadRules(): Promise<Rule[]> {
  cache ??= Promise.all(ruleFiles().map(async (file) => (await import(pathToFileURL(file).href)).default as Rule)).then((rules) =>
    rules.sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)),
  );
  return cache;
}
