// A note as the reader typed it (Markdown), rendered safely: paragraphs with
// line breaks, bullet and numbered lists, **strong**, *emphasis*, `code` and
// links to http(s) pages only. Everything is built as elements and text
// nodes; nothing is ever parsed as HTML. The inline scan is linear in the
// note's length (note-inline.ts).

import type { ComponentChildren } from 'preact';
import { parseInline, type InlineNode } from './note-inline';

function element(node: InlineNode, k: string): ComponentChildren {
  if (typeof node === 'string') return node;
  if (node.kind === 'code') return <code key={k}>{node.text}</code>;
  const children = node.children.map((c, i) => element(c, `${k}.${i}`));
  if (node.kind === 'link')
    return (
      <a key={k} href={node.href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  return node.kind === 'strong' ? <strong key={k}>{children}</strong> : <em key={k}>{children}</em>;
}

/** One line's inline Markdown as elements (see note-inline.ts for what is read). */
function inline(text: string, key = 'i'): ComponentChildren[] {
  return parseInline(text).map((node, i) => element(node, `${key}.${i}`));
}

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+/;

function lines(block: string[], key: string): ComponentChildren[] {
  return block.flatMap((line, i) =>
    i === 0
      ? inline(line, `${key}.${i}`)
      : [<br key={`${key}.br${i}`} />, ...inline(line, `${key}.${i}`)],
  );
}

export function NoteText({ note, class: className }: { note: string; class?: string }) {
  const blocks = note
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) =>
      b.split('\n').filter((l, i, all) => l.trim() !== '' || (i > 0 && i < all.length - 1)),
    )
    .filter((b) => b.length > 0);
  return (
    <div class={className}>
      {blocks.map((block, b) => {
        const key = `b${b}`;
        if (block.every((l) => BULLET.test(l)))
          return (
            <ul key={key}>
              {block.map((l, i) => (
                <li key={i}>{inline(l.replace(BULLET, ''), `${key}.${i}`)}</li>
              ))}
            </ul>
          );
        if (block.every((l) => NUMBERED.test(l)))
          return (
            <ol key={key}>
              {block.map((l, i) => (
                <li key={i}>{inline(l.replace(NUMBERED, ''), `${key}.${i}`)}</li>
              ))}
            </ol>
          );
        return <p key={key}>{lines(block, key)}</p>;
      })}
    </div>
  );
}
