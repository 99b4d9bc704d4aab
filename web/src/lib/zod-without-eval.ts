import { config } from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it may, and probes for that by trying it
 * once. The app's Content-Security-Policy forbids eval (script-src 'self'), so the probe fails
 * and the browser reports a violation on every page that defines a schema (the receipt page
 * parses receipts with the core verifier's schemas). Parsing without compiled code is as correct,
 * and fast enough for a few receipts: turn it off before any schema is built.
 */
export function parseWithoutEval(): void {
  config({ jitless: true });
}
