// Tags as a reader types them, in the page's note editor and in the library:
// separated by commas, `#` or new lines ("#a #b", "a, b"), trimmed, without
// empties or repeats, in the order typed.

export const parseTags = (input: string): string[] => [
  ...new Set(
    input
      .split(/[,#\n]/)
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/** Tags back into the editor's field, in a form parseTags reads as the same tags. */
export const formatTags = (tags: readonly string[]): string => tags.join(', ');
