import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import type { NwdQuickExit } from '../src/components/quick-exit/quick-exit.js';
import '../src/components/quick-exit/nwd-quick-exit.js';

type Args = { href?: string; shortcut: string; mode: string; position: string; label?: string };

const meta: Meta<Args> = {
  title: 'Elements/nwd-quick-exit',
  component: 'nwd-quick-exit',
  tags: ['autodocs'],
  args: { shortcut: 'shift3', mode: 'replace', position: 'top' },
  argTypes: {
    shortcut: { control: 'select', options: ['shift3', 'esc2', 'none'] },
    mode: { control: 'select', options: ['replace', 'assign'] },
    position: { control: 'select', options: ['top', 'bottom'] },
  },
  render: ({ href, shortcut, mode, position, label }) => html`
    <nwd-quick-exit href=${href ?? nothing} shortcut=${shortcut} mode=${mode} position=${position} label=${label ?? nothing}>
      <a href=${href ?? 'https://www.bbc.co.uk/weather'}>Exit this page</a>
    </nwd-quick-exit>
    <p>Press Shift three times, or use the button, to leave. (In Storybook the exit is cancelled.)</p>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** A play function that checks the control's text as a sighted user reads it. */
const showsLabel = (label: string): Story['play'] => async ({ canvasElement }) => {
  const element = canvasElement.querySelector<NwdQuickExit>('nwd-quick-exit')!;
  await element.updateComplete;
  const control = element.shadowRoot!.querySelector('[part="button"]')!;
  await expect(control.textContent!.replace(/\s+/g, ' ').trim()).toContain(label);
};

export const Default: Story = { play: showsLabel('Exit this page') };

export const CustomDestination: Story = { args: { href: 'https://www.google.com/webhp' } };

export const ShortcutOff: Story = { args: { shortcut: 'none' } };

export const Welsh: Story = { globals: { locale: 'cy' }, play: showsLabel('Gadael y dudalen hon') };

export const Gaelic: Story = { globals: { locale: 'gd' }, play: showsLabel('Fàg an duilleag seo') };

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<NwdQuickExit>('nwd-quick-exit')!;
    await expect(getComputedStyle(element).colorScheme).toBe('dark');
  },
};

export const StickyBottom: Story = { args: { position: 'bottom' } };
