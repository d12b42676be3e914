/** The demo's help-center articles: what the retriever searches and what faithful answers are built from. */
export interface Article {
  id: string;
  title: string;
  text: string;
}

export const ARTICLES: readonly Article[] = [
  {
    id: 'kb-101',
    title: 'Refunds for duplicate charges',
    text: 'Duplicate charges are refunded in full within 5 business days once confirmed. Annual plans cancelled within 14 days are refunded pro rata. Refunds go back to the original card.',
  },
  {
    id: 'kb-102',
    title: 'Invoices and VAT',
    text: 'Invoices can be regenerated from Settings > Billing after adding a VAT number. Corrected invoices keep the original invoice date. VAT numbers are validated against the EU VIES service.',
  },
  {
    id: 'kb-201',
    title: 'API rate limits',
    text: 'The API allows 600 requests per minute per workspace. Responses with status 429 include a Retry-After header in seconds. Clients should retry with exponential backoff.',
  },
  {
    id: 'kb-202',
    title: 'Webhook signatures',
    text: 'Each webhook carries an X-Signature header, an HMAC-SHA256 of the body. After rotating the secret, both the old and the new secret are accepted for 24 hours.',
  },
  {
    id: 'kb-301',
    title: 'Two-factor recovery',
    text: 'Users who lost their second factor can sign in with one of their ten recovery codes. Without codes, support verifies identity by email and resets two-factor within 2 business days.',
  },
  {
    id: 'kb-302',
    title: 'Account deletion',
    text: 'Account deletion is permanent after 30 days. A full data export is available from Settings > Privacy before deletion. Deletion requests under GDPR are completed within 30 days.',
  },
  {
    id: 'kb-401',
    title: 'Plans',
    text: 'The Pro plan costs 20 dollars per seat per month. Enterprise plans include SSO, audit logs and a 99.9 percent uptime commitment.',
  },
];

/** Plain keyword overlap: enough for a realistic top-k with scores, no embeddings needed. */
export function searchArticles(query: string, k = 3): { article: Article; score: number }[] {
  const terms = query
    .toLowerCase()
    .split(/\W+/)
    .filter((t) => t.length > 2);
  return ARTICLES.map((article) => {
    const text = `${article.title} ${article.text}`.toLowerCase();
    const hits = terms.filter((t) => text.includes(t)).length;
    return { article, score: terms.length === 0 ? 0 : Number((hits / terms.length).toFixed(3)) };
  })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}
