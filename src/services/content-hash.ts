import { createHash } from 'node:crypto';
import type { Declaration } from '../core/declaration/schema.js';

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonicalize(v)]));
  }
  return value;
}

/**
 * SHA-256 (hex) of the normalized declaration as JSON with sorted keys: the same declaration
 * hashes the same whether it came as YAML or JSON, reformatted or with defaults spelled out.
 */
export function hashDeclaration(declaration: Declaration): string {
  return createHash('sha256')
    .update(JSON.stringify(canonicalize(declaration)))
    .digest('hex');
}
