import { describe, expect, it } from 'vitest';
import {
  columnHints,
  HINT_ADDRESS,
  HINT_CN_ID,
  HINT_DRIVER_LICENSE,
  HINT_EMAIL,
  HINT_GEO,
  HINT_IP,
  HINT_LATITUDE,
  HINT_NAME,
  HINT_PASSPORT,
  HINT_PHONE,
  HINT_SSN,
  normalizeColumn,
} from './column-context.js';

describe('normalizeColumn', () => {
  it.each([
    ['$.user.phone', 'phone'],
    ['$.orders[*].Shipping_Address', 'shippingaddress'],
    ['Passport No.', 'passportno'],
    ['手机号', '手机号'],
    ['Customer Name', 'customername'],
    ['$.items[1].phone', 'phone'],
    ['$.phones[*]', 'phones'],
    ['$["手机 号"]', '手机号'],
    ['$[3].email', 'email'],
  ])('%s -> %s', (column, key) => {
    expect(normalizeColumn(column)).toBe(key);
  });
});

describe('columnHints', () => {
  it.each([
    ['手机号', HINT_PHONE],
    ['phone_number', HINT_PHONE],
    ['身份证号', HINT_CN_ID],
    ['ssn', HINT_SSN],
    ['customer_ssn', HINT_SSN],
    ['姓名', HINT_NAME],
    ['first_name', HINT_NAME],
    ['地址', HINT_ADDRESS],
    ['mailing_address', HINT_ADDRESS],
    ['email', HINT_EMAIL],
    ['client_ip', HINT_IP],
    ['passport_number', HINT_PASSPORT],
    ["Driver's License", HINT_DRIVER_LICENSE],
    ['$.geo.lat', HINT_GEO | HINT_LATITUDE],
  ])('%s has its hint', (column, hint) => {
    expect(columnHints(column) & hint).toBe(hint);
  });

  it.each([
    ['username', HINT_NAME],
    ['filename', HINT_NAME],
    ['business_name', HINT_SSN],
    ['ip_address', HINT_ADDRESS],
    ['email_address', HINT_ADDRESS],
    ['mac地址', HINT_ADDRESS],
  ])('%s does not have the hint', (column, hint) => {
    expect(columnHints(column) & hint).toBe(0);
  });

  it('gives free text no hints', () => {
    expect(columnHints(null)).toBe(0);
    expect(columnHints('')).toBe(0);
  });
});
