/** Shanghai wall time → instant: tests speak in the local times the rules are about. */
export const sh = (local: string) => new Date(`${local}+08:00`);
