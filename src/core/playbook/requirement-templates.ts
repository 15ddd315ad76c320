const text = (key: string, label: string) => ({ key, label, type: 'text' as const });
const num = (key: string, label: string, unit?: string) => ({ key, label, type: 'number' as const, ...(unit ? { unit } : {}) });
const date = (key: string, label: string) => ({ key, label, type: 'date' as const });

/**
 * 预置12类标准需求模板: the rep ticks items and fills their parameters; product reviews the result.
 * Typed where the playbook schema uses it (src/core/playbook/schema.ts), so this file imports nothing.
 */
export const defaultRequirementTemplates = [
  {
    key: 'equipment',
    name: '设备选型与配置',
    items: [
      { key: 'model', label: '设备型号与数量', params: [text('model', '型号'), num('quantity', '数量', '台')] },
      { key: 'power', label: '供电与环境', params: [text('voltage', '电压/频率'), text('environment', '使用环境（温湿度、防尘）')] },
    ],
  },
  {
    key: 'installation',
    name: '安装调试',
    items: [
      { key: 'site', label: '现场条件', params: [text('address', '安装地点'), text('access', '进场条件（吊装、通道）')] },
      { key: 'window', label: '安装时间窗口', params: [date('from', '最早开始'), date('to', '最晚完成')] },
    ],
  },
  {
    key: 'integration',
    name: '系统集成与接口对接',
    items: [{ key: 'systems', label: '对接系统', params: [text('systems', '系统（ERP/MES/WMS…）'), text('protocol', '接口协议（OPC UA/REST/Modbus…）')] }],
  },
  {
    key: 'customisation',
    name: '定制开发',
    items: [
      { key: 'features', label: '定制功能清单', params: [text('features', '功能描述'), num('effortDays', '预估工作量', '人天')] },
      { key: 'acceptance', label: '定制验收口径', params: [text('criteria', '验收标准')] },
    ],
  },
  {
    key: 'data_migration',
    name: '数据迁移',
    items: [{ key: 'source', label: '源系统与数据量', params: [text('source', '源系统'), num('records', '数据量', '条')] }],
  },
  {
    key: 'training',
    name: '培训服务',
    items: [{ key: 'sessions', label: '培训安排', params: [num('attendees', '参训人数', '人'), num('days', '培训天数', '天'), text('location', '培训地点')] }],
  },
  {
    key: 'maintenance',
    name: '维保服务与响应等级',
    items: [
      { key: 'level', label: '维保等级', params: [num('years', '维保年限', '年'), num('responseHours', '故障响应时限', '小时')] },
      { key: 'onsite', label: '驻场服务', params: [num('days', '驻场天数', '天')] },
    ],
  },
  { key: 'spare_parts', name: '备品备件', items: [{ key: 'list', label: '备件清单', params: [text('parts', '备件及数量')] }] },
  {
    key: 'delivery_schedule',
    name: '交付周期与里程碑',
    items: [
      { key: 'deadline', label: '期望交付日期', params: [date('date', '交付日期')] },
      { key: 'milestones', label: '里程碑', params: [text('milestones', '里程碑与时间')] },
    ],
  },
  {
    key: 'compliance',
    name: '合规与认证',
    items: [
      { key: 'certifications', label: '认证要求', params: [text('certs', '认证（3C、CE、等保…）')] },
      { key: 'data_security', label: '数据安全要求', params: [text('requirements', '要求说明')] },
    ],
  },
  { key: 'acceptance', name: '验收标准', items: [{ key: 'criteria', label: '验收指标与方法', params: [text('metrics', '指标'), text('method', '验收方法')] }] },
  {
    key: 'invoicing',
    name: '付款与开票',
    items: [{ key: 'invoice', label: '开票要求', params: [text('type', '发票类型（增值税专票/普票）'), text('split', '分批开票说明')] }],
  },
];
