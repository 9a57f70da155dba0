import { defaultCatalog } from '../../src/core/catalog';
import { evaluateMatching } from './evaluate';
import { holdout } from './holdout';
import { headings, labelled } from './labels';

describe('matching the labelled set against the default catalog', () => {
  const result = evaluateMatching(defaultCatalog, labelled, headings);

  it('holds at least 300 labels with an indicator and 25 that must match nothing', () => {
    expect(result.positives).toBeGreaterThanOrEqual(300);
    expect(result.total - result.positives).toBeGreaterThanOrEqual(25);
  });

  it('never matches a label to the wrong indicator', () => {
    expect(result.wrong).toEqual([]);
  });

  it('finds at least 98 % of the labels that have an indicator', () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('never matches a section heading or a note', () => {
    expect(result.headingsMatched).toEqual([]);
  });
});

describe('matching held-out labels, written after tuning', () => {
  const result = evaluateMatching(defaultCatalog, holdout);

  it('never matches a label to the wrong indicator', () => {
    expect(result.wrong).toEqual([]);
  });

  it('finds at least 95 % of the labels that have an indicator', () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });
});
