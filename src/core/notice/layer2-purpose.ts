import { appliesIn } from '../rules/jurisdiction.js';
import { BASIS_WORDS, durationInWords, listWords, MECHANISM_WORDS, METHOD_WORDS, regionName } from './plain-words.js';
import { recipientSlug } from './purposes.js';
import { sensitiveLines } from './sensitive-lines.js';
import type { Layer2Item, Layer2Section, NoticeCitation, NoticeContext, NoticeProcessor, NoticeRecipient, Purpose } from './types.js';
import { type Lang, labelsOf, pick, purposeTitle, sensitiveWhy } from './wording.js';

const c = (law: NoticeCitation['law'], article: string): NoticeCitation => ({ law, article });
const PIPL = (article: string) => c('PIPL', article);

type Input = { purpose: Purpose; context: NoticeContext; processor: NoticeProcessor; jurisdictions: readonly string[]; lang: Lang };

function consentItem({ purpose, lang }: Input): Layer2Item {
  const id = `${purpose.id}.consent`;
  if (!purpose.consent_required) {
    const basis = BASIS_WORDS[purpose.legal_basis][lang];
    const text = pick(lang, `Legal basis: ${basis}. Consent is not needed for this purpose.`, `合法性基础：${basis}。该目的无需取得您的同意。`);
    return { id, text, citations: [PIPL('13')] };
  }
  const text = purpose.necessary
    ? pick(
        lang,
        'Legal basis: your consent. This purpose is needed to provide the service, so without consent we cannot provide it. You may withdraw consent at any time; processing already done stays lawful.',
        '合法性基础：您的同意。该目的为提供服务所必需，未经同意我们无法提供该服务。您可以随时撤回同意，撤回前已进行的处理不受影响。',
      )
    : pick(
        lang,
        'Legal basis: your consent. This purpose is optional: refusing or withdrawing consent does not stop the service. You may withdraw at any time; processing already done stays lawful.',
        '合法性基础：您的同意。该目的为可选，拒绝或撤回同意不影响您使用服务。您可以随时撤回同意，撤回前已进行的处理不受影响。',
      );
  return { id, text, citations: [PIPL('13'), PIPL('14'), PIPL('15'), PIPL('16')] };
}

function sensitiveItem({ purpose, context, lang }: Input): Layer2Item | null {
  if (purpose.sensitive_cn.length === 0) return null;
  const labels = listWords(labelsOf(purpose.sensitive_cn, lang), lang);
  const impact = sensitiveLines(purpose, purpose.sensitive_cn, context, lang)
    .map((line) => line.text)
    .join(pick(lang, ' ', ''));
  const ask = purpose.consent_required ? pick(lang, ' We ask for your separate consent.', '我们将单独征得您的同意。') : '';
  const text = pick(
    lang,
    `Sensitive personal information: ${labels}. Why it is necessary: ${sensitiveWhy(purpose, context, lang)} Impact on you: ${impact}${ask}`,
    `敏感个人信息：${labels}。必要性：${sensitiveWhy(purpose, context, lang)}对您权益的影响：${impact}${ask}`,
  );
  return { id: `${purpose.id}.sensitive`, text, citations: [PIPL('28'), PIPL('29'), PIPL('30')] };
}

function minorsItems({ purpose, jurisdictions, lang }: Input): Layer2Item[] {
  const items: Layer2Item[] = [];
  const under14 = purpose.minors === 'under_14' || purpose.minors === 'under_13';
  if (under14 && appliesIn('CN', jurisdictions)) {
    const text = pick(
      lang,
      'For a child under 14 we need the consent of a parent or other guardian, and we follow our specific rules for children’s personal information.',
      '处理不满十四周岁未成年人的个人信息，我们将取得其父母或其他监护人的同意，并执行专门的儿童个人信息处理规则。',
    );
    items.push({ id: `${purpose.id}.minors-cn`, text, citations: [PIPL('31'), c('CAC_CHILDREN_2019', '9')] });
  }
  if (purpose.minors === 'under_13' && appliesIn('US', jurisdictions)) {
    const text = pick(
      lang,
      'For a child under 13 we obtain verifiable parental consent before collecting, using or disclosing the child’s information; parents may review and delete it.',
      '对不满13周岁的儿童，我们在收集、使用或披露其信息前取得可验证的家长同意；家长可以查看并删除这些信息。',
    );
    items.push({ id: `${purpose.id}.minors-us`, text, citations: [c('COPPA', '312.4'), c('COPPA', '312.5'), c('COPPA', '312.6')] });
  }
  return items;
}

function recipientItem(recipient: NoticeRecipient, { purpose, context, lang }: Input): Layer2Item {
  const where = recipient.country === null ? '' : pick(lang, ` (${regionName(recipient.country).en})`, `（${regionName(recipient.country).zh}）`);
  const contact = context.recipient_contacts?.[recipient.name];
  const reach = contact === undefined ? '' : pick(lang, ` Contact: ${contact}.`, `联系方式：${contact}。`);
  const id = `${purpose.id}.recipient:${recipientSlug(recipient.name)}`;
  const data = listWords(labelsOf(purpose.data, lang), lang);
  switch (recipient.role) {
    case 'entrusted':
      return {
        id,
        text: pick(
          lang,
          `${recipient.name}${where} processes it on our behalf under a contract and only as we instruct.`,
          `${recipient.name}${where}受我们委托，按照合同约定和我们的指示处理。`,
        ),
        citations: [PIPL('21')],
      };
    case 'joint':
      return {
        id,
        text: pick(
          lang,
          `${recipient.name}${where} decides with us how it is processed; you may exercise your rights against either of us.${reach}`,
          `${recipient.name}${where}与我们共同决定处理目的和方式，您可以向其中任何一方行使权利。${reach}`,
        ),
        citations: [PIPL('20')],
      };
    case 'third_party': {
      const ask = purpose.consent_required ? pick(lang, ' We ask for your separate consent.', '我们将单独征得您的同意。') : '';
      return {
        id,
        text: pick(
          lang,
          `We provide ${data} to ${recipient.name}${where} for the purpose and methods above.${reach}${ask}`,
          `我们向${recipient.name}${where}提供${data}，用于上述目的和处理方式。${reach}${ask}`,
        ),
        citations: [PIPL('23')],
      };
    }
  }
}

function crossBorderItem({ purpose, context, processor, lang }: Input): Layer2Item | null {
  if (purpose.cross_border === null) return null;
  const { destination, mechanism } = purpose.cross_border;
  const region = regionName(destination)[lang];
  const overseas = purpose.recipients.filter((r) => r.country === destination).map((r) => r.name);
  const names = overseas.length > 0 ? listWords(overseas, lang) : pick(lang, 'the overseas recipient', '境外接收方');
  const contacts = overseas.flatMap((name) => {
    const contact = context.recipient_contacts?.[name];
    return contact === undefined ? [] : [contact];
  });
  const reach = contacts.length > 0 ? pick(lang, ` Contact: ${contacts.join(', ')}.`, `联系方式：${contacts.join('，')}。`) : '';
  const mech = MECHANISM_WORDS[mechanism][lang];
  const ask = purpose.consent_required ? pick(lang, ' We ask for your separate consent.', '我们将单独征得您的同意。') : '';
  const text = pick(
    lang,
    `We send ${listWords(labelsOf(purpose.data, lang), lang)} outside mainland China to ${names} in ${region} (legal mechanism: ${mech}), for the purpose and methods above.${reach} You can exercise your rights against the overseas recipient through ${processor.rights_url}.${ask}`,
    `我们将${listWords(labelsOf(purpose.data, lang), lang)}提供给位于${region}的${names}（出境条件：${mech}），用于上述目的和处理方式。${reach}您可以通过${processor.rights_url}向境外接收方行使权利。${ask}`,
  );
  return { id: `${purpose.id}.cross-border`, text, citations: [PIPL('38'), PIPL('39')] };
}

function otherItems({ purpose, lang }: Input, decided: { disclose: boolean; automated: boolean; marketing: boolean }): Layer2Item[] {
  const items: Layer2Item[] = [];
  if (decided.disclose) {
    const ask = purpose.consent_required ? pick(lang, ' only with your separate consent', '，并事先单独征得您的同意') : '';
    items.push({
      id: `${purpose.id}.public`,
      text: pick(lang, `We make this information public${ask}.`, `我们将公开上述个人信息${ask}。`),
      citations: [PIPL('25')],
    });
  }
  if (decided.automated) {
    const push = decided.marketing
      ? pick(
          lang,
          ' For personalised marketing we also offer an option not based on your characteristics, or an easy way to refuse.',
          '进行个性化推送时，我们同时提供不针对您个人特征的选项或便捷的拒绝方式。',
        )
      : '';
    const text = pick(
      lang,
      `We use automated decision-making.${push} Where a decision significantly affects you, you may ask for an explanation and refuse a decision made only by automated means.`,
      `我们使用自动化决策。${push}对您权益有重大影响的决定，您有权要求说明，并有权拒绝仅通过自动化决策作出的决定。`,
    );
    items.push({ id: `${purpose.id}.automated`, text, citations: [PIPL('24')] });
  }
  return items;
}

/** Layer 2 section of one purpose: PIPL art. 17(1)(2) items, then arts. 20-25, 28-31, 38-39 where they apply. */
export function purposeSection(input: Input): Layer2Section {
  const { purpose, context, lang } = input;
  const retention = purpose.retention === null ? null : durationInWords(purpose.retention);
  const methods = listWords(
    purpose.methods.map((m) => METHOD_WORDS[m][lang]),
    lang,
  );
  const items: (Layer2Item | null)[] = [
    {
      id: `${purpose.id}.purpose`,
      text: pick(lang, `Purpose: ${purposeTitle(purpose, context, lang)}.`, `处理目的：${purposeTitle(purpose, context, lang)}。`),
      citations: [PIPL('17')],
    },
    { id: `${purpose.id}.methods`, text: pick(lang, `How we process it: we ${methods}.`, `处理方式：${methods}。`), citations: [PIPL('17')] },
    {
      id: `${purpose.id}.data`,
      text: pick(
        lang,
        `Personal information: ${listWords(labelsOf(purpose.data, lang), lang)}.`,
        `个人信息种类：${listWords(labelsOf(purpose.data, lang), lang)}。`,
      ),
      citations: [PIPL('17')],
    },
    {
      id: `${purpose.id}.retention`,
      text:
        retention === null
          ? pick(
              lang,
              'Retention: no period is stated; we keep it only as long as the purpose needs.',
              '保存期限：未载明具体期限，仅在实现处理目的所必需的最短时间内保存。',
            )
          : pick(lang, `Retention: ${retention.en}; then we delete or anonymise it.`, `保存期限：${retention.zh}，期满后删除或匿名化处理。`),
      citations: [PIPL('17'), PIPL('19'), PIPL('47')],
    },
    consentItem(input),
    sensitiveItem(input),
    ...minorsItems(input),
    ...purpose.recipients.map((r) => recipientItem(r, input)),
    crossBorderItem(input),
    ...otherItems(input, {
      disclose: purpose.methods.includes('disclose'),
      automated: purpose.methods.includes('automated_decision'),
      marketing: purpose.methods.includes('personalised_marketing'),
    }),
  ];
  return { id: `purpose:${purpose.id}`, heading: purposeTitle(purpose, context, lang), items: items.filter((i): i is Layer2Item => i !== null) };
}
