/**
 * Markdown export of 10,000 annotations over 100 documents (lib/export's `exportAllMarkdown`,
 * as the side panel's "export everything" calls it), made from real passages of the corpus
 * statement described by `describeRange`, with notes, tags and clause notes in realistic shares.
 */
import { analyzeText } from '../lib/analysis/analyze';
import type { Analysis } from '../lib/analysis/types';
import { describeRange } from '../lib/anchoring/describe';
import { documentText, toBlockPoint } from '../lib/anchoring/document-text';
import { exportAllMarkdown } from '../lib/export/markdown';
import { HIGHLIGHT_COLOURS, type StoredAnnotation, type StoredDocument } from '../storage/types';
import { CORPUS_TEXT, random } from './corpus';
import { repeat, type Repetitions, type Timings } from './timing';

/** Documents in the exported library. */
export const DOCUMENTS = 100;
/** Annotations on each. */
export const ANNOTATIONS_PER_DOCUMENT = 100;

/** Notes as readers write them: plain lines, Markdown, a list, a link, characters Markdown cares about. */
const NOTES = [
  '',
  '',
  'Compare with the 2001 Treaty, Article 25.',
  '能源合作是重点。**注意**：与2019年声明相比措辞更强。',
  '- first point\n- second point with `code`\n- third: see <https://www.un.org/>',
  'Cf. resolution 74/247 and 75/282; *new* language on ICT.',
  '> quoted from the earlier statement\n\nAnd my remark after it, with a [link](https://example.org/a_b).',
  'Вопрос: как это соотносится с Договором 2001 года? #вопрос',
  'A longer note. '.repeat(12).trim(),
];
const TAGS = [['能源'], ['arms-control', 'NPT'], ['energy policy'], [], [], ['UN', 'cyber/ICT'], ['2021'], ['中俄关系', 'treaty']];

/** The documents and their annotations. */
export interface ExportLibrary {
  documents: StoredDocument[];
  annotations: StoredAnnotation[];
  analyses: Map<string, Analysis>;
}

/** Builds the library: 100 copies of the statement's record (distinct ids and dates), 100 annotations each. */
export function makeLibrary(documents = DOCUMENTS, perDocument = ANNOTATIONS_PER_DOCUMENT): ExportLibrary {
  const { analysis, model } = analyzeText(CORPUS_TEXT);
  const clauses = analysis.clauses;
  const doc = documentText(model);
  const next = random(100);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const records: StoredDocument[] = [];
  const annotations: StoredAnnotation[] = [];
  const analyses = new Map<string, Analysis>();
  for (let d = 0; d < documents; d++) {
    const id = (0x566c6255987369c5n + BigInt(d) * 0x9e3779b97f4a7c15n).toString(16).slice(-16).padStart(16, '0');
    const day = new Date(Date.UTC(2021, 5, 28 + d));
    const date = day.toISOString().slice(0, 10);
    records.push({
      id,
      title: d === 0 ? analysis.title : `${analysis.title}（${d + 1}）`,
      kind: analysis.kind,
      date,
      language: analysis.language,
      parties: analysis.parties,
      urls: [`http://www.news.cn/${date.slice(0, 7)}/${date.slice(8)}/c_${1127606541 + d}.htm`],
      created: day.toISOString(),
      lastSeen: day.toISOString(),
      modified: day.toISOString(),
    });
    analyses.set(id, analysis);
    for (let a = 0; a < perDocument; a++) {
      const n = d * perDocument + a;
      const clause = pick(clauses);
      const clauseStart = doc.starts[clause.block]! + clause.start;
      const clauseNote = next() < 0.15;
      let start = clauseStart;
      let end = doc.starts[clause.block]! + clause.end;
      if (!clauseNote) {
        const length = 5 + Math.floor(next() ** 2 * 195);
        start = clauseStart + Math.floor(next() * Math.max(1, clause.end - clause.start - 5));
        end = Math.min(doc.text.length, start + length);
      }
      const selector = describeRange(model, clauses, toBlockPoint(doc, start, 'start'), toBlockPoint(doc, end, 'end'));
      const quote = selector.find((s) => s.type === 'TextQuoteSelector')!;
      const time = new Date(day.getTime() + n * 60_000).toISOString();
      annotations.push({
        id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        documentId: id,
        motivation: clauseNote ? 'commenting' : 'highlighting',
        target: { source: id, selector },
        quote: quote.exact,
        eId: clause.eId,
        label: clause.label,
        body: { note: clauseNote ? pick(NOTES.filter(Boolean)) : pick(NOTES), colour: pick(HIGHLIGHT_COLOURS), tags: [...pick(TAGS)] },
        created: time,
        modified: time,
      });
    }
  }
  return { documents: records, annotations, analyses };
}

/** The export figure and what was exported. */
export interface ExportResult {
  ms: Timings;
  reps: Repetitions;
  documents: number;
  annotations: number;
  files: number;
  /** Size of all the Markdown written, in bytes (UTF-8). */
  bytes: number;
}

/** Times `exportAllMarkdown` over the library. */
export async function measureExport(reps: Repetitions): Promise<ExportResult> {
  const library = makeLibrary();
  const exportedAt = new Date('2025-03-01T09:30:00.000Z');
  const run = () => exportAllMarkdown({ ...library, exportedAt, language: 'en' });
  const ms = await repeat(reps, () => library, run);
  const files = run();
  if (files.length !== DOCUMENTS) throw new Error(`the export wrote ${files.length} files, not ${DOCUMENTS}`);
  return {
    ms,
    reps,
    documents: library.documents.length,
    annotations: library.annotations.length,
    files: files.length,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.markdown), 0),
  };
}
