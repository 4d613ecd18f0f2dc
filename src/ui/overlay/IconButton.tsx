// A small square button with a glyph and an accessible name (close, dismiss, pager).

export interface IconButtonProps {
  label: string;
  glyph: string;
  onClick(): void;
  class?: string;
  disabled?: boolean;
}

export function IconButton({ label, glyph, onClick, class: extra, disabled }: IconButtonProps) {
  return (
    <button
      type="button"
      class={`cp-icon-button${extra ? ` ${extra}` : ''}`}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
