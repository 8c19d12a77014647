package org.planlineage.limits;

import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import java.util.function.Supplier;

/**
 * Several fields of the answer told to the instrumentation at once: the fields under a list that
 * {@link LeafFieldExecution} completed in one step ({@link PlainLists}), which graphql-java would have told one by one.
 * Only {@link ExecutionBounds} is ever told of them (the short path is taken only when it is the execution's only
 * instrumentation), and it counts {@link #count()} fields; the step info given is the list's.
 */
final class AnswerFields extends InstrumentationFieldParameters {

    private final long count;

    AnswerFields(ExecutionContext execution, Supplier<ExecutionStepInfo> list, long count) {
        super(execution, list);
        this.count = count;
    }

    /** How many fields of the answer these parameters stand for. */
    long count() {
        return count;
    }
}
