import { on } from '../core/events/subscriber.js';
import { contractById } from '../contracts/index.js';
import { createCards, pauseCards, resumeCards } from './cards.service.js';

/** Contract submitted: the product, finance and delivery cards, on working-day SLAs. */
export const createCardsOnSubmission = on('contract.submitted', 'creates the product, finance and delivery task cards', async (trx, event, ctx) => {
  const { document, version } = await ctx.playbook.active(trx);
  const calendar = await ctx.calendar.current(trx);
  const contract = await contractById(trx, event.contractId);
  await createCards(trx, ctx, contract, document, version, calendar);
});

/** Frozen: the contract's open cards stop their clocks, keeping the business time they had left. */
export const pauseCardsOnFreeze = on('contract.frozen', "pauses the contract's open cards", async (trx, event, ctx) => {
  await pauseCards(trx, ctx.clock.now(), [event.contractId], await ctx.calendar.current(trx));
});

/** Unfrozen: paused cards run again with the time they had left. */
export const resumeCardsOnUnfreeze = on('contract.unfrozen', "resumes the contract's paused cards", async (trx, event, ctx) => {
  await resumeCards(trx, ctx.clock.now(), [event.contractId], await ctx.calendar.current(trx));
});
