import type { Me } from '../../api/types';
import { can } from '../../state/permissions';

// The server enforces the same; these only decide what the UI offers.
export const canSeeContribution = (me: Me) => can.superviseTeams(me);
export const canSeeRadar = (me: Me) => can.writeSales(me);
export const canSeeKpi = canSeeRadar;
export const canSeeHealthAlerts = canSeeRadar;
export const canSeeConcerns = (me: Me) => can.superviseTeams(me);
export const canSeeAppraisal = canSeeRadar;
