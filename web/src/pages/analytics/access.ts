import type { Me } from '../../api/types';
import { can } from '../../state/permissions';

// The server enforces the same; these only decide what the UI offers.
export const canSeeContribution = (me: Me) => can.superviseTeams(me);
export const canSeeRadar = (me: Me) => can.writeSales(me);
export const canSeeKpi = canSeeRadar;
export const canSeeHealthAlerts = canSeeRadar;
export const canSeeConcerns = (me: Me) => can.superviseTeams(me);

/** 销售预测: sales roles read the weighted pipeline of their scope. */
export const canSeeForecast = (me: Me) => can.writeSales(me);
export const canSeeAppraisal = canSeeRadar;
