import type { Role, ScopeKind } from './roles.js';

/** Who is calling, and over which records their reads and writes reach. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  teamId: string | null;
  locale: string;
  /** 'internal': a trusted in-process caller acting as the user (the demo seed), never a request. */
  via: 'session' | 'token' | 'internal';
  /** API-token scopes; sessions have every scope their role allows. */
  tokenScopes: string[] | null;
  scope: DataScope;
}

export interface DataScope {
  kind: ScopeKind;
  userId: string;
  /** Teams whose records a supervisor sees: the teams they lead or belong to, and their sub-teams. */
  teamIds: string[];
  region: string | null;
  readOnly: boolean;
}
