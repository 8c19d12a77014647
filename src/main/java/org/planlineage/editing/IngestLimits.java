package org.planlineage.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a text {@code ingestText} reads may be; a longer one answers {@code BAD_REQUEST} naming the limit before
 * anything is read. The longest source text has about 111,000 characters.
 *
 * @param maxCharacters most characters of one text
 */
@ConfigurationProperties("app.ingest")
public record IngestLimits(@DefaultValue("300000") int maxCharacters) {}
