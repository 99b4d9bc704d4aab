/**
 * Splits a CEL expression into its top-level `&&` operands, or returns it whole when it has a
 * top-level `||` or `?:` (then the split would change its meaning). Parentheses, brackets,
 * braces and string literals are respected. Used to hoist the operands that read only the
 * processor out of the per-activity loop.
 *
 * @example splitConjuncts('defs.big && (a || b) && activity.x') // ['defs.big', '(a || b)', 'activity.x']
 */
export function splitConjuncts(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      i = skipString(source, i);
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (depth === 0) {
      const pair = source.slice(i, i + 2);
      if (pair === '||' || ch === '?') return [source.trim()];
      if (pair === '&&') {
        parts.push(source.slice(start, i).trim());
        start = i + 2;
        i++;
      }
    }
  }
  parts.push(source.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/** Index of the closing quote of the string literal opening at `open` (escapes respected). */
function skipString(source: string, open: number): number {
  const quote = source[open];
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i;
  }
  return source.length;
}

/** Whether an operand reads the current activity or its facts (string literals ignored). */
export function readsActivity(operand: string): boolean {
  const code = operand.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
  return /\b(activity|facts)\b/.test(code);
}
