import { defineSharedFeature } from '../feature.js';

/**
 * The home page of every role: what is urgent, overdue or due soon in the modules the person may
 * read. The route is open to every signed-in person; each section is computed only when the
 * person's roles pass that section's own policy (see DASHBOARD_SECTION_POLICIES).
 */
export const dashboardShared = defineSharedFeature({ name: 'dashboard', policies: {}, errors: {} });
