import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../lib/analysis/types';
import {
  INSTRUMENTS, findInstrument, findNameConflicts, instrumentById, publicCopyOf, type Instrument,
} from '../../../lib/references/registry';
import { CORPUS_TEXT } from '../../helpers';

const id = (name: string): string | undefined => findInstrument(name)?.id;

describe('the registry data', () => {
  it('has unique kebab-case ids', () => {
    const ids = INSTRUMENTS.map((instrument) => instrument.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const value of ids) expect(value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every instrument an English title, a known kind and a real date or null', () => {
    for (const instrument of INSTRUMENTS) {
      expect(instrument.titles.en, instrument.id).toBeTruthy();
      expect(DOCUMENT_KINDS, instrument.id).toContain(instrument.kind);
      if (instrument.date !== null) {
        expect(instrument.date, instrument.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${instrument.date}T00:00:00Z`).toISOString().slice(0, 10), instrument.id).toBe(instrument.date);
      }
    }
  });

  it('uses ISO-style codes for parties and absolute https/http URLs for public copies', () => {
    for (const instrument of INSTRUMENTS) {
      for (const party of instrument.parties) expect(party, instrument.id).toMatch(/^[A-Z]{2}$/);
      for (const url of Object.values(instrument.publicCopy)) expect(() => new URL(url), instrument.id).not.toThrow();
    }
  });

  it('has no name that two instruments share', () => {
    expect(findNameConflicts()).toEqual([]);
  });

  it('reports a shared name as a conflict', () => {
    const a: Instrument = { ...instrumentById('npt')!, id: 'a' };
    const b: Instrument = { ...instrumentById('ctbt')!, id: 'b', names: { en: ['Non-Proliferation Treaty'] } };
    expect(findNameConflicts([a, b])).toEqual([{ key: 'nonproliferationtreaty', ids: ['a', 'b'] }]);
  });

  it('holds no generic word as a name', () => {
    for (const generic of ['条约', '條約', '公约', '宪章', '协定', 'Treaty', 'the Treaty', 'Convention', 'Charter', 'Agreement', 'Договор', 'Конвенция', 'Устав', 'Соглашение']) {
      expect(findInstrument(generic), generic).toBeUndefined();
    }
  });
});

describe('findInstrument', () => {
  it('finds every instrument the corpus names in 《》, from the exact string it uses', () => {
    const named = [...CORPUS_TEXT.matchAll(/《([^》]+)》/gu)].map((m) => m[1]!).filter((name) => name !== '公约');
    expect(named.map((name) => [name, id(name)])).toEqual([
      ['中俄睦邻友好合作条约', 'cn-ru-treaty-2001'],
      ['中华人民共和国和俄罗斯联邦睦邻友好合作条约', 'cn-ru-treaty-2001'],
      ['不扩散核武器条约', 'npt'],
      ['中导条约', 'inf-treaty'],
      ['关于禁止发展、生产、储存和使用化学武器及销毁此种武器的公约', 'cwc'],
      ['禁止发展、生产及储存细菌（生物）及毒素武器和销毁此种武器公约', 'bwc'],
      ['制止生化恐怖主义行为国际公约', 'chemical-biological-terrorism-convention'],
      ['全球数据安全倡议', 'global-data-security-initiative'],
      ['中华人民共和国主席和俄罗斯联邦总统关于协作推进信息网络空间发展的联合声明', 'cn-ru-information-space-statement-2016'],
      ['中华人民共和国政府和俄罗斯联邦政府关于在保障国际信息安全领域合作协定', 'cn-ru-information-security-agreement-2015'],
    ]);
  });

  it('finds the corpus instruments also with their brackets and quotes, and the unbracketed UN Charter', () => {
    expect(CORPUS_TEXT).toContain('“防止在外空放置武器、对外空物体使用或威胁使用武力条约”草案');
    expect([
      id('《中俄睦邻友好合作条约》'),
      id('《不扩散核武器条约》'),
      id('“防止在外空放置武器、对外空物体使用或威胁使用武力条约”'),
      id('联合国宪章'),
      id('《联合国宪章》'),
      id('禁止发展、生产及储存细菌(生物)及毒素武器和销毁此种武器公约'), // ASCII brackets
    ]).toEqual(['cn-ru-treaty-2001', 'npt', 'ppwt', 'un-charter', 'un-charter', 'bwc']);
  });

  it('finds the corpus instruments from their traditional-Chinese titles', () => {
    expect([
      '中華人民共和國和俄羅斯聯邦睦鄰友好合作條約', '《中俄睦鄰友好合作條約》', '聯合國憲章', '不擴散核武器條約', '中導條約',
      '關於禁止發展、生產、儲存和使用化學武器及銷毀此種武器的公約', '禁止細菌（生物）和毒素武器的發展、生產及儲存以及銷毀這類武器的公約',
      '防止在外空放置武器、對外空物體使用或威脅使用武力條約', '制止生化恐怖主義行為國際公約', '全球數據安全倡議',
    ].map(id)).toEqual([
      'cn-ru-treaty-2001', 'cn-ru-treaty-2001', 'un-charter', 'npt', 'inf-treaty', 'cwc', 'bwc', 'ppwt',
      'chemical-biological-terrorism-convention', 'global-data-security-initiative',
    ]);
  });

  it('finds instruments from English titles and abbreviations, whatever the case and spacing', () => {
    expect([
      'NPT', 'INF Treaty', 'CWC', 'BWC', 'PPWT', 'UN Charter', 'U.N. Charter', 'charter of the united nations',
      'Treaty on the Non-Proliferation of Nuclear Weapons', 'Chemical Weapons Convention', 'New START', 'ABM Treaty', 'CTBT',
    ].map(id)).toEqual([
      'npt', 'inf-treaty', 'cwc', 'bwc', 'ppwt', 'un-charter', 'un-charter', 'un-charter',
      'npt', 'cwc', 'new-start', 'abm-treaty', 'ctbt',
    ]);
  });

  it('finds Russian names in oblique cases, with е for ё', () => {
    expect([
      'Устава ООН',
      'Устава Организации Объединенных Наций',
      'Уставом Организации Объединённых Наций',
      'Договора о нераспространении ядерного оружия',
      'ДНЯО',
      'Договора о РСМД',
      'Конвенции о запрещении разработки, производства, накопления и применения химического оружия и о его уничтожении',
      'Договором о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой',
      'Шанхайской конвенции о борьбе с терроризмом, сепаратизмом и экстремизмом',
      'Хартии Шанхайской организации сотрудничества',
      'Парижского соглашения',
      'Всеобщей декларации прав человека',
      'Соглашением между Правительством Российской Федерации и Правительством Китайской Народной Республики о сотрудничестве в области обеспечения международной информационной безопасности',
    ].map(id)).toEqual([
      'un-charter', 'un-charter', 'un-charter', 'npt', 'npt', 'inf-treaty', 'cwc', 'cn-ru-treaty-2001',
      'shanghai-convention-2001', 'sco-charter', 'paris-agreement', 'udhr', 'cn-ru-information-security-agreement-2015',
    ]);
  });

  it('finds nothing for generic words, unknown titles or an empty string', () => {
    expect(['条约', '《条约》', 'the Treaty', 'Treaty', 'Договор', 'Договора', 'Convention', '《公约》', '', '  ', '中俄关系'].map(id))
      .toEqual(Array(11).fill(undefined));
  });
});

describe('instrumentById and publicCopyOf', () => {
  it('looks instruments up by id', () => {
    expect(instrumentById('cn-ru-treaty-2001')?.date).toBe('2001-07-16');
    expect(instrumentById('cn-ru-treaty-2001')?.parties).toEqual(['CN', 'RU']);
    expect(instrumentById('no-such-instrument')).toBeUndefined();
  });

  it('gives the copy in the language asked for, else the English one, else null', () => {
    const charter = instrumentById('un-charter')!;
    const npt = instrumentById('npt')!;
    const inf = instrumentById('inf-treaty')!;
    expect([
      publicCopyOf(charter, 'ru'),
      publicCopyOf(charter, 'zh-CN'),
      publicCopyOf(npt, 'zh'),
      publicCopyOf(npt, 'ru'),
      publicCopyOf(npt, 'fr'),
      publicCopyOf(inf, 'en'),
    ]).toEqual([
      { url: 'https://www.un.org/ru/about-us/un-charter/full-text', language: 'ru' },
      { url: 'https://www.un.org/zh/about-us/un-charter/full-text', language: 'zh' },
      { url: 'https://treaties.unoda.org/t/npt', language: 'en' },
      { url: 'https://treaties.unoda.org/t/npt', language: 'en' },
      { url: 'https://treaties.unoda.org/t/npt', language: 'en' },
      null,
    ]);
  });
});
