import { buildNotice } from '../../src/core/notice/build-notice.js';
import { activity, CONTEXT, declarationOf } from '../../test/support/notice-fixtures.js';

// A shop with a contract purpose, an ordinary consent purpose, a sensitive one (separate consent)
// and one shared with a third party that sells (separate provision + CCPA opt-out).
export const WIDGET_SHOP = buildNotice(
  declarationOf(
    [
      activity('orders', { legal_basis: 'contract', necessary: true, data: ['mobile_phone', 'shipping_address'] }),
      activity('marketing', { data: ['email'] }),
      activity('location', { data: ['precise_location'] }),
      activity('ads', { data: ['device_id'], recipients: [{ name: 'AdNet', role: 'third_party', country: 'US' }], sale_or_share: true }),
    ],
    { name: 'Widget Shop', jurisdictions: ['CN', 'US-CA'] },
  ),
  CONTEXT,
);
