import type { Declaration } from '../declaration/schema.js';
import { buildLayer1 } from './layer1.js';
import { buildLayer2 } from './layer2.js';
import { derivePurposes } from './purposes.js';
import type { Notice, NoticeContext, NoticeOptions, NoticeProcessor } from './types.js';

function processorOf(declaration: Declaration, context: NoticeContext): NoticeProcessor {
  return {
    name: declaration.processor.name,
    legal_name: context.legal_name,
    address: context.address,
    email: context.email,
    phone: context.phone ?? null,
    officer: context.officer ? { name: context.officer.name, email: context.officer.email ?? null, phone: context.officer.phone ?? null } : null,
    representative: context.representative ? { name: context.representative.name, contact: context.representative.contact } : null,
    rights_url: context.rights_url,
    withdraw_url: context.withdraw_url,
    opt_out_url: context.opt_out_url ?? context.withdraw_url,
    limit_url: context.limit_url ?? context.withdraw_url,
  };
}

/**
 * The notice of a declaration: language-neutral facts plus layer 1 (one screen) and layer 2 (the
 * full notice) written out in zh-CN and en. Pure and deterministic: the same declaration, context
 * and options give the same notice, so `noticeContentHash` identifies the version.
 * @example buildNotice(declaration, context).layer1.zh.purposes[0].data // '个人信息：姓名和手机号码。'
 */
export function buildNotice(declaration: Declaration, context: NoticeContext, options: NoticeOptions = {}): Notice {
  const jurisdictions = [...(options.jurisdictions ?? declaration.processor.jurisdictions)];
  const processor = processorOf(declaration, context);
  const purposes = derivePurposes(declaration, jurisdictions);
  return {
    schema: 'pisa-notice/1',
    version: context.version,
    jurisdictions,
    processor,
    purposes,
    layer1: { en: buildLayer1(processor, purposes, context, 'en'), zh: buildLayer1(processor, purposes, context, 'zh') },
    layer2: { en: buildLayer2(processor, purposes, context, jurisdictions, 'en'), zh: buildLayer2(processor, purposes, context, jurisdictions, 'zh') },
  };
}
