import { KEYBOARD_HINT } from '@/lib/cy/keyboard-nav';

/**
 * Beside the canvas: the live region that reads out the entity under the keyboard ring, and a short hint that
 * appears while the canvas has keyboard focus (screen readers get the same hint from the canvas's name).
 */
export function KeyboardHint({ message }: { message: string }) {
  return (
    <>
      <p className="kb-hint" aria-hidden="true">
        {KEYBOARD_HINT}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcer">
        {message}
      </p>
    </>
  );
}
