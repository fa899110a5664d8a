/** The compact badge shown on a page that holds a diplomatic text. */
export interface BadgeProps {
  title: string | null;
}

export function Badge({ title }: BadgeProps) {
  return (
    <aside class="cm-root cm-badge" role="complementary" aria-label="Clausemark" data-testid="cm-badge">
      <span class="cm-badge__name">Clausemark</span>
      {title && <span class="cm-badge__title" title={title}>{title}</span>}
    </aside>
  );
}
