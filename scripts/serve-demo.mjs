// scripts/serve-demo.mjs: `npm start` builds, then this serves the demo page on 127.0.0.1.
// PORT=8080 by default; if taken, any free port. The page loads dist/no-wrong-door.js as a council site would.
import { serve } from './static-server.mjs';

const wanted = Number(process.env.PORT ?? 8080);
let running;
try {
  running = await serve('.', { port: wanted });
} catch {
  running = await serve('.', { port: 0 });
}
console.log(`\nno-wrong-door demo: ${running.url}/demo/\n(Ctrl+C to stop)`);
