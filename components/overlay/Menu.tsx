/**
 * A popup menu as the WAI-ARIA menu pattern has it: it takes the focus as it appears (before
 * the browser paints, so a key pressed at once lands in it), the arrow keys, Home and End move
 * between its items, and Escape is left to the overlay's layer, which closes whatever is open.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const ITEM = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

export function Menu(props: {
  class: string;
  label: string;
  /** The id of what describes the menu (a highlight's note), read out as the menu opens. */
  describedBy?: string;
  style: Record<string, string>;
  testId?: string;
  children: ComponentChildren;
}) {
  const menu = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => menu.current?.querySelector<HTMLElement>(ITEM)?.focus({ preventScroll: true }), []);
  return (
    <div
      ref={menu}
      class={props.class}
      role="menu"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      style={props.style}
      data-testid={props.testId}
      onKeyDown={(event) => {
        const items = [...(menu.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
        const at = items.indexOf(event.target as HTMLElement);
        const next =
          event.key === 'ArrowDown' || event.key === 'ArrowRight' ? items[(at + 1) % items.length]
          : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? items[(at - 1 + items.length) % items.length]
          : event.key === 'Home' ? items[0]
          : event.key === 'End' ? items[items.length - 1]
          : undefined;
        if (!next) return;
        event.preventDefault();
        next.focus({ preventScroll: true });
      }}
    >
      {props.children}
    </div>
  );
}
