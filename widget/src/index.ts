import { PisaConsentElement } from './pisa-consent.js';

// The widget's module: importing it defines <pisa-consent> (once, even if a page loads it twice).
if (customElements.get('pisa-consent') === undefined) customElements.define('pisa-consent', PisaConsentElement);

export type { ErrorDetail } from './failures.js';
export type { RecordedDetail } from './pisa-consent.js';
export { PisaConsentElement };
