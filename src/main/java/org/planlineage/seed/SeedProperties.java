package org.planlineage.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and from where the seed is loaded.
 *
 * @param mode     IF_CHANGED loads when the store's seed fingerprint differs from the files' (the default with the
 *                 embedded database); ALWAYS loads at every start (use it once to seed an external database);
 *                 NEVER leaves the database alone (the default with an external database). Unset = that default.
 * @param location a Spring resource location of the seed folder; {@code file:graph-seed/} to load the working
 *                 copy instead of the files packaged in the jar
 */
@ConfigurationProperties("app.seed")
public record SeedProperties(
        Mode mode, @DefaultValue("classpath:graph-seed/") String location) {

    public enum Mode {
        IF_CHANGED,
        ALWAYS,
        NEVER
    }
}
