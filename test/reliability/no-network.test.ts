// No network, ever, and no file written except where the user asked. The built CLI runs over every fixture and seed
// with test/reliability/no-network-preload.cjs preloaded (into the main thread and, through execArgv, into the worker
// threads of --jobs): every outbound path (sockets, TLS, DNS, HTTP(S), HTTP/2, fetch, UDP, child processes) throws
// and is recorded, and every file-system write is recorded with its path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/fuzz-lib.js';

const root = projectRoot(import.meta.dirname);
const preload = join(root, 'test', 'reliability', 'no-network-preload.cjs');
const bin = join(root, 'bin', 'dpa-lint.js');

interface AuditRecord {
  kind: 'network' | 'write' | 'ready';
  what: string;
  detail: string | null;
  thread: number;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpa-lint-nonet-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], log: string, input?: Buffer, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, ['--require', preload, ...nodeArgs, ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 90_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DPA_LINT_AUDIT_LOG: log, NO_COLOR: '1' },
  });
  const records = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditRecord);
  return { ...r, records };
}

/** path → size and mtime of every file under the folders (the project's inputs must not change). */
function snapshot(folders: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.set(relative(root, p), `${st.size}@${st.mtimeMs}`);
    }
  };
  for (const f of folders) walk(join(root, f));
  return out;
}

const inside = (p: string, folder: string) => p === folder || p.startsWith(folder + sep);

describe('the preload', () => {
  it('really blocks and records each outbound path (so a clean run below means something)', () => {
    const log = join(dir, 'self-check.log');
    const code = `
      const attempts = {
        fetch: () => fetch('http://127.0.0.1:9/'),
        socket: () => new (require('node:net').Socket)().connect(9, '127.0.0.1'),
        netConnect: () => require('node:net').connect(9, '127.0.0.1'),
        tls: () => require('node:tls').connect(443, 'example.org'),
        dns: () => require('node:dns').lookup('example.org', () => {}),
        dnsPromises: () => require('node:dns').promises.lookup('example.org'),
        http: () => require('node:http').get('http://example.org/'),
        https: () => require('node:https').request('https://example.org/'),
        udp: () => require('node:dgram').createSocket('udp4'),
        curl: () => require('node:child_process').spawnSync('curl', ['https://example.org/']),
      };
      let thrown = 0;
      for (const f of Object.values(attempts)) { try { f(); } catch { thrown++; } }
      console.log(thrown);`;
    const r = run(['-e', code], log);
    expect(r.stdout.trim(), r.stderr).toBe('10');
    const network = r.records.filter((x) => x.kind === 'network').map((x) => x.what);
    for (const what of ['fetch', 'net.Socket.prototype.connect', 'net.connect', 'tls.connect', 'dns.lookup', 'dns.promises.lookup', 'http.get', 'https.request', 'dgram.createSocket', 'child_process.spawnSync']) {
      expect(network).toContain(what);
    }
  });
});

describe('dpa-lint over every fixture and seed', () => {
  const targets = ['corpus/seeds', 'corpus/examples', 'fixtures', 'fixtures/bad/legacy.doc', 'fixtures/bad/scan.png', 'fixtures/bad/agreement.rtf'];
  let result: ReturnType<typeof run>;
  let before: Map<string, string>;
  let outDir: string;
  let cacheDir: string;

  beforeAll(() => {
    outDir = join(dir, 'out');
    cacheDir = join(dir, 'cache');
    before = snapshot(['fixtures', 'corpus']);
    // --jobs 2 on ~25 files starts the worker pool; --cache and -o are the two places the user allows writes.
    result = run([bin, ...targets, '--format', 'json', '-o', join(outDir, 'report.json'), '--jobs', '2', '--cache', '--cache-location', cacheDir], join(dir, 'batch.log'));
  }, 120_000);

  it('lints them all (exit 2: the bad fixtures cannot be read) and writes the report where asked', () => {
    expect(result.signal, result.stderr).toBeNull();
    expect(result.status, result.stderr).toBe(2);
    const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as { files: Array<{ path: string; error: { code: string } | null }> };
    const paths = report.files.map((f) => f.path);
    for (const f of ['corpus/seeds/000_0dd348189ab538c3.txt', 'fixtures/pdf/000-connectus.pdf', 'fixtures/docx/000-connectus.docx', 'fixtures/bad/encrypted.pdf', 'fixtures/bad/legacy.doc']) {
      expect(paths).toContain(f);
    }
    expect(report.files.length).toBeGreaterThanOrEqual(25);
    expect(report.files.filter((f) => f.error).length).toBeGreaterThanOrEqual(9);
  });

  it('ran the preload in the main thread and in the worker threads', () => {
    const ready = result.records.filter((r) => r.kind === 'ready');
    expect(ready.some((r) => r.what === 'main')).toBe(true);
    expect(ready.filter((r) => r.what === 'worker').length).toBeGreaterThanOrEqual(1);
  });

  it('never tried to open a connection, resolve a name or start a process', () => {
    expect(result.records.filter((r) => r.kind === 'network')).toEqual([]);
  });

  it('wrote only the report (-o) and the cache (--cache-location)', () => {
    const writes = result.records.filter((r) => r.kind === 'write');
    expect(writes.some((w) => w.detail === join(outDir, 'report.json'))).toBe(true);
    expect(writes.some((w) => inside(w.detail ?? '', cacheDir))).toBe(true);
    const elsewhere = writes.filter((w) => !inside(w.detail ?? '', outDir) && !inside(w.detail ?? '', cacheDir));
    expect(elsewhere).toEqual([]);
  });

  it('left the fixtures and the corpus untouched', () => {
    expect(snapshot(['fixtures', 'corpus'])).toEqual(before);
  });
});

describe('dpa-lint on stdin, to the terminal', () => {
  it('writes nothing at all and makes no connection', () => {
    const seed = readFileSync(join(root, 'corpus/seeds/002_61eff82c15df988c.txt'));
    const r = run([bin, '-', 'corpus/examples/example-dpa.txt', '--format', 'sarif'], join(dir, 'stdin.log'), seed);
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).runs[0].results.length).toBeGreaterThan(0);
    expect(r.records.filter((x) => x.kind !== 'ready')).toEqual([]);
  }, 60_000);
});
