import { describe, expect, it } from 'vitest';
import { runPisa } from '../scan-cli/run-pisa.js';

describe('pisa worker', () => {
  it('refuses a bad --concurrency with exit 2 and one line', async () => {
    for (const value of ['0', '1.5', 'many', '1000']) {
      const result = await runPisa(['worker', '--concurrency', value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`pisa: --concurrency must be a whole number from 1 to 256, got "${value}"\n`);
    }
  });

  it('is listed in the help with its options', async () => {
    const result = await runPisa(['worker', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--concurrency <n>');
    expect(result.stdout).toContain('DATABASE_URL');
  });
});
