export interface OptionsPageProps {
  autoSites: readonly string[];
}

/** The options page: where Clausemark runs by itself. */
export function OptionsPage({ autoSites }: OptionsPageProps) {
  return (
    <main data-testid="cm-options">
      <h1>Clausemark options</h1>
      <h2>Sites Clausemark opens by itself</h2>
      <ul>
        {autoSites.map((pattern) => (
          <li key={pattern}>
            <code>{pattern}</code>
          </li>
        ))}
      </ul>
      <p class="muted">
        On any other page, use the toolbar button to analyse it. Everything stays in this browser.
      </p>
    </main>
  );
}
