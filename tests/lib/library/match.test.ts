import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze';
import { instrumentIdOf, isInstrumentId, matchInstrument, titleForms } from '../../../lib/library/match';

const PRIMERIA = 'Договор о дружбе и сотрудничестве между Российской Федерацией и Республикой Примерия';

describe('matching a treaty to the registry', () => {
  it.each([
    ['中华人民共和国和俄罗斯联邦睦邻友好合作条约'],
    ['《中华人民共和国和俄罗斯联邦睦邻友好合作条约》'],
    ['中华人民共和国和俄罗斯联邦睦邻友好合作条约（全文）'],
    ['全文：中华人民共和国和俄罗斯联邦睦邻友好合作条约'],
    ['中俄睦邻友好合作条约'],
    ['Договор о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой от 16 июля 2001 года'],
    ['Full text of the Treaty of Good-Neighborliness and Friendly Cooperation between the People\'s Republic of China and the Russian Federation'],
  ])('finds the 2001 Treaty by %s', (title) => {
    expect(matchInstrument(title)).toEqual({ id: 'cn-ru-treaty-2001', registered: true });
  });

  it('finds other instruments by their titles in any language', () => {
    expect(matchInstrument('Treaty on the Non-Proliferation of Nuclear Weapons')).toEqual({ id: 'npt', registered: true });
    expect(matchInstrument('联合国宪章')).toEqual({ id: 'un-charter', registered: true });
  });

  it('gives an instrument no registry knows an id made from its title, the same for every case of the title', () => {
    const treaty = matchInstrument(PRIMERIA);
    expect(treaty).toEqual({ id: expect.stringMatching(/^local-[0-9a-f]{16}$/), registered: false });
    expect(matchInstrument(`«${PRIMERIA}»`)).toEqual(treaty);
    expect(matchInstrument(`Договора о дружбе и сотрудничестве между Российской Федерацией и Республикой Примерия`)).toEqual(treaty);
    expect(matchInstrument('Договор о дружбе и сотрудничестве между Российской Федерацией и Республикой Тестовия')!.id).not.toBe(treaty!.id);
    expect(matchInstrument('《》')).toBeNull();
  });

  it('lists the forms of a title it looks up, the title first', () => {
    expect(titleForms('全文：《中俄睦邻友好合作条约》')).toEqual(['全文：《中俄睦邻友好合作条约》', '中俄睦邻友好合作条约']);
    expect(titleForms('“Treaty on Friendship” (full text)')).toEqual(['“Treaty on Friendship” (full text)', 'Treaty on Friendship']);
    expect(titleForms('Treaty on Friendship')).toEqual(['Treaty on Friendship']);
  });
});

describe('the library id of a reference', () => {
  it('is the registry id, the id of the title it names, or none for the document itself', () => {
    const statement = analyzeText(
      [
        'Совместное заявление Российской Федерации и Республики Примерия',
        'Российская Федерация и Республика Примерия (далее — Стороны) заявляют следующее:',
        'I',
        `Стороны подтверждают, что в соответствии со статьей 3 ${PRIMERIA.replace('Договор', 'Договора')} от 16 июля 2001 года (далее — Договор) они проводят регулярные консультации.`,
        'II',
        'Стороны будут руководствоваться статьями 1 и 2 Договора и Уставом ООН.',
      ].join('\n'),
    ).analysis;
    const ids = statement.references.map((r) => [r.text, instrumentIdOf(r.instrument)]);
    const local = matchInstrument(PRIMERIA)!.id;
    expect(ids).toEqual([
      [`статьей 3 ${PRIMERIA.replace('Договор', 'Договора')}`, local],
      ['статьями 1 и 2 Договора', local],
      ['Уставом ООН', 'un-charter'],
    ]);
    expect(instrumentIdOf({ id: null, title: 'Настоящий Договор', self: true })).toBeNull();
    expect(instrumentIdOf(null)).toBeNull();
  });

  it('checks ids as the protocol accepts them', () => {
    expect(['cn-ru-treaty-2001', 'local-2a7dda39ad6aecda', 'npt'].every(isInstrumentId)).toBe(true);
    expect(['', 'Local-1', 'a--b', '../x', 'a'.repeat(101), 7].some(isInstrumentId)).toBe(false);
  });
});
