import { describe, expect, it } from 'vitest';
import { parseDatasetPath, parseUploadName } from './dataset-path.js';

describe('parseDatasetPath', () => {
  it('accepts the whole folder, files and folders below it', () => {
    expect(parseDatasetPath('')).toEqual({ ok: true, segments: [] });
    expect(parseDatasetPath('users.csv')).toEqual({ ok: true, segments: ['users.csv'] });
    expect(parseDatasetPath('exports/2026/用户.csv')).toEqual({ ok: true, segments: ['exports', '2026', '用户.csv'] });
  });

  it.each([
    ['..', '".."'],
    ['../other/users.csv', '".."'],
    ['exports/../../etc/passwd', '".."'],
    ['./users.csv', '"."'],
    ['/etc/passwd', 'absolute'],
    ['exports//users.csv', 'empty'],
    ['exports/', 'empty'],
    ['.ssh/id_rsa', 'hidden'],
    ['exports/.git', 'hidden'],
    ['a\\..\\b', 'backslash'],
    ['c:/windows', 'backslash'],
    ['bad\u0000name', 'control'],
    ['evil\u202ecod.csv', 'control'],
  ])('refuses %j (%s)', (path) => {
    const checked = parseDatasetPath(path);
    expect(checked.ok).toBe(false);
  });

  it('refuses paths and names that are too long', () => {
    expect(parseDatasetPath('a'.repeat(256)).ok).toBe(false);
    expect(parseDatasetPath(Array.from({ length: 300 }, () => 'abcd').join('/')).ok).toBe(false);
  });
});

describe('parseUploadName', () => {
  it('takes one file name, never a path', () => {
    expect(parseUploadName('users.csv.gz').ok).toBe(true);
    expect(parseUploadName('').ok).toBe(false);
    expect(parseUploadName('a/users.csv').ok).toBe(false);
    expect(parseUploadName('..').ok).toBe(false);
    expect(parseUploadName('.env').ok).toBe(false);
  });
});
