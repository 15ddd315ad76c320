import type { Me } from '../../api/types';
import { can } from '../../state/permissions';

// The server decides; these only choose what the UI offers.
/** 地图 and 今日拜访: the selling roles, while the playbook's 外勤 module is on. */
export const canSeeMap = (me: Me) => can.writeSales(me) && me.modules.field;
export const canSeeTodayVisits = canSeeMap;
/** Competitor stores are kept by managers and admins (the roles that import). */
export const canEditStores = (me: Me) => me.permissions.includes('leads:import') && me.modules.field;
