/**
 * The resolve half of the references stage. Walks the clauses in document order, keeping what
 * has been named so far, and decides what each mention points to:
 *
 * - a named instrument is looked up in the registry (else it stands for itself);
 * - a short form (《公约》, 条约, the Convention, Договора) is the nearest fitting instrument
 *   named before it in the same clause, else the document's defined term for that word
 *   (以下简称…, hereinafter…, далее — …, or an instrument named in the document's title), else
 *   the nearest fitting instrument named earlier in the same section; never a guess across
 *   sections, and an unbracketed short form that fits nothing is not reported;
 * - 本协定 / this Agreement / настоящий Договор is the document itself;
 * - an article citation takes the instrument written beside it, else the document itself when
 *   the document is a treaty, else the single defined instrument.
 */
import type { Clause, DocumentKind, InstrumentRef, Language, Reference } from '../analysis/types';
import type { HeadKey } from './heads';
import { headKeyOfName, headKeyOfWord } from './heads';
import { instrumentByTitleStart } from './lexicon';
import { findMentions, YEAR_BEFORE_HEAD, type ArticleMention, type ArticleTarget, type Mention } from './mentions';
import { findInstrument, instrumentById, type Instrument, type RegistryLanguage } from './registry';
import { ruleLanguage } from '../analysis/rule-language';

export interface ReferenceContext {
  language: Language;
  /** The document's own title: it defines short forms and names the document for self-references. */
  title: string | null;
  kind: DocumentKind | null;
  /** Chinese written in traditional characters: titles are given in zh-Hant. */
  traditional?: boolean;
}

/** One instrument named so far, with where. */
interface Seen {
  ref: InstrumentRef;
  head: HeadKey | null;
  scope: string;
  clause: number;
  end: number;
  name: string;
}

const INSTRUMENT_KINDS: ReadonlySet<DocumentKind> = new Set(['treaty', 'agreement', 'protocol', 'memorandum']);

/** Finds and resolves every reference in the clauses, in document order. */
export function findReferences(clauses: readonly Clause[], context: ReferenceContext): Reference[] {
  const steps = referenceSteps(clauses, context, Infinity);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `findReferences` in steps: pauses (yields) after every `clausesPerStep` clauses, so a caller
 * on the page's main thread can let the browser breathe between them; returns the references.
 */
export function* referenceSteps(clauses: readonly Clause[], context: ReferenceContext, clausesPerStep: number): Generator<number, Reference[], void> {
  const language = context.language;
  const lang = ruleLanguage(language);
  const titleLanguage: RegistryLanguage = lang === 'zh' && context.traditional ? 'zh-Hant' : lang;
  const selfInstrument = context.title ? findInstrument(context.title) : undefined;
  const selfRef: InstrumentRef = { id: selfInstrument?.id ?? null, title: context.title, self: true };
  const selfHead = context.title ? headKeyOfName(context.title) : null;

  // The registry's full title in the document's language; where the registry has none in that
  // language (中导条约 has no Chinese treaty text), the name as the document writes it.
  const refFor = (instrument: Instrument | undefined, name: string): InstrumentRef =>
    instrument
      ? { id: instrument.id, title: instrument.titles[titleLanguage] ?? instrument.titles[lang] ?? (name || instrument.titles.en) ?? null }
      : { id: null, title: name };

  // Short forms the document defines: from its title (关于《X条约》…的联合声明 makes 条约 mean X),
  // then from 以下简称 / hereinafter / далее definitions in the text, which take precedence.
  const defined = new Map<HeadKey, InstrumentRef>();
  // Names the document gives an instrument: (hereinafter “the Palermo Convention”), (далее — ДНЯО).
  const aliases = new Map<string, InstrumentRef>();
  // What has been named so far, indexed so that each look-up is constant time: the current
  // clause's own list, the latest per section and head word, and the instruments no registry knows.
  let inClause: Seen[] = [];
  const latestInScope = new Map<string, Seen>();
  // The latest per head word anywhere before: what 该条约, "the aforementioned Treaty",
  // "указанного Договора" point back to when their own section names none.
  const latestAnywhere = new Map<HeadKey, Seen>();
  const unknown: Seen[] = [];
  if (context.title) {
    for (const m of findMentions(context.title, lang)) {
      if (m.type !== 'named' || !m.head || m.head === selfHead && m.start === 0) continue;
      const ref = refFor(lookup(m.registryId, m.name), m.name);
      if (!defined.has(m.head)) defined.set(m.head, ref);
    }
  }

  const references: Reference[] = [];
  for (let clauseIndex = 0; clauseIndex < clauses.length; clauseIndex++) {
    const clause = clauses[clauseIndex]!;
    if (clauseIndex > 0 && clauseIndex % clausesPerStep === 0) yield clauseIndex;
    const scope = clause.section ?? clause.eId.split('__')[0]!;
    const mentions = findMentions(clause.text, lang);
    // An instrument written beside an article citation is part of that citation's span.
    const partners = new Map<ArticleMention, Mention>();
    for (const m of mentions) {
      if (m.type !== 'article') continue;
      const partner = instrumentBeside(clause.text, m, mentions);
      if (partner) partners.set(m, partner);
    }
    const consumed = new Set<Mention>(partners.values());

    inClause = [];
    const nearestInClause = (head: HeadKey | null, before: number): Seen | undefined => {
      for (let k = inClause.length - 1; k >= 0; k--) {
        const s = inClause[k]!;
        if (s.end <= before && (head === null || s.head === head)) return s;
      }
      return undefined;
    };
    // Holds earlier clauses only: this clause's instruments are added when it ends.
    const nearestInScope = (head: HeadKey): Seen | undefined => latestInScope.get(`${scope}|${head}`);

    const resolveShort = (head: HeadKey, at: number, demonstrative: boolean): InstrumentRef | null =>
      nearestInClause(head, at)?.ref ??
      defined.get(head) ??
      nearestInScope(head)?.ref ??
      (demonstrative ? latestAnywhere.get(head)?.ref : undefined) ??
      (selfHead === head && context.kind && INSTRUMENT_KINDS.has(context.kind) ? selfRef : null);

    const instrumentOf = (m: Mention): InstrumentRef | null => {
      switch (m.type) {
        case 'named': {
          const alias = aliases.get(aliasKey(m.name));
          if (alias) return alias;
          const instrument = lookup(m.registryId, m.name);
          const ref = refFor(instrument, m.name);
          return instrument ? ref : (sameUnknown(unknown, m.name, m.head)?.ref ?? ref);
        }
        case 'short':
          return resolveShort(m.head, m.start, m.demonstrative);
        case 'self':
          return selfRef;
        default:
          return null;
      }
    };

    mentions.forEach((m, i) => {
      if (consumed.has(m)) return;
      const base = { eId: clause.eId, start: m.start, end: m.end, text: m.text, articles: [] as number[], targets: [] as string[], symbols: [] as string[] };
      switch (m.type) {
        case 'definition': {
          const target = [...mentions.slice(0, i)].reverse().find((x) => x.type === 'named' || x.type === 'short');
          if (!target) return;
          const ref = instrumentOf(target);
          if (!ref) return;
          // "the Treaty", "Договор": the short form now means it; "the Palermo Convention", "ДНЯО": a name for it.
          if (m.head && headKeyOfWord(m.term.replace(YEAR_BEFORE_HEAD, '')) === m.head) defined.set(m.head, ref);
          else aliases.set(aliasKey(m.term), ref);
          return;
        }
        case 'resolution':
          references.push({ ...base, kind: 'resolution', instrument: null, symbols: m.symbols });
          return;
        case 'article': {
          if (m.relative) {
            // 本条第一款 in Article 11 is Article 11(1) of this document.
            const article = /^art_(\d+)/.exec(clause.eId)?.[1];
            if (!article) return;
            if (m.preceding) {
              // 前款 in Article 4(2) is Article 4(1); 前条 in Article 5 is Article 4.
              const paragraph = Number(/__para_(\d+)/.exec(clause.eId)?.[1] ?? 0);
              const target = m.preceding === 'article' ? { article: Number(article) - 1 } : { article: Number(article), paragraph: paragraph - 1 };
              if (target.article < 1 || (m.preceding === 'paragraph' && paragraph < 2)) return;
              references.push({ ...base, kind: 'article', instrument: selfRef, articles: [target.article], targets: [targetEId(target)] });
              return;
            }
            const targets = m.targets.map((t) => ({ ...t, article: Number(article) }));
            references.push({ ...base, kind: 'article', instrument: selfRef, articles: [Number(article)], targets: targets.map(targetEId) });
            return;
          }
          const partner = partners.get(m);
          let instrument: InstrumentRef | null = null;
          if (partner) {
            instrument = instrumentOf(partner);
            if (partner.type === 'named') remember(partner, instrument);
          } else if (context.kind && INSTRUMENT_KINDS.has(context.kind)) {
            instrument = selfRef;
          } else if (defined.size === 1) {
            instrument = [...defined.values()][0]!;
          }
          const start = Math.min(m.start, partner?.start ?? m.start);
          const end = Math.max(m.end, partner?.end ?? m.end);
          references.push({
            ...base,
            kind: 'article',
            start,
            end,
            text: clause.text.slice(start, end),
            instrument,
            articles: [...new Set(m.targets.map((t) => t.article))],
            targets: m.targets.map(targetEId),
          });
          return;
        }
        case 'named': {
          const instrument = instrumentOf(m);
          remember(m, instrument);
          // A defined name is used like a short form, with its article: "the Palermo Convention".
          const the = aliases.has(aliasKey(m.name)) ? /\b(?:the|The)\s+$/u.exec(clause.text.slice(Math.max(0, m.start - 4), m.start)) : null;
          const start = the ? m.start - the[0].length : m.start;
          references.push({ ...base, start, text: clause.text.slice(start, m.end), kind: 'instrument', instrument });
          return;
        }
        case 'short': {
          const instrument = instrumentOf(m);
          if (!instrument && !m.bracketed) return;
          references.push({ ...base, kind: 'instrument', instrument });
          return;
        }
        case 'self':
          references.push({ ...base, kind: 'instrument', instrument: selfRef });
          return;
      }
    });

    function remember(m: Extract<Mention, { type: 'named' }>, ref: InstrumentRef | null): void {
      if (!ref) return;
      const entry: Seen = { ref, head: m.head, scope, clause: clauseIndex, end: m.end, name: m.name };
      inClause.push(entry);
      if (ref.id === null && unknown.length < 500) unknown.push(entry);
    }

    for (const entry of inClause) {
      if (!entry.head) continue;
      latestInScope.set(`${entry.scope}|${entry.head}`, entry);
      latestAnywhere.set(entry.head, entry);
    }
  }
  return references;
}

function aliasKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/^the\s+/u, '').replace(/[\s«»“”"'‘’《》]+/gu, ' ').trim();
}

function lookup(registryId: string | null, name: string): Instrument | undefined {
  return (registryId ? instrumentById(registryId) : undefined) ?? findInstrument(name) ?? instrumentByTitleStart(name) ?? undefined;
}

/**
 * The instrument mention written right beside an article citation: before it in Chinese
 * (条约第二十五条, 《联合国宪章》第五十一条), after it in English and Russian (Article 25 of the
 * Treaty, статья 25 Договора).
 */
function instrumentBeside(text: string, article: ArticleMention, mentions: Mention[]): Mention | undefined {
  const isInstrument = (m: Mention) => m.type === 'named' || m.type === 'short' || m.type === 'self';
  if (article.instrumentSide === 'before') {
    return mentions.find((m) => isInstrument(m) && m.end <= article.start && /^(?:的)?\s*$/u.test(text.slice(m.end, article.start)));
  }
  // Article 25 of the Treaty / of the Chemical Weapons Convention / статья 25 Договора; a
  // citation set off by commas keeps its "of": Article 9, paragraph 1, of the Treaty.
  const gap = /^(?:\s+(?:of\s+(?:the\s+)?)?|,\s*of\s+(?:the\s+)?)$/u;
  return mentions.find((m) => isInstrument(m) && m.start >= article.end && gap.test(text.slice(article.end, m.start)));
}

/** An instrument not in the registry named again in another form (《中俄…条约》 and its full title). */
function sameUnknown(seen: Seen[], name: string, head: HeadKey | null): Seen | undefined {
  const isSubsequence = (short: string, long: string) => {
    let i = 0;
    for (const c of long) if (c === short[i]) i++;
    return i === short.length;
  };
  return seen.find((s) => {
    if (s.ref.id !== null || s.head !== head || s.name === name) return false;
    const [short, long] = s.name.length < name.length ? [s.name, name] : [name, s.name];
    const tail = Math.min(4, short.length);
    return short.length >= 4 && long.endsWith(short.slice(-tail)) && isSubsequence(short, long);
  });
}

/** The eId of a cited unit: art_16, art_2__para_1, art_2__para_1__point_3, art_1__para_1__point_3__point_1. */
export function targetEId(target: ArticleTarget): string {
  let eId = `art_${target.article}`;
  if (target.paragraph !== undefined) eId += `__para_${target.paragraph}`;
  if (target.point !== undefined) eId += `__point_${target.point}`;
  if (target.point !== undefined && target.subpoint !== undefined) eId += `__point_${target.subpoint}`;
  return eId;
}
