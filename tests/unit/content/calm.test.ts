// The calm page: on the bundled dataset, each passage draws its lead stance
// alone (tint + one underline) until it is pointed at, focused or themes are
// turned on the page; then every shown layer adds its mark.

import { answerFirst, paintedLayers } from '../../../src/content/calm';
import { readFileSync } from 'node:fs';
import type { Dataset, LayerRecord } from '../../../src/shared/dataset';
import { passageLayerIds } from '../../../src/shared/relations';

const dataset = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;
const LAYERS = dataset.layers;
const layersOf = (passageId: string, hidden: string[] = []) => {
  const ids = passageLayerIds(passageId, dataset.paragraphs, dataset.quoteChecks);
  return answerFirst(LAYERS.filter((l) => ids.includes(l.id) && !hidden.includes(l.id)));
};
const drawn = (passageId: string, expanded: boolean, hidden: string[] = []) =>
  paintedLayers(layersOf(passageId, hidden), expanded).map(({ layer, lineOnly }) =>
    lineOnly ? `${layer.id} (line)` : layer.id,
  );

test.each([
  // passage, layers hidden by the reader, what the calm page draws
  ['VIII-01', [], ['answers']],
  ['VII-02', [], ['answers']],
  ['IV-04', [], ['critique']],
  ['IX-06', [], ['critique']],
  ['IV-04', ['critique'], ['tribute']],
  ['VIII-01', ['answers', 'critique', 'tribute'], ['theme:spontaneity']],
  ['I-01', ['critique', 'tribute', 'theme:spontaneity'], ['sources']],
])('%s with %p hidden: the calm page draws only %p', (id, hidden, expected) => {
  expect(drawn(id, false, hidden)).toEqual(expected);
});

test.each(['VIII-01', 'VII-02', 'IV-04', 'V-01', 'II-03'])(
  '%s pointed at: every shown layer, one tint, other stances as lines',
  (id) => {
    const all = layersOf(id);
    const painted = paintedLayers(all, true);
    expect(painted.map((p) => p.layer.id)).toEqual(all.map((l) => l.id));
    expect(painted.filter((p) => p.layer.kind === 'stance' && !p.lineOnly)).toHaveLength(1);
    expect(painted[0].lineOnly).toBe(false);
  },
);

test('on the whole dataset the calm page draws one mark per passage, where the busiest drew up to nine', () => {
  const passages = dataset.passages.filter((p) => p.kind === 'passage').map((p) => p.id);
  const calm = passages.map((id) => drawn(id, false).length);
  const expanded = passages.map((id) => drawn(id, true).length);
  expect(Math.max(...calm)).toBe(1);
  expect(Math.max(...expanded)).toBeGreaterThanOrEqual(9);
});

test('an imported pack is drawn on the calm page beside the lead stance', () => {
  const pack: LayerRecord = {
    ...LAYERS[0],
    id: 'pack:group',
    kind: 'pack',
    name: 'Reading group',
    icon: 'book',
    order: 100,
  };
  const painted = paintedLayers([...layersOf('IV-04'), pack], false);
  expect(painted.map((p) => p.layer.id)).toEqual(['critique', 'pack:group']);
});
