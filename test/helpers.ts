// Helpers for component tests: the accessibility tree as a screen reader gets it, and media emulation.
import { a11ySnapshot, executeServerCommand, findAccessibilityNode, sendMouse } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** The first accessibility-tree node under `selector` that matches role (and name, if given). */
export async function findAx(selector: string, role: string, name?: string): Promise<AxNode | null> {
  const snapshot = (await a11ySnapshot({ selector })) as unknown as AxNode & { children: AxNode[] };
  return findAccessibilityNode<AxNode>(snapshot, (node) => node.role === role && (name === undefined || node.name === name));
}

export interface MediaState {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: boolean;
  forcedColors?: boolean;
  print?: boolean;
  /** With a dark device, whether the host has opted in to dark (`--nwd-color-scheme: light dark`); default yes. */
  hostDark?: boolean;
}

/**
 * Emulates exactly these media features (everything else back to default), forced colours included,
 * and checks with matchMedia that the page sees them, so no test passes on an emulation that failed.
 */
export async function emulate(state: MediaState = {}): Promise<void> {
  const features = [
    { name: 'prefers-color-scheme', value: state.colorScheme ?? 'light' },
    { name: 'prefers-reduced-motion', value: state.reducedMotion ? 'reduce' : 'no-preference' },
    { name: 'forced-colors', value: state.forcedColors ? 'active' : 'none' },
  ];
  await executeServerCommand('nwd-emulate-media', { media: state.print ? 'print' : '', features });
  const wanted = [...features.map(({ name, value }) => `(${name}: ${value})`), state.print ? 'print' : 'screen'];
  const missing = wanted.filter((query) => !matchMedia(query).matches);
  if (missing.length) throw new Error(`media emulation did not apply: ${missing.join(', ')}`);
  // The elements are light unless the host opts in: dark-scheme tests test the opted-in page.
  if (state.colorScheme === 'dark' && state.hostDark !== false) document.documentElement.style.setProperty('--nwd-color-scheme', 'light dark');
  else document.documentElement.style.removeProperty('--nwd-color-scheme');
}

/** A real left click in the middle of `element`, as a mouse user makes it. */
export async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Emulates the device's time zone (undefined: the machine's own) and checks the page sees it. */
export async function deviceTimeZone(zone?: string): Promise<void> {
  await executeServerCommand('nwd-emulate-timezone', zone ?? '');
  const seen = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && seen !== zone) throw new Error(`time zone emulation did not apply: ${seen}`);
}
