/** Test helper: the values a default masker finds for one entity type. */
import { createMasker } from '../../masker.js';

const masker = createMasker();

export function found(text: string, type: string): string[] {
  return masker
    .mask(text)
    .entities.filter((entity) => entity.type === type)
    .map((entity) => text.slice(entity.start, entity.end));
}
