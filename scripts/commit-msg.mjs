// The commit subject rule (CONTRIBUTING.md): `area: imperative summary`, at
// most 72 characters, the area one of the rooms below, the details in the
// body after a blank line. Run by .githooks/commit-msg (installed by `npm ci`
// through scripts/install-hooks.mjs) as `node scripts/commit-msg.mjs FILE`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const AREAS = [
  'engine',
  'dom',
  'content',
  'background',
  'platform',
  'shared',
  'ui',
  'pages',
  'data',
  'cli',
  'bench',
  'build',
  'tests',
  'docs',
  'ci',
];
export const MAX_SUBJECT = 72;

/** Git's own subjects, left as git writes them. */
const GIT_MADE = /^(Merge|Revert|fixup!|squash!|amend!) /;

/** Problems with a commit message (its text as git hands it to the hook); empty when it follows the rule. */
export function checkMessage(text) {
  const lines = text.split('\n').filter((l) => !l.startsWith('#'));
  const subject = lines[0] ?? '';
  if (GIT_MADE.test(subject)) return [];
  const problems = [];
  if (subject.length > MAX_SUBJECT)
    problems.push(`the subject is ${subject.length} characters; at most ${MAX_SUBJECT}`);
  const m = /^([a-z]+): (\S.*)$/.exec(subject);
  if (!m) problems.push('the subject reads `area: imperative summary`');
  else {
    const [, area, summary] = m;
    if (!AREAS.includes(area)) problems.push(`"${area}" is not an area: ${AREAS.join(', ')}`);
    const first = summary.split(' ')[0];
    if (/^[A-Z][a-z]/.test(first))
      problems.push('the summary starts in lower case ("add", not "Add")');
    if (
      /^[a-z]+(ed|ing)$/.test(first) &&
      !['embed', 'shed', 'need', 'feed', 'bring', 'string'].includes(first)
    ) {
      problems.push(`the summary is imperative ("add", not "${first}")`);
    }
    if (/\.$/.test(summary)) problems.push('no full stop at the end of the subject');
  }
  if (lines.length > 1 && lines[1].trim() !== '')
    problems.push('a blank line between the subject and the body');
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkMessage(readFileSync(process.argv[2], 'utf8'));
  if (problems.length > 0) {
    process.stderr.write(`commit-msg: ${problems.join('; ')}.\nSee CONTRIBUTING.md, "Commits".\n`);
    process.exit(1);
  }
}
