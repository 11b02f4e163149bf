// audience="public": a calm panel offering help now. It never mentions wording or stigma, never
// judges, never changes the person's words and never blocks the form. Where <nwd-find-support> is
// on the page it shows its compact banner (nation-aware, checked data); otherwise a fixed list.
import { html } from 'lit';

type T = (key: string) => string;

/** <nwd-find-support>'s compact banner, if that element is registered on the page (never imported here). */
function findSupportBanner(level: number): HTMLElement | undefined {
  if (!customElements.get('nwd-find-support')) return undefined;
  const banner = document.createElement('nwd-find-support');
  banner.setAttribute('variant', 'compact');
  banner.setAttribute('heading-level', String(Math.min(6, level + 1)));
  return banner;
}

export function signpostPanel(t: T, level: number) {
  const banner = findSupportBanner(level);
  return html`<section part="signpost" class="signpost" role="region" aria-labelledby="nwd-lc-signpost">
    <div role="heading" aria-level=${Math.min(6, Math.max(2, level))} id="nwd-lc-signpost" class="heading">${t('signpostHeading')}</div>
    <p>${t('signpostBody')}</p>
    ${banner
      ? banner
      : html`<ul class="help">
          <li><a href="tel:116123">${t('signpostSamaritans')}</a></li>
          <li><a href="sms:85258?&amp;body=SHOUT">${t('signpostShout')}</a></li>
        </ul>`}
    <p class="danger"><a href="tel:999">${t('signpostDanger')}</a></p>
    <p class="note">${t('signpostNote')}</p>
  </section>`;
}
