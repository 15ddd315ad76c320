import { useTranslation } from 'react-i18next';

/** A setting's path without list positions: `rules.stageFields.0.fields` → `rules.stageFields.fields`. */
export function settingKey(path: (string | number)[]): string {
  return path.filter((p) => typeof p === 'string' && !/^\d+$/.test(p)).join('.');
}

/**
 * The short name and one-line explanation of a setting, in the UI's language, from the
 * `playbookHelp` namespace (keys are setting paths; `@path` is the name). A setting a capability
 * added without texts yet shows its path and a visible "no explanation" note.
 */
export function useSettingHelp() {
  const { t, i18n } = useTranslation('playbookHelp');
  return (path: (string | number)[]) => {
    const key = settingKey(path);
    const has = i18n.exists(key, { ns: 'playbookHelp' });
    const last = String(path.filter((p) => typeof p === 'string' && !/^\d+$/.test(p)).at(-1) ?? key);
    return {
      key,
      label: i18n.exists(`@${key}`, { ns: 'playbookHelp' }) ? t(`@${key}` as never) : last,
      help: has ? t(key as never) : null,
    };
  };
}
