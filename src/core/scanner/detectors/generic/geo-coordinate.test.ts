import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan-line.js';

const scanner = createScanner();
const found = (text: string, column: string | null = null) =>
  scanner
    .scanLine(text, { column })
    .filter((m) => m.detector === 'GEO_COORDINATE')
    .map((m) => text.slice(m.start, m.end));

describe('GEO_COORDINATE', () => {
  it.each([
    ['(-17.738223, 85.605469)', ['(-17.738223, 85.605469)']],
    ['loc=39.904211,116.407395;', ['39.904211,116.407395']],
    ['+12.3456789, -12.3456789', ['+12.3456789, -12.3456789']],
    ['-90.00000,-180.00000', ['-90.00000,-180.00000']],
    ['40° 26′ 46″ N, 79° 58′ 56″ W', ['40° 26′ 46″ N, 79° 58′ 56″ W']],
    ['40°26′45.9996″N, 79°58′55.2″E', ['40°26′45.9996″N, 79°58′55.2″E']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['39.9, 116.4', 'a city, not a place'],
    ['(-137.5942, -148.5942)', 'latitude out of range'],
    ['89.9999999989, 360.0000000', 'longitude out of range'],
    ['-95.738043, -96.738043', 'no context for a longitude-first pair'],
    ['100° 26′ 46″ N, 79° 70′ 56″ W', 'degrees and minutes out of range'],
    ['1.2345678', 'a lone number'],
  ])('%s is not found (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads a longitude-first pair when the column says it is a coordinate', () => {
    expect(found('116.407395,39.904211', '经纬度')).toEqual(['116.407395,39.904211']);
  });

  it('takes a lone number in a latitude or longitude column', () => {
    expect(found('39.904211', '$.geo.lat')).toEqual(['39.904211']);
    expect(found('116.407395', 'lng')).toEqual(['116.407395']);
    expect(found('116.407395', 'lat')).toEqual([]);
  });
});
