import { HASH_SIZE } from './hashing.js';

// What PISA writes into the public log. An entry is 33 bytes: one type byte, then a 32-byte
// commitment (a hash computed by whoever records the event, over a per-record random salt and the
// record). No personal information enters the log: bundles are public and kept forever, and the
// salt keeps a commitment from being brute-forced from guessed records.
//
//   0x01 consent-receipt   commitment to a consent receipt (grant, refusal, withdrawal)
//   0x02 audit-entry       commitment to an entry of the audit trail

export const LOG_ENTRY_KINDS = ['consent-receipt', 'audit-entry'] as const;
export type LogEntryKind = (typeof LOG_ENTRY_KINDS)[number];

export type LogEntry = { readonly kind: LogEntryKind; readonly commitment: Uint8Array };

export const LOG_ENTRY_SIZE = 1 + HASH_SIZE;

const TYPE_BYTES: Record<LogEntryKind, number> = { 'consent-receipt': 0x01, 'audit-entry': 0x02 };

export function isLogEntryKind(value: unknown): value is LogEntryKind {
  return typeof value === 'string' && (LOG_ENTRY_KINDS as readonly string[]).includes(value);
}

/** The entry bytes (the exact bytes the entry bundle publishes and the leaf hash covers). */
export function encodeLogEntry(entry: LogEntry): Uint8Array {
  if (!isLogEntryKind(entry.kind) || entry.commitment.length !== HASH_SIZE) throw new RangeError('a log entry is a known kind and a 32-byte commitment');
  const bytes = new Uint8Array(LOG_ENTRY_SIZE);
  bytes[0] = TYPE_BYTES[entry.kind];
  bytes.set(entry.commitment, 1);
  return bytes;
}

/** The entry, or null when the bytes are not one PISA writes (wrong length or unknown type). */
export function decodeLogEntry(bytes: Uint8Array): LogEntry | null {
  if (bytes.length !== LOG_ENTRY_SIZE) return null;
  const kind = LOG_ENTRY_KINDS.find((k) => TYPE_BYTES[k] === bytes[0]);
  return kind === undefined ? null : { kind, commitment: bytes.slice(1) };
}
