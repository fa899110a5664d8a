import { describe, expect, it } from 'vitest';
import { exportAllMarkdown, exportDocumentMarkdown, type DocumentMarkdownInput } from '../../../lib/export/markdown';
import { noteLines } from '../../../lib/export/markdown-text';
import type { StoredAnnotation, StoredDocument } from '../../../storage/types';
import { golden } from '../../helpers';
import { HOSTILE_NOTE, ORPHAN_ID, corpus, statementAnnotations, statementDocument, statementPlacements } from './corpus-annotations';
import { expectInert, readExport } from './markdown-structure';

const exportedAt = new Date('2025-03-01T09:30:00.000Z');
const input: DocumentMarkdownInput = {
  document: statementDocument,
  annotations: statementAnnotations,
  analysis: corpus.analysis,
  placements: statementPlacements,
  exportedAt,
  language: 'en',
};

/** Compares with a golden file; `UPDATE_GOLDEN=1 npx vitest run tests/lib/export` rewrites it instead (refused in CI). */
function expectGolden(name: string, actual: string): void {
  expect(actual).toBe(golden(`export/${name}`, actual));
}

describe('exportDocumentMarkdown', () => {
  it('writes the annotated statement exactly as the golden file', () => {
    expectGolden('joint-statement-2021.en.md', exportDocumentMarkdown(input));
  });

  it('lays the statement out as front matter, title, sections in document order, orphans, references', () => {
    const { frontMatter, headings, items, other } = readExport(exportDocumentMarkdown(input));
    expect(frontMatter).toEqual({
      title: statementDocument.title,
      kind: 'joint-statement',
      date: '2021-06-28',
      parties: ['CN', 'RU'],
      language: 'zh',
      source: statementDocument.urls,
      fingerprint: '566c6255987369c5',
      exported: '2025-03-01T09:30:00.000Z',
    });
    expect(headings).toEqual([
      `# ${statementDocument.title}`,
      '## 序言',
      '## §一',
      '## §二',
      '## §三',
      '## §五',
      '## §八',
      '## Not found on the page',
      '## References',
    ]);
    expect(other).toEqual([]);
    // Seven annotations, then one reference item per instrument cited (12 of them).
    expect(items).toHaveLength(7 + 1 + 12);
    const metaLines = items.slice(0, 8).map((item) => item.find((l) => l.startsWith('**'))!);
    expect(metaLines.map((l) => l.split(' · ').slice(0, 2).join(' · '))).toEqual([
      '**序言 ¶1** · yellow',
      '**§一 ¶3** · green',
      '**§二 ¶2** · purple',
      '**§三 ¶1** · note on the clause',
      '**§五 ¶1** · blue',
      '**§五 ¶2 —2** · green',
      '**§八 ¶20** · pink',
      '**§二 ¶1** · yellow',
    ]);
    // The orphan is marked and has no link; every other annotation links to its passage on the first URL.
    expect(metaLines[7]).toBe('**§二 ¶1** · yellow · *not found on the page*');
    for (const line of metaLines.slice(0, 7)) expect(line).toMatch(/\[open passage\]\(http:\/\/www\.news\.cn\/2021-06\/28\/c_1127606541\.htm#:~:text=[^)\s]+\)$/);
    // A clause note shows no passage; a highlight starts with its passage as a quote.
    expect(items[3]![0]).toMatch(/^\*\*§三 ¶1\*\*/);
    expect(items[4]![0]).toBe('> 双方积极评价近年来两国务实合作成果，愿根据条约第十六条和第十七条');
    // A passage across blocks is one quoted paragraph per block.
    expect(items[1]!.slice(0, 5)).toEqual(['> 同意根据条约第二十五条对其予以延期。', '>', '> 二', '>', '> 中俄关系']);
  });

  it('writes tags as Obsidian tags only when every one of them is one', () => {
    const items = readExport(exportDocumentMarkdown(input)).items;
    expect(items[0]!.join('\n')).toContain(' · #treaty #条约 · ');
    expect(items[2]!.join('\n')).toContain(' · #partners_2021 · ');
    expect(items[5]!.join('\n')).toContain(' · tags: 能源, energy policy · ');
    expect(items[6]!.join('\n')).toContain(' · #UN/GA #cyber-crime · ');
    const tagged = (tags: string[]) => exportDocumentMarkdown({ ...input, annotations: [{ ...statementAnnotations[1]!, body: { ...statementAnnotations[1]!.body, tags } }] });
    expect(tagged(['2021'])).toContain(' · tags: 2021 · ');
    expect(tagged(['#x', 'a_b'])).toContain(' · tags: \\#x, a\\_b · ');
    expect(tagged(['_lead'])).toContain(' · tags: \\_lead · ');
  });

  it('keeps a note full of Markdown and HTML inside its item, as Markdown but inert', () => {
    const { items, headings } = readExport(exportDocumentMarkdown(input));
    const item = items[6]!;
    const meta = item.findIndex((l) => l.startsWith('**§八 ¶20**'));
    const note = item.slice(meta + 2);
    expect(note).toEqual(noteLines(HOSTILE_NOTE));
    expectInert(note);
    // What the note meant as Markdown is still there.
    expect(note[0]).toBe('Resolutions **74/247** and _75/282_: see `A/RES/74/247` and <https://undocs.org/A/RES/74/247>.');
    expect(note).toContain('- a list item');
    expect(note).toContain('    - tab-indented');
    expect(note).toContain('> quoted, then a [link]&#40;javascript:alert(1)) and ![img]&#40;data:text/html,x)');
    expect(note.find((l) => l.startsWith('line very long'))).toHaveLength(5 + 'very long '.repeat(300).trim().length);
    // The unclosed fence is closed, longer than the ``` inside it, and the code is as written.
    expect(note.slice(-5)).toEqual(['````html', '<b>code is kept as written</b>', '~~~ and ``` inside', 'no closing fence', '````']);
    // Nothing after the note changed: the orphans and references still follow as headings.
    expect(headings.slice(-2)).toEqual(['## Not found on the page', '## References']);
  });

  it.each([
    ['a rule and a setext heading', 'text\n---\n\n===\n- - -\n***\n___'],
    ['headings of every level, and in quotes and lists', '# one\n###### six\n> # quoted\n- ## listed\n1. # numbered\n   #not a heading'],
    ['an unclosed fence of tildes', '~~~\n## inside code\n---'],
    ['a fence that another fence tries to close early', '````\n```\n# still code\n````\nafter'],
    ['a fence whose info string holds a backtick (not a fence)', '``` a`b\n# heading?'],
    ['raw HTML blocks and comments', '<div>\n# x\n</div>\n<!-- hide\n---\n-->\n<style>body{display:none}</style>'],
    ['link definitions that would hijack other links', '[open passage]: javascript:alert(1)\n> [x]: https://evil.example\n- [^1]: footnote'],
    ['links split across lines and written with entities', '[a](\njavascript:alert(1))\n[b](&#106;avascript:alert(1))\n[c](JAVASCRIPT:x)\n[d](<javascript:x>)'],
    ['Obsidian comments and math', '%%\nall hidden\n%%\n$$\n\\frac{1}{2}\n$$\n%%%'],
    ['Windows and old Mac line endings', 'a\r\n---\r\n# b\rc\u2028# d'],
    ['nothing but blank lines and spaces', '\n\n   \n\t\n'],
    ['control characters and a lone surrogate', 'a\u0000b\u0007c\ud800d\u001b[31m'],
  ])('keeps a note with %s inside its item', (_, note) => {
    const annotations: StoredAnnotation[] = [
      { ...statementAnnotations[0]!, body: { ...statementAnnotations[0]!.body, note } },
      { ...statementAnnotations[2]!, body: { ...statementAnnotations[2]!.body, note } },
    ];
    const { headings, items, other } = readExport(exportDocumentMarkdown({ ...input, annotations }));
    expect(headings).toEqual([`# ${statementDocument.title}`, '## §三', '## §五', '## References']);
    expect(other).toEqual([]);
    for (const item of items.slice(0, 2)) {
      expectInert(item);
      const meta = item.findIndex((l) => l.startsWith('**§'));
      expect(item.slice(meta + 2)).toEqual(noteLines(note));
      expect(item.join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\r\u2028\ud800]/);
    }
  });

  it('escapes Markdown in passages, titles and labels so they read as written', () => {
    const document: StoredDocument = { ...statementDocument, title: '# Title: "quoted" *stars* <b>bold</b> [x](y) #tag %%c%% $$m$$' };
    const annotation: StoredAnnotation = {
      ...statementAnnotations[1]!,
      quote: '- 1. <script>alert(1)</script> `code` **bold** #tag\n---\n> not a quote',
      label: '§1 *a*',
    };
    const markdown = exportDocumentMarkdown({ ...input, document, annotations: [annotation], analysis: null, placements: null });
    const { headings, items, frontMatter } = readExport(markdown);
    expect(frontMatter.title).toBe(document.title);
    expect(headings[0]).toBe('# \\# Title: "quoted" \\*stars\\* \\<b\\>bold\\</b\\> \\[x\\](y) \\#tag \\%\\%c\\%\\% \\$\\$m\\$\\$');
    expect(items[0]!.slice(0, 5)).toEqual([
      '> \\- 1. \\<script\\>alert(1)\\</script\\> \\`code\\` \\*\\*bold\\*\\* \\#tag',
      '>',
      '> \\---',
      '>',
      '> \\> not a quote',
    ]);
    expect(items[0]!.find((l) => l.startsWith('**'))).toMatch(/^\*\*§1 \\\*a\\\*\*\* · yellow · #treaty #条约 · \[open passage\]\(http:\/\/www\.news\.cn\/\S+\)$/);
  });

  it('quotes every front-matter value safely, whatever it holds', () => {
    const nasty = 'Title: with "quotes", # hash, \\ backslash\n- leading dash\u2028and\u0085breaks\u0007\ud800';
    const document: StoredDocument = { ...statementDocument, title: nasty, date: null, kind: null, parties: [], urls: ['https://x.test/a b?c=1&d="2"#f'] };
    const { frontMatter } = readExport(exportDocumentMarkdown({ ...input, document, annotations: [] }));
    expect(frontMatter).toMatchObject({ title: nasty.replace('\ud800', '\ufffd'), date: null, kind: null, parties: [], source: document.urls });
    const markdown = exportDocumentMarkdown({ ...input, document, annotations: [] });
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '---',
      'title: "Title: with \\"quotes\\", # hash, \\\\ backslash\\n- leading dash\\u2028and\\u0085breaks\\u0007\ufffd"',
      'kind: null',
    ]);
  });

  it('says when a document has no annotations, and names an untitled one', () => {
    const { headings, other } = readExport(
      exportDocumentMarkdown({ ...input, document: { ...statementDocument, title: null }, annotations: [], analysis: null, language: 'ru' }),
    );
    expect(headings).toEqual(['# Документ без названия']);
    expect(other).toEqual(['Нет выделений и заметок.']);
  });

  it('orders by the stored eIds and creation when there is no analysis and no placements', () => {
    const { headings, items } = readExport(exportDocumentMarkdown({ ...input, analysis: null, placements: null, language: 'zh-CN' }));
    expect(headings).toEqual([`# ${statementDocument.title}`, '## 序言', '## §一', '## §二', '## §三', '## §五', '## §八']);
    const labels = items.map((item) => /^\*\*(.+?)\*\*/.exec(item.find((l) => l.startsWith('**'))!)![1]);
    expect(labels).toEqual(['序言 ¶1', '§一 ¶3', '§二 ¶1', '§二 ¶2', '§三 ¶1', '§五 ¶1', '§五 ¶2 —2', '§八 ¶20']);
    expect(items[4]!.join('\n')).toContain('**§三 ¶1** · 条款笔记 · #summits · [查看原文](');
    expect(items[6]!.join('\n')).toContain(' · 绿色 · 标签: 能源, energy policy · ');
  });

  it('uses the placements: the clause a passage is in now, and the section the page reports', () => {
    const moved = new Map(statementPlacements);
    moved.set(statementAnnotations[0]!.id, { status: 'moved', eId: 'art_9__para_2', label: 'Art. 9(2)', section: { eId: 'art_9', label: 'Art. 9' }, position: 10 });
    const { headings, items } = readExport(exportDocumentMarkdown({ ...input, placements: moved }));
    expect(headings).toContain('## Art. 9');
    expect(items.find((item) => item[0] === '> 增强具有战略性和综合性的能源合作')!.join('\n')).toContain('**Art. 9(2)** · green');
    const orphans = readExport(exportDocumentMarkdown({ ...input, placements: new Map([[ORPHAN_ID, statementPlacements.get(ORPHAN_ID)!]]) }));
    expect(orphans.headings.filter((h) => h.startsWith('## '))).toEqual(['## 序言', '## §一', '## §二', '## §三', '## §五', '## §八', '## Not found on the page', '## References']);
  });
});

describe('exportAllMarkdown', () => {
  it('writes one file per document with safe, unique names, and one for annotations whose document is missing', () => {
    const other: StoredDocument = { ...statementDocument, id: 'ab'.repeat(8), title: 'A/B: "C"? <D> | E#^[F]', date: '2024-05-16', urls: [] };
    const twin: StoredDocument = { ...statementDocument, id: 'cd'.repeat(8) };
    const stray: StoredAnnotation = { ...statementAnnotations[0]!, id: '00000000-0000-4000-8000-0000000000ff', documentId: 'ef'.repeat(8), target: { ...statementAnnotations[0]!.target, source: 'ef'.repeat(8) } };
    const files = exportAllMarkdown({
      documents: [statementDocument, other, twin],
      annotations: [...statementAnnotations, stray],
      analyses: new Map([[statementDocument.id, corpus.analysis]]),
      placements: statementPlacements,
      exportedAt,
      language: 'en',
    });
    expect(files.map((f) => f.filename)).toEqual([
      `2021-06-28 ${statementDocument.title}.md`,
      '2024-05-16 A B C D E F.md',
      `2021-06-28 ${statementDocument.title} cdcdcdcd.md`,
      'efefefefefefefef.md',
    ]);
    expect(files[0]!.markdown).toBe(exportDocumentMarkdown(input));
    expect(files[1]!.markdown).toContain('\nNo highlights or notes.\n');
    expect(readExport(files[3]!.markdown).headings).toEqual(['# Untitled document', '## §五']);
    expect(files[3]!.markdown).not.toContain('[open passage]');
  });
});
