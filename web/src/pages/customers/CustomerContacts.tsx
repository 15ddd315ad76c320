import { useState } from 'react';
import { App, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, StarOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import type { Contact, ContactRole, CreateContactRequest } from '../../api/types';
import type { MessageKey } from '../../i18n';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';

export const CONTACT_ROLES: ContactRole[] = ['decision_maker', 'influencer', 'technical', 'finance', 'user', 'other'];

/** Form values as the inputs hold them: empty strings for cleared fields. */
type ContactForm = Required<Omit<CreateContactRequest, 'role' | 'primary'>> & { role: ContactRole; primary: boolean };

/** 联系人: the customer's contact persons; writers add, edit, delete and choose the primary one. */
export function CustomerContacts({ customerId, canWrite }: { customerId: string; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<ContactForm>();
  const contacts = useLoad(
    () => unwrap(client.GET('/api/v1/customers/{id}/contacts', { params: { path: { id: customerId }, query: { pageSize: 100 } } })),
    [customerId],
  );
  const roleLabel = (role: ContactRole) => t(`contacts.role.${role}` as MessageKey);

  const open = (contact: Contact | 'new') => {
    setEditing(contact);
    form.resetFields();
    if (contact !== 'new')
      form.setFieldsValue({
        name: contact.name,
        title: contact.title ?? '',
        // A masked mobile is never sent back: the field stays empty unless the user types a new one.
        mobile: contact.mobileMasked ? '' : (contact.mobile ?? ''),
        wechatId: contact.wechatId ?? '',
        email: contact.email ?? '',
        role: contact.role,
        primary: contact.primary,
        wecomExternalUserId: contact.wecomExternalUserId ?? '',
      });
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      message.success(done);
      await contacts.reload();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };

  const save = async () => {
    const values = await form.validateFields();
    const isNew = editing === 'new' || editing === null;
    // A new contact leaves empty fields out; an edit clears them (null), except a masked mobile left empty.
    const text = (v: string | undefined) => (v?.trim() ? v.trim() : isNew ? undefined : null);
    const keepMobile = !isNew && editing.mobileMasked && !values.mobile?.trim();
    const body = {
      name: values.name.trim(),
      title: text(values.title),
      mobile: keepMobile ? undefined : text(values.mobile),
      wechatId: text(values.wechatId),
      email: text(values.email),
      role: values.role,
      primary: values.primary,
      wecomExternalUserId: text(values.wecomExternalUserId),
    };
    setSaving(true);
    const ok = await run(
      () =>
        isNew
          ? unwrap(client.POST('/api/v1/customers/{id}/contacts', { params: { path: { id: customerId } }, body: body as CreateContactRequest }))
          : unwrap(client.PATCH('/api/v1/contacts/{id}', { params: { path: { id: editing.id } }, body })),
      t('contacts.saved'),
    );
    setSaving(false);
    if (ok) setEditing(null);
  };

  return (
    <Card
      size="small"
      title={t('contacts.title')}
      style={{ marginBottom: 16 }}
      data-testid="customer-contacts"
      extra={
        canWrite ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="contact-add">
            {t('contacts.add')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={contacts.error} />
      <Table<Contact>
        size="small"
        rowKey="id"
        loading={contacts.loading}
        dataSource={contacts.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('contacts.none') }}
        columns={[
          {
            title: t('contacts.name'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <Space size={4}>
                {name}
                {c.primary ? <Tag color="gold">{t('contacts.primary')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('contacts.roleLabel'), dataIndex: 'role', render: roleLabel },
          { title: t('contacts.jobTitle'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.mobile'), dataIndex: 'mobile', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.wechat'), dataIndex: 'wechatId', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.wecom'), dataIndex: 'wecomExternalUserId', render: (v: string | null) => v ?? '—' },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, c: Contact) => (
                    <Space size={0}>
                      {!c.primary ? (
                        <Button
                          type="link"
                          size="small"
                          icon={<StarOutlined />}
                          onClick={() =>
                            void run(
                              () => unwrap(client.PATCH('/api/v1/contacts/{id}', { params: { path: { id: c.id } }, body: { primary: true } })),
                              t('contacts.saved'),
                            )
                          }
                        >
                          {t('contacts.makePrimary')}
                        </Button>
                      ) : null}
                      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(c)} aria-label={t('contacts.edit')} />
                      <Popconfirm
                        title={t('contacts.deleteConfirm', { name: c.name })}
                        onConfirm={() =>
                          void run(() => unwrap(client.DELETE('/api/v1/contacts/{id}', { params: { path: { id: c.id } } })), t('contacts.deleted'))
                        }
                      >
                        <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('contacts.delete')} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('contacts.add') : t('contacts.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        confirmLoading={saving}
        okButtonProps={buttonTestId('contact-save')}
        destroyOnHidden
      >
        <Form<ContactForm> form={form} layout="vertical" initialValues={{ role: 'other', primary: false }}>
          <Form.Item name="name" label={t('contacts.name')} rules={[{ required: true, whitespace: true, message: t('contacts.nameRequired') }]}>
            <Input maxLength={100} data-testid="contact-name" />
          </Form.Item>
          <Form.Item name="role" label={t('contacts.roleLabel')}>
            <Select options={CONTACT_ROLES.map((value) => ({ value, label: roleLabel(value) }))} data-testid="contact-role" />
          </Form.Item>
          <Form.Item name="title" label={t('contacts.jobTitle')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="mobile" label={t('contacts.mobile')} extra={editing !== 'new' && editing?.mobileMasked ? t('contacts.maskedHint') : undefined}>
            <Input maxLength={30} data-testid="contact-mobile" />
          </Form.Item>
          <Form.Item name="wechatId" label={t('contacts.wechat')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="email" label={t('contacts.email')} rules={[{ type: 'email', message: t('contacts.emailInvalid') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="wecomExternalUserId" label={t('contacts.wecom')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="primary" valuePropName="checked">
            <Checkbox>{t('contacts.primary')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
