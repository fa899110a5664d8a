/**
 * What the background does to tabs: analyse one on request (injecting the content script
 * where it is not already running), open the side panel, open links, show the toolbar badge.
 */
import { browser } from 'wxt/browser';
import type { BrowserEffects } from '../../messaging/router';
import type { PageCommand } from '../../messaging/protocol';
import { placementsItem, signalAnnotationsChanged, signalLibraryChanged } from '../../storage/signals';

/** The toolbar button's API: `action` (Manifest V3), `browserAction` (Firefox's Manifest V2). */
export function toolbarButton(): typeof browser.action {
  const b = browser as typeof browser & { browserAction?: typeof browser.action };
  return b.action ?? b.browserAction!;
}

const CONTENT_SCRIPT = '/content-scripts/content.js';
const PAGE_PARTS = { session: '/page-session.js', readability: '/readability.js' } as const;

/** Asks the tab's content script to analyse the page now, injecting it first if needed. */
export async function analyseTab(tabId: number): Promise<void> {
  const command: PageCommand = { type: 'page/analyse', force: true };
  try {
    await browser.tabs.sendMessage(tabId, command);
    return;
  } catch {
    // No content script there yet: inject it (activeTab allows it after the user's gesture).
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    await browser.tabs.sendMessage(tabId, command);
  } catch (error) {
    console.warn('Clausemark: cannot analyse this tab', error);
  }
}

/** Asks the tab's page to highlight the selection or open a note for it. */
export async function annotateInTab(tabId: number, action: 'highlight' | 'note'): Promise<void> {
  const command: PageCommand = { type: 'page/annotate', action };
  try {
    await browser.tabs.sendMessage(tabId, command);
  } catch (error) {
    console.warn('Clausemark: this page is not analysed, nothing to annotate', error);
  }
}

/** Opens the side panel (Chrome) or sidebar (Firefox) beside a tab. */
export async function openSidePanel(tabId: number | undefined): Promise<boolean> {
  try {
    const chromeSidePanel = (browser as unknown as { sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> } }).sidePanel;
    if (chromeSidePanel && tabId !== undefined) {
      await chromeSidePanel.open({ tabId });
      return true;
    }
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebar) {
      await sidebar.open();
      return true;
    }
  } catch (error) {
    console.warn('Clausemark: the side panel could not be opened', error);
  }
  return false;
}

/** The real browser behind the router's effects. */
export function browserEffects(): BrowserEffects {
  return {
    extensionOrigin: browser.runtime.getURL('/'),
    async openTab(url, inTab) {
      if (inTab !== undefined) await browser.tabs.update(inTab, { url });
      else await browser.tabs.create({ url });
    },
    openSidePanel,
    async showPageStats(tabId, stats) {
      if (tabId === undefined) return;
      const text = stats.references > 0 ? String(Math.min(stats.references, 999)) : '✓';
      const button = toolbarButton();
      await button.setBadgeText({ tabId, text });
      await button.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
      const parts = [stats.kind, stats.date, `${stats.sections} sections`, `${stats.references} references`, `${stats.annotations} notes`];
      await button.setTitle({ tabId, title: `Clausemark: ${parts.filter(Boolean).join(' · ')}` });
    },
    async loadPagePart(tabId, frameId, part) {
      try {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_PARTS[part]] });
        return true;
      } catch (error) {
        console.warn(`Clausemark: the ${part} script could not be injected`, error);
        return false;
      }
    },
    async annotationsChanged(documentId) {
      await signalAnnotationsChanged(documentId);
    },
    async libraryChanged(instrumentIds) {
      await signalLibraryChanged(instrumentIds);
    },
    async rememberPlacements(tabId, report) {
      if (tabId !== undefined) await placementsItem(tabId).setValue(report);
    },
    async revealAnnotation(tabId, id) {
      const command: PageCommand = { type: 'page/reveal', id };
      try {
        return (await browser.tabs.sendMessage(tabId, command)) === true;
      } catch {
        return false;
      }
    },
  };
}
