/**
 * The national graph generator (issue 12): a deterministic map, units and yearly plans of every province, district
 * and commune at a scale factor, written through the product's import; the command that loads it
 * ({@link org.planlineage.national.NationalLoad}) and its smoke test. Names are synthesised (README.md here).
 */
package org.planlineage.national;
