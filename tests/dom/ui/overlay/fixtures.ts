// Real records from the bundled dataset, and chrome.i18n's substitution over
// the real messages.json, for the overlay tests.

import type { Dataset, ReviewParagraph } from '../../../../src/shared/dataset';
import type { ChapterSection } from '../../../../src/shared/messages';
import dataset from '../../../../src/data/dataset.json';
import messages from '../../../../extension/_locales/en/messages.json';

export const data = dataset as unknown as Dataset;

type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** chrome.i18n.getMessage: named placeholders → $n → substitutions; a missing key throws. */
export function t(key: string, subs: string[] = []): string {
  const m = (messages as Record<string, Message>)[key];
  if (!m) throw new Error(`no message ${key}`);
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) =>
    (m.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (_x, i: string) => subs[Number(i) - 1] ?? '',
    ),
  );
}

export const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};

export const paragraph = (id: string): ReviewParagraph => byId(data.paragraphs, id);

/** The chapter view's sections, as the background builds them. */
export function sectionsOf(chapterId: string): ChapterSection[] {
  const chapter = byId(data.chapters, chapterId);
  return chapter.sections.map((section) => {
    const paragraphs = data.paragraphs.filter(
      (p) => p.section === section && chapter.paragraphs.includes(p.id),
    );
    return { section, heading: paragraphs[0]?.sectionHeading ?? section, paragraphs };
  });
}

export function wholeSection(section: string): ChapterSection {
  const paragraphs = data.paragraphs.filter((p) => p.section === section);
  return { section, heading: paragraphs[0].sectionHeading, paragraphs };
}
