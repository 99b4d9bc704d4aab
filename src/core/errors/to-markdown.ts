import { ERROR_CODES } from './codes.js';
import { MESSAGES_EN } from './messages.en.js';
import { MESSAGES_ZH } from './messages.zh-CN.js';

/** docs/errors.md, generated from the code list and both catalogs so they cannot disagree. */
export function errorsToMarkdown(): string {
  const rows = ERROR_CODES.map((code) => `| \`${code}\` | ${MESSAGES_EN[code]} | ${MESSAGES_ZH[code]} |`);
  return `# Error codes

Every bad input gets a stable \`code\` from this list, with a message in English and Chinese.
The HTTP API answers \`{statusCode, code, message: {en, zh}, issues: [...], request_id}\`; each
issue has its own \`code\`, \`path\` (and \`at\`, the path as text, e.g. \`activities[0].data[2]\`),
\`params\` and \`message\`. The CLI exits with code 2 and prints a one-line reason, then one line
per issue. Codes are a public contract: added, never renamed. This page is generated from
\`src/core/errors\` (\`UPDATE_DOCS=1 npx vitest run test/docs\`); a test fails when they disagree.

Placeholders in braces are filled from the issue's \`params\`; \`{suggestion}\` becomes
' (did you mean "…"?)' / '（是否为“…”？）' when a near miss was found.

| Code | English | 中文 |
| --- | --- | --- |
${rows.join('\n')}
`;
}
