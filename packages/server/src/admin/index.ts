// @s11kit/server/admin: what a partnership administrator does, for the `s11 admin` commands.
export { AdminError } from './admin-error.js';
export {
  addAgency,
  addCampaign,
  addPartnership,
  addStaff,
  agencyLink,
  endOfLondonDay,
  resetStaffPassword,
  revokeAgencyLink,
  type AdminContext,
  type AgencyInput,
  type CampaignInput,
} from './admin.js';
export { formatIdentifier, parseIdentifier } from './identifier.js';
export { hashPassword } from '../security/passwords.js';
export { exportCampaign } from './export.js';
export { backup, restore, TABLES } from './backup.js';
export { listAgencies, listCampaigns, type AgencyListing, type CampaignListing } from './lists.js';
export { seedDemo, type Demo } from '../demo.js';
