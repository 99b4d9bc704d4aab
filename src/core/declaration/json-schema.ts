import { z } from 'zod';
import { DeclarationSchema } from './schema.js';

/**
 * JSON Schema (draft 2020-12) of the declaration as authors write it: fields with defaults
 * are optional. Exported to docs/schema/declaration.schema.json for editors and CI.
 */
export function declarationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DeclarationSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://pisa.local/schema/declaration.schema.json',
    title: 'PISA processing declaration',
    description: 'A processor and its processing activities, checked by `pisa check`. See docs/declaration.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
