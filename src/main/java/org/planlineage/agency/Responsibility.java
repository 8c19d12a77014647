package org.planlineage.agency;

/** A unit answering for a plan item: its role, and the group it was assigned through (null when named itself). */
public record Responsibility(String agencyKey, ResponsibilityRole role, String viaKey) {}
