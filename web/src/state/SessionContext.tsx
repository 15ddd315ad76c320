import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { client, onAuthLost, setCsrfToken, storedLocale, unwrap } from '../api/client';
import type { Me, Playbook } from '../api/types';
import { normalizeLocale } from '../i18n';
import { hasStoredLocale, useI18n } from './LocaleContext';

interface SessionValue {
  /** undefined while the initial /me request is in flight, null when signed out. */
  me: Me | null | undefined;
  playbook: Playbook | null;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  reloadPlaybook: () => Promise<void>;
  reloadMe: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children, onSignedOut }: { children: ReactNode; onSignedOut: () => void }) {
  const { setLocale } = useI18n();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [playbook, setPlaybook] = useState<Playbook | null>(null);

  const reloadPlaybook = useCallback(async () => {
    setPlaybook(await unwrap(client.GET('/api/v1/playbook')));
  }, []);

  const adopt = useCallback(
    async (user: Me) => {
      // A locale chosen on this device wins, and is saved on the account so that notices and
      // exports (worded by the server in the account's language) match; otherwise use the account's.
      if (!hasStoredLocale()) {
        if (user.locale) setLocale(normalizeLocale(user.locale));
      } else if (user.locale && normalizeLocale(user.locale) !== normalizeLocale(storedLocale())) {
        void unwrap(client.PATCH('/api/v1/me', { body: { locale: normalizeLocale(storedLocale()) } })).catch(() => undefined);
      }
      setMe(user);
      await reloadPlaybook().catch(() => setPlaybook(null));
    },
    [reloadPlaybook, setLocale],
  );

  const reloadMe = useCallback(async () => {
    try {
      const current = await unwrap(client.GET('/api/v1/me'));
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
    // reloadMe sets state only after its first await, which this rule does not follow yet
    // (facebook/react#34905); nothing is set synchronously here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reloadMe();
    return () => onAuthLost(null);
  }, [reloadMe, onSignedOut]);

  const login = useCallback(
    async (username: string, password: string) => {
      // A 401 here is wrong credentials, not a lost session: the client leaves login's answer to the form.
      const result = await unwrap(client.POST('/api/v1/auth/login', { body: { username, password } }));
      setCsrfToken(result.csrfToken);
      // /me carries the scope, team and permissions which the login answer does not.
      await adopt(await unwrap(client.GET('/api/v1/me')));
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      await unwrap(client.POST('/api/v1/auth/logout'));
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
