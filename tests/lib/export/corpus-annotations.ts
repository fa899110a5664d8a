/**
 * A reader's annotations on the 2021 joint statement, made as the extension makes them: real
 * passages described by `describeRange` on the corpus analysis. Shared by the export tests.
 */
import { analyzeText } from '../../../lib/analysis/analyze';
import type { Clause } from '../../../lib/analysis/types';
import { describeRange } from '../../../lib/anchoring/describe';
import type { BlockPoint } from '../../../lib/anchoring/document-text';
import type { AnnotationSelector, TextPositionSelector, TextQuoteSelector } from '../../../lib/anchoring/types';
import type { ExportPlacement } from '../../../lib/export/markdown';
import type { AnnotationBody, StoredAnnotation, StoredDocument } from '../../../storage/types';
import { CORPUS_TEXT } from '../../helpers';

export const corpus = analyzeText(CORPUS_TEXT);
const { analysis } = corpus;

/** A note that tries everything a note could do to break out of its place in a Markdown file. */
export const HOSTILE_NOTE = [
  'Resolutions **74/247** and _75/282_: see `A/RES/74/247` and <https://undocs.org/A/RES/74/247>.',
  '---',
  '# Not a heading',
  'Setext?',
  '===',
  '> quoted, then a [link](javascript:alert(1)) and ![img](data:text/html,x)',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '[ref]: https://evil.example/',
  '%% hidden from here on %%',
  '$$ math that never ends',
  '- a list item',
  '\t- tab-indented',
  'line ' + 'very long '.repeat(300).trim(),
  '```html',
  '<b>code is kept as written</b>',
  '~~~ and ``` inside',
  'no closing fence',
].join('\r\n');

const DOCUMENT_ID = analysis.fingerprint;

/** The statement's record, as the database keeps it. */
export const statementDocument: StoredDocument = {
  id: DOCUMENT_ID,
  title: analysis.title,
  kind: analysis.kind,
  date: analysis.date,
  language: analysis.language,
  parties: analysis.parties,
  urls: ['http://www.news.cn/2021-06/28/c_1127606541.htm', 'https://www.fmprc.gov.cn/zyxw/202106/t20210628_9137900.shtml'],
  created: '2025-01-10T07:59:00.000Z',
  lastSeen: '2025-02-20T10:00:00.000Z',
  modified: '2025-02-20T10:00:00.000Z',
};

function clause(eId: string): Clause {
  const found = analysis.clauses.find((c) => c.eId === eId);
  if (!found) throw new Error(`no clause ${eId}`);
  return found;
}

function pointOf(eId: string, needle: string, end: boolean): BlockPoint {
  const c = clause(eId);
  const at = c.text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" is not in ${eId}`);
  return { block: c.block, offset: c.start + at + (end ? needle.length : 0) };
}

function annotation(
  n: number,
  motivation: StoredAnnotation['motivation'],
  start: BlockPoint,
  end: BlockPoint,
  body: AnnotationBody,
): StoredAnnotation {
  const selector = describeRange(corpus.model, analysis.clauses, start, end);
  const eId = selector.find((s) => s.type === 'ClauseSelector')?.eId ?? null;
  const time = new Date(Date.UTC(2025, 0, 10, 8, n)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    documentId: DOCUMENT_ID,
    motivation,
    target: { source: DOCUMENT_ID, selector },
    quote: selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!.exact,
    eId,
    label: eId ? clause(eId).label : null,
    body,
    created: time,
    modified: n === 5 ? '2025-02-01T12:00:00.000Z' : time,
  };
}

function highlight(n: number, eId: string, needle: string, body: AnnotationBody, endEId = eId, endNeedle = needle): StoredAnnotation {
  return annotation(n, 'highlighting', pointOf(eId, needle, false), pointOf(endEId, endNeedle, true), body);
}

function clauseNote(n: number, eId: string, body: AnnotationBody): StoredAnnotation {
  const c = clause(eId);
  return annotation(n, 'commenting', { block: c.block, offset: c.start }, { block: c.block, offset: c.end }, body);
}

/** The annotations, in the order they were made (not document order). */
export const statementAnnotations: StoredAnnotation[] = [
  highlight(1, 'sec_5__list_1__indent_2', '增强具有战略性和综合性的能源合作', { note: '', colour: 'green', tags: ['能源', 'energy policy'] }),
  highlight(2, 'preamble__para_1', '《中华人民共和国和俄罗斯联邦睦邻友好合作条约》', {
    note: 'The treaty the statement celebrates; Art. 25 is its *extension* clause.',
    colour: 'yellow',
    tags: ['treaty', '条约'],
  }),
  clauseNote(3, 'sec_3__para_1', { note: 'High-level contacts rest on **Art. 10**.\n\nCompare §八.', colour: 'blue', tags: ['summits'] }),
  highlight(4, 'sec_5__para_1', '双方积极评价近年来两国务实合作成果', { note: '', colour: 'blue', tags: [] }, 'sec_5__para_1', '条约第十六条和第十七条'),
  highlight(5, 'sec_8__para_20', '联合国大会74/247号和75/282号决议', { note: HOSTILE_NOTE, colour: 'pink', tags: ['UN/GA', 'cyber-crime'] }),
  highlight(6, 'sec_2__para_2', '作伙伴', { note: 'Cut mid-word on purpose.', colour: 'purple', tags: ['partners_2021'] }),
  highlight(7, 'sec_2__para_1', '中俄关系业已达到历史最高水平', { note: 'Wording changed on the page?', colour: 'yellow', tags: [] }),
  highlight(8, 'sec_1__para_3', '同意根据', { note: '', colour: 'green', tags: [] }, 'sec_2__para_1', '中俄关系'),
];

/** The id of the annotation that could not be placed on the page. */
export const ORPHAN_ID = statementAnnotations[6]!.id;

/** Where a page placed them: every one where it was made, except the orphan. */
export const statementPlacements = new Map<string, ExportPlacement>(
  statementAnnotations.map((a) => {
    if (a.id === ORPHAN_ID) return [a.id, { status: 'orphan', eId: null, label: null, section: null, position: 0 }];
    const section = a.eId ? clause(a.eId).section : null;
    const sectionRecord = analysis.sections.find((s) => s.eId === section);
    const position = (a.target.selector.find((s: AnnotationSelector) => s.type === 'TextPositionSelector') as TextPositionSelector).start;
    return [a.id, { status: 'exact', eId: a.eId, label: a.label, section: sectionRecord ? { eId: sectionRecord.eId, label: sectionRecord.label } : null, position }];
  }),
);
