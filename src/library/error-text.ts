/** What went wrong, as the page shows it: an Error's message, or the thrown value as text. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
