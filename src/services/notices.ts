import type { NoticeHistory } from '../core/consent/index.js';
import type { Declaration } from '../core/declaration/schema.js';
import { PisaError } from '../core/errors/pisa-error.js';
import {
  buildNotice,
  type ConsentImpact,
  consentImpact,
  diffNotices,
  diffNoticeText,
  type LineDiff,
  type Notice,
  type NoticeContext,
  noticeContentHash,
  type Readability,
  readability,
} from '../core/notice/index.js';
import type { Actor, AuditService } from './audit.js';
import type { NoticeRecord, NoticeStore, NoticeSummary } from './consent-ports.js';
import type { Clock, DeclarationStore, ProcessorStore } from './ports.js';
import { requireProcessor } from './processors.js';
import type { UnitOfWork } from './unit-of-work.js';

/** The notice context a processor supplies; the version label is PISA's ("v1", "v2", ...). */
export type NoticeContextInput = Omit<NoticeContext, 'version'>;

export type PublishedNotice = {
  readonly record: NoticeRecord<Notice>;
  /** False when the notice equals the latest version: nothing was stored. */
  readonly created: boolean;
  readonly readability: { readonly 'zh-CN': Readability; readonly en: Readability };
  /** What changed against the previous version and which purposes need fresh consent (PIPL art. 14); null for the first. */
  readonly impact: ConsentImpact | null;
  readonly previous_hash: string | null;
};

export type NoticeDiffView = {
  readonly from: NoticeSummary;
  readonly to: NoticeSummary;
  readonly impact: ConsentImpact;
  readonly text: { readonly 'zh-CN': { layer1: LineDiff[]; layer2: LineDiff[] }; readonly en: { layer1: LineDiff[]; layer2: LineDiff[] } };
};

export type NoticeService = {
  /** Generates the notice from the processor's latest declaration and publishes it as the next version. */
  publish(actor: Actor, processorRef: string, context: NoticeContextInput): Promise<PublishedNotice>;
  list(processorRef: string): Promise<NoticeSummary[]>;
  /** The latest version of a processor (by id or slug), null when none is published. */
  current(processorRef: string): Promise<NoticeRecord<Notice> | null>;
  byHash(hash: string): Promise<NoticeRecord<Notice> | null>;
  diff(fromHash: string, toHash: string): Promise<NoticeDiffView>;
  /** Every version (by processor id) with the ids that needed fresh consent when it replaced the one before (for state folding). */
  history(processorId: string): Promise<NoticeHistory>;
  readability(notice: Notice): PublishedNotice['readability'];
};

const asNotice = (record: NoticeRecord): NoticeRecord<Notice> => record as NoticeRecord<Notice>;

const figures = (notice: Notice): PublishedNotice['readability'] => ({ 'zh-CN': readability(notice, 'zh-CN'), en: readability(notice, 'en') });

export function createNoticeService(deps: {
  notices: NoticeStore;
  declarations: DeclarationStore;
  processors: ProcessorStore;
  audit: AuditService;
  unitOfWork: UnitOfWork;
  clock: Clock;
}): NoticeService {
  const { notices, declarations, processors, audit, unitOfWork, clock } = deps;
  // Notice versions never change, so the fresh-consent history of a processor only grows: it is
  // cached per processor and extended when a new latest version appears.
  const histories = new Map<string, { latestHash: string; history: NoticeHistory }>();

  const build = (declaration: Declaration, context: NoticeContextInput, version: number): Notice =>
    buildNotice(declaration, { ...context, version: `v${version}` });

  const byHash = async (hash: string) => {
    const record = await notices.findByHash(hash);
    return record === null ? null : asNotice(record);
  };

  return {
    async publish(actor, processorRef, context) {
      const processor = await requireProcessor(processors, processorRef);
      const processorId = processor.id;
      const declared = await declarations.findLatest(processorId);
      if (declared === null) throw new PisaError('NOTICE_DECLARATION_MISSING', { processor: processor.slug });
      const latest = await notices.latest(processorId);
      // Same content as the latest version (built under its label) means nothing to publish.
      if (latest !== null) {
        const unchanged = build(declared.declaration, context, latest.version);
        if (noticeContentHash(unchanged) === latest.content_hash) {
          const record = asNotice(latest);
          return { record, created: false, readability: figures(record.notice), impact: null, previous_hash: latest.content_hash };
        }
      }
      const notice = build(declared.declaration, context, (latest?.version ?? 0) + 1);
      // The new version and its audit entry are stored together, or neither is.
      const { published, previous, record } = await unitOfWork.run(async () => {
        const published = await notices.publish({
          processorId,
          declarationVersionId: declared.id,
          contentHash: noticeContentHash(notice),
          notice,
          createdAt: clock.now(),
        });
        if (published === null) throw new PisaError('NOT_FOUND', { what: `processor "${processorRef}"` });
        const previous = published.previous === null ? null : asNotice(published.previous);
        const record = asNotice(published.record);
        if (published.created) {
          await audit.record(actor, 'notice.publish', { type: 'processor', id: processorId }, previous && { notice: previous.content_hash }, {
            notice: record.content_hash,
          });
        }
        return { published, previous, record };
      });
      return {
        record,
        created: published.created,
        readability: figures(record.notice),
        impact: previous === null ? null : consentImpact(diffNotices(previous.notice, record.notice)),
        previous_hash: previous?.content_hash ?? null,
      };
    },
    list: async (processorRef) => notices.list((await requireProcessor(processors, processorRef)).id),
    async current(processorRef) {
      const record = await notices.latest((await requireProcessor(processors, processorRef)).id);
      return record === null ? null : asNotice(record);
    },
    byHash,
    async diff(fromHash, toHash) {
      const [from, to] = await Promise.all([byHash(fromHash), byHash(toHash)]);
      if (from === null) throw new PisaError('NOT_FOUND', { what: `notice ${fromHash}` });
      if (to === null) throw new PisaError('NOT_FOUND', { what: `notice ${toHash}` });
      const text = (locale: 'zh-CN' | 'en') => ({
        layer1: diffNoticeText(from.notice, to.notice, locale, 1),
        layer2: diffNoticeText(from.notice, to.notice, locale, 2),
      });
      return { from, to, impact: consentImpact(diffNotices(from.notice, to.notice)), text: { 'zh-CN': text('zh-CN'), en: text('en') } };
    },
    async history(processorId) {
      const versions = await notices.list(processorId);
      const latestHash = versions[0]?.content_hash;
      if (latestHash === undefined) return [];
      const cached = histories.get(processorId);
      if (cached?.latestHash === latestHash) return cached.history;
      const ordered = [...versions].reverse();
      const history: { hash: string; fresh: string[] }[] = [];
      let previous: Notice | null = null;
      for (const version of ordered) {
        const record = await byHash(version.content_hash);
        if (record === null) continue;
        const fresh = previous === null ? [] : consentImpact(diffNotices(previous, record.notice)).fresh.map((f) => f.id);
        history.push({ hash: version.content_hash, fresh });
        previous = record.notice;
      }
      histories.set(processorId, { latestHash, history });
      return history;
    },
    readability: figures,
  };
}
