package org.planlineage.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Works out who answers for a unit on a date from the successions stated around it: pure logic, no database. From
 * the unit, every succession in force on the date ({@code since} on or before it) is followed, transitively, and the
 * units where none is left answer, each with its chain. A succession without a date is followed too, but the unit
 * before it stays listed, because the sources do not say which of the two answers then. Bounded
 * ({@link #MAX_STEPS} successive successions) and cycle-safe (a chain never enters a unit twice).
 */
final class WhoAnswers {

    /** The most successive successions a chain follows. */
    static final int MAX_STEPS = 10;

    private final Map<String, List<Succession>> successors;
    private final Map<String, String> names;
    private final LocalDate asOf;
    private final Map<String, List<Succession>> reached = new LinkedHashMap<>();
    private boolean undated;
    private boolean truncated;

    /**
     * @param successors the successions out of every unit that can be reached (by predecessor key), ordered
     * @param names      the units' names, for the explanation
     */
    private WhoAnswers(Map<String, List<Succession>> successors, Map<String, String> names, LocalDate asOf) {
        this.successors = successors;
        this.names = names;
        this.asOf = asOf;
    }

    static Answering answer(
            String unit, LocalDate asOf, Map<String, List<Succession>> successors, Map<String, String> names) {
        var walk = new WhoAnswers(successors, names, asOf);
        walk.walk(unit, List.of(), new LinkedHashSet<>(List.of(unit)));
        var units = walk.reached.entrySet().stream()
                .map(e -> new Answering.Unit(e.getKey(), e.getValue()))
                .toList();
        var pending = out(successors, unit).stream()
                .filter(s -> s.since() != null && s.since().isAfter(asOf))
                .toList();
        AnsweringStatus status;
        if (walk.undated) {
            status = AnsweringStatus.SUCCESSION_DATE_UNKNOWN;
        } else if (units.size() > 1 || !units.get(0).chain().isEmpty()) {
            status = AnsweringStatus.SUCCEEDED;
        } else if (!pending.isEmpty()) {
            status = AnsweringStatus.NOT_YET_SUCCEEDED;
        } else {
            status = AnsweringStatus.NO_SUCCESSOR_STATED;
        }
        return new Answering(asOf, status, units, walk.truncated, walk.explain(unit, status, units, pending));
    }

    private void walk(String unit, List<Succession> chain, LinkedHashSet<String> onChain) {
        var next = out(successors, unit).stream()
                .filter(s -> s.since() == null || s.inForceOn(asOf))
                .filter(s -> !onChain.contains(s.agencyKey()))
                .toList();
        if (next.isEmpty() || chain.size() >= MAX_STEPS) {
            truncated |= !next.isEmpty();
            reached.putIfAbsent(unit, chain);
            return;
        }
        for (Succession s : next) {
            if (s.since() == null) {
                undated = true;
                reached.putIfAbsent(unit, chain); // it may still answer: the sources do not say since when
            }
            var longer = new ArrayList<>(chain);
            longer.add(s);
            var path = new LinkedHashSet<>(onChain);
            path.add(s.agencyKey());
            walk(s.agencyKey(), List.copyOf(longer), path);
        }
    }

    private static List<Succession> out(Map<String, List<Succession>> successors, String unit) {
        return successors.getOrDefault(unit, List.of());
    }

    private String explain(String unit, AnsweringStatus status, List<Answering.Unit> units, List<Succession> pending) {
        String who = name(unit);
        return switch (status) {
            case SUCCEEDED ->
                "On " + asOf + " the duties of " + who + " are answered for by "
                        + units.stream().map(this::reachedBy).collect(Collectors.joining("; and by ")) + ".";
            case NOT_YET_SUCCEEDED ->
                "On " + asOf + " " + who + " still answers: "
                        + pending.stream().map(this::step).collect(Collectors.joining("; ")) + ".";
            case NO_SUCCESSOR_STATED ->
                "No source states a successor of " + who
                        + ", so it is listed as assigned; whether it still exists on " + asOf
                        + " the sources do not say.";
            case SUCCESSION_DATE_UNKNOWN ->
                "On " + asOf + " either of " + units.size()
                        + " units may answer for " + who + ", because a source states a succession without saying"
                        + " since when: "
                        + units.stream()
                                .map(u -> u.chain().isEmpty() ? who + " as assigned" : reachedBy(u))
                                .collect(Collectors.joining("; or "))
                        + ".";
        };
    }

    private String reachedBy(Answering.Unit u) {
        return name(u.agencyKey()) + " (" + u.chain().stream().map(this::step).collect(Collectors.joining(", then "))
                + ")";
    }

    /** "wholly to UBND phường Long Châu from 2025-07-01 (1687-nq-ubtvqh15-2025, Điều 1, khoản 103)". */
    private String step(Succession s) {
        String share = s.share() == null ? "" : s.share() == SuccessionShare.WHOLE ? "wholly " : "in part ";
        String since = s.since() == null ? " from a date no source states" : " from " + s.since();
        String where = s.provenance().isEmpty()
                ? ""
                : " (" + s.provenance().get(0).documentKey() + ", "
                        + s.provenance().get(0).locator() + ")";
        return "its duties passed " + share + "to " + name(s.agencyKey()) + since + where;
    }

    private String name(String key) {
        return names.getOrDefault(key, key);
    }
}
