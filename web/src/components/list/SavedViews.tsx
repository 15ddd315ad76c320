import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import type { components } from '../../api/schema';

type ListName = components['schemas']['SavedViewListName'];

/** The user's named views of a list: choose one to apply its filters, save the current ones, delete one. */
export function SavedViews({ list, current, onApply }: { list: ListName; current: () => string; onApply: (query: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const { data, reload } = useLoad(() => unwrap(client.GET('/api/v1/saved-views', { params: { query: { list } } })), [list]);
  const views = data?.items ?? [];

  const save = async () => {
    const { name } = await form.validateFields();
    try {
      const view = await unwrap(client.POST('/api/v1/saved-views', { body: { list, name, query: current() } }));
      message.success(t('views.saved'));
      setSaving(false);
      form.resetFields();
      setChosen(view.id);
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const remove = async () => {
    if (!chosen) return;
    try {
      await unwrap(client.DELETE('/api/v1/saved-views/{id}', { params: { path: { id: chosen } } }));
      message.success(t('views.deleted'));
      setChosen(undefined);
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Flex gap={4} wrap>
      <Select
        aria-label={t('views.label')}
        placeholder={t('views.placeholder')}
        value={chosen}
        allowClear
        onChange={(id?: string) => {
          setChosen(id);
          const view = views.find((v) => v.id === id);
          if (view) onApply(view.query);
        }}
        options={views.map((v) => ({ value: v.id, label: v.name }))}
        style={{ width: 180 }}
        data-testid={`saved-views-${list}`}
      />
      <Button icon={<SaveOutlined />} onClick={() => setSaving(true)} data-testid="saved-view-save">
        {t('views.save')}
      </Button>
      {chosen ? <Button icon={<DeleteOutlined />} aria-label={t('views.delete')} onClick={() => void remove()} data-testid="saved-view-delete" /> : null}
      <Modal open={saving} title={t('views.save')} onCancel={() => setSaving(false)} onOk={() => void save()} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('views.name')} rules={[{ required: true, message: t('common.required') }]}>
            <Input maxLength={60} data-testid="saved-view-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
