import { describe, expect, it } from 'vitest';
import { runBin } from './run-bin.js';

type Json = {
  findings: {
    rule: string;
    severity: string;
    citation: { law: string; article: string };
    activity: string | null;
    layer: string;
    message: { en: string; zh: string };
  }[];
  summary: { compliant: boolean; by_severity: Record<string, number>; as_of: string };
};

describe('pisa check', () => {
  describe('on a declaration with violations', () => {
    it('prints the JSON contract and exits 1', async () => {
      const { code, stdout } = await runBin(['check', '--format', 'json', '--as-of', '2026-11-27', 'examples/shopping.yaml']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as Json;
      expect(report.summary.compliant).toBe(false);
      expect(report.summary.as_of).toBe('2026-11-27');
      expect(report.findings.length).toBeGreaterThan(0);
      for (const f of report.findings) {
        expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'citation', 'activity', 'layer', 'message']));
        expect(f.message.en.length).toBeGreaterThan(0);
        expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it('shows CN and US findings side by side in the table', async () => {
      const { code, stdout } = await runBin(['check', '--as-of', '2026-11-27', 'examples/shopping.yaml']);
      expect(code).toBe(1);
      expect(stdout).toContain('China (CN)');
      expect(stdout).toContain('United States (US)');
      expect(stdout).toContain('order-fulfilment');
    });

    it('writes SARIF 2.1.0 pointing at the declaration', async () => {
      const { stdout } = await runBin(['check', '--format', 'sarif', '--as-of', '2026-11-27', 'examples/shopping.yaml']);
      const sarif = JSON.parse(stdout) as {
        version: string;
        runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
      };
      expect(sarif.version).toBe('2.1.0');
      const results = sarif.runs[0]?.results ?? [];
      expect(results.length).toBeGreaterThan(0);
      expect(results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('examples/shopping.yaml');
      expect(results.some((r) => (r.locations[0]?.physicalLocation.region.startLine ?? 0) > 1)).toBe(true);
    });

    it('applies only the law in force on --as-of', async () => {
      const { stdout } = await runBin(['check', '--format', 'json', '--as-of', '2018-01-01', 'examples/shopping.yaml']);
      const report = JSON.parse(stdout) as Json;
      expect(report.findings.filter((f) => f.citation.law === 'PIPL')).toEqual([]);
    });

    it('limits the check to --jurisdictions', async () => {
      const { stdout } = await runBin(['check', '--format', 'json', '--jurisdictions', 'CN', '--as-of', '2026-11-27', 'examples/shopping.yaml']);
      const report = JSON.parse(stdout) as Json;
      expect(report.findings.filter((f) => ['CCPA', 'COPPA', 'CCPA_REGS'].includes(f.citation.law))).toEqual([]);
    });
  });

  it('exits 0 on a compliant declaration', async () => {
    const { code, stdout } = await runBin(['check', '--format', 'json', '--as-of', '2026-11-27', 'examples/compliant.yaml']);
    const report = JSON.parse(stdout) as Json;
    expect(report.findings.filter((f) => f.severity === 'violation')).toEqual([]);
    expect(code).toBe(0);
  });

  it('reads the declaration from standard input with -', async () => {
    const yaml = 'processor: {name: Co, jurisdictions: [CN]}\nactivities: []\n';
    const { code, stdout } = await runBin(['check', '--format', 'json', '-'], yaml);
    expect(code).not.toBe(2);
    expect((JSON.parse(stdout) as Json).summary).toBeDefined();
  });

  describe('on bad input', () => {
    it('lists every problem with its path in both languages and exits 2', async () => {
      const { code, stderr } = await runBin(['check', 'test/fixtures/invalid.yaml']);
      expect(code).toBe(2);
      const lines = stderr.trim().split('\n');
      expect(lines[0]).toBe('pisa: test/fixtures/invalid.yaml is not a valid declaration (5 problems)');
      expect(stderr).toContain(
        'activities[0].data[0]: Unknown PI category "mobil_phone" (did you mean "mobile_phone"?) / 未知的个人信息类别“mobil_phone”（是否为“mobile_phone”？）',
      );
      expect(stderr).toContain('processor.app_type: Unknown app type "online_shoping" (did you mean "online_shopping"?)');
      expect(stderr).toContain('activities[0].legal_basis: Required field is missing / 缺少必填字段');
      expect(stderr).toContain('processor.jurisdictions[1]');
      expect(stderr).toContain('activities[0].retention');
    });

    it('gives the issues as JSON with --format json', async () => {
      const { code, stdout } = await runBin(['check', '--format', 'json', 'test/fixtures/invalid.yaml']);
      expect(code).toBe(2);
      const { issues } = JSON.parse(stdout) as { issues: { code: string; path: (string | number)[] }[] };
      expect(issues.map((i) => i.code)).toContain('TAXONOMY_UNKNOWN_ID');
    });

    it.each([
      [
        ['check', 'test/fixtures/syntax-error.yaml'],
        /^pisa: test\/fixtures\/syntax-error.yaml is not a valid declaration \(1 problem\)\n {2}\(root\): The input is not valid YAML/,
      ],
      [['check', 'no-such-file.yaml'], /^pisa: cannot read no-such-file.yaml: no such file or not readable\n$/],
      [['check', '--as-of', '2026-02-30', 'examples/shopping.yaml'], /^pisa: --as-of must be a date YYYY-MM-DD, got "2026-02-30"\n$/],
      [
        ['check', '--jurisdictions', 'CN,US-CAL', 'examples/shopping.yaml'],
        /^pisa: --jurisdictions: unknown jurisdiction "US-CAL" \(did you mean "US-CA"\?\)\n$/,
      ],
      [['check', '--format', 'xml', 'examples/shopping.yaml'], /^pisa: option '--format <format>' argument 'xml' is invalid/],
      [['check'], /^pisa: missing required argument 'file'\n$/],
      [['frobnicate'], /^pisa: unknown command 'frobnicate'\n$/],
    ])('%j exits 2 with a one-line reason', async (args, reason) => {
      const { code, stderr } = await runBin(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(reason);
    });
  });
});
