/**
 * Agencies (units): issuers, lead and cooperating units, groups such as "UBND 11 phường" with their members, the
 * successions the sources state, and the administrative levels with their order of authority. Serves
 * {@code Query.agency}, {@code Query.agencies}, {@code Agency} and {@code PlanItem.responsibleUnits}.
 */
package org.planlineage.agency;
