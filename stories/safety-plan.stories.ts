import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/safety-plan/nwd-safety-plan.js';
import type { NwdSafetyPlan } from '../src/components/safety-plan/safety-plan.js';
import { emptyPlan, plainEnvelope } from '../src/engines/safety-plan/index.js';
import { MemoryStorage } from './fixtures/memory-storage.js';

type Args = { discreet: boolean; reasonsFirst: boolean };

function samplePlan() {
  const plan = emptyPlan(new Date('2026-11-27T10:00:00Z'));
  plan.steps.warningSigns.push('Not sleeping well', 'Pulling away from friends');
  plan.steps.copingAlone.push('Go for a walk');
  plan.steps.askForHelp.push({ name: 'Aunt Jo', phone: '07700 900123' });
  plan.steps.reasonsToLive.push('My dog');
  return plan;
}
const ENCRYPTED = JSON.stringify({ fmt: 'nwd-sp', v: 1, enc: true, kdf: 'PBKDF2-SHA256', iter: 600000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });

const meta: Meta<Args> = {
  title: 'Elements/nwd-safety-plan',
  component: 'nwd-safety-plan',
  tags: ['autodocs'],
  args: { discreet: false, reasonsFirst: false },
  render: ({ discreet, reasonsFirst }) => html`<nwd-safety-plan ?discreet=${discreet} ?reasons-first=${reasonsFirst} .storage=${new MemoryStorage()}></nwd-safety-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector<NwdSafetyPlan>('nwd-safety-plan')!;
const text = (canvas: HTMLElement) => el(canvas).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const shows = (...texts: string[]): Story['play'] => async ({ canvasElement }) => {
  await waitFor(() => { for (const t of texts) expect(text(canvasElement)).toContain(t); });
};
const click = async (canvas: HTMLElement, label: string) => {
  const button = [...el(canvas).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
  button.click();
  await el(canvas).updateComplete;
};

export const CardNew: Story = { play: shows('A plan for difficult moments', 'Make a plan', 'Your plan stays on this device.') };
export const CardExisting: Story = {
  render: () => html`<nwd-safety-plan .storage=${new MemoryStorage({ 'nwd-safety-plan': plainEnvelope(samplePlan()) })}></nwd-safety-plan>`,
  play: shows('Open your plan'),
};
export const CardLocked: Story = {
  render: () => html`<nwd-safety-plan .storage=${new MemoryStorage({ 'nwd-safety-plan': ENCRYPTED })}></nwd-safety-plan>`,
  play: shows('Unlock your plan', 'Passphrase'),
};
export const CardDiscreet: Story = { args: { discreet: true }, play: shows('Make or open a plan') };
export const BuilderFirstStep: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Make a plan');
    await click(canvasElement, 'Show ideas');
    await waitFor(() => {
      for (const t of ['Step 1 of 7', 'Warning signs', 'Add “Not sleeping well”']) expect(text(canvasElement)).toContain(t);
    });
  },
};
/** Step n of the builder (1-based), reached the way a person would: Make a plan, then Next. */
const stepStory = (n: number, title: string): Story => ({
  args: { reasonsFirst: false },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Make a plan');
    for (let i = 1; i < n; i++) await click(canvasElement, 'Next');
    await click(canvasElement, 'Show ideas');
    await waitFor(() => expect(text(canvasElement)).toContain(`Step ${n} of 7`));
    expect(text(canvasElement)).toContain(title);
  },
});
export const BuilderStep2CopingAlone = stepStory(2, 'Things I can do on my own');
export const BuilderStep3Distraction = stepStory(3, 'People and places that take my mind off things');
export const BuilderStep4AskForHelp = stepStory(4, 'People I can ask for help');
export const BuilderStep5Professionals = stepStory(5, 'Professionals and services I can contact');
export const BuilderStep6SaferSpace = stepStory(6, 'Making where I am safer');
export const BuilderStep7WhatMatters = stepStory(7, 'What matters to me');
export const BuilderHarmReduction: Story = {
  render: () => html`<nwd-safety-plan harm-reduction .storage=${new MemoryStorage()}></nwd-safety-plan>`,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Make a plan');
    for (let i = 1; i < 7; i++) await click(canvasElement, 'Next');
    await waitFor(() => expect(text(canvasElement)).toContain('If I have the urge to hurt myself'));
  },
};
export const PrintPreview: Story = {
  parameters: { docs: { description: { story: 'Print CSS: only the plan and the crisis lines. Use the browser’s print preview on this story.' } } },
  render: () => html`<nwd-safety-plan .storage=${new MemoryStorage({ 'nwd-safety-plan': plainEnvelope(samplePlan()) })}></nwd-safety-plan>`,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Open your plan');
    await waitFor(() => expect(text(canvasElement)).toContain('Print my plan'));
  },
};

export const BuilderReasonsFirst: Story = {
  args: { reasonsFirst: true },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Make a plan');
    await waitFor(() => expect(text(canvasElement)).toContain('What matters to me'));
  },
};
export const View: Story = {
  render: () => html`<nwd-safety-plan .storage=${new MemoryStorage({ 'nwd-safety-plan': plainEnvelope(samplePlan()) })}></nwd-safety-plan>`,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Open your plan');
    await waitFor(() => expect(text(canvasElement)).toContain('My warning signs'));
    expect(text(canvasElement)).toContain('Aunt Jo');
  },
};
export const StorageFull: Story = {
  render: () => html`<nwd-safety-plan .storage=${new MemoryStorage({}, true)}></nwd-safety-plan>`,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Make a plan');
    await click(canvasElement, 'Show ideas');
    await click(canvasElement, 'Add “Not sleeping well”');
    await click(canvasElement, 'Next');
    await waitFor(() => expect(el(canvasElement).shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('couldn’t save'));
  },
};
export const CorruptData: Story = {
  render: () => html`<nwd-safety-plan .storage=${new MemoryStorage({ 'nwd-safety-plan': '{"fmt":"nwd-sp","v":1,"enc":false,"data":{}}' })}></nwd-safety-plan>`,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Make a plan');
    await waitFor(() => expect(text(canvasElement)).toContain('couldn’t read it'));
  },
};
export const Welsh: Story = { globals: { locale: 'cy' }, play: shows('Cynllun ar gyfer adegau anodd') };
export const Dark: Story = { globals: { scheme: 'dark' } };
