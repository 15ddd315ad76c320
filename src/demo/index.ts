/**
 * The demo organisation (DEMO=1 on an empty database). Not a capability module: it has no routes,
 * rules or events of its own; it writes through the capabilities' services like any other caller.
 */
export { seedDemo } from './seed.js';
