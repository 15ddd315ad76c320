import { useMemo } from 'react';
import { choiceKey, type Choice } from '../i18n';
import { useI18n } from './LocaleContext';
import { useSession } from './SessionContext';
import type { FieldDef, PlaybookDocument, StageDef } from '../api/types';

const DEFAULT_FILE_KINDS = ['recording', 'screenshot', 'email', 'proposal', 'photo', 'other'] as const;

export interface Option {
  value: string;
  label: string;
}

export interface PlaybookHelpers {
  doc: PlaybookDocument | null;
  version: number | null;
  stages: StageDef[];
  openStages: StageDef[];
  fields: FieldDef[];
  stageLabel: (key: string | null | undefined) => string;
  fieldDef: (key: string) => FieldDef | undefined;
  channelLabel: (key: string) => string;
  valueTagLabel: (key: string) => string;
  fileKindLabel: (key: string) => string;
  channelOptions: Option[];
  valueTagOptions: Option[];
  regionOptions: Option[];
  productLineOptions: Option[];
  fileKindOptions: Option[];
  choiceLabel: (list: Choice[] | undefined, key: string) => string;
}

export function usePlaybook(): PlaybookHelpers {
  const { playbook } = useSession();
  const { label, t } = useI18n();

  return useMemo(() => {
    const doc = playbook?.document ?? null;
    const stages = doc?.stages ?? [];
    const fields = doc?.fields ?? [];
    const toOptions = (list: Choice[] | undefined): Option[] => (list ?? []).map((item) => ({ value: choiceKey(item), label: label(item) }));
    const choiceLabel = (list: Choice[] | undefined, key: string) => {
      const found = (list ?? []).find((item) => choiceKey(item) === key);
      return found ? label(found) : key;
    };
    const fileKindLabel = (key: string) => {
      const found = (doc?.fileKinds ?? []).find((item) => choiceKey(item) === key && typeof item !== 'string');
      if (found) return label(found);
      return (DEFAULT_FILE_KINDS as readonly string[]).includes(key) ? t(`fileKind.${key}` as 'fileKind.other') : key;
    };
    const fileKindKeys = doc?.fileKinds?.length ? doc.fileKinds.map(choiceKey) : [...DEFAULT_FILE_KINDS];
    return {
      doc,
      version: playbook?.version ?? null,
      stages,
      openStages: stages.filter((s) => s.kind === 'open'),
      fields,
      stageLabel: (key) => (key ? choiceLabel(stages, key) : ''),
      fieldDef: (key) => fields.find((f) => f.key === key),
      channelLabel: (key) => choiceLabel(doc?.channels, key),
      valueTagLabel: (key) => choiceLabel(doc?.valueTags, key),
      fileKindLabel,
      channelOptions: toOptions(doc?.channels),
      valueTagOptions: toOptions(doc?.valueTags),
      regionOptions: toOptions(doc?.regions),
      productLineOptions: toOptions(doc?.productLines),
      fileKindOptions: fileKindKeys.map((key) => ({ value: key, label: fileKindLabel(key) })),
      choiceLabel,
    };
  }, [playbook, label, t]);
}
