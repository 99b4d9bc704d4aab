type Attrs = Readonly<Record<string, string | boolean | undefined>>;
type Child = Node | string | null | undefined | false;

/**
 * An element with attributes and children. Text is always appended as text nodes (never parsed
 * as HTML), so notice texts cannot inject markup into the widget.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** Paragraphs for the lines that are present (a notice leaves out what does not apply). */
export const lines = (texts: readonly (string | null | undefined)[], attrs: Attrs = {}): HTMLParagraphElement[] =>
  texts.filter((text): text is string => typeof text === 'string' && text !== '').map((text) => h('p', attrs, text));
