import { describe, expect, it } from 'vitest';
import { checkText, ELEMENT_CODES, isNegated, REQUIREMENTS, type ElementCode } from '../../src/checklist/index.js';
import { DA_ELEMENTS, dpa, EN_ELEMENTS } from './dpas.js';

function missing(text: string, language: 'da' | 'en'): ElementCode[] {
  return checkText(text, language)
    .items.filter((i) => !i.satisfied)
    .map((i) => i.code);
}

function item(text: string, language: 'da' | 'en', code: ElementCode) {
  return checkText(text, language).items.find((i) => i.code === code)!;
}

describe('requirements', () => {
  it('define every element code once, with a legal basis citing the GDPR', () => {
    expect(REQUIREMENTS.map((r) => r.code)).toEqual([...ELEMENT_CODES]);
    for (const r of REQUIREMENTS) expect(r.basis, r.code).toMatch(/^GDPR Art\. (28|32)/);
  });
});

describe.each([
  ['English', EN_ELEMENTS, 'en'],
  ['Danish', DA_ELEMENTS, 'da'],
] as const)('checkText on a complete %s DPA', (_name, elements, language) => {
  it('finds every element and quotes the sentence that satisfies it', () => {
    const text = dpa(elements);
    const result = checkText(text, language);
    expect(result.items.filter((i) => !i.satisfied).map((i) => i.code)).toEqual([]);
    for (const i of result.items) {
      expect(i.sentence, i.code).not.toBeNull();
      // The offsets point at the quoted sentence in the input.
      expect(text.slice(i.start!, i.end!).replace(/\s+/g, ' '), i.code).toBe(i.sentence);
    }
  });

  it.each(Object.keys(elements))('reports %s missing when its sentence is left out', (code) => {
    const result = missing(dpa(elements, { drop: [code] }), language);
    expect(result).toContain(code);
  });
});

describe('negation', () => {
  it('does not count an English element the DPA excludes', () => {
    const text = dpa(EN_ELEMENTS, {
      replace: { 'assist-dpia': 'The Processor is not obliged to assist the Controller with data protection impact assessments.' },
    });
    const dpia = item(text, 'en', 'assist-dpia');
    expect(dpia.satisfied).toBe(false);
    expect(dpia.negated?.sentence).toContain('not obliged');
  });

  it('does not count a Danish element the DPA excludes', () => {
    const text = dpa(DA_ELEMENTS, {
      replace: { 'assist-dpia': 'Databehandleren er ikke forpligtet til at bistå med konsekvensanalyser.' },
    });
    expect(item(text, 'da', 'assist-dpia').satisfied).toBe(false);
    expect(item(text, 'da', 'assist-dpia').negated).not.toBeNull();
  });

  it('counts a prohibition with an exception, the way Art. 28(2) itself is worded', () => {
    const en = dpa(EN_ELEMENTS, {
      replace: { 'subprocessor-authorisation': 'The Processor shall not engage a sub-processor without the prior specific or general written authorisation of the Controller.' },
    });
    expect(item(en, 'en', 'subprocessor-authorisation').satisfied).toBe(true);
    const da = dpa(DA_ELEMENTS, {
      replace: { 'subprocessor-authorisation': 'Databehandleren må ikke gøre brug af en underdatabehandler uden forudgående skriftlig godkendelse fra den dataansvarlige.' },
    });
    expect(item(da, 'da', 'subprocessor-authorisation').satisfied).toBe(true);
  });

  it('limits a negation to its own clause', () => {
    const text = dpa(EN_ELEMENTS, {
      replace: {
        'infringing-instruction-notice': 'The Processor will promptly inform the Controller if an instruction infringes data protection law, and the Processor disclaims any liability for such instructions.',
      },
    });
    expect(item(text, 'en', 'infringing-instruction-notice').satisfied).toBe(true);
  });

  it('isNegated tells an excluded obligation from a conditional prohibition', () => {
    expect(isNegated('The Supplier shall not be required to contribute to audits.')).toBe(true);
    expect(isNegated('Leverandøren har ingen forpligtelse til at slette data.')).toBe(true);
    expect(isNegated('The Supplier shall not engage sub-processors without prior written consent.')).toBe(false);
    expect(isNegated('Databehandleren må ikke anvende underdatabehandlere uden godkendelse.')).toBe(false);
  });
});

describe('what does not satisfy an element', () => {
  it('a definition names the risks without making a security obligation', () => {
    const text = dpa(EN_ELEMENTS, {
      drop: ['security-risk-assessment'],
      replace: { 'security-measures': '“Personal Data Breach” means a breach of security leading to the accidental or unlawful destruction, loss or alteration of personal data.' },
    });
    expect(missing(text, 'en')).toEqual(expect.arrayContaining(['security-measures', 'security-risk-assessment']));
  });

  it('a heading is not an obligation', () => {
    const text = dpa(EN_ELEMENTS, { drop: ['delete-or-return'], replace: { 'nature-purpose': 'Retention and Deletion\n\nThe purpose of the processing is to provide the booking service.' } });
    expect(missing(text, 'en')).toContain('delete-or-return');
  });

  it('an audit of open-source code by anyone is not an audit right of the controller', () => {
    const text = dpa(EN_ELEMENTS, { replace: { 'audits-inspections': 'Our software is open source, allowing anyone to audit the code.' } });
    expect(missing(text, 'en')).toContain('audits-inspections');
  });

  it('an empty table cell does not state a particular', () => {
    const text = dpa(EN_ELEMENTS, { replace: { 'data-subject-categories': 'Categories of data subjects | ' } });
    expect(missing(text, 'en')).toContain('data-subject-categories');
  });

  it("a term's definition, consent to transfers and a court order that forbids notice are not the elements they name", () => {
    const text = dpa(EN_ELEMENTS, {
      replace: {
        'subprocessor-authorisation': 'Sub Data Processor: a natural or legal person, public authority, agency or body which, under the direct authority of the processor, is authorised to process personal data.',
        'legal-requirement-notice': 'The processor will notify the controller promptly of any complaint regarding the processing, unless such notice is not permitted under applicable law or a relevant court order.',
      },
    });
    expect(missing(text, 'en')).toEqual(expect.arrayContaining(['subprocessor-authorisation', 'legal-requirement-notice']));
    const transfers = dpa(EN_ELEMENTS, {
      replace: { 'subprocessor-authorisation': 'The processor shall not transfer or allow its Subprocessors to transfer Personal Data to a third country without the controller’s prior consent.' },
    });
    expect(missing(transfers, 'en')).toContain('subprocessor-authorisation');
  });

  it('a deletion period in a list of measures, and the day the contract is concluded, are not deletion at the end', () => {
    for (const sentence of ['Pseudonymisation of personal data on expiry of the deletion period.', 'This agreement on data deletion becomes valid upon its conclusion.']) {
      expect(missing(dpa(EN_ELEMENTS, { replace: { 'delete-or-return': sentence } }), 'en')).toContain('delete-or-return');
    }
  });

  it("the processor's own contact with law enforcement is not help with the controller's notification", () => {
    const text = dpa(EN_ELEMENTS, {
      drop: ['assist-breach-notification-authority', 'assist-breach-communication-subjects'],
      replace: { 'assist-security': 'The Chief Security Officer maintains contact with appropriate authorities (including law enforcement authorities) to report identified security incidents.' },
    });
    expect(missing(text, 'en')).toContain('assist-breach-notification-authority');
  });

  it('"by such means as the parties agree" is not a definition', () => {
    const text = dpa(EN_ELEMENTS, {
      replace: { 'delete-or-return': 'Within thirty days of the expiry or termination of the agreement, the processor shall at the controller’s option delete or return (by such means as the parties shall agree) all copies of the personal data.' },
    });
    expect(item(text, 'en', 'delete-or-return').satisfied).toBe(true);
  });

  it('"not less protective" terms and "after completion" of the work are what the elements ask', () => {
    const text = dpa(EN_ELEMENTS, {
      replace: {
        'subprocessor-flow-down': 'The processor has entered into a written agreement with each Sub-processor containing data protection obligations not less protective than those in this DPA.',
        'delete-or-return': 'After completion of the contractual obligations, the processor shall delete all personal data obtained in connection with the contractual relationship.',
      },
    });
    expect(item(text, 'en', 'subprocessor-flow-down').satisfied).toBe(true);
    expect(item(text, 'en', 'delete-or-return').satisfied).toBe(true);
  });

  it('"dataansvarlige" is the controller, not liability ("ansvar")', () => {
    const text = dpa(DA_ELEMENTS, {
      replace: { 'subprocessor-liability': 'Listen over underdatabehandlere, som den dataansvarlige har godkendt, fremgår af bilag B.' },
    });
    expect(missing(text, 'da')).toContain('subprocessor-liability');
  });
});

describe('context across sentences', () => {
  it('reads the points of a list with their lead-in', () => {
    const text = dpa(EN_ELEMENTS, {
      drop: ['assist-breach-notification-authority', 'assist-breach-communication-subjects', 'assist-dpia', 'assist-prior-consultation'],
      replace: {
        'assist-security':
          'The Processor shall assist the Controller in ensuring compliance with the following obligations:\n\n(a) the security of processing under Article 32;\n\n(b) notifying a personal data breach to the supervisory authority;\n\n(c) communicating a personal data breach to the data subjects;\n\n(d) data protection impact assessments; and\n\n(e) prior consultation of the supervisory authority.',
      },
    });
    expect(missing(text, 'en')).toEqual([]);
  });

  it("does not take the controller's own duty for the processor's obligation", () => {
    expect(item('The controller shall ensure that its employees are bound by confidentiality obligations.', 'en', 'confidentiality').satisfied).toBe(false);
    expect(item('Customer hereby confirms that the level of security is appropriate to the risk.', 'en', 'security-risk-assessment').satisfied).toBe(false);
    expect(item('Den dataansvarlige skal sikre, at medarbejderne har forpligtet sig til fortrolighed.', 'da', 'confidentiality').satisfied).toBe(false);
    // The passive and the controller's rights are still the processor's side of the bargain.
    expect(item('The controller shall be notified of any intended changes to the sub-processors, with the option to object.', 'en', 'subprocessor-changes-notice').satisfied).toBe(true);
    expect(item('The controller shall be entitled to audit the processor, including by inspections.', 'en', 'audits-inspections').satisfied).toBe(true);
  });

  it('reads list points after a lead-in glued to its first point, and upper-case point markers', () => {
    const glued = 'The processor shall notify the controller without undue delay: about any request from a public authority; if, in its opinion, an instruction infringes the GDPR;';
    expect(item(glued, 'en', 'infringing-instruction-notice').satisfied).toBe(true);
    const upper =
      'The processor shall assist the controller with its obligations, including: (A) the security requirements; (B) notifications to the regulator and affected data subjects; and (C) consulting with the regulator where required.';
    expect(item(upper, 'en', 'assist-breach-notification-authority').satisfied).toBe(true);
    expect(item(upper, 'en', 'assist-breach-communication-subjects').satisfied).toBe(true);
    expect(item(upper, 'en', 'assist-prior-consultation').satisfied).toBe(true);
  });

  it('does not read a bare Article 32 citation as the risk assessment, nor advertising as information for the controller', () => {
    expect(item('The processor shall implement the technical and organisational measures required by Article 32 GDPR.', 'en', 'security-risk-assessment').satisfied).toBe(false);
    expect(item('We demonstrate compliance with international standards such as ISO 27001 and SOC 2 certifications.', 'en', 'demonstrate-compliance').satisfied).toBe(false);
  });

  it('reads "Articles 32 to 36" as covering each of them', () => {
    const text = dpa(EN_ELEMENTS, {
      drop: ['assist-breach-notification-authority', 'assist-breach-communication-subjects', 'assist-dpia', 'assist-prior-consultation'],
      replace: { 'assist-security': 'The Processor shall assist the Controller in ensuring compliance with the obligations pursuant to Articles 32 to 36 GDPR.' },
    });
    expect(missing(text, 'en')).toEqual([]);
  });

  it('reads Danish sentences in an English DPA with the Danish lexicon', () => {
    const text = dpa(EN_ELEMENTS, { replace: { 'audits-inspections': DA_ELEMENTS['audits-inspections']! } });
    expect(item(text, 'en', 'audits-inspections').pattern).toMatch(/^da:/);
  });
});

describe('options', () => {
  it('checks only the elements asked for', () => {
    const result = checkText(dpa(EN_ELEMENTS, { drop: ['confidentiality'] }), 'en', { elements: ['audits-inspections'] });
    expect(result.items.map((i) => i.code)).toEqual(['audits-inspections']);
  });
});

describe('performance', () => {
  // The regexes have no nested quantifiers: time grows linearly with the input, also for one huge "sentence".
  function time(text: string): number {
    const t0 = performance.now();
    checkText(text, 'en');
    return performance.now() - t0;
  }

  it('stays linear on long, repetitive input without sentence breaks', () => {
    const unit = 'the processor shall process personal data of the controller, ';
    time(unit.repeat(200)); // warm-up
    const small = Math.min(time(unit.repeat(1000)), time(unit.repeat(1000)));
    const large = Math.min(time(unit.repeat(4000)), time(unit.repeat(4000)));
    // 4× the input: linear work takes about 4× as long; backtracking would take 16× or far more.
    expect(large).toBeLessThan(10 * small + 500);
  });

  it('handles a text of one repeated letter', () => {
    expect(time('a'.repeat(100_000))).toBeLessThan(5000);
  });
});
