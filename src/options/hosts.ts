// The host rules moved to src/shared/hosts.ts (the welcome page uses them too).
export * from '../shared/hosts';
