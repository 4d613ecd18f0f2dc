// The document the page side reads for. On a web page: its own URL and title.
// In the PDF viewer (src/viewer/): the PDF's URL and its title, since the
// viewer page's own address is the extension's.

export interface PageAddress {
  url(): string;
  title(): string;
}

export const documentAddress = (doc: Document): PageAddress => ({
  url: () => doc.location.href,
  title: () => doc.title,
});
