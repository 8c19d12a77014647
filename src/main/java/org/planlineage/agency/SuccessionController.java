package org.planlineage.agency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.planlineage.graphql.Batches;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Serves the successions: {@code Agency.successors / predecessors / successor / current / answering},
 * {@code Succession}, {@code Answering}, {@code AnsweringUnit} and {@code Responsibility.answering}. Who answers on a
 * date is loaded for every (unit, date) of a response at once: one statement for the successions around all the
 * units, then {@link WhoAnswers} in Java.
 */
@Controller
class SuccessionController {

    /** Dates are the dates of Vietnamese acts: "today" is today in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The DataLoader key of who answers: a unit and a date. */
    record AnsweringKey(String agency, LocalDate asOf) {}

    private final SuccessionQueries successions;
    private final AgencyQueries agencies;

    SuccessionController(SuccessionQueries successions, AgencyQueries agencies, BatchLoaderRegistry registry) {
        this.successions = successions;
        this.agencies = agencies;
        registry.forTypePair(AnsweringKey.class, Answering.class)
                .withName("answering")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> answers(keys)));
        registry.forTypePair(AnsweringKey.class, List.class)
                .withName("currentUnits")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> current(keys)));
    }

    @BatchMapping
    Map<Agency, List<Succession>> successors(List<Agency> batch) {
        var byAgency = successions.successions(keys(batch), true);
        return Batches.map(batch, a -> byAgency.get(a.key()));
    }

    @BatchMapping
    Map<Agency, Succession> successor(List<Agency> batch) {
        var byAgency = successions.successions(keys(batch), true);
        var result = new java.util.LinkedHashMap<Agency, Succession>();
        batch.forEach(a -> byAgency.get(a.key()).stream().findFirst().ifPresent(s -> result.put(a, s)));
        return result;
    }

    @BatchMapping
    Map<Agency, List<Succession>> predecessors(List<Agency> batch) {
        var byAgency = successions.successions(keys(batch), false);
        return Batches.map(batch, a -> byAgency.get(a.key()));
    }

    @SchemaMapping
    CompletableFuture<Answering> answering(
            Agency agency, @Argument LocalDate asOf, DataLoader<AnsweringKey, Answering> answering) {
        return answering.load(new AnsweringKey(agency.key(), orToday(asOf)));
    }

    @SchemaMapping
    CompletableFuture<List<Agency>> current(
            Agency agency, @Argument LocalDate asOf, DataLoader<AnsweringKey, List<Agency>> currentUnits) {
        return currentUnits.load(new AnsweringKey(agency.key(), orToday(asOf)));
    }

    @SchemaMapping(typeName = "Responsibility", field = "answering")
    CompletableFuture<Answering> responsibilityAnswering(
            Responsibility responsibility, DataLoader<AnsweringKey, Answering> answering) {
        if (responsibility.asOf() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return answering.load(new AnsweringKey(responsibility.agencyKey(), responsibility.asOf()));
    }

    @BatchMapping(typeName = "Succession", field = "agency")
    Map<Succession, Agency> successionAgency(List<Succession> batch) {
        return Batches.byKey(batch, Succession::agencyKey, agencies::byKeys);
    }

    @BatchMapping(typeName = "AnsweringUnit", field = "agency")
    Map<Answering.Unit, Agency> answeringUnitAgency(List<Answering.Unit> batch) {
        return Batches.byKey(batch, Answering.Unit::agencyKey, agencies::byKeys);
    }

    private Map<AnsweringKey, Answering> answers(Set<AnsweringKey> keys) {
        var around = successions.around(
                keys.stream().map(AnsweringKey::agency).distinct().toList());
        var result = new HashMap<AnsweringKey, Answering>();
        for (AnsweringKey k : keys) {
            if (around.names().containsKey(k.agency())) {
                result.put(k, WhoAnswers.answer(k.agency(), k.asOf(), around.successors(), around.names()));
            }
        }
        return result;
    }

    /** The units of each answer, loaded as agencies with one more statement. */
    @SuppressWarnings("rawtypes")
    private Map<AnsweringKey, List> current(Set<AnsweringKey> keys) {
        var answers = answers(keys);
        var loaded = agencies.byKeys(answers.values().stream()
                .flatMap(a -> a.units().stream().map(Answering.Unit::agencyKey))
                .distinct()
                .toList());
        var result = new HashMap<AnsweringKey, List>();
        answers.forEach((k, a) -> result.put(
                k, a.units().stream().map(u -> loaded.get(u.agencyKey())).toList()));
        return result;
    }

    static LocalDate orToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(VIETNAM);
    }

    private static List<String> keys(List<Agency> batch) {
        return batch.stream().map(Agency::key).distinct().toList();
    }
}
