import '../../components/pages.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/OptionsPage';
import { strings, uiLanguageFor, type UiLanguage } from '../../components/i18n';
import { AUTO_SITES } from '../../lib/sites';
import { uiLanguageSetting, userSitesSetting } from '../../storage/settings';

const root = document.getElementById('app')!;

async function draw(): Promise<void> {
  const [uiLanguage, userSites] = await Promise.all([uiLanguageSetting.getValue(), userSitesSetting.getValue()]);
  const effective: UiLanguage = uiLanguage === 'auto' ? uiLanguageFor(navigator.language) : uiLanguage;
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
