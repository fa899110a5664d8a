/**
 * Small settings, kept in the extension's local storage (readable from content scripts without
 * asking the background): the UI language and the sites the user turned Clausemark on for.
 */
import { storage } from 'wxt/utils/storage';
import type { UiLanguage } from '../components/i18n';

/** The UI language the user chose, or 'auto' to follow the browser. */
export const uiLanguageSetting = storage.defineItem<UiLanguage | 'auto'>('local:uiLanguage', { fallback: 'auto' });

/** Origins (https://example.org) where Clausemark runs by itself, besides the built-in sites. */
export const userSitesSetting = storage.defineItem<string[]>('local:userSites', { fallback: [] });
