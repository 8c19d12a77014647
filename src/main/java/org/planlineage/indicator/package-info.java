/**
 * Plan items (the rows of the target and budget tables), their targets and results parsed beside the raw text,
 * the indicators that let rows of different documents be compared, and the comparison itself.
 */
package org.planlineage.indicator;
