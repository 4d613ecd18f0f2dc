// American → British spellings (and czar → tsar) that a British edition or a
// British quoter would print. Only real spellings are produced; the engine's
// variant table is NOT consulted, so gaps in it show up as lost words.

const OUR_STEMS = [
  'colo',
  'hono',
  'labo',
  'favo',
  'behavio',
  'neighbo',
  'harbo',
  'rumo',
  'vigo',
  'humo',
  'flavo',
  'endeavo',
  'armo',
  'parlo',
  'odo',
  'savo',
  'splendo',
  'fervo',
  'vapo',
  'clamo',
];
const OUR_SUFFIXES = [
  'r',
  'rs',
  'red',
  'ring',
  'rable',
  'rably',
  'rite',
  'rites',
  'rful',
  'rless',
  'rer',
  'rers',
  'rhood',
  'rhoods',
  'ral',
  'rist',
  'rists',
];
/** -ize words that are spelled -ize in British English too. */
const IZE_KEEP = new Set([
  'size',
  'sized',
  'sizes',
  'seize',
  'seized',
  'seizes',
  'seizing',
  'prize',
  'prized',
  'prizes',
  'capsize',
  'capsized',
  'maize',
]);

const PAIRS: Record<string, string> = {
  center: 'centre',
  centers: 'centres',
  centered: 'centred',
  theater: 'theatre',
  theaters: 'theatres',
  fiber: 'fibre',
  fibers: 'fibres',
  somber: 'sombre',
  caliber: 'calibre',
  specter: 'spectre',
  luster: 'lustre',
  maneuver: 'manoeuvre',
  maneuvers: 'manoeuvres',
  maneuvered: 'manoeuvred',
  defense: 'defence',
  defenses: 'defences',
  offense: 'offence',
  offenses: 'offences',
  pretense: 'pretence',
  program: 'programme',
  programs: 'programmes',
  gray: 'grey',
  skeptical: 'sceptical',
  skeptic: 'sceptic',
  skeptics: 'sceptics',
  skepticism: 'scepticism',
  judgment: 'judgement',
  judgments: 'judgements',
  acknowledgment: 'acknowledgement',
  aging: 'ageing',
  catalog: 'catalogue',
  dialog: 'dialogue',
  plow: 'plough',
  fulfill: 'fulfil',
  fulfillment: 'fulfilment',
  skillful: 'skilful',
  willful: 'wilful',
  installment: 'instalment',
  enroll: 'enrol',
  traveled: 'travelled',
  traveling: 'travelling',
  traveler: 'traveller',
  travelers: 'travellers',
  canceled: 'cancelled',
  labeled: 'labelled',
  modeled: 'modelled',
  leveled: 'levelled',
  signaled: 'signalled',
  quarreled: 'quarrelled',
  counseled: 'counselled',
  marvelous: 'marvellous',
  fueled: 'fuelled',
  totaled: 'totalled',
  channeled: 'channelled',
  equaled: 'equalled',
  rivaled: 'rivalled',
  jeweler: 'jeweller',
  jewelry: 'jewellery',
  worshiped: 'worshipped',
  mold: 'mould',
  molded: 'moulded',
  pajamas: 'pyjamas',
  aluminum: 'aluminium',
  mustache: 'moustache',
  anemia: 'anaemia',
  esthetic: 'aesthetic',
  ax: 'axe',
  czar: 'tsar',
  czars: 'tsars',
  czarist: 'tsarist',
  czarism: 'tsarism',
  czarina: 'tsarina',
};

for (const stem of OUR_STEMS) {
  for (const suffix of OUR_SUFFIXES) PAIRS[stem + suffix] ??= `${stem}u${suffix}`;
}

function britishOf(lower: string): string | null {
  if (PAIRS[lower]) return PAIRS[lower];
  const m = /^([a-z]{3,})([iy])z(e|es|ed|er|ers|ing|ation|ations|ational)$/.exec(lower);
  if (m && !IZE_KEEP.has(lower) && !/siz(e|es|ed|ing)$/.test(lower))
    return `${m[1]}${m[2]}s${m[3]}`;
  return null;
}

/** Keep the first letter's (or the whole word's) case. */
function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && original.length > 1) return replacement.toUpperCase();
  if (original[0] !== original[0].toLowerCase())
    return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

export interface SpellingChange {
  from: string;
  to: string;
}

/** British spellings applied wherever a rule fits; the changes are returned for the report. */
export function britishSpelling(s: string, changes: SpellingChange[]): string {
  return s.replace(/\p{L}+/gu, (word) => {
    const british = britishOf(word.toLowerCase());
    if (!british) return word;
    const to = matchCase(word, british);
    changes.push({ from: word, to });
    return to;
  });
}
