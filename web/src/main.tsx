import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { cspNonce, nonceCreatedStyles } from './lib/csp-nonce';
import { initI18n } from './lib/i18n';
import { parseWithoutEval } from './lib/zod-without-eval';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
nonceCreatedStyles(cspNonce());
parseWithoutEval();

void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
