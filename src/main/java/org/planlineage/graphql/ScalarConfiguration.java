package org.planlineage.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Date} and {@code DateTime} scalars of the SDL, from graphql-java-extended-scalars, except that a date
 * sent in is read strictly: the library's own parser resolves {@code 2023-02-30} to 28 February; here it is refused,
 * saying why. ({@code DateTime}'s ISO parser is strict already.)
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        GraphQLScalarType date = ExtendedScalars.Date.transform(b -> b.coercing(new StrictDate()));
        return wiring -> wiring.scalar(date).scalar(ExtendedScalars.DateTime);
    }

    /** Writes dates as the library does; reads only real calendar dates in ISO form ({@code yyyy-mm-dd}). */
    static final class StrictDate implements Coercing<LocalDate, String> {

        @SuppressWarnings("unchecked")
        private static final Coercing<LocalDate, String> LIBRARY =
                (Coercing<LocalDate, String>) ExtendedScalars.Date.getCoercing();

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return LIBRARY.serialize(value, context, locale);
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String s) {
                try {
                    return parse(s);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(message(s, e));
                }
            }
            return LIBRARY.parseValue(input, context, locale);
        }

        @Override
        public LocalDate parseLiteral(
                Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue s) {
                try {
                    return parse(s.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(message(s.getValue(), e));
                }
            }
            return LIBRARY.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return LIBRARY.valueToLiteral(input, context, locale);
        }

        /** ISO_LOCAL_DATE resolves strictly: no 30 February, no month 13. */
        static LocalDate parse(String s) {
            return LocalDate.parse(s);
        }

        private static String message(String s, DateTimeParseException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : "not in the form yyyy-mm-dd";
            return "'" + s + "' is not a date: " + why + "; send a real calendar date as yyyy-mm-dd, e.g. 2023-02-28";
        }
    }
}
