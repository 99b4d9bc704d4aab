import { describe, expect, it } from 'vitest';
import { TAXONOMY } from './entries.js';
import { CN_SENSITIVE_IDS, criminalClassOf, getTaxonomyEntry, isTaxonomyId, TAXONOMY_IDS, type TaxonomyId, US_CA_SENSITIVE_IDS } from './taxonomy.js';
import type { TaxonomyEntry } from './types.js';

// Public contract: ids are never renamed or reordered; additions append here.
const CONTRACT_IDS = [
  'person_name',
  'gender',
  'birth_date',
  'age',
  'ethnic_origin',
  'nationality',
  'marital_status',
  'mobile_phone',
  'landline_phone',
  'email',
  'postal_address',
  'shipping_address',
  'resident_id_number',
  'passport_number',
  'driver_license_number',
  'social_security_number',
  'other_government_id',
  'license_plate',
  'photo',
  'account_id',
  'account_password',
  'device_id',
  'ip_address',
  'online_identifier',
  'contacts_list',
  'communication_content',
  'call_log',
  'precise_location',
  'coarse_location',
  'travel_itinerary',
  'trip_record',
  'browsing_history',
  'search_history',
  'app_usage',
  'purchase_history',
  'payment_record',
  'bank_account',
  'credit_card_number',
  'payment_credentials',
  'credit_record',
  'income',
  'property_info',
  'face_image',
  'facial_features',
  'fingerprint',
  'voiceprint',
  'iris',
  'genetic_data',
  'health_record',
  'medical_record',
  'religious_belief',
  'political_opinion',
  'sexual_orientation',
  'criminal_record',
  'union_membership',
  'immigration_status',
  'education_record',
  'employment_info',
];

const GROUPS = [
  'identity',
  'contact',
  'government_id',
  'device_online',
  'location',
  'behaviour',
  'financial',
  'biometric',
  'health',
  'belief_identity',
  'communication',
  'education_employment',
];

const CJK = /[\u4e00-\u9fff]/;
const entries: readonly TaxonomyEntry[] = TAXONOMY;

describe('TAXONOMY', () => {
  describe('the id contract', () => {
    it('lists exactly the 58 contract ids in contract order', () => {
      expect(CONTRACT_IDS).toHaveLength(58);
      expect([...TAXONOMY_IDS]).toEqual(CONTRACT_IDS);
    });

    it('has unique ids', () => {
      expect(new Set(TAXONOMY_IDS).size).toBe(TAXONOMY_IDS.length);
    });

    it('spells ids in snake_case', () => {
      for (const id of TAXONOMY_IDS) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    });
  });

  describe('each entry', () => {
    it.each(entries.map((e) => [e.id, e] as const))('%s has labels and descriptions in both languages', (_id, entry) => {
      expect(entry.label.en.trim()).not.toBe('');
      expect(entry.label.zh.trim()).not.toBe('');
      expect(entry.description.en.trim()).not.toBe('');
      expect(entry.description.zh.trim()).not.toBe('');
      expect(entry.label.zh).toMatch(CJK);
      expect(entry.description.zh).toMatch(CJK);
    });

    it.each(entries.map((e) => [e.id, e] as const))('%s has a known group, a DPV concept and a version', (_id, entry) => {
      expect(GROUPS).toContain(entry.group);
      expect(entry.dpv).toMatch(/^pd:[A-Za-z]+$/);
      expect(['exact', 'closest', 'broader']).toContain(entry.dpv_match);
      expect(entry.added).toMatch(/^\d+\.\d+\.\d+$/);
      expect(entry.deprecated).toBeUndefined();
    });

    it('has distinct labels in each language', () => {
      expect(new Set(entries.map((e) => e.label.en)).size).toBe(entries.length);
      expect(new Set(entries.map((e) => e.label.zh)).size).toBe(entries.length);
    });
  });

  describe('flags against the law', () => {
    const cn = (id: TaxonomyId) => CN_SENSITIVE_IDS.has(id);
    const us = (id: TaxonomyId) => US_CA_SENSITIVE_IDS.has(id);

    it('marks facial features sensitive in both jurisdictions (PIPL art. 28 biometrics; § 1798.140(ae)(2))', () => {
      expect(cn('facial_features')).toBe(true);
      expect(us('facial_features')).toBe(true);
    });

    it('marks e-mail sensitive in neither (GB/T 35273 Annex A general PI)', () => {
      expect(cn('email')).toBe(false);
      expect(us('email')).toBe(false);
    });

    it('marks the PIPL art. 28 named categories CN-sensitive', () => {
      const named: TaxonomyId[] = [
        'fingerprint',
        'iris',
        'voiceprint',
        'genetic_data',
        'religious_belief',
        'health_record',
        'medical_record',
        'bank_account',
        'trip_record',
        'precise_location',
        'resident_id_number',
        'passport_number',
        'communication_content',
        'call_log',
        'contacts_list',
        'browsing_history',
        'criminal_record',
        'sexual_orientation',
        'account_password',
        'payment_credentials',
        'credit_record',
        'purchase_history',
        'property_info',
      ];
      for (const id of named) expect(cn(id), id).toBe(true);
    });

    it('keeps GB/T 35273 Annex A general PI out of the CN-sensitive set', () => {
      const general: TaxonomyId[] = ['person_name', 'gender', 'birth_date', 'mobile_phone', 'postal_address', 'ip_address', 'device_id', 'coarse_location'];
      for (const id of general) expect(cn(id), id).toBe(false);
    });

    it('marks the § 1798.140(ae) categories US-CA-sensitive', () => {
      const listed: TaxonomyId[] = [
        'social_security_number',
        'driver_license_number',
        'passport_number',
        'account_password',
        'payment_credentials',
        'precise_location',
        'ethnic_origin',
        'immigration_status',
        'religious_belief',
        'union_membership',
        'communication_content',
        'genetic_data',
        'fingerprint',
        'health_record',
        'sexual_orientation',
      ];
      for (const id of listed) expect(us(id), id).toBe(true);
    });

    it('does not mark categories § 1798.140(ae) omits', () => {
      const omitted: TaxonomyId[] = ['criminal_record', 'political_opinion', 'income', 'call_log', 'contacts_list', 'person_name'];
      for (const id of omitted) expect(us(id), id).toBe(false);
    });

    it('puts whereabouts, communication content, credit and property information in the 50-item class', () => {
      for (const id of ['precise_location', 'trip_record', 'travel_itinerary', 'communication_content', 'credit_record', 'bank_account', 'property_info'])
        expect(criminalClassOf(id), id).toBe(50);
    });

    it('puts health, communication records and transactions in the 500-item class', () => {
      for (const id of ['health_record', 'medical_record', 'call_log', 'genetic_data', 'purchase_history', 'payment_record'])
        expect(criminalClassOf(id), id).toBe(500);
    });

    it('puts other PI in the 5,000-item class', () => {
      for (const id of ['person_name', 'email', 'resident_id_number', 'device_id', 'facial_features']) expect(criminalClassOf(id), id).toBe(5000);
    });
  });
});

describe('isTaxonomyId', () => {
  it('accepts contract ids and rejects anything else', () => {
    expect(isTaxonomyId('email')).toBe(true);
    expect(isTaxonomyId('e_mail')).toBe(false);
    expect(isTaxonomyId('Email')).toBe(false);
    expect(isTaxonomyId('')).toBe(false);
    expect(isTaxonomyId('toString')).toBe(false);
  });
});

describe('getTaxonomyEntry', () => {
  it('returns the entry of an id', () => {
    const entry = getTaxonomyEntry('resident_id_number');
    expect(entry.id).toBe('resident_id_number');
    expect(entry.label.zh).toBe('身份证号码');
  });

  it('returns every entry by its own id', () => {
    for (const entry of TAXONOMY) expect(getTaxonomyEntry(entry.id)).toBe(entry);
  });
});

describe('criminalClassOf', () => {
  it('gives an unknown id the 5,000 class of "any other PI" (interpretation art. 5(1)(5))', () => {
    expect(criminalClassOf('not_a_category')).toBe(5000);
  });
});

describe('sensitive-id sets', () => {
  it('contain only taxonomy ids and agree with the entry flags', () => {
    for (const entry of TAXONOMY) {
      expect(CN_SENSITIVE_IDS.has(entry.id)).toBe(entry.cn_sensitive);
      expect(US_CA_SENSITIVE_IDS.has(entry.id)).toBe(entry.us_ca_sensitive);
    }
    for (const id of [...CN_SENSITIVE_IDS, ...US_CA_SENSITIVE_IDS]) expect(isTaxonomyId(id)).toBe(true);
  });
});
