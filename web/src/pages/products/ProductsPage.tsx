import { useState } from 'react';
import { App, Button, Flex, Input, Select, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined, EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import type { Product, ProductKind } from '../../api/types';
import type { MessageKey } from '../../i18n';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportWizard } from '../../components/ImportWizard';
import { formatAmount, formatTime } from '../../format';
import { AS_FILE, downloadFile } from '../reports/exportFile';
import { PRODUCT_KINDS, ProductFormModal } from './ProductFormModal';

interface ProductFilters {
  q?: string;
  productLine?: string;
  kind?: ProductKind;
  active?: 'true' | 'false';
}
type SortKey = 'sku' | 'name' | 'listPrice' | 'productLine' | 'updatedAt';
type Sort = SortKey | `-${SortKey}`;
const PAGE_SIZE = 20;

/** 价格表: the price list; everyone reads it, the product role keeps it (create, edit, import). */
export function ProductsPage() {
  const me = useMe();
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const canWrite = can.writeProducts(me);
  const [filters, setFilters] = useState<ProductFilters>({ active: 'true' });
  const [sort, setSort] = useState<Sort>('sku');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const list = useLoad(
    () => unwrap(client.GET('/api/v1/products', { params: { query: { ...filters, sort, page, pageSize: PAGE_SIZE } } })),
    [filters, sort, page],
  );

  const filter = (next: ProductFilters) => {
    setFilters(next);
    setPage(1);
  };

  const exportList = async () => {
    setExporting(true);
    try {
      await downloadFile(client.GET('/api/v1/products.xlsx', { params: { query: { ...filters, sort } }, ...AS_FILE }), 'products.xlsx');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const onTableChange: TableProps<Product>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = one?.order ? (one.field as SortKey) : 'sku';
    setSort(one?.order === 'descend' ? `-${key}` : key);
    setPage(pagination.current ?? 1);
  };
  const sortOrder = (key: SortKey) => (sort === key ? ('ascend' as const) : sort === `-${key}` ? ('descend' as const) : null);

  return (
    <>
      <PageHeader
        title={t('products.title')}
        sub={t('products.sub')}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()} data-testid="products-export">
              {t('products.export')}
            </Button>
            {canWrite ? (
              <>
                <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="products-import">
                  {t('products.import')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="product-create">
                  {t('products.create')}
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('products.search')}
          onSearch={(q) => filter({ ...filters, q: q || undefined })}
          style={{ width: 240 }}
          data-testid="products-filter-q"
        />
        <Select
          allowClear
          placeholder={t('common.productLine')}
          value={filters.productLine}
          onChange={(productLine) => filter({ ...filters, productLine })}
          options={playbook.productLineOptions}
          style={{ width: 160 }}
        />
        <Select
          allowClear
          placeholder={t('products.kind')}
          value={filters.kind}
          onChange={(kind) => filter({ ...filters, kind })}
          options={PRODUCT_KINDS.map((value) => ({ value, label: t(`products.kinds.${value}` as MessageKey) }))}
          style={{ width: 130 }}
        />
        <Select
          allowClear
          placeholder={t('products.active')}
          value={filters.active}
          onChange={(active) => filter({ ...filters, active })}
          options={[
            { value: 'true', label: t('products.activeOnly') },
            { value: 'false', label: t('products.inactiveOnly') },
          ]}
          style={{ width: 130 }}
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<Product>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onChange={onTableChange}
        scroll={{ x: true }}
        data-testid="products-table"
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false }}
        columns={[
          { title: t('products.sku'), dataIndex: 'sku', sorter: true, sortOrder: sortOrder('sku') },
          { title: t('products.name'), dataIndex: 'name', sorter: true, sortOrder: sortOrder('name') },
          {
            title: t('common.productLine'),
            dataIndex: 'productLine',
            sorter: true,
            sortOrder: sortOrder('productLine'),
            render: (key: string) => playbook.choiceLabel(playbook.doc?.productLines, key),
          },
          { title: t('products.kind'), dataIndex: 'kind', render: (k: ProductKind) => t(`products.kinds.${k}` as MessageKey) },
          { title: t('products.unit'), dataIndex: 'unit' },
          {
            title: t('products.listPrice'),
            dataIndex: 'listPrice',
            align: 'right',
            sorter: true,
            sortOrder: sortOrder('listPrice'),
            render: (v: number) => formatAmount(v),
          },
          { title: t('products.stock'), dataIndex: 'stockQuantity', align: 'right', render: (v: number | null) => (v === null ? '—' : v) },
          { title: t('products.models'), dataIndex: 'compatibleModels', render: (v: string[]) => (v.length ? v.map((m) => <Tag key={m}>{m}</Tag>) : '—') },
          {
            title: t('products.active'),
            dataIndex: 'active',
            render: (v: boolean) => (v ? <Tag color="green">{t('products.activeYes')}</Tag> : <Tag>{t('products.activeNo')}</Tag>),
          },
          { title: t('products.updatedAt'), dataIndex: 'updatedAt', sorter: true, sortOrder: sortOrder('updatedAt'), render: (v: string) => formatTime(v) },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, p: Product) => (
                    <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} aria-label={t('products.edit')} />
                  ),
                },
              ]
            : []),
        ]}
      />
      {canWrite ? (
        <>
          <ProductFormModal
            open={editing !== null}
            product={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              void list.reload();
            }}
          />
          <ImportWizard
            open={importing}
            kind="products"
            title={t('import.title.products')}
            onClose={() => setImporting(false)}
            onImported={() => void list.reload()}
            testIdPrefix="products-import"
          />
        </>
      ) : null}
    </>
  );
}
