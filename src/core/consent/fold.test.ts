import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsentStatus, consentStatusOf, foldConsentState } from './fold.js';
import type { ConsentAction, ConsentEvent } from './types.js';

const SCOPE = { subject: 's1', processorId: 'shop' };
const IDS = ['ads', 'ads#sensitive', 'newsletter'] as const;
const START = Date.parse('2026-01-01T00:00:00Z');

const event = (purposeId: string, action: ConsentAction, time: string, extra: Partial<ConsentEvent> = {}): ConsentEvent => ({
  id: `${purposeId}-${action}-${time}`,
  ...SCOPE,
  purposeId,
  action,
  time,
  noticeHash: 'sha256:v1',
  method: 'portal',
  actor: { kind: 'self' },
  ...extra,
});

type Model = Map<string, ConsentStatus>;
type Real = { events: ConsentEvent[]; clock: number };

const STATUS: Record<ConsentAction, ConsentStatus> = { grant: 'granted', refuse: 'refused', withdraw: 'withdrawn' };

/** One decision; `sameInstant` records it at the previous event's time (ties go by order). */
class Decide implements fc.Command<Model, Real> {
  constructor(
    readonly purposeId: string,
    readonly action: ConsentAction,
    readonly sameInstant: boolean,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    if (!this.sameInstant || real.events.length === 0) real.clock += 1000;
    real.events.push(event(this.purposeId, this.action, new Date(real.clock).toISOString(), { id: `e${real.events.length}` }));
    model.set(this.purposeId, STATUS[this.action]);
    const state = foldConsentState(real.events, new Date(real.clock).toISOString());
    for (const id of IDS) expect(consentStatusOf(state, SCOPE, id).status).toBe(model.get(id) ?? 'not_asked');
  }
  toString = () => `${this.action}(${this.purposeId}${this.sameInstant ? ', same instant' : ''})`;
}

const decideArb = fc
  .tuple(fc.constantFrom(...IDS), fc.constantFrom<ConsentAction>('grant', 'refuse', 'withdraw'), fc.boolean())
  .map(([id, action, same]) => new Decide(id, action, same));

describe('foldConsentState', () => {
  it('agrees with a trivial model (last decision wins) after any sequence of decisions', () => {
    fc.assert(
      fc.property(fc.commands([decideArb], { maxCommands: 40 }), (commands) => {
        fc.modelRun(() => ({ model: new Map(), real: { events: [], clock: START } }), commands);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores events after asOf, whatever order they are given in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom<ConsentAction>('grant', 'refuse', 'withdraw')), { maxLength: 20 }),
        fc.nat(20),
        (steps, cut) => {
          const events = steps.map(([id, action], i) => event(id, action, new Date(START + i * 1000).toISOString(), { id: `e${i}` }));
          const model: Model = new Map();
          for (const [id, action] of steps.slice(0, cut + 1)) model.set(id, STATUS[action]);
          const state = foldConsentState([...events].reverse(), new Date(START + cut * 1000).toISOString());
          for (const id of IDS) expect(consentStatusOf(state, SCOPE, id).status).toBe(model.get(id) ?? 'not_asked');
        },
      ),
    );
  });

  it('names the deciding event and keeps subjects and processors apart', () => {
    const granted = event('ads', 'grant', '2026-01-01T10:00:00Z');
    const other = event('ads', 'refuse', '2026-01-01T11:00:00Z', { subject: 's2' });
    const state = foldConsentState([granted, other], '2026-01-02T00:00:00Z');
    expect(consentStatusOf(state, SCOPE, 'ads')).toEqual({ ...SCOPE, purposeId: 'ads', status: 'granted', event: granted });
    expect(consentStatusOf(state, { ...SCOPE, subject: 's2' }, 'ads').status).toBe('refused');
    expect(consentStatusOf(state, { ...SCOPE, processorId: 'other' }, 'ads')).toEqual({
      subject: 's1',
      processorId: 'other',
      purposeId: 'ads',
      status: 'not_asked',
      event: null,
    });
  });

  it('compares instants, not strings, across time-zone offsets', () => {
    const grant = event('ads', 'grant', '2026-01-01T09:00:00+08:00');
    const refuse = event('ads', 'refuse', '2026-01-01T02:00:00Z');
    expect(consentStatusOf(foldConsentState([refuse, grant], '2026-01-02T00:00:00Z'), SCOPE, 'ads').status).toBe('refused');
  });

  it('throws on a time that is not ISO 8601', () => {
    expect(() => foldConsentState([event('ads', 'grant', 'yesterday')], '2026-01-01T00:00:00Z')).toThrow(/events\[0\]\.time/);
  });
});

describe('foldConsentState: superseded grants (PIPL art. 14(2))', () => {
  const history = [
    { hash: 'sha256:v1', fresh: [] },
    { hash: 'sha256:v2', fresh: ['ads'] },
    { hash: 'sha256:v3', fresh: ['newsletter'] },
  ];
  const at = (purposeId: string, action: ConsentAction, noticeHash: string) => event(purposeId, action, '2026-01-01T10:00:00Z', { noticeHash });
  const statusOf = (e: ConsentEvent) => consentStatusOf(foldConsentState([e], '2026-02-01T00:00:00Z', history), SCOPE, e.purposeId).status;

  it.each<[string, ConsentEvent, ConsentStatus]>([
    ['a grant on v1 after v2 asked afresh for it', at('ads', 'grant', 'sha256:v1'), 'superseded'],
    ['a grant on v2, the version that asked afresh', at('ads', 'grant', 'sha256:v2'), 'granted'],
    ['a grant on v2 of a purpose v3 asked afresh for', at('newsletter', 'grant', 'sha256:v2'), 'superseded'],
    ['a grant on v3 of that purpose', at('newsletter', 'grant', 'sha256:v3'), 'granted'],
    ['a grant on a notice the history does not know', at('ads', 'grant', 'sha256:unknown'), 'superseded'],
    ['a refusal on an old notice stays a refusal', at('ads', 'refuse', 'sha256:v1'), 'refused'],
    ['a grant of an id never asked afresh', at('other', 'grant', 'sha256:v1'), 'granted'],
  ])('%s', (_, e, status) => expect(statusOf(e)).toBe(status));
});
