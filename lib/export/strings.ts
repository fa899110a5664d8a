/**
 * The words an export writes around the document's own text, in the reader's interface language.
 * Clause and section labels (§五 ¶2, 序言 ¶1, ст. 2) come from the analysis in the document's
 * language and are not translated.
 */
import type { HighlightColour } from '../../storage/types';

/** The interface languages an export can be written in. */
export type ExportLanguage = 'en' | 'zh-CN' | 'ru';

/** The words of one interface language. */
export interface ExportStrings {
  untitled: string;
  preamble: string;
  closing: string;
  body: string;
  elsewhere: string;
  orphans: string;
  orphanMark: string;
  clauseNote: string;
  openPassage: string;
  tags: string;
  references: string;
  /** Article numbers cited: "Art. 7, 25". */
  articles: (numbers: readonly number[]) => string;
  /** Texts as the document writes them (already escaped), quoted: “条约”, “本条约”. */
  citedAs: (texts: readonly string[]) => string;
  /** Where in the document (clause labels, already escaped). */
  citedIn: (labels: readonly string[]) => string;
  nothing: string;
  colours: Record<HighlightColour, string>;
}

/** The words of every interface language. */
export const EXPORT_STRINGS: Record<ExportLanguage, ExportStrings> = {
  en: {
    untitled: 'Untitled document',
    preamble: 'Preamble',
    closing: 'Closing',
    body: 'Text',
    elsewhere: 'Elsewhere in the document',
    orphans: 'Not found on the page',
    orphanMark: 'not found on the page',
    clauseNote: 'note on the clause',
    openPassage: 'open passage',
    tags: 'tags',
    references: 'References',
    articles: (n) => `Art. ${n.join(', ')}`,
    citedAs: (t) => `as ${t.map((x) => `“${x}”`).join(', ')}`,
    citedIn: (l) => `in ${l.join(', ')}`,
    nothing: 'No highlights or notes.',
    colours: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
  },
  'zh-CN': {
    untitled: '无标题文件',
    preamble: '序言',
    closing: '结尾',
    body: '正文',
    elsewhere: '文件其他位置',
    orphans: '无法在页面中定位',
    orphanMark: '无法在页面中定位',
    clauseNote: '条款笔记',
    openPassage: '查看原文',
    tags: '标签',
    references: '引用文件',
    articles: (n) => `第${n.join('、')}条`,
    citedAs: (t) => `原文${t.map((x) => `“${x}”`).join('、')}`,
    citedIn: (l) => `见${l.join('、')}`,
    nothing: '没有高亮或笔记。',
    colours: { yellow: '黄色', green: '绿色', blue: '蓝色', pink: '粉色', purple: '紫色' },
  },
  ru: {
    untitled: 'Документ без названия',
    preamble: 'Преамбула',
    closing: 'Заключение',
    body: 'Текст',
    elsewhere: 'В других местах документа',
    orphans: 'Не найдены на странице',
    orphanMark: 'не найден на странице',
    clauseNote: 'заметка к пункту',
    openPassage: 'открыть фрагмент',
    tags: 'теги',
    references: 'Ссылки',
    articles: (n) => `ст. ${n.join(', ')}`,
    citedAs: (t) => `как ${t.map((x) => `«${x}»`).join(', ')}`,
    citedIn: (l) => `в ${l.join(', ')}`,
    nothing: 'Нет выделений и заметок.',
    colours: { yellow: 'жёлтый', green: 'зелёный', blue: 'синий', pink: 'розовый', purple: 'фиолетовый' },
  },
};
