// Paths a client may name for a server scan, checked as text before any file is touched: the
// file adapter then resolves them under the processor's own datasets folder and checks, on the
// real path, that symbolic links do not lead out of it.

export const MAX_DATASET_PATH = 1024;
const MAX_SEGMENT = 255;
const RESERVED = /[\\:*?"<>|]/;

/** C0 and C1 controls, and the Unicode bidi overrides that make a name read differently than it is. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

export type PathCheck = { readonly ok: true; readonly segments: readonly string[] } | { readonly ok: false; readonly reason: string };

function checkSegment(segment: string): string | null {
  if (segment === '..' || segment === '.') return 'no "." or ".." segments';
  if (segment.startsWith('.')) return 'no hidden files or folders (names starting with ".")';
  if (segment.length > MAX_SEGMENT) return `names of at most ${MAX_SEGMENT} characters`;
  if (hasControl(segment) || RESERVED.test(segment)) return 'no control characters, backslashes or any of : * ? " < > |';
  return null;
}

/**
 * A dataset path relative to the processor's datasets folder: "" (the whole folder), a file or a
 * folder such as "exports/users.csv", with forward slashes. Absolute paths, "." and ".."
 * segments, hidden names, empty segments and control characters are refused.
 * @example parseDatasetPath('exports/users.csv') // { ok: true, segments: ['exports', 'users.csv'] }
 * @example parseDatasetPath('../other/users.csv').ok // false
 */
export function parseDatasetPath(path: string): PathCheck {
  if (path.length > MAX_DATASET_PATH) return { ok: false, reason: `at most ${MAX_DATASET_PATH} characters` };
  if (path === '') return { ok: true, segments: [] };
  if (path.startsWith('/')) return { ok: false, reason: 'relative to the datasets folder, not absolute' };
  const segments = path.split('/');
  if (segments.some((s) => s === '')) return { ok: false, reason: 'no empty segments ("//" or a trailing "/")' };
  for (const segment of segments) {
    const reason = checkSegment(segment);
    if (reason !== null) return { ok: false, reason };
  }
  return { ok: true, segments };
}

/** An uploaded file's name: one segment (no folders), by the same rules as a dataset path. */
export function parseUploadName(name: string): PathCheck {
  if (name === '') return { ok: false, reason: 'a file name is required' };
  if (name.includes('/')) return { ok: false, reason: 'a file name, without folders' };
  return parseDatasetPath(name);
}
