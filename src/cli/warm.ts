// Loaded by bin/dpa-lint.js before the rest of the CLI: when the command line names files to lint, the first lint
// worker (src/engine/isolate.ts) starts and loads the engine, and pdf.js or mammoth for a PDF or DOCX, on the other
// core while this thread loads the CLI (~0.3 s), instead of after it. A --jobs pool takes this worker as its first.
import { warmIsolated, type ParserKind } from '../engine/isolate.js';

// Options that take a value (not a file to lint).
const TAKES_VALUE = new Set([
  '-o', '--output-file', '-c', '--config', '--print-config', '--waivers', '--cache-location', '-f', '--format', '--rule',
  '--template', '--max-warnings', '-j', '--jobs', '--max-file-size', '--timeout', '--ignore-pattern', '--table',
]);
// Runs that lint nothing.
const NO_LINT = new Set(['-h', '--help', '-v', '--version', '--print-config']);

/** Whether a command line will lint, and the parser its first PDF or DOCX needs: null when it lints nothing. */
export function toWarm(argv: string[]): { kind: ParserKind | null } | null {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (NO_LINT.has(a)) return null;
    if (TAKES_VALUE.has(a)) i++;
    else if (a === '-' || !a.startsWith('-')) files.push(a);
  }
  if (files.length === 0 || files[0] === 'rules') return null;
  const first = files.find((f) => /\.(pdf|docx)$/i.test(f));
  return { kind: first ? (/\.pdf$/i.test(first) ? 'pdf' : 'docx') : null };
}

export function warmForArgs(argv: string[]): void {
  const warm = toWarm(argv);
  if (warm) warmIsolated(warm.kind);
}
