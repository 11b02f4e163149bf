// "Print my plan" prints the plan alone, not the host page around it. While this print runs, a
// document-level rule hides everything but the printing element (the classic visibility trick:
// shadow content inherits visibility from its host). Constructed stylesheets keep a strict CSP happy.

const CLASS = 'nwd-printing-plan';
let sheet: CSSStyleSheet | undefined;

export function printOnly(element: HTMLElement): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
      html.${CLASS} body * { visibility: hidden !important; }
      html.${CLASS} [data-nwd-printing], html.${CLASS} [data-nwd-printing] * { visibility: visible !important; }
      html.${CLASS} [data-nwd-printing] { position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important; inline-size: 100% !important; }
    }`);
  }
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.documentElement.classList.add(CLASS);
  element.setAttribute('data-nwd-printing', '');
  const done = () => {
    document.documentElement.classList.remove(CLASS);
    element.removeAttribute('data-nwd-printing');
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
