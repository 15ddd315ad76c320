import type { Permission } from './auth/roles.js';
import type { App, AppContext } from './context.js';
import type { AppSubscriber } from './events/subscriber.js';
import type { EventName } from './events/catalog.js';
import { AppError } from './http/errors.js';
import type { ImpactContribution, ImpactInput, PublishedChange } from './playbook/impact.js';
import type { ModuleSwitch, PlaybookDocument } from './playbook/schema.js';
import type { DailySlot, TimeRule } from './scheduler/time-rule.js';
import type { Transaction } from 'kysely';
import type { DB } from './db/schema.js';
import type { Importer } from './import/importer.js';
import { importEngineOf } from './import/engine.js';

/**
 * A capability as one module: everything the app needs to know about it, exported from the
 * capability's `index.ts` and listed once in the manifest (`src/modules.ts`). The core installs
 * modules in manifest order: their event subscribers, their time rules, then their routes.
 */
export interface CapabilityModule {
  /** The capability's folder name (`leads`, `contracts`…); names it in the event registry and the docs. */
  name: string;
  /** One line: what the capability does. */
  summary: string;
  /** Its HTTP routes under /api/v1: parse the request, call a service, map the result. */
  routes?(app: App, ctx: AppContext): void;
  /** The time rules it declares; the scheduler fires them. */
  timeRules?(ctx: AppContext): TimeRule[];
  /** What it does when other capabilities' events happen, inside their transactions. */
  subscribers?: readonly AppSubscriber[];
  /** The domain events its services publish. */
  publishes?: readonly EventName[];
  /** The playbook sections it owns (their schemas live in src/core/playbook/schema.ts). */
  playbookSections?: readonly (keyof PlaybookDocument)[];
  /** The kinds of record it lets users import from spreadsheets (the engine in src/core/import runs them). */
  importers?: readonly Importer[];
  /** The permissions its routes check. */
  permissions?: readonly Permission[];
  /**
   * The playbook's module switch it answers to (`playbook.modules`): while off, its routes answer
   * 403 MODULE_DISABLED, its time rules and event reactions are skipped, its data stays.
   */
  switch?: ModuleSwitch;
  /** Its part of the draft's impact preview, computed with its own pure rules; changes nothing. */
  playbookImpact?(ctx: AppContext, input: ImpactInput): Promise<ImpactContribution>;
  /** Inside the transaction that publishes a playbook version: adapts what the old version planned. */
  playbookPublished?(trx: Transaction<DB>, ctx: AppContext, change: PublishedChange): Promise<void>;
}

/** The time rule, skipped while the module's switch is off (a daily slot then stays unclaimed). */
function switchedRule(rule: TimeRule, on: () => Promise<boolean>): TimeRule {
  if (rule.kind === 'sweep') return { ...rule, run: async (now: Date) => ((await on()) ? rule.run(now) : 0) };
  return { ...rule, at: () => rule.at(), run: async (slot: DailySlot) => ((await on()) ? rule.run(slot) : 0) };
}

function switchedSubscriber(subscriber: AppSubscriber, key: ModuleSwitch, ctx: AppContext): AppSubscriber {
  // Inside the publisher's transaction: read the playbook through it.
  const on = async (trx: Transaction<DB>) => (await ctx.playbook.active(trx)).document.modules[key];
  const inner = subscriber as unknown as {
    handle(trx: Transaction<DB>, payload: unknown, c: AppContext): Promise<void>;
    handleBatch?(trx: Transaction<DB>, payloads: readonly unknown[], c: AppContext): Promise<void>;
  };
  const handleBatch = inner.handleBatch?.bind(inner);
  return {
    ...subscriber,
    handle: async (trx: Transaction<DB>, payload: unknown, c: AppContext) => {
      if (await on(trx)) await inner.handle(trx, payload, c);
    },
    ...(handleBatch
      ? {
          handleBatch: async (trx: Transaction<DB>, payloads: readonly unknown[], c: AppContext) => {
            if (await on(trx)) await handleBatch(trx, payloads, c);
          },
        }
      : {}),
  };
}

/** Registers the modules' subscribers and time rules on the context; returns the route installer. */
export function installModules(modules: readonly CapabilityModule[], ctx: AppContext): (app: App) => void {
  const names = new Set<string>();
  for (const module of modules) {
    if (names.has(module.name)) throw new Error(`Module ${module.name} is listed twice`);
    names.add(module.name);
  }
  const enabled = (key: ModuleSwitch) => async () => (await ctx.playbook.active()).document.modules[key];
  for (const module of modules)
    for (const subscriber of module.subscribers ?? [])
      ctx.events.subscribe(module.name, module.switch ? switchedSubscriber(subscriber, module.switch, ctx) : subscriber);
  for (const module of modules) for (const importer of module.importers ?? []) importEngineOf(ctx).register(importer);
  for (const module of modules) {
    const rules = module.timeRules?.(ctx) ?? [];
    for (const rule of rules) ctx.scheduler.register(module.switch ? switchedRule(rule, enabled(module.switch)) : rule);
    ctx.playbook.registerModule({
      name: module.name,
      switch: module.switch,
      permissions: module.permissions ?? [],
      sections: module.playbookSections ?? [],
      timeRules: rules.map((r) => ({ id: r.id, name: r.name })),
      impact: module.playbookImpact ? (input) => module.playbookImpact!(ctx, input) : undefined,
      published: module.playbookPublished ? (trx, change) => module.playbookPublished!(trx, ctx, change) : undefined,
    });
  }
  return (app) => {
    for (const module of modules) {
      if (!module.routes) continue;
      const key = module.switch;
      if (!key) {
        module.routes(app, ctx);
        continue;
      }
      // One scope per switched module: its routes are marked (documented 403 MODULE_DISABLED) and guarded.
      void app.register(async (scoped) => {
        scoped.addHook('onRoute', (route) => {
          route.config = { ...(route.config as object), moduleSwitch: key } as typeof route.config;
        });
        scoped.addHook('onRequest', async () => {
          if (!(await enabled(key)())) throw new AppError(403, 'MODULE_DISABLED', { module: key });
        });
        module.routes!(scoped, ctx);
      });
    }
  };
}
