// Spelling variants folded to one form before hashing, so that MIA's mixed
// British/American text, Haymarket's "tsar" and Pathfinder's "czar" all agree.
// Suffix rules run on the folded letters; whole-word pairs go through a table.

const c = (s: string) => s.charCodeAt(0);
const [A, C, I, O, R, S, T, U, Y, Z] = 'aciorstuyz'.split('').map(c);

/** Whole words mapped to one spelling (British → American, older → modern). */
export const WORD_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['defence', 'defense'], ['defences', 'defenses'], ['defenceless', 'defenseless'],
  ['offence', 'offense'], ['offences', 'offenses'], ['pretence', 'pretense'], ['licence', 'license'],
  ['programme', 'program'], ['programmes', 'programs'], ['grey', 'gray'],
  ['fulfil', 'fulfill'], ['fulfils', 'fulfills'], ['fulfilment', 'fulfillment'],
  ['skilful', 'skillful'], ['wilful', 'willful'], ['instalment', 'installment'], ['enrol', 'enroll'],
  ['travelled', 'traveled'], ['travelling', 'traveling'], ['labelled', 'labeled'],
  ['cancelled', 'canceled'], ['marvellous', 'marvelous'], ['quarrelled', 'quarreled'],
  ['signalled', 'signaled'], ['levelled', 'leveled'], ['modelled', 'modeled'], ['counselled', 'counseled'],
  ['sceptical', 'skeptical'], ['sceptic', 'skeptic'], ['scepticism', 'skepticism'],
  ['manoeuvre', 'maneuver'], ['manoeuvres', 'maneuvers'], ['manoeuvred', 'maneuvered'],
  ['centre', 'center'], ['centres', 'centers'], ['centred', 'centered'], ['theatre', 'theater'], ['theatres', 'theaters'],
  ['traveller', 'traveler'], ['travellers', 'travelers'], ['metres', 'meters'], ['fibres', 'fibers'], ['spectre', 'specter'],
  ['sombre', 'somber'], ['fibre', 'fiber'], ['calibre', 'caliber'], ['metre', 'meter'],
  ['judgement', 'judgment'], ['acknowledgement', 'acknowledgment'], ['ageing', 'aging'],
  ['plough', 'plow'], ['catalogue', 'catalog'], ['dialogue', 'dialog'], ['connexion', 'connection'],
  ['gaol', 'jail'], ['kopeck', 'kopek'], ['kopecks', 'kopeks'],
];

const SUFFIX_AFTER_OUR = ['', 's', 'ed', 'ing', 'er', 'ers', 'able', 'ably', 'ite', 'ites', 'ful', 'less', 'ism', 'ist', 'hood', 'hoods', 'ly', 'al', 'ally'];
const SUFFIX_AFTER_IZ = ['e', 'es', 'ed', 'er', 'ers', 'ing', 'ation', 'ations', 'ational'];

function endsWith(buf: Uint16Array, len: number, at: number, suffix: string): boolean {
  if (len - at !== suffix.length) return false;
  for (let k = 0; k < suffix.length; k++) if (buf[at + k] !== suffix.charCodeAt(k)) return false;
  return true;
}

function anySuffix(buf: Uint16Array, len: number, at: number, list: readonly string[]): boolean {
  for (const s of list) if (endsWith(buf, len, at, s)) return true;
  return false;
}

/** tzar, czar, tsar and their derivatives → tsar… */
function foldTsar(buf: Uint16Array, len: number): void {
  if (len < 4 || buf[2] !== A || buf[3] !== R) return;
  if ((buf[0] === T || buf[0] === C) && (buf[1] === Z || buf[1] === S)) {
    buf[0] = T;
    buf[1] = S;
  }
}

/** colour, labourers, honoured → color, laborers, honored (needs two letters before "our"). */
function foldOur(buf: Uint16Array, len: number): number {
  for (let at = 2; at + 3 <= len; at++) {
    if (buf[at] === O && buf[at + 1] === U && buf[at + 2] === R && anySuffix(buf, len, at + 3, SUFFIX_AFTER_OUR)) {
      buf.copyWithin(at + 1, at + 2, len);
      return len - 1;
    }
  }
  return len;
}

/** organize, realized, analyze → organise, realised, analyse. */
function foldIz(buf: Uint16Array, len: number): void {
  for (let at = 2; at + 2 < len; at++) {
    if ((buf[at] === I || buf[at] === Y) && buf[at + 1] === Z && anySuffix(buf, len, at + 2, SUFFIX_AFTER_IZ)) {
      buf[at + 1] = S;
      return;
    }
  }
}

/** Apply the suffix rules in place; returns the new length. */
export function foldSpelling(buf: Uint16Array, len: number): number {
  if (len >= 4) foldTsar(buf, len);
  if (len >= 5) {
    len = foldOur(buf, len);
    foldIz(buf, len);
  }
  return len;
}
