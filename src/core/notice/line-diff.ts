import { renderNoticeText } from './render.js';
import type { Notice, NoticeLocale } from './types.js';

export type LineDiff = { readonly op: 'equal' | 'add' | 'remove'; readonly line: string };

/**
 * A line-level diff for display: the longest common subsequence of the two line lists, then
 * removals before additions at each change. O(n·m) time and memory in the number of lines,
 * which stays small for notices (a few hundred lines).
 * @example diffLines('a\nb', 'a\nc') // [{op:'equal',line:'a'},{op:'remove',line:'b'},{op:'add',line:'c'}]
 */
export function diffLines(before: string, after: string): LineDiff[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  const width = b.length + 1;
  // lcs[i * width + j]: length of the LCS of a[i..] and b[j..].
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: LineDiff[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const lineA = a[i];
    const lineB = b[j];
    if (lineA !== undefined && lineB !== undefined && lineA === lineB) {
      out.push({ op: 'equal', line: lineA });
      i++;
      j++;
    } else if (lineA !== undefined && (lineB === undefined || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      out.push({ op: 'remove', line: lineA });
      i++;
    } else if (lineB !== undefined) {
      out.push({ op: 'add', line: lineB });
      j++;
    }
  }
  return out;
}

/** The line diff of one layer of two notice versions, in one language, for the diff view. */
export function diffNoticeText(previous: Notice, next: Notice, locale: NoticeLocale, layer: 1 | 2): LineDiff[] {
  return diffLines(renderNoticeText(previous, locale, layer), renderNoticeText(next, locale, layer));
}
