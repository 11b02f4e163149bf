// Which services to show, and in what order. Pure: services and criteria in, grouped lists out.
// The crisis groups (danger, urgent) ignore every filter but nation, so no choice a person makes,
// and no feed or clock failure, can hide them.
import { TIERS, type ChannelType, type Nation, type Service } from './model.js';
import { openStatus, type OpenStatus } from './open-now.js';

/** The ways of getting in touch a person can filter by. */
export type ContactWay = 'phone' | 'text' | 'chat' | 'email';
export const CONTACT_WAYS: readonly ContactWay[] = ['phone', 'text', 'chat', 'email'];
const CHANNELS_FOR: Record<ContactWay, ChannelType[]> = {
  phone: ['phone', 'textphone'],
  text: ['text'],
  chat: ['webchat'],
  email: ['email'],
};

export interface Criteria {
  /** Absent: not chosen yet, so urgent lines for every nation are shown. */
  nation?: Nation;
  age?: number;
  /** Keep services reachable in at least one of these ways. Empty or absent: any way. */
  ways?: ContactWay[];
  /** Keep services about this topic; services with no topics (general lines) always match. */
  topic?: string;
  /** Hide services that are closed now. Hours not known are kept (never treated as closed). */
  openNow?: boolean;
  /** The instant to judge opening hours at. */
  now: number;
}

export interface Listed {
  service: Service;
  status: OpenStatus;
}

export interface Selection {
  /** 999 and A&E: always, for everyone. */
  danger: Listed[];
  /** Urgent lines for the nation (or every nation when none is chosen) and UK-wide crisis lines. */
  urgent: Listed[];
  /** National helplines matching the filters: open now first, then by tier. */
  helplines: Listed[];
  /** Local services matching the filters: open now first, in feed order otherwise. */
  local: Listed[];
}

const forNation = (service: Service, nation?: Nation) => !nation || !service.audience.nations || service.audience.nations.includes(nation);

function matches(service: Service, criteria: Criteria, status: OpenStatus): boolean {
  const { age, ways, topic, openNow } = criteria;
  if (!forNation(service, criteria.nation)) return false;
  if (age !== undefined && Number.isFinite(age)) {
    if (service.audience.minAge !== undefined && age < service.audience.minAge) return false;
    if (service.audience.maxAge !== undefined && age > service.audience.maxAge) return false;
  }
  if (ways?.length && !ways.some((way) => service.channels.some((channel) => CHANNELS_FOR[way].includes(channel.type)))) return false;
  if (topic && service.topics && !service.topics.includes(topic)) return false;
  if (openNow && status.state === 'closed') return false;
  return true;
}

// Open (or always open) first, then not known, then closed.
const OPENNESS: Record<OpenStatus['state'], number> = { always: 0, open: 0, unknown: 1, closed: 2 };
const byOpenness = (a: Listed, b: Listed) => OPENNESS[a.status.state] - OPENNESS[b.status.state];

/** Groups and orders `national` and `local` services for these criteria. Stable within equal keys. */
export function selectServices(national: readonly Service[], local: readonly Service[], criteria: Criteria): Selection {
  const list = (service: Service): Listed => ({ service, status: safeStatus(service, criteria.now) });
  const nationalListed = national.map(list);
  return {
    danger: nationalListed.filter(({ service }) => service.tier === 'emergency'),
    urgent: nationalListed.filter(({ service }) => service.tier === 'urgent' && forNation(service, criteria.nation)),
    helplines: nationalListed
      .filter(({ service, status }) => service.tier !== 'emergency' && service.tier !== 'urgent' && matches(service, criteria, status))
      .sort((a, b) => byOpenness(a, b) || TIERS.indexOf(a.service.tier) - TIERS.indexOf(b.service.tier)),
    local: local
      .map(list)
      .filter(({ service, status }) => matches(service, criteria, status))
      .sort(byOpenness),
  };
}

// A filter change re-selects at the same instant: reuse each service's status rather than recompute it.
const statusCache = new WeakMap<Service, { now: number; status: OpenStatus }>();

/** A clock or data error must never hide a service: it makes the status "unknown". */
function safeStatus(service: Service, now: number): OpenStatus {
  const cached = statusCache.get(service);
  if (cached && Object.is(cached.now, now)) return cached.status;
  let status: OpenStatus;
  try {
    status = openStatus(service.hours, now);
  } catch {
    status = { state: 'unknown' };
  }
  statusCache.set(service, { now, status });
  return status;
}
