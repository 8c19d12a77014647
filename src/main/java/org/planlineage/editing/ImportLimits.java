package org.planlineage.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one import may carry; past a limit the import answers {@code BAD_REQUEST} naming it, before anything is
 * read or written.
 *
 * @param maxItems      most plan items in one import (the largest source table has 145 rows)
 * @param maxLinks      most links in one import
 * @param maxTextLength most characters in one text field (a title, a row's text, a cell)
 */
@ConfigurationProperties("app.import")
public record ImportLimits(
        @DefaultValue("1000") int maxItems,
        @DefaultValue("500") int maxLinks,
        @DefaultValue("10000") int maxTextLength) {}
