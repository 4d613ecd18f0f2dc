// Repairs for the noisy copies in ../shared/reference/hrr, applied before
// hashing so a fingerprint is the History's wording, not a scraper's damage
// (variants.md §5–7). Each rule names the damage it undoes.

const REPAIRS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/(?<=^|\s)\.(?=[a-z])/g, 'fi', 'lost "fi" ligature: ".rst" → "first", ".nd" → "find"'],
  [/(?<=[a-z])[.+]{1,2}(?=[a-z])/g, '', 'anti-scraping dots inside words: "ma.s.ses" → "masses"'],
  [/\bhap-pened\b/g, 'happened', 'PDF line-break hyphen left in the line'],
  [/\bal-most\b/g, 'almost', 'PDF line-break hyphen left in the line'],
  [/\bposi-tion\b/g, 'position', 'PDF line-break hyphen left in the line'],
  [/\bpopu-lation\b/g, 'population', 'PDF line-break hyphen left in the line'],
  [/\bcommis-sar/g, 'commissar', 'PDF line-break hyphen left in the line'],
  [/\brgime\b/g, 'régime', 'accented letter dropped'],
  [/\bClmenceau/g, 'Clemenceau', 'accented letter dropped'],
];

export function cleanReferenceText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPAIRS) out = out.replace(pattern, replacement);
  return out;
}
