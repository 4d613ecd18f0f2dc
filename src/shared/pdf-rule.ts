// The rule that sends a PDF to Counterpoint's viewer: a declarativeNetRequest
// redirect of top-level navigations to a URL ending in .pdf, on the sites
// where Counterpoint reads pages, and nowhere else (elsewhere the browser's own
// viewer is left alone). The PDF's URL goes after `?file=` as it is: the
// viewer reads it to the end (src/shared/viewer-url.ts, fileParam). Pure.

export const PDF_RULE_ID = 1;

/** A path ending in .pdf, before any query or fragment. */
export const PDF_URL = '^https?://[^?#]*\\.[Pp][Dd][Ff](?:[?#].*)?$';

export interface PdfSites {
  /** Where PDFs open in the viewer; 'all' when the reader enabled every site. */
  domains: string[] | 'all';
  /** Sites the reader turned off. */
  excluded: string[];
}

export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    resourceTypes: ['main_frame'];
    requestDomains?: string[];
    excludedRequestDomains?: string[];
  };
}

/** The rule, or null when no site is left to redirect on. */
export function pdfRedirectRule(viewerPage: string, sites: PdfSites): RedirectRule | null {
  if (sites.domains !== 'all' && sites.domains.length === 0) return null;
  return {
    id: PDF_RULE_ID,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${viewerPage}?file=\\0` } },
    condition: {
      regexFilter: PDF_URL,
      resourceTypes: ['main_frame'],
      ...(sites.domains === 'all' ? {} : { requestDomains: [...sites.domains].sort() }),
      ...(sites.excluded.length > 0 ? { excludedRequestDomains: [...sites.excluded].sort() } : {}),
    },
  };
}
