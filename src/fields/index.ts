// Structured values of a DPA (issue 4): read after alignment, before the rules run; published under "fields".
import type { LintDocument } from '../engine/types.js';
import { extractBreachNotice, type BreachNoticeField } from './breach.js';
import { extractSubprocessorTerms, type SubprocessorTermsField } from './subprocessor-terms.js';
import { extractSubprocessorList, type SubprocessorListField } from './subprocessor-list.js';
import { FieldDoc, sourceFromLintDocument } from './view.js';

export interface DpaFields {
  schemaVersion: 1;
  breachNotice: BreachNoticeField;
  subprocessorTerms: SubprocessorTermsField;
  subprocessors: SubprocessorListField;
}

export function extractFields(doc: LintDocument): DpaFields {
  const fd = new FieldDoc(sourceFromLintDocument(doc));
  return { schemaVersion: 1, breachNotice: extractBreachNotice(fd), subprocessorTerms: extractSubprocessorTerms(fd), subprocessors: extractSubprocessorList(fd) };
}
