// Builds what is stale: the TypeScript program (incremental tsc), the web bundle and the consent
// widget (vite), so `npm start` and `npm test` are quick when nothing changed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']);

const webIndex = join(root, 'dist/web/index.html');
const webInputs = Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'src/core')));
const webBuilt = existsSync(webIndex) ? statSync(webIndex).mtimeMs : 0;
if (existsSync(join(root, 'web/index.html')) && webInputs > webBuilt) {
  run(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
}

// The embeddable consent widget (dist/widget/pisa-consent.js) and its demo page (dist/widget/demo).
const widgetFile = join(root, 'dist/widget/pisa-consent.js');
const widgetBuilt = existsSync(widgetFile) ? statSync(widgetFile).mtimeMs : 0;
if (existsSync(join(root, 'widget/src/index.ts')) && newestMtime(join(root, 'widget')) > widgetBuilt) {
  run(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'widget/vite.config.ts', '--logLevel', 'warn']);
  cpSync(join(root, 'widget/demo'), join(root, 'dist/widget/demo'), { recursive: true });
}
