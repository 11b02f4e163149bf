// Content to remove rather than words to swap: no suggestion ever repeats the detail.
import type { Rule } from '../types.js';
import { SOURCES } from './shared.js';

const DRUGS = '(?:paracetamol|acetaminophen|ibuprofen|aspirin|codeine|co-codamol|cocodamol|tramadol|morphine|amitriptyline|sertraline|fluoxetine|citalopram|diazepam|insulin|painkillers?|sleeping\\s+(?:tablets|pills)|anti-?depressants?|tablets|pills|capsules)';
const AMOUNT = '(?:\\d{1,4}|a\\s+(?:whole\\s+)?(?:box|boxes|packet|packets|pack|packs|bottle|bottles|handful|strip|strips)\\s+of|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|hundred|dozens?)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?)';
const STRUCTURE = '(?:bridge|viaduct|cliffs?|tower|tower\\s+block|building|multi-?storey|car\\s+park|roof|flyover|overpass|quarry)';

export const methodLocation: Rule[] = [
  {
    id: 'suicide-location',
    hints: ['spot', 'bridge', 'cliff', 'site', 'location'],
    category: 'method-location',
    severity: 'high',
    patterns: ['suicide\\s+(?:hot\\s?spots?|hot-spots?|spots?|bridges?|cliffs?|sites?|locations?)'],
    why: 'location',
    suggestions: [],
    sources: [SOURCES.ipso, SOURCES.samaritansRail],
    examples: {
      flagged: ['The article described the cliff as a suicide hotspot.', 'Locals call it the suicide bridge.', 'a known suicide hot spot'],
      clean: ['The council is funding suicide prevention work across the district.'],
    },
  },
  {
    id: 'method-quantity',
    hints: ['paracetamol', 'acetaminophen', 'ibuprofen', 'aspirin', 'codeine', 'codamol', 'tramadol', 'morphine', 'amitriptyline', 'sertraline', 'fluoxetine', 'citalopram', 'diazepam', 'insulin', 'painkiller', 'tablets', 'pills', 'depressant', 'capsules'],
    category: 'method-location',
    severity: 'high',
    patterns: [`${AMOUNT}\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,2}${DRUGS}`],
    onlyNear: 'took|taken|swallow|overdos|consumed|stockpil|sav(?:ed|ing) up|collected',
    // Ordinary use of medicine is not method detail.
    unlessNear: 'headache|prescribed|twice a day|times a day|daily|each (?:morning|night|day)|with water|vitamin|dose|as directed',
    why: 'method',
    suggestions: [],
    sources: [SOURCES.who, SOURCES.mind, SOURCES.ipso],
    examples: {
      flagged: ['She took 48 paracetamol that night.', 'He had been stockpiling a box of sleeping tablets.', 'She swallowed thirty-two tablets.'],
      clean: ['She took an overdose and was treated in hospital.', 'The pharmacy sold 48 boxes of plasters.', 'Take two tablets with water, the leaflet says.', 'He took two paracetamol for a headache.'],
    },
  },
  {
    id: 'method-ligature',
    hints: ['ligature'],
    category: 'method-location',
    severity: 'medium',
    patterns: ['ligature\\s+(?:points?|anchors?|anchor\\s+points?)'],
    why: 'method',
    suggestions: [],
    sources: [SOURCES.who, SOURCES.mind],
    examples: { flagged: ['The blog listed the ligature points in the room.'], clean: ['The ward was refurbished to make it safer.'] },
  },
  {
    id: 'method-jump',
    hints: ['jump', 'threw'],
    category: 'method-location',
    severity: 'high',
    patterns: [`(?:jumped|jumping|jumps|jump|threw\\s+(?:himself|herself|themselves|themself))\\s+(?:off|from)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}'-]+\\s+){0,3}${STRUCTURE}`],
    why: 'method',
    suggestions: ['died by suicide'],
    sources: [SOURCES.who, SOURCES.samaritansRail],
    examples: {
      flagged: ['He jumped from the Forth Road bridge.', 'She threw herself off a multi-storey car park.'],
      clean: ['The children jumped off the bench and ran to the bridge.', 'He died by suicide in 2020.'],
    },
  },
  {
    id: 'method-hanging',
    hints: ['hanged', 'slit', 'lay', 'lying', 'lie', 'laid'],
    category: 'method-location',
    severity: 'high',
    patterns: ['hanged\\s+(?:himself|herself|themselves|themself)', 'slit\\s+(?:his|her|their|my)\\s+wrists?', '(?:lay|lying|lie|laid)\\s+(?:down\\s+)?on\\s+the\\s+(?:railway\\s+)?(?:tracks|line)'],
    why: 'method',
    suggestions: ['died by suicide'],
    sources: [SOURCES.who, SOURCES.mind, SOURCES.samaritansRail],
    examples: {
      flagged: ['The paper said he hanged himself in his cell.', 'He was found lying on the railway tracks.'],
      clean: ['Please hang your coat on the hook.', 'Lying on the sofa, she read a book.'],
    },
  },
  {
    id: 'suicide-note',
    hints: ['note'],
    category: 'method-location',
    severity: 'low',
    patterns: ['suicide\\s+notes?'],
    why: 'note',
    suggestions: [],
    sources: [SOURCES.timeToChange],
    examples: { flagged: ['The article quoted her suicide note in full.'], clean: ['The article quoted her mother in full.'] },
  },
];
