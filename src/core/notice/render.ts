import { type Layer1, type Layer2, langKey, type Notice, type NoticeLocale } from './types.js';

/** Every line of layer 1 in reading order, with the JSON path of the string it comes from. */
export function layer1Lines(layer: Layer1): { path: (string | number)[]; text: string }[] {
  const lines: { path: (string | number)[]; text: string }[] = [
    { path: ['title'], text: layer.title },
    { path: ['who'], text: layer.who },
  ];
  layer.purposes.forEach((p, i) => {
    const at = (...rest: (string | number)[]) => ['purposes', i, ...rest];
    lines.push({ path: at('title'), text: p.title }, { path: at('basis'), text: p.basis }, { path: at('data'), text: p.data });
    if (p.sensitive !== null) {
      lines.push({ path: at('sensitive', 'why'), text: p.sensitive.why });
      for (const [j, s] of p.sensitive.items.entries()) lines.push({ path: at('sensitive', 'items', j, 'text'), text: s.text });
    }
    if (p.recipients !== null) lines.push({ path: at('recipients'), text: p.recipients });
    if (p.abroad !== null) lines.push({ path: at('abroad'), text: p.abroad });
    lines.push({ path: at('retention'), text: p.retention });
    for (const [j, c] of p.choices.entries()) lines.push({ path: at('choices', j, 'text'), text: c.text });
  });
  lines.push({ path: ['rights'], text: layer.rights }, { path: ['withdraw'], text: layer.withdraw }, { path: ['more'], text: layer.more });
  return lines;
}

/** Every line of layer 2 in reading order: the title, then each section heading and its items. */
export function layer2Lines(layer: Layer2): { path: (string | number)[]; text: string }[] {
  const lines: { path: (string | number)[]; text: string }[] = [{ path: ['title'], text: layer.title }];
  layer.sections.forEach((section, i) => {
    lines.push({ path: ['sections', i, 'heading'], text: section.heading });
    for (const [j, item] of section.items.entries()) lines.push({ path: ['sections', i, 'items', j, 'text'], text: item.text });
  });
  return lines;
}

/**
 * A layer as plain text, one line per string: for reading-time figures, the text diff and
 * plain-text channels (e-mail, SMS link pages).
 */
export function renderNoticeText(notice: Notice, locale: NoticeLocale, layer: 1 | 2): string {
  const key = langKey(locale);
  const lines = layer === 1 ? layer1Lines(notice.layer1[key]) : layer2Lines(notice.layer2[key]);
  return lines.map((line) => line.text).join('\n');
}
