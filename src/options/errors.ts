// An error as the page quotes it in a notice.

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
