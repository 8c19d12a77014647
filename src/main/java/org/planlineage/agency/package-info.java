/**
 * Agencies (units): issuers, lead and cooperating units, groups such as "UBND 11 phường" with their members, and the
 * successions the sources state. Serves {@code Query.agency}, {@code Query.agencies}, {@code Agency} and
 * {@code PlanItem.responsibleUnits}.
 */
package org.planlineage.agency;
