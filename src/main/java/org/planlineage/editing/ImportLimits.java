package org.planlineage.editing;

import java.util.ArrayList;
import java.util.stream.Stream;
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
        @DefaultValue("10000") int maxTextLength) {

    /** Refuses an input past a limit, naming the limit, before anything is read or written. */
    void check(DocumentInput in) {
        if (in.items().size() > maxItems()) {
            throw ImportService.limit(
                    "app.import.max-items",
                    "An import may hold at most " + maxItems() + " items, this one " + "has "
                            + in.items().size() + "; split the table over several imports or raise the limit");
        }
        if (in.links().size() > maxLinks()) {
            throw ImportService.limit(
                    "app.import.max-links",
                    "An import may hold at most " + maxLinks() + " links, this one " + "has "
                            + in.links().size());
        }
        var texts = new ArrayList<String>();
        Stream.of(in.key(), in.number(), in.title(), in.issuedOnRaw(), in.issuer(), in.doubt())
                .forEach(texts::add);
        in.links()
                .forEach(l -> Stream.of(
                                l.locator(),
                                l.quote(),
                                l.document().title(),
                                l.document().number())
                        .forEach(texts::add));
        for (var item : in.items()) {
            Stream.of(
                            item.text(),
                            item.number(),
                            item.section(),
                            item.subsection(),
                            item.leadRaw(),
                            item.cooperatingRaw(),
                            item.legalBasisRaw(),
                            item.note(),
                            item.doubt(),
                            item.locator())
                    .forEach(texts::add);
            item.targets().forEach(t -> texts.add(t.raw()));
            item.results().forEach(t -> texts.add(t.raw()));
            texts.addAll(item.lead());
            texts.addAll(item.cooperating());
        }
        int longest = texts.stream()
                .filter(t -> t != null)
                .mapToInt(String::length)
                .max()
                .orElse(0);
        if (longest > maxTextLength()) {
            throw ImportService.limit(
                    "app.import.max-text-length",
                    "A text field of an import may hold at most " + maxTextLength() + " characters; one has "
                            + longest);
        }
    }
}
