package org.planlineage.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.planlineage.graph.GraphReads;
import org.planlineage.seed.SeedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The source texts of the seed the service was started with: the files {@code sources.csv} names, read from
 * {@code sources/} beside it ({@code app.seed.location}, by default the copy packaged in the jar) once, at first
 * use. Only those files exist for the API; a name is looked up, never turned into a path.
 */
@Component
public class SourceLibrary {

    private static final Logger log = LoggerFactory.getLogger(SourceLibrary.class);
    private static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final ResourceLoader resources;
    private final String location;
    private volatile Map<String, SourceFile> files;
    /** The texts an ingest kept in the graph ({@code :SourceText}, named {@code ingest-<hash>}); none without one. */
    private Function<String, Optional<SourceFile>> ingested = name -> Optional.empty();

    @Autowired
    SourceLibrary(ResourceLoader resources, SeedProperties seed, GraphReads reads) {
        this(resources, seed.location());
        this.ingested = name -> reads.query("""
                        MATCH (d:Document)-[:HAS_TEXT]->(t:SourceText {key: $name})
                        RETURN d.key AS document, t.text AS text ORDER BY d.key LIMIT 1
                        """)
                .bind("name", name)
                .one(r -> new SourceFile(
                        name,
                        r.get("document").asString(),
                        true,
                        "the text ingestText read",
                        SourceFile.decode(r.get("text").asString().getBytes(StandardCharsets.UTF_8))));
    }

    /** The texts of the seed at {@code location} ("classpath:graph-seed/", "file:graph-seed/"). */
    public SourceLibrary(String location) {
        this(new DefaultResourceLoader(), location);
    }

    private SourceLibrary(ResourceLoader resources, String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** The file of that name, if the seed's sources list it or an ingest kept it ({@code ingest-<hash>}). */
    public Optional<SourceFile> file(String name) {
        if (name == null) {
            return Optional.empty();
        }
        SourceFile listed = all().get(name);
        if (listed != null) {
            return Optional.of(listed);
        }
        return name.startsWith("ingest-") ? ingested.apply(name) : Optional.empty();
    }

    /** Every source file, in the order of {@code sources.csv}. */
    public List<SourceFile> files() {
        return List.copyOf(all().values());
    }

    /** The files that hold a document's text, its primary file first. */
    public List<SourceFile> ofDocument(String documentKey) {
        return all().values().stream()
                .filter(f -> f.document().equals(documentKey))
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                .toList();
    }

    private Map<String, SourceFile> all() {
        var loaded = files;
        if (loaded == null) {
            synchronized (this) {
                if (files == null) {
                    files = load();
                }
                loaded = files;
            }
        }
        return loaded;
    }

    private Map<String, SourceFile> load() {
        long start = System.nanoTime();
        var result = new LinkedHashMap<String, SourceFile>();
        Resource list = resources.getResource(location + "sources.csv");
        if (!list.exists()) {
            log.warn("No sources.csv at {}: no source text can be served", location);
            return Map.of();
        }
        for (var row : rows(list)) {
            String name = row.get("file");
            Resource text = resources.getResource(location + "sources/" + name);
            if (!text.exists()) {
                log.warn(
                        "{}sources.csv names {}, which is not in {}sources/: it is not served",
                        location,
                        name,
                        location);
                continue;
            }
            try {
                var lines = SourceFile.decode(text.getContentAsByteArray());
                result.put(
                        name,
                        new SourceFile(
                                name, row.get("document"), "true".equals(row.get("primary")), row.get("part"), lines));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the source text " + location + "sources/" + name, e);
            }
        }
        log.info(
                "Source texts read from {}sources/: {} files in {} ms",
                location,
                result.size(),
                (System.nanoTime() - start) / 1_000_000);
        return Collections.unmodifiableMap(result);
    }

    private static List<Map<String, String>> rows(Resource list) {
        try (var in = new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8);
                var parser = CSV.parse(in)) {
            var rows = new ArrayList<Map<String, String>>();
            parser.forEach(r -> rows.add(r.toMap()));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + list, e);
        }
    }
}
