import type { AuditEntry, AuditEvent } from '../core/audit/chain.js';
import type { AccountLanguage } from '../core/auth/preferences.js';
import type { Membership, SessionStage } from '../core/auth/principal.js';
import type { ApiScope, Role } from '../core/auth/roles.js';

// Ports of accounts, sessions, organisations, API keys, the outbox and the audit trail; src/db
// implements them. Personal information crosses them only encrypted (`*_enc`, opaque strings
// made by the FieldProtector) or as blind indexes (`*_index`).

export type AccountStatus = 'pending' | 'active' | 'disabled';

export type AccountRecord = {
  readonly id: string;
  readonly email_index: string | null;
  readonly email_enc: string | null;
  readonly phone_index: string | null;
  readonly phone_enc: string | null;
  readonly name_enc: string | null;
  readonly password_hash: string;
  readonly status: AccountStatus;
  readonly verified_at: string | null;
  readonly totp_secret_enc: string | null;
  readonly totp_pending_enc: string | null;
  readonly totp_enabled_at: string | null;
  readonly totp_last_step: number | null;
  readonly language: AccountLanguage | null;
  readonly created_at: string;
};

export type NewAccount = Pick<AccountRecord, 'id' | 'email_index' | 'email_enc' | 'phone_index' | 'phone_enc' | 'name_enc' | 'password_hash' | 'status'> & {
  readonly createdAt: Date;
  readonly verifiedAt: Date | null;
};

export type AccountPatch = Partial<{
  email_index: string | null;
  phone_index: string | null;
  email_enc: string | null;
  phone_enc: string | null;
  name_enc: string | null;
  password_hash: string;
  status: AccountStatus;
  verified_at: Date | null;
  totp_secret_enc: string | null;
  totp_pending_enc: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  language: AccountLanguage | null;
}>;

export interface AccountStore {
  /** Null when the email or phone index is already taken. */
  create(input: NewAccount): Promise<AccountRecord | null>;
  findById(id: string): Promise<AccountRecord | null>;
  /**
   * By the blind index of an email address or a mobile number; several indexes (the value under
   * each configured index key) find the account whichever key its row was indexed under.
   */
  findByIndex(index: string | readonly string[]): Promise<AccountRecord | null>;
  update(id: string, patch: AccountPatch): Promise<void>;
  /**
   * Sets the last accepted TOTP step only if it is later than the stored one: two concurrent
   * sign-ins with one code cannot both succeed. False when another request used the step first.
   */
  claimTotpStep(id: string, step: number): Promise<boolean>;
  /** Every account, for key rotation (re-encrypting every field). */
  listAll(): Promise<AccountRecord[]>;
  /** Up to `limit` accounts with ids after `afterId` (null: from the start), by id: key rotation in batches. */
  listPage(afterId: string | null, limit: number): Promise<AccountRecord[]>;
}

export interface PasswordResetStore {
  /** Stores a new token and closes the account's open ones: only the latest works. */
  issue(input: { accountId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void>;
  /**
   * Uses the token if it is open and unexpired at `at`, atomically (of two concurrent uses one
   * wins); the account it resets, or null when it is unknown, used, replaced or expired.
   */
  consume(tokenHash: string, at: Date): Promise<string | null>;
  /** Tokens issued to the account since `since`: the per-account limit. */
  countIssuedSince(accountId: string, since: Date): Promise<number>;
}

export interface RecoveryCodeStore {
  /** Replaces every code of the account (used or not) with these hashes. */
  replace(accountId: string, codeHashes: readonly string[], createdAt: Date): Promise<void>;
  /** The account's unused codes (each hash is salted: the caller compares). */
  listUnused(accountId: string): Promise<{ readonly id: string; readonly code_hash: string }[]>;
  /** Marks the code used unless it already is; true when this call used it (once, even under concurrency). */
  markUsed(id: string, at: Date): Promise<boolean>;
  countUnused(accountId: string): Promise<number>;
  deleteForAccount(accountId: string): Promise<void>;
}

export type SessionRecord = {
  readonly id: string;
  readonly account_id: string;
  readonly stage: SessionStage;
  readonly mfa: boolean;
  readonly created_at: string;
  readonly last_seen_at: string;
  readonly expires_at: string;
};

export interface SessionStore {
  create(input: { tokenHash: string; accountId: string; stage: SessionStage; mfa: boolean; createdAt: Date; expiresAt: Date }): Promise<SessionRecord>;
  findByTokenHash(tokenHash: string): Promise<SessionRecord | null>;
  touch(id: string, at: Date): Promise<void>;
  /** Deletes one session; true when it existed. */
  delete(id: string): Promise<boolean>;
  /** Deletes every session of the account but `exceptId` (sign-out everywhere, password change); the count removed. */
  deleteForAccount(accountId: string, exceptId?: string): Promise<number>;
  listForAccount(accountId: string): Promise<SessionRecord[]>;
}

export type VerificationChannel = 'email' | 'phone';

export type VerificationRecord = {
  readonly id: string;
  readonly account_id: string;
  readonly channel: VerificationChannel;
  readonly code_hash: string;
  readonly attempts: number;
  readonly expires_at: string;
};

export interface VerificationStore {
  /** Replaces any open code of the account and channel: only the latest code works. */
  issue(input: { accountId: string; channel: VerificationChannel; codeHash: string; createdAt: Date; expiresAt: Date }): Promise<void>;
  /** The open (unconsumed) code of the account and channel, if any. */
  findOpen(accountId: string, channel: VerificationChannel): Promise<VerificationRecord | null>;
  /** Counts one wrong attempt; returns the new count. */
  countAttempt(id: string): Promise<number>;
  consume(id: string, at: Date): Promise<void>;
  /** Codes issued to the account since `since`: the resend limit. */
  countIssuedSince(accountId: string, since: Date): Promise<number>;
}

export type ThrottleState = { readonly failures: number; readonly window_started_at: string; readonly locked_until: string | null };

export interface ThrottleStore {
  get(key: string): Promise<ThrottleState | null>;
  /** Counts a failure atomically, restarting the count when the window is older than `windowStart`. */
  recordFailure(key: string, at: Date, windowStart: Date): Promise<ThrottleState>;
  lockUntil(key: string, until: Date): Promise<void>;
  clear(key: string): Promise<void>;
}

export type OrganisationRecord = { readonly id: string; readonly slug: string; readonly name: string; readonly created_at: string };

export interface OrganisationStore {
  /** Null when the slug is taken. */
  create(input: { slug: string; name: string; createdAt: Date }): Promise<OrganisationRecord | null>;
  findById(id: string): Promise<OrganisationRecord | null>;
  findBySlug(slug: string): Promise<OrganisationRecord | null>;
  /** All organisations, or those with the given ids, by slug. */
  list(ids?: readonly string[]): Promise<OrganisationRecord[]>;
}

export type MembershipRecord = Membership & { readonly account_id: string; readonly created_at: string };

export interface MembershipStore {
  /** Idempotent: an existing identical membership is returned as it is. */
  add(input: { accountId: string; role: Role; organisationId: string | null; createdAt: Date }): Promise<MembershipRecord>;
  listForAccount(accountId: string): Promise<MembershipRecord[]>;
  listForOrganisation(organisationId: string): Promise<MembershipRecord[]>;
  findById(id: string): Promise<MembershipRecord | null>;
  /** Removes a membership unless it is the organisation's last owner; the outcome says which. */
  remove(id: string): Promise<'removed' | 'missing' | 'last_owner'>;
}

export type InvitationRecord = {
  readonly id: string;
  readonly role: Role;
  readonly organisation_id: string | null;
  readonly identifier_index: string;
  readonly created_by: string | null;
  readonly expires_at: string;
  readonly accepted_at: string | null;
};

export interface InvitationStore {
  create(input: {
    tokenHash: string;
    role: Role;
    organisationId: string | null;
    identifierIndex: string;
    createdBy: string | null;
    createdAt: Date;
    expiresAt: Date;
  }): Promise<InvitationRecord>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  /** Marks it accepted unless already accepted (concurrent accepts: one wins); true when this call won. */
  accept(id: string, accountId: string, at: Date): Promise<boolean>;
}

export type ApiKeyRecord = {
  readonly id: string;
  readonly organisation_id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly ApiScope[];
  readonly created_by: string | null;
  readonly created_at: string;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
};

export interface ApiKeyStore {
  create(input: {
    organisationId: string;
    name: string;
    prefix: string;
    keyHash: string;
    scopes: readonly ApiScope[];
    createdBy: string | null;
    createdAt: Date;
  }): Promise<ApiKeyRecord>;
  findByHash(keyHash: string): Promise<(ApiKeyRecord & { readonly key_hash: string }) | null>;
  findById(id: string): Promise<ApiKeyRecord | null>;
  listForOrganisation(organisationId: string): Promise<ApiKeyRecord[]>;
  /** Sets revoked_at unless already revoked; the record after. */
  revoke(id: string, at: Date): Promise<ApiKeyRecord | null>;
  markUsed(id: string, at: Date): Promise<void>;
}

export type OutboxChannel = 'email' | 'sms';

export type OutboxRecord = {
  readonly id: string;
  readonly channel: OutboxChannel;
  readonly recipient_enc: string;
  readonly template: string;
  readonly params_enc: string | null;
  readonly attempts: number;
  readonly created_at: string;
};

export interface OutboxStore {
  enqueue(input: { id: string; channel: OutboxChannel; recipientEnc: string; template: string; paramsEnc: string; createdAt: Date }): Promise<void>;
  /** Unsent messages, oldest first. */
  pending(limit: number): Promise<OutboxRecord[]>;
  /** Marks it sent and erases its content (the code or token is not kept once delivered). */
  markSent(id: string, at: Date): Promise<void>;
  markFailed(id: string): Promise<void>;
  listAll(): Promise<OutboxRecord[]>;
  replaceCiphertexts(id: string, fields: { recipientEnc: string; paramsEnc: string | null }): Promise<void>;
}

export type AuditFilter = {
  readonly action?: string | undefined;
  readonly actorId?: string | undefined;
  readonly targetId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  /** Entries after this position (keyset pagination). */
  readonly afterSeq?: number | undefined;
  readonly limit: number;
};

export interface AuditStore {
  /** Appends the event as the next entry, chained to the last one, under a lock; returns the entry. */
  append(event: AuditEvent): Promise<AuditEntry>;
  list(filter: AuditFilter): Promise<AuditEntry[]>;
  /** Every entry in order, in pages: what verification walks. */
  scan(afterSeq: number, limit: number): Promise<AuditEntry[]>;
}
