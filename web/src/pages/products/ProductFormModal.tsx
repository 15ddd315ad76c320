import { useEffect, useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { client, errorMessage, unwrap } from '../../api/client';
import type { CreateProductRequest, Product, ProductKind } from '../../api/types';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { buttonTestId } from '../../components/testIds';

export const PRODUCT_KINDS: ProductKind[] = ['device', 'consumable', 'spare_part', 'service', 'software'];

type ProductForm = Required<CreateProductRequest>;

/** Adds a product to the price list, or changes one (`product` is set). */
export function ProductFormModal({ open, product, onClose, onSaved }: { open: boolean; product: Product | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<ProductForm>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (product)
      form.setFieldsValue({
        sku: product.sku,
        name: product.name,
        productLine: product.productLine,
        kind: product.kind,
        unit: product.unit,
        listPrice: product.listPrice,
        compatibleModels: product.compatibleModels,
        active: product.active,
        stockQuantity: product.stockQuantity,
      });
  }, [open, product, form]);

  const save = async () => {
    const values = await form.validateFields();
    const body = { ...values, sku: values.sku.trim(), name: values.name.trim(), unit: values.unit.trim() };
    setSaving(true);
    try {
      if (product) await unwrap(client.PATCH('/api/v1/products/{id}', { params: { path: { id: product.id } }, body }));
      else await unwrap(client.POST('/api/v1/products', { body }));
      message.success(t('products.saved'));
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
      title={product ? t('products.edit') : t('products.create')}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('product-save')}
      forceRender
    >
      <Form<ProductForm> form={form} layout="vertical" initialValues={{ kind: 'device', active: true, compatibleModels: [] }}>
        <Form.Item name="sku" label={t('products.sku')} rules={[{ required: true, whitespace: true, message: t('products.required') }]}>
          <Input maxLength={64} data-testid="product-sku" />
        </Form.Item>
        <Form.Item name="name" label={t('products.name')} rules={[{ required: true, whitespace: true, message: t('products.required') }]}>
          <Input maxLength={200} data-testid="product-name" />
        </Form.Item>
        <Form.Item name="productLine" label={t('common.productLine')} rules={[{ required: true, message: t('products.required') }]}>
          <Select options={playbook.productLineOptions} data-testid="product-line" />
        </Form.Item>
        <Form.Item name="kind" label={t('products.kind')} rules={[{ required: true }]}>
          <Select options={PRODUCT_KINDS.map((value) => ({ value, label: t(`products.kinds.${value}` as MessageKey) }))} data-testid="product-kind" />
        </Form.Item>
        <Form.Item name="unit" label={t('products.unit')} rules={[{ required: true, whitespace: true, message: t('products.required') }]}>
          <Input maxLength={20} placeholder={t('products.unitHint')} data-testid="product-unit" />
        </Form.Item>
        <Form.Item name="listPrice" label={t('products.listPrice')} rules={[{ required: true, message: t('products.required') }]}>
          <InputNumber min={0} max={1e10} precision={2} addonAfter="¥" style={{ width: '100%' }} data-testid="product-price" />
        </Form.Item>
        <Form.Item name="stockQuantity" label={t('products.stock')}>
          <InputNumber min={0} max={1e10} style={{ width: '100%' }} data-testid="product-stock" />
        </Form.Item>
        <Form.Item name="compatibleModels" label={t('products.models')} extra={t('products.modelsHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item name="active" label={t('products.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
