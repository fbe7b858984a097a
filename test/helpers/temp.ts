// Temp folders for tests that remove themselves: before this, every run left hundreds of dpa-lint-* folders in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new folder `dpa-lint-<name>-XXXXXX` under the OS temp folder, removed when the current test finishes.
 * Call it inside a test (vitest throws otherwise); for a folder shared by a file, use beforeAll/afterAll. */
export function testTempDir(name: string): string {
  let dir: string | undefined;
  // Registered first, so that a call outside a test throws before anything is created.
  onTestFinished(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  dir = mkdtempSync(join(tmpdir(), `dpa-lint-${name}-`));
  return dir;
}
