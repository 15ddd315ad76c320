import { Button, Input, Select, Space, Table } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { PlaybookDocument, StageDef } from '../../../api/types';
import { useI18n } from '../../../state/LocaleContext';
import { SettingItem } from './SchemaForm';
import { issuesAt, type Issues, type Path } from './schema-types';

interface Props {
  doc: PlaybookDocument;
  onChange: (path: Path, value: unknown) => void;
  issues: Issues;
  disabled?: boolean;
}

/** 阶段: add, rename, reorder; exactly one won and one lost stage (the server checks). */
export function StagesForm({ doc, onChange, issues, disabled }: Props) {
  const { t } = useI18n();
  const stages = doc.stages;
  const set = (next: StageDef[]) => onChange(['stages'], next);
  const edit = (i: number, patch: Partial<StageDef>) => set(stages.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) => {
    const next = [...stages];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    set(next);
  };
  const status = (i: number, key: string) => (issuesAt(issues, ['stages', i, key]).length ? 'error' : undefined);
  return (
    <SettingItem path={['stages']} issues={issues}>
      <Table<StageDef>
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={stages}
        data-testid="designer-stages"
        columns={[
          {
            title: t('playbook.key'),
            render: (_, s, i) => <Input value={s.key} status={status(i, 'key')} disabled={disabled} onChange={(e) => edit(i, { key: e.target.value })} />,
          },
          {
            title: t('playbook.label'),
            render: (_, s, i) => (
              <Input
                value={s.label}
                status={status(i, 'label')}
                disabled={disabled}
                onChange={(e) => edit(i, { label: e.target.value })}
                data-testid={`stage-label-${i}`}
              />
            ),
          },
          {
            title: t('playbook.labelEn'),
            render: (_, s, i) => <Input value={s.labelEn ?? ''} disabled={disabled} onChange={(e) => edit(i, { labelEn: e.target.value || undefined })} />,
          },
          {
            title: t('playbook.kind'),
            render: (_, s, i) => (
              <Select
                value={s.kind}
                disabled={disabled}
                style={{ width: 120 }}
                onChange={(kind) => edit(i, { kind })}
                options={(['open', 'won', 'lost'] as const).map((k) => ({ value: k, label: t(`designer.stageKind.${k}`) }))}
              />
            ),
          },
          {
            title: '',
            render: (_, _s, i) => (
              <Space>
                <Button size="small" icon={<ArrowUpOutlined />} disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={t('designer.moveUp')} />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  disabled={disabled || i === stages.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('designer.moveDown')}
                />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  onClick={() => set(stages.filter((_, j) => j !== i))}
                  aria-label={t('designer.remove')}
                />
              </Space>
            ),
          },
        ]}
      />
      <Button
        icon={<PlusOutlined />}
        disabled={disabled}
        style={{ marginTop: 8 }}
        onClick={() => {
          // A new open stage goes before the won and lost stages.
          const at = stages.findIndex((s) => s.kind !== 'open');
          const next = [...stages];
          next.splice(at < 0 ? stages.length : at, 0, { key: `stage_${stages.length + 1}`, label: t('designer.newStage'), kind: 'open' });
          set(next);
        }}
      >
        {t('designer.addStage')}
      </Button>
    </SettingItem>
  );
}
