import type { Command } from 'commander';
import type { Io, Outcome } from '../outcome.js';

/** `pisa schema`: print the declaration's JSON Schema (docs/schema/declaration.schema.json). */
export function registerSchema(program: Command, io: Io, finish: (o: Outcome) => void): void {
  program
    .command('schema')
    .description('Print the JSON Schema of the processing declaration format')
    // zod's JSON Schema generator is imported only for this command.
    .action(async () => {
      const { declarationJsonSchema } = await import('../../core/declaration/json-schema.js');
      io.stdout(`${JSON.stringify(declarationJsonSchema(), null, 2)}\n`);
      finish({ kind: 'clean' });
    });
}
