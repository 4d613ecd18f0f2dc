// An on/off switch: a button with role="switch", named by the element the
// caller points at (its visible label), so screen readers say "Critique, switch, on".

export interface SwitchProps {
  id: string;
  checked: boolean;
  labelledBy: string;
  describedBy?: string;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function Switch({ id, checked, labelledBy, describedBy, disabled, onChange }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      class="pp-switch"
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="pp-switch-knob" aria-hidden="true" />
    </button>
  );
}
