import { describe, expect, it } from 'vitest';
import { callTree, functionTimes, type CpuProfile } from '../../bench/cpu-profile';

const frame = (functionName: string, lineNumber: number) => ({ functionName, url: 'chrome-extension://x/page-session.js', lineNumber });

// (root) → analyse → { buildStructure → splitSentences, findReferences }; 1 ms between samples.
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
    { id: 2, callFrame: frame('analyse', 9), children: [3, 5] },
    { id: 3, callFrame: frame('buildStructure', 19), children: [4] },
    { id: 4, callFrame: frame('splitSentences', 29) },
    { id: 5, callFrame: frame('findReferences', 39) },
  ],
  samples: [2, 4, 4, 4, 3, 5, 5, 1],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('CPU profiles', () => {
  it('charges each sample the time to the next, as self time and to every caller', () => {
    expect(functionTimes([PROFILE]).filter((t) => t.key !== '(root) (native)')).toEqual([
      { key: 'analyse page-session.js:10', selfMs: 1, totalMs: 7 },
      { key: 'buildStructure page-session.js:20', selfMs: 1, totalMs: 4 },
      { key: 'splitSentences page-session.js:30', selfMs: 3, totalMs: 3 },
      { key: 'findReferences page-session.js:40', selfMs: 2, totalMs: 2 },
    ]);
  });

  it('gives the call tree under a function, callees by time', () => {
    expect(callTree([PROFILE], 'analyse', 5)).toEqual([
      {
        key: 'analyse page-session.js:10',
        totalMs: 7,
        children: [
          { key: 'buildStructure page-session.js:20', totalMs: 4, children: [{ key: 'splitSentences page-session.js:30', totalMs: 3, children: [] }] },
          { key: 'findReferences page-session.js:40', totalMs: 2, children: [] },
        ],
      },
    ]);
  });
});
