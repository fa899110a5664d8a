import type { ReaderStrings } from './strings';

export interface ImportFormProps {
  strings: ReaderStrings;
  onFile: (file: File) => void;
}

/** The import of a treaty from a file: HTML saved from a site, or plain text. */
export function ImportForm({ strings: t, onFile }: ImportFormProps) {
  return (
    <section class="reader__import" aria-labelledby="cm-import-heading">
      <h2 id="cm-import-heading">{t.importHeading}</h2>
      <p class="muted" id="cm-import-help">
        {t.importHelp}
      </p>
      <label for="cm-import-file">{t.importLabel}</label>
      <input
        id="cm-import-file"
        type="file"
        accept=".html,.htm,.txt,text/html,text/plain"
        aria-describedby="cm-import-help"
        data-testid="cm-import"
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          // Cleared, so that choosing the same file again imports it again.
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </section>
  );
}
