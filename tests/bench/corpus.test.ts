import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analysis/analyze';
import { buildStatement, statementParts, statementText } from '../../bench/corpus';

describe('statements built from the corpus', () => {
  it('splits the 2021 statement into its title, preamble, eight sections and closing lines', () => {
    const parts = statementParts();
    expect({
      title: parts.title,
      preamble: parts.preamble.length,
      sections: parts.sections.map((s) => s.length),
      closing: parts.closing,
    }).toEqual({
      title: '中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明',
      preamble: 1,
      sections: [3, 4, 2, 2, 12, 1, 13, 29],
      closing: ['二〇二一年六月二十八日', '（新华社北京6月28日电）'],
    });
  });

  it('builds statements of the size asked for that the analysis reads as such, section for section', () => {
    const found = [10_000, 50_000].map((size) => {
      const statement = buildStatement(size);
      const { analysis } = analyzeText(statementText(statement));
      return {
        nearSize: Math.abs(statement.characters - size) < 2_000,
        sections: [statement.sections, analysis.sections.length],
        kind: analysis.kind,
        cites: analysis.references.length > statement.sections,
      };
    });
    expect(found).toEqual([
      { nearSize: true, sections: [5, 5], kind: 'joint-statement', cites: true },
      { nearSize: true, sections: [26, 26], kind: 'joint-statement', cites: true },
    ]);
  });
});
