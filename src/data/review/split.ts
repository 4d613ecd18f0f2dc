// Splits the review's text (a verbatim copy of ../shared/seed) into its title,
// dek, byline and numbered sections of paragraphs. Pure: text in, structure out.
// Page furniture after the last section (comment link, host credit) is dropped.

export interface ReviewParagraph {
  /** Stable id: "dek", "intro.2", "IV.3". */
  id: string;
  section: string;
  /** Order in the whole review, from 0. */
  order: number;
  text: string;
}

interface ReviewSection {
  id: string;
  heading: string;
  paragraphs: ReviewParagraph[];
}

export interface SplitReview {
  title: string;
  byline: string;
  dek: ReviewParagraph;
  sections: ReviewSection[];
}

const SECTION_HEADING = /^(Introduction|[IVX]+)[.:] (.+)$/;
const FURNITURE = [/^Leave a comment$/, /^Website Powered by /, /^Up ↑$/];

function sectionIdOf(marker: string): string {
  return marker === 'Introduction' ? 'intro' : marker;
}

export function splitReview(text: string): SplitReview {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !FURNITURE.some((f) => f.test(l)));
  const [title, dekText, byline, ...body] = lines;
  if (!title || !dekText || !byline?.startsWith('By '))
    throw new Error('review: expected title, dek and byline at the top');
  let order = 0;
  const dek: ReviewParagraph = { id: 'dek', section: 'dek', order: order++, text: dekText };
  const sections: ReviewSection[] = [];
  for (const line of body) {
    const heading = SECTION_HEADING.exec(line);
    if (heading) {
      sections.push({ id: sectionIdOf(heading[1]), heading: heading[2], paragraphs: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (!current)
      throw new Error(`review: paragraph before the first section: ${line.slice(0, 40)}…`);
    current.paragraphs.push({
      id: `${current.id}.${current.paragraphs.length + 1}`,
      section: current.id,
      order: order++,
      text: line,
    });
  }
  return { title, byline, dek, sections };
}

export function allParagraphs(review: SplitReview): ReviewParagraph[] {
  return [review.dek, ...review.sections.flatMap((s) => s.paragraphs)];
}
