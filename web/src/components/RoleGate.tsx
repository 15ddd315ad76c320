import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useMe } from '../state/SessionContext';
import type { Role } from '../types';

export function RoleGate({ allow, children }: { allow(role: Role): boolean; children: ReactNode }) {
  const me = useMe();
  return allow(me.role) ? <>{children}</> : <Navigate to="/" replace />;
}
