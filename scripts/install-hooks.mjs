// `npm ci` / `npm install` (the prepare script): points git at .githooks, so the
// commit-msg hook checks every subject. Outside a git checkout (a tarball, a
// read-only copy) there is nothing to install and nothing fails.
import { execFileSync } from 'node:child_process';

try {
  execFileSync('git', ['rev-parse', '--git-dir'], { stdio: 'ignore' });
  execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'ignore' });
} catch {
  // Not a git checkout, or git is missing: no hooks to install.
}
