import type { Receipt } from '../../src/core/consent/receipt.js';
import type { Layer1 } from '../../src/core/notice/types.js';
import { h } from './dom.js';
import { type MessageKey, translate, type WidgetLang } from './messages.js';
import { type DownloadFile, receiptsFile } from './receipts-file.js';
import { labelOf } from './render-notice.js';

const STATE_KEY = { given: 'given', refused: 'refused', withdrawn: 'withdrawn' } as const satisfies Record<Receipt['event']['state'], MessageKey>;

export type ReceiptsInput = {
  readonly lang: WidgetLang;
  readonly layer1: Layer1;
  readonly receipts: readonly Receipt[];
  readonly processor: string;
  /** The receipt page of the PISA web app. */
  readonly receiptsPage: string;
  readonly onDownload: (file: DownloadFile) => void;
};

/** The receipts of the last recording: each with its download, all at once, and the receipt page of PISA. */
export function renderReceipts(input: ReceiptsInput): HTMLElement {
  const t = (key: MessageKey, params: Readonly<Record<string, number>> = {}) => translate(input.lang, key, params);
  const button = (text: string, label: string, receipts: readonly Receipt[], cls?: string) => {
    const element = h('button', { type: 'button', class: cls, 'aria-label': label }, text);
    element.addEventListener('click', () => input.onDownload(receiptsFile(receipts, input.processor)));
    return element;
  };
  const items = input.receipts.map((receipt) => {
    const label = labelOf(input.layer1, receipt.purposes[0]?.id ?? '');
    return h(
      'li',
      {},
      h('span', {}, `${label}: ${t(STATE_KEY[receipt.event.state])}`),
      h('code', {}, receipt.receipt_id),
      button(t('downloadOne'), `${t('downloadOne')}: ${label}`, [receipt], 'link'),
    );
  });
  const page = h(
    'a',
    { class: 'btn', href: input.receiptsPage, target: '_blank', rel: 'noopener' },
    t('viewReceipts'),
    h('span', { class: 'sub' }, t('newWindow')),
  );
  return h(
    'div',
    { class: 'res' },
    h('h3', {}, t('recordedHeading')),
    h('p', {}, t('recorded', { n: input.receipts.length })),
    h('ul', {}, ...items),
    h('div', { class: 'acts' }, button(t('downloadAll'), t('downloadAll'), input.receipts), page),
  );
}

/** Offers a file for download from inside `root` (a Blob URL, revoked once the browser has it). */
export function offerDownload(root: ShadowRoot, file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  const link = h('a', { href: url, download: file.name, hidden: true });
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
