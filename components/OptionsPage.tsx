import { useState } from 'preact/hooks';
import { UI_LANGUAGES, type Strings, type UiLanguage } from './i18n';

export interface OptionsPageProps {
  strings: Strings;
  autoSites: readonly string[];
  uiLanguage: UiLanguage | 'auto';
  userSites: readonly string[];
  onUiLanguage: (language: UiLanguage | 'auto') => void;
  /** Asks for the site's permission and adds it; resolves false when the user refused. */
  onAddSite: (origin: string) => Promise<boolean>;
  onRemoveSite: (origin: string) => void;
  onExportAll: () => void;
  onBackup: () => void;
  /** Imports a backup file; resolves to a message for the user (counts, or what is wrong). */
  onImport: (file: File) => Promise<{ ok: boolean; message: string; details: string[] }>;
}

const LANGUAGE_NAMES: Record<UiLanguage, string> = { 'zh-CN': '中文（简体）', en: 'English', ru: 'Русский' };

/** The options page: interface language and the sites Clausemark runs on by itself. */
export function OptionsPage(props: OptionsPageProps) {
  const t = props.strings.options;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ ok: boolean; message: string; details: string[] } | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const origin = siteOrigin(draft);
    if (!origin) {
      setError(t.invalidSite);
      return;
    }
    setError(null);
    if (await props.onAddSite(origin)) setDraft('');
    else setError(t.permissionRefused);
  };

  return (
    <main data-testid="cm-options">
      <h1>{t.title}</h1>
      <h2>
        <label for="cm-language">{t.language}</label>
      </h2>
      <select id="cm-language" value={props.uiLanguage} onChange={(e) => props.onUiLanguage((e.currentTarget as HTMLSelectElement).value as UiLanguage | 'auto')}>
        <option value="auto">{t.languageAuto}</option>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>

      <h2>{t.yourSites}</h2>
      <p class="muted">{t.yourSitesHelp}</p>
      {props.userSites.length === 0 ? (
        <p class="muted">{t.noSites}</p>
      ) : (
        <ul class="site-list" data-testid="cm-user-sites">
          {props.userSites.map((site) => (
            <li key={site}>
              <code>{site}</code>{' '}
              <button type="button" onClick={() => props.onRemoveSite(site)} aria-label={t.remove(site)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="add-site">
        <input
          type="url"
          aria-label={t.addSite}
          placeholder={t.sitePlaceholder}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'cm-site-error' : undefined}
        />
        <button type="submit">{t.addSite}</button>
      </form>
      {error && (
        <p id="cm-site-error" role="alert">
          {error}
        </p>
      )}

      <h2>{props.strings.transfer.heading}</h2>
      <p>
        <button type="button" onClick={props.onExportAll}>
          {props.strings.transfer.exportAll}
        </button>{' '}
        <button type="button" onClick={props.onBackup}>
          {props.strings.transfer.backup}
        </button>
      </p>
      <p class="muted">{props.strings.transfer.importHelp}</p>
      <label>
        {props.strings.transfer.importBackup}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="cm-import"
          onChange={async (e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            setImported(await props.onImport(file));
            input.value = '';
          }}
        />
      </label>
      {imported && (
        <div role={imported.ok ? 'status' : 'alert'} data-testid="cm-import-result">
          <p>{imported.message}</p>
          {imported.details.length > 0 && (
            <ul>
              {imported.details.map((d) => (
                <li key={d}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <h2>{t.builtInSites}</h2>
      <ul>
        {props.autoSites.map((pattern) => (
          <li key={pattern}>
            <code>{pattern}</code>
          </li>
        ))}
      </ul>
      <p class="muted">{t.elsewhere}</p>
    </main>
  );
}

/** The origin of a typed site ("example.org/page" → "https://example.org"), or null. */
export function siteOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}
