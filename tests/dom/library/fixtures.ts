// The seeded highlights (tests/fixtures/exchange/library-seed.json) and their
// chapters and layers from the bundled dataset, for the library's DOM tests.

import type { LibraryContext } from '../../../src/ui/library';
import type { ChapterRecord, LayerRecord } from '../../../src/shared/dataset';
import type { Highlight } from '../../../src/shared/highlights';
import seed from '../../fixtures/exchange/library-seed.json';
import { byId, data } from '../ui/overlay/fixtures';

export const HIGHLIGHTS = seed.highlights as Highlight[];
export const CONTEXT: LibraryContext = {
  chapters: Object.fromEntries(
    ['ch42', 'ch26', 'ch09', 'ch22'].map((id) => [id, byId(data.chapters, id) as ChapterRecord]),
  ),
  layers: data.layers as LayerRecord[],
  passageLayers: {
    'VIII-02': ['critique', 'theme:discipline-timing'],
    'VII-03': ['critique', 'theme:soviets-party'],
    'III-07': ['critique', 'theme:spontaneity'],
    'VI-01': ['critique'],
  },
};
