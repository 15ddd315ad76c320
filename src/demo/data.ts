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

/** Companies of the base pipeline; each belongs to the region its city lies in (石家庄 is 华北, not 华东). */
export const demoCompanies = [
  { name: '苏州恒瑞精密机械有限公司', contact: '钱工', industry: '机械制造', region: '华东' },
  { name: '杭州云帆智能科技有限公司', contact: '孔经理', industry: '智能制造', region: '华东' },
  { name: '上海瑞康医疗器械有限公司', contact: '曹主任', industry: '医疗器械', region: '华东' },
  { name: '宁波东海包装材料有限公司', contact: '严总', industry: '包装', region: '华东' },
  { name: '无锡华光电子有限公司', contact: '金经理', industry: '电子', region: '华东' },
  { name: '广州南方食品集团', contact: '魏总监', industry: '食品', region: '华南' },
  { name: '深圳鹏程新能源科技有限公司', contact: '陶工', industry: '新能源', region: '华南' },
  { name: '东莞精工五金制品厂', contact: '姜厂长', industry: '五金', region: '华南' },
  { name: '佛山美家家居有限公司', contact: '谢经理', industry: '家居', region: '华南' },
  { name: '北京中科测控技术有限公司', contact: '邹博士', industry: '仪器仪表', region: '华北' },
  { name: '天津渤海化工设备有限公司', contact: '喻总', industry: '化工', region: '华北' },
  { name: '石家庄冀中制药有限公司', contact: '柏主任', industry: '制药', region: '华北' },
  { name: '南京金陵汽车零部件有限公司', contact: '水经理', industry: '汽车零部件', region: '华东' },
  { name: '合肥科大讯联教育科技有限公司', contact: '窦老师', industry: '教育', region: '华东' },
  { name: '厦门海沧物流有限公司', contact: '章经理', industry: '物流', region: '华南' },
  { name: '青岛海湾纺织有限公司', contact: '云总', industry: '纺织', region: '华北' },
  { name: '常州天宁塑胶制品有限公司', contact: '苏工', industry: '塑胶', region: '华东' },
  { name: '嘉兴秀洲印染有限公司', contact: '潘厂长', industry: '印染', region: '华东' },
  { name: '珠海格林电器配件有限公司', contact: '葛经理', industry: '家电', region: '华南' },
  { name: '保定长城机电有限公司', contact: '奚总', industry: '机电', region: '华北' },
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

/** More companies per region for the three months of history (customers created through the API). */
const historyCompanies: Record<'华东' | '华南' | '华北', [name: string, industry: string][]> = {
  华东: [
    ['苏州工业园区博远自动化有限公司', '自动化'],
    ['杭州钱塘精工机械有限公司', '机械制造'],
    ['上海浦江化纤有限公司', '化纤'],
    ['宁波北仑港口机械有限公司', '港口机械'],
    ['无锡锡山电机有限公司', '电机'],
    ['南京江宁光电科技有限公司', '光电'],
    ['合肥高新锂电材料有限公司', '新能源'],
    ['常州武进轨道装备有限公司', '轨道交通'],
    ['嘉兴南湖纸业有限公司', '造纸'],
    ['绍兴柯桥纺织机械有限公司', '纺织'],
    ['温州瓯海阀门有限公司', '阀门'],
    ['扬州邗江汽车配件有限公司', '汽车零部件'],
  ],
  华南: [
    ['广州番禺智能装备有限公司', '智能制造'],
    ['深圳宝安精密模具有限公司', '模具'],
    ['东莞长安电子科技有限公司', '电子'],
    ['佛山顺德家电制造有限公司', '家电'],
    ['珠海横琴医疗科技有限公司', '医疗器械'],
    ['中山小榄五金制品有限公司', '五金'],
    ['惠州仲恺新材料有限公司', '新材料'],
    ['厦门集美食品机械有限公司', '食品'],
  ],
  华北: [
    ['北京亦庄微电子有限公司', '微电子'],
    ['天津滨海重工机械有限公司', '重工'],
    ['石家庄藁城制药设备有限公司', '制药'],
    ['保定高新输变电设备有限公司', '电力设备'],
    ['唐山曹妃甸钢铁机械有限公司', '钢铁'],
    ['廊坊开发区物流装备有限公司', '物流'],
    ['太原晋阳煤机有限公司', '煤机'],
    ['济南章丘铸造有限公司', '铸造'],
  ],
};
export const demoHistoryCompanies = Object.fromEntries(
  Object.entries(historyCompanies).map(([region, list]) => [region, list.map(([name, industry]) => ({ name, industry }))]),
) as Record<keyof typeof historyCompanies, { name: string; industry: string }[]>;
