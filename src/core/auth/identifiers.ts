/** How a person signs in: an email address or a mainland China mobile number, normalized. */
export type Identifier = { readonly kind: 'email'; readonly value: string } | { readonly kind: 'phone'; readonly value: string };

// RFC 5321 §4.5.3.1: 64 octets of local part, 254 in all (the path limit minus the brackets).
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]{1,64}@(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Trimmed and lowercased (PISA treats the local part as case-insensitive, as mail hosts do), or null. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().normalize('NFC').toLowerCase();
  return email.length <= 254 && EMAIL_PATTERN.test(email) ? email : null;
}

/**
 * "+86" and the 11 digits of a mainland mobile number (1, then 3-9, then 9 digits; MIIT numbering
 * plan), from input with or without +86/0086/86, spaces or hyphens; null otherwise.
 */
export function normaliseMainlandMobile(raw: string): string | null {
  const compact = raw.trim().replace(/[\s-]/g, '');
  const match = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/.exec(compact);
  return match?.[1] ? `+86${match[1]}` : null;
}

/**
 * The identifier with most of it hidden, for logs and messages a developer reads:
 * "a***@e***.com", "+86 138****5678". Enough to tell two test accounts apart, not to contact anyone.
 */
export function maskIdentifier(identifier: Identifier): string {
  if (identifier.kind === 'phone') return `+86 ${identifier.value.slice(3, 6)}****${identifier.value.slice(-4)}`;
  const [local = '', domain = ''] = identifier.value.split('@');
  const dot = domain.lastIndexOf('.');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${dot >= 0 ? domain.slice(dot) : ''}`;
}
