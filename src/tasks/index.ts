/** 工作队列: each rep's queue (first responses, planned follow-ups, rule-created tasks) and the supervisor's view of the team's overdue work. */
import type { CapabilityModule } from '../core/module.js';
import { taskRoutes } from './tasks.routes.js';

export const tasksModule: CapabilityModule = {
  name: 'tasks',
  summary: 'Work queues and rule-created tasks',
  routes: taskRoutes,
};

export { loadQueue, type QueueItem } from './queue.js';
export { queueItem as queueItemSchema } from './tasks.routes.js';
