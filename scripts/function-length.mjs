// Function length in src/ (part of `npm run lint`): every function, method,
// arrow function and component over LIMIT lines is listed; more than ALLOWED
// of them, or one without a `long-function:` comment saying why, fails.
// Lines are counted from the declaration's first line to its last.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const LIMIT = 60;
const ALLOWED = 3;

const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', 'src'],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f));

/** The name a function goes by: its own, its variable's, its property's, or "(anonymous)". */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent))
  )
    return parent.name.getText();
  return '(anonymous)';
}

export function longFunctions(paths = files) {
  const found = [];
  for (const file of paths) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > LIMIT) {
          const before = text.slice(
            Math.max(0, text.lastIndexOf('\n', node.getFullStart() - 1)),
            node.getStart(source),
          );
          const leading = text.slice(node.getFullStart(), node.getStart(source)) + before;
          found.push({
            file,
            line: start + 1,
            name: nameOf(node),
            lines,
            reason: /long-function:/.test(leading),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const long = longFunctions();
for (const f of long)
  console.log(
    `${f.file}:${f.line} ${f.name}: ${f.lines} lines${f.reason ? '' : ' (no `long-function:` comment)'}`,
  );
const unexplained = long.filter((f) => !f.reason);
console.log(
  `function length: ${long.length} over ${LIMIT} lines (at most ${ALLOWED}), ${unexplained.length} without a reason`,
);
if (long.length > ALLOWED || unexplained.length > 0) process.exit(1);
