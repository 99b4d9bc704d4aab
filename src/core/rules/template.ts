import type { Localized } from '../taxonomy/types.js';

type Lang = 'en' | 'zh';

/** A message template split once into literal text and {placeholder} names: [text, name, text, ...]. */
export type Template = readonly string[];
export type LocalizedTemplate = { readonly en: Template; readonly zh: Template };

export function compileTemplate(text: string): Template {
  return text.split(/\{(\w+)\}/);
}

export function compileLocalized(message: Localized): LocalizedTemplate {
  return { en: compileTemplate(message.en), zh: compileTemplate(message.zh) };
}

function show(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => show(v, lang)).join(lang === 'zh' ? '、' : ', ');
  return typeof value === 'bigint' ? value.toString() : String(value);
}

function render(template: Template, values: Readonly<Record<string, unknown>>, lang: Lang): string {
  let out = template[0] ?? '';
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i] as string;
    out += (name in values ? show(values[name], lang) : `{${name}}`) + (template[i + 1] ?? '');
  }
  return out;
}

/** Fills placeholders in both languages; lists join with ", " (en) and "、" (zh); unknown names stay as written. */
export function renderLocalized(template: LocalizedTemplate, values: Readonly<Record<string, unknown>>): Localized {
  return { en: render(template.en, values, 'en'), zh: render(template.zh, values, 'zh') };
}
