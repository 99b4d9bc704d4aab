import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/rules/finding.js';
import type { Summary } from '../../src/core/rules/summary.js';
import type { Stores } from '../../src/db/stores.js';
import type { NewEvaluation } from '../../src/services/ports.js';
import { createProcessor, type OpenDatabase, sampleDeclaration, setupStores } from './support.js';

const FINDING: Finding = {
  rule: 'PIPL.13.BASIS',
  severity: 'violation',
  citation: { law: 'PIPL', article: '13' },
  activity: 'signup',
  layer: 'law',
  jurisdiction: 'CN',
  pack: 'cn-pipl',
  title: { en: 'Legal basis', zh: '合法性基础' },
  message: { en: 'No basis', zh: '缺少合法性基础' },
  remedy: { en: 'Name one', zh: '列明' },
  tightened_by: [],
};

const SUMMARY: Summary = {
  as_of: '2026-11-27',
  jurisdictions: ['CN', 'US-CA'],
  activities: 1,
  rules_evaluated: 12,
  findings: 1,
  by_severity: { violation: 1, warning: 0, info: 0 },
  by_country: { CN: { violation: 1, warning: 0, info: 0 } },
  packs: [{ id: 'cn-pipl', version: '2026.1' }],
  compliant: false,
};

async function storedVersion(stores: Stores, label: string) {
  const p = await createProcessor(stores, label);
  const appended = await stores.declarations.append({
    processorId: p.id,
    sourceText: '{}',
    sourceFormat: 'json',
    declaration: sampleDeclaration(),
    contentHash: 'f'.repeat(64),
    createdAt: new Date('2026-01-01T00:00:00.000Z'),
  });
  if (!appended) throw new Error('append failed');
  return { processor: p, version: appended.record };
}

const evaluation = (processorId: string, declarationVersionId: string, createdAt: string): NewEvaluation => ({
  processorId,
  declarationVersionId,
  asOf: '2026-11-27',
  jurisdictions: ['CN', 'US-CA'],
  packs: [{ id: 'cn-pipl', version: '2026.1' }],
  findings: [FINDING],
  summary: SUMMARY,
  createdAt: new Date(createdAt),
});

export function evaluationStoreContract(open: OpenDatabase): void {
  describe('EvaluationStore', () => {
    const stores = setupStores(open);

    it('stores an evaluation and gives it back unchanged, with the version number', async () => {
      const { processor, version } = await storedVersion(stores(), 'eval-roundtrip');
      const added = await stores().evaluations.add(evaluation(processor.id, version.id, '2026-11-27T10:00:00.000Z'));
      expect(added).toMatchObject({
        processor_id: processor.id,
        declaration_version_id: version.id,
        version: 1,
        as_of: '2026-11-27',
        jurisdictions: ['CN', 'US-CA'],
        packs: [{ id: 'cn-pipl', version: '2026.1' }],
        findings: [FINDING],
        summary: SUMMARY,
        created_at: '2026-11-27T10:00:00.000Z',
      });
      expect(await stores().evaluations.find(added.id)).toEqual(added);
    });

    it("lists a processor's evaluations newest first, and only its own", async () => {
      const { processor, version } = await storedVersion(stores(), 'eval-list');
      const other = await storedVersion(stores(), 'eval-other');
      const older = await stores().evaluations.add(evaluation(processor.id, version.id, '2026-11-27T10:00:00.000Z'));
      const newer = await stores().evaluations.add(evaluation(processor.id, version.id, '2026-11-28T10:00:00.000Z'));
      await stores().evaluations.add(evaluation(other.processor.id, other.version.id, '2026-11-29T10:00:00.000Z'));
      expect((await stores().evaluations.list(processor.id)).map((e) => e.id)).toEqual([newer.id, older.id]);
    });

    describe('when the declaration version belongs to another processor', () => {
      it('refuses to store the evaluation', async () => {
        const mine = await storedVersion(stores(), 'eval-mine');
        const theirs = await storedVersion(stores(), 'eval-theirs');
        await expect(stores().evaluations.add(evaluation(mine.processor.id, theirs.version.id, '2026-11-27T10:00:00.000Z'))).rejects.toThrow();
        expect(await stores().evaluations.list(mine.processor.id)).toEqual([]);
      });
    });

    it('finds nothing for an unknown id', async () => {
      expect(await stores().evaluations.find(randomUUID())).toBeNull();
    });
  });
}
