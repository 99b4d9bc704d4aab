import { parseDeclaration } from '../../src/core/declaration/parse.js';
import type { Declaration, DeclarationInput } from '../../src/core/declaration/schema.js';
import type { NoticeContext } from '../../src/core/notice/types.js';

type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

/** A parsed declaration from a few fields; throws on invalid input so tests fail loudly. */
export function declarationOf(activities: ActivityInput[], processor: Partial<DeclarationInput['processor']> = {}): Declaration {
  const result = parseDeclaration({ processor: { name: 'Example Co.', jurisdictions: ['CN'], ...processor }, activities });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.declaration;
}

/** An activity with the fields every test needs; override the rest. */
export const activity = (id: string, extra: Partial<ActivityInput> = {}): ActivityInput => ({
  id,
  purpose: `Purpose ${id}`,
  legal_basis: 'consent',
  data: ['person_name'],
  ...extra,
});

export const CONTEXT: NoticeContext = {
  legal_name: 'Example Co. Ltd.',
  address: '1 Example Road, Shanghai',
  email: 'privacy@example.test',
  phone: '400-000-0000',
  rights_url: 'https://example.test/rights',
  withdraw_url: 'https://example.test/withdraw',
  version: '2026-01',
};

/** The online shop of examples/shopping.yaml, with an optional marketing purpose added (CN + US-CA). */
export const SHOP: Declaration = declarationOf(
  [
    activity('order-fulfilment', {
      purpose: 'Deliver purchased goods',
      legal_basis: 'contract',
      data: ['mobile_phone', 'person_name', 'shipping_address', 'payment_record'],
      necessary: true,
      recipients: [{ name: 'X Logistics', role: 'entrusted', country: 'CN' }],
      cross_border: { destination: 'US', mechanism: 'standard_contract' },
      retention: 'P3Y',
    }),
    activity('marketing', {
      purpose: 'Recommend products',
      data: ['purchase_history', 'device_id', 'precise_location'],
      recipients: [{ name: 'AdNet Inc.', role: 'third_party', country: 'US' }],
      automated_decision: { used: true, personalized_marketing: true },
      sale_or_share: true,
      retention: 'P1Y',
    }),
  ],
  { name: 'Example Shop', jurisdictions: ['CN', 'US-CA'] },
);
