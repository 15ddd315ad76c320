import { Card, Col, Row, Switch, Table, Tag } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ScopeTags } from './ScopeTags';
import type { GradeRequirement, GradeRule, LabeledItem, PlaybookDocument, StageFieldRule } from '../../api/types';

/** Read-only rendering of the document; `enabled` switches are display only — edits go through the JSON editor. */
export function PlaybookOverview({ doc }: { doc: PlaybookDocument }) {
  const { t, label } = useI18n();
  const playbook = usePlaybook();
  const fieldLabel = (key: string) => {
    const def = doc.fields.find((f) => f.key === key);
    return def ? label(def) : key;
  };
  const stageLabel = (key: string) => {
    const stage = doc.stages.find((s) => s.key === key);
    return stage ? label(stage) : key;
  };
  const requirementText = (req: GradeRequirement) =>
    req.kind === 'followups'
      ? t('playbook.requirement.followups', { channel: playbook.choiceLabel(doc.channels, req.channel), min: req.min })
      : t('playbook.requirement.files', { fileKind: playbook.fileKindLabel(req.fileKind), min: req.min });
  const labeled = (items: LabeledItem[]) => (
    <Table<LabeledItem>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={items}
      columns={[
        { title: t('playbook.key'), dataIndex: 'key' },
        { title: t('playbook.label'), dataIndex: 'label' },
        { title: t('playbook.labelEn'), dataIndex: 'labelEn' },
      ]}
    />
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('playbook.stages')} data-testid="playbook-stages">
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={doc.stages}
            columns={[
              { title: '#', key: 'index', width: 40, render: (_v, _r, index) => index + 1 },
              { title: t('playbook.key'), dataIndex: 'key' },
              { title: t('playbook.label'), dataIndex: 'label' },
              { title: t('playbook.labelEn'), dataIndex: 'labelEn', responsive: ['sm'] },
              { title: t('playbook.kind'), dataIndex: 'kind', render: (kind: 'open' | 'won' | 'lost') => <Tag>{t(`stageKind.${kind}`)}</Tag> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('playbook.fields')}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={doc.fields}
            columns={[
              { title: t('playbook.key'), dataIndex: 'key' },
              { title: t('playbook.label'), dataIndex: 'label' },
              { title: t('playbook.labelEn'), dataIndex: 'labelEn', responsive: ['sm'] },
              { title: t('playbook.kind'), dataIndex: 'type', render: (type: 'text' | 'datetime') => t(`fieldType.${type}`) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('playbook.stageFieldRules')}>
          <Table<StageFieldRule>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={doc.rules?.stageFields ?? []}
            columns={[
              {
                title: t('common.enabled'),
                dataIndex: 'enabled',
                width: 70,
                render: (on: boolean) => <Switch size="small" checked={on} disabled aria-label={t('common.enabled')} />,
              },
              { title: t('common.name'), dataIndex: 'name' },
              { title: t('playbook.stages'), dataIndex: 'stages', render: (keys: string[]) => keys.map((k) => <Tag key={k}>{stageLabel(k)}</Tag>) },
              {
                title: t('playbook.fields'),
                dataIndex: 'fields',
                render: (keys: string[]) =>
                  keys.map((k) => (
                    <Tag key={k} color="blue">
                      {fieldLabel(k)}
                    </Tag>
                  )),
              },
              { title: t('playbook.scope'), dataIndex: 'scope', render: (_v, rule) => <ScopeTags scope={rule.scope} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('playbook.gradeRules')}>
          <Table<GradeRule>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={doc.rules?.gradeRules ?? []}
            columns={[
              {
                title: t('common.enabled'),
                dataIndex: 'enabled',
                width: 70,
                render: (on: boolean) => <Switch size="small" checked={on} disabled aria-label={t('common.enabled')} />,
              },
              { title: t('common.name'), dataIndex: 'name' },
              { title: t('playbook.toStage'), dataIndex: 'toStage', render: stageLabel },
              {
                title: t('playbook.requirements'),
                dataIndex: 'requirements',
                render: (reqs: GradeRequirement[]) =>
                  reqs.map((r, i) => (
                    <Tag key={i} color="orange">
                      {requirementText(r)}
                    </Tag>
                  )),
              },
              { title: t('playbook.scope'), dataIndex: 'scope', render: (_v, rule) => <ScopeTags scope={rule.scope} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" title={t('playbook.valueTags')}>
          {labeled(doc.valueTags ?? [])}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" title={t('playbook.channels')}>
          {labeled(doc.channels ?? [])}
        </Card>
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('playbook.thresholds')}>
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(doc.thresholds ?? {}, null, 2)}</pre>
        </Card>
      </Col>
    </Row>
  );
}
