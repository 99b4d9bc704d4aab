import { BASIS_WORDS, durationInWords, listWords, ROLE_WORDS, regionName } from './plain-words.js';
import { sensitiveLines } from './sensitive-lines.js';
import type { Layer1, Layer1Purpose, NoticeContext, NoticeProcessor, Purpose } from './types.js';
import { choiceText, type Lang, labelsOf, pick, purposeTitle, sensitiveWhy, sentence } from './wording.js';

function basisLine(purpose: Purpose, lang: Lang): string {
  if (!purpose.consent_required) {
    const basis = BASIS_WORDS[purpose.legal_basis][lang];
    return pick(lang, `Needed for ${basis}; we do not ask for consent.`, `处理依据：${basis}，无需取得您的同意。`);
  }
  if (purpose.necessary) return pick(lang, 'Needed for this service; we ask for your consent.', '提供该服务所必需，需要您的同意。');
  // PIPL art. 16: refusing an optional purpose must not cost the person the service.
  return pick(lang, 'Optional: only with your consent; saying no does not affect the service.', '可选：仅在您同意后处理，拒绝不影响您使用服务。');
}

function recipientsLine(purpose: Purpose, lang: Lang): string | null {
  if (purpose.recipients.length === 0) return null;
  const parts = purpose.recipients.map((r) => pick(lang, `${r.name} (${ROLE_WORDS[r.role].en})`, `${r.name}（${ROLE_WORDS[r.role].zh}）`));
  return pick(lang, `Shared with: ${listWords(parts, lang)}.`, `接收方：${listWords(parts, lang)}。`);
}

function retentionLine(retention: string | null, lang: Lang): string {
  const words = retention === null ? null : durationInWords(retention);
  if (words === null)
    return pick(lang, 'Kept only as long as this purpose needs (no period stated).', '保存期限：未说明，仅在实现目的所必需的最短时间内保存。');
  return pick(lang, `Kept for ${words.en}, then deleted.`, `保存期限：${words.zh}，到期后删除。`);
}

function layer1Purpose(purpose: Purpose, context: NoticeContext, lang: Lang): Layer1Purpose {
  const data = listWords(labelsOf(purpose.data, lang), lang);
  const abroad = purpose.cross_border === null ? null : regionName(purpose.cross_border.destination)[lang];
  return {
    id: purpose.id,
    title: purposeTitle(purpose, context, lang),
    basis: basisLine(purpose, lang),
    data: pick(lang, `Data: ${data}.`, `个人信息：${data}。`),
    sensitive:
      purpose.sensitive.length === 0
        ? null
        : {
            why: pick(
              lang,
              `Why we need sensitive information: ${sensitiveWhy(purpose, context, lang)}`,
              `处理敏感个人信息的必要性：${sensitiveWhy(purpose, context, lang)}`,
            ),
            items: sensitiveLines(purpose, purpose.sensitive, context, lang),
          },
    recipients: recipientsLine(purpose, lang),
    abroad: abroad === null ? null : pick(lang, `Sent outside mainland China to: ${abroad}.`, `向境外提供：${abroad}。`),
    retention: retentionLine(purpose.retention, lang),
    choices: purpose.separate.map((item) => ({ id: item.id, kind: item.kind, text: choiceText(item, lang) })),
  };
}

/**
 * Layer 1: what fits one screen (budget in readability.ts) — who processes, each purpose with its
 * data in plain labels, sensitive PI with why and impact (PIPL art. 30), recipients, abroad,
 * retention, the separate choices, the rights and how to withdraw (art. 15).
 */
export function buildLayer1(processor: NoticeProcessor, purposes: readonly Purpose[], context: NoticeContext, lang: Lang): Layer1 {
  const contact = [processor.email, processor.phone].filter((c): c is string => c !== null).join(pick(lang, ', ', '，'));
  return {
    title: pick(lang, `How ${processor.name} uses your personal information`, `${processor.name}如何处理您的个人信息`),
    who: pick(
      lang,
      `Processed by ${sentence(processor.legal_name, lang)} Contact: ${contact}.`,
      `个人信息处理者：${sentence(processor.legal_name, lang)}联系方式：${contact}。`,
    ),
    purposes: purposes.map((purpose) => layer1Purpose(purpose, context, lang)),
    rights: pick(
      lang,
      `You can see, copy, correct and delete your information and ask us to explain these rules: ${processor.rights_url}`,
      `您可以查阅、复制、更正、删除您的个人信息，并要求我们解释说明处理规则：${processor.rights_url}`,
    ),
    withdraw: pick(
      lang,
      `Withdraw consent at any time, as easily as you gave it: ${processor.withdraw_url}`,
      `您可以随时撤回同意，撤回与给予同样便捷：${processor.withdraw_url}`,
    ),
    more: pick(lang, 'Full details: the complete notice below.', '详见下方完整的个人信息处理规则。'),
  };
}
