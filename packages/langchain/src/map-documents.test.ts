import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { mapDocuments } from './map-documents.js';

describe('mapDocuments', () => {
  it('keeps content and metadata and lifts a score from the metadata', () => {
    expect(
      mapDocuments([
        new Document({ pageContent: 'a', metadata: { source: 'a.md', score: 0.9 } }),
        new Document({ pageContent: 'b', metadata: { relevance_score: 0.4 } }),
        new Document({ pageContent: 'c', metadata: { score: 'high' } }),
        new Document({ pageContent: 'd' }),
      ]),
    ).toEqual([
      { pageContent: 'a', metadata: { source: 'a.md', score: 0.9 }, score: 0.9 },
      { pageContent: 'b', metadata: { relevance_score: 0.4 }, score: 0.4 },
      { pageContent: 'c', metadata: { score: 'high' } },
      { pageContent: 'd', metadata: {} },
    ]);
  });

  it('returns [] for anything that is not a list', () => {
    expect(mapDocuments(null)).toEqual([]);
  });
});
