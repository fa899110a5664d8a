/**
 * The whole analysis, from a page or a text to an `Analysis`: extract → text model → detect →
 * structure → references. One entry per kind of input; every caller (content script, CLI,
 * tests, benchmarks) goes through these.
 */
import type { Analysis, Clause, DocumentKind, TextBlock } from './types';
import { buildStructure, type Structure } from './structure';
import {
  ENACTING_FORMULA, PARTIES_DEFINITION, RESOLUTION_OPENING, detectLanguage, detectParties, documentDate, fingerprintOf, isTraditionalChinese, kindFromTitle,
} from './detect';
import { joinTitleLines, withoutAnnouncement } from './kind';
import { extractPage, type ExtractOptions, type PageExtraction } from './extract';
import { mayBeDiplomatic } from './precheck';
import { referenceSteps } from '../references/resolve';
import { textModelFromElements, textModelFromString, type TextModel } from '../text/text-model';

/** What is known about a text before it is analysed. */
export interface TextMetadata {
  /** The title, when it is not the text's first block. */
  title?: string | null;
  /** The page's publication date, YYYY-MM-DD. */
  date?: string | null;
  /** The language the page declares. */
  language?: string | null;
}

/** An analysis with the intermediate results later stages (overlay, anchoring) need. */
export interface AnalysisResult {
  analysis: Analysis;
  structure: Structure;
  model: TextModel;
}

/** The analysis of a page, with the extraction that found its text. */
export interface PageAnalysisResult extends AnalysisResult {
  page: PageExtraction;
}

/** Analyses blocks of text (the text model's blocks). */
export function analyzeBlocks(blocks: readonly TextBlock[], meta: TextMetadata = {}): { analysis: Analysis; structure: Structure } {
  const steps = analysisSteps(blocks, meta, Infinity);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `analyzeBlocks` in steps: yields between the stages and every `clausesPerStep` clauses of the
 * reference pass, so a caller on the page's main thread can let the browser breathe.
 */
function* analysisSteps(blocks: readonly TextBlock[], meta: TextMetadata, clausesPerStep: number): Generator<string | number, { analysis: Analysis; structure: Structure }, void> {
  const sample = `${meta.title ?? ''}\n${sampleText(blocks)}`;
  const language = detectLanguage(sample, meta.language ?? null);
  const traditional = language === 'zh' && isTraditionalChinese(sample);
  const structure = buildStructure(blocks, { language, title: meta.title ?? null, traditional });
  yield 'structure';
  const title = cleanTitle(meta.title ?? (structure.titleBlocks.length ? joinTitleLines(structure.titleBlocks.map((i) => blocks[i]!.text)) : null));
  const { clauses, sections } = structure;
  const preamble = clauses.filter((c) => c.kind === 'preamble').map((c) => c.text).join(' ') || clauses[0]?.text || null;
  // A wire story names its reporters: （记者李明　王芳）. Statements do not.
  const newsReport = /[（(]记者[^）)]{1,40}[）)]|[（(]記者[^）)]{1,40}[）)]/u.test(sample.slice(0, 600));
  const kind = newsReport ? null : (kindFromTitle(title, language) ?? kindFromBody(clauses, preamble, sample));
  const fingerprint = fingerprintOf(sections, clauses);
  yield 'fingerprint';
  if (!kind) {
    return {
      analysis: { diplomatic: false, kind: null, language, title, date: meta.date ?? null, parties: [], fingerprint, sections: [], clauses: [], references: [] },
      structure,
    };
  }
  const references = yield* referenceSteps(
    clauses,
    { language, title, kind, traditional },
    clausesPerStep,
  );
  return {
    analysis: {
      diplomatic: true,
      kind,
      language,
      title,
      // The closing line's date, else the front matter's (an adoption line, a date subtitle), else the dateline's or the page's.
      date: documentDate(clauses, null) ?? structure.date ?? documentDate(clauses, meta.date ?? null),
      parties: detectParties(title, preamble, language, kind),
      fingerprint,
      sections: sections.filter((s) => s.level === 1),
      clauses,
      references,
    },
    structure,
  };
}

/** Analyses plain text (a .txt file, or text pasted in): newlines and 　　 separate paragraphs. */
export function analyzeText(text: string, meta: TextMetadata = {}): AnalysisResult {
  const model = textModelFromString(text);
  return { ...analyzeBlocks(model.blocks, meta), model };
}

export interface AnalyzePageOptions extends ExtractOptions {
  /** Skip the cheap pre-check and analyse whatever the page holds (the user asked for it). */
  force?: boolean;
  /**
   * Analyse at most this many characters (whole blocks from the start); the analysis then says
   * how much it covered (`limited`). Unlimited by default.
   */
  maxCharacters?: number;
}

/**
 * Analyses a page. Returns null without extracting anything when the cheap pre-check says the
 * page is not a diplomatic text (unless `force`).
 */
export function analyzeDocument(document: Document, options: AnalyzePageOptions = {}): PageAnalysisResult | null {
  const steps = documentSteps(document, options, Infinity);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `analyzeDocument` for the page's main thread: awaits `pause()` between the stages and every
 * `clausesPerStep` clauses, so that no single task runs long on a long page.
 */
export async function analyzeDocumentInSteps(
  document: Document,
  options: AnalyzePageOptions & { pause: () => Promise<void>; clausesPerStep?: number },
): Promise<PageAnalysisResult | null> {
  const steps = documentSteps(document, options, options.clausesPerStep ?? 500);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await options.pause();
  }
}

function* documentSteps(document: Document, options: AnalyzePageOptions, clausesPerStep: number): Generator<string | number, PageAnalysisResult | null, void> {
  if (!options.force && !mayBeDiplomatic(document)) return null;
  const page = extractPage(document, options);
  const full = textModelFromElements(page.roots, { skip: page.skip });
  const model = limitModel(full, options.maxCharacters ?? Infinity);
  yield 'text model';
  const result = yield* analysisSteps(model.blocks, { title: page.title, date: page.date, language: page.language }, clausesPerStep);
  if (model !== full && result.analysis.diplomatic) {
    result.analysis.limited = { analysedCharacters: model.length, totalCharacters: full.length };
  }
  return { ...result, model, page };
}

/** The model's first blocks, up to `max` characters in all (at least one block). */
function limitModel(model: TextModel, max: number): TextModel {
  if (model.length <= max) return model;
  let length = 0;
  let count = 0;
  while (count < model.blocks.length && (count === 0 || length + model.blocks[count]!.text.length <= max)) length += model.blocks[count++]!.text.length;
  return { blocks: model.blocks.slice(0, count), length };
}

/** Text enough to tell the language and script: the first blocks, up to 4,000 characters. */
function sampleText(blocks: readonly TextBlock[]): string {
  let sample = '';
  for (const b of blocks) {
    sample += b.text + '\n';
    if (sample.length > 4000) break;
  }
  return sample;
}

function cleanTitle(title: string | null): string | null {
  if (!title) return null;
  // "80/61. Preventing …": a General Assembly resolution's number is not part of its title.
  const cleaned = withoutAnnouncement(title.replace(/\s+/g, ' ')).replace(/^\d{1,3}\/\d{1,4}\.\s+/u, '').trim();
  return cleaned || null;
}

const SELF_HEADS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/本(?:条约|條約|公约|公約)|this (?:Treaty|Convention)|настоящ\S+ (?:Договор|Конвенци)/u, 'treaty'],
  [/本(?:协定|協定|协议|協議)|this Agreement|настоящ\S+ Соглашени/u, 'agreement'],
  [/本议定书|本議定書|this Protocol|настоящ\S+ Протокол/u, 'protocol'],
  [/本备忘录|本備忘錄|this Memorandum|настоящ\S+ Меморандум/u, 'memorandum'],
];

/**
 * The kind of a text whose title does not say: an instrument that defines its parties or has an
 * enacting formula, named by how it refers to itself (本条约, this Agreement), else "other".
 */
function kindFromBody(clauses: readonly Clause[], preamble: string | null, opening: string): DocumentKind | null {
  // The opening blocks as written, front matter included ("Resolution adopted by…", "The General Assembly,").
  if (RESOLUTION_OPENING.test(opening)) return 'resolution';
  if (!preamble || !(PARTIES_DEFINITION.test(preamble) || ENACTING_FORMULA.test(preamble))) return null;
  const articles = clauses.filter((c) => c.kind === 'article').length;
  const body = clauses.slice(0, 40).map((c) => c.text).join(' ');
  const self = SELF_HEADS.find(([re]) => re.test(body));
  if (self) return self[1];
  return articles >= 2 ? 'treaty' : 'other';
}
