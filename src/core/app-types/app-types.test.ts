import { describe, expect, it } from 'vitest';
import { isPisaError } from '../errors/pisa-error.js';
import { isTaxonomyId } from '../taxonomy/taxonomy.js';
import { APP_TYPE_IDS, APP_TYPES, getAppType, isAppTypeId, necessaryPiOf } from './app-types.js';
import type { AppType } from './types.js';

// Public contract: the `app_type` ids of CAC 2021 necessary-PI provisions art. 5, items (1)-(39).
const CONTRACT_IDS = [
  'map_navigation',
  'ride_hailing',
  'instant_messaging',
  'online_community',
  'online_payment',
  'online_shopping',
  'food_delivery',
  'postal_express',
  'transport_ticketing',
  'dating_matchmaking',
  'job_recruitment',
  'online_lending',
  'housing_rental_sales',
  'used_car_trading',
  'medical_consultation',
  'travel_services',
  'hotel_booking',
  'online_games',
  'learning_education',
  'local_life_services',
  'womens_health',
  'vehicle_services',
  'investment_wealth',
  'mobile_banking',
  'email_cloud_storage',
  'remote_meeting',
  'live_streaming',
  'online_audio_video',
  'short_video',
  'news_information',
  'sports_fitness',
  'browser',
  'input_method',
  'security_management',
  'e_books',
  'photo_beautification',
  'app_store',
  'utility_tools',
  'performance_ticketing',
];

const CJK = /[\u4e00-\u9fff]/;
const types: readonly AppType[] = APP_TYPES;

describe('APP_TYPES', () => {
  it('lists exactly the 39 contract ids in item order', () => {
    expect(CONTRACT_IDS).toHaveLength(39);
    expect([...APP_TYPE_IDS]).toEqual(CONTRACT_IDS);
    expect(new Set(APP_TYPE_IDS).size).toBe(39);
  });

  it('numbers the items 1..39, each once, in order', () => {
    expect(types.map((t) => t.item)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
  });

  it('has exactly 13 types that need no PI: items 21 and 27-38', () => {
    const empty = types.filter((t) => t.necessary.length === 0).map((t) => t.item);
    expect(empty).toEqual([21, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38]);
  });

  it.each(types.map((t) => [t.id, t] as const))('%s names only taxonomy ids, each once', (_id, type) => {
    for (const id of type.necessary) expect(isTaxonomyId(id), id).toBe(true);
    expect(new Set(type.necessary).size).toBe(type.necessary.length);
  });

  it.each(types.map((t) => [t.id, t] as const))('%s has labels and a basic function in both languages', (_id, type) => {
    for (const text of [type.label, type.basic_function]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.zh).toMatch(CJK);
    }
    expect(type.label.zh.endsWith('类')).toBe(true);
  });

  it('requires the phone number wherever any PI is necessary, except for map navigation', () => {
    const withoutPhone = types.filter((t) => t.necessary.length > 0 && !t.necessary.includes('mobile_phone')).map((t) => t.id);
    expect(withoutPhone).toEqual(['map_navigation']);
  });

  it('lists every ID-document alternative the table gives', () => {
    expect(necessaryPiOf('online_payment')).toEqual(
      new Set(['mobile_phone', 'person_name', 'resident_id_number', 'passport_number', 'other_government_id', 'bank_account']),
    );
    expect(necessaryPiOf('travel_services').has('passport_number')).toBe(true);
    expect(necessaryPiOf('online_lending').has('passport_number')).toBe(false);
  });

  it('reads the job seeker résumé as name, e-mail, education and employment', () => {
    expect([...necessaryPiOf('job_recruitment')]).toEqual(['mobile_phone', 'person_name', 'email', 'education_record', 'employment_info']);
  });
});

describe('isAppTypeId', () => {
  it('accepts contract ids and rejects anything else', () => {
    expect(isAppTypeId('online_shopping')).toBe(true);
    expect(isAppTypeId('shopping')).toBe(false);
    expect(isAppTypeId('')).toBe(false);
  });
});

describe('getAppType', () => {
  it('returns the type with its art. 5 item number', () => {
    const type = getAppType('online_shopping');
    expect(type.item).toBe(6);
    expect(type.label.zh).toBe('网上购物类');
  });
});

describe('necessaryPiOf', () => {
  it('returns the necessary taxonomy ids of a type', () => {
    expect(necessaryPiOf('online_shopping')).toEqual(new Set(['mobile_phone', 'person_name', 'shipping_address', 'payment_record']));
  });

  it('returns an empty set for a type whose basic function needs no PI', () => {
    expect(necessaryPiOf('browser').size).toBe(0);
  });

  describe('when the id is unknown', () => {
    it('throws APP_TYPE_UNKNOWN', () => {
      expect.assertions(2);
      try {
        necessaryPiOf('spaceship');
      } catch (error) {
        expect(isPisaError(error)).toBe(true);
        expect(isPisaError(error) && error.code).toBe('APP_TYPE_UNKNOWN');
      }
    });
  });
});
