// scripts/bench-unlock.mjs: safety-plan unlock time in Chromium with the default 600,000 PBKDF2
// iterations (WebCrypto, built engine), and whether the page stays responsive meanwhile: any
// long task (> 50 ms) on the main thread while deriving is reported. Prints figures only.
import { serve } from './static-server.mjs';
import { launch } from './chromium.mjs';

const PAGE = '<!doctype html><meta charset="utf-8"><title>unlock bench</title><p>bench</p>';
const { server, url } = await serve('.', { render: (u) => (u.pathname === '/bench/unlock' ? PAGE : undefined) });
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${url}/bench/unlock`);
  const result = await page.evaluate(async () => {
    const engine = await import('/dist/engines/safety-plan/index.js');
    const longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: false });
    // A timer that should keep firing every 10 ms if the main thread is free.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const times = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await engine.deriveKey('correct horse battery', crypto.getRandomValues(new Uint8Array(16)), engine.DEFAULT_ITERATIONS);
      times.push(performance.now() - start);
    }
    clearInterval(timer);
    await new Promise((r) => setTimeout(r, 100)); // let the observer deliver
    const total = times.reduce((a, b) => a + b, 0);
    return { times, longTasks, ticks, expectedTicks: Math.floor(total / 10) };
  });
  const sorted = [...result.times].sort((a, b) => a - b);
  console.log(`safety plan unlock, PBKDF2-SHA-256 600,000 iterations in Chromium: median ${sorted[2].toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted[4].toFixed(0)}), 5 runs`);
  console.log(`  main thread meanwhile: ${result.longTasks.length} long tasks over 50 ms${result.longTasks.length ? ` (longest ${Math.max(...result.longTasks).toFixed(0)} ms)` : ''}; a 10 ms timer fired ${result.ticks} of about ${result.expectedTicks} times`);
} finally {
  await browser.close();
  server.close();
}
