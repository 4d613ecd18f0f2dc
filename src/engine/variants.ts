// Spelling variants folded to one form, so that MIA's mixed British/American
// text, Haymarket's "tsar" and Pathfinder's "czar" all agree. Everything goes
// through one hash-keyed table (word-variant-table.ts): the tokeniser then does
// no per-letter work for spelling at all. The table is generated here from
// stems × suffixes, plus whole-word pairs.

/** Whole words mapped to one spelling (British → American, older → modern). */
const WORD_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['defence', 'defense'], ['defences', 'defenses'], ['defenceless', 'defenseless'],
  ['offence', 'offense'], ['offences', 'offenses'], ['pretence', 'pretense'], ['licence', 'license'],
  ['programme', 'program'], ['programmes', 'programs'], ['grey', 'gray'],
  ['fulfil', 'fulfill'], ['fulfils', 'fulfills'], ['fulfilment', 'fulfillment'],
  ['skilful', 'skillful'], ['wilful', 'willful'], ['instalment', 'installment'], ['enrol', 'enroll'],
  ['travelled', 'traveled'], ['travelling', 'traveling'], ['traveller', 'traveler'], ['travellers', 'travelers'],
  ['labelled', 'labeled'], ['cancelled', 'canceled'], ['marvellous', 'marvelous'], ['quarrelled', 'quarreled'],
  ['signalled', 'signaled'], ['levelled', 'leveled'], ['modelled', 'modeled'], ['counselled', 'counseled'],
  ['sceptical', 'skeptical'], ['sceptic', 'skeptic'], ['scepticism', 'skepticism'],
  ['manoeuvre', 'maneuver'], ['manoeuvres', 'maneuvers'], ['manoeuvred', 'maneuvered'],
  ['centre', 'center'], ['centres', 'centers'], ['centred', 'centered'], ['theatre', 'theater'], ['theatres', 'theaters'],
  ['spectre', 'specter'], ['sombre', 'somber'], ['fibre', 'fiber'], ['fibres', 'fibers'], ['calibre', 'caliber'],
  ['metre', 'meter'], ['metres', 'meters'], ['judgement', 'judgment'], ['acknowledgement', 'acknowledgment'],
  ['ageing', 'aging'], ['plough', 'plow'], ['catalogue', 'catalog'], ['dialogue', 'dialog'], ['connexion', 'connection'],
  ['gaol', 'jail'], ['kopeck', 'kopek'], ['kopecks', 'kopeks'],
];

/** tzar / czar / tsar and their derivatives → tsar… */
const TSAR_PREFIXES: readonly string[] = ['tzar', 'czar'];
const TSAR_SUFFIXES: readonly string[] = ['', 's', 'ism', 'ist', 'ists', 'ina', 'inas', 'evich', 'evna', 'dom', 'itsa', 'isms'];

/** -our stems (colour, labour…) → -or. */
const OUR_STEMS: readonly string[] = [
  'col', 'fav', 'hon', 'lab', 'behavi', 'neighb', 'rum', 'vig', 'harb', 'hum', 'arm', 'val', 'endeav', 'sav', 'od',
  'parl', 'splend', 'ferv', 'clam', 'rig', 'ranc', 'cand', 'ard', 'tum', 'glam', 'disfav', 'dishon', 'rancor',
];
const OUR_SUFFIXES: readonly string[] = ['', 's', 'ed', 'ing', 'er', 'ers', 'able', 'ably', 'ite', 'ites', 'ful', 'less', 'ism', 'ist', 'hood', 'hoods', 'ly', 'al', 'ally', 'ious', 'iously'];

/** -ise stems (organise, realise…): -ize forms → -ise. */
const ISE_STEMS: readonly string[] = [
  'organ', 'real', 'recogn', 'critic', 'legitim', 'mobil', 'demobil', 'character', 'emphas', 'util', 'civil', 'central',
  'decentral', 'national', 'capital', 'social', 'radical', 'moral', 'modern', 'special', 'general', 'final', 'author',
  'summar', 'symbol', 'sympath', 'apolog', 'agon', 'antagon', 'terror', 'jeopard', 'scrutin', 'familiar', 'neutral',
  'polar', 'revolution', 'stabil', 'destabil', 'ideal', 'material', 'rational', 'formal', 'normal', 'legal', 'minim',
  'maxim', 'optim', 'econom', 'theor', 'categor', 'memor', 'standard', 'subsid', 'tranquil', 'victim', 'visual',
  'patron', 'penal', 'personal', 'colon', 'industrial', 'commercial', 'liberal', 'democrat', 'bolshev', 'proletarian',
  'militar', 'demoral', 'disorgan', 'reorgan', 'canon', 'harmon', 'fratern', 'crystall', 'galvan', 'mesmer', 'hypnot',
  'item', 'util', 'equal', 'fertil', 'steril', 'vulgar', 'popular', 'regular', 'secular', 'immortal', 'vital', 'revital',
  'brutal', 'global', 'local', 'vocal', 'total', 'human', 'dehuman', 'urban', 'western', 'european', 'russian', 'american',
  'dramat', 'romantic', 'fetish', 'sanit', 'tyrann', 'satir', 'critic', 'hospital', 'monopol', 'centr', 'fossil', 'paral',
  'anal', 'catal',
];
const ISE_SUFFIXES: readonly string[] = ['e', 'es', 'ed', 'er', 'ers', 'ing', 'ation', 'ations', 'ational'];

function generated(): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [...WORD_PAIRS];
  for (const p of TSAR_PREFIXES) for (const s of TSAR_SUFFIXES) pairs.push([p + s, 'tsar' + s]);
  for (const stem of OUR_STEMS) for (const s of OUR_SUFFIXES) pairs.push([stem + 'our' + s, stem + 'or' + s]);
  for (const stem of ISE_STEMS) {
    const vowel = stem === 'anal' || stem === 'paral' || stem === 'catal' ? 'y' : 'i';
    for (const s of ISE_SUFFIXES) pairs.push([stem + vowel + 'z' + s, stem + vowel + 's' + s]);
  }
  return pairs;
}

/** Every (variant, canonical) pair, lowercase. */
export const WORD_VARIANTS: ReadonlyArray<readonly [string, string]> = generated();
