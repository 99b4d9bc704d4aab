import { defineConfig } from 'drizzle-kit';

// drizzle-kit loads this file by its default export: the one default export in the repository.
// `npx drizzle-kit generate` writes SQL migrations to drizzle/; they are committed and run by
// openDatabase (src/db/client.ts) at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/*.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
