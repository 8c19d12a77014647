package org.planlineage.graphql;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Gives graphql-java the cache of parsed and validated documents ({@link DocumentCache}), sized by
 * {@code app.graphql.document-cache-characters} (the total length of the cached queries' text; 0 turns it off).
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

    static final long DEFAULT_CHARACTERS = 1_000_000;

    @Bean
    DocumentCache documentCache(Environment env) {
        return new DocumentCache(
                env.getProperty("app.graphql.document-cache-characters", Long.class, DEFAULT_CHARACTERS));
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCacheInGraphQl(DocumentCache cache) {
        return builder -> {
            if (cache.capacity() > 0) {
                builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
            }
        };
    }
}
