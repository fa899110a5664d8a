import '../../components/pages.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/OptionsPage';
import { effectiveUiLanguage, strings } from '../../components/i18n';
import { AUTO_SITES } from '../../lib/sites';
import { uiLanguageSetting, userSitesSetting } from '../../storage/settings';
import { downloadAllMarkdown, downloadBackup } from '../../components/transfer';
import { parseBackup } from '../../lib/export/backup';
import { importBackup, readEverything } from '../../storage/backup';
import { openDatabase } from '../../storage/db';
import { signalAnnotationsChanged } from '../../storage/signals';

const database = openDatabase();

const root = document.getElementById('app')!;

async function draw(): Promise<void> {
  const [uiLanguage, userSites] = await Promise.all([uiLanguageSetting.getValue(), userSitesSetting.getValue()]);
  const effective = effectiveUiLanguage(uiLanguage);
  document.documentElement.lang = effective;
  render(
    <OptionsPage
      strings={strings(effective)}
      autoSites={AUTO_SITES}
      uiLanguage={uiLanguage}
      userSites={userSites}
      onUiLanguage={(value) => void uiLanguageSetting.setValue(value)}
      onAddSite={async (origin) => {
        // Asked at this moment, in the click's user gesture.
        const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
        if (granted) await userSitesSetting.setValue([...new Set([...(await userSitesSetting.getValue()), origin])]);
        return granted;
      }}
      onExportAll={async () => {
        const { documents, annotations } = await readEverything(await database);
        if (!downloadAllMarkdown(documents, annotations, effective)) window.alert(strings(effective).transfer.nothingToExport);
      }}
      onBackup={async () => {
        const { documents, annotations } = await readEverything(await database);
        downloadBackup(documents, annotations);
      }}
      onImport={async (file) => {
        const t = strings(effective).transfer;
        let text: string;
        try {
          text = await file.text();
        } catch (error) {
          return { ok: false, message: t.refused, details: [String(error)] };
        }
        const parsed = parseBackup(text);
        if (!parsed.ok) return { ok: false, message: t.refused, details: parsed.errors };
        const counts = await importBackup(await database, parsed);
        // Pages showing these documents reload their highlights.
        for (const id of new Set(parsed.annotations.map((a) => a.documentId))) await signalAnnotationsChanged(id);
        return { ok: true, message: t.imported(counts.annotations.added, counts.annotations.updated, counts.annotations.unchanged), details: [] };
      }}
      onRemoveSite={async (origin) => {
        await userSitesSetting.setValue((await userSitesSetting.getValue()).filter((s) => s !== origin));
        await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
      }}
    />,
    root,
  );
}

void draw();
uiLanguageSetting.watch(() => void draw());
userSitesSetting.watch(() => void draw());
