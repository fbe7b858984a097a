// --cache: lint results stored as JSON under .dpa-lint-cache/, keyed on sha256 of the file's bytes, the tool version,
// a fingerprint of the installed code and templates, and the resolved settings for the file. A changed template,
// rule or setting therefore never serves a stale result; an unchanged DPA is not re-extracted.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../model.js';
import { packageRoot, toolVersion } from '../config/package.js';

export const DEFAULT_CACHE_LOCATION = '.dpa-lint-cache';

function listFiles(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) listFiles(p, out);
    else out.push(p);
  }
  return out;
}

let fingerprint: string | null = null;

/**
 * Tool version + the templates + the code that runs (dist/ when built, the sources under vitest), by content: a
 * changed rule or template invalidates the cache, while a fresh install of the same version (new file times, as in
 * CI) keeps it. About 1 MB hashed once per run (a few ms).
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = packageRoot();
  const h = createHash('sha256');
  h.update(`dpa-lint@${toolVersion()}\n`);
  const code = import.meta.url.includes('/dist/') ? ['dist/src', 'dist/rules'] : ['src', 'rules'];
  for (const sub of ['corpus/templates', ...code]) {
    for (const file of listFiles(join(root, sub))) {
      if (!/\.(json|js|ts)$/.test(file) || file.endsWith('.d.ts')) continue;
      h.update(`${file.slice(root.length)}\0`).update(readFileSync(file)).update('\n');
    }
  }
  fingerprint = h.digest('hex');
  return fingerprint;
}

export class ResultCache {
  hits = 0;
  misses = 0;

  constructor(private readonly dir: string) {}

  key(bytes: Uint8Array, settings: unknown): string {
    return createHash('sha256').update(codeFingerprint()).update('\0').update(JSON.stringify(settings)).update('\0').update(bytes).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string, path: string): FileResult | null {
    try {
      const result = JSON.parse(readFileSync(this.file(key), 'utf8')) as FileResult;
      this.hits++;
      // The same content under another name is the same result, reported under the name given now.
      return { ...result, path };
    } catch {
      this.misses++;
      return null;
    }
  }

  set(key: string, result: FileResult): void {
    const target = this.file(key);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      // Write then rename, so a concurrent or interrupted run never reads half a file.
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, target);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
}
