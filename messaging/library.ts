/**
 * The treaty library's part of the protocol (issue 5): storing the articles of treaties the
 * user opens, and looking articles up for reference cards. The reader page, an extension page,
 * reads and changes the library through storage/library.ts directly; content scripts only add
 * and look up, through these two requests.
 */
import type { Handlers, Parsed, RouterContext, Validators } from './context';
import { fail, failAt } from './fields';
import type { DocumentKind } from '../lib/analysis/types';
import { limitsProblem } from '../lib/library/articles';
import { matchInstrument, isInstrumentId } from '../lib/library/match';
import { isEId, isFingerprint, isIsoDate, isLanguageTag, isRecord, isSourceUrl, within } from '../lib/records/fields';
import { LIBRARY_KINDS, LIBRARY_LIMITS, type LibraryArticle, type LibraryClause, type LibraryEntry } from '../lib/library/types';
import type { ArticleQuery } from '../lib/library/jump';
import { addToLibrary, lookupArticles, type FoundInstrument, type LibraryAddResult } from '../storage/library';

export interface LibraryProtocol {
  /**
   * A content script found a treaty, agreement or protocol: store its articles under the
   * instrument. The same text again only adds its URL; another copy is kept beside the one in use.
   * A text the user removed is stored again only when `again` (the user asked for it).
   */
  'library/add': { request: { entry: LibraryEntry; again?: boolean }; response: LibraryAddResult };
  /**
   * The articles a page's references cite, for all of them at once: each instrument in the
   * library with the cited articles of its text in use. Others are left out of the answer.
   */
  'library/lookup': { request: { instruments: ArticleQuery[] }; response: { instruments: FoundInstrument[] } };
}

/** Largest article number accepted (treaties number in the hundreds). */
const MAX_ARTICLE = 100_000;

function isArticleNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ARTICLE;
}

/**
 * A library entry as a content script sends it: every field checked, nothing else kept. Shapes
 * are checked here, sizes by the library's own `limitsProblem`.
 */
export function parseLibraryEntry(raw: unknown): Parsed<LibraryEntry> {
  if (!isRecord(raw)) return fail('entry: not an object');
  const { instrument, fingerprint, title, kind, language, date, source, articles } = raw;
  if (!isFingerprint(fingerprint)) return fail('entry.fingerprint: expected a hex string');
  if (typeof title !== 'string' || !title.trim() || title.length > LIBRARY_LIMITS.title) return fail('entry.title: expected a title');
  if (typeof kind !== 'string' || !LIBRARY_KINDS.has(kind as DocumentKind)) return fail('entry.kind: expected treaty, agreement or protocol');
  if (!isLanguageTag(language)) return fail('entry.language: expected a language tag');
  if (!(date === null || isIsoDate(date))) return fail('entry.date: expected YYYY-MM-DD or null');
  if (!isRecord(source) || !isSourceUrl(source.url)) return fail('entry.source.url: expected an http(s) or file URL');
  if (!isRecord(instrument) || !isInstrumentId(instrument.id) || typeof instrument.registered !== 'boolean') {
    return fail('entry.instrument: expected an id and whether it is the registry\'s');
  }
  // The instrument must be the one the title names: a content script cannot file a text under another.
  const match = matchInstrument(title);
  if (!match || match.id !== instrument.id || match.registered !== instrument.registered) return fail('entry.instrument: does not match the title');
  if (!Array.isArray(articles) || articles.length === 0) return fail('entry.articles: expected at least one article');
  const parsed: LibraryArticle[] = [];
  const numbers = new Set<number>();
  for (const [i, article] of articles.entries()) {
    const at = `entry.articles[${i}]`;
    if (!isRecord(article)) return fail(`${at}: not an object`);
    const { number, eId, heading, caption, clauses } = article;
    if (!isArticleNumber(number) || numbers.has(number)) return fail(`${at}.number: expected a new article number`);
    numbers.add(number);
    if (!isEId(eId) || eId !== `art_${number}`) return fail(`${at}.eId: expected art_${number}`);
    if (typeof heading !== 'string') return fail(`${at}.heading: expected text`);
    if (!(caption === null || typeof caption === 'string')) return fail(`${at}.caption: expected a string or null`);
    if (!Array.isArray(clauses)) return fail(`${at}.clauses: expected a list of clauses`);
    const own: LibraryClause[] = [];
    for (const [j, clause] of clauses.entries()) {
      if (!isRecord(clause)) return fail(`${at}.clauses[${j}]: not an object`);
      if (!isEId(clause.eId) || (clause.eId !== eId && !clause.eId.startsWith(`${eId}__`))) return fail(`${at}.clauses[${j}].eId: expected ${eId} or a part of it`);
      if (typeof clause.label !== 'string') return fail(`${at}.clauses[${j}].label: expected text`);
      if (typeof clause.text !== 'string') return fail(`${at}.clauses[${j}].text: expected text`);
      own.push({ eId: clause.eId, label: clause.label, text: clause.text });
    }
    parsed.push({ number, eId, heading, caption, clauses: own });
  }
  const tooLarge = limitsProblem(parsed);
  if (tooLarge) return failAt('entry', within(['articles'], tooLarge));
  return {
    ok: true,
    value: {
      instrument: { id: match.id, registered: match.registered },
      fingerprint,
      title,
      kind: kind as DocumentKind,
      language,
      date,
      source: { url: source.url },
      articles: parsed,
    },
  };
}

/** The look-ups of one page's references. */
export function parseArticleQueries(raw: unknown): Parsed<ArticleQuery[]> {
  if (!Array.isArray(raw) || raw.length > LIBRARY_LIMITS.lookupInstruments) {
    return fail(`instruments: expected at most ${LIBRARY_LIMITS.lookupInstruments} look-ups`);
  }
  const queries: ArticleQuery[] = [];
  for (const [i, query] of raw.entries()) {
    if (!isRecord(query) || !isInstrumentId(query.id)) return fail(`instruments[${i}].id: expected an instrument id`);
    const { articles } = query;
    if (!Array.isArray(articles) || articles.length > LIBRARY_LIMITS.lookupArticles || !articles.every(isArticleNumber)) {
      return fail(`instruments[${i}].articles: expected at most ${LIBRARY_LIMITS.lookupArticles} article numbers`);
    }
    queries.push({ id: query.id, articles: [...new Set(articles)] });
  }
  return { ok: true, value: queries };
}

export const libraryValidators: Validators<keyof LibraryProtocol> = {
  'library/add': (raw) => {
    const entry = parseLibraryEntry(raw.entry);
    if (!entry.ok) return entry;
    if (!(raw.again === undefined || typeof raw.again === 'boolean')) return fail('again: expected true or false');
    return { ok: true, value: { type: 'library/add', entry: entry.value, again: raw.again === true } };
  },
  'library/lookup': (raw) => {
    const instruments = parseArticleQueries(raw.instruments);
    return instruments.ok ? { ok: true, value: { type: 'library/lookup', instruments: instruments.value } } : instruments;
  },
};

export function libraryHandlers({ db, effects }: RouterContext): Handlers<keyof LibraryProtocol> {
  return {
    'library/add': async ({ entry, again }) => {
      const added = await addToLibrary(db, entry, new Date(), { again });
      // Only a new instrument changes what references show; another copy waits to be chosen.
      if (added.outcome === 'added') await effects.libraryChanged([added.instrumentId]);
      return added;
    },
    'library/lookup': async ({ instruments }) => ({ instruments: await lookupArticles(db, instruments) }),
  };
}
