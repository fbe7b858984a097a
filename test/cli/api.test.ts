import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { schemaValidator } from '../helpers/schemas.js';
import { DRAFT } from './helpers.js';

describe('library API', () => {
  it('exports lintFiles, lintText, lintFile, lintBuffer and formatters', () => {
    for (const name of ['lintFiles', 'lintText', 'lintFile', 'lintBuffer', 'main', 'applyWaivers', 'loadWaivers', 'ConfigLoader', 'closeIsolation'] as const) {
      expect(typeof api[name], name).toBe('function');
    }
    expect(Object.keys(api.formatters)).toEqual(['stylish', 'json', 'sarif', 'junit', 'markdown', 'html']);
  });

  it('lintText + formatters.json gives schema-valid output', async () => {
    const result = await api.lintText(DRAFT, { path: 'draft.txt' });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['draft-marker']);
    const out = api.formatters.json!({ schemaVersion: 1, files: [result] });
    expect(schemaValidator('schemas/report.schema.json')(JSON.parse(out))).toEqual([]);
  });
});
