// scripts/screenshots.mjs: screenshots of the demo page for a person to look at (not a test).
// usage: node scripts/screenshots.mjs [outDir=artifacts]   (run `npm run build` first)
import { mkdirSync } from 'node:fs';
import { serve } from './static-server.mjs';
import { launch } from './chromium.mjs';

const out = process.argv[2] ?? 'artifacts';
mkdirSync(out, { recursive: true });
const { server, url } = await serve('.');
const browser = await launch();
const shots = [
  { name: 'demo-375', viewport: { width: 375, height: 812 } },
  { name: 'demo-1280', viewport: { width: 1280, height: 800 } },
  { name: 'demo-375-dark', viewport: { width: 375, height: 812 }, colorScheme: 'dark' },
  { name: 'demo-320-forced-colors', viewport: { width: 320, height: 640 }, forcedColors: 'active' },
  { name: 'demo-375-scrolled-focus', viewport: { width: 375, height: 812 }, scroll: 1500, tabs: 3 },
  { name: 'demo-1280-shift-pressed', viewport: { width: 1280, height: 800 }, shift: 1 },
  { name: 'find-support-375', viewport: { width: 375, height: 812 }, element: 'nwd-find-support:not(.banner)' },
  { name: 'find-support-1280', viewport: { width: 1280, height: 800 }, element: 'nwd-find-support:not(.banner)' },
  { name: 'language-check-375', viewport: { width: 375, height: 812 }, element: 'section[aria-labelledby="notes-heading"]' },
  { name: 'language-check-1280', viewport: { width: 1280, height: 800 }, element: 'section[aria-labelledby="notes-heading"]' },
  { name: 'safety-plan-375', viewport: { width: 375, height: 812 }, element: 'nwd-safety-plan' },
  { name: 'find-support-375-dark', viewport: { width: 375, height: 812 }, colorScheme: 'dark', element: 'nwd-find-support:not(.banner)' },
];
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme ?? 'light', forcedColors: shot.forcedColors ?? 'none' });
    await page.goto(`${url}/demo/`);
    await page.waitForFunction(() => customElements.get('nwd-quick-exit') !== undefined);
    for (let i = 0; i < (shot.tabs ?? 0); i++) await page.keyboard.press('Tab');
    if (shot.scroll) await page.evaluate((y) => window.scrollTo(0, y), shot.scroll);
    for (let i = 0; i < (shot.shift ?? 0); i++) await page.keyboard.press('Shift');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    if (shot.element) {
      // Tall elements come out in viewport-high slices (-1, -2, …), small enough to look at.
      const box = await page.locator(shot.element).boundingBox();
      const top = box.y + (await page.evaluate(() => window.scrollY));
      for (let y = 0, i = 1; y < box.height; y += shot.viewport.height, i++) {
        const clip = { x: box.x, y: top + y, width: box.width, height: Math.min(shot.viewport.height, box.height - y) };
        await page.screenshot({ path: `${out}/${shot.name}-${i}.png`, clip, fullPage: true });
      }
    } else await page.screenshot({ path: `${out}/${shot.name}.png` });
    console.log(`${out}/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
