export const AREAS: string[];
export const MAX_SUBJECT: number;
/** Problems with a commit message; empty when it follows the rule. */
export function checkMessage(text: string): string[];
