// Structured values of a DPA (issue 4): read after alignment, before the rules run, and published under the file's
// "fields" (schema: schemas/fields.schema.json). Each value carries the quote and offset it was read from.
import type { LintDocument } from '../engine/types.js';
import { extractAudit, type AuditField } from './audit.js';
import { extractBreachNotice, type BreachNoticeField } from './breach.js';
import { extractDeletion, type DeletionField } from './deletion.js';
import { extractParties, type PartiesField } from './parties.js';
import {
  extractDataCategories,
  extractDataSubjects,
  extractDuration,
  type DataCategoriesField,
  type DataSubjectsField,
  type DurationField,
} from './processing.js';
import { extractRetention, type RetentionField } from './retention.js';
import { extractSecurity, type SecurityField } from './security.js';
import { extractSubprocessorList, type SubprocessorListField } from './subprocessor-list.js';
import { extractSubprocessorTerms, type SubprocessorTermsField } from './subprocessor-terms.js';
import { extractLocations, extractTransfers, type LocationsField, type TransfersField } from './transfers.js';
import { FieldDoc, sourceFromLintDocument, type SourceDoc } from './view.js';

export const FIELDS_SCHEMA_VERSION = 1;

export interface DpaFields {
  schemaVersion: 1;
  parties: PartiesField;
  /** 10.2: the processor's deadline for notifying the controller of a breach. */
  breachNotice: BreachNoticeField;
  /** 7.2/7.3 and B.2: authorisation type and notice of changes. */
  subprocessorTerms: SubprocessorTermsField;
  /** B.1: the approved sub-processors. */
  subprocessors: SubprocessorListField;
  /** C.5: where the processing may take place. */
  processingLocations: LocationsField;
  /** C.6: the transfer instruction and its basis. */
  transfers: TransfersField;
  /** 11.1: delete or return at the end. */
  deletion: DeletionField;
  /** C.4: retention periods. */
  retention: RetentionField;
  /** C.7/C.8: the audit concept. */
  audit: AuditField;
  /** A.3, A.4, A.5. */
  dataCategories: DataCategoriesField;
  dataSubjects: DataSubjectsField;
  duration: DurationField;
  /** C.2. */
  security: SecurityField;
}

/** Fields of a document from its pieces (also used by tests that have no full pipeline run). */
export function extractFieldsFrom(source: SourceDoc): DpaFields {
  const fd = new FieldDoc(source);
  return {
    schemaVersion: 1,
    parties: extractParties(fd),
    breachNotice: extractBreachNotice(fd),
    subprocessorTerms: extractSubprocessorTerms(fd),
    subprocessors: extractSubprocessorList(fd),
    processingLocations: extractLocations(fd),
    transfers: extractTransfers(fd),
    deletion: extractDeletion(fd),
    retention: extractRetention(fd),
    audit: extractAudit(fd),
    dataCategories: extractDataCategories(fd),
    dataSubjects: extractDataSubjects(fd),
    duration: extractDuration(fd),
    security: extractSecurity(fd),
  };
}

export function extractFields(doc: LintDocument): DpaFields {
  return extractFieldsFrom(sourceFromLintDocument(doc));
}

/** The fields of a linted document, typed (rules receive them as `ctx.doc.fields`). */
export function fieldsOf(doc: LintDocument): DpaFields | null {
  const f = doc.fields as unknown as DpaFields | null;
  return f && f.schemaVersion === 1 ? f : null;
}

export type { AuditField, BreachNoticeField, DeletionField, PartiesField, RetentionField, SecurityField, SubprocessorListField, SubprocessorTermsField, TransfersField, LocationsField };
export type { DataCategoriesField, DataSubjectsField, DurationField };
export type { Evidence } from './evidence.js';
export type { Subprocessor } from './subprocessor-list.js';
export type { Party } from './parties.js';
export type { BreachDeadline } from './breach.js';
export type { NoticeStatement } from './subprocessor-terms.js';
export type { RetentionPeriod } from './retention.js';
export type { AuditRestriction } from './audit.js';
