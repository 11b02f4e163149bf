import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/find-support/nwd-find-support.js';
import type { NwdFindSupport } from '../src/components/find-support/find-support.js';

type Args = { nation?: string; age?: string; variant: string; showFilters: boolean; feed?: string };

const meta: Meta<Args> = {
  title: 'Elements/nwd-find-support',
  component: 'nwd-find-support',
  tags: ['autodocs'],
  args: { nation: 'scotland', variant: 'full', showFilters: true },
  argTypes: {
    nation: { control: 'select', options: [undefined, 'scotland', 'england', 'wales', 'northern-ireland'] },
    variant: { control: 'select', options: ['full', 'compact'] },
  },
  render: ({ nation, age, variant, showFilters, feed }) => html`
    <nwd-find-support nation=${nation ?? nothing} age=${age ?? nothing} variant=${variant} ?show-filters=${showFilters} feed=${feed ?? nothing}>
      <p>If you are in danger now, call 999. Samaritans: call 116 123, free, any time.</p>
    </nwd-find-support>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const shadow = (canvas: HTMLElement) => canvas.querySelector<NwdFindSupport>('nwd-find-support')!.shadowRoot!;
/** Checks what a sighted user reads, once the element (and any feed) has rendered. */
const shows = (...texts: string[]): Story['play'] => async ({ canvasElement }) => {
  await waitFor(() => {
    const text = shadow(canvasElement).textContent!.replace(/\s+/g, ' ');
    for (const expected of texts) expect(text).toContain(expected);
  }, { timeout: 5000 });
};

export const Scotland: Story = { play: shows('If you are in danger now', 'NHS 24 111', 'Breathing Space') };
export const England: Story = { args: { nation: 'england' }, play: shows('NHS 111', 'Choose the mental health option.') };
export const Wales: Story = { args: { nation: 'wales' }, play: shows('NHS 111 Wales', 'Then press 2.') };
export const NorthernIreland: Story = { args: { nation: 'northern-ireland' }, play: shows('Lifeline') };
export const NationNotChosen: Story = { args: { nation: undefined }, play: shows('Where in the UK are you?', '(Scotland only)') };
export const Compact: Story = { args: { variant: 'compact', showFilters: false }, play: shows('Need to talk? Help is available now.', 'Show more support') };
export const Welsh: Story = { args: { nation: 'wales' }, globals: { locale: 'cy' }, play: shows('Os ydych chi mewn perygl nawr', 'Ffonio') };
export const Gaelic: Story = { globals: { locale: 'gd' }, play: shows('Ma tha thu ann an cunnart an-dràsta') };
export const WithOpenReferralFeed: Story = { args: { nation: 'england', feed: 'feeds/oruk-services.json' }, play: shows('Support near you', 'Example Evening Listening Line', 'From Example Wellbeing Trust') };
export const WithAlissFeed: Story = { args: { feed: 'feeds/aliss-services.json' }, play: shows('Example Peer Support Group', 'Contains contributions from ALISS users') };
export const FeedFailing: Story = { args: { feed: 'feeds/broken.json' }, play: shows('Local services couldn’t be loaded.', 'Samaritans') };
export const Dark: Story = { globals: { scheme: 'dark' } };
