#!/usr/bin/env node
// The `pisa` command: runs the compiled program (built by `npm install` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/src/main/bin.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('pisa: not built yet — run `npm run build` in the repository first\n');
  process.exit(2);
}
await import(entry);
