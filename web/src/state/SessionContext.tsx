import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onAuthLost, setCsrfToken, storedLocale } from '../api';
import { normalizeLocale } from '../i18n';
import type { Me, Playbook } from '../types';
import { hasStoredLocale, useI18n } from './LocaleContext';

interface SessionValue {
  /** undefined while the initial /me request is in flight, null when signed out. */
  me: Me | null | undefined;
  playbook: Playbook | null;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  reloadPlaybook(): Promise<void>;
  reloadMe(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children, onSignedOut }: { children: ReactNode; onSignedOut(): void }) {
  const { setLocale } = useI18n();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [playbook, setPlaybook] = useState<Playbook | null>(null);

  const reloadPlaybook = useCallback(async () => {
    setPlaybook(await api.get<Playbook>('/playbook'));
  }, []);

  const adopt = useCallback(
    async (user: Me) => {
      // A locale chosen on this device wins, and is saved on the account so that notices and
      // exports (worded by the server in the account's language) match; otherwise use the account's.
      if (!hasStoredLocale()) {
        if (user.locale) setLocale(normalizeLocale(user.locale));
      } else if (user.locale && normalizeLocale(user.locale) !== normalizeLocale(storedLocale())) {
        void api.patch('/me', { locale: normalizeLocale(storedLocale()) }).catch(() => undefined);
      }
      setMe(user);
      await reloadPlaybook().catch(() => setPlaybook(null));
    },
    [reloadPlaybook, setLocale],
  );

  const reloadMe = useCallback(async () => {
    try {
      const current = await api.get<Me & { csrfToken?: string }>('/me');
      // A new tab has no token of its own yet: the session's comes with /me.
      if (current.csrfToken) setCsrfToken(current.csrfToken);
      await adopt(current);
    } catch {
      setMe(null);
    }
  }, [adopt]);

  useEffect(() => {
    onAuthLost(() => {
      setMe(null);
      onSignedOut();
    });
    void reloadMe();
    return () => onAuthLost(null);
  }, [reloadMe, onSignedOut]);

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await api.post<{ csrfToken: string; user: Me }>('/auth/login', { username, password }, { skipAuthRedirect: true });
      setCsrfToken(result.csrfToken);
      // /me carries scope and team which the login answer may omit.
      const full = await api.get<Me>('/me').catch(() => result.user);
      await adopt(full);
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setCsrfToken(null);
      setMe(null);
      setPlaybook(null);
    }
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ me, playbook, login, logout, reloadPlaybook, reloadMe }),
    [me, playbook, login, logout, reloadPlaybook, reloadMe],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages inside the authenticated layout, where `me` is guaranteed. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
