// A shop's declaration in YAML, as processors upload it: CN and US-CA; a necessary purpose, a
// consent purpose, a separate-consent item (precise location) and a sale/share purpose with GPC.
export const shopYaml = (name: string): string => `processor:
  name: ${name}
  jurisdictions: [CN, US-CA]
activities:
  - id: orders
    purpose: Deliver purchased goods
    legal_basis: contract
    data: [mobile_phone, person_name, shipping_address]
    necessary: true
    retention: P3Y
  - id: marketing
    purpose: Recommend products
    legal_basis: consent
    data: [email, device_id]
    consent: { obtained: true, withdrawable: true }
    retention: P1Y
  - id: location
    purpose: Show nearby pickup points
    legal_basis: consent
    data: [precise_location]
    consent: { obtained: true, separate: true, withdrawable: true }
  - id: ads
    purpose: Share with an ad network
    legal_basis: consent
    data: [device_id]
    recipients: [{ name: AdNet, role: third_party, country: US }]
    sale_or_share: true
    opt_out_offered: true
    gpc_honoured: true
`;
