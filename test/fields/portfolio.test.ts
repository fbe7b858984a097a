// The portfolio export on the five seeds, checked cell by cell.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import { portfolioCsv, portfolioJson, subprocessorRows, SUBPROCESSOR_COLUMNS, DPA_COLUMNS } from '../../src/fields/portfolio.js';
import { loadRules } from '../../rules/index.js';

const seeds = readdirSync('corpus/seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => `corpus/seeds/${f}`);
const off = Object.fromEntries((await loadRules()).map((r) => [r.meta.id, 'off' as const]));
const report = await lintFiles(seeds, { rules: off });

/** Minimal RFC 4180 parser for the test: quoted cells may hold commas and doubled quotes. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

describe('portfolio export', () => {
  it('writes one CSV row per sub-processor across the seeds', () => {
    const rows = parseCsv(portfolioCsv(report.files, 'subprocessors'));
    expect(rows[0]).toEqual(SUBPROCESSOR_COLUMNS);
    const body = rows.slice(1);
    expect(body).toHaveLength(4 + 1 + 8 + 10);
    const col = (name: string) => SUBPROCESSOR_COLUMNS.indexOf(name as never);
    const pick = (r: string[]) => [r[col('dpa')]!.slice(13, 16), r[col('processor')], r[col('subprocessor')], r[col('registration')], r[col('country')], r[col('transfer_basis')]];
    expect(body.map(pick)).toEqual([
      ['001', 'COMAsystem ApS', 'Unit IT A/S', '15660945', 'Denmark', 'none needed (EU/EEA)'],
      ['001', 'COMAsystem ApS', 'Addo Sign | twoday', '29973334', 'Denmark', 'none needed (EU/EEA)'],
      ['001', 'COMAsystem ApS', 'IT Relation', '', 'Denmark', 'none needed (EU/EEA)'],
      ['001', 'COMAsystem ApS', 'Cloud Factory', '', 'Denmark', 'none needed (EU/EEA)'],
      ['002', 'Consile ApS', 'Heroku', '', 'United Kingdom', 'adequacy decision (United Kingdom)'],
      ['003', 'SUPBINE', 'OVH', '468585', 'Ireland', 'none needed (EU/EEA)'],
      ['003', 'SUPBINE', 'Hetzner Online GmbH', '', 'Germany', 'none needed (EU/EEA)'],
      ['003', 'SUPBINE', 'Crisp IM SARL', '83308580600010', 'France', 'none needed (EU/EEA)'],
      ['003', 'SUPBINE', 'Intercom', '', 'Ireland', 'none needed (EU/EEA)'],
      ['003', 'SUPBINE', 'Google Suites', '', 'United States', 'none stated'],
      ['003', 'SUPBINE', 'Stripe, Inc.', '', 'United States', 'none stated'],
      ['003', 'SUPBINE', 'SendGrid, Inc.', '', 'United Kingdom', 'adequacy decision (United Kingdom)'],
      ['003', 'SUPBINE', 'Twilio Ireland Limited', '', 'Ireland', 'none needed (EU/EEA)'],
      ...[
        ['Microsoft Danmark ApS', 'Netherlands'],
        ['Visma DataLøn A/S', 'Denmark'],
        ['Epona A/S', 'Denmark'],
        ['Unicon A/S', 'Denmark'],
        ['NetIP A/S', 'Denmark'],
        ['Seges Innovation P/S', 'Denmark'],
        ['DLBR P/S', 'Denmark'],
        ['Visma e-conomic A/S', 'Denmark'],
        ['Mindworking A/S', 'Denmark'],
        ['ReviFjord Godkendt Revisionspartnerselskab', 'Denmark'],
      ].map(([n, c]) => ['004', 'ReviFjord Godkendt Revisionspartnerselskab', n, '', c, 'none needed (EU/EEA)']),
    ]);
    // Descriptions with commas are quoted and come back whole.
    expect(body[17]![col('description')]).toBe('Backup, support og Hosting');
    expect(body[2]![col('address')]).toBe('Nygårdsvej 5A, DK-2100 København');
  });

  it('writes one CSV row per DPA with its key values', () => {
    const rows = parseCsv(portfolioCsv(report.files, 'dpas'));
    expect(rows[0]).toEqual(DPA_COLUMNS);
    const col = (name: string) => DPA_COLUMNS.indexOf(name as never);
    const pick = (r: string[]) =>
      ['breach_notice_hours', 'breach_notice_text', 'subprocessor_notice_days', 'subprocessors', 'transfers', 'deletion', 'retention_after_end_days', 'audit_concepts', 'security_level', 'sensitive_data'].map(
        (c) => r[col(c)],
      );
    expect(rows.slice(1).map(pick)).toEqual([
      ['24', '24 timer', '30', 'none', 'none', 'delete-or-return', '', 'self-assessment', '', 'CPR'],
      ['24', '24 timer', '30', '4', 'none', 'return', '180', 'auditor-statement + inspection', 'high', 'Art. 9 + Art. 10 + CPR'],
      ['50', '50 timer', '30', '1', 'scc', 'return', '180', 'auditor-statement + inspection', 'high', ''],
      ['', 'senest 24 efter (no unit)', '30', '8', 'none', 'controller-choice', '', 'inspection', 'high', 'Art. 9 + CPR'],
      ['24', '24 timer', '45', '10', 'blanket', 'delete-or-return', '', 'questionnaire + self-assessment + inspection', '', 'Art. 9 + CPR'],
    ]);
    expect(rows.slice(1).map((r) => r[col('template')])).toEqual(['datatilsynet-2020-da', 'datatilsynet-2020-da', 'datatilsynet-2020-da', 'datatilsynet-2018-da', 'datatilsynet-2020-da']);
  });

  it('writes JSON with both tables and the full fields', () => {
    const json = JSON.parse(portfolioJson(report.files)) as { schemaVersion: number; dpas: unknown[]; subprocessors: unknown[]; files: Array<{ path: string; fields: unknown }> };
    expect(json.schemaVersion).toBe(1);
    expect(json.dpas).toHaveLength(5);
    expect(json.subprocessors).toEqual(subprocessorRows(report.files));
    expect(json.files.every((f) => f.fields !== null)).toBe(true);
  });

  it('is deterministic', () => {
    expect(portfolioCsv(report.files)).toBe(portfolioCsv(report.files));
  });
});
