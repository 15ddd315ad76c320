/**
 * 报价单: numbered quotes (BJ-<year>-<6 digits>) for opportunities, priced from the price list,
 * versioned, approved by a supervisor above the playbook's discount threshold, rendered as a PDF
 * with the amount in words, and sent: the PDF becomes a proposal file of the opportunity.
 */
import type { CapabilityModule } from '../core/module.js';
import { quoteRoutes } from './quotes.routes.js';
import { quoteExpiryRule } from './quotes.rules.js';

export const quotesModule: CapabilityModule = {
  name: 'quotes',
  summary: 'Quotes: numbered, versioned, discount approval, PDF with the amount in words; sending stores the proposal',
  routes: quoteRoutes,
  timeRules: (ctx) => [quoteExpiryRule(ctx)],
  publishes: ['quote.sent'],
  playbookSections: ['quotes'],
  permissions: ['records:write', 'quotes:approve'],
};

export { amountInWords } from './amount-words.js';
export { insertQuote, priceQuoteItems } from './quote.service.js';
export type { QuoteLine } from './quote-rules.js';
