// scripts/bench.mjs: `npm run bench`. Speed figures from the BUILT bundle in headless Chromium.
// Prints figures; it is not a test and never fails on time (budgets live in the issues).
//  - quick exit: synchronous work from activation to the navigation call (spec QE4: < 50 ms), measured
//    inside the page around control.click(); the page then really navigates away.
//  - first render: from navigation start to <nwd-quick-exit> having rendered its control.
// usage: npm run build && npm run bench [-- runs=20]
import { serve } from './static-server.mjs';
import { launch } from './chromium.mjs';
import { bundleEntry, gzipBytes, kib } from './gzip-size.mjs';

const RUNS = Number(process.argv.find((a) => a.startsWith('runs='))?.slice(5) ?? 20);
const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/no-wrong-door.js"></script></head><body>
<nwd-quick-exit href="/bench/away"></nwd-quick-exit>
${'<p>Filler paragraph of an ordinary council page.</p>'.repeat(500)}
</body></html>`;

const { server, url } = await serve('.', {
  render: (u) => (u.pathname === '/bench/page' ? PAGE : u.pathname === '/bench/away' ? '<!doctype html><p>away</p>' : undefined),
});
const browser = await launch();
const exitMs = [];
const renderMs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    const reported = new Promise((resolve) => page.on('console', (m) => m.text().startsWith('exit-ms ') && resolve(Number(m.text().slice(8)))));
    await page.goto(`${url}/bench/page`);
    renderMs.push(
      await page.evaluate(async () => {
        await customElements.whenDefined('nwd-quick-exit');
        const el = document.querySelector('nwd-quick-exit');
        await el.updateComplete;
        return performance.now();
      }),
    );
    await page.evaluate(() => {
      const control = document.querySelector('nwd-quick-exit').shadowRoot.querySelector('[part="button"]');
      const start = performance.now();
      control.click(); // event, overlay, location.replace: all synchronous
      console.log(`exit-ms ${performance.now() - start}`);
    });
    exitMs.push(await reported);
    await page.waitForURL('**/bench/away');
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

// ── find support: first render and re-filter with 2,000 local services (goals: < 50 ms, < 16 ms) ──
const FS_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/no-wrong-door.js"></script></head><body></body></html>`;
const { server: fsServer, url: fsUrl } = await serve('.', { render: (u) => (u.pathname === '/bench/fs' ? FS_PAGE : undefined) });
const fsBrowser = await launch();
const firstRender = [];
const refilter = [];
try {
  const page = await fsBrowser.newPage();
  await page.goto(`${fsUrl}/bench/fs`);
  await page.waitForFunction(() => customElements.get('nwd-find-support'));
  for (let i = 0; i < RUNS; i++) {
    const [render, filter] = await page.evaluate(async () => {
      const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
      const services = Array.from({ length: 2000 }, (_, n) => ({
        id: `local-${n}`, name: `Local service ${n}`, organisation: `Organisation ${n % 50}`,
        description: 'A local service that listens and helps people find their way to support.',
        channels: [{ type: 'phone', value: `01234 ${String(100000 + n)}` }, { type: 'website', value: `https://example.org/${n}` }],
        hours: n % 3 === 0 ? { kind: 'unknown' } : { kind: 'weekly', spans: [{ days: [days[n % 7], days[(n + 2) % 7]], opens: '09:00', closes: n % 2 ? '17:00' : '02:00' }] },
        audience: { minAge: n % 4 === 0 ? 16 : undefined, maxAge: n % 5 === 0 ? 25 : undefined },
        tier: 'local', sources: [{ name: 'Bench feed', url: 'https://example.org/feed' }], checked: { date: '2026-11-01', how: 'bench' }, confidence: 'medium',
      }));
      document.body.replaceChildren();
      const el = document.createElement('nwd-find-support');
      el.setAttribute('nation', 'england');
      el.services = services;
      const start = performance.now();
      document.body.append(el);
      await el.updateComplete;
      el.getBoundingClientRect(); // include style and layout
      const rendered = performance.now() - start;
      const again = performance.now();
      el.setAttribute('age', '20');
      await el.updateComplete;
      el.getBoundingClientRect();
      return [rendered, performance.now() - again];
    });
    firstRender.push(render);
    refilter.push(filter);
  }
} finally {
  await fsBrowser.close();
  fsServer.close();
}

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms`;
};
console.log(`Chromium, built dist/no-wrong-door.js, ${RUNS} runs, page with 500 paragraphs`);
console.log(`quick exit, activation → navigation call (budget < 50 ms): ${stats(exitMs)}`);
console.log(`quick exit, navigation start → control rendered:           ${stats(renderMs)}`);
console.log(`find support, 2,000 local services, first render (goal < 50 ms): ${stats(firstRender)}`);
console.log(`find support, 2,000 local services, re-filter (goal < 16 ms):    ${stats(refilter)}`);
const findSupport = await bundleEntry('dist/components/find-support/nwd-find-support.js', ['i18next']);
console.log(`find support with its national data and lit (i18next shared): ${kib(gzipBytes(findSupport))} KiB gzip (${kib(findSupport.length)} KiB minified); all budgets: npm run size`);
