/**
 * The pages the service serves beside its API: the lineage explorer at {@code /explorer/} and GraphiQL at
 * {@code /graphiql}, both built from {@code src/main/frontend/} into the jar's {@code static/} folder, so nothing
 * is fetched from a CDN at run time. They use only the public GraphQL API. Also the answer to a direct request for
 * the container's error page, which serves nothing of its own.
 */
package org.planlineage.web;
