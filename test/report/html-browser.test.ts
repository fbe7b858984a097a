// The HTML report in a real headless Chromium (Debian's chromium package): the redline is rendered visibly and
// script injected through the contract text does not run. The screenshot is saved under test-artifacts/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/index.js';
import { INJECTION, RULES, sampleReport } from './sample-report.js';
import { CLEAN, ROOT, run, workspace } from '../cli/helpers.js';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

function findChromium(): string | null {
  for (const bin of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(bin)) return bin;
  return null;
}

/** Install Debian's chromium when absent, only as root with a working apt (CI machines start without it). */
function ensureChromium(): { bin: string | null; reason: string } {
  const found = findChromium();
  if (found) return { bin: found, reason: '' };
  if (process.env.DPA_LINT_NO_BROWSER_INSTALL) return { bin: null, reason: 'chromium absent and DPA_LINT_NO_BROWSER_INSTALL is set' };
  if (process.getuid?.() !== 0) return { bin: null, reason: 'chromium absent and not root, so it cannot be installed with apt-get' };
  if (spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) return { bin: null, reason: 'chromium absent and no apt-get' };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { env, stdio: 'ignore', timeout: 600_000 });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 300_000 });
    r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { env, stdio: 'ignore', timeout: 600_000 });
  }
  const bin = findChromium();
  return bin ? { bin, reason: '' } : { bin: null, reason: `apt-get install chromium failed (exit ${r.status})` };
}

const { bin: chromium, reason } = ensureChromium();
if (!chromium) console.warn(`html-browser tests skipped: ${reason}`);

const work = mkdtempSync(join(tmpdir(), 'dpa-lint-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function chromiumRun(args: string[]): string {
  return chromiumRunWithLog(args).stdout;
}

/** Run Chromium with console logging on stderr (CSP violations and page errors show up there). */
function chromiumRunWithLog(args: string[]): { stdout: string; stderr: string } {
  const profile = mkdtempSync(join(work, 'profile-'));
  const r = spawnSync(
    chromium!,
    [
      '--enable-logging=stderr',
      '--v=0',
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 },
  );
  if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

function dumpDom(file: string): string {
  return chromiumRun(['--virtual-time-budget=3000', '--dump-dom', pathToFileURL(file).href]);
}

const PROBE = `<script>
(function () {
  function box(el) {
    if (!el) return null;
    var r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return { w: Math.round(r.width), h: Math.round(r.height), display: s.display, visibility: s.visibility, opacity: s.opacity,
             deco: s.textDecorationLine, color: s.color, bg: s.backgroundColor, text: el.textContent };
  }
  var out = { del: box(document.querySelector('.redline del')), ins: box(document.querySelector('.redline ins')),
              pwned: typeof window.__pwned === 'undefined' ? null : window.__pwned, title: document.title,
              injectedImgs: document.querySelectorAll('img').length };
  document.body.setAttribute('data-probe', JSON.stringify(out));
})();
</script>`;

describe.skipIf(!chromium)('HTML report in headless Chromium', () => {
  const report = sampleReport();
  // The contract text also carries the injection in a message and a clause id.
  report.files[0]!.findings[0]!.message = `Draft mark ${INJECTION}`;
  const html = formatters.html!(report, { cwd: '/work', rules: RULES, version: '0.1.0' });
  const page = join(work, 'report.html');
  writeFileSync(page, html);

  it('detects script execution at all (control page without escaping runs its script)', () => {
    const control = join(work, 'control.html');
    writeFileSync(control, '<!doctype html><title>before</title><script>document.title = "RAN"</script>');
    expect(dumpDom(control)).toContain('<title>RAN</title>');
  });

  it('does not run a <script> injected through the contract text', () => {
    const { stdout: dom, stderr: log } = chromiumRunWithLog(['--virtual-time-budget=3000', '--dump-dom', pathToFileURL(page).href]);
    // Nothing was even blocked by the CSP: the injected markup never became a script, and our own sort script is allowed.
    expect(log).not.toMatch(/Content Security Policy/);
    expect(dom).toContain('<title>dpa-lint report</title>');
    expect(dom).not.toContain('<title>PWNED</title>');
    expect(dom).not.toMatch(/<script>window/);
    expect(dom).not.toMatch(/<img[^>]*src="x"/);
    // The injected markup is shown as text.
    expect(dom).toContain('&lt;script&gt;window.__pwned = 1;');
  });

  it('escaping alone stops it (same page with the CSP removed and a probe script added)', () => {
    const probed = join(work, 'probed.html');
    writeFileSync(probed, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${PROBE}</body>`));
    const dom = dumpDom(probed);
    const m = /data-probe="([^"]*)"/.exec(dom);
    expect(m).not.toBeNull();
    const probe = JSON.parse(m![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(probe.pwned).toBeNull();
    expect(probe.title).toBe('dpa-lint report');
    expect(probe.injectedImgs).toBe(0);
    // The redline is visible: both marks rendered with size, struck through / underlined, in colour.
    expect(probe.del).toMatchObject({ text: 'uden unødig forsinkelse', visibility: 'visible', opacity: '1', deco: 'line-through' });
    expect(probe.ins).toMatchObject({ text: 'inden for 50 timer', visibility: 'visible', opacity: '1', deco: 'underline' });
    expect(probe.del.w).toBeGreaterThan(20);
    expect(probe.del.h).toBeGreaterThan(5);
    expect(probe.ins.w).toBeGreaterThan(20);
    expect(probe.del.bg).not.toBe(probe.ins.bg);
  });

  it('sorts the portfolio table when a column heading is clicked', () => {
    const sorted = join(work, 'sorted.html');
    const click = `<script>
      var b = document.querySelectorAll('#portfolio thead button')[6]; // Errors
      function order() { return Array.prototype.map.call(document.querySelectorAll('#portfolio tbody tr'), function (r) { return r.cells[0].getAttribute('data-v'); }).join(','); }
      var before = order(); b.click(); var asc = order(); b.click(); var desc = order();
      document.body.setAttribute('data-sorted', JSON.stringify([before, asc, desc, b.parentNode.getAttribute('aria-sort')]));
    </script>`;
    writeFileSync(sorted, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${click}</body>`));
    const m = /data-sorted="([^"]*)"/.exec(dumpDom(sorted));
    const [before, asc, desc, aria] = JSON.parse(m![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(before).toBe('contracts/acme & co.txt,contracts/scan.pdf,contracts/missing.docx');
    // Errors: acme 1, scan 1, missing 0 (a stable sort keeps acme before scan).
    expect(asc).toBe('contracts/missing.docx,contracts/acme & co.txt,contracts/scan.pdf');
    expect(desc).toBe('contracts/acme & co.txt,contracts/scan.pdf,contracts/missing.docx');
    expect(aria).toBe('descending');
  });

  it('saves a screenshot of the report as a test artefact', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = new URL('html-report.png', ARTIFACTS);
    rmSync(shot, { force: true });
    chromiumRun(['--hide-scrollbars', '--window-size=1280,2400', `--screenshot=${shot.pathname}`, pathToFileURL(page).href]);
    expect(existsSync(shot)).toBe(true);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(new URL('html-report.html', ARTIFACTS), html);
  });
});

describe.skipIf(!chromium)('HTML report of a real batch run in headless Chromium', () => {
  it('renders the portfolio and redlines, and a <script> in a contract does not run', async () => {
    const injected = CLEAN.replace('uden unødig forsinkelse', 'inden for 50 timer <script>window.__pwned=1;document.title="PWNED"</script>');
    expect(injected).not.toBe(CLEAN);
    const cwd = workspace({
      'vendors/injected.txt': injected,
      'vendors/seed-002.txt': readFileSync(join(ROOT, 'corpus/seeds/002_61eff82c15df988c.txt')),
      'vendors/clean.txt': CLEAN,
    });
    const r = await run(['vendors', 'vendors/missing.pdf', '--format', 'html', '-o', 'report.html'], { cwd });
    expect(r.code).toBe(2);
    const file = join(cwd, 'report.html');
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('&lt;script&gt;window.__pwned=1;');
    const dom = dumpDom(file);
    expect(dom).toContain('<title>dpa-lint report</title>');
    expect(dom).not.toMatch(/<script>window/);
    expect(dom).toContain('id="portfolio"');
    expect(dom).toMatch(/<del>[^<]+<\/del>/);
    expect(dom).toMatch(/<ins>[^<]+<\/ins>/);
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = new URL('html-report-batch.png', ARTIFACTS);
    rmSync(shot, { force: true });
    chromiumRun(['--hide-scrollbars', '--window-size=1280,3000', `--screenshot=${shot.pathname}`, pathToFileURL(file).href]);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    writeFileSync(new URL('html-report-batch.html', ARTIFACTS), html);
  });
});
