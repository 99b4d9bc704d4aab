import type { Declaration } from '../core/declaration/schema.js';
import type { Finding } from '../core/rules/finding.js';
import type { Summary } from '../core/rules/summary.js';

// The ports the services need, as small as they can be; src/db implements them. Timestamps are
// ISO 8601 strings so that records serialize the same way from every adapter.

/** Where "now" comes from: services never read the system clock themselves. */
export interface Clock {
  now(): Date;
}

export type ProcessorRecord = {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** The organisation whose members and API keys act for the processor; null until linked. */
  readonly organisation_id: string | null;
  readonly created_at: string;
};

export type SourceFormat = 'yaml' | 'json';

/** A stored declaration version without its (possibly large) text and body, for listings. */
export type DeclarationVersionSummary = {
  readonly id: string;
  readonly processor_id: string;
  readonly version: number;
  readonly source_format: SourceFormat;
  readonly content_hash: string;
  readonly created_at: string;
};

export type DeclarationVersionRecord = DeclarationVersionSummary & {
  readonly source_text: string;
  readonly declaration: Declaration;
};

export type PackVersion = { readonly id: string; readonly version: string };

export type EvaluationRecord = {
  readonly id: string;
  readonly processor_id: string;
  readonly declaration_version_id: string;
  /** The declaration version number (1, 2, ...) that was evaluated. */
  readonly version: number;
  readonly as_of: string;
  readonly jurisdictions: readonly string[];
  readonly packs: readonly PackVersion[];
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly created_at: string;
};

export interface ProcessorStore {
  /** Null when the slug is taken: a conflict is an expected outcome, not a failure. */
  create(input: { slug: string; name: string; organisationId?: string | null | undefined; createdAt: Date }): Promise<ProcessorRecord | null>;
  /** By slug; only those of the given organisations when `organisationIds` is set. */
  list(filter?: { organisationIds?: readonly string[] | undefined }): Promise<ProcessorRecord[]>;
  /** Links (or unlinks, with null) the processor to an organisation; the record after, or null when missing. */
  setOrganisation(id: string, organisationId: string | null): Promise<ProcessorRecord | null>;
  findById(id: string): Promise<ProcessorRecord | null>;
  findBySlug(slug: string): Promise<ProcessorRecord | null>;
}

export type NewDeclarationVersion = {
  readonly processorId: string;
  readonly sourceText: string;
  readonly sourceFormat: SourceFormat;
  readonly declaration: Declaration;
  readonly contentHash: string;
  readonly createdAt: Date;
};

export interface DeclarationStore {
  /**
   * Stores the next version (1 + the highest so far) in one transaction; concurrent appends for
   * one processor get distinct, consecutive numbers. Null when the processor does not exist.
   */
  append(input: NewDeclarationVersion): Promise<{ record: DeclarationVersionRecord; previousHash: string | null } | null>;
  list(processorId: string): Promise<DeclarationVersionSummary[]>;
  find(processorId: string, version: number): Promise<DeclarationVersionRecord | null>;
  findLatest(processorId: string): Promise<DeclarationVersionRecord | null>;
}

export type NewEvaluation = {
  readonly processorId: string;
  readonly declarationVersionId: string;
  readonly asOf: string;
  readonly jurisdictions: readonly string[];
  readonly packs: readonly PackVersion[];
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly createdAt: Date;
};

export interface EvaluationStore {
  add(input: NewEvaluation): Promise<EvaluationRecord>;
  /** Newest first. */
  list(processorId: string): Promise<EvaluationRecord[]>;
  find(id: string): Promise<EvaluationRecord | null>;
}

/** A trivial round trip to the database, for health checks; throws when it is unreachable. */
export interface DatabaseProbe {
  ping(): Promise<void>;
}
