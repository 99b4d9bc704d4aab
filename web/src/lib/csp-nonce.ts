/**
 * The Content-Security-Policy nonce the server put in this page (<meta name="pisa-csp-nonce">):
 * the policy allows <style> elements only with it. Undefined when there is none (the Vite dev
 * server leaves the placeholder and sends no policy).
 */
export function cspNonce(): string | undefined {
  const content = document.querySelector('meta[name="pisa-csp-nonce"]')?.getAttribute('content') ?? '';
  return content === '' || content.startsWith('__') ? undefined : content;
}

/**
 * Gives the page's nonce to every <style> element scripts create. Ant Design passes it to its
 * CSS-in-JS itself (ConfigProvider `csp`), but two helpers of its component library do not: the
 * table's scrollbar measurement and the modal's scroll lock create <style> elements on their
 * own. Styles injected as markup (innerHTML, an HTML injection) get no nonce and stay blocked.
 */
export function nonceCreatedStyles(nonce: string | undefined): void {
  if (nonce === undefined) return;
  const create = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
    const element = create(tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  }) as typeof document.createElement;
}
