// An esbuild plugin that compiles Preact's `dangerouslySetInnerHTML` support
// out of our bundles. Counterpoint never renders HTML (lint forbids the prop
// and `innerHTML`, tests/lint/no-html.test.ts checks the sources), so the one
// `el.innerHTML = props.dangerouslySetInnerHTML.__html` in preact's diff is
// dead code — but it is the code AMO's linter flags (UNSAFE_VAR_ASSIGNMENT).
// With this plugin such a prop only empties its element.
//
// The pattern is matched on preact's minified dist file; if an upgrade changes
// it, the build fails here instead of shipping the assignment again.
import { readFileSync } from 'node:fs';

/** `h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[])` in preact 11's diffElementNodes. */
const INNER_HTML_BRANCH =
  /(\w+)\?\((\w+)\|\|(\w+)&&\(\1\.__html==\3\.__html\|\|\1\.__html==(\w+)\.innerHTML\)\|\|\(\4\.innerHTML=\1\.__html\),(\w+)\.__k=\[\]\)/;

/** Preact's source with the innerHTML branch replaced; throws when the branch is not found. */
export function stripInnerHtml(source) {
  if (!INNER_HTML_BRANCH.test(source))
    throw new Error(
      'preact-no-innerhtml: the innerHTML branch was not found in preact (has preact changed?)',
    );
  const out = source.replace(
    INNER_HTML_BRANCH,
    (_m, html, hydrating, _old, el, vnode) =>
      `${html}?(${hydrating}||(${el}.textContent=""),${vnode}.__k=[])`,
  );
  if (/\.innerHTML\s*=[^=]/.test(out))
    throw new Error('preact-no-innerhtml: an innerHTML assignment is left in preact');
  return out;
}

export function preactWithoutInnerHtml() {
  return {
    name: 'preact-no-innerhtml',
    setup(build) {
      build.onLoad(
        { filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ },
        (args) => ({
          contents: stripInnerHtml(readFileSync(args.path, 'utf8')),
          loader: 'js',
        }),
      );
    },
  };
}
