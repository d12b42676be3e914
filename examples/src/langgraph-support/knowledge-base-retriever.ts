/** A LangChain retriever over the demo's help-center articles, returning documents with scores. */
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { searchArticles } from '../content/knowledge-base.js';

export class KnowledgeBaseRetriever extends BaseRetriever {
  static override lc_name() {
    return 'KnowledgeBaseRetriever';
  }

  override lc_namespace = ['llmtop', 'examples', 'retrievers'];
  private readonly k: number;

  constructor(fields: BaseRetrieverInput & { k?: number } = {}) {
    super(fields);
    this.k = fields.k ?? 3;
  }

  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    return searchArticles(query, this.k).map(
      ({ article, score }) =>
        new Document({
          pageContent: article.text,
          metadata: { id: article.id, title: article.title, score },
        }),
    );
  }
}
