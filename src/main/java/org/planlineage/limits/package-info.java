/**
 * Every request bounded: its body's size, its estimated cost before anything runs, the size of its answer, its
 * deadline and its client (both stop the work, database transactions included), and a turn at the load gate for an
 * expensive request. Each bound, when hit, answers one error that names it.
 */
package org.planlineage.limits;
