import type { AuditEntry } from './chain.js';

/** The export columns, in order: the hashed fields, then the chain. */
export const AUDIT_COLUMNS = [
  'seq',
  'at',
  'actor_type',
  'actor_id',
  'role',
  'action',
  'target_type',
  'target_id',
  'request_id',
  'before_hash',
  'after_hash',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof AuditEntry)[];

/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) gets a leading apostrophe: OWASP "CSV Injection".
 */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The entries as CSV with a header line, CRLF line ends (RFC 4180). */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const lines = [AUDIT_COLUMNS.join(','), ...entries.map((entry) => AUDIT_COLUMNS.map((column) => csvCell(entry[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
