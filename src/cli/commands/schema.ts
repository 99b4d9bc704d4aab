import type { Command } from 'commander';
import { declarationJsonSchema } from '../../core/declaration/json-schema.js';
import type { Io, Outcome } from '../outcome.js';

/** `pisa schema`: print the declaration's JSON Schema (docs/schema/declaration.schema.json). */
export function registerSchema(program: Command, io: Io, finish: (o: Outcome) => void): void {
  program
    .command('schema')
    .description('Print the JSON Schema of the processing declaration format')
    .action(() => {
      io.stdout(`${JSON.stringify(declarationJsonSchema(), null, 2)}\n`);
      finish({ kind: 'clean' });
    });
}
