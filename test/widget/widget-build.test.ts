import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_WIDGET_KEY } from '../../src/main/demo-seed.js';

// The built widget as sites receive it (dist/widget/pisa-consent.js, built by scripts/build.mjs,
// which `npm test` runs first), and the demo page that embeds it.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/widget/pisa-consent.js');
/** Issue 5: "at most 20 kB gzipped". */
const GZIP_LIMIT = 20_480;

function bundle(): Buffer {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (node scripts/build.mjs) first`);
  return readFileSync(BUNDLE);
}

describe('dist/widget/pisa-consent.js', () => {
  it(`is at most ${GZIP_LIMIT} bytes gzipped`, () => {
    const gzipped = gzipSync(bundle()).length; // zlib default level (6), as servers compress
    expect(gzipped).toBeGreaterThan(1_000);
    expect(gzipped).toBeLessThanOrEqual(GZIP_LIMIT);
  });

  it('is one self-contained ES module: no imports, no framework, no i18next', () => {
    const source = bundle().toString('utf8');
    expect(source).not.toMatch(/(^|[;}\s])import\s*[{*\w"'`]/);
    expect(source).not.toMatch(/\bimport\(/);
    expect(source).not.toMatch(/react|i18next|antd/i);
    expect(source).toMatch(/customElements\.define\(\s*["'`]pisa-consent["'`]/);
  });

  it('carries no inline <style> element and no style attribute (a strict host CSP allows it)', () => {
    const source = bundle().toString('utf8');
    expect(source).toContain('adoptedStyleSheets');
    expect(source).not.toMatch(/setAttribute\(\s*["'`]style["'`]|\.style\./);
  });
});

describe('the demo page (widget/demo)', () => {
  const page = readFileSync(join(ROOT, 'widget/demo/shop.html'), 'utf8');

  it('embeds the widget for the demo processor shopping with the demo seed’s publishable key', () => {
    expect(page).toMatch(/<pisa-consent processor="shopping" key="([^"]+)"/);
    expect(/<pisa-consent processor="shopping" key="([^"]+)"/.exec(page)?.[1]).toBe(DEMO_WIDGET_KEY);
    expect(page).toContain('<script type="module" src="/widget/pisa-consent.js"></script>');
  });

  it('has no inline script, style or event handler (it runs under the web app’s CSP)', () => {
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });
});
