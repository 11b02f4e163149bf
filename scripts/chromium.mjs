// scripts/chromium.mjs: find (or, on Debian as root, install) a Chromium, and launch it with playwright-core.
// No test tool here downloads a browser of its own: these machines reach only npm and Debian's apt.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // no calls out to Google's hosts
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH, else an installed Chrome/Chromium, else undefined. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Finds a browser; on a Debian-family machine as root installs Debian's chromium; else exits with one line. */
export function ensureChromium() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chrome or Chromium binary, or unset it.`);
    process.exit(1);
  }
  const found = findChromium();
  if (found) return found;
  const debian = existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium package (apt-get, about a minute)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit', shell: '/bin/bash' });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('No Chrome or Chromium found: install one, or set CHROME_PATH=/path/to/chrome, then run npm test again.');
  process.exit(1);
}

export async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
}
