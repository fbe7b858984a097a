// The portfolio export (`dpa-lint extract`): the controller's register of processors and sub-processors, built from
// the DPAs themselves (EDPB Opinion 22/2024 expects the sub-processor information to be "readily available").
// Pure: takes lint results that carry `fields`, returns rows, CSV or JSON text. The CLI reads the files.
import { stringify } from 'csv-stringify/sync';
import type { FileResult } from '../model.js';
import type { DpaFields } from './index.js';

export interface SubprocessorRow {
  dpa: string;
  processor: string;
  processor_cvr: string;
  subprocessor: string;
  registration: string;
  address: string;
  country: string;
  region: string;
  transfer_basis: string;
  description: string;
}

export interface DpaRow {
  dpa: string;
  template: string;
  processor: string;
  processor_cvr: string;
  controller: string;
  breach_notice_hours: string;
  breach_notice_text: string;
  subprocessor_authorisation: string;
  subprocessor_notice_days: string;
  subprocessors: string;
  transfers: string;
  transfer_bases: string;
  deletion: string;
  retention_after_end_days: string;
  audit_concepts: string;
  audit_standards: string;
  audit_frequency: string;
  security_level: string;
  sensitive_data: string;
  error: string;
}

export const SUBPROCESSOR_COLUMNS: Array<keyof SubprocessorRow> = [
  'dpa', 'processor', 'processor_cvr', 'subprocessor', 'registration', 'address', 'country', 'region', 'transfer_basis', 'description',
];
export const DPA_COLUMNS: Array<keyof DpaRow> = [
  'dpa', 'template', 'processor', 'processor_cvr', 'controller', 'breach_notice_hours', 'breach_notice_text', 'subprocessor_authorisation',
  'subprocessor_notice_days', 'subprocessors', 'transfers', 'transfer_bases', 'deletion', 'retention_after_end_days', 'audit_concepts',
  'audit_standards', 'audit_frequency', 'security_level', 'sensitive_data', 'error',
];

const BASIS_NAMES: Record<string, string> = { scc: 'SCC', dpf: 'DPF', adequacy: 'adequacy decision', bcr: 'BCR', derogation: 'Art. 49 derogation' };

function fieldsOf(file: FileResult): DpaFields | null {
  const f = file.fields as DpaFields | undefined;
  return f && f.schemaVersion === 1 ? f : null;
}

function num(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(Math.round(n * 100) / 100);
}

/** The transfer basis for one sub-processor: its own column, else what its location and C.6 imply. */
function basisFor(f: DpaFields, e: DpaFields['subprocessors']['entries'][number]): string {
  if (e.transferBasis) return e.transferBasis;
  if (e.region === 'eu-eea') return 'none needed (EU/EEA)';
  if (e.region === 'adequacy') return `adequacy decision (${e.country})`;
  if (e.region === 'third-country') {
    const bases = f.transfers.bases.filter((b) => b !== 'adequacy' || e.countryCode === 'US').map((b) => BASIS_NAMES[b]!);
    return bases.length ? bases.join(' + ') : 'none stated';
  }
  return '';
}

/** One row per sub-processor across all DPAs, in file order then list order. */
export function subprocessorRows(files: FileResult[]): SubprocessorRow[] {
  const rows: SubprocessorRow[] = [];
  for (const file of files) {
    const f = fieldsOf(file);
    if (!f) continue;
    const processor = f.parties.processor;
    for (const e of f.subprocessors.entries) {
      rows.push({
        dpa: file.path,
        processor: processor?.name ?? '',
        processor_cvr: processor?.cvr ?? '',
        subprocessor: e.name ?? '',
        registration: e.registration ?? '',
        address: e.address ?? '',
        country: e.country ?? (e.region === 'eu-eea' ? 'EU/EEA' : ''),
        region: e.region ?? '',
        transfer_basis: basisFor(f, e),
        description: e.description ?? '',
      });
    }
  }
  return rows;
}

function breachHours(f: DpaFields): { hours: string; text: string } {
  const d = f.breachNotice.deadline;
  if (!d) return { hours: '', text: '' };
  if (d.kind === 'hours' || d.kind === 'immediate') return { hours: num(d.hours), text: d.text ?? '' };
  if (d.kind === 'unitless') return { hours: '', text: `${d.text ?? ''} (no unit)` };
  if (d.kind === 'missing') return { hours: '', text: '(empty)' };
  return { hours: '', text: d.text ?? '' };
}

/** One row per DPA with its key values. Files that could not be read get a row with the error. */
export function dpaRows(files: FileResult[]): DpaRow[] {
  return files.map((file) => {
    const f = fieldsOf(file);
    const row: DpaRow = {
      dpa: file.path,
      template: file.template?.id ?? '',
      processor: '',
      processor_cvr: '',
      controller: '',
      breach_notice_hours: '',
      breach_notice_text: '',
      subprocessor_authorisation: '',
      subprocessor_notice_days: '',
      subprocessors: '',
      transfers: '',
      transfer_bases: '',
      deletion: '',
      retention_after_end_days: '',
      audit_concepts: '',
      audit_standards: '',
      audit_frequency: '',
      security_level: '',
      sensitive_data: '',
      error: file.error ? `${file.error.code}: ${file.error.message}` : '',
    };
    if (!f) return row;
    const breach = breachHours(f);
    const after = f.retention.periods.filter((p) => p.trigger !== 'other').map((p) => p.days);
    row.processor = f.parties.processor?.name ?? '';
    row.processor_cvr = f.parties.processor?.cvr ?? '';
    row.controller = f.parties.controller && !f.parties.controller.blank ? (f.parties.controller.name ?? '') : '';
    row.breach_notice_hours = breach.hours;
    row.breach_notice_text = breach.text;
    row.subprocessor_authorisation = f.subprocessorTerms.authorisation.type ?? '';
    row.subprocessor_notice_days = num(f.subprocessorTerms.noticeDays);
    row.subprocessors = f.subprocessors.status === 'listed' ? String(f.subprocessors.entries.length) : f.subprocessors.status;
    row.transfers = f.transfers.instruction;
    row.transfer_bases = f.transfers.bases.map((b) => BASIS_NAMES[b]).join(' + ');
    row.deletion = f.deletion.choice ?? '';
    row.retention_after_end_days = after.length ? num(Math.max(...after)) : '';
    row.audit_concepts = f.audit.concepts.join(' + ');
    row.audit_standards = f.audit.standards.join(' + ');
    row.audit_frequency = f.audit.frequency ?? '';
    row.security_level = f.security.level ?? '';
    row.sensitive_data = [f.dataCategories.special ? 'Art. 9' : '', f.dataCategories.criminal ? 'Art. 10' : '', f.dataCategories.cpr ? 'CPR' : '']
      .filter(Boolean)
      .join(' + ');
    return row;
  });
}

export type PortfolioTable = 'subprocessors' | 'dpas';

/** CSV (RFC 4180, header row, CRLF-free "\n" line ends) of one of the two tables. */
export function portfolioCsv(files: FileResult[], table: PortfolioTable = 'subprocessors'): string {
  if (table === 'dpas') return stringify(dpaRows(files), { header: true, columns: DPA_COLUMNS as string[] });
  return stringify(subprocessorRows(files), { header: true, columns: SUBPROCESSOR_COLUMNS as string[] });
}

/** JSON with both tables and every file's full fields. */
export function portfolioJson(files: FileResult[]): string {
  const out = {
    schemaVersion: 1,
    dpas: dpaRows(files),
    subprocessors: subprocessorRows(files),
    files: files.map((file) => ({ path: file.path, template: file.template?.id ?? null, error: file.error, fields: file.fields ?? null })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
