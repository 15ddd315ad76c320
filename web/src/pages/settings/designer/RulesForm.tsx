import { Button, Card, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { GradeRule, PlaybookDocument, StageFieldRule } from '../../../api/types';
import { useI18n } from '../../../state/LocaleContext';
import { RuleDecisionsLink } from './RuleDecisions';
import { SettingItem } from './SchemaForm';
import type { Issues, Path } from './schema-types';

interface Props {
  doc: PlaybookDocument;
  onChange: (path: Path, value: unknown) => void;
  issues: Issues;
  disabled?: boolean;
}

type Scope = StageFieldRule['scope'];
type Requirement = GradeRule['requirements'][number];

function ScopeEditor({ doc, scope, path, issues, disabled, onChange }: { scope: Scope; path: Path } & Props) {
  const set = (key: keyof NonNullable<Scope>, value: string[]) => {
    const next: Record<string, string[]> = { ...(scope ?? {}) };
    if (value.length) next[key] = value;
    else delete next[key];
    onChange(path, next);
  };
  const multi = (key: keyof NonNullable<Scope>, options: string[]) => (
    <SettingItem path={[...path, key]} issues={issues}>
      <Select
        mode="multiple"
        style={{ minWidth: 180 }}
        disabled={disabled}
        value={scope?.[key] ?? []}
        options={options.map((o) => ({ value: o, label: o }))}
        onChange={(v: string[]) => set(key, v)}
      />
    </SettingItem>
  );
  return (
    <Space wrap align="start">
      {multi('grades', ['A', 'B', 'C', 'D'])}
      {multi('types', ['B2B', 'B2C'])}
      {multi('regions', doc.regions)}
      {multi('productLines', doc.productLines)}
    </Space>
  );
}

/** 阶段必填字段规则 and 客户分级动作规则: which stages, fields, scopes and evidence each requires. */
export function RulesForm(props: Props) {
  const { doc, onChange, issues, disabled } = props;
  const { t, label } = useI18n();
  const stageOptions = doc.stages.map((s) => ({ value: s.key, label: label(s) }));
  const fieldRules = doc.rules.stageFields;
  const gradeRules = doc.rules.gradeRules;
  const setFieldRule = (i: number, patch: Partial<StageFieldRule>) =>
    onChange(
      ['rules', 'stageFields'],
      fieldRules.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  const setGradeRule = (i: number, patch: Partial<GradeRule>) =>
    onChange(
      ['rules', 'gradeRules'],
      gradeRules.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  const header = (path: Path, rule: { id: string; name: string; enabled: boolean }, set: (p: { id?: string; name?: string; enabled?: boolean }) => void) => (
    <Space wrap align="start">
      <SettingItem path={[...path, 'id']} issues={issues}>
        <Input value={rule.id} disabled={disabled} onChange={(e) => set({ id: e.target.value })} />
      </SettingItem>
      <SettingItem path={[...path, 'name']} issues={issues}>
        <Input value={rule.name} disabled={disabled} style={{ width: 360 }} onChange={(e) => set({ name: e.target.value })} />
      </SettingItem>
      <SettingItem path={[...path, 'enabled']} issues={issues}>
        <Switch checked={rule.enabled} disabled={disabled} onChange={(enabled) => set({ enabled })} />
      </SettingItem>
    </Space>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('playbook.stageFieldRules')}</Typography.Title>
      {fieldRules.map((rule, i) => {
        const path: Path = ['rules', 'stageFields', i];
        return (
          <Card
            key={i}
            size="small"
            title={rule.name || rule.id}
            data-testid={`field-rule-${rule.id}`}
            extra={
              <Space>
                <RuleDecisionsLink rule={rule.id} />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  aria-label={t('designer.remove')}
                  onClick={() =>
                    onChange(
                      ['rules', 'stageFields'],
                      fieldRules.filter((_, j) => j !== i),
                    )
                  }
                />
              </Space>
            }
          >
            {header(path, rule, (p) => setFieldRule(i, p))}
            <SettingItem path={[...path, 'stages']} issues={issues}>
              <Select
                mode="multiple"
                disabled={disabled}
                value={rule.stages}
                options={stageOptions}
                onChange={(stages: string[]) => setFieldRule(i, { stages })}
              />
            </SettingItem>
            <SettingItem path={[...path, 'fields']} issues={issues}>
              <Select
                mode="multiple"
                disabled={disabled}
                value={rule.fields}
                options={doc.fields.map((f) => ({ value: f.key, label: label(f) }))}
                onChange={(fields: string[]) => setFieldRule(i, { fields })}
              />
            </SettingItem>
            <ScopeEditor {...props} scope={rule.scope} path={[...path, 'scope']} />
          </Card>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        disabled={disabled}
        onClick={() =>
          onChange(
            ['rules', 'stageFields'],
            [...fieldRules, { id: `field_rule_${fieldRules.length + 1}`, name: t('designer.newRule'), enabled: true, scope: {}, stages: [], fields: [] }],
          )
        }
      >
        {t('designer.addRule')}
      </Button>

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('playbook.gradeRules')}
      </Typography.Title>
      {gradeRules.map((rule, i) => {
        const path: Path = ['rules', 'gradeRules', i];
        const setReq = (j: number, next: Requirement | null) =>
          setGradeRule(i, { requirements: next ? rule.requirements.map((r, k) => (k === j ? next : r)) : rule.requirements.filter((_, k) => k !== j) });
        return (
          <Card
            key={i}
            size="small"
            title={rule.name || rule.id}
            data-testid={`grade-rule-${rule.id}`}
            extra={
              <Space>
                <RuleDecisionsLink rule={rule.id} />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  aria-label={t('designer.remove')}
                  onClick={() =>
                    onChange(
                      ['rules', 'gradeRules'],
                      gradeRules.filter((_, j) => j !== i),
                    )
                  }
                />
              </Space>
            }
          >
            {header(path, rule, (p) => setGradeRule(i, p))}
            <SettingItem path={[...path, 'toStage']} issues={issues}>
              <Select
                style={{ width: 200 }}
                disabled={disabled}
                value={rule.toStage}
                options={stageOptions}
                onChange={(toStage: string) => setGradeRule(i, { toStage })}
              />
            </SettingItem>
            <SettingItem path={[...path, 'requirements']} issues={issues}>
              <Space direction="vertical">
                {rule.requirements.map((req, j) => (
                  <Space key={j}>
                    <Select
                      style={{ width: 120 }}
                      disabled={disabled}
                      value={req.kind}
                      options={(['followups', 'files'] as const).map((k) => ({ value: k, label: t(`designer.requirementKind.${k}`) }))}
                      onChange={(kind: Requirement['kind']) =>
                        setReq(
                          j,
                          kind === 'followups'
                            ? { kind, channel: doc.channels[0]?.key ?? '', min: req.min }
                            : { kind, fileKind: doc.fileKinds[0]?.key ?? '', min: req.min },
                        )
                      }
                    />
                    {req.kind === 'followups' ? (
                      <Select
                        style={{ width: 160 }}
                        disabled={disabled}
                        value={req.channel}
                        options={doc.channels.map((c) => ({ value: c.key, label: label(c) }))}
                        onChange={(channel: string) => setReq(j, { ...req, channel })}
                      />
                    ) : (
                      <Select
                        style={{ width: 160 }}
                        disabled={disabled}
                        value={req.fileKind}
                        options={doc.fileKinds.map((c) => ({ value: c.key, label: label(c) }))}
                        onChange={(fileKind: string) => setReq(j, { ...req, fileKind })}
                      />
                    )}
                    <span>≥</span>
                    <InputNumber min={1} precision={0} disabled={disabled} value={req.min} onChange={(min) => setReq(j, { ...req, min: min ?? 1 })} />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={disabled}
                      onClick={() => setReq(j, null)}
                      aria-label={t('designer.remove')}
                    />
                  </Space>
                ))}
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  disabled={disabled}
                  onClick={() => setGradeRule(i, { requirements: [...rule.requirements, { kind: 'followups', channel: doc.channels[0]?.key ?? '', min: 1 }] })}
                >
                  {t('designer.addRequirement')}
                </Button>
              </Space>
            </SettingItem>
            <ScopeEditor {...props} scope={rule.scope} path={[...path, 'scope']} />
          </Card>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        disabled={disabled}
        onClick={() =>
          onChange(
            ['rules', 'gradeRules'],
            [
              ...gradeRules,
              {
                id: `grade_rule_${gradeRules.length + 1}`,
                name: t('designer.newRule'),
                enabled: true,
                scope: {},
                toStage: doc.stages.find((s) => s.kind === 'open')?.key ?? '',
                requirements: [{ kind: 'followups', channel: doc.channels[0]?.key ?? '', min: 1 }],
              },
            ],
          )
        }
      >
        {t('designer.addRule')}
      </Button>
    </Space>
  );
}
