import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../audit/canonical-json.js';
import type { Notice } from './types.js';

/** A notice version's id: `sha256:` and 64 lower-case hex digits. */
export type NoticeHash = `sha256:${string}`;

export const NOTICE_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/**
 * The content address of a notice version: SHA-256 over its canonical JSON (keys sorted at every
 * depth, no whitespace; src/core/audit/canonical-json.ts) as UTF-8. Equal notices give equal
 * bytes and equal hashes in Node and in the browser (@noble/hashes, no node:crypto).
 * @example noticeContentHash(buildNotice(declaration, context)) // 'sha256:3f1c…'
 */
export function noticeContentHash(notice: Notice): NoticeHash {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(notice))))}`;
}
