/**
 * The reader page's strings in English, Chinese (zh-CN) and Russian. Kept beside the page
 * until they join the shared strings in components/i18n.ts.
 */
import type { UiLanguage } from '../i18n';
import type { ImportRefusal } from '../../lib/library/import';

const en = {
  title: 'Clausemark library',
  back: 'Back to the page you came from',
  instruments: 'Instruments in the library',
  empty: 'The library is empty. Open a treaty, agreement or protocol on the web, or import a file, and its articles are kept here.',
  choose: 'Choose an instrument to read it.',
  notFound: 'This instrument is not in the library.',
  loading: 'Loading…',
  registered: 'A well-known instrument',
  notRegistered: 'Named by its title',
  articles: (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`,
  texts: 'Texts',
  textsNote: (n: number) => `This instrument has ${n} texts. References on the pages you read show and open the one in use.`,
  inUse: 'In use',
  useThis: 'Use this text',
  show: 'Show',
  shown: 'Shown below',
  added: (date: string) => `Added ${date}`,
  sources: 'From',
  removeText: 'Remove this text',
  removeInstrument: 'Remove from the library',
  confirmRemove: (title: string) => `Remove “${title}” and all its texts from the library?`,
  confirm: 'Remove',
  cancel: 'Cancel',
  removed: (title: string) => `Removed “${title}” from the library.`,
  removedText: 'Removed the text.',
  chosen: 'This text is now in use.',
  articlesHeading: 'Articles',
  articleIndex: 'Go to an article',
  missing: (target: string) => `This text has no ${target}.`,
  importHeading: 'Import a file',
  importHelp: 'An HTML page saved from a website, or a plain-text file, holding a treaty with numbered articles (第一条, Article 1, Статья 1).',
  importLabel: 'Treaty file (HTML or text)',
  importing: 'Reading the file…',
  imported: (title: string, n: number) => `Added “${title}” (${n} ${n === 1 ? 'article' : 'articles'}) to the library.`,
  importedKnown: (title: string) => `“${title}” was already in the library with this text. Nothing else changed.`,
  importedOther: (title: string) => `Kept this file as another text of “${title}”. The text in use has not changed; you can choose between them on its page.`,
  open: 'Open it',
  refused: {
    'no-articles': 'No articles were found in this file (headings such as 第一条, Article 1 or Статья 1). Nothing was stored.',
    'not-an-instrument': 'This file does not read as a treaty or another diplomatic text with articles. Nothing was stored.',
    'no-title': 'This file has no title to name the instrument by. Nothing was stored.',
    'too-large': 'This file is larger than the library takes (8 MB, 2,000 articles). Nothing was stored.',
    empty: 'This file is empty. Nothing was stored.',
    'not-text': 'This is not a text or HTML file (PDF and word-processor files cannot be read). Nothing was stored.',
  } satisfies Record<ImportRefusal, string>,
  failed: (message: string) => `The library could not be changed: ${message}`,
};

/** The reader page's strings in one language. */
export type ReaderStrings = typeof en;

const zh: ReaderStrings = {
  title: 'Clausemark 条约库',
  back: '返回来源页面',
  instruments: '条约库中的文件',
  empty: '条约库为空。在网上打开条约、协定或议定书，或导入文件，其条文即保存在这里。',
  choose: '请选择要阅读的文件。',
  notFound: '条约库中没有该文件。',
  loading: '正在加载…',
  registered: '常见文件',
  notRegistered: '按标题识别',
  articles: (n) => `${n} 条`,
  texts: '文本',
  textsNote: (n) => `该文件有 ${n} 个文本。您阅读的页面中的引用显示并打开正在使用的文本。`,
  inUse: '正在使用',
  useThis: '使用此文本',
  show: '显示',
  shown: '显示于下方',
  added: (date) => `添加于 ${date}`,
  sources: '来源',
  removeText: '删除此文本',
  removeInstrument: '从条约库中删除',
  confirmRemove: (title) => `从条约库中删除“${title}”及其全部文本？`,
  confirm: '删除',
  cancel: '取消',
  removed: (title) => `已从条约库中删除“${title}”。`,
  removedText: '已删除该文本。',
  chosen: '现在使用此文本。',
  articlesHeading: '条文',
  articleIndex: '跳至条文',
  missing: (target) => `此文本中没有${target}。`,
  importHeading: '导入文件',
  importHelp: '从网站保存的 HTML 网页或纯文本文件，内容为带有编号条文（第一条、Article 1、Статья 1）的条约。',
  importLabel: '条约文件（HTML 或文本）',
  importing: '正在读取文件…',
  imported: (title, n) => `已将“${title}”（${n} 条）加入条约库。`,
  importedKnown: (title) => `条约库中已有“${title}”的此文本，未作其他更改。`,
  importedOther: (title) => `已将此文件保存为“${title}”的另一文本。正在使用的文本未变；可在其页面上选择。`,
  open: '打开',
  refused: {
    'no-articles': '此文件中未找到条文（如“第一条”“Article 1”“Статья 1”等标题）。未保存任何内容。',
    'not-an-instrument': '此文件看来不是带有条文的条约或其他外交文件。未保存任何内容。',
    'no-title': '此文件没有可用于识别文件的标题。未保存任何内容。',
    'too-large': '此文件超出条约库的上限（8 MB，2000 条）。未保存任何内容。',
    empty: '此文件为空。未保存任何内容。',
    'not-text': '这不是文本或 HTML 文件（无法读取 PDF 和文字处理文件）。未保存任何内容。',
  },
  failed: (message) => `无法更改条约库：${message}`,
};

const ru: ReaderStrings = {
  title: 'Библиотека Clausemark',
  back: 'Вернуться на исходную страницу',
  instruments: 'Документы в библиотеке',
  empty: 'Библиотека пуста. Откройте в сети договор, соглашение или протокол либо импортируйте файл, и его статьи сохранятся здесь.',
  choose: 'Выберите документ, чтобы прочитать его.',
  notFound: 'Этого документа нет в библиотеке.',
  loading: 'Загрузка…',
  registered: 'Известный документ',
  notRegistered: 'Определён по названию',
  articles: (n) => `${n} ${plural(n, 'статья', 'статьи', 'статей')}`,
  texts: 'Тексты',
  textsNote: (n) => `У этого документа ${n} ${plural(n, 'текст', 'текста', 'текстов')}. Ссылки на читаемых страницах показывают и открывают используемый.`,
  inUse: 'Используется',
  useThis: 'Использовать этот текст',
  show: 'Показать',
  shown: 'Показан ниже',
  added: (date) => `Добавлен ${date}`,
  sources: 'Источник',
  removeText: 'Удалить этот текст',
  removeInstrument: 'Удалить из библиотеки',
  confirmRemove: (title) => `Удалить «${title}» со всеми текстами из библиотеки?`,
  confirm: 'Удалить',
  cancel: 'Отмена',
  removed: (title) => `«${title}» удалён из библиотеки.`,
  removedText: 'Текст удалён.',
  chosen: 'Теперь используется этот текст.',
  articlesHeading: 'Статьи',
  articleIndex: 'Перейти к статье',
  missing: (target) => `В этом тексте нет: ${target}.`,
  importHeading: 'Импорт файла',
  importHelp: 'HTML-страница, сохранённая с сайта, или текстовый файл с договором, статьи которого пронумерованы (第一条, Article 1, Статья 1).',
  importLabel: 'Файл договора (HTML или текст)',
  importing: 'Чтение файла…',
  imported: (title, n) => `«${title}» (${n} ${plural(n, 'статья', 'статьи', 'статей')}) добавлен в библиотеку.`,
  importedKnown: (title) => `Этот текст «${title}» уже есть в библиотеке. Больше ничего не изменилось.`,
  importedOther: (title) => `Файл сохранён как ещё один текст «${title}». Используемый текст не изменился; выбрать между ними можно на его странице.`,
  open: 'Открыть',
  refused: {
    'no-articles': 'В файле не найдено статей (заголовков вида 第一条, Article 1, Статья 1). Ничего не сохранено.',
    'not-an-instrument': 'Файл не похож на договор или другой дипломатический документ со статьями. Ничего не сохранено.',
    'no-title': 'У файла нет названия, по которому можно определить документ. Ничего не сохранено.',
    'too-large': 'Файл больше, чем принимает библиотека (8 МБ, 2000 статей). Ничего не сохранено.',
    empty: 'Файл пуст. Ничего не сохранено.',
    'not-text': 'Это не текстовый и не HTML-файл (PDF и файлы текстовых редакторов не читаются). Ничего не сохранено.',
  },
  failed: (message) => `Не удалось изменить библиотеку: ${message}`,
};

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const STRINGS: Record<UiLanguage, ReaderStrings> = { 'zh-CN': zh, en, ru };

/** The reader page's strings for a UI language. */
export function readerStrings(language: UiLanguage): ReaderStrings {
  return STRINGS[language];
}
