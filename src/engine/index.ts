// The engine's public surface: pure functions over strings and typed arrays.
export { buildIndex, type PassageIndex } from './passage-index';
export { detect, detectInTokens } from './detect';
export { tokenize, tokenEnd, fingerprint, TOKENISER_VERSION, type Tokens } from './tokenize';
export { serializeIndex, deserializeIndex, type IndexTransfer } from './index-transfer';
export {
  DEFAULT_DETECT_OPTIONS,
  type DetectOptions,
  type IndexEntry,
  type Match,
  type EntryKind,
} from './types';
