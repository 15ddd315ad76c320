/**
 * 设备台账: the installed base at customers. Devices with an unguessable label token, printed as
 * QR labels (PUBLIC_URL/d/<token>); maintenance records with server time; the fault-code
 * dictionary per model; the scan page's data (faults explained, compatible consumables with price
 * and stock) and its service quote, which joins or opens an opportunity of the customer's owner.
 * See docs/devices.md.
 */
import type { CapabilityModule } from '../core/module.js';
import { deviceRoutes } from './devices.routes.js';
import { deviceImporter, faultCodeImporter } from './import.js';

export const devicesModule: CapabilityModule = {
  name: 'devices',
  summary: 'Installed base: devices, maintenance, fault codes, QR labels, the scan page and its service quote',
  routes: deviceRoutes,
  importers: [deviceImporter, faultCodeImporter],
  playbookSections: ['devices'],
  permissions: ['records:write', 'products:write'],
};

export { newLabelToken } from './device.service.js';
