import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/language-check/nwd-language-check.js';
import type { NwdLanguageCheck } from '../src/components/language-check/language-check.js';
import type { Rule } from '../src/engines/language-check/types.js';

type Args = { audience: string; requireReview: boolean; minSeverity: string; value: string };

const CASE_NOTES = 'Her tutor described the behaviour as attention seeking. An older cousin committed suicide last spring, and there was a failed attempt in January after an overdose.';

const meta: Meta<Args> = {
  title: 'Elements/nwd-language-check',
  component: 'nwd-language-check',
  tags: ['autodocs'],
  args: { audience: 'staff', requireReview: false, minSeverity: 'low', value: CASE_NOTES },
  argTypes: {
    audience: { control: 'select', options: ['staff', 'public'] },
    minSeverity: { control: 'select', options: ['low', 'medium', 'high'] },
  },
  render: ({ audience, requireReview, minSeverity, value }) => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <nwd-language-check audience=${audience} ?require-review=${requireReview} min-severity=${minSeverity}>
        <label for="notes" style="display:block;font-weight:700">${audience === 'public' ? 'Your message' : 'Case notes'}</label>
        <textarea id="notes" name="notes" rows="6" style="box-sizing:border-box;inline-size:100%;font:inherit;padding:.5rem">${value}</textarea>
      </nwd-language-check>
      <button type="submit">${audience === 'public' ? 'Send' : 'Save notes'}</button>
    </form>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const shadowText = (canvas: HTMLElement) => canvas.querySelector<NwdLanguageCheck>('nwd-language-check')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const shows = (...texts: string[]): Story['play'] => async ({ canvasElement }) => {
  await waitFor(() => {
    for (const text of texts) expect(shadowText(canvasElement)).toContain(text);
  });
};

export const CaseNotesForm: Story = { args: { requireReview: true }, play: shows('Suggestions about wording', 'Replace with “died by suicide”') };

export const CouncilContentEditor: Story = {
  render: () => html`
    <nwd-language-check>
      <p id="editor-label" style="font-weight:700">Page content</p>
      <div contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="editor-label" style="border:2px solid currentColor;padding:.5rem;min-block-size:6rem">
        <p>The report warns of a suicide epidemic among young men, and names the bridge as a suicide hotspot.</p>
      </div>
    </nwd-language-check>
  `,
  play: shows('suicide epidemic', 'suicide hotspot', 'Consider leaving this detail out.'),
};

export const PublicContactForm: Story = {
  args: { audience: 'public', value: 'My bin was missed again. Honestly some days I want to die.' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Call Samaritans on 116 123, any time'));
    expect(shadowText(canvasElement)).toContain('If you are finding things hard');
    expect(shadowText(canvasElement)).not.toContain('wording');
  },
};

export const Welsh: Story = { globals: { locale: 'cy' }, play: shows('Awgrymiadau am eiriau') };

export const Dark: Story = { globals: { scheme: 'dark' } };

const HOST_RULE: Rule = {
  id: 'host-service-user',
  category: 'labelling',
  severity: 'low',
  patterns: ['service\\s+users?'],
  why: 'label',
  suggestions: ['person who uses our services|people who use our services'],
  sources: [{ name: 'Anytown Council style guide', url: 'https://anytown.example/style' }],
  examples: { flagged: ['Service users were consulted.'], clean: ['People who use our services were consulted.'] },
};

export const WithHostRules: Story = {
  args: { value: 'Service users told us the waiting room felt cold.' },
  render: ({ value }) => html`
    <nwd-language-check .rules=${[HOST_RULE]}>
      <label for="draft" style="display:block;font-weight:700">Draft</label>
      <textarea id="draft" rows="4" style="box-sizing:border-box;inline-size:100%;font:inherit;padding:.5rem">${value}</textarea>
    </nwd-language-check>
  `,
  play: shows('Replace with “People who use our services”'),
};
