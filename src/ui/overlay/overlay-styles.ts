// The one stylesheet for the overlay's shadow root (the caller puts it in a
// <style> there). System fonts only: no fonts, images or other requests.

import { BASE_CSS } from './styles/base';
import { CHROME_CSS } from './styles/chrome';
import { EDITOR_CSS } from './styles/editor';
import { PANEL_CSS } from './styles/panel';

export const OVERLAY_CSS = BASE_CSS + PANEL_CSS + CHROME_CSS + EDITOR_CSS;
