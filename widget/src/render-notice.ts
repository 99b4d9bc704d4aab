import type { Layer1, Layer1Purpose, Layer2, Notice } from '../../src/core/notice/types.js';
import { h, lines } from './dom.js';
import { type MessageKey, translate, type WidgetLang } from './messages.js';
import type { Choice, Decisions, PurposeView, SeparateView } from './state.js';

// Layer 1 of the notice with its controls: one switch per consent-based purpose, each separate
// item as its own group (opt-in: yes/no radio buttons, unanswered until the person answers;
// opt-out: a checkbox), necessary purposes as text without a control. Native controls with
// labels, in reading order, so keyboard and screen-reader use need nothing extra.

export type RenderedNotice = {
  readonly element: HTMLElement;
  /** The first control of a purpose or separate item (to move focus to an unanswered item). */
  readonly controls: ReadonlyMap<string, HTMLInputElement>;
};

export type NoticeInput = {
  readonly lang: WidgetLang;
  readonly notice: Notice;
  readonly views: readonly PurposeView[];
  readonly decisions: Decisions;
  readonly onChange: (id: string, choice: Choice) => void;
};

/** What one rendering shares: its input and a source of element ids (unique within the shadow root). */
type Context = NoticeInput & { readonly nextId: () => string };

/** The notice texts in the widget's language (`zh-CN` reads `zh`). */
export const layersOf = (notice: Notice, lang: WidgetLang): { layer1: Layer1; layer2: Layer2 } =>
  lang === 'en' ? { layer1: notice.layer1.en, layer2: notice.layer2.en } : { layer1: notice.layer1.zh, layer2: notice.layer2.zh };

/** The title of a purpose or the text of a separate item, for the receipts list. */
export function labelOf(layer1: Layer1, id: string): string {
  for (const purpose of layer1.purposes) {
    if (purpose.id === id) return purpose.title;
    const choice = purpose.choices.find((c) => c.id === id);
    if (choice !== undefined) return `${purpose.title}: ${choice.text}`;
  }
  return id;
}

function facts(text: Layer1Purpose | undefined, id: string): HTMLElement {
  return h(
    'div',
    { class: 'f', id },
    ...lines([text?.basis, text?.data, text?.sensitive?.why]),
    ...lines((text?.sensitive?.items ?? []).map((item) => item.text)),
    ...lines([text?.recipients, text?.abroad, text?.retention]),
  );
}

function separateItem(input: Context, item: SeparateView, text: string, controls: Map<string, HTMLInputElement>): HTMLElement {
  const t = (key: MessageKey) => translate(input.lang, key);
  const choice = input.decisions[item.id] ?? null;
  if (item.mode === 'opt_out') {
    // A CCPA opt-out ("Do Not Sell or Share…"): ticked means the person opts out.
    const id = input.nextId();
    const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}h` });
    box.checked = choice === 'refuse';
    box.addEventListener('change', () => input.onChange(item.id, box.checked ? 'refuse' : 'grant'));
    controls.set(item.id, box);
    return h('div', { class: 'sep row' }, box, h('div', {}, h('label', { for: id }, text), h('span', { class: 'sub', id: `${id}h` }, t('optOutHint'))));
  }
  const name = input.nextId();
  const radio = (value: 'grant' | 'refuse') => {
    const button = h('input', { type: 'radio', name, value });
    button.checked = choice === value;
    button.addEventListener('change', () => {
      if (button.checked) input.onChange(item.id, value);
    });
    return button;
  };
  const yes = radio('grant');
  const no = radio('refuse');
  controls.set(item.id, yes);
  return h(
    'fieldset',
    {},
    h('legend', {}, text, h('span', { class: 'sub' }, t('separateLegend'))),
    h('div', { class: 'opts' }, h('label', {}, yes, t('yes')), h('label', {}, no, t('no'))),
  );
}

function purposeItem(input: Context, view: PurposeView, layer1: Layer1, controls: Map<string, HTMLInputElement>): HTMLLIElement {
  const text = layer1.purposes.find((p) => p.id === view.id);
  const title = text?.title ?? view.id;
  const detailsId = input.nextId();
  const separate = view.separate.map((item) => separateItem(input, item, text?.choices.find((c) => c.id === item.id)?.text ?? item.id, controls));
  if (view.kind === 'necessary') {
    return h(
      'li',
      { class: 'p' },
      h('p', { class: 't' }, title),
      facts(text, detailsId),
      h('span', { class: 'need' }, translate(input.lang, 'necessary')),
      ...separate,
    );
  }
  const id = input.nextId();
  const toggle = h('input', { type: 'checkbox', role: 'switch', id, 'aria-describedby': detailsId });
  toggle.checked = input.decisions[view.id] === 'grant';
  toggle.addEventListener('change', () => input.onChange(view.id, toggle.checked ? 'grant' : 'refuse'));
  controls.set(view.id, toggle);
  return h('li', { class: 'p' }, h('div', { class: 'row' }, toggle, h('div', {}, h('label', { for: id }, title), facts(text, detailsId))), ...separate);
}

function fullNotice(lang: WidgetLang, layer2: Layer2): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, translate(lang, 'fullNotice')),
    h('h3', {}, layer2.title),
    ...layer2.sections.flatMap((section) => [h('h4', {}, section.heading), h('ul', {}, ...section.items.map((item) => h('li', {}, item.text)))]),
  );
}

/** The notice and its controls, in the order a screen reader reads them. */
export function renderNotice(notice: NoticeInput): RenderedNotice {
  let count = 0;
  const nextId = () => {
    count += 1;
    return `c${count}`;
  };
  const input: Context = { ...notice, nextId };
  const { layer1, layer2 } = layersOf(input.notice, input.lang);
  const controls = new Map<string, HTMLInputElement>();
  const group = (kind: PurposeView['kind'], heading: MessageKey) => {
    const views = input.views.filter((view) => view.kind === kind);
    return views.length === 0
      ? []
      : [h('h3', {}, translate(input.lang, heading)), h('ul', {}, ...views.map((view) => purposeItem(input, view, layer1, controls)))];
  };
  const element = h(
    'div',
    {},
    h('p', {}, layer1.who),
    ...group('optional', 'optionalHeading'),
    ...group('necessary', 'necessaryHeading'),
    ...lines([layer1.rights, layer1.withdraw], { class: 'f' }),
    fullNotice(input.lang, layer2),
  );
  return { element, controls };
}
