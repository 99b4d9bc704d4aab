import { appliesIn } from '../rules/jurisdiction.js';
import { ccpaSection } from './layer2-ccpa.js';
import { purposeSection } from './layer2-purpose.js';
import type { Layer2, Layer2Item, Layer2Section, NoticeCitation, NoticeContext, NoticeProcessor, Purpose } from './types.js';
import { type Lang, pick, sentence } from './wording.js';

const PIPL = (article: string): NoticeCitation => ({ law: 'PIPL', article });

function controllerSection(processor: NoticeProcessor, lang: Lang): Layer2Section {
  const named =
    processor.legal_name === processor.name
      ? processor.legal_name
      : pick(lang, `${processor.legal_name} (${processor.name})`, `${processor.legal_name}（${processor.name}）`);
  const contact = [processor.email, processor.phone].filter((c): c is string => c !== null).join(pick(lang, ', ', '，'));
  const items: Layer2Item[] = [
    {
      id: 'controller.identity',
      text: pick(
        lang,
        `Personal information processor: ${sentence(named, lang)} Address: ${sentence(processor.address, lang)} Contact: ${contact}.`,
        `个人信息处理者：${sentence(named, lang)}地址：${sentence(processor.address, lang)}联系方式：${contact}。`,
      ),
      citations: [PIPL('17')],
    },
  ];
  if (processor.officer !== null) {
    const { name, email, phone } = processor.officer;
    const reach = [email, phone].filter((c): c is string => c !== null).join(pick(lang, ', ', '，'));
    items.push({
      id: 'controller.officer',
      text: pick(
        lang,
        `Personal information protection officer: ${name}${reach === '' ? '' : `, ${reach}`}.`,
        `个人信息保护负责人：${name}${reach === '' ? '' : `，${reach}`}。`,
      ),
      citations: [PIPL('52')],
    });
  }
  if (processor.representative !== null) {
    const { name, contact: reach } = processor.representative;
    items.push({
      id: 'controller.representative',
      text: pick(lang, `Our representative in China: ${name}, ${reach}.`, `我们在中华人民共和国境内的指定代表：${name}，${reach}。`),
      citations: [PIPL('53')],
    });
  }
  return { id: 'controller', heading: pick(lang, 'Who we are', '个人信息处理者'), items };
}

function rightsSection(processor: NoticeProcessor, lang: Lang): Layer2Section {
  const items: Layer2Item[] = [
    {
      id: 'rights.exercise',
      text: pick(
        lang,
        `You may access and copy your personal information, have it corrected, supplemented or deleted, move it to another service where the conditions are met, restrict or refuse processing, and ask us to explain these rules. Make a request at ${processor.rights_url}; if we refuse, we give reasons and you may go to court.`,
        `您有权查阅、复制、更正、补充、删除您的个人信息，在符合条件时请求将其转移至指定的处理者，有权限制或者拒绝处理，并有权要求我们解释说明本规则。请通过${processor.rights_url}提出请求；我们拒绝的，将说明理由，您可以依法向人民法院提起诉讼。`,
      ),
      citations: [PIPL('17'), PIPL('44'), PIPL('45'), PIPL('46'), PIPL('47'), PIPL('48'), PIPL('50')],
    },
    {
      id: 'rights.withdraw',
      text: pick(
        lang,
        `You may withdraw consent at any time, as easily as you gave it, at ${processor.withdraw_url}. Withdrawal does not affect processing already carried out.`,
        `您可以随时通过${processor.withdraw_url}撤回同意，撤回与给予同意同样便捷。撤回同意不影响撤回前基于同意已进行的处理活动的效力。`,
      ),
      citations: [PIPL('15')],
    },
    {
      id: 'rights.changes',
      text: pick(
        lang,
        'We will tell you about any change to this notice. If the purpose, the method or the categories of personal information change, we will ask for your consent again.',
        '本规则发生变更时，我们将告知您。处理目的、处理方式或个人信息种类发生变更的，我们将重新取得您的同意。',
      ),
      citations: [PIPL('17'), PIPL('14')],
    },
  ];
  return { id: 'rights', heading: pick(lang, 'Your rights', '您的权利'), items };
}

/**
 * Layer 2: the full notice. Every item PIPL art. 17(1) requires (name and contact, purposes,
 * methods, categories, retention, how to exercise rights) plus arts. 20-25, 28-31, 38-39, 52-53
 * where they apply, and for US-CA the CCPA notice at collection. Each item cites its article.
 */
export function buildLayer2(
  processor: NoticeProcessor,
  purposes: readonly Purpose[],
  context: NoticeContext,
  jurisdictions: readonly string[],
  lang: Lang,
): Layer2 {
  const sections: Layer2Section[] = [
    controllerSection(processor, lang),
    ...purposes.map((purpose) => purposeSection({ purpose, context, processor, jurisdictions, lang })),
    rightsSection(processor, lang),
  ];
  if (appliesIn('US-CA', jurisdictions)) sections.push(ccpaSection(purposes, context, processor, lang));
  return { title: pick(lang, `Personal information notice of ${processor.name}`, `${processor.name}个人信息处理规则`), sections };
}
