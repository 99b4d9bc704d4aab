import { describe, expect, it } from 'vitest';
import { addressToCity, ageToBand, birthDateToYear } from './generalise.js';

describe('birthDateToYear', () => {
  it.each([
    ['1990-05-12', '1990'],
    ['1990年5月12日', '1990'],
    ['05/12/1990', '1990'],
    ['19900512', null],
    ['unknown', null],
  ])('%s -> %s', (input, year) => expect(birthDateToYear(input)).toBe(year));
});

describe('addressToCity', () => {
  it.each([
    ['广东省深圳市南山区科技园路1号', '广东省深圳市'],
    ['北京市朝阳区建国路88号', '北京市'],
    ['上海浦东新区世纪大道100号', '上海市'],
    ['1600 Amphitheatre Pkwy, Mountain View, CA 94043', 'Mountain View, CA'],
    ['10 Downing Street', null],
  ])('%s -> %s', (input, city) => expect(addressToCity(input)).toBe(city));
});

describe('ageToBand', () => {
  it.each([
    ['34', {}, '30-39'],
    ['34岁', { width: 5 }, '30-34'],
    ['13', { bands: [0, 14, 18, 60] }, '0-13'],
    ['17', { bands: [0, 14, 18, 60] }, '14-17'],
    ['75', { bands: [0, 14, 18, 60] }, '60+'],
    ['abc', {}, null],
    ['200', {}, null],
  ])('%s %j -> %s', (input, options, band) => expect(ageToBand(input, options)).toBe(band));
});
