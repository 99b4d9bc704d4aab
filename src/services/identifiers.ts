import { type Identifier, normaliseEmail, normaliseMainlandMobile } from '../core/auth/identifiers.js';
import type { Issue } from '../core/errors/codes.js';
import { PisaError } from '../core/errors/pisa-error.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import type { AccountRecord } from './identity-ports.js';

/** What a person types to name their account: one of an email address or a mainland mobile number. */
export type IdentifierInput = { readonly email?: string | undefined; readonly phone?: string | undefined };

/** The normalized identifier, or REQUEST_INVALID naming the field. */
export function requireIdentifier(input: IdentifierInput): Identifier {
  const issues: Issue[] = [];
  if ((input.email === undefined) === (input.phone === undefined)) {
    issues.push({ code: 'FIELD_REQUIRED', path: ['email'], params: {} });
    throw new PisaError('REQUEST_INVALID', { detail: 'give exactly one of email and phone' }, { issues });
  }
  if (input.email !== undefined) {
    const email = normaliseEmail(input.email);
    if (email) return { kind: 'email', value: email };
    issues.push({ code: 'VALUE_INVALID', path: ['email'], params: { value: '(hidden)', allowed: 'an email address', suggestion: '' } });
  } else if (input.phone !== undefined) {
    const phone = normaliseMainlandMobile(input.phone);
    if (phone) return { kind: 'phone', value: phone };
    issues.push({
      code: 'VALUE_INVALID',
      path: ['phone'],
      params: { value: '(hidden)', allowed: 'a mainland China mobile number (11 digits, +86 optional)', suggestion: '' },
    });
  }
  throw new PisaError('REQUEST_INVALID', { detail: issues.map((i) => i.path.join('.')).join(', ') }, { issues });
}

/** An identifier typed at sign-in (either kind in one field), or null when it is neither. */
export function parseSignInIdentifier(raw: string): Identifier | null {
  if (raw.includes('@')) {
    const email = normaliseEmail(raw);
    return email ? { kind: 'email', value: email } : null;
  }
  const phone = normaliseMainlandMobile(raw);
  return phone ? { kind: 'phone', value: phone } : null;
}

/** The identifier's blind index under the active index key: what a new row stores. */
export const indexOf = (protector: FieldProtector, identifier: Identifier): string => protector.index(identifier.kind, identifier.value);

/** The identifier's index under every configured index key: what a lookup searches for. */
export const indexesOf = (protector: FieldProtector, identifier: Identifier): string[] => protector.indexes(identifier.kind, identifier.value);

/** The account's email address (else its mobile number), decrypted: where its messages go. */
export function contactOf(protector: FieldProtector, account: Pick<AccountRecord, 'id' | 'email_enc' | 'phone_enc'>): Identifier | null {
  if (account.email_enc !== null) return { kind: 'email', value: protector.decrypt(account.email_enc, FIELD_CONTEXT.accountEmail(account.id)) };
  if (account.phone_enc !== null) return { kind: 'phone', value: protector.decrypt(account.phone_enc, FIELD_CONTEXT.accountPhone(account.id)) };
  return null;
}
