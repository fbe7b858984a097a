// Preloaded with `node --require` into the CLI (and, through execArgv, into its worker threads) by
// no-network.test.ts. Every outbound path is made to throw and is recorded: sockets, TLS, DNS, HTTP(S), fetch,
// UDP, child processes. Every file-system write (create, append, mkdir, rename, copy, delete, write streams) is
// recorded with its path, so the test can check that nothing was written outside the places the user named.
// Records go to the file named by DPA_LINT_AUDIT_LOG, one JSON object per line; the log itself is the only write
// this preload makes.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { isMainThread, threadId } = require('node:worker_threads');

const LOG = process.env.DPA_LINT_AUDIT_LOG;
if (!LOG) throw new Error('no-network-preload: set DPA_LINT_AUDIT_LOG');
// Opened before anything is patched; fs.writeSync is never wrapped, so logging does not record itself.
const logFd = fs.openSync(LOG, 'a');
const writeSync = fs.writeSync.bind(fs);

function record(kind, what, detail) {
  writeSync(logFd, JSON.stringify({ kind, what, detail: detail === undefined ? null : String(detail), thread: threadId, pid: process.pid }) + '\n');
}

function blocked(what) {
  return function () {
    let detail = '';
    try {
      detail = JSON.stringify([...arguments].filter((a) => typeof a !== 'function')).slice(0, 300);
    } catch {
      detail = '(unserialisable arguments)';
    }
    record('network', what, detail);
    throw new Error(`no-network-preload: ${what} is not allowed`);
  };
}

function patch(obj, name, what) {
  if (obj && typeof obj[name] === 'function') obj[name] = blocked(what);
}

const net = require('node:net');
patch(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
patch(net, 'connect', 'net.connect');
patch(net, 'createConnection', 'net.createConnection');
const tls = require('node:tls');
patch(tls, 'connect', 'tls.connect');
const dns = require('node:dns');
for (const fn of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'reverse']) {
  patch(dns, fn, `dns.${fn}`);
  patch(dns.promises, fn, `dns.promises.${fn}`);
}
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  patch(m, 'request', `${mod}.request`);
  patch(m, 'get', `${mod}.get`);
}
patch(require('node:http2'), 'connect', 'http2.connect');
patch(require('node:dgram'), 'createSocket', 'dgram.createSocket');
patch(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = blocked('WebSocket');
if (typeof globalThis.EventSource === 'function') globalThis.EventSource = blocked('EventSource');
const cp = require('node:child_process');
for (const fn of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) patch(cp, fn, `child_process.${fn}`);

// ---------------------------------------------------------------------------------------------- file writes

const WRITE_FLAGS = /[wa+]/;
function flagsOf(flags) {
  if (flags === undefined || flags === null) return 'r';
  if (typeof flags === 'number') {
    const c = fs.constants;
    return flags & (c.O_WRONLY | c.O_RDWR | c.O_CREAT | c.O_APPEND | c.O_TRUNC) ? 'w' : 'r';
  }
  return String(flags);
}
function target(p) {
  if (p === undefined || p === null) return '(none)';
  if (typeof p === 'number') return `(fd ${p})`;
  try {
    return path.resolve(p instanceof URL ? require('node:url').fileURLToPath(p) : String(p));
  } catch {
    return String(p);
  }
}
function wrapWrite(obj, name, label, pathArgs) {
  const original = obj[name];
  if (typeof original !== 'function') return;
  obj[name] = function () {
    for (const k of pathArgs) record('write', label, target(arguments[k]));
    return original.apply(this, arguments);
  };
}
function wrapOpen(obj, name, label, flagsArg) {
  const original = obj[name];
  if (typeof original !== 'function') return;
  obj[name] = function () {
    if (WRITE_FLAGS.test(flagsOf(arguments[flagsArg]))) record('write', label, target(arguments[0]));
    return original.apply(this, arguments);
  };
}
function wrapStream(obj, name, label) {
  const original = obj[name];
  if (typeof original !== 'function') return;
  obj[name] = function (p, options) {
    const flags = typeof options === 'object' && options ? options.flags : undefined;
    if (WRITE_FLAGS.test(flagsOf(flags ?? 'w'))) record('write', label, target(p));
    return original.apply(this, arguments);
  };
}

const fsp = fs.promises;
for (const [obj, prefix] of [
  [fs, 'fs.'],
  [fsp, 'fs.promises.'],
]) {
  for (const name of ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'unlink', 'unlinkSync', 'truncate', 'truncateSync', 'utimes', 'utimesSync', 'chmod', 'chmodSync', 'symlink', 'symlinkSync', 'link', 'linkSync'])
    wrapWrite(obj, name, prefix + name, [0]);
  for (const name of ['rename', 'renameSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync']) wrapWrite(obj, name, prefix + name, [1]);
  for (const name of ['open', 'openSync']) wrapOpen(obj, name, prefix + name, 1);
}
wrapStream(fs, 'createWriteStream', 'fs.createWriteStream');

record('ready', isMainThread ? 'main' : 'worker', process.argv.slice(1).join(' ').slice(0, 200));
