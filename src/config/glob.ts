// A small glob matcher for config overrides, ignorePatterns and waiver file patterns (no dependency on picomatch,
// which is only a transitive dependency). Supports **, *, ?, [...], {a,b} and backslash escapes; paths use "/".
// A pattern without "/" matches at any depth ("*.pdf" = "**/*.pdf"), like .gitignore.

const cache = new Map<string, RegExp>();

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

export function globToRegExp(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let p = pattern;
  if (p.startsWith('./')) p = p.slice(2);
  if (p.startsWith('/')) p = p.slice(1);
  else if (!p.replace(/\/$/, '').includes('/')) p = `**/${p}`;
  if (p.endsWith('/')) p += '**';
  let re = '';
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '\\' && i + 1 < p.length) {
      re += escapeRe(p[++i]!);
    } else if (ch === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          // "**/" matches zero or more folders; a trailing "**" matches everything below.
          if (i + 2 === p.length) re += '.*';
          else re += '(?:[^/]*/)*';
          i += 2;
          continue;
        }
      }
      re += '[^/]*';
      while (p[i + 1] === '*') i++;
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = p.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        let cls = p.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += `[${cls}]`;
        i = close;
      }
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces > 0) re += '|';
    else re += escapeRe(ch);
  }
  const out = new RegExp(`^${re}$`);
  cache.set(pattern, out);
  return out;
}

/** Does a forward-slash relative path match the glob (the path itself or one of its parent folders)? */
export function matchesGlob(relPath: string, pattern: string, { parents = false } = {}): boolean {
  const re = globToRegExp(pattern);
  if (re.test(relPath)) return true;
  if (!parents) return false;
  const parts = relPath.split('/');
  for (let i = parts.length - 1; i > 0; i--) if (re.test(parts.slice(0, i).join('/'))) return true;
  return false;
}

/** Escape glob syntax so a literal path can be written as a pattern (--write-waivers). */
export function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!\\]/g, (m) => `\\${m}`);
}
