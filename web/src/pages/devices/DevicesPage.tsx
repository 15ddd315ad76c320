import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, EditOutlined, ImportOutlined, PlusOutlined, PrinterOutlined, ScanOutlined, StopOutlined, ToolOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import type { Device, DeviceStatus } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportWizard } from '../../components/ImportWizard';
import { CustomerSelect } from '../../components/CustomerSelect';
import { buttonTestId } from '../../components/testIds';
import { formatTime } from '../../format';
import { AS_FILE, downloadFile } from '../reports/exportFile';

export const DEVICE_STATUSES: DeviceStatus[] = ['in_service', 'under_repair', 'idle', 'retired'];
const PAGE_SIZE = 20;
const MANAGERS = ['supervisor', 'regional_manager', 'director', 'admin'];

interface Filters {
  q?: string;
  status?: DeviceStatus;
  model?: string;
}

/** 设备台账: devices of the customers in scope, labels for the selected rows, service records, imports. */
export function DevicesPage() {
  const me = useMe();
  const { t } = useI18n('devices');
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const canWrite = can.writeSales(me);
  const canService = canWrite || me.role === 'delivery';
  const canFaultCodes = me.permissions.includes('products:write');
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<Device | 'new' | null>(null);
  const [servicing, setServicing] = useState<Device | null>(null);
  const [importing, setImporting] = useState<'devices' | 'fault_codes' | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useLoad(() => unwrap(client.GET('/api/v1/devices', { params: { query: { ...filters, page, pageSize: PAGE_SIZE } } })), [filters, page]);

  const filter = (next: Filters) => {
    setFilters(next);
    setPage(1);
  };

  const printLabels = async () => {
    if (selected.length === 0) {
      message.info(t('printLabelsHint'));
      return;
    }
    setBusy(true);
    try {
      await downloadFile(client.GET('/api/v1/devices/labels.pdf', { params: { query: { ids: selected.join(',') } }, ...AS_FILE }), 'device-labels.pdf');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const exportList = async () => {
    setBusy(true);
    try {
      await downloadFile(client.GET('/api/v1/devices.xlsx', { params: { query: filters }, ...AS_FILE }), 'devices.xlsx');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const revoke = (device: Device) =>
    modal.confirm({
      title: t('labelRevoke'),
      content: t('labelRevoke.confirm'),
      onOk: async () => {
        try {
          await unwrap(client.POST('/api/v1/devices/{id}/label-token', { params: { path: { id: device.id } } }));
          message.success(t('labelRevoke.done'));
        } catch (err) {
          message.error(errorMessage(err));
        }
      },
    });

  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          <Space wrap>
            <Button icon={<ScanOutlined />} onClick={() => void navigate('/devices/scan')} data-testid="devices-scan">
              {t('scan')}
            </Button>
            <Button icon={<PrinterOutlined />} loading={busy} onClick={() => void printLabels()} data-testid="devices-labels">
              {t('printLabels')}
              {selected.length ? ` (${selected.length})` : ''}
            </Button>
            <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void exportList()} data-testid="devices-export">
              {t('export')}
            </Button>
            {canWrite ? (
              <Button icon={<ImportOutlined />} onClick={() => setImporting('devices')} data-testid="devices-import">
                {t('import')}
              </Button>
            ) : null}
            {canFaultCodes ? (
              <Button icon={<ImportOutlined />} onClick={() => setImporting('fault_codes')} data-testid="fault-codes-import">
                {t('importFaultCodes')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="device-create">
                {t('create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('search')}
          aria-label={t('search')}
          onSearch={(q) => filter({ ...filters, q: q || undefined })}
          style={{ width: 260 }}
          data-testid="devices-filter-q"
        />
        <Input
          allowClear
          placeholder={t('model')}
          aria-label={t('model')}
          onPressEnter={(e) => filter({ ...filters, model: e.currentTarget.value.trim() || undefined })}
          onChange={(e) => (e.target.value === '' ? filter({ ...filters, model: undefined }) : undefined)}
          style={{ width: 140 }}
        />
        <Select
          allowClear
          placeholder={t('status')}
          aria-label={t('status')}
          value={filters.status}
          onChange={(status) => filter({ ...filters, status })}
          options={DEVICE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          style={{ width: 130 }}
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<Device>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        data-testid="devices-table"
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: true }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          {
            title: t('model'),
            dataIndex: 'model',
            render: (model: string, d) => (
              <Link to={new URL(d.labelUrl).pathname} title={t('openPage')}>
                {model}
              </Link>
            ),
          },
          { title: t('serialNo'), dataIndex: 'serialNo' },
          { title: t('customer'), dataIndex: 'customerName', render: (name: string, d) => <Link to={`/customers/${d.customerId}`}>{name}</Link> },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (s: DeviceStatus) => <Tag color={s === 'in_service' ? 'green' : s === 'under_repair' ? 'orange' : undefined}>{t(`status.${s}`)}</Tag>,
          },
          { title: t('installDate'), dataIndex: 'installDate', render: (v: string | null) => v ?? '—' },
          { title: t('warrantyEnd'), dataIndex: 'warrantyEnd', render: (v: string | null) => v ?? '—' },
          { title: t('lastServiceAt'), dataIndex: 'lastServiceAt', render: (v: string | null) => (v ? formatTime(v) : '—') },
          { title: t('owner'), dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
          {
            title: t('actions'),
            key: 'actions',
            render: (_: unknown, d: Device) => (
              <Space size={0}>
                {canService ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<ToolOutlined />}
                    onClick={() => setServicing(d)}
                    aria-label={`${t('maintenance.add')} ${d.serialNo}`}
                  />
                ) : null}
                {canWrite ? (
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(d)} aria-label={`${t('edit')} ${d.serialNo}`} />
                ) : null}
                {MANAGERS.includes(me.role) ? (
                  <Button
                    type="link"
                    size="small"
                    danger
                    icon={<StopOutlined />}
                    onClick={() => void revoke(d)}
                    aria-label={`${t('labelRevoke')} ${d.serialNo}`}
                  />
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {canWrite ? (
        <DeviceFormModal
          device={editing === 'new' ? null : editing}
          open={editing !== null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void list.reload();
          }}
        />
      ) : null}
      {canService ? (
        <MaintenanceModal
          device={servicing}
          onClose={() => setServicing(null)}
          onSaved={() => {
            setServicing(null);
            void list.reload();
          }}
        />
      ) : null}
      {importing ? (
        <ImportWizard
          open
          kind={importing}
          title={importing === 'devices' ? t('import.title') : t('importFaultCodes.title')}
          onClose={() => setImporting(null)}
          onImported={() => void list.reload()}
          testIdPrefix={importing === 'devices' ? 'devices-import' : 'fault-codes-import'}
        />
      ) : null}
    </>
  );
}

interface DeviceForm {
  customerId: string;
  model: string;
  serialNo: string;
  siteAddress?: string;
  installDate?: Dayjs | null;
  warrantyEnd?: Dayjs | null;
  status: DeviceStatus;
  notes?: string;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function DeviceFormModal({ open, device, onClose, onSaved }: { open: boolean; device: Device | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n('devices');
  const { message } = App.useApp();
  const [form] = Form.useForm<DeviceForm>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (device)
      form.setFieldsValue({
        customerId: device.customerId,
        model: device.model,
        serialNo: device.serialNo,
        siteAddress: device.siteAddress ?? undefined,
        installDate: device.installDate ? dayjs(device.installDate) : null,
        warrantyEnd: device.warrantyEnd ? dayjs(device.warrantyEnd) : null,
        status: device.status,
        notes: device.notes ?? undefined,
      });
  }, [open, device, form]);

  const save = async () => {
    const v = await form.validateFields();
    const body = {
      customerId: v.customerId,
      model: v.model.trim(),
      serialNo: v.serialNo.trim(),
      siteAddress: v.siteAddress?.trim() || null,
      installDate: day(v.installDate),
      warrantyEnd: day(v.warrantyEnd),
      status: v.status,
      notes: v.notes?.trim() || null,
    };
    setSaving(true);
    try {
      if (device) await unwrap(client.PATCH('/api/v1/devices/{id}', { params: { path: { id: device.id } }, body }));
      else await unwrap(client.POST('/api/v1/devices', { body }));
      message.success(t('saved'));
      onSaved();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={device ? t('edit') : t('create')}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('device-save')}
      forceRender
    >
      <Form<DeviceForm> form={form} layout="vertical" initialValues={{ status: 'in_service' }}>
        <Form.Item name="customerId" label={t('customer')} rules={[{ required: true }]}>
          <CustomerSelect data-testid="device-customer" />
        </Form.Item>
        <Form.Item name="model" label={t('model')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="device-model" />
        </Form.Item>
        <Form.Item name="serialNo" label={t('serialNo')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="device-serial" />
        </Form.Item>
        <Form.Item name="siteAddress" label={t('siteAddress')}>
          <Input maxLength={500} />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item name="installDate" label={t('installDate')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="warrantyEnd" label={t('warrantyEnd')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="status" label={t('status')} rules={[{ required: true }]}>
          <Select options={DEVICE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface MaintenanceForm {
  faultCodes: string[];
  workDone: string;
  parts: { productId?: string; quantity?: number }[];
}

/** 记录维保: fault codes, work done, parts from the device's compatible products; the time is the server's. */
function MaintenanceModal({ device, onClose, onSaved }: { device: Device | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n('devices');
  const { message } = App.useApp();
  const [form] = Form.useForm<MaintenanceForm>();
  const [saving, setSaving] = useState(false);
  const products = useLoad(
    () =>
      device
        ? unwrap(client.GET('/api/v1/products', { params: { query: { q: device.model, active: 'true', pageSize: 100 } } })).then((r) => r.items)
        : Promise.resolve([]),
    [device?.id],
  );

  useEffect(() => {
    if (device) form.resetFields();
  }, [device, form]);

  const save = async () => {
    if (!device) return;
    const v = await form.validateFields();
    setSaving(true);
    try {
      await unwrap(
        client.POST('/api/v1/devices/{id}/maintenance', {
          params: { path: { id: device.id } },
          body: {
            faultCodes: (v.faultCodes ?? []).map((c) => c.trim()).filter(Boolean),
            workDone: v.workDone.trim(),
            partsUsed: (v.parts ?? []).filter((p) => p.productId && p.quantity).map((p) => ({ productId: p.productId!, quantity: p.quantity! })),
          },
        }),
      );
      message.success(t('maintenance.saved'));
      onSaved();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={device !== null}
      title={device ? `${t('maintenance.add')} · ${device.model} ${device.serialNo}` : ''}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('maintenance-save')}
      forceRender
    >
      <Form<MaintenanceForm> form={form} layout="vertical" initialValues={{ faultCodes: [], parts: [] }}>
        <Form.Item name="faultCodes" label={t('maintenance.faultCodes')} extra={t('maintenance.faultCodesHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} data-testid="maintenance-codes" />
        </Form.Item>
        <Form.Item name="workDone" label={t('maintenance.workDone')} rules={[{ required: true, whitespace: true }]} extra={t('maintenance.serverTime')}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="maintenance-work" />
        </Form.Item>
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'productId']} style={{ flex: 1 }} rules={[{ required: true }]}>
                    <Select
                      showSearch
                      optionFilterProp="label"
                      aria-label={t('maintenance.parts')}
                      options={(products.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.sku})` }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quantity']} rules={[{ required: true }]} initialValue={1}>
                    <InputNumber min={0.001} max={100000} aria-label={t('maintenance.partQuantity')} style={{ width: 90 }} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(field.name)}>
                    ×
                  </Button>
                </Flex>
              ))}
              <Button type="dashed" onClick={() => add({ quantity: 1 })} block>
                {t('maintenance.addPart')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
