/** The declaration the check form starts with: a shop active in China and California. */
export const SAMPLE_DECLARATION = `processor:
  name: Example Shopping Co.
  jurisdictions: [CN, US-CA]
  app_type: online_shopping
  individuals_count: 2500000
  annual_revenue_usd: 30000000
  officer_appointed: true
  last_compliance_audit: 2025-06-30
activities:
  - id: order-fulfilment
    purpose: Deliver purchased goods
    legal_basis: contract
    data: [mobile_phone, person_name, shipping_address, payment_record]
    necessary: true
    recipients:
      - {name: X Logistics, role: entrusted, country: CN}
    retention: P3Y
    security: [encryption, access_control]
  - id: face-login
    purpose: Sign in with your face
    legal_basis: consent
    data: [facial_features, device_id]
    consent: {obtained: true, separate: false, withdrawable: true}
  - id: ads
    purpose: Personalised advertising
    legal_basis: consent
    data: [browsing_history, purchase_history, precise_location]
    consent: {obtained: true, separate: false, withdrawable: false}
    sale_or_share: true
    automated_decision: {used: true, personalized_marketing: true}
`;
