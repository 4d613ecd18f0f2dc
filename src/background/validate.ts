// Payload checks for the message handlers: anything a page or content script
// sends is untrusted until it has the shape the contract promises.

export const MAX_IDS = 500;
export const MAX_ID_LENGTH = 64;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** A record id (passage, chapter…): a string of 1–64 characters. */
export function idArg(method: string, value: unknown): string {
  if (!isId(value)) throw new Error(`refused: ${method} expects an id, a string of 1–${MAX_ID_LENGTH} characters`);
  return value;
}

/** A list of record ids: an array of at most 500 ids. */
export function idListArg(method: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_IDS || !value.every(isId)) {
    throw new Error(`refused: ${method} expects an array of at most ${MAX_IDS} ids, strings of 1–${MAX_ID_LENGTH} characters`);
  }
  return value;
}

/** A tab id: a non-negative integer. */
export function tabIdArg(method: string, value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`refused: ${method} expects a tab id, a non-negative integer`);
  return value as number;
}
