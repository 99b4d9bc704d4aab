import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Issue } from '../errors/codes.js';
import { type ParseResult, parseDeclaration } from './parse.js';

/** Declarations come as YAML or JSON text (JSON is YAML, but its errors read better from JSON.parse). */
export function parseDeclarationText(text: string, format: 'yaml' | 'json' | 'auto' = 'auto'): ParseResult {
  const isJson = format === 'json' || (format === 'auto' && /^\s*[{[]/.test(text));
  let value: unknown;
  try {
    value = isJson ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    const detail = error instanceof YAMLParseError || error instanceof SyntaxError ? (error.message.split('\n')[0] ?? '') : String(error);
    const issue: Issue = { code: 'INPUT_SYNTAX', path: [], params: { format: isJson ? 'JSON' : 'YAML', detail } };
    return { ok: false, issues: [issue] };
  }
  return parseDeclaration(value);
}
