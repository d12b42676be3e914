/** Fictional customers of the demo's support desk. Their messages carry PII on purpose: llmtop must mask it. */
export interface Customer {
  userId: string;
  name: string;
  email: string;
  phone: string;
  card: string;
  plan: 'free' | 'pro' | 'enterprise';
}

export const CUSTOMERS: readonly Customer[] = [
  {
    userId: 'u-1001',
    name: 'Maria Garcia',
    email: 'maria.garcia@example.com',
    phone: '+1 415 555 0142',
    card: '4111 1111 1111 1111',
    plan: 'pro',
  },
  {
    userId: 'u-1002',
    name: 'James Smith',
    email: 'jsmith@example.org',
    phone: '(212) 555-0199',
    card: '5500 0000 0000 0004',
    plan: 'enterprise',
  },
  {
    userId: 'u-1003',
    name: 'Aisha Khan',
    email: 'aisha.khan@example.net',
    phone: '+44 20 7946 0958',
    card: '3400 000000 00009',
    plan: 'free',
  },
  {
    userId: 'u-1004',
    name: 'Kenji Tanaka',
    email: 'k.tanaka@example.jp',
    phone: '+81 3-1234-5678',
    card: '4012 8888 8888 1881',
    plan: 'pro',
  },
  {
    userId: 'u-1005',
    name: 'Sophie Martin',
    email: 'sophie.martin@example.fr',
    phone: '+33 1 23 45 67 89',
    card: '5105 1051 0510 5100',
    plan: 'enterprise',
  },
  {
    userId: 'u-1006',
    name: 'David Miller',
    email: 'david.miller@example.com',
    phone: '650-555-0123',
    card: '6011 1111 1111 1117',
    plan: 'free',
  },
];

export interface SupportRequest {
  feature: 'billing' | 'technical' | 'account';
  message: (customer: Customer) => string;
  /** Keywords the knowledge base is searched with. */
  query: string;
  /** A formatting instruction the answer is supposed to follow. */
  instruction: string;
}

export const REQUESTS: readonly SupportRequest[] = [
  {
    feature: 'billing',
    query: 'refund annual plan proration',
    instruction: 'Answer in at most 3 bullet points.',
    message: (c) =>
      `Hi, I'm ${c.name}. I was charged twice on my card ${c.card} for the annual ${c.plan} plan. Can I get a refund? Reach me at ${c.email}.`,
  },
  {
    feature: 'billing',
    query: 'invoice vat tax address',
    instruction: 'Answer in at most 3 bullet points.',
    message: (c) =>
      `My invoice is missing our VAT number. Please send a corrected one to ${c.email}. Thanks, ${c.name}`,
  },
  {
    feature: 'technical',
    query: 'api rate limit 429 retry',
    instruction: 'Do not use the word "unfortunately".',
    message: (c) =>
      `Our integration keeps getting HTTP 429 from the API since this morning. Call me on ${c.phone} if you need logs. — ${c.name}`,
  },
  {
    feature: 'technical',
    query: 'webhook signature verification failed',
    instruction: 'Do not use the word "unfortunately".',
    message: (c) =>
      `Webhook signature verification fails after we rotated the secret. My email is ${c.email}.`,
  },
  {
    feature: 'account',
    query: 'reset two factor authentication lost phone',
    instruction: 'Answer in fewer than 80 words.',
    message: (c) =>
      `I lost my phone and can't pass two-factor login. I'm ${c.name}, ${c.email}, phone ${c.phone}.`,
  },
  {
    feature: 'account',
    query: 'delete account data export gdpr',
    instruction: 'Answer in fewer than 80 words.',
    message: (c) =>
      `Please delete my account and all my data under GDPR. Account email: ${c.email}. ${c.name}`,
  },
];
