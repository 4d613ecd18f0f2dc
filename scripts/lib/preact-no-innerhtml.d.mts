// Types for preact-no-innerhtml.mjs (the tests import it).
import type { Plugin } from 'esbuild';

export function stripInnerHtml(source: string): string;
export function preactWithoutInnerHtml(): Plugin;
