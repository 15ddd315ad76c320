import type { Permission } from './auth/roles.js';
import type { App, AppContext } from './context.js';
import type { AppSubscriber } from './events/subscriber.js';
import type { EventName } from './events/catalog.js';
import type { PlaybookDocument } from './playbook/schema.js';
import type { TimeRule } from './scheduler/time-rule.js';

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
  /** The permissions its routes check. */
  permissions?: readonly Permission[];
}

/** Registers the modules' subscribers and time rules on the context; returns the route installer. */
export function installModules(modules: readonly CapabilityModule[], ctx: AppContext): (app: App) => void {
  const names = new Set<string>();
  for (const module of modules) {
    if (names.has(module.name)) throw new Error(`Module ${module.name} is listed twice`);
    names.add(module.name);
  }
  for (const module of modules) for (const subscriber of module.subscribers ?? []) ctx.events.subscribe(module.name, subscriber);
  for (const module of modules) for (const rule of module.timeRules?.(ctx) ?? []) ctx.scheduler.register(rule);
  return (app) => {
    for (const module of modules) module.routes?.(app, ctx);
  };
}
