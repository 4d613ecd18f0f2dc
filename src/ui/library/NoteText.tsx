// A note as the reader typed it (Markdown), rendered safely: paragraphs with
// line breaks, bullet and numbered lists, **strong**, *emphasis*, `code` and
// links to http(s) pages only. Everything is built as elements and text
// nodes; nothing is ever parsed as HTML.

import type { ComponentChildren } from 'preact';

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)\3|`([^`]+)`|\[([^\]]+)\]\(([^()\s]+)\)/g;
const SAFE_LINK = /^https?:\/\/[^\s]+$/i;

export function inline(text: string, key = 'i'): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index;
    if (at > last) out.push(text.slice(last, at));
    const k = `${key}.${n++}`;
    if (m[2] !== undefined) out.push(<strong key={k}>{inline(m[2], k)}</strong>);
    else if (m[4] !== undefined) out.push(<em key={k}>{inline(m[4], k)}</em>);
    else if (m[5] !== undefined) out.push(<code key={k}>{m[5]}</code>);
    else if (SAFE_LINK.test(m[7])) out.push(<a key={k} href={m[7]} target="_blank" rel="noopener noreferrer">{inline(m[6], k)}</a>);
    else out.push(m[0]);
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+/;

function lines(block: string[], key: string): ComponentChildren[] {
  return block.flatMap((line, i) => (i === 0 ? inline(line, `${key}.${i}`) : [<br key={`${key}.br${i}`} />, ...inline(line, `${key}.${i}`)]));
}

export function NoteText({ note, class: className }: { note: string; class?: string }) {
  const blocks = note.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.split('\n').filter((l, i, all) => l.trim() !== '' || (i > 0 && i < all.length - 1))).filter((b) => b.length > 0);
  return (
    <div class={className}>
      {blocks.map((block, b) => {
        const key = `b${b}`;
        if (block.every((l) => BULLET.test(l))) return <ul key={key}>{block.map((l, i) => <li key={i}>{inline(l.replace(BULLET, ''), `${key}.${i}`)}</li>)}</ul>;
        if (block.every((l) => NUMBERED.test(l))) return <ol key={key}>{block.map((l, i) => <li key={i}>{inline(l.replace(NUMBERED, ''), `${key}.${i}`)}</li>)}</ol>;
        return <p key={key}>{lines(block, key)}</p>;
      })}
    </div>
  );
}
