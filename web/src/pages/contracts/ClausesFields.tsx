import { Button, Card, Flex, Form, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';

const KEY_PATTERN = /^[a-z][a-z0-9_]*$/i;

/** Clauses carry a short key so product and finance can name the ones they dispute. */
export function ClausesFields() {
  const { t } = useI18n();
  return (
    <Form.List name="clauses">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} data-testid="contract-clauses">
          {fields.map(({ key, name }) => (
            <Card key={key} size="small" styles={{ body: { paddingBottom: 0 } }}>
              <Flex gap={8} wrap align="start">
                <Form.Item
                  name={[name, 'key']}
                  rules={[
                    { required: true, message: t('common.required') },
                    { pattern: KEY_PATTERN, message: t('contract.clauseKeyPattern') },
                  ]}
                  style={{ width: 140 }}
                >
                  <Input placeholder={t('contract.clauseKey')} data-testid="clause-key" />
                </Form.Item>
                <Form.Item
                  name={[name, 'title']}
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  style={{ flex: 1, minWidth: 160 }}
                >
                  <Input placeholder={t('contract.clauseTitle')} maxLength={100} data-testid="clause-title" />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('contract.removeRow')} onClick={() => remove(name)} />
              </Flex>
              <Form.Item name={[name, 'text']} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input.TextArea rows={2} placeholder={t('contract.clauseText')} maxLength={5000} data-testid="clause-text" />
              </Form.Item>
            </Card>
          ))}
          <div>
            <Button icon={<PlusOutlined />} onClick={() => add({ key: `clause_${fields.length + 1}`, title: '', text: '' })} data-testid="clause-add">
              {t('contract.addClause')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
