/**
 * UI strings in Chinese (zh-CN), English and Russian. The UI follows the browser's language
 * unless the user chose one in the options.
 */
import type { DocumentKind } from '../lib/analysis/types';

export type UiLanguage = 'zh-CN' | 'en' | 'ru';

export const UI_LANGUAGES: readonly UiLanguage[] = ['zh-CN', 'en', 'ru'];

const en = {
  appName: 'Clausemark',
  kinds: {
    'joint-statement': 'Joint statement',
    communique: 'Communiqué',
    declaration: 'Declaration',
    treaty: 'Treaty',
    agreement: 'Agreement',
    protocol: 'Protocol',
    memorandum: 'Memorandum',
    resolution: 'Resolution',
    decision: 'Decision',
    other: 'Diplomatic text',
  } satisfies Record<DocumentKind, string>,
  sections: (n: number) => `${n} ${n === 1 ? 'section' : 'sections'}`,
  references: (n: number) => `${n} ${n === 1 ? 'reference' : 'references'}`,
  annotations: (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}`,
  outline: 'Outline',
  showOutline: 'Show outline',
  hideOutline: 'Hide outline',
  openSidePanel: 'Open side panel',
  outlineHeading: 'Sections',
  preamble: 'Preamble',
  closeCard: 'Close',
  articles: (list: string) => `Article${list.includes(',') ? 's' : ''} ${list}`,
  notInLibrary: 'The text of this article is not in your library yet. Opening the treaty’s page adds it.',
  openPublicCopy: 'Open the public copy',
  openDocument: 'Open the document',
  noPublicCopy: 'No public copy is known for this instrument.',
  unresolved: 'Instrument not identified',
  thisDocument: 'this document',
  resolution: 'UN resolution',
  referenceLabel: (text: string, target: string) => `${text}: ${target}`,
  markerLabel: (label: string) => `Clause ${label}`,
  sectionMarkerLabel: (label: string) => `Section ${label}`,
  copyCitation: 'Copy citation',
  copyLink: 'Copy link to this passage',
  copied: 'Copied',
  clauseActions: (label: string) => `Actions for ${label}`,
  options: {
    title: 'Clausemark options',
    language: 'Language of the interface',
    languageAuto: 'Same as the browser',
    builtInSites: 'Sites Clausemark opens by itself',
    yourSites: 'Your sites',
    yourSitesHelp: 'Clausemark also runs by itself on these sites. Adding one asks the browser for permission to read that site.',
    noSites: 'None yet.',
    addSite: 'Add site',
    sitePlaceholder: 'https://www.example.org',
    remove: (site: string) => `Remove ${site}`,
    invalidSite: 'Enter a web address such as https://www.example.org',
    permissionRefused: 'The browser did not grant access to that site; nothing was added.',
    elsewhere: 'On any other page, use the toolbar button, the context menu or Alt+Shift+K to analyse it. Everything stays in this browser.',
  },
};

export type Strings = typeof en;

const zh: Strings = {
  appName: 'Clausemark',
  kinds: {
    'joint-statement': '联合声明',
    communique: '公报',
    declaration: '宣言',
    treaty: '条约',
    agreement: '协定',
    protocol: '议定书',
    memorandum: '备忘录',
    resolution: '决议',
    decision: '决定',
    other: '外交文件',
  },
  sections: (n) => `${n} 个部分`,
  references: (n) => `${n} 处引用`,
  annotations: (n) => `${n} 条笔记`,
  outline: '目录',
  showOutline: '显示目录',
  hideOutline: '隐藏目录',
  openSidePanel: '打开侧边栏',
  outlineHeading: '各部分',
  preamble: '序言',
  closeCard: '关闭',
  articles: (list) => `第${list}条`,
  notInLibrary: '资料库中尚无该条文本。打开该条约的页面即可将其加入资料库。',
  openPublicCopy: '打开公开文本',
  openDocument: '打开文件',
  noPublicCopy: '尚无此文件的公开文本。',
  unresolved: '未能确定所指文件',
  thisDocument: '本文件',
  resolution: '联合国决议',
  referenceLabel: (text, target) => `${text}：${target}`,
  markerLabel: (label) => `条款 ${label}`,
  sectionMarkerLabel: (label) => `部分 ${label}`,
  copyCitation: '复制引文出处',
  copyLink: '复制该段落的链接',
  copied: '已复制',
  clauseActions: (label) => `${label} 的操作`,
  options: {
    title: 'Clausemark 设置',
    language: '界面语言',
    languageAuto: '与浏览器相同',
    builtInSites: 'Clausemark 自动启用的网站',
    yourSites: '您添加的网站',
    yourSitesHelp: 'Clausemark 也会在这些网站上自动运行。添加网站时，浏览器会请求读取该网站的权限。',
    noSites: '暂无。',
    addSite: '添加网站',
    sitePlaceholder: 'https://www.example.org',
    remove: (site) => `删除 ${site}`,
    invalidSite: '请输入网址，例如 https://www.example.org',
    permissionRefused: '浏览器未授予访问该网站的权限，未添加任何内容。',
    elsewhere: '在其他网页上，可使用工具栏按钮、右键菜单或 Alt+Shift+K 进行分析。所有数据都只保存在本浏览器中。',
  },
};

const ru: Strings = {
  appName: 'Clausemark',
  kinds: {
    'joint-statement': 'Совместное заявление',
    communique: 'Коммюнике',
    declaration: 'Декларация',
    treaty: 'Договор',
    agreement: 'Соглашение',
    protocol: 'Протокол',
    memorandum: 'Меморандум',
    resolution: 'Резолюция',
    decision: 'Решение',
    other: 'Дипломатический документ',
  },
  sections: (n) => `${n} ${plural(n, 'раздел', 'раздела', 'разделов')}`,
  references: (n) => `${n} ${plural(n, 'ссылка', 'ссылки', 'ссылок')}`,
  annotations: (n) => `${n} ${plural(n, 'заметка', 'заметки', 'заметок')}`,
  outline: 'Оглавление',
  showOutline: 'Показать оглавление',
  hideOutline: 'Скрыть оглавление',
  openSidePanel: 'Открыть боковую панель',
  outlineHeading: 'Разделы',
  preamble: 'Преамбула',
  closeCard: 'Закрыть',
  articles: (list) => `${list.includes(',') ? 'Статьи' : 'Статья'} ${list}`,
  notInLibrary: 'Текста этой статьи ещё нет в вашей библиотеке. Откройте страницу договора, чтобы добавить его.',
  openPublicCopy: 'Открыть публичный текст',
  openDocument: 'Открыть документ',
  noPublicCopy: 'Публичный текст этого документа неизвестен.',
  unresolved: 'Документ не определён',
  thisDocument: 'этот документ',
  resolution: 'Резолюция ООН',
  referenceLabel: (text, target) => `${text}: ${target}`,
  markerLabel: (label) => `Пункт ${label}`,
  sectionMarkerLabel: (label) => `Раздел ${label}`,
  copyCitation: 'Копировать ссылку на источник',
  copyLink: 'Копировать ссылку на фрагмент',
  copied: 'Скопировано',
  clauseActions: (label) => `Действия для ${label}`,
  options: {
    title: 'Настройки Clausemark',
    language: 'Язык интерфейса',
    languageAuto: 'Как в браузере',
    builtInSites: 'Сайты, на которых Clausemark включается сам',
    yourSites: 'Ваши сайты',
    yourSitesHelp: 'На этих сайтах Clausemark тоже включается сам. При добавлении сайта браузер запросит разрешение на доступ к нему.',
    noSites: 'Пока нет.',
    addSite: 'Добавить сайт',
    sitePlaceholder: 'https://www.example.org',
    remove: (site) => `Удалить ${site}`,
    invalidSite: 'Введите адрес сайта, например https://www.example.org',
    permissionRefused: 'Браузер не дал доступа к этому сайту; ничего не добавлено.',
    elsewhere: 'На любой другой странице используйте кнопку на панели, контекстное меню или Alt+Shift+K. Все данные остаются в этом браузере.',
  },
};

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const STRINGS: Record<UiLanguage, Strings> = { 'zh-CN': zh, en, ru };

/** The UI language for a browser language tag (zh-TW and zh-HK read zh-CN strings too). */
export function uiLanguageFor(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh-CN' : primary === 'ru' ? 'ru' : 'en';
}

/** The strings for a UI language. */
export function strings(language: UiLanguage): Strings {
  return STRINGS[language];
}

/** Formats a YYYY-MM-DD date for the UI language: 2021年6月28日, 28 June 2021, 28 июня 2021 г. */
export function formatDate(date: string, language: UiLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  const value = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(value);
}
