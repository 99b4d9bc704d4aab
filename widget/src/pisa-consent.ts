import type { Receipt } from '../../src/core/consent/receipt.js';
import type { Notice } from '../../src/core/notice/types.js';
import { type ChildState, childStateOf } from './child.js';
import { h, lines } from './dom.js';
import { both, describeFailure, type ErrorDetail, type Localized, setupFailure } from './failures.js';
import { type MessageKey, pickLang, translate, type WidgetLang } from './messages.js';
import { layersOf, renderNotice } from './render-notice.js';
import { offerDownload, renderReceipts } from './render-receipts.js';
import { apiBase, buildConsentBody, isSubject, loadNotice, postConsent, receiptsPageUrl, type Submission, WidgetRequestError } from './request.js';
import { acceptAllDecisions, type Choice, type Decisions, decide, initialDecisions, type PurposeView, refuseAllDecisions, toPurposeViews } from './state.js';
import { STYLES } from './styles.js';

/** `pisa-consent:recorded`: the API's answer, one signed receipt per decision. */
export type RecordedDetail = { readonly notice_hash: string; readonly receipts: readonly Receipt[] };

/** What the processor's page knows about a child and the adult it verified (child.ts). */
const CHILD_ATTRIBUTES = ['subject-age', 'guardian-verification', 'parental-method'];
const ATTRIBUTES = ['processor', 'api', 'key', 'subject', 'lang', ...CHILD_ATTRIBUTES];

let sheet: CSSStyleSheet | undefined;

/** A constructed style sheet where the browser has them (no inline <style>, so a strict host CSP allows it). */
function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h('style', {}, STYLES));
  }
}

/**
 * `<pisa-consent processor="shopping" key="pisa_…" subject="user-123" api="https://pisa.example" lang="zh-CN">`:
 * layer 1 of the processor's current notice with a choice per purpose, posted to PISA with the
 * processor's publishable (consent:collect) key; then the signed receipts to download or verify.
 */
export class PisaConsentElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return ATTRIBUTES;
  }

  readonly #root: ShadowRoot;
  readonly #frame = h('div', { class: 'root' });
  readonly #section = h('section', { 'aria-labelledby': 'pisa-title' });
  readonly #title = h('h2', { id: 'pisa-title' });
  readonly #langButton = h('button', { type: 'button', class: 'lang' });
  /** Who must decide for a child, before the choices; polite live region: it changes when the page verifies the adult. */
  readonly #child = h('div', { class: 'child', id: 'pisa-child', 'aria-live': 'polite' });
  readonly #body = h('div');
  readonly #actions = h('div', { class: 'acts', hidden: true });
  readonly #buttons: Record<Submission, HTMLButtonElement> = {
    choices: h('button', { type: 'button', class: 'primary' }),
    'accept-all': h('button', { type: 'button' }),
    'refuse-all': h('button', { type: 'button' }),
  };
  readonly #message = h('p', { class: 'msg', role: 'alert' });
  readonly #status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  readonly #result = h('div');
  readonly #powered = h('p', { class: 'pw' });

  #langOverride: WidgetLang | null = null;
  #notice: { readonly hash: string; readonly notice: Notice } | null = null;
  #views: readonly PurposeView[] = [];
  #decisions: Decisions = {};
  #controls: ReadonlyMap<string, HTMLInputElement> = new Map();
  #receipts: readonly Receipt[] = [];
  #spoken: Localized | null = null;
  #announced: Localized | null = null;
  #busy = false;
  #loads = 0;
  #loadFailed = false;
  #started = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
    this.#langButton.addEventListener('click', () => {
      this.#langOverride = this.#lang() === 'en' ? 'zh-CN' : 'en';
      this.#render();
    });
    for (const [kind, button] of Object.entries(this.#buttons) as [Submission, HTMLButtonElement][]) {
      button.addEventListener('click', () => void this.#submit(kind));
      this.#actions.append(button);
    }
    this.#section.append(
      h('div', { class: 'head' }, this.#title, this.#langButton),
      this.#child,
      this.#body,
      this.#actions,
      this.#message,
      this.#status,
      this.#result,
      this.#powered,
    );
    this.#frame.append(this.#section);
    this.#root.append(this.#frame);
  }

  connectedCallback(): void {
    // Once: moving the element in the page keeps what the person did.
    if (this.#started) return;
    this.#started = true;
    void this.#load();
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    // Before the first connection (parsing, upgrade) the attributes are read by the first load.
    if (previous === next || !this.#started) return;
    if (name === 'processor' || name === 'api') void this.#load();
    if (CHILD_ATTRIBUTES.includes(name)) this.#renderChild();
    if (name === 'lang') {
      this.#langOverride = null;
      this.#render();
    }
  }

  #lang(): WidgetLang {
    return this.#langOverride ?? pickLang(this.getAttribute('lang'), globalThis.navigator?.language);
  }

  #t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
    return translate(this.#lang(), key, params);
  }

  #base(): string {
    return apiBase(this.getAttribute('api'), location.origin);
  }

  async #load(): Promise<void> {
    this.#loads += 1;
    const load = this.#loads;
    this.#notice = null;
    this.#receipts = [];
    this.#loadFailed = false;
    this.#say(null);
    this.#announce(null);
    this.#render();
    const processor = this.getAttribute('processor');
    if (processor === null || processor.trim() === '') return this.#fail(setupFailure(['processor']), false);
    try {
      const answer = await loadNotice(fetch, this.#base(), processor.trim());
      if (load !== this.#loads) return;
      this.#notice = { hash: answer.notice.content_hash, notice: answer.notice.notice };
      this.#views = toPurposeViews(answer.notice.notice);
      this.#decisions = initialDecisions(this.#views);
      this.#render();
    } catch (error) {
      if (load === this.#loads) this.#fail(describeFailure(error, 'load'), false);
    }
  }

  /** Shows a failure (in both languages, as the rest) and tells the page with `pisa-consent:error`. */
  #fail(detail: ErrorDetail, keepNotice: boolean): void {
    this.#say(detail.message);
    this.#announce(null);
    if (!keepNotice) {
      this.#loadFailed = true;
      this.#render();
    }
    this.dispatchEvent(new CustomEvent('pisa-consent:error', { detail, bubbles: true, composed: true }));
  }

  /** The alert line (errors, questions); null clears it. Kept in both languages so a language switch redraws it. */
  #say(text: Localized | null): void {
    this.#spoken = text;
    this.#message.textContent = text === null ? '' : this.#pick(text);
  }

  /** The status line (aria-live polite): sending, recorded. */
  #announce(text: Localized | null): void {
    this.#announced = text;
    this.#status.textContent = text === null ? '' : this.#pick(text);
  }

  /** The child rules for the notice shown and the page's attributes; null while no notice is shown. */
  #childState(): ChildState | null {
    if (this.#notice === null) return null;
    return childStateOf(this.#notice.notice, {
      age: this.getAttribute('subject-age'),
      guardianVerification: this.getAttribute('guardian-verification'),
      parentalMethod: this.getAttribute('parental-method'),
    });
  }

  /** The child message (PIPL art. 31, 16 CFR 312.5) and whether the buttons may record. */
  #renderChild(): void {
    const child = this.#childState();
    const texts: string[] = [];
    if (child !== null && (child.guardian || child.parental)) {
      // Without an age, the rules come from purposes declared for children.
      const known = child.age !== null;
      if (child.guardian) texts.push(this.#t(known ? 'childGuardian' : 'childGuardianService'));
      if (child.parental) texts.push(this.#t(known ? 'childParental' : 'childParentalService'));
      const actor = child.actor;
      texts.push(child.blocked || actor.kind === 'self' ? this.#t('childWait') : this.#t('childVerified', { how: actor.verification }));
    }
    // Rewritten only when it changed: the live region announces every change.
    if (texts.join('\n') !== [...this.#child.children].map((p) => p.textContent).join('\n')) this.#child.replaceChildren(...lines(texts));
    this.#updateButtons();
  }

  /** Unavailable while sending, and while a child's choices wait for a verified adult (explained by the child message). */
  #updateButtons(): void {
    const blocked = this.#childState()?.blocked ?? false;
    for (const button of Object.values(this.#buttons)) {
      button.setAttribute('aria-disabled', String(this.#busy || blocked));
      if (blocked) button.setAttribute('aria-describedby', 'pisa-child');
      else button.removeAttribute('aria-describedby');
    }
  }

  #pick(text: Localized): string {
    return this.#lang() === 'en' ? text.en : text.zh;
  }

  #render(): void {
    const lang = this.#lang();
    this.#frame.setAttribute('lang', lang);
    this.#langButton.textContent = this.#t('switchLang');
    this.#langButton.setAttribute('aria-label', this.#t('switchLangLabel'));
    this.#langButton.setAttribute('lang', lang === 'en' ? 'zh-CN' : 'en');
    this.#buttons.choices.textContent = this.#t('save');
    this.#buttons['accept-all'].textContent = this.#t('acceptAll');
    this.#buttons['refuse-all'].textContent = this.#t('refuseAll');
    this.#powered.textContent = this.#t('poweredBy');
    // Rewritten only when the language changed it: live regions announce every change.
    const spoken = this.#spoken === null ? '' : this.#pick(this.#spoken);
    if (this.#message.textContent !== spoken) this.#message.textContent = spoken;
    const announced = this.#announced === null ? '' : this.#pick(this.#announced);
    if (this.#status.textContent !== announced) this.#status.textContent = announced;
    this.#actions.hidden = this.#notice === null;
    this.#renderChild();
    if (this.#notice === null) {
      this.#title.textContent = this.#t(this.#loadFailed ? 'loadFailed' : 'loading');
      const retry = h('button', { type: 'button' }, this.#t('retry'));
      retry.addEventListener('click', () => void this.#load());
      this.#body.replaceChildren(...(this.#loadFailed ? [retry] : []));
      this.#result.replaceChildren();
      return;
    }
    this.#title.textContent = layersOf(this.#notice.notice, lang).layer1.title;
    const rendered = renderNotice({
      lang,
      notice: this.#notice.notice,
      views: this.#views,
      decisions: this.#decisions,
      onChange: (id: string, choice: Choice) => {
        this.#decisions = decide(this.#decisions, id, choice);
      },
    });
    this.#controls = rendered.controls;
    this.#body.replaceChildren(rendered.element);
    this.#renderResult();
  }

  async #submit(kind: Submission): Promise<void> {
    if (this.#busy || this.#notice === null) return;
    const processor = (this.getAttribute('processor') ?? '').trim();
    const key = (this.getAttribute('key') ?? '').trim();
    const subject = this.getAttribute('subject');
    const child = this.#childState();
    const missing = [key === '' ? 'key' : '', isSubject(subject) ? '' : 'subject', child?.ageInvalid ? 'subject-age' : ''].filter((what) => what !== '');
    if (missing.length > 0) return this.#fail(setupFailure(missing), true);
    // PIPL art. 31, 16 CFR 312.5: a child's choices wait for the adult the site verifies.
    if (child?.blocked) return this.#say(both('childWait'));
    const decisions =
      kind === 'accept-all' ? acceptAllDecisions(this.#views, this.#decisions) : kind === 'refuse-all' ? refuseAllDecisions(this.#views) : this.#decisions;
    const built = buildConsentBody({
      noticeHash: this.#notice.hash,
      subject: subject ?? '',
      lang: this.#lang(),
      views: this.#views,
      decisions,
      submission: kind,
      ...(child === null ? {} : { child: { age: child.age, actor: child.actor } }),
    });
    if (!built.ok) {
      this.#say(built.reason === 'bundled' ? both('acceptAllAsk', { n: built.undecided.length }) : both('nothingToSave'));
      // Asks rather than bundles: the first unanswered item gets the focus.
      if (built.reason === 'bundled') this.#controls.get(built.undecided[0] ?? '')?.focus();
      return;
    }
    this.#decisions = decisions;
    if (kind !== 'choices') this.#render();
    this.#setBusy(true);
    try {
      const recorded = await postConsent(fetch, this.#base(), processor, key, built.body);
      this.#receipts = recorded.receipts;
      this.#renderResult();
      const n = recorded.receipts.length;
      this.#announce({
        en: `${translate('en', 'recordedHeading')}. ${translate('en', 'recorded', { n })}`,
        zh: `${translate('zh-CN', 'recordedHeading')}。${translate('zh-CN', 'recorded', { n })}`,
      });
      const detail: RecordedDetail = { notice_hash: recorded.notice_hash, receipts: recorded.receipts };
      this.dispatchEvent(new CustomEvent('pisa-consent:recorded', { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.#fail(describeFailure(error, 'submit'), true);
      if (error instanceof WidgetRequestError && error.code === 'CONSENT_NOTICE_OUTDATED') {
        // PIPL art. 14: consent is given on the notice shown; show the new one and ask again.
        await this.#load();
        this.#say(both('noticeChanged'));
      }
    } finally {
      this.#setBusy(false);
    }
  }

  #setBusy(busy: boolean): void {
    this.#busy = busy;
    // Not aria-busy on the section: screen readers would hold back its live regions. The buttons
    // keep their focus and say they are unavailable.
    this.#section.classList.toggle('busy', busy);
    this.#updateButtons();
    if (busy) {
      this.#say(null);
      this.#announce(both('sending'));
    } else if (this.#announced?.en === translate('en', 'sending')) {
      this.#announce(null);
    }
  }

  #renderResult(): void {
    const notice = this.#notice;
    if (notice === null || this.#receipts.length === 0) {
      this.#result.replaceChildren();
      return;
    }
    this.#result.replaceChildren(
      renderReceipts({
        lang: this.#lang(),
        layer1: layersOf(notice.notice, this.#lang()).layer1,
        receipts: this.#receipts,
        processor: this.getAttribute('processor') ?? 'processor',
        receiptsPage: receiptsPageUrl(this.#base()),
        onDownload: (file) => offerDownload(this.#root, file),
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pisa-consent': PisaConsentElement;
  }
  interface HTMLElementEventMap {
    'pisa-consent:recorded': CustomEvent<RecordedDetail>;
    'pisa-consent:error': CustomEvent<ErrorDetail>;
  }
}
