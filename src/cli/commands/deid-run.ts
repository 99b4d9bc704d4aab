// The body of `pisa deid` (deid.ts registers the command and imports this when it runs).
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { needsKey, parseDeidPolicy } from '../../core/deid/policy.js';
import type { Outcome } from '../outcome.js';
import type { DeidContext, DeidOptions } from './deid.js';

/** A pseudonymisation key shorter than this is refused (HMAC keys should carry 128 bits or more). */
const MIN_KEY_LENGTH = 16;

async function resolveKey(
  keyFile: string | undefined,
  policyFile: string,
  ctx: DeidContext,
): Promise<{ ok: true; key: string } | { ok: false; reason: string }> {
  let key: string | null;
  let source: string;
  if (keyFile !== undefined) {
    const path = isAbsolute(keyFile) ? keyFile : join(dirname(policyFile), keyFile);
    source = `key file ${path}`;
    try {
      key = (await readFile(path, 'utf8')).trim();
    } catch {
      return { ok: false, reason: `cannot read the key file ${path} named by the policy` };
    }
  } else {
    key = await ctx.deidKey();
    source = 'PISA_DEID_KEY';
    if (key === null) return { ok: false, reason: 'the policy pseudonymises: set key_file in the policy or the PISA_DEID_KEY environment variable' };
  }
  if (key.length < MIN_KEY_LENGTH) return { ok: false, reason: `the pseudonymisation key (${source}) must be at least ${MIN_KEY_LENGTH} characters` };
  return { ok: true, key };
}

/** `pisa deid --policy POLICY.yaml IN OUT`: de-identify a file, keeping its format. */
export async function runDeid(input: string, output: string, options: DeidOptions, ctx: DeidContext): Promise<Outcome> {
  if (input !== '-' && output !== '-' && resolve(input) === resolve(output)) {
    return { kind: 'bad-input', reason: 'IN and OUT are the same file: write the de-identified copy elsewhere', issues: [] };
  }
  let text: string;
  try {
    text = await readFile(options.policy, 'utf8');
  } catch {
    return { kind: 'bad-input', reason: `cannot read the policy ${options.policy}: no such file or not readable`, issues: [] };
  }
  const parsed = parseDeidPolicy(text);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return {
      kind: 'bad-input',
      reason: `${options.policy} is not a valid de-identification policy (${n} problem${n === 1 ? '' : 's'})`,
      issues: parsed.issues,
    };
  }
  let key: string | null = null;
  if (needsKey(parsed.policy)) {
    const resolved = await resolveKey(parsed.policy.key_file, options.policy, ctx);
    if (!resolved.ok) return { kind: 'bad-input', reason: resolved.reason, issues: [] };
    key = resolved.key;
  }
  const outcome = await ctx.deidentify({ input, output, policy: parsed.policy, key, inputFormat: options.inputFormat });
  if (!outcome.ok) return { kind: 'bad-input', reason: outcome.reason, issues: [] };
  const report = `${JSON.stringify(outcome.report, null, 2)}\n`;
  if (output === '-') ctx.stderr(report);
  else ctx.stdout(report);
  const k = outcome.report.k_anonymity;
  return k !== null && k.records_below_k > 0 ? { kind: 'violations' } : { kind: 'clean' };
}
