// Field extraction on the five seeds, value by value (issue 4: "value extraction checked field by field on the seeds").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DpaFields } from '../../src/fields/index.js';
import { analyzeText, evidences } from './_helpers.js';

const SEEDS = ['000_0dd348189ab538c3', '001_e00652af3ed1b9bc', '002_61eff82c15df988c', '003_aa1192a22fa85dad', '004_918041a7c424c53a'];
const fields: Record<string, DpaFields> = {};
const normalised: Record<string, { text: string }> = {};
for (const s of SEEDS) {
  const r = await analyzeText(readFileSync(`corpus/seeds/${s}.txt`, 'utf8'), `${s}.txt`);
  fields[s.slice(0, 3)] = r.fields;
  normalised[s.slice(0, 3)] = r;
}
const F = (k: string) => fields[k]!;

describe('seed fields', () => {
  it('parties: the processor named, the controller blank (vendor templates)', () => {
    expect(['000', '001', '002', '003', '004'].map((k) => [F(k).parties.processor?.name, F(k).parties.processor?.cvr, F(k).parties.processor?.cvrValid])).toEqual([
      ['ConnectUs ApS', '44497204', true],
      ['COMAsystem ApS', '33865279', true],
      ['Consile ApS', '45643360', true],
      ['SUPBINE', '37383236', true],
      ['ReviFjord Godkendt Revisionspartnerselskab', '44401231', true],
    ]);
    for (const k of ['000', '001', '002', '004']) expect(F(k).parties.controller?.blank, k).toBe(true);
    expect(F('003').parties.controller).toBeNull();
    expect(F('001').parties.processor?.address).toBe('Rovsingsgade 68, 2100 København Ø');
  });

  it('breach notice deadline (10.2)', () => {
    expect(['000', '001', '002', '004'].map((k) => F(k).breachNotice.deadline?.hours)).toEqual([24, 24, 50, 24]);
    expect(F('003').breachNotice.deadline).toMatchObject({ kind: 'unitless', value: 24, text: 'senest 24 efter' });
    expect(F('002').breachNotice.deadline?.evidence.quote).toContain('senest 50 timer');
    expect(F('002').breachNotice.deadline?.evidence.clause).toBe('10.2');
  });

  it('sub-processor authorisation and notice (7.3, B.2)', () => {
    for (const k of SEEDS.map((s) => s.slice(0, 3))) expect(F(k).subprocessorTerms.authorisation.type, k).toBe('general');
    expect(['000', '001', '002', '003', '004'].map((k) => F(k).subprocessorTerms.noticeDays)).toEqual([30, 30, 30, 30, 45]);
    expect(F('001').subprocessorTerms.notices.map((n) => [n.kind, n.days, n.evidence.clause])).toEqual([
      ['advance-notice', 30, '7.3'],
      ['advance-notice', 90, 'D.8'],
    ]);
    expect(F('003').subprocessorTerms.notices.map((n) => [n.kind, n.days, n.text])).toEqual([
      ['advance-notice', 30, '1 måned'],
      ['objection-window', 7, '7 dage'],
      ['advance-notice', 7, '7 dages'],
    ]);
  });

  it('sub-processor lists (B.1)', () => {
    expect(F('000').subprocessors.status).toBe('none');
    expect(F('001').subprocessors.entries.map((e) => [e.name, e.registration])).toEqual([
      ['Unit IT A/S', '15660945'],
      ['Addo Sign | twoday', '29973334'],
      ['IT Relation', null],
      ['Cloud Factory', null],
    ]);
    expect(F('002').subprocessors.entries.map((e) => [e.name, e.registration, e.countryCode, e.region])).toEqual([['Heroku', null, 'GB', 'adequacy']]);
    expect(F('003').subprocessors.entries.map((e) => [e.name, e.countryCode])).toEqual([
      ['OVH', 'IE'],
      ['Hetzner Online GmbH', 'DE'],
      ['Crisp IM SARL', 'FR'],
      ['Intercom', 'IE'],
      ['Google Suites', 'US'],
      ['Stripe, Inc.', 'US'],
      ['SendGrid, Inc.', 'GB'],
      ['Twilio Ireland Limited', 'IE'],
    ]);
    expect(F('003').subprocessors.entries[0]).toMatchObject({ registration: '468585', registrationKind: 'foreign', description: 'Hosting' });
    expect(F('004').subprocessors.entries).toHaveLength(10);
    expect(F('004').subprocessors.entries[0]).toMatchObject({ name: 'Microsoft Danmark ApS', countryCode: 'NL', address: null, registration: null, description: 'Hosting' });
  });

  it('transfers (C.6)', () => {
    expect(['000', '001', '002', '003', '004'].map((k) => F(k).transfers.instruction)).toEqual(['none', 'none', 'scc', 'none', 'blanket']);
    expect(F('002').transfers.bases).toEqual(['scc', 'adequacy']);
    expect(F('004').transfers.allowsListedSubprocessors).toBe(true);
  });

  it('deletion (11.1) and retention (C.4)', () => {
    expect(['000', '001', '002', '003', '004'].map((k) => F(k).deletion.choice)).toEqual(['delete-or-return', 'return', 'return', 'controller-choice', 'delete-or-return']);
    expect(F('001').retention.periods.map((p) => [p.days, p.trigger, p.backup])).toEqual([[180, 'deletion', true]]);
    expect(F('002').retention.periods.map((p) => [p.days, p.trigger, p.backup])).toEqual([[180, 'termination', true]]);
    for (const k of ['000', '003', '004']) expect(F(k).retention.untilRequest, k).toBe(true);
  });

  it('audit (C.7/C.8)', () => {
    expect(F('000').audit).toMatchObject({ concepts: ['self-assessment'], frequency: 'annual' });
    expect(F('001').audit).toMatchObject({ concepts: ['auditor-statement', 'inspection'], standards: ['ISAE 3000'], processorCostsBorneBy: 'processor' });
    expect(F('002').audit.standards).toEqual(['SOC 2', 'ISO 27001', 'ISO 27701']);
    expect(F('004').audit).toMatchObject({ noticeDays: 21, processorCostsBorneBy: 'controller' });
    expect(F('004').audit.restrictions.map((r) => r.kind)).toEqual(['conditional', 'notice', 'billing']);
  });

  it('data categories, subjects, duration, security (A.3–A.5, C.2)', () => {
    expect(['000', '001', '002', '003', '004'].map((k) => [F(k).dataCategories.cpr, F(k).dataCategories.special, F(k).dataCategories.criminal])).toEqual([
      [true, false, false],
      [true, true, true],
      [false, false, false],
      [true, true, false],
      [true, true, false],
    ]);
    expect(F('002').dataCategories.empty).toBe(true);
    expect(F('002').dataSubjects.empty).toBe(true);
    expect(F('001').dataSubjects.items).toContain('Kunder');
    expect(F('003').duration.kind).toBe('agreement-term');
    expect(['000', '001', '002', '003', '004'].map((k) => F(k).security.level)).toEqual([null, 'high', 'high', 'high', null]);
    expect(F('002').security.citesArt9).toBe(true);
    expect(F('004').security.generic).toBe(true);
  });

  it('every evidence offset points at its quote in the normalised text', () => {
    for (const s of SEEDS) {
      const { text } = normalised[s.slice(0, 3)]!;
      for (const ev of evidences(fields[s.slice(0, 3)])) {
        const quote = ev.quote.replace(/ …$/, '');
        expect(text.slice(ev.offset, ev.offset + quote.length * 2).replace(/\s+/g, ' ').startsWith(quote), `${s}: ${quote}`).toBe(true);
      }
    }
  });
});
