// Message keys built from a value's name ("wavy" → optionsUnderlineWavy).

export const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
