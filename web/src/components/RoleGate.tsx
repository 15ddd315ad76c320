import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import type { Me } from '../api/types';
import { useMe } from '../state/SessionContext';

export function RoleGate({ allow, children }: { allow: (me: Me) => boolean; children: ReactNode }) {
  const me = useMe();
  return allow(me) ? <>{children}</> : <Navigate to="/" replace />;
}
