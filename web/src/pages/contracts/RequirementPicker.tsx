import { Badge, Checkbox, Collapse, Flex, Input, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { useCollaborationPolicy } from '../collaboration/policy';
import { RequirementParamInput } from './RequirementParamInput';
import { renderRequirementPreview } from './requirementPreview';
import { PRE } from './styles';
import type { ParamValue, RequirementDocument, RequirementEntry, RequirementTemplate } from '../../api/types';

interface Props {
  value?: RequirementDocument;
  onChange?: (value: RequirementDocument) => void;
}

/** 需求模板: tick items of the playbook's 12 templates, fill their parameters, preview the document. */
export function RequirementPicker({ value, onChange }: Props) {
  const { t } = useI18n();
  const { requirementTemplates: templates } = useCollaborationPolicy();
  const current: RequirementDocument = value ?? { items: [] };
  const entryOf = (template: string, item: string) => current.items.find((e) => e.template === template && e.item === item);
  const emit = (items: RequirementEntry[], notes = current.notes) => onChange?.(notes ? { items, notes } : { items });

  const toggle = (template: string, item: string, on: boolean) => {
    const rest = current.items.filter((e) => !(e.template === template && e.item === item));
    emit(on ? [...rest, { template, item, params: {} }] : rest);
  };
  const setParam = (template: string, item: string, key: string, next: ParamValue | undefined) => {
    emit(
      current.items.map((e) => {
        if (e.template !== template || e.item !== item) return e;
        const params = { ...e.params };
        if (next === undefined) delete params[key];
        else params[key] = next;
        return { ...e, params };
      }),
    );
  };

  const panel = (template: RequirementTemplate) => {
    const ticked = current.items.filter((e) => e.template === template.key).length;
    return {
      key: template.key,
      label: (
        <Flex gap={8} align="center">
          {template.name}
          {ticked ? <Badge count={ticked} color="blue" /> : null}
        </Flex>
      ),
      children: (
        <Flex vertical gap={12}>
          {template.items.map((item) => {
            const entry = entryOf(template.key, item.key);
            return (
              <div key={item.key}>
                <Checkbox
                  checked={Boolean(entry)}
                  onChange={(e) => toggle(template.key, item.key, e.target.checked)}
                  data-testid={`req-${template.key}-${item.key}`}
                >
                  {item.label}
                </Checkbox>
                {entry ? (
                  <Flex gap={8} wrap style={{ marginTop: 8, marginInlineStart: 24 }}>
                    {item.params.map((param) => (
                      <Flex key={param.key} vertical gap={2}>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {param.label}
                          {param.unit ? `（${param.unit}）` : ''}
                        </Typography.Text>
                        <RequirementParamInput
                          param={param}
                          value={entry.params[param.key]}
                          onChange={(next) => setParam(template.key, item.key, param.key, next)}
                          testId={`req-${template.key}-${item.key}-${param.key}`}
                        />
                      </Flex>
                    ))}
                  </Flex>
                ) : null}
              </div>
            );
          })}
        </Flex>
      ),
    };
  };

  return (
    <Flex vertical gap={12} data-testid="requirement-picker">
      <Typography.Text type="secondary">{t('contract.requirementHint', { n: templates.length })}</Typography.Text>
      <Collapse size="small" items={templates.map(panel)} />
      <Input.TextArea
        rows={2}
        value={current.notes ?? ''}
        onChange={(e) => emit(current.items, e.target.value || undefined)}
        placeholder={t('contract.requirementNotes')}
        maxLength={5000}
      />
      <div>
        <Typography.Text strong>{t('contract.requirementPreview')}</Typography.Text>
        <pre className="requirement-doc" data-testid="requirement-preview" style={PRE}>
          {renderRequirementPreview(templates, current, t('contract.requirementEmpty'))}
        </pre>
      </div>
    </Flex>
  );
}
