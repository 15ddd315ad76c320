/** The demo organisation: a mid-size industrial equipment company with three sales regions. */
export const DEMO_PASSWORD = 'demo1234';

type Person = readonly [username: string, displayName: string];

export const demoOrganisation: {
  /** username, display name, role and, for a department user without a team, the region they work. */
  departments: readonly (readonly [string, string, string, (string | null)?])[];
  regions: readonly { name: string; manager: Person; teams: readonly { name: string; supervisor: Person; reps: readonly Person[] }[] }[];
} = {
  departments: [
    ['product1', '周产品', 'product'],
    ['finance1', '吴财务', 'finance'],
    ['delivery1', '郑交付', 'delivery', '华东'],
  ],
  regions: [
    {
      name: '华东',
      manager: ['huadong_mgr', '孙经理'],
      teams: [
        {
          name: '华东一组',
          supervisor: ['wangqiang', '王强'],
          reps: [
            ['lina', '李娜'],
            ['zhangwei', '张伟'],
            ['liuyang', '刘洋'],
          ],
        },
        {
          name: '华东二组',
          supervisor: ['zhaomin', '赵敏'],
          reps: [
            ['chenjing', '陈静'],
            ['yangfan', '杨帆'],
          ],
        },
      ],
    },
    {
      name: '华南',
      manager: ['huanan_mgr', '黄经理'],
      teams: [
        {
          name: '华南一组',
          supervisor: ['linfeng', '林峰'],
          reps: [
            ['hexin', '何欣'],
            ['luobin', '罗斌'],
            ['xiemei', '谢梅'],
          ],
        },
      ],
    },
    {
      name: '华北',
      manager: ['huabei_mgr', '马经理'],
      teams: [
        {
          name: '华北一组',
          supervisor: ['gaojun', '高军'],
          reps: [
            ['songtao', '宋涛'],
            ['hanxue', '韩雪'],
          ],
        },
      ],
    },
  ],
};

export const demoCompanies = [
  { name: '苏州恒瑞精密机械有限公司', contact: '钱工', industry: '机械制造' },
  { name: '杭州云帆智能科技有限公司', contact: '孔经理', industry: '智能制造' },
  { name: '上海瑞康医疗器械有限公司', contact: '曹主任', industry: '医疗器械' },
  { name: '宁波东海包装材料有限公司', contact: '严总', industry: '包装' },
  { name: '无锡华光电子有限公司', contact: '金经理', industry: '电子' },
  { name: '广州南方食品集团', contact: '魏总监', industry: '食品' },
  { name: '深圳鹏程新能源科技有限公司', contact: '陶工', industry: '新能源' },
  { name: '东莞精工五金制品厂', contact: '姜厂长', industry: '五金' },
  { name: '佛山美家家居有限公司', contact: '谢经理', industry: '家居' },
  { name: '北京中科测控技术有限公司', contact: '邹博士', industry: '仪器仪表' },
  { name: '天津渤海化工设备有限公司', contact: '喻总', industry: '化工' },
  { name: '石家庄冀中制药有限公司', contact: '柏主任', industry: '制药' },
  { name: '南京金陵汽车零部件有限公司', contact: '水经理', industry: '汽车零部件' },
  { name: '合肥科大讯联教育科技有限公司', contact: '窦老师', industry: '教育' },
  { name: '厦门海沧物流有限公司', contact: '章经理', industry: '物流' },
  { name: '青岛海湾纺织有限公司', contact: '云总', industry: '纺织' },
  { name: '常州天宁塑胶制品有限公司', contact: '苏工', industry: '塑胶' },
  { name: '嘉兴秀洲印染有限公司', contact: '潘厂长', industry: '印染' },
  { name: '珠海格林电器配件有限公司', contact: '葛经理', industry: '家电' },
  { name: '保定长城机电有限公司', contact: '奚总', industry: '机电' },
] as const;

export const demoFollowupTexts = {
  painPoints: [
    '现有产线换型时间长达 4 小时，客户希望缩短到 1 小时以内，生产总监已当面确认',
    '设备故障停机频繁，上季度因停机损失约 30 万元，设备部长确认为首要痛点',
    '耗材采购分散、价格不透明，采购经理希望统一供应并按季度结算',
    '售后响应慢，现有供应商平均 3 天才到场，客户要求 24 小时内到场',
  ],
  competitors: [
    '客户同时在比较德系品牌，强调我方本地化服务 24 小时到场和总拥有成本低 18%',
    '竞品报价低 8%，我方以三年免费维保和备件本地库存应对',
    '客户现用国产竞品，我方以稳定性数据（MTBF 提升 40%）和同行案例应对',
  ],
  notes: [
    '与生产总监现场沟通换型流程，记录了三条产线的节拍数据，约定下周提交改造方案',
    '电话确认技术参数：额定功率、安装空间和电源条件，客户将补充现场照片',
    '微信发送同行案例资料，客户对节能数据感兴趣，约定周四线下演示',
    '与采购经理会议讨论付款方式，客户倾向 30% 预付、60% 到货、10% 质保金',
    '现场勘察安装环境，拍摄了配电柜和地基照片，交付部需评估吊装方案',
    '客户提出售后响应时间要求，已说明华东区 24 小时到场承诺并发送服务协议样本',
  ],
} as const;
