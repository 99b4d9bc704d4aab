// `npm run bench`: evaluate 10,000 generated declarations (about 50,000 activities) against every
// shipped rule pack on one core, and report activities per second and peak memory.
import { cpus } from 'node:os';
import { parseDeclaration } from '../src/core/declaration/parse.js';
import type { Declaration } from '../src/core/declaration/schema.js';
import { evaluate } from '../src/core/rules/evaluate.js';
import { defaultRulesDir, loadCompiledPacks } from '../src/io/rule-packs.js';
import { generateDeclarations } from './generate-declarations.js';

const COUNT = Number(process.argv[2] ?? 10_000);
const ROUNDS = 3;
const AS_OF = '2026-11-27';

const compiled = await loadCompiledPacks([defaultRulesDir()]);
const inputs = generateDeclarations(COUNT);

let started = performance.now();
const declarations: Declaration[] = inputs.map((input) => {
  const parsed = parseDeclaration(input);
  if (!parsed.ok) throw new Error(`generator made an invalid declaration: ${JSON.stringify(parsed.issues[0])}`);
  return parsed.declaration;
});
const parseMs = performance.now() - started;
const activities = declarations.reduce((n, d) => n + d.activities.length, 0);

const rates: number[] = [];
let findings = 0;
for (let round = 0; round < ROUNDS; round++) {
  started = performance.now();
  findings = 0;
  for (const declaration of declarations) findings += evaluate(declaration, compiled, { asOf: AS_OF }).length;
  rates.push(activities / ((performance.now() - started) / 1000));
}

const best = Math.max(...rates);
const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0;
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);
console.log(`rules: ${compiled.rules.length} in ${compiled.packs.length} packs`);
console.log(`declarations: ${COUNT}, activities: ${activities}, findings per round: ${findings}`);
console.log(`validate (Zod): ${(COUNT / (parseMs / 1000)).toFixed(0)} declarations/s`);
console.log(`evaluate: median ${median.toFixed(0)} activities/s, best ${best.toFixed(0)} activities/s over ${ROUNDS} rounds (one core)`);
console.log(`peak RSS: ${mib(process.resourceUsage().maxRSS * 1024)} MiB, heap used now: ${mib(process.memoryUsage().heapUsed)} MiB`);
console.log(`target >= 20000 activities/s: ${median >= 20_000 ? 'met' : 'NOT met'}`);
