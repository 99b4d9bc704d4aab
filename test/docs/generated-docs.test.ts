import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declarationJsonSchema } from '../../src/core/declaration/json-schema.js';

const path = fileURLToPath(new URL('../../docs/schema/declaration.schema.json', import.meta.url));

describe('docs/schema/declaration.schema.json', () => {
  it('is the JSON Schema generated from the Zod schema (UPDATE_DOCS=1 rewrites it)', () => {
    const generated = `${JSON.stringify(declarationJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it('requires what the format requires and rejects unknown fields', () => {
    const schema = declarationJsonSchema() as { required: string[]; additionalProperties: boolean; properties: { processor: { required: string[] } } };
    expect(schema.required).toEqual(['processor']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.processor.required).toEqual(['name', 'jurisdictions']);
  });
});
